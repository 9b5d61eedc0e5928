#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredth workspace (Alpenglow HVAC Supply, an
invented Denver wholesale distributor of heating and cooling equipment, parts and service
agreements that sells to HVAC contractors from three branches; plan year = calendar 2026, USD,
MONTHLY payouts). Standard library only; deterministic (every choice is an md5 hash of a key
string; no clock, no random stream). Run: python3 gen_deals.py

- 17 sales reps under 3 branch managers (ROSTER). Each rep has a "book" of contractor accounts
  drawn from their branch's pool, and a strength that scales how many unit quotes they write.
- Every month of 2026 a rep writes quotes (opportunities): equipment ("units": Gas Furnace, AC
  Condenser, Cold Climate Heat Pump, Ductless Mini-Split, Packaged Rooftop Unit), Parts &
  Supplies orders and service agreements (Labor Shield Warranty, Commercial Service Agreement).
  The product mix is seasonal (condensers peak May-August, furnaces September-January) and by
  role (the Commercial Sales Specialist writes rooftop units and commercial agreements; inside
  reps write more parts and mini-splits).
- A quote closing on or before AS_OF (2026-08-21) is won or lost (hash against the rep's win
  rate); one closing after AS_OF, up to 2026-10-31, is open, with probability 0.25, 0.5 or 0.75;
  a few quotes expected in August 1-20 are still open (overdue). Quotes after 2026-10-31 are
  not written.
- Amounts in USD, whole dollars: open and lost quotes and won orders alike from the product's
  range, scaled by hash.
- Deal types: "project" (a commercial spec job) for a third of rooftop units and commercial
  agreements; "new" for the first quote of the year with an account the rep opened this year
  (a quarter of each rep's book); otherwise "repeat".
- Splits (plan.md 3.4): every won or cancelled Packaged Rooftop Unit of an outside rep other
  than Jen Nakamura is two lines with the same id, 75% to the rep and 25% to Jen Nakamura (the
  Commercial Sales Specialist). Aaliyah Johnson (hired 2026-04-13) rides along with Kevin
  Brandt: his won or cancelled orders from her start date with hash mod 5 = 0 are 50% / 50%.
- Send-backs (cancellations): a won order closed on or before 2026-08-10 with hash mod 23 = 0
  is cancelled, cancel_date = close + 6 + (hash mod 100) days, at the latest AS_OF (plan.md 11:
  only send-backs within 60 days of close are clawed back).
- Roster: Ryan Delgado (Senior Territory Manager) and Jen Nakamura (Commercial Sales
  Specialist) carry their own quarterly Unit Sales quota. Aaliyah Johnson joined 2026-04-13;
  Colt Pruitt left 2026-06-19 (no quotes outside their dates). Two reps are called Ryan.
- Ids: "Q26-" and a 5-digit number, numbered in order of close date.
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 21)
OPEN_UNTIL = dt.date(2026, 10, 31)
CANCEL_BY = dt.date(2026, 8, 10)

# id, manager, territory, role, start, end, quota:unit_sales, strength, win rate %, inside?
ROSTER = [
    ("Ryan Delgado", "Gary Lindqvist", "Commerce City", "Senior Territory Manager", "", "", "400000.00", 150, 64, False),
    ("Kevin Brandt", "Gary Lindqvist", "Commerce City", "Outside Sales Rep", "", "", "", 100, 60, False),
    ("Maria Espinoza", "Gary Lindqvist", "Commerce City", "Outside Sales Rep", "", "", "", 118, 66, False),
    ("Tyler Dunn", "Gary Lindqvist", "Commerce City", "Inside Sales Rep", "", "", "", 70, 58, True),
    ("Brett Kowalczyk", "Gary Lindqvist", "Commerce City", "Outside Sales Rep", "", "", "", 66, 52, False),
    ("Aaliyah Johnson", "Gary Lindqvist", "Commerce City", "Outside Sales Rep", "2026-04-13", "", "", 70, 55, False),
    ("Ryan Whitaker", "Dana Okafor", "Englewood", "Outside Sales Rep", "", "", "", 92, 61, False),
    ("Luis Carrillo", "Dana Okafor", "Englewood", "Outside Sales Rep", "", "", "", 128, 63, False),
    ("Heather Sandoval", "Dana Okafor", "Englewood", "Outside Sales Rep", "", "", "", 84, 57, False),
    ("DeShawn Price", "Dana Okafor", "Englewood", "Outside Sales Rep", "", "", "", 104, 62, False),
    ("Megan O'Rourke", "Dana Okafor", "Englewood", "Inside Sales Rep", "", "", "", 66, 60, True),
    ("Colt Pruitt", "Dana Okafor", "Englewood", "Outside Sales Rep", "", "2026-06-19", "", 76, 54, False),
    ("Jen Nakamura", "Rich Valdez", "Lakewood", "Commercial Sales Specialist", "", "", "450000.00", 120, 58, False),
    ("Bobby Tran", "Rich Valdez", "Lakewood", "Outside Sales Rep", "", "", "", 110, 62, False),
    ("Sam Hollister", "Rich Valdez", "Lakewood", "Outside Sales Rep", "", "", "", 56, 52, False),
    ("Kayla Beck", "Rich Valdez", "Lakewood", "Outside Sales Rep", "", "", "", 88, 60, False),
    ("Nate Yazzie", "Rich Valdez", "Lakewood", "Outside Sales Rep", "", "", "", 96, 59, False),
]

