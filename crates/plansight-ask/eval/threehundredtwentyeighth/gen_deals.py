#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredtwentyeighth workspace (Straitsline
Logistics Pte Ltd, an invented Singapore freight forwarder and contract logistics (warehousing)
company; plan year 1 April 2026 - 31 March 2027, SGD, MONTHLY payouts) from the real Maven CRM
export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 17 Maven agents are re-cast as Straitsline account managers (AGENTS below). Half of each
  agent's opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they
  become Project Cargo awards), and every opportunity of Elease Gluck (re-cast as Darren Koh, the
  Project Cargo Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 April 2026 and 31 December 2017 becomes 31 January 2027. AS OF = 2027-01-27. A Won
  opportunity that now closes after it becomes an open quote (probability 0.7); a Lost one dated
  after it an open quote (probability 0.3). Engaging opportunities are open (probability 0.5)
  expected to close 8 January 2027 + (hash mod 80) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 1 February 2027 + (hash mod 58) days.
- Amounts in SGD, whole dollars: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor. Freight amounts are the award's estimated gross
  profit (GP); contract logistics amounts are the first-year contract value.
    GTX Basic      -> Sea Freight LCL          x 3
    GTX Pro        -> Sea Freight FCL          x 1.5
    GTX Plus Pro   -> Air Freight              x 1.2
    GTX Plus Basic -> Cross-Border Trucking    x 2.5
    MG Special     -> Customs Brokerage        x 30
    MG Advanced    -> Contract Warehousing     x 6 (hash mod 3 = 0: Cold Chain Warehousing x 8)
    GTK 500        -> Project Cargo            x 1.5
- Accounts: Project Cargo awards go to one of 6 invented industrial shippers (Maven account index
  mod 6); every other opportunity to one of 34 invented shippers (Maven account index mod 34). An
  opportunity with no account gets one by hash.
- Type: hash mod 20 < 8 = "new" (a customer new to Straitsline), < 15 = "cross-sell" (a new lane,
  mode or service for an existing customer), else "renewal" (the customer's annual tender
  re-awarded). Every Customs Brokerage deal is a "cross-sell".
- Splits (plan.md 3.4): a won or cancelled Project Cargo award of any account manager but Darren
  Koh is two lines with the same id: 60% to the account manager, 40% to Darren Koh.
- Cancellations ("gostan"): a won deal closed on or before 2027-01-10 with hash mod 21 = 0 is
  cancelled, cancel_date = close + 8 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of the award are clawed back).
