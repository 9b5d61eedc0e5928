"""Generates deals.csv and sellers.csv for the sixteenth workspace (Harrow & Vane Cyber Ltd, a UK
managed-security reseller; plan year 1 April 2026 - 31 March 2027, GBP, quarterly payouts).
Amounts are ANNUAL CONTRACT VALUE (ACV) in pounds (section 2 of plan.md).
Fixed seed; run: python3 gen_deals.py"""
import csv, datetime as dt, random

rng = random.Random(270401)
PLAN_START, PLAN_END = dt.date(2026, 4, 1), dt.date(2027, 3, 31)

# id, name, manager, region, role, start, end, target_incentive, quota:net_new_acv, quota:renewal_retention
ROSTER = [
    ("E101", "Tom Ashby",        "Fiona Drummond", "London & South East", "Account Manager", "", "", "", "", ""),
    ("E102", "Chloe Whitmore",   "Fiona Drummond", "London & South East", "Senior Account Manager", "", "", "50000.00", "", "560000.00"),
    ("E103", "Fiona Keogh",      "Fiona Drummond", "London & South East", "Account Manager", "", "", "", "", ""),
    ("E104", "Oliver Grant",     "Fiona Drummond", "London & South East", "Account Manager", "", "", "", "", ""),
    ("E105", "Aisha Begum",      "Fiona Drummond", "London & South East", "Account Manager", "", "", "", "", ""),
    ("E106", "Callum Reid",      "Gareth Pryce",   "North & Scotland", "Account Manager", "", "", "", "", ""),
    ("E107", "Tom Okafor",       "Gareth Pryce",   "North & Scotland", "Account Manager", "", "", "", "", ""),
    ("E108", "Harriet Lowe",     "Gareth Pryce",   "North & Scotland", "Senior Account Manager", "", "", "50000.00", "", "560000.00"),
    ("E109", "Jamie Sutherland", "Gareth Pryce",   "North & Scotland", "Account Manager", "", "2026-11-20", "", "", ""),
    ("E110", "Priyanka Shah",    "Gareth Pryce",   "North & Scotland", "Account Manager", "", "", "", "", ""),
    ("E111", "Ewan MacLeod",     "Nadia Rahman",   "Public Sector", "Account Manager", "", "", "", "", ""),
    ("E112", "Sophie Brennan",   "Nadia Rahman",   "Public Sector", "Account Manager", "", "", "", "", ""),
    ("E113", "Daniel Mensah",    "Nadia Rahman",   "Public Sector", "Senior Account Manager", "", "", "50000.00", "", "560000.00"),
    ("E114", "Grace Adeyemi",    "Nadia Rahman",   "Public Sector", "Account Manager (new hire, ramp)", "2026-08-17", "", "", "90000.00", "200000.00"),
    ("E115", "Liam Fairbairn",   "Nadia Rahman",   "Public Sector", "Account Manager", "", "", "", "", ""),
]
SELLERS = [r[0] for r in ROSTER]
START = {r[0]: dt.date.fromisoformat(r[5]) for r in ROSTER if r[5]}
END = {r[0]: dt.date.fromisoformat(r[6]) for r in ROSTER if r[6]}
SKILL = {"E101": 1.0, "E102": 1.45, "E103": 0.95, "E104": 0.55, "E105": 1.15,
         "E106": 1.05, "E107": 0.8, "E108": 1.3, "E109": 0.75, "E110": 1.1,
         "E111": 0.9, "E112": 0.5, "E113": 1.55, "E114": 0.85, "E115": 1.0}

COMMERCIAL = """Brackenridge Building Society|Tamsin Logistics|Holloway & Pike Solicitors|Greyfriars Insurance|
Larkspur Retail Group|Meridian Freight|Aldwych Capital Partners|Corvid Pharma|Blackwater Marine|Pennant Foods|
Thistledown Hotels|Ashcombe Estates|Quayside Media|Redbrook Engineering|Fenwick & Moss|Kilnworth Ceramics|
Osprey Air Charter|Halden Energy|Stirling Gate Distillers|Marlow Wealth|Glenmuir Water|Tyne Valley Foods|
Cardinal Print Works|Ravensworth Group|Hawthorne Care Homes""".replace("\n", "").split("|")
PUBLIC = """Calder Valley Council|Northgate NHS Trust|Severnside College|Kingsmere Academy Trust|
Westbridge Borough Council|Dunmore Police Authority|Lowther University|Harbourside Fire & Rescue|
Elmsworth District Council|St Aidan's Hospice|Crownhill Housing Association|Moorfield Schools Partnership|
Brockley Water Board|Tarn County Archives|Ravensholme Council""".replace("\n", "").split("|")

# product: (weight, median ACV of a new logo, allowed types)
PRODUCTS = {
    "Sentinel MDR":       (0.28, 30000, ["new", "upsell", "renewal"]),
    "Lumen SIEM":         (0.16, 26000, ["new", "upsell", "renewal"]),
    "Keyward IAM":        (0.16, 18000, ["new", "upsell", "renewal"]),
    "Perimeter Firewall": (0.18, 15000, ["new", "upsell", "renewal"]),
    "Phishguard":         (0.12, 7000,  ["new", "upsell", "renewal"]),
    "IR Retainer":        (0.10, 12000, ["new", "renewal"]),
}
TYPE_W = {"new": 0.40, "upsell": 0.30, "renewal": 0.30}
TYPE_WORD = {"new": "new logo", "upsell": "upsell", "renewal": "renewal"}
# April ... March: budget flush in December and March
MONTH_W = [7, 8, 9, 7, 7, 10, 10, 11, 13, 8, 10, 14]

