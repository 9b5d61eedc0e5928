#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredtwentieth workspace (Relaypoint, Inc., an
invented US B2B SaaS company selling a customer-messaging platform to mid-market companies;
calendar plan year 1 January - 31 December 2026, USD, MONTHLY payouts) from the real Maven CRM
export in /work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an
md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Relaypoint account executives (AGENTS below). Two of every five
  of an agent's opportunities are kept (md5(id) mod 5 < 2); one in five of Darcel Schlecht's
  (the largest book, re-cast as Senior AE Tyler Brooks) and three in five of the two ramping
  reps' agents (Garret Kinder, Wilburn Farren; from their start date on). Every GTK 500
  opportunity is kept (they become Enterprise deals).
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 January 2026 and 31 December 2017 becomes 2 November 2026. AS OF = 2026-08-20. A Won
  opportunity that now closes after it becomes an open deal (probability 0.7); a Lost one dated
  after it becomes an open deal (probability 0.25). Engaging opportunities are open (probability
  0.5) expected to close 1 August 2026 + (hash mod 120) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 1 September 2026 + (hash mod 120) days.
- Amounts are first-year ARR in USD, whole dollars: close value x the product's factor (won);
  lost and open deals carry the product's list price x the factor.
    GTX Basic      -> Starter             x 12   (subscription tier)
    GTX Pro        -> Growth              x 6    (subscription tier)
    GTX Plus Pro   -> Scale               x 9    (subscription tier)
    GTK 500        -> Enterprise          x 5    (subscription tier)
    GTX Plus Basic -> Analytics Add-on    x 6
    MG Special     -> SSO Add-on          x 50
    MG Advanced    -> Automation Add-on   x 4
- Accounts: Maven's 85 accounts (sorted) fold onto 40 invented US mid-market companies (index
  mod 40); an opportunity with no account gets one by hash.
- Type: an add-on is "expansion" (sold into an existing customer), except one in ten is bought
  with a new logo ("new"); a subscription tier is "new" (hash mod 10 < 5), "expansion" (5-6, an
  upgrade of tier) or "renewal" (7-9).
- Term: renewals are 12 months; new and expansion deals 12 months, or 24 (hash mod 10 in 6-8) or
  36 (hash mod 10 = 9).
- Splits (plan.md 3.4): a won or churned Enterprise deal of an AE who is not the team's Senior AE
  is two lines with the same id, 75% to the AE and 25% to the team's Senior AE. A ramping rep's
  deals in the first 60 days after the start date are "ride-along" deals: two lines 50% / 50%
  with the team's Senior AE.
- Churn: a won deal closed on or before 2026-07-15 with hash mod 22 = 0 is cancelled ("churned"),
  cancel_date = close + 15 + (hash mod 240) days, at the latest the as-of date (plan.md
  section 11: only churn within 180 days of close is clawed back).
- Roster: the three Senior AEs carry their own quarterly New ARR quota; the ramping reps Ashley
  Nguyen (start 2026-03-16) and Evan Shapiro (start 2026-06-01) carry a ramp quota on the roster.
  Some AEs carry their own annual Renewal quota (the size of their renewal book).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 20)
SHIFT = dt.date(2026, 1, 1) - dt.date(2017, 3, 1)
PLAN_END = dt.date(2026, 12, 31)
CHURN_BY = dt.date(2026, 7, 15)

