#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredseventyseventh workspace (Mon Valley Safety
Supply Co., an invented Pittsburgh industrial-safety distributor: gas detection, fall
protection, respirator fit-test programs and site safety training; plan year 1 July 2025 -
30 June 2026, USD, MONTHLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Mon Valley account reps (AGENTS below). Three of every five of
  an agent's opportunities are kept (md5(id) mod 5 < 3), except: every GTK 500 opportunity is
  kept (they become Site Safety Training Contracts), and every opportunity of Elease Gluck
  (re-cast as Theresa Yanchuk, the Training Desk specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 July 2025 and 31 December 2017 becomes 30 April 2026. AS OF = 2026-03-18. A Won
  opportunity that now closes after it becomes an open quote (probability 0.65); a Lost one
  dated after it becomes an open quote (probability 0.3). Engaging opportunities are open
  (probability 0.5) expected 1 March 2026 + (hash mod 80) days (some overdue at the as-of
  date); Prospecting ones (probability 0.15) 1 April 2026 + (hash mod 85) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor.
    MG Special     -> Cal Gas Pack                    x 6
    GTX Basic      -> Single-Gas Clip Monitor         x 1.5
    GTX Plus Basic -> Harness & SRL Kit               x 2.5
    MG Advanced    -> Respirator Fit-Test Program     x 1.2
    GTX Pro        -> Quad-Gas Monitor Fleet          x 2
    GTX Plus Pro   -> Confined Space Rescue Kit       x 1.8
    GTK 500        -> Site Safety Training Contract   x 1.5
- Accounts: Maven's 85 accounts are folded onto 30 invented Pittsburgh-area plants, mills and
  contractors (Maven account index mod 30); an opportunity with no account gets one by hash.
- Type (hash of the id): Cal Gas Pack = "reorder" (one in four "new"); the hardware products
  (clip monitors, quad-gas fleets, harness kits, rescue kits): two in five "new", one "upgrade",
  two "reorder"; the programs (fit-test programs, training contracts): two in five "new", three
  "renewal".
- Splits (plan.md 3.4): a won or cancelled Site Safety Training Contract of any rep but Theresa
  Yanchuk is two lines with the same id: 80% to the rep, 20% to Theresa Yanchuk.
- Cancellations ("red tags"): a won deal closed on or before 2026-03-06 with hash mod 19 = 0 is
  cancelled, cancel_date = close + 6 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 10: only cancellations within 75 days of close are clawed back).
- Roster: Frank Lucchino (Senior Account Rep) carries his own quarterly Hard Goods quota and
  Theresa Yanchuk (Training Desk) her own annual Program quota. Dave Pietrangeli joined on
  2025-10-06 (his deals before that date are dropped); Bill Harkins left on 2026-01-16 (his
  deals after it stay in the file and credit no one).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 3, 18)
SHIFT = dt.date(2025, 7, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 3, 6)

