#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredfortyfourth workspace (Hypecrate, Inc., an
invented Austin creator-economy software startup: brands buy annual brand-partnership
subscriptions to find, brief and pay creators; plan year = calendar 2026, USD, MONTHLY payouts)
from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Hypecrate AEs and SDRs (AGENTS below) under 3 pod leads. Half
  of each agent's opportunities are kept (md5(id) even), except: every GTK 500 opportunity is
  kept (they become Headliner Suite deals), and every opportunity of Elease Gluck (re-cast as
  Sloane Whitaker, the Enterprise AE) is kept.
- Dates: every Maven date moves by the same number of days, so 1 March 2017 becomes 2 January
  2026 and 31 December 2017 becomes 2 November 2026. AS OF = 2026-09-18. A Won opportunity that
  now closes after it becomes an open deal (probability 0.7); a Lost one dated after it becomes
  an open deal (probability 0.3). Engaging opportunities are open (probability 0.5), expected to
  close 1 September 2026 + (hash mod 75) days (some overdue at the as-of date); Prospecting ones
  (probability 0.2) 1 October 2026 + (hash mod 80) days.
- Amounts in USD (first-year subscription value, whole dollars): close value x the product's
  factor (won); lost and open deals carry the product's list price x the factor.
    GTX Basic      -> Spark Seat          x 8    (platform)
    MG Advanced    -> Duo Pack            x 3    (platform)
    GTX Pro        -> Squad Pack          x 4    (platform)
    GTXPro         -> Squad Pack          x 4
    GTK 500        -> Headliner Suite     x 3    (platform, enterprise)
    GTX Plus Basic -> UGC Vault           x 4    (add-on)
    MG Special     -> Whitelisting Pass   x 40   (add-on)
    GTX Plus Pro   -> Affiliate Engine    x 2    (add-on)
- Accounts: Headliner Suite deals go to one of 10 invented enterprise brands (Maven account index
  mod 10); every other deal goes to one of 36 invented consumer brands (Maven account index mod
  36). An opportunity with no account gets one by hash.
- Type: hash mod 10 in 0..3 = "new" (a new brand: fresh logo), 4..6 = "upsell" (an existing brand
  adds seats, a bigger pack or an add-on), 7..9 = "renewal" (a brand re-signing its year); every
  Headliner Suite deal is "new".
- Splits (plan.md 3.4): a won or cancelled Headliner Suite deal of any seller but Sloane Whitaker
  is two lines with the same id: 60% to the seller, 40% to Sloane Whitaker. Kaylee Brandt's deals
  closing on or after Jayden Ruiz's start with hash mod 6 = 0 are "buddy" deals, two lines
  50% / 50% with Jayden Ruiz.
- Cancellations ("ghosted"): a won deal closed on or before 2026-09-01 with hash mod 23 = 0 is
  cancelled, cancel_date = close + 7 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Sloane Whitaker (Enterprise AE) and Harper Quist (Founding AE) carry their own
  quarterly Platform ARR quota. Jayden Ruiz joined on 2026-05-11 (his own deals before that date
  are dropped); Tanner Briggs left on 2026-07-02 (his deals closing after it are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 9, 18)
SHIFT = dt.date(2026, 1, 2) - dt.date(2017, 3, 1)

