#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfifth workspace (Suncrest Home Solar,
residential solar in Arizona, in-home energy consultants, plan year 2026, USD, MONTHLY
payouts) from the real Maven CRM export (/work/shared/data/maven-crm/). Standard library
only; deterministic: every choice is the CRC-32 of the opportunity id (no random, no clock).

- 12 Maven agents are re-cast as Suncrest energy consultants (AGENTS); an opportunity is
  kept when crc32(id) % 4 == 0.
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so signed
  contracts fall 1 Jan - 2 Nov 2026. AS OF = 2026-08-31: a Won opportunity that now closes
  after it becomes an open deal (probability 0.7) at that date; a Lost one after it becomes
  open (probability 0.3). Engaging / Prospecting opportunities are open (0.5 / 0.2) with an
  expected close 1 Sep - 30 Oct 2026, at the package's list contract value.
- Products (system packages): GTX Basic -> Sun Starter (panel-only, ~6 kW), GTX Plus Basic ->
  Sun Plus (panel-only, ~9 kW), GTX Pro -> PowerPair (panels + 1 battery), GTX Plus Pro ->
  PowerPair Max (panels + 2 batteries), MG Special -> Battery Retrofit (battery on an existing
  array), MG Advanced -> Whole Home Backup (panels + 2 batteries + backup gateway), GTK 500 ->
  Ranch Array (ground mount, 20+ kW). amount = contract value = close_value x FACTOR, rounded
  to 10 dollars.
- Account: a household, "<Surname> Residence", the surname picked by crc32(id) % 160.
- Type: "upgrade" (a household Suncrest already serves adding storage or panels) for every
  Battery Retrofit and for other packages when crc32(id + "t") % 6 == 0; else "new".
- Cancelled: a won deal closing on or before 2026-08-15 with crc32(id + "x") % 14 == 0 is
  cancelled 2 + crc32(id) % 149 days after close (capped at the as-of date).
- The roster's one new hire (Keisha Barnwell, from 2026-04-06) keeps no deal before it.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 31)

