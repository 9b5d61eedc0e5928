import { useState } from "preact/hooks";
import { api, errorText, prefersDark } from "../api";
import type { OptimiseView } from "../bindings/OptimiseView";
import { groupThousands, money, signed } from "../format";
import { Loaded, useLoad, Working } from "../load";
import { Svg } from "./Chart";

type Run =
  | { state: "idle" }
  | { state: "running" }
  | { state: "done"; view: OptimiseView }
  | { state: "error"; message: string };

/**
 * The plan designer's optimiser: the levers that may move, the budget (a percentage of
 * today's cost), the objective and the most any seller may lose; the proposal solved in
 * Rust (linear programs over last year's data, the cost recomputed by the engine) with
 * the rules that change, the winners and losers, and *Use this plan*, which saves it as
 * the next plan version after confirmation (undo takes it back).
 */
export function OptimisePanel(props: { version: number; onChanged: (message: string) => void }) {
  const levers = useLoad(() => api.optimiseLevers(), [props.version]);
  const [chosen, setChosen] = useState<string[] | undefined>();
  const [objective, setObjective] = useState("pay-for-performance");
  const [budget, setBudget] = useState("90");
  const [maxLoss, setMaxLoss] = useState("");
  const [run, setRun] = useState<Run>({ state: "idle" });
  const [confirming, setConfirming] = useState(false);
  const selected = chosen ?? (levers.state === "ready" ? levers.value.slice(0, 1).map((l) => l.name) : []);
  const toggle = (name: string) =>
    setChosen(selected.includes(name) ? selected.filter((n) => n !== name) : [...selected, name]);
  const solve = () => {
    setRun({ state: "running" });
    setConfirming(false);
    api
      .optimise(
        { objective, budget_percent: budget, levers: selected, max_loss: maxLoss.trim() ? maxLoss : null },
        prefersDark(),
      )
      .then((view) => setRun({ state: "done", view }))
      .catch((e) => setRun({ state: "error", message: errorText(e) }));
  };
  const use = (plan: string) =>
    api
      .usePlan(plan)
      .then((m) => {
        setConfirming(false);
        setRun({ state: "idle" });
        props.onChanged(m);
      })
      .catch((e) => setRun({ state: "error", message: errorText(e) }));
  return (
    <section class="panel" aria-label="Optimise">
      <h2>Optimise the plan</h2>
      <p class="sub">
        Finds the rules that keep the budget and do best on the objective, on last year's deals; the naive answer (every
        moving rate scaled by one factor) stands beside it.
      </p>
      <Loaded load={levers} what="The levers">
        {(list) => (
          <fieldset class="levers" data-testid="optimise-levers">
            <legend>What may move</legend>
            {list.map((l) => (
              <label key={l.name} class="check">
                <input type="checkbox" checked={selected.includes(l.name)} onChange={() => toggle(l.name)} />
                {l.label}
              </label>
            ))}
          </fieldset>
        )}
      </Loaded>
      <div class="fields">
        <label class="field">
          <span>Objective</span>
          <select
            value={objective}
            onChange={(e) => setObjective(e.currentTarget.value)}
            data-testid="optimise-objective"
          >
            <option value="pay-for-performance">Pay for performance</option>
            <option value="least-change">Least change for any seller</option>
            <option value="lowest-cost">Lowest cost, same pay at 100%</option>
          </select>
        </label>
        <label class="field">
          <span>Budget (% of today's cost)</span>
          <input value={budget} onInput={(e) => setBudget(e.currentTarget.value)} data-testid="optimise-budget" />
        </label>
        <label class="field">
          <span>Most a seller may lose (%)</span>
          <input value={maxLoss} placeholder="no limit" onInput={(e) => setMaxLoss(e.currentTarget.value)} />
        </label>
      </div>
      <button
        type="button"
        onClick={solve}
        disabled={run.state === "running" || selected.length === 0}
        data-testid="optimise-run"
      >
        Optimise
      </button>
      {run.state === "running" && <Working what="Solving…" />}
      {run.state === "error" && (
        <p class="status error" role="alert" data-testid="optimise-error">
          {run.message}
        </p>
      )}
      {run.state === "done" && (
        <div data-testid="optimise-result">
          <p class="figures-line">
            Budget {money(run.view.budget, run.view.currency)} · today {money(run.view.current_cost, run.view.currency)}{" "}
            · proposed <strong data-testid="optimise-cost">{money(run.view.proposed_cost, run.view.currency)}</strong>
          </p>
          <p class="sub">
            Today: {run.view.current_objective}. Proposed: <strong>{run.view.proposed_objective}</strong>
            {run.view.is_naive ? " (the naive answer)" : ""}.{run.view.naive && ` Naive: ${run.view.naive}.`}
          </p>
          <h3>Rules that change</h3>
          <ul data-testid="optimise-changes">
            {run.view.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <Svg markup={run.view.chart} label="Winners and losers against the current plan" testid="optimise-chart" />
          <div class="scroller">
            <table class="figures">
              <thead>
                <tr>
                  <th>Seller</th>
                  <th class="num">Today</th>
                  <th class="num">Proposed</th>
                  <th class="num">Change</th>
                </tr>
              </thead>
              <tbody>
                {run.view.sellers.map((s) => (
                  <tr key={s.seller}>
                    <td>{s.seller}</td>
                    <td class="num">{groupThousands(s.now)}</td>
                    <td class="num">{groupThousands(s.proposed)}</td>
                    <td class="num">{signed(s.change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {confirming ? (
            <p class="confirm">
              Save these rules as the next plan version? Undo takes it back.{" "}
              <button type="button" onClick={() => use(run.view.plan_toml)} data-testid="optimise-confirm">
                Save plan version
              </button>{" "}
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </p>
          ) : (
            <button type="button" onClick={() => setConfirming(true)} data-testid="optimise-use">
              Use this plan
            </button>
          )}
        </div>
      )}
    </section>
  );
}
