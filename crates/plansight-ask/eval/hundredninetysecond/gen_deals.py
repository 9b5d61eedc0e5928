#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredninetysecond workspace (MavenTech as it is: the
Maven CRM export's own agents, managers, offices, products and accounts; plan "maventech-fy26",
an October fiscal year 1 October 2025 - 30 September 2026, USD, MONTHLY payouts) from the real
Maven CRM export in /work/shared/data/maven-crm/ (or the repository's tests/fixtures/maven-crm/).
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of the export is kept: id = opportunity_id, seller = sales_agent as the CRM
  spells it, account as exported (blank when the export has none), product as the price list
  (products.csv) spells it ("GTXPro" -> "GTX Pro"), name = "<account or Unassigned> <product>".
- Dates move by whole months: every Maven date moves forward 8 years and 7 months, keeping the
  day (clamped to the month's last day), so March 2017 is October 2025 (fiscal M01) and December
  2017 is July 2026 (M10). AS OF = 2026-05-20.
- Amounts in USD: a won deal's close_value; a lost or open opportunity carries its product's list
  price (products.csv).
- Stages: Won -> won, Lost -> lost. A won one that now closes after the as-of date is an open
  "commit" (probability 0.7, expected on its moved close date); a lost one after it is open
  (probability 0.3). Engaging -> open (probability 0.5), expected 2026-05-01 + (hash mod 90)
  days (some overdue at the as-of date); Prospecting -> open (probability 0.15), expected
  2026-06-01 + (hash mod 115) days.
- Type (the export has none; plan.md 3.5): "new" (fresh tracks) when the agent had won nothing
  at that account before the opportunity was engaged (or closed, with no engage date), and
  every opportunity with no account; otherwise "expansion".
- Wipeouts (cancellations, plan.md section 11): a won deal closed on or before 2026-05-10 with
  hash mod 53 = 0 is cancelled, cancel_date = close + 6 + (hash mod 140) days, at the latest the
  as-of date (only cancellations within 90 days of close are clawed back).
- Ride-alongs (plan.md 3.4): the five agents with no opportunity in the export (Mei-Mei Johns,
  Elizabeth Anderson, Natalya Ivanova, Carol Thompson, Carl Lin) join on 2026-04-13, each
  paired with a mentor of their own team; a won or cancelled deal of the mentor closing on or
  after that date with hash mod 3 = 0 is two lines with the same id, 60% to the mentor and 40%
  to the new agent.
- Roster (sellers.csv): the 35 agents under their 6 managers and 3 regional offices as exported;
  the Senior Agents (Darcel Schlecht, Vicki Laflamme) carry their own monthly Systems quota.
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = ["/work/shared/data/maven-crm",
           os.path.join(HERE, "..", "..", "..", "..", "tests", "fixtures", "maven-crm")]
SRC = next(p for p in SOURCES if os.path.exists(os.path.join(p, "sales_pipeline.csv")))
AS_OF = dt.date(2026, 5, 20)
CANCEL_BY = dt.date(2026, 5, 10)
JOIN = dt.date(2026, 4, 13)
MENTOR = {
    "Darcel Schlecht": "Mei-Mei Johns",
    "Corliss Cosme": "Elizabeth Anderson",
    "Cassey Cress": "Natalya Ivanova",
    "Vicki Laflamme": "Carol Thompson",
    "Kary Hendrixson": "Carl Lin",
}
SENIOR_QUOTA = {"Darcel Schlecht": "90000.00", "Vicki Laflamme": "45000.00"}
SPELL = {"GTXPro": "GTX Pro"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def shift(s):
    d = dt.date.fromisoformat(s)
    months = d.year * 12 + d.month - 1 + 8 * 12 + 7
    y, m = divmod(months, 12)
    m += 1
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    last = (nxt - dt.timedelta(days=1)).day
    return dt.date(y, m, min(d.day, last))


pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")
price = {SPELL.get(p["product"], p["product"]): int(p["sales_price"]) for p in read("products.csv")}

wins = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        wins.setdefault((r["sales_agent"], r["account"]), []).append(r["close_date"])


def deal_type(r):
    if not r["account"]:
        return "new"
    ref = r["engage_date"] or r["close_date"]
    before = [d for d in wins.get((r["sales_agent"], r["account"]), []) if d < ref]
    return "expansion" if before else "new"


rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    agent = r["sales_agent"]
    prod = SPELL.get(r["product"], r["product"])
    st = r["deal_stage"]
    prob, cancel = "", ""
    if st in ("Won", "Lost"):
        close = shift(r["close_date"])
        stage = "won" if st == "Won" else "lost"
        amount = int(r["close_value"]) if stage == "won" else price[prod]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    elif st == "Engaging":
        stage, prob, amount = "open", "0.5", price[prod]
        close = dt.date(2026, 5, 1) + dt.timedelta(days=x % 90)
    else:
        stage, prob, amount = "open", "0.15", price[prod]
        close = dt.date(2026, 6, 1) + dt.timedelta(days=(x // 7) % 115)
    if stage == "won" and close <= CANCEL_BY and (x // 5) % 53 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=agent, account=r["account"],
                name=f"{r['account'] or 'Unassigned'} {prod}", type=deal_type(r), product=prod,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if (agent in MENTOR and stage in ("won", "cancelled") and close >= JOIN
            and (x // 13) % 3 == 0):
        rows.append(dict(line, split="0.6"))
        rows.append(dict(line, seller=MENTOR[agent], split="0.4"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

new_agents = set(MENTOR.values())
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:systems"])
    for t in teams:
        a = t["sales_agent"]
        role = "Senior Agent" if a in SENIOR_QUOTA else "Sales Agent"
        start = JOIN.isoformat() if a in new_agents else ""
        w.writerow([a, a, t["manager"], t["regional_office"], role, start, "",
                    SENIOR_QUOTA.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
