#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredfourteenth workspace (Brazos Iron Rental
Co., an invented Houston oilfield equipment rental house: frac tanks, tank spreads, light towers,
generators, trash and transfer pumps, rented on monthly contracts; plan year 1 October 2025 -
30 September 2026, USD, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Brazos field reps (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they become
  Tank Spread contracts), and every opportunity of Hayden Neloms (re-cast as Marisol Ochoa, the
  Frac Water Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 October 2025 and 31 December 2017 becomes 31 July 2026. AS OF = 2026-05-15. A Won
  opportunity that now closes after it becomes an open bid (probability 0.7); a Lost one dated
  after it becomes an open bid (probability 0.3). Engaging opportunities are open (probability
  0.5) expected to close 20 April 2026 + (hash mod 80) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 1 June 2026 + (hash mod 100) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open bids
  carry the product's list price x the factor. The amount is the contract's total rent.
    MG Special     -> Rig-Up Service   x 14
    GTX Basic      -> Light Tower      x 6
    GTX Plus Basic -> Trash Pump       x 4
    MG Advanced    -> Generator        x 3.5
    GTX Pro        -> Frac Tank        x 2.5
    GTX Plus Pro   -> Transfer Pump    x 2
    GTK 500        -> Tank Spread      x 3
- Accounts: each district has 12 invented customers (operators, service companies, plants);
  an opportunity goes to one of its rep's district's customers (Maven account index mod 12, or
  the hash when Maven has no account).
- Type: Rig-Up Service = "new"; Light Tower, Generator and Trash Pump with hash mod 6 = 0 =
  "callout" (same-day emergency rental, one month); otherwise hash mod 3 = 0 = "extension" (a
  rental already on location extended), the rest "new".
- Term (term_months): Rig-Up Service and callouts 1; otherwise 1 + (hash mod 12).
- Splits (plan.md 3.4): a won or cancelled Tank Spread of any rep but Marisol Ochoa is two lines
  with the same id: 80% to the rep, 20% to Marisol Ochoa. Beau Landry's won or cancelled deals
  closing on or after Shelby Mouton's start with hash mod 5 = 0 are "ride-along" deals, two lines
  50% / 50% with Shelby Mouton.
- Cancellations ("called off"): a won deal closed on or before 2026-04-30 with hash mod 22 = 0 is
  cancelled, cancel_date = close + 6 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Travis Kimbrough (Senior Field Rep) and Marisol Ochoa (Frac Water Specialist) carry
  their own quarterly Rent Roll quota. Shelby Mouton joined on 2026-01-12 (her own deals before
  that date are dropped); Hector Zamora left on 2026-03-13 (his deals after it are dropped).
  Wade Tillman is on the roster as Wade "Tater" Tillman.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 5, 15)
