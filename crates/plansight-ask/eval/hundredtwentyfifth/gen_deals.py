#!/usr/bin/env python3
"""Builds the hundredtwentyfifth workspace's deals.csv and sellers.csv from the real Maven CRM
export (/work/shared/data/maven-crm/: sales_pipeline.csv, sales_teams.csv, products.csv).
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
randomness, no clock). Run: python3 gen_deals.py

The company is MavenTech as the CRM has it: agents by their full names as the CRM spells them,
the real managers and regional offices, real accounts, products as the price list spells them
("GTXPro" -> "GTX Pro"), amounts = close values in USD. Invented are only the deal type, the
splits, the cancellations ("washbacks") and two start dates (below).

Plan year = calendar 2017 (plan.toml, "the Tide Plan"). AS OF = 2017-10-18 (a Wednesday).

Mapping (plan.md section 15, "Data and statements"):
  opportunity_id -> id; sales_agent -> seller; account -> account (blank when none);
  product -> product; close_value -> amount; close_date -> close_date.
  Won  closed on or before the as-of date -> won;
       closed after it                     -> open (probability 0.75, CRM close date/value).
  Lost closed on or before the as-of date -> lost (amount = list price; the CRM says 0);
       closed after it                     -> open (probability 0.25, list price).
  Engaging / Prospecting -> open, list price, expected close 2017-11-(1 + h mod 30),
       probability 0.5 (Engaging) / 0.15 (Prospecting).
Deal type: "new" (a "new shore": no MavenTech win at the account before the opportunity was
  engaged, or no account) / "expansion" otherwise.
Splits (plan.md 3.4): a Won opportunity whose hash h mod 23 is 1 is shared with a teammate (same
  manager, active on the close date), the partner = teammates[(h // 23) mod len]; 50/50 when
  (h // 7) is even, else 60/40 (the CRM owner 0.6). Two lines, same id, same amount.
Cancellations ("washbacks"): a Won deal closed on or before the as-of date whose h mod 71 is 0
  is cancelled 8 + (h // 71) mod 140 days after its close, when that date is on or before the
  as-of date (both lines of a split deal). Clawed back within 90 days of close (plan.md 11).
Joiners (plan.md 12): Wilburn Farren from 2017-04-03, Hayden Neloms from 2017-06-12; their Won
  and Lost rows closed before the start date are left out.
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/data/maven-crm"
AS_OF = "2017-10-18"
JOINERS = {"Wilburn Farren": "2017-04-03", "Hayden Neloms": "2017-06-12"}


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest()[:12], 16)


pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")
SPELL = {"GTXPro": "GTX Pro"}
price = {SPELL.get(p["product"], p["product"]): p["sales_price"] for p in read("products.csv")}
active = {r["sales_agent"] for r in pipeline}
manager = {t["sales_agent"]: t["manager"] for t in teams}
team_of = {}
for t in teams:
    if t["sales_agent"] in active:
        team_of.setdefault(t["manager"], []).append(t["sales_agent"])

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


def active_on(agent, day):
    return JOINERS.get(agent, "2017-01-01") <= day


rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    agent = r["sales_agent"]
    prod = SPELL.get(r["product"], r["product"])
    st = r["deal_stage"]
    close = r["close_date"]
    if agent in JOINERS and st in ("Won", "Lost") and close < JOINERS[agent]:
        continue
    prob = cancel = ""
    if st == "Won" and close <= AS_OF:
        stage, amount = "won", r["close_value"]
        if x % 71 == 0:
            back = dt.date.fromisoformat(close) + dt.timedelta(days=8 + (x // 71) % 140)
            if back.isoformat() <= AS_OF:
                stage, cancel = "cancelled", back.isoformat()
    elif st == "Won":
        stage, amount, prob = "open", r["close_value"], "0.75"
    elif st == "Lost" and close <= AS_OF:
        stage, amount = "lost", price[prod]
    elif st == "Lost":
        stage, amount, prob = "open", price[prod], "0.25"
    else:
        stage, amount = "open", price[prod]
        close = dt.date(2017, 11, 1 + x % 30).isoformat()
        prob = "0.5" if st == "Engaging" else "0.15"
    base = dict(id=oid, seller=agent, account=r["account"],
                name=f"{r['account'] or 'Unassigned'} {prod}", type=deal_type(r),
                product=prod, amount=f"{int(amount)}.00", close_date=close, stage=stage,
                split="1", probability=prob, term_months="", cancel_date=cancel,
                currency="USD")
    partner = None
    if st == "Won" and x % 23 == 1:
        mates = [m for m in team_of[manager[agent]] if m != agent and active_on(m, close)]
        partner = mates[(x // 23) % len(mates)]
    if partner:
        own, other = ("0.5", "0.5") if (x // 7) % 2 == 0 else ("0.6", "0.4")
        rows.append(dict(base, split=own))
        rows.append(dict(base, seller=partner, split=other))
    else:
        rows.append(base)

rows.sort(key=lambda d: (d["seller"], d["close_date"], d["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

SCOLS = ["id", "name", "manager", "territory", "role", "start_date", "end_date"]
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, SCOLS, lineterminator="\n")
    w.writeheader()
    for t in teams:
        a = t["sales_agent"]
        if a not in active:
            continue
        w.writerow({"id": a, "name": a, "manager": t["manager"],
                    "territory": t["regional_office"], "role": "Sales Agent",
                    "start_date": JOINERS.get(a, ""), "end_date": ""})
print(len(rows), "deal lines;",
      {s: sum(1 for d in rows if d["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "split lines:", sum(1 for d in rows if d["split"] != "1"))
