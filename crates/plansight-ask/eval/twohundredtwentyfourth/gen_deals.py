#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredtwentyfourth workspace (Meridian Surgical
Systems, Inc., an invented US medical-device company selling surgical equipment to hospitals and
clinics; fiscal year FY2026 = 1 October 2025 - 30 September 2026, USD, MONTHLY payouts) from the
real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Meridian people (AGENTS below): 14 surgical sales reps under
  three regional managers, and one Clinical Specialist (Dana Reyes, from Vicki Laflamme). Half of
  each agent's opportunities are kept (md5(id) even); every GTK 500 opportunity is kept.
- Dates: every Maven date moves forward by the same 3,136 days, so 1 March 2017 becomes
  1 October 2025 (the first day of FY2026) and 31 December 2017 becomes 2 August 2026.
  AS OF = 2026-05-20. A Won opportunity that now closes after it becomes an open opportunity
  (probability 0.6); a Lost one dated after it becomes open (probability 0.3). Engaging
  opportunities are open (probability 0.5) expected to close 1 May 2026 + (hash mod 90) days
  (some overdue at the as-of date); Prospecting ones (probability 0.2) 15 June 2026 + (hash mod
  100) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open
  opportunities carry the product's list price x the factor.
    GTX Basic      -> Vigil Bedside Monitor      x 8
    GTX Plus Basic -> Vigil Anesthesia Monitor   x 8
    GTX Plus Pro   -> Orion Ultrasound Cart      x 8
    GTK 500        -> Orion C-Arm Cart           x 6
    GTX Pro        -> Arcus Instrument Kit       x 6   (robotic instrument kit)
    MG Advanced    -> Arcus Stapling Kit         x 4   (robotic stapling kit)
    MG Special     -> CareGuard Service Plan     x 60
- Accounts: each region has its own 12 hospitals and clinics (ACCOUNTS below); an
  opportunity goes to its region's account (Maven account index mod 12). An opportunity with no
  account gets one by hash.
- Type: CareGuard Service Plan = "renewal" (a service renewal) unless hash mod 4 = 0
  ("placement", a first service contract); every other product = "upgrade" when hash mod 3 = 0,
  else "placement" (a new placement).
- Splits (plan.md 3.4): every won or returned Arcus Instrument Kit placement of a rep is two
  lines with the same id: 80% to the rep, 20% to the Clinical Specialist, Dana Reyes.
- Returns ("boomerangs"): a won deal closed on or before 2026-05-05 with hash mod 19 = 0 is
  cancelled (equipment returned / contract cancelled), cancel_date = close + 12 + (hash mod 240)
  days, at the latest the as-of date (plan.md section 11: only returns within 180 days of
  close are clawed back).
- Roster: Brandon Whitaker (Senior Surgical Sales Rep) carries his own annual K&S quota
  ($1,500,000); Dana Reyes (Clinical Specialist) her own quarterly I&M quota ($90,000) and annual
  K&S quota ($1,000,000). Jake Hoffman joined on 2026-01-12 (his deals before that date are
  dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 5, 20)
SHIFT = dt.date(2025, 10, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 5, 5)

