// A plan authored from nothing: measures with their tiers, thresholds and caps, bonuses,
// the payout cap, draws, clawbacks and periods. Each change is checked by the plan's own
// parser on the Rust side (the same checks as a plan file) and, when the workspace has
// deals, previewed on the whole team; it is saved as a new, effective-dated plan version.
import { useEffect, useState } from "preact/hooks";
import { api, errorText } from "../api";
import type { BonusDraft } from "../bindings/BonusDraft";
import type { DraftCheck } from "../bindings/DraftCheck";
import type { MeasureDraft } from "../bindings/MeasureDraft";
import type { PlanDraft } from "../bindings/PlanDraft";
import { direction, groupThousands, signed } from "../format";

const PERIODS = ["monthly", "quarterly", "annual"];

function Text(props: { label: string; value: string; onInput: (v: string) => void; testid?: string; hint?: string }) {
  return (
    <label class="field">
      <span class="label">{props.label}</span>
      <input
        value={props.value}
        placeholder={props.hint}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        data-testid={props.testid}
      />
    </label>
  );
}

function Pick(props: {
  label: string;
  value: string;
  options: string[];
  onChange: (v: string) => void;
  testid?: string;
  /** An empty first choice, so a value no longer among the options shows as unchosen. */
  choose?: string;
}) {
  return (
    <label class="field">
      <span class="label">{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)} data-testid={props.testid}>
        {props.choose !== undefined && <option value="">{props.choose}</option>}
        {props.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

function newMeasure(n: number): MeasureDraft {
  return {
    id: `measure_${n}`,
    name: `Measure ${n}`,
    kind: "commission",
    tier_mode: "marginal",
    quota_period: "quarterly",
    quota: "250000.00",
    weight_percent: "",
    deal_types: "",
    threshold_percent: "",
    cap_percent: "",
    tiers: [{ from_percent: "0", rate_percent: "5" }],
  };
}

function newBonus(n: number, measure: string): BonusDraft {
  return {
    id: `bonus_${n}`,
    name: `Bonus ${n}`,
    kind: "milestone",
    amount: "1000.00",
    deal_types: "",
    min_term_months: "",
    measure,
    attainment_percent: "100",
  };
}

export function PlanAuthor(props: { onSaved: (message: string) => void; onCancel: () => void; currency?: string }) {
  const [draft, setDraft] = useState<PlanDraft | undefined>();
  const [check, setCheck] = useState<DraftCheck | undefined>();
  // The draft the check is of: Save waits until it is the one on screen.
  const [checked, setChecked] = useState<PlanDraft | undefined>();
  const [effective, setEffective] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    api
      .draftStarter()
      .then(setDraft)
      .catch((e) => setError(errorText(e)));
  }, []);
  // Checked a quarter of a second after the last keystroke; older answers are dropped.
  useEffect(() => {
    if (!draft) return;
    let live = true;
    const t = setTimeout(() => {
      api
        .checkDraft(draft)
        .then((c) => {
          if (!live) return;
          setCheck(c);
          setChecked(draft);
          setError(undefined);
        })
        .catch((e) => live && setError(errorText(e)));
    }, 250);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [draft]);
  if (!draft)
    return error ? (
      <p class="status error" role="alert">
        {error}
      </p>
    ) : (
      <p class="status loading">Loading…</p>
    );
  const set = (patch: Partial<PlanDraft>) => setDraft({ ...draft, ...patch });
  const setM = (i: number, patch: Partial<MeasureDraft>) =>
    set({ measures: draft.measures.map((m, k) => (k === i ? { ...m, ...patch } : m)) });
  const setB = (i: number, patch: Partial<BonusDraft>) =>
    set({ bonuses: draft.bonuses.map((b, k) => (k === i ? { ...b, ...patch } : b)) });
  const save = () => {
    setSaving(true);
    setError(undefined);
    api
      .saveDraft(draft, effective)
      .then(props.onSaved)
      .catch((e) => setError(errorText(e)))
      .finally(() => setSaving(false));
  };
  const problems = check?.problems ?? [];
  // The plan in effect pays in its currency; the draft in its own.
  const now = props.currency ?? draft.currency;
  return (
    <div class="layout">
      <section class="panel plan-author" aria-label="A new plan" data-testid="plan-author">
        <div class="row-between">
          <h2>A new plan, from nothing</h2>
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
        <div class="fields">
          <Text label="Plan name" value={draft.name} onInput={(name) => set({ name })} testid="author-name" />
          <Text label="Plan id" value={draft.id} onInput={(id) => set({ id })} />
          <Text
            label="Currency"
            value={draft.currency}
            onInput={(currency) => set({ currency })}
            testid="author-currency"
          />
          <Text
            label="Plan year starts"
            value={draft.start}
            onInput={(start) => set({ start })}
            hint="YYYY-MM-DD"
            testid="author-start"
          />
          <Text
            label="Plan year ends"
            value={draft.end}
            onInput={(end) => set({ end })}
            hint="YYYY-MM-DD"
            testid="author-end"
          />
          <Pick
            label="Paid"
            value={draft.payout_period}
            options={PERIODS}
            onChange={(payout_period) => set({ payout_period })}
          />
          <Text
            label="Target incentive"
            value={draft.target_incentive}
            onInput={(target_incentive) => set({ target_incentive })}
            testid="author-target"
          />
        </div>
        {draft.measures.map((m, i) => (
          <fieldset key={i} class="author-part" data-testid="author-measure">
            <legend>Measure {i + 1}</legend>
            <div class="fields">
              <Text label="Name" value={m.name} onInput={(name) => setM(i, { name })} />
              <Text label="Id" value={m.id} onInput={(id) => setM(i, { id })} />
              <Pick
                label="Kind"
                value={m.kind}
                options={["commission", "incentive"]}
                onChange={(kind) => setM(i, { kind })}
              />
              <Pick
                label="Tiers pay"
                value={m.tier_mode}
                options={["marginal", "retroactive"]}
                onChange={(tier_mode) => setM(i, { tier_mode })}
              />
              <Pick
                label="Quota period"
                value={m.quota_period}
                options={PERIODS}
                onChange={(quota_period) => setM(i, { quota_period })}
                testid="author-quota-period"
              />
              <Text
                label="Quota per period"
                value={m.quota}
                onInput={(quota) => setM(i, { quota })}
                testid="author-quota"
              />
              {m.kind === "incentive" && (
                <Text
                  label="Weight (% of target)"
                  value={m.weight_percent}
                  onInput={(weight_percent) => setM(i, { weight_percent })}
                />
              )}
              <Text
                label="Deal types (empty: all)"
                value={m.deal_types}
                onInput={(deal_types) => setM(i, { deal_types })}
                hint="new, expansion"
              />
              <Text
                label="Threshold (%)"
                value={m.threshold_percent}
                onInput={(threshold_percent) => setM(i, { threshold_percent })}
                hint="none"
              />
              <Text
                label="Attainment cap (%)"
                value={m.cap_percent}
                onInput={(cap_percent) => setM(i, { cap_percent })}
                hint="none"
              />
            </div>
            <table class="author-tiers">
              <thead>
                <tr>
                  <th>From attainment (%)</th>
                  <th>{m.kind === "incentive" ? "Pays (% of the base)" : "Rate (% of credit)"}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {m.tiers.map((t, k) => (
                  <tr key={k}>
                    <td>
                      <input
                        value={t.from_percent}
                        aria-label={`Tier ${k + 1} from`}
                        data-testid="author-from"
                        onInput={(e) =>
                          setM(i, {
                            tiers: m.tiers.map((x, j) => (j === k ? { ...x, from_percent: e.currentTarget.value } : x)),
                          })
                        }
                      />
                    </td>
                    <td>
                      <input
                        value={t.rate_percent}
                        aria-label={`Tier ${k + 1} rate`}
                        data-testid="author-rate"
                        onInput={(e) =>
                          setM(i, {
                            tiers: m.tiers.map((x, j) => (j === k ? { ...x, rate_percent: e.currentTarget.value } : x)),
                          })
                        }
                      />
                    </td>
                    <td>
                      {m.tiers.length > 1 && (
                        <button
                          type="button"
                          class="link"
                          onClick={() => setM(i, { tiers: m.tiers.filter((_, j) => j !== k) })}
                        >
                          Remove
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div class="row-between">
              <button
                type="button"
                onClick={() => setM(i, { tiers: [...m.tiers, { from_percent: "100", rate_percent: "" }] })}
                data-testid="author-add-tier"
              >
                Add a tier
              </button>
              {draft.measures.length > 1 && (
                <button
                  type="button"
                  class="link"
                  onClick={() => set({ measures: draft.measures.filter((_, k) => k !== i) })}
                >
                  Remove this measure
                </button>
              )}
            </div>
          </fieldset>
        ))}
        <button
          type="button"
          onClick={() => set({ measures: [...draft.measures, newMeasure(draft.measures.length + 1)] })}
        >
          Add a measure
        </button>
        {draft.bonuses.map((b, i) => (
          <fieldset key={i} class="author-part">
            <legend>Bonus {i + 1}</legend>
            <div class="fields">
              <Text label="Name" value={b.name} onInput={(name) => setB(i, { name })} />
              <Text label="Id" value={b.id} onInput={(id) => setB(i, { id })} />
              <Pick
                label="Paid"
                value={b.kind}
                options={["milestone", "deal"]}
                onChange={(kind) => setB(i, { kind })}
              />
              <Text label="Amount" value={b.amount} onInput={(amount) => setB(i, { amount })} />
              {b.kind === "milestone" ? (
                <>
                  <Pick
                    label="On measure"
                    value={b.measure}
                    options={draft.measures.map((m) => m.id)}
                    choose="choose a measure…"
                    onChange={(measure) => setB(i, { measure })}
                  />
                  <Text
                    label="At attainment (%)"
                    value={b.attainment_percent}
                    onInput={(attainment_percent) => setB(i, { attainment_percent })}
                  />
                </>
              ) : (
                <>
                  <Text
                    label="Deal types (empty: all)"
                    value={b.deal_types}
                    onInput={(deal_types) => setB(i, { deal_types })}
                  />
                  <Text
                    label="Shortest term (months)"
                    value={b.min_term_months}
                    onInput={(min_term_months) => setB(i, { min_term_months })}
                    hint="any"
                  />
                </>
              )}
            </div>
            <button
              type="button"
              class="link"
              onClick={() => set({ bonuses: draft.bonuses.filter((_, k) => k !== i) })}
            >
              Remove this bonus
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          onClick={() =>
            set({ bonuses: [...draft.bonuses, newBonus(draft.bonuses.length + 1, draft.measures[0]?.id ?? "")] })
          }
        >
          Add a bonus
        </button>
        <fieldset class="author-part">
          <legend>Payouts</legend>
          <div class="fields">
            <Text
              label="Payout cap for the year"
              value={draft.payout_cap}
              onInput={(payout_cap) => set({ payout_cap })}
              hint="none"
            />
            <Text label="Draw per payout period" value={draft.draw} onInput={(draw) => set({ draw })} hint="none" />
            <label class="field">
              <span class="label">Draw recovered</span>
              <input
                type="checkbox"
                checked={draft.draw_recoverable}
                onChange={(e) => set({ draw_recoverable: e.currentTarget.checked })}
              />
            </label>
            <Text
              label="Clawback window (days)"
              value={draft.clawback_days}
              onInput={(clawback_days) => set({ clawback_days })}
              hint="none"
            />
          </div>
        </fieldset>
      </section>
      <section class="panel" aria-label="The new plan's check">
        <h2>Check</h2>
        {problems.length > 0 ? (
          <ul class="problems" data-testid="author-problems">
            {problems.map((p, i) => (
              <li key={i} class="status error">
                <strong>{p.field}</strong>: {p.message}
              </li>
            ))}
          </ul>
        ) : (
          check && (
            <p class="status" data-testid="author-ok">
              The plan reads as a plan file: no problems.
            </p>
          )
        )}
        {check?.preview && (
          <div data-testid="author-preview">
            <p>
              On this workspace's deals the team would earn{" "}
              <strong>
                {draft.currency.trim().toUpperCase()} {groupThousands(check.preview.proposed_total)}
              </strong>{" "}
              against {now} {groupThousands(check.preview.current_total)} under the plan in effect (
              <span class={direction(check.preview.delta)}>{signed(check.preview.delta)}</span>).
            </p>
          </div>
        )}
        <label class="field">
          <span class="label">In effect from (empty: the plan's start)</span>
          <input value={effective} placeholder="YYYY-MM-DD" onInput={(e) => setEffective(e.currentTarget.value)} />
        </label>
        {error && (
          <p class="status error" role="alert">
            {error}
          </p>
        )}
        <button
          type="button"
          class="primary"
          disabled={saving || !check || checked !== draft || problems.length > 0}
          onClick={save}
          data-testid="author-save"
        >
          Save as a plan version
        </button>
        {check?.toml && (
          <details>
            <summary>The plan file</summary>
            <pre class="plan-toml">{check.toml}</pre>
          </details>
        )}
      </section>
    </div>
  );
}
