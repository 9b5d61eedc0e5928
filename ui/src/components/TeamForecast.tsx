import { api } from "../api";
import type { TeamSellerForecast } from "../bindings/TeamSellerForecast";
import { money } from "../format";
import { useLoad, Working } from "../load";

/**
 * The Team screen's forecast: what the team's payouts will likely cost this plan year,
 * the sellers closest to a mark their pipeline can reach (whom to coach), and those who
 * may not cover their draw. Recomputed when the pipeline or the plan changes.
 */
export function TeamForecast(props: { currency: string; version: number; onSeller: (id: string) => void }) {
  const load = useLoad(() => api.teamForecast(), [props.version]);
  const m = (x: string) => money(x, props.currency);
  const open = (s: TeamSellerForecast) => (
    <button type="button" class="link" onClick={() => props.onSeller(s.seller)}>
      {s.seller}
    </button>
  );
  return (
    <section class="panel" aria-label="Team forecast">
      <h2>Forecast of the team's cost</h2>
      {load.state === "loading" && <Working what="Forecasting the team's plan year…" />}
      {load.state === "error" && (
        <p class="status error" role="alert">
          The forecast could not be made: {load.message}
        </p>
      )}
      {load.state === "ready" && (
        <>
          <p class="figures-line" data-testid="team-forecast">
            Expected <strong>{m(load.value.expected)}</strong> · P10 {m(load.value.p10)} · P50 {m(load.value.p50)} · P90{" "}
            {m(load.value.p90)}
            <span class="sub"> ({load.value.runs.toLocaleString("en-US")} runs)</span>
          </p>
          <h3>Sellers to coach</h3>
          {load.value.to_coach.length === 0 ? (
            <p class="sub">No seller's open pipeline reaches a further threshold or tier.</p>
          ) : (
            <ul class="chances" data-testid="to-coach">
              {load.value.to_coach.map((s) => (
                <li key={s.seller}>
                  {open(s)} <span>{s.nearest}</span> <strong>{s.needed && m(s.needed)} to go</strong>
                </li>
              ))}
            </ul>
          )}
          <h3>At risk of not covering the draw</h3>
          {load.value.draw_risk.length === 0 ? (
            <p class="sub">No seller covers the draw in fewer than half of the runs.</p>
          ) : (
            <ul class="chances" data-testid="draw-risk">
              {load.value.draw_risk.map((s) => (
                <li key={s.seller}>
                  {open(s)} <span>covers the draw in {s.draw_covered} of the runs</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
