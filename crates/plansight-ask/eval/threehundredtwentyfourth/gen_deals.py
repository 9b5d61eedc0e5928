#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredtwentyfourth workspace (Kinzie Street
Print & Sign Co., an invented Chicago commercial printer, large-format and signage shop and fleet
graphics installer; plan year FY2026 = 1 October 2025 - 30 September 2026, USD, MONTHLY payouts)
from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id or a
fixed rule; no clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Kinzie account executives (AGENTS below). Three of every five
  of an agent's opportunities are kept (md5(id) mod 5 < 3), except: every GTK 500 opportunity
  is kept (they become Architectural Signage jobs), and every opportunity of Elease Gluck
  (re-cast as Stavros Pappas, the Signage Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 October 2025. AS OF = 2026-05-22. A Won opportunity that now closes after it becomes an
  open quote (probability 0.65); a Lost one dated after it an open quote (probability 0.3).
  Engaging opportunities are open (probability 0.5) expected to close 1 May 2026 + (hash mod
  90) days (some overdue at the as-of date); Prospecting ones (probability 0.2) 1 June 2026 +
  (hash mod 100) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open
  quotes carry the product's list price x the factor.
    MG Special     -> Mailing & Fulfillment     x 40
    GTX Basic      -> Digital Short Run         x 6
    GTX Plus Basic -> Vehicle Lettering         x 3
    MG Advanced    -> Large Format Graphics     x 3
    GTX Pro        -> Offset Print Run          x 4
    GTX Plus Pro   -> Fleet Wrap                x 4
    GTK 500        -> Architectural Signage     x 3
- Accounts: Maven's accounts (sorted, by index) are folded onto invented Chicago-area clients:
  fleet jobs onto FLEET_ACCOUNTS, signage jobs onto SIGN_ACCOUNTS, the rest onto
  PRINT_ACCOUNTS. An opportunity with no account gets one by hash.
- Type: in each AE's own date order, the first line with an account is "new" (a first-time
  client), a later line of a product already quoted there is "reorder", any other later line
  is "expansion".
- Splits (plan.md 3.5): a won or cancelled Architectural Signage job of any AE but Stavros
  Pappas is two lines with the same id: 60% to the AE, 40% to Stavros Pappas. Jennifer
  Lindqvist's won or cancelled deals closing on or after Tomasz Zielinski's start with hash
  mod 5 = 0 are "ride-along" deals, two lines 50% / 50% with Tomasz Zielinski.
- Cancellations ("spiked jobs"): a won line closed on or before 2026-05-08 with hash mod 22 = 0
  is cancelled, cancel_date = close + 12 + (hash mod 130) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Brian Fitzgerald (Senior Account Executive) and Stavros Pappas (Signage Specialist)
  carry their own quarterly Production quota. Tomasz Zielinski joined on 2026-01-12 (his own
  deals before that date are dropped). Hector Villanueva left on 2026-03-13 (his deals after
  it are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 5, 22)
SHIFT = dt.date(2025, 10, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 5, 8)

