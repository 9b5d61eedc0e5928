#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfiftyfourth workspace (MavenTech, the real
Maven CRM export kept as it is; plan "maventech-ae-fy18", plan year 1 April 2017 - 31 March 2018,
USD, MONTHLY payouts) from /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of the export is one line, as exported: id = opportunity_id, seller = the
  agent's name as the CRM spells it, account and product as exported (only "GTXPro" is written
  "GTX Pro", as the price list spells it), close dates as exported. Won: amount = close_value.
  Lost: amount = the product's list price (what was quoted). Won deals that closed in March
  2017 stay in the file: they are last plan year's and credit nothing in this one.
- Open opportunities (Engaging / Prospecting) carry their product's list price and an expected
  close: Engaging = probability 0.5, 2 January 2018 + (hash mod 58) days; Prospecting =
  probability 0.2, 1 February 2018 + (hash mod 58) days (all inside the plan year).
- Type: "new" (a new logo: nobody at MavenTech had won that account before the opportunity was
  engaged, or no account) or "expansion" (the "grow deals").
- Takebacks (cancellations): a won deal closing 1 April - 15 December 2017 with hash mod 97 = 0
  is cancelled, cancel_date = close + 12 + (hash mod N) days, N = the smaller of 150 and the
  days from close to 2017-12-31 less 11 (so every cancellation falls on or before the as-of date).
  Only those cancelled within 90 days of close are clawed back (plan.md section 10).
- Full Board Bonus (plan.md 8.2, a TEAM bonus the plan engine has no rule for on its own): at
  each quarter's end, a team whose bookings (every deal won by its reps closing in the quarter,
  a later takeback included) reach its Full Board goal earns the bonus for every rep on the team
  that day. Each award is one bookkeeping line of type "team" (no product, amount 0.00, stage
  won, closing on the quarter's last day, id FB-<quarter>-<manager's surname>), which adds no
  credit (amount 0.00) and the bonus rule pays 1,000.00 on. Quarters ending on or before the as-of
  date (2017-12-31) only: Q1, Q2, Q3.
- Roster (sellers.csv): the 35 agents of sales_teams.csv with their manager and regional office.
  Darcel Schlecht (Senior Account Executive) carries his own quarterly Bookings quota of
  220,000. The five agents with no opportunity in the export are this year's new hires, with a
  start date (their quotas are prorated by the engine).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
PLAN_START = dt.date(2017, 4, 1)
AS_OF = dt.date(2017, 12, 31)
CANCEL_BY = dt.date(2017, 12, 15)
NEW_HIRES = {
    "Mei-Mei Johns": "2017-09-05",
    "Elizabeth Anderson": "2017-10-16",
    "Natalya Ivanova": "2017-11-06",
    "Carol Thompson": "2017-11-13",
    "Carl Lin": "2017-12-04",
}
SENIOR = {"Darcel Schlecht": "220000.00"}
# Full Board goals, a quarter's team bookings (plan.md 8.2)
GOALS = {
    "Dustin Brinkmann": 340000,
    "Melvin Marxen": 650000,
    "Cara Losch": 320000,
    "Rocco Neubert": 560000,
    "Celia Rouche": 480000,
    "Summer Sewald": 540000,
}
QUARTERS = [("Q1", dt.date(2017, 4, 1), dt.date(2017, 6, 30)),
            ("Q2", dt.date(2017, 7, 1), dt.date(2017, 9, 30)),
            ("Q3", dt.date(2017, 10, 1), dt.date(2017, 12, 31))]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
manager = {r["sales_agent"]: r["manager"] for r in teams}
pipeline = read("sales_pipeline.csv")

# first won close per account, for new logo / expansion
first_win = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        d = r["close_date"]
        if r["account"] not in first_win or d < first_win[r["account"]]:
            first_win[r["account"]] = d

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2018, 1, 2) + dt.timedelta(days=x % 58)
            prob = "0.5"
        else:
            close = dt.date(2018, 2, 1) + dt.timedelta(days=x % 58)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"]) if stage == "won" else price[product]
    acct = r["account"]
    if not acct:
        typ = "new"
    else:
        fw = first_win.get(acct)
        eng = r["engage_date"] or close.isoformat()
        typ = "new" if fw is None or fw >= eng else "expansion"
    if stage == "won" and PLAN_START <= close <= CANCEL_BY and (x // 5) % 97 == 0:
        stage = "cancelled"
        room = min(150, (AS_OF - close).days - 11)
        cancel = (close + dt.timedelta(days=12 + (x // 7) % room)).isoformat()
    name = f"{acct} {product}" if acct else product
    rows.append(dict(id=oid, seller=r["sales_agent"], account=acct, name=name, type=typ,
                     product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                     stage=stage, split="1", probability=prob, cancel_date=cancel,
                     currency="USD"))


def active(seller, day):
    start = NEW_HIRES.get(seller)
    return start is None or dt.date.fromisoformat(start) <= day


# Full Board Bonus lines
for q, qs, qe in QUARTERS:
    if qe > AS_OF:
        continue
    for mgr, goal in GOALS.items():
        booked = sum(int(float(r["amount"])) for r in rows
                     if manager[r["seller"]] == mgr and r["stage"] in ("won", "cancelled")
                     and qs <= dt.date.fromisoformat(r["close_date"]) <= qe)
        if booked < goal:
            continue
        for t in teams:
            if t["manager"] == mgr and active(t["sales_agent"], qe):
                rows.append(dict(id=f"FB-{q}-{mgr.split()[-1].upper()}", seller=t["sales_agent"],
                                 account="", name=f"Full Board Bonus {q} ({mgr}'s team)",
                                 type="team", product="", amount="0.00",
                                 close_date=qe.isoformat(), stage="won", split="1",
                                 probability="", cancel_date="", currency="USD"))

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
                "quota:bookings"])
    for t in teams:
        sid = t["sales_agent"]
        role = ("Senior Account Executive" if sid in SENIOR
                else "Account Executive (new hire)" if sid in NEW_HIRES else "Account Executive")
        w.writerow([sid, sid, t["manager"], t["regional_office"], role,
                    NEW_HIRES.get(sid, ""), "", SENIOR.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "team lines:", sum(1 for x in rows if x["type"] == "team"))
