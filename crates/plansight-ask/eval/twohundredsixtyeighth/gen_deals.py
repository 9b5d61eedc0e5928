#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredsixtyeighth workspace (Kilele Pesa
Distributors Ltd, an invented Nairobi mobile-money super-agent and B2B distributor: it signs
merchants onto Lipa Till numbers, opens agent outlets, leases POS terminals, sells float volume
contracts and overnight liquidity lines to SACCOs, supermarkets and wholesalers, and sells bulk
airtime). Plan year 1 April 2025 - 31 March 2026 (FY2025/26), KES, MONTHLY payouts.
Standard library only; deterministic (one random.Random with a fixed seed; no clock).
Run: python3 gen_deals.py

- 17 Merchant Development Officers (MDOs) in three Nairobi zones (ROSTER below). Each has a
  float strength and an onboarding strength that scale how many deals they open each month.
- Every month from April 2025 to the as-of date (2025-12-17) an MDO opens Lipa Till sign-ups
  (KES 8,000-40,000), Agent Outlets (45,000-150,000), POS Terminal leases (18,000-60,000),
  Float Contracts (150,000-1,200,000), Liquidity Lines (100,000-600,000) and Bulk Airtime
  orders (50,000-300,000). Each is won (70%) or lost (30%) on a day of that month; a deal whose
  day falls after the as-of date is open instead.
- Open pipeline: 3-8 open deals per active MDO, expected to close 1 December 2025 - 31 March 2026
  (some already overdue at the as-of date), probability 0.3, 0.5 or 0.7.
- Types: "new" (a merchant or agent that never worked with Kilele), "switch" (a merchant
  brought over from a rival aggregator, "hamia"), "renewal" (a float contract, liquidity line or
  airtime account renewed).
- Splits (plan.md 3.4): a won or cancelled Float Contract of 1,000,000 or more by a CBD &
  Westlands MDO other than Halima Abdi is two lines, 60% to the MDO and 40% to Halima Abdi (Key
  Accounts Lead). Cynthia Auma (joined 2025-09-15) shares some Agent Outlet and Float Contract
  deals 50/50 with her buddy Tabitha Nyambura.
- Cancellations ("mitini"): a won deal closed on or before 2025-11-25 is cancelled with
  probability 6% (Lipa Till) or 3% (others), cancel date 7-160 days after close (a draw that
  lands after the as-of date leaves the deal won). Those within 90 days of close are clawed
  back (plan.md 11).
- Dennis Mutua left on 2025-10-31 (nothing after); Cynthia Auma started on 2025-09-15.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 12, 17)
PLAN_START = dt.date(2025, 4, 1)
CANCEL_BY = dt.date(2025, 11, 25)
rng = random.Random(26800417)

EAST, CBD, THIKA = "Eastlands", "CBD & Westlands", "Thika Road"
MGR = {EAST: "Faith Wanjiru", CBD: "Brian Otieno", THIKA: "Mercy Chebet"}
ROSTER = [
    # id, zone, role, start, end, float quota override, float strength, onboarding strength
    ("Kevin Omondi", EAST, "MDO", "", "", "", 1.10, 1.00),
    ("Purity Njeri", EAST, "MDO", "", "", "", 0.55, 1.45),
    ("Dennis Mutua", EAST, "MDO", "", "2025-10-31", "", 0.75, 0.70),
    ("Sharon Akinyi", EAST, "MDO", "", "", "", 1.45, 0.85),
    ("Collins Kiprop", EAST, "MDO", "", "", "", 0.35, 0.55),
    ("Moses Njoroge", EAST, "MDO", "", "", "", 0.90, 1.15),
    ("Grace Wambui", CBD, "MDO", "", "", "", 1.25, 0.90),
    ("Victor Kipchumba", CBD, "Senior MDO", "", "", "4500000.00", 1.55, 0.80),
    ("Lilian Achieng", CBD, "MDO", "", "", "", 0.80, 1.25),
    ("Ian Mwangi", CBD, "MDO", "", "", "", 0.65, 0.60),
    ("Halima Abdi", CBD, "Key Accounts Lead", "", "", "6000000.00", 1.30, 0.30),
    ("Tabitha Nyambura", THIKA, "MDO", "", "", "", 1.05, 1.30),
    ("Joseph Kariuki", THIKA, "MDO", "", "", "", 0.95, 0.95),
    ("Esther Moraa", THIKA, "MDO", "", "", "", 0.45, 1.60),
    ("Nelson Wekesa", THIKA, "MDO", "", "", "", 1.30, 0.75),
    ("Kevin Kamau", THIKA, "MDO", "", "", "", 0.70, 1.05),
    ("Cynthia Auma", THIKA, "MDO", "2025-09-15", "", "", 0.70, 0.90),
]

SHOPS = [
    "Mama Njeri Shop Kayole", "Umoja Inner Core Chemist", "Baraka Wines Donholm",
    "Kware Hardware Embakasi", "Jirani Mini Mart Pipeline", "Tumaini Butchery Kariobangi",
    "Neema Salon Buruburu", "Shujaa Cyber Dandora", "Mwangaza Electricals Luthuli Ave",
    "Kilimani Greens Grocer", "Westlands Wheels Car Wash", "Biashara Street Fabrics",
    "Moi Avenue Phone Hub", "Parklands Pharmacy", "Ngara Shoe Palace", "Zawadi Boutique Kimathi St",
    "Roysambu Milk Bar", "Githurai 45 Agrovet", "Kahawa Wendani Hotel", "Zimmerman Mtumba Stall",
    "Juja Road Posho Mill", "Ruiru Gas Point", "Kasarani Barbershop", "Mwiki Fresh Veggies",
    "Kamiti Corner Kiosk", "Lucky Summer Bakery", "Baba Dogo Spares", "Hurlingham Dry Cleaners",
    "Kibra Mitumba Hub", "Soko Mjinga Stores",
]
BIG = [
    "Tujenge Sacco", "Harambee Boda Sacco", "Jamii Fresh Supermarket", "Mlango Kubwa Wholesalers",
    "Eastgate Petroleum", "Umoja Traders Sacco", "Thika Road Matatu Sacco",
    "Wakulima Market Traders",
    "Kilimo Feeds Distributors", "Mzalendo Hardware Chain", "Savanna Fuel Stations",
    "Kijiji Supermarkets", "Pwani Wholesale Nairobi", "Bidii Transport Sacco",
    "Westlands Forex Bureau", "Kamukunji Traders Association",
]

