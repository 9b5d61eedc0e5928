#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfortyfourth workspace: MavenTech as it is,
from the real Maven CRM export in /work/shared/data/maven-crm/ (read only, never changed), under
the MavenTech Field Sales Incentive Plan FY26 (plan.toml / plan.md beside this file; plan year
1 July 2025 - 30 June 2026, USD, MONTHLY payouts, QUARTERLY quotas).
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- Kept as the CRM has it: the 35 sales agents and their names, their 6 managers and 3 regional
  offices (sales_teams.csv), opportunity ids, accounts, products (the export's "GTXPro" is the
  price list's "GTX Pro"), and amounts (close_value of won deals; a lost or open opportunity
  carries its product's list price from products.csv).
- Dates: every Maven date moves forward by the same number of days (3,044), so 1 March 2017
  becomes 1 July 2025 (the first day of FY26) and 31 December 2017 becomes 2 May 2026.
  AS OF = 2026-04-22. A Won opportunity that now closes after it is an open deal (probability
  0.7); a Lost one dated after it is an open deal (probability 0.3). Engaging opportunities are
  open (probability 0.5), expected to close 2026-04-02 + (hash mod 80) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 2026-05-01 + (hash mod 75) days.
- Deal type: "new" when the agent had no won deal at that account closing before this
  opportunity's engage date (a new logo for the agent; every opportunity with no account),
  else "expansion".
- Bricks (cancellations): a won deal closed on or before 2026-04-10 with hash mod 37 = 0 is
  cancelled, cancel_date = close + 6 + (hash mod 140) days, at the latest the as-of date
  (plan.md 11: only cancellations within 90 days of close are rolled back).
- Roster: sales_teams.csv as it is. The five agents with no opportunity in the export are this
  year's new hires: Carl Lin 2025-11-03, Elizabeth Anderson 2026-01-12, Mei-Mei Johns
  2026-02-02, Carol Thompson 2026-03-02, Natalya Ivanova 2026-04-06. Rosie Papadopoulos left on
  2026-01-30: her opportunities closing after that date (won, lost or open) pass to Garret Kinder,
  who took over her accounts. Shadow deals (plan.md 3.4): Kary Hendrixson's won or cancelled
  deals closing on or after Carl Lin's start with hash mod 4 = 0 are two lines with the same id,
  50% / 50% with Carl Lin. Personal quotas: Darcel Schlecht (Senior Account Executive) $250,000
  a quarter of Systems Revenue; Hayden Neloms (MG Specialist) $40,000 a quarter of MG credit.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 4, 22)
SHIFT = dt.date(2025, 7, 1) - dt.date(2017, 3, 1)
BRICK_BY = dt.date(2026, 4, 10)
START = {
    "Carl Lin": "2025-11-03",
    "Elizabeth Anderson": "2026-01-12",
    "Mei-Mei Johns": "2026-02-02",
    "Carol Thompson": "2026-03-02",
    "Natalya Ivanova": "2026-04-06",
}
END = {"Rosie Papadopoulos": "2026-01-30"}
HANDOVER = {"Rosie Papadopoulos": "Garret Kinder"}
ROLE = {
    "Darcel Schlecht": "Senior Account Executive",
    "Hayden Neloms": "MG Specialist",
}
QUOTA_SYSTEMS = {"Darcel Schlecht": "250000.00"}
QUOTA_MG = {"Hayden Neloms": "40000.00"}
SHADOW = ("Kary Hendrixson", "Carl Lin")


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


teams = read("sales_teams.csv")
price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
pipeline = read("sales_pipeline.csv")


def product_name(p):
    return "GTX Pro" if p == "GTXPro" else p


# first won close date per (agent, account), in the CRM's own dates
won_at = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        k = (r["sales_agent"], r["account"])
        d = dt.date.fromisoformat(r["close_date"])
        won_at.setdefault(k, []).append(d)

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
            close = dt.date(2026, 4, 2) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 5, 1) + dt.timedelta(days=x % 75)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    # deal type: a new logo for the agent, or an expansion of an account they have won before
    typ = "new"
    if account and r["engage_date"]:
        engaged = dt.date.fromisoformat(r["engage_date"])
        if any(d < engaged for d in won_at.get((agent, account), [])):
            typ = "expansion"
    seller = agent
    if agent in END and close > dt.date.fromisoformat(END[agent]):
        seller = HANDOVER[agent]
    if stage == "won" and close <= BRICK_BY and (x // 5) % 37 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 7) % 140), AS_OF).isoformat()
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=seller, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if (seller == SHADOW[0] and stage in ("won", "cancelled") and (x // 11) % 4 == 0
            and close >= dt.date.fromisoformat(START[SHADOW[1]])):
        line["split"] = "0.5"
        rows.append(line)
        rows.append(dict(line, seller=SHADOW[1]))
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
                "quota:systems", "quota:mg_attach"])
    for t in teams:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    START.get(a, ""), END.get(a, ""), QUOTA_SYSTEMS.get(a, ""), QUOTA_MG.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for r in rows if r["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
