#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredthirtyeighth workspace: Harlan Motor Group,
an invented family-owned group of three new-car dealerships ("rooftops") in north-central Ohio
(Harlan Chevrolet of Marion, Harlan Toyota of Mansfield, Harlan Ford of Ashland). Plan year
1 September 2025 - 31 August 2026 (the group's fiscal year, which follows the model-year
changeover), USD, MONTHLY payouts. Invented data, standard library only, deterministic: one
random stream with a fixed seed, no clock. Run: python3 gen_deals.py

One line per deal and salesperson. A deal's amount is its COMMISSIONABLE GROSS in dollars
(plan.md 3.3), not the vehicle's price:
- New Vehicle / Used Vehicle: front-end gross after pack. Types "retail" (cash or finance),
  "lease" (new only) and "fleet" (an order of several new trucks or vans from a local business,
  one deal however many units; the name says how many).
- Extended Warranty / Service Contract (prepaid maintenance): the product's gross. Most are sold
  with a car on the same day to the same customer (their own deal number); some to service-lane
  customers. Type "retail". term_months is the contract's term (not measured).
- Half deals: about 7% of retail vehicle deals are split 50/50 with a teammate of the same store
  (two lines, same id, split 0.5).
- Stages: won; lost ("walks": the gross the desk penciled); open ("be-backs": probability 0.15 -
  0.6, expected from 10 February to 31 March 2026, some overdue at the as-of date); cancelled
  ("unwinds": about 3% of vehicle deals unwound 2 - 20 days after delivery, and about 9% of
  protection contracts cancelled 15 - 200 days after the sale; a cancellation that would fall
  after the as-of date has not happened yet and the deal stays won; plan.md section 11 claws
  back only cancellations within 90 days).
- Dealerships in Ohio are closed on Sundays, and these stores on Thanksgiving, Christmas Day and
  New Year's Day: nothing closes then.
- Roster: Travis Keller (Senior Sales Consultant) and Dustin Yoder (Fleet & Commercial
  Specialist) carry their own monthly Vehicle Gross quota. Rachel Pike joined on 2025-11-10;
  Luis Ortega left on 2026-01-16.
AS OF = 2026-02-18 (won, lost and cancelled deals are dated on or before it).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 238_2025
AS_OF = dt.date(2026, 2, 18)
rng = random.Random(SEED)

STORES = {
    # territory: (manager, deal-number prefix, first deal number, new models, fleet models)
    "Marion": ("Rick Dombrowski", "HC", 41200,
               ["Silverado 1500 LT", "Equinox LT", "Traverse LT", "Tahoe LT", "Trax 1RS",
                "Colorado Z71", "Malibu LT", "Blazer RS"],
               ["Silverado 2500HD Work Truck", "Express 2500 Cargo Van", "Silverado 1500 WT"]),
    "Mansfield": ("Tanya Brooks", "HT", 73500,
                  ["Camry SE", "RAV4 XLE", "Tacoma TRD Sport", "Highlander XLE", "Corolla LE",
                   "Tundra SR5", "Sienna XLE", "Corolla Cross LE"],
                  ["Tacoma SR", "Tundra SR", "Sienna LE"]),
    "Ashland": ("Gary Pruitt", "HF", 18800,
                ["F-150 XLT", "Escape Active", "Explorer XLT", "Bronco Sport Big Bend",
                 "Maverick XLT", "Ranger XLT", "Expedition XLT", "Mustang GT"],
                ["Transit 250 Cargo", "F-250 XL Super Duty", "F-150 XL"]),
}
USED = ["2021 Honda CR-V EX", "2020 Ford F-150 XLT", "2022 Toyota Camry SE", "2019 Jeep Wrangler",
        "2021 Chevy Equinox LT", "2018 Ram 1500 Big Horn", "2022 Hyundai Tucson SEL",
        "2020 Toyota RAV4 LE", "2019 Honda Accord Sport", "2021 GMC Sierra SLE",
        "2017 Ford Escape SE", "2022 Kia Telluride EX", "2020 Nissan Rogue SV",
        "2019 Chevy Silverado LT", "2023 Subaru Outback", "2018 Toyota Tacoma SR5",
        "2020 Jeep Grand Cherokee", "2021 Ford Explorer XLT", "2016 Honda Civic LX",
        "2022 Chevy Malibu LT"]
