#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the eightythird workspace (Laurentide Equipment
Rentals, Alberta territory sales, plan year 1 January - 31 December 2026, CAD) from the
real Maven CRM export (/work/shared/data/maven-crm/). Standard library only; fully
deterministic: no random numbers and no clock. Every choice below is a function of the
opportunity id (zlib.crc32), so the same export always gives the same files.

- 14 Maven agents are re-cast as Laurentide territory reps (AGENTS). An opportunity is kept
  when crc32(id) % 4 == 0, so each rep carries a realistic count of rental contracts.
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so they
  fall 1 Jan - 2 Nov 2026. AS OF = 2026-09-30: a Won opportunity that now closes after it is
  an open deal ("on quote", probability 0.6) with that close date. Maven's open
  opportunities (Engaging 0.5 / Prospecting 0.25) carry an expected close in September 2026
  (day from the id) at the product's list value.
- Products: GTX Basic -> Scissor Lift, GTX Plus Basic -> Boom Lift, GTX Pro -> Mini
  Excavator, GTX Plus Pro -> Crawler Excavator, MG Special -> Light Tower, MG Advanced ->
  Diesel Generator, GTK 500 -> Telehandler. Amount (CAD contract value) = Maven close value x
  a product factor (FACTOR), x 3 for fleet contracts.
- Type: "extension" when the account already had a won Laurentide contract (in the kept
  data, earlier close) and crc % 5 == 0; else "fleet" when crc % 10 in (1, 2, 3)
  (term 12/24/36 months); else "spot" (term 1-3 months). Extensions run 3-6 months.
- Accounts: Maven's 85 accounts are renamed (ACCOUNTS, in the export's order) to Alberta
  contractors and municipalities.
- Reps who join mid-year (Liam Fitzgerald 2026-04-13, Curtis Yellowhorn 2026-06-01) keep
  only opportunities closing on or after their start.
- Cancelled ("early off-hire"): a won deal closing on or before 2026-08-31 with
  crc % 23 == 7 is cancelled 15-130 days after close (capped at the as-of date).
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 9, 30)

AGENTS = {
    "Darcel Schlecht": "Dustin Kowalski",
    "Anna Snelling": "Melissa Tran",
    "Kary Hendrixson": "Brent Halvorson",
    "Kami Bicknell": "Jasmine Okonkwo",
    "Versie Hillebrand": "Marcel Thibault",
    "Zane Levy": "Tara McAllister",
    "Cassey Cress": "Curtis Yellowhorn",
    "Vicki Laflamme": "Kelsey Doucette",
    "Jonathan Berthelot": "Arjun Malhotra",
    "Gladys Colclough": "Robert Lindqvist",
    "Corliss Cosme": "Nadia Szabo",
    "Maureen Marcano": "Owen Grandmaison",
    "Donn Cantrell": "Chantal Roy",
    "Reed Clapper": "Liam Fitzgerald",
}
ROSTER = [
    # id, manager, territory (branch), start_date
    ("Dustin Kowalski", "Gord Mackenzie", "Edmonton", ""),
    ("Melissa Tran", "Gord Mackenzie", "Edmonton", ""),
    ("Brent Halvorson", "Gord Mackenzie", "Edmonton", ""),
    ("Jasmine Okonkwo", "Gord Mackenzie", "Edmonton", ""),
    ("Marcel Thibault", "Gord Mackenzie", "Edmonton", ""),
    ("Tara McAllister", "Gord Mackenzie", "Edmonton", ""),
    ("Curtis Yellowhorn", "Gord Mackenzie", "Edmonton", "2026-06-01"),
    ("Kelsey Doucette", "Shauna Bérubé", "Calgary", ""),
    ("Arjun Malhotra", "Shauna Bérubé", "Calgary", ""),
    ("Robert Lindqvist", "Shauna Bérubé", "Calgary", ""),
    ("Nadia Szabo", "Shauna Bérubé", "Calgary", ""),
    ("Owen Grandmaison", "Shauna Bérubé", "Calgary", ""),
    ("Chantal Roy", "Shauna Bérubé", "Calgary", ""),
    ("Liam Fitzgerald", "Shauna Bérubé", "Calgary", "2026-04-13"),
]
START = {r[0]: r[3] for r in ROSTER}
NAME = {"Dustin Kowalski": 'Dustin "Dusty" Kowalski', "Robert Lindqvist": 'Robert "Tank" Lindqvist'}
PRODUCT = {
    "GTX Basic": "Scissor Lift", "GTX Plus Basic": "Boom Lift",
    "GTXPro": "Mini Excavator", "GTX Pro": "Mini Excavator",
    "GTX Plus Pro": "Crawler Excavator", "GTK 500": "Telehandler",
    "MG Special": "Light Tower", "MG Advanced": "Diesel Generator",
}
FACTOR = {"Scissor Lift": 4, "Boom Lift": 4, "Mini Excavator": 2, "Crawler Excavator": 3,
          "Telehandler": 1, "Light Tower": 30, "Diesel Generator": 2}
