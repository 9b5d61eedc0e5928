#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredseventythird workspace (Arroyo Commercial
Solar, LLC, an invented commercial solar installer in Phoenix, Arizona; plan year 1 March 2026 -
28 February 2027 ("FY27"), USD, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Arroyo account executives (AGENTS below). About 9 in 20 of each
  agent's opportunities are kept (md5(id) mod 20 < 9; Darcel Schlecht's, re-cast as Marco
  Villalobos: mod 20 < 6), except that every GTK 500 opportunity is kept (they become Ground
  Mount arrays; Elease Gluck is re-cast as Hank Dorsey, the Large Projects Lead).
- Dates: every Maven date moves forward nine years to the day (1 March 2017 -> 1 March 2026;
  31 December 2017 -> 31 December 2026), so Maven's months are the plan's months. AS OF =
  2026-11-20. A Won opportunity that now closes after it becomes an open proposal ("in design",
  probability 0.6); a Lost one dated after it an open proposal (probability 0.25). Engaging
  opportunities are open (probability 0.5) expected to close 1 November 2026 + (hash mod 90)
  days (some overdue at the as-of date); Prospecting ones (probability 0.2) 15 December 2026 +
  (hash mod 120) days (some after the plan year).
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open
  proposals carry the product's list price x the factor.
    MG Special     -> O&M Agreement    x 60
    GTX Basic      -> EV Charging Hub  x 40
    GTX Plus Basic -> Rooftop 30       x 60   (a 30 kW rooftop array)
    MG Advanced    -> Battery Storage  x 30
    GTX Pro        -> Rooftop 100      x 40   (a 100 kW rooftop array)
    GTX Plus Pro   -> Shade Carport    x 60
    GTK 500        -> Ground Mount     x 60
- Accounts: Maven's 85 accounts folded onto 30 invented Phoenix-area businesses (Maven account
  index mod 30); an opportunity with no account gets one by hash.
- Type: O&M Agreement: hash mod 2 = 0 "renewal" (an O&M re-up), else "new"; Battery Storage:
  hash mod 2 = 0 "add-on" (a battery added to an existing array), else "new"; EV Charging Hub:
  hash mod 3 = 0 "add-on"; Rooftop 30 / Rooftop 100 / Shade Carport: hash mod 5 = 0 "repower"
  (new inverters and modules on an old array); everything else "new" (a new install).
- Splits (plan.md 3.4): a won or cancelled Ground Mount of any AE but Hank Dorsey is two lines
  with the same id: 60% to the AE, 40% to Hank Dorsey. Marco Villalobos's won deals closing on
  or after Jordan Beck's start with hash mod 5 = 0 are "ride-along" deals, two lines 80% / 20%
  with Jordan Beck.
- Cancellations ("haboobs"): a won deal closed on or before 2026-11-06 with hash mod 19 = 0 is
  cancelled, cancel_date = close + 12 + (hash mod 230) days, when that date is on or before the
  as-of date (otherwise the deal stays won: not cancelled yet) (plan.md section 11: only cancellations within 180 days of close are clawed back).
- Roster: Marco Villalobos (Senior AE) and Hank Dorsey (Large Projects Lead) carry their own
  annual Array quota. Jordan Beck joined on 2026-07-13 (his own deals before that date are
  dropped). Mallory Greer left on 2026-10-09 (her deals after that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 20)

