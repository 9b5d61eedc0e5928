#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredseventeenth workspace (MavenTech's Asia
Desk, the Maven CRM export kept as it is; plan year 1 February 2017 - 31 January 2018, USD,
MONTHLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- Sellers are the Maven agents as the CRM spells them (sales_teams.csv: 35 agents under 6
  managers, territory = regional office). Every opportunity of the export is kept.
- id = opportunity_id; product as the price list spells it (the pipeline's "GTXPro" is the
  price list's "GTX Pro"); account as exported (empty where the export has none).
- Dates: every Maven date moves back by four weeks (28 days, so every weekday stays), so the
  export's first month is the plan's first: 1 March 2017 becomes 1 February 2017 and 31 December
  2017 becomes 3 December 2017. AS OF = 2017-10-18 (Maven's 15 November). A Won opportunity that
  now closes after it becomes an open deal (probability 0.65) expected on its (moved) close date; a Lost one dated after it becomes open (probability 0.3). Engaging
  opportunities are open (probability 0.5) expected 2017-09-25 + (hash mod 100) days (some
  overdue at the as-of date);
  Prospecting ones (probability 0.2) 2017-11-15 + (hash mod 75) days.
- Amounts in USD as exported: a won deal is its close_value; lost and open deals carry the
  product's list price (sales_price).
- Type (the CRM has none; Sales Ops sets it, plan.md 3.5): "new" when the agent had won
  nothing at that account before the opportunity was engaged (and every opportunity with no
  account), otherwise "repeat".
- Cancellations ("cracked pots"): a won deal closed on or before 2017-10-06 with
  (hash // 7) mod 25 = 0 is cancelled, cancel_date = close + 6 + (hash // 11) mod 110 days, at
  the latest the as-of date (plan.md section 9: only cancellations within 75 days of close are
  clawed back).
- New sellers: the five agents with no opportunity in the export joined during the year
  (ROSTER start dates). Each has a mentor ("sensei") on the same manager's team; a mentor's
  won or cancelled deal closing in the new seller's first 90 days with (hash // 5) mod 3 = 0
  is a "shadow deal" (plan.md 3.4): two lines with the same id, 70% to the mentor and 30% to
  the new seller.
- Roster overrides: Darcel Schlecht (Senior Agent) carries a quarterly hardware quota of
  240,000; Hayden Neloms (MG Specialist) a monthly MG quota of 15,000.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 10, 18)
CANCEL_BY = dt.date(2017, 10, 6)
SHIFT = dt.timedelta(days=28)

# new seller: (start date, mentor)
NEW = {
    "Natalya Ivanova": ("2017-04-03", "Cassey Cress"),
    "Mei-Mei Johns": ("2017-06-12", "Darcel Schlecht"),
    "Carol Thompson": ("2017-07-17", "Vicki Laflamme"),
    "Elizabeth Anderson": ("2017-08-21", "Corliss Cosme"),
    "Carl Lin": ("2017-09-18", "Kary Hendrixson"),
}
MENTEE = {m: (s, dt.date.fromisoformat(d)) for s, (d, m) in NEW.items()}
ROLE = {"Darcel Schlecht": "Senior Agent", "Hayden Neloms": "MG Specialist"}
HW_QUOTA = {"Darcel Schlecht": "240000.00"}
MG_QUOTA = {"Hayden Neloms": "15000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
pipeline = read("sales_pipeline.csv")

# won history per (agent, account): close dates of won deals
won_at = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        won_at.setdefault((r["sales_agent"], r["account"]), []).append(
            dt.date.fromisoformat(r["close_date"]) - SHIFT)

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    seller = r["sales_agent"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    maven = r["deal_stage"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[maven]
    prob, cancel = "", ""
    if maven == "Engaging":
        close = dt.date(2017, 9, 25) + dt.timedelta(days=x % 100)
        prob = "0.5"
        amount = price[product]
    elif maven == "Prospecting":
        close = dt.date(2017, 11, 15) + dt.timedelta(days=x % 75)
        prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) - SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.65" if stage == "won" else "0.3"
            stage = "open"
    engaged = dt.date.fromisoformat(r["engage_date"]) - SHIFT if r["engage_date"] else AS_OF
    earlier = [d for d in won_at.get((seller, account), []) if d < engaged]
    typ = "repeat" if account and earlier else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 110), AS_OF).isoformat()
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=seller, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    shadow = None
    if seller in MENTEE and stage in ("won", "cancelled"):
        mentee, start = MENTEE[seller]
        if start <= close < start + dt.timedelta(days=90) and (x // 5) % 3 == 0:
            shadow = mentee
    if shadow:
        line["split"] = "0.7"
        rows.append(line)
        rows.append(dict(line, seller=shadow, split="0.3"))
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
                "quota:hardware", "quota:mg_suite"])
    for t in teams:
        sid = t["sales_agent"]
        role = ROLE.get(sid, "New Sales Agent" if sid in NEW else "Sales Agent")
        start = NEW[sid][0] if sid in NEW else ""
        w.writerow([sid, sid, t["manager"], t["regional_office"], role, start, "",
                    HW_QUOTA.get(sid, ""), MG_QUOTA.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "shadow lines:", sum(1 for x in rows if x["split"] == "0.3"))
