import { useEffect, useMemo, useState } from "preact/hooks";
import { api, errorText, prefersDark } from "../api";
import type { MeasureTweak } from "../bindings/MeasureTweak";
import type { PlanPreview } from "../bindings/PlanPreview";
import type { PlanView } from "../bindings/PlanView";
import type { Simulation } from "../bindings/Simulation";
import type { TierView } from "../bindings/TierView";
import { BeforeAfter } from "../components/BeforeAfter";
import { Chart } from "../components/Chart";
import { direction, groupThousands, signed } from "../format";
import { Loaded, useLoad } from "../load";
import { OptimisePanel } from "../components/OptimisePanel";
import { PlanAuthor } from "../components/PlanAuthor";
import { PlanFiles } from "../components/PlanFiles";

type Draft = {
  target: string;
  measures: Record<string, { tiers: TierView[]; threshold: string; cap: string; quota: string }>;
};

function draftOf(p: PlanView): Draft {
  return {
    target: p.target_incentive,
    measures: Object.fromEntries(
      p.measures.map((m) => [
        m.id,
        {
          tiers: m.tiers.map((t) => ({ ...t })),
          threshold: m.threshold_percent ?? "",
          cap: m.cap_percent ?? "",
          quota: "",
        },
      ]),
    ),
  };
}

/** The plan change a draft makes, as the simulator's type (only what differs). */
export function changeOf(p: PlanView, d: Draft): Simulation {
  const measures: MeasureTweak[] = p.measures.flatMap((m) => {
    const x = d.measures[m.id];
    const tiersChanged = JSON.stringify(x.tiers) !== JSON.stringify(m.tiers);
    const t: MeasureTweak = {
      measure: m.id,
      quota: x.quota.trim() === "" ? null : x.quota,
      threshold_percent: x.threshold === (m.threshold_percent ?? "") ? null : x.threshold,
      cap_percent: x.cap === (m.cap_percent ?? "") ? null : x.cap,
      tiers: tiersChanged ? x.tiers : null,
    };
    return t.quota !== null || t.threshold_percent !== null || t.cap_percent !== null || t.tiers !== null ? [t] : [];
  });
  return { seller: "", deals: [], measures, target_incentive: d.target === p.target_incentive ? null : d.target };
}

/**
 * Plan designer: the plan in effect as a form. Each change is validated as it is typed
 * (by the same scenario parser the engine uses) and previewed over the whole team's
 * history: the plan's cost, who gains and who loses.
 */
