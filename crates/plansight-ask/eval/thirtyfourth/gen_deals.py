#!/usr/bin/env python3
"""Make deals.csv and sellers.csv for the thirtyfourth workspace (Lodestar Freight Partners).

Freight agents at a US brokerage, plan year 2025, as of 2025-10-14. Deterministic (fixed
seed); standard library only. Run from this directory: python3 gen_deals.py

What a line is:
- type "spot": one load quoted and covered for an existing shipper; amount = the load's
  gross margin (what the shipper pays less what the carrier is paid); close_date = delivery.
- type "contract": an existing shipper's awarded lane (RFP award); one line per lane and
  month = that month's delivered gross margin on the lane.
- type "new": a new shipper's loads in its first 12 months (onboarded this year), a load or
  a lane-month, any mode.
- product: the mode / service line: Dry Van, Reefer, Flatbed, LTL, Intermodal, Dedicated.
  Dedicated lines are dedicated-fleet contracts (term_months 12, a few 6), amount = the
  first month's gross margin.
- stage: won (delivered), lost (quote or bid lost), open (RFP bids pending, close in
  Oct 15 - Dec 31 2025 with a probability), cancelled (TONU / load cancelled, or the
  shipper's invoice written off as bad debt; cancel_date = that date).
- Co-brokered lanes between desks: the same id on two lines, split 0.5 / 0.5.

The quote win rate (about 63%) is taken from the real Maven CRM export in
/work/shared/data/maven-crm/sales_pipeline.csv (Won / (Won + Lost)) when it is there.
"""
import csv
import datetime as dt
import os
import random

SEED = 3434
AS_OF = dt.date(2025, 10, 14)
YEAR = 2025

rng = random.Random(SEED)


def maven_win_rate():
    path = "/work/shared/data/maven-crm/sales_pipeline.csv"
    if not os.path.exists(path):
        return 0.63
    won = lost = 0
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            if row["deal_stage"] == "Won":
                won += 1
            elif row["deal_stage"] == "Lost":
                lost += 1
    return won / (won + lost)


WIN_RATE = maven_win_rate()

# ---------------------------------------------------------------- roster
# (name, desk, manager, role, start, end, quota_gm override, TI override, skill, new-shipper knack)
DESKS = {
    "Midwest": "Dana Whitfield",
    "Southeast": "Marcus Boateng",
    "Texas": "Rosa Villarreal",
}
AGENTS = [
    ("Tomasz Kowalczyk", "Midwest", "Senior Freight Agent", None, None, "55000.00", "15000.00", 1.30, 1.0),
    ("Keisha Robinson", "Midwest", "Freight Agent", None, None, None, None, 1.05, 1.3),
    ("Chris Nakamura", "Midwest", "Freight Agent", None, None, None, None, 0.85, 0.7),
    ("Brianna O'Neill", "Midwest", "Associate Freight Agent", "2025-06-02", None, "25000.00", None, 0.55, 1.2),
    ("Dmitri Volkov", "Midwest", "Freight Agent", None, "2025-07-18", None, None, 0.92, 0.8),
    ("Chris Delgado", "Southeast", "Freight Agent", None, None, None, None, 1.12, 1.1),
    ("Priyanka Raghavan", "Southeast", "Senior Freight Agent", None, None, "55000.00", "15000.00", 1.22, 1.4),
    ("DeShawn Ellis", "Southeast", "Freight Agent", None, None, None, None, 0.66, 0.6),
    ("Hannah Lindqvist", "Southeast", "Freight Agent", None, None, None, None, 1.00, 0.9),
    ("Wesley Tran", "Southeast", "Associate Freight Agent", "2025-08-04", None, "25000.00", None, 0.50, 1.0),
    ("Nicholas Petrakis", "Texas", "Senior Freight Agent", None, None, "55000.00", "15000.00", 2.05, 1.2),
    ("Katherine Doyle", "Texas", "Freight Agent", None, None, None, None, 0.95, 1.0),
    ("Javier Morales", "Texas", "Freight Agent", None, None, None, None, 1.08, 1.5),
    ("Aaliyah Washington", "Texas", "Freight Agent", None, None, None, None, 0.80, 0.9),
]

