#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the sixtyfifth workspace (Tidewater Clinical
Staffing, a US healthcare-staffing agency; plan year 1 July 2026 - 30 June 2027, USD) from
the real Maven CRM export (/work/shared/data/maven-crm/). Standard library only; no
randomness and no clock: every choice is a function of the opportunity id.

- 14 Maven agents are re-cast as Tidewater recruiters (AGENTS); an opportunity is kept when
  the sum of its id's character codes is divisible by 3 (about one in three).
- Dates: Maven close dates (Mar-Dec 2017) move 9 years and 4 months forward (day clamped
  to the month's end), so they fall 1 Jul 2026 - 30 Apr 2027. AS OF = 2027-01-31: a Won
  opportunity that now closes after it becomes an open req (probability 0.7) at its date.
- Products (specialty lines): GTX Basic -> Med-Surg Travel, GTX Plus Basic -> Telemetry
  Travel, GTX Pro -> Critical Care Travel, GTX Plus Pro -> Surgical Services Travel,
  GTK 500 -> Locum Tenens, MG Special -> Per Diem, MG Advanced -> Allied Therapy.
  amount = placement gross margin = close_value x MULT of the line.
- Accounts: each Maven account becomes a hospital client (FACILITY, by its sorted index).
- Type: "new" when nobody at Tidewater had won that facility before (in the kept data,
  by close date then id), else "extension".
- Maven Engaging / Prospecting opportunities are open reqs at list value x MULT, expected
  to close 2027-02-28 (probability 0.5) or 2027-03-31 (0.2).
- A won deal whose id's code sum is divisible by 17 is cancelled ("fall-off"), 15-134 days
  after close (code sum mod 120 + 15), the cancel date capped at the as-of date.
- Joiners: deals closing before a recruiter's start date are dropped.
"""
import csv, datetime as dt, os, calendar

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 1, 31)

AGENTS = {
    "Darcel Schlecht": "Jasmine Coleman",
    "Anna Snelling": "Katherine Delgado",
    "Jonathan Berthelot": "Marcus Bell",
    "Versie Hillebrand": "Erin Novak",
    "Moses Frase": "Tyrone Jenkins",
    "Vicki Laflamme": "Robert Chambers",
    "Kary Hendrixson": "Lauren Pham",
    "Kami Bicknell": "Diego Ramirez",
    "Zane Levy": "Hannah Brooks",
    "Maureen Marcano": "Caleb Foster",
    "Cassey Cress": "Megan O'Connell",
    "Donn Cantrell": "Andre Washington",
    "Reed Clapper": "Sofia Lindqvist",
    "Corliss Cosme": "Nathan Cho",
}
ROSTER = [
    # id, name, manager, territory, role, start_date
    ("Jasmine Coleman", "Jasmine Coleman", "Denise Whitaker", "Carolinas", "Senior Recruiter", ""),
    ("Katherine Delgado", 'Katherine "Kit" Delgado', "Denise Whitaker", "Carolinas", "Recruiter", ""),
    ("Marcus Bell", "Marcus Bell", "Denise Whitaker", "Carolinas", "Recruiter", ""),
    ("Erin Novak", "Erin Novak", "Denise Whitaker", "Carolinas", "Recruiter", ""),
    ("Tyrone Jenkins", "Tyrone Jenkins", "Denise Whitaker", "Carolinas", "Recruiter", "2026-10-01"),
    ("Robert Chambers", 'Robert "Bo" Chambers', "Tom Alvarez", "Texas", "Senior Recruiter", ""),
    ("Lauren Pham", "Lauren Pham", "Tom Alvarez", "Texas", "Recruiter", ""),
    ("Diego Ramirez", "Diego Ramirez", "Tom Alvarez", "Texas", "Recruiter", ""),
    ("Hannah Brooks", "Hannah Brooks", "Tom Alvarez", "Texas", "Recruiter", ""),
    ("Caleb Foster", "Caleb Foster", "Tom Alvarez", "Texas", "Recruiter", ""),
    ("Megan O'Connell", "Megan O'Connell", "Priya Raman", "Great Lakes", "Recruiter", ""),
    ("Andre Washington", "Andre Washington", "Priya Raman", "Great Lakes", "Recruiter", ""),
    ("Sofia Lindqvist", "Sofia Lindqvist", "Priya Raman", "Great Lakes", "Recruiter", ""),
    ("Nathan Cho", "Nathan Cho", "Priya Raman", "Great Lakes", "Recruiter", "2026-11-16"),
]
QUOTA_OVERRIDE = {"Jasmine Coleman": "150000.00", "Robert Chambers": "120000.00"}
START = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Med-Surg Travel", "GTX Plus Basic": "Telemetry Travel",
    "GTXPro": "Critical Care Travel", "GTX Pro": "Critical Care Travel",
    "GTX Plus Pro": "Surgical Services Travel", "GTK 500": "Locum Tenens",
    "MG Special": "Per Diem", "MG Advanced": "Allied Therapy",
}
MULT = {"Med-Surg Travel": 3, "Telemetry Travel": 3, "Critical Care Travel": 2.5,
        "Surgical Services Travel": 2.5, "Locum Tenens": 1, "Per Diem": 30, "Allied Therapy": 2}
FACILITY = [
    "Piedmont Regional Medical Center", "Lakeshore Children's Hospital", "Bayou General Hospital",
    "Cape Fear Memorial", "Brazos Valley Health", "Saint Brigid Medical Center",
    "Maple Grove Community Hospital", "Riverbend Behavioral Health", "Pinecrest Surgical Hospital",
    "Harbor Point Medical Center", "Blue Ridge Orthopedic Institute", "Gulf Coast Cancer Center",
    "Prairie View Rehabilitation", "Oak Hollow Hospital", "Summit County Health System",
    "Westbrook Veterans Clinic", "Mercy Crossing Hospital", "Ironwood Regional", "Cedar Shoals Clinic",
    "Northgate Women's Hospital", "Stonebridge Health", "Magnolia Heart Institute",
    "Falls Creek Medical", "Red River Children's", "Kettering Lakes Hospital",
    "Sandhills Regional Medical", "Coastal Plains Hospital", "Evergreen Hospice Network",
    "Lone Star Trauma Center", "Hollis Memorial",
]
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]

def code(s):
    return sum(ord(c) for c in s)

def shift(s):
    d = dt.date.fromisoformat(s)
    m = d.month + 4
    y = d.year + 9 + (m - 1) // 12
    m = (m - 1) % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

def money(x):
    return f"{x:.2f}"

accounts = sorted({r["account"] for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")) if r["account"]})
ACC = {a: FACILITY[i % len(FACILITY)] for i, a in enumerate(accounts)}

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    if r["sales_agent"] not in AGENTS or code(r["opportunity_id"]) % 3:
        continue
    seller = AGENTS[r["sales_agent"]]
    prod = PRODUCT[r["product"]]
    acc = ACC.get(r["account"], "Hollis Memorial")
    stage = r["deal_stage"]
    c = code(r["opportunity_id"])
    row = {"id": r["opportunity_id"], "seller": seller, "account": acc,
           "name": f"{acc} {prod}", "type": "", "product": prod, "amount": "",
           "close_date": "", "stage": "", "split": "1", "probability": "",
           "cancel_date": "", "currency": "USD"}
    if stage in ("Won", "Lost"):
        close = shift(r["close_date"])
        if START[seller] and close < dt.date.fromisoformat(START[seller]):
            continue
        row["close_date"] = close.isoformat()
        if stage == "Lost":
            row["stage"] = "lost"
            row["amount"] = money(PRICE[r["product"]] * MULT[prod])
        elif close > AS_OF:
            row["stage"] = "open"
            row["probability"] = "0.7"
            row["amount"] = money(float(r["close_value"]) * MULT[prod])
        else:
            row["stage"] = "won"
            row["amount"] = money(float(r["close_value"]) * MULT[prod])
            if c % 17 == 0:
                row["stage"] = "cancelled"
                cd = min(close + dt.timedelta(days=c % 120 + 15), AS_OF)
                row["cancel_date"] = cd.isoformat()
    else:
        row["stage"] = "open"
        row["amount"] = money(PRICE[r["product"]] * MULT[prod])
        if stage == "Engaging":
            row["close_date"], row["probability"] = "2027-02-28", "0.5"
        else:
            row["close_date"], row["probability"] = "2027-03-31", "0.2"
    rows.append(row)

# deal type: "new" for a facility's first win at Tidewater, else "extension"
seen = set()
for row in sorted(rows, key=lambda x: (x["close_date"], x["id"])):
    if row["stage"] in ("won", "cancelled"):
        row["type"] = "extension" if row["account"] in seen else "new"
        seen.add(row["account"])
for row in rows:
    if not row["type"]:
        row["type"] = "extension" if row["account"] in seen else "new"

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:margin"])
    for sid, name, mgr, terr, role, start in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, "", QUOTA_OVERRIDE.get(sid, "")])
