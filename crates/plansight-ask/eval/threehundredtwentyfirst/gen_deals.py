#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredtwentyfirst workspace (Switchback
Scheduling, Inc., an invented Denver B2B SaaS company selling appointment and class scheduling
software to clinics and gyms; plan year FY27 = 1 February 2026 - 31 January 2027, USD, MONTHLY
payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Switchback account executives (AGENTS below). Half of each
  agent's opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept
  (they become Enterprise deals) and every opportunity of Darcel Schlecht (re-cast as Jasmine
  Cole, the Senior Enterprise AE) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 February 2026 and 31 December 2017 becomes 3 December 2026. AS OF = 2026-10-21. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one dated
  after it becomes an open deal (probability 0.25). Engaging opportunities are open
  (probability 0.5), expected to close 1 October 2026 + (hash mod 80) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 November 2026 + (hash mod 85) days.
- Amounts in USD, whole dollars, first-year subscription value: close value x the product's
  factor (won); lost and open deals carry the product's list price x the factor.
    GTX Basic      -> Solo           x 6
    GTX Plus Basic -> Studio         x 4
    GTX Pro        -> Pro Suite      x 3
    GTX Plus Pro   -> Multi-Site     x 3
    GTK 500        -> Enterprise     x 2
    MG Advanced    -> PayLane        x 2   (integrated payments bolt-on)
    MG Special     -> Nudge SMS      x 40  (text-reminder bolt-on)
- Accounts: Enterprise deals go to one of 12 invented clinic groups and gym chains (Maven
  account index mod 12); every other opportunity to one of 40 invented clinics and gyms (Maven
  account index mod 40). An opportunity with no account gets one by hash.
- Type: platform products (Solo .. Enterprise): hash mod 8 = 0 "renewal", else hash mod 3 = 0
  "upsell", else "new". Bolt-ons (PayLane, Nudge SMS): hash mod 2 = 0 "new", else "upsell".
- Term (term_months): Solo, Studio and the bolt-ons 12; Pro Suite and Multi-Site 12, 24 or 36
  (hash mod 3); Enterprise 24 or 36 (hash mod 2).
- Splits (plan.md 3.5): a won or cancelled Enterprise deal of any AE but Jasmine Cole is two
  lines with the same id: 75% to the AE, 25% to Jasmine Cole. Tyler Brandt's won or cancelled
  deals closing on or after Kayla Ruiz's start with hash mod 5 = 0 are "ride-along" deals, two
  lines 50% / 50% with Kayla Ruiz.
- Cancellations ("yard sales"): a won deal closed on or before 2026-10-05 with hash mod 19 = 0
  is cancelled, cancel_date = close + 6 + (hash mod 130) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Jasmine Cole (Senior Enterprise AE) and Hunter Lindgren (Mid-Market Lead) carry their
  own quarterly ARR quotas. Kayla Ruiz joined on 2026-06-15 (her own deals before that date are
  dropped); Brett Sorensen left on 2026-09-04 (his deals closing after it are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 21)
SHIFT = dt.date(2026, 2, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 10, 5)

