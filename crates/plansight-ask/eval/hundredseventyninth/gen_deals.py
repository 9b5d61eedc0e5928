#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredseventyninth workspace (Waitemata Clean Co
Ltd, an invented Auckland commercial-cleaning contractor; plan year 1 April 2026 - 31 March 2027,
the New Zealand financial year, NZD, QUARTERLY quotas, MONTHLY payouts) from the real Maven CRM
export in /work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an
md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 14 Maven agents are re-cast as Waitemata Clean business development executives (AGENTS
  below). About half of each agent's opportunities are kept (md5(id) odd), except: every GTK 500
  opportunity is kept (they become Hospital Cleaning Contracts), and every opportunity of Elease
  Gluck (re-cast as Kiri Matthews, the Health & Education Lead) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 April 2026 and 31 December 2017 becomes 31 January 2027. AS OF = 2026-11-18. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one
  dated after it becomes an open quote (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 November 2026 + (hash mod 80) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 December 2026 + (hash mod 110) days.
- Amounts in NZD, whole dollars: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor. A contract's amount is its annual contract value.
    MG Special     -> Washroom Services           x 40
    GTX Basic      -> Window Cleaning             x 3
    GTX Plus Basic -> Deep Clean                  x 2.5
    MG Advanced    -> School Cleaning Contract    x 8
    GTX Pro        -> Office Cleaning Contract    x 5
    GTX Plus Pro   -> Retail Cleaning Contract    x 4
    GTK 500        -> Hospital Cleaning Contract  x 5
- Accounts: a contract goes to an invented Auckland account of its kind (offices, schools,
  hospitals, retailers; Maven account index mod the list's length); a Deep Clean, Washroom
  Services or Window Cleaning job to any of them (index mod all). An opportunity with no account
  gets an index by hash.
- Type: contracts: hash mod 10 in 0-3 = "renewal", 4-5 = "extension", else "new"; Washroom
  Services: "renewal" or "new" (hash mod 2); Window Cleaning: hash mod 5 < 3 = "one-off", else
  "new" (a regular window round); Deep Clean: always "one-off".
- Term: contracts 12, 24, 36 or 48 months (hash); Washroom Services 12 or 24; a new window round
  12; one-off jobs none.
- Splits (plan.md 3.4): a won or cancelled Hospital Cleaning Contract of any executive but Kiri
  Matthews is two lines with the same id: 60% to the executive, 40% to Kiri Matthews.
- Cancellations ("gone burgers"): a won deal closed on or before 2026-11-05 with hash mod 19 = 0
  is cancelled, cancel_date = close + 6 + (hash mod 150) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 100 days of close are clawed back).
- Roster: Ruby Thompson (Senior BDE) and Kiri Matthews (Health & Education Lead) carry their own
  quarterly Contract Growth quota. Brooke Henare joined on 2026-07-13 (her own deals before that
  date are dropped); Hannah Wu left on 2026-09-30 (her deals after that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 18)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 11, 5)

