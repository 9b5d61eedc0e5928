#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredsixtysixth workspace: Hartwell Implement
Group, an invented US Midwest agricultural equipment dealership group (four stores: Ames IA,
Carroll IA, Norfolk NE, Galesburg IL) selling tractors, combines, headers, planters, sprayers,
Parts & Service Contracts and Precision Ag Packages to farmers. Plan year 1 November 2025 -
31 October 2026 (FY2026), USD, QUARTERLY payouts. All deals are invented.

Standard library only; deterministic (one random.Random with a fixed integer seed, no clock).
Run: python3 gen_deals.py

- 18 salesmen under 4 store managers (ROSTER). Each salesman has a volume factor (VOLUME);
  each month he works, he gets opportunities by the season of the product (planters in the
  winter, sprayers in the spring, combines and headers in the summer early-order and harvest
  months, tractors all year with a December year-end tax-buying spike).
- Amounts are whole dollars (units in hundreds, Uptime products in fifties) from each
  product's price range. A won whole-goods unit often carries a Parts & Service Contract
  (3-6% of the unit) and sometimes a Precision Ag Package on the same account and date, as
  deals of their own; each salesman also has a few stand-alone Uptime sales (retrofits,
  contract renewals).
- AS OF = 2026-09-18. Opportunities dated after it are open (probability 0.25 / 0.5 / 0.75,
  expected close by 31 October 2026); a few from 20 August on stay open and overdue (expected
  before the as-of date, probability 0.5). Before it a deal is won with the salesman's close
  rate, else lost.
- Deal types: every account is a repeat customer, a new-ground customer or a conquest (a
  farmer switching from another brand): the deals of a new-ground or conquest account up to
  its first win of the year are "new" or "conquest" (the Uptime products sold with that win
  too); every later deal is "repeat".
- Splits (plan.md 3.4): every won or cancelled Combine of a salesman other than Gene Albrecht
  (the Harvest Specialist) is two lines with the same id, 75% to the salesman and 25% to Gene
  Albrecht. Some of Larry Oberhaus's deals from Tyler Brandt's start are ride-along deals,
  50% / 50% with Tyler Brandt.
- Unwinds: about 1 in 9 won deals closed by 2026-08-31 is cancelled (unit returned,
  financing fell through; drawn from a second fixed-seed stream), cancel_date = close + 6 ..
  150 days (one falling after the as-of date stays won; plan.md section 11: only unwinds
  within 90 days of close are clawed back).
- Roster: Harold "Butch" Ebersole (Senior Territory Salesman) and Gene Albrecht (Harvest
  Specialist) carry their own annual Whole Goods quota. Tyler Brandt joined on 2026-03-02 and
  Cody Ahrens on 2026-06-15; Walt Ferrell retired on 2026-05-29.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 9, 18)
START = dt.date(2025, 11, 1)
END = dt.date(2026, 10, 31)
rng = random.Random(266)
unwind_rng = random.Random(2660)  # unwinds only

