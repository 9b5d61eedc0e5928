#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredseventyeighth workspace (MavenTech, the
Maven CRM export kept as it is: the agents, products and accounts as the CRM spells them;
plan "maventech-fy18", plan year 1 May 2017 - 30 April 2018, USD, MONTHLY payouts) from the
real Maven CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic
(every choice is an md5 hash of the opportunity id or a fact of the export; no clock, no
random stream). Run: python3 gen_deals.py

- id = opportunity_id; seller = sales_agent as the CRM spells it; account as exported (empty
  where the export has none); product as the price list (products.csv) spells it ("GTXPro" in
  the pipeline is the price list's "GTX Pro"); stage Won/Lost/Engaging/Prospecting =
  won/lost/open/open; close_date as exported.
- Won and lost opportunities that closed before 1 May 2017 belong to the previous plan year
  (FY17) and are left out.
- Amounts in USD: a won deal's close_value; a lost or open opportunity (the export's close
  value is 0 or empty) carries its product's list price.
- Open opportunities get a forecast close date: Engaging = 2 January 2018 + (hash mod 85) days,
  probability 0.6; Prospecting = 1 February 2018 + (hash mod 88) days, probability 0.25. All of
  them fall in the plan year after the as-of date (2017-12-31).
- Type (plan.md 3.5): "new" (a New Account deal, the floor's "new flag") when the agent had won
  no deal at that account closing before this opportunity's engage date (the whole export is
  searched, FY17 included), or when the opportunity has no account; "upsell" otherwise.
- Splits (plan.md 3.4): every won or cancelled GTK 500 deal of another agent is two lines with
  the same id, 60% to the agent and 40% to Kary Hendrixson (the GTK Specialist).
- Cancellations (plan.md 11, "sunk" deals): a won deal closed 1 May - 10 December 2017 with
  (hash // 7) mod 31 = 0 is cancelled, cancel_date = close + 8 + ((hash // 11) mod 110) days,
  at the latest 2017-12-31. Only those cancelled within 75 days of close are clawed back.
- Roster (sellers.csv): the 35 agents of sales_teams.csv with their manager and regional
  office. Darcel Schlecht (Senior Account Executive) carries a monthly Core Revenue quota of
  100,000 and Vicki Laflamme (Senior Account Executive) 45,000 (plan: 30,000); Darcel
  Schlecht also carries a quarterly Flagship quota of 200,000 (plan: 55,000 / 60,000 / 60,000 /
  50,000). The five agents
  with no opportunity in the export (Mei-Mei Johns, Elizabeth Anderson, Natalya Ivanova, Carol
  Thompson, Carl Lin) joined on 2017-11-13. Garret Kinder left on 2017-11-30 (his deals closed
  after that credit no one). Kary Hendrixson is the GTK Specialist.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
PLAN_START = dt.date(2017, 5, 1)
AS_OF = dt.date(2017, 12, 31)
CANCEL_BY = dt.date(2017, 12, 10)
GTK_SPECIALIST = "Kary Hendrixson"
NEW_HIRES = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
START = {a: "2017-11-13" for a in NEW_HIRES}
END = {"Garret Kinder": "2017-11-30"}
ROLE = {"Darcel Schlecht": "Senior Account Executive", "Vicki Laflamme": "Senior Account Executive",
        "Kary Hendrixson": "GTK Specialist"}
QUOTA_CORE = {"Darcel Schlecht": "100000.00", "Vicki Laflamme": "45000.00"}
QUOTA_FLAGSHIP = {"Darcel Schlecht": "200000.00"}


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

# wins by (agent, account) -> close dates, over the whole export
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
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2018, 1, 2) + dt.timedelta(days=x % 85)
            prob = "0.6"
        else:
            close = dt.date(2018, 2, 1) + dt.timedelta(days=x % 88)
            prob = "0.25"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        if close < PLAN_START:
            continue
        amount = int(r["close_value"]) if stage == "won" else price[product]
    engage = dt.date.fromisoformat(r["engage_date"]) if r["engage_date"] else close
    before = [d for d in wins.get((agent, r["account"]), []) if d < engage]
    typ = "upsell" if r["account"] and before else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 31 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=8 + (x // 11) % 110), AS_OF).isoformat()
    name = f"{r['account'] or 'Unassigned'} {product}"
    line = dict(id=oid, seller=agent, account=r["account"], name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel)
    if product == "GTK 500" and agent != GTK_SPECIALIST and stage in ("won", "cancelled"):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=GTK_SPECIALIST, split="0.4"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:core",
                "quota:flagship"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    START.get(a, ""), END.get(a, ""), QUOTA_CORE.get(a, ""),
                    QUOTA_FLAGSHIP.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
