import { compareDecimal } from "../format";

/** A column of a sortable table; numeric columns compare as exact decimals. */
export type Column<K extends string> = { key: K; label: string; numeric: boolean };

/** Which column the table is sorted by, and which way. */
export type Sort<K extends string> = { key: K; desc: boolean };

/** The rows sorted by `sort` (empty values count as zero in numeric columns). */
export function sortRows<T, K extends string>(
  rows: T[],
  columns: Column<K>[],
  sort: Sort<K>,
  value: (row: T, key: K) => string,
): T[] {
  const numeric = columns.find((c) => c.key === sort.key)?.numeric ?? false;
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a, sort.key), value(b, sort.key)];
    const c = numeric ? compareDecimal(x || "0", y || "0") : x.localeCompare(y);
    return sort.desc ? -c : c;
  });
}

/** The header row: a button per column; a click sorts by it, again reverses it.
 * Numeric columns start highest first. */
export function SortHeader<K extends string>(props: {
  columns: Column<K>[];
  sort: Sort<K>;
  onSort: (s: Sort<K>) => void;
}) {
  const { sort } = props;
  return (
    <thead>
      <tr>
        {props.columns.map((c) => (
          <th
            key={c.key}
            class={c.numeric ? "num" : ""}
            aria-sort={sort.key === c.key ? (sort.desc ? "descending" : "ascending") : "none"}
          >
            <button
              type="button"
              onClick={() => props.onSort({ key: c.key, desc: sort.key === c.key ? !sort.desc : c.numeric })}
            >
              {c.label}
              {sort.key === c.key ? (sort.desc ? " ▾" : " ▴") : ""}
            </button>
          </th>
        ))}
      </tr>
    </thead>
  );
}
