#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfortyninth workspace: MavenTech's field
sales team as the real Maven CRM export in /work/shared/data/maven-crm/ has it (agents, managers,
regional offices, accounts, products and amounts kept as exported), under MavenTech's own
"Field Sales Incentive Plan FY2017" (plan.toml / plan.md beside this file; plan year 1 October
2016 - 30 September 2017, USD, QUARTERLY payouts). Standard library only; deterministic (every
choice is an md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- AS OF = 2017-08-25. The CRM is read as it stood that day:
  * an opportunity engaged after the as-of date is not in the CRM yet and is left out;
  * Won with close date on or before the as-of date = won, amount = close_value, close as
    exported; Lost on or before it = lost, amount = the product's list price;
  * Won closing after the as-of date = open (probability 0.6, amount = close_value, expected
    close = the exported close date); Lost closing after it = open (probability 0.3, list price);
  * Engaging = open (probability 0.5), expected 2017-08-01 + (hash mod 80) days, list price
    (about a third of them overdue at the as-of date); Prospecting = open (probability 0.2),
    expected 2017-08-20 + (hash mod 90) days, list price.
- Products as products.csv spells them (the export's "GTXPro" is "GTX Pro").
- Deal type: "new" (a new logo: no MavenTech deal at that account had been won before the
  opportunity was engaged; also any opportunity with no account), else "repeat".
- Splits (plan.md 3.4): every won or cancelled GTK 500 of a West agent other than Carol Thompson
  is two lines with the same id: 70% to the agent, 30% to Carol Thompson (the Workstation
  Specialist, who has no opportunities of her own in the export).
- Own goals (cancellations): a won deal with hash mod 47 = 0 whose cancel date, close + 4 +
  (hash mod 130) days, falls on or before the as-of date is cancelled (plan.md section 11: only
  cancellations within 90 days of close are clawed back).
- Roster: the 35 agents of sales_teams.csv under their 6 managers (territory = regional office).
  Darcel Schlecht (Senior Account Executive) carries a personal quarterly Field Revenue quota of
  150,000; Carol Thompson (Workstation Specialist) 40,000. The four other agents with no
  opportunity in the export joined in Q4 (Mei-Mei Johns and Carl Lin on 2017-07-10, Elizabeth
  Anderson on 2017-08-01, Natalya Ivanova on 2017-08-14). Rosie Papadopoulos left on 2017-08-11
  (her deals closed after it credit no one, plan.md 12.3).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 8, 25)
SPECIALIST = "Carol Thompson"
ROLE = {"Darcel Schlecht": "Senior Account Executive", SPECIALIST: "Workstation Specialist"}
QUOTA = {"Darcel Schlecht": "150000.00", SPECIALIST: "40000.00"}
START = {"Mei-Mei Johns": "2017-07-10", "Carl Lin": "2017-07-10",
         "Elizabeth Anderson": "2017-08-01", "Natalya Ivanova": "2017-08-14"}
END = {"Rosie Papadopoulos": "2017-08-11"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


teams = read("sales_teams.csv")
office = {t["sales_agent"]: t["regional_office"] for t in teams}
price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
pipeline = read("sales_pipeline.csv")


def product_name(p):
    return "GTX Pro" if p == "GTXPro" else p


# first won close per account (as of the as-of date), for the new-logo rule
won_dates = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["close_date"] <= AS_OF.isoformat():
        won_dates.setdefault(r["account"], []).append(r["close_date"])

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    if r["engage_date"] and r["engage_date"] > AS_OF.isoformat():
        continue
    product = product_name(r["product"])
    seller = r["sales_agent"]
    account = r["account"]
    stage_x = r["deal_stage"]
    prob, cancel = "", ""
    if stage_x in ("Won", "Lost"):
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"]) if stage_x == "Won" else price[product]
        if close <= AS_OF:
            stage = "won" if stage_x == "Won" else "lost"
        else:
            stage = "open"
            prob = "0.6" if stage_x == "Won" else "0.3"
    elif stage_x == "Engaging":
        stage, prob = "open", "0.5"
        close = dt.date(2017, 8, 1) + dt.timedelta(days=x % 80)
        amount = price[product]
    else:
        stage, prob = "open", "0.2"
        close = dt.date(2017, 8, 20) + dt.timedelta(days=x % 90)
        amount = price[product]
    engaged = r["engage_date"] or AS_OF.isoformat()
    if not account or not any(d < engaged for d in won_dates.get(account, [])):
        typ = "new"
    else:
        typ = "repeat"
    cancel_on = close + dt.timedelta(days=4 + (x // 11) % 130)
    if stage == "won" and cancel_on <= AS_OF and (x // 7) % 47 == 0:
        stage = "cancelled"
        cancel = cancel_on.isoformat()
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=seller, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if (product == "GTK 500" and office[seller] == "West" and seller != SPECIALIST
            and stage in ("won", "cancelled")):
        rows.append(dict(line, split="0.7"))
        rows.append(dict(line, seller=SPECIALIST, split="0.3"))
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
                "quota:field"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    START.get(a, ""), END.get(a, ""), QUOTA.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
