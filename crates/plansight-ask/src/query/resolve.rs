//! Where two parts of a question claim the same words, which one has them: a product a
//! measure credits alone names the measure, a deal type said in a measure's words belongs to
//! the new deal or to the measure by what follows them.

use super::parse::exact;
use super::vocabulary::Vocabulary;
use super::{Figure, Op, Query};
use crate::fuzzy::mentions;

/// A product that a measure credits alone names that measure ("my navpoint quota"), unless
/// it is a new deal's.
pub(super) fn measure_of_product(v: &Vocabulary, query: &mut Query) {
    let plan = &v.inputs.plan;
    if let Some(p) = query
        .scope
        .product
        .as_ref()
        .filter(|_| query.scenario.new_deal.is_none())
    {
        if let Some(m) = plan.measures.iter().find(|m| {
            m.products
                .as_deref()
                .is_some_and(|ps| ps.len() == 1 && ps[0] == p.to_lowercase())
        }) {
            if query.scope.measure.as_deref().is_none_or(|x| x == m.id) {
                query.scope.measure = Some(m.id.clone());
                query.scope.product = None;
            }
        }
    }
}

/// "what is my MRO attainment" where the MRO Contract Incentive credits the MRO Supply
/// Agreement: a product found only by a word of the measure's own name is the measure's
/// word, no filter (not "my MRO supply deals").
pub(super) fn product_said_as_measure(v: &Vocabulary, ws: &[String], query: &mut Query) {
    let (Some(m), Some(p)) = (query.scope.measure.as_deref(), query.scope.product.as_deref()) else {
        return;
    };
    let Some(measure) = v.inputs.plan.measures.iter().find(|x| x.id == m) else {
        return;
    };
    let credits = measure.products.iter().flatten().any(|x| x.eq_ignore_ascii_case(p));
    let name = measure.name.to_lowercase();
    let lower = p.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let said: Vec<&&str> = words
        .iter()
        .filter(|w| ws.iter().any(|x| x == **w || x.strip_suffix('s') == Some(**w)))
        .collect();
    if credits
        && !said.is_empty()
        && said.len() < words.len()
        && said.iter().all(|w| name.split_whitespace().any(|n| n == **w))
    {
        query.scope.product = None;
    }
}

/// "a 6k GTX Plus Pro new logo": the new deal's type, not the New Logo measure; "a 200k deal -
/// new arr attainment then?": the measure (a figure follows its name), not a type.
pub(super) fn new_deal_type_or_measure(v: &Vocabulary, ws: &[String], ws_rest: &[String], query: &mut Query) {
    if let (Some(t), Some(m)) = (
        query.scenario.new_deal.as_ref().and_then(|d| d.deal_type.clone()),
        query.scope.measure.clone(),
    ) {
        let joined = format!(" {} ", ws.join(" "));
        let said_once = v
            .measure_names(&m)
            .into_iter()
            .filter(|n| n.contains(' ') && n.contains(t.as_str()))
            .find(|n| joined.matches(&format!(" {n} ")).count() == 1);
        if let Some(n) = said_once {
            let after = joined
                .split(&format!(" {n} "))
                .nth(1)
                .and_then(|rest| rest.split_whitespace().next())
                .unwrap_or("");
            let figure_follows = matches!(
                after.trim_end_matches("'s"),
                "attainment"
                    | "credit"
                    | "quota"
                    | "commission"
                    | "earnings"
                    | "pay"
                    | "payout"
                    | "%"
                    | "number"
                    | "rate"
                    | "tier"
                    | "bookings"
            );
            // ("a 6k contract … my contract margin comm": the type said apart from the name too)
            let type_apart = joined.matches(&format!(" {t} ")).count() > n.matches(t.as_str()).count();
            if figure_follows || type_apart {
                if v.deal_type(ws_rest).is_none() {
                    if let Some(d) = query.scenario.new_deal.as_mut() {
                        d.deal_type = None;
                    }
                }
            } else {
                query.scope.measure = None;
            }
        } else {
            // ("what would a 90k PM agreement pay me": the type's own words, not the measure
            // whose name has one, Service Agreement Value)
            // (unless the type is said apart again: "a 40k renewal … what do renewals pay me")
            // (a word of the type's, or of its name in words: "a 6k new venue order")
            let spoken: Vec<String> = t.split(['-', ' ']).map(str::to_string).collect();
            let of_type = |i: usize| {
                v.deal_type(std::slice::from_ref(&ws[i])).as_deref() == Some(t.as_str())
                    || spoken.len() > 1
                        && (0..spoken.len()).any(|k| {
                            i.checked_sub(k)
                                .is_some_and(|s| ws.get(s..s + spoken.len()).is_some_and(|w| w == spoken.as_slice()))
                        })
            };
            let runs = (0..ws.len())
                .filter(|&i| of_type(i) && (i == 0 || !of_type(i - 1)))
                .count();
            let without_type: Vec<String> = (0..ws.len()).filter(|&i| !of_type(i)).map(|i| ws[i].clone()).collect();
            if runs == 1 && v.measure(&without_type).is_none() {
                query.scope.measure = None;
            }
        }
    }
}

