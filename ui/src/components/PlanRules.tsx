import type { PlanView } from "../bindings/PlanView";
import { money } from "../format";

/** What a rule is about, to find its clause in the plan document. */
export type Topic = "measure" | "tiers" | "threshold" | "cap";

/** The plan's measures and tiers as the engine reads them; each rule is a button that
 * shows the clause of the plan document it comes from. */
export function PlanRules(props: {
  plan: PlanView;
  onRule?: (measure: { id: string; name: string }, topic: Topic) => void;
}) {
  const p = props.plan;
  const onRule = props.onRule;
  const rule = (measure: { id: string; name: string }, topic: Topic, text: string) =>
    onRule ? (
      <button type="button" class="rule" data-rule={`${measure.name}:${topic}`} onClick={() => onRule(measure, topic)}>
        {text}
      </button>
    ) : (
      <span>{text}</span>
    );
  return (
    <section class="panel rules" aria-label="Plan rules">
      <h2>Plan rules</h2>
      <p class="sub">
        Target incentive {money(p.target_incentive, p.currency)} · paid {p.payout_period}
      </p>
      {p.measures.map((m) => (
        <div class="measure" key={m.id}>
          <h3>{rule(m, "measure", m.name)}</h3>
          <p class="sub">
            {m.kind}, {m.tier_mode} tiers, {m.quota_period} quota
            {m.threshold_percent && <> · {rule(m, "threshold", `threshold ${m.threshold_percent}%`)}</>}
            {m.cap_percent && <> · {rule(m, "cap", `attainment cap ${m.cap_percent}%`)}</>}
          </p>
          <table class="figures tiers">
            <thead>
              <tr>
                <th>From attainment</th>
                <th class="num">Rate</th>
              </tr>
            </thead>
            <tbody>
              {m.tiers.map((t) => (
                <tr key={t.from_percent}>
                  <td>{rule(m, "tiers", `${t.from_percent}%`)}</td>
                  <td class="num">{t.rate_percent}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
