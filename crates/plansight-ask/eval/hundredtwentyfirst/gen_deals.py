#!/usr/bin/env python3
"""Builds the hundredtwentyfirst workspace's deals.csv and sellers.csv from the real Maven CRM
export (/work/shared/data/maven-crm/: sales_pipeline.csv, sales_teams.csv, products.csv).
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
randomness, no clock). Run: python3 gen_deals.py

The company is MavenTech as the CRM has it: agents by their full names as the CRM spells
them, the real managers and regional offices, real accounts, products as the price list
spells them ("GTXPro" -> "GTX Pro"), amounts = close values in USD. Nothing is invented but
the deal type, the cancellations and one start date (below).

Plan year = calendar 2017 (plan.toml, "the Tempo Plan"). AS OF = 2017-09-21 (a Thursday):
statements and questions are as of that day.

Mapping (plan.md section 14, "Data and statements"):
  opportunity_id -> id; sales_agent -> seller; account -> account (blank when none);
  product -> product; close_value -> amount; close_date -> close_date.
  Won  closed on or before the as-of date -> won;
       closed after it                     -> open (probability 0.75, close_date = the CRM's
                                              close date, amount = close value).
  Lost closed on or before the as-of date -> lost (amount = the product's list price, the
                                              quoted value; the CRM's close value is 0);
       closed after it                     -> open (probability 0.25, list price).
  Engaging / Prospecting -> open, list price, expected close 2017-10-(1 + h mod 31),
       probability 0.5 (Engaging) / 0.15 (Prospecting).
Deal type (the export has none):
  "new"        no MavenTech agent had won anything from the account before this opportunity
               was engaged (and every opportunity with no account): a "debut";
  "expansion"  otherwise: an "encore".
Cancellations ("walkouts"; the export has none): a won deal whose hash h mod 97 is 0 is
  cancelled on close_date + 9 + (h // 97) mod 130 days when that day is on or before the
  as-of date (otherwise it stays won). Only cancellations within 60 days of close are clawed
  back (plan.md section 11).
Joiner: Maureen Marcano joined the West office on 2017-05-08 -> start_date 2017-05-08; her
  opportunities closed (won or lost) before that date belong to her previous employer's
  pipeline and are left out.
Roster: the 30 agents with opportunities in the export (the five with none are not on the
  plan), their CRM manager and regional office. Senior Agents carry their own Gross Bookings
  quota: Darcel Schlecht 700,000 and Vicki Laflamme 400,000 (plan.md 5.2).
Name = "<account or Unassigned> <product>".
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/data/maven-crm"
AS_OF = "2017-09-21"
JOINER, JOIN_DATE = "Maureen Marcano", "2017-05-08"
SENIOR = {"Darcel Schlecht": "700000.00", "Vicki Laflamme": "400000.00"}


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest()[:12], 16)


pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")
SPELL = {"GTXPro": "GTX Pro"}
price = {SPELL.get(p["product"], p["product"]): p["sales_price"] for p in read("products.csv")}

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
    x = h(oid)
    agent = r["sales_agent"]
    prod = SPELL.get(r["product"], r["product"])
    st = r["deal_stage"]
    close = r["close_date"]
    if agent == JOINER and st in ("Won", "Lost") and close < JOIN_DATE:
        continue
    prob = cancel = ""
    if st == "Won" and close <= AS_OF:
        stage, amount = "won", r["close_value"]
        if x % 97 == 0:
            back = dt.date.fromisoformat(close) + dt.timedelta(days=9 + (x // 97) % 130)
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
        close = dt.date(2017, 10, 1 + x % 31).isoformat()
        prob = "0.5" if st == "Engaging" else "0.15"
    rows.append(dict(id=oid, seller=agent, account=r["account"],
                     name=f"{r['account'] or 'Unassigned'} {prod}", type=deal_type(r),
                     product=prod, amount=f"{int(amount)}.00", close_date=close, stage=stage,
                     split="1", probability=prob, term_months="", cancel_date=cancel,
                     currency="USD"))

rows.sort(key=lambda d: (d["seller"], d["close_date"], d["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

active = {r["sales_agent"] for r in pipeline}
SCOLS = ["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:gbc"]
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, SCOLS, lineterminator="\n")
    w.writeheader()
    for t in teams:
        a = t["sales_agent"]
        if a not in active:
            continue
        w.writerow({"id": a, "name": a, "manager": t["manager"],
                    "territory": t["regional_office"],
                    "role": "Senior Agent" if a in SENIOR else "Sales Agent",
                    "start_date": JOIN_DATE if a == JOINER else "", "end_date": "",
                    "quota:gbc": SENIOR.get(a, "")})
print(len(rows), "deal lines;",
      {s: sum(1 for d in rows if d["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
