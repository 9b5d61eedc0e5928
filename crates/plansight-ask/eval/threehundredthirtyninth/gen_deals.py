#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredthirtyninth workspace (Salt Dome
Software, Inc., an invented Houston vendor of oilfield software: SCADA well monitoring, frac
design, rod-pump optimisation, field e-ticketing, with implementation and crew training; plan
year = calendar 2026, USD, QUARTERLY payouts). Invented from scratch, no outside data.
Standard library only; deterministic (every choice is an md5 hash of a key such as
"Cody Bray|sw|17"; no clock, no random stream). Run: python3 gen_deals.py

- 16 account executives under 3 regional managers (ROSTER below). Each has a number of
  software opportunities and services opportunities over the calendar year, a win rate and a
  size multiplier (PARAMS), so the team spreads from under the Casing Point (25%) to past the
  Blowout Preventer (the $125,000 payout cap).
- Close dates: 1 January 2026 + (hash mod 364) days. AS OF = 2026-09-18. An opportunity
  closing on or before it is won (hash mod 100 < win rate) or lost; about one in 59 of them is
  still open and overdue (probability 0.5). One closing after it is open, with a probability
  from (0.1, 0.2, 0.3, 0.5, 0.6, 0.75, 0.9) by hash.
- Software (WellWatch SCADA 40%, FracPlan Designer 20%, RodPump Optimizer 20%, TicketTrak
  E-Ticketing 20%): type new 50% ("wildcat"), expansion 40% ("offset"), renewal 10%
  ("workover"); amount = first-year ACV, new 30,000-180,000, expansion 10,000-80,000, renewal
  25,000-150,000, times the seller's multiplier, rounded to 50; term 12, 12, 24, 36, 36 or 60
  months. Services (Implementation Package 70%, 8,000-40,000; Crew Training 30%,
  3,000-12,000): type new or expansion, no term.
- Accounts: each region has its own pool of invented operators and service companies; one
  opportunity in seven (and every one of Travis Dupree's) goes to one of the three strategic
  accounts (MAJORS).
- Splits (plan.md 3.4): a won or cancelled deal at a strategic account sold by anyone but
  Travis Dupree is two lines with the same id, 70% to the seller and 30% to Travis Dupree.
  Kaylee Pruitt (joined 2026-04-20) shares one in three of her deals closing by 30 June 50/50
  with her field buddy Jolene Whitaker ("ride-along" deals).
- Cancellations ("P&A"): a won deal closed by 2026-08-31 with hash mod 13 = 0 is cancelled,
  cancel_date = close + 12 + (hash mod 130) days, when that date is on or before the as-of date
  (otherwise it stays won); plan.md section 11 claws back those cancelled within 90 days of
  close.
- Roster: Travis Dupree (Strategic Accounts Executive) carries a Net New ACV quota of
  $1,500,000, Rhonda Sixkiller (Senior AE) $1,100,000 (plan $900,000). Kaylee Pruitt joined on
  2026-04-20 (no deal before); Dale Hebert left on 2026-07-31 (no deal after).
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 9, 18)
YEAR0 = dt.date(2026, 1, 1)
CANCEL_BY = dt.date(2026, 8, 31)


def h(key):
    return int(hashlib.md5(key.encode()).hexdigest(), 16)


ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:acv
    ("Cody Bray", "Wade Kittrell", "Permian", "Account Executive", "", "", ""),
    ("Jolene Whitaker", "Wade Kittrell", "Permian", "Account Executive", "", "", ""),
    ("Ramon Escobedo", "Wade Kittrell", "Permian", "Account Executive", "", "", ""),
    ("Hank Tolliver", "Wade Kittrell", "Permian", "Account Executive", "", "", ""),
    ("Kaylee Pruitt", "Wade Kittrell", "Permian", "Account Executive", "2026-04-20", "", ""),
    ("Travis Dupree", "Lorena Salinas", "Gulf Coast", "Strategic Accounts Executive", "", "", "1500000.00"),
    ("Cody Villarreal", "Lorena Salinas", "Gulf Coast", "Account Executive", "", "", ""),
    ("Darlene Thibodeaux", "Lorena Salinas", "Gulf Coast", "Account Executive", "", "", ""),
    ("Marcus Greer", "Lorena Salinas", "Gulf Coast", "Account Executive", "", "", ""),
    ("Dale Hebert", "Lorena Salinas", "Gulf Coast", "Account Executive", "", "2026-07-31", ""),
    ("Bao Tran", "Lorena Salinas", "Gulf Coast", "Account Executive", "", "", ""),
    ("Rhonda Sixkiller", "Buck Harlan", "Mid-Continent", "Senior Account Executive", "", "", "1100000.00"),
    ("Shelby McCrary", "Buck Harlan", "Mid-Continent", "Account Executive", "", "", ""),
    ("Wyatt Pennington", "Buck Harlan", "Mid-Continent", "Account Executive", "", "", ""),
    ("Luis Arredondo", "Buck Harlan", "Mid-Continent", "Account Executive", "", "", ""),
    ("Brandi Coker", "Buck Harlan", "Mid-Continent", "Account Executive", "", "", ""),
]

# software opportunities, win rate (%), size multiplier, services opportunities
PARAMS = {
    "Cody Bray": (52, 38, 1.15, 18),
    "Jolene Whitaker": (50, 36, 0.85, 16),
    "Ramon Escobedo": (54, 40, 1.55, 20),
    "Hank Tolliver": (34, 22, 0.60, 10),
    "Kaylee Pruitt": (34, 33, 0.85, 12),
    "Travis Dupree": (40, 42, 0.70, 14),
    "Cody Villarreal": (46, 30, 0.85, 15),
    "Darlene Thibodeaux": (50, 34, 1.00, 18),
    "Marcus Greer": (56, 40, 1.22, 20),
    "Dale Hebert": (48, 34, 1.00, 14),
    "Bao Tran": (44, 30, 0.90, 16),
    "Rhonda Sixkiller": (54, 36, 1.30, 18),
    "Shelby McCrary": (62, 44, 1.55, 22),
    "Wyatt Pennington": (40, 28, 0.80, 12),
    "Luis Arredondo": (52, 38, 1.15, 18),
    "Brandi Coker": (46, 32, 0.95, 15),
}

