import { useEffect, useState } from "preact/hooks";
import { api } from "./api";
import type { Overview } from "./bindings/Overview";
import type { SellerDetail } from "./bindings/SellerDetail";
import { PlanRules } from "./components/PlanRules";
import { SellerPanel } from "./components/SellerPanel";
import { TeamTable } from "./components/TeamTable";
import { money } from "./format";

type Load<T> = { state: "loading" } | { state: "ready"; value: T } | { state: "error"; message: string };

function errorText(e: unknown): string {
  return typeof e === "string" ? e : e instanceof Error ? e.message : JSON.stringify(e);
}

export function App() {
  const [overview, setOverview] = useState<Load<Overview>>({ state: "loading" });
  const [selected, setSelected] = useState<string | undefined>();
  const [detail, setDetail] = useState<Load<SellerDetail> | undefined>();

  useEffect(() => {
    api
      .overview()
      .then((o) => {
        setOverview({ state: "ready", value: o });
        const top = [...o.sellers].sort((a, b) => b.total.localeCompare(a.total, undefined, { numeric: true }))[0];
        if (top) setSelected(top.id);
      })
      .catch((e) => setOverview({ state: "error", message: errorText(e) }));
  }, []);

  useEffect(() => {
    if (!selected) return;
    setDetail({ state: "loading" });
    api
      .sellerDetail(selected)
      .then((d) => setDetail({ state: "ready", value: d }))
      .catch((e) => setDetail({ state: "error", message: errorText(e) }));
  }, [selected]);

  if (overview.state === "loading") return <div class="status" role="status">Loading the workspace…</div>;
  if (overview.state === "error")
    return (
      <div class="status error" role="alert">
        The workspace could not be opened: {overview.message}
      </div>
    );
  const o = overview.value;
  const names = Object.fromEntries(o.plan.measures.map((m) => [m.id, m.name]));
  return (
    <div class="app">
      <header class="topbar">
        <div class="brand">Plansight</div>
        <div class="plan">
          <span class="plan-name" data-testid="plan-name">{o.plan.name}</span>
          <span class="sub">
            {o.plan.start} – {o.plan.end} · as of {o.as_of}
          </span>
        </div>
        <div class="team-total">
          <span class="label">Team earnings</span>
          <span class="value" data-testid="team-total">{money(o.team_total, o.plan.currency)}</span>
        </div>
      </header>
      <main class="layout">
        <section class="panel team-panel" aria-label="Team">
          <h2>Team · {o.sellers.length} sellers</h2>
          <TeamTable sellers={o.sellers} currency={o.plan.currency} selected={selected} onSelect={setSelected} />
          {o.warnings.length > 0 && (
            <details class="warnings">
              <summary>{o.warnings.length} data {o.warnings.length === 1 ? "warning" : "warnings"}</summary>
              <ul>{o.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
            </details>
          )}
        </section>
        <div class="side">
          {detail?.state === "ready" && <SellerPanel detail={detail.value} currency={o.plan.currency} measureNames={names} />}
          {detail?.state === "loading" && <div class="panel status" role="status">Loading…</div>}
          {detail?.state === "error" && <div class="panel status error" role="alert">{detail.message}</div>}
          <PlanRules plan={o.plan} />
        </div>
      </main>
    </div>
  );
}
