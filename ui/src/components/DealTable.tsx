import { useMemo, useState } from "preact/hooks";
import type { DealRow } from "../bindings/DealRow";
import { groupThousands } from "../format";
import { type Column, type Sort, SortHeader, sortRows } from "./Sortable";

type Key = "id" | "name" | "account" | "amount" | "close_date" | "stage" | "earnings";

const COLUMNS: Column<Key>[] = [
  { key: "id", label: "Deal", numeric: false },
  { key: "name", label: "Name", numeric: false },
  { key: "account", label: "Account", numeric: false },
  { key: "close_date", label: "Close date", numeric: false },
  { key: "stage", label: "Stage", numeric: false },
  { key: "amount", label: "Amount", numeric: true },
  { key: "earnings", label: "Earnings", numeric: true },
];

/** Height of one row in pixels: the table draws only the rows in view. */
export const ROW = 34;
const VIEW = 16;

/** Rows matching a search (deal, name, account, product) and a stage. */
export function filterDeals(rows: DealRow[], search: string, stage: string): DealRow[] {
  const q = search.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (stage === "" || r.stage === stage) &&
      (q === "" || [r.id, r.name, r.account, r.product].some((f) => f.toLowerCase().includes(q))),
  );
}

/** The seller's credit lines: sortable, filtered, searched, and windowed so that
 * thousands of rows scroll smoothly. A row (click or Enter) opens the deal; its
 * earnings open the explanation. */
export function DealTable(props: {
  rows: DealRow[];
  selected?: string;
  onOpen: (row: DealRow) => void;
  onExplain: (row: DealRow) => void;
}) {
  const [search, setSearch] = useState("");
  const [stage, setStage] = useState("");
  const [sort, setSort] = useState<Sort<Key>>({ key: "close_date", desc: true });
  const [top, setTop] = useState(0);
  const rows = useMemo(
    () => sortRows(filterDeals(props.rows, search, stage), COLUMNS, sort, (r, k) => r[k]),
    [props.rows, search, stage, sort],
  );
  const first = Math.max(0, Math.floor(top / ROW) - 4);
  const shown = rows.slice(first, first + VIEW + 8);
  return (
    <div class="deal-table">
      <div class="toolbar">
        <input
          type="search"
          placeholder="Search deal, name, account, product"
          aria-label="Search deals"
          value={search}
          onInput={(e) => setSearch(e.currentTarget.value)}
          data-testid="deal-search"
        />
        <select
          aria-label="Stage"
          value={stage}
          onChange={(e) => setStage(e.currentTarget.value)}
          data-testid="stage-filter"
        >
          <option value="">All stages</option>
          <option value="won">Won</option>
          <option value="open">Open (pipeline)</option>
          <option value="lost">Lost</option>
          <option value="cancelled">Cancelled</option>
        </select>
        <span class="sub" data-testid="deal-count">
          {rows.length} of {props.rows.length} deals
        </span>
      </div>
      <div
        class="scroller"
        style={{ height: `${(VIEW + 1) * ROW}px` }}
        onScroll={(e) => setTop(e.currentTarget.scrollTop)}
      >
        <table class="deals" aria-label="Deals" aria-rowcount={rows.length}>
          <SortHeader columns={COLUMNS} sort={sort} onSort={setSort} />
          <tbody>
            {first > 0 && <tr class="spacer" style={{ height: `${first * ROW}px` }} />}
            {shown.map((r) => (
              <tr
                key={r.id}
                data-deal={r.id}
                tabIndex={0}
                class={props.selected === r.id ? "selected" : ""}
                onClick={() => props.onOpen(r)}
                onKeyDown={(e) => e.key === "Enter" && props.onOpen(r)}
              >
                <td>{r.id}</td>
                <td class="clip">{r.name}</td>
                <td class="clip">{r.account}</td>
                <td>{r.close_date}</td>
                <td>
                  <span class={`stage ${r.stage}`}>{r.stage}</span>
                  {r.hold && (
                    <span class="badge warning" title={r.hold} data-testid="deal-held">
                      {" "}
                      held
                    </span>
                  )}
                </td>
                <td class="num">
                  {groupThousands(r.amount)}
                  {r.split_percent !== "100" ? <span class="sub"> ×{r.split_percent}%</span> : null}
                </td>
                <td class="num">
                  <button
                    type="button"
                    class="link"
                    title="Why this deal pays this"
                    onClick={(e) => {
                      e.stopPropagation();
                      props.onExplain(r);
                    }}
                  >
                    {groupThousands(r.earnings)}
                  </button>
                </td>
              </tr>
            ))}
            {first + shown.length < rows.length && (
              <tr class="spacer" style={{ height: `${(rows.length - first - shown.length) * ROW}px` }} />
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
