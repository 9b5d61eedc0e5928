import { useState } from "preact/hooks";
import { api, errorText } from "../api";
import type { FindingView } from "../bindings/FindingView";
import type { FixPreview } from "../bindings/FixPreview";
import type { HealthView } from "../bindings/HealthView";
import { groupThousands, money } from "../format";
import { Loaded, useLoad, Working } from "../load";

/**
 * Health: the data-health findings (duplicates, misspellings, unknown sellers, unusual
 * amounts, …) grouped by kind, each with its lines, the explanation and the payout
 * change its fix makes (the engine's figures). A fix or a hold is one undoable change.
 */
export function Health(props: { version: number; onChanged: (message: string) => void }) {
  const health = useLoad(() => api.health(), [props.version]);
  return (
    <Loaded load={health} what="The health report">
      {(h) => <Report health={h} onChanged={props.onChanged} />}
    </Loaded>
  );
}

function Report(props: { health: HealthView; onChanged: (message: string) => void }) {
  const h = props.health;
  const [busy, setBusy] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const act = (what: string, call: () => Promise<string>) => {
    setBusy(what);
    setError(undefined);
    call()
      .then((m) => props.onChanged(m))
      .catch((e) => setError(errorText(e)))
      .finally(() => setBusy(undefined));
  };
  const fixable = h.groups.flatMap((g) => g.findings.filter((f) => f.fix !== ""));
  return (
    <div class="health">
      <section class="panel" aria-label="Health summary">
        <h2>Data health</h2>
        <p data-testid="health-summary">
          {h.errors === 0 && h.warnings === 0 && h.infos === 0
            ? "No findings: the data looks healthy."
            : `${h.errors} ${h.errors === 1 ? "error" : "errors"} (they move ${money(h.errors_at_stake, h.currency)} of payouts), ${h.warnings} ${h.warnings === 1 ? "warning" : "warnings"}, ${h.infos} for the plan designer.`}
        </p>
        <div class="actions">
          {fixable.length > 0 && (
            <button
              type="button"
              disabled={!!busy}
              onClick={() => act("Applying every fix…", () => api.applyFixes(fixable.map((f) => f.id)))}
              data-testid="health-fix-all"
            >
              Apply {fixable.length === 1 ? "the fix" : `all ${fixable.length} fixes`} shown
            </button>
          )}
          {busy && <Working what={busy} />}
        </div>
        {error && (
          <p class="status error" role="alert">
            {error}
          </p>
        )}
      </section>
      {h.groups.map((g) => (
        <section class="panel finding-group" key={g.kind} aria-label={g.title} data-kind={g.kind}>
          <h3>
            {g.title} <span class="sub">({g.findings.length + g.more})</span>
          </h3>
          {g.findings.map((f) => (
            <Finding
              key={f.id}
              finding={f}
              currency={h.currency}
              busy={!!busy}
              onApply={() => act("Applying the fix…", () => api.applyFixes([f.id]))}
              onHold={() => act("Holding the lines…", () => api.holdFinding(f.id))}
            />
          ))}
          {g.more > 0 && (
            <p class="sub">
              … and {g.more} more of this kind (the first {g.findings.length} are shown; fix them, or list all with
              plansight health)
            </p>
          )}
        </section>
      ))}
    </div>
  );
}

function Finding(props: {
  finding: FindingView;
  currency: string;
  busy: boolean;
  onApply: () => void;
  onHold: () => void;
}) {
  const f = props.finding;
  const [preview, setPreview] = useState<FixPreview | undefined>();
  const [error, setError] = useState<string | undefined>();
  const show = () =>
    api
      .fixPreview(f.id)
      .then(setPreview)
      .catch((e) => setError(errorText(e)));
  return (
    <article class={`finding ${f.severity}`} data-testid="finding" data-id={f.id}>
      <div class="finding-head">
        <span class={`badge ${f.severity}`}>{f.severity}</span>
        <span class="at-stake" data-testid="finding-at-stake">
          {f.at_stake === ""
            ? "at stake: not computed (preview the fix)"
            : `at stake ${money(f.at_stake, props.currency)}`}
        </span>
      </div>
      <p class="finding-text">{f.message}</p>
      <details>
        <summary>
          {f.lines.length + f.more_lines} {f.lines.length + f.more_lines === 1 ? "line" : "lines"}
        </summary>
        <table class="figures">
          <thead>
            <tr>
              <th>Deal</th>
              <th>Seller</th>
              <th>Account</th>
              <th>Product</th>
              <th>Close date</th>
              <th>Stage</th>
              <th class="num">Amount</th>
            </tr>
          </thead>
          <tbody>
            {f.lines.map((d) => (
              <tr key={d.id + d.seller}>
                <td>{d.id}</td>
                <td>{d.seller}</td>
                <td>{d.account}</td>
                <td>{d.product}</td>
                <td>{d.close_date}</td>
                <td>{d.hold ? `${d.stage} (held)` : d.stage}</td>
                <td class="num">{groupThousands(d.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {f.more_lines > 0 && <p class="sub">… and {f.more_lines} more</p>}
      </details>
      <div class="actions">
        <button type="button" onClick={show} data-testid="finding-preview">
          Preview fix
        </button>
        {f.fix !== "" && (
          <button
            type="button"
            class="primary"
            disabled={props.busy}
            onClick={props.onApply}
            data-testid="finding-apply"
          >
            Apply: {f.fix}
          </button>
        )}
        {f.can_hold && (
          <button type="button" disabled={props.busy} onClick={props.onHold} data-testid="finding-hold">
            Hold
          </button>
        )}
      </div>
      {error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <table class="figures" data-testid="fix-preview">
          <caption>{preview.description}</caption>
          <thead>
            <tr>
              <th>Seller</th>
              <th class="num">Before</th>
              <th class="num">After</th>
              <th class="num">Change</th>
            </tr>
          </thead>
          <tbody>
            {preview.sellers.map((s) => (
              <tr key={s.seller}>
                <td>{s.seller}</td>
                <td class="num">{money(s.before, props.currency)}</td>
                <td class="num">{money(s.after, props.currency)}</td>
                <td class="num">{money(s.change, props.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
