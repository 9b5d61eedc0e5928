//! Plansight's charts, drawn with plotters to SVG (shown in the app) and PNG (exported).
//!
//! Money reaches the charts as whole cents (`i64`) and is drawn on an integer axis, so no
//! float ever carries a payout figure; only pixel positions are computed by plotters.
//! The font is embedded (DejaVu Sans), so rendering needs no system font.

mod changes;
mod credit;
mod curve;
mod distribution;
mod forecast;

pub use changes::SellerChanges;
pub use credit::CreditChart;
pub use curve::PayoutCurve;
pub use distribution::Distribution;
pub use forecast::ForecastBand;

use plansight_plan::result::SellerResult;
use plotters::chart::MeshStyle;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{register_font, FontStyle};
use std::path::Path;
use std::sync::Once;

/// The embedded face, registered with plotters under this family name.
const FAMILY: &str = "DejaVu Sans";
/// The embedded face (DejaVu Sans), shared with the PDF statements so they match the charts.
pub static FONT: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");

pub(crate) fn fonts() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // The bytes are a known-good TTF compiled into the binary; failure is a build defect.
        if register_font(FAMILY, FontStyle::Normal, FONT).is_err() {
            panic!("the embedded DejaVu Sans font could not be read");
        }
    });
}

/// Light or dark colours, to match the app's theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on a white background.
    Light,
    /// Light text on a dark background.
    Dark,
}

pub(crate) struct Palette {
    background: RGBColor,
    text: RGBColor,
    grid: RGBColor,
    /// Series colours, in order (first: earned or base, second: payable or scenario).
    series: [RGBColor; 4],
    /// Alternate tier bands.
    band: RGBColor,
    /// The seller's position, and a scenario's.
    mark: RGBColor,
}

impl Theme {
    pub(crate) fn palette(self) -> Palette {
        match self {
            Theme::Light => Palette {
                background: RGBColor(255, 255, 255),
                text: RGBColor(31, 41, 55),
                grid: RGBColor(229, 231, 235),
                series: [
                    RGBColor(37, 99, 235),
                    RGBColor(16, 185, 129),
                    RGBColor(234, 88, 12),
                    RGBColor(147, 51, 234),
                ],
                band: RGBColor(243, 244, 246),
                mark: RGBColor(220, 38, 38),
            },
            Theme::Dark => Palette {
                background: RGBColor(17, 24, 39),
                text: RGBColor(229, 231, 235),
                grid: RGBColor(55, 65, 81),
                series: [
                    RGBColor(96, 165, 250),
                    RGBColor(52, 211, 153),
                    RGBColor(251, 146, 60),
                    RGBColor(192, 132, 252),
                ],
                band: RGBColor(31, 41, 55),
                mark: RGBColor(248, 113, 113),
            },
        }
    }
}

/// One payout period's bars, in whole cents, one per series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodBars {
    /// Payout period label, written under its bars.
    pub label: String,
    /// One value per series, in whole cents, in the order of [`PayoutChart::series`].
    pub values: Vec<i64>,
}

/// Bars per payout period for one seller: earned against payable, or the base against
/// one or more scenarios.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayoutChart {
    /// Caption above the chart.
    pub title: String,
    /// ISO currency code of the plan, for the axis.
    pub currency: String,
    /// The series' names, for the legend (at most four).
    pub series: Vec<String>,
    /// The payout periods, in the order drawn.
    pub periods: Vec<PeriodBars>,
}

/// Whole cents of an exact figure, as the payout statement rounds it.
pub fn cents(e: plansight_plan::Exact) -> i64 {
    i64::try_from(e.cents()).unwrap_or(if e.0 < 0 { i64::MIN / 2 } else { i64::MAX / 2 })
}

/// A chart drawn with plotters, to SVG (the app) or PNG (exports).
pub trait Chart {
    /// Draws the chart on `root`.
    fn draw<DB: DrawingBackend>(
        &self,
        root: DrawingArea<DB, plotters::coord::Shift>,
        theme: Theme,
    ) -> Result<(), ChartError>;

    /// Drawn as SVG text, `width` x `height` pixels.
    fn svg(&self, theme: Theme, width: u32, height: u32) -> Result<String, ChartError> {
        let mut out = String::new();
        {
            let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
            self.draw(root, theme)?;
        }
        Ok(out)
    }

