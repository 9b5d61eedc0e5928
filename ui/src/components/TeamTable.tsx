import { useState } from "preact/hooks";
import type { SellerRow } from "../bindings/SellerRow";
import { wholeUnits } from "../format";
import { type Column, type Sort, SortHeader, sortRows } from "./Sortable";

type Key = "name" | "territory" | "headline_attainment_percent" | "total";

const COLUMNS: Column<Key>[] = [
  { key: "name", label: "Seller", numeric: false },
  { key: "territory", label: "Territory", numeric: false },
  { key: "headline_attainment_percent", label: "Attainment", numeric: true },
  { key: "total", label: "Earnings", numeric: true },
];

/** The team, sortable by any column; a row selects the seller (click or Enter). */
export function TeamTable(props: {
  sellers: SellerRow[];
  currency: string;
  selected?: string;
  onSelect: (id: string) => void;
}) {
  const [sort, setSort] = useState<Sort<Key>>({ key: "total", desc: true });
  const rows = sortRows(props.sellers, COLUMNS, sort, (r, k) => r[k]);
  return (
    <table class="team" aria-label="Team">
      <SortHeader columns={COLUMNS} sort={sort} onSort={setSort} />
      <tbody>
        {rows.map((s) => (
          <tr
            key={s.id}
            data-seller={s.id}
            tabIndex={0}
            class={props.selected === s.id ? "selected" : ""}
            onClick={() => props.onSelect(s.id)}
            onKeyDown={(e) => e.key === "Enter" && props.onSelect(s.id)}
          >
            <td>
              <div class="name">{s.name}</div>
              <div class="sub">{s.manager ? `${s.id} · reports to ${s.manager}` : s.id}</div>
            </td>
            <td>{s.territory}</td>
            <td class="num">
              <Meter percent={s.headline_attainment_percent} />
            </td>
            <td class="num money">
              {props.currency} {wholeUnits(s.total)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Attainment as text and a bar; the bar's width is presentation only, the text is exact. */
export function Meter(props: { percent: string }) {
  const width = Math.min(Number(props.percent), 200) / 2;
  const over = Number(props.percent) >= 100;
  return (
    <span class="meter">
      <span class="bar">
        <span class={over ? "fill over" : "fill"} style={{ width: `${width}%` }} />
        <span class="quota-mark" />
      </span>
      <span class="pct">{props.percent}%</span>
    </span>
  );
}
