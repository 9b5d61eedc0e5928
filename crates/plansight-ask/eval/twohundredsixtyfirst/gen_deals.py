#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredsixtyfirst workspace (MavenTech, the
computer hardware vendor of the public Maven CRM export, FY2017 Field Compensation Plan: plan
year 1 October 2016 - 30 September 2017, USD, QUARTERLY payouts) from the real Maven CRM export
in /work/shared/data/maven-crm/, KEPT AS IT IS: the export's opportunity ids, agents, managers,
regional offices, accounts, products, close dates and close values are used unchanged. Standard
library only; deterministic (every choice is an md5 hash of the opportunity id; no clock, no
random stream). Run: python3 gen_deals.py

- Every opportunity of the export is one line (no splits). seller = sales_agent as the CRM
  spells it; amount = close_value for won deals; product as the price list spells it (the
  export's "GTXPro" is the price list's "GTX Pro"); account as exported (blank when the export
  has none).
- The workspace is the CRM as it stood AT THE AS-OF DATE, 31 August 2017. A deal the export shows
  won or lost after that day was still open on it: a later win is an open deal (probability 0.6)
  expected to close on its export close date, a later loss an open deal (probability 0.25)
  expected on its export close date. Engaging opportunities are open (probability 0.5) expected
  14 August 2017 + (hash mod 75) days (about a quarter of them overdue at the as-of date: expected
  on or before 31 August, still open); Prospecting ones (probability 0.2) 15 September 2017 +
  (hash mod 120) days. Open and lost lines carry the product's list price (products.csv); won
  lines their close value.
- Type: "new" = the first won deal an agent closes with an account (the account is new to that
  agent's book: a "first order"); every later won deal of that agent at that account is
  "reorder". Open and lost lines are "new" unless the agent already won that account before
  their (expected) close date. Lines without an account are "new".
- Unwinds (cancellations): a won deal closed on or before 2017-08-15 with (hash // 7) mod 55 = 0
  is cancelled, cancel_date = close + 6 + (hash // 11) mod 140 days, at the latest the as-of
  date. Plan section 11 claws back those cancelled within 90 days of close.
- Roster: the 35 agents of sales_teams.csv under their 6 managers (territory = regional
  office). The field plan began with the regional offices and the CRM on 1 March 2017: every
  agent's start_date is 2017-03-01, except the five agents with no opportunity in the export
  (Mei-Mei Johns, Elizabeth Anderson, Natalya Ivanova, Carol Thompson, Carl Lin), Associate
  AEs who joined on 2017-07-17. Darcel Schlecht (Principal AE) carries his own quarterly Core
  Revenue quota of 240,000.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 8, 31)
LAUNCH = "2017-03-01"
ASSOCIATE_START = "2017-07-17"
CANCEL_BY = dt.date(2017, 8, 15)
ROLES = {"Darcel Schlecht": ("Principal AE", "240000.00")}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")

# first won deal of each agent at each account (by close date, then id)
first_win = {}
for r in sorted((r for r in pipeline if r["deal_stage"] == "Won" and r["account"]),
                key=lambda r: (r["close_date"], r["opportunity_id"])):
    first_win.setdefault((r["sales_agent"], r["account"]), (r["close_date"], r["opportunity_id"]))

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    agent = r["sales_agent"]
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 8, 14) + dt.timedelta(days=x % 75)
            prob = "0.5"
        else:
            close = dt.date(2017, 9, 15) + dt.timedelta(days=x % 120)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    fw = first_win.get((agent, account))
    if not account or fw is None:
        typ = "new"
    elif stage == "won":
        typ = "new" if fw[1] == oid else "reorder"
    else:
        typ = "reorder" if dt.date.fromisoformat(fw[0]) < close and fw[0] <= AS_OF.isoformat() else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 55 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    rows.append(dict(id=oid, seller=agent, account=account,
                     name=f"{account or 'Unassigned'} {product}", type=typ, product=product,
                     amount=f"{amount}.00", close_date=close.isoformat(), stage=stage,
                     probability=prob, cancel_date=cancel, currency="USD"))

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

active = {r["seller"] for r in rows}
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:core"])
    for t in teams:
        sid = t["sales_agent"]
        role, quota = ROLES.get(sid, ("Account Executive", ""))
        start = LAUNCH
        if sid not in active:
            role, start = "Associate AE", ASSOCIATE_START
        w.writerow([sid, sid, t["manager"], t["regional_office"], role, start, "", quota])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
