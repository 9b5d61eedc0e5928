#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfiftyninth workspace (MavenTech "Plan
Picante", plan year 1 March 2017 - 28 February 2018, USD, MONTHLY payouts) from the real Maven
CRM export in /work/shared/data/maven-crm/, kept as it is: the agents, managers, regional
offices, accounts, products, opportunity ids, stages, close dates and close values are the
export's. Standard library only; deterministic (every choice is an md5 hash of the opportunity
id; no clock, no random stream). Run: python3 gen_deals.py

- id = opportunity_id; seller = sales_agent (full name as the CRM spells it); account as
  exported (blank when the export has none); product as the price list spells it ("GTXPro" ->
  "GTX Pro"); amount = close_value (won), the product's list price (lost and open).
- Stage: Won -> won, Lost -> lost, Engaging / Prospecting -> open. Open opportunities have no
  close date in the export: they get the expected close date the year-end forecast gives them,
  in December 2017 (the month of the as-of date; Engaging 1-31 December, Prospecting 15-31
  December, from the hash; those before the as-of date are overdue), probability 0.5 (Engaging)
  or 0.15 (Prospecting).
- Type: "new" (a new logo) when no earlier opportunity at that account was won (the first
  won deal at each account, by close date then id; an open or lost opportunity at an account
  never won by the as-of date; an open opportunity with no account); "repeat" otherwise.
- Cancellations ("caidas"): a won deal with hash mod 85 = 0 is cancelled, cancel_date = close
  + 12 + (hash mod 150) days, at the latest the as-of date 2017-12-31 (plan.md section 11: only
  cancellations within 90 days of close are clawed back).
- Roster (sellers.csv): the 35 agents of sales_teams.csv with their manager and regional
  office. Darcel Schlecht is the Key Account Executive with his own quarterly Hardware Volume
  quota of 200,000. The five agents with no opportunity in the export (Mei-Mei Johns, Elizabeth
  Anderson, Natalya Ivanova, Carol Thompson, Carl Lin) joined on 2017-11-13. Garret Kinder left
  on 2017-12-15.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 12, 31)
JOINED = "2017-11-13"
STARTERS = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
LEAVERS = {"Garret Kinder": "2017-12-15"}
ROLE_QUOTA = {"Darcel Schlecht": ("Key Account Executive", "200000.00")}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")


def product_of(p):
    return "GTX Pro" if p == "GTXPro" else p


# the first won deal at each account (by close date, then id) is its new logo
first_win = {}
for r in sorted((r for r in pipeline if r["deal_stage"] == "Won"),
                key=lambda r: (r["close_date"], r["opportunity_id"])):
    if r["account"] and r["account"] not in first_win:
        first_win[r["account"]] = r["opportunity_id"]

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    product = product_of(r["product"])
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "won":
        typ = "new" if first_win.get(account) == oid else "repeat"
    else:
        typ = "new" if not account or account not in first_win else "repeat"
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 12, 1) + dt.timedelta(days=x % 31)
            prob = "0.5"
        else:
            close = dt.date(2017, 12, 15) + dt.timedelta(days=(x // 3) % 17)
            prob = "0.15"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"]) if stage == "won" else price[product]
    if stage == "won" and (x // 7) % 85 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=12 + (x // 11) % 150), AS_OF).isoformat()
    name = f"{account or 'Prospect'} {product}"
    rows.append(dict(id=oid, seller=r["sales_agent"], account=account, name=name, type=typ,
                     product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                     stage=stage, split="1", probability=prob, cancel_date=cancel,
                     currency="USD"))

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
                "quota:hw_volume"])
    for t in teams:
        sid = t["sales_agent"]
        role, quota = ROLE_QUOTA.get(sid, ("Sales Agent", ""))
        start = JOINED if sid in STARTERS else ""
        w.writerow([sid, sid, t["manager"], t["regional_office"], role, start,
                    LEAVERS.get(sid, ""), quota])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "new logos won:", sum(1 for x in rows if x["stage"] in ("won", "cancelled") and x["type"] == "new"))