    /// Drawn as pixels: `width` x `height`, four bytes (RGBA, opaque) each, row by row
    /// (for the PDF statements).
    fn rgba(&self, theme: Theme, width: u32, height: u32) -> Result<Vec<u8>, ChartError> {
        let mut rgb = vec![0u8; width as usize * height as usize * 3];
        {
            let root = BitMapBackend::with_buffer(&mut rgb, (width, height)).into_drawing_area();
            self.draw(root, theme)?;
        }
        Ok(rgb.chunks_exact(3).flat_map(|p| [p[0], p[1], p[2], 255]).collect())
    }

    /// Drawn to a PNG file.
    fn png(&self, theme: Theme, width: u32, height: u32, path: &Path) -> Result<(), ChartError> {
        let root = BitMapBackend::new(path, (width, height)).into_drawing_area();
        self.draw(root, theme)
    }
}

/// The error of a drawing area as a [`ChartError`].
pub(crate) fn drawing<E: std::error::Error + Send + Sync>(e: DrawingAreaErrorKind<E>) -> ChartError {
    ChartError::Draw(e.to_string())
}

/// The embedded font at `size`, in the theme's text colour.
pub(crate) fn text_style(pal: &Palette, size: u32) -> TextStyle<'static> {
    (FAMILY, size).into_font().color(&pal.text)
}

/// The mesh every chart shares: horizontal grid lines only, in the theme's colours, with
/// labels and axis descriptions in the embedded font.
pub(crate) fn themed_mesh<'m, 'a, 'b, X: Ranged, Y: Ranged, DB: DrawingBackend>(
    mesh: &'m mut MeshStyle<'a, 'b, X, Y, DB>,
    pal: &Palette,
) -> &'m mut MeshStyle<'a, 'b, X, Y, DB> {
    mesh.disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(pal.grid)
        .axis_style(pal.text)
        .label_style(text_style(pal, 13))
        .axis_desc_style(text_style(pal, 13))
}

fn no_label<T>(_: &T) -> String {
    String::new()
}

/// Hides the x axis's own labels and ticks: charts of categories write their own.
pub(crate) fn category_axis<'m, 'a, 'b, X: Ranged, Y: Ranged, DB: DrawingBackend>(
    mesh: &'m mut MeshStyle<'a, 'b, X, Y, DB>,
) -> &'m mut MeshStyle<'a, 'b, X, Y, DB> {
    mesh.x_labels(1)
        .x_label_formatter(&no_label::<X::ValueType>)
        .set_tick_mark_size(LabelAreaPosition::Bottom, 0)
}

/// Draws the legend of the series labelled so far, boxed in the theme's colours.
pub(crate) fn legend<'a, DB: DrawingBackend + 'a, CT: plotters::coord::CoordTranslate>(
    chart: &mut ChartContext<'a, DB, CT>,
    pal: &Palette,
    at: SeriesLabelPosition,
) -> Result<(), ChartError> {
    chart
        .configure_series_labels()
        .position(at)
        .background_style(pal.background.mix(0.92))
        .border_style(pal.grid)
        .label_font(text_style(pal, 13))
        .draw()
        .map_err(drawing)
}

/// Why a chart could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    /// Plotters failed to draw; the text is its error.
    #[error("the chart could not be drawn: {0}")]
    Draw(String),
}

impl PayoutChart {
    /// The chart of a seller's computed payouts (cents rounded as the payout statement shows them).
    pub fn of_seller(title: &str, currency: &str, seller: &SellerResult) -> PayoutChart {
        PayoutChart {
            title: title.to_string(),
            currency: currency.to_string(),
            series: vec!["Earned".into(), "Payable".into()],
            periods: seller
                .payouts
                .iter()
                .map(|p| PeriodBars {
                    label: p.period.clone(),
                    values: vec![cents(p.earned), cents(p.payable)],
                })
                .collect(),
        }
    }

