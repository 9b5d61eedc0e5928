#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the eightysecond workspace (MavenTech Trail Sales
Plan FY2027, plan year 1 October 2026 - 30 September 2027, USD) from the real Maven CRM
export (/work/shared/data/maven-crm/). Standard library only; deterministic: no random
module and no clock (selections use zlib.crc32 of the opportunity id).

- The export is kept as it is: opportunity ids, agents' and managers' real names, regional
  offices, products (the price list's spelling: "GTXPro" -> "GTX Pro"), accounts and close
  values in USD. 15 agents of three regional managers are on the plan (ROSTER below).
- Dates: Maven close dates (1 Mar - 31 Dec 2017) move 9 years and 214 days forward, so
  they fall 1 Oct 2026 - 2 Aug 2027. AS OF = 2027-05-31. A Won opportunity that now closes
  after it becomes an open deal (probability 0.7); a Lost one after it is dropped (not yet
  decided). Engaging / Prospecting opportunities are open deals (probability 0.6 / 0.25)
  at their product's list price, forecast to close in May 2027 (on or before the as-of).
- Type: "new" (a new-logo deal) when nobody on the plan had won the account before the
  deal's close date, or the account is blank; else "expansion".
- Mid-year joiners: Kami Bicknell joined 2027-01-18, Corliss Cosme 2027-04-15. Their
  opportunities that close before their start are dropped.
- Cancelled: a won deal closing by 2027-04-30 whose crc32 % 29 == 0 is cancelled
  10-159 days after close (cancel date capped at the as-of date).
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 5, 31)
SHIFT = dt.timedelta(days=214)

ROSTER = [
    # id, roster name, manager, territory, start_date
    ("Anna Snelling", "Anna Snelling", "Dustin Brinkmann", "Central", ""),
    ("Cecily Lampkin", "Cecily Lampkin", "Dustin Brinkmann", "Central", ""),
    ("Versie Hillebrand", "Versie Hillebrand", "Dustin Brinkmann", "Central", ""),
    ("Lajuana Vencill", 'Lajuana "LJ" Vencill', "Dustin Brinkmann", "Central", ""),
    ("Moses Frase", "Moses Frase", "Dustin Brinkmann", "Central", ""),
    ("Violet Mclelland", "Violet Mclelland", "Cara Losch", "East", ""),
    ("Corliss Cosme", "Corliss Cosme", "Cara Losch", "East", "2027-04-15"),
    ("Rosie Papadopoulos", "Rosie Papadopoulos", "Cara Losch", "East", ""),
    ("Garret Kinder", "Garret Kinder", "Cara Losch", "East", ""),
    ("Wilburn Farren", 'Wilburn "Will" Farren', "Cara Losch", "East", ""),
    ("James Ascencio", "James Ascencio", "Summer Sewald", "West", ""),
    ("Kary Hendrixson", "Kary Hendrixson", "Summer Sewald", "West", ""),
    ("Kami Bicknell", "Kami Bicknell", "Summer Sewald", "West", "2027-01-18"),
    ("Zane Levy", "Zane Levy", "Summer Sewald", "West", ""),
    ("Maureen Marcano", "Maureen Marcano", "Summer Sewald", "West", ""),
]
START = {r[0]: r[4] for r in ROSTER}
PRICE = {r["product"]: r["sales_price"] for r in csv.DictReader(open(f"{SRC}/products.csv"))}


def crc(s):
    return zlib.crc32(s.encode())


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    seller = r["sales_agent"]
    if seller not in START:
        continue
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    oid = r["opportunity_id"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2027, 5, 1) + dt.timedelta(days=crc(oid) % 31)
        amount = PRICE[product]
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        d = dt.date.fromisoformat(r["close_date"])
        close = d.replace(year=d.year + 9) + SHIFT
        amount = r["close_value"] or "0"
        if close > AS_OF:
            if stage == "lost":
                continue
            stage, prob = "open", "0.7"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    rows.append(dict(id=oid, seller=seller, account=r["account"], product=product,
                     amount=f"{int(amount)}.00", close_date=close.isoformat(), stage=stage,
                     probability=prob, cancel_date=""))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    x["type"] = "new" if (not acct or acct not in won_accounts) else "expansion"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
    x["name"] = f'{acct or "No account"} {x["product"]}'

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2027-04-30" and crc(x["id"]) % 29 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=10 + crc(x["id"][::-1]) % 150)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date",
        "stage", "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["currency"] = "USD"
        w.writerow(x)

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date"])
    for sid, name, mgr, terr, start in ROSTER:
        w.writerow([sid, name, mgr, terr, "Sales Agent", start])
print(len(rows), "lines")
