#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the seventyeighth workspace (MavenTech field sales,
Hive Plan, calendar plan year 2026, USD) from the real Maven CRM export
(/work/shared/data/maven-crm/). Standard library only; deterministic (no random numbers,
no clock): every choice below is a function of the opportunity id.

- 15 Maven agents of three managers are kept with their real names, managers and regional
  offices (Dustin Brinkmann, Central; Cara Losch, East; Summer Sewald, West). Every one of
  their opportunities is kept; amounts are the export's close_value in USD as they are.
- Products keep the price list's names ("GTXPro" is written "GTX Pro").
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so they fall
  1 Jan - 2 Nov 2026. AS OF = 2026-08-21. A Won opportunity that now closes after the as-of
  date becomes an open deal (probability 0.75); a Lost one after it is dropped. Engaging /
  Prospecting opportunities are open (probability 0.6 / 0.25) at their product's list price.
  Every open deal's expected close falls in 1-21 August 2026 (on or before the as-of date,
  so a what-if that wins the pipeline credits it in August, Q3).
- Mid-year joiners: Wilburn Farren starts 2026-05-01, Zane Levy 2026-07-01; their
  opportunities closing before the start are dropped.
- Type: "new" when no kept deal had been won at the account before (or no account),
  else "expansion".
- Cancelled: a won deal closing on or before 2026-08-01 whose id's character sum is
  divisible by 19 is cancelled 10-159 days after close (capped at the as-of date).
"""
import csv, datetime as dt, os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 21)

ROSTER = [
    # id, roster name, manager, territory, role, start_date
    ("Anna Snelling", "Anna Snelling", "Dustin Brinkmann", "Central", "Sales Agent", ""),
    ("Cecily Lampkin", "Cecily Lampkin", "Dustin Brinkmann", "Central", "Sales Agent", ""),
    ("Versie Hillebrand", "Versie Hillebrand", "Dustin Brinkmann", "Central", "Sales Agent", ""),
    ("Lajuana Vencill", "Lajuana Vencill", "Dustin Brinkmann", "Central", "Sales Agent", ""),
    ("Moses Frase", 'Moses "Mojo" Frase', "Dustin Brinkmann", "Central", "Sales Agent", ""),
    ("Violet Mclelland", "Violet Mclelland", "Cara Losch", "East", "Sales Agent", ""),
    ("Corliss Cosme", "Corliss Cosme", "Cara Losch", "East", "Sales Agent", ""),
    ("Garret Kinder", "Garret Kinder", "Cara Losch", "East", "Sales Agent", ""),
    ("Wilburn Farren", "Wilburn Farren", "Cara Losch", "East", "Sales Agent", "2026-05-01"),
    ("Boris Faz", "Boris Faz", "Cara Losch", "East", "Sales Agent", ""),
    ("James Ascencio", "James Ascencio", "Summer Sewald", "West", "Sales Agent", ""),
    ("Kary Hendrixson", "Kary Hendrixson", "Summer Sewald", "West", "Sales Agent", ""),
    ("Kami Bicknell", "Kami Bicknell", "Summer Sewald", "West", "Sales Agent", ""),
    ("Zane Levy", "Zane Levy", "Summer Sewald", "West", "Sales Agent", "2026-07-01"),
    ("Maureen Marcano", 'Maureen "Reenie" Marcano', "Summer Sewald", "West", "Sales Agent", ""),
]
START = {r[0]: (dt.date.fromisoformat(r[5]) if r[5] else None) for r in ROSTER}
PRICE = {r["product"]: r["sales_price"] for r in csv.DictReader(open(f"{SRC}/products.csv"))}


def key(s):
    return sum(ord(c) for c in s)


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    seller = r["sales_agent"]
    if seller not in START:
        continue
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 8, 1) + dt.timedelta(days=key(r["opportunity_id"]) % 21)
        value = PRICE[product]
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        close = shift(r["close_date"])
        value = r["close_value"] or "0"
        if close > AS_OF:
            if stage == "lost":
                continue
            stage, prob = "open", "0.75"
            close = dt.date(2026, 8, 1) + dt.timedelta(days=key(r["opportunity_id"]) % 21)
    if START[seller] and close < START[seller]:
        continue
    if stage == "won" and float(value) <= 0:
        continue
    rows.append(dict(id=r["opportunity_id"], seller=seller, account=r["account"],
                     product=product, amount=f"{float(value):.2f}", close_date=close.isoformat(),
                     stage=stage, probability=prob))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    x["type"] = "new" if (not acct or acct not in won_accounts) else "expansion"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
    x["name"] = f"{acct} {x['product']}".strip()

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-08-01" and key(x["id"]) % 19 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=10 + key(x["id"]) % 150)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["currency"] = "USD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date"])
    for sid, name, mgr, terr, role, start in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start])
print(len(rows), "lines")
