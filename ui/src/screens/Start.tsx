// The start screen (no workspace open, or the last one could not be opened) and the
// first step of a new workspace: its plan.
import { useState } from "preact/hooks";
import { api, errorText } from "../api";
import type { WorkspaceState } from "../bindings/WorkspaceState";
import { PlanAuthor } from "../components/PlanAuthor";
import { PlanFiles } from "../components/PlanFiles";

/** New, Open…, the recent workspaces and the sample; the store's message when opening failed. */
export function Start(props: { state: WorkspaceState; onState: (s: WorkspaceState, sample?: boolean) => void }) {
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const run = (f: () => Promise<WorkspaceState>, sample = false) => {
    setBusy(true);
    setError(undefined);
    f()
      .then((s) => props.onState(s, sample))
      .catch((e) => setError(errorText(e)))
      .finally(() => setBusy(false));
  };
  const s = props.state;
  return (
    <div class="start" data-testid="start">
      <h1>Plansight</h1>
      <p class="sub">See what your compensation plan pays, deal by deal. Everything stays on this computer.</p>
      {s.status === "failed" && s.failure && (
        <p class="status error" role="alert" data-testid="open-failure">
          {s.name ?? "The workspace"} could not be opened: {errorText(s.failure)}
        </p>
      )}
      {error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}
      <div class="start-actions">
        <button
          type="button"
          class="primary"
          disabled={busy}
          onClick={() => run(api.newWorkspace)}
          data-testid="new-workspace"
        >
          New workspace…
        </button>
        <button type="button" disabled={busy} onClick={() => run(api.openWorkspace)} data-testid="open-workspace">
          Open…
        </button>
        <button type="button" disabled={busy} onClick={() => run(api.trySample, true)} data-testid="try-sample">
          Try the sample
        </button>
      </div>
      {s.recent.length > 0 && (
        <section class="recent">
          <h2>Recent workspaces</h2>
          <ul>
            {s.recent.map((r) => (
              <li key={r.path}>
                <button
                  type="button"
                  class="link"
                  disabled={busy || !r.exists}
                  onClick={() => run(() => api.openRecent(r.path))}
                  title={r.exists ? r.path : `${r.path} is no longer there`}
                  data-testid="recent"
                >
                  {r.name}
                </button>
                <span class="sub"> {r.exists ? r.path : "(moved or deleted)"}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** A workspace without a plan: bring the plan (TOML) and its document. */
export function FirstPlan(props: { state: WorkspaceState; onAdded: (message: string) => void; onClose: () => void }) {
  const [authoring, setAuthoring] = useState(false);
  if (authoring)
    return (
      <div class="authoring">
        <p class="sub">{props.state.name}: write the plan here; deals come next, on the Import screen.</p>
        <PlanAuthor onSaved={props.onAdded} onCancel={() => setAuthoring(false)} />
      </div>
    );
  return (
    <div class="start" data-testid="first-plan">
      <h1>{props.state.name}</h1>
      <p class="sub">{props.state.path}</p>
      <h2>Start with your plan</h2>
      <p>
        A workspace holds one compensation plan (and its later versions) with the deals it pays. Choose the plan's file
        (<code>.toml</code>, in the plan language) and, if you have it, the plan document (Markdown, text or PDF) whose
        clauses the app cites. Deals come next, on the Import screen.
      </p>
      <PlanFiles onAdded={props.onAdded}>
        <button type="button" onClick={() => setAuthoring(true)} data-testid="author-first">
          Or write one here…
        </button>
        <button type="button" onClick={props.onClose}>
          Back to the start screen
        </button>
      </PlanFiles>
    </div>
  );
}
