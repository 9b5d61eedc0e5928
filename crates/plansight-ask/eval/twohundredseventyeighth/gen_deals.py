#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredseventyeighth workspace (Red River Agency
Alliance, an invented network of independent insurance agencies in Texas and Oklahoma; plan year
1 January - 31 December 2026, USD, MONTHLY payouts). Every deal is invented: a deal is a policy
(commercial or personal lines) and its amount is the policy's annual written premium in whole
dollars. Standard library only; deterministic (one random.Random with a fixed seed, consumed in a
fixed order; no clock). Run: python3 gen_deals.py

- 21 producers under 4 agency principals (ROSTER below). Kyle Mabry joined on 2026-05-11 (his
  first deals close after it). Marty Gaskins left on 2026-07-31 (nothing of his closes after it).
- Products. Commercial lines: Commercial Auto, General Liability, Workers Comp, Commercial
  Property, Business Owners Policy, Farm & Ranch. Personal lines: Homeowners, Personal Auto,
  Landlord Dwelling.
- Types: "new" (a new client), "rounding" (a new line of coverage for an existing client:
  account rounding), "renewal" (the policy renews), "rewrite" (an existing client's policy moved
  to another carrier).
- Stages: won ("bound"), lost ("QNB": quoted, not bound), open ("out to market"), cancelled
  ("flat cancel" / cancelled after binding; cancel_date set). Open submissions carry a
  probability (0.25 - 0.75) and an expected binding date after the as-of date (2026-11-13), up to
  March 2027. Won and lost deals close 2 January 2026 - 13 November 2026.
- Splits: while Kyle Mabry rides along with Glenn Whitaker, every commercial new or rounding deal
  Kyle binds before 2026-09-01 is two lines with the same id, 50% Kyle and 50% Glenn Whitaker.
  In Oklahoma, every commercial new or rounding deal of $40,000 or more of another producer is two
  lines, 60% to the producer and 40% to Curtis Blevins (the large-account producer).
- Cancellations: about 4.5% of the other deals are cancelled 3 - 200 days after binding (only
  cancellations on or before the as-of date are in the data); plan.md section 12 charges back
  those within 120 days.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 13)
YEAR_START = dt.date(2026, 1, 2)
rng = random.Random(2026278)

# id, manager, territory, role, start, end, commercial scale, personal scale, book scale
ROSTER = [
    ("Glenn Whitaker", "Dwayne Pruitt", "DFW", "Senior Commercial Producer", "", "", 1.7, 0.3, 1.9),
    ("Sherry Lindquist", "Dwayne Pruitt", "DFW", "Producer", "", "", 1.0, 0.9, 1.0),
    ("Tony Delgado", "Dwayne Pruitt", "DFW", "Producer", "", "", 1.15, 0.6, 0.9),
    ("Becky Ralston", "Dwayne Pruitt", "DFW", "Producer", "", "", 0.65, 1.3, 0.8),
    ("Kyle Mabry", "Dwayne Pruitt", "DFW", "Associate Producer", "2026-05-11", "", 0.7, 0.6, 0.2),
    ("Hollis McCrary", "Carolyn Biggs", "East Texas", "Producer", "", "", 1.25, 0.5, 1.3),
    ("Debbie Fite", "Carolyn Biggs", "East Texas", "Producer", "", "", 0.8, 1.1, 0.9),
    ("Lester Ogletree", "Carolyn Biggs", "East Texas", "Producer", "", "", 0.95, 0.7, 1.1),
    ("Pam Kirkland", "Carolyn Biggs", "East Texas", "Producer", "", "", 0.55, 1.0, 0.7),
    ("Wade Tomlinson", "Carolyn Biggs", "East Texas", "Producer", "", "", 1.05, 0.4, 0.8),
    ("Earl Haney", "Royce Tidwell", "West Texas", "Producer", "", "", 1.1, 0.4, 1.2),
    ("Connie Villarreal", "Royce Tidwell", "West Texas", "Producer", "", "", 0.85, 1.2, 0.9),
    ("Russell Dunagan", "Royce Tidwell", "West Texas", "Producer", "", "", 1.35, 0.3, 1.0),
    ("Teresa Ochoa", "Royce Tidwell", "West Texas", "Producer", "", "", 0.6, 0.9, 0.6),
    ("Marty Gaskins", "Royce Tidwell", "West Texas", "Producer", "", "2026-07-31", 0.8, 0.6, 0.7),
    ("Curtis Blevins", "Marlene Haskins", "Oklahoma", "Large Account Producer", "", "", 1.2, 0.2, 1.4),
    ("Debbie Coffman", "Marlene Haskins", "Oklahoma", "Producer", "", "", 0.75, 1.0, 0.9),
    ("Ray Sixkiller", "Marlene Haskins", "Oklahoma", "Producer", "", "", 1.0, 0.6, 1.0),
    ("Lonnie Pickens", "Marlene Haskins", "Oklahoma", "Producer", "", "", 0.9, 0.5, 0.8),
    ("Gail Ashby", "Marlene Haskins", "Oklahoma", "Personal Lines Specialist", "", "", 0.15, 2.3, 1.0),
    ("Jolene Spradlin", "Marlene Haskins", "Oklahoma", "Producer", "", "", 0.7, 0.8, 0.7),
]
# Personal quotas on the roster (plan.md 5.2, 6.2, 7.2).
QUOTAS = {
    "Glenn Whitaker": {"commercial_nb": "250000.00", "renewal_book": "2000000.00"},
    "Curtis Blevins": {"commercial_nb": "200000.00"},
    "Gail Ashby": {"commercial_nb": "40000.00", "personal_lines": "180000.00"},
}
QUOTA_COLS = ["commercial_nb", "personal_lines", "renewal_book"]

