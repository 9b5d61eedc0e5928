#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredthirtysixth workspace: Hollis Brothers
Roofing & Envelope, Inc., an invented US commercial roofing and building-envelope contractor
(Columbus, Ohio; plan year = calendar 2026, USD, MONTHLY payouts). Every deal is invented.

Standard library only; deterministic: one random.Random(SEED) stream drawn in a fixed order,
using only .random() (whose sequence for an integer seed is stable across Python 3 versions).
Run: python3 gen_deals.py  (writes deals.csv and sellers.csv beside this file).

- 14 project sellers ("reps": estimators who sell the work) on 3 regional teams (ROSTER).
  Cody Barrett joined on 2026-02-16 and Lauren Fitch on 2026-04-06 (no deals before their
  start); Brent Mayfield left on 2026-05-22 (no deals after it, no open bids).
  Marisol Ortega (Senior Project Executive) carries her own quarterly Sold Work quota.
- Opportunities ("bids") are drawn per rep, per month (January - September 2026) and per
  product, with a rep-level skill factor. A bid dated on or before 2026-06-17 is won or lost
  by the product's win rate; one dated later is open (out for bid) with a probability
  0.2 - 0.7 (bids dated in September are drawn, then dropped); a few bids dated 25 May -
  17 June stay open too (overdue at the as-of date).
- Products: Single-Ply Tear-Off, Metal Retrofit, Silicone Restoration, Leak Repair,
  Envelope Sealing (all credited by the Sold Work Commission) and Roof Care Agreement (the
  yearly inspection and maintenance agreement, credited by the Care Agreement Incentive).
