// The app under test: the real binary in a real WebKitGTK window (under Xvfb), driven
// through tauri-driver and WebKitWebDriver, on a workspace file of the test's own.
// Every wait is for a condition, never a fixed sleep.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import net from "node:net";
import assert from "node:assert/strict";
import { Session } from "./webdriver.mjs";

export const SHOTS = new URL("./screenshots/", import.meta.url).pathname;

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts the app on `workspace` (null: none, as a user starts it; the start screen on
 * a first run) with `env` added to its environment, and sets its window to `size` (null:
 * the size the app chose); returns the page helpers and `stop`. The app's data directory
 * is a fresh temporary one unless `env` names one (XDG_DATA_HOME), so tests never touch
 * the user's remembered window. `app` is the binary (default: PLANSIGHT_APP). */
export async function startApp(workspace, env = {}, size = [1280, 800], app = process.env.PLANSIGHT_APP) {
  assert.ok(app, "PLANSIGHT_APP must name the app binary");
  const port = await freePort();
  const nativePort = await freePort();
  const driver = spawn("tauri-driver", ["--port", String(port), "--native-port", String(nativePort), "--native-driver", "/usr/bin/WebKitWebDriver"], {
    stdio: ["ignore", "inherit", "inherit"],
    // Its own process group, so that WebKitWebDriver and the app go down with it.
    detached: true,
    env: appEnv(workspace, env),
  });
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 20000;
  for (;;) {
    try {
      await fetch(base + "/status");
      break;
    } catch (e) {
      if (Date.now() > until) throw new Error("tauri-driver did not start");
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const session = await Session.start(base, app);
  // The window size, set explicitly: under Xvfb no window manager does it.
  if (size) await session.setWindowRect(size[0], size[1]);
  mkdirSync(SHOTS, { recursive: true });
  return new Page(session, driver);
}

function appEnv(workspace, env) {
  const all = { ...process.env, XDG_DATA_HOME: mkdtempSync(join(tmpdir(), "plansight-e2e-data-")), ...env };
  if (workspace === null) delete all.PLANSIGHT_WORKSPACE;
  else all.PLANSIGHT_WORKSPACE = workspace;
  for (const [k, v] of Object.entries(all)) if (v === undefined) delete all[k];
  return all;
}

/** What a person does with the window, in the app's own terms. */
export class Page {
  constructor(session, driver) {
    this.session = session;
    this.driver = driver;
  }

  async stop() {
    await this.session.end().catch(() => {});
    try {
      process.kill(-this.driver.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }

  /** The text of the first element matching `css` (waits until it has some). */
  textOf(css, what = css) {
    return this.session.waitFor(what, async () => (await this.session.text(await this.session.find(css))) || undefined);
  }

  /** Waits until the text of `css` passes `test`; returns it. */
  waitText(css, test, what) {
    return this.session.waitFor(what, async () => {
      const t = await this.session.text(await this.session.find(css));
      return test(t) ? t : undefined;
    });
  }

  /** Waits until `css` matches `n` elements (or at least one when `n` is undefined). */
  count(css, n, what = css) {
    return this.session.waitFor(what, async () => {
      const r = await this.session.findAll(css);
      return (n === undefined ? r.length > 0 : r.length === n) ? r : undefined;
    });
  }

  /** Sets a field as a person would: its value, then the event Preact listens to. */
  async setField(css, value, event = "input") {
    const el = await this.session.waitFor(css, () => this.session.find(css));
    await this.session.run(
      `const e = arguments[0]; e.focus(); e.value = ${JSON.stringify(value)}; e.dispatchEvent(new Event(${JSON.stringify(event)}, { bubbles: true }));`,
      el,
    );
  }

  async click(css) {
    await this.session.click(await this.session.waitFor(css, () => this.session.find(css)));
  }

  async openTab(id) {
    await this.click(`[data-tab=${id}]`);
    await this.session.waitFor(`the ${id} screen`, async () => (await this.session.findAll(`main[data-screen=${id}]`)).length > 0);
  }

  /** Waits until the screen has loaded everything it asked for (no loading notes). */
  settled(what) {
    return this.session.waitFor(`${what} loaded`, async () => ((await this.script(`return document.querySelectorAll("main .panel").length > 0 && document.querySelectorAll("main .loading").length === 0`)) ? true : undefined));
  }

  /** Waits for a chart's SVG (drawn in Rust) to contain `needle`. */
  chartShows(testid, needle) {
    return this.waitText(`[data-testid=${testid}] svg`, (t) => t.includes(needle), `the ${testid} chart showing ${needle}`);
  }

  /** Runs a script in the page (plain arguments). */
  script(script, ...args) {
    return this.session.cmd("POST", "/execute/sync", { script, args });
  }

  /** Saves a screenshot of the window, from the top of the page. */
  async shot(name) {
    await this.script("window.scrollTo(0, 0); return true;");
    writeFileSync(SHOTS + name, await this.session.screenshot());
  }

  async resize(width, height) {
    await this.session.setWindowRect(width, height);
    await this.session.waitFor(`a ${width}px window`, async () => (Math.abs((await this.script("return window.innerWidth")) - width) < 40 ? true : undefined));
  }

  /** What spills over horizontally: the page, or a table, chart or form row beyond its
   * panel's edge, with by how many pixels ("" when nothing does). */
  overflow() {
    return this.script(`
      const out = [];
      const page = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      if (page > 0) out.push("the page by " + page + " px");
      for (const el of document.querySelectorAll("main .panel table, main .panel .chart, main .panel .slider, main .panel .fields")) {
        if (el.closest(".scroller")) continue;
        const panel = el.closest(".panel");
        const over = Math.ceil(el.getBoundingClientRect().right - panel.getBoundingClientRect().right);
        if (over > 0) out.push((panel.getAttribute("aria-label") || "a panel") + " / " + el.tagName.toLowerCase() + "." + el.className + " by " + over + " px");
      }
      return out.join("; ");`);
  }
}

/** A figure shown as "USD 1,234.56" or "+1,234.56" as a whole number of cents. */
export const cents = (t) => BigInt(t.replace(/[^\d-]/g, ""));
