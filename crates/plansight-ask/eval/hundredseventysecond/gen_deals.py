#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredseventysecond workspace (MavenTech, the
company of the public Maven CRM export, kept as it is: sellers are the sales agents as the CRM
spells them, products and accounts as exported; plan year 1 June 2017 - 31 May 2018, USD,
MONTHLY payouts) from /work/shared/data/maven-crm/. Standard library only; deterministic
(every choice is an md5 hash of the opportunity id; no clock, no random stream).
Run: python3 gen_deals.py

- Every opportunity of the export is kept (8,800), id = opportunity_id, seller = sales_agent,
  account = account as exported (blank stays blank), product as the price list spells it (the
  pipeline's "GTXPro" is the price list's "GTX Pro").
- Dates: every date moves forward by 92 days, so 1 March 2017 becomes 1 June 2017 (the plan
  year's first day) and 31 December 2017 becomes 2 April 2018. AS OF = 2018-02-16.
  Won: closes on its moved close date; won after the as-of date = an open deal (probability
  0.65) expected on that date. Lost: lost on its moved date; lost after the as-of date = open
  (probability 0.3). Engaging = open (probability 0.45), expected 1 February 2018 + (hash mod
  120) days (some overdue at the as-of date). Prospecting = open (probability 0.15), expected
  1 March 2018 + (hash mod 92) days.
- Amounts in USD, whole dollars: a won deal's close_value; a lost or open deal carries its
  product's list price (products.csv sales_price).
- Type: "new" when the seller had won nothing from that account before the opportunity was
  engaged (or there is no account), else "repeat".
- Cancellations ("cracked" deals): a won deal closing on or before 2018-02-06 with hash mod 29
  = 0 is cancelled, cancel_date = close + 6 + (hash mod 110) days, at the latest the as-of date
  (plan.md 11: only cancellations within 75 days of close are clawed back).
- Apprentices (plan.md 12): the five agents with no opportunity in the export joined during
  the year (start_date below). In an apprentice's first 120 days, a won or cancelled deal of
  their mentor closing on or after the apprentice's start with hash mod 4 = 0 is a
  "ride-along": two lines with the same id, split 0.5 to the mentor and 0.5 to the apprentice.
- Roster: the 35 agents of sales_teams.csv with their manager and regional office;
  Darcel Schlecht (Principal Account Executive) carries his own quarterly Hardware Systems quota.
"""
import csv
import datetime as dt
import hashlib
import os
from collections import defaultdict

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2018, 2, 16)
SHIFT = dt.timedelta(days=92)
CANCEL_BY = dt.date(2018, 2, 6)
PLAN_END = dt.date(2018, 5, 31)

# apprentice -> (start date, mentor)
APPRENTICES = {
    "Mei-Mei Johns": ("2017-10-02", "Darcel Schlecht"),
    "Carl Lin": ("2017-10-16", "Zane Levy"),
    "Elizabeth Anderson": ("2017-11-13", "Corliss Cosme"),
    "Natalya Ivanova": ("2017-12-04", "Cassey Cress"),
    "Carol Thompson": ("2018-01-08", "Vicki Laflamme"),
}
MENTEE = {m: (a, dt.date.fromisoformat(s)) for a, (s, m) in APPRENTICES.items()}
PRINCIPAL = {"Darcel Schlecht": "200000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")

won_dates = defaultdict(list)
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        won_dates[(r["sales_agent"], r["account"])].append(r["close_date"])

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    seller = r["sales_agent"]
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if r["deal_stage"] == "Engaging":
        close = dt.date(2018, 2, 1) + dt.timedelta(days=x % 120)
        prob = "0.45"
    elif r["deal_stage"] == "Prospecting":
        close = dt.date(2018, 3, 1) + dt.timedelta(days=x % 92)
        prob = "0.15"
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        if close > AS_OF:
            prob = "0.65" if stage == "won" else "0.3"
            stage = "open"
    close = min(close, PLAN_END)
    amount = int(r["close_value"]) if stage == "won" else price[product]
    prior = [d for d in won_dates[(seller, account)] if r["engage_date"] and d < r["engage_date"]]
    typ = "repeat" if account and prior else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 29 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 110), AS_OF).isoformat()
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=seller, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    ride = None
    if seller in MENTEE and stage in ("won", "cancelled"):
        appr, start = MENTEE[seller]
        if start <= close < start + dt.timedelta(days=120) and (x // 13) % 4 == 0:
            ride = appr
    if ride:
        line["split"] = "0.5"
        rows.append(line)
        rows.append(dict(line, seller=ride))
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
                "quota:hardware"])
    for t in sorted(teams, key=lambda t: (t["regional_office"], t["manager"], t["sales_agent"])):
        sid = t["sales_agent"]
        if sid in APPRENTICES:
            role, start = "Associate Account Executive", APPRENTICES[sid][0]
        elif sid in PRINCIPAL:
            role, start = "Principal Account Executive", ""
        else:
            role, start = "Account Executive", ""
        w.writerow([sid, sid, t["manager"], t["regional_office"], role, start, "",
                    PRINCIPAL.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "ride-alongs:", sum(1 for x in rows if x["split"] == "0.5") // 2)
