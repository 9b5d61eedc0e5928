#!/usr/bin/env python3
"""Generate deals.csv and sellers.csv for the twentyfirst workspace.

Brightlane Software, Inc. (a US B2B SaaS company), plan year = calendar 2025, USD.
Standard library only; a fixed seed, so running it again writes the same files.

    python3 gen_deals.py            # writes deals.csv and sellers.csv beside this file

Deal types: "new" (new logo, credits New Business ARR), "expansion" and "renewal"
(credit Expansion & Renewal), "services" (Professional Services bookings).
"""

import csv
import datetime as dt
import os
import random

SEED = 20250101
rng = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
YEAR_START = dt.date(2025, 1, 1)
YEAR_END = dt.date(2025, 12, 31)
NB_QUOTA = 800000
ER_QUOTAS = [110000, 110000, 120000, 130000]

# ---------------------------------------------------------------- roster
# (id = full name, manager, territory, role, start, end, personal NB quota,
#  target New Business attainment, E&R level)
ROSTER = [
    ("Jake Morrison", "Renee Castillo", "East", "Account Executive", None, None, None, 0.90, 1.00),
    ("Samantha Ortiz", "Renee Castillo", "East", "Senior Account Executive", None, None, None, 1.62, 1.15),
    ("Chris Delaney", "Renee Castillo", "East", "Account Executive", None, None, None, 0.56, 0.85),
    ("Nicole Baptiste", "Renee Castillo", "East", "Account Executive", None, None, None, 1.16, 1.05),
    ("Kevin Walsh", "Renee Castillo", "East", "Account Executive", None, None, None, 0.78, 0.95),
    ("Hannah Kim", "Renee Castillo", "East", "Account Executive (ex-SDR, ramping)", "2025-04-01", None, None, 0.70, 0.80),
    ("Derek Simmons", "Renee Castillo", "East", "Account Executive", None, "2025-08-15", None, 0.48, 0.90),
    ("Ashley Nguyen", "Tom Becker", "Central", "Senior Account Executive", None, None, None, 1.34, 1.10),
    ("Brandon Foster", "Tom Becker", "Central", "Account Executive", None, None, None, 0.21, 0.75),
    ("Lauren Mitchell", "Tom Becker", "Central", "Principal Account Executive", None, None, 1100000, 1.95, 1.20),
    ("Chris Adeyemi", "Tom Becker", "Central", "Account Executive", None, None, None, 1.03, 0.95),
    ("Tyler Brooks", "Tom Becker", "Central", "Account Executive (ex-SDR, ramping)", "2025-07-01", None, None, 0.30, 0.70),
    ("Megan Russo", "Tom Becker", "Central", "Account Executive", None, None, None, 0.86, 1.00),
    ("Tom Hughes", "Tom Becker", "Central", "Account Executive", None, None, None, 1.12, 0.90),
    ("Ryan Patel", "Alicia Grant", "West", "Senior Account Executive", None, None, None, 1.45, 1.05),
    ("Jessica Alvarez", "Alicia Grant", "West", "Account Executive", None, None, None, 0.96, 1.10),
    ("Marcus Bell", "Alicia Grant", "West", "Account Executive", None, None, None, 0.63, 0.90),
    ("Olivia Chen", "Alicia Grant", "West", "Senior Account Executive", None, None, None, 2.35, 1.25),
    ("Daniel Park", "Alicia Grant", "West", "Account Executive", None, None, None, 0.44, 0.85),
    ("Emily Sanders", "Alicia Grant", "West", "Account Executive (ex-SDR, ramping)", "2025-05-19", None, None, 0.80, 0.85),
    ("Nathan Fischer", "Alicia Grant", "West", "Account Executive", None, None, None, 1.24, 1.00),
]

# ---------------------------------------------------------------- catalogue
EDITIONS = [("Starter Edition", 12000, 30000), ("Growth Edition", 32000, 95000),
            ("Enterprise Edition", 95000, 240000)]
ADDONS = [("Advanced Analytics", 8000, 42000), ("Security Pack", 6000, 30000),
          ("Premium Support", 5000, 22000)]
SERVICES = ("Professional Services", 6000, 36000)

