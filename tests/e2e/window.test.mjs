// The window's size is remembered across starts (window.json in the app's data dir).
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import assert from "node:assert/strict";
import { startApp } from "./harness.mjs";

test("a resized window opens at that size next time", async () => {
  const data = mkdtempSync(join(tmpdir(), "plansight-e2e-window-"));
  const workspace = join(data, "workspace.plansight");
  const remembered = join(data, "app.plansight.desktop", "window.json");
  const first = await startApp(workspace, { XDG_DATA_HOME: data }, [1100, 760]);
  try {
    await first.textOf("[data-testid=plan-name]");
    await first.session.waitFor("the placement saved", async () => {
      if (!existsSync(remembered)) return undefined;
      const p = JSON.parse(readFileSync(remembered, "utf8"));
      return p.width === 1100 ? p : undefined;
    });
  } finally {
    await first.stop();
  }
  const second = await startApp(workspace, { XDG_DATA_HOME: data }, null);
  try {
    await second.textOf("[data-testid=plan-name]");
    const width = await second.session.waitFor("the remembered width", async () => {
      const w = await second.script("return window.innerWidth");
      return Math.abs(w - 1100) < 40 ? w : undefined;
    });
    assert.ok(Math.abs(width - 1100) < 40, `window opened ${width} px wide`);
  } finally {
    await second.stop();
  }
});
