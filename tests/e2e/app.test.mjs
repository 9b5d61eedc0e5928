// End-to-end on the sample workspace: the real app window driven through every screen:
// open, edit a deal and undo, move a slider, save and compare scenarios, preview a plan
// change, import an export with a column mapping. Screenshots go to screenshots/.
import { existsSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cents, startApp } from "./harness.mjs";

const FIXTURE = new URL("../fixtures/salesforce/opportunities.csv", import.meta.url).pathname;
// A fresh workspace file, which the app seeds with the sample on its first start.
const WORKSPACE = join(mkdtempSync(join(tmpdir(), "plansight-e2e-")), "workspace.plansight");
let page;

before(async () => {
  page = await startApp(WORKSPACE);
});

after(async () => {
  if (page) await page.stop();
});

test("open: My plan shows the top earner's attainment, next tier, charts, and a rule's clause", async () => {
  const name = await page.textOf("[data-testid=plan-name]", "the plan name");
  assert.equal(name, "FY26 Enterprise Account Executive");
  assert.ok(existsSync(WORKSPACE), "the app keeps its data in the workspace file, seeded with the sample");
  await page.textOf("section.seller h2", "the seller panel");
  const next = await page.session.findAll("[data-testid=next-tier]");
  assert.ok(next.length >= 5, "a next-tier cell per measure and period");
  await page.chartShows("curve-chart", "earnings against attainment");
  await page.chartShows("credit-chart", "cumulative credit");
  await page.chartShows("payout-chart", "Payout (USD)");
  await page.click('[data-rule="New ARR:threshold"]');
  const clause = await page.textOf("[data-testid=marked-clause]", "the threshold clause");
  assert.match(clause, /Threshold/);
  await page.click("[data-testid=explain-payable]");
  const why = await page.textOf("[data-testid=explanation]", "the payout's explanation");
  assert.match(why, /payout: USD [\d,]+\.\d\d/);
  assert.match(why, /earnings/i);
  await page.shot("my-plan.png");
});

test("team review: ranked roster with pace and the distribution; a row opens that seller", async () => {
  await page.openTab("team");
  const rows = await page.count("table.review tbody tr", 12, "review rows");
  assert.equal(rows.length, 12);
  await page.chartShows("team-chart", "12 sellers");
  await page.shot("team.png");
  await page.click("table.review tbody tr[data-seller=s02]");
  await page.waitText("section.seller h2", (t) => t === "Jordan Rossi", "Jordan Rossi's plan");
});

test("deals: edit a deal, see the earnings move, and undo it", async () => {
  const before = await page.textOf("[data-testid=team-total]");
  await page.openTab("deals");
  await page.setField("[data-testid=stage-filter]", "won", "change");
  await page.waitText("[data-testid=deal-count]", (t) => /^\d+ of \d+ deals$/.test(t) && !t.startsWith("0 "), "won deals");
  await page.click("table.deals tbody tr[data-deal]");
  await page.textOf("[data-testid=explanation]", "the explanation");
  await page.setField(".deal-editor input[name=amount]", "2500000.00");
  await page.click("[data-testid=save-deal]");
  await page.waitText("[data-testid=message]", (t) => t.startsWith("Saved"), "the save message");
  const after = await page.waitText("[data-testid=team-total]", (t) => t !== before, "new earnings");
  assert.ok(cents(after) > cents(before), `${after} > ${before}`);
  await page.shot("deals.png");
  await page.click("[data-testid=undo]");
  await page.waitText("[data-testid=message]", (t) => t.startsWith("Undone"), "the undo message");
  await page.waitText("[data-testid=team-total]", (t) => t === before, "the earnings back");
});

