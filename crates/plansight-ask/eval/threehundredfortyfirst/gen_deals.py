#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredfortyfirst workspace (Two Rivers
Implement Group, an invented Kansas City agricultural equipment dealer group: stores in Olathe
KS, Liberty MO and St. Joseph MO; this is its parts-and-service ("aftermarket") sales team.
Plan year FY2026 = 1 October 2025 - 30 September 2026, USD, QUARTERLY payouts) from the real
Maven CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic (every
choice is an md5 hash of the opportunity id; no clock, no random stream).
Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Two Rivers aftermarket reps (AGENTS below). Two thirds of each
  agent's opportunities are kept (md5(id) mod 3 != 0), except that every GTK 500 opportunity
  (re-cast as a Powertrain Overhaul) is kept.
- Half of the kept Engaging and Prospecting opportunities are dropped ((hash // 17) mod 2 = 1),
  so the open pipeline stays a believable size.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 October 2025 and 31 December 2017 becomes 1 August 2026. AS OF = 2026-05-15. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one
  dated after it an open quote (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 5 May 2026 + (hash mod 80) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 June 2026 + (hash mod 110) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open
  quotes carry the product's list price x the factor.
    MG Special     -> Wear Parts           x 25
    GTX Basic      -> Repair Parts         x 4
    GTX Plus Basic -> Field Service Call   x 1.5
    MG Advanced    -> Uptime Agreement     x 1.2
    GTX Pro        -> Shop Repair          x 2
    GTX Plus Pro   -> Precision Retrofit   x 2
    GTK 500        -> Powertrain Overhaul  x 1.6
  (The plan also credits a Telematics Plan, which no deal sells yet.)
- Accounts: Maven's 85 accounts fold onto 30 invented farms and 8 fleet accounts (custom
  harvesters, co-ops, a county road department): account index mod 38. An opportunity with no
  account gets one by hash.
- Type: "fleet" for a fleet account; otherwise (hash // 3) mod 4 = 0 is "new" (a conquest
  account), the rest "repeat".
- Splits (plan.md 3.4): a won or cancelled Precision Retrofit of any rep but Luis Campos with
  (hash // 5) mod 3 = 0 is two lines with the same id, 60% to the rep and 40% to Luis Campos
  (the precision specialist). Travis Kuhlman's won or cancelled deals closing on or after Cody
  Wendling's start with (hash // 13) mod 6 = 0 are ride-alongs, 50% / 50% with Cody Wendling.
- Cancellations ("send-backs"): a won deal closed on or before 2026-05-08 with
  (hash // 7) mod 19 = 0 is cancelled, cancel_date = close + 4 + ((hash // 11) mod 130) days,
  at the latest the as-of date (plan.md section 11: only cancellations within 90 days of close
  are clawed back).
- Roster: Travis Kuhlman (Fleet Account Rep) carries his own quarterly Aftermarket quota;
  Deborah Nickels (Uptime Agreement lead) her own annual Uptime quota. Cody Wendling joined on
  2026-01-12 (his own deals before that date are dropped); Hank Riemer left on 2026-03-13 (his
  deals after that date are dropped). Two reps are called Kyle.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 5, 15)
SHIFT = dt.date(2025, 10, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 5, 8)

AGENTS = {
    "Darcel Schlecht": "Travis Kuhlman",
    "Anna Snelling": "Kyle Hartman",
    "Versie Hillebrand": "Jennifer Ostrander",
    "Moses Frase": "Marcus Bell",
    "Garret Kinder": "Cody Wendling",
    "Vicki Laflamme": "Brenda Schaefer",
    "Kary Hendrixson": "Kyle Oberle",
    "Cassey Cress": "Luis Campos",
    "Markita Hansen": "Shelby Dykstra",
    "Zane Levy": "Ray Pfannenstiel",
    "Kami Bicknell": "Deborah Nickels",
    "James Ascencio": "Andrew Yoder",
    "Reed Clapper": "Hank Riemer",
    "Corliss Cosme": "Mikayla Troyer",
    "Maureen Marcano": "Wade Lindholm",
    "Lajuana Vencill": "Tyler Fenske",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:aftermarket, quota:uptime
    ("Travis Kuhlman", "Dale Hoffmeier", "Olathe", "Fleet Account Rep", "", "", "210000.00", ""),
    ("Kyle Hartman", "Dale Hoffmeier", "Olathe", "Aftermarket Rep", "", "", "", ""),
    ("Jennifer Ostrander", "Dale Hoffmeier", "Olathe", "Aftermarket Rep", "", "", "", ""),
    ("Marcus Bell", "Dale Hoffmeier", "Olathe", "Aftermarket Rep", "", "", "", ""),
    ("Cody Wendling", "Dale Hoffmeier", "Olathe", "Aftermarket Rep", "2026-01-12", "", "", ""),
    ("Brenda Schaefer", "Tammy Voss", "Liberty", "Aftermarket Rep", "", "", "", ""),
    ("Kyle Oberle", "Tammy Voss", "Liberty", "Aftermarket Rep", "", "", "", ""),
    ("Luis Campos", "Tammy Voss", "Liberty", "Precision Specialist", "", "", "", ""),
    ("Shelby Dykstra", "Tammy Voss", "Liberty", "Aftermarket Rep", "", "", "", ""),
    ("Ray Pfannenstiel", "Tammy Voss", "Liberty", "Aftermarket Rep", "", "", "", ""),
    ("Deborah Nickels", "Curtis Brandt", "St. Joseph", "Uptime Agreement Lead", "", "", "", "130000.00"),
    ("Andrew Yoder", "Curtis Brandt", "St. Joseph", "Aftermarket Rep", "", "", "", ""),
    ("Hank Riemer", "Curtis Brandt", "St. Joseph", "Aftermarket Rep", "", "2026-03-13", "", ""),
    ("Mikayla Troyer", "Curtis Brandt", "St. Joseph", "Aftermarket Rep", "", "", "", ""),
    ("Wade Lindholm", "Curtis Brandt", "St. Joseph", "Aftermarket Rep", "", "", "", ""),
    ("Tyler Fenske", "Curtis Brandt", "St. Joseph", "Aftermarket Rep", "", "", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Wear Parts", 25),
    "GTX Basic": ("Repair Parts", 4),
    "GTX Plus Basic": ("Field Service Call", 1.5),
    "MG Advanced": ("Uptime Agreement", 1.2),
    "GTX Pro": ("Shop Repair", 2),
    "GTXPro": ("Shop Repair", 2),
    "GTX Plus Pro": ("Precision Retrofit", 2),
    "GTK 500": ("Powertrain Overhaul", 1.6),
}
FARMS = [
    "Schroeder Farms", "Hilltop Angus", "Wakarusa Valley Farms", "Bauer Brothers Grain",
    "Platte County Seed Co", "Klamm Family Farms", "Stull Creek Dairy", "Oberkrom Land & Cattle",
    "Gardner Prairie Farms", "Lone Jack Hay Co", "Heeney Farms", "Weston Bend Orchard",
    "Mound City Grain", "Big Blue Pork", "Tonganoxie Turf Farm", "Nodaway Ridge Farms",
    "Freeman Acres", "Holtzclaw Ranch", "Louisburg Sod Farm", "Kearney Creek Farms",
    "Reinhardt Dairy", "Rushville Bottoms Farm", "Edgerton Hay & Grain", "Plattsburg Beef",
    "Savannah Seed & Grain", "Paola Ridge Farms", "Wellsville Feedlot", "Dearborn Bottoms Farms",
    "Linn Valley Ranch", "Cameron Prairie Farms",
]
FLEET = [
    "Kaw River Custom Harvesting", "Miami County Farmers Co-op", "MoKan Ag Services",
    "Tri-County Grain Co-op", "Buchanan County Road & Bridge", "Missouri Valley Custom Hay",
    "Heartland Spray Service", "Sunflower Custom Farming",
]
ACCOUNTS = FARMS + FLEET


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
    if h(oid) % 3 == 0 and r["product"] != "GTK 500":
        continue
    x = h(oid) // 3
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if (x // 17) % 2 == 1:
            continue
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 5, 5) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 6, 1) + dt.timedelta(days=x % 110)
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
    if account in FLEET:
        typ = "fleet"
    elif (x // 3) % 4 == 0:
        typ = "new"
    else:
        typ = "repeat"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=4 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    partner = None
    if (product == "Precision Retrofit" and seller != "Luis Campos"
            and stage in ("won", "cancelled") and (x // 5) % 3 == 0):
        partner, share = "Luis Campos", ("0.6", "0.4")
    elif (seller == "Travis Kuhlman" and stage in ("won", "cancelled") and (x // 13) % 6 == 0
          and close >= dt.date.fromisoformat(START["Cody Wendling"])):
        partner, share = "Cody Wendling", ("0.5", "0.5")
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
                "quota:aftermarket", "quota:uptime"])
    for sid, mgr, terr, role, start, end, qa, qu in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qa, qu])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
