// Cold start of the app to the first figure on screen: the page cache dropped (as root),
// a fresh data folder, the app started on a copy of the sample workspace, timed until the
// header shows the seller's earnings. Run under Xvfb:
//   xvfb-run -a node scripts/bench/cold-start.mjs /usr/bin/plansight-app [runs]
// Prints each run and the median, in seconds. tauri-driver's own start is included (it is
// small next to the app's: it only listens on a port).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startApp } from "../../tests/e2e/harness.mjs";

const app = process.argv[2] ?? "/usr/bin/plansight-app";
const runs = Number(process.argv[3] ?? 5);
const seed = join(mkdtempSync(join(tmpdir(), "plansight-cold-")), "seed.plansight");
// A workspace made once (the first start seeds the sample into it), copied for each run.
{
  const page = await startApp(seed, {}, [1280, 800], app);
  await page.textOf("[data-testid=team-total]");
  await page.stop();
}
const times = [];
for (let i = 0; i < runs; i++) {
  const w = join(mkdtempSync(join(tmpdir(), "plansight-cold-")), "w.plansight");
  copyFileSync(seed, w);
  try {
    execFileSync("sh", ["-c", "sync; echo 3 > /proc/sys/vm/drop_caches"]);
  } catch {
    console.error("the page cache could not be dropped (not root): a warm start is measured");
  }
  const t0 = performance.now();
  const page = await startApp(w, {}, [1280, 800], app);
  const t1 = performance.now();
  await page.textOf("[data-testid=team-total]");
  const t2 = performance.now();
  await page.stop();
  times.push((t2 - t0) / 1000);
  console.log(`run ${i + 1}: window ${((t1 - t0) / 1000).toFixed(2)} s, first figure ${((t2 - t0) / 1000).toFixed(2)} s`);
}
times.sort((a, b) => a - b);
console.log(`median to the first figure: ${times[Math.floor(times.length / 2)].toFixed(2)} s over ${runs} cold starts`);
