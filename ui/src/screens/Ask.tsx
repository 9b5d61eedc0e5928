import { useEffect, useState } from "preact/hooks";
import { api, errorText } from "../api";
import type { AssistantAnswer } from "../bindings/AssistantAnswer";
import type { ModelStatus } from "../bindings/ModelStatus";

const EXAMPLES = [
  "How much have I earned?",
  "How far am I from the accelerator?",
  "What would a 200k deal closing in Q3 pay?",
  "What is the threshold?",
  "What will I be paid in Q3?",
  "What if all my pipeline closes?",
];

/**
 * Ask: questions about the plan, the deals and the payouts, answered offline. Every
 * figure comes from the engine (what-ifs run in memory, nothing is written) and every
 * rule is quoted from the plan document with its section.
 */
export function Ask(props: { seller: string; sellerName: string; version: number }) {
  const [question, setQuestion] = useState("");
  const [busy, setBusy] = useState(false);
  const [turns, setTurns] = useState<{ question: string; answer?: AssistantAnswer; error?: string; pieces?: number }[]>(
    [],
  );
  const [useModel, setUseModel] = useState(false);
  const [streaming, setStreaming] = useState("");
  // The conversation so far, as the last answer gave it: follow-ups ("and in Q3?") read
  // against it. A new seller starts a new conversation.
  const [context, setContext] = useState<string | null>(null);
  useEffect(() => setContext(null), [props.seller]);
  const send = (q: string, reading: string | null = null) => {
    const text = q.trim();
    if (!text) return;
    setBusy(true);
    setStreaming("");
    let pieces = 0;
    const call = useModel
      ? api.askWorded(props.seller, text, context, reading, (p) => {
          pieces += 1;
          setStreaming((s) => s + p);
        })
      : api.ask(props.seller, text, context, reading);
    call
      .then((answer) => {
        setContext(answer.context);
        setTurns((t) => [{ question: text, answer, pieces }, ...t]);
      })
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
          <input
            value={question}
            onInput={(e) => setQuestion(e.currentTarget.value)}
            placeholder="e.g. what would a 200k deal pay?"
            aria-label="Question"
            data-testid="ask-input"
          />
          <button type="submit" class="primary" disabled={busy || question.trim() === ""} data-testid="ask-send">
            Ask
          </button>
        </form>
        <label class="model-toggle">
          <input
            type="checkbox"
            checked={useModel}
            onChange={(e) => setUseModel(e.currentTarget.checked)}
            data-testid="ask-model"
          />{" "}
          Let the language model word the answers (its wording is kept only when it carries every figure of the engine's
          answer)
        </label>
        {context !== null && (
          <p class="sub">
            Follow-ups ("and in Q3?") read against the last question.{" "}
            <button
              type="button"
              class="link"
              disabled={busy}
              onClick={() => {
                setContext(null);
                setTurns([]);
              }}
              data-testid="ask-new"
            >
              Start a new conversation
            </button>
          </p>
        )}
        <p class="sub">
          Try:{" "}
          {EXAMPLES.map((x, i) => (
            <span key={x}>
              {i > 0 && " · "}
              <button type="button" class="link" onClick={() => send(x)}>
                {x}
              </button>
            </span>
          ))}
        </p>
        {busy && (
          <div class="streaming-row">
            <p class="status loading streaming" role="status" data-testid="ask-streaming">
              {streaming || "Working it out…"}
            </p>
            {useModel && (
              <button type="button" onClick={() => api.stopWording()} data-testid="ask-stop">
                Stop
              </button>
            )}
          </div>
        )}
        <ol class="turns" data-testid="ask-turns">
          {turns.map((t, i) => (
            <li key={turns.length - i}>
              <div class="q">{t.question}</div>
              {t.error && (
                <p class="status error" role="alert">
                  {t.error}
                </p>
              )}
              {t.answer && (
                <div
                  class="a"
                  data-testid="ask-answer"
                  data-intent={t.answer.intent}
                  data-wording={t.answer.wording}
                  data-pieces={t.pieces ?? 0}
                >
                  <p class="understood" data-testid="ask-understood">
                    Understood: {t.answer.understood}
                  </p>
                  <p>{t.answer.answer}</p>
                  {t.answer.readings.length > 0 && (
                    <p class="readings" data-testid="ask-readings">
                      {t.answer.readings.map((r) => (
                        <button
                          type="button"
                          class="link"
                          key={r.query}
                          disabled={busy}
                          onClick={() => send(r.words, r.query)}
                        >
                          {r.words}
                        </button>
                      ))}
                    </p>
                  )}
                  {t.answer.citations.length > 0 && <p class="sub">Cited: {t.answer.citations.join(", ")}</p>}
                  <p class="sub">
                    {t.answer.intent === "clarify"
                      ? "Choose one of these readings"
                      : "Every figure comes from the engine"}
                    {t.answer.wording === "model"
                      ? "; worded by the language model and checked against the figures."
                      : "."}
                    {t.answer.note && ` (The model was not used: ${t.answer.note}.)`}
                  </p>
                </div>
              )}
            </li>
          ))}
        </ol>
      </section>
      <ModelSettings />
    </div>
  );
}

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * Which language model words the answers: the bundled one (the default, which always
 * works) or a GGUF file the user already has. A new file must load before it is used;
 * the figures are the engine's whichever model words them.
 */
