#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfortyfirst workspace (MavenTech, the
computer-hardware company of the public Maven CRM export, as it is: its own 35 sales agents, six
managers, three regional offices, seven products and 85 accounts; plan "maventech-fy18", fiscal
year 1 March 2017 - 28 February 2018, USD, MONTHLY payouts) from /work/shared/data/maven-crm/,
read and never changed. Standard library only; deterministic (every choice is an md5 hash of the
opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of the export is one line: id = opportunity_id, seller = sales_agent,
  account as exported (blank where the export has none), product as the price list spells it
  ("GTXPro" -> "GTX Pro"), amount = close_value for won deals, the product's list price for
  lost and open ones. Dates are the export's own (nothing is shifted).
- AS OF = 2017-11-17 (a Friday in the third fiscal quarter). The export knows what happened
  after it; the workspace does not: a Won opportunity closing after the as-of date is an open
  deal (probability 0.7) expected on its real close date; a Lost one dated after it is open
  (probability 0.3) on its real date. Engaging opportunities are open (0.5), expected
  2017-11-20 + (hash mod 90) days; Prospecting ones (0.2) 2017-12-01 + (hash mod 89) days.
- Type (MavenTech's order type, recorded by Sales Ops): hash mod 4 = 0 -> "new" (a new
  department or site of the customer, a "fresh install"), hash mod 4 = 1 -> "refresh" (old
  MavenTech hardware replaced), otherwise "expansion" (more of what the customer already runs).
- Cancellations ("bricked" deals): a won deal with (hash // 7) mod 55 = 0 is cancelled on
  close + 6 + (hash // 11) mod 150 days, when that day is on or before the as-of date (plan.md
  section 10: only cancellations within 90 days of close are clawed back).
- Roster: the 35 agents of sales_teams.csv under their six managers (territory = regional
  office). The five agents with no opportunity in the export are this autumn's hires (start
  dates below). Darcel Schlecht and Kary Hendrixson are Senior Account Executives with their
  own quarterly Systems quota.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 11, 17)
STARTS = {
    "Mei-Mei Johns": "2017-09-05",
    "Carl Lin": "2017-09-18",
    "Elizabeth Anderson": "2017-10-09",
    "Natalya Ivanova": "2017-10-23",
    "Carol Thompson": "2017-11-06",
}
SENIOR = {"Darcel Schlecht": "240000.00", "Kary Hendrixson": "120000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 11, 20) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2017, 12, 1) + dt.timedelta(days=x % 89)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            if stage == "lost":
                amount = price[product]
            stage = "open"
    typ = {0: "new", 1: "refresh"}.get(x % 4, "expansion")
    cancel_on = close + dt.timedelta(days=6 + (x // 11) % 150)
    if stage == "won" and (x // 7) % 55 == 0 and cancel_on <= AS_OF:
        stage = "cancelled"
        cancel = cancel_on.isoformat()
    account = r["account"]
    name = f"{account} {product}" if account else product
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
                "quota:systems"])
    for t in read("sales_teams.csv"):
        sid = t["sales_agent"]
        role = "Senior Account Executive" if sid in SENIOR else "Account Executive"
        w.writerow([sid, sid, t["manager"], t["regional_office"], role, STARTS.get(sid, ""), "",
                    SENIOR.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
