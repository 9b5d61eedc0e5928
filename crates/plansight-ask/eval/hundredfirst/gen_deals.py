#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfirst workspace (Harbor & Pine Auto
Group, a US car dealership group: salespeople's pay plan 2026, USD, MONTHLY payouts) from
the real Maven CRM export (/work/shared/data/maven-crm/). Standard library only;
deterministic: every choice is a CRC-32 of the opportunity id (no random, no clock).

- 13 Maven agents are re-cast as salespeople (AGENTS below); all their opportunities are
  kept (a Maven agent wins 100-220 a year: about 10-20 units a month, a car lot's pace).
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so sold
  deals fall 1 Jan - 2 Nov 2026. AS OF = 2026-10-20: a Won opportunity that now closes
  after it becomes an open deal (a be-back, probability 0.8) dated its close date.
  Engaging / Prospecting opportunities are open (0.6 / 0.25) with an expected close date
  21 Oct - 19 Nov 2026.
- Products (vehicle lines): GTX Basic -> Sparrow Sedan, MG Special -> Zipper Hatchback,
  GTX Plus Basic -> Pronghorn Crossover, GTX Pro -> Mesa SUV, GTX Plus Pro -> Timberjack
  Pickup, MG Advanced -> Voltara EV, GTK 500 -> Sovereign Touring.
- Amount = the deal's front-end gross after pack: the line's typical gross x (close value /
  list price) x a CRC factor 0.55-1.45; one deal in 12 is a mini (150-449 gross). Lost
  deals (walks) carry 0.00, open deals the line's typical gross.
- Type: CRC-based, about 45% "new" (new-vehicle retail), 35% "used" (pre-owned retail),
  20% "lease".
- Account = the customer, a person's name drawn by CRC from two name lists.
- Unwinds: a sold deal whose CRC (>>16) % 31 == 0 and that closed by 2026-10-10 is
  cancelled 3-122 days after close (capped at the as-of date); those within 90 days are
  clawed back.
- Tyler Brandt joined on 2026-06-15: his deals before that date are dropped.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 20)

AGENTS = {
    "Anna Snelling": "Carlos Mendoza",
    "Kary Hendrixson": "Brittany Shaw",
    "Versie Hillebrand": "Dwayne Jefferson",
    "Zane Levy": "Kevin O'Rourke",
    "Lajuana Vencill": "Shauna Pike",
    "Jonathan Berthelot": "Marcus Webb",
    "Corliss Cosme": "Jenna Lindqvist",
    "Markita Hansen": "Hector Salinas",
    "Maureen Marcano": "Amber Nguyen",
    "Kami Bicknell": "Tyler Brandt",
    "Donn Cantrell": "Priya Raman",
    "Moses Frase": "Marcus Bell",
    "Violet Mclelland": "Dana Kessler",
}
ROSTER = [
    # id, display name, manager, territory, role, start_date
    ("Carlos Mendoza", "Carlos Mendoza", "Frank Deluca", "Lakeside", "Sales Consultant", ""),
    ("Brittany Shaw", "Brittany Shaw", "Frank Deluca", "Lakeside", "Sales Consultant", ""),
    ("Dwayne Jefferson", 'Dwayne "Tank" Jefferson', "Frank Deluca", "Lakeside", "Senior Sales Consultant", ""),
    ("Kevin O'Rourke", "Kevin O'Rourke", "Frank Deluca", "Lakeside", "Sales Consultant", ""),
    ("Shauna Pike", "Shauna Pike", "Frank Deluca", "Lakeside", "Sales Consultant", ""),
    ("Marcus Webb", "Marcus Webb", "Tammy Kowalski", "Hillcrest", "Sales Consultant", ""),
    ("Jenna Lindqvist", "Jenna Lindqvist", "Tammy Kowalski", "Hillcrest", "Sales Consultant", ""),
    ("Hector Salinas", "Hector Salinas", "Tammy Kowalski", "Hillcrest", "Sales Consultant", ""),
    ("Amber Nguyen", "Amber Nguyen", "Tammy Kowalski", "Hillcrest", "Sales Consultant", ""),
    ("Tyler Brandt", "Tyler Brandt", "Tammy Kowalski", "Hillcrest", "Sales Consultant", "2026-06-15"),
    ("Priya Raman", "Priya Raman", "Ray Alvarez", "Internet Desk", "Internet Sales Consultant", ""),
    ("Marcus Bell", "Marcus Bell", "Ray Alvarez", "Internet Desk", "Internet Sales Consultant", ""),
    ("Dana Kessler", "Dana Kessler", "Ray Alvarez", "Internet Desk", "Internet Sales Consultant", ""),
]
START = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Sparrow Sedan", "MG Special": "Zipper Hatchback",
    "GTX Plus Basic": "Pronghorn Crossover", "GTXPro": "Mesa SUV", "GTX Pro": "Mesa SUV",
    "GTX Plus Pro": "Timberjack Pickup", "MG Advanced": "Voltara EV",
    "GTK 500": "Sovereign Touring",
}
GROSS = {  # typical front-end gross after pack, USD
    "Sparrow Sedan": 1400, "Zipper Hatchback": 950, "Pronghorn Crossover": 2100,
    "Mesa SUV": 2600, "Timberjack Pickup": 3200, "Voltara EV": 1800,
    "Sovereign Touring": 4800,
}
FIRST = ["Maria", "James", "Linda", "Robert", "Patricia", "Michael", "Jennifer", "David",
         "Barbara", "William", "Susan", "Richard", "Jessica", "Joseph", "Sarah", "Thomas",
         "Karen", "Charles", "Nancy", "Daniel", "Lisa", "Matthew", "Betty", "Anthony",
         "Sandra", "Mark", "Ashley", "Donald", "Emily", "Steven", "Donna", "Paul",
         "Michelle", "Andrew", "Carol", "Joshua", "Amanda", "Kenneth", "Melissa", "Gary"]
