#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the sixtythird workspace (Kanaalwerk Industrial
Software B.V. / GmbH, field sales Europe, plan year 1 April 2026 - 31 March 2027, EUR) from
the real Maven CRM export (/work/shared/data/maven-crm/). Standard library only;
deterministic: no random numbers, no clock (every choice is a hash of the opportunity id).

- 15 Maven agents are re-cast as Kanaalwerk sellers (AGENTS below), under 3 managers.
  One opportunity in three is kept (md5 of the id), so each seller carries a realistic
  count of industrial-software orders.
- Dates: Maven close dates (Mar-Dec 2017) move 9 years and 31 days forward, so won deals
  fall 1 Apr 2026 - 31 Jan 2027. AS OF = 2027-01-15: a Won opportunity that now closes
  after it becomes an open deal (probability 0.7) at its shifted date.
- Two sellers joined mid-year: their agent's deals before the start date are dropped.
- Products: GTX Basic -> Zeitwerk Scheduler, GTX Plus Basic -> Deichwacht Monitoring,
  GTX Pro -> Stellwerk MES, GTX Plus Pro -> Schaltwerk Automation Suite, GTK 500 ->
  Maasdelta Digital Twin (licences: amount = close_value x 4); MG Special -> Wartung Plus
  (maintenance contract: amount = close_value x 150), MG Advanced -> Polder Cloud
  (subscription: amount = close_value x 4).
- Accounts: the 85 Maven accounts are re-cast as European industrial customers (ACCOUNTS,
  in the order of accounts.csv).
- Type: "new" when nobody at Kanaalwerk had won the account before (in the kept data, by
  close date), else for Wartung Plus / Polder Cloud "renewal" for one in three (by hash),
  else "upsell".
- term_months 12/24/36 on Wartung Plus and Polder Cloud lines. Open Maven deals
  (Engaging 0.5 / Prospecting 0.2) carry an expected close in Feb-Mar 2027 at list value.
- 16 won deals closed up to 2026-12-15 are cancelled (the first 16 by hash), 20-219 days
  after close, the cancel date capped at the as-of date.