# ---------------------------------------------------------------- shippers
SHIPPERS = {
    "Midwest": [
        ("Prairie Gold Mills", "Joliet, IL"), ("Lakeshore Steel Coil", "Gary, IN"),
        ("Badger State Dairy", "Green Bay, WI"), ("Cornbelt Ag Supply", "Des Moines, IA"),
        ("Great Lakes Packaging", "Toledo, OH"), ("Northstar Appliance", "Minneapolis, MN"),
        ("Ozark Pet Foods", "Springfield, MO"), ("Hoosier Cabinet Works", "Elkhart, IN"),
        ("Maumee Glass", "Perrysburg, OH"), ("Driftless Cheese Co", "Monroe, WI"),
    ],
    "Southeast": [
        ("Sunbelt Poultry", "Gainesville, GA"), ("Piedmont Furniture", "High Point, NC"),
        ("Tidewater Paper", "Savannah, GA"), ("Magnolia Beverage", "Birmingham, AL"),
        ("Palmetto Tire", "Greenville, SC"), ("Gulfstream Citrus", "Lakeland, FL"),
        ("Cumberland Building Supply", "Nashville, TN"), ("Blue Ridge Textiles", "Dalton, GA"),
        ("Chattahoochee Brick", "Columbus, GA"), ("Coastal Carolina Seafood", "Wilmington, NC"),
    ],
    "Texas": [
        ("Brazos Valley Produce", "McAllen, TX"), ("Lone Star Resins", "Baytown, TX"),
        ("Permian Pipe & Supply", "Odessa, TX"), ("Alamo Home Goods", "San Antonio, TX"),
        ("Red River Lumber", "Texarkana, TX"), ("Trinity Steel Fabricators", "Fort Worth, TX"),
        ("Rio Grande Cold Storage", "Laredo, TX"), ("Hill Country Brewing", "Austin, TX"),
        ("Gulf Coast Chemical", "Pasadena, TX"), ("Panhandle Feed & Grain", "Amarillo, TX"),
    ],
}
NEW_SHIPPERS = [
    ("Fairway Lawn & Garden", "Midwest"), ("Crescent Medical Supply", "Southeast"),
    ("Summit Solar Racking", "Texas"), ("Bayou Seafood Co", "Texas"),
    ("Ironwood Flooring", "Midwest"), ("Harbor Point Imports", "Southeast"),
    ("Big Sky Mattress", "Midwest"), ("Pecan Grove Foods", "Texas"),
    ("Everglade Nursery", "Southeast"), ("Cascade Water Systems", "Midwest"),
    ("Mesquite Outdoor Living", "Texas"), ("Appalachian Hardwoods", "Southeast"),
    ("Riverbend Auto Parts", "Midwest"), ("Caprock Wind Components", "Texas"),
    ("Low Country Rice", "Southeast"), ("Keel & Anchor Marine", "Southeast"),
    ("Frontier Fence Supply", "Texas"), ("Heartland Vitamins", "Midwest"),
    ("Sandhill Peanut Co", "Southeast"), ("Wabash Valley Plastics", "Midwest"),
]
DESTS = [
    "Atlanta, GA", "Dallas, TX", "Chicago, IL", "Memphis, TN", "Columbus, OH", "Denver, CO",
    "Phoenix, AZ", "Kansas City, MO", "Charlotte, NC", "Jacksonville, FL", "Houston, TX",
    "Indianapolis, IN", "Nashville, TN", "Louisville, KY", "Ontario, CA", "Harrisburg, PA",
    "Laredo, TX", "Salt Lake City, UT", "Oklahoma City, OK", "St. Louis, MO",
]

# gross margin per spot load, by mode
SPOT_GM = {
    "Dry Van": (320, 1450), "Reefer": (520, 2300), "Flatbed": (600, 2700),
    "LTL": (90, 460), "Intermodal": (260, 1150),
}
MODE_WEIGHTS = {
    "Midwest": [("Dry Van", 40), ("Reefer", 18), ("Flatbed", 17), ("LTL", 13), ("Intermodal", 12)],
    "Southeast": [("Dry Van", 38), ("Reefer", 27), ("Flatbed", 12), ("LTL", 14), ("Intermodal", 9)],
    "Texas": [("Dry Van", 33), ("Reefer", 24), ("Flatbed", 23), ("LTL", 8), ("Intermodal", 12)],
}
SEASON = [0.92, 0.88, 0.97, 1.0, 1.06, 1.10, 1.03, 1.04, 1.08, 1.12, 1.0, 1.0]


def pick_mode(desk):
    modes = MODE_WEIGHTS[desk]
    total = sum(w for _, w in modes)
    r = rng.uniform(0, total)
    for m, w in modes:
        r -= w
        if r <= 0:
            return m
    return modes[-1][0]


def poisson(lam):
    # Knuth; lam is small
    import math
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def money(x):
    return f"{x:.2f}"


def month_days(m):
    first = dt.date(YEAR, m, 1)
    nxt = dt.date(YEAR + (m == 12), m % 12 + 1, 1)
    return first, (nxt - first).days


used_ids = set()


def new_id(prefix):
    while True:
        i = f"{prefix}-{rng.randint(10000, 99999)}"
        if i not in used_ids:
            used_ids.add(i)
            return i


rows = []


def add(**kw):
    base = {"id": "", "seller": "", "name": "", "account": "", "type": "", "product": "",
            "stage": "won", "amount": "", "split": "", "close_date": "", "cancel_date": "",
            "probability": "", "term_months": ""}
    base.update(kw)
    rows.append(base)


