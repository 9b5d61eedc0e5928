#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfortieth workspace: Redbud Heating, Air &
Plumbing, an invented residential HVAC and plumbing home-services company in the Oklahoma City
metro (plan year = calendar 2025, USD, MONTHLY payouts, as of 2025-09-19).
Standard library only; deterministic (one random.Random with a fixed seed, only .random() is
drawn; no clock). Run: python3 gen_deals.py

What is in the data
- Comfort advisors (CAs) run in-home appointments. Every appointment is one line: sold = "won",
  no-sale = "lost", a proposal the homeowner is still deciding on = "open" (only for
  appointments of the last weeks before the as-of date, expected to close 4-40 days after the
  visit, so some are overdue). Big-ticket products: AC Replacement, Furnace Replacement, Heat Pump
  System, Complete System, Ductless Mini-Split (HVAC advisors); Water Heater, Tankless Water
  Heater, Sewer Line Replacement, Whole-House Repipe (plumbing advisors). Demand is seasonal
  (summer peak, spring and fall shoulder months slow).
- Lead source is the deal type: "marketing" (a company lead booked by the call center),
  "tgl" (a tech-generated lead: a service technician or plumber turned it over) or "self-gen"
  (the advisor's own referral or past customer).
- Every tgl appointment also has a "Tech Turnover" line for the technician who turned it over:
  id TGL-<estimate number>, same account, amount, close date, stage, probability and cancel date.
  It earns the technician the Bird Dog SPIFF (plan.md 7.1) and credits no measure.
- A sold big ticket may carry add-ons sold at the same visit (own estimate number): Air Purifier,
  Whole-Home Humidifier, Smart Thermostat, Surge Protector; and a Comfort Club membership.
- Technicians and plumbers sell Comfort Club memberships and add-ons on service calls (ids
  SVC-<n>, type "service"); a few declined memberships are recorded as lost.
- Rescinds: about 5% of sold big tickets are cancelled, most within the 3-day right to cancel
  (1-3 days after close), the rest 8-110 days after (finance declined, permit or install never
  happened); cancel date capped at the as-of date. Only cancellations within 60 days of close are
  charged back (plan.md section 11).
- Roster: Destiny Ocampo started 2025-05-12; Derek Yoast left 2025-07-31 (nothing after).
  Brandon Kessler (Senior Comfort Advisor) carries a 360,000 quarterly big-ticket quota, the two
  plumbing advisors 150,000 (plan 300,000); technicians carry a Comfort Club quota of 9,000 a
  quarter and plumbers 6,000 (plan 3,600).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 9, 19)
START = dt.date(2025, 1, 1)
rng = random.Random(20250919)


def r():
    return rng.random()


def pick(seq):
    return seq[int(r() * len(seq))]


def between(lo, hi):
    return lo + int(r() * (hi - lo + 1))


def weighted(pairs):
    total = sum(w for _, w in pairs)
    x = r() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# id, manager, territory, role, start, end, quota:replacement, quota:club
ROSTER = [
    ("Brandon Kessler", "Tammy Ruiz", "North Metro", "Senior Comfort Advisor", "", "", "360000.00", ""),
    ("Kayla Dunning", "Tammy Ruiz", "North Metro", "Comfort Advisor", "", "", "", ""),
    ("Marcus Webb", "Tammy Ruiz", "North Metro", "Comfort Advisor", "", "", "", ""),
    ("Cody Harlan", "Tammy Ruiz", "North Metro", "Comfort Advisor", "", "", "", ""),
    ("Destiny Ocampo", "Tammy Ruiz", "North Metro", "Comfort Advisor", "2025-05-12", "", "", ""),
    ("Travis Pruitt", "Dale Whitcomb", "South Metro", "Comfort Advisor", "", "", "", ""),
    ("Jasmine Holloway", "Dale Whitcomb", "South Metro", "Comfort Advisor", "", "", "", ""),
    ("Luis Carrillo", "Dale Whitcomb", "South Metro", "Comfort Advisor", "", "", "", ""),
    ("Amber Sikes", "Dale Whitcomb", "South Metro", "Comfort Advisor", "", "", "", ""),
    ("Derek Yoast", "Dale Whitcomb", "South Metro", "Comfort Advisor", "", "2025-07-31", "", ""),
    ("Jesse Ramos", "Ray Okafor", "Service", "Service Technician", "", "", "", "9000.00"),
    ("Tyler Boone", "Ray Okafor", "Service", "Service Technician", "", "", "", "9000.00"),
    ("Kenny Vo", "Ray Okafor", "Service", "Service Technician", "", "", "", "9000.00"),
    ("Shawn McAlister", "Ray Okafor", "Service", "Service Technician", "", "", "", "9000.00"),
    ("Josh Pelham", "Ray Okafor", "Service", "Service Technician", "", "", "", "9000.00"),
    ("Ricky Szabo", "Jolene Pratt", "Plumbing", "Plumbing Advisor", "", "", "150000.00", ""),
    ("Dawn Kimble", "Jolene Pratt", "Plumbing", "Plumbing Advisor", "", "", "150000.00", ""),
    ("Josh Whitley", "Jolene Pratt", "Plumbing", "Plumber", "", "", "", "6000.00"),
    ("Hector Villa", "Jolene Pratt", "Plumbing", "Plumber", "", "", "", "6000.00"),
]

