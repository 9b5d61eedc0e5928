//! One run of one seller: the won open lines placed among the fixed ones, then the
//! engine's rules in item order — cumulative credit and tier bands per quota period,
//! milestones, deal bonuses, clawbacks, the payout cap, payout periods and the draw.

use crate::book::{Book, Group, Line, MeasureRules};
use plansight_engine::bands::clamp;
use plansight_engine::scale_exact;

/// What one run gives a seller.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// The plan year's total: every item after clawbacks and the payout cap (10^-24).
    pub total: i128,
    /// Credit (micro-units) per measure and quota period.
    pub credit: Vec<Vec<i128>>,
    /// Earned per payout period (10^-24).
    pub earned: Vec<i128>,
    /// Whether the payout cap cut an item.
    pub cap_hit: bool,
    /// What the draw paid beyond earnings at year end (10^-24): the recoverable balance
    /// still owed, or every non-recoverable top-up. Zero when earnings covered the draw.
    pub draw_short: i128,
}

/// The engine's order of items with equal date and deal, `(kind, rule, rule)` as one key:
/// measures, then bonuses, then clawbacks (each in plan order).
fn class(kind: u64, a: u64, b: u64) -> u64 {
    kind << 32 | a << 16 | b
}

/// Buffers reused from run to run, so a run allocates nothing once warm.
#[derive(Default)]
pub struct Scratch {
    lines: Vec<(i32, u32, u32)>,
    items: Vec<(i32, u32, u64, i128)>,
    claws: Vec<(i32, u32, u64, i128)>,
    bonus: Vec<(u16, i128, bool)>,
    state: Vec<(usize, i128, i128)>,
    /// Per milestone of the plan: paid in the current quota period of its measure.
    paid: Vec<bool>,
    /// The outcome of the last run.
    pub outcome: Outcome,
}

/// F(C) of spec 2.2 (earnings at cumulative credit `c`, micro-units) in 10^-24.
pub(crate) fn earnings(m: &MeasureRules, g: &Group, c: i128) -> i128 {
    let band = m.bands.value(c * g.d, g.qn);
    scale_exact(band, g.mn, g.dd)
}

impl Book {
    fn line(&self, idx: u32) -> &Line {
        let i = idx as usize;
        if i < self.fixed.len() {
            &self.fixed[i]
        } else {
            &self.open[i - self.fixed.len()]
        }
    }

