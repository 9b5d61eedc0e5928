#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredsixtyfifth workspace (Tenmile Mechanical &
Controls, an invented Denver, Colorado commercial HVAC and building-controls service company;
plan year 1 October 2025 - 30 September 2026, USD, MONTHLY payouts) from the real Maven CRM
export in /work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an
md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Tenmile account managers ("AMs", AGENTS below). Every
  opportunity of theirs is kept, except Markita Hansen's (re-cast as Jordan Reyes, who joined on
  2026-01-12): those closing before his start are dropped.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 October 2025 (and 31 December 2017 becomes 31 July 2026). AS OF = 2026-05-20. A Won
  opportunity that now closes after it becomes an open bid (probability 0.7); a Lost one dated
  after it becomes an open bid (probability 0.3). Engaging opportunities are open (probability
  0.5) expected to close 1 May 2026 + (hash mod 90) days (some already overdue at the as-of
  date); Prospecting ones (probability 0.2) 15 June 2026 + (hash mod 100) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open bids
  carry the product's list price x the factor.
    GTK 500        -> Central Plant Retrofit      x 6
    GTX Plus Pro   -> Boiler Replacement          x 4
    GTX Pro        -> Rooftop Unit Changeout      x 5
    GTX Plus Basic -> VFD Retrofit                x 4
    MG Advanced    -> BAS Upgrade                 x 3
    GTX Basic      -> Zone Sensor Kit             x 3
    MG Special     -> Keystone Service Agreement  x 60 (first-year contract value; term_months
                      12, 24, 36 or 60 by hash)
- Accounts: the Public Sector team's opportunities go to one of 12 invented school districts and
  public bodies; the two metro teams' to one of 24 invented Denver building owners and property
  managers (Maven account index mod the list's length; an opportunity with no account gets one by
  hash).
