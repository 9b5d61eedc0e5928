#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfiftyeighth workspace (MavenTech, the real
Maven CRM export as it is; plan year = calendar 2017, 1 January - 31 December 2017, USD,
QUARTERLY payouts) from /work/shared/data/maven-crm/. Standard library only; deterministic
(every choice is an md5 hash of the opportunity id; no clock, no random stream).
Run: python3 gen_deals.py

- Sellers: the real agents, managers and regional offices of sales_teams.csv for three of the
  six managers: Melvin Marxen (Central), Rocco Neubert (East), Summer Sewald (West). Their 15
  agents with opportunities are kept with EVERY one of their opportunities. Natalya Ivanova
  (East, no opportunity in the export) is on the roster as a new starter from 2017-09-11; the
  two other managers' agents without opportunities (Mei-Mei Johns, Carl Lin) are left out.
- Everyone else joined the plan on 2017-03-01, the day the plan (and the CRM) went live; the
  export's first close date is 2017-03-01, so Q1 (Jan-Mar) is prorated to its 31 active days.
- id = opportunity_id; seller = sales_agent as spelt; account as exported (open opportunities
  often have none); product as products.csv spells it ("GTXPro" -> "GTX Pro").
- Stages and amounts, AS OF = 2017-10-25: Won -> won, amount = close_value; Lost -> lost,
  amount = the product's list price (the export's close_value of a loss is 0). A Won deal whose
  close date is after the as-of date is an open deal (probability 0.6) at its close value and
  close date; a Lost one after it an open deal (probability 0.25) at list price. Engaging
  opportunities are open (probability 0.5, list price) expected to close 2017-10-01 + (hash mod
  61) days; Prospecting ones (probability 0.2, list price) 2017-10-10 + (hash mod 82) days. So
  about a third of the open deals are overdue at the as-of date (expected close already passed,
  still open): won in a what-if, those credit Q4 at once; the rest close after the as-of date.
- Type: "new" when the seller had won no earlier deal (close date strictly before this one's,
  or before the as-of date for an open deal without one) at the same account; else
  "expansion". An opportunity with no account is "new".
- Cancellations: a won deal closed on or before 2017-10-05 with (hash // 7) mod 37 = 0 is
  cancelled, cancel_date = close + 6 + ((hash // 11) mod 130) days, when that date is on or
  before the as-of date (else it stays won). plan.md section 11: only cancellations within 90
  days of close are clawed back.
- Roster: Darcel Schlecht (Senior Account Executive) carries his own quarterly Hardware quota
  of 250,000 (plan: 90,000).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 10, 25)
CANCEL_BY = dt.date(2017, 10, 5)
MANAGERS = ["Melvin Marxen", "Rocco Neubert", "Summer Sewald"]
LEFT_OUT = {"Mei-Mei Johns", "Carl Lin"}
STARTS = {"Natalya Ivanova": "2017-09-11"}
PLAN_LIVE = "2017-03-01"
ROLES = {"Darcel Schlecht": ("Senior Account Executive", "250000.00")}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = [r for r in read("sales_teams.csv")
         if r["manager"] in MANAGERS and r["sales_agent"] not in LEFT_OUT]
agents = {r["sales_agent"] for r in teams}
pipe = [r for r in read("sales_pipeline.csv") if r["sales_agent"] in agents]

# first won close date per (seller, account), for the deal type
wins = {}
for r in pipe:
    if r["deal_stage"] == "Won" and r["account"]:
        d = dt.date.fromisoformat(r["close_date"])
        if d <= AS_OF:
            wins.setdefault((r["sales_agent"], r["account"]), []).append(d)

rows = []
for r in pipe:
    oid = r["opportunity_id"]
    x = h(oid)
    seller = r["sales_agent"]
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    prob, cancel = "", ""
    if r["deal_stage"] in ("Engaging", "Prospecting"):
        stage = "open"
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 10, 1) + dt.timedelta(days=x % 61)
            prob = "0.5"
        else:
            close = dt.date(2017, 10, 10) + dt.timedelta(days=x % 82)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        if r["deal_stage"] == "Won":
            stage, amount = "won", int(r["close_value"])
        else:
            stage, amount = "lost", price[product]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    before = min(close, AS_OF + dt.timedelta(days=1))
    earlier = [d for d in wins.get((seller, account), []) if d < before]
    typ = "expansion" if account and earlier else "new"
    gone = close + dt.timedelta(days=6 + (x // 11) % 130)
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 37 == 0 and gone <= AS_OF:
        stage = "cancelled"
        cancel = gone.isoformat()
    name = f"{account} {product}" if account else f"{product} (no account yet)"
    rows.append(dict(id=oid, seller=seller, account=account, name=name, type=typ,
                     product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                     stage=stage, split="1", probability=prob, cancel_date=cancel,
                     currency="USD"))

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
                "quota:hardware"])
    for t in sorted(teams, key=lambda t: (MANAGERS.index(t["manager"]), t["sales_agent"])):
        sid = t["sales_agent"]
        role, q = ROLES.get(sid, ("Account Executive", ""))
        w.writerow([sid, sid, t["manager"], t["regional_office"], role,
                    STARTS.get(sid, PLAN_LIVE), "", q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
