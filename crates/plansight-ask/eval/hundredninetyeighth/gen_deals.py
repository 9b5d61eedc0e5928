#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredninetyeighth workspace (MavenTech, the
company of the Maven CRM export, plan "maventech-ae-fy17": plan year 1 February 2017 -
31 January 2018, USD, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/, kept as it is. Standard library only; deterministic (every choice
is an md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- Sellers are the 35 Maven sales agents as the CRM spells them, under their 6 managers and 3
  regional offices (sales_teams.csv). Every opportunity of the export is kept: id =
  opportunity_id, seller = sales_agent, account as exported (blank where the export has none),
  product as the price list spells it ("GTXPro" -> "GTX Pro"), amount = close_value in USD.
- Dates are Maven's own. AS OF = 2017-09-22 (a Friday). A Won opportunity closing after it is an
  open deal at the as-of date (probability 0.7, its Maven close date the expected one); a Lost one
  dated after it is open too (probability 0.3). Engaging opportunities are open (probability 0.5)
  expected 2017-09-02 + (hash mod 100) days (some overdue at the as-of date); Prospecting ones
  (probability 0.2) 2017-10-09 + (hash mod 110) days. Lost and open deals carry the product's
  list price (products.csv); won deals their close value.
- Deal type: "new" when the agent had no Won opportunity at that account closing before this
  one's (expected) close date, or the opportunity has no account; otherwise "repeat".
- New hires: the five agents of sales_teams.csv with no opportunity in the export joined during
  the year (ROSTER start dates). Each rides along with a mentor on the same team: the mentor's
  won, cancelled and open deals closing (expected) on or after the new hire's start with
  hash mod 4 = 0 are two lines with the same id, 50% to the mentor and 50% to the new hire.
- Cancellations ("backfires"): a won deal closed on or before 2017-09-12 with hash mod 29 = 0 is
  cancelled, cancel_date = close + 4 + (hash mod 110) days, at the latest the as-of date (the
  plan claws back cancellations within 60 days of close).
- Roster: Darcel Schlecht and Vicki Laflamme (Senior Account Executives) carry their own
  quarterly Systems Revenue quota.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 9, 22)
CANCEL_BY = dt.date(2017, 9, 12)

# new hire: (start date, mentor)
NEW_HIRES = {
    "Mei-Mei Johns": ("2017-05-08", "Darcel Schlecht"),
    "Elizabeth Anderson": ("2017-06-12", "Violet Mclelland"),
    "Natalya Ivanova": ("2017-07-17", "Cassey Cress"),
    "Carol Thompson": ("2017-08-14", "Vicki Laflamme"),
    "Carl Lin": ("2017-09-05", "Kary Hendrixson"),
}
MENTOR = {m: (n, dt.date.fromisoformat(s)) for n, (s, m) in NEW_HIRES.items()}
SENIOR_QUOTA = {"Darcel Schlecht": "200000.00", "Vicki Laflamme": "100000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def prod(p):
    return "GTX Pro" if p == "GTXPro" else p


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
pipeline = read("sales_pipeline.csv")

# every Maven win: (agent, account) -> close dates, to tell new accounts from repeat business
wins = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        wins.setdefault((r["sales_agent"], r["account"]), []).append(
            dt.date.fromisoformat(r["close_date"]))

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    seller = r["sales_agent"]
    product = prod(r["product"])
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 9, 2) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2017, 10, 9) + dt.timedelta(days=x % 110)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    account = r["account"]
    earlier = [d for d in wins.get((seller, account), []) if d < close]
    typ = "repeat" if account and earlier else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 29 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=4 + (x // 11) % 110), AS_OF).isoformat()
    name = f"{account} {product}" if account else f"{product} (no account)"
    line = dict(id=oid, seller=seller, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if seller in MENTOR and stage in ("won", "cancelled", "open"):
        hire, start = MENTOR[seller]
        if close >= start and (x // 13) % 4 == 0:
            line["split"] = "0.5"
            rows.append(line)
            rows.append(dict(line, seller=hire))
            continue
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
                "quota:systems"])
    for t in teams:
        a = t["sales_agent"]
        role = ("Senior Account Executive" if a in SENIOR_QUOTA
                else "Associate Account Executive" if a in NEW_HIRES else "Account Executive")
        start = NEW_HIRES[a][0] if a in NEW_HIRES else ""
        w.writerow([a, a, t["manager"], t["regional_office"], role, start, "",
                    SENIOR_QUOTA.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      {t: sum(1 for x in rows if x["type"] == t and x["stage"] == "won") for t in ("new", "repeat")})
