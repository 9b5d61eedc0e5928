#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredeleventh workspace (Lakeshore Mechanical &
Controls, Inc., an invented US commercial HVAC and building-controls service company with
branches in Chicago, Milwaukee and Indianapolis; CALENDAR plan year 1 January - 31 December
2026, USD, MONTHLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of "lmc:" + the opportunity
id; no clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Lakeshore account managers (AGENTS below). Two in five of each
  agent's opportunities are kept (hash mod 5 < 2), except: every GTK 500 opportunity is kept
  (they become Chillers), and every opportunity of Elease Gluck (re-cast as Colleen Murphy, the
  Applied Systems Engineer) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 January 2026 and 31 December 2017 becomes 31 October 2026. AS OF = 2026-08-20. A Won
  opportunity that now closes after it becomes an open bid (probability 0.6); a Lost one dated
  after it becomes an open bid (probability 0.3). Engaging opportunities are open (probability
  0.5) expected to close 1 August 2026 + (hash mod 60) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 1 September 2026 + (hash mod 100) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open bids
  carry the product's list price x the factor.
    MG Special     -> Filter Program              x 40
    GTX Basic      -> Maintenance Agreement       x 16
    GTX Plus Basic -> Controls Retrofit           x 20
    MG Advanced    -> Building Automation System  x 10
    GTX Pro        -> Rooftop Unit                x 9
    GTX Plus Pro   -> Boiler                      x 8
    GTK 500        -> Chiller                     x 12
- Accounts: the 85 Maven accounts are folded onto 36 invented customers (12 property managers,
  12 schools, 12 hospitals and clinics) by their index mod 36; a Chiller goes to one of the 14
  large campuses (CAMPUS below) by index mod 14. An opportunity with no account gets one by hash.
- Type: Maintenance Agreement and Filter Program = "service agreement"; Controls Retrofit =
  "retrofit"; Rooftop Unit, Boiler, Chiller and Building Automation System: hash mod 5 < 2 =
  "retrofit" (a change-out of existing equipment), the rest "new install".
- Term: a Maintenance Agreement runs 12, 24, 36 or 60 months (hash mod 4); a Filter Program 12.
- Splits (plan.md 3.4): a won or cancelled Chiller of any account manager but Colleen Murphy is
  two lines with the same id: 75% to the account manager, 25% to Colleen Murphy. Ray
  Castellanos's deals closing on or after Kyle Brandt's start with hash mod 5 = 0 are
  "ride-along" deals, two lines 50% / 50% with Kyle Brandt.
- Cancellations ("pulled jobs"): a won deal closed on or before 2026-08-05 with hash mod 21 = 0
  is cancelled, cancel_date = close + 6 + (hash mod 130) days, at the latest the as-of date
  (plan.md section 12: only cancellations within 90 days of close are clawed back).
- Roster: Ray Castellanos (Senior Account Manager) carries his own quarterly Equipment quota and
  annual PM Base quota; Colleen Murphy (Applied Systems Engineer) her own quarterly Equipment
  quota. Kyle Brandt joined on 2026-04-13 (his own deals before that date are dropped); Luis
  Ortega left on 2026-07-31 (his deals after that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 20)
SHIFT = dt.date(2026, 1, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 8, 5)

