"""Builds the twentysecond workspace's deals.csv and sellers.csv: a year of placements at
Harrowgate Talent Ltd, a Leeds recruitment agency (plan.toml / plan.md beside this file).

Deterministic: a seeded generator (random.Random(2522)), no clock. Run: python3 gen_deals.py
Synthetic: the public Maven CRM export (/work/shared/data/maven-crm/) is a US hardware
pipeline with no placements, fees or sectors of this kind, so none of it is used here.

What a line is (plan.md section 3, "What counts"):
  id          the placement reference in the agency's ATS ("PL25-0001", in order of date)
  seller      the consultant, by full name (sellers.csv id)
  account     the client company
  name        "<job title> - <client>"
  type        "perm" (a permanent placement) or "contract" (a contract or temp assignment)
  product     the sector: Finance, Technology, Engineering or Healthcare
  amount      perm: the placement fee invoiced (salary x fee %);
              contract: the booked margin of the assignment (margin per day x days booked)
  close_date  perm: the candidate's start date; contract: the assignment's start date
  stage       won (started), lost (offer declined / client withdrew), open (offer or final
              interview stage, with a probability), cancelled (candidate left: cancel_date
              is the leaving date; plan.md section 10 claws back leavers within 12 weeks)
  split       0.5 on placements shared by two consultants (client side / candidate side):
              two lines with the same id
The plan year is calendar 2025; the data are as of 2025-09-24: no placement starts after
that date except open ones, which carry a forecast start in late September - December.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 9, 24)
rng = random.Random(2522)

# ---------------------------------------------------------------- roster
# (id, desk manager, desk, role, start, end, perm quota override, target incentive override)
ROSTER = [
    ("Robert Quigley", "Helen Ashworth", "Finance & Accountancy", "Principal Consultant", "", "", "48000.00", "5000.00"),
    ("Rebecca Thwaite", "Helen Ashworth", "Finance & Accountancy", "Senior Consultant", "", "", "", ""),
    ("Callum Baird", "Helen Ashworth", "Finance & Accountancy", "Consultant", "", "", "", ""),
    ("Joanna Pilkington", "Helen Ashworth", "Finance & Accountancy", "Senior Consultant", "", "", "", ""),
    ("James Whitlock", "Gareth Pryce", "Technology", "Principal Consultant", "", "", "48000.00", "5000.00"),
    ("Siobhan Kerr", "Gareth Pryce", "Technology", "Senior Consultant", "", "", "", ""),
    ("Kiran Malhotra", "Gareth Pryce", "Technology", "Senior Consultant", "", "", "", ""),
    ("Owain Griffiths", "Gareth Pryce", "Technology", "Associate Consultant", "2025-02-17", "", "", ""),
    ("James Adeyemi", "Martin Doyle", "Engineering & Healthcare", "Senior Consultant", "", "", "", ""),
    ("Lauren Hargreaves", "Martin Doyle", "Engineering & Healthcare", "Senior Consultant", "", "", "", ""),
    ("Nathan Crowther", "Martin Doyle", "Engineering & Healthcare", "Consultant", "", "2025-08-08", "", ""),
    ("Eilidh MacLeod", "Martin Doyle", "Engineering & Healthcare", "Associate Consultant", "2025-06-02", "", "", ""),
]

PLAN_PERM_QUOTA = {1: 36000, 2: 40000, 3: 40000, 4: 32000}

# ---------------------------------------------------------------- clients and roles
CLIENTS = {
    "Finance": ["Northgate Building Society", "Brindley Capital Partners", "Stonegate Insurance Group",
                "Roundhay Wealth", "Hallam Accountancy LLP", "Merrion Asset Management",
                "Kirkgate Credit Union", "Pennine Mutual"],
    "Technology": ["Calder Software", "Holbeck Digital", "Kirkstall Analytics", "Redbrick Cloud",
                   "Saltaire Systems", "Ilkley Data Labs", "Wharf Street Games", "Headrow Fintech"],
    "Engineering": ["Pennine Precision Engineering", "Ridings Energy", "Tyneside Fabrications",
                    "Humber Marine Services", "Castleford Rail Components", "Dales Aggregates",
                    "Ouse Valley Water"],
    "Healthcare": ["Wharfedale Care Homes", "Aire Valley Health Partnership", "Moorside Healthcare Group",
                   "St Hilda's Hospice", "Harewood Private Clinic", "Ouse Bridge Care Group"],
}
ROLES = {
    "Finance": [("Financial Controller", 62000, 78000), ("Management Accountant", 40000, 52000),
                ("Credit Controller", 27000, 33000), ("Payroll Manager", 42000, 50000),
                ("FP&A Analyst", 45000, 58000), ("Audit Senior", 44000, 55000),
                ("Finance Business Partner", 55000, 68000), ("Assistant Accountant", 28000, 34000),
                ("Head of Finance", 85000, 110000)],
    "Technology": [("Senior .NET Developer", 60000, 75000), ("DevOps Engineer", 58000, 72000),
                   ("Data Engineer", 55000, 70000), ("Product Manager", 60000, 80000),
                   ("QA Tester", 32000, 42000), ("Scrum Master", 50000, 60000),
                   ("Cloud Architect", 85000, 105000), ("Front-End Developer", 42000, 55000),
                   ("IT Support Analyst", 26000, 31000)],
    "Engineering": [("Maintenance Engineer", 38000, 46000), ("Quality Engineer", 40000, 50000),
                    ("Project Engineer", 45000, 58000), ("CAD Technician", 30000, 38000),
                    ("Electrical Engineer", 45000, 60000), ("Site Manager", 50000, 62000),
                    ("Production Supervisor", 34000, 40000), ("Engineering Director", 90000, 115000)],
    "Healthcare": [("Registered Nurse", 32000, 40000), ("Practice Manager", 35000, 45000),
                   ("Care Home Manager", 45000, 55000), ("Dental Nurse", 25000, 29000),
                   ("Clinical Lead", 50000, 62000), ("Physiotherapist", 36000, 45000),
                   ("Pharmacist", 48000, 58000)],
}
CONTRACT_ROLES = {
    "Finance": [("Interim Financial Controller", 90, 140), ("Contract Payroll Officer", 45, 70),
                ("Interim Management Accountant", 60, 95), ("Temp Credit Controller", 35, 50)],
    "Technology": [("Contract Data Engineer", 90, 140), ("Contract DevOps Engineer", 95, 150),
                   ("Contract Tester", 60, 85), ("Contract Business Analyst", 80, 120)],
    "Engineering": [("Contract Electrical Engineer", 70, 110), ("Temp CAD Technician", 40, 60),
                    ("Contract Site Manager", 80, 115)],
    "Healthcare": [("Locum Nurse", 40, 65), ("Agency Healthcare Assistant", 25, 40),
                   ("Locum Pharmacist", 70, 100)],
}
FEE_PCTS = [15, 18, 20, 20, 22, 25]

# ---------------------------------------------------------------- how each consultant sold
# perm: fee income as a share of the quarter's perm quota (Q3 to the as-of date);
# contract: booked margin per quarter; sectors: main sector first.
PROFILE = {
    "Robert Quigley":    dict(perm=(1.15, 1.62, 0.93), contract=(4000, 6000, 5000), sectors=["Finance"]),
    "Rebecca Thwaite":   dict(perm=(0.86, 1.04, 0.70), contract=(9000, 11000, 8000), sectors=["Finance"]),
    "Callum Baird":      dict(perm=(0.35, 0.31, 0.27), contract=(3000, 2000, 3000), sectors=["Finance"]),
    "Joanna Pilkington": dict(perm=(0.70, 0.90, 1.10), contract=(14000, 16000, 12000), sectors=["Finance"]),
    "James Whitlock":    dict(perm=(1.90, 2.12, 1.55), contract=(6000, 5000, 6000), sectors=["Technology"]),
    "Siobhan Kerr":      dict(perm=(0.60, 0.50, 0.46), contract=(24000, 28000, 21000), sectors=["Technology"]),
    "Kiran Malhotra":    dict(perm=(0.95, 1.22, 0.70), contract=(7000, 9000, 6000), sectors=["Technology"]),
    "Owain Griffiths":   dict(perm=(0.22, 0.45, 0.62), contract=(0, 3000, 4000), sectors=["Technology"]),
    "James Adeyemi":     dict(perm=(1.02, 0.80, 1.22), contract=(8000, 7000, 9000), sectors=["Engineering"]),
    "Lauren Hargreaves": dict(perm=(0.42, 0.62, 0.52), contract=(15000, 18000, 16000), sectors=["Healthcare"]),
    "Nathan Crowther":   dict(perm=(0.90, 0.72, 0.30), contract=(5000, 6000, 2000), sectors=["Engineering"]),
    "Eilidh MacLeod":    dict(perm=(0.0, 0.35, 0.80), contract=(0, 0, 3000), sectors=["Healthcare"]),
}


def d(s):
    return dt.date.fromisoformat(s) if s else None


def quarter_bounds(q):
    start = dt.date(2025, 3 * q - 2, 1)
    end = dt.date(2025, 12, 31) if q == 4 else dt.date(2025, 3 * q + 1, 1) - dt.timedelta(days=1)
    return start, end


BANK_HOLIDAYS = {dt.date(2025, 1, 1), dt.date(2025, 4, 18), dt.date(2025, 4, 21),
                 dt.date(2025, 5, 5), dt.date(2025, 5, 26), dt.date(2025, 8, 25)}


def weekday_between(a, b):
    """A random working day (England) in [a, b]."""
    while True:
        day = a + dt.timedelta(days=rng.randint(0, (b - a).days))
        if day.weekday() < 5 and day not in BANK_HOLIDAYS:
            return day


def pick_sector(sectors):
    # mostly the desk's own sector; now and then a neighbouring one
    if rng.random() < 0.85:
        return sectors[0]
    other = {"Finance": "Technology", "Technology": "Finance",
             "Engineering": "Healthcare", "Healthcare": "Engineering"}[sectors[0]]
    return other


def perm_fee(sector):
    title, lo, hi = rng.choice(ROLES[sector])
    salary = rng.randint(lo // 500, hi // 500) * 500
    pct = rng.choice(FEE_PCTS)
    return title, salary * pct / 100


def contract_margin(sector):
    title, lo, hi = rng.choice(CONTRACT_ROLES[sector])
    per_day = rng.randint(lo, hi)
    days = rng.choice([20, 40, 60, 65, 90, 120])
    return title, per_day * days


lines = []   # dicts


def add(seller, account, name, typ, product, amount, close, stage="won", split="1",
        probability="", cancel=""):
    lines.append(dict(seller=seller, account=account, name=name, type=typ, product=product,
                      amount=f"{amount:.2f}", close_date=close.isoformat() if close else "",
                      stage=stage, split=split, probability=probability,
                      cancel_date=cancel.isoformat() if cancel else ""))


roster = {r[0]: r for r in ROSTER}
for seller, prof in PROFILE.items():
    _, _, _, _, start, end, quota_override, _ = roster[seller]
    start, end = d(start) or dt.date(2025, 1, 1), d(end) or AS_OF
    for q in (1, 2, 3):
        qs, qe = quarter_bounds(q)
        lo, hi = max(qs, start), min(qe, end, AS_OF - dt.timedelta(days=1))
        if lo > hi:
            continue
        quota = float(quota_override) if quota_override else PLAN_PERM_QUOTA[q]
        # a part-quarter consultant's quota is prorated (plan.md 4.2); Q3 runs to the as-of date
        # but its target is a share of the whole quarter's quota
        share = ((min(qe, end) - max(qs, start)).days + 1) / ((qe - qs).days + 1)
        target = prof["perm"][q - 1] * quota * share
        total = 0.0
        while total < target - 1500:
            sector = pick_sector(prof["sectors"])
            for _ in range(40):   # a fee that does not overshoot the quarter by much
                title, fee = perm_fee(sector)
                if total + fee <= target + 1500:
                    break
            client = rng.choice(CLIENTS[sector])
            add(seller, client, f"{title} - {client}", "perm", sector, fee, weekday_between(lo, hi))
            total += fee
        # offers that fell through
        for _ in range(rng.randint(1, 3)):
            sector = pick_sector(prof["sectors"])
            title, fee = perm_fee(sector)
            client = rng.choice(CLIENTS[sector])
            add(seller, client, f"{title} - {client}", "perm", sector, fee, weekday_between(lo, hi), stage="lost")
        ctarget = prof["contract"][q - 1]
        ctotal = 0
        while ctotal < ctarget - 1500:
            sector = pick_sector(prof["sectors"])
            for _ in range(40):
                title, margin = contract_margin(sector)
                if ctotal + margin <= ctarget + 2000:
                    break
            client = rng.choice(CLIENTS[sector])
            add(seller, client, f"{title} - {client}", "contract", sector, margin, weekday_between(lo, hi))
            ctotal += margin
    # open pipeline: offers out and final interviews, forecast to start after the as-of date
    if end >= AS_OF:
        for _ in range(rng.randint(2, 5)):
            sector = pick_sector(prof["sectors"])
            if rng.random() < 0.7:
                title, amt = perm_fee(sector)
                typ = "perm"
            else:
                title, amt = contract_margin(sector)
                typ = "contract"
            client = rng.choice(CLIENTS[sector])
            close = weekday_between(dt.date(2025, 9, 26), dt.date(2025, 12, 12))
            add(seller, client, f"{title} - {client}", typ, sector, amt, close, stage="open",
                probability=rng.choice(["0.25", "0.5", "0.75"]))

# ---------------------------------------------------------------- hand-made lines
# Shared placements (client side / candidate side, 50:50), plan.md 3.4.
SHARED = [
    ("Robert Quigley", "Joanna Pilkington", "Merrion Asset Management", "Head of Finance", "Finance", 24750.00, "2025-05-19"),
    ("Kiran Malhotra", "James Whitlock", "Headrow Fintech", "Cloud Architect", "Technology", 22000.00, "2025-08-11"),
    ("James Adeyemi", "Nathan Crowther", "Ridings Energy", "Electrical Engineer", "Engineering", 11000.00, "2025-04-14"),
]
for a, b, client, title, sector, fee, close in SHARED:
    for who in (a, b):
        add(who, client, f"{title} - {client}", "perm", sector, fee, d(close), split="0.5")

# Leavers within / after the 12-week rebate period (plan.md section 10).
LEAVERS = [
    ("Rebecca Thwaite", "Stonegate Insurance Group", "Finance Business Partner", "Finance", 13200.00, "2025-06-16", "2025-08-01"),
    ("Kiran Malhotra", "Saltaire Systems", "Data Engineer", "Technology", 12600.00, "2025-03-10", "2025-07-14"),
    ("James Adeyemi", "Tyneside Fabrications", "Project Engineer", "Engineering", 10450.00, "2025-07-07", "2025-09-05"),
    ("Callum Baird", "Kirkgate Credit Union", "Payroll Manager", "Finance", 9000.00, "2025-02-12", "2025-04-04"),
]
for who, client, title, sector, fee, close, left in LEAVERS:
    add(who, client, f"{title} - {client}", "perm", sector, fee, d(close), stage="cancelled", cancel=d(left))

# Order by date and number the placements as the ATS does; shared lines keep one reference.
lines.sort(key=lambda r: (r["close_date"] or "9999", r["seller"], r["name"]))
refs = {}
n = 0
rows = []
for r in lines:
    key = (r["name"], r["close_date"], r["amount"]) if r["split"] != "1" else id(r)
    if key not in refs:
        n += 1
        refs[key] = f"PL25-{n:04d}"
    rows.append(dict(id=refs[key], **r))

COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=COLS)
    w.writeheader()
    for r in rows:
        w.writerow(dict(r, currency="GBP"))

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:perm_fees", "target_incentive"])
    for r in ROSTER:
        w.writerow([r[0], r[0], *r[1:]])

print(f"{len(rows)} lines, {n} placements, {len(ROSTER)} consultants")
