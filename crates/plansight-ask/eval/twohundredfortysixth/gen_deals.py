#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfortysixth workspace (MavenTech, the
Maven CRM export kept as it is; plan "maventech-fs-2017", MavenTech Field Sales Incentive Plan
2017, calendar plan year 1 January - 31 December 2017, USD, MONTHLY payouts) from the real Maven
CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic (the only
choices are md5 hashes of the opportunity id; no clock, no random stream).
Run: python3 gen_deals.py

- Every opportunity of the export is kept: id = opportunity_id, seller = sales_agent (the CRM's
  own spelling), account as exported (blank where the export has none), product as the price
  list spells it ("GTXPro" -> "GTX Pro"), amount = close_value (won deals) or the product's list
  price (lost and open deals), dates as exported.
- AS OF = 2017-11-17 (a Friday). The export was pulled later, so anything it closes after the
  as-of date was still being worked on that day: a Won opportunity closing after it is an open
  deal at its close value, expected on its Maven close date, probability 0.8; a Lost one closing
  after it is an open deal at list price, expected on its Maven close date, probability 0.3.
  Engaging opportunities are open (probability 0.5), expected 20 November 2017 + (hash mod 72)
  days; Prospecting ones (probability 0.2) 1 December 2017 + (hash mod 120) days.
- Type: "new" (a greenfield: the agent's first won deal at that account, by close date then id;
  a won deal with no account is new) or "refresh" (the agent has won there before). Lost and
  open deals: "refresh" when the agent had already won at the account before the deal's date,
  else "new".
- Rollbacks: a won deal closed on or before 2017-11-03 with hash mod 47 = 0 is cancelled on
  close + 6 + (hash mod 150) days when that day is on or before the as-of date (else it stays
  won); plan.md section 10: only rollbacks within 90 days of close are clawed back.
- Roster = the CRM's sales_teams.csv (manager, regional office). The plan took effect with the
  CRM on 1 March 2017: every agent starts on 2017-03-01, except the five agents with no
  opportunity in the export (Mei-Mei Johns, Elizabeth Anderson, Natalya Ivanova, Carol Thompson,
  Carl Lin), who joined on 2017-10-02. Darcel Schlecht (Principal Account Executive) carries his
  own quarterly Hardware quota; Vicki Laflamme (MG Suite Specialist) her own annual MG quota.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 11, 17)
CANCEL_BY = dt.date(2017, 11, 3)
GO_LIVE = "2017-03-01"
NEW_HIRES = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
HIRE_DATE = "2017-10-02"
ROLE = {"Darcel Schlecht": "Principal Account Executive", "Vicki Laflamme": "MG Suite Specialist"}
QUOTA_HW = {"Darcel Schlecht": "200000.00"}
QUOTA_MG = {"Vicki Laflamme": "150000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
pipe = read("sales_pipeline.csv")

# first win of each agent at each account (by close date, then id), over the whole export
wins = sorted((r for r in pipe if r["deal_stage"] == "Won"),
              key=lambda r: (r["close_date"], r["opportunity_id"]))
first_win = {}
for r in wins:
    first_win.setdefault((r["sales_agent"], r["account"]), (r["close_date"], r["opportunity_id"]))

rows = []
for r in pipe:
    oid = r["opportunity_id"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    st = r["deal_stage"]
    prob, cancel = "", ""
    if st in ("Won", "Lost"):
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"]) if st == "Won" else price[product]
        stage = "won" if st == "Won" else "lost"
        if close > AS_OF:
            prob = "0.8" if st == "Won" else "0.3"
            stage = "open"
    elif st == "Engaging":
        close = dt.date(2017, 11, 20) + dt.timedelta(days=x % 72)
        amount, stage, prob = price[product], "open", "0.5"
    else:
        close = dt.date(2017, 12, 1) + dt.timedelta(days=x % 120)
        amount, stage, prob = price[product], "open", "0.2"
    fw = first_win.get((r["sales_agent"], r["account"]))
    if not r["account"]:
        typ = "new"
    elif stage == "won":
        typ = "new" if fw == (r["close_date"], oid) else "refresh"
    else:
        typ = "refresh" if fw and fw[0] < close.isoformat() else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 47 == 0:
        when = close + dt.timedelta(days=6 + (x // 11) % 150)
        if when <= AS_OF:
            stage, cancel = "cancelled", when.isoformat()
    name = f"{r['account']} {product}" if r["account"] else f"{product} opportunity"
    rows.append(dict(id=oid, seller=r["sales_agent"], account=r["account"], name=name,
                     type=typ, product=product, amount=f"{amount}.00",
                     close_date=close.isoformat(), stage=stage, probability=prob,
                     cancel_date=cancel, currency="USD"))

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:hardware", "quota:mg_suite"])
    for t in read("sales_teams.csv"):
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    HIRE_DATE if a in NEW_HIRES else GO_LIVE, "", QUOTA_HW.get(a, ""),
                    QUOTA_MG.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "new wins:", sum(1 for x in rows if x["stage"] in ("won", "cancelled") and x["type"] == "new"))
