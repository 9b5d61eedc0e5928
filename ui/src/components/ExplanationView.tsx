import type { Explanation } from "../bindings/Explanation";
import { groupThousands } from "../format";

/** Why a figure is what it is: each earnings item with the engine's own words. */
export function ExplanationView(props: { explanation: Explanation; currency: string; subject: string }) {
  const e = props.explanation;
  return (
    <div data-testid="explanation">
      <p>
        {props.subject}{" "}
        <strong>
          {props.currency} {groupThousands(e.total)}
        </strong>
        {e.items.length === 0 && !e.held && " (nothing is credited to it: open, lost, or outside the plan's measures)"}.
      </p>
      {e.held && (
        <p class="held" data-testid="explanation-held">
          {e.held}
        </p>
      )}
      <ul class="trace">
        {e.items.map((i, n) => (
          <li key={n}>
            <span class="kind">{i.kind}</span> {i.amount && <span class="num">{groupThousands(i.amount)}</span>}
            <div class="sub">{i.text}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}
