"""Generates deals.csv and sellers.csv for the twelfth workspace (Northfork Building Supply Co.,
building-materials distributor selling to contractors and builders; plan year 1 January -
31 December 2026, USD). Amounts are GROSS MARGIN dollars of the order (section 2 of plan.md).
Fixed seed; run: python3 gen_deals.py"""
import csv, datetime as dt, random

rng = random.Random(20260101)
PLAN_START, PLAN_END = dt.date(2026, 1, 1), dt.date(2026, 12, 31)

# id, name, manager, territory, role, start, end, quota:gross_margin, quota:service_contracts
ROSTER = [
    ("r01", "Maria Delgado",    "Dana Whitfield",  "North Metro", "Outside Sales Rep", "", "", "", ""),
    ("r02", "Kevin Pruitt",     "Dana Whitfield",  "North Metro", "Senior Outside Sales Rep", "", "", "", "220000.00"),
    ("r03", "Jake Sorensen",    "Dana Whitfield",  "North Metro", "Outside Sales Rep", "", "", "", ""),
    ("r04", "Tanya Brooks",     "Dana Whitfield",  "North Metro", "Outside Sales Rep", "", "", "", ""),
    ("r05", "Luis Ferreira",    "Dana Whitfield",  "North Metro", "Outside Sales Rep", "", "", "", ""),
    ("r06", "Dana Ortiz",       "Dana Whitfield",  "North Metro", "Outside Sales Rep", "", "", "", ""),
    ("r07", "Brent Hollister",  "Ray Castellanos", "South Metro", "Outside Sales Rep", "", "2026-09-18", "", ""),
    ("r08", "Maria Kowalski",   "Ray Castellanos", "South Metro", "Outside Sales Rep", "", "", "", ""),
    ("r09", "Derek Nguyen",     "Ray Castellanos", "South Metro", "Senior Outside Sales Rep", "", "", "", "220000.00"),
    ("r10", "Shauna McBride",   "Ray Castellanos", "South Metro", "Outside Sales Rep", "", "", "", ""),
    ("r11", "Tyler Voss",       "Ray Castellanos", "South Metro", "Outside Sales Rep", "", "", "", ""),
    ("r12", "Carla Jimenez",    "Sharon Obi",      "Commercial Builders", "Senior Outside Sales Rep", "", "", "", "220000.00"),
    ("r13", "Owen Fitzgerald",  "Sharon Obi",      "Commercial Builders", "Outside Sales Rep", "", "", "", ""),
    ("r14", "Priya Raman",      "Sharon Obi",      "Commercial Builders", "Outside Sales Rep", "", "", "", ""),
    ("r15", "Marcus Webb",      "Sharon Obi",      "Commercial Builders", "Outside Sales Rep (new hire, ramp)", "2026-06-15", "", "55000.00", "90000.00"),
    ("r16", "Hank Dolan",       "Sharon Obi",      "Commercial Builders", "Outside Sales Rep", "", "", "", ""),
]
SELLERS = [r[0] for r in ROSTER]
START = {r[0]: dt.date.fromisoformat(r[5]) for r in ROSTER if r[5]}
END = {r[0]: dt.date.fromisoformat(r[6]) for r in ROSTER if r[6]}
SKILL = {"r01": 1.05, "r02": 1.35, "r03": 0.8, "r04": 1.0, "r05": 0.9, "r06": 1.15,
         "r07": 0.85, "r08": 1.2, "r09": 1.3, "r10": 0.95, "r11": 0.7, "r12": 1.3,
         "r13": 1.0, "r14": 1.1, "r15": 0.85, "r16": 0.75}

ACCOUNTS = """Hartwell Construction|Bluestem Homes|Ironbridge Builders|Cedar Point Roofing|
Morrow & Sons Framing|Kestrel Custom Homes|Alder Creek Developers|Granite State Remodeling|
Pinnacle Restoration|Birchwood Cabinetry|Redline Roofing Co|Oakhaven Homes|Summit Ridge Contractors|
Lakeshore Renovations|Tri-County Drywall|Prairie Wind Builders|Halvorsen Carpentry|Foxglove Design Build|
Stonebrook Commercial|Meridian General Contractors|Caldwell Property Group|Harbor Point Construction|
Westgate Multifamily|Copperline Builders|Blackhawk Framing|Sawtooth Exteriors|Millrace Homes|
Evergreen Insulation Pros|Thornbury School District|Riverbend Hospitality|Eastfield Medical Campus|
Delmar County Facilities|Gateway Self Storage|Brightwater Senior Living|Union Crossing Apartments|
Sable Ridge Homes|Keystone Commercial Interiors|Ashgrove Builders|Trident Construction Services|
Beacon Hill Remodelers|Northshore Window & Door|Patriot Roofing & Siding|Whitfield Lane Homes|
Carver Street Lofts|Hollow Oak Timberworks""".replace("\n", "").split("|")

