#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredseventyfirst workspace (Kronvik Systems AB,
an invented Swedish/Danish industrial-software company selling software licences and KronCare
service agreements to process industry across the Nordics; plan year 1 January - 31 December
2025, EUR, QUARTERLY payouts). Standard library only; deterministic (one random.Random with a
fixed seed, no clock). Run: python3 gen_deals.py

- 15 Key Account Managers (KAMs) under 3 country managers: Sverige, Danmark, Norge-Finland.
  Jörgen Ek is the Senior KAM (own quarterly licence quota, 300,000). Lars-Erik Wallin joined on
  2025-06-02 (nothing of his before). Jens Østergaard left on 2025-08-31 (nothing of his after).
  Two KAMs are called Anders (Anders Holm, Sverige; Anders Bech, Danmark).
- Licence opportunities every month of 2025 for every KAM: Kronvik MES, Kronvik SCADA, Kronvik
  Historian, Kronvik EdgeLink; type "new" (a new customer) or "expansion" ("mersälj"); amounts
  in whole hundreds of euro scaled by the KAM's strength. A won "new" licence often brings a
  KronCare service agreement (type "new", 12, 24 or 36 months, about 15% of the licence a year).
  Renewals of KronCare agreements come through the year (type "renewal").
- AS OF = 2025-11-14. An opportunity closing on or before it is won or lost; one closing after
  it is open, with a probability of 0.3, 0.5 or 0.7.
- Cancellations ("hävning"): a won deal closed on or before 2025-10-31 is cancelled with
  probability 0.045, cancel_date = close + 10..150 days, at the latest the as-of date (plan.md
  section 11: only cancellations within 90 days of close are clawed back).
- Öresund deals (plan.md 3.4): deals of Søren Mikkelsen at Øresund Dairy Group and of Mette
  Kjærgaard at Helsingborg-Helsingør Færger are two lines with the same id, 50% / 50% with the
  Swedish partner (Åsa Lindqvist and Karin Sjöberg).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 11, 14)
YEAR_START = dt.date(2025, 1, 1)
YEAR_END = dt.date(2025, 12, 31)
CANCEL_BY = dt.date(2025, 10, 31)
rng = random.Random(271)

SE = ["Norrbotten Stål AB", "Vänerbruket Papper AB", "Skellefteå Batteri AB",
      "Karlstad Kartong AB", "Göteborg Hamnkranar AB", "Sundsvall Massa AB",
      "Jönköping Gjuteri AB", "Luleå Malm AB", "Västerås Kraftvärme AB", "Borlänge Valsverk AB",
      "Gävle Kemi AB", "Örebro Livsmedel AB"]
DK = ["Aalborg Cement A/S", "Fyn Foods A/S", "Esbjerg Offshore Service A/S",
      "Kalundborg Enzym A/S", "Vejle Vindstål A/S", "Randers Bryggeri A/S", "Horsens Plast A/S",
      "Odense Havneværft A/S", "Billund Formstøbning A/S", "Herning Tekstil A/S",
      "Fredericia Raffinaderi A/S", "Skive Mejeri A/S"]
NF = ["Bergen Aluminium AS", "Trondheim Laks AS", "Mo i Rana Smelteverk AS",
      "Stavanger Subsea AS", "Porsgrunn Gjødsel AS", "Hammerfest LNG Drift AS", "Tampere Pulp Oy",
      "Oulu Mining Oy", "Kokkola Kemia Oy", "Raahe Teräs Oy", "Lahti Lasi Oy", "Kemi Sellu Oy"]
ORESUND = {"Søren Mikkelsen": ("Øresund Dairy Group", "Åsa Lindqvist"),
           "Mette Kjærgaard": ("Helsingborg-Helsingør Færger", "Karin Sjöberg")}

