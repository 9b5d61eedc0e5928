#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredsixtyninth workspace: MavenTech's field
sales team ("the Road Team") as the public Maven CRM export has it, under the MavenTech Road
Team Compensation Plan 2017-18 (plan year 1 March 2017 - 28 February 2018, USD, MONTHLY
payouts). Source: /work/shared/data/maven-crm/ (read only, kept as it is).
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of the export is kept, with its own id, agent (seller), account and
  dates. Products as the price list spells them ("GTXPro" -> "GTX Pro").
- AS OF = 2017-10-20 (a Friday). Won opportunities closing on or before it are won, amount =
  close_value. A Won opportunity closing after it is an open deal (probability 0.7, its CRM
  close date as the expected date, amount = close_value); a Lost one closing after it is an
  open deal (probability 0.3, the product's list price). Lost opportunities closing on or
  before the as-of date are lost, amount = the product's list price (the export records 0).
  Engaging opportunities are open (probability 0.6), expected 23 October 2017 + (hash mod 100)
  days; Prospecting ones (probability 0.25) 1 December 2017 + (hash mod 80) days; both at the
  product's list price.
- Type: "new" when the agent had not won a deal at that account before the opportunity was
  engaged (a first stop on their route), otherwise "repeat". An opportunity with no account
  (open ones only) is "new".
- Cancellations ("towed" deals): a won deal closed on or before 2017-10-06 with hash mod 27 = 0
  is cancelled, cancel_date = close + 4 + (hash mod 130) days, at the latest the as-of date.
  Plan section 10: only cancellations within 90 days of close are clawed back.
- Roster (sales_teams.csv): territory = regional office. Darcel Schlecht is the Senior Field
  Rep (own quarterly GTX Route quota 200,000); Elease Gluck the Heavy Haul Specialist (own
  annual Heavy Haul quota 200,000). Garret Kinder left on 2017-09-29: his opportunities closing
  after that day are dropped. The five agents with no opportunity in the export joined late:
  Mei-Mei Johns, Elizabeth Anderson and Natalya Ivanova on 2017-09-11, Carol Thompson and
  Carl Lin on 2017-10-02.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 10, 20)
CANCEL_BY = dt.date(2017, 10, 6)
LEFT = {"Garret Kinder": "2017-09-29"}
JOINED = {
    "Mei-Mei Johns": "2017-09-11",
    "Elizabeth Anderson": "2017-09-11",
    "Natalya Ivanova": "2017-09-11",
    "Carol Thompson": "2017-10-02",
    "Carl Lin": "2017-10-02",
}
ROLE = {"Darcel Schlecht": "Senior Field Rep", "Elease Gluck": "Heavy Haul Specialist"}
QUOTA_ROUTE = {"Darcel Schlecht": "200000.00"}
QUOTA_HAUL = {"Elease Gluck": "200000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")

first_win = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        k = (r["sales_agent"], r["account"])
        first_win[k] = min(first_win.get(k, "9999-99-99"), r["close_date"])

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    agent = r["sales_agent"]
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    stage_src = r["deal_stage"]
    prob, cancel = "", ""
    if stage_src in ("Won", "Lost"):
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"]) if stage_src == "Won" else price[r["product"]]
        stage = "won" if stage_src == "Won" else "lost"
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    elif stage_src == "Engaging":
        close = dt.date(2017, 10, 23) + dt.timedelta(days=x % 100)
        amount, stage, prob = price[r["product"]], "open", "0.6"
    else:
        close = dt.date(2017, 12, 1) + dt.timedelta(days=x % 80)
        amount, stage, prob = price[r["product"]], "open", "0.25"
    if agent in LEFT and close > dt.date.fromisoformat(LEFT[agent]):
        continue
    if account and r["engage_date"] and first_win.get((agent, account), "9999-99-99") < r["engage_date"]:
        typ = "repeat"
    else:
        typ = "new"
    if stage == "won" and close <= CANCEL_BY and (x // 5) % 27 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=4 + (x // 7) % 130), AS_OF).isoformat()
    name = f"{account} {product}" if account else product
    rows.append(dict(id=oid, seller=agent, account=account, name=name, type=typ,
                     product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                     stage=stage, probability=prob, cancel_date=cancel, currency="USD"))

rows.sort(key=lambda d: (d["seller"], d["close_date"], d["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:route", "quota:haul"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Field Rep"),
                    JOINED.get(a, ""), LEFT.get(a, ""), QUOTA_ROUTE.get(a, ""),
                    QUOTA_HAUL.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for d in rows if d["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
