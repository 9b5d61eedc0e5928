#!/usr/bin/env python3
"""Builds the hundredeighth workspace's deals.csv and sellers.csv from the real Maven CRM
export (sales_pipeline.csv, sales_teams.csv, products.csv) in /work/shared/data/maven-crm/.
Standard library only. Deterministic: every choice is a CRC-32 of the opportunity id
(zlib.crc32), no randomness, no clock. Run: python3 gen_deals.py

The export is kept AS IT IS: real agent names, managers and regional offices, accounts, and
products as the price list spells them ("GTXPro" -> "GTX Pro"); amount = close_value (USD).
Only the dates move, onto the MavenTech FY2027 plan year (1 November 2026 - 31 October 2027,
quarterly payouts, plan.md section 4):

  close_date  = the export's close date moved 116 months forward, same day of the month
                (clipped to the month's last day): March 2017 -> November 2026 (M01),
                December 2017 -> August 2027 (M10). Won deals close 1 Nov 2026 - 31 Aug 2027.
  stage       = Won -> won, Lost -> lost, Engaging / Prospecting -> open.
  open deals  = amount = the product's list price (products.csv); expected close date
                2027-08-01 + crc mod 31 days (August 2027, the month of the as-of date
                2027-08-31, still open on it); probability 0.6 (Engaging) or 0.25
                (Prospecting).
  type        = "new" (a new logo: nobody at MavenTech had won the account before this
                opportunity was engaged, or no account) else "refresh".
  cancelled   = a won deal closing before 2027-07-01 whose crc mod 53 is 11 becomes an RTV
                (plan.md 3.6): cancel_date = close + 12 + crc mod 140 days, at the latest
                2027-08-31. Only those within 90 days of close are clawed back (section 11).
  name        = "<account or Unassigned> <product>".
Roster (sellers.csv): every agent of sales_teams.csv; manager and regional office as
exported (territory = regional office). The five agents with no opportunity in the export
(Mei-Mei Johns, Elizabeth Anderson, Natalya Ivanova, Carol Thompson, Carl Lin) joined on
2027-05-03 (plan.md 12.1). Senior Agents carry their own Systems quota: Darcel Schlecht
600,000, Vicki Laflamme 450,000 (plan.md 5.2).
"""
import csv
import datetime as dt
import os
import zlib
import calendar

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/data/maven-crm"
AS_OF = dt.date(2027, 8, 31)
SPELL = {"GTXPro": "GTX Pro"}
STAGE = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}
PROB = {"Engaging": "0.6", "Prospecting": "0.25"}
JOINERS = ["Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"]
SENIOR = {"Darcel Schlecht": "600000.00", "Vicki Laflamme": "450000.00"}


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def crc(s):
    return zlib.crc32(s.encode("ascii"))


def shift(s):
    d = dt.date.fromisoformat(s)
    m = d.year * 12 + (d.month - 1) + 116
    y, mo = divmod(m, 12)
    mo += 1
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")
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
    return "refresh" if first_win.get(r["account"], "9999") < engaged else "new"


rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    c = crc(oid)
    stage = STAGE[r["deal_stage"]]
    prod = SPELL.get(r["product"], r["product"])
    prob = cancel = ""
    if stage == "open":
        amount = price[prod]
        close = dt.date(2027, 8, 1) + dt.timedelta(days=c % 31)
        prob = PROB[r["deal_stage"]]
    else:
        amount = r["close_value"] or "0"
        close = shift(r["close_date"])
        if stage == "won" and close < dt.date(2027, 7, 1) and c % 53 == 11:
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

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:systems"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"],
                    "Senior Agent" if a in SENIOR else "Sales Agent",
                    "2027-05-03" if a in JOINERS else "", "", SENIOR.get(a, "")])
print(len(rows), "lines,", sum(1 for x in rows if x["stage"] == "cancelled"), "cancelled")
