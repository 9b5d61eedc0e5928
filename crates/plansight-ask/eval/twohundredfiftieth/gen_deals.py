#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfiftieth workspace: Kopano Insurance
Brokers (Pty) Ltd, an invented South African short-term insurance brokerage (car, home and
business cover) with branches in Sandton (Gauteng), Bellville (Western Cape) and Umhlanga
(KwaZulu-Natal). Plan year 1 March 2025 - 28 February 2026, ZAR, MONTHLY payouts.
Standard library only; deterministic (one random.Random stream with a fixed seed, lists only,
no clock). Run: python3 gen_deals.py

- A deal line is a policy: amount = its first-year premium in rand (the monthly debit order x
  12, whole rand). id = the Kopano policy or quote number ("KP" + 5 digits).
- Products: Private Motor, Homeowners, Household Contents, Business Pack, Commercial Fleet,
  Gadget Cover. Types: "new" (a fresh client), "cross-sell" (another policy added to an
  existing client's schedule), "renewal" (a client's policy renewed at its anniversary).
  Gadget Cover is always a cross-sell and never renews inside the plan year.
- Won policies bind 1 March 2025 - 21 November 2025 (the as-of date); nothing after it.
  Lost quotes ("dead quotes") over the same months; open quotes ("on quote") expected to bind
  between 10 November 2025 and 27 February 2026 (a few already overdue), probability 0.6 or 0.3.
- Lapses and NTUs: about one new or cross-sell policy in 18 is cancelled: an NTU 8-40 days after
  binding (first debit order returned), a lapse 45-260 days after binding (later ones are not
  clawed back: plan.md section 11, 180 days). Cancel dates never pass the as-of date.
- Split (plan.md 3.4): a Commercial Fleet policy won by any broker but Anele Mthembu (the
  Commercial Desk) is two lines with the same id, 70% to the broker and 30% to Anele Mthembu.
- Roster: Sipho Dlamini (Senior Broker) and Anele Mthembu (Commercial Broker) carry their own
  monthly FYP quota; Anele Mthembu also her own quarterly Anniversary quota. Kagiso Mahlangu joined on 2025-08-04; Bianca Jacobs left on 2025-09-30.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(250)
PLAN_START = dt.date(2025, 3, 1)
AS_OF = dt.date(2025, 11, 21)

# id, name (as on the roster), manager, territory, role, start, end, fyp quota,
# new-business skill, renewal strength, personal(P)/commercial(C)
ROSTER = [
    ("Sipho Dlamini", "Sipho Dlamini", "Thandeka Mokoena", "Sandton", "Senior Broker", "", "", "200000.00", 1.9, 1.1, "P"),
    ("Palesa Nkosi", "Palesa Nkosi", "Thandeka Mokoena", "Sandton", "Broker", "", "", "", 1.0, 0.9, "P"),
    ("Johan van der Merwe", "Johan van der Merwe", "Thandeka Mokoena", "Sandton", "Broker", "", "", "", 0.85, 1.3, "P"),
    ("Ayesha Patel", "Ayesha Patel", "Thandeka Mokoena", "Sandton", "Broker", "", "", "", 1.25, 0.8, "P"),
    ("Thabo Sebego", "Thabo Sebego", "Thandeka Mokoena", "Sandton", "Broker", "", "", "", 0.75, 0.7, "P"),
    ("Kagiso Mahlangu", "Kagiso Mahlangu", "Thandeka Mokoena", "Sandton", "Broker", "2025-08-04", "", "", 0.55, 0.25, "P"),
    ("Chantelle Adams", "Chantelle Adams", "Riaan du Plessis", "Bellville", "Broker", "", "", "", 1.1, 1.0, "P"),
    ("Marco Fourie", "Marco Fourie", "Riaan du Plessis", "Bellville", "Broker", "", "", "", 0.6, 0.75, "P"),
    ("Zainab Hendricks", "Zainab Hendricks", "Riaan du Plessis", "Bellville", "Broker", "", "", "", 0.95, 1.6, "P"),
    ("Francois Steyn", "Francois Steyn", "Riaan du Plessis", "Bellville", "Broker", "", "", "", 1.05, 1.0, "P"),
    ("Bianca Jacobs", "Bianca Jacobs", "Riaan du Plessis", "Bellville", "Broker", "", "2025-09-30", "", 0.9, 0.9, "P"),
    ("Sibusiso Zulu", 'Sibusiso "Sbu" Zulu', "Kavitha Govender", "Umhlanga", "Broker", "", "", "", 1.15, 1.05, "P"),
    ("Thabo Ndlovu", "Thabo Ndlovu", "Kavitha Govender", "Umhlanga", "Broker", "", "", "", 0.9, 0.85, "P"),
    ("Nadia Moodley", "Nadia Moodley", "Kavitha Govender", "Umhlanga", "Broker", "", "", "", 1.3, 1.2, "P"),
    ("Ryan Pillay", "Ryan Pillay", "Kavitha Govender", "Umhlanga", "Broker", "", "", "", 0.8, 0.95, "P"),
    ("Anele Mthembu", "Anele Mthembu", "Kavitha Govender", "Umhlanga", "Commercial Broker", "", "", "300000.00", 1.0, 1.0, "C"),
]
DESK = "Anele Mthembu"
# the Commercial Desk renews whole fleets and business packs: its own quarterly renewal quota
ANNIV_QUOTA = {DESK: "300000.00"}