LAST = ["Delgado", "Hoffman", "Brooks", "Castillo", "Fitzgerald", "Yamamoto", "Okafor",
        "Ramsey", "Novak", "Pruitt", "Gallagher", "Whitaker", "Espinoza", "Becker",
        "Holloway", "Tran", "McBride", "Sorensen", "Abernathy", "Vasquez", "Lindgren",
        "Dunbar", "Kaminski", "Ferreira", "Odom", "Halvorsen", "Chavez", "Pratt",
        "Mwangi", "Sutherland", "Baptiste", "Quinlan", "Rojas", "Thibodeaux", "Weller"]
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def crc(s, salt=""):
    return zlib.crc32((salt + s).encode())


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    if r["sales_agent"] not in AGENTS:
        continue
    oid = r["opportunity_id"]
    h = crc(oid)
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    typical = GROSS[product]
    if stage == "open":
        close = AS_OF + dt.timedelta(days=1 + h % 30)
        amount = float(typical)
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        close = shift(r["close_date"])
        if stage == "lost":
            amount = 0.0
        else:
            ratio = float(r["close_value"] or 0) / PRICE[r["product"]]
            factor = 0.55 + (h % 901) / 1000
            amount = typical * ratio * factor
            if (h >> 4) % 12 == 0:
                amount = 150 + (h >> 8) % 300
            if amount <= 0:
                continue
            if close > AS_OF:
                stage, prob, amount = "open", "0.8", float(typical)
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    t = (h >> 8) % 20
    dtype = "new" if t < 9 else ("used" if t < 16 else "lease")
    g = crc(oid, "customer")
    account = f"{FIRST[g % len(FIRST)]} {LAST[(g >> 8) % len(LAST)]}"
    cancel = ""
    if stage == "won" and (h >> 16) % 31 == 0 and close <= dt.date(2026, 10, 10):
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=3 + (h >> 3) % 120), AS_OF).isoformat()
    rows.append(dict(id=oid, seller=seller, account=account,
                     name=f"{account} - {product}", type=dtype, product=product,
                     amount=f"{amount:.2f}", close_date=close.isoformat(), stage=stage,
                     split="1", probability=prob, term_months="", cancel_date=cancel,
                     currency="USD"))

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date",
        "stage", "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols)
    w.writeheader()
    w.writerows(rows)

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date"])
    for sid, name, mgr, terr, role, start in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, ""])
print(len(rows), "lines")