COMMERCIAL = [
    # product, low, high premium, weight
    ("Commercial Auto", 4000, 48000, 5),
    ("General Liability", 1500, 30000, 5),
    ("Workers Comp", 2500, 60000, 4),
    ("Commercial Property", 3000, 70000, 3),
    ("Business Owners Policy", 1100, 7500, 4),
    ("Farm & Ranch", 2500, 26000, 2),
]
PERSONAL = [
    ("Homeowners", 1600, 7200, 5),
    ("Personal Auto", 1200, 4800, 5),
    ("Landlord Dwelling", 900, 3600, 2),
]
REGION_BUSINESS = {
    "DFW": [
        "Arlington Sheet Metal", "Trinity River Paving", "Grand Prairie Auto Glass",
        "Denton County Landscaping", "Mesquite Smokehouse BBQ", "Irving Dental Partners",
        "Cross Timbers Roofing", "Fort Worth Stockyard Outfitters", "Lewisville Lake Marina",
        "Keller Custom Cabinets", "Garland Electric Supply", "Weatherford Horse Hauling",
    ],
    "East Texas": [
        "Tyler Rose Florist", "Longview HVAC", "Nacogdoches Timber", "Caddo Lake Marina",
        "Piney Woods Logging", "Kilgore Oilfield Services", "Marshall Pottery Outlet",
        "Lufkin Machine Works", "Jacksonville Tomato Growers", "Palestine Feed & Seed",
        "Henderson Church Furniture",
    ],
    "West Texas": [
        "Abilene Pipe & Supply", "Lubbock Cotton Gin", "Big Spring Welding", "Sweetwater Gypsum",
        "Midland Frac Sand", "San Angelo Wool Co-op", "Pecos Cantaloupe Farms",
        "Snyder Roustabout Crew", "Brownwood Tire & Lube", "Caprock Grain Elevator",
        "Odessa Hot Shot Trucking",
    ],
    "Oklahoma": [
        "Red Dirt Trucking", "Tulsa Drilling Supply", "Broken Arrow Auto Body",
        "Stillwater Creamery", "Muskogee Machine Works", "Ardmore Oilfield Services",
        "Okmulgee Brick & Tile", "Lawton Self Storage", "Enid Grain Co-op", "Guthrie Bed & Breakfast",
        "Sapulpa Sign Co", "Claremore Veterinary Clinic",
    ],
}
FAMILIES = [
    "Pritchett", "Ybarra", "Hargrove", "Dunlap", "McAdams", "Whitfield", "Gonzales", "Castleberry",
    "Pruett", "Lovelady", "Honeycutt", "Barrientos", "Stroud", "Kimbrough", "Tatum", "Vasquez",
    "Easley", "Burleson", "Goodnight", "Rhodes", "Fairchild", "Medrano", "Cates", "Holloway",
    "Yates", "Sandoval", "Ledbetter", "Pate", "Blackburn", "Ochs", "Trujillo", "Weatherby",
    "Ivey", "Nix", "Coker", "Prather",
]


def pick(items):
    total = sum(x[3] for x in items)
    r = rng.uniform(0, total)
    for it in items:
        r -= it[3]
        if r <= 0:
            return it
    return items[-1]


def premium(lo, hi):
    # skewed toward the low end, whole dollars
    u = rng.random() ** 1.8
    return int(round(lo + (hi - lo) * u))


def day_in(lo, hi):
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))


rows = []
seq = [10000]


def next_id():
    seq[0] += rng.randrange(3, 40)
    return f"RR-{seq[0]}"


