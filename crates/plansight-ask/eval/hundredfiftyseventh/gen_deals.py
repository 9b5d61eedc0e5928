#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfiftyseventh workspace (Cedarline Software, Inc.,
an invented Seattle B2B software company selling annual subscriptions of its property-operations
platform; plan year 1 August 2026 - 31 July 2027, USD, QUARTERLY payouts) from the real Maven CRM
export in /work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an
md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 11 Maven agents are re-cast as Cedarline account executives (AGENTS below). A third of each
  agent's opportunities is kept (md5(id) mod 3 = 0), except: every GTK 500 opportunity is kept
  (they become Cedarline Enterprise subscriptions), and half of the three Enterprise-team agents'
  opportunities are kept (md5(id) mod 2 = 0).
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 August 2026 and 31 December 2017 becomes 2 June 2027. AS OF = 2027-03-17. A Won opportunity
  that now closes after it becomes an open deal (probability 0.6); a Lost one dated after it an
  open deal (probability 0.25). Engaging opportunities are open (probability 0.5) expected to
  close 1 March 2027 + (hash mod 75) days (some overdue at the as-of date); Prospecting ones
  (probability 0.2) 1 April 2027 + (hash mod 110) days.
- Amounts in USD, whole dollars, first-year annual contract value (ACV): close value x the
  product's factor (won); lost and open deals carry the product's list price x the factor.
    MG Special     -> Premier Support        x 60
    GTX Basic      -> Tenant Portal          x 12
    GTX Plus Basic -> Asset Vault            x 10
    MG Advanced    -> Workflow Studio        x 6
    GTX Pro        -> Cedarline Core         x 8
    GTX Plus Pro   -> Lens Analytics         x 4
    GTK 500        -> Cedarline Enterprise   x 4
- Accounts: Maven's 85 accounts are folded onto 48 invented Pacific Northwest property,
  facilities and campus operators (sorted Maven account index mod 48); an opportunity with no
  account gets one by hash.
- Type: hash-derived 1 in 4 is "renewal"; otherwise "expansion" when the same AE already has a
  won (or cancelled) line at that account closing earlier, else "new" (a new logo).
- Term: new logos run 12, 24 or 36 months (by hash); expansions and renewals 12.
- Splits (plan.md 3.4): a won, cancelled or open Cedarline Enterprise deal of an AE outside the
  Enterprise team is two lines with the same id: 70% to the AE, 30% to Priyanka Menon (the
  Enterprise overlay). Jordan Kealoha's deals closing on or after Sam Whitaker's start with
  hash-derived 1 in 5 are ramp-buddy deals, two lines 50% / 50% with Sam Whitaker.
- Cancellations ("bailouts"): a won deal closed on or before 2027-02-28 with hash-derived 1 in
  19 is cancelled, cancel_date = close + 12 + (hash mod 140) days, at the latest the as-of date less
  (hash mod 9) days
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Priyanka Menon and Gus Albrecht (Enterprise AEs) carry their own quarterly New ACV
  quota. Sam Whitaker joined on 2026-11-02 (his own deals before that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 3, 17)
