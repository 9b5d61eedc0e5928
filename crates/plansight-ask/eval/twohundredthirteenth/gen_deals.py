#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredthirteenth workspace (MavenTech, the
company of the public Maven CRM export, under its "Roastery" field sales plan for calendar
2026: plan year 1 January - 31 December 2026, USD, MONTHLY payouts) from the real export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- The export as it is: every opportunity is kept; id = opportunity_id; seller = the sales agent
  as the CRM spells it; account as exported (blank where the export has none); product as the
  price list spells it ("GTXPro" -> "GTX Pro"); amount = close_value for won deals, the
  product's list price (products.csv sales_price) for lost and open ones.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 January 2026 and 31 December 2017 becomes 2 November 2026. AS OF = 2026-08-20. A Won
  opportunity that now closes after it becomes an open deal at its close value (probability
  0.7); a Lost one dated after it becomes an open deal at list price (probability 0.3).
  Engaging opportunities are open (probability 0.55) expected to close 2026-08-05 + (hash mod
  100) days (some overdue at the as-of date); Prospecting ones (probability 0.2) 2026-09-01 +
  (hash mod 120) days.
- Type: every MG Special is a "renewal" (the yearly MG support renewal); otherwise the agent's
  first won deal at an account (by close date, then id) is "new", every later one "expansion";
  lost and open deals are "new" when the agent has not won the account before their date.
- Roster: the 35 agents of sales_teams.csv under their 6 managers, territory = regional office.
  The five agents with no opportunity in the export are new hires: Mei-Mei Johns, Elizabeth
  Anderson and Natalya Ivanova joined on 2026-06-15, Carol Thompson and Carl Lin on
  2026-08-03. Wilburn Farren left on 2026-07-31 (his later deals stay in the CRM and credit no
  one). Darcel Schlecht (Senior Account Executive) carries a personal House Blend quota of
  240,000 a quarter and a Single Origin quota of 650,000.
- Shadow splits (plan.md 3.4): a won or cancelled deal of Darcel Schlecht closing on or after
  Mei-Mei Johns's start with hash mod 5 = 0 is two lines with the same id, 60% to Darcel and
  40% to Mei-Mei Johns; likewise Kary Hendrixson's with Carl Lin from his start.
- Cancellations ("spills"): a won deal closed on or before 2026-08-13 with hash mod 41 = 0 is
  cancelled, cancel_date = close + 5 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 75 days of close are clawed back).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 20)
SHIFT = dt.date(2026, 1, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 8, 13)
STARTS = {
    "Mei-Mei Johns": "2026-06-15",
    "Elizabeth Anderson": "2026-06-15",
    "Natalya Ivanova": "2026-06-15",
    "Carol Thompson": "2026-08-03",
    "Carl Lin": "2026-08-03",
}
ENDS = {"Wilburn Farren": "2026-07-31"}
SHADOW = {"Darcel Schlecht": "Mei-Mei Johns", "Kary Hendrixson": "Carl Lin"}
ROLE = {"Darcel Schlecht": "Senior Account Executive"}
QUOTA_HB = {"Darcel Schlecht": "240000.00"}
QUOTA_SO = {"Darcel Schlecht": "650000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def product_name(p):
    return "GTX Pro" if p == "GTXPro" else p


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
pipeline = read("sales_pipeline.csv")

# First pass: dates, stages, amounts.
deals = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    product = product_name(r["product"])
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 8, 5) + dt.timedelta(days=x % 100)
            prob = "0.55"
        else:
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 120)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    deals.append(dict(id=oid, seller=r["sales_agent"], account=r["account"], product=product,
                      amount=amount, close=close, stage=stage, prob=prob, x=x))

# Types: renewal for MG Special; "new" for the agent's first win at the account.
first_win = {}
for d in sorted(deals, key=lambda d: (d["close"], d["id"])):
    if d["stage"] == "won" and d["account"]:
        first_win.setdefault((d["seller"], d["account"]), (d["close"], d["id"]))
for d in deals:
    if d["product"] == "MG Special":
        d["type"] = "renewal"
    elif not d["account"]:
        d["type"] = "new"
    else:
        fw = first_win.get((d["seller"], d["account"]))
        if fw is None or (d["close"], d["id"]) <= fw:
            d["type"] = "new"
        else:
            d["type"] = "expansion"

rows = []
for d in deals:
    x = d["x"]
    stage, cancel = d["stage"], ""
    if stage == "won" and d["close"] <= CANCEL_BY and (x // 7) % 41 == 0:
        stage = "cancelled"
        cancel = min(d["close"] + dt.timedelta(days=5 + (x // 11) % 140), AS_OF).isoformat()
    name = f"{d['account'] or 'Unassigned'} {d['product']}"
    line = dict(id=d["id"], seller=d["seller"], account=d["account"], name=name, type=d["type"],
                product=d["product"], amount=f"{d['amount']}.00", close_date=d["close"].isoformat(),
                stage=stage, split="1", probability=d["prob"], cancel_date=cancel, currency="USD")
    shadow = SHADOW.get(d["seller"])
    if (shadow and stage in ("won", "cancelled") and (x // 13) % 5 == 0
            and d["close"] >= dt.date.fromisoformat(STARTS[shadow])):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=shadow, split="0.4"))
    else:
        rows.append(line)

rows.sort(key=lambda r: (r["seller"], r["close_date"], r["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:house_blend", "quota:single_origin"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    STARTS.get(a, ""), ENDS.get(a, ""), QUOTA_HB.get(a, ""), QUOTA_SO.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for r in rows if r["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