POOL = {
    "Commerce City": [
        "Brighton Heating & Air", "Thornton Home Comfort", "Northglenn Furnace Co",
        "Stapleton Service Co", "Commerce City Refrigeration", "RiNo Mechanical",
        "Henderson Sheet Metal", "Federal Heights Heating", "Westminster Air Pros",
        "Bear Creek Heating & Air", "Eastlake Comfort Systems", "Globeville Mechanical",
        "Reunion Home Services", "Adams County Plumbing & Heating", "Welby Air",
        "DIA Facilities Group",
    ],
    "Englewood": [
        "Littleton Furnace Works", "Highlands Ranch Heating", "Castle Rock Climate",
        "Parker Air Solutions", "Wash Park Heating", "Cherry Creek Climate Control",
        "Centennial Comfort", "Sheridan Sheet Metal", "Lone Tree Mechanical",
        "Bear Creek Mechanical", "Englewood Heating & Cooling", "Ken Caryl Air",
        "Tech Center Facilities", "Aurora Air Pros", "Greenwood Mechanical Contractors",
        "Sedalia Propane & Heating",
    ],
    "Lakewood": [
        "Green Mountain Air", "Golden Triangle Mechanical", "Evergreen Mountain Heating",
        "Conifer Comfort", "Morrison Hills HVAC", "Sloans Lake Heating",
        "Arvada Sheet Metal", "Wheat Ridge Heating & Air", "Applewood Air",
        "Belmar Mechanical", "Red Rocks Refrigeration", "Bergen Park Heating",
        "Mines Campus Facilities", "Edgewater Comfort", "Lakewood Cooling Co",
        "Foothills Commercial Mechanical",
    ],
}
COMMERCIAL = {"DIA Facilities Group", "Tech Center Facilities", "Mines Campus Facilities",
              "Golden Triangle Mechanical", "Foothills Commercial Mechanical",
              "Greenwood Mechanical Contractors", "RiNo Mechanical",
              "Commerce City Refrigeration"}

# product: (low, high) amount range in dollars
RANGE = {
    "Gas Furnace": (2600, 16000),
    "AC Condenser": (3200, 19000),
    "Cold Climate Heat Pump": (5200, 26000),
    "Ductless Mini-Split": (1800, 11000),
    "Packaged Rooftop Unit": (16000, 78000),
    "Parts & Supplies": (240, 3600),
    "Labor Shield Warranty": (450, 3200),
    "Commercial Service Agreement": (2600, 14500),
}
UNITS = ["Gas Furnace", "AC Condenser", "Cold Climate Heat Pump", "Ductless Mini-Split",
         "Packaged Rooftop Unit"]
# seasonal weights of the residential units, month 1..12
SEASON = {
    "Gas Furnace":            [9, 7, 5, 3, 2, 1, 1, 2, 5, 8, 10, 10],
    "AC Condenser":           [1, 1, 2, 4, 8, 10, 10, 8, 4, 2, 1, 1],
    "Cold Climate Heat Pump": [5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6],
    "Ductless Mini-Split":    [2, 2, 3, 3, 4, 5, 5, 4, 3, 3, 2, 2],
    "Packaged Rooftop Unit":  [1, 1, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1],
}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def pick(weights, x):
    total = sum(w for _, w in weights)
    r = x % total
    for name, w in weights:
        if r < w:
            return name
        r -= w
    return weights[-1][0]