"""
import csv, datetime as dt, hashlib, os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 1, 15)


def h(s, salt=""):
    return int(hashlib.md5((salt + s).encode()).hexdigest(), 16)


AGENTS = {
    "Kary Hendrixson": "Pieter Jansen",
    "Anna Snelling": "Sanne Bakker",
    "Zane Levy": "Wilhelmina de Boer",
    "Violet Mclelland": "Thijs van Dijk",
    "Rosie Papadopoulos": "Lotte Mulder",
    "Cassey Cress": "Jörg Schäfer",
    "Moses Frase": "Katrin Becker",
    "Reed Clapper": "Johannes Wagner",
    "Markita Hansen": "Lukas Neumann",
    "Elease Gluck": "Friederike Koch",
    "James Ascencio": "Stefan Huber",
    "Wilburn Farren": "Andrea Gruber",
    "Maureen Marcano": "Markus Steiner",
    "Donn Cantrell": "Tobias Maier",
    "Hayden Neloms": "Claudia Fischer",
}
ROSTER = [
    # id, name on statements, manager, territory, start_date
    ("Pieter Jansen", "Pieter Jansen", "Anneke de Vries", "Benelux", ""),
    ("Sanne Bakker", "Sanne Bakker", "Anneke de Vries", "Benelux", ""),
    ("Wilhelmina de Boer", 'Wilhelmina "Mieke" de Boer', "Anneke de Vries", "Benelux", ""),
    ("Thijs van Dijk", "Thijs van Dijk", "Anneke de Vries", "Benelux", ""),
    ("Lotte Mulder", "Lotte Mulder", "Anneke de Vries", "Benelux", "2026-09-01"),
    ("Jörg Schäfer", "Jörg Schäfer", "Matthias Brandt", "DACH Nord", ""),
    ("Katrin Becker", "Katrin Becker", "Matthias Brandt", "DACH Nord", ""),
    ("Johannes Wagner", 'Johannes "Hannes" Wagner', "Matthias Brandt", "DACH Nord", ""),
    ("Lukas Neumann", "Lukas Neumann", "Matthias Brandt", "DACH Nord", ""),
    ("Friederike Koch", "Friederike Koch", "Matthias Brandt", "DACH Nord", ""),
    ("Stefan Huber", "Stefan Huber", "Sabine Hoffmann", "DACH Süd", ""),
    ("Andrea Gruber", "Andrea Gruber", "Sabine Hoffmann", "DACH Süd", ""),
    ("Markus Steiner", "Markus Steiner", "Sabine Hoffmann", "DACH Süd", ""),
    ("Tobias Maier", "Tobias Maier", "Sabine Hoffmann", "DACH Süd", ""),
    ("Claudia Fischer", "Claudia Fischer", "Sabine Hoffmann", "DACH Süd", "2026-11-02"),
]
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Zeitwerk Scheduler", "GTX Plus Basic": "Deichwacht Monitoring",
    "GTXPro": "Stellwerk MES", "GTX Pro": "Stellwerk MES",
    "GTX Plus Pro": "Schaltwerk Automation Suite", "GTK 500": "Maasdelta Digital Twin",
    "MG Special": "Wartung Plus", "MG Advanced": "Polder Cloud",
}
FACTOR = {"Wartung Plus": 150}
SERVICE = {"Wartung Plus", "Polder Cloud"}
ACCOUNTS = [
    "Müller Antriebstechnik GmbH", "Van Leeuwen Buizen B.V.", "Krone Verpackung AG",
    "Hengelo Staal B.V.", "Brinkmann Hydraulik GmbH", "Ostwald Gießerei GmbH",
    "Dekker Kunststoffen B.V.", "Lindemann Präzision GmbH", "Hoogeveen Metaalbouw B.V.",
    "Rasmussen Fördertechnik GmbH", "Kaltenbach Werkzeugbau GmbH",
    "Noordzee Offshore Services B.V.", "Schwarzwald Feinmechanik GmbH", "Veluwe Zuivel B.V.",
    "Eisenberg Walzwerk AG", "Brabant Coatings B.V.", "Tannhauser Pumpen GmbH",
    "Zeeland Chemie B.V.", "Albrecht Lebensmittel GmbH", "Groningen Glas B.V.",
    "Weserstahl AG", "Limburg Kabelwerk B.V.", "Fichtner Landtechnik GmbH",
    "Twente Textiel B.V.", "Rheintal Papier GmbH", "Oosterhout Logistiek B.V.",
    "Bergmann Elektro GmbH", "Drenthe Bouwstoffen B.V.", "Harz Holzwerke GmbH",
    "Kempen Keramiek B.V.", "Saarland Schmiede GmbH", "Friesland Motoren B.V.",
    "Allgäu Molkerei eG", "Utrecht Robotica B.V.", "Lausitz Energie AG",
    "Delft Instrumenten B.V.", "Eifel Beton GmbH", "Maasvlakte Terminals B.V.",
    "Sauerland Draht GmbH", "Betuwe Fruitverwerking B.V.", "Spessart Möbel GmbH",
    "Gelderland Vloeren B.V.", "Westerwald Armaturen GmbH", "Haarlem Drukkerij B.V.",
    "Odenwald Kunststoff GmbH", "IJssel Brouwerij B.V.", "Vogtland Textil GmbH",
    "Zwolle Koeltechniek B.V.", "Hunsrück Mühlen GmbH", "Kampen Scheepswerf B.V.",
    "Ammerland Fleischwaren GmbH", "Tilburg Transport B.V.", "Uckermark Agrar GmbH",
    "Breda Lasertechniek B.V.", "Wendland Solar GmbH", "Nijmegen Pharma B.V.",
    "Altmark Zucker AG", "Venlo Tuinbouw B.V.", "Rhön Kabeltechnik GmbH",
    "Leiden Biotech B.V.", "Emsland Stärke GmbH", "Arnhem Verf B.V.",
    "Fläming Fahrzeugbau GmbH", "Zaandam Cacao B.V.", "Prignitz Ziegelei GmbH",
    "Deventer Machines B.V.", "Elbtal Chemie GmbH", "Apeldoorn Isolatie B.V.",
    "Münsterland Kunststoffe GmbH", "Enschede Weverij B.V.", "Erzgebirge Holzkunst GmbH",
    "Roermond Meubel B.V.", "Bodensee Optik GmbH", "Heerlen Mijntechniek B.V.",
    "Oberpfalz Glas GmbH", "Assen Aandrijvingen B.V.", "Chiemgau Brauerei GmbH",
    "Vlaardingen Staalbouw B.V.", "Breisgau Medizintechnik GmbH", "Lelystad Luchtvaart B.V.",
    "Steigerwald Sägewerk GmbH", "Hoorn Havenkranen B.V.", "Kraichgau Automotive GmbH",
    "Dordrecht Dakbedekking B.V.", "Schmitz & Söhne Metallbau GmbH",
]
MAVEN_ACCOUNTS = [r["account"] for r in csv.DictReader(open(f"{SRC}/accounts.csv"))]
assert len(MAVEN_ACCOUNTS) == len(ACCOUNTS) == len(set(ACCOUNTS))
ACCOUNT = dict(zip(MAVEN_ACCOUNTS, ACCOUNTS))
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) + dt.timedelta(days=31)


def money(x):
    return f"{x:.2f}"


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or h(oid) % 3 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2027, 2, 1) + dt.timedelta(days=h(oid, "close") % 58)
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
    amount = round(value * FACTOR.get(product, 4), 2)
    rows.append(dict(id=oid, seller=seller, amount=money(amount), close_date=close.isoformat(),
                     stage=stage, product=product, account=ACCOUNT.get(r["account"], ""),
                     probability=prob,
                     term_months=str([12, 24, 36][h(oid, "term") % 3]) if product in SERVICE else ""))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in won_accounts:
        x["type"] = "new"
    elif x["product"] in SERVICE and h(x["id"], "type") % 3 == 0:
        x["type"] = "renewal"
    else:
        x["type"] = "upsell"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)

won = [x for x in rows if x["stage"] == "won" and x["close_date"] <= "2026-12-15"]
for x in sorted(won, key=lambda x: h(x["id"], "cancel"))[:16]:
    c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=20 + h(x["id"], "days") % 200)
    x["stage"] = "cancelled"
    x["cancel_date"] = min(c, AS_OF).isoformat()

for x in rows:
    x["name"] = f'{x["account"] or "No account"} {x["product"]}'

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        w.writerow({**{k: x.get(k, "") for k in cols}, "currency": "EUR"})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date"])
    for sid, name, mgr, terr, start in ROSTER:
        w.writerow([sid, name, mgr, terr, "Account Manager", start])
print(len(rows), "lines")
