//! A plan lever in a question and its new value: a quota, a tier's rate or start (the tier
//! named by number, by its rate, or by the plan document's word for it), the threshold, an
//! attainment or payout cap, the target incentive.

use super::parse::exact;
use super::scenario::HYPOTHETICAL;
use super::vocabulary::Vocabulary;
use super::{Lever, LeverKind};
use crate::fuzzy::mentions;
use crate::phrases::amount;
use plansight_plan::{Cents, Exact, PeriodKind};

/// A plan lever and its new value.
pub(super) fn lever(v: &Vocabulary, ws: &[String]) -> Option<Lever> {
    // "did I clear the 40% threshold? if not, by how much": "if not" supposes nothing.
    let kept: Vec<String> = ws
        .iter()
        .enumerate()
        .filter(|(i, w)| !(*w == "if" && ws.get(i + 1).is_some_and(|n| n == "not")))
        .map(|(_, w)| w.clone())
        .collect();
    // ("cap eq quota to 3.3m": a measure's name of several words is the measure's, whatever
    // mark a word of it says)
    let mut kept = kept;
    for (id, alias) in v.measure_aliases.iter().filter(|(_, a)| a.contains(' ')) {
        let parts: Vec<&str> = alias.split_whitespace().collect();
        while let Some(i) = (0..kept.len().saturating_sub(parts.len() - 1))
            .find(|&i| kept[i..i + parts.len()].iter().zip(&parts).all(|(a, b)| a == b))
        {
            kept.splice(i..i + parts.len(), [id.replace('_', "-")]);
        }
    }
    let ws = &kept[..];
    // ("what if the Drover's kicked in at 110% instead of 125%": a bonus's level or amount,
    // which no lever changes; not "the accelerator rate, with the Summit Flag")
    if v.bonus(ws)
        && v.terms_in(ws).is_empty()
        && !exact(ws, &["rate", "tier", "quota", "threshold", "cap", "draw", "ti", "ote"])
        && !mentions(ws, &["target incentive"])
    {
        return None;
    }
    // ("once I hit pullman is the whole quarter paid at 150% or only the bit above quota": a
    // question of which way the plan pays, two ways offered)
    if deal_amount_only(v, ws) || mentions(ws, super::words::TWO_WAYS) && !mentions(ws, HYPOTHETICAL) {
        return None;
    }
    let changed = mentions(ws, HYPOTHETICAL)
        // ("price out photoreal paying 10%", "rerun apr-jun with the splash screen at 20%":
        // the plan computed again with the change)
        || mentions(ws, &["price out", "cost out", "rerun", "re-run", "recalculate", "recompute", "reprice"])
        // ("no more lift lobby, my team get how much more": the part gone)
        || mentions(ws, &["no more"]) && !v.terms_in(ws).is_empty()
        // ("Booster Dose at 2x, what Jerome will get?": a part of the plan set at a value
        // before the question)
        || v.terms.iter().any(|(name, _)| {
            let parts: Vec<&str> = name.split_whitespace().collect();
            ws.len() > parts.len() + 1
                && ws.iter().zip(&parts).all(|(a, b)| a == b)
                && ws[parts.len()] == "at"
                && ws[parts.len() + 1].ends_with(['x', '%'])
                && ws[parts.len() + 1].starts_with(|c: char| c.is_ascii_digit())
        })
        // ("TI at 20k - what do my team's payouts look like": a plan part's noun set at a
        // value before the question)
        || {
            let from = usize::from(ws.first().is_some_and(|w| matches!(w.as_str(), "the" | "with")));
            let noun = match ws.get(from..from + 2) {
                Some([a, b]) if a == "target" && b == "incentive" => 2,
                _ if ws.get(from).is_some_and(|w| {
                    matches!(w.as_str(), "ti" | "ote" | "quota" | "threshold" | "cap" | "accelerator")
                }) =>
                {
                    1
                }
                _ => 0,
            };
            let at = from + noun;
            // (not the plan as it stands asked about: "cap at 55k - is that per year or per
            // quarter?")
            noun > 0
                && !mentions(ws, &["is that", "is it", "does it", "does that", "is this"])
                // ("TI to 30k for everybody how much": the value it is set to)
                && ws.get(at).is_some_and(|w| w == "at" || w == "to")
                && ws.get(at + 1).is_some_and(|w| {
                    amount(std::slice::from_ref(w)).is_some() || crate::phrases::percent(std::slice::from_ref(w)).is_some()
                })
                && ws.len() > at + 3
        }
        // ("roll call down to 25%": the threshold moved to a percentage)
        || mentions(ws, &["down to", "dropped to", "up to", "pushed to", "drop to", "drops to"])
            && (amount(ws).is_some() || crate::phrases::percent(ws).is_some() && !v.terms_in(ws).is_empty())
        || exact(
            ws,
            &[
                "drops",
                "dropped",
                "raised",
                "raise",
                "raising",
                "lowered",
                "lower",
                "lowering",
                "cut",
                "increase",
                "increased",
                "decrease",
                "decreased",
                "reduced",
                "moved",
                "changed",
                "instead",
                "with",
                "under",
                "starting",
                "goes",
                "went",
                // ("TI become 30k for everybody")
                "become",
                "becomes",
                "rises",
                "rose",
                "against",
                "model",
                "modeling",
                "modelling",
                "impact",
                "if",
                "cutting",
                "capping",
                "slash",
                "slashed",
                "bump",
                "bumped",
                "swap",
                // ("dropping the turnstile"; "scrap the gate - Mt Kenya payout?": a part taken away)
                "dropping",
                "scrap",
                "scrapped",
                "scrapping",
                "bin",
                "binned",
                "ditch",
                "ditched",
                "abolish",
                "abolished",
                "eliminate",
                "eliminated",
                // ("What would eliminating the Makeready altogether cost the company?")
                "eliminating",
                "removing",
                "abolishing",
                "ditching",
            ],
        );
    // "what does a 900k SR quota do to total cost", "savings from a 175% Ceiling": a new
    // value said with what it would cost is a change too, while a value the plan already
    // has ("how far am I from the 150% cap") only names the part.
    let priced = mentions(ws, super::words::COST)
        || exact(
            ws,
            &[
                "savings",
                "save",
                "saves",
                "costs",
                "cost",
                "difference",
                "hit",
                "hurt",
                "hurts",
                "lose",
                "loses",
                "winner",
                "winners",
                "loser",
                "losers",
                "gainers",
                "gainer",
                "lost",
                "gain",
                "gains",
                // ("foothills to 4% - which of my reps comes out ahead the most")
                "ahead",
                "benefit",
                "benefits",
                "helps",
                "help",
                "bottom",
                "worst",
                "top",
                "best",
            ],
        )
        || mentions(ws, &["do to", "does to"])
        // ("Overflow at 6% - kitna extra payout hoga overall?": what the change adds)
        || mentions(ws, &["how much extra", "extra payout", "more payout"])
            && !exact(ws, &["need", "needed", "reach", "hit", "get"]);
    if !changed && !priced {
        return None;
    }
    let lever = read(v, ws)?;
    // ("If I sign a $1,000 GTX Plus Basic today, does that get me over the 40% minimum?": the
    // part named by the value it has, the money a deal's)
    if current(v, &lever)
        && amount(ws).is_some()
        && matches!(
            lever.kind,
            LeverKind::Threshold | LeverKind::Cap | LeverKind::TierStart | LeverKind::Rate
        )
    {
        return None;
    }
    // "room left under the 300% cap": a value the plan has, said without a change verb.
    let said_change = mentions(ws, HYPOTHETICAL)
        || exact(
            ws,
            &[
                "to", "at", "instead", "raised", "lowered", "cut", "cutting", "drops", "dropped", "increase",
                "decrease", "moved", "changed", "starting", "starts", "begins", "become", "becomes",
            ],
        );
    (said_change || changed && !current(v, &lever) || priced && !current(v, &lever)).then_some(lever)
}

