#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfiftyseventh workspace (Ridgeway Talent
Partners, an invented US staffing agency with desks in Chicago, Dallas and Charlotte; plan year
1 January - 31 December 2026, USD, MONTHLY payouts). Invented data, not the Maven export.
Standard library only; deterministic (one random.Random with a fixed seed, walked in a fixed
order; no clock). Run: python3 gen_deals.py

A "deal" is a placement (plan.md section 3):
- type "perm": a permanent placement; amount = the placement fee invoiced to the client
  (salary x fee %, 20-25%).
- type "contract": a contractor start; amount = the booked spread, (bill rate - loaded pay
  rate) x 40 hours x the weeks of the initial assignment (13, or 26 on some orders).
- type "conversion": a client hiring one of our contractors perm; amount = the conversion fee.
Products are the agency's practices (Technology, Accounting & Finance, Engineering,
Healthcare, Light Industrial, Office Support). Accounts are invented client companies, ten per
branch; three per branch are the account manager's key accounts.
- Splits (plan.md 3.5): a recruiter's won or fallen-off placement at one of their branch
  account manager's key accounts is two lines with the same id, 50% recruiter / 50% account
  manager. Account managers also make placements of their own (full desk, split 1).
- Stages: won placements close 2 January - 21 August 2026 (AS OF = 2026-08-21); lost ones
  ("turndowns") all year to the as-of date; open ones ("in the pipe") are expected to start
  3 August - 30 November 2026 (probability 0.25 / 0.5 / 0.75 by stage of the process); those
  expected before the as-of date are starts that slipped and are still open.
- Falloffs: a won placement closed on or before 2026-08-05 is cancelled with a chance of 1 in 11
  (perm, conversion) or 1 in 30 (contract); cancel_date = close + 6 to 140 days, at the latest
  the as-of date. plan.md section 11: only falloffs within the 90-day guarantee are clawed back.
- Roster: Luis Arroyo (Dallas) joined on 2026-05-11; Megan Liu (Charlotte) left on
  2026-07-17. Tyler Brandt (Senior Recruiter) and the three account managers carry their own
  quotas (roster columns quota:perm and quota:spread).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 21)
YEAR_START = dt.date(2026, 1, 2)
FALLOFF_BY = dt.date(2026, 8, 5)
rng = random.Random(257_2026)

ROSTER = [
    # id, manager, territory, role, start, end, quota:perm, quota:spread, profile
    ("Tyler Brandt", "Renee Castellanos", "Chicago", "Senior Recruiter", "", "", "85000.00", "", "big"),
    ("Jasmine Okoye", "Renee Castellanos", "Chicago", "Recruiter", "", "", "", "", "perm"),
    ("Kevin Marsh", "Renee Castellanos", "Chicago", "Recruiter", "", "", "", "", "contract"),
    ("Alicia Dunn", "Renee Castellanos", "Chicago", "Recruiter", "", "", "", "", "mid"),
    ("Brett Kowalczyk", "Renee Castellanos", "Chicago", "Account Manager", "", "", "95000.00", "24000.00", "am"),
    ("Shelby Whitaker", "Curtis Pham", "Dallas", "Recruiter", "", "", "", "", "perm"),
    ("Chris Vance", "Curtis Pham", "Dallas", "Recruiter", "", "", "", "", "mid"),
    ("Morgan Ellery", "Curtis Pham", "Dallas", "Recruiter", "", "", "", "", "contract"),
    ("Luis Arroyo", "Curtis Pham", "Dallas", "Recruiter", "2026-05-11", "", "", "", "new"),
    ("Carly Jensen", "Curtis Pham", "Dallas", "Account Manager", "", "", "95000.00", "24000.00", "am"),
    ("Nate Sorensen", "Holly Brennan", "Charlotte", "Recruiter", "", "", "", "", "mid"),
    ("Tasha Greene", "Holly Brennan", "Charlotte", "Recruiter", "", "", "", "", "perm"),
    ("Chris Tallman", "Holly Brennan", "Charlotte", "Recruiter", "", "", "", "", "low"),
    ("Megan Liu", "Holly Brennan", "Charlotte", "Recruiter", "", "2026-07-17", "", "", "mid"),
    ("Evan Castillo", "Holly Brennan", "Charlotte", "Account Manager", "", "", "95000.00", "24000.00", "am"),
]
AM = {"Chicago": "Brett Kowalczyk", "Dallas": "Carly Jensen", "Charlotte": "Evan Castillo"}

