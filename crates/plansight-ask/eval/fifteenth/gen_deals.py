"""Builds the fifteenth workspace's deals.csv and sellers.csv from the real Maven CRM export
(MavenTech: sales_pipeline.csv, sales_teams.csv, products.csv, accounts.csv) in
/work/shared/data/maven-crm/ (override with MAVEN_CRM_DIR). Deterministic: no randomness,
no clock. Run: python3 gen_deals.py

Mapping (what Sales Operations' import of this export does, plan.md section 12):
  opportunity_id -> id; sales_agent -> seller (the agent's full name is the seller id);
  account -> account (blank when the export has none); product -> product, with the
  export's "GTXPro" spelled "GTX Pro" as the price list (products.csv) spells it;
  close_value -> amount; close_date -> close_date; deal_stage Won -> won, Lost -> lost,
  Engaging / Prospecting -> open. Split 1, currency USD, no contract term.
Open opportunities carry no close value and no close date in the export:
  amount      = the product's list price (products.csv);
  close_date  = the forecast close the CRM shows: Engaging opportunities in December 2017
                (day 1 + (sum of the id's character codes) mod 31), Prospecting ones on
                2017-12-31;
  probability = 0.5 for Engaging, 0.2 for Prospecting.
Deal type (the export has none), at COMPANY level, per account, looking at every agent's
wins with that account closed strictly before this opportunity was engaged:
  "new"       the account had no such win (and every opportunity with no account);
  "renewal"   the same product had already been won there;
  "expansion" otherwise (a product new to an existing customer).
Returns (the export has none; plan.md section 10): a won deal is recorded as returned
(stage "cancelled") when w = the sum of its id's character codes, each times its position
(1-based), is 7 mod 151 and it closed by 2017-11-30; its cancel_date is close_date + 15 +
(w mod 170) days, at the latest 2017-12-29. Those beyond the 120-day window are not clawed back.
Name = "<account or Unnamed prospect> / <product>".
Roster (sellers.csv) from sales_teams.csv: id = name = sales_agent, manager, territory =
regional_office, role "Sales Agent". Every agent with an opportunity in the export starts
on 2017-03-01, the day MavenTech's field team went live (plan.md section 2.2); the five
agents with none (Mei-Mei Johns, Elizabeth Anderson, Natalya Ivanova, Carol Thompson,
Carl Lin) are the November class, starting 2017-11-13 (section 11.1). Everyone is on the
plan's quotas and target incentive.
"""
import csv
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ.get("MAVEN_CRM_DIR", "/work/shared/data/maven-crm")


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def product_name(p):
    return "GTX Pro" if p == "GTXPro" else p


def checksum(s):
    return sum(map(ord, s))


def weighted(s):
    return sum((i + 1) * ord(ch) for i, ch in enumerate(s))


pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")
price = {p["product"]: p["sales_price"] for p in read("products.csv")}

STAGE = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}
PROB = {"Engaging": "0.5", "Prospecting": "0.2"}

wins = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        wins.setdefault(r["account"], []).append(
            (dt.date.fromisoformat(r["close_date"]), product_name(r["product"])))


def deal_type(r):
    if not r["account"]:
        return "new"
    engaged = dt.date.fromisoformat(r["engage_date"] or r["close_date"] or "2017-12-31")
    before = [p for (d, p) in wins.get(r["account"], []) if d < engaged]
    if not before:
        return "new"
    return "renewal" if product_name(r["product"]) in before else "expansion"


rows = []
for r in pipeline:
    stage = STAGE[r["deal_stage"]]
    product = product_name(r["product"])
    cancel = ""
    if stage == "open":
        amount = price[product]
        if r["deal_stage"] == "Engaging":
            day = 1 + checksum(r["opportunity_id"]) % 31
        else:
            day = 31
        close = dt.date(2017, 12, day).isoformat()
        prob = PROB[r["deal_stage"]]
    else:
        amount = r["close_value"] or "0"
        close = r["close_date"]
        prob = ""
        c = weighted(r["opportunity_id"])
        if stage == "won" and c % 151 == 7 and close <= "2017-11-30":
            stage = "cancelled"
            cd = dt.date.fromisoformat(close) + dt.timedelta(days=15 + c % 170)
            cancel = min(cd, dt.date(2017, 12, 29)).isoformat()
    typ = deal_type(r)
    rows.append(dict(
        id=r["opportunity_id"], seller=r["sales_agent"], account=r["account"],
        name=f"{r['account'] or 'Unnamed prospect'} / {product}", type=typ,
        product=product, amount=f"{int(amount)}.00", close_date=close, stage=stage,
        split="1", probability=prob, term_months="", cancel_date=cancel, currency="USD"))

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

active = {r["sales_agent"] for r in pipeline}
SCOLS = ["id", "name", "manager", "territory", "role", "start_date", "end_date",
         "target_incentive"]
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, SCOLS, lineterminator="\n")
    w.writeheader()
    for t in teams:
        hire = t["sales_agent"] not in active
        w.writerow({"id": t["sales_agent"], "name": t["sales_agent"], "manager": t["manager"],
                    "territory": t["regional_office"], "role": "Sales Agent",
                    "start_date": "2017-11-13" if hire else "2017-03-01", "end_date": "",
                    "target_incentive": ""})
print(len(rows), "deal lines,", len(teams), "sellers,",
      sum(1 for r in rows if r["stage"] == "cancelled"), "returned")
