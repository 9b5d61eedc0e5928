//! Lays a [`Report`] out on A4 pages, then draws the pages with krilla.
//!
//! Layout runs first into plain drawing operations per page, so page breaks are decided
//! before anything is drawn (and the footer can say "page 2 of 5").

use crate::{Block, Chart, Report, StatementError, Table};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Size, Transform};
use krilla::image::Image;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};
use krilla::Document;

const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 48.0;
const BOTTOM: f32 = PAGE_H - MARGIN - 20.0;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN;
const BODY: f32 = 9.5;
const SMALL: f32 = 8.0;
const PAD: f32 = 4.0;

/// The face every line is set in (the charts' own, so a statement looks like the app).
fn font_bytes() -> &'static [u8] {
    plansight_charts::FONT
}

/// How wide `text` is at `size` points, from the face's own advances.
struct Measure(ttf_parser::Face<'static>);

impl Measure {
    fn new() -> Measure {
        // The bytes are a known-good TTF compiled into the binary; failure is a build defect.
        Measure(ttf_parser::Face::parse(font_bytes(), 0).expect("the embedded font parses"))
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        let units = f32::from(self.0.units_per_em());
        let advance: u32 = text
            .chars()
            .map(|c| {
                self.0
                    .glyph_index(c)
                    .and_then(|g| self.0.glyph_hor_advance(g))
                    .map_or(600, u32::from)
            })
            .sum();
        advance as f32 / units * size
    }

    /// A cell of `text` in a column `width` wide: a figure stays on one line and is set
    /// smaller when it is too wide (a figure is never broken); words wrap at spaces, and a
    /// word wider than the column sets the whole cell smaller first.
    fn cell(&self, text: &str, size: f32, width: f32, figures: bool) -> Cell {
        let fit = |w: f32| {
            if w > width {
                (size * width / w).max(SMALLEST)
            } else {
                size
            }
        };
        if figures {
            return Cell {
                lines: vec![text.to_string()],
                size: fit(self.width(text, size)),
            };
        }
        let widest = text.split_whitespace().map(|w| self.width(w, size)).fold(0.0, f32::max);
        let size = fit(widest);
        Cell {
            lines: self.wrap(text, size, width),
            size,
        }
    }

    /// `text` in lines no wider than `width`: at spaces, or inside a word too long for a line.
    fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for para in text.split('\n') {
            let mut line = String::new();
            for word in para.split(' ') {
                let tried = if line.is_empty() {
                    word.to_string()
                } else {
                    format!("{line} {word}")
                };
                if self.width(&tried, size) <= width {
                    line = tried;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                for c in word.chars() {
                    line.push(c);
                    if self.width(&line, size) > width && line.chars().count() > 1 {
                        let last = line.pop().unwrap_or(c);
                        lines.push(std::mem::replace(&mut line, last.to_string()));
                    }
                }
            }
            lines.push(line);
        }
        lines
    }
}

/// A table cell laid out: its lines, in its own size (smaller than the row's when a
/// figure or a word would not fit the column otherwise).
struct Cell {
    lines: Vec<String>,
    size: f32,
}

/// The most lines any cell of a row has.
fn rows_of(cells: &[Cell]) -> usize {
    cells.iter().map(|c| c.lines.len()).max().unwrap_or(1).max(1)
}

/// The smallest size text is set in to fit a column.
const SMALLEST: f32 = 5.0;

/// One thing drawn on a page, in points from the page's top left.
enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        text: String,
        grey: bool,
    },
    Rule {
        x1: f32,
        x2: f32,
        y: f32,
        strong: bool,
    },
    Image {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        chart: usize,
    },
}

struct Pages<'a> {
    measure: Measure,
    pages: Vec<Vec<Op>>,
    y: f32,
    charts: Vec<&'a Chart>,
}

