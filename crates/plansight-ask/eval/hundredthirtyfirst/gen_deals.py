#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredthirtyfirst workspace (Fieldbeam Software Inc.,
an invented Waterloo, Ontario B2B SaaS company selling a field-service scheduling and dispatch
platform by annual subscription; plan year 1 February 2026 - 31 January 2027, CAD, QUARTERLY
payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 14 Maven agents are re-cast as Fieldbeam account executives (AGENTS below). Half of each
  agent's opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept, and
  every opportunity of Garret Kinder (re-cast as Tyler Bouchard, who joined mid-year) is kept.
- "hash" below is x = md5(id) // 2 (the kept half of the ids have md5 even).
- Dates: every Maven date moves forward by 3,259 days, so 1 March 2017 becomes 1 February 2026
  and 31 December 2017 becomes 3 December 2026. AS OF = 2026-09-18 (a Friday, in Q3). A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost
  one dated after it becomes an open deal (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 September 2026 + (hash mod 90) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 October 2026 + (hash mod 120) days.
- Amounts in CAD, whole dollars, first-year ACV for subscriptions, the fixed fee for services:
  close value x the product's factor (won); lost and open deals carry the product's list price
  x the factor.
    GTX Basic      -> Core Plan                   x 14
    GTX Plus Basic -> RouteIQ Add-On (hash/5 even) x 7
                   or Client Portal Add-On (odd)  x 9
    GTX Pro        -> Pro Plan                    x 5
    GTX Plus Pro   -> Enterprise Plan             x 8
    GTK 500        -> Enterprise Plan             x 6
    MG Advanced    -> Implementation Services     x 4
    MG Special     -> QuickStart Training         x 40
- Accounts: Enterprise Plan deals go to one of 12 invented large field-service operators (Maven
  account index mod 12); every other deal goes to one of 28 invented trades businesses, or, when
  the Maven account index mod 5 = 0, to a large operator. An opportunity with no account gets
  one by hash.
- Type: subscriptions (plans): (hash/3) mod 10 = 0 -> "renewal", 1-3 -> "upsell", else "new";
  add-ons: "upsell", or "new" when (hash/3) mod 10 >= 7 (bundled into a new logo); services:
  "upsell" when (hash/3) mod 10 <= 3, else "new".
  Term: subscriptions carry term_months 12 (hash/17 mod 20 < 12), 24 (< 17) or 36; services none.
- Splits (plan.md 3.5): a won or cancelled Enterprise Plan deal is two lines with the same id:
  80% to the AE and 20% to the region's solutions engineer (Noor Haddad for Ontario and
  Quebec & Atlantic, Tomás Reyes for Western Canada).
- Cancellations ("early churn"): a won deal closed on or before 2026-09-01 with (hash/7) mod 19
  = 0 is cancelled, cancel_date = close + 20 + (hash/11 mod 200) days, at the latest the as-of
  date (plan.md section 11: only churn within 150 days of close is clawed back).
- Roster: Marcus Oyelaran (Principal AE) and the two solutions engineers carry their own
  quarterly New ARR quota (the same every quarter). Tyler Bouchard joined on
  2026-06-15 (his deals before that date are dropped); Chloé Bergeron left on 2026-08-14 (her
  deals after it, open ones included, are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 9, 18)
