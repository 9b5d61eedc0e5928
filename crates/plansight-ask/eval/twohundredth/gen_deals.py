#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredth workspace from the real Maven CRM export
in /work/shared/data/maven-crm/, kept as it is: the CRM's sales agents are the sellers (spelt as
the CRM spells them), its managers and regional offices are the teams, its products (as the
price list spells them: "GTXPro" -> "GTX Pro") and its accounts are the deals' own. The plan is
MavenTech's FY2018 Field Sales Incentive Plan ("Swell"), plan year 1 July 2017 - 30 June 2018
(a fiscal year starting in July), MONTHLY payouts, amounts in AUD (the close values as exported).
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- Plan year: only opportunities of the plan year are kept: won and lost ones closing on or after
  1 July 2017 (earlier ones belong to the FY2017 plan), and every open one (Engaging,
  Prospecting).
- AS OF = 2017-12-15 (a Friday). A Won opportunity the CRM closes after it is an open deal at
  the as-of date (probability 0.7, expected on its CRM close date); a Lost one dated after it is
  open too (probability 0.3). Engaging opportunities are open (probability 0.5) expected to close
  1 December 2017 + (hash mod 100) days (some overdue at the as-of date); Prospecting ones
  (probability 0.2) 15 January 2018 + (hash mod 150) days.
- Amounts: the close value of a won deal; lost and open deals (close value 0 in the export)
  carry their product's list price (products.csv sales_price).
- Account as exported (blank for the open deals the CRM has no account for).
- Type: "new" = new business, an account the agent had not won a deal at in the 120 days before
  the opportunity's engage date (a new logo or a lapsed account), or no account; "repeat" =
  repeat business otherwise (plan.md 3.5).
- Cancellations ("wipeouts"): a won deal closing on or before 2017-12-01 with hash mod 25 = 0 is
  cancelled, cancel_date = close + 6 + (hash mod 130) days, at the latest the as-of date (plan.md
  section 11 claws back only cancellations within 90 days of close).
- Splits (plan.md 3.4, Key Accounts): the six Key Accounts each have an Account Partner. A won
  or cancelled deal of $3,000 or more at a Key Account, by an agent other than its partner, is
  two lines with the same id: 80% to the agent, 20% to the Account Partner.
- Roster: the 35 agents of sales_teams.csv, manager and regional office as exported. Darcel
  Schlecht (Principal Account Executive) and Vicki Laflamme (Senior Account Executive) carry
  their own quarterly Territory Revenue quota. The five agents with no opportunity in the export
  (Mei-Mei Johns, Elizabeth Anderson, Natalya Ivanova, Carol Thompson, Carl Lin) joined on
  2017-11-13.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
PLAN_START = dt.date(2017, 7, 1)
AS_OF = dt.date(2017, 12, 15)
CANCEL_BY = dt.date(2017, 12, 1)
NEW_WINDOW = dt.timedelta(days=120)

KEY_PARTNER = {
    "Kan-code": "Gladys Colclough",
    "Xx-holding": "Gladys Colclough",
    "Initech": "Donn Cantrell",
    "Ganjaflex": "Donn Cantrell",
    "Scotfind": "Maureen Marcano",
    "Hottechi": "Maureen Marcano",
}
STARTERS = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
STARTER_DATE = "2017-11-13"
ROLE = {"Darcel Schlecht": "Principal Account Executive", "Vicki Laflamme": "Senior Account Executive"}
QUOTA = {"Darcel Schlecht": "250000.00", "Vicki Laflamme": "150000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def product_name(p):
    return "GTX Pro" if p == "GTXPro" else p


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")

wins = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        wins.setdefault((r["sales_agent"], r["account"]), []).append(dt.date.fromisoformat(r["close_date"]))

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    agent = r["sales_agent"]
    product = product_name(r["product"])
    account = r["account"]
    crm = r["deal_stage"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[crm]
    prob, cancel = "", ""
    if stage == "open":
        if crm == "Engaging":
            close = dt.date(2017, 12, 1) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2018, 1, 15) + dt.timedelta(days=x % 150)
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
    engage = dt.date.fromisoformat(r["engage_date"]) if r["engage_date"] else close
    prior = [d for d in wins.get((agent, account), []) if engage - NEW_WINDOW <= d < engage]
    typ = "repeat" if account and prior else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 130), AS_OF).isoformat()
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=agent, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="AUD")
    partner = KEY_PARTNER.get(account)
    if partner and partner != agent and stage in ("won", "cancelled") and amount >= 3000:
        line["split"] = "0.8"
        rows.append(line)
        rows.append(dict(line, seller=partner, split="0.2"))
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
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    STARTER_DATE if a in STARTERS else "", "", QUOTA.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "split lines:", sum(1 for x in rows if x["split"] != "1"))
