import { render } from "preact";
import { act } from "preact/test-utils";
import type { DealRow } from "../bindings/DealRow";
import { DealTable, filterDeals } from "./DealTable";

const deal = (i: number, stage = "won"): DealRow => ({
  id: `D-${String(i).padStart(5, "0")}`,
  seller: "s02",
  name: i % 2 ? "Platform renewal" : "New logo",
  account: `Account ${i}`,
  amount: `${i * 1000}.00`,
  close_date: `2026-0${(i % 9) + 1}-15`,
  stage,
  deal_type: "new",
  product: i % 3 ? "GTX Pro" : "MG Special",
  split_percent: "100",
  earnings: `${i * 30}.00`,
  hold: "",
});

const rows = Array.from({ length: 3000 }, (_, i) => deal(i + 1, i % 4 === 0 ? "open" : "won"));

async function mount(onOpen = (_: DealRow) => {}, onExplain = (_: DealRow) => {}) {
  const root = document.createElement("div");
  document.body.appendChild(root);
  await act(async () => {
    render(<DealTable rows={rows} onOpen={onOpen} onExplain={onExplain} />, root);
  });
  return root;
}

describe("DealTable", () => {
  it("searches deal, name, account and product, and filters by stage", () => {
    expect(filterDeals(rows, "", "").length).toBe(3000);
    expect(filterDeals(rows, "", "open").length).toBe(750);
    expect(filterDeals(rows, "account 12", "").map((r) => r.id)).toContain("D-00012");
    expect(filterDeals(rows, "mg special", "open").every((r) => r.product === "MG Special" && r.stage === "open")).toBe(
      true,
    );
  });

  it("draws only the rows in view of thousands, counts them all, and sorts exactly", async () => {
    const root = await mount();
    const drawn = root.querySelectorAll("tbody tr[data-deal]");
    expect(drawn.length).toBeLessThan(40);
    expect(root.querySelector("[data-testid=deal-count]")?.textContent).toBe("3000 of 3000 deals");
    const amount = [...root.querySelectorAll("th button")].find((b) =>
      b.textContent?.startsWith("Amount"),
    ) as HTMLButtonElement;
    await act(async () => amount.click());
    // Highest amount first: 3,000,000.00 sorts above 999,000.00 (decimal, not text, order).
    expect(root.querySelector("tbody tr[data-deal]")?.getAttribute("data-deal")).toBe("D-03000");
  });

  it("opens a row on Enter and explains its earnings on click", async () => {
    const opened: string[] = [];
    const explained: string[] = [];
    const root = await mount(
      (r) => opened.push(r.id),
      (r) => explained.push(r.id),
    );
    const first = root.querySelector("tbody tr[data-deal]") as HTMLElement;
    first.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    (first.querySelector("button.link") as HTMLButtonElement).click();
    expect(opened).toHaveLength(1);
    expect(explained).toEqual(opened);
  });
});
