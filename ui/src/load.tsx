// Loading state of anything fetched from the Rust side, shown the same way everywhere:
// a status that appears only after 200 ms (so quick answers do not flicker), or the
// error in words.
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { errorText } from "./api";

export type Load<T> = { state: "loading" } | { state: "ready"; value: T } | { state: "error"; message: string };

/** Runs `fetch` whenever `deps` change; answers of superseded runs are dropped. */
export function useLoad<T>(fetch: () => Promise<T>, deps: unknown[]): Load<T> {
  const [load, setLoad] = useState<Load<T>>({ state: "loading" });
  useEffect(() => {
    let live = true;
    setLoad((l) => (l.state === "ready" ? l : { state: "loading" }));
    fetch()
      .then((value) => live && setLoad({ state: "ready", value }))
      .catch((e) => live && setLoad({ state: "error", message: errorText(e) }));
    return () => {
      live = false;
    };
  }, deps);
  return load;
}

/** "Loading…" after 200 ms (CSS delays it), or the error, or the children. */
export function Loaded<T>(props: { load: Load<T>; what: string; children: (value: T) => ComponentChildren }) {
  const l = props.load;
  if (l.state === "error")
    return (
      <p class="status error" role="alert">
        {props.what} could not be shown: {l.message}
      </p>
    );
  if (l.state === "loading")
    return (
      <p class="status loading" role="status">
        Loading {props.what.toLowerCase()}…
      </p>
    );
  return <>{props.children(l.value)}</>;
}

/** A progress note for work the user waits on: it appears after 200 ms (CSS delays it) and counts the seconds. */
export function Working(props: { what: string }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const tick = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(tick);
  }, [props.what]);
  return (
    <span class="status loading" role="status" data-testid="working">
      {props.what}
      {seconds > 0 && ` ${seconds} s`}
    </span>
  );
}
