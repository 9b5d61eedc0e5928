#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredthirtysecond workspace (Golden Hour
Beverage Co., an invented Los Angeles craft beverage distributor selling craft beer, cider,
natural wine, canned cocktails and non-alcoholic drinks to bars, restaurants and grocery
stores; plan year 1 April 2026 - 31 March 2027 (FY27), USD, MONTHLY payouts) from the real
Maven CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic (every
choice is an md5 hash of the opportunity id or a sort of the export; no clock, no random
stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Golden Hour account reps (AGENTS below). Every opportunity of
  those agents is kept, except a won or lost one whose hash is 0 mod 3 (dropped, to thin the
  floor a little) unless it is a GTK 500 (every one kept: they become grocery pallet programs),
  and an Engaging or Prospecting one whose hash is odd (half the pipeline is kept).
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 April 2026 and 31 December 2017 becomes 31 January 2027. AS OF = 2026-12-16. A Won
  opportunity that now closes after it becomes an open deal (probability 0.65); a Lost one
  dated after it an open deal (probability 0.3). Engaging opportunities are open (probability
  0.5) expected to close 1 December 2026 + (hash mod 70) days (some overdue at the as-of
  date); Prospecting ones (probability 0.2) 4 January 2027 + (hash mod 80) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    MG Special     -> Griffith Hop Water           x 6     (non-alcoholic)
    GTX Basic      -> Echo Park Pilsner            x 1.5   (craft beer)
    GTX Plus Basic -> Silver Lake Dry Cider        x 1     (cider)
    MG Advanced    -> Los Feliz Skin-Contact Wine  x 0.5   (natural wine)
    GTX Pro        -> Topanga Haze IPA             x 0.5   (craft beer)
    GTX Plus Pro   -> Lowrider Canned Margarita    x 0.4   (canned cocktail)
    GTK 500        -> Mixed Pallet Program         x 0.6   (grocery multi-brand pallet)
  The plan also names an Ojai Adaptogen Spritz (launching in FY27) that no deal sells yet.
- Accounts: Mixed Pallet Programs go to one of 10 invented grocery stores (Maven account index
  mod 10); every other opportunity goes to one of 26 invented bars and restaurants or, when the
  Maven account index mod 5 = 0, to a grocery store. An opportunity with no account gets one by
  hash.
- Type: a seller's first won deal at an account (by close date, then id) is "new" (a "new
  door"); their later deals there are "feature" when hash mod 6 = 0 (a tap line, menu spot or
  cold-box feature), else "reorder". A lost or open deal is "new" when the seller has won
  nothing at the account before its date, else the same rule.
- Splits (plan.md 3.5): a won or cancelled Mixed Pallet Program of any rep but Sienna Park (Key
  Account Rep) is two lines with the same id: 60% to the rep, 40% to Sienna Park. Destiny
  Ramirez's won or cancelled deals closing on or after Kenji Watanabe's start with hash mod 7 = 0
  are ride-along deals, two lines 50% / 50% with Kenji Watanabe.
- Cancellations ("pour-outs"): a won deal closed on or before 2026-12-01 with hash mod 19 = 0
  is cancelled, cancel_date = close + 5 + (hash mod 100) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 60 days of close are clawed back).
- Roster: Sienna Park (Key Account Rep) and Owen Fitzgerald (Senior Rep) carry their own
  quarterly Depletion quota. Kenji Watanabe joined on 2026-08-17 (his deals before that date are
  dropped); Tyler Brooks left on 2026-10-30 (his deals after it are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 12, 16)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 12, 1)

