#!/usr/bin/env python3
"""Builds the hundredfourth workspace's deals.csv and sellers.csv (MavenTech Field Sales,
Keyboard Plan FY2027, plan year 1 July 2026 - 30 June 2027, USD) from the real Maven CRM
export in /work/shared/data/maven-crm/ AS IT IS: real agent names, managers, regional
offices, accounts and products as the price list spells them. Standard library only;
deterministic: every per-deal choice is taken from the CRC-32 of the opportunity id
(zlib.crc32), no random numbers, no clock.  Run: python3 gen_deals.py

Mapping (plan.md section 4, "Crediting"):
  opportunity_id -> id; sales_agent -> seller (full name as the CRM spells it);
  account -> account (blank when the export has none); product -> product as products.csv
  spells it ("GTXPro" -> "GTX Pro"); close_value -> amount (USD); deal_stage Won -> won,
  Lost -> lost, Engaging / Prospecting -> open. name = "<account or Unassigned> <product>".
Dates: every Maven close date (1 March - 31 December 2017) moves 9 years and 4 months
  forward, the day kept (clamped to the month's end): March 2017 -> July 2026 (M01) ...
  December 2017 -> April 2027 (M10). AS OF = 2027-03-12: a Won opportunity whose new close
  date is after it becomes an open deal (probability 0.75) at that date and its close value.
Open opportunities (Engaging / Prospecting) have no close value or date in the export:
  amount = the product's list price; close_date = 2027-03-15 + (crc mod 100) days;
  probability 0.6 (Engaging) or 0.25 (Prospecting).
Deal type: "new" (a first install, a new logo) when no agent had won anything from the
  account before this opportunity was engaged, or the opportunity has no account;
  "expansion" (an upgrade) otherwise.
Pullbacks (cancellations; the export has none): a won deal closing on or before 2027-02-26
  whose crc mod 29 is 3 is cancelled, cancel_date = close + 10 + (crc // 29) mod 170 days,
  at the latest the as-of date. Only those within 120 days are clawed back (the Backspace).
Roster (sellers.csv): the 35 agents of sales_teams.csv with their manager and regional office.
  - the five agents with no opportunity in the export (Mei-Mei Johns, Elizabeth Anderson,
    Natalya Ivanova, Carol Thompson, Carl Lin) joined on 2027-01-11 (plan.md 2.3);
  - Rosie Papadopoulos left on 2027-02-26 (plan.md 2.4);
  - Senior Agents carry their own Revenue quota: Darcel Schlecht 600,000 and Vicki Laflamme
    450,000 (plan.md 3.2); everyone else the plan's 320,000.
"""
import csv
import datetime as dt
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/data/maven-crm"
AS_OF = dt.date(2027, 3, 12)
LAST_CANCELLABLE = dt.date(2027, 2, 26)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def crc(s):
    return zlib.crc32(s.encode("ascii"))


def shift(s):
    d = dt.date.fromisoformat(s)
    m = d.month + 4
    y = d.year + 9 + (m - 1) // 12
    m = (m - 1) % 12 + 1
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    last = (nxt - dt.timedelta(days=1)).day
    return dt.date(y, m, min(d.day, last))


pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")
SPELL = {"GTXPro": "GTX Pro"}
price = {SPELL.get(p["product"], p["product"]): p["sales_price"] for p in read("products.csv")}
STAGE = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}
PROB = {"Engaging": "0.6", "Prospecting": "0.25"}

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
    product = SPELL.get(r["product"], r["product"])
    stage = STAGE[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        amount = price[product]
        close = dt.date(2027, 3, 15) + dt.timedelta(days=c % 100)
        prob = PROB[r["deal_stage"]]
    else:
        amount = r["close_value"] or "0"
        close = shift(r["close_date"])
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.75"
        elif stage == "won" and close <= LAST_CANCELLABLE and c % 29 == 3:
            stage = "cancelled"
            cancel = min(close + dt.timedelta(days=10 + (c // 29) % 170), AS_OF).isoformat()
    rows.append({
        "id": oid, "seller": r["sales_agent"], "account": r["account"],
        "name": f"{r['account'] or 'Unassigned'} {product}", "type": deal_type(r),
        "product": product, "amount": f"{float(amount):.2f}", "close_date": close.isoformat(),
        "stage": stage, "split": "1", "probability": prob, "term_months": "",
        "cancel_date": cancel, "currency": "USD",
    })

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

JOINERS = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
LEAVERS = {"Rosie Papadopoulos": "2027-02-26"}
SENIOR = {"Darcel Schlecht": "600000.00", "Vicki Laflamme": "450000.00"}
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:revenue"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"],
                    "Senior Agent" if a in SENIOR else "Sales Agent",
                    "2027-01-11" if a in JOINERS else "", LEAVERS.get(a, ""), SENIOR.get(a, "")])
print(len(rows), "lines")