test("simulator: a slider moves the payout at once; scenarios are saved and compared", async () => {
  await page.openTab("simulator");
  const base = await page.textOf("[data-testid=scenario-total]", "the base result");
  const deal = await page.session.waitFor("a deal to move", async () => {
    const v = await page.script("const o = [...document.querySelectorAll('[data-testid=sim-deal] option')].find(o => o.textContent.includes('· won ·')); return o ? o.value : null;");
    return v || undefined;
  });
  await page.setField("[data-testid=sim-deal]", deal, "change");
  await page.setField("[data-testid=sim-amount]", "3000000");
  const moved = await page.waitText("[data-testid=scenario-total]", (t) => t !== base, "the payout moving with the slider");
  assert.ok(cents(moved) > cents(base));
  const delta = await page.textOf("[data-testid=scenario-delta]");
  assert.match(delta, /^\+[\d,]+\.\d{2}$/);
  // Slider latency: twenty more positions, each waited for on screen.
  const engine = [];
  const screen = [];
  let shown = moved;
  for (let i = 0; i < 20; i++) {
    await page.setField("[data-testid=sim-amount]", String(100000 + i * 7000));
    shown = await page.waitText("[data-testid=scenario-total]", (t) => t !== shown, `slider position ${i}`);
    const latency = await page.textOf("[data-testid=latency]");
    const m = /^Engine (\d+\.\d\d) ms · screen updated in (\d+\.\d) ms$/.exec(latency);
    assert.ok(m, latency);
    engine.push(Number(m[1]));
    screen.push(Number(m[2]));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`simulator slider, 20 moves: engine median ${median(engine)} ms (max ${Math.max(...engine)}), slider to screen median ${median(screen)} ms (max ${Math.max(...screen)})`);
  await page.setField("[data-testid=sim-amount]", "250000");
  await page.waitText("[data-testid=scenario-total]", (t) => t !== shown, "the last slider position");
  await page.chartShows("sim-payout-chart", "Scenario");
  await page.setField("[data-testid=scenario-name]", "Bigger deal");
  await page.click("[data-testid=save-scenario]");
  await page.waitText("[data-testid=message]", (t) => t.includes("Bigger deal"), "the first scenario saved");
  await page.setField("[data-testid=sim-quota-new_arr]", "800000");
  await page.waitText("[data-testid=scenario-total]", (t) => t !== moved, "the quota slider moving the payout");
  await page.setField("[data-testid=scenario-name]", "Lower quota");
  await page.click("[data-testid=save-scenario]");
  await page.waitText("[data-testid=message]", (t) => t.includes("Lower quota"), "the second scenario saved");
  const boxes = await page.count(".scenario-list input[type=checkbox]", 2, "two saved scenarios");
  for (const b of boxes) await page.session.click(b);
  await page.click("[data-testid=compare]");
  const table = await page.textOf("[data-testid=comparison] table", "the comparison");
  assert.match(table, /Base[\s\S]*Bigger deal[\s\S]*Lower quota/);
  await page.chartShows("comparison-chart", "Lower quota");
  await page.shot("simulator.png");
});

test("team review with a saved scenario: the change per seller, exported for a meeting", async () => {
  await page.openTab("team");
  await page.setField("[data-testid=review-scenario]", "Bigger deal", "change");
  const delta = await page.textOf("[data-testid=review-delta]", "the scenario's change to the team");
  assert.match(delta, /^\+[\d,]+\.\d\d$/);
  assert.ok(cents(delta) > 0n);
  await page.click("[data-testid=export-review]");
  const said = await page.waitText(".review-layout [role=status]", (t) => t.startsWith("Review written"), "the export message");
  for (const f of ["team-review.csv", "team-review.xlsx", "team-attainment.png", "team-scenario.svg"]) {
    assert.ok(existsSync(`${WORKSPACE}.exports/${f}`), `${f} written (${said})`);
  }
  await page.shot("team-scenario.png");
});

test("plan designer: a rule typed in previews the team's cost; a bad one is refused in words", async () => {
  await page.openTab("designer");
  const cost = await page.textOf("[data-testid=designer-cost]", "the current cost");
  await page.setField("[data-testid=designer-rate-new_arr-1]", "7");
  await page.waitText("[data-testid=designer-cost]", (t) => t !== cost, "the proposed cost");
  await page.chartShows("designer-chart", "Proposed plan");
  await page.shot("designer.png");
  await page.setField("[data-testid=designer-rate-new_arr-1]", "seven");
  const error = await page.textOf("[data-testid=designer-error]", "the validation message");
  assert.match(error, /rate/i);
  await page.setField("[data-testid=designer-rate-new_arr-1]", "5");
});