ACCOUNTS = [
    "Bow Valley Excavating", "City of Leduc", "Prairie Crest Builders", "Strathcona County",
    "Northgate Civil", "Town of Okotoks", "Athabasca Pipeline Services", "City of Airdrie",
    "Foothills Paving", "Red Deer County", "Kananaskis Structures", "City of St. Albert",
    "Parkland Utilities", "Town of Canmore", "Wapiti Earthworks", "City of Spruce Grove",
    "Ironside Mechanical", "Sturgeon County", "Coulee Concrete", "Town of Cochrane",
    "Muskeg Drilling", "City of Camrose", "Sundance Framing", "Rocky View County",
    "Aspen Ridge Homes", "Town of High River", "Pembina Steel Erectors", "City of Lethbridge",
    "Whitemud Demolition", "Town of Drumheller", "Bighorn Roofing", "City of Fort Saskatchewan",
    "Kicking Horse Masonry", "Town of Devon", "Peace River Grading", "Wetaskiwin County",
    "Tamarack Electric", "City of Medicine Hat", "Battle River Builders", "Town of Banff",
    "Saddle Lake Contracting", "City of Lacombe", "Crowsnest Scaffolding", "Town of Stony Plain",
    "Elbow River Landscaping", "Mountain View County", "Hardisty Industrial", "City of Brooks",
    "Lesser Slave Civil", "Town of Sylvan Lake", "Beaverhill Insulation", "City of Wetaskiwin",
    "Clearwater Oilfield Services", "Town of Strathmore", "Nose Hill Glazing", "Lac Ste. Anne County",
    "Kinsella Fencing", "City of Cold Lake", "Fort Macleod Builders", "Town of Morinville",
    "Rundle Plumbing & Heating", "City of Grande Prairie", "Oldman River Aggregates", "Town of Olds",
    "Pigeon Lake Developments", "Wheatland County", "Kneehill Mechanical", "Town of Redwater",
    "Beaver Creek Welding", "City of Chestermere", "Sylvan Signworks", "Town of Didsbury",
    "Buffalo Lake Marine", "Vulcan County", "Ghost River Trucking", "Town of Bonnyville",
    "Smoky Lake Interiors", "City of Beaumont", "Jasper Place Restoration", "Town of Taber",
    "Lloyd Mall Contractors", "Ponoka County", "Gleichen Drywall", "Town of Whitecourt",
    "Carstairs Site Services",
]
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]
MAVEN_ACCOUNTS = [r["account"] for r in csv.DictReader(open(f"{SRC}/accounts.csv"))]
assert len(MAVEN_ACCOUNTS) <= len(ACCOUNTS), len(MAVEN_ACCOUNTS)
ACCOUNT = dict(zip(MAVEN_ACCOUNTS, ACCOUNTS))


def h(s, salt=""):
    return zlib.crc32((salt + s).encode())


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or h(oid) % 4 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 9, 1) + dt.timedelta(days=h(oid, "day") % 29)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.6"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    if stage == "lost" and value <= 0:
        value = PRICE[r["product"]]  # a lost quote keeps the quoted list value
    rows.append(dict(id=oid, seller=seller, close=close, stage=stage, product=product,
                     account=ACCOUNT.get(r["account"], ""), probability=prob, value=value))

rows.sort(key=lambda x: (x["close"], x["id"]))
won_accounts = set()
for x in rows:
    c = h(x["id"], "type")
    acct = x["account"]
    if acct and acct in won_accounts and c % 5 == 0:
        x["type"], x["term"] = "extension", str(3 + c % 4)
    elif c % 10 in (1, 2, 3):
        x["type"], x["term"] = "fleet", str((12, 24, 36)[c % 3])
    else:
        x["type"], x["term"] = "spot", str(1 + c % 3)
    amount = x["value"] * FACTOR[x["product"]] * (3 if x["type"] == "fleet" else 1)
    x["amount"] = f"{round(amount, 2):.2f}"
    x["close_date"] = x["close"].isoformat()
    if x["stage"] in ("won",) and acct:
        won_accounts.add(acct)

for x in rows:
    if x["stage"] == "won" and x["close"] <= dt.date(2026, 8, 31) and h(x["id"], "cx") % 23 == 7:
        c = x["close"] + dt.timedelta(days=15 + h(x["id"], "cd") % 116)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "type", "product", "amount", "close_date", "stage",
        "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(cols)
    for x in rows:
        w.writerow([x["id"], x["seller"], x["account"], x["type"], x["product"], x["amount"],
                    x["close_date"], x["stage"], x["probability"], x["term"],
                    x.get("cancel_date", ""), "CAD"])

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "quota:rental_rev"])
    for sid, mgr, terr, start in ROSTER:
        senior = sid == "Dustin Kowalski"  # Senior Territory Rep, own quarterly quota (plan.md 5.2)
        w.writerow([sid, NAME.get(sid, sid), mgr, terr,
                    "Senior Territory Rep" if senior else "Territory Rep", start,
                    "150000.00" if senior else ""])
print(len(rows), "lines")
