#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the ninetyfirst workspace (Meridian Surgical, US
field sales of surgical implants and capital equipment to hospitals, plan year 2026, USD)
from the real Maven CRM export (/work/shared/data/maven-crm/). Standard library only;
deterministic: every draw is the CRC-32 of the opportunity id (no random, no clock).

- 13 Maven agents are re-cast as Meridian field reps (AGENTS below); an opportunity is kept
  when CRC-32(id) % 3 == 0, so each rep carries a realistic case and PO count.
- Accounts: each Maven account becomes a hospital (HOSPITAL below).
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 45 days back, so won
  deals fall mid-January to mid-November 2026. AS OF = 2026-11-13: a Won opportunity that
  now closes after it becomes an open deal ("in trial", probability 0.75).
- Products: GTX Basic -> Halo Trauma Plate (x1), GTX Plus Basic -> Keel Hip Stem (x3),
  GTX Pro -> Arcadia Knee System (x1), GTX Plus Pro -> Strata Spinal Cage (x1),
  MG Special -> Veristat Disposables Kit (x20): the implant and disposables side;
  MG Advanced -> Lodestar Navigation Tower (x45), GTK 500 -> Orion Surgical Robot (x55):
  capital equipment. amount = Maven close value x the factor.
- Type: "new" (a conversion) when no Meridian rep had won the hospital before (in the kept
  data, by close date); else "upgrade" (a refresh) for capital equipment at a hospital that
  already has a won capital deal; else "repeat" (pull-through).
- Open Maven deals (Engaging 0.5 / Prospecting 0.2) carry an expected close in Nov 16 -
  Dec 31 2026 at list value x the factor.
- Won deals closed on or before 2026-10-15 with CRC-32(id) % 17 == 0 are cancelled
  ("explants") 10 + CRC % 150 days after close, capped at the as-of date.
- Kelsey Vandermeer joined on 2026-06-01 (her earlier opportunities are dropped); Paul Ashby
  left on 2026-08-31 (his later opportunities are dropped).
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 13)

