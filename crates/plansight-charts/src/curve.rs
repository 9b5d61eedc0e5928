//! The payout curve: what a measure earns in a quota period against attainment, with
//! the plan's tier bands shaded and the seller's position (and a scenario's) marked.

use crate::{
    axis_bounds, compact_money, currency_symbol, drawing, fonts, legend, text_style, themed_mesh, Chart, ChartError,
    Theme,
};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// A point of the curve: attainment in basis points (100% = 10,000) and earnings in
/// whole cents, both computed by the engine.
pub type CurvePoint = (i64, i64);

/// Earnings against attainment for one measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayoutCurve {
    /// Caption above the chart.
    pub title: String,
    /// ISO currency code of the plan, for the axis.
    pub currency: String,
    /// Ascending attainment.
    pub points: Vec<CurvePoint>,
    /// Where each tier starts (basis points) and its rate as the plan shows it ("8%").
    pub tiers: Vec<(i64, String)>,
    /// The measure's attainment threshold in basis points, marked by a vertical line.
    pub threshold: Option<i64>,
    /// The measure's attainment cap in basis points, marked by a vertical line.
    pub cap: Option<i64>,
    /// The curve under the scenario's plan, when the scenario changes the plan.
    pub scenario_points: Vec<CurvePoint>,
    /// The seller now.
    pub position: Option<CurvePoint>,
    /// The seller under the scenario being modelled.
    pub scenario: Option<CurvePoint>,
}

fn percent_label(bp: i64) -> String {
    format!("{}%", bp / 100)
}

impl Chart for PayoutCurve {
    fn draw<DB: DrawingBackend>(
        &self,
        root: DrawingArea<DB, plotters::coord::Shift>,
        theme: Theme,
    ) -> Result<(), ChartError> {
        fonts();
        let pal = theme.palette();
        root.fill(&pal.background).map_err(drawing)?;
        let right = self.points.last().map_or(20_000, |p| p.0).max(10_000);
        let ys = self
            .points
            .iter()
            .chain(&self.scenario_points)
            .map(|p| p.1)
            .chain(self.position.map(|p| p.1))
            .chain(self.scenario.map(|p| p.1));
        let hi = ys.clone().max().unwrap_or(0).max(0);
        let lo = ys.min().unwrap_or(0).min(0);
        let (bottom, top, step) = axis_bounds(lo, hi);
        let symbol = currency_symbol(&self.currency);
        let mut chart = ChartBuilder::on(&root)
            .caption(&self.title, text_style(&pal, 18))
            .margin(12)
            .x_label_area_size(44)
            .y_label_area_size(78)
            .build_cartesian_2d(0..right, bottom..top)
            .map_err(drawing)?;
        // Tier bands, alternately shaded, with their rates along the top.
        let mut starts: Vec<(i64, &str)> = self.tiers.iter().map(|(f, r)| (*f, r.as_str())).collect();
        starts.sort_by_key(|t| t.0);
        for (i, (from, rate)) in starts.iter().enumerate() {
            let to = starts.get(i + 1).map_or(right, |n| n.0).min(right);
            if *from >= right {
                break;
            }
            if i % 2 == 1 {
                chart
                    .draw_series(std::iter::once(Rectangle::new(
                        [(*from, bottom), (to, top)],
                        pal.band.filled(),
                    )))
                    .map_err(drawing)?;
            }
            let (x0, y) = chart.backend_coord(&(*from, top));
            let (x1, _) = chart.backend_coord(&(to, top));
            // A rate is written at the left of its band (the middle is where a threshold
            // line often runs), and only where the band is wide enough to hold it.
            if x1 - x0 >= 60 {
                root.draw(&Text::new(
                    format!("{rate} rate"),
                    (x0 + 6, y + 4),
                    text_style(&pal, 12).pos(Pos::new(HPos::Left, VPos::Top)),
                ))
                .map_err(drawing)?;
            }
        }
        themed_mesh(&mut chart.configure_mesh(), &pal)
            .x_labels(((right / 2_500) + 1) as usize)
            .x_label_formatter(&|x| percent_label(*x))
            .y_labels(((top - bottom) / step + 1) as usize)
            .y_label_formatter(&|c| compact_money(*c, symbol))
            .x_desc("Attainment of quota")
            .y_desc(format!("Earnings ({})", self.currency))
            .draw()
            .map_err(drawing)?;
        for (at, name) in [(self.threshold, "threshold"), (self.cap, "cap")] {
            if let Some(x) = at.filter(|x| *x > 0 && *x < right) {
                chart
                    .draw_series(std::iter::once(PathElement::new(
                        vec![(x, bottom), (x, top)],
                        pal.text.stroke_width(1),
                    )))
                    .map_err(drawing)?;
                let (px, py) = chart.backend_coord(&(x, bottom));
                root.draw(&Text::new(
                    format!("{name} {}", percent_label(x)),
                    (px + 4, py - 18),
                    text_style(&pal, 12),
                ))
                .map_err(drawing)?;
            }
        }
        let line = pal.series[0];
        chart
            .draw_series(LineSeries::new(self.points.iter().copied(), line.stroke_width(3)))
            .map_err(drawing)?
            .label("Earnings at each attainment")
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 14, y)], line.stroke_width(3)));
        if !self.scenario_points.is_empty() {
            let other = pal.series[2];
            chart
                .draw_series(DashedLineSeries::new(
                    self.scenario_points.iter().copied(),
                    8,
                    5,
                    other.stroke_width(2),
                ))
                .map_err(drawing)?
                .label("Under the scenario's plan")
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 14, y)], other.stroke_width(2)));
        }
        let marks = [
            (self.position, "You now", pal.mark),
            (self.scenario, "Scenario", pal.series[2]),
        ];
        for (at, name, colour) in marks {
            if let Some((x, y)) = at {
                chart
                    .draw_series(std::iter::once(Circle::new((x.min(right), y), 7, colour.filled())))
                    .map_err(drawing)?
                    .label(format!(
                        "{name}: {} of quota, {}",
                        percent_label(x),
                        compact_money(y, symbol)
                    ))
                    .legend(move |(x, y)| Circle::new((x + 6, y), 5, colour.filled()));
            }
        }
        legend(&mut chart, &pal, SeriesLabelPosition::LowerRight)?;
        root.present().map_err(drawing)
    }
}