/// "a 25k device bundle today would blow me through the king tide": the one amount is a
/// deal's (a product, a deal type or a deal follows it), no plan part's new value.
fn deal_amount_only(v: &Vocabulary, ws: &[String]) -> bool {
    let amounts: Vec<usize> = (0..ws.len()).filter(|&i| amount(&ws[i..=i]).is_some()).collect();
    let [i] = amounts.as_slice() else {
        return false;
    };
    let Some(next) = ws.get(i + 1) else {
        return false;
    };
    // ("70k, total plan cost" is no Total Care Contract: an everyday first word needs the
    // name's second after it)
    let begins = |name: &str| {
        let mut words = name.split_whitespace();
        words.next() == Some(next.as_str())
            && (!super::unrecognised::common(next)
                || words
                    .next()
                    .is_none_or(|second| ws.get(i + 2).is_some_and(|w| w == second)))
    };
    // ("a 40k power set" where the Volt Power Instruments are "power": its other name)
    let product_word = v.product(&ws.join(" ")).is_some_and(|p| begins(&p.to_lowercase()))
        || v.product_aliases.iter().any(|(_, alias)| begins(alias));
    // ("a 1.3M new ARR quota": the amount of a plan part after all)
    let plan_part_follows = ws[i + 1..].iter().take(4).any(|w| {
        matches!(
            w.as_str(),
            "quota" | "quotas" | "target" | "number" | "cap" | "threshold" | "ti" | "limit" | "draw" | "ote"
        )
    });
    crate::phrases::percent(ws).is_none()
        && !plan_part_follows
        && (product_word
            || v.deal_type(std::slice::from_ref(next)).is_some()
            || matches!(
                next.as_str(),
                "deal" | "order" | "sale" | "contract" | "opp" | "win" | "logo"
            ))
}

