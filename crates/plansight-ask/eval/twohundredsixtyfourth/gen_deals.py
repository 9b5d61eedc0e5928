#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredsixtyfourth workspace (OjaPoint Financial
Services Limited, an invented Nigerian fintech: field agents and relationship managers sell POS
terminals, Mini POS readers, merchant accounts and business loans to traders and SMEs in Lagos,
Abuja and Port Harcourt; plan year = calendar 2026, naira, MONTHLY payouts).

Invented data, standard library only, deterministic: one random.Random with a fixed seed, no
clock. Running it twice writes the same bytes. Run: python3 gen_deals.py

- Roster: 18 sellers under 4 managers (ROSTER below). Field Agents carry the plan's quotas;
  Relationship Managers carry their own (a lower monthly Acquiring quota, a higher quarterly Loan
  quota) and a higher target incentive. Damilola Ogun joined on 2026-03-16; Ibrahim Musa left on
  2026-04-10 (no deals are made for anyone outside their active dates).
- Deals: for every seller and month from January to the as-of date (2026-05-22) a number of
  acquiring deals (POS Terminal, Mini POS, Merchant Account) and loans (Working Capital Loan,
  Asset Finance Loan), each won or lost ("japa"). Open deals ("cooking") close from 2026-05-06
  (a few overdue) to 2026-08-31 with probability 0.25, 0.5 or 0.75.
- Amounts in naira, whole: a POS Terminal deal is 1-5 terminals x the 12-month contract value of
  one; a Mini POS deal 1-3 readers; a Merchant Account its first-year fee commitment; a loan its
  disbursed principal.
- Types: "new" (a merchant new to OjaPoint), "repeat" (an existing merchant), "referral" (a
  "link-up": introduced by another merchant or a market association).
- Splits: an Asset Finance Loan won by a Field Agent whose team has a Relationship Manager is two
  lines with the same id, 60% to the agent and 40% to the team's RM (plan.md 3.4).
- Dormancy: about 6% of won acquiring deals and 3% of won loans are cancelled (the merchant went
  dormant / the loan was recalled), cancel_date = close + 20..160 days (drawn again, up to the as-of date, when that is later)
  (plan.md section 11: only those within 90 days of close are clawed back).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 5, 22)
YEAR_START = dt.date(2026, 1, 1)
rng = random.Random(20260264)

ROSTER = [
    # id, manager, territory, role, start, end, strength (acquiring), strength (loans)
    ("Chiamaka Eze", "Adebayo Ogunleye", "Lagos Mainland", "Field Agent", "", "", 1.30, 1.0),
    ("Tunde Bakare", "Adebayo Ogunleye", "Lagos Mainland", "Field Agent", "", "", 0.85, 0.7),
    ("Funmilayo Adeyemi", "Adebayo Ogunleye", "Lagos Mainland", "Field Agent", "", "", 1.05, 1.4),
    ("Ibrahim Musa", "Adebayo Ogunleye", "Lagos Mainland", "Field Agent", "", "2026-04-10", 0.75, 0.6),
    ("Kelechi Nwosu", "Adebayo Ogunleye", "Lagos Mainland", "Relationship Manager", "", "", 1.0, 1.25),
    ("Oluwaseun Ajayi", "Folake Adewale", "Lagos Island", "Field Agent", "", "", 1.55, 1.1),
    ("Emeka Obi", "Folake Adewale", "Lagos Island", "Field Agent", "", "", 0.95, 0.8),
    ("Bisola Lawal", "Folake Adewale", "Lagos Island", "Field Agent", "", "", 0.6, 0.5),
    ("Damilola Ogun", "Folake Adewale", "Lagos Island", "Field Agent", "2026-03-16", "", 0.8, 0.6),
    ("Ngozi Okafor", "Folake Adewale", "Lagos Island", "Relationship Manager", "", "", 1.2, 1.7),
    ("Musa Abdullahi", "Hauwa Bello", "Abuja", "Field Agent", "", "", 1.0, 0.9),
    ("Aisha Garba", "Hauwa Bello", "Abuja", "Field Agent", "", "", 1.15, 1.2),
    ("Chinedu Okeke", "Hauwa Bello", "Abuja", "Field Agent", "", "", 0.7, 0.7),
    ("Zainab Yusuf", "Hauwa Bello", "Abuja", "Relationship Manager", "", "", 0.9, 1.0),
    ("Ebiere Dagogo", "Tamuno Briggs", "Port Harcourt", "Field Agent", "", "", 1.1, 0.8),
    ("Emeka Uzor", "Tamuno Briggs", "Port Harcourt", "Field Agent", "", "", 0.9, 1.1),
    ("Boma George", "Tamuno Briggs", "Port Harcourt", "Field Agent", "", "", 0.65, 0.5),
    ("Blessing Amadi", "Tamuno Briggs", "Port Harcourt", "Relationship Manager", "", "", 0.8, 0.85),
]
RM_QUOTA_ACQ = "2500000.00"
RM_QUOTA_LOANS = "75000000.00"
RM_TI = "3600000.00"

