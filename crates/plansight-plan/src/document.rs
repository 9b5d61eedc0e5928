//! The plan document (Markdown) as sections of clauses: the one reading of it, used by the
//! assistant to cite clauses and by the app to show the document beside the rules. The
//! document is data: it is read as text, never run or rendered as HTML.
//!
//! A heading (`#` … `######`) starts a section; a clause is a block of lines between
//! blank lines; a table right after a clause of the same section is that clause's data
//! (the rates of "**Rates.** Marginal." are the table below it). Inline `**bold**` and
//! `*italic*` become [`Span`]s.

/// The whole document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlanDocument {
    /// The sections in document order (text before the first heading is a section with
    /// an empty heading).
    pub sections: Vec<Section>,
}

/// A heading and the clauses under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The heading's text ("3. New ARR commission"); empty before the first heading.
    pub heading: String,
    /// 1 for `#`, 2 for `##`, …; 0 before the first heading.
    pub level: u8,
    /// The clauses in order.
    pub clauses: Vec<Clause>,
}

/// One clause: its text (the block's lines joined by spaces) and any table that follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// The clause's own number when it starts with one ("3.2").
    pub number: Option<String>,
    /// The block's text as written, lines joined by spaces (Markdown emphasis kept).
    pub text: String,
    /// A table that belongs to the clause; a clause may also be a table alone.
    pub table: Option<Table>,
}

/// A Markdown table: the header row and the body rows, cells trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The table as written, its lines trimmed and joined by spaces (what a clause quotes).
    pub source: String,
    /// The header's cells.
    pub header: Vec<String>,
    /// The body's rows.
    pub rows: Vec<Vec<String>>,
}

/// A run of text with its emphasis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The words.
    pub text: String,
    /// `**bold**`.
    pub strong: bool,
    /// `*italic*`.
    pub emphasis: bool,
}

/// What a rule of the plan is about, to find the clause it is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// The measure itself: the first clause of its section.
    Measure,
    /// Its tiers and rates.
    Tiers,
    /// Its threshold.
    Threshold,
    /// Its cap.
    Cap,
}

impl Topic {
    /// Every topic, in the order the plan's rules are listed.
    pub const ALL: [Topic; 4] = [Topic::Measure, Topic::Tiers, Topic::Threshold, Topic::Cap];

    /// The word the app uses for it.
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Measure => "measure",
            Topic::Tiers => "tiers",
            Topic::Threshold => "threshold",
            Topic::Cap => "cap",
        }
    }

    fn words(self) -> &'static [&'static str] {
        match self {
            Topic::Measure => &[],
            Topic::Tiers => &["rate", "rates", "tier", "tiers", "band"],
            Topic::Threshold => &["threshold"],
            Topic::Cap => &["cap"],
        }
    }
}

impl Clause {
    /// The clause as a reader quotes it: without its number and Markdown emphasis.
    pub fn plain(&self) -> String {
        plain(&self.text, self.number.as_deref())
    }

    /// The clause's text with its table's cells, for searching.
    pub fn searchable(&self) -> String {
        let mut s = self.text.clone();
        if let Some(t) = &self.table {
            for cell in t.header.iter().chain(t.rows.iter().flatten()) {
                s.push(' ');
                s.push_str(cell);
            }
        }
        s
    }
}

/// A clause's `text` as a reader quotes it: without its `number` and Markdown emphasis.
pub fn plain(text: &str, number: Option<&str>) -> String {
    let t = text.replace("**", "").replace('*', "");
    match number {
        Some(n) => t
            .trim_start()
            .trim_start_matches('§')
            .strip_prefix(n)
            .map_or(t.clone(), |r| r.trim_start_matches('.').trim_start().to_string()),
        None => t,
    }
}

