"""Converts the Maven CRM export (tests/fixtures/maven-crm/) into the seventh workspace's
deals.csv and sellers.csv, deterministically (no randomness; run: python3 gen_deals.py).

Mapping (what a Sales Ops import would do with this export):
  opportunity_id -> id; sales_agent -> seller (the agent's name is the seller id);
  account -> account (blank when the export has none); product -> product (kept as the
  export spells it, "GTXPro" included); close_value -> amount; close_date -> close_date;
  deal_stage Won -> won, Lost -> lost, Engaging/Prospecting -> open. Split 1, currency USD,
  no contract term (the export has none), no cancellations (the export has none).
Open opportunities have no close value or close date in the export:
  amount = the product's list price (products.csv sales_price; "GTXPro" is "GTX Pro" there);
  close_date = the CRM's forecast close, which Sales Ops rolls to December 2017 for every
  open opportunity: day = 1 + (sum of the id's character codes) mod 31;
  probability = 0.5 for Engaging, 0.2 for Prospecting.
Deal type (the export has none), per agent and account, in engage_date then id order:
  "new"       the agent had no won deal with the account closed before this one was engaged
              (and every opportunity with no account: an unnamed prospect);
  "renewal"   the agent had already won the same product with the account;
  "expansion" otherwise (a new product for an account the agent has already sold to).
Name = "<account or Prospect> <product> <type>".
Roster: sales_teams.csv (id = name = sales_agent, manager, territory = regional_office),
role "Sales Agent", Darcel Schlecht "Senior Sales Agent" with a Core Revenue quota of
150,000 per quarter (plan.md section 3.2); everyone else on the plan's quotas.
"""
import csv, datetime as dt, os

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
PROB = {"Engaging": "0.5", "Prospecting": "0.2"}

# deal types
won_by_pair = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        won_by_pair.setdefault((r["sales_agent"], r["account"]), []).append(
            (dt.date.fromisoformat(r["close_date"]), r["product"]))

def deal_type(r):
    if not r["account"]:
        return "new"
    engaged = r["engage_date"] or r["close_date"] or "2017-12-31"
    engaged = dt.date.fromisoformat(engaged)
    before = [p for (d, p) in won_by_pair.get((r["sales_agent"], r["account"]), []) if d < engaged]
    if not before:
        return "new"
    return "renewal" if r["product"] in before else "expansion"

rows = []
for r in pipeline:
    stage = STAGE[r["deal_stage"]]
    if stage == "open":
        amount = price[r["product"]]
        close = dt.date(2017, 12, 1 + sum(map(ord, r["opportunity_id"])) % 31).isoformat()
        prob = PROB[r["deal_stage"]]
    else:
        amount = r["close_value"] or "0"
        close = r["close_date"]
        prob = ""
    typ = deal_type(r)
    rows.append(dict(
        id=r["opportunity_id"], seller=r["sales_agent"], account=r["account"],
        name=f"{r['account'] or 'Prospect'} {r['product']} {typ}", type=typ,
        product=r["product"], amount=f"{int(amount)}.00", close_date=close, stage=stage,
        split="1", probability=prob, term_months="", cancel_date="", currency="USD"))

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

SCOLS = ["id", "name", "manager", "territory", "role", "start_date", "end_date",
         "target_incentive", "quota:core"]
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, SCOLS, lineterminator="\n")
    w.writeheader()
    for t in teams:
        senior = t["sales_agent"] == "Darcel Schlecht"
        w.writerow({"id": t["sales_agent"], "name": t["sales_agent"], "manager": t["manager"],
                    "territory": t["regional_office"],
                    "role": "Senior Sales Agent" if senior else "Sales Agent",
                    "start_date": "", "end_date": "", "target_incentive": "",
                    "quota:core": "150000.00" if senior else ""})
print(len(rows), "deal lines,", len(teams), "sellers")
