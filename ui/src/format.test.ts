import examples from "./bindings/money-examples.json";
import { compareDecimal, groupThousands, money, wholeUnits } from "./format";

describe("money formatting", () => {
  it("groups thousands without touching the digits", () => {
    expect(groupThousands("1234567.50")).toBe("1,234,567.50");
    expect(groupThousands("-1000.05")).toBe("-1,000.05");
    expect(groupThousands("999.99")).toBe("999.99");
    expect(groupThousands("0.00")).toBe("0.00");
    expect(money("60000.00", "USD")).toBe("USD 60,000.00");
    expect(wholeUnits("1234.99")).toBe("1,234");
  });

  it("shows money exactly as the Rust side does (plansight_plan::shown)", () => {
    expect(examples.length).toBeGreaterThan(10);
    for (const e of examples) expect(money(e.value, e.currency)).toBe(e.shown);
  });

  it("compares decimals exactly, beyond float precision", () => {
    expect(compareDecimal("10.00", "9.99")).toBeGreaterThan(0);
    expect(compareDecimal("-10.00", "9.99")).toBeLessThan(0);
    expect(compareDecimal("-10.00", "-9.99")).toBeLessThan(0);
    expect(compareDecimal("12345678901234567.01", "12345678901234567.02")).toBeLessThan(0);
    expect(compareDecimal("1.5", "1.50")).toBe(0);
  });
});

describe("changes", () => {
  it("always show their sign and say which way they go", async () => {
    const { direction, signed } = await import("./format");
    expect(signed("1200.00")).toBe("+1,200.00");
    expect(signed("-35.50")).toBe("-35.50");
    expect([direction("1.00"), direction("-0.01"), direction("0.00"), direction(null)]).toEqual(["up", "down", "", ""]);
  });
});
