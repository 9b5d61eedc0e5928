#!/usr/bin/env python3
"""Makes deals.csv and sellers.csv for the twentyseventh workspace.

Tidewater & Pine Commercial Advisors, a US commercial real-estate brokerage: 13 brokers in
three teams, plan year 2025 (calendar), written as of 2025-10-24. Every transaction is a
credit line: amount = the brokerage fee (gross commission income) of the deal, type = sale,
lease or renewal (a lease renewal), product = property type, account = the property.
Co-brokered deals are two lines with one id and the fee split between the brokers.

Deterministic (seeded); standard library only. Run from anywhere:
    python3 gen_deals.py
"""

import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 10, 24)
YEAR_START = dt.date(2025, 1, 1)
rng = random.Random(20251024)

# --------------------------------------------------------------------------- roster
# id (full name), manager, territory, start, end, quota:gci override
ROSTER = [
    ("Christopher Vance", "Renee Castillo", "Downtown", None, None, "1000000.00"),
    ("Jessica Tran", "Renee Castillo", "Downtown", None, None, None),
    ("Marcus Bell", "Renee Castillo", "Downtown", None, "2025-08-15", None),
    ("Priya Raman", "Renee Castillo", "Downtown", None, None, None),
    ("Owen Fitzgerald", "Renee Castillo", "Downtown", "2025-03-03", None, "250000.00"),
    ("Christina Okafor", "Tom Hadley", "Eastside", None, None, None),
    ("Daniel Brennan", "Tom Hadley", "Eastside", None, None, None),
    ("Joanna Pierce", "Tom Hadley", "Eastside", None, None, None),
    ("Kevin Marsh", "Tom Hadley", "Eastside", "2025-06-16", None, "250000.00"),
    ("Daniel Kowalski", "Gloria Benitez", "Industrial & Land", None, None, "900000.00"),
    ("Rebecca Lindqvist", "Gloria Benitez", "Industrial & Land", None, None, None),
    ("Luis Ortega", "Gloria Benitez", "Industrial & Land", None, None, None),
    ("Samantha Greer", "Gloria Benitez", "Industrial & Land", None, None, None),
]

# --------------------------------------------------------------------------- properties
PROPS = {
    "Downtown": [
        ("Meridian Tower", "Office"), ("Halsey Building", "Office"),
        ("Larkin Exchange", "Office"), ("The Ferris Block", "Office"),
        ("Wharfside Center", "Office"), ("Sterling Court", "Office"),
        ("Granite Row", "Retail"), ("Union Square Annex", "Retail"),
        ("Beacon & Main", "Retail"), ("Copperline Lofts", "Multifamily"),
    ],
    "Eastside": [
        ("Brookline Commons", "Retail"), ("Elm & 9th", "Retail"),
        ("Eastgate Plaza", "Retail"), ("Orchard Row Shops", "Retail"),
        ("Cedar Park Apartments", "Multifamily"), ("Maple Court Flats", "Multifamily"),
        ("Harlow Station", "Multifamily"), ("Ashby Lofts", "Multifamily"),
        ("Willow Creek Townhomes", "Multifamily"), ("Linden Medical Pavilion", "Office"),
    ],
    "Industrial & Land": [
        ("Portside Distribution Center", "Industrial"), ("Redfield Cold Storage", "Industrial"),
        ("Kessler Flex Park", "Industrial"), ("Bayview Yard", "Industrial"),
        ("Millbrook Industrial Center", "Industrial"), ("Anchor Point Logistics", "Industrial"),
        ("Route 9 Parcel", "Land"), ("Summit Ridge Acreage", "Land"),
        ("Crane Road Site", "Land"), ("Foxhollow Farm Tract", "Land"),
    ],
}
# properties kept for the hand-placed deals below (no random deal lands there)
RESERVED = {"1200 5th Avenue", "One Commerce Plaza", "Riverside Marketplace",
            "Gateway Logistics Park"}

