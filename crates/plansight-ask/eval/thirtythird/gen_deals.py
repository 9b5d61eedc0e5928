#!/usr/bin/env python3
"""Generate the thirtythird workspace's placements (deals.csv) and roster (sellers.csv).

Calderbrook Recruitment: 14 consultants in three offices (Manchester, Leeds, Bristol),
plan year 1 April 2025 - 31 March 2026, as of 23 January 2026.

Standard library only, seeded (SEED, default 5), so the output is the same on every run:

    python3 gen_deals.py            # writes deals.csv and sellers.csv beside this file

Deals are placements:
  type      perm | contract | retained
  product   the desk: Finance | Tech | Legal | Engineering
  amount    perm/retained: the placement fee (net fee income, GBP);
            contract: the margin booked over the contract's initial term (GBP)
  stage     won (candidate started) | lost (offer declined / client went elsewhere)
            | open (offer out or final interviews) | cancelled (fell through or the
            candidate left; cancel_date set)
  split     0.5 on a split placement (one consultant owns the client, another the candidate)
No won or cancelled placement closes after the as-of date; cancel dates are on or before it.
"""

import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 1, 23)
PLAN_START = dt.date(2025, 4, 1)
rng = random.Random(int(os.environ.get("SEED", "5")))

# id (full name), manager, territory, desk, start, end, quota overrides, style
ROSTER = [
    # Manchester - team leader Siobhan Gallagher
    ("Jonathan Pryce", "Siobhan Gallagher", "Manchester", "Finance", None, None,
     {"nfi": "50000.00"}, dict(perm=1.7, contract=0.15, retained=0.35, fee=1.15)),
    ("Rebecca Okafor", "Siobhan Gallagher", "Manchester", "Legal", None, None,
     {}, dict(perm=1.35, contract=0.1, retained=0.1, fee=1.05)),
    ("Priyanka Desai", "Siobhan Gallagher", "Manchester", "Tech", None, None,
     {}, dict(perm=1.05, contract=0.45, retained=0.05, fee=1.0)),
    ("Gareth Whitfield", "Siobhan Gallagher", "Manchester", "Engineering", None, None,
     {"margin": "60000.00"}, dict(perm=0.7, contract=1.3, retained=0.0, fee=0.9)),
    ("Tomasz Nowak", "Siobhan Gallagher", "Manchester", "Engineering", "2025-09-01", None,
     {"nfi": "24000.00"}, dict(perm=0.75, contract=0.3, retained=0.0, fee=0.85)),
    # Leeds - team leader Imran Chaudhry
    ("Devinder Sandhu", "Imran Chaudhry", "Leeds", "Tech", None, None,
     {"nfi": "50000.00"}, dict(perm=1.6, contract=0.6, retained=0.2, fee=1.2)),
    ("Rebecca Hollis", "Imran Chaudhry", "Leeds", "Finance", None, None,
     {}, dict(perm=1.15, contract=0.1, retained=0.1, fee=0.95)),
    ("Oluwaseun Adeyemi", "Imran Chaudhry", "Leeds", "Legal", None, None,
     {}, dict(perm=1.25, contract=0.05, retained=0.2, fee=1.1)),
    ("Callum McAllister", "Imran Chaudhry", "Leeds", "Engineering", None, "2025-12-19",
     {}, dict(perm=0.8, contract=0.4, retained=0.0, fee=0.9)),
    ("Samir Haddad", "Imran Chaudhry", "Leeds", "Tech", None, None,
     {"margin": "60000.00"}, dict(perm=0.55, contract=1.5, retained=0.0, fee=1.0)),
    # Bristol - team leader Owen Pritchard
    ("Kwame Mensah", "Owen Pritchard", "Bristol", "Finance", None, None,
     {"nfi": "50000.00"}, dict(perm=1.3, contract=0.05, retained=0.5, fee=1.2)),
    ("Ffion Roberts", "Owen Pritchard", "Bristol", "Legal", None, None,
     {}, dict(perm=0.95, contract=0.05, retained=0.1, fee=1.0)),
    ("Mei-Ling Chan", "Owen Pritchard", "Bristol", "Tech", None, None,
     {"margin": "60000.00"}, dict(perm=0.6, contract=1.35, retained=0.0, fee=1.0)),
    ("Samantha Cole", "Owen Pritchard", "Bristol", "Finance", "2025-11-03", None,
     {"nfi": "24000.00"}, dict(perm=0.9, contract=0.1, retained=0.0, fee=0.8)),
]

