import { useState } from "preact/hooks";
import { api, errorText, prefersDark } from "../api";
import type { Overview } from "../bindings/Overview";
import { Chart } from "../components/Chart";
import { ExplanationView } from "../components/ExplanationView";
import { ForecastPanel } from "../components/ForecastPanel";
import { PlanDocument } from "../components/PlanDocument";
import { PlanRules, type Topic } from "../components/PlanRules";
import { SellerPanel } from "../components/SellerPanel";
import { Loaded, useLoad, Working } from "../load";

/** My plan: the seller's attainment, next tier, payouts and charts, the forecast of the
 * plan year with the deals to focus on; the plan's rules beside its document (a rule
 * shows its clause). */
export function MyPlan(props: {
  overview: Overview;
  seller: string;
  version: number;
  onWhatIf: (deal: string) => void;
}) {
  const o = props.overview;
  const detail = useLoad(() => api.sellerDetail(props.seller), [props.seller, props.version]);
  const doc = useLoad(() => api.document(), [props.version]);
  // Runs off the window's thread; the last forecast stays up while a change recomputes it.
  const forecast = useLoad(() => api.forecast(props.seller, prefersDark()), [props.seller, props.version]);
  const [at, setAt] = useState<{ section: number; clause: number } | undefined>();
  const [missing, setMissing] = useState<string | undefined>();
  const [exported, setExported] = useState<string | undefined>();
  const [figure, setFigure] = useState<{ measure: string | null; period: string } | undefined>();
  const explanation = useLoad(
    () => (figure ? api.explainFigure(props.seller, figure.measure, figure.period) : Promise.resolve(undefined)),
    [props.seller, figure?.measure, figure?.period, props.version],
  );
  const names = Object.fromEntries(o.plan.measures.map((m) => [m.id, m.name]));
  const key = `${props.seller}:${props.version}`;
  const dark = prefersDark();
  // Where each rule is written comes with the document, read by the Rust side.
  const onRule = (measure: { id: string; name: string }, topic: Topic) => {
    const rules = doc.state === "ready" && doc.value ? doc.value.rules : [];
    const found = rules.find((r) => r.measure === measure.id && r.topic === topic);
    setAt(found && { section: found.section, clause: found.clause });
    setMissing(found ? undefined : `The plan document does not mention ${measure.name}.`);
  };
  const exportPack = () => {
    setExported("Writing the chart pack…");
    api
      .exportCharts(props.seller)
      .then((dir) => setExported(`Charts written as PNG and SVG to ${dir}`))
      .catch((e) => setExported(`The charts could not be written: ${errorText(e)}`));
  };
  return (
    <div class="layout">
      <div class="column">
        <Loaded load={detail} what="The seller's plan">
          {(d) => (
            <SellerPanel
              detail={d}
              currency={o.plan.currency}
              measureNames={names}
              onExplain={(measure, period) => setFigure({ measure, period })}
            />
          )}
        </Loaded>
        {figure && (
          <section class="panel" aria-label="Explanation">
            <div class="row-between">
              <h2>What makes up this figure</h2>
              <button type="button" onClick={() => setFigure(undefined)}>
                Close
              </button>
            </div>
            <Loaded load={explanation} what="The explanation">
              {(e) => e && <ExplanationView explanation={e} currency={o.plan.currency} subject={`${e.deal}:`} />}
            </Loaded>
          </section>
        )}
        <section class="panel" aria-label="Forecast">
          <h2>Forecast of the plan year</h2>
          {forecast.state === "loading" ? (
            <Working what="Forecasting 10,000 runs of the plan year…" />
          ) : forecast.state === "error" ? (
            <p class="status error" role="alert">
              The forecast could not be made: {forecast.message}
            </p>
          ) : (
            <ForecastPanel view={forecast.value} onWhatIf={props.onWhatIf} />
          )}
        </section>
        <section class="panel" aria-label="Charts">
          <div class="row-between">
            <h2>Charts</h2>
            <button type="button" onClick={exportPack} data-testid="export-charts">
              Export chart pack
            </button>
          </div>
          {exported && (
            <p class="sub" role="status">
              {exported}
            </p>
          )}
          <Chart
            draw={() => api.chart("curve", props.seller, null, dark)}
            version={key}
            label="Payout curve"
            testid="curve-chart"
          />
          <Chart
            draw={() => api.chart("credit", props.seller, null, dark)}
            version={key}
            label="Cumulative credit against quota"
            testid="credit-chart"
          />
          <Chart
            draw={() => api.chart("payouts", props.seller, null, dark)}
            version={key}
            label="Earned and payable by payout period"
            testid="payout-chart"
          />
        </section>
      </div>
      <div class="column">
        <PlanRules plan={o.plan} onRule={onRule} />
        {missing && (
          <p class="status" role="status">
            {missing}
          </p>
        )}
        <Loaded load={doc} what="The plan document">
          {(document) =>
            document ? (
              <PlanDocument doc={document} at={at} />
            ) : (
              <p class="panel sub">This workspace has no plan document; import one with the plan.</p>
            )
          }
        </Loaded>
      </div>
    </div>
  );
}