COUNTERPARTIES = [
    "Brightwave Analytics", "Kinetic Labs", "Halverson Law", "Northstar Dental",
    "Bluepeak Capital", "Ridgeway Insurance", "Copper Kettle Bakery", "Fieldhouse Fitness",
    "Marlowe & Co", "Sunline Pharmacy", "Trident Freight", "Coastal Cold Chain",
    "Evergreen Foods", "Alder Street Partners", "Quarry Hill REIT", "Lantern Hospitality",
    "Greyfield Holdings", "Patchwork Coworking", "Osprey Outfitters", "Vantage Medical",
    "Keel & Rudder Brewing", "Summit Parcel Co", "Bramble Home Goods", "Harborline Logistics",
    "Juniper Schools", "Westbrook Family Office", "Cobalt Robotics", "Rivet Manufacturing",
    "Oakmont Capital", "Tallgrass Farms", "Pinecrest Apartments LLC", "Mosaic Wellness",
]

# broker: (target won credit as of AS_OF, type weights sale/lease/renewal)
PROFILE = {
    "Christopher Vance": (1215000, (0.45, 0.40, 0.15)),
    "Jessica Tran": (560000, (0.25, 0.55, 0.20)),
    "Marcus Bell": (248000, (0.30, 0.50, 0.20)),
    "Priya Raman": (497000, (0.25, 0.55, 0.20)),
    "Owen Fitzgerald": (61000, (0.10, 0.65, 0.25)),
    "Christina Okafor": (930000, (0.50, 0.35, 0.15)),
    "Daniel Brennan": (342000, (0.35, 0.45, 0.20)),
    "Joanna Pierce": (281000, (0.35, 0.45, 0.20)),
    "Kevin Marsh": (19500, (0.0, 0.70, 0.30)),
    "Daniel Kowalski": (903000, (0.40, 0.45, 0.15)),
    "Rebecca Lindqvist": (410000, (0.30, 0.50, 0.20)),
    "Luis Ortega": (181000, (0.45, 0.40, 0.15)),
    "Samantha Greer": (466000, (0.30, 0.50, 0.20)),
}

# how many won deals each broker closes (besides the hand-placed ones)
COUNT = {
    "Christopher Vance": 24, "Jessica Tran": 16, "Marcus Bell": 11, "Priya Raman": 17,
    "Owen Fitzgerald": 7, "Christina Okafor": 21, "Daniel Brennan": 13, "Joanna Pierce": 10,
    "Kevin Marsh": 3, "Daniel Kowalski": 22, "Rebecca Lindqvist": 14, "Luis Ortega": 9,
    "Samantha Greer": 15,
}

FEE = {  # brokerage fee ranges by type (before scaling to the broker's year)
    "sale": (26000, 165000),
    "lease": (6000, 72000),
    "renewal": (4000, 30000),
}
TERM = {"lease": (36, 120), "renewal": (24, 84)}

# month weights: CRE closes bunch at quarter ends
MONTH_W = {1: 0.6, 2: 0.7, 3: 1.3, 4: 0.8, 5: 0.9, 6: 1.5, 7: 0.7, 8: 0.8, 9: 1.4, 10: 1.1}


def d(s):
    return dt.date.fromisoformat(s) if s else None


def rand_date(lo, hi):
    """A weekday between lo and hi (inclusive), months weighted."""
    while True:
        months = [m for m in MONTH_W if dt.date(2025, m, 1) <= hi and
                  (dt.date(2025, m + 1, 1) if m < 12 else dt.date(2026, 1, 1)) > lo]
        m = rng.choices(months, [MONTH_W[x] for x in months])[0]
        first = max(lo, dt.date(2025, m, 1))
        last = min(hi, (dt.date(2025, m + 1, 1) - dt.timedelta(days=1)))
        day = first + dt.timedelta(days=rng.randint(0, (last - first).days))
        if day.weekday() < 5:
            return day


