#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredsecond workspace (Red Clay Freight Co., an
invented Atlanta freight brokerage: truckload, LTL, power only and dedicated lanes; plan year
1 October 2025 - 30 September 2026, USD, MONTHLY payouts; brokers credited on gross margin) from
the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Red Clay freight brokers (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) even).
- A deal is an AWARD: a shipper awarding Red Clay a lane or a book of loads. Its amount is the
  award's GROSS MARGIN in dollars (shipper rate less carrier cost over the award's term), the only
  thing the plan credits.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 October 2025 and 31 December 2017 becomes 31 July 2026. AS OF = 2026-06-12. A Won
  opportunity that now closes after it becomes an open bid (probability 0.6); a Lost one dated
  after it becomes an open bid (probability 0.25). Engaging opportunities are open (probability
  0.5) expected to close 18 May 2026 + (hash mod 60) days; Prospecting ones (probability 0.2)
  1 June 2026 + (hash mod 85) days. So some open bids are overdue at the as-of date (expected
  award date passed, not yet awarded): a pipeline what-if wins those in May or June; the rest
  close after the as-of date and credit nothing yet.
- Amounts in USD of margin, whole dollars: close value x the mode's factor (won); lost and open
  bids carry the product's list price x the factor.
    MG Special     -> Power Only       x 20
    GTX Basic      -> LTL              x 3
    GTX Plus Basic -> Flatbed TL       x 2
    MG Advanced    -> Reefer TL        x 1
    GTX Pro        -> Dry Van TL       x 1
    GTX Plus Pro   -> Dedicated Lane   x 4 when hash mod 4 = 0, else Reefer TL x 1
    GTK 500        -> Dedicated Lane   x 1
- Accounts: Maven's 85 accounts (sorted) fold onto 32 invented Southeast shippers (index mod 32);
  an opportunity with no account gets one by hash.
