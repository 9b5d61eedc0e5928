#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredtwentysixth workspace (MavenTech, the company of
the Maven CRM export; plan "maventech-tides-fy17", plan year 1 March 2017 - 28 February 2018, USD,
MONTHLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/, AS IT IS:
real agent names, real account names, real product names as the price list spells them
("GTXPro" -> "GTX Pro"), real managers and regional offices. Dates are NOT moved.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id or a
rule on the data; no clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of the export is kept; id = opportunity_id, seller = sales_agent, account as
  exported (blank when the export has none), product as the price list spells it.
- AS OF = 2017-10-18. Won opportunities closing on or before it are won at their close_value.
  A Won opportunity that closes after it is an open deal (probability 0.7) at its close value and
  close date; a Lost one dated after it is an open deal (probability 0.3) at the list price.
  Lost opportunities on or before it are lost, at the product's list price.
  Engaging opportunities are open (probability 0.5) expected to close 2017-10-01 + (hash mod 100)
  days (some overdue at the as-of date); Prospecting ones (probability 0.2) 2017-11-01 +
  (hash mod 110) days. Open deals carry the product's list price unless said otherwise.
- Deal type, from the seller's own won history at the account (closes before the deal's close
  date, any stage that was won): an MG Special / MG Advanced the seller already won at that
  account = "renewal" (plan.md 3.5 "resub"); any earlier win of the seller there = "expansion";
  otherwise "new" (also every deal with no account).
- GTK 500 co-selling (plan.md 3.4): a won or cancelled GTK 500 of an agent other than the region's
  GTK Solutions Specialist (Central: Versie Hillebrand, East: Cassey Cress, West: Kary
  Hendrixson) is two lines with the same id: 75% to the agent, 25% to the specialist.
- Cancellations ("washouts"): a won deal with (hash // 7) mod 25 = 0 is cancelled on close + 6 +
  (hash // 11) mod 140 days when that date is on or before the as-of date (otherwise it stays
  won: the cancellation has not happened yet). plan.md section 11: only cancellations within 90
  days of close are clawed back.
- Roster: the 35 agents of sales_teams.csv with their manager and regional office. The five
  agents with no opportunity in the export joined during the year (start dates below) as
  Associate Account Executives with their own hardware quota; Darcel Schlecht is the Senior
  Account Executive with his own hardware quota.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 10, 18)
SPECIALIST = {"Central": "Versie Hillebrand", "East": "Cassey Cress", "West": "Kary Hendrixson"}
STARTERS = {
    "Mei-Mei Johns": "2017-08-07",
    "Elizabeth Anderson": "2017-08-21",
    "Natalya Ivanova": "2017-09-05",
    "Carol Thompson": "2017-09-18",
    "Carl Lin": "2017-10-02",
}
QUOTA_HW = {"Darcel Schlecht": "200000.00"}
QUOTA_HW.update({s: "60000.00" for s in STARTERS})


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def prod(p):
    return "GTX Pro" if p == "GTXPro" else p


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
office = {t["sales_agent"]: t["regional_office"] for t in teams}
pipe = read("sales_pipeline.csv")

# the seller's won history at each account (by the export's close dates)
wins = {}
for r in pipe:
    if r["deal_stage"] == "Won" and r["account"]:
        wins.setdefault((r["sales_agent"], r["account"]), []).append(
            (dt.date.fromisoformat(r["close_date"]), prod(r["product"])))

rows = []
for r in pipe:
    oid = r["opportunity_id"]
    x = h(oid)
    seller = r["sales_agent"]
    product = prod(r["product"])
    account = r["account"]
    stage0 = r["deal_stage"]
    prob, cancel = "", ""
    if stage0 == "Engaging":
        close, stage, prob, amount = dt.date(2017, 10, 1) + dt.timedelta(days=x % 100), "open", "0.5", price[product]
    elif stage0 == "Prospecting":
        close, stage, prob, amount = dt.date(2017, 11, 1) + dt.timedelta(days=x % 110), "open", "0.2", price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        if stage0 == "Won":
            stage, amount = "won", int(r["close_value"])
            if close > AS_OF:
                stage, prob = "open", "0.7"
        else:
            stage, amount = "lost", price[product]
            if close > AS_OF:
                stage, prob = "open", "0.3"
    earlier = [p for d, p in wins.get((seller, account), []) if d < close] if account else []
    if product.startswith("MG") and product in earlier:
        typ = "renewal"
    elif earlier:
        typ = "expansion"
    else:
        typ = "new"
    if stage == "won" and (x // 7) % 25 == 0:
        when = close + dt.timedelta(days=6 + (x // 11) % 140)
        if when <= AS_OF:
            stage, cancel = "cancelled", when.isoformat()
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=seller, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    spec = SPECIALIST[office[seller]]
    if product == "GTK 500" and seller != spec and stage in ("won", "cancelled"):
        rows.append(dict(line, split="0.75"))
        rows.append(dict(line, seller=spec, split="0.25"))
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
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:hw"])
    for t in teams:
        s = t["sales_agent"]
        role = ("Senior Account Executive" if s == "Darcel Schlecht" else
                "Associate Account Executive" if s in STARTERS else
                "GTK Solutions Specialist" if s in SPECIALIST.values() else "Account Executive")
        w.writerow([s, s, t["manager"], t["regional_office"], role, STARTERS.get(s, ""), "",
                    QUOTA_HW.get(s, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      {t: sum(1 for x in rows if x["type"] == t) for t in ("new", "expansion", "renewal")})
