"""Generates deals.csv and sellers.csv for the ninth workspace (Tidewater Surgical,
plan year 1 October 2025 - 30 September 2026). Fixed seed; run: python3 gen_deals.py"""
import csv, datetime as dt, random

rng = random.Random(90210026)
PLAN_START, PLAN_END = dt.date(2025, 10, 1), dt.date(2026, 9, 30)

# id, name, manager, territory, role, start, end, target_incentive, quota:implant
ROSTER = [
    ("r01", "Soren Lindahl",     "Keira Batchelor", "Atlantic Coast", "Territory Manager", "", "", "", ""),
    ("r02", "Adaeze Nwosu",      "Keira Batchelor", "Atlantic Coast", "Territory Manager", "", "", "", ""),
    ("r03", "Matthias Grunwald", "Keira Batchelor", "Atlantic Coast", "Territory Manager", "", "", "", ""),
    ("r04", "Lucia Bertolini",   "Keira Batchelor", "Atlantic Coast", "Senior Territory Manager", "", "", "", ""),
    ("r05", "Hamish Trevelyan",  "Keira Batchelor", "Atlantic Coast", "Territory Manager", "", "2026-05-22", "", ""),
    ("r06", "Yasmin Haddou",     "Keira Batchelor", "Atlantic Coast", "Territory Manager", "", "", "", ""),
    ("r07", "Dmitri Volkov",     "Keira Batchelor", "Atlantic Coast", "Territory Manager", "", "", "", ""),
    ("r08", "Elodie Marchand",   "Tomasz Wielgus",  "Pacific & Mountain", "Territory Manager", "", "", "", ""),
    ("r09", "Kofi Mensah",       "Tomasz Wielgus",  "Pacific & Mountain", "Senior Territory Manager", "", "", "", ""),
    ("r10", "Keira Odunsi",      "Tomasz Wielgus",  "Pacific & Mountain", "Territory Manager", "", "", "", ""),
    ("r11", "Rhys Pemberton",    "Tomasz Wielgus",  "Pacific & Mountain", "Territory Manager", "", "", "", ""),
    ("r12", "Mei-Ling Zhao",     "Tomasz Wielgus",  "Pacific & Mountain", "Territory Manager", "", "", "", ""),
    ("r13", "Anouk Verhaegen",   "Tomasz Wielgus",  "Pacific & Mountain", "Associate Territory Manager (new hire)", "2026-03-16", "", "40000.00", "220000.00"),
    ("r14", "Bastian Kruger",    "Tomasz Wielgus",  "Pacific & Mountain", "Territory Manager", "", "", "", ""),
]
SELLERS = [r[0] for r in ROSTER]
START = {r[0]: dt.date.fromisoformat(r[5]) for r in ROSTER if r[5]}
END = {r[0]: dt.date.fromisoformat(r[6]) for r in ROSTER if r[6]}
SKILL = {"r01": 1.1, "r02": 0.9, "r03": 0.8, "r04": 1.35, "r05": 0.85, "r06": 1.0, "r07": 0.95,
         "r08": 1.2, "r09": 1.25, "r10": 0.9, "r11": 0.75, "r12": 1.05, "r13": 0.8, "r14": 1.0}

ACCOUNTS = """St. Brendan's Regional Medical Center|Harborview Orthopaedic Institute|
Cedar Ridge Surgery Center|Mercy Lakeshore Hospital|Bayfront Joint & Spine|Gresham Valley Hospital|
Northpoint Ambulatory Surgery|Larkspur Community Hospital|Whitcombe University Hospital|
Sandpiper Bone & Joint Clinic|Kestrel Bay Medical Center|Old Mill Surgical Partners|
Pinehurst Memorial|Riverside Sports Medicine|Halcyon Surgical Hospital|Ashby County Medical Center|
Trinity Oaks Health|Cobalt Spine Associates|Marrow Lane Orthopedics|Seacliff Veterans Hospital|
Juniper Hills ASC|Eastgate General|Holloway Children's Hospital|Fairhaven Orthopaedic Group|
Beacon Street Surgical|Alder Creek Hospital|Granite Peak Medical Center|Sierra Vista Ortho|
Copperline Surgery Center|Redwood Coast Hospital|Summerlin Joint Replacement Center|
Tamarack Health System|Bluewater Bone Clinic|Mesa Verde Regional|Cascadia Spine Institute|
Silver Lake Surgical Suites|Ponderosa General Hospital|Driftwood Orthopaedics|Larchfield ASC|
High Desert Medical Center|Wren Valley Hospital|Saguaro Sports & Spine|Orca Sound Medical|
Timberline Surgical|Clearbrook Ortho Partners|Quail Run Hospital|Vista del Mar Medical|
Iron Range Health|Blackstone Surgery Center|Foxglove Community Hospital|Glenmere Orthopaedic Clinic|
Hawthorne Regional|Lantern Bay Surgical|Moss Landing Hospital|Northstar Spine Center|
Prairie Rose Medical|Rookwood Joint Institute|Stillwater Surgical Hospital|Upland Valley Ortho|
Willowmere ASC""".replace("\n", "").split("|")

