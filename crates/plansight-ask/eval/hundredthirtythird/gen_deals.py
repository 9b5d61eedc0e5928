#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredthirtythird workspace (Sahyadri Agro Equipment
Pvt Ltd, an invented Indian distributor of irrigation and farm equipment, head office Pune;
plan year 1 April 2026 - 31 March 2027, the Indian financial year FY 2026-27, INR, MONTHLY
payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Sahyadri account managers (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they become
  Polyhouse Projects), and every opportunity of Elease Gluck (re-cast as Arjun Hegde, the
  Projects Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 April 2026 and 31 December 2017 becomes 31 January 2027. AS OF = 2026-12-16. A Won
  opportunity that now closes after it becomes an open enquiry (probability 0.6); a Lost one
  dated after it becomes an open enquiry (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 December 2026 + (hash mod 75) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 4 January 2027 + (hash mod 80) days.
- Amounts in INR, whole rupees: close value x the product's factor (won); lost and open
  enquiries carry the product's list price x the factor.
    MG Special     -> Spares Kit                    x 40
    GTX Basic      -> Sprinkler Set                 x 40
    GTX Plus Basic -> Drip Irrigation Kit           x 60
    MG Advanced    -> Annual Maintenance Contract   x 12
    GTX Pro        -> Surya Solar Pump              x 50
    GTX Plus Pro   -> Surya Pro Solar Pump          x 60
    GTK 500        -> Polyhouse Project             x 60
- Accounts: Polyhouse Projects go to one of 14 invented institutions (FPOs, co-operatives,
  agri companies; Maven account index mod 14); every other opportunity goes to one of 26
  invented farms and growers or, when the Maven account index mod 4 = 0, to an institution.
  An opportunity with no account gets one by hash.
- Type: Annual Maintenance Contract = "renewal" (hash mod 4 != 0; an AMC renewed for another
  year) or "new" (a first AMC); Spares Kit = "repeat"; other products hash mod 3 = 0 = "repeat"
  (an existing customer), the rest "new" (a first-time customer).
- Splits (plan.md 3.4): a won or cancelled Polyhouse Project of any account manager but Arjun
  Hegde is two lines with the same id: 60% to the account manager, 40% to Arjun Hegde, who
  designs and engineers it. Rohan Kulkarni's deals closing on or after Vikram Pawar's start
  with hash mod 6 = 0 are "buddy" deals, two lines 50% / 50% with Vikram Pawar.
- Cancellations: a won deal closed on or before 2026-12-01 with hash mod 23 = 0 is cancelled,
  cancel_date = close + 9 + (hash mod 130) days, at the latest the as-of date (plan.md section
  11: only cancellations within 90 days of close are clawed back).
- Roster: Rohan Kulkarni (Senior Account Manager) and Arjun Hegde (Projects Specialist) carry
  their own quarterly Equipment quota. Vikram Pawar joined on 2026-08-17 (his own deals before
  that date are dropped).
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
    "Darcel Schlecht": "Rohan Kulkarni",
    "Anna Snelling": "Sneha Patil",
    "Cassey Cress": "Amit Jadhav",
    "Violet Mclelland": "Pooja Shinde",
    "Wilburn Farren": "Vikram Pawar",
    "Elease Gluck": "Arjun Hegde",
    "Rosalina Dieter": "Divya Shetty",
    "Kary Hendrixson": "Manjunath Gowda",
    "Reed Clapper": "Lakshmi Narayan",
    "Hayden Neloms": "Kiran Rao",
    "Markita Hansen": "Jignesh Shah",
    "Zane Levy": "Priya Mehta",
    "Donn Cantrell": "Hardik Desai",
    "Boris Faz": "Nikita Joshi",
    "Vicki Laflamme": "Amit Parmar",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:equipment
    ("Rohan Kulkarni", "Sunil Deshpande", "Maharashtra", "Senior Account Manager", "", "Q_SENIOR"),
    ("Sneha Patil", "Sunil Deshpande", "Maharashtra", "Account Manager", "", ""),
    ("Amit Jadhav", "Sunil Deshpande", "Maharashtra", "Account Manager", "", ""),
    ("Pooja Shinde", "Sunil Deshpande", "Maharashtra", "Account Manager", "", ""),
    ("Vikram Pawar", "Sunil Deshpande", "Maharashtra", "Account Manager", "2026-08-17", ""),
    ("Arjun Hegde", "Kavitha Reddy", "Karnataka", "Projects Specialist", "", "Q_PROJECTS"),
    ("Divya Shetty", "Kavitha Reddy", "Karnataka", "Account Manager", "", ""),
    ("Manjunath Gowda", "Kavitha Reddy", "Karnataka", "Account Manager", "", ""),
    ("Lakshmi Narayan", "Kavitha Reddy", "Karnataka", "Account Manager", "", ""),
    ("Kiran Rao", "Kavitha Reddy", "Karnataka", "Account Manager", "", ""),
    ("Jignesh Shah", "Hemant Patel", "Gujarat", "Account Manager", "", ""),
    ("Priya Mehta", "Hemant Patel", "Gujarat", "Account Manager", "", ""),
    ("Hardik Desai", "Hemant Patel", "Gujarat", "Account Manager", "", ""),
    ("Nikita Joshi", "Hemant Patel", "Gujarat", "Account Manager", "", ""),
    ("Amit Parmar", "Hemant Patel", "Gujarat", "Account Manager", "", ""),
]
QUOTA = {"Q_SENIOR": "6000000.00", "Q_PROJECTS": "4000000.00"}
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Spares Kit", 40),
    "GTX Basic": ("Sprinkler Set", 40),
    "GTX Plus Basic": ("Drip Irrigation Kit", 60),
    "MG Advanced": ("Annual Maintenance Contract", 12),
    "GTX Pro": ("Surya Solar Pump", 50),
    "GTXPro": ("Surya Solar Pump", 50),
    "GTX Plus Pro": ("Surya Pro Solar Pump", 60),
    "GTK 500": ("Polyhouse Project", 60),
}
FARMS = [
    "Jagtap Farms", "Bhosale Orchards", "Gaikwad Grapes", "Kale Dairy Farm",
    "Mane Sugarcane Estate", "Waghmare Nursery", "Dhumal Pomegranate Farm", "Naik Coconut Grove",
    "Hiremath Arecanut Estate", "Chavan Vineyards", "Vasava Cotton Farm", "Chaudhary Groundnut Farm",
    "Solanki Mango Orchard", "Rathod Banana Plantation", "Jadeja Cumin Farm", "Bagal Turmeric Farm",
    "Chikmagalur Coffee Estate", "Guntur Chilli Farm", "Kamath Cashew Farm", "Pujari Jowar Farm",
    "Thakor Castor Farm", "Vaghela Dairy", "Lasalgaon Onion Farm", "Salunkhe Strawberry Farm",
    "Sirsi Pepper Estate", "Bharwad Fodder Farm",
]
INSTITUTIONS = [
    "Baramati Grape Growers FPO", "Nashik Onion Producers Co", "Malaprabha Sugar Co-op",
    "Dharwad Agri Ventures", "Anand Milk Union", "Kutch Date Palm Co-op",
    "Junagadh Groundnut FPO", "Shivneri Floriculture", "Mysuru Silk Farmers Society",
    "Saurashtra Agro Exports", "Hubballi Horticulture Hub", "Sangli Turmeric Traders",
    "Belagavi Seeds Pvt Ltd", "Amreli Organic Collective",
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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product == "Polyhouse Project" or idx % 4 == 0:
        account = INSTITUTIONS[idx % len(INSTITUTIONS)]
    else:
        account = FARMS[idx % len(FARMS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 12, 1) + dt.timedelta(days=x % 75)
            prob = "0.5"
        else:
            close = dt.date(2027, 1, 4) + dt.timedelta(days=x % 80)
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
    if product == "Annual Maintenance Contract":
        typ = "renewal" if x % 4 != 0 else "new"
    elif product == "Spares Kit":
        typ = "repeat"
    elif (x // 3) % 3 == 0:
        typ = "repeat"
    else:
        typ = "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 23 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=9 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="INR")
    partner = None
    if product == "Polyhouse Project" and seller != "Arjun Hegde" and stage in ("won", "cancelled"):
        partner, share = "Arjun Hegde", ("0.6", "0.4")
    elif (seller == "Rohan Kulkarni" and stage in ("won", "cancelled") and (x // 13) % 6 == 0
          and close >= dt.date.fromisoformat(START["Vikram Pawar"])):
        partner, share = "Vikram Pawar", ("0.5", "0.5")
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
