#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredthirtysixth workspace (Copperline Technology
Partners, Inc., an invented US value-added reseller of the MavenTech product line, Denver CO;
plan year 1 July 2026 - 30 June 2027, USD, QUARTERLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/ AS IT IS. Standard library only; deterministic (every choice is an
md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- Sellers, managers, regional offices, accounts and products are the export's own names (the
  product "GTXPro" is written "GTX Pro" as the price list spells it). Every opportunity of the
  30 agents who have opportunities is kept; the 5 agents with none are not on the roster.
- id = opportunity_id; amount = close_value (won), the product's list price (lost and open).
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 July 2026 and 31 December 2017 becomes 30 April 2027. AS OF = 2027-04-16. A Won
  opportunity that now closes after it becomes an open opportunity (probability 0.6); a Lost
  one dated after it becomes open (probability 0.3). Engaging opportunities are open
  (probability 0.5) expected to close 1 April 2027 + (hash mod 90) days (some overdue at the
  as-of date); Prospecting ones (probability 0.15) 1 May 2027 + (hash mod 60) days.
- Type: "new" (a new logo for the seller) when the same agent has no won opportunity with the
  same account closing before this one's close date in the export (for an open opportunity:
  no won one at all), or the opportunity has no account; otherwise "expansion".
- Cancellations ("derailments"): a won deal closed on or before 2027-04-01 with hash mod 29 = 0
  is cancelled, cancel_date = close + 5 + (hash mod 140) days, at the latest the as-of date.
- Roster: managers and offices as in sales_teams.csv. Darcel Schlecht (Principal Account
  Executive) carries a personal Core Bookings quota; Hayden Neloms (Systems Specialist) a
  personal quarterly Systems quota. Garret Kinder joined on 2026-09-14 (his deals before that
  date are dropped); Rosie Papadopoulos left on 2027-02-26 (her deals after it are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 4, 16)
SHIFT = dt.date(2026, 7, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2027, 4, 1)
START = {"Garret Kinder": "2026-09-14"}
END = {"Rosie Papadopoulos": "2027-02-26"}
ROLE = {"Darcel Schlecht": "Principal Account Executive", "Hayden Neloms": "Systems Specialist"}
QUOTA_CORE = {"Darcel Schlecht": "700000.00"}
QUOTA_SYSTEMS = {"Hayden Neloms": "50000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
pipeline = read("sales_pipeline.csv")
agents = {r["sales_agent"] for r in pipeline}

first_win = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        k = (r["sales_agent"], r["account"])
        if k not in first_win or r["close_date"] < first_win[k]:
            first_win[k] = r["close_date"]

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    seller = r["sales_agent"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 4, 1) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2027, 5, 1) + dt.timedelta(days=x % 60)
            prob = "0.15"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.3"
            stage = "open"
    if seller in START and close < dt.date.fromisoformat(START[seller]):
        continue
    if seller in END and close > dt.date.fromisoformat(END[seller]):
        continue
    if not account:
        typ = "new"
    else:
        fw = first_win.get((seller, account))
        typ = "new" if fw is None or (r["close_date"] and fw >= r["close_date"]) else "expansion"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 29 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=5 + (x // 11) % 140), AS_OF).isoformat()
    name = f"{account} {product}" if account else product
    rows.append(dict(id=oid, seller=seller, account=account, name=name, type=typ,
                     product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                     stage=stage, split="1", probability=prob, cancel_date=cancel,
                     currency="USD"))

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:core", "quota:systems"])
    for t in teams:
        sid = t["sales_agent"]
        if sid not in agents:
            continue
        w.writerow([sid, sid, t["manager"], t["regional_office"], ROLE.get(sid, "Account Executive"),
                    START.get(sid, ""), END.get(sid, ""), QUOTA_CORE.get(sid, ""),
                    QUOTA_SYSTEMS.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