# advisor: (appointments a month, close rate, ticket factor)
ADVISORS = {
    "Brandon Kessler": (23, 0.50, 1.08),
    "Kayla Dunning": (21, 0.46, 1.00),
    "Marcus Webb": (20, 0.40, 0.97),
    "Cody Harlan": (18, 0.31, 0.92),
    "Destiny Ocampo": (17, 0.37, 0.93),
    "Travis Pruitt": (22, 0.48, 1.04),
    "Jasmine Holloway": (21, 0.47, 1.03),
    "Luis Carrillo": (20, 0.41, 0.99),
    "Amber Sikes": (18, 0.34, 0.95),
    "Derek Yoast": (19, 0.39, 0.96),
    "Ricky Szabo": (15, 0.50, 1.00),
    "Dawn Kimble": (13, 0.43, 1.00),
}
PLUMBING_ADVISORS = {"Ricky Szabo", "Dawn Kimble"}
HVAC_TECHS = ["Jesse Ramos", "Tyler Boone", "Kenny Vo", "Shawn McAlister", "Josh Pelham"]
TECH_TURNOVER_WEIGHT = {"Jesse Ramos": 5, "Tyler Boone": 3, "Kenny Vo": 4, "Shawn McAlister": 2,
                        "Josh Pelham": 3}
PLUMBERS = ["Josh Whitley", "Hector Villa"]
PLUMBER_TURNOVER_WEIGHT = {"Josh Whitley": 3, "Hector Villa": 2}
# technician: (club memberships a month, add-ons a month)
TECHS = {"Jesse Ramos": (13, 4), "Tyler Boone": (9, 2), "Kenny Vo": (11, 3),
         "Shawn McAlister": (7, 2), "Josh Pelham": (10, 3), "Josh Whitley": (8, 2),
         "Hector Villa": (6, 1)}

# month: demand factor (HVAC, plumbing)
SEASON = {1: (1.05, 1.15), 2: (0.9, 1.1), 3: (0.7, 0.95), 4: (0.62, 0.9), 5: (0.9, 0.95),
          6: (1.2, 0.95), 7: (1.35, 1.0), 8: (1.2, 1.0), 9: (0.9, 0.95)}

HVAC_PRODUCTS = {
    # product: (low, high, weight by season: heating months, cooling months, shoulder)
    "AC Replacement": (6800, 12400, (1, 8, 4)),
    "Furnace Replacement": (4300, 8900, (9, 1, 3)),
    "Heat Pump System": (9800, 18900, (4, 5, 4)),
    "Complete System": (11800, 23900, (4, 5, 4)),
    "Ductless Mini-Split": (4600, 12800, (1, 2, 2)),
}
PLUMBING_PRODUCTS = {
    "Water Heater": (1900, 3700, 5),
    "Tankless Water Heater": (4200, 7600, 3),
    "Sewer Line Replacement": (6400, 15800, 2),
    "Whole-House Repipe": (7400, 14900, 1),
}
ADDONS = {
    "Air Purifier": (950, 2800),
    "Whole-Home Humidifier": (900, 1850),
    "Smart Thermostat": (350, 650),
    "Surge Protector": (295, 495),
}
CLUB_PRICES = ["199.00", "199.00", "249.00", "249.00", "249.00", "299.00", "349.00", "549.00",
               "749.00"]

FIRST = ["Gary", "Lisa", "Ronnie", "Sherry", "Dwayne", "Carla", "Bobby", "Teresa", "Randy",
         "Denise", "Curtis", "Wanda", "Jerry", "Pam", "Lonnie", "Rhonda", "Vernon", "Kim",
         "Floyd", "Tonya", "Earl", "Brenda", "Glen", "Stacy", "Wesley", "Paula", "Ruben",
         "Marsha", "Troy", "Connie", "Duane", "Angie", "Clint", "Becky", "Alan", "Janet",
         "Russell", "Deb", "Harold", "Misty", "Nathan", "Yolanda", "Arturo", "Priscilla",
         "Wade", "Loretta", "Mitch", "Gina", "Terrence", "Shelby", "Lamar", "Crystal",
         "Vince", "Renee", "Darnell", "Holly", "Omar", "Leticia", "Grant", "Bonnie"]