SHIFT = dt.date(2026, 8, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Elease Gluck": "Priyanka Menon",
    "Markita Hansen": "Gus Albrecht",
    "Rosalina Dieter": "Tessa Lindgren",
    "Kary Hendrixson": "Jordan Kealoha",
    "Zane Levy": "Megan Truong",
    "Cassey Cress": "Diego Ferraro",
    "Garret Kinder": "Sam Whitaker",
    "Anna Snelling": "Alyssa Brandt",
    "Corliss Cosme": "Kofi Mensah",
    "Versie Hillebrand": "Megan Holt",
    "Moses Frase": "Rob Delgado",
}
ENTERPRISE_AGENTS = {"Elease Gluck", "Markita Hansen", "Rosalina Dieter"}
ROSTER = [
    # id, manager, territory, role, start_date, quota:new_acv
    ("Priyanka Menon", "Dana Whitcomb", "Enterprise", "Enterprise AE", "", "Q_ENT"),
    ("Gus Albrecht", "Dana Whitcomb", "Enterprise", "Enterprise AE", "", "Q_ENT"),
    ("Tessa Lindgren", "Dana Whitcomb", "Enterprise", "Account Executive", "", ""),
    ("Jordan Kealoha", "Marcus Oyelaran", "West", "Account Executive", "", ""),
    ("Megan Truong", "Marcus Oyelaran", "West", "Account Executive", "", ""),
    ("Diego Ferraro", "Marcus Oyelaran", "West", "Account Executive", "", ""),
    ("Sam Whitaker", "Marcus Oyelaran", "West", "Account Executive", "2026-11-02", ""),
    ("Alyssa Brandt", "Renee Castillo", "Central", "Account Executive", "", ""),
    ("Kofi Mensah", "Renee Castillo", "Central", "Account Executive", "", ""),
    ("Megan Holt", "Renee Castillo", "Central", "Account Executive", "", ""),
    ("Rob Delgado", "Renee Castillo", "Central", "Account Executive", "", ""),
]
TEAM = {r[0]: r[1] for r in ROSTER}
QUOTA = {"Q_ENT": "300000.00"}
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Premier Support", 60),
    "GTX Basic": ("Tenant Portal", 12),
    "GTX Plus Basic": ("Asset Vault", 10),
    "MG Advanced": ("Workflow Studio", 6),
    "GTX Pro": ("Cedarline Core", 8),
    "GTXPro": ("Cedarline Core", 8),
    "GTX Plus Pro": ("Lens Analytics", 4),
    "GTK 500": ("Cedarline Enterprise", 4),
}
ACCOUNTS = [
    "Rainier Property Group", "Ballard Flats Management", "Fremont Commons HOA",
    "Puget Sound Senior Living", "Emerald City Storage", "Tacoma Harbor Logistics",
    "Capitol Hill Lofts", "Bellevue Medical Offices", "Kitsap Marina Partners",
    "Olympia Schools Facilities", "Spokane Valley Apartments", "Yakima Cold Storage",
    "Redmond Tech Campus", "Everett Industrial Park", "Boise Riverside Properties",
    "Portland Pearl Lofts", "Vancouver Waterfront Holdings", "Whidbey Island Resorts",
    "Snohomish County Transit", "Issaquah Highlands HOA", "Magnolia Bluff Condos",
    "Interbay Self Storage", "Lake Union Moorage", "Queen Anne Towers",
    "Renton Aerospace Suppliers", "Kent Valley Warehousing", "Federal Way Community College",
    "Bellingham Bay Hotels", "Anacortes Marine Services", "Walla Walla Wine Cooperative",
    "Tri-Cities Energy Services", "Wenatchee Orchard Holdings", "Missoula Mountain Lodges",
    "Anchorage Northern Housing", "Juneau Harbor Authority", "Eugene Campus Housing",
    "Salem Civic Facilities", "Bend High Desert Rentals", "Sandpoint Lakeside Apartments",
    "Pioneer Square Office Partners", "Belltown Residences", "Columbia City Cohousing",
    "Shoreline Medical Center", "Lynnwood Retail Plaza", "Mercer Island Country Club",
    "Burien Marine Supply", "Tukwila Distribution Center", "Ravenna Student Housing",
]
CANCEL_BY = dt.date(2027, 2, 28)


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
maven_accounts = sorted(r["account"] for r in read("accounts.csv"))
IDX = {a: i for i, a in enumerate(maven_accounts)}

lines = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    hv = h(oid)
    if agent in ENTERPRISE_AGENTS:
        keep = hv % 2 == 0 or r["product"] == "GTK 500"
    else:
        keep = hv % 3 == 0 or r["product"] == "GTK 500"
    if not keep:
        continue
    x = hv // 6
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 85
    account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 3, 1) + dt.timedelta(days=x % 75)
            prob = "0.5"
        else:
            close = dt.date(2027, 4, 1) + dt.timedelta(days=x % 110)
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
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=12 + (x // 11) % 140),
                     AS_OF - dt.timedelta(days=(x // 29) % 9)).isoformat()
    lines.append(dict(id=oid, seller=seller, account=account, product=product,
                      amount=f"{amount}.00", close_date=close.isoformat(), stage=stage,
                      probability=prob, cancel_date=cancel, x=x))

# Types: renewal by hash; otherwise expansion when the AE already has an earlier won (or
# cancelled) line at the account, else a new logo.
lines.sort(key=lambda l: (l["seller"], l["close_date"], l["id"]))
owned = set()
rows = []
for l in lines:
    x = l.pop("x")
    if (x // 3) % 4 == 0:
        typ = "renewal"
    elif (l["seller"], l["account"]) in owned:
        typ = "expansion"
    else:
        typ = "new"
    if l["stage"] in ("won", "cancelled"):
        owned.add((l["seller"], l["account"]))
    term = {0: "12", 1: "24", 2: "36"}[(x // 17) % 3] if typ == "new" else "12"
    line = dict(l, name=f"{l['account']} {l['product']}", type=typ, split="1",
                term_months=term, currency="USD")
    partner = None
    seller = l["seller"]
    if (l["product"] == "Cedarline Enterprise" and TEAM[seller] != "Dana Whitcomb"
            and l["stage"] in ("won", "cancelled", "open")):
        partner, share = "Priyanka Menon", ("0.7", "0.3")
    elif (seller == "Jordan Kealoha" and l["stage"] in ("won", "cancelled") and (x // 13) % 5 == 0
          and l["close_date"] >= START["Sam Whitaker"]):
        partner, share = "Sam Whitaker", ("0.5", "0.5")
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
                "quota:new_acv"])
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
