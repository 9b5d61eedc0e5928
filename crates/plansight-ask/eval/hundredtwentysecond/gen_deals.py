#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredtwentysecond workspace (Northgate Interiors Ltd,
an invented UK commercial office-furniture and fit-out dealer; plan year 1 April 2026 - 31 March
2027, the UK fiscal year; GBP; MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 14 Maven agents are re-cast as Northgate account managers (AGENTS below) under three sales
  managers (North, Midlands, London). Half of each agent's opportunities are kept (md5(id)
  even; a third, md5(id) mod 3 = 0, of Darcel Schlecht's, the largest book), except: every GTK 500 opportunity is kept (they become Cat B Fit-out projects), and every
  opportunity of Elease Gluck (re-cast as Hannah Sutcliffe, the Workplace Design Lead) is kept.
- Dates: Maven's ten months (1 March - 31 December 2017) are stretched linearly over the plan
  year: day d after 1 March 2017 becomes 1 April 2026 + round(d x 364 / 305), so 1 March 2017 ->
  1 April 2026 and 31 December 2017 -> 31 March 2027. AS OF = 2027-04-20 (the year is closed).
  Engaging opportunities are open (probability 0.5) expected 10 March 2027 + (hash mod 70) days
  (some still inside the plan year, overdue); Prospecting ones (probability 0.2) expected 1 April
  2027 + (hash mod 120) days (next year's).
- Amounts in GBP, whole pounds, ex VAT: close value x the product's factor (won); lost and open
  quotes carry the product's list price x the factor.
    MG Special     -> Task Seating           x 40
    GTX Basic      -> Storage & Lockers      x 6
    GTX Plus Basic -> Breakout Furniture     x 4
    MG Advanced    -> Desking System         x 3
    GTX Pro        -> Acoustic Pod           x 2.5
    GTX Plus Pro   -> Cat A Fit-out          x 6
    GTK 500        -> Cat B Fit-out          x 5
- Accounts: 12 invented UK businesses per territory; an opportunity goes to the account of its
  seller's territory numbered (Maven account index mod 12); an opportunity with no account gets
  one by hash.
- Type: Cat B Fit-out: hash mod 2 = 0 "relocation", else "new"; other products: hash mod 6 = 0
  "relocation" (the client moving premises), hash mod 3 = 1 "repeat" (an existing client's
  reorder), else "new".
- Splits (plan.md 3.4): a won or cancelled Cat B Fit-out of anyone but Hannah Sutcliffe is two
  lines with the same id, 75% to the account manager and 25% to Hannah Sutcliffe. Jordan Mensah
  (joined 2026-09-14) buddies with Gavin Ackroyd to 31 December 2026: Gavin's won or cancelled
  deals closing in that time with hash mod 5 = 0 are two lines, 50% / 50%.
- Leaver: Callum Reid left on 2027-01-29; his opportunities closing after that date passed to Dan
  Whitaker (same ids). Jordan Mensah's own opportunities before his start are dropped.
- Cancellations ("U-turns"): a won deal with hash mod 25 = 0 is cancelled, cancel_date = close +
  10 + (hash mod 140) days, at the latest 2027-03-31 (plan.md section 11: only cancellations
  within 90 days of close are clawed back).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 4, 20)
M0 = dt.date(2017, 3, 1)
P0 = dt.date(2026, 4, 1)
PLAN_END = dt.date(2027, 3, 31)