function ModelSettings() {
  const [status, setStatus] = useState<ModelStatus | null>(null);
  const [path, setPath] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  useEffect(() => {
    api
      .modelStatus()
      .then(setStatus)
      .catch((e) => setError(errorText(e)));
  }, []);
  const choose = (p: string | null) => {
    setBusy(true);
    setError("");
    api
      .useModelFile(p)
      .then((s) => {
        setStatus(s);
        setPath("");
      })
      .catch((e) => setError(errorText(e)))
      .finally(() => setBusy(false));
  };
  return (
    <section class="panel model-settings" aria-label="Language model" data-testid="model-settings">
      <h2>Language model</h2>
      {!status && !error && <p class="status loading">Loading the model…</p>}
      {status && (
        <>
          <p data-testid="model-in-use">
            {status.own_file ? (
              <>
                Your model: <strong>{fileName(status.own_file)}</strong>
              </>
            ) : (
              <>
                The bundled model: <strong>SmolLM2-135M-Instruct</strong>, checked by its SHA-256
              </>
            )}
          </p>
          {status.problem ? (
            <p class="status error" role="alert">
              {status.problem}. Answers keep the engine's own wording.
            </p>
          ) : (
            <p class="sub" data-testid="model-cpu">
              Loaded{status.loaded ? ` from ${status.loaded}` : ""}. CPU path:{" "}
              {status.cpu?.includes("AVX2") ? "fast" : "baseline"} ({status.cpu ?? "unknown"}).
            </p>
          )}
        </>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          choose(path);
        }}
      >
        <input
          value={path}
          onInput={(e) => setPath(e.currentTarget.value)}
          placeholder="/path/to/a-larger-model.gguf"
          aria-label="GGUF model file"
          data-testid="model-path"
        />
        <button type="submit" disabled={busy || path.trim() === ""} data-testid="model-use">
          Use this model
        </button>
      </form>
      <p class="sub">
        Any GGUF chat model you already have on this computer; nothing is downloaded. A larger model words answers
        better and more slowly.
      </p>
      {status?.own_file && (
        <button type="button" disabled={busy} onClick={() => choose(null)} data-testid="model-bundled">
          Back to the bundled model
        </button>
      )}
      {busy && (
        <p class="status loading" role="status">
          Loading the model…
        </p>
      )}
      {error && (
        <p class="status error" role="alert" data-testid="model-error">
          {error}
        </p>
      )}
    </section>
  );
}
