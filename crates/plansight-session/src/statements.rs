//! Payout statements (one seller) and the territory review pack (the team), as PDF, for
//! the CLI (`plansight statement`) and the app alike. Every figure is the engine's, shown
//! by the one money format; the charts are the app's own, drawn as pixels.

use crate::charts::folder_failure;
use crate::{no_seller, Failure, Session};
use plansight_charts::{Chart, Theme};
use plansight_plan::shown::money_text;
use plansight_statement::{Block, Column, Report, Table};
use plansight_view::TeamReview;
use std::path::{Path, PathBuf};

/// Chart pixels in a PDF: twice the page's width in points, so they print sharply.
const CHART_PX: (u32, u32) = (1000, 460);

/// Whose statements to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Statements {
    /// One seller's, by id.
    Seller(String),
    /// Every seller's, and the territory review pack.
    All,
    /// The territory review pack alone.
    Review,
}

impl Session {
    /// `seller`'s payout statement: plan and period, attainment, payouts and draws,
    /// every earnings item with the rule that made it, and the charts.
    pub fn statement(&mut self, seller: &str) -> Result<Report, Failure> {
        let detail = self.seller_detail(seller)?;
        // The plan and the date alone: the whole team's overview is not built again for
        // each statement when every seller's is written.
        let plan = plansight_view::view_of_plan(&self.inputs.plan);
        let cur = plan.currency.clone();
        let money = |d: &str| money_text(d, &cur);
        let mut subtitle = vec![
            format!("{} · plan year {} – {}", plan.name, plan.start, plan.end),
            format!("As of {} · figures in {}", self.calc.as_of, plan.currency),
        ];
        if let Some(r) = self.roster_entry(seller) {
            let mut who = format!("Seller {}", r.id);
            if let Some(m) = &r.manager {
                who.push_str(&format!(" · manager {m}"));
            }
            if let Some(t) = &r.territory {
                who.push_str(&format!(" · territory {t}"));
            }
            subtitle.push(who);
        } else {
            subtitle.push(format!("Seller {seller}"));
        }
        let mut blocks = vec![Block::Paragraph(format!(
            "Plan-year earnings: {}. The payouts table shows what each payout period pays, after draws.",
            money(&detail.total),
        ))];
        blocks.push(Block::Heading("Attainment".into()));
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::words("Measure", 2.2),
                Column::words("Period", 1.0),
                Column::figures("Quota", 1.6),
                Column::figures("Credit", 1.6),
                Column::figures("Attainment", 1.1),
                Column::figures("Earnings", 1.6),
            ],
            rows: detail
                .attainment
                .iter()
                .map(|a| {
                    vec![
                        self.measure_name(&a.measure),
                        a.period.clone(),
                        money(&a.quota),
                        money(&a.credit),
                        format!("{}%", a.attainment_percent),
                        money(&a.earnings),
                    ]
                })
                .collect(),
        }));
        blocks.push(Block::Heading("Payouts and draws".into()));
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::words("Period", 1.0),
                Column::figures("Earned", 1.5),
                Column::figures("Draw advanced", 1.5),
                Column::figures("Draw recovered", 1.5),
                Column::figures("Payable", 1.5),
                Column::figures("Draw balance", 1.5),
            ],
            rows: detail
                .payouts
                .iter()
                .map(|p| {
                    vec![
                        p.period.clone(),
                        money(&p.earned),
                        money(&p.draw),
                        money(&p.recovered),
                        money(&p.payable),
                        money(&p.draw_balance),
                    ]
                })
                .collect(),
        }));
        blocks.push(Block::Heading("Charts".into()));
        let payouts = self.payouts_chart(seller, None)?;
        blocks.push(chart(
            &payouts,
            "Earned and payable per payout period (the engine's figures).",
        )?);
        blocks.push(chart(
            &self.credit_chart(seller)?,
            "Credit towards quota through the plan year.",
        )?);
        blocks.push(Block::Heading("Earnings items, with the rule of each".into()));
        let mut rows = Vec::new();
        for p in &detail.payouts {
            let e = self.explain_figure(seller, None, &p.period)?;
            rows.extend(
                e.items
                    .into_iter()
                    .map(|i| vec![p.period.clone(), i.kind, money(&i.amount), i.text]),
            );
        }
        if rows.is_empty() {
            blocks.push(Block::Paragraph("No earnings items in the plan year so far.".into()));
        } else {
            blocks.push(Block::Table(Table {
                columns: vec![
                    Column::words("Payout period", 1.0),
                    Column::words("Item", 1.0),
                    Column::figures("Amount", 1.3),
                    Column::words("Rule", 4.6),
                ],
                rows,
            }));
        }
        Ok(Report {
            title: format!("Payout statement: {}", detail.name),
            subtitle,
            blocks,
            footer: format!("Plansight · {} · {}", plan.name, detail.name),
        })
    }

    /// The manager's territory review pack: the team table, the attainment distribution,
    /// and with `scenario` what the saved scenario changes, seller by seller.
    pub fn review_pack(&self, scenario: Option<&str>) -> Result<Report, Failure> {
        let review = self.team_review(scenario)?;
        let plan = plansight_view::view_of_plan(&self.inputs.plan);
        let cur = plan.currency.clone();
        let money = |d: &str| money_text(d, &cur);
        let mut blocks = vec![Block::Paragraph(format!(
            "Team earnings in the plan year: {} across {} sellers; {}% of the plan year has passed.",
            money(&review.total),
            review.rows.len(),
            review.elapsed_percent
        ))];
        blocks.push(Block::Heading("Team".into()));
        blocks.push(Block::Table(team_table(&review, &money)));
        blocks.push(Block::Heading("Attainment distribution".into()));
        blocks.push(chart(
            &self.team_chart(),
            "Sellers by attainment of the plan year's quota.",
        )?);
        if let (Some(name), Some(after), Some(delta)) = (&review.scenario, &review.scenario_total, &review.delta) {
            blocks.push(Block::Heading(format!("Scenario \"{name}\"")));
            blocks.push(Block::Paragraph(format!(
                "Team earnings {} with the scenario, against {} now: a change of {}.",
                money(after),
                money(&review.total),
                money(delta)
            )));
            let result = self.scenario_result(name)?;
            let top: Vec<(&str, &str)> = review
                .rows
                .iter()
                .take(crate::review::CHART_SELLERS)
                .map(|r| (r.id.as_str(), r.name.as_str()))
                .collect();
            let title = format!("Plan-year earnings: current and \"{name}\" (top {})", top.len());
            let bars = self.earnings_bars(&title, ["Current", name], &top, &result);
            blocks.push(chart(&bars, "Each seller's earnings now and with the scenario.")?);
        }
        let mut subtitle = vec![
            format!("{} · plan year {} – {}", plan.name, plan.start, plan.end),
            format!("As of {} · figures in {}", review.as_of, plan.currency),
        ];
        if let Some(name) = &review.scenario {
            subtitle.push(format!("With the saved scenario \"{name}\""));
        }
        Ok(Report {
            title: format!("Territory review: {}", plan.name),
            subtitle,
            blocks,
            footer: format!("Plansight · {} · territory review", plan.name),
        })
    }

    /// Writes the statements of `which` (and, for all, the review pack with `scenario`)
    /// as PDF files into `dir`; returns the files written. Each file appears whole or not
    /// at all: it is written beside its name and then renamed into place.
    pub fn write_statements(
        &mut self,
        which: &Statements,
        scenario: Option<&str>,
        dir: &Path,
    ) -> Result<Vec<PathBuf>, Failure> {
        let sellers: Vec<String> = match which {
            Statements::Seller(id) => {
                self.calc.seller(id).ok_or_else(|| no_seller(id))?;
                vec![id.clone()]
            }
            Statements::All => self.calc.sellers.iter().map(|s| s.seller.clone()).collect(),
            Statements::Review => Vec::new(),
        };
        std::fs::create_dir_all(dir).map_err(|e| folder_failure(dir, "created", e))?;
        let mut out = Vec::new();
        let mut taken = std::collections::HashSet::new();
        for id in &sellers {
            let report = self.statement(id)?;
            let name = unique(&mut taken, &format!("statement-{}", safe_stem(id)));
            out.push(write(dir, &name, &report)?);
        }
        if matches!(which, Statements::All | Statements::Review) {
            let report = self.review_pack(scenario)?;
            out.push(write(dir, "territory-review", &report)?);
        }
        Ok(out)
    }

    fn measure_name(&self, id: &str) -> String {
        self.inputs
            .plan
            .measures
            .iter()
            .find(|m| m.id == id)
            .map_or_else(|| id.to_string(), |m| m.name.clone())
    }

    fn roster_entry(&self, id: &str) -> Option<&plansight_plan::Seller> {
        self.inputs.roster.as_deref()?.iter().find(|r| r.id == id)
    }
}

