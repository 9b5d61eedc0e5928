#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the eightyninth workspace (Tōtara Wine & Spirits,
a New Zealand distributor selling to restaurants, bars and bottle shops; plan year
1 July 2026 - 30 June 2027, NZD, monthly payouts) from the real Maven CRM export
(/work/shared/data/maven-crm/). Standard library only; deterministic: every choice comes
from the CRC-32 of the opportunity id (zlib.crc32), never from random or the clock.

- 14 Maven agents are re-cast as Tōtara field reps (AGENTS below) under 3 sales managers;
  an opportunity is kept when CRC-32(id) is even (about half of each agent's book).
- Dates: Maven close dates (1 Mar - 31 Dec 2017) move forward 3409 days, so they fall
  1 Jul 2026 - 1 May 2027. AS OF = 2027-02-28: a Won opportunity that now closes after it
  becomes an open deal (probability 0.75). Open Maven opportunities (Engaging 0.6,
  Prospecting 0.25) carry an expected close in March or April 2027 at list value.
- Products: GTX Basic -> Marlborough Sauvignon Blanc, GTX Pro -> Central Otago Pinot Noir,
  GTX Plus Basic -> Methode Traditionnelle, GTX Plus Pro -> Gimblett Gravels Syrah,
  MG Special -> Craft Lager (kegs), MG Advanced -> Craft Gin, GTK 500 -> Single Malt Whisky.
  amount = close value x 1.4 (NZD), Craft Lager x 5 (keg orders).
- Accounts: each Maven account becomes an outlet, "<place> <venue>" (venue by sector:
  on-premise Bistro, Eatery, Taphouse, Wine Bar, Tavern, Kitchen, Hotel; off-premise
  Liquor Centre, Bottle Store, Fine Wines).
- Type: "new" (a listing: nobody at Tōtara had won that outlet before, or no outlet),
  "ranging" (the outlet was won before, but never this product), else "reorder".
- Won deals with CRC-32 % 29 == 3 that closed by 2027-01-31 are cancelled ("corked")
  10-149 days after close (capped at the as-of date); those within 90 days are clawed back.
- Roster: Olivia Brooks joined on 2026-10-01 (her earlier deals are dropped); Ben Fraser
  left on 2027-01-15 (his later deals stay in the file and credit nothing). Tama Henare and
  Rawiri Kingi are Senior Reps with their own Depletion quota.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 2, 28)
SHIFT = dt.timedelta(days=3409)

