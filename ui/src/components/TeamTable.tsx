import { useState } from "preact/hooks";
import type { SellerRow } from "../bindings/SellerRow";
import { compareDecimal, wholeUnits } from "../format";

type Key = "name" | "territory" | "headline_attainment_percent" | "total";

const COLUMNS: { key: Key; label: string; numeric: boolean }[] = [
  { key: "name", label: "Seller", numeric: false },
  { key: "territory", label: "Territory", numeric: false },
  { key: "headline_attainment_percent", label: "Attainment", numeric: true },
  { key: "total", label: "Earnings", numeric: true },
];

/** The team, sortable by any column; a row selects the seller (click or Enter). */
export function TeamTable(props: { sellers: SellerRow[]; currency: string; selected?: string; onSelect: (id: string) => void }) {
  const [sort, setSort] = useState<{ key: Key; desc: boolean }>({ key: "total", desc: true });
  const rows = [...props.sellers].sort((a, b) => {
    const col = COLUMNS.find((c) => c.key === sort.key)!;
    const c = col.numeric ? compareDecimal(a[sort.key], b[sort.key]) : a[sort.key].localeCompare(b[sort.key]);
    return sort.desc ? -c : c;
  });
  return (
    <table class="team" aria-label="Team">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th
              key={c.key}
              class={c.numeric ? "num" : ""}
              aria-sort={sort.key === c.key ? (sort.desc ? "descending" : "ascending") : "none"}
            >
              <button type="button" onClick={() => setSort({ key: c.key, desc: sort.key === c.key ? !sort.desc : c.numeric })}>
                {c.label}
                {sort.key === c.key ? (sort.desc ? " ▾" : " ▴") : ""}
              </button>
            </th>
          ))}
        </tr>
      </thead>
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
            <td class="num money">{props.currency} {wholeUnits(s.total)}</td>
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