LAST = ["Hargrove", "Pendergast", "Whitlock", "Baca", "Overstreet", "Tolliver", "Shumate",
        "Calloway", "Nguyen", "Bledsoe", "Fairchild", "Ochoa", "Lundquist", "Pettigrew",
        "Ramsey", "Hightower", "Culpepper", "Gaines", "Mahaffey", "Stroud", "Yates",
        "Escobedo", "Honeycutt", "Birdsong", "Langford", "McCurdy", "Tillman", "Vasquez",
        "Brewster", "Crenshaw", "Dobbins", "Fentress", "Goins", "Hatfield", "Ingram",
        "Jernigan", "Kilgore", "Lowery", "Maddox", "Nunley", "Oakes", "Prather", "Quintero",
        "Redding", "Satterfield", "Truong", "Upshaw", "Vaughn", "Wofford", "Yarbrough",
        "Zamora", "Abernathy", "Burkhalter", "Castillo", "Dimmitt", "Eckhardt", "Flanagan",
        "Grubbs", "Haskins", "Isom", "Jolly", "Kearney", "Ledbetter", "Musgrove", "Norwood",
        "Ogletree", "Pickens", "Rutledge", "Spears", "Tackett", "Underwood", "Villarreal",
        "Whisenhunt", "Akins", "Blevins", "Cordell", "Dunagan", "Embry", "Frizzell",
        "Gillespie", "Hinkle", "Irby", "Keel", "Luttrell", "Mays", "Neighbors", "Osborn",
        "Partain", "Rector", "Stanfill", "Treat", "Vines", "Weatherford", "Yocum",
        "Bynum", "Chastain", "Darby", "Elam", "Fudge", "Gully", "Hamm", "Jeter", "Kirkpatrick",
        "Loftis", "Mabry", "Nix", "Owensby", "Pruett", "Riddle", "Sandlin", "Tubb", "Voss",
        "Womack", "Yount", "Burris", "Coker", "Dills", "Enloe"]


def customer():
    return f"{pick(FIRST)} {pick(LAST)}"