fn team_table(review: &TeamReview, money: &dyn Fn(&str) -> String) -> Table {
    let scenario = review.scenario.is_some();
    let mut columns = vec![
        Column::figures("#", 0.5),
        Column::words("Seller", 2.0),
        Column::words("Manager", 1.5),
        Column::words("Territory", 1.2),
        Column::figures("Attainment", 1.1),
        Column::figures("Pace", 0.9),
        Column::figures("Earnings", 1.7),
    ];
    if scenario {
        columns.push(Column::figures("Scenario", 1.7));
        columns.push(Column::figures("Change", 1.5));
    }
    let rows = review
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![
                r.rank.to_string(),
                r.name.clone(),
                r.manager.clone(),
                r.territory.clone(),
                format!("{}%", r.attainment_percent),
                r.pace_percent.as_ref().map_or_else(String::new, |p| format!("{p}%")),
                money(&r.earnings),
            ];
            if scenario {
                row.push(r.scenario_earnings.as_deref().map_or_else(String::new, money));
                row.push(r.delta.as_deref().map_or_else(String::new, money));
            }
            row
        })
        .collect();
    Table { columns, rows }
}

fn chart<C: Chart>(c: &C, caption: &str) -> Result<Block, Failure> {
    let (width, height) = CHART_PX;
    Ok(Block::Chart(plansight_statement::Chart {
        caption: caption.into(),
        width,
        height,
        rgba: c.rgba(Theme::Light, width, height)?,
    }))
}