def deal_name(account, typ, cp, product):
    if typ == "sale":
        verb = {"Land": "land sale", "Multifamily": "portfolio sale"}.get(product, "sale")
        return f"{account} - {verb} to {cp}"
    if typ == "renewal":
        return f"{account} - {cp} lease renewal"
    space = {"Office": "suite", "Retail": "storefront", "Industrial": "warehouse",
             "Multifamily": "ground-floor retail", "Land": "ground lease"}[product]
    return f"{account} - {cp} {space} lease"


rows = []
next_id = [1001]


def new_id():
    i = next_id[0]
    next_id[0] += 1
    return f"TP-{i}"


def add(did, seller, amount, close, stage="won", typ="lease", product="Office", split=None,
        probability=None, term=None, cancel=None, account="", name=""):
    rows.append({
        "id": did, "seller": seller, "amount": f"{amount:.2f}",
        "close_date": close.isoformat() if close else "", "stage": stage, "type": typ,
        "product": product, "split": split or "", "probability": probability or "",
        "term_months": term or "", "cancel_date": cancel.isoformat() if cancel else "",
        "account": account, "name": name,
    })


roster = {r[0]: r for r in ROSTER}
team_of = {r[0]: r[2] for r in ROSTER}

# ------------------------------------------------------------------- hand-placed deals
# Co-brokered: one id, two lines.
cid = new_id()
for s in ("Christopher Vance", "Jessica Tran"):
    add(cid, s, 420000, dt.date(2025, 6, 27), typ="sale", product="Office", split="0.5",
        account="One Commerce Plaza", name="One Commerce Plaza - sale to Quarry Hill REIT")
cid = new_id()
for s, sp in (("Christina Okafor", "0.6"), ("Joanna Pierce", "0.4")):
    add(cid, s, 180000, dt.date(2025, 9, 19), typ="sale", product="Retail", split=sp,
        account="Riverside Marketplace", name="Riverside Marketplace - sale to Greyfield Holdings")
cid = new_id()
for s in ("Daniel Kowalski", "Samantha Greer"):
    add(cid, s, 210000, dt.date(2025, 3, 28), typ="lease", product="Industrial", split="0.5",
        term=126, account="Gateway Logistics Park",
        name="Gateway Logistics Park - Harborline Logistics 410k sf lease")
# The one deal at 1200 5th Avenue.
add(new_id(), "Jessica Tran", 64500, dt.date(2025, 8, 14), typ="lease", product="Office",
    term=84, account="1200 5th Avenue", name="1200 5th Avenue - Halverson Law floors 7-8 lease")
# Cancelled: tenant default / rescinded sales.
add(new_id(), "Daniel Brennan", 38000, dt.date(2025, 4, 10), stage="cancelled", typ="lease",
    product="Multifamily", term=60, cancel=dt.date(2025, 8, 20), account="Harlow Station",
    name="Harlow Station - Fieldhouse Fitness ground-floor retail lease")
add(new_id(), "Luis Ortega", 52000, dt.date(2025, 2, 14), stage="cancelled", typ="sale",
    product="Land", cancel=dt.date(2025, 9, 30), account="Crane Road Site",
    name="Crane Road Site - land sale to Summit Parcel Co")
add(new_id(), "Priya Raman", 27500, dt.date(2025, 7, 8), stage="cancelled", typ="lease",
    product="Office", term=60, cancel=dt.date(2025, 9, 15), account="Sterling Court",
    name="Sterling Court - Patchwork Coworking suite lease")
add(new_id(), "Rebecca Lindqvist", 44000, dt.date(2025, 5, 20), stage="cancelled", typ="lease",
    product="Industrial", term=60, cancel=dt.date(2025, 10, 6), account="Bayview Yard",
    name="Bayview Yard - Trident Freight warehouse lease")
add(new_id(), "Owen Fitzgerald", 12800, dt.date(2025, 5, 12), stage="cancelled", typ="lease",
    product="Retail", term=36, cancel=dt.date(2025, 7, 1), account="Beacon & Main",
    name="Beacon & Main - Copper Kettle Bakery storefront lease")

