//! The team's attainment distribution: how many sellers in each attainment band.

use crate::{category_axis, drawing, fonts, text_style, themed_mesh, Chart, ChartError, Theme};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Sellers per attainment band.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Distribution {
    /// Caption above the chart.
    pub title: String,
    /// (band label, number of sellers), in order.
    pub bands: Vec<(String, u32)>,
}

impl Distribution {
    /// Bands of 25 points up to 200% and one above, from attainments in basis points.
    pub fn of_attainments(title: &str, attainments: &[i64]) -> Distribution {
        let mut bands: Vec<(String, u32)> = (0..8).map(|i| (format!("{}–{}%", i * 25, i * 25 + 25), 0)).collect();
        bands.push(("200%+".into(), 0));
        for &a in attainments {
            let i = (a.max(0) / 2_500).min(8) as usize;
            bands[i].1 += 1;
        }
        Distribution {
            title: title.into(),
            bands,
        }
    }
}

impl Chart for Distribution {
    fn draw<DB: DrawingBackend>(
        &self,
        root: DrawingArea<DB, plotters::coord::Shift>,
        theme: Theme,
    ) -> Result<(), ChartError> {
        fonts();
        let pal = theme.palette();
        root.fill(&pal.background).map_err(drawing)?;
        let n = self.bands.len().max(1) as i32;
        let most = self.bands.iter().map(|b| b.1).max().unwrap_or(0).max(1);
        // Round the count axis up to a step of 1, 2, 5 or 10 times a power of ten.
        let step = [1u32, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000]
            .into_iter()
            .find(|s| most / s <= 5)
            .unwrap_or(10_000);
        // One step of headroom above the tallest bar keeps its count clear of the title.
        let top = (most + 1).div_ceil(step) * step;
        let mut chart = ChartBuilder::on(&root)
            .caption(&self.title, text_style(&pal, 18))
            .margin(12)
            .x_label_area_size(44)
            .y_label_area_size(56)
            .build_cartesian_2d(0..n * 10, 0u32..top)
            .map_err(drawing)?;
        category_axis(themed_mesh(&mut chart.configure_mesh(), &pal))
            .y_labels((top / step + 1) as usize)
            .y_label_formatter(&|c| c.to_string())
            .y_desc("Sellers")
            .x_desc("Attainment of quota")
            .draw()
            .map_err(drawing)?;
        let colour = pal.series[0];
        chart
            .draw_series(
                self.bands
                    .iter()
                    .enumerate()
                    .map(|(i, b)| Rectangle::new([(i as i32 * 10 + 1, 0), (i as i32 * 10 + 9, b.1)], colour.filled())),
            )
            .map_err(drawing)?;
        for (i, b) in self.bands.iter().enumerate() {
            let (x, y) = chart.backend_coord(&(i as i32 * 10 + 5, 0));
            root.draw(&Text::new(
                b.0.clone(),
                (x, y + 6),
                text_style(&pal, 12).pos(Pos::new(HPos::Center, VPos::Top)),
            ))
            .map_err(drawing)?;
            if b.1 > 0 {
                let (x, y) = chart.backend_coord(&(i as i32 * 10 + 5, b.1));
                root.draw(&Text::new(
                    b.1.to_string(),
                    (x, y - 4),
                    text_style(&pal, 12).pos(Pos::new(HPos::Center, VPos::Bottom)),
                ))
                .map_err(drawing)?;
            }
        }
        root.present().map_err(drawing)
    }
}
