#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredseventieth workspace (Straits Anchor
Logistics Pte Ltd, an invented Singapore freight forwarder and contract-logistics provider;
plan year 1 April 2025 - 31 March 2026, SGD, MONTHLY payouts). The deals are invented: every
row is a shipping, trucking, warehousing or customs contract signed by one of the 17 business
development managers (BDMs) of the three trade desks.

Standard library only; deterministic (one random.Random with a fixed seed, no clock, no hash()
of strings). Run: python3 gen_deals.py   (writes deals.csv and sellers.csv beside this file)

- Won contracts close 1 April 2025 - 24 February 2026 (AS OF = 2026-02-24). Lost ones ("missed
  the boat") over the same months. Open ones ("at anchorage") are expected to close between
  2 February and 29 May 2026 (some overdue at the as-of date), probability 0.25, 0.5 or 0.75.
- Amounts are the contract's annual value in SGD, whole dollars (plan.md 3.3), by product:
  Ocean FCL, Ocean LCL, Air Freight, Cross-Border Trucking, Project Cargo (Freight Revenue
  Commission), Warehousing, Cold Chain (Warehousing & Distribution Incentive), Customs Brokerage
  (no measure; the Permit Runner SPIFF only).
- Types: new (a new shipper), renewal ("roll-over"), expansion ("lane add").
- Splits (plan.md 3.4): a won or cancelled Project Cargo contract of anyone but Gurpreet Singh
  (the Project Cargo Specialist) is two lines with the same id, 70% to the BDM and 30% to
  Gurpreet Singh. Some of Aaron D'Souza's contracts from Amanda Lau's start are "buddy" deals,
  50% / 50% with Amanda Lau.
- Cancellations ("shut-outs"): about 1 in 22 won contracts closed on or before 2026-02-05 is
  cancelled 8 - 150 days after close (at the latest the as-of date); plan.md 11 claws back only
  those cancelled within 90 days.
- Roster: Eugene Chua (Key Account Director) and Gurpreet Singh (Project Cargo Specialist)
  carry their own quarterly freight quota. Amanda Lau joined on 2025-08-18; Kelvin Ong left on
  2025-11-30 (no contract of his after that date).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 24)
PLAN_START = dt.date(2025, 4, 1)
CANCEL_BY = dt.date(2026, 2, 5)
rng = random.Random(270)

# id, manager, territory (desk), role, start_date, end_date, quota:freight, strength
ROSTER = [
    ("Jasmine Tan", "Vincent Goh", "ASEAN", "Business Development Manager", "", "", "", 1.25),
    ("Muhammad Faizal bin Ismail", "Vincent Goh", "ASEAN", "Business Development Manager", "", "", "", 0.95),
    ("Darren Lim", "Vincent Goh", "ASEAN", "Business Development Manager", "", "", "", 0.7),
    ("Priyanka Nair", "Vincent Goh", "ASEAN", "Business Development Manager", "", "", "", 1.05),
    ("Kelvin Ong", "Vincent Goh", "ASEAN", "Business Development Manager", "", "2025-11-30", "", 0.8),
    ("Daniel Wong", "Vincent Goh", "ASEAN", "Business Development Manager", "", "", "", 0.55),
    ("Eugene Chua", "Siti Rahimah", "North Asia", "Key Account Director", "", "", "450000.00", 1.55),
    ("Nurul Huda", "Siti Rahimah", "North Asia", "Business Development Manager", "", "", "", 1.1),
    ("Cheryl Teo", "Siti Rahimah", "North Asia", "Business Development Manager", "", "", "", 0.85),
    ("Marcus Yeo", "Siti Rahimah", "North Asia", "Business Development Manager", "", "", "", 0.6),
    ("Sharon Koh", "Siti Rahimah", "North Asia", "Business Development Manager", "", "", "", 1.0),
    ("Gurpreet Singh", "Rajesh Pillai", "Europe-Americas", "Project Cargo Specialist", "", "", "350000.00", 0.3),
    ("Aaron D'Souza", "Rajesh Pillai", "Europe-Americas", "Business Development Manager", "", "", "", 1.15),
    ("Daniel Ng", "Rajesh Pillai", "Europe-Americas", "Business Development Manager", "", "", "", 0.8),
    ("Shalini Menon", "Rajesh Pillai", "Europe-Americas", "Business Development Manager", "", "", "", 1.0),
    ("Ryan Seah", "Rajesh Pillai", "Europe-Americas", "Business Development Manager", "", "", "", 0.65),
    ("Amanda Lau", "Rajesh Pillai", "Europe-Americas", "Business Development Manager", "2025-08-18", "", "", 0.75),
]

