#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfirst workspace (Brightmill Dental Supply,
an invented US dental-supplies distributor selling operatory chairs, imaging, consumables and
service contracts to dental practices; plan year = calendar 2026, USD, MONTHLY payouts) from the
real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 11 Maven agents are re-cast as Brightmill reps (AGENTS below), in three teams: Lakeshore and
  Ohio Valley (territory reps) and Imaging (imaging specialists). Half of each territory rep's
  opportunities are kept (md5(id) even); every opportunity of the three imaging specialists is
  kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 January 2026 and 31 December 2017 becomes 2 November 2026. AS OF = 2026-08-21. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one dated
  after it becomes an open deal (probability 0.3). Engaging opportunities are open (probability
  0.5) expected to close 3 August 2026 + (hash mod 100) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 1 September 2026 + (hash mod 110) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    MG Special     -> Sterilization Supply Pack        x 20
    GTX Basic      -> Consumables Standing Order       x 4
    GTX Plus Basic -> Preventive Maintenance Contract  x 3
    MG Advanced    -> Digital Sensor Kit               x 3
    GTX Pro        -> Intraoral Scanner                x 5
    GTX Plus Pro   -> Operatory Chair Package          x 6
    GTK 500        -> Cone Beam CT                     x 4
- Accounts: dental practices. A territory rep's deals go to one of 18 invented practices of the
  rep's territory (Maven account index mod 18); an imaging specialist's to one of the 36 (index
  mod 36). An opportunity with no account gets one by hash.
- Type: a Preventive Maintenance Contract or Consumables Standing Order with hash mod 3 = 0 is
  "renewal"; otherwise hash mod 4 = 0 is "new" (a practice that never bought from Brightmill),
  the rest "expansion".
