// End-to-end in the dark theme: the desktop's dark preference (GTK_THEME) reaches the
// page's prefers-color-scheme, and the charts drawn in Rust follow it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startApp } from "./harness.mjs";

let page;

before(async () => {
  page = await startApp(join(mkdtempSync(join(tmpdir(), "plansight-e2e-dark-")), "workspace.plansight"), { GTK_THEME: "Adwaita:dark" });
});

after(async () => {
  if (page) await page.stop();
});

test("a dark desktop gets the dark theme, charts included", async () => {
  await page.textOf("section.seller h2", "the seller panel");
  assert.equal(await page.script("return matchMedia('(prefers-color-scheme: dark)').matches"), true);
  // The chart's background is the dark palette's (rgb 17, 24, 39), drawn by plotters.
  const chart = await page.session.waitFor("the dark curve chart", async () => {
    const svg = await page.script("const s = document.querySelector('[data-testid=curve-chart] svg'); return s ? s.outerHTML : null;");
    return svg || undefined;
  });
  assert.match(chart, /#111827|rgb\(17,\s*24,\s*39\)/i);
  const background = await page.script("return getComputedStyle(document.body).backgroundColor");
  assert.equal(background, "rgb(18, 21, 28)");
  await page.shot("my-plan-dark.png");
});