AGENTS = {
    "Darcel Schlecht": "Frank Lucchino",
    "Anna Snelling": "Denise Hornick",
    "Versie Hillebrand": "Mike Zelinski",
    "Cecily Lampkin": "Tony Caruso",
    "Lajuana Vencill": "Stanley Wojcik",
    "Elease Gluck": "Theresa Yanchuk",
    "Kary Hendrixson": "Mike Ferrante",
    "Zane Levy": "Rich Mikulski",
    "Cassey Cress": "Marcy Dombrowski",
    "Boris Faz": "Dave Pietrangeli",
    "Markita Hansen": "Shawna Kostelnik",
    "Rosalina Dieter": "Joe Pellegrino",
    "Gladys Colclough": "Kathy Gorecki",
    "Moses Frase": "Bill Harkins",
    "Kami Bicknell": "Renee DiNardo",
}
ROSTER = [
    # id, name, manager, territory, role, start_date, end_date, quota:hardgoods, quota:programs
    ("Frank Lucchino", "Frank Lucchino", "Gary Sokol", "Mon Valley", "Senior Account Rep", "", "", "Q_SENIOR", ""),
    ("Denise Hornick", "Denise Hornick", "Gary Sokol", "Mon Valley", "Account Rep", "", "", "", ""),
    ("Mike Zelinski", "Mike Zelinski", "Gary Sokol", "Mon Valley", "Account Rep", "", "", "", ""),
    ("Tony Caruso", "Tony Caruso", "Gary Sokol", "Mon Valley", "Account Rep", "", "", "", ""),
    ("Stanley Wojcik", 'Stanley "Stush" Wojcik', "Gary Sokol", "Mon Valley", "Account Rep", "", "", "", ""),
    ("Theresa Yanchuk", "Theresa Yanchuk", "Linda Maruca", "Beaver Valley", "Training Desk Specialist", "", "", "", "P_DESK"),
    ("Mike Ferrante", "Mike Ferrante", "Linda Maruca", "Beaver Valley", "Account Rep", "", "", "", ""),
    ("Rich Mikulski", "Rich Mikulski", "Linda Maruca", "Beaver Valley", "Account Rep", "", "", "", ""),
    ("Marcy Dombrowski", "Marcy Dombrowski", "Linda Maruca", "Beaver Valley", "Account Rep", "", "", "", ""),
    ("Dave Pietrangeli", "Dave Pietrangeli", "Linda Maruca", "Beaver Valley", "Account Rep", "2025-10-06", "", "", ""),
    ("Shawna Kostelnik", "Shawna Kostelnik", "Ed Trombetta", "Allegheny-Kiski", "Account Rep", "", "", "", ""),
    ("Joe Pellegrino", "Joe Pellegrino", "Ed Trombetta", "Allegheny-Kiski", "Account Rep", "", "", "", ""),
    ("Kathy Gorecki", "Kathy Gorecki", "Ed Trombetta", "Allegheny-Kiski", "Account Rep", "", "", "", ""),
    ("Bill Harkins", "Bill Harkins", "Ed Trombetta", "Allegheny-Kiski", "Account Rep", "", "2026-01-16", "", ""),
    ("Renee DiNardo", "Renee DiNardo", "Ed Trombetta", "Allegheny-Kiski", "Account Rep", "", "", "", ""),
]
QUOTA = {"Q_SENIOR": "300000.00", "P_DESK": "220000.00"}
START = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Cal Gas Pack", 6),
    "GTX Basic": ("Single-Gas Clip Monitor", 1.5),
    "GTX Plus Basic": ("Harness & SRL Kit", 2.5),
    "MG Advanced": ("Respirator Fit-Test Program", 1.2),
    "GTX Pro": ("Quad-Gas Monitor Fleet", 2),
    "GTXPro": ("Quad-Gas Monitor Fleet", 2),
    "GTX Plus Pro": ("Confined Space Rescue Kit", 1.8),
    "GTK 500": ("Site Safety Training Contract", 1.5),
}
PROGRAMS = ("Respirator Fit-Test Program", "Site Safety Training Contract")
ACCOUNTS = [
    "Braddock Coke Works", "Clairton Rail Yard", "Monessen Tube Mill", "McKees Rocks Forge",
    "Neville Island Chemical", "Homestead Rolling Mill", "Aliquippa Pipe & Tube",
    "Beaver Falls Galvanizing", "Ambridge Wire Rope", "Duquesne Slag Products",
    "Allegheny Scaffold Co", "Three Rivers Mechanical", "Ohio River Barge Services",
    "Carnegie Steel Erectors", "Butler Glass Plant", "Washington County Frac Services",
    "Greene County Longwall Mine", "Mon Valley Water Authority", "Penn Hills Roofing",
    "Strip District Cold Storage", "Monroeville Tank Cleaning", "Kittanning Brick Works",
    "Bloomfield Electrical Contractors", "Lawrenceville Boilerworks", "Hazelwood Asphalt Plant",
    "Sewickley Paint & Coatings", "Charleroi Glass Works", "New Kensington Aluminum",
    "Leetsdale Industrial Park", "Vandergrift Pipe Fabricators",
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
    keep = h(oid) % 5 < 3 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 5
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 89
    account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 3, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 4, 1) + dt.timedelta(days=x % 85)
            prob = "0.15"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.65" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    k = (x // 3) % 5
    if product == "Cal Gas Pack":
        typ = "new" if (x // 3) % 4 == 0 else "reorder"
    elif product in PROGRAMS:
        typ = "new" if k < 2 else "renewal"
    else:
        typ = "new" if k < 2 else ("upgrade" if k == 2 else "reorder")
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if (product == "Site Safety Training Contract" and seller != "Theresa Yanchuk"
            and stage in ("won", "cancelled")):
        line["split"] = "0.8"
        rows.append(line)
        rows.append(dict(line, seller="Theresa Yanchuk", split="0.2"))
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
                "quota:hardgoods", "quota:programs"])
    for sid, name, mgr, terr, role, start, end, qh, qp in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, end, QUOTA.get(qh, ""), QUOTA.get(qp, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
