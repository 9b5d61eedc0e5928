import { useEffect, useState } from "preact/hooks";
import { errorText } from "../api";

/**
 * A chart drawn in Rust by plotters from the engine's figures and shown as SVG. `draw`
 * runs again whenever `version` changes; the last chart stays up while the next one is
 * drawn, so a moving slider does not flicker.
 */
export function Chart(props: { draw: () => Promise<string>; version: string; label: string; testid?: string }) {
  const [svg, setSvg] = useState<{ markup?: string; error?: string }>({});
  useEffect(() => {
    let live = true;
    props
      .draw()
      .then((markup) => live && setSvg({ markup }))
      .catch((e) => live && setSvg({ error: errorText(e) }));
    return () => {
      live = false;
    };
  }, [props.version]);
  if (svg.error)
    return (
      <p class="status error" role="alert">
        The chart could not be drawn: {svg.error}
      </p>
    );
  if (!svg.markup)
    return (
      <p class="status loading chart-placeholder" role="status">
        Drawing the chart…
      </p>
    );
  return <Svg markup={svg.markup} label={props.label} testid={props.testid} />;
}

/** A chart already drawn in Rust (plotters), shown as its SVG. */
export function Svg(props: { markup: string; label: string; testid?: string }) {
  // The markup is produced by our own Rust code (plotters) with every text escaped.
  return (
    <div
      class="chart"
      data-testid={props.testid}
      role="img"
      aria-label={props.label}
      dangerouslySetInnerHTML={{ __html: props.markup }}
    />
  );
}
