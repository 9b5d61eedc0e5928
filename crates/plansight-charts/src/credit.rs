//! Cumulative credit through the plan year against the quota line.

use crate::{
    axis_bounds, category_axis, compact_money, currency_symbol, drawing, fonts, legend, text_style, themed_mesh, Chart,
    ChartError, Theme,
};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Cumulative credit by day of the plan year (day 0 = the plan's start), in whole
/// cents, against the cumulative quota.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditChart {
    /// Caption above the chart.
    pub title: String,
    /// ISO currency code of the plan, for the axis.
    pub currency: String,
    /// Days in the plan year.
    pub days: i64,
    /// (day, cumulative credit) after each credited line, ascending.
    pub credit: Vec<(i64, i64)>,
    /// (day, cumulative quota): the quota line, one step per quota period end.
    pub quota: Vec<(i64, i64)>,
    /// (day, label) of each month's first day, for the x axis.
    pub months: Vec<(i64, String)>,
    /// Today (the as-of date), if inside the year.
    pub today: Option<i64>,
}

impl Chart for CreditChart {
    fn draw<DB: DrawingBackend>(
        &self,
        root: DrawingArea<DB, plotters::coord::Shift>,
        theme: Theme,
    ) -> Result<(), ChartError> {
        fonts();
        let pal = theme.palette();
        root.fill(&pal.background).map_err(drawing)?;
        let hi = self
            .credit
            .iter()
            .chain(&self.quota)
            .map(|p| p.1)
            .max()
            .unwrap_or(0)
            .max(0);
        let lo = self.credit.iter().map(|p| p.1).min().unwrap_or(0).min(0);
        let (bottom, top, step) = axis_bounds(lo, hi);
        let symbol = currency_symbol(&self.currency);
        let days = self.days.max(1);
        let mut chart = ChartBuilder::on(&root)
            .caption(&self.title, text_style(&pal, 18))
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(78)
            .build_cartesian_2d(0..days, bottom..top)
            .map_err(drawing)?;
        let months = &self.months;
        // Every month's label when they fit, else every other one.
        let every = if months.len() > 8 { 2 } else { 1 };
        category_axis(themed_mesh(&mut chart.configure_mesh(), &pal))
            .y_labels(((top - bottom) / step + 1) as usize)
            .y_label_formatter(&|c| compact_money(*c, symbol))
            .y_desc(format!("Credit ({})", self.currency))
            .draw()
            .map_err(drawing)?;
        // Month starts as light vertical lines, labelled under the axis (plotters' own
        // labels sit on round numbers of days, not on months).
        for (d, label) in months.iter().step_by(every) {
            chart
                .draw_series(std::iter::once(PathElement::new(
                    vec![(*d, bottom), (*d, top)],
                    pal.grid.stroke_width(1),
                )))
                .map_err(drawing)?;
            let (x, y) = chart.backend_coord(&(*d, bottom));
            root.draw(&Text::new(
                label.clone(),
                (x, y + 6),
                text_style(&pal, 13).pos(Pos::new(HPos::Center, VPos::Top)),
            ))
            .map_err(drawing)?;
        }
        let quota = pal.series[2];
        chart
            .draw_series(LineSeries::new(self.quota.iter().copied(), quota.stroke_width(2)))
            .map_err(drawing)?
            .label("Quota")
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 14, y)], quota.stroke_width(2)));
        let credit = pal.series[0];
        let mut stepped = vec![(0, 0)];
        for &(d, c) in &self.credit {
            let last = stepped.last().map_or(0, |p: &(i64, i64)| p.1);
            stepped.push((d, last));
            stepped.push((d, c));
        }
        chart
            .draw_series(LineSeries::new(stepped, credit.stroke_width(3)))
            .map_err(drawing)?
            .label("Cumulative credit")
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 14, y)], credit.stroke_width(3)));
        if let Some(t) = self.today.filter(|t| (0..=days).contains(t)) {
            let mark = pal.mark;
            chart
                .draw_series(std::iter::once(PathElement::new(
                    vec![(t, bottom), (t, top)],
                    mark.stroke_width(1),
                )))
                .map_err(drawing)?
                .label("As of")
                .legend(move |(x, y)| PathElement::new(vec![(x + 7, y - 6), (x + 7, y + 6)], mark.stroke_width(2)));
        }
        legend(&mut chart, &pal, SeriesLabelPosition::UpperLeft)?;
        root.present().map_err(drawing)
    }
}
