#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredthirtyseventh workspace from the real
Maven CRM export in /work/shared/data/maven-crm/, KEPT AS IT IS: MavenTech's own 35 sales
agents (account executives) under their 6 managers and 3 regional offices, its own 85
accounts, its own 7 products and every one of its 8,800 opportunities on its own dates.
The plan over it (plan.toml, plan.md) is MavenTech's FY2018 Account Executive Commission
Plan: plan year 1 March 2017 - 28 February 2018, MONTHLY payouts, USD.

Standard library only; deterministic (one random.Random(237) stream consumed in the export's
row order; no clock). Running it twice writes the same bytes. Run: python3 gen_deals.py

What is added to the export, and why:
- id = opportunity_id; seller = sales_agent as the CRM spells it; account as exported
  (empty for the opportunities that have none); product as products.csv spells it
  ("GTXPro" -> "GTX Pro").
- amount: a won deal's close_value; a lost or open opportunity (the export gives none) carries
  its product's list price from products.csv.
- stage: Won = won, Lost = lost, Engaging / Prospecting = open. Won and lost deals keep the
  export's close_date. Open ones get a forecast close: Engaging = 11 December 2017 + 0..79 days
  (within the plan year; about a quarter of them fall on or before the as-of date, 31 December
  2017: overdue in the CRM, still open), probability 0.5; Prospecting = 15 January 2018 +
  0..89 days (some after the plan year ends on 28 February 2018), probability 0.2.
- type: "new" (a new logo for the AE: the first deal the AE wins at that account, in the
  order of close date then id; a lost or open opportunity is "new" when the AE had won nothing
  at the account before its close date, or its engage date when open; an opportunity with no
  account is "new"), otherwise "expansion".
- Rainouts (cancelled deals; the export has none): a won deal closed on or before 2017-12-10
  is cancelled with probability 0.025; cancel_date = close + 10..140 days, at the latest the
  as-of date 2017-12-31 (plan.md section 11 claws back only cancellations within 90 days).
- Franchise accounts (plan.md 3.5): a won or cancelled deal at Kan-code, Konex or Hottechi
  closed by an AE other than the account's Franchise Captain is two lines with the same id:
  80% to the AE, 20% to the captain (Kan-code: Reed Clapper; Konex: Vicki Laflamme;
  Hottechi: Jonathan Berthelot).
- Roster (sellers.csv): every agent of sales_teams.csv with their manager and regional office.
  The five agents with no opportunity in the export are this year's new hires (start dates
  below). Senior Account Executives carry their own quarterly Platform quota.
"""
import csv
import datetime as dt
import os
import random

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 12, 31)
CANCEL_BY = dt.date(2017, 12, 10)
CAPTAIN = {"Kan-code": "Reed Clapper", "Konex": "Vicki Laflamme", "Hottechi": "Jonathan Berthelot"}
START = {
    "Mei-Mei Johns": "2017-10-02",
    "Elizabeth Anderson": "2017-11-06",
    "Natalya Ivanova": "2017-11-06",
    "Carol Thompson": "2017-12-04",
    "Carl Lin": "2017-12-04",
}
SENIOR_QUOTA = {"Darcel Schlecht": "200000.00", "Kary Hendrixson": "120000.00"}
STAGE = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: r["sales_price"] for r in read("products.csv")}
pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")
rng = random.Random(237)


def product_of(p):
    return "GTX Pro" if p == "GTXPro" else p


# The AE's wins by account, in close-date order, for the deal types.
wins = sorted((r for r in pipeline if r["deal_stage"] == "Won"),
              key=lambda r: (r["close_date"], r["opportunity_id"]))
first_win = {}
for r in wins:
    first_win.setdefault((r["sales_agent"], r["account"]), (r["close_date"], r["opportunity_id"]))

rows = []
for r in pipeline:
    oid, agent, account = r["opportunity_id"], r["sales_agent"], r["account"]
    product = product_of(r["product"])
    stage = STAGE[r["deal_stage"]]
    # Every row draws the same three numbers, so one row's fate never shifts another's.
    u_cancel, u_days, u_close = rng.random(), rng.randint(10, 140), rng.random()
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 12, 11) + dt.timedelta(days=int(u_close * 80))
            prob = "0.5"
        else:
            close = dt.date(2018, 1, 15) + dt.timedelta(days=int(u_close * 90))
            prob = "0.2"
        amount = price[product]
        since = r["engage_date"]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        amount = r["close_value"] if stage == "won" else price[product]
        since = r["close_date"]
    fw = first_win.get((agent, account))
    if not account or fw is None:
        typ = "new"
    elif stage == "won":
        typ = "new" if fw == (r["close_date"], oid) else "expansion"
    else:
        typ = "new" if fw[0] >= since else "expansion"
    if stage == "won" and close <= CANCEL_BY and u_cancel < 0.025:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=u_days), AS_OF).isoformat()
    line = dict(id=oid, seller=agent, account=account, type=typ, product=product,
                amount=f"{int(amount)}.00", close_date=close.isoformat(), stage=stage,
                split="1", probability=prob, cancel_date=cancel)
    captain = CAPTAIN.get(account)
    if captain and captain != agent and stage in ("won", "cancelled"):
        rows.append(dict(line, split="0.8"))
        rows.append(dict(line, seller=captain, split="0.2"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "type", "product", "amount", "close_date", "stage", "split",
        "probability", "cancel_date"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:platform"])
    for t in teams:
        a = t["sales_agent"]
        if a in SENIOR_QUOTA:
            role = "Senior Account Executive"
        elif a in CAPTAIN.values():
            role = "Account Executive, Franchise Captain"
        else:
            role = "Account Executive"
        w.writerow([a, a, t["manager"], t["regional_office"], role, START.get(a, ""), "",
                    SENIOR_QUOTA.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