AGENTS = {
    "Darcel Schlecht": "Ray Castellanos",
    "Anna Snelling": "Mike Kowalski",
    "Versie Hillebrand": "Keisha Greene",
    "Cassey Cress": "Brandon Oyelaran",
    "Garret Kinder": "Kyle Brandt",
    "Elease Gluck": "Colleen Murphy",
    "Kary Hendrixson": "Mike Brennan",
    "Zane Levy": "Dwayne Jackson",
    "Kami Bicknell": "Jenna Vogel",
    "Rosalina Dieter": "Luis Ortega",
    "Jonathan Berthelot": "Travis Boone",
    "Gladys Colclough": "Angela DiMarco",
    "Corliss Cosme": "Marcus Webb",
    "Markita Hansen": "Heather Lindgren",
    "Moses Frase": "Cody Pruitt",
}
ROSTER = [
    # id, name, manager, territory, role, start_date, end_date, quota:equipment, quota:pm_base
    ("Ray Castellanos", "Ray Castellanos", "Denise Halloran", "Chicago",
     "Senior Account Manager", "", "", "Q_EQ_SENIOR", "Q_PM_SENIOR"),
    ("Mike Kowalski", "Mike Kowalski", "Denise Halloran", "Chicago", "Account Manager", "", "", "", ""),
    ("Keisha Greene", "Keisha Greene", "Denise Halloran", "Chicago", "Account Manager", "", "", "", ""),
    ("Brandon Oyelaran", "Brandon Oyelaran", "Denise Halloran", "Chicago", "Account Manager", "", "", "", ""),
    ("Kyle Brandt", "Kyle Brandt", "Denise Halloran", "Chicago", "Account Manager", "2026-04-13", "", "", ""),
    ("Colleen Murphy", "Colleen Murphy", "Gary Schroeder", "Milwaukee",
     "Applied Systems Engineer", "", "", "Q_EQ_APPLIED", ""),
    ("Mike Brennan", "Mike Brennan", "Gary Schroeder", "Milwaukee", "Account Manager", "", "", "", ""),
    ("Dwayne Jackson", 'Dwayne "Deuce" Jackson', "Gary Schroeder", "Milwaukee", "Account Manager", "", "", "", ""),
    ("Jenna Vogel", "Jenna Vogel", "Gary Schroeder", "Milwaukee", "Account Manager", "", "", "", ""),
    ("Luis Ortega", "Luis Ortega", "Gary Schroeder", "Milwaukee", "Account Manager", "", "2026-07-31", "", ""),
    ("Travis Boone", "Travis Boone", "Sherry Whitaker", "Indianapolis", "Account Manager", "", "", "", ""),
    ("Angela DiMarco", "Angela DiMarco", "Sherry Whitaker", "Indianapolis", "Account Manager", "", "", "", ""),
    ("Marcus Webb", "Marcus Webb", "Sherry Whitaker", "Indianapolis", "Account Manager", "", "", "", ""),
    ("Heather Lindgren", "Heather Lindgren", "Sherry Whitaker", "Indianapolis", "Account Manager", "", "", "", ""),
    ("Cody Pruitt", "Cody Pruitt", "Sherry Whitaker", "Indianapolis", "Account Manager", "", "", "", ""),
]
QUOTA = {"Q_EQ_SENIOR": "600000.00", "Q_EQ_APPLIED": "500000.00", "Q_PM_SENIOR": "150000.00"}
START = {r[0]: r[5] for r in ROSTER}
END = {r[0]: r[6] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Filter Program", 40),
    "GTX Basic": ("Maintenance Agreement", 16),
    "GTX Plus Basic": ("Controls Retrofit", 20),
    "MG Advanced": ("Building Automation System", 10),
    "GTX Pro": ("Rooftop Unit", 9),
    "GTXPro": ("Rooftop Unit", 9),
    "GTX Plus Pro": ("Boiler", 8),
    "GTK 500": ("Chiller", 12),
}
ACCOUNTS = [
    # property managers
    "Halsted Property Group", "Brightline Realty Management", "Cobalt Tower Partners",
    "Meridian Commercial Properties", "Wacker Street Office Trust", "Oakbrook Terrace Plaza",
    "Lakefront Industrial Properties", "Third Ward Lofts Management", "Menomonee Valley Business Park",
    "Keystone Crossing Properties", "Fountain Square Realty", "Harbor Pointe Condominium Association",
    # schools
    "Prairie Ridge School District", "Harborview Unified", "St. Casimir Parish School",
    "Northfield Township High School", "Cedar Grove Elementary District", "Lakeside Montessori Academy",
    "Whitmore Preparatory", "Fox Valley Community College", "Tippecanoe Valley Schools",
    "Bayshore Christian Academy", "Willow Creek Middle School", "Hamilton Heights Charter School",
    # hospitals and clinics
    "Mercy Lakeshore Hospital", "St. Brendan Medical Center", "Riverbend Regional Hospital",
    "Northshore Surgical Center", "Good Samaritan Rehab Institute", "Clearwater Dialysis Partners",
    "Heartland Children's Hospital", "Prairie View Veterans Clinic", "Sisters of Providence Hospital",
    "Midwest Orthopedic Institute", "Lakeview Memory Care", "St. Agnes Outpatient Pavilion",
]
CAMPUS = [
    "Mercy Lakeshore Hospital", "St. Brendan Medical Center", "Riverbend Regional Hospital",
    "Heartland Children's Hospital", "Sisters of Providence Hospital", "Good Samaritan Rehab Institute",
    "Cobalt Tower Partners", "Wacker Street Office Trust", "Meridian Commercial Properties",
    "Lakefront Industrial Properties", "Fox Valley Community College", "Northfield Township High School",
    "Prairie Ridge School District", "Harborview Unified",
]


def h(s):
    return int(hashlib.md5(("lmc:" + s).encode()).hexdigest(), 16)


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
    x = h(oid)
    keep = x % 5 < 2 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x //= 5
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = CAMPUS[idx % len(CAMPUS)] if product == "Chiller" else ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 8, 1) + dt.timedelta(days=x % 60)
            prob = "0.5"
        else:
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 100)
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
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if product in ("Maintenance Agreement", "Filter Program"):
        typ = "service agreement"
    elif product == "Controls Retrofit":
        typ = "retrofit"
    elif (x // 3) % 5 < 2:
        typ = "retrofit"
    else:
        typ = "new install"
    term = ""
    if product == "Maintenance Agreement":
        term = str([12, 24, 36, 60][(x // 17) % 4])
    elif product == "Filter Program":
        term = "12"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 21 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, term_months=term, cancel_date=cancel, currency="USD")
    partner = None
    if product == "Chiller" and seller != "Colleen Murphy" and stage in ("won", "cancelled"):
        partner, share = "Colleen Murphy", ("0.75", "0.25")
    elif (seller == "Ray Castellanos" and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START["Kyle Brandt"])):
        partner, share = "Kyle Brandt", ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
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
                "quota:equipment", "quota:pm_base"])
    for sid, name, mgr, terr, role, start, end, qe, qp in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, end, QUOTA.get(qe, ""), QUOTA.get(qp, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
