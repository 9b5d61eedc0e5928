#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfortyseventh workspace: Hearthguard Pest &
Lawn, LLC, an invented US residential pest control and lawn care company that sells annual
service agreements door to door every summer (plan year 1 April 2025 - 31 March 2026, USD,
MONTHLY payouts). Standard library only; deterministic (one random.Random with a fixed seed, no
clock). Run: python3 gen_deals.py  (writes deals.csv and sellers.csv beside this file).

- 17 reps under 3 team leads (one office each: Dallas, Phoenix, Charlotte). Team leads are the
  `manager` of their reps and are not on this plan (they are paid under the Team Lead Override).
- Every row of deals.csv is one agreement (an annual service agreement signed at the door), its
  amount the agreement's first-year contract value in dollars (initial service + recurring
  services). Products: Pest Shield Annual, Lawn Care Annual, Home Bundle (pest + lawn), Termite
  Guard, Mosquito Pass (a May-September seasonal pass).
- Reps knock Monday to Saturday (never Sunday) from their first day in the field to the as-of
  date, 2025-07-18. Won agreements close on those days; "hard no" (lost) pitches logged in the
  CRM app too; "callbacks" (open) are expected 19 July - 30 August 2025 at the product's list
  price with a probability of 0.25-0.6.
- Accounts are the customers (households), "Dana Hendricks" style, each new customer unique in
  the file. About 5% of a rep's wins are add-ons: another agreement sold to one of their own earlier
  customers, of a product the customer does not have yet (Lawn Care Annual when they have no
  lawn, else a Mosquito Pass, else Termite Guard).
- Types: "new", "switchover" (a home taken from another pest company, the floor's "flip"),
  "referral" (a neighbor-up), "add-on" (a second agreement for an existing customer).
- Ghosts (cancelled): 9% of agreements draw a cancel date 2 to 125 days after close; those whose
  cancel date falls on or before the as-of date are cancelled (the rest stay won). Only
  cancellations within 90 days of close are clawed back.
- Ride-alongs (splits 50/50, same id on two lines): Caden Price's agreements in his first three
  weeks (from 2 June) with Tyler Jensen, his trainer; some of Aaliyah Grant's May agreements
  with Jaxon "Jax" Whitaker.
- Roster: the three vets (Tyler Jensen, Jaxon Whitaker, Hunter McBride) carry a personal season
  Production quota of 120,000 (plan 80,000). Caden Price started on 2025-06-02; Logan Petersen
  went home on 2025-06-20 (end_date).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 7, 18)
rng = random.Random(20250718)

