#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the fiftyeighth workspace (Sahyadri Motion &
Controls Pvt Ltd, Pune: an industrial-automation distributor; plan year FY 2025-26,
1 April 2025 - 31 March 2026, INR, quarterly payouts) from the real Maven CRM export
(/work/shared/data/maven-crm/). Standard library only; deterministic: no random numbers
and no clock, every choice is a CRC-32 of the Maven opportunity id.

- 14 Maven agents are re-cast as Sahyadri sales engineers (AGENTS below), under 3 branch
  managers. An opportunity is kept when crc32(id) is even (about half of them).
- Dates: Maven close dates move 8 years forward and 31 days on, so 1 Mar 2017 - 31 Dec 2017
  becomes 1 Apr 2025 - 31 Jan 2026. AS OF = 2026-01-20: a Won opportunity that now closes
  after it is an open enquiry (probability 0.7) with that expected close date.
- Amounts: close value x 60, in whole rupees (INR). Open Maven opportunities (Engaging 0.5,
  Prospecting 0.2) carry the product's list price x 60 and an expected close in
  February-March 2026.
- Products: GTX Basic -> Sensor Kits, GTX Pro -> PLC Panels, GTX Plus Basic -> VFD Drives,
  GTX Plus Pro -> Servo Systems, MG Special -> HMI Screens, MG Advanced -> SCADA Licences,
  GTK 500 -> Robot Cells.
- Accounts: the Maven account names are re-cast, in sorted order, as ACCOUNTS below.
- Type: "new" when nobody at Sahyadri had won the account before (in the kept data, by
  close date), else "amc" for about one in six HMI Screens / Sensor Kits lines (annual
  maintenance contracts), else "repeat".
- Joiners: Harshad Bhide starts 2025-09-15, Tejas Wagh 2025-11-03; their lines closing
  before that are dropped.
- Cancelled: a won line closing up to 2025-12-15 whose crc32 % 23 == 5 is cancelled
  20 + crc32 % 140 days after close, when that date is on or before the as-of date.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 1, 20)

