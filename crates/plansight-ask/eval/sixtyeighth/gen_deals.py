#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the sixtyeighth workspace (MavenTech Field Sales
Incentive Plan FY2026, plan year 1 February 2026 - 31 January 2027, USD, monthly payouts)
from the real Maven CRM export (/work/shared/data/maven-crm/). Standard library only;
deterministic: no random numbers, no clock (every choice is a CRC32 of the opportunity id).

- 15 Maven agents are kept AS THEY ARE, with their real managers and regional offices
  (Melvin Marxen / Central, Rocco Neubert / East, Celia Rouche / West). An opportunity is
  kept when crc32(id) is even (about half of each agent's opportunities).
- Products keep the export's names ("GTXPro" is written "GTX Pro"). Accounts as exported.
- Dates: Maven close dates (1 Mar - 31 Dec 2017) move 9 years forward and 28 days back,
  so won deals fall 1 Feb - 3 Dec 2026. AS OF = 2026-10-20: a Won opportunity that now
  closes after it becomes an open deal (probability 0.7) at its shifted date.
- Amount: close_value (USD) for won deals; the product's list price for lost and open
  (Engaging 0.5 / Prospecting 0.2) opportunities; Engaging/Prospecting ones get an
  expected close 1 Nov 2026 - 29 Jan 2027 (crc32 of the id).
- Type: "new" (a greenfield deal) when no kept won deal of the account closed earlier,
  or no account; else "expansion" (an add-on).
- Cancelled ("unwound"): a won deal closing on or before 2026-09-30 whose crc32(id+"x")
  % 19 == 0; cancel date = close + 15..164 days (crc32), capped at the as-of date.
- Two agents join mid-year: Rosalina Dieter on 2026-06-15, Boris Faz on 2026-08-03;
  their opportunities closing before the start are dropped.
- Two roster names carry a quoted nickname: Daniell "Dani" Hammack, Markita "Kiki" Hansen.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 20)

ROSTER = [
    # id, roster name, manager, office, role, start_date
    ("Jonathan Berthelot", "Jonathan Berthelot", "Melvin Marxen", "Central", "Sales Agent", ""),
    ("Marty Freudenburg", "Marty Freudenburg", "Melvin Marxen", "Central", "Sales Agent", ""),
    ("Gladys Colclough", "Gladys Colclough", "Melvin Marxen", "Central", "Sales Agent", ""),
    ("Niesha Huffines", "Niesha Huffines", "Melvin Marxen", "Central", "Sales Agent", ""),
    ("Darcel Schlecht", "Darcel Schlecht", "Melvin Marxen", "Central", "Senior Agent", ""),
    ("Daniell Hammack", 'Daniell "Dani" Hammack', "Rocco Neubert", "East", "Sales Agent", ""),
    ("Cassey Cress", "Cassey Cress", "Rocco Neubert", "East", "Sales Agent", ""),
    ("Donn Cantrell", "Donn Cantrell", "Rocco Neubert", "East", "Sales Agent", ""),
    ("Reed Clapper", "Reed Clapper", "Rocco Neubert", "East", "Sales Agent", ""),
    ("Boris Faz", "Boris Faz", "Rocco Neubert", "East", "Sales Agent", "2026-08-03"),
    ("Vicki Laflamme", "Vicki Laflamme", "Celia Rouche", "West", "Senior Agent", ""),
    ("Rosalina Dieter", "Rosalina Dieter", "Celia Rouche", "West", "Sales Agent", "2026-06-15"),
    ("Hayden Neloms", "Hayden Neloms", "Celia Rouche", "West", "Sales Agent", ""),
    ("Markita Hansen", 'Markita "Kiki" Hansen', "Celia Rouche", "West", "Sales Agent", ""),
    ("Elease Gluck", "Elease Gluck", "Celia Rouche", "West", "Sales Agent", ""),
]
SENIOR_QUOTA = {"Darcel Schlecht": "110000.00", "Vicki Laflamme": "80000.00"}
START = {r[0]: r[5] for r in ROSTER}
PRICE = {r["product"]: r["sales_price"] for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def crc(s):
    return zlib.crc32(s.encode())


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=28)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in START or crc(oid) % 2:
        continue
    seller = r["sales_agent"]
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    st = r["deal_stage"]
    prob = ""
    if st in ("Engaging", "Prospecting"):
        stage = "open"
        close = dt.date(2026, 11, 1) + dt.timedelta(days=crc(oid + "d") % 90)
        amount = PRICE[r["product"]]
        prob = "0.5" if st == "Engaging" else "0.2"
    elif st == "Lost":
        stage = "lost"
        close = shift(r["close_date"])
        amount = PRICE[r["product"]]
    else:
        stage = "won"
        close = shift(r["close_date"])
        amount = r["close_value"]
        if close > AS_OF:
            stage, prob = "open", "0.7"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if stage == "won" and float(amount) <= 0:
        continue
    rows.append(dict(id=oid, seller=seller, account=r["account"], product=product,
                     amount=f"{float(amount):.2f}", close_date=close.isoformat(),
                     stage=stage, probability=prob))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    a = x["account"]
    x["type"] = "new" if (not a or a not in won_accounts) else "expansion"
    if x["stage"] == "won" and a:
        won_accounts.add(a)
    x["name"] = f'{a or "No account"} {x["product"]}'
    if x["stage"] == "won" and x["close_date"] <= "2026-09-30" and crc(x["id"] + "x") % 19 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=15 + crc(x["id"] + "c") % 150)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols)
    w.writeheader()
    for x in rows:
        w.writerow({k: x.get(k, "") for k in cols} | {"split": "1", "currency": "USD"})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:catalogue"])
    for sid, name, mgr, office, role, start in ROSTER:
        w.writerow([sid, name, mgr, office, role, start, "", SENIOR_QUOTA.get(sid, "")])
print(len(rows), "lines")
