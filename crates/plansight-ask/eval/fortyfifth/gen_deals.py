#!/usr/bin/env python3
"""Generate deals.csv for the fortyfifth workspace (Prairie Hill Capital, FY26 Oct 2025 - Sep 2026).

Synthetic, deterministic (seeded). One funded line per won loan/lease (type new / renewal /
add-on) and, beside it, one fee-income line (id + "-FEE", type "fee", same product and
account). Won deals close 2025-10-01 .. 2026-05-31 (as of 2026-05-31). Some won loans paid
off or defaulted (stage cancelled, cancel_date within 12 months, never after 2026-05-31);
their fee lines stay won. Open deals ("approved but not funded" p=0.7, "in underwriting"
p=0.35) close June-September 2026. Lost = declined / withdrawn.
"""
import csv, datetime as dt, random

rnd = random.Random(4545)
AS_OF = dt.date(2026, 5, 31)
START = dt.date(2025, 10, 1)

SELLERS = {
    "Brian Schultz": "DSM", "Megan Reinhart": "DSM", "Thomas Vander Wal": "DSM", "Jessica Nygaard": "DSM",
    "Brian Tjaden": "OMA", "Randall Koch": "OMA", "Amanda Bergstrom": "OMA", "Curtis Hoff": "OMA",
    "Kathleen Sorensen": "FSD", "Nathan Engstrom": "FSD", "Lisa Brandt": "FSD", "Douglas Aasland": "FSD",
}
ACTIVE = {"Randall Koch": (START, dt.date(2026, 3, 31)), "Douglas Aasland": (dt.date(2026, 2, 1), AS_OF)}
PACE = {"Megan Reinhart": 1.35, "Kathleen Sorensen": 1.3, "Brian Schultz": 1.05, "Thomas Vander Wal": 0.8,
        "Jessica Nygaard": 0.95, "Brian Tjaden": 1.1, "Randall Koch": 0.7, "Amanda Bergstrom": 1.2,
        "Curtis Hoff": 0.75, "Nathan Engstrom": 1.0, "Lisa Brandt": 0.9, "Douglas Aasland": 0.6}
ACCOUNTS = {
    "DSM": ["Raccoon River Ag", "Cedar Valley Fabrication", "Skunk Creek Dairy", "Boone County Grain Co",
            "Hawkeye Flatbed Inc", "Wapsi Tool & Die", "Saylorville Precast", "Jasper County Hog Partners",
            "Ankeny Machine Works", "Story City Seed", "Des Moines Valley Freight", "Oskaloosa Implement"],
    "OMA": ["Platte River Grain", "Missouri Valley Freight", "Sandhills Hay & Cattle", "Loup Valley Implement",
            "Elkhorn Metal Stamping", "Papillion Cold Storage", "Wahoo Feedlot LLC", "Blair Ethanol Partners",
            "Fremont Reefer Lines", "Cass County Row Crops", "Gretna Welding Supply", "Bellevue Box & Pallet"],
    "FSD": ["Big Sioux Trucking", "Dakota Plains Transport", "Brandon Valley Dairy", "Lake Norden Cheese Co",
            "Harrisburg Fab & Weld", "Minnehaha Grain Elevator", "Tea Creek Farms", "Yankton Hydraulics",
            "Canton Livestock Hauling", "Madison Ag Aviation", "Dell Rapids Quarry", "Hartford Precision"],
}
PRODUCTS = [("Equipment Lease", 60_000, 600_000, 0.010, 36, 72),
            ("Term Loan", 250_000, 1_800_000, 0.0075, 60, 120),
            ("Line of Credit", 200_000, 1_500_000, 0.005, 12, 12),
            ("Ag Loan", 100_000, 1_000_000, 0.008, 12, 84)]

def rmoney(lo, hi):
    return round(rnd.uniform(lo, hi) / 5000) * 5000

def month_starts():
    d = START
    while d <= AS_OF:
        yield d
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)

def month_end(d):
    n = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return n - dt.timedelta(days=1)

rows, nid = [], 10100
def new_id():
    global nid
    nid += rnd.randint(3, 17)
    return f"PHC-{nid}"

def pick_type():
    return rnd.choices(["new", "renewal", "add-on"], [0.35, 0.35, 0.30])[0]

