import { useEffect, useRef } from "preact/hooks";
import type { ClauseView } from "../bindings/ClauseView";
import type { DocumentView } from "../bindings/DocumentView";
import type { SpanView } from "../bindings/SpanView";

/** Spans of text with their emphasis, read by the Rust side; always text, never markup. */
function Spans(props: { spans: SpanView[] }) {
  return (
    <>
      {props.spans.map((s, i) =>
        s.strong ? <strong key={i}>{s.text}</strong> : s.emphasis ? <em key={i}>{s.text}</em> : s.text,
      )}
    </>
  );
}

function Clause(props: { clause: ClauseView }) {
  const c = props.clause;
  return (
    <>
      {c.spans.length > 0 && (
        <p>
          <Spans spans={c.spans} />
        </p>
      )}
      {c.table && (
        <table class="figures doc-table">
          <thead>
            <tr>
              {c.table.header.map((h, i) => (
                <th key={i}>
                  <Spans spans={h} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.table.rows.map((r, i) => (
              <tr key={i}>
                {r.map((cell, j) => (
                  <td key={j}>
                    <Spans spans={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** The plan document, with the clause of the chosen rule highlighted and scrolled to. */
export function PlanDocument(props: { doc: DocumentView; at?: { section: number; clause: number } }) {
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
        {props.doc.sections.map((s, si) => (
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
                  <Clause clause={c} />
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </section>
  );
}
