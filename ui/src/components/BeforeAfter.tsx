import { direction, money, signed } from "../format";

/** A figure now, under a change, and the change itself, signed and coloured. */
export function BeforeAfter(props: {
  labels: [string, string];
  before: string;
  after: string;
  delta: string;
  currency: string;
  afterTestId?: string;
  deltaTestId?: string;
}) {
  return (
    <div class="figures-row">
      <div>
        <span class="label">{props.labels[0]}</span>
        <span class="value">{money(props.before, props.currency)}</span>
      </div>
      <div>
        <span class="label">{props.labels[1]}</span>
        <span class="value" data-testid={props.afterTestId}>
          {money(props.after, props.currency)}
        </span>
      </div>
      <div>
        <span class="label">Change</span>
        <span class={`value ${direction(props.delta)}`} data-testid={props.deltaTestId}>
          {signed(props.delta)}
        </span>
      </div>
    </div>
  );
}
