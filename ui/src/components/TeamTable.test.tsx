import { render } from "preact";
import { TeamTable } from "./TeamTable";
import type { SellerRow } from "../bindings/SellerRow";

const row = (id: string, total: string, att: string): SellerRow => ({
  id,
  name: `Name ${id}`,
  manager: "Dana",
  territory: "West",
  total,
  headline_attainment_percent: att,
  deals_credited: 3,
});

function mount(onSelect: (id: string) => void = () => {}) {
  const root = document.createElement("div");
  document.body.appendChild(root);
  const sellers = [row("s1", "900.00", "90.0"), row("s2", "10000.00", "120.5"), row("s3", "-5.00", "0.0")];
  render(<TeamTable sellers={sellers} currency="USD" onSelect={onSelect} />, root);
  return root;
}

const order = (root: HTMLElement) => [...root.querySelectorAll("tbody tr")].map((tr) => tr.getAttribute("data-seller"));

describe("TeamTable", () => {
  it("sorts by earnings, highest first, comparing decimals exactly", () => {
    expect(order(mount())).toEqual(["s2", "s1", "s3"]);
  });

  it("re-sorts when a header is clicked and selects on Enter", async () => {
    const picked: string[] = [];
    const root = mount((id) => picked.push(id));
    const earnings = [...root.querySelectorAll("th button")].find((b) =>
      b.textContent?.startsWith("Earnings"),
    ) as HTMLButtonElement;
    earnings.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(order(root)).toEqual(["s3", "s1", "s2"]);
    const first = root.querySelector("tbody tr") as HTMLElement;
    first.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(picked).toEqual(["s3"]);
  });

  it("shows money grouped in whole units", () => {
    expect(mount().querySelector("tbody tr td.money")?.textContent).toBe("USD 10,000");
  });
});
