#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfortyeighth workspace (MavenTech, the company of
the public Maven CRM export, on its own calendar-year plan "maventech-cy2017": plan year 1 January
- 31 December 2017, USD, QUARTERLY payouts) from /work/shared/data/maven-crm/, AS IT IS: the
export's sales agents are the sellers under their own names, their managers and regional offices
as in sales_teams.csv, the export's products, accounts and opportunity ids, amounts as exported.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no clock,
no random stream). Run: python3 gen_deals.py

- Every opportunity of sales_pipeline.csv is one line (id = opportunity_id, seller =
  sales_agent, account as exported, blank when the export has none). Product as the price list
  spells it ("GTXPro" in the pipeline is "GTX Pro" of products.csv).
- Amounts: a Won opportunity carries its close_value in dollars. Lost, Engaging and Prospecting
  opportunities carry their product's sales_price from products.csv (the export's close_value is
  0 for a loss and empty for an open one).
- Stages: Won = won, Lost = lost, Engaging / Prospecting = open. The as-of date of the set is
  2017-11-17: a Won or Lost opportunity whose export close date is after it has no outcome yet on
  that date, so it is an open line expected to close on its export close date (probability 0.6
  for a Maven win, 0.3 for a Maven loss). Engaging lines (probability 0.5) are expected to close
  on 2017-11-20 + (hash mod 40) days; Prospecting lines (probability 0.2) on 2017-12-01 + (hash
  mod 75) days, some of them in 2018 (outside the plan year).
- Deal type (the export has none; derived from the export's own history): a won line is "new"
  when it is the agent's first won opportunity at that account (by close date, then id), or has
  no account; every later one is "expansion". A lost or open line is "expansion" when the agent
  had already won at that account before its engage date, else "new".
- Cancellations (plan.md section 10, "lip-outs"): a won line closed on or before 2017-11-10 with
  hash mod 53 = 0 is cancelled, cancel_date = close + 6 + (hash mod 130) days, when that date is
  on or before the as-of date (a later one has not happened yet: the line stays won); only those
  cancelled within 90 days of close are clawed back.
- Split (plan.md 3.4, the Systems Desk): every won or cancelled GTK 500 opportunity of an agent
  other than Hayden Neloms is two lines with the same id, 80% to the agent and 20% to Hayden
  Neloms, the Systems Desk lead.
- Roster: the 35 agents of sales_teams.csv with manager and regional office. The five agents with
  no opportunity in the export (Mei-Mei Johns, Elizabeth Anderson, Natalya Ivanova, Carol
  Thompson, Carl Lin) joined on 2017-10-09. Darcel Schlecht, Senior Agent, carries his own
  Platform Revenue quota of 150,000 a quarter (plan.md 5.2).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 11, 17)
CANCEL_BY = dt.date(2017, 11, 10)
JOINED = "2017-10-09"
SPLIT_LEAD = "Hayden Neloms"
SENIOR = {"Darcel Schlecht": "150000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: r["sales_price"] for r in read("products.csv")}
NAME = {"GTXPro": "GTX Pro"}
pipe = read("sales_pipeline.csv")
teams = read("sales_teams.csv")

# first won opportunity of each (agent, account)
first_win = {}
for r in sorted((r for r in pipe if r["deal_stage"] == "Won"),
                key=lambda r: (r["close_date"], r["opportunity_id"])):
    key = (r["sales_agent"], r["account"])
    first_win.setdefault(key, r)

rows = []
for r in pipe:
    oid = r["opportunity_id"]
    x = h(oid)
    agent = r["sales_agent"]
    product = NAME.get(r["product"], r["product"])
    account = r["account"]
    st = r["deal_stage"]
    prob, cancel = "", ""
    if st in ("Won", "Lost"):
        close = dt.date.fromisoformat(r["close_date"])
        amount = r["close_value"] if st == "Won" else price[product]
        stage = "won" if st == "Won" else "lost"
        if close > AS_OF:
            prob = "0.6" if st == "Won" else "0.3"
            stage = "open"
            amount = price[product] if st == "Lost" else amount
    elif st == "Engaging":
        close = dt.date(2017, 11, 20) + dt.timedelta(days=x % 40)
        amount, stage, prob = price[product], "open", "0.5"
    else:
        close = dt.date(2017, 12, 1) + dt.timedelta(days=x % 75)
        amount, stage, prob = price[product], "open", "0.2"
    if stage == "won":
        fw = first_win.get((agent, account))
        typ = "new" if (not account or fw is r) else "expansion"
    else:
        fw = first_win.get((agent, account))
        engaged = r["engage_date"]
        typ = "expansion" if (account and fw and fw["close_date"] < engaged) else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 53 == 0:
        cdate = close + dt.timedelta(days=6 + (x // 11) % 130)
        if cdate <= AS_OF:
            stage, cancel = "cancelled", cdate.isoformat()
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=agent, account=account, name=name, type=typ, product=product,
                amount=f"{int(amount)}.00", close_date=close.isoformat(), stage=stage,
                split="1", probability=prob, cancel_date=cancel, currency="USD")
    if product == "GTK 500" and agent != SPLIT_LEAD and stage in ("won", "cancelled"):
        line["split"] = "0.8"
        rows.append(line)
        rows.append(dict(line, seller=SPLIT_LEAD, split="0.2"))
    else:
        rows.append(line)

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
                "quota:platform"])
    for t in teams:
        a = t["sales_agent"]
        role = "Senior Agent" if a in SENIOR else ("Systems Desk Lead" if a == SPLIT_LEAD
                                                     else "Sales Agent")
        w.writerow([a, a, t["manager"], t["regional_office"], role,
                    "" if a in active else JOINED, "", SENIOR.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
