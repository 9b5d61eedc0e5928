import { useCallback, useEffect, useState } from "preact/hooks";
import { api, errorText } from "./api";
import type { Overview } from "./bindings/Overview";
import { compareDecimal, money } from "./format";
import type { WorkspaceState } from "./bindings/WorkspaceState";
import { FileMenu } from "./components/FileMenu";
import { Tour } from "./components/Tour";
import { Loaded, useLoad } from "./load";
import { Deals } from "./screens/Deals";
import { Designer } from "./screens/Designer";
import { Ask } from "./screens/Ask";
import { Health } from "./screens/Health";
import { Import } from "./screens/Import";
import { MyPlan } from "./screens/MyPlan";
import { Simulator } from "./screens/Simulator";
import { FirstPlan, Start } from "./screens/Start";
import { Team } from "./screens/Team";

const TABS = [
  { id: "plan", label: "My plan" },
  { id: "deals", label: "Deals" },
  { id: "simulator", label: "Simulator" },
  { id: "team", label: "Team" },
  { id: "designer", label: "Plan designer" },
  { id: "import", label: "Import" },
  { id: "health", label: "Health" },
  { id: "ask", label: "Ask" },
] as const;
type Tab = (typeof TABS)[number]["id"];

/** Whether a key press belongs to a text field (its own undo, its own typing). */
function inField(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
}

/** Where the tour's "seen" mark is kept (the webview's own storage, in the app's data folder). */
const TOUR_SEEN = "plansight.tour-seen";

/**
 * The window: the start screen when no workspace is open (or the last one failed to
 * open), the plan step of a new workspace, or the screens of the open one.
 */
export function App() {
  const [state, setState] = useState<WorkspaceState | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  // Counts the workspaces opened: the screens start afresh for each.
  const [opened, setOpened] = useState(0);
  const [tour, setTour] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  useEffect(() => {
    api
      .workspaceState()
      .then((s) => {
        setState(s);
        document.title = s.title;
      })
      .catch((e) => setFailure(errorText(e)));
  }, []);
  const onState = useCallback((s: WorkspaceState, sample = false) => {
    // A dialog cancelled leaves the same workspace open: its screens keep their state.
    setState((was) => {
      if (!was || was.path !== s.path || was.status !== s.status) {
        setOpened((n) => n + 1);
        setMessage(undefined);
      }
      return s;
    });
    document.title = s.title;
    if (sample && s.status === "ready" && !localStorage.getItem(TOUR_SEEN)) setTour(true);
  }, []);
  const close = () =>
    api
      .closeWorkspace()
      .then((s) => onState(s))
      .catch((e) => setFailure(errorText(e)));
  if (failure)
    return (
      <div class="status error" role="alert">
        Plansight could not start: {failure}
      </div>
    );
  if (!state)
    return (
      <div class="status" role="status">
        Starting…
      </div>
    );
  if (state.status === "needs_plan")
    return (
      <FirstPlan
        state={state}
        onAdded={(m) => {
          api
            .workspaceState()
            .then((s) => {
              onState(s);
              setMessage(m);
            })
            .catch((e) => setFailure(errorText(e)));
        }}
        onClose={close}
      />
    );
  if (state.status !== "ready") return <Start state={state} onState={onState} />;
  return <Screens key={opened} first={message} tour={tour} onTour={setTour} onState={onState} onClose={close} />;
}