AGENTS = {
    "Kary Hendrixson": "Aniket Kulkarni",
    "Anna Snelling": "Pooja Joshi",
    "Zane Levy": "Vikram Patil",
    "Gladys Colclough": "Sneha Gokhale",
    "Moses Frase": "Harshad Bhide",
    "Darcel Schlecht": "Rohan Deshmukh",
    "Corliss Cosme": "Kavita Nair",
    "Maureen Marcano": "Sandeep Jadhav",
    "Markita Hansen": "Farhan Shaikh",
    "Hayden Neloms": "Ritu Agarwal",
    "Cassey Cress": "Amit Pawar",
    "James Ascencio": "Nikhil Sawant",
    "Vicki Laflamme": "Priyanka Chavan",
    "Violet Mclelland": "Tejas Wagh",
}
ROSTER = [
    # id, name on the roster, manager, territory, start_date, quota:turnover override
    ("Aniket Kulkarni", "Aniket Kulkarni", "Sunil Deshpande", "Chakan", "", ""),
    ("Pooja Joshi", "Pooja Joshi", "Sunil Deshpande", "Chakan", "", ""),
    ("Vikram Patil", 'Vikram "Vicky" Patil', "Sunil Deshpande", "Chakan", "", ""),
    ("Sneha Gokhale", "Sneha Gokhale", "Sunil Deshpande", "Chakan", "", ""),
    ("Harshad Bhide", "Harshad Bhide", "Sunil Deshpande", "Chakan", "2025-09-15", ""),
    ("Rohan Deshmukh", "Rohan Deshmukh", "Meenakshi Iyer", "Bhosari", "", "25000000.00"),
    ("Kavita Nair", "Kavita Nair", "Meenakshi Iyer", "Bhosari", "", ""),
    ("Sandeep Jadhav", "Sandeep Jadhav", "Meenakshi Iyer", "Bhosari", "", ""),
    ("Farhan Shaikh", "Farhan Shaikh", "Meenakshi Iyer", "Bhosari", "", ""),
    ("Ritu Agarwal", "Ritu Agarwal", "Meenakshi Iyer", "Bhosari", "", ""),
    ("Amit Pawar", "Amit Pawar", "Rajat Malhotra", "Nashik", "", ""),
    ("Nikhil Sawant", "Nikhil Sawant", "Rajat Malhotra", "Nashik", "", ""),
    ("Priyanka Chavan", 'Priyanka "Pinky" Chavan', "Rajat Malhotra", "Nashik", "", ""),
    ("Tejas Wagh", "Tejas Wagh", "Rajat Malhotra", "Nashik", "2025-11-03", ""),
]
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Sensor Kits", "GTX Pro": "PLC Panels", "GTXPro": "PLC Panels",
    "GTX Plus Basic": "VFD Drives", "GTX Plus Pro": "Servo Systems",
    "MG Special": "HMI Screens", "MG Advanced": "SCADA Licences", "GTK 500": "Robot Cells",
}
AMC_PRODUCTS = {"HMI Screens", "Sensor Kits"}
ACCOUNTS = [
    "Sahyadri Castings", "Deccan Forgings", "Indrayani Polymers", "Chakan Auto Components",
    "Bhosari Press Works", "Mula Mutha Pumps", "Kothrud Precision", "Talegaon Glass",
    "Ranjangaon Foods", "Hinjewadi Packaging", "Nashik Valves", "Satpur Engineering",
    "Ambad Rubber", "Sinnar Steel Tubes", "Aurangabad Gears", "Waluj Pharma",
    "Shendra Textiles", "Baramati Agro Mills", "Satara Sugar Works", "Kolhapur Foundry",
    "Ichalkaranji Spinners", "Sangli Dairy", "Solapur Cement", "Ahmednagar Paper",
    "Jejuri Chemicals", "Kurkumbh Fine Chem", "Lonavala Bottling", "Khed Wires",
    "Shirwal Forge", "Rajgurunagar Plastics", "Pirangut Moulds", "Urse Logistics",
    "Dehu Road Metals", "Akurdi Motors", "Nigdi Fasteners", "Chinchwad Tools",
    "Pimpri Bearings", "Vadgaon Auto Parts", "Shikrapur Extrusions", "Sanaswadi Cables",
    "Koregaon Breweries", "Hadapsar Electronics", "Wagholi Cold Storage", "Yerwada Printing",
    "Kharadi Robotics", "Mundhwa Alloys", "Uruli Biscuits", "Loni Kalbhor Textiles",
    "Saswad Dairy", "Bhor Paper Mills", "Wai Spices", "Mahabaleshwar Foods",
    "Karad Sugar", "Miraj Machine Tools", "Jalgaon Pipes", "Dhule Cotton",
    "Malegaon Looms", "Igatpuri Beverages", "Trimbak Agro", "Vapi Chemicals",
    "Silvassa Plastics", "Daman Bottlers", "Ponda Pharma", "Belgaum Castings",
    "Hubli Engineering", "Kolhapur Agro Tech", "Raigad Petrochem", "Taloja Polymers",
    "Mahad Chemicals", "Roha Dyes", "Khopoli Steel", "Patalganga Fibres",
    "Rabale Electricals", "Turbhe Packaging", "Ambernath Metals", "Badlapur Foods",
    "Bhiwandi Warehousing", "Palghar Forgings", "Tarapur Pharma", "Boisar Steel",
    "Dahanu Fisheries", "Nandurbar Agro", "Latur Oil Mills", "Osmanabad Sugar",
    "Beed Ginning",
]
maven_accounts = sorted({r["account"] for r in csv.DictReader(open(f"{SRC}/accounts.csv"))},
                        key=str.lower)
assert len(maven_accounts) <= len(ACCOUNTS), (len(maven_accounts), len(ACCOUNTS))
ACCOUNT = dict(zip(maven_accounts, ACCOUNTS))
PRICE = {r["product"]: int(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def h(s, salt=""):
    return zlib.crc32((salt + s).encode())


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 8) + dt.timedelta(days=31)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or h(oid) % 2:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 2, 1) + dt.timedelta(days=h(oid, "c") % 58)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        value = int(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.7"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    rows.append(dict(id=oid, seller=seller, amount=f"{value * 60}.00",
                     close_date=close.isoformat(), stage=stage, product=product,
                     account=ACCOUNT.get(r["account"], ""), probability=prob))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in won_accounts:
        x["type"] = "new"
    elif x["product"] in AMC_PRODUCTS and h(x["id"], "t") % 6 == 0:
        x["type"] = "amc"
    else:
        x["type"] = "repeat"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
    x["name"] = f'{acct or "Walk-in"} {x["product"]}'

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2025-12-15" and h(x["id"]) % 23 == 5:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=20 + h(x["id"], "k") % 140)
        if c <= AS_OF:
            x["stage"] = "cancelled"
            x["cancel_date"] = c.isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        w.writerow({**{k: x.get(k, "") for k in cols}, "split": "1", "currency": "INR"})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:turnover"])
    for sid, name, mgr, terr, start, quota in ROSTER:
        role = "Senior Sales Engineer" if quota else "Sales Engineer"
        w.writerow([sid, name, mgr, terr, role, start, "", quota])
print(len(rows), "lines")
