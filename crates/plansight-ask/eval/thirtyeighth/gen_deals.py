#!/usr/bin/env python3
"""Generate deals.csv and sellers.csv for the thirtyeighth workspace (Maplecrest Insurance
Partners, plan year 2024, as of 2024-10-31). Synthetic, seeded, standard library only.
amount = the brokerage's commission revenue on the policy (CAD), not the premium."""
import csv, random, datetime as dt

random.seed(38)
AS_OF = dt.date(2024, 10, 31)

SELLERS = [
    # id, manager, territory, start, end, strength, overrides
    ("Marc-André Tremblay", "Priya Raghunathan", "Toronto", "", "", 1.9, {"quota:new_biz": "60000.00", "quota:renewal": "220000.00"}),
    ("Jasmine Okafor", "Priya Raghunathan", "Toronto", "", "", 1.15, {}),
    ("Daniel Cho", "Priya Raghunathan", "Toronto", "2024-08-01", "", 0.8, {}),
    ("Aisha Siddiqui", "Priya Raghunathan", "Toronto", "", "", 0.95, {}),
    ("Tom Kowalski", "Priya Raghunathan", "Toronto", "", "", 0.7, {}),
    ("Mathieu Gagnon", "Doug MacPherson", "Calgary", "", "", 1.3, {}),
    ("Kyle Redcrow", "Doug MacPherson", "Calgary", "", "", 1.0, {}),
    ("Harpreet Dhillon", "Doug MacPherson", "Calgary", "", "", 1.45, {"quota:new_biz": "55000.00"}),
    ("Jessica Nguyen", "Doug MacPherson", "Calgary", "", "2024-08-16", 0.85, {}),
    ("Tom Lindqvist", "Doug MacPherson", "Calgary", "", "", 0.55, {}),
    ("Chantal Leblanc", "Geneviève Comeau", "Halifax", "", "", 1.1, {}),
    ("Siobhan MacNeil", "Geneviève Comeau", "Halifax", "", "", 0.9, {}),
    ("Olivier Thériault", "Geneviève Comeau", "Halifax", "", "", 1.0, {}),
    ("Nadia Haddad", "Geneviève Comeau", "Halifax", "2024-05-15", "", 0.75, {}),
]

PRODUCTS = {  # commission revenue range (CAD) for a new policy
    "Commercial Property": (1500, 14000),
    "General Liability": (800, 7000),
    "Fleet Auto": (2500, 22000),
    "Cyber Liability": (600, 5000),
    "Contractors Equipment": (900, 9000),
}
PWEIGHTS = [30, 25, 18, 12, 15]

CITY_ACCOUNTS = {
    "Toronto": ["Kensington Auto Body", "Hurontario Logistics", "Danforth Dental Group", "Leslieville Bakehouse",
                "Queensway Millwork", "Lakeshore Cold Storage", "Scarborough Tool & Die", "Yorkville Design Studio",
                "Etobicoke Paving", "Don Valley Printing", "Riverdale Vet Clinic", "Mississauga Freight Lines",
                "Junction Brewing Co", "Markham Sign Works", "Bayview Property Management", "Cabbagetown Cafe"],
    "Calgary": ["Bow Valley Trucking", "Prairie Grain Co-op", "Foothills Excavating", "Chinook Roofing",
                "Stampede Catering", "Kananaskis Outfitters", "Nose Hill Electric", "Deerfoot Auto Glass",
                "Okotoks Feed & Seed", "Red Deer Rentals", "Bragg Creek Lodge", "Elbow River Engineering",
                "Inglewood Furniture", "Crowfoot Physio", "Airdrie Concrete", "Sundance Landscaping"],
    "Halifax": ["Fundy Marine Services", "Atlantic Seafood Processors", "Bluenose Brewing", "Dartmouth Crane Rental",
                "Bedford Basin Boatworks", "Citadel Hill Hospitality", "Lunenburg Shipwrights", "Truro Farm Equipment",
                "Cape Breton Haulage", "Annapolis Orchards", "Sackville Storage", "Peggy's Cove Tours",
                "Halifax Harbour Pilots", "Wolfville Winery", "Antigonish Builders", "Spring Garden Opticians"],
}

def rand_date(y, m):
    d0 = dt.date(y, m, 1)
    d1 = dt.date(y + (m == 12), m % 12 + 1, 1)
    return d0 + dt.timedelta(days=random.randrange((d1 - d0).days))

def money(x):
    return f"{x:.2f}"

rows = []
seq = [0]
def nid():
    seq[0] += 1
    return f"POL-24-{seq[0]:04d}"

def active(s, d):
    st = dt.date.fromisoformat(s[3]) if s[3] else dt.date(2024, 1, 1)
    en = dt.date.fromisoformat(s[4]) if s[4] else dt.date(2024, 12, 31)
    return st <= d <= en