ROSTER = [
    # id, manager, territory, role, start, end, licence quota, strength, service strength
    ("Åsa Lindqvist", "Camilla Engström", "Sverige", "Key Account Manager", "", "", "", 1.15, 1.3),
    ("Jörgen Ek", "Camilla Engström", "Sverige", "Senior Key Account Manager", "", "", "300000.00", 1.55, 1.0),
    ("Karin Sjöberg", "Camilla Engström", "Sverige", "Key Account Manager", "", "", "", 0.95, 0.9),
    ("Anders Holm", "Camilla Engström", "Sverige", "Key Account Manager", "", "", "", 0.7, 0.8),
    ("Lars-Erik Wallin", "Camilla Engström", "Sverige", "Key Account Manager", "2025-06-02", "", "", 0.8, 0.6),
    ("Søren Mikkelsen", "Henrik Lauridsen", "Danmark", "Key Account Manager", "", "", "", 1.25, 1.0),
    ("Mette Kjærgaard", "Henrik Lauridsen", "Danmark", "Key Account Manager", "", "", "", 0.9, 1.6),
    ("Anders Bech", "Henrik Lauridsen", "Danmark", "Key Account Manager", "", "", "", 1.0, 0.9),
    ("Sofie Brandt", "Henrik Lauridsen", "Danmark", "Key Account Manager", "", "", "", 0.55, 0.7),
    ("Jens Østergaard", "Henrik Lauridsen", "Danmark", "Key Account Manager", "", "2025-08-31", "", 0.9, 0.9),
    ("Bjørn Halvorsen", "Kristoffer Aas", "Norge-Finland", "Key Account Manager", "", "", "", 1.3, 1.1),
    ("Ingrid Solberg", "Kristoffer Aas", "Norge-Finland", "Key Account Manager", "", "", "", 0.95, 1.2),
    ("Päivi Virtanen", "Kristoffer Aas", "Norge-Finland", "Key Account Manager", "", "", "", 1.1, 0.8),
    ("Eero Mäkinen", "Kristoffer Aas", "Norge-Finland", "Key Account Manager", "", "", "", 0.6, 0.7),
    ("Sigrid Haugen", "Kristoffer Aas", "Norge-Finland", "Key Account Manager", "", "", "", 0.85, 1.0),
]
COUNTRY = {"Sverige": SE, "Danmark": DK, "Norge-Finland": NF}
LICENCES = [  # product, weight, low, high (euro)
    ("Kronvik MES", 10, 50000, 120000),
    ("Kronvik SCADA", 35, 18000, 60000),
    ("Kronvik Historian", 30, 7000, 26000),
    ("Kronvik EdgeLink", 25, 2500, 10000),
]


def pick_licence():
    r = rng.randrange(100)
    for product, weight, lo, hi in LICENCES:
        if r < weight:
            return product, lo, hi
        r -= weight
    raise AssertionError


def day_in(month):
    first = dt.date(2025, month, 1)
    nxt = dt.date(2025 + month // 12, month % 12 + 1, 1)
    return first + dt.timedelta(days=rng.randrange((nxt - first).days))


def hundreds(x):
    return int(round(x / 100.0)) * 100


opps = []  # (seller, account, type, product, amount, close, term, won_if_closed)
for sid, mgr, terr, role, start, end, q, strength, svc in ROSTER:
    accounts = sorted(rng.sample(COUNTRY[terr], 5))
    if sid in ORESUND:
        accounts.append(ORESUND[sid][0])
    for month in range(1, 13):
        for _ in range(rng.randint(2, 5)):
            product, lo, hi = pick_licence()
            amount = hundreds(rng.uniform(lo, hi) * (0.75 + 0.25 * strength))
            typ = "new" if rng.random() < 0.35 else "expansion"
            close = day_in(month)
            won = rng.random() < 0.38 + 0.12 * strength
            account = rng.choice(accounts)
            opps.append([sid, account, typ, product, amount, close, "", won])
            if won and typ == "new" and rng.random() < 0.55:
                term = rng.choice([12, 24, 36])
                care = "KronCare Premium" if rng.random() < 0.35 else "KronCare Standard"
                annual = amount * rng.uniform(0.12, 0.18) * (1.3 if care == "KronCare Premium" else 1.0)
                opps.append([sid, account, "new", care, hundreds(annual * term / 12),
                             close + dt.timedelta(days=rng.randrange(0, 12)), str(term), True])
        for _ in range(rng.choice([0, 1, 1, 1, 2, 2])):
            care = "KronCare Premium" if rng.random() < 0.3 else "KronCare Standard"
            term = rng.choice([12, 12, 24, 36])
            annual = rng.uniform(3000, 12000) * svc * (1.4 if care == "KronCare Premium" else 1.0)
            opps.append([sid, rng.choice(accounts), "renewal", care, hundreds(annual * term / 12),
                         day_in(month), str(term), rng.random() < 0.82])

ROLE = {r[0]: r for r in ROSTER}
rows = []
seq = 24000
for sid, account, typ, product, amount, close, term, won in opps:
    seq += rng.randint(1, 9)
    start, end = ROLE[sid][4], ROLE[sid][5]
    if start and close < dt.date.fromisoformat(start):
        continue
    if end and close > dt.date.fromisoformat(end):
        continue
    if close > YEAR_END:
        continue
    prob, cancel = "", ""
    if close <= AS_OF:
        stage = "won" if won else "lost"
    else:
        stage = "open"
        prob = rng.choice(["0.3", "0.5", "0.5", "0.7"])
    if stage == "won" and close <= CANCEL_BY and rng.random() < 0.045:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=rng.randint(10, 150)), AS_OF).isoformat()
    line = dict(id=f"KV-{seq}", seller=sid, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                stage=stage, split="1", probability=prob, term_months=term,
                cancel_date=cancel, currency="EUR")
    if sid in ORESUND and account == ORESUND[sid][0] and stage in ("won", "cancelled", "open"):
        line["split"] = "0.5"
        rows.append(line)
        rows.append(dict(line, seller=ORESUND[sid][1]))
    else:
        rows.append(line)

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
                "quota:licence"])
    for sid, mgr, terr, role, start, end, q, _, _ in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
