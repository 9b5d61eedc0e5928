//! What the vocabulary reads from the plan and its document: the document's names for the
//! plan's parts, its words for the accelerator, the measures', deal types' and products'
//! other names. The same for every question asked of one workspace, and reading the
//! document's prose is much of the time a question takes, so the last reading is kept and
//! used again while the plan, the document, the products and the deal types are the same
//! (compared whole: a changed plan or document is read anew).

use super::super::terms::Term;
use plansight_plan::{Inputs, Plan};
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

/// The plan's and the document's words (see [`super::Vocabulary`] for each).
pub(super) struct Read {
    pub products: Vec<String>,
    pub accelerator: Option<(usize, usize)>,
    pub accelerator_words: Vec<String>,
    pub terms: Vec<(String, Term)>,
    pub tier_nouns: Vec<String>,
    pub brands: BTreeSet<String>,
    pub capitals: BTreeSet<String>,
    pub measure_aliases: Vec<(String, String)>,
    pub type_aliases: Vec<(String, String)>,
    pub idea_words: Vec<(String, String)>,
    pub product_aliases: Vec<(String, String)>,
    pub bonus_aliases: Vec<String>,
}

/// What a reading was made of.
#[derive(PartialEq)]
struct Source {
    plan: Plan,
    document: Option<String>,
    products: Vec<String>,
    deal_types: Vec<String>,
}

thread_local! {
    static LAST: RefCell<Option<(Source, Rc<Read>)>> = const { RefCell::new(None) };
}

/// The reading of this plan and document, with the deals' `products` and `deal_types`.
pub(super) fn of_plan(
    inputs: &Inputs,
    document: Option<&str>,
    products: Vec<String>,
    deal_types: &[String],
) -> Rc<Read> {
    let source = Source {
        plan: inputs.plan.clone(),
        document: document.map(str::to_string),
        products,
        deal_types: deal_types.to_vec(),
    };
    if let Some(read) = LAST.with_borrow(|last| last.as_ref().filter(|(s, _)| *s == source).map(|(_, r)| r.clone())) {
        return read;
    }
    let read = Rc::new(read(inputs, document, source.products.clone(), deal_types));
    LAST.set(Some((source, read.clone())));
    read
}

fn read(inputs: &Inputs, document: Option<&str>, mut products: Vec<String>, deal_types: &[String]) -> Read {
    let (mut terms, tier_nouns) = document
        .map(|d| super::super::terms::read(&inputs.plan, d))
        .unwrap_or_default();
    let (accelerator, mut accelerator_words) = super::super::accelerator_words::accelerator(inputs, document, &terms);
    // ("| getting barrelled | reaching Barrel |": "get barrelled", "got barrelled" too, as the
    // accelerator's own phrase is read; a phrase of reaching, not a tier's own name that
    // happens to open in "-ing", "Loading Dose"; after the accelerator is found, which reads
    // the document's names as written)
    let forms: Vec<(String, Term)> = terms
        .iter()
        .filter(|(name, _)| {
            name.contains(' ')
                && name.split_whitespace().next().is_some_and(|w| {
                    matches!(
                        w,
                        "getting"
                            | "going"
                            | "hitting"
                            | "reaching"
                            | "making"
                            | "becoming"
                            | "turning"
                            | "breaking"
                            | "raising"
                            | "striking"
                    )
                })
        })
        .flat_map(|(name, t)| {
            super::super::accelerator_words::verb_forms(name)
                .into_iter()
                .map(|f| (f, *t))
        })
        .collect();
    for (form, t) in forms {
        if !terms.iter().any(|(n, _)| *n == form) {
            terms.push((form, t));
        }
    }
    // A product the plan credits is one, though no deal sells it yet ("what would a 15k
    // Insight Analytics deal make me"), spelt as the document spells it.
    // (lowered once, and only when the plan names a product no deal has)
    let mut lower_document: Option<String> = None;
    for named in inputs
        .plan
        .measures
        .iter()
        .filter_map(|m| m.products.as_ref())
        .flatten()
    {
        if !products.iter().any(|p| p.eq_ignore_ascii_case(named)) {
            let spelt = document
                .and_then(|d| {
                    let lower = lower_document.get_or_insert_with(|| d.to_lowercase());
                    let at = lower.find(named.as_str())?;
                    d.get(at..at + named.len()).map(str::to_string)
                })
                .unwrap_or_else(|| named.clone());
            products.push(spelt);
        }
    }
    // (nor a measure's name or initials: "UC" of Unified Communications)
    if let Some(d) = document {
        let measure_named = |item: &str| {
            inputs.plan.measures.iter().any(|m| {
                let initials: String = m.name.split_whitespace().filter_map(|w| w.chars().next()).collect();
                m.name.eq_ignore_ascii_case(item)
                    || m.id.eq_ignore_ascii_case(item)
                    || initials.eq_ignore_ascii_case(item)
            })
        };
        let listed = super::super::aliases::listed_beside(&products, d);
        products.extend(listed.into_iter().filter(|p| !measure_named(p)));
    }
    // The accelerator's own name in the document is a word for the accelerator.
    for (name, t) in &terms {
        if let (Term::Tier(mi, ti), Some(a)) = (t, accelerator) {
            if (*mi, *ti) == a && !accelerator_words.contains(name) {
                accelerator_words.push(name.clone());
            }
        }
    }
    let type_aliases = document
        .map(|d| super::super::aliases::of_deal_types(deal_types, d))
        .unwrap_or_default();
    Read {
        accelerator,
        accelerator_words,
        terms,
        tier_nouns,
        brands: document.map(super::brands).unwrap_or_default(),
        capitals: document.map(super::capitals).unwrap_or_default(),
        // (a row naming a deal type is the type's, though its meaning names the one measure's
        // product: "| re-up | a renewal deal: an O&M agreement renewed |")
        measure_aliases: document
            .map(|d| super::super::aliases::of_measures(&inputs.plan, d))
            .unwrap_or_default()
            .into_iter()
            .filter(|(_, alias)| !type_aliases.iter().any(|(_, a)| a == alias))
            .collect(),
        type_aliases,
        // (not a word of a measure's name: "counts in the quarter (Bookings)" where the
        // Bookings Commission is paid names the measure's period, no other word for a quarter)
        idea_words: document
            .map(super::super::synonyms::of_ideas)
            .unwrap_or_default()
            .into_iter()
            .filter(|(w, p)| {
                !(matches!(p.as_str(), "quarter" | "month" | "year")
                    && inputs
                        .plan
                        .measures
                        .iter()
                        .any(|m| m.name.to_lowercase().split_whitespace().any(|x| x == w)))
            })
            .collect(),
        // ("15k krajowka" for "| krajówka | FTL Domestic |": typed without its marks too)
        product_aliases: document
            .map(|d| super::super::aliases::of_products(&products, d))
            .unwrap_or_default()
            .into_iter()
            // (no one word of a measure's name: "(annual equipment service contract)" beside the
            // Equipment Commission names no product "equipment")
            .filter(|(_, a)| {
                a.contains(' ')
                    || !inputs
                        .plan
                        .measures
                        .iter()
                        .any(|m| m.name.to_lowercase().split_whitespace().any(|x| x == a))
            })
            .flat_map(|(p, a)| {
                let folded = crate::phrases::fold(&a);
                let bare = (folded != a).then(|| (p.clone(), folded));
                std::iter::once((p, a)).chain(bare)
            })
            .collect(),
        bonus_aliases: document
            .map(|d| super::super::aliases::of_bonuses(&inputs.plan, d))
            .unwrap_or_default(),
        products,
    }
}
