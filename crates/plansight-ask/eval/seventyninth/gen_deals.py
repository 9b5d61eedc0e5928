#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the seventyninth workspace (Sunward Home Solar,
Arizona door-to-door residential solar, plan year 1 January - 31 December 2026, USD) from
the real Maven CRM export (/work/shared/data/maven-crm/). Standard library only;
deterministic: no random numbers and no clock (selections use CRC-32 of the opportunity id).

- 14 Maven agents are re-cast as Sunward reps (AGENTS below) under two team leads (Mesa and
  Glendale offices). An opportunity is kept when crc32(id) % 4 == 0, so a rep carries a
  realistic door-to-door count (a few systems a month).
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so won
  deals fall 1 Jan - 2 Nov 2026. AS OF = 2026-08-21: a Won opportunity that now closes after
  it becomes an open deal ("a sit", probability 0.7) at that close date.
- Products: GTX Basic -> Essential PV, GTX Plus Basic -> Premier PV, GTX Pro -> Estate PV,
  GTX Plus Pro -> Reroof + PV Bundle, MG Special -> EV Charger, MG Advanced -> Home Battery,
  GTK 500 -> Whole-Home Battery. Amount = Sunward list price x close_value / Maven list
  price, rounded to whole dollars (the contract price of the system).
- Accounts: each Maven account becomes a household ("<Surname> Residence"), in the
  export's alphabetical order.
- Type: "addon" for a battery or charger sold by the rep to a household where the same rep
  had already won a solar system (earlier close), else "referral" when crc32(id) % 5 == 0,
  else "new" (a cold door knock).
- Open Maven deals (Engaging 0.5 / Prospecting 0.2) carry list value and an expected close
  in September 2026 (day from the id). Lost deals keep their shifted close date.
- Cancelled: won deals closed on or before 2026-07-31 with crc32(id) % 11 == 3 are cancelled
  ("bailouts") 9-180 days after close (cancel date capped at the as-of date).
- Reps who join mid-year (Hailey Parsons 2026-04-13, Trevor Mills 2026-06-01) keep only
  deals closing on or after their start date.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 21)

AGENTS = {
    "Darcel Schlecht": "Dwayne Holloway",
    "Anna Snelling": "Kaylee Brooks",
    "Jonathan Berthelot": "Marcus Bell",
    "Gladys Colclough": "Jenna Fuller",
    "Moses Frase": "Luis Ortega",
    "Corliss Cosme": "Tyler Nguyen",
    "Cassey Cress": "Hailey Parsons",
    "Vicki Laflamme": "Andre Whitfield",
    "Kary Hendrixson": "Chris Lawson",
    "Versie Hillebrand": "Destiny Ramos",
    "Zane Levy": "Cody Jensen",
    "Maureen Marcano": "Maria Delgado",
    "Markita Hansen": "Jake Pruitt",
    "Kami Bicknell": "Trevor Mills",
}
ROSTER = [
    # id, name (as the roster shows it), manager, territory, role, start_date, quota:solar
    ("Dwayne Holloway", 'Dwayne "Tank" Holloway', "Brandon Kessler", "Mesa", "Senior Rep", "", "150000.00"),
    ("Kaylee Brooks", "Kaylee Brooks", "Brandon Kessler", "Mesa", "Rep", "", ""),
    ("Marcus Bell", "Marcus Bell", "Brandon Kessler", "Mesa", "Rep", "", ""),
    ("Jenna Fuller", "Jenna Fuller", "Brandon Kessler", "Mesa", "Rep", "", ""),
    ("Luis Ortega", "Luis Ortega", "Brandon Kessler", "Mesa", "Rep", "", ""),
    ("Tyler Nguyen", "Tyler Nguyen", "Brandon Kessler", "Mesa", "Rep", "", ""),
    ("Hailey Parsons", "Hailey Parsons", "Brandon Kessler", "Mesa", "Rep", "2026-04-13", ""),
    ("Andre Whitfield", "Andre Whitfield", "Renee Castillo", "Glendale", "Senior Rep", "", "120000.00"),
    ("Chris Lawson", 'Chris "Chip" Lawson', "Renee Castillo", "Glendale", "Rep", "", ""),
    ("Destiny Ramos", "Destiny Ramos", "Renee Castillo", "Glendale", "Rep", "", ""),
    ("Cody Jensen", "Cody Jensen", "Renee Castillo", "Glendale", "Rep", "", ""),
    ("Maria Delgado", "Maria Delgado", "Renee Castillo", "Glendale", "Rep", "", ""),
    ("Jake Pruitt", "Jake Pruitt", "Renee Castillo", "Glendale", "Rep", "", ""),
    ("Trevor Mills", "Trevor Mills", "Renee Castillo", "Glendale", "Rep", "2026-06-01", ""),
]
START = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Essential PV", "GTX Plus Basic": "Premier PV",
    "GTXPro": "Estate PV", "GTX Pro": "Estate PV", "GTX Plus Pro": "Reroof + PV Bundle",
    "MG Special": "EV Charger", "MG Advanced": "Home Battery", "GTK 500": "Whole-Home Battery",
}
LIST = {"Essential PV": 18000, "Premier PV": 28000, "Estate PV": 42000,
        "Reroof + PV Bundle": 55000, "EV Charger": 2200, "Home Battery": 13500,
        "Whole-Home Battery": 24000}
