#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredeightyfifth workspace: Sidewinder Solar LLC,
an invented US residential solar installer selling door to door in Arizona (Phoenix East Valley,
Tucson) and Nevada (Las Vegas valley). Plan year = calendar 2025, USD, MONTHLY payouts; the data
run to the as-of date 2025-08-13. Standard library only; deterministic (one random.Random with a
fixed seed, walked in a fixed order; no clock). Run: python3 gen_deals.py

- Closers run "sits" (appointments at the kitchen table). Each sit is one Solar PV opportunity of
  a homeowner ("<Surname> Residence"): won (signed), lost ("no-sale") or, for sits in the last
  weeks before the as-of date, open ("callback", probability 0.2 / 0.4 / 0.6, expected to sign
  14 August - 31 October 2025). Amount = the contract price: system size in kW (4.8 - 13.6 kW,
  in 0.4 kW steps; the kW is in the deal's name) x price per watt ($3.05 - $3.85), whole dollars.
- Deal types: "new" (a fresh homeowner, knocked by a setter or self-gen), "referral" (a
  homeowner sent by an existing Sidewinder customer), "retrofit" (an adder sold later to an
  existing Sidewinder homeowner).
- Setter splits: a won "new" Solar PV deal set by the closer's setter is two lines with the same
  id, 80% to the closer and 20% to the setter (plan.md 3.4). Adders are never split.
- Adders sold with a system are their own lines (own id, same date, same homeowner, same type):
  Battery Storage, Main Panel Upgrade (MPU), EV Charger, Pigeon Guard. Retrofits: batteries and
  EV chargers sold later to a closer's earlier homeowner.
- Cancels: about one in eight won systems cancels (the homeowner backs out, finance or HOA
  falls through), usually 4-80 days after signing (before install), now and then 95-150 days
  after (after install); the system's adders cancel with it, the setter's line too. Only
  cancellations on or before the as-of date are marked.
- Roster: Tanner Bingham (Senior Closer) carries his own monthly Solar quota; setters carry the
  setter quota. Jace Kimball joined on 2025-03-17, Luis Carrillo (setter) on 2025-05-12; Ty
  Lundgren left on 2025-06-27 (no deals after).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 8, 13)
YEAR_START = dt.date(2025, 1, 1)
rng = random.Random(285)