DESKS = ["Finance", "Tech", "Legal", "Engineering"]

CLIENTS = {
    "Finance": ["Harrogate Building Society", "Pennine Water", "Brightwell Foods",
                "Quayside Capital", "Marlow Insurance", "Aire Valley Housing",
                "Clifton Wealth", "Northern Rail Leasing", "Stockport Dairies"],
    "Tech": ["Redbrick Software", "Severn Systems", "Tyne Robotics", "Ancoats Digital",
             "Brunel Cloud", "Holbeck Data", "Mancunian Games", "Temple Quay Analytics"],
    "Legal": ["Northgate Legal LLP", "Castlegate Solicitors", "Whitmore Cole LLP",
              "Bridgewater Chambers", "Pryor Ashworth LLP", "Kingsdown Law",
              "Park Square Legal"],
    "Engineering": ["Calder Engineering", "Humber Offshore", "Wythenshawe Aerospace",
                    "Avonmouth Process", "Trafford Precision", "Sheaf Steel",
                    "Mersey Marine", "Filton Composites"],
}

ROLES = {
    "Finance": ["Financial Controller", "Management Accountant", "Finance Manager",
                "FP&A Analyst", "Credit Controller", "Head of Finance", "Payroll Manager",
                "Tax Senior", "Finance Director"],
    "Tech": ["Senior Developer", "DevOps Engineer", "Data Engineer", "QA Lead",
             "Solutions Architect", "Product Manager", "Cloud Engineer", "CTO"],
    "Legal": ["Commercial Solicitor", "Conveyancer", "Employment Associate",
              "Paralegal", "Legal Counsel", "Partner - Corporate", "Private Client Solicitor"],
    "Engineering": ["Mechanical Design Engineer", "Project Engineer", "Quality Engineer",
                    "Maintenance Engineer", "Electrical Engineer", "CNC Programmer",
                    "Engineering Manager"],
}

SALARY = {"Finance": (32000, 78000), "Tech": (45000, 95000),
          "Legal": (34000, 90000), "Engineering": (33000, 70000)}


def d(s):
    return dt.date.fromisoformat(s) if s else None