impl<'a> Pages<'a> {
    fn op(&mut self, op: Op) {
        if let Some(p) = self.pages.last_mut() {
            p.push(op);
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    /// Starts a new page unless `height` more points fit on this one.
    fn room(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > MARGIN {
            self.new_page();
        }
    }

    fn line(&mut self, x: f32, size: f32, text: &str, grey: bool) {
        let y = self.y + size;
        self.op(Op::Text {
            x,
            y,
            size,
            text: text.to_string(),
            grey,
        });
        self.y += size * 1.35;
    }

    fn paragraph(&mut self, text: &str, size: f32, grey: bool) {
        for l in self.measure.wrap(text, size, CONTENT_W) {
            self.room(size * 1.35);
            self.line(MARGIN, size, &l, grey);
        }
    }

    fn table(&mut self, t: &Table) -> Result<(), StatementError> {
        let total: f32 = t.columns.iter().map(|c| c.weight).sum::<f32>().max(f32::EPSILON);
        let widths: Vec<f32> = t.columns.iter().map(|c| c.weight / total * CONTENT_W).collect();
        let lefts: Vec<f32> = widths
            .iter()
            .scan(MARGIN, |x, w| {
                let left = *x;
                *x += w;
                Some(left)
            })
            .collect();
        let header: Vec<String> = t.columns.iter().map(|c| c.name.clone()).collect();
        let cells = |measure: &Measure, row: &[String], size: f32| -> Vec<Cell> {
            row.iter()
                .zip(&widths)
                .zip(&t.columns)
                .map(|((c, w), col)| measure.cell(c, size, w - 2.0 * PAD, col.figures))
                .collect()
        };
        let head = cells(&self.measure, &header, SMALL);
        let draw_row = |pages: &mut Pages, lines: &[Cell], size: f32, grey: bool| {
            let height = rows_of(lines) as f32 * size * 1.3 + PAD;
            for (k, cell) in lines.iter().enumerate() {
                for (n, l) in cell.lines.iter().enumerate() {
                    let x = if t.columns[k].figures {
                        lefts[k] + widths[k] - PAD - pages.measure.width(l, cell.size)
                    } else {
                        lefts[k] + PAD
                    };
                    let y = pages.y + PAD / 2.0 + size + n as f32 * size * 1.3;
                    pages.op(Op::Text {
                        x,
                        y,
                        size: cell.size,
                        text: l.clone(),
                        grey,
                    });
                }
            }
            pages.y += height;
            height
        };
        let header_height = rows_of(&head) as f32 * SMALL * 1.3 + PAD;
        let put_header = |pages: &mut Pages| {
            draw_row(pages, &head, SMALL, true);
            let y = pages.y;
            pages.op(Op::Rule {
                x1: MARGIN,
                x2: MARGIN + CONTENT_W,
                y,
                strong: true,
            });
        };
        self.room(header_height + BODY * 2.0);
        put_header(self);
        for row in &t.rows {
            if row.len() != t.columns.len() {
                return Err(StatementError::Row {
                    table: header.first().cloned().unwrap_or_default(),
                    cells: row.len(),
                    columns: t.columns.len(),
                });
            }
            let lines = cells(&self.measure, row, BODY);
            let height = rows_of(&lines) as f32 * BODY * 1.3 + PAD;
            if self.y + height > BOTTOM {
                self.new_page();
                put_header(self);
            }
            draw_row(self, &lines, BODY, false);
            let y = self.y;
            self.op(Op::Rule {
                x1: MARGIN,
                x2: MARGIN + CONTENT_W,
                y,
                strong: false,
            });
        }
        self.y += BODY;
        Ok(())
    }

    fn chart(&mut self, c: &'a Chart) -> Result<(), StatementError> {
        if c.width == 0 || c.height == 0 || c.rgba.len() != c.width as usize * c.height as usize * 4 {
            return Err(StatementError::Pixels(c.caption.clone()));
        }
        let w = CONTENT_W;
        let h = w * c.height as f32 / c.width as f32;
        self.room(h + SMALL * 3.0);
        self.charts.push(c);
        let chart = self.charts.len() - 1;
        self.op(Op::Image {
            x: MARGIN,
            y: self.y,
            w,
            h,
            chart,
        });
        self.y += h + 2.0;
        self.paragraph(&c.caption, SMALL, true);
        self.y += BODY;
        Ok(())
    }
}

/// The report as a PDF file's bytes.
pub fn write_pdf(report: &Report) -> Result<Vec<u8>, StatementError> {
    let mut pages = Pages {
        measure: Measure::new(),
        pages: vec![Vec::new()],
        y: MARGIN,
        charts: Vec::new(),
    };
    pages.paragraph(&report.title, 17.0, false);
    pages.y += 2.0;
    for s in &report.subtitle {
        pages.paragraph(s, BODY, true);
    }
    pages.y += BODY;
    for (i, block) in report.blocks.iter().enumerate() {
        match block {
            Block::Heading(h) => {
                // A heading never ends a page: it keeps a few lines of what follows, or
                // the whole chart that follows, on its page.
                let next = match report.blocks.get(i + 1) {
                    Some(Block::Chart(c)) if c.width > 0 => CONTENT_W * c.height as f32 / c.width as f32 + SMALL * 3.0,
                    _ => BODY * 5.0,
                };
                pages.room(13.0 * 1.35 + 6.0 + next);
                pages.y += 4.0;
                pages.line(MARGIN, 13.0, h, false);
                pages.y += 2.0;
            }
            Block::Paragraph(p) => {
                pages.paragraph(p, BODY, false);
                pages.y += BODY * 0.5;
            }
            Block::Table(t) => pages.table(t)?,
            Block::Chart(c) => pages.chart(c)?,
        }
    }
    draw(report, pages)
}

fn draw(report: &Report, pages: Pages) -> Result<Vec<u8>, StatementError> {
    let font = Font::new(font_bytes().to_vec().into(), 0)
        .ok_or_else(|| StatementError::Pdf("the embedded font could not be read".into()))?;
    let mut doc = Document::new();
    doc.set_metadata(Metadata::new().title(report.title.clone()).creator("Plansight".into()));
    let count = pages.pages.len();
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or_else(|| StatementError::Pdf("page size".into()))?;
    let black = Fill {
        paint: rgb::Color::new(17, 24, 39).into(),
        ..Fill::default()
    };
    let grey = Fill {
        paint: rgb::Color::new(75, 85, 99).into(),
        ..Fill::default()
    };
    for (n, ops) in pages.pages.iter().enumerate() {
        let mut page = doc.start_page_with(settings.clone());
        let mut surface = page.surface();
        for op in ops {
            match op {
                Op::Text {
                    x,
                    y,
                    size,
                    text,
                    grey: g,
                } => {
                    surface.set_fill(Some(if *g { grey.clone() } else { black.clone() }));
                    surface.draw_text(
                        Point::from_xy(*x, *y),
                        font.clone(),
                        *size,
                        text,
                        false,
                        TextDirection::Auto,
                    );
                }
                Op::Rule { x1, x2, y, strong } => {
                    let mut pb = PathBuilder::new();
                    pb.move_to(*x1, *y);
                    pb.line_to(*x2, *y);
                    if let Some(path) = pb.finish() {
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke {
                            paint: if *strong {
                                rgb::Color::new(107, 114, 128).into()
                            } else {
                                rgb::Color::new(229, 231, 235).into()
                            },
                            width: if *strong { 0.8 } else { 0.5 },
                            ..Stroke::default()
                        }));
                        surface.draw_path(&path);
                        surface.set_stroke(None);
                    }
                }
                Op::Image { x, y, w, h, chart } => {
                    let c = pages.charts[*chart];
                    let image = Image::from_rgba8(c.rgba.clone(), c.width, c.height);
                    let size = Size::from_wh(*w, *h).ok_or_else(|| StatementError::Pixels(c.caption.clone()))?;
                    surface.push_transform(&Transform::from_translate(*x, *y));
                    surface.draw_image(image, size);
                    surface.pop();
                }
            }
        }
        surface.set_fill(Some(grey.clone()));
        let footer = format!("{} · page {} of {count}", report.footer, n + 1);
        surface.draw_text(
            Point::from_xy(MARGIN, PAGE_H - MARGIN + 4.0),
            font.clone(),
            SMALL,
            &footer,
            false,
            TextDirection::Auto,
        );
        surface.finish();
        page.finish();
    }
    doc.finish().map_err(|e| StatementError::Pdf(format!("{e:?}")))
}
