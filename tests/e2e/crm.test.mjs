// End-to-end on a real CRM export: the public Maven CRM opportunities (8,800 deals, 35
// agents under 6 managers). The plan, roster and price list go in through the CLI with
// typed mappings; the deals through the app's Import screen with the mapping it
// suggests, nothing typed. Then every screen of the app on that workspace.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cents, startApp } from "./harness.mjs";

const FIXTURES = new URL("../fixtures/maven-crm/", import.meta.url).pathname;
const WORKSPACE = join(mkdtempSync(join(tmpdir(), "plansight-e2e-crm-")), "crm.plansight");
let page;

function cli(...args) {
  assert.ok(process.env.PLANSIGHT_CLI, "PLANSIGHT_CLI must name the CLI binary");
  execFileSync(process.env.PLANSIGHT_CLI, ["workspace", ...args, "--workspace", WORKSPACE], { stdio: ["ignore", "ignore", "inherit"] });
}

before(async () => {
  cli("init");
  cli("import", "--plan", FIXTURES + "plan.toml");
  // A second version of the plan (5% instead of 4% below quota), now in effect: the
  // designer can open the first one and preview it against this one.
  const v2 = join(dirname(WORKSPACE), "plan-v2.toml");
  writeFileSync(v2, readFileSync(FIXTURES + "plan.toml", "utf8").replace('{ from = "0",   rate = "0.04" }', '{ from = "0",   rate = "0.05" }'));
  cli("import", "--plan", v2);
  cli("import", "--sellers", FIXTURES + "sales_teams.csv", "--map", "id=sales_agent,manager=manager,territory=regional_office");
  cli("import", "--prices", FIXTURES + "products.csv", "--map", "product=product,family=series,price=sales_price");
  page = await startApp(WORKSPACE);
});

after(async () => {
  if (page) await page.stop();
});

test("the deals export imported with the Import screen's suggested mapping, nothing typed", async () => {
  await page.openTab("import");
  const csv = readFileSync(FIXTURES + "sales_pipeline.csv", "utf8");
  await page.script(`const i = document.querySelector("[data-testid=import-file]");
      const dt = new DataTransfer(); dt.items.add(new File([arguments[0]], "sales_pipeline.csv", { type: "text/csv" }));
      i.files = dt.files; i.dispatchEvent(new Event("change", { bubbles: true })); return true;`,
    csv,
  );
  await page.count("[data-testid=import-columns] tbody tr", 8, "a row per column of the export");
  const chosen = await page.script(
    "return [...document.querySelectorAll('[data-testid=import-columns] select')].map((s) => s.value).join(',')",
  );
  assert.equal(chosen, "id,seller,product,account,stage,,close_date,amount");
  const stages = await page.script(
    "return [...document.querySelectorAll('[data-testid=import-stages] label')].map((l) => l.querySelector('span').textContent.split(' (')[0] + '=' + l.querySelector('select').value).join(',')",
  );
  assert.equal(stages, "Won=won,Engaging=open,Lost=lost,Prospecting=open");
  // Open deals have no value yet: an amount of 0 is offered for them (they credit nothing).
  assert.equal(await page.script("return document.querySelector('[data-testid=import-defaults]').value"), "amount=0");
  assert.equal(await page.script("return document.querySelector('[data-testid=import-date-format]').value"), "");
  await page.shot("crm-import-mapping.png");
  await page.click("[data-testid=import-preview]");
  await page.waitText("[data-testid=import-result]", (t) => /8,?800 added/.test(t), "a clean preview of every deal");
  await page.click("[data-testid=import-commit]");
  await page.waitText("[data-testid=message]", (t) => t.startsWith("Imported sales_pipeline.csv"), "the import message");
});

test("the imported team: 35 agents ranked, with their distribution", async () => {
  assert.equal(await page.textOf("[data-testid=plan-name]"), "FY17 Hardware Sales Agent");
  await page.openTab("team");
  await page.count("table.review tbody tr", 35, "35 agents");
  await page.chartShows("team-chart", "35 sellers");
  await page.shot("crm-team.png");
});

