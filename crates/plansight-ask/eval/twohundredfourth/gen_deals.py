#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfourth workspace (MavenTech, the Maven CRM
export kept as it is: the CRM's sales agents are the sellers, its products and accounts are the
deals' own; plan year = the calendar year 1 January - 31 December 2017, MONTHLY payouts) from
the real export in /work/shared/data/maven-crm/. Standard library only; deterministic (every
choice is an md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of the export is kept: id = opportunity_id, seller = sales_agent as the CRM
  spells it, product as the price list (products.csv) spells it ("GTXPro" -> "GTX Pro"), account
  as exported (open opportunities without an account keep none), amount = close_value (won) or
  the product's list price (lost and open).
- AS OF = 2017-11-17 (a Friday). The export is a snapshot taken after the year; the workspace is
  the CRM as it stood on the as-of date: a Won opportunity closing after it is still open
  (probability 0.6, expected close = its close date), a Lost one dated after it is still open
  (probability 0.25, expected close = its close date). Engaging opportunities are open
  (probability 0.5) expected to close 6 November 2017 + (hash mod 55) days (some overdue);
  Prospecting ones (probability 0.2) 1 December 2017 + (hash mod 31) days.
- Deal type: "new" (a new logo) = the account's first won opportunity in the export (by close
  date, then id), an open or lost opportunity at an account nobody had won before it, or no
  account; "expansion" otherwise.
- Splits (plan.md 3.4, the GTK 500 ride-along): a won or cancelled GTK 500 of Rosalina Dieter or
  Markita Hansen is two lines with the same id: 60% to the seller and 40% to Elease Gluck, the
  West office's GTK 500 specialist.
- Cancellations ("U-turns"): a won deal closed on or before 2017-11-03 with (hash // 7) mod 29 =
  0 is cancelled, cancel_date = close + 12 + ((hash // 11) mod 120) days, when that date is on
  or before the as-of date (otherwise it stays won); plan.md section 11: only cancellations
  within 90 days of close are clawed back.
- Roster: the 35 agents of sales_teams.csv under their 6 managers (territory = regional office).
  Darcel Schlecht carries a personal monthly Mileage quota of 75,000. The five agents with no
  opportunity in the export (Mei-Mei Johns, Elizabeth Anderson, Natalya Ivanova, Carol Thompson,
  Carl Lin) joined on 2017-09-05.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 11, 17)
CANCEL_BY = dt.date(2017, 11, 3)
NEW_HIRES = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
NEW_HIRE_START = "2017-09-05"
QUOTA = {"Darcel Schlecht": "75000.00"}
SPLIT_SELLERS = {"Rosalina Dieter", "Markita Hansen"}
SPECIALIST = "Elease Gluck"


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
SPELL = {"GTXPro": "GTX Pro"}
pipeline = read("sales_pipeline.csv")

# first won opportunity of every account (by close date, then id)
first_win = {}
for r in sorted((r for r in pipeline if r["deal_stage"] == "Won" and r["account"]),
                key=lambda r: (r["close_date"], r["opportunity_id"])):
    first_win.setdefault(r["account"], r)

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    product = SPELL.get(r["product"], r["product"])
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 11, 6) + dt.timedelta(days=x % 55)
            prob = "0.5"
        else:
            close = dt.date(2017, 12, 1) + dt.timedelta(days=x % 31)
            prob = "0.2"
        amount = price[r["product"]]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"]) if stage == "won" else price[r["product"]]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    # deal type
    if not account:
        typ = "new"
    elif r["deal_stage"] == "Won":
        typ = "new" if first_win[account]["opportunity_id"] == oid else "expansion"
    else:
        fw = first_win.get(account)
        typ = "expansion" if fw and fw["close_date"] <= (r["engage_date"] or fw["close_date"]) else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 29 == 0:
        cancel_on = close + dt.timedelta(days=12 + (x // 11) % 120)
        if cancel_on <= AS_OF:
            stage, cancel = "cancelled", cancel_on.isoformat()
    seller = r["sales_agent"]
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=seller, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel)
    if product == "GTK 500" and seller in SPLIT_SELLERS and stage in ("won", "cancelled"):
        rows.append(dict(line, split="0.6"))
        rows.append(dict(line, seller=SPECIALIST, split="0.4"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:mileage"])
    for t in read("sales_teams.csv"):
        sid = t["sales_agent"]
        role = "Senior Account Executive" if sid in QUOTA else "Account Executive"
        if sid == SPECIALIST:
            role = "GTK 500 Specialist"
        start = NEW_HIRE_START if sid in NEW_HIRES else ""
        w.writerow([sid, sid, t["manager"], t["regional_office"], role, start, "", QUOTA.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
