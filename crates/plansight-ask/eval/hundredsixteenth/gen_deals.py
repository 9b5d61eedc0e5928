#!/usr/bin/env python3
"""Builds the hundredsixteenth workspace's deals.csv and sellers.csv from the real Maven CRM
export (sales_pipeline.csv, sales_teams.csv, products.csv) in /work/shared/data/maven-crm/.
Standard library only; deterministic: no randomness, no clock (every choice is a CRC-32 of
the opportunity id). Run: python3 gen_deals.py

The export is kept AS IT IS: real agent names (seller id = full name), managers, regional
offices, accounts (blank when the export has none) and products as the price list spells
them ("GTXPro" -> "GTX Pro"); amount = close_value in USD.

Re-dating (plan.md 12.2): the plan year runs 1 April 2026 - 31 March 2027. Every Maven date
moves by the same number of days, 2017-03-01 -> 2026-04-01 (Maven closes 1 Mar - 31 Dec 2017
land 1 Apr 2026 - 31 Jan 2027). AS OF = 2026-11-30.
Stages: Won -> won; Lost -> lost; Engaging / Prospecting -> open. A Won opportunity whose
re-dated close falls after the as-of date is still open today ("in render"): stage open,
probability 0.7, its re-dated close date is the forecast. Engaging / Prospecting carry their
product's list price (products.csv), probability 0.5 / 0.2, and a forecast close of
2026-12-01 + (crc mod 90) days.
Deal type (the export has none): "new" (a fresh logo) when no agent had won anything from that
account before the opportunity was engaged (and every opportunity with no account);
"expansion" (a refit) otherwise.
Send-backs (the export has none): a won deal closed on or before 2026-11-10 whose crc mod 89
is 7 is cancelled, cancel_date = close + 12 + (crc mod 140) days, at the latest the as-of
date. Only send-backs within 90 days of close are clawed back (plan.md 10).
Roster (sellers.csv): the five agents with no opportunity in the export joined on 2026-09-01
(plan.md 2.4). Darcel Schlecht carries a personal Hardware Revenue quota of 700,000 and Vicki
Laflamme 400,000 (plan.md 5.2); everyone else the plan's 300,000.
"""
import csv
import datetime as dt
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/data/maven-crm"
AS_OF = dt.date(2026, 11, 30)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)
JOINED = "2026-09-01"
SENIOR = {"Darcel Schlecht": "700000.00", "Vicki Laflamme": "400000.00"}


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def crc(s):
    return zlib.crc32(s.encode("ascii"))


def move(s):
    return dt.date.fromisoformat(s) + SHIFT


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
    c = crc(oid)
    prod = SPELL.get(r["product"], r["product"])
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = cancel = ""
    if stage == "open":
        amount = price[prod]
        close = dt.date(2026, 12, 1) + dt.timedelta(days=c % 90)
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        amount = r["close_value"] or "0"
        close = move(r["close_date"])
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.7"
        elif stage == "won" and close <= dt.date(2026, 11, 10) and c % 89 == 7:
            stage = "cancelled"
            cancel = min(close + dt.timedelta(days=12 + c % 140), AS_OF).isoformat()
    rows.append(dict(id=oid, seller=r["sales_agent"], account=r["account"],
                     name=f"{r['account'] or 'Unassigned'} {prod}", type=deal_type(r),
                     product=prod, amount=f"{int(amount)}.00", close_date=close.isoformat(),
                     stage=stage, split="1", probability=prob, term_months="",
                     cancel_date=cancel, currency="USD"))

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

active = {r["sales_agent"] for r in pipeline}
SCOLS = ["id", "name", "manager", "territory", "role", "start_date", "end_date",
         "quota:revenue"]
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, SCOLS, lineterminator="\n")
    w.writeheader()
    for t in teams:
        a = t["sales_agent"]
        w.writerow({"id": a, "name": a, "manager": t["manager"],
                    "territory": t["regional_office"],
                    "role": "Senior Agent" if a in SENIOR else "Sales Agent",
                    "start_date": "" if a in active else JOINED, "end_date": "",
                    "quota:revenue": SENIOR.get(a, "")})
print(len(rows), "deal lines,", len(teams), "sellers,",
      sum(1 for x in rows if x["stage"] == "cancelled"), "cancelled,",
      sum(1 for x in rows if x["stage"] == "open"), "open")