    /// Runs the plan year with the open lines `won` (index into the open lines, close
    /// day) won and every other open line lost. The result is in `s.outcome`.
    pub fn evaluate<'s>(&self, won: &[(u32, i32)], s: &'s mut Scratch) -> &'s Outcome {
        s.lines.clear();
        s.lines.extend(
            self.fixed
                .iter()
                .enumerate()
                .map(|(i, l)| (l.close.unwrap_or_default(), l.deal, i as u32)),
        );
        let n_fixed = self.fixed.len() as u32;
        let before = s.lines.len();
        for &(k, day) in won {
            if self.credits_on(day) {
                s.lines.push((day, self.open[k as usize].deal, n_fixed + k));
            }
        }
        if s.lines.len() > before {
            // The fixed lines are already in order; only the won ones need placing.
            s.lines.sort_unstable();
        }
        self.walk(s);
        self.pay(s);
        &s.outcome
    }

    /// Measure, milestone and deal bonus items in item order, and clawbacks beside them.
    fn walk(&self, s: &mut Scratch) {
        let out = &mut s.outcome;
        out.credit.resize(self.measures.len(), Vec::new());
        for (mi, m) in self.measures.iter().enumerate() {
            out.credit[mi].clear();
            out.credit[mi].resize(m.groups.len(), 0);
        }
        s.items.clear();
        s.claws.clear();
        // Per measure: (quota period, cumulative credit, F so far).
        s.state.clear();
        s.state.resize(self.measures.len(), (usize::MAX, 0, 0));
        s.paid.clear();
        s.paid
            .resize(self.measures.iter().map(|m| m.milestones.len()).sum(), false);
        for &(day, deal, idx) in &s.lines {
            let line = self.line(idx);
            let month = self.month(day);
            s.bonus.clear();
            for (mi, m) in self.measures.iter().enumerate() {
                if !line.measures[mi] {
                    continue;
                }
                let p = (month / m.months) as usize;
                let Some(g) = m.groups[p] else { continue };
                let st = &mut s.state[mi];
                if st.0 != p {
                    *st = (p, 0, 0);
                    s.paid[m.first_milestone..m.first_milestone + m.milestones.len()].fill(false);
                }
                st.1 += line.credit;
                out.credit[mi][p] = st.1;
                let f = earnings(m, &g, st.1);
                let amount = f - st.2;
                st.2 = f;
                s.items.push((day, deal, class(0, mi as u64, 0), amount));
                if let (Some(c), true) = (line.claw, amount != 0) {
                    s.claws.push((c, deal, class(2, 0, mi as u64), -amount));
                }
                for (j, &(bi, level, pay)) in m.milestones.iter().enumerate() {
                    let paid = &mut s.paid[m.first_milestone + j];
                    if !*paid && st.1 * g.d >= g.qn * level {
                        *paid = true;
                        s.bonus.push((bi, pay, false));
                    }
                }
            }
            s.bonus.extend(line.bonuses.iter().map(|&(bi, a)| (bi, a, true)));
            s.bonus.sort_unstable_by_key(|b| b.0);
            for &(bi, amount, clawable) in &s.bonus {
                s.items.push((day, deal, class(1, bi as u64, 0), amount));
                if let (Some(c), true) = (line.claw, clawable && amount != 0) {
                    s.claws.push((c, deal, class(2, 1, bi as u64), -amount));
                }
            }
        }
        s.claws.sort_unstable();
    }

    /// The payout cap over items in order, payout periods, and the draw.
    fn pay(&self, s: &mut Scratch) {
        let out = &mut s.outcome;
        out.earned.clear();
        out.earned.resize(self.payout_active.len(), 0);
        out.cap_hit = false;
        let (mut running, mut total) = (0i128, 0i128);
        let (mut i, mut j) = (0, 0);
        while i < s.items.len() || j < s.claws.len() {
            let take_claw = j < s.claws.len() && (i == s.items.len() || s.claws[j] < s.items[i]);
            let (day, _, _, amount) = if take_claw {
                j += 1;
                s.claws[j - 1]
            } else {
                i += 1;
                s.items[i - 1]
            };
            let paid = match self.payout_cap {
                Some(cap) => {
                    let paid = (running + amount).min(cap) - running.min(cap);
                    out.cap_hit |= paid != amount;
                    paid
                }
                None => amount,
            };
            running += amount;
            total += paid;
            out.earned[(self.month(day) / self.payout_months) as usize] += paid;
        }
        out.total = total;
        out.draw_short = 0;
        if let Some((draw, recoverable)) = self.draw {
            let mut balance = 0i128;
            for (p, &earned) in out.earned.iter().enumerate() {
                if !self.payout_active[p] {
                    continue;
                }
                if earned < draw {
                    if recoverable {
                        balance += draw - earned;
                    } else {
                        out.draw_short += draw - earned;
                    }
                } else if recoverable {
                    balance -= balance.min(earned - draw);
                }
            }
            out.draw_short += balance;
        }
    }

    /// Whether `credit` (micro-units) in quota period `p` of measure `mi` reaches attainment
    /// `point` (10^-4); `capped` compares the credit the attainment cap lets count, as tier
    /// bands do, while the threshold compares all of it.
    pub fn reaches(&self, mi: usize, p: usize, credit: i128, point: i128, capped: bool) -> bool {
        let m = &self.measures[mi];
        let Some(g) = m.groups[p] else { return false };
        let x = credit * g.d;
        let x = if capped {
            clamp(x, 0, m.bands.cap.map(|c| g.qn * c))
        } else {
            x
        };
        x >= g.qn * point
    }
}
