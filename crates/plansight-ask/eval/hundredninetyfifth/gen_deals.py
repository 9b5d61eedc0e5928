#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredninetyfifth workspace (Mile High Beverage
Partners, an invented Denver craft-beer and spirits distributor; plan year 1 July 2025 - 30 June
2026, a June fiscal year; USD; MONTHLY payouts, paid on the 15th of the next month) from the real
Maven CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic (every
choice is an md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Mile High sales reps (AGENTS below); every one of their
  opportunities is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 July 2025 and 31 December 2017 becomes 2 May 2026. AS OF = 2026-03-20. A Won opportunity
  that now closes after it becomes an open deal (probability 0.6); a Lost one dated after it an
  open deal (probability 0.25). Engaging opportunities are open (probability 0.5), expected to
  close 1 March 2026 + (hash mod 70) days (some overdue at the as-of date); Prospecting ones
  (probability 0.2) 1 April 2026 + (hash mod 80) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    MG Special     -> Sixtel Keg                 x 6
    GTX Basic      -> Craft Can Cases            x 1.2
    GTX Plus Basic -> Half-Barrel Keg            x 1
    GTX Pro        -> Mixed Beer Pallet          x 0.8
    MG Advanced    -> Colorado Straight Bourbon  x 0.6
    GTX Plus Pro   -> Alpine Dry Gin             x 0.5
    GTK 500        -> Draft System Install       x 0.5
- Accounts: the 85 Maven accounts (sorted; index i) fold onto invented Denver-area accounts:
  i mod 12 = 0 -> one of 4 venues (stadiums, an arena, an amphitheater); else i mod 3 = 0 -> one
  of 12 liquor stores; else one of 20 bars and restaurants. Grant Kessler (the Venues key
  account manager) sells to venues: half of his opportunities (hash even) go to a venue. An
  opportunity with no account gets one by hash.
- Type: "event" (a one-off order for a game, a concert or a festival) for a venue opportunity
  with hash mod 3 = 0 or any other with hash mod 13 = 0; else "new" (a new door) with
  (hash // 5) mod 4 = 0; else "reorder".
- Splits (plan.md 3.4): a won or cancelled deal at a venue by anyone but Grant Kessler is two
  lines with the same id: 60% to the rep, 40% to Grant Kessler.
- Cancellations ("pickups"): a won deal closed on or before 2026-03-06 with (hash // 7) mod 29 = 0
  is cancelled, cancel_date = close + 6 + ((hash // 11) mod 110) days, at the latest the as-of
  date (plan.md section 11: only pickups within 60 days of close are clawed back).
- Roster: Tony Marchetti (Senior Account Manager) and Grant Kessler (Venues Key Account
  Manager) carry their own monthly Brew quota. Sam Trujillo joined on 2025-10-06 (his own deals
  before that date are dropped). Josh Begay left on 2026-01-30 (his deals after that date are
  dropped; his open ones stay in the export).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 3, 20)
SHIFT = dt.date(2025, 7, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 3, 6)

AGENTS = {
    "Darcel Schlecht": "Tony Marchetti",
    "Anna Snelling": "Kayla Brooks",
    "Kary Hendrixson": "Josh Whitaker",
    "Violet Mclelland": "Brianna Ortiz",
    "Zane Levy": "Derek Yazzie",
    "Vicki Laflamme": "Megan O'Rourke",
    "Cassey Cress": "Tyler Haugen",
    "Corliss Cosme": "Carlos Medina",
    "Moses Frase": "Jenna Pruitt",
    "Garret Kinder": "Sam Trujillo",
    "Reed Clapper": "Cody Rasmussen",
    "Kami Bicknell": "Alyssa Greene",
    "Markita Hansen": "Dominic Castillo",
    "Wilburn Farren": "Josh Begay",
    "Rosalina Dieter": "Grant Kessler",
}
ROSTER = [
    # id, name, manager, territory, role, start_date, end_date, quota:brew
    ("Tony Marchetti", "Tony Marchetti", "Rick Alvarado", "Denver Metro", "Senior Account Manager", "", "", "Q_SENIOR"),
    ("Kayla Brooks", "Kayla Brooks", "Rick Alvarado", "Denver Metro", "Account Manager", "", "", ""),
    ("Josh Whitaker", "Josh Whitaker", "Rick Alvarado", "Denver Metro", "Account Manager", "", "", ""),
    ("Brianna Ortiz", "Brianna Ortiz", "Rick Alvarado", "Denver Metro", "Account Manager", "", "", ""),
    ("Derek Yazzie", "Derek Yazzie", "Rick Alvarado", "Denver Metro", "Account Manager", "", "", ""),
    ("Grant Kessler", "Grant Kessler", "Rick Alvarado", "Denver Metro", "Venues Key Account Manager", "", "", "Q_VENUES"),
    ("Megan O'Rourke", "Megan O'Rourke", "Heather Lindgren", "Front Range North", "Account Manager", "", "", ""),
    ("Tyler Haugen", "Tyler Haugen", "Heather Lindgren", "Front Range North", "Account Manager", "", "", ""),
    ("Carlos Medina", "Carlos Medina", "Heather Lindgren", "Front Range North", "Account Manager", "", "", ""),
    ("Jenna Pruitt", "Jenna Pruitt", "Heather Lindgren", "Front Range North", "Account Manager", "", "", ""),
    ("Sam Trujillo", "Sam Trujillo", "Heather Lindgren", "Front Range North", "Account Manager", "2025-10-06", "", ""),
    ("Cody Rasmussen", "Cody Rasmussen", "Marcus Bell", "Mountain & South", "Account Manager", "", "", ""),
    ("Alyssa Greene", "Alyssa Greene", "Marcus Bell", "Mountain & South", "Account Manager", "", "", ""),
    ("Dominic Castillo", 'Dominic "Dom" Castillo', "Marcus Bell", "Mountain & South", "Account Manager", "", "", ""),
    ("Josh Begay", "Josh Begay", "Marcus Bell", "Mountain & South", "Account Manager", "", "2026-01-30", ""),
]
QUOTA = {"Q_SENIOR": "60000.00", "Q_VENUES": "25000.00"}
START = {r[0]: r[5] for r in ROSTER}
END = {r[0]: r[6] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Sixtel Keg", 6),
    "GTX Basic": ("Craft Can Cases", 1.2),
    "GTX Plus Basic": ("Half-Barrel Keg", 1),
    "GTX Pro": ("Mixed Beer Pallet", 0.8),
    "GTXPro": ("Mixed Beer Pallet", 0.8),
    "MG Advanced": ("Colorado Straight Bourbon", 0.6),
    "GTX Plus Pro": ("Alpine Dry Gin", 0.5),
    "GTK 500": ("Draft System Install", 0.5),
}
VENUES = [
    "Platte River Ballpark", "Cherry Creek Arena", "Sloan's Lake Amphitheater",
    "Commerce City Soccer Park",
]
STORES = [
    "Federal Blvd Liquor Mart", "Englewood Liquor Barn", "Aurora Discount Liquor",
    "Highlands Wine & Spirits", "South Broadway Bottle Shop", "Westminster Wine & Spirits",
    "Boulder Canyon Liquors", "Fort Collins Beverage Depot", "Castle Rock Liquor Cabinet",
    "Evergreen Spirits & Wine", "Pueblo Package Store", "Summit County Liquor",
]
BARS = [
    "Colfax Alehouse", "Larimer Social", "RiNo Beer Hall", "Tennyson Street Tavern",
    "Union Station Oyster Bar", "Cap Hill Pizza Co", "Baker Street Taqueria", "Wash Park Grill",
    "Five Points Jazz Lounge", "Sunnyside Dive", "Pearl Street Pub", "Old Town Beer Garden",
    "Breck Apres Lounge", "Vail Village Tavern", "Manitou Springs Saloon", "Lakewood Lanes",
    "Littleton Chophouse", "Arvada Sports Grill", "Golden Mill Kitchen", "Highlands Ramen Bar",
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
    x = h(oid)
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 85
    if seller == "Grant Kessler" and x % 2 == 0:
        account = VENUES[(x // 2) % len(VENUES)]
    elif idx % 12 == 0:
        account = VENUES[(idx // 12) % len(VENUES)]
    elif idx % 3 == 0:
        account = STORES[(idx // 3) % len(STORES)]
    else:
        account = BARS[idx % len(BARS)]
    venue = account in VENUES
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 3, 1) + dt.timedelta(days=x % 70)
            prob = "0.5"
        else:
            close = dt.date(2026, 4, 1) + dt.timedelta(days=x % 80)
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
    if END[seller] and close > dt.date.fromisoformat(END[seller]) and stage != "open":
        continue
    if (venue and x % 3 == 0) or x % 13 == 0:
        typ = "event"
    elif (x // 5) % 4 == 0:
        typ = "new"
    else:
        typ = "reorder"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 29 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 110), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if venue and seller != "Grant Kessler" and stage in ("won", "cancelled"):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller="Grant Kessler", split="0.4"))
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
                "quota:brew"])
    for sid, name, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
