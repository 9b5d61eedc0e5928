#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredninetyninth workspace (Lakeshore Workplace
Interiors Ltd., an invented Toronto office-furniture dealer: desks, chairs, storage, boardroom
suites, installation and ergonomic services; plan year = calendar 2026, CAD, MONTHLY payouts)
from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 11 Maven agents are re-cast as Lakeshore account executives in three teams (AGENTS, ROSTER
  below). Three in five of each agent's opportunities are kept (md5(id) mod 5 < 3), except that
  every GTK 500 opportunity (a Boardroom Suite) and every opportunity of Elease Gluck (re-cast as
  Nadia Haddad, the Workplace Design Consultant) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  2 January 2026 and 31 December 2017 becomes 3 November 2026. AS OF = 2026-09-18. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one dated
  after it becomes an open quote (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 September 2026 + (hash mod 80) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 October 2026 + (hash mod 85) days.
- Amounts in CAD, whole dollars: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor.
    GTX Basic      -> Task Chair             x 3
    GTX Plus Basic -> Lateral File           x 3
    GTX Pro        -> Sit-Stand Desk         x 3
    GTX Plus Pro   -> Benching System        x 3
    GTK 500        -> Boardroom Suite        x 2
    MG Advanced    -> Installation Service   x 1.5
    MG Special     -> Ergonomic Assessment   x 10
- Accounts: Maven's 85 accounts (sorted) fold onto 30 invented Toronto-area businesses (index
  mod 30); an opportunity with no account gets one by hash.
- Type: hash mod 10 in 0-4 = "new" (a client we have never furnished), 5-7 = "addon" (an
  existing client adding to what they have), 8-9 = "relocation" (an existing client moving
  premises). Ergonomic Assessments are always "addon".
- Splits (plan.md 3.4): a won, cancelled or open Boardroom Suite of any executive but Nadia
  Haddad is two lines with the same id: 80% to the executive and 20% to Nadia Haddad.
- Cancellations ("unwinds"): a won deal closed on or before 2026-09-08 with hash mod 21 = 0 is
  cancelled on close + 6 + (hash mod 140) days when that day is on or before the as-of date
  (else it stays won); plan.md section 11: only cancellations within 90 days of close are
  clawed back.
- Roster: Kevin O'Donnell (Senior Account Executive) and Nadia Haddad (Workplace Design
  Consultant) carry their own annual Furniture Bookings quota. Tyler Bouchard joined on
  2026-05-11 (his own deals before that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 9, 18)
SHIFT = dt.date(2026, 1, 2) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 9, 8)

AGENTS = {
    "Darcel Schlecht": "Kevin O'Donnell",
    "Anna Snelling": "Priya Sharma",
    "Cassey Cress": "Marc Gagnon",
    "Wilburn Farren": "Tyler Bouchard",
    "Vicki Laflamme": "Jennifer Liu",
    "Kary Hendrixson": "Samantha Reid",
    "Elease Gluck": "Nadia Haddad",
    "Zane Levy": "Chris Nakamura",
    "Kami Bicknell": "Chris Moreau",
    "Rosalina Dieter": "Emily Tremblay",
    "Moses Frase": "Daniel Osei",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:bookings
    ("Kevin O'Donnell", "Denise Arsenault", "Downtown", "Senior Account Executive", "", "Q_SENIOR"),
    ("Priya Sharma", "Denise Arsenault", "Downtown", "Account Executive", "", ""),
    ("Marc Gagnon", "Denise Arsenault", "Downtown", "Account Executive", "", ""),
    ("Tyler Bouchard", "Denise Arsenault", "Downtown", "Account Executive", "2026-05-11", ""),
    ("Jennifer Liu", "Raj Malhotra", "North York", "Account Executive", "", ""),
    ("Samantha Reid", "Raj Malhotra", "North York", "Account Executive", "", ""),
    ("Nadia Haddad", "Raj Malhotra", "North York", "Workplace Design Consultant", "", "Q_DESIGN"),
    ("Chris Nakamura", "Raj Malhotra", "North York", "Account Executive", "", ""),
    ("Chris Moreau", "Brian Kowalchuk", "West End", "Account Executive", "", ""),
    ("Emily Tremblay", "Brian Kowalchuk", "West End", "Account Executive", "", ""),
    ("Daniel Osei", "Brian Kowalchuk", "West End", "Account Executive", "", ""),
]
QUOTA = {"Q_SENIOR": "1150000.00", "Q_DESIGN": "450000.00"}
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("Task Chair", 3),
    "GTX Plus Basic": ("Lateral File", 3),
    "GTX Pro": ("Sit-Stand Desk", 3),
    "GTXPro": ("Sit-Stand Desk", 3),
    "GTX Plus Pro": ("Benching System", 3),
    "GTK 500": ("Boardroom Suite", 2),
    "MG Advanced": ("Installation Service", 1.5),
    "MG Special": ("Ergonomic Assessment", 10),
}
ACCOUNTS = [
    "Bay Street Capital Partners", "Liberty Village Design Co", "Yorkville Dental Group",
    "Humber Logistics", "Etobicoke Credit Union", "Danforth Family Law", "King West Architects",
    "Scarborough Health Clinic", "Queensway Auto Group", "Leslieville Brewing Co",
    "Don Mills Insurance Brokers", "Harbourfront Marketing", "Spadina Tech Labs",
    "Willowdale Legal Clinic", "Mimico Engineering", "Mississauga Pharma Labs",
    "Junction Print House", "Riverdale Accounting", "Kensington Media", "Pearson Freight Forwarders",
    "Cabbagetown Consulting", "Sherway Realty", "Roncesvalles Animation Studio",
    "St. Lawrence Property Management", "Distillery District Events", "Vaughan Builders Supply",
    "Markham Software Inc", "Agincourt Medical Imaging", "Parkdale Community Services",
    "High Park Montessori",
]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
maven_accounts = sorted(r["account"] for r in read("accounts.csv"))
IDX = {a: i for i, a in enumerate(maven_accounts)}

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    keep = h(oid) % 5 < 3 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 5
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 10, 1) + dt.timedelta(days=x % 85)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    t = (x // 3) % 10
    if product == "Ergonomic Assessment":
        typ = "addon"
    elif t < 5:
        typ = "new"
    elif t < 8:
        typ = "addon"
    else:
        typ = "relocation"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 21 == 0:
        when = close + dt.timedelta(days=6 + (x // 11) % 140)
        if when <= AS_OF:
            stage = "cancelled"
            cancel = when.isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="CAD")
    if product == "Boardroom Suite" and seller != "Nadia Haddad" and stage != "lost":
        line["split"] = "0.8"
        rows.append(line)
        rows.append(dict(line, seller="Nadia Haddad", split="0.2"))
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
                "quota:bookings"])
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
