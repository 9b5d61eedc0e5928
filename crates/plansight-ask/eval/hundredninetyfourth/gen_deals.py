#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredninetyfourth workspace (MavenTech, the company of
the public Maven CRM export, under the "MavenTech Account Executive Incentive Plan 2017": plan year
1 January - 31 December 2017, the calendar year, USD, QUARTERLY payouts) from the real Maven CRM
export in /work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an
md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

The export is kept as it is:
- every opportunity of the export is a line; id = opportunity_id; seller = the sales agent as the
  CRM spells it ("Darcel Schlecht"); product as the price list spells it (the pipeline's "GTXPro"
  is the price list's "GTX Pro"); account as exported (open opportunities without an account keep
  an empty account); dates as exported (won deals close 1 March - 31 December 2017).
- amount = close_value for won deals; lost and open opportunities carry the product's list price
  (products.csv).
- the roster is sales_teams.csv: 35 agents, their manager, their regional office (territory).
  The five agents with no opportunity in the export (Mei-Mei Johns, Elizabeth Anderson, Natalya
  Ivanova, Carol Thompson, Carl Lin) joined on 2017-09-11.

What is added for a plan year in progress, AS OF = 2017-11-17:
- a Won opportunity closing after the as-of date is an open deal (probability 0.7) expected on
  its close date; a Lost one dated after it is an open deal (probability 0.3). Engaging
  opportunities are open (0.5), expected 6 November 2017 + (hash mod 56) days (a few overdue at
  the as-of date); Prospecting ones (0.2) 1 December 2017 + (hash mod 90) days (some in 2018,
  after the plan year).
- type (plan.md 3.5): "new" when the agent had won nothing at that account before the deal's
  close date (for an open deal: before the as-of date), or the deal has no account; otherwise
  "renewal" for an MG Special or MG Advanced deal and "upsell" for any other product.
- splits (plan.md 3.4): every won or cancelled GTK 500 deal of Rosalina Dieter or Markita Hansen
  is two lines with the same id, 70% to the agent and 30% to Elease Gluck (the GTK Specialist);
  Darcel Schlecht's won or cancelled deals closing on or after Mei-Mei Johns's start with
  hash mod 6 = 0 are "ride-along" deals, 50% / 50% with Mei-Mei Johns (her mentor's deals).
- cancellations ("burn-ups", plan.md 11): a won deal closed on or before 2017-11-07 with
  hash mod 40 = 0 is cancelled, cancel_date = close + 7 + (hash mod 140) days, at the latest the
  as-of date (only those cancelled within 90 days of close are clawed back).
- roster overrides: Darcel Schlecht (Senior Account Executive) carries a GTX quota of $200,000
  a quarter; Elease Gluck (GTK Specialist) a GTX quota of $40,000 a quarter and a Solutions
  quota of $250,000 for the year.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 11, 17)
CANCEL_BY = dt.date(2017, 11, 7)
JOINED = "2017-09-11"
NO_DEALS = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
ROLE = {"Darcel Schlecht": "Senior Account Executive", "Elease Gluck": "GTK Specialist"}
QUOTA_GTX = {"Darcel Schlecht": "200000.00", "Elease Gluck": "40000.00"}
QUOTA_SOL = {"Elease Gluck": "250000.00"}
MG = {"MG Special", "MG Advanced"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
pipeline = read("sales_pipeline.csv")

# won deals by (agent, account), for the deal type
won_at = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        d = dt.date.fromisoformat(r["close_date"])
        k = (r["sales_agent"], r["account"])
        won_at.setdefault(k, []).append(d)

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if r["deal_stage"] == "Engaging":
        close = dt.date(2017, 11, 6) + dt.timedelta(days=x % 56)
        prob = "0.5"
        amount = price[product]
    elif r["deal_stage"] == "Prospecting":
        close = dt.date(2017, 12, 1) + dt.timedelta(days=x % 90)
        prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    before = min(close, AS_OF)
    had = any(d < before for d in won_at.get((agent, r["account"]), []))
    if not r["account"] or not had:
        typ = "new"
    elif product in MG:
        typ = "renewal"
    else:
        typ = "upsell"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 40 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=7 + (x // 11) % 140), AS_OF).isoformat()
    account = r["account"]
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=agent, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    partner = None
    if product == "GTK 500" and agent in ("Rosalina Dieter", "Markita Hansen") and stage in ("won", "cancelled"):
        partner, share = "Elease Gluck", ("0.7", "0.3")
    elif (agent == "Darcel Schlecht" and stage in ("won", "cancelled") and (x // 13) % 6 == 0
          and close >= dt.date.fromisoformat(JOINED)):
        partner, share = "Mei-Mei Johns", ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
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
                "quota:gtx", "quota:solutions"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    JOINED if a in NO_DEALS else "", "", QUOTA_GTX.get(a, ""), QUOTA_SOL.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      {t: sum(1 for x in rows if x["type"] == t) for t in ("new", "upsell", "renewal")})
