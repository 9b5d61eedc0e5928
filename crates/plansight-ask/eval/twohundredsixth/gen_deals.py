#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredsixth workspace from the real Maven CRM
export in /work/shared/data/maven-crm/, kept as it is: MavenTech's own agents are the sellers
(spelled as the CRM spells them), its own products and accounts. The plan is plan.toml /
plan.md beside this file (MavenTech Harbour Plan FY2018: plan year 1 July 2017 - 30 June 2018,
MONTHLY payouts). Standard library only; deterministic (every choice is an md5 hash of the
opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- Kept: every opportunity closed (Won or Lost) on or after 1 July 2017, the plan year's start,
  and every open one (Engaging, Prospecting). Won and lost opportunities of March - June 2017
  belong to the previous plan year and are left out (they are still read to type the deals).
- id = opportunity_id; seller = sales_agent; product as the price list spells it (the pipeline's
  "GTXPro" is "GTX Pro"); account as exported (empty for the open opportunities the CRM has no
  account on).
- Stage: Won = won, Lost = lost, Engaging and Prospecting = open.
- Amount: close_value for won deals; the product's list price (products.csv) for lost and open
  ones, whose close_value is 0 in the export.
- Close date as exported for won and lost deals. Open deals carry the CRM forecast of the
  year-end push: Engaging 18 - 31 December 2017 (hash mod 14), probability 0.6; Prospecting
  20 - 31 December 2017 (hash mod 12), probability 0.25. So at the as-of date (2017-12-31) the
  whole pipeline is due, and a pipeline what-if lands in December (M06, Q2).
- Type (plan.md 3.5): "new" = the agent had never won an opportunity with that account before
  this one's close date (looking at the whole export, from March 2017), or the opportunity has
  no account; "repeat" = otherwise. Open deals are typed at the as-of date.
- Splits (plan.md 3.4): a won or cancelled GTK 500 deal of any agent but Rosalina Dieter (the
  GTK specialist) is two lines with the same id: 80% to the agent, 20% to Rosalina Dieter.
- Cancellations ("overboard"): a won deal closed on or before 2017-12-15 with hash mod 41 = 0
  becomes cancelled, cancel_date = close + 6 + (hash mod 110) days, at the latest 2017-12-31.
  The plan claws back cancellations within 75 days of close (plan.md 11).
- Roster (sellers.csv): the 35 agents of sales_teams.csv with their manager and regional office.
  The five agents with no opportunity in the export are this year's new hires: Elizabeth
  Anderson (start 2017-09-18), Carol Thompson (2017-10-16), Mei-Mei Johns (2017-11-01), Carl Lin
  (2017-11-20), Natalya Ivanova (2017-12-04). Darcel Schlecht, Senior Account Executive, carries
  his own quarterly core quota of 180,000.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
PLAN_START = dt.date(2017, 7, 1)
AS_OF = dt.date(2017, 12, 31)
CANCEL_BY = dt.date(2017, 12, 15)
SPECIALIST = "Rosalina Dieter"
NEW_HIRES = {
    "Elizabeth Anderson": "2017-09-18",
    "Carol Thompson": "2017-10-16",
    "Mei-Mei Johns": "2017-11-01",
    "Carl Lin": "2017-11-20",
    "Natalya Ivanova": "2017-12-04",
}
SENIOR = {"Darcel Schlecht": "180000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
pipeline = read("sales_pipeline.csv")

# every won (agent, account) with its close dates, to type the deals
wins = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        wins.setdefault((r["sales_agent"], r["account"]), []).append(
            (dt.date.fromisoformat(r["close_date"]), r["opportunity_id"]))


def deal_type(agent, account, close, oid):
    if not account:
        return "new"
    for d, other in wins.get((agent, account), []):
        if d < close or (d == close and other < oid):
            return "repeat"
    return "new"


rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    x = h(oid)
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 12, 18) + dt.timedelta(days=x % 14)
            prob = "0.6"
        else:
            close = dt.date(2017, 12, 20) + dt.timedelta(days=x % 12)
            prob = "0.25"
        amount = price[product]
        typed_at = AS_OF + dt.timedelta(days=1)  # every win up to the as-of date counts
    else:
        close = dt.date.fromisoformat(r["close_date"])
        if close < PLAN_START:
            continue
        amount = int(r["close_value"]) if stage == "won" else price[product]
        typed_at = close
    typ = deal_type(agent, r["account"], typed_at, oid)
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 41 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 110), AS_OF).isoformat()
    account = r["account"]
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=agent, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if product == "GTK 500" and agent != SPECIALIST and stage in ("won", "cancelled"):
        line["split"] = "0.8"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.2"))
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
                "quota:core"])
    for r in read("sales_teams.csv"):
        a = r["sales_agent"]
        role = ("Senior Account Executive" if a in SENIOR else
                "Account Executive (new hire)" if a in NEW_HIRES else "Account Executive")
        w.writerow([a, a, r["manager"], r["regional_office"], role, NEW_HIRES.get(a, ""), "",
                    SENIOR.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "new:", sum(1 for x in rows if x["type"] == "new" and x["stage"] in ("won", "cancelled")))
