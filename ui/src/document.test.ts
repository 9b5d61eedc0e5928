import { findClause, sections } from "./document";

const DOC = `# FY26 plan

## 1. Purpose

1.1 This plan pays for New ARR and Renewals.

## 3. New ARR commission

3.1 New and expansion deals credit the New ARR measure.

3.2 **Threshold.** Nothing is paid until 25% attainment.

3.3 **Rates.** Marginal.

| band | rate |
| --- | --- |
| 0% – 50% | 3% |

3.4 **Cap.** Credit above 300% earns nothing more.

## 4. Renewals incentive

4.1 Renewal deals credit Renewals.
`;

describe("plan document", () => {
  it("splits sections at headings and clauses at blank lines, keeping tables whole", () => {
    const s = sections(DOC);
    expect(s.map((x) => x.heading)).toEqual([
      "FY26 plan",
      "1. Purpose",
      "3. New ARR commission",
      "4. Renewals incentive",
    ]);
    expect(s[2].clauses).toHaveLength(5);
    expect(s[2].clauses[3].split("\n")).toHaveLength(3);
  });

  it("finds the clause of a rule by the measure's section and the rule's topic", () => {
    const s = sections(DOC);
    expect(findClause(s, "New ARR", "threshold")).toEqual({ section: 2, clause: 1 });
    expect(findClause(s, "New ARR", "tiers")).toEqual({ section: 2, clause: 2 });
    expect(findClause(s, "New ARR", "cap")).toEqual({ section: 2, clause: 4 });
    expect(findClause(s, "Renewals", "measure")).toEqual({ section: 3, clause: 0 });
    // A topic the section does not mention falls back to the section's first clause.
    expect(findClause(s, "Renewals", "cap")).toEqual({ section: 3, clause: 0 });
    expect(findClause(s, "Travel", "measure")).toBeUndefined();
  });
});