- Types: "new" (an account Hollis never worked for), "repeat" (an existing customer),
  "storm" (hail and wind work paid through the owner's insurance claim).
- Joint bids: a won Single-Ply Tear-Off or Metal Retrofit at a school district, with a draw
  < 0.4, is two lines with the same id, 50% to the rep and 50% to a teammate.
- Pulled jobs: a won deal closed by 2026-06-05 with a draw < 0.06 is cancelled,
  cancel_date = close + 4..123 days, or, when that is after the as-of date 2026-06-18, a day
  between the close and the as-of date (plan.md section 10: only jobs pulled within 90 days
  of close are clawed back).
"""
import csv
import datetime as dt
import math
import os
import random

SEED = 236002
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 6, 18)
LAST_CLOSE = dt.date(2026, 6, 17)
CANCEL_BY = dt.date(2026, 6, 5)
LAST_OPEN = dt.date(2026, 8, 31)

rng = random.Random(SEED)


def r():
    return rng.random()


def pick(seq):
    return seq[int(r() * len(seq))]


def poisson(lam):
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= r()
        if p <= limit:
            return k
        k += 1


ROSTER = [
    # id, manager, territory, role, start_date, end_date, skill, quota:sold_work
    ("Travis Greer", "Rick Sandoval", "Central Ohio", "Project Sales Rep", "", "", 1.05, ""),
    ("Marisol Ortega", "Rick Sandoval", "Central Ohio", "Senior Project Executive", "", "", 1.45, "550000.00"),
    ("Kevin Duffy", "Rick Sandoval", "Central Ohio", "Project Sales Rep", "", "", 0.80, ""),
    ("Shanice Holloway", "Rick Sandoval", "Central Ohio", "Project Sales Rep", "", "", 1.15, ""),
    ("Brent Mayfield", "Rick Sandoval", "Central Ohio", "Project Sales Rep", "", "2026-05-22", 0.75, ""),
    ("Tyler Wozniak", "Donna Pruitt", "Great Lakes", "Project Sales Rep", "", "", 1.20, ""),
    ("Jasmine Coleman", "Donna Pruitt", "Great Lakes", "Project Sales Rep", "", "", 0.95, ""),
    ("Gary Lindqvist", "Donna Pruitt", "Great Lakes", "Project Sales Rep", "", "", 0.70, ""),
    ("Cody Barrett", "Donna Pruitt", "Great Lakes", "Project Sales Rep", "2026-02-16", "", 0.60, ""),
    ("Chris Dunlap", "Donna Pruitt", "Great Lakes", "Project Sales Rep", "", "", 1.00, ""),
    ("DeShawn Fields", "Curtis Bell", "Mid-South", "Project Sales Rep", "", "", 1.10, ""),
    ("Holly Brennan", "Curtis Bell", "Mid-South", "Project Sales Rep", "", "", 0.90, ""),
    ("Chris Mattingly", "Curtis Bell", "Mid-South", "Project Sales Rep", "", "", 1.00, ""),
    ("Lauren Fitch", "Curtis Bell", "Mid-South", "Project Sales Rep", "2026-04-06", "", 0.65, ""),
]

# product: (opportunities a month at skill 1.0, win rate, low, high, rounding)
PRODUCTS = [
    ("Single-Ply Tear-Off", 0.32, 0.40, 85000, 480000, 500),
    ("Metal Retrofit", 0.16, 0.38, 110000, 420000, 500),
    ("Silicone Restoration", 0.55, 0.47, 32000, 210000, 250),
    ("Leak Repair", 3.2, 0.72, 1400, 26000, 25),
    ("Envelope Sealing", 0.5, 0.52, 7500, 88000, 100),
    ("Roof Care Agreement", 1.5, 0.58, 2400, 16500, 50),
]

ACCOUNTS = {
    "Central Ohio": [
        "Scioto Ridge Local Schools", "Big Walnut Logistics Park", "Olentangy Crossing Apartments",
        "Buckeye Cold Storage", "Marysville Tool & Die", "Grandview Office Commons",
        "Hocking Valley Credit Union", "Darby Creek Distribution", "Linden Park Property Mgmt",
        "Alum Creek Schools", "Westerville Business Campus", "Reynoldsburg Flex Center",
        "Sunbury Branch Library", "Obetz Trucking Hub",
    ],
    "Great Lakes": [
        "North Coast Schools", "Lakeshore Property Group", "Erie Street Lofts",
        "Parma Industrial Center", "Maumee Bay Warehousing", "Strongsville Medical Plaza",
        "Ashtabula Marine Supply", "Black River Schools", "Sandusky Freight Terminal",
        "Westlake Self Storage", "Elyria Foundry Works", "Medina Gardens HOA",
        "Brook Park Airport Hangars", "Toledo Glassworks Lofts",
    ],
    "Mid-South": [
        "Jefferson Hills Schools", "Bluegrass Fulfillment Center", "Falls City Property Partners",
        "Shelbyville Plastics", "Derby Lane Plaza", "Bardstown Road Retail",
        "Knob Creek Schools", "Ohio River Cold Chain", "Lexington Commerce Park",
        "Frankfort Senior Living", "Cedar Bluff Schools", "Nulu Market Hall",
        "Elizabethtown Auto Parts", "Paducah Riverport",
    ],
}
SCHOOLS = {a for v in ACCOUNTS.values() for a in v if a.endswith("Schools")}

MONTH_STARTS = [dt.date(2026, m, 1) for m in range(1, 10)]


def month_days(d):
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return (nxt - d).days


rows = []
seq = 100
team_of = {x[0]: x[2] for x in ROSTER}
for sid, mgr, terr, role, start, end, skill, _ in ROSTER:
    s0 = dt.date.fromisoformat(start) if start else dt.date(2026, 1, 1)
    s1 = dt.date.fromisoformat(end) if end else dt.date(2026, 12, 31)
    mates = [x[0] for x in ROSTER if x[2] == terr and x[0] != sid and not x[5]]
    for m0 in MONTH_STARTS:
        for prod, lam, win, lo, hi, rnd in PRODUCTS:
            k = poisson(lam * skill)
            for _ in range(k):
                day = m0 + dt.timedelta(days=int(r() * month_days(m0)))
                u = r()
                amount = lo + (hi - lo) * (u ** 1.6)
                amount = int(round(amount / rnd) * rnd)
                acct = pick(ACCOUNTS[terr])
                t = r()
                if prod in ("Single-Ply Tear-Off", "Leak Repair", "Metal Retrofit") and t < 0.15:
                    typ = "storm"
                elif t < 0.50:
                    typ = "new"
                else:
                    typ = "repeat"
                w = r()
                overdue = r()
                pr = r()
                c = r()
                cd = r()
                jb = r()
                mate = pick(mates) if mates else None
                seq += 1 + int(r() * 3)
                if day < s0 or day > s1:
                    continue
                stage, prob, cancel = "", "", ""
                if day <= LAST_CLOSE:
                    if day >= dt.date(2026, 5, 25) and overdue < 0.12 and not end:
                        stage = "open"
                        prob = "0.5"
                    else:
                        stage = "won" if w < win * min(1.15, 0.75 + 0.25 * skill) else "lost"
                else:
                    if end or day > LAST_OPEN:
                        continue
                    stage = "open"
                    prob = f"{0.2 + round(pr * 5) / 10:.1f}"
                if stage == "won" and day <= CANCEL_BY and c < 0.06:
                    stage = "cancelled"
                    gone = day + dt.timedelta(days=4 + int(cd * 120))
                    if gone > AS_OF:
                        gone = day + dt.timedelta(days=max(1, int((AS_OF - day).days * cd)))
                    cancel = gone.isoformat()
                did = f"J26-{seq:04d}"
                line = dict(id=did, seller=sid, account=acct, name=f"{acct} {prod}", type=typ,
                            product=prod, amount=f"{amount}.00", close_date=day.isoformat(),
                            stage=stage, split="1", probability=prob, cancel_date=cancel,
                            currency="USD")
                if (stage in ("won", "cancelled") and acct in SCHOOLS and mate
                        and prod in ("Single-Ply Tear-Off", "Metal Retrofit") and jb < 0.4):
                    mstart = [x[4] for x in ROSTER if x[0] == mate][0]
                    if not mstart or dt.date.fromisoformat(mstart) <= day:
                        line["split"] = "0.5"
                        rows.append(line)
                        rows.append(dict(line, seller=mate))
                        continue
                rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    wr = csv.DictWriter(f, COLS, lineterminator="\n")
    wr.writeheader()
    wr.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    wr = csv.writer(f, lineterminator="\n")
    wr.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                 "quota:sold_work"])
    for sid, mgr, terr, role, start, end, _, q in ROSTER:
        wr.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