test("plan designer: a change saved as a new plan version is in effect at once, as previewed, and undone", async () => {
  await page.openTab("designer");
  // The header's "team USD …": what the whole team is paid under the plan in effect.
  const team = (t) => cents(t.split(" · team ")[1] ?? "");
  const before = team(await page.textOf(".plan .sub", "the team's total"));
  // From the plan in effect, unchanged: the proposed cost is today's.
  await page.click("button.back-to-plan");
  await page.waitText("[data-testid=designer-cost]", (t) => cents(t) === before, "the form on the plan in effect");
  await page.setField("[data-testid=designer-rate-new_arr-1]", "9");
  const proposed = await page.waitText("[data-testid=designer-cost]", (t) => cents(t) > before, "the change's cost");
  await page.click("[data-testid=designer-save]");
  // The saved message, or the reason it was refused.
  const said = await page.session.waitFor("the save's outcome", async () => {
    const t = await page.script(`const e = document.querySelector("[data-testid=designer-save-error]");
      const m = document.querySelector("[data-testid=message]");
      return e ? "refused: " + e.textContent : m && m.textContent.startsWith("Saved as plan version") ? m.textContent : null;`);
    return t ?? undefined;
  });
  assert.match(said, /^Saved as plan version/);
  // The team is now paid what the preview said, and the form starts from the new plan.
  await page.waitText(".plan .sub", (t) => team(t) === cents(proposed), "the new plan in effect");
  await page.session.waitFor("the form on the saved plan", async () =>
    (await page.script("return document.querySelector('[data-testid=designer-save]').disabled")) ? true : undefined,
  );
  const versions = await page.script("return [...document.querySelectorAll('[data-testid=designer-version] option')].map((o) => o.textContent).join('|')");
  assert.match(versions, /in effect/);
  await page.shot("designer-saved.png");
  await page.click("[data-testid=undo]");
  await page.waitText("[data-testid=message]", (t) => t.startsWith("Undone"), "the save undone");
  await page.waitText(".plan .sub", (t) => team(t) === before, "the earlier plan back in effect");
});

test("import: a Salesforce export mapped by the suggested dropdowns, one stage corrected, previewed, imported and undone", async () => {
  await page.openTab("import");
  const csv = readFileSync(FIXTURE, "utf8");
  // The file goes in as the file picker would hand it over: a File on the input.
  await page.script(`const i = document.querySelector("[data-testid=import-file]");
      const dt = new DataTransfer(); dt.items.add(new File([arguments[0]], "opportunities.csv", { type: "text/csv" }));
      i.files = dt.files; i.dispatchEvent(new Event("change", { bubbles: true })); return true;`,
    csv,
  );
  await page.waitText("label.drop span", (t) => t.startsWith("opportunities.csv"), "the chosen file");
  // Every column of the export with a dropdown, pre-filled from its Salesforce name; the
  // percentage column is not taken for a 0-1 probability.
  await page.count("[data-testid=import-columns] tbody tr", 10, "a row per column of the export");
  const chosen = await page.script(
    "return [...document.querySelectorAll('[data-testid=import-columns] select')].map((s) => s.value).join(',')",
  );
  assert.equal(chosen, "seller,account,name,type,product,stage,amount,close_date,id,");
  assert.equal(await page.script("return document.querySelector('[data-testid=import-date-format]').value"), "%m/%d/%Y");
  // The stage values of the file, each with its guess; one the guess cannot read.
  const stages = await page.textOf("[data-testid=import-stages]", "the stage values");
  for (const word of ["Closed Won", "Closed Lost", "Negotiation/Review"]) assert.ok(stages.includes(word), word);
  const unread = await page.script(
    "return [...document.querySelectorAll('[data-testid=import-stages] select')].findIndex((s) => s.value === '')",
  );
  assert.ok(unread >= 0, "Negotiation/Review is left to the user");
  await page.click("[data-testid=import-preview]");
  const problems = await page.textOf("[data-testid=import-problems]", "the problems of an incomplete stage mapping");
  assert.match(problems, /opportunities\.csv:\d+/);
  await page.shot("import-mapping.png");
  await page.setField(`[data-testid=import-stage-${unread}]`, "open", "change");
  await page.click("[data-testid=import-preview]");
  const preview = await page.waitText("[data-testid=import-result]", (t) => /\d+ added/.test(t), "a clean preview");
  assert.match(preview, /added/);
  // The export names owners by name, not by roster id: the health checks say so first.
  const findings = await page.textOf("[data-testid=import-findings]", "the findings the import would bring");
  assert.match(findings, /"Jordan Rossi".*It is the name of s02 on the roster/s);
  await page.shot("import.png");
  await page.click("[data-testid=import-commit]");
  await page.waitText("[data-testid=message]", (t) => t.startsWith("Imported opportunities.csv"), "the import message");
  await page.click("[data-testid=undo]");
  await page.waitText("[data-testid=message]", (t) => t.startsWith("Undone"), "the import undone");
});

