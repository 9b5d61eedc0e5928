#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredninetieth workspace (Vantra Orthopedics,
Inc., an invented US orthopedic implant and surgical capital equipment company, Warsaw,
Indiana; plan year 1 January - 31 December 2025, USD, QUARTERLY payouts). Invented data: no
real hospital, surgeon or company. Standard library only; deterministic (one random.Random with
a fixed seed, no clock). Run: python3 gen_deals.py

- 15 field reps ("Territory Managers") under 3 Regional Managers (Great Lakes, Southeast,
  Mountain West). Each rep covers 3 to 5 hospitals and surgery centers (ASCs) of their region.
- Implant deals are case POs (bill-only purchase orders raised after a case the rep covered) or
  stocking POs: Arcus Knee System, Arcus Hip System, Keel Spine System, Bridgeline Trauma
  System. Each rep's monthly implant volume is their quarterly plan number / 3 x a quarterly
  productivity factor x noise; deals are drawn until it is reached. Dates 1 January 2025 -
  12 September 2025 (AS OF = 2025-09-12).
- Types: "reorder" (existing account, repeat/replenishment), "new" (first Vantra business at
  the account or with the surgeon), "conversion" (a surgeon converted from a competitor).
- Capital deals (Meridian Robot, StrataNav Tower, Volt Power Instruments) are listed by hand
  in CAPITAL below. Every won or returned Meridian Robot of a rep other than the Capital
  Specialist (Dana Whitaker) is two lines with the same id: 75% to the rep, 25% to Dana.
- Lost deals: evaluations the account gave to a competitor (3 to 6 a rep a quarter). Open deals
  ("at VAC"): 6 to 11 a rep, expected to close 18 August - 19 December 2025, probability
  0.25 / 0.5 / 0.75 (those expected before the as-of date are overdue, still open); plus the
  open capital in CAPITAL.
- Returns ("RTV"): about 1 won implant PO in 30 closed by 31 August is cancelled, cancel date
  3 - 140 days after close (at the latest the as-of date); plan.md 11: only those within 90
  days of close are clawed back. Plus the StrataNav at Maumee Bay (CAPITAL).
- Roster: Jenna Kowalczyk (Senior Territory Manager) carries her own quarterly implant plan
  number of 550,000; Dana Whitaker (Capital Specialist) an implant number of 150,000, a capital
  number of 3,500,000 and a TI of 45,000. Hailey Marsh joined on 2025-05-12 (prorated);
  Shawn McRae left on 2025-07-31.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 9, 12)
RNG = random.Random(290)

ACCOUNTS = {
    "Great Lakes": [
        "St. Mary's Medical Center", "Bayview Memorial Hospital", "Lakeshore Orthopedic Surgery Center",
        "Kalamazoo Valley Hospital", "Fox River Surgery Center", "Maumee Bay Regional",
        "Northpoint Ortho ASC", "Cuyahoga Falls General", "Green Bay Bone & Joint",
        "Ann Arbor Surgical Pavilion",
    ],
    "Southeast": [
        "Peachtree Joint Institute", "Chattahoochee Regional Medical", "Magnolia Surgery Center",
        "Lowcountry Orthopedic ASC", "Riverside Baptist Hospital", "Cumberland Valley Hospital",
        "Tampa Bay Spine Center", "Piedmont Outpatient Surgery", "St. Luke's Hospital",
        "Savannah Memorial",
    ],
    "Mountain West": [
        "Front Range Medical Center", "Wasatch Orthopedic Surgery Center", "Boise Valley Regional",
        "Pikes Peak Surgical ASC", "Summit County Medical", "Big Sky Bone & Joint",
        "Salt Lake Surgical Partners", "Aspen Grove Surgery Center", "Laramie Plains Hospital",
        "Snake River Ortho ASC",
    ],
}

