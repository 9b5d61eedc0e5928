#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredsixtythird workspace: Kidlat Telecom, Inc.
(an invented Philippine telecom), its Enterprise Business Group selling fibre, mobile fleet plans
and cloud services to companies. Plan year = calendar 2026, PHP, MONTHLY payouts.
Standard library only; deterministic (one random.Random with a fixed seed, no clock).
Run: python3 gen_deals.py   (writes deals.csv and sellers.csv beside this file)

- 17 Account Managers (AMs) under 3 team leads (NCR, Visayas, Mindanao). Each AM sells to the
  invented companies of their own region. An account is either an existing Kidlat customer (its
  deals are "upsell" or "recontract") or a prospect (its first won deal is "new", later ones
  "upsell").
- Amount = the deal's annual contract value (ACV) in pesos, VAT-exclusive: the monthly recurring
  charge (MRC) x 12, MRC rounded to PHP 100 (fleet and cloud MRC = lines/seats x a plan price).
- Won deals close 1 January 2026 - 19 August 2026 (the as-of date); lost deals over the same
  months; open deals ("niluluto") carry an expected close 25 July - 12 December 2026 (those
  before the as-of date are overdue in the CRM) and a probability of 0.25, 0.5 or 0.75.
- Pull-outs: about 4% of won deals closed by 31 July 2026 are cancelled, cancel date 10 - 130
  days after close (at the latest the as-of date); only those within 90 days are clawed back.
- Splits: a won NCR Fiber DIA deal of PHP 600,000 ACV or more by an AM other than the Senior AM
  Paolo Santiago is two lines with the same id, 70% to the AM and 30% to Paolo Santiago ("key
  account assist"). About a third of Kristine Dela Cruz's won deals from 18 May 2026 are "tandem" deals
  with the new starter Jasmine Lim, 50% / 50%.
- Roster: Jasmine Lim joined on 2026-05-18 (no deals before); Kevin Sy left on 2026-06-30 (no
  deals after). Senior AM Paolo Santiago carries his own monthly Connectivity quota
  (PHP 2,400,000) and quarterly Cloud quota (PHP 3,000,000) (roster columns quota:connect and
  quota:cloud).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20260819)
YEAR_START = dt.date(2026, 1, 1)
AS_OF = dt.date(2026, 8, 19)
CANCEL_BY = dt.date(2026, 7, 31)

# id, name, manager, territory, role, start, end, strength, cloud share, quota:connect, quota:cloud
ROSTER = [
    ("Paolo Santiago", "Paolo Santiago", "Carmela Reyes", "NCR", "Senior Account Manager", "", "", 1.55, 0.35, "2400000.00", "3000000.00"),
    ("Kristine Dela Cruz", "Kristine Dela Cruz", "Carmela Reyes", "NCR", "Account Manager", "", "", 1.05, 0.30, "", ""),
    ("Roberto Castillo", 'Roberto "Bong" Castillo', "Carmela Reyes", "NCR", "Account Manager", "", "", 0.85, 0.20, "", ""),
    ("Angelica Navarro", "Angelica Navarro", "Carmela Reyes", "NCR", "Account Manager", "", "", 1.25, 0.45, "", ""),
    ("Mark Anthony Gonzales", "Mark Anthony Gonzales", "Carmela Reyes", "NCR", "Account Manager", "", "", 0.55, 0.25, "", ""),
    ("Jasmine Lim", "Jasmine Lim", "Carmela Reyes", "NCR", "Account Manager", "2026-05-18", "", 0.60, 0.30, "", ""),
    ("Rhea Villareal", "Rhea Villareal", "Arnel Mendoza", "Visayas", "Account Manager", "", "", 1.15, 0.30, "", ""),
    ("John Carlo Tan", "John Carlo Tan", "Arnel Mendoza", "Visayas", "Account Manager", "", "", 0.95, 0.40, "", ""),
    ("Miguel Fernandez", "Miguel Fernandez", "Arnel Mendoza", "Visayas", "Account Manager", "", "", 0.70, 0.15, "", ""),
    ("Patricia Ocampo", "Patricia Ocampo", "Arnel Mendoza", "Visayas", "Account Manager", "", "", 1.35, 0.35, "", ""),
    ("Kevin Sy", "Kevin Sy", "Arnel Mendoza", "Visayas", "Account Manager", "", "2026-06-30", 0.80, 0.25, "", ""),
    ("Ana Marie Salazar", "Ana Marie Salazar", "Jocelyn Ramos", "Mindanao", "Account Manager", "", "", 1.10, 0.25, "", ""),
    ("Rodel Bautista", "Rodel Bautista", "Jocelyn Ramos", "Mindanao", "Account Manager", "", "", 0.65, 0.20, "", ""),
    ("Christian Aquino", "Christian Aquino", "Jocelyn Ramos", "Mindanao", "Account Manager", "", "", 0.90, 0.35, "", ""),
    ("Liza Manalo", "Liza Manalo", "Jocelyn Ramos", "Mindanao", "Account Manager", "", "", 1.20, 0.30, "", ""),
    ("Joshua Flores", "Joshua Flores", "Jocelyn Ramos", "Mindanao", "Account Manager", "", "", 0.50, 0.20, "", ""),
    ("Kristine Yap", "Kristine Yap", "Jocelyn Ramos", "Mindanao", "Account Manager", "", "", 0.80, 0.40, "", ""),
]

