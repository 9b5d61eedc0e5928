#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredsixth workspace (Trinity Ridge Roofing &
Waterproofing, Inc., an invented Dallas commercial roofing and waterproofing contractor whose
estimators sell the work they price; plan year = calendar 2026, USD, MONTHLY payouts).
Standard library only; deterministic (every choice is an md5 hash of a text key; no clock, no
random stream). Run: python3 gen_deals.py

- 16 sales estimators under 3 sales managers (ROSTER below). For every estimator and every month
  of 2026 from January (or their start) to November (or their leaving), BIDS[seller] bid slots
  are drawn; slot key = "seller|month|slot". The key's hash picks the product (service agreements
  more often for the Service Sales Specialist), the amount, the award (close) day and the
  outcome.
- Amounts in whole hundreds of dollars, uniform in the product's range times the estimator's
  size factor (SIZE):
    Single-Ply Membrane Roof       60k - 380k    Modified Bitumen Roof        45k - 260k
    Standing Seam Metal Roof       90k - 420k    Silicone Coating Restoration 30k - 160k
    Below-Grade Waterproofing      35k - 240k    Plaza Deck Waterproofing     25k - 140k
    Preventive Maintenance Program  4k -  28k    Leak Response Plan          2.5k -  12k
  (service agreements are their first-year value, not scaled by SIZE). The Vegetative Green Roof
  is in the plan but no deal sells it.
- Type: service agreements "service" (term 12, 24, 36 or 60 months); a roof or waterproofing job
  is "new_construction" with the product's share (single-ply 30%, mod bit 15%, metal 40%,
  coating 0%, below-grade 60%, plaza deck 40%), else "reroof".
- Outcome: awarded (close) on or before AS_OF: won with the estimator's win rate (WIN), else lost
  ("lowballed"); an August bid with hash mod 9 = 0 is still open ("on the board", overdue).
  Award dated after AS_OF: two in three are kept as open bids with probability 0.1 / 0.25 / 0.4 /
  0.6 / 0.8 (hash), expected close on that date (to 30 November).
- Cancellations ("pulled jobs"): a won line awarded on or before 2026-08-05 with (hash // 7) mod
  17 = 0 is cancelled, cancel_date = close + 6 + (hash // 11) mod 150 days, at the latest AS_OF
  (plan.md section 10: only cancellations within 90 days of award are clawed back).
- Splits (plan.md 3.4): a won or cancelled new construction job of $150,000 or more of a West
  estimator other than Darnell Foster is two lines with one id, 70% to the estimator and 30% to
  Darnell Foster (Senior Estimator - New Construction). Ray Delgado's deals awarded on or after
  Colton Reyes's start with (hash // 13) mod 3 = 0 are ride-along deals, 50% / 50% with Colton
  Reyes.
- Roster: Darnell Foster carries his own quarterly Contract Value quota ($800,000 every quarter);
  Priscilla Tran (Service Sales Specialist) her own annual service quota ($200,000). Colton Reyes
  joined on 2026-04-13; Brett Sandoval left on 2026-06-19. Two estimators are called Travis.
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 21)
LAST_OPEN = dt.date(2026, 11, 30)
CANCEL_BY = dt.date(2026, 8, 5)

ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:contract, quota:service
    ("Travis Whitaker", "Rhonda Kessler", "North", "Sales Estimator", "", "", "", ""),
    ("Kendra Oyelaran", "Rhonda Kessler", "North", "Sales Estimator", "", "", "", ""),
    ("Cody Brannigan", "Rhonda Kessler", "North", "Sales Estimator", "", "", "", ""),
    ("Marisol Peña", "Rhonda Kessler", "North", "Sales Estimator", "", "", "", ""),
    ("Blake Hutchins", "Rhonda Kessler", "North", "Sales Estimator", "", "", "", ""),
    ("Jolene Pritchett", "Rhonda Kessler", "North", "Sales Estimator", "", "", "", ""),
    ("Travis Ochoa", "Luis Arredondo", "West", "Sales Estimator", "", "", "", ""),
    ("Shelby Granger", "Luis Arredondo", "West", "Sales Estimator", "", "", "", ""),
    ("Darnell Foster", "Luis Arredondo", "West", "Senior Estimator - New Construction", "", "",
     "800000.00", ""),
    ("Wes McCallister", "Luis Arredondo", "West", "Sales Estimator", "", "", "", ""),
    ("Priscilla Tran", "Luis Arredondo", "West", "Service Sales Specialist", "", "", "",
     "200000.00"),
    ("Ray Delgado", "Gary Lindquist", "South", "Sales Estimator", "", "", "", ""),
    ("Tamika Boone", "Gary Lindquist", "South", "Sales Estimator", "", "", "", ""),
    ("Colton Reyes", "Gary Lindquist", "South", "Sales Estimator", "2026-04-13", "", "", ""),
    ("Brett Sandoval", "Gary Lindquist", "South", "Sales Estimator", "", "2026-06-19", "", ""),
    ("Lupe Castillo", "Gary Lindquist", "South", "Sales Estimator", "", "", "", ""),
]
TEAM = {r[0]: r[2] for r in ROSTER}
START = {r[0]: dt.date.fromisoformat(r[4]) if r[4] else dt.date(2026, 1, 1) for r in ROSTER}
END = {r[0]: dt.date.fromisoformat(r[5]) if r[5] else dt.date(2026, 12, 31) for r in ROSTER}

