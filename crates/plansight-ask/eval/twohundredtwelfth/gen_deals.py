#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredtwelfth workspace (Sanjeevani Medisupply
Pvt Ltd, an invented Indian pharmaceutical and medical-device distributor selling to hospital
chains, pharmacy chains and clinics; plan year 1 April 2025 - 31 March 2026, INR, MONTHLY
payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id or the
order of the export; no clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Sanjeevani medical representatives (AGENTS below). Three in
  five of each agent's opportunities are kept (md5(id) mod 5 < 3), except: every GTK 500
  opportunity is kept (they become Patient Monitors), and every opportunity of Elease Gluck
  (re-cast as Farhan Qureshi, the Device Specialist) is kept.
- Dates: every Maven date moves forward by the same 2,953 days, so 1 March 2017 becomes
  1 April 2025 and 31 December 2017 becomes 31 January 2026. AS OF = 2025-12-12. A Won
  opportunity that now closes after it becomes an open deal ("PO awaited", probability 0.6); a
  Lost one dated after it becomes an open deal (probability 0.25). Engaging opportunities are
  open (probability 0.5) expected to close 1 December 2025 + (hash mod 80) days (some overdue
  at the as-of date); Prospecting ones (probability 0.2) 5 January 2026 + (hash mod 85) days.
- Amounts in INR, whole rupees: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    MG Special     -> OTC & Wellness               x 150   (drug line)
    GTX Basic      -> Generic Anti-infectives      x 120   (drug line)
    GTX Plus Basic -> Chronic Care Tablets         x 100   (drug line)
    GTX Pro        -> Oncology Injectables         x 60    (drug line)
    GTX Plus Pro   -> Critical Care Injectables    x 50    (drug line)
    MG Advanced    -> Infusion Pumps               x 60    (device line)
    GTK 500        -> Patient Monitors             x 50    (device line)
- Accounts: device lines go to one of 12 invented hospitals / hospital chains (Maven account
  index mod 12); drug lines go to one of the 30 invented accounts (12 hospitals, 9 pharmacy
  chains, 9 clinics; Maven account index mod 30). An opportunity with no account gets one by
  hash.
- Type: a hospital opportunity with hash mod 4 = 0 is a "tender" (a rate contract won by
  bidding); otherwise "listing" (a new listing: the first opportunity of that product at that
  account, in the export's order of engage date then id) or "repeat" (a repeat order).
- Splits (plan.md 3.4): a won or cancelled Patient Monitors deal of any rep but Farhan Qureshi is
  two lines with the same id: 75% to the rep and 25% to Farhan Qureshi.
- Cancellations ("PO bounces"): a won deal closed on or before 2025-11-30 with hash mod 25 = 0
  is cancelled, cancel_date = close + 5 + (hash mod 100) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 60 days of close are clawed back).
- Roster: Rahul Deshmukh (Key Account Manager) carries his own monthly Pharma Offtake quota;
  Farhan Qureshi (Device Specialist) his own quarterly Device Line quota and a larger target
  incentive. Pooja Malhotra joined on 2025-08-18 (her own deals before that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 12, 12)
SHIFT = dt.date(2025, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2025, 11, 30)