AGENTS = {
    "Kary Hendrixson": "Alex Nguyen",
    "Anna Snelling": "Brianna Soto",
    "Cassey Cress": "Jaylen Carter",
    "Darcel Schlecht": "Sienna Park",
    "Violet Mclelland": "Mateo Alvarez",
    "Markita Hansen": "Alex Castillo",
    "Vicki Laflamme": "Destiny Ramirez",
    "Garret Kinder": "Kenji Watanabe",
    "Zane Levy": "Owen Fitzgerald",
    "Rosie Papadopoulos": "Tyler Brooks",
    "Hayden Neloms": "Nia Thompson",
    "Maureen Marcano": "Camila Torres",
    "Donn Cantrell": "Jordan Whitaker",
    "Lajuana Vencill": "Aaliyah Johnson",
    "Wilburn Farren": "Noah Kim",
    "James Ascencio": "Savannah Lee",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:depletions
    ("Alex Nguyen", "Danielle Okafor", "Westside", "Account Rep", "", "", ""),
    ("Brianna Soto", "Danielle Okafor", "Westside", "Account Rep", "", "", ""),
    ("Jaylen Carter", "Danielle Okafor", "Westside", "Account Rep", "", "", ""),
    ("Sienna Park", "Danielle Okafor", "Westside", "Key Account Rep", "", "", "Q_KEY"),
    ("Mateo Alvarez", "Danielle Okafor", "Westside", "Account Rep", "", "", ""),
    ("Alex Castillo", "Marcus Bell", "Eastside", "Account Rep", "", "", ""),
    ("Destiny Ramirez", "Marcus Bell", "Eastside", "Account Rep", "", "", ""),
    ("Kenji Watanabe", "Marcus Bell", "Eastside", "Account Rep", "2026-08-17", "", ""),
    ("Owen Fitzgerald", "Marcus Bell", "Eastside", "Senior Rep", "", "", "Q_SENIOR"),
    ("Tyler Brooks", "Marcus Bell", "Eastside", "Account Rep", "", "2026-10-30", ""),
    ("Nia Thompson", "Marcus Bell", "Eastside", "Account Rep", "", "", ""),
    ("Camila Torres", "Renee Vasquez", "Valley", "Account Rep", "", "", ""),
    ("Jordan Whitaker", "Renee Vasquez", "Valley", "Account Rep", "", "", ""),
    ("Aaliyah Johnson", "Renee Vasquez", "Valley", "Account Rep", "", "", ""),
    ("Noah Kim", "Renee Vasquez", "Valley", "Account Rep", "", "", ""),
    ("Savannah Lee", "Renee Vasquez", "Valley", "Account Rep", "", "", ""),
]
QUOTA = {"Q_KEY": "95000.00", "Q_SENIOR": "50000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Griffith Hop Water", 6),
    "GTX Basic": ("Echo Park Pilsner", 1.5),
    "GTX Plus Basic": ("Silver Lake Dry Cider", 1),
    "MG Advanced": ("Los Feliz Skin-Contact Wine", 0.5),
    "GTX Pro": ("Topanga Haze IPA", 0.5),
    "GTXPro": ("Topanga Haze IPA", 0.5),
    "GTX Plus Pro": ("Lowrider Canned Margarita", 0.4),
    "GTK 500": ("Mixed Pallet Program", 0.6),
}
ON_PREM = [
    "Bar Pomelo", "Velvet Hour Lounge", "Neon Cactus Cantina", "Cafe Oaxaquita",
    "Izakaya Kumo", "The Dirty Flamingo", "Casa Marisol", "Lucky Dumpling House",
    "Halfpipe Taproom", "Sunroom Wine Bar", "Frankie's Red Sauce", "The Gold Line Tavern",
    "Taqueria El Guero", "Hollow Oak Smokehouse", "Mercy Street Diner", "Bungalow Nine",
    "Koreatown Pocha 88", "Los Amigos Billiards", "Pink Elephant Karaoke", "Seoul Sister BBQ",
    "The Brass Monkey", "Verdugo Burger Co", "Little Lupita's", "Cahuenga Comedy Cellar",
    "Ramen Ryu", "Tiki Ohana",
]
GROCERY = [
    "Larchmont Grocer", "Pico Union Mercado", "Buena Vista Fresh Market", "Westwood Co-op",
    "Canyon Country Market", "Glendale Fresh & Co", "Sawtelle Asian Market",
    "Highland Park Natural Foods", "Culver Corner Market", "Eagle Rock Provisions",
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
    x = h(oid)
    if r["deal_stage"] in ("Won", "Lost") and x % 3 == 0 and r["product"] != "GTK 500":
        continue
    if r["deal_stage"] in ("Engaging", "Prospecting") and x % 2 == 1:
        continue
    x //= 3
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product == "Mixed Pallet Program":
        account = GROCERY[idx % len(GROCERY)]
    elif idx % 5 == 0:
        account = GROCERY[(idx // 5) % len(GROCERY)]
    else:
        account = ON_PREM[idx % len(ON_PREM)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 12, 1) + dt.timedelta(days=x % 70)
            prob = "0.5"
        else:
            close = dt.date(2027, 1, 4) + dt.timedelta(days=x % 80)
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
    base.append(dict(oid=oid, x=x, seller=seller, product=product, account=account,
                     stage=stage, prob=prob, close=close, amount=amount))

# Deal types: the seller's first won deal at an account is a new door.
base.sort(key=lambda b: (b["close"], b["oid"]))
first_win = {}
for b in base:
    if b["stage"] == "won":
        first_win.setdefault((b["seller"], b["account"]), (b["close"], b["oid"]))
rows = []
for b in base:
    x = b["x"]
    fw = first_win.get((b["seller"], b["account"]))
    if b["stage"] == "won" and fw == (b["close"], b["oid"]):
        typ = "new"
    elif fw is None or fw[0] > b["close"]:
        typ = "new"
    elif (x // 5) % 6 == 0:
        typ = "feature"
    else:
        typ = "reorder"
    stage, cancel = b["stage"], ""
    if stage == "won" and b["close"] <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(b["close"] + dt.timedelta(days=5 + (x // 11) % 100), AS_OF).isoformat()
    line = dict(id=b["oid"], seller=b["seller"], account=b["account"],
                name=f"{b['account']} {b['product']}", type=typ, product=b["product"],
                amount=f"{b['amount']}.00",
                close_date=b["close"].isoformat(), stage=stage, split="1",
                probability=b["prob"], cancel_date=cancel, currency="USD")
    partner = None
    if (b["product"] == "Mixed Pallet Program" and b["seller"] != "Sienna Park"
            and stage in ("won", "cancelled")):
        partner, share = "Sienna Park", ("0.6", "0.4")
    elif (b["seller"] == "Destiny Ramirez" and stage in ("won", "cancelled") and (x // 13) % 7 == 0
          and b["close"] >= dt.date.fromisoformat(START["Kenji Watanabe"])):
        partner, share = "Kenji Watanabe", ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
    else:
        rows.append(line)

rows.sort(key=lambda r: (r["seller"], r["close_date"], r["id"]))
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
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
