//! The plan document as numbered clauses under their sections, and a BM25 index over
//! them, so a plan question is answered by citing the clauses it is about.

use crate::fuzzy;

/// One clause of the plan document.
#[derive(Debug, Clone)]
pub struct Clause {
    /// The section heading ("3. New ARR commission").
    pub section: String,
    /// The clause's own number when it has one ("3.2").
    pub number: Option<String>,
    /// The clause's text, as the document writes it.
    pub text: String,
    words: Vec<String>,
    /// Where it stands in the document (0 first): cited clauses are quoted in this order.
    pub position: usize,
    /// The clause's bold title ("Split" of "2.3 **Split.** …"), stemmed: what it defines.
    title: Vec<String>,
}

impl Clause {
    /// The clause as a reader quotes it: without its number and Markdown emphasis.
    pub fn plain(&self) -> String {
        plansight_plan::document::plain(&self.text, self.number.as_deref())
    }

    /// How the answer cites it: "§3.2 (3. New ARR commission)".
    pub fn citation(&self) -> String {
        match &self.number {
            Some(n) => format!("§{n} ({})", self.section),
            None => self.section.clone(),
        }
    }
}

/// Words that say nothing about what a clause is about.
const STOP: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "is", "are", "and", "or", "for", "what", "how", "does", "do", "my", "i",
    "me", "you", "your", "it", "its", "be", "at", "by", "with", "this", "that", "plan", "work", "works", "mean",
    "means", "tell", "about", "explain", "whats", "there", "when", "who", "can", "as", "which", "are",
];

fn terms(text: &str) -> Vec<String> {
    crate::phrases::words(&crate::phrases::normalize(text))
        .into_iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| w.len() > 1 && !STOP.contains(&w.as_str()))
        .map(|w| stem(&w))
        .collect()
}

/// How people ask about a rule, and the words a plan document writes it in: a draw "paid
/// back" is recovered, a quota "lower because I only started" is prorated, "the whole
/// quarter or just the part over" is marginal, an order "sent back 4 months after" is a
/// clawback within its window, and so on (the comp-plan words, not one plan's).
const CONCEPTS: &[(&[&str], &str)] = &[
    (
        &[
            "pay it back",
            "paid back",
            "pay back",
            "pay that back",
            "repay",
            "repaid",
            "owe back",
        ],
        "recover recovered recovery recoverable repaid",
    ),
    (
        &[
            "quota lower",
            "lower quota",
            "smaller quota",
            "quota smaller",
            "only started",
            "i started",
            "started in",
            "only joined",
            "i joined",
            "joined in",
            "new hire",
            "mid-year",
        ],
        "prorated proration hire hires starter joins days",
    ),
    (
        &[
            "whole quarter",
            "whole month",
            "whole year",
            "just the part",
            "only the part",
            "just the stuff",
            "just whats above",
            "just what's above",
            "only the bit",
            "everything get paid",
            "everything at",
        ],
        "marginal above only dollars re-rate lower",
    ),
    (
        &[
            "send back",
            "sent back",
            "cancel",
            "lose the commission",
            "months after",
        ],
        "clawback cancelled within days reversed",
    ),
    (
        &[
            "dispute",
            "challenge",
            "looks wrong",
            "is wrong",
            "querying",
            "to query",
            "to contest",
            "appeal",
        ],
        "dispute within days raise",
    ),
    (
        &["hit my account", "get paid", "paid on", "payday", "which day"],
        "paid payday following timing",
    ),
    (
        &["on this plan", "eligible", "covered by"],
        "eligibility eligible participants",
    ),
    (
        &["401k", "401(k)", "benefits", "car allowance", "expenses", "salary"],
        "outside",
    ),
    (
        &[
            "count for",
            "count in",
            "count toward",
            "11pm",
            "midnight",
            "11:59",
            "late on",
            "last day",
        ],
        "recorded close date time last day",
    ),
    (
        &["who gets the credit", "who gets credit", "shared", "split"],
        "credit split share shared",
    ),
];

