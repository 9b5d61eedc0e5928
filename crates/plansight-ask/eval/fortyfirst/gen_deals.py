#!/usr/bin/env python3
"""Generate deals.csv and sellers.csv for the fortyfirst workspace (Van Aken Verpakkingen B.V.).

Synthetic, seeded (random.Random(4141)), standard library only. Plan year 2025 (calendar),
as-of 2025-10-31: no won or cancelled line closes after that date; open lines close in
November/December 2025. `amount` is the gross margin in EUR for Stretch Film, Corrugated and
Wrapping Machines lines, and the contract value in EUR for Service Contracts lines.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 10, 31)
rng = random.Random(4141)

# id, manager, territory, role, start, end, quota:margin override, margin pace factor, service factor
SELLERS = [
    ("Jeroen van der Berg", "Marieke Jansen", "Randstad", "Senior Account Manager", "", "", "", 1.35, 1.2),
    ("Sanne de Vries", "Marieke Jansen", "Randstad", "Account Manager", "", "", "", 0.95, 0.9),
    ("Pieter Bakker", "Marieke Jansen", "Randstad", "Account Manager", "", "", "", 0.62, 0.5),
    ("Femke van Dijk", "Marieke Jansen", "Randstad", "Account Manager", "", "", "", 1.08, 1.4),
    ("Jeroen Smits", "Bart Hendriks", "Zuid", "Account Manager", "", "", "", 0.85, 0.7),
    ("Lotte van den Heuvel", "Bart Hendriks", "Zuid", "Account Manager", "", "", "", 1.18, 0.8),
    ("Ruud Verhoeven", "Bart Hendriks", "Zuid", "Account Manager", "", "", "", 0.74, 1.1),
    ("Anouk de Graaf", "Bart Hendriks", "Zuid", "Account Manager", "2025-04-14", "", "", 0.7, 0.4),
    ("Wouter Claes", "Koen Peeters", "Vlaanderen", "Senior Account Manager", "", "", "70000.00", 1.6, 1.0),
    ("Els Janssens", "Koen Peeters", "Vlaanderen", "Account Manager", "", "", "", 0.9, 1.0),
    ("Sofie De Smet", "Koen Peeters", "Vlaanderen", "Account Manager", "", "", "", 1.02, 0.6),
    ("Thomas Vermeulen", "Koen Peeters", "Vlaanderen", "Account Manager", "2025-07-01", "", "", 0.45, 0.3),
]
QUOTAS = [55000, 60000, 50000, 65000]
QSTART = [dt.date(2025, 1, 1), dt.date(2025, 4, 1), dt.date(2025, 7, 1), dt.date(2025, 10, 1)]
QEND = [dt.date(2025, 3, 31), dt.date(2025, 6, 30), dt.date(2025, 9, 30), dt.date(2025, 10, 31)]

ACCOUNTS = {
    "Randstad": ["Koelhuis Westland", "Haarlem Bloemen Export", "Rotterdam Pick & Pack", "Maasvlakte Warehousing",
                 "Utrecht Webshop Fulfilment", "Delfland Kwekerij", "Amstel Zuivel", "Schiphol Cargo Services",
                 "Leidse Bakkerij Groep", "Gouda Kaashandel"],
    "Zuid": ["Brabant Bulk", "De Kempen Foods", "Koelhuis Moerdijk", "Venlo Fulfilment Center",
             "Betuwe Fruit", "Tilburg Textiel Logistiek", "Eindhoven Elektro Distributie", "Limburg Pallets",
             "Oss Vleeswaren", "Breda Brouwerij"],
    "Vlaanderen": ["Antwerp Cold Store", "Gentse Groenten", "Schelde Distributie", "Vlaamse Chocolade",
                   "Kortrijk Meubelen", "Leuven Brew Co", "Brugge Visverwerking", "Mechelen E-Commerce Hub",
                   "Hasselt Drankencentrale", "Aalst Papierwaren"],
}
MARGIN_PRODUCTS = [("Stretch Film", 0.42, 700, 4800), ("Corrugated", 0.40, 1500, 8500),
                   ("Wrapping Machines", 0.18, 8000, 26000)]
NAME_WORD = {"Stretch Film": "stretch film", "Corrugated": "dozen", "Wrapping Machines": "wikkelmachine",
             "Service Contracts": "servicecontract"}


def rand_date(a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def money(x):
    return f"{x:.2f}"


rows = []
counter = [0]


def new_id():
    counter[0] += 1
    return f"VA-25-{counter[0]:04d}"


def pick_product():
    r = rng.random()
    acc = 0.0
    for p, w, lo, hi in MARGIN_PRODUCTS:
        acc += w
        if r <= acc:
            return p, lo, hi
    return MARGIN_PRODUCTS[-1][0], MARGIN_PRODUCTS[-1][2], MARGIN_PRODUCTS[-1][3]


def add(seller, terr, accounts, known, product, amount, close, stage, term="", prob="", cancel=""):
    acct = rng.choice(accounts)
    if stage == "open":
        dtype = rng.choice(["new", "existing", "existing", "calloff"])
    elif acct in known:
        dtype = rng.choice(["existing", "calloff", "calloff"])
    else:
        dtype = "new"
    if stage in ("won", "cancelled"):
        known.add(acct)
    rows.append({
        "id": new_id(), "seller": seller, "account": acct,
        "name": f"{acct} {NAME_WORD[product]} {close.strftime('%b').lower()}",
        "type": dtype, "product": product, "amount": money(amount), "close_date": close.isoformat(),
        "stage": stage, "split": "1", "probability": prob, "term_months": term,
        "cancel_date": cancel, "currency": "EUR",
    })


for (sid, mgr, terr, role, start, end, qov, fac, sfac) in SELLERS:
    accounts = rng.sample(ACCOUNTS[terr], 6)
    known = set()
    s_start = dt.date.fromisoformat(start) if start else dt.date(2025, 1, 1)
    for q in range(4):
        a, b = max(QSTART[q], s_start), QEND[q]
        if a > b:
            continue
        quota = float(qov) if qov else QUOTAS[q]
        share = ((b - a).days + 1) / ((QEND[q] - QSTART[q]).days + 1) if q < 3 else 31 / 92
        if q == 3:
            share = share  # October only, before the as-of date
        qfac = fac * rng.uniform(0.8, 1.2)
        if a > QSTART[q]:
            share *= ((b - a).days + 1) / ((b - QSTART[q]).days + 1)
        target = quota * qfac * share
        got = 0.0
        while got < target:
            p, lo, hi = pick_product()
            amt = round(rng.uniform(lo, hi), 2)
            close = rand_date(a, b)
            r = rng.random()
            if r < 0.16:
                add(sid, terr, accounts, known, p, amt, close, "lost")
                continue
            if r < 0.20:
                cancel = close + dt.timedelta(days=rng.randint(20, 150))
                if cancel > AS_OF:
                    cancel = AS_OF
                add(sid, terr, accounts, known, p, amt, close, "cancelled", cancel=cancel.isoformat())
                got += amt
                continue
            add(sid, terr, accounts, known, p, amt, close, "won")
            got += amt
        # service contracts: a few per quarter
        for _ in range(max(0, round(sfac * 2.2 * share * rng.uniform(0.6, 1.4)))):
            term = rng.choice([12, 12, 24, 36, 36, 48])
            amt = round(rng.uniform(4000, 22000) * (term / 36) ** 0.5, 2)
            close = rand_date(a, b)
            stage = "won" if rng.random() > 0.15 else "lost"
            add(sid, terr, accounts, known, "Service Contracts", amt, close, stage, term=str(term))
    # open pipeline, November/December
    for _ in range(rng.randint(2, 5)):
        p, lo, hi = pick_product() if rng.random() > 0.25 else ("Service Contracts", 5000, 20000)
        amt = round(rng.uniform(lo, hi), 2)
        close = rand_date(dt.date(2025, 11, 3), dt.date(2025, 12, 19))
        add(sid, terr, accounts, known, p, amt, close, "open",
            term="36" if p == "Service Contracts" else "", prob=rng.choice(["0.25", "0.5", "0.5", "0.75"]))

rows.sort(key=lambda r: (r["seller"], r["close_date"], r["id"]))
cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage", "split",
        "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:margin"])
    for (sid, mgr, terr, role, start, end, qov, fac, sfac) in SELLERS:
        w.writerow([sid, sid, mgr, terr, role, start, end, qov])
print(len(rows), "lines")
