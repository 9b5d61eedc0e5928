#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredseventieth workspace (MavenTech, the Maven CRM
export KEPT AS IT IS: agents, managers, regional offices, products and accounts as exported;
plan "maventech-swell-fy26", plan year 1 October 2025 - 30 September 2026, USD, MONTHLY payouts)
from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id or a
rule over the export; no clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of the export is kept: id = opportunity_id, seller = sales_agent as the CRM
  spells it, account as exported (empty when the export has none), product as the price list
  (products.csv) spells it ("GTXPro" in the pipeline -> "GTX Pro").
- Dates: every Maven date moves forward by the same 3,136 days, so 1 March 2017 becomes
  1 October 2025 (the plan year's first day) and 31 December 2017 becomes 2 August 2026: the
  export's wins fall in the plan year's first ten months. AS OF = 2026-06-19.
  A Won opportunity that now closes after the as-of date becomes an open deal (probability 0.7,
  expected to close on its shifted date); a Lost one dated after it becomes open (probability
  0.3). Engaging opportunities are open (probability 0.45) expected to close 25 May 2026 +
  (hash mod 85) days (some overdue at the as-of date); Prospecting ones (probability 0.15)
  1 July 2026 + (hash mod 90) days.
- Amounts in USD, as exported: a won deal's close_value; lost and open deals carry the
  product's sales_price from products.csv.
- Type: "new" when the agent had no won deal at the same account closing in the 90 days before
  the opportunity's engage date (or never before, or no account); "repeat" otherwise.
- Cancellations ("wipeouts"): a won deal closed on or before 2026-06-10 with (hash // 7) mod 29
  = 0 is cancelled, cancel_date = close + 12 + ((hash // 11) mod 120) days, at the latest the
  as-of date (plan.md section 11: only cancellations within 75 days of close are clawed back).
- Roster: the 35 agents of sales_teams.csv under their 6 managers (territory = regional
  office). The five agents with no opportunity in the export (Mei-Mei Johns, Elizabeth
  Anderson, Natalya Ivanova, Carol Thompson, Carl Lin) are "groms" who joined on 2026-03-02
  with their own monthly Field Revenue quota of 12,000 (roster). Ride-along deals (plan.md
  3.4): a won or cancelled deal of an agent whose manager has a grom, closing on or after
  2026-03-02, with (hash // 13) mod 6 = 0, is two lines with the same id, 50% to the agent and
  50% to the grom. Senior agents Darcel Schlecht (80,000) and Vicki Laflamme (40,000) carry
  their own monthly Field Revenue quota (plan 30,000).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 6, 19)
SHIFT = dt.date(2025, 10, 1) - dt.date(2017, 3, 1)
GROM_START = dt.date(2026, 3, 2)
CANCEL_BY = dt.date(2026, 6, 10)
GROMS = {  # manager -> the grom on that team
    "Melvin Marxen": "Mei-Mei Johns",
    "Cara Losch": "Elizabeth Anderson",
    "Rocco Neubert": "Natalya Ivanova",
    "Celia Rouche": "Carol Thompson",
    "Summer Sewald": "Carl Lin",
}
QUOTA = {"Darcel Schlecht": "80000.00", "Vicki Laflamme": "40000.00"}
ROLE = {"Darcel Schlecht": "Senior Agent", "Vicki Laflamme": "Senior Agent"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def day(s):
    return dt.date.fromisoformat(s)


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
SPELL = {"GTXPro": "GTX Pro"}
teams = read("sales_teams.csv")
manager = {r["sales_agent"]: r["manager"] for r in teams}
pipeline = read("sales_pipeline.csv")

# won deals per (agent, account), by their Maven close date, for the deal type
wins = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        wins.setdefault((r["sales_agent"], r["account"]), []).append(day(r["close_date"]))


def deal_type(r):
    if not r["account"] or not r["engage_date"]:
        return "new"
    e = day(r["engage_date"])
    for c in wins.get((r["sales_agent"], r["account"]), []):
        if e - dt.timedelta(days=90) <= c < e:
            return "repeat"
    return "new"


rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    x = h(oid)
    product = SPELL.get(r["product"], r["product"])
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 5, 25) + dt.timedelta(days=x % 85)
            prob = "0.45"
        else:
            close = dt.date(2026, 7, 1) + dt.timedelta(days=x % 90)
            prob = "0.15"
        amount = price[product]
    else:
        close = day(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 29 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=12 + (x // 11) % 120), AS_OF).isoformat()
    account = r["account"]
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=agent, account=account, name=name, type=deal_type(r),
                product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                stage=stage, split="1", probability=prob, cancel_date=cancel, currency="USD")
    grom = GROMS.get(manager[agent])
    if grom and stage in ("won", "cancelled") and close >= GROM_START and (x // 13) % 6 == 0:
        line["split"] = "0.5"
        rows.append(line)
        rows.append(dict(line, seller=grom))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

grom_of = set(GROMS.values())
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:field_rev"])
    for t in teams:
        sid = t["sales_agent"]
        grom = sid in grom_of
        w.writerow([sid, sid, t["manager"], t["regional_office"],
                    "Grom" if grom else ROLE.get(sid, "Agent"),
                    GROM_START.isoformat() if grom else "", "",
                    "12000.00" if grom else QUOTA.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
