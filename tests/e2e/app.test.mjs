// End-to-end: the real app binary in a real WebKitGTK window (under Xvfb), driven
// through tauri-driver and WebKitWebDriver. Every wait is for a condition.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import net from "node:net";
import { Session } from "./webdriver.mjs";

const APP = process.env.PLANSIGHT_APP;
const SHOTS = new URL("./screenshots/", import.meta.url).pathname;
const WORKSPACE = join(mkdtempSync(join(tmpdir(), "plansight-e2e-")), "workspace.plansight");
let driver;
let session;

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

before(async () => {
  assert.ok(APP, "PLANSIGHT_APP must name the app binary");
  const port = await freePort();
  const nativePort = await freePort();
  driver = spawn("tauri-driver", ["--port", String(port), "--native-port", String(nativePort), "--native-driver", "/usr/bin/WebKitWebDriver"], {
    stdio: ["ignore", "inherit", "inherit"],
    // Its own process group, so that WebKitWebDriver and the app go down with it.
    detached: true,
    // A fresh workspace file, which the app seeds with the sample on its first start.
    env: { ...process.env, PLANSIGHT_WORKSPACE: WORKSPACE },
  });
  const base = `http://127.0.0.1:${port}`;
  // Wait for the driver to accept connections.
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
  session = await Session.start(base, APP);
  // The configured window size, set explicitly: under Xvfb no window manager does it.
  await session.setWindowRect(1280, 800);
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  if (session) await session.end().catch(() => {});
  if (driver) {
    try {
      process.kill(-driver.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
});

/** Waits for the payout chart's SVG to contain `needle`; returns the chart's text. */
function chartShows(needle) {
  return session.waitFor(`the payout chart showing ${needle}`, async () => {
    const t = await session.text(await session.find("[data-testid=payout-chart] svg"));
    return t.includes(needle) ? t : undefined;
  });
}

test("the window shows the sample workspace's plan and team, computed by Rust", async () => {
  const name = await session.waitFor("the plan name", async () => {
    const t = await session.text(await session.find("[data-testid=plan-name]"));
    return t || undefined;
  });
  assert.equal(name, "FY26 Enterprise Account Executive");
  assert.ok(existsSync(WORKSPACE), "the app keeps its data in the workspace file, seeded with the sample");
  const rows = await session.waitFor("team rows", async () => {
    const r = await session.findAll("table.team tbody tr");
    return r.length > 0 ? r : undefined;
  });
  assert.equal(rows.length, 12);
  const total = await session.text(await session.find("[data-testid=team-total]"));
  assert.match(total, /^USD \d{1,3}(,\d{3})*\.\d{2}$/);
  await chartShows("Q4");
  writeFileSync(SHOTS + "overview.png", await session.screenshot());
});

test("selecting a seller shows their attainment and payout schedule", async () => {
  const row = await session.find("table.team tbody tr[data-seller=s02]");
  await session.click(row);
  const header = await session.waitFor("the seller panel", async () => {
    const t = await session.text(await session.find("section.seller h2"));
    return t === "Jordan Rossi" ? t : undefined;
  });
  assert.equal(header, "Jordan Rossi");
  const total = await session.text(await session.find("[data-testid=seller-total]"));
  assert.match(total, /^USD [\d,]+\.\d{2}$/);
  const payouts = await session.findAll("section.seller table.figures:last-of-type tbody tr");
  assert.equal(payouts.length, 4);
  // The chart drawn by Rust for this seller: periods on the axis, currency on the scale.
  const chart = await chartShows("Payout (USD)");
  assert.match(chart, /Q1[\s\S]*Q4/);
  writeFileSync(SHOTS + "seller.png", await session.screenshot());
});

test("the layout holds at the smallest supported window, 1024x700", async () => {
  await session.setWindowRect(1024, 700);
  await session.waitFor("the smaller window", async () => {
    const w = await session.cmd("POST", "/execute/sync", { script: "return window.innerWidth", args: [] });
    return w <= 1024 ? w : undefined;
  });
  const overflow = await session.cmd("POST", "/execute/sync", {
    script: "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
    args: [],
  });
  assert.equal(overflow, 0, "no horizontal scrolling at 1024 px");
  writeFileSync(SHOTS + "overview-1024x700.png", await session.screenshot());
});
