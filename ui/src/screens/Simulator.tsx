import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { api, errorText, prefersDark } from "../api";
import type { Comparison } from "../bindings/Comparison";
import type { DealRow } from "../bindings/DealRow";
import type { MeasureView } from "../bindings/MeasureView";
import type { Overview } from "../bindings/Overview";
import type { SimulationView } from "../bindings/SimulationView";
import { BeforeAfter } from "../components/BeforeAfter";
import { Chart } from "../components/Chart";
import { StageSelect } from "../components/StageSelect";
import { compareDecimal, groupThousands } from "../format";
import { Loaded, useLoad } from "../load";
import {
  type Controls,
  fromTenths,
  fromUnits,
  isTouched,
  noControls,
  simulationOf,
  tenths,
  units,
} from "../simulation";

const NO_DEAL: Controls["deals"][string] = { amount: null, close_date: null, stage: null };
const NO_MEASURE: Controls["measures"][string] = {
  quota: null,
  threshold_percent: null,
  cap_percent: null,
  tiers: null,
};

/** A value that follows `value` once it has stopped changing for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value]);
  return settled;
}

/** A slider with its exact value typed beside it. */
function Slider(props: {
  label: string;
  title?: ComponentChildren;
  min: number;
  max: number;
  step: number;
  value: number;
  text: string;
  onSlide: (n: number) => void;
  onText: (t: string) => void;
  testid?: string;
}) {
  return (
    <div class="slider">
      <span>{props.title ?? props.label}</span>
      <input
        type="range"
        aria-label={props.label}
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        onInput={(e) => props.onSlide(parseInt(e.currentTarget.value, 10))}
        data-testid={props.testid}
      />
      <input
        class="exact"
        value={props.text}
        onInput={(e) => props.onText(e.currentTarget.value)}
        aria-label={`${props.label} (exact)`}
      />
    </div>
  );
}

/**
 * The simulator: sliders and fields for deals, quota, tiers, threshold, cap and target
 * incentive. Every movement runs the engine over the seller's lines at once (the
 * newest position wins; no button), charts follow when the slider settles. Scenarios
 * are saved by name, compared side by side and deleted.
 */
