//! History: the workspace's audited changes.

use serde::Serialize;
use ts_rs::TS;

/// One entry of the workspace's history.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HistoryEntry {
    /// The change's number in the audit log.
    pub id: i32,
    /// When it was made (UTC, ISO 8601).
    pub at: String,
    /// Who made it (the OS user, or the CLI's --who).
    pub who: String,
    /// What kind of change ("import deals", "edit deal", …).
    pub action: String,
    /// What changed, in words.
    pub summary: String,
    /// "done" or "undone".
    pub state: String,
}
