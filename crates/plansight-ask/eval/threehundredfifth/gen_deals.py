#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredfifth workspace (Stone Arch Bank, N.A.,
an invented Minneapolis commercial bank; its Treasury Management Sales team sells deposits, cash
management services and commercial card programs to businesses and public bodies in the Twin
Cities; plan year = calendar year 1 January - 31 December 2026, USD, QUARTERLY payouts).
Standard library only; deterministic (every choice is an md5 hash of a fixed string; no clock,
no random stream). Run: python3 gen_deals.py

- 16 Treasury Management Officers (TMOs) under 3 Treasury Sales Managers (ROSTER below). Each
  officer covers a book of 12 invented client accounts (place word + business kind, a few public
  bodies for the Government Banking Officer); no two officers share an account.
- Each officer has a number of opportunities for the year (70 x their volume factor), each with
  an expected close date 5 January 2026 + (hash mod 360) days, a product by weighted hash and an
  amount in whole dollars from the product's range (fee products: ANNUALIZED fee or card revenue,
  rounded to $10; deposit products: the 90-day average balance, rounded to $5,000).
- AS OF = 2026-08-21. Opportunities dated on or before it are won (62%), lost (30%) or still open
  and overdue (8%, probability 0.4; a leaver's are lost instead); later ones are open with
  probability 0.2 / 0.4 / 0.6 / 0.8. A third of the Government Banking Officer's fee
  opportunities become Money Market or Operating Account ones (his public book leans to deposits).
- Types: an account is an existing client (before 2026) when hash mod 3 = 0. In close-date
  order, an officer's first won deal at a non-client account is "new" (new to bank), every later
  one there "expansion"; at an existing client a fee deal is "renewal" when hash mod 4 = 0 (a
  renewed service or card agreement: no measure credits it), else "expansion". Open and lost
  opportunities take the type they would have if won on their date.
- Co-coverage splits (plan.md 3.5): a won or cancelled deal of $20,000 or more of annual fee
  revenue, or $3,000,000 or more of balance, with hash mod 4 = 0 is two lines with the same id,
  50% to the officer and 50% to a teammate (same manager, active on the close date) by hash.
- Attrition (cancellations): a won deal closed on or before 2026-08-07 with hash mod 12 = 0 is
  cancelled on close + 15 + (hash mod 240) days when that date is on or before the as-of date
  (else it stays won); only those within 180 days of close are clawed back (plan.md 10).
- Tou Xiong had a slow first quarter: his opportunities dated before 1 April 2026 are won 5% of
  the time instead of 62%.
- Roster: Kristin Halvorsen (Senior TMO) carries her own quarterly fee quota, Greg Nygaard
  (Government Banking Officer) his own annual deposit quota. Brian Thao joined on 2026-04-13,
  Nicole Brandt left on 2026-07-24 (no opportunity of theirs outside their dates). Two officers
  are called Erik (Erik Lindqvist, Downtown; Erik Dahl, West Metro).
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 21)
YEAR0 = dt.date(2026, 1, 5)
CANCEL_BY = dt.date(2026, 8, 7)

