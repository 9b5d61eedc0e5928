#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredthirtieth workspace (Hollister Pest &
Facility Services, Inc., an invented US commercial pest-control and facility-services company in
Dayton, Ohio, selling service contracts and one-time jobs to restaurants, warehouses, schools and
hospitals; plan year 1 January - 31 December 2027, USD, MONTHLY payouts) from the real Maven CRM
export in /work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an
md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Hollister service reps (AGENTS below), five in each of three
  branches (Dayton, Cincinnati, Louisville). Half of each agent's opportunities are kept
  (md5(id) even), and every GTK 500 opportunity (they become Structural Fumigation jobs).
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 January 2027 and 31 December 2017 becomes 1 November 2027. AS OF = 2027-08-20. A Won
  opportunity that now closes after it becomes an open bid (probability 0.6); a Lost one dated
  after it an open bid (probability 0.25). Engaging opportunities are open (probability 0.5),
  expected to close 2027-08-01 + (hash mod 90) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 2027-09-01 + (hash mod 100) days.
- Service lines (products) and amounts in USD, whole dollars: close value x the factor (won);
  lost and open bids carry the Maven list price x the factor. A recurring service contract's
  amount is its first-year contract value; a one-time job's amount is the job price.
    recurring ("route work", credited by the Route Revenue Commission):
    GTX Basic      -> General Pest Control          x 6
    GTX Pro        -> Integrated Pest Management    x 3
    GTX Plus Pro   -> Rodent Monitoring Program     x 2
    MG Special     -> Restroom Hygiene Service      x 40
    one-time jobs ("specials", credited by the Special Services Incentive):
    GTX Plus Basic -> Bed Bug Heat Treatment        x 3
    MG Advanced    -> Kitchen Deep Clean            x 2
    GTK 500        -> Structural Fumigation         x 1
- Accounts: Maven's seven corporate groups (a parent and its subsidiaries) become seven national
  accounts (chains: CHAINS below); every other Maven account becomes one invented facility, by
  its sector: retail and entertainment -> restaurants, medical -> hospitals and care homes,
  technology/software/telecommunications -> warehouses, the rest -> schools. An opportunity with
  no account gets one facility by hash.
- Type: a recurring contract is "new" (hash mod 10 < 4), "addon" (4-6) or "renewal" (7-9); a
  one-time job is "new" or "addon" (hash mod 2). Recurring contracts carry term_months 12, 24 or
  36 (hash mod 3); one-time jobs none.
- National accounts (plan.md 3.4): a won or cancelled deal at a chain sold by a rep other than
  the chain's National Account Lead (NAL below) is two lines with the same id: 60% to the selling
  rep, 40% to the lead.
- Cancellations ("pull-outs"): a won deal closed on or before 2027-08-10 with hash mod 19 = 0 is
  cancelled, cancel_date = close + 5 + (hash mod 110) days, at the latest the as-of date (plan.md
  section 11: only cancellations within 60 days of close are clawed back).
- Roster: Travis Boone (Senior Territory Rep) carries his own quarterly Route Revenue quota.
  Alyssa Tran joined on 2027-04-12 (her deals before that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 8, 20)
SHIFT = dt.date(2027, 1, 1) - dt.date(2017, 3, 1)
PLAN_END = dt.date(2027, 12, 31)
CANCEL_BY = dt.date(2027, 8, 10)