/// Whether the lever's value is the one the plan already has (a reference, not a change).
fn current(v: &Vocabulary, l: &Lever) -> bool {
    let plan = &v.inputs.plan;
    let m = l
        .measure
        .as_deref()
        .and_then(|id| plan.measures.iter().find(|m| m.id == id));
    let point = |p: Option<plansight_plan::Point>| p.map(|p| crate::phrases::fraction_text(p.0 as i128, 10_000));
    match l.kind {
        // Any measure's: the measure a lever reads may not be the one the plan caps.
        LeverKind::Threshold => plan
            .measures
            .iter()
            .any(|m| point(m.threshold).as_deref() == Some(l.value.as_str())),
        LeverKind::Cap => plan
            .measures
            .iter()
            .any(|m| point(m.cap).as_deref() == Some(l.value.as_str())),
        LeverKind::TierStart | LeverKind::Rate => m.is_some_and(|m| {
            let t = l.tier.and_then(|t| m.tiers.get(t as usize - 1));
            t.is_some_and(|t| {
                let v = if l.kind == LeverKind::Rate {
                    crate::phrases::fraction_text(t.rate.0 as i128, 1_000_000)
                } else {
                    point(Some(t.from)).unwrap_or_default()
                };
                v == l.value
            })
        }),
        LeverKind::Quota => m.is_some_and(|m| {
            // (every period's: "300k every quarter" changes the quarters that differ)
            m.quotas
                .iter()
                .all(|q| plansight_plan::Exact::from_cents(*q).money() == l.value)
        }),
        // ("is the 80k target incentive on top of my base": the plan's own, or a seller's)
        LeverKind::TargetIncentive => {
            let money = |c: plansight_plan::Cents| plansight_plan::Exact::from_cents(c).money() == l.value;
            money(plan.target_incentive)
                || v.inputs
                    .roster
                    .iter()
                    .flatten()
                    .any(|s| s.target_incentive.is_some_and(money))
        }
        LeverKind::PayoutCap => plan
            .payout_cap
            .is_some_and(|c| plansight_plan::Exact::from_cents(c).money() == l.value),
    }
}

