import { useRef, useState } from "preact/hooks";
import { api, errorText, isFailure } from "../api";
import type { ImportGuess } from "../bindings/ImportGuess";
import type { ImportPreview } from "../bindings/ImportPreview";
import type { ImportRequest } from "../bindings/ImportRequest";
import { groupThousands } from "../format";
import { Working } from "../load";

type Fields = ImportRequest;

const EMPTY: Fields = { kind: "deals", map: "", stage: "", defaults: "", date_format: "", chosen: null };

const STAGES = ["won", "lost", "open", "cancelled"];

/** What the dropdowns hold: the Plansight column of each export column, and the stage of each stage value. */
type Choices = { columns: string[]; stages: Record<string, string> };

function choicesOf(g: ImportGuess): Choices {
  const stages: Record<string, string> = {};
  for (const s of g.stages) stages[s.value] = s.stage;
  return { columns: g.columns.map((c) => c.ours), stages };
}

/**
 * The dropdowns as they are: every export column with the Plansight column it fills ("":
 * not imported) and every stage value with its stage. The Rust side takes them exactly
 * (names and values may hold commas or "="), and a file entirely in Plansight's shape
 * still goes to the store as it is (the fast path).
 */
function requestOf(fields: Fields, g: ImportGuess | undefined, c: Choices): ImportRequest {
  if (!g) return fields;
  const columns = g.columns.map((col, i) => ({ export: col.name, ours: c.columns[i] ?? "" }));
  const stageColumn = g.columns[c.columns.indexOf("stage")];
  const stages = (stageColumn?.values ?? [])
    .filter((v) => c.stages[v])
    .map((value) => ({ value, stage: c.stages[value] }));
  return { ...fields, map: "", stage: "", chosen: { columns, stages } };
}

/**
 * Import: a CRM export (CSV or XLSX), a column mapping, a preview of what would change
 * or of every problem (row and column), then the commit as one transaction. A mapping
 * is remembered per file name; an import is undone like any change.
 */
export function Import(props: { onChanged: (message: string) => void }) {
  const [file, setFile] = useState<{ name: string; size: number } | undefined>();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [guess, setGuess] = useState<ImportGuess | undefined>();
  const [choices, setChoices] = useState<Choices>({ columns: [], stages: {} });
  const [preview, setPreview] = useState<ImportPreview | undefined>();
  const [busy, setBusy] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  // When another Plansight is writing to the workspace, the same action can simply be tried again.
  const [retry, setRetry] = useState<(() => void) | undefined>();
  const request = (): ImportRequest | undefined => file && requestOf(fields, guess, choices);
  // The dropdowns start from the mapping remembered for the file, or a guess from it.
  const show = (kind: string, g: ImportGuess) => {
    setGuess(g);
    setChoices(choicesOf(g));
    setFields((f) => ({ ...f, kind, date_format: g.date_format, defaults: g.defaults }));
  };
  // Kinds chosen one after another: only the last one's guess is shown.
  const asked = useRef(0);
  const inspect = async (kind: string) => {
    const n = ++asked.current;
    setGuess(undefined);
    const g = await api.importGuess(kind);
    if (n === asked.current) show(kind, g);
  };
  // The file's bytes go to the Rust side once, raw; preview and import refer to them.
  const pick = async (f: File | undefined) => {
    setPreview(undefined);
    setError(undefined);
    setFile(undefined);
    setGuess(undefined);
    if (!f) return;
    setBusy("Reading the file…");
    try {
      const size = await api.stageImport(f.name, new Uint8Array(await f.arrayBuffer()));
      const g = await api.importGuess(fields.kind);
      // The file, its columns and a free Preview button appear together.
      setFile({ name: f.name, size });
      show(fields.kind, g);
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
    const value = (e.currentTarget as HTMLInputElement).value;
    setFields({ ...fields, [k]: value });
    setPreview(undefined);
    if (k === "kind" && file) inspect(value).catch((err) => setError(errorText(err)));
  };
  const choose = (i: number) => (e: Event) => {
    const columns = [...choices.columns];
    const value = (e.currentTarget as HTMLSelectElement).value;
    // One export column per Plansight column: choosing it here frees it elsewhere.
    for (let j = 0; j < columns.length; j++) if (value && columns[j] === value) columns[j] = "";
    columns[i] = value;
    setChoices({ ...choices, columns });
    setPreview(undefined);
  };
  const chooseStage = (v: string) => (e: Event) => {
    setChoices({ ...choices, stages: { ...choices.stages, [v]: (e.currentTarget as HTMLSelectElement).value } });
    setPreview(undefined);
  };
  const missing = guess ? guess.required.filter((r) => !choices.columns.includes(r)) : [];
  const stageAt = choices.columns.indexOf("stage");
  const stageValues = guess && stageAt >= 0 ? guess.columns[stageAt] : undefined;
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
            {guess && (
              <label>
                <span>Dates in the file look like</span>
                <select value={fields.date_format} onChange={set("date_format")} data-testid="import-date-format">
                  {guess.date_formats.map((d) => (
                    <option key={d.format} value={d.format}>
                      {d.example} ({d.format || "ISO"})
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
          {guess?.date_ambiguous && (
            <p class="sub" data-testid="import-date-note">
              No day in the file is above 12: check whether its dates are month first or day first.
            </p>
          )}
          {guess && (
            <table class="figures mapping" data-testid="import-columns">
              <caption class="sub">
                {guess.remembered
                  ? "The mapping remembered for this file; change any column."
                  : "Each column of the file, and the Plansight column it is taken for (guessed from its name)."}
              </caption>
              <thead>
                <tr>
                  <th>Column in the file</th>
                  <th>First values</th>
                  <th>Plansight column</th>
                </tr>
              </thead>
              <tbody>
                {guess.columns.map((c, i) => (
                  <tr key={c.name}>
                    <td>{c.name}</td>
                    <td class="sub">{c.examples.join(" · ")}</td>
                    <td>
                      <select
                        value={choices.columns[i]}
                        onChange={choose(i)}
                        aria-label={`Plansight column for ${c.name}`}
                        data-testid={`import-column-${i}`}
                      >
                        <option value="">(not imported)</option>
                        {guess.ours.map((o) => (
                          <option key={o} value={o}>
                            {o}
                            {guess.required.includes(o) ? " (required)" : ""}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {missing.length > 0 && (
            <p class="status error" data-testid="import-missing">
              Still to choose: {missing.join(", ")}
            </p>
          )}
          {fields.kind === "deals" && stageValues && stageValues.values.length > 0 && (
            <fieldset class="stages" data-testid="import-stages">
              <legend>Stages in “{stageValues.name}”</legend>
              {stageValues.values.map((v, i) => (
                <label key={v}>
                  <span>
                    {v} <span class="sub">({groupThousands(String(stageValues.counts[i]))} lines)</span>
                  </span>
                  <select value={choices.stages[v] ?? ""} onChange={chooseStage(v)} data-testid={`import-stage-${i}`}>
                    <option value="">choose…</option>
                    {STAGES.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
          )}
          <label class="field">
            <span>Values for empty cells (column=value)</span>
            <input
              value={fields.defaults}
              onInput={set("defaults")}
              placeholder="type=new"
              data-testid="import-defaults"
            />
          </label>
          <div class="actions">
            <button type="submit" disabled={!file || !guess || !!busy} data-testid="import-preview">
              Preview
            </button>
            <button
              type="button"
              class="primary"
              disabled={!preview?.ok || !guess || !!busy}
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
