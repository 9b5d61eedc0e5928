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
import { BonusFields, MeasureFields, newBonus, newMeasure, PERIODS, Pick, Text } from "./DraftFields";

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
          <MeasureFields
            key={i}
            m={m}
            i={i}
            set={(patch) => setM(i, patch)}
            onRemove={
              draft.measures.length > 1 ? () => set({ measures: draft.measures.filter((_, k) => k !== i) }) : undefined
            }
          />
        ))}
        <button
          type="button"
          onClick={() => set({ measures: [...draft.measures, newMeasure(draft.measures.length + 1)] })}
        >
          Add a measure
        </button>
        {draft.bonuses.map((b, i) => (
          <BonusFields
            key={i}
            b={b}
            i={i}
            measures={draft.measures.map((m) => m.id)}
            set={(patch) => setB(i, patch)}
            onRemove={() => set({ bonuses: draft.bonuses.filter((_, k) => k !== i) })}
          />
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