/// The lever the words name with its new value, whether or not they say it changes.
fn read(v: &Vocabulary, ws: &[String]) -> Option<Lever> {
    let plan = &v.inputs.plan;
    // A tier named by its rate ("the 5% tier starts at 40%"): its rate is not the new value.
    let by_rate = super::scope::tier_by_rate(v, ws);
    let pct = if by_rate.is_some() {
        let all = crate::phrases::percents(ws);
        let named = all.iter().position(|(i, _)| {
            matches!(
                ws.get(i + 1).map(String::as_str),
                Some("tier" | "band" | "rate" | "level" | "bracket" | "base")
            ) || ws
                .get(i + 1)
                .is_some_and(|n| v.says_accelerator(std::slice::from_ref(n)))
        });
        all.iter()
            .enumerate()
            .find(|(k, _)| Some(*k) != named)
            .map(|(_, (_, m))| crate::phrases::fraction_text(*m, 1_000_000))
    } else {
        // "the rate above 100% were 1.5x": a percentage after "above" names the tier.
        // ("from 40% to 30%": the new value, after "to")
        let all = crate::phrases::percents(ws);
        let after = |i: usize, w: &str| i.checked_sub(1).is_some_and(|j| ws[j] == w);
        // ("if the 40% minimum came down to 30%", "lowered the 200% limit to 150%": the one
        // after "to" is new, the other names the part)
        let from_to =
            (all.iter().any(|(i, _)| after(*i, "from")) || all.len() >= 2) && all.iter().any(|(i, _)| after(*i, "to"));
        all.into_iter()
            .find(|(i, _)| {
                !matches!(
                    i.checked_sub(1).map(|j| ws[j].as_str()),
                    Some("above" | "over" | "past" | "beyond")
                ) && (!from_to || after(*i, "to"))
            })
            .map(|(_, m)| crate::phrases::fraction_text(m, 1_000_000))
            .or_else(|| multiplier(ws))
    };
    let money = amount(ws);
    let measure = v.measure(ws);
    // ("PTI target to 30k": an incentive measure's target is the target incentive it pays
    // on when the new amount is nearer it than the measure's quota; "agave target at 45k a
    // quarter" is the quota)
    let incentive_target = exact(ws, &["target"])
        && !exact(ws, &["quota", "quotas"])
        && measure
            .as_ref()
            .and_then(|id| v.inputs.plan.measures.iter().find(|m| &m.id == id))
            .filter(|m| m.kind == plansight_plan::MeasureKind::Incentive)
            .zip(money)
            .is_some_and(|(m, new)| {
                // (nearer by ratio, compared exactly: max/min of one below max/min of the other)
                let (n, ti) = (new.0 as i128, v.inputs.plan.target_incentive.0 as i128);
                m.quotas.first().is_some_and(|q| {
                    let q = q.0 as i128;
                    n.max(ti) * n.min(q) < n.max(q) * n.min(ti)
                })
            });
    if mentions(
        ws,
        &[
            "target incentive",
            "ote",
            "on-target",
            "target pay",
            "ti",
            "oti",
            "otc",
            "on-target incentive",
        ],
    ) || incentive_target
    {
        return money.map(|c| Lever {
            kind: LeverKind::TargetIncentive,
            measure: None,
            tier: None,
            value: Exact::from_cents(c).money(),
        });
    }
    if let Some(l) = super::change::from_old_value(v, ws, measure.as_deref()) {
        return Some(l);
    }
    use super::terms::Term;
    let named = v.terms_in(ws);
    let threshold_named = named.iter().find_map(|t| match t {
        Term::Threshold(mi) => Some(plan.measures[*mi].id.clone()),
        _ => None,
    });
    let cap_named = named.iter().find_map(|t| match t {
        Term::Cap(mi) => Some(plan.measures[*mi].id.clone()),
        _ => None,
    });
    // ("if we got rid of the 40% minimum": the threshold at that percentage, said by it)
    // (one percentage only: "the 40% minimum dropped to 30%" moves it, no removal)
    let threshold_at = || {
        let [(_, micros)] = crate::phrases::percents(ws)[..] else {
            return None;
        };
        (money.is_none() && mentions(ws, &["threshold", "minimum", "gate", "floor"]))
            .then(|| {
                plan.measures
                    .iter()
                    .filter(|m| measure.as_ref().is_none_or(|id| *id == m.id))
                    .find(|m| m.threshold.is_some_and(|t| t.0 as i128 * 100 == micros))
                    .map(|m| m.id.clone())
            })
            .flatten()
    };
    let removal_named = threshold_named.clone().filter(|_| pct.is_none() && money.is_none());
    if let Some(m) = removal_named.or_else(threshold_at) {
        // ("if we take out the Porteira completely", "kill the trailhead": the threshold right
        // after the verb; not "if I kill it this month do I clear the Trailhead")
        let threshold_after = |from: usize| {
            let next = &ws[from.min(ws.len())..(from + 3).min(ws.len())];
            next.iter().any(|w| w == "threshold") || v.terms_in(next).iter().any(|t| matches!(t, Term::Threshold(_)))
        };
        let taken_out = ws.iter().enumerate().any(|(i, w)| {
            let kill = matches!(w.as_str(), "kill" | "killed" | "axe" | "axed" | "nix");
            let take_out = matches!(w.as_str(), "take" | "took" | "taken") && ws.get(i + 1).is_some_and(|n| n == "out");
            kill && threshold_after(i + 1) || take_out && threshold_after(i + 2)
        });
        // ("what if there was no base camp at all", "without the home position, how much more
        // would cost Q3?": the threshold gone)
        let none_of_it = ws.iter().enumerate().any(|(i, w)| {
            (w == "no" || w == "without" && exact(ws, &["would", "if", "cost", "costs", "save"]))
                && threshold_after(i + 1)
        });
        // ("what would dropping the turnstile completely add": the threshold right after; not
        // "if I keep dropping below the turnstile")
        let dropping = ws
            .iter()
            .enumerate()
            .any(|(i, w)| w == "dropping" && threshold_after(i + 1));
        let removed = taken_out
            || none_of_it
            || dropping
            || mentions(
                ws,
                &[
                    "got rid of",
                    "get rid of",
                    "getting rid of",
                    "did away with",
                    "do away with",
                    "doing away with",
                ],
            )
            || exact(
                ws,
                &[
                    "scrap",
                    "scrapped",
                    "scrapping",
                    "remove",
                    "removed",
                    "removing",
                    "drop",
                    "dropped",
                    "eliminate",
                    "eliminated",
                    "eliminating",
                    "abolishing",
                    "ditching",
                    "abolish",
                    "abolished",
                    "ditch",
                    "ditched",
                    // ("bin the cattle grid entirely")
                    "bin",
                    "binned",
                ],
            );
        if removed {
            return Some(Lever {
                kind: LeverKind::Threshold,
                measure: Some(m),
                tier: None,
                value: "0".into(),
            });
        }
    }
    if named.contains(&Term::PayoutCap) {
        if let Some(c) = money {
            return Some(Lever {
                kind: LeverKind::PayoutCap,
                measure: None,
                tier: None,
                value: Exact::from_cents(c).money(),
            });
        }
    }
    if let (Some(m), Some(p)) = (
        threshold_named
            .or(cap_named.clone())
            .filter(|m| measure.as_ref().is_none_or(|x| x == m)),
        pct.clone(),
    ) {
        let kind = if cap_named.as_ref() == Some(&m) {
            LeverKind::Cap
        } else {
            LeverKind::Threshold
        };
        return Some(Lever {
            kind,
            measure: Some(m),
            tier: None,
            value: p,
        });
    }
    if mentions(ws, &["threshold", "gate"]) {
        let m = measure.or_else(|| {
            plan.measures
                .iter()
                .find(|m| m.threshold.is_some())
                .map(|m| m.id.clone())
        })?;
        return pct.map(|p| Lever {
            kind: LeverKind::Threshold,
            measure: Some(m),
            tier: None,
            value: p,
        });
    }
    let counted_up_to = mentions(ws, &["up to"]) && exact(ws, &["counted", "counts", "count", "counting"]);
    if exact(ws, &["cap", "capped", "capping", "caps", "ceiling"]) || counted_up_to && pct.is_some() {
        if let Some(c) = money.filter(|_| pct.is_none()) {
            return Some(Lever {
                kind: LeverKind::PayoutCap,
                measure: None,
                tier: None,
                value: Exact::from_cents(c).money(),
            });
        }
        let m = measure.or_else(|| plan.measures.iter().find(|m| m.cap.is_some()).map(|m| m.id.clone()))?;
        return pct.map(|p| Lever {
            kind: LeverKind::Cap,
            measure: Some(m),
            tier: None,
            value: p,
        });
    }
    let tier_named = super::scope::tier_index(v, ws, measure.as_deref());
    // ("cut hyperlink from 7 to 6 percent" where Hyperlink pays 7%: its rate, from what it is)
    let from_its_rate = tier_named
        .and_then(|(mi, ti)| plan.measures.get(mi)?.tiers.get(ti))
        .is_some_and(|t| {
            ws.windows(2).any(|w| {
                // ("keke from 3.5 to 4 percent": its rate said with a decimal too)
                w[0] == "from"
                    && crate::phrases::percents(&[format!("{}%", w[1].trim_end_matches('%'))])
                        .first()
                        .is_some_and(|(_, micros)| *micros == t.rate.0 as i128)
            })
        });
    // "from 70%" starts a tier; "gain most from a 10% top band" does not.
    let from_percent = !from_its_rate
        && ws
            .windows(2)
            .any(|w| w[0] == "from" && (w[1].ends_with('%') || w[1].parse::<f64>().is_ok()));
    let starts = mentions(
        ws,
        &["pushed out", "pushed to", "moved out", "kicking in", "kicks in at"],
    ) || exact(ws, &["push", "pushing", "pushed"]) && ws.windows(2).any(|w| w[0] == "to" && w[1].ends_with('%'))
        || exact(
        ws,
        &[
            "starts",
            "started",
            "start",
            "starting",
            "begins",
            "began",
            "beginning",
            "begin",
        ],
    ) || from_percent
        || mentions(ws, &["kicks in", "kicked in", "kick in"])
        // ("moving Full Sun down to 130%": a tier moved is where it starts)
        || exact(ws, &["moving", "move", "moved", "shift", "shifted", "shifting"])
            && (mentions(ws, &["up to", "down to"])
                // ("moving the flip to 110%": a tier moved to a percentage is where it starts)
                || ws.windows(2).any(|w| w[0] == "to" && w[1].ends_with('%')));
    // ("the flip at 90% instead of 100%": the old value said is the tier's start, so its
    // start moves; the tier's rate said, its rate)
    let old_value = |kind: fn(&plansight_plan::Tier) -> i128| {
        tier_named.is_some_and(|(mi, ti)| {
            plan.measures.get(mi).and_then(|m| m.tiers.get(ti)).is_some_and(|t| {
                crate::phrases::percents(ws).iter().any(|(i, micros)| {
                    *micros == kind(t)
                        && i.checked_sub(1)
                            .is_some_and(|j| matches!(ws[j].as_str(), "of" | "from" | "than"))
                })
            })
        })
    };
    let starts = starts || old_value(|t| t.from.0 as i128 * 100) && !old_value(|t| t.rate.0 as i128);
    // ("Lenana at 90%" where Lenana pays 8% from 100%: a percentage near where the tier
    // starts, far from what it pays, with no word for pay, moves its start)
    let near_its_start = tier_named.is_some_and(|(mi, ti)| {
        let Some(t) = plan.measures.get(mi).and_then(|m| m.tiers.get(ti)) else {
            return false;
        };
        let said = crate::phrases::percents(ws);
        let [(_, p)] = said[..] else { return false };
        let (start, rate) = (t.from.0 as i128 * 100, t.rate.0 as i128);
        ti > 0
            && rate < 1_000_000
            && p >= 300_000
            && (p - start).abs() * 4 < (p - rate).abs()
            && !exact(
                ws,
                &[
                    "pay",
                    "pays",
                    "paying",
                    "paid",
                    "rate",
                    "rates",
                    "commission",
                    "earn",
                    "earns",
                ],
            )
    });
    let starts = starts || near_its_start;
    // ("crisis rate kicking in at 90%": "rate" of a tier's own name says no rate)
    let rate_said = ws
        .iter()
        .enumerate()
        .any(|(i, w)| w == "rate" && !(i > 0 && v.terms.iter().any(|(n, _)| *n == format!("{} rate", ws[i - 1]))));
    if let (Some((mi, ti)), Some(p), true) = (tier_named, pct.clone(), starts && !rate_said) {
        let m = plan.measures.get(mi)?;
        return Some(Lever {
            kind: LeverKind::TierStart,
            measure: Some(m.id.clone()),
            tier: Some(ti as u32 + 1),
            value: p,
        });
    }
    if let (Some((mi, ti)), Some(p)) = (tier_named, pct.clone()) {
        let m = plan.measures.get(mi)?;
        // ("cut the top tier by 10 bps": its rate less that much)
        let by = rate_changed_by(ws);
        let p = match (by, crate::phrases::percent_micros(ws), m.tiers.get(ti)) {
            (true, Some(delta), Some(tier)) => {
                let down = exact(
                    ws,
                    &[
                        "cut", "lower", "reduce", "drop", "down", "less", "trim", "shave", "minus",
                    ],
                );
                let rate = tier.rate.0 as i128;
                crate::phrases::fraction_text(if down { rate - delta } else { rate + delta }, 1_000_000)
            }
            _ => p,
        };
        return Some(Lever {
            kind: LeverKind::Rate,
            measure: Some(m.id.clone()),
            tier: Some(ti as u32 + 1),
            value: p,
        });
    }
    // (exactly: "3 mg advanced quotes out at 3.4k each" are open deals, no quota; a typo of
    // "quota" that is no English word is read as it by now)
    if exact(ws, &["quota", "quotas", "target", "targets"]) || super::scope::quota_said(ws) {
        // "the quota went up 10%" with several measures on quota: which one is not guessed.
        let quota_measures = plan.measures.iter().filter(|m| !m.quotas.is_empty()).count();
        if measure.is_none()
            && money.is_none()
            && quota_measures > 1
            && !mentions(ws, &["quarterly", "monthly", "annual", "yearly"])
        {
            return None;
        }
        let m = measure.or_else(|| quota_measure(v, ws, money))?;
        let value = match (money, pct) {
            (Some(c), _) => c,
            (None, Some(_)) => {
                // "quota 10% lower": the quota of the measure's first period scaled, exactly
                // (the percentage read in millionths).
                let base = plan.measures.iter().find(|x| x.id == m)?.quotas.first()?.0 as i128;
                let micros = crate::phrases::percent_micros(ws)?;
                let sign = if mentions(
                    ws,
                    &[
                        "lower",
                        "less",
                        "drops",
                        "dropped",
                        "cut",
                        "reduced",
                        "decrease",
                        "decreased",
                        "down",
                    ],
                ) {
                    -1
                } else {
                    1
                };
                let whole = mentions(ws, &["to"]) && !mentions(ws, &["by"]);
                let factor = if whole
                    && sign == 1
                    && !mentions(ws, &["higher", "more", "up", "raised", "increase", "increased"])
                {
                    micros
                } else {
                    1_000_000 + sign * micros
                };
                Cents(((base * factor + 500_000) / 1_000_000) as i64)
            }
            _ => return None,
        };
        return Some(Lever {
            kind: LeverKind::Quota,
            measure: Some(m),
            tier: None,
            value: Exact::from_cents(value).money(),
        });
    }
    None
}

