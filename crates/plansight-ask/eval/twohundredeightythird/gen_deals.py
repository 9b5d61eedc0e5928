#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredeightythird workspace (Brazos Valley Auto
Group, an invented Texas new-and-used car dealership group with three stores: Brazos Valley
Chevrolet in Bryan, Brazos Valley Toyota in College Station and Brazos Valley Pre-Owned in
Bryan; plan year = calendar 2025, USD, MONTHLY payouts). Invented data, standard library only,
deterministic: one random.Random(283) stream read only through random() (no clock, no hash
seeds, no set order). Run: python3 gen_deals.py

- Deal lines come from the group's DMS (deal jackets) and CRM (ups that walked or are still
  being worked). As of 2025-10-17 (a Friday).
- Vehicle deals: product "New Vehicle" or "Used Vehicle"; amount = commissionable FRONT-END
  GROSS after pack, in dollars and cents (plan.md 3.3). Deal type "retail" (front gross of
  $1,000 or more), "mini" (front gross under $1,000, can be negative: a "mini", paid flat), or
  "fleet" (a truck sold to a business account at a fleet price, paid flat). The store's sales
  floor works Monday-Saturday (closed Sundays and 1 January); the last three days of a month
  sell about twice as much ("month-end push").
- Half deals: about 8% of the won retail and mini deals are shared 50/50 with another
  salesperson of the same store: two lines with the same deal number, split 0.5 each.
- F&I contracts: every won vehicle deal (not fleet) may carry F&I products sold in the box by
  the store's business manager: "Service Contract" (VSC), "GAP", "Tire & Wheel", "Prepaid
  Maintenance" (new only). Each is its own line, id = deal number + "-VSC"/"-GAP"/"-TW"/"-PPM",
  seller = the business manager (Chevrolet deals Lorena Vasquez, Toyota deals Grant Fairbanks,
  Pre-Owned deals either), amount = the product's BACK-END GROSS, no deal type.
- Unwinds: about 2.5% of the won vehicle deals closed by 2025-10-10 are unwound (stage
  "cancelled"); most within 30 days (spot deliveries whose financing fell through), some
  60-150 days later (buybacks). Their F&I contracts are cancelled on the same day. Besides,
  about 6% of F&I contracts are cancelled by the customer 15-240 days after the sale (at the
  latest the as-of date). Only cancellations within 90 days of the sale are charged back
  (plan.md 11).
- Lost ("walks") and open ("be-backs" at probability 0.25, "working" deals at 0.5) CRM
  opportunities carry the front gross the desk pencilled (open minis at $250-$999, never at a
  loss). Open deals are expected to close
  between 2025-10-06 (overdue) and 2025-11-21.
- Roster: Marcus Boone (Senior Sales Consultant) carries his own monthly front quota of
  $28,000; Grant Fairbanks a monthly back-end quota of $60,000. Kaden Pruitt ("green pea")
  started 2025-06-16; Jimmy Fontenot left 2025-08-08. Teams: each store's salespeople under its
  sales manager (Rick Delgado, Chevrolet; Dana Whitcomb, Toyota) or the used-car manager (Tony
  Marchetti, Pre-Owned); the two Business Managers under the F&I Director, Gina Castillo.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 10, 17)
START = dt.date(2025, 1, 1)
UNWIND_BY = dt.date(2025, 10, 10)
rng = random.Random(283)


def r():
    return rng.random()


def pick(seq):
    return seq[int(r() * len(seq))]


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = r() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def money(x):
    cents = int(round(x * 100))
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