def lane_name(origin, mode):
    dest = rng.choice(DESTS)
    while dest == origin:
        dest = rng.choice(DESTS)
    return f"{origin.replace(',', '')} - {dest.replace(',', '')}"


def main():
    # assign existing shippers: each agent's book is 4-5 of their desk's shippers
    books = {}
    for desk in DESKS:
        agents = [a for a in AGENTS if a[1] == desk]
        ships = SHIPPERS[desk][:]
        rng.shuffle(ships)
        for i, a in enumerate(agents):
            n = 5 if a[3] is None else 3
            books[a[0]] = [ships[(i * 3 + k) % len(ships)] for k in range(n)]
    # new shippers onboarded this year: each to one agent of its desk, with an onboarding date
    onboard = {a[0]: [] for a in AGENTS}
    for name, desk in NEW_SHIPPERS:
        agents = [a for a in AGENTS if a[1] == desk]
        weights = [a[8] for a in agents]
        tot = sum(weights)
        r = rng.uniform(0, tot)
        for a, w in zip(agents, weights):
            r -= w
            if r <= 0:
                break
        start = dt.date.fromisoformat(a[3]) if a[3] else dt.date(YEAR, 1, 1)
        end = dt.date.fromisoformat(a[4]) if a[4] else AS_OF
        span = (end - start).days
        d = start + dt.timedelta(days=rng.randint(5, max(6, span - 20)))
        onboard[a[0]].append((name, d))

    for (name, desk, role, start, end, qgm, ti, skill, knack) in AGENTS:
        s = dt.date.fromisoformat(start) if start else dt.date(YEAR, 1, 1)
        e = dt.date.fromisoformat(end) if end else AS_OF
        e = min(e, AS_OF)
        for m in range(1, 11):
            first, ndays = month_days(m)
            last = first + dt.timedelta(days=ndays - 1)
            lo, hi = max(first, s), min(last, e)
            if lo > hi:
                continue
            frac = ((hi - lo).days + 1) / ndays
            # ramp for new agents: first months slower
            ramp = 1.0
            if start:
                months_in = (m - s.month)
                ramp = min(1.0, 0.55 + 0.2 * months_in)
            lvl = skill * SEASON[m - 1] * frac * ramp * rng.uniform(0.8, 1.2)

            def day():
                return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))

            # spot loads (won + lost quotes)
            for _ in range(poisson(10.5 * lvl)):
                mode = pick_mode(desk)
                acct, city = rng.choice(books[name])
                gm = rng.uniform(*SPOT_GM[mode])
                add(id=new_id("LD"), seller=name, name=lane_name(city, mode), account=acct,
                    type="spot", product=mode, amount=money(gm), close_date=day().isoformat())
            for _ in range(poisson(10.5 * lvl * (1 - WIN_RATE) / WIN_RATE * 0.5)):
                mode = pick_mode(desk)
                acct, city = rng.choice(books[name])
                gm = rng.uniform(*SPOT_GM[mode])
                add(id=new_id("LD"), seller=name, name=lane_name(city, mode), account=acct,
                    type="spot", product=mode, stage="lost", amount=money(gm),
                    close_date=day().isoformat())
            # contract lane-months
            for _ in range(poisson(4.2 * lvl)):
                mode = pick_mode(desk)
                if mode == "LTL":
                    mode = "Dry Van"
                acct, city = rng.choice(books[name])
                gm = rng.uniform(2600, 8200)
                d = last if last <= hi else hi
                add(id=new_id("CT"), seller=name, name=lane_name(city, mode) + f" ({first:%b})",
                    account=acct, type="contract", product=mode, amount=money(gm),
                    close_date=d.isoformat(), term_months="12")
            # dedicated fleet awards
            if rng.random() < 0.22 * lvl:
                acct, city = rng.choice(books[name])
                trucks = rng.randint(2, 6)
                term = 12 if rng.random() < 0.8 else 6
                gm = trucks * rng.uniform(1900, 2600)
                add(id=new_id("DD"), seller=name, name=f"{city.replace(',', '')} dedicated x{trucks} ({term} mo)",
                    account=acct, type="contract", product="Dedicated", amount=money(gm),
                    close_date=day().isoformat(), term_months=str(term))
            # new shippers' loads (after onboarding)
            live = [(a, d) for a, d in onboard[name] if d <= hi]
            for acct, od in live:
                k = poisson(1.1 * knack * frac * rng.uniform(0.6, 1.4))
                for _ in range(k):
                    dd = day()
                    if dd < od:
                        dd = od
                    mode = pick_mode(desk) if rng.random() < 0.85 else "Dedicated"
                    if mode == "Dedicated":
                        trucks = rng.randint(2, 4)
                        gm = trucks * rng.uniform(1800, 2500)
                        add(id=new_id("DD"), seller=name,
                            name=f"{acct} dedicated x{trucks} (12 mo)",
                            account=acct, type="new", product="Dedicated", amount=money(gm),
                            close_date=dd.isoformat(), term_months="12")
                    else:
                        gm = rng.uniform(*SPOT_GM[mode]) * rng.uniform(1.0, 2.0)
                        add(id=new_id("NS"), seller=name, name=f"{acct} {mode}",
                            account=acct, type="new", product=mode, amount=money(gm),
                            close_date=dd.isoformat())

    # cancelled: some won spot/new loads fall off (TONU) or go bad debt
    won = [r for r in rows if r["stage"] == "won" and r["type"] in ("spot", "new")
           and r["product"] != "Dedicated"]
    rng.shuffle(won)
    for r in won[:48]:
        cd = dt.date.fromisoformat(r["close_date"])
        if rng.random() < 0.6:
            lag = rng.randint(1, 12)          # TONU / cancelled load, billed back
        else:
            lag = rng.randint(45, 150)        # short-paid / bad debt write-off
        c = cd + dt.timedelta(days=lag)
        if c > AS_OF:
            continue
        r["stage"] = "cancelled"
        r["cancel_date"] = c.isoformat()

    # co-brokered lanes between desks: split 50/50 (same id, two lines)
    contracts = [r for r in rows if r["type"] == "contract" and r["product"] != "Dedicated"
                 and r["stage"] == "won"]
    rng.shuffle(contracts)
    names = [a[0] for a in AGENTS]
    actives = {a[0]: (dt.date.fromisoformat(a[3]) if a[3] else dt.date(YEAR, 1, 1),
                      dt.date.fromisoformat(a[4]) if a[4] else AS_OF) for a in AGENTS}
    desk_of = {a[0]: a[1] for a in AGENTS}
    done = 0
    for r in contracts:
        if done >= 14:
            break
        cd = dt.date.fromisoformat(r["close_date"])
        partners = [n for n in names if desk_of[n] != desk_of[r["seller"]]
                    and actives[n][0] <= cd <= actives[n][1]]
        if not partners:
            continue
        p = rng.choice(partners)
        r["split"] = "0.5"
        twin = dict(r)
        twin["seller"] = p
        rows.append(twin)
        done += 1

    # open pipeline: RFP bids and dedicated proposals, closing after the as-of date
    for (name, desk, role, start, end, *_rest) in AGENTS:
        if end:
            continue
        skill = _rest[-2]
        for _ in range(rng.randint(3, 5) + int(skill * 3)):
            acct, city = rng.choice(books[name])
            d = AS_OF + dt.timedelta(days=rng.randint(3, 78))
            if rng.random() < 0.25:
                trucks = rng.randint(2, 5)
                gm = trucks * rng.uniform(1900, 2600)
                add(id=new_id("DD"), seller=name, name=f"{city.replace(',', '')} dedicated x{trucks} (12 mo, RFP)",
                    account=acct, type="contract", product="Dedicated", stage="open",
                    amount=money(gm), close_date=d.isoformat(), term_months="12",
                    probability=rng.choice(["0.25", "0.4", "0.5", "0.6"]))
            else:
                mode = rng.choice(["Dry Van", "Reefer", "Flatbed", "Intermodal"])
                add(id=new_id("CT"), seller=name, name=lane_name(city, mode) + " (RFP)",
                    account=acct, type="contract", product=mode, stage="open",
                    amount=money(rng.uniform(2500, 9000)), close_date=d.isoformat(),
                    term_months="12", probability=rng.choice(["0.2", "0.35", "0.5", "0.7"]))
        # a lost RFP or two
        for _ in range(rng.randint(1, 3)):
            acct, city = rng.choice(books[name])
            s = actives[name][0]
            d = s + dt.timedelta(days=rng.randint(10, (AS_OF - s).days))
            mode = rng.choice(["Dry Van", "Reefer", "Flatbed"])
            add(id=new_id("CT"), seller=name, name=lane_name(city, mode) + " (RFP)",
                account=acct, type="contract", product=mode, stage="lost",
                amount=money(rng.uniform(2500, 9000)), close_date=d.isoformat(), term_months="12")

    rows.sort(key=lambda r: (r["close_date"], r["id"], r["seller"]))
    cols = ["id", "seller", "name", "account", "type", "product", "stage", "amount", "split",
            "close_date", "cancel_date", "probability", "term_months"]
    with open("deals.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)

    with open("sellers.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                    "target_incentive", "quota:gm"])
        for (name, desk, role, start, end, qgm, ti, *_r) in AGENTS:
            w.writerow([name, name, DESKS[desk], desk, role, start or "", end or "", ti or "",
                        qgm or ""])


if __name__ == "__main__":
    main()
