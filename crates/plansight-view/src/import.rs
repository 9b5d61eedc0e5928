//! Import: the column mapping the screen holds, and what an import would do.

use crate::DealRow;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How an export's columns and stage values map to Plansight's, as the import screen
/// holds them (the CLI's `--map`, `--stage`, `--default` and `--date-format`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ImportRequest {
    /// "deals", "sellers" or "prices".
    pub kind: String,
    /// Columns, as `plansight=export` pairs (empty: the remembered or identity mapping).
    pub map: String,
    /// Stage words, as `export=plansight` pairs.
    pub stage: String,
    /// Values for empty cells, as `column=value` pairs.
    pub defaults: String,
    /// The export's date format (chrono), for example `%m/%d/%Y`.
    pub date_format: String,
}

/// What an import would do, or every problem it found.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportPreview {
    /// Whether the export can be imported (no problem found).
    pub ok: bool,
    /// "12 added, 3 changed, 0 removed, 1480 unchanged".
    pub counts: String,
    /// Examples of what would be added, changed or removed.
    pub examples: Vec<String>,
    /// The first rows as they would be stored.
    pub first: Vec<DealRow>,
    /// Every problem, each with the export's own line and column.
    pub problems: Vec<String>,
    /// The mapping used (remembered for this file name once imported).
    pub mapping: String,
    /// For deals: the data-health findings the import would bring, in words, most
    /// serious first (severity, message, money at stake).
    pub findings: Vec<String>,
    /// How many findings the import would bring (the list shows the first 200).
    pub findings_count: i32,
}