STORES = {
    "BC": ("Brazos Valley Chevrolet", "Rick Delgado"),
    "CT": ("Brazos Valley Toyota", "Dana Whitcomb"),
    "PO": ("Brazos Valley Pre-Owned", "Tony Marchetti"),
    "FI": ("Brazos Valley F&I", "Gina Castillo"),
}
# id, store, role, start, end, units a month, quota:front, quota:backend
ROSTER = [
    ("Marcus Boone", "BC", "Senior Sales Consultant", "", "", 14.5, "28000.00", ""),
    ("Jasmine Ortiz", "BC", "Sales Consultant", "", "", 11.5, "", ""),
    ("Cody Whitaker", "BC", "Sales Consultant", "", "", 8.0, "", ""),
    ("Tremaine Jackson", "BC", "Sales Consultant", "", "", 10.0, "", ""),
    ("Hector Salinas", "BC", "Sales Consultant", "", "", 9.0, "", ""),
    ("Chris Boudreaux", "BC", "Sales Consultant", "", "", 7.0, "", ""),
    ("Lorena Vasquez", "FI", "Business Manager", "", "", 0, "", ""),
    ("Derek Huang", "CT", "Sales Consultant", "", "", 12.5, "", ""),
    ("Kayla Simmons", "CT", "Sales Consultant", "", "", 10.0, "", ""),
    ("Luis Ibarra", "CT", "Sales Consultant", "", "", 9.0, "", ""),
    ("Shawn McAllister", "CT", "Sales Consultant", "", "", 6.0, "", ""),
    ("Brianna Fowler", "CT", "Sales Consultant", "", "", 8.5, "", ""),
    ("Kaden Pruitt", "CT", "Sales Consultant", "2025-06-16", "", 6.0, "", ""),
    ("Grant Fairbanks", "FI", "Business Manager", "", "", 0, "", "60000.00"),
    ("Wade Kessler", "PO", "Sales Consultant", "", "", 11.0, "", ""),
    ("Ashley Nguyen", "PO", "Sales Consultant", "", "", 8.5, "", ""),
    ("DeShawn Carter", "PO", "Sales Consultant", "", "", 10.0, "", ""),
    ("Chris Lindgren", "PO", "Sales Consultant", "", "", 7.5, "", ""),
    ("Jimmy Fontenot", "PO", "Sales Consultant", "", "2025-08-08", 7.0, "", ""),
]
FI_MANAGER = {"BC": "Lorena Vasquez", "CT": "Grant Fairbanks"}
RAMP = {"Kaden Pruitt": {6: 3.0, 7: 5.0, 8: 6.0, 9: 7.0, 10: 7.5}}
SEASON = {1: 0.8, 2: 0.85, 3: 1.1, 4: 1.0, 5: 1.15, 6: 1.0, 7: 1.0, 8: 1.1, 9: 0.95, 10: 1.0}

NEW = {
    "BC": [("Silverado 1500", 30), ("Equinox", 20), ("Tahoe", 9), ("Traverse", 9), ("Trax", 13),
           ("Colorado", 8), ("Silverado 2500HD", 5), ("Blazer", 6)],
    "CT": [("Camry", 18), ("RAV4", 25), ("Tacoma", 15), ("Tundra", 10), ("Corolla", 15),
           ("Highlander", 9), ("Grand Highlander", 4), ("4Runner", 5)],
}
MAKE = {"BC": "Chevrolet", "CT": "Toyota"}
TRIMS = ["LS", "LT", "RST", "LTZ", "Z71", "Premier"]
TTRIMS = ["LE", "SE", "XLE", "XSE", "TRD Off-Road", "Limited"]
USED = ["Ford F-150", "Chevrolet Silverado 1500", "Toyota Camry", "Honda Accord", "Honda CR-V",
        "Nissan Altima", "Jeep Wrangler", "Ram 1500", "Toyota Tacoma", "Hyundai Tucson",
        "GMC Sierra 1500", "Ford Explorer", "Kia Telluride", "Chevrolet Equinox", "Toyota RAV4",
        "Dodge Charger", "Nissan Rogue", "Toyota Tundra", "Ford Mustang", "Chevrolet Tahoe"]
FLEET = ["Navasota Pipe & Supply", "Hearne Feed & Seed", "Caldwell Roofing Co",
         "Aggieland Landscaping", "Brazos Electric Co-op", "Kurten Oilfield Services",
         "Madisonville Concrete", "Snook Fence & Gate"]