ROSTER = [
    # id, manager, territory, role, start_date, end_date, volume, quota:tm_fees, quota:core_deposits
    ("Kristin Halvorsen", "Dana Sorensen", "Downtown", "Senior Treasury Management Officer", "", "", 1.6, "105000.00", ""),
    ("Erik Lindqvist", "Dana Sorensen", "Downtown", "Treasury Management Officer", "", "", 1.0, "", ""),
    ("Pa Houa Vang", "Dana Sorensen", "Downtown", "Treasury Management Officer", "", "", 1.15, "", ""),
    ("Marcus Bell", "Dana Sorensen", "Downtown", "Treasury Management Officer", "", "", 0.8, "", ""),
    ("Jennifer Ostrowski", "Dana Sorensen", "Downtown", "Treasury Management Officer", "", "", 0.95, "", ""),
    ("Erik Dahl", "Tom Brekke", "West Metro", "Treasury Management Officer", "", "", 1.1, "", ""),
    ("Amina Warsame", "Tom Brekke", "West Metro", "Treasury Management Officer", "", "", 1.25, "", ""),
    ("Greg Nygaard", "Tom Brekke", "West Metro", "Government Banking Officer", "", "", 0.9, "", "30000000.00"),
    ("Sarah Pederson", "Tom Brekke", "West Metro", "Treasury Management Officer", "", "", 0.7, "", ""),
    ("Brian Thao", "Tom Brekke", "West Metro", "Treasury Management Officer", "2026-04-13", "", 0.9, "", ""),
    ("Chad Gustafson", "Renee Castillo", "East Metro", "Treasury Management Officer", "", "", 1.05, "", ""),
    ("Tou Xiong", "Renee Castillo", "East Metro", "Treasury Management Officer", "", "", 0.85, "", ""),
    ("Nicole Brandt", "Renee Castillo", "East Metro", "Treasury Management Officer", "", "2026-07-24", 0.9, "", ""),
    ("Leah Engstrom", "Renee Castillo", "East Metro", "Treasury Management Officer", "", "", 1.2, "", ""),
    ("Samuel Adeyemi", "Renee Castillo", "East Metro", "Treasury Management Officer", "", "", 0.75, "", ""),
    ("Molly Fitzgerald", "Renee Castillo", "East Metro", "Treasury Management Officer", "", "", 1.0, "", ""),
]

# product: (weight, low, high, step, side)
PRODUCTS = [
    ("ACH Origination", 18, 1800, 9600, 10, "fee"),
    ("Positive Pay", 16, 1200, 6000, 10, "fee"),
    ("Wire Services", 12, 2400, 14000, 10, "fee"),
    ("Remote Deposit Capture", 14, 900, 4800, 10, "fee"),
    ("Lockbox", 6, 12000, 48000, 10, "fee"),
    ("Integrated Payables", 7, 8000, 32000, 10, "fee"),
    ("Purchasing Card", 8, 6000, 42000, 10, "fee"),
    ("Virtual Card", 5, 5000, 30000, 10, "fee"),
    ("Operating Account", 12, 150000, 3000000, 5000, "dep"),
    ("Money Market", 7, 250000, 5000000, 5000, "dep"),
    ("Sweep Account", 4, 1000000, 9000000, 5000, "dep"),
]
TOTAL_W = sum(p[1] for p in PRODUCTS)

PLACES = [
    "Nicollet", "Hennepin", "Lyndale", "Minnehaha", "Nokomis", "Como", "Harriet", "Cedar",
    "Riverside", "Marquette", "Kenwood", "Longfellow", "Powderhorn", "Seward", "Phalen",
    "Selby", "Snelling", "Northeast", "Dinkytown", "Linden Hills", "Mill City", "Bde Maka Ska",
    "Loring Park", "Bloomington", "Shakopee", "Anoka", "Stillwater", "Hastings", "Roseville",
    "Maplewood", "Eagan", "Burnsville", "Plymouth", "Maple Grove", "Edina", "Wayzata",
]
KINDS = [
    "Dental Group", "Cold Storage", "Auto Group", "Plumbing Supply", "Millwork", "Family Clinic",
    "Brewing Co", "Property Management", "Logistics", "Veterinary Hospital", "Construction",
    "Senior Living", "Foods", "Printing", "Heating & Cooling", "Law Group", "Orthopedics",
    "Steel Fabrication", "Hardware", "Bakery", "Landscaping", "Furniture", "Medical Supply",
    "Electric", "Charter School", "Trucking", "Marine", "Outfitters",
]
PUBLIC = [
    "Elm Creek School District", "North Metro Water Authority", "Crow River Township",
    "Three Lakes Library District", "Minnetonka Valley Transit", "Rum River Watershed District",
    "Credit River Fire District", "West Metro Parks Board",
]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def pick_product(x):
    r = x % TOTAL_W
    for p in PRODUCTS:
        if r < p[1]:
            return p
        r -= p[1]
    raise AssertionError


# Books of business: 12 accounts each, no account shared.
used = set()
BOOK = {}
for sid, *_ in ROSTER:
    accts = []
    if sid == "Greg Nygaard":
        accts = list(PUBLIC)
    k = 0
    while len(accts) < 12:
        x = h(f"{sid}|acct|{k}")
        name = f"{PLACES[x % len(PLACES)]} {KINDS[(x // 97) % len(KINDS)]}"
        k += 1
        if name in used:
            continue
        used.add(name)
        accts.append(name)
    BOOK[sid] = accts