# product: (weight, median gross margin of a new-account order, allowed types)
PRODUCTS = {
    "Lumber & Sheathing": (0.30, 14000, ["new", "expansion", "renewal"]),
    "Roofing":            (0.18, 12000, ["new", "expansion", "renewal"]),
    "Insulation":         (0.12, 9000,  ["new", "expansion", "renewal"]),
    "Drywall":            (0.14, 10000, ["new", "expansion", "renewal"]),
    "TrueFrame Windows":  (0.14, 16000, ["new", "expansion", "renewal"]),
    "Jobsite Services":   (0.12, 7000,  ["new", "renewal"]),
}
TYPE_W = {"new": 0.38, "expansion": 0.32, "renewal": 0.30}
TYPE_WORD = {"new": "new account order", "expansion": "add-on order", "renewal": "contract renewal"}
# construction season: more closes April - October
MONTH_W = [5, 6, 8, 9, 10, 10, 10, 10, 9, 9, 7, 7]

def rand_date(lo, hi):
    while True:
        m = rng.choices(range(1, 13), MONTH_W)[0]
        d = dt.date(2026, m, 1) + dt.timedelta(days=rng.randint(0, 30))
        if d.month == m and lo <= d <= hi:
            return d

books = {}
for s in SELLERS:
    if s in ("r12", "r13", "r14", "r15", "r16"):
        pool = ACCOUNTS[14:45]
    elif s in ("r07", "r08", "r09", "r10", "r11"):
        pool = ACCOUNTS[0:30]
    else:
        pool = ACCOUNTS[0:14] + ACCOUNTS[22:45]
    books[s] = rng.sample(pool, 10)
books["r01"][0] = "Hartwell Construction"

rows = []
nid = 30412
def next_id():
    global nid
    did = f"NF-{nid}"
    nid += rng.choice([1, 1, 2, 3, 5])
    return did

for s in SELLERS:
    lo = START.get(s, PLAN_START)
    hi = END.get(s, PLAN_END)
    n = int(68 * ((hi - lo).days + 1) / 365) + 3
    for _ in range(n):
        prod = rng.choices(list(PRODUCTS), [p[0] for p in PRODUCTS.values()])[0]
        w, med, types = PRODUCTS[prod]
        typ = rng.choices(types, [TYPE_W[t] for t in types])[0]
        f = {"new": 1.0, "expansion": 0.8, "renewal": 0.9}[typ]
        amount = round(med * f * SKILL[s] * rng.lognormvariate(0, 0.45) / 25) * 25
        if typ == "new" and prod != "Jobsite Services" and rng.random() < 0.04:
            amount = round(amount * rng.uniform(2.5, 4) / 25) * 25   # a few big builder packages
        amount = max(amount, 800)
        stage = rng.choices(["won", "lost", "open", "cancelled"], [0.62, 0.25, 0.09, 0.04])[0]
        if stage == "open":
            if s in END:
                stage = "lost"
                close = rand_date(lo, hi)
            else:
                close = lo + dt.timedelta(days=rng.randint(0, 45))
                close = max(close, dt.date(2026, 11, 20)) + dt.timedelta(days=rng.randint(0, 30))
                close = min(close, PLAN_END)
        else:
            close = rand_date(lo, hi)
        cancel = ""
        if stage == "cancelled":
            close = rand_date(lo, min(hi, dt.date(2026, 11, 30)))
            days = rng.choice([rng.randint(5, 85), rng.randint(5, 85), rng.randint(100, 200)])
            cd = close + dt.timedelta(days=days)
            if cd > PLAN_END:
                cd = close + dt.timedelta(days=rng.randint(3, max(3, (PLAN_END - close).days)))
            cancel = cd.isoformat()
        prob = ""
        if stage == "open":
            prob = rng.choice(["0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.75", "0.9"])
        acct = rng.choice(books[s])
        term = 12 if typ == "renewal" else rng.choice([0, 0, 0, 12])
        did = next_id()
        name = f"{acct} - {prod} {TYPE_WORD[typ]}"
        base = dict(id=did, account=acct, name=name, type=typ, product=prod,
                    amount=f"{amount:.2f}", close_date=close.isoformat(), stage=stage,
                    probability=prob, term_months=term or "", cancel_date=cancel, currency="USD")
        if typ != "renewal" and rng.random() < 0.06:
            peers = [x for x in SELLERS if x != s and x not in END and x not in START]
            other = rng.choice(peers)
            sp = rng.choice([("0.5", "0.5"), ("0.6", "0.4"), ("0.7", "0.3")])
            rows.append(dict(base, seller=s, split=sp[0]))
            rows.append(dict(base, seller=other, split=sp[1]))
        else:
            rows.append(dict(base, seller=s, split="1"))

# material returns booked as negative add-on lines (credit memos)
for s, prod, amt, day in [("r04", "Roofing", -3150, dt.date(2026, 5, 14)),
                          ("r08", "TrueFrame Windows", -4800, dt.date(2026, 8, 21)),
                          ("r13", "Drywall", -2275, dt.date(2026, 10, 6)),
                          ("r01", "Lumber & Sheathing", -1900, dt.date(2026, 11, 12))]:
    acct = rng.choice(books[s])
    rows.append(dict(id=next_id(), seller=s, account=acct, name=f"{acct} - {prod} return (credit memo)",
                     type="expansion", product=prod, amount=f"{amt:.2f}", close_date=day.isoformat(),
                     stage="won", split="1", probability="", term_months="", cancel_date="",
                     currency="USD"))

rows.sort(key=lambda r: (int(r["id"][3:]), r["seller"]))
cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open("deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)
with open("sellers.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:gross_margin", "quota:service_contracts"])
    for r in ROSTER:
        w.writerow(r)
print(len(rows), "lines")