FIRST = ["Maria", "James", "Linda", "Robert", "Ana", "Michael", "Patricia", "David", "Rosa",
         "William", "Jennifer", "Jose", "Elizabeth", "Richard", "Carmen", "Thomas", "Susan",
         "Daniel", "Karen", "Juan", "Sarah", "Matthew", "Guadalupe", "Anthony", "Lisa", "Mark",
         "Nancy", "Steven", "Veronica", "Paul", "Sandra", "Andrew", "Emily", "Joshua", "Donna",
         "Kenneth", "Michelle", "Kevin", "Yolanda", "Brian", "Amanda", "George", "Melissa",
         "Ronald", "Stephanie", "Travis", "Rebecca", "Jacob", "Laura", "Gary", "Cynthia",
         "Eric", "Angela", "Ryan", "Brenda", "Jorge", "Pamela", "Terry", "Ruth", "Dustin"]
LAST = ["Garza", "Hernandez", "Smith", "Johnson", "Williams", "Martinez", "Brown", "Lopez",
        "Davis", "Rodriguez", "Miller", "Gonzalez", "Wilson", "Perez", "Anderson", "Sanchez",
        "Thomas", "Ramirez", "Taylor", "Moore", "Flores", "Rivera", "Harris", "Torres",
        "Clark", "Gomez", "Lewis", "Reyes", "Walker", "Cruz", "Hall", "Morales", "Allen",
        "Ortega", "Young", "Mendoza", "King", "Castro", "Wright", "Vargas", "Scott", "Ramos",
        "Green", "Chavez", "Baker", "Medina", "Adams", "Guerrero", "Nelson", "Aguilar",
        "Hill", "Delacruz", "Campbell", "Zamora", "Mitchell", "Rojas", "Roberts", "Pena",
        "Phillips", "Cantu", "Evans", "Trevino", "Turner", "Saenz", "Parker", "Villarreal",
        "Collins", "Escobar", "Edwards", "Benavides", "Stewart", "Lozano", "Sutton", "Hinojosa",
        "Morris", "Pruneda", "Rogers", "Guajardo", "Reed", "Zuniga", "Cook", "Barrera",
        "Bell", "Cavazos", "Murphy", "Salazar", "Bailey", "Olivarez", "Cooper", "Tijerina"]
FI = [  # product, code, chance (new, used), gross low, gross span
    ("Service Contract", "VSC", (0.42, 0.55), 600, 1600),
    ("GAP", "GAP", (0.40, 0.38), 250, 450),
    ("Tire & Wheel", "TW", (0.24, 0.22), 200, 400),
    ("Prepaid Maintenance", "PPM", (0.22, 0.0), 150, 350),
]

counter = {"BC": 1000, "CT": 1000, "PO": 1000}


def next_id(store):
    counter[store] += 1 + int(r() * 3)
    return f"{store}25-{counter[store]}"


def customer():
    return f"{pick(FIRST)} {pick(LAST)}"


def vehicle(store, used):
    if used:
        year = 2016 + int(r() * 9)
        return f"{year} {pick(USED)}"
    model = wpick(NEW[store])
    trim = pick(TRIMS if store == "BC" else TTRIMS)
    year = 2025 if r() < 0.75 else 2026
    return f"{year} {MAKE[store]} {model} {trim}"


def gross(used):
    """(type, front gross) of a retail or mini deal."""
    if r() < (0.14 if used else 0.18):
        return "mini", -1500 + 2499.99 * r()
    if used:
        return "retail", 1000 + 4300 * r() ** 1.5
    return "retail", 1000 + 3300 * r() ** 1.6


def days():
    d = START
    while d <= AS_OF:
        yield d
        d += dt.timedelta(days=1)


def month_end_push(d):
    nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return (nxt - d).days <= 3


by_store = {s: [x for x in ROSTER if x[1] == s and x[2] != "Business Manager"] for s in STORES}


def active(row, d):
    s = dt.date.fromisoformat(row[3]) if row[3] else START
    e = dt.date.fromisoformat(row[4]) if row[4] else dt.date(2025, 12, 31)
    return s <= d <= e


