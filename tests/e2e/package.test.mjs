// The Debian package, installed as dpkg would (unpacked into a temporary root), started
// from its installed path as a user starts it: the start screen, Try the sample, and the
// bundled model found among the package's own files (not in a developer's cache).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startApp } from "./harness.mjs";

const ROOT = mkdtempSync(join(tmpdir(), "plansight-deb-root-"));
let page;

before(async () => {
  const deb = process.env.PLANSIGHT_DEB;
  assert.ok(deb && existsSync(deb), "PLANSIGHT_DEB must name the .deb (scripts/package.sh prints it)");
  execFileSync("dpkg-deb", ["-x", deb, ROOT]);
  for (const f of ["usr/bin/plansight-app", "usr/bin/plansight", "usr/bin/plansight-model-worker", "usr/share/applications/Plansight.desktop"])
    assert.ok(existsSync(join(ROOT, f)), `${f} is installed`);
  // No developer settings: the model must come from the package.
  page = await startApp(null, { PLANSIGHT_MODEL_DIR: undefined }, [1280, 800], join(ROOT, "usr/bin/plansight-app"));
});

after(async () => {
  if (page) await page.stop();
  // The unpacked package is over a gigabyte in a debug build.
  rmSync(ROOT, { recursive: true, force: true });
});

test("the installed app starts on the start screen and opens the sample", async () => {
  await page.textOf("[data-testid=start] h1");
  await page.click("[data-testid=try-sample]");
  assert.equal(await page.textOf("[data-testid=plan-name]"), "FY26 Enterprise Account Executive");
  await page.click("[data-testid=tour-skip]");
  await page.textOf("[data-testid=team-total]");
  await page.shot("installed-sample.png");
});

test("the installed app finds its bundled model beside it, checked by SHA-256", async () => {
  await page.openTab("ask");
  const loaded = await page.textOf("[data-testid=model-cpu]", "the model loaded");
  assert.ok(loaded.includes(join(ROOT, "usr/lib/Plansight/models")), loaded);
});
