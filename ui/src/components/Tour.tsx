// A short tour of the screens, shown once after the sample first opens (and from the
// File menu): each step opens its screen and says what it is for.
import { useEffect, useState } from "preact/hooks";

export const TOUR: { tab: string; title: string; text: string }[] = [
  {
    tab: "plan",
    title: "My plan",
    text: "A seller's attainment, earnings and payouts. Click any figure to see the deals and rules behind it.",
  },
  {
    tab: "deals",
    title: "Deals",
    text: "Every deal that credits the seller, with what it earns. Edit a deal, mark it won or lost; Undo takes any change back.",
  },
  {
    tab: "simulator",
    title: "Simulator",
    text: "Try a what-if: a new deal, a bigger amount, a later close. The payout moves as you type, and scenarios can be saved and compared.",
  },
  {
    tab: "team",
    title: "Team",
    text: "The team's attainment, pace and cost, with a forecast and the sellers to coach. Export the review, or write it as PDF from the File menu.",
  },
  {
    tab: "designer",
    title: "Plan designer",
    text: "Preview a change to the plan on this year's deals (a rate, a tier, a quota) and save it as a new plan version.",
  },
  {
    tab: "import",
    title: "Import",
    text: "Bring in a CRM export: the app guesses which column is which and which stage means won; you correct and preview before anything changes.",
  },
  {
    tab: "health",
    title: "Health",
    text: "Data problems that would pay wrongly (duplicates, misspelt sellers, unusual amounts), with the money at stake and a fix for each.",
  },
  {
    tab: "ask",
    title: "Ask",
    text: "Ask about the plan or the payouts in your own words. Every number in an answer comes from the engine, and nothing leaves this computer.",
  },
];

/** Step by step over the screens; Skip or Done ends it. */
export function Tour(props: { onStep: (tab: string) => void; onDone: () => void }) {
  const [step, setStep] = useState(0);
  useEffect(() => props.onStep(TOUR[step].tab), [step]);
  const s = TOUR[step];
  const last = step === TOUR.length - 1;
  return (
    <div class="tour" role="dialog" aria-label="Tour of the screens" data-testid="tour">
      <div class="sub">
        {step + 1} of {TOUR.length}
      </div>
      <h2>{s.title}</h2>
      <p>{s.text}</p>
      <div class="tour-actions">
        <button type="button" class="link" onClick={props.onDone} data-testid="tour-skip">
          Skip the tour
        </button>
        {step > 0 && (
          <button type="button" onClick={() => setStep(step - 1)}>
            Back
          </button>
        )}
        <button
          type="button"
          class="primary"
          onClick={() => (last ? props.onDone() : setStep(step + 1))}
          data-testid="tour-next"
        >
          {last ? "Done" : "Next"}
        </button>
      </div>
    </div>
  );
}