ACCOUNTS = {
    "Lagos Mainland": [
        "Alaba Electronics Hub", "Computer Village Gadgets", "Oshodi Shoe Plaza",
        "Mama Nkechi Provisions", "Ikeja Mega Pharmacy", "Surulere Spare Parts", "Yaba Print Shop",
        "Mushin Aluminium Works", "Ketu Fresh Foods", "Ojota Building Materials",
        "Agege Bread Bakery", "Iya Basira Buka", "Ogba Motors", "Festac Cold Room",
    ],
    "Lagos Island": [
        "Balogun Fabrics", "Lekki Bukka", "Idumota Wholesale", "Victoria Island Salon",
        "Ajah Supermarket", "Obalende Suya Spot", "Marina Stationery", "Ikoyi Wine Cellar",
        "Jakande Furniture", "Oniru Fish Market", "Elegushi Beach Lounge", "Epe Poultry Farm",
        "Sangotedo Tiles", "Falomo Phone Accessories",
    ],
    "Abuja": [
        "Wuse Market Pharmacy", "Garki Fresh Foods", "Kubwa Building Materials", "Utako Motors",
        "Gwarinpa Bakery", "Nyanya Grains Depot", "Maitama Boutique", "Area 11 Electronics",
        "Zuba Fruit Market", "Lugbe Cement Depot", "Dutse Tailoring", "Jabi Lakeside Grill",
    ],
    "Port Harcourt": [
        "Trans-Amadi Auto Parts", "Mile 1 Cold Room", "Rumuokoro Supermarket", "Diobu Fish Depot",
        "Oil Mill Market Provisions", "GRA Phase 2 Lounge", "Eleme Junction Pharmacy",
        "Choba Print Hub", "Rumuola Bakery", "Woji Boutique", "Creek Road Hardware",
        "Borokiri Seafood",
    ],
}


def month_span(m):
    first = dt.date(2026, m, 1)
    nxt = dt.date(2026, m + 1, 1) if m < 12 else dt.date(2027, 1, 1)
    return first, nxt - dt.timedelta(days=1)


def pick_type(loan):
    x = rng.random()
    if loan:
        return "new" if x < 0.35 else ("repeat" if x < 0.8 else "referral")
    return "new" if x < 0.6 else ("repeat" if x < 0.85 else "referral")


def acquiring_deal(rm):
    x = rng.random()
    if x < 0.5:
        n = rng.choice([1, 1, 1, 2, 2, 3, 4, 5])
        return "POS Terminal", n * rng.choice([225000, 240000, 260000, 285000, 310000])
    if x < 0.72:
        n = rng.choice([1, 1, 2, 3])
        return "Mini POS", n * rng.choice([48000, 65000, 79000, 95000])
    return "Merchant Account", rng.randrange(30, 190) * 5000 * (2 if rm else 1)


def loan_deal(rm):
    if rng.random() < 0.55:
        lo, hi = (30, 220) if rm else (15, 90)
        return "Working Capital Loan", rng.randrange(lo, hi) * 100000
    lo, hi = (80, 350) if rm else (40, 180)
    return "Asset Finance Loan", rng.randrange(lo, hi) * 100000


