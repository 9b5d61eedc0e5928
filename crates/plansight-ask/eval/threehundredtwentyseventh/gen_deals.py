#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredtwentyseventh workspace (Raccoon River
Ag Partners, an invented Des Moines, Iowa crop insurance and farm equipment finance agency;
plan year 1 October 2025 - 30 September 2026, USD, MONTHLY payouts).
Standard library only; deterministic (every choice is an md5 hash of the producer's id and the
line's number; no clock, no random stream). Run: python3 gen_deals.py

- 17 producers under 3 branch managers (ROSTER below). Each producer gets round(64 x volume)
  opportunities over the plan year; share `ins` of them are crop insurance policies (credited by
  the Written Premium Commission), the rest equipment finance notes and leases (credited by the
  Equipment Finance Incentive).
- Products and the crop calendar: every product has its own month weights (Revenue and Yield
  Protection around the March 15 sales closing, Pasture Rangeland Forage before the December 1
  closing, Crop-Hail in the summer, machinery notes at the calendar year end, grain bins before
  harvest). Margin Protection is on the plan but has no deal.
- Amounts in USD, whole dollars, between each product's low and high (skewed to the low end).
  An insurance line's amount is the policy's total premium; a finance line's is the amount
  funded.
- Stages: a line that closes on or before AS OF (2026-06-12) is lost when hash mod 100 < 22,
  else won; a won line closed by 2026-05-31 with another hash mod 22 = 0 is cancelled (a
  "washout"), cancel_date = close + 12 + (hash mod 150) days, at the latest the as-of date (only
  washouts within 90 days of close are clawed back, plan.md section 11). A line dated after AS
  OF is open ("in the hopper") with probability 0.3, 0.5 or 0.7; a line dated in the 30 days
  before AS OF with hash mod 9 = 0 is open too (probability 0.5, overdue).
- Types: insurance 30% new, 50% renewal, 20% transfer; finance 55% new, 30% renewal, 15%
  transfer.
- Accounts: each producer works a book of 14 farms drawn from FARMS by hash.
- Splits (plan.md 3.4): a won or cancelled finance line of $300,000 or more of any producer but
  Darrell Frahm (the Senior Ag Lender) is two lines with the same id, 75% to the producer and
  25% to Darrell Frahm.
- Roster: Cody Wessels joined on 2026-01-12 (no line before); Luke Christensen left on
  2026-04-17 (no line after). Darrell Frahm and Megan Rasmussen carry their own annual finance
  quota. Two producers are called Travis. The roster quotes Darrell Frahm's nickname, "Butch".
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 6, 12)
START = dt.date(2025, 10, 1)
CANCEL_BY = dt.date(2026, 5, 31)
LENDER = "Darrell Frahm"

