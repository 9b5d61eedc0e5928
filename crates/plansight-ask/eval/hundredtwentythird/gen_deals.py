#!/usr/bin/env python3
"""Builds the hundredtwentythird workspace's deals.csv and sellers.csv from the real Maven CRM
export (/work/shared/data/maven-crm/: sales_pipeline.csv, sales_teams.csv, products.csv).
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
randomness, no clock). Run: python3 gen_deals.py

The company is MavenTech as the CRM has it: agents by their full names as the CRM spells
them, the real managers and regional offices, real accounts, products as the price list
spells them ("GTXPro" -> "GTX Pro"), amounts = close values in USD. Nothing is invented but
the deal type, the cancellations, the open deals' probabilities and expected dates, and the
Senior Agents' quotas (below).

Plan year = calendar 2017 (plan.toml, "the Roastery Plan", QUARTERLY payouts).
AS OF = 2017-11-14 (a Tuesday): statements and questions are as of that day.

Mapping (plan.md section 15, "Data and statements"):
  opportunity_id -> id; sales_agent -> seller; account -> account (blank when none);
  product -> product; close_value -> amount; close_date -> close_date.
  Won  closed on or before the as-of date -> won ("poured");
       closed after it                     -> open (probability 0.7, close_date = the CRM's
                                              close date, amount = close value).
  Lost closed on or before the as-of date -> lost ("spilled"; amount = the product's list
                                              price, the quoted value; the CRM's is 0);
       closed after it                     -> open (probability 0.3, list price).
  Engaging / Prospecting -> open ("brewing"), list price, expected close
       2017-11-15 + (h mod 47) days (15 November - 31 December 2017), probability 0.4
       (Engaging) / 0.1 (Prospecting).
Deal type (the export has none), plan.md 3.4, decided per agent and account:
  "new"        a first pour: the agent had no won deal with the account closed before this
               deal's close date (open deals: on or before the as-of date); every deal with
               no account is "new";
  "expansion"  a refill: the agent had already won a deal with that account (an earlier close
               date, or the same date and a smaller opportunity id).
Cancellations ("sent back"; the export has none): a won deal whose hash h mod 71 is 0 is
  cancelled on close_date + 12 + (h // 71) mod 150 days when that day is on or before the
  as-of date (otherwise it stays won). Only cancellations within 90 days of close are clawed
  back (plan.md section 12, the Cooling Window).
Roster: the 30 agents with opportunities in the export (the five with none are not on the
  plan), their CRM manager and regional office (territory). Senior Agents carry their own
  quotas (plan.md 5.2 and 6.2): Darcel Schlecht (NNR 120,000 a year, IBR 180,000 a quarter),
  Vicki Laflamme (NNR 100,000, IBR 110,000), Cassey Cress and Kary Hendrixson (NNR 100,000).
Name = "<account or Unassigned> <product>".
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/data/maven-crm"
AS_OF = "2017-11-14"
SENIOR = {
    "Darcel Schlecht": {"quota:nnr": "120000.00", "quota:ibr": "180000.00"},
    "Vicki Laflamme": {"quota:nnr": "100000.00", "quota:ibr": "110000.00"},
    "Cassey Cress": {"quota:nnr": "100000.00"},
    "Kary Hendrixson": {"quota:nnr": "100000.00"},
}


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest()[:12], 16)


pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")
SPELL = {"GTXPro": "GTX Pro"}
price = {SPELL.get(p["product"], p["product"]): p["sales_price"] for p in read("products.csv")}

# Each agent's won deals per account, as (close_date, opportunity_id), for the deal type.
wins = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"] and r["close_date"] <= AS_OF:
        wins.setdefault((r["sales_agent"], r["account"]), []).append(
            (r["close_date"], r["opportunity_id"]))


def deal_type(r, stage, close):
    if not r["account"]:
        return "new"
    before = wins.get((r["sales_agent"], r["account"]), [])
    if stage == "open":
        prior = [w for w in before if w[0] <= AS_OF and w[1] != r["opportunity_id"]]
    else:
        prior = [w for w in before if w < (close, r["opportunity_id"])]
    return "expansion" if prior else "new"


rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    agent = r["sales_agent"]
    prod = SPELL.get(r["product"], r["product"])
    st = r["deal_stage"]
    close = r["close_date"]
    prob = cancel = ""
    if st == "Won" and close <= AS_OF:
        stage, amount = "won", r["close_value"]
        if x % 71 == 0:
            back = dt.date.fromisoformat(close) + dt.timedelta(days=12 + (x // 71) % 150)
            if back.isoformat() <= AS_OF:
                stage, cancel = "cancelled", back.isoformat()
    elif st == "Won":
        stage, amount, prob = "open", r["close_value"], "0.7"
    elif st == "Lost" and close <= AS_OF:
        stage, amount = "lost", price[prod]
    elif st == "Lost":
        stage, amount, prob = "open", price[prod], "0.3"
    else:
        stage, amount = "open", price[prod]
        close = (dt.date(2017, 11, 15) + dt.timedelta(days=x % 47)).isoformat()
        prob = "0.4" if st == "Engaging" else "0.1"
    rows.append(dict(id=oid, seller=agent, account=r["account"],
                     name=f"{r['account'] or 'Unassigned'} {prod}",
                     type=deal_type(r, stage, close), product=prod,
                     amount=f"{int(amount)}.00", close_date=close, stage=stage, split="1",
                     probability=prob, term_months="", cancel_date=cancel, currency="USD"))

rows.sort(key=lambda d: (d["seller"], d["close_date"], d["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

active = {r["sales_agent"] for r in pipeline}
SCOLS = ["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:nnr",
         "quota:ibr"]
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, SCOLS, lineterminator="\n")
    w.writeheader()
    for t in teams:
        a = t["sales_agent"]
        if a not in active:
            continue
        q = SENIOR.get(a, {})
        w.writerow({"id": a, "name": a, "manager": t["manager"],
                    "territory": t["regional_office"],
                    "role": "Senior Agent" if a in SENIOR else "Sales Agent",
                    "start_date": "", "end_date": "",
                    "quota:nnr": q.get("quota:nnr", ""), "quota:ibr": q.get("quota:ibr", "")})
print(len(rows), "deal lines;",
      {s: sum(1 for d in rows if d["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
