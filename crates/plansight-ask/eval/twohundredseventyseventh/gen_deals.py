#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredseventyseventh workspace: Kranzberger
Werkzeugmaschinen GmbH, an invented Bavarian machine-tool maker (Mühldorf am Inn), its EXPORT
sales team. Plan year = Geschäftsjahr 1 October 2024 - 30 September 2025, EUR, QUARTERLY payouts.
Standard library only; deterministic (one random.Random with a fixed seed, no clock).
Run: python3 gen_deals.py

- 15 export sellers ("Area Sales Managers") under 3 Exportleiter: Westeuropa, Osteuropa, Übersee.
  Each seller owns the customers of their countries (ACCOUNTS below); Florian Huber is the Key
  Account Manager Systeme (global automotive groups, the turnkey Fertigungszelle FLEX).
- Products: five CNC machines (Drehzentrum DZ 420, Fräszentrum FZ 650, Bearbeitungszentrum
  BZ 1200, Schleifmaschine SG 300, Fertigungszelle FLEX) and three aftersales products
  (Ersatzteile = spare parts, Servicevertrag = service contract with term_months, Retrofit =
  machine overhaul). Amounts in whole EUR.
- Stages: won ("AB", order confirmed), lost ("Abfuhr"), open ("im Angebot", probability 0.7 /
  0.4 / 0.15, expected close from 2025-05-05 to 2025-09-30, some overdue at the as-of date),
  cancelled ("Rückzieher": about 5% of the won deals closed by 2025-05-09 get a cancel date 12-259
  days after the close; only those whose cancel date is on or before the as-of date 2025-05-23
  are cancelled, the others stay won).
- Types: "new" (Neukunde: the first machine order of a customer marked new), "existing"
  (Bestandskunde), "renewal" (Anschlussvertrag: a service contract renewed).
- Splits (plan.md 3.4): a won or cancelled Fertigungszelle FLEX of any seller but Florian Huber is
  two lines with the same id, 70% to the seller and 30% to Florian Huber.
- Roster: Florian Huber carries his own Maschinenprovision quota (EUR 6,000,000). Michael Eder
  joined on 2025-01-13, Felix Zellner left on 2025-03-14 (no deals outside their dates).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 5, 23)
FY_START = dt.date(2024, 10, 1)
FY_END = dt.date(2025, 9, 30)
rng = random.Random(2770523)

MACHINES = {
    # product: (low, high) in EUR
    "Drehzentrum DZ 420": (175000, 290000),
    "Fräszentrum FZ 650": (340000, 520000),
    "Bearbeitungszentrum BZ 1200": (560000, 840000),
    "Schleifmaschine SG 300": (245000, 380000),
    "Fertigungszelle FLEX": (950000, 1550000),
}