/// Reads a Markdown plan document.
pub fn parse(markdown: &str) -> PlanDocument {
    let mut doc = PlanDocument::default();
    let mut section = Section {
        heading: String::new(),
        level: 0,
        clauses: Vec::new(),
    };
    let mut block: Vec<&str> = Vec::new();
    for line in markdown.lines() {
        let hashes = line.len() - line.trim_start_matches('#').len();
        let heading = (1..=6).contains(&hashes) && line[hashes..].starts_with(' ');
        if heading {
            flush(&mut section, &mut block);
            let next = Section {
                heading: line[hashes..].trim().to_string(),
                level: hashes as u8,
                clauses: Vec::new(),
            };
            let done = std::mem::replace(&mut section, next);
            if done.level > 0 || !done.clauses.is_empty() {
                doc.sections.push(done);
            }
        } else if line.trim().is_empty() {
            flush(&mut section, &mut block);
        } else {
            // A numbered clause, or a table's first or last line, starts a block even with no
            // blank line before it ("**4.4 The Toll Gate.** …" on the line after 4.3).
            let line = line.trim();
            let table_edge = block
                .last()
                .is_some_and(|last| last.starts_with('|') != line.starts_with('|'));
            if table_edge || numbered_start(line) {
                flush(&mut section, &mut block);
            }
            block.push(line);
        }
    }
    flush(&mut section, &mut block);
    if section.level > 0 || !section.clauses.is_empty() {
        doc.sections.push(section);
    }
    doc
}

/// Whether a line opens a numbered clause: "**4.4 The Toll Gate.**", "§4.4", "4.4 The …"
/// (not a wrapped line that starts with a number, "1.5 million …").
fn numbered_start(line: &str) -> bool {
    let marked = line.starts_with("**") || line.starts_with('§') || line.starts_with("__");
    let rest = line.trim_start_matches(['*', '_', '§']);
    let number: String = rest.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
    let parts: Vec<&str> = number.trim_end_matches('.').split('.').collect();
    let numbered = parts.len() >= 2 && parts.iter().all(|p| !p.is_empty() && p.len() <= 3);
    let after = rest[number.len()..].trim_start_matches(['*', '_']);
    numbered && (marked || after.starts_with(' ') && after.trim_start().starts_with(|c: char| c.is_uppercase()))
}

/// The block as a clause of `section` (a table joins the clause before it).
fn flush(section: &mut Section, block: &mut Vec<&str>) {
    if block.is_empty() {
        return;
    }
    if block.iter().all(|l| l.starts_with('|')) {
        let table = table(block);
        match section.clauses.last_mut() {
            Some(prev) if prev.table.is_none() => prev.table = Some(table),
            _ => section.clauses.push(Clause {
                number: None,
                text: String::new(),
                table: Some(table),
            }),
        }
    } else {
        let text = block.join(" ");
        // "3.2 **Split.**", "**3.2 Split.**" and "§3.2" all number the clause 3.2.
        let number = text
            .split_whitespace()
            .next()
            .map(|n| n.trim_start_matches(['*', '_', '§']).trim_end_matches(['*', '_']))
            .filter(|n| n.chars().next().is_some_and(|c| c.is_ascii_digit()) && n.contains('.'))
            .map(|n| n.trim_end_matches('.').to_string());
        section.clauses.push(Clause {
            number,
            text,
            table: None,
        });
    }
    block.clear();
}

fn table(lines: &[&str]) -> Table {
    let cells = |l: &str| -> Vec<String> {
        let l = l.trim();
        let l = l.strip_prefix('|').unwrap_or(l);
        let l = l.strip_suffix('|').unwrap_or(l);
        l.split('|').map(|c| c.trim().to_string()).collect()
    };
    let is_rule = |l: &&&str| {
        let inner: String = l.chars().filter(|c| !matches!(c, '|' | ' ' | ':')).collect();
        !inner.is_empty() && inner.chars().all(|c| c == '-')
    };
    let mut rows = lines.iter().filter(|l| !is_rule(l)).map(|l| cells(l));
    Table {
        source: lines.join(" "),
        header: rows.next().unwrap_or_default(),
        rows: rows.collect(),
    }
}

/// Inline `**bold**` and `*italic*` as spans; everything else stays text.
pub fn spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let (marker, strong) = if rest.starts_with("**") {
            ("**", true)
        } else {
            ("*", false)
        };
        if rest.starts_with('*') {
            if let Some(end) = rest[marker.len()..].find(marker).filter(|&e| e > 0) {
                let inner = &rest[marker.len()..marker.len() + end];
                if !inner.contains('*') {
                    out.push(Span {
                        text: inner.to_string(),
                        strong,
                        emphasis: !strong,
                    });
                    rest = &rest[2 * marker.len() + end..];
                    continue;
                }
            }
        }
        let first = rest.chars().next().map_or(1, char::len_utf8);
        let next = rest[first..].find('*').map_or(rest.len(), |i| i + first);
        match out.last_mut() {
            Some(Span {
                text,
                strong: false,
                emphasis: false,
            }) => text.push_str(&rest[..next]),
            _ => out.push(Span {
                text: rest[..next].to_string(),
                strong: false,
                emphasis: false,
            }),
        }
        rest = &rest[next..];
    }
    out
}