export function Simulator(props: {
  overview: Overview;
  seller: string;
  version: number;
  onChanged: (message: string) => void;
  /** A deal to open won (from the forecast's coaching list). */
  focus?: { deal: string; n: number };
}) {
  const plan = props.overview.plan;
  const currency = plan.currency;
  const detail = useLoad(() => api.sellerDetail(props.seller), [props.seller, props.version]);
  const deals = useLoad(() => api.deals(props.seller), [props.seller, props.version]);
  const [controls, setControls] = useState<Controls>(noControls);
  const [dealId, setDealId] = useState<string>("");
  const [view, setView] = useState<SimulationView | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [roundTrip, setRoundTrip] = useState<number | undefined>();
  const sim = useMemo(() => simulationOf(props.seller, controls), [props.seller, controls]);

  // One request at a time; while one runs, only the newest position waits for its turn.
  const busy = useRef(false);
  const next = useRef<typeof sim | null>(null);
  const pump = () => {
    const s = next.current;
    if (!s || busy.current) return;
    next.current = null;
    busy.current = true;
    const t0 = performance.now();
    api
      .simulate(s)
      .then((v) => {
        setView(v);
        setError(undefined);
        setRoundTrip(performance.now() - t0);
      })
      .catch((e) => setError(errorText(e)))
      .finally(() => {
        busy.current = false;
        pump();
      });
  };
  useEffect(() => {
    next.current = sim;
    pump();
  }, [sim, props.version]);
  useEffect(() => {
    setControls(noControls);
    setDealId("");
  }, [props.seller]);

  useEffect(() => {
    if (!props.focus) return;
    const deal = props.focus.deal;
    setDealId(deal);
    setControls((c) => ({ ...c, deals: { ...c.deals, [deal]: { ...NO_DEAL, ...c.deals[deal], stage: "won" } } }));
  }, [props.focus?.n]);

  const settled = useSettled(sim, 200);
  const chartKey = `${props.version}:${JSON.stringify(settled)}`;
  const dark = prefersDark();
  const chartSim = isTouched(controls) ? settled : null;

  const setDeal = (id: string, patch: Partial<Controls["deals"][string]>) =>
    setControls((c) => ({ ...c, deals: { ...c.deals, [id]: { ...NO_DEAL, ...c.deals[id], ...patch } } }));
  const setMeasure = (id: string, patch: Partial<Controls["measures"][string]>) =>
    setControls((c) => ({ ...c, measures: { ...c.measures, [id]: { ...NO_MEASURE, ...c.measures[id], ...patch } } }));

  return (
    <div class="layout">
      <div class="column">
        <section class="panel" aria-label="Simulator controls">
          <div class="row-between">
            <h2>What if…</h2>
            <button type="button" disabled={!isTouched(controls)} onClick={() => setControls(noControls)}>
              Reset
            </button>
          </div>
          <Loaded load={deals} what="The deals">
            {(rows) => (
              <DealControls
                rows={rows}
                dealId={dealId}
                setDealId={setDealId}
                controls={controls}
                setDeal={setDeal}
                currency={currency}
              />
            )}
          </Loaded>
          <Loaded load={detail} what="The quotas">
            {(d) =>
              plan.measures.map((m) => (
                <MeasureControls
                  key={m.id}
                  measure={m}
                  baseQuota={d.attainment.find((a) => a.measure === m.id)?.quota ?? "0.00"}
                  tweak={controls.measures[m.id]}
                  set={(patch) => setMeasure(m.id, patch)}
                />
              ))
            }
          </Loaded>
          <h3>Target incentive</h3>
          <Slider
            label={`Target incentive (${currency})`}
            min={0}
            max={Math.max(units(plan.target_incentive) * 3, 10000)}
            step={500}
            value={units(controls.targetIncentive ?? plan.target_incentive)}
            text={controls.targetIncentive ?? plan.target_incentive}
            onSlide={(n) => setControls((c) => ({ ...c, targetIncentive: fromUnits(n) }))}
            onText={(t) => setControls((c) => ({ ...c, targetIncentive: t }))}
          />
        </section>
      </div>
      <div class="column">
        <section class="panel result" aria-label="Simulation result" aria-live="polite">
          <h2>Result</h2>
          {error && (
            <p class="status error" role="alert">
              {error}
            </p>
          )}
          {view ? (
            <>
              <BeforeAfter
                labels={["Base", "Scenario"]}
                before={view.base_total}
                after={view.scenario_total}
                delta={view.delta}
                currency={currency}
                afterTestId="scenario-total"
                deltaTestId="scenario-delta"
              />
              <p class="sub" data-testid="latency">
                Engine {(view.engine_micros / 1000).toFixed(2)} ms
                {roundTrip !== undefined ? ` · screen updated in ${roundTrip.toFixed(1)} ms` : ""}
              </p>
              <table class="figures">
                <thead>
                  <tr>
                    <th>Period</th>
                    <th class="num">Base</th>
                    <th class="num">Scenario</th>
                    <th class="num">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {view.periods.map((p) => (
                    <tr key={p.period}>
                      <td>{p.period}</td>
                      <td class="num">{groupThousands(p.base)}</td>
                      <td class="num strong">{groupThousands(p.scenario)}</td>
                      <td class="num">{groupThousands(p.delta)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            !error && (
              <p class="status loading" role="status">
                Computing…
              </p>
            )
          )}
          <Chart
            draw={() => api.chart("payouts", props.seller, chartSim, dark)}
            version={chartKey}
            label="Payable by period: base and scenario"
            testid="sim-payout-chart"
          />
          <Chart
            draw={() => api.chart("curve", props.seller, chartSim, dark)}
            version={chartKey}
            label="Payout curve with the scenario"
            testid="sim-curve-chart"
          />
        </section>
        <Scenarios
          seller={props.seller}
          simulation={sim}
          touched={isTouched(controls)}
          version={props.version}
          currency={currency}
          onChanged={props.onChanged}
        />
      </div>
    </div>
  );
}

function DealControls(props: {
  rows: DealRow[];
  dealId: string;
  setDealId: (id: string) => void;
  controls: Controls;
  setDeal: (id: string, patch: Partial<Controls["deals"][string]>) => void;
  currency: string;
}) {
  // Open and won deals, biggest first: the ones worth moving.
  const choices = useMemo(
    () =>
      props.rows
        .filter((r) => r.stage === "open" || r.stage === "won")
        .sort((a, b) => compareDecimal(b.amount, a.amount)),
    [props.rows],
  );
  const deal = choices.find((r) => r.id === props.dealId);
  const t = deal ? props.controls.deals[deal.id] : undefined;
  const amount = t?.amount ?? deal?.amount ?? "0.00";
  return (
    <div class="control-group">
      <h3>A deal</h3>
      <select
        value={props.dealId}
        onChange={(e) => props.setDealId(e.currentTarget.value)}
        aria-label="Deal to change"
        data-testid="sim-deal"
      >
        <option value="">Choose a deal…</option>
        {choices.map((r) => (
          <option key={r.id} value={r.id}>
            {r.id} · {r.name || r.account} · {r.stage} · {groupThousands(r.amount)}
          </option>
        ))}
      </select>
      {deal && (
        <>
          <Slider
            label={`Amount (${props.currency})`}
            min={0}
            max={Math.max(units(deal.amount) * 3, 50000)}
            step={1000}
            value={units(amount)}
            text={amount}
            onSlide={(n) => props.setDeal(deal.id, { amount: fromUnits(n) })}
            onText={(v) => props.setDeal(deal.id, { amount: v })}
            testid="sim-amount"
          />
          <div class="fields two">
            <label>
              <span>Close date</span>
              <input
                type="date"
                value={t?.close_date ?? deal.close_date}
                onInput={(e) => props.setDeal(deal.id, { close_date: e.currentTarget.value })}
              />
            </label>
            <StageSelect value={t?.stage ?? deal.stage} onChange={(stage) => props.setDeal(deal.id, { stage })} />
          </div>
        </>
      )}
      {Object.keys(props.controls.deals).length > 0 && (
        <p class="sub">Changed deals: {Object.keys(props.controls.deals).join(", ")}</p>
      )}
    </div>
  );
}

function MeasureControls(props: {
  measure: MeasureView;
  baseQuota: string;
  tweak?: Controls["measures"][string];
  set: (patch: Partial<Controls["measures"][string]>) => void;
}) {
  const m = props.measure;
  const quota = props.tweak?.quota ?? props.baseQuota;
  const tiers = props.tweak?.tiers ?? m.tiers;
  return (
    <div class="control-group" data-measure={m.id}>
      <h3>{m.name}</h3>
      <Slider
        label={`Quota per ${m.quota_period === "annual" ? "year" : m.quota_period.replace(/ly$/, "")}`}
        min={0}
        max={Math.max(units(props.baseQuota) * 3, 10000)}
        step={5000}
        value={units(quota)}
        text={quota}
        onSlide={(n) => props.set({ quota: fromUnits(n) })}
        onText={(t) => props.set({ quota: t })}
        testid={`sim-quota-${m.id}`}
      />
      {tiers.map((tier, i) => (
        <Slider
          key={i}
          label={`${m.name} tier ${i + 1} rate (%)`}
          title={
            <span class="tier-from">
              Rate (%) from{" "}
              <input
                aria-label={`${m.name} tier ${i + 1} starts at (% of quota)`}
                value={tier.from_percent}
                onInput={(e) =>
                  props.set({
                    tiers: tiers.map((x, j) => (j === i ? { ...x, from_percent: e.currentTarget.value } : x)),
                  })
                }
              />
              %
            </span>
          }
          min={0}
          max={400}
          step={5}
          value={tenths(tier.rate_percent)}
          text={tier.rate_percent}
          onSlide={(n) =>
            props.set({ tiers: tiers.map((x, j) => (j === i ? { ...x, rate_percent: fromTenths(n) } : x)) })
          }
          onText={(t) => props.set({ tiers: tiers.map((x, j) => (j === i ? { ...x, rate_percent: t } : x)) })}
        />
      ))}
      <div class="fields two">
        <label>
          <span>Threshold % (empty: none)</span>
          <input
            value={props.tweak?.threshold_percent ?? m.threshold_percent ?? ""}
            onInput={(e) => props.set({ threshold_percent: e.currentTarget.value })}
          />
        </label>
        <label>
          <span>Cap % (empty: none)</span>
          <input
            value={props.tweak?.cap_percent ?? m.cap_percent ?? ""}
            onInput={(e) => props.set({ cap_percent: e.currentTarget.value })}
          />
        </label>
      </div>
    </div>
  );
}

/** Save the sliders as a named scenario; compare saved ones side by side; delete. */
function Scenarios(props: {
  seller: string;
  simulation: ReturnType<typeof simulationOf>;
  touched: boolean;
  version: number;
  currency: string;
  onChanged: (m: string) => void;
}) {
  const list = useLoad(() => api.scenarios(), [props.version]);
  const [name, setName] = useState("");
  const [notes, setNotes] = useState("");
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [comparison, setComparison] = useState<{ names: string[]; table?: Comparison } | undefined>();
  const save = () => {
    setError(undefined);
    api
      .saveScenario(name, notes, props.simulation)
      .then((m) => {
        setName("");
        setNotes("");
        props.onChanged(m);
      })
      .catch((e) => setError(errorText(e)));
  };
  const compare = () => {
    const names = [...picked];
    setComparison({ names });
    api
      .compare(props.seller, names)
      .then((table) => setComparison({ names, table }))
      .catch((e) => setError(errorText(e)));
  };
  const dark = prefersDark();
  return (
    <section class="panel" aria-label="Scenarios">
      <h2>Scenarios</h2>
      <form
        class="save-scenario"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <input
          placeholder="Scenario name"
          aria-label="Scenario name"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
          data-testid="scenario-name"
        />
        <input
          placeholder="Notes (optional)"
          aria-label="Notes"
          value={notes}
          onInput={(e) => setNotes(e.currentTarget.value)}
        />
        <button
          type="submit"
          class="primary"
          disabled={!props.touched || name.trim() === ""}
          data-testid="save-scenario"
        >
          Save
        </button>
      </form>
      {error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}
      <Loaded load={list} what="The saved scenarios">
        {(saved) =>
          saved.length === 0 ? (
            <p class="sub">No saved scenarios yet: move a slider, name it and save.</p>
          ) : (
            <>
              <ul class="scenario-list">
                {saved.map((s) => (
                  <li key={s.name} data-scenario={s.name}>
                    <label>
                      <input
                        type="checkbox"
                        checked={picked.includes(s.name)}
                        onChange={(e) =>
                          setPicked(e.currentTarget.checked ? [...picked, s.name] : picked.filter((n) => n !== s.name))
                        }
                      />
                      <strong>{s.name}</strong>{" "}
                      <span class="sub">
                        {s.notes ? `${s.notes} · ` : ""}saved {s.saved.replace("T", " ").slice(0, 16)}
                      </span>
                    </label>
                    <button
                      type="button"
                      class="danger small"
                      onClick={() =>
                        api
                          .deleteScenario(s.name)
                          .then(props.onChanged)
                          .catch((e) => setError(errorText(e)))
                      }
                    >
                      Delete
                    </button>
                  </li>
                ))}
              </ul>
              <button type="button" disabled={picked.length === 0} onClick={compare} data-testid="compare">
                Compare {picked.length > 0 ? picked.length : ""} with base
              </button>
            </>
          )
        }
      </Loaded>
      {comparison?.table && (
        <div data-testid="comparison">
          <table class="figures">
            <thead>
              <tr>
                <th>Period</th>
                {comparison.table.columns.map((c) => (
                  <th key={c} class="num">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {comparison.table.rows.map((r) => (
                <tr key={r.period}>
                  <td>{r.period}</td>
                  {r.values.map((v, i) => (
                    <td key={i} class="num">
                      {groupThousands(v)}
                    </td>
                  ))}
                </tr>
              ))}
              <tr class="total-row">
                <td>Total</td>
                {comparison.table.totals.map((v, i) => (
                  <td key={i} class="num strong">
                    {groupThousands(v)}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
          <Chart
            draw={() => api.comparisonChart(props.seller, comparison.names, dark)}
            version={`${props.version}:${comparison.names.join("|")}`}
            label="Payable by period: base and saved scenarios"
            testid="comparison-chart"
          />
        </div>
      )}
    </section>
  );
}