ROSTER = [
    # id, territory, role, start, end, own monthly quota, skill, new share, lease share
    ("Travis Keller", "Marion", "Senior Sales Consultant", "", "", "32000.00", 1.55, 0.62, 0.20),
    ("Brandi Lutz", "Marion", "Sales Consultant", "", "", "", 1.05, 0.55, 0.18),
    ("Marcus Bell", "Marion", "Sales Consultant", "", "", "", 0.80, 0.40, 0.10),
    ("Jenna Sauer", "Marion", "Sales Consultant", "", "", "", 1.20, 0.58, 0.25),
    ("Luis Ortega", "Marion", "Sales Consultant", "", "2026-01-16", "", 0.62, 0.35, 0.10),
    ("Kevin Huang", "Mansfield", "Sales Consultant", "", "", "", 1.15, 0.60, 0.30),
    ("DeShawn Carter", "Mansfield", "Sales Consultant", "", "", "", 1.35, 0.55, 0.22),
    ("Amber Nowak", "Mansfield", "Sales Consultant", "", "", "", 0.75, 0.45, 0.20),
    ("Chris Fleming", "Mansfield", "Sales Consultant", "", "", "", 0.95, 0.50, 0.20),
    ("Rachel Pike", "Mansfield", "Sales Consultant", "2025-11-10", "", "", 0.70, 0.50, 0.25),
    ("Dustin Yoder", "Ashland", "Fleet & Commercial Specialist", "", "", "40000.00", 0.55, 0.70, 0.05),
    ("Crystal Ramey", "Ashland", "Sales Consultant", "", "", "", 1.10, 0.55, 0.15),
    ("Robert Hensley", "Ashland", "Sales Consultant", "", "", "", 0.55, 0.35, 0.10),
    ("Tiffany Graves", "Ashland", "Sales Consultant", "", "", "", 1.25, 0.55, 0.15),
    ("Chris Moreno", "Ashland", "Sales Consultant", "", "", "", 0.90, 0.45, 0.12),
]
FIRST = ["Dennis", "Karen", "Mike", "Lisa", "Gary", "Tammy", "Steve", "Angela", "Doug", "Heather",
         "Brian", "Melissa", "Todd", "Crystal", "Randy", "Amy", "Jeff", "Stacy", "Rob", "Dawn",
         "Kyle", "Nicole", "Tyler", "Brittany", "Greg", "Sandra", "Josh", "Kim", "Matt", "Deb",
         "Aaron", "Tonya", "Chad", "Megan", "Larry", "Jessica", "Darrell", "Holly", "Eric", "Paula"]
LAST = ["Hartman", "Snyder", "Miller", "Yoakum", "Kline", "Baughman", "Fackler", "Ressler",
        "Shaffer", "Mowery", "Zeigler", "Oberlin", "Hershberger", "Kapp", "Wolford", "Ulery",
        "Gerber", "Stahl", "Dunlap", "Pickering", "Brumbaugh", "Kiser", "Lytle", "Rinehart",
        "Swartz", "Maglott", "Carrothers", "Weidinger", "Lantz", "Eichelberger", "Bowersox",
        "Tuttle", "Varner", "Spreng", "Gilliland", "Reeder", "Mumaw", "Dilts", "Frye", "Hostetler"]
