#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredseventyfourth workspace (MavenTech, the Maven CRM
export KEPT AS IT IS: the 35 agents as the CRM spells them under their 6 managers and 3 regional
offices, the 7 products and the 85 accounts as exported; plan year 1 September 2025 - 31 August
2026, a SEPTEMBER fiscal year, USD, QUARTERLY payouts) from /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id or the
export's own order; no clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of the export is kept: id = opportunity_id, seller = sales_agent, product as
  the price list spells it (the pipeline's "GTXPro" is the price list's "GTX Pro"), account as
  exported (empty where the export has none).
- Dates: every Maven date moves forward by the same 3,106 days, so 1 March 2017 becomes
  1 September 2025 (the plan's first day) and 31 December 2017 becomes 3 July 2026. AS OF =
  2026-05-22. A Won opportunity that now closes after the as-of date becomes an open deal
  (probability 0.7); a Lost one dated after it becomes an open deal (probability 0.3).
  Engaging opportunities (no close date in the export) are open, probability 0.5, expected
  to close 2026-05-23 + (hash mod 70) days; Prospecting ones open, probability 0.2, expected
  2026-06-15 + (hash mod 75) days.
- Amounts in USD as exported: a won deal's close_value; lost and open deals carry the product's
  list price (products.csv sales_price).
- Deal type (plan.md 3.5): "new" (a new logo: the seller's first won deal at that account, in
  the export's order by close date then id; an open or lost deal at an account where the
  seller has won nothing before its date; a deal with no account) or "expansion" (otherwise).
- Co-selling (plan.md 3.4): a won deal of $4,000 or more at an international account (an
  account whose office_location is not the United States) by an agent other than Corliss Cosme
  is two lines with the same id: 90% to the agent, 10% to Corliss Cosme (Global Accounts).
- Cancellations ("spills", plan.md 11): a won deal closed on or before 2026-05-08 with
  (hash // 7) mod 97 = 0 is cancelled, cancel_date = close + 12 + ((hash // 11) mod 130) days, at the latest
  the as-of date (only those cancelled within 90 days of close are clawed back).
- Roster: Darcel Schlecht (Principal Account Executive) carries a personal monthly Net Sales quota
  and MG quota;
  Vicki Laflamme and Kary Hendrixson (Senior Account Executives) theirs. The five agents with no
  opportunity in the export joined on 2026-02-02. Rosie Papadopoulos left on 2026-04-17 (her
  deals closing after it credit no one).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 5, 22)
SHIFT = dt.date(2025, 9, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 5, 8)
COSELL = "Corliss Cosme"

ROLE = {
    "Darcel Schlecht": ("Principal Account Executive", "90000.00", "120000.00"),
    "Vicki Laflamme": ("Senior Account Executive", "45000.00", ""),
    "Kary Hendrixson": ("Senior Account Executive", "45000.00", ""),
    "Corliss Cosme": ("Global Accounts Executive", "", ""),
}
JOINERS = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
JOIN_DATE = "2026-02-02"
LEAVERS = {"Rosie Papadopoulos": "2026-04-17"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
abroad = {r["account"] for r in read("accounts.csv") if r["office_location"] != "United States"}
teams = read("sales_teams.csv")
pipeline = read("sales_pipeline.csv")

# The seller's first won deal at an account (export order: close date, then id).
first_win = {}
for r in sorted((r for r in pipeline if r["deal_stage"] == "Won"),
                key=lambda r: (r["close_date"], r["opportunity_id"])):
    key = (r["sales_agent"], r["account"])
    d = dt.date.fromisoformat(r["close_date"]) + SHIFT
    first_win.setdefault(key, (d, r["opportunity_id"]))

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    seller = r["sales_agent"]
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = AS_OF + dt.timedelta(days=1 + x % 70)
            prob = "0.5"
        else:
            close = dt.date(2026, 6, 15) + dt.timedelta(days=x % 75)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    fw = first_win.get((seller, account))
    if not account:
        typ = "new"
    elif r["deal_stage"] == "Won" and stage == "won":
        typ = "new" if fw[1] == oid else "expansion"
    else:
        typ = "new" if fw is None or fw[0] >= close else "expansion"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 97 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=12 + (x // 11) % 130), AS_OF).isoformat()
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=seller, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if (stage in ("won", "cancelled") and account in abroad and amount >= 4000
            and seller != COSELL):
        line["split"] = "0.9"
        rows.append(line)
        rows.append(dict(line, seller=COSELL, split="0.1"))
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
                "quota:net_sales", "quota:mg_attach"])
    for t in teams:
        sid = t["sales_agent"]
        role, q1, q2 = ROLE.get(sid, ("Account Executive", "", ""))
        w.writerow([sid, sid, t["manager"], t["regional_office"], role,
                    JOIN_DATE if sid in JOINERS else "", LEAVERS.get(sid, ""), q1, q2])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "split lines:", sum(1 for x in rows if x["split"] != "1"))
