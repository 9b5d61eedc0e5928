#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfortysecond workspace (Lakehead Systems Inc.,
an invented Canadian technology reseller; plan year = calendar year 2027, CAD, MONTHLY payouts)
from the real Maven CRM export in /work/shared/data/maven-crm/, kept as it is.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of the export is kept (8,800), one line each, id = opportunity_id, seller =
  the agent's real name; the 30 agents with opportunities are the roster, under their real
  managers, their regional office as territory (Central, East, West). No splits.
- Dates: every Maven date moves forward by the same 3,593 days, so 1 March 2017 becomes
  1 January 2027 and 31 December 2017 becomes 2 November 2027. AS OF = 2027-06-25 (Maven's
  2017-08-23). A Won opportunity that now closes after the as-of date becomes an open deal
  (probability 0.6); a Lost one dated after it becomes an open deal (probability 0.3).
  Engaging opportunities are open (probability 0.5) expected to close 2027-06-01 + (hash mod
  150) days (some overdue at the as-of date); Prospecting ones (probability 0.2) 2027-07-05 +
  (hash mod 150) days.
- Amounts in CAD, as exported: a won deal's close_value; lost and open deals carry the
  product's list price (products.csv). Products as the price list spells them ("GTXPro" of the
  pipeline is "GTX Pro"). Accounts as exported (open opportunities often have none).
- Type: "new" when no Maven agent had won a deal at that account closing before this
  opportunity's engage date (or the opportunity has no account), else "expansion".
- Cancellations ("iced"): a won deal closed on or before 2027-06-15 with hash mod 23 = 0 is
  cancelled on close + 6 + (hash mod 130) days, when that date is on or before the as-of date
  (else it stays won). plan.md section 11: only cancellations within 90 days of close are
  clawed back.
- Roster: Darcel Schlecht (Senior Account Manager) carries his own quarterly Device Revenue
  quota. Wilburn Farren joined on 2027-02-08 (the starter: his deals before that date stay in
  the file and credit nothing); Niesha Huffines left on 2027-05-14 (the leaver: her deals after
  it credit nothing).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 6, 25)
SHIFT = dt.date(2027, 1, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2027, 6, 15)
START = {"Wilburn Farren": "2027-02-08"}
END = {"Niesha Huffines": "2027-05-14"}
ROLE = {"Darcel Schlecht": "Senior Account Manager"}
QUOTA_DEVICE = {"Darcel Schlecht": "180000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
pipe = read("sales_pipeline.csv")
agents = {r["sales_agent"] for r in pipe}

# first Maven win at each account (by close date), for the deal type
first_win = {}
for r in pipe:
    if r["deal_stage"] == "Won" and r["account"]:
        d = dt.date.fromisoformat(r["close_date"])
        if r["account"] not in first_win or d < first_win[r["account"]]:
            first_win[r["account"]] = d

rows = []
for r in pipe:
    oid = r["opportunity_id"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 6, 1) + dt.timedelta(days=x % 150)
            prob = "0.5"
        else:
            close = dt.date(2027, 7, 5) + dt.timedelta(days=x % 150)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.3"
            stage = "open"
            amount = price[product]
    acct = r["account"]
    engaged = dt.date.fromisoformat(r["engage_date"]) if r["engage_date"] else None
    if acct and acct in first_win and engaged and first_win[acct] < engaged:
        typ = "expansion"
    else:
        typ = "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 23 == 0:
        cdate = close + dt.timedelta(days=6 + (x // 11) % 130)
        if cdate <= AS_OF:
            stage = "cancelled"
            cancel = cdate.isoformat()
    name = f"{acct} {product}" if acct else product
    rows.append(dict(id=oid, seller=r["sales_agent"], account=acct, name=name, type=typ,
                     product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                     stage=stage, split="1", probability=prob, cancel_date=cancel,
                     currency="CAD"))

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
                "quota:device"])
    for t in teams:
        a = t["sales_agent"]
        if a not in agents:
            continue
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Manager"),
                    START.get(a, ""), END.get(a, ""), QUOTA_DEVICE.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "types", {t: sum(1 for x in rows if x["type"] == t) for t in ("new", "expansion")})