POOLS = {
    "Permian": [
        "Caprock Operating", "Wink Basin Resources", "Pecos River Energy", "Mentone Oil & Gas",
        "Odessa Pressure Pumping", "Andrews County Petroleum", "Yucca Flats Energy",
        "Stanton Well Service", "Monahans Sandhills Oil", "Big Lake Saltwater Disposal",
    ],
    "Gulf Coast": [
        "Brazos Valley Midstream", "Sabine Pass Operating", "Galveston Bay Exploration",
        "Bayou Teche Oilfield Services", "Conroe Wireline", "Katy Prairie Energy",
        "Matagorda Offshore", "Karnes City Oil Tools", "Refugio Sands Energy",
        "Goliad Compression",
    ],
    "Mid-Continent": [
        "Cimarron Trail Petroleum", "Red Fork Operating", "Canadian River Resources",
        "Woodward Compression", "Enid Hot Shot Services", "Cherokee Strip Energy",
        "Arbuckle Saltwater Disposal", "Kingfisher Well Service", "Washita Valley Oil",
        "Osage Hills Production",
    ],
}
MAJORS = ["Permian Titan Resources", "Gulfstar Petroleum", "Trinity Crude Partners"]
SOFTWARE = ["WellWatch SCADA", "WellWatch SCADA", "WellWatch SCADA", "WellWatch SCADA",
            "FracPlan Designer", "FracPlan Designer", "RodPump Optimizer", "RodPump Optimizer",
            "TicketTrak E-Ticketing", "TicketTrak E-Ticketing"]
OPEN_PROB = ["0.1", "0.2", "0.3", "0.5", "0.6", "0.75", "0.9"]
TERMS = ["12", "12", "24", "36", "36", "60"]
TERR = {r[0]: r[2] for r in ROSTER}
START = {r[0]: dt.date.fromisoformat(r[4]) if r[4] else YEAR0 for r in ROSTER}
END = {r[0]: dt.date.fromisoformat(r[5]) if r[5] else dt.date(2026, 12, 31) for r in ROSTER}


def money(lo, hi, x, mult):
    v = (lo + x % (hi - lo + 1)) * mult
    return int(round(v / 50.0)) * 50


opps = []
for seller, (n_sw, win, mult, n_svc) in PARAMS.items():
    for kind, n in (("sw", n_sw), ("svc", n_svc)):
        for i in range(n):
            key = f"{seller}|{kind}|{i}"
            x = h(key)
            close = YEAR0 + dt.timedelta(days=x % 364)
            if seller == "Kaylee Pruitt":
                # a new hire's year starts at her start date
                span = (dt.date(2026, 12, 31) - START[seller]).days
                close = START[seller] + dt.timedelta(days=x % span)
            if close < START[seller] or close > END[seller]:
                continue
            opps.append((x, seller, kind, close))

opps.sort(key=lambda o: o[0])
rows = []
for n, (x, seller, kind, close) in enumerate(opps):
    did = f"SD-{4001 + n}"
    y = x >> 12
    win = PARAMS[seller][1]
    mult = PARAMS[seller][2]
    if kind == "sw":
        product = SOFTWARE[y % 10]
        r = (y >> 4) % 20
        if r < 10:
            typ, amount = "new", money(30000, 180000, y >> 8, mult)
        elif r < 18:
            typ, amount = "expansion", money(10000, 80000, y >> 8, mult)
        else:
            typ, amount = "renewal", money(25000, 150000, y >> 8, mult)
        term = TERMS[(y >> 30) % 6]
    else:
        if (y >> 4) % 10 < 7:
            product, amount = "Implementation Package", money(8000, 40000, y >> 8, 1.0)
        else:
            product, amount = "Crew Training", money(3000, 12000, y >> 8, 1.0)
        typ = "new" if (y >> 30) % 2 == 0 else "expansion"
        term = ""
    if seller == "Travis Dupree" or (y >> 36) % 7 == 0:
        account = MAJORS[(y >> 40) % 3]
    else:
        pool = POOLS[TERR[seller]]
        account = pool[(y >> 40) % len(pool)]
    prob, cancel = "", ""
    if close <= AS_OF:
        if (y >> 44) % 59 == 0:
            stage, prob = "open", "0.5"
        elif (y >> 50) % 100 < win:
            stage = "won"
        else:
            stage = "lost"
    else:
        stage, prob = "open", OPEN_PROB[(y >> 50) % 7]
    if stage == "won" and close <= CANCEL_BY and (y >> 58) % 13 == 0:
        cdate = close + dt.timedelta(days=12 + (y >> 62) % 130)
        if cdate <= AS_OF:
            stage, cancel = "cancelled", cdate.isoformat()
    line = dict(id=did, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, term_months=term, cancel_date=cancel, currency="USD")
    partner = None
    if account in MAJORS and seller != "Travis Dupree" and stage in ("won", "cancelled"):
        partner, share = "Travis Dupree", ("0.7", "0.3")
    elif (seller == "Kaylee Pruitt" and stage in ("won", "cancelled")
          and close <= dt.date(2026, 6, 30) and (y >> 66) % 3 == 0):
        partner, share = "Jolene Whitaker", ("0.5", "0.5")
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
                "quota:acv"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
