#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredseventyfifth workspace (MavenTech, the
company of the real Maven CRM export: GTX and GTK computer systems and the MG software line;
plan "Clockspeed" FY2017-18, plan year 1 March 2017 - 28 February 2018, USD, MONTHLY payouts)
from the export in /work/shared/data/maven-crm/, read as it is (the export is never written).
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of the export is one line: id = opportunity_id, seller = sales_agent,
  account and product as exported ("GTXPro" is written "GTX Pro", as the price list spells it),
  stage Won/Lost/Engaging/Prospecting = won/lost/open/open.
- Amounts in USD: a won deal's close_value; lost and open ones carry the product's list price
  (products.csv). Won and lost deals keep their export close date. AS OF = 2017-12-15 (the
  export seen on that day): a Won opportunity closing after it is an open deal (probability 0.7)
  expected to close on its export close date, at its close value; a Lost one closing after it is
  open (probability 0.3) expected on its export close date. So wins run 1 March - 15 December.
- Open deals: Engaging = probability 0.5, expected close 3 January 2018 + (hash mod 56) days
  (to 27 February 2018); Prospecting = probability 0.2, expected close 1 February 2018 +
  (hash mod 59) days (some fall after 28 February 2018, outside the plan year).
- Type: "new" (a fresh install) when the agent had won nothing at that account before the
  deal's close date (open deals: before the as-of date), or the deal has no account;
  otherwise "expansion" (a refresh).
- Rollbacks: a won deal closed on or before 2017-11-30 with (hash // 7) mod 50 = 0 is
  cancelled, cancel_date = close + 12 + (hash // 11 mod 130) days, when that is on or before the
  as-of date (plan.md section 10: only cancellations within 90 days of close are clawed back).
- Roster: the 35 agents under their 6 managers (sales_teams.csv; territory = regional office).
  Darcel Schlecht (Principal Account Executive) carries her own monthly System Bookings quota
  of 90,000 and Kary Hendrixson (Senior Account Executive) 35,000 (plan 25,000). The five agents
  with no opportunity in the export joined on 2017-11-06.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 12, 15)
CANCEL_BY = dt.date(2017, 11, 30)
QUOTA = {"Darcel Schlecht": "90000.00", "Kary Hendrixson": "35000.00"}
ROLE = {"Darcel Schlecht": "Principal Account Executive",
        "Kary Hendrixson": "Senior Account Executive"}
STARTER = "2017-11-06"


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
pipe = read("sales_pipeline.csv")
teams = read("sales_teams.csv")

# first win of each agent at each account
first_win = {}
for r in pipe:
    if r["deal_stage"] == "Won" and r["account"] and r["close_date"] <= AS_OF.isoformat():
        k = (r["sales_agent"], r["account"])
        d = dt.date.fromisoformat(r["close_date"])
        if k not in first_win or d < first_win[k]:
            first_win[k] = d

rows = []
for r in pipe:
    oid = r["opportunity_id"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "won":
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"])
    elif stage == "lost":
        close = dt.date.fromisoformat(r["close_date"])
        amount = price[product]
    elif r["deal_stage"] == "Engaging":
        close = dt.date(2018, 1, 3) + dt.timedelta(days=x % 56)
        amount = price[product]
        prob = "0.5"
    else:
        close = dt.date(2018, 2, 1) + dt.timedelta(days=x % 59)
        amount = price[product]
        prob = "0.2"
    if stage in ("won", "lost") and close > AS_OF:
        prob = "0.7" if stage == "won" else "0.3"
        stage = "open"
    account = r["account"]
    seen = first_win.get((r["sales_agent"], account))
    upto = close if stage in ("won", "lost") else AS_OF
    typ = "expansion" if account and seen is not None and seen < upto else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 50 == 0:
        gone = close + dt.timedelta(days=12 + (x // 11) % 130)
        if gone <= AS_OF:
            stage = "cancelled"
            cancel = gone.isoformat()
    rows.append(dict(id=oid, seller=r["sales_agent"], account=account,
                     name=f"{account} {product}" if account else product,
                     type=typ, product=product, amount=f"{amount}.00",
                     close_date=close.isoformat(), stage=stage, split="1",
                     probability=prob, cancel_date=cancel, currency="USD"))

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

active = {r["seller"] for r in rows}
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:systems"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"],
                    ROLE.get(a, "Account Executive"), "" if a in active else STARTER, "",
                    QUOTA.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
