#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the ninetyeighth workspace (MavenTech field sales,
plan year 1 October 2026 - 30 September 2027, MONTHLY payouts, USD) from the Maven CRM
export AS IT IS (/work/shared/data/maven-crm/). Standard library only; deterministic: no
random numbers and no clock, every choice is made from the CRC-32 of the opportunity id.

- Every opportunity of the export is kept; seller = the agent's name as the CRM spells it;
  account, product (price-list spelling: "GTXPro" -> "GTX Pro") and amount = close_value in
  USD as exported. Lost opportunities keep their close value (0.00 in the export).
- Dates: every close date moves forward by the days from 2017-03-01 to 2026-10-01 (214 days
  plus 9 years), so the CRM's 1 March - 31 December 2017 becomes 1 October 2026 - 31 July
  2027. AS OF = 2027-06-30: a Won opportunity that now closes after it (in July 2027) becomes
  an open deal (probability 0.8) forecast to close on the as-of date, 2027-06-30.
- Open opportunities (Engaging / Prospecting, no close date) carry the product's list price
  and an expected close in June 2027 (day = 1 + CRC-32 % 30), with probability 0.6
  (Engaging) or 0.25 (Prospecting), so the whole pipeline still falls in Q3 and June.
- Type: "new" (a new logo) when nobody at MavenTech had a won deal with the account closing
  before this one (or no account), else "expansion".
- Cancellations: a won deal closing on or before 2027-05-31 whose CRC-32 % 37 == 0 is
  cancelled 10 + CRC-32 % 140 days after close (capped at the as-of date).
- Roster: the 35 agents of sales_teams.csv with their managers and regional offices. The
  five agents with no opportunity in the export joined on 2027-04-01.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 6, 30)
SHIFT = dt.date(2026, 10, 1) - dt.date(2017, 3, 1)
JOINERS = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
JOIN_DATE = "2027-04-01"

PRICE = {r["product"]: r["sales_price"] for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]

def crc(s):
    return zlib.crc32(s.encode("utf-8"))

def money(x):
    return f"{float(x):.2f}"

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2027, 6, 1) + dt.timedelta(days=crc(oid) % 30)
        amount = PRICE[r["product"]]
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = r["close_value"] or "0"
        if stage == "won" and close > AS_OF:
            stage, prob, close = "open", "0.8", AS_OF
    rows.append(dict(id=oid, seller=r["sales_agent"], account=r["account"],
                     name=(f"{r['account']} {product}" if r["account"] else product),
                     product=product, amount=money(amount), close_date=close.isoformat(),
                     stage=stage, split="1", probability=prob, currency="USD"))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    x["type"] = "new" if (not acct or acct not in won_accounts) else "expansion"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)

for x in rows:
    c = crc(x["id"])
    if x["stage"] == "won" and x["close_date"] <= "2027-05-31" and c % 37 == 0:
        cancel = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=10 + c % 140)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(cancel, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for x in rows:
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date"])
    for r in csv.DictReader(open(f"{SRC}/sales_teams.csv")):
        a = r["sales_agent"]
        w.writerow([a, a, r["manager"], r["regional_office"], "Sales Agent",
                    JOIN_DATE if a in JOINERS else "", ""])
print(len(rows), "lines")
