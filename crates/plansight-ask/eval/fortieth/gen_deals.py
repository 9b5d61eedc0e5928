#!/usr/bin/env python3
"""Generate deals.csv and sellers.csv for the fortieth workspace (Brightside Solar Homes, 2025).

Deterministic (seeded). Standard library only. Run from this directory:
    python3 gen_deals.py
Won deals close 2 January - 30 September 2025 (as of 2025-09-30); open deals close Oct-Dec.
"""
import csv, random, datetime as dt

random.seed(4040)
D = dt.date

SELLERS = [
    # id, manager, territory, start, end, skill
    ("Marisol Gutierrez", "Dana Whitfield", "Phoenix", "", "", 1.25),
    ("Tyler Brooks", "Dana Whitfield", "Phoenix", "", "", 0.85),
    ("Anh Nguyen", "Dana Whitfield", "Phoenix", "", "", 1.05),
    ("Daniel Ortiz", "Dana Whitfield", "Phoenix", "", "", 0.70),
    ("Jessica Park", "Dana Whitfield", "Phoenix", "", "", 0.95),
    ("Daniel Reyes", "Ramon Alvarez", "Tucson", "", "", 1.10),
    ("Guadalupe Sandoval", "Ramon Alvarez", "Tucson", "", "", 0.90),
    ("Kevin O'Connor", "Ramon Alvarez", "Tucson", "", "2025-07-31", 0.60),
    ("Priyanka Shah", "Ramon Alvarez", "Tucson", "", "", 1.00),
    ("Jamal Washington", "Keisha Grant", "Las Vegas", "", "", 1.15),
    ("Alexandra Petrova", "Keisha Grant", "Las Vegas", "", "", 0.80),
    ("Brandon Kealoha", "Keisha Grant", "Las Vegas", "2025-06-16", "", 0.65),
    ("Jessica Morales", "Keisha Grant", "Las Vegas", "", "", 1.00),
]

SURNAMES = """Hernandez Nguyen Johnson Patel Kowalski Yazzie Begay Tran Murphy Okafor Castillo Romero
Schmidt Kim Delgado Acosta Whitaker Lindqvist Mendoza Sato Fitzgerald Ramirez Baptiste Haddad
Cohen Vasquez Dubois Oyelaran Chavez Novak Bui Gallegos Montoya Nakamura Abernathy Quintero
Singh Ferreira Holloway Esparza Tsosie Kaur Mahoney Villanueva Pham Greenberg Ibarra Lucero
Okonkwo Reinholt Salazar Contreras Brennan Yamada Tafoya Zamora Ellison Abdi Carrillo Duarte
Whitehorse Marchetti Aguilar Lozano Kincaid Figueroa Takahashi Sorensen Padilla Wojcik""".split()

TYPES = [("loan", 0.5), ("lease", 0.3), ("cash", 0.2)]

def pick_type():
    r = random.random(); acc = 0
    for t, w in TYPES:
        acc += w
        if r < acc: return t
    return "loan"

def month_days(m):
    start = D(2025, m, 1)
    nxt = D(2025, m + 1, 1) if m < 12 else D(2026, 1, 1)
    return start, (nxt - start).days

def rand_day(m, lo=None):
    start, n = month_days(m)
    d = start + dt.timedelta(days=random.randrange(n))
    if lo and d < lo: d = lo
    return d

rows = []
counter = [0]
used_acc = {}

def nid():
    counter[0] += 1
    return f"BSH-{counter[0]:04d}"

def acct(seller):
    while True:
        s = random.choice(SURNAMES)
        name = f"{s} Residence" if s not in used_acc.get("_s", set()) else f"{random.choice('ABCDEFGHJKLMNPRSTW')}. {s} Residence"
        used_acc.setdefault("_s", set()).add(s)
        if name not in used_acc:
            used_acc[name] = seller
            return name


def add(seller, account, product, amount, close, stage="won", typ=None, prob="", cancel="", kw=None):
    typ = typ or pick_type()
    base = account.replace(" Residence", "").split(". ")[-1]
    if product == "Solar PV": name = f"{base} {kw} kW PV ({typ})"
    elif product == "Battery Storage": name = f"{base} battery ({typ})"
    elif product == "EV Charger": name = f"{base} EV charger"
    else: name = f"{base} re-roof"
    rows.append(dict(id=nid(), seller=seller, account=account, name=name, type=typ, product=product,
                     amount=f"{amount:.2f}", close_date=close.isoformat() if close else "", stage=stage,
                     split="1", probability=prob, cancel_date=cancel, currency="USD"))
    return rows[-1]