/// The query's terms, with the words a question implies: "when" asks for a time (a day,
/// a month, a quarter), and "Q1"…"Q4" are quarters.
fn expand(query: &str) -> Vec<String> {
    let mut q = terms(query);
    let asked = crate::phrases::words(&crate::phrases::normalize(query));
    if asked.iter().any(|w| w == "when") {
        q.extend(["day", "month", "quarter", "date"].map(String::from));
    }
    let said = format!(" {} ", asked.join(" "));
    for (ways, words) in CONCEPTS {
        // (said from a word's start: "cancel" in "cancels" and "cancelled")
        if ways.iter().any(|w| said.contains(&format!(" {w}"))) {
            q.extend(terms(words));
        }
    }
    if q.iter().any(|t| matches!(t.as_str(), "q1" | "q2" | "q3" | "q4")) {
        q.push("quarter".into());
    }
    q
}

/// A light stemmer: plural and -ing/-ed endings, so "tiers" finds "tier"; and the
/// words of paying and earning each become one.
fn stem(w: &str) -> String {
    match w {
        "paid" | "pay" | "pays" | "payment" | "payments" | "payout" | "payouts" | "payable" => return "pay".into(),
        "earn" | "earns" | "earned" | "earning" | "earnings" => return "earn".into(),
        "maximum" | "max" | "most" | "limit" | "capped" => return "cap".into(),
        _ => {}
    }
    for suffix in ["ing", "ed", "es", "s"] {
        if w.len() > suffix.len() + 3 {
            if let Some(s) = w.strip_suffix(suffix) {
                return s.to_string();
            }
        }
    }
    w.to_string()
}

/// The plan document's clauses as the plan crate reads them (`plansight_plan::document`:
/// blocks between blank lines under their heading, a table joined to the clause before
/// it), indexed for search. The title and text above the first `##` section are not
/// clauses.
pub fn clauses(markdown: &str) -> Vec<Clause> {
    let doc = plansight_plan::document::parse(markdown);
    let mut out = Vec::new();
    for section in doc.sections.iter().filter(|s| s.level >= 2) {
        let heading = section.heading.as_str();
        for c in &section.clauses {
            let table = c.table.as_ref().map(|t| t.source.as_str());
            let text = match (c.text.as_str(), table) {
                ("", Some(t)) => t.to_string(),
                (prose, Some(t)) => format!("{prose} {t}"),
                (prose, None) => prose.to_string(),
            };
            let mut words = Vec::new();
            if !c.text.is_empty() {
                words.extend(terms(&format!("{heading} {}", c.text)));
            }
            if let Some(t) = table {
                words.extend(terms(&format!("{heading} {t}")));
            }
            let mut title = bold_title(&c.text, c.number.as_deref()).map(terms).unwrap_or_default();
            title.extend(terms(
                heading.trim_start_matches(|ch: char| ch.is_ascii_digit() || ch == '.' || ch == ' '),
            ));
            out.push(Clause {
                section: heading.to_string(),
                number: c.number.clone(),
                text,
                words,
                title,
                position: out.len(),
            });
        }
    }
    out
}

/// The bold title a clause opens with, after its number or around it: "Split" of
/// "2.3 **Split.** …" and of "**2.3 Split.** …".
fn bold_title<'a>(text: &'a str, number: Option<&str>) -> Option<&'a str> {
    let rest = text.trim_start();
    let rest = match number {
        Some(n) if !rest.starts_with("**") => rest
            .trim_start_matches('§')
            .strip_prefix(n)?
            .trim_start_matches('.')
            .trim_start(),
        _ => rest,
    };
    let inner = rest.strip_prefix("**")?.split("**").next()?;
    let inner = inner.trim_start_matches('§');
    Some(match number {
        Some(n) => inner
            .strip_prefix(n)
            .map_or(inner, |r| r.trim_start_matches('.'))
            .trim(),
        None => inner.trim(),
    })
}

