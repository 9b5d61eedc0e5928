// End-to-end: the app as a new user starts it, with no workspace. The start screen; the
// sample and its tour; a new workspace brought from nothing to the team's payouts (the
// plan, then the Maven CRM export through the mapper's suggestion); a damaged file; the
// PDF statements. The native dialogs' answers are scripted (PLANSIGHT_E2E_PICKS, read
// by debug builds only): a test driver cannot reach a native dialog.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startApp } from "./harness.mjs";

const FIXTURES = new URL("../fixtures/maven-crm/", import.meta.url).pathname;
const DIR = mkdtempSync(join(tmpdir(), "plansight-e2e-workspaces-"));
const PICKS = join(DIR, "picks.txt");
const DATA = join(DIR, "data");
let page;

/** The answer the next native dialog gives. */
const pick = (path) => writeFileSync(PICKS, path + "\n");

/** Hands `text` to a file input as the file picker would, named `name`. */
async function chooseFile(css, name, text) {
  await page.script(
    `const i = document.querySelector(arguments[0]);
     const dt = new DataTransfer(); dt.items.add(new File([arguments[1]], arguments[2]));
     i.files = dt.files; i.dispatchEvent(new Event("change", { bubbles: true })); return true;`,
    css,
    text,
    name,
  );
}

before(async () => {
  page = await startApp(null, { PLANSIGHT_E2E_PICKS: PICKS, XDG_DATA_HOME: DATA });
});

after(async () => {
  if (page) await page.stop();
});

test("first run: the start screen, then the sample with a tour of the screens", async () => {
  await page.textOf("[data-testid=start] h1");
  assert.equal((await page.session.findAll("[data-testid=recent]")).length, 0, "nothing recent on a first run");
  await page.shot("start.png");
  await page.click("[data-testid=try-sample]");
  await page.textOf("[data-testid=tour] h2");
  assert.equal(await page.textOf("[data-testid=tour] h2"), "My plan");
  await page.click("[data-testid=tour-next]");
  await page.waitText("[data-testid=tour] h2", (t) => t === "Deals", "the tour's second step");
  await page.session.waitFor("the deals screen under the tour", async () => ((await page.session.findAll("main[data-screen=deals]")).length ? true : undefined));
  await page.shot("tour.png");
  await page.click("[data-testid=tour-skip]");
  await page.session.waitFor("the tour gone", async () => ((await page.session.findAll("[data-testid=tour]")).length === 0 ? true : undefined));
  assert.equal(await page.textOf("[data-testid=plan-name]"), "FY26 Enterprise Account Executive");
  assert.ok(existsSync(join(DATA, "app.plansight.desktop", "sample.plansight")), "the sample's copy is in the data folder");
});

test("a damaged file is refused with the store's message, on the start screen", async () => {
  const damaged = join(DIR, "damaged.plansight");
  writeFileSync(damaged, "SQLite format 3\0" + "this is not a database page ".repeat(200));
  pick(damaged);
  await page.click("[data-testid=file-menu]");
  await page.click("[data-testid=menu-open]");
  const said = await page.textOf("[data-testid=open-failure]");
  assert.match(said, /damaged could not be opened/);
  await page.shot("open-damaged.png");
  // The sample is on the recent list (one click takes the user back); the damaged file is not.
  const recent = await page.count("[data-testid=recent]", 1, "one recent workspace");
  assert.equal(await page.session.text(recent[0]), "sample");
});

test("a new workspace: its plan, then the Maven CRM export with the suggested mapping, then the team's payouts", async () => {
  const fresh = join(DIR, "Maven team.plansight");
  pick(fresh);
  await page.click("[data-testid=new-workspace]");
  await page.textOf("[data-testid=first-plan] h1");
  await chooseFile("[data-testid=plan-file]", "plan.toml", readFileSync(FIXTURES + "plan.toml", "utf8"));
  await page.session.waitFor("the plan chosen", async () => ((await page.script("return !document.querySelector('[data-testid=add-plan]').disabled")) ? true : undefined));
  await page.shot("first-plan.png");
  await page.click("[data-testid=add-plan]");
  await page.waitText("[data-testid=plan-name]", (t) => t === "FY17 Hardware Sales Agent", "the plan in effect");
  await page.openTab("import");
  await chooseFile("[data-testid=import-file]", "sales_pipeline.csv", readFileSync(FIXTURES + "sales_pipeline.csv", "utf8"));
  await page.count("[data-testid=import-columns] tbody tr", 8, "a row per column of the export");
  await page.click("[data-testid=import-preview]");
  await page.waitText("[data-testid=import-result]", (t) => /8,?800 added/.test(t), "a clean preview of every deal");
  await page.click("[data-testid=import-commit]");
  await page.waitText("[data-testid=message]", (t) => t.startsWith("Imported sales_pipeline.csv"), "the import message");
  await page.openTab("team");
  await page.count("table.review tbody tr", 30, "the agents with deals, ranked");
  await page.shot("new-workspace-team.png");
});

test("statements: every seller's and the territory review, as PDF files", async () => {
  const out = join(DIR, "statements");
  pick(out);
  await page.click("[data-testid=file-menu]");
  await page.click("[data-testid=menu-statements]");
  const said = await page.waitText("[data-testid=message]", (t) => /PDFs written/.test(t), "the statements written");
  const files = readdirSync(out).filter((f) => f.endsWith(".pdf"));
  assert.ok(files.includes("territory-review.pdf"), `the review pack among ${files}`);
  assert.equal(files.length, Number(said.match(/(\d+) PDFs/)[1]));
  for (const f of files) assert.ok(readFileSync(join(out, f)).subarray(0, 5).toString() === "%PDF-" && statSync(join(out, f)).size > 10000, f);
});