AGENTS = {
    "Darcel Schlecht": "Tanner Hollis",
    "Anna Snelling": "Priya Raman",
    "Versie Hillebrand": "Jake Delgado",
    "Moses Frase": "Brianna Tso",
    "Gladys Colclough": "Wes Pruitt",
    "Corliss Cosme": "Keisha Barnwell",
    "Vicki Laflamme": "Hector Villalobos",
    "Kary Hendrixson": "Shelby Nakamura",
    "Kami Bicknell": "Cody Brannigan",
    "Zane Levy": "Marisol Ortega",
    "Hayden Neloms": "Devon Clark",
    "Markita Hansen": "Trevor Lindqvist",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota override of system_sales
    ("Tanner Hollis", "Dana Whitcomb", "Phoenix", "Senior Energy Consultant", "", "700000.00"),
    ("Priya Raman", "Dana Whitcomb", "Phoenix", "Energy Consultant", "", ""),
    ("Jake Delgado", "Dana Whitcomb", "Phoenix", "Energy Consultant", "", ""),
    ("Brianna Tso", "Dana Whitcomb", "Phoenix", "Energy Consultant", "", ""),
    ("Wes Pruitt", "Dana Whitcomb", "Phoenix", "Energy Consultant", "", ""),
    ("Keisha Barnwell", "Dana Whitcomb", "Phoenix", "Energy Consultant", "2026-04-06", ""),
    ("Hector Villalobos", "Luis Arriaga", "Tucson", "Senior Energy Consultant", "", "500000.00"),
    ("Shelby Nakamura", "Luis Arriaga", "Tucson", "Energy Consultant", "", ""),
    ("Cody Brannigan", "Luis Arriaga", "Tucson", "Energy Consultant", "", ""),
    ("Marisol Ortega", "Luis Arriaga", "Tucson", "Energy Consultant", "", ""),
    ("Devon Clark", "Luis Arriaga", "Tucson", "Energy Consultant", "", ""),
    ("Trevor Lindqvist", "Luis Arriaga", "Tucson", "Energy Consultant", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Sun Starter", "GTX Plus Basic": "Sun Plus",
    "GTXPro": "PowerPair", "GTX Pro": "PowerPair", "GTX Plus Pro": "PowerPair Max",
    "MG Special": "Battery Retrofit", "MG Advanced": "Whole Home Backup",
    "GTK 500": "Ranch Array",
}
FACTOR = {"GTX Basic": 33, "GTX Plus Basic": 25, "GTXPro": 8.7, "GTX Pro": 8.7,
          "GTX Plus Pro": 10.5, "MG Special": 255, "MG Advanced": 19, "GTK 500": 4.1}
SURNAMES = """Okafor Nguyen Castillo Brennan Whitaker Patel Morales Sorensen Yazzie Begay
Kowalski Alvarez Thompson Reyes Hargrove Lindgren Fitzgerald Ramirez Chavez Delacroix
Baptiste Hoffman Greenberg Tanaka Abernathy Mendoza Sullivan Duarte Espinoza Carrillo
Whitfield Benally Okonkwo Ferreira Gallagher Holloway Iverson Jaramillo Kincaid Lozano
Maldonado Nakagawa Oyelaran Pacheco Quintero Rasmussen Salazar Trujillo Underwood Valdez
Wainwright Xiong Yoder Zamora Ackerman Bustamante Cordova Dominguez Ellsworth Figueroa
Gutierrez Haskins Ibarra Jorgensen Kessler Larkin Montoya Norwood Ochoa Pettigrew Quinlan
Romero Sandoval Tolliver Urias Villareal Westbrook Yellowhorse Zuniga Archuleta Blackwell
Cisneros Dunleavy Estrada Fairbanks Galloway Herrera Ingram Jimenez Kaufman Lucero
Madrigal Nez Orozco Pruett Quiroz Rutherford Serrano Tafoya Ulibarri Vasquez Waggoner
Yamamoto Zepeda Acosta Beltran Calloway Delgadillo Emerson Fuentes Gonzales Hartley Irwin
Jennings Keller Lujan Mercado Navarro Olguin Padilla Rios Saavedra Torrez Upton Vigil
Whitehorse Aragon Bowers Cervantes Dunbar Escobar Flores Garza Holguin Isaacs Jacobsen
Kirkland Leyva Marquez Nakai Ortiz Pena Rubio Segura Tsosie Urquhart Velasquez Wheeler
Yanez Zavala Aldana Bridger Corrigan Dobbs Eckhart Frausto Gallegos Harjo
Lovato Sisneros""".split()
assert len(SURNAMES) >= 160, len(SURNAMES)
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]

def crc(s):
    return zlib.crc32(s.encode())

def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)

def contract(value, maven_product):
    return round(value * FACTOR[maven_product] / 10) * 10

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or crc(oid) % 4 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 9, 1) + dt.timedelta(days=crc(oid + "c") % 60)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
            if value <= 0:
                value = PRICE[r["product"]]
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    if stage == "lost" and value <= 0:
        value = PRICE[r["product"]]  # the proposal's contract value
    product = PRODUCT[r["product"]]
    household = SURNAMES[crc(oid) // 4 % 160] + " Residence"
    rows.append(dict(id=oid, seller=seller, amount=f"{contract(value, r['product']):.2f}",
                     close_date=close.isoformat(), stage=stage, product=product,
                     account=household, probability=prob))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
for x in rows:
    x["type"] = "upgrade" if (x["product"] == "Battery Retrofit" or crc(x["id"] + "t") % 6 == 0) else "new"

for x in rows:
    c = crc(x["id"])
    if x["stage"] == "won" and x["close_date"] <= "2026-08-15" and crc(x["id"] + "x") % 14 == 0:
        cd = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=2 + c % 149)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(cd, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["name"] = f"{x['account']} {x['product']}"
        x["split"] = "1"
        x["currency"] = "USD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:system_sales"])
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", q])
print(len(rows), "lines")
