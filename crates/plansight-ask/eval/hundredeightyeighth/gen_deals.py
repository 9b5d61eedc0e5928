#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredeightyeighth workspace (MavenTech's Dublin
sales floor, plan "maventech-dub-fy18": plan year 1 July 2017 - 30 June 2018, EUR, QUARTERLY
payouts) from the real Maven CRM export in /work/shared/data/maven-crm/, kept as it is: the
sellers are the CRM's sales agents as it spells them, their managers and regional offices as
exported, the products as the price list spells them ("GTXPro" -> "GTX Pro"), the accounts as
exported (open opportunities with no account keep none), amounts = close_value as exported.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- Every opportunity is kept (all 8,800), id = opportunity_id.
- Dates: every Maven date moves forward by 122 days, so 1 March 2017 becomes 1 July 2017 (the
  plan year's first day) and 31 December 2017 becomes 2 May 2018. AS OF = 2018-04-18. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6, same date); a Lost
  one dated after it becomes an open deal (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 2018-04-04 + (hash mod 80) days (some overdue at the as-of
  date); Prospecting ones (probability 0.2) 2018-05-01 + (hash mod 60) days.
- Amounts: won = close_value; lost and open = the product's list price (products.csv).
- Type: "new" (a fresh logo, plan.md 3.5) = the agent's first won opportunity at that account in
  the export (by close date, then id), and every opportunity at an account the agent had not won
  before it closed (or engaged, for open ones); otherwise "upsell". No account = "new".
- Splits (plan.md 3.4, the Acme group): a won or cancelled opportunity of an agent other than
  Violet Mclelland at one of Acme Corporation's subsidiaries (Bluth Company, Codehow,
  Donquadtech, Iselectrics, from accounts.csv subsidiary_of) is two lines with the same id: 75%
  to the agent, 25% to Violet Mclelland, the Acme Group Account Lead.
- Rowbacks (cancellations): a won deal closed on or before 2018-04-01 with (hash // 7) mod 29 = 0
  is cancelled, cancel_date = close + 6 + (hash // 11) mod 140 days, at the latest the as-of
  date (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: the 35 agents of sales_teams.csv under their 6 managers, territory = regional office.
  Darcel Schlecht (Principal Account Executive) carries his own quarterly Hardware quota of
  EUR 220,000. The five agents with no opportunity in the export joined during the year (start
  dates below); Garret Kinder left on 2018-03-16 (his deals after it are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2018, 4, 18)
SHIFT = dt.date(2017, 7, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2018, 4, 1)
LEAD = "Violet Mclelland"
ROLE = {"Darcel Schlecht": "Principal Account Executive"}
QUOTA = {"Darcel Schlecht": "220000.00"}
START = {
    "Carl Lin": "2017-10-02",
    "Natalya Ivanova": "2017-11-06",
    "Mei-Mei Johns": "2018-01-15",
    "Elizabeth Anderson": "2018-02-05",
    "Carol Thompson": "2018-03-12",
}
END = {"Garret Kinder": "2018-03-16"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
acme = {r["account"] for r in read("accounts.csv") if r["subsidiary_of"] == "Acme Corporation"}
teams = read("sales_teams.csv")
pipe = read("sales_pipeline.csv")

# first won close date per (agent, account), for the deal type
first_win = {}
for r in sorted(pipe, key=lambda r: (r["close_date"], r["opportunity_id"])):
    if r["deal_stage"] == "Won" and r["account"]:
        first_win.setdefault((r["sales_agent"], r["account"]), (r["close_date"], r["opportunity_id"]))

rows = []
for r in pipe:
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2018, 4, 4) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2018, 5, 1) + dt.timedelta(days=x % 60)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if agent in END and close > dt.date.fromisoformat(END[agent]):
        continue
    # type: a fresh logo when the agent had not won the account before this opportunity
    fw = first_win.get((agent, account))
    if not account or fw is None:
        typ = "new"
    elif r["deal_stage"] == "Won":
        typ = "new" if fw[1] == oid else "upsell"
    else:
        ref = r["close_date"] or r["engage_date"] or "9999"
        typ = "new" if ref <= fw[0] else "upsell"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 29 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=agent, account=account, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel)
    if account in acme and agent != LEAD and stage in ("won", "cancelled"):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=LEAD, split="0.25"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "type", "product", "amount", "close_date", "stage", "split",
        "probability", "cancel_date"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:hardware"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    START.get(a, ""), END.get(a, ""), QUOTA.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "splits:", sum(1 for x in rows if x["split"] == "0.25"),
      "new:", sum(1 for x in rows if x["type"] == "new" and x["stage"] == "won"))
