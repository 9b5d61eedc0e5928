#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredthirtysecond workspace (Larkfield Systems,
Inc., an invented US reseller of Maven's GTX workstations, MG peripherals and GTK 500 servers;
plan year = calendar 2026, USD, QUARTERLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/, taken as it is. Standard library only; deterministic (every choice
is an md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of the 30 agents who have any is kept; the agent keeps their own name
  (seller = sales_agent), the account is the exported account (blank where the export has
  none: only open opportunities), the product is the price list's name ("GTXPro" -> "GTX Pro").
  Roster = sales_teams.csv (manager, regional office) for those 30 agents; the five agents with
  no opportunity (Mei-Mei Johns, Elizabeth Anderson, Natalya Ivanova, Carol Thompson, Carl Lin)
  are left off.
- Dates: every Maven date moves back by the same number of days, so 1 March 2017 becomes
  1 January 2026 and 31 December 2017 becomes 31 October 2026. AS OF = 2026-10-16 (a Friday).
  A Won opportunity that now closes after it becomes an open deal (probability 0.7, its date
  kept); a Lost one dated after it becomes an open deal (probability 0.3). Engaging
  opportunities are open (probability 0.5) expected to close 19 October 2026 + (hash mod 70)
  days; Prospecting ones (probability 0.2) 2 November 2026 + (hash mod 59) days.
- Amounts in USD, whole dollars: a won deal's close_value as exported; lost and open
  opportunities carry the product's list price (products.csv), as Maven leaves them at 0.
- Type (the CRM has none; Sales Ops codes one, plan.md 3.5): every MG Special is "add-on";
  otherwise hash mod 20 < 5 = "new" (a new logo), < 12 = "refresh", else "add-on".
- Cancellations ("flybacks"): a won deal closed on or before 2026-10-02 with hash mod 45 = 0
  is cancelled on close + 6 + (hash mod 150) days when that day is on or before the as-of date
  (a later one has not happened yet: the deal stays won). plan.md section 11: only
  cancellations within 90 days of close are clawed back.
- Roster (plan.md 5.2, 12.1): Darcel Schlecht (Principal Account Executive) carries his own
  quarterly Hardware quota of $250,000; Hayden Neloms (Peripherals Specialist) $30,000 of
  Hardware and $14,000 a month of Peripheral credit. Wilburn Farren joined on 2026-05-18 (his
  opportunities closing before that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 16)
SHIFT = dt.date(2026, 1, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 10, 2)
ROLE = {"Darcel Schlecht": "Principal Account Executive", "Hayden Neloms": "Peripherals Specialist"}
QUOTA_HW = {"Darcel Schlecht": "250000.00", "Hayden Neloms": "30000.00"}
QUOTA_MG = {"Hayden Neloms": "14000.00"}
START = {"Wilburn Farren": "2026-05-18"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
pipeline = read("sales_pipeline.csv")
agents = {r["sales_agent"] for r in pipeline}

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
            close = dt.date(2026, 10, 19) + dt.timedelta(days=x % 70)
            prob = "0.5"
        else:
            close = dt.date(2026, 11, 2) + dt.timedelta(days=x % 59)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    if seller in START and close < dt.date.fromisoformat(START[seller]):
        continue
    if product == "MG Special":
        typ = "add-on"
    elif (x // 3) % 20 < 5:
        typ = "new"
    elif (x // 3) % 20 < 12:
        typ = "refresh"
    else:
        typ = "add-on"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 45 == 0:
        cdate = close + dt.timedelta(days=6 + (x // 11) % 150)
        if cdate <= AS_OF:
            stage = "cancelled"
            cancel = cdate.isoformat()
    name = f"{account} {product}" if account else product
    rows.append(dict(id=oid, seller=seller, account=account, name=name, type=typ,
                     product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                     stage=stage, probability=prob, cancel_date=cancel, currency="USD"))

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:hardware", "quota:peripherals"])
    for t in read("sales_teams.csv"):
        a = t["sales_agent"]
        if a not in agents:
            continue
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    START.get(a, ""), "", QUOTA_HW.get(a, ""), QUOTA_MG.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
