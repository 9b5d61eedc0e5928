#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfortieth workspace (Copperline Technologies,
Inc., an invented US maker of workstations, servers and cloud device-management subscriptions,
Columbus, Ohio; FISCAL plan year FY27 = 1 February 2026 - 31 January 2027, USD, QUARTERLY
payouts) from the real Maven CRM export in /work/shared/data/maven-crm/, AS IT IS.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id or a
rule on the export; no clock, no random stream). Run: python3 gen_deals.py

- Every one of the 8,800 opportunities is kept, id = opportunity_id, seller = the agent's real
  name as the export spells it; the 30 agents with opportunities are the roster, under their
  real managers, territory = their regional office (Central, East, West). The five agents of
  sales_teams.csv with no opportunity are not on the roster.
- Accounts as exported (blank where the export has none: open opportunities only); products as
  the price list spells them ("GTXPro" of the pipeline is the price list's "GTX Pro").
- Dates: every Maven date moves forward by the same 3,259 days, so 1 March 2017 becomes
  1 February 2026 (the first day of the plan year) and 31 December 2017 becomes 3 December 2026.
  AS OF = 2026-09-16. A Won opportunity that now closes after the as-of date is an open deal
  (probability 0.6) expected on its shifted date; a Lost one dated after it is an open deal
  (probability 0.25) on its shifted date. Engaging opportunities are open (probability 0.5)
  expected on AS OF + 5 + (hash mod 100) days; Prospecting ones (probability 0.2) on
  15 October 2026 + (hash mod 100) days.
- Amounts in USD as exported: a won deal's close_value; lost and open deals carry the product's
  list price (products.csv sales_price).
- Deal type (plan.md 3.4), from the export's own history: "new" when the seller had won nothing
  at the account before the opportunity's engage date (or the opportunity has no account);
  "renewal" for an MG Special or MG Advanced opportunity at an account where the seller had
  already won an MG product before it; "expansion" otherwise. Prospecting opportunities (no
  engage date) are judged at the as-of date.
- Cancellations ("boomerangs", plan.md section 10): a won deal credited to an active seller, with
  hash mod 31 = 0, whose cancel_date = close + 10 + (hash mod 170) days falls on or before the
  as-of date, is cancelled; only those cancelled within 120 days of close are clawed back. The
  first credited GTK 500 won in May 2026 (60UOBOEM, Rosalina Dieter) is also cancelled, 40 days
  after close, so the Heavy Lift Bonus has a clawback.
- Roster (sellers.csv): Darcel Schlecht, Principal Account Executive, carries his own Compute
  Hardware quota of $600,000 and a $40,000 target incentive. Niesha Huffines joined on
  2026-07-13 (Copperline bought her former reseller; her earlier opportunities were imported for
  history and credit no one). Rosie Papadopoulos left on 2026-07-10 (deals closing after it credit
  no one; her open deals are still in her name).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 9, 16)
SHIFT = dt.date(2026, 2, 1) - dt.date(2017, 3, 1)   # 3259 days
START = {"Niesha Huffines": dt.date(2026, 7, 13)}
END = {"Rosie Papadopoulos": dt.date(2026, 7, 10)}
ROLE = {"Darcel Schlecht": "Principal Account Executive"}
QUOTA_COMPUTE = {"Darcel Schlecht": "600000.00"}
TI = {"Darcel Schlecht": "40000.00"}
CANCEL_ALSO = set()   # filled below: the first won GTK 500 closed in Q2 that is credited


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
pipe = read("sales_pipeline.csv")
agents = {r["sales_agent"] for r in pipe}


def prod(p):
    return "GTX Pro" if p == "GTXPro" else p


def active(seller, d):
    return (seller not in START or d >= START[seller]) and (seller not in END or d <= END[seller])


# wins of each (seller, account): original close dates, with MG flag
wins = {}
for r in pipe:
    if r["deal_stage"] == "Won" and r["account"]:
        wins.setdefault((r["sales_agent"], r["account"]), []).append(
            (dt.date.fromisoformat(r["close_date"]), prod(r["product"]).startswith("MG")))

MAVEN_AS_OF = AS_OF - SHIFT

# one GTK 500 cancelled within the window: the earliest credited won GTK 500 closing in May 2026
gtk = sorted((dt.date.fromisoformat(r["close_date"]) + SHIFT, r["opportunity_id"], r["sales_agent"])
             for r in pipe if r["product"] == "GTK 500" and r["deal_stage"] == "Won")
for close, oid, s in gtk:
    if close.month == 5 and active(s, close):
        CANCEL_ALSO.add(oid)
        break

rows = []
for r in pipe:
    oid = r["opportunity_id"]
    x = h(oid)
    seller = r["sales_agent"]
    product = prod(r["product"])
    account = r["account"]
    st = r["deal_stage"]
    prob, cancel = "", ""
    if st == "Engaging":
        stage, prob = "open", "0.5"
        close = AS_OF + dt.timedelta(days=5 + x % 100)
        amount = price[product]
    elif st == "Prospecting":
        stage, prob = "open", "0.2"
        close = dt.date(2026, 10, 15) + dt.timedelta(days=x % 100)
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        stage = "won" if st == "Won" else "lost"
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    # deal type from the seller's own history at the account
    engaged = dt.date.fromisoformat(r["engage_date"]) if r["engage_date"] else MAVEN_AS_OF
    prior = [w for w in wins.get((seller, account), []) if w[0] < engaged] if account else []
    if not prior:
        typ = "new"
    elif product.startswith("MG") and any(mg for _, mg in prior):
        typ = "renewal"
    else:
        typ = "expansion"
    cdate = close + dt.timedelta(days=10 + (x // 11) % 170)
    if oid in CANCEL_ALSO:
        cdate = close + dt.timedelta(days=40)
    if stage == "won" and active(seller, close) and cdate <= AS_OF and (
            (x // 7) % 31 == 0 or oid in CANCEL_ALSO):
        stage = "cancelled"
        cancel = cdate.isoformat()
    name = f"{account} {product}" if account else product
    rows.append(dict(id=oid, seller=seller, account=account, name=name, type=typ,
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
                "target_incentive", "quota:compute"])
    for t in teams:
        s = t["sales_agent"]
        if s not in agents:
            continue
        w.writerow([s, s, t["manager"], t["regional_office"], ROLE.get(s, "Account Executive"),
                    START[s].isoformat() if s in START else "",
                    END[s].isoformat() if s in END else "",
                    TI.get(s, ""), QUOTA_COMPUTE.get(s, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "cancel also:", sorted(CANCEL_ALSO))
