import { render } from "preact";
import { App } from "./App";
import "./styles.css";

const found = document.getElementById("app");
if (!found) throw new Error("index.html has no element with id 'app'");
const root: HTMLElement = found;

/** An error nobody caught is shown in words rather than leaving a frozen screen. */
function showFatal(what: unknown) {
  const text = (what instanceof Error ? what.message : String(what)).replace(/\.+$/, "");
  const box = document.createElement("div");
  box.className = "status error";
  box.setAttribute("role", "alert");
  box.textContent = `Plansight hit an unexpected error: ${text}. Restart the app; if it happens again, report it with this message.`;
  root.replaceChildren(box);
}
window.addEventListener("error", (e) => showFatal(e.error ?? e.message));
window.addEventListener("unhandledrejection", (e) => showFatal(e.reason));

render(<App />, root);
