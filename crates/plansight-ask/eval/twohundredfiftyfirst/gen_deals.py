#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfiftyfirst workspace (MavenTech, the
computer hardware vendor of the public Maven CRM export, under "The Road Plan", MavenTech's
field sales compensation plan FY2018: plan year 1 July 2017 - 30 June 2018, USD, MONTHLY
payouts) from the real export in /work/shared/data/maven-crm/, kept as it is: the agents,
managers, regional offices, accounts, products, opportunity ids, close dates and close values
are the export's own. Standard library only; deterministic (every choice is an md5 hash of the
opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of the export is read. Won and Lost opportunities that closed before
  1 July 2017 belong to last year's plan (FY2017) and are left out.
- id = opportunity_id; seller = sales_agent as the CRM spells it; account as exported (empty
  for the prospects the CRM has no account for); product as the price list spells it (the
  export's "GTXPro" is "GTX Pro").
- AS OF = 2017-12-20 (a Wednesday). A Won opportunity that closes after it is an open deal
  ("committed", probability 0.7) expected on its CRM close date; a Lost one dated after it is
  open (probability 0.3) on its date. Engaging opportunities are open (probability 0.5)
  expected 1 December 2017 + (hash mod 90) days (some already overdue at the as-of date);
  Prospecting ones (probability 0.2) 15 January 2018 + (hash mod 150) days.
- Amounts in USD, whole dollars: close_value of won deals; lost and open deals carry their
  product's list price (products.csv sales_price).
- Type: "new" (a new logo) when the deal has no account or when hash mod 5 = 0; otherwise
  "expansion" (more for an existing MavenTech customer).
- Blowouts (cancellations): a won deal closed on or before 2017-11-30 with (hash // 7) mod 27
  = 0 is cancelled, cancel_date = close + 4 + ((hash // 11) mod 130) days, at the latest the
  as-of date (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Ride-alongs (plan.md 3.4): two agents of sales_teams.csv with no opportunity of their own
  joined during the year and ride along with a senior colleague: Carl Lin (Summer Sewald's
  team, started 2017-10-02) on Zane Levy's won deals closing from that day with
  (hash // 13) mod 4 = 0; Mei-Mei Johns (Melvin Marxen's team, started 2017-11-13) on Darcel
  Schlecht's won deals closing from that day with (hash // 13) mod 5 = 0. Such a deal is two
  lines with the same id, 50% / 50%.
- Roster: every agent of sales_teams.csv with an opportunity, plus Carl Lin and Mei-Mei Johns
  (their start dates above). Elizabeth Anderson, Natalya Ivanova and Carol Thompson start on
  8 January 2018, after the as-of date, and are not on this roster yet. The two Senior Account
  Executives carry their own quarterly Hardware quota: Darcel Schlecht 250,000, Vicki
  Laflamme 110,000 (the plan's is 70,000).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
FY_START = dt.date(2017, 7, 1)
AS_OF = dt.date(2017, 12, 20)
CANCEL_BY = dt.date(2017, 11, 30)
STARTERS = {"Carl Lin": dt.date(2017, 10, 2), "Mei-Mei Johns": dt.date(2017, 11, 13)}
RIDE_ALONG = {"Zane Levy": ("Carl Lin", 4), "Darcel Schlecht": ("Mei-Mei Johns", 5)}
SENIOR = {"Darcel Schlecht": "250000.00", "Vicki Laflamme": "110000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def fix_product(p):
    return "GTX Pro" if p == "GTXPro" else p


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}

rows = []
agents_with_deals = set()
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    seller = r["sales_agent"]
    product = fix_product(r["product"])
    x = h(oid)
    maven_stage = r["deal_stage"]
    prob, cancel = "", ""
    if maven_stage in ("Won", "Lost"):
        close = dt.date.fromisoformat(r["close_date"])
        if close < FY_START:
            continue
        if maven_stage == "Won":
            stage, amount = "won", int(r["close_value"])
        else:
            stage, amount = "lost", price[product]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage, amount = "open", price[product] if stage == "lost" else amount
    elif maven_stage == "Engaging":
        stage, amount, prob = "open", price[product], "0.5"
        close = dt.date(2017, 12, 1) + dt.timedelta(days=x % 90)
    else:  # Prospecting
        stage, amount, prob = "open", price[product], "0.2"
        close = dt.date(2018, 1, 15) + dt.timedelta(days=x % 150)
    account = r["account"]
    typ = "new" if (not account or (x // 3) % 5 == 0) else "expansion"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 27 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=4 + (x // 11) % 130), AS_OF).isoformat()
    agents_with_deals.add(seller)
    name = f"{account} {product}" if account else f"{product} (prospect)"
    line = dict(id=oid, seller=seller, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    partner = RIDE_ALONG.get(seller)
    if (partner and stage in ("won", "cancelled") and close >= STARTERS[partner[0]]
            and (x // 13) % partner[1] == 0):
        line["split"] = "0.5"
        rows.append(line)
        rows.append(dict(line, seller=partner[0]))
    else:
        rows.append(line)

rows.sort(key=lambda d: (d["seller"], d["close_date"], d["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:hardware"])
    for t in read("sales_teams.csv"):
        a = t["sales_agent"]
        if a not in agents_with_deals and a not in STARTERS:
            continue
        role = "Senior Account Executive" if a in SENIOR else "Account Executive"
        start = STARTERS[a].isoformat() if a in STARTERS else ""
        w.writerow([a, a, t["manager"], t["regional_office"], role, start, "", SENIOR.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for d in rows if d["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