AGENTS = {
    "Darcel Schlecht": "Ruby Thompson",
    "Kary Hendrixson": "Tāne Wihongi",
    "Kami Bicknell": "Josh McKenzie",
    "Garret Kinder": "Brooke Henare",
    "Cassey Cress": "Anjali Sharma",
    "Elease Gluck": "Kiri Matthews",
    "Zane Levy": "Sam O'Connell",
    "Corliss Cosme": "Mei Lin Chen",
    "Jonathan Berthelot": "Fraser Dunn",
    "Gladys Colclough": "Olivia Tupou",
    "Markita Hansen": "Losa Fonoti",
    "Rosalina Dieter": "Sam Patel",
    "Donn Cantrell": "Ben Hollis",
    "Anna Snelling": "Hannah Wu",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:growth
    ("Ruby Thompson", "Hemi Walker", "North & West", "Senior BDE", "", "", "Q_SENIOR"),
    ("Tāne Wihongi", "Hemi Walker", "North & West", "BDE", "", "", ""),
    ("Josh McKenzie", "Hemi Walker", "North & West", "BDE", "", "", ""),
    ("Brooke Henare", "Hemi Walker", "North & West", "BDE", "2026-07-13", "", ""),
    ("Anjali Sharma", "Hemi Walker", "North & West", "BDE", "", "", ""),
    ("Kiri Matthews", "Claire Donnelly", "Central", "Health & Education Lead", "", "", "Q_LEAD"),
    ("Sam O'Connell", "Claire Donnelly", "Central", "BDE", "", "", ""),
    ("Mei Lin Chen", "Claire Donnelly", "Central", "BDE", "", "", ""),
    ("Fraser Dunn", "Claire Donnelly", "Central", "BDE", "", "", ""),
    ("Olivia Tupou", "Claire Donnelly", "Central", "BDE", "", "", ""),
    ("Losa Fonoti", "Sione Taufa", "South", "BDE", "", "", ""),
    ("Sam Patel", "Sione Taufa", "South", "BDE", "", "", ""),
    ("Ben Hollis", "Sione Taufa", "South", "BDE", "", "", ""),
    ("Hannah Wu", "Sione Taufa", "South", "BDE", "", "2026-09-30", ""),
]
QUOTA = {"Q_SENIOR": "400000.00", "Q_LEAD": "250000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
LEAD = "Kiri Matthews"
CONTRACTS = ("Office Cleaning Contract", "School Cleaning Contract",
             "Hospital Cleaning Contract", "Retail Cleaning Contract")
PRODUCT = {
    "MG Special": ("Washroom Services", 40),
    "GTX Basic": ("Window Cleaning", 3),
    "GTX Plus Basic": ("Deep Clean", 2.5),
    "MG Advanced": ("School Cleaning Contract", 8),
    "GTX Pro": ("Office Cleaning Contract", 5),
    "GTXPro": ("Office Cleaning Contract", 5),
    "GTX Plus Pro": ("Retail Cleaning Contract", 4),
    "GTK 500": ("Hospital Cleaning Contract", 5),
}
OFFICES = [
    "Britomart Chambers", "Viaduct Harbour Holdings", "Smales Farm Tech Park",
    "Takapuna Law Partners", "Newmarket Accounting Group", "Albany Business Hub",
    "Penrose Freight Offices", "Ponsonby Design Studio", "Wynyard Quarter Labs",
    "Parnell Insurance House", "Manukau Civic Offices", "Henderson Service Centre",
]
SCHOOLS = [
    "Kowhai Grove School", "Tui Park Primary", "Harbour View College",
    "Kauri Ridge Intermediate", "Mangere Heights Kura", "Waiata Hills School",
    "Northcote Ridge College", "Glenfield Bush Primary",
]
HOSPITALS = [
    "Ascot Park Hospital", "Waitakere Surgical", "Otahuhu Community Hospital",
    "Greenlane Day Surgery", "Hibiscus Coast Birthing Centre",
]
RETAILERS = [
    "Botany Town Hardware", "K Road Vintage Co", "Dominion Road Supermarket",
    "Westgate Sports Depot", "Sylvia Park Pharmacy", "Pakuranga Garden Centre",
    "Milford Bike Shed", "Ponsonby Central Deli", "Harbour Bridge Motors",
]
KIND = {
    "Office Cleaning Contract": OFFICES,
    "School Cleaning Contract": SCHOOLS,
    "Hospital Cleaning Contract": HOSPITALS,
    "Retail Cleaning Contract": RETAILERS,
}
ALL_ACCOUNTS = OFFICES + SCHOOLS + HOSPITALS + RETAILERS


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
    keep = h(oid) % 2 == 1 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    pool = KIND.get(product, ALL_ACCOUNTS)
    account = pool[idx % len(pool)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 11, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 12, 1) + dt.timedelta(days=x % 110)
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
    y = x // 5
    if product in CONTRACTS:
        typ = ("renewal", "renewal", "renewal", "renewal", "extension", "extension",
               "new", "new", "new", "new")[y % 10]
        term = str((12, 24, 36, 48, 36, 24)[(y // 10) % 6])
    elif product == "Washroom Services":
        typ = ("renewal", "new")[y % 2]
        term = str((12, 24)[(y // 2) % 2])
    elif product == "Window Cleaning":
        typ = "one-off" if y % 5 < 3 else "new"
        term = "" if typ == "one-off" else "12"
    else:
        typ, term = "one-off", ""
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 150), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, term_months=term, cancel_date=cancel, currency="NZD")
    if product == "Hospital Cleaning Contract" and seller != LEAD and stage in ("won", "cancelled"):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=LEAD, split="0.4"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:growth"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