# id, display name, manager, territory, role, start, end, quota:finance, volume, insurance share
ROSTER = [
    ("Kyle Hutchins", "Kyle Hutchins", "Doug Brenneman", "Central Iowa", "Producer", "", "", "", 1.05, 0.6),
    ("Brittany Sorensen", "Brittany Sorensen", "Doug Brenneman", "Central Iowa", "Producer", "", "", "", 0.95, 0.8),
    ("Travis Oberbroeckling", "Travis Oberbroeckling", "Doug Brenneman", "Central Iowa", "Producer", "", "", "", 0.9, 0.5),
    ("Jenna Kramer", "Jenna Kramer", "Doug Brenneman", "Central Iowa", "Producer", "", "", "", 1.3, 0.85),
    ("Cody Wessels", "Cody Wessels", "Doug Brenneman", "Central Iowa", "Producer", "2026-01-12", "", "", 0.85, 0.6),
    ("Hannah Lensing", "Hannah Lensing", "Doug Brenneman", "Central Iowa", "Producer", "", "", "", 1.0, 0.7),
    ("Jacob Vermeer", "Jacob Vermeer", "Lori Vander Wal", "Northwest Iowa", "Producer", "", "", "", 1.1, 0.6),
    ("Amber Schuiteman", "Amber Schuiteman", "Lori Vander Wal", "Northwest Iowa", "Producer", "", "", "", 1.15, 0.8),
    ("Nate Dykstra", "Nate Dykstra", "Lori Vander Wal", "Northwest Iowa", "Producer", "", "", "", 1.0, 0.5),
    ("Kelsey Brouwer", "Kelsey Brouwer", "Lori Vander Wal", "Northwest Iowa", "Producer", "", "", "", 0.7, 0.7),
    ("Ryan Hulstein", "Ryan Hulstein", "Lori Vander Wal", "Northwest Iowa", "Producer", "", "", "", 1.2, 0.4),
    ("Travis Mayberry", "Travis Mayberry", "Gary Nielsen", "Southwest Iowa", "Producer", "", "", "", 1.0, 0.6),
    ("Megan Rasmussen", "Megan Rasmussen", "Gary Nielsen", "Southwest Iowa", "Crop Specialist", "", "", "600000.00", 1.1, 0.95),
    ("Darrell Frahm", 'Darrell "Butch" Frahm', "Gary Nielsen", "Southwest Iowa", "Senior Ag Lender", "", "", "4000000.00", 1.2, 0.15),
    ("Shelby Pottebaum", "Shelby Pottebaum", "Gary Nielsen", "Southwest Iowa", "Producer", "", "", "", 0.9, 0.7),
    ("Luke Christensen", "Luke Christensen", "Gary Nielsen", "Southwest Iowa", "Producer", "", "2026-04-17", "", 1.0, 0.6),
    ("Brent Jorgensen", "Brent Jorgensen", "Gary Nielsen", "Southwest Iowa", "Producer", "", "", "", 0.85, 0.5),
]

# product: (weight, low, high, month weights Oct..Sep)
INSURANCE = {
    "Revenue Protection": (40, 3000, 36000, [6, 8, 4, 10, 18, 30, 4, 2, 1, 1, 1, 2]),
    "Yield Protection": (14, 1500, 12000, [6, 8, 4, 10, 18, 30, 4, 2, 1, 1, 1, 2]),
    "Crop-Hail": (18, 500, 6500, [0, 0, 0, 0, 0, 1, 3, 8, 14, 10, 3, 0]),
    "Whole-Farm Revenue Protection": (8, 5000, 22000, [1, 2, 2, 6, 10, 14, 1, 0, 0, 0, 0, 1]),
    "Pasture Rangeland Forage": (20, 1200, 9500, [14, 20, 2, 0, 0, 0, 0, 0, 0, 0, 2, 6]),
}
FINANCE = {
    "Machinery Loan": (40, 45000, 480000, [8, 10, 16, 6, 6, 8, 6, 4, 3, 4, 8, 10]),
    "Machinery Lease": (25, 30000, 260000, [6, 8, 12, 6, 6, 8, 6, 4, 3, 4, 6, 8]),
    "Grain Storage Loan": (15, 80000, 380000, [2, 1, 1, 2, 3, 4, 6, 8, 10, 10, 8, 4]),
    "Precision Ag Lease": (20, 12000, 90000, [2, 2, 4, 8, 10, 12, 6, 3, 2, 2, 2, 2]),
}
FARMS = [
    "Hoksbergen Farms", "Schaaf Family Farms", "Twin Oaks Dairy", "Prairie Rose Cattle Co",
    "Boone River Grain", "Kleinschmidt Acres", "Meyer Seed & Grain", "Meyer Family Farms",
    "North Raccoon Farms", "Van Gorp Hog Farm", "Ellsworth Land & Cattle", "Ostrander Brothers",
    "Skunk River Bottoms", "Heartland Turkey", "Jorgensen Farms", "Nishna Valley Ag",
    "Wapsi Bend Farm", "Tassel Creek Farms", "Loess Hills Angus", "Bruning Grain & Livestock",
    "Dutch Corner Dairy", "Sioux Prairie Farms", "Plum Creek Pork", "Grundy Center Seed",
    "Hagedorn Farms", "Lone Tree Acres", "Westergaard Grain", "Elk Horn Prairie Farms",
    "Hilltop Holsteins", "Rolling Acres Ag", "Vande Kamp Farms", "Bluestem Ranch",
    "Cedar Valley Orchard", "Fox Hollow Farms", "Kuehl Brothers Farms", "Maple Grove Cattle",
    "Spirit Lake Grain", "Harlan Feeders", "Nodaway River Farms", "Winterset Seed Co",
]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def pick(weights, x):
    total = sum(weights)
    r = x % total
    for i, w in enumerate(weights):
        if r < w:
            return i
        r -= w
    raise AssertionError


