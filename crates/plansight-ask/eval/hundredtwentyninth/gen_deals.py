#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredtwentyninth workspace (Halvorsen Surgical,
Inc., an invented US maker of surgical capital equipment, OR disposables and service plans;
plan year = calendar 2027, USD, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Halvorsen sellers (AGENTS below): 11 territory managers, 1
  mid-year starter and 3 clinical specialists, in three regions (Great Lakes, Southeast,
  Mountain West). Half of each agent's opportunities are kept (md5(id) even), except: every
  GTK 500 opportunity is kept (they become Meridian robotic systems), and every opportunity of
  the mid-year starter and of the clinical specialists is kept. The clinical specialists' own
  opportunities of capital products are dropped (capital is sold by territory managers; the
  specialists get capital credit only through splits).
- Dates: every Maven date moves forward by the same 3,593 days, so 1 March 2017 becomes
  1 January 2027 and 16 October 2017 becomes 18 August 2027. AS OF = 2027-08-18. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one dated
  after it becomes an open quote (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 August 2027 + (hash mod 100) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 September 2027 + (hash mod 120) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor.
    GTK 500        -> Meridian Robotic Surgical System      x 12  (capital)
    GTX Pro        -> Lumen 4K Visualization Tower          x 12  (capital)
    MG Advanced    -> Aurora Electrosurgical Generator      x 8   (capital)
    GTX Basic      -> Veriseal Vessel Sealing Cartridges    x 10  (disposables)
    MG Special     -> SteriClip Ligation Clips              x 80  (disposables)
    GTX Plus Pro   -> ProCare Coverage Plan                 x 4   (service)
    GTX Plus Basic -> ScopeGuard Repair Plan                x 6   (service)
- Accounts: each region has 14 invented hospitals, health systems and surgery centers; an
  opportunity goes to its seller's region's account (Maven account index mod 14). An
  opportunity with no account gets one by hash.
- Type: capital: "new" (a new hospital account) when (hash // 3) mod 4 = 0, else "expansion";
  disposables: "new" when (hash // 3) mod 10 = 0, else "expansion"; service: "new" (a first
  agreement) when (hash // 3) mod 3 = 0, else "renewal".
- Splits (plan.md 3.4): a won or cancelled Meridian robotic system is two lines with the same
  id: 80% to the territory manager, 20% to the region's clinical specialist; so is a won or
  cancelled Lumen tower with (hash // 13) mod 5 = 0 (a case-supported evaluation).
- Returns ("RTVs"): a won deal closed on or before 2027-07-31 with (hash // 7) mod 19 = 0 is
  cancelled, cancel_date = close + 10 + ((hash // 11) mod 140) days, at the latest the as-of
  date (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Megan Sullivan (Senior Territory Manager) carries her own quarterly capital quota
  ($500,000); the three clinical specialists carry their own quarterly capital quota
  ($120,000), monthly disposables quota ($12,000) and target incentive ($24,000).
  Connor Bishop joined on 2027-05-03 (his deals before that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 8, 18)
SHIFT = dt.date(2027, 1, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2027, 7, 31)

AGENTS = {
    "Darcel Schlecht": "Megan Sullivan",
    "Elease Gluck": "Tyler Brooks",
    "Anna Snelling": "Derek Olson",
    "Garret Kinder": "Connor Bishop",
    "Rosie Papadopoulos": "Natalie Pruitt",
    "Rosalina Dieter": "Jasmine Carter",
    "Kary Hendrixson": "Tyler Haney",
    "Vicki Laflamme": "Lauren Mitchell",
    "Versie Hillebrand": "Marcus Whitley",
    "Wilburn Farren": "Gabriel Ortiz",
    "Markita Hansen": "Kaitlyn Hayes",
    "Kami Bicknell": "Brandon Foster",
    "Zane Levy": "Alyssa Moreno",
    "Cassey Cress": "Cody Jenkins",
    "Boris Faz": "Rachel Goldberg",
}
GL, SE, MW = "Great Lakes", "Southeast", "Mountain West"
MGR = {GL: "Denise Caldwell", SE: "Ray Delgado", MW: "Colleen Fitzgerald"}
ROSTER = [
    # id, region, role, start_date, quota:capital, quota:disposables (target incentive: the
    # clinical specialists' is set on the roster, TI_CS)
    ("Megan Sullivan", GL, "Senior Territory Manager", "", "Q_SENIOR", ""),
    ("Tyler Brooks", GL, "Territory Manager", "", "", ""),
    ("Derek Olson", GL, "Territory Manager", "", "", ""),
    ("Connor Bishop", GL, "Territory Manager", "2027-05-03", "", ""),
    ("Natalie Pruitt", GL, "Clinical Specialist", "", "Q_CS", "D_CS"),
    ("Jasmine Carter", SE, "Territory Manager", "", "", ""),
    ("Tyler Haney", SE, "Territory Manager", "", "", ""),
    ("Lauren Mitchell", SE, "Territory Manager", "", "", ""),
    ("Marcus Whitley", SE, "Territory Manager", "", "", ""),
    ("Gabriel Ortiz", SE, "Clinical Specialist", "", "Q_CS", "D_CS"),
    ("Kaitlyn Hayes", MW, "Territory Manager", "", "", ""),
    ("Brandon Foster", MW, "Territory Manager", "", "", ""),
    ("Alyssa Moreno", MW, "Territory Manager", "", "", ""),
    ("Cody Jenkins", MW, "Territory Manager", "", "", ""),
    ("Rachel Goldberg", MW, "Clinical Specialist", "", "Q_CS", "D_CS"),
]
TI_CS = "24000.00"
QUOTA = {"Q_SENIOR": "500000.00", "Q_CS": "120000.00", "D_CS": "12000.00"}
REGION = {r[0]: r[1] for r in ROSTER}
ROLE = {r[0]: r[2] for r in ROSTER}
START = {r[0]: r[3] for r in ROSTER}
SPECIALIST = {GL: "Natalie Pruitt", SE: "Gabriel Ortiz", MW: "Rachel Goldberg"}
CAPITAL = {"Meridian Robotic Surgical System", "Lumen 4K Visualization Tower",
           "Aurora Electrosurgical Generator"}
DISPOSABLES = {"Veriseal Vessel Sealing Cartridges", "SteriClip Ligation Clips"}
PRODUCT = {
    "GTK 500": ("Meridian Robotic Surgical System", 12),
    "GTX Pro": ("Lumen 4K Visualization Tower", 12),
    "GTXPro": ("Lumen 4K Visualization Tower", 12),
    "MG Advanced": ("Aurora Electrosurgical Generator", 8),
    "GTX Basic": ("Veriseal Vessel Sealing Cartridges", 10),
    "MG Special": ("SteriClip Ligation Clips", 80),
    "GTX Plus Pro": ("ProCare Coverage Plan", 4),
    "GTX Plus Basic": ("ScopeGuard Repair Plan", 6),
}
ACCOUNTS = {
    GL: [
        "Lakeshore Regional Medical Center", "St. Adalbert Hospital", "Northwoods Health System",
        "Prairie View Surgery Center", "Fox River Community Hospital",
        "Duluth Harborview Medical Center", "Kalamazoo Valley Health",
        "Maple Grove Orthopedic Institute", "Sheboygan Lutheran Hospital",
        "Huron Valley Medical Center", "Peoria Heartland Hospital",
        "Rockford St. Casimir Medical Center", "Traverse Bay Health",
        "Madison Eastside Surgery Center",
    ],
    SE: [
        "Magnolia Regional Health", "Savannah Baptist Medical Center",
        "Piedmont Foothills Hospital", "Chattahoochee Valley Medical Center",
        "Gulf Breeze Surgical Hospital", "Tallahassee Live Oak Hospital",
        "Lowcountry Health System", "Asheville Mountain Mission Hospital",
        "Knoxville Cumberland Medical Center", "Ocala Palms Surgery Center",
        "St. Brigid's Hospital of Macon", "Sea Island Medical Center",
        "Charlotte Providence Health", "Pensacola Bayfront Hospital",
    ],
    MW: [
        "Front Range Medical Center", "Wasatch Valley Hospital", "Sonoran Desert Health",
        "Pikes Crest Surgical Hospital", "Rio Grande Regional Medical Center",
        "Boulder Canyon Surgery Center", "Flagstaff Ponderosa Hospital",
        "Great Basin Health System", "Saguaro Heights Medical Center",
        "Sangre de Cristo Hospital", "Ogden St. Benedict Hospital",
        "Mesa Verde Community Hospital", "Tucson Mission Valley Health",
        "Cheyenne Plains Medical Center",
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
    seller = AGENTS[agent]
    keep = (h(oid) % 2 == 0 or r["product"] == "GTK 500"
            or ROLE[seller] == "Clinical Specialist" or START[seller])
    if not keep:
        continue
    x = h(oid) // 2
    product, factor = PRODUCT[r["product"]]
    if ROLE[seller] == "Clinical Specialist" and product in CAPITAL:
        continue
    region = REGION[seller]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = ACCOUNTS[region][idx % 14]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 8, 1) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2027, 9, 1) + dt.timedelta(days=x % 120)
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
    t = (x // 3)
    if product in CAPITAL:
        typ = "new" if t % 4 == 0 else "expansion"
    elif product in DISPOSABLES:
        typ = "new" if t % 10 == 0 else "expansion"
    else:
        typ = "new" if t % 3 == 0 else "renewal"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} - {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    split = stage in ("won", "cancelled") and (
        product == "Meridian Robotic Surgical System"
        or (product == "Lumen 4K Visualization Tower" and (x // 13) % 5 == 0))
    if split:
        line["split"] = "0.8"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST[region], split="0.2"))
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
                "target_incentive", "quota:capital", "quota:disposables"])
    for sid, region, role, start, qc, qd in ROSTER:
        ti = TI_CS if role == "Clinical Specialist" else ""
        w.writerow([sid, sid, MGR[region], region, role, start, "", ti, QUOTA.get(qc, ""),
                    QUOTA.get(qd, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
