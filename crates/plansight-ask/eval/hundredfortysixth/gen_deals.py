#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfortysixth workspace (MavenTech, the company
of the real Maven CRM export, as it is: its 35 sales agents, their 6 managers, 3 regional
offices, 7 products, 85 accounts and its deal stages; amounts in USD as exported) under the
plan "maven-helm-fy18", plan year 1 July 2017 - 30 June 2018, quarterly quotas, MONTHLY payouts.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

Source: /work/shared/data/maven-crm/ (sales_pipeline.csv, sales_teams.csv, products.csv).

- Every opportunity of the export is one line: id = opportunity_id, seller = sales_agent as the
  CRM spells it, account as exported (blank where the export has none), product as the price
  list spells it ("GTXPro" -> "GTX Pro"), close_date as exported. No deal is re-cast, split or
  dropped; deals closed before 1 July 2017 (FY17) stay in the file and credit nothing under this
  plan.
- Amounts (USD): a Won opportunity carries its close_value; a Lost one and an open one (the
  export gives them no value) carry the product's sales_price from products.csv.
- Stages: Won = won, Lost = lost, Engaging and Prospecting = open.
- The data is cut AS OF 2017-12-22: a Won opportunity closing after that date was still open
  that day (stage open, probability 0.85, expected close = its exported close date). Engaging
  opportunities (the export gives no date) are expected to close 1 December 2017 + (hash mod 45)
  days, probability 0.5 (about half of them overdue at the as-of date); Prospecting ones
  10 January 2018 + (hash mod 80) days, probability 0.15.
- Cancellations (the only stage the export does not have; plan.md section 11 "Man Overboard"):
  a won deal closed 1 July - 15 December 2017 with hash mod 29 = 0 is cancelled, cancel_date =
  close + 4 + (hash mod 150) days when that date is on or before the as-of date (a later one has
  not happened yet: the deal stays won). Those cancelled within 90 days of close are clawed back.
- Roster (sellers.csv): the 35 agents of sales_teams.csv with their manager and regional office.
  The five agents with no opportunity in the export are this year's new starters (start dates
  below). The Senior Agent Darcel Schlecht carries a personal quarterly quota on both measures.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 12, 22)
FY_START = dt.date(2017, 7, 1)
CANCEL_BY = dt.date(2017, 12, 15)

STARTERS = {
    "Mei-Mei Johns": "2017-10-02",
    "Elizabeth Anderson": "2017-10-16",
    "Natalya Ivanova": "2017-11-01",
    "Carol Thompson": "2017-11-13",
    "Carl Lin": "2017-12-04",
}
ROLE = {"Darcel Schlecht": "Senior Agent"}
QUOTA_TONNAGE = {"Darcel Schlecht": "250000.00"}
QUOTA_FLAGSHIP = {"Darcel Schlecht": "200000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def product_name(p):
    return "GTX Pro" if p == "GTXPro" else p


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    x = h(oid)
    product = product_name(r["product"])
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if r["deal_stage"] == "Won":
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"])
        if close > AS_OF:
            stage, prob = "open", "0.85"
    elif r["deal_stage"] == "Lost":
        close = dt.date.fromisoformat(r["close_date"])
        amount = price[product]
    elif r["deal_stage"] == "Engaging":
        close = dt.date(2017, 12, 1) + dt.timedelta(days=x % 45)
        amount = price[product]
        prob = "0.5"
    else:
        close = dt.date(2018, 1, 10) + dt.timedelta(days=x % 80)
        amount = price[product]
        prob = "0.15"
    if stage == "won" and FY_START <= close <= CANCEL_BY and (x // 7) % 29 == 0:
        cdate = close + dt.timedelta(days=4 + (x // 11) % 150)
        if cdate <= AS_OF:
            stage = "cancelled"
            cancel = cdate.isoformat()
    rows.append(dict(id=oid, seller=r["sales_agent"], account=r["account"], product=product,
                     amount=f"{amount}.00", close_date=close.isoformat(), stage=stage,
                     probability=prob, cancel_date=cancel, currency="USD"))

rows.sort(key=lambda d: (d["seller"], d["close_date"], d["id"]))
COLS = ["id", "seller", "account", "product", "amount", "close_date", "stage", "probability",
        "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:tonnage", "quota:flagship"])
    for t in read("sales_teams.csv"):
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Sales Agent"),
                    STARTERS.get(a, ""), "", QUOTA_TONNAGE.get(a, ""), QUOTA_FLAGSHIP.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for d in rows if d["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
