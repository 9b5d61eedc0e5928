#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredtwentysixth workspace (Ridgeway Climate
Supply, an invented US commercial HVAC and refrigeration equipment distributor with branches in
Atlanta, Charlotte and Nashville; plan year 1 July 2026 - 30 June 2027 (FY27, fiscal quarters),
USD, MONTHLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Ridgeway outside sales reps (AGENTS below). Half of each
  agent's opportunities are kept (md5(id) odd), except: every GTK 500 opportunity is kept (they
  become Walk-In Cooler boxes), and every opportunity of Elease Gluck (re-cast as Dana Kowalski,
  the Refrigeration Specialist) and of the two agents re-cast as new hires is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 July 2026 and 31 December 2017 becomes 30 April 2027. AS OF = 2027-03-18. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one
  dated after it becomes an open quote (probability 0.3). Engaging opportunities are open
  (probability 0.5) expected to close 1 March 2027 + (hash mod 80) days (some overdue at the
  as-of date); Prospecting ones (probability 0.15) 1 April 2027 + (hash mod 90) days.
- Products are re-cast as equipment lines; amounts in USD, whole dollars: close value x the
  line's factor (won); lost and open quotes carry the product's list price x the factor.
    GTX Basic      -> Ductless Mini-Split        x 6     (comfort side)
    GTX Plus Basic -> Split System Heat Pump    x 5     (comfort side)
    GTX Pro        -> Packaged Rooftop Unit     x 4     (comfort side)
    GTX Plus Pro   -> VRF System                x 6     (comfort side)
    MG Special     -> Ice Machine               x 70    (cold side)
    MG Advanced    -> Condensing Unit           x 3     (cold side)
    GTK 500        -> Walk-In Cooler            x 3     (cold side)
- Accounts: comfort-side deals go to one of 20 invented mechanical contractors and building
  owners, cold-side deals to one of 14 invented refrigeration contractors, grocers, restaurants
  and cold stores, by the Maven account's index (an opportunity with no account gets one by hash).
- Type: "changeout" (like-for-like replacement of existing equipment), "conquest" (a contractor
  or owner taken from a competing distributor; the floor says "flip") or "new" (new construction
  or a new building): hash mod 10 in 0-4 = new, 5-7 = changeout, 8-9 = conquest; every Ice
  Machine is a changeout.
- Splits (plan.md 3.4): a won or cancelled Walk-In Cooler of any rep but Dana Kowalski is two
  lines with the same id: 75% to the rep and 25% to Dana Kowalski. Ride-alongs: a new hire's
  won or cancelled deal closing in their first 90 days with hash mod 3 = 0 is two lines, 60% to
  the new hire and 40% to their mentor (Tyler Guidry - Travis Whitaker; Megan Yoder - Latoya
  Harris).
- Cancellations ("pulled POs"): a won deal closed on or before 2027-03-04 with hash mod 19 = 0
  is cancelled, cancel_date = close + 6 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 10: only cancellations within 90 days of close are clawed back).
- Roster: Travis Whitaker (Senior Account Rep) carries his own quarterly Comfort quota; Dana
  Kowalski (Refrigeration Specialist) her own Comfort and Cold Chain quotas. Tyler Guidry joined
  on 2026-09-14 and Megan Yoder on 2026-11-02 (their own deals before that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 3, 18)
SHIFT = dt.date(2026, 7, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2027, 3, 4)