AGENTS = {
    "Darcel Schlecht": "Travis Boone",
    "Kary Hendrixson": "Marcus Webb",
    "Cassey Cress": "Kayla Hendricks",
    "Corliss Cosme": "Jenna Sorensen",
    "Moses Frase": "Hector Alvarado",
    "Kami Bicknell": "Chris Patterson",
    "Jonathan Berthelot": "Chris Yoder",
    "Anna Snelling": "Shonda Mitchell",
    "Daniell Hammack": "Brett Kowalski",
    "Donn Cantrell": "Alyssa Tran",
    "Vicki Laflamme": "Darnell Hughes",
    "Versie Hillebrand": "Rebecca Lutz",
    "Zane Levy": "Cody Fairbanks",
    "Gladys Colclough": "Maria Delgado",
    "Markita Hansen": "Wyatt Stamper",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:route
    ("Travis Boone", "Denise Kowalczyk", "Dayton", "Senior Territory Rep", "", "Q_SENIOR"),
    ("Marcus Webb", "Denise Kowalczyk", "Dayton", "Territory Rep", "", ""),
    ("Kayla Hendricks", "Denise Kowalczyk", "Dayton", "Territory Rep", "", ""),
    ("Jenna Sorensen", "Denise Kowalczyk", "Dayton", "Territory Rep", "", ""),
    ("Hector Alvarado", "Denise Kowalczyk", "Dayton", "Territory Rep", "", ""),
    ("Chris Patterson", "Ray Huffman", "Cincinnati", "Territory Rep", "", ""),
    ("Chris Yoder", "Ray Huffman", "Cincinnati", "Territory Rep", "", ""),
    ("Shonda Mitchell", "Ray Huffman", "Cincinnati", "Territory Rep", "", ""),
    ("Brett Kowalski", "Ray Huffman", "Cincinnati", "Territory Rep", "", ""),
    ("Alyssa Tran", "Ray Huffman", "Cincinnati", "Territory Rep", "2027-04-12", ""),
    ("Darnell Hughes", "Tamika Greer", "Louisville", "Territory Rep", "", ""),
    ("Rebecca Lutz", "Tamika Greer", "Louisville", "Territory Rep", "", ""),
    ("Cody Fairbanks", "Tamika Greer", "Louisville", "Territory Rep", "", ""),
    ("Maria Delgado", "Tamika Greer", "Louisville", "Territory Rep", "", ""),
    ("Wyatt Stamper", "Tamika Greer", "Louisville", "Territory Rep", "", ""),
]
QUOTA = {"Q_SENIOR": "300000.00"}
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("General Pest Control", 6, "route"),
    "GTX Pro": ("Integrated Pest Management", 3, "route"),
    "GTXPro": ("Integrated Pest Management", 3, "route"),
    "GTX Plus Pro": ("Rodent Monitoring Program", 2, "route"),
    "MG Special": ("Restroom Hygiene Service", 40, "route"),
    "GTX Plus Basic": ("Bed Bug Heat Treatment", 3, "job"),
    "MG Advanced": ("Kitchen Deep Clean", 2, "job"),
    "GTK 500": ("Structural Fumigation", 1, "job"),
}
# Maven corporate group (parent) -> national account, and its National Account Lead.
CHAINS = {
    "Acme Corporation": "Mercy Valley Health",
    "Sonron": "Big Skillet Diners",
    "Inity": "Crossdock Logistics",
    "Golddex": "Bright Path Academies",
    "Bubba Gump": "Hometown Smokehouse BBQ",
    "Warephase": "Great Lakes Cold Storage",
    "Massive Dynamic": "St. Brendan Health Partners",
}
NAL = {
    "Mercy Valley Health": "Travis Boone",
    "Big Skillet Diners": "Shonda Mitchell",
    "Crossdock Logistics": "Darnell Hughes",
    "Bright Path Academies": "Jenna Sorensen",
    "Hometown Smokehouse BBQ": "Cody Fairbanks",
    "Great Lakes Cold Storage": "Chris Patterson",
    "St. Brendan Health Partners": "Maria Delgado",
}
RESTAURANTS = [
    "Rosie's Diner", "Lucky Dragon Buffet", "Casa Jalisco", "Brass Rail Tavern",
    "Pho Saigon Kitchen", "Marietta Street Deli", "Smokey Joe's Barbecue",
    "Little Italy Trattoria", "Blue Plate Cafe", "Harbor Fish House", "Sunrise Pancake House",
    "Fireside Steakhouse", "Mama Leone's Pizzeria", "Gus's Coney Island", "El Toro Taqueria",
    "Burger Barn", "Queen City Chili Parlor", "Westside Bowling Lanes", "Riverbend Cinema",
    "Lakeside Banquet Hall", "Corner Bistro",
]
HOSPITALS = [
    "St. Anne's Hospital", "Riverside Children's Hospital", "Good Samaritan Medical Center",
    "Kettering Rehab Clinic", "Fairview Nursing Home", "Oakwood Veterans Clinic",
    "Clearwater Dialysis Center", "Shelby County Hospital", "Northgate Urgent Care",
    "Hillcrest Memorial Hospital", "Pleasant Ridge Assisted Living", "Mount Carmel Surgical Center",
]
WAREHOUSES = [
    "Gateway Distribution Center", "Midwest Paper Supply", "Buckeye Grain Elevator",
    "Ohio Valley Food Bank", "Riverport Warehouse", "Dixie Highway Self Storage",
    "Interstate Tire Depot", "Pioneer Beverage Warehouse", "Summit Freight Terminal",
    "Liberty Flour Mill", "Delta Pallet Co.", "Queensgate Warehouse", "Keystone Candy Co.",
]
SCHOOLS = [
    "Northridge Elementary", "Wilson Middle School", "Central High School",
    "St. Joseph Catholic School", "Lincoln Elementary", "Miami Valley Community College",
    "Little Sprouts Daycare", "Oak Hills High School", "Fairmont Academy",
    "Jefferson Township Schools", "Brookside Montessori", "Hamilton County Vocational School",
    "Holy Trinity School", "Wright Elementary", "Eastwood Middle School",
    "Cedarville Christian Academy", "Sycamore Junior High",
]
KIND = {
    "retail": RESTAURANTS, "entertainment": RESTAURANTS, "medical": HOSPITALS,
    "technolgy": WAREHOUSES, "software": WAREHOUSES, "telecommunications": WAREHOUSES,
    "marketing": SCHOOLS, "finance": SCHOOLS, "employment": SCHOOLS, "services": SCHOOLS,
}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]

