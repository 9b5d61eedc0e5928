import { useState } from "preact/hooks";
import { api, errorText, prefersDark } from "../api";
import type { ReviewRow } from "../bindings/ReviewRow";
import { Chart } from "../components/Chart";
import { type Column, type Sort, SortHeader, sortRows } from "../components/Sortable";
import { TeamForecast } from "../components/TeamForecast";
import { Meter } from "../components/TeamTable";
import { compareDecimal, direction, groupThousands, money, signed } from "../format";
import { Loaded, useLoad } from "../load";

type Key = "rank" | "name" | "manager" | "attainment_percent" | "pace_percent" | "earnings" | "delta";

const COLUMNS: Column<Key>[] = [
  { key: "rank", label: "#", numeric: true },
  { key: "name", label: "Seller", numeric: false },
  { key: "manager", label: "Manager", numeric: false },
  { key: "attainment_percent", label: "Attainment", numeric: true },
  { key: "pace_percent", label: "Pace", numeric: true },
  { key: "earnings", label: "Earnings", numeric: true },
  { key: "delta", label: "Scenario change", numeric: true },
];

function cell(r: ReviewRow, k: Key): string {
  const v = r[k];
  return v === null || v === undefined ? "" : String(v);
}

/** Team review: the roster ranked by earnings with attainment and pace, the change a
 * saved scenario makes per seller, the attainment distribution, and an export for an
 * offline meeting. A row opens that seller's plan. */
export function Team(props: { currency: string; version: number; onSeller: (id: string) => void }) {
  const scenarios = useLoad(() => api.scenarios(), [props.version]);
  const [scenario, setScenario] = useState<string>("");
  const review = useLoad(() => api.teamReview(scenario || null), [scenario, props.version]);
  const [sort, setSort] = useState<Sort<Key>>({ key: "rank", desc: false });
  const [exported, setExported] = useState<string | undefined>();
  const dark = prefersDark();
  const exportReview = () => {
    setExported("Writing the review…");
    api
      .exportReview(scenario || null)
      .then((dir) => setExported(`Review written as CSV, XLSX and PNG/SVG charts to ${dir}`))
      .catch((e) => setExported(`The review could not be written: ${errorText(e)}`));
  };
  return (
    <div class="layout review-layout">
      <section class="panel" aria-label="Team review">
        <div class="row-between">
          <h2>Team review</h2>
          <div class="toolbar">
            <Loaded load={scenarios} what="The scenarios">
              {(list) => (
                <select
                  aria-label="Scenario"
                  value={scenario}
                  onChange={(e) => setScenario(e.currentTarget.value)}
                  data-testid="review-scenario"
                >
                  <option value="">No scenario</option>
                  {list.map((s) => (
                    <option key={s.name} value={s.name}>
                      {s.name}
                    </option>
                  ))}
                </select>
              )}
            </Loaded>
            <button type="button" onClick={exportReview} data-testid="export-review">
              Export review
            </button>
            <button
              type="button"
              onClick={() => {
                setExported("Writing the review pack…");
                api
                  .writeStatements(null, scenario || null, true)
                  .then((m) => setExported(m ?? undefined))
                  .catch((e) => setExported(`The review pack could not be written: ${errorText(e)}`));
              }}
              data-testid="review-pack"
            >
              Review pack (PDF)…
            </button>
          </div>
        </div>
        {exported && (
          <p class="sub" role="status">
            {exported}
          </p>
        )}
        <Loaded load={review} what="The team review">
          {(r) => {
            const rows = sortRows(r.rows, COLUMNS, sort, cell);
            return (
              <>
                <p class="sub">
                  As of {r.as_of}: {r.elapsed_percent}% of the plan year gone; pace 100% is on track. Team earnings{" "}
                  {money(r.total, props.currency)}
                  {r.scenario_total && r.delta && (
                    <>
                      {" "}
                      · under “{r.scenario}” {money(r.scenario_total, props.currency)} (
                      <strong data-testid="review-delta">{signed(r.delta)}</strong>)
                    </>
                  )}
                </p>
                <table class="team review" aria-label="Team review">
                  <SortHeader
                    columns={COLUMNS.filter((c) => c.key !== "delta" || r.scenario)}
                    sort={sort}
                    onSort={setSort}
                  />
                  <tbody>
                    {rows.map((x) => (
                      <tr
                        key={x.id}
                        data-seller={x.id}
                        tabIndex={0}
                        onClick={() => props.onSeller(x.id)}
                        onKeyDown={(e) => e.key === "Enter" && props.onSeller(x.id)}
                      >
                        <td class="num">{x.rank}</td>
                        <td>
                          <div class="name">{x.name}</div>
                          <div class="sub">{x.territory}</div>
                        </td>
                        <td>{x.manager}</td>
                        <td class="num">
                          <Meter percent={x.attainment_percent} />
                        </td>
                        <td
                          class={`num ${x.pace_percent && compareDecimal(x.pace_percent, "100") < 0 ? "behind" : "ahead"}`}
                        >
                          {x.pace_percent ? `${x.pace_percent}%` : "–"}
                        </td>
                        <td class="num money">{groupThousands(x.earnings)}</td>
                        {r.scenario && <td class={`num ${direction(x.delta)}`}>{x.delta ? signed(x.delta) : ""}</td>}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            );
          }}
        </Loaded>
      </section>
      <TeamForecast currency={props.currency} version={props.version} onSeller={props.onSeller} />
      <section class="panel" aria-label="Attainment distribution">
        <h2>Attainment distribution</h2>
        <Chart
          draw={() => api.chart("team", "", null, dark)}
          version={String(props.version)}
          label="How many sellers reach each band of attainment"
          testid="team-chart"
        />
      </section>
    </div>
  );
}
