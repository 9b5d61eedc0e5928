//! A deal named by its account ("what did the Finjob deal pay me", "the kinnamplus
//! placement"): the seller's one deal there, when they have one.

use super::parse::exact;
use super::vocabulary::Vocabulary;
use super::{Op, Query};

/// "What did the Tri-City job pay me", "the Ironworks retrofit": one deal named by its
/// account (and its type) is that deal, when the seller has one such credited deal there.
pub(super) fn account_deal(v: &Vocabulary, ws: &[String], query: &mut Query) {
    let (Some(account), Some(seller), None) = (&query.scope.account, query.who.seller(), &query.scope.deal) else {
        return;
    };
    let said_type = query.scope.deal_type.clone().or_else(|| v.deal_type(ws));
    // ("what did the sellwood social tap build pay me" where the Draft System Install, "| tap
    // build |", was read as its measure's: the product said still says which deal)
    let by_alias = query.scope.product.is_none();
    let product = query.scope.product.clone().or_else(|| {
        query
            .scope
            .measure
            .as_ref()
            .and_then(|_| v.product_alias_said(&ws.join(" ")))
            .map(|(p, _)| p.to_string())
    });
    // (an explanation of the deal named by its account alone is the account's newest
    // deal's already, `newest_deal`; "the Elkhorn Valley Dairy auto" names one of them)
    // ("the bubba gump deal got cancelled but nothing came off my pay. why?": the one
    // cancelled there)
    // ("the kinnamplus placement" where a placement is the trade's won deal, read as "won")
    let last = account.to_lowercase().split_whitespace().last().map(str::to_string);
    // ("the zoomit one in july paid me zero?? why": one deal there, by its month)
    let one_said = deal_words_said(v, ws, false)
        || ws
            .windows(2)
            .any(|p| p[1] == "one" && last.as_deref() == Some(p[0].as_str()));
    let explained = query.op == Op::Explain
        && (product.is_some()
            || query.scope.stage.as_deref() == Some("cancelled") && one_said
            || query.scope.period.is_some() && one_said);
    let one_product = product.as_ref().is_some_and(|p| one_product_said(v, ws, p));
    // ("the finjob washout" where a washout is a cancelled deal)
    // ("what did the Kinnamplus cancellation cost me": the one cancelled there; "the olympia
    // schools bailout" of Olympia Schools Facilities, a bailout a cancelled deal)
    let account_words: Vec<String> = account.to_lowercase().split_whitespace().map(str::to_string).collect();
    let of_account = |w: &String| w.len() >= 3 && account_words.contains(w);
    let cancellation = ws
        .windows(2)
        .any(|p| matches!(p[1].as_str(), "cancellation" | "cancelation") && of_account(&p[0]));
    let trade_noun = cancellation
        || ws
            .windows(2)
            .any(|p| matches!(p[1].as_str(), "won" | "cancelled") && of_account(&p[0]));
    // ("The Hof Brandt Storno from December, why it did not take anything from me?" where a
    // Storno is a cancelled order: the one cancelled there, explained)
    let explained = explained
        || query.op == Op::Explain && (cancellation || ws.windows(2).any(|p| p[1] == "cancelled" && of_account(&p[0])));
    if !((one_said || one_product || trade_noun) && query.op == Op::Value || explained) {
        // ("what did the Kale Dairy pump pay me" with two pumps on the price list: the last
        // word of one deal's product there)
        if query.op == Op::Value && product.is_none() && query.scope.stage.as_deref() != Some("open") {
            if let Some(deal) = by_its_products_word(v, ws, seller, account) {
                query.scope.deal = Some(deal);
                query.scope.account = None;
                query.scope.stage = None;
            }
        }
        return;
    }
    // (an open deal is no credited one; a lost one here is one cancelled after it was won:
    // "how much did I lose on the Mafube harness that got pulled")
    let stage = query.scope.stage.clone();
    if stage.as_deref() == Some("open") {
        return;
    }
    // (what a cancelled deal took back is of the cancelled ones there)
    let cancelled_only = matches!(stage.as_deref(), Some("lost" | "cancelled"))
        || query.figure == super::Figure::Clawback
        || cancellation
        || ws
            .windows(2)
            .any(|p| p[1] == "cancelled" && last.as_deref() == Some(p[0].as_str()));
    // ("the april Ashford tower": the month says which of them)
    // ("y-corporation cancelled their gtk 500 back in may": the month it was cancelled in)
    let when = query.scope.period.as_deref().and_then(|p| super::parse::span(v, p));
    let in_span =
        |d: Option<chrono::NaiveDate>| when.is_none_or(|(first, last)| d.is_some_and(|d| first <= d && d <= last));
    let deals: Vec<&plansight_plan::CreditLine> = v
        .deals_at(seller, account)
        .filter(|l| {
            l.stage.is_credited()
                && (!cancelled_only || l.stage == plansight_plan::Stage::Cancelled)
                && (in_span(l.close_date) || l.stage == plansight_plan::Stage::Cancelled && in_span(l.cancel_date))
                && said_type
                    .as_ref()
                    .is_none_or(|t| l.deal_type.as_ref().is_some_and(|d| d.eq_ignore_ascii_case(t)))
                && product
                    .as_ref()
                    .is_none_or(|p| l.product.as_ref().is_some_and(|x| x.eq_ignore_ascii_case(p)))
        })
        .collect();
    if let [deal] = deals.as_slice() {
        query.scope.stage = None;
        query.scope.deal = Some(deal.id.clone());
        if when.is_some() {
            query.scope.period = None;
        }
        // (the one cancellation there keeps its account: the deal is named by it)
        if !cancellation {
            query.scope.account = None;
        }
        query.scope.deal_type = None;
        query.scope.product = None;
        if by_alias && product.is_some() {
            query.scope.measure = None;
        }
    }
}