# product: (low, high, step, how many a month at strength 1)
ONB = {
    "Lipa Till": (8000, 40000, 500, (4, 9)),
    "Agent Outlet": (45000, 150000, 1000, (0, 2)),
    "POS Terminal": (18000, 60000, 500, (0, 2)),
}
FLT = {
    "Float Contract": (150000, 1200000, 25000, (1, 3)),
    "Liquidity Line": (100000, 600000, 25000, (0, 2)),
}
AIRTIME = (50000, 300000, 5000)
TYPES = {
    "Lipa Till": (("new", 75), ("switch", 25)),
    "Agent Outlet": (("new", 80), ("switch", 20)),
    "POS Terminal": (("new", 60), ("switch", 40)),
    "Float Contract": (("new", 40), ("renewal", 45), ("switch", 15)),
    "Liquidity Line": (("new", 50), ("renewal", 50)),
    "Bulk Airtime": (("new", 40), ("renewal", 60)),
}
used_ids = set()


def new_id():
    while True:
        i = "KP-%05d" % rng.randrange(10000, 100000)
        if i not in used_ids:
            used_ids.add(i)
            return i


def pick_type(product):
    r = rng.randrange(100)
    acc = 0
    for t, w in TYPES[product]:
        acc += w
        if r < acc:
            return t
    return TYPES[product][-1][0]


def scaled(lo_hi, strength):
    lo, hi = lo_hi
    n = rng.randint(lo, hi)
    x = n * strength + rng.random() - 0.5
    return max(0, int(round(x)))


def month_starts():
    d = PLAN_START
    while d <= AS_OF:
        yield d
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def month_end(d):
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


rows = []


def add(seller, product, amount, close, stage, prob="", typ=None, account=None, zone=None):
    typ = typ or pick_type(product)
    if account is None:
        pool = BIG if product in FLT or product == "Bulk Airtime" else SHOPS
        account = rng.choice(pool)
    cancel = ""
    if stage == "won" and close <= CANCEL_BY:
        p = 6 if product == "Lipa Till" else 3
        if rng.randrange(100) < p:
            cdate = close + dt.timedelta(days=rng.randint(7, 160))
            if cdate <= AS_OF:
                stage = "cancelled"
                cancel = cdate.isoformat()
    line = dict(id=new_id(), seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                stage=stage, split="1", probability=prob, cancel_date=cancel, currency="KES")
    partner = None
    if stage in ("won", "cancelled"):
        if (zone == CBD and seller != "Halima Abdi" and product == "Float Contract"
                and amount >= 1000000):
            partner, share = "Halima Abdi", ("0.6", "0.4")
        elif seller == "Cynthia Auma" and product in ("Agent Outlet", "Float Contract") \
                and rng.randrange(100) < 35:
            partner, share = "Tabitha Nyambura", ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
    else:
        rows.append(line)


for sid, zone, role, start, end, fq, fs, os_ in ROSTER:
    start_d = dt.date.fromisoformat(start) if start else PLAN_START
    end_d = dt.date.fromisoformat(end) if end else None
    for m0 in month_starts():
        m1 = month_end(m0)
        lo = max(m0, start_d)
        hi = min(m1, end_d) if end_d else m1
        if lo > hi:
            continue
        span = (hi - lo).days
        opps = []
        for product, (a, b, step, how) in ONB.items():
            for _ in range(scaled(how, os_)):
                opps.append((product, rng.randrange(a, b + 1, step)))
        for product, (a, b, step, how) in FLT.items():
            for _ in range(scaled(how, fs)):
                opps.append((product, rng.randrange(a, b + 1, step)))
        if rng.randrange(100) < 30:
            a, b, step = AIRTIME
            opps.append(("Bulk Airtime", rng.randrange(a, b + 1, step)))
        for product, amount in opps:
            close = lo + dt.timedelta(days=rng.randint(0, span))
            won = rng.randrange(100) < 70
            if close > AS_OF:
                prob = rng.choice(["0.3", "0.5", "0.7"])
                add(sid, product, amount, close, "open", prob, zone=zone)
            else:
                add(sid, product, amount, close, "won" if won else "lost", zone=zone)
    if end_d:
        continue
    for _ in range(rng.randint(3, 8)):
        allp = list(ONB) + list(FLT)
        product = rng.choice(allp)
        a, b, step, _h = {**ONB, **FLT}[product]
        close = dt.date(2025, 12, 1) + dt.timedelta(days=rng.randint(0, 120))
        add(sid, product, rng.randrange(a, b + 1, step), close, "open",
            rng.choice(["0.3", "0.5", "0.7"]), zone=zone)

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
                "quota:float"])
    for sid, zone, role, start, end, fq, _fs, _os in ROSTER:
        w.writerow([sid, sid, MGR[zone], zone, role, start, end, fq])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