ROSTER = [
    # id, name, manager, territory, role, start, end, quota:iron
    ("Larry Oberhaus", "Larry Oberhaus", "Gordon Vogt", "Ames", "Territory Salesman", "", "", ""),
    ("Dave Roethler", "Dave Roethler", "Gordon Vogt", "Ames", "Territory Salesman", "", "", ""),
    ("Steve Mulder", "Steve Mulder", "Gordon Vogt", "Ames", "Territory Salesman", "", "", ""),
    ("Tyler Brandt", "Tyler Brandt", "Gordon Vogt", "Ames", "Territory Salesman", "2026-03-02", "", ""),
    ("Harold Ebersole", 'Harold "Butch" Ebersole', "Marlene Schaefer", "Carroll", "Senior Territory Salesman", "", "", "4000000.00"),
    ("Dennis Fuhrman", "Dennis Fuhrman", "Marlene Schaefer", "Carroll", "Territory Salesman", "", "", ""),
    ("Randy Schulte", "Randy Schulte", "Marlene Schaefer", "Carroll", "Territory Salesman", "", "", ""),
    ("Jeanette Kluver", "Jeanette Kluver", "Marlene Schaefer", "Carroll", "Territory Salesman", "", "", ""),
    ("Cody Ahrens", "Cody Ahrens", "Marlene Schaefer", "Carroll", "Territory Salesman", "2026-06-15", "", ""),
    ("Curtis Wendt", "Curtis Wendt", "Roger Pflug", "Norfolk", "Territory Salesman", "", "", ""),
    ("Dave Kinsella", "Dave Kinsella", "Roger Pflug", "Norfolk", "Territory Salesman", "", "", ""),
    ("Merle Janssen", "Merle Janssen", "Roger Pflug", "Norfolk", "Territory Salesman", "", "", ""),
    ("Wade Pohlman", "Wade Pohlman", "Roger Pflug", "Norfolk", "Territory Salesman", "", "", ""),
    ("Gene Albrecht", "Gene Albrecht", "Ken Dunbar", "Galesburg", "Harvest Specialist", "", "", "7000000.00"),
    ("Walt Ferrell", "Walt Ferrell", "Ken Dunbar", "Galesburg", "Territory Salesman", "", "2026-05-29", ""),
    ("Jim Nordstrom", "Jim Nordstrom", "Ken Dunbar", "Galesburg", "Territory Salesman", "", "", ""),
    ("Rick Delgado", "Rick Delgado", "Ken Dunbar", "Galesburg", "Territory Salesman", "", "", ""),
    ("Lonnie Weatherford", "Lonnie Weatherford", "Ken Dunbar", "Galesburg", "Territory Salesman", "", "", ""),
]
# opportunities a month (whole goods) and close rate
VOLUME = {
    "Larry Oberhaus": (2.3, 0.55), "Dave Roethler": (1.7, 0.50), "Steve Mulder": (1.3, 0.42),
    "Tyler Brandt": (0.9, 0.38), "Harold Ebersole": (2.6, 0.58), "Dennis Fuhrman": (1.8, 0.48),
    "Randy Schulte": (1.5, 0.50), "Jeanette Kluver": (2.0, 0.55), "Cody Ahrens": (1.6, 0.45),
    "Curtis Wendt": (2.1, 0.52), "Dave Kinsella": (1.4, 0.45), "Merle Janssen": (1.6, 0.50),
    "Wade Pohlman": (1.2, 0.40), "Gene Albrecht": (1.2, 0.55), "Walt Ferrell": (1.6, 0.50),
    "Jim Nordstrom": (1.8, 0.52), "Rick Delgado": (1.5, 0.47), "Lonnie Weatherford": (1.1, 0.40),
}
ACCOUNTS = {
    "Ames": ["Hendricks Farms", "Vogel Grain", "Lindgren Acres", "Boone River Farms",
             "Skunk River Cattle Co", "Tjaden Brothers", "Nevada Seed & Grain", "Halverson Farms",
             "Story County Ag", "Pettit Family Farms", "Kuehl Land Co"],
    "Carroll": ["Schroeder Family Farms", "Bauer Brothers", "Middle Raccoon Farms",
                "Reicks Dairy", "Kalkhoff Pork", "Wittrock Farms", "Arcadia Grain",
                "Glidden Ridge Farms", "Hoffman & Sons", "Tiefenthaler Land & Cattle",
                "Breda Co-op"],
    "Norfolk": ["Kuhlman Land & Cattle", "Elkhorn Valley Farms", "Wiese Farms",
                "Ostrander Dairy", "Pilger Grain", "Madison County Feeders", "Stanton Bottoms",
                "Hoskins Family Farm", "Battle Creek Ranch", "Meadow Grove Farms"],
    "Galesburg": ["Carlson Grain", "Spoon River Farms", "Knox County Hog", "Oneida Acres",
                  "Altona Seed Farms", "Henderson Creek Farms", "Maquon Ridge",
                  "Abingdon Grain & Livestock", "Prairie Home Farms", "Wataga Land Co"],
}
# product: (low, high, season weight by month index 0=Nov .. 11=Oct)
PRODUCTS = {
    "Row Crop Tractor":  (165000, 420000, [3, 5, 2, 2, 3, 3, 2, 2, 2, 2, 2, 3]),
    "Utility Tractor":   (42000, 115000,  [2, 3, 1, 2, 2, 3, 3, 3, 2, 2, 2, 2]),
    "Combine":           (455000, 865000, [1, 2, 0, 0, 0, 0, 1, 3, 4, 4, 3, 2]),
    "Combine Header":    (58000, 145000,  [1, 1, 0, 0, 0, 0, 1, 2, 3, 3, 3, 1]),
    "Planter":           (118000, 385000, [4, 4, 4, 3, 2, 1, 0, 0, 0, 1, 1, 2]),
    "Sprayer":           (265000, 545000, [1, 1, 2, 3, 4, 3, 2, 1, 0, 0, 1, 1]),
}
PSC = "Parts & Service Contract"
PAP = "Precision Ag Package"
START_OF = {r[0]: r[5] for r in ROSTER}
END_OF = {r[0]: r[6] for r in ROSTER}
STORE = {r[0]: r[3] for r in ROSTER}

acct_class = {}
for store in sorted(ACCOUNTS):
    for a in ACCOUNTS[store]:
        x = rng.random()
        acct_class[a] = "new" if x < 0.22 else ("conquest" if x < 0.44 else "repeat")


def months():
    y, m = 2025, 11
    for i in range(12):
        yield i, y, m
        m += 1
        if m == 13:
            y, m = y + 1, 1


def days_in(y, m):
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - dt.date(y, m, 1)).days


def round_amt(x, step=100):
    return int(round(x / step)) * step


