#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfiftysecond workspace: Kestrel Orthopedics,
Inc., an invented US orthopedic implant company (Southeast Area: Piedmont, Lowcountry and Gulf
regions). Plan year = calendar 2025, USD, QUARTERLY payouts. AS OF = 2025-08-14.

Standard library only; deterministic (one random.Random(252) stream, no clock): running it twice
writes the same bytes. Run: python3 gen_deals.py

- A deal is a CASE: the implants (or the OsteoWeave graft) billed to a hospital or surgery center
  for one surgery, recorded from the bill sheet. id = case number "KC-25-#####"; account = the
  hospital or ASC; name = account, surgeon and product.
- 15 sellers: 9 Sales Reps (one Senior Rep) and 6 Associate Reps under 3 regional managers.
  Each seller's won implant credit per quarter is drawn to a target share of their quota
  (FACTOR below; Q3 is the credit up to the as-of date; an associate's coverage shares come on
  top), so the team spreads from under the Scrub-In to the Tantalum band.
- Products and implant revenue per case: Apex Total Knee 4,200-7,800; Apex Partial Knee
  3,000-5,200; Meridian Total Hip 4,500-8,500; Keel Plate & Screw 900-4,500; Keel IM Nail
  2,200-5,500; Vantage Spinal Fusion 9,000-38,000; OsteoWeave DBM 600-3,400 (the biologic,
  its own case line, drawn beside a share of spine and trauma cases).
- Types: "new_account" = the first case at an account opened this year (a "door");
  "conversion" = a case of a surgeon converted from a competitor's system in the 120 days after
  the first one; the rest "existing" (base business). A what-if case of no type said is neither.
- Coverage splits (plan.md 3.5): a rep's case at one of the accounts their associate covers is,
  one time in four, two lines with the same id: 70% to the rep and 30% to the associate.
- Credit-backs (cancelled): about 3% of won cases closed by 2025-07-31 are drawn a cancel date
  4-150 days after the case; those whose date falls on or before the as-of date are cancelled
  (only those within 90 days of the case are clawed back), the others stay won.
- Pulled (lost) cases: about 7% of cases went to a competitor. On the board (open): cases dated
  2025-08-04 to 2025-10-31, probability 0.9 (scheduled) or 0.4 (a conversion eval or a case still
  to be confirmed); those dated on or before the as-of date were done and wait on their bill
  sheet or PO.
- Roster: Brent Kowalski (Senior Rep) carries his own quarterly implant quota; Associate Reps
  carry the associate quotas and target incentive. Devontae Sims joined 2025-05-05; Ethan
  Boudreaux left 2025-06-30.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 8, 14)
YEAR_START = dt.date(2025, 1, 1)
BOARD_START = dt.date(2025, 8, 4)
BOARD_END = dt.date(2025, 10, 31)
CANCEL_BY = dt.date(2025, 7, 31)
rng = random.Random(252)

