import { render } from "preact";
import { act } from "preact/test-utils";
import { Chart } from "./Chart";

async function mount(draw: () => Promise<string>, version = "s02") {
  const root = document.createElement("div");
  document.body.appendChild(root);
  await act(async () => {
    render(<Chart draw={draw} version={version} label="Payouts" testid="payout-chart" />, root);
  });
  await act(async () => {});
  return root;
}

describe("Chart", () => {
  it("shows the SVG that Rust drew, and draws again when its version changes", async () => {
    let calls = 0;
    const draw = async () => {
      calls++;
      return `<svg viewBox="0 0 10 10"><text>2026-Q${calls}</text></svg>`;
    };
    const root = await mount(draw);
    expect(root.querySelector("[data-testid=payout-chart] svg")).not.toBeNull();
    expect(root.textContent).toContain("2026-Q1");
    await act(async () => {
      render(<Chart draw={draw} version="s03" label="Payouts" testid="payout-chart" />, root);
    });
    await act(async () => {});
    expect(calls).toBe(2);
    expect(root.textContent).toContain("2026-Q2");
  });

  it("says so in words when the chart cannot be drawn", async () => {
    const root = await mount(() => Promise.reject('There is no seller "s02" in this workspace.'));
    expect(root.querySelector("[role=alert]")?.textContent).toContain("could not be drawn");
    expect(root.querySelector("[role=alert]")?.textContent).toContain("no seller");
  });
});