test("ask: a question is answered from the engine, a plan question with its clause", async () => {
  await page.openTab("ask");
  await page.setField("[data-testid=ask-input]", "what would a 200k deal closing in Q3 pay?");
  await page.click("[data-testid=ask-send]");
  const answer = await page.textOf("[data-testid=ask-answer]", "the answer");
  assert.match(answer, /A won new deal of USD 200,000\.00 closing on 2026-10-31 would add USD [\d,]+\.\d\d/);
  await page.setField("[data-testid=ask-input]", "what is the threshold?");
  await page.click("[data-testid=ask-send]");
  const rule = await page.waitText("[data-testid=ask-answer]", (t) => t.includes("Cited"), "the plan's answer");
  assert.match(rule, /§3\.2/);
  // Every answer says what was understood, above it.
  await page.setField("[data-testid=ask-input]", "how much did I earn in Q4?");
  await page.click("[data-testid=ask-send]");
  const q4 = await page.waitText("[data-testid=ask-understood]", (t) => t.includes("in Q4"), "the understood query");
  assert.match(q4, /Understood: Earnings in Q4, all measures, for Jordan Rossi/);
  // A follow-up reads against the question before it.
  await page.setField("[data-testid=ask-input]", "and in Q3?");
  await page.click("[data-testid=ask-send]");
  const q3 = await page.waitText("[data-testid=ask-understood]", (t) => t.includes("in Q3"), "the follow-up understood");
  assert.match(q3, /Understood: Earnings in Q3, all measures, for Jordan Rossi/);
  await page.shot("ask-follow-up.png");
  await page.setField("[data-testid=ask-input]", "and for Priya?");
  await page.click("[data-testid=ask-send]");
  await page.waitText("[data-testid=ask-understood]", (t) => t.includes("in Q3, all measures, for Priya Novak"), "the follow-up about another seller");
  // Too vague: the readings are offered as buttons, and choosing one answers that reading.
  await page.setField("[data-testid=ask-input]", "how much?");
  await page.click("[data-testid=ask-send]");
  const offered = await page.textOf("[data-testid=ask-readings]", "the readings offered");
  assert.match(offered, /Earnings, year to date, all measures, for Jordan Rossi/);
  await page.shot("ask-readings.png");
  await page.click("[data-testid=ask-readings] button");
  await page.waitText("[data-testid=ask-answer]", (t) => t.includes("has earned USD 68,008.83"), "the chosen reading answered");
  // A number the question says but no part of it explains is asked back, with the readings
  // that would use it, never answered as today's figure.
  await page.setField("[data-testid=ask-input]", "what does the team cost with a 37% gizmo?");
  await page.click("[data-testid=ask-send]");
  const numbered = await page.waitText("[data-testid=ask-readings]", (t) => t.includes("37%"), "the readings of the number");
  assert.match(numbered, /threshold/i);
  await page.waitText("[data-testid=ask-answer]", (t) => t.includes("which reading of 37%"), "the number asked back");
  await page.shot("ask-number-readings.png");
  // A request to change data is declined with what the app offers instead.
  await page.setField("[data-testid=ask-input]", "delete my lost deals");
  await page.click("[data-testid=ask-send]");
  await page.waitText("[data-testid=ask-answer]", (t) => t.includes("cannot change it") && t.includes("Simulator"), "the decline");
  // A new conversation: the earlier answers go, and a follow-up has nothing to follow.
  await page.click("[data-testid=ask-new]");
  await page.session.waitFor("the conversation cleared", async () => (await page.script("return document.querySelectorAll('[data-testid=ask-answer]').length === 0")) || undefined);
  await page.setField("[data-testid=ask-input]", "and in Q3?");
  await page.click("[data-testid=ask-send]");
  await page.waitText("[data-testid=ask-answer]", (t) => t.includes("not sure which figure"), "a follow-up with nothing before it asked back");
  // With the bundled model: its text streams in, and the figures stay the engine's.
  await page.click("[data-testid=ask-model]");
  await page.setField("[data-testid=ask-input]", "How far am I from the accelerator?");
  await page.click("[data-testid=ask-send]");
  const worded = await page.session.waitFor("the model's answer", async () => {
    const v = await page.script("const a = document.querySelector('[data-testid=ask-answer]'); return a && a.dataset.intent === 'value_distance' && a.textContent.includes('101,685.10') ? [a.dataset.wording, a.dataset.pieces, a.textContent] : null;");
    return v || undefined;
  }, 60000);
  assert.ok(["model", "template"].includes(worded[0]), worded.join(" | "));
  assert.ok(Number(worded[1]) > 0, `the model's pieces streamed in: ${worded.join(" | ")}`);
  await page.shot("ask.png");
});