# id, manager, territory, role, start, end, implant quota, bio quota, target incentive
ROSTER = [
    ("Brent Kowalski", "Dale Whitacre", "Piedmont", "Senior Rep", "", "", "525000.00", "", ""),
    ("Tasha Greenlee", "Dale Whitacre", "Piedmont", "Sales Rep", "", "", "", "", ""),
    ("Cody Rasmussen", "Dale Whitacre", "Piedmont", "Sales Rep", "", "", "", "", ""),
    ("Jenna Vu", "Dale Whitacre", "Piedmont", "Associate Rep", "", "", "120000.00", "40000.00", "16000.00"),
    ("Devontae Sims", "Dale Whitacre", "Piedmont", "Associate Rep", "2025-05-05", "", "120000.00", "40000.00", "16000.00"),
    ("Garrett Pruitt", "Renee Okonkwo", "Lowcountry", "Sales Rep", "", "", "", "", ""),
    ("Lauren Beaudry", "Renee Okonkwo", "Lowcountry", "Sales Rep", "", "", "", "", ""),
    ("Mike Santangelo", "Renee Okonkwo", "Lowcountry", "Sales Rep", "", "", "", "", ""),
    ("Kayla Dufresne", "Renee Okonkwo", "Lowcountry", "Associate Rep", "", "", "120000.00", "40000.00", "16000.00"),
    ("Alex Mercado", "Renee Okonkwo", "Lowcountry", "Associate Rep", "", "", "120000.00", "40000.00", "16000.00"),
    ("Trey Hollings", "Marcus Tillery", "Gulf", "Sales Rep", "", "", "", "", ""),
    ("Savannah Crisp", "Marcus Tillery", "Gulf", "Sales Rep", "", "", "", "", ""),
    ("Mike Hadley", "Marcus Tillery", "Gulf", "Sales Rep", "", "", "", "", ""),
    ("Courtney Abernathy", "Marcus Tillery", "Gulf", "Associate Rep", "", "", "120000.00", "40000.00", "16000.00"),
    ("Ethan Boudreaux", "Marcus Tillery", "Gulf", "Associate Rep", "", "2025-06-30", "120000.00", "40000.00", "16000.00"),
]
REP_QUOTA = 375000
# share of the quarter's implant quota won: Q1, Q2, Q3 up to the as-of date
FACTOR = {
    "Brent Kowalski": (1.38, 1.66, 0.97),
    "Tasha Greenlee": (0.96, 1.12, 0.57),
    "Cody Rasmussen": (0.52, 0.41, 0.21),
    "Jenna Vu": (0.66, 0.78, 0.22),
    "Devontae Sims": (0.0, 0.40, 0.14),
    "Garrett Pruitt": (1.21, 1.27, 0.72),
    "Lauren Beaudry": (1.04, 0.87, 0.95),
    "Mike Santangelo": (0.74, 0.66, 0.33),
    "Kayla Dufresne": (0.30, 0.52, 0.08),
    "Alex Mercado": (0.90, 0.74, 0.31),
    "Trey Hollings": (1.57, 1.41, 1.06),
    "Savannah Crisp": (0.83, 0.62, 0.46),
    "Mike Hadley": (0.37, 0.94, 0.61),
    "Courtney Abernathy": (0.42, 0.33, 0.05),
    "Ethan Boudreaux": (0.50, 0.20, 0.0),
}
# the associate who covers each rep's cases
COVER = {
    "Brent Kowalski": "Jenna Vu", "Tasha Greenlee": "Devontae Sims",
    "Garrett Pruitt": "Kayla Dufresne", "Lauren Beaudry": "Alex Mercado",
    "Trey Hollings": "Courtney Abernathy", "Savannah Crisp": "Ethan Boudreaux",
}
# accounts: the seller's established accounts, then the door(s) they open this year (date)
ACCOUNTS = {
    "Brent Kowalski": ["Catawba Ridge Medical Center", "Lake Norman Joint Center", "Sedgefield Memorial"],
    "Tasha Greenlee": ["Yadkin Valley Hospital", "Haw River Regional", "Uwharrie Surgical Hospital"],
    "Cody Rasmussen": ["Brushy Mountain Ortho ASC", "Mocksville Community Hospital", "Eno River Surgery Center"],
    "Jenna Vu": ["Pilot Mountain Surgery Center"],
    "Devontae Sims": ["Stanly Creek ASC"],
    "Garrett Pruitt": ["Ashley River Medical Center", "Kiawah Orthopedic ASC", "Marsh Oak Surgical Hospital"],
    "Lauren Beaudry": ["Wando Point Surgery Center", "Savannah Bluff Hospital", "Port Royal Memorial"],
    "Mike Santangelo": ["Edisto Regional", "Saint Helena Community Hospital", "Combahee Bone & Joint ASC"],
    "Kayla Dufresne": ["Folly Creek ASC"],
    "Alex Mercado": ["Bull River Surgery Center"],
    "Trey Hollings": ["Mobile Bay Medical Center", "Baldwin Pines Hospital", "Fairhope Bone & Joint ASC"],
    "Savannah Crisp": ["Perdido Key Surgery Center", "Escambia Ortho ASC", "Dauphin Regional"],
    "Mike Hadley": ["Pascagoula Memorial", "Magnolia Springs Surgical", "Bayou Lacroix Hospital"],
    "Courtney Abernathy": ["Spanish Fort ASC"],
    "Ethan Boudreaux": ["Theodore Surgical Suites"],
}
DOORS = {
    "Brent Kowalski": [("Mooresville Spine Institute", dt.date(2025, 2, 17)), ("Davidson Ortho ASC", dt.date(2025, 7, 8))],
    "Tasha Greenlee": [("Alamance Surgical Partners", dt.date(2025, 4, 22))],
    "Cody Rasmussen": [("Wilkes Regional", dt.date(2025, 6, 10))],
    "Garrett Pruitt": [("Daniel Island ASC", dt.date(2025, 3, 4))],
    "Lauren Beaudry": [("Hilton Head Joint Center", dt.date(2025, 5, 19))],
    "Mike Santangelo": [],
    "Trey Hollings": [("Orange Beach Surgery Center", dt.date(2025, 1, 27)), ("Gulf Shores Regional", dt.date(2025, 6, 2))],
    "Savannah Crisp": [("Navarre Spine & Sports", dt.date(2025, 4, 7))],
    "Mike Hadley": [("Ocean Springs ASC", dt.date(2025, 3, 24))],
    "Alex Mercado": [("Beaufort Harbor ASC", dt.date(2025, 6, 16))],
    "Jenna Vu": [], "Devontae Sims": [], "Kayla Dufresne": [], "Courtney Abernathy": [], "Ethan Boudreaux": [],
}
SURGEONS = ["Haskins", "Pruett", "Oyelaran", "Castellanos", "Whitfield", "Brandt", "Nakashima",
            "Delacroix", "Strickland", "Abernethy", "Ferrante", "Lindgren", "McCray", "Osei",
            "Varga", "Tolliver", "Kessler", "Raghavan", "Dunmore", "Ellery", "Fontaine", "Gaskins",
            "Hollister", "Ibarra", "Jernigan", "Kowal", "Ledbetter", "Morrow", "Nwosu", "Pettigrew"]
