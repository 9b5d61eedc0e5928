#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundrednineteenth workspace (Hatch Technologies
Ltd, an invented Dublin software company selling restaurant point-of-sale and online ordering
subscriptions plus hardware kits to restaurants, cafés, pubs and groups in Ireland and the UK;
plan year 1 April 2026 - 31 March 2027, EUR, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Hatch account executives (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they become
  Hatch Multi-Site deals), and every opportunity of Elease Gluck (re-cast as Marcus Adeyemi, the
  Group Accounts Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 April 2026 and 31 December 2017 becomes 31 January 2027. AS OF = 2026-11-20. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one dated
  after it becomes an open deal (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 November 2026 + (hash mod 90) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 December 2026 + (hash mod 110) days.
- Amounts in EUR (UK deals are converted by Finance before they reach the CRM export), whole
  euro: close value x the product's factor (won); lost and open deals carry the product's list
  price x the factor.
    GTX Basic      -> Hatch KDS         (subscription) x 2
    GTX Pro        -> Hatch POS         (subscription) x 1
    MG Advanced    -> Hatch Online      (subscription) x 1
    GTK 500        -> Hatch Multi-Site  (subscription) x 1
    GTX Plus Basic -> Handheld Kit      (hardware)     x 2
    GTX Plus Pro   -> Counter Kit       (hardware)     x 1
    MG Special     -> Kiosk Kit         (hardware)     x 50
  (Hatch Loyalty is on the price list and credited by the plan, but nobody has sold one yet.)
- Accounts: Hatch Multi-Site deals go to one of 10 invented hospitality groups (Maven account
  index mod 10); every other deal goes to one of 14 invented venues of the seller's own patch
  (Dublin, the Regions or the UK; Maven account index mod 14). An opportunity with no account
  gets an index by hash.
- Type: hash mod 5 = 0 = "switch" (the venue moved from a competitor's till); otherwise Handheld
  Kit, and Hatch KDS / Hatch Online with hash mod 2 = 0 = "upsell" (a bolt-on for an existing
  Hatch venue); the rest "new".
- Term: subscription deals carry term_months 12, 24 or 36 (hash mod 3); hardware none.
- Splits (plan.md 3.4): a won or cancelled Hatch Multi-Site deal of any seller but Marcus Adeyemi
  is two lines with the same id: 60% to the seller, 40% to Marcus Adeyemi.
- Cancellations ("send-backs"): a won deal closed on or before 2026-11-05 with hash mod 23 = 0 is
  cancelled, cancel_date = close + 5 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Ciarán Doyle (Senior Account Executive) and Marcus Adeyemi (Group Accounts Specialist)
  carry their own quarterly Subscription Value quota. Pádraig Nolan joined on 2026-09-14 (his
  deals before that date are dropped); Darragh O'Sullivan left on 2026-10-09 (his deals after that
  date are dropped; his open deals too).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 20)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 11, 5)

