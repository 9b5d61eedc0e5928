#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredeightyseventh workspace: Eko Crest Bank
Plc, an invented Lagos commercial bank, and the SME Banking relationship managers (RMs) of its
three Lagos clusters (Ikeja, Victoria Island, Apapa), who sell SME loans, business current and
domiciliary accounts, and POS terminals. Plan year 1 January - 31 December 2025, naira (NGN),
QUARTERLY payouts. Standard library only; deterministic (one random.Random with a fixed seed;
no clock). Run: python3 gen_deals.py

- Products (plan.md 3.6): loans ("risk assets") SME Term Loan, Working Capital Overdraft,
  Asset Finance, LPO Finance; deposits ("CASA") Business Current Account, Domiciliary Account;
  merchant acquiring: POS Terminal. A loan's amount is the facility booked (disbursed), an
  account's the deposit balance mobilised in its first 30 days, a POS terminal's the
  merchant's committed monthly throughput.
- Deal types: "ntb" (new to bank: a customer who has never banked with Eko Crest) and "etb"
  (existing to bank).
- Each RM has a strength; every week of the year they work opportunities of each product
  line. Won deals close from 1 January 2025 up to the as-of date (2025-11-21); lost deals
  ("dead deals") too; opportunities still being worked are open, expected 24 November 2025 -
  28 February 2026, probability 0.7 ("at credit committee") or 0.3 ("KIV").
- Splits (plan.md 3.4): every won or reversed Asset Finance deal of an RM other than the Asset
  Finance Specialist (Segun Bakare) is two lines with the same id, 75% to the RM, 25% to him.
- Reversals: about one won deal in 16 closed by 2025-11-07 is cancelled ("reversed"),
  cancel_date 8-160 days after close, at the latest the as-of date; only those within 90 days
  are clawed back (plan.md section 11).
- Roster: Ngozi Umeh (Senior RM) and Segun Bakare (Asset Finance Specialist) carry their own
  quarterly Risk Assets quota. Kelechi Nwosu joined on 2025-07-14; Yetunde Alabi left on
  2025-09-30.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 11, 21)
YEAR_START = dt.date(2025, 1, 1)
rng = random.Random(287)

ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:risk_assets, strength
    ("Babatunde Adeyemi", "Adaeze Okonkwo", "Ikeja", "Relationship Manager", "", "", "", 1.25),
    ("Chiamaka Eze", "Adaeze Okonkwo", "Ikeja", "Relationship Manager", "", "", "", 0.95),
    ("Ifeanyi Obi", "Adaeze Okonkwo", "Ikeja", "Relationship Manager", "", "", "", 0.6),
    ("Funmilayo Ogunleye", "Adaeze Okonkwo", "Ikeja", "Relationship Manager", "", "", "", 1.45),
    ("Musa Abdullahi", "Adaeze Okonkwo", "Ikeja", "Relationship Manager", "", "", "", 0.8),
    ("Kelechi Nwosu", "Adaeze Okonkwo", "Ikeja", "Relationship Manager", "2025-07-14", "", "", 0.75),
    ("Ngozi Umeh", "Olumide Bankole", "Victoria Island", "Senior Relationship Manager", "", "",
     "250000000.00", 1.9),
    ("Oluwaseun Adebayo", "Olumide Bankole", "Victoria Island", "Relationship Manager", "", "", "", 1.1),
    ("Emeka Chukwu", "Olumide Bankole", "Victoria Island", "Relationship Manager", "", "", "", 0.7),
    ("Halima Bello", "Olumide Bankole", "Victoria Island", "Relationship Manager", "", "", "", 1.0),
    ("Tobi Fashola", "Olumide Bankole", "Victoria Island", "Relationship Manager", "", "", "", 0.85),
    ("Yetunde Alabi", "Olumide Bankole", "Victoria Island", "Relationship Manager", "", "2025-09-30",
     "", 0.9),
    ("Chinedu Okafor", "Ibrahim Garba", "Apapa", "Relationship Manager", "", "", "", 1.15),
    ("Aisha Mohammed", "Ibrahim Garba", "Apapa", "Relationship Manager", "", "", "", 0.9),
    ("Damilola Ojo", "Ibrahim Garba", "Apapa", "Relationship Manager", "", "", "", 1.3),
    ("Emeka Nnadi", "Ibrahim Garba", "Apapa", "Relationship Manager", "", "", "", 0.65),
    ("Temitope Akinwale", "Ibrahim Garba", "Apapa", "Relationship Manager", "", "", "", 1.05),
    ("Segun Bakare", "Ibrahim Garba", "Apapa", "Asset Finance Specialist", "", "", "200000000.00", 0.8),
]
SPECIALIST = "Segun Bakare"