/// A file name made only of letters, digits, `-` and `_` from an id that came from the
/// data: it can never name a folder or climb out of the chosen one.
pub(crate) fn safe_stem(id: &str) -> String {
    let s: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    if s.is_empty() {
        "seller".into()
    } else {
        s
    }
}

/// `stem`, or `stem-2`, `stem-3`… when two ids make the same safe name.
fn unique(taken: &mut std::collections::HashSet<String>, stem: &str) -> String {
    // Compared without case: on many disks `AB` and `ab` are one file.
    let mut name = stem.to_string();
    let mut n = 1;
    while !taken.insert(name.to_lowercase()) {
        n += 1;
        name = format!("{stem}-{n}");
    }
    name
}

fn write(dir: &Path, stem: &str, report: &Report) -> Result<PathBuf, Failure> {
    let bytes = plansight_statement::write_pdf(report)
        .map_err(|e| Failure::internal(format!("The statement could not be written: {e}.")).fix("report this"))?;
    let path = dir.join(format!("{stem}.pdf"));
    let part = dir.join(format!(".{stem}.pdf.part"));
    std::fs::write(&part, &bytes).map_err(|e| folder_failure(&part, "written", e))?;
    std::fs::rename(&part, &path).map_err(|e| folder_failure(&path, "written", e))?;
    Ok(path)
}