/// The measure a lever changes is not also the scope of its figure ("if the MG quota were
/// 6k, what would I earn"), unless the question names it for the figure too ("my MG earnings
/// if the MG quota were 6k", "the waterline at 10%, my implant commish").
pub(super) fn lever_measure(v: &Vocabulary, ws: &[String], figure: Option<Figure>, query: &mut Query) {
    let Some(lever_measure) = query.scenario.lever.as_ref().map(|l| l.measure.clone()) else {
        return;
    };
    // "the contract target incentive to 6k": the plan's one target incentive, whatever
    // measure it is said of; the measure filters nothing of a team's cost.
    if query
        .scenario
        .lever
        .as_ref()
        .is_some_and(|l| l.kind == super::LeverKind::TargetIncentive)
        && figure == Some(Figure::Cost)
    {
        query.scope.measure = None;
        return;
    }
    let named_twice =
        query.scope.measure.as_deref().is_some_and(|m| {
            let joined = format!(" {} ", ws.join(" "));
            let said = |n: &String| joined.matches(&format!(" {n} ")).count();
            let names = v.measure_names(m);
            // (the measure said apart from the term's own words: not "the MG step-up")
            let mut apart = joined.clone();
            // (a name of the plan's own, not a title that is the domain word: "Threshold.")
            const PLAIN: &[&str] = &[
                "threshold",
                "cap",
                "attainment",
                "gate",
                "tier",
                "band",
                "rate",
                "limit",
                "payout",
            ];
            let own = |t: &str| t.split_whitespace().any(|w| !PLAIN.contains(&w));
            // (a term of the lever's measure, or one that says the measure's name: not "the
            // standard gtx quota" where "standard" is a tier of another measure)
            let lever_index = lever_measure.as_deref().and_then(|id| v.inputs.plan.measure_index(id));
            let of_the_lever = |term: &super::terms::Term| match term {
                super::terms::Term::Tier(mi, _) | super::terms::Term::Threshold(mi) | super::terms::Term::Cap(mi) => {
                    Some(*mi) == lever_index
                }
                _ => true,
            };
            let says_name = |t: &str| names.iter().any(|n| format!(" {t} ").contains(&format!(" {n} ")));
            for (term, _) in v.terms.iter().filter(|(t, term)| {
                own(t) && (says_name(t) || of_the_lever(term)) && joined.contains(&format!(" {t} "))
            }) {
                apart = apart.replace(&format!(" {term} "), " ");
            }
            // ("if full throttle kicked in at 80% of the monthly flagship quota": the quota the
            // lever's new value is a share of, the lever's own words)
            for n in &names {
                for whose in ["the", "my", "their", "your"] {
                    for every in ["", "monthly ", "quarterly ", "annual ", "yearly "] {
                        apart = apart.replace(&format!(" of {whose} {every}{n} quota "), " ");
                    }
                }
            }
            let said_apart = |n: &String| apart.matches(&format!(" {n} ")).count();
            names.iter().any(|n| n.len() >= 2 && said(n) >= 2)
                || apart != joined && names.iter().any(|n| n.len() >= 2 && said_apart(n) >= 1)
                || named_for_pay(ws, &names)
        });
    if lever_measure == query.scope.measure
        && !named_twice
        && !matches!(
            figure,
            Some(Figure::Attainment | Figure::Credit | Figure::Quota | Figure::Rate | Figure::Distance)
        )
    {
        query.scope.measure = None;
    }
}

