#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfiftysecond workspace from the real Maven
CRM export in /work/shared/data/maven-crm/, AS IT IS: MavenTech's sales agents are the sellers
(full names as the CRM spells them), their managers the managers, regional offices the
territories, the export's products, accounts and opportunity ids, and won amounts = the
export's close_value. Plan year 1 January 2017 - 31 December 2017 (fiscal year from January),
QUARTERLY payouts. Standard library only; deterministic (every choice is an md5 hash of the
opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- AS OF = 2017-11-22. Opportunities engaged after the as-of date did not exist yet and are left
  out (and Prospecting ones, which carry no engage date, are kept).
- Stages: Won -> won, Lost -> lost, Engaging/Prospecting -> open. A Won opportunity closing
  after the as-of date is still an open deal at it (probability 0.7, expected close = its CRM
  close date, amount = its close value); a Lost one closing after it is open (probability 0.3).
- Amounts: won lines carry the export's close_value. Lost and open lines carry no close value in
  the export, so they carry the product's list price from products.csv (sales_price).
- Open deals' expected close dates: Engaging = 2017-11-15 + (hash mod 45) days (some already
  overdue at the as-of date, all within Q4), probability 0.5; Prospecting = 2017-12-01 + (hash
  mod 62) days (some fall after the plan year, in January 2018), probability 0.2.
- Product "GTXPro" (a spelling of the export's pipeline) is written "GTX Pro" as products.csv
  spells it. Accounts as exported (open opportunities often have none).
- Type: "new" when the agent has no won deal at that account that closed before the
  opportunity's engage date (a new account for the agent; also every opportunity with no
  account), else "repeat".
- Cancellations: a won deal with (hash // 7) mod 37 = 0 is cancelled on close + 5 + ((hash //
  11) mod 120) days when that date is on or before the as-of date (else it is still won at the
  as-of date). plan.md section 10: only cancellations within 90 days of close are clawed back.
- Roster: the 35 agents of sales_teams.csv. The five with no opportunity in the export joined
  mid-year: Mei-Mei Johns and Elizabeth Anderson on 2017-08-14, Natalya Ivanova, Carol Thompson
  and Carl Lin on 2017-10-09. Darcel Schlecht (Principal Account Executive) carries his own
  Net Sales quota of 200,000 a quarter and Platform quota of 550,000.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 11, 22)
START = {
    "Mei-Mei Johns": "2017-08-14",
    "Elizabeth Anderson": "2017-08-14",
    "Natalya Ivanova": "2017-10-09",
    "Carol Thompson": "2017-10-09",
    "Carl Lin": "2017-10-09",
}
ROLE = {"Darcel Schlecht": "Principal Account Executive"}
QUOTA_NET = {"Darcel Schlecht": "200000.00"}
QUOTA_PLATFORM = {"Darcel Schlecht": "550000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def d(s):
    return dt.date.fromisoformat(s)


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
pipe = read("sales_pipeline.csv")

# won deals of each agent at each account, for the deal type
won_at = {}
for r in pipe:
    if r["deal_stage"] == "Won" and r["account"] and d(r["close_date"]) <= AS_OF:
        won_at.setdefault((r["sales_agent"], r["account"]), []).append(d(r["close_date"]))

rows = []
for r in pipe:
    oid = r["opportunity_id"]
    if r["engage_date"] and d(r["engage_date"]) > AS_OF:
        continue
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage0 = r["deal_stage"]
    prob, cancel = "", ""
    if stage0 in ("Won", "Lost"):
        close = d(r["close_date"])
        amount = int(r["close_value"]) if stage0 == "Won" else price[product]
        stage = "won" if stage0 == "Won" else "lost"
        if close > AS_OF:
            stage, prob = "open", ("0.7" if stage0 == "Won" else "0.3")
    elif stage0 == "Engaging":
        stage, prob = "open", "0.5"
        close = dt.date(2017, 11, 15) + dt.timedelta(days=x % 45)
        amount = price[product]
    else:
        stage, prob = "open", "0.2"
        close = dt.date(2017, 12, 1) + dt.timedelta(days=x % 62)
        amount = price[product]
    engaged = d(r["engage_date"]) if r["engage_date"] else AS_OF
    prior = [c for c in won_at.get((r["sales_agent"], r["account"]), []) if c < engaged]
    typ = "repeat" if (r["account"] and prior) else "new"
    cdate = close + dt.timedelta(days=5 + (x // 11) % 120)
    if stage == "won" and (x // 7) % 37 == 0 and cdate <= AS_OF:
        stage = "cancelled"
        cancel = cdate.isoformat()
    rows.append(dict(id=oid, seller=r["sales_agent"], account=r["account"], type=typ,
                     product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                     stage=stage, split="1", probability=prob, cancel_date=cancel,
                     engage_date=r["engage_date"]))

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "type", "product", "amount", "close_date", "stage", "split",
        "probability", "cancel_date", "engage_date"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:net_sales", "quota:platform"])
    for t in read("sales_teams.csv"):
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    START.get(a, ""), "", QUOTA_NET.get(a, ""), QUOTA_PLATFORM.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
