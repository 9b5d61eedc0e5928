#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredsecond workspace (MavenTech, the
company of the real Maven CRM export, under its FY2018 Account Executive plan; plan year
1 October 2017 - 30 September 2018, USD, MONTHLY payouts) from the export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5
hash of the opportunity id or a fact of the export; no clock, no random stream).
Run: python3 gen_deals.py

The export is KEPT AS IT IS: every opportunity of every agent, id = opportunity_id, seller =
the agent as the CRM spells the name ("Darcel Schlecht"), product as the price list spells it
(the pipeline's "GTXPro" is the price list's "GTX Pro"), account as exported (empty when the
export has none), amount = close_value of a won deal; a lost or open opportunity carries its
product's list price (products.csv). Managers and regional offices as in sales_teams.csv.

What is added or moved:
- The calendar. The export's dates are moved 7 months forward, month by month (the day kept,
  or the month's last day where the new month is shorter: 29-31 July 2017 -> 28 February
  2018), so the CRM's first closing month, March 2017, is the first month of MavenTech's
  fiscal year, October 2017. Won deals then close 1 October 2017 - 31 July 2018.
- AS OF = 2018-06-15. A Won opportunity closing after it is an open deal at that date
  (probability 0.7, expected on its moved close date); a Lost one closing after it is open
  (probability 0.3). Engaging opportunities are open (probability 0.5) expected on
  2018-06-01 + (hash mod 100) days (some overdue at the as-of date); Prospecting ones
  (probability 0.2) on 2018-07-01 + (hash mod 120) days (some after the plan year).
- Deal type (the CRM has none): "new" when the agent had no earlier won deal at the account
  (ordered by moved close date, then id; an open or lost deal is compared with the as-of
  date or its close date), else "repeat". An opportunity without an account is "new".
- Cancellations: a won deal closing on or before 2018-05-31 with (hash // 7) mod 37 = 0 is
  cancelled ("rainout"), cancel_date = close + 12 + (hash // 11) mod 140 days, at the latest
  the as-of date (plan.md section 11: only cancellations within 90 days are clawed back).
- Roster (sellers.csv): the 35 agents of sales_teams.csv with their manager and regional
  office as territory. The five agents with no opportunity in the export (Mei-Mei Johns,
  Elizabeth Anderson, Natalya Ivanova, Carol Thompson, Carl Lin) joined on 2018-04-02.
  Darcel Schlecht (Senior Account Executive) carries their own quarterly Hardware quota,
  Hayden Neloms (Subscription Specialist) their own annual Subscription quota.
"""
import calendar
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2018, 6, 15)
CANCEL_BY = dt.date(2018, 5, 31)
NEW_HIRES = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
HIRE_DATE = "2018-04-02"
ROLE = {"Darcel Schlecht": "Senior Account Executive", "Hayden Neloms": "Subscription Specialist"}
QUOTA_HW = {"Darcel Schlecht": "200000.00"}
QUOTA_SUBS = {"Hayden Neloms": "140000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def shift(d):
    y, m = d.year, d.month + 7
    if m > 12:
        y, m = y + 1, m - 12
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage0 = r["deal_stage"]
    prob = ""
    if stage0 in ("Won", "Lost"):
        close = shift(dt.date.fromisoformat(r["close_date"]))
        amount = int(r["close_value"]) if stage0 == "Won" else price[product]
        stage = stage0.lower()
        if close > AS_OF:
            stage, prob = "open", ("0.7" if stage0 == "Won" else "0.3")
            amount = price[product]
    elif stage0 == "Engaging":
        stage, prob = "open", "0.5"
        close = dt.date(2018, 6, 1) + dt.timedelta(days=x % 100)
        amount = price[product]
    else:
        stage, prob = "open", "0.2"
        close = dt.date(2018, 7, 1) + dt.timedelta(days=x % 120)
        amount = price[product]
    rows.append(dict(id=oid, seller=r["sales_agent"], account=r["account"],
                     name=(f"{r['account']} {product}" if r["account"] else product),
                     type="", product=product, amount=f"{amount}.00",
                     close_date=close.isoformat(), stage=stage, probability=prob,
                     cancel_date="", _x=x))

# deal type: the agent's first win at the account is "new", later ones "repeat"
first_win = {}
for line in sorted(rows, key=lambda l: (l["close_date"], l["id"])):
    if line["stage"] == "won" and line["account"]:
        first_win.setdefault((line["seller"], line["account"]), (line["close_date"], line["id"]))
for line in rows:
    fw = first_win.get((line["seller"], line["account"])) if line["account"] else None
    if fw is None:
        line["type"] = "new"
    else:
        line["type"] = "new" if (line["close_date"], line["id"]) <= fw else "repeat"

# cancellations ("rainouts")
for line in rows:
    x = line["_x"]
    close = dt.date.fromisoformat(line["close_date"])
    if line["stage"] == "won" and close <= CANCEL_BY and (x // 7) % 37 == 0:
        line["stage"] = "cancelled"
        line["cancel_date"] = min(close + dt.timedelta(days=12 + (x // 11) % 140), AS_OF).isoformat()

rows.sort(key=lambda l: (l["seller"], l["close_date"], l["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "probability", "cancel_date"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:hardware", "quota:subscription"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    HIRE_DATE if a in NEW_HIRES else "", "", QUOTA_HW.get(a, ""),
                    QUOTA_SUBS.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      {t: sum(1 for x in rows if x["type"] == t and x["stage"] == "won") for t in ("new", "repeat")})
