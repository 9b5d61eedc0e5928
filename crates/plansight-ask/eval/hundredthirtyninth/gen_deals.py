#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredthirtyninth workspace (Castlefield Catering
Equipment Ltd, an invented Manchester supplier of commercial kitchen equipment and kitchen
maintenance contracts; plan year 1 April 2026 - 31 March 2027, GBP, QUARTERLY payouts) from the
real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents of three Maven managers keep their names and become Castlefield account
  managers; the three Maven managers become area managers (North West, Yorkshire & North East,
  Midlands). About half of each agent's opportunities are kept (md5(id) even), except that every
  GTK 500 opportunity is kept (they become Walk-in Cold Rooms).
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 April 2026 and 31 December 2017 becomes 31 January 2027. AS OF = 2026-11-26. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one dated
  after it becomes an open quote (probability 0.25). Engaging opportunities are open (probability
  0.5) expected to close 10 November 2026 + (hash mod 90) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 5 January 2027 + (hash mod 80) days.
- Amounts in GBP, whole pounds: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor.
    MG Special     -> Planned Maintenance Contract  x 20
    MG Advanced    -> Total Care Contract           x 1.2
    GTX Basic      -> Undercounter Dishwasher       x 5
    GTX Plus Basic -> Twin-Tank Fryer               x 3
    GTX Pro        -> Combination Oven              x 2
    GTX Plus Pro   -> Extraction Canopy             x 2
    GTK 500        -> Walk-in Cold Room             x 1.5
- Accounts: Maven's 85 accounts are folded onto 25 invented UK customers (index of the Maven
  account in alphabetical order mod 25); an opportunity with no account gets one by hash.
- Type: the two contracts are "renewal" when hash mod 2 = 0, else "new"; equipment is "repeat"
  (an existing customer re-ordering) when hash mod 5 < 2, else "new".
- Splits (plan.md 3.4): every won or cancelled Extraction Canopy of an account manager other than
  Hayden Neloms (the Ventilation Specialist) is two lines with the same id: 75% to the account
  manager, 25% to Hayden Neloms.
- Cancellations: a won deal closed on or before 2026-11-10 with hash mod 19 = 0 is cancelled,
  cancel_date = close + 8 + (hash mod 140) days, at the latest the as-of date (plan.md section
  11: only cancellations within 90 days of close are clawed back).
- Leaver: Rosie Papadopoulos left on 2026-10-16 (end_date on the roster). Her opportunities
  closing after that day were handed to Garret Kinder, who took over her accounts.
- Roster: Darcel Schlecht (Senior Account Manager) and Hayden Neloms (Ventilation Specialist)
  carry their own quarterly Equipment quota.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 26)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)
LEAVER, LEFT, HEIR = "Rosie Papadopoulos", dt.date(2026, 10, 16), "Garret Kinder"
SPECIALIST = "Hayden Neloms"

ROSTER = [
    # id, manager, territory, role, end_date, quota:equipment
    ("Darcel Schlecht", "Melvin Marxen", "North West", "Senior Account Manager", "", "Q_SENIOR"),
    ("Jonathan Berthelot", "Melvin Marxen", "North West", "Account Manager", "", ""),
    ("Marty Freudenburg", "Melvin Marxen", "North West", "Account Manager", "", ""),
    ("Gladys Colclough", "Melvin Marxen", "North West", "Account Manager", "", ""),
    ("Niesha Huffines", "Melvin Marxen", "North West", "Account Manager", "", ""),
    ("Violet Mclelland", "Cara Losch", "Yorkshire & North East", "Account Manager", "", ""),
    ("Corliss Cosme", "Cara Losch", "Yorkshire & North East", "Account Manager", "", ""),
    ("Rosie Papadopoulos", "Cara Losch", "Yorkshire & North East", "Account Manager", "2026-10-16", ""),
    ("Garret Kinder", "Cara Losch", "Yorkshire & North East", "Account Manager", "", ""),
    ("Wilburn Farren", "Cara Losch", "Yorkshire & North East", "Account Manager", "", ""),
    ("Vicki Laflamme", "Celia Rouche", "Midlands", "Account Manager", "", ""),
    ("Rosalina Dieter", "Celia Rouche", "Midlands", "Account Manager", "", ""),
    ("Hayden Neloms", "Celia Rouche", "Midlands", "Ventilation Specialist", "", "Q_SPECIALIST"),
    ("Markita Hansen", "Celia Rouche", "Midlands", "Account Manager", "", ""),
    ("Elease Gluck", "Celia Rouche", "Midlands", "Account Manager", "", ""),
]
QUOTA = {"Q_SENIOR": "200000.00", "Q_SPECIALIST": "90000.00"}
AGENTS = {r[0] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Planned Maintenance Contract", 20),
    "MG Advanced": ("Total Care Contract", 1.2),
    "GTX Basic": ("Undercounter Dishwasher", 5),
    "GTX Plus Basic": ("Twin-Tank Fryer", 3),
    "GTX Pro": ("Combination Oven", 2),
    "GTXPro": ("Combination Oven", 2),
    "GTX Plus Pro": ("Extraction Canopy", 2),
    "GTK 500": ("Walk-in Cold Room", 1.5),
}
CONTRACTS = {"Planned Maintenance Contract", "Total Care Contract"}
CUSTOMERS = [
    "Ancoats Tap House", "Deansgate Brasserie", "Rusholme Spice Kitchen", "Northern Quarter Diner",
    "Pennine View Care Home", "Hatters Academy Trust", "Salford Quays Hotel", "Wigan Pie Company",
    "Bury Market Bakehouse", "Altrincham Golf Club", "Harrogate Spa Hotel", "Whitby Harbour Fish Bar",
    "Kirkgate Café", "Shambles Tea Rooms", "Kelham Island Brewhouse", "Wear Valley Hospice",
    "Quayside Oyster Bar", "Digbeth Street Kitchen", "Trent Bridge Tavern",
    "Golden Mile Banqueting Suite", "Peak District Lodge Hotel", "Spon End Primary Academy",
    "Black Country Grill", "Potteries Conference Centre", "Lakeland Outdoor Centre",
]
CANCEL_BY = dt.date(2026, 11, 10)


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
    seller = agent
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = CUSTOMERS[idx % len(CUSTOMERS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 11, 10) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2027, 1, 5) + dt.timedelta(days=x % 80)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if seller == LEAVER and close > LEFT:
        seller = HEIR
    if product in CONTRACTS:
        typ = "renewal" if x % 2 == 0 else "new"
    else:
        typ = "repeat" if (x // 3) % 5 < 2 else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=8 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="GBP")
    if product == "Extraction Canopy" and seller != SPECIALIST and stage in ("won", "cancelled"):
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
    for sid, mgr, terr, role, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, "", end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
