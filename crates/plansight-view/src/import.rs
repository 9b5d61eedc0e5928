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
    /// The screen's dropdowns, column by column and stage value by stage value: used
    /// exactly as chosen (never the remembered mapping instead), whatever characters the
    /// export's names and values hold. `map` and `stage` are then ignored.
    #[serde(default)]
    pub chosen: Option<ChosenMapping>,
}

/// What the Import screen's dropdowns say.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChosenMapping {
    /// Each export column with the Plansight column it fills ("" : not imported).
    pub columns: Vec<ColumnChoice>,
    /// Each value of the stage column with its stage.
    pub stages: Vec<StageChoice>,
}

/// An export column and the Plansight column it fills ("": not imported).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ColumnChoice {
    /// The export's column, as its header names it.
    pub export: String,
    /// Plansight's column, or "" for none.
    pub ours: String,
}

/// A value of the export's stage column and the stage it means.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StageChoice {
    /// The value as the export writes it.
    pub value: String,
    /// won, lost, open or cancelled.
    pub stage: String,
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

/// The import screen's first guess at an export's mapping: a dropdown per export column,
/// one per stage value, and the date format, each pre-filled (from the mapping
/// remembered for the file's name when there is one).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportGuess {
    /// Plansight's columns of this kind: the dropdowns' choices.
    pub ours: Vec<String>,
    /// Those an import cannot do without.
    pub required: Vec<String>,
    /// Every column of the export, in its order.
    pub columns: Vec<GuessedColumn>,
    /// The likely Plansight stage of each value listed in any column.
    pub stages: Vec<StageGuess>,
    /// The export's date format (chrono; empty: ISO, `2026-12-31`).
    pub date_format: String,
    /// The date formats offered, each with how it writes 31 December 2026.
    pub date_formats: Vec<DateChoice>,
    /// Whether the dates read as month-first and day-first alike (month-first is
    /// guessed: the user should check).
    pub date_ambiguous: bool,
    /// Values for empty cells, as `column=value` pairs (an amount of 0 only where open
    /// or lost lines leave it empty).
    pub defaults: String,
    /// Whether the guess is the mapping remembered for this file name.
    pub remembered: bool,
}

/// One export column and the Plansight column it is taken for.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct GuessedColumn {
    /// Its name in the export.
    pub name: String,
    /// Its first few values.
    pub examples: Vec<String>,
    /// The Plansight column it is taken for; empty: ignored.
    pub ours: String,
    /// Its distinct values, when it has few (a stage column), first seen first.
    pub values: Vec<String>,
    /// How many lines have each of `values`.
    pub counts: Vec<u32>,
}

/// An export's stage word and the Plansight stage it is taken for.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct StageGuess {
    /// The value as the export writes it.
    pub value: String,
    /// won, lost, open or cancelled.
    pub stage: String,
}

/// A date format offered by the import screen.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DateChoice {
    /// chrono's format; empty for ISO.
    pub format: String,
    /// How it writes 31 December 2026.
    pub example: String,
}
