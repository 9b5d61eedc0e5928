#!/usr/bin/env python3
"""Builds the hundredsecond workspace's deals.csv and sellers.csv from the Maven CRM export as
it is (/work/shared/data/maven-crm/: sales_pipeline.csv, sales_teams.csv, products.csv),
re-dated onto the MavenTech FY2027 plan year (1 May 2026 - 30 April 2027, monthly payouts).
Standard library only. Deterministic: every choice comes from the CRC-32 of the opportunity id
(zlib.crc32), never from a random generator or the clock. Run: python3 gen_deals.py

Mapping (plan.md section 3 and 14):
  opportunity_id -> id; sales_agent -> seller (full name as the CRM spells it); account ->
  account (blank when the export has none); product -> product as the price list spells it
  ("GTXPro" -> "GTX Pro"); close_value -> amount (USD); stage Won -> won, Lost -> lost,
  Engaging / Prospecting -> open.
Dates: every date moves 9 years and 2 months forward (2017-03-14 -> 2026-05-14), the day kept
  and clamped to the month's end (2017-07-31 -> 2026-09-30, 2017-12-31 -> 2027-02-28). So won
  and lost deals close 1 May 2026 - 28 February 2027, which is also the as-of date.
Lost deals have no close value in the export: amount = the product's list price (what was quoted).
Open opportunities: amount = the product's list price; close_date = 2027-03-01 + (crc mod 61)
  days (March-April 2027, after the as-of date); probability 0.6 Engaging, 0.25 Prospecting.
Deal type (the export has none): "new" (a new logo, a "fresh install") when no MavenTech agent
  had won anything from that account before this opportunity was engaged, or no account;
  "expansion" (an "upgrade") otherwise.
Returns ("RTS"): a won deal closing on or before 2027-01-31 whose crc mod 120 is 7 is cancelled,
  cancel_date = close_date + 12 + (crc >> 7) mod 150 days, at the latest 2027-02-28. Only those
  cancelled within 90 days of close are clawed back (plan.md 11).
Name = "<account or Unassigned> <product>".
Roster (sellers.csv): all 35 agents of sales_teams.csv with their manager and regional office;
  the five agents with no opportunity (Mei-Mei Johns, Elizabeth Anderson, Natalya Ivanova,
  Carol Thompson, Carl Lin) joined on 2026-11-02; Darcel Schlecht, Senior Agent, carries a
  Core Revenue quota of 800,000 (plan 360,000).
"""
import csv
import datetime as dt
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/data/maven-crm"
AS_OF = dt.date(2027, 2, 28)
SPELL = {"GTXPro": "GTX Pro"}
STAGE = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}
PROB = {"Engaging": "0.6", "Prospecting": "0.25"}
NEW_HIRES = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
SENIOR = {"Darcel Schlecht": "800000.00"}


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def shift(s):
    d = dt.date.fromisoformat(s)
    m = d.month + 2
    y = d.year + 9 + (m - 1) // 12
    m = (m - 1) % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue


def crc(s):
    return zlib.crc32(s.encode("ascii"))


pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")
price = {SPELL.get(p["product"], p["product"]): p["sales_price"] for p in read("products.csv")}

rows = []
for r in pipeline:
    c = crc(r["opportunity_id"])
    product = SPELL.get(r["product"], r["product"])
    stage = STAGE[r["deal_stage"]]
    engage = shift(r["engage_date"]) if r["engage_date"] else None
    if stage == "open":
        close = dt.date(2027, 3, 1) + dt.timedelta(days=c % 61)
        amount = price[product]
        prob = PROB[r["deal_stage"]]
    else:
        close = shift(r["close_date"])
        amount = r["close_value"] if stage == "won" else price[product]
        prob = ""
    rows.append(dict(id=r["opportunity_id"], seller=r["sales_agent"], account=r["account"],
                     name=f"{r['account'] or 'Unassigned'} {product}", product=product,
                     amount=f"{float(amount):.2f}", close_date=close.isoformat(), stage=stage,
                     split="1", probability=prob, term_months="", cancel_date="", currency="USD",
                     _engage=engage, _crc=c))

# deal type: a new logo when nobody had won the account before the opportunity was engaged
first_win = {}
for x in rows:
    if x["stage"] == "won" and x["account"]:
        d = dt.date.fromisoformat(x["close_date"])
        if x["account"] not in first_win or d < first_win[x["account"]]:
            first_win[x["account"]] = d
for x in rows:
    fw = first_win.get(x["account"])
    eng = x["_engage"] or dt.date.fromisoformat(x["close_date"])
    x["type"] = "new" if (not x["account"] or fw is None or fw >= eng) else "expansion"

# returns (RTS)
for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2027-01-31" and x["_crc"] % 120 == 7:
        d = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=12 + (x["_crc"] >> 7) % 150)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(d, AS_OF).isoformat()

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:core"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"],
                    "Senior Agent" if a in SENIOR else "Sales Agent",
                    "2026-11-02" if a in NEW_HIRES else "", "", SENIOR.get(a, "")])
print(len(rows), "lines,", sum(x["stage"] == "cancelled" for x in rows), "cancelled")