# id, manager, territory, role, start, end, quota:solar
ROSTER = [
    ("Tanner Bingham", "Cody Halvorsen", "Phoenix", "Senior Closer", "", "", "140000.00"),
    ("Kaden Whitlock", "Cody Halvorsen", "Phoenix", "Closer", "", "", ""),
    ("McKay Thorne", "Cody Halvorsen", "Phoenix", "Closer", "", "", ""),
    ("Brooklyn Sato", "Cody Halvorsen", "Phoenix", "Closer", "", "", ""),
    ("Jaxon Pratt", "Cody Halvorsen", "Phoenix", "Setter", "", "", "25000.00"),
    ("Diego Ramirez", "Cody Halvorsen", "Phoenix", "Setter", "", "", "25000.00"),
    ("Marisol Ochoa", "Rene Villalobos", "Tucson", "Closer", "", "", ""),
    ("Ty Lundgren", "Rene Villalobos", "Tucson", "Closer", "", "2025-06-27", ""),
    ("Kenzie Barlow", "Rene Villalobos", "Tucson", "Closer", "", "", ""),
    ("Isaiah Begay", "Rene Villalobos", "Tucson", "Closer", "", "", ""),
    ("Luis Carrillo", "Rene Villalobos", "Tucson", "Setter", "2025-05-12", "", "25000.00"),
    ("Dallin Stoddard", "Trent Ashby", "Las Vegas", "Closer", "", "", ""),
    ("Ashlyn Reyes", "Trent Ashby", "Las Vegas", "Closer", "", "", ""),
    ("Jace Kimball", "Trent Ashby", "Las Vegas", "Closer", "2025-03-17", "", ""),
    ("Tayson Fuller", "Trent Ashby", "Las Vegas", "Closer", "", "", ""),
    ("Tanner Ruiz", "Trent Ashby", "Las Vegas", "Setter", "", "", "25000.00"),
    ("Brynlee Hatch", "Trent Ashby", "Las Vegas", "Setter", "", "", "25000.00"),
]
# closer: (skill, setter)
CLOSERS = {
    "Tanner Bingham": (1.55, "Diego Ramirez"),
    "Kaden Whitlock": (1.0, "Jaxon Pratt"),
    "McKay Thorne": (0.75, "Jaxon Pratt"),
    "Brooklyn Sato": (1.15, "Diego Ramirez"),
    "Marisol Ochoa": (1.2, "Luis Carrillo"),
    "Ty Lundgren": (0.9, "Luis Carrillo"),
    "Kenzie Barlow": (0.85, "Luis Carrillo"),
    "Isaiah Begay": (0.65, "Luis Carrillo"),
    "Dallin Stoddard": (1.3, "Tanner Ruiz"),
    "Ashlyn Reyes": (1.05, "Tanner Ruiz"),
    "Jace Kimball": (0.8, "Brynlee Hatch"),
    "Tayson Fuller": (0.7, "Brynlee Hatch"),
}
SEASON = {1: 0.6, 2: 0.7, 3: 0.9, 4: 1.0, 5: 1.15, 6: 1.2, 7: 1.1, 8: 1.0}
SURNAMES = [
    "Garcia", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Rodriguez", "Perez", "Sanchez",
    "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Cruz", "Morales", "Ortiz", "Gutierrez",
    "Chavez", "Ramos", "Alvarez", "Mendoza", "Castillo", "Jimenez", "Moreno", "Romero", "Herrera",
    "Medina", "Aguilar", "Vargas", "Guzman", "Salazar", "Soto", "Delgado", "Pena", "Rios",
    "Contreras", "Valdez", "Nunez", "Espinoza", "Dominguez", "Cabrera", "Fuentes",
    "Miranda", "Navarro", "Acosta", "Johnson", "Miller", "Davis", "Wilson", "Anderson", "Thomas",
    "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis",
    "Robinson", "Walker", "Allen", "Wright", "Scott", "Adams",
    "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell",
    "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Rogers",
    "Morgan", "Peterson", "Cooper", "Bailey", "Kelly", "Howard", "Cox",
    "Richardson", "Watson", "Bennett", "James", "Hughes",
    "Sanders", "Myers", "Ross", "Foster", "Powell", "Jenkins", "Perry", "Russell",
    "Sullivan", "Coleman", "Simmons", "Patterson", "Jordan", "Reynolds", "Hamilton",
    "Graham", "Wallace", "Hayes", "Gibson", "Ellis",
    "Owens", "Fernandez", "Tran", "Nguyen", "Pham", "Yazzie", "Tsosie", "Benally", "Okafor",
    "Kowalski", "Lindgren", "Haddad", "Nakamura", "Petrov", "Schultz", "Becker", "Vaughn",
    "Duarte", "Ybarra", "Quintero", "Arellano", "Zamora", "Carrasco", "Villanueva", "Bustamante",
]
BATTERY = ["Powerwall 3", "Enphase 10C", "Franklin aPower 2"]


def month_end(m):
    return (dt.date(2025, m + 1, 1) if m < 12 else dt.date(2026, 1, 1)) - dt.timedelta(days=1)


def active(sid, d):
    r = next(x for x in ROSTER if x[0] == sid)
    if r[4] and d < dt.date.fromisoformat(r[4]):
        return False
    if r[5] and d > dt.date.fromisoformat(r[5]):
        return False
    return True


contracts = []  # each: dict with lines
customers = {c: [] for c in CLOSERS}  # closer -> accounts of won systems


def add(lines):
    contracts.append(lines)