for seller, mkt in SELLERS.items():
    a0, a1 = ACTIVE.get(seller, (START, AS_OF))
    accts = ACCOUNTS[mkt]
    for m in month_starts():
        me = month_end(m)
        if me < a0 or m > a1:
            continue
        ndeals = max(1, round(rnd.gauss(2.6 * PACE[seller], 1.0)))
        for _ in range(ndeals):
            prod, lo, hi, feepct, t0, t1 = rnd.choice(PRODUCTS)
            day = max(m, a0) + dt.timedelta(days=rnd.randint(0, (min(me, a1) - max(m, a0)).days))
            amt = rmoney(lo, hi)
            typ = pick_type()
            if typ == "new" and rnd.random() < 0.3:
                amt = max(amt, rmoney(1_000_000, 2_000_000)) if prod != "Equipment Lease" else amt
            did, acct = new_id(), rnd.choice(accts)
            term = rnd.choice([t for t in (12, 24, 36, 48, 60, 72, 84, 120) if t0 <= t <= t1] or [t0])
            stage, cancel = "won", ""
            if rnd.random() < 0.05 and (AS_OF - day).days > 40:
                stage = "cancelled"
                cancel = (day + dt.timedelta(days=rnd.randint(30, min(330, (AS_OF - day).days)))).isoformat()
            name = f"{acct} {prod}"
            rows.append(dict(id=did, seller=seller, amount=f"{amt}.00", close_date=day.isoformat(), stage=stage,
                             type=typ, product=prod, split="", probability="", term_months=term,
                             cancel_date=cancel, account=acct, name=name))
            fee = round(amt * feepct * rnd.uniform(0.7, 1.3), -1)
            rows.append(dict(id=did + "-FEE", seller=seller, amount=f"{fee:.2f}", close_date=day.isoformat(),
                             stage="won", type="fee", product=prod, split="", probability="", term_months="",
                             cancel_date="", account=acct, name=name + " fees"))
        # lost (declined / withdrawn)
        for _ in range(rnd.randint(0, 2)):
            prod, lo, hi, *_ = rnd.choice(PRODUCTS)
            day = max(m, a0) + dt.timedelta(days=rnd.randint(0, (min(me, a1) - max(m, a0)).days))
            acct = rnd.choice(accts)
            rows.append(dict(id=new_id(), seller=seller, amount=f"{rmoney(lo, hi)}.00", close_date=day.isoformat(),
                             stage="lost", type=pick_type(), product=prod, split="", probability="",
                             term_months="", cancel_date="", account=acct, name=f"{acct} {prod}"))
    # pipeline, June - September 2026 (none for Randall Koch, who left)
    if seller != "Randall Koch":
        for _ in range(rnd.randint(3, 7)):
            prod, lo, hi, *_ = rnd.choice(PRODUCTS)
            mo = rnd.choice([6, 6, 7, 7, 8, 9])
            day = dt.date(2026, mo, rnd.randint(1, 28))
            acct = rnd.choice(accts)
            p = rnd.choice(["0.7", "0.7", "0.35"])
            rows.append(dict(id=new_id(), seller=seller, amount=f"{rmoney(lo, hi)}.00", close_date=day.isoformat(),
                             stage="open", type=pick_type(), product=prod, split="", probability=p,
                             term_months="", cancel_date="", account=acct, name=f"{acct} {prod}"))

# Co-originated: a few large won deals shared 50/50 with another BDO of the same market.
byseller = {}
for r in rows:
    byseller.setdefault(r["seller"], []).append(r)
extra = []
for s1, s2 in [("Megan Reinhart", "Thomas Vander Wal"), ("Amanda Bergstrom", "Curtis Hoff"),
               ("Kathleen Sorensen", "Nathan Engstrom")]:
    cands = [r for r in byseller[s1] if r["stage"] == "won" and r["type"] != "fee"
             and r["product"] == "Term Loan" and r["close_date"] >= "2026-01-01"]
    for r in cands[:1]:
        for rr in [r] + [x for x in byseller[s1] if x["id"] == r["id"] + "-FEE"]:
            rr["split"] = "0.5"
            c = dict(rr); c["seller"] = s2
            extra.append(c)
rows += extra
rows.sort(key=lambda r: (r["close_date"], r["id"], r["seller"]))
cols = ["id", "seller", "amount", "close_date", "stage", "type", "product", "split", "probability",
        "term_months", "cancel_date", "account", "name"]
with open("deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols)
    w.writeheader()
    w.writerows(rows)
print(len(rows), "rows")