- Roster: Melvin Tan (Senior Account Manager) and Darren Koh (Project Cargo Specialist) carry
  their own quarterly Freight GP quota. Bryan Sim joined on 2026-08-17 (his deals before that
  date are dropped); Kelvin Ng left on 2026-11-13 (his deals after that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 1, 27)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Kary Hendrixson": "Melvin Tan",
    "Elease Gluck": "Darren Koh",
    "Lajuana Vencill": "Jolene Lim",
    "Versie Hillebrand": "Nurul Huda",
    "Niesha Huffines": "Priya Nair",
    "Wilburn Farren": "Kelvin Ng",
    "Zane Levy": "Melvin Chua",
    "Markita Hansen": "Fiona Yeo",
    "Boris Faz": "Muhammad Faizal",
    "Cecily Lampkin": "Vanessa Ho",
    "Hayden Neloms": "Arjun Menon",
    "Rosalina Dieter": "Amanda Chia",
    "Daniell Hammack": "Terence Quek",
    "Moses Frase": "Siti Aminah",
    "Maureen Marcano": "Rachel de Souza",
    "Marty Freudenburg": "Lim Siew Ling",
    "Garret Kinder": "Bryan Sim",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:freight
    ("Melvin Tan", "Henry Goh", "Jurong", "Senior Account Manager", "", "", "Q_SENIOR"),
    ("Darren Koh", "Henry Goh", "Jurong", "Project Cargo Specialist", "", "", "Q_PROJECT"),
    ("Jolene Lim", "Henry Goh", "Jurong", "Account Manager", "", "", ""),
    ("Nurul Huda", "Henry Goh", "Jurong", "Account Manager", "", "", ""),
    ("Priya Nair", "Henry Goh", "Jurong", "Account Manager", "", "", ""),
    ("Kelvin Ng", "Henry Goh", "Jurong", "Account Manager", "", "2026-11-13", ""),
    ("Melvin Chua", "Sharon Teo", "Changi", "Account Manager", "", "", ""),
    ("Fiona Yeo", "Sharon Teo", "Changi", "Account Manager", "", "", ""),
    ("Muhammad Faizal", "Sharon Teo", "Changi", "Account Manager", "", "", ""),
    ("Vanessa Ho", "Sharon Teo", "Changi", "Account Manager", "", "", ""),
    ("Arjun Menon", "Sharon Teo", "Changi", "Account Manager", "", "", ""),
    ("Amanda Chia", "Sharon Teo", "Changi", "Account Manager", "", "", ""),
    ("Terence Quek", "Rahim Abdullah", "Woodlands", "Account Manager", "", "", ""),
    ("Siti Aminah", "Rahim Abdullah", "Woodlands", "Account Manager", "", "", ""),
    ("Rachel de Souza", "Rahim Abdullah", "Woodlands", "Account Manager", "", "", ""),
    ("Lim Siew Ling", "Rahim Abdullah", "Woodlands", "Account Manager", "", "", ""),
    ("Bryan Sim", "Rahim Abdullah", "Woodlands", "Account Manager", "2026-08-17", "", ""),
]
QUOTA = {"Q_SENIOR": "70000.00", "Q_PROJECT": "90000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("Sea Freight LCL", 3),
    "GTX Pro": ("Sea Freight FCL", 1.5),
    "GTXPro": ("Sea Freight FCL", 1.5),
    "GTX Plus Pro": ("Air Freight", 1.2),
    "GTX Plus Basic": ("Cross-Border Trucking", 2.5),
    "MG Special": ("Customs Brokerage", 30),
    "MG Advanced": ("Contract Warehousing", 6),
    "GTK 500": ("Project Cargo", 1.5),
}
SHIPPERS = [
    "Ang Mo Kio Precision", "Bedok Seafood Traders", "Bukit Merah Printing", "Seletar Aero Spares",
    "Clementi Bio Labs", "Geylang Rice Merchants", "Hougang Furniture", "Kallang Electronics",
    "Kallang Paint Works", "Kranji Orchid Farm", "Lau Pa Sat Foods", "Novena Medical Devices",
    "Punggol Aquaculture", "Queenstown Textiles", "Robertson Wine Cellar", "Serangoon Tiles",
    "Tanjong Rhu Yachts", "Toa Payoh Cosmetics", "Ubi Semiconductor", "Yishun Hardware",
    "Penang Chip Assembly", "Kluang Rubber Gloves", "Orchard Beauty Retail",
    "Marina Events & Exhibitions", "Sentosa Resort Supplies", "Little India Spice Exporters",
    "Chinatown Herbal Hall", "Paya Lebar Auto Parts", "Bishan Coffee Roasters",
    "Simei Shoe Company", "Buona Vista Games", "Tiong Bahru Bakery Supplies",
    "Admiralty Cable Works", "Sengkang Pet Foods",
]
INDUSTRIAL = [
    "Sakra Petrochem Supplies", "Batam Shipyard Supply", "Johor Palm Oil Refinery",
    "Gul Circle Steel", "Senoko Marine Parts", "Tampines Solar Components",
]
CANCEL_BY = dt.date(2027, 1, 10)


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
    if product == "Contract Warehousing" and (x // 5) % 3 == 0:
        product, factor = "Cold Chain Warehousing", 8
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product == "Project Cargo":
        account = INDUSTRIAL[idx % len(INDUSTRIAL)]
    else:
        account = SHIPPERS[idx % len(SHIPPERS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 1, 8) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2027, 2, 1) + dt.timedelta(days=x % 58)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    t = (x // 3) % 20
    if product == "Customs Brokerage":
        typ = "cross-sell"
    elif t < 8:
        typ = "new"
    elif t < 15:
        typ = "cross-sell"
    else:
        typ = "renewal"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 21 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=8 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="SGD")
    if product == "Project Cargo" and seller != "Darren Koh" and stage in ("won", "cancelled"):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller="Darren Koh", split="0.4"))
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
                "quota:freight"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