PREFIXES = [
    "Pinecrest", "Harborview", "Redwood", "Granite Peak", "Bluewater", "Keystone", "Summit Ridge",
    "Lakeshore", "Ironwood", "Silver Creek", "Northgate", "Maple Grove", "Cedar Point", "Stonebridge",
    "Riverbend", "Oakmont", "Clearwater", "Highland", "Brookfield", "Westlake", "Fairhaven",
    "Copperline", "Evergreen", "Sandstone", "Willow Bay", "Crestview", "Blue Ridge", "Hawthorne",
    "Prairie", "Meridian", "Tidewater", "Foxhollow", "Red Rock", "Aspen", "Juniper", "Beacon Hill",
    "Falcon", "Monarch", "Sterling Bay", "Atlas", "Pioneer", "Canyon", "Bayside", "Cobalt",
    "Larkspur", "Sycamore", "Windham", "Ridgeway", "Hollister", "Pemberton", "Ashford", "Calloway",
    "Dunmore", "Everett", "Glenwood", "Kingsley", "Lockhart", "Norwood", "Palisade", "Quarry",
]
SUFFIXES = [
    "Health Systems", "Logistics", "Dental Group", "Insurance", "Credit Union", "Manufacturing",
    "Foods", "Energy", "Capital", "Realty", "Analytics", "Medical Partners", "Freight",
    "Home Services", "Financial", "Labs", "Hospitality", "Construction", "Software", "Media",
    "Pharmacy", "Outdoor", "Auto Group", "Staffing", "Legal LLP", "Packaging", "Retail",
]

OPEN_STAGES = [("Discovery", "0.1"), ("Qualification", "0.2"), ("Proposal", "0.4"),
               ("Negotiation", "0.6"), ("Commit", "0.8")]


def make_accounts(n):
    names = set()
    while len(names) < n:
        names.add(f"{rng.choice(PREFIXES)} {rng.choice(SUFFIXES)}")
    out = sorted(names)
    rng.shuffle(out)
    return out


ACCOUNTS = make_accounts(1500)
_acct_i = 0


def next_account():
    global _acct_i
    a = ACCOUNTS[_acct_i]
    _acct_i += 1
    return a


def d(s):
    return dt.date.fromisoformat(s) if s else None


def quarter_of(day):
    return (day.month - 1) // 3


