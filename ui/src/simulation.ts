// The simulator's controls as a `Simulation` (the type the Rust side reads). Slider
// positions are integers (whole currency units, tenths of a percent), so turning one
// into the decimal text the engine reads is exact: no float touches a figure.
import type { DealTweak } from "./bindings/DealTweak";
import type { MeasureTweak } from "./bindings/MeasureTweak";
import type { Simulation } from "./bindings/Simulation";

/** Whole units from a decimal string, truncated ("1200000.50" -> 1200000). */
export function units(decimal: string): number {
  const whole = decimal.replace(/,/g, "").split(".")[0];
  const n = parseInt(whole === "" || whole === "-" ? "0" : whole, 10);
  return Number.isFinite(n) ? n : 0;
}

/** Whole units as money text ("1200000" -> "1200000.00"). */
export function fromUnits(n: number): string {
  return `${Math.trunc(n)}.00`;
}

/** A percentage in tenths as text (85 -> "8.5", 120 -> "12"). */
export function fromTenths(t: number): string {
  const whole = Math.trunc(t / 10);
  const tenth = Math.abs(t % 10);
  return tenth === 0 ? `${whole}` : `${whole}.${tenth}`;
}

/** A percentage text in tenths, rounded down to the tenth ("8.55" -> 85). */
export function tenths(percent: string): number {
  const [w, f = ""] = percent.trim().split(".");
  return parseInt(w || "0", 10) * 10 + parseInt(`${f}0`[0], 10);
}

/** What the controls hold: tweaks keyed by deal and by measure. */
export type Controls = {
  deals: Record<string, Omit<DealTweak, "id">>;
  measures: Record<string, Omit<MeasureTweak, "measure">>;
  targetIncentive: string | null;
};

export const noControls: Controls = { deals: {}, measures: {}, targetIncentive: null };

/** The simulation the controls make; untouched controls are left out. */
export function simulationOf(seller: string, c: Controls): Simulation {
  return {
    seller,
    deals: Object.entries(c.deals).map(([id, t]) => ({ id, ...t })),
    measures: Object.entries(c.measures).map(([measure, t]) => ({ measure, ...t })),
    target_incentive: c.targetIncentive,
  };
}

/** Whether the controls change anything. */
export function isTouched(c: Controls): boolean {
  return Object.keys(c.deals).length > 0 || Object.keys(c.measures).length > 0 || c.targetIncentive !== null;
}
