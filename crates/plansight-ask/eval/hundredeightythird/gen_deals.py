#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredeightythird workspace (Tembusu Systems Pte Ltd,
an invented Singapore IT-services reseller: laptop fleets, printer leases, managed networks,
cybersecurity retainers, helpdesk plans, cloud migrations and data centre builds for Singapore
firms, schools and clinics; plan year 1 January - 31 December 2026, SGD, MONTHLY payouts,
quarterly quotas) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Tembusu account managers (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) odd), except: every GTK 500 opportunity is kept (they become
  Data Centre Builds) and every opportunity of Elease Gluck (re-cast as Arun Pillai, the
  Solutions Architect) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  5 January 2026 and 31 December 2017 becomes 4 November 2026. AS OF = 2026-08-14. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one dated
  after it becomes an open deal (probability 0.25). Engaging opportunities are open (probability
  0.5) expected to close 1 August 2026 + (hash mod 80) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 1 September 2026 + (hash mod 100) days.
- Amounts in SGD, whole dollars: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    MG Special     -> Printer Lease             x 30
    GTX Basic      -> Laptop Fleet              x 12
    GTX Plus Basic -> Helpdesk Plan             x 6
    MG Advanced    -> Cybersecurity Retainer    x 4
    GTX Pro        -> Managed Network           x 4
    GTX Plus Pro   -> Cloud Migration           x 5
    GTK 500        -> Data Centre Build         x 5
- Accounts: each team sells to its own segment. The Maven account (by its index in the sorted
  account list; an opportunity with no account gets one by hash) is folded onto the invented
  accounts of the seller's segment (CORPORATE, EDUHEALTH, SME below), index mod their number.
- Type: Data Centre Build and Cloud Migration = "project"; Managed Network, Cybersecurity Retainer
  and Helpdesk Plan: hash mod 3 = 0 "renewal", 1 "new", 2 "upsell"; Laptop Fleet and Printer
  Lease: hash mod 2 = 0 "new", else "upsell".
- Splits (plan.md 3.4): a won or cancelled Data Centre Build of any account manager but Arun
  Pillai is two lines with the same id: 60% to the account manager, 40% to Arun Pillai.
- Cancellations ("kena cancel"): a won deal closed on or before 2026-07-31 with hash mod 25 = 0
  is cancelled, cancel_date = close + 10 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 10: only cancellations within 90 days of close are clawed back).
- Roster: Jason Tan (Senior Account Manager) carries his own quarterly CVC quota and target
  incentive; Arun Pillai (Solutions Architect) his own quarterly CVC quota. Nur Aisyah Rahman
  joined on 2026-04-13 (her deals before that date are dropped); Bryan Koh left on 2026-06-30
  (his deals after that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 14)
SHIFT = dt.date(2026, 1, 5) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 7, 31)

