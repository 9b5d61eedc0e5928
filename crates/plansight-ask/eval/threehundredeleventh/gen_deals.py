#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredeleventh workspace (Cream City Safety
Supply, Inc., an invented Milwaukee distributor of industrial safety equipment: glove programs,
harness kits, gas detectors, eyewash stations, drench showers, and inspection and calibration
service contracts; fiscal year 1 October 2025 - 30 September 2026, USD, MONTHLY payouts) from
the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Cream City account reps (AGENTS below); every one of their
  Won opportunities is kept, and half of their Lost, Engaging and Prospecting ones (md5 of the
  id), except a new hire's before their start date and a leaver's won or open deals after their
  last day.
- Dates: every Maven date moves forward by 3136 days (448 weeks, so weekdays are kept): 1 March
  2017 becomes 1 October 2025 and 31 December 2017 becomes 2 August 2026. AS OF = 2026-06-12.
  A Won opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one
  dated after it an open quote (probability 0.25). Engaging opportunities are open (probability
  0.5) expected to close 20 May 2026 + (hash mod 80) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 1 July 2026 + (hash mod 85) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor.
    MG Special     -> Glove Program          x 40
    GTX Basic      -> Eyewash Station        x 2
    GTX Plus Basic -> Harness Kit            x 2.5
    MG Advanced    -> Gas Detector           x 2
    GTX Pro        -> Inspection Contract    x 0.5
    GTX Plus Pro   -> Calibration Contract   x 0.6
    GTK 500        -> Drench Shower System   x 1.2
- Accounts: each territory has its own invented Milwaukee-area plants; a deal goes to the
  territory account (Maven account index mod the territory's count); one with no account gets
  one by hash.
- Type: Glove Program and Harness Kit with hash mod 3 = 0 are "blanket" (a year's supply at
  agreed prices); otherwise hash mod 4 = 0 is "new" (a plant that never bought from Cream City),
  the rest "reorder".
- Splits (plan.md 3.4): a won or cancelled Drench Shower System of any rep but Lupe Esparza is
  two lines with the same id, 60% to the rep and 40% to Lupe Esparza (the Engineered Solutions
  Specialist). Barb Hennessey's deals closing on or after Tyler Vang's start with hash mod 5 = 0
  are ride-alongs: two lines 50% / 50% with Tyler Vang.
- Cancellations ("pulled POs"): a won deal closed on or before 2026-05-25 with hash mod 19 = 0
  is cancelled, cancel_date = close + 10 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 10: only cancellations within 90 days of close are clawed back).
- Roster: Barb Hennessey (National Accounts) and Lupe Esparza (Engineered Solutions) carry their
  own quarterly Gear quota (Barb also her own annual Service quota). Tyler Vang joined on 2026-02-16; Greg Stoltz left on 2026-04-17.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 6, 12)
SHIFT = dt.date(2025, 10, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 5, 25)