AGENTS = {
    "Darcel Schlecht": "Gavin Ackroyd",
    "Anna Snelling": "Priya Chauhan",
    "Kary Hendrixson": "Tom Kershaw",
    "Versie Hillebrand": "Bethany Holt",
    "Garret Kinder": "Jordan Mensah",
    "Elease Gluck": "Hannah Sutcliffe",
    "Kami Bicknell": "Ravinder Gill",
    "Rosalina Dieter": "Tom Ashworth",
    "Cassey Cress": "Chloe Pennington",
    "Jonathan Berthelot": "Oliver Fairbairn",
    "Gladys Colclough": "Amara Osei",
    "Corliss Cosme": "Sophie Langley",
    "Markita Hansen": "Dan Whitaker",
    "Moses Frase": "Callum Reid",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:supply, quota:fitout
    ("Gavin Ackroyd", "Fiona McAllister", "North", "Senior Account Manager", "", "", "210000.00", ""),
    ("Priya Chauhan", "Fiona McAllister", "North", "Account Manager", "", "", "", ""),
    ("Tom Kershaw", "Fiona McAllister", "North", "Account Manager", "", "", "", ""),
    ("Bethany Holt", "Fiona McAllister", "North", "Account Manager", "", "", "", ""),
    ("Jordan Mensah", "Fiona McAllister", "North", "Account Manager", "2026-09-14", "", "", ""),
    ("Hannah Sutcliffe", "Tariq Hussain", "Midlands", "Workplace Design Lead", "", "", "60000.00", "800000.00"),
    ("Ravinder Gill", "Tariq Hussain", "Midlands", "Account Manager", "", "", "", ""),
    ("Tom Ashworth", "Tariq Hussain", "Midlands", "Account Manager", "", "", "", ""),
    ("Chloe Pennington", "Tariq Hussain", "Midlands", "Account Manager", "", "", "", ""),
    ("Oliver Fairbairn", "Eleanor Whitcombe", "London", "Account Manager", "", "", "", ""),
    ("Amara Osei", "Eleanor Whitcombe", "London", "Account Manager", "", "", "", ""),
    ("Sophie Langley", "Eleanor Whitcombe", "London", "Account Manager", "", "", "", ""),
    ("Dan Whitaker", "Eleanor Whitcombe", "London", "Account Manager", "", "", "", ""),
    ("Callum Reid", "Eleanor Whitcombe", "London", "Account Manager", "", "2027-01-29", "", ""),
]
TERR = {r[0]: r[2] for r in ROSTER}
START = {r[0]: r[4] for r in ROSTER}
LEAVER, LEFT, HEIR = "Callum Reid", dt.date(2027, 1, 29), "Dan Whitaker"
BUDDY, NEWBIE, BUDDY_END = "Gavin Ackroyd", "Jordan Mensah", dt.date(2026, 12, 31)
DESIGN_LEAD = "Hannah Sutcliffe"
PRODUCT = {
    "MG Special": ("Task Seating", 40),
    "GTX Basic": ("Storage & Lockers", 6),
    "GTX Plus Basic": ("Breakout Furniture", 4),
    "MG Advanced": ("Desking System", 3),
    "GTX Pro": ("Acoustic Pod", 2.5),
    "GTXPro": ("Acoustic Pod", 2.5),
    "GTX Plus Pro": ("Cat A Fit-out", 6),
    "GTK 500": ("Cat B Fit-out", 5),
}
ACCOUNTS = {
    "North": [
        "Aire Valley Solicitors", "Kirkgate Accountancy", "Headingley Dental Group",
        "Calder Logistics", "Pennine Building Society", "Harrogate Spa Hotels",
        "Salford Quays Media", "Trafford Engineering", "Don Valley Steelworks",
        "Ouse Bridge Insurance", "Ilkley Moor Brewery", "Bradford Textile Exchange",
    ],
    "Midlands": [
        "Bullring Lettings", "Jewellery Quarter Architects", "Digbeth Games Studio",
        "Brindleyplace Recruitment", "Solihull Motor Group", "Coventry Tech College",
        "Leicester Hosiery Co", "Nottingham Lace Partners", "Wolverhampton Housing Trust",
        "Bournville Bakers", "Malvern Water Co", "Stratford Playhouse Trust",
    ],
    "London": [
        "Shoreditch Fintech", "Clerkenwell Design Studio", "Borough Market Traders",
        "Docklands Reinsurance", "Holborn Legal LLP", "Southwark Housing Association",
        "Croydon Data Centre", "Paddington Health Partners", "Kings Cross Biotech",
        "Richmond Wealth Management", "Battersea Power Studios", "Greenwich Maritime Trust",
    ],
}
CANCEL_LATEST = PLAN_END


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def shift(d):
    days = (dt.date.fromisoformat(d) - M0).days
    return P0 + dt.timedelta(days=round(days * 364 / 305))


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
    share = 3 if agent == "Darcel Schlecht" else 2
    keep = h(oid) % share == 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 3, 10) + dt.timedelta(days=x % 70)
            prob = "0.5"
        else:
            close = dt.date(2027, 4, 1) + dt.timedelta(days=x % 120)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = shift(r["close_date"])
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
    if seller == LEAVER and close > LEFT:
        seller = HEIR
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    terr = TERR[seller]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = ACCOUNTS[terr][idx % 12]
    if product == "Cat B Fit-out":
        typ = "relocation" if x % 2 == 0 else "new"
    elif x % 6 == 0:
        typ = "relocation"
    elif x % 3 == 1:
        typ = "repeat"
    else:
        typ = "new"
    if stage == "won" and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 140), CANCEL_LATEST).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="GBP")
    partner = None
    if product == "Cat B Fit-out" and seller != DESIGN_LEAD and stage in ("won", "cancelled"):
        partner, share = DESIGN_LEAD, ("0.75", "0.25")
    elif (seller == BUDDY and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and dt.date.fromisoformat(START[NEWBIE]) <= close <= BUDDY_END):
        partner, share = NEWBIE, ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
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
                "quota:supply", "quota:fitout"])
    for sid, mgr, terr, role, start, end, qs, qf in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qs, qf])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
