#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfifteenth workspace (MavenTech, the Maven
CRM export kept as it is: the 35 agents, 6 managers and 3 regional offices as exported, the
seven products as the price list spells them, the accounts as exported) under the plan in
plan.toml / plan.md ("the Chessboard Plan", plan year 1 March 2025 - 28 February 2026, USD,
MONTHLY payouts). Standard library only; deterministic (every choice is an md5 hash of the
opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of /work/shared/data/maven-crm/sales_pipeline.csv is kept, id =
  opportunity_id, seller = sales_agent as exported, account as exported (empty where the
  export has none), product as products.csv spells it ("GTXPro" -> "GTX Pro").
- Dates: every Maven date moves forward by 2,922 days (eight years), so 1 March 2017 becomes
  1 March 2025 and 31 December 2017 becomes 31 December 2025 (the same day and month). AS OF =
  2025-12-31: every won and lost opportunity of the export is dated on or before it.
- Stage: Won = won, Lost = lost, Engaging / Prospecting = open. Open opportunities have no
  close date in the export: Engaging ones are expected on 5 January 2026 + (hash mod 50) days,
  probability 0.5; Prospecting ones on 2 February 2026 + (hash mod 60) days (some after the
  plan year), probability 0.2.
- Amount: close_value for won deals; lost and open opportunities carry the product's list
  price (sales_price of products.csv).
- Type: "new" when the agent had no won deal at the account in the 180 days before the close
  (or expected close) date, or the opportunity has no account; otherwise "repeat".
- Splits (plan.md 3.5): Acme Corporation's subsidiaries (Bluth Company, Codehow, Donquadtech,
  Iselectrics) are one group account led by Donn Cantrell. A won or cancelled deal at a
  subsidiary by another agent is two lines with the same id: 80% to the agent, 20% to Donn
  Cantrell.
- Cancellations ("resignations"): a won deal closed on or before 2025-12-10 with hash mod 61 =
  0 is cancelled, cancel_date = close + 12 + (hash mod 160) days, at the latest the as-of date
  (plan.md section 10: only cancellations within 100 days of close are clawed back).
- Roster: the sales_teams.csv agents, managers and offices as exported. The five agents with no
  opportunity in the export (Mei-Mei Johns, Elizabeth Anderson, Natalya Ivanova, Carol
  Thompson, Carl Lin) joined on 2025-11-03. Darcel Schlecht and Vicki Laflamme (Senior Agents)
  carry their own quarterly Core quota; Hayden Neloms (MG Specialist) his own monthly Blitz
  quota.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 12, 31)
SHIFT = dt.timedelta(days=2922)
CANCEL_BY = dt.date(2025, 12, 10)
GROUP = {"Bluth Company", "Codehow", "Donquadtech", "Iselectrics"}
GROUP_LEAD = "Donn Cantrell"
STARTERS = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
START = "2025-11-03"
ROLE = {"Darcel Schlecht": "Senior Agent", "Vicki Laflamme": "Senior Agent",
        "Hayden Neloms": "MG Specialist"}
CORE_QUOTA = {"Darcel Schlecht": "300000.00", "Vicki Laflamme": "150000.00"}
BLITZ_QUOTA = {"Hayden Neloms": "15000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: r["sales_price"] for r in read("products.csv")}
PRODUCT = {p: p for p in price}
PRODUCT["GTXPro"] = "GTX Pro"
pipe = read("sales_pipeline.csv")

# close (or expected close) date of every opportunity
dates = {}
for r in pipe:
    x = h(r["opportunity_id"])
    if r["deal_stage"] == "Engaging":
        dates[r["opportunity_id"]] = dt.date(2026, 1, 5) + dt.timedelta(days=x % 50)
    elif r["deal_stage"] == "Prospecting":
        dates[r["opportunity_id"]] = dt.date(2026, 2, 2) + dt.timedelta(days=x % 60)
    else:
        dates[r["opportunity_id"]] = dt.date.fromisoformat(r["close_date"]) + SHIFT

wins = {}
for r in pipe:
    if r["deal_stage"] == "Won":
        wins.setdefault((r["sales_agent"], r["account"]), []).append(dates[r["opportunity_id"]])

rows = []
for r in pipe:
    oid = r["opportunity_id"]
    x = h(oid)
    agent = r["sales_agent"]
    product = PRODUCT[r["product"]]
    account = r["account"]
    close = dates[oid]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = {"Engaging": "0.5", "Prospecting": "0.2"}.get(r["deal_stage"], "")
    amount = r["close_value"] if stage == "won" else price[product]
    prior = [d for d in wins.get((agent, account), []) if close - dt.timedelta(days=180) <= d < close]
    typ = "repeat" if account and prior else "new"
    cancel = ""
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 61 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=12 + (x // 11) % 160), AS_OF).isoformat()
    line = dict(id=oid, seller=agent, account=account,
                name=f"{account} {product}" if account else product,
                type=typ, product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                stage=stage, split="1", probability=prob, cancel_date=cancel, currency="USD")
    if account in GROUP and agent != GROUP_LEAD and stage in ("won", "cancelled"):
        rows.append(dict(line, split="0.8"))
        rows.append(dict(line, seller=GROUP_LEAD, split="0.2"))
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
                "quota:core", "quota:blitz"])
    for t in read("sales_teams.csv"):
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Sales Agent"),
                    START if a in STARTERS else "", "", CORE_QUOTA.get(a, ""),
                    BLITZ_QUOTA.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "types:", {t: sum(1 for x in rows if x["type"] == t and x["stage"] == "won") for t in ("new", "repeat")})
