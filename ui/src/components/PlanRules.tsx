import type { PlanView } from "../bindings/PlanView";
import { money } from "../format";

/** The plan's measures and tiers as written in the plan. */
export function PlanRules(props: { plan: PlanView }) {
  const p = props.plan;
  return (
    <section class="panel rules" aria-label="Plan rules">
      <h2>Plan rules</h2>
      <p class="sub">
        Target incentive {money(p.target_incentive, p.currency)} · paid {p.payout_period}
      </p>
      {p.measures.map((m) => (
        <div class="measure" key={m.id}>
          <h3>{m.name}</h3>
          <p class="sub">
            {m.kind}, {m.tier_mode} tiers, {m.quota_period} quota
            {m.threshold_percent ? ` · threshold ${m.threshold_percent}%` : ""}
            {m.cap_percent ? ` · attainment cap ${m.cap_percent}%` : ""}
          </p>
          <table class="figures tiers">
            <thead>
              <tr><th>From attainment</th><th class="num">Rate</th></tr>
            </thead>
            <tbody>
              {m.tiers.map((t) => (
                <tr key={t.from_percent}>
                  <td>{t.from_percent}%</td>
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