- Type: (hash // 3) mod 10 < 3 = "new" (a new logo), < 7 = "expansion" (a lane add), else
  "renewal" (a re-bid).
- Splits (plan.md 3.4): a won or pulled Dedicated Lane award of any broker but Luis Ortega is two
  lines with the same id: 75% to the broker, 25% to Luis Ortega (the Dedicated Solutions Lead).
  Brandi Coker's awards closing on or after Austin Greer's start with (hash // 13) mod 5 = 0 are
  "ride-along" awards, two lines 50% / 50% with Austin Greer.
- Pulled lanes (cancellations): a won award closed on or before 2026-05-31 with (hash // 7) mod
  19 = 0 is cancelled, cancel_date = close + 6 + ((hash // 11) mod 140) days, at the latest the
  as-of date (plan.md section 11: only pulls within 90 days of the award date are clawed back).
- Roster: Tyrell Jackson (Senior Broker) carries his own quarterly Gross Margin quota; Luis
  Ortega (Dedicated Solutions Lead) his own annual Dedicated Lane quota. Austin Greer joined on
  2026-02-09 (his own awards before that date are dropped); Cody Bragg left on 2026-03-20 (his
  awards after that date are dropped). Raymond Pope is on the roster as Raymond "Skeeter" Pope.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 6, 12)
SHIFT = dt.date(2025, 10, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 5, 31)

AGENTS = {
    "Darcel Schlecht": "Tyrell Jackson",
    "Kary Hendrixson": "Kayla Brannon",
    "Zane Levy": "Raymond Pope",
    "Anna Snelling": "Destiny Rhodes",
    "Garret Kinder": "Cody Bragg",
    "Cassey Cress": "Brandi Coker",
    "Versie Hillebrand": "Austin Greer",
    "Donn Cantrell": "Jamal Okoye",
    "Corliss Cosme": "Mary Beth Tolliver",
    "Moses Frase": "Shelby Vance",
    "Kami Bicknell": "Kayla Nguyen",
    "Markita Hansen": "Luis Ortega",
    "Maureen Marcano": "Hunter Bledsoe",
    "Gladys Colclough": "LaToya Simmons",
    "Marty Freudenburg": "DeShawn Harris",
    "Boris Faz": "Wade Kitchens",
}
ROSTER = [
    # id, name, manager, territory, role, start_date, end_date, quota:gm, quota:dedicated
    ("Tyrell Jackson", "Tyrell Jackson", "Russ Kimbrough", "Cold Chain", "Senior Broker", "", "", "135000.00", ""),
    ("Kayla Brannon", "Kayla Brannon", "Russ Kimbrough", "Cold Chain", "Freight Broker", "", "", "", ""),
    ("Raymond Pope", 'Raymond "Skeeter" Pope', "Russ Kimbrough", "Cold Chain", "Freight Broker", "", "", "", ""),
    ("Destiny Rhodes", "Destiny Rhodes", "Russ Kimbrough", "Cold Chain", "Freight Broker", "", "", "", ""),
    ("Cody Bragg", "Cody Bragg", "Russ Kimbrough", "Cold Chain", "Freight Broker", "", "2026-03-20", "", ""),
    ("Brandi Coker", "Brandi Coker", "Carla Mabry", "Retail", "Freight Broker", "", "", "", ""),
    ("Austin Greer", "Austin Greer", "Carla Mabry", "Retail", "Freight Broker", "2026-02-09", "", "", ""),
    ("Jamal Okoye", "Jamal Okoye", "Carla Mabry", "Retail", "Freight Broker", "", "", "", ""),
    ("Mary Beth Tolliver", "Mary Beth Tolliver", "Carla Mabry", "Retail", "Freight Broker", "", "", "", ""),
    ("Shelby Vance", "Shelby Vance", "Carla Mabry", "Retail", "Freight Broker", "", "", "", ""),
    ("Kayla Nguyen", "Kayla Nguyen", "Carla Mabry", "Retail", "Freight Broker", "", "", "", ""),
    ("Luis Ortega", "Luis Ortega", "Dwayne Pruitt", "Industrial", "Dedicated Solutions Lead", "", "", "", "150000.00"),
    ("Hunter Bledsoe", "Hunter Bledsoe", "Dwayne Pruitt", "Industrial", "Freight Broker", "", "", "", ""),
    ("LaToya Simmons", "LaToya Simmons", "Dwayne Pruitt", "Industrial", "Freight Broker", "", "", "", ""),
    ("DeShawn Harris", "DeShawn Harris", "Dwayne Pruitt", "Industrial", "Freight Broker", "", "", "", ""),
    ("Wade Kitchens", "Wade Kitchens", "Dwayne Pruitt", "Industrial", "Freight Broker", "", "", "", ""),
]
START = {r[0]: r[5] for r in ROSTER}
END = {r[0]: r[6] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Power Only", 20),
    "GTX Basic": ("LTL", 3),
    "GTX Plus Basic": ("Flatbed TL", 2),
    "MG Advanced": ("Reefer TL", 1),
    "GTX Pro": ("Dry Van TL", 1),
    "GTXPro": ("Dry Van TL", 1),
    "GTX Plus Pro": ("Reefer TL", 1),
    "GTK 500": ("Dedicated Lane", 1),
}
SHIPPERS = [
    "Peachtree Paper Co", "Chattahoochee Poultry", "Dalton Floorcovering", "Macon Brick & Tile",
    "Gainesville Feed Mill", "Savannah Pecan Growers", "Augusta Tire Recyclers",
    "Marietta Cabinetry", "Albany Peanut Shellers", "Valdosta Pine Products", "Rome Steel Fab",
    "Athens Craft Brewing", "Columbus Textile Works", "Conyers Beverage", "Buford Plastics",
    "Kennesaw Auto Parts", "Smyrna Cold Storage", "Decatur Organic Produce", "Duluth Paint Supply",
    "Norcross Electronics", "Vidalia Sweet Onion Co-op", "Brunswick Seafood",
    "Stone Mountain Granite", "Lawrenceville Home Goods", "Savannah Port Furniture",
    "Carrollton Wire & Cable", "Cartersville Cement", "Newnan Furniture", "Griffin Snack Foods",
    "Thomasville Bakery", "Jonesboro Lumber", "Alpharetta Medical Supply",
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
    keep = h(oid) % 2 == 0
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    if r["product"] == "GTX Plus Pro" and x % 4 == 0:
        product, factor = "Dedicated Lane", 4
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = SHIPPERS[idx % len(SHIPPERS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 5, 18) + dt.timedelta(days=x % 60)
            prob = "0.5"
        else:
            close = dt.date(2026, 6, 1) + dt.timedelta(days=x % 85)
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
    t = (x // 3) % 10
    typ = "new" if t < 3 else ("expansion" if t < 7 else "renewal")
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    partner = None
    if product == "Dedicated Lane" and seller != "Luis Ortega" and stage in ("won", "cancelled"):
        partner, share = "Luis Ortega", ("0.75", "0.25")
    elif (seller == "Brandi Coker" and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START["Austin Greer"])):
        partner, share = "Austin Greer", ("0.5", "0.5")
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
                "quota:gm", "quota:dedicated"])
    for row in ROSTER:
        w.writerow(row)
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
