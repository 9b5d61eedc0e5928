#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredthirtythird workspace (Inniscarra Medical
Ltd, an invented Cork maker and distributor of surgical and diagnostic equipment selling to
hospitals in Ireland and the UK; plan year 1 October 2025 - 30 September 2026, EUR, MONTHLY
payouts). Standard library only; deterministic: every choice is an md5 hash of a key made of the
seller, the line of business and the opportunity's number (no clock, no random stream).
Run: python3 gen_deals.py

- 16 account managers under 3 regional sales managers (ROSTER below). Each account manager gets
  a fixed number of opportunities per line of business, scaled by their own strength:
    capital (the six capital products)           36 a year
    consumables (the three single-use products)  30 a year
    service (CareCover Service Agreement)        8 a year
  Every opportunity has a date in the plan year (hash of its key mod 365 days from 1 October
  2025), a product (hash, weighted), an amount (the product's range, rounded to EUR 50, times
  the seller's strength for that line), an account (a hospital of the seller's region).
- Stage: dated on or before AS OF (2026-06-19): won or lost by hash (capital about 52% won,
  consumables 62%, service 75%); dated in the 45 days before AS OF and hash mod 4 = 0: still
  open (overdue: the expected close has passed; probability 0.3 / 0.5 / 0.7 by hash). Dated after
  AS OF: open, probability 0.2 / 0.4 / 0.6 / 0.8 by hash, expected close = the date.
- Types: capital = new (a hospital or department new to Inniscarra), conversion (a competitor's
  kit swapped out) or replacement (our own end-of-life kit replaced); consumables = new or
  conversion; service = service.
- Splits (plan.md 3.4): a won or pulled Kinsale Ultrasound System of anyone but Orla Nolan (the
  Imaging Specialist) is two lines with one id, 70% to the seller, 30% to Orla Nolan; a won or
  pulled deal of Donal Murphy dated on or after Cian Walsh's start with hash mod 5 = 0 is a
  "shadow" deal, 50% / 50% with Cian Walsh.
- Pulled orders (cancelled): a won line dated on or before 2026-06-01 with hash mod 19 = 0 is
  cancelled, cancel_date = close + 12 + (hash mod 130) days, at the latest AS OF (plan.md 11: only
  orders pulled within 90 days of close are clawed back).
- Roster: Donal Murphy (Senior Account Manager) and Orla Nolan (Imaging Specialist) carry their
  own annual Capital Equipment quota. Cian Walsh joined on 2026-02-09 (nothing of his before);
  Hannah Blake left on 2026-04-30 (her lines after it: won and lost ones dropped, open ones
  handed to Tom Ashworth). Two account managers are called Niamh.
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2025, 10, 1)
AS_OF = dt.date(2026, 6, 19)
CANCEL_BY = dt.date(2026, 6, 1)

