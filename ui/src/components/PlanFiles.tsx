// A plan brought in as files: its TOML, and its document (Markdown, text, or PDF whose
// text is read on the Rust side). The first plan of a new workspace, or a new version.
import { useState } from "preact/hooks";
import { api, errorText } from "../api";

type Doc = { name: string; text: string | null; pdf: number[] | null };

export function PlanFiles(props: { onAdded: (message: string) => void; children?: preact.ComponentChildren }) {
  const [plan, setPlan] = useState<{ name: string; text: string } | undefined>();
  const [doc, setDoc] = useState<Doc | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  // Files are read as they are chosen; Add waits for them.
  const [reading, setReading] = useState(0);
  const read = async (f: () => Promise<void>) => {
    setReading((n) => n + 1);
    try {
      await f();
    } finally {
      setReading((n) => n - 1);
    }
  };
  const first = (input: HTMLInputElement) => input.files?.[0];
  const add = () => {
    if (!plan) return;
    setBusy(true);
    setError(undefined);
    api
      .addPlan(plan.name, plan.text, doc?.text ?? null, doc?.pdf ?? null)
      .then(props.onAdded)
      .catch((e) => setError(errorText(e)))
      .finally(() => setBusy(false));
  };
  return (
    <div class="plan-files">
      <label class="field">
        <span class="label">Plan (TOML)</span>
        <input
          type="file"
          accept=".toml,text/plain"
          data-testid="plan-file"
          onChange={(e) => {
            const f = first(e.currentTarget);
            read(async () => setPlan(f ? { name: f.name, text: await f.text() } : undefined));
          }}
        />
      </label>
      <label class="field">
        <span class="label">Plan document (optional: Markdown, text or PDF)</span>
        <input
          type="file"
          accept=".md,.markdown,.txt,.pdf,text/plain,text/markdown,application/pdf"
          data-testid="plan-document"
          onChange={(e) => {
            const f = first(e.currentTarget);
            read(async () => {
              if (!f) return setDoc(undefined);
              const pdf = f.name.toLowerCase().endsWith(".pdf");
              setDoc({
                name: f.name,
                text: pdf ? null : await f.text(),
                pdf: pdf ? Array.from(new Uint8Array(await f.arrayBuffer())) : null,
              });
            });
          }}
        />
      </label>
      {doc && (
        <p class="sub" data-testid="plan-document-chosen">
          {doc.name}
          {doc.pdf ? ": a PDF; its text will be read and kept as the plan document" : ""}
        </p>
      )}
      {error && (
        <p class="status error" role="alert" data-testid="plan-error">
          {error}
        </p>
      )}
      <div class="start-actions">
        <button
          type="button"
          class="primary"
          disabled={!plan || busy || reading > 0}
          onClick={add}
          data-testid="add-plan"
        >
          Add the plan
        </button>
        {props.children}
      </div>
    </div>
  );
}
