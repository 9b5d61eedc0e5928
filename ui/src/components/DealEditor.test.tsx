import { render } from "preact";
import { act } from "preact/test-utils";
import type { DealForm } from "../bindings/DealForm";
import type { DealRow } from "../bindings/DealRow";
import { DealEditor } from "./DealEditor";

const open: DealRow = {
  id: "D-1",
  seller: "s02",
  name: "Pilot",
  account: "Acme",
  amount: "50000.00",
  close_date: "2026-09-30",
  stage: "open",
  deal_type: "new",
  product: "Platform",
  split_percent: "100",
  earnings: "0.00",
  hold: "",
};

async function mount(save: (o: string | null, f: DealForm) => Promise<string>, original?: DealRow) {
  const done: string[] = [];
  const stages: string[] = [];
  const root = document.createElement("div");
  document.body.appendChild(root);
  await act(async () => {
    render(
      <DealEditor
        original={original}
        seller="s02"
        save={save}
        setStage={async (d, s) => {
          stages.push(`${d}:${s}`);
          return `Deal ${d} is now ${s}.`;
        }}
        remove={async (d) => `Deleted ${d}.`}
        onDone={(m) => done.push(m)}
        onCancel={() => {}}
      />,
      root,
    );
  });
  return { root, done, stages };
}

async function type(root: HTMLElement, name: string, value: string) {
  const input = root.querySelector(`input[name=${name}]`) as HTMLInputElement;
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

describe("DealEditor", () => {
  it("saves the form as typed, against the original deal", async () => {
    const saved: [string | null, DealForm][] = [];
    const { root, done } = await mount(async (o, f) => {
      saved.push([o, f]);
      return "Saved.";
    }, open);
    await type(root, "amount", "75000.00");
    await act(async () => (root.querySelector("[data-testid=save-deal]") as HTMLButtonElement).click());
    expect(saved).toHaveLength(1);
    expect(saved[0][0]).toBe("D-1");
    expect(saved[0][1].amount).toBe("75000.00");
    expect(saved[0][1].account).toBe("Acme");
    expect(done).toEqual(["Saved."]);
  });

  it("shows the parser's refusal in words and stays open", async () => {
    const { root, done } = await mount(() => Promise.reject('amount: "lots" is not a decimal (write it like 1234.50)'));
    await type(root, "amount", "lots");
    await act(async () => (root.querySelector("[data-testid=save-deal]") as HTMLButtonElement).click());
    await act(async () => {});
    expect(root.querySelector("[role=alert]")?.textContent).toContain("is not a decimal");
    expect(done).toEqual([]);
    expect(root.querySelector("[data-testid=save-deal]")?.textContent).toBe("Add deal");
  });

  it("wins a pipeline deal in one click", async () => {
    const { root, done, stages } = await mount(async () => "", open);
    await act(async () => (root.querySelector("[data-testid=win-deal]") as HTMLButtonElement).click());
    expect(stages).toEqual(["D-1:won"]);
    expect(done).toEqual(["Deal D-1 is now won."]);
  });
});
