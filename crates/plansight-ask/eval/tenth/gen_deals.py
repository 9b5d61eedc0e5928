"""Builds the tenth workspace's deals.csv and sellers.csv from the real Maven CRM export in
tests/fixtures/maven-crm/ (sales_pipeline.csv, sales_teams.csv, products.csv).
Deterministic: no randomness, no clock. Run: python3 gen_deals.py

Sellers get short ids: a01..a35 in the order of sales_teams.csv (the agent's full name is
in the roster's `name` column). Territories are the regional offices (Central, East, West).

Mapping (what a Sales Ops import of this export would do):
  opportunity_id -> id; sales_agent -> seller (its short id); account -> account (blank when
  the export has none); product -> product, spelled as the product catalogue spells it
  (the export's "GTXPro" becomes "GTX Pro"); close_value -> amount; close_date ->
  close_date; deal_stage Won -> won, Lost -> lost, Engaging / Prospecting -> open.
  Split 1, currency USD, no contract term, no cancellations (the export has none).
Open opportunities carry no close value and no close date in the export:
  amount      = the product's list price from products.csv;
  close_date  = the CRM's forecast close: Engaging opportunities in December 2017 from the
                10th on (day 10 + (sum of the id's character codes) mod 22), Prospecting
                ones on 2017-12-31;
  probability = 0.55 for Engaging, 0.2 for Prospecting.
Deal type (the export has none), per agent and account, from the agent's wins with that
account closed strictly before this opportunity was engaged:
  "new"       no such win (and every opportunity with no account);
  "renewal"   the same product was already won there;
  "expansion" otherwise (another product for an account the agent already sold to).
Name = "<account or Unnamed prospect> / <product> / <type>".
Roster (sellers.csv): id a01..a35, name = sales_agent, manager (a name; managers are not
sellers), territory = regional_office, role "Sales Agent". West agents carry the West
target incentive of 27,000.00 (plan.md section 2.3); Central and East are on the plan's
24,000.00. The five agents with no opportunity in the export (Mei-Mei Johns, Elizabeth
Anderson, Natalya Ivanova, Carol Thompson, Carl Lin) joined on 2017-09-18 (plan.md section
14.1: prorated September, Q3 and annual quotas).
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
SPELL = {"GTXPro": "GTX Pro"}

ids = {t["sales_agent"]: "a%02d" % (i + 1) for i, t in enumerate(teams)}

STAGE = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}
PROB = {"Engaging": "0.55", "Prospecting": "0.2"}


def product(r):
    return SPELL.get(r["product"], r["product"])


wins = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        wins.setdefault((r["sales_agent"], r["account"]), []).append(
            (dt.date.fromisoformat(r["close_date"]), product(r)))


def deal_type(r):
    if not r["account"]:
        return "new"
    engaged = dt.date.fromisoformat(r["engage_date"] or r["close_date"] or "2017-12-31")
    before = [p for (d, p) in wins.get((r["sales_agent"], r["account"]), []) if d < engaged]
    if not before:
        return "new"
    return "renewal" if product(r) in before else "expansion"


rows = []
for r in pipeline:
    stage = STAGE[r["deal_stage"]]
    prod = product(r)
    if stage == "open":
        amount = price[prod]
        if r["deal_stage"] == "Engaging":
            day = 10 + sum(map(ord, r["opportunity_id"])) % 22
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
        id=r["opportunity_id"], seller=ids[r["sales_agent"]], account=r["account"],
        name=f"{r['account'] or 'Unnamed prospect'} / {prod} / {typ}", type=typ,
        product=prod, amount=f"{int(amount)}.00", close_date=close, stage=stage,
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
        w.writerow({"id": ids[t["sales_agent"]], "name": t["sales_agent"],
                    "manager": t["manager"], "territory": t["regional_office"],
                    "role": "Sales Agent", "start_date": "2017-09-18" if hire else "",
                    "end_date": "",
                    "target_incentive": "27000.00" if t["regional_office"] == "West" else ""})
print(len(rows), "deal lines,", len(teams), "sellers")
