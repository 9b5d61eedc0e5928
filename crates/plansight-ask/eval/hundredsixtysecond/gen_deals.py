#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredsixtysecond workspace (MavenTech, the company
of the real Maven CRM export; plan year 1 March 2017 - 28 February 2018, USD, MONTHLY payouts,
QUARTERLY quotas) from /work/shared/data/maven-crm/. Standard library only; deterministic
(every choice is an md5 hash of the opportunity id; no clock, no random stream).
Run: python3 gen_deals.py

- The export AS IT IS: real agents, managers, regional offices, accounts, products, close
  dates and close values. A subset of three teams is kept: Melvin Marxen (Central), Rocco
  Neubert (East) and Summer Sewald (West), their 15 agents with opportunities.
- id = opportunity_id; seller = the agent's name; account as exported (blank when the export
  has none); product as the price list spells it ("GTXPro" -> "GTX Pro"); amount = close_value
  for won deals, the product's list price for lost and open ones.
- AS OF = 2017-10-18. A Won opportunity that closes after it becomes an open deal (probability
  0.6, expected on its real close date); a Lost one dated after it becomes an open deal
  (probability 0.3, its real date). Engaging opportunities are open (probability 0.5) expected
  2017-10-08 + (hash mod 100) days (some overdue); Prospecting ones (probability 0.2) expected
  2017-11-01 + (hash mod 120) days.
- Type: "new" when no kept agent had won the account before the opportunity's engage date (or
  the opportunity has no account), else "expansion".
- Cancellations: a won deal closed on or before 2017-10-05 with (hash // 7) mod 25 = 0 is
  cancelled, cancel_date = close + 12 + (hash // 11 mod 75) days, at the latest the as-of date
  (plan.md 11: only cancellations within 90 days of close are clawed back).
- Roster: Darcel Schlecht (Senior Agent) carries a quarterly Revenue quota of 250,000 (plan
  100,000). Maureen Marcano joined on 2017-06-12 (the export's deals of hers closing before are
  dropped: they belonged to her previous territory).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 10, 18)
CANCEL_BY = dt.date(2017, 10, 5)
TEAMS = ("Melvin Marxen", "Rocco Neubert", "Summer Sewald")
START = {"Maureen Marcano": "2017-06-12"}
QUOTA = {"Darcel Schlecht": "250000.00"}
ROLE = {"Darcel Schlecht": "Senior Agent"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = [r for r in read("sales_teams.csv") if r["manager"] in TEAMS]
agents = {r["sales_agent"]: r for r in teams}
pipe = [r for r in read("sales_pipeline.csv") if r["sales_agent"] in agents]
have = {r["sales_agent"] for r in pipe}
roster = [r for r in teams if r["sales_agent"] in have]

# first won date per account (over the kept agents)
first_won = {}
for r in pipe:
    if r["deal_stage"] == "Won" and r["account"]:
        d = r["close_date"]
        if r["account"] not in first_won or d < first_won[r["account"]]:
            first_won[r["account"]] = d

rows = []
for r in pipe:
    oid = r["opportunity_id"]
    x = h(oid)
    seller = r["sales_agent"]
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 10, 8) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2017, 11, 1) + dt.timedelta(days=x % 120)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.3"
            stage = "open"
    if seller in START and close < dt.date.fromisoformat(START[seller]):
        continue
    engage = r["engage_date"] or close.isoformat()
    if account and account in first_won and first_won[account] < engage:
        typ = "expansion"
    else:
        typ = "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=12 + (x // 11) % 75), AS_OF).isoformat()
    name = f"{account} {product}" if account else product
    rows.append(dict(id=oid, seller=seller, account=account, name=name, type=typ,
                     product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                     stage=stage, split="1", probability=prob, cancel_date=cancel,
                     currency="USD"))

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
    for t in sorted(roster, key=lambda t: (TEAMS.index(t["manager"]), t["sales_agent"])):
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Sales Agent"),
                    START.get(a, ""), "", QUOTA.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
