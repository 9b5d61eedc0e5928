#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfiftysixth workspace (MavenTech, the company of
the Maven CRM export; RETAIL-STYLE fiscal year FY2017 = 1 February 2017 - 31 January 2018, USD,
MONTHLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/, as it is.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id or a
rule over the export; no clock, no random stream). Run: python3 gen_deals.py

- Sellers: the agents of three managers, by their real names and teams: Melvin Marxen
  (Central), Celia Rouche (West) and Summer Sewald (West). Every opportunity of theirs is kept
  (id = opportunity_id, account and product as exported; "GTXPro" is written "GTX Pro").
- Dates are the export's own (won deals close 1 March 2017 - 31 December 2017). AS OF =
  2017-09-14. A Won opportunity closing after it becomes an open deal (probability 0.6) at its
  own close date; a Lost one closing after it an open deal (probability 0.3). Engaging
  opportunities are open (probability 0.5), expected to close 2017-09-01 + (hash mod 120) days
  (some overdue at the as-of date); Prospecting ones (probability 0.2) 2017-10-01 + (hash mod
  120) days. Closing dates after 2018-01-31 are pulled back to 2018-01-31.
- Amounts: close_value for won deals; lost and open deals carry the product's list price.
- Type: "new" when the agent had won nothing at that account before the deal's close date
  (by close date, then id; a deal with no account is "new"), otherwise "repeat".
- Splits (plan.md 3.4): every won or cancelled GTK 500 of an agent other than Elease Gluck (the
  GTK Solutions Lead) is two lines with the same id: 75% to the agent, 25% to Elease Gluck.
- Cancellations ("derailments"): a won deal closed on or before 2017-08-31 with (hash // 7) mod 31 = 0
  is cancelled, cancel_date = close + 12 + ((hash // 11) mod 130) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: 16 agents. Darcel Schlecht (Senior Agent) carries his own quarterly Hardware quota
  ($240,000) and target incentive ($40,000). Hayden Neloms joined on 2017-05-08 (his
  opportunities closing before that day are dropped); Mei-Mei Johns (no opportunity in the
  export) joined on 2017-08-21. Carol Thompson and Carl Lin (no opportunity in the export) are
  left out.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 9, 14)
PLAN_END = dt.date(2018, 1, 31)
CANCEL_BY = dt.date(2017, 8, 31)
MANAGERS = ["Melvin Marxen", "Celia Rouche", "Summer Sewald"]
GTK_LEAD = "Elease Gluck"
ROLES = {"Darcel Schlecht": "Senior Agent", "Elease Gluck": "GTK Solutions Lead"}
START = {"Hayden Neloms": "2017-05-08", "Mei-Mei Johns": "2017-08-21"}
LEFT_OUT = {"Carol Thompson", "Carl Lin"}  # no opportunity in the export
QUOTA_HW = {"Darcel Schlecht": "240000.00"}
TI = {"Darcel Schlecht": "40000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
teams = [r for r in read("sales_teams.csv")
         if r["manager"] in MANAGERS and r["sales_agent"] not in LEFT_OUT]
team_of = {r["sales_agent"]: r for r in teams}
pipeline = read("sales_pipeline.csv")

# first wins per agent and account, over the whole export (by close date, then id)
wins = sorted((r for r in pipeline if r["deal_stage"] == "Won"),
              key=lambda r: (r["close_date"], r["opportunity_id"]))
first_win = {}
for r in wins:
    first_win.setdefault((r["sales_agent"], r["account"]), (r["close_date"], r["opportunity_id"]))

rows = []
for r in pipeline:
    agent = r["sales_agent"]
    if agent not in team_of:
        continue
    oid = r["opportunity_id"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if r["deal_stage"] == "Engaging":
        close = dt.date(2017, 9, 1) + dt.timedelta(days=x % 120)
        prob = "0.5"
    elif r["deal_stage"] == "Prospecting":
        close = dt.date(2017, 10, 1) + dt.timedelta(days=x % 120)
        prob = "0.2"
    else:
        close = dt.date.fromisoformat(r["close_date"])
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.3"
            stage = "open"
    close = min(close, PLAN_END)
    if agent in START and close < dt.date.fromisoformat(START[agent]):
        continue
    amount = int(r["close_value"]) if stage == "won" else price[r["product"]]
    fw = first_win.get((agent, r["account"]))
    if not r["account"] or fw is None:
        typ = "new"
    else:
        typ = "new" if (close.isoformat(), oid) <= fw else "repeat"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 31 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=12 + (x // 11) % 130), AS_OF).isoformat()
    name = f"{r['account']} {product}" if r["account"] else product
    line = dict(id=oid, seller=agent, account=r["account"], name=name, type=typ,
                product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                stage=stage, split="1", probability=prob, cancel_date=cancel, currency="USD")
    if product == "GTK 500" and agent != GTK_LEAD and stage in ("won", "cancelled"):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=GTK_LEAD, split="0.25"))
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
                "target_incentive", "quota:hardware"])
    for m in MANAGERS:
        for t in teams:
            if t["manager"] != m:
                continue
            a = t["sales_agent"]
            w.writerow([a, a, m, t["regional_office"], ROLES.get(a, "Sales Agent"),
                        START.get(a, ""), "", TI.get(a, ""), QUOTA_HW.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