def rand_date(lo, hi, quarter_end_pull=0.45):
    """A close date in [lo, hi], bunched toward quarter ends as real books are."""
    span = (hi - lo).days
    if span <= 0:
        return lo
    day = lo + dt.timedelta(days=rng.randint(0, span))
    if rng.random() < quarter_end_pull:
        q_end_month = ((day.month - 1) // 3) * 3 + 3
        last = dt.date(2025, q_end_month, 1) + dt.timedelta(days=31)
        last = last.replace(day=1) - dt.timedelta(days=1)
        cand = last - dt.timedelta(days=rng.randint(0, 16))
        if lo <= cand <= hi:
            day = cand
    return day


def amount_in(lo, hi):
    a = rng.uniform(lo, hi)
    step = rng.choice([100, 100, 500, 1000, 250, 1])
    return max(step, int(round(a / step)) * step)


_ids = set()


def new_id():
    while True:
        i = f"OPP-{rng.randint(10000, 99999)}"
        if i not in _ids:
            _ids.add(i)
            return i


rows = []


def add(**kw):
    base = dict(id="", seller="", account="", name="", type="", product="", amount="",
                close_date="", stage="won", split="1", probability="", term_months="",
                cancel_date="", sales_stage="Closed Won", currency="USD")
    base.update(kw)
    rows.append(base)
    return base


TYPE_WORD = {"new": "New Business", "expansion": "Expansion", "renewal": "Renewal",
             "services": "Services"}


def deal_name(account, product, typ):
    return f"{account} - {product} - {TYPE_WORD[typ]}"


def pick_new_product():
    r = rng.random()
    if r < 0.20:
        return EDITIONS[0]
    if r < 0.66:
        return EDITIONS[1]
    if r < 0.90:
        return EDITIONS[2]
    return rng.choice(ADDONS)


def pick_exp_product():
    r = rng.random()
    if r < 0.70:
        return rng.choice(ADDONS)
    p, lo, hi = rng.choice(EDITIONS[1:])
    return (p, lo // 3, hi // 3)  # an upgrade: the edition's price difference


# ---------------------------------------------------------------- per seller
sellers_out = []
books = {}
won_new_lines = []  # candidates for splits and cancellations

for (sid, mgr, terr, role, start, end, pq, nb_att, er_lvl) in ROSTER:
    s = d(start) or YEAR_START
    e = d(end) or YEAR_END
    active_days = (e - s).days + 1
    quota = (pq or NB_QUOTA) * active_days / 365
    sellers_out.append(dict(id=sid, name=sid, manager=mgr, territory=terr, role=role,
                            start_date=start or "", end_date=end or "",
                            **{"quota:new_arr": f"{pq}.00" if pq else ""}))
    ramp = s + dt.timedelta(days=40) if start else s
    # New business wins until the target credit is reached
    target = nb_att * quota
    credit = 0
    while credit < target - 15000:
        prod, lo, hi = pick_new_product()
        amt = amount_in(lo, hi)
        if credit + amt > target + 60000 and hi > 60000:
            continue
        close = rand_date(ramp, e)
        acct = next_account()
        term = rng.choices([12, 24, 36], weights=[70, 15, 15])[0]
        r = add(id=new_id(), seller=sid, account=acct, name=deal_name(acct, prod, "new"),
                type="new", product=prod, amount=f"{amt}.00", close_date=close.isoformat(),
                term_months=str(term))
        won_new_lines.append(r)
        credit += amt
        # services attached to about 30% of new logos
        if rng.random() < 0.3:
            sa = amount_in(SERVICES[1], SERVICES[2] if prod != "Starter Edition" else 15000)
            sc = min(e, close + dt.timedelta(days=rng.randint(0, 20)))
            add(id=new_id(), seller=sid, account=acct,
                name=deal_name(acct, SERVICES[0], "services"), type="services",
                product=SERVICES[0], amount=f"{sa}.00", close_date=sc.isoformat(),
                term_months="")
        # existing book grows with each new logo
        books.setdefault(sid, []).append(acct)
    # lost new business
    n_lost = int(len([r for r in rows if r["seller"] == sid and r["type"] == "new"]) * rng.uniform(0.9, 1.4)) + 2
    for _ in range(n_lost):
        prod, lo, hi = pick_new_product()
        acct = next_account()
        close = rand_date(ramp, e, 0.3)
        add(id=new_id(), seller=sid, account=acct, name=deal_name(acct, prod, "new"),
            type="new", product=prod, amount=f"{amount_in(lo, hi)}.00",
            close_date=close.isoformat(), stage="lost", sales_stage="Closed Lost",
            term_months="12")
    # Expansion & renewal: an inherited book of customers, quarter by quarter
    book = [next_account() for _ in range(rng.randint(9, 14))]
    if start:
        book = book[:rng.randint(4, 6)]
    books.setdefault(sid, [])
    for q in range(4):
        q_start = dt.date(2025, 3 * q + 1, 1)
        q_end = (dt.date(2025, 3 * q + 4, 1) if q < 3 else dt.date(2026, 1, 1)) - dt.timedelta(days=1)
        lo_day, hi_day = max(q_start, s), min(q_end, e)
        if lo_day > hi_day:
            continue
        frac = ((hi_day - lo_day).days + 1) / ((q_end - q_start).days + 1)
        tq = ER_QUOTAS[q] * frac * er_lvl * rng.uniform(0.7, 1.3)
        got = 0
        while got < tq - 8000:
            if rng.random() < 0.5:
                p, lo, hi = rng.choice(EDITIONS)
                typ = "renewal"
                lo, hi = lo, min(hi, 110000)
            else:
                p, lo, hi = pick_exp_product()
                typ = "expansion"
            amt = amount_in(lo, hi)
            if got + amt > tq + 40000:
                continue
            acct = rng.choice(book)
            close = rand_date(lo_day, hi_day)
            term = "12" if typ == "expansion" else rng.choice(["12", "12", "24"])
            add(id=new_id(), seller=sid, account=acct, name=deal_name(acct, p, typ), type=typ,
                product=p, amount=f"{amt}.00", close_date=close.isoformat(), term_months=term)
            got += amt
        # a churned renewal now and then
        if rng.random() < 0.35:
            p, lo, hi = rng.choice(EDITIONS)
            acct = rng.choice(book)
            close = rand_date(lo_day, hi_day, 0.2)
            add(id=new_id(), seller=sid, account=acct, name=deal_name(acct, p, "renewal"),
                type="renewal", product=p, amount=f"{amount_in(lo, min(hi, 110000))}.00",
                close_date=close.isoformat(), stage="lost", sales_stage="Closed Lost",
                term_months="12")
    # open pipeline: expected to close in December, a few pushed into Q1 2026
    if not end:
        for _ in range(rng.randint(4, 9)):
            st, prob = rng.choice(OPEN_STAGES)
            r = rng.random()
            if r < 0.65:
                prod, lo, hi = pick_new_product()
                typ, acct = "new", next_account()
            elif r < 0.9:
                prod, lo, hi = pick_exp_product()
                typ, acct = "expansion", rng.choice(book)
            else:
                prod, lo, hi = SERVICES
                typ, acct = "services", next_account()
            if rng.random() < 0.8:
                close = dt.date(2025, 12, rng.randint(10, 31))
            else:
                close = dt.date(2026, rng.randint(1, 3), rng.randint(1, 28))
            add(id=new_id(), seller=sid, account=acct, name=deal_name(acct, prod, typ),
                type=typ, product=prod, amount=f"{amount_in(lo, hi)}.00",
                close_date=close.isoformat(), stage="open", sales_stage=st,
                probability=prob, term_months="12" if typ != "services" else "")

# ---------------------------------------------------------------- splits
# About 25 new logos were co-sold by two AEs of one team: 50/50 or 60/40.
team_of = {r[0]: r[1] for r in ROSTER}
active = {r[0]: (d(r[4]) or YEAR_START, d(r[5]) or YEAR_END) for r in ROSTER}
cands = [r for r in won_new_lines]
rng.shuffle(cands)
n_split = 0
for r in cands:
    if n_split >= 25:
        break
    close = dt.date.fromisoformat(r["close_date"])
    mates = [x[0] for x in ROSTER if team_of[x[0]] == team_of[r["seller"]] and x[0] != r["seller"]
             and active[x[0]][0] <= close <= active[x[0]][1]]
    if not mates:
        continue
    mate = rng.choice(mates)
    share = rng.choice(["0.5", "0.6"])
    other = "0.5" if share == "0.5" else "0.4"
    r["split"] = share
    add(**{k: v for k, v in r.items() if k not in ("seller", "split")}, seller=mate, split=other)
    r["_split"] = True
    n_split += 1

# ---------------------------------------------------------------- cancellations
# Non-payment: some cancelled within the 90-day clawback window, some after it.
pool = [r for r in rows if r["stage"] == "won" and r["split"] == "1" and r["type"] in ("new", "expansion")
        and r["close_date"] <= "2025-10-15"]
rng.shuffle(pool)
n_in = n_out = 0
for r in pool:
    close = dt.date.fromisoformat(r["close_date"])
    s_end = active[r["seller"]][1]
    if n_in < 13:
        cd = close + dt.timedelta(days=rng.randint(20, 88))
        if cd > min(YEAR_END, s_end):
            continue
        n_in += 1
    elif n_out < 10:
        cd = close + dt.timedelta(days=rng.randint(100, 220))
        if cd > YEAR_END:
            continue
        n_out += 1
    else:
        break
    r["stage"] = "cancelled"
    r["cancel_date"] = cd.isoformat()
    r["sales_stage"] = "Cancelled - Non-payment"

# ---------------------------------------------------------------- write
rows.sort(key=lambda r: (r["stage"] == "open", r["close_date"], r["id"], r["seller"]))
cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "sales_stage", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

scols = ["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:new_arr"]
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=scols, lineterminator="\n")
    w.writeheader()
    w.writerows(sellers_out)

print(f"{len(rows)} deal lines, {len(sellers_out)} sellers")