/// The seller's one credited deal at the account whose product's last word is said, in the
/// singular ("the Kale Dairy pump"), when no other deal there ends so.
fn by_its_products_word(v: &Vocabulary, ws: &[String], seller: &str, account: &str) -> Option<String> {
    let last_word = |l: &plansight_plan::CreditLine| {
        l.product
            .as_ref()
            .and_then(|p| p.to_lowercase().split_whitespace().last().map(str::to_string))
    };
    // (said right after the account's name: not "what did Kale Dairy pay me under the plan"
    // of a Growth Plan)
    let account_words: Vec<String> = account.to_lowercase().split_whitespace().map(str::to_string).collect();
    let after_account = |w: &str| (1..ws.len()).any(|k| ws[k] == w && account_words.contains(&ws[k - 1]));
    let deals: Vec<&plansight_plan::CreditLine> = v
        .deals_at(seller, account)
        .filter(|l| l.stage.is_credited() && last_word(l).is_some_and(|w| w.len() >= 3 && after_account(&w)))
        .collect();
    match deals.as_slice() {
        [deal] => Some(deal.id.clone()),
        _ => None,
    }
}

/// "How much did I lose on the Mafube harness that got pulled", "how much did nathan lose on
/// BUQ655AB": what a cancelled deal lost its seller is its clawback, not a lost deal's amount.
pub(super) fn lost_on_cancelled(v: &Vocabulary, ws: &[String], query: &mut Query) {
    let cancelled = query.scope.deal.as_deref().is_some_and(|d| {
        v.inputs
            .lines
            .iter()
            .any(|l| l.id == d && l.stage == plansight_plan::Stage::Cancelled)
    });
    // ("how much did samantha loose on 4V0S4BA3": "lose" typed with two o's)
    if cancelled && crate::fuzzy::mentions(ws, &["lose on", "lost on", "lose with", "lost with", "loose on"]) {
        query.figure = super::Figure::Clawback;
        query.op = Op::Value;
        query.scope.stage = None;
    }
}

