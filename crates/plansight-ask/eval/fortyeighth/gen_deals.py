#!/usr/bin/env python3
"""Generate deals.csv for the fortyeighth workspace (Kobo Rails, NGN, plan year 2026).

Synthetic, seeded, standard library only. One line per deal (split 1) except two co-signed
deals (two lines, same id, 0.5 each). Won deals close 2026-01-05 .. 2026-09-18 (the as-of
date); open deals close October - December 2026. Amounts: TPV products carry the merchant's
signed monthly processed volume (N3m - N70m, a few "big fish" N150m+); Agency Banking Kit and
Terminal Lease carry terminal revenue (N250k - N2.5m). Run: python3 gen_deals.py > deals.csv
"""
import csv, random, sys, datetime as dt

random.seed(4848)
AS_OF = dt.date(2026, 9, 18)
SELLERS = {
    "Babatunde Ogunleye": (dt.date(2026, 1, 1), 1.05),
    "Chiamaka Eze": (dt.date(2026, 1, 1), 1.25),
    "Olubisi Adesanya": (dt.date(2026, 1, 1), 0.8),
    "Ifeanyi Okafor": (dt.date(2026, 1, 1), 1.4),
    "Chukwuemeka Obi": (dt.date(2026, 1, 1), 1.1),
    "Oluwaseun Bakare": (dt.date(2026, 1, 1), 0.7),
    "Ngozi Umeh": (dt.date(2026, 1, 1), 1.0),
    "Babatunde Alabi": (dt.date(2026, 1, 1), 0.9),
    "Temitope Ajayi": (dt.date(2026, 6, 1), 0.55),
    "Musa Abdullahi": (dt.date(2026, 1, 1), 1.2),
    "Hauwa Garba": (dt.date(2026, 1, 1), 0.85),
    "Chinedu Nnamdi": (dt.date(2026, 1, 1), 0.95),
    "Zainab Yusuf": (dt.date(2026, 4, 15), 0.6),
}
ACCOUNTS = {
    "Babatunde Ogunleye": ["Balogun Fabrics", "Idumota Phones Hub", "Marina Suya Spot", "Broad Street Chemist", "Eko Bukka", "Tinubu Square Prints"],
    "Chiamaka Eze": ["Lekki Glow Spa", "Admiralty Grills", "Chevron Drive Mart", "Ikate Fashion House", "Ajah Fresh Foods", "Victoria Island Lounge"],
    "Olubisi Adesanya": ["Ikoyi Bakehouse", "Obalende Motor Parts", "Falomo Pharmacy", "Awolowo Road Books", "Dolphin Estate Laundry"],
    "Ifeanyi Okafor": ["Oniru Hotel and Suites", "Eko Atlantic Cinemas", "Ahmadu Bello Way Autos", "Sandfill Supermarket", "Lagos Island Tiles", "Oba Akran Petrol"],
    "Chukwuemeka Obi": ["Computer Village Gadgets", "Ikeja City Diner", "Allen Avenue Opticals", "Ogba Building Materials", "Opebi Pharmacy", "Alausa Printers"],
    "Oluwaseun Bakare": ["Yaba Tech Stores", "Sabo Market Provisions", "Akoka Cafe", "Ebute Metta Hardware", "Oyingbo Cold Room"],
    "Ngozi Umeh": ["Surulere Kitchen", "Bode Thomas Salon", "Ojuelegba Electronics", "Adeniran Ogunsanya Mall", "Aguda Fish Market"],
    "Babatunde Alabi": ["Oshodi Wholesale", "Mushin Auto Spares", "Isolo Cosmetics", "Ikotun Supermarket", "Ejigbo Furniture"],
    "Temitope Ajayi": ["Gbagada Fitness", "Maryland Mall Kiosk", "Anthony Village Bistro", "Ilupeju Packaging"],
    "Musa Abdullahi": ["Wuse Market Traders", "Garki Pharmacy", "Maitama Suites", "Jabi Lake Eatery", "Utako Motors", "Kubwa Superstore"],
    "Hauwa Garba": ["Gwarinpa Bakery", "Wuse 2 Boutique", "Area 11 Fuel Station", "Lokogoma Provisions", "Asokoro Clinic"],
    "Chinedu Nnamdi": ["Nyanya Building Supplies", "Apo Mechanic Village", "Karu Grains Depot", "Life Camp Grocers", "Durumi Hotel"],
    "Zainab Yusuf": ["Kado Fish Market", "Dutse Alhaji Stores", "Lugbe Pharmacy", "Jahi Textiles"],
}
TPV_PRODUCTS = ["POS Terminal"] * 5 + ["Payment Gateway"] * 3 + ["Settlement Account"] * 2
KIT_PRODUCTS = ["Agency Banking Kit", "Terminal Lease"]

def rnd_date(y, m, lo=1, hi=28):
    return dt.date(y, m, random.randint(lo, hi))

