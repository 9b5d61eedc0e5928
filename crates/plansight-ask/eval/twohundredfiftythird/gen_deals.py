#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfiftythird workspace: Hagedorn & Van der
Meulen Fluidtechnik (HVM), an invented German-Dutch distributor of industrial pumps, compressors,
compressed-air dryers and service contracts (head office Duisburg, Dutch office Dordrecht).
Plan year = calendar 2025, EUR, QUARTERLY payouts (plan.toml, plan.md). AS OF = 2025-11-14.

Standard library only; deterministic (one random.Random with a fixed seed, no clock).
Run: python3 gen_deals.py

- 18 sales engineers in three areas (Rhein-Ruhr, Sued, Nederland), ROSTER below. Thomas
  Brueckner is the Key Account Engineer with his own quarterly Aggregate quota. Ruben Smits
  joined on 2025-05-05, Tobias Maier on 2025-07-14; Dennis Schaefer left on 2025-08-31.
- Every month an engineer is active, a number of equipment opportunities (pumps, compressors,
  dryers) and service-contract opportunities is drawn, scaled by the engineer's STRENGTH.
  Opportunities closing on or before the as-of date are won (win rate by engineer) or lost;
  opportunities expected to close after it are open, with a probability.
- Key accounts (plan.md 3.5): an equipment order at one of the five key accounts by an engineer
  other than Thomas Brueckner is two lines with the same id, 75% to the engineer and 25% to
  Thomas Brueckner.
- Cancellations ("Rueckzieher"): about one won line in twenty is cancelled, 5 to 160 days after
  close (a cancellation that would fall after the as-of date has not happened: the deal stays
  won); plan.md section 11 claws back those within 90 days.
- Service contracts carry term_months (12, 24, 36 or 48); equipment orders carry none.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 11, 14)
YEAR_START = dt.date(2025, 1, 1)
rng = random.Random(253)

ROSTER = [
    # id, manager, territory, role, start, end, quota:aggregate, strength, win rate
    ("Thomas Brückner", "Jörg Hellwig", "Rhein-Ruhr", "Key Account Engineer", "", "", "360000.00", 0.0, 0.55),
    ("Katrin Vogelsang", "Jörg Hellwig", "Rhein-Ruhr", "Sales Engineer", "", "", "", 1.25, 0.52),
    ("Dennis Schäfer", "Jörg Hellwig", "Rhein-Ruhr", "Sales Engineer", "", "2025-08-31", "", 0.85, 0.45),
    ("Mehmet Yıldız", "Jörg Hellwig", "Rhein-Ruhr", "Sales Engineer", "", "", "", 1.05, 0.50),
    ("Lukas Overbeck", "Jörg Hellwig", "Rhein-Ruhr", "Sales Engineer", "", "", "", 0.70, 0.42),
    ("Annika Lohmann", "Jörg Hellwig", "Rhein-Ruhr", "Sales Engineer", "", "", "", 0.95, 0.50),
    ("Florian Gruber", "Sabine Krämer", "Süd", "Sales Engineer", "", "", "", 1.40, 0.55),
    ("Stefanie Huber", "Sabine Krämer", "Süd", "Sales Engineer", "", "", "", 0.90, 0.48),
    ("Thomas Eder", "Sabine Krämer", "Süd", "Sales Engineer", "", "", "", 0.80, 0.46),
    ("Jürgen Wolf", "Sabine Krämer", "Süd", "Senior Sales Engineer", "", "", "", 1.10, 0.52),
    ("Tobias Maier", "Sabine Krämer", "Süd", "Sales Engineer", "2025-07-14", "", "", 0.45, 0.38),
    ("Daniela Roth", "Sabine Krämer", "Süd", "Sales Engineer", "", "", "", 1.00, 0.50),
    ("Joost van den Berg", "Marieke Dekker", "Nederland", "Senior Sales Engineer", "", "", "", 1.20, 0.53),
    ("Sanne Visser", "Marieke Dekker", "Nederland", "Sales Engineer", "", "", "", 1.00, 0.50),
    ("Bram de Jong", "Marieke Dekker", "Nederland", "Sales Engineer", "", "", "", 0.75, 0.45),
    ("Pieter-Jan Mulder", "Marieke Dekker", "Nederland", "Sales Engineer", "", "", "", 1.10, 0.50),
    ("Femke Bakker", "Marieke Dekker", "Nederland", "Sales Engineer", "", "", "", 0.90, 0.50),
    ("Ruben Smits", "Marieke Dekker", "Nederland", "Sales Engineer", "2025-05-05", "", "", 0.55, 0.42),
]
KEY_ENGINEER = "Thomas Brückner"

# product: (low, high, weight) amount range in EUR
EQUIPMENT = {
    "Centrifugal Pump": (6000, 48000, 30),
    "Submersible Pump": (4000, 32000, 15),
    "Dosing Pump": (2000, 14000, 12),
    "Screw Compressor": (24000, 98000, 18),
    "Oil-Free Compressor": (58000, 155000, 6),
    "Refrigeration Dryer": (7000, 34000, 17),
}
SERVICE = {
    "Inspection Contract": (2500, 12000, 60),
    "Full-Service Contract": (9000, 38000, 40),
}
KEY_ACCOUNTS = ["Rheinchem AG", "Nordwasser Versorgung GmbH", "Alpenstahl GmbH",
                "Van Hessel Foods B.V.", "Maasport Terminals B.V."]