# id, display name, team lead, office, role, start_date, end_date, season quota override,
# first day knocking, agreements per knocking day (before ramp), product mix key
REPS = [
    ("Tyler Jensen", "Tyler Jensen", "Brayden Holt", "Dallas", "Vet", "", "", "120000.00", "2025-04-14", 2.0, "vet"),
    ("Kaylee Morales", "Kaylee Morales", "Brayden Holt", "Dallas", "Sophomore", "", "", "", "2025-04-28", 1.75, "std"),
    ("Tyler Brooks", "Tyler Brooks", "Brayden Holt", "Dallas", "Rookie", "", "", "", "2025-05-05", 0.95, "std"),
    ("DeShawn Carter", "DeShawn Carter", "Brayden Holt", "Dallas", "Sophomore", "", "", "", "2025-04-28", 1.45, "std"),
    ("Mikayla Nguyen", "Mikayla Nguyen", "Brayden Holt", "Dallas", "Rookie", "", "", "", "2025-05-12", 0.75, "lawn"),
    ("Caden Price", "Caden Price", "Brayden Holt", "Dallas", "Rookie", "2025-06-02", "", "", "2025-06-02", 0.70, "std"),
    ("Jaxon Whitaker", 'Jaxon "Jax" Whitaker', "Marisa Okafor", "Phoenix", "Vet", "", "", "120000.00", "2025-04-07", 2.55, "vet"),
    ("Brooklyn Reyes", "Brooklyn Reyes", "Marisa Okafor", "Phoenix", "Sophomore", "", "", "", "2025-04-28", 1.62, "std"),
    ("Ethan Sorensen", "Ethan Sorensen", "Marisa Okafor", "Phoenix", "Rookie", "", "", "", "2025-05-19", 0.22, "std"),
    ("Aaliyah Grant", "Aaliyah Grant", "Marisa Okafor", "Phoenix", "Rookie", "", "", "", "2025-05-05", 1.05, "lawn"),
    ("Logan Petersen", "Logan Petersen", "Marisa Okafor", "Phoenix", "Rookie", "", "2025-06-20", "", "2025-05-05", 0.60, "std"),
    ("Hunter McBride", "Hunter McBride", "Cody Larkin", "Charlotte", "Vet", "", "", "120000.00", "2025-04-14", 1.65, "vet"),
    ("Trinity Vasquez", "Trinity Vasquez", "Cody Larkin", "Charlotte", "Sophomore", "", "", "", "2025-04-21", 1.70, "lawn"),
    ("Isaiah Bennett", "Isaiah Bennett", "Cody Larkin", "Charlotte", "Rookie", "", "", "", "2025-05-12", 0.85, "std"),
    ("Sierra Lund", "Sierra Lund", "Cody Larkin", "Charlotte", "Sophomore", "", "", "", "2025-04-28", 1.25, "lawn"),
    ("Garrett Yazzie", "Garrett Yazzie", "Cody Larkin", "Charlotte", "Sophomore", "", "", "", "2025-05-05", 1.15, "std"),
    ("Riley Chen", "Riley Chen", "Cody Larkin", "Charlotte", "Rookie", "", "", "", "2025-05-19", 0.55, "std"),
]

# product: (list price, possible contract values)
PRODUCTS = {
    "Pest Shield Annual": (624, [540, 564, 588, 599, 612, 624, 648, 672, 699]),
    "Lawn Care Annual": (552, [456, 492, 516, 552, 576, 612]),
    "Home Bundle": (1140, [996, 1044, 1092, 1140, 1188, 1236, 1284]),
    "Termite Guard": (1395, [1195, 1295, 1395, 1495, 1595]),
    "Mosquito Pass": (325, [249, 275, 299, 325, 349, 375]),
}
MIX = {
    "std": [("Pest Shield Annual", 55), ("Lawn Care Annual", 10), ("Home Bundle", 14), ("Termite Guard", 6), ("Mosquito Pass", 15)],
    "vet": [("Pest Shield Annual", 45), ("Lawn Care Annual", 8), ("Home Bundle", 22), ("Termite Guard", 12), ("Mosquito Pass", 13)],
    "lawn": [("Pest Shield Annual", 38), ("Lawn Care Annual", 20), ("Home Bundle", 24), ("Termite Guard", 4), ("Mosquito Pass", 14)],
}