AGENTS = {
    "Elease Gluck": "Stavros Pappas",
    "Markita Hansen": "Kevin Walsh",
    "Rosalina Dieter": "Maggie O'Connell",
    "Donn Cantrell": "Darnell Hayes",
    "Maureen Marcano": "Yolanda Reyes",
    "Darcel Schlecht": "Brian Fitzgerald",
    "Reed Clapper": "Kevin Nowak",
    "James Ascencio": "Jennifer Lindqvist",
    "Daniell Hammack": "Aisha Bello",
    "Wilburn Farren": "Tomasz Zielinski",
    "Niesha Huffines": "Colleen Murphy",
    "Lajuana Vencill": "Luis Castañeda",
    "Boris Faz": "DeShawn Carter",
    "Cecily Lampkin": "Erin McMahon",
    "Hayden Neloms": "Hector Villanueva",
    "Violet Mclelland": "Patricia Sokolowski",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:production
    ("Stavros Pappas", "Denise Washington", "Downtown", "Signage Specialist", "", "", "Q_SIGN"),
    ("Kevin Walsh", "Denise Washington", "Downtown", "Account Executive", "", "", ""),
    ("Maggie O'Connell", "Denise Washington", "Downtown", "Account Executive", "", "", ""),
    ("Darnell Hayes", "Denise Washington", "Downtown", "Account Executive", "", "", ""),
    ("Yolanda Reyes", "Denise Washington", "Downtown", "Account Executive", "", "", ""),
    ("Brian Fitzgerald", "Gary Kowalczyk", "North Suburbs", "Senior Account Executive", "", "", "Q_SENIOR"),
    ("Kevin Nowak", "Gary Kowalczyk", "North Suburbs", "Account Executive", "", "", ""),
    ("Jennifer Lindqvist", "Gary Kowalczyk", "North Suburbs", "Account Executive", "", "", ""),
    ("Aisha Bello", "Gary Kowalczyk", "North Suburbs", "Account Executive", "", "", ""),
    ("Tomasz Zielinski", "Gary Kowalczyk", "North Suburbs", "Account Executive", "2026-01-12", "", ""),
    ("Colleen Murphy", "Gary Kowalczyk", "North Suburbs", "Account Executive", "", "", ""),
    ("Luis Castañeda", "Rosa Delgado", "South & West", "Account Executive", "", "", ""),
    ("DeShawn Carter", "Rosa Delgado", "South & West", "Account Executive", "", "", ""),
    ("Erin McMahon", "Rosa Delgado", "South & West", "Account Executive", "", "", ""),
    ("Hector Villanueva", "Rosa Delgado", "South & West", "Account Executive", "", "2026-03-13", ""),
    ("Patricia Sokolowski", "Rosa Delgado", "South & West", "Account Executive", "", "", ""),
]
QUOTA = {"Q_SENIOR": "450000.00", "Q_SIGN": "300000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Mailing & Fulfillment", 40),
    "GTX Basic": ("Digital Short Run", 6),
    "GTX Plus Basic": ("Vehicle Lettering", 3),
    "MG Advanced": ("Large Format Graphics", 3),
    "GTX Pro": ("Offset Print Run", 4),
    "GTXPro": ("Offset Print Run", 4),
    "GTX Plus Pro": ("Fleet Wrap", 4),
    "GTK 500": ("Architectural Signage", 3),
}
FLEET = {"Vehicle Lettering", "Fleet Wrap"}
PRINT_ACCOUNTS = [
    "Wrigleyville Tavern Group", "Pilsen Community Credit Union", "Lakeview Dental Partners",
    "Fulton Market Hotel", "Bridgeport Brewing Co", "Hyde Park Art Museum",
    "Lincoln Square Realty", "Evanston Public Library", "Oak Park Symphony",
    "Andersonville Bakery", "Logan Square Farmers Market", "Rush Street Jewelers",
    "Northwestern Alumni Club", "Humboldt Park Boxing Club", "Chinatown Merchants Association",
    "Roscoe Village Pediatrics", "Ukrainian Village Deli", "Gold Coast Realty Partners",
    "Naperville Orthopedics", "Schaumburg Auto Mall", "Skokie Jewish Federation",
    "DePaul Theater School", "Loyola Health Fair", "Printers Row Book Fair",
    "Old Town School of Folk Music",
]
SIGN_ACCOUNTS = [
    "Michigan Avenue Flagship", "Navy Pier Concessions", "Merchandise Mart Showrooms",
    "McCormick Place Events", "Wicker Park Cinema", "River North Lofts",
    "Oakbrook Center Mall", "Rosemont Convention Hall",
]
FLEET_ACCOUNTS = [
    "Windy City Movers", "Calumet HVAC", "South Loop Plumbing", "Cicero Avenue Towing",
    "O'Hare Shuttle Co", "Lincoln Park Florist", "Midway Courier", "Stockyards Meat Supply",
    "Blue Island Landscaping", "Gage Park Electric", "Irving Park Pest Control",
    "Lake Shore Linen Service",
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

base = []
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
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product in FLEET:
        account = FLEET_ACCOUNTS[idx % len(FLEET_ACCOUNTS)]
    elif product == "Architectural Signage":
        account = SIGN_ACCOUNTS[idx % len(SIGN_ACCOUNTS)]
    else:
        account = PRINT_ACCOUNTS[idx % len(PRINT_ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 5, 1) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2026, 6, 1) + dt.timedelta(days=x % 100)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        value = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(value * factor)
        if close > AS_OF:
            prob = "0.65" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 22 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=12 + (x // 11) % 130), AS_OF).isoformat()
    base.append(dict(id=oid, seller=seller, account=account, product=product,
                     amount=f"{amount}.00", close_date=close.isoformat(), stage=stage,
                     probability=prob, cancel_date=cancel, x=x))

# deal types, in each AE's own date order
base.sort(key=lambda d: (d["seller"], d["close_date"], d["id"]))
seen = {}
for d in base:
    key = (d["seller"], d["account"])
    if key not in seen:
        d["type"] = "new"
        seen[key] = {d["product"]}
    elif d["product"] in seen[key]:
        d["type"] = "reorder"
    else:
        d["type"] = "expansion"
        seen[key].add(d["product"])

rows = []
for d in base:
    x = d.pop("x")
    line = dict(id=d["id"], seller=d["seller"], account=d["account"],
                name=f"{d['account']} {d['product']}", type=d["type"], product=d["product"],
                amount=d["amount"], close_date=d["close_date"], stage=d["stage"], split="1",
                probability=d["probability"], cancel_date=d["cancel_date"], currency="USD")
    partner = None
    won = d["stage"] in ("won", "cancelled")
    if d["product"] == "Architectural Signage" and d["seller"] != "Stavros Pappas" and won:
        partner, share = "Stavros Pappas", ("0.6", "0.4")
    elif (d["seller"] == "Jennifer Lindqvist" and won and (x // 13) % 5 == 0
          and d["close_date"] >= START["Tomasz Zielinski"]):
        partner, share = "Tomasz Zielinski", ("0.5", "0.5")
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
                "quota:production"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
