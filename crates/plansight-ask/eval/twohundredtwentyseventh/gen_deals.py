#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredtwentyseventh workspace (MavenTech, the
firm of the public Maven CRM export, under its own "Field Sales Incentive Plan FY2017-18": plan
year 1 April 2017 - 31 March 2018, USD, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. The data is kept as the CRM has it: the agents, managers and
regional offices of sales_teams.csv, the products as the price list spells them (the pipeline's
"GTXPro" is the price list's "GTX Pro"), the accounts as exported, the opportunity ids.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- The snapshot is AS OF 2017-12-15. Opportunities that closed before the plan year (March 2017)
  belong to the FY2016-17 plan and are left out (they still decide who first won an account).
- Won: amount = close_value, close_date as exported. A Won opportunity that closes after the
  as-of date (16-31 December 2017) is still open on the as-of date: stage open, probability
  0.8, expected to close on its exported close date, at its close value.
- Lost: close_date as exported; the export records 0 for a lost deal's value, so the amount is
  the product's list price (products.csv).
- Engaging: open, probability 0.5, list price, expected close 1 December 2017 + (hash mod 100)
  days (some are overdue at the as-of date). Prospecting: open, probability 0.2, list price,
  expected close 8 January 2018 + (hash mod 80) days. Their account is as exported (often
  blank: the export has none yet).
- Type (plan.md 3.5): "new" = the agent's first win at that account in the export (a "new
  door"); "repeat" = an account the agent had already won. A lost or open deal is "repeat"
  when the agent won the account before the deal's (expected) close date, else "new"; an open
  deal with no account is "new".
- Team split, the "home share" (plan.md 3.4): the home agent of an account is the agent who won
  the account's first deal in the export (earliest close date, then id). A won deal of $5,000
  or more closed by another agent of the home agent's own team (same manager) is two lines with
  the same id: 75% to the closer, 25% to the home agent.
- Unwinds (cancellations, plan.md 11): a won deal closed on or before 2017-11-30 with
  (hash // 7) mod 80 = 0 is cancelled, cancel_date = close + 12 + ((hash // 11) mod 160) days,
  at the latest the as-of date; every line of a split deal is cancelled together. Only
  unwinds within 90 days of close are clawed back.
- Roster: the 35 agents of sales_teams.csv under their manager (territory = regional office).
  The five agents with no opportunity in the export (Mei-Mei Johns, Elizabeth Anderson,
  Natalya Ivanova, Carol Thompson, Carl Lin) joined on 2017-10-02. Darcel Schlecht (Senior
  Agent) and Vicki Laflamme (Senior Agent) carry their own quarterly Booked Revenue quota.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
PLAN_START = dt.date(2017, 4, 1)
AS_OF = dt.date(2017, 12, 15)
CANCEL_BY = dt.date(2017, 11, 30)
SPLIT_MIN = 5000
STARTERS = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
STARTER_DATE = "2017-10-02"
SENIOR = {"Darcel Schlecht": "250000.00", "Vicki Laflamme": "130000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def prod(p):
    return "GTX Pro" if p == "GTXPro" else p


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
manager = {r["sales_agent"]: r["manager"] for r in teams}
pipeline = read("sales_pipeline.csv")

# Wins in the whole export, by close date then id: the first winner of each account (its home
# agent) and each agent's wins per account.
wins = sorted((r for r in pipeline if r["deal_stage"] == "Won"),
              key=lambda r: (r["close_date"], r["opportunity_id"]))
home = {}
first_win = {}
for r in wins:
    home.setdefault(r["account"], r["sales_agent"])
    first_win.setdefault((r["sales_agent"], r["account"]), (r["close_date"], r["opportunity_id"]))

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    x = h(oid)
    product = prod(r["product"])
    account = r["account"]
    exported = r["deal_stage"]
    prob, cancel = "", ""
    if exported in ("Won", "Lost"):
        close = dt.date.fromisoformat(r["close_date"])
        if close < PLAN_START:
            continue
        if exported == "Won":
            amount = int(r["close_value"])
            stage = "won"
            if close > AS_OF:
                stage, prob = "open", "0.8"
        else:
            amount = price[product]
            stage = "lost"
    else:
        amount = price[product]
        stage = "open"
        if exported == "Engaging":
            close = dt.date(2017, 12, 1) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2018, 1, 8) + dt.timedelta(days=x % 80)
            prob = "0.2"
    # type
    if exported == "Won" and stage == "won":
        typ = "new" if first_win[(agent, account)] == (r["close_date"], oid) else "repeat"
    else:
        fw = first_win.get((agent, account)) if account else None
        typ = "repeat" if fw and dt.date.fromisoformat(fw[0]) < close else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 80 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=12 + (x // 11) % 160), AS_OF).isoformat()
    line = dict(id=oid, seller=agent, account=account,
                name=f"{account} {product}" if account else product,
                type=typ, product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                stage=stage, split="1", probability=prob, cancel_date=cancel, currency="USD")
    ha = home.get(account)
    if (stage in ("won", "cancelled") and amount >= SPLIT_MIN and ha and ha != agent
            and manager[ha] == manager[agent]):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=ha, split="0.25"))
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
                "quota:booked"])
    for r in teams:
        a = r["sales_agent"]
        role = "Senior Agent" if a in SENIOR else "Sales Agent"
        w.writerow([a, a, r["manager"], r["regional_office"], role,
                    STARTER_DATE if a in STARTERS else "", "", SENIOR.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "split lines:", sum(1 for x in rows if x["split"] != "1"))