ROSTER = [
    # id, name, manager, territory, role, start, end, quota:capital, strength (capital, consumables)
    ("Donal Murphy", "Donal Murphy", "Siobhán Crowley", "Munster", "Senior Account Manager",
     "", "", "1600000.00", (1.45, 1.0)),
    ("Niamh Kearney", "Niamh Kearney", "Siobhán Crowley", "Munster", "Account Manager",
     "", "", "", (1.0, 1.25)),
    ("Pádraig Lynch", 'Pádraig "Paudie" Lynch', "Siobhán Crowley", "Munster", "Account Manager",
     "", "", "", (0.75, 0.9)),
    ("Aoife Barry", "Aoife Barry", "Siobhán Crowley", "Munster", "Account Manager",
     "", "", "", (1.3, 0.7)),
    ("Cian Walsh", "Cian Walsh", "Siobhán Crowley", "Munster", "Account Manager",
     "2026-02-09", "", "", (0.8, 0.8)),
    ("Gráinne Doyle", "Gráinne Doyle", "Declan Fitzgerald", "Leinster & Connacht",
     "Account Manager", "", "", "", (2.2, 1.1)),
    ("Eoin Brennan", "Eoin Brennan", "Declan Fitzgerald", "Leinster & Connacht",
     "Account Manager", "", "", "", (0.9, 1.0)),
    ("Orla Nolan", "Orla Nolan", "Declan Fitzgerald", "Leinster & Connacht",
     "Imaging Specialist", "", "", "900000.00", (0.55, 0.5)),
    ("Ronan Quinn", "Ronan Quinn", "Declan Fitzgerald", "Leinster & Connacht",
     "Account Manager", "", "", "", (0.6, 1.35)),
    ("Méabh Fahy", "Méabh Fahy", "Declan Fitzgerald", "Leinster & Connacht",
     "Account Manager", "", "", "", (1.1, 0.95)),
    ("Niamh O'Sullivan", "Niamh O'Sullivan", "Fiona McAllister", "UK & NI", "Account Manager",
     "", "", "", (1.2, 1.05)),
    ("Tom Ashworth", "Tom Ashworth", "Fiona McAllister", "UK & NI", "Account Manager",
     "", "", "", (1.05, 0.85)),
    ("Priya Chandran", "Priya Chandran", "Fiona McAllister", "UK & NI", "Account Manager",
     "", "", "", (1.05, 1.15)),
    ("Callum Reid", "Callum Reid", "Fiona McAllister", "UK & NI", "Account Manager",
     "", "", "", (0.7, 0.75)),
    ("Hannah Blake", "Hannah Blake", "Fiona McAllister", "UK & NI", "Account Manager",
     "", "2026-04-30", "", (1.0, 1.0)),
    ("Owen Pritchard", "Owen Pritchard", "Fiona McAllister", "UK & NI", "Account Manager",
     "", "", "", (0.6, 1.2)),
]
SELLERS = {r[0]: r for r in ROSTER}

HOSPITALS = {
    "Munster": [
        "Cork University Hospital", "Mercy University Hospital", "Bon Secours Hospital Cork",
        "South Infirmary Victoria University Hospital", "University Hospital Kerry",
        "University Hospital Limerick", "University Hospital Waterford", "Mallow General Hospital",
        "Bantry General Hospital", "Tipperary University Hospital",
    ],
    "Leinster & Connacht": [
        "St. James's Hospital", "Beaumont Hospital", "Mater Misericordiae University Hospital",
        "Tallaght University Hospital", "St. Vincent's University Hospital", "Blackrock Clinic",
        "Beacon Hospital", "University Hospital Galway", "Our Lady of Lourdes Hospital Drogheda",
        "Sligo University Hospital", "Midland Regional Hospital Tullamore",
    ],
    "UK & NI": [
        "Royal Victoria Hospital Belfast", "Altnagelvin Area Hospital", "Leeds General Infirmary",
        "Royal Liverpool University Hospital", "Manchester Royal Infirmary",
        "Queen Elizabeth Hospital Birmingham", "Glasgow Royal Infirmary", "Ninewells Hospital",
        "University Hospital of Wales", "Morriston Hospital", "Addenbrooke's Hospital",
        "Royal Devon and Exeter Hospital",
    ],
}

# product, line, low, high (EUR), weight
PRODUCTS = [
    ("Fastnet Operating Table", "capital", 45000, 95000, 3),
    ("Beara Endoscopy Tower", "capital", 80000, 210000, 2),
    ("Skellig Electrosurgical Unit", "capital", 18000, 40000, 4),
    ("Kinsale Ultrasound System", "capital", 55000, 160000, 2),
    ("Blarney Patient Monitor", "capital", 12000, 60000, 4),
    ("Dursey Haematology Analyser", "capital", 35000, 120000, 2),
    ("Mizen Single-Use Scope", "consumables", 4000, 25000, 3),
    ("Lee Suture Pack", "consumables", 3000, 18000, 4),
    ("Dursey Reagent Kit", "consumables", 5000, 30000, 3),
    ("CareCover Service Agreement", "service", 6000, 35000, 1),
]
PER_YEAR = {"capital": 36, "consumables": 30, "service": 8}
WIN = {"capital": 52, "consumables": 62, "service": 75}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def pick_product(line, x):
    choices = [p for p in PRODUCTS if p[1] == line]
    total = sum(p[4] for p in choices)
    k = x % total
    for p in choices:
        if k < p[4]:
            return p
        k -= p[4]
    raise AssertionError


