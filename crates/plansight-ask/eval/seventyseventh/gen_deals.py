#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the seventyseventh workspace (Ridgeline Freight
Brokerage, account reps, plan year 1 January - 31 December 2026, USD) from the real Maven CRM
export (/work/shared/data/maven-crm/). Standard library only; deterministic (no random
numbers, no clock): every choice below is a function of the opportunity id.

- 14 Maven agents are re-cast as Ridgeline account reps (AGENTS below) under two regional
  sales managers. An opportunity is kept when crc32(id) % 3 == 0 (about a third), so each
  rep carries a realistic brokerage deal count.
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so won
  deals fall 1 Jan - 2 Nov 2026. AS OF = 2026-08-31: a Won opportunity that now closes after
  it becomes an open deal (probability 0.7) at that later date. Engaging/Prospecting
  opportunities are open (0.5/0.2) with an expected close in September 2026.
- Products (service modes): GTX Basic -> LTL, GTX Plus Basic -> Power Only, GTX Pro -> Dry
  Van, GTX Plus Pro -> Reefer, GTK 500 -> Heavy Haul, MG Special -> Drayage, MG Advanced ->
  Intermodal. Amount = the award's booked gross margin in USD = close_value (x 20 for
  Drayage, whose Maven price is tiny). Open deals carry the product's list price (x 20 for
  Drayage).
- Type: "new" (a fresh shipper) when nobody at Ridgeline had won the account before in the
  kept data (or no account), else "repeat".
- Cancelled ("TONU"): every won deal closing by 2026-07-31 with crc32(id) % 13 == 5 is
  cancelled 15 + crc32(id) % 140 days after close (capped at the as-of date).
- Reps who join mid-year carry only the deals that close on or after their start date.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 31)

AGENTS = {
    "Darcel Schlecht": "Travis Holloway",
    "Anna Snelling": "Kayla Nguyen",
    "Kary Hendrixson": "Marisol Vega",
    "Versie Hillebrand": "Derek Pruitt",
    "Cassey Cress": "Jasmine Okoye",
    "Lajuana Vencill": "Tyler Brandt",
    "Markita Hansen": "Cody Lindqvist",
    "Vicki Laflamme": "Brandon Mercer",
    "Kami Bicknell": "Alicia Fontaine",
    "Zane Levy": "Dwayne Jackson",
    "Jonathan Berthelot": "Hannah Sutter",
    "Gladys Colclough": "Luis Ocampo",
    "Corliss Cosme": "Kristen Yoder",
    "Maureen Marcano": "Shawn McBride",
}
ROSTER = [
    # id, display name, manager, territory, start_date
    ("Travis Holloway", 'Travis "Tex" Holloway', "Renee Castillo", "Midwest", ""),
    ("Kayla Nguyen", "Kayla Nguyen", "Renee Castillo", "Midwest", ""),
    ("Marisol Vega", "Marisol Vega", "Renee Castillo", "Midwest", ""),
    ("Derek Pruitt", "Derek Pruitt", "Renee Castillo", "Midwest", ""),
    ("Jasmine Okoye", "Jasmine Okoye", "Renee Castillo", "Midwest", ""),
    ("Tyler Brandt", "Tyler Brandt", "Renee Castillo", "Midwest", ""),
    ("Cody Lindqvist", "Cody Lindqvist", "Renee Castillo", "Midwest", "2026-04-13"),
    ("Brandon Mercer", "Brandon Mercer", "Mike Dombrowski", "Southeast", ""),
    ("Alicia Fontaine", "Alicia Fontaine", "Mike Dombrowski", "Southeast", ""),
    ("Dwayne Jackson", 'Dwayne "Deuce" Jackson', "Mike Dombrowski", "Southeast", ""),
    ("Hannah Sutter", "Hannah Sutter", "Mike Dombrowski", "Southeast", ""),
    ("Luis Ocampo", "Luis Ocampo", "Mike Dombrowski", "Southeast", ""),
    ("Kristen Yoder", "Kristen Yoder", "Mike Dombrowski", "Southeast", ""),
    ("Shawn McBride", "Shawn McBride", "Mike Dombrowski", "Southeast", "2026-07-06"),
]
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "LTL", "GTX Plus Basic": "Power Only", "GTXPro": "Dry Van",
    "GTX Pro": "Dry Van", "GTX Plus Pro": "Reefer", "GTK 500": "Heavy Haul",
    "MG Special": "Drayage", "MG Advanced": "Intermodal",
}
FACTOR = {"Drayage": 20}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def h(s):
    return zlib.crc32(s.encode())


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    if r["sales_agent"] not in AGENTS or h(r["opportunity_id"]) % 3 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 9, 1) + dt.timedelta(days=h(r["opportunity_id"]) % 30)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.7"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    amount = value * FACTOR.get(product, 1)
    rows.append(dict(id=r["opportunity_id"], seller=seller, amount=f"{amount:.2f}",
                     close_date=close.isoformat(), stage=stage, product=product,
                     account=r["account"], probability=prob))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    x["type"] = "new" if (not acct or acct not in won_accounts) else "repeat"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
    x["name"] = f"{acct or 'Walk-up shipper'} {x['product']}"

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-07-31" and h(x["id"]) % 13 == 5:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=15 + h(x["id"]) % 140)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["currency"] = "USD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date"])
    for sid, name, mgr, terr, start in ROSTER:
        w.writerow([sid, name, mgr, terr, "Account Rep", start])
print(len(rows), "lines")
