#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredsixtyfifth workspace (MavenTech, the
hardware company of the public Maven CRM export, plan "maventech-fy18": fiscal year 1 July 2017
- 30 June 2018, QUARTERLY payouts, USD) from /work/shared/data/maven-crm/ kept as it is.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of sales_pipeline.csv is one line: id = opportunity_id, seller = the
  sales agent as the CRM spells them, account as exported (empty where the export has none),
  product as the price list spells it ("GTXPro" -> "GTX Pro"), name = "<account> <product>".
- Stage: Won = won, Lost = lost, Engaging / Prospecting = open. Won deals keep their close
  date and close value. Lost deals keep their close date and carry the product's list price
  (the quote that was lost). Open deals ("in the sidings") carry the list price and a forecast
  close date: Engaging = probability 0.5, 5 January 2018 + (hash mod 150) days; Prospecting =
  probability 0.15, 1 February 2018 + (hash mod 140) days.
- Deals closing before 1 July 2017 belong to the previous plan year (FY17) and are kept as
  they are; the FY18 plan credits nothing of them.
- Type: "new" (a "new station") when the agent had won nothing at that account before the
  opportunity was engaged (or the opportunity has no account), else "repeat".
- Cancellations ("derailments"): a won deal closed 1 July - 15 December 2017 with hash mod 71 = 0
  is cancelled, cancel_date = close + 6 + (hash mod 125) days, at the latest 31 December 2017
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster = sales_teams.csv: 35 agents under 6 managers, territory = regional office. The two
  Senior Agents carry their own quarterly Bookings quota (Darcel Schlecht 240,000, Vicki
  Laflamme 150,000). The five agents with no opportunity in the export joined on 13 November
  2017.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 12, 31)
FY_START = dt.date(2017, 7, 1)
CANCEL_BY = dt.date(2017, 12, 15)
SENIOR = {"Darcel Schlecht": "240000.00", "Vicki Laflamme": "150000.00"}
STARTER = "2017-11-13"


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")

# won deals per (agent, account), for the deal type
won_at = {}
for r in pipeline:
    if r["deal_stage"] == "Won":
        won_at.setdefault((r["sales_agent"], r["account"]), []).append(
            dt.date.fromisoformat(r["close_date"]))

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2018, 1, 5) + dt.timedelta(days=x % 150)
            prob = "0.5"
        else:
            close = dt.date(2018, 2, 1) + dt.timedelta(days=x % 140)
            prob = "0.15"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"]) if stage == "won" else price[product]
    engaged = dt.date.fromisoformat(r["engage_date"]) if r["engage_date"] else AS_OF
    earlier = [d for d in won_at.get((r["sales_agent"], account), []) if d < engaged]
    typ = "repeat" if account and earlier else "new"
    if stage == "won" and FY_START <= close <= CANCEL_BY and (x // 5) % 71 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 7) % 125), AS_OF).isoformat()
    name = f"{account} {product}" if account else product
    rows.append(dict(id=oid, seller=r["sales_agent"], account=account, name=name, type=typ,
                     product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                     stage=stage, probability=prob, cancel_date=cancel))

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "probability", "cancel_date"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

active = {r["seller"] for r in rows}
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:bookings"])
    for t in teams:
        a = t["sales_agent"]
        role = "Senior Agent" if a in SENIOR else "Field Agent"
        start = "" if a in active else STARTER
        w.writerow([a, a, t["manager"], t["regional_office"], role, start, "", SENIOR.get(a, "")])
fy = [x for x in rows if x["close_date"] >= FY_START.isoformat()]
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "FY18 won:", sum(1 for x in fy if x["stage"] == "won"),
      "new:", sum(1 for x in fy if x["stage"] == "won" and x["type"] == "new"))
