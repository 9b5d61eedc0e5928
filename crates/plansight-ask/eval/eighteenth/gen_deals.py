#!/usr/bin/env python3
"""Make deals.csv and sellers.csv for the eighteenth workspace (Northbeam Industrial Supply).

Synthetic data: a Canadian industrial-equipment and field-service distributor, CAD, plan
year 2025.  Fixed seed, standard library only.  Run from this directory:

    python3 gen_deals.py

Equipment lines (Polaris compressors, Tamarack pumps, Muskeg forklifts, Kestrel generators)
are type "new" (first equipment order of the account this year) or "expansion"; FleetCare
service agreements are "renewal" or "expansion" (an extension of cover).  Some large
equipment deals are split between two reps of one region (two lines, same id).  A few won
deals are later cancelled (some inside the 90-day clawback window, some outside), three are
credit memos (returns, negative amount), and every rep carries open pipeline forecast to
close in late December with a win probability.
"""
import csv
import datetime as dt
import random

SEED = 18_2025
rng = random.Random(SEED)

PLAN_START = dt.date(2025, 1, 1)
PLAN_END = dt.date(2025, 12, 31)

MANAGERS = {
    "Grace Okafor": "Ontario",
    "Simon Lavoie": "Quebec",
    "Dana Kowalczyk": "Prairies",
    "Raj Dhillon": "Pacific",
}

# name, manager, skill (equipment), service skill, start, end, personal equipment quota
SELLERS = [
    ("Joanna Petrovic", "Grace Okafor", 1.45, 1.10, None, None, "340000.00"),
    ("Liam O'Connell", "Grace Okafor", 1.00, 0.95, None, None, None),
    ("Aisha Rahman", "Grace Okafor", 1.15, 1.30, None, None, None),
    ("Kevin Tran", "Grace Okafor", 0.70, 0.80, None, None, None),
    ("Brooke Sinclair", "Grace Okafor", 0.90, 1.05, None, None, None),
    ("Owen Mackenzie", "Grace Okafor", 1.25, 0.70, None, None, None),
    ("Marc Tremblay", "Simon Lavoie", 1.10, 1.00, None, None, None),
    ("Marc Gagnon", "Simon Lavoie", 0.80, 1.20, None, None, None),
    ("Isabelle Roy", "Simon Lavoie", 1.35, 0.90, None, None, None),
    ("Julien Fortin", "Simon Lavoie", 0.95, 0.85, None, None, None),
    ("Chloe Bergeron", "Simon Lavoie", 0.85, 0.75, dt.date(2025, 8, 4), None, None),
    ("Mathieu Pelletier", "Simon Lavoie", 0.60, 1.00, None, None, None),
    ("Dana Whitford", "Dana Kowalczyk", 1.05, 1.15, None, None, None),
    ("Tyler Friesen", "Dana Kowalczyk", 1.50, 0.95, None, None, None),
    ("Harpreet Gill", "Dana Kowalczyk", 0.90, 1.40, None, None, None),
    ("Colton Schmidt", "Dana Kowalczyk", 0.75, 0.70, None, None, None),
    ("Megan Cardinal", "Dana Kowalczyk", 1.00, 1.00, None, None, None),
    ("Nolan Kuhn", "Dana Kowalczyk", 0.85, 0.90, None, dt.date(2025, 9, 19), None),
    ("Wei Zhang", "Raj Dhillon", 1.20, 1.25, None, None, None),
    ("Sofia Marchetti", "Raj Dhillon", 0.95, 0.90, None, None, None),
    ("Ethan Nakamura", "Raj Dhillon", 1.30, 0.80, None, None, None),
    ("Gurpreet Sandhu", "Raj Dhillon", 0.65, 1.10, None, None, None),
    ("Hannah Lindqvist", "Raj Dhillon", 1.05, 1.05, None, None, None),
    ("Declan Reid", "Raj Dhillon", 0.90, 0.80, dt.date(2025, 5, 12), None, None),
]

ACCOUNTS = {
    "Ontario": [
        "Hamilton Forge Works", "Niagara Bottling Co.", "Lakehead Timber", "Sudbury Nickel Services",
        "Kitchener Plastics", "Windsor Axle & Gear", "Peel Cold Storage", "Kawartha Aggregates",
        "Oshawa Stamping", "Thunder Bay Grain Terminal", "Guelph Food Processors", "Barrie Precast",
        "Muskoka Marine Yards", "Ottawa Valley Hydro Contractors",
    ],
    "Quebec": [
        "Saguenay Aluminium Works", "Trois-Rivieres Pulp", "Beauce Steel Fabricators",
        "Laval Pharma Logistics", "Sherbrooke Dairy Co-op", "Rimouski Port Services",
        "Drummondville Textiles", "Lanaudiere Quarries", "Gatineau Paper Board", "Abitibi Gold Services",
        "Levis Shipyard Supply", "Granby Foods",
    ],
    "Prairies": [
        "Red Deer Aggregates", "Saskatoon Potash Services", "Brandon Feed Mills", "Lethbridge Sugar Co.",
        "Fort McMurray Site Services", "Regina Pipe & Valve", "Medicine Hat Gas Processing",
        "Grande Prairie Lumber", "Winnipeg Cold Chain", "Lloydminster Oilfield Rentals",
        "Camrose Canola Crushers", "Yorkton Grain Handling", "Cobalt Ridge Mining",
    ],
    "Pacific": [
        "Fraser Valley Cold Storage", "Kitimat Smelter Services", "Nanaimo Sawmills", "Kamloops Copper",
        "Delta Port Logistics", "Prince George Pulp", "Okanagan Fruit Packers", "Surrey Precast",
        "Squamish Terminals", "Richmond Seafood Processing", "Trail Metals Recycling",
        "Abbotsford Poultry Co.",
    ],
}

