#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredtwentyeighth workspace (MavenTech, the
company of the Maven CRM export; plan "maventech-fsip-2025", plan year = calendar 2025,
1 January - 31 December 2025, USD, QUARTERLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/, taken as it is. Standard library only; deterministic (every
choice is an md5 hash of the opportunity id; no clock, no random stream).
Run: python3 gen_deals.py

- Every opportunity of the export is kept. id = opportunity_id; seller = the sales agent's
  full name as the CRM spells it; account as exported (blank where the export has none);
  product as the price list spells it ("GTXPro" -> "GTX Pro"); amount in USD = close_value
  for won deals; lost and open deals carry the product's list price (products.csv).
- Dates: every Maven date moves forward by the same 2,863 days, so 1 March 2017 becomes
  1 January 2025 and 31 December 2017 becomes 2 November 2025. AS OF = 2025-08-15 (a
  Friday). A Won opportunity that now closes after the as-of date is an open deal at its
  close value with probability 0.6 (expected to close on its shifted date); a Lost one dated
  after it is an open deal at list price with probability 0.3. Engaging opportunities are
  open (probability 0.5), expected 2025-08-18 + (hash mod 120) days; Prospecting ones open
  (probability 0.2), expected 2025-09-01 + (hash mod 120) days.
- Deal type (the export has none): an opportunity with no account is "new" (a prospect not
  yet set up as an account); otherwise hash mod 5 = 0 is "new" (a new logo), the rest are
  "renewal" for MG Special (the MG support subscription renewed) and "expansion" for every
  other product.
- Co-selling (plan.md 3.4): Elease Gluck is the West region's GTK 500 specialist. A won or
  cancelled GTK 500 deal of another West agent is two lines with the same id: 60% to the
  agent, 40% to Elease Gluck.
- Cancellations: a won deal closed on or before 2025-07-31 with (hash // 7) mod 25 = 0 is
  cancelled, cancel_date = close + 10 + ((hash // 11) mod 140) days, at the latest the as-of
  date (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: the 35 agents of sales_teams.csv with their manager and regional office. Senior
  Account Executives Darcel Schlecht and Vicki Laflamme carry their own quarterly Revenue
  quota. The five agents with no opportunity in the export (Mei-Mei Johns, Elizabeth
  Anderson, Natalya Ivanova, Carol Thompson, Carl Lin) joined on 2025-07-14.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 8, 15)
SHIFT = dt.date(2025, 1, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2025, 7, 31)
NEW_HIRES = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
NEW_HIRE_START = "2025-07-14"
SENIOR = {"Darcel Schlecht": "250000.00", "Vicki Laflamme": "120000.00"}
GTK_SPECIALIST = "Elease Gluck"


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
office = {r["sales_agent"]: r["regional_office"] for r in teams}

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    seller = r["sales_agent"]
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    x = h(oid)
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2025, 8, 18) + dt.timedelta(days=x % 120)
            prob = "0.5"
        else:
            close = dt.date(2025, 9, 1) + dt.timedelta(days=x % 120)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.3"
            stage = "open"
    if not account:
        typ = "new"
    elif x % 5 == 0:
        typ = "new"
    elif product == "MG Special":
        typ = "renewal"
    else:
        typ = "expansion"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 140), AS_OF).isoformat()
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=seller, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if (product == "GTK 500" and office[seller] == "West" and seller != GTK_SPECIALIST
            and stage in ("won", "cancelled")):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=GTK_SPECIALIST, split="0.4"))
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
                "quota:revenue"])
    for r in teams:
        a = r["sales_agent"]
        role = "Senior Account Executive" if a in SENIOR else "Account Executive"
        if a == GTK_SPECIALIST:
            role = "Account Executive (GTK 500 specialist)"
        start = NEW_HIRE_START if a in NEW_HIRES else ""
        w.writerow([a, a, r["manager"], r["regional_office"], role, start, "", SENIOR.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
