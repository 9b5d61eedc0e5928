import type { PlanView } from "../bindings/PlanView";
import { changeOf } from "./Designer";

const plan: PlanView = {
  id: "p",
  name: "Plan",
  currency: "USD",
  start: "2026-02-01",
  end: "2027-01-31",
  payout_period: "quarterly",
  target_incentive: "60000.00",
  measures: [
    {
      id: "new_arr",
      name: "New ARR",
      kind: "commission",
      tier_mode: "marginal",
      quota_period: "annual",
      tiers: [
        { from_percent: "0", rate_percent: "3" },
        { from_percent: "100", rate_percent: "8" },
      ],
      threshold_percent: "25",
      cap_percent: null,
    },
  ],
};

const draft = (patch: object = {}) => ({
  target: "60000.00",
  measures: {
    new_arr: {
      tiers: [
        { from_percent: "0", rate_percent: "3" },
        { from_percent: "100", rate_percent: "8" },
      ],
      threshold: "25",
      cap: "",
      quota: "",
      ...patch,
    },
  },
});

describe("plan designer", () => {
  it("sends nothing for the plan as it is", () => {
    expect(changeOf(plan, draft())).toEqual({ seller: "", deals: [], measures: [], target_incentive: null });
  });

  it("sends only what the form changed", () => {
    const c = changeOf(plan, {
      ...draft({
        threshold: "",
        tiers: [
          { from_percent: "0", rate_percent: "4" },
          { from_percent: "100", rate_percent: "8" },
        ],
      }),
      target: "70000.00",
    });
    expect(c.target_incentive).toBe("70000.00");
    expect(c.measures).toEqual([
      {
        measure: "new_arr",
        quota: null,
        threshold_percent: "",
        cap_percent: null,
        tiers: [
          { from_percent: "0", rate_percent: "4" },
          { from_percent: "100", rate_percent: "8" },
        ],
      },
    ]);
  });
});
