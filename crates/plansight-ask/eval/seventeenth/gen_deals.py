"""Builds the seventeenth workspace's deals.csv and sellers.csv from the real Maven CRM export
(sales_pipeline.csv, sales_teams.csv, products.csv) in /work/shared/data/maven-crm/ (or the
repository's tests/fixtures/maven-crm/). Deterministic: no randomness, no clock.
Run: python3 gen_deals.py

Sellers are identified by their full name as the CRM spells it ("Darcel Schlecht").

Mapping (plan.md section 12, "Data and statements"):
  opportunity_id -> id; sales_agent -> seller; account -> account (blank when the export has
  none); product -> product as the price list spells it ("GTXPro" -> "GTX Pro");
  close_value -> amount; close_date -> close_date; deal_stage Won -> won, Lost -> lost,
  Engaging / Prospecting -> open. Currency USD, no contract term.
Open opportunities carry no close value and no close date in the export:
  amount      = the product's list price (products.csv);
  close_date  = Engaging: 2018-01-(5 + (sum of the id's character codes) mod 25);
                Prospecting: 2018-01-31;
  probability = 0.55 Engaging, 0.2 Prospecting.
Deal type (the export has none):
  "new"        no agent of MavenTech had won anything from that account before this
               opportunity was engaged (and every opportunity with no account): a new logo;
  "expansion"  otherwise.
Co-selling (plan.md 3.4): every GTK 500 opportunity of a West agent other than Vicki Laflamme
  is credited 75% to its agent and 25% to Vicki Laflamme, the West Senior Agent (two lines with
  the same id).
Returns (the export has none): a won deal closed before 2017-11-15 whose id's character-code
  sum mod 97 is 5 is recorded as cancelled, cancel_date = close_date + 15 + (7 x code) mod 160
  days, at the latest 2018-01-31 (plan.md section 10: only cancellations within 120 days of
  close are clawed back).
Name = "<account or Unassigned> <product>".
Roster (sellers.csv): name, manager, office, role, start/end dates, per-agent quota overrides:
  - the five agents with no opportunity in the export (Mei-Mei Johns, Elizabeth Anderson,
    Natalya Ivanova, Carol Thompson, Carl Lin) joined on 2017-10-16 (plan.md 11.1);
  - Rosie Papadopoulos left on 2017-12-15 (plan.md 11.3);
  - Senior Agents carry their own Revenue quota: Darcel Schlecht 500,000 and Vicki Laflamme
    400,000 (plan.md 5.2); everyone else the plan's 300,000.
"""
import csv
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = ["/work/shared/data/maven-crm",
           os.path.join(HERE, "..", "..", "..", "..", "tests", "fixtures", "maven-crm")]
SRC = next(p for p in SOURCES if os.path.exists(os.path.join(p, "sales_pipeline.csv")))


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")
SPELL = {"GTXPro": "GTX Pro"}
price = {SPELL.get(p["product"], p["product"]): p["sales_price"] for p in read("products.csv")}
office = {t["sales_agent"]: t["regional_office"] for t in teams}
STAGE = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}
PROB = {"Engaging": "0.55", "Prospecting": "0.2"}
PARTNER = "Vicki Laflamme"


def code(s):
    return sum(map(ord, s))


first_win = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        a = r["account"]
        if a not in first_win or r["close_date"] < first_win[a]:
            first_win[a] = r["close_date"]


def deal_type(r):
    if not r["account"]:
        return "new"
    engaged = r["engage_date"] or r["close_date"] or "2017-12-31"
    return "expansion" if first_win.get(r["account"], "9999") < engaged else "new"


rows = []
for r in pipeline:
    stage = STAGE[r["deal_stage"]]
    prod = SPELL.get(r["product"], r["product"])
    cancel = ""
    prob = ""
    oid = r["opportunity_id"]
    c = code(oid)
    if stage == "open":
        amount = price[prod]
        if r["deal_stage"] == "Engaging":
            close = dt.date(2018, 1, 5 + c % 25).isoformat()
        else:
            close = "2018-01-31"
        prob = PROB[r["deal_stage"]]
    else:
        amount = r["close_value"] or "0"
        close = r["close_date"]
        if stage == "won" and close < "2017-11-15" and c % 97 == 5:
            stage = "cancelled"
            back = dt.date.fromisoformat(close) + dt.timedelta(days=15 + (7 * c) % 160)
            cancel = min(back, dt.date(2018, 1, 31)).isoformat()
    agent = r["sales_agent"]
    base = dict(id=oid, account=r["account"],
                name=f"{r['account'] or 'Unassigned'} {prod}", type=deal_type(r), product=prod,
                amount=f"{int(amount)}.00", close_date=close, stage=stage,
                probability=prob, term_months="", cancel_date=cancel, currency="USD")
    if prod == "GTK 500" and office[agent] == "West" and agent != PARTNER:
        rows.append(dict(base, seller=agent, split="0.75"))
        rows.append(dict(base, seller=PARTNER, split="0.25"))
    else:
        rows.append(dict(base, seller=agent, split="1"))

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

active = {r["sales_agent"] for r in pipeline}
SENIOR = {"Darcel Schlecht": "500000.00", "Vicki Laflamme": "400000.00"}
SCOLS = ["id", "name", "manager", "territory", "role", "start_date", "end_date",
         "quota:revenue"]
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, SCOLS, lineterminator="\n")
    w.writeheader()
    for t in teams:
        a = t["sales_agent"]
        w.writerow({"id": a, "name": a, "manager": t["manager"],
                    "territory": t["regional_office"],
                    "role": "Senior Agent" if a in SENIOR else "Sales Agent",
                    "start_date": "" if a in active else "2017-10-16",
                    "end_date": "2017-12-15" if a == "Rosie Papadopoulos" else "",
                    "quota:revenue": SENIOR.get(a, "")})
print(len(rows), "deal lines,", len(teams), "sellers,",
      sum(1 for x in rows if x["stage"] == "cancelled"), "cancelled,",
      sum(1 for x in rows if x["type"] == "new" and x["stage"] == "won"), "new-logo wins")
