import { useState } from "preact/hooks";
import { api } from "../api";
import type { DealRow } from "../bindings/DealRow";
import { DealEditor } from "../components/DealEditor";
import { DealTable } from "../components/DealTable";
import { ExplanationView } from "../components/ExplanationView";
import { Loaded, useLoad } from "../load";

/** Deals: the seller's credit lines with what each earns; edit, add, win or drop, and
 * the engine's explanation of any figure. */
export function Deals(props: {
  seller: string;
  currency: string;
  version: number;
  onChanged: (message: string) => void;
}) {
  const deals = useLoad(() => api.deals(props.seller), [props.seller, props.version]);
  const [open, setOpen] = useState<{ row?: DealRow; adding: boolean } | undefined>();
  const [explained, setExplained] = useState<string | undefined>();
  const explanation = useLoad(
    () => (explained ? api.explain(props.seller, explained) : Promise.resolve(undefined)),
    [props.seller, explained, props.version],
  );
  const done = (message: string) => {
    setOpen(undefined);
    props.onChanged(message);
  };
  return (
    <div class="layout deals-layout">
      <section class="panel" aria-label="Deals">
        <div class="row-between">
          <h2>Deals</h2>
          <button type="button" class="primary" onClick={() => setOpen({ adding: true })} data-testid="add-deal">
            Add hypothetical deal
          </button>
        </div>
        <Loaded load={deals} what="The deals">
          {(rows) => (
            <DealTable
              rows={rows}
              selected={open?.row?.id}
              onOpen={(row) => {
                setOpen({ row, adding: false });
                setExplained(row.id);
              }}
              onExplain={(row) => setExplained(row.id)}
            />
          )}
        </Loaded>
      </section>
      <div class="column">
        {open && (
          <section class="panel">
            <DealEditor
              key={open.row?.id ?? "new"}
              original={open.row}
              seller={props.seller}
              save={api.saveDeal}
              setStage={(deal, stage) => api.setStage(props.seller, deal, stage)}
              remove={(deal) => api.deleteDeal(props.seller, deal)}
              onDone={done}
              onCancel={() => setOpen(undefined)}
            />
          </section>
        )}
        <section class="panel" aria-label="Explanation">
          <h2>Why it pays this</h2>
          {!explained && <p class="sub">Choose a deal, or click its earnings, to see how the engine computed them.</p>}
          {explained && (
            <Loaded load={explanation} what="The explanation">
              {(e) =>
                e && <ExplanationView explanation={e} currency={props.currency} subject={`Deal ${e.deal} earns`} />
              }
            </Loaded>
          )}
        </section>
      </div>
    </div>
  );
}
