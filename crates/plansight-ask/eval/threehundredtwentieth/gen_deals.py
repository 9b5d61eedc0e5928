#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredtwentieth workspace (Cascade Helm Marine
Electronics, Inc., an invented Seattle marine electronics and boat systems dealer: a Ballard
store, an Eastlake store on Lake Union and a Yard Desk selling to boatyards and builders; plan
year 1 October 2025 - 30 September 2026, USD, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Cascade Helm sales reps (AGENTS below). Two thirds of each
  agent's opportunities are kept (md5(id) mod 3 != 0), except every GTK 500 opportunity (they
  become Open Array Radar jobs) and every opportunity of Elease Gluck (re-cast as Hank Olsen,
  the radar and systems specialist).
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 October 2025. AS OF = 2026-06-19. A Won opportunity that now closes after it becomes an open
  quote (probability 0.6); a Lost one dated after it an open quote (probability 0.25). Engaging
  opportunities are open (probability 0.5) expected to close 1 June 2026 + (hash mod 80) days
  (some overdue at the as-of date); Prospecting ones (probability 0.2) 1 July 2026 + (hash mod
  90) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor.
    GTX Basic      -> VHF Radio          x 1.5
    GTX Plus Basic -> Sonar Fishfinder   x 2
    GTX Pro        -> Chartplotter       x 1.5
    GTX Plus Pro   -> Autopilot          x 2
    GTK 500        -> Open Array Radar   x 1
    MG Special     -> SeaCare Plan       x 20
    MG Advanced    -> Install Package    x 1