BUSINESSES = {
    "Marion": ["Marion City Schools", "Scioto Valley Plumbing", "Prospect Street Lawn & Snow",
               "Harding Memorial Hospital", "Tri-County Heating & Cooling"],
    "Mansfield": ["Richland County Parks", "Buckeye Home Health", "Mansfield Fire Protection",
                  "Lexington Landscape Supply", "Clear Fork Electric"],
    "Ashland": ["Mohican Excavating", "Ashland County Engineer", "Jeromesville Grain Co",
                "Loudonville Propane", "Buckeye Plumbing & Heating", "Savannah Roofing"],
}
MONTHS = [(2025, 9, 1.00), (2025, 10, 0.95), (2025, 11, 1.00), (2025, 12, 1.25),
          (2026, 1, 0.70), (2026, 2, 0.95)]
VEHICLES_PER_MONTH = 9.0
HOLIDAYS = {dt.date(2025, 11, 27), dt.date(2025, 12, 25), dt.date(2026, 1, 1)}  # stores closed


def poisson(lam):
    # Knuth's method; deterministic on the one stream
    limit, k, p = pow(2.718281828459045, -lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def day_in(year, month, first, last):
    while True:
        d = dt.date(year, month, rng.randint(first, last))
        if d.weekday() != 6 and d not in HOLIDAYS:
            return d


def month_end(year, month):
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def customer():
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def money(x):
    return f"{int(round(x / 5.0) * 5)}.00"


keys = []


def next_id(terr):
    # a placeholder; deal numbers are given in date order per store at the end
    keys.append(terr)
    return f"#{len(keys) - 1}"


rows = []


def add(line, partner=None):
    if partner:
        rows.append(dict(line, split="0.5"))
        rows.append(dict(line, seller=partner, split="0.5"))
    else:
        rows.append(dict(line, split="1"))


def line(**kw):
    base = dict(id="", seller="", account="", name="", type="retail", product="", amount="",
                close_date="", stage="won", split="1", probability="", cancel_date="",
                term_months="", currency="USD")
    base.update(kw)
    return base


def vehicle(seller, terr, new_share, lease_share, close, stage):
    new = rng.random() < new_share
    if new:
        model = rng.choice(STORES[terr][3])
        typ = "lease" if rng.random() < lease_share else "retail"
        gross = rng.triangular(600, 4600, 1900)
        name = f"2026 {model}"
        product = "New Vehicle"
    else:
        typ = "retail"
        gross = rng.triangular(900, 5200, 2600)
        name = f"Used {rng.choice(USED)}"
        product = "Used Vehicle"
    return line(id=next_id(terr), seller=seller, account=customer(), name=name, type=typ,
                product=product, amount=money(gross), close_date=close.isoformat(), stage=stage)


def protection(seller, terr, account, close, stage="won"):
    if rng.random() < 0.68:
        product, gross = "Extended Warranty", rng.triangular(650, 2400, 1150)
        term = rng.choice([36, 48, 60, 72, 84])
        name = f"Extended Warranty {term} mo"
    else:
        product, gross = "Service Contract", rng.triangular(250, 950, 450)
        term = rng.choice([24, 36, 48])
        name = f"Prepaid Maintenance {term} mo"
    return line(id=next_id(terr), seller=seller, account=account, name=name, type="retail",
                product=product, amount=money(gross), close_date=close.isoformat(), stage=stage,
                term_months=str(term))


team = {}
for r in ROSTER:
    team.setdefault(r[1], []).append(r[0])

for sid, terr, role, start, end, quota, skill, new_share, lease_share in ROSTER:
    start_d = dt.date.fromisoformat(start) if start else dt.date(2025, 9, 1)
    end_d = dt.date.fromisoformat(end) if end else AS_OF
    for year, month, season in MONTHS:
        last = month_end(year, month)
        lo = start_d.day if (start_d.year, start_d.month) == (year, month) else 1
        hi = last
        if (end_d.year, end_d.month) == (year, month):
            hi = end_d.day
        if (year, month) > (end_d.year, end_d.month) or (year, month) < (start_d.year, start_d.month):
            continue
        share = (hi - lo + 1) / last
        ramp = 0.55 if start and (year, month) == (start_d.year, start_d.month) else 1.0
        lam = VEHICLES_PER_MONTH * skill * season * share * ramp * rng.uniform(0.8, 1.2)
        for _ in range(poisson(lam)):
            close = day_in(year, month, lo, hi)
            v = vehicle(sid, terr, new_share, lease_share, close, "won")
            if rng.random() < 0.03:
                undone = close + dt.timedelta(days=rng.randint(2, 20))
                if undone <= AS_OF:
                    v["stage"] = "cancelled"
                    v["cancel_date"] = undone.isoformat()
            partner = None
            if v["type"] != "fleet" and rng.random() < 0.07:
                mates = [m for m in team[terr] if m != sid and m not in ("Luis Ortega", "Rachel Pike")]
                partner = rng.choice(mates)
            add(v, partner)
            if v["stage"] == "won" and rng.random() < 0.38:
                p = protection(sid, terr, v["account"], close)
                if rng.random() < 0.09:
                    refund = close + dt.timedelta(days=rng.randint(15, 200))
                    if refund <= AS_OF:
                        p["stage"] = "cancelled"
                        p["cancel_date"] = refund.isoformat()
                add(p)
        # service-lane protection sales
        for _ in range(poisson(0.9 * share * skill)):
            close = day_in(year, month, lo, hi)
            add(protection(sid, terr, customer(), close))
        # walks
        for _ in range(poisson(lam * 0.55)):
            close = day_in(year, month, lo, hi)
            add(vehicle(sid, terr, new_share, lease_share, close, "lost"))
        # fleet orders
        fleet_lam = 4.2 if role.startswith("Fleet") else 0.12
        for _ in range(poisson(fleet_lam * season * share)):
            close = day_in(year, month, lo, hi)
            units = rng.randint(2, 8)
            model = rng.choice(STORES[terr][4])
            gross = units * rng.triangular(350, 1100, 600)
            stage = "won" if rng.random() < 0.78 else "lost"
            add(line(id=next_id(terr), seller=sid, account=rng.choice(BUSINESSES[terr]),
                     name=f"Fleet {units}x 2026 {model}", type="fleet", product="New Vehicle",
                     amount=money(gross), close_date=close.isoformat(), stage=stage))
    if end:
        continue
    # be-backs: open deals expected from 10 February to 31 March 2026
    for _ in range(rng.randint(3, 9)):
        exp = dt.date(2026, 2, 10) + dt.timedelta(days=rng.randint(0, 49))
        if exp.weekday() == 6:
            exp += dt.timedelta(days=1)
        v = vehicle(sid, terr, new_share, lease_share, exp, "open")
        v["probability"] = rng.choice(["0.15", "0.25", "0.4", "0.5", "0.6"])
        add(v)
    if role.startswith("Fleet"):
        for _ in range(3):
            exp = dt.date(2026, 2, 20) + dt.timedelta(days=rng.randint(0, 38))
            if exp.weekday() == 6:
                exp += dt.timedelta(days=1)
            units = rng.randint(3, 10)
            model = rng.choice(STORES[terr][4])
            add(line(id=next_id(terr), seller=sid, account=rng.choice(BUSINESSES[terr]),
                     name=f"Fleet {units}x 2026 {model}", type="fleet", product="New Vehicle",
                     amount=money(units * rng.triangular(350, 1100, 600)),
                     close_date=exp.isoformat(), stage="open", probability="0.5"))

# deal numbers: per store, in order of close date (then of creation), each 1 - 3 after the last
first = {}
for x in rows:
    k = int(x["id"][1:])
    first[k] = min(first.get(k, x["close_date"]), x["close_date"])
number = {}
for terr, store in STORES.items():
    n = store[2]
    for k in sorted((k for k in first if keys[k] == terr), key=lambda k: (first[k], k)):
        n += rng.randint(1, 3)
        number[k] = f"{store[1]}-{n}"
for x in rows:
    x["id"] = number[int(x["id"][1:])]
rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "term_months", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:vehicle_gross"])
    for sid, terr, role, start, end, quota, *_ in ROSTER:
        w.writerow([sid, sid, STORES[terr][0], terr, role, start, end, quota])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
