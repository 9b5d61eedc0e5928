#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredtwentyfifth workspace (Egoli Tech Supply
(Pty) Ltd, an invented Johannesburg IT hardware reseller; plan year 1 March 2026 - 28 February
2027, ZAR, MONTHLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Egoli account managers (AGENTS below), under three sales
  managers (Sandton, East Rand, Pretoria). Half of each agent's opportunities are kept
  (md5(id) even), except: every GTK 500 opportunity is kept (they become Rack Server deals) and
  every opportunity of Elease Gluck (re-cast as Dineo Radebe, the Datacentre Specialist) is kept.
- Dates: every Maven date moves forward by 3287 days, so 1 March 2017 becomes 1 March 2026 and
  31 December 2017 becomes 31 December 2026. AS OF = 2026-11-20. A Won opportunity that now
  closes after it becomes an open deal (probability 0.6) on its shifted date; a Lost one dated
  after it becomes an open deal (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected 1 November 2026 + (hash mod 100) days (some already overdue at
  the as-of date); Prospecting ones (probability 0.2) 1 December 2026 + (hash mod 88) days.
- Amounts in rand, whole rands: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    MG Special     -> Peripherals Bundle    x 40
    GTX Basic      -> Notebook              x 30
    GTX Plus Basic -> Desktop Workstation   x 25
    MG Advanced    -> Network Switching     x 12
    GTX Pro        -> Laptop Fleet          x 15
    GTX Plus Pro   -> Backup Power Kit      x 14
    GTK 500        -> Rack Server           x 12
- Accounts: Maven's 85 accounts are folded onto 40 invented Gauteng customers (Maven account
  index mod 40); an opportunity with no account gets one by hash. Four of them are public-sector
  bodies that buy by tender.
- Type: every deal with a public-sector customer is "tender"; otherwise hash mod 4 = 0 is "new"
  (a new logo), the rest "refresh" (an existing customer replacing or adding kit).
- Splits (plan.md 3.4): a won or cancelled Rack Server deal of anyone but Dineo Radebe is two
  lines with the same id: 75% to the account manager, 25% to Dineo Radebe.
- Cancellations ("boomerangs"): a won deal closed on or before 2026-11-06 with hash mod 25 = 0
  is cancelled, cancel_date = close + 6 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 10: only cancellations within 90 days of close are clawed back).
- Roster: Johan Botha (Key Account Manager) carries his own quarterly Hardware Revenue quota;
  Dineo Radebe (Datacentre Specialist) her own annual Uptime quota. Kagiso Molefe joined on
  2026-07-13 (his deals before that date are dropped); Warren Jacobs left on 2026-09-18 (his
  deals after it are dropped, lost and open ones too).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 20)
SHIFT = dt.date(2026, 3, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 11, 6)

