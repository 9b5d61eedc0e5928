#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the eightyfirst workspace (Lakeshore Clinical
Staffing, US healthcare staffing agency, plan year 1 January - 31 December 2026, USD) from
the real Maven CRM export (/work/shared/data/maven-crm/). Standard library only; fully
deterministic (no random module, no clock: every choice is a hash of the opportunity id).

- 14 Maven agents are re-cast as Lakeshore recruiters / account managers (AGENTS below);
  an opportunity is kept when md5(opportunity_id) is 0 mod 3 (about a third of each).
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so they
  fall 1 Jan - 2 Nov 2026. AS OF = 2026-10-20: a Won opportunity that now closes after it
  becomes an open deal (probability 0.75) with that close date.
- Products (placement lines): GTX Basic -> Per Diem Shift Pack, GTX Plus Basic -> Allied
  Per Diem, GTX Pro -> Travel RN Contract, GTX Plus Pro -> Travel Allied Contract,
  MG Special -> Rapid Response RN (all contract lines: amount = contract gross margin);
  MG Advanced -> Direct Hire RN, GTK 500 -> Direct Hire Leader (permanent placements:
  amount = placement fee). Amount = close_value x FACTOR[product].
- Account = the Maven account re-cast as a hospital / health system (FACILITY below keeps
  the Maven name's first word and adds a facility word, deterministic).
- Type: "new" when nobody at Lakeshore had a won (or fallen-off) deal at the facility
  before (in the kept data, in close-date order), else "extension".
- Open Maven deals (Engaging 0.6 / Prospecting 0.25) carry an expected close date in
  November 2026 at list value x FACTOR.
- Won deals closing on or before 2026-09-30 whose md5 is 0 mod 13 are cancelled
  ("fall-offs") 10-140 days after close, the cancel date capped at the as-of date.
- Sellers who joined mid-year keep only their deals closing on or after their start date.
"""
import csv, datetime as dt, hashlib, os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 20)

AGENTS = {
    "Darcel Schlecht": "Theodore Marsh",
    "Anna Snelling": "Priya Raman",
    "Jonathan Berthelot": "Marcus Bell",
    "Gladys Colclough": "Erin Kowalski",
    "Moses Frase": "Guadalupe Ramirez",
    "Kami Bicknell": "Derek Nguyen",
    "Hayden Neloms": "Alyssa Brooks",
    "Vicki Laflamme": "Shannon O'Leary",
    "Kary Hendrixson": "Tyrone Washington",
    "Versie Hillebrand": "Megan Schultz",
    "Corliss Cosme": "Carlos Medina",
    "Zane Levy": "Heather Lindqvist",
    "Maureen Marcano": "Jordan Pike",
    "Elease Gluck": "Brianna Cole",
}
ROSTER = [
    # id, name (nickname quoted), manager, territory, role, start_date, quota override
    ("Theodore Marsh", 'Theodore "Teddy" Marsh', "Monica Reyes", "Southwest", "Senior Account Manager", "", "250000.00"),
    ("Priya Raman", "Priya Raman", "Monica Reyes", "Southwest", "Account Manager", "", ""),
    ("Marcus Bell", "Marcus Bell", "Monica Reyes", "Southwest", "Recruiter", "", ""),
    ("Erin Kowalski", "Erin Kowalski", "Monica Reyes", "Southwest", "Recruiter", "", ""),
    ("Guadalupe Ramirez", 'Guadalupe "Lupe" Ramirez', "Monica Reyes", "Southwest", "Recruiter", "", ""),
    ("Derek Nguyen", "Derek Nguyen", "Monica Reyes", "Southwest", "Account Manager", "", ""),
    ("Alyssa Brooks", "Alyssa Brooks", "Monica Reyes", "Southwest", "Recruiter", "2026-04-13", ""),
    ("Shannon O'Leary", "Shannon O'Leary", "Greg Halvorsen", "Midwest", "Senior Account Manager", "", ""),
    ("Tyrone Washington", "Tyrone Washington", "Greg Halvorsen", "Midwest", "Account Manager", "", ""),
    ("Megan Schultz", "Megan Schultz", "Greg Halvorsen", "Midwest", "Recruiter", "", ""),
    ("Carlos Medina", "Carlos Medina", "Greg Halvorsen", "Midwest", "Recruiter", "", ""),
    ("Heather Lindqvist", "Heather Lindqvist", "Greg Halvorsen", "Midwest", "Account Manager", "", ""),
    ("Jordan Pike", "Jordan Pike", "Greg Halvorsen", "Midwest", "Recruiter", "", ""),
    ("Brianna Cole", "Brianna Cole", "Greg Halvorsen", "Midwest", "Recruiter", "2026-07-06", ""),
]
START = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Per Diem Shift Pack", "GTX Plus Basic": "Allied Per Diem",
    "GTXPro": "Travel RN Contract", "GTX Pro": "Travel RN Contract",
    "GTX Plus Pro": "Travel Allied Contract", "MG Special": "Rapid Response RN",
    "MG Advanced": "Direct Hire RN", "GTK 500": "Direct Hire Leader",
}
FACTOR = {
    "Per Diem Shift Pack": 4, "Allied Per Diem": 4, "Travel RN Contract": 3,
    "Travel Allied Contract": 2.5, "Rapid Response RN": 60,
    "Direct Hire RN": 6, "Direct Hire Leader": 1.5,
}
WORDS = ["Regional Medical Center", "Health", "Memorial Hospital", "Community Hospital",
         "Medical Center", "Health System", "General Hospital"]
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def facility(acct):
    if not acct:
        return ""
    return f"{acct} {WORDS[h(acct) % len(WORDS)]}"


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or h(oid) % 3 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 11, 1) + dt.timedelta(days=h(oid + "c") % 30)
        value = PRICE[r["product"]]
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.75"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    amount = round(value * FACTOR[product], 2)
    rows.append(dict(id=oid, seller=seller, amount=f"{amount:.2f}", close_date=close.isoformat(),
                     stage=stage, product=product, account=facility(r["account"]), probability=prob))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
staffed = set()
for x in rows:
    acct = x["account"]
    x["type"] = "extension" if acct and acct in staffed else "new"
    if x["stage"] == "won" and acct:
        staffed.add(acct)

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-09-30" and h(x["id"] + "x") % 13 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=10 + h(x["id"] + "d") % 131)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

for x in rows:
    x["name"] = f'{x["account"] or "Unassigned"} {x["product"]}'

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["currency"] = "USD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:contract_margin"])
    for sid, name, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, "", q])
print(len(rows), "lines")
