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

  it("compares decimals exactly, beyond float precision", () => {
    expect(compareDecimal("10.00", "9.99")).toBeGreaterThan(0);
    expect(compareDecimal("-10.00", "9.99")).toBeLessThan(0);
    expect(compareDecimal("-10.00", "-9.99")).toBeLessThan(0);
    expect(compareDecimal("12345678901234567.01", "12345678901234567.02")).toBeLessThan(0);
    expect(compareDecimal("1.5", "1.50")).toBe(0);
  });
});
