#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredeightysixth workspace from the real Maven CRM
export in /work/shared/data/maven-crm/, kept as it is: the sellers are the 35 sales agents as
the CRM spells them, under their managers and regional offices (sales_teams.csv); products and
accounts as exported (the pipeline's "GTXPro" is written as the price list spells it, "GTX Pro";
open opportunities with no account keep none). Plan: MavenTech Inside Sales Incentive Plan
FY2017, a November fiscal year (1 November 2016 - 31 October 2017), quarterly quotas, MONTHLY
payouts (plan.toml / plan.md beside this file). Standard library only; deterministic (every
choice is an md5 hash of the opportunity id; no clock, no random stream). Run:
python3 gen_deals.py

- Dates: every Maven date moves back exactly four calendar months (the day kept, or the month's
  last day when the month is shorter), so the export's March 2017 - December 2017 becomes
  November 2016 - August 2017 and each month of the export is one month of the plan year:
  March -> M01 November ... June -> M04 February (29/30 June -> 28 February) ... December -> M10
  August. AS OF = 2017-07-19 (a Wednesday of M09 July, in Q3 May-July).
- A Won opportunity that now closes after the as-of date becomes an open opportunity
  (probability 0.65) expected on its shifted close date; a Lost one dated after it becomes open
  (probability 0.25). Engaging opportunities are open (probability 0.5), expected 1 July 2017 +
  (hash mod 100) days (some overdue at the as-of date); Prospecting ones (probability 0.2)
  1 August 2017 + (hash mod 120) days (some after the plan year's end).
- Amounts in USD, as exported: won = close_value; lost and open = the product's list price
  (products.csv sales_price).
- Type: "new" = the agent's first won opportunity at that account (by shifted close date, then
  id; the plan's "debut"), "repeat" = every later opportunity of that agent at that account (an
  open or lost opportunity is "new" while the agent has not won the account before its date;
  an opportunity with no account is "new").
- Ride-alongs (plan.md 3.4): the five agents with no opportunity in the export joined during
  the year (JOINERS). A won opportunity of their buddy closing on or after the joiner's start,
  with hash mod 3 = 0, is two lines with the same id: 60% to the buddy, 40% to the joiner.
- Run-outs (cancellations): a won deal closed on or before 2017-07-05 with hash mod 25 = 0 is
  cancelled, cancel_date = close + 10 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 75 days of close are clawed back).
- Roster (sellers.csv): every agent of sales_teams.csv with its manager and regional office as
  territory. Darcel Schlecht (Senior Account Executive) carries a personal Systems quota of
  240,000 a quarter; Hayden Neloms (MG Specialist) a Systems quota of 30,000 and an MG quota of
  45,000 a quarter. Rosie Papadopoulos left on 2017-06-16 (her later wins credit no one).
"""
import calendar
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 7, 19)
CANCEL_BY = dt.date(2017, 7, 5)

JOINERS = {
    # joiner: (start_date, buddy)
    "Natalya Ivanova": ("2017-02-06", "Cassey Cress"),
    "Mei-Mei Johns": ("2017-03-13", "Gladys Colclough"),
    "Carl Lin": ("2017-04-17", "Kary Hendrixson"),
    "Elizabeth Anderson": ("2017-05-15", "Corliss Cosme"),
    "Carol Thompson": ("2017-06-12", "Vicki Laflamme"),
}
BUDDY = {b: (j, dt.date.fromisoformat(s)) for j, (s, b) in JOINERS.items()}
ROLE = {
    "Darcel Schlecht": ("Senior Account Executive", "240000.00", ""),
    "Hayden Neloms": ("MG Specialist", "30000.00", "45000.00"),
}
END = {"Rosie Papadopoulos": "2017-06-16"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def shift(s):
    d = dt.date.fromisoformat(s)
    y, m = d.year, d.month - 4
    if m < 1:
        y, m = y - 1, m + 12
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
PRODUCT = {"GTXPro": "GTX Pro"}

opps = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    x = h(oid)
    product = PRODUCT.get(r["product"], r["product"])
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 7, 1) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2017, 8, 1) + dt.timedelta(days=x % 120)
            prob = "0.2"
        amount = price[product]
    else:
        close = shift(r["close_date"])
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.65" if stage == "won" else "0.25"
            stage = "open"
    opps.append(dict(id=oid, seller=r["sales_agent"], account=r["account"], product=product,
                     amount=amount, close=close, stage=stage, prob=prob, x=x))

# Deal type: the agent's first win at the account is "new", later ones "repeat".
first_win = {}
for o in sorted(opps, key=lambda o: (o["close"], o["id"])):
    if o["stage"] == "won" and o["account"]:
        first_win.setdefault((o["seller"], o["account"]), (o["close"], o["id"]))
for o in opps:
    fw = first_win.get((o["seller"], o["account"])) if o["account"] else None
    o["type"] = "new" if fw is None or (o["close"], o["id"]) <= fw else "repeat"

rows = []
for o in opps:
    x = o["x"]
    stage, cancel = o["stage"], ""
    if stage == "won" and o["close"] <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(o["close"] + dt.timedelta(days=10 + (x // 11) % 140), AS_OF).isoformat()
    name = f"{o['account']} {o['product']}" if o["account"] else o["product"]
    line = dict(id=o["id"], seller=o["seller"], account=o["account"], name=name,
                type=o["type"], product=o["product"], amount=f"{o['amount']}.00",
                close_date=o["close"].isoformat(), stage=stage, split="1",
                probability=o["prob"], cancel_date=cancel, currency="USD")
    b = BUDDY.get(o["seller"])
    if b and stage in ("won", "cancelled") and o["close"] >= b[1] and (x // 13) % 3 == 0:
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=b[0], split="0.4"))
    else:
        rows.append(line)

rows.sort(key=lambda r: (r["seller"], r["close_date"], r["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:systems", "quota:mg"])
    for t in read("sales_teams.csv"):
        sid = t["sales_agent"]
        role, qs, qm = ROLE.get(sid, ("Account Executive", "", ""))
        start = ""
        if sid in JOINERS:
            role, start = "Associate Account Executive", JOINERS[sid][0]
        w.writerow([sid, sid, t["manager"], t["regional_office"], role, start, END.get(sid, ""),
                    qs, qm])
print(len(rows), "deal lines;",
      {s: sum(1 for r in rows if r["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
