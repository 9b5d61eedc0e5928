#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredninetysixth workspace (Lockhart Labs, Inc.,
an invented Austin, Texas B2B software company selling Ember, a spend-management platform, as
annual subscriptions, plus professional services; plan year 1 October 2026 - 30 September 2027
(FY27), USD, MONTHLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Lockhart account executives (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) even), except every GTK 500 opportunity (they become Ember
  Global subscriptions), which is kept. Darcel Schlecht (re-cast as Grant Holloway, the
  Strategic AE) keeps half like the rest; he has about twice anyone's volume.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 October 2026 (the plan's first day). AS OF = 2027-05-20. A Won opportunity that now closes
  after it becomes an open deal (probability 0.6); a Lost one dated after it becomes an open
  deal (probability 0.25). Engaging opportunities are open (probability 0.5) expected to close
  1 May 2027 + (hash mod 80) days (some overdue at the as-of date); Prospecting ones (probability
  0.2) 1 June 2027 + (hash mod 110) days.
- Amounts in USD, whole dollars: first-year ACV (subscriptions) or the services fee = close
  value x the product's factor (won); lost and open deals carry the product's list price x the
  factor.
    GTX Basic      -> Ember Lite                  x 10   subscription
    GTX Plus Basic -> Spend Radar                 x 9    subscription add-on (always expansion)
    GTX Pro        -> Ember Core                  x 6    subscription
    GTX Plus Pro   -> Ember Enterprise            x 8    subscription
    GTK 500        -> Ember Global                x 5    subscription (multi-entity)
    MG Special     -> Admin Bootcamp              x 50   professional services
    MG Advanced    -> QuickStart Implementation   x 4    professional services
  (The plan also lists a Custom Integration services product that no deal sells yet.)
- Accounts: Ember Global deals go to one of 8 invented large companies (Maven account index
  mod 8); every other deal to one of 32 invented Texas businesses (index mod 32). An
  opportunity with no account gets one by hash.
- Type: Spend Radar = "expansion"; services = "new" (2 in 3) or "expansion"; other
  subscriptions: hash mod 10 < 5 "new", < 8 "expansion", else "renewal". term_months on
  subscriptions: 12 (half), 24 or 36 (a quarter each); blank on services.
- Splits (plan.md 3.4): a won or cancelled Ember Global deal of a Mid-Market or Growth AE is two
  lines with the same id, 75% to the AE and 25% to Priscilla Vance (Global Accounts AE).
  Hannah Schultz's won or cancelled deals with hash mod 4 = 0 are "shadow" deals with her
  onboarding buddy Alyssa Trent, two lines 50% / 50%.
- Cancellations ("unwinds"): a won deal closed on or before 2027-05-06 with hash mod 19 = 0 is
  cancelled, cancel_date = close + 7 + (hash mod 160) days; when that falls after the as-of
  date, close + 7 + (hash mod the days left to it, less 7) (plan.md section 11: only
  cancellations within 90 days of close are clawed back).
- Roster: Grant Holloway (Strategic AE) carries his own quarterly New ACV quota; Devon Price
  (Enterprise AE with the services practice) his own annual services quota. Hannah Schultz
  joined on 2027-01-19 (her deals before then dropped); Nate Lindqvist left on 2027-03-12 (his
  deals after then dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 5, 20)
SHIFT = dt.date(2026, 10, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2027, 5, 6)