def month_start(k):
    y, m = START.year, START.month + k
    while m > 12:
        y, m = y + 1, m - 12
    return dt.date(y, m, 1)


rows = []
used_ids = set()
for sid, _name, _mgr, _terr, _role, start, end, _q, vol, ins in ROSTER:
    book = []
    k = 0
    while len(book) < 14:
        farm = FARMS[h(f"{sid}|book|{k}") % len(FARMS)]
        if farm not in book:
            book.append(farm)
        k += 1
    n = round(64 * vol)
    for i in range(n):
        x = h(f"{sid}|{i}")
        is_ins = (x % 1000) < ins * 1000
        table = INSURANCE if is_ins else FINANCE
        names = list(table)
        product = names[pick([table[p][0] for p in names], x // 1000)]
        _w, low, high, months = table[product]
        mi = pick(months, x // 100003)
        first = month_start(mi)
        nxt = month_start(mi + 1)
        day = (x // 7919) % (nxt - first).days
        close = first + dt.timedelta(days=day)
        if start and close < dt.date.fromisoformat(start):
            continue
        if end and close > dt.date.fromisoformat(end):
            continue
        u = ((x // 65537) % 10000) / 10000.0
        amount = round(low + (high - low) * u * u)
        tx = (x // 31) % 100
        if is_ins:
            typ = "new" if tx < 30 else ("renewal" if tx < 80 else "transfer")
        else:
            typ = "new" if tx < 55 else ("renewal" if tx < 85 else "transfer")
        account = book[(x // 104729) % len(book)]
        prob, cancel = "", ""
        if close > AS_OF:
            stage = "open"
            prob = ("0.3", "0.5", "0.7")[(x // 13) % 3]
        elif (x // 17) % 100 < 22:
            stage = "lost"
        elif (AS_OF - close).days <= 30 and (x // 19) % 9 == 0:
            stage = "open"
            prob = "0.5"
        else:
            stage = "won"
            if close <= CANCEL_BY and (x // 23) % 22 == 0:
                stage = "cancelled"
                cancel = min(close + dt.timedelta(days=12 + (x // 29) % 150), AS_OF).isoformat()
        did = ("POL-" if is_ins else "FIN-") + f"{(x // 3) % 100000:05d}"
        while did in used_ids:
            did = did[:4] + f"{(int(did[4:]) + 1) % 100000:05d}"
        used_ids.add(did)
        line = dict(id=did, seller=sid, account=account, name=f"{account} {product}",
                    type=typ, product=product, amount=f"{amount}.00",
                    close_date=close.isoformat(), stage=stage, split="1",
                    probability=prob, cancel_date=cancel, currency="USD")
        if (not is_ins and amount >= 300000 and sid != LENDER
                and stage in ("won", "cancelled")):
            rows.append(dict(line, split="0.75"))
            rows.append(dict(line, seller=LENDER, split="0.25"))
        else:
            rows.append(line)

rows.sort(key=lambda r: (r["seller"], r["close_date"], r["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:finance"])
    for sid, name, mgr, terr, role, start, end, q, _v, _i in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, end, q])
print(len(rows), "deal lines;",
      {s: sum(1 for r in rows if r["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
