//! Payout statements and territory review packs as PDF.
//!
//! The application layer composes a [`Report`] from the engine's figures, already written
//! by Plansight's one money and percent formatter; this crate only lays it out: headings,
//! paragraphs, tables (long cells wrap, tables continue across pages with their header
//! repeated) and charts (pixels drawn by plotters). Text is real text in an embedded,
//! subset font with a ToUnicode map, so a statement can be searched and copied, and a
//! test can read every figure back out of the file.
//!
//! Nothing here computes or rounds a figure: a cell holds the text it is given.

#![deny(missing_docs)]

mod layout;

pub use layout::write_pdf;

/// A document: a title, lines under it, then blocks in order.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// The title on the first page, and the PDF's title.
    pub title: String,
    /// Short lines under the title (plan, period, as-of date).
    pub subtitle: Vec<String>,
    /// The body, top to bottom.
    pub blocks: Vec<Block>,
    /// The footer of every page, before the page number ("Plansight · Plan FY26").
    pub footer: String,
}

/// One part of a report's body.
#[derive(Debug, Clone)]
pub enum Block {
    /// A section heading; it never ends a page alone.
    Heading(String),
    /// A paragraph, wrapped to the page's width.
    Paragraph(String),
    /// A table: its columns, then rows of cells (one per column).
    Table(Table),
    /// A chart drawn as pixels, with a caption under it.
    Chart(Chart),
}

/// A table of text cells.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// The columns, left to right.
    pub columns: Vec<Column>,
    /// The rows; each has one cell per column.
    pub rows: Vec<Vec<String>>,
}

/// A table's column.
#[derive(Debug, Clone)]
pub struct Column {
    /// The header.
    pub name: String,
    /// The share of the table's width, relative to the other columns' weights.
    pub weight: f32,
    /// Figures are right-aligned; words are not.
    pub figures: bool,
}

impl Column {
    /// A column of words.
    pub fn words(name: &str, weight: f32) -> Column {
        Column {
            name: name.into(),
            weight,
            figures: false,
        }
    }

    /// A column of figures (right-aligned).
    pub fn figures(name: &str, weight: f32) -> Column {
        Column {
            name: name.into(),
            weight,
            figures: true,
        }
    }
}

/// A chart's pixels: `rgba` holds `width` x `height` RGBA pixels, row by row.
#[derive(Debug, Clone)]
pub struct Chart {
    /// What the chart shows, written under it.
    pub caption: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The pixels, four bytes each.
    pub rgba: Vec<u8>,
}

/// Why a PDF could not be written.
#[derive(Debug, thiserror::Error)]
pub enum StatementError {
    /// A table row has more or fewer cells than the table has columns (a defect of the
    /// caller, named so that it is found).
    #[error("a row of the table \"{table}\" has {cells} cells for {columns} columns")]
    Row {
        /// The table's first column's name.
        table: String,
        /// Cells in the row.
        cells: usize,
        /// Columns of the table.
        columns: usize,
    },
    /// A chart's pixels do not fill its size.
    #[error("the chart \"{0}\" has the wrong number of pixels")]
    Pixels(String),
    /// The PDF writer refused the document.
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}
