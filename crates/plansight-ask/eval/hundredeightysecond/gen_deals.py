#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredeightysecond workspace (MavenTech, the Maven
CRM export kept as it is: agents, managers, regional offices, products and accounts as the CRM
exports them; plan year 1 February 2017 - 31 January 2018, USD, MONTHLY payouts) from
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5
hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of the export is kept, with its own id (opportunity_id), agent
  (sales_agent, spelled as the CRM spells it), account (as exported; some open opportunities
  have none), product (as the price list products.csv spells it: the pipeline's "GTXPro" is
  the price list's "GTX Pro") and dates (no shift: the CRM's 2017 dates are the plan year's).
- AS OF = 2017-12-14, the CRM as it stood that day:
    Won  closing on or before it  -> won at close_value (close_date as exported)
    Won  closing after it         -> open, probability 0.6, expected at its CRM close date
    Lost closing on or before it  -> lost (amount: the product's list price)
    Lost closing after it         -> open, probability 0.25, expected at its CRM close date
    Engaging                      -> open, probability 0.5, expected 2017-11-15 + (hash mod 75) days
                                     (some overdue at the as-of date: expected before it, not yet won)
    Prospecting                   -> open, probability 0.2, expected 2018-01-02 + (hash mod 90) days
  Open opportunities carry their product's list price (products.csv sales_price).
- Deal type, from the agent's own book at the account (the CRM has no type column): "new" = the
  agent's first won opportunity at that account (no earlier win of this agent there, by close
  date then id; an opportunity without an account is new); "cross-sell" = the agent has won at
  the account before, but never this product's series (GTX, MG, GTK); "repeat" = the agent has
  already won this series there. Lost and open opportunities are typed the same way against the
  wins before their close date (open: before the as-of date).
- Ride-alongs (plan.md 3.5): five agents the export lists with no opportunity joined on
  2017-10-02, each shadowing a senior colleague of the same manager. A won deal of the mentor
  closing on or after 2017-10-02 with (hash // 5) mod 4 = 0 is two lines with the same id, 60% to
  the mentor and 40% to the new agent.
- Cancellations ("aborts"): a won deal closing on or before 2017-11-30 with (hash // 7) mod 40 = 0
  is cancelled on close + 12 + ((hash // 11) mod 130) days when that day is on or before the
  as-of date (a later one has not happened yet: the deal stays won). Plan.md 10: only
  cancellations within 75 days of close are clawed back.
- Roster (sellers.csv): the 35 agents of sales_teams.csv with their manager and regional office;
  the two Senior Agents carry a flat monthly Core Revenue quota (quota:core).
"""
import csv
import datetime as dt
import hashlib
import os
from collections import defaultdict

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 12, 14)
CANCEL_BY = dt.date(2017, 11, 30)
JOIN = dt.date(2017, 10, 2)
MENTOR = {  # new agent -> the colleague they ride along with
    "Mei-Mei Johns": "Darcel Schlecht",
    "Elizabeth Anderson": "Corliss Cosme",
    "Natalya Ivanova": "Cassey Cress",
    "Carol Thompson": "Vicki Laflamme",
    "Carl Lin": "Kary Hendrixson",
}
RIDER = {m: n for n, m in MENTOR.items()}
SENIOR = {"Darcel Schlecht": "90000.00", "Vicki Laflamme": "40000.00"}
ROLE = {"Darcel Schlecht": "Senior Agent", "Vicki Laflamme": "Senior Agent"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


products = read("products.csv")
price = {r["product"]: int(r["sales_price"]) for r in products}
series = {r["product"]: r["series"] for r in products}
SPELL = {"GTXPro": "GTX Pro"}
pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")

# the agents' books: their wins (as of the as-of date) by account
book = defaultdict(list)
for r in pipeline:
    if r["deal_stage"] == "Won" and dt.date.fromisoformat(r["close_date"]) <= AS_OF:
        p = SPELL.get(r["product"], r["product"])
        book[(r["sales_agent"], r["account"])].append((r["close_date"], r["opportunity_id"], series[p]))


def deal_type(r, product, ref):
    if not r["account"]:
        return "new"
    prior = [b for b in book[(r["sales_agent"], r["account"])] if (b[0], b[1]) < ref]
    if not prior:
        return "new"
    if all(b[2] != series[product] for b in prior):
        return "cross-sell"
    return "repeat"


rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    agent = r["sales_agent"]
    product = SPELL.get(r["product"], r["product"])
    st = r["deal_stage"]
    prob, cancel = "", ""
    if st in ("Won", "Lost"):
        close = dt.date.fromisoformat(r["close_date"])
        if close <= AS_OF:
            stage = st.lower()
            amount = int(r["close_value"]) if st == "Won" else price[product]
        else:
            stage, prob, amount = "open", ("0.6" if st == "Won" else "0.25"), price[product]
    elif st == "Engaging":
        stage, prob, amount = "open", "0.5", price[product]
        close = dt.date(2017, 11, 15) + dt.timedelta(days=x % 75)
    else:
        stage, prob, amount = "open", "0.2", price[product]
        close = dt.date(2018, 1, 2) + dt.timedelta(days=x % 90)
    ref = (close.isoformat(), oid) if stage != "open" else (AS_OF.isoformat() + "~", oid)
    typ = deal_type(r, product, ref)
    cdate = close + dt.timedelta(days=12 + (x // 11) % 130)
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 40 == 0 and cdate <= AS_OF:
        stage, cancel = "cancelled", cdate.isoformat()
    line = dict(id=oid, seller=agent, account=r["account"], type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if (agent in RIDER and stage in ("won", "cancelled") and close >= JOIN
            and (x // 5) % 4 == 0):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=RIDER[agent], split="0.4"))
    else:
        rows.append(line)

rows.sort(key=lambda l: (l["seller"], l["close_date"], l["id"]))
COLS = ["id", "seller", "account", "type", "product", "amount", "close_date", "stage", "split",
        "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:core"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Sales Agent"),
                    JOIN.isoformat() if a in MENTOR else "", "", SENIOR.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for l in rows if l["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "types (won):", {t: sum(1 for l in rows if l["stage"] == "won" and l["type"] == t)
                       for t in ("new", "cross-sell", "repeat")})
