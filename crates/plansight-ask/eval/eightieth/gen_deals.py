#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the eightieth workspace (MavenTech field sales,
plan year FY27 = 1 July 2026 - 30 June 2027, USD, monthly payouts) from the real Maven CRM
export (/work/shared/data/maven-crm/), kept as it is: the agents' and managers' real names
and regional offices, the real products (GTX Basic, GTX Pro, MG Special, MG Advanced,
GTX Plus Basic, GTX Plus Pro, GTK 500), accounts and close values. Standard library only;
deterministic (no random numbers, no clock: every choice is a hash of the opportunity id).

- 14 Maven agents of three managers (Melvin Marxen, Central; Cara Losch, East; Celia
  Rouche, West) keep ALL their opportunities; Elizabeth Anderson (no opportunity in the
  export) joins Cara Losch's team on 2027-02-01. Wilburn Farren joins on 2026-10-12: his
  opportunities closing before then are dropped.
- Dates: every Maven date moves forward by the days from 2017-03-01 to 2026-07-01, so the
  export's Mar-Dec 2017 becomes 1 Jul 2026 - 2 May 2027. AS OF = 2027-03-19.
- Won opportunities closing on or before the as-of date are won deals (amount = close
  value). Won opportunities closing after it are open deals (probability 0.7) at their
  date. Engaging / Prospecting opportunities are open deals (probability 0.5 / 0.2) at the
  product's list price, expected to close between 2027-03-22 and 2027-04-30. Lost
  opportunities carry the product's list price; those dated after the as-of date are
  dropped.
- Type: "new" when nobody at MavenTech (the whole export) had won the account before the
  deal's close date (or no account is recorded), else "expansion".
- About 1 in 70 won deals closed by 2027-03-09 is cancelled 10-160 days after close (cancel
  date capped at the as-of date).
"""
import csv, datetime as dt, hashlib, os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 3, 19)
SHIFT = dt.date(2026, 7, 1) - dt.date(2017, 3, 1)

ROSTER = [
    # id, roster name, manager, territory, role, start_date
    ("Jonathan Berthelot", "Jonathan Berthelot", "Melvin Marxen", "Central", "Sales Agent", ""),
    ("Marty Freudenburg", "Marty Freudenburg", "Melvin Marxen", "Central", "Sales Agent", ""),
    ("Gladys Colclough", "Gladys Colclough", "Melvin Marxen", "Central", "Sales Agent", ""),
    ("Niesha Huffines", "Niesha Huffines", "Melvin Marxen", "Central", "Sales Agent", ""),
    ("Darcel Schlecht", 'Darcel "Dash" Schlecht', "Melvin Marxen", "Central", "Senior Agent", ""),
    ("Violet Mclelland", "Violet Mclelland", "Cara Losch", "East", "Sales Agent", ""),
    ("Corliss Cosme", "Corliss Cosme", "Cara Losch", "East", "Sales Agent", ""),
    ("Garret Kinder", "Garret Kinder", "Cara Losch", "East", "Sales Agent", ""),
    ("Wilburn Farren", "Wilburn Farren", "Cara Losch", "East", "Sales Agent", "2026-10-12"),
    ("Elizabeth Anderson", "Elizabeth Anderson", "Cara Losch", "East", "Sales Agent", "2027-02-01"),
    ("Vicki Laflamme", "Vicki Laflamme", "Celia Rouche", "West", "Senior Agent", ""),
    ("Rosalina Dieter", 'Rosalina "Roz" Dieter', "Celia Rouche", "West", "Sales Agent", ""),
    ("Hayden Neloms", "Hayden Neloms", "Celia Rouche", "West", "Sales Agent", ""),
    ("Markita Hansen", "Markita Hansen", "Celia Rouche", "West", "Sales Agent", ""),
    ("Elease Gluck", "Elease Gluck", "Celia Rouche", "West", "Sales Agent", ""),
]
QUOTA_OVERRIDE = {"Darcel Schlecht": "200000.00", "Vicki Laflamme": "130000.00"}  # quota:cvc, every quarter (plan.md 5.2)
START = {r[0]: r[5] for r in ROSTER}
PRICE = {r["product"]: r["sales_price"] for r in csv.DictReader(open(f"{SRC}/products.csv"))}

def h(s, salt=""):
    return int(hashlib.sha256((salt + s).encode()).hexdigest()[:12], 16)

def product(p):
    return "GTX Pro" if p == "GTXPro" else p

src = list(csv.DictReader(open(f"{SRC}/sales_pipeline.csv")))

# first win of each account, company-wide, in shifted dates
first_win = {}
for r in src:
    if r["deal_stage"] == "Won" and r["account"]:
        d = dt.date.fromisoformat(r["close_date"]) + SHIFT
        a = r["account"]
        if a not in first_win or (d, r["opportunity_id"]) < first_win[a]:
            first_win[a] = (d, r["opportunity_id"])

rows = []
for r in src:
    seller = r["sales_agent"]
    if seller not in START:
        continue
    p = product(r["product"])
    oid = r["opportunity_id"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2027, 3, 22) + dt.timedelta(days=h(oid, "close") % 40)
        amount = PRICE[p]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = r["close_value"]
        if stage == "lost":
            amount = PRICE[p]
            if close > AS_OF:
                continue
        elif close > AS_OF:
            stage, prob = "open", "0.7"
    if START[seller] and stage != "open" and close < dt.date.fromisoformat(START[seller]):
        continue
    if stage == "won" and float(amount) <= 0:
        continue
    acct = r["account"]
    if acct and acct in first_win and first_win[acct][0] < close:
        typ = "expansion"
    elif acct and acct in first_win and first_win[acct][0] == close and first_win[acct][1] != oid:
        typ = "expansion"
    else:
        typ = "new"
    rows.append(dict(id=oid, seller=seller, account=acct,
                     name=f"{acct or 'No account'} {p}", type=typ, product=p,
                     amount=f"{float(amount):.2f}", close_date=close.isoformat(), stage=stage,
                     split="1", probability=prob, cancel_date="", currency="USD"))

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2027-03-09" and h(x["id"], "cancel") % 70 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=10 + h(x["id"], "days") % 151)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

order = {r[0]: i for i, r in enumerate(ROSTER)}
rows.sort(key=lambda x: (order[x["seller"]], x["close_date"], x["id"]))
cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:cvc"])
    for sid, name, mgr, terr, role, start in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, "", QUOTA_OVERRIDE.get(sid, "")])
print(len(rows), "lines")
