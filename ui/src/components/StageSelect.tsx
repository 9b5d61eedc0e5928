/** A deal's stage, as the plan language names them (`cancelled` only where a deal can be
 * recorded as cancelled: the deal form, not the simulator). */
export function StageSelect(props: {
  value: string;
  onChange: (stage: string) => void;
  withCancelled?: boolean;
  name?: string;
}) {
  return (
    <label>
      <span>Stage</span>
      <select name={props.name} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="open">open</option>
        <option value="won">won</option>
        <option value="lost">lost</option>
        {props.withCancelled && <option value="cancelled">cancelled</option>}
      </select>
    </label>
  );
}