- Type (h = md5 of the id): Boiler Replacement, Rooftop Unit Changeout and VFD Retrofit with
  (h // 3) mod 4 = 0 are "emergency" (sold off a breakdown call, "no-heat"); otherwise
  (h // 5) mod 5 = 0 is "new" (a building owner who never bought from Tenmile, "cold start"); the
  rest "planned". Keystone terms: 12, 24, 36 or 60 months by (h // 17) mod 4.
- Splits (plan.md 3.4): a won or cancelled BAS Upgrade of $10,000 or more sold by an AM other
  than Marisol Vega (the Controls Specialist) is two lines with the same id: 75% to the AM, 25%
  to Marisol Vega.
- Cancellations ("red-tags"): a won deal closed on or before 2026-05-05 with (h // 7) mod 25 = 0
  is cancelled, cancel_date = close + 6 + ((h // 11) mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Garrett Pruitt (Senior AM) carries his own quarterly Mechanical quota, Marisol Vega
  (Controls Specialist) her own monthly Controls quota. Jordan Reyes joined on 2026-01-12.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 5, 20)
SHIFT = dt.date(2025, 10, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Darcel Schlecht": "Garrett Pruitt",
    "Anna Snelling": "Kayla Brandt",
    "Versie Hillebrand": "Chris Okonkwo",
    "Jonathan Berthelot": "Luis Archuleta",
    "Gladys Colclough": "Heather Lindqvist",
    "Elease Gluck": "Marisol Vega",
    "Kary Hendrixson": "Chris Tafoya",
    "Zane Levy": "Brett Halvorsen",
    "Cassey Cress": "Nadia Petrov",
    "Rosalina Dieter": "Tyler Banks",
    "Vicki Laflamme": "Ana Maestas",
    "Moses Frase": "Dwayne Mercer",
    "Corliss Cosme": "Kevin Yazzie",
    "Kami Bicknell": "Megan Fairbanks",
    "Markita Hansen": "Jordan Reyes",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:mech, quota:controls
    ("Garrett Pruitt", "Renata Ochoa", "North Metro", "Senior Account Manager", "", "Q_SENIOR", ""),
    ("Kayla Brandt", "Renata Ochoa", "North Metro", "Account Manager", "", "", ""),
    ("Chris Okonkwo", "Renata Ochoa", "North Metro", "Account Manager", "", "", ""),
    ("Luis Archuleta", "Renata Ochoa", "North Metro", "Account Manager", "", "", ""),
    ("Heather Lindqvist", "Renata Ochoa", "North Metro", "Account Manager", "", "", ""),
    ("Marisol Vega", "Curtis Lindgren", "South Metro", "Controls Specialist", "", "", "C_SPECIALIST"),
    ("Chris Tafoya", "Curtis Lindgren", "South Metro", "Account Manager", "", "", ""),
    ("Brett Halvorsen", "Curtis Lindgren", "South Metro", "Account Manager", "", "", ""),
    ("Nadia Petrov", "Curtis Lindgren", "South Metro", "Account Manager", "", "", ""),
    ("Tyler Banks", "Curtis Lindgren", "South Metro", "Account Manager", "", "", ""),
    ("Ana Maestas", "Dana Whitcomb", "Public Sector", "Account Manager", "", "", ""),
    ("Dwayne Mercer", "Dana Whitcomb", "Public Sector", "Account Manager", "", "", ""),
    ("Kevin Yazzie", "Dana Whitcomb", "Public Sector", "Account Manager", "", "", ""),
    ("Megan Fairbanks", "Dana Whitcomb", "Public Sector", "Account Manager", "", "", ""),
    ("Jordan Reyes", "Dana Whitcomb", "Public Sector", "Account Manager", "2026-01-12", "", ""),
]
QUOTA = {"Q_SENIOR": "1000000.00", "C_SPECIALIST": "75000.00"}
START = {r[0]: r[4] for r in ROSTER}
PUBLIC_TEAM = {r[0] for r in ROSTER if r[2] == "Public Sector"}
SPECIALIST = "Marisol Vega"
PRODUCT = {
    "GTK 500": ("Central Plant Retrofit", 6),
    "GTX Plus Pro": ("Boiler Replacement", 4),
    "GTX Pro": ("Rooftop Unit Changeout", 5),
    "GTXPro": ("Rooftop Unit Changeout", 5),
    "GTX Plus Basic": ("VFD Retrofit", 4),
    "MG Advanced": ("BAS Upgrade", 3),
    "GTX Basic": ("Zone Sensor Kit", 3),
    "MG Special": ("Keystone Service Agreement", 60),
}
EMERGENCY_OK = {"Boiler Replacement", "Rooftop Unit Changeout", "VFD Retrofit"}
PUBLIC = [
    "Bear Creek School District", "Sand Creek Schools RE-5", "Platte Canyon School District",
    "Kiowa Plains School District", "Tallgrass Library District", "Redrock Community College",
    "Eastlake Recreation District", "Westgate Fire Protection District",
    "Juniper Hills Water Authority", "Town of Cottonwood Park", "Clearwater Valley Schools",
    "Sagebrush County Courthouse",
]
PRIVATE = [
    "Blake Street Partners", "Tennyson Lofts HOA", "Sloan Lake Medical Pavilion",
    "Colfax Flats LLC", "Cherokee Property Management", "Golden Triangle Realty",
    "Stapleton Cold Storage", "Union Yard Offices", "Riverfront Tower Owners",
    "Brightline Property Group", "Welton Street Apartments", "Highline Canal Business Park",
    "Cottonwood Senior Living", "Kestrel Data Center", "Pinecrest Hotel Group",
    "Lakewood Commons Retail", "Broadway Ice Arena", "Quarry Ridge Industrial",
    "Ironwood Property Management", "Hampden Plaza Owners", "Santa Fe Arts Lofts",
    "Alpenglow Brewing Co", "Belcaro Medical Group", "Larimer Exchange Building",
]
CANCEL_BY = dt.date(2026, 5, 5)
TERMS = [12, 24, 36, 60]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
maven_accounts = sorted(r["account"] for r in read("accounts.csv"))
IDX = {a: i for i, a in enumerate(maven_accounts)}

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    x = h(oid)
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    book = PUBLIC if seller in PUBLIC_TEAM else PRIVATE
    account = book[idx % len(book)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 5, 1) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2026, 6, 15) + dt.timedelta(days=x % 100)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if product in EMERGENCY_OK and (x // 3) % 4 == 0:
        typ = "emergency"
    elif (x // 5) % 5 == 0:
        typ = "new"
    else:
        typ = "planned"
    term = str(TERMS[(x // 17) % 4]) if product == "Keystone Service Agreement" else ""
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, term_months=term, cancel_date=cancel, currency="USD")
    if (product == "BAS Upgrade" and seller != SPECIALIST and stage in ("won", "cancelled")
            and amount >= 10000):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.25"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:mech", "quota:controls"])
    for sid, mgr, terr, role, start, qm, qc in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", QUOTA.get(qm, ""), QUOTA.get(qc, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
