#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredtwentysixth workspace (Vetana Cloud Pvt
Ltd, an invented Bengaluru B2B HR and payroll SaaS company selling to mid-size Indian firms;
plan year 1 April 2025 - 31 March 2026, the Indian financial year, INR, MONTHLY payouts).
Synthetic: no outside data. Standard library only; deterministic (every choice is an md5 hash of
a key made of the seller's name and the opportunity's number; no clock, no random stream).
Run: python3 gen_deals.py

- 16 Account Executives under 3 zonal managers (ROSTER). Each AE has PROFILE[name] = (number of
  opportunities in the year, win rate %, deal size %, product mix). Opportunity k of an AE gets
  x = md5("<name>|<k>"): its expected close date is the plan year's first day + x mod 365 days
  (from the start date for the joiner, up to the last day for the leaver).
- Stage: closing on or before AS OF (2025-12-12): won when (x // 101) mod 100 < win rate, else
  lost; except that one in five of those closing in the 40 days up to AS OF is still open (an
  overdue proposal, probability 0.5). Closing after AS OF: open, probability 0.2 / 0.3 / 0.5 /
  0.7 / 0.8 by hash.
- Product by the AE's mix (hash mod 100 over cumulative weights). Amount in INR = list price x
  deal size % x (70 + (x // 7) mod 70) / 100, rounded to Rs 1,000 (Rs 500 for Implementation
  Services). List prices (ACV, or the services fee): Payroll Core 4,80,000; Enterprise Payroll
  15,00,000; Compliance Shield 2,80,000; Attendance & Leave 1,50,000; Expense Claims 1,20,000;
  Appraisal Suite 2,40,000; Implementation Services 90,000.
- Type: Implementation Services orders are "new"; Enterprise Payroll is "new" or "migration"
  (hash); others: "new" 50%, "upsell" 32%, "migration" 18% (hash mod 100).
- Accounts: each AE has a book of 18 accounts out of ACCOUNTS (offset by the AE's place on the
  roster), picked by hash; an account may therefore appear for two neighbouring AEs.
- Splits (plan.md 3.4): a won or cancelled Enterprise Payroll deal of a North or West AE is two
  lines with the same id: 75% to the AE and 25% to Karthik Subramanian (the Enterprise AE, the
  "enterprise overlay"). Gaurav Bansal's won or cancelled deals closing on or after Aditya
  Verma's start with (x // 13) mod 5 = 0 are "buddy" deals, 50% / 50% with Aditya Verma.
- Backouts (cancellations): a won deal with (x // 17) mod 15 = 0 whose backout date, close + 12 +
  (x // 19) mod 140 days, is on or before AS OF is cancelled on that date (plan.md 11: only
  backouts within 90 days of close are clawed back).
- Roster: Aditya Verma joined on 2025-08-18 (prorated Q2 quota); Farhan Shaikh left on
  2025-10-31 (prorated Q3 quota; nothing of his closes after it). Karthik Subramanian (Enterprise
  AE) and Pooja Patil (SMB AE) carry their own quotas. Two AEs are called Rohit.
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2025, 4, 1)
END = dt.date(2026, 3, 31)
AS_OF = dt.date(2025, 12, 12)

# id (full name), manager, territory, role, start_date, end_date, quota:platform_acv, quota:hrms_suite
ROSTER = [
    ("Karthik Subramanian", "Deepa Raghavan", "South", "Enterprise AE", "", "", "9000000.00", ""),
    ("Ananya Rao", "Deepa Raghavan", "South", "Account Executive", "", "", "", ""),
    ("Rohit Menon", "Deepa Raghavan", "South", "Account Executive", "", "", "", ""),
    ("Priyanka Reddy", "Deepa Raghavan", "South", "Account Executive", "", "", "", ""),
    ("Lakshmi Narayanan", "Deepa Raghavan", "South", "Account Executive", "", "", "", ""),
    ("Rohit Sharma", "Vikram Malhotra", "North", "Account Executive", "", "", "", ""),
    ("Neha Kapoor", "Vikram Malhotra", "North", "Account Executive", "", "", "", ""),
    ("Gaurav Bansal", "Vikram Malhotra", "North", "Senior AE", "", "", "", ""),
    ("Simran Kaur", "Vikram Malhotra", "North", "Account Executive", "", "", "", ""),
    ("Aditya Verma", "Vikram Malhotra", "North", "Account Executive", "2025-08-18", "", "", ""),
    ("Snehal Joshi", "Sameer Kulkarni", "West", "Account Executive", "", "", "", ""),
    ("Tanmay Deshpande", "Sameer Kulkarni", "West", "Account Executive", "", "", "", ""),
    ("Farhan Shaikh", "Sameer Kulkarni", "West", "Account Executive", "", "2025-10-31", "", ""),
    ("Pooja Patil", "Sameer Kulkarni", "West", "SMB AE", "", "", "2500000.00", "2000000.00"),
    ("Mehul Shah", "Sameer Kulkarni", "West", "Account Executive", "", "", "", ""),
    ("Nikhil Jain", "Sameer Kulkarni", "West", "Account Executive", "", "", "", ""),
]

PRICE = {
    "Payroll Core": 480000,
    "Enterprise Payroll": 1500000,
    "Compliance Shield": 280000,
    "Attendance & Leave": 150000,
    "Expense Claims": 120000,
    "Appraisal Suite": 240000,
    "Implementation Services": 90000,
}
PRODUCTS = list(PRICE)
MIX = {
    #            core ent  cs  a&l exp appr impl
    "standard":   (29, 4, 13, 16, 11, 12, 15),
    "enterprise": (20, 30, 15, 8, 7, 8, 12),
    "smb":        (35, 0, 10, 20, 15, 8, 12),
}
# number of opportunities, win rate %, deal size %, mix
PROFILE = {
    "Karthik Subramanian": (70, 55, 110, "enterprise"),
    "Ananya Rao": (110, 62, 105, "standard"),
    "Rohit Menon": (95, 50, 110, "standard"),
    "Priyanka Reddy": (85, 45, 90, "standard"),
    "Lakshmi Narayanan": (100, 58, 100, "standard"),
    "Rohit Sharma": (105, 60, 110, "standard"),
    "Neha Kapoor": (90, 52, 100, "standard"),
    "Gaurav Bansal": (115, 64, 115, "standard"),
    "Simran Kaur": (80, 42, 85, "standard"),
    "Aditya Verma": (70, 48, 90, "standard"),
    "Snehal Joshi": (100, 55, 100, "standard"),
    "Tanmay Deshpande": (90, 50, 95, "standard"),
    "Farhan Shaikh": (70, 55, 100, "standard"),
    "Pooja Patil": (120, 60, 45, "smb"),
    "Mehul Shah": (95, 53, 105, "standard"),
    "Nikhil Jain": (75, 38, 80, "standard"),
}
ACCOUNTS = [
    "Shreeji Textiles", "Malabar Spice Exports", "Kaveri Auto Components", "Deccan Pharma Labs",
    "Sahyadri Logistics", "Brindavan Foods", "Konkan Cashew Co", "Nilgiri Tea Estates",
    "Kaveri Hospitals", "Tungabhadra Steel", "Vrindavan Dairy", "Coromandel Packaging",
    "Hampi Heritage Hotels", "Mysore Silk House", "Godavari Agro", "Arcot Precision Tools",
    "Chettinad Cements", "Palghat Polymers", "Udupi Hospitality Group", "Marine Drive Realty",
    "Thane Garments", "Nashik Vineyards", "Kolhapur Forge", "Aurangabad Auto Ancillaries",
    "Surat Diamond Works", "Vapi Chemicals", "Rajkot Engineering", "Indore Namkeen Co",
    "Bhopal Biotech", "Jaipur Gems Collective", "Ludhiana Hosiery", "Panipat Handlooms",
    "Noida Electronics", "Gurugram Fintech Labs", "Faridabad Castings", "Dehradun Schools Trust",
    "Chandigarh Diagnostics", "Amritsar Rice Mills", "Kanpur Leather", "Lucknow Chikan Emporium",
    "Varanasi Silk Weavers", "Patna Polytechnic Society", "Guwahati Tea Traders",
    "Bhubaneswar Minerals", "Vizag Shipyard Services", "Warangal Cotton", "Hosur Motors",
    "Coimbatore Pumps", "Madurai Meenakshi Hospitals", "Trichy Boilers", "Kochi Marine Foods",
    "Manipal Edutech", "Mangalore Tiles", "Hubli Agri Implements", "Belgaum Foundry",
    "Whitefield BPO Services", "Electronic City Semicon", "Peenya Industrial Gases",
    "Yeshwantpur Pharma Distributors", "HSR Layout Clinics",
]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def d(s):
    return dt.date.fromisoformat(s) if s else None


rows = []
serial = 0
for place, (name, mgr, terr, role, start_s, end_s, _q1, _q2) in enumerate(ROSTER):
    n, win, size, mix = PROFILE[name]
    first = d(start_s) or START
    last = d(end_s) or END
    span = (last - first).days + 1
    weights = MIX[mix]
    for k in range(n):
        x = h(f"{name}|{k}")
        serial += 1
        close = first + dt.timedelta(days=x % span)
        # product
        p = (x // 3) % 100
        acc = 0
        product = PRODUCTS[-1]
        for prod, wgt in zip(PRODUCTS, weights):
            acc += wgt
            if p < acc:
                product = prod
                break
        unit = 500 if product == "Implementation Services" else 1000
        raw = PRICE[product] * size * (70 + (x // 7) % 70) / 10000
        amount = int(round(raw / unit)) * unit
        # type
        t = (x // 23) % 100
        if product == "Implementation Services":
            typ = "new"
        elif product == "Enterprise Payroll":
            typ = "migration" if t % 2 else "new"
        elif t < 50:
            typ = "new"
        elif t < 82:
            typ = "upsell"
        else:
            typ = "migration"
        account = ACCOUNTS[(place * 4 + (x // 29) % 18) % len(ACCOUNTS)]
        # stage
        prob, cancel = "", ""
        if close <= AS_OF:
            if (AS_OF - close).days <= 40 and (x // 31) % 5 == 0:
                stage, prob = "open", "0.5"
            elif (x // 101) % 100 < win:
                stage = "won"
            else:
                stage = "lost"
        else:
            stage = "open"
            prob = ("0.2", "0.3", "0.5", "0.7", "0.8")[(x // 37) % 5]
        backout = close + dt.timedelta(days=12 + (x // 19) % 140)
        if stage == "won" and backout <= AS_OF and (x // 17) % 15 == 0:
            stage = "cancelled"
            cancel = backout.isoformat()
        did = f"OPP-{24000 + serial * 3 + x % 3}"
        line = dict(id=did, seller=name, account=account, name=f"{account} - {product}",
                    type=typ, product=product, amount=f"{amount}.00",
                    close_date=close.isoformat(), stage=stage, split="1",
                    probability=prob, cancel_date=cancel, currency="INR")
        partner = None
        if (product == "Enterprise Payroll" and terr in ("North", "West")
                and stage in ("won", "cancelled")):
            partner, share = "Karthik Subramanian", ("0.75", "0.25")
        elif (name == "Gaurav Bansal" and stage in ("won", "cancelled")
              and close >= dt.date(2025, 8, 18) and (x // 13) % 5 == 0):
            partner, share = "Aditya Verma", ("0.5", "0.5")
        if partner:
            line["split"] = share[0]
            rows.append(line)
            rows.append(dict(line, seller=partner, split=share[1]))
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
                "quota:platform_acv", "quota:hrms_suite"])
    for sid, mgr, terr, role, start_s, end_s, q1, q2 in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start_s, end_s, q1, q2])
print(len(rows), "deal lines;",
      {s: sum(1 for r in rows if r["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