AGENTS = {
    "Darcel Schlecht": "Jason Tan",
    "Cassey Cress": "Melissa Lim",
    "Marty Freudenburg": "Bryan Koh",
    "Garret Kinder": "Nur Aisyah Rahman",
    "Donn Cantrell": "Kenneth Wong",
    "Elease Gluck": "Arun Pillai",
    "Vicki Laflamme": "Kavitha Subramaniam",
    "Corliss Cosme": "Daniel Ong",
    "James Ascencio": "Hafiz Rahim",
    "Violet Mclelland": "Joanne Teo",
    "Reed Clapper": "Marcus Chia",
    "Markita Hansen": "Shawn Lee",
    "Maureen Marcano": "Cheryl Yeo",
    "Boris Faz": "Ravi Chandran",
    "Hayden Neloms": "Amanda de Souza",
    "Lajuana Vencill": "Daniel Seah",
}
ARCHITECT = "Arun Pillai"
ROSTER = [
    # id, manager, territory, role, start_date, end_date, target_incentive, quota:cvc, quota:rsi
    ("Jason Tan", "Desmond Goh", "Corporate", "Senior Account Manager", "", "", "36000.00", "180000.00", "400000.00"),
    ("Melissa Lim", "Desmond Goh", "Corporate", "Account Manager", "", "", "", "", ""),
    ("Bryan Koh", "Desmond Goh", "Corporate", "Account Manager", "", "2026-06-30", "", "", ""),
    ("Nur Aisyah Rahman", "Desmond Goh", "Corporate", "Account Manager", "2026-04-13", "", "", "", ""),
    ("Kenneth Wong", "Desmond Goh", "Corporate", "Account Manager", "", "", "", "", ""),
    ("Arun Pillai", "Desmond Goh", "Corporate", "Solutions Architect", "", "", "", "350000.00", ""),
    ("Kavitha Subramaniam", "Farah Ismail", "EduHealth", "Account Manager", "", "", "", "", ""),
    ("Daniel Ong", "Farah Ismail", "EduHealth", "Account Manager", "", "", "", "", ""),
    ("Hafiz Rahim", "Farah Ismail", "EduHealth", "Account Manager", "", "", "", "", ""),
    ("Joanne Teo", "Farah Ismail", "EduHealth", "Account Manager", "", "", "", "", ""),
    ("Marcus Chia", "Farah Ismail", "EduHealth", "Account Manager", "", "", "", "", ""),
    ("Shawn Lee", "Rachel Ng", "SME", "Account Manager", "", "", "", "", ""),
    ("Cheryl Yeo", "Rachel Ng", "SME", "Account Manager", "", "", "", "", ""),
    ("Ravi Chandran", "Rachel Ng", "SME", "Account Manager", "", "", "", "", ""),
    ("Amanda de Souza", "Rachel Ng", "SME", "Account Manager", "", "", "", "", ""),
    ("Daniel Seah", "Rachel Ng", "SME", "Account Manager", "", "", "", "", ""),
]
SEGMENT = {r[0]: r[2] for r in ROSTER}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Printer Lease", 30),
    "GTX Basic": ("Laptop Fleet", 12),
    "GTX Plus Basic": ("Helpdesk Plan", 6),
    "MG Advanced": ("Cybersecurity Retainer", 4),
    "GTX Pro": ("Managed Network", 4),
    "GTXPro": ("Managed Network", 4),
    "GTX Plus Pro": ("Cloud Migration", 5),
    "GTK 500": ("Data Centre Build", 5),
}
ACCOUNTS = {
    "Corporate": [
        "Raffles Quay Capital", "Changi Aero Parts", "Tanjong Pagar Freight",
        "Marina Shore Insurance", "Orchard Crest Hotels", "Pioneer Sector Logistics",
        "Tuas Marine Engineering", "Jurong Island Chemicals", "Shenton Way Legal",
        "Alexandra Point Bank", "Harbourfront Cruise Services", "Novena Medical Devices",
        "Kranji Food Industries", "Buona Vista Biotech",
    ],
    "EduHealth": [
        "Bedok Reservoir Primary School", "Clementi Heights Secondary School",
        "Yishun Grove Primary School", "Serangoon Garden Kindergarten",
        "Woodlands Ridge Junior College", "Punggol Waterway Primary School",
        "Pasir Ris Family Clinic", "Tampines Hub Dental Centre", "Ang Mo Kio Heartland Clinic",
        "Holland Village Physio", "Toa Payoh Eye Centre", "Bukit Batok Child Clinic",
        "Sengkang Medical Group", "Marine Parade Dialysis Centre",
    ],
    "SME": [
        "Geylang Serai Textiles", "Little India Spice Traders", "Katong Laksa House",
        "Joo Chiat Design Studio", "Kampong Glam Perfumery", "Boon Lay Auto Works",
        "Kallang Print Shop", "Ubi Tech Fabrication", "Sims Avenue Hardware",
        "Jalan Besar Kopitiam Group", "Chinatown Herbal Hall", "MacPherson Electrical Supplies",
        "Paya Lebar Travel Agency", "Bugis Bridal Boutique",
    ],
}


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
    keep = h(oid) % 2 == 1 or r["product"] == "GTK 500" or AGENTS[agent] == ARCHITECT
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 89
    names = ACCOUNTS[SEGMENT[seller]]
    account = names[idx % len(names)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 8, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 100)
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
    if product in ("Data Centre Build", "Cloud Migration"):
        typ = "project"
    elif product in ("Managed Network", "Cybersecurity Retainer", "Helpdesk Plan"):
        typ = ("renewal", "new", "upsell")[(x // 3) % 3]
    else:
        typ = "new" if (x // 3) % 2 == 0 else "upsell"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="SGD")
    if product == "Data Centre Build" and seller != ARCHITECT and stage in ("won", "cancelled"):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=ARCHITECT, split="0.4"))
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
                "target_incentive", "quota:cvc", "quota:rsi"])
    for sid, mgr, terr, role, start, end, ti, qc, qr in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, ti, qc, qr])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
