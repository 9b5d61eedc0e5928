#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredthirtyeighth workspace (Copperline Systems,
an invented US value-added reseller of MavenTech hardware and MG software, Columbus, Ohio;
plan year = calendar 2026, USD, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5
hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- The export AS IT IS: every one of the 8,800 opportunities is kept; seller = the agent's real
  name; the roster is the 30 agents with opportunities under their real managers, territory =
  the regional office (Central, East, West); account as exported (blank where the export has
  none); product as the price list spells it ("GTXPro" -> "GTX Pro"); id = opportunity_id.
- Dates: every Maven date moves forward by the same 3,269 days, so 1 March 2017 becomes
  11 February 2026 and 31 December 2017 becomes 13 December 2026. AS OF = 2026-12-04.
  Nothing closes in January 2026 or before 11 February. A Won opportunity whose shifted close
  falls after the as-of date becomes an open deal (probability 0.75); a Lost one after it an
  open deal (probability 0.3). Engaging opportunities are open (probability 0.5) expected to
  close 7 December 2026 + (hash mod 25) days; Prospecting ones (probability 0.2) 14 December
  2026 + (hash mod 18) days.
- Amounts in USD: won = close_value; lost and open = the product's list price.
- Type: "new" (a new logo) when no opportunity at that account was won (by anyone) on an
  earlier shifted close date, or no account; otherwise "expansion".
- Cancellations: a won deal closed on or before 2026-11-20 with (hash // 7) mod 60 = 0 is
  cancelled, cancel_date = close + 8 + ((hash // 11) mod 130) days, at the latest the as-of
  date (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Darcel Schlecht is a Senior Account Executive with his own monthly Hardware quota of
  $80,000; Wilburn Farren joined on 2026-06-15 (the mid-year starter: his opportunities closed
  before that date were worked at his former employer and credit no one).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 12, 4)
SHIFT = dt.date(2026, 2, 11) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 11, 20)
SENIOR = {"Darcel Schlecht": ("Senior Account Executive", "80000.00")}
STARTERS = {"Wilburn Farren": "2026-06-15"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
pipe = read("sales_pipeline.csv")
agents_with_opps = {r["sales_agent"] for r in pipe}

# first shifted won close per account (for the deal type)
first_win = {}
for r in pipe:
    if r["deal_stage"] == "Won" and r["account"]:
        d = dt.date.fromisoformat(r["close_date"]) + SHIFT
        if r["account"] not in first_win or d < first_win[r["account"]][0]:
            first_win[r["account"]] = (d, r["opportunity_id"])

rows = []
for r in pipe:
    oid = r["opportunity_id"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 12, 7) + dt.timedelta(days=x % 25)
            prob = "0.5"
        else:
            close = dt.date(2026, 12, 14) + dt.timedelta(days=x % 18)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.75" if stage == "won" else "0.3"
            stage = "open"
    if not account:
        typ = "new"
    else:
        fw = first_win.get(account)
        typ = "new" if fw is None or fw[0] > close or (fw[0] == close and fw[1] == oid) else "expansion"
        if fw is not None and fw[0] == close and fw[1] != oid:
            typ = "expansion"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 60 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=8 + (x // 11) % 130), AS_OF).isoformat()
    name = f"{account} {product}" if account else f"{product} opportunity"
    rows.append(dict(id=oid, seller=r["sales_agent"], account=account, name=name, type=typ,
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
                "quota:hardware"])
    for t in sorted(teams, key=lambda t: (t["regional_office"], t["manager"], t["sales_agent"])):
        a = t["sales_agent"]
        if a not in agents_with_opps:
            continue
        role, q = SENIOR.get(a, ("Account Executive", ""))
        start = STARTERS.get(a, "")
        w.writerow([a, a, t["manager"], t["regional_office"], role, start, "", q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