# Maven account -> Hollister account (chain or facility), in the export's own order.
ACCOUNT = {}
accounts = read("accounts.csv")
group = {}
for a in accounts:
    if a["subsidiary_of"]:
        group[a["account"]] = a["subsidiary_of"]
        group[a["subsidiary_of"]] = a["subsidiary_of"]
used = {k: 0 for k in ("r", "h", "w", "s")}
FACILITIES = []
for a in accounts:
    if a["account"] in group:
        ACCOUNT[a["account"]] = CHAINS[group[a["account"]]]
    else:
        names = KIND[a["sector"]]
        key = {id(RESTAURANTS): "r", id(HOSPITALS): "h", id(WAREHOUSES): "w", id(SCHOOLS): "s"}[id(names)]
        ACCOUNT[a["account"]] = names[used[key]]
        used[key] += 1
        FACILITIES.append(ACCOUNT[a["account"]])

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
    product, factor, kind = PRODUCT[r["product"]]
    account = ACCOUNT[r["account"]] if r["account"] else FACILITIES[x % len(FACILITIES)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 8, 1) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2027, 9, 1) + dt.timedelta(days=x % 100)
            prob = "0.2"
        amount = price[r["product"]] * factor
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = base * factor
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    close = min(close, PLAN_END)
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if kind == "route":
        t = (x // 3) % 10
        typ = "new" if t < 4 else ("addon" if t < 7 else "renewal")
        term = str((12, 24, 36)[(x // 5) % 3])
    else:
        typ = "new" if (x // 3) % 2 == 0 else "addon"
        term = ""
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=5 + (x // 11) % 110), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, term_months=term, cancel_date=cancel, currency="USD")
    lead = NAL.get(account)
    if lead and lead != seller and stage in ("won", "cancelled"):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=lead, split="0.4"))
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
                "quota:route"])
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
