import { render } from "preact";
import { act } from "preact/test-utils";
import { PayoutChart } from "./PayoutChart";

async function mount(draw: (id: string, dark: boolean) => Promise<string>) {
  const root = document.createElement("div");
  document.body.appendChild(root);
  await act(async () => {
    render(<PayoutChart seller="s02" draw={draw} />, root);
  });
  await act(async () => {});
  return root;
}

describe("PayoutChart", () => {
  it("asks Rust for the selected seller's chart and shows the SVG", async () => {
    const asked: string[] = [];
    const root = await mount(async (id) => {
      asked.push(id);
      return '<svg viewBox="0 0 10 10"><text>2026-Q1</text></svg>';
    });
    expect(asked).toEqual(["s02"]);
    expect(root.querySelector("[data-testid=payout-chart] svg")).not.toBeNull();
    expect(root.textContent).toContain("2026-Q1");
  });

  it("says so in words when the chart cannot be drawn", async () => {
    const root = await mount(() => Promise.reject("There is no seller \"s02\" in this workspace."));
    expect(root.querySelector("[role=alert]")?.textContent).toContain("could not be drawn");
  });
});