SURNAMES = """Abbott Acosta Adkins Aguilar Alvarado Andrews Archer Arnold Atkins Bailey Baker Baldwin Banks
Barber Barker Barnes Barrera Bates Beck Bell Benson Berry Bishop Blackwell Blair Bolton Bowen Boyd
Bradley Brady Brennan Briggs Brock Bryant Buchanan Burgess Burke Bush Caldwell Calhoun Cannon Carlson
Carpenter Carroll Castillo Chambers Chandler Chapman Christensen Clayton Cobb Cochran Coleman Collier
Conner Conway Copeland Cortez Craig Crawford Cross Cummings Curtis Dalton Daniels Davidson Dawson
Delgado Dennis Dixon Donovan Douglas Doyle Drake Duncan Dunn Durham Easton Eaton Elliott Ellison
Espinoza Estrada Farrell Faulkner Ferguson Fields Figueroa Fisher Fleming Fletcher Flores Flowers
Forbes Ford Foster Fowler Franklin Frazier Fuller Gallagher Galloway Garner Garza Gibbs Gibson Gilbert
Gill Glover Golden Gomez Goodwin Graves Gray Greene Gregory Griffin Guerrero Hale Hamilton Hampton
Hancock Hardin Harmon Harper Harrington Hartman Hawkins Hayes Haynes Henderson Hendricks Henry Herrera
Hickman Hicks Hines Hodges Hoffman Holland Hopkins Horton Houston Howell Hubbard Hudson Huff Hughes
Hunt Ingram Jacobs Jarvis Jennings Jimenez Johnston Joyner Keller Kemp Kennedy Kerr Kirby Kline
Knapp Knight Lamb Lambert Lane Lawson Leach Leblanc Lindsey Little Livingston Logan Lowe Lucero Lynch
Macias Maddox Malone Mann Marsh Massey Mathis Maxwell Maynard McCoy McDaniel McGee McKenzie Meadows
Medina Mendoza Merritt Meyer Middleton Miles Molina Monroe Montoya Moody Moran Morrow Moss Mullins
Munoz Murray Nash Navarro Newman Nichols Noble Norman Norris Norton Oakley Obrien Ochoa Odom Olsen
Oneal Orozco Osborne Owens Pace Padilla Palmer Parks Patrick Patton Payne Pearson Pena Pennington
Perkins Phelps Pittman Pollard Poole Porter Potts Pratt Preston Pruitt Pugh Quinn Ramsey Randall
Randolph Rasmussen Rhodes Richards Rios Rivas Robbins Rocha Rollins Rosales Rowe Rowland Ruiz Rush
Salazar Sanders Sandoval Santana Savage Sawyer Schmidt Schultz Serrano Sexton Shaffer Sharp Shelton
Shepherd Sherman Simmons Singleton Skinner Sloan Snyder Solis Sparks Spears Stafford Stanley Steele
Stein Stephens Stokes Stone Strickland Sullivan Summers Sutton Swanson Tate Terry Thornton Todd
Torres Townsend Tran Travis Trujillo Tucker Turner Underwood Valdez Vance Vaughn Velasquez Villarreal
Wade Wagner Walker Wallace Walter Ward Warner Watkins Weaver Webb Welch Wheeler Whitley Wilcox Wiley
Wilkins Willis Winters Wolfe Woodard Wyatt Yates York Zamora""".split()

rows = []
seq = [0]
used_accounts = {}


def next_id():
    seq[0] += 1
    return "HG25-%05d" % seq[0]


def pick(mix):
    total = sum(w for _, w in mix)
    x = rng.uniform(0, total)
    for p, w in mix:
        x -= w
        if x <= 0:
            return p
    return mix[-1][0]


FIRST = """Dana Gloria Frank Walt Linda Doug Cheryl Ron Barb Steve Pam Gary Deb Rick Janet Phil Carol
Ray Sandra Ted Wendy Glen Marcy Hal Judy Vince Peggy Lyle Darlene Roy Bev Kurt Tammy Earl Rhonda Neil
Connie Stan Lorraine Dale Vicky Gus Maureen Wade Trish Mel Donna Lou Shelly Bert Anita Russ Paula Chuck
Renee Manny Rosa Hector Lupe Arturo Yolanda Omar Priya Raj Mei Wen Kwame Ngozi Tomas Ines""".split()
taken = set()
customers = {}  # rep -> list of their won customers (for add-ons)


def account_for(rep):
    while True:
        name = "%s %s" % (rng.choice(FIRST), rng.choice(SURNAMES))
        if name not in taken:
            taken.add(name)
            return name


def deal_type():
    x = rng.random()
    if x < 0.70:
        return "new"
    if x < 0.88:
        return "switchover"
    return "referral"


