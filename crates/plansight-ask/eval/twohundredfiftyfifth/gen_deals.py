#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfiftyfifth workspace: Indrayani Software
Services Pvt Ltd (invented), a Pune-headquartered IT-services company selling its own IndraSuite
software licences, implementation and cloud-migration projects, and annual support contracts
(AMCs) to Indian enterprise clients. Plan year FY2025-26, 1 April 2025 - 31 March 2026 (the
Indian financial year), INR, QUARTERLY payouts. AS OF = 2026-01-23.

Standard library only; deterministic (one random.Random with a fixed seed, no clock).
Run: python3 gen_deals.py   (writes deals.csv and sellers.csv beside this file)

- 16 account managers in three regions (North / West / South), each owning 5 client accounts:
  3 existing clients (installed base) and 2 target accounts (new logos to hunt).
- Every month from April 2025 to January 2026 (January only up to the as-of date) each seller
  wins licence / project deals and AMCs at a rate set by their strength; loses some; and has
  open proposals ("in the funnel") expected to close between late January and May 2026.
- Deal types: the first won deal at a target account is "new" (a new logo), later ones there
  and every licence or project deal at an existing client are "expansion"; an AMC at an
  existing client is a "renewal", at a target account "new".
- Amounts in whole thousands of rupees (e.g. 4235000.00 = Rs 42.35 lakh).
- Splits: a Cloud Migration Project won by a South account manager other than Divya Menon
  (the Cloud Specialist) is two lines with the same id, 75% to the account manager and 25% to
  Divya Menon.
- De-bookings: about one won deal in 22 closed on or before 2025-12-20 is cancelled, cancel
  date 12 to 150 days after close (a cancel date that would fall after the as-of date leaves the
  deal won); only those cancelled within 90 days of close are clawed back (plan.md section 11).
- Roster: Rohit Khanna (Senior Client Partner) carries a personal quarterly TCV quota of
  Rs 2.25 crore; Gaurav Bhatia joined on 2025-09-15; Karthik Srinivasan left on 2025-11-30.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 1, 23)
PLAN_START = dt.date(2025, 4, 1)
PLAN_END = dt.date(2026, 3, 31)
CANCEL_BY = dt.date(2025, 12, 20)
rng = random.Random(20250401)

# id, manager, region, role, start, end, quota:tcv, strength (TCV), strength (AMC)
ROSTER = [
    ("Rohit Khanna", "Vikram Malhotra", "North", "Senior Client Partner", "", "", "22500000.00", 1.55, 1.1),
    ("Neha Arora", "Vikram Malhotra", "North", "Account Manager", "", "", "", 1.05, 0.9),
    ("Rahul Mehra", "Vikram Malhotra", "North", "Account Manager", "", "", "", 0.7, 1.3),
    ("Simran Kaur", "Vikram Malhotra", "North", "Account Manager", "", "", "", 1.2, 0.6),
    ("Gaurav Bhatia", "Vikram Malhotra", "North", "Account Manager", "2025-09-15", "", "", 0.6, 0.5),
    ("Aditya Kulkarni", "Sunita Deshpande", "West", "Account Manager", "", "", "", 1.35, 1.0),
    ("Pooja Shah", "Sunita Deshpande", "West", "Account Manager", "", "", "", 0.9, 1.6),
    ("Rahul Joshi", "Sunita Deshpande", "West", "Account Manager", "", "", "", 0.55, 0.7),
    ("Sameer Patil", "Sunita Deshpande", "West", "Account Manager", "", "", "", 1.0, 0.8),
    ("Farhan Qureshi", "Sunita Deshpande", "West", "Account Manager", "", "", "", 0.8, 1.2),
    ("Kavita Desai", "Sunita Deshpande", "West", "Account Manager", "", "", "", 1.15, 0.5),
    ("Venkatesh Subramanian", "Ramesh Iyer", "South", "Account Manager", "", "", "", 1.25, 1.4),
    ("Lakshmi Narayanan", "Ramesh Iyer", "South", "Account Manager", "", "", "", 0.85, 0.9),
    ("Arjun Rao", "Ramesh Iyer", "South", "Account Manager", "", "", "", 0.65, 1.0),
    ("Divya Menon", "Ramesh Iyer", "South", "Cloud Specialist", "", "", "", 0.75, 0.4),
    ("Karthik Srinivasan", "Ramesh Iyer", "South", "Account Manager", "", "2025-11-30", "", 0.95, 0.8),
]