AGENTS = {
    "Darcel Schlecht": "Ciarán Doyle",
    "Anna Snelling": "Aoife Brennan",
    "Violet Mclelland": "Niamh Gallagher",
    "Donn Cantrell": "Conor Byrne",
    "Garret Kinder": "Pádraig Nolan",
    "Cassey Cress": "Aoife Kennelly",
    "Zane Levy": "Eoin Fitzgerald",
    "Versie Hillebrand": "Gráinne Hegarty",
    "Reed Clapper": "Darragh O'Sullivan",
    "Moses Frase": "Róisín Daly",
    "Corliss Cosme": "Cathal Murphy",
    "Rosalina Dieter": "Jamie McAllister",
    "Markita Hansen": "Ollie Whitcombe",
    "Kami Bicknell": "Fiona Baird",
    "Hayden Neloms": "Priya Shah",
    "Elease Gluck": "Marcus Adeyemi",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:subs
    ("Ciarán Doyle", "Siobhán Kavanagh", "Dublin", "Senior Account Executive", "", "", "Q_SENIOR"),
    ("Aoife Brennan", "Siobhán Kavanagh", "Dublin", "Account Executive", "", "", ""),
    ("Niamh Gallagher", "Siobhán Kavanagh", "Dublin", "Account Executive", "", "", ""),
    ("Conor Byrne", "Siobhán Kavanagh", "Dublin", "Account Executive", "", "", ""),
    ("Pádraig Nolan", "Siobhán Kavanagh", "Dublin", "Account Executive", "2026-09-14", "", ""),
    ("Aoife Kennelly", "Declan Moriarty", "Regions", "Account Executive", "", "", ""),
    ("Eoin Fitzgerald", "Declan Moriarty", "Regions", "Account Executive", "", "", ""),
    ("Gráinne Hegarty", "Declan Moriarty", "Regions", "Account Executive", "", "", ""),
    ("Darragh O'Sullivan", "Declan Moriarty", "Regions", "Account Executive", "", "2026-10-09", ""),
    ("Róisín Daly", "Declan Moriarty", "Regions", "Account Executive", "", "", ""),
    ("Cathal Murphy", "Declan Moriarty", "Regions", "Account Executive", "", "", ""),
    ("Jamie McAllister", "Helen Ashworth", "UK", "Account Executive", "", "", ""),
    ("Ollie Whitcombe", "Helen Ashworth", "UK", "Account Executive", "", "", ""),
    ("Fiona Baird", "Helen Ashworth", "UK", "Account Executive", "", "", ""),
    ("Priya Shah", "Helen Ashworth", "UK", "Account Executive", "", "", ""),
    ("Marcus Adeyemi", "Helen Ashworth", "UK", "Group Accounts Specialist", "", "", "Q_GROUP"),
]
QUOTA = {"Q_SENIOR": "90000.00", "Q_GROUP": "110000.00"}
TERR = {r[0]: r[2] for r in ROSTER}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("Hatch KDS", 2),
    "GTX Pro": ("Hatch POS", 1),
    "GTXPro": ("Hatch POS", 1),
    "MG Advanced": ("Hatch Online", 1),
    "GTK 500": ("Hatch Multi-Site", 1),
    "GTX Plus Basic": ("Handheld Kit", 2),
    "GTX Plus Pro": ("Counter Kit", 1),
    "MG Special": ("Kiosk Kit", 50),
}
SUBS = {"Hatch KDS", "Hatch POS", "Hatch Online", "Hatch Multi-Site"}
VENUES = {
    "Dublin": [
        "Liffeyside Bistro", "The Copper Kettle Café", "Rathmines Ramen", "Smithfield Smokehouse",
        "Baggot Street Brasserie", "The Salty Dog Chipper", "Phibsboro Pizza Co",
        "Clontarf Crab Shack", "Temple Lane Tapas", "Harold's Cross Bakehouse",
        "The Grand Canal Grill", "Drumcondra Dumpling House", "Portobello Pho",
        "Howth Harbour Fish Bar",
    ],
    "Regions": [
        "The Claddagh Kitchen", "Kinsale Crab & Co", "Coal Quay Deli", "Shannonside Steakhouse",
        "The Burren Bakery", "Tralee Tandoori", "Westport Quay Café", "Dingle Bay Chowder House",
        "Nore Valley Tearooms", "Waterford Blaa Bar", "Strandhill Surf Café",
        "Athlone Noodle Bar", "Ennis Road Bistro", "Mallow Road Chipper",
    ],
    "UK": [
        "Ancoats Arepa Bar", "The Stockbridge Larder", "Cathedral Quarter Canteen",
        "Peckham Pho", "Finnieston Fish Co", "Northern Quarter Noodles",
        "Lisburn Road Brunch Club", "Hackney Wick Pizza", "Deansgate Dosa",
        "Merchant City Tapas", "The Shoreditch Spoon", "Ormeau Bagel Bar",
        "Brixton Jerk Kitchen", "Leith Shore Oyster Bar",
    ],
}
GROUPS = [
    "Bellwether Hospitality Group", "Mulligan's Pub Group", "Saffron & Sage Restaurants",
    "Harbourlight Hotels", "Fenwick Dining Group", "Northside Leisure Group",
    "Atlantic Way Hotels", "Greasy Spoon Co", "Kestrel Inns", "Blackthorn Taverns",
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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product == "Hatch Multi-Site":
        account = GROUPS[idx % len(GROUPS)]
    else:
        venues = VENUES[TERR[seller]]
        account = venues[idx % len(venues)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 11, 1) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2026, 12, 1) + dt.timedelta(days=x % 110)
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
    if END[seller] and (close > dt.date.fromisoformat(END[seller]) or stage == "open"):
        continue
    if x % 5 == 0:
        typ = "switch"
    elif product == "Handheld Kit" or (product in ("Hatch KDS", "Hatch Online") and (x // 5) % 2 == 0):
        typ = "upsell"
    else:
        typ = "new"
    term = str((12, 24, 36)[(x // 17) % 3]) if product in SUBS else ""
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 23 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=5 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, term_months=term, cancel_date=cancel, currency="EUR")
    if product == "Hatch Multi-Site" and seller != "Marcus Adeyemi" and stage in ("won", "cancelled"):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller="Marcus Adeyemi", split="0.4"))
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
                "quota:subs"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