SHIFT = dt.date(2025, 10, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Vicki Laflamme": "Travis Kimbrough",
    "Donn Cantrell": "Cody Hargrove",
    "Boris Faz": "Jolene Pettit",
    "Reed Clapper": "Ramiro Salinas",
    "Lajuana Vencill": "Kendall Fry",
    "Hayden Neloms": "Marisol Ochoa",
    "Maureen Marcano": "Cody Benavides",
    "James Ascencio": "Wade Tillman",
    "Cecily Lampkin": "Brandi Steele",
    "Daniell Hammack": "Hector Zamora",
    "Markita Hansen": "Trey Fontenot",
    "Marty Freudenburg": "LeAnn Guidry",
    "Niesha Huffines": "Darnell Hebert",
    "Wilburn Farren": "Beau Landry",
    "Violet Mclelland": "Shelby Mouton",
}
ROSTER = [
    # id, name, manager, territory, role, start_date, end_date, quota:rentroll
    ("Travis Kimbrough", "Travis Kimbrough", "Dwayne Pruitt", "Permian", "Senior Field Rep", "", "", "Q_SENIOR"),
    ("Cody Hargrove", "Cody Hargrove", "Dwayne Pruitt", "Permian", "Field Rep", "", "", ""),
    ("Jolene Pettit", "Jolene Pettit", "Dwayne Pruitt", "Permian", "Field Rep", "", "", ""),
    ("Ramiro Salinas", "Ramiro Salinas", "Dwayne Pruitt", "Permian", "Field Rep", "", "", ""),
    ("Kendall Fry", "Kendall Fry", "Dwayne Pruitt", "Permian", "Field Rep", "", "", ""),
    ("Marisol Ochoa", "Marisol Ochoa", "Rosa Villarreal", "Eagle Ford", "Frac Water Specialist", "", "", "Q_SPECIALIST"),
    ("Cody Benavides", "Cody Benavides", "Rosa Villarreal", "Eagle Ford", "Field Rep", "", "", ""),
    ("Wade Tillman", 'Wade "Tater" Tillman', "Rosa Villarreal", "Eagle Ford", "Field Rep", "", "", ""),
    ("Brandi Steele", "Brandi Steele", "Rosa Villarreal", "Eagle Ford", "Field Rep", "", "", ""),
    ("Hector Zamora", "Hector Zamora", "Rosa Villarreal", "Eagle Ford", "Field Rep", "", "2026-03-13", ""),
    ("Trey Fontenot", "Trey Fontenot", "Curtis Broussard", "Gulf Coast", "Field Rep", "", "", ""),
    ("LeAnn Guidry", "LeAnn Guidry", "Curtis Broussard", "Gulf Coast", "Field Rep", "", "", ""),
    ("Darnell Hebert", "Darnell Hebert", "Curtis Broussard", "Gulf Coast", "Field Rep", "", "", ""),
    ("Beau Landry", "Beau Landry", "Curtis Broussard", "Gulf Coast", "Field Rep", "", "", ""),
    ("Shelby Mouton", "Shelby Mouton", "Curtis Broussard", "Gulf Coast", "Field Rep", "2026-01-12", "", ""),
]
QUOTA = {"Q_SENIOR": "190000.00", "Q_SPECIALIST": "260000.00"}
START = {r[0]: r[5] for r in ROSTER}
END = {r[0]: r[6] for r in ROSTER}
DISTRICT = {r[0]: r[3] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Rig-Up Service", 14),
    "GTX Basic": ("Light Tower", 6),
    "GTX Plus Basic": ("Trash Pump", 4),
    "MG Advanced": ("Generator", 3.5),
    "GTX Pro": ("Frac Tank", 2.5),
    "GTXPro": ("Frac Tank", 2.5),
    "GTX Plus Pro": ("Transfer Pump", 2),
    "GTK 500": ("Tank Spread", 3),
}
ACCOUNTS = {
    "Permian": [
        "Caprock Operating", "Red Draw Resources", "Wolfbone Ridge Energy", "Mesquite Flats Oil",
        "Big Lake Petroleum", "Pecos Bend Operating", "Sand Hills Production", "Odessa Saltwater Disposal",
        "Spraberry Trend Partners", "Caprock Water Midland", "Andrews County Well Service",
        "Monahans Frac Sand",
    ],
    "Eagle Ford": [
        "Frio River Energy", "Atascosa Midstream", "Karnes Crossing Oil", "Nueces Basin Operating",
        "Dimmit Creek Resources", "Gonzales Flowback Services", "Lavaca Well Testing",
        "Cotulla Pipe & Supply", "Pleasanton Pad Builders", "Three Rivers Gas Plant",
        "Frio Flowback", "Tilden Hydrovac",
    ],
    "Gulf Coast": [
        "Channelview Terminal Co", "Galveston Bay Marine Services", "Sabine Pass Fabrication",
        "Baytown Turnaround Services", "Cypress Creek Drilling", "Trinity Bay Construction",
        "Ship Channel Refining", "Brazoria Plant Services", "Pasadena Tank Cleaning",
        "Bayou City Pipeline", "Sabine Disposal", "Texas City Storm Response",
    ],
}
CANCEL_BY = dt.date(2026, 4, 30)


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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Hayden Neloms"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    accts = ACCOUNTS[DISTRICT[seller]]
    account = accts[idx % len(accts)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 4, 20) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 6, 1) + dt.timedelta(days=x % 100)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if product == "Rig-Up Service":
        typ = "new"
    elif product in ("Light Tower", "Generator", "Trash Pump") and (x // 3) % 6 == 0:
        typ = "callout"
    elif (x // 5) % 3 == 0:
        typ = "extension"
    else:
        typ = "new"
    term = 1 if (product == "Rig-Up Service" or typ == "callout") else 1 + (x // 17) % 12
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 22 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, term_months=str(term), currency="USD")
    partner = None
    if product == "Tank Spread" and seller != "Marisol Ochoa" and stage in ("won", "cancelled"):
        partner, share = "Marisol Ochoa", ("0.8", "0.2")
    elif (seller == "Beau Landry" and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START["Shelby Mouton"])):
        partner, share = "Shelby Mouton", ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "term_months", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:rentroll"])
    for sid, name, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