hand_credit = {}
for r in rows:
    if r["stage"] in ("won", "cancelled"):
        sp = float(r["split"]) if r["split"] else 1.0
        hand_credit[r["seller"]] = hand_credit.get(r["seller"], 0) + float(r["amount"]) * sp

# ------------------------------------------------------------------- random won deals
TYPES = ("sale", "lease", "renewal")
for sid, mgr, team, start, end, quota in ROSTER:
    target, tw = PROFILE[sid]
    lo = max(YEAR_START, d(start) or YEAR_START)
    hi = min(AS_OF - dt.timedelta(days=2), d(end) or AS_OF)
    props = [p for p in PROPS[team] if p[0] not in RESERVED]
    remaining = target - hand_credit.get(sid, 0)
    picks = []
    for _ in range(COUNT[sid]):
        typ = rng.choices(TYPES, tw)[0]
        acc, product = rng.choice(props)
        if typ == "sale" and product == "Multifamily" and rng.random() < 0.5:
            typ = "lease"
        picks.append([typ, acc, product, rng.randint(*FEE[typ])])
    # scale the drawn fees so that they add up to the broker's target, in steps of 50
    scale = remaining / sum(p[3] for p in picks)
    for p in picks:
        p[3] = max(50, round(p[3] * scale / 50) * 50)
    picks[-1][3] += remaining - sum(p[3] for p in picks)
    for typ, acc, product, fee in picks:
        cp = rng.choice(COUNTERPARTIES)
        term = rng.randint(*TERM[typ]) // 6 * 6 if typ in TERM else None
        add(new_id(), sid, fee, rand_date(lo, hi), typ=typ, product=product, term=term,
            account=acc, name=deal_name(acc, typ, cp, product))

# ------------------------------------------------------------------- lost and open deals
for sid, mgr, team, start, end, quota in ROSTER:
    lo = max(YEAR_START, d(start) or YEAR_START)
    hi = min(AS_OF - dt.timedelta(days=2), d(end) or AS_OF)
    props = [p for p in PROPS[team] if p[0] not in RESERVED]
    for _ in range(rng.randint(3, 7)):  # lost: went to another brokerage, tenant stayed put
        typ = rng.choices(TYPES, (0.4, 0.45, 0.15))[0]
        acc, product = rng.choice(props)
        fee = round(rng.randint(*FEE[typ]) / 50) * 50
        cp = rng.choice(COUNTERPARTIES)
        add(new_id(), sid, fee, rand_date(lo, hi), stage="lost", typ=typ, product=product,
            account=acc, name=deal_name(acc, typ, cp, product))
    if end:
        continue
    for _ in range(rng.randint(2, 5)):  # open: LOI signed (0.4) or in escrow / out for signature (0.75)
        typ = rng.choices(TYPES, (0.4, 0.45, 0.15))[0]
        acc, product = rng.choice(props)
        lo_f, hi_f = FEE[typ]
        if sid in ("Owen Fitzgerald", "Kevin Marsh"):
            lo_f, hi_f = 4000, 30000
        fee = round(rng.randint(lo_f, hi_f) / 50) * 50
        cp = rng.choice(COUNTERPARTIES)
        close = dt.date(2025, rng.choice((11, 12)), rng.randint(3, 28))
        prob = rng.choice(("0.4", "0.4", "0.75"))
        term = rng.randint(*TERM[typ]) // 6 * 6 if typ in TERM else None
        add(new_id(), sid, fee, close, stage="open", typ=typ, product=product,
            probability=prob, term=term, account=acc, name=deal_name(acc, typ, cp, product))

# ------------------------------------------------------------------- write
rows.sort(key=lambda r: (r["close_date"], r["id"], r["seller"]))
cols = ["id", "seller", "amount", "close_date", "stage", "type", "product", "split",
        "probability", "term_months", "cancel_date", "account", "name"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols)
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "start_date", "end_date", "quota:gci"])
    for sid, mgr, team, start, end, quota in ROSTER:
        w.writerow([sid, sid, mgr, team, start or "", end or "", quota or ""])

print(f"{len(rows)} credit lines, {len(ROSTER)} brokers")