# id, manager, territory, role, start, end, quota:implant, quota:capital, target_incentive,
# implant factor Q1/Q2/Q3, product mix (knee, hip, spine, trauma), account indices
REPS = [
    ("Jenna Kowalczyk", "Rick Halvorsen", "Great Lakes", "Senior Territory Manager", "", "",
     "550000.00", "", "", (1.18, 1.52, 1.55), (5, 3, 3, 1), (0, 1, 2, 7)),
    ("Marcus Bell", "Rick Halvorsen", "Great Lakes", "Territory Manager", "", "",
     "", "", "", (0.82, 1.04, 0.88), (4, 4, 1, 2), (3, 4, 5, 8)),
    ("Tyler Brandt", "Rick Halvorsen", "Great Lakes", "Territory Manager", "", "",
     "", "", "", (0.52, 0.71, 0.31), (3, 3, 0, 4), (0, 6, 9, 2)),
    ("Kayla Odom", "Rick Halvorsen", "Great Lakes", "Territory Manager", "", "",
     "", "", "", (1.31, 1.12, 0.93), (2, 2, 5, 1), (1, 5, 6, 7, 9)),
    ("Ben Schaefer", "Rick Halvorsen", "Great Lakes", "Territory Manager", "", "",
     "", "", "", (0.30, 0.83, 0.58), (3, 2, 0, 5), (3, 8, 4)),
    ("Dana Whitaker", "Denise Calhoun", "Southeast", "Capital Specialist", "", "",
     "150000.00", "3500000.00", "45000.00", (0.55, 0.42, 0.36), (2, 2, 0, 1), (4, 5, 9)),
    ("Luis Ortega", "Denise Calhoun", "Southeast", "Territory Manager", "", "",
     "", "", "", (1.02, 1.21, 1.12), (4, 3, 2, 1), (0, 1, 4, 8)),
    ("Brittany Nguyen", "Denise Calhoun", "Southeast", "Territory Manager", "", "",
     "", "", "", (0.91, 0.78, 0.66), (2, 2, 4, 1), (6, 2, 3, 7)),
    ("Chris Pruitt", "Denise Calhoun", "Southeast", "Territory Manager", "", "",
     "", "", "", (0.47, 0.88, 0.74), (3, 4, 0, 3), (5, 9, 2)),
    ("Shawn McRae", "Denise Calhoun", "Southeast", "Territory Manager", "", "2025-07-31",
     "", "", "", (0.73, 0.62, 0.9), (3, 3, 1, 3), (4, 7, 9)),
    ("Amber Castillo", "Greg Tanaka", "Mountain West", "Territory Manager", "", "",
     "", "", "", (1.44, 1.68, 1.29), (3, 3, 4, 1), (0, 1, 6, 5)),
    ("Cody Jensen", "Greg Tanaka", "Mountain West", "Territory Manager", "", "",
     "", "", "", (0.86, 0.97, 0.83), (4, 4, 0, 3), (2, 3, 7, 9)),
    ("Nate Rasmussen", "Greg Tanaka", "Mountain West", "Territory Manager", "", "",
     "", "", "", (0.63, 0.55, 0.37), (2, 3, 1, 4), (4, 8, 5)),
    ("Chris Delgado", "Greg Tanaka", "Mountain West", "Territory Manager", "", "",
     "", "", "", (0.98, 0.91, 1.02), (3, 2, 3, 2), (6, 1, 2)),
    ("Hailey Marsh", "Greg Tanaka", "Mountain West", "Territory Manager", "2025-05-12", "",
     "", "", "", (0.0, 0.28, 0.66), (4, 3, 0, 3), (7, 3, 9)),
]

PRODUCTS = ["Arcus Knee System", "Arcus Hip System", "Keel Spine System", "Bridgeline Trauma System"]
PRICE = {  # a case PO's range, dollars
    "Arcus Knee System": (6500, 14500),
    "Arcus Hip System": (6000, 13000),
    "Keel Spine System": (15000, 48000),
    "Bridgeline Trauma System": (2500, 11000),
}
DANA = "Dana Whitaker"