AGENTS = {
    "Darcel Schlecht": "Tama Henare",
    "Anna Snelling": "Sophie Wilson",
    "Vicki Laflamme": "Rawiri Kingi",
    "Kary Hendrixson": "Sam Tuilagi",
    "Boris Faz": "Mere Parata",
    "Versie Hillebrand": "Liam O'Brien",
    "Gladys Colclough": "Priya Naidu",
    "Zane Levy": "Jack Thompson",
    "Cassey Cress": "Ana Fifita",
    "Hayden Neloms": "Sam Richardson",
    "Moses Frase": "Kiri Walsh",
    "Jonathan Berthelot": "Hamish Cameron",
    "Maureen Marcano": "Olivia Brooks",
    "Corliss Cosme": "Ben Fraser",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:depletion
    ("Tama Henare", "Moana Tipene", "Auckland", "Senior Rep", "", "", "420000.00"),
    ("Sophie Wilson", "Moana Tipene", "Auckland", "Field Rep", "", "", ""),
    ("Rawiri Kingi", "Moana Tipene", "Auckland", "Senior Rep", "", "", "360000.00"),
    ("Sam Tuilagi", "Moana Tipene", "Auckland", "Field Rep", "", "", ""),
    ("Mere Parata", "Moana Tipene", "Auckland", "Field Rep", "", "", ""),
    ("Liam O'Brien", "Grant McKenzie", "Wellington", "Field Rep", "", "", ""),
    ("Priya Naidu", "Grant McKenzie", "Wellington", "Field Rep", "", "", ""),
    ("Jack Thompson", "Grant McKenzie", "Wellington", "Field Rep", "", "", ""),
    ("Ana Fifita", "Grant McKenzie", "Wellington", "Field Rep", "", "", ""),
    ("Sam Richardson", "Grant McKenzie", "Wellington", "Field Rep", "", "", ""),
    ("Kiri Walsh", "Fiona Baxter", "South Island", "Field Rep", "", "", ""),
    ("Hamish Cameron", "Fiona Baxter", "South Island", "Field Rep", "", "", ""),
    ("Olivia Brooks", "Fiona Baxter", "South Island", "Field Rep", "2026-10-01", "", ""),
    ("Ben Fraser", "Fiona Baxter", "South Island", "Field Rep", "", "2027-01-15", ""),
]
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Marlborough Sauvignon Blanc", "GTX Pro": "Central Otago Pinot Noir",
    "GTXPro": "Central Otago Pinot Noir", "GTX Plus Basic": "Methode Traditionnelle",
    "GTX Plus Pro": "Gimblett Gravels Syrah", "MG Special": "Craft Lager",
    "MG Advanced": "Craft Gin", "GTK 500": "Single Malt Whisky",
}
SCALE = {"Craft Lager": 5.0}
PLACES = [
    "Ponsonby", "Kingsland", "Parnell", "Remuera", "Devonport", "Takapuna", "Titirangi",
    "Onehunga", "Kohimarama", "Howick", "Matakana", "Waiheke", "Piha", "Muriwai", "Orewa",
    "Warkworth", "Raglan", "Tauranga", "Rotorua", "Taupo", "Napier", "Havelock", "Hastings",
    "Gisborne", "Whanganui", "Martinborough", "Greytown", "Featherston", "Petone",
    "Eastbourne", "Thorndon", "Kelburn", "Miramar", "Plimmerton", "Paraparaumu", "Nelson",
    "Motueka", "Mapua", "Blenheim", "Renwick", "Picton", "Kaikoura", "Hanmer", "Lyttelton",
    "Riccarton", "Merivale", "Addington", "Akaroa", "Oamaru", "Timaru", "Geraldine",
    "Tekapo", "Wanaka", "Arrowtown", "Queenstown", "Cromwell", "Dunedin", "Invercargill",
    "Hokitika", "Greymouth", "Westport", "Kerikeri", "Paihia", "Whangarei", "Mangawhai",
    "Coromandel", "Whitianga", "Waihi", "Katikati", "Tairua", "Opotiki", "Whakatane",
    "Ohakune", "Taihape", "Levin", "Otaki", "Masterton", "Karamea", "Murchison", "Methven",
    "Fairlie", "Ranfurly", "Riverton", "Kaitaia", "Dargaville", "Helensville",
]
VENUE = {
    "technolgy": "Liquor Centre", "medical": "Bistro", "retail": "Bottle Store",
    "software": "Eatery", "entertainment": "Taphouse", "marketing": "Wine Bar",
    "finance": "Fine Wines", "telecommunications": "Tavern", "services": "Kitchen",
    "employment": "Hotel",
}
accts = sorted(csv.DictReader(open(f"{SRC}/accounts.csv")), key=lambda a: a["account"])
ACCOUNT = {a["account"]: f"{PLACES[i]} {VENUE[a['sector']]}" for i, a in enumerate(accts)}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def crc(s):
    return zlib.crc32(s.encode())


def money(x):
    return f"{x:.2f}"


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or crc(oid) % 2:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2027, 3, 1) + dt.timedelta(days=(crc(oid) >> 8) % 61)
        value = PRICE[r["product"]]
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.75"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    amount = round(value * SCALE.get(product, 1.4), 2)
    rows.append(dict(id=oid, seller=seller, account=ACCOUNT.get(r["account"], ""),
                     product=product, amount=money(amount), close_date=close.isoformat(),
                     stage=stage, split="1", probability=prob, term_months="",
                     cancel_date="", currency="NZD"))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts, won_pairs = set(), set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in won_accounts:
        x["type"] = "new"
    elif (acct, x["product"]) not in won_pairs:
        x["type"] = "ranging"
    else:
        x["type"] = "reorder"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
        won_pairs.add((acct, x["product"]))
    x["name"] = f"{acct} {x['product']}" if acct else x["product"]

for x in rows:
    c = crc(x["id"])
    if x["stage"] == "won" and x["close_date"] <= "2027-01-31" and c % 29 == 3:
        cd = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=10 + (c >> 5) % 140)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(cd, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date",
        "stage", "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:depletion"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(rows), "lines")
