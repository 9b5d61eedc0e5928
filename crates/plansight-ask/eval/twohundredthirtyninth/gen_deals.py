#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredthirtyninth workspace from the real Maven
CRM export in /work/shared/data/maven-crm/, KEPT AS IT IS: MavenTech's own 35 sales agents, 6
managers and 3 regional offices, its own accounts, products and dates. Only the commission plan
is new (plan.toml / plan.md beside this file: the MavenTech Road Map Commission Plan FY2017-18,
plan year 1 April 2017 - 31 March 2018, USD, MONTHLY payouts).
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- AS OF = 2017-12-18 (a Monday, the first working day after the 15 December Commission Day).
- Kept: every won or lost opportunity closing on or after 1 April 2017 (the plan year's first
  day; the 647 opportunities closing in March 2017 belong to the previous plan year and are left out)
  and every open one (Engaging, Prospecting).
- id = opportunity_id; seller = sales_agent as the CRM spells it; account as exported (blank
  when the export has none); product as the price list spells it ("GTXPro" -> "GTX Pro");
  amount = close_value for won deals, the product's list price (products.csv) for lost and open
  ones.
- Stages: Won -> won, Lost -> lost. A Won opportunity closing after the as-of date is open
  (probability 0.75, expected on its Maven close date); a Lost one after it is open (0.3, on its
  Maven close date). Engaging -> open, probability 0.5, expected 19 December 2017 + (hash mod
  100) days; Prospecting -> open, 0.2, expected 8 January 2018 + (hash mod 80) days.
- Type: "new" (a new account: the agent had no won deal at that account closed before this
  one, counting the whole export from March 2017; every opportunity with no account) or
  "repeat" (a repeat order from an account the agent has already won).
- Returns (cancelled deals): a won deal closed on or before 2017-12-08 with (hash // 7) mod 97
  = 0 is cancelled, cancel_date = close + 4 + (hash // 11 mod (span + 1)) days, span = 140 or,
  when that would pass the as-of date, the days left to it less 4. plan.md section 10: only returns within 90 days of close are clawed back.
- Roster: the 35 agents of sales_teams.csv under their managers, territory = regional office.
  Darcel Schlecht is the Senior Account Executive with his own quarterly quota (250,000). The
  five agents with no opportunity in the export (Mei-Mei Johns, Elizabeth Anderson, Natalya
  Ivanova, Carol Thompson, Carl Lin) joined on 2017-11-06.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 12, 18)
FY_START = dt.date(2017, 4, 1)
RETURN_BY = dt.date(2017, 12, 8)
NEW_STARTERS = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
STARTED = "2017-11-06"
SENIOR = {"Darcel Schlecht": "250000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def product_name(p):
    return "GTX Pro" if p == "GTXPro" else p


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
pipeline = read("sales_pipeline.csv")

# Won history per (agent, account), from the whole export, to tell new accounts from repeats.
won_dates = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        won_dates.setdefault((r["sales_agent"], r["account"]), []).append(
            (dt.date.fromisoformat(r["close_date"]), r["opportunity_id"]))


def deal_type(r, close):
    if not r["account"]:
        return "new"
    past = won_dates.get((r["sales_agent"], r["account"]), [])
    if r["deal_stage"] == "Won":
        me = (close, r["opportunity_id"])
        return "repeat" if any(p < me for p in past) else "new"
    cut = min(close, AS_OF)
    return "repeat" if any(d < cut for d, _ in past) else "new"


rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    stage_src = r["deal_stage"]
    product = product_name(r["product"])
    list_price = price[product]
    prob, cancel = "", ""
    if stage_src in ("Won", "Lost"):
        close = dt.date.fromisoformat(r["close_date"])
        if close < FY_START:
            continue
        if stage_src == "Won":
            stage = "won"
            amount = int(r["close_value"])
        else:
            stage = "lost"
            amount = list_price
        if close > AS_OF:
            prob = "0.75" if stage == "won" else "0.3"
            stage = "open"
            amount = int(r["close_value"]) if stage_src == "Won" else list_price
    elif stage_src == "Engaging":
        stage, prob, amount = "open", "0.5", list_price
        close = dt.date(2017, 12, 19) + dt.timedelta(days=x % 100)
    else:
        stage, prob, amount = "open", "0.2", list_price
        close = dt.date(2018, 1, 8) + dt.timedelta(days=x % 80)
    typ = deal_type(r, close)
    if stage == "won" and close <= RETURN_BY and (x // 7) % 97 == 0:
        stage = "cancelled"
        span = min(140, (AS_OF - close).days - 4)
        cancel = (close + dt.timedelta(days=4 + (x // 11) % (span + 1))).isoformat()
    account = r["account"]
    rows.append(dict(id=oid, seller=r["sales_agent"], account=account,
                     name=f"{account} {product}" if account else product,
                     type=typ, product=product, amount=f"{amount}.00",
                     close_date=close.isoformat(), stage=stage, split="1",
                     probability=prob, cancel_date=cancel, currency="USD"))

rows.sort(key=lambda d: (d["seller"], d["close_date"], d["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:booked"])
    for t in read("sales_teams.csv"):
        sid = t["sales_agent"]
        role = "Senior Account Executive" if sid in SENIOR else "Account Executive"
        start = STARTED if sid in NEW_STARTERS else ""
        w.writerow([sid, sid, t["manager"], t["regional_office"], role, start, "",
                    SENIOR.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for d in rows if d["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