AGENTS = {
    "Darcel Schlecht": "Tyler Brooks",
    "Anna Snelling": "Megan Sullivan",
    "Cassey Cress": "Chris Delgado",
    "Corliss Cosme": "Kayla Robinson",
    "Garret Kinder": "Ashley Nguyen",
    "Gladys Colclough": "Derek Olsen",
    "Vicki Laflamme": "Lauren Mitchell",
    "Versie Hillebrand": "Brandon Kim",
    "Jonathan Berthelot": "Chris Han",
    "Lajuana Vencill": "Brittany Coleman",
    "Boris Faz": "Ryan O'Connor",
    "Kary Hendrixson": "Jason Park",
    "Zane Levy": "Nicole Fischer",
    "Kami Bicknell": "Alyssa Romero",
    "Markita Hansen": "Kevin Walsh",
    "Wilburn Farren": "Evan Shapiro",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:new_arr, quota:retention
    ("Tyler Brooks", "Dana Whitaker", "East", "Senior AE", "", "300000.00", "600000.00"),
    ("Megan Sullivan", "Dana Whitaker", "East", "Account Executive", "", "", ""),
    ("Chris Delgado", "Dana Whitaker", "East", "Account Executive", "", "", ""),
    ("Kayla Robinson", "Dana Whitaker", "East", "Account Executive", "", "", ""),
    ("Derek Olsen", "Dana Whitaker", "East", "Account Executive", "", "", ""),
    ("Ashley Nguyen", "Dana Whitaker", "East", "Account Executive", "2026-03-16", "90000.00", "120000.00"),
    ("Lauren Mitchell", "Marcus Bell", "Central", "Senior AE", "", "250000.00", "350000.00"),
    ("Brandon Kim", "Marcus Bell", "Central", "Account Executive", "", "", ""),
    ("Chris Han", "Marcus Bell", "Central", "Account Executive", "", "", ""),
    ("Brittany Coleman", "Marcus Bell", "Central", "Account Executive", "", "", ""),
    ("Ryan O'Connor", "Marcus Bell", "Central", "Account Executive", "", "", "200000.00"),
    ("Jason Park", "Renee Castillo", "West", "Senior AE", "", "250000.00", "550000.00"),
    ("Nicole Fischer", "Renee Castillo", "West", "Account Executive", "", "", ""),
    ("Alyssa Romero", "Renee Castillo", "West", "Account Executive", "", "", ""),
    ("Kevin Walsh", "Renee Castillo", "West", "Account Executive", "", "", ""),
    ("Evan Shapiro", "Renee Castillo", "West", "Account Executive", "2026-06-01", "90000.00", "120000.00"),
]
START = {r[0]: r[4] for r in ROSTER}
TEAM = {r[0]: r[1] for r in ROSTER}
SENIOR = {r[1]: r[0] for r in ROSTER if r[3] == "Senior AE"}
RAMPING_AGENTS = {"Garret Kinder", "Wilburn Farren"}
PRODUCT = {
    "GTX Basic": ("Starter", 12),
    "GTX Pro": ("Growth", 6),
    "GTXPro": ("Growth", 6),
    "GTX Plus Pro": ("Scale", 9),
    "GTK 500": ("Enterprise", 5),
    "GTX Plus Basic": ("Analytics Add-on", 6),
    "MG Special": ("SSO Add-on", 50),
    "MG Advanced": ("Automation Add-on", 4),
}
ADDONS = {"Analytics Add-on", "SSO Add-on", "Automation Add-on"}
COMPANIES = [
    "Harborline Logistics", "Crestview Dental Group", "Pinecrest Credit Union", "Bluewater Freight",
    "Summit Ridge Outfitters", "Lakeshore Health Partners", "Ironbridge Manufacturing",
    "Copperleaf Insurance", "Redwood Property Management", "Tri-County Staffing",
    "Granite State Mortgage", "Prairie Wind Energy", "Beacon Hill Realty", "Cedar Valley Foods",
    "Northgate Auto Group", "Silverline Telecom", "Magnolia Home Services", "Keystone Legal",
    "Brightpath Learning", "Osprey Marine Supply", "Foxhollow Brewing", "Riverbend Veterinary",
    "Atlas Fleet Services", "Sunbelt HVAC", "Evergreen Senior Living", "Canyon State Title",
    "Hudson Yard Apparel", "Lone Star Pharmacy", "Mesa Verde Hotels", "Gulf Coast Marine",
    "Blue Ridge Orthopedics", "Windy City Print", "Peachtree Payroll", "Cascade Outdoor Co",
    "Allegheny Steelworks", "Desert Bloom Spas", "Patriot Home Health", "Bayside Fitness Clubs",
    "Great Plains Ag Supply", "Liberty Tax Partners",
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
    keep = (h(oid) % 5 < (1 if agent == "Darcel Schlecht" else 3 if agent in RAMPING_AGENTS else 2)
            or r["product"] == "GTK 500")
    if not keep:
        continue
    x = h(oid) // 5
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = COMPANIES[idx % len(COMPANIES)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 8, 1) + dt.timedelta(days=x % 120)
            prob = "0.5"
        else:
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 120)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    t = (x // 3) % 10
    if product in ADDONS:
        typ = "new" if t == 0 else "expansion"
    elif t < 5:
        typ = "new"
    elif t < 7:
        typ = "expansion"
    else:
        typ = "renewal"
    u = (x // 7) % 10
    term = 12 if typ == "renewal" or u < 6 else (24 if u < 9 else 36)
    if stage == "won" and close <= CHURN_BY and (x // 11) % 22 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=15 + (x // 13) % 240), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, term_months=str(term), cancel_date=cancel, currency="USD")
    senior = SENIOR[TEAM[seller]]
    partner = None
    if START[seller] and stage in ("won", "cancelled") and \
            close < dt.date.fromisoformat(START[seller]) + dt.timedelta(days=60):
        partner, share = senior, ("0.5", "0.5")
    elif product == "Enterprise" and seller != senior and stage in ("won", "cancelled"):
        partner, share = senior, ("0.75", "0.25")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:new_arr", "quota:retention"])
    for sid, mgr, terr, role, start, q1, q2 in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", q1, q2])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