def day_range(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def add(seller, did, account, product, dtype, amount, close, stage, split="1", prob="", cancel=""):
    rows.append({
        "id": did, "seller": seller, "account": account,
        "name": "%s %s" % (account, product), "type": dtype, "product": product,
        "amount": "%d.00" % amount, "close_date": close.isoformat() if close else "",
        "stage": stage, "split": split, "probability": prob,
        "cancel_date": cancel.isoformat() if cancel else "",
    })


for (sid, disp, lead, office, role, start, end, q, first, rate, mix) in REPS:
    d0 = dt.date.fromisoformat(first)
    last = dt.date.fromisoformat(end) if end else AS_OF
    for d in day_range(d0, last):
        if d.weekday() == 6:  # no knocking on Sundays
            continue
        weeks_in = (d - d0).days / 7.0
        ramp = min(1.0, 0.45 + 0.18 * weeks_in)
        heat = 1.0 + (0.15 if d.month in (6, 7) else 0.0)
        lam = rate * ramp * heat
        # number of agreements today: a sum of Bernoulli trials with mean lam
        n = 0
        k = int(lam * 2) + 2
        for _ in range(k):
            if rng.random() < lam / k:
                n += 1
        for _ in range(n):
            product = pick(MIX[mix])
            amount = rng.choice(PRODUCTS[product][1])
            mine = customers.setdefault(sid, [])
            if mine and rng.random() < 0.05:
                # an add-on: another agreement for one of the rep's own customers, of a product
                # they do not have yet (lawn first, then a skeeter pass, then termite)
                account, had = rng.choice(mine)
                lawn = "Lawn Care Annual" in had or "Home Bundle" in had
                options = ([] if lawn else ["Lawn Care Annual"]) + [
                    p for p in ("Mosquito Pass", "Termite Guard") if p not in had]
                product = options[0]
                had.add(product)
                if len(options) == 1:
                    mine.remove((account, had))
                amount = rng.choice(PRODUCTS[product][1])
                addon = True
            else:
                account = account_for(sid)
                addon = False
            did = next_id()
            stage, cancel = "won", None
            if rng.random() < 0.09:
                cancel = d + dt.timedelta(days=rng.randint(2, 125))
                if cancel <= AS_OF:
                    stage = "cancelled"
                else:
                    cancel = None  # not cancelled (yet) at the as-of date
            dtype = "add-on" if addon else deal_type()
            if stage == "won" and not addon:
                mine.append((account, {product}))
            # ride-alongs
            partner = None
            if sid == "Caden Price" and d <= dt.date(2025, 6, 21):
                partner = "Tyler Jensen"
            if sid == "Aaliyah Grant" and d.month == 5 and rng.random() < 0.4:
                partner = "Jaxon Whitaker"
            if partner:
                add(sid, did, account, product, dtype, amount, d, stage, "0.5", "", cancel)
                add(partner, did, account, product, dtype, amount, d, stage, "0.5", "", cancel)
            else:
                add(sid, did, account, product, dtype, amount, d, stage, "1", "", cancel)
        # hard no's logged in the app
        for _ in range(k):
            if rng.random() < (lam * 0.3) / k:
                product = pick(MIX[mix])
                add(sid, next_id(), account_for(sid), product, deal_type(), PRODUCTS[product][0], d, "lost")
    # callbacks (open) for reps still in the field
    if not end:
        for _ in range(rng.randint(4, 12)):
            product = pick(MIX[mix])
            exp = AS_OF + dt.timedelta(days=rng.randint(1, 43))
            prob = rng.choice(["0.25", "0.4", "0.5", "0.6"])
            add(sid, next_id(), account_for(sid), product, deal_type(), PRODUCTS[product][0], exp, "open", "1", prob)

COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:production"])
    for (sid, disp, lead, office, role, start, end, q, *_rest) in REPS:
        w.writerow([sid, disp, lead, office, role, start, end, q])