# Capital: (seller, account, product, amount, close date, stage, probability, cancel date)
CAPITAL = [
    ("Jenna Kowalczyk", "Bayview Memorial Hospital", "Meridian Robot", 1150000, "2025-03-28", "won", "", ""),
    ("Jenna Kowalczyk", "Lakeshore Orthopedic Surgery Center", "Volt Power Instruments", 68500, "2025-02-14", "won", "", ""),
    ("Jenna Kowalczyk", "Green Bay Bone & Joint", "StrataNav Tower", 232000, "2025-07-30", "won", "", ""),
    ("Jenna Kowalczyk", "St. Mary's Medical Center", "Volt Power Instruments", 74000, "2025-10-31", "open", "0.75", ""),
    ("Marcus Bell", "Kalamazoo Valley Hospital", "StrataNav Tower", 214500, "2025-06-20", "won", "", ""),
    ("Marcus Bell", "Fox River Surgery Center", "Volt Power Instruments", 52800, "2025-08-08", "won", "", ""),
    ("Marcus Bell", "Maumee Bay Regional", "StrataNav Tower", 198000, "2025-05-09", "cancelled", "", "2025-07-15"),
    ("Marcus Bell", "Cuyahoga Falls General", "Meridian Robot", 985000, "2025-12-12", "open", "0.25", ""),
    ("Tyler Brandt", "Northpoint Ortho ASC", "Volt Power Instruments", 47200, "2025-04-17", "won", "", ""),
    ("Kayla Odom", "Bayview Memorial Hospital", "StrataNav Tower", 246000, "2025-02-27", "won", "", ""),
    ("Kayla Odom", "Ann Arbor Surgical Pavilion", "Meridian Robot", 1085000, "2025-06-27", "won", "", ""),
    ("Kayla Odom", "Maumee Bay Regional", "Volt Power Instruments", 61000, "2025-09-05", "won", "", ""),
    ("Ben Schaefer", "Green Bay Bone & Joint", "Volt Power Instruments", 44900, "2025-11-14", "open", "0.5", ""),
    ("Dana Whitaker", "Riverside Baptist Hospital", "StrataNav Tower", 228000, "2025-01-30", "won", "", ""),
    ("Dana Whitaker", "Cumberland Valley Hospital", "Volt Power Instruments", 88500, "2025-03-12", "won", "", ""),
    ("Dana Whitaker", "St. Luke's Hospital", "StrataNav Tower", 241000, "2025-05-22", "won", "", ""),
    ("Dana Whitaker", "Front Range Medical Center", "StrataNav Tower", 219500, "2025-07-18", "won", "", ""),
    ("Dana Whitaker", "Savannah Memorial", "Volt Power Instruments", 79000, "2025-08-27", "won", "", ""),
    ("Dana Whitaker", "Salt Lake Surgical Partners", "Meridian Robot", 1190000, "2025-04-02", "lost", "", ""),
    ("Dana Whitaker", "Savannah Memorial", "Meridian Robot", 1240000, "2025-12-15", "open", "0.5", ""),
    ("Luis Ortega", "Peachtree Joint Institute", "Meridian Robot", 1120000, "2025-05-30", "won", "", ""),
    ("Luis Ortega", "Chattahoochee Regional Medical", "Volt Power Instruments", 57300, "2025-08-19", "won", "", ""),
    ("Luis Ortega", "St. Luke's Hospital", "Meridian Robot", 1060000, "2025-11-26", "open", "0.5", ""),
    ("Brittany Nguyen", "Tampa Bay Spine Center", "StrataNav Tower", 187000, "2025-04-25", "won", "", ""),
    ("Brittany Nguyen", "Lowcountry Orthopedic ASC", "Volt Power Instruments", 41800, "2025-09-30", "open", "0.75", ""),
    ("Chris Pruitt", "Cumberland Valley Hospital", "Volt Power Instruments", 63400, "2025-06-11", "won", "", ""),
    ("Shawn McRae", "Piedmont Outpatient Surgery", "Volt Power Instruments", 55600, "2025-03-20", "won", "", ""),
    ("Amber Castillo", "Front Range Medical Center", "Meridian Robot", 1210000, "2025-02-21", "won", "", ""),
    ("Amber Castillo", "Big Sky Bone & Joint", "StrataNav Tower", 205000, "2025-08-29", "won", "", ""),
    ("Amber Castillo", "Wasatch Orthopedic Surgery Center", "Volt Power Instruments", 66700, "2025-05-16", "won", "", ""),
    ("Amber Castillo", "Summit County Medical", "Meridian Robot", 1030000, "2025-10-24", "open", "0.5", ""),
    ("Cody Jensen", "Pikes Peak Surgical ASC", "Volt Power Instruments", 49900, "2025-03-07", "won", "", ""),
    ("Cody Jensen", "Laramie Plains Hospital", "StrataNav Tower", 176500, "2025-09-05", "open", "0.5", ""),
    ("Nate Rasmussen", "Boise Valley Regional", "Meridian Robot", 995000, "2025-07-25", "lost", "", ""),
    ("Chris Delgado", "Salt Lake Surgical Partners", "StrataNav Tower", 223000, "2025-04-09", "won", "", ""),
    ("Chris Delgado", "Wasatch Orthopedic Surgery Center", "Meridian Robot", 1095000, "2025-08-15", "won", "", ""),
    ("Hailey Marsh", "Snake River Ortho ASC", "Volt Power Instruments", 43600, "2025-11-07", "open", "0.25", ""),
]

ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
used = set()