/// The measure whose quota a question changes without naming it: the one with a quarterly
/// or monthly quota when the question says so (of several, the one whose quota is nearest
/// the amount asked), else the one whose quota is nearest the amount, else the first.
fn quota_measure(v: &Vocabulary, ws: &[String], money: Option<Cents>) -> Option<String> {
    let plan = &v.inputs.plan;
    // ("if AMC quota goes up to 1.5 cr" where only the Annuity Reward credits the AMC: the
    // product said right before the quota names the one measure on quota crediting it)
    let product_before = (1..ws.len())
        .filter(|&i| matches!(ws[i].as_str(), "quota" | "quotas" | "target" | "targets"))
        .find_map(|i| v.product(&ws[i - 1]));
    if let Some(p) = product_before {
        let crediting: Vec<&plansight_plan::Measure> = plan
            .measures
            .iter()
            .filter(|m| !m.quotas.is_empty() && m.products.iter().flatten().any(|x| x.eq_ignore_ascii_case(&p)))
            .collect();
        if let [m] = crediting.as_slice() {
            return Some(m.id.clone());
        }
    }
    let said = [
        (&["quarterly", "quarter"][..], PeriodKind::Quarterly),
        (&["monthly", "month"][..], PeriodKind::Monthly),
        (&["annual", "yearly", "year"][..], PeriodKind::Annual),
    ]
    .into_iter()
    .map(|(words, k)| -> Vec<&plansight_plan::Measure> {
        if mentions(ws, words) {
            plan.measures
                .iter()
                .filter(|m| m.quota_period == k && !m.quotas.is_empty())
                .collect()
        } else {
            Vec::new()
        }
    })
    .find(|of_kind| !of_kind.is_empty());
    // (of the measures whose quota runs for the period said; "the quarterly quota to 170k"
    // where two measures have one is the nearer's, or asked back)
    let candidates: Vec<&plansight_plan::Measure> = match said {
        Some(of_kind) if of_kind.len() == 1 || money.is_none() => return Some(of_kind[0].id.clone()),
        Some(of_kind) => of_kind,
        None => plan.measures.iter().collect(),
    };
    let Some(c) = money else {
        return plan.measures.first().map(|m| m.id.clone());
    };
    // How far the amount is from a measure's nearest quota, as a ratio (×1000) compared
    // without floats; a guess only when one measure is clearly nearer ("quota to 70k" with
    // quarterly quotas of 40–90k and an annual one of 110k is asked back).
    let mut near: Vec<(i128, &str)> = candidates
        .iter()
        .filter_map(|m| {
            let d = m
                .quotas
                .iter()
                .map(|q| {
                    let (a, b) = (c.0.max(1) as i128, q.0.max(1) as i128);
                    if a > b {
                        a * 1_000 / b
                    } else {
                        b * 1_000 / a
                    }
                })
                .min()?;
            Some((d, m.id.as_str()))
        })
        .collect();
    near.sort();
    match near.as_slice() {
        [(best, id), (next, _), ..] if next * 2 >= best * 3 => Some(id.to_string()),
        [(_, id)] => Some(id.to_string()),
        _ => None,
    }
}

