//! The measure whose tiers the document's word names ("| the response levels | the
//! Monitoring Contract Incentive's tiers: Patrol, Backup, Chopper |"), so "which response
//! level am I on" asks that measure's rate.

use super::Vocabulary;

impl Vocabulary<'_> {
    /// The measure id of the tiers the glossary's idea word `said` names (in the singular or
    /// the plural), when its meaning names one measure.
    pub(crate) fn measure_of_tier_word(&self, said: &str) -> Option<String> {
        let document = self.document?;
        let plan = &self.inputs.plan;
        document.lines().find_map(|line| {
            let row = line.trim().strip_prefix('|')?;
            let cells: Vec<String> = row
                .trim_end_matches('|')
                .split('|')
                // (folded as the idea words are: "| the niveaux |" heard in any accent)
                .map(|c| crate::phrases::fold(c.replace(['*', '_'], "").trim()))
                .collect();
            let [term, meaning] = cells.as_slice() else {
                return None;
            };
            let term = term.strip_prefix("the ").unwrap_or(term);
            if term.strip_suffix('s').unwrap_or(term) != said.strip_suffix('s').unwrap_or(said) {
                return None;
            }
            let mut named = plan
                .measures
                .iter()
                .filter(|m| meaning.contains(&crate::phrases::fold(&m.name)));
            let one = named.next()?;
            named.next().is_none().then(|| one.id.clone())
        })
    }
}
