#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredsixtythird workspace (Cactus Flats Pool Supply
Co., an invented Phoenix, Arizona pool-and-spa supplies distributor selling to pool builders,
pool service companies and commercial pools; plan year 1 October 2026 - 30 September 2027, USD,
MONTHLY payouts, QUARTERLY quotas) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 11 Maven agents are re-cast as Cactus Flats account reps (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they become
  Sonoran Commercial Filter systems), and every opportunity of Markita Hansen (re-cast as Cody
  Redhorse, the Commercial Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 October 2026 and 31 December 2017 becomes 2 August 2027. AS OF = 2027-05-19. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one dated
  after it becomes an open quote (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 May 2027 + (hash mod 70) days (some overdue at the as-of
  date); Prospecting ones (probability 0.2) 1 June 2027 + (hash mod 100) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor.
    GTX Basic      -> Desert Flow VS Pump          x 2.4
    GTX Plus Basic -> ThermaSun Heater             x 4
    GTX Pro        -> BlazeStar Gas Heater         x 0.8
    GTX Plus Pro   -> AquaBrain Controller         x 0.5
    GTK 500        -> Sonoran Commercial Filter    x 1.2
    MG Special     -> ClearBlue Chem Program       x 40
    MG Advanced    -> ShieldCare Service Contract  x 1.5
- Accounts: Sonoran Commercial Filter systems go to one of 8 invented commercial pools (resorts,
  HOAs, city pools; Maven account index mod 8); every other opportunity goes to one of 10
  invented pool builders (Maven account index even) or 10 invented pool service companies
  (odd). An opportunity with no account gets one by hash.
- Type: chem programs and service contracts are "renewal" when hash mod 3 = 0, else "new";
  equipment is "replacement" (a swap-out on an existing pool) when hash mod 5 < 2, else "new".
- Splits (plan.md 3.4): a won or cancelled Sonoran Commercial Filter of any rep but Cody Redhorse
  is two lines with the same id: 75% to the rep and 25% to Cody Redhorse.
- Cancellations ("backwash"): a won deal closed on or before 2027-05-05 with hash mod 21 = 0 is
  cancelled, cancel_date = close + 6 + (hash mod 130) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Ray Villanueva (Senior Account Rep) and Cody Redhorse (Commercial Specialist) carry
  their own quarterly Equipment quota. Brandon Lutz joined on 2027-01-11 (his own deals before
  that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 5, 19)
SHIFT = dt.date(2026, 10, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Darcel Schlecht": "Ray Villanueva",
    "Anna Snelling": "Kelsey Dunn",
    "Kary Hendrixson": "Marco Ibarra",
    "Versie Hillebrand": "Jenna Whitaker",
    "Zane Levy": "Tyler Haskins",
    "Cassey Cress": "Priscilla Moreno",
    "Gladys Colclough": "Dwayne Foster",
    "Garret Kinder": "Brandon Lutz",
    "Corliss Cosme": "Ashley Tran",
    "Markita Hansen": "Cody Redhorse",
    "Rosalina Dieter": "Ashlyn Becker",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:equipment
    ("Ray Villanueva", "Lorena Castillo", "East Valley", "Senior Account Rep", "", "Q_SENIOR"),
    ("Kelsey Dunn", "Lorena Castillo", "East Valley", "Account Rep", "", ""),
    ("Marco Ibarra", "Lorena Castillo", "East Valley", "Account Rep", "", ""),
    ("Jenna Whitaker", "Lorena Castillo", "East Valley", "Account Rep", "", ""),
    ("Tyler Haskins", "Greg Swanson", "West Valley", "Account Rep", "", ""),
    ("Priscilla Moreno", "Greg Swanson", "West Valley", "Account Rep", "", ""),
    ("Dwayne Foster", "Greg Swanson", "West Valley", "Account Rep", "", ""),
    ("Brandon Lutz", "Greg Swanson", "West Valley", "Account Rep", "2027-01-11", ""),
    ("Ashley Tran", "Nadia Rahimi", "North Valley & Commercial", "Account Rep", "", ""),
    ("Cody Redhorse", "Nadia Rahimi", "North Valley & Commercial", "Commercial Specialist", "", "Q_COMMERCIAL"),
    ("Ashlyn Becker", "Nadia Rahimi", "North Valley & Commercial", "Account Rep", "", ""),
]
QUOTA = {"Q_SENIOR": "150000.00", "Q_COMMERCIAL": "180000.00"}
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("Desert Flow VS Pump", 2.4),
    "GTX Plus Basic": ("ThermaSun Heater", 4),
    "GTX Pro": ("BlazeStar Gas Heater", 0.8),
    "GTXPro": ("BlazeStar Gas Heater", 0.8),
    "GTX Plus Pro": ("AquaBrain Controller", 0.5),
    "GTK 500": ("Sonoran Commercial Filter", 1.2),
    "MG Special": ("ClearBlue Chem Program", 40),
    "MG Advanced": ("ShieldCare Service Contract", 1.5),
}
PROGRAMS = ("ClearBlue Chem Program", "ShieldCare Service Contract")
BUILDERS = [
    "Saguaro Custom Pools", "Camelback Pool Builders", "Desert Crest Pools", "Red Rock Poolscapes",
    "Mesa Verde Pool Construction", "Paradise Valley Aquatics", "Cactus Wren Pool Builders",
    "Gilbert Blue Water Pools", "Superstition Pool Works", "Estrella Backyard Builders",
]
SERVICE = [
    "Clearwater Pool Service", "Scottsdale Pool Care", "Chandler Pool Techs", "AZ Pool Doctors",
    "Glendale Pool Pros", "Tempe Sparkle Pool Service", "Peoria Pool Guys",
    "Ahwatukee Pool Maintenance", "Copper State Pool Service", "Fountain Hills Spa Care",
]
COMMERCIAL = [
    "Desert Palms Resort", "Tempe Lakes HOA", "Mesa Aquatic Center", "Chandler Athletic Club",
    "Goodyear Community Pool", "Papago Springs Apartments", "Sun City Rec Centers",
    "Kierland Canyon Hotel",
]
CANCEL_BY = dt.date(2027, 5, 5)


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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Markita Hansen"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product == "Sonoran Commercial Filter":
        account = COMMERCIAL[idx % len(COMMERCIAL)]
    elif idx % 2 == 0:
        account = BUILDERS[(idx // 2) % len(BUILDERS)]
    else:
        account = SERVICE[(idx // 2) % len(SERVICE)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 5, 1) + dt.timedelta(days=x % 70)
            prob = "0.5"
        else:
            close = dt.date(2027, 6, 1) + dt.timedelta(days=x % 100)
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
    if product in PROGRAMS:
        typ = "renewal" if (x // 3) % 3 == 0 else "new"
    else:
        typ = "replacement" if (x // 3) % 5 < 2 else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 21 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if product == "Sonoran Commercial Filter" and seller != "Cody Redhorse" and stage in ("won", "cancelled"):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller="Cody Redhorse", split="0.25"))
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
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