rows = []
n = 1000
def nid():
    global n
    n += 1
    return f"KR-{n}"

for seller, (start, strength) in SELLERS.items():
    seen = set()
    for month in range(1, 13):
        mstart = dt.date(2026, month, 1)
        if mstart < dt.date(start.year, start.month, 1):
            continue
        past = mstart <= AS_OF
        ntpv = random.randint(2, 4) if past else random.randint(1, 2)
        for _ in range(ntpv):
            acct = random.choice(ACCOUNTS[seller])
            typ = "new" if acct not in seen else random.choice(["upgrade", "upgrade", "reactivation"])
            seen.add(acct)
            amt = round(random.uniform(6, 45) * strength * 1_000_000 / 50_000) * 50_000
            lo = max(1, start.day if (start.year, start.month) == (2026, month) else 1)
            hi = 28
            if month == AS_OF.month:
                hi = AS_OF.day
            d = rnd_date(2026, month, lo, hi)
            prod = random.choice(TPV_PRODUCTS)
            if past and d <= AS_OF:
                stage = "won" if random.random() > 0.2 else "lost"
                prob = ""
            else:
                stage, prob = "open", random.choice(["0.3", "0.5", "0.7"])
            rows.append(dict(id=nid(), seller=seller, account=acct, name=f"{acct} {prod}", type=typ,
                             product=prod, amount=f"{amt:.2f}", close_date=d.isoformat(), stage=stage,
                             split="1", probability=prob, cancel_date=""))
        if random.random() < 0.7:
            acct = random.choice(ACCOUNTS[seller])
            prod = random.choice(KIT_PRODUCTS)
            typ = "new" if acct not in seen else "upgrade"
            seen.add(acct)
            amt = round(random.uniform(250_000, 2_500_000) / 10_000) * 10_000
            hi = AS_OF.day if month == AS_OF.month else 28
            lo = start.day if (start.year, start.month) == (2026, month) else 1
            d = rnd_date(2026, month, lo, hi)
            stage = "won" if past else "open"
            rows.append(dict(id=nid(), seller=seller, account=acct, name=f"{acct} {prod}", type=typ,
                             product=prod, amount=f"{amt:.2f}", close_date=d.isoformat(), stage=stage,
                             split="1", probability="" if past else "0.5", cancel_date=""))

# Big fish: a few large new merchants (N150m+), won.
for seller, acct, prod, amt, d in [
    ("Ifeanyi Okafor", "Lekki Free Zone Logistics", "Payment Gateway", 210_000_000, "2026-03-17"),
    ("Chiamaka Eze", "Circle Mall Foodcourt", "POS Terminal", 165_000_000, "2026-06-09"),
    ("Musa Abdullahi", "Central Area Plaza", "Settlement Account", 180_000_000, "2026-08-12"),
    ("Chukwuemeka Obi", "Ikeja GRA Hospital", "Payment Gateway", 155_000_000, "2026-05-21"),
    ("Hauwa Garba", "Abuja Ticketing Hub", "Payment Gateway", 120_000_000, "2026-07-08"),
]:
    rows.append(dict(id=nid(), seller=seller, account=acct, name=f"{acct} {prod}", type="new",
                     product=prod, amount=f"{amt:.2f}", close_date=d, stage="won", split="1",
                     probability="", cancel_date=""))

# Two co-signed deals: two lines with one id, 0.5 each.
for a, b, acct, prod, amt, d in [
    ("Olubisi Adesanya", "Babatunde Ogunleye", "Tafawa Balewa Square Events", "POS Terminal", 40_000_000, "2026-04-14"),
    ("Hauwa Garba", "Zainab Yusuf", "Wuye Market Association", "Settlement Account", 60_000_000, "2026-07-22"),
]:
    i = nid()
    for s in (a, b):
        rows.append(dict(id=i, seller=s, account=acct, name=f"{acct} {prod}", type="new", product=prod,
                         amount=f"{amt:.2f}", close_date=d, stage="won", split="0.5", probability="",
                         cancel_date=""))

# Churned merchants: some won TPV deals become cancelled (within and beyond 90 days).
won = [r for r in rows if r["stage"] == "won" and r["split"] == "1" and r["product"] in TPV_PRODUCTS
       and r["close_date"] <= "2026-08-31"]
for r in random.sample(won, 12):
    close = dt.date.fromisoformat(r["close_date"])
    cd = close + dt.timedelta(days=random.choice([20, 35, 60, 85, 110, 150]))
    if cd > AS_OF:
        cd = AS_OF
    r["stage"], r["cancel_date"] = "cancelled", cd.isoformat()

w = csv.DictWriter(sys.stdout, fieldnames=["id", "seller", "account", "name", "type", "product", "amount",
                                           "close_date", "stage", "split", "probability", "cancel_date"],
                   lineterminator="\n")
w.writeheader()
for r in sorted(rows, key=lambda r: (r["seller"], r["close_date"], r["id"])):
    w.writerow(r)