# won placements a month: perm, contract, conversion; fee size factor
PROFILE = {
    "big": (2.0, 1.1, 0.25, 1.25),
    "perm": (1.5, 0.6, 0.15, 1.0),
    "contract": (0.6, 2.2, 0.3, 1.0),
    "mid": (1.1, 1.3, 0.15, 1.0),
    "new": (0.9, 0.9, 0.0, 0.9),
    "low": (0.7, 0.8, 0.1, 0.9),
    "am": (0.35, 0.4, 0.1, 1.1),
}

TE, AF, EN, HC, LI, OS = ("Technology", "Accounting & Finance", "Engineering", "Healthcare",
                          "Light Industrial", "Office Support")
# client accounts by branch, each with the practices it hires for
ACCOUNTS = {
    "Chicago": {
        "Kessler Mutual Insurance": (TE, AF, OS), "Blue Heron Software": (TE, AF),
        "Lakeshore Credit Union": (AF, TE, OS), "Calloway Manufacturing": (EN, LI, AF),
        "Northbeam Analytics": (TE,), "Halvorsen Foods": (LI, EN, AF),
        "Prairie State Health": (HC, TE, OS), "Pinnacle Tool & Die": (EN, LI),
        "Carver & Lusk LLP": (AF, OS), "Hollis Packaging": (LI, EN),
    },
    "Dallas": {
        "Lonestar Fabrication": (EN, LI), "Sable Creek Energy": (EN, AF, TE),
        "Verity Health Partners": (HC, TE), "Gateway Freight": (LI, OS, TE),
        "Ironwood Capital": (AF, TE), "Quintrell Aerospace": (EN, TE),
        "Fairlane Motors": (OS, AF, LI), "Trinity Ridge Medical Group": (HC, OS),
        "Westfork Cold Chain": (LI, EN), "Redbrick Property Group": (AF, OS),
    },
    "Charlotte": {
        "Copperleaf Bank": (AF, TE), "Magnolia Home Health": (HC, OS),
        "Bexley Pharma": (EN, HC, TE), "Stonegate Construction": (EN, AF),
        "Juniper Dental Partners": (HC, OS), "Brightwater Utilities": (EN, TE),
        "Harbor Point Hotels": (OS, AF), "Oakmont School District": (OS, TE),
        "Trailhead Outfitters": (LI, OS), "Ardent Logistics": (LI, TE),
    },
}
KEY_ACCOUNTS = {t: list(a)[:3] for t, a in ACCOUNTS.items()}

# practice: (weight, salary range, spread per hour range, titles)
PRACTICES = {
    "Technology": (4, (85, 175), (22, 48), ["Software Engineer", "Senior .NET Developer",
                   "DevOps Engineer", "Data Analyst", "IT Project Manager", "Network Engineer",
                   "QA Analyst", "Salesforce Administrator", "Cloud Architect", "Help Desk Lead"]),
    "Accounting & Finance": (3, (60, 150), (14, 32), ["Staff Accountant", "Senior Accountant",
                             "Controller", "AP Specialist", "Financial Analyst",
                             "Payroll Manager", "Tax Manager"]),
    "Engineering": (2, (75, 140), (18, 38), ["Mechanical Engineer", "Controls Engineer",
                    "Quality Engineer", "Project Engineer", "Manufacturing Engineer"]),
    "Healthcare": (2, (55, 120), (12, 30), ["RN Case Manager", "Medical Coder",
                   "Practice Manager", "Clinical Informatics Analyst", "Revenue Cycle Manager"]),
    "Light Industrial": (2, (40, 80), (5, 11), ["Warehouse Supervisor", "Maintenance Technician",
                         "Production Supervisor", "CNC Machinist", "Forklift Lead"]),
    "Office Support": (1, (40, 75), (6, 14), ["Executive Assistant", "Office Manager",
                       "Customer Service Lead", "HR Generalist", "Receptionist"]),
}


