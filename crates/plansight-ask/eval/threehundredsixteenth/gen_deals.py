#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredsixteenth workspace (Kingsway Leasing
Advisors Inc., an invented Toronto commercial real estate leasing brokerage: office, industrial
and retail leases; plan year 1 April 2025 - 31 March 2026, CAD, MONTHLY payouts) from the real
Maven CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic (every
choice is an md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Kingsway brokers (AGENTS below), in three desks. A quarter of
  each agent's opportunities are kept (md5(id) mod 4 = 0), except that every GTK 500
  opportunity and half of Elease Gluck's (re-cast as Natalie Kowal, the Logistics Specialist;
  md5(id) even) are kept.
- A deal line's amount is the COMMISSION VALUE of the lease (the gross fee Kingsway bills the
  landlord), whole dollars: the Maven close value (won) or list price (lost, open) times the
  factor of the broker's desk and the Maven product (PRODUCT below).
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 April 2025 and 31 December 2017 becomes 31 January 2026. AS OF = 2025-12-12. A Won
  opportunity that now closes after it becomes an open offer to lease (probability 0.7); a Lost
  one dated after it becomes an open offer (probability 0.3). Engaging opportunities are open
  (probability 0.5) expected to close 1 December 2025 + (hash mod 80) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 5 January 2026 + (hash mod 85) days.
- Accounts: each desk has its own tenants (OFFICE, INDUSTRIAL, RETAIL); the Maven account
  index mod the list's length picks one (an opportunity with no account gets one by hash).
- Type: hash mod 20 < 6 = "renewal", 6..8 = "expansion", the rest "new"; a Short-Term Licence
  is always "new".
- term_months: a Short-Term Licence 3-11 months; a lease 36, 60, 84, 120 or 180 months by hash
  (TERMS; three in ten are 120 months or more).
- Splits (plan.md 3.5): every won or cancelled Distribution Centre lease of an Industrial broker
  other than Natalie Kowal is two lines with one id: 70% to the broker, 30% to Natalie Kowal.
  Kevin Doyle's deals closing on or after Ben Osei's start with hash mod 5 = 0 are mentoring
  deals, two lines 50% / 50% with Ben Osei.
- Cancellations ("blow-ups"): a won deal closed on or before 2025-11-30 with hash mod 17 = 0 is
  cancelled on close + 12 + (hash mod 230) days when that day is on or before the as-of date
  (otherwise it stays won). plan.md section 11: only blow-ups within 180 days of close are
  clawed back.
- Roster: Marcus Chen (Senior Vice President) and Natalie Kowal (Logistics Specialist) carry
  their own quarterly Fee Share quota. Ben Osei joined on 2025-08-18 (his own deals before that
  date are dropped); Ryan Beaulieu left on 2025-10-31 (his deals after that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 12, 12)
SHIFT = dt.date(2025, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2025, 11, 30)