# id, manager, territory, role, start, end, machine quota override,
# machine strength (won machine deals to the as-of date), mix of machines, aftersales strength
ROSTER = [
    ("Maximilian Gruber", "Andreas Brandl", "Westeuropa", "Area Sales Manager", "", "", "",
     8, ["FZ", "FZ", "SG", "DZ", "BZ"], 1.1),
    ("Katharina Wimmer", "Andreas Brandl", "Westeuropa", "Area Sales Manager", "", "", "",
     6, ["DZ", "FZ", "SG", "SG"], 1.0),
    ("Lukas Obermaier", "Andreas Brandl", "Westeuropa", "Area Sales Manager", "", "", "",
     2, ["DZ", "SG", "FZ"], 0.7),
    ("Claire Dubois", "Andreas Brandl", "Westeuropa", "Area Sales Manager", "", "", "",
     7, ["FZ", "BZ", "SG", "DZ"], 0.9),
    ("Stefan Aigner", "Andreas Brandl", "Westeuropa", "Area Sales Manager", "", "", "",
     5, ["DZ", "FZ", "FLEX", "SG"], 1.2),
    ("Tomasz Nowak", "Sabine Kellermann", "Osteuropa", "Area Sales Manager", "", "", "",
     10, ["DZ", "DZ", "FZ", "BZ", "SG"], 1.0),
    ("Veronika Huber", "Sabine Kellermann", "Osteuropa", "Area Sales Manager", "", "", "",
     6, ["DZ", "FZ", "SG", "FLEX"], 0.8),
    ("Stefan Moosbrugger", "Sabine Kellermann", "Osteuropa", "Area Sales Manager", "", "", "",
     4, ["DZ", "DZ", "SG"], 1.0),
    ("Petra Schwaiger", "Sabine Kellermann", "Osteuropa", "Area Sales Manager", "", "", "",
     5, ["DZ", "FZ", "DZ"], 1.6),
    ("Michael Eder", "Sabine Kellermann", "Osteuropa", "Area Sales Manager", "2025-01-13", "", "",
     3, ["DZ", "FZ"], 0.6),
    ("Florian Huber", "Georg Pichler", "Übersee", "Key Account Manager Systeme", "", "",
     "6000000.00", 4, ["FLEX", "FLEX", "BZ"], 0.8),
    ("Anna Lechner", "Georg Pichler", "Übersee", "Area Sales Manager", "", "", "",
     7, ["BZ", "FZ", "BZ", "FLEX"], 1.0),
    ("Ravi Menon", "Georg Pichler", "Übersee", "Area Sales Manager", "", "", "",
     6, ["DZ", "FZ", "SG"], 0.9),
    ("Daniel Krämer", "Georg Pichler", "Übersee", "Area Sales Manager", "", "", "",
     3, ["DZ", "BZ", "FZ"], 1.1),
    ("Felix Zellner", "Georg Pichler", "Übersee", "Area Sales Manager", "", "2025-03-14", "",
     4, ["FZ", "SG", "BZ"], 0.7),
]
SHORT = {
    "DZ": "Drehzentrum DZ 420",
    "FZ": "Fräszentrum FZ 650",
    "BZ": "Bearbeitungszentrum BZ 1200",
    "SG": "Schleifmaschine SG 300",
    "FLEX": "Fertigungszelle FLEX",
}
# accounts per seller; a trailing "*" marks a customer that has never bought from Kranzberger
ACCOUNTS = {
    "Maximilian Gruber": ["Midlands Precision Ltd", "Sheffield Forge Components Ltd*",
                          "Belfast Aero Structures Ltd", "Kent Hydraulics Ltd*"],
    "Katharina Wimmer": ["Van Rijn Aandrijftechniek BV", "Eindhoven Mechatronics BV*",
                         "Gent Staalbouw NV", "Luxtool SARL*"],
    "Lukas Obermaier": ["Aalborg Gear A/S", "Nordfjord Hydraulikk AS*", "Västerås Verkstad AB",
                        "Tampere Koneistus Oy*"],
    "Claire Dubois": ["Atelier Mécanique Lyonnais", "Aéro Usinage Toulouse SAS*",
                      "Bretagne Décolletage SA", "Alsace Moules SAS*"],
    "Stefan Aigner": ["Officine Meccaniche Brescia SpA", "Torino Stampi Srl*",
                      "Mecanizados Bilbao SL", "Valencia Componentes SA*"],
    "Tomasz Nowak": ["Silesia Metal Sp. z o.o.", "Poznań Precyzja SA*", "Gdańsk Marine Parts",
                     "Rzeszów Aero Parts*"],
    "Veronika Huber": ["Brno Strojírna s.r.o.", "Plzeň Ozubení a.s.*",
                       "Žilina Auto Komponenty s.r.o."],
    "Stefan Moosbrugger": ["Győr Alkatrész Kft", "Debrecen Fémmegmunkáló Kft*",
                           "Ljubljana Orodja d.o.o.", "Maribor Precizna d.o.o.*"],
    "Petra Schwaiger": ["Timișoara Auto Parts SRL", "Cluj Mecanica SA*", "Plovdiv Machinery AD"],
    "Michael Eder": ["Bursa Otomotiv Parça AŞ*", "Kocaeli Hassas İşleme AŞ*", "İzmir Döküm AŞ"],
    "Florian Huber": ["Nordstern Automotive Group", "Kessler Antriebe Global*",
                      "Orion Powertrain Inc"],
    "Anna Lechner": ["Ohio Valley Machining Inc", "Carolina Aerospace Components LLC*",
                     "Great Lakes Gear Corp", "Texas Oilfield Tools Inc*"],
    "Ravi Menon": ["Pune Forge Components Pvt Ltd", "Chennai Precision Engineering Ltd*",
                   "Bangalore Aero Tech Pvt Ltd"],
    "Daniel Krämer": ["Querétaro Aeroespacial SA de CV*", "Monterrey Autopartes SA de CV",
                      "Usinagem Campinas Ltda"],
    "Felix Zellner": ["Suzhou Jingmi Precision Co Ltd", "Busan Marine Engines Co*",
                      "Ningbo Mould Tech Co Ltd"],
}


def rand_date(lo, hi):
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))


