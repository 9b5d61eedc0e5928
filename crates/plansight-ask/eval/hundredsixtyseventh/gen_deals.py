#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredsixtyseventh workspace (Harpeth Medical Supply
Co., an invented Nashville, Tennessee distributor of medical supplies and equipment to clinics,
dental offices, surgery centers and hospitals; plan year = calendar 2026, USD, MONTHLY payouts)
from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Harpeth account executives (AGENTS below). Every Won
  opportunity is kept, except that the two newest reps (Rosalina Dieter -> Tucker Boone, Wilburn
  Farren -> Amos Kincaid) keep only half of theirs (md5(id) even) and every GTK 500 (they become
  Parthenon Surgical Suites); half of the Lost, Engaging and Prospecting opportunities are kept
  (md5(id) even).
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 January 2026 and 24 October 2017 becomes 26 August 2026 (the AS OF date). A Won opportunity
  that now closes after the as-of date becomes an open quote (probability 0.65); a Lost one
  dated after it becomes an open quote (probability 0.3). Engaging opportunities are open
  (probability 0.5) expected to close 10 August 2026 + (hash mod 110) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 15 September 2026 + (hash mod 100) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor.
    MG Special     -> Shelfline Consumables Program   x 20
    GTX Basic      -> Pulse VS Vitals Monitor         x 4
    GTX Plus Basic -> Sterilis Tabletop Autoclave     x 5
    MG Advanced    -> Natchez Power Exam Table        x 3
    GTX Pro        -> Belmont Dental Operatory        x 6
    GTX Plus Pro   -> SonoTrek Portable Ultrasound    x 7
    GTK 500        -> Parthenon Surgical Suite        x 8
- Accounts: Maven's 85 accounts are folded onto 32 invented Tennessee customers by the Maven
  account's index: Belmont Dental Operatories go to one of 8 dental offices, Parthenon Surgical
  Suites to one of 12 surgery centers and hospitals, everything else to any of the 32. An
  opportunity with no account gets one by hash.
- Type: Shelfline Consumables Program: hash mod 20 < 11 = "renewal" (a supply contract renewed),
  < 16 = "add-on", else "new"; every other product: hash mod 5 < 2 = "new", else "add-on".
- Splits (plan.md 3.4): a won or cancelled Parthenon Surgical Suite of any rep but Lacey Dunaway
  (the Surgical Solutions Specialist) is two lines with the same id: 60% to the rep, 40% to Lacey
  Dunaway.
- Cancellations ("walk-backs"): a won line with hash mod 25 = 0 whose cancel date, close + 8 +
  (hash mod 170) days, falls on or before the as-of date is cancelled on that date (plan.md
  section 11: only cancellations within 120 days of close are clawed back).
- Roster: Wade Pettigrew (Senior Account Executive) carries his own monthly Territory Revenue
  quota (600,000) and quarterly Major Equipment quota (1,200,000); Lacey Dunaway is the Surgical
  Solutions Specialist (standard quotas).
  Tucker Boone joined on 2026-03-02 and Amos Kincaid on 2026-06-15 (their own deals before those
  dates are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 26)
