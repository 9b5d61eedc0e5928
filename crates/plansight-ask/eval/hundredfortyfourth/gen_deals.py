#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfortyfourth workspace (Crossroads Technology
Group, Inc., an invented US value-added reseller of MavenTech equipment, Kansas City, MO; plan
year = FISCAL year 1 October 2026 - 30 September 2027, USD, QUARTERLY payouts) from the real
Maven CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic (every
choice is an md5 hash of the opportunity id; no clock, no random stream).
Run: python3 gen_deals.py

- The export AS IT IS: every opportunity of sales_pipeline.csv is kept, one line each,
  id = opportunity_id; seller = the agent's real name; the 30 agents with opportunities, under
  their real managers, with the regional office (Central, East, West) as territory. The five
  agents of sales_teams.csv with no opportunity are not on the roster.
- Accounts as exported (an opportunity with no account keeps an empty account); products as
  the price list spells them (the pipeline's "GTXPro" is the price list's "GTX Pro").
- Dates: every Maven date moves forward by the same 3,501 days, so 1 March 2017 becomes
  1 October 2026 and 31 December 2017 becomes 31 July 2027. AS OF = 2027-05-07.
  A Won opportunity that now closes after the as-of date is an open deal (probability 0.6,
  expected to close on its shifted date, amount = its close value); a Lost one dated after it
  is an open deal (probability 0.25, list price). Engaging opportunities are open
  (probability 0.5, list price) expected to close 2027-04-20 + (hash mod 90) days (some are
  overdue at the as-of date); Prospecting ones (probability 0.2, list price) 2027-06-01 +
  (hash mod 100) days.
- Amounts in USD as exported: a won deal's close_value; a lost deal carries its product's list
  price (the quote that was lost).
- Type: an opportunity with no account is "new"; otherwise hash mod 3 = 0 is "new" (a new
  logo), the rest "expansion" (an existing customer buying more).
- Cancellations: a won deal closed on or before 2027-04-30 with hash mod 23 = 0 is cancelled,
  cancel_date = close + 4 + (hash mod 110) days, at the latest the as-of date (plan.md
  section 11: only cancellations within 60 days of close are clawed back).
- Roster: Darcel Schlecht and Vicki Laflamme are Senior Account Executives with their own
  quarterly Workstation quota and annual Enterprise quota (Darcel 180,000 / 160,000; Vicki
  90,000 / 140,000; plan 75,000 / 120,000). Wilburn Farren is the one new
  starter: he joined on Monday 2026-10-05 (his first opportunity closes on 2026-10-07 after the
  shift), so his Q1 Workstation quota and his Enterprise quota are prorated (plan.md 12.1).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 5, 7)
SHIFT = dt.date(2026, 10, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2027, 4, 30)
START = {"Wilburn Farren": "2026-10-05"}
SENIOR = {
    "Darcel Schlecht": ("Q_WS_SENIOR_D", "Q_ENT_SENIOR_D"),
    "Vicki Laflamme": ("Q_WS_SENIOR_V", "Q_ENT_SENIOR_V"),
}
QUOTA = {
    "Q_WS_SENIOR_D": "180000.00",
    "Q_WS_SENIOR_V": "90000.00",
    "Q_ENT_SENIOR_D": "160000.00",
    "Q_ENT_SENIOR_V": "140000.00",
}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
pipeline = read("sales_pipeline.csv")
active = {r["sales_agent"] for r in pipeline}

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 4, 20) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2027, 6, 1) + dt.timedelta(days=x % 100)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    typ = "new" if (not account or (x // 5) % 3 == 0) else "expansion"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 23 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=4 + (x // 11) % 110), AS_OF).isoformat()
    name = f"{account} {product}" if account else f"{product} (no account)"
    rows.append(dict(id=oid, seller=r["sales_agent"], account=account, name=name, type=typ,
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
                "quota:workstation", "quota:enterprise"])
    for t in teams:
        a = t["sales_agent"]
        if a not in active:
            continue
        role = "Senior Account Executive" if a in SENIOR else "Account Executive"
        qw, qe = (QUOTA[SENIOR[a][0]], QUOTA[SENIOR[a][1]]) if a in SENIOR else ("", "")
        w.writerow([a, a, t["manager"], t["regional_office"], role, START.get(a, ""), "", qw, qe])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