rows = []
primary_ids = []
used = set()
for sid, name, mgr, terr, role, start, end, quota, strength in ROSTER:
    for line in ("capital", "consumables", "service"):
        scale = strength[0] if line == "capital" else strength[1] if line == "consumables" else 1
        n = PER_YEAR[line]
        for i in range(n):
            key = f"{sid}|{line}|{i}"
            x = h(key)
            date = START + dt.timedelta(days=x % 365)
            x //= 365
            product, _, lo, hi, _ = pick_product(line, x)
            x //= 97
            raw = lo + (x % 1000) / 999 * (hi - lo)
            x //= 1000
            amount = int(round(raw * scale / 50.0)) * 50
            hospitals = HOSPITALS[terr]
            account = hospitals[x % len(hospitals)]
            x //= 31
            if line == "capital":
                typ = ["new", "conversion", "replacement", "replacement"][x % 4]
            elif line == "consumables":
                typ = ["new", "new", "conversion"][x % 3]
            else:
                typ = "service"
            x //= 12
            prob, cancel = "", ""
            if date > AS_OF:
                stage = "open"
                prob = ["0.2", "0.4", "0.6", "0.8"][x % 4]
            elif (AS_OF - date).days <= 45 and x % 4 == 0:
                stage = "open"
                prob = ["0.3", "0.5", "0.7"][(x // 4) % 3]
            elif (x // 12) % 100 < WIN[line]:
                stage = "won"
            else:
                stage = "lost"
            x //= 700
            seller = sid
            if start and date < dt.date.fromisoformat(start):
                continue
            if end and date > dt.date.fromisoformat(end):
                if stage != "open":
                    continue
                seller = "Tom Ashworth"
            if stage == "won" and date <= CANCEL_BY and x % 19 == 0:
                stage = "cancelled"
                cancel = min(date + dt.timedelta(days=12 + (x // 19) % 130), AS_OF).isoformat()
            x //= 19 * 130
            num = 10000 + h("id|" + key) % 90000
            while num in used:  # a rare collision takes the next free number
                num += 1
            used.add(num)
            line_row = dict(id=f"INM-{num}", seller=seller, account=account,
                            name=f"{account} {product}", type=typ, product=product,
                            amount=f"{amount}.00", close_date=date.isoformat(), stage=stage,
                            split="1", probability=prob, cancel_date=cancel, currency="EUR")
            primary_ids.append(line_row["id"])
            partner = None
            if stage in ("won", "cancelled"):
                if product == "Kinsale Ultrasound System" and seller != "Orla Nolan":
                    partner, share = "Orla Nolan", ("0.7", "0.3")
                elif (seller == "Donal Murphy" and x % 5 == 0
                      and date >= dt.date.fromisoformat(SELLERS["Cian Walsh"][5])):
                    partner, share = "Cian Walsh", ("0.5", "0.5")
            if partner:
                line_row["split"] = share[0]
                rows.append(line_row)
                rows.append(dict(line_row, seller=partner, split=share[1]))
            else:
                rows.append(line_row)

assert len(primary_ids) == len(set(primary_ids)), "duplicate deal ids"
rows.sort(key=lambda r: (r["seller"], r["close_date"], r["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:capital"])
    for sid, name, mgr, terr, role, start, end, quota, _ in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, end, quota])
print(len(rows), "deal lines;",
      {s: sum(1 for r in rows if r["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
