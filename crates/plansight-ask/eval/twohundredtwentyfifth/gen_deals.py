#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredtwentyfifth workspace (MavenTech, the
Maven CRM export as it is: its 35 sales agents, 6 managers and 3 regional offices, its seven
products and 85 accounts as exported; plan year = calendar 2017, USD, MONTHLY payouts) from the
real export in /work/shared/data/maven-crm/. Standard library only; deterministic (every choice
is an md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of the export is kept (8,800): id = opportunity_id, seller = sales_agent as
  the CRM spells it, product as the price list spells it ("GTXPro" -> "GTX Pro"), account as
  exported (blank where the export has none).
- Stage: Won -> won, Lost -> lost, Engaging / Prospecting -> open. AS OF = 2017-11-20. A Won
  opportunity closing after the as-of date becomes an open deal (probability 0.7, its close
  value and close date kept as the forecast); a Lost one closing after it becomes an open deal
  (probability 0.3, list price). Engaging deals are open, probability 0.5, expected to close
  2017-11-06 + (hash mod 55) days (some overdue at the as-of date, the last on 2017-12-30);
  Prospecting deals are open, probability 0.2, expected 2017-12-01 + (hash mod 75) days (some
  fall in 2018, after the plan year).
- Amounts in USD: won = close_value; lost and open = the product's list price (sales_price).
- Type (plan.md 3.5): "new" when the agent had no earlier won deal at that account (the first
  win of an account for that agent, or any deal with no account); else "repeat". Earlier means
  a won opportunity of the same agent and account closing before (same day: lower id).
- Cancellations ("run-outs", plan.md 11): a won deal closed on or before 2017-11-05 with
  (hash // 7) mod 29 = 0 is cancelled, cancel_date = close + 12 + (hash // 11) mod 170 days,
  when that date is on or before the as-of date (otherwise it stays won). Only cancellations
  within 90 days of close are clawed back.
- Split (plan.md 3.4, the Acme group rule): a won or cancelled deal at a subsidiary of Acme
  Corporation (Bluth Company, Codehow, Donquadtech, Iselectrics) won by an agent other than
  Daniell Hammack, the Acme group lead, is two lines with the same id: 85% to the agent, 15%
  to Daniell Hammack.
- Roster (sellers.csv): the 35 agents of sales_teams.csv, manager and regional office as
  exported. Darcel Schlecht (Senior Account Executive) carries a monthly Core Bookings quota of
  90,000 and Vicki Laflamme (Senior Account Executive) 55,000 (plan 35,000). The five agents
  with no opportunity in the export joined during the year: Mei-Mei Johns 2017-08-14, Carl Lin
  2017-09-01, Elizabeth Anderson 2017-10-02, Natalya Ivanova 2017-10-16, Carol Thompson
  2017-11-06. Nobody left during the year.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 11, 20)
CANCEL_BY = dt.date(2017, 11, 5)
ACME_SUBS = {"Bluth Company", "Codehow", "Donquadtech", "Iselectrics"}
ACME_LEAD = "Daniell Hammack"
START = {
    "Mei-Mei Johns": "2017-08-14",
    "Carl Lin": "2017-09-01",
    "Elizabeth Anderson": "2017-10-02",
    "Natalya Ivanova": "2017-10-16",
    "Carol Thompson": "2017-11-06",
}
END = {}
ROLE = {"Darcel Schlecht": "Senior Account Executive", "Vicki Laflamme": "Senior Account Executive"}
QUOTA = {"Darcel Schlecht": "90000.00", "Vicki Laflamme": "55000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
pipeline = read("sales_pipeline.csv")

# first wins: (agent, account) -> sorted list of (close_date, id) of won opportunities
wins = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        wins.setdefault((r["sales_agent"], r["account"]), []).append((r["close_date"], r["opportunity_id"]))


def deal_type(agent, account, close, oid):
    if not account:
        return "new"
    for d, i in wins.get((agent, account), []):
        if (d, i) < (close.isoformat(), oid):
            return "repeat"
    return "new"


rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    ds = r["deal_stage"]
    prob, cancel = "", ""
    if ds in ("Engaging", "Prospecting"):
        stage = "open"
        if ds == "Engaging":
            close = dt.date(2017, 11, 6) + dt.timedelta(days=x % 55)
            prob = "0.5"
        else:
            close = dt.date(2017, 12, 1) + dt.timedelta(days=x % 75)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        stage = "won" if ds == "Won" else "lost"
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    typ = deal_type(agent, account, close, oid)
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 29 == 0:
        cancelled_on = close + dt.timedelta(days=12 + (x // 11) % 170)
        if cancelled_on <= AS_OF:
            stage = "cancelled"
            cancel = cancelled_on.isoformat()
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=agent, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if account in ACME_SUBS and agent != ACME_LEAD and stage in ("won", "cancelled"):
        line["split"] = "0.85"
        rows.append(line)
        rows.append(dict(line, seller=ACME_LEAD, split="0.15"))
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
                "quota:core"])
    for t in read("sales_teams.csv"):
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    START.get(a, ""), END.get(a, ""), QUOTA.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "types", {t: sum(1 for x in rows if x["type"] == t) for t in ("new", "repeat")})
