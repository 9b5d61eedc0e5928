#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredthirtysecond workspace (Old Mill Insurance
Partners, an invented regional commercial insurance and employee-benefits brokerage in Columbus,
Ohio, with offices in Cincinnati and Louisville; plan year = calendar 2026, USD, MONTHLY payouts)
from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no clock,
no random stream). Run: python3 gen_deals.py

- 19 Maven agents are re-cast as Old Mill producers and account executives (AGENTS below). Half
  of each agent's opportunities are kept (md5(id) even), except: every GTK 500 opportunity is
  kept (they become Group Captive programs), and every opportunity of Elease Gluck (re-cast as
  Hannah Voss, the Captive Practice Leader) is kept.
- A deal's amount is Old Mill's first-year COMMISSION REVENUE on the policy (what the carrier pays
  the agency), never the premium. Whole dollars: close value x the line's factor (won); lost and
  open deals carry the product's list price x the factor.
    MG Special     -> Cyber Liability          x 30
    GTX Basic      -> Commercial Auto          x 5
    GTX Plus Basic -> Commercial Property      x 4
    MG Advanced    -> General Liability        x 1.5
    GTX Pro        -> Workers' Comp            x 2
    GTX Plus Pro   -> Group Health             x 2.5
    GTK 500        -> Group Captive            x 2
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  5 January 2026 and 31 December 2017 becomes 6 November 2026. AS OF = 2026-08-21 (a Friday).
  A Won opportunity that now closes after it becomes an open deal ("out to market", probability
  0.6); a Lost one dated after it becomes open (probability 0.25). Engaging opportunities are
  open (probability 0.5) expected to bind 2026-08-06 + (x mod 90) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 2026-09-05 + (x mod 110) days.
- Accounts: Maven's 85 accounts fold onto 40 invented employer clients in Ohio, Kentucky and
  Indiana (Maven account index mod 40); an opportunity with no account gets one by hash.
