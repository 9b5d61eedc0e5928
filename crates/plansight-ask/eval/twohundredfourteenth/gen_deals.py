#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfourteenth workspace (Ledgerline Office &
Print Ltd, an invented UK office-supplies and print-services wholesaler selling to schools,
councils and law firms; plan year 1 October 2025 - 30 September 2026, GBP, MONTHLY payouts)
from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Ledgerline account managers (AGENTS below). Half of each
  agent's opportunities are kept (md5(id) odd), except: every GTK 500 opportunity is kept (they
  become Production Press deals) and every opportunity of Elease Gluck (re-cast as Nicola Stead,
  the Production Print Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 October 2025 and 31 December 2017 becomes 2 August 2026. AS OF = 2026-06-18. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one dated
  after it an open quote (probability 0.3). Engaging opportunities are open (probability 0.5)
  expected to close 1 June 2026 + (hash mod 70) days (some already overdue at the as-of date);
  Prospecting ones (probability 0.2) 1 July 2026 + (hash mod 85) days.
- Amounts in GBP, whole pounds: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor.
    MG Special     -> Stationery Account     x 9
    GTX Basic      -> Toner Contract         x 3
    GTX Plus Basic -> Task Seating           x 3
    MG Advanced    -> Managed Print Service  x 2.5
    GTX Pro        -> A3 Colour Copier       x 2
    GTX Plus Pro   -> Desking & Storage      x 1.5
    GTK 500        -> Production Press       x 1.5
- Accounts: Maven's 85 accounts (sorted, index i) fold onto 12 schools, 10 councils and 10 law
  firms (ACCOUNTS, index i mod 32); an opportunity with no account gets one by hash. Production
  Press deals go to the councils and the larger law firms and trusts (PRESS_ACCOUNTS).
- Type: "renewal" for a Toner Contract, Managed Print Service or Stationery Account with
  hash mod 3 = 0, or an A3 Colour Copier with hash mod 5 = 0 (a lease refresh); otherwise hash
  mod 10 < 4 = "new" (a new account), the rest "upsell". Production Press: new or upsell only.
- Splits (plan.md 3.4): a won or cancelled Production Press deal of any account manager but
  Nicola Stead is two lines with the same id: 60% to the account manager, 40% to Nicola Stead.
- Cancellations ("RTS", returned to sender): a won deal closed on or before 2026-06-04 with
  hash mod 26 = 0 is cancelled, cancel_date = close + 6 + (hash mod 140) days, at the latest the
  as-of date (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Craig Hebden (Key Account Manager) and Nicola Stead (Production Print Specialist)
  carry their own monthly Equipment quota. Ellie Saunders joined on 2026-01-12 (her deals before
  that date are dropped); Dominic Wells left on 2026-04-24 (his deals after it are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 6, 18)
SHIFT = dt.date(2025, 10, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 6, 4)

AGENTS = {
    "Darcel Schlecht": "Craig Hebden",
    "Anna Snelling": "Hannah Whitworth",
    "Kary Hendrixson": "Owen Batty",
    "Versie Hillebrand": "Priya Mistry",
    "Cassey Cress": "Callum Dunne",
    "Kami Bicknell": "Sian Howells",
    "Zane Levy": "Tom Ashdown",
    "Jonathan Berthelot": "Ravi Chauhan",
    "Gladys Colclough": "Becky Farrant",
    "Corliss Cosme": "Tom Kerslake",
    "Markita Hansen": "Aisha Okonjo",
    "Elease Gluck": "Nicola Stead",
    "Maureen Marcano": "Jamie Rourke",
    "Moses Frase": "Dominic Wells",
    "Garret Kinder": "Ellie Saunders",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:equipment
    ("Craig Hebden", "Alison Marsh", "North", "Key Account Manager", "", "", "140000.00"),
    ("Hannah Whitworth", "Alison Marsh", "North", "Account Manager", "", "", ""),
    ("Owen Batty", "Alison Marsh", "North", "Account Manager", "", "", ""),
    ("Priya Mistry", "Alison Marsh", "North", "Account Manager", "", "", ""),
    ("Callum Dunne", "Alison Marsh", "North", "Account Manager", "", "", ""),
    ("Sian Howells", "Colin Baptiste", "Midlands", "Account Manager", "", "", ""),
    ("Tom Ashdown", "Colin Baptiste", "Midlands", "Account Manager", "", "", ""),
    ("Ravi Chauhan", "Colin Baptiste", "Midlands", "Account Manager", "", "", ""),
    ("Becky Farrant", "Colin Baptiste", "Midlands", "Account Manager", "", "", ""),
    ("Tom Kerslake", "Colin Baptiste", "Midlands", "Account Manager", "", "", ""),
    ("Aisha Okonjo", "Fiona Lockhart", "South", "Account Manager", "", "", ""),
    ("Nicola Stead", "Fiona Lockhart", "South", "Production Print Specialist", "", "", "30000.00"),
    ("Jamie Rourke", "Fiona Lockhart", "South", "Account Manager", "", "", ""),
    ("Dominic Wells", "Fiona Lockhart", "South", "Account Manager", "", "2026-04-24", ""),
    ("Ellie Saunders", "Fiona Lockhart", "South", "Account Manager", "2026-01-12", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Stationery Account", 9),
    "GTX Basic": ("Toner Contract", 3),
    "GTX Plus Basic": ("Task Seating", 3),
    "MG Advanced": ("Managed Print Service", 2.5),
    "GTX Pro": ("A3 Colour Copier", 2),
    "GTXPro": ("A3 Colour Copier", 2),
    "GTX Plus Pro": ("Desking & Storage", 1.5),
    "GTK 500": ("Production Press", 1.5),
}
CONTRACTS = ("Toner Contract", "Managed Print Service", "Stationery Account")
ACCOUNTS = [
    # schools
    "St Aidan's Primary School", "Hollins Park Academy", "Kirkby Moor Grammar School",
    "Bramley Vale Primary", "Ashcombe Sixth Form College", "Meadowbank High School",
    "Thornfield Academy Trust", "Riverside Infant School", "Castlegate Secondary School",
    "Oakwood Park School", "Linthorpe Junior School", "Greystone Learning Trust",
    # councils
    "Westbrook Borough Council", "Northmere County Council", "Eastholme District Council",
    "Sowerby Fields Town Council", "Redmarsh County Council", "Kettleby Parish Council",
    "Harlow Moor Borough Council", "Stanforth City Council", "Brackenridge District Council",
    "Wyvern Valley Council",
    # law firms
    "Pemberton & Hale LLP", "Grieve Ashcroft Solicitors", "Marlow Kent & Partners",
    "Fairbairn Lloyd LLP", "Castleton Rhodes Solicitors", "Whitcombe Gray LLP",
    "Hargreaves Noble Solicitors", "Tennant & Croft LLP", "Dunmore Baxter Legal",
    "Quayle Osborne LLP",
]
PRESS_ACCOUNTS = [
    "Northmere County Council", "Westbrook Borough Council", "Stanforth City Council",
    "Redmarsh County Council", "Thornfield Academy Trust", "Greystone Learning Trust",
    "Pemberton & Hale LLP", "Fairbairn Lloyd LLP", "Whitcombe Gray LLP",
]


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
    keep = h(oid) % 2 == 1 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product == "Production Press":
        account = PRESS_ACCOUNTS[idx % len(PRESS_ACCOUNTS)]
    else:
        account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 6, 1) + dt.timedelta(days=x % 70)
            prob = "0.5"
        else:
            close = dt.date(2026, 7, 1) + dt.timedelta(days=x % 85)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if product in CONTRACTS and (x // 3) % 3 == 0:
        typ = "renewal"
    elif product == "A3 Colour Copier" and (x // 3) % 5 == 0:
        typ = "renewal"
    elif (x // 5) % 10 < 4:
        typ = "new"
    else:
        typ = "upsell"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 26 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="GBP")
    if product == "Production Press" and seller != "Nicola Stead" and stage in ("won", "cancelled"):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller="Nicola Stead", split="0.4"))
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
                "quota:equipment"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