PLACES = {
    "NCR": ["Makati", "Ortigas", "Bonifacio", "Pasig", "Quezon Avenue", "Alabang", "Marikina",
            "Mandaluyong", "Binondo", "Eastwood", "Taguig", "Caloocan", "Paranaque", "San Juan"],
    "Visayas": ["Mactan", "Cebu", "Iloilo", "Bacolod", "Tagbilaran", "Dumaguete", "Tacloban",
                "Ormoc", "Roxas", "Talisay", "Mandaue", "Lapu-Lapu"],
    "Mindanao": ["Davao", "Cagayan de Oro", "General Santos", "Zamboanga", "Bukidnon", "Butuan",
                 "Surigao", "Cotabato", "Iligan", "Samal", "Tagum", "Koronadal"],
}
KINDS = ["Logistics Inc.", "BPO Services", "Medical Center", "Foods Corp.", "Hotels Group",
         "Steel Works", "Pharma Distributors", "Realty Corp.", "Agri Supply", "Freight Lines",
         "Garments Export", "Dental Group", "Rural Bank", "Schools Inc.", "Print & Pack",
         "Cold Storage", "Motor Sales", "Seafoods", "Builders Corp.", "Water District"]

# product: (measure word, MRC function)
PRODUCTS = ["Fiber DIA", "Fiber Biz", "Fleet Postpaid", "Fleet Data SIM", "Cloud Workspace", "Cloud Server"]
CONNECT = ["Fiber DIA", "Fiber Biz", "Fleet Postpaid", "Fleet Data SIM"]
CLOUD = ["Cloud Workspace", "Cloud Server"]


def mrc(product):
    if product == "Fiber DIA":
        return R.choice([12000, 15500, 18000, 24500, 32000, 38000, 45000, 58000, 72000, 85000])
    if product == "Fiber Biz":
        return R.choice([2499, 3499, 4999, 6999, 9999, 14999])
    if product == "Fleet Postpaid":
        return R.choice([599, 999, 1499]) * R.randint(10, 60)
    if product == "Fleet Data SIM":
        return R.choice([150, 250, 350]) * R.randint(30, 200)
    if product == "Cloud Workspace":
        return R.choice([320, 450, 780]) * R.randint(15, 120)
    return R.choice([8000, 12500, 16000, 22000, 28000, 36000, 48000, 65000])


def acv(product):
    m = mrc(product)
    m = int(round(m / 100.0)) * 100
    return m * 12


# accounts per territory: 48 names each, a third existing customers
ACCOUNTS = {}
for terr, places in PLACES.items():
    names = []
    for p in places:
        for k in R.sample(KINDS, 4):
            names.append(f"{p} {k}")
    names = sorted(set(names))
    R.shuffle(names)
    names = names[:48]
    ACCOUNTS[terr] = [(n, i % 3 == 0) for i, n in enumerate(sorted(names))]