function Screens(props: {
  first: string | undefined;
  tour: boolean;
  onTour: (on: boolean) => void;
  onState: (s: WorkspaceState) => void;
  onClose: () => void;
}) {
  // `version` counts the changes to the workspace: every screen reloads when it moves.
  const [version, setVersion] = useState(0);
  const overview = useLoad(() => api.overview(), [version]);
  const health = useLoad(() => api.healthSummary(), [version]);
  const [tab, setTab] = useState<Tab>("plan");
  // A deal the coaching list opened in the simulator (counted, so the same deal opens again).
  const [focus, setFocus] = useState<{ deal: string; n: number } | undefined>();
  const [seller, setSeller] = useState<string | undefined>();
  const [message, setMessage] = useState<{ text: string; error?: boolean } | undefined>(
    props.first ? { text: props.first } : undefined,
  );

  useEffect(() => {
    if (overview.state !== "ready" || (seller && overview.value.sellers.some((s) => s.id === seller))) return;
    const top = [...overview.value.sellers].sort((a, b) => compareDecimal(b.total, a.total))[0];
    if (top) setSeller(top.id);
  }, [overview]);

  const changed = useCallback((text: string) => {
    setMessage({ text });
    setVersion((v) => v + 1);
  }, []);
  const step = useCallback((which: "undo" | "redo") => {
    (which === "undo" ? api.undo() : api.redo())
      .then((m) => {
        setMessage({ text: m ?? (which === "undo" ? "Nothing to undo." : "Nothing to redo.") });
        if (m) setVersion((v) => v + 1);
      })
      .catch((e) => setMessage({ text: errorText(e), error: true }));
  }, []);

  // Another process (the CLI, a second window) may change the workspace: look every two
  // seconds and when the window gets focus; every screen reloads when it did.
  useEffect(() => {
    const look = () =>
      api
        .workspaceChanged()
        .then((changed) => {
          if (changed) {
            setMessage({ text: "The workspace was changed elsewhere; the figures were read again." });
            setVersion((v) => v + 1);
          }
        })
        .catch(() => {});
    const every = setInterval(look, 2000);
    window.addEventListener("focus", look);
    return () => {
      clearInterval(every);
      window.removeEventListener("focus", look);
    };
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !inField(e) && e.key.toLowerCase() === "z") {
        e.preventDefault();
        step(e.shiftKey ? "redo" : "undo");
      } else if (mod && !inField(e) && e.key.toLowerCase() === "y") {
        e.preventDefault();
        step("redo");
      } else if (e.altKey && /^[1-8]$/.test(e.key)) {
        e.preventDefault();
        setTab(TABS[Number(e.key) - 1].id);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [step]);

  if (overview.state === "error")
    return (
      <div class="status error" role="alert">
        The workspace could not be opened: {overview.message}{" "}
        <button type="button" onClick={props.onClose} data-testid="close-broken">
          Back to the start screen
        </button>
      </div>
    );
  if (overview.state === "loading")
    return (
      <div class="status" role="status">
        Loading the workspace…
      </div>
    );
  const o: Overview = overview.value;
  const current = o.sellers.find((s) => s.id === seller);
  return (
    <div class="app">
      <header class="topbar">
        <FileMenu
          seller={seller}
          sellerName={current?.name}
          onState={props.onState}
          onMessage={(text, error) => setMessage({ text, error })}
          onChanged={changed}
          onTour={() => props.onTour(true)}
        />
        <div class="plan">
          <span class="plan-name" data-testid="plan-name">
            {o.plan.name}
          </span>
          <span class="sub">
            {o.plan.start} – {o.plan.end} · as of {o.as_of} · team {money(o.team_total, o.plan.currency)}
          </span>
        </div>
        <label class="seller-pick">
          <span class="label">Seller</span>
          <select value={seller} onChange={(e) => setSeller(e.currentTarget.value)} data-testid="seller-pick">
            {[...o.sellers]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
          </select>
        </label>
        <div class="team-total">
          <span class="label">{current ? `${current.name}'s earnings` : "Team earnings"}</span>
          <span class="value" data-testid="team-total">
            {money(current ? current.total : o.team_total, o.plan.currency)}
          </span>
        </div>
        {health.state === "ready" && health.value.errors > 0 && (
          <button
            type="button"
            class="health-badge"
            onClick={() => setTab("health")}
            title="Data health: findings that will pay wrongly"
            data-testid="health-badge"
          >
            {health.value.errors} data {health.value.errors === 1 ? "error" : "errors"} ·{" "}
            {money(health.value.errors_at_stake, health.value.currency)} at stake
          </button>
        )}
        <div class="undo">
          <button type="button" onClick={() => step("undo")} title="Undo (Ctrl+Z)" data-testid="undo">
            Undo
          </button>
          <button type="button" onClick={() => step("redo")} title="Redo (Ctrl+Shift+Z)" data-testid="redo">
            Redo
          </button>
          <History version={version} />
        </div>
      </header>
      <div class="tabs" role="tablist" aria-label="Screens">
        {TABS.map((t, i) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            class={tab === t.id ? "active" : ""}
            onClick={() => setTab(t.id)}
            title={`Alt+${i + 1}`}
            data-tab={t.id}
          >
            {t.label}
          </button>
        ))}
        {message && (
          <span class={message.error ? "message error" : "message"} role="status" data-testid="message">
            {message.text}
            <button type="button" class="link" aria-label="Dismiss" onClick={() => setMessage(undefined)}>
              ×
            </button>
          </span>
        )}
      </div>
      {o.warnings.length > 0 && tab === "plan" && (
        <details class="warnings">
          <summary>
            {o.warnings.length} data {o.warnings.length === 1 ? "warning" : "warnings"}
          </summary>
          <ul>
            {o.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      )}
      {props.tour && (
        <Tour
          onStep={(t) => setTab(t as Tab)}
          onDone={() => {
            localStorage.setItem(TOUR_SEEN, "1");
            props.onTour(false);
          }}
        />
      )}
      <main role="tabpanel" data-screen={tab}>
        {seller && tab === "plan" && (
          <MyPlan
            overview={o}
            seller={seller}
            version={version}
            onWhatIf={(deal) => {
              setFocus((f) => ({ deal, n: (f?.n ?? 0) + 1 }));
              setTab("simulator");
            }}
          />
        )}
        {seller && tab === "deals" && (
          <Deals seller={seller} currency={o.plan.currency} version={version} onChanged={changed} />
        )}
        {seller && tab === "simulator" && (
          <Simulator overview={o} seller={seller} version={version} onChanged={changed} focus={focus} />
        )}
        {tab === "team" && (
          <Team
            currency={o.plan.currency}
            version={version}
            onSeller={(id) => {
              setSeller(id);
              setTab("plan");
            }}
          />
        )}
        {tab === "designer" && <Designer plan={o.plan} version={version} onChanged={changed} />}
        {tab === "import" && <Import onChanged={changed} />}
        {tab === "health" && <Health version={version} onChanged={changed} />}
        {seller && tab === "ask" && <Ask seller={seller} sellerName={current?.name ?? seller} version={version} />}
      </main>
    </div>
  );
}

/** The newest changes of the workspace (undone ones marked). */
function History(props: { version: number }) {
  const [open, setOpen] = useState(false);
  const list = useLoad(() => (open ? api.history() : Promise.resolve([])), [open, props.version]);
  return (
    <details class="history" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>History</summary>
      <div class="history-list">
        <Loaded load={list} what="The history">
          {(entries) => (
            <ol>
              {entries.map((h) => (
                <li key={h.id} class={h.state}>
                  <span class="sub">
                    {h.at} · {h.who}
                  </span>
                  <div>
                    {h.summary}
                    {h.state === "undone" ? " (undone)" : ""}
                  </div>
                </li>
              ))}
            </ol>
          )}
        </Loaded>
      </div>
    </details>
  );
}