test("my plan and deals of the top agent: charts, thousands of lines, search", async () => {
  await page.openTab("plan");
  await page.chartShows("curve-chart", "earnings against attainment");
  await page.chartShows("credit-chart", "cumulative credit");
  await page.shot("crm-my-plan.png");
  await page.openTab("deals");
  const all = await page.waitText("[data-testid=deal-count]", (t) => /^\d+ of \d+ deals$/.test(t), "the deal count");
  const total = Number(all.split(" of ")[1].split(" ")[0]);
  assert.ok(total > 100, `the top agent has ${total} lines`);
  await page.setField("[data-testid=deal-search]", "GTX");
  await page.waitText("[data-testid=deal-count]", (t) => Number(t.split(" ")[0]) < total, "the search narrowing the deals");
  await page.shot("crm-deals.png");
});

test("simulator and designer work on the imported plan", async () => {
  await page.openTab("simulator");
  const base = await page.textOf("[data-testid=scenario-total]", "the base result");
  await page.setField("[data-testid=sim-quota-bookings]", "50000");
  const moved = await page.waitText("[data-testid=scenario-total]", (t) => t !== base, "a lower quota moving the payout");
  assert.ok(cents(moved) > cents(base));
  await page.shot("crm-simulator.png");
  await page.openTab("designer");
  const cost = await page.textOf("[data-testid=designer-cost]", "the plan's cost");
  await page.setField("[data-testid=designer-rate-bookings-0]", "6");
  await page.waitText("[data-testid=designer-cost]", (t) => cents(t) > cents(cost), "a higher rate costing more");
  // The first version of the plan (4%) against the one in effect (5%) costs less.
  const first = await page.script("return [...document.querySelectorAll('[data-testid=designer-version] option')].find(o => !o.textContent.includes('in effect')).value");
  await page.setField("[data-testid=designer-version]", first, "change");
  await page.session.waitFor("the first version's 4% rate", async () => ((await page.script("return document.querySelector('[data-testid=designer-rate-bookings-0]').value")) === "4" ? true : undefined));
  const older = await page.waitText("[data-testid=designer-cost]", (t) => cents(t) < cents(cost), "the first version costing less");
  assert.ok(cents(older) < cents(cost));
  await page.shot("crm-designer.png");
});

test("the Health screen: the badge, the export's findings, a fix previewed, applied and undone", async () => {
  // The export holds one pair of deals that looks entered twice (an error) and spells a
  // product "GTXPro" where the price list says "GTX Pro".
  const badge = await page.waitText("[data-testid=health-badge]", (t) => t.startsWith("1 data error"), "the header's badge");
  assert.match(badge, /at stake/);
  await page.click("[data-testid=health-badge]");
  await page.waitText("[data-testid=health-summary]", (t) => t.startsWith("1 error"), "the summary");
  await page.count("[data-testid=finding]", 2, "two findings");
  const variant = "[data-kind=name_variant] [data-testid=finding]";
  assert.match(await page.textOf(variant), /"GTX Pro" in the price list/);
  await page.click("[data-kind=duplicate_deal] [data-testid=finding-preview]");
  const preview = await page.waitText("[data-testid=fix-preview]", (t) => t.includes("Kary Hendrixson"), "the fix's payout change");
  assert.match(preview, /-/, "removing the copy lowers the payout");
  await page.shot("crm-health.png");
  await page.click(`${variant} [data-testid=finding-apply]`);
  await page.waitText("[data-testid=message]", (t) => t.startsWith("Fixed 1 finding"), "the fix applied");
  await page.count("[data-testid=finding]", 1, "the variant fixed");
  await page.click("[data-testid=undo]");
  await page.count("[data-testid=finding]", 2, "undo bringing it back");
});

test("every screen of the imported workspace holds its layout at 1280x800 and 1024x700", async () => {
  for (const [w, h] of [[1280, 800], [1024, 700]]) {
    await page.resize(w, h);
    for (const tab of ["plan", "deals", "simulator", "team", "designer", "import", "health"]) {
      await page.openTab(tab);
      await page.settled(tab);
      assert.equal(await page.overflow(), "", `nothing spills over on ${tab} at ${w}x${h}`);
    }
  }
});