AGENTS = {
    "Darcel Schlecht": "Johan Botha",
    "Vicki Laflamme": "Lerato Mokoena",
    "Zane Levy": "Sipho Mahlangu",
    "Cassey Cress": "Ayesha Patel",
    "Garret Kinder": "Kagiso Molefe",
    "Markita Hansen": "Megan Fourie",
    "Elease Gluck": "Dineo Radebe",
    "Kary Hendrixson": "Ruan Steyn",
    "Corliss Cosme": "Sipho Nkosi",
    "Gladys Colclough": "Nomsa Khumalo",
    "Rosie Papadopoulos": "Warren Jacobs",
    "Reed Clapper": "Tshepo Maseko",
    "James Ascencio": "Kayla Pillay",
    "Maureen Marcano": "Francois du Plessis",
    "Anna Snelling": "Zanele Mthembu",
    "Rosalina Dieter": "Palesa Modise",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:hw_rev, quota:uptime
    ("Johan Botha", "Thandeka Dlamini", "Sandton", "Key Account Manager", "", "", "2000000.00", ""),
    ("Lerato Mokoena", "Thandeka Dlamini", "Sandton", "Account Manager", "", "", "", ""),
    ("Sipho Mahlangu", "Thandeka Dlamini", "Sandton", "Account Manager", "", "", "", ""),
    ("Ayesha Patel", "Thandeka Dlamini", "Sandton", "Account Manager", "", "", "", ""),
    ("Kagiso Molefe", "Thandeka Dlamini", "Sandton", "Account Manager", "2026-07-13", "", "", ""),
    ("Megan Fourie", "Thandeka Dlamini", "Sandton", "Account Manager", "", "", "", ""),
    ("Dineo Radebe", "Pieter van der Merwe", "East Rand", "Datacentre Specialist", "", "", "", "2800000.00"),
    ("Ruan Steyn", "Pieter van der Merwe", "East Rand", "Account Manager", "", "", "", ""),
    ("Sipho Nkosi", "Pieter van der Merwe", "East Rand", "Account Manager", "", "", "", ""),
    ("Nomsa Khumalo", "Pieter van der Merwe", "East Rand", "Account Manager", "", "", "", ""),
    ("Warren Jacobs", "Pieter van der Merwe", "East Rand", "Account Manager", "", "2026-09-18", "", ""),
    ("Tshepo Maseko", "Rajesh Naidoo", "Pretoria", "Account Manager", "", "", "", ""),
    ("Kayla Pillay", "Rajesh Naidoo", "Pretoria", "Account Manager", "", "", "", ""),
    ("Francois du Plessis", "Rajesh Naidoo", "Pretoria", "Account Manager", "", "", "", ""),
    ("Zanele Mthembu", "Rajesh Naidoo", "Pretoria", "Account Manager", "", "", "", ""),
    ("Palesa Modise", "Rajesh Naidoo", "Pretoria", "Account Manager", "", "", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Peripherals Bundle", 40),
    "GTX Basic": ("Notebook", 30),
    "GTX Plus Basic": ("Desktop Workstation", 25),
    "MG Advanced": ("Network Switching", 12),
    "GTX Pro": ("Laptop Fleet", 15),
    "GTXPro": ("Laptop Fleet", 15),
    "GTX Plus Pro": ("Backup Power Kit", 14),
    "GTK 500": ("Rack Server", 12),
}
ACCOUNTS = [
    "Morningside Dental Group", "Braamfontein Legal Chambers", "Rosebank Media House",
    "Midrand Logistics Park", "Fourways Motor City", "Melville Coffee Roasters",
    "Soweto Business Hub", "Randburg Printing Works", "Maboneng Design Studio",
    "Kempton Cargo Services", "Bedfordview Medical Centre", "Boksburg Steel Works",
    "Germiston Plastics", "Benoni Flight School", "Centurion Actuarial Partners",
    "Hatfield Student Residences", "Menlyn Retail Group", "Waterkloof Preparatory School",
    "Alberton Truck Spares", "Edenvale Pharmacy Group", "Parktown Radiology",
    "Houghton Wealth Managers", "Illovo Insurance Brokers", "Lanseria Aviation Services",
    "Kyalami Estates Body Corporate", "Northcliff Veterinary Hospital", "Linden Bakery Co",
    "Greenside Architects", "Craighall Accounting", "Brakpan Mining Supplies",
    "Vereeniging Foundry", "Roodepoort Panel Beaters", "Tembisa Taxi Association",
    "Diepsloot Youth Centre", "Modderfontein Chemicals", "Sunninghill Call Centre",
    "Gauteng Schools Trust", "Tshwane Clinics Board", "Ekurhuleni Water Utility",
    "Joburg Library Services",
]
PUBLIC = {"Gauteng Schools Trust", "Tshwane Clinics Board", "Ekurhuleni Water Utility",
          "Joburg Library Services"}
SPECIALIST = "Dineo Radebe"


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
    account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 11, 1) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2026, 12, 1) + dt.timedelta(days=x % 88)
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
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if account in PUBLIC:
        typ = "tender"
    elif (x // 3) % 4 == 0:
        typ = "new"
    else:
        typ = "refresh"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="ZAR")
    if product == "Rack Server" and seller != SPECIALIST and stage in ("won", "cancelled"):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.25"))
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
                "quota:hw_rev", "quota:uptime"])
    for sid, mgr, terr, role, start, end, qh, qu in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qh, qu])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
