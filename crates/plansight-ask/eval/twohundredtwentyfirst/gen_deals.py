#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredtwentyfirst workspace from the real Maven
CRM export in /work/shared/data/maven-crm/, KEPT AS IT IS: the 35 agents as the CRM spells them
(sales_teams.csv: managers and regional offices as exported), the products as the price list
spells them ("GTXPro" in the pipeline is the price list's "GTX Pro"), the accounts as exported
(open opportunities without an account keep none), and every date as exported. Plan: MavenTech
Sales Floor Commission Plan FY2018 (plan.toml / plan.md), plan year 1 July 2017 - 30 June 2018,
USD, MONTHLY payouts. Standard library only; deterministic (every choice is an md5 hash of the
opportunity id or a rule on the export; no clock, no random stream). Run: python3 gen_deals.py

- AS OF = 2017-12-15. Opportunities that closed before the plan year (before 1 July 2017) were
  paid under last year's plan and are left out.
- Stages: Won = won, Lost = lost, Engaging / Prospecting = open. A Won opportunity closing
  after the as-of date is still open on it (probability 0.8, expected on its export close date);
  a Lost one after it is open too (probability 0.3). Engaging opportunities (probability 0.5)
  are expected 18 December 2017 + (hash mod 100) days, Prospecting ones (probability 0.15)
  15 January 2018 + (hash mod 150) days.
- Amounts in USD, as exported: a won deal's close_value (kept when it is still open at the as-of
  date); lost and other open deals carry the product's list price (products.csv sales_price).
- Type (plan.md 3.5): "new" when the agent had no won deal at that account closing before this
  one (every export date counts, March 2017 on; an open deal with no account is new);
  otherwise "partner" when hash mod 8 = 0 (sold through a reseller, "a plug deal"); otherwise
  "repeat".
- Group accounts (plan.md 3.4): a won, cancelled or open deal at an Acme Corporation group account
  (Acme Corporation and its subsidiaries as accounts.csv lists them) of an agent other than
  Corliss Cosme is two lines with the same id, 80% to the agent and 20% to Corliss Cosme; at a
  Sonron group account the same with Markita Hansen.
- Cancellations ("japas"): a won deal closed from 2017-07-01 to 2017-12-01 with hash mod 25 = 0
  is cancelled, cancel_date = close + 6 + (hash mod 120) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 75 days of close are clawed back).
- Roster: every agent of sales_teams.csv. Senior Agents Darcel Schlecht and Vicki Laflamme carry
  their own monthly Hardware Turnover quota; Markita Hansen her own quarterly Systems quota. The
  five agents with no opportunity in the export joined in the November intake (2017-11-13).
  Cecily Lampkin left on 2017-11-30 (her December deals stay in the CRM and credit nothing).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 12, 15)
PLAN_START = dt.date(2017, 7, 1)
CANCEL_BY = dt.date(2017, 12, 1)
INTAKE = "2017-11-13"
LEAVER = ("Cecily Lampkin", "2017-11-30")
ROLE = {
    "Darcel Schlecht": "Senior Agent",
    "Vicki Laflamme": "Senior Agent",
    "Corliss Cosme": "Key Account Lead (Acme group)",
    "Markita Hansen": "Key Account Lead (Sonron group)",
}
QUOTA_TURNOVER = {"Darcel Schlecht": "100000.00", "Vicki Laflamme": "35000.00"}
QUOTA_SYSTEMS = {"Markita Hansen": "40000.00"}
GROUP_LEAD = {"Acme Corporation": "Corliss Cosme", "Sonron": "Markita Hansen"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
group = {}
for a in read("accounts.csv"):
    parent = a["subsidiary_of"] or a["account"]
    if parent in GROUP_LEAD:
        group[a["account"]] = GROUP_LEAD[parent]
teams = read("sales_teams.csv")
pipeline = read("sales_pipeline.csv")

# the agent's won deals by account, for the "new" type
first_win = {}
for r in pipeline:
    if r["deal_stage"] == "Won":
        k = (r["sales_agent"], r["account"])
        d = dt.date.fromisoformat(r["close_date"])
        first_win[k] = min(first_win.get(k, d), d)

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    agent = r["sales_agent"]
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 12, 18) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2018, 1, 15) + dt.timedelta(days=x % 150)
            prob = "0.15"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        if close < PLAN_START:
            continue
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.8" if stage == "won" else "0.3"
            stage = "open"
    fw = first_win.get((agent, account))
    if not account or fw is None or fw >= min(close, AS_OF + dt.timedelta(days=1)):
        typ = "new"
    elif (x // 5) % 8 == 0:
        typ = "partner"
    else:
        typ = "repeat"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 120), AS_OF).isoformat()
    line = dict(id=oid, seller=agent, account=account, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    lead = group.get(account)
    if lead and lead != agent and stage != "lost":
        line["split"] = "0.8"
        rows.append(line)
        rows.append(dict(line, seller=lead, split="0.2"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "type", "product", "amount", "close_date", "stage", "split",
        "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

agents_with_deals = {r["sales_agent"] for r in pipeline}
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:turnover", "quota:systems"])
    for t in teams:
        sid = t["sales_agent"]
        start = "" if sid in agents_with_deals else INTAKE
        end = LEAVER[1] if sid == LEAVER[0] else ""
        w.writerow([sid, sid, t["manager"], t["regional_office"], ROLE.get(sid, "Sales Agent"),
                    start, end, QUOTA_TURNOVER.get(sid, ""), QUOTA_SYSTEMS.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      {t: sum(1 for x in rows if x["type"] == t) for t in ("new", "repeat", "partner")},
      sum(1 for x in rows if x["split"] != "1"), "split lines")
