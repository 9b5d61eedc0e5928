#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredseventyfifth workspace (Snake River Implement
Co., an invented agricultural-equipment dealer headquartered in Boise, Idaho, with branches in
Boise, Nampa and Twin Falls; plan year 1 November 2025 - 31 October 2026, USD, MONTHLY payouts,
quarterly quotas) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 14 Maven agents are re-cast as Snake River territory sales reps (AGENTS below). A third of
  each agent's opportunities are kept (md5(id) mod 3 = 0), except: every GTK 500 opportunity is
  kept (they become Combines), and half of Garret Kinder's (re-cast as Tanner Bybee, who joined
  mid-year) are kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 November 2025 and 31 December 2017 becomes 31 August 2026. AS OF = 2026-06-17. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one dated
  after it becomes an open deal (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 June 2026 + (hash mod 90) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 July 2026 + (hash mod 115) days.
- Products and amounts (USD, whole dollars): close value x the product's factor (won); lost and
  open deals carry the product's list price x the factor. A used machine is 65% of that.
    GTK 500        -> Combine                   x 20
    GTX Pro        -> Self-Propelled Sprayer    x 70
    GTX Plus Pro   -> Row-Crop Tractor          x 45
    MG Advanced    -> Utility Tractor           x 18
    GTX Plus Basic -> Round Baler               x 45
    GTX Basic      -> Precision Ag Subscription x 6
    MG Special     -> Guidance Receiver         x 150
- Accounts: Maven's 85 accounts are folded (sorted index mod 36) onto 36 invented Idaho farms,
  ranches, dairies and co-ops (FARMS below). An opportunity with no account gets one by hash.
- Type: Precision Ag Subscription: "renewal" (hash mod 5 < 3) or "new". Guidance Receiver:
  "new". Machines: hash mod 10 -> 0-4 "new", 5-7 "trade-in" (a new machine with the farm's old
  one taken in trade), 8-9 "used" (a used machine off the lot, at 65% of the amount).
- Splits (plan.md 3.4): a won or cancelled Combine of any rep but Wade Lundquist (the Harvest
  Specialist) is two lines with the same id: 80% to the rep, 20% to Wade Lundquist.
- Cancellations ("hailed out"): a won deal closed on or before 2026-06-01 with hash mod 19 = 0
  is cancelled, cancel_date = close + 6 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Wade Lundquist carries his own quarterly Whole Goods quota. Tanner Bybee joined on
  2026-02-09 (his deals closing before are dropped). Rhett Amsden left on 2026-05-15 (his deals
  closing after it, and his open deals, are dropped: the branch took them over).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 6, 17)
