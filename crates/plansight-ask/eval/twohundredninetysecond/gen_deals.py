#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredninetysecond workspace (Irwell Document
Solutions Ltd, an invented Manchester office print and managed-document-services company:
copier and MFP leases, production presses, managed print contracts, print management software,
consumables agreements; UK businesses and councils; plan year 1 April 2026 - 31 March 2027,
GBP, MONTHLY payouts). The deals are invented here, not taken from an export.
Standard library only; deterministic (every choice is an md5 hash of a fixed string; no clock,
no random stream). Run: python3 gen_deals.py

- 16 account managers (ROSTER) under 3 area managers. Each has a number of opportunities for
  the year (OPPS) and an amount factor (SIZE); opportunity k of seller s is decided by
  md5("s|k|field").
- Close dates spread over the plan year (1 April 2026 + hash mod 365 days; a weekend, Christmas
  or New Year's Day date moves back to the working day before). AS OF = 2027-02-19 (a Friday).
  An opportunity closing on or before the as-of date is won (about 62%) or lost; one closing
  after it is open (probability 0.2 / 0.4 / 0.6 / 0.8 by hash). A lost opportunity closing in
  the 30 days before the as-of date stays open instead (probability 0.5): overdue quotes.
- Products (hash mod 100): Office MFP 42, Desktop Printer 9, Document Scanner 8, Wide Format
  Plotter 6, Production Press 2, Managed Print Contract 18, Print Management Software 7,
  Consumables Agreement 8. The Production Print Specialist (Natalie Grimshaw) sells mostly
  presses and plotters (SPECIALIST_PRODUCTS). Amounts in whole pounds: a range per product x the seller's SIZE; lost
  and open opportunities carry the quoted amount the same way.
- Type: a Managed Print Contract or Consumables Agreement is "renewal" when hash mod 3 = 0;
  hardware is "upgrade" when hash mod 3 = 0 (a swap-out for an existing customer); the rest is
  "new" (a conquest). Term: hardware on lease 36 / 48 / 60 months (hash mod 4 = 3: bought
  outright, no term); managed print contracts and agreements 36 / 48 / 60.
- Accounts: each area has 11 customers (councils, schools, businesses); a seller sells to their
  own area's customers; the Production Print Specialist to anyone's.
- Splits (plan.md 3.5): every won or cancelled Production Press of an account manager other
  than Natalie Grimshaw is two lines with the same id, 70% to the account manager and 30% to
  Natalie Grimshaw.
- Cancellations ("shredded"): a won deal closed on or before 2027-02-05 with hash mod 22 = 0 is
  cancelled, cancel_date = close + 8 + (hash mod 130) days, at the latest the as-of date (only
  those within 90 days of close are clawed back, plan.md 11).
- Roster: Lee Brannigan (Senior Account Manager) and Natalie Grimshaw (Production Print
  Specialist) carry their own quarterly hardware quota. Ryan Sutcliffe joined on 2026-09-14
  (nothing of his before it); Scott Kenyon left on 2026-11-20 (nothing of his after it). Two
  account managers are called Ryan.
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PLAN_START = dt.date(2026, 4, 1)
AS_OF = dt.date(2027, 2, 19)
CANCEL_BY = dt.date(2027, 2, 5)

ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:hardware
    ("Lee Brannigan", "Karen Whitworth", "Greater Manchester", "Senior Account Manager", "", "", "150000.00"),
    ("Amy Holt", "Karen Whitworth", "Greater Manchester", "Account Manager", "", "", ""),
    ("Danny Okafor", "Karen Whitworth", "Greater Manchester", "Account Manager", "", "", ""),
    ("Hannah Moss", "Karen Whitworth", "Greater Manchester", "Account Manager", "", "", ""),
    ("Ryan Sutcliffe", "Karen Whitworth", "Greater Manchester", "Account Manager", "2026-09-14", "", ""),
    ("Chloe Davenport", "Dean Ashworth", "Cheshire & Merseyside", "Account Manager", "", "", ""),
    ("Ryan Mulholland", "Dean Ashworth", "Cheshire & Merseyside", "Account Manager", "", "", ""),
    ("Priya Chauhan", "Dean Ashworth", "Cheshire & Merseyside", "Account Manager", "", "", ""),
    ("Scott Kenyon", "Dean Ashworth", "Cheshire & Merseyside", "Account Manager", "", "2026-11-20", ""),
    ("Megan Fairclough", "Dean Ashworth", "Cheshire & Merseyside", "Account Manager", "", "", ""),
    ("Jordan Lowe", "Andy Pilling", "Lancashire & Cumbria", "Account Manager", "", "", ""),
    ("Bethany Cross", "Andy Pilling", "Lancashire & Cumbria", "Account Manager", "", "", ""),
    ("Imran Hussain", "Andy Pilling", "Lancashire & Cumbria", "Account Manager", "", "", ""),
    ("Gemma Rigby", "Andy Pilling", "Lancashire & Cumbria", "Account Manager", "", "", ""),
    ("Tom Entwistle", "Andy Pilling", "Lancashire & Cumbria", "Account Manager", "", "", ""),
    ("Natalie Grimshaw", "Andy Pilling", "Lancashire & Cumbria", "Production Print Specialist", "", "", "180000.00"),
]
OPPS = {
    "Lee Brannigan": 150, "Amy Holt": 118, "Danny Okafor": 96, "Hannah Moss": 108,
    "Ryan Sutcliffe": 46, "Chloe Davenport": 122, "Ryan Mulholland": 100, "Priya Chauhan": 112,
    "Scott Kenyon": 100, "Megan Fairclough": 80, "Jordan Lowe": 120, "Bethany Cross": 104,
    "Imran Hussain": 92, "Gemma Rigby": 108, "Tom Entwistle": 74, "Natalie Grimshaw": 36,
}
SIZE = {
    "Lee Brannigan": 1.25, "Amy Holt": 1.05, "Danny Okafor": 0.9, "Hannah Moss": 1.0,
    "Ryan Sutcliffe": 0.95, "Chloe Davenport": 1.1, "Ryan Mulholland": 0.95, "Priya Chauhan": 1.0,
    "Scott Kenyon": 0.9, "Megan Fairclough": 0.8, "Jordan Lowe": 1.1, "Bethany Cross": 0.95,
    "Imran Hussain": 0.9, "Gemma Rigby": 1.0, "Tom Entwistle": 0.75, "Natalie Grimshaw": 1.0,
}
SPECIALIST = "Natalie Grimshaw"
PRODUCTS = [  # (product, share of 100, low, high) amounts in pounds before SIZE
    ("Office MFP", 42, 3200, 14500),
    ("Desktop Printer", 9, 450, 2400),
    ("Document Scanner", 8, 900, 5200),
    ("Wide Format Plotter", 6, 6500, 21000),
    ("Production Press", 2, 28000, 82000),
    ("Managed Print Contract", 18, 1800, 12500),
    ("Print Management Software", 7, 1000, 5200),
    ("Consumables Agreement", 8, 600, 3400),
]
SPECIALIST_PRODUCTS = [
    ("Production Press", 22, 28000, 82000),
    ("Wide Format Plotter", 38, 6500, 21000),
    ("Office MFP", 25, 3200, 14500),
    ("Print Management Software", 15, 1000, 5200),
]
HARDWARE = {"Office MFP", "Desktop Printer", "Document Scanner", "Wide Format Plotter", "Production Press"}
ACCOUNTS = {
    "Greater Manchester": [
        "Stockport Council", "Bury Council", "Wigan Council", "Hartley & Roe Solicitors",
        "Ancoats Design Studio", "Deansgate Dental Group", "Bolton Bakery Supplies",
        "Oldham Textile Co", "Salford Quays Media", "Timperley Learning Trust",
        "Stretford Print Finishers",
    ],
    "Cheshire & Merseyside": [
        "Cheshire West Council", "Halton Borough Council", "Wirral Council",
        "Mersey Marine Insurance", "Northwich Salt Works", "Crewe Rail Components",
        "Wirral Property Lettings", "Runcorn Chemicals", "Wilmslow Private Clinic",
        "Macclesfield Silk Partners", "Chester Walls Hotel",
    ],
    "Lancashire & Cumbria": [
        "Pendle Borough Council", "Wyre Council", "Cumberland Council", "Ribble Valley Estates",
        "Lune Valley Vets", "Fylde Coast Caravans", "Chorley Brewing Co", "Preston Dock Storage",
        "Burnley Engineering Group", "Lytham Wealth Management", "Kendal Outdoor Gear",
    ],
}
ALL_ACCOUNTS = [a for area in ACCOUNTS.values() for a in area]
TERR = {r[0]: r[2] for r in ROSTER}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}


