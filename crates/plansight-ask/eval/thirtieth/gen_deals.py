#!/usr/bin/env python3
"""Generate deals.csv and sellers.csv for the thirtieth evaluation workspace.

Rheinwerk Antriebstechnik GmbH, Vertriebsingenieure, Geschaeftsjahr 2024/25
(1 October 2024 - 30 September 2025), written as of 2025-08-31.

Standard library only; deterministic (seeded). Run: python3 gen_deals.py
Writes deals.csv and sellers.csv next to this file.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(30)

PLAN_START = dt.date(2024, 10, 1)
AS_OF = dt.date(2025, 8, 31)
QUARTERS = [  # (first day, last day, plan quota of order intake)
    (dt.date(2024, 10, 1), dt.date(2024, 12, 31), 420000),
    (dt.date(2025, 1, 1), dt.date(2025, 3, 31), 380000),
    (dt.date(2025, 4, 1), dt.date(2025, 6, 30), 450000),
    (dt.date(2025, 7, 1), dt.date(2025, 9, 30), 450000),
]

# manager, territory
TEAMS = {
    "Heike Vossberg": "Nord",
    "Markus Aigner": "Süd",
    "Reto Kälin": "AT-CH",
}

# seller, manager, start, quota override, order-intake attainment aimed at per quarter
# (Q4 only up to the as-of date), service credit aimed at for the year to date
SELLERS = [
    ("Alexander Brenneke", "Heike Vossberg", None, None, [0.95, 1.10, 0.88, 0.55], 120000),
    ("Stefanie Lührs", "Heike Vossberg", None, None, [1.25, 1.04, 1.38, 0.82], 175000),
    ("Mehmet Yilmaz", "Heike Vossberg", None, None, [0.44, 0.70, 0.61, 0.31], 95000),
    ("Jörg Thiessen", "Heike Vossberg", None, 500000, [1.45, 1.20, 1.58, 0.93], 210000),
    ("Katarzyna Nowak", "Heike Vossberg", None, None, [0.80, 0.97, 1.03, 0.68], 140000),
    ("Sebastian Huber", "Markus Aigner", None, None, [1.70, 1.35, 1.90, 1.10], 150000),
    ("Stefan Kowalczyk", "Markus Aigner", None, None, [1.02, 0.90, 1.16, 0.46], 165000),
    ("Elif Aydin", "Markus Aigner", None, None, [0.85, 1.12, 0.97, 0.74], 110000),
    ("Franziska Oberhofer", "Markus Aigner", None, None, [0.60, 0.52, 0.78, 0.40], 85000),
    ("Lukas Brandstätter", "Markus Aigner", dt.date(2025, 2, 17), None, [0, 0.22, 0.56, 0.36], 30000),
    ("Alexander Wimmer", "Reto Kälin", None, None, [1.08, 0.76, 1.25, 0.62], 130000),
    ("Martina Gruber", "Reto Kälin", None, None, [0.92, 1.31, 0.70, 0.85], 160000),
    ("Urs Brunner", "Reto Kälin", None, None, [1.15, 1.40, 1.05, 1.02], 190000),
    ("Lea Bachmann", "Reto Kälin", dt.date(2025, 7, 1), None, [0, 0, 0, 0.24], 12000),
]

ACCOUNTS = {
    "Alexander Brenneke": ["Hallerbach Maschinenbau", "Nordkran Hebetechnik", "Weserpack Verpackungsanlagen", "Stader Werkzeugbau", "Friesland Molkereitechnik"],
    "Stefanie Lührs": ["Voigt Verpackungstechnik", "Hansewerft Systeme", "Elbtal Druckmaschinen", "Lüneburger Fördertechnik", "Kieler Kunststoffmaschinen"],
    "Mehmet Yilmaz": ["Ruhrstahl Walzwerke", "Bochumer Förderanlagen", "Emscher Recyclingtechnik", "Dortmunder Abfülltechnik"],
    "Jörg Thiessen": ["Krohne-Dietz Anlagenbau", "Weser Robotics", "Osnabrücker Landmaschinen", "Bielefelder Holztechnik", "Harzer Glasmaschinen", "Wolfsburger Karosserietechnik"],
    "Katarzyna Nowak": ["Lausitzer Textilmaschinen", "Magdeburger Pressenbau", "Sachsenring Automation", "Oderland Lebensmitteltechnik"],
    "Sebastian Huber": ["Steinmetz Kunststofftechnik", "Allgäuer Käsereitechnik", "Isartal Verpackung", "Chiemgau Sondermaschinen", "Ingolstädter Montagetechnik", "Donauwörther Fräswerke"],
    "Stefan Kowalczyk": ["Schwäbische Drehteile", "Neckar Präzisionswerkzeuge", "Remstal Lackieranlagen", "Heilbronner Abfüllsysteme", "Ulmer Intralogistik"],
    "Elif Aydin": ["Pforzheimer Stanztechnik", "Karlsruher Prüfsysteme", "Murgtal Papiermaschinen", "Ortenau Holzbearbeitung"],
    "Franziska Oberhofer": ["Passauer Glastechnik", "Regensburger Spritzguss", "Bayerwald Sägewerkstechnik", "Rottaler Mühlenbau"],
    "Lukas Brandstätter": ["Augsburger Webmaschinen", "Lechfeld Automation", "Memminger Kältetechnik"],
    "Alexander Wimmer": ["Donautal Anlagenbau", "Linzer Stahlbau", "Welser Fördersysteme", "Steyrer Antriebskomponenten", "Innviertel Holzindustrie"],
    "Martina Gruber": ["Grazer Fahrzeugtechnik", "Murtal Papier", "Kärntner Sägewerke", "Wiener Neustädter Gießerei"],
    "Urs Brunner": ["Alpenfräs AG", "Zürcher Präzisionsmechanik", "Thurgauer Verpackungs AG", "Limmat Robotik", "Bündner Seilbahntechnik"],
    "Lea Bachmann": ["Berner Uhrenautomation", "Aargauer Kunststoff AG", "Luzerner Getränketechnik"],
}
# accounts that were not customers before the plan year: their first order is a new logo
NEW_LOGOS = {
    "Friesland Molkereitechnik", "Kieler Kunststoffmaschinen", "Emscher Recyclingtechnik",
    "Wolfsburger Karosserietechnik", "Harzer Glasmaschinen", "Oderland Lebensmitteltechnik",
    "Donauwörther Fräswerke", "Chiemgau Sondermaschinen", "Ulmer Intralogistik",
    "Ortenau Holzbearbeitung", "Rottaler Mühlenbau", "Augsburger Webmaschinen",
    "Lechfeld Automation", "Memminger Kältetechnik", "Innviertel Holzindustrie",
    "Kärntner Sägewerke", "Bündner Seilbahntechnik", "Limmat Robotik",
    "Berner Uhrenautomation", "Aargauer Kunststoff AG", "Luzerner Getränketechnik",
}
# accounts with a framework agreement (Rahmenvertrag) whose orders are call-offs (Abrufe)
FRAMEWORK = {
    "Hallerbach Maschinenbau", "Voigt Verpackungstechnik", "Krohne-Dietz Anlagenbau",
    "Weser Robotics", "Steinmetz Kunststofftechnik", "Schwäbische Drehteile",
    "Donautal Anlagenbau", "Alpenfräs AG", "Grazer Fahrzeugtechnik", "Sachsenring Automation",
}

PRODUCTS = [  # product, weight, low, high, what the deal name says
    ("Servo Drives", 35, 18000, 165000, ["Servoachsen", "Servo-Retrofit", "Servoantriebe"]),
    ("Frequency Inverters", 20, 9000, 85000, ["Umrichterpaket", "FU-Tausch", "Umrichter"]),
    ("PLC Systems", 27, 22000, 190000, ["SPS-Steuerung", "Steuerungsmodernisierung", "SPS-Paket"]),
    ("Motion Software", 18, 8000, 60000, ["Motion-Lizenzen", "Kurvenscheiben-Software", "Motion-Paket"]),
]
LINES = ["Linie 1", "Linie 2", "Linie 3", "Halle B", "Werk 2", "Montagezelle", "Prüfstand", "Neubau"]


def money(x):
    return f"{x:.2f}"


def rand_date(a, b):
    return a + dt.timedelta(days=RNG.randint(0, (b - a).days))


def round_amount(x):
    return round(x / 50.0) * 50


def main():
    lines = []  # dicts
    for name, manager, start, qov, aims, service_aim in SELLERS:
        accounts = ACCOUNTS[name]
        won_at = set()
        for qi, (qa, qb, quota) in enumerate(QUARTERS):
            aim = aims[qi]
            if aim <= 0:
                continue
            a = max(qa, start) if start else qa
            b = min(qb, AS_OF)
            q = qov or quota
            # prorated quota in a partly active quarter
            active = (qb - a).days + 1
            q = q * active / ((qb - qa).days + 1)
            target = aim * q
            total = 0.0
            guard = 0
            while total < target * 0.97 and guard < 60:
                guard += 1
                prod, _, lo, hi, words = RNG.choices(PRODUCTS, weights=[p[1] for p in PRODUCTS])[0]
                acct = RNG.choice(accounts)
                amount = round_amount(RNG.uniform(lo, hi))
                if total + amount > target * 1.03:
                    amount = round_amount(target - total)
                    if amount < 5000:
                        break
                term = ""
                if acct in FRAMEWORK and acct not in won_at and RNG.random() < 0.6 and amount > 60000:
                    dtype = "expansion"
                    term = str(RNG.choice([24, 36]))
                    label = "Rahmenvertrag"
                elif acct in FRAMEWORK and acct in won_at:
                    dtype = "call-off"
                    label = "Abruf " + RNG.choice(words)
                elif acct in NEW_LOGOS and acct not in won_at:
                    dtype = "new"
                    label = "Erstauftrag " + RNG.choice(words)
                else:
                    dtype = "expansion"
                    label = RNG.choice(words)
                won_at.add(acct)
                lines.append(dict(seller=name, amount=amount, close=rand_date(a, b), stage="won",
                                  type=dtype, product=prod, account=acct, term=term,
                                  name=f"{acct.split()[0]} – {label} {RNG.choice(LINES)}"))
                total += amount
        # service contracts
        total = 0.0
        a = start or PLAN_START
        while total < service_aim * 0.97:
            acct = RNG.choice(accounts)
            amount = round_amount(RNG.uniform(6000, 42000))
            if total + amount > service_aim * 1.03:
                amount = round_amount(service_aim - total)
                if amount < 3000:
                    break
            term = str(RNG.choice([12, 12, 24, 36]))
            lines.append(dict(seller=name, amount=amount, close=rand_date(a, AS_OF), stage="won",
                              type="expansion" if acct in won_at else "new", product="Service Contract",
                              account=acct, term=term,
                              name=f"{acct.split()[0]} – Wartungsvertrag {term} Monate"))
            total += amount
        # lost opportunities
        for _ in range(RNG.randint(3, 7)):
            prod, _, lo, hi, words = RNG.choices(PRODUCTS, weights=[p[1] for p in PRODUCTS])[0]
            acct = RNG.choice(accounts)
            lines.append(dict(seller=name, amount=round_amount(RNG.uniform(lo, hi)),
                              close=rand_date(a, AS_OF), stage="lost", type="new" if acct in NEW_LOGOS else "expansion",
                              product=prod, account=acct, term="",
                              name=f"{acct.split()[0]} – {RNG.choice(words)} (verloren)"))
        # open pipeline, expected in September 2025 (a few in the next year)
        for _ in range(RNG.randint(2, 5)):
            prod, _, lo, hi, words = RNG.choices(PRODUCTS, weights=[p[1] for p in PRODUCTS])[0]
            acct = RNG.choice(accounts)
            close = rand_date(dt.date(2025, 9, 1), dt.date(2025, 9, 30)) if RNG.random() < 0.8 \
                else rand_date(dt.date(2025, 10, 1), dt.date(2025, 11, 28))
            dtype = "call-off" if acct in FRAMEWORK and acct in won_at else (
                "new" if acct in NEW_LOGOS and acct not in won_at else "expansion")
            lines.append(dict(seller=name, amount=round_amount(RNG.uniform(lo, hi)), close=close,
                              stage="open", type=dtype, product=prod, account=acct, term="",
                              probability=RNG.choice(["0.25", "0.4", "0.5", "0.6", "0.75", "0.9"]),
                              name=f"{acct.split()[0]} – {RNG.choice(words)} (Angebot)"))

    # cancellations (Stornierungen): a few won order-intake lines, some inside the 180-day
    # clawback window and some after it
    won = [l for l in lines if l["stage"] == "won" and l["product"] != "Service Contract"]
    # (orders late in a quarter, after its Zuendpunkt was crossed, so that most carry money)
    early = [l for l in won if l["close"].month in (12, 3)]
    late = [l for l in won if l["close"].month == 6 or dt.date(2025, 8, 1) <= l["close"] <= dt.date(2025, 8, 15)]
    picks = [(l, d) for l, d in zip(RNG.sample(early, 8), [40, 75, 110, 150, 172, 195, 230, 260])]
    picks += [(l, d) for l, d in zip(RNG.sample(late, 4), [12, 25, 33, 60])]
    for l, days in picks:
        cancel = l["close"] + dt.timedelta(days=days)
        if cancel > AS_OF:
            continue
        l["stage"] = "cancelled"
        l["cancel"] = cancel

    # co-selling: a few Nord/AT-CH call-offs shared 60/40 (the same id, two lines)
    lines.sort(key=lambda l: (l["close"], l["seller"], l["amount"]))
    out = []
    n = 10400
    for l in lines:
        n += RNG.randint(1, 9)
        l["id"] = f"RW-{n}"
        out.append(l)
    shared = [l for l in out if l["stage"] == "won" and l["type"] == "call-off"
              and l["seller"] in ("Jörg Thiessen", "Stefanie Lührs") and l["amount"] > 50000][:3]
    partner = {"Jörg Thiessen": "Alexander Wimmer", "Stefanie Lührs": "Urs Brunner"}
    extra = []
    for l in shared:
        l["split"] = "0.6"
        m = dict(l)
        m["seller"] = partner[l["seller"]]
        m["split"] = "0.4"
        extra.append(m)
    out += extra
    out.sort(key=lambda l: (l["id"], l.get("split", "1") != "0.6"))

    with open(os.path.join(HERE, "deals.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "seller", "amount", "close_date", "stage", "type", "product", "split",
                    "probability", "term_months", "cancel_date", "account", "name", "currency"])
        for l in out:
            w.writerow([l["id"], l["seller"], money(l["amount"]), l["close"].isoformat(), l["stage"],
                        l["type"], l["product"], l.get("split", ""), l.get("probability", ""),
                        l["term"], l["cancel"].isoformat() if "cancel" in l else "",
                        l["account"], l["name"], "EUR"])

    with open(os.path.join(HERE, "sellers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "start_date", "end_date", "quota:order_intake", "manager", "territory"])
        for name, manager, start, qov, _, _ in SELLERS:
            w.writerow([name, start.isoformat() if start else "", "",
                        money(qov) if qov else "", manager, TEAMS[manager]])


if __name__ == "__main__":
    main()