def month_start(i):
    y, m = (2026, 4 + i) if i < 9 else (2027, i - 8)
    return dt.date(y, m, 1)

def rand_date(lo, hi):
    while True:
        i = rng.choices(range(12), MONTH_W)[0]
        d = month_start(i) + dt.timedelta(days=rng.randint(0, 30))
        if d.month == month_start(i).month and lo <= d <= hi:
            return d

books = {}
for s in SELLERS:
    pool = PUBLIC if s in ("E111", "E112", "E113", "E114", "E115") else COMMERCIAL
    books[s] = rng.sample(pool, 9)

rows = []
nid = 40210
def next_id():
    global nid
    did = f"HV-{nid}"
    nid += rng.choice([1, 1, 2, 3, 4])
    return did

for s in SELLERS:
    lo = START.get(s, PLAN_START)
    hi = END.get(s, PLAN_END)
    n = int(62 * ((hi - lo).days + 1) / 365) + 3
    for _ in range(n):
        prod = rng.choices(list(PRODUCTS), [p[0] for p in PRODUCTS.values()])[0]
        w, med, types = PRODUCTS[prod]
        typ = rng.choices(types, [TYPE_W[t] for t in types])[0]
        f = {"new": 1.0, "upsell": 0.55, "renewal": 1.1}[typ]
        amount = round(med * f * SKILL[s] * rng.lognormvariate(0, 0.5) / 50) * 50
        if typ == "new" and prod in ("Sentinel MDR", "Lumen SIEM") and rng.random() < 0.05:
            amount = round(amount * rng.uniform(2.5, 4) / 50) * 50   # a few multi-site estates
        amount = max(amount, 1500)
        stage = rng.choices(["won", "lost", "open", "cancelled"], [0.60, 0.26, 0.10, 0.04])[0]
        if stage == "open" and s in END:
            stage = "lost"
        if stage == "open":
            close = dt.date(2027, 2, 1) + dt.timedelta(days=rng.randint(0, 57))
        else:
            close = rand_date(lo, hi)
        cancel = ""
        if stage == "cancelled":
            close = rand_date(lo, min(hi, dt.date(2027, 1, 31)))
            days = rng.choice([rng.randint(10, 110), rng.randint(10, 110), rng.randint(130, 220)])
            cd = close + dt.timedelta(days=days)
            if cd > PLAN_END:
                cd = close + dt.timedelta(days=rng.randint(5, max(5, (PLAN_END - close).days)))
            cancel = cd.isoformat()
        prob = ""
        if stage == "open":
            prob = rng.choice(["0.1", "0.25", "0.4", "0.5", "0.6", "0.75", "0.9"])
        acct = rng.choice(books[s])
        if typ == "renewal":
            term = 12
        elif typ == "new":
            term = rng.choice([12, 12, 24, 36, 36, 48])
        else:
            term = rng.choice([12, 24, ""])
        did = next_id()
        name = f"{acct} - {prod} {TYPE_WORD[typ]}"
        base = dict(id=did, account=acct, name=name, type=typ, product=prod,
                    amount=f"{amount:.2f}", close_date=close.isoformat(), stage=stage,
                    probability=prob, term_months=term, cancel_date=cancel, currency="GBP")
        if typ != "renewal" and rng.random() < 0.07:
            peers = [x for x in SELLERS if x != s and x not in END and x not in START]
            other = rng.choice(peers)
            sp = rng.choice([("0.5", "0.5"), ("0.6", "0.4"), ("0.75", "0.25")])
            rows.append(dict(base, seller=s, split=sp[0]))
            rows.append(dict(base, seller=other, split=sp[1]))
        else:
            rows.append(dict(base, seller=s, split="1"))

# seat reductions booked as negative upsell lines (downgrades)
for s, prod, amt, day in [("E105", "Keyward IAM", -4200, dt.date(2026, 6, 11)),
                          ("E108", "Lumen SIEM", -6500, dt.date(2026, 9, 24)),
                          ("E113", "Phishguard", -1850, dt.date(2026, 12, 3)),
                          ("E101", "Perimeter Firewall", -3300, dt.date(2027, 2, 17))]:
    acct = rng.choice(books[s])
    rows.append(dict(id=next_id(), seller=s, account=acct, name=f"{acct} - {prod} downgrade",
                     type="upsell", product=prod, amount=f"{amt:.2f}", close_date=day.isoformat(),
                     stage="won", split="1", probability="", term_months="", cancel_date="",
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
    w.writerow(["id", "name", "manager", "region", "role", "start_date", "end_date",
                "target_incentive", "quota:net_new_acv", "quota:renewal_retention"])
    for r in ROSTER:
        w.writerow(r)
print(len(rows), "lines")
