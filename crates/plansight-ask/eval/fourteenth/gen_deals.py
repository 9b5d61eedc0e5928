"""Generates deals.csv and sellers.csv for the fourteenth workspace (Veldmark Freight
Software, plan year 1 July 2025 - 30 June 2026, EUR). Fixed seed; run: python3 gen_deals.py"""
import csv, datetime as dt, random

rng = random.Random(14072025)
PLAN_START, PLAN_END = dt.date(2025, 7, 1), dt.date(2026, 6, 30)

# id, name, manager, region, role, start, end, target_incentive, quota:new_acv
ROSTER = [
    ("v01", "Pieter de Wit",      "Ingrid Vos",        "Benelux & Nordics", "Account Executive", "", "", "", ""),
    ("v02", "Sanne Kuipers",      "Ingrid Vos",        "Benelux & Nordics", "Account Executive", "", "", "", ""),
    ("v03", "Lars Ottosen",       "Ingrid Vos",        "Benelux & Nordics", "Senior Account Executive", "", "", "", ""),
    ("v04", "Noor El Amrani",     "Ingrid Vos",        "Benelux & Nordics", "Account Executive", "", "", "", ""),
    ("v05", "Mikkel Brandrup",    "Ingrid Vos",        "Benelux & Nordics", "Account Executive (left)", "", "2026-02-13", "", ""),
    ("v06", "Freya Lindqvist",    "Ingrid Vos",        "Benelux & Nordics", "Account Executive", "", "", "", ""),
    ("v07", "Jana Hoffmann",      "Florian Brandt",    "DACH", "Senior Account Executive", "", "", "", ""),
    ("v08", "Tobias Reiter",      "Florian Brandt",    "DACH", "Account Executive", "", "", "", ""),
    ("v09", "Pieter Janssens",    "Florian Brandt",    "DACH", "Account Executive", "", "", "", ""),
    ("v10", "Annika Vogel",       "Florian Brandt",    "DACH", "Account Executive", "", "", "", ""),
    ("v11", "Kilian Steiner",     "Florian Brandt",    "DACH", "Account Executive", "", "", "", ""),
    ("v12", "Beatriz Moura",      "Chiara Benedetti",  "Southern Europe", "Account Executive", "", "", "", ""),
    ("v13", "Luca Ferrante",      "Chiara Benedetti",  "Southern Europe", "Account Executive", "", "", "", ""),
    ("v14", "Ines Carvalho",      "Chiara Benedetti",  "Southern Europe", "Account Executive", "", "", "", ""),
    ("v15", "Marco Sartori",      "Chiara Benedetti",  "Southern Europe", "Account Executive (new hire, ramp)", "2026-01-12", "", "30000.00", "22000.00"),
    ("v16", "Alba Romero",        "Chiara Benedetti",  "Southern Europe", "Strategic Account Director", "", "", "50000.00", "60000.00"),
]
SELLERS = [r[0] for r in ROSTER]
START = {r[0]: dt.date.fromisoformat(r[5]) for r in ROSTER if r[5]}
END = {r[0]: dt.date.fromisoformat(r[6]) for r in ROSTER if r[6]}
SKILL = {"v01": 1.05, "v02": 0.8, "v03": 1.3, "v04": 0.95, "v05": 0.7, "v06": 1.1,
         "v07": 1.25, "v08": 0.9, "v09": 1.0, "v10": 0.6, "v11": 1.15,
         "v12": 0.85, "v13": 1.0, "v14": 0.75, "v15": 0.7, "v16": 1.9}

ACCOUNTS = """Rijnpoort Logistics|Baltic Reefer Lines|Alpenland Spedition|Porto Atlantico Cargo|
Kessler Kontraktlogistik|Nordkapp Haulage|Scheldt Terminal Services|Vistula Freight|
Danube Crossdock|Lyngby Cold Chain|Hanse Parcel Partners|Iberia Trans Express|Tagus Bulk Carriers|
Brenner Road Freight|Maas & Waal Distribution|Oresund Forwarding|Gothenburg Box Lines|
Liguria Intermodal|Emilia Food Logistics|Valencia Puerto Logistica|Bilbao Ferro Trans|
Lombardia Cargo Hub|Castello Spedizioni|Ruhrtal Lagerhaus|Schwaben Fracht|Tirol Transit|
Zurichsee Logistik|Graz Ostfracht|Flevoland Agri Freight|Zeeland Chemie Transport|
Antwerp Breakbulk|Ardennes Road Partners|Jutland Express|Skane Trucking|Aalborg Ports Logistics|
Helsinki Nordic Cargo|Tallinn Gateway Freight|Vilnius Corridor|Algarve Refrigerated|
Andalucia Carga|Madrid Centro Distribucion|Catalunya Last Mile|Toscana Trasporti|
Veneto Logistica|Napoli Portuale|Sicilia Ro-Ro|Lyon Rhone Fret|Marseille Fos Logistique|
Kiel Fjord Shipping|Bremen Kaitrans|Leipzig Airfreight Hub|Dresden Elbe Cargo|Salzburg Cargo|
Basel Rheinhafen|Luxembourg Multimodal|Eindhoven Tech Logistics|Utrecht City Freight|
Groningen Noord Transport|Bergen Coastal Freight|Oslo Fjordlink""".replace("\n", "").split("|")

