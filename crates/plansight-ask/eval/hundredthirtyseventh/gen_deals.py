#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredthirtyseventh workspace (Shamba Bora
Agritech Ltd, an invented Kenyan supplier of irrigation, greenhouse and cold-room equipment and
the ShambaSense farm-management subscription; plan year = calendar 2026, KES, MONTHLY payouts)
from the real Maven CRM export in /work/shared/data/maven-crm/. Standard library only;
deterministic (every choice is an md5 hash of the opportunity id; no clock, no random stream).
Run: python3 gen_deals.py

- The 15 Maven agents of managers Cara Losch, Rocco Neubert and Celia Rouche are KEPT under
  their own names, as Shamba Bora field sales officers; their three managers are re-cast as
  the regional managers Wanjiku Kamau (Rift Valley), Otieno Odhiambo (Mt Kenya) and Fatuma
  Hassan (Coast). Half of each agent's opportunities are kept (md5(id) even), except: every
  GTK 500 opportunity is kept (they become Centre-Pivot Irrigation jobs) and every opportunity
  of Elease Gluck (the Irrigation Engineer) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  5 January 2026 and 31 December 2017 becomes 4 November 2026. AS OF = 2026-10-21. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one
  dated after it becomes open (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 October 2026 + (hash mod 75) days (some overdue);
  Prospecting ones (probability 0.2) 1 November 2026 + (hash mod 55) days.
- Amounts in KES, whole shillings: close value x the product's factor (won); lost and open
  deals carry the product's list price x the factor.
    MG Special     -> ShambaSense Basic          x 400
    GTX Basic      -> Drip Kit Starter           x 120
    GTX Plus Basic -> Solar Water Pump           x 120
    MG Advanced    -> ShambaSense Pro            x 60
    GTX Pro        -> Greenhouse Kit             x 110
    GTX Plus Pro   -> Cold Room Unit             x 130
    GTK 500        -> Centre-Pivot Irrigation    x 150
- Accounts: Maven's 85 accounts folded onto 24 invented Kenyan farms and co-operatives (index of
  the Maven account in sorted order mod 24); an opportunity with no account gets one by hash.
- Type: ShambaSense deals with hash mod 2 = 0 are "renewal", the rest "new"; equipment deals
  with (hash // 3) mod 4 = 0 are "expansion" (an existing customer adding), the rest "new".
- Splits (plan.md 3.4): a won or cancelled Centre-Pivot Irrigation job of any officer but Elease
  Gluck is two lines with the same id: 60% to the officer, 40% to Elease Gluck. Violet
  Mclelland's won or cancelled deals closing on or after Wilburn Farren's start with
  (hash // 13) mod 5 = 0 are "mentor" deals, two lines 50% / 50% with Wilburn Farren.
- Cancellations ("rudisha"): a won deal closed on or before 2026-10-05 with (hash // 7) mod 19
  = 0 is cancelled, cancel_date = close + 10 + ((hash // 11) mod 140) days, at the latest the
  as-of date (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Vicki Laflamme (Senior Field Officer) carries her own quarterly equipment quota;
  Elease Gluck (Irrigation Engineer) too. Wilburn Farren joined on 2026-04-13 (his own deals
  before that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 21)
SHIFT = dt.date(2026, 1, 5) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 10, 5)

ROSTER = [
    # id, manager, territory, role, start_date, quota:equipment
    ("Violet Mclelland", "Wanjiku Kamau", "Rift Valley", "Field Sales Officer", "", ""),
    ("Corliss Cosme", "Wanjiku Kamau", "Rift Valley", "Field Sales Officer", "", ""),
    ("Rosie Papadopoulos", "Wanjiku Kamau", "Rift Valley", "Field Sales Officer", "", ""),
    ("Garret Kinder", "Wanjiku Kamau", "Rift Valley", "Field Sales Officer", "", ""),
    ("Wilburn Farren", "Wanjiku Kamau", "Rift Valley", "Field Sales Officer", "2026-04-13", ""),
    ("Daniell Hammack", "Otieno Odhiambo", "Mt Kenya", "Field Sales Officer", "", ""),
    ("Cassey Cress", "Otieno Odhiambo", "Mt Kenya", "Field Sales Officer", "", ""),
    ("Donn Cantrell", "Otieno Odhiambo", "Mt Kenya", "Field Sales Officer", "", ""),
    ("Reed Clapper", "Otieno Odhiambo", "Mt Kenya", "Field Sales Officer", "", ""),
    ("Boris Faz", "Otieno Odhiambo", "Mt Kenya", "Field Sales Officer", "", ""),
    ("Vicki Laflamme", "Fatuma Hassan", "Coast", "Senior Field Officer", "", "Q_SENIOR"),
    ("Rosalina Dieter", "Fatuma Hassan", "Coast", "Field Sales Officer", "", ""),
    ("Hayden Neloms", "Fatuma Hassan", "Coast", "Field Sales Officer", "", ""),
    ("Markita Hansen", "Fatuma Hassan", "Coast", "Field Sales Officer", "", ""),
    ("Elease Gluck", "Fatuma Hassan", "Coast", "Irrigation Engineer", "", "Q_ENGINEER"),
]
QUOTA = {"Q_SENIOR": "6500000.00", "Q_ENGINEER": "13000000.00"}
AGENTS = {r[0] for r in ROSTER}
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "MG Special": ("ShambaSense Basic", 400),
    "GTX Basic": ("Drip Kit Starter", 120),
    "GTX Plus Basic": ("Solar Water Pump", 120),
    "MG Advanced": ("ShambaSense Pro", 60),
    "GTX Pro": ("Greenhouse Kit", 110),
    "GTXPro": ("Greenhouse Kit", 110),
    "GTX Plus Pro": ("Cold Room Unit", 130),
    "GTK 500": ("Centre-Pivot Irrigation", 150),
}
FARMS = [
    "Kiambu Dairy Co-operative", "Naivasha Roses Ltd", "Limuru Tea Growers", "Meru Greens",
    "Nyeri Coffee Farmers Union", "Eldoret Grain Millers", "Kakamega Sugar Outgrowers",
    "Machakos Fruit Growers", "Thika Pineapple Estate", "Kericho Highlands Tea",
    "Nanyuki Flower Farm", "Kitale Maize Co-op", "Embu Macadamia Farmers", "Malindi Mango Growers",
    "Kilifi Coconut Co-op", "Kisumu Fish Farmers", "Narok Wheat Estates", "Molo Potato Growers",
    "Isiolo Livestock Ranch", "Bungoma Dairy Farmers", "Mwea Rice Growers",
    "Nyandarua Potato Co-op", "Laikipia Ranching Co", "Taita Sisal Estate",
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
    seller = r["sales_agent"]
    if seller not in AGENTS:
        continue
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or seller == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 2
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = FARMS[idx % len(FARMS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 10, 1) + dt.timedelta(days=x % 75)
            prob = "0.5"
        else:
            close = dt.date(2026, 11, 1) + dt.timedelta(days=x % 55)
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
    if product.startswith("ShambaSense"):
        typ = "renewal" if x % 2 == 0 else "new"
    else:
        typ = "expansion" if (x // 3) % 4 == 0 else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="KES")
    partner = None
    if product == "Centre-Pivot Irrigation" and seller != "Elease Gluck" and stage in ("won", "cancelled"):
        partner, share = "Elease Gluck", ("0.6", "0.4")
    elif (seller == "Violet Mclelland" and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START["Wilburn Farren"])):
        partner, share = "Wilburn Farren", ("0.5", "0.5")
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
                "quota:equipment"])
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
