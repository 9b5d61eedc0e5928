#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredsixtieth workspace (MavenTech, the company of
the Maven CRM export, on its "Daily Grind" Field Sales Plan FY2017: plan year 1 November 2016 -
31 October 2017, USD, MONTHLY payouts, QUARTERLY quotas) from the real Maven CRM export in
/work/shared/data/maven-crm/, as it is: real agents, managers, regional offices, accounts,
products, opportunity ids, close dates and close values.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- Agents: the three teams of Melvin Marxen (Central), Rocco Neubert (East) and Celia Rouche
  (West), as sales_teams.csv lists them: 16 agents, every opportunity of theirs kept. (Mei-Mei
  Johns and Natalya Ivanova, who have no opportunity in the export, are left out; Carol
  Thompson, who has none either, is kept as the new hire of August.)
- The plan took effect on 1 March 2017 (plan.md 2.4), so every agent's start_date is
  2017-03-01, except: Boris Faz joined on 2017-06-12 (his opportunities closing before that
  date are dropped: they were sold under his old employer's name) and Carol Thompson joined on
  2017-08-21.
- Dates are the export's. AS OF = 2017-09-18. Won opportunities closing on or before it are
  won; Won ones closing after it become open (probability 0.6) and Lost ones after it open
  (probability 0.3), expected to close on their export date, or, past the plan year (after
  2017-10-31), on 2017-10-02 + (hash mod 30) days. Engaging opportunities are open (probability
  0.5) expected to close 2017-09-04 + (hash mod 58) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 2017-10-01 + (hash mod 31) days. So every line closes (or
  is expected to close) inside the plan year.
- Amounts in USD: close_value for won deals; lost and open opportunities carry the product's
  list price (products.csv). "GTXPro" is written "GTX Pro" as the price list spells it.
- Type: "new" (a new logo) when no won opportunity of the whole export at that account closed
  before this opportunity's engage date (or it has no account); otherwise "expansion".
- Splits (plan.md 3.4): a won or cancelled GTK 500 deal of a West agent other than Vicki
  Laflamme is two lines with the same id: 75% to the agent, 25% to Vicki Laflamme (the West
  GTK lead).
- Cancellations: a won deal closed on or before 2017-08-31 with (hash // 7) mod 25 = 0 is
  cancelled, cancel_date = close + 6 + ((hash // 11) mod 130) days, at the latest the as-of date
  (plan.md 11: only cancellations within 90 days of close are clawed back).
- Roster: Darcel Schlecht (Senior Account Executive, Central) and Vicki Laflamme (Senior
  Account Executive, West) carry their own quarterly Bookings quota (quota:bookings).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 9, 18)
PLAN_END = dt.date(2017, 10, 31)
LAUNCH = "2017-03-01"
CANCEL_BY = dt.date(2017, 8, 31)
MANAGERS = ["Melvin Marxen", "Rocco Neubert", "Celia Rouche"]
LEFT_OUT = {"Mei-Mei Johns", "Natalya Ivanova"}
START = {"Boris Faz": "2017-06-12", "Carol Thompson": "2017-08-21"}
SENIOR = {"Darcel Schlecht": "250000.00", "Vicki Laflamme": "150000.00"}
GTK_LEAD = "Vicki Laflamme"


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


teams = [r for r in read("sales_teams.csv") if r["manager"] in MANAGERS and r["sales_agent"] not in LEFT_OUT]
agent_team = {r["sales_agent"]: r for r in teams}
price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
pipeline = read("sales_pipeline.csv")

# first won close date per account, over the whole export
first_win = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        d = dt.date.fromisoformat(r["close_date"])
        if r["account"] not in first_win or d < first_win[r["account"]]:
            first_win[r["account"]] = d

rows = []
for r in pipeline:
    agent = r["sales_agent"]
    if agent not in agent_team:
        continue
    oid = r["opportunity_id"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage_in = r["deal_stage"]
    prob, cancel = "", ""
    if stage_in in ("Won", "Lost"):
        close = dt.date.fromisoformat(r["close_date"])
        stage = "won" if stage_in == "Won" else "lost"
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.3"
            stage = "open"
            amount = price[product]
            if close > PLAN_END:
                close = dt.date(2017, 10, 2) + dt.timedelta(days=x % 30)
    elif stage_in == "Engaging":
        stage, prob, amount = "open", "0.5", price[product]
        close = dt.date(2017, 9, 4) + dt.timedelta(days=x % 58)
    else:
        stage, prob, amount = "open", "0.2", price[product]
        close = dt.date(2017, 10, 1) + dt.timedelta(days=x % 31)
    start = dt.date.fromisoformat(START.get(agent, LAUNCH))
    if close < start:
        continue
    engage = dt.date.fromisoformat(r["engage_date"]) if r["engage_date"] else close
    acct = r["account"]
    typ = "new" if (not acct or acct not in first_win or first_win[acct] >= engage) else "expansion"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=agent, account=acct,
                name=f"{acct} {product}" if acct else f"{product} (no account yet)",
                type=typ, product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                stage=stage, split="1", probability=prob, cancel_date=cancel, currency="USD")
    if (product == "GTK 500" and agent_team[agent]["manager"] == "Celia Rouche"
            and agent != GTK_LEAD and stage in ("won", "cancelled")):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=GTK_LEAD, split="0.25"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

ROLE = {"Darcel Schlecht": "Senior Account Executive", "Vicki Laflamme": "Senior Account Executive"}
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:bookings"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    START.get(a, LAUNCH), "", SENIOR.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