AGENTS = {
    "Darcel Schlecht": "Barb Hennessey",
    "Anna Snelling": "Mike Brzezinski",
    "Kami Bicknell": "Jamal Whitaker",
    "Versie Hillebrand": "Rosa Delgado",
    "Moses Frase": "Tyler Vang",
    "Elease Gluck": "Lupe Esparza",
    "Kary Hendrixson": "Mike Sandoval",
    "Zane Levy": "Jenna Schultz",
    "Cassey Cress": "Dwayne Pruitt",
    "Rosalina Dieter": "Katie Nowicki",
    "Markita Hansen": "Omar Farah",
    "Corliss Cosme": "Nate Ziebell",
    "Gladys Colclough": "Carmen Ruiz",
    "Jonathan Berthelot": "Brandon Kittleson",
    "Cecily Lampkin": "Heather Janssen",
    "Wilburn Farren": "Greg Stoltz",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:gear
    ("Barb Hennessey", "Deb Wojciechowski", "Metro", "National Account Rep", "", "", "Q_NATIONAL"),
    ("Mike Brzezinski", "Deb Wojciechowski", "Metro", "Account Rep", "", "", ""),
    ("Jamal Whitaker", "Deb Wojciechowski", "Metro", "Account Rep", "", "", ""),
    ("Rosa Delgado", "Deb Wojciechowski", "Metro", "Account Rep", "", "", ""),
    ("Tyler Vang", "Deb Wojciechowski", "Metro", "Account Rep", "2026-02-16", "", ""),
    ("Lupe Esparza", "Rick Halverson", "West", "Engineered Solutions Specialist", "", "", "Q_ENGINEERED"),
    ("Mike Sandoval", "Rick Halverson", "West", "Account Rep", "", "", ""),
    ("Jenna Schultz", "Rick Halverson", "West", "Account Rep", "", "", ""),
    ("Dwayne Pruitt", "Rick Halverson", "West", "Account Rep", "", "", ""),
    ("Katie Nowicki", "Rick Halverson", "West", "Account Rep", "", "", ""),
    ("Omar Farah", "Rick Halverson", "West", "Account Rep", "", "", ""),
    ("Nate Ziebell", "Tanya Reinholt", "Lakeshore", "Account Rep", "", "", ""),
    ("Carmen Ruiz", "Tanya Reinholt", "Lakeshore", "Account Rep", "", "", ""),
    ("Brandon Kittleson", "Tanya Reinholt", "Lakeshore", "Account Rep", "", "", ""),
    ("Heather Janssen", "Tanya Reinholt", "Lakeshore", "Account Rep", "", "", ""),
    ("Greg Stoltz", "Tanya Reinholt", "Lakeshore", "Account Rep", "", "2026-04-17", ""),
]
QUOTA = {"Q_NATIONAL": "180000.00", "Q_ENGINEERED": "150000.00"}
SERVICE_QUOTA = {"Barb Hennessey": "260000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
TERR = {r[0]: r[2] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Glove Program", 40),
    "GTX Basic": ("Eyewash Station", 2),
    "GTX Plus Basic": ("Harness Kit", 2.5),
    "MG Advanced": ("Gas Detector", 2),
    "GTX Pro": ("Inspection Contract", 0.5),
    "GTXPro": ("Inspection Contract", 0.5),
    "GTX Plus Pro": ("Calibration Contract", 0.6),
    "GTK 500": ("Drench Shower System", 1.2),
}
ACCOUNTS = {
    "Metro": [
        "Menomonee Valley Foundry", "Bay View Tool & Die", "Kinnickinnic Malting",
        "Walker's Point Tannery", "Harbor District Cold Storage", "Third Ward Printing",
        "Layton Park Plating", "Miller Valley Malting", "Burnham Street Galvanizing",
        "Glendale Bottling", "Cudahy Forge Works", "St. Francis Water Reclamation",
        "Oak Creek Power Station",
    ],
    "West": [
        "West Allis Gear Works", "Brookfield Hydraulics", "Pewaukee Precision",
        "Menomonee Falls Extrusions", "Waukesha Engine Rebuild", "New Berlin Paint & Coatings",
        "Germantown Stamping", "Sussex Aggregate", "Miller Compressor Works",
        "Wauwatosa Medical Linens", "Greenfield Plastics", "Top Rail Fence Co",
    ],
    "Lakeshore": [
        "Racine Chemical Blending", "Kenosha Port Terminal", "Sturtevant Rail Yard",
        "Mount Pleasant Battery Plant", "Caledonia Dairy Processing", "Somers Concrete",
        "Pleasant Prairie Distribution", "Franksville Sausage Co", "Lake Michigan Marine Fuels",
        "Union Grove Feed Mill", "Port Washington Boatworks",
    ],
}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
maven_accounts = sorted(r["account"] for r in read("accounts.csv"))
IDX = {a: i for i, a in enumerate(maven_accounts)}
RIDE_FROM = dt.date.fromisoformat(START["Tyler Vang"])

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    x = h(oid)
    if r["deal_stage"] in ("Engaging", "Prospecting") and (x // 29) % 2:
        continue
    if r["deal_stage"] == "Lost" and (x // 31) % 2:
        continue
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    accts = ACCOUNTS[TERR[seller]]
    idx = IDX[r["account"]] if r["account"] else (x // 17) % 97
    account = accts[idx % len(accts)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 5, 20) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 7, 1) + dt.timedelta(days=x % 85)
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
    if END[seller] and close > dt.date.fromisoformat(END[seller]) and stage != "lost":
        continue
    if product in ("Glove Program", "Harness Kit") and (x // 3) % 3 == 0:
        typ = "blanket"
    elif (x // 5) % 4 == 0:
        typ = "new"
    else:
        typ = "reorder"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    partner = None
    if product == "Drench Shower System" and seller != "Lupe Esparza" and stage in ("won", "cancelled"):
        partner, share = "Lupe Esparza", ("0.6", "0.4")
    elif (seller == "Barb Hennessey" and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= RIDE_FROM):
        partner, share = "Tyler Vang", ("0.5", "0.5")
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
                "quota:gear", "quota:service"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, ""),
                    SERVICE_QUOTA.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
