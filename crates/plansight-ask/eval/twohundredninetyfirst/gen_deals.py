#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredninetyfirst workspace (Copperline Systems,
Inc., an invented mid-size Seattle vendor of business workstations, servers and software; plan
year FY2026 = 1 October 2025 - 30 September 2026, USD, MONTHLY payouts) from the real Maven CRM
export in /work/shared/data/maven-crm/, read as it is. Standard library only; deterministic
(every choice is an md5 hash of the opportunity id; no clock, no random stream).
Run: python3 gen_deals.py

- Three Maven sales teams are re-cast as Copperline's three regions, each agent as an account
  executive under the re-cast manager (AGENTS below): Dustin Brinkmann's team = Midwest
  (Chicago), Cara Losch's = Northeast (Boston), Celia Rouche's = West (Seattle). Boris Faz
  (Rocco Neubert's team in Maven) is re-cast as Sam Patel, who joins the Midwest on 2026-01-12
  (his won and lost opportunities before that date are dropped). Rosie Papadopoulos is re-cast
  as Alyssa Romano, who leaves the Northeast on 2026-03-20 (her opportunities closing after that
  date, and her open ones, are dropped). Every opportunity of these agents is kept.
- Products, accounts, opportunity ids and won close values are kept as exported ("GTXPro" is
  spelt "GTX Pro", as the price list spells it). Opportunities with no account in the export
  (the open ones) keep an empty account.
- Dates: every Maven date moves forward by the same 3,136 days, so 1 March 2017 becomes
  1 October 2025 (the plan year's first day) and 31 December 2017 becomes 31 July 2026.
  AS OF = 2026-05-22. A Won opportunity that now closes after the as-of date becomes an open
  deal at that date (probability 0.7); a Lost one after it becomes an open deal (probability
  0.3). Engaging opportunities are open (probability 0.5) expected to close 2 May 2026 +
  (hash mod 110) days (some already overdue at the as-of date); Prospecting ones (probability
  0.2) 1 June 2026 + (hash mod 110) days.
- Amounts in USD: a won deal's amount is its close value; lost and open deals carry the
  product's list price (products.csv).
- Type: an MG Special or MG Advanced deal with hash mod 3 = 0 is a "renewal" (a software
  subscription renewed); otherwise hash mod 4 = 0 is "new" (a new customer), the rest
  "expansion" (more for an existing customer).
- Splits (plan.md 3.5): every won or cancelled GTK 500 deal of a West AE other than Stephanie
  Nguyen is two lines with the same id, 70% to the AE and 30% to Stephanie Nguyen (the West's
  Enterprise AE). Brian Kessler's won or cancelled deals closing on or after Sam Patel's start
  with hash mod 5 = 0 are "ride-along" deals, two lines 50% / 50% with Sam Patel.
- Cancellations ("unwinds"): a won deal closed on or before 2026-05-10 with hash mod 28 = 0 is
  cancelled on close + 6 + (hash mod 150) days, when that date is on or before the as-of date
  (plan.md section 10: only unwinds within 90 days of close are clawed back).
- Roster: Stephanie Nguyen (Enterprise AE) carries her own quarterly Systems quota; Tanya Brooks
  (Software Specialist AE) her own annual Software quota. Two AEs are called Kevin (Kevin Park,
  Midwest; Kevin O'Brien, Northeast).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 5, 22)
SHIFT = dt.date(2025, 10, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 5, 10)

AGENTS = {
    "Anna Snelling": "Brian Kessler",
    "Cecily Lampkin": "Tanya Brooks",
    "Versie Hillebrand": "Kevin Park",
    "Lajuana Vencill": "Monica Reyes",
    "Moses Frase": "Greg Sutter",
    "Boris Faz": "Sam Patel",
    "Violet Mclelland": "Lauren Fitzgerald",
    "Corliss Cosme": "Derek Mahoney",
    "Rosie Papadopoulos": "Alyssa Romano",
    "Garret Kinder": "Jason Whitley",
    "Wilburn Farren": "Kevin O'Brien",
    "Vicki Laflamme": "Marcus Bell",
    "Elease Gluck": "Stephanie Nguyen",
    "Rosalina Dieter": "Tyler Hansen",
    "Hayden Neloms": "Rachel Goldberg",
    "Markita Hansen": "Jeff Caldwell",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:systems, quota:software
    ("Brian Kessler", "Dana Whitcomb", "Midwest", "Account Executive", "", "", "", ""),
    ("Tanya Brooks", "Dana Whitcomb", "Midwest", "Software Specialist AE", "", "", "", "110000.00"),
    ("Kevin Park", "Dana Whitcomb", "Midwest", "Account Executive", "", "", "", ""),
    ("Monica Reyes", "Dana Whitcomb", "Midwest", "Account Executive", "", "", "", ""),
    ("Greg Sutter", "Dana Whitcomb", "Midwest", "Account Executive", "", "", "", ""),
    ("Sam Patel", "Dana Whitcomb", "Midwest", "Account Executive", "2026-01-12", "", "", ""),
    ("Lauren Fitzgerald", "Rick Ostrowski", "Northeast", "Account Executive", "", "", "", ""),
    ("Derek Mahoney", "Rick Ostrowski", "Northeast", "Account Executive", "", "", "", ""),
    ("Alyssa Romano", "Rick Ostrowski", "Northeast", "Account Executive", "", "2026-03-20", "", ""),
    ("Jason Whitley", "Rick Ostrowski", "Northeast", "Account Executive", "", "", "", ""),
    ("Kevin O'Brien", "Rick Ostrowski", "Northeast", "Account Executive", "", "", "", ""),
    ("Marcus Bell", "Theresa Lindgren", "West", "Account Executive", "", "", "", ""),
    ("Stephanie Nguyen", "Theresa Lindgren", "West", "Enterprise AE", "", "", "90000.00", ""),
    ("Tyler Hansen", "Theresa Lindgren", "West", "Account Executive", "", "", "", ""),
    ("Rachel Goldberg", "Theresa Lindgren", "West", "Account Executive", "", "", "", ""),
    ("Jeff Caldwell", "Theresa Lindgren", "West", "Account Executive", "", "", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
REGION = {r[0]: r[2] for r in ROSTER}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS:
        continue
    seller = AGENTS[r["sales_agent"]]
    x = h(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 5, 2) + dt.timedelta(days=x % 110)
            prob = "0.5"
        else:
            close = dt.date(2026, 6, 1) + dt.timedelta(days=x % 110)
            prob = "0.2"
        amount = price[r["product"]]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[r["product"]]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and stage != "open" and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and (stage == "open" or close > dt.date.fromisoformat(END[seller])):
        continue
    if product.startswith("MG") and x % 3 == 0:
        typ = "renewal"
    elif (x // 3) % 4 == 0:
        typ = "new"
    else:
        typ = "expansion"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 28 == 0:
        when = close + dt.timedelta(days=6 + (x // 11) % 150)
        if when <= AS_OF:
            stage = "cancelled"
            cancel = when.isoformat()
    name = f"{account} {product}" if account else f"{product} opportunity"
    line = dict(id=oid, seller=seller, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    partner = None
    if (product == "GTK 500" and REGION[seller] == "West" and seller != "Stephanie Nguyen"
            and stage in ("won", "cancelled")):
        partner, share = "Stephanie Nguyen", ("0.7", "0.3")
    elif (seller == "Brian Kessler" and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START["Sam Patel"])):
        partner, share = "Sam Patel", ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
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
                "quota:systems", "quota:software"])
    for sid, mgr, terr, role, start, end, qs, qw in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qs, qw])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
