"""Generates deals.csv for the sixth workspace (fixed seed; run: python3 gen_deals.py)."""
import csv, datetime as dt, random

rng = random.Random(20260606)
SELLERS = [f"s{i:02d}" for i in range(1, 13)]
START = {"s11": dt.date(2026, 7, 13)}
END = {"s06": dt.date(2026, 10, 16)}
SKILL = {"s01": 1.15, "s02": 0.95, "s03": 0.8, "s04": 1.3, "s05": 0.7, "s06": 1.0,
         "s07": 1.05, "s08": 1.2, "s09": 0.85, "s10": 1.0, "s11": 0.75, "s12": 1.4}
ACCOUNTS = """Redfern Haulage|Blue Heron Logistics|Carrow Cold Chain|Dunmore Waste Services|
Elkhorn Bus Lines|Fairlight Couriers|Gallowgate Freight|Hollins Agri Co-op|Ironbridge Cement|
Jessop Removals|Kittering Ambulance Trust|Larchmont Utilities|Millbrook Dairies|Norwick Taxis|
Oxenford Plant Hire|Pennant Petroleum|Quarrington Aggregates|Rushmere Rail Services|
Saltmarsh Seafoods|Tolland Parcel|Upfield Timber|Vantage Car Rental|Westerby Builders Merchants|
Yarrow Hospital Transport|Zephyr Scooters|Ashgrove Council Fleet|Bracken Tree Surgeons|
Cobblestone Brewing|Dovecote Pharmacy Logistics|Embervale Energy|Fenwick Security|
Greystone Mining|Harrowgate Water|Inchcape Towage|Juniperfield Farms|Kelpie Marine|
Lodestar Movers|Marlow Gas Networks|Northdown School Buses|Orrin Line Haul|Pinecrest Landscaping|
Quayside Containers|Rowan Medical Supplies|Stonechat Telecom|Thistle Bakeries|Underhill Recycling|
Valewood Plumbing|Wrenfield Catering|Yewbank Hire|Amberly Coachworks|Birchall Tankers|
Caldwell Linen Services|Dalesman Feeds|Easterling Cabs|Foxley Fuels|Glenmoor Estates|
Hearth & Home Deliveries|Ivybridge Electrical|Kingsway Skips|Lowther Ready-Mix|Moorhen Vets|
Netherby Steel|Oakhurst Pallets|Portland Road Sweepers|Ridgeback Security Vans|Sedgefield Motors|
Tamarind Foods|Umberleigh Forestry|Vickery Glass|Whinmoor Haulage|Yardley Office Supplies""".replace("\n", "").split("|")
# product: (weight, margin median, type weights new/expansion/renewal, terms)
PRODUCTS = {
    "Beacon":  (0.30, 7000,  (0.45, 0.30, 0.25), [12, 24, 36]),
    "Gauge":   (0.18, 5000,  (0.45, 0.35, 0.20), [12, 24, 36]),
    "Compass": (0.24, 11000, (0.45, 0.30, 0.25), [12, 24, 36, 48, 60]),
    "Tachyon": (0.14, 9000,  (0.40, 0.35, 0.25), [12, 24, 36, 48]),
    "Fitment": (0.14, 3500,  (0.55, 0.35, 0.10), [12]),
}
TYPE_WORD = {"new": "new logo", "expansion": "expansion", "renewal": "renewal"}

def rand_date(lo, hi):
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))

# each seller has a home book of accounts; some accounts overlap
books = {}
for i, s in enumerate(SELLERS):
    own = ACCOUNTS[(i * 6) % len(ACCOUNTS):(i * 6) % len(ACCOUNTS) + 9]
    books[s] = own + rng.sample(ACCOUNTS, 6)

rows = []
nid = 60001
for s in SELLERS:
    lo = START.get(s, dt.date(2026, 1, 1))
    n = 100 if s not in START else 48
    for _ in range(n):
        prod = rng.choices(list(PRODUCTS), [p[0] for p in PRODUCTS.values()])[0]
        w, med, tw, terms = PRODUCTS[prod]
        typ = rng.choices(["new", "expansion", "renewal"], tw)[0]
        amount = round(0.66 * med * SKILL[s] * rng.lognormvariate(0, 0.6), 0)
        if rng.random() < 0.03:
            amount = round(amount * rng.uniform(3, 5), 0)   # a few large deals
        amount = max(amount, 600)
        stage = rng.choices(["won", "lost", "open", "cancelled"], [0.58, 0.25, 0.12, 0.05])[0]
        hi = END.get(s, dt.date(2026, 12, 31))
        if stage == "open":
            close = rand_date(max(lo, dt.date(2026, 9, 1)), dt.date(2026, 12, 31))
        else:
            close = rand_date(lo, hi)
        cancel = ""
        if stage == "cancelled":
            close = rand_date(lo, min(hi, dt.date(2026, 11, 15)))
            days = rng.choice([rng.randint(10, 170), rng.randint(10, 170), rng.randint(190, 300)])
            cd = close + dt.timedelta(days=days)
            if cd > dt.date(2026, 12, 31):
                cd = close + dt.timedelta(days=rng.randint(5, max(5, (dt.date(2026, 12, 31) - close).days)))
            cancel = cd.isoformat()
        prob = ""
        if stage == "open":
            prob = rng.choice(["0.1", "0.2", "0.25", "0.4", "0.5", "0.6", "0.75", "0.9"])
        acct = rng.choice(books[s])
        term = rng.choice(terms) if typ != "renewal" else rng.choice([12, 24])
        did = f"FT-{nid}"
        nid += rng.choice([1, 1, 1, 2])
        name = f"{acct} {prod} {TYPE_WORD[typ]}"
        base = dict(id=did, account=acct, name=name, type=typ, product=prod,
                    amount=f"{amount:.2f}", close_date=close.isoformat(), stage=stage,
                    probability=prob, term_months=term, cancel_date=cancel, currency="USD")
        if rng.random() < 0.08:
            other = rng.choice([x for x in SELLERS if x != s and x not in END])
            sp = rng.choice([("0.5", "0.5"), ("0.6", "0.4"), ("0.7", "0.3"), ("0.75", "0.25")])
            rows.append(dict(base, seller=s, split=sp[0]))
            rows.append(dict(base, seller=other, split=sp[1]))
        else:
            rows.append(dict(base, seller=s, split="1"))

rows.sort(key=lambda r: (int(r["id"][3:]), r["seller"]))
cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open("deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)
print(len(rows), "lines")
