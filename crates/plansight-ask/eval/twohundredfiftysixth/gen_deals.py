#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfiftysixth workspace: MavenTech's own field
sales team (the real Maven CRM export in /work/shared/data/maven-crm/, kept as it is: the same
agents, managers, regional offices, opportunity ids, accounts, products and close values) under
the MavenTech 2017 Field Sales Incentive Plan ("the card room plan"), plan year = calendar 2017,
USD, QUARTERLY payouts. Standard library only; deterministic (every choice is an md5 hash of the
opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- id = opportunity_id; seller = sales_agent as the CRM spells it; account as exported (empty
  when the export has none); product as the price list spells it ("GTXPro" -> "GTX Pro");
  name = "<account> <product>" (or "<product> opportunity" with no account).
- AS OF = 2017-11-17. Won and Lost opportunities keep their close date and stage, except those
  closing after the as-of date, which are still open at it: a Won one becomes an open deal at its
  close value (probability 0.6, expected close = its CRM close date), a Lost one an open deal at
  list price (probability 0.3). Engaging = open at list price, probability 0.5, expected close
  2017-11-20 + (hash mod 42) days; Prospecting = open at list price, probability 0.2, expected
  close 2017-12-01 + (hash mod 31) days. Won deals carry their close value; lost deals carry the
  product's list price (the export records 0 for them).
- Type: "expansion" (a "rebuy") when the export has a Won opportunity of the same agent at the
  same account closing before the deal's date (its close date; the as-of date for Engaging and
  Prospecting ones), else "new" (a "new seat"). Deals with no account are "new".
- Busts (cancellations): a won deal closed on or before 2017-11-03 with hash mod 26 = 0 is
  cancelled, cancel_date = close + 12 + (hash mod 120) days, at the latest the as-of date (plan.md
  section 11: only busts within 90 days of close are clawed back).
- Roster: the 35 agents of sales_teams.csv under their managers (territory = regional office).
  The five agents with no opportunity in the export joined during the year (START) and ride along
  on some of their buddy's deals: a won or cancelled deal of the buddy closing on or after the
  joiner's start with hash mod 4 = 0 is two lines with the same id, 50% / 50% (plan.md 3.4).
  Rosie Papadopoulos left on 2017-10-13: her deals closing (or expected) after that are dropped.
  Darcel Schlecht (Senior Account Executive) carries his own quarterly Systems quota.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 11, 17)
BUST_BY = dt.date(2017, 11, 3)
START = {
    "Mei-Mei Johns": "2017-07-10",
    "Carl Lin": "2017-07-10",
    "Elizabeth Anderson": "2017-09-18",
    "Natalya Ivanova": "2017-09-18",
    "Carol Thompson": "2017-10-16",
}
BUDDY = {
    "Darcel Schlecht": "Mei-Mei Johns",
    "Zane Levy": "Carl Lin",
    "Corliss Cosme": "Elizabeth Anderson",
    "Reed Clapper": "Natalya Ivanova",
    "Vicki Laflamme": "Carol Thompson",
}
END = {"Rosie Papadopoulos": "2017-10-13"}
QUOTA = {"Darcel Schlecht": "180000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
pipeline = read("sales_pipeline.csv")

# first won close date of each (agent, account)
first_win = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        k = (r["sales_agent"], r["account"])
        d = dt.date.fromisoformat(r["close_date"])
        if k not in first_win or (d, r["opportunity_id"]) < first_win[k]:
            first_win[k] = (d, r["opportunity_id"])

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    seller = r["sales_agent"]
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 11, 20) + dt.timedelta(days=x % 42)
            prob = "0.5"
        else:
            close = dt.date(2017, 12, 1) + dt.timedelta(days=x % 31)
            prob = "0.2"
        amount = price[product]
        when = AS_OF
    else:
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"]) if stage == "won" else price[product]
        when = close
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.3"
            stage = "open"
    if seller in END and close > dt.date.fromisoformat(END[seller]):
        continue
    if not account:
        typ = "new"
    else:
        fw = first_win.get((seller, account))
        typ = "expansion" if fw and (fw[0], fw[1]) < (when, oid) and fw[1] != oid else "new"
    if stage == "won" and close <= BUST_BY and (x // 7) % 26 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=12 + (x // 11) % 120), AS_OF).isoformat()
    name = f"{account} {product}" if account else f"{product} opportunity"
    line = dict(id=oid, seller=seller, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    buddy = BUDDY.get(seller)
    if (buddy and stage in ("won", "cancelled") and (x // 13) % 4 == 0
            and close >= dt.date.fromisoformat(START[buddy])):
        line["split"] = "0.5"
        rows.append(line)
        rows.append(dict(line, seller=buddy))
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
                "quota:systems"])
    for t in teams:
        a = t["sales_agent"]
        role = ("Senior Account Executive" if a in QUOTA
                else "Associate Account Executive" if a in START else "Account Executive")
        w.writerow([a, a, t["manager"], t["regional_office"], role, START.get(a, ""),
                    END.get(a, ""), QUOTA.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