/// A rate said as a multiplier ("1.3x", "x1.25", "1.1 times", "at 1.1") as a fraction
/// ("1.3"): how plans whose tiers pay more than 100% of credit are spoken of.
fn multiplier(ws: &[String]) -> Option<String> {
    // ("the loonie goes from 1.5x to 1.8x": the new multiple, after "to")
    let to = ws
        .windows(2)
        .position(|w| w[0] == "to" && w[1].trim_end_matches('x').parse::<f64>().is_ok())
        .filter(|_| exact(ws, &["from"]));
    for (i, w) in ws.iter().enumerate().skip(to.map_or(0, |t| t + 1)) {
        let next = ws.get(i + 1).map(String::as_str);
        let before = i.checked_sub(1).map(|j| ws[j].as_str());
        let number = match (w.strip_suffix('x'), w.strip_prefix('x')) {
            (Some(n), _) | (_, Some(n)) if !n.is_empty() => n,
            _ if matches!(next, Some("x" | "times")) => w.as_str(),
            // A bare decimal after "at"/"to" ("the step-up at 1.1"): never a count or money.
            _ if w.contains('.')
                && matches!(
                    before,
                    Some("at" | "to" | "of" | "paid" | "pays" | "paying" | "were" | "was" | "is")
                ) =>
            {
                w.as_str()
            }
            _ => continue,
        };
        let Some(micros) = crate::phrases::scaled(number, 1_000_000) else {
            continue;
        };
        if (1..10_000_000).contains(&micros) {
            return Some(crate::phrases::fraction_text(micros, 1_000_000));
        }
    }
    None
}

/// Whether a tier's rate is said to move by an amount ("cut the top tier by 10 bps", "add 25
/// bps to Chinook", "shave 10 bps off the top tier"), not to a value.
pub(super) fn rate_changed_by(ws: &[String]) -> bool {
    ws.windows(2).enumerate().any(|(i, w)| {
        // (the number after "add" is the rate's: "add 25 bps", "add 0.5%", not "add 2 more
        // deals")
        let rate = w[1].ends_with('%')
            || w[1].ends_with("bps")
            || w[1].ends_with("bp")
            || ws
                .get(i + 2)
                .is_some_and(|n| matches!(n.as_str(), "bps" | "bp" | "basis" | "percent" | "points" | "%"));
        (w[0] == "by" || matches!(w[0].as_str(), "add" | "adding" | "shave" | "minus") && rate)
            && w[1].starts_with(|c: char| c.is_ascii_digit())
    })
}
