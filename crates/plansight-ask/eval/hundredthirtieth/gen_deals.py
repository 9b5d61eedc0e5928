#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredthirtieth workspace (MavenTech, plan
"maventech-2026-monthly", the 2026 Field Sales Commission Plan: plan year 1 January 2026 -
31 December 2026, USD, MONTHLY payouts, monthly quota) from the real Maven CRM export in
/work/shared/data/maven-crm/ (sales_pipeline.csv, sales_teams.csv, products.csv).
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

The export is used as it is:
  opportunity_id -> id; sales_agent -> seller (the agent's full name as the CRM spells it);
  account -> account (blank where the export has none); product -> product as the price list
  spells it ("GTXPro" -> "GTX Pro"); close_value -> amount (USD); deal_stage Won -> won,
  Lost -> lost, Engaging / Prospecting -> open. Every agent, manager and regional office of
  sales_teams.csv is on the roster.
Dates: every date moves forward by 3,234 days (462 weeks, so weekdays are kept): 1 March 2017
  becomes Wednesday 7 January 2026 and 31 December 2017 becomes 6 November 2026.
  AS OF = 2026-08-21 (a Friday).
  - A Won opportunity whose moved close date is after the as-of date is an open deal at its close
    value, expected on that date, probability 0.7.
  - A Lost opportunity dated after the as-of date is an open deal at the product's list price,
    probability 0.3.
  - Engaging opportunities (no close date in the export) are open at the list price, expected
    2026-08-24 + (hash mod 70) days, probability 0.5; Prospecting ones at the list price,
    expected 2026-09-14 + (hash mod 100) days, probability 0.2.
Deal type (the export has none): "new" when no MavenTech agent had won anything from the account
  before the opportunity was engaged (and every opportunity with no account); "expansion"
  otherwise (plan.md 3.5).
New hires (plan.md 11): the agents below joined in 2026. Their opportunities closed (won or lost)
  before their start date are dropped (they were not MavenTech's yet); their open ones are kept.
  The five agents with no opportunity in the export joined on 2026-08-03.
Buddy splits (plan.md 3.4): a won or cancelled deal a new hire closes in their first 30 days
  (close date < start + 30 days) is two lines with the same id, 50% to the new hire and 50% to
  their buddy, a senior member of the same team.
Cancellations (the export has none): a won deal closed on or before 2026-08-07 whose hash mod 31
  is 0 is cancelled, cancel_date = close + 5 + (hash // 31 mod 150) days, when that date is on or
  before the as-of date (a later one is not known yet: the deal stays won). plan.md 9: only
  cancellations within 90 days of close are clawed back.
Roster: Senior Agents Darcel Schlecht and Vicki Laflamme carry their own monthly quota
  (quota:bookings); everyone else the plan's $30,000 a month.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 21)
SHIFT = dt.timedelta(days=3234)
CANCEL_BY = dt.date(2026, 8, 7)
SPELL = {"GTXPro": "GTX Pro"}

START = {
    "Cecily Lampkin": "2026-05-11",
    "Garret Kinder": "2026-06-01",
    "Boris Faz": "2026-06-15",
    "Rosalina Dieter": "2026-07-06",
    "Wilburn Farren": "2026-07-20",
    "Mei-Mei Johns": "2026-08-03",
    "Elizabeth Anderson": "2026-08-03",
    "Natalya Ivanova": "2026-08-03",
    "Carol Thompson": "2026-08-03",
    "Carl Lin": "2026-08-03",
}
BUDDY = {
    "Cecily Lampkin": "Anna Snelling",
    "Garret Kinder": "Corliss Cosme",
    "Boris Faz": "Reed Clapper",
    "Rosalina Dieter": "Vicki Laflamme",
    "Wilburn Farren": "Rosie Papadopoulos",
}
SENIOR_QUOTA = {"Darcel Schlecht": "100000.00", "Vicki Laflamme": "45000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")
price = {SPELL.get(p["product"], p["product"]): int(p["sales_price"]) for p in read("products.csv")}

first_win = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        a = r["account"]
        if a not in first_win or r["close_date"] < first_win[a]:
            first_win[a] = r["close_date"]


def deal_type(r):
    if not r["account"]:
        return "new"
    engaged = r["engage_date"] or r["close_date"] or "2017-12-31"
    return "expansion" if first_win.get(r["account"], "9999") < engaged else "new"


rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    seller = r["sales_agent"]
    x = h(oid)
    product = SPELL.get(r["product"], r["product"])
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 8, 24) + dt.timedelta(days=x % 70)
            prob = "0.5"
        else:
            close = dt.date(2026, 9, 14) + dt.timedelta(days=x % 100)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
        elif seller in START and close < dt.date.fromisoformat(START[seller]):
            continue
    if stage == "won" and close <= CANCEL_BY and x % 31 == 0:
        when = close + dt.timedelta(days=5 + (x // 31) % 150)
        if when <= AS_OF:
            stage, cancel = "cancelled", when.isoformat()
    account = r["account"]
    line = dict(id=oid, seller=seller, account=account,
                name=f"{account or 'Unassigned'} {product}", type=deal_type(r),
                product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                stage=stage, split="1", probability=prob, cancel_date=cancel, currency="USD")
    if (seller in BUDDY and stage in ("won", "cancelled")
            and close < dt.date.fromisoformat(START[seller]) + dt.timedelta(days=30)):
        line["split"] = "0.5"
        rows.append(line)
        rows.append(dict(line, seller=BUDDY[seller]))
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
                "quota:bookings"])
    for t in teams:
        a = t["sales_agent"]
        role = "Senior Agent" if a in SENIOR_QUOTA else "Sales Agent"
        w.writerow([a, a, t["manager"], t["regional_office"], role, START.get(a, ""), "",
                    SENIOR_QUOTA.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
