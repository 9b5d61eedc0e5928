#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredninetysixth workspace (MavenTech UK, the
Maven CRM export kept as it is: agents, managers, regional offices, products and accounts as
the export spells them; plan year 1 April 2017 - 31 March 2018, GBP, MONTHLY payouts) from the
real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- Sellers: the 35 agents of sales_teams.csv, by the names the CRM gives them; managers and
  regional offices as exported. id = opportunity_id. Products as the price list (products.csv)
  spells them: the pipeline's "GTXPro" is written "GTX Pro". Accounts as exported (an
  opportunity with no account keeps an empty account).
- Dates are the export's own. Opportunities closing before 1 April 2017 (March 2017) belong to
  last year's plan and are left out (they still count as history for the deal type).
  AS OF = 2017-11-24. A Won opportunity closing after it is an open deal (probability 0.7); a
  Lost one closing after it is open (probability 0.3). Engaging opportunities are open
  (probability 0.5) expected to close 1 November 2017 + (hash mod 100) days (some already
  overdue at the as-of date); Prospecting ones (probability 0.2) 1 December 2017 + (hash mod
  120) days.
- Amounts in GBP as exported: close_value for won deals; lost and open deals carry the
  product's list price (sales_price).
- Type: "new" when the seller had won nothing at that account before (a first sale there, or
  no account); "repeat" otherwise (history from the whole export, March 2017 included).
- Shadow deals (plan.md 3.4): Carl Lin (joined 16 October 2017) shadows Kary Hendrixson and
  Natalya Ivanova (joined 16 October 2017) shadows Reed Clapper: their mentor's won deals
  closing on or after 16 October with hash mod 3 = 0 are two lines with the same id, 50% / 50%.
- Derailments (cancellations): a won deal closed on or before 2017-11-10 with hash mod 29 = 0
  is cancelled, cancel_date = close + 7 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: the five agents with no opportunity in the export are new starters (start dates
  below). Darcel Schlecht and Vicki Laflamme (Senior Account Executives) carry their own
  monthly Field Sales quota.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 11, 24)
PLAN_START = dt.date(2017, 4, 1)
CANCEL_BY = dt.date(2017, 11, 10)
STARTERS = {
    "Carl Lin": "2017-10-16",
    "Natalya Ivanova": "2017-10-16",
    "Mei-Mei Johns": "2017-11-06",
    "Elizabeth Anderson": "2017-11-06",
    "Carol Thompson": "2017-11-20",
}
SHADOW = {"Kary Hendrixson": "Carl Lin", "Reed Clapper": "Natalya Ivanova"}
SHADOW_FROM = dt.date(2017, 10, 16)
SENIOR_QUOTA = {"Darcel Schlecht": "60000.00", "Vicki Laflamme": "40000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
pipeline = read("sales_pipeline.csv")


def product_name(p):
    return "GTX Pro" if p == "GTXPro" else p


# First won date of each (agent, account): the deal type's history.
first_win = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        key = (r["sales_agent"], r["account"])
        d = dt.date.fromisoformat(r["close_date"])
        cur = first_win.get(key)
        if cur is None or (d, r["opportunity_id"]) < cur:
            first_win[key] = (d, r["opportunity_id"])

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    x = h(oid)
    product = product_name(r["product"])
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 11, 1) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2017, 12, 1) + dt.timedelta(days=x % 120)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        if close < PLAN_START:
            continue
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    fw = first_win.get((agent, account)) if account else None
    if fw is None or (fw[0], fw[1]) >= (close, oid):
        typ = "new"
    else:
        typ = "repeat"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 29 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=7 + (x // 11) % 140), AS_OF).isoformat()
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=agent, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="GBP")
    if (agent in SHADOW and stage in ("won", "cancelled") and close >= SHADOW_FROM
            and (x // 13) % 3 == 0):
        line["split"] = "0.5"
        rows.append(line)
        rows.append(dict(line, seller=SHADOW[agent]))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

ROLE = {"Darcel Schlecht": "Senior Account Executive", "Vicki Laflamme": "Senior Account Executive"}
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:field"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    STARTERS.get(a, ""), "", SENIOR_QUOTA.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