SHIFT = dt.date(2025, 11, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Darcel Schlecht": "Wade Lundquist",
    "Anna Snelling": "Kelsey Whitmore",
    "Kary Hendrixson": "Cody Hansen",
    "Versie Hillebrand": "Marisol Uriarte",
    "Garret Kinder": "Tanner Bybee",
    "Kami Bicknell": "Travis Ostrander",
    "Zane Levy": "Brandi Nakagawa",
    "Cassey Cress": "Jesse Ibarra",
    "Jonathan Berthelot": "Shelby Crandall",
    "Gladys Colclough": "Dale Reinholt",
    "Lajuana Vencill": "Cody Zabala",
    "Corliss Cosme": "Rhett Amsden",
    "Markita Hansen": "Luke Stoddard",
    "Maureen Marcano": "Josie Kimura",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:whole_goods
    ("Wade Lundquist", "Ruth Arriola", "Boise", "Harvest Specialist", "", "", "Q_HARVEST"),
    ("Kelsey Whitmore", "Ruth Arriola", "Boise", "Territory Sales Rep", "", "", ""),
    ("Cody Hansen", "Ruth Arriola", "Boise", "Territory Sales Rep", "", "", ""),
    ("Marisol Uriarte", "Ruth Arriola", "Boise", "Territory Sales Rep", "", "", ""),
    ("Tanner Bybee", "Ruth Arriola", "Boise", "Territory Sales Rep", "2026-02-09", "", ""),
    ("Travis Ostrander", "Dwight Hatch", "Nampa", "Territory Sales Rep", "", "", ""),
    ("Brandi Nakagawa", "Dwight Hatch", "Nampa", "Territory Sales Rep", "", "", ""),
    ("Jesse Ibarra", "Dwight Hatch", "Nampa", "Territory Sales Rep", "", "", ""),
    ("Shelby Crandall", "Dwight Hatch", "Nampa", "Territory Sales Rep", "", "", ""),
    ("Dale Reinholt", "Carla Echeverria", "Twin Falls", "Territory Sales Rep", "", "", ""),
    ("Cody Zabala", "Carla Echeverria", "Twin Falls", "Territory Sales Rep", "", "", ""),
    ("Rhett Amsden", "Carla Echeverria", "Twin Falls", "Territory Sales Rep", "", "2026-05-15", ""),
    ("Luke Stoddard", "Carla Echeverria", "Twin Falls", "Territory Sales Rep", "", "", ""),
    ("Josie Kimura", "Carla Echeverria", "Twin Falls", "Territory Sales Rep", "", "", ""),
]
QUOTA = {"Q_HARVEST": "5500000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTK 500": ("Combine", 20),
    "GTX Pro": ("Self-Propelled Sprayer", 70),
    "GTXPro": ("Self-Propelled Sprayer", 70),
    "GTX Plus Pro": ("Row-Crop Tractor", 45),
    "MG Advanced": ("Utility Tractor", 18),
    "GTX Plus Basic": ("Round Baler", 45),
    "GTX Basic": ("Precision Ag Subscription", 6),
    "MG Special": ("Guidance Receiver", 150),
}
MACHINES = {"Combine", "Self-Propelled Sprayer", "Row-Crop Tractor", "Utility Tractor", "Round Baler"}
FARMS = [
    "Bybee Family Farms", "Snake River Potato Growers Co-op", "Owyhee Cattle Company",
    "Kuna Butte Dairy", "Marsing Orchards", "Homedale Hop Ranch", "Parma Seed Growers",
    "Melba Valley Beef", "Emmett Cherry Growers", "Grand View Alfalfa", "Mountain Home Grain",
    "Glenns Ferry Ranch", "Bliss Dairy", "Hagerman Valley Hay", "Treasure Valley Growers Co-op",
    "Magic Valley Beet Co-op", "Canyon County Grain Co-op", "Gem County Ag Co-op",
    "Wilder Onion Farms", "Notus Mint Farm", "Greenleaf Sugarbeets", "Star Road Farms",
    "Jerome Dairy Partners", "Buhl Bean Growers", "Filer Feedlot", "Kimberly Potato Ranch",
    "Eden Grain Elevator Co-op", "Castleford Cattle", "Shoshone Alfalfa Ranch",
    "Gooding Seed Company", "Wendell Hay & Cattle", "Caldwell Vineyard Partners",
    "Letha Family Orchards", "New Plymouth Farms", "Fruitland Apple Co-op", "Middleton Sod Farm",
]
CANCEL_BY = dt.date(2026, 6, 1)


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
    if agent == "Garret Kinder":
        keep = x % 2 == 0
    else:
        keep = x % 3 == 0 or r["product"] == "GTK 500"
    if not keep:
        continue
    x //= 3
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = FARMS[idx % len(FARMS)]
    if product == "Precision Ag Subscription":
        typ = "renewal" if (x // 5) % 5 < 3 else "new"
    elif product == "Guidance Receiver":
        typ = "new"
    else:
        typ = ["new"] * 5 + ["trade-in"] * 3 + ["used"] * 2
        typ = typ[(x // 5) % 10]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 6, 1) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2026, 7, 1) + dt.timedelta(days=x % 115)
            prob = "0.2"
        base = price[r["product"]]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    amount = base * factor
    if typ == "used":
        amount = amount * 0.65
    amount = round(amount)
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and (stage == "open" or close > dt.date.fromisoformat(END[seller])):
        continue
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if product == "Combine" and seller != "Wade Lundquist" and stage in ("won", "cancelled"):
        line["split"] = "0.8"
        rows.append(line)
        rows.append(dict(line, seller="Wade Lundquist", split="0.2"))
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
                "quota:whole_goods"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
