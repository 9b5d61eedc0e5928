#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfiftyfifth workspace (Millwright Workplace
Interiors, an invented Minneapolis office-furniture and workspace dealer; plan year = calendar
2026, 1 January - 31 December 2026, USD, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 11 Maven agents are re-cast as Millwright account executives (AGENTS below). Half of each
  agent's opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they
  become Panel System jobs), and every opportunity of Elease Gluck (re-cast as Ingrid Solberg, the
  Workplace Design Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  2 January 2026 and 31 December 2017 becomes 2 November 2026. AS OF = 2026-08-19. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one
  dated after it becomes an open quote (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 20 July 2026 + (hash mod 90) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 September 2026 + (hash mod 100) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor.
    MG Special     -> Ergonomic Accessories   x 12
    GTX Basic      -> Task Chair              x 4
    GTX Plus Basic -> Storage & Filing        x 3
    MG Advanced    -> Conference Table        x 2.5
    GTX Pro        -> Height-Adjustable Desk  x 3
    GTX Plus Pro   -> Install Services        x 1.5
    GTK 500        -> Panel System            x 3
- Accounts: Maven's 85 accounts folded onto 34 invented Twin Cities businesses (index in the
  sorted Maven account list mod 34); an opportunity with no account gets one by hash.
- Type: (hash // 3) mod 6 = 0 -> "relocation" (furniture for a client's new office); 1 or 2 ->
  "new" (a client who has never bought from Millwright); otherwise "expansion".
- Splits (plan.md 3.4): a won or cancelled Panel System job of any seller but Ingrid Solberg is
  two lines with the same id: 75% to the seller, 25% to Ingrid Solberg.
- Cancellations ("pulled POs"): a won deal closed on or before 2026-08-05 with (hash // 7) mod 23
  = 0 is cancelled, cancel_date = close + 6 + ((hash // 11) mod 130) days, at the latest the
  as-of date (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Erik Johanson (Senior Account Executive) and Ingrid Solberg (Workplace Design
  Specialist) carry their own quarterly Furniture Revenue quota. Kelsey Dahl joined on
  2026-04-13 (her own deals before that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 19)
SHIFT = dt.date(2026, 1, 2) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 8, 5)

AGENTS = {
    "Darcel Schlecht": "Erik Johanson",
    "Kary Hendrixson": "Hannah Kowalczyk",
    "Zane Levy": "Matt Schroeder",
    "Jonathan Berthelot": "Tyler Nguyen",
    "Corliss Cosme": "Thomas Vang",
    "Cassey Cress": "Megan Brandt",
    "Gladys Colclough": "Chris Ostrowski",
    "Garret Kinder": "Kelsey Dahl",
    "Elease Gluck": "Ingrid Solberg",
    "Markita Hansen": "Matt Engstrom",
    "Hayden Neloms": "Luis Ortega",
}
ROSTER = [
    # id, name, manager, territory, role, start_date, quota:furniture
    ("Erik Johanson", "Erik Johanson", "Gretchen Sorensen", "Downtown", "Senior Account Executive", "", "Q_SENIOR"),
    ("Hannah Kowalczyk", "Hannah Kowalczyk", "Gretchen Sorensen", "Downtown", "Account Executive", "", ""),
    ("Matt Schroeder", "Matt Schroeder", "Gretchen Sorensen", "Downtown", "Account Executive", "", ""),
    ("Tyler Nguyen", "Tyler Nguyen", "Gretchen Sorensen", "Downtown", "Account Executive", "", ""),
    ("Thomas Vang", 'Thomas "TJ" Vang', "Mike Tollefson", "East Metro", "Account Executive", "", ""),
    ("Megan Brandt", "Megan Brandt", "Mike Tollefson", "East Metro", "Account Executive", "", ""),
    ("Chris Ostrowski", "Chris Ostrowski", "Mike Tollefson", "East Metro", "Account Executive", "", ""),
    ("Kelsey Dahl", "Kelsey Dahl", "Mike Tollefson", "East Metro", "Account Executive", "2026-04-13", ""),
    ("Ingrid Solberg", "Ingrid Solberg", "Denise Okafor", "West Metro", "Workplace Design Specialist", "", "Q_DESIGN"),
    ("Matt Engstrom", "Matt Engstrom", "Denise Okafor", "West Metro", "Account Executive", "", ""),
    ("Luis Ortega", "Luis Ortega", "Denise Okafor", "West Metro", "Account Executive", "", ""),
]
QUOTA = {"Q_SENIOR": "QS", "Q_DESIGN": "QD"}
START = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Ergonomic Accessories", 12),
    "GTX Basic": ("Task Chair", 4),
    "GTX Plus Basic": ("Storage & Filing", 3),
    "MG Advanced": ("Conference Table", 2.5),
    "GTX Pro": ("Height-Adjustable Desk", 3),
    "GTXPro": ("Height-Adjustable Desk", 3),
    "GTX Plus Pro": ("Install Services", 1.5),
    "GTK 500": ("Panel System", 3),
}
ACCOUNTS = [
    "Stone Arch Legal Group", "North Loop Creative", "Hennepin Valley Credit Union",
    "Lake Harriet Architects", "Mill City Capital", "Foshay Partners", "Como Park Veterinary",
    "Grain Belt Insurance", "Loring Park Pediatrics", "Minnehaha Logistics", "Edina Orthodontics",
    "Eagan Data Works", "Lowertown Coworking", "Cathedral Hill Clinic", "Midway Federal Bank",
    "Uptown Media Lab", "Northeast Brewing Co", "Plymouth Medical Group", "Maple Grove Schools",
    "Minnetonka Software", "Wayzata Wealth Partners", "Eden Prairie Robotics",
    "Golden Valley Foods", "St. Louis Park Pharmacy", "Dinkytown Tutoring", "Riverplace Title Co",
    "Bloomington Hotel Group", "Richfield Auto Insurance", "Falcon Heights Labs",
    "Harriet Island Events", "Twin Ports Shipping", "Nokomis Family Dental",
    "Kenwood Accounting", "Roseville Print Shop",
]
DESIGNER = "Ingrid Solberg"


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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 7, 20) + dt.timedelta(days=x % 90)
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
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    k = (x // 3) % 6
    typ = "relocation" if k == 0 else ("new" if k in (1, 2) else "expansion")
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 23 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if product == "Panel System" and seller != DESIGNER and stage in ("won", "cancelled"):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=DESIGNER, split="0.25"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

QV = {"QS": "360000.00", "QD": "240000.00"}
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:furniture"])
    for sid, name, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, "", QV.get(QUOTA.get(q, ""), "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