def machine_amount(product):
    lo, hi = MACHINES[product]
    return rng.randrange(lo // 500, hi // 500 + 1) * 500


rows = []
seq = [0]


def next_id():
    seq[0] += 1
    return "KW-%05d" % (24000 + seq[0] * 7 % 9000)


def add(seller, account, product, amount, close, stage, typ, prob="", term=""):
    rows.append(dict(id=next_id(), seller=seller, account=account,
                     name=f"{account} {product}", type=typ, product=product,
                     amount=f"{amount}.00", close_date=close.isoformat(), stage=stage,
                     split="1", probability=prob, term_months=term, cancel_date="",
                     currency="EUR"))
    return rows[-1]


for (sid, mgr, terr, role, start, end, q, n_won, mix, after) in ROSTER:
    lo = dt.date.fromisoformat(start) if start else FY_START
    hi = min(dt.date.fromisoformat(end), AS_OF) if end else AS_OF
    accts = [a.rstrip("*") for a in ACCOUNTS[sid]]
    fresh = {a.rstrip("*") for a in ACCOUNTS[sid] if a.endswith("*")}
    bought = set()
    # machines: won, lost, open
    won_dates = sorted(rand_date(lo, hi) for _ in range(n_won))
    for d in won_dates:
        product = SHORT[rng.choice(mix)]
        acct = rng.choice(accts)
        typ = "new" if acct in fresh and acct not in bought else "existing"
        bought.add(acct)
        add(sid, acct, product, machine_amount(product), d, "won", typ)
    for _ in range(rng.randint(3, 7)):
        product = SHORT[rng.choice(mix)]
        acct = rng.choice(accts)
        typ = "new" if acct in fresh and acct not in bought else "existing"
        add(sid, acct, product, machine_amount(product), rand_date(lo, hi), "lost", typ)
    if not end:
        for _ in range(rng.randint(3, 6)):
            product = SHORT[rng.choice(mix)]
            acct = rng.choice(accts)
            typ = "new" if acct in fresh and acct not in bought else "existing"
            prob = rng.choice(["0.7", "0.4", "0.4", "0.15"])
            add(sid, acct, product, machine_amount(product),
                rand_date(dt.date(2025, 5, 5), FY_END), "open", typ, prob)
    # aftersales: spare parts month by month, service contracts, retrofits
    m = dt.date(lo.year, lo.month, 1)
    while m <= hi:
        nxt = dt.date(m.year + (m.month == 12), m.month % 12 + 1, 1)
        last = min(nxt - dt.timedelta(days=1), hi)
        first = max(m, lo)
        for _ in range(rng.choice([1, 1, 2, 2, 3])):
            amt = int(rng.randrange(1200, 17000) * after)
            add(sid, rng.choice(accts), "Ersatzteile", amt, rand_date(first, last), "won",
                "existing")
        if rng.random() < 0.4 * after:
            term = rng.choice([12, 24, 36, 36, 48, 60])
            amt = int(rng.randrange(600, 1000) * term * after) // 10 * 10
            acct = rng.choice(accts)
            typ = "renewal" if rng.random() < 0.4 else ("new" if acct in fresh else "existing")
            add(sid, acct, "Servicevertrag", amt, rand_date(first, last), "won", typ,
                term=str(term))
        if rng.random() < 0.07 * after:
            amt = rng.randrange(45000, 160000) // 100 * 100
            add(sid, rng.choice(accts), "Retrofit", amt, rand_date(first, last), "won",
                "existing")
        if rng.random() < 0.35:
            product = rng.choice(["Servicevertrag", "Retrofit", "Ersatzteile"])
            amt = {"Servicevertrag": 36000, "Retrofit": 98000, "Ersatzteile": 14000}[product]
            add(sid, rng.choice(accts), product, amt + rng.randrange(0, 9000) // 10 * 10,
                rand_date(first, last), "lost", "existing",
                term="36" if product == "Servicevertrag" else "")
        m = nxt
    if not end:
        for _ in range(rng.randint(1, 3)):
            product = rng.choice(["Servicevertrag", "Retrofit", "Ersatzteile"])
            amt = {"Servicevertrag": 30000, "Retrofit": 90000, "Ersatzteile": 9000}[product]
            add(sid, rng.choice(accts), product, amt + rng.randrange(0, 12000) // 10 * 10,
                rand_date(dt.date(2025, 5, 12), dt.date(2025, 8, 29)), "open", "existing",
                rng.choice(["0.7", "0.4"]), term="24" if product == "Servicevertrag" else "")

# Rückzieher: a few won deals are cancelled by the customer after the order confirmation
for r in rows:
    close = dt.date.fromisoformat(r["close_date"])
    if r["stage"] == "won" and close <= dt.date(2025, 5, 9) and rng.random() < 0.05:
        cancel = close + dt.timedelta(days=rng.randrange(12, 260))
        if cancel <= AS_OF:
            r["stage"] = "cancelled"
            r["cancel_date"] = cancel.isoformat()

# FLEX split with the Key Account Manager Systeme
out = []
for r in rows:
    if (r["product"] == "Fertigungszelle FLEX" and r["seller"] != "Florian Huber"
            and r["stage"] in ("won", "cancelled")):
        out.append(dict(r, split="0.7"))
        out.append(dict(r, seller="Florian Huber", split="0.3"))
    else:
        out.append(r)

out.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(out)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:maschinen"])
    for (sid, mgr, terr, role, start, end, q, *_rest) in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(out), "deal lines;",
      {s: sum(1 for x in out if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
