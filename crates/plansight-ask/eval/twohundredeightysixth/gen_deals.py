#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredeightysixth workspace (Keystone Hardware
Partners, Inc., an invented mid-size US B2B hardware reseller (a VAR) out of Pittsburgh; plan
year FY26 = 1 November 2025 - 31 October 2026, USD, MONTHLY payouts) from the real Maven CRM
export in /work/shared/data/maven-crm/, read as it is (never written).
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 18 of the export's agents are re-cast as Keystone account executives (AGENTS below); every
  opportunity of theirs is kept, with its id (opportunity_id), its product (the price list's
  spelling: "GTXPro" -> "GTX Pro"), its account as exported (blank for some open ones) and its
  close value in US dollars, unchanged.
- Dates: every Maven date moves forward by the same 3,167 days, so 1 March 2017 becomes
  1 November 2025 and 31 December 2017 becomes 2 September 2026. AS OF = 2026-06-17. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one dated
  after it becomes an open deal (probability 0.25). Engaging opportunities are open (probability
  0.5) expected to close 1 June 2026 + (hash mod 70) days (some already overdue); Prospecting
  ones (probability 0.2) 1 July 2026 + (hash mod 100) days. Lost and open deals carry the
  product's list price (products.csv), as Maven gives them no close value.
- Type (plan.md 3.5): hash mod 10 in 0-1 = "new" (a new logo, "greenfield"), 2-6 = "refresh"
  (a lifecycle refresh at an existing customer), 7-9 = "addon" (an add-on to an installed base).
- Splits (plan.md 3.4): a won or cancelled GTK 500 of a Carolinas AE other than the Data Center
  Specialist (Anjali Mehta) is two lines with the same id, 75% to the AE and 25% to her.
- Restocks (cancellations): a won deal closed on or before 2026-06-01 with hash mod 25 = 0 is
  cancelled, cancel_date = close + 6 + (hash mod 130) days, at the latest the as-of date (plan.md
  section 11: only restocks within 90 days of close are clawed back).
- Roster: Mike Sorensen (Senior AE) and Anjali Mehta (Data Center Specialist) carry their own
  quarterly Box Revenue quota. Nate Hollis joined on 2026-02-09 (his deals closing before it are
  dropped); Megan Wallace left on 2026-05-15 (her deals closing after it are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 6, 17)
SHIFT = dt.date(2025, 11, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 6, 1)

AGENTS = {
    "Darcel Schlecht": "Mike Sorensen",
    "Anna Snelling": "Jessica Tran",
    "Moses Frase": "Tyler Bennett",
    "Niesha Huffines": "Chris Morales",
    "Gladys Colclough": "Amber Fitzgerald",
    "Lajuana Vencill": "Kevin O'Brien",
    "Cassey Cress": "Ryan Whitaker",
    "Corliss Cosme": "Brittany Nolan",
    "Donn Cantrell": "Marcus Greene",
    "Reed Clapper": "Chris Ostrowski",
    "Violet Mclelland": "Lauren Pike",
    "Wilburn Farren": "Nate Hollis",
    "Elease Gluck": "Anjali Mehta",
    "Rosalina Dieter": "Jordan Pryor",
    "Markita Hansen": "Carla Jimenez",
    "Kary Hendrixson": "Stephanie Boyd",
    "Zane Levy": "Derek Lindqvist",
    "Hayden Neloms": "Megan Wallace",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:boxrev
    ("Mike Sorensen", "Rick Delgado", "Ohio Valley", "Senior Account Executive", "", "", "210000.00"),
    ("Jessica Tran", "Rick Delgado", "Ohio Valley", "Account Executive", "", "", ""),
    ("Tyler Bennett", "Rick Delgado", "Ohio Valley", "Account Executive", "", "", ""),
    ("Chris Morales", "Rick Delgado", "Ohio Valley", "Account Executive", "", "", ""),
    ("Amber Fitzgerald", "Rick Delgado", "Ohio Valley", "Account Executive", "", "", ""),
    ("Kevin O'Brien", "Rick Delgado", "Ohio Valley", "Account Executive", "", "", ""),
    ("Ryan Whitaker", "Tanya Brooks", "Mid-Atlantic", "Account Executive", "", "", ""),
    ("Brittany Nolan", "Tanya Brooks", "Mid-Atlantic", "Account Executive", "", "", ""),
    ("Marcus Greene", "Tanya Brooks", "Mid-Atlantic", "Account Executive", "", "", ""),
    ("Chris Ostrowski", "Tanya Brooks", "Mid-Atlantic", "Account Executive", "", "", ""),
    ("Lauren Pike", "Tanya Brooks", "Mid-Atlantic", "Account Executive", "", "", ""),
    ("Nate Hollis", "Tanya Brooks", "Mid-Atlantic", "Account Executive", "2026-02-09", "", ""),
    ("Anjali Mehta", "Greg Halvorsen", "Carolinas", "Data Center Specialist", "", "", "120000.00"),
    ("Jordan Pryor", "Greg Halvorsen", "Carolinas", "Account Executive", "", "", ""),
    ("Carla Jimenez", "Greg Halvorsen", "Carolinas", "Account Executive", "", "", ""),
    ("Stephanie Boyd", "Greg Halvorsen", "Carolinas", "Account Executive", "", "", ""),
    ("Derek Lindqvist", "Greg Halvorsen", "Carolinas", "Account Executive", "", "", ""),
    ("Megan Wallace", "Greg Halvorsen", "Carolinas", "Account Executive", "", "2026-05-15", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
TERRITORY = {r[0]: r[2] for r in ROSTER}
SPECIALIST = "Anjali Mehta"
STAGE = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def product_name(p):
    return "GTX Pro" if p == "GTXPro" else p


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}

rows = []
for r in read("sales_pipeline.csv"):
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    oid = r["opportunity_id"]
    x = h(oid)
    seller = AGENTS[agent]
    product = product_name(r["product"])
    stage = STAGE[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 6, 1) + dt.timedelta(days=(x // 3) % 70)
            prob = "0.5"
        else:
            close = dt.date(2026, 7, 1) + dt.timedelta(days=(x // 3) % 100)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    t = x % 10
    typ = "new" if t < 2 else ("refresh" if t < 7 else "addon")
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 130), AS_OF).isoformat()
    account = r["account"]
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=seller, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if (product == "GTK 500" and TERRITORY[seller] == "Carolinas" and seller != SPECIALIST
            and stage in ("won", "cancelled")):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.25"))
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
                "quota:boxrev"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
