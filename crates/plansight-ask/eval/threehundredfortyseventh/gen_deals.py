#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredfortyseventh workspace: Deccan Medilinks
Distributors Pvt Ltd, an invented Hyderabad pharmaceutical distributor (branded generics, the
Swasth OTC range, hospital tenders and ColdLink cold-chain vaccine supply to chemists, hospitals
and clinics across Telangana and Andhra Pradesh). Plan year = Indian financial year 1 April 2025
- 31 March 2026, INR, MONTHLY payouts. AS OF = 2026-01-27.

Invented data, NOT the Maven export. Standard library only; deterministic: every choice is an
md5 hash of a text key ("<seller>|<yyyy-mm>|<k>|<what>"); no clock, no random stream.
Run: python3 gen_deals.py (writes deals.csv and sellers.csv beside this file).

- Roster (ROSTER below): 15 field people under 3 Area Sales Managers. Medical Representatives
  (MR) sell mostly primary (chemist and stockist) orders; Key Account Executives (KAE) sell
  mostly hospital tenders and ColdLink vaccine supply. Lavanya Gupta joined 2025-08-18, Padmaja
  Naidu 2025-10-06; Naveen Goud left 2025-11-30. KAEs carry their own tender quota and target
  incentive; Sneha Kulkarni (Senior MR) her own primary quota.
- Opportunities: for every seller and every month of the plan year in which they are active,
  6 + (hash mod 7) opportunities (6-12), each on day 1 + (hash mod days in month), clipped to
  the seller's active dates. Product by a weighted hash choice (MR and KAE weights differ);
  amount uniform by hash inside the product's range, rounded to 10 rupees.
