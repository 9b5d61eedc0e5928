//! The plan document beside the rules (My plan): its sections and clauses as the plan
//! crate reads them (`plansight_plan::document`), text as emphasis spans, and for each
//! rule of the plan the clause it is written in. The UI only lays this out.

use plansight_plan::document::{self, Topic};
use plansight_plan::Plan;
use serde::Serialize;
use ts_rs::TS;

/// A run of text with its emphasis.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SpanView {
    /// The words, as text (never markup).
    pub text: String,
    /// Shown bold.
    pub strong: bool,
    /// Shown in italics.
    pub emphasis: bool,
}

/// A table of a clause.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TableView {
    /// The header's cells.
    pub header: Vec<Vec<SpanView>>,
    /// The body's rows of cells.
    pub rows: Vec<Vec<Vec<SpanView>>>,
}

/// One clause of the document.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ClauseView {
    /// Its text (empty for a table alone).
    pub spans: Vec<SpanView>,
    /// Its table, if any.
    pub table: Option<TableView>,
}

/// A heading and its clauses.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SectionView {
    /// The heading (empty before the first one).
    pub heading: String,
    /// The clauses.
    pub clauses: Vec<ClauseView>,
}

/// Where a rule of the plan is written in the document.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RuleClause {
    /// The measure's id.
    pub measure: String,
    /// "measure", "tiers", "threshold" or "cap".
    pub topic: String,
    /// The section's index.
    pub section: u32,
    /// The clause's index within the section.
    pub clause: u32,
}

/// The plan document as the app shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DocumentView {
    /// The sections in order.
    pub sections: Vec<SectionView>,
    /// The clause of each rule the document mentions.
    pub rules: Vec<RuleClause>,
}

fn spans(text: &str) -> Vec<SpanView> {
    document::spans(text)
        .into_iter()
        .map(|s| SpanView {
            text: s.text,
            strong: s.strong,
            emphasis: s.emphasis,
        })
        .collect()
}

/// The document `markdown` of `plan`, with where each of its rules is written.
pub fn document_view(plan: &Plan, markdown: &str) -> DocumentView {
    let doc = document::parse(markdown);
    let rules = plan
        .measures
        .iter()
        .flat_map(|m| Topic::ALL.map(|t| (m, t)))
        .filter_map(|(m, topic)| {
            document::find_clause(&doc, &m.name, topic).map(|(section, clause)| RuleClause {
                measure: m.id.clone(),
                topic: topic.as_str().into(),
                section: section as u32,
                clause: clause as u32,
            })
        })
        .collect();
    let sections = doc
        .sections
        .iter()
        .map(|s| SectionView {
            heading: s.heading.clone(),
            clauses: s
                .clauses
                .iter()
                .map(|c| ClauseView {
                    spans: spans(&c.text),
                    table: c.table.as_ref().map(|t| TableView {
                        header: t.header.iter().map(|h| spans(h)).collect(),
                        rows: t.rows.iter().map(|r| r.iter().map(|c| spans(c)).collect()).collect(),
                    }),
                })
                .collect(),
        })
        .collect();
    DocumentView { sections, rules }
}
