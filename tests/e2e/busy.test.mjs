// The window never freezes: a long import of a large file runs off the window's thread,
// with a progress note, while the window keeps answering (a tab switch). And a change
// made by another process (the CLI) is noticed: the figures are read again.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startApp } from "./harness.mjs";

const WORKSPACE = join(mkdtempSync(join(tmpdir(), "plansight-e2e-busy-")), "workspace.plansight");
const LINES = 300000;
let page;
// The seller's earnings shown before the large import, then after it.
let beforeImport;
let afterImport;

before(async () => {
  page = await startApp(WORKSPACE);
  await page.textOf("[data-testid=plan-name]", "the plan name");
});

after(async () => {
  if (page) await page.stop();
});

test("a long import keeps the window answering, with a progress note", async () => {
  beforeImport = await page.textOf("[data-testid=team-total]", "the earnings shown");
  await page.openTab("import");
  // A large export, made in the page and handed to the file input as the picker would.
  await page.script(
    `const sellers = ["s01", "s02", "s03", "s04", "s05", "s06", "s07", "s08", "s09", "s10", "s11", "s12"];
     const rows = ["id,seller,type,product,amount,close_date,stage"];
     for (let i = 0; i < arguments[0]; i++) {
       const month = String(1 + (i % 12)).padStart(2, "0");
       rows.push("BIG-" + i + "," + sellers[i % sellers.length] + ",new,Platform," + (100 + (i % 5000)) + ".50,2026-" + month + "-15,won");
     }
     const dt = new DataTransfer();
     dt.items.add(new File([rows.join("\\n")], "big.csv", { type: "text/csv" }));
     const input = document.querySelector("[data-testid=import-file]");
     input.files = dt.files;
     input.dispatchEvent(new Event("change", { bubbles: true }));
     return true;`,
    LINES,
  );
  await page.waitText("label.drop span", (t) => t.startsWith("big.csv"), "the chosen file, sent to the Rust side");
  // Its columns are listed, each taken for Plansight's own (the file is in our shape).
  await page.count("[data-testid=import-columns] tbody tr", 7, "the file's columns");
  await page.click("[data-testid=import-preview]");
  await page.waitText("[data-testid=import-result]", (t) => t.includes(`${LINES} added`), "the preview of the large file");
  await page.click("[data-testid=import-commit]");
  // The progress note shows (after 200 ms) while the import runs...
  await page.session.waitFor("the progress note", async () =>
    (await page.script(
      `const w = document.querySelector("[data-testid=working]");
       return !!w && getComputedStyle(w).visibility === "visible" && w.textContent.startsWith("Importing");`,
    ))
      ? true
      : undefined,
  );
  // ...and the window answers a tab switch before the import is done.
  await page.click("[data-tab=ask]");
  await page.session.waitFor("the Ask screen", async () => (await page.session.findAll("main[data-screen=ask]")).length > 0);
  const message = await page.script(`return document.querySelector("[data-testid=message]")?.textContent ?? ""`);
  assert.ok(!message.startsWith("Imported big.csv"), `the import had already finished (${message}): make the file larger`);
  await page.shot("busy-import.png");
  await page.waitText("[data-testid=message]", (t) => t.startsWith("Imported big.csv"), "the import, done");
  afterImport = await page.waitText("[data-testid=team-total]", (t) => t !== beforeImport, "the figures after the import");
});

test("a change made by the CLI is noticed and the figures are read again", async () => {
  await page.openTab("plan");
  assert.equal(await page.textOf("[data-testid=team-total]"), afterImport);
  assert.ok(process.env.PLANSIGHT_CLI, "PLANSIGHT_CLI must name the CLI binary");
  execFileSync(process.env.PLANSIGHT_CLI, ["workspace", "undo", "--workspace", WORKSPACE], { stdio: ["ignore", "ignore", "inherit"] });
  await page.waitText("[data-testid=message]", (t) => t.includes("changed elsewhere"), "the change noticed");
  // The CLI undid the import: the figures are those from before it again.
  await page.waitText("[data-testid=team-total]", (t) => t === beforeImport, "the figures read again");
});
