//! The figure a question asks for, read once the words that name something else are set
//! aside: a lever's or a saved scenario's words, a product's name, a measure's own word
//! for pay or sales; then what the question's scope makes of it (a lever's losers lose pay,
//! a payout cap is set against earnings).

use crate::fuzzy::mentions;
use crate::phrases::normalize;
use crate::query::parse::exact;
use crate::query::vocabulary::{contains_words, Vocabulary};
use crate::query::words::LOSE;
use crate::query::{Figure, Mark, Query};

/// The figure and the mark asked for; `rest` is the question's words without the named
/// scope's. The query's measure and period may be settled on the way.
pub(in crate::query) fn figure(
    v: &Vocabulary,
    ws: &[String],
    rest: &[String],
    query: &mut Query,
) -> (Option<Figure>, Option<Mark>) {
    // Words of a what-if or of a saved scenario's name are not the figure ("Lower quota",
    // "attainment cap", "payout cap"), nor are ranking words ("where do I stand vs").
    let mut not_figure: Vec<String> = query
        .scenario
        .saved
        .iter()
        .flat_map(|name| crate::phrases::words(&normalize(name)))
        .collect();
    // The plan's own name for what a lever changes ("the Payout Roof") is not the figure.
    if let Some(l) = &query.scenario.lever {
        use crate::query::LeverKind::*;
        match l.kind {
            Cap => not_figure.push("attainment".into()),
            // ("what would darcel earn if we put a 35k annual cap on payouts")
            PayoutCap => not_figure.extend(["payout".to_string(), "payouts".to_string()]),
            _ => {}
        }
        // "the 5% band starting at 70% of quota": the quota names where the tier starts.
        if matches!(l.kind, TierStart | Threshold | Cap) {
            not_figure.extend(["quota".to_string(), "%".to_string()]);
        }
        for (name, _) in v.terms.iter().filter(|(n, _)| mentions(ws, &[n.as_str()])) {
            not_figure.extend(name.split_whitespace().map(str::to_string));
        }
    }
    // (not "where do I stand against my deposit goal": the asker's own number, attainment)
    let own_number = crate::query::words::against_own_number(ws);
    if mentions(ws, &["stand vs", "stand versus", "stand against", "vs everyone"]) && !own_number {
        not_figure.push("stand".into());
    }
    let said = ws.join(" ");
    // ("did I hit the Stop Payment?" where the payout cap is so named: a word of pay in a
    // mark's or a cap's name of several words is no figure's; the name's other words still
    // name the mark)
    for (name, _) in v
        .terms
        .iter()
        .filter(|(n, t)| n.contains(' ') && !matches!(t, crate::query::terms::Term::Draw) && contains_words(&said, n))
        // (not a tier's name where a pay word says what kind of thing follows, "(hit) pay
        // dirt": its other word alone names nothing, so the name is kept whole for the mark)
        .filter(|(n, t)| {
            let words: Vec<&str> = n.split_whitespace().collect();
            !(matches!(t, crate::query::terms::Term::Tier(..))
                && words
                    .split_last()
                    .is_some_and(|(_, before)| before.iter().any(|w| matches!(*w, "pay" | "paid" | "payment"))))
        })
    {
        not_figure.extend(
            name.split_whitespace()
                .filter(|w| {
                    matches!(
                        *w,
                        "payment"
                            | "payments"
                            | "pay"
                            | "paid"
                            | "payout"
                            | "commission"
                            | "check"
                            | "cheque"
                            | "earnings"
                            // ("have I maxed out the Power Budget": the payout cap's name)
                            | "budget"
                            | "cost"
                    )
                })
                .map(str::to_string),
        );
    }
    // ("what did the book pay me", "worst quarter on the book side" where "book" names the
    // Book Retention Incentive: the measure that pays, no booking)
    if let Some(id) = query.scope.measure.as_deref() {
        let names = v.measure_names(id);
        for p in ws
            .windows(2)
            .filter(|p| matches!(p[1].as_str(), "pay" | "paid" | "pays" | "side"))
        {
            if names.iter().any(|n| n.split_whitespace().any(|n| n == p[0])) {
                not_figure.push(p[0].clone());
            }
        }
    }
    // ("would a 40k payroll cloud get me over it": a word of the product's name is no
    // figure's)
    let product = query
        .scope
        .product
        .as_ref()
        .or(query.scenario.new_deal.as_ref().and_then(|d| d.product.as_ref()));
    // (the name as said, where it is said: "would a 6k tap build get me to double tap" keeps
    // the tier's "tap")
    let mut product_said: Vec<Vec<String>> = Vec::new();
    if let Some(p) = product.filter(|p| p.contains(' ') && contains_words(&ws.join(" "), &p.to_lowercase())) {
        product_said.push(p.to_lowercase().split_whitespace().map(str::to_string).collect());
    }
    // ("and if it is a big roaster?" where "| big roaster | the GTK 500 |": the words of a
    // product's other name are no figure's)
    if let Some((_, said)) = v.product_alias_said(&ws.join(" ")) {
        product_said.push(said.split_whitespace().map(str::to_string).collect());
    }
    // ("list my comp policies" where "| comp | Workers' Compensation |": the product's word,
    // no pay)
    if let Some(p) = product {
        not_figure.extend(
            v.product_aliases
                .iter()
                .filter(|(q, a)| q.eq_ignore_ascii_case(p) && crate::query::products::pay_word(a) && ws.contains(a))
                .map(|(_, a)| a.clone()),
        );
    }
    // ("comission on rehersal dinners": a typo of the product's word is the product's, not
    // the "reversal" it is as near to)
    if let Some(p) = product {
        let lower = p.to_lowercase();
        not_figure.extend(
            ws.iter()
                .filter(|w| {
                    w.len() >= 5
                        && lower
                            .split_whitespace()
                            .any(|x| x != w.as_str() && crate::fuzzy::same(w, x))
                })
                .cloned(),
        );
    }
    let without = |words: &[String]| -> Vec<String> {
        // (a name not said word for word here is taken out word by word)
        let scattered: Vec<&String> = product_said
            .iter()
            .filter(|p| !words.windows(p.len()).any(|w| w == p.as_slice()))
            .flatten()
            .collect();
        let mut kept: Vec<String> = Vec::with_capacity(words.len());
        let mut i = 0;
        while i < words.len() {
            if let Some(p) = product_said.iter().find(|p| words[i..].starts_with(p)) {
                i += p.len();
                continue;
            }
            if !not_figure.contains(&words[i]) && !scattered.contains(&&words[i]) {
                kept.push(words[i].clone());
            }
            i += 1;
        }
        kept
    };
    // "a GTX Plus Pro … my december check": the series words name the product, not the
    // measure, before the figure is read.
    crate::query::resolve::series_measure(v, ws, query);
    // A measure's name is the figure only when nothing else is: "what did Net New Bookings
    // pay me" asks for earnings, "worst quarter for hardware bookings" for its credit.
    let joined = ws.join(" ");
    let (figure, mark) = match crate::query::figure::figure(v, &without(rest), query) {
        // ("big iron quota to 25k - which 3 reps lose the most": the pay the change takes,
        // though the measure's name says sales)
        (None | Some(Figure::Credit), mark)
            if query.scenario.lever.is_some()
                // (a lever of the plan changes no one's credit: "booked quota at 100k every
                // quarter - which 3 reps lose the most")
                && (exact(ws, LOSE)
                    || exact(
                        ws,
                        &["gain", "gains", "gaining", "win", "wins", "hurt", "hurts", "ahead"],
                    )) =>
        {
            (Some(Figure::Earnings), mark)
        }
        // ("where does chris o rank on cap equipment": a word of the document's other name
        // for a measure is no figure's, though the name's own may be)
        (None, mark)
            if query.scope.measure.is_some()
                && v.measure_aliases.iter().any(|(m, alias)| {
                    query.scope.measure.as_ref() == Some(m)
                    && alias.contains(' ')
                    && contains_words(&joined, alias)
                    // ("worst quarter for nb comm": a name that says pay is the pay)
                    && !alias
                        .split_whitespace()
                        .any(|w| crate::query::words::COMMISSION.contains(&w) || matches!(w, "incentive" | "bonus" | "pay"))
                }) =>
        {
            (None, mark)
        }
        // ("bookings commision so far this quarter?" of the Bookings Commission: the measure
        // named for its pay, said with that word, is its pay)
        // ("renewal book incentive for Q2?", "how much booked revenue commission did i get": the
        // name said whole, its own words no figure's)
        (None | Some(Figure::Credit), mark)
            if query.scope.measure.as_deref().is_some_and(|m| {
                v.measure_names(m)
                    .iter()
                    .any(|n| n.split_whitespace().any(|w| matches!(w, "commission" | "incentive")))
            }) && (mentions(ws, &["commission"]) || whole_name(v, ws, query).is_some() && exact(ws, &["incentive"]))
                && query.scenario.is_none()
                && !exact(
                    &without_name(v, ws, query),
                    &[
                        "credit",
                        "credited",
                        "sold",
                        "booked",
                        "quota",
                        "attainment",
                        "rate",
                        "tier",
                    ],
                ) =>
        {
            (Some(Figure::Earnings), mark)
        }
        // ("Hardware commission for May-July quarter, could you kindly tell me the amount?":
        // the amount of the commission named, no deal's)
        (Some(Figure::DealAmount), mark)
            if query.scope.measure.as_deref().is_some_and(|m| {
                v.measure_names(m)
                    .iter()
                    .any(|n| n.split_whitespace().any(|w| w == "commission"))
            }) && mentions(ws, &["commission"])
                && exact(ws, &["amount"])
                && query.scenario.is_none()
                && query.scope.stage.is_none()
                && !exact(
                    ws,
                    &["deal", "deals", "sold", "sales", "revenue", "value", "size", "booked", "bookings", "pipeline"],
                ) =>
        {
            (Some(Figure::Earnings), mark)
        }
        // ("best month for MG sales?", "bottom 2 on my team for MG sales": a measure's sales,
        // ranked, are its credit, not one deal's size)
        (Some(Figure::DealAmount), mark)
            if query.scope.measure.is_some()
                && query.scope.stage.is_none()
                && query.scope.product.is_none()
                // (ranked by it, not "my 3 biggest MG sales" nor "list my MG sales")
                && exact(ws, &["best", "worst", "top", "bottom", "rank", "most", "least"])
                && !exact(ws, &["biggest", "largest", "smallest", "list", "show", "deal", "deals"])
                && ws.windows(2).any(|p| {
                    matches!(p[1].as_str(), "sales" | "revenue" | "bookings")
                        && v.measure(std::slice::from_ref(&p[0])) == query.scope.measure
                }) =>
        {
            (Some(Figure::Credit), mark)
        }
        // ("if id booked a 40k tailgate contract … how much more program incentive wud i
        // have": the measure's pay, said by its noun for pay, that a new deal would add)
        (None | Some(Figure::Credit), mark)
            if query.scenario.new_deal.is_some()
                && mentions(ws, &["how much more", "how much extra"])
                && query.scope.measure.as_deref().is_some_and(|m| {
                    v.measure_names(m).iter().any(|n| {
                        let said: Vec<&str> = n.split_whitespace().collect();
                        said.iter().any(|w| matches!(*w, "incentive" | "commission"))
                            && ws.windows(2).any(|p| {
                                said.contains(&p[0].as_str())
                                    && matches!(p[1].as_str(), "incentive" | "commission")
                                    && said.contains(&p[1].as_str())
                            })
                    })
                }) =>
        {
            (Some(Figure::Earnings), mark)
        }
        (None, mark) => {
            let (f, m) = crate::query::figure::figure(v, &without(ws), query);
            // ("bottom 2 for PM value" of Service Agreement Value: the measure's own word for
            // money is its credit, not the deals' size)
            // (in a follow-up, "and system sales?", the measure alone: the figure stays)
            let f = match f {
                Some(Figure::DealAmount) if query.scope.measure.is_some() && query.scope.stage.is_none() => {
                    (!crate::query::context::opens_follow_up(ws)).then_some(Figure::Credit)
                }
                // ("bottom 3 by fee income", "worst quarter for fee income": the income a
                // measure is named for is its credit, not pay)
                Some(Figure::Earnings)
                    if query.scope.measure.as_deref().is_some_and(|m| {
                        v.measure_names(m)
                            .iter()
                            .any(|n| n.split_whitespace().any(|w| w == "income"))
                    }) && exact(ws, &["income"]) =>
                {
                    Some(Figure::Credit)
                }
                f => f,
            };
            (f, mark.or(m))
        }
        // ("how much margin did dave sell": the measure's own quantity sold is its credit,
        // not the deals' size)
        (Some(Figure::DealAmount), mark) if crate::query::resolve::measure_sold(v, ws, query) => (Some(Figure::Credit), mark),
        found => found,
    };
    // "did I max out the Governor", "did Darcel hit the payout cap": what was earned, which
    // the answer sets against the payout cap (no attainment mark).
    // ("if the mg cap went down to 100%, which 2 sellers would lose the most?": what the
    // change takes from their pay, not their attainment)
    let figure = if query.scenario.lever.is_some()
        && figure == Some(Figure::Attainment)
        && exact(ws, LOSE)
        && !exact(ws, crate::query::words::ATTAINMENT)
    {
        Some(Figure::Earnings)
    } else {
        figure
    };
    if query.scenario.lever.is_none()
        && matches!(figure, None | Some(Figure::Distance))
        && (v.terms_in(ws).contains(&crate::query::terms::Term::PayoutCap)
            || mentions(ws, &["payout cap", "earnings cap", "payout limit", "earnings limit"])
            // ("did i max out the annual cap yet": the year's cap on pay, where the plan has one)
            || v.inputs.plan.payout_cap.is_some() && mentions(ws, &["annual cap", "yearly cap", "year's cap"]))
    {
        // (the payout cap is the year's: "annual" says no period of its own)
        if mentions(ws, &["annual", "yearly", "year's"]) && query.scope.period.as_deref() == Some("FY") {
            query.scope.period = None;
        }
        (Some(Figure::Earnings), None)
    } else {
        (figure, mark)
    }
}

/// The words of the name of the measure the question is about, when the question says that
/// name whole ("renewal book incentive" of the Renewal Book Incentive).
fn whole_name(v: &Vocabulary, ws: &[String], query: &Query) -> Option<Vec<String>> {
    let m = query.scope.measure.as_deref()?;
    let name = v.inputs.plan.measures.iter().find(|x| x.id == m)?.name.to_lowercase();
    contains_words(&ws.join(" "), &name).then(|| name.split_whitespace().map(str::to_string).collect())
}

/// The question without the words of its measure's name said whole ("booked" of the
/// Booked Revenue Commission is no verb of selling there).
fn without_name(v: &Vocabulary, ws: &[String], query: &Query) -> Vec<String> {
    let name = whole_name(v, ws, query).unwrap_or_default();
    ws.iter().filter(|w| !name.contains(w)).cloned().collect()
}
