// The parts of the plan authoring form: a measure with its tiers, a bonus, and the
// fields they are made of. The form's values are text; the Rust side reads them.
import type { BonusDraft } from "../bindings/BonusDraft";
import type { MeasureDraft } from "../bindings/MeasureDraft";

export const PERIODS = ["monthly", "quarterly", "annual"];

export function Text(props: {
  label: string;
  value: string;
  onInput: (v: string) => void;
  testid?: string;
  hint?: string;
}) {
  return (
    <label class="field">
      <span class="label">{props.label}</span>
      <input
        value={props.value}
        placeholder={props.hint}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        data-testid={props.testid}
      />
    </label>
  );
}

export function Pick(props: {
  label: string;
  value: string;
  options: string[];
  onChange: (v: string) => void;
  testid?: string;
  /** An empty first choice, so a value no longer among the options shows as unchosen. */
  choose?: string;
}) {
  return (
    <label class="field">
      <span class="label">{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)} data-testid={props.testid}>
        {props.choose !== undefined && <option value="">{props.choose}</option>}
        {props.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

export function newMeasure(n: number): MeasureDraft {
  return {
    id: `measure_${n}`,
    name: `Measure ${n}`,
    kind: "commission",
    tier_mode: "marginal",
    quota_period: "quarterly",
    quota: "250000.00",
    weight_percent: "",
    deal_types: "",
    threshold_percent: "",
    cap_percent: "",
    tiers: [{ from_percent: "0", rate_percent: "5" }],
  };
}

export function newBonus(n: number, measure: string): BonusDraft {
  return {
    id: `bonus_${n}`,
    name: `Bonus ${n}`,
    kind: "milestone",
    amount: "1000.00",
    deal_types: "",
    min_term_months: "",
    measure,
    attainment_percent: "100",
  };
}

/** A measure of the draft: its fields and its tiers. */
export function MeasureFields(props: {
  m: MeasureDraft;
  i: number;
  set: (patch: Partial<MeasureDraft>) => void;
  onRemove?: () => void;
}) {
  return (
    <fieldset class="author-part" data-testid="author-measure">
      <legend>Measure {props.i + 1}</legend>
      <div class="fields">
        <Text label="Name" value={props.m.name} onInput={(name) => props.set({ name })} />
        <Text label="Id" value={props.m.id} onInput={(id) => props.set({ id })} />
        <Pick
          label="Kind"
          value={props.m.kind}
          options={["commission", "incentive"]}
          onChange={(kind) => props.set({ kind })}
        />
        <Pick
          label="Tiers pay"
          value={props.m.tier_mode}
          options={["marginal", "retroactive"]}
          onChange={(tier_mode) => props.set({ tier_mode })}
        />
        <Pick
          label="Quota period"
          value={props.m.quota_period}
          options={PERIODS}
          onChange={(quota_period) => props.set({ quota_period })}
          testid="author-quota-period"
        />
        <Text
          label="Quota per period"
          value={props.m.quota}
          onInput={(quota) => props.set({ quota })}
          testid="author-quota"
        />
        {props.m.kind === "incentive" && (
          <Text
            label="Weight (% of target)"
            value={props.m.weight_percent}
            onInput={(weight_percent) => props.set({ weight_percent })}
          />
        )}
        <Text
          label="Deal types (empty: all)"
          value={props.m.deal_types}
          onInput={(deal_types) => props.set({ deal_types })}
          hint="new, expansion"
        />
        <Text
          label="Threshold (%)"
          value={props.m.threshold_percent}
          onInput={(threshold_percent) => props.set({ threshold_percent })}
          hint="none"
        />
        <Text
          label="Attainment cap (%)"
          value={props.m.cap_percent}
          onInput={(cap_percent) => props.set({ cap_percent })}
          hint="none"
        />
      </div>
      <table class="author-tiers">
        <thead>
          <tr>
            <th>From attainment (%)</th>
            <th>{props.m.kind === "incentive" ? "Pays (% of the base)" : "Rate (% of credit)"}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {props.m.tiers.map((t, k) => (
            <tr key={k}>
              <td>
                <input
                  value={t.from_percent}
                  aria-label={`Tier ${k + 1} from`}
                  data-testid="author-from"
                  onInput={(e) =>
                    props.set({
                      tiers: props.m.tiers.map((x, j) => (j === k ? { ...x, from_percent: e.currentTarget.value } : x)),
                    })
                  }
                />
              </td>
              <td>
                <input
                  value={t.rate_percent}
                  aria-label={`Tier ${k + 1} rate`}
                  data-testid="author-rate"
                  onInput={(e) =>
                    props.set({
                      tiers: props.m.tiers.map((x, j) => (j === k ? { ...x, rate_percent: e.currentTarget.value } : x)),
                    })
                  }
                />
              </td>
              <td>
                {props.m.tiers.length > 1 && (
                  <button
                    type="button"
                    class="link"
                    onClick={() => props.set({ tiers: props.m.tiers.filter((_, j) => j !== k) })}
                  >
                    Remove
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="row-between">
        <button
          type="button"
          onClick={() => props.set({ tiers: [...props.m.tiers, { from_percent: "100", rate_percent: "" }] })}
          data-testid="author-add-tier"
        >
          Add a tier
        </button>
        {props.onRemove && (
          <button type="button" class="link" onClick={props.onRemove}>
            Remove this measure
          </button>
        )}
      </div>
    </fieldset>
  );
}

/** A bonus of the draft: a milestone on a measure, or a bonus on each qualifying deal. */
export function BonusFields(props: {
  b: BonusDraft;
  i: number;
  measures: string[];
  set: (patch: Partial<BonusDraft>) => void;
  onRemove: () => void;
}) {
  return (
    <fieldset class="author-part">
      <legend>Bonus {props.i + 1}</legend>
      <div class="fields">
        <Text label="Name" value={props.b.name} onInput={(name) => props.set({ name })} />
        <Text label="Id" value={props.b.id} onInput={(id) => props.set({ id })} />
        <Pick
          label="Paid"
          value={props.b.kind}
          options={["milestone", "deal"]}
          onChange={(kind) => props.set({ kind })}
        />
        <Text label="Amount" value={props.b.amount} onInput={(amount) => props.set({ amount })} />
        {props.b.kind === "milestone" ? (
          <>
            <Pick
              label="On measure"
              value={props.b.measure}
              options={props.measures}
              choose="choose a measure…"
              onChange={(measure) => props.set({ measure })}
            />
            <Text
              label="At attainment (%)"
              value={props.b.attainment_percent}
              onInput={(attainment_percent) => props.set({ attainment_percent })}
            />
          </>
        ) : (
          <>
            <Text
              label="Deal types (empty: all)"
              value={props.b.deal_types}
              onInput={(deal_types) => props.set({ deal_types })}
            />
            <Text
              label="Shortest term (months)"
              value={props.b.min_term_months}
              onInput={(min_term_months) => props.set({ min_term_months })}
              hint="any"
            />
          </>
        )}
      </div>
      <button type="button" class="link" onClick={props.onRemove}>
        Remove this bonus
      </button>
    </fieldset>
  );
}