ACCOUNTS = {
    "North": [
        "Aravali Polymers", "Chambal Agro Industries", "Yamuna Auto Parts", "Jhelum Woollens",
        "Gulmarg Resorts", "Doon Valley Schools", "Gomti Packaging", "Udaipur Marble Co",
        "Jaisalmer Solar Parks", "Dhauladhar Breweries", "Awadh Foods", "Bundelkhand Builders",
        "Ajmer Dairy", "Fatehpur Glassworks", "Jodhpur Handicrafts Exports", "Bhagirathi Steel",
        "Zanskar Pharma", "Gwalior Fabrics", "Lucknow Diagnostics", "Rohtak Tractors",
        "Ambala Scientific", "Panipat Weaves", "Kangra Tea", "Shimla Apple Growers", "Indus Valley Logistics",
    ],
    "West": [
        "Narmada Cement Works", "Konkan Shipping", "Rann Salt Works", "Tapti Textiles",
        "Lonavala Foods", "Sabarmati Chemicals", "Nashik Vineyards", "Vasai Shipyards",
        "Wardha Cotton Mills", "Kutch Cargo Terminals", "Ellora Ceramics", "Satpura Power",
        "Bhima Cooperative Bank", "Nagpur Orange Growers", "Mandovi Breweries", "Panna Diamonds",
        "Lothal Marine", "Dwarka Diagnostics", "Anandvan Retail", "Bhoomi Realty",
        "Wainganga Forge", "Gir Organics", "Vindhya Tyres", "Ujjain Oil Mills",
        "Kolhapur Foundries", "Alibaug Resorts", "Surat Synthetics", "Baroda Electricals",
        "Ratnagiri Alphonso Exports", "Pench Paper Mills",
    ],
    "South": [
        "Kaveri Seeds", "Malabar Spice Exports", "Nilgiri Tea Estates", "Coromandel Seafoods",
        "Hampi Granites", "Idukki Rubber Estates", "Periyar Healthcare", "Vaigai Textiles",
        "Warangal Granite", "Charminar Biscuits", "Thanjavur Bronze Works", "Karwar Fisheries",
        "Mysuru Incense Works", "Ooty Dairy", "Falaknuma Hotels", "Krishna Valley Bank",
        "Godavari Sugar Mills", "Pamba Hospitals", "Madurai Motors", "Hosur Precision Tools",
        "Kochi Port Services", "Tirunelveli Windmills", "Salem Steel Tubes", "Vizag Pharma Labs",
        "Coimbatore Pumps",
    ],
}

# product -> (kind, low, high) in thousands of rupees
PRODUCTS = {
    "IndraERP Licence": ("licence", 1500, 9000),
    "IndraHR Licence": ("licence", 500, 3500),
    "IndraInsight Licence": ("licence", 800, 4000),
    "Implementation Project": ("project", 2500, 18000),
    "Cloud Migration Project": ("project", 3000, 15000),
    "Annual Support Contract": ("amc", 300, 2500),
}
TCV_MIX = [
    ("IndraERP Licence", 3), ("IndraHR Licence", 3), ("IndraInsight Licence", 2),
    ("Implementation Project", 3), ("Cloud Migration Project", 2),
]


def pick(mix):
    total = sum(w for _, w in mix)
    r = rng.uniform(0, total)
    for name, w in mix:
        r -= w
        if r <= 0:
            return name
    return mix[-1][0]


def amount(product):
    _, lo, hi = PRODUCTS[product]
    # skewed towards the low end: most deals are small, a few are large
    x = rng.random() ** 1.6
    return int(lo + (hi - lo) * x)