ACCOUNTS = {
    "ASEAN": [
        "Kim Seng Hardware Trading", "Eng Hup Marine Supplies", "Sin Hock Lee Foods",
        "Batam Bright Furniture", "Johor Oleochem", "Penang Micro Devices", "Klang Valley Packaging",
        "Bangkok Siam Rubber", "Saigon Coffee Roasters", "Cebu Coco Exports", "Yangon Garment Works",
        "Jakarta Ceramic Tiles", "Kranji Agrotech", "Tuas Steel Fabricators",
        "Pasir Panjang Fresh Produce",
    ],
    "North Asia": [
        "Shenzhen Lumina LED", "Ningbo Homeware", "Busan Auto Parts", "Osaka Kitchenware",
        "Taipei Bicycle Components", "Hong Kong Luxe Cosmetics", "Qingdao Tyre Export",
        "Yokohama Precision Bearings", "Xiamen Stone & Tile", "Kaohsiung Semicon Supply",
        "Loyang Aerospace Parts", "Changi Pharma Distributors", "Bukit Batok Electronics",
        "Ubi Medical Devices",
    ],
    "Europe-Americas": [
        "Rotterdam Dairy Imports", "Hamburg Machinery Asia", "Lyon Wine Traders",
        "Milano Furniture Asia", "Texas Oilfield Supply", "Chicago Food Ingredients",
        "Santos Coffee Exports", "Felixstowe Retail Group", "Jurong Island Petrochem",
        "Tuas Offshore Engineering", "Alexandra Biomedical", "Seletar Aero Components",
        "Raffles Fine Wines", "Orchard Fashion House",
    ],
}

# product, weight, low, high (annual contract value, SGD)
PRODUCTS = [
    ("Ocean FCL", 30, 30000, 160000),
    ("Ocean LCL", 13, 8000, 45000),
    ("Air Freight", 18, 15000, 120000),
    ("Cross-Border Trucking", 11, 10000, 60000),
    ("Project Cargo", 4, 90000, 320000),
    ("Warehousing", 8, 40000, 180000),
    ("Cold Chain", 5, 30000, 130000),
    ("Customs Brokerage", 11, 3000, 14000),
]
SPECIALIST_PRODUCTS = [
    ("Project Cargo", 45, 90000, 320000),
    ("Ocean FCL", 35, 30000, 160000),
    ("Air Freight", 20, 15000, 120000),
]
FREIGHT = {"Ocean FCL", "Ocean LCL", "Air Freight", "Cross-Border Trucking", "Project Cargo"}


def pick(table):
    total = sum(t[1] for t in table)
    x = rng.uniform(0, total)
    for t in table:
        x -= t[1]
        if x <= 0:
            return t
    return table[-1]


def amount_for(prod, strength):
    name, _, lo, hi = prod
    a = rng.uniform(lo, hi) * (0.75 + 0.35 * strength)
    return int(round(a, -1)) if a < 10000 else int(round(a, -2))


def day_in(start, end):
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def month_starts():
    d = PLAN_START
    while d <= AS_OF:
        yield d
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def month_end(d):
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


used_ids = set()


def new_id():
    while True:
        i = "CT-%05d" % rng.randrange(10000, 99999)
        if i not in used_ids:
            used_ids.add(i)
            return i


