#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the seventyfirst workspace (Northbrook Medical,
hospital field sales, plan year 1 January - 31 December 2026, USD) from the real Maven CRM
export (/work/shared/data/maven-crm/). Standard library only; deterministic: no random
numbers and no clock. Every choice is a CRC-32 of the Maven opportunity id.

- 15 Maven agents are re-cast as Northbrook field reps (AGENTS); an opportunity is kept when
  crc32(id) % 5 == 0, so each rep carries a hospital-sized deal count.
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so they
  fall 1 Jan - 2 Nov 2026. AS OF = 2026-08-31. A Won opportunity that now closes after the
  as-of date becomes an open deal ("in committee", probability 0.7) at that date; a Lost one
  after it is dropped. Maven open opportunities (Engaging 0.5 / Prospecting 0.2) carry an
  expected close in September 2026 at the product's list value.
- A rep who joins mid-year (roster start_date) keeps no opportunity closing before it.
- Products: GTX Basic -> Cadence Syringe Pump, GTX Plus Basic -> Cadence Infusion Pump,
  GTX Pro -> Aurora Patient Monitor, GTX Plus Pro -> Meridian Anesthesia Workstation,
  GTK 500 -> Helix C-Arm (capital equipment); MG Special -> SureFlow IV Sets, MG Advanced ->
  ClearPath Sensor Kits (clinical supplies, annual supply agreements). Amount = Maven value x
  FACTOR[product], in USD.
- Accounts: each Maven account becomes a hospital (HOSPITALS, in the export's account order);
  an open opportunity with no account gets the hospital crc32(id) % 85.
- Type: "new" (a new door) when no Northbrook rep had won that hospital before (by close
  date, in the kept data); else "renewal" for a supplies product, "upgrade" for capital.
- Cancelled ("pulled PO"): a won deal closed on or before 2026-07-31 with crc32(id) % 13 == 0
  is cancelled 10-149 days after close (crc32 // 13 % 140 + 10), capped at the as-of date.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 31)

AGENTS = {
    "Darcel Schlecht": "Dana Kowalski",
    "Anna Snelling": "Luis Ortega",
    "Versie Hillebrand": "Meredith Shaw",
    "Donn Cantrell": "Tom Brennan",
    "Cassey Cress": "Keisha Rowland",
    "Kary Hendrixson": "Robert Caruso",
    "Wilburn Farren": "Hannah Lindqvist",
    "Vicki Laflamme": "Jake Sorensen",
    "Jonathan Berthelot": "Priya Natarajan",
    "Zane Levy": "Greg Mahoney",
    "Kami Bicknell": "Margaret Doyle",
    "Maureen Marcano": "Nate Fischer",
    "Gladys Colclough": "Alicia Park",
    "Reed Clapper": "Derek Haines",
    "Markita Hansen": "Tom Whitcomb",
}
ROSTER = [
    # id, roster name, manager, territory, role, start_date
    ("Dana Kowalski", "Dana Kowalski", "Denise Albright", "Atlantic", "Senior Territory Manager", ""),
    ("Luis Ortega", "Luis Ortega", "Denise Albright", "Atlantic", "Territory Manager", ""),
    ("Meredith Shaw", "Meredith Shaw", "Denise Albright", "Atlantic", "Territory Manager", ""),
    ("Tom Brennan", "Tom Brennan", "Denise Albright", "Atlantic", "Territory Manager", ""),
    ("Keisha Rowland", "Keisha Rowland", "Denise Albright", "Atlantic", "Territory Manager", ""),
    ("Robert Caruso", 'Robert "Bobby" Caruso', "Denise Albright", "Atlantic", "Territory Manager", ""),
    ("Hannah Lindqvist", "Hannah Lindqvist", "Denise Albright", "Atlantic", "Territory Manager", "2026-04-13"),
    ("Jake Sorensen", "Jake Sorensen", "Marcus Whitaker", "Great Lakes", "Senior Territory Manager", ""),
    ("Priya Natarajan", "Priya Natarajan", "Marcus Whitaker", "Great Lakes", "Territory Manager", ""),
    ("Greg Mahoney", "Greg Mahoney", "Marcus Whitaker", "Great Lakes", "Territory Manager", ""),
    ("Margaret Doyle", 'Margaret "Peggy" Doyle', "Marcus Whitaker", "Great Lakes", "Territory Manager", ""),
    ("Nate Fischer", "Nate Fischer", "Marcus Whitaker", "Great Lakes", "Territory Manager", ""),
    ("Alicia Park", "Alicia Park", "Marcus Whitaker", "Great Lakes", "Territory Manager", ""),
    ("Derek Haines", "Derek Haines", "Marcus Whitaker", "Great Lakes", "Territory Manager", "2026-06-01"),
    ("Tom Whitcomb", "Tom Whitcomb", "Marcus Whitaker", "Great Lakes", "Territory Manager", ""),
]
# Senior Territory Managers carry their own capital quota (plan.md 5.2), per quarter.
SENIOR_CAPITAL_QUOTA = {"Dana Kowalski": "250000.00", "Jake Sorensen": "130000.00"}
START = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Cadence Syringe Pump", "GTX Plus Basic": "Cadence Infusion Pump",
    "GTXPro": "Aurora Patient Monitor", "GTX Pro": "Aurora Patient Monitor",
    "GTX Plus Pro": "Meridian Anesthesia Workstation", "GTK 500": "Helix C-Arm",
    "MG Special": "SureFlow IV Sets", "MG Advanced": "ClearPath Sensor Kits",
}
FACTOR = {
    "Cadence Syringe Pump": 4.5, "Cadence Infusion Pump": 4.5, "Aurora Patient Monitor": 5,
    "Meridian Anesthesia Workstation": 6, "Helix C-Arm": 5,
    "SureFlow IV Sets": 150, "ClearPath Sensor Kits": 6,
}
SUPPLIES = {"SureFlow IV Sets", "ClearPath Sensor Kits"}
TOWNS = [
    "Ashford", "Bayview", "Bellmore", "Brookhaven", "Cedar Falls", "Clearwater", "Coldspring",
    "Dunmore", "Eastfield", "Elmhurst", "Fairhaven", "Glen Oaks", "Granby", "Hartwell",
    "Hillcrest", "Holloway", "Kingsbridge", "Lakeshore", "Lancaster", "Maple Grove", "Marlow",
    "Middleton", "Millbrook", "Northgate", "Oakridge", "Oneida", "Parkside", "Pinebrook",
    "Quincy", "Redfield", "Riverbend", "Rockport", "Saint Agnes", "Saint Brendan",
    "Saint Clare", "Saint Luke's", "Salem", "Sheffield", "Silver Lake", "Southport",
    "Springdale", "Stanton", "Stonebridge", "Summerville", "Thornton", "Tillman", "Union",
    "Valley View", "Warrenton", "Waverly", "Westbury", "Whitfield", "Willow Creek", "Windham",
    "Woodland", "Yorktown", "Abbott Northern", "Beacon", "Carver", "Dorchester", "Easton",
    "Franklin", "Garfield", "Harmon", "Ingram", "Jasper", "Kessler", "Linden", "Mercy",
    "Newhall", "Orchard Park", "Prescott", "Ridgeway", "Sutton", "Tremont", "Upton", "Vance",
    "Wexford", "Alder", "Briar Hill", "Calloway", "Delmar", "Emerson", "Foxborough", "Greer",
]
SUFFIX = ["General Hospital", "Medical Center", "Memorial Hospital", "Regional Medical Center",
          "Community Hospital"]


def crc(s):
    return zlib.crc32(s.encode())


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)


