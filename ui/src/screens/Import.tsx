import { useState } from "preact/hooks";
import { api, errorText, isFailure } from "../api";
import type { ImportPreview } from "../bindings/ImportPreview";
import type { ImportRequest } from "../bindings/ImportRequest";
import { groupThousands } from "../format";
import { Working } from "../load";

type Fields = ImportRequest;

const EMPTY: Fields = { kind: "deals", map: "", stage: "", defaults: "", date_format: "" };

/**
 * Import: a CRM export (CSV or XLSX), a column mapping, a preview of what would change
 * or of every problem (row and column), then the commit as one transaction. A mapping
 * is remembered per file name; an import is undone like any change.
 */
export function Import(props: { onChanged: (message: string) => void }) {
  const [file, setFile] = useState<{ name: string; size: number } | undefined>();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [preview, setPreview] = useState<ImportPreview | undefined>();
  const [busy, setBusy] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  // When another Plansight is writing to the workspace, the same action can simply be tried again.
  const [retry, setRetry] = useState<(() => void) | undefined>();
  const request = (): ImportRequest | undefined => file && fields;
  // The file's bytes go to the Rust side once, raw; preview and import refer to them.
  const pick = async (f: File | undefined) => {
    setPreview(undefined);
    setError(undefined);
    setFile(undefined);
    if (!f) return;
    setBusy("Reading the file…");
    try {
      const size = await api.stageImport(f.name, new Uint8Array(await f.arrayBuffer()));
      setFile({ name: f.name, size });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(undefined);
    }
  };
  const run = (
    what: string,
    call: (r: ImportRequest) => Promise<ImportPreview>,
    after?: (p: ImportPreview) => void,
  ) => {
    const r = request();
    if (!r) return;
    setBusy(what);
    setError(undefined);
    setRetry(undefined);
    call(r)
      .then((p) => {
        setPreview(p);
        after?.(p);
      })
      .catch((e) => {
        setError(errorText(e));
        if (isFailure(e) && e.kind === "busy") setRetry(() => () => run(what, call, after));
      })
      .finally(() => setBusy(undefined));
  };
  const set = (k: keyof Fields) => (e: Event) => {
    setFields({ ...fields, [k]: (e.currentTarget as HTMLInputElement).value });
    setPreview(undefined);
  };
  return (
    <div class="layout">
      <section class="panel" aria-label="Import">
        <h2>Import a CRM export</h2>
        <form
          class="import-form"
          onSubmit={(e) => {
            e.preventDefault();
            run("Checking the file…", api.importPreview);
          }}
        >
          <label
            class="drop"
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              void pick(e.dataTransfer?.files[0]);
            }}
          >
            <span>
              {file ? `${file.name} · ${groupThousands(String(file.size))} bytes` : "Choose or drop a CSV or XLSX file"}
            </span>
            <input
              type="file"
              accept=".csv,.xlsx,text/csv"
              onChange={(e) => void pick(e.currentTarget.files?.[0])}
              data-testid="import-file"
            />
          </label>
          <div class="fields two">
            <label>
              <span>What it holds</span>
              <select value={fields.kind} onChange={set("kind")} data-testid="import-kind">
                <option value="deals">Deals (credit lines)</option>
                <option value="sellers">Sellers (roster)</option>
                <option value="prices">Price list (product, price, family)</option>
              </select>
            </label>
            <label>
              <span>Date format (empty: YYYY-MM-DD)</span>
              <input value={fields.date_format} onInput={set("date_format")} placeholder="%m/%d/%Y" />
            </label>
          </div>
          <label class="field">
            <span>
              Column mapping: our column = their column (empty: the file uses ours, or the mapping remembered for this
              file)
            </span>
            <input
              value={fields.map}
              onInput={set("map")}
              placeholder="id=opportunity_id,seller=sales_agent,amount=close_value,stage=deal_stage,close_date=close_date"
              data-testid="import-map"
            />
          </label>
          {fields.kind === "deals" && (
            <label class="field">
              <span>Stage values: theirs = ours (won, lost, open)</span>
              <input
                value={fields.stage}
                onInput={set("stage")}
                placeholder="Won=won,Lost=lost,Engaging=open,Prospecting=open"
                data-testid="import-stage"
              />
            </label>
          )}
          <label class="field">
            <span>Defaults for columns the export lacks</span>
            <input
              value={fields.defaults}
              onInput={set("defaults")}
              placeholder="deal_type=new"
              data-testid="import-defaults"
            />
          </label>
          <div class="actions">
            <button type="submit" disabled={!file || !!busy} data-testid="import-preview">
              Preview
            </button>
            <button
              type="button"
              class="primary"
              disabled={!preview?.ok || !!busy}
              onClick={() =>
                run(
                  "Importing…",
                  api.importCommit,
                  (p) => p.ok && props.onChanged(`Imported ${file?.name}: ${p.counts}`),
                )
              }
              data-testid="import-commit"
            >
              Import
            </button>
            {busy && <Working what={busy} />}
          </div>
        </form>
        {error && (
          <p class="status error" role="alert">
            {error}{" "}
            {retry && (
              <button type="button" onClick={retry} data-testid="import-retry">
                Try again
              </button>
            )}
          </p>
        )}
      </section>
      <section class="panel" aria-label="Import preview" aria-live="polite">
        <h2>Preview</h2>
        {!preview && <p class="sub">Choose a file and press Preview: nothing is written until you import.</p>}
        {preview && (
          <div data-testid="import-result">
            <p class={preview.ok ? "" : "error"}>
              <strong>
                {preview.ok
                  ? preview.counts
                  : `${preview.problems.length} ${preview.problems.length === 1 ? "problem" : "problems"}: nothing was written`}
              </strong>
            </p>
            {preview.mapping && <p class="sub">Mapping: {preview.mapping}</p>}
            {preview.problems.length > 0 && (
              <ul class="problems" data-testid="import-problems">
                {preview.problems.slice(0, 200).map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
                {preview.problems.length > 200 && <li>… and {preview.problems.length - 200} more</li>}
              </ul>
            )}
            {preview.findings.length > 0 && (
              <div class="import-findings" data-testid="import-findings">
                <p>
                  <strong>
                    Data health: this import would bring {preview.findings_count}{" "}
                    {preview.findings_count === 1 ? "finding" : "findings"}
                  </strong>{" "}
                  (the Health screen offers their fixes once imported)
                </p>
                <ul>
                  {preview.findings.slice(0, 50).map((f, i) => (
                    <li key={i} class={f.startsWith("error") ? "error" : ""}>
                      {f}
                    </li>
                  ))}
                  {preview.findings_count > 50 && <li>… and {preview.findings_count - 50} more</li>}
                </ul>
              </div>
            )}
            {preview.examples.length > 0 && (
              <ul class="sub">
                {preview.examples.map((e, i) => (
                  <li key={i}>{e}</li>
                ))}
              </ul>
            )}
            {preview.first.length > 0 && (
              <table class="figures">
                <thead>
                  <tr>
                    <th>Deal</th>
                    <th>Seller</th>
                    <th>Close date</th>
                    <th>Stage</th>
                    <th class="num">Amount</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.first.map((d) => (
                    <tr key={d.id + d.seller}>
                      <td>{d.id}</td>
                      <td>{d.seller}</td>
                      <td>{d.close_date}</td>
                      <td>{d.stage}</td>
                      <td class="num">{groupThousands(d.amount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        )}
      </section>
    </div>
  );
}