- Type ("new" = new business, "renewal"), with x = md5(id) // 2: Account Executives (Kelsey Brandt,
  Whitney Dale) write mostly renewals ((x // 3) mod 5 != 0); Cyber Liability is mostly new
  business ((x // 3) mod 7 = 0 is a renewal); everyone else (x // 3) mod 5 in {0, 1} is a renewal,
  the rest new business.
- Splits (plan.md 3.5): a won or cancelled Group Captive program of anyone but Hannah Voss is two
  lines with the same id, 60% to the producer and 40% to Hannah Voss.
- Flat cancels: a won deal closed on or before 2026-08-07 with (x // 7) mod 19 = 0 is cancelled,
  cancel_date = close + 6 + ((x // 11) mod 150) days, at the latest the as-of date (plan.md section
  11: only cancellations within 90 days of the bind date are clawed back).
- Roster: Marcus Bell (Senior Producer) carries a New Business quota of $55,000 a month; the two
  Account Executives $10,000 a month of New Business and $100,000 a quarter of renewals, with a
  $36,000 target incentive; Hannah Voss $40,000 a month of New Business. Derek Lindqvist joined
  on 2026-04-13 (his deals before that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 21)
SHIFT = dt.date(2026, 1, 5) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 8, 7)

AGENTS = {
    "Darcel Schlecht": "Marcus Bell",
    "Anna Snelling": "Jenna Kowalski",
    "Kary Hendrixson": "Tyler Hoffman",
    "Violet Mclelland": "Brianna Oakes",
    "Maureen Marcano": "Luis Ortega",
    "Vicki Laflamme": "Kelsey Brandt",
    "Zane Levy": "Jamal Carter",
    "Jonathan Berthelot": "Megan Schultz",
    "Garret Kinder": "Derek Lindqvist",
    "Boris Faz": "Ben Hargrove",
    "Kami Bicknell": "Shawn McNulty",
    "Cassey Cress": "Courtney Pike",
    "Donn Cantrell": "Nate Albrecht",
    "Elease Gluck": "Hannah Voss",
    "Versie Hillebrand": "Tasha Greenwood",
    "Gladys Colclough": "Cody Pruitt",
    "Corliss Cosme": "Lauren Mayfield",
    "Markita Hansen": "Ben Okafor",
    "Daniell Hammack": "Whitney Dale",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:nb, quota:renewal, target_incentive
    ("Marcus Bell", "Dana Whitaker", "Columbus", "Senior Producer", "", "55000.00", "", ""),
    ("Jenna Kowalski", "Dana Whitaker", "Columbus", "Producer", "", "", "", ""),
    ("Tyler Hoffman", "Dana Whitaker", "Columbus", "Producer", "", "", "", ""),
    ("Brianna Oakes", "Dana Whitaker", "Columbus", "Producer", "", "", "", ""),
    ("Luis Ortega", "Dana Whitaker", "Columbus", "Producer", "", "", "", ""),
    ("Kelsey Brandt", "Ray Donnelly", "Columbus", "Account Executive", "", "10000.00", "100000.00", "36000.00"),
    ("Jamal Carter", "Ray Donnelly", "Columbus", "Producer", "", "", "", ""),
    ("Megan Schultz", "Ray Donnelly", "Columbus", "Producer", "", "", "", ""),
    ("Derek Lindqvist", "Ray Donnelly", "Columbus", "Producer", "2026-04-13", "", "", ""),
    ("Ben Hargrove", "Ray Donnelly", "Columbus", "Producer", "", "", "", ""),
    ("Shawn McNulty", "Angela Ruiz", "Cincinnati", "Producer", "", "", "", ""),
    ("Courtney Pike", "Angela Ruiz", "Cincinnati", "Producer", "", "", "", ""),
    ("Nate Albrecht", "Angela Ruiz", "Cincinnati", "Producer", "", "", "", ""),
    ("Hannah Voss", "Angela Ruiz", "Cincinnati", "Captive Practice Leader", "", "40000.00", "", ""),
    ("Tasha Greenwood", "Curtis Boyd", "Louisville", "Producer", "", "", "", ""),
    ("Cody Pruitt", "Curtis Boyd", "Louisville", "Producer", "", "", "", ""),
    ("Lauren Mayfield", "Curtis Boyd", "Louisville", "Producer", "", "", "", ""),
    ("Ben Okafor", "Curtis Boyd", "Louisville", "Producer", "", "", "", ""),
    ("Whitney Dale", "Curtis Boyd", "Louisville", "Account Executive", "", "10000.00", "100000.00", "36000.00"),
]
START = {r[0]: r[4] for r in ROSTER}
ROLE = {r[0]: r[3] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Cyber Liability", 30),
    "GTX Basic": ("Commercial Auto", 5),
    "GTX Plus Basic": ("Commercial Property", 4),
    "MG Advanced": ("General Liability", 1.5),
    "GTX Pro": ("Workers' Comp", 2),
    "GTXPro": ("Workers' Comp", 2),
    "GTX Plus Pro": ("Group Health", 2.5),
    "GTK 500": ("Group Captive", 2),
}
CLIENTS = [
    "Scioto Mechanical", "Tri-County Paving", "Buckeye Valley Dental Group", "Hocking Hills Lodge",
    "Miami Valley Home Care", "Licking River Logistics", "Olentangy Family Practice",
    "Bluegrass Cooperage", "Queen City Sign Co", "Ohio River Barge Services",
    "Dayton Precision Tool", "Zanesville Pottery Works", "Falls City Roofing",
    "Over-the-Rhine Hospitality Group", "Franklin County Montessori", "Great Lakes Cold Chain",
    "Mount Adams Architects", "Derby City Catering", "German Village Bakery",
    "Clintonville Collision", "Walnut Creek Landscaping", "Newport Marine Supply",
    "Covington Steel Erectors", "Westerville Pediatrics", "Hamilton Plastics",
    "Springfield Feed & Grain", "Lexington Equine Transport", "Short North Fitness",
    "Mason Data Systems", "Highland Heights Senior Living", "Worthington Hardware",
    "Lancaster Glassworks", "Middletown Millwrights", "Grandview Yard Dental",
    "Cherokee Triangle Veterinary", "Delaware County Excavating", "Chillicothe Paper Converters",
    "Bardstown Road Pharmacy", "Hilliard Fleet Services", "Lebanon Valley Motor Inn",
]
CAPTIVE = "Hannah Voss"


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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = CLIENTS[idx % len(CLIENTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 8, 6) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2026, 9, 5) + dt.timedelta(days=x % 110)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if ROLE[seller] == "Account Executive":
        typ = "renewal" if (x // 3) % 5 != 0 else "new"
    elif product == "Cyber Liability":
        typ = "renewal" if (x // 3) % 7 == 0 else "new"
    else:
        typ = "renewal" if (x // 3) % 5 in (0, 1) else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 150), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if product == "Group Captive" and seller != CAPTIVE and stage in ("won", "cancelled"):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=CAPTIVE, split="0.4"))
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
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:nb", "quota:renewal", "target_incentive"])
    for sid, mgr, terr, role, start, qnb, qren, ti in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", qnb, qren, ti])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