def day_in(month, lo_date=None, hi_date=None):
    first = dt.date(2025, month, 1)
    nxt = dt.date(2025 + month // 12, month % 12 + 1, 1)
    lo = max(first, lo_date) if lo_date else first
    hi = min(nxt - dt.timedelta(days=1), hi_date) if hi_date else nxt - dt.timedelta(days=1)
    if hi < lo:
        return None
    d = lo + dt.timedelta(days=int(r() * ((hi - lo).days + 1)))
    if d.weekday() == 6 and d + dt.timedelta(days=1) <= hi:  # no Sunday visits
        d += dt.timedelta(days=1)
    return d


def money(lo, hi, factor=1.0):
    v = (lo + r() * (hi - lo)) * factor
    return f"{int(round(v / 5.0)) * 5}.00"


def season_kind(month):
    return 0 if month in (1, 2, 12) else (1 if month in (6, 7, 8) else 2)


START_OF = {x[0]: (dt.date.fromisoformat(x[4]) if x[4] else START) for x in ROSTER}
END_OF = {x[0]: (dt.date.fromisoformat(x[5]) if x[5] else AS_OF) for x in ROSTER}

visits = []  # (date, kind, dict)
for adv, (appts, close, factor) in ADVISORS.items():
    plumbing = adv in PLUMBING_ADVISORS
    for month in range(1, 10):
        n = appts * SEASON[month][1 if plumbing else 0]
        s, e = START_OF[adv], min(END_OF[adv], AS_OF)
        first = dt.date(2025, month, 1)
        last = dt.date(2025, month + 1, 1) - dt.timedelta(days=1)
        lo, hi = max(first, s), min(last, e)
        if hi < lo:
            continue
        n = n * ((hi - lo).days + 1) / ((last - first).days + 1)
        count = int(n) + (1 if r() < n - int(n) else 0)
        for _ in range(count):
            d = day_in(month, lo, hi)
            if plumbing:
                product = weighted([(p, w[2]) for p, w in PLUMBING_PRODUCTS.items()])
                lo_a, hi_a = PLUMBING_PRODUCTS[product][:2]
            else:
                k = season_kind(month)
                product = weighted([(p, w[2][k]) for p, w in HVAC_PRODUCTS.items()])
                lo_a, hi_a = HVAC_PRODUCTS[product][:2]
            if plumbing:
                typ = weighted([("marketing", 45), ("tgl", 42), ("self-gen", 13)])
            else:
                typ = weighted([("marketing", 60), ("tgl", 27), ("self-gen", 13)])
            p_close = close * (1.25 if typ == "tgl" else 1.35 if typ == "self-gen" else 1.0)
            visits.append((d, "appt", dict(seller=adv, product=product, lo=lo_a, hi=hi_a,
                                            factor=factor, type=typ, p=min(p_close, 0.9),
                                            plumbing=plumbing)))
for tech, (clubs, addons) in TECHS.items():
    for month in range(1, 10):
        f = 0.85 + 0.3 * r()
        for _ in range(int(clubs * f)):
            visits.append((day_in(month, None, AS_OF), "club", dict(seller=tech)))
        for _ in range(int(addons * f + r())):
            visits.append((day_in(month, None, AS_OF), "addon", dict(seller=tech)))

visits = [v for v in visits if v[0] is not None]
visits.sort(key=lambda v: (v[0], v[1], v[2]["seller"]))

rows = []
est = 30412
svc = 81107


def line(id_, seller, account, product, typ, amount, close, stage, prob="", cancel=""):
    return dict(id=id_, seller=seller, account=account, name=f"{account} {product}", type=typ,
                product=product, amount=amount, close_date=close.isoformat() if close else "",
                stage=stage, split="1", probability=prob, cancel_date=cancel, currency="USD")


for d, kind, v in visits:
    seller = v["seller"]
    acct = customer()
    if kind == "club":
        svc += between(1, 4)
        stage = "won" if r() < 0.93 else "lost"
        rows.append(line(f"SVC-{svc}", seller, acct, "Comfort Club", "service", pick(CLUB_PRICES),
                         d, stage))
        continue
    if kind == "addon":
        svc += between(1, 4)
        product = weighted([("Smart Thermostat", 4), ("Surge Protector", 4), ("Air Purifier", 2),
                            ("Whole-Home Humidifier", 1)])
        rows.append(line(f"SVC-{svc}", seller, acct, product, "service", money(*ADDONS[product]),
                         d, "won"))
        continue
    est += between(1, 6)
    amount = money(v["lo"], v["hi"], v["factor"])
    recent = (AS_OF - d).days <= 24
    sold = r() < v["p"]
    stage, prob, close, cancel = ("won" if sold else "lost"), "", d, ""
    if not sold and recent and r() < 0.6:
        stage = "open"
        prob = pick(["0.3", "0.5", "0.5", "0.7"])
        close = d + dt.timedelta(days=between(4, 40))
    elif sold and recent and r() < 0.35:
        # signed the proposal a few days after the visit; if that is after the as-of date it is
        # still on the fence
        close = d + dt.timedelta(days=between(2, 12))
        if close > AS_OF:
            stage, prob = "open", "0.7"
    if stage == "won" and r() < 0.05:
        stage = "cancelled"
        lag = between(1, 3) if r() < 0.55 else between(8, 110)
        cancel = min(close + dt.timedelta(days=lag), AS_OF).isoformat()
    rows.append(line(f"EST-{est}", seller, acct, v["product"], v["type"], amount, close, stage,
                     prob, cancel))
    if v["type"] == "tgl":
        if v["plumbing"]:
            tech = weighted(list(PLUMBER_TURNOVER_WEIGHT.items()))
        else:
            tech = weighted(list(TECH_TURNOVER_WEIGHT.items()))
        rows.append(line(f"TGL-{est}", tech, acct, "Tech Turnover", "tgl", amount, close, stage,
                         prob, cancel))
    if stage in ("won", "cancelled") and not v["plumbing"]:
        if r() < 0.33:
            est += 1
            product = weighted([("Air Purifier", 4), ("Whole-Home Humidifier", 2),
                                ("Smart Thermostat", 3), ("Surge Protector", 3)])
            rows.append(line(f"EST-{est}", seller, acct, product, v["type"],
                             money(*ADDONS[product]), close, "won"))
    if stage in ("won", "cancelled") and r() < 0.45:
        est += 1
        rows.append(line(f"EST-{est}", seller, acct, "Comfort Club", v["type"],
                         pick(CLUB_PRICES[:6]), close, "won"))

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
                "quota:replacement", "quota:club"])
    for sid, mgr, terr, role, start, end, qr, qc in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qr, qc])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