def count(lam):
    # Poisson by inversion (stdlib only, deterministic)
    l, k, p = pow(2.718281828459045, -lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= l:
            return k
        k += 1


def months():
    d = PLAN_START
    while d <= AS_OF:
        nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        yield d, min(nxt - dt.timedelta(days=1), AS_OF)
        d = nxt


def day_in(a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


# accounts: 5 per seller, 3 existing clients and 2 target accounts
owned = {}
region_pool = {k: list(v) for k, v in ACCOUNTS.items()}
for r in ROSTER:
    pool = region_pool[r[2]]
    take = [pool.pop(rng.randrange(len(pool))) for _ in range(5)]
    owned[r[0]] = (take[:3], take[3:])

rows = []
won_new = set()
seq = 0


def new_id():
    global seq
    seq += 1
    return seq


raw = []
for sid, mgr, region, role, start, end, q, s_tcv, s_amc in ROSTER:
    existing, targets = owned[sid]
    first = dt.date.fromisoformat(start) if start else PLAN_START
    last = dt.date.fromisoformat(end) if end else AS_OF
    for m0, m1 in months():
        a, b = max(m0, first), min(m1, last)
        if a > b:
            continue
        frac = ((b - a).days + 1) / ((m1 - m0).days + 1) if m1 != AS_OF else 1.0
        # quarter-end push: the last month of a quarter books more
        push = 1.35 if m0.month in (6, 9, 12, 3) else 0.85
        for _ in range(count(0.95 * s_tcv * push * frac)):
            prod = pick(TCV_MIX)
            acct = rng.choice(targets) if rng.random() < 0.3 else rng.choice(existing)
            raw.append((sid, region, acct, prod, amount(prod), day_in(a, b), "won", 12))
        for _ in range(count(0.9 * s_amc * frac)):
            acct = rng.choice(targets) if rng.random() < 0.12 else rng.choice(existing)
            term = rng.choice([12, 12, 12, 24, 36, 36])
            raw.append((sid, region, acct, "Annual Support Contract",
                        amount("Annual Support Contract"), day_in(a, b), "won", term))
        for _ in range(count(0.7 * frac)):
            prod = pick(TCV_MIX + [("Annual Support Contract", 2)])
            acct = rng.choice(targets + existing)
            raw.append((sid, region, acct, prod, amount(prod), day_in(a, b), "lost", 12))
    if not end:
        for _ in range(3 + rng.randrange(5)):
            prod = pick(TCV_MIX + [("Annual Support Contract", 3)])
            acct = rng.choice(targets + existing)
            close = day_in(dt.date(2026, 1, 10), dt.date(2026, 5, 15))
            raw.append((sid, region, acct, prod, amount(prod), close, "open", 12))

raw.sort(key=lambda x: (x[5], x[0], x[3]))
ids = list(range(21000, 21000 + len(raw) * 3, 3))
rng.shuffle(ids)
for i, (sid, region, acct, prod, amt, close, stage, term) in enumerate(raw):
    existing, targets = owned[sid]
    if prod == "Annual Support Contract":
        typ = "renewal" if acct in existing else "new"
    elif acct in targets:
        typ = "expansion" if acct in won_new else "new"
        if stage == "won":
            won_new.add(acct)
    else:
        typ = "expansion"
    prob, cancel = "", ""
    if stage == "open":
        prob = rng.choice(["0.25", "0.4", "0.5", "0.6", "0.75"])
    if stage == "won" and close <= CANCEL_BY and rng.random() < 1 / 22:
        when = close + dt.timedelta(days=12 + rng.randrange(139))
        if when <= AS_OF:
            stage = "cancelled"
            cancel = when.isoformat()
    line = dict(id=f"ISS-{ids[i]}", seller=sid, account=acct, name=f"{acct} {prod}", type=typ,
                product=prod, amount=f"{amt * 1000}.00", close_date=close.isoformat(),
                stage=stage, split="1", probability=prob,
                term_months=str(term) if prod == "Annual Support Contract" else "",
                cancel_date=cancel, currency="INR")
    if (prod == "Cloud Migration Project" and region == "South" and sid != "Divya Menon"
            and stage in ("won", "cancelled")):
        rows.append(dict(line, split="0.75"))
        rows.append(dict(line, seller="Divya Menon", split="0.25"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:tcv"])
    for sid, mgr, region, role, start, end, q, _, _ in ROSTER:
        w.writerow([sid, sid, mgr, region, role, start, end, q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