def h(*parts):
    return int(hashlib.md5("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


def working_day(d):
    """Orders are signed on working days: a weekend, Christmas or New Year's Day date moves back
    to the working day before it."""
    while d.weekday() >= 5 or (d.month, d.day) in ((12, 25), (12, 26), (1, 1)):
        d -= dt.timedelta(days=1)
    return d


def pick(table, x):
    total = sum(t[1] for t in table)
    x %= total
    for t in table:
        if x < t[1]:
            return t
        x -= t[1]
    raise AssertionError


rows = []
used_ids = set()
for sid, *_ in ROSTER:
    for k in range(OPPS[sid]):
        oid_num = h(sid, k, "id") % 900000 + 100000
        while oid_num in used_ids:
            oid_num += 1
        used_ids.add(oid_num)
        oid = f"IRW-{oid_num}"
        start = dt.date.fromisoformat(START[sid]) if START[sid] else PLAN_START
        end = dt.date.fromisoformat(END[sid]) if END[sid] else dt.date(2027, 3, 31)
        span = (end - start).days + 1
        close = working_day(start + dt.timedelta(days=h(sid, k, "date") % span))
        table = SPECIALIST_PRODUCTS if sid == SPECIALIST else PRODUCTS
        product, _, lo, hi = pick(table, h(sid, k, "product"))
        amount = round((lo + h(sid, k, "amount") % (hi - lo + 1)) * SIZE[sid])
        if sid == SPECIALIST:
            account = ALL_ACCOUNTS[h(sid, k, "account") % len(ALL_ACCOUNTS)]
        else:
            area = ACCOUNTS[TERR[sid]]
            account = area[h(sid, k, "account") % len(area)]
        x = h(sid, k, "type")
        if product in HARDWARE:
            typ = "upgrade" if x % 3 == 0 else "new"
            term = "" if (x // 3) % 4 == 3 else str([36, 48, 60][(x // 12) % 3])
        else:
            typ = "renewal" if (product != "Print Management Software" and x % 3 == 0) else "new"
            term = str([36, 48, 60][(x // 12) % 3])
        s = h(sid, k, "stage")
        prob, cancel = "", ""
        if close <= AS_OF:
            stage = "won" if s % 100 < 62 else "lost"
            if stage == "lost" and (AS_OF - close).days < 30:
                stage, prob = "open", "0.5"
        else:
            stage = "open"
            prob = ["0.2", "0.4", "0.6", "0.8"][s % 4]
        if stage == "won" and close <= CANCEL_BY and (s // 100) % 22 == 0:
            stage = "cancelled"
            cancel = min(close + dt.timedelta(days=8 + (s // 2200) % 130), AS_OF).isoformat()
        line = dict(id=oid, seller=sid, account=account, name=f"{account} {product}", type=typ,
                    product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                    stage=stage, split="1", probability=prob, term_months=term,
                    cancel_date=cancel, currency="GBP")
        if product == "Production Press" and sid != SPECIALIST and stage in ("won", "cancelled"):
            line["split"] = "0.7"
            rows.append(line)
            rows.append(dict(line, seller=SPECIALIST, split="0.3"))
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
                "quota:hardware"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(rows), "deal lines;",
      {s: sum(1 for r in rows if r["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
