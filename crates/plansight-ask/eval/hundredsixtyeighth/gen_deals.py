#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredsixtyeighth workspace (MavenTech, the
computer-hardware seller of the public Maven CRM export, KEPT AS EXPORTED: its 35 sales agents
as the CRM spells them, its 6 managers and 3 regional offices, its 7 products and its accounts)
under an invented plan year of our own: the calendar year 1 January - 31 December 2026, USD,
QUARTERLY payouts (plan.toml / plan.md, "The House Rules 2026").
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of the export is kept, one credit line each (no splits): id =
  opportunity_id, seller = sales_agent, product as the price list spells it ("GTXPro" ->
  "GTX Pro"), account as exported (empty where the export has none).
- Dates: every Maven date moves by the same 3,228 days, so 1 March 2017 becomes 1 January 2026
  and 31 December 2017 becomes 2 November 2026. AS OF = 2026-10-23 (a Friday, in Q4). A Won
  opportunity that now closes after it becomes an open deal (probability 0.7); a Lost one dated
  after it becomes an open deal (probability 0.3). Engaging opportunities are open (probability
  0.5) expected to close 19 October 2026 + (hash mod 72) days (a few overdue at the as-of date);
  Prospecting ones (probability 0.2) 9 November 2026 + (hash mod 80) days (some after the plan
  year's end, 31 December 2026).
- Amounts in USD as exported: a won deal's close_value; lost and open deals carry the product's
  list price (products.csv sales_price), the export giving them no value.
- Type (plan.md 3.5): "new" (a "new seat") when the agent had no earlier won deal at that
  account (the agent's first win there, by close date; every deal with no account is new);
  otherwise "expansion" (a "rebuy").
- Cancellations ("busts", plan.md 11): a won deal closing on or before 2026-10-01 with
  (hash // 7) mod 37 = 0 is cancelled, cancel_date = close + 12 + ((hash // 11) mod 150) days,
  when that date is on or before the as-of date (otherwise it stays won); only cancellations
  within 90 days of close are clawed back.
- Roster: the 35 agents of sales_teams.csv with their manager and regional office. Darcel
  Schlecht (Senior Agent) carries his own Main Pot quota of $1,000,000. The five agents with no
  opportunity in the export joined during the year: Mei-Mei Johns, Elizabeth Anderson and Carl
  Lin on 2026-08-03, Natalya Ivanova and Carol Thompson on 2026-09-14.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 23)
SHIFT = dt.date(2026, 1, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 10, 1)
STARTS = {
    "Mei-Mei Johns": "2026-08-03",
    "Elizabeth Anderson": "2026-08-03",
    "Carl Lin": "2026-08-03",
    "Natalya Ivanova": "2026-09-14",
    "Carol Thompson": "2026-09-14",
}
ROLES = {"Darcel Schlecht": "Senior Agent"}
QUOTA_MAIN = {"Darcel Schlecht": "1000000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def product_name(p):
    return "GTX Pro" if p == "GTXPro" else p


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
pipeline = read("sales_pipeline.csv")

# first wins: (agent, account) -> sorted close dates of won deals (shifted)
wins = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        d = dt.date.fromisoformat(r["close_date"]) + SHIFT
        wins.setdefault((r["sales_agent"], r["account"]), []).append((d, r["opportunity_id"]))
for v in wins.values():
    v.sort()

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    agent = r["sales_agent"]
    product = product_name(r["product"])
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 10, 19) + dt.timedelta(days=x % 72)
            prob = "0.5"
        else:
            close = dt.date(2026, 11, 9) + dt.timedelta(days=x % 80)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    if not account:
        typ = "new"
    else:
        earlier = [w for w in wins.get((agent, account), []) if w < (close, oid)]
        typ = "expansion" if earlier else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 37 == 0:
        cdate = close + dt.timedelta(days=12 + (x // 11) % 150)
        if cdate <= AS_OF:
            stage = "cancelled"
            cancel = cdate.isoformat()
    name = f"{account} {product}" if account else f"{product} (no account)"
    rows.append(dict(id=oid, seller=agent, account=account, name=name, type=typ,
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
                "quota:main_pot"])
    for t in read("sales_teams.csv"):
        sid = t["sales_agent"]
        w.writerow([sid, sid, t["manager"], t["regional_office"], ROLES.get(sid, "Sales Agent"),
                    STARTS.get(sid, ""), "", QUOTA_MAIN.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
