import { useState } from "preact/hooks";
import { errorText } from "../api";
import type { DealForm } from "../bindings/DealForm";
import type { DealRow } from "../bindings/DealRow";
import { StageSelect } from "./StageSelect";

/** The form of a deal as the deals table holds it (empty for a new, hypothetical deal). */
export function formOf(r: DealRow | undefined, seller: string): DealForm {
  return r
    ? {
        id: r.id,
        seller: r.seller,
        amount: r.amount,
        close_date: r.close_date,
        stage: r.stage,
        deal_type: r.deal_type,
        product: r.product,
        split_percent: r.split_percent,
        account: r.account,
        name: r.name,
      }
    : {
        id: "",
        seller,
        amount: "",
        close_date: "",
        stage: "open",
        deal_type: "new",
        product: "",
        split_percent: "100",
        account: "",
        name: "",
      };
}

const FIELDS: { key: keyof DealForm; label: string; hint?: string }[] = [
  { key: "id", label: "Deal id" },
  { key: "name", label: "Name" },
  { key: "account", label: "Account" },
  { key: "amount", label: "Amount", hint: "e.g. 120000.00" },
  { key: "close_date", label: "Close date", hint: "YYYY-MM-DD" },
  { key: "deal_type", label: "Deal type", hint: "new, expansion, renewal" },
  { key: "product", label: "Product" },
  { key: "split_percent", label: "Split %", hint: "100 for the whole deal" },
];

/**
 * Edits a deal (or adds one): the deals parser checks it on save, so a bad value gets
 * the same message as in an import and nothing is written. Pipeline deals can be won or
 * dropped in one click; every change can be undone.
 */
export function DealEditor(props: {
  original?: DealRow;
  seller: string;
  save: (original: string | null, form: DealForm) => Promise<string>;
  setStage: (deal: string, stage: "won" | "lost") => Promise<string>;
  remove: (deal: string) => Promise<string>;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState<DealForm>(formOf(props.original, props.seller));
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const run = (p: Promise<string>) => {
    setBusy(true);
    setError(undefined);
    p.then(props.onDone)
      .catch((e) => setError(errorText(e)))
      .finally(() => setBusy(false));
  };
  const o = props.original;
  return (
    <form
      class="deal-editor"
      aria-label={o ? `Edit deal ${o.id}` : "Add a hypothetical deal"}
      onSubmit={(e) => {
        e.preventDefault();
        run(props.save(o ? o.id : null, form));
      }}
    >
      <h3>{o ? `Deal ${o.id}` : "New hypothetical deal"}</h3>
      <div class="fields">
        {FIELDS.map((f) => (
          <label key={f.key}>
            <span>{f.label}</span>
            <input
              name={f.key}
              value={form[f.key]}
              placeholder={f.hint}
              onInput={(e) => setForm({ ...form, [f.key]: e.currentTarget.value })}
            />
          </label>
        ))}
        <StageSelect name="stage" value={form.stage} onChange={(stage) => setForm({ ...form, stage })} withCancelled />
      </div>
      {error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy} data-testid="save-deal">
          {o ? "Save deal" : "Add deal"}
        </button>
        {o?.stage === "open" && (
          <>
            <button
              type="button"
              disabled={busy}
              onClick={() => run(props.setStage(o.id, "won"))}
              data-testid="win-deal"
            >
              Win
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() => run(props.setStage(o.id, "lost"))}
              data-testid="drop-deal"
            >
              Drop
            </button>
          </>
        )}
        {o && (
          <button type="button" class="danger" disabled={busy} onClick={() => run(props.remove(o.id))}>
            Delete
          </button>
        )}
        <button type="button" onClick={props.onCancel}>
          Close
        </button>
      </div>
    </form>
  );
}