STORAGE = {"EV Charger", "Home Battery", "Whole-Home Battery"}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]
SURNAMES = """Abbott Alvarez Archer Barnes Becker Benson Bishop Blake Bowman Brennan Burke Caldwell
Carver Chandler Cisneros Cobb Coleman Crane Dalton Dawson Diaz Dominguez Doyle Duran Ellison
Espinoza Farley Fischer Fletcher Flores Garrison Gibbs Graham Griffin Guerrero Hale Hammond
Harmon Hayes Hendricks Hoffman Holt Ibarra Jacobs Keller Kemp Lambert Landry Lowe Lucero Maddox
Marsh Medina Mendez Mercer Molina Navarro Nolan Ochoa Padilla Pham Quinn Ramsey Reyes Rios
Salazar Sandoval Schaefer Serrano Sheppard Stokes Tate Trujillo Valdez Vance Villa Wade Walsh
Weaver Whitaker Yates Zamora Zimmerman Acosta Baird""".split()
accounts = sorted(r["account"] for r in csv.DictReader(open(f"{SRC}/accounts.csv")))
HOUSE = {a: f"{SURNAMES[i]} Residence" for i, a in enumerate(accounts)}

def crc(s):
    return zlib.crc32(s.encode())

def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    if r["sales_agent"] not in AGENTS or crc(r["opportunity_id"]) % 4:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 9, 1) + dt.timedelta(days=sum(map(ord, r["opportunity_id"])) % 30)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.7"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    amount = round(LIST[product] * value / PRICE[r["product"]])
    house = HOUSE.get(r["account"], "") if r["account"] else ""
    rows.append(dict(id=r["opportunity_id"], seller=seller, amount=f"{amount}.00",
                     close_date=close.isoformat(), stage=stage, product=product,
                     account=house, name=f"{house or 'Walk-in'} {product}", probability=prob,
                     currency="USD"))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
solar_homes = set()  # (seller, household) with a won solar system
for x in rows:
    h = x["account"]
    if x["product"] in STORAGE and (x["seller"], h) in solar_homes:
        x["type"] = "addon"
    elif crc(x["id"]) % 5 == 0:
        x["type"] = "referral"
    else:
        x["type"] = "new"
    if x["stage"] == "won" and h and x["product"] not in STORAGE:
        solar_homes.add((x["seller"], h))

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-07-31" and crc(x["id"]) % 11 == 3:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=9 + crc(x["id"][::-1]) % 172)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["split"] = "1"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "quota:solar"])
    for row in ROSTER:
        w.writerow(row)
print(len(rows), "lines")
