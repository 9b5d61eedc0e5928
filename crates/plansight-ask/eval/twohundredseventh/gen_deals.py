#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredseventh workspace (Tidewater Commercial
Insurance Brokers, Inc., an invented US commercial insurance brokerage with offices in Norfolk VA,
Richmond VA and Raleigh NC; plan year = calendar year 2026, USD, MONTHLY payouts) from the real
Maven CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic (every
choice is an md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 11 Maven agents are re-cast as Tidewater producers (AGENTS below). About 60% of each agent's
  opportunities are kept (md5(id) mod 5 < 3), except: every GTK 500 opportunity is kept (they
  become Workers' Compensation policies), and every opportunity of Elease Gluck (re-cast as Erin
  Lockwood, the Workers' Comp practice leader) is kept.
- A deal is a policy placed for a client business. Dates: every Maven date moves forward by the
  same number of days, so 1 March 2017 becomes 5 January 2026 and 31 December 2017 becomes
  6 November 2026. AS OF = 2026-08-21. A Won opportunity that now closes after it becomes an
  open submission (probability 0.6); a Lost one dated after it becomes an open submission
  (probability 0.25). Engaging opportunities are open (probability 0.5) expected to bind
  3 August 2026 + (hash mod 110) days (some overdue at the as-of date); Prospecting ones
  (probability 0.2) 15 September 2026 + (hash mod 100) days.
- Amounts are annual premium in USD, whole dollars: close value x the product's factor (won);
  lost and open submissions carry the product's list price x the factor.
    MG Special     -> Surety Bond               x 40
    GTX Basic      -> Business Owners Policy    x 6
    GTX Plus Basic -> Cyber Liability           x 5
    MG Advanced    -> Commercial Auto           x 4
    GTX Pro        -> General Liability         x 3
    GTX Plus Pro   -> Commercial Property       x 3.5
    GTK 500        -> Workers' Compensation     x 2
- Accounts: Maven's 85 accounts folded onto 40 invented client businesses of Virginia and North
  Carolina (Maven account index mod 40); an opportunity with no account gets one by hash.
- Type: hash mod 20 < 9 = "renewal" (the client's policy renewing through Tidewater), the rest
  "new" (a policy Tidewater has not placed before).
- Splits (plan.md 3.4): a won or cancelled Workers' Compensation policy, or Commercial Auto policy
  of one of the four fleet clients (FLEET), of any producer but Erin Lockwood is two lines with
  the same id: 80% to the producer, 20% to Erin Lockwood (the Transportation & Workers' Comp
  practice leader).
- Cancellations ("flat cancels"): a won policy bound on or before 2026-08-07 with hash mod 20 = 0
  is cancelled on close + 8 + (hash mod 150) days, when that day is on or before the as-of date
  (plan.md section 10: only cancellations within 90 days of binding are clawed back).
- Roster: Greg Castellanos (Senior Producer) carries his own New Business and Renewal quotas.
  Erin Lockwood is the practice leader (standard quotas). Luis Ortega joined on
  2026-04-13 (his deals before that date are dropped); Mike Sorensen left on 2026-06-30 (his
  deals after that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 21)
SHIFT = dt.date(2026, 1, 5) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 8, 7)

AGENTS = {
    "Darcel Schlecht": "Greg Castellanos",
    "Vicki Laflamme": "Tanya Whitaker",
    "Kami Bicknell": "Mike Dunleavy",
    "Cassey Cress": "Shonda Reeves",
    "Elease Gluck": "Erin Lockwood",
    "Anna Snelling": "Kyle Brandt",
    "Jonathan Berthelot": "Dave Fennimore",
    "Garret Kinder": "Luis Ortega",
    "Kary Hendrixson": "Heather Simmons",
    "Versie Hillebrand": "Jamal Carter",
    "Reed Clapper": "Mike Sorensen",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:new_biz, quota:renewal
    ("Greg Castellanos", "Denise Harlow", "Norfolk", "Senior Producer", "", "", "300000.00", "900000.00"),
    ("Tanya Whitaker", "Denise Harlow", "Norfolk", "Producer", "", "", "", ""),
    ("Mike Dunleavy", "Denise Harlow", "Norfolk", "Producer", "", "", "", ""),
    ("Shonda Reeves", "Denise Harlow", "Norfolk", "Producer", "", "", "", ""),
    ("Erin Lockwood", "Marcus Pruitt", "Richmond", "Practice Leader", "", "", "", ""),
    ("Kyle Brandt", "Marcus Pruitt", "Richmond", "Producer", "", "", "", ""),
    ("Dave Fennimore", "Marcus Pruitt", "Richmond", "Producer", "", "", "", ""),
    ("Luis Ortega", "Marcus Pruitt", "Richmond", "Producer", "2026-04-13", "", "", ""),
    ("Heather Simmons", "Angela Doyle", "Raleigh", "Producer", "", "", "", ""),
    ("Jamal Carter", "Angela Doyle", "Raleigh", "Producer", "", "", "", ""),
    ("Mike Sorensen", "Angela Doyle", "Raleigh", "Producer", "", "2026-06-30", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Surety Bond", 40),
    "GTX Basic": ("Business Owners Policy", 6),
    "GTX Plus Basic": ("Cyber Liability", 5),
    "MG Advanced": ("Commercial Auto", 4),
    "GTX Pro": ("General Liability", 3),
    "GTXPro": ("General Liability", 3),
    "GTX Plus Pro": ("Commercial Property", 3.5),
    "GTK 500": ("Workers' Compensation", 2),
}
CLIENTS = [
    "Chesapeake Marine Supply", "Tidewater Dental Group", "Blue Ridge Trucking",
    "Lynnhaven Fish House", "Old Dominion Bakery", "Piedmont Tool & Die",
    "Carolina Coastal Roofing", "James River Brewing Co", "Neuse River Landscaping",
    "Hampton Roads Logistics", "Ghent Family Pharmacy", "Outer Banks Surf Shop",
    "Shenandoah Feed & Seed", "Cape Fear Construction", "Richmond Hill Auto Body",
    "Triangle Pediatrics", "Durham Data Systems", "Oceanfront Hotel Group",
    "Suffolk Peanut Co", "Colonial Heights Storage", "Fan District Yoga", "Carytown Books",
    "Wake Forest Electric", "Cary Veterinary Clinic", "Oyster Point Law Firm",
    "Portsmouth Boatworks", "Williamsburg Inn Suites", "Mechanicsville Plumbing",
    "Short Pump Fitness", "Glenwood Print Shop", "Sandhills Home Health",
    "Goldsboro Poultry Farm", "Smithfield Trailer Sales", "Norfolk Welding Works",
    "Chesterfield HVAC", "Hanover Lumber", "Fayetteville Freight", "Midlothian Day Care",
    "Knightdale Diner", "Crabtree Valley Florist",
]
COMP_LEAD = "Erin Lockwood"
FLEET = {"Blue Ridge Trucking", "Hampton Roads Logistics", "Fayetteville Freight",
         "Smithfield Trailer Sales"}


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
    account = CLIENTS[idx % len(CLIENTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 8, 3) + dt.timedelta(days=x % 110)
            prob = "0.5"
        else:
            close = dt.date(2026, 9, 15) + dt.timedelta(days=x % 100)
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
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    typ = "renewal" if (x // 3) % 20 < 9 else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 20 == 0:
        cancel_on = close + dt.timedelta(days=8 + (x // 11) % 150)
        if cancel_on <= AS_OF:
            stage = "cancelled"
            cancel = cancel_on.isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    fleet = product == "Commercial Auto" and account in FLEET
    if ((product == "Workers' Compensation" or fleet) and seller != COMP_LEAD
            and stage in ("won", "cancelled")):
        line["split"] = "0.8"
        rows.append(line)
        rows.append(dict(line, seller=COMP_LEAD, split="0.2"))
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
                "quota:new_biz", "quota:renewal"])
    for sid, mgr, terr, role, start, end, qn, qr in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qn, qr])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