AGENTS = {
    "Darcel Schlecht": "Marco Villalobos",
    "Anna Snelling": "Brittany Oakes",
    "Versie Hillebrand": "Tyler Haskins",
    "Cecily Lampkin": "Lupe Archuleta",
    "Garret Kinder": "Jordan Beck",
    "Kary Hendrixson": "Shane McAllister",
    "Vicki Laflamme": "Priscilla Tso",
    "Kami Bicknell": "Kyle Brandt",
    "Rosalina Dieter": "Ana Sofia Reyes",
    "Wilburn Farren": "Wes Tafoya",
    "Elease Gluck": "Hank Dorsey",
    "Jonathan Berthelot": "Carmen Ochoa",
    "Markita Hansen": "Erin Castillo",
    "Moses Frase": "Travis Nez",
    "Corliss Cosme": "Kyle Ostrander",
    "Rosie Papadopoulos": "Mallory Greer",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:array
    ("Marco Villalobos", "Dana Whitehorse", "East Valley", "Senior AE", "", "", "Q_SENIOR"),
    ("Brittany Oakes", "Dana Whitehorse", "East Valley", "Account Executive", "", "", ""),
    ("Tyler Haskins", "Dana Whitehorse", "East Valley", "Account Executive", "", "", ""),
    ("Lupe Archuleta", "Dana Whitehorse", "East Valley", "Account Executive", "", "", ""),
    ("Jordan Beck", "Dana Whitehorse", "East Valley", "Account Executive", "2026-07-13", "", ""),
    ("Shane McAllister", "Ray Castañeda", "West Valley", "Account Executive", "", "", ""),
    ("Priscilla Tso", "Ray Castañeda", "West Valley", "Account Executive", "", "", ""),
    ("Kyle Brandt", "Ray Castañeda", "West Valley", "Account Executive", "", "", ""),
    ("Ana Sofia Reyes", "Ray Castañeda", "West Valley", "Account Executive", "", "", ""),
    ("Wes Tafoya", "Ray Castañeda", "West Valley", "Account Executive", "", "", ""),
    ("Hank Dorsey", "Kendra Pruitt", "Central Phoenix", "Large Projects Lead", "", "", "Q_LARGE"),
    ("Carmen Ochoa", "Kendra Pruitt", "Central Phoenix", "Account Executive", "", "", ""),
    ("Erin Castillo", "Kendra Pruitt", "Central Phoenix", "Account Executive", "", "", ""),
    ("Travis Nez", "Kendra Pruitt", "Central Phoenix", "Account Executive", "", "", ""),
    ("Kyle Ostrander", "Kendra Pruitt", "Central Phoenix", "Account Executive", "", "", ""),
    ("Mallory Greer", "Kendra Pruitt", "Central Phoenix", "Account Executive", "", "2026-10-09", ""),
]
QUOTA = {"Q_SENIOR": "13500000.00", "Q_LARGE": "12000000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("O&M Agreement", 60),
    "GTX Basic": ("EV Charging Hub", 40),
    "GTX Plus Basic": ("Rooftop 30", 60),
    "MG Advanced": ("Battery Storage", 30),
    "GTX Pro": ("Rooftop 100", 40),
    "GTXPro": ("Rooftop 100", 40),
    "GTX Plus Pro": ("Shade Carport", 60),
    "GTK 500": ("Ground Mount", 60),
}
ACCOUNTS = [
    "Camelback Dental Group", "Tempe Cold Storage", "Chandler Tortilla Factory",
    "Gilbert Self Storage", "Glendale Auto Mall", "Scottsdale Country Day School",
    "Mesa Distribution Center", "Tolleson Packing Co", "Buckeye Feed & Grain",
    "Goodyear Logistics Park", "Ahwatukee Medical Plaza", "Papago Freight", "Arcadia Lofts HOA",
    "Maricopa Poultry", "Peoria Ice Arena", "Avondale Grace Church", "Cave Creek Winery",
    "Fountain Hills Resort", "Laveen Dairy", "Sun City Senior Living", "Apache Junction Storage",
    "Queen Creek Olive Mill", "Litchfield Tire & Auto", "Biltmore Office Park",
    "Roosevelt Row Lofts", "Grand Avenue Print Works", "Sky Harbor Parking Co",
    "Casa Grande Cold Chain", "Paradise Valley Country Club", "Estrella Charter Academy",
]
CANCEL_BY = dt.date(2026, 11, 6)


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def shift(d):
    return dt.date.fromisoformat(d).replace(year=dt.date.fromisoformat(d).year + 9)


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
    keep = h(oid) % 20 < (6 if agent == "Darcel Schlecht" else 9) or r["product"] == "GTK 500"
    if not keep:
        continue
    x = h(oid) // 20
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 11, 1) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2026, 12, 15) + dt.timedelta(days=x % 120)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = shift(r["close_date"])
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if product == "O&M Agreement":
        typ = "renewal" if x % 2 == 0 else "new"
    elif product == "Battery Storage":
        typ = "add-on" if x % 2 == 0 else "new"
    elif product == "EV Charging Hub":
        typ = "add-on" if x % 3 == 0 else "new"
    elif product in ("Rooftop 30", "Rooftop 100", "Shade Carport") and (x // 3) % 5 == 0:
        typ = "repower"
    else:
        typ = "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        when = close + dt.timedelta(days=12 + (x // 11) % 230)
        if when <= AS_OF:
            stage = "cancelled"
            cancel = when.isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    partner = None
    if product == "Ground Mount" and seller != "Hank Dorsey" and stage in ("won", "cancelled"):
        partner, share = "Hank Dorsey", ("0.6", "0.4")
    elif (seller == "Marco Villalobos" and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START["Jordan Beck"])):
        partner, share = "Jordan Beck", ("0.8", "0.2")
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
                "quota:array"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