AGENTS = {
    "Darcel Schlecht": "Tom Brannigan",
    "Anna Snelling": "Chris Delgado",
    "Kary Hendrixson": "Megan Foley",
    "Versie Hillebrand": "Dwayne Mercer",
    "Lajuana Vencill": "Paul Ashby",
    "Vicki Laflamme": "Leticia Ortiz",
    "Kami Bicknell": "Chris Okonkwo",
    "Zane Levy": "Hollis Tate",
    "Cassey Cress": "Savannah Pruitt",
    "Jonathan Berthelot": "Ben Kowalski",
    "Gladys Colclough": "Ingrid Sorensen",
    "Corliss Cosme": "Rashad Greene",
    "Markita Hansen": "Kelsey Vandermeer",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date
    ("Tom Brannigan", "Renee Castellano", "Northeast", "Senior Territory Manager", "", ""),
    ("Chris Delgado", "Renee Castellano", "Northeast", "Territory Manager", "", ""),
    ("Megan Foley", "Renee Castellano", "Northeast", "Territory Manager", "", ""),
    ("Dwayne Mercer", "Renee Castellano", "Northeast", "Territory Manager", "", ""),
    ("Paul Ashby", "Renee Castellano", "Northeast", "Territory Manager", "", "2026-08-31"),
    ("Leticia Ortiz", "Marcus Whitlow", "Southeast", "Senior Territory Manager", "", ""),
    ("Chris Okonkwo", "Marcus Whitlow", "Southeast", "Territory Manager", "", ""),
    ("Hollis Tate", "Marcus Whitlow", "Southeast", "Territory Manager", "", ""),
    ("Savannah Pruitt", "Marcus Whitlow", "Southeast", "Territory Manager", "", ""),
    ("Ben Kowalski", "Dana Kirchner", "Midwest", "Territory Manager", "", ""),
    ("Ingrid Sorensen", "Dana Kirchner", "Midwest", "Territory Manager", "", ""),
    ("Rashad Greene", "Dana Kirchner", "Midwest", "Territory Manager", "", ""),
    ("Kelsey Vandermeer", "Dana Kirchner", "Midwest", "Territory Manager", "2026-06-01", ""),
]
QUOTA_OVERRIDE = {"Tom Brannigan": "300000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}

PRODUCT = {
    "GTX Basic": ("Halo Trauma Plate", 1), "GTX Plus Basic": ("Keel Hip Stem", 3),
    "GTX Pro": ("Arcadia Knee System", 1), "GTXPro": ("Arcadia Knee System", 1),
    "GTX Plus Pro": ("Strata Spinal Cage", 1), "MG Special": ("Veristat Disposables Kit", 20),
    "MG Advanced": ("Lodestar Navigation Tower", 45), "GTK 500": ("Orion Surgical Robot", 55),
}
CAPITAL = {"Lodestar Navigation Tower", "Orion Surgical Robot"}

PLACES = [
    "Aldergrove", "Bayshore", "Briar Creek", "Cedar Falls", "Chesapeake", "Clearwater",
    "Copper Hill", "Crescent Valley", "Dunmore", "Eastbrook", "Elm Ridge", "Fairhaven",
    "Foxborough", "Glen Arbor", "Granite Bay", "Greenfield", "Harborview", "Hartwell",
    "Hawthorne", "Highland Park", "Hollister", "Iron Mountain", "Juniper Springs", "Kingsport",
    "Lakewood", "Laurel Heights", "Linden", "Magnolia", "Maple Grove", "Marlow",
    "Meadowbrook", "Millbrook", "Northgate", "Oak Hollow", "Oceanside", "Old Mill",
    "Palisades", "Pine Bluff", "Prairie View", "Quarry Hill", "Ravenwood", "Redstone",
    "Riverbend", "Rockport", "Rosedale", "Saddleback", "Sandy Hook", "Shady Grove",
    "Silver Lake", "Southport", "Spring Valley", "Stillwater", "Stonebridge", "Summit Ridge",
    "Sycamore", "Tanglewood", "Thornbury", "Timberline", "Twin Rivers", "Union Square",
    "Valley Forge", "Verona", "Wakefield", "Walnut Creek", "Waverly", "Westbury",
    "Whitestone", "Wildwood", "Willow Bend", "Windham", "Woodhaven", "Yorktown",
    "Ashford", "Bellwood", "Cobalt Bay", "Driftwood", "Evergreen Park", "Fern Hollow",
    "Gladstone", "Hickory Point", "Ivy Lane", "Jasper", "Keystone Heights", "Lockhart",
    "Mercy Point", "Norwood",
]
KINDS = ["Regional Medical Center", "Memorial Hospital", "General Hospital",
         "Community Hospital", "Surgical Hospital", "University Medical Center"]
accounts = [r["account"] for r in csv.DictReader(open(f"{SRC}/accounts.csv"))]
HOSPITAL = {}
for i, a in enumerate(accounts):
    HOSPITAL[a] = f"{PLACES[i]} {KINDS[zlib.crc32(a.encode()) % len(KINDS)]}"

PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def crc(s):
    return zlib.crc32(s.encode())


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=45)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or crc(oid) % 3 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    product, factor = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 11, 16) + dt.timedelta(days=crc(oid + "c") % 46)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.75"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    acct = HOSPITAL.get(r["account"], "") if r["account"] else ""
    rows.append(dict(id=oid, seller=seller, amount=f"{round(value * factor, 2):.2f}",
                     close_date=close.isoformat(), stage=stage, product=product,
                     account=acct, probability=prob))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts, capital_accounts = set(), set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in won_accounts:
        x["type"] = "new"
    elif x["product"] in CAPITAL and acct in capital_accounts:
        x["type"] = "upgrade"
    else:
        x["type"] = "repeat"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
        if x["product"] in CAPITAL:
            capital_accounts.add(acct)
    x["name"] = f"{acct or 'No account'} {x['product']}"

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-10-15" and crc(x["id"]) % 17 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=10 + crc(x["id"] + "x") % 150)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for x in rows:
        x["split"], x["currency"] = "1", "USD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:procedure"])
    for sid, mgr, terr, role, start, end in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA_OVERRIDE.get(sid, "")])
print(len(rows), "lines")
