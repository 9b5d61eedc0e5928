#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredtwentyninth workspace (MavenTech, the
company of the real Maven CRM export; plan year 1 February 2017 - 31 January 2018, USD,
QUARTERLY payouts) from /work/shared/data/maven-crm/. Standard library only; deterministic
(every choice is an md5 hash of the opportunity id; no clock, no random stream).
Run: python3 gen_deals.py

The Maven data is kept as it is: id = opportunity_id, seller = the sales agent as the CRM
spells them, account as exported (open opportunities often have none), product as the price
list spells it ("GTXPro" -> "GTX Pro"), amount = close_value, dates as exported. Only what the
export does not say is added:

- AS OF = 2017-10-13 (a Friday). The workspace is the CRM as it stood that evening: a Won or
  Lost opportunity whose close date is after the as-of date is still open then (probability
  0.6 if it was later won, 0.4 if it was later lost; expected close = its real close date;
  amount = the product's list price). Engaging opportunities are open (probability 0.5),
  expected to close 18 September 2017 + (hash mod 110) days (about a quarter of them overdue at
  the as-of date, still open); Prospecting ones (probability 0.2) 16 October 2017 + (hash mod
  100) days; both at list price.
- Deal type (plan.md 3.5): "new" (a new logo) when the agent had no won deal at that account in
  the 90 days before the close date (a first-time or lapsed customer), or when the opportunity
  has no account yet; "expansion" otherwise. For open opportunities the 90 days are the 90 days
  before the as-of date.
- Cancellations ("fumbles"): a won deal closed on or before 2017-10-03 with hash mod 29 = 0 is
  cancelled, cancel_date = close + 6 + (hash mod 140) days, at the latest the as-of date
  (plan.md 11: only cancellations within 90 days of close are clawed back).
- Splits (plan.md 3.4): a won or cancelled GTK 500 of any agent but Elease Gluck (the West's
  GTK 500 specialist) is two lines with the same id, 70% to the agent and 30% to Elease Gluck.
  Ride-alongs: Kary Hendrixson's won or cancelled deals closing on or after Carl Lin's start
  with hash mod 5 = 0 are two lines, 50% / 50% with Carl Lin.
- Roster (sellers.csv): the 35 agents of sales_teams.csv under their 6 managers (territory =
  regional office). Darcel Schlecht (Senior Account Executive) carries a personal quarterly
  Bookings quota of 220,000 and Vicki Laflamme (Senior Account Executive) 130,000. The five
  agents with no opportunity in the export joined during the year: Carl Lin 2017-06-05, Mei-Mei
  Johns and Carol Thompson 2017-08-14, Elizabeth Anderson and Natalya Ivanova 2017-09-11.
  Rosie Papadopoulos left on 2017-09-29: her opportunities closing after that day were
  reassigned in the CRM to Garret Kinder (same team).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 10, 13)
CANCEL_BY = dt.date(2017, 10, 3)
LOOKBACK = 90

START = {
    "Carl Lin": "2017-06-05",
    "Mei-Mei Johns": "2017-08-14",
    "Carol Thompson": "2017-08-14",
    "Elizabeth Anderson": "2017-09-11",
    "Natalya Ivanova": "2017-09-11",
}
END = {"Rosie Papadopoulos": "2017-09-29"}
REASSIGN = {"Rosie Papadopoulos": "Garret Kinder"}
ROLE = {
    "Darcel Schlecht": ("Senior Account Executive", "220000.00"),
    "Vicki Laflamme": ("Senior Account Executive", "130000.00"),
}
GTK_LEAD = "Elease Gluck"
RIDE = ("Kary Hendrixson", "Carl Lin")


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def product_name(p):
    return "GTX Pro" if p == "GTXPro" else p


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
pipeline = read("sales_pipeline.csv")

# Pass 1: stage, seller, close date and amount as of the as-of date.
opps = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    product = product_name(r["product"])
    seller = r["sales_agent"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 9, 18) + dt.timedelta(days=x % 110)
            prob = "0.5"
        else:
            close = dt.date(2017, 10, 16) + dt.timedelta(days=x % 100)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.4"
            stage = "open"
            amount = price[product]
    if seller in END and close > dt.date.fromisoformat(END[seller]):
        seller = REASSIGN[seller]
    opps.append(dict(id=oid, x=x, seller=seller, account=r["account"], product=product,
                     amount=amount, close=close, stage=stage, prob=prob))

# Pass 2: deal type, by the agent's won deals at the account in the 90 days before.
wins = {}
for o in opps:
    if o["stage"] == "won" and o["account"]:
        wins.setdefault((o["seller"], o["account"]), []).append(o["close"])


def deal_type(o):
    if not o["account"]:
        return "new"
    ref = AS_OF if o["stage"] == "open" else o["close"]
    for d in wins.get((o["seller"], o["account"]), []):
        if ref - dt.timedelta(days=LOOKBACK) <= d < ref:
            return "expansion"
    return "new"


rows = []
for o in opps:
    x = o["x"]
    typ = deal_type(o)
    stage, cancel = o["stage"], ""
    if stage == "won" and o["close"] <= CANCEL_BY and (x // 7) % 29 == 0:
        stage = "cancelled"
        cancel = min(o["close"] + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    name = f"{o['account']} {o['product']}" if o["account"] else o["product"]
    line = dict(id=o["id"], seller=o["seller"], account=o["account"], name=name, type=typ,
                product=o["product"], amount=f"{o['amount']}.00",
                close_date=o["close"].isoformat(), stage=stage, split="1",
                probability=o["prob"], cancel_date=cancel, currency="USD")
    partner = None
    if stage in ("won", "cancelled"):
        if o["product"] == "GTK 500" and o["seller"] != GTK_LEAD:
            partner, share = GTK_LEAD, ("0.7", "0.3")
        elif (o["seller"] == RIDE[0] and o["close"] >= dt.date.fromisoformat(START[RIDE[1]])
              and (x // 13) % 5 == 0):
            partner, share = RIDE[1], ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
    else:
        rows.append(line)

rows.sort(key=lambda r: (r["seller"], r["close_date"], r["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:bookings"])
    for t in teams:
        a = t["sales_agent"]
        role, quota = ROLE.get(a, ("Account Executive", ""))
        w.writerow([a, a, t["manager"], t["regional_office"], role, START.get(a, ""),
                    END.get(a, ""), quota])
print(len(rows), "deal lines;",
      {s: sum(1 for r in rows if r["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "new:", sum(1 for r in rows if r["type"] == "new" and r["stage"] in ("won", "cancelled")))