# product: (monthly premium low, high)
PREMIUM = {
    "Private Motor": (850, 2300),
    "Homeowners": (320, 1150),
    "Household Contents": (190, 820),
    "Business Pack": (1400, 6200),
    "Commercial Fleet": (6500, 24000),
    "Gadget Cover": (99, 249),
}
MIX = {
    "P": [("Private Motor", 38), ("Homeowners", 17), ("Household Contents", 22),
          ("Business Pack", 8), ("Commercial Fleet", 1), ("Gadget Cover", 14)],
    "C": [("Business Pack", 58), ("Commercial Fleet", 22), ("Private Motor", 14), ("Gadget Cover", 6)],
}
RENEW_MIX = {
    "P": [("Private Motor", 45), ("Homeowners", 25), ("Household Contents", 25), ("Business Pack", 5)],
    "C": [("Business Pack", 70), ("Commercial Fleet", 15), ("Private Motor", 15)],
}
SURNAMES = [
    "Venter", "Naidoo", "Botha", "Mahlaba", "Khumalo", "Pretorius", "Govender", "Smit", "Nel",
    "Mabuza", "Sithole", "Coetzee", "Ntuli", "Jansen", "Reddy", "Booysen", "Mthethwa", "Kruger",
    "Maluleke", "Petersen", "Ismail", "Fortuin", "Baloyi", "Ngcobo", "Swart", "Chetty", "Mokgadi",
    "Olivier", "Davids", "Radebe", "Engelbrecht", "Moosa", "Hlongwane", "Daniels", "Singh",
    "Marais", "Tshabalala", "Cloete", "Pillai", "Mashaba", "Visser", "Abrahams", "Zwane",
    "Lombard", "Ramaphosa", "Williams", "Makhubela", "Theron", "Essop", "Mkhize", "Bester",
    "Kekana", "Louw", "Sibiya", "Du Toit", "Matlala", "Van Wyk", "Ebrahim", "Nxumalo", "Joubert",
]
INITIALS = "ABCDEFGHJKLMNPRSTVZ"
BUSINESSES = {
    "Sandton": ["Rivonia Road Dental", "Midrand Logistics", "Boksburg Panelbeaters", "Soweto Spares & Tyres",
                "Fourways Pilates Studio", "Kempton Cold Chain", "Randburg Print Shop", "Alex Build Supplies",
                "Bryanston Vet Clinic", "Germiston Steel Cutters"],
    "Bellville": ["Sea Point Deli", "Durbanville Wine Transport", "Parow Auto Electrical", "Khayelitsha Fresh Produce",
                  "Stellenbosch Bike Hire", "Tyger Valley Optometrists", "Epping Joinery", "Brackenfell Pet Parlour",
                  "Goodwood Catering Co", "Kuils River Plumbing"],
    "Umhlanga": ["Umhlanga Dental Studio", "Durban Harbour Freight", "Pinetown Plastics", "Ballito Surf Shack",
                 "Westville Pharmacy", "Phoenix Hardware", "Mount Edgecombe Motors", "Berea Bakery",
                 "Umlazi Taxi Spares", "Hillcrest Kennels"],
}
FLEET_CLIENTS = ["Midrand Logistics", "Kempton Cold Chain", "Durbanville Wine Transport", "Durban Harbour Freight",
                 "Umlazi Taxi Spares", "Khayelitsha Fresh Produce", "Germiston Steel Cutters", "Pinetown Plastics",
                 "Mount Edgecombe Motors", "Goodwood Catering Co"]