def days_in(month):
    nxt = dt.date(2026 + month // 12, month % 12 + 1, 1)
    return (nxt - dt.date(2026, month, 1)).days


def amount_of(product, x, scale=100):
    lo, hi = RANGE[product]
    a = lo + (x % (hi - lo + 1))
    a = a * scale // 100
    return max(a, 50)


rows = []
for sid, mgr, terr, role, start, end, q, strength, winrate, inside in ROSTER:
    start_d = dt.date.fromisoformat(start) if start else dt.date(2026, 1, 1)
    end_d = dt.date.fromisoformat(end) if end else dt.date(2026, 12, 31)
    pool = POOL[terr]
    book = [a for a in pool if h(sid + "|book|" + a) % 3 != 0]
    if role == "Commercial Sales Specialist":
        book = sorted(set(book) | {a for a in pool if a in COMMERCIAL})
    opened = {a for a in book if h(sid + "|opened|" + a) % 4 == 0}
    for m in range(1, 13):
        x0 = h(f"{sid}|{m}")
        n_units = (9 + x0 % 5) * strength // 100
        n_parts = (3 if not inside else 7) + (x0 // 5) % 3
        n_paper = 2 + (x0 // 17) % 3
        if role == "Commercial Sales Specialist":
            n_units = 4 + x0 % 3
            n_parts = 1
        slots = ([("unit", k) for k in range(n_units)] + [("parts", k) for k in range(n_parts)]
                 + [("paper", k) for k in range(n_paper)])
        for kind, k in slots:
            x = h(f"{sid}|{m}|{kind}|{k}")
            day = 1 + x % days_in(m)
            close = dt.date(2026, m, day)
            if close < start_d or close > end_d or close > OPEN_UNTIL:
                continue
            y = x // 1000
            if kind == "unit":
                if role == "Commercial Sales Specialist":
                    product = pick([("Packaged Rooftop Unit", 7), ("Cold Climate Heat Pump", 2),
                                    ("AC Condenser", 1)], y)
                else:
                    w = [(p, SEASON[p][m - 1] * (2 if inside and p == "Ductless Mini-Split" else 1))
                         for p in UNITS]
                    if inside:
                        w = [(p, v) for p, v in w if p != "Packaged Rooftop Unit"]
                    product = pick(w, y)
            elif kind == "parts":
                product = "Parts & Supplies"
            else:
                commercial_share = 6 if role == "Commercial Sales Specialist" else 1
                product = pick([("Labor Shield Warranty", 3),
                                ("Commercial Service Agreement", commercial_share)], y)
            scale = 60 if inside and product in UNITS else 100
            amount = amount_of(product, y // 7, scale)
            if product in ("Packaged Rooftop Unit", "Commercial Service Agreement"):
                com = [a for a in book if a in COMMERCIAL] or book
                account = com[(y // 13) % len(com)]
            else:
                account = book[(y // 13) % len(book)]
            z = y // 31
            prob, cancel = "", ""
            if close <= AS_OF:
                stage = "won" if z % 100 < winrate else "lost"
                if stage == "won" and close >= dt.date(2026, 8, 1) and (z // 100) % 9 == 0:
                    stage, prob = "open", "0.5"
            else:
                stage = "open"
                prob = ("0.25", "0.5", "0.75")[(z // 100) % 3]
            if stage == "won" and close <= CANCEL_BY and (z // 7) % 23 == 0:
                stage = "cancelled"
                cancel = min(close + dt.timedelta(days=6 + (z // 11) % 100), AS_OF).isoformat()
            rows.append(dict(seller=sid, account=account, product=product, amount=amount,
                             close=close, stage=stage, prob=prob, cancel=cancel, key=x,
                             opened=account in opened,
                             rtu_split=(product == "Packaged Rooftop Unit"
                                        and role not in ("Commercial Sales Specialist",
                                                         "Inside Sales Rep"))))

rows.sort(key=lambda r: (r["close"], r["seller"], r["key"]))
seen_new = set()
for i, r in enumerate(rows):
    r["id"] = f"Q26-{10000 + 7 * i + r['key'] % 7:05d}"
    if r["product"] in ("Packaged Rooftop Unit", "Commercial Service Agreement") and (r["key"] // 3) % 3 == 0:
        r["type"] = "project"
    elif r["opened"] and (r["seller"], r["account"]) not in seen_new:
        r["type"] = "new"
        seen_new.add((r["seller"], r["account"]))
    else:
        r["type"] = "repeat"

AALIYAH_START = dt.date(2026, 4, 13)
out = []
for r in rows:
    line = dict(id=r["id"], seller=r["seller"], account=r["account"],
                name=f"{r['account']} {r['product']}", type=r["type"], product=r["product"],
                amount=f"{r['amount']}.00", close_date=r["close"].isoformat(), stage=r["stage"],
                split="1", probability=r["prob"], cancel_date=r["cancel"], currency="USD")
    partner = None
    if r["stage"] in ("won", "cancelled"):
        if r["rtu_split"]:
            partner, share = "Jen Nakamura", ("0.75", "0.25")
        elif (r["seller"] == "Kevin Brandt" and r["close"] >= AALIYAH_START
              and (r["key"] // 41) % 5 == 0):
            partner, share = "Aaliyah Johnson", ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        out.append(line)
        out.append(dict(line, seller=partner, split=share[1]))
    else:
        out.append(line)

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
                "quota:unit_sales"])
    for sid, mgr, terr, role, start, end, q, *_ in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(out), "deal lines;",
      {s: sum(1 for x in out if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