# product: (weight, median amount, type weights (new, upsell, renewal), terms)
PRODUCTS = {
    "Stratus Knee": (0.27, 26000,  (0.45, 0.35, 0.20), [12, 24, 36]),
    "Corsa Hip":    (0.22, 23000,  (0.45, 0.35, 0.20), [12, 24, 36]),
    "Vela Spine":   (0.16, 32000,  (0.50, 0.30, 0.20), [12, 24, 36]),
    "NavPoint":     (0.04, 150000, (0.70, 0.30, 0.00), [36, 48, 60]),
    "CareLink":     (0.28, 14000,  (0.35, 0.15, 0.50), [12, 24, 36, 48]),
}
TYPE_WORD = {"new": "new account", "upsell": "upsell", "renewal": "renewal"}

def rand_date(lo, hi):
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))

books = {}
for i, s in enumerate(SELLERS):
    own = ACCOUNTS[(i * 4) % len(ACCOUNTS):(i * 4) % len(ACCOUNTS) + 7]
    books[s] = own + rng.sample(ACCOUNTS, 4)

rows = []
nid = 40101
def next_id():
    global nid
    did = f"TWS-{nid}"
    nid += rng.choice([1, 1, 1, 2, 3])
    return did

for s in SELLERS:
    lo = START.get(s, PLAN_START)
    hi = END.get(s, PLAN_END)
    n = int(88 * ((hi - lo).days + 1) / 365) + 4
    for _ in range(n):
        prod = rng.choices(list(PRODUCTS), [p[0] for p in PRODUCTS.values()])[0]
        w, med, tw, terms = PRODUCTS[prod]
        typ = rng.choices(["new", "upsell", "renewal"], tw)[0]
        amount = round(med * SKILL[s] * rng.lognormvariate(0, 0.5) / 50) * 50
        if prod != "NavPoint" and rng.random() < 0.03:
            amount = round(amount * rng.uniform(2.5, 4) / 50) * 50   # a few large contracts
        amount = max(amount, 2500)
        stage = rng.choices(["won", "lost", "open", "cancelled"], [0.64, 0.26, 0.05, 0.05])[0]
        if stage == "open":
            if s in END:
                stage = "lost"
                close = rand_date(lo, hi)
            else:
                close = rand_date(dt.date(2026, 8, 15), PLAN_END)
        else:
            close = rand_date(lo, hi)
        cancel = ""
        if stage == "cancelled":
            close = rand_date(lo, min(hi, dt.date(2026, 8, 15)))
            days = rng.choice([rng.randint(8, 140), rng.randint(8, 140), rng.randint(160, 260)])
            cd = close + dt.timedelta(days=days)
            if cd > PLAN_END:
                cd = close + dt.timedelta(days=rng.randint(5, max(5, (PLAN_END - close).days)))
            cancel = cd.isoformat()
        prob = ""
        if stage == "open":
            prob = rng.choice(["0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9"])
        acct = rng.choice(books[s])
        term = rng.choice(terms) if typ != "renewal" else rng.choice([12, 24, 36])
        did = next_id()
        name = f"{acct} - {prod} {TYPE_WORD[typ]}"
        base = dict(id=did, account=acct, name=name, type=typ, product=prod,
                    amount=f"{amount:.2f}", close_date=close.isoformat(), stage=stage,
                    probability=prob, term_months=term, cancel_date=cancel, currency="USD")
        if rng.random() < 0.07:
            peers = [x for x in SELLERS if x != s and x not in END and x not in START]
            other = rng.choice(peers)
            sp = rng.choice([("0.5", "0.5"), ("0.6", "0.4"), ("0.7", "0.3"), ("0.8", "0.2")])
            rows.append(dict(base, seller=s, split=sp[0]))
            rows.append(dict(base, seller=other, split=sp[1]))
        else:
            rows.append(dict(base, seller=s, split="1"))

# a few implant returns booked as credit memos (negative lines)
for s, prod, amt, day in [("r02", "Corsa Hip", -6400, dt.date(2026, 2, 11)),
                          ("r08", "Stratus Knee", -9150, dt.date(2025, 12, 3)),
                          ("r12", "Vela Spine", -4800, dt.date(2026, 6, 24))]:
    acct = rng.choice(books[s])
    rows.append(dict(id=next_id(), seller=s, account=acct, name=f"{acct} - {prod} return credit",
                     type="upsell", product=prod, amount=f"{amt:.2f}", close_date=day.isoformat(),
                     stage="won", split="1", probability="", term_months=12, cancel_date="",
                     currency="USD"))

rows.sort(key=lambda r: (int(r["id"][4:]), r["seller"]))
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
                "target_incentive", "quota:implant"])
    for r in ROSTER:
        w.writerow(r)
print(len(rows), "lines")