AGENTS = {
    "Darcel Schlecht": "Rahul Deshmukh",
    "Anna Snelling": "Priyanka Joshi",
    "Kary Hendrixson": "Aniket Patil",
    "Versie Hillebrand": "Sneha Gaikwad",
    "Cassey Cress": "Imran Shaikh",
    "Vicki Laflamme": "Venkatesh Iyer",
    "Zane Levy": "Divya Menon",
    "Gladys Colclough": "Karthik Subramanian",
    "Elease Gluck": "Farhan Qureshi",
    "Markita Hansen": "Anjali Nair",
    "Corliss Cosme": "Rahul Verma",
    "Jonathan Berthelot": "Mohit Chauhan",
    "Moses Frase": "Neha Aggarwal",
    "Reed Clapper": "Sandeep Yadav",
    "Garret Kinder": "Pooja Malhotra",
}
ROSTER = [
    # id, manager, territory, role, start_date, target_incentive, quota:offtake, quota:device
    ("Rahul Deshmukh", "Sanjay Kulkarni", "West", "Key Account Manager", "", "", "3600000.00", ""),
    ("Priyanka Joshi", "Sanjay Kulkarni", "West", "Medical Representative", "", "", "", ""),
    ("Aniket Patil", "Sanjay Kulkarni", "West", "Medical Representative", "", "", "", ""),
    ("Sneha Gaikwad", "Sanjay Kulkarni", "West", "Medical Representative", "", "", "", ""),
    ("Imran Shaikh", "Sanjay Kulkarni", "West", "Medical Representative", "", "", "", ""),
    ("Venkatesh Iyer", "Deepa Raghavan", "South", "Medical Representative", "", "", "", ""),
    ("Divya Menon", "Deepa Raghavan", "South", "Medical Representative", "", "", "", ""),
    ("Karthik Subramanian", "Deepa Raghavan", "South", "Medical Representative", "", "", "", ""),
    ("Farhan Qureshi", "Deepa Raghavan", "South", "Device Specialist", "", "800000.00", "", "4000000.00"),
    ("Anjali Nair", "Deepa Raghavan", "South", "Medical Representative", "", "", "", ""),
    ("Rahul Verma", "Gurpreet Bedi", "North", "Medical Representative", "", "", "", ""),
    ("Mohit Chauhan", "Gurpreet Bedi", "North", "Medical Representative", "", "", "", ""),
    ("Neha Aggarwal", "Gurpreet Bedi", "North", "Medical Representative", "", "", "", ""),
    ("Sandeep Yadav", "Gurpreet Bedi", "North", "Medical Representative", "", "", "", ""),
    ("Pooja Malhotra", "Gurpreet Bedi", "North", "Medical Representative", "2025-08-18", "", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "MG Special": ("OTC & Wellness", 150),
    "GTX Basic": ("Generic Anti-infectives", 120),
    "GTX Plus Basic": ("Chronic Care Tablets", 100),
    "GTX Pro": ("Oncology Injectables", 60),
    "GTXPro": ("Oncology Injectables", 60),
    "GTX Plus Pro": ("Critical Care Injectables", 50),
    "MG Advanced": ("Infusion Pumps", 60),
    "GTK 500": ("Patient Monitors", 50),
}
DEVICES = ("Infusion Pumps", "Patient Monitors")
HOSPITALS = [
    "Lotus Multispeciality Hospital", "Sahyadri Care Hospitals", "Arogya Heart Institute",
    "Dhanvantari Cancer Centre", "Suvidha Hospitals", "Kaveri Medical Centre",
    "Shree Ganesh Hospital", "Nightingale Mission Hospital", "Metro Hospitals Group",
    "Amrita Children's Hospital", "Narmada Kidney Hospital", "Sushrut Trauma Centre",
]
CHAINS = [
    "MedPlus Lite Pharmacies", "Wellness Mart", "Jan Seva Chemists", "Aushadhi Pharmacy Chain",
    "HealthKart Pharmacies", "Sanjivani Medicals", "Care & Cure Chemists",
    "Om Sai Pharma Stores", "Dawa Bazaar",
]
CLINICS = [
    "Dr. Mehta's Diabetes Clinic", "Sparsh Skin Clinic", "Nirmal Eye Clinic",
    "Bhagat Polyclinic", "Sunrise Dental Clinic", "Healing Touch Clinic",
    "Dr. Rao's Cardiac Clinic", "Little Steps Paediatric Clinic", "Anand Family Clinic",
]
ACCOUNTS = HOSPITALS + CHAINS + CLINICS


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
maven_accounts = sorted(r["account"] for r in read("accounts.csv"))
IDX = {a: i for i, a in enumerate(maven_accounts)}

pipeline = read("sales_pipeline.csv")
pipeline.sort(key=lambda r: (r["engage_date"] or "9999", r["opportunity_id"]))
seen = set()  # (account, product) pairs already opened, for listing vs repeat
rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    keep = h(oid) % 5 < 3 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 5
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product in DEVICES:
        account = HOSPITALS[idx % len(HOSPITALS)]
    else:
        account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2025, 12, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 1, 5) + dt.timedelta(days=x % 85)
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
    if account in HOSPITALS and (x // 3) % 4 == 0:
        typ = "tender"
    elif (account, product) in seen:
        typ = "repeat"
    else:
        typ = "listing"
    seen.add((account, product))
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=5 + (x // 11) % 100), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="INR")
    if product == "Patient Monitors" and seller != "Farhan Qureshi" and stage in ("won", "cancelled"):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller="Farhan Qureshi", split="0.25"))
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
                "target_incentive", "quota:offtake", "quota:device"])
    for sid, mgr, terr, role, start, ti, qo, qd in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", ti, qo, qd])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