used_ids = []
used_set = {}


def new_id():
    while True:
        n = R.randint(10000, 99999)
        if n not in used_set:
            used_set[n] = 1
            return f"KP{n}"


def pick(weighted):
    total = sum(w for _, w in weighted)
    x = R.random() * total
    for item, w in weighted:
        x -= w
        if x < 0:
            return item
    return weighted[-1][0]


def premium(product):
    lo, hi = PREMIUM[product]
    monthly = R.randint(lo, hi)
    if monthly > 1000:
        monthly = monthly // 10 * 10 - 1 if R.random() < 0.5 else monthly
    return monthly * 12


def person():
    return f"{R.choice(INITIALS)}. {R.choice(SURNAMES)}"


def month_days(y, m):
    first = dt.date(y, m, 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def bind_day(first, last):
    # brokers push to bind before month-end: the last week is twice as likely
    days = []
    d = first
    while d <= last:
        if d.weekday() < 5:
            days.append((d, 2 if (last - d).days < 7 else 1))
        d += dt.timedelta(days=1)
    return pick(days)


MONTHS = []
y, m = 2025, 3
while (y, m) <= (2025, 11):
    MONTHS.append((y, m))
    y, m = y + (m == 12), m % 12 + 1
# a month's feel for the whole brokerage: winter (June-August) is slow for car cover
SEASON = {3: 1.05, 4: 0.85, 5: 1.0, 6: 0.9, 7: 0.85, 8: 1.05, 9: 1.1, 10: 1.15, 11: 0.7}

rows = []
for sid, name, mgr, terr, role, start, end, quota, skill, renew, kind in ROSTER:
    start_d = dt.date.fromisoformat(start) if start else PLAN_START
    end_d = dt.date.fromisoformat(end) if end else AS_OF
    book = []  # clients already on the broker's books (for cross-sells and renewals)
    if kind == "C":
        book = [(b, "B") for t in BUSINESSES for b in BUSINESSES[t][:4]] + [(person(), "P") for _ in range(6)]
    elif not start:
        book = [(person(), "P") for _ in range(40)] + [(b, "B") for b in BUSINESSES[terr][:3]]
    else:
        book = [(person(), "P") for _ in range(4)]
    for (y, m) in MONTHS:
        first, last = month_days(y, m)
        first = max(first, start_d)
        last = min(last, end_d, AS_OF)
        if first > last:
            continue
        share = ((last - first).days + 1) / ((month_days(y, m)[1] - month_days(y, m)[0]).days + 1)
        mood = R.uniform(0.55, 1.45)
        base = (2.6 if kind == "C" else 9.0) * skill * SEASON[m] * mood * share
        n_new = max(0, int(round(base + R.uniform(-1.5, 1.5))))
        for _ in range(n_new):
            product = pick(MIX[kind])
            if product == "Gadget Cover":
                typ = "cross-sell"
            else:
                typ = "cross-sell" if (book and R.random() < 0.42) else "new"
            if typ == "cross-sell":
                biz = product in ("Business Pack", "Commercial Fleet")
                same = [c for c in book if (c[1] == "B") == biz]
                client = R.choice(same)[0] if same else None
                if client is None:
                    typ = "new"
            else:
                client = None
            if client is None:
                if product == "Commercial Fleet":
                    client = R.choice(FLEET_CLIENTS)
                elif product == "Business Pack":
                    client = R.choice(BUSINESSES[terr] if kind == "P" else BUSINESSES[R.choice(list(BUSINESSES))])
                else:
                    client = person()
                book.append((client, "B" if product in ("Business Pack", "Commercial Fleet") else "P"))
            close = bind_day(first, last)
            amount = premium(product)
            stage, cancel = "won", ""
            if R.random() < 1 / 18:
                if R.random() < 0.45:
                    c = close + dt.timedelta(days=R.randint(8, 40))
                else:
                    c = close + dt.timedelta(days=R.randint(45, 260))
                if c <= AS_OF:
                    stage, cancel = "cancelled", c.isoformat()
            line = dict(id=new_id(), seller=sid, account=client, name=f"{client} {product}",
                        type=typ, product=product, amount=f"{amount}.00",
                        close_date=close.isoformat(), stage=stage, split="1",
                        probability="", cancel_date=cancel, currency="ZAR")
            if product == "Commercial Fleet" and sid != DESK:
                line["split"] = "0.7"
                rows.append(line)
                rows.append(dict(line, seller=DESK, split="0.3"))
            else:
                rows.append(line)
        # anniversaries: renewals of last year's book
        n_ren = max(0, int(round((1.1 if kind == "C" else 3.0) * renew * R.uniform(0.5, 1.5) * share
                                 + R.uniform(-1, 1))))
        for _ in range(n_ren):
            product = pick(RENEW_MIX[kind])
            cands = [c for c in book if (c[1] == "B") == (product in ("Business Pack", "Commercial Fleet"))]
            if not cands:
                continue
            client = R.choice(cands)[0]
            if product == "Commercial Fleet":
                client = R.choice(FLEET_CLIENTS)
            close = bind_day(first, last)
            amount = premium(product)
            rows.append(dict(id=new_id(), seller=sid, account=client, name=f"{client} {product} renewal",
                             type="renewal", product=product, amount=f"{amount}.00",
                             close_date=close.isoformat(), stage="won", split="1",
                             probability="", cancel_date="", currency="ZAR"))
        # dead quotes
        for _ in range(int(round(base * R.uniform(0.4, 0.8)))):
            product = pick(MIX[kind])
            client = (R.choice(FLEET_CLIENTS) if product == "Commercial Fleet" else
                      R.choice(BUSINESSES[terr]) if product == "Business Pack" else person())
            typ = "cross-sell" if product == "Gadget Cover" else "new"
            close = bind_day(first, last)
            rows.append(dict(id=new_id(), seller=sid, account=client, name=f"{client} {product}",
                             type=typ, product=product, amount=f"{premium(product)}.00",
                             close_date=close.isoformat(), stage="lost", split="1",
                             probability="", cancel_date="", currency="ZAR"))
    # open quotes at the as-of date
    if end_d >= AS_OF:
        n_open = int(round((5 if kind == "C" else 12) * (0.6 + 0.4 * skill) + R.uniform(-3, 3)))
        for _ in range(max(2, n_open)):
            product = pick(MIX[kind])
            if product == "Gadget Cover" or (book and R.random() < 0.35 and product not in ("Business Pack", "Commercial Fleet")):
                typ = "cross-sell"
                client = R.choice([c for c in book if c[1] == "P"] or [(person(), "P")])[0]
            else:
                typ = "new"
                client = (R.choice(FLEET_CLIENTS) if product == "Commercial Fleet" else
                          R.choice(BUSINESSES[terr]) if product == "Business Pack" else person())
            close = dt.date(2025, 11, 10) + dt.timedelta(days=R.randint(0, 109))
            prob = "0.6" if R.random() < 0.45 else "0.3"
            rows.append(dict(id=new_id(), seller=sid, account=client, name=f"{client} {product}",
                             type=typ, product=product, amount=f"{premium(product)}.00",
                             close_date=close.isoformat(), stage="open", split="1",
                             probability=prob, cancel_date="", currency="ZAR"))

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:fyp",
                "quota:anniversary"])
    for sid, name, mgr, terr, role, start, end, quota, *_ in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, end, quota, ANNIV_QUOTA.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
