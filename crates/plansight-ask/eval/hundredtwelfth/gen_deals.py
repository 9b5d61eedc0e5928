#!/usr/bin/env python3
"""Builds the hundredtwelfth workspace's deals.csv and sellers.csv from the real Maven CRM
export (sales_pipeline.csv, sales_teams.csv, products.csv) in /work/shared/data/maven-crm/.
Standard library only. Deterministic: every per-deal choice comes from the CRC-32 of the
opportunity id (zlib.crc32); no randomness, no clock.
Run: python3 gen_deals.py

The export is used AS IT IS: real agent names, managers, regional offices, accounts, and
products as the price list spells them ("GTXPro" -> "GTX Pro"); amount = close_value in USD.

Re-dating onto the FY2026 plan year (1 February 2026 - 31 January 2027, quarterly payouts):
  every date moves exactly 9 years forward (2017-03-01 -> 2026-03-01), so won and lost deals
  close 1 March 2026 - 31 December 2026. The workspace is AS OF 2026-12-31.
Mapping (plan.md section 13, "Data"):
  opportunity_id -> id; sales_agent -> seller; account -> account (blank when none);
  product -> product; close_value -> amount; deal_stage Won -> won, Lost -> lost,
  Engaging / Prospecting -> open ("on the wire").
Open opportunities carry no close value and no close date in the export:
  amount      = the product's list price (products.csv);
  close_date  = Engaging: 2027-01-(4 + crc mod 24); Prospecting: 2027-01-29;
  probability = 0.6 Engaging, 0.25 Prospecting.
Deal type (the export has none):
  "new"        no agent had won anything from that account before this opportunity was
               engaged (and every opportunity with no account): a "new nest";
  "expansion"  otherwise: a "refill".
Cancellations ("U-turns"; the export has none): a won deal closed before 2026-11-15 whose
  crc mod 61 is 7 is recorded as cancelled, cancel_date = close_date + 20 + crc mod 150 days,
  at the latest 2026-12-31 (plan.md section 11: only cancellations within 100 days of close
  are clawed back).
Name = "<account or Unassigned> <product>". split 1, no contract term.
Roster (sellers.csv): name, manager, regional office, role, start/end dates, quota overrides:
  - the five agents with no opportunity in the export (Mei-Mei Johns, Elizabeth Anderson,
    Natalya Ivanova, Carol Thompson, Carl Lin) joined on 2026-11-02 (plan.md 12.1);
  - Rosie Papadopoulos left on 2026-11-20 (plan.md 12.3);
  - Senior Agents carry their own Net Sales quota: Darcel Schlecht 900,000 and Vicki
    Laflamme 450,000 (plan.md 6.2); everyone else the plan's 350,000.
"""
import csv
import datetime as dt
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/data/maven-crm"
AS_OF = dt.date(2026, 12, 31)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def crc(s):
    return zlib.crc32(s.encode("ascii"))


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9)


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
    stage = STAGE[r["deal_stage"]]
    prod = SPELL.get(r["product"], r["product"])
    cancel = prob = ""
    if stage == "open":
        amount = price[prod]
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 1, 4 + c % 24).isoformat()
        else:
            close = "2027-01-29"
        prob = PROB[r["deal_stage"]]
    else:
        amount = r["close_value"] or "0"
        d = shift(r["close_date"])
        close = d.isoformat()
        if stage == "won" and d < dt.date(2026, 11, 15) and c % 61 == 7:
            stage = "cancelled"
            back = d + dt.timedelta(days=20 + c % 150)
            cancel = min(back, AS_OF).isoformat()
    rows.append(dict(id=oid, seller=r["sales_agent"], account=r["account"],
                     name=f"{r['account'] or 'Unassigned'} {prod}", type=deal_type(r),
                     product=prod, amount=f"{int(amount)}.00", close_date=close, stage=stage,
                     split="1", probability=prob, term_months="", cancel_date=cancel,
                     currency="USD"))

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

active = {r["sales_agent"] for r in pipeline}
SENIOR = {"Darcel Schlecht": "900000.00", "Vicki Laflamme": "450000.00"}
SCOLS = ["id", "name", "manager", "territory", "role", "start_date", "end_date",
         "quota:net_sales"]
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, SCOLS, lineterminator="\n")
    w.writeheader()
    for t in teams:
        a = t["sales_agent"]
        w.writerow({"id": a, "name": a, "manager": t["manager"],
                    "territory": t["regional_office"],
                    "role": "Senior Agent" if a in SENIOR else "Sales Agent",
                    "start_date": "" if a in active else "2026-11-02",
                    "end_date": "2026-11-20" if a == "Rosie Papadopoulos" else "",
                    "quota:net_sales": SENIOR.get(a, "")})
print(len(rows), "deal lines,", len(teams), "sellers,",
      sum(1 for x in rows if x["stage"] == "cancelled"), "cancelled,",
      sum(1 for x in rows if x["type"] == "new" and x["stage"] == "won"), "new-nest wins")