rows = []
deals = []  # won vehicle deals, for F&I
for d in days():
    if d.weekday() == 6 or d == START:
        continue
    for row in ROSTER:
        sid, store, role = row[0], row[1], row[2]
        if role == "Business Manager" or not active(row, d):
            continue
        rate = RAMP.get(sid, {}).get(d.month, row[5])
        p = rate * SEASON[d.month] / 25.5
        p = min(0.95, p * (1.8 if month_end_push(d) else 0.93))
        sold = r() < p
        walked = r() < p * 1.1
        for stage in (["won"] if sold else []) + (["lost"] if walked else []):
            used = store == "PO" or r() < 0.35
            acct = customer()
            typ, g = gross(used)
            if stage == "won" and not used and store == "BC" and r() < 0.05:
                typ, g, acct = "fleet", 200 + 700 * r(), pick(FLEET)
            did = next_id(store)
            line = dict(id=did, seller=sid, account=acct, name=vehicle(store, used), type=typ,
                        product="Used Vehicle" if used else "New Vehicle", amount=money(g),
                        close_date=d.isoformat(), stage=stage, split="1", probability="",
                        cancel_date="", currency="USD")
            partner = None
            if stage == "won" and typ != "fleet" and r() < 0.08:
                mates = [m for m in by_store[store] if m[0] != sid and active(m, d)]
                partner = pick(mates)[0]
            if stage == "won" and d <= UNWIND_BY and r() < 0.025:
                delay = 2 + int(28 * r()) if r() < 0.7 else 60 + int(90 * r())
                line["stage"] = "cancelled"
                line["cancel_date"] = min(d + dt.timedelta(days=delay), AS_OF).isoformat()
            if partner:
                line["split"] = "0.5"
                rows.append(line)
                rows.append(dict(line, seller=partner))
            else:
                rows.append(line)
            if stage == "won" and typ != "fleet":
                deals.append((line, store, used))

# Open CRM opportunities: be-backs and deals being worked at the as-of date.
for row in ROSTER:
    sid, store, role = row[0], row[1], row[2]
    if role == "Business Manager" or not active(row, AS_OF):
        continue
    n = int(row[5] * 0.6 + r() * 3)
    for _ in range(n):
        used = store == "PO" or r() < 0.35
        typ, g = gross(used)
        if typ == "mini":  # the desk does not work a deal pencilled at a loss
            g = 250 + 749 * r()
        working = r() < 0.45
        close = AS_OF + dt.timedelta(days=(-11 + int(r() * 15)) if working else 1 + int(r() * 35))
        rows.append(dict(id=next_id(store), seller=sid, account=customer(),
                         name=vehicle(store, used), type=typ,
                         product="Used Vehicle" if used else "New Vehicle", amount=money(g),
                         close_date=close.isoformat(), stage="open", split="1",
                         probability="0.5" if working else "0.25", cancel_date="", currency="USD"))

# F&I contracts sold in the box on the won (and later unwound) vehicle deals.
for line, store, used in deals:
    fim = FI_MANAGER.get(store) or ("Lorena Vasquez" if r() < 0.5 else "Grant Fairbanks")
    close = dt.date.fromisoformat(line["close_date"])
    for product, code, chance, low, span in FI:
        if r() >= chance[1 if used else 0]:
            continue
        fi = dict(line, id=f"{line['id']}-{code}", seller=fim, type="", product=product,
                  name=f"{product} - {line['name']}", amount=money(low + span * r()), split="1")
        if line["stage"] != "cancelled" and close <= AS_OF - dt.timedelta(days=15) and r() < 0.06:
            fi["stage"] = "cancelled"
            fi["cancel_date"] = min(close + dt.timedelta(days=15 + int(225 * r())), AS_OF).isoformat()
        rows.append(fi)

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
                "quota:front", "quota:backend"])
    for sid, store, role, start, end, _, qf, qb in ROSTER:
        terr, mgr = STORES[store]
        w.writerow([sid, sid, mgr, terr, role, start, end, qf, qb])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