- Accounts: a Maven account whose index mod 5 = 0 (mod 5 < 3 for the Yard Desk's reps) becomes
  one of 12 invented boatyards, builders and fleet operators; every other one one of 30 invented
  private boats ("S/V Tern Around", "F/V Sockeye" ...). An opportunity with no account gets one by
  hash.
- Type: a boatyard account = "yard"; a private boat: hash mod 3 = 0 = "refit" (a returning
  owner), the rest "new".
- Splits (plan.md 3.4): a won or cancelled Open Array Radar job of a Ballard or Eastlake rep is two
  lines with the same id: 80% to the rep, 20% to Hank Olsen.
- Cancellations ("swamped"): a won deal closed on or before 2026-06-05 with hash mod 19 = 0 is
  cancelled, cancel_date = close + 6 + (hash mod 140) days, at the latest the as-of date (plan.md
  section 10: only cancellations within 90 days of close are clawed back).
- Roster: Matt Sorensen (senior rep, Ballard) and Hank Olsen (radar and systems specialist, Yard
  Desk) carry their own quarterly Nav & Electronics quota. Marcus Webb joined on 2026-02-09 (his
  own deals before that date are dropped); Tyler Brandt left on 2026-04-17 (his deals after it are
  dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 6, 19)
SHIFT = dt.date(2025, 10, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 6, 5)

AGENTS = {
    "Darcel Schlecht": "Matt Sorensen",
    "Anna Snelling": "Brianna Fox",
    "Kary Hendrixson": "Dale Pettibone",
    "Versie Hillebrand": "Kenji Watanabe",
    "Cecily Lampkin": "Leah Marchetti",
    "Wilburn Farren": "Tyler Brandt",
    "Vicki Laflamme": "Matt Delgado",
    "Zane Levy": "Carrie Lund",
    "Kami Bicknell": "Devon Whitaker",
    "Markita Hansen": "Rosa Ibarra",
    "Violet Mclelland": "Josh Kettering",
    "Moses Frase": "Annie Vu",
    "Elease Gluck": "Hank Olsen",
    "Cassey Cress": "Sierra Bjorklund",
    "Garret Kinder": "Marcus Webb",
    "Reed Clapper": "Luis Carrasco",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:nav
    ("Matt Sorensen", "Rick Halvorsen", "Ballard", "Senior Sales Rep", "", "", "200000.00"),
    ("Brianna Fox", "Rick Halvorsen", "Ballard", "Sales Rep", "", "", ""),
    ("Dale Pettibone", "Rick Halvorsen", "Ballard", "Sales Rep", "", "", ""),
    ("Kenji Watanabe", "Rick Halvorsen", "Ballard", "Sales Rep", "", "", ""),
    ("Leah Marchetti", "Rick Halvorsen", "Ballard", "Sales Rep", "", "", ""),
    ("Tyler Brandt", "Rick Halvorsen", "Ballard", "Sales Rep", "", "2026-04-17", ""),
    ("Matt Delgado", "Tammy Nguyen", "Eastlake", "Sales Rep", "", "", ""),
    ("Carrie Lund", "Tammy Nguyen", "Eastlake", "Sales Rep", "", "", ""),
    ("Devon Whitaker", "Tammy Nguyen", "Eastlake", "Sales Rep", "", "", ""),
    ("Rosa Ibarra", "Tammy Nguyen", "Eastlake", "Sales Rep", "", "", ""),
    ("Josh Kettering", "Tammy Nguyen", "Eastlake", "Sales Rep", "", "", ""),
    ("Annie Vu", "Tammy Nguyen", "Eastlake", "Sales Rep", "", "", ""),
    ("Hank Olsen", "Gary Lindqvist", "Yard Desk", "Radar & Systems Specialist", "", "", "110000.00"),
    ("Sierra Bjorklund", "Gary Lindqvist", "Yard Desk", "Yard Sales Rep", "", "", ""),
    ("Marcus Webb", "Gary Lindqvist", "Yard Desk", "Yard Sales Rep", "2026-02-09", "", ""),
    ("Luis Carrasco", "Gary Lindqvist", "Yard Desk", "Yard Sales Rep", "", "", ""),
]
TERR = {r[0]: r[2] for r in ROSTER}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("VHF Radio", 1.5),
    "GTX Plus Basic": ("Sonar Fishfinder", 2),
    "GTX Pro": ("Chartplotter", 1.5),
    "GTXPro": ("Chartplotter", 1.5),
    "GTX Plus Pro": ("Autopilot", 2),
    "GTK 500": ("Open Array Radar", 1),
    "MG Special": ("SeaCare Plan", 20),
    "MG Advanced": ("Install Package", 1),
}
BOATS = [
    "S/V Tern Around", "F/V Sockeye", "M/V Blue Heron", "S/V Second Wind", "M/V Reel Therapy",
    "F/V Northern Dawn", "S/V Kelp Forest", "M/V Salty Dog", "S/V Orca Dreams", "M/V Liquid Asset",
    "F/V Copper River", "S/V Wind Dancer", "M/V Nauti Buoy", "S/V Puget Belle", "M/V Aquaholic",
    "F/V Halibut Hunter", "S/V Madrona", "M/V Rainier Sunset", "S/V Cormorant", "M/V Sea Otter",
    "F/V Lady Lingcod", "S/V Foulweather", "M/V Knot Working", "S/V Evergreen Star",
    "M/V Ballard Bound", "F/V Kodiak Queen", "S/V Stillwater", "M/V Vashon Breeze",
    "S/V Wild Iris", "M/V Shilshole Shuffle",
]
YARDS = [
    "Ewing Street Boatworks", "Portage Bay Yacht Repair", "Duwamish Hull & Rigging",
    "Westlake Marine Service", "Eagle Harbor Shipwrights", "Kingston Cove Boatyard",
    "Everett Bayside Marine", "Narrows Yacht Works", "Fremont Canal Boatyard",
    "Bainbridge Charter Co", "Harbor Island Tug & Barge", "Lake Washington Sailing School",
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
    keep = h(oid) % 3 != 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 3
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 85
    yard = idx % 5 < 3 if TERR[seller] == "Yard Desk" else idx % 5 == 0
    if yard:
        account = YARDS[(idx // 5) % len(YARDS)]
    else:
        account = BOATS[idx % len(BOATS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 6, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 7, 1) + dt.timedelta(days=x % 90)
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
    if yard:
        typ = "yard"
    elif (x // 5) % 3 == 0:
        typ = "refit"
    else:
        typ = "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if (product == "Open Array Radar" and TERR[seller] != "Yard Desk"
            and stage in ("won", "cancelled")):
        line["split"] = "0.8"
        rows.append(line)
        rows.append(dict(line, seller="Hank Olsen", split="0.2"))
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
                "quota:nav"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