    /// Payable per period of the base and of each scenario (`(name, result)`), for one
    /// seller; periods of the base first.
    pub fn compared(
        title: &str,
        currency: &str,
        base: &SellerResult,
        scenarios: &[(&str, &SellerResult)],
    ) -> PayoutChart {
        let mut labels: Vec<&str> = base.payouts.iter().map(|p| p.period.as_str()).collect();
        for (_, s) in scenarios {
            for p in &s.payouts {
                if !labels.contains(&p.period.as_str()) {
                    labels.push(&p.period);
                }
            }
        }
        let payable =
            |s: &SellerResult, l: &str| cents(s.payouts.iter().filter(|p| p.period == l).map(|p| p.payable).sum());
        PayoutChart {
            title: title.to_string(),
            currency: currency.to_string(),
            series: std::iter::once("Base".to_string())
                .chain(scenarios.iter().map(|(n, _)| n.to_string()))
                .take(4)
                .collect(),
            periods: labels
                .iter()
                .map(|l| PeriodBars {
                    label: l.to_string(),
                    values: std::iter::once(base)
                        .chain(scenarios.iter().map(|(_, s)| *s))
                        .take(4)
                        .map(|s| payable(s, l))
                        .collect(),
                })
                .collect(),
        }
    }
}

impl Chart for PayoutChart {
    fn draw<DB: DrawingBackend>(
        &self,
        root: DrawingArea<DB, plotters::coord::Shift>,
        theme: Theme,
    ) -> Result<(), ChartError> {
        fonts();
        let err = |e: DrawingAreaErrorKind<DB::ErrorType>| ChartError::Draw(e.to_string());
        let pal = theme.palette();
        root.fill(&pal.background).map_err(err)?;

        let lo = self
            .periods
            .iter()
            .flat_map(|p| p.values.iter().copied())
            .min()
            .unwrap_or(0)
            .min(0);
        let hi = self
            .periods
            .iter()
            .flat_map(|p| p.values.iter().copied())
            .max()
            .unwrap_or(0)
            .max(0);
        let (bottom, top, step) = axis_bounds(lo, hi);
        let n = self.periods.len().max(1) as i32;
        // Each period spans ten x units: the series' bars share 1..9, the label sits at 5.
        let text = |size: u32| (FAMILY, size).into_font().color(&pal.text);
        let mut chart = ChartBuilder::on(&root)
            .caption(&self.title, text(18))
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(78)
            .build_cartesian_2d(0..n * 10, bottom..top)
            .map_err(err)?;
        let symbol = currency_symbol(&self.currency);
        category_axis(themed_mesh(&mut chart.configure_mesh(), &pal))
            .y_labels(((top - bottom) / step + 1) as usize)
            .y_label_formatter(&|c| compact_money(*c, symbol))
            .y_desc(format!("Payout ({})", self.currency))
            .draw()
            .map_err(err)?;

        let k = self.series.len().clamp(1, 4) as i32;
        // Bars in units of 1/k of the eight x units a period's bars share.
        for (si, name) in self.series.iter().take(4).enumerate() {
            let colour = pal.series[si];
            let bars = self.periods.iter().enumerate().map(|(i, p)| {
                let x = i as i32 * 10 + 1 + (8 * si as i32) / k;
                let w = (8 / k).max(1);
                Rectangle::new(
                    [(x, 0), (x + w, p.values.get(si).copied().unwrap_or(0))],
                    colour.filled(),
                )
            });
            chart
                .draw_series(bars)
                .map_err(err)?
                .label(name.as_str())
                .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], colour.filled()));
        }
        // Period labels centred under each period's bars, just below the axis (drawn here
        // because plotters' own tick labels would sit on every x unit).
        for (i, p) in self.periods.iter().enumerate() {
            let (x, y) = chart.backend_coord(&(i as i32 * 10 + 5, bottom));
            let style = text(13).pos(Pos::new(HPos::Center, VPos::Top));
            root.draw(&Text::new(p.label.clone(), (x, y + 6), style)).map_err(err)?;
        }
        legend(&mut chart, &pal, SeriesLabelPosition::UpperLeft)?;
        root.present().map_err(err)
    }
}

/// Axis bounds in cents, rounded out to a step of 1, 2 or 5 times a power of ten, at
/// most six steps, so tick labels are round figures.
pub(crate) fn axis_bounds(lo: i64, hi: i64) -> (i64, i64, i64) {
    let span = (hi - lo).max(10_000); // at least 100.00, in cents
    let mut step: i64 = 100; // one currency unit
    'find: loop {
        for m in [1, 2, 5] {
            let s = step.saturating_mul(m);
            if span / s <= 5 {
                step = s;
                break 'find;
            }
        }
        step = step.saturating_mul(10);
    }
    let bottom = lo.div_euclid(step) * step;
    let top = if hi % step == 0 {
        hi
    } else {
        (hi.div_euclid(step) + 1) * step
    };
    (bottom, top.max(bottom + step), step)
}