AGENTS = {
    "Darcel Schlecht": "Travis Whitaker",
    "Anna Snelling": "Kelsey Dunn",
    "Kary Hendrixson": "Marcus Bell",
    "Vicki Laflamme": "Brandon Tate",
    "Garret Kinder": "Tyler Guidry",
    "Elease Gluck": "Dana Kowalski",
    "Kami Bicknell": "Jorge Ramirez",
    "Zane Levy": "Shawn McAllister",
    "Versie Hillebrand": "Amber Lindgren",
    "Cassey Cress": "Chris Pham",
    "Jonathan Berthelot": "Cody Sprague",
    "Gladys Colclough": "Latoya Harris",
    "Corliss Cosme": "Robert Landry",
    "Rosalina Dieter": "Megan Yoder",
    "Markita Hansen": "Chris Dellinger",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:comfort, quota:coldchain
    ("Travis Whitaker", "Denise Okafor", "Atlanta", "Senior Account Rep", "", "Q_SENIOR", ""),
    ("Kelsey Dunn", "Denise Okafor", "Atlanta", "Territory Sales Rep", "", "", ""),
    ("Marcus Bell", "Denise Okafor", "Atlanta", "Territory Sales Rep", "", "", ""),
    ("Brandon Tate", "Denise Okafor", "Atlanta", "Territory Sales Rep", "", "", ""),
    ("Tyler Guidry", "Denise Okafor", "Atlanta", "Territory Sales Rep", "2026-09-14", "", ""),
    ("Dana Kowalski", "Ray Castellanos", "Charlotte", "Refrigeration Specialist", "", "Q_SPEC_C", "Q_SPEC_R"),
    ("Jorge Ramirez", "Ray Castellanos", "Charlotte", "Territory Sales Rep", "", "", ""),
    ("Shawn McAllister", "Ray Castellanos", "Charlotte", "Territory Sales Rep", "", "", ""),
    ("Amber Lindgren", "Ray Castellanos", "Charlotte", "Territory Sales Rep", "", "", ""),
    ("Chris Pham", "Ray Castellanos", "Charlotte", "Territory Sales Rep", "", "", ""),
    ("Cody Sprague", "Phil Abernathy", "Nashville", "Territory Sales Rep", "", "", ""),
    ("Latoya Harris", "Phil Abernathy", "Nashville", "Territory Sales Rep", "", "", ""),
    ("Robert Landry", "Phil Abernathy", "Nashville", "Territory Sales Rep", "", "", ""),
    ("Megan Yoder", "Phil Abernathy", "Nashville", "Territory Sales Rep", "2026-11-02", "", ""),
    ("Chris Dellinger", "Phil Abernathy", "Nashville", "Territory Sales Rep", "", "", ""),
]
QUOTA = {"Q_SENIOR": "550000.00", "Q_SPEC_C": "75000.00", "Q_SPEC_R": "70000.00"}
NAME = {"Robert Landry": 'Robert "Bo" Landry'}
START = {r[0]: r[4] for r in ROSTER}
NEW_HIRES = {"Tyler Guidry": "Travis Whitaker", "Megan Yoder": "Latoya Harris"}
SPECIALIST = "Dana Kowalski"
PRODUCT = {
    "GTX Basic": ("Ductless Mini-Split", 6),
    "GTX Plus Basic": ("Split System Heat Pump", 5),
    "GTX Pro": ("Packaged Rooftop Unit", 4),
    "GTXPro": ("Packaged Rooftop Unit", 4),
    "GTX Plus Pro": ("VRF System", 6),
    "MG Special": ("Ice Machine", 70),
    "MG Advanced": ("Condensing Unit", 3),
    "GTK 500": ("Walk-In Cooler", 3),
}
COLD = {"Ice Machine", "Condensing Unit", "Walk-In Cooler"}
COMFORT_ACCOUNTS = [
    "Peachtree Mechanical", "Peachtree Medical Plaza", "Dixie Air Conditioning",
    "Cardinal Mechanical Services", "Magnolia Property Group", "Carolina Heating & Air",
    "Volunteer State Mechanical", "Cumberland County Schools", "Lakeshore Office Park",
    "Brightwater Apartments", "Queen City Self Storage", "Hollis & Sons HVAC",
    "Blue Ridge Medical Center", "Tri-State Air Pros", "Buckhead Towers HOA", "Music Row Lofts",
    "Cooper Creek Hotel", "Red Clay Mechanical", "Summit Ridge Senior Living",
    "Gulf Atlantic Contractors",
]
COLD_ACCOUNTS = [
    "Low Country Seafood Co", "Hometown Market #14", "Big Chill Refrigeration Service",
    "Smoky Mountain Brewing", "Arctic Air Refrigeration", "Belle Meade Country Club",
    "Southern Harvest Foods", "Sweetwater BBQ", "Polar Mechanical Refrigeration",
    "Harbor Ice & Seafood", "Piedmont Dairy Co-op", "Volunteer Meat Packers",
    "Sunrise Convenience Stores", "Cumberland Cold Storage",
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
    seller = AGENTS[agent]
    keep = (h(oid) % 2 == 1 or r["product"] == "GTK 500" or seller == SPECIALIST
            or seller in NEW_HIRES)
    if not keep:
        continue
    x = h(oid) // 2
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 89
    if product in COLD:
        account = COLD_ACCOUNTS[idx % len(COLD_ACCOUNTS)]
    else:
        account = COMFORT_ACCOUNTS[idx % len(COMFORT_ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 3, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2027, 4, 1) + dt.timedelta(days=x % 90)
            prob = "0.15"
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
    t = (x // 3) % 10
    if product == "Ice Machine" or 5 <= t <= 7:
        typ = "changeout"
    elif t >= 8:
        typ = "conquest"
    else:
        typ = "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    partner = None
    if product == "Walk-In Cooler" and seller != SPECIALIST and stage in ("won", "cancelled"):
        partner, share = SPECIALIST, ("0.75", "0.25")
    elif (seller in NEW_HIRES and stage in ("won", "cancelled") and (x // 13) % 3 == 0
          and close < dt.date.fromisoformat(START[seller]) + dt.timedelta(days=90)):
        partner, share = NEW_HIRES[seller], ("0.6", "0.4")
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
                "quota:comfort", "quota:coldchain"])
    for sid, mgr, terr, role, start, qc, qr in ROSTER:
        w.writerow([sid, NAME.get(sid, sid), mgr, terr, role, start, "", QUOTA.get(qc, ""), QUOTA.get(qr, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
