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
import { execFileSync } from "node:child_process";
import { cents, startApp } from "./harness.mjs";

const FIXTURES = new URL("../fixtures/maven-crm/", import.meta.url).pathname;
const SAMPLE = new URL("../../sample-data/", import.meta.url).pathname;
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
  assert.equal(await page.script("return document.title"), "sample — Plansight", "the title names the workspace");
  assert.ok(existsSync(join(DATA, "app.plansight.desktop", "sample.plansight")), "the sample's copy is in the data folder");
  // Open… cancelled: the same workspace stays open, its screens as they were (the tour
  // left the Deals screen open).
  pick("");
  await page.click("[data-testid=file-menu]");
  await page.click("[data-testid=menu-open]");
  await page.session.waitFor("the dialog asked", async () => (readFileSync(PICKS, "utf8") === "" ? true : undefined));
  await page.waitText("[data-testid=file-menu]", (t) => t.endsWith("File"), "the dialog answered");
  assert.equal((await page.session.findAll("main[data-screen=deals]")).length, 1, "still on the Deals screen");
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

test("a new workspace: a plan authored in the app, then the Maven CRM export with the suggested mapping, then the team's payouts", async () => {
  const fresh = join(DIR, "Maven team.plansight");
  pick(fresh);
  await page.click("[data-testid=new-workspace]");
  await page.textOf("[data-testid=first-plan] h1");
  await page.click("[data-testid=author-first]");
  // The Maven fixture's plan (tests/fixtures/maven-crm/plan.toml), typed into the form.
  await page.textOf("[data-testid=author-ok]", "the starter plan checked");
  await page.setField("[data-testid=author-name]", "FY17 Hardware Sales Agent");
  await page.setField("[data-testid=author-start]", "2017-01-01");
  await page.setField("[data-testid=author-end]", "2017-12-31");
  await page.setField("[data-testid=author-target]", "40000.00");
  await page.setField("[data-testid=author-quota-period]", "quarterly", "change");
  await page.setField("[data-testid=author-quota]", "150000.00");
  await page.setField("[data-testid=author-rate]", "4");
  await page.click("[data-testid=author-add-tier]");
  await page.count("[data-testid=author-rate]", 2, "a second tier");
  // A mistake is named with its field, live, and blocks the save.
  await page.script("const r = document.querySelectorAll('[data-testid=author-rate]')[1]; r.value = 'seven'; r.dispatchEvent(new Event('input', { bubbles: true })); return true;");
  const problem = await page.textOf("[data-testid=author-problems]", "the problem named");
  assert.match(problem, /measure 1, tier 2, rate/);
  assert.equal(await page.script("return document.querySelector('[data-testid=author-save]').disabled"), true);
  await page.script("const r = document.querySelectorAll('[data-testid=author-rate]')[1]; r.value = '7'; r.dispatchEvent(new Event('input', { bubbles: true })); return true;");
  await page.textOf("[data-testid=author-ok]", "the plan checked");
  await page.shot("author-plan.png");
  await page.click("[data-testid=author-save]");
  await page.waitText("[data-testid=plan-name]", (t) => t === "FY17 Hardware Sales Agent", "the authored plan in effect");
  await page.openTab("import");
  await chooseFile("[data-testid=import-file]", "sales_pipeline.csv", readFileSync(FIXTURES + "sales_pipeline.csv", "utf8"));
  await page.count("[data-testid=import-columns] tbody tr", 8, "a row per column of the export");
  await page.click("[data-testid=import-preview]");
  await page.waitText("[data-testid=import-result]", (t) => /8,?800 added/.test(t), "a clean preview of every deal");
  await page.click("[data-testid=import-commit]");
  await page.waitText("[data-testid=message]", (t) => t.startsWith("Imported sales_pipeline.csv"), "the import message");
  await page.openTab("team");
  await page.count("table.review tbody tr", 30, "the agents with deals, ranked");
  // The team costs what the CLI computes over the same workspace, and what the fixture's
  // plan file pays on these deals (USD 419,971.29, as the TOML-imported plan did).
  const calc = JSON.parse(execFileSync(process.env.PLANSIGHT_CLI, ["calc", "--workspace", fresh, "--summary", "--json"], { encoding: "utf8" }));
  const team = calc.sellers.reduce((sum, s) => sum + cents(s.total), 0n);
  const shown = cents((await page.textOf(".plan .sub")).match(/team (USD [\d,.-]+)/)[1]);
  assert.equal(shown, team);
  assert.equal(shown, 41997129n);
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
  // The review pack alone, from the Team screen.
  const pack = join(DIR, "pack");
  pick(pack);
  await page.openTab("team");
  await page.click("[data-testid=review-pack]");
  await page.waitText(".review-layout [role=status]", (t) => t.startsWith("1 PDF written"), "the review pack written");
  assert.deepEqual(readdirSync(pack), ["territory-review.pdf"]);
});