# product: (weekly chance of a won deal per unit of strength, min, max, step in naira)
PRODUCTS = {
    "SME Term Loan": (0.12, 10_000_000, 95_000_000, 500_000),
    "Working Capital Overdraft": (0.16, 5_000_000, 45_000_000, 250_000),
    "Asset Finance": (0.05, 15_000_000, 80_000_000, 500_000),
    "LPO Finance": (0.10, 3_000_000, 30_000_000, 100_000),
    "Business Current Account": (0.30, 2_000_000, 35_000_000, 50_000),
    "Domiciliary Account": (0.10, 5_000_000, 60_000_000, 100_000),
    "POS Terminal": (0.22, 800_000, 9_000_000, 50_000),
}
SPECIALIST_PRODUCTS = {"Asset Finance": (0.22, 20_000_000, 90_000_000, 500_000)}

ACCOUNTS = [
    "Adeola Pharmacy Ltd", "Balogun Textiles", "Alaba Electronics Hub", "Oshodi Auto Spares",
    "Ikorodu Block Industries", "Yaba Tech Hub Ltd", "Jollof Republic Restaurants",
    "Mile 12 Foodstuff Ventures", "Ebute Metta Cold Room", "Agege Bread Bakery",
    "Mushin Printing Press", "Surulere Medical Stores", "Tin Can Clearing & Forwarding",
    "Computer Village Gadgets", "Trade Fair Fabrics", "Idumota Cosmetics", "Festac Table Water",
    "Gbagada Diagnostics", "Ajah Furniture Works", "Ketu Poultry Farms", "Ojota Tiles Depot",
    "Maryland Mini Mart", "Ilupeju Plastics", "Oregun Packaging", "Amuwo Fish Farms",
    "Lekki Event Centre", "Ikoyi Salon & Spa", "Magodo Schools Ltd", "Obalende Suya Spot",
    "Bariga Fashion House", "Palmgrove Hospital", "Ogba Rice Mill", "Apapa Haulage Co",
    "Kirikiri Steel Works", "Costain Building Materials", "Isolo Shoe Makers",
    "Egbeda Gas Plant", "Ikotun Laundry Services", "Sango Cement Dealers", "Agbara Detergents",
    "Berger Paints Depot", "Ojuelegba Phone Accessories", "Iyana Ipaja Motor Parks Ltd",
    "Olowu Street Pharmacy", "Adeniran Logistics", "Chinwe & Sons Provisions",
    "Mama Nkechi Kitchen", "Alhaji Sule Grains", "Kunle Ade Motors", "Nkem Fabrics Palace",
]


def amount(lo, hi, step):
    n = rng.randint(lo // step, hi // step)
    return n * step


def d(s):
    return dt.date.fromisoformat(s) if s else None


rows = []
seq = 40000
for sid, mgr, terr, role, start, end, q, strength in ROSTER:
    start_d = d(start) or YEAR_START
    end_d = d(end) or dt.date(2025, 12, 31)
    book = list(ACCOUNTS)
    rng.shuffle(book)
    book = book[:22]
    owned = set()
    products = dict(PRODUCTS)
    if sid == SPECIALIST:
        products = {**{k: v for k, v in PRODUCTS.items() if k in ("LPO Finance", "Business Current Account", "POS Terminal")},
                    **SPECIALIST_PRODUCTS}
    day = start_d
    while day <= dt.date(2025, 12, 31) and day <= end_d:
        for product, (p, lo, hi, step) in products.items():
            r = rng.random()
            close = day + dt.timedelta(days=rng.randint(0, 4))
            if close > end_d:
                continue
            stage = None
            if r < p * strength:
                stage = "won"
            elif r < p * strength + p * 0.45:
                stage = "lost"
            else:
                continue
            seq += rng.randint(1, 9)
            oid = f"SME{seq}"
            acct = rng.choice(book)
            typ = "etb" if acct in owned and rng.random() < 0.85 else "ntb"
            if product == "POS Terminal" and rng.random() < 0.5:
                typ = "etb"
            prob, cancel = "", ""
            amt = amount(lo, hi, step)
            if close > AS_OF:
                if stage == "lost":
                    continue
                stage = "open"
                prob = "0.7" if rng.random() < 0.5 else "0.3"
                close = close + dt.timedelta(days=rng.randint(0, 45))
            elif stage == "won":
                owned.add(acct)
                if close <= dt.date(2025, 11, 7) and rng.random() < 1 / 16:
                    stage = "cancelled"
                    cancel = min(close + dt.timedelta(days=rng.randint(8, 160)), AS_OF).isoformat()
            line = dict(id=oid, seller=sid, account=acct, name=f"{acct} {product}", type=typ,
                        product=product, amount=f"{amt}.00", close_date=close.isoformat(),
                        stage=stage, split="1", probability=prob, cancel_date=cancel,
                        currency="NGN")
            if product == "Asset Finance" and sid != SPECIALIST and stage in ("won", "cancelled"):
                line["split"] = "0.75"
                rows.append(line)
                rows.append(dict(line, seller=SPECIALIST, split="0.25"))
            else:
                rows.append(line)
        day += dt.timedelta(days=7)

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
                "quota:risk_assets"])
    for sid, mgr, terr, role, start, end, q, _ in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
