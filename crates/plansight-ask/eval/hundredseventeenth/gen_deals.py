#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredseventeenth workspace (Waterland
Software Partners B.V., a Dutch B2B software reseller selling licences, subscriptions,
implementation and support contracts to mid-size companies in the Benelux; plan year
2026, EUR, quarterly payouts) from the Maven CRM export (/work/shared/data/maven-crm/).
Standard library only; deterministic: every choice is a CRC-32 of the opportunity id (or
of the account name), no random numbers, no clock.

- 14 Maven agents are re-cast as Waterland account managers (AGENTS); an opportunity is
  kept when CRC-32(id) % 3 == 0, so each carries a realistic reseller deal count.
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so won
  deals fall 1 Jan - 2 Nov 2026. AS OF = 2026-08-31: a Won opportunity closing after it
  becomes an open deal (probability 0.7) at its shifted date.
- Products: GTX Basic -> Werkplek Cloud, GTX Plus Basic -> Klantkompas CRM (subscriptions),
  GTX Pro -> Grootboek ERP, GTX Plus Pro -> Datahaven BI, GTK 500 -> Vestigo Enterprise
  (licences), MG Advanced -> Go-Live Inrichting (implementation services), MG Special ->
  Zorgeloos Care (support contract). Amount = close_value x 2.5, rounded to whole euros.
- Accounts: each Maven account becomes an invented Benelux company (ACCOUNTS, by the sorted
  Maven name). Type: "new" when nobody at Waterland had won the account before (in the
  kept data, by close date), else "renewal" for subscription/support lines when
  CRC-32(id) % 4 == 0, else "expansion".
- term_months 12/24/36 on subscription and support lines. Open Maven deals (Engaging 0.5 /
  Prospecting 0.2) carry an expected close 1 Sep - 29 Dec 2026 at list value x 2.5.
- Won deals closed on or before 2026-07-31 with CRC-32(id) % 19 == 5 are cancelled
  15-164 days after close (cancel date capped at the as-of date).
- Lost opportunities whose shifted close falls after the as-of date are dropped.
- Elke De Smet joins on 2026-04-01: her opportunities closing before it are dropped.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 31)

def crc(s):
    return zlib.crc32(s.encode("utf-8"))

