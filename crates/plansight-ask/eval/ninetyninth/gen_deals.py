#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the ninetyninth workspace: Lagerhaus Rhein-Main
Industrievertrieb GmbH ("LRM"), a German distributor of industrial components (bearings,
seals, linear guides and drive technology), plan year 1 April 2026 - 31 March 2027, EUR.
Source: the real Maven CRM export in /work/shared/data/maven-crm/. Standard library only.
Deterministic: every choice is made from the CRC-32 of the opportunity id (zlib.crc32), no
random numbers, no clock. Run: python3 gen_deals.py

Mapping (plan.md section 14, "Data"):
- 14 Maven agents are re-cast as LRM Außendienst sellers (AGENTS). An opportunity is kept
  when crc32(opportunity_id) is even (about half of them).
- Dates: a Maven close date moves 9 years and 1 month forward (March 2017 -> April 2026,
  December 2017 -> January 2027; a day past the month's end becomes its last day).
  AS OF = 2027-01-20: a Won opportunity that now closes after it is an open deal
  (probability 0.7) on its shifted date.
- Amount = close_value x 5 EUR (an order value; list price x 5 for open deals).
- Products: GTX Basic -> Ball Bearings, GTX Plus Basic -> Roller Bearings, GTX Pro /
  GTXPro -> Shaft Seals, GTX Plus Pro -> Linear Guides, GTK 500 -> Servo Motors,
  MG Special -> Gear Motors, MG Advanced -> Frequency Inverters.
- Accounts: each Maven account becomes a German manufacturer (ACCOUNT); blank stays blank.
- Type: "new" (Neukunde) when no kept won deal at that account closed before it (or no
  account); otherwise "renewal" (Rahmenverlängerung) when crc32 % 5 == 0, else "expansion"
  (Nachorder).
- Open Maven opportunities (Engaging / Prospecting): close date 2027-02-01 + crc32 % 56
  days, probability 0.6 (Engaging) / 0.25 (Prospecting).
- Cancelled (Storno): a won deal closing before 2026-12-01 whose crc32 % 19 == 4;
  cancel_date = close + 15 + (crc32 // 19) % 140 days, at the latest the as-of date.
- Roster: Tobias Wendt joined on 2026-07-01 (his earlier opportunities are dropped);
  Melanie Vogt left on 2026-11-30 (her later ones are dropped). Jörg Steiner and
  Katharina Maier are Senior Key Account sellers with an Umsatz quota of 1,200,000.
"""
import csv
import datetime as dt
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/data/maven-crm"
AS_OF = dt.date(2027, 1, 20)
SCALE = 5

AGENTS = {
    "Anna Snelling": "Jan Hoffmann",
    "Cecily Lampkin": "Sabine Krüger",
    "Versie Hillebrand": "Malte Jensen",
    "Moses Frase": "Franziska Lorenz",
    "Lajuana Vencill": "Tobias Wendt",
    "Kary Hendrixson": "Jörg Steiner",
    "Zane Levy": "Katharina Maier",
    "Kami Bicknell": "Florian Gruber",
    "Maureen Marcano": "Anja Schäfer",
    "James Ascencio": "Stefan Brandl",
    "Reed Clapper": "Dirk Schulte",
    "Cassey Cress": "Nicole Hartmann",
    "Donn Cantrell": "Sven Köhler",
    "Corliss Cosme": "Melanie Vogt",
}
# id, manager, territory, role, start_date, end_date, quota:umsatz
ROSTER = [
    ("Jan Hoffmann", "Heike Petersen", "Nord", "Außendienst", "", "", ""),
    ("Sabine Krüger", "Heike Petersen", "Nord", "Außendienst", "", "", ""),
    ("Malte Jensen", "Heike Petersen", "Nord", "Außendienst", "", "", ""),
    ("Franziska Lorenz", "Heike Petersen", "Nord", "Außendienst", "", "", ""),
    ("Tobias Wendt", "Heike Petersen", "Nord", "Außendienst", "2026-07-01", "", ""),
    ("Jörg Steiner", "Markus Huber", "Süd", "Senior Key Account", "", "", "1200000.00"),
    ("Katharina Maier", "Markus Huber", "Süd", "Senior Key Account", "", "", "1200000.00"),
    ("Florian Gruber", "Markus Huber", "Süd", "Außendienst", "", "", ""),
    ("Anja Schäfer", "Markus Huber", "Süd", "Außendienst", "", "", ""),
    ("Stefan Brandl", "Markus Huber", "Süd", "Außendienst", "", "", ""),
    ("Dirk Schulte", "Claudia Becker", "West", "Außendienst", "", "", ""),
    ("Nicole Hartmann", "Claudia Becker", "West", "Außendienst", "", "", ""),
    ("Sven Köhler", "Claudia Becker", "West", "Außendienst", "", "", ""),
    ("Melanie Vogt", "Claudia Becker", "West", "Außendienst", "", "2026-11-30", ""),
]
ACTIVE = {r[0]: (r[4], r[5]) for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Ball Bearings", "GTX Plus Basic": "Roller Bearings",
    "GTX Pro": "Shaft Seals", "GTXPro": "Shaft Seals", "GTX Plus Pro": "Linear Guides",
    "GTK 500": "Servo Motors", "MG Special": "Gear Motors", "MG Advanced": "Frequency Inverters",
}
STEMS = [
    "Albrecht", "Ahlborn", "Bachmeier", "Baumgart", "Bergrath", "Bischoff", "Böttcher",
    "Brückner", "Claassen", "Dannemann", "Dietrich", "Dornbusch", "Eckhardt", "Ehlers",
    "Eisenach", "Engelhard", "Falkenberg", "Feldmann", "Fischbach", "Frenzel", "Fuchsberger",
    "Gellert", "Gerlach", "Glaser", "Görlitz", "Haberland", "Hagedorn", "Heinemann",
    "Hellwig", "Hildebrandt", "Hölzer", "Ilmenau", "Janssen", "Jungbluth", "Kaltenbach",
    "Kessler", "Kirchhoff", "Klingenberg", "Kronauer", "Kuhlmann", "Landgraf", "Lauterbach",
    "Lindemann", "Löwenstein", "Mahlberg", "Mertens", "Mosbach", "Neckarwerk", "Nordhaus",
    "Oberland", "Ostermann", "Pfeiffer", "Pohlmann", "Quandel", "Rademacher", "Reinhold",
    "Rieckmann", "Rothenberg", "Saalfeld", "Sandvoss", "Scheller", "Schwarzwald", "Seidel",
    "Sommerfeld", "Stahlberg", "Strobel", "Tannhäuser", "Thielemann", "Uhlig", "Ulmer",
    "Vierling", "Waldeck", "Wagenknecht", "Weidemann", "Westphal", "Wiesner", "Winterhalter",
    "Wolfram", "Wurzbacher", "Xantener", "Ysenburg", "Zeppelin", "Ziegler", "Zinnkamp",
    "Zwickauer",
]
TRADES = [
    "Maschinenbau GmbH", "Fördertechnik GmbH", "Antriebssysteme AG", "Werkzeugmaschinen KG",
    "Pumpenwerke GmbH", "Landtechnik GmbH", "Verpackungsmaschinen GmbH", "Kunststofftechnik AG",
    "Metallwerke GmbH", "Automation GmbH & Co. KG", "Anlagenbau GmbH",
]
MAVEN_ACCOUNTS = sorted({r["account"] for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv"))
                         if r["account"]})
ACCOUNT = {a: f"{STEMS[i]} {TRADES[zlib.crc32(a.encode()) % len(TRADES)]}"
           for i, a in enumerate(MAVEN_ACCOUNTS)}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def shift(s):
    d = dt.date.fromisoformat(s)
    y, m = d.year + 9, d.month + 1
    if m == 13:
        y, m = y + 1, 1
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return dt.date(y, m, min(d.day, (nxt - dt.timedelta(days=1)).day))


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    crc = zlib.crc32(oid.encode())
    if r["sales_agent"] not in AGENTS or crc % 2:
        continue
    seller = AGENTS[r["sales_agent"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2027, 2, 1) + dt.timedelta(days=crc % 56)
        value = PRICE[r["product"]]
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.7"
    start, end = ACTIVE[seller]
    if start and close < dt.date.fromisoformat(start):
        continue
    if end and close > dt.date.fromisoformat(end):
        continue
    if stage == "won" and value <= 0:
        continue
    product = PRODUCT[r["product"]]
    account = ACCOUNT.get(r["account"], "")
    rows.append(dict(id=oid, seller=seller, account=account,
                     name=f"{account.split(' ')[0] if account else 'Ohne Kunde'} {product}",
                     product=product, amount=f"{value * SCALE:.2f}", close_date=close.isoformat(),
                     stage=stage, split="1", probability=prob, term_months="", cancel_date="",
                     currency="EUR", crc=crc))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in won_accounts:
        x["type"] = "new"
    else:
        x["type"] = "renewal" if x["crc"] % 5 == 0 else "expansion"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
for x in rows:
    if x["stage"] == "won" and x["close_date"] < "2026-12-01" and x["crc"] % 19 == 4:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=15 + (x["crc"] // 19) % 140)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=COLS, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        w.writerow(x)
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:umsatz"])
    for row in ROSTER:
        w.writerow([row[0], row[0], *row[1:]])
print(len(rows), "lines")