export function Designer(props: { plan: PlanView; version: number; onChanged: (message: string) => void }) {
  const versions = useLoad(() => api.planVersions(), [props.version]);
  // The version opened in the form (null: the plan in effect) and its rules.
  const [opened, setOpened] = useState<{ version: number | null; plan: PlanView }>({ version: null, plan: props.plan });
  const p = opened.plan;
  const [draft, setDraft] = useState<Draft>(() => draftOf(p));
  const [openError, setOpenError] = useState<string | undefined>();
  const open = (value: string) => {
    setOpenError(undefined);
    const v = versions.state === "ready" ? versions.value.find((x) => String(x.version) === value) : undefined;
    if (!v || v.in_effect) {
      setOpened({ version: null, plan: props.plan });
      setDraft(draftOf(props.plan));
      return;
    }
    api
      .planOfVersion(v.version)
      .then((plan) => {
        setOpened({ version: v.version, plan });
        setDraft(draftOf(plan));
      })
      .catch((e) => setOpenError(errorText(e)));
  };
  // Saving the change as a new plan version, in effect from a date of the user's choice.
  const [effective, setEffective] = useState("");
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | undefined>();
  // A new plan in effect (saved here, undone, imported) is the form's new starting point;
  // the same plan read again (any other change to the workspace) leaves the form alone.
  const inEffect = JSON.stringify(props.plan);
  const [shown, setShown] = useState(inEffect);
  if (shown !== inEffect) {
    setShown(inEffect);
    setOpened({ version: null, plan: props.plan });
    setDraft(draftOf(props.plan));
    setEffective("");
    setSaveError(undefined);
  }
  const change = useMemo(() => changeOf(p, draft), [p, draft]);
  const [preview, setPreview] = useState<PlanPreview | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [settled, setSettled] = useState(change);
  // Authoring a new plan from nothing instead of changing this one.
  const [authoring, setAuthoring] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setSettled(change), 250);
    return () => clearTimeout(t);
  }, [change]);
  useEffect(() => {
    let live = true;
    api
      .planPreview(settled, opened.version)
      .then((v) => {
        if (!live) return;
        setPreview(v);
        setError(undefined);
      })
      .catch((e) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [settled, opened.version, props.version]);
  const setMeasure = (id: string, patch: Partial<Draft["measures"][string]>) =>
    setDraft((d) => ({ ...d, measures: { ...d.measures, [id]: { ...d.measures[id], ...patch } } }));
  if (authoring)
    return (
      <PlanAuthor
        currency={props.plan.currency}
        onCancel={() => setAuthoring(false)}
        onSaved={(m) => {
          setAuthoring(false);
          props.onChanged(m);
        }}
      />
    );
  const dark = prefersDark();
  return (
    <div class="layout">
      <section class="panel" aria-label="Plan designer">
        <div class="row-between">
          <h2>Plan designer · {p.name}</h2>
          <div class="row">
            <button type="button" onClick={() => setAuthoring(true)} data-testid="author-new">
              A new plan from nothing…
            </button>
            <details class="plan-import">
              <summary data-testid="designer-import">Import a plan file…</summary>
              <PlanFiles onAdded={props.onChanged} />
            </details>
            <button type="button" class="back-to-plan" onClick={() => open("")}>
              Back to the plan in effect
            </button>
          </div>
        </div>
        <Loaded load={versions} what="The plan versions">
          {(list) =>
            list.length > 1 && (
              <label class="field">
                <span>Plan version to start from</span>
                <select
                  value={String(opened.version ?? list.find((v) => v.in_effect)?.version ?? "")}
                  onChange={(e) => open(e.currentTarget.value)}
                  data-testid="designer-version"
                >
                  {list.map((v) => (
                    <option key={v.version} value={String(v.version)}>
                      v{v.version} · {v.name} · effective {v.effective}
                      {v.in_effect ? " (in effect)" : ""}
                    </option>
                  ))}
                </select>
              </label>
            )
          }
        </Loaded>
        {openError && (
          <p class="status error" role="alert">
            {openError}
          </p>
        )}
        <p class="sub">
          Change the rules; the preview recomputes the whole team's year under them
          {opened.version !== null ? `, starting from version ${opened.version}'s rules` : ""}, against the plan in
          effect. Nothing is saved until you save it as a new plan version.
        </p>
        <label class="field">
          <span>Target incentive ({p.currency})</span>
          <input
            value={draft.target}
            onInput={(e) => setDraft({ ...draft, target: e.currentTarget.value })}
            data-testid="designer-target"
          />
        </label>
        {p.measures.map((m) => {
          const x = draft.measures[m.id];
          return (
            <div class="control-group" key={m.id} data-measure={m.id}>
              <h3>
                {m.name}{" "}
                <span class="sub">
                  ({m.kind}, {m.tier_mode}, {m.quota_period})
                </span>
              </h3>
              <div class="fields three">
                <label>
                  <span>Quota per period (empty: unchanged)</span>
                  <input value={x.quota} onInput={(e) => setMeasure(m.id, { quota: e.currentTarget.value })} />
                </label>
                <label>
                  <span>Threshold %</span>
                  <input value={x.threshold} onInput={(e) => setMeasure(m.id, { threshold: e.currentTarget.value })} />
                </label>
                <label>
                  <span>Cap %</span>
                  <input value={x.cap} onInput={(e) => setMeasure(m.id, { cap: e.currentTarget.value })} />
                </label>
              </div>
              <table class="figures tiers">
                <thead>
                  <tr>
                    <th>From attainment %</th>
                    <th>Rate %</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {x.tiers.map((t, i) => (
                    <tr key={i}>
                      <td>
                        <input
                          aria-label={`${m.name} tier ${i + 1} from`}
                          value={t.from_percent}
                          onInput={(e) =>
                            setMeasure(m.id, {
                              tiers: x.tiers.map((y, j) =>
                                j === i ? { ...y, from_percent: e.currentTarget.value } : y,
                              ),
                            })
                          }
                        />
                      </td>
                      <td>
                        <input
                          aria-label={`${m.name} tier ${i + 1} rate`}
                          data-testid={`designer-rate-${m.id}-${i}`}
                          value={t.rate_percent}
                          onInput={(e) =>
                            setMeasure(m.id, {
                              tiers: x.tiers.map((y, j) =>
                                j === i ? { ...y, rate_percent: e.currentTarget.value } : y,
                              ),
                            })
                          }
                        />
                      </td>
                      <td>
                        <button
                          type="button"
                          class="small"
                          disabled={x.tiers.length === 1}
                          onClick={() => setMeasure(m.id, { tiers: x.tiers.filter((_, j) => j !== i) })}
                        >
                          Remove
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <button
                type="button"
                class="small"
                onClick={() => setMeasure(m.id, { tiers: [...x.tiers, { from_percent: "", rate_percent: "" }] })}
              >
                Add tier
              </button>
            </div>
          );
        })}
      </section>
      <div class="column">
        <section class="panel" aria-label="Effect on the team" aria-live="polite">
          <h2>Effect on the team</h2>
          {error && (
            <p class="status error" role="alert" data-testid="designer-error">
              {error}
            </p>
          )}
          {preview && (
            <>
              <BeforeAfter
                labels={["Cost now", "Proposed"]}
                before={preview.current_total}
                after={preview.proposed_total}
                delta={preview.delta}
                currency={p.currency}
                afterTestId="designer-cost"
              />
              <p class="sub">
                {preview.winners} sellers earn more, {preview.losers} earn less{error ? " (last valid rules)" : ""}.
              </p>
              <form
                class="save-plan"
                onSubmit={(e) => {
                  e.preventDefault();
                  setSaving(true);
                  setSaveError(undefined);
                  api
                    .savePlan(settled, opened.version, effective)
                    .then((m) => props.onChanged(m))
                    .catch((err) => setSaveError(errorText(err)))
                    .finally(() => setSaving(false));
                }}
              >
                <label>
                  <span>In effect from (empty: the plan's start)</span>
                  <input
                    type="date"
                    value={effective}
                    onInput={(e) => setEffective(e.currentTarget.value)}
                    data-testid="designer-effective"
                  />
                </label>
                <button
                  type="submit"
                  class="primary"
                  // Only what the preview shows is saved: not while a newer change is still
                  // being previewed, nor when the rules typed last do not read.
                  disabled={
                    saving ||
                    change !== settled ||
                    error !== undefined ||
                    (settled.measures.length === 0 && settled.target_incentive === null)
                  }
                  data-testid="designer-save"
                >
                  Save as a new plan version
                </button>
                {saveError && (
                  <p class="status error" role="alert" data-testid="designer-save-error">
                    {saveError}
                  </p>
                )}
              </form>
              <table class="figures">
                <thead>
                  <tr>
                    <th>Seller</th>
                    <th class="num">Current</th>
                    <th class="num">Proposed</th>
                    <th class="num">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((r) => (
                    <tr key={r.id}>
                      <td>{r.name}</td>
                      <td class="num">{groupThousands(r.current)}</td>
                      <td class="num">{groupThousands(r.proposed)}</td>
                      <td class={`num ${direction(r.delta)}`}>{signed(r.delta)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {!error && (
            <Chart
              draw={() => api.planPreviewChart(settled, opened.version, dark)}
              version={`${props.version}:${opened.version}:${JSON.stringify(settled)}`}
              label="Earnings under the current and the proposed plan"
              testid="designer-chart"
            />
          )}
        </section>
        <OptimisePanel version={props.version} onChanged={props.onChanged} />
      </div>
    </div>
  );
}