test("a plan file with its document, added to a new workspace", async () => {
  pick(join(DIR, "From files.plansight"));
  await page.click("[data-testid=file-menu]");
  await page.click("[data-testid=menu-new]");
  await page.textOf("[data-testid=first-plan] h1");
  await chooseFile("[data-testid=plan-file]", "ae-fy26.toml", readFileSync(SAMPLE + "ae-fy26.toml", "utf8"));
  await chooseFile("[data-testid=plan-document]", "ae-fy26.md", readFileSync(SAMPLE + "ae-fy26.md", "utf8"));
  await page.textOf("[data-testid=plan-document-chosen]", "the document read");
  await page.session.waitFor("the plan chosen", async () => ((await page.script("return !document.querySelector('[data-testid=add-plan]').disabled")) ? true : undefined));
  await page.click("[data-testid=add-plan]");
  await page.waitText("[data-testid=plan-name]", (t) => t === "FY26 Enterprise Account Executive", "the plan in effect");
  await page.textOf("[data-testid=message]");
  // A next version from the plan designer, with its document as PDF (here a PDF the app
  // wrote itself): its text becomes the plan document shown beside the rules.
  await page.openTab("designer");
  await page.click("[data-testid=designer-import]");
  await chooseFile("[data-testid=plan-file]", "ae-fy26-v2.toml", readFileSync(SAMPLE + "ae-fy26.toml", "utf8").replace('rate = "0.08"', 'rate = "0.09"'));
  await page.script(
    `const i = document.querySelector("[data-testid=plan-document]");
     const bytes = Uint8Array.from(atob(arguments[0]), (c) => c.charCodeAt(0));
     const dt = new DataTransfer(); dt.items.add(new File([bytes], "plan-document.pdf", { type: "application/pdf" }));
     i.files = dt.files; i.dispatchEvent(new Event("change", { bubbles: true })); return true;`,
    readFileSync(join(DIR, "statements", "territory-review.pdf")).toString("base64"),
  );
  await page.waitText("[data-testid=plan-document-chosen]", (t) => t.includes("PDF"), "the PDF read");
  await page.session.waitFor("the files chosen", async () => ((await page.script("return !document.querySelector('[data-testid=add-plan]').disabled")) ? true : undefined));
  await page.click("[data-testid=add-plan]");
  await page.waitText("[data-testid=message]", (t) => /plan version 2/.test(t), "the second plan version");
  // The workspace has no deals yet (no seller's My plan to show it on): its export holds
  // the plan in effect and its document, the PDF's text.
  const out = join(DIR, "exported");
  execFileSync(process.env.PLANSIGHT_CLI, ["workspace", "export", "--workspace", join(DIR, "From files.plansight"), "--out", out]);
  const doc = readFileSync(join(out, "ae-fy26.md"), "utf8");
  assert.match(doc, /Territory review/);
  assert.match(readFileSync(join(out, "ae-fy26-v2.toml"), "utf8"), /rate = "0.09"/);
});