MODULES = {"RouteDesk": 0.40, "DockSlot": 0.25, "TrackBeam": 0.20, "CustomsPilot": 0.15}
MOD_SIZE = {"RouteDesk": 1.3, "DockSlot": 0.8, "TrackBeam": 0.9, "CustomsPilot": 1.0}
# type: (weight, median amount, terms)
TYPES = {
    "new":            (0.30, 17000, [12, 24, 36, 48]),
    "expansion":      (0.26, 9000,  [12, 24]),
    "renewal":        (0.30, 11500, [12, 24, 36]),
    "implementation": (0.14, 8500,  [3, 6, 9]),
}
TYPE_WORD = {"new": "new logo", "expansion": "expansion", "renewal": "renewal",
             "implementation": "implementation"}

def rand_date(lo, hi):
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))

books = {}
for i, s in enumerate(SELLERS):
    own = ACCOUNTS[(i * 3) % len(ACCOUNTS):(i * 3) % len(ACCOUNTS) + 6]
    books[s] = own + rng.sample(ACCOUNTS, 3)

rows = []
nid = 50011
def next_id():
    global nid
    did = f"VM-{nid}"
    nid += rng.choice([1, 1, 1, 2, 3, 4])
    return did

for s in SELLERS:
    lo = START.get(s, PLAN_START)
    hi = END.get(s, PLAN_END)
    base_n = 68 if s != "v16" else 62
    n = int(base_n * ((hi - lo).days + 1) / 365) + 3
    for _ in range(n):
        typ = rng.choices(list(TYPES), [t[0] for t in TYPES.values()])[0]
        w, med, terms = TYPES[typ]
        mod = rng.choices(list(MODULES), list(MODULES.values()))[0]
        amount = med * MOD_SIZE[mod] * SKILL[s] * rng.lognormvariate(0, 0.55)
        if typ in ("new", "expansion") and rng.random() < 0.03:
            amount *= rng.uniform(2.5, 4.0)            # a few large contracts
        amount = max(round(amount / 50) * 50, 1500)
        stage = rng.choices(["won", "lost", "open", "cancelled"], [0.63, 0.27, 0.06, 0.04])[0]
        if stage == "open":
            if s in END:
                stage, close = "lost", rand_date(lo, hi)
            else:
                close = rand_date(dt.date(2026, 6, 1), PLAN_END)
        else:
            close = rand_date(lo, hi)
        cancel = ""
        if stage == "cancelled":
            close = rand_date(lo, min(hi, dt.date(2026, 5, 31)))
            days = rng.choice([rng.randint(10, 110), rng.randint(10, 110), rng.randint(130, 220)])
            cd = close + dt.timedelta(days=days)
            if cd > PLAN_END:
                cd = close + dt.timedelta(days=rng.randint(5, max(5, (PLAN_END - close).days)))
            cancel = cd.isoformat()
        prob = ""
        if stage == "open":
            prob = rng.choice(["0.1", "0.2", "0.25", "0.4", "0.5", "0.6", "0.75", "0.9"])
        acct = rng.choice(books[s])
        term = rng.choice(terms)
        did = next_id()
        name = f"{acct} - {mod} {TYPE_WORD[typ]}"
        base = dict(id=did, account=acct, name=name, type=typ, product=mod,
                    amount=f"{amount:.2f}", close_date=close.isoformat(), stage=stage,
                    probability=prob, term_months=term, cancel_date=cancel, currency="EUR")
        if typ != "implementation" and rng.random() < 0.07:
            peers = [x for x in SELLERS if x != s and x not in END and x not in START]
            other = rng.choice(peers)
            sp = rng.choice([("0.5", "0.5"), ("0.6", "0.4"), ("0.7", "0.3"), ("0.75", "0.25")])
            rows.append(dict(base, seller=s, split=sp[0]))
            rows.append(dict(base, seller=other, split=sp[1]))
        else:
            rows.append(dict(base, seller=s, split="1"))

# licence downgrades booked as credit memos (negative expansion lines)
for s, mod, amt, day in [("v03", "TrackBeam", -5200, dt.date(2025, 11, 18)),
                         ("v08", "DockSlot", -3350, dt.date(2026, 3, 9)),
                         ("v13", "RouteDesk", -6100, dt.date(2026, 5, 21))]:
    acct = rng.choice(books[s])
    rows.append(dict(id=next_id(), seller=s, account=acct,
                     name=f"{acct} - {mod} licence downgrade", type="expansion", product=mod,
                     amount=f"{amt:.2f}", close_date=day.isoformat(), stage="won", split="1",
                     probability="", term_months=12, cancel_date="", currency="EUR"))

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
    w.writerow(["id", "name", "manager", "region", "role", "start_date", "end_date",
                "target_incentive", "quota:new_acv"])
    for r in ROSTER:
        w.writerow(r)
print(len(rows), "lines")
