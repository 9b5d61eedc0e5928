#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfiftieth workspace (MavenTech, the company of
the public Maven CRM export, taken AS IT IS; plan year 1 April 2017 - 31 March 2018, USD,
MONTHLY payouts) from /work/shared/data/maven-crm/. Standard library only; deterministic (every
choice is an md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

What is kept exactly as exported:
- every opportunity (8,800 rows), id = opportunity_id;
- seller = the sales agent as the CRM spells the name; the roster is sales_teams.csv (manager,
  regional office as territory); the five agents with no opportunity in the export (Mei-Mei
  Johns, Elizabeth Anderson, Natalya Ivanova, Carol Thompson, Carl Lin) are the plan year's new
  starters (start dates below);
- account as exported (empty where the export has none); product as the price list spells it
  ("GTXPro" in the pipeline is "GTX Pro" of products.csv);
- won amounts = close_value, close dates as exported (dates are NOT shifted: 1 March 2017 -
  31 December 2017). Deals closed in March 2017 fall before the plan year and credit nothing.
- stages: Won = won, Lost = lost, Engaging / Prospecting = open.

What the export lacks and this script supplies (each documented in heldout.toml's header):
- AS OF = 2017-12-15. A Won opportunity whose close date is after it was still open on that day:
  it becomes an open deal (probability 0.6) expected on its real close date at its exported
  close value; a Lost one dated after it becomes open with probability 0.3 (at list price).
- Lost and open deals have no close_value in the export (0): they carry the product's list
  price (products.csv sales_price).
- Open deals (Engaging, Prospecting) have no close date in the export: Engaging ones are expected
  on 2017-11-15 + (hash mod 120) days (to 14 March 2018; about a quarter of them are overdue at
  the as-of date, expected between 15 November and 15 December 2017), probability 0.5;
  Prospecting ones on 2018-01-08 + (hash mod 80) days, probability 0.15.
- The export has no cancellations: a won deal closed from 1 April to 5 December 2017 with
  (hash // 7) mod 53 = 0 is marked cancelled, cancel_date = close + 6 + (hash // 11) mod 130 days,
  at the latest the as-of date (plan.md section 10: cancellations within 90 days of close are
  clawed back).
- Roster: Darcel Schlecht (Senior Account Executive) carries his own monthly Field Sales quota
  ($100,000) and quarterly High-End Systems quota ($200,000);
  new starters' start dates are set here.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 12, 15)
PLAN_START = dt.date(2017, 4, 1)
CANCEL_BY = dt.date(2017, 12, 5)

NEW_STARTERS = {
    "Mei-Mei Johns": "2017-09-18",
    "Elizabeth Anderson": "2017-10-02",
    "Natalya Ivanova": "2017-10-16",
    "Carol Thompson": "2017-11-06",
    "Carl Lin": "2017-11-20",
}
ROLE_SENIOR = {"Darcel Schlecht"}
QUOTA_SENIOR = ("100000.00", "200000.00")  # quota:field_sales (monthly), quota:high_end (quarterly)


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 11, 15) + dt.timedelta(days=x % 120)
            prob = "0.5"
        else:
            close = dt.date(2018, 1, 8) + dt.timedelta(days=x % 80)
            prob = "0.15"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.3"
            stage = "open"
    if stage == "won" and PLAN_START <= close <= CANCEL_BY and (x // 7) % 53 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 130), AS_OF).isoformat()
    account = r["account"]
    rows.append(dict(id=oid, seller=r["sales_agent"], account=account,
                     name=f"{account or 'No account'} {product}", product=product,
                     amount=f"{amount}.00", close_date=close.isoformat(), stage=stage,
                     probability=prob, cancel_date=cancel, currency="USD"))

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "product", "amount", "close_date", "stage",
        "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:field_sales", "quota:high_end"])
    for t in teams:
        a = t["sales_agent"]
        role = "Senior Account Executive" if a in ROLE_SENIOR else "Account Executive"
        w.writerow([a, a, t["manager"], t["regional_office"], role, NEW_STARTERS.get(a, ""), "",
                    *(QUOTA_SENIOR if a in ROLE_SENIOR else ("", ""))])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
