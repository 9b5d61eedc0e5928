import { useEffect, useRef } from "preact/hooks";
import type { Section } from "../document";

/** Inline **bold** and *italic* as elements; everything else stays text. */
function inline(text: string) {
  return text
    .split(/(\*\*[^*]+\*\*|\*[^*]+\*)/)
    .map((part, i) =>
      part.startsWith("**") ? (
        <strong key={i}>{part.slice(2, -2)}</strong>
      ) : part.startsWith("*") && part.length > 2 ? (
        <em key={i}>{part.slice(1, -1)}</em>
      ) : (
        part
      ),
    );
}

function Clause(props: { text: string }) {
  const lines = props.text.split("\n");
  if (lines.every((l) => l.trim().startsWith("|"))) {
    const cells = (l: string) =>
      l
        .trim()
        .replace(/^\||\|$/g, "")
        .split("|")
        .map((c) => c.trim());
    const rows = lines.filter((l) => !/^\|?\s*:?-{3,}/.test(l.trim()));
    return (
      <table class="figures doc-table">
        <thead>
          <tr>
            {cells(rows[0]).map((c) => (
              <th key={c}>{inline(c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(1).map((r, i) => (
            <tr key={i}>
              {cells(r).map((c, j) => (
                <td key={j}>{inline(c)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return <p>{inline(props.text.replace(/\n/g, " "))}</p>;
}

/** The plan document, with the clause of the chosen rule highlighted and scrolled to. */
export function PlanDocument(props: { doc: Section[]; at?: { section: number; clause: number } }) {
  const marked = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Scroll the document's own box, not the window, so the rule clicked stays in view.
    const m = marked.current;
    const b = body.current;
    if (m && b) b.scrollTop = m.offsetTop - 24;
  }, [props.at?.section, props.at?.clause]);
  return (
    <section class="panel document" aria-label="Plan document">
      <h2>Plan document</h2>
      <div class="doc-body" ref={body}>
        {props.doc.map((s, si) => (
          <div key={si} class="doc-section">
            {s.heading && <h3>{s.heading}</h3>}
            {s.clauses.map((c, ci) => {
              const on = props.at?.section === si && props.at?.clause === ci;
              return (
                <div
                  key={ci}
                  ref={on ? marked : undefined}
                  class={on ? "clause marked" : "clause"}
                  data-testid={on ? "marked-clause" : undefined}
                >
                  <Clause text={c} />
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </section>
  );
}