AGENTS = {
    "Anna Snelling": "Kaylee Brandt",
    "Kary Hendrixson": "Jayden Okafor",
    "Versie Hillebrand": "Nevaeh Summers",
    "Cassey Cress": "Brayden Holt",
    "Moses Frase": "Zoe Marchetti",
    "Garret Kinder": "Jayden Ruiz",
    "Elease Gluck": "Sloane Whitaker",
    "Zane Levy": "Aaliyah Pruitt",
    "Rosalina Dieter": "Tanner Briggs",
    "Corliss Cosme": "Mackenzie Lowe",
    "Donn Cantrell": "Diego Villarreal",
    "Reed Clapper": "Destiny Abara",
    "James Ascencio": "Colton Reyes",
    "Gladys Colclough": "Ryleigh Fontenot",
    "Markita Hansen": "Isaiah Mbeki",
    "Darcel Schlecht": "Harper Quist",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:arr
    ("Kaylee Brandt", "Britt Castellanos", "SoCo", "AE", "", "", ""),
    ("Jayden Okafor", "Britt Castellanos", "SoCo", "AE", "", "", ""),
    ("Nevaeh Summers", "Britt Castellanos", "SoCo", "SDR", "", "", ""),
    ("Brayden Holt", "Britt Castellanos", "SoCo", "AE", "", "", ""),
    ("Zoe Marchetti", "Britt Castellanos", "SoCo", "SDR", "", "", ""),
    ("Jayden Ruiz", "Britt Castellanos", "SoCo", "AE", "2026-05-11", "", ""),
    ("Sloane Whitaker", "Marcus Delacroix", "Eastside", "Enterprise AE", "", "", "Q_ENT"),
    ("Aaliyah Pruitt", "Marcus Delacroix", "Eastside", "AE", "", "", ""),
    ("Tanner Briggs", "Marcus Delacroix", "Eastside", "AE", "", "2026-07-02", ""),
    ("Mackenzie Lowe", "Marcus Delacroix", "Eastside", "AE", "", "", ""),
    ("Diego Villarreal", "Marcus Delacroix", "Eastside", "AE", "", "", ""),
    ("Destiny Abara", "Tori Vance", "Domain", "AE", "", "", ""),
    ("Colton Reyes", "Tori Vance", "Domain", "AE", "", "", ""),
    ("Ryleigh Fontenot", "Tori Vance", "Domain", "SDR", "", "", ""),
    ("Isaiah Mbeki", "Tori Vance", "Domain", "AE", "", "", ""),
    ("Harper Quist", "Tori Vance", "Domain", "Founding AE", "", "", "Q_FOUNDING"),
]
QUOTA = {"Q_ENT": "320000.00", "Q_FOUNDING": "420000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("Spark Seat", 8),
    "MG Advanced": ("Duo Pack", 3),
    "GTX Pro": ("Squad Pack", 4),
    "GTXPro": ("Squad Pack", 4),
    "GTK 500": ("Headliner Suite", 3),
    "GTX Plus Basic": ("UGC Vault", 4),
    "MG Special": ("Whitelisting Pass", 40),
    "GTX Plus Pro": ("Affiliate Engine", 2),
}
BRANDS = [
    "Taco Drip Co", "Bluebonnet Botanicals", "Hot Girl Hydration", "Lone Star Lip Co",
    "Oat Daddy", "Kinfolk Kombucha", "Thrift Goblin", "Armadillo Athletics",
    "Cactus Cold Brew", "Neon Saguaro Apparel", "Barton Springs Swim", "Queso Queen Snacks",
    "Sad Girl Skincare", "Matcha Mami", "Pickleball Pals", "Rainey Street Rose",
    "Feral Pup Pet Co", "Yeehaw Yerba", "Pixel Pony Games", "Soft Launch Swimwear",
    "Big Tex Hot Sauce", "Honey Bun Haircare", "Cosmic Crunch Cereal", "Velvet Vinyl Records",
    "Zilker Zen Yoga", "Slow Burn Candles", "Gremlin Energy", "Peachy Keen Pilates",
    "Mochi Mochi Boba", "Hill Country Hats", "Couch Potato Loungewear", "Lucky Thrift Vintage",
    "Tiny Dino Toys", "Glitter Gulch Nails", "Buttercup Bakehouse", "Sundae Scaries Ice Cream",
]
ENTERPRISE = [
    "Frontera Beverage Group", "Lakeshore Motors", "Paloma Telecom", "Riverbend Health",
    "Starline Air", "Crestview Bank", "Northstar Grocers", "Tejas Outdoor Co",
    "Brightwave Streaming", "Harlow Cosmetics Group",
]
CANCEL_BY = dt.date(2026, 9, 1)


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
    if product == "Headliner Suite":
        account = ENTERPRISE[idx % len(ENTERPRISE)]
    else:
        account = BRANDS[idx % len(BRANDS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 75)
            prob = "0.5"
        else:
            close = dt.date(2026, 10, 1) + dt.timedelta(days=x % 80)
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
    k = (x // 3) % 10
    if product == "Headliner Suite" or k <= 3:
        typ = "new"
    elif k <= 6:
        typ = "upsell"
    else:
        typ = "renewal"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 23 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=7 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    partner = None
    if product == "Headliner Suite" and seller != "Sloane Whitaker" and stage in ("won", "cancelled"):
        partner, share = "Sloane Whitaker", ("0.6", "0.4")
    elif (seller == "Kaylee Brandt" and stage in ("won", "cancelled") and (x // 13) % 6 == 0
          and close >= dt.date.fromisoformat(START["Jayden Ruiz"])):
        partner, share = "Jayden Ruiz", ("0.5", "0.5")
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
                "quota:arr"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
