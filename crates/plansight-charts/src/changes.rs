//! Winners and losers: each seller's change of payout under a proposed plan, largest
//! gain first, as bars above and below zero.

use crate::{category_axis, compact_money, drawing, fonts, text_style, themed_mesh, Chart, ChartError, Theme};
use plotters::prelude::*;

/// Change per seller, in cents, in the order drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SellerChanges {
    /// Caption above the chart.
    pub title: String,
    /// ISO currency code of the plan, for the axis.
    pub currency: String,
    /// (seller, change in cents), largest gain first.
    pub bars: Vec<(String, i64)>,
}

impl SellerChanges {
    /// The changes sorted from the largest gain to the largest loss.
    pub fn of(title: &str, currency: &str, mut bars: Vec<(String, i64)>) -> SellerChanges {
        bars.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        SellerChanges {
            title: title.into(),
            currency: currency.into(),
            bars,
        }
    }
}

impl Chart for SellerChanges {
    fn draw<DB: DrawingBackend>(
        &self,
        root: DrawingArea<DB, plotters::coord::Shift>,
        theme: Theme,
    ) -> Result<(), ChartError> {
        fonts();
        let pal = theme.palette();
        root.fill(&pal.background).map_err(drawing)?;
        let n = self.bars.len().max(1) as i32;
        let hi = self.bars.iter().map(|b| b.1).max().unwrap_or(0).max(0);
        let lo = self.bars.iter().map(|b| b.1).min().unwrap_or(0).min(0);
        let pad = ((hi - lo) / 10).max(100);
        let mut chart = ChartBuilder::on(&root)
            .caption(&self.title, text_style(&pal, 18))
            .margin(12)
            .x_label_area_size(24)
            .y_label_area_size(64)
            .build_cartesian_2d(0..n * 10, (lo - pad)..(hi + pad))
            .map_err(drawing)?;
        category_axis(themed_mesh(&mut chart.configure_mesh(), &pal))
            .y_labels(6)
            .y_label_formatter(&|c| compact_money(*c, ""))
            .y_desc(format!("Change of payout ({})", self.currency))
            .x_desc("Sellers, largest gain first")
            .draw()
            .map_err(drawing)?;
        chart
            .draw_series(self.bars.iter().enumerate().map(|(i, (_, c))| {
                let colour = if *c >= 0 { pal.series[1] } else { pal.mark };
                let x = i as i32 * 10;
                Rectangle::new([(x + 1, 0), (x + 9, *c)], colour.filled())
            }))
            .map_err(drawing)?;
        root.present().map_err(drawing)
    }
}
