#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredfortyeighth workspace (Kadewerk Systems
B.V., an invented Rotterdam vendor of port and warehouse logistics software: Quayside TOS
terminal operating system licences, YardPilot and BerthPlanner planning modules, DouaneDirect /
ZollLink / Manifest Check customs-filing subscriptions and implementation services, sold to
terminals, forwarders and 3PL warehouses in the Benelux and Germany). Plan year = calendar year
2026, EUR, MONTHLY payouts. Made from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Kadewerk account executives (AGENTS below). Half of each
  agent's opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they
  become Quayside TOS licences), and every opportunity of Elease Gluck (re-cast as Ruud
  Hoogendijk, the Terminal Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 January 2026 and 31 December 2017 becomes 31 October 2026. AS OF = 2026-10-07. A Won
  opportunity that now closes after it becomes an open offerte (probability 0.6); a Lost one
  dated after it an open offerte (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 8 October 2026 + (hash mod 80) days; Prospecting ones
  (probability 0.2) 1 November 2026 + (hash mod 60) days.
- Amounts in EUR, whole euros: close value x the product's factor (won); lost and open offertes
  carry the product's list price x the factor.
    GTK 500        -> Quayside TOS              x 4   (licence)
    GTX Pro        -> YardPilot                 x 2   (licence module)
    GTX Plus Pro   -> BerthPlanner              x 2   (licence module)
    GTX Plus Basic -> Implementation Services   x 3
    MG Advanced    -> ZollLink                  x 2   (subscription, ARR)
    GTX Basic      -> DouaneDirect              x 6   (subscription, ARR)
    MG Special     -> Manifest Check            x 20  (subscription, ARR)
- Accounts: Quayside TOS deals go to one of 10 invented terminals (Maven account index mod 10);
  every other opportunity to one of 24 invented forwarders and 3PL warehouses (index mod 24).
  An opportunity with no account gets one by hash.
- Type: Implementation Services = "services"; otherwise hash mod 4 = 0 = "new" (a new logo,
  "nieuwe klant"), the rest "expansion" ("uitbreiding").
- Splits (plan.md 3.4): a won or cancelled Quayside TOS deal of any AE but Ruud Hoogendijk is two
  lines with the same id: 70% to the AE, 30% to Ruud Hoogendijk.
- Cancellations ("geannuleerd"): a won deal closed on or before 2026-09-20 with hash mod 21 = 0
  is cancelled, cancel_date = close + 10 + (hash mod 130) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Bram van der Linden (Senior AE) carries his own quarterly Licence ACV quota; Ruud
  Hoogendijk (Terminal Specialist) his own quarterly Licence ACV quota and target incentive.
  Noor El Amrani joined on 2026-05-18 (her deals before it are dropped); Daan
  Meijer left on 2026-08-14 (his deals after it are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 7)
SHIFT = dt.date(2026, 1, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Darcel Schlecht": "Bram van der Linden",
    "Anna Snelling": "Sanne de Vries",
    "Vicki Laflamme": "Joost Bakker",
    "Versie Hillebrand": "Femke Visser",
    "Elease Gluck": "Ruud Hoogendijk",
    "Kary Hendrixson": "Sanne Peeters",
    "Kami Bicknell": "Wouter Claes",
    "Markita Hansen": "Lotte Maes",
    "Zane Levy": "Pieter Wouters",
    "Cassey Cress": "Eline Jacobs",
    "Rosalina Dieter": "Thijs Mulder",
    "Jonathan Berthelot": "Daan Meijer",
    "Garret Kinder": "Noor El Amrani",
    "Reed Clapper": "Jeroen Kuipers",
    "Maureen Marcano": "Anouk de Groot",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:licence, target_incentive
    ("Bram van der Linden", "Marieke Dijkstra", "Rotterdam", "Senior AE", "", "", "200000.00", ""),
    ("Sanne de Vries", "Marieke Dijkstra", "Rotterdam", "Account Executive", "", "", "", ""),
    ("Joost Bakker", "Marieke Dijkstra", "Rotterdam", "Account Executive", "", "", "", ""),
    ("Femke Visser", "Marieke Dijkstra", "Rotterdam", "Account Executive", "", "", "", ""),
    ("Ruud Hoogendijk", "Marieke Dijkstra", "Rotterdam", "Terminal Specialist", "", "", "300000.00", "30000.00"),
    ("Sanne Peeters", "Koen Janssens", "Antwerpen", "Account Executive", "", "", "", ""),
    ("Wouter Claes", "Koen Janssens", "Antwerpen", "Account Executive", "", "", "", ""),
    ("Lotte Maes", "Koen Janssens", "Antwerpen", "Account Executive", "", "", "", ""),
    ("Pieter Wouters", "Koen Janssens", "Antwerpen", "Account Executive", "", "", "", ""),
    ("Eline Jacobs", "Koen Janssens", "Antwerpen", "Account Executive", "", "", "", ""),
    ("Thijs Mulder", "Hanneke Smit", "Venlo (Germany desk)", "Account Executive", "", "", "", ""),
    ("Daan Meijer", "Hanneke Smit", "Venlo (Germany desk)", "Account Executive", "", "2026-08-14", "", ""),
    ("Noor El Amrani", "Hanneke Smit", "Venlo (Germany desk)", "Account Executive", "2026-05-18", "", "", ""),
    ("Jeroen Kuipers", "Hanneke Smit", "Venlo (Germany desk)", "Account Executive", "", "", "", ""),
    ("Anouk de Groot", "Hanneke Smit", "Venlo (Germany desk)", "Account Executive", "", "", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTK 500": ("Quayside TOS", 4),
    "GTX Pro": ("YardPilot", 2),
    "GTXPro": ("YardPilot", 2),
    "GTX Plus Pro": ("BerthPlanner", 2),
    "GTX Plus Basic": ("Implementation Services", 3),
    "MG Advanced": ("ZollLink", 2),
    "GTX Basic": ("DouaneDirect", 6),
    "MG Special": ("Manifest Check", 20),
}
TERMINALS = [
    "Maasvlakte Container Terminal", "Waalhaven Breakbulk", "Deurganck Box Terminal",
    "Eemhaven Shortsea", "Botlek Tank Terminal", "Duisport Gateway", "Moerdijk Multimodal",
    "Zeebrugge Ro-Ro Quay", "Hamburg Kuhwerder Terminal", "Vlissingen Fruit Terminal",
]
FORWARDERS = [
    "Van Dam Expeditie", "Schelde Forwarding", "Rijnmond 3PL", "Kempen Logistics",
    "Brabant Cold Store", "Noordzee Cargo", "Venlo Fulfilment Hub", "Ostend Freight Services",
    "Genk Distribution Centre", "Nijmegen Barge Lines", "Tilburg Warehousing", "Gent Douane Agent",
    "Ruhrtal Spedition", "Koeln Kontraktlogistik", "Bremen Lagerhaus", "Limburg Crossdock",
    "Delfshaven Customs Brokers", "Zwijndrecht Chemie Opslag", "Liege Air Cargo Handling",
    "Almere Ecommerce Fulfilment", "Dordrecht Inland Terminal", "Mechelen Pharma Logistics",
    "Duisburg Containerdienst", "Breda Koelvervoer",
]
CANCEL_BY = dt.date(2026, 9, 20)
PRICE_DATE_OPEN_E = dt.date(2026, 10, 8)
PRICE_DATE_OPEN_P = dt.date(2026, 11, 1)


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
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product == "Quayside TOS":
        account = TERMINALS[idx % len(TERMINALS)]
    else:
        account = FORWARDERS[idx % len(FORWARDERS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = PRICE_DATE_OPEN_E + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = PRICE_DATE_OPEN_P + dt.timedelta(days=x % 60)
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
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if product == "Implementation Services":
        typ = "services"
    elif (x // 3) % 4 == 0:
        typ = "new"
    else:
        typ = "expansion"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 21 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="EUR")
    if product == "Quayside TOS" and seller != "Ruud Hoogendijk" and stage in ("won", "cancelled"):
        line["split"] = "0.7"
        rows.append(line)
        rows.append(dict(line, seller="Ruud Hoogendijk", split="0.3"))
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
                "quota:licence", "target_incentive"])
    for sid, mgr, terr, role, start, end, q, ti in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q, ti])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