ACCOUNTS = {
    "Rhein-Ruhr": ["Brauerei Hollbach", "Papierfabrik Sennetal", "Klärwerk Dinslaken-Ost",
                   "Galvanik Pötter", "Molkerei Niederrhein eG", "Chemie Ossenberg",
                   "Hafenbetriebe Homberg", "Zinkhütte Altena", "Kokerei Walsum-Nord",
                   "Glaswerk Gerresheim-Süd", "Stadtbad Mülheim-Saarn", "Gießerei Kettwig"],
    "Süd": ["Brauerei Zwieselhof", "Käserei Oberallgäu", "Klinikum Rosenheim-Land",
            "Maschinenbau Kessler", "Brenner Fahrzeugtechnik", "Zementwerk Blaubeuren",
            "Therme Bad Wörishofen", "Druckerei Schongau", "Lackiererei Ingolstadt-Nord",
            "Mühle Riedlingen", "Kunststoffwerk Weiden", "Abwasserverband Lech-Wertach"],
    "Nederland": ["Bierbrouwerij De Klok", "Kwekerij Westland Bloei", "Rioolzuivering Dordrecht",
                  "Scheepswerf Merwede-Zuid", "Zuivelfabriek Lochem", "Glastuinbouw Brakel",
                  "Aardappelverwerking Zeeland", "Staalbouw Hengelo", "Verfwerk Tilburg",
                  "Drukkerij Zwolle", "Suikerfabriek Vierverlaten", "Waterschap Rivierenland"],
}


def pick(table):
    names = sorted(table)
    total = sum(table[n][2] for n in names)
    r = rng.uniform(0, total)
    for n in names:
        r -= table[n][2]
        if r <= 0:
            return n
    return names[-1]


def amount_of(lo, hi, factor=1.0):
    # log-uniform between lo and hi, to the nearest 10 euros
    x = lo * (hi / lo) ** rng.random() * factor
    return int(round(x / 10.0)) * 10


def day_in(year, month):
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first + dt.timedelta(days=rng.randrange((nxt - first).days))


rows = []
counter = [0]


def new_id():
    counter[0] += 1
    return "HV-%05d" % (10000 + counter[0] * 7 % 90000 + counter[0])


def add(seller, terr, product, kind, close, stage, amount, typ, account, prob, term):
    oid = new_id()
    cancel = ""
    if stage == "won" and rng.random() < 0.05:
        when = close + dt.timedelta(days=rng.randint(5, 160))
        if when <= AS_OF:  # a cancellation still to come is not in the export
            stage = "cancelled"
            cancel = when.isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}", type=typ,
                product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                stage=stage, split="1", probability=prob, term_months=term,
                cancel_date=cancel, currency="EUR")
    if (kind == "equipment" and account in KEY_ACCOUNTS and seller != KEY_ENGINEER
            and stage in ("won", "cancelled")):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=KEY_ENGINEER, split="0.25"))
    else:
        rows.append(line)


def opportunity(seller, terr, kind, close, win, key=False):
    if kind == "equipment":
        product = pick(EQUIPMENT)
        lo, hi, _ = EQUIPMENT[product]
        if key:
            account = rng.choice(KEY_ACCOUNTS)
            amount = amount_of(lo, hi, 1.4)
        else:
            account = rng.choice(ACCOUNTS[terr])
            amount = amount_of(lo, hi)
        typ = "new" if rng.random() < 0.35 else "replacement"
        term = ""
    else:
        product = pick(SERVICE)
        lo, hi, _ = SERVICE[product]
        account = rng.choice(KEY_ACCOUNTS) if key else rng.choice(ACCOUNTS[terr])
        amount = amount_of(lo, hi)
        typ = "renewal" if rng.random() < 0.55 else "new"
        term = str(rng.choice([12, 12, 24, 36, 36, 48]))
    if close > AS_OF:
        prob = rng.choice(["0.25", "0.4", "0.5", "0.6", "0.75"])
        add(seller, terr, product, kind, close, "open", amount, typ, account, prob, term)
    else:
        stage = "won" if rng.random() < win else "lost"
        add(seller, terr, product, kind, close, stage, amount, typ, account, "", term)


for sid, mgr, terr, role, start, end, quota, strength, win in ROSTER:
    first = dt.date.fromisoformat(start) if start else YEAR_START
    last = dt.date.fromisoformat(end) if end else dt.date(2026, 1, 31)
    for month in range(1, 14):
        year, m = (2025, month) if month <= 12 else (2026, 1)
        for kind, base in (("equipment", 5.0), ("service", 1.5)):
            if sid == KEY_ENGINEER:
                n = rng.randint(2, 4) if kind == "equipment" else rng.randint(0, 2)
            else:
                n = max(0, int(round(base * strength + rng.uniform(-1.0, 1.0))))
            for _ in range(n):
                close = day_in(year, m)
                if close < first or close > last:
                    continue
                if sid != KEY_ENGINEER and close > AS_OF and rng.random() < 0.45:
                    continue  # thinner pipeline beyond the as-of date
                key = sid == KEY_ENGINEER or (kind == "equipment" and rng.random() < 0.12)
                opportunity(sid, terr, kind, close, win, key)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:aggregate"])
    for sid, mgr, terr, role, start, end, quota, _, _ in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, quota])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