def new_id():
    while True:
        s = "".join(RNG.choice(ALNUM) for _ in range(8))
        if s not in used:
            used.add(s)
            return s


def d(s):
    return dt.date.fromisoformat(s) if s else None


def month_range(y, m):
    first = dt.date(y, m, 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def workday(first, last):
    while True:
        day = first + dt.timedelta(days=RNG.randint(0, (last - first).days))
        if day.weekday() < 5:
            return day


def amount(product):
    lo, hi = PRICE[product]
    return RNG.randint(lo // 10, hi // 10) * 10


rows = []


def line(oid, seller, account, product, typ, amt, close, stage, prob="", cancel="", split="1"):
    rows.append(dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                     type=typ, product=product, amount=f"{amt}.00",
                     close_date=close.isoformat() if close else "", stage=stage, split=split,
                     probability=prob, cancel_date=cancel, currency="USD"))


for (sid, mgr, terr, role, start, end, q_imp, q_cap, ti, factor, mix, accts) in REPS:
    quota = int(float(q_imp or "400000.00"))
    accounts = [ACCOUNTS[terr][i] for i in accts]
    start_d, end_d = d(start), d(end)
    for month in range(1, 10):
        q = (month - 1) // 3
        first, last = month_range(2025, month)
        if month == 9:
            last = AS_OF
        if start_d and start_d > first:
            first = start_d
        if end_d and end_d < last:
            last = end_d
        if first > last:
            continue
        share = ((last - first).days + 1) / ((month_range(2025, month)[1] - month_range(2025, month)[0]).days + 1)
        target = quota / 3 * factor[q] * share * RNG.uniform(0.8, 1.2)
        total = 0
        while total < target:
            product = RNG.choices(PRODUCTS, weights=mix)[0]
            amt = amount(product)
            r = RNG.random()
            typ = "reorder" if r < 0.68 else ("new" if r < 0.84 else "conversion")
            close = workday(first, last)
            account = RNG.choice(accounts)
            stage, cancel = "won", ""
            if close <= dt.date(2025, 8, 31) and RNG.random() < 1 / 30:
                stage = "cancelled"
                cancel = min(close + dt.timedelta(days=RNG.randint(3, 140)), AS_OF).isoformat()
            line(new_id(), sid, account, product, typ, amt, close, stage, cancel=cancel)
            total += amt
    # lost evaluations, by quarter
    for q in range(3):
        first = dt.date(2025, 3 * q + 1, 1)
        last = min(month_range(2025, 3 * q + 3)[1], AS_OF)
        if start_d and start_d > first:
            first = start_d
        if end_d and end_d < last:
            last = end_d
        if first > last:
            continue
        for _ in range(RNG.randint(3, 6)):
            product = RNG.choices(PRODUCTS, weights=mix)[0]
            amt = amount(product) * RNG.randint(2, 5)
            typ = "conversion" if RNG.random() < 0.55 else "new"
            line(new_id(), sid, RNG.choice(accounts), product, typ, amt, workday(first, last), "lost")
    # open deals ("at VAC")
    if not end_d:
        for _ in range(RNG.randint(6, 11)):
            product = RNG.choices(PRODUCTS, weights=mix)[0]
            amt = amount(product) * RNG.randint(1, 4)
            r = RNG.random()
            typ = "reorder" if r < 0.4 else ("new" if r < 0.7 else "conversion")
            close = workday(dt.date(2025, 8, 18), dt.date(2025, 12, 19))
            prob = RNG.choice(["0.25", "0.5", "0.75"])
            line(new_id(), sid, RNG.choice(accounts), product, typ, amt, close, "open", prob=prob)

for (sid, account, product, amt, close, stage, prob, cancel) in CAPITAL:
    oid = new_id()
    typ = "new" if product == "Meridian Robot" else RNG.choice(["new", "reorder"])
    if product == "Meridian Robot" and sid != DANA and stage in ("won", "cancelled"):
        line(oid, sid, account, product, typ, amt, d(close), stage, prob, cancel, split="0.75")
        line(oid, DANA, account, product, typ, amt, d(close), stage, prob, cancel, split="0.25")
    else:
        line(oid, sid, account, product, typ, amt, d(close), stage, prob, cancel)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "target_incentive", "quota:implant", "quota:capital"])
    for (sid, mgr, terr, role, start, end, q_imp, q_cap, ti, *_rest) in REPS:
        w.writerow([sid, sid, mgr, terr, role, start, end, ti, q_imp, q_cap])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