/// BM25 (k1 = 1.2, b = 0.75) over the clauses; terms match with typo tolerance.
pub struct Index {
    clauses: Vec<Clause>,
    average: f64,
}

impl Index {
    /// Indexes `clauses`.
    pub fn new(clauses: Vec<Clause>) -> Index {
        let average = clauses.iter().map(|c| c.words.len()).sum::<usize>() as f64 / clauses.len().max(1) as f64;
        Index { clauses, average }
    }

    /// The best clauses for `query`, best first, at most `n`, each with its score (only
    /// clauses sharing a term with the query).
    pub fn search(&self, query: &str, n: usize) -> Vec<(&Clause, f64)> {
        let q = expand(query);
        let total = self.clauses.len() as f64;
        let hits = |c: &Clause, t: &str| c.words.iter().filter(|w| fuzzy::same(w, t)).count() as f64;
        let mut scored: Vec<(&Clause, f64)> = self
            .clauses
            .iter()
            .map(|c| {
                let len = c.words.len() as f64;
                let score = q
                    .iter()
                    .map(|t| {
                        let df = self.clauses.iter().filter(|d| hits(d, t) > 0.0).count() as f64;
                        let idf = ((total - df + 0.5) / (df + 0.5) + 1.0).ln();
                        let tf = hits(c, t);
                        idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * len / self.average.max(1.0)))
                    })
                    .sum::<f64>();
                // A clause whose title or section names a query term is about it.
                let titled = q.iter().filter(|t| c.title.iter().any(|w| fuzzy::same(w, t))).count();
                (c, score + 1.5 * titled as f64)
            })
            .filter(|(_, s)| *s > 0.0)
            .collect();
        scored.sort_by(|a, b| b.1.total_cmp(&a.1));
        scored.truncate(n);
        scored
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_plan_document_answers_by_clause() {
        let doc = include_str!("../../../sample-data/ae-fy26.md");
        let index = Index::new(clauses(doc));
        let top = |q: &str| {
            index
                .search(q, 1)
                .first()
                .map(|(c, _)| c.number.clone().unwrap_or_default())
                .unwrap_or_default()
        };
        assert_eq!(top("what is the threshold"), "3.2");
        assert_eq!(top("is there a cap on commission"), "3.4");
        assert!(
            top("how do clawbacks work").starts_with('8'),
            "{}",
            top("how do clawbacks work")
        );
        assert!(top("what is the draw for new hires").starts_with('7'));
        assert!(
            top("when do I get paid").starts_with('9'),
            "{}",
            top("when do I get paid")
        );
        assert_eq!(
            top("how are splits handled"),
            "2.3",
            "the clause titled Split defines it"
        );
        assert!(index.search("weather tomorrow in paris", 3).is_empty());
    }

    #[test]
    fn a_clause_numbered_inside_its_bold_title_is_cited_by_number() {
        let doc = "# Plan\n\n## 12. Questions and disputes\n\n**12.1 Raising a dispute.** A broker raises \
            it in writing within 60 days of the statement date.\n\n**12.2 Review.** The director reviews it.\n";
        let index = Index::new(clauses(doc));
        let (top, _) = index.search("how long do i have to dispute a statement", 1)[0];
        assert_eq!(top.citation(), "§12.1 (12. Questions and disputes)");
        assert_eq!(
            top.plain(),
            "Raising a dispute. A broker raises it in writing within 60 days of the statement date."
        );
        assert_eq!(bold_title("2.3 **Split.** Half each.", Some("2.3")), Some("Split."));
        assert_eq!(bold_title("**2.3 Split.** Half each.", Some("2.3")), Some("Split."));
        assert_eq!(bold_title("Nothing bold here.", None), None);
    }
}