# product: (low, high, step)
EQUIPMENT = {
    "Polaris RS-30": (14000, 32000, 50),
    "Polaris RS-90": (42000, 88000, 100),
    "Tamarack HX-4": (7000, 24000, 50),
    "Muskeg LT-25": (28000, 56000, 100),
    "Kestrel KG-60": (18000, 38000, 50),
    "Kestrel KG-150": (52000, 98000, 100),
}
EQUIPMENT_WEIGHTS = {
    "Polaris RS-30": 22, "Polaris RS-90": 12, "Tamarack HX-4": 20,
    "Muskeg LT-25": 16, "Kestrel KG-60": 18, "Kestrel KG-150": 9,
}
SERVICE = {
    "FleetCare Standard": (3500, 17000, 50),
    "FleetCare Premier": (12000, 46000, 100),
}
SHORT = {
    "Polaris RS-30": "RS-30 compressor", "Polaris RS-90": "RS-90 compressor",
    "Tamarack HX-4": "HX-4 pump skid", "Muskeg LT-25": "LT-25 forklift",
    "Kestrel KG-60": "KG-60 genset", "Kestrel KG-150": "KG-150 genset",
    "FleetCare Standard": "FleetCare Standard", "FleetCare Premier": "FleetCare Premier",
}

QUARTERS = [
    (dt.date(2025, 1, 6), dt.date(2025, 3, 31)),
    (dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
    (dt.date(2025, 7, 2), dt.date(2025, 9, 30)),
    (dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
]
SEASON = [0.85, 1.0, 1.05, 1.15]  # equipment deal count per quarter


def money(x):
    return f"{x:.2f}"


def rand_amount(lo, hi, step):
    return rng.randrange(lo // step, hi // step + 1) * step


def rand_date(a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def poisson(lam):
    # Knuth
    import math
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def active_window(start, end, a, b):
    lo = max(a, start or PLAN_START)
    hi = min(b, end or PLAN_END)
    return (lo, hi) if lo <= hi else None


rows = []
next_id = [40100]


def new_id():
    next_id[0] += rng.randrange(3, 29)
    return f"NB-{next_id[0]}"


def add(deal_id, seller, account, name, typ, product, amount, close, stage="won", split="1",
        prob="", term="", cancel=""):
    rows.append({
        "id": deal_id, "seller": seller, "account": account, "name": name, "type": typ,
        "product": product, "amount": money(amount), "close_date": close.isoformat(),
        "stage": stage, "split": split, "probability": prob, "term_months": term,
        "cancel_date": cancel, "currency": "CAD",
    })


by_region = {}
for s in SELLERS:
    by_region.setdefault(MANAGERS[s[1]], []).append(s)

# each rep works a book of accounts in the region
book = {}
for region, reps in by_region.items():
    accts = ACCOUNTS[region]
    for s in reps:
        book[s[0]] = rng.sample(accts, 6)

for name, mgr, skill, sskill, start, end, _q in SELLERS:
    region = MANAGERS[mgr]
    seen_equipment_accounts = set()
    for qi, (qa, qb) in enumerate(QUARTERS):
        win = active_window(start, end, qa, qb)
        if not win:
            continue
        a, b = win
        frac = ((b - a).days + 1) / ((qb - qa).days + 1)
        # equipment
        n_eq = poisson(4.6 * skill * SEASON[qi] * frac)
        for _ in range(n_eq):
            product = rng.choices(list(EQUIPMENT), weights=list(EQUIPMENT_WEIGHTS.values()))[0]
            amt = rand_amount(*EQUIPMENT[product])
            acct = rng.choice(book[name])
            typ = "expansion" if acct in seen_equipment_accounts else "new"
            seen_equipment_accounts.add(acct)
            close = rand_date(a, b)
            qty = ""
            if product in ("Tamarack HX-4", "Polaris RS-30") and rng.random() < 0.25:
                k = rng.choice([2, 3])
                amt *= k
                qty = f" x{k}"
            add(new_id(), name, acct, f"{acct} - {SHORT[product]}{qty}", typ, product, amt, close)
        # lost equipment
        for _ in range(poisson(2.2 * frac)):
            product = rng.choices(list(EQUIPMENT), weights=list(EQUIPMENT_WEIGHTS.values()))[0]
            acct = rng.choice(ACCOUNTS[region])
            add(new_id(), name, acct, f"{acct} - {SHORT[product]}", rng.choice(["new", "expansion"]),
                product, rand_amount(*EQUIPMENT[product]), rand_date(a, b), stage="lost")
        # service agreements
        n_sv = poisson(3.4 * sskill * frac)
        for _ in range(n_sv):
            product = rng.choices(list(SERVICE), weights=[62, 38])[0]
            amt = rand_amount(*SERVICE[product])
            acct = rng.choice(book[name])
            typ = rng.choices(["renewal", "expansion"], weights=[72, 28])[0]
            term = rng.choices(["12", "24", "36", "60"], weights=[35, 30, 25, 10])[0]
            label = "renewal" if typ == "renewal" else "extension"
            add(new_id(), name, acct, f"{acct} - {SHORT[product]} {label} {term}m", typ, product,
                amt, rand_date(a, b), term=term)
        for _ in range(poisson(0.6 * frac)):
            product = rng.choice(list(SERVICE))
            acct = rng.choice(book[name])
            add(new_id(), name, acct, f"{acct} - {SHORT[product]} renewal", "renewal", product,
                rand_amount(*SERVICE[product]), rand_date(a, b), stage="lost", term="12")

# split deals: large equipment orders shared by two reps of a region (60/40)
for region, reps in by_region.items():
    for _ in range(4):
        r1, r2 = rng.sample(reps, 2)
        a1, b1 = r1[4] or PLAN_START, r1[5] or PLAN_END
        a2, b2 = r2[4] or PLAN_START, r2[5] or PLAN_END
        lo, hi = max(a1, a2, QUARTERS[0][0]), min(b1, b2)
        if lo > hi:
            continue
        product = rng.choice(["Polaris RS-90", "Kestrel KG-150", "Muskeg LT-25"])
        amt = rand_amount(*EQUIPMENT[product]) * rng.choice([2, 3])
        acct = rng.choice(book[r1[0]])
        close = rand_date(lo, hi)
        did = new_id()
        label = f"{acct} - {SHORT[product]} fleet order"
        add(did, r1[0], acct, label, "new", product, amt, close, split="0.6")
        add(did, r2[0], acct, label, "new", product, amt, close, split="0.4")

# cancellations: some won lines become cancelled, inside and outside the 90-day window
won = [r for r in rows if r["stage"] == "won" and r["split"] == "1"]
for r in rng.sample(won, 30):
    close = dt.date.fromisoformat(r["close_date"])
    inside = rng.random() < 0.6
    days = rng.randrange(5, 90) if inside else rng.randrange(95, 200)
    cancel = close + dt.timedelta(days=days)
    if cancel > PLAN_END:
        cancel = PLAN_END
    r["stage"] = "cancelled"
    r["cancel_date"] = cancel.isoformat()

# credit memos: equipment returned after delivery (negative lines, own ids)
for r in rng.sample([r for r in won if r["stage"] == "won" and r["product"] in EQUIPMENT
                     and r["close_date"] < "2025-10-01"], 3):
    close = dt.date.fromisoformat(r["close_date"]) + dt.timedelta(days=rng.randrange(20, 60))
    part = -round(float(r["amount"]) * rng.choice([0.25, 0.5]), 2)
    add(new_id(), r["seller"], r["account"], f"{r['account']} - return credit ({r['id']})", r["type"],
        r["product"], part, close)

# open pipeline, forecast to close in the last days of the plan year
for name, mgr, skill, sskill, start, end, _q in SELLERS:
    if end is not None:
        continue
    for _ in range(rng.randrange(2, 6)):
        if rng.random() < 0.7:
            product = rng.choices(list(EQUIPMENT), weights=list(EQUIPMENT_WEIGHTS.values()))[0]
            typ = rng.choice(["new", "expansion"])
            term = ""
        else:
            product = rng.choice(list(SERVICE))
            typ = "renewal"
            term = rng.choice(["12", "36"])
        acct = rng.choice(book[name])
        prob = rng.choice(["0.2", "0.4", "0.5", "0.6", "0.75", "0.9"])
        add(new_id(), name, acct, f"{acct} - {SHORT[product]} (forecast)", typ, product,
            rand_amount(*(EQUIPMENT.get(product) or SERVICE[product])),
            rand_date(dt.date(2025, 12, 19), PLAN_END), stage="open", prob=prob, term=term)

rows.sort(key=lambda r: (r["close_date"], r["id"], r["seller"]))
cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open("deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open("sellers.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:equipment"])
    for name, mgr, skill, sskill, start, end, q in SELLERS:
        role = "Senior Account Manager" if q else "Account Manager"
        w.writerow([name, name, mgr, MANAGERS[mgr], role, start.isoformat() if start else "",
                    end.isoformat() if end else "", q or ""])

print(len(rows), "deal lines")