/// Whether the product is said of one deal by its last word ("the front range robot", "the
/// bioholding plus pro") or by the document's other name for it, not in the plural ("the
/// Winelands harness" where "| harness | a Fall-Arrest Kit |").
pub(super) fn one_product_said(v: &Vocabulary, ws: &[String], product: &str) -> bool {
    let product = product.to_lowercase();
    let words: Vec<&str> = product.split_whitespace().collect();
    // ("that Kitale cold room" for a Cold Room Unit: its first words, said of one)
    let first_words = words.len() >= 3 && {
        let head = &words[..words.len() - 1];
        ws.windows(head.len()).enumerate().any(|(i, w)| {
            w.iter().zip(head).all(|(a, b)| a == b)
                && !ws
                    .get(i + head.len())
                    .is_some_and(|n| matches!(n.as_str(), "deals" | "orders" | "units" | "sales"))
        })
    };
    first_words
        || words.last().is_some_and(|last| ws.iter().any(|w| w == last))
        || v.product_aliases
            .iter()
            .any(|(p, alias)| p.eq_ignore_ascii_case(&product) && super::vocabulary::said_in(ws, alias))
}

/// Whether the words speak of one deal ("the deal", "the job", "the policy", "the
/// retrofit"), not of several.
pub(super) fn one_deal_said(v: &Vocabulary, ws: &[String]) -> bool {
    deal_words_said(v, ws, true)
}

/// As [`one_deal_said`]; `place_one` reads "the yarran st one" as one deal too, which only
/// matters where the place has several to ask back between: of one deal there, the account
/// is what is asked about (the same sale, the same figure).
fn deal_words_said(v: &Vocabulary, ws: &[String], place_one: bool) -> bool {
    let type_word = |w: &String| {
        !w.ends_with('s') && v.deal_type(std::slice::from_ref(w)).is_some()
            || v.type_aliases.iter().any(|(_, a)| a == w)
    };
    // (a type's word that begins an account's name is the account's: "new" of "The New York
    // Inquirer")
    let of_account = |i: usize| {
        ws.get(i + 1).is_some_and(|next| {
            let said = format!("{} {next}", ws[i]);
            v.accounts.iter().any(|a| {
                let a = a.to_lowercase();
                a.starts_with(&said) || a.contains(&format!(" {said}"))
            })
        })
    };
    let one = ws.iter().enumerate().any(|(i, w)| {
        matches!(
            w.as_str(),
            "deal" | "opp" | "opportunity" | "project" | "contract" | "order" | "policy" | "loan" | "case" | "job"
        ) || type_word(w) && !of_account(i)
            // ("whats my cut on the illawarra rd one": the one of the place named, after a word
            // of an account's name; not "has been one of my better shippers")
            || place_one
                && w == "one"
                && i > 0
                // (a word of no English or a street's: not "the new one" beside New Balance)
                && (!crate::query::unrecognised::common(&ws[i - 1])
                    || matches!(ws[i - 1].as_str(), "rd" | "st" | "ave" | "road" | "street" | "lane" | "dr" | "way" | "pl"))
                && v.accounts.iter().any(|a| {
                    a.to_lowercase()
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|x| x == ws[i - 1])
                })
                && ws.get(i + 1).is_none_or(|n| n != "of")
    });
    one && !exact(ws, &["deals", "all", "each", "every", "total", "list", "many"])
}

/// The newest credited deal of the seller with the account the question names.
pub fn newest_deal(inputs: &plansight_plan::Inputs, q: &Query) -> Option<String> {
    if let Some(d) = &q.scope.deal {
        return Some(d.clone());
    }
    let seller = q.who.seller()?;
    let account = q.scope.account.as_deref()?;
    inputs
        .lines
        .iter()
        .filter(|l| l.seller == seller && l.account.as_deref() == Some(account))
        // ("why did the glendale hot yoga pro suite only pay me 500": the account's deal of
        // that product)
        .filter(|l| {
            q.scope
                .product
                .as_deref()
                .is_none_or(|p| l.product.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(p)))
        })
        .max_by_key(|l| (l.stage.is_credited(), l.close_date))
        .map(|l| l.id.clone())
}
