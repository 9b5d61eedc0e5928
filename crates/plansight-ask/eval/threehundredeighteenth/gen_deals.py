#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredeighteenth workspace (Cumberland
Stageworks LLC, an invented Nashville pro audio and stage lighting dealer: equipment sales to
venues, churches and production shops, and tour rental packages for touring acts; plan year
1 October 2024 - 30 September 2025, USD, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Cumberland Stageworks reps (AGENTS below). Two thirds of each
  agent's opportunities are kept (md5(id) mod 3 != 0), and every GTK 500 opportunity (they
  become Line Array Systems).
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 October 2024 and 31 December 2017 becomes 31 July 2025. AS OF = 2025-06-13. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one
  dated after it becomes an open quote (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 June 2025 + (hash mod 100) days (a few overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 July 2025 + (hash mod 90) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor.
    GTK 500        -> Line Array System      x 3
    GTX Pro        -> Digital Console        x 2
    MG Advanced    -> Moving Head Package    x 2.5
    GTX Plus Basic -> Wireless Mic Kit       x 2
    GTX Basic      -> Monitor Wedge Pair     x 3
    GTX Plus Pro   -> Tour Rental Package    x 3
    MG Special     -> Backline Day Rental    x 20
  (The plan also lists the LED Video Wall as a gear product; no deal sells one yet.)
- Accounts: Tour Rental Packages and Backline Day Rentals go to one of 10 invented touring
  acts (Maven account index mod 10); every other opportunity goes to one of 20 invented
  venues, churches and production shops (index mod 20). An opportunity with no account gets
  one by hash.
- Type: a deal to a church (CHURCHES) is "worship"; otherwise (hash // 3) mod 10 < 3 is "new"
  (a first order from a customer new to Cumberland), the rest "repeat".
- Splits (plan.md 3.4, "tour desk assist"): a won or cancelled Tour Rental Package of a rep
  outside the Touring Desk is two lines with the same id: 75% to the rep, 25% to Hunter
  Gaskins, the Touring Specialist.
- Cancellations ("rainouts"): a won deal closed on or before 2025-05-31 with (hash // 7) mod 25
  = 0 is cancelled, cancel_date = close + 5 + ((hash // 11) mod 140) days, at the latest the
  as-of date (plan.md section 10: only cancellations within 90 days of close are clawed back).
- Roster: Wade Tillman (Senior Account Executive) carries his own quarterly Gear quota; Hunter
  Gaskins (Touring Specialist) his own quarterly Tour Rental quota. Brantley Fox joined on
  2025-01-21 (his deals closing before are dropped); Loretta Beasley left on 2025-04-18 (her
  deals closing after are dropped). Two reps are called Cody (Cody Burkett, Music Row; Cody
  Vance, Mid-South).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 6, 13)
SHIFT = dt.date(2024, 10, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Darcel Schlecht": "Wade Tillman",
    "Anna Snelling": "Shelby Crouch",
    "Kary Hendrixson": "Cody Burkett",
    "Versie Hillebrand": "Jolene Harrell",
    "Garret Kinder": "Brantley Fox",
    "Cassey Cress": "Dewayne Mabry",
    "Kami Bicknell": "Kaylee Stroud",
    "Zane Levy": "Cody Vance",
    "Violet Mclelland": "Misty Ledbetter",
    "Jonathan Berthelot": "Lonnie Jernigan",
    "Vicki Laflamme": "Hunter Gaskins",
    "Reed Clapper": "Savannah Pruitt",
    "Markita Hansen": "Tucker Haynes",
    "Rosie Papadopoulos": "Loretta Beasley",
    "Moses Frase": "Jimmy Ray Sutton",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:gear, quota:rental
    ("Wade Tillman", "Darlene Pickett", "Music Row", "Senior Account Executive", "", "", "Q_SENIOR", ""),
    ("Shelby Crouch", "Darlene Pickett", "Music Row", "Account Executive", "", "", "", ""),
    ("Cody Burkett", "Darlene Pickett", "Music Row", "Account Executive", "", "", "", ""),
    ("Jolene Harrell", "Darlene Pickett", "Music Row", "Account Executive", "", "", "", ""),
    ("Brantley Fox", "Darlene Pickett", "Music Row", "Account Executive", "2025-01-21", "", "", ""),
    ("Dewayne Mabry", "Travis Oakley", "Mid-South", "Account Executive", "", "", "", ""),
    ("Kaylee Stroud", "Travis Oakley", "Mid-South", "Account Executive", "", "", "", ""),
    ("Cody Vance", "Travis Oakley", "Mid-South", "Account Executive", "", "", "", ""),
    ("Misty Ledbetter", "Travis Oakley", "Mid-South", "Account Executive", "", "", "", ""),
    ("Lonnie Jernigan", "Travis Oakley", "Mid-South", "Account Executive", "", "", "", ""),
    ("Hunter Gaskins", "Ray Dean Hollis", "Touring Desk", "Touring Specialist", "", "", "", "Q_TOURING"),
    ("Savannah Pruitt", "Ray Dean Hollis", "Touring Desk", "Account Executive", "", "", "", ""),
    ("Tucker Haynes", "Ray Dean Hollis", "Touring Desk", "Account Executive", "", "", "", ""),
    ("Loretta Beasley", "Ray Dean Hollis", "Touring Desk", "Account Executive", "", "2025-04-18", "", ""),
    ("Jimmy Ray Sutton", "Ray Dean Hollis", "Touring Desk", "Account Executive", "", "", "", ""),
]
QUOTA = {"Q_SENIOR": "250000.00", "Q_TOURING": "150000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
TEAM = {r[0]: r[2] for r in ROSTER}
PRODUCT = {
    "GTK 500": ("Line Array System", 3),
    "GTX Pro": ("Digital Console", 2),
    "GTXPro": ("Digital Console", 2),
    "MG Advanced": ("Moving Head Package", 2.5),
    "GTX Plus Basic": ("Wireless Mic Kit", 2),
    "GTX Basic": ("Monitor Wedge Pair", 3),
    "GTX Plus Pro": ("Tour Rental Package", 3),
    "MG Special": ("Backline Day Rental", 20),
}
RENTALS = ("Tour Rental Package", "Backline Day Rental")
VENUES = [
    "Bluebird Hollow Listening Room", "Second Avenue Saloon", "Printers Alley Revue",
    "Cumberland River Amphitheater", "Harpeth Valley Fellowship", "Franklin Grange Hall",
    "Shoals Sound Hall", "Beale Street Blues Barn", "Mt. Zion Missionary Baptist",
    "Knoxville Tabernacle Theater", "Brentwood Hills Church", "Music Row Rehearsal Co",
    "Lower Broad Boot Bar", "Memphis Riverfront Events", "Bellevue Cowboy Church",
    "Tupelo Fairgrounds", "Smoky Mountain Opry House", "Lakeshore Worship Center",
    "Murfreesboro Civic Plaza", "Hendersonville First Methodist",
]
CHURCHES = {
    "Harpeth Valley Fellowship", "Mt. Zion Missionary Baptist", "Brentwood Hills Church",
    "Bellevue Cowboy Church", "Lakeshore Worship Center", "Hendersonville First Methodist",
}
TOURS = [
    "Whiskey Creek Band", "Dixie Lee Harlan Tour", "The Gravel Road Boys",
    "Hattie Mae Bowman Tour", "Caney Fork Revival", "Sawmill Hollers", "Tallulah & The Pines",
    "Jesse Ray Colter Tour", "Sugar Creek Gospel Tour", "Boone Hollow Bluegrass",
]
CANCEL_BY = dt.date(2025, 5, 31)


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
    if h(oid) % 3 == 0 and r["product"] != "GTK 500":
        continue
    x = h(oid) // 3
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product in RENTALS:
        account = TOURS[idx % len(TOURS)]
    else:
        account = VENUES[idx % len(VENUES)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2025, 6, 1) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2025, 7, 1) + dt.timedelta(days=x % 90)
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
    if account in CHURCHES:
        typ = "worship"
    elif (x // 3) % 10 < 3:
        typ = "new"
    else:
        typ = "repeat"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=5 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if (product == "Tour Rental Package" and TEAM[seller] != "Touring Desk"
            and stage in ("won", "cancelled")):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller="Hunter Gaskins", split="0.25"))
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
                "quota:gear", "quota:rental"])
    for sid, mgr, terr, role, start, end, qg, qr in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(qg, ""), QUOTA.get(qr, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
