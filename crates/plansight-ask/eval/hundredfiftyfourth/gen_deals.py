#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfiftyfourth workspace (MavenTech field sales,
the Maven CRM export as it is; plan year FY2017 = 1 October 2016 - 30 September 2017, MONTHLY
payouts, QUARTERLY quotas) from the real export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no clock,
no random stream). Run: python3 gen_deals.py

- Sellers: the agents of three managers as sales_teams.csv has them, under their real names:
  Melvin Marxen (Central), Rocco Neubert (East), Summer Sewald (West). Carl Lin (West), who has no
  opportunity in the export, is on the roster as a new hire who joined on 2017-07-10. Mei-Mei Johns
  and Natalya Ivanova (no opportunities either) are left out; so are the other three managers'
  agents.
- The plan took effect with the CRM on 1 March 2017 (plan.md 2.4): every incumbent's start_date
  is 2017-03-01, so Q2's quotas are prorated to March.
- Ids, sellers, accounts, products and dates are the export's. "GTXPro" is written "GTX Pro", as
  the price list spells it. AS OF = 2017-08-22.
- Stages as the CRM stood on the as-of date: an opportunity engaged after the as-of date did not
  exist yet and is dropped. Won / Lost with a close date on or before the as-of date are won /
  lost. A Won or Lost opportunity closing after the as-of date was still open on it: open, with
  its real close date as the expected close date and probability 0.6 (it was later won) or 0.3
  (later lost). Engaging opportunities are open, probability 0.5, expected to close 2017-08-01 +
  (hash mod 61) days (about a third of them overdue on the as-of date: the CRM's expected close
  date passed without a decision); Prospecting ones 0.2, 2017-09-01 + (hash mod 75) days (some
  after the plan year).
- Amounts (USD): a won deal's close_value; lost and open ones carry the product's list price.
- Deal type: "new" = the agent's first won deal at that account in the export (an account new to
  the agent; plan.md 3.5 "first frame"), every later one at the same account "repeat". Open and
  lost opportunities are typed the same way against the agent's wins before their date; an
  opportunity with no account is "new".
- Cancellations ("dead balls"; the export has none, so they are added): a won deal closed on or
  before 2017-08-08 with (hash // 7) mod 37 = 0 is cancelled, cancel_date = close + 6 + (hash
  mod (n + 1)) days, n = the smaller of 120 and the days from close + 6 to the as-of date, so no
  cancellation is after the as-of date (plan.md 10: only cancellations within 90 days of
  close are clawed back).
- No splits: every deal is credited 100% to its agent (plan.md 3.4).
- Roster: Darcel Schlecht, the Senior Account Executive, carries his own quarterly quotas (core
  250,000, MG 40,000; plan.md 5.2, 6.2); everyone else the plan's.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 8, 22)
PLAN_EFFECTIVE = "2017-03-01"
CANCEL_BY = dt.date(2017, 8, 8)
MANAGERS = ["Melvin Marxen", "Rocco Neubert", "Summer Sewald"]
LEFT_OUT = {"Mei-Mei Johns", "Natalya Ivanova"}
NEW_HIRES = {"Carl Lin": "2017-07-10"}
ROLE = {"Darcel Schlecht": "Senior Account Executive"}
QUOTA_CORE = {"Darcel Schlecht": "250000.00"}
QUOTA_MG = {"Darcel Schlecht": "40000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = [r for r in read("sales_teams.csv") if r["manager"] in MANAGERS and r["sales_agent"] not in LEFT_OUT]
team_of = {r["sales_agent"]: r for r in teams}
pipe = read("sales_pipeline.csv")

# first won date of each (agent, account), from the whole export (the CRM's memory)
first_win = {}
for r in sorted(pipe, key=lambda r: (r["close_date"], r["opportunity_id"])):
    if r["deal_stage"] == "Won":
        first_win.setdefault((r["sales_agent"], r["account"]), (r["close_date"], r["opportunity_id"]))

rows = []
for r in pipe:
    agent = r["sales_agent"]
    if agent not in team_of:
        continue
    oid = r["opportunity_id"]
    x = h(oid)
    engage = dt.date.fromisoformat(r["engage_date"]) if r["engage_date"] else None
    if engage and engage > AS_OF:
        continue
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage_in = r["deal_stage"]
    prob, cancel = "", ""
    if stage_in in ("Won", "Lost"):
        close = dt.date.fromisoformat(r["close_date"])
        if close <= AS_OF:
            stage = "won" if stage_in == "Won" else "lost"
            amount = int(r["close_value"]) if stage == "won" else price[product]
        else:
            stage = "open"
            prob = "0.6" if stage_in == "Won" else "0.3"
            amount = price[product]
    elif stage_in == "Engaging":
        stage, prob, amount = "open", "0.5", price[product]
        close = dt.date(2017, 8, 1) + dt.timedelta(days=x % 61)
    else:
        stage, prob, amount = "open", "0.2", price[product]
        close = dt.date(2017, 9, 1) + dt.timedelta(days=x % 75)
    acct = r["account"]
    fw = first_win.get((agent, acct))
    if not acct:
        typ = "new"
    elif stage == "won":
        typ = "new" if fw and fw[1] == oid else "repeat"
    else:
        typ = "repeat" if fw and fw[0] < close.isoformat() else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 37 == 0:
        stage = "cancelled"
        span = min(120, (AS_OF - close).days - 6)
        cancel = (close + dt.timedelta(days=6 + x % (span + 1))).isoformat()
    rows.append(dict(id=oid, seller=agent, account=acct,
                     name=f"{acct} {product}" if acct else product,
                     type=typ, product=product, amount=f"{amount}.00",
                     close_date=close.isoformat(), stage=stage, split="1",
                     probability=prob, cancel_date=cancel, currency="USD"))

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

roster = sorted(teams, key=lambda r: (MANAGERS.index(r["manager"]), r["sales_agent"]))
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:core", "quota:mg"])
    for t in roster:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"], ROLE.get(a, "Account Executive"),
                    NEW_HIRES.get(a, PLAN_EFFECTIVE), "", QUOTA_CORE.get(a, ""), QUOTA_MG.get(a, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