def months_active(start, end):
    d = dt.date(2026, 1, 1)
    while d <= AS_OF:
        nxt = dt.date(2026, d.month + 1, 1) if d.month < 12 else dt.date(2027, 1, 1)
        lo, hi = max(d, start), min(nxt - dt.timedelta(days=1), end, AS_OF)
        if lo <= hi:
            yield lo, hi
        d = nxt


def count(mean):
    n = int(mean)
    return n + (1 if rng.random() < mean - n else 0)


def day_between(lo, hi):
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))


def workday(d):
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


rows = []
seq = [41000]


def new_id():
    seq[0] += rng.randrange(3, 40)
    return f"PL-{seq[0]}"


def make(seller, terr, typ, close, stage, size, prob=""):
    account = rng.choice(list(ACCOUNTS[terr]))
    hires = ACCOUNTS[terr][account]
    practice = rng.choices(hires, [PRACTICES[p][0] for p in hires])[0]
    _, sal, spr, titles = PRACTICES[practice]
    title = rng.choice(titles)
    if typ == "perm":
        salary = rng.randrange(sal[0], sal[1] + 1) * 1000 * size
        pct = rng.choice([0.20, 0.20, 0.22, 0.25, 0.25])
        amount = round(salary * pct / 50) * 50
    elif typ == "conversion":
        salary = rng.randrange(sal[0], sal[1] + 1) * 1000
        amount = round(salary * rng.choice([0.10, 0.12, 0.15]) / 50) * 50
    else:
        weeks = rng.choice([13, 13, 13, 26])
        amount = rng.randrange(spr[0], spr[1] + 1) * 40 * weeks
    line = dict(id=new_id(), seller=seller, account=account, name=f"{account} - {title}",
                type=typ, product=practice, amount=f"{amount}.00", close_date=close.isoformat(),
                stage=stage, split="1", probability=prob, cancel_date="", currency="USD")
    if stage == "won" and close <= FALLOFF_BY:
        odds = 30 if typ == "contract" else 11
        if rng.randrange(odds) == 0:
            line["stage"] = "cancelled"
            c = close + dt.timedelta(days=rng.randrange(6, 141))
            line["cancel_date"] = min(c, AS_OF).isoformat()
    am = AM[terr]
    if (seller != am and line["stage"] in ("won", "cancelled")
            and account in KEY_ACCOUNTS[terr]):
        line["split"] = "0.5"
        rows.append(line)
        rows.append(dict(line, seller=am))
    else:
        rows.append(line)


for sid, mgr, terr, role, start, end, qp, qs, prof in ROSTER:
    s = dt.date.fromisoformat(start) if start else dt.date(2026, 1, 1)
    e = dt.date.fromisoformat(end) if end else dt.date(2026, 12, 31)
    perm, contract, conv, size = PROFILE[prof]
    for lo, hi in months_active(max(s, YEAR_START), e):
        share = ((hi - lo).days + 1) / 30
        for typ, mean in (("perm", perm), ("contract", contract), ("conversion", conv)):
            for _ in range(count(mean * share)):
                make(sid, terr, typ, workday(day_between(lo, hi)) if hi > lo else lo, "won", size)
            for _ in range(count(mean * share * 0.8)):
                make(sid, terr, typ, day_between(lo, hi), "lost", size)
    if end:
        continue
    for typ, mean in (("perm", perm), ("contract", contract), ("conversion", conv)):
        for _ in range(count(mean * 3)):
            close = day_between(dt.date(2026, 8, 3), dt.date(2026, 11, 30))
            make(sid, terr, typ, close, "open", size, rng.choice(["0.25", "0.5", "0.5", "0.75"]))

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:perm", "quota:spread"])
    for sid, mgr, terr, role, start, end, qp, qs, _ in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qp, qs])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
