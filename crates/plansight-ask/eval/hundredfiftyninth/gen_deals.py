#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfiftyninth workspace (Willamette Pour Co., an
invented Portland, Oregon craft-beverage distributor selling to bars, restaurants and grocery
chains; plan year 1 April 2026 - 31 March 2027, USD, MONTHLY quotas and MONTHLY payouts) from the
real Maven CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic (every
choice is an md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 11 Maven agents are re-cast as Willamette Pour reps (AGENTS below). Every opportunity of theirs
  is kept, except those of Garret Kinder (re-cast as Eli Nakamura, who joined on 2026-08-17):
  his opportunities closing before his start are dropped.
- Dates: every Maven date moves forward by the same number of days (3318), so 1 March 2017
  becomes 1 April 2026 and 31 December 2017 becomes 31 January 2027. AS OF = 2026-11-18. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one dated
  after it becomes an open deal (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 November 2026 + (hash mod 75) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 December 2026 + (hash mod 100) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    MG Special     -> Line Cleaning           x 6
    GTX Basic      -> Seasonal Rotator        x 4
    GTX Plus Basic -> Canned Line             x 3
    MG Advanced    -> Draft System Install    x 2
    GTX Pro        -> Keg Program             x 2
    GTX Plus Pro   -> Cider Line              x 1.5
    GTK 500        -> Chain Authorization     x 2
- Accounts: a Chain Authorization goes to one of 8 invented grocery chains (Maven account index
  mod 8). Other deals of the Chains team go to a chain (index mod 3 = 0) or one of 10 invented
  independent grocers and bottle shops; deals of the two on-premise teams go to one of 28 invented
  Portland bars and restaurants, or (index mod 6 = 0) to a grocer. An opportunity with no account
  gets one by hash.
- Type: Line Cleaning = "expansion"; otherwise hash mod 5 = 0 = "conversion" (a tap steal),
  hash mod 5 in (1, 2) = "expansion" (a refill), the rest "new" (a new door).
- Splits (plan.md 3.4): a won or cancelled Chain Authorization of any rep but Hollis Grant is two
  lines with the same id: 60% to the rep, 40% to Hollis Grant (the Key Account Manager).
- Cancellations ("drain pours"): a won deal closed on or before 2026-11-06 with hash mod 23 = 0
  is cancelled, cancel_date = close + 4 + (hash mod 110) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 60 days of close are clawed back).
- Roster: Hollis Grant (Key Account Manager) carries his own monthly Depletions quota. Eli
  Nakamura joined on 2026-08-17.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 18)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 11, 6)