rows = []
next_id = [10001]


def new_id():
    i = next_id[0]
    next_id[0] += R.randint(1, 9)
    return f"KT-{i}"


won_at = {}  # account -> True once a deal there is won
seller_accounts = {}
for sid, _n, mgr, terr, role, start, end, strength, cloud_share, _q1, _q2 in ROSTER:
    pool = ACCOUNTS[terr]
    seller_accounts[sid] = R.sample(pool, 16)

events = []
for sid, _n, mgr, terr, role, start, end, strength, cloud_share, _q1, _q2 in ROSTER:
    s0 = dt.date.fromisoformat(start) if start else YEAR_START
    e0 = dt.date.fromisoformat(end) if end else dt.date(2026, 12, 31)
    for month in range(1, 9):
        first = dt.date(2026, month, 1)
        last = (dt.date(2026, month + 1, 1) - dt.timedelta(days=1))
        lo, hi = max(first, s0), min(last, e0, AS_OF)
        if lo > hi:
            continue
        mood = R.choice([0.6, 0.8, 0.9, 1.0, 1.0, 1.1, 1.3])
        n = max(0, int(round(R.gauss(8.0 * strength * mood, 1.5))))
        n = int(round(n * ((hi - lo).days + 1) / ((last - first).days + 1)))
        for _ in range(n):
            day = lo + dt.timedelta(days=R.randint(0, (hi - lo).days))
            cloud = R.random() < cloud_share
            if cloud:
                product = R.choice(CLOUD)
            else:
                product = R.choices(CONNECT, weights=[3, 3, 4, 2])[0]
            acct, existing = R.choice(seller_accounts[sid])
            stage = "won" if R.random() < 0.62 else "lost"
            events.append((day, sid, terr, product, acct, existing, stage))
    # open pipeline
    if e0 >= AS_OF:
        for _ in range(int(round(4 + 5 * strength))):
            day = AS_OF + dt.timedelta(days=R.randint(-25, 115))
            product = R.choice(CLOUD) if R.random() < cloud_share else R.choices(CONNECT, weights=[3, 3, 4, 2])[0]
            acct, existing = R.choice(seller_accounts[sid])
            events.append((day, sid, terr, product, acct, existing, "open"))

events.sort(key=lambda e: (e[0], e[1], e[3], e[4]))
for day, sid, terr, product, acct, existing, stage in events:
    amount = acv(product)
    if existing:
        typ = R.choice(["upsell", "recontract", "recontract"]) if product != "Cloud Workspace" else "upsell"
    elif not won_at.get(acct):
        typ = "new"
    else:
        typ = "upsell"
    if stage == "won":
        won_at[acct] = True
    prob, cancel = "", ""
    if stage == "open":
        prob = R.choice(["0.25", "0.5", "0.5", "0.75"])
    if stage == "won" and day <= CANCEL_BY and R.random() < 0.04:
        stage = "cancelled"
        cancel = min(day + dt.timedelta(days=R.randint(10, 130)), AS_OF).isoformat()
    did = new_id()
    line = dict(id=did, seller=sid, account=acct, name=f"{acct} {product}", type=typ,
                product=product, amount=f"{amount}.00", close_date=day.isoformat(), stage=stage,
                split="1", probability=prob, cancel_date=cancel, currency="PHP")
    partner = None
    if (terr == "NCR" and product == "Fiber DIA" and amount >= 600000 and sid != "Paolo Santiago"
            and stage in ("won", "cancelled")):
        partner, share = "Paolo Santiago", ("0.7", "0.3")
    elif (sid == "Kristine Dela Cruz" and day >= dt.date(2026, 5, 18) and stage in ("won", "cancelled")
          and R.random() < 0.34):
        partner, share = "Jasmine Lim", ("0.5", "0.5")
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
                "quota:connect", "quota:cloud"])
    for sid, name, mgr, terr, role, start, end, _s, _c, q1, q2 in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, end, q1, q2])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