pub(crate) fn currency_symbol(code: &str) -> &str {
    match code {
        "USD" | "CAD" | "AUD" | "NZD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        _ => "",
    }
}

/// "$250k", "$1.5M", "-$20k": whole-cent input, integer arithmetic only.
pub(crate) fn compact_money(cents: i64, symbol: &str) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let units = cents.unsigned_abs() / 100;
    let body = if units >= 1_000_000 {
        let tenths = (units + 50_000) / 100_000;
        if tenths.is_multiple_of(10) {
            format!("{}M", tenths / 10)
        } else {
            format!("{}.{}M", tenths / 10, tenths % 10)
        }
    } else if units >= 1_000 {
        let tenths = (units + 50) / 100;
        if tenths.is_multiple_of(10) || units >= 10_000 {
            format!("{}k", (units + 500) / 1000)
        } else {
            format!("{}.{}k", tenths / 10, tenths % 10)
        }
    } else {
        units.to_string()
    };
    if symbol.is_empty() {
        format!("{sign}{body}")
    } else {
        format!("{sign}{symbol}{body}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> PayoutChart {
        PayoutChart {
            title: "Payouts by quarter".into(),
            currency: "USD".into(),
            series: vec!["Earned".into(), "Payable".into()],
            periods: vec![
                PeriodBars {
                    label: "2026-Q1".into(),
                    values: vec![1_234_567, 1_500_000],
                },
                PeriodBars {
                    label: "2026-Q2".into(),
                    values: vec![4_000_000, 3_700_000],
                },
                PeriodBars {
                    label: "2026-Q3".into(),
                    values: vec![-250_000, 0],
                },
                PeriodBars {
                    label: "2026-Q4".into(),
                    values: vec![9_990_000, 9_990_000],
                },
            ],
        }
    }

    #[test]
    fn money_labels_are_compact_and_exact() {
        assert_eq!(compact_money(0, "$"), "$0");
        assert_eq!(compact_money(90_000, "$"), "$900");
        assert_eq!(compact_money(150_000, "$"), "$1.5k");
        assert_eq!(compact_money(2_500_000, "$"), "$25k");
        assert_eq!(compact_money(125_000_000, "€"), "€1.3M");
        assert_eq!(compact_money(-2_000_000, "$"), "-$20k");
        assert_eq!(compact_money(100_000_000, ""), "1M");
    }

    #[test]
    fn axis_is_round_and_covers_the_data() {
        assert_eq!(axis_bounds(0, 9_990_000), (0, 10_000_000, 2_000_000));
        assert_eq!(axis_bounds(-250_000, 9_990_000), (-2_000_000, 10_000_000, 2_000_000));
        assert_eq!(axis_bounds(0, 0), (0, 2_000, 2_000));
        let (b, t, s) = axis_bounds(0, 123_456_789);
        assert!(b == 0 && t >= 123_456_789 && (t - b) / s <= 6);
    }

    #[test]
    fn svg_has_every_period_the_legend_and_the_currency() {
        let svg = sample().svg(Theme::Light, 720, 360).unwrap();
        for needle in [
            "2026-Q1",
            "2026-Q4",
            "Earned",
            "Payable",
            "Payout (USD)",
            "$100k",
            "Payouts by quarter",
        ] {
            assert!(svg.contains(needle), "missing {needle}");
        }
        // One bar per period and series.
        assert!(svg.matches("<rect").count() >= 8);
    }

    #[test]
    fn png_is_written_in_both_themes() {
        // PLANSIGHT_CHART_OUT keeps the files, to look at them.
        let keep = std::env::var_os("PLANSIGHT_CHART_OUT");
        let dir = keep
            .clone()
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| std::env::temp_dir().join(format!("plansight-charts-{}", std::process::id())));
        std::fs::create_dir_all(&dir).unwrap();
        for (theme, name) in [(Theme::Light, "light.png"), (Theme::Dark, "dark.png")] {
            let path = dir.join(name);
            sample().png(theme, 720, 360, &path).unwrap();
            let bytes = std::fs::read(&path).unwrap();
            assert_eq!(&bytes[1..4], b"PNG");
            assert!(bytes.len() > 2_000);
        }
        if keep.is_none() {
            std::fs::remove_dir_all(&dir).unwrap();
        }
    }
}
