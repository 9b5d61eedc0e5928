import type { SellerDetail } from "../bindings/SellerDetail";
import { groupThousands, money } from "../format";
import { Meter } from "./TeamTable";

/** One seller: attainment per measure and quota period (with the credit that reaches
 * the next tier), and the payout schedule with draws and balances. */
export function SellerPanel(props: {
  detail: SellerDetail;
  currency: string;
  measureNames: Record<string, string>;
  onExplain?: (measure: string | null, period: string) => void;
}) {
  const onExplain = props.onExplain;
  const figure = (measure: string | null, period: string, value: string, testid?: string) =>
    onExplain ? (
      <button
        type="button"
        class="link"
        title="What makes up this figure"
        data-testid={testid}
        onClick={() => onExplain(measure, period)}
      >
        {groupThousands(value)}
      </button>
    ) : (
      groupThousands(value)
    );
  const d = props.detail;
  return (
    <section class="panel seller" aria-label={`Seller ${d.name}`}>
      <header>
        <h2>{d.name}</h2>
        <div class="total">
          <span class="label">Plan-year earnings</span>
          <span class="value" data-testid="seller-total">
            {money(d.total, props.currency)}
          </span>
        </div>
      </header>
      <h3>Attainment</h3>
      <table class="figures">
        <thead>
          <tr>
            <th>Measure</th>
            <th>Period</th>
            <th class="num">Quota</th>
            <th class="num">Credit</th>
            <th class="num">Attainment</th>
            <th class="num">Earnings</th>
            <th>Next tier</th>
          </tr>
        </thead>
        <tbody>
          {d.attainment.map((a) => (
            <tr key={a.measure + a.period}>
              <td>{props.measureNames[a.measure] ?? a.measure}</td>
              <td>{a.period}</td>
              <td class="num">{groupThousands(a.quota)}</td>
              <td class="num">{groupThousands(a.credit)}</td>
              <td class="num">
                <Meter percent={a.attainment_percent} />
              </td>
              <td class="num">{figure(a.measure, a.period, a.earnings, "explain-earnings")}</td>
              <td class="next" data-testid="next-tier">
                {a.next_tier_percent && a.to_next_tier ? (
                  <span
                    title={`${groupThousands(a.to_next_tier)} more credit reaches ${a.next_tier_percent}% attainment`}
                  >
                    +{groupThousands(a.to_next_tier)} to {a.next_tier_percent}%
                  </span>
                ) : (
                  <span class="sub">top tier</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Payout schedule</h3>
      <table class="figures">
        <thead>
          <tr>
            <th>Period</th>
            <th class="num">Earned</th>
            <th class="num">Draw</th>
            <th class="num">Recovered</th>
            <th class="num">Payable</th>
            <th class="num">Draw balance</th>
          </tr>
        </thead>
        <tbody>
          {d.payouts.map((p) => (
            <tr key={p.period}>
              <td>{p.period}</td>
              <td class="num">{groupThousands(p.earned)}</td>
              <td class="num">{groupThousands(p.draw)}</td>
              <td class="num">{groupThousands(p.recovered)}</td>
              <td class="num strong">{figure(null, p.period, p.payable, "explain-payable")}</td>
              <td class="num">{groupThousands(p.draw_balance)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
