#!/usr/bin/env python3
"""Generate deals.csv and sellers.csv for the thirtyninth workspace (Southern Cellars Trading).

Synthetic, deterministic (seed 39). Amounts are the gross profit (GP) of each order or
supply agreement in AUD. Deal types: new-venue (first order from a venue or bottle shop we
had not supplied), reorder (an existing account), pouring-rights (a supply / tap agreement).
Won deals close 2025-07-01 .. 2026-04-24 (as of 2026-04-24); open deals close May-June 2026.
"""
import csv
import random
from datetime import date, timedelta

random.seed(39)

SELLERS = [
    # id, territory, manager, start_date, perf, quota override
    ("David Costa", "Sydney Metro", "Kylie Brennan", "", 1.25, ""),
    ("Mei Lin Chen", "Sydney Metro", "Kylie Brennan", "", 1.05, ""),
    ("Tomasz Nowak", "Sydney Metro", "Kylie Brennan", "", 0.85, ""),
    ("Aaliyah Haddad", "Sydney Metro", "Kylie Brennan", "", 1.12, ""),
    ("Daniel Okafor", "Sydney Metro", "Kylie Brennan", "", 0.95, ""),
    ("Sharon Whitfield", "Regional NSW", "Greg Papadakis", "", 1.0, ""),
    ("Robert McAllister", "Regional NSW", "Greg Papadakis", "", 0.8, "22000.00"),
    ("Daniel Kurtz", "Regional NSW", "Greg Papadakis", "", 0.9, ""),
    ("Hemi Walker", "Regional NSW", "Greg Papadakis", "", 1.08, ""),
    ("Lachlan Burke", "Melbourne", "Anjali Desai", "", 1.18, ""),
    ("Giulia Romano", "Melbourne", "Anjali Desai", "", 0.98, ""),
    ("Sione Taufa", "Melbourne", "Anjali Desai", "", 0.88, ""),
    ("Jess Nguyen", "Melbourne", "Anjali Desai", "2026-02-02", 0.55, ""),
]

PRODUCTS = ["Shiraz", "Sparkling", "Craft Gin", "RTDs", "Pinot Noir", "Whisky"]
PWEIGHT = [30, 18, 16, 14, 12, 10]

VENUES = {
    "Sydney Metro": [
        "The Paddington Arms", "Coogee Pavilion Bar", "Surry Hills Wine Room", "Harbourside Social Club",
        "Marrickville Bowlo", "Newtown Cellars", "Balmain Bottle Shop", "Manly Wharf Hotel",
        "Parramatta Leagues Club", "The Glebe Tavern", "Chatswood Liquor Barn", "Bondi Beach Bottle-O",
    ],
    "Regional NSW": [
        "Wagga RSL Club", "Orange Wine Bar", "Dubbo Commercial Hotel", "Tamworth Bottle-O",
        "Bathurst Railway Hotel", "Albury Cellar Door", "Byron Bay Brewhouse", "Port Macquarie Golf Club",
        "Mudgee Liquor Store", "Newcastle Customs House",
    ],
    "Melbourne": [
        "Fitzroy Laneway Bar", "St Kilda Esplanade Hotel", "Carlton Wine Store", "Brunswick Social",
        "Richmond Club Hotel", "South Yarra Cellars", "Footscray Bottle-O", "Collingwood Cocktail Lounge",
        "Geelong Waterfront Bistro", "Williamstown Yacht Club",
    ],
}

SEASON = [0.95, 0.9, 1.0, 1.05, 1.2, 1.55, 1.0, 0.85, 1.0, 1.0, 1.05, 1.1]  # Jul..Jun
MONTH_START = [date(2025, 7, 1)] + [None] * 11
for i in range(1, 12):
    y, m = (2025, 7 + i) if 7 + i <= 12 else (2026, 7 + i - 12)
    MONTH_START[i] = date(y, m, 1)
AS_OF = date(2026, 4, 24)


def month_days(i):
    s = MONTH_START[i]
    e = MONTH_START[i + 1] if i < 11 else date(2026, 7, 1)
    return (e - s).days


def rand_date(i, last=None):
    d = MONTH_START[i] + timedelta(days=random.randrange(month_days(i)))
    if last and d > last:
        d = last
    return d


rows = []
n = 10000
for sid, terr, mgr, start, perf, q in SELLERS:
    venues = VENUES[terr]
    start_d = date.fromisoformat(start) if start else date(2025, 7, 1)
    supplied = set(random.sample(venues, 4))
    for i in range(12):
        if MONTH_START[i] > AS_OF:
            break
        if MONTH_START[i] + timedelta(days=month_days(i) - 1) < start_d:
            continue
        target = 26500 * SEASON[i] * perf * random.uniform(0.7, 1.3)
        if sid == "Tomasz Nowak" and i in (7, 8):
            target *= 0.45  # a flat Feb-Mar
        total = 0.0
        while total < target:
            n += 1
            r = random.random()
            if r < 0.08:
                typ, amt = "pouring-rights", random.uniform(6000, 16000)
            elif r < 0.33:
                typ, amt = "new-venue", random.uniform(900, 6500)
            else:
                typ, amt = "reorder", random.uniform(500, 5000)
            acct = random.choice(venues)
            if typ == "reorder" and supplied:
                acct = random.choice(sorted(supplied))
            supplied.add(acct)
            prod = random.choices(PRODUCTS, PWEIGHT)[0]
            cd = rand_date(i, date(2026, 4, 24))
            if cd < start_d:
                cd = start_d + timedelta(days=random.randrange(5))
            amt = round(amt, 2)
            stage, cancel, prob = "won", "", ""
            x = random.random()
            if x < 0.12:
                stage = "lost"
            elif x < 0.135 and cd < date(2026, 3, 1):
                stage = "cancelled"
                cancel = (cd + timedelta(days=random.choice([14, 30, 45, 55, 75, 95]))).isoformat()
            if stage != "lost":
                total += amt
            rows.append([f"SC-{n}", sid, f"{amt:.2f}", cd.isoformat(), stage, typ, prod, "1", prob, acct, cancel])
    # open pipeline, May-June 2026
    for k in range(random.randint(3, 6)):
        n += 1
        typ = random.choices(["new-venue", "reorder", "pouring-rights"], [4, 4, 2])[0]
        amt = random.uniform(6000, 15000) if typ == "pouring-rights" else random.uniform(1000, 6000)
        cd = rand_date(random.choice([10, 11]))
        prob = random.choice(["0.3", "0.5", "0.7"])
        rows.append([f"SC-{n}", sid, f"{amt:.2f}", cd.isoformat(), "open", typ,
                     random.choices(PRODUCTS, PWEIGHT)[0], "1", prob, random.choice(venues), ""])

# a co-sold pouring-rights agreement: Sydney Metro, split between Davo and Aaliyah
rows.append(["SC-20001", "David Costa", "14000.00", "2026-03-18", "won", "pouring-rights", "Sparkling", "0.5", "", "Harbourside Social Club", ""])
rows.append(["SC-20001", "Aaliyah Haddad", "14000.00", "2026-03-18", "won", "pouring-rights", "Sparkling", "0.5", "", "Harbourside Social Club", ""])

rows.sort(key=lambda r: (r[3] or "9999", r[0], r[1]))
with open("deals.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "seller", "amount", "close_date", "stage", "type", "product", "split", "probability", "account", "cancel_date"])
    w.writerows(rows)

with open("sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "quota:gp"])
    for sid, terr, mgr, start, perf, q in SELLERS:
        w.writerow([sid, sid, mgr, terr, "Territory Rep", start, q])
