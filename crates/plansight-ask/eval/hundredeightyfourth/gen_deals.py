#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredeightyfourth workspace from the real Maven CRM
export in /work/shared/data/maven-crm/, KEPT AS IT IS: the sellers are the 35 sales agents as the
CRM spells them, under their 6 managers and 3 regional offices (sales_teams.csv), the products
are the seven of products.csv (the pipeline's "GTXPro" is written "GTX Pro", as the price list
spells it) and the accounts are the export's own. MavenTech's plan year is the AUGUST fiscal year
FY26: 1 August 2025 - 31 July 2026, MONTHLY payouts (plan.toml, plan.md).
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- Every opportunity is kept; id = opportunity_id, seller = sales_agent, account = account (blank
  where the export has none: only open opportunities), amount = close_value for won deals, the
  product's list price (products.csv) for lost and open ones, in US dollars.
- Dates: every Maven date moves forward by the same 3,075 days, so 1 March 2017 becomes
  1 August 2025 and 16 October 2017 becomes 18 March 2026. AS OF = 2026-03-18. A Won opportunity
  that now closes after it becomes an open deal (probability 0.6); a Lost one dated after it an
  open deal (probability 0.25). Engaging opportunities are open (probability 0.5) expected to
  close 1 March 2026 + (hash mod 90) days (some overdue at the as-of date); Prospecting ones
  (probability 0.2) 1 April 2026 + (hash mod 120) days.
- Type (plan.md 3.5): a won deal is "new" (a new logo for the agent) when it is the agent's first
  won deal with that account, by close date then id; every later won deal of the agent at that
  account is "repeat". A lost or open deal is "new" unless the agent had already won that account
  before its (moved) close date; an open deal with no account is "new".
- Co-selling (plan.md 3.4): a won or cancelled GTK 500 deal of any agent but Markita Hansen (the
  GTK specialist) is two lines with the same id: 70% to the agent, 30% to Markita Hansen.
- Cancellations ("sent back"): a won deal closed on or before 2026-03-06 with hash mod 29 = 0 is
  cancelled, cancel_date = close + 8 + (hash mod 130) days, at the latest the as-of date (plan.md
  section 11: only cancellations within 90 days of close are clawed back).
- Roster: the five agents with no opportunity in the export (Mei-Mei Johns, Elizabeth Anderson,
  Natalya Ivanova, Carol Thompson, Carl Lin) joined on 2026-02-02. Darcel Schlecht and Vicki
  Laflamme (Senior Account Executives) carry their own quarterly Core Revenue quota.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 3, 18)
SHIFT = dt.date(2025, 8, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 3, 6)
STARTERS = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
START = "2026-02-02"
SENIOR = {"Darcel Schlecht": "260000.00", "Vicki Laflamme": "150000.00"}
GTK_DESK = "Markita Hansen"


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
pipe = read("sales_pipeline.csv")

# pass 1: close dates and stages
recs = []
for r in pipe:
    oid = r["opportunity_id"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 3, 1) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2026, 4, 1) + dt.timedelta(days=(x // 7) % 120)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    recs.append(dict(id=oid, seller=r["sales_agent"], account=r["account"], product=product,
                     amount=amount, close=close, stage=stage, prob=prob, x=x))

# pass 2: types (new logo for the agent, or repeat)
first_win = {}
for q in sorted((q for q in recs if q["stage"] == "won"), key=lambda q: (q["close"], q["id"])):
    first_win.setdefault((q["seller"], q["account"]), (q["close"], q["id"]))

rows = []
for q in recs:
    key = (q["seller"], q["account"])
    if q["stage"] == "won":
        typ = "new" if first_win[key] == (q["close"], q["id"]) else "repeat"
    elif q["account"] and key in first_win and first_win[key][0] < q["close"]:
        typ = "repeat"
    else:
        typ = "new"
    stage, cancel, x = q["stage"], "", q["x"]
    if stage == "won" and q["close"] <= CANCEL_BY and (x // 5) % 29 == 0:
        stage = "cancelled"
        cancel = min(q["close"] + dt.timedelta(days=8 + (x // 11) % 130), AS_OF).isoformat()
    name = f"{q['account'] or 'Unassigned'} {q['product']}"
    line = dict(id=q["id"], seller=q["seller"], account=q["account"], name=name, type=typ,
                product=q["product"], amount=f"{q['amount']}.00", close_date=q["close"].isoformat(),
                stage=stage, split="1", probability=q["prob"], cancel_date=cancel, currency="USD")
    if q["product"] == "GTK 500" and q["seller"] != GTK_DESK and stage in ("won", "cancelled"):
        line["split"] = "0.7"
        rows.append(line)
        rows.append(dict(line, seller=GTK_DESK, split="0.3"))
    else:
        rows.append(line)

rows.sort(key=lambda r: (r["seller"], r["close_date"], r["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

ROLE = {"Darcel Schlecht": "Senior Account Executive", "Vicki Laflamme": "Senior Account Executive",
        GTK_DESK: "Account Executive, GTK desk"}
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:core"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    START if a in STARTERS else "", "", SENIOR.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for r in rows if r["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "types won:", {t: sum(1 for r in rows if r["stage"] == "won" and r["type"] == t) for t in ("new", "repeat")})