for month in range(1, 9):
    first = dt.date(2025, month, 1)
    last = min(month_end(month), AS_OF)
    for closer in CLOSERS:
        skill, setter = CLOSERS[closer]
        n = round(rng.uniform(7, 11) * SEASON[month] * (0.7 + 0.3 * skill) * (last.day / month_end(month).day))
        close_rate = min(0.62, 0.30 + 0.12 * skill)
        for _ in range(n):
            d = first + dt.timedelta(days=rng.randrange((last - first).days + 1))
            kw = round(rng.randrange(12, 35) * 0.4, 1)
            ppw = rng.randrange(305, 386) / 100
            amount = round(kw * 1000 * ppw)
            account = f"{rng.choice(SURNAMES)} Residence"
            u = rng.random()
            if not active(closer, d):
                continue
            recent = (AS_OF - d).days <= 45
            if u < close_rate * skill ** 0.2:
                stage = "won"
            elif recent and rng.random() < 0.65:
                stage = "open"
            else:
                stage = "lost"
            typ = "referral" if rng.random() < 0.15 else "new"
            set_by = None
            if typ == "new" and rng.random() < 0.65 and active(setter, d):
                set_by = setter
            line = dict(seller=closer, account=account, name=f"{account} {kw} kW PV", type=typ,
                        product="Solar PV", amount=amount, close_date=d, stage=stage, split="1",
                        probability="", cancel_date="")
            if stage == "open":
                line["close_date"] = AS_OF + dt.timedelta(days=1 + rng.randrange(79))
                line["probability"] = rng.choice(["0.2", "0.4", "0.6"])
                add([line])
                continue
            if stage == "lost":
                add([line])
                continue
            cancel = None
            if rng.random() < 0.13:
                delay = rng.randrange(4, 81) if rng.random() < 0.9 else rng.randrange(95, 151)
                if d + dt.timedelta(days=delay) <= AS_OF:
                    cancel = d + dt.timedelta(days=delay)
            lines = [line]
            if set_by:
                line["split"] = "0.8"
                lines.append(dict(line, seller=set_by, split="0.2"))
            group = [lines]
            adders = []
            if rng.random() < 0.22:
                adders.append(("Battery Storage", rng.randrange(13500, 17901), rng.choice(BATTERY)))
            if rng.random() < 0.18:
                adders.append(("Main Panel Upgrade", rng.randrange(2400, 3901), "MPU 200A"))
            if rng.random() < 0.08:
                adders.append(("EV Charger", rng.randrange(1650, 2901), "Level 2 EV Charger"))
            if rng.random() < 0.25:
                adders.append(("Pigeon Guard", rng.randrange(650, 1401), "Pigeon Guard"))
            for prod, amt, label in adders:
                group.append([dict(line, seller=closer, split="1", product=prod, amount=amt,
                                   name=f"{account} {label}")])
            for g in group:
                for x in g:
                    if cancel:
                        x["stage"] = "cancelled"
                        x["cancel_date"] = cancel
                add(g)
            if not cancel:
                customers[closer].append((account, d))
        # retrofits to earlier homeowners
        for prod, p, lo, hi, label in (("Battery Storage", 0.35, 13500, 17901, None),
                                       ("EV Charger", 0.2, 1650, 2901, "Level 2 EV Charger")):
            if rng.random() < p * skill and customers[closer]:
                account, sold = rng.choice(customers[closer])
                d = first + dt.timedelta(days=rng.randrange((last - first).days + 1))
                if d <= sold + dt.timedelta(days=30) or not active(closer, d):
                    continue
                amt = rng.randrange(lo, hi)
                name = f"{account} {label or rng.choice(BATTERY)}"
                line = dict(seller=closer, account=account, name=name, type="retrofit",
                            product=prod, amount=amt, close_date=d, stage="won", split="1",
                            probability="", cancel_date="")
                if rng.random() < 0.08:
                    c = d + dt.timedelta(days=rng.randrange(5, 60))
                    if c <= AS_OF:
                        line["stage"] = "cancelled"
                        line["cancel_date"] = c
                add([line])

# ids in order of the date the opportunity was entered
order = sorted(range(len(contracts)), key=lambda i: (
    contracts[i][0]["close_date"] if contracts[i][0]["stage"] != "open" else AS_OF, i))
rows = []
for k, i in enumerate(order):
    cid = f"SW-{10400 + k}"
    for x in contracts[i]:
        rows.append(dict(x, id=cid))
for x in rows:
    x["amount"] = f"{x['amount']}.00"
    x["close_date"] = x["close_date"].isoformat()
    x["cancel_date"] = x["cancel_date"].isoformat() if x["cancel_date"] else ""
    x["currency"] = "USD"
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
                "quota:solar"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