SHIFT = dt.date(2026, 2, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Darcel Schlecht": "Marcus Oyelaran",
    "Anna Snelling": "Hannah Lindqvist",
    "Kary Hendrixson": "Devin Castellanos",
    "Versie Hillebrand": "Aisha Rahimi",
    "Garret Kinder": "Tyler Bouchard",
    "Kami Bicknell": "Julien Tremblay",
    "Cassey Cress": "Maëlle Fortin",
    "Jonathan Berthelot": "Ryan MacNeil",
    "Gladys Colclough": "Chloé Bergeron",
    "Lajuana Vencill": "Jasmine Sandhu",
    "Corliss Cosme": "Brett Halvorsen",
    "Markita Hansen": "Kenji Watanabe",
    "Maureen Marcano": "Ryan Dhillon",
    "Marty Freudenburg": "Owen Fairbairn",
}
SE = {"Ontario": "Noor Haddad", "Quebec & Atlantic": "Noor Haddad", "Western Canada": "Tomás Reyes"}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:new_arr
    ("Marcus Oyelaran", "Colleen Baptiste", "Ontario", "Principal AE", "", "", "Q_PRINCIPAL"),
    ("Hannah Lindqvist", "Colleen Baptiste", "Ontario", "Account Executive", "", "", ""),
    ("Devin Castellanos", "Colleen Baptiste", "Ontario", "Account Executive", "", "", ""),
    ("Aisha Rahimi", "Colleen Baptiste", "Ontario", "Account Executive", "", "", ""),
    ("Tyler Bouchard", "Colleen Baptiste", "Ontario", "Account Executive", "2026-06-15", "", ""),
    ("Noor Haddad", "Colleen Baptiste", "Ontario", "Solutions Engineer", "", "", "Q_SE"),
    ("Julien Tremblay", "Étienne Lavoie", "Quebec & Atlantic", "Account Executive", "", "", ""),
    ("Maëlle Fortin", "Étienne Lavoie", "Quebec & Atlantic", "Account Executive", "", "", ""),
    ("Ryan MacNeil", "Étienne Lavoie", "Quebec & Atlantic", "Account Executive", "", "", ""),
    ("Chloé Bergeron", "Étienne Lavoie", "Quebec & Atlantic", "Account Executive", "", "2026-08-14", ""),
    ("Jasmine Sandhu", "Dana Kowalchuk", "Western Canada", "Account Executive", "", "", ""),
    ("Brett Halvorsen", "Dana Kowalchuk", "Western Canada", "Account Executive", "", "", ""),
    ("Kenji Watanabe", "Dana Kowalchuk", "Western Canada", "Account Executive", "", "", ""),
    ("Ryan Dhillon", "Dana Kowalchuk", "Western Canada", "Account Executive", "", "", ""),
    ("Owen Fairbairn", "Dana Kowalchuk", "Western Canada", "Account Executive", "", "", ""),
    ("Tomás Reyes", "Dana Kowalchuk", "Western Canada", "Solutions Engineer", "", "", "Q_SE"),
]
QUOTA = {"Q_PRINCIPAL": "480000.00", "Q_SE": "110000.00"}
TERR = {r[0]: r[2] for r in ROSTER}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PLANS = ("Core Plan", "Pro Plan", "Enterprise Plan")
ADDONS = ("RouteIQ Add-On", "Client Portal Add-On")
SERVICES = ("Implementation Services", "QuickStart Training")
LARGE = [
    "Borealis Facilities Group", "Canuck Utility Services", "Crosscountry Property Management",
    "Polaris Building Services", "Hudson Field Maintenance", "Summit Elevator Corp",
    "Westshore Municipal Works", "Aurora Home Warranty", "Ironwood Rail Services",
    "Cedarline Telecom Field Ops", "Evergreen Fleet Services", "Keystone HVAC Group",
]
TRADES = [
    "Maple Leaf Mechanical", "Northern Comfort HVAC", "Bayview Plumbing & Heating",
    "Prairie Pest Control", "Tidewater Electric", "Lakeshore Landscaping", "Granite Peak Roofing",
    "Fraser Valley Appliance Repair", "Rideau Garage Doors", "Sunridge Pool Service",
    "Cascadia Fire Protection", "Blue Heron Septic", "Kootenay Chimney Sweeps",
    "True North Locksmiths", "Harbourfront Elevator", "Okanagan Irrigation",
    "Chinook Glass & Door", "Laurentian Water Treatment", "St. Lawrence Floor Care",
    "Muskoka Dock & Lift", "Saskatoon Solar Service", "Red River Refrigeration",
    "Halifax Home Inspections", "Fundy Fence Co", "Niagara Security Systems",
    "Algonquin Tree Care", "Peace River Welding", "Georgian Bay Generators",
]
CANCEL_BY = dt.date(2026, 9, 1)


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def product_of(maven, x):
    if maven == "GTX Basic":
        return "Core Plan", 14
    if maven == "GTX Plus Basic":
        return ("RouteIQ Add-On", 7) if x % 2 == 0 else ("Client Portal Add-On", 9)
    if maven in ("GTX Pro", "GTXPro"):
        return "Pro Plan", 5
    if maven == "GTX Plus Pro":
        return "Enterprise Plan", 8
    if maven == "GTK 500":
        return "Enterprise Plan", 6
    if maven == "MG Advanced":
        return "Implementation Services", 4
    return "QuickStart Training", 40


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
    hh = h(oid)
    keep = hh % 2 == 0 or r["product"] == "GTK 500" or agent == "Garret Kinder"
    if not keep:
        continue
    x = hh // 2
    seller = AGENTS[agent]
    product, factor = product_of(r["product"], x // 5)
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product == "Enterprise Plan" or idx % 5 == 0:
        account = LARGE[idx % len(LARGE)]
    else:
        account = TRADES[idx % len(TRADES)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2026, 10, 1) + dt.timedelta(days=x % 120)
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
    if product in PLANS:
        typ = "renewal" if t == 0 else ("upsell" if t <= 3 else "new")
    elif product in ADDONS:
        typ = "new" if t >= 7 else "upsell"
    else:
        typ = "upsell" if t <= 3 else "new"
    term = ""
    if product in PLANS or product in ADDONS:
        k = (x // 17) % 20
        term = "12" if k < 12 else ("24" if k < 17 else "36")
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=20 + (x // 11) % 200), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, term_months=term, cancel_date=cancel, currency="CAD")
    if product == "Enterprise Plan" and stage in ("won", "cancelled"):
        line["split"] = "0.8"
        rows.append(line)
        rows.append(dict(line, seller=SE[TERR[seller]], split="0.2"))
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
                "quota:new_arr"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
