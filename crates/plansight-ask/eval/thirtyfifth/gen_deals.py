#!/usr/bin/env python3
"""Generate deals.csv and sellers.csv for the thirtyfifth workspace (Riverbend Media Group).

Synthetic insertion orders (IOs) for a local TV & digital ad sales team, FY2026
(1 July 2025 - 30 June 2026), written as of 2026-03-13: won, lost and cancelled IOs close
1 July 2025 - 13 March 2026; open IOs are expected to close 16 March - 30 June 2026.
Deterministic (fixed seed); standard library only.  Run:  python3 gen_deals.py
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 3, 13)
START = dt.date(2025, 7, 1)
END = dt.date(2026, 6, 30)
rng = random.Random(35)
HOLIDAYS = {dt.date(2025, 7, 4), dt.date(2025, 9, 1), dt.date(2025, 11, 27), dt.date(2025, 11, 28),
            dt.date(2025, 12, 24), dt.date(2025, 12, 25), dt.date(2026, 1, 1), dt.date(2026, 1, 19)}

# ------------------------------------------------------------------ roster
MANAGERS = {
    "Metro Direct": "Gail Henderson",
    "Agency Row": "Raymond Chu",
    "Valley": "Nadia Petrova",
}
# name, territory, role, start, end, billed quota override, digital quota override,
# performance per fiscal quarter (share of quota billed), digital share, political share
SELLERS = [
    ("Marcus Whitfield", "Metro Direct", "Senior Account Executive", None, None, "360000.00", None,
     (1.32, 1.18, 1.45), 0.14, 0.10),
    ("Guadalupe Navarro", "Metro Direct", "Account Executive", None, None, None, None,
     (0.98, 1.06, 0.93), 0.22, 0.05),
    ("Kevin O'Brien", "Metro Direct", "Account Executive", None, None, None, None,
     (0.71, 0.62, 0.30), 0.10, 0.08),
    ("Anh Tran", "Metro Direct", "Account Executive", None, None, None, None,
     (1.07, 0.88, 1.12), 0.30, 0.00),
    ("Kevin Park", "Agency Row", "Senior Account Executive", None, None, "380000.00", None,
     (1.12, 1.26, 1.02), 0.18, 0.12),
    ("Rebecca Goldstein", "Agency Row", "Senior Account Executive", None, None, "380000.00", None,
     (1.58, 1.71, 1.52), 0.10, 0.15),
    ("Darnell Jackson", "Agency Row", "Account Executive", None, None, None, None,
     (0.94, 0.99, 0.81), 0.12, 0.20),
    ("Siobhan Murphy", "Agency Row", "Account Executive", None, None, None, None,
     (0.83, 0.74, 0.66), 0.20, 0.06),
    ("Javier Ruiz", "Agency Row", "Account Executive", None, "2026-01-16", None, None,
     (1.01, 0.92, 0.50), 0.15, 0.10),
    ("Aisha Rahman", "Valley", "Senior Account Executive", None, None, None, "180000.00",
     (1.22, 1.09, 1.36), 0.42, 0.04),
    ("Chris Delgado", "Valley", "Account Executive", None, None, None, None,
     (0.88, 0.97, 0.58), 0.28, 0.10),
    ("Christine Yoon", "Valley", "Account Executive", "2025-10-06", None, None, None,
     (0.0, 0.55, 0.78), 0.35, 0.00),
    ("Tomasz Kowalski", "Valley", "Account Executive", "2026-01-05", None, None, None,
     (0.0, 0.0, 0.44), 0.30, 0.00),
]

PLAN_QUOTAS = [280000, 340000, 240000, 300000]

ACCOUNTS = {
    "Marcus Whitfield": ["Riverside Honda", "Tri-County Chevrolet", "Falls City Furniture",
                         "Kessler Injury Law", "Hometown Hyundai", "Gateway Mall",
                         "Big Muddy Brewing", "Derby City Tire"],
    "Guadalupe Navarro": ["Evergreen Dental Group", "Sunrise Senior Living", "Magnolia Bridal",
                          "Lakeside Urgent Care", "Papa Rocco's Pizza", "Riverbend Zoo",
                          "La Estrella Supermercado"],
    "Kevin O'Brien": ["Miller & Sons Plumbing", "Cardinal Heating & Air", "Legacy Roofing",
                      "Bluegrass Mattress", "Smith Family Funeral Home", "Heritage Federal Credit Union"],
    "Anh Tran": ["Pho Saigon Kitchen", "Riverbend Nail Supply", "Northside Chiropractic",
                 "Clearwater Pools & Spas", "Summit Fitness", "Oak Street Pediatrics"],
    "Kevin Park": ["First Harbor Bank", "Kentuckiana Ford Dealers", "Tri-State Power & Light",
                   "Crossroads Mall", "Tri-State Lottery", "Riverbend Transit Authority"],
    "Rebecca Goldstein": ["St. Vincent Regional Health", "Big River Casino & Resort",
                          "Heartland Credit Union", "Lakeview Orthopedics",
                          "University of Riverbend Athletics", "Whitaker Grocery"],
    "Darnell Jackson": ["Midwest Toyota Dealers", "Riverbend Community College",
                        "Brightline Wireless", "Allied Home Health", "Fairgrounds Speedway"],
    "Siobhan Murphy": ["Shamrock Insurance Group", "Blue Barn Realty", "Greenway Landscaping",
                       "Paws & Claws Pet Hospital", "Downtown Riverbend Partnership"],
    "Javier Ruiz": ["Caliente Cantina Group", "Premier Mortgage", "Iron Horse Harley-Davidson",
                    "Bright Smile Orthodontics"],
    "Aisha Rahman": ["Jasper Farm Supply", "Hilltop Bank & Trust", "Hoosier Tractor & Equipment",
                     "Orchard Hill Winery", "Madison Marina", "Seymour Chrysler"],
    "Chris Delgado": ["Harmon's Hardware", "Corydon Ford", "Brown County Cabins",
                      "Pike's Pharmacy", "Bedford Family Dentistry"],
    "Christine Yoon": ["Scottsburg Auto Mall", "Lanesville Heritage Festival",
                       "Salem Feed & Seed", "Paoli Peaks Resort"],
    "Tomasz Kowalski": ["North Vernon Lumber", "Crane Credit Union", "Hoosier Hills Realty"],
}
# one-off accounts: exactly one IO each (so "the <account> deal" names one IO)
ONE_OFF = {
    "Marcus Whitfield": "Stonegate Builders",
    "Guadalupe Navarro": "Riverbend Symphony",
    "Kevin O'Brien": "Patriot Pest Control",
    "Anh Tran": "Golden Lotus Day Spa",
    "Kevin Park": "Commonwealth Blood Center",
    "Rebecca Goldstein": "Lakefront Children's Museum",
    "Darnell Jackson": "Thunder Ridge Motocross",
    "Siobhan Murphy": "Celtic Fest Riverbend",
    "Aisha Rahman": "Salt Creek Golf Club",
    "Chris Delgado": "Wyandotte Caves",
    "Christine Yoon": "Clifty Falls Lodge",
    "Tomasz Kowalski": "Lincoln Amphitheatre",
}
POLITICAL = {
    # fall 2025 municipal / school races, then the spring 2026 primary
    "fall": ["Ortiz for Mayor", "Friends of Dana Whitley", "Yes on Riverbend Schools Levy",
             "Citizens for Judge Hartley", "Committee to Elect Ray Boone"],
    "spring": ["Kim Nguyen for Congress", "Hollis for State Senate", "Fairness Forward PAC",
               "Bradley for Sheriff"],
}
CAMPAIGNS = {
    7: ["Summer Clearance", "Fourth of July", "Summer Nights"],
    8: ["Back to School", "Labor Day Preview", "Dog Days Sale"],
    9: ["Labor Day", "Football Fridays", "Fall Open House"],
    10: ["Fall Sales Event", "Halloween", "October Promo"],
    11: ["Black Friday", "Veterans Day", "Thanksgiving"],
    12: ["Holiday", "Year-End Clearance", "Gift Guide"],
    1: ["New Year", "Winter Clearance", "January Kickoff"],
    2: ["Big Game", "Valentine's", "Presidents Day"],
    3: ["March Madness", "Spring Preview", "Spring Break"],
    4: ["Spring Sales Event", "Easter", "Derby Season"],
    5: ["Memorial Day", "Graduation", "Derby Week"],
    6: ["Summer Kickoff", "Father's Day", "June Jubilee"],
}

PRODUCTS = ["Broadcast", "OTT", "Digital Display", "Sponsorships"]


def amount_for(product, kind, big):
    lo_hi = {
        "Broadcast": (6000, 42000),
        "OTT": (3000, 18000),
        "Digital Display": (1500, 9000),
        "Sponsorships": (8000, 36000),
    }[product]
    lo, hi = lo_hi
    if kind == "agency":
        lo, hi = lo * 1.3, hi * 1.5
    if kind == "political":
        lo, hi = lo * 1.2, hi * 1.6
    x = rng.triangular(lo, hi, lo + (hi - lo) * 0.3) * big
    step = 50 if x < 10000 else 250
    return int(round(x / step)) * step


def month_days(y, m):
    first = dt.date(y, m, 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def rand_date(y, m, lo=None, hi=None):
    first, last = month_days(y, m)
    if lo and lo > first:
        first = lo
    if hi and hi < last:
        last = hi
    if first > last:
        return None
    for _ in range(20):
        d = first + dt.timedelta(days=rng.randrange((last - first).days + 1))
        if d.weekday() < 5 and d not in HOLIDAYS:
            return d
    return first


FY_MONTHS = [(2025, m) for m in range(7, 13)] + [(2026, m) for m in range(1, 7)]

deals = []
seq = [25100]


def next_id():
    seq[0] += rng.randrange(3, 19)
    return f"IO-{seq[0]}"


def pick_product(dshare):
    r = rng.random()
    if r < dshare:
        return "OTT" if rng.random() < 0.55 else "Digital Display"
    if r < dshare + 0.12:
        return "Sponsorships"
    return "Broadcast"


def add(seller, account, product, kind, amount, close, stage="won", name=None, split=None,
        prob=None, term=None, cancel=None):
    month = close.month
    if name is None:
        name = f"{account} {rng.choice(CAMPAIGNS[month])}"
        if product != "Broadcast":
            name += f" ({product})"
    if term is None:
        if product == "Sponsorships":
            term = 12 if rng.random() < 0.4 else rng.choice([3, 6])
        else:
            term = rng.choice([1, 1, 2, 3])
    deals.append(dict(id=next_id(), seller=seller, name=name, account=account, type=kind,
                      product=product, amount=f"{amount:.2f}", stage=stage,
                      close_date=close.isoformat(), split="" if split is None else split,
                      probability="" if prob is None else prob, term_months=term,
                      cancel_date="" if cancel is None else cancel.isoformat()))
    return deals[-1]


for (name, terr, role, sdate, edate, qb, qd, perf, dshare, pshare) in SELLERS:
    start = dt.date.fromisoformat(sdate) if sdate else START
    end = dt.date.fromisoformat(edate) if edate else END
    base_kind = "agency" if terr == "Agency Row" else "direct"
    quota_q = [float(qb)] * 4 if qb else PLAN_QUOTAS
    for qi in range(3):
        target = quota_q[qi] * perf[qi]
        months = FY_MONTHS[qi * 3:(qi + 1) * 3]
        if perf[qi] == 0:
            continue
        # bill about a third a month (less in a month cut short by the as-of or a start/end)
        for (y, m) in months:
            first, last = month_days(y, m)
            lo = max(first, start)
            hi = min(last, end, AS_OF)
            if lo > hi:
                continue
            share = ((hi - lo).days + 1) / ((last - first).days + 1)
            mtarget = target / 3 * share * rng.uniform(0.8, 1.2)
            if (y, m) == (2026, 3):
                mtarget = target / 3 * rng.uniform(0.55, 0.8)  # March is front-loaded
            billed = 0.0
            while billed < mtarget:
                pol = rng.random() < pshare and m in (9, 10, 11, 2, 3)
                kind = "political" if pol else base_kind
                if pol:
                    account = rng.choice(POLITICAL["fall" if m in (9, 10, 11) else "spring"])
                    product = "Broadcast" if rng.random() < 0.8 else "OTT"
                else:
                    account = rng.choice(ACCOUNTS[name])
                    product = pick_product(dshare)
                    if base_kind == "direct" and rng.random() < 0.15:
                        kind = "agency"
                big = 1.0
                if qb:
                    big = 1.25
                amt = amount_for(product, kind, big)
                close = rand_date(y, m, lo, hi)
                if close is None:
                    break
                # about one IO in four is lost (quoted, not placed)
                if rng.random() < 0.27:
                    add(name, account, product, kind, amt, close, stage="lost")
                    continue
                if amt > (mtarget - billed) * 1.6 and billed > 0:
                    # the month's last order is sized to what the advertiser had left
                    amt = max(1500, int((mtarget - billed) * rng.uniform(0.9, 1.4) / 50) * 50)
                add(name, account, product, kind, amt, close)
                billed += amt
    # one-off account: a single won IO
    if name in ONE_OFF:
        y, m = rng.choice([ym for ym in FY_MONTHS[:9]
                           if dt.date(ym[0], ym[1], 28) >= start and dt.date(ym[0], ym[1], 1) <= min(end, AS_OF)])
        close = rand_date(y, m, start, min(end, AS_OF))
        prod = rng.choice(["Broadcast", "OTT", "Sponsorships"])
        add(name, ONE_OFF[name], prod, base_kind, amount_for(prod, base_kind, 1.0), close)
    # open pipeline (expected to close after the as-of date)
    if end > AS_OF:
        for _ in range(rng.randrange(5, 11)):
            y, m = rng.choice([(2026, 3), (2026, 4), (2026, 4), (2026, 5), (2026, 5), (2026, 6)])
            close = rand_date(y, m, AS_OF + dt.timedelta(days=3), END)
            pol = rng.random() < pshare * 1.5 and m in (4, 5)
            kind = "political" if pol else base_kind
            account = rng.choice(POLITICAL["spring"]) if pol else rng.choice(ACCOUNTS[name])
            product = "Broadcast" if pol else pick_product(dshare)
            add(name, account, product, kind, amount_for(product, kind, 1.0), close,
                stage="open", prob=rng.choice(["0.25", "0.4", "0.5", "0.6", "0.75", "0.9"]))

# ------------------------------------------------------------------ cancellations
# advertisers who cancelled a flight or never paid: most within the 120-day window
won = [d for d in deals if d["stage"] == "won"]
rng.shuffle(won)
cancelled = 0
for d in won:
    if cancelled >= 9:
        break
    close = dt.date.fromisoformat(d["close_date"])
    if d["seller"] in ("Tomasz Kowalski",):
        continue
    if cancelled == 0:
        if close.month not in (7, 8):
            continue
        cdate = close + dt.timedelta(days=rng.randrange(140, 170))  # outside the window
    else:
        cdate = close + dt.timedelta(days=rng.randrange(12, 95))
    if cdate > AS_OF:
        continue
    d["stage"] = "cancelled"
    d["cancel_date"] = cdate.isoformat()
    cancelled += 1

# ------------------------------------------------------------------ makegood credit memos
for seller, acct in [("Marcus Whitfield", "Riverside Honda"), ("Darnell Jackson", "Midwest Toyota Dealers"),
                     ("Chris Delgado", "Corydon Ford")]:
    orig = [d for d in deals if d["seller"] == seller and d["account"] == acct and d["stage"] == "won"]
    if not orig:
        continue
    o = orig[-1]
    close = dt.date.fromisoformat(o["close_date"]) + dt.timedelta(days=rng.randrange(20, 45))
    if close > AS_OF:
        close = AS_OF - dt.timedelta(days=3)
    amt = -round(float(o["amount"]) * rng.uniform(0.12, 0.25) / 50) * 50
    add(seller, acct, "Broadcast", o["type"], amt, close,
        name=f"{acct} makegood credit", term=1)

# ------------------------------------------------------------------ co-sold IOs (50/50)
pairs = [("Marcus Whitfield", "Kevin Park", "Kentuckiana Ford Dealers", 2025, 10),
         ("Guadalupe Navarro", "Rebecca Goldstein", "St. Vincent Regional Health", 2025, 12),
         ("Aisha Rahman", "Darnell Jackson", "Midwest Toyota Dealers", 2026, 2),
         ("Anh Tran", "Siobhan Murphy", "Downtown Riverbend Partnership", 2025, 8)]
for a, b, acct, y, m in pairs:
    close = rand_date(y, m)
    amt = amount_for("Broadcast", "agency", 1.4)
    d = add(a, acct, "Broadcast", "agency", amt, close, split="0.5",
            name=f"{acct} {rng.choice(CAMPAIGNS[m])} (co-sold)")
    e = dict(d)
    e["seller"] = b
    deals.append(e)

# ------------------------------------------------------------------ write
deals.sort(key=lambda d: (d["close_date"], d["id"], d["seller"]))
cols = ["id", "seller", "name", "account", "type", "product", "amount", "stage", "close_date",
        "split", "probability", "term_months", "cancel_date"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols)
    w.writeheader()
    w.writerows(deals)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:billed", "quota:digital"])
    for (name, terr, role, sdate, edate, qb, qd, *_rest) in SELLERS:
        w.writerow([name, name, MANAGERS[terr], terr, role, sdate or "", edate or "",
                    qb or "", qd or ""])
print(f"{len(deals)} credit lines, {len(SELLERS)} sellers")