def rand_date(a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def month_starts():
    m = PLAN_START
    while m <= AS_OF:
        yield m
        m = (m.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def month_end(m):
    return (m.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def poisson(lam):
    # Knuth
    import math
    l, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= l:
            return k
        k += 1


def round_to(x, step):
    return int(round(x / step)) * step


def fee_for(kind, desk, mult):
    lo, hi = SALARY[desk]
    if kind == "perm":
        salary = rng.uniform(lo, hi)
        pct = rng.choice([0.15, 0.18, 0.18, 0.20, 0.20, 0.22, 0.25])
        return round_to(salary * pct * mult, 50)
    if kind == "retained":
        salary = rng.uniform(hi, hi * 1.6)
        return round_to(salary * rng.choice([0.25, 0.28, 0.30, 0.33]), 250)
    # contract: weekly margin x initial term in weeks
    weekly = rng.uniform(140, 520) * (1.2 if desk == "Tech" else 1.0)
    weeks = rng.choice([8, 12, 12, 13, 16, 20, 26])
    return round_to(weekly * weeks, 25)


rows = []
counter = [20480]


def next_id():
    counter[0] += rng.randint(3, 29)
    return f"PL-{counter[0]}"


def add(seller, kind, desk, amount, close, stage, account, role, split="1",
        prob="", cancel="", pid=None):
    pid = pid or next_id()
    rows.append(dict(id=pid, seller=seller, name=f"{role} - {account}", account=account,
                     type=kind, product=desk, amount=f"{amount:.2f}",
                     close_date=close.isoformat() if close else "", stage=stage,
                     split=split, probability=prob, cancel_date=cancel))
    return pid


for (sid, mgr, terr, desk, start, end, quotas, st) in ROSTER:
    s_start = d(start) or PLAN_START
    s_end = d(end) or AS_OF
    # a consultant's favourite clients: a handful they place with again and again
    favourites = rng.sample(CLIENTS[desk], 4)
    for m in month_starts():
        last = min(month_end(m), AS_OF, s_end)
        first = max(m, s_start)
        if first > last:
            continue
        share = ((last - first).days + 1) / ((month_end(m) - m).days + 1)
        # ramp-up for new starters: the first two months are quiet
        ramp = 1.0
        if start and (m - s_start).days < 62:
            ramp = 0.45
        # a seasonal dip in August and December
        season = {8: 0.6, 12: 0.7}.get(m.month, 1.0)
        for kind in ("perm", "contract", "retained"):
            lam = st[kind] * share * ramp * season
            if kind == "retained":
                lam /= 3.0
            for _ in range(poisson(lam)):
                own_desk = desk if rng.random() < 0.85 else rng.choice(DESKS)
                acct = (rng.choice(favourites) if own_desk == desk and rng.random() < 0.6
                        else rng.choice(CLIENTS[own_desk]))
                role = rng.choice(ROLES[own_desk])
                amt = fee_for(kind, own_desk, st["fee"])
                close = rand_date(first, last)
                r = rng.random()
                if r < 0.17:
                    add(sid, kind, own_desk, amt, close, "lost", acct, role)
                elif r < 0.23 and close <= AS_OF - dt.timedelta(days=7):
                    # fell through before start (a few days) or the candidate left
                    # within / after the 12-week rebate window
                    gap = rng.choice([3, 6, 12, 25, 40, 55, 70, 80, 95, 110])
                    cancel = min(close + dt.timedelta(days=gap), AS_OF)
                    add(sid, kind, own_desk, amt, close, "cancelled", acct, role,
                        cancel=cancel.isoformat())
                else:
                    add(sid, kind, own_desk, amt, close, "won", acct, role)
    # open pipeline: offers out / final stages, expected to close Feb-Mar 2026
    if s_end >= AS_OF:
        for _ in range(rng.randint(2, 5)):
            kind = rng.choices(["perm", "contract", "retained"],
                               weights=[st["perm"], st["contract"], st["retained"] + 0.05])[0]
            acct = rng.choice(favourites + CLIENTS[desk])
            role = rng.choice(ROLES[desk])
            amt = fee_for(kind, desk, st["fee"])
            close = rand_date(dt.date(2026, 2, 2), dt.date(2026, 3, 27))
            prob = rng.choice(["0.25", "0.4", "0.5", "0.6", "0.75"])
            add(sid, kind, desk, amt, close, "open", acct, role, prob=prob)

# Split placements: 50/50 between two consultants of the same desk in different offices
# (one owns the client, the other found the candidate). Same id, two lines.
SPLITS = [
    ("Jonathan Pryce", "Kwame Mensah", "Finance", "retained", "2025-06-18",
     "Quayside Capital", "Finance Director", 27500),
    ("Rebecca Hollis", "Jonathan Pryce", "Finance", "perm", "2025-09-24",
     "Harrogate Building Society", "Head of Finance", 14200),
    ("Priyanka Desai", "Devinder Sandhu", "Tech", "perm", "2025-07-10",
     "Redbrick Software", "Solutions Architect", 16800),
    ("Samir Haddad", "Mei-Ling Chan", "Tech", "contract", "2025-10-14",
     "Brunel Cloud", "Cloud Engineer", 11700),
    ("Oluwaseun Adeyemi", "Ffion Roberts", "Legal", "perm", "2025-11-20",
     "Whitmore Cole LLP", "Commercial Solicitor", 13500),
    ("Gareth Whitfield", "Callum McAllister", "Engineering", "perm", "2025-08-05",
     "Humber Offshore", "Engineering Manager", 12600),
    ("Kwame Mensah", "Samantha Cole", "Finance", "perm", "2026-01-12",
     "Clifton Wealth", "Financial Controller", 11250),
]
for a, b, desk, kind, close, acct, role, amt in SPLITS:
    pid = next_id()
    for s in (a, b):
        add(s, kind, desk, amt, dt.date.fromisoformat(close), "won", acct, role,
            split="0.5", pid=pid)

rows.sort(key=lambda r: (r["close_date"] or "9999", r["id"], r["seller"]))
cols = ["id", "seller", "name", "account", "type", "product", "amount", "close_date",
        "stage", "split", "probability", "cancel_date"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols)
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "manager", "territory", "start_date", "end_date",
                "quota:nfi", "quota:margin"])
    for (sid, mgr, terr, desk, start, end, quotas, st) in ROSTER:
        w.writerow([sid, mgr, terr, start or "", end or "",
                    quotas.get("nfi", ""), quotas.get("margin", "")])

print(f"{len(rows)} credit lines for {len(ROSTER)} consultants")
