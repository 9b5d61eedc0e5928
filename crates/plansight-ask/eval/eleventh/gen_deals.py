"""Generates deals.csv and sellers.csv for the eleventh workspace (Brackenridge Software Ltd,
finance-automation SaaS, plan year 1 April 2026 - 31 March 2027, GBP). Fixed seed;
run: python3 gen_deals.py"""
import csv, datetime as dt, random

rng = random.Random(20260401)
PLAN_START, PLAN_END = dt.date(2026, 4, 1), dt.date(2027, 3, 31)

# id, name, manager, territory, role, start, end, target_incentive, quota:retention, quota:lsv
ROSTER = [
    ("u01", "Hannah Okonkwo",    "Priyanka Desai", "UK North", "Account Executive", "", "", "", "", ""),
    ("u02", "Marcus Bellweather", "Priyanka Desai", "UK North", "Senior Account Executive", "", "", "", "520000.00", ""),
    ("u03", "Tom Hargreaves",    "Priyanka Desai", "UK North", "Account Executive", "", "", "", "", ""),
    ("u04", "Freya McAllister",  "Priyanka Desai", "UK North", "Account Executive", "", "", "", "", ""),
    ("u05", "Rohan Chaudhry",    "Priyanka Desai", "UK North", "Account Executive", "", "", "", "", ""),
    ("u06", "Gemma Whitlock",    "Priyanka Desai", "UK North", "Account Executive", "", "2026-11-13", "", "", ""),
    ("u07", "Oliver Szymanski",  "Callum Fraser",  "UK South & Ireland", "Senior Account Executive", "", "", "", "520000.00", ""),
    ("u08", "Aoife Brennan",     "Callum Fraser",  "UK South & Ireland", "Account Executive", "", "", "", "", ""),
    ("u09", "Daniel Achterberg", "Callum Fraser",  "UK South & Ireland", "Account Executive", "", "", "", "", ""),
    ("u10", "Leila Haddad",      "Callum Fraser",  "UK South & Ireland", "Account Executive", "", "", "", "", ""),
    ("u11", "Samir Qureshi",     "Callum Fraser",  "UK South & Ireland", "Account Executive", "", "", "", "", ""),
    ("u12", "Bethan Pryce",      "Callum Fraser",  "UK South & Ireland", "Account Executive", "", "", "", "", ""),
    ("u13", "Lukas Reinholt",    "Ines Carvalho",  "Benelux & Nordics", "Senior Account Executive", "", "", "", "", ""),
    ("u14", "Tom Lindqvist",     "Ines Carvalho",  "Benelux & Nordics", "Account Executive", "", "", "", "", ""),
    ("u15", "Chiara Venturini",  "Ines Carvalho",  "Benelux & Nordics", "Account Executive", "", "", "", "", ""),
    ("u16", "Noor van Dijk",     "Ines Carvalho",  "Benelux & Nordics", "Account Executive", "", "", "", "", ""),
    ("u17", "Elif Demirci",      "Ines Carvalho",  "Benelux & Nordics", "Associate Account Executive (new hire)", "2026-08-17", "", "30000.00", "200000.00", "120000.00"),
]
SELLERS = [r[0] for r in ROSTER]
START = {r[0]: dt.date.fromisoformat(r[5]) for r in ROSTER if r[5]}
END = {r[0]: dt.date.fromisoformat(r[6]) for r in ROSTER if r[6]}
SKILL = {"u01": 1.0, "u02": 1.35, "u03": 0.85, "u04": 1.1, "u05": 0.95, "u06": 0.8,
         "u07": 1.3, "u08": 1.05, "u09": 0.75, "u10": 1.15, "u11": 0.9, "u12": 1.0,
         "u13": 1.25, "u14": 0.95, "u15": 1.05, "u16": 0.85, "u17": 0.8}

ACCOUNTS = """Halden Foods Group|Pellow & Marsh Solicitors|Greyfriars Housing Trust|Northgate Logistics|
Corbel Engineering|Tarn Valley Water|Redbrook Retail|Ashworth Insurance|Millbrook Hotels|
Kittiwake Energy|Stonegate Pharmacy Group|Loxley Manufacturing|Brightwater Leisure|Calder Biotech|
Farrant & Co|Heronsgate Property|Quayside Media|Elmstead Care Homes|Vantage Freight|Orrin Telecom|
Fenwick Distillers|Hollis Aerospace|Saltire Building Society|Westmoor Academies Trust|Dunmore Plastics|
Bramwell Travel|Cobalt Ridge Mining|Larkfield Garden Centres|Mercer Dental Group|Pennine Rail Services|
Havilland Foods NV|Rijnmond Logistiek|Kvarnby Energi AB|Solheim Shipping AS|Brugge Textiles|
Dalsgaard Bank|Vossberg Chemicals|Aalto Retail Oy|Nordkap Fisheries|Eikenhof Zorg|Limburg Metals|
Fjellstad Construction|Gentse Brouwerij|Utrecht Mobility|Skaraborg Foods|Oresund Ventures|
Ardagh Cider Co|Liffey Print|Corrib Medical|Shannonside Credit Union|Kinsale Seafoods|
Tamar Bridge Estates|Solent Marine|Exmoor Dairies|Penrose Architects|Cotswold Outdoor Works|
Thamesmead Council Services|Bexley Packaging|Wharfedale Brewery|Ribble Valley Homes""".replace("\n", "").split("|")

