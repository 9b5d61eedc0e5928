#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredthirtythird workspace (MavenTech's US
inside-sales desk under the "Hot Sauce" plan, calendar year 1 January - 31 December 2017, USD,
QUARTERLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/ (or the
repository's tests/fixtures/maven-crm/). Standard library only; deterministic (every choice is
an md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

The Maven data is kept as it is:
- seller = the agent's full name as the CRM spells it ("Darcel Schlecht"); manager and
  regional office from sales_teams.csv; every opportunity of every agent is kept;
- id = opportunity_id; product as the price list spells it ("GTXPro" -> "GTX Pro");
  account as exported (blank where the export has none); name = "<account or Unassigned>
  <product>"; amount = close_value (won) in USD; dates as exported (no shift).
- AS OF = 2017-11-17 (a Friday). A Won opportunity closing after it is an open one
  (probability 0.6) expected on its Maven close date; a Lost one closing after it is open
  (probability 0.25) expected on its Maven close date. Lost and open opportunities carry the
  product's list price. Engaging opportunities are open (probability 0.5) expected on
  2017-11-01 + (hash mod 61) days (some overdue at the as-of date); Prospecting ones
  (probability 0.2) on 2017-12-01 + (hash mod 31) days.
- Deal type (the export has none): "new" when the agent had won nothing from that account
  before the opportunity was engaged (and every opportunity with no account), else "upsell".
- Ride-along splits (plan.md 3.4): the five agents with no opportunity in the export joined on
  2017-08-14, each riding along with a senior rep of their manager's team. A won (or
  cancelled) deal of the mentor closing on or after 2017-08-14 with (hash // 13) mod 4 = 0 is two
  lines with the same id: 75% to the mentor, 25% to the new hire.
    Darcel Schlecht -> Mei-Mei Johns      Corliss Cosme  -> Elizabeth Anderson
    Cassey Cress    -> Natalya Ivanova    Markita Hansen -> Carol Thompson
    Kary Hendrixson -> Carl Lin
- Cancellations ("boomerangs"): a won deal closed on or before 2017-11-03 with (hash // 7)
  mod 37 = 0 is cancelled, cancel_date = close + 6 + (hash // 11) mod 140 days, at the
  latest the as-of date (plan.md 9: only cancellations within 90 days of close are clawed
  back).
- Roster: every agent of sales_teams.csv; Senior Inside Reps Darcel Schlecht and Vicki
  Laflamme carry their own quarterly Booked Revenue quota (roster override); the five new
  hires start on 2017-08-14.
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = ["/work/shared/data/maven-crm",
           os.path.join(HERE, "..", "..", "..", "..", "tests", "fixtures", "maven-crm")]
SRC = next(p for p in SOURCES if os.path.exists(os.path.join(p, "sales_pipeline.csv")))
AS_OF = dt.date(2017, 11, 17)
CANCEL_BY = dt.date(2017, 11, 3)
HIRE_DATE = dt.date(2017, 8, 14)
RIDE_ALONG = {
    "Darcel Schlecht": "Mei-Mei Johns",
    "Corliss Cosme": "Elizabeth Anderson",
    "Cassey Cress": "Natalya Ivanova",
    "Markita Hansen": "Carol Thompson",
    "Kary Hendrixson": "Carl Lin",
}
NEW_HIRES = set(RIDE_ALONG.values())
SENIOR_QUOTA = {"Darcel Schlecht": "200000.00", "Vicki Laflamme": "120000.00"}
SPELL = {"GTXPro": "GTX Pro"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


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
    engaged = r["engage_date"] or r["close_date"] or "2017-12-31"
    before = [d for d in wins.get((r["sales_agent"], r["account"]), []) if d < engaged]
    return "upsell" if before else "new"


rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    seller = r["sales_agent"]
    product = SPELL.get(r["product"], r["product"])
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 11, 1) + dt.timedelta(days=x % 61)
            prob = "0.5"
        else:
            close = dt.date(2017, 12, 1) + dt.timedelta(days=x % 31)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
            amount = price[product] if r["deal_stage"] == "Lost" else amount
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 37 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account,
                name=f"{account or 'Unassigned'} {product}", type=deal_type(r),
                product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                stage=stage, split="1", probability=prob, cancel_date=cancel, currency="USD")
    if (seller in RIDE_ALONG and stage in ("won", "cancelled") and close >= HIRE_DATE
            and (x // 13) % 4 == 0):
        rows.append(dict(line, split="0.75"))
        rows.append(dict(line, seller=RIDE_ALONG[seller], split="0.25"))
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
                "quota:booked"])
    for t in teams:
        a = t["sales_agent"]
        role = ("Senior Inside Rep" if a in SENIOR_QUOTA else
                "Inside Rep (new hire)" if a in NEW_HIRES else "Inside Rep")
        start = HIRE_DATE.isoformat() if a in NEW_HIRES else ""
        w.writerow([a, a, t["manager"], t["regional_office"], role, start, "",
                    SENIOR_QUOTA.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
