// End-to-end: the forecast and coaching in the real window, on the sample workspace. My
// plan shows the band, the chances and the deals to focus on (the same figures as
// `plansight forecast`); a deal opens its what-if; the Team screen shows the team's cost
// and the sellers to coach; a change to the pipeline made elsewhere moves the forecast.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { SHOTS, startApp } from "./harness.mjs";

const WORKSPACE = join(mkdtempSync(join(tmpdir(), "plansight-e2e-forecast-")), "workspace.plansight");
const SAMPLE = new URL("../../sample-data/", import.meta.url).pathname;
let page;

function cli(...args) {
  assert.ok(process.env.PLANSIGHT_CLI, "PLANSIGHT_CLI must name the CLI binary");
  return execFileSync(process.env.PLANSIGHT_CLI, args, { encoding: "utf8" });
}

async function shotOf(label, name) {
  await page.script(`document.querySelector('[aria-label="${label}"]').scrollIntoView(); return true;`);
  writeFileSync(SHOTS + name, await page.session.screenshot());
}

before(async () => {
  page = await startApp(WORKSPACE);
});

after(async () => {
  if (page) await page.stop();
});

let seller;
let firstDeal;

test("My plan: the forecast band, chances and deals to focus on, as the CLI computes them", async () => {
  const figures = await page.waitText("[data-testid=forecast-figures]", (t) => t.startsWith("Expected USD"), "the forecast");
  await page.chartShows("forecast-chart", "P50");
  const chances = await page.count("[data-testid=forecast-chances] li", undefined, "the chances");
  assert.ok(chances.length >= 3, "a chance per threshold and tier");
  const rows = await page.count("[data-testid=coaching] tbody tr", undefined, "the deals to focus on");
  assert.ok(rows.length >= 1);
  seller = await page.script(`return document.querySelector("[data-testid=seller-pick]")?.value ?? ""`);
  const expected = figures.match(/Expected USD ([\d,]+\.\d\d)/)[1].replaceAll(",", "");
  if (seller) {
    const json = JSON.parse(cli("forecast", "--workspace", WORKSPACE, "--seller", seller, "--json"));
    assert.equal(json.sellers[0].expected, expected, "the window shows the CLI's forecast, to the cent");
  }
  firstDeal = await page.script(`return document.querySelector("[data-testid=coaching] tbody tr td").textContent.split(" ")[0]`);
  await shotOf("Forecast", "forecast-my-plan.png");
});

test("a deal on the coaching list opens its what-if, won", async () => {
  await page.click(`[data-testid="whatif-${firstDeal}"]`);
  await page.session.waitFor("the simulator", async () => (await page.session.findAll("main[data-screen=simulator]")).length > 0);
  const delta = await page.waitText("[data-testid=scenario-delta]", (t) => /[1-9]/.test(t), "the deal's change of payout");
  assert.match(delta, /^\+/, "winning the deal adds to the payout");
});

test("Team: the team's forecast cost and the sellers to coach", async () => {
  await page.openTab("team");
  const cost = await page.waitText("[data-testid=team-forecast]", (t) => t.startsWith("Expected USD"), "the team's forecast");
  assert.match(cost, /P90 USD [\d,]+\.\d\d/);
  await page.count("[data-testid=to-coach] li", undefined, "the sellers to coach");
  await shotOf("Team forecast", "forecast-team.png");
});

test("a change to the pipeline made elsewhere moves the forecast", async () => {
  await page.openTab("plan");
  const before = await page.waitText("[data-testid=forecast-figures]", (t) => t.startsWith("Expected USD"), "the forecast");
  // The CLI wins the first deal of the coaching list: the window notices and recomputes.
  const deals = readFileSync(SAMPLE + "deals.csv", "utf8")
    .split("\n")
    .map((l) => (l.startsWith(firstDeal + ",") ? l.replace(",open,", ",won,") : l))
    .join("\n");
  const file = join(tmpdir(), `plansight-e2e-forecast-deals-${process.pid}.csv`);
  writeFileSync(file, deals);
  cli("workspace", "import", "--workspace", WORKSPACE, "--deals", file);
  const after = await page.waitText("[data-testid=forecast-figures]", (t) => t.startsWith("Expected USD") && t !== before, "the forecast after the change");
  assert.notEqual(after, before);
});