/// Where a measure's rule about `topic` is written: the section whose heading names the
/// measure (or, failing that, the first that mentions it), then that section's clause
/// about the topic (its first clause when none is). `None` when the document does not
/// mention the measure. Returns (section, clause) indexes.
pub fn find_clause(doc: &PlanDocument, measure_name: &str, topic: Topic) -> Option<(usize, usize)> {
    let name = measure_name.to_lowercase();
    let section = doc
        .sections
        .iter()
        .position(|s| s.heading.to_lowercase().contains(&name))
        .or_else(|| {
            doc.sections
                .iter()
                .position(|s| s.clauses.iter().any(|c| c.searchable().to_lowercase().contains(&name)))
        })?;
    let about = |c: &Clause| {
        c.searchable()
            .to_lowercase()
            .split(|ch: char| !ch.is_alphanumeric())
            .any(|w| topic.words().contains(&w))
    };
    let clause = doc.sections[section].clauses.iter().position(about).unwrap_or(0);
    Some((section, clause))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "# FY26 plan\n\n## 1. Purpose\n\n1.1 This plan pays for New ARR and Renewals.\n\n\
        ## 3. New ARR commission\n\n3.1 New and expansion deals credit the New ARR measure.\n\n\
        3.2 **Threshold.** Nothing is paid until 25% attainment.\n\n3.3 **Rates.** Marginal.\n\n\
        | band | rate |\n| --- | --- |\n| 0% – 50% | 3% |\n| 50% – | *5%* |\n\n## 4. Renewals\n\n4.1 Renewals pay 2%; a cap of 150% applies.\n";

    #[test]
    fn sections_and_clauses_and_tables() {
        let d = parse(DOC);
        let headings: Vec<&str> = d.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(
            headings,
            ["FY26 plan", "1. Purpose", "3. New ARR commission", "4. Renewals"]
        );
        assert!(d.sections[0].clauses.is_empty());
        let rates = &d.sections[2].clauses[2];
        assert_eq!(rates.number.as_deref(), Some("3.3"));
        let t = rates.table.as_ref().unwrap();
        assert_eq!(t.header, ["band", "rate"]);
        assert_eq!(t.rows, [vec!["0% – 50%", "3%"], vec!["50% –", "*5%*"]]);
        assert_eq!(rates.plain(), "Rates. Marginal.");
    }

    #[test]
    fn a_number_inside_the_bold_title_still_numbers_the_clause() {
        let d = parse("## 12. Disputes\n\n**12.1 Raising a dispute.** Within 60 days.\n\n§12.2 Review follows.\n");
        let c = &d.sections[0].clauses;
        assert_eq!(c[0].number.as_deref(), Some("12.1"));
        assert_eq!(c[0].plain(), "Raising a dispute. Within 60 days.");
        assert_eq!(c[1].number.as_deref(), Some("12.2"));
        assert_eq!(c[1].plain(), "Review follows.");
    }

    #[test]
    fn rules_find_their_clause() {
        let d = parse(DOC);
        assert_eq!(find_clause(&d, "New ARR", Topic::Threshold), Some((2, 1)));
        assert_eq!(find_clause(&d, "New ARR", Topic::Tiers), Some((2, 2)));
        assert_eq!(find_clause(&d, "New ARR", Topic::Measure), Some((2, 0)));
        assert_eq!(find_clause(&d, "Renewals", Topic::Cap), Some((3, 0)));
        assert_eq!(find_clause(&d, "Gross margin", Topic::Cap), None);
    }

    #[test]
    fn emphasis_becomes_spans_and_nothing_else_is_markup() {
        let s = spans("3.2 **Threshold.** Nothing *yet*; 2 * 3 <b>x</b>");
        assert_eq!(spans("– 50%")[0].text, "– 50%");
        let shown: Vec<(&str, bool, bool)> = s.iter().map(|s| (s.text.as_str(), s.strong, s.emphasis)).collect();
        assert_eq!(
            shown,
            [
                ("3.2 ", false, false),
                ("Threshold.", true, false),
                (" Nothing ", false, false),
                ("yet", false, true),
                ("; 2 * 3 <b>x</b>", false, false)
            ]
        );
    }
}