AGENTS = {
    "Darcel Schlecht": "Grant Holloway",
    "Elease Gluck": "Priscilla Vance",
    "Kary Hendrixson": "Tyler Brandt",
    "Cassey Cress": "Jenna Morales",
    "Reed Clapper": "Devon Price",
    "Zane Levy": "Tyler Okafor",
    "Rosalina Dieter": "Kayla Henderson",
    "Daniell Hammack": "Ben Castillo",
    "Gladys Colclough": "Shauna Riggs",
    "Wilburn Farren": "Nate Lindqvist",
    "Anna Snelling": "Alyssa Trent",
    "Markita Hansen": "Marco Ruiz",
    "Violet Mclelland": "Courtney Blake",
    "Moses Frase": "Jamal Porter",
    "Garret Kinder": "Hannah Schultz",
    "Niesha Huffines": "Evan McCray",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:acv, quota:services
    ("Grant Holloway", "Rachel Kaminski", "Enterprise", "Strategic AE", "", "", "450000.00", ""),
    ("Priscilla Vance", "Rachel Kaminski", "Enterprise", "Global Accounts AE", "", "", "", ""),
    ("Tyler Brandt", "Rachel Kaminski", "Enterprise", "Enterprise AE", "", "", "", ""),
    ("Jenna Morales", "Rachel Kaminski", "Enterprise", "Enterprise AE", "", "", "", ""),
    ("Devon Price", "Rachel Kaminski", "Enterprise", "Enterprise AE", "", "", "", "250000.00"),
    ("Tyler Okafor", "Marcus Bell", "Mid-Market", "Account Executive", "", "", "", ""),
    ("Kayla Henderson", "Marcus Bell", "Mid-Market", "Account Executive", "", "", "", ""),
    ("Ben Castillo", "Marcus Bell", "Mid-Market", "Account Executive", "", "", "", ""),
    ("Shauna Riggs", "Marcus Bell", "Mid-Market", "Account Executive", "", "", "", ""),
    ("Nate Lindqvist", "Marcus Bell", "Mid-Market", "Account Executive", "", "2027-03-12", "", ""),
    ("Alyssa Trent", "Leticia Garza", "Growth", "Account Executive", "", "", "", ""),
    ("Marco Ruiz", "Leticia Garza", "Growth", "Account Executive", "", "", "", ""),
    ("Courtney Blake", "Leticia Garza", "Growth", "Account Executive", "", "", "", ""),
    ("Jamal Porter", "Leticia Garza", "Growth", "Account Executive", "", "", "", ""),
    ("Hannah Schultz", "Leticia Garza", "Growth", "Account Executive", "2027-01-19", "", "", ""),
    ("Evan McCray", "Leticia Garza", "Growth", "Account Executive", "", "", "", ""),
]
TEAM = {r[0]: r[2] for r in ROSTER}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("Ember Lite", 10),
    "GTX Plus Basic": ("Spend Radar", 9),
    "GTX Pro": ("Ember Core", 6),
    "GTXPro": ("Ember Core", 6),
    "GTX Plus Pro": ("Ember Enterprise", 8),
    "GTK 500": ("Ember Global", 5),
    "MG Special": ("Admin Bootcamp", 50),
    "MG Advanced": ("QuickStart Implementation", 4),
}
SERVICES = {"Admin Bootcamp", "QuickStart Implementation"}
ACCOUNTS = [
    "Brazos Freight Lines", "Hill Country Credit Union", "Pedernales Building Supply",
    "Travis Title Co", "Blanco River Foods", "Guadalupe Dental Partners", "Bastrop Steelworks",
    "Round Rock Logistics", "San Marcos Outfitters", "Comal County Hospitality",
    "Kyle Ready Mix", "Lakeway Property Group", "Cedar Park Pediatrics",
    "Mueller Street Architects", "Onion Creek Homebuilders", "Barton Springs Brewing",
    "Bee Cave Auto Group", "Wimberley Insurance Agency", "Fredericksburg Vineyards",
    "Dripping Springs Distilling", "Georgetown Roofing Co", "Manor Tool & Die",
    "Elgin Brick Works", "Taylor Grain Co-op", "Marble Falls Marina", "Lampasas Feed & Seed",
    "Burnet County Rural Electric", "Seguin Plastics", "New Braunfels Tubing Co",
    "Luling Oilfield Services", "Abilene Wind Partners", "Tyler Rose Nurseries",
]
GLOBAL = [
    "Permian Pipe & Valve", "Gulf Coast Marine Services", "Llano Estacado Energy",
    "Corpus Christi Shipyard", "Red River Staffing", "Balcones Medical Group",
    "Waco Paper & Packaging", "Zilker Capital Partners",
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
    if not (h(oid) % 2 == 0 or r["product"] == "GTK 500"):
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = GLOBAL[idx % len(GLOBAL)] if product == "Ember Global" else ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 5, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2027, 6, 1) + dt.timedelta(days=x % 110)
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
    if product in SERVICES:
        typ = "expansion" if (x // 3) % 3 == 0 else "new"
        term = ""
    else:
        if product == "Spend Radar":
            typ = "expansion"
        else:
            k = (x // 3) % 10
            typ = "new" if k < 5 else ("expansion" if k < 8 else "renewal")
        t = (x // 5) % 4
        term = "12" if t < 2 else ("24" if t == 2 else "36")
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        days = 7 + (x // 11) % 160
        if close + dt.timedelta(days=days) > AS_OF:
            days = 7 + (x // 11) % max(1, (AS_OF - close).days - 7)
        cancel = (close + dt.timedelta(days=days)).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, term_months=term, cancel_date=cancel, currency="USD")
    partner = None
    if (product == "Ember Global" and TEAM[seller] != "Enterprise"
            and stage in ("won", "cancelled")):
        partner, share = "Priscilla Vance", ("0.75", "0.25")
    elif seller == "Hannah Schultz" and stage in ("won", "cancelled") and (x // 13) % 4 == 0:
        partner, share = "Alyssa Trent", ("0.5", "0.5")
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
                "quota:acv", "quota:services"])
    for sid, mgr, terr, role, start, end, qa, qs in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qa, qs])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