/// A measure's word right after a new deal's amount says what the amount is ("if i close a 6k
/// GP colour box today": six thousand of gross profit), no measure the pay is asked of.
pub(super) fn new_deal_measured(v: &Vocabulary, ws: &[String], query: &mut Query) {
    let (Some(_), Some(m)) = (&query.scenario.new_deal, query.scope.measure.clone()) else {
        return;
    };
    let names = v.measure_names(&m);
    let described = (1..ws.len()).find(|&i| crate::phrases::amount(&ws[i - 1..i]).is_some() && names.contains(&ws[i]));
    // (the words of the new deal's product, "colour box", are its own, not the measure's
    // "box")
    let product = query
        .scenario
        .new_deal
        .as_ref()
        .and_then(|d| d.product.clone())
        .unwrap_or_default();
    let product_words: Vec<String> = std::iter::once(product.clone())
        .chain(
            v.product_aliases
                .iter()
                .filter(|(p, _)| p.eq_ignore_ascii_case(&product))
                .map(|(_, a)| a.clone()),
        )
        .flat_map(|n| {
            n.to_lowercase()
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    // (not the product's own word: "a 4k mg advanced" is the MG Advanced, the tier's measure
    // kept; nor the deal's type, "a 50k fleet deal"; nor where a tier or mark of the plan is
    // named, "… get me past chinook", whose measure it is)
    let marked = !v.terms_in(ws).is_empty() || v.says_accelerator(ws);
    if let Some(i) =
        described.filter(|&i| !product_words.contains(&ws[i]) && v.deal_type(&ws[i..=i]).is_none() && !marked)
    {
        let rest: Vec<String> = ws
            .iter()
            .enumerate()
            .filter(|(k, w)| *k != i && !product_words.contains(w))
            .map(|(_, w)| w.clone())
            .collect();
        let joined = format!(" {} ", rest.join(" "));
        if v.measure(&rest).is_none() && !names.iter().any(|n| joined.contains(&format!(" {n} "))) {
            query.scope.measure = None;
        }
    }
}

/// "my apr-jun gm commission" with the threshold at 25%: the measure is named for the pay
/// asked (its name, the longest said, is followed by a word for pay), not for the lever.
fn named_for_pay(ws: &[String], names: &[String]) -> bool {
    let pay = |w: &str| super::words::COMMISSION.contains(&w) || matches!(w, "earnings" | "pay" | "payout" | "comp");
    (0..ws.len()).any(|i| {
        let longest = names
            .iter()
            .map(|n| n.split_whitespace().collect::<Vec<_>>())
            .filter(|n| n.len() <= ws.len() - i && ws[i..i + n.len()].iter().zip(n).all(|(a, b)| a == b))
            .max_by_key(Vec::len);
        // (or the name said ends in one: "freight commission" for Freight Gross Profit
        // Commission)
        longest.is_some_and(|n| {
            ws.get(i + n.len()).is_some_and(|w| pay(w)) || n.len() >= 2 && n.last().is_some_and(|w| pay(w))
        })
    })
}

/// "GTX Pro" names a product; the measure its series words also name is not asked, unless
/// the measure is named apart from the product ("my GTX attainment if I book 20k of GTX
/// Basic").
pub(super) fn series_measure(v: &Vocabulary, ws: &[String], query: &mut Query) {
    let plan = &v.inputs.plan;
    let product = query
        .scope
        .product
        .clone()
        .or_else(|| query.scenario.new_deal.as_ref().and_then(|d| d.product.clone()));
    if let (Some(p), Some(m)) = (&product, &query.scope.measure) {
        // Unless the measure is named apart from the product ("my GTX attainment if I book
        // 20k of GTX Basic").
        let apart = super::scope::without_name(ws, p);
        if plan.measures.iter().any(|x| {
            x.id == *m && !mentions(ws, &[x.name.to_lowercase().as_str()]) && v.measure(&apart).as_deref() != Some(m)
        }) {
            query.scope.measure = None;
        }
    }
}

/// Filters that change nothing: a clawback is of cancelled deals by definition; a deal type
/// the measure credits alone ("first ascent on new logos").
pub(super) fn redundant_filters(v: &Vocabulary, figure: Option<Figure>, query: &mut Query) {
    let plan = &v.inputs.plan;
    if figure == Some(Figure::Clawback) && query.scope.stage.as_deref() == Some("cancelled") {
        query.scope.stage = None;
    }
    // A deal type the measure credits alone filters nothing ("first ascent on new logos").
    if let (Some(t), Some(m)) = (&query.scope.deal_type, &query.scope.measure) {
        if plan.measures.iter().any(|x| x.id == *m && credits_only(x, t)) {
            query.scope.deal_type = None;
        }
    }
}

/// Whether a measure credits deals of this one type alone.
fn credits_only(m: &plansight_plan::Measure, deal_type: &String) -> bool {
    m.deal_types.as_deref() == Some(std::slice::from_ref(deal_type))
}

/// "perm attainment", "my perm commission": a deal type one measure alone credits names
/// that measure when the figure is a measure's (a count or a list of perm deals stays the
/// deals of that type).
pub(super) fn type_as_measure(v: &Vocabulary, op: Option<Op>, figure: Option<Figure>, query: &mut Query) {
    let Some(t) = query.scope.deal_type.clone() else {
        return;
    };
    let measure_figure = matches!(
        figure,
        Some(
            Figure::Earnings
                | Figure::Credit
                | Figure::Quota
                | Figure::Attainment
                | Figure::Rate
                | Figure::Distance
                | Figure::Pace
                | Figure::Cost
        )
    ) || op == Some(Op::Explain) && query.scope.deal.is_none();
    if !measure_figure {
        return;
    }
    let only: Vec<&plansight_plan::Measure> = v.inputs.plan.measures.iter().filter(|m| credits_only(m, &t)).collect();
    let [m] = only.as_slice() else {
        return;
    };
    let lever_measure = query.scenario.lever.as_ref().and_then(|l| l.measure.clone());
    match (&query.scope.measure, lever_measure) {
        (None, None) if query.scenario.lever.is_none() => query.scope.measure = Some(m.id.clone()),
        (None, Some(l)) if l == m.id => {}
        (Some(s), _) if *s == m.id => {}
        _ => return,
    }
    query.scope.deal_type = None;
}

/// "just the uc voice ones", "how many uc voice deals": a count or a list of a product's
/// deals stays the deals of that product, even when one measure alone credits it.
pub(super) fn listed_product(
    v: &Vocabulary,
    question: &str,
    op: Option<Op>,
    figure: Option<Figure>,
    query: &mut Query,
) {
    let deals =
        matches!(figure, Some(Figure::DealAmount | Figure::DealCount)) || op == Some(Op::List) && figure.is_none();
    let (Some(m), None, true) = (query.scope.measure.clone(), &query.scope.product, deals) else {
        return;
    };
    let Some(p) = v.product(question) else {
        return;
    };
    let only = v
        .inputs
        .plan
        .measures
        .iter()
        .find(|x| x.id == m)
        .and_then(|x| x.products.as_deref())
        .is_some_and(|ps| ps.len() == 1 && ps[0] == p.to_lowercase());
    if only {
        query.scope.product = Some(p);
        query.scope.measure = None;
    }
}

/// "list my renewals": the deals of that type, not the Renewals measure.
pub(super) fn listed_type(v: &Vocabulary, ws: &[String], op: Option<Op>, figure: Option<Figure>, query: &mut Query) {
    if op == Some(Op::List) && query.scope.deal_type.is_none() && figure.is_none_or(|f| f == Figure::DealAmount) {
        if let (Some(t), Some(m)) = (v.deal_type(ws), query.scope.measure.clone()) {
            if v.measure_names(&m).iter().any(|n| n.contains(t.as_str())) {
                query.scope.deal_type = Some(t);
                query.scope.measure = None;
            }
        }
    }
}

/// Whether the question asks how much of a measure, said by its own words, was sold ("how
/// much margin did dave sell", "how much gp have I done"): its credit, not the deals' size
/// (no deal, type, product, stage or what-if said).
pub(super) fn measure_sold(v: &Vocabulary, ws: &[String], query: &Query) -> bool {
    query.scope.measure.is_some()
        && v.measure(ws) == query.scope.measure
        && query.scope.product.is_none()
        && query.scope.stage.is_none()
        && query.scenario.is_none()
        && v.deal_type(ws).is_none()
        && (mentions(ws, &["how much"])
            || exact(
                ws,
                &[
                    "sell", "sold", "selling", "do", "did", "done", "move", "moved", "shift", "shifted", "signed",
                    "closed", "booked",
                ],
            ))
        && !exact(
            ws,
            &[
                "amount",
                "$",
                "sum",
                "biggest",
                "smallest",
                "largest",
                "deal",
                "deals",
                "value",
                "size",
                "contract",
                "contracts",
                "order",
                "orders",
                "list",
            ],
        )
}