for sid, mgr, terr, role, start, end, cscale, pscale, bscale in ROSTER:
    first = dt.date.fromisoformat(start) if start else YEAR_START
    last = min(dt.date.fromisoformat(end), AS_OF) if end else AS_OF
    clients = rng.sample(REGION_BUSINESS[terr], k=min(8, len(REGION_BUSINESS[terr])))
    families = rng.sample(FAMILIES, k=12)
    lines = []
    # commercial quotes (new and rounding) over the producer's months
    n_cl = int(round(rng.randint(34, 44) * cscale * ((last - first).days + 1) / 316))
    for _ in range(n_cl):
        prod, lo, hi, _w = pick(COMMERCIAL)
        typ = "rounding" if rng.random() < 0.3 else "new"
        acct = rng.choice(clients) if typ == "rounding" else rng.choice(REGION_BUSINESS[terr])
        lines.append(dict(account=acct, product=prod, type=typ, amount=premium(lo, hi),
                          close=day_in(first, last)))
    # personal quotes (new and rounding)
    n_pl = int(round(rng.randint(30, 40) * pscale * ((last - first).days + 1) / 316))
    for _ in range(n_pl):
        prod, lo, hi, _w = pick(PERSONAL)
        typ = "rounding" if rng.random() < 0.25 else "new"
        fam = rng.choice(families) if typ == "rounding" else rng.choice(FAMILIES)
        lines.append(dict(account=f"{fam} Household", product=prod, type=typ,
                          amount=premium(lo, hi), close=day_in(first, last)))
    # the renewal book: renewals and rewrites of existing clients
    n_bk = int(round(rng.randint(55, 70) * bscale * ((last - first).days + 1) / 316))
    if start:
        n_bk = int(round(n_bk * 0.5))
    for _ in range(n_bk):
        if rng.random() < 0.55:
            prod, lo, hi, _w = pick(COMMERCIAL)
            acct = rng.choice(clients)
        else:
            prod, lo, hi, _w = pick(PERSONAL)
            acct = f"{rng.choice(families)} Household"
        typ = "rewrite" if rng.random() < 0.12 else "renewal"
        lines.append(dict(account=acct, product=prod, type=typ, amount=premium(lo, hi),
                          close=day_in(first, last)))
    # new-business submissions out to market at the as-of date (active producers only)
    if not end:
        for _ in range(rng.randint(2, 6)):
            if rng.random() < cscale / (cscale + pscale):
                prod, lo, hi, _w = pick(COMMERCIAL)
                acct = rng.choice(REGION_BUSINESS[terr])
            else:
                prod, lo, hi, _w = pick(PERSONAL)
                acct = f"{rng.choice(FAMILIES)} Household"
            lines.append(dict(account=acct, product=prod, type="new", amount=premium(lo, hi),
                              close=AS_OF + dt.timedelta(days=rng.randrange(3, 80)),
                              pipeline=True))
    lines.sort(key=lambda x: (x["close"], x["product"], x["account"], x["amount"]))
    for ln in lines:
        did = next_id()
        r = rng.random()
        stage, prob, cancel = "won", "", ""
        is_new = ln["type"] in ("new", "rounding")
        close = ln["close"]
        if ln.get("pipeline"):
            stage = "open"
            prob = rng.choice(["0.25", "0.5", "0.75"])
        elif is_new and r < 0.30:
            stage = "lost"
        elif (not is_new) and r < 0.07:
            stage = "lost"   # non-renewed / lost at renewal
        elif ln["close"] > AS_OF - dt.timedelta(days=14) and r < 0.5 and not end:
            # recent submissions still out to market, expected after the as-of date
            stage = "open"
            prob = rng.choice(["0.3", "0.5", "0.7"])
            close = AS_OF + dt.timedelta(days=rng.randrange(5, 120))
        elif rng.random() < 0.045:
            cancel_on = close + dt.timedelta(days=rng.randrange(3, 200))
            if cancel_on <= AS_OF:   # a cancellation still to come is not in the data
                stage = "cancelled"
                cancel = cancel_on.isoformat()
        line = dict(id=did, seller=sid, account=ln["account"],
                    name=f"{ln['account']} {ln['product']}", type=ln["type"],
                    product=ln["product"], amount=f"{ln['amount']}.00",
                    close_date=close.isoformat(), stage=stage, split="1",
                    probability=prob, cancel_date=cancel, currency="USD")
        commercial = ln["product"] not in [p[0] for p in PERSONAL]
        partner = None
        if (sid == "Kyle Mabry" and commercial and is_new and stage in ("won", "cancelled")
                and close < dt.date(2026, 9, 1)):
            partner, shares = "Glenn Whitaker", ("0.5", "0.5")
        elif (terr == "Oklahoma" and sid != "Curtis Blevins" and commercial and is_new
              and ln["amount"] >= 40000 and stage in ("won", "cancelled")):
            partner, shares = "Curtis Blevins", ("0.6", "0.4")
        if partner:
            line["split"] = shares[0]
            rows.append(line)
            rows.append(dict(line, seller=partner, split=shares[1]))
        else:
            rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date"]
               + [f"quota:{m}" for m in QUOTA_COLS])
    for sid, mgr, terr, role, start, end, *_ in ROSTER:
        q = QUOTAS.get(sid, {})
        w.writerow([sid, sid, mgr, terr, role, start, end] + [q.get(m, "") for m in QUOTA_COLS])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