SEASON = {1: .7, 2: .8, 3: 1.0, 4: 1.1, 5: 1.2, 6: 1.2, 7: 1.05, 8: 1.05, 9: 1.0}
ASOF = D(2025, 9, 30)

for sid, mgr, terr, start, end, skill in SELLERS:
    s0 = D.fromisoformat(start) if start else D(2025, 1, 2)
    e0 = D.fromisoformat(end) if end else ASOF
    for m in range(1, 10):
        mstart, n = month_days(m)
        mend = mstart + dt.timedelta(days=n - 1)
        if mend < s0 or mstart > e0: continue
        ramp = 0.6 if (start and (mstart - s0).days < 40) else 1.0
        k = max(0, round(random.gauss(3.6 * skill * SEASON[m] * ramp, 1.0)))
        for _ in range(k):
            a = acct(sid)
            close = rand_day(m, s0)
            if close > e0: close = e0
            kw = round(random.uniform(5.5, 13.5), 1)
            typ = pick_type()
            price = round(kw * 1000 * random.uniform(2.85, 3.45) / 10) * 10
            stage = "won"
            r = random.random()
            if r < 0.14: stage = "lost"
            add(sid, a, "Solar PV", price, close, stage, typ, kw=kw)
            if stage == "won" and random.random() < 0.4:
                add(sid, a, "Battery Storage", random.choice([11900, 12900, 13500, 14800, 15900, 16750]), close, "won", typ)
            if stage == "won" and random.random() < 0.22:
                add(sid, a, "EV Charger", random.choice([1850, 2100, 2450, 2900, 3200]), close, "won", typ)
            if stage == "won" and random.random() < 0.12:
                add(sid, a, "Roof Replacement", round(random.uniform(11000, 26000) / 50) * 50, close, "won", typ)
        # standalone add-ons / battery retrofits on existing homes
        for _ in range(max(0, round(random.gauss(0.8 * skill, 0.6)))):
            a = acct(sid)
            close = min(rand_day(m, s0), e0)
            p = random.choice(["EV Charger", "EV Charger", "Battery Storage", "Roof Replacement"])
            amt = {"EV Charger": random.choice([1950, 2300, 2750, 3400]),
                   "Battery Storage": random.choice([12400, 14200, 15900]),
                   "Roof Replacement": round(random.uniform(9000, 22000) / 50) * 50}[p]
            add(sid, a, p, amt, close, "won", "cash" if p == "EV Charger" and random.random() < 0.7 else None)
    # open pipeline, Oct-Dec
    if sid != "Kevin O'Connor":
        for _ in range(random.randint(3, 7)):
            a = acct(sid)
            kw = round(random.uniform(6, 13), 1)
            price = round(kw * 1000 * random.uniform(2.9, 3.4) / 10) * 10
            m = random.choice([10, 10, 11, 11, 12])
            add(sid, a, "Solar PV", price, rand_day(m), "open", prob=random.choice(["0.25", "0.4", "0.5", "0.6", "0.75"]), kw=kw)

# cancellations: rescission (within 3 days), install cancels (within 90 days), one late (after 90)
won = [r for r in rows if r["stage"] == "won" and r["product"] in ("Solar PV", "Battery Storage")]
random.shuffle(won)
for i, r in enumerate(won[:14]):
    c = D.fromisoformat(r["close_date"])
    if i < 5: delta = random.randint(1, 3)
    elif i < 12: delta = random.randint(20, 85)
    else: delta = random.randint(100, 140)
    cd = min(c + dt.timedelta(days=delta), ASOF)
    r["stage"] = "cancelled"; r["cancel_date"] = cd.isoformat()

rows.sort(key=lambda r: (r["seller"], r["close_date"] or "9999", r["id"]))
with open("deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["id", "seller", "account", "name", "type", "product", "amount",
                                      "close_date", "stage", "split", "probability", "cancel_date", "currency"])
    w.writeheader(); w.writerows(rows)

with open("sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date"])
    for sid, mgr, terr, start, end, skill in SELLERS:
        w.writerow([sid, sid, mgr, terr, "Energy Consultant", start, end])
