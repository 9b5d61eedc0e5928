#!/usr/bin/env python3
"""Builds the ninetyfourth workspace's deals.csv and sellers.csv (MavenTech Field Sales,
calendar plan year 2026, quarterly payouts, USD) from the real Maven CRM export in
/work/shared/data/maven-crm/ (or the repository's tests/fixtures/maven-crm/).
Standard library only. Deterministic: no randomness, no clock; every per-deal choice is a
CRC-32 of the opportunity id.  Run: python3 gen_deals.py

The export is used AS IT IS: agents, managers and regional offices as sales_teams.csv spells
them, accounts as exported (blank when none), products as the price list spells them
("GTXPro" -> "GTX Pro"), amount = close_value in USD.

- Dates: every Maven date moves 9 years forward and 59 days back (2017-03-01 -> 2026-01-01,
  2017-12-31 -> 2026-11-02), so the export's ten selling months fill January - early November
  2026. AS OF = 2026-10-31. A Won opportunity that now closes after the as-of date
  (1-2 November 2026) is an open deal (probability 0.9) at that close date.
- Open opportunities (Engaging / Prospecting) carry the product's list price and an expected
  close in November-December 2026: 2026-11-01 + crc32(id) mod 61 days; probability 0.6
  (Engaging) or 0.25 (Prospecting).
- Deal type: "new" (a new logo: no agent had won the account before this opportunity was
  engaged, or no account) else "expansion".
- Cancellations: a won deal closing on or before 2026-09-15 whose crc32(id) mod 37 == 11 is
  cancelled, cancel_date = close + 12 + (crc32(id) >> 8) mod 140 days, capped at the as-of
  date (plan.md section 10: only cancellations within 90 days of close are clawed back).
- Roster: the five agents with no opportunity (Mei-Mei Johns, Elizabeth Anderson, Natalya
  Ivanova, Carol Thompson, Carl Lin) start on 2026-07-01. Senior Agents carry their own
  Hardware Revenue quota: Darcel Schlecht 800,000 and Vicki Laflamme 450,000.
"""
import csv
import datetime as dt
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = ["/work/shared/data/maven-crm",
           os.path.join(HERE, "..", "..", "..", "..", "tests", "fixtures", "maven-crm")]
SRC = next(p for p in SOURCES if os.path.exists(os.path.join(p, "sales_pipeline.csv")))
AS_OF = dt.date(2026, 10, 31)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def crc(s):
    return zlib.crc32(s.encode("utf-8"))


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)


pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")
SPELL = {"GTXPro": "GTX Pro"}
price = {SPELL.get(p["product"], p["product"]): p["sales_price"] for p in read("products.csv")}
PROB = {"Engaging": "0.6", "Prospecting": "0.25"}
STARTERS = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
QUOTA = {"Darcel Schlecht": "800000.00", "Vicki Laflamme": "450000.00"}

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
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = cancel = ""
    if stage == "open":
        close = dt.date(2026, 11, 1) + dt.timedelta(days=c % 61)
        amount = price[product]
        prob = PROB[r["deal_stage"]]
    else:
        close = shift(r["close_date"])
        amount = r["close_value"] or "0"
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.9"
        elif stage == "won" and close <= dt.date(2026, 9, 15) and c % 37 == 11:
            stage = "cancelled"
            cancel = min(close + dt.timedelta(days=12 + (c >> 8) % 140), AS_OF).isoformat()
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
    w = csv.DictWriter(f, fieldnames=cols)
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:hardware"])
    for t in teams:
        a = t["sales_agent"]
        role = "Senior Agent" if a in QUOTA else "Sales Agent"
        w.writerow([a, a, t["manager"], t["regional_office"], role,
                    "2026-07-01" if a in STARTERS else "", "", QUOTA.get(a, "")])
print(len(rows), "lines")