PRODUCTS = {
    # product, low, high, short name
    "knee": ("Apex Total Knee", 4200, 7800, "TKA"),
    "uni": ("Apex Partial Knee", 3000, 5200, "UKA"),
    "hip": ("Meridian Total Hip", 4500, 8500, "THA"),
    "plate": ("Keel Plate & Screw", 900, 4500, "plates"),
    "nail": ("Keel IM Nail", 2200, 5500, "IM nail"),
    "spine": ("Vantage Spinal Fusion", 9000, 38000, "fusion"),
}
BIO = ("OsteoWeave DBM", 600, 3400, "DBM")
# product mix weights per seller (knee, uni, hip, plate, nail, spine)
MIX = {
    "Brent Kowalski": (30, 6, 22, 8, 6, 28), "Tasha Greenlee": (35, 10, 30, 10, 8, 7),
    "Cody Rasmussen": (20, 5, 15, 30, 22, 8), "Jenna Vu": (15, 5, 10, 40, 30, 0),
    "Devontae Sims": (20, 5, 10, 40, 25, 0), "Garrett Pruitt": (28, 8, 24, 10, 8, 22),
    "Lauren Beaudry": (38, 12, 30, 8, 6, 6), "Mike Santangelo": (22, 6, 18, 24, 18, 12),
    "Kayla Dufresne": (10, 0, 10, 45, 35, 0), "Alex Mercado": (25, 10, 20, 25, 20, 0),
    "Trey Hollings": (24, 6, 20, 8, 6, 36), "Savannah Crisp": (30, 8, 26, 16, 12, 8),
    "Mike Hadley": (18, 4, 14, 16, 12, 36), "Courtney Abernathy": (15, 5, 10, 40, 30, 0),
    "Ethan Boudreaux": (15, 5, 15, 35, 30, 0),
}
# share of spine and trauma cases that also bill an OsteoWeave graft
BIO_SHARE = {"Mike Santangelo": 0.95, "Savannah Crisp": 0.8, "Cody Rasmussen": 0.6}
QUARTERS = [(dt.date(2025, 1, 1), dt.date(2025, 3, 31)), (dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
            (dt.date(2025, 7, 1), AS_OF)]
PRODUCT_KEYS = ["knee", "uni", "hip", "plate", "nail", "spine"]


def quota_of(seller):
    r = next(x for x in ROSTER if x[0] == seller)
    return float(r[6]) if r[6] else REP_QUOTA


def active(seller, day):
    r = next(x for x in ROSTER if x[0] == seller)
    if r[4] and day < dt.date.fromisoformat(r[4]):
        return False
    if r[5] and day > dt.date.fromisoformat(r[5]):
        return False
    return True


def day_between(a, b):
    while True:
        d = a + dt.timedelta(days=rng.randint(0, (b - a).days))
        # elective cases on weekdays; trauma may land on a weekend
        if d.weekday() < 5 or rng.random() < 0.15:
            return d


counter = [0]


def next_id():
    counter[0] += 1
    return "KC-25-%05d" % (10000 + counter[0] * 7 + rng.randint(0, 6))


cases = []  # dicts before splitting
conv_surgeons = {}  # (seller) -> list of (account, surgeon, first date)


def surgeon_for(account):
    i = sum(ord(c) for c in account)
    return [SURGEONS[(i + k * 7) % len(SURGEONS)] for k in range(3)]


def accounts_on(seller, day):
    accts = list(ACCOUNTS[seller])
    for a, opened in DOORS[seller]:
        if day >= opened:
            accts.append(a)
    return accts


def make_case(seller, day, key, stage="won"):
    if key == "bio":
        product, lo, hi, short = BIO
    else:
        product, lo, hi, short = PRODUCTS[key]
    accts = accounts_on(seller, day)
    # newer doors get fewer cases
    weights = [3 if i < len(ACCOUNTS[seller]) else 2 for i in range(len(accts))]
    account = rng.choices(accts, weights)[0]
    surgeon = rng.choice(surgeon_for(account))
    amount = rng.randint(lo // 10, hi // 10) * 10 + rng.choice([0, 0, 5, 0])
    return dict(seller=seller, day=day, product=product, short=short, account=account,
                surgeon=surgeon, amount=amount, stage=stage, type="existing")


for r in ROSTER:
    seller = r[0]
    q = quota_of(seller)
    mix = MIX[seller]
    for qi, (a, b) in enumerate(QUARTERS):
        target = q * FACTOR[seller][qi]
        if r[4]:
            a = max(a, dt.date.fromisoformat(r[4]))
        if r[5]:
            b = min(b, dt.date.fromisoformat(r[5]))
        if a > b or target <= 0:
            continue
        total = 0
        while total < target:
            key = rng.choices(PRODUCT_KEYS, mix)[0]
            day = day_between(a, b)
            c = make_case(seller, day, key)
            cases.append(c)
            total += c["amount"]
            if key in ("spine", "plate", "nail") and rng.random() < BIO_SHARE.get(seller, 0.45):
                cases.append(make_case(seller, day, "bio"))
                cases[-1]["account"] = c["account"]
                cases[-1]["surgeon"] = c["surgeon"]
            if rng.random() < 0.075:
                lost = make_case(seller, day_between(a, b), key, stage="lost")
                cases.append(lost)
    # scheduled cases on the board
    if not r[5]:
        n_open = 10 if "Associate" in r[3] else 22
        for _ in range(n_open):
            key = rng.choices(PRODUCT_KEYS, mix)[0]
            c = make_case(seller, day_between(BOARD_START, BOARD_END), key, stage="open")
            c["probability"] = "0.9" if rng.random() < 0.7 else "0.4"
            cases.append(c)
            if key == "spine" and rng.random() < 0.5:
                cases.append(dict(make_case(seller, c["day"], "bio", stage="open"),
                                  account=c["account"], surgeon=c["surgeon"],
                                  probability=c["probability"]))

cases.sort(key=lambda c: (c["seller"], c["day"], c["product"], c["amount"]))

# types: the first case at each door is "new_account"; conversions: surgeons converted (3 a rep, 1 an associate)
seen_door = set()
for c in cases:
    if c["stage"] not in ("won",):
        continue
    for acct, opened in DOORS[c["seller"]]:
        if c["account"] == acct and acct not in seen_door:
            c["type"] = "new_account"
            seen_door.add(acct)
convert_at = {}
for r in ROSTER:
    seller = r[0]
    n = 1 if "Associate" in r[3] else 3
    own = [c for c in cases if c["seller"] == seller and c["stage"] == "won" and c["type"] == "existing"
           and c["product"] != BIO[0]]
    for k in range(n):
        if not own:
            break
        pick = own[rng.randint(0, len(own) - 1)]
        convert_at[(seller, pick["account"], pick["surgeon"])] = pick["day"]
for c in cases:
    key = (c["seller"], c["account"], c["surgeon"])
    if key in convert_at and c["type"] == "existing":
        start = convert_at[key]
        if start <= c["day"] <= start + dt.timedelta(days=120):
            c["type"] = "conversion"

# credit-backs
for c in cases:
    if c["stage"] == "won" and c["day"] <= CANCEL_BY and rng.random() < 0.03:
        cancel = c["day"] + dt.timedelta(days=rng.randint(4, 150))
        if cancel <= AS_OF:
            c["stage"] = "cancelled"
            c["cancel"] = cancel

rows = []
for c in cases:
    cid = next_id()
    name = "%s - Dr. %s - %s" % (c["account"], c["surgeon"], c["short"])
    line = dict(id=cid, seller=c["seller"], account=c["account"], name=name, type=c["type"],
                product=c["product"], amount="%d.00" % c["amount"],
                close_date=c["day"].isoformat(), stage=c["stage"], split="1",
                probability=c.get("probability", ""),
                cancel_date=c["cancel"].isoformat() if c.get("cancel") else "", currency="USD")
    partner = COVER.get(c["seller"])
    if (partner and c["stage"] in ("won", "cancelled") and c["account"] in ACCOUNTS[c["seller"]][:2]
            and active(partner, c["day"]) and rng.random() < 0.25):
        line["split"] = "0.7"
        rows.append(line)
        rows.append(dict(line, seller=partner, split="0.3"))
    else:
        rows.append(line)

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
                "target_incentive", "quota:implant", "quota:bio"])
    for sid, mgr, terr, role, start, end, qi, qb, ti in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, ti, qi, qb])
print(len(rows), "case lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