- Splits (plan.md 3.5): every won or cancelled Cone Beam CT is two lines with the same id: 75% to
  the imaging specialist and 25% to the territory rep of the practice (the rep picked by hash
  among that territory's active reps at the close date).
- Cancellations ("extractions"): a won deal closed on or before 2026-08-07 with hash mod 19 = 0
  is cancelled, cancel_date = close + 6 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Carlos Ibarra (Senior Territory Rep) and the imaging specialists carry their own
  quarterly Equipment quota; Courtney Mayfield joined on 2026-04-13 (her deals before are
  dropped); Dana Pruitt left on 2026-07-24 (her deals after are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 21)
SHIFT = dt.date(2026, 1, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 8, 7)

AGENTS = {
    "Kary Hendrixson": "Kevin Marchetti",
    "Cassey Cress": "Alyssa Brandt",
    "Reed Clapper": "Jerome Whitaker",
    "Violet Mclelland": "Tina Nguyen",
    "Zane Levy": "Kevin Osei",
    "James Ascencio": "Megan O'Rourke",
    "Darcel Schlecht": "Carlos Ibarra",
    "Niesha Huffines": "Dana Pruitt",
    "Elease Gluck": "Rajesh Patel",
    "Rosalina Dieter": "Hollis Grant",
    "Markita Hansen": "Courtney Mayfield",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:equipment
    ("Kevin Marchetti", "Renee Dubois", "Lakeshore", "Territory Rep", "", "", ""),
    ("Alyssa Brandt", "Renee Dubois", "Lakeshore", "Territory Rep", "", "", ""),
    ("Jerome Whitaker", "Renee Dubois", "Lakeshore", "Territory Rep", "", "", ""),
    ("Tina Nguyen", "Renee Dubois", "Lakeshore", "Territory Rep", "", "", ""),
    ("Kevin Osei", "Greg Halvorsen", "Ohio Valley", "Territory Rep", "", "", ""),
    ("Megan O'Rourke", "Greg Halvorsen", "Ohio Valley", "Territory Rep", "", "", ""),
    ("Carlos Ibarra", "Greg Halvorsen", "Ohio Valley", "Senior Territory Rep", "", "", "Q_SENIOR"),
    ("Dana Pruitt", "Greg Halvorsen", "Ohio Valley", "Territory Rep", "", "2026-07-24", ""),
    ("Rajesh Patel", "Priscilla Vance", "Imaging", "Imaging Specialist", "", "", "Q_IMAGING"),
    ("Hollis Grant", "Priscilla Vance", "Imaging", "Imaging Specialist", "", "", "Q_IMAGING"),
    ("Courtney Mayfield", "Priscilla Vance", "Imaging", "Imaging Specialist", "2026-04-13", "",
     "Q_IMAGING"),
]
QUOTA = {"Q_SENIOR": "450000.00", "Q_IMAGING": "240000.00"}
TEAM = {r[0]: r[2] for r in ROSTER}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
IMAGING = {r[0] for r in ROSTER if r[2] == "Imaging"}
PRODUCT = {
    "MG Special": ("Sterilization Supply Pack", 20),
    "GTX Basic": ("Consumables Standing Order", 4),
    "GTX Plus Basic": ("Preventive Maintenance Contract", 3),
    "MG Advanced": ("Digital Sensor Kit", 3),
    "GTX Pro": ("Intraoral Scanner", 5),
    "GTXPro": ("Intraoral Scanner", 5),
    "GTX Plus Pro": ("Operatory Chair Package", 6),
    "GTK 500": ("Cone Beam CT", 4),
}
PRACTICES = {
    "Lakeshore": [
        "Lakeview Family Dentistry", "Evanston Smile Studio", "Oak Park Dental Group",
        "Naperville Pediatric Dentistry", "Milwaukee Avenue Dental", "Brookfield Dental Care",
        "Kenosha Harbor Dental", "Ann Arbor Endodontics", "Royal Oak Orthodontics",
        "Grand Rapids Oral Surgery", "Wicker Park Dental", "Schaumburg Family Dental",
        "Lake Forest Periodontics", "Dearborn Dental Arts", "Madison Lakes Dental",
        "Heartland Smiles DSO - Chicago", "Joliet Community Dental Clinic", "Skokie Dental Loft",
    ],
    "Ohio Valley": [
        "German Village Dental", "Short North Smiles", "Dublin Family Dentistry",
        "Cincinnati Endodontic Associates", "Hyde Park Dental", "Dayton Pediatric Dental",
        "Shadyside Dental Studio", "Mt. Lebanon Orthodontics", "Lexington Oral Surgery",
        "Louisville Smile Center", "Bluegrass Dental Group", "Westerville Dental Care",
        "Akron Family Dental", "Heartland Smiles DSO - Columbus", "Covington Dental Arts",
        "Strongsville Periodontics", "Bexley Dental", "Wheeling Community Dental",
    ],
}
ALL_PRACTICES = PRACTICES["Lakeshore"] + PRACTICES["Ohio Valley"]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def active(seller, day):
    if START[seller] and day < dt.date.fromisoformat(START[seller]):
        return False
    if END[seller] and day > dt.date.fromisoformat(END[seller]):
        return False
    return True


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
maven_accounts = sorted(r["account"] for r in read("accounts.csv"))
IDX = {a: i for i, a in enumerate(maven_accounts)}

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    seller = AGENTS[agent]
    if h(oid) % 2 != 0 and seller not in IMAGING:
        continue
    x = h(oid) // 2
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    if seller in IMAGING:
        account = ALL_PRACTICES[idx % len(ALL_PRACTICES)]
    else:
        pl = PRACTICES[TEAM[seller]]
        account = pl[idx % len(pl)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 8, 3) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 110)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.3"
            stage = "open"
    if not active(seller, close):
        continue
    if product in ("Preventive Maintenance Contract", "Consumables Standing Order") and x % 3 == 0:
        typ = "renewal"
    elif (x // 5) % 4 == 0:
        typ = "new"
    else:
        typ = "expansion"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if product == "Cone Beam CT" and stage in ("won", "cancelled"):
        terr = "Lakeshore" if account in PRACTICES["Lakeshore"] else "Ohio Valley"
        reps = [s for s, _m, t, *_ in ROSTER if t == terr and active(s, close)]
        partner = reps[(x // 17) % len(reps)]
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=partner, split="0.25"))
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
                "quota:equipment"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