AGENTS = {
    "Darcel Schlecht": "Jasmine Cole",
    "Anna Snelling": "Tyler Brandt",
    "Kary Hendrixson": "Megan O'Rourke",
    "Versie Hillebrand": "DeShawn Harris",
    "Garret Kinder": "Kayla Ruiz",
    "Vicki Laflamme": "Tyler Ng",
    "Kami Bicknell": "Brittany Vance",
    "Zane Levy": "Connor McBride",
    "Cassey Cress": "Alexis Romero",
    "Rosie Papadopoulos": "Brett Sorensen",
    "Jonathan Berthelot": "Hunter Lindgren",
    "Gladys Colclough": "Priyanka Shah",
    "Lajuana Vencill": "Jordan Kessler",
    "Markita Hansen": "Sam Whitaker",
    "Moses Frase": "Ethan Boyd",
    "Corliss Cosme": "Rachel Dunn",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:arr
    ("Jasmine Cole", "Renee Castillo", "Clinics", "Senior Enterprise AE", "", "", "Q_SENIOR"),
    ("Tyler Brandt", "Renee Castillo", "Clinics", "Account Executive", "", "", ""),
    ("Megan O'Rourke", "Renee Castillo", "Clinics", "Account Executive", "", "", ""),
    ("DeShawn Harris", "Renee Castillo", "Clinics", "Account Executive", "", "", ""),
    ("Kayla Ruiz", "Renee Castillo", "Clinics", "Account Executive", "2026-06-15", "", ""),
    ("Tyler Ng", "Mike Dombrowski", "Fitness", "Account Executive", "", "", ""),
    ("Brittany Vance", "Mike Dombrowski", "Fitness", "Account Executive", "", "", ""),
    ("Connor McBride", "Mike Dombrowski", "Fitness", "Account Executive", "", "", ""),
    ("Alexis Romero", "Mike Dombrowski", "Fitness", "Account Executive", "", "", ""),
    ("Brett Sorensen", "Mike Dombrowski", "Fitness", "Account Executive", "", "2026-09-04", ""),
    ("Hunter Lindgren", "Lorena Haskins", "Mid-Market", "Mid-Market Lead", "", "", "Q_LEAD"),
    ("Priyanka Shah", "Lorena Haskins", "Mid-Market", "Account Executive", "", "", ""),
    ("Jordan Kessler", "Lorena Haskins", "Mid-Market", "Account Executive", "", "", ""),
    ("Sam Whitaker", "Lorena Haskins", "Mid-Market", "Account Executive", "", "", ""),
    ("Ethan Boyd", "Lorena Haskins", "Mid-Market", "Account Executive", "", "", ""),
    ("Rachel Dunn", "Lorena Haskins", "Mid-Market", "Account Executive", "", "", ""),
]
QUOTA = {"Q_SENIOR": "600000.00", "Q_LEAD": "140000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("Solo", 6),
    "GTX Plus Basic": ("Studio", 4),
    "GTX Pro": ("Pro Suite", 3),
    "GTXPro": ("Pro Suite", 3),
    "GTX Plus Pro": ("Multi-Site", 3),
    "GTK 500": ("Enterprise", 2),
    "MG Advanced": ("PayLane", 2),
    "MG Special": ("Nudge SMS", 40),
}
PLATFORM = {"Solo", "Studio", "Pro Suite", "Multi-Site", "Enterprise"}
LOCAL = [
    "Cherry Creek Physical Therapy", "Highlands Chiropractic", "Sloan's Lake Dental",
    "Wash Park Pilates", "RiNo Climbing Collective", "Golden Spine & Sports",
    "Mile High CrossFit", "Lakewood Family Dental", "Aurora Women's Health",
    "Littleton Kids Dental", "Englewood Yoga House", "Evergreen Massage Therapy",
    "Castle Rock Barre", "Capitol Hill Med Spa", "Baker Boxing Club", "Arvada Eye Care",
    "Tennyson Street Acupuncture", "Platte River Rowing", "Westminster Family Medicine",
    "Broomfield Spin House", "Louisville Hand Therapy", "Parker Pediatric Dentistry",
    "Northglenn Martial Arts", "Thornton Sports Medicine", "Highlands Ranch Swim School",
    "Berkeley Park Dermatology", "Five Points Fitness", "Congress Park Counseling",
    "Lowry Orthodontics", "Stapleton Kids Gym", "Edgewater Speech Therapy",
    "Applewood Veterinary Rehab", "Morrison Trail Runners Club", "Glendale Hot Yoga",
    "Belmar Dental Group", "Ken Caryl Chiropractic", "Federal Heights Wellness",
    "Bear Creek Physio", "University Hills Optometry", "Washington Park Tennis Club",
]
CHAINS = [
    "Front Range Orthopedics", "Rocky Mountain Fitness Clubs", "Alpine Dental Partners",
    "Colorado Spine Network", "Vail Valley Athletic Clubs", "Centennial Urgent Care",
    "High Plains Physical Therapy", "Timberline Health System", "Boulder Valley Climbing Gyms",
    "Pueblo Family Clinics", "Columbine Rehab Group", "Gunnison Fitness Co",
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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Darcel Schlecht"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = CHAINS[idx % len(CHAINS)] if product == "Enterprise" else LOCAL[idx % len(LOCAL)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 10, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 11, 1) + dt.timedelta(days=x % 85)
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
    if product in PLATFORM:
        if (x // 3) % 8 == 0:
            typ = "renewal"
        elif (x // 3) % 3 == 0:
            typ = "upsell"
        else:
            typ = "new"
    else:
        typ = "new" if (x // 3) % 2 == 0 else "upsell"
    if product in ("Pro Suite", "Multi-Site"):
        term = (12, 24, 36)[(x // 17) % 3]
    elif product == "Enterprise":
        term = (24, 36)[(x // 17) % 2]
    else:
        term = 12
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, term_months=str(term), cancel_date=cancel, currency="USD")
    partner = None
    if product == "Enterprise" and seller != "Jasmine Cole" and stage in ("won", "cancelled"):
        partner, share = "Jasmine Cole", ("0.75", "0.25")
    elif (seller == "Tyler Brandt" and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START["Kayla Ruiz"])):
        partner, share = "Kayla Ruiz", ("0.5", "0.5")
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
                "quota:arr"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