SHIFT = dt.date(2026, 1, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Darcel Schlecht": "Wade Pettigrew",
    "Kary Hendrixson": "Casey Whitaker",
    "Anna Snelling": "Shelby Carmichael",
    "Gladys Colclough": "Marisol Vega",
    "Rosalina Dieter": "Tucker Boone",
    "Vicki Laflamme": "Lacey Dunaway",
    "Zane Levy": "Casey Odom",
    "Cassey Cress": "Brooke Tillman",
    "Daniell Hammack": "Jamal Ridley",
    "Wilburn Farren": "Amos Kincaid",
    "Reed Clapper": "Hank Ledbetter",
    "Donn Cantrell": "Darnell Hughes",
    "Corliss Cosme": "Jolene Pruitt",
    "Maureen Marcano": "Priscilla Yates",
    "Jonathan Berthelot": "Eli Sorensen",
}
NEWEST = {"Tucker Boone", "Amos Kincaid"}
ROSTER = [
    # id, manager, territory, role, start_date, quota:trc, quota:mei
    ("Wade Pettigrew", "Renee Castillo", "Nashville", "Senior Account Executive", "", "Q_SENIOR", "Q_SENIOR_MEI"),
    ("Casey Whitaker", "Renee Castillo", "Nashville", "Account Executive", "", "", ""),
    ("Shelby Carmichael", "Renee Castillo", "Nashville", "Account Executive", "", "", ""),
    ("Marisol Vega", "Renee Castillo", "Nashville", "Account Executive", "", "", ""),
    ("Tucker Boone", "Renee Castillo", "Nashville", "Associate Account Executive", "2026-03-02", "", ""),
    ("Lacey Dunaway", "Dale Overbey", "Knoxville", "Surgical Solutions Specialist", "", "", ""),
    ("Casey Odom", "Dale Overbey", "Knoxville", "Account Executive", "", "", ""),
    ("Brooke Tillman", "Dale Overbey", "Knoxville", "Account Executive", "", "", ""),
    ("Jamal Ridley", "Dale Overbey", "Knoxville", "Account Executive", "", "", ""),
    ("Amos Kincaid", "Dale Overbey", "Knoxville", "Associate Account Executive", "2026-06-15", "", ""),
    ("Hank Ledbetter", "Toni Beasley", "Memphis", "Account Executive", "", "", ""),
    ("Darnell Hughes", "Toni Beasley", "Memphis", "Account Executive", "", "", ""),
    ("Jolene Pruitt", "Toni Beasley", "Memphis", "Account Executive", "", "", ""),
    ("Priscilla Yates", "Toni Beasley", "Memphis", "Account Executive", "", "", ""),
    ("Eli Sorensen", "Toni Beasley", "Memphis", "Account Executive", "", "", ""),
]
QUOTA = {"Q_SENIOR": "600000.00", "Q_SENIOR_MEI": "1200000.00"}
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Shelfline Consumables Program", 20),
    "GTX Basic": ("Pulse VS Vitals Monitor", 4),
    "GTX Plus Basic": ("Sterilis Tabletop Autoclave", 5),
    "MG Advanced": ("Natchez Power Exam Table", 3),
    "GTX Pro": ("Belmont Dental Operatory", 6),
    "GTXPro": ("Belmont Dental Operatory", 6),
    "GTX Plus Pro": ("SonoTrek Portable Ultrasound", 7),
    "GTK 500": ("Parthenon Surgical Suite", 8),
}
DENTAL = [
    "Gulch Dental Studio", "Hermitage Dental Group", "Franklin Family Dentistry",
    "Smyrna Pediatric Dentistry", "West End Oral Surgery", "Bellevue Orthodontics",
    "Collierville Smile Center", "Bearden Dental Arts",
]
ACUTE = [
    "Cool Springs Surgery Center", "Midtown Ambulatory Surgery", "Lebanon Endoscopy Center",
    "Spring Hill Surgical Partners", "Turkey Creek Surgery Center", "Poplar Avenue Eye Surgery",
    "Highland Rim Health System", "Duck River Community Hospital",
    "Caney Fork Regional Medical Center", "Cumberland Valley Health", "Wolf River Medical Center",
    "Clinch Valley Health System",
]
CLINICS = [
    "Belle Meade Family Medicine", "Green Hills Pediatrics", "Germantown Internal Medicine",
    "Sylvan Park Urgent Care", "Donelson Family Health", "Brentwood OB-GYN Associates",
    "Antioch Community Clinic", "Hendersonville Dermatology", "Murfreesboro Orthopedic Clinic",
    "Clarksville Primary Care", "Bartlett Kidney Care", "Farragut Family Practice",
]
EVERYONE = CLINICS + DENTAL + ACUTE


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
    seller = AGENTS[agent]
    if r["deal_stage"] == "Won":
        keep = seller not in NEWEST or h(oid) % 2 == 0 or r["product"] == "GTK 500"
    else:
        keep = h(oid) % 2 == 0
    if not keep:
        continue
    x = h(oid) // 2
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product == "Belmont Dental Operatory":
        account = DENTAL[idx % len(DENTAL)]
    elif product == "Parthenon Surgical Suite":
        account = ACUTE[idx % len(ACUTE)]
    else:
        account = EVERYONE[idx % len(EVERYONE)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 8, 10) + dt.timedelta(days=x % 110)
            prob = "0.5"
        else:
            close = dt.date(2026, 9, 15) + dt.timedelta(days=x % 100)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.65" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if product == "Shelfline Consumables Program":
        k = (x // 3) % 20
        typ = "renewal" if k < 11 else ("add-on" if k < 16 else "new")
    else:
        typ = "new" if (x // 3) % 5 < 2 else "add-on"
    if stage == "won" and (x // 7) % 25 == 0:
        cancelled_on = close + dt.timedelta(days=8 + (x // 11) % 170)
        if cancelled_on <= AS_OF:
            stage = "cancelled"
            cancel = cancelled_on.isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if (product == "Parthenon Surgical Suite" and seller != "Lacey Dunaway"
            and stage in ("won", "cancelled")):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller="Lacey Dunaway", split="0.4"))
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
                "quota:trc", "quota:mei"])
    for sid, mgr, terr, role, start, qt, qm in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", QUOTA.get(qt, ""), QUOTA.get(qm, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
