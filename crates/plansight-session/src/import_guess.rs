//! The import screen's first guess at an export's mapping (`plansight_import::suggest`),
//! or the mapping remembered for the file's name, in the shape of the screen's dropdowns.

use crate::imports::kind_of;
use crate::{Failure, Session};
use plansight_import::suggest::DATE_FORMATS;
use plansight_import::{guess, Kind, Mapping, Table};
use plansight_view::{DateChoice, GuessedColumn, ImportGuess, StageGuess};

/// Plansight's columns of `kind` (sellers' quotas by the plan's measures), required first.
fn ours(kind: Kind, measures: &[String]) -> (Vec<String>, Vec<String>) {
    let (all, required): (Vec<&str>, &[&str]) = match kind {
        Kind::Deals => (
            plansight_plan::deals::DEAL_COLUMNS.to_vec(),
            &["id", "seller", "amount", "close_date"],
        ),
        Kind::Sellers => (plansight_plan::roster::SELLER_COLUMNS.to_vec(), &["id"]),
        Kind::Prices => (plansight_plan::prices::PRICE_COLUMNS.to_vec(), &["product", "price"]),
    };
    let mut all: Vec<String> = all.into_iter().map(str::to_string).collect();
    if kind == Kind::Sellers {
        all.extend(measures.iter().map(|m| format!("quota:{m}")));
    }
    (all, required.iter().map(|s| s.to_string()).collect())
}

impl Session {
    /// The mapping the import screen starts from for the staged export `bytes` (named
    /// `file_name`): the one remembered for that name, or a guess from its columns and
    /// values. Writes nothing.
    pub fn import_guess(&self, kind: &str, file_name: &str, bytes: &[u8]) -> Result<ImportGuess, Failure> {
        let kind = kind_of(kind)?;
        let table = Table::from_bytes(file_name, bytes, None).map_err(Failure::from)?;
        let g = guess(kind, &table);
        let remembered = self
            .ws()
            .mapping(file_name, kind.as_str())?
            .and_then(|s| Mapping::from_spec(&s));
        let measures: Vec<String> = self.inputs.plan.measures.iter().map(|m| m.id.clone()).collect();
        let (ours, required) = ours(kind, &measures);
        let mut columns: Vec<GuessedColumn> = g
            .columns
            .iter()
            .map(|c| GuessedColumn {
                name: c.name.clone(),
                examples: c.examples.clone(),
                ours: c.ours.unwrap_or_default().to_string(),
                values: c.values.iter().map(|(v, _)| v.clone()).collect(),
                counts: c.values.iter().map(|(_, n)| *n as u32).collect(),
            })
            .collect();
        let mut stages: Vec<StageGuess> = g
            .stages
            .iter()
            .map(|(v, s)| StageGuess {
                value: v.clone(),
                stage: s.to_string(),
            })
            .collect();
        let mut date_format = g.date_format.unwrap_or_default().to_string();
        let mut defaults: Vec<String> = g.defaults.iter().map(|(k, v)| format!("{k}={v}")).collect();
        if let Some(m) = &remembered {
            // The remembered mapping names export columns by ours; columns it does not
            // name keep their own name when it is one of ours, as an import reads them.
            for c in &mut columns {
                c.ours = m
                    .columns
                    .iter()
                    .find(|(_, theirs)| **theirs == c.name)
                    .map(|(o, _)| o.clone())
                    .or_else(|| ours.contains(&c.name).then(|| c.name.clone()))
                    .unwrap_or_default();
            }
            // Every listed value the remembered mapping names a stage for (a word no
            // guess reads, such as "Negotiation/Review", included).
            if let Some(words) = m.values.get("stage") {
                let listed = columns.iter().flat_map(|c| c.values.iter());
                for v in listed {
                    let Some(w) = words.get(&v.trim().to_lowercase()) else {
                        continue;
                    };
                    match stages.iter_mut().find(|s| s.value == *v) {
                        Some(s) => s.stage = w.clone(),
                        None => stages.push(StageGuess {
                            value: v.clone(),
                            stage: w.clone(),
                        }),
                    }
                }
            }
            date_format = m.date_format.clone().unwrap_or_default();
            defaults = m.defaults.iter().map(|(k, v)| format!("{k}={v}")).collect();
        }
        let last_day = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).expect("a date");
        Ok(ImportGuess {
            ours,
            required,
            columns,
            stages,
            date_formats: DATE_FORMATS
                .iter()
                .map(|f| DateChoice {
                    format: if *f == "%Y-%m-%d" { String::new() } else { f.to_string() },
                    example: last_day.format(f).to_string(),
                })
                .collect(),
            date_format,
            date_ambiguous: g.date_ambiguous && remembered.is_none(),
            defaults: defaults.join(","),
            remembered: remembered.is_some(),
        })
    }
}
