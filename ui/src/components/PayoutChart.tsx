import { useEffect, useState } from "preact/hooks";
import { api } from "../api";

const dark = () => typeof window !== "undefined" && !!window.matchMedia?.("(prefers-color-scheme: dark)").matches;

/** The seller's payouts by period, drawn in Rust by plotters and shown as SVG. */
export function PayoutChart(props: { seller: string; draw?: (id: string, dark: boolean) => Promise<string> }) {
  const draw = props.draw ?? api.payoutChart;
  const [svg, setSvg] = useState<{ seller: string; markup?: string; error?: string }>({ seller: props.seller });
  useEffect(() => {
    let live = true;
    draw(props.seller, dark())
      .then((markup) => live && setSvg({ seller: props.seller, markup }))
      .catch((e) => live && setSvg({ seller: props.seller, error: String(e) }));
    return () => {
      live = false;
    };
  }, [props.seller]);
  if (svg.error) return <p class="status error" role="alert">The chart could not be drawn: {svg.error}</p>;
  if (!svg.markup || svg.seller !== props.seller) return <p class="status" role="status">Drawing the chart…</p>;
  // The markup is produced by our own Rust code from engine figures, never from user text.
  return <div class="chart" data-testid="payout-chart" role="img" aria-label="Earned and payable by payout period" dangerouslySetInnerHTML={{ __html: svg.markup }} />;
}