used_ids = set()


def new_id():
    while True:
        i = "OJP-%05d" % rng.randrange(10000, 99999)
        if i not in used_ids:
            used_ids.add(i)
            return i


RM_OF = {}
for sid, mgr, terr, role, start, end, _, _ in ROSTER:
    if role == "Relationship Manager":
        RM_OF[mgr] = sid

rows = []
for sid, mgr, terr, role, start, end, s_acq, s_loan in ROSTER:
    rm = role == "Relationship Manager"
    first_day = dt.date.fromisoformat(start) if start else YEAR_START
    last_day = min(dt.date.fromisoformat(end), AS_OF) if end else AS_OF
    accounts = ACCOUNTS[terr]
    fav = rng.sample(accounts, 7)
    for m in range(1, 6):
        a, b = month_span(m)
        a, b = max(a, first_day), min(b, last_day)
        if a > b:
            continue
        frac = ((b - a).days + 1) / ((month_span(m)[1] - month_span(m)[0]).days + 1)
        mood = rng.uniform(0.65, 1.35)
        n_acq = round((3.4 if rm else 10.5) * s_acq * mood * frac + rng.uniform(-1, 1))
        n_loan = round((3.0 if rm else 1.4) * s_loan * rng.uniform(0.6, 1.4) * frac + rng.uniform(-0.5, 0.5))
        plan = [(False, acquiring_deal(rm)) for _ in range(max(0, n_acq))]
        plan += [(True, loan_deal(rm)) for _ in range(max(0, n_loan))]
        for loan, (product, amount) in plan:
            close = a + dt.timedelta(days=rng.randrange((b - a).days + 1))
            account = rng.choice(fav) if rng.random() < 0.7 else rng.choice(accounts)
            won = rng.random() < (0.68 if loan else 0.72)
            stage = "won" if won else "lost"
            typ = pick_type(loan)
            cancel = ""
            if won and close + dt.timedelta(days=20) <= AS_OF and rng.random() < (0.03 if loan else 0.06):
                stage = "cancelled"
                cancel = close + dt.timedelta(days=rng.randrange(20, 161))
                if cancel > AS_OF:
                    cancel = close + dt.timedelta(days=rng.randrange(20, (AS_OF - close).days + 1))
                cancel = cancel.isoformat()
            line = dict(id=new_id(), seller=sid, account=account, name=f"{account} {product}",
                        type=typ, product=product, amount=f"{amount}.00",
                        close_date=close.isoformat(), stage=stage, split="1", probability="",
                        cancel_date=cancel, currency="NGN")
            partner = RM_OF.get(mgr)
            if (product == "Asset Finance Loan" and not rm and partner
                    and stage in ("won", "cancelled")):
                line["split"] = "0.6"
                rows.append(line)
                rows.append(dict(line, seller=partner, split="0.4"))
            else:
                rows.append(line)
    # open pipeline ("cooking")
    if not end:
        n_open = rng.randrange(3, 7) + (2 if rm else 0)
        for _ in range(n_open):
            loan = rng.random() < (0.6 if rm else 0.3)
            product, amount = loan_deal(rm) if loan else acquiring_deal(rm)
            close = dt.date(2026, 5, 6) + dt.timedelta(days=rng.randrange(0, 118))
            account = rng.choice(fav) if rng.random() < 0.7 else rng.choice(accounts)
            rows.append(dict(id=new_id(), seller=sid, account=account,
                             name=f"{account} {product}", type=pick_type(loan), product=product,
                             amount=f"{amount}.00", close_date=close.isoformat(), stage="open",
                             split="1", probability=rng.choice(["0.25", "0.5", "0.5", "0.75"]),
                             cancel_date="", currency="NGN"))

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
                "target_incentive", "quota:acquiring", "quota:loans"])
    for sid, mgr, terr, role, start, end, _, _ in ROSTER:
        rm = role == "Relationship Manager"
        w.writerow([sid, sid, mgr, terr, role, start, end, RM_TI if rm else "",
                    RM_QUOTA_ACQ if rm else "", RM_QUOTA_LOANS if rm else ""])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
