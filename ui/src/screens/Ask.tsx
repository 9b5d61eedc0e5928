import { useState } from "preact/hooks";
import { api, errorText } from "../api";
import type { AssistantAnswer } from "../bindings/AssistantAnswer";

const EXAMPLES = ["How much have I earned?", "How far am I from the accelerator?", "What would a 200k deal closing in Q3 pay?", "What is the threshold?", "What will I be paid in Q3?", "What if all my pipeline closes?"];

/**
 * Ask: questions about the plan, the deals and the payouts, answered offline. Every
 * figure comes from the engine (what-ifs run in memory, nothing is written) and every
 * rule is quoted from the plan document with its section.
 */
export function Ask(props: { seller: string; sellerName: string; version: number }) {
  const [question, setQuestion] = useState("");
  const [busy, setBusy] = useState(false);
  const [turns, setTurns] = useState<{ question: string; answer?: AssistantAnswer; error?: string; pieces?: number }[]>([]);
  const [useModel, setUseModel] = useState(false);
  const [streaming, setStreaming] = useState("");
  const send = (q: string) => {
    const text = q.trim();
    if (!text) return;
    setBusy(true);
    setStreaming("");
    let pieces = 0;
    const call = useModel
      ? api.askWorded(props.seller, text, (p) => {
          pieces += 1;
          setStreaming((s) => s + p);
        })
      : api.ask(props.seller, text);
    call
      .then((answer) => setTurns((t) => [{ question: text, answer, pieces }, ...t]))
      .catch((e) => setTurns((t) => [{ question: text, error: errorText(e) }, ...t]))
      .finally(() => {
        setBusy(false);
        setStreaming("");
        setQuestion("");
      });
  };
  return (
    <div class="layout ask-layout">
      <section class="panel" aria-label="Ask">
        <h2>Ask about {props.sellerName}'s plan</h2>
        <form
          class="ask-form"
          onSubmit={(e) => {
            e.preventDefault();
            send(question);
          }}
        >
          <input value={question} onInput={(e) => setQuestion(e.currentTarget.value)} placeholder="e.g. what would a 200k deal pay?" aria-label="Question" data-testid="ask-input" />
          <button type="submit" class="primary" disabled={busy || question.trim() === ""} data-testid="ask-send">Ask</button>
        </form>
        <label class="model-toggle">
          <input type="checkbox" checked={useModel} onChange={(e) => setUseModel(e.currentTarget.checked)} data-testid="ask-model" /> Let the bundled
          language model word the answers (its wording is kept only when it carries every figure of the engine's answer)
        </label>
        <p class="sub">
          Try:{" "}
          {EXAMPLES.map((x, i) => (
            <span key={x}>
              {i > 0 && " · "}
              <button type="button" class="link" onClick={() => send(x)}>{x}</button>
            </span>
          ))}
        </p>
        {busy && (
          <p class="status loading streaming" role="status" data-testid="ask-streaming">
            {streaming || "Working it out…"}
          </p>
        )}
        <ol class="turns" data-testid="ask-turns">
          {turns.map((t, i) => (
            <li key={turns.length - i}>
              <div class="q">{t.question}</div>
              {t.error && <p class="status error" role="alert">{t.error}</p>}
              {t.answer && (
                <div class="a" data-testid="ask-answer" data-intent={t.answer.intent} data-wording={t.answer.wording} data-pieces={t.pieces ?? 0}>
                  <p>{t.answer.answer}</p>
                  {t.answer.citations.length > 0 && <p class="sub">Cited: {t.answer.citations.join(", ")}</p>}
                  <p class="sub">
                    Understood as {t.answer.intent.replace(/_/g, " ")}; every figure comes from the engine
                    {t.answer.wording === "model" ? "; worded by the bundled model and checked against the figures." : "."}
                    {t.answer.note && ` (The model was not used: ${t.answer.note}.)`}
                  </p>
                </div>
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
