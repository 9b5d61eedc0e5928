#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredsixtysixth workspace (MavenTech, the company of
the real Maven CRM export, on its FY2026-27 field plan: plan year 1 April 2026 - 31 March 2027,
USD, QUARTERLY payouts) from /work/shared/data/maven-crm/. Standard library only; deterministic
(every choice is an md5 hash of the opportunity id or a rule on the export; no clock, no random
stream). Run: python3 gen_deals.py

The export is kept as it is:
- Every opportunity of the export is a deal; id = opportunity_id; seller = sales_agent as the CRM
  spells it; account as exported (blank stays blank); product as the price list spells it (the
  pipeline's "GTXPro" is written "GTX Pro", as products.csv does). Won deals carry close_value.
  Lost deals and open opportunities carry the product's list price (products.csv sales_price):
  what was quoted.
- Roster: the 35 agents of sales_teams.csv with their manager and regional office as exported.
  The five agents with no opportunity in the export (Mei-Mei Johns, Elizabeth Anderson, Natalya
  Ivanova, Carol Thompson, Carl Lin) joined on 2026-11-02 (prorated quotas, plan.md 12.1).
- Dates: every Maven date moves forward by the same 3,318 days, so 1 March 2017 becomes 1 April
  2026 and 31 December 2017 becomes 31 January 2027: the won deals fall in the plan year's first
  ten months. AS OF = 2027-01-29. A Won opportunity that now closes after it becomes open
  (probability 0.7, close date kept); a Lost one dated after it becomes open (probability 0.3).
  Engaging opportunities are open (probability 0.5) expected to close 15 January 2027 + (hash mod
  70) days (some overdue at the as-of date); Prospecting ones (probability 0.2) 1 March 2027 +
  (hash mod 75) days (some after the plan year ends).
- Type (plan.md 3.5): "new" when the agent had won nothing at that account before the deal's
  engage date (and every deal with no account); otherwise "repeat" (a refill).
- Splits (plan.md 3.4, the GTK Desk): every GTK 500 deal that is won, cancelled or open is shared
  with the two GTK specialists, Elease Gluck and Vicki Laflamme: a deal of another agent is three
  lines with the same id, 60% to the agent and 20% to each specialist; a specialist's own GTK 500
  deal is two lines, 80% to the specialist and 20% to the other one.
- Spills (cancellations): a won deal closed on or before 2027-01-15 with (hash // 7) mod 50 = 0 is
  cancelled on close + 10 + (hash // 11) mod 140 days, when that day is on or before the as-of
  date (otherwise it stays won) (plan.md section 11: only cancellations within 90 days of close
  are clawed back).
- Personal quotas (roster): Darcel Schlecht (Senior Account Executive) carries a quarterly
  Hardware quota of 160,000 and an MG quota of 50,000; the GTK Desk (Elease Gluck, Vicki
  Laflamme) a Hardware quota of 110,000.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 1, 29)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2027, 1, 15)
NEW_HIRES = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
HIRE_DATE = "2026-11-02"
DESK = ("Elease Gluck", "Vicki Laflamme")
ROLE = {"Darcel Schlecht": "Senior Account Executive", "Elease Gluck": "GTK Specialist",
        "Vicki Laflamme": "GTK Specialist"}
QUOTA_HW = {"Darcel Schlecht": "160000.00", "Elease Gluck": "110000.00",
            "Vicki Laflamme": "110000.00"}
QUOTA_MG = {"Darcel Schlecht": "50000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
pipeline = read("sales_pipeline.csv")


def pname(p):
    return "GTX Pro" if p == "GTXPro" else p


# first won close date per (agent, account), to type each deal
won_dates = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        won_dates.setdefault((r["sales_agent"], r["account"]), []).append(r["close_date"])

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    seller = r["sales_agent"]
    product = pname(r["product"])
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 1, 15) + dt.timedelta(days=x % 70)
            prob = "0.5"
        else:
            close = dt.date(2027, 3, 1) + dt.timedelta(days=x % 75)
            prob = "0.2"
        amount = price[pname(r["product"])]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    engaged = r["engage_date"] or "9999-12-31"
    before = [d for d in won_dates.get((seller, account), []) if d < engaged]
    typ = "repeat" if account and before else "new"
    spill = close + dt.timedelta(days=10 + (x // 11) % 140)
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 50 == 0 and spill <= AS_OF:
        stage = "cancelled"
        cancel = spill.isoformat()
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=seller, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if product == "GTK 500" and stage in ("won", "cancelled", "open"):
        if seller in DESK:
            other = DESK[1] if seller == DESK[0] else DESK[0]
            rows.append(dict(line, split="0.8"))
            rows.append(dict(line, seller=other, split="0.2"))
        else:
            rows.append(dict(line, split="0.6"))
            for s in DESK:
                rows.append(dict(line, seller=s, split="0.2"))
    else:
        rows.append(line)

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
                "quota:hardware", "quota:mg_suite"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    HIRE_DATE if a in NEW_HIRES else "", "", QUOTA_HW.get(a, ""),
                    QUOTA_MG.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