opps = []
for sid, mgr, terr, role, start, end, vol, qf, qd in ROSTER:
    n = round(70 * vol)
    s = dt.date.fromisoformat(start) if start else dt.date(2026, 1, 1)
    e = dt.date.fromisoformat(end) if end else dt.date(2026, 12, 31)
    for k in range(n):
        x = h(f"{sid}|opp|{k}")
        close = YEAR0 + dt.timedelta(days=x % 360)
        if close < s or close > e:
            continue
        prod = pick_product(x // 1000)
        name, _, lo, hi, step, side = prod
        span = (hi - lo) // step
        amount = lo + ((x // 7919) % (span + 1)) * step
        if sid == "Greg Nygaard" and side == "fee" and (x // 13) % 3 == 0:
            # the public-sector book leans to deposits
            prod = PRODUCTS[9] if (x // 17) % 2 else PRODUCTS[8]
            name, _, lo, hi, step, side = prod
            amount = lo + ((x // 7919) % ((hi - lo) // step + 1)) * step
        acct = BOOK[sid][(x // 31) % 12]
        r = (x // 101) % 100
        prob = ""
        slow = sid == "Tou Xiong" and close < dt.date(2026, 4, 1)
        if close <= AS_OF:
            if r < (5 if slow else 62):
                stage = "won"
            elif r < 92:
                stage = "lost"
            else:
                stage = "open"
                prob = "0.4"
            if end and stage == "open":
                stage = "lost"
                prob = ""
        else:
            stage = "open"
            prob = ["0.2", "0.4", "0.6", "0.8"][(x // 211) % 4]
        opps.append(dict(x=x, seller=sid, account=acct, product=name, side=side,
                         amount=amount, close=close, stage=stage, prob=prob))

opps.sort(key=lambda o: (o["close"], o["seller"], o["x"]))
client_won = set()
rows = []
n_id = 10001
active = {r[0]: (r[4], r[5]) for r in ROSTER}
team = {}
for r in ROSTER:
    team.setdefault(r[1], []).append(r[0])
for o in opps:
    x = o["x"]
    existing = h(o["account"]) % 3 == 0
    key = (o["seller"], o["account"])
    if existing or key in client_won:
        if o["side"] == "fee" and (x // 5) % 4 == 0 and existing:
            typ = "renewal"
        else:
            typ = "expansion"
    else:
        typ = "new"
    stage = o["stage"]
    cancel = ""
    if stage == "won":
        client_won.add(key)
        c = o["close"] + dt.timedelta(days=15 + (x // 29) % 240)
        if o["close"] <= CANCEL_BY and (x // 23) % 12 == 0 and c <= AS_OF:
            stage = "cancelled"
            cancel = c.isoformat()
    did = f"TM-{n_id}"
    n_id += 1
    line = dict(id=did, seller=o["seller"], account=o["account"],
                name=f"{o['account']} {o['product']}", type=typ, product=o["product"],
                amount=f"{o['amount']}.00",
                close_date=o["close"].isoformat(), stage=stage, split="1",
                probability=o["prob"], cancel_date=cancel, currency="USD")
    big = o["amount"] >= (20000 if o["side"] == "fee" else 3000000)
    partner = None
    if stage in ("won", "cancelled") and big and (x // 37) % 4 == 0:
        mgr = next(r[1] for r in ROSTER if r[0] == o["seller"])
        mates = []
        for m in team[mgr]:
            if m == o["seller"]:
                continue
            st, en = active[m]
            if st and o["close"] < dt.date.fromisoformat(st):
                continue
            if en and o["close"] > dt.date.fromisoformat(en):
                continue
            mates.append(m)
        partner = mates[(x // 41) % len(mates)]
    if partner:
        line["split"] = "0.5"
        rows.append(line)
        rows.append(dict(line, seller=partner, split="0.5"))
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
                "quota:tm_fees", "quota:core_deposits"])
    for sid, mgr, terr, role, start, end, vol, qf, qd in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qf, qd])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
