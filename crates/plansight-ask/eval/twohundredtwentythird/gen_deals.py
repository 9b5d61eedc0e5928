#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredtwentythird workspace (MavenTech's Manila
inside-sales hub, plan "maventech-mnl-fy18": plan year 1 April 2017 - 31 March 2018, USD,
MONTHLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/, kept as it is:
the agents as the CRM spells them (sales_teams.csv: 35 agents, 6 managers, 3 regional offices),
the products as the price list spells them ("GTXPro" in the pipeline is the price list's
"GTX Pro"), the accounts as exported (open opportunities with no account keep none), the
opportunity ids, dates and close values as exported.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- The plan year starts on 1 April 2017: opportunities that closed (won or lost) before it, in
  March 2017, belong to last year's plan and are left out.
- AS OF = 2017-11-17 (a Friday). The workspace is the CRM as it stood that day: an opportunity
  won after it is still open ("lutang", probability 0.65, expected on its export close date); one
  lost after it is open too (probability 0.3, expected on its export date). Engaging
  opportunities are open with probability 0.45, expected 1 November 2017 + (hash mod 105) days
  (some already overdue on the as-of date); Prospecting ones with probability 0.15, expected
  8 January 2018 + (hash mod 80) days.
- Amounts: a won deal's close value; a lost or open opportunity carries its product's list price
  (the export's close value of an open or lost one is 0).
- Type: "new" when the agent had won nothing at that account before the opportunity was engaged
  (or the opportunity has no account); "expansion" ("suki") otherwise.
- Cancellations ("atras"): a won deal closed on or before 2017-11-07 with (hash // 7) mod 27 = 0
  is cancelled, cancel_date = close + 6 + (hash // 11) mod 115 days, at the latest the as-of date.
  plan.md section 9 claws back those cancelled within 60 days of close.
- New hires: the five agents with no opportunity in the export joined during the year (ROSTER).
  Each has a buddy on their team; a buddy's won (or cancelled) deal closed on or after the new
  hire's start date with (hash // 13) mod 4 = 0 is a "sabay" deal: two lines with the same id,
  60% to the buddy and 40% to the new hire (plan.md 3.4).
- Roster: Darcel Schlecht (Senior Account Executive) carries a personal Hardware quota of
  250,000 a quarter; Hayden Neloms (MG Specialist) a Hardware quota of 40,000 a quarter and an
  MG Software quota of 150,000 for the year.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
PLAN_START = dt.date(2017, 4, 1)
AS_OF = dt.date(2017, 11, 17)
CANCEL_BY = dt.date(2017, 11, 7)

# new hire -> (start date, buddy)
NEW_HIRES = {
    "Natalya Ivanova": ("2017-07-03", "Cassey Cress"),
    "Mei-Mei Johns": ("2017-08-01", "Darcel Schlecht"),
    "Elizabeth Anderson": ("2017-09-18", "Corliss Cosme"),
    "Carol Thompson": ("2017-10-02", "Vicki Laflamme"),
    "Carl Lin": ("2017-11-06", "Zane Levy"),
}
BUDDY = {b: (n, dt.date.fromisoformat(s)) for n, (s, b) in NEW_HIRES.items()}
ROLE = {"Darcel Schlecht": "Senior Account Executive", "Hayden Neloms": "MG Specialist"}
QUOTA_HW = {"Darcel Schlecht": "250000.00", "Hayden Neloms": "40000.00"}
QUOTA_SW = {"Hayden Neloms": "150000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
pipeline = read("sales_pipeline.csv")


def product_name(p):
    return "GTX Pro" if p == "GTXPro" else p


# wins known on the as-of date, per (agent, account)
wins = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        c = dt.date.fromisoformat(r["close_date"])
        if c <= AS_OF:
            wins.setdefault((r["sales_agent"], r["account"]), []).append(c)

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    x = h(oid)
    product = product_name(r["product"])
    stage0 = r["deal_stage"]
    prob, cancel = "", ""
    if stage0 in ("Won", "Lost"):
        close = dt.date.fromisoformat(r["close_date"])
        if close < PLAN_START:
            continue
        if close > AS_OF:
            stage = "open"
            prob = "0.65" if stage0 == "Won" else "0.3"
            amount = int(r["close_value"]) if stage0 == "Won" else price[product]
        elif stage0 == "Won":
            stage = "won"
            amount = int(r["close_value"])
        else:
            stage = "lost"
            amount = price[product]
    elif stage0 == "Engaging":
        stage, prob = "open", "0.45"
        close = dt.date(2017, 11, 1) + dt.timedelta(days=x % 105)
        amount = price[product]
    else:  # Prospecting
        stage, prob = "open", "0.15"
        close = dt.date(2018, 1, 8) + dt.timedelta(days=x % 80)
        amount = price[product]
    account = r["account"]
    engaged = dt.date.fromisoformat(r["engage_date"]) if r["engage_date"] else AS_OF
    earlier = [c for c in wins.get((agent, account), []) if c < engaged]
    typ = "expansion" if account and earlier else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 27 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 115), AS_OF).isoformat()
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=agent, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    hire = BUDDY.get(agent)
    if (hire and stage in ("won", "cancelled") and close >= hire[1] and (x // 13) % 4 == 0):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=hire[0], split="0.4"))
    else:
        rows.append(line)

rows.sort(key=lambda l: (l["seller"], l["close_date"], l["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:hardware", "quota:software"])
    for t in teams:
        a = t["sales_agent"]
        start = NEW_HIRES.get(a, ("", ""))[0]
        role = ROLE.get(a, "Account Executive")
        w.writerow([a, a, t["manager"], t["regional_office"], role, start, "",
                    QUOTA_HW.get(a, ""), QUOTA_SW.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for l in rows if l["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "sabay:", sum(1 for l in rows if l["split"] == "0.4"))
