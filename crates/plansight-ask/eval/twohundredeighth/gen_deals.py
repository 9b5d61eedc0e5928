#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredeighth workspace (Jantar Energia Sp. z o.o.,
an invented Polish-owned installer of industrial solar panels, inverters and battery storage for
farms and warehouses, with a German subsidiary in Leipzig; plan year 1 April 2025 - 31 March 2026,
EUR, MONTHLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Jantar account managers (AGENTS below), in three teams:
  Wielkopolska (Poznan), Slask (Wroclaw) and Sachsen (Leipzig). A third of each agent's
  opportunities is kept (md5(id) mod 3 = 0), except: every GTK 500 opportunity is kept (they
  become HallMax warehouse arrays), and every opportunity of Elease Gluck (re-cast as Sabine
  Krueger, the Key Account Manager Logistik) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 April 2025 and 31 December 2017 becomes 31 January 2026. AS OF = 2026-01-27. A Won
  opportunity that now closes after it becomes an open offer (probability 0.6); a Lost one
  dated after it becomes an open offer (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 15 January 2026 + (hash mod 70) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 10 February 2026 + (hash mod 60) days.
- Products (panel, inverter and battery lines) and amounts in EUR, whole euros: close value x
  the product's factor (won); lost and open offers carry the list price x the factor.
    GTX Basic      -> Wega 30 Inverter     x 25
    GTX Plus Basic -> Wega 100 Inverter    x 25
    GTX Pro        -> AgriMax Panels       x 20
    GTK 500        -> HallMax Panels       x 15
    MG Advanced    -> Magnus 200 Battery   x 12
    GTX Plus Pro   -> Magnus 500 Battery   x 15
    MG Special     -> a service contract (type "service") x 80, on the line hash mod 4 picks of
                      AgriMax Panels, Wega 30 Inverter, Wega 100 Inverter, Magnus 200 Battery
- Accounts: the Polish teams sell to Polish farms and logistics firms, the Sachsen team to German
  ones. HallMax Panels go to a logistics firm (Maven account index mod the list); every other
  opportunity goes to a farm, or to a logistics firm when the Maven account index mod 3 = 0.
  An opportunity with no account gets one by hash.
- Type: MG Special = "service"; otherwise hash mod 5 in (0, 1) = "expansion" (more panels,
  inverters or storage at an existing Jantar site), the rest "install" (a new installation).
- Splits (plan.md 3.4): a won or cancelled HallMax Panels deal of anyone but Sabine Krueger is two
  lines with the same id: 80% to the account manager, 20% to Sabine Krueger.
- Cancellations ("rezygnacje"): a won deal closed on or before 2026-01-10 with hash mod 25 = 0
  is cancelled, cancel_date = close + 7 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Tomasz Kaczmarek (Senior Account Manager) and Sabine Krueger (Key Account Manager
  Logistik) carry their own monthly Array Revenue quota. Piotr Wozniak joined on 2025-09-15 (his
  own deals before that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 1, 27)
SHIFT = dt.date(2025, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 1, 10)

AGENTS = {
    "Darcel Schlecht": "Tomasz Kaczmarek",
    "Anna Snelling": "Agnieszka Nowak",
    "Versie Hillebrand": "Paweł Zieliński",
    "Cecily Lampkin": "Marta Wójcik",
    "Moses Frase": "Krzysztof Lewandowski",
    "Kary Hendrixson": "Katarzyna Dąbrowska",
    "Zane Levy": "Michał Kowalczyk",
    "Kami Bicknell": "Joanna Szymańska",
    "Garret Kinder": "Piotr Woźniak",
    "Markita Hansen": "Łukasz Kamiński",
    "Elease Gluck": "Sabine Krüger",
    "Cassey Cress": "Stefan Becker",
    "Rosalina Dieter": "Anja Schulz",
    "Reed Clapper": "Markus Wagner",
    "Jonathan Berthelot": "Jan Nowicki",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:array
    ("Tomasz Kaczmarek", "Grażyna Wiśniewska", "Wielkopolska", "Senior Account Manager", "", "Q_SENIOR"),
    ("Agnieszka Nowak", "Grażyna Wiśniewska", "Wielkopolska", "Account Manager", "", ""),
    ("Paweł Zieliński", "Grażyna Wiśniewska", "Wielkopolska", "Account Manager", "", ""),
    ("Marta Wójcik", "Grażyna Wiśniewska", "Wielkopolska", "Account Manager", "", ""),
    ("Krzysztof Lewandowski", "Grażyna Wiśniewska", "Wielkopolska", "Account Manager", "", ""),
    ("Katarzyna Dąbrowska", "Andrzej Mazur", "Śląsk", "Account Manager", "", ""),
    ("Michał Kowalczyk", "Andrzej Mazur", "Śląsk", "Account Manager", "", ""),
    ("Joanna Szymańska", "Andrzej Mazur", "Śląsk", "Account Manager", "", ""),
    ("Piotr Woźniak", "Andrzej Mazur", "Śląsk", "Account Manager", "2025-09-15", ""),
    ("Łukasz Kamiński", "Andrzej Mazur", "Śląsk", "Account Manager", "", ""),
    ("Sabine Krüger", "Jürgen Hoffmann", "Sachsen", "Key Account Manager Logistik", "", "Q_KEY"),
    ("Stefan Becker", "Jürgen Hoffmann", "Sachsen", "Account Manager", "", ""),
    ("Anja Schulz", "Jürgen Hoffmann", "Sachsen", "Account Manager", "", ""),
    ("Markus Wagner", "Jürgen Hoffmann", "Sachsen", "Account Manager", "", ""),
    ("Jan Nowicki", "Jürgen Hoffmann", "Sachsen", "Account Manager", "", ""),
]
QUOTA = {"Q_SENIOR": "550000.00", "Q_KEY": "300000.00"}
START = {r[0]: r[4] for r in ROSTER}
GERMAN = {r[0] for r in ROSTER if r[2] == "Sachsen"}
KEY = "Sabine Krüger"
PRODUCT = {
    "GTX Basic": ("Wega 30 Inverter", 25),
    "GTX Plus Basic": ("Wega 100 Inverter", 25),
    "GTX Pro": ("AgriMax Panels", 20),
    "GTXPro": ("AgriMax Panels", 20),
    "GTK 500": ("HallMax Panels", 15),
    "MG Advanced": ("Magnus 200 Battery", 12),
    "GTX Plus Pro": ("Magnus 500 Battery", 15),
    "MG Special": (None, 80),
}
SERVICE_LINES = ["AgriMax Panels", "Wega 30 Inverter", "Wega 100 Inverter", "Magnus 200 Battery"]
FARMS_PL = [
    "Agro-Kępno", "Ferma Drobiu Zalesie", "Mleczarnia Września", "Sadownictwo Grójec",
    "Gospodarstwo Sobczak", "Agrofarm Leszno", "Pieczarkarnia Gniezno", "Szklarnie Kruszwica",
    "Hodowla Bydła Pawlak", "Ogrodnictwo Bielawa", "Ferma Tuczników Rawicz",
    "Spółdzielnia Rolnicza Krotoszyn", "Gorzelnia Opalenica", "Chłodnia Owoców Łowicz",
]
LOGISTICS_PL = [
    "Trans-Pol Logistyka", "Magazyny Stryków", "LogiHub Gądki", "Centrum Dystrybucji Swarzędz",
    "Spedycja Kalisz", "Baltic Freight Poznań", "Euro-Terminal Sosnowiec", "Silesia Log Park",
    "Magazyn Chłodniczy Tarnowo", "Kontener-Serwis Gliwice",
]
FARMS_DE = [
    "Hof Brandt GbR", "Agrargenossenschaft Mulde", "Milchhof Riesa", "Obstgut Borthen",
    "Gärtnerei Lindner", "Schweinemast Döbeln", "Landgut Wurzen", "Geflügelhof Torgau",
]
LOGISTICS_DE = [
    "Spedition Krause", "Logistikzentrum Schkeuditz", "Kühlhaus Leipzig-Nord", "Elbe Cargo Dresden",
    "Lagerpark Halle", "Mitteldeutsche Umschlag GmbH",
]


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
    keep = h(oid) % 3 == 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 3
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    if product is None:
        product = SERVICE_LINES[x % 4]
        typ = "service"
    elif (x // 5) % 5 in (0, 1):
        typ = "expansion"
    else:
        typ = "install"
    idx = IDX[r["account"]] if r["account"] else x % 97
    farms, logistics = (FARMS_DE, LOGISTICS_DE) if seller in GERMAN else (FARMS_PL, LOGISTICS_PL)
    if product == "HallMax Panels" or idx % 3 == 0:
        account = logistics[idx % len(logistics)]
    else:
        account = farms[idx % len(farms)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 1, 15) + dt.timedelta(days=x % 70)
            prob = "0.5"
        else:
            close = dt.date(2026, 2, 10) + dt.timedelta(days=x % 60)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=7 + (x // 11) % 140), AS_OF).isoformat()
    label = "service contract" if typ == "service" else product
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {label}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="EUR")
    if product == "HallMax Panels" and seller != KEY and stage in ("won", "cancelled"):
        line["split"] = "0.8"
        rows.append(line)
        rows.append(dict(line, seller=KEY, split="0.2"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:array"])
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
