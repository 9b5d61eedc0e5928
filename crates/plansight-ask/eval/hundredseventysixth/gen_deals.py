#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredseventysixth workspace (MavenTech, the Maven CRM
export kept as it is, under a UK sales organisation's plan: plan year 1 April 2017 - 31 March 2018,
GBP, MONTHLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id or comes
from the export itself; no clock, no random stream). Run: python3 gen_deals.py

- Sellers are the 35 Maven sales agents exactly as the CRM spells them, under their 6 managers and
  3 regional offices (Central, East, West) as exported in sales_teams.csv. Products are the price
  list's (products.csv) names; the pipeline's "GTXPro" is the price list's "GTX Pro". Accounts are
  exactly as exported (an opportunity with no account keeps an empty account).
- Dates are kept as exported. Opportunities that closed before 1 April 2017 (March 2017) belong to
  the previous plan year and are left out (they still count as history for the deal type).
  AS OF = 2017-12-14. A Won opportunity closing after it is an open deal (probability 0.6) with
  that expected close date; a Lost one closing after it is open (probability 0.25). Engaging
  opportunities are open (probability 0.5) expected to close 1 December 2017 + (hash mod 100)
  days (some are overdue at the as-of date); Prospecting ones (probability 0.2) 2 January 2018 +
  (hash mod 85) days.
- Amounts in GBP as exported: a won deal's close_value; a lost or open deal carries its product's
  list price (sales_price).
- Deal type, from the export's own history (every Won opportunity from March 2017 on, in close
  date then id order): "new" = the agent had never won that account before (a new logo for the
  agent; an open deal with no account is "new"); "cross-sell" = the agent had won the account but
  never that product; "repeat" = the agent had already won that product there. Lost and open
  deals are typed against the agent's wins closed before them.
- Cancellations ("non-runners"): a won deal closed on or before 2017-12-01 with hash mod 29 = 0
  is cancelled, cancel_date = close + 12 + (hash mod 130) days, at the latest the as-of date
  (plan.md section 12: only cancellations within 90 days of close are clawed back).
- Ride-alongs (plan.md 3.4): the five agents with no opportunity in the export (Mei-Mei Johns,
  Elizabeth Anderson, Natalya Ivanova, Carol Thompson, Carl Lin) joined on 2017-10-16, each with
  a buddy on their team. A buddy's won or cancelled deal closed on or after 2017-10-16 with hash
  mod 3 = 0 is two lines with the same id: 60% to the buddy, 40% to the new starter.
- Roster: Darcel Schlecht (Senior Account Executive) carries his own quarterly Systems quota of
  200,000 (quota:systems); everyone else the plan's.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 12, 14)
PLAN_START = dt.date(2017, 4, 1)
CANCEL_BY = dt.date(2017, 12, 1)
JOIN = dt.date(2017, 10, 16)
BUDDY = {
    "Jonathan Berthelot": "Mei-Mei Johns",
    "Corliss Cosme": "Elizabeth Anderson",
    "Cassey Cress": "Natalya Ivanova",
    "Vicki Laflamme": "Carol Thompson",
    "Kary Hendrixson": "Carl Lin",
}
SENIOR = {"Darcel Schlecht": "200000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def prod(p):
    return "GTX Pro" if p == "GTXPro" else p


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
pipe = read("sales_pipeline.csv")

# The agents' won history, in close date then id order: first win date of (agent, account) and
# of (agent, account, product).
first_acc, first_prod = {}, {}
for r in sorted((r for r in pipe if r["deal_stage"] == "Won"),
                key=lambda r: (r["close_date"], r["opportunity_id"])):
    a, acc, p = r["sales_agent"], r["account"], prod(r["product"])
    d = (r["close_date"], r["opportunity_id"])
    first_acc.setdefault((a, acc), d)
    first_prod.setdefault((a, acc, p), d)


def deal_type(agent, account, product, key):
    if not account:
        return "new"
    fa = first_acc.get((agent, account))
    if fa is None or fa >= key:
        return "new"
    fp = first_prod.get((agent, account, product))
    if fp is None or fp >= key:
        return "cross-sell"
    return "repeat"


rows = []
for r in pipe:
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    product = prod(r["product"])
    account = r["account"]
    x = h(oid)
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 12, 1) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2018, 1, 2) + dt.timedelta(days=x % 85)
            prob = "0.2"
        amount = price[r["product"] if r["product"] in price else product]
        key = (close.isoformat(), oid)
    else:
        close = dt.date.fromisoformat(r["close_date"])
        if close < PLAN_START:
            continue
        amount = int(r["close_value"]) if stage == "won" else price[product]
        key = (r["close_date"], oid)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    typ = deal_type(agent, account, product, key)
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 29 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=12 + (x // 11) % 130), AS_OF).isoformat()
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=agent, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="GBP")
    if agent in BUDDY and stage in ("won", "cancelled") and close >= JOIN and (x // 13) % 3 == 0:
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=BUDDY[agent], split="0.4"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

newbies = set(BUDDY.values())
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:systems"])
    for t in teams:
        a = t["sales_agent"]
        role = ("Senior Account Executive" if a in SENIOR else
                "Account Executive (new starter)" if a in newbies else "Account Executive")
        w.writerow([a, a, t["manager"], t["regional_office"], role,
                    JOIN.isoformat() if a in newbies else "", "", SENIOR.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