# bid slots a month, win rate (percent), size factor (percent)
BIDS = {
    "Travis Whitaker": 5, "Kendra Oyelaran": 6, "Cody Brannigan": 4, "Marisol Peña": 5,
    "Blake Hutchins": 3, "Jolene Pritchett": 4, "Travis Ochoa": 5, "Shelby Granger": 4,
    "Darnell Foster": 3, "Wes McCallister": 4, "Priscilla Tran": 6, "Ray Delgado": 5,
    "Tamika Boone": 5, "Colton Reyes": 3, "Brett Sandoval": 4, "Lupe Castillo": 4,
}
WIN = {
    "Travis Whitaker": 42, "Kendra Oyelaran": 48, "Cody Brannigan": 35, "Marisol Peña": 40,
    "Blake Hutchins": 30, "Jolene Pritchett": 44, "Travis Ochoa": 38, "Shelby Granger": 45,
    "Darnell Foster": 40, "Wes McCallister": 33, "Priscilla Tran": 50, "Ray Delgado": 41,
    "Tamika Boone": 46, "Colton Reyes": 32, "Brett Sandoval": 36, "Lupe Castillo": 39,
}
SIZE = {
    "Travis Whitaker": 75, "Kendra Oyelaran": 80, "Cody Brannigan": 65, "Marisol Peña": 75,
    "Blake Hutchins": 70, "Jolene Pritchett": 70, "Travis Ochoa": 70, "Shelby Granger": 75,
    "Darnell Foster": 110, "Wes McCallister": 70, "Priscilla Tran": 60, "Ray Delgado": 70,
    "Tamika Boone": 60, "Colton Reyes": 70, "Brett Sandoval": 65, "Lupe Castillo": 75,
}
# product, low, high (dollars), share of new construction (percent), weight (per 100)
PRODUCTS = [
    ("Single-Ply Membrane Roof", 60000, 380000, 30, 28),
    ("Modified Bitumen Roof", 45000, 260000, 15, 14),
    ("Standing Seam Metal Roof", 90000, 420000, 40, 10),
    ("Silicone Coating Restoration", 30000, 160000, 0, 12),
    ("Below-Grade Waterproofing", 35000, 240000, 60, 6),
    ("Plaza Deck Waterproofing", 25000, 140000, 40, 6),
    ("Preventive Maintenance Program", 4000, 28000, 0, 15),
    ("Leak Response Plan", 2500, 12000, 0, 9),
]
SERVICE = {"Preventive Maintenance Program", "Leak Response Plan"}
ACCOUNTS = {
    "North": [
        "Legacy West Office Towers", "Frisco Station Apartments", "Richardson Tech Plaza",
        "McKinney Square Retail", "Allen Commons Retail", "Addison Hangar Partners",
        "Denton County Courthouse Annex", "Lewisville Lake Marina Club", "Collin Creek Storage",
        "Plano Surgical Hospital", "Hackberry ISD", "Spring Creek Church",
    ],
    "West": [
        "Stockyards Mercantile Building", "Arlington Convention Hotel",
        "Grand Prairie Stamping Works", "Valley View Data Center", "Alliance Gateway Warehouse",
        "Keller Town Hall", "Southlake Corporate Center", "Burleson Distribution Hub",
        "Bedford Creek ISD", "Las Colinas Office Park", "Cedar Springs Medical Plaza",
        "Mesquite Cold Storage",
    ],
    "South": [
        "Oak Cliff Self Storage", "Duncanville Rec Center", "Cedar Hill Community College",
        "Lancaster Airport Hangars", "Waxahachie Grain Elevator Co", "Ennis Tile Works",
        "Red Oak Elementary", "Midlothian Cement Office", "Bluebonnet Senior Living",
        "Trinity Groves Retail Center", "Lakewood Heights Baptist Church",
        "Stemmons Freeway Distribution Center",
    ],
}
PROBS = ["0.1", "0.25", "0.4", "0.6", "0.8"]
TERMS = [12, 24, 36, 60]
DARNELL, COLTON = "Darnell Foster", "Colton Reyes"


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def month_days(m):
    nxt = dt.date(2026 + m // 12, m % 12 + 1, 1)
    return (nxt - dt.date(2026, m, 1)).days


def pick_product(seller, x):
    if seller == "Priscilla Tran" and x % 10 < 6:
        return [p for p in PRODUCTS if p[0] in SERVICE][(x // 10) % 2]
    r = (x // 100) % 100
    for p in PRODUCTS:
        if r < p[4]:
            return p
        r -= p[4]
    return PRODUCTS[0]


rows = []
n = 0
for seller, *_ in ROSTER:
    for m in range(1, 12):
        for k in range(BIDS[seller]):
            x = h(f"{seller}|{m}|{k}")
            day = 1 + (x // 7) % month_days(m)
            close = dt.date(2026, m, day)
            if close < START[seller] or close > END[seller] or close > LAST_OPEN:
                continue
            n += 1
            did = f"TRB-{n:04d}"
            product, lo, hi, nc, _ = pick_product(seller, x)
            steps = (hi - lo) // 100
            amount = lo + 100 * ((x // 1000) % (steps + 1))
            term = ""
            if product in SERVICE:
                typ = "service"
                term = str(TERMS[(x // 17) % 4])
            else:
                amount = amount * SIZE[seller] // 100 // 100 * 100
                typ = "new_construction" if (x // 19) % 100 < nc else "reroof"
            team = TEAM[seller]
            account = ACCOUNTS[team][(x // 23) % len(ACCOUNTS[team])]
            prob, cancel = "", ""
            if close <= AS_OF:
                if m == 8 and (x // 29) % 9 == 0:
                    stage, prob = "open", PROBS[(x // 31) % 5]
                elif (x // 37) % 100 < WIN[seller]:
                    stage = "won"
                else:
                    stage = "lost"
            else:
                if (x // 41) % 3 == 0:
                    n -= 1
                    continue
                stage, prob = "open", PROBS[(x // 31) % 5]
            if stage == "won" and close <= CANCEL_BY and (x // 7) % 17 == 0:
                stage = "cancelled"
                cancel = min(close + dt.timedelta(days=6 + (x // 11) % 150), AS_OF).isoformat()
            line = dict(id=did, seller=seller, account=account, name=f"{account} {product}",
                        type=typ, product=product, amount=f"{amount}.00",
                        close_date=close.isoformat(), stage=stage, split="1",
                        probability=prob, term_months=term, cancel_date=cancel, currency="USD")
            partner = None
            if (team == "West" and seller != DARNELL and typ == "new_construction"
                    and amount >= 150000 and stage in ("won", "cancelled")):
                partner, share = DARNELL, ("0.7", "0.3")
            elif (seller == "Ray Delgado" and stage in ("won", "cancelled")
                  and close >= START[COLTON] and (x // 13) % 3 == 0):
                partner, share = COLTON, ("0.5", "0.5")
            if partner:
                line["split"] = share[0]
                rows.append(line)
                rows.append(dict(line, seller=partner, split=share[1]))
            else:
                rows.append(line)

rows.sort(key=lambda r: (r["seller"], r["close_date"], r["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:contract", "quota:service"])
    for sid, mgr, terr, role, start, end, qc, qs in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qc, qs])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
