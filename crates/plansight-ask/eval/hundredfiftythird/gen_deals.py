#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfiftythird workspace (Calumet Medical Supply Co.,
an invented medical-supplies distributor in Chicago selling equipment and consumables contracts
to hospitals, clinics, dental offices and veterinary practices; plan year 1 July 2025 -
30 June 2026, USD, MONTHLY payouts, quarterly quotas) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Calumet account executives (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they become
  Lumina DR imaging systems), and every opportunity of Elease Gluck (re-cast as Heather Kim, the
  Imaging Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 July 2025 and 31 December 2017 becomes 30 April 2026. AS OF = 2026-02-18. A Won opportunity
  that now closes after it becomes an open deal (probability 0.6); a Lost one dated after it an
  open deal (probability 0.25). Engaging opportunities are open (probability 0.5), expected to
  close 1 February 2026 + (hash mod 75) days (some overdue at the as-of date); Prospecting ones
  (probability 0.2) 1 March 2026 + (hash mod 110) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    MG Special     -> Exam Glove Program             x 30   (consumables contract)
    GTX Basic      -> Infusion Disposables Contract  x 8    (consumables contract)
    GTX Plus Basic -> Dental Consumables Contract    x 5    (consumables contract)
    MG Advanced    -> SteriPro Autoclave             x 3    (equipment)
    GTX Pro        -> Vireo Infusion Pump            x 3    (equipment)
    GTX Plus Pro   -> Halden Dental Chair            x 4    (equipment)
    GTK 500        -> Lumina DR Imaging System       x 4    (equipment)
- Accounts: 34 invented Chicago-area customers in four segments (hospitals, clinics, dental
  offices, veterinary practices). A product sells only to the segments that buy it (dental chairs
  and dental consumables to dental offices; imaging, infusion pumps and infusion disposables to
  hospitals, clinics and vets; autoclaves and gloves to anyone); the account is that pool's entry
  at (Maven account index mod pool size); an opportunity with no account gets one by hash.
- Type: consumables contracts: hash mod 3 = 0 "renewal", else (hash // 3) mod 3 = 0 "new", else
  "expansion"; equipment: (hash // 3) mod 3 = 0 "new", else "expansion".
- Split (plan.md 3.4): a won or cancelled Lumina DR Imaging System of any AE but Heather Kim is
  two lines with the same id: 60% to the AE, 40% to Heather Kim.
- Cancellations ("U-turns"): a won deal closed on or before 2026-02-04 with (hash // 7) mod 23 = 0
  is cancelled, cancel_date = close + 7 + ((hash // 11) mod 130) days, at the latest the as-of
  date (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Kevin O'Malley (Senior Account Executive) and Heather Kim (Imaging Specialist) carry
  their own quarterly Equipment quota. Dan Wozniak joined on 2025-10-20 (his own deals before that
  date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 18)
SHIFT = dt.date(2025, 7, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 2, 4)

AGENTS = {
    "Darcel Schlecht": "Kevin O'Malley",
    "Anna Snelling": "Tanya Brooks",
    "Versie Hillebrand": "Raj Patel",
    "Moses Frase": "Megan Schultz",
    "Jonathan Berthelot": "Luis Ortega",
    "Kary Hendrixson": "Andre Washington",
    "Zane Levy": "Colleen Fitzgerald",
    "Kami Bicknell": "Brian Nowak",
    "Maureen Marcano": "Keisha Coleman",
    "Garret Kinder": "Dan Wozniak",
    "Cassey Cress": "Samantha Reyes",
    "Corliss Cosme": "Tyler Lindgren",
    "Gladys Colclough": "Nicole Baptiste",
    "Boris Faz": "Brian Tully",
    "Elease Gluck": "Heather Kim",
    "Rosalina Dieter": "Jorge Medina",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:equipment
    ("Kevin O'Malley", "Denise Kowalczyk", "North Shore", "Senior Account Executive", "", "Q_SENIOR"),
    ("Tanya Brooks", "Denise Kowalczyk", "North Shore", "Account Executive", "", ""),
    ("Raj Patel", "Denise Kowalczyk", "North Shore", "Account Executive", "", ""),
    ("Megan Schultz", "Denise Kowalczyk", "North Shore", "Account Executive", "", ""),
    ("Luis Ortega", "Denise Kowalczyk", "North Shore", "Account Executive", "", ""),
    ("Andre Washington", "Marcus Bell", "South Side", "Account Executive", "", ""),
    ("Colleen Fitzgerald", "Marcus Bell", "South Side", "Account Executive", "", ""),
    ("Brian Nowak", "Marcus Bell", "South Side", "Account Executive", "", ""),
    ("Keisha Coleman", "Marcus Bell", "South Side", "Account Executive", "", ""),
    ("Dan Wozniak", "Marcus Bell", "South Side", "Account Executive", "2025-10-20", ""),
    ("Samantha Reyes", "Rosa Delgado", "West Suburbs", "Account Executive", "", ""),
    ("Tyler Lindgren", "Rosa Delgado", "West Suburbs", "Account Executive", "", ""),
    ("Nicole Baptiste", "Rosa Delgado", "West Suburbs", "Account Executive", "", ""),
    ("Brian Tully", "Rosa Delgado", "West Suburbs", "Account Executive", "", ""),
    ("Heather Kim", "Rosa Delgado", "West Suburbs", "Imaging Specialist", "", "Q_IMAGING"),
    ("Jorge Medina", "Rosa Delgado", "West Suburbs", "Account Executive", "", ""),
]
QUOTA = {"Q_SENIOR": "300000.00", "Q_IMAGING": "200000.00"}
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Exam Glove Program", 30),
    "GTX Basic": ("Infusion Disposables Contract", 8),
    "GTX Plus Basic": ("Dental Consumables Contract", 5),
    "MG Advanced": ("SteriPro Autoclave", 3),
    "GTX Pro": ("Vireo Infusion Pump", 3),
    "GTXPro": ("Vireo Infusion Pump", 3),
    "GTX Plus Pro": ("Halden Dental Chair", 4),
    "GTK 500": ("Lumina DR Imaging System", 4),
}
CONSUMABLES = {"Exam Glove Program", "Infusion Disposables Contract", "Dental Consumables Contract"}
HOSPITALS = [
    "Lakeview Memorial Hospital", "St. Casimir Medical Center", "Mercy Ridge Hospital",
    "Oak Lawn Community Hospital", "Humboldt Park General", "Evanston Lakeside Hospital",
    "Hyde Park Surgical Center", "West Loop Orthopedic Hospital",
]
CLINICS = [
    "Pilsen Family Clinic", "Bridgeport Urgent Care", "Uptown Community Health",
    "Logan Square Pediatrics", "Andersonville Women's Health", "Austin Dialysis Center",
    "Berwyn Oncology Associates", "Skokie Immediate Care", "Midway Occupational Health",
]
DENTAL = [
    "Bucktown Dental Group", "Wicker Park Smiles", "Lincoln Square Orthodontics",
    "Beverly Family Dentistry", "Oak Park Dental Arts", "Naperville Pediatric Dental",
    "Jefferson Park Dental", "Gold Coast Dental Studio", "Chinatown Dental Care",
]
VETS = [
    "Rogers Park Animal Hospital", "Wrigleyville Veterinary Clinic", "Edgewater Pet Hospital",
    "South Loop Animal Clinic", "Portage Park Vet", "Ravenswood Equine & Small Animal",
    "Hinsdale Veterinary Specialists", "Bronzeville Animal Care",
]
POOL = {
    "Lumina DR Imaging System": HOSPITALS + CLINICS + VETS,
    "Vireo Infusion Pump": HOSPITALS + CLINICS + VETS,
    "Infusion Disposables Contract": HOSPITALS + CLINICS + VETS,
    "Halden Dental Chair": DENTAL,
    "Dental Consumables Contract": DENTAL,
    "SteriPro Autoclave": HOSPITALS + CLINICS + DENTAL + VETS,
    "Exam Glove Program": HOSPITALS + CLINICS + DENTAL + VETS,
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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    pool = POOL[product]
    account = pool[idx % len(pool)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 2, 1) + dt.timedelta(days=x % 75)
            prob = "0.5"
        else:
            close = dt.date(2026, 3, 1) + dt.timedelta(days=x % 110)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if product in CONSUMABLES:
        if x % 3 == 0:
            typ = "renewal"
        elif (x // 3) % 3 == 0:
            typ = "new"
        else:
            typ = "expansion"
    else:
        typ = "new" if (x // 3) % 3 == 0 else "expansion"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 23 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=7 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if (product == "Lumina DR Imaging System" and seller != "Heather Kim"
            and stage in ("won", "cancelled")):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller="Heather Kim", split="0.4"))
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
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
