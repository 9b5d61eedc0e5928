#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredsixtyfourth workspace (MavenTech, the
company of the public Maven CRM export, under the MavenTech Field Sales Plan FY26, plan year
1 July 2025 - 30 June 2026, USD, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. The export is kept as it is: the 35 agents as the CRM spells them
(sellers), their managers and regional offices (sales_teams.csv), the seven products (as the
price list spells them: the pipeline's "GTXPro" is "GTX Pro") and the accounts as exported.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- id = opportunity_id; seller = sales_agent; product; account (empty where the export has
  none, which is only ever an open opportunity); name = "<account> <product>".
- Dates: every Maven date moves forward by the same 3,044 days, so 1 March 2017 becomes
  1 July 2025 and 31 December 2017 becomes 2 May 2026: the won deals fall in the plan year's
  first ten months and two days. AS OF = 2026-05-15.
- Stages: Won = won, Lost = lost, Engaging and Prospecting = open. Open opportunities (the
  export gives them no close date) get an expected close: Engaging 20 April 2026 + (hash mod 70)
  days, probability 0.5 (some overdue at the as-of date); Prospecting 18 May 2026 + (hash mod
  43) days, probability 0.15. Every expected close is inside the plan year.
- Amounts in USD: won = close_value; lost and open carry the product's list price (the export
  records 0 for a lost opportunity and nothing for an open one).
- Type: "new" = the agent's first won deal at that account; "expansion" = the first won deal of
  that product at an account the agent has already won; "refresh" = another win of a product the
  agent already sold to that account. Lost and open opportunities are typed the same way against
  the agent's wins before their date (open ones: before the as-of date); an open one with no
  account is "new".
- Splits (plan.md 3.4): a won or cancelled GTK 500 of any agent but Elease Gluck (the Systems
  Architect) is two lines with the same id: 60% to the agent, 40% to Elease Gluck.
- Cancellations ("blunders"): a won deal closed on or before 2026-04-15 with (hash // 7) mod 97
  = 0 is cancelled, cancel_date = close + 6 + (hash // 11) mod 100 days, at the latest the as-of
  date (plan.md 12: only cancellations within 60 days of close are clawed back).
- Roster: all 35 agents under the 6 managers of sales_teams.csv. Darcel Schlecht (Principal
  Account Executive) carries his own quotas (Core 90,000 a month, Premier 80,000 a quarter);
  Vicki Laflamme (Senior Account Executive) a Core quota of 40,000 a month. The five agents with
  no opportunity in the export are this year's new starters (start dates below).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 5, 15)
SHIFT = dt.date(2025, 7, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 4, 15)
ARCHITECT = "Elease Gluck"

ROLE = {
    "Darcel Schlecht": ("Principal Account Executive", "", "90000.00", "80000.00"),
    "Vicki Laflamme": ("Senior Account Executive", "", "40000.00", ""),
    "Elease Gluck": ("Systems Architect", "", "", ""),
    "Mei-Mei Johns": ("Account Executive", "2026-01-05", "", ""),
    "Elizabeth Anderson": ("Account Executive", "2026-02-16", "", ""),
    "Natalya Ivanova": ("Account Executive", "2026-03-02", "", ""),
    "Carol Thompson": ("Account Executive", "2026-04-13", "", ""),
    "Carl Lin": ("Account Executive", "2026-05-04", "", ""),
}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
pipe = read("sales_pipeline.csv")


def product_of(p):
    return "GTX Pro" if p == "GTXPro" else p


def shifted(d):
    return dt.date.fromisoformat(d) + SHIFT


# The agent's won deals, in close order, to type every opportunity.
wins = sorted(
    (shifted(r["close_date"]), r["opportunity_id"], r["sales_agent"], r["account"],
     product_of(r["product"]))
    for r in pipe if r["deal_stage"] == "Won")


# Index the wins by (agent, account) for speed.
by_key = {}
for w in wins:
    by_key.setdefault((w[2], w[3]), []).append(w)


def deal_type(agent, account, product, before):
    """Type against the agent's wins at the account strictly before this deal."""
    if not account:
        return "new"
    prior = [w for w in by_key.get((agent, account), []) if (w[0], w[1]) < before]
    if not prior:
        return "new"
    if all(w[4] != product for w in prior):
        return "expansion"
    return "refresh"


rows = []
for r in pipe:
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    product = product_of(r["product"])
    account = r["account"]
    x = h(oid)
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 4, 20) + dt.timedelta(days=x % 70)
            prob = "0.5"
        else:
            close = dt.date(2026, 5, 18) + dt.timedelta(days=x % 43)
            prob = "0.15"
        amount = price[product]
        typ = deal_type(agent, account, product, (AS_OF, "~"))
    else:
        close = shifted(r["close_date"])
        amount = int(r["close_value"]) if stage == "won" else price[product]
        typ = deal_type(agent, account, product, (close, oid))
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 97 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 100), AS_OF).isoformat()
    name = f"{account} {product}" if account else f"{product} opportunity"
    line = dict(id=oid, seller=agent, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if product == "GTK 500" and agent != ARCHITECT and stage in ("won", "cancelled"):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=ARCHITECT, split="0.4"))
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
                "quota:core", "quota:premier"])
    for t in teams:
        role, start, qc, qp = ROLE.get(t["sales_agent"], ("Account Executive", "", "", ""))
        w.writerow([t["sales_agent"], t["sales_agent"], t["manager"], t["regional_office"], role,
                    start, "", qc, qp])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