opps = []  # (seller, account, product, amount, date)
for sid, name, mgr, store, role, start, end, q in ROSTER:
    vol, rate = VOLUME[sid]
    s = dt.date.fromisoformat(start) if start else START
    e = dt.date.fromisoformat(end) if end else END
    for i, y, m in months():
        first = max(dt.date(y, m, 1), s)
        last = min(dt.date(y, m, days_in(y, m)), e)
        if first > last:
            continue
        season = 1.45 if m == 12 else 1.0
        n = 0
        lam = vol * season
        # Poisson by inversion
        L, k, p = 2.718281828459045 ** (-lam), 0, 1.0
        while True:
            p *= rng.random()
            if p <= L:
                break
            k += 1
        n = k
        if sid == "Gene Albrecht":
            names = ["Combine", "Combine Header", "Row Crop Tractor"]
            weights = [[6, 2, 1][j] * (1 + PRODUCTS[names[j]][2][i]) for j in range(3)]
        else:
            names = list(PRODUCTS)
            weights = [PRODUCTS[pn][2][i] + 0.3 for pn in names]
        for _ in range(n):
            prod = rng.choices(names, weights)[0]
            lo, hi = PRODUCTS[prod][:2]
            amt = round_amt(rng.uniform(lo, hi))
            day = first + dt.timedelta(days=rng.randrange((last - first).days + 1))
            if sid == "Gene Albrecht":
                acct = rng.choice(sorted(a for v in ACCOUNTS.values() for a in v))
            else:
                acct = rng.choice(ACCOUNTS[store])
            opps.append([sid, acct, prod, amt, day, rate])

opps.sort(key=lambda o: (o[4], o[0], o[1]))
rows = []
seq = 10100
seen_acct = set()


def next_id():
    global seq
    seq += rng.randrange(3, 17)
    return f"HW-{seq}"


def open_fields():
    r = rng.random()
    prob = "0.25" if r < 0.4 else ("0.5" if r < 0.8 else "0.75")
    return prob


for sid, acct, prod, amt, day, rate in opps:
    prob, cancel = "", ""
    if day > AS_OF:
        stage = "open"
        prob = open_fields()
    else:
        x = rng.random()
        if day >= dt.date(2026, 8, 20) and x < 0.12:
            stage, prob = "open", "0.5"  # overdue: still being worked
        elif rng.random() < rate:
            stage = "won"
        else:
            stage = "lost"
    if acct not in seen_acct and acct_class[acct] != "repeat":
        typ = acct_class[acct]
        if stage == "won":
            seen_acct.add(acct)
    else:
        typ = "repeat"
    u = unwind_rng.random()
    if stage == "won" and day <= dt.date(2026, 8, 31) and u < 1 / 9:
        c = day + dt.timedelta(days=6 + unwind_rng.randrange(145))
        if c <= AS_OF:  # an unwind still to come is not in the export yet
            stage, cancel = "cancelled", c.isoformat()
    did = next_id()
    base = dict(id=did, seller=sid, account=acct, name=f"{acct} {prod}", type=typ,
                product=prod, amount=f"{amt}.00", close_date=day.isoformat(), stage=stage,
                split="1", probability=prob, cancel_date=cancel, currency="USD")
    partner = None
    if prod == "Combine" and sid != "Gene Albrecht" and stage in ("won", "cancelled"):
        partner, share = "Gene Albrecht", ("0.75", "0.25")
    elif (sid == "Larry Oberhaus" and stage in ("won", "cancelled")
          and day >= dt.date.fromisoformat(START_OF["Tyler Brandt"]) and rng.random() < 0.35):
        partner, share = "Tyler Brandt", ("0.5", "0.5")
    if partner:
        rows.append(dict(base, split=share[0]))
        rows.append(dict(base, seller=partner, split=share[1]))
    else:
        rows.append(base)
    # aftermarket attached to a won unit
    if stage == "won":
        if rng.random() < 0.55:
            a2 = min(round_amt(amt * rng.uniform(0.03, 0.06), 50), 28000)
            rows.append(dict(base, id=next_id(), name=f"{acct} {PSC}", product=PSC,
                             amount=f"{a2}.00", type="repeat" if typ == "repeat" else typ,
                             split="1", cancel_date=""))
        if rng.random() < 0.3:
            a3 = round_amt(rng.uniform(7500, 36000), 50)
            rows.append(dict(base, id=next_id(), name=f"{acct} {PAP}", product=PAP,
                             amount=f"{a3}.00", split="1", cancel_date=""))

# stand-alone aftermarket sales (retrofits, contract renewals)
for sid, name, mgr, store, role, start, end, q in ROSTER:
    if sid == "Gene Albrecht":
        continue
    s = dt.date.fromisoformat(start) if start else START
    e = min(dt.date.fromisoformat(end) if end else END, AS_OF)
    n = int(VOLUME[sid][0] * 4) + rng.randrange(4)
    for _ in range(n):
        day = s + dt.timedelta(days=rng.randrange((e - s).days + 1))
        prod = PSC if rng.random() < 0.55 else PAP
        amt = round_amt(rng.uniform(3500, 22000) if prod == PSC else rng.uniform(7500, 36000), 50)
        acct = rng.choice(ACCOUNTS[store])
        stage = "won" if rng.random() < 0.7 else "lost"
        rows.append(dict(id=next_id(), seller=sid, account=acct, name=f"{acct} {prod}",
                         type="repeat", product=prod, amount=f"{amt}.00",
                         close_date=day.isoformat(), stage=stage, split="1", probability="",
                         cancel_date="", currency="USD"))

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
                "quota:iron"])
    for r in ROSTER:
        w.writerow(list(r))
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