AGENTS = {
    "Kary Hendrixson": "Caleb Fenwick",
    "Corliss Cosme": "Jess Marchetti",
    "Versie Hillebrand": "Sam Kowalczyk",
    "Moses Frase": "Noor Haddad",
    "Zane Levy": "Wren Castillo",
    "Kami Bicknell": "Devon Ashby",
    "Markita Hansen": "Samantha Ruiz",
    "Garret Kinder": "Eli Nakamura",
    "Darcel Schlecht": "Hollis Grant",
    "Anna Snelling": "Priscilla Vang",
    "Rosalina Dieter": "Ray Dominguez",
}
ROSTER = [
    # id, name, manager, territory, role, start_date, quota:depletions
    ("Caleb Fenwick", "Caleb Fenwick", "Dana Okafor", "Eastside", "On-Premise Rep", "", ""),
    ("Jess Marchetti", "Jess Marchetti", "Dana Okafor", "Eastside", "On-Premise Rep", "", ""),
    ("Sam Kowalczyk", "Sam Kowalczyk", "Dana Okafor", "Eastside", "On-Premise Rep", "", ""),
    ("Noor Haddad", "Noor Haddad", "Dana Okafor", "Eastside", "On-Premise Rep", "", ""),
    ("Wren Castillo", "Wren Castillo", "Marcus Lindgren", "Westside", "On-Premise Rep", "", ""),
    ("Devon Ashby", "Devon Ashby", "Marcus Lindgren", "Westside", "On-Premise Rep", "", ""),
    ("Samantha Ruiz", "Samantha Ruiz", "Marcus Lindgren", "Westside", "On-Premise Rep", "", ""),
    ("Eli Nakamura", "Eli Nakamura", "Marcus Lindgren", "Westside", "On-Premise Rep",
     "2026-08-17", ""),
    ("Hollis Grant", "Hollis Grant", "Tess Whitaker", "Chains", "Key Account Manager", "",
     "190000.00"),
    ("Priscilla Vang", 'Priscilla "Cilla" Vang', "Tess Whitaker", "Chains", "Chain Rep", "", ""),
    ("Ray Dominguez", "Ray Dominguez", "Tess Whitaker", "Chains", "Chain Rep", "", ""),
]
START = {r[0]: r[5] for r in ROSTER}
TEAM = {r[0]: r[3] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Line Cleaning", 6),
    "GTX Basic": ("Seasonal Rotator", 4),
    "GTX Plus Basic": ("Canned Line", 3),
    "MG Advanced": ("Draft System Install", 2),
    "GTX Pro": ("Keg Program", 2),
    "GTXPro": ("Keg Program", 2),
    "GTX Plus Pro": ("Cider Line", 1.5),
    "GTK 500": ("Chain Authorization", 2),
}
BARS = [
    "Alberta Arcade Bar", "Mississippi Ave Taproom", "Hawthorne Hideaway", "Division St Bistro",
    "Sellwood Social Club", "Foster Road Tavern", "Belmont Burger Bar", "St. Johns Alehouse",
    "Kenton Kitchen", "Pearl Oyster House", "Nob Hill Pizzeria", "Montavilla Lanes",
    "Lents Lounge", "Woodstock Wine & Ale", "Burnside Brasserie", "Multnomah Village Pub",
    "Slabtown Smokehouse", "Laurelhurst Lodge", "Clinton St Cantina", "Killingsworth Karaoke",
    "Overlook Diner", "Sauvie Island Grill", "Powell Blvd Pho", "Ladd's Addition Cafe",
    "Tabor Tap Room", "Irvington Supper Club", "Fremont Bridge Brewpub", "Boise-Eliot Bowl",
]
CHAINS = [
    "Cascade Fresh Markets", "Rosebud Grocers", "Pacific Pantry Co-op", "Tualatin Valley Foods",
    "Columbia Basin Markets", "Evergreen Family Foods", "Riverbend Market Co", "Hood View Grocery",
]
GROCERS = [
    "Sunnyside Bottle Shop", "Beaumont Market", "Piedmont Corner Store", "Eastmoreland Grocery",
    "Concordia Provisions", "Brooklyn Beer & Bottle", "Arbor Lodge Market", "Creston Deli",
    "Mt. Scott Mercantile", "Richmond Neighborhood Grocer",
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
    x = h(oid)
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product == "Chain Authorization":
        account = CHAINS[idx % len(CHAINS)]
    elif TEAM[seller] == "Chains":
        account = CHAINS[idx % len(CHAINS)] if idx % 3 == 0 else GROCERS[idx % len(GROCERS)]
    elif idx % 6 == 0:
        account = GROCERS[idx % len(GROCERS)]
    else:
        account = BARS[idx % len(BARS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 11, 1) + dt.timedelta(days=x % 75)
            prob = "0.5"
        else:
            close = dt.date(2026, 12, 1) + dt.timedelta(days=x % 100)
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
    if product == "Line Cleaning":
        typ = "expansion"
    elif (x // 3) % 5 == 0:
        typ = "conversion"
    elif (x // 3) % 5 in (1, 2):
        typ = "expansion"
    else:
        typ = "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 23 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=4 + (x // 11) % 110), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if product == "Chain Authorization" and seller != "Hollis Grant" and stage in ("won", "cancelled"):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller="Hollis Grant", split="0.4"))
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
                "quota:depletions"])
    for sid, name, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, "", q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
