#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfortyfirst workspace (Peachtree Laundry
Systems, Inc., an invented commercial-laundry equipment distributor in Norcross, Georgia, that
sells to laundromats, hotels, hospitals, senior living and colleges across the Southeast; plan
year = calendar 2026, USD, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- The 30 Maven agents who have opportunities keep their names and their managers (sales_teams.csv);
  each manager's team gets a Southeast territory (TERRITORY below). About half of each agent's
  opportunities are kept (md5(id) even); every GTK 500 opportunity is kept as well (they become
  Tunnel Washer Systems, which are split with the Plant Systems Specialist).
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 January 2026 and 31 December 2017 becomes 2 November 2026. AS OF = 2026-10-15. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one dated
  after it becomes an open deal (probability 0.25). Engaging opportunities are open (probability
  0.5) expected to close 1 October 2026 + (hash mod 90) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 1 November 2026 + (hash mod 60) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    GTX Basic      -> Stack Dryer              x 6
    GTX Plus Basic -> Card Reader Retrofit     x 2.5
    GTX Pro        -> Front-Load Washer        x 2
    GTX Plus Pro   -> Washer-Extractor         x 3
    MG Special     -> CarePlus Service Plan    x 40
    MG Advanced    -> OzoneClean System        x 3
    GTK 500        -> Tunnel Washer System     x 6
- Accounts: Maven's 85 accounts are folded onto 25 invented US customers (Maven account index
  mod 25); an opportunity with no account gets one by hash.
- Type: CarePlus Service Plan and Card Reader Retrofit = "addon"; otherwise hash mod 3 = 0 =
  "retool" (replacing a customer's old machines), the rest "new".
- Splits (plan.md 3.4): a won or cancelled Tunnel Washer System of any rep but Elease Gluck is two
  lines with the same id: 75% to the rep, 25% to Elease Gluck (Plant Systems Specialist).
- Cancellations ("pull-backs"): a won deal closed on or before 2026-09-30 with hash mod 25 = 0
  is cancelled, cancel_date = close + 10 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Darcel Schlecht (Senior Territory Rep) and Elease Gluck (Plant Systems Specialist)
  carry their own quarterly Equipment quota. Wilburn Farren is the new hire: he started on
  2026-05-18 (his deals closing before that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 15)
SHIFT = dt.date(2026, 1, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 9, 30)
SPECIALIST = "Elease Gluck"
SENIOR = "Darcel Schlecht"
NEW_HIRE = ("Wilburn Farren", "2026-05-18")

TERRITORY = {
    "Dustin Brinkmann": "Metro Atlanta",
    "Melvin Marxen": "North Georgia",
    "Cara Losch": "Carolinas",
    "Rocco Neubert": "Florida",
    "Celia Rouche": "Alabama",
    "Summer Sewald": "Tennessee",
}
QUOTA = {SENIOR: "250000.00", SPECIALIST: "250000.00"}
PRODUCT = {
    "GTX Basic": ("Stack Dryer", 6),
    "GTX Plus Basic": ("Card Reader Retrofit", 2.5),
    "GTX Pro": ("Front-Load Washer", 2),
    "GTXPro": ("Front-Load Washer", 2),
    "GTX Plus Pro": ("Washer-Extractor", 3),
    "MG Special": ("CarePlus Service Plan", 40),
    "MG Advanced": ("OzoneClean System", 3),
    "GTK 500": ("Tunnel Washer System", 6),
}
CUSTOMERS = [
    "Sudsy's Laundromat", "Magnolia Senior Living", "Crestview Regional Hospital",
    "Chattahoochee Inn & Suites", "Oconee Valley College", "Harbor Point Hotel",
    "Bubbles & Beans Laundry Cafe", "Tri-County Fire District", "Lakeside Nursing & Rehab",
    "Blue Ridge Resort & Spa", "Southern Linen Service", "Riverbend Apartments",
    "Gateway Airport Suites", "St. Brendan's Hospital", "Camp Timberline",
    "Duluth Coin Laundry", "Fresh Fold Laundry Co.", "Coastal Plains Medical Group",
    "Ironwood Country Club", "Tybee Beach Motor Lodge", "Pine Hollow Retirement Village",
    "Kudzu Kleen Laundromat", "Fairway Athletic Club", "Live Oak Dialysis Center",
    "Okefenokee Lodge",
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
teams = read("sales_teams.csv")
MANAGER = {r["sales_agent"]: r["manager"] for r in teams}
pipeline = read("sales_pipeline.csv")
agents_with_deals = {r["sales_agent"] for r in pipeline}
ROSTER = [r["sales_agent"] for r in teams if r["sales_agent"] in agents_with_deals]

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    seller = r["sales_agent"]
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500"
    if not keep:
        continue
    x = h(oid) // 2
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = CUSTOMERS[idx % len(CUSTOMERS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 10, 1) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2026, 11, 1) + dt.timedelta(days=x % 60)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if seller == NEW_HIRE[0] and close < dt.date.fromisoformat(NEW_HIRE[1]):
        continue
    if product in ("CarePlus Service Plan", "Card Reader Retrofit"):
        typ = "addon"
    elif (x // 3) % 3 == 0:
        typ = "retool"
    else:
        typ = "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if product == "Tunnel Washer System" and seller != SPECIALIST and stage in ("won", "cancelled"):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.25"))
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
    for sid in ROSTER:
        mgr = MANAGER[sid]
        role = {SENIOR: "Senior Territory Rep", SPECIALIST: "Plant Systems Specialist"}.get(
            sid, "Territory Sales Rep")
        start = NEW_HIRE[1] if sid == NEW_HIRE[0] else ""
        w.writerow([sid, sid, mgr, TERRITORY[mgr], role, start, "", QUOTA.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