test("ask: the assistant can use a GGUF file the user has, and a file that is not one is refused", async () => {
  await page.openTab("ask");
  const cpu = await page.textOf("[data-testid=model-cpu]", "the model's CPU path");
  assert.match(cpu, /CPU path: (fast|baseline)/);
  assert.match(await page.textOf("[data-testid=model-in-use]", "the model in use"), /SmolLM2-135M-Instruct/);
  await page.setField("[data-testid=model-path]", FIXTURE);
  await page.click("[data-testid=model-use]");
  const refused = await page.textOf("[data-testid=model-error]", "the refusal");
  assert.match(refused, /opportunities\.csv: this is not a GGUF model file/);
  // "A larger model the user has": any GGUF file, here the bundled one under another name.
  const models = process.env.PLANSIGHT_MODEL_DIR ?? join(homedir(), ".cache/plansight/models");
  const own = join(mkdtempSync(join(tmpdir(), "plansight-own-model-")), "my-larger-model.gguf");
  symlinkSync(join(models, "SmolLM2-135M-Instruct.Q4_1.gguf"), own);
  await page.setField("[data-testid=model-path]", own);
  await page.click("[data-testid=model-use]");
  await page.waitText("[data-testid=model-in-use]", (t) => t.includes("my-larger-model.gguf"), "the chosen model in use");
  if (!(await page.script("return document.querySelector('[data-testid=ask-model]').checked"))) await page.click("[data-testid=ask-model]");
  await page.setField("[data-testid=ask-input]", "What will I be paid in Q3?");
  await page.click("[data-testid=ask-send]");
  const worded = await page.session.waitFor("the chosen model's answer", async () => {
    const v = await page.script("const a = document.querySelector('[data-testid=ask-answer]'); return a && a.dataset.intent === 'payout' ? [a.dataset.pieces, a.textContent] : null;");
    return v || undefined;
  }, 60000);
  assert.ok(Number(worded[0]) > 0, `the chosen model's pieces streamed in: ${worded.join(" | ")}`);
  await page.shot("ask-own-model.png");
  // Stop while the model writes: the engine's own words stand, and the answer says why.
  await page.setField("[data-testid=ask-input]", "What would a 200k deal closing in Q3 pay?");
  await page.click("[data-testid=ask-send]");
  await page.waitText("[data-testid=ask-streaming]", (t) => t.length > 0 && !t.startsWith("Working"), "the first pieces");
  await page.click("[data-testid=ask-stop]");
  const stopped = await page.session.waitFor("the stopped answer", async () => {
    const v = await page.script("const a = document.querySelector('[data-testid=ask-answer]'); return a && a.dataset.intent === 'what_if_deal' ? [a.dataset.wording, a.textContent] : null;");
    return v || undefined;
  }, 60000);
  assert.equal(stopped[0], "template", stopped.join(" | "));
  assert.match(stopped[1], /would add USD 17,949\.45/);
  assert.match(stopped[1], /cancelled/);
  await page.shot("ask-stopped.png");
  await page.click("[data-testid=model-bundled]");
  await page.waitText("[data-testid=model-in-use]", (t) => t.includes("SmolLM2-135M-Instruct"), "the bundled model again");
});

test("every screen holds its layout from 1024x700 to full HD", async () => {
  for (const [w, h] of [[1920, 1080], [1280, 800], [1024, 700]]) {
    await page.resize(w, h);
    for (const tab of ["plan", "deals", "simulator", "team", "designer", "import", "health", "ask"]) {
      await page.openTab(tab);
      await page.settled(tab);
      assert.equal(await page.overflow(), "", `nothing spills over on ${tab} at ${w}x${h}`);
    }
  }
  await page.openTab("plan");
  await page.chartShows("curve-chart", "earnings against attainment");
  await page.shot("my-plan-1024x700.png");
});
