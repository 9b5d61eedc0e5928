#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredthirtieth workspace (Delaware Valley
Medical Supply Co., "DVMS", an invented Philadelphia medical-surgical supply distributor selling
to hospitals, surgery centers, practices and long-term care across Philadelphia, South Jersey,
the Main Line and Delaware; plan year FY26 = 1 October 2025 - 30 September 2026, USD, MONTHLY
payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as DVMS account executives (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they become
  Steam Sterilizers), and every opportunity of Elease Gluck (re-cast as Priya Venkataraman, the
  Clinical Equipment Specialist) is kept.
- Dates: every Maven date moves forward by 3,136 days (448 weeks, so weekdays are kept):
  1 March 2017 becomes 1 October 2025, 31 December 2017 becomes 2 August 2026. AS OF =
  2026-05-22. A Won opportunity that now closes after it becomes an open deal (probability
  0.6); a Lost one dated after it becomes an open deal (probability 0.25). Engaging
  opportunities are open (probability 0.5) expected to close 1 May 2026 + (hash mod 90) days
  (some overdue at the as-of date); Prospecting ones (probability 0.2) 1 June 2026 + (hash mod
  100) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    MG Special     -> Nitrile Glove Program      x 6
    GTX Basic      -> Wound Care Kit             x 2
    GTX Plus Basic -> IV Start Kit               x 2
    GTX Pro        -> Respiratory Supply Pack    x 2
    MG Advanced    -> Patient Monitor            x 3
    GTX Plus Pro   -> Infusion Pump              x 3
    GTK 500        -> Steam Sterilizer           x 2
- Accounts: Steam Sterilizers go to one of 14 invented hospitals and surgery centers (Maven
  account index mod 14); every other opportunity goes to one of 22 invented practices, clinics
  and nursing homes or, when the Maven account index mod 3 = 0, to a hospital. An opportunity
  with no account gets one by hash.
- Type: hash mod 10 in 0-2 = "new" (a new door: an account DVMS never supplied), 3-4 = "gpo"
  (ordered on a group purchasing contract), the rest "expansion" (a tuck-in: more product for
  an existing account).
- Splits (plan.md 3.4): a won or cancelled Steam Sterilizer of any executive but Priya
  Venkataraman is two lines with the same id: 80% to the executive, 20% to Priya Venkataraman.
  Kevin Mulroney's won deals from Dante Morales's start with hash mod 7 = 0 are "ride-along"
  deals, 50% / 50% with Dante Morales.
- Cancellations ("dead POs"): a won deal closed on or before 2026-05-08 with hash mod 25 = 0 is
  cancelled, cancel_date = close + 10 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Kevin Mulroney (Senior Account Executive, health systems) carries his own quarterly
  Med-Surg quota; Priya Venkataraman (Clinical Equipment Specialist) her own annual Biomed
  quota. Dante Morales joined on 2026-01-12 (his own deals before that date are dropped).
  Bridget O'Hara left on 2026-03-13 (her deals after it credit nothing; her open deals are
  dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 5, 22)
SHIFT = dt.date(2025, 10, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 5, 8)

