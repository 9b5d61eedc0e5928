"""Builds the eighth workspace's deals.csv and sellers.csv from the real Maven CRM export
in tests/fixtures/maven-crm/ (sales_pipeline.csv, sales_teams.csv, products.csv; the
fixture has no accounts.csv, so accounts are taken as the pipeline spells them).
Deterministic: no randomness, no clock. Run: python3 gen_deals.py

Mapping (what a Sales Ops import of this export would do):
  opportunity_id -> id; sales_agent -> seller (the agent's full name is the seller id);
  account -> account (blank when the export has none); product -> product, spelled as the
  export spells it ("GTXPro" stays "GTXPro"); close_value -> amount; close_date ->
  close_date; deal_stage Won -> won, Lost -> lost, Engaging / Prospecting -> open.
  Split 1, currency USD, no contract term, no cancellations (the export has none).
Open opportunities carry no close value and no close date in the export:
  amount      = the product's list price from products.csv ("GTXPro" is "GTX Pro" there);
  close_date  = the forecast close the CRM shows: Engaging opportunities in the second
                half of December 2017 (day 15 + (sum of the id's character codes) mod 17),
                Prospecting ones on 2017-12-31;
  probability = 0.6 for Engaging, 0.15 for Prospecting.
Deal type (the export has none), per agent and account, looking at the agent's wins with
that account closed strictly before this opportunity was engaged:
  "new"       no such win (and every opportunity with no account);
  "renewal"   the same product was already won there;
  "expansion" otherwise (a new product for an account the agent already sold to).
Name = "<account or Unnamed prospect> - <product> (<type>)".
Roster (sellers.csv) from sales_teams.csv: id = name = sales_agent, manager, territory =
regional_office, role "Sales Agent". The five agents with no opportunity in the export
(Mei-Mei Johns, Elizabeth Anderson, Natalya Ivanova, Carol Thompson, Carl Lin) are the
autumn hires: start_date 2017-10-16 (plan.md section 11.1, prorated Q4 quota).
Everyone is on the plan's quotas and target incentive.
"""
import csv
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "..", "..", "..", "tests", "fixtures", "maven-crm")


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")
price = {p["product"]: p["sales_price"] for p in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]

STAGE = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}
PROB = {"Engaging": "0.6", "Prospecting": "0.15"}

wins = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        wins.setdefault((r["sales_agent"], r["account"]), []).append(
            (dt.date.fromisoformat(r["close_date"]), r["product"]))


def deal_type(r):
    if not r["account"]:
        return "new"
    engaged = dt.date.fromisoformat(r["engage_date"] or r["close_date"] or "2017-12-31")
    before = [p for (d, p) in wins.get((r["sales_agent"], r["account"]), []) if d < engaged]
    if not before:
        return "new"
    return "renewal" if r["product"] in before else "expansion"


rows = []
for r in pipeline:
    stage = STAGE[r["deal_stage"]]
    if stage == "open":
        amount = price[r["product"]]
        if r["deal_stage"] == "Engaging":
            day = 15 + sum(map(ord, r["opportunity_id"])) % 17
        else:
            day = 31
        close = dt.date(2017, 12, day).isoformat()
        prob = PROB[r["deal_stage"]]
    else:
        amount = r["close_value"] or "0"
        close = r["close_date"]
        prob = ""
    typ = deal_type(r)
    rows.append(dict(
        id=r["opportunity_id"], seller=r["sales_agent"], account=r["account"],
        name=f"{r['account'] or 'Unnamed prospect'} - {r['product']} ({typ})", type=typ,
        product=r["product"], amount=f"{int(amount)}.00", close_date=close, stage=stage,
        split="1", probability=prob, term_months="", cancel_date="", currency="USD"))

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
                    "start_date": "2017-10-16" if hire else "", "end_date": "",
                    "target_incentive": ""})
print(len(rows), "deal lines,", len(teams), "sellers")
