#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfortyninth workspace (Cobalt Mechanical Supply,
Inc., an invented commercial HVAC and refrigeration equipment distributor in Denver, Colorado,
selling to restaurants, grocery chains, schools, hospitals and property managers; plan year
1 February 2026 - 31 January 2027, USD, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Cobalt account managers (AGENTS below). Every opportunity of
  those agents is kept, except a new starter's before their start date and a leaver's after
  their end date.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 February 2026 and 31 December 2017 becomes 1 December 2026. AS OF = 2026-09-16. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one
  dated after it becomes an open quote (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 September 2026 + (hash mod 90) days (some overdue at
  the as-of date); Prospecting ones (probability 0.2) 1 October 2026 + (hash mod 120) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor.
    GTX Basic      -> Ductless Mini-Split              x 7
    GTX Plus Basic -> Ice Machine                      x 5
    MG Advanced    -> Commercial Heat Pump             x 4
    GTX Pro        -> Walk-In Cooler                   x 4
    GTX Plus Pro   -> Rooftop Unit                     x 5
    GTK 500        -> Air-Cooled Chiller               x 5
    MG Special     -> Preventive Maintenance Agreement x 60  (md5 even)
                   -> Full Service Agreement           x 120 (md5 odd)
- Accounts: Maven's 85 accounts (sorted) are folded onto 36 invented Denver-area customers
  (index mod 36); an Air-Cooled Chiller goes to one of the 14 large ones (schools, hospitals,
  grocery chains, property managers). An opportunity with no account gets one by hash.
- Type: a service agreement is "renewal" (hash mod 5 >= 2) or "new"; equipment is
  "replacement" (hash mod 9 < 4) or "new".
- Splits (plan.md 3.5): a won or cancelled Air-Cooled Chiller of any account manager but Lauren
  Hayes (the Applied Systems Specialist) is two lines with the same id, 75% to the account
  manager and 25% to Lauren Hayes.
- Cancellations: a won deal closed on or before 2026-09-01 with hash mod 25 = 0 is cancelled on
  close + 5 + (hash mod 140) days, when that day is before the as-of date (otherwise it stays
  won). plan.md section 11: only cancellations within 90 days of close are clawed back.
- Roster: Jason Miller (Senior Account Manager) and Lauren Hayes (Applied Systems Specialist)
  carry their own quarterly Equipment quota. Tyler Brooks joined on 2026-06-08 (his deals
  before it are dropped); Derek Johnson left on 2026-07-31 (his deals after it are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 9, 16)
SHIFT = dt.date(2026, 2, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 9, 1)

AGENTS = {
    "Darcel Schlecht": "Jason Miller",
    "Vicki Laflamme": "Ashley Turner",
    "Kary Hendrixson": "Kevin O'Brien",
    "Zane Levy": "Megan Foster",
    "Garret Kinder": "Tyler Brooks",
    "Cassey Cress": "Ryan Mitchell",
    "Elease Gluck": "Lauren Hayes",
    "Reed Clapper": "Derek Johnson",
    "Corliss Cosme": "Nicole Ramirez",
    "James Ascencio": "Chris Patterson",
    "Donn Cantrell": "Amanda Garcia",
    "Maureen Marcano": "Matt Sullivan",
    "Kami Bicknell": "Brandon Lee",
    "Markita Hansen": "Stephanie Cole",
    "Rosalina Dieter": "Ryan Castillo",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:equipment
    ("Jason Miller", "Karen Whitlock", "Metro Denver", "Senior Account Manager", "", "", "Q_SENIOR"),
    ("Ashley Turner", "Karen Whitlock", "Metro Denver", "Account Manager", "", "", ""),
    ("Kevin O'Brien", "Karen Whitlock", "Metro Denver", "Account Manager", "", "", ""),
    ("Megan Foster", "Karen Whitlock", "Metro Denver", "Account Manager", "", "", ""),
    ("Tyler Brooks", "Karen Whitlock", "Metro Denver", "Account Manager", "2026-06-08", "", ""),
    ("Ryan Mitchell", "Greg Dunbar", "North Front Range", "Account Manager", "", "", ""),
    ("Lauren Hayes", "Greg Dunbar", "North Front Range", "Applied Systems Specialist", "", "", "Q_APPLIED"),
    ("Derek Johnson", "Greg Dunbar", "North Front Range", "Account Manager", "", "2026-07-31", ""),
    ("Nicole Ramirez", "Greg Dunbar", "North Front Range", "Account Manager", "", "", ""),
    ("Chris Patterson", "Greg Dunbar", "North Front Range", "Account Manager", "", "", ""),
    ("Amanda Garcia", "Teresa Salazar", "South Metro", "Account Manager", "", "", ""),
    ("Matt Sullivan", "Teresa Salazar", "South Metro", "Account Manager", "", "", ""),
    ("Brandon Lee", "Teresa Salazar", "South Metro", "Account Manager", "", "", ""),
    ("Stephanie Cole", "Teresa Salazar", "South Metro", "Account Manager", "", "", ""),
    ("Ryan Castillo", "Teresa Salazar", "South Metro", "Account Manager", "", "", ""),
]
QUOTA = {"Q_SENIOR": "1200000.00", "Q_APPLIED": "500000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
SPECIALIST = "Lauren Hayes"
PRODUCT = {
    "GTX Basic": ("Ductless Mini-Split", 7),
    "GTX Plus Basic": ("Ice Machine", 5),
    "MG Advanced": ("Commercial Heat Pump", 4),
    "GTX Pro": ("Walk-In Cooler", 4),
    "GTXPro": ("Walk-In Cooler", 4),
    "GTX Plus Pro": ("Rooftop Unit", 5),
    "GTK 500": ("Air-Cooled Chiller", 5),
}
SERVICE = [("Preventive Maintenance Agreement", 60), ("Full Service Agreement", 120)]
LARGE = [
    "Front Range Regional Hospital", "Clear Creek Medical Center", "Cherry Hills Surgical Center",
    "Littleton Rehabilitation Hospital", "Arapahoe Valley School District",
    "Jefferson Ridge Academy", "Foothills Community College", "Westfield Grocery Co",
    "Platte River Natural Foods", "Aurora Family Supermarkets", "Colfax Property Group",
    "Tech Center Office Partners", "Lakewood Commons Management", "Bluebird Senior Living",
]
SMALL = [
    "Larimer Street Grill", "Sakura Ramen House", "Rio Grande Taqueria", "Highland Tap & Burger",
    "Cherry Creek Steakhouse", "Golden Triangle Bistro", "Sloan's Lake Pizzeria",
    "Union Station Oyster Bar", "Five Points BBQ", "Englewood Charter School",
    "St. Anne Catholic School", "Wash Park Bakery", "Belmar Ice Cream Co", "Capitol Hill Apartments",
    "Stapleton Realty Management", "Broomfield Business Park", "Evergreen Deli & Market",
    "Aspen Grove Assisted Living", "Tennyson Street Brewing", "Green Valley Food Mart",
    "Red Rocks Catering", "Cottonwood Dental Group",
]
ACCOUNTS = LARGE + SMALL


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
    x = h(oid)
    seller = AGENTS[agent]
    if r["product"] == "MG Special":
        product, factor = SERVICE[x % 2]
    else:
        product, factor = PRODUCT[r["product"]]
    x //= 2
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product == "Air-Cooled Chiller":
        account = LARGE[idx % len(LARGE)]
    else:
        account = ACCOUNTS[idx % len(ACCOUNTS)]
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
    if product.endswith("Agreement"):
        typ = "renewal" if (x // 3) % 5 >= 2 else "new"
    else:
        typ = "replacement" if (x // 3) % 9 < 4 else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        cancel_on = close + dt.timedelta(days=5 + (x // 11) % 140)
        if cancel_on < AS_OF:
            stage = "cancelled"
            cancel = cancel_on.isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if product == "Air-Cooled Chiller" and seller != SPECIALIST and stage in ("won", "cancelled"):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.25"))
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
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