def money(x):
    return f"{x:.2f}"


accounts = [r["account"] for r in csv.DictReader(open(f"{SRC}/accounts.csv"))]
HOSPITAL = {a: f"{TOWNS[i]} {SUFFIX[i % len(SUFFIX)]}" for i, a in enumerate(accounts)}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or crc(oid) % 5 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 9, 1) + dt.timedelta(days=sum(map(ord, oid)) % 30)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if close > AS_OF:
            if stage == "lost":
                continue
            stage, prob = "open", "0.7"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    if stage == "lost" and value <= 0:
        value = PRICE[r["product"]]
    account = HOSPITAL[r["account"]] if r["account"] else HOSPITAL[accounts[crc(oid) % len(accounts)]]
    rows.append(dict(id=oid, seller=seller, amount=money(round(value * FACTOR[product], 2)),
                     close_date=close.isoformat(), stage=stage, product=product,
                     account=account, probability=prob,
                     name=f"{account} {product}"))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    if x["account"] not in won_accounts:
        x["type"] = "new"
    else:
        x["type"] = "renewal" if x["product"] in SUPPLIES else "upgrade"
    if x["stage"] == "won":
        won_accounts.add(x["account"])

for x in rows:
    h = crc(x["id"])
    if x["stage"] == "won" and x["close_date"] <= "2026-07-31" and h % 13 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=h // 13 % 140 + 10)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        w.writerow({**{k: x.get(k, "") for k in cols}, "currency": "USD"})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "quota:capital"])
    for sid, name, mgr, terr, role, start in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, SENIOR_CAPITAL_QUOTA.get(sid, "")])
print(len(rows), "lines")
