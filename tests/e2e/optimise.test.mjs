// End-to-end: the optimiser in the plan designer, on the sample workspace: levers,
// budget and objective chosen, the proposal solved (its cost within the budget and the
// same as `plansight optimise`), the winners-and-losers chart, and *Use this plan*
// saving the next plan version.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { SHOTS, cents, startApp } from "./harness.mjs";

const WORKSPACE = join(mkdtempSync(join(tmpdir(), "plansight-e2e-optimise-")), "workspace.plansight");
let page;

function cli(...args) {
  assert.ok(process.env.PLANSIGHT_CLI, "PLANSIGHT_CLI must name the CLI binary");
  return execFileSync(process.env.PLANSIGHT_CLI, args, { encoding: "utf8" });
}

before(async () => {
  page = await startApp(WORKSPACE);
});

after(async () => {
  if (page) await page.stop();
});

test("the plan designer proposes the plan for a 10% smaller budget, as the CLI does", async () => {
  await page.openTab("designer");
  await page.count("[data-testid=optimise-levers] input", undefined, "the levers");
  await page.setField("[data-testid=optimise-budget]", "90");
  await page.click("[data-testid=optimise-run]");
  const line = await page.waitText("[data-testid=optimise-result] .figures-line", (t) => t.includes("proposed"), "the proposal");
  const [budget, today, proposed] = [...line.matchAll(/USD ([\d,]+\.\d\d)/g)].map((m) => cents(m[1]));
  assert.ok(proposed <= budget, `${proposed} within ${budget}`);
  assert.ok(budget < today);
  await page.chartShows("optimise-chart", "Winners and losers");
  const changes = await page.textOf("[data-testid=optimise-changes]", "the rules that change");
  assert.match(changes, /rate/);
  const json = JSON.parse(
    cli("optimise", "--workspace", WORKSPACE, "--budget", (Number(budget) / 100).toFixed(2), "--objective", "pay-for-performance", "--lever", "new_arr.tiers.rates", "--json"),
  );
  assert.equal(cents(json.proposed.cost), proposed, "the window shows the CLI's proposal");
  await page.script(`document.querySelector('[aria-label="Optimise"]').scrollIntoView(); return true;`);
  writeFileSync(SHOTS + "optimise-designer.png", await page.session.screenshot());
});

test("Use this plan saves it as the next plan version, after confirmation", async () => {
  const before = cli("workspace", "history", "--workspace", WORKSPACE, "--json");
  await page.click("[data-testid=optimise-use]");
  await page.click("[data-testid=optimise-confirm]");
  await page.session.waitFor("the new plan version", async () => {
    const now = cli("workspace", "history", "--workspace", WORKSPACE, "--json");
    return now !== before && now.includes("optimised plan.toml") ? true : undefined;
  });
});
