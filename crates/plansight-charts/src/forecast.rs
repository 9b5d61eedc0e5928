//! The forecast band: how the plan year's payout falls over the Monte Carlo's runs (a
//! histogram), with P10, P50 and P90 marked.

use crate::{cents, compact_money, drawing, fonts, text_style, themed_mesh, Chart, ChartError, Theme};
use plansight_plan::Exact;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Bars of the histogram.
const BINS: i64 = 24;

/// Runs per payout band, with the quantiles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForecastBand {
    /// Caption above the chart.
    pub title: String,
    /// ISO currency code of the plan, for the axis.
    pub currency: String,
    /// The first band's lower edge and each band's width, in cents.
    pub low: i64,
    /// Width of a band, in cents (at least 1).
    pub width: i64,
    /// Runs in each band.
    pub counts: Vec<u32>,
    /// P10, P50 and P90 in cents.
    pub marks: [(String, i64); 3],
}

impl ForecastBand {
    /// The histogram of sorted run totals (exact), with their P10/P50/P90.
    pub fn of_runs(title: &str, currency: &str, sorted: &[i128], p: [Exact; 3]) -> ForecastBand {
        let c: Vec<i64> = sorted.iter().map(|&t| cents(Exact(t))).collect();
        let (lo, hi) = (c.first().copied().unwrap_or(0), c.last().copied().unwrap_or(0));
        // A spread of nothing (no open deal) still gets a visible band around its value.
        let pad = if hi == lo { (lo.abs() / 20).max(100) } else { 0 };
        let (lo, hi) = (lo - pad, hi + pad);
        let width = ((hi - lo) / BINS + 1).max(1);
        let mut counts = vec![0u32; BINS as usize];
        for v in c {
            counts[(((v - lo) / width) as usize).min(BINS as usize - 1)] += 1;
        }
        ForecastBand {
            title: title.into(),
            currency: currency.into(),
            low: lo,
            width,
            counts,
            marks: [
                ("P10".into(), cents(p[0])),
                ("P50".into(), cents(p[1])),
                ("P90".into(), cents(p[2])),
            ],
        }
    }
}

impl Chart for ForecastBand {
    fn draw<DB: DrawingBackend>(
        &self,
        root: DrawingArea<DB, plotters::coord::Shift>,
        theme: Theme,
    ) -> Result<(), ChartError> {
        fonts();
        let pal = theme.palette();
        root.fill(&pal.background).map_err(drawing)?;
        let most = self.counts.iter().copied().max().unwrap_or(0).max(1);
        let top = most + most / 5 + 1;
        let hi = self.low + self.width * self.counts.len() as i64;
        let mut chart = ChartBuilder::on(&root)
            .caption(&self.title, text_style(&pal, 18))
            .margin(12)
            .x_label_area_size(44)
            .y_label_area_size(56)
            .build_cartesian_2d(self.low..hi, 0u32..top)
            .map_err(drawing)?;
        themed_mesh(&mut chart.configure_mesh(), &pal)
            .x_labels(6)
            .x_label_formatter(&|c| compact_money(*c, ""))
            .y_labels(5)
            .y_desc("Runs")
            .x_desc(format!("Payout of the plan year ({})", self.currency))
            .draw()
            .map_err(drawing)?;
        let bar = pal.series[0].mix(0.75);
        chart
            .draw_series(self.counts.iter().enumerate().map(|(i, &n)| {
                let x0 = self.low + self.width * i as i64;
                Rectangle::new([(x0, 0), (x0 + self.width, n)], bar.filled())
            }))
            .map_err(drawing)?;
        for (i, (label, at)) in self.marks.iter().enumerate() {
            let colour = if i == 1 { pal.mark } else { pal.series[2] };
            chart
                .draw_series(LineSeries::new([(*at, 0), (*at, top)], colour.stroke_width(2)))
                .map_err(drawing)?;
            let (x, y) = chart.backend_coord(&(*at, top));
            root.draw(&Text::new(
                label.clone(),
                (x, y + 2 + 14 * i as i32),
                text_style(&pal, 12).pos(Pos::new(HPos::Center, VPos::Top)),
            ))
            .map_err(drawing)?;
        }
        root.present().map_err(drawing)
    }
}