AGENTS = {
    # Maven agent: (broker, desk)
    "Darcel Schlecht": ("Marcus Chen", "office"),
    "Vicki Laflamme": ("Aisha Rahman", "office"),
    "Kary Hendrixson": ("Connor Fitzgerald", "office"),
    "Jonathan Berthelot": ("Élise Gagnon", "office"),
    "Marty Freudenburg": ("Devon Mensah", "office"),
    "Elease Gluck": ("Natalie Kowal", "industrial"),
    "Kami Bicknell": ("Kevin Doyle", "industrial"),
    "Zane Levy": ("Harpreet Sandhu", "industrial"),
    "Cassey Cress": ("Tyler MacKinnon", "industrial"),
    "Garret Kinder": ("Ben Osei", "industrial"),
    "Donn Cantrell": ("Gregory Antonelli", "industrial"),
    "Rosalina Dieter": ("Kevin Tran", "retail"),
    "Gladys Colclough": ("Stephanie Lam", "retail"),
    "Corliss Cosme": ("Matteo Bianchi", "retail"),
    "Markita Hansen": ("Farah Siddiqui", "retail"),
    "Moses Frase": ("Ryan Beaulieu", "retail"),
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:fee_share
    ("Marcus Chen", "Deborah Feldman", "Downtown Office", "Senior Vice President", "", "", "300000.00"),
    ("Aisha Rahman", "Deborah Feldman", "Downtown Office", "Associate Vice President", "", "", ""),
    ("Connor Fitzgerald", "Deborah Feldman", "Downtown Office", "Sales Representative", "", "", ""),
    ("Élise Gagnon", "Deborah Feldman", "Downtown Office", "Sales Representative", "", "", ""),
    ("Devon Mensah", "Deborah Feldman", "Downtown Office", "Sales Representative", "", "", ""),
    ("Natalie Kowal", "Rajiv Malhotra", "GTA West Industrial", "Logistics Specialist", "", "", "280000.00"),
    ("Kevin Doyle", "Rajiv Malhotra", "GTA West Industrial", "Vice President", "", "", ""),
    ("Harpreet Sandhu", "Rajiv Malhotra", "GTA West Industrial", "Sales Representative", "", "", ""),
    ("Tyler MacKinnon", "Rajiv Malhotra", "GTA West Industrial", "Sales Representative", "", "", ""),
    ("Ben Osei", "Rajiv Malhotra", "GTA West Industrial", "Sales Representative", "2025-08-18", "", ""),
    ("Gregory Antonelli", "Rajiv Malhotra", "GTA West Industrial", "Sales Representative", "", "", ""),
    ("Kevin Tran", "Colleen O'Rourke", "Retail & Main Street", "Vice President", "", "", ""),
    ("Stephanie Lam", "Colleen O'Rourke", "Retail & Main Street", "Sales Representative", "", "", ""),
    ("Matteo Bianchi", "Colleen O'Rourke", "Retail & Main Street", "Sales Representative", "", "", ""),
    ("Farah Siddiqui", "Colleen O'Rourke", "Retail & Main Street", "Sales Representative", "", "", ""),
    ("Ryan Beaulieu", "Colleen O'Rourke", "Retail & Main Street", "Sales Representative", "", "2025-10-31", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}

# (desk, Maven product) -> (Kingsway product, factor on the Maven value)
PRODUCT = {
    ("office", "MG Special"): ("Short-Term Licence", 40),
    ("office", "GTX Basic"): ("Short-Term Licence", 4),
    ("office", "GTX Plus Basic"): ("Suburban Office", 8),
    ("office", "MG Advanced"): ("Suburban Office", 4),
    ("office", "GTX Pro"): ("Downtown Office", 6),
    ("office", "GTX Plus Pro"): ("Downtown Office", 6),
    ("office", "GTK 500"): ("Downtown Office", 5),
    ("industrial", "MG Special"): ("Short-Term Licence", 40),
    ("industrial", "GTX Basic"): ("Short-Term Licence", 4),
    ("industrial", "GTX Plus Basic"): ("Industrial Unit", 8),
    ("industrial", "MG Advanced"): ("Industrial Unit", 4),
    ("industrial", "GTX Pro"): ("Industrial Unit", 5),
    ("industrial", "GTX Plus Pro"): ("Distribution Centre", 9),
    ("industrial", "GTK 500"): ("Distribution Centre", 5),
    ("retail", "MG Special"): ("Short-Term Licence", 40),
    ("retail", "GTX Basic"): ("Retail Storefront", 9),
    ("retail", "GTX Plus Basic"): ("Retail Storefront", 7),
    ("retail", "MG Advanced"): ("Retail Plaza", 4),
    ("retail", "GTX Pro"): ("Retail Plaza", 5),
    ("retail", "GTX Plus Pro"): ("Retail Storefront", 5),
    ("retail", "GTK 500"): ("Retail Plaza", 4),
}
# lease terms in months (a Short-Term Licence runs 3-11 months)
TERMS = [36, 60, 60, 60, 60, 84, 84, 120, 120, 180]
TENANTS = {
    "office": [
        "Harbourfront Legal LLP", "Northbeam Analytics", "Kensington Wealth Partners",
        "Maple Leaf Actuarial", "Queen West Creative Co", "Lakeshore Dental Group",
        "Bayview Insurance Brokers", "Spadina Software Inc", "Yorkville Family Office",
        "Liberty Village Games", "Osgoode Mediation Group", "Danforth Health Clinic",
        "Portlands Film Services", "Annex Architects", "Front Street Capital",
        "St. Lawrence Accounting", "Wellesley Recruiting", "Cabbagetown Design Studio",
    ],
    "industrial": [
        "Brampton Cold Chain Ltd", "Mississauga Freightways", "Vaughan Cabinetry",
        "Etobicoke Food Packers", "Bolton Steel Supply", "Milton Parcel Hub",
        "Caledon Lumber Yard", "Woodbridge Auto Parts", "Concord Print Works",
        "Humber Bay Brewing", "Pearson Air Cargo Services", "Rexdale Textile Mills",
        "Halton Hills Pallet Co", "Oakville Marine Supply", "Malton Tile Importers",
    ],
    "retail": [
        "Roncesvalles Bakery", "Pape Avenue Pharmacy", "Ossington Ramen House",
        "Leslieville Yoga Studio", "Bloor West Optical", "Little Italy Gelato",
        "Eglinton Pet Supply", "Mount Pleasant Fitness", "The Beach Coffee Roasters",
        "Chinatown Bubble Tea", "Junction Bike Shop", "Kingsway Cleaners",
        "St. Clair Kids Dental", "Parkdale Vintage", "Greektown Souvlaki Co",
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
    keep = (h(oid) % 4 == 0 or r["product"] == "GTK 500"
            or (agent == "Elease Gluck" and h(oid) % 2 == 0))
    if not keep:
        continue
    x = h(oid) // 4
    seller, desk = AGENTS[agent]
    mprod = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    product, factor = PRODUCT[(desk, mprod)]
    tenants = TENANTS[desk]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = tenants[idx % len(tenants)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2025, 12, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 1, 5) + dt.timedelta(days=x % 85)
            prob = "0.2"
        amount = round(price[mprod] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[mprod]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if product == "Short-Term Licence":
        typ = "new"
        term = 3 + (x // 5) % 9
    else:
        t = (x // 3) % 20
        typ = "renewal" if t < 6 else ("expansion" if t < 9 else "new")
        term = TERMS[(x // 17) % len(TERMS)]
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 17 == 0:
        cdate = close + dt.timedelta(days=12 + (x // 11) % 230)
        if cdate <= AS_OF:
            stage = "cancelled"
            cancel = cdate.isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} - {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, term_months=str(term), cancel_date=cancel, currency="CAD")
    partner = None
    if (product == "Distribution Centre" and seller != "Natalie Kowal"
            and stage in ("won", "cancelled")):
        partner, share = "Natalie Kowal", ("0.7", "0.3")
    elif (seller == "Kevin Doyle" and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START["Ben Osei"])):
        partner, share = "Ben Osei", ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:fee_share"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
