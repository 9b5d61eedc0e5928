// Money arrives from Rust as exact decimal strings ("1234567.50"). Formatting works on
// the string so no float ever touches a figure.

/** "1234567.50" -> "1,234,567.50"; keeps the sign and the cents as given. */
export function groupThousands(value: string): string {
  const negative = value.startsWith("-");
  const digits = negative ? value.slice(1) : value;
  const [int, frac] = digits.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (negative ? "-" : "") + grouped + (frac !== undefined ? `.${frac}` : "");
}

/** "1234.50", "USD" -> "USD 1,234.50". */
export function money(value: string, currency: string): string {
  return `${currency} ${groupThousands(value)}`;
}

/** Whole currency units for compact tables: "1234.50" -> "1,234" (truncated toward zero, as shown in summaries). */
export function wholeUnits(value: string): string {
  return groupThousands(value.split(".")[0]);
}

/** Compares two decimal strings exactly (for sorting): negative, zero or positive. */
export function compareDecimal(a: string, b: string): number {
  const na = a.startsWith("-");
  const nb = b.startsWith("-");
  if (na !== nb) return na ? -1 : 1;
  const [ai, af = ""] = (na ? a.slice(1) : a).split(".");
  const [bi, bf = ""] = (nb ? b.slice(1) : b).split(".");
  let c = ai.length - bi.length;
  if (c === 0) c = ai < bi ? -1 : ai > bi ? 1 : 0;
  if (c === 0) {
    const w = Math.max(af.length, bf.length);
    const x = af.padEnd(w, "0");
    const y = bf.padEnd(w, "0");
    c = x < y ? -1 : x > y ? 1 : 0;
  }
  return na ? -c : c;
}

/** A change with its sign always shown: "+1,200.00", "-35.50", "+0.00". */
export function signed(delta: string): string {
  return (delta.startsWith("-") ? "" : "+") + groupThousands(delta);
}

/** The class that colours a change: "up", "down", or "" for none. */
export function direction(delta: string | null | undefined): string {
  if (!delta || /^-?0(\.0+)?$/.test(delta)) return "";
  return delta.startsWith("-") ? "down" : "up";
}