AGENTS = {
    "Darcel Schlecht": "Kevin Mulroney",
    "Anna Snelling": "Mike DiNardo",
    "Versie Hillebrand": "Tamika Greene",
    "Cecily Lampkin": "Bridget O'Hara",
    "Moses Frase": "Sal Ruggiero",
    "Kary Hendrixson": "Mike Brennan",
    "Kami Bicknell": "Lauren Fitzpatrick",
    "Zane Levy": "Anthony Russo",
    "Elease Gluck": "Priya Venkataraman",
    "Garret Kinder": "Dante Morales",
    "Cassey Cress": "Colleen Dougherty",
    "Jonathan Berthelot": "Marcus Holloway",
    "Gladys Colclough": "Shannon Keating",
    "Markita Hansen": "Rashida Coleman",
    "Corliss Cosme": "Joe Pagano",
    "Maureen Marcano": "Nadia Petrosyan",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:medsurg, quota:biomed
    ("Kevin Mulroney", "Frank Iannucci", "Philadelphia", "Senior Account Executive", "", "", "Q_SENIOR", ""),
    ("Mike DiNardo", "Frank Iannucci", "Philadelphia", "Account Executive", "", "", "", ""),
    ("Tamika Greene", "Frank Iannucci", "Philadelphia", "Account Executive", "", "", "", ""),
    ("Bridget O'Hara", "Frank Iannucci", "Philadelphia", "Account Executive", "", "2026-03-13", "", ""),
    ("Sal Ruggiero", "Frank Iannucci", "Philadelphia", "Account Executive", "", "", "", ""),
    ("Dante Morales", "Frank Iannucci", "Philadelphia", "Account Executive", "2026-01-12", "", "", ""),
    ("Mike Brennan", "Theresa McGrath", "South Jersey", "Account Executive", "", "", "", ""),
    ("Lauren Fitzpatrick", "Theresa McGrath", "South Jersey", "Account Executive", "", "", "", ""),
    ("Anthony Russo", "Theresa McGrath", "South Jersey", "Account Executive", "", "", "", ""),
    ("Priya Venkataraman", "Theresa McGrath", "South Jersey", "Clinical Equipment Specialist", "", "", "", "Q_SPECIALIST"),
    ("Nadia Petrosyan", "Theresa McGrath", "South Jersey", "Account Executive", "", "", "", ""),
    ("Colleen Dougherty", "Darnell Whitaker", "Main Line & Delaware", "Account Executive", "", "", "", ""),
    ("Marcus Holloway", "Darnell Whitaker", "Main Line & Delaware", "Account Executive", "", "", "", ""),
    ("Shannon Keating", "Darnell Whitaker", "Main Line & Delaware", "Account Executive", "", "", "", ""),
    ("Rashida Coleman", "Darnell Whitaker", "Main Line & Delaware", "Account Executive", "", "", "", ""),
    ("Joe Pagano", "Darnell Whitaker", "Main Line & Delaware", "Account Executive", "", "", "", ""),
]
QUOTA = {"Q_SENIOR": "150000.00", "Q_SPECIALIST": "360000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Nitrile Glove Program", 6),
    "GTX Basic": ("Wound Care Kit", 2),
    "GTX Plus Basic": ("IV Start Kit", 2),
    "GTX Pro": ("Respiratory Supply Pack", 2),
    "GTXPro": ("Respiratory Supply Pack", 2),
    "MG Advanced": ("Patient Monitor", 3),
    "GTX Plus Pro": ("Infusion Pump", 3),
    "GTK 500": ("Steam Sterilizer", 2),
}
HOSPITALS = [
    "Wissahickon Valley Hospital", "Schuylkill Regional Medical Center", "Tacony Community Hospital",
    "Brandywine Surgical Pavilion", "Cherry Hill Ambulatory Surgery", "Ardmore Endoscopy Center",
    "Voorhees Heart & Vascular", "Wilmington Riverfront Hospital", "Logan Square Oncology",
    "Chestnut Hill Surgical Center", "Bala Cynwyd Orthopedic Institute", "Gloucester County General",
    "Port Richmond Dialysis", "Kensington Community Health",
]
PRACTICES = [
    "Fishtown Family Practice", "Manayunk Rehab & Nursing", "Germantown Pediatrics",
    "Society Hill Dermatology", "Roxborough Urgent Care", "Main Line Cardiology Associates",
    "Mount Airy Skilled Nursing", "Passyunk Podiatry", "Haddonfield Pediatric Associates",
    "Collingswood Senior Living", "Conshohocken Sports Medicine", "Delco Wound Center",
    "Bucks County Hospice", "Northern Liberties Dental Group", "Newark Family Medicine",
    "Penn's Landing Urgent Care", "Media Veterinary Hospital", "Overbrook Women's Health",
    "Pennsauken Physical Therapy", "Glen Mills Rehab", "Olney Health Center", "Mantua Pain Clinic",
]


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
    idx = IDX[r["account"]] if r["account"] else x % 89
    if product == "Steam Sterilizer" or idx % 3 == 0:
        account = HOSPITALS[idx % len(HOSPITALS)]
    else:
        account = PRACTICES[idx % len(PRACTICES)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 5, 1) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2026, 6, 1) + dt.timedelta(days=x % 100)
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
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    t = (x // 3) % 10
    typ = "new" if t <= 2 else ("gpo" if t <= 4 else "expansion")
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    partner = None
    if product == "Steam Sterilizer" and seller != "Priya Venkataraman" and stage in ("won", "cancelled"):
        partner, share = "Priya Venkataraman", ("0.8", "0.2")
    elif (seller == "Kevin Mulroney" and stage in ("won", "cancelled") and (x // 13) % 7 == 0
          and close >= dt.date.fromisoformat(START["Dante Morales"])):
        partner, share = "Dante Morales", ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
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
                "quota:medsurg", "quota:biomed"])
    for sid, mgr, terr, role, start, end, qm, qb in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(qm, ""), QUOTA.get(qb, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