- Stage: closing on or before the as-of date: hash mod 100 < 66 won, else lost. A won deal
  closed on or before 2026-01-10 with (hash // 7) mod 17 = 0 is cancelled ("goods return"),
  cancel_date = close + 8 + (hash mod 140) days, at the latest the as-of date (plan.md 11: only
  returns within 90 days of close are clawed back). Closing after the as-of date: open, with
  probability 0.3, 0.5 or 0.7 by hash. Lost and open deals of leavers after they left are
  not generated.
- Type: Hospital Tender Supply: "renewal" (a rate-contract renewal) when hash mod 3 = 0, else
  "new"; every other product: "new" (a new counter) when hash mod 5 = 0, else "repeat".
- Accounts: each territory has its own chemists, clinics and hospitals; primary products go to
  chemists and clinics, tenders and ColdLink to hospitals and clinics (hash choice).
- Splits (plan.md 3.4): a won or cancelled tender or ColdLink deal of an MR with
  (hash // 13) mod 3 = 0 is two lines with the same id, 70% to the MR and 30% to the team's KAE.
- Ids: "HYD-" + a 5-digit counter from 20001 in generation order (seller, month, k).
"""
import calendar
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 1, 27)
PLAN_START, PLAN_END = dt.date(2025, 4, 1), dt.date(2026, 3, 31)
CANCEL_BY = dt.date(2026, 1, 10)

# id, manager, territory, role, start, end, target_incentive, quota:primary, quota:tender
ROSTER = [
    ("Arjun Rao", "Srinivas Reddy", "Hyderabad City", "MR", "", "", "", "", ""),
    ("Sneha Kulkarni", "Srinivas Reddy", "Hyderabad City", "Senior MR", "", "", "", "1000000.00", ""),
    ("Mohammed Irfan", "Srinivas Reddy", "Hyderabad City", "KAE", "", "", "450000.00", "250000.00", "5000000.00"),
    ("Ravi Teja Kondapalli", "Srinivas Reddy", "Hyderabad City", "MR", "", "", "", "", ""),
    ("Lavanya Gupta", "Srinivas Reddy", "Hyderabad City", "MR", "2025-08-18", "", "", "", ""),
    ("Ravi Kumar Gudla", "Farhana Begum", "Telangana Districts", "MR", "", "", "", "", ""),
    ("Swathi Reddy", "Farhana Begum", "Telangana Districts", "MR", "", "", "", "", ""),
    ("Naveen Goud", "Farhana Begum", "Telangana Districts", "MR", "", "2025-11-30", "", "", ""),
    ("Deepika Chowdary", "Farhana Begum", "Telangana Districts", "KAE", "", "", "450000.00", "250000.00", "5000000.00"),
    ("Abdul Sameer", "Farhana Begum", "Telangana Districts", "MR", "", "", "", "", ""),
    ("Harsha Vardhan", "Venkata Ramana Rao", "Andhra Pradesh", "MR", "", "", "", "", ""),
    ("Sai Prasanna Kota", "Venkata Ramana Rao", "Andhra Pradesh", "MR", "", "", "", "", ""),
    ("Kiran Kumar Yadav", "Venkata Ramana Rao", "Andhra Pradesh", "KAE", "", "", "450000.00", "250000.00", "5000000.00"),
    ("Bhavani Shankar", "Venkata Ramana Rao", "Andhra Pradesh", "MR", "", "", "", "", ""),
    ("Padmaja Naidu", "Venkata Ramana Rao", "Andhra Pradesh", "MR", "2025-10-06", "", "", "", ""),
]
KAE = {"Srinivas Reddy": "Mohammed Irfan", "Farhana Begum": "Deepika Chowdary",
       "Venkata Ramana Rao": "Kiran Kumar Yadav"}

# product: (low, high) in rupees
PRODUCTS = {
    "Cardiomed Branded Generics": (40000, 220000),
    "Antibiotix Branded Generics": (30000, 180000),
    "Swasth OTC Range": (15000, 95000),
    "Hospital Tender Supply": (150000, 900000),
    "ColdLink Vaccine Supply": (80000, 450000),
}
WEIGHTS = {
    "MR": [("Cardiomed Branded Generics", 30), ("Antibiotix Branded Generics", 26),
           ("Swasth OTC Range", 26), ("Hospital Tender Supply", 6), ("ColdLink Vaccine Supply", 6)],
    "KAE": [("Cardiomed Branded Generics", 12), ("Antibiotix Branded Generics", 10),
            ("Swasth OTC Range", 6), ("Hospital Tender Supply", 44), ("ColdLink Vaccine Supply", 28)],
}
CHEMISTS = {
    "Hyderabad City": ["Sri Sai Medical Hall Kukatpally", "Balaji Pharma Ameerpet",
                       "Charminar Chemists", "Lakshmi Medicals Dilsukhnagar",
                       "Hitech Pharmacy Madhapur", "Noor Medical Stores Tolichowki",
                       "Venkateshwara Medicals Secunderabad", "Banjara Wellness Pharmacy"],
    "Telangana Districts": ["Kakatiya Medicals Warangal", "Godavari Pharma Karimnagar",
                            "Indur Medical Hall Nizamabad", "Sri Rama Chemists Khammam",
                            "Nalgonda Medical Agencies", "Mahabubnagar Drug House",
                            "Siddipet Health Mart"],
    "Andhra Pradesh": ["Krishna Medicals Vijayawada", "Vizag Pharma Distributors",
                       "Guntur Chilli Market Medicals", "Tirumala Chemists Tirupati",
                       "Nellore Medical Agencies", "Kakinada Port Pharmacy",
                       "Rajahmundry Sri Durga Medicals"],
}
CLINICS = {
    "Hyderabad City": ["Care Well Clinic Kondapur", "Little Steps Children's Clinic",
                       "Sunrise Diabetes Centre"],
    "Telangana Districts": ["Warangal Family Clinic", "Karimnagar Diabetes Care"],
    "Andhra Pradesh": ["Amaravati Heart Clinic", "Vizag Mother & Child Clinic"],
}
HOSPITALS = {
    "Hyderabad City": ["Nizam Multispeciality Hospital", "Deccan Heart Institute",
                       "Government General Hospital Osmangunj", "Secunderabad Railway Hospital"],
    "Telangana Districts": ["District Hospital Warangal", "Kakatiya Superspeciality Karimnagar",
                            "Area Hospital Siddipet"],
    "Andhra Pradesh": ["Government General Hospital Guntur", "Visakha Institute of Medical Care",
                       "Area Hospital Tenali", "Tirupati Children's Hospital"],
}
TENDER = ("Hospital Tender Supply", "ColdLink Vaccine Supply")


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def pick(options, key):
    total = sum(w for _, w in options)
    x = h(key) % total
    for name, w in options:
        if x < w:
            return name
        x -= w
    raise AssertionError


def months():
    y, m = 2025, 4
    while (y, m) <= (2026, 3):
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


rows = []
counter = 20001
for sid, mgr, terr, role, start, end, ti, qp, qt in ROSTER:
    kind = "KAE" if role == "KAE" else "MR"
    s = dt.date.fromisoformat(start) if start else PLAN_START
    e = dt.date.fromisoformat(end) if end else PLAN_END
    for y, m in months():
        ym = f"{y}-{m:02d}"
        ndays = calendar.monthrange(y, m)[1]
        n = 6 + h(f"{sid}|{ym}|n") % 7
        for k in range(n):
            key = f"{sid}|{ym}|{k}"
            x = h(key)
            close = dt.date(y, m, 1 + x % ndays)
            if close < s or close > e:
                continue
            product = pick(WEIGHTS[kind], key + "|product")
            lo, hi = PRODUCTS[product]
            amount = lo + (h(key + "|amount") % (hi - lo)) // 10 * 10
            if product in TENDER:
                pool = HOSPITALS[terr] + CLINICS[terr]
                typ = ("renewal" if x % 3 == 0 else "new") if product == "Hospital Tender Supply" \
                    else ("new" if x % 5 == 0 else "repeat")
            else:
                pool = CHEMISTS[terr] + CLINICS[terr]
                typ = "new" if x % 5 == 0 else "repeat"
            account = pool[h(key + "|account") % len(pool)]
            prob, cancel = "", ""
            if close <= AS_OF:
                stage = "won" if h(key + "|stage") % 100 < 66 else "lost"
                if stage == "won" and close <= CANCEL_BY and (x // 7) % 17 == 0:
                    stage = "cancelled"
                    cancel = min(close + dt.timedelta(days=8 + (x // 11) % 140), AS_OF).isoformat()
            else:
                stage = "open"
                prob = ("0.3", "0.5", "0.7")[h(key + "|prob") % 3]
            line = dict(id=f"HYD-{counter}", seller=sid, account=account,
                        name=f"{account} {product}", type=typ, product=product,
                        amount=f"{amount}.00", close_date=close.isoformat(), stage=stage,
                        split="1", probability=prob, cancel_date=cancel, currency="INR")
            counter += 1
            if (kind == "MR" and product in TENDER and stage in ("won", "cancelled")
                    and (x // 13) % 3 == 0):
                line["split"] = "0.7"
                rows.append(line)
                rows.append(dict(line, seller=KAE[mgr], split="0.3"))
            else:
                rows.append(line)

rows.sort(key=lambda r: (r["seller"], r["close_date"], r["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "target_incentive", "quota:primary", "quota:tender"])
    for r in ROSTER:
        w.writerow([r[0], r[0]] + list(r[1:]))
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