AGENTS = {
    "Darcel Schlecht": "Brandon Whitaker",
    "Anna Snelling": "Megan Castillo",
    "Cecily Lampkin": "Tyler Brooks",
    "Wilburn Farren": "Chris Dunham",
    "Niesha Huffines": "Ashley Nguyen",
    "Vicki Laflamme": "Dana Reyes",
    "Kary Hendrixson": "Kevin Marshall",
    "Zane Levy": "Chris Patterson",
    "Gladys Colclough": "Lauren Mitchell",
    "Rosalina Dieter": "Derek Washington",
    "Kami Bicknell": "Ryan Schultz",
    "Cassey Cress": "Nicole Jablonski",
    "Markita Hansen": "Brianna Foster",
    "Moses Frase": "Matt Kowalczyk",
    "Garret Kinder": "Jake Hoffman",
}
SPECIALIST = "Dana Reyes"
ROSTER = [
    # id, manager, territory, role, start_date, quota:im, quota:ks
    ("Brandon Whitaker", "Karen Delgado", "Northeast", "Senior Surgical Sales Rep", "", "", "KS_SENIOR"),
    ("Megan Castillo", "Karen Delgado", "Northeast", "Surgical Sales Rep", "", "", ""),
    ("Tyler Brooks", "Karen Delgado", "Northeast", "Surgical Sales Rep", "", "", ""),
    ("Chris Dunham", "Karen Delgado", "Northeast", "Surgical Sales Rep", "", "", ""),
    ("Ashley Nguyen", "Karen Delgado", "Northeast", "Surgical Sales Rep", "", "", ""),
    ("Dana Reyes", "Marcus Bell", "Southeast", "Clinical Specialist", "", "IM_CS", "KS_CS"),
    ("Kevin Marshall", "Marcus Bell", "Southeast", "Surgical Sales Rep", "", "", ""),
    ("Chris Patterson", "Marcus Bell", "Southeast", "Surgical Sales Rep", "", "", ""),
    ("Lauren Mitchell", "Marcus Bell", "Southeast", "Surgical Sales Rep", "", "", ""),
    ("Derek Washington", "Marcus Bell", "Southeast", "Surgical Sales Rep", "", "", ""),
    ("Ryan Schultz", "Jennifer Ostrowski", "Midwest", "Surgical Sales Rep", "", "", ""),
    ("Nicole Jablonski", "Jennifer Ostrowski", "Midwest", "Surgical Sales Rep", "", "", ""),
    ("Brianna Foster", "Jennifer Ostrowski", "Midwest", "Surgical Sales Rep", "", "", ""),
    ("Matt Kowalczyk", "Jennifer Ostrowski", "Midwest", "Surgical Sales Rep", "", "", ""),
    ("Jake Hoffman", "Jennifer Ostrowski", "Midwest", "Surgical Sales Rep", "2026-01-12", "", ""),
]
QUOTA = {"KS_SENIOR": "1500000.00", "IM_CS": "90000.00", "KS_CS": "1000000.00"}
START = {r[0]: r[4] for r in ROSTER}
REGION = {r[0]: r[2] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("Vigil Bedside Monitor", 8),
    "GTX Plus Basic": ("Vigil Anesthesia Monitor", 8),
    "GTX Plus Pro": ("Orion Ultrasound Cart", 8),
    "GTK 500": ("Orion C-Arm Cart", 6),
    "GTX Pro": ("Arcus Instrument Kit", 6),
    "GTXPro": ("Arcus Instrument Kit", 6),
    "MG Advanced": ("Arcus Stapling Kit", 4),
    "MG Special": ("CareGuard Service Plan", 60),
}
ACCOUNTS = {
    "Northeast": [
        "Fairmont University Hospital", "Mercy Valley Hospital", "Harbor Point Medical Center",
        "Kessler County Hospital", "Granite State Eye & Surgery", "Silver Lake Hospital",
        "Brookhaven Heart Institute", "Hollister Memorial Hospital", "Tidewater Endoscopy Center",
        "St. Ignatius Medical Center", "Maple Grove Surgery Center", "Norwich Children's Hospital",
    ],
    "Southeast": [
        "Riverside Regional Medical Center", "Magnolia Surgical Hospital", "Piedmont Vascular Clinic",
        "Cumberland Regional Hospital", "Palmetto Bay Medical Center", "Live Oak Orthopedic Clinic",
        "Savannah Bluff Hospital", "Blue Ridge Spine Clinic", "Okeechobee Community Hospital",
        "Gulf Breeze Women's Clinic", "Chattahoochee Medical Center", "Sandhills Surgery Center",
    ],
    "Midwest": [
        "Lakeshore General Hospital", "Grand Prairie Memorial Hospital", "Cedar Ridge Orthopedic Clinic",
        "Northgate Medical Center", "Prairie View Hospital", "Copper Hills Urology Clinic",
        "Oak Hollow Medical Center", "Ironwood Pain & Surgery Clinic", "Westfield Veterans Medical Center",
        "Kettle River Hospital", "Driftless Regional Medical Center", "Bur Oak Ambulatory Surgery Center",
    ],
}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


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
    if not (h(oid) % 2 == 0 or r["product"] == "GTK 500"):
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = ACCOUNTS[REGION[seller]][idx % 12]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 5, 1) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2026, 6, 15) + dt.timedelta(days=x % 100)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if product == "CareGuard Service Plan":
        typ = "placement" if x % 4 == 0 else "renewal"
    else:
        typ = "upgrade" if (x // 5) % 3 == 0 else "placement"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=12 + (x // 11) % 240), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if (product == "Arcus Instrument Kit" and typ == "placement" and seller != SPECIALIST
            and stage in ("won", "cancelled")):
        line["split"] = "0.8"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.2"))
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
                "quota:im", "quota:ks"])
    for sid, mgr, terr, role, start, qi, qk in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", QUOTA.get(qi, ""), QUOTA.get(qk, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
