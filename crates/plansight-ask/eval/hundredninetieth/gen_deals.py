#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredninetieth workspace: the real Maven CRM
export (/work/shared/data/maven-crm/) kept AS IT IS, read as the sales floor of MavenTech
Scotland in Glasgow (plan "maventech-scot-fy1718", plan year 1 March 2017 - 28 February 2018,
GBP, MONTHLY payouts). Standard library only; deterministic (every choice is an md5 hash of the
opportunity id or a rule on the export's own columns; no clock, no random stream).
Run: python3 gen_deals.py

- Every opportunity of the export is kept: id = opportunity_id, seller = sales_agent as the CRM
  spells it, account as exported (empty when the export has none), product as the price list
  spells it ("GTXPro" -> "GTX Pro"). Dates are NOT moved: the plan year starts on 1 March 2017,
  the export's first close date.
- Stages: Won = won (amount = close_value, close_date as exported); Lost = lost (amount = the
  product's list price, close_date as exported); Engaging = open, probability 0.6, expected
  close 3 January 2018 + (hash mod 57) days; Prospecting = open, probability 0.25, expected
  close 20 January 2018 + (hash mod 40) days. Open deals carry the product's list price. All
  open deals are expected inside the plan year (by 28 February 2018). AS OF = 2017-12-31.
- Type: "new" (a "first-foot") when it is the agent's first opportunity at that account in the
  export (ordered by engage_date, then id), or it has no account; otherwise "repeat".
- Cancellations ("bouncers"): a won deal closed on or before 2017-12-15 with
  (hash // 7) mod 31 = 0 is cancelled, cancel_date = close + 10 + ((hash // 11) mod 110) days, at
  the latest 2017-12-31 (plan.md section 10: only cancellations within 75 days are clawed back).
- Splits ("halfers", plan.md 3.4): a won or cancelled deal at Acme Corporation by any agent other
  than its strategic account lead, Donn Cantrell, is two lines with the same id: 70% to the
  agent, 30% to Donn Cantrell.
- Roster: the 35 agents of sales_teams.csv under their 6 managers, territory = regional_office.
  The five agents with no opportunity in the export (Mei-Mei Johns, Elizabeth Anderson,
  Natalya Ivanova, Carol Thompson, Carl Lin) joined on 2017-11-06. Darcel Schlecht (Senior
  Account Executive) carries a Systems quota of 90,000 a month, Kary Hendrixson 40,000; Elease
  Gluck (Platform Specialist) a Platform quota of 60,000 a quarter.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 12, 31)
CANCEL_BY = dt.date(2017, 12, 15)
ACME_LEAD = "Donn Cantrell"
STARTERS = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
STARTER_DATE = "2017-11-06"
ROLE = {"Darcel Schlecht": "Senior Account Executive", "Kary Hendrixson": "Senior Account Executive",
        "Elease Gluck": "Platform Specialist", "Donn Cantrell": "Strategic Account Lead"}
Q_SYSTEMS = {"Darcel Schlecht": "90000.00", "Kary Hendrixson": "40000.00"}
Q_PLATFORM = {"Elease Gluck": "60000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
opps = read("sales_pipeline.csv")

# deal type: the agent's first opportunity at the account (by engage date, then id) is "new"
seen = set()
typ = {}
for r in sorted(opps, key=lambda r: (r["engage_date"] or "9999-99-99", r["opportunity_id"])):
    key = (r["sales_agent"], r["account"])
    typ[r["opportunity_id"]] = "new" if (not r["account"] or key not in seen) else "repeat"
    if r["account"]:
        seen.add(key)

rows = []
for r in opps:
    oid = r["opportunity_id"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if r["deal_stage"] == "Engaging":
        close = dt.date(2018, 1, 3) + dt.timedelta(days=x % 57)
        prob = "0.6"
        amount = price[product]
    elif r["deal_stage"] == "Prospecting":
        close = dt.date(2018, 1, 20) + dt.timedelta(days=x % 40)
        prob = "0.25"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"]) if stage == "won" else price[product]
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 31 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 110), AS_OF).isoformat()
    account = r["account"]
    line = dict(id=oid, seller=r["sales_agent"], account=account,
                name=f"{account} {product}" if account else f"{product} prospect",
                type=typ[oid], product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="GBP")
    if account == "Acme Corporation" and stage in ("won", "cancelled") and r["sales_agent"] != ACME_LEAD:
        line["split"] = "0.7"
        rows.append(line)
        rows.append(dict(line, seller=ACME_LEAD, split="0.3"))
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
                "quota:systems", "quota:platform"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    STARTER_DATE if a in STARTERS else "", "", Q_SYSTEMS.get(a, ""),
                    Q_PLATFORM.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "splits:", sum(1 for x in rows if x["split"] == "0.3"))