AGENTS = {
    "Darcel Schlecht": "Daan de Vries",
    "Anna Snelling": "Sanne van Dijk",
    "Versie Hillebrand": "Joris Bakker",
    "Jonathan Berthelot": "Femke Visser",
    "Corliss Cosme": "Thijs van der Meer",
    "Kary Hendrixson": "Lotte Smit",
    "Kami Bicknell": "Bram Hendriks",
    "Zane Levy": "Noor de Graaf",
    "Gladys Colclough": "Ruben Mulder",
    "Markita Hansen": "Eva van Leeuwen",
    "Vicki Laflamme": "Wouter Janssens",
    "Cassey Cress": "Lien Maes",
    "Lajuana Vencill": "Jeroen Willems",
    "Boris Faz": "Elke De Smet",
}
ROSTER = [
    # id, manager, territory, role, start_date, licence quota override
    ("Daan de Vries", "Marieke Bosman", "Randstad", "Senior Account Manager", "", "600000.00"),
    ("Sanne van Dijk", "Marieke Bosman", "Randstad", "Account Manager", "", ""),
    ("Joris Bakker", "Marieke Bosman", "Randstad", "Account Manager", "", ""),
    ("Femke Visser", "Marieke Bosman", "Randstad", "Account Manager", "", ""),
    ("Thijs van der Meer", "Marieke Bosman", "Randstad", "Account Manager", "", ""),
    ("Lotte Smit", "Henk Jansen", "Zuid", "Account Manager", "", ""),
    ("Bram Hendriks", "Henk Jansen", "Zuid", "Account Manager", "", ""),
    ("Noor de Graaf", "Henk Jansen", "Zuid", "Account Manager", "", ""),
    ("Ruben Mulder", "Henk Jansen", "Zuid", "Account Manager", "", ""),
    ("Eva van Leeuwen", "Henk Jansen", "Zuid", "Account Manager", "", ""),
    ("Wouter Janssens", "Katrien Peeters", "Vlaanderen", "Senior Account Manager", "", "400000.00"),
    ("Lien Maes", "Katrien Peeters", "Vlaanderen", "Account Manager", "", ""),
    ("Jeroen Willems", "Katrien Peeters", "Vlaanderen", "Account Manager", "", ""),
    ("Elke De Smet", "Katrien Peeters", "Vlaanderen", "Account Manager", "2026-04-01", ""),
]
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Werkplek Cloud", "GTX Plus Basic": "Klantkompas CRM",
    "GTXPro": "Grootboek ERP", "GTX Pro": "Grootboek ERP",
    "GTX Plus Pro": "Datahaven BI", "GTK 500": "Vestigo Enterprise",
    "MG Advanced": "Go-Live Inrichting", "MG Special": "Zorgeloos Care",
}
RECURRING = {"Werkplek Cloud", "Klantkompas CRM", "Zorgeloos Care"}
WORDS = [
    "Almelo", "Amersfoort", "Apeldoorn", "Arnhem", "Assen", "Breda", "Deventer", "Doetinchem",
    "Dordrecht", "Drachten", "Emmen", "Enschede", "Gorinchem", "Gouda", "Harderwijk",
    "Heerenveen", "Helmond", "Hengelo", "Hilversum", "Hoorn", "Kampen", "Leeuwarden",
    "Lelystad", "Meppel", "Middelburg", "Nijkerk", "Purmerend", "Roermond", "Roosendaal",
    "Schiedam", "Sittard", "Sneek", "Terneuzen", "Tilburg", "Venlo", "Venray", "Vlissingen",
    "Waalwijk", "Weert", "Woerden", "Zaandam", "Zeist", "Zutphen", "Zwolle", "Aalst",
    "Brugge", "Genk", "Hasselt", "Kortrijk", "Leuven", "Lokeren", "Mechelen", "Ninove",
    "Oostende", "Roeselare", "Tienen", "Turnhout", "Waregem", "Wetteren", "Ieper", "Diest",
    "Vilvoorde", "Brouwer", "Dekker", "Kuipers", "Prins", "Scholten", "Vermeulen", "Postma",
    "Huisman", "Kramer", "Koster", "Wolters", "Timmermans", "Verbeek", "Lambrechts",
    "Claeys", "Hoekstra", "Veenstra", "Brinkman", "Bosch", "Terpstra", "Wijnands",
    "Goossens", "Peters",
]
SECTOR = ["Logistiek", "Bouwgroep", "Zorggroep", "Metaalwerken", "Installatietechniek",
          "Foods", "Techniek", "Transport", "Kunststoffen", "Drukkerij"]
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]

maven_accounts = sorted({r["account"] for r in csv.DictReader(open(f"{SRC}/accounts.csv"))})
ACCOUNTS = {}
for i, a in enumerate(maven_accounts):
    w = WORDS[i % len(WORDS)]
    legal = "NV" if WORDS.index(w) in range(44, 62) or w in ("Lambrechts", "Claeys", "Goossens", "Peters") else "B.V."
    ACCOUNTS[a] = f"{w} {SECTOR[crc(a) % len(SECTOR)]} {legal}"

def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or crc(oid) % 3 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 9, 1) + dt.timedelta(days=(crc(oid) >> 4) % 120)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.7"
            value = value or PRICE[r["product"]]
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    if stage == "lost" and close > AS_OF:
        continue
    if stage == "lost" and value <= 0:
        value = PRICE[r["product"]]
    amount = round(value * 2.5)
    acct = ACCOUNTS.get(r["account"], "") if r["account"] else ""
    rows.append(dict(id=oid, seller=seller, account=acct, product=product,
                     amount=f"{amount:.2f}", close_date=close.isoformat(), stage=stage,
                     probability=prob,
                     term_months=["12", "24", "36"][(crc(oid) >> 8) % 3] if product in RECURRING else "",
                     ))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in won_accounts:
        x["type"] = "new"
    elif x["product"] in RECURRING and crc(x["id"]) % 4 == 0:
        x["type"] = "renewal"
    else:
        x["type"] = "expansion"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
    x["name"] = f"{acct or 'Walk-in'} {x['product']}"

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-07-31" and crc(x["id"]) % 19 == 5:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=15 + (crc(x["id"]) >> 6) % 150)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["split"] = "1"
        x["currency"] = "EUR"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:licence"])
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", q])
print(len(rows), "lines")
