import type { ForecastView } from "../bindings/ForecastView";
import { money } from "../format";
import { Svg } from "./Chart";

/**
 * My plan's forecast: the band of the plan year's payout over the runs (drawn in Rust),
 * P10/P50/P90 and the expected payout, the chance of each threshold and tier, how the
 * probabilities were made, and the coaching list — each deal opens its what-if.
 */
export function ForecastPanel(props: { view: ForecastView; onWhatIf: (deal: string) => void }) {
  const v = props.view;
  const m = (x: string) => money(x, v.currency);
  return (
    <>
      <p class="figures-line" data-testid="forecast-figures">
        Expected <strong>{m(v.expected)}</strong> · P10 {m(v.p10)} · P50 <strong>{m(v.p50)}</strong> · P90 {m(v.p90)}
      </p>
      <Svg markup={v.chart} label="Forecast band of the plan year's payout" testid="forecast-chart" />
      <h3>Chances</h3>
      <ul class="chances" data-testid="forecast-chances">
        {v.reach.map((r) => (
          <li key={r.what}>
            <span>{r.what}</span> <strong>{r.chance}</strong>
          </li>
        ))}
      </ul>
      <p class="sub">
        {v.runs.toLocaleString("en-US")} runs from the pipeline as of {v.as_of}. {v.model}
      </p>
      <h3>Deals to focus on</h3>
      {v.deals.length === 0 ? (
        <p class="sub">No open deals in the pipeline.</p>
      ) : (
        <table class="figures" data-testid="coaching">
          <thead>
            <tr>
              <th>Deal</th>
              <th class="num">Chance</th>
              <th class="num">If won</th>
              <th class="num">Worth now</th>
              <th>Tier</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {v.deals.slice(0, 12).map((d) => (
              <tr key={d.deal}>
                <td>
                  {d.deal}
                  {d.expected_close && <span class="sub"> · {d.expected_close}</span>}
                </td>
                <td class="num" title={d.learned ? "learned from the closed history" : "the deal's own probability"}>
                  {d.chance}
                </td>
                <td class="num">
                  {d.if_won.startsWith("-") ? "" : "+"}
                  {m(d.if_won)}
                </td>
                <td class="num strong">{m(d.worth)}</td>
                <td>{d.tiers.join("; ")}</td>
                <td>
                  <button type="button" onClick={() => props.onWhatIf(d.deal)} data-testid={`whatif-${d.deal}`}>
                    What if
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {v.paths.map((p) => (
        <p key={`${p.measure}${p.period}${p.mark}`} class="path" data-testid="path">
          <strong>
            {p.name} {p.period}: {p.mark}
            {p.accelerator ? " — the accelerator" : ""}
          </strong>{" "}
          needs {m(p.needed)} more credit: {p.deals.join(", ")} (all win: {p.chance}). Payout {m(p.payout_now)} →{" "}
          {m(p.payout_with)}.
        </p>
      ))}
      {v.designer.length > 0 && (
        <details>
          <summary>For the plan designer</summary>
          <ul>
            {v.designer.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