# product: (weight, median ACV for a new deal, terms)
PRODUCTS = {
    "Ledgerlight":        (0.32, 28000, [12, 24, 36]),
    "Paystream":          (0.24, 22000, [12, 24, 36]),
    "Tallyhub":           (0.18, 16000, [12, 24, 36, 48]),
    "Foresight":          (0.14, 34000, [12, 24, 36]),
    "Launchpad Services": (0.12, 9000,  [12]),
}
TYPE_W = (0.44, 0.28, 0.28)        # new, expansion, renewal
TYPE_WORD = {"new": "new logo", "expansion": "expansion", "renewal": "renewal"}

def rand_date(lo, hi):
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))

books = {}
for i, s in enumerate(SELLERS):
    if s in ("u13", "u14", "u15", "u16", "u17"):
        pool = ACCOUNTS[30:46]
    elif s in ("u07", "u08", "u09", "u10", "u11", "u12"):
        pool = ACCOUNTS[46:60] + ACCOUNTS[0:6]
    else:
        pool = ACCOUNTS[0:30]
    books[s] = rng.sample(pool, 9)

rows = []
nid = 70101
def next_id():
    global nid
    did = f"BR-{nid}"
    nid += rng.choice([1, 1, 1, 2, 3])
    return did

for s in SELLERS:
    lo = START.get(s, PLAN_START)
    hi = END.get(s, PLAN_END)
    n = int(74 * ((hi - lo).days + 1) / 365) + 3
    for _ in range(n):
        prod = rng.choices(list(PRODUCTS), [p[0] for p in PRODUCTS.values()])[0]
        w, med, terms = PRODUCTS[prod]
        if prod == "Launchpad Services":
            typ = "new"
        else:
            typ = rng.choices(["new", "expansion", "renewal"], TYPE_W)[0]
        f = {"new": 1.0, "expansion": 0.45, "renewal": 1.1}[typ]
        amount = round(med * f * SKILL[s] * rng.lognormvariate(0, 0.55) / 50) * 50
        if prod != "Launchpad Services" and typ == "new" and rng.random() < 0.04:
            amount = round(amount * rng.uniform(3, 5) / 50) * 50   # a few enterprise logos
        amount = max(amount, 1500)
        stage = rng.choices(["won", "lost", "open", "cancelled"], [0.61, 0.25, 0.09, 0.05])[0]
        if stage == "open":
            if s in END:
                stage = "lost"
                close = rand_date(lo, hi)
            else:
                close = rand_date(dt.date(2027, 2, 8), PLAN_END)
        else:
            close = rand_date(lo, hi)
        cancel = ""
        if stage == "cancelled":
            close = rand_date(lo, min(hi, dt.date(2027, 2, 20)))
            days = rng.choice([rng.randint(6, 115), rng.randint(6, 115), rng.randint(130, 220)])
            cd = close + dt.timedelta(days=days)
            if cd > PLAN_END:
                cd = close + dt.timedelta(days=rng.randint(4, max(4, (PLAN_END - close).days)))
            cancel = cd.isoformat()
        prob = ""
        if stage == "open":
            prob = rng.choice(["0.1", "0.2", "0.25", "0.3", "0.4", "0.5", "0.6", "0.75", "0.9"])
        acct = rng.choice(books[s])
        term = rng.choice(terms) if typ == "new" else rng.choice([12, 12, 24, 36])
        did = next_id()
        name = f"{acct} - {prod} {TYPE_WORD[typ]}"
        base = dict(id=did, account=acct, name=name, type=typ, product=prod,
                    amount=f"{amount:.2f}", close_date=close.isoformat(), stage=stage,
                    probability=prob, term_months=term, cancel_date=cancel, currency="GBP")
        if prod != "Launchpad Services" and rng.random() < 0.07:
            peers = [x for x in SELLERS if x != s and x not in END and x not in START]
            other = rng.choice(peers)
            sp = rng.choice([("0.5", "0.5"), ("0.6", "0.4"), ("0.7", "0.3"), ("0.75", "0.25")])
            rows.append(dict(base, seller=s, split=sp[0]))
            rows.append(dict(base, seller=other, split=sp[1]))
        else:
            rows.append(dict(base, seller=s, split="1"))

# seat reductions booked as negative expansion lines (contractions)
for s, prod, amt, day in [("u04", "Paystream", -7200, dt.date(2026, 9, 9)),
                          ("u10", "Ledgerlight", -11450, dt.date(2026, 12, 2)),
                          ("u13", "Foresight", -5600, dt.date(2027, 2, 17))]:
    acct = rng.choice(books[s])
    rows.append(dict(id=next_id(), seller=s, account=acct, name=f"{acct} - {prod} seat reduction",
                     type="expansion", product=prod, amount=f"{amt:.2f}", close_date=day.isoformat(),
                     stage="won", split="1", probability="", term_months=12, cancel_date="",
                     currency="GBP"))

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
                "target_incentive", "quota:retention", "quota:lsv"])
    for r in ROSTER:
        w.writerow(r)
print(len(rows), "lines")