for s in SELLERS:
    sid, mgr, city, st, en, strength, ov = s
    accts = CITY_ACCOUNTS[city][:]
    random.shuffle(accts)
    accts = accts[:10]
    book = {}  # account -> products held (for renewals/endorsements)
    for m in range(1, 13):
        # new business won, lost, open
        n_new = max(0, round(random.gauss(2.4 * strength, 1.0)))
        for _ in range(n_new):
            d = rand_date(2024, m)
            prod = random.choices(list(PRODUCTS), PWEIGHTS)[0]
            lo, hi = PRODUCTS[prod]
            amt = round(random.uniform(lo, hi) * (0.8 + 0.3 * strength), -1)
            acct = random.choice(accts)
            stage = "won"
            prob = ""
            if d > AS_OF:
                stage = "open"
                prob = random.choice(["0.3", "0.5", "0.7"])
            elif random.random() < 0.25:
                stage = "lost"
            if not active(s, d) and stage != "open":
                continue
            if not active(s, min(d, dt.date(2024, 12, 31))):
                continue
            rows.append(dict(id=nid(), seller=sid, amount=money(amt), close_date=d.isoformat(), stage=stage,
                             type="new", product=prod, split="", probability=prob, cancel_date="",
                             account=acct, name=f"{acct} - {prod} NB"))
            if stage == "won":
                book.setdefault(acct, set()).add(prod)
        if m <= 10:
            # renewals of the existing book (from before 2024)
            n_ren = max(0, round(random.gauss(3.2 * strength, 1.2)))
            for _ in range(n_ren):
                d = rand_date(2024, m)
                if not active(s, d) or d > AS_OF:
                    continue
                prod = random.choices(list(PRODUCTS), PWEIGHTS)[0]
                lo, hi = PRODUCTS[prod]
                amt = round(random.uniform(lo * 0.7, hi * 0.9), -1)
                acct = random.choice(accts)
                stage = "won" if random.random() > 0.08 else "lost"
                rows.append(dict(id=nid(), seller=sid, amount=money(amt), close_date=d.isoformat(), stage=stage,
                                 type="renewal", product=prod, split="", probability="", cancel_date="",
                                 account=acct, name=f"{acct} - {prod} renewal"))
            # endorsements
            if random.random() < 0.6:
                d = rand_date(2024, m)
                if active(s, d) and d <= AS_OF:
                    prod = random.choices(list(PRODUCTS), PWEIGHTS)[0]
                    amt = round(random.uniform(150, 2500), -1)
                    acct = random.choice(accts)
                    rows.append(dict(id=nid(), seller=sid, amount=money(amt), close_date=d.isoformat(), stage="won",
                                     type="endorsement", product=prod, split="", probability="", cancel_date="",
                                     account=acct, name=f"{acct} - {prod} endorsement"))
        # upcoming renewals in the pipeline
        if m in (11, 12):
            for _ in range(random.randint(1, 3)):
                d = rand_date(2024, m)
                prod = random.choices(list(PRODUCTS), PWEIGHTS)[0]
                lo, hi = PRODUCTS[prod]
                if not active(s, d):
                    continue
                acct = random.choice(accts)
                rows.append(dict(id=nid(), seller=sid, amount=money(round(random.uniform(lo * 0.7, hi * 0.9), -1)),
                                 close_date=d.isoformat(), stage="open", type="renewal", product=prod, split="",
                                 probability="0.9", cancel_date="", account=acct, name=f"{acct} - {prod} renewal"))

# cancellations: some new-business policies cancelled flat (same day-ish) or for non-payment
won_new = [r for r in rows if r["stage"] == "won" and r["type"] == "new"]
random.shuffle(won_new)
for i, r in enumerate(won_new[:16]):
    close = dt.date.fromisoformat(r["close_date"])
    if i < 6:
        cd = close + dt.timedelta(days=random.randint(0, 10))       # cancelled flat
    elif i < 12:
        cd = close + dt.timedelta(days=random.randint(60, 89))      # premium not paid in 90 days
    else:
        cd = close + dt.timedelta(days=random.randint(120, 200))    # mid-term cancel, outside window
    if cd > AS_OF:
        cd = AS_OF
    r["stage"] = "cancelled"
    r["cancel_date"] = cd.isoformat()

# co-brokered placements: split 50/50 with an office colleague (same id, two lines)
by_city = {}
for s in SELLERS:
    by_city.setdefault(s[2], []).append(s)
extra = []
cands = [r for r in rows if r["stage"] == "won" and r["type"] == "new" and float(r["amount"]) > 8000]
random.shuffle(cands)
for r in cands[:5]:
    city = next(s[2] for s in SELLERS if s[0] == r["seller"])
    d = dt.date.fromisoformat(r["close_date"])
    mates = [s for s in by_city[city] if s[0] != r["seller"] and active(s, d)]
    if not mates:
        continue
    mate = random.choice(mates)
    r["split"] = "0.5"
    c = dict(r)
    c["seller"] = mate[0]
    extra.append(c)
rows += extra

rows.sort(key=lambda r: (r["close_date"], r["id"], r["seller"]))
cols = ["id", "seller", "amount", "close_date", "stage", "type", "product", "split", "probability",
        "cancel_date", "account", "name"]
with open("deals.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=cols)
    w.writeheader()
    w.writerows(rows)

with open("sellers.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:new_biz", "quota:renewal"])
    for sid, mgr, city, st, en, strength, ov in SELLERS:
        role = "Senior Producer" if ov else ("Associate Producer" if st else "Producer")
        w.writerow([sid, sid, mgr, city, role, st, en, ov.get("quota:new_biz", ""), ov.get("quota:renewal", "")])
print(len(rows), "lines")