rows = []
for sid, mgr, desk, role, start, end, q, strength in ROSTER:
    s_start = dt.date.fromisoformat(start) if start else PLAN_START
    s_end = dt.date.fromisoformat(end) if end else AS_OF
    table = SPECIALIST_PRODUCTS if role == "Project Cargo Specialist" else PRODUCTS
    mood = {}  # each quarter has its own wind: good and bad quarters
    for m in month_starts():
        qk = (m.month - 4) % 12 // 3
        if qk not in mood:
            mood[qk] = rng.choice([0.55, 0.8, 1.0, 1.0, 1.2, 1.45])
        lo = max(m, s_start)
        hi = min(month_end(m), s_end)
        if lo > hi:
            continue
        frac = ((hi - lo).days + 1) / ((month_end(m) - m).days + 1)
        n_won = int(rng.choice([0, 1, 1, 2, 2, 3]) * frac * (0.5 + 0.5 * strength * mood[qk]) + 0.5)
        n_lost = rng.choice([0, 1, 1, 1, 2])
        for kind, n in (("won", n_won), ("lost", n_lost)):
            for _ in range(n):
                prod = pick(table)
                acct = rng.choice(ACCOUNTS[desk])
                r = rng.random()
                typ = "new" if r < 0.35 else ("renewal" if r < 0.7 else "expansion")
                close = day_in(lo, hi)
                amt = amount_for(prod, strength if kind == "won" else 1.0)
                rows.append(dict(id=new_id(), seller=sid, account=acct,
                                 name=f"{acct} {prod[0]}", type=typ, product=prod[0],
                                 amount=amt, close_date=close, stage=kind, split="1",
                                 probability="", cancel_date="", currency="SGD"))
    if not end:
        for _ in range(rng.randint(3, 7)):
            prod = pick(table)
            acct = rng.choice(ACCOUNTS[desk])
            r = rng.random()
            typ = "new" if r < 0.35 else ("renewal" if r < 0.7 else "expansion")
            close = day_in(dt.date(2026, 2, 2), dt.date(2026, 5, 29))
            rows.append(dict(id=new_id(), seller=sid, account=acct, name=f"{acct} {prod[0]}",
                             type=typ, product=prod[0], amount=amount_for(prod, 1.0),
                             close_date=close, stage="open", split="1",
                             probability=rng.choice(["0.25", "0.5", "0.5", "0.75"]),
                             cancel_date="", currency="SGD"))

# cancellations
for r in rows:
    if r["stage"] == "won" and r["close_date"] <= CANCEL_BY and rng.randrange(22) == 0:
        r["stage"] = "cancelled"
        r["cancel_date"] = min(r["close_date"] + dt.timedelta(days=rng.randint(8, 150)), AS_OF)

amanda_start = dt.date(2025, 8, 18)
out = []
for r in rows:
    partner = None
    if r["product"] == "Project Cargo" and r["seller"] != "Gurpreet Singh" \
            and r["stage"] in ("won", "cancelled"):
        partner, share = "Gurpreet Singh", ("0.7", "0.3")
    elif r["seller"] == "Aaron D'Souza" and r["stage"] in ("won", "cancelled") \
            and r["close_date"] >= amanda_start and rng.randrange(3) == 0:
        partner, share = "Amanda Lau", ("0.5", "0.5")
    if partner:
        r["split"] = share[0]
        out.append(r)
        out.append(dict(r, seller=partner, split=share[1]))
    else:
        out.append(r)

for r in out:
    r["amount"] = f"{r['amount']}.00"
    r["close_date"] = r["close_date"].isoformat()
    if r["cancel_date"]:
        r["cancel_date"] = r["cancel_date"].isoformat()

out.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(out)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:freight"])
    for sid, mgr, desk, role, start, end, q, _ in ROSTER:
        w.writerow([sid, sid, mgr, desk, role, start, end, q])
print(len(out), "deal lines;",
      {s: sum(1 for x in out if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
