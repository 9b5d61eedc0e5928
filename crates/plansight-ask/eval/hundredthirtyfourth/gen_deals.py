#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredthirtyfourth workspace (Snowline Systems, Inc.,
an invented Salt Lake City reseller of the MavenTech GTX workstations, the GTK 500 server and
the MG software suites; plan year = calendar 2026, USD, MONTHLY payouts) from the real Maven CRM
export in /work/shared/data/maven-crm/, AS IT IS: the real agents, managers, regional offices,
accounts and products. Standard library only; deterministic (every choice is an md5 hash of the
opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of the export is kept. id = opportunity_id, seller = sales_agent, account
  as exported (blank for the open opportunities the export has no account for), product as the
  price list spells it ("GTXPro" -> "GTX Pro"), amount = close_value in USD (won); lost and open
  opportunities carry the product's list price.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 January 2026 and 31 December 2017 becomes 31 October 2026. AS OF = 2026-08-14. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one dated
  after it becomes an open deal (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 2026-07-20 + (hash mod 100) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 2026-09-01 + (hash mod 110) days.
- Type (the CRM's deal type, recorded by Sales Ops): an MG Special with hash mod 3 = 0 is a
  "renewal"; otherwise hash mod 4 = 0 is "new" (a new logo or a new site), the rest "expansion".
- Splits (plan.md 3.4): a won or cancelled GTK 500 of any agent but Darcel Schlecht is two lines
  with the same id: 75% to the agent and 25% to Darcel Schlecht (the Principal Account
  Executive, who sizes every GTK 500).
- Cancellations ("wipeouts"): a won deal closed on or before 2026-07-31 with hash mod 29 = 0 is
  cancelled, cancel_date = close + 8 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 10: only cancellations within 90 days of close are clawed back).
- Roster: the 35 agents of sales_teams.csv under their 6 managers, territory = regional office.
  Darcel Schlecht (Principal Account Executive) and Vicki Laflamme (Senior Account Executive)
  carry their own monthly Systems quota. The five agents with no opportunity in the export are
  2026 hires (start dates below); Garret Kinder re-joined on 2026-03-09 (his deals before that
  date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 14)
SHIFT = dt.date(2026, 1, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 7, 31)
PRINCIPAL = "Darcel Schlecht"

ROLE = {"Darcel Schlecht": "Principal Account Executive",
        "Vicki Laflamme": "Senior Account Executive"}
QUOTA = {"Darcel Schlecht": "60000.00", "Vicki Laflamme": "35000.00"}
START = {"Mei-Mei Johns": "2026-06-15", "Elizabeth Anderson": "2026-07-06",
         "Natalya Ivanova": "2026-05-18", "Carol Thompson": "2026-07-20",
         "Carl Lin": "2026-04-13", "Garret Kinder": "2026-03-09"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
team = read("sales_teams.csv")

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    seller = r["sales_agent"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 7, 20) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 110)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if seller in START and close < dt.date.fromisoformat(START[seller]):
        continue
    y = x // 7
    if product == "MG Special" and y % 3 == 0:
        typ = "renewal"
    elif (y // 3) % 4 == 0:
        typ = "new"
    else:
        typ = "expansion"
    if stage == "won" and close <= CANCEL_BY and (x // 11) % 29 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=8 + (x // 13) % 140), AS_OF).isoformat()
    name = f"{account} {product}" if account else f"{product} opportunity {oid}"
    line = dict(id=oid, seller=seller, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if product == "GTK 500" and seller != PRINCIPAL and stage in ("won", "cancelled"):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=PRINCIPAL, split="0.25"))
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
    for t in team:
        sid = t["sales_agent"]
        w.writerow([sid, sid, t["manager"], t["regional_office"],
                    ROLE.get(sid, "Account Executive"), START.get(sid, ""), "",
                    QUOTA.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
