#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredninth workspace (MavenTech's Americas
field team, plan year 1 May 2025 - 30 April 2026, USD, MONTHLY payouts) from the real Maven CRM
export in /work/shared/data/maven-crm/, kept as it is: sellers are the agents as the CRM spells
them, managers and regional offices from sales_teams.csv, products and accounts as exported.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- id = opportunity_id; seller = sales_agent; account as exported (blank when the export has
  none); product as the price list spells it ("GTXPro" -> "GTX Pro"); name = "<account>
  <product>" (or the product alone).
- Dates: every Maven date moves forward by the same 2,983 days, so 1 March 2017 becomes 1 May
  2025 and the export's quarters line up with the plan's (Mar-May 2017 -> Q1 May-Jul 2025,
  Jun-Aug -> Q2 Aug-Oct, Sep-Nov -> Q3 Nov 2025-Jan 2026). AS OF = 2026-01-23. A Won
  opportunity that now closes after it becomes an open deal at its close value (probability
  0.7, expected on its shifted close date); a Lost one dated after it an open deal at list price
  (probability 0.3). Engaging opportunities are open at list price (probability 0.6), expected
  2026-01-26 + (hash mod 60) days; Prospecting ones (probability 0.25) 2026-02-09 + (hash mod 80)
  days.
- Amounts in USD: close_value (won); lost and open deals carry the product's list price.
- Type: "new" (a "conquista") = the seller's first won opportunity at that account (the seller
  had won nothing there closing before it; ties by id); every later won deal at the account is
  "expansion" (a "recompra"). A lost or open deal is "new" when the seller had won nothing at the
  account before its close date (open: before the as-of date). No account = "new".
- Splits (plan.md 3.4): a won or cancelled GTK 500 deal of a West agent other than Elease Gluck
  is two lines with the same id: 60% to the agent, 40% to Elease Gluck (the GTK specialist).
  Darcel Schlecht's won or cancelled GTX Plus Pro deals with hash mod 3 = 0 are "pared" deals,
  two lines 50% / 50% with Niesha Huffines.
- Cancellations ("autogoles"): a won line closed on or before 2026-01-09 with hash mod 37 = 0
  is cancelled, cancel_date = close + 8 + (hash mod 130) days, at the latest the as-of date
  (plan.md 11: only cancellations within 90 days of close are clawed back).
- Roster (sellers.csv): 35 agents under 6 managers. Darcel Schlecht (Senior Account Executive)
  carries his own quarterly Revenue quota of 250,000 and Vicki Laflamme 140,000 (plan 100,000 /
  110,000 / 100,000 / 80,000). The five agents with no opportunity in the export (Mei-Mei Johns,
  Elizabeth Anderson, Natalya Ivanova, Carol Thompson, Carl Lin) joined on 2026-01-05. Wilburn
  Farren left on 2025-12-19 (his deals after it credit no one; they stay in the file).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 1, 23)
SHIFT = dt.date(2025, 5, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 1, 9)
STARTERS = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
START = "2026-01-05"
LEAVERS = {"Wilburn Farren": "2025-12-19"}
ROLE = {"Darcel Schlecht": "Senior Account Executive", "Vicki Laflamme": "Senior Account Executive",
        "Elease Gluck": "GTK Specialist"}
QUOTA = {"Darcel Schlecht": "250000.00", "Vicki Laflamme": "140000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
region = {r["sales_agent"]: r["regional_office"] for r in teams}
pipe = read("sales_pipeline.csv")


def product_of(p):
    return "GTX Pro" if p == "GTXPro" else p


# first wins per (agent, account), on the shifted dates
wins = {}
for r in pipe:
    if r["deal_stage"] == "Won" and r["account"]:
        key = (r["sales_agent"], r["account"])
        wins.setdefault(key, []).append((r["close_date"], r["opportunity_id"]))
for k in wins:
    wins[k].sort()

rows = []
for r in pipe:
    oid, agent = r["opportunity_id"], r["sales_agent"]
    x = h(oid)
    product = product_of(r["product"])
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 1, 26) + dt.timedelta(days=x % 60)
            prob = "0.6"
        else:
            close = dt.date(2026, 2, 9) + dt.timedelta(days=x % 80)
            prob = "0.25"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    # type
    if not account:
        typ = "new"
    else:
        prior = wins.get((agent, account), [])
        if r["deal_stage"] == "Won" and stage == "won":
            typ = "new" if prior and prior[0][1] == oid else "expansion"
        else:
            limit = (AS_OF - SHIFT).isoformat() if stage == "open" else (close - SHIFT).isoformat()
            typ = "expansion" if any(d < limit for d, _ in prior) else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 37 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=8 + (x // 11) % 130), AS_OF).isoformat()
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=agent, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel)
    partner = None
    if (product == "GTK 500" and region[agent] == "West" and agent != "Elease Gluck"
            and stage in ("won", "cancelled")):
        partner, share = "Elease Gluck", ("0.6", "0.4")
    elif (agent == "Darcel Schlecht" and product == "GTX Plus Pro" and stage in ("won", "cancelled")
          and (x // 13) % 3 == 0):
        partner, share = "Niesha Huffines", ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
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
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:revenue"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    START if a in STARTERS else "", LEAVERS.get(a, ""), QUOTA.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
