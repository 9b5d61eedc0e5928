#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfourteenth workspace (MavenTech field
sales, FY2027 plan year 1 October 2026 - 30 September 2027, USD, quarterly payouts) from the
real Maven CRM export (/work/shared/data/maven-crm/), as it is. Standard library only;
deterministic: every choice is made from the CRC-32 of the opportunity id (no random, no clock).

- Every opportunity of every agent is kept: id = opportunity_id, seller = sales_agent (the
  CRM's spelling), account as exported (blank when the CRM has none), product as the price
  list spells it ("GTXPro" -> "GTX Pro"), amount = close_value in USD.
- Re-dating: every CRM close date moves forward by the same number of days, so 1 March 2017
  becomes 1 October 2026 (the plan's first day); 31 December 2017 becomes 1 August 2027.
- AS OF = 2027-06-18. A Won opportunity whose new close date falls after it is still an open
  deal then (probability 0.7, its close value), expected on the as-of date. Engaging /
  Prospecting opportunities are open deals (probability 0.5 / 0.2) at their product's list
  price, expected to close between 1 and 18 June 2027 (CRC-32 of the id picks the day), so a
  pipeline what-if lands them in June (M09, Q3). Lost stays lost (amount = close value, 0.00)
  up to AS OF; a Lost opportunity whose new close date falls after it is still open then
  (probability 0.3, list price), expected on the as-of date.
- Type: "new" (a new logo) when nobody at MavenTech had won the account on an earlier date
  (or no account is recorded), else "expansion".
- Cancellations: a won deal whose CRC-32 is divisible by 31 and that closed by 2027-05-31 is
  cancelled 10-159 days after its close (CRC-32 picks the gap), the date capped at AS OF.
- Roster: the 35 agents of sales_teams.csv with their managers and regional offices; the five
  agents with no opportunity in the export joined on 2027-04-05 (prorated quota); Darcel
  Schlecht, the one Senior Agent, carries a personal Hardware Revenue quota of 450,000.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 6, 18)
OFFSET = dt.date(2026, 10, 1) - dt.date(2017, 3, 1)
LATE_JOINERS = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
JOIN_DATE = "2027-04-05"
SENIOR = {"Darcel Schlecht": "450000.00"}   # a personal Hardware Revenue quota (plan.md 5.2)

def crc(s):
    return zlib.crc32(s.encode("utf-8"))

def money(x):
    return f"{x:.2f}"

PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
def product_name(p):
    return "GTX Pro" if p == "GTXPro" else p

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    product = product_name(r["product"])
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2027, 6, 1) + dt.timedelta(days=crc(oid) % 18)
        amount = PRICE[product]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = dt.date.fromisoformat(r["close_date"]) + OFFSET
        amount = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob, close = "open", "0.7", AS_OF
        elif stage == "lost" and close > AS_OF:
            stage, prob, amount, close = "open", "0.3", PRICE[product], AS_OF
    rows.append(dict(id=oid, seller=r["sales_agent"], account=r["account"],
                     name=f"{r['account'] or 'No account'} {product}", product=product,
                     amount=money(amount), close_date=close.isoformat(), stage=stage,
                     split="1", probability=prob, term_months="", cancel_date="",
                     currency="USD"))

# type: new logo unless the account was won on an earlier date
first_win = {}
for x in rows:
    if x["stage"] == "won" and x["account"]:
        d = x["close_date"]
        if x["account"] not in first_win or d < first_win[x["account"]]:
            first_win[x["account"]] = d
for x in rows:
    a = x["account"]
    x["type"] = "expansion" if a and a in first_win and first_win[a] < x["close_date"] else "new"

for x in rows:
    c = crc(x["id"])
    if x["stage"] == "won" and x["close_date"] <= "2027-05-31" and c % 31 == 0:
        cd = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=10 + (c // 31) % 150)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(cd, AS_OF).isoformat()

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        w.writerow(x)

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:hw_rev"])
    for t in csv.DictReader(open(f"{SRC}/sales_teams.csv")):
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"],
                    "Senior Agent" if a in SENIOR else "Sales Agent",
                    JOIN_DATE if a in LATE_JOINERS else "", "", SENIOR.get(a, "")])
print(len(rows), "lines")
