import { fromTenths, fromUnits, isTouched, noControls, simulationOf, tenths, units } from "./simulation";

describe("simulator controls", () => {
  it("turns slider integers into exact decimal text and back", () => {
    expect(units("1200000.50")).toBe(1200000);
    expect(units("1,200,000")).toBe(1200000);
    expect(units("")).toBe(0);
    expect(fromUnits(450000)).toBe("450000.00");
    expect(fromTenths(85)).toBe("8.5");
    expect(fromTenths(120)).toBe("12");
    expect(tenths("8.5")).toBe(85);
    expect(tenths("12")).toBe(120);
    expect(tenths("0.05")).toBe(0);
  });

  it("makes a simulation of only what was touched", () => {
    expect(isTouched(noControls)).toBe(false);
    const c = {
      deals: { "D-1": { amount: "900000.00", close_date: null, stage: null } },
      measures: { new_arr: { quota: "800000.00", threshold_percent: null, cap_percent: null, tiers: null } },
      targetIncentive: null,
    };
    expect(isTouched(c)).toBe(true);
    expect(simulationOf("s02", c)).toEqual({
      seller: "s02",
      deals: [{ id: "D-1", amount: "900000.00", close_date: null, stage: null }],
      measures: [{ measure: "new_arr", quota: "800000.00", threshold_percent: null, cap_percent: null, tiers: null }],
      target_incentive: null,
    });
  });
});
