#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredtwentythird workspace (Saltmarket
Recruitment Ltd, an invented Glasgow recruitment agency: permanent placements, retained executive
search and contract staffing; offices in the Merchant City, the West End and Paisley; plan year
1 April 2026 - 31 March 2027, GBP, MONTHLY payouts). Standard library only; deterministic (every
choice is an md5 hash of a key made of the consultant, the month and a counter; no clock, no
random stream). Run: python3 gen_deals.py

- 17 consultants under 3 office managers (ROSTER below). Each consultant has a perm strength and
  a contract strength (how many opportunities a month) and a main sector.
- Opportunities: for every consultant and every month of the plan year while they are active,
  round(perm strength x (2..5)) perm opportunities (type "perm"; one "retained" Executive Search
  brief in about half the months for the three consultants who run them) and round(contract
  strength x (0..2)) contract opportunities (type "contract", or "extension" of an assignment,
  one in three). Each has a decision date in its month (day = hash mod days of the month + 1).
- Stage: a decision date on or before AS OF (2027-02-19) is won (perm 50%, contract 60%) or
  lost; after it the opportunity is open, expected to close on that date, with probability 0.8
  (offer out), 0.5 (final interview) or 0.25 (CVs sent). A few older opportunities of January and
  February 2027 are still open with an expected close already past (overdue).
- Amounts (GBP, the fee or the margin, rounded to the pound):
    perm      = salary (24k - 76k, by the 1k) x fee 15%, 18% or 20%
    retained  = salary (80k - 130k, by the 5k) x fee 25% or 30%      (product Executive Search)
    contract  = day margin (35 - 100 by the 5) x 21 days x term months (3, 4, 6, 9 or 12)
    extension = day margin x 21 days x term months (2, 3 or 6)
  Lost and open opportunities carry the same amounts (the fee or margin as quoted).
- Products are the sectors: Tech & Digital, Finance & Accountancy, Engineering, Business Support
  and Executive Search (retained only). A consultant's own sector 60% of the time.
- Splits (plan.md 3.4): a won or cancelled perm placement with hash mod 11 = 0 is a split fee,
  two lines with the same id, 50% to the consultant and 50% to a colleague of the same office
  (the one after them on the roster).
- Fall-offs (cancellations): a won placement or assignment decided on or before 2027-02-05 with
  hash mod 19 = 0 is cancelled, cancel_date = close + 6 + (hash mod span) days, where span is
  130 or, for a late start, the days to AS OF less 5, so every fall-off is dated before AS OF
  (plan.md section 11: only fall-offs within 84 days of the start are clawed
  back).
- Roster: Gregor Baird (Senior Consultant) carries his own quarterly perm fee target (65,000);
  Ailsa Murray (Contract Lead) her own annual contract margin target (150,000). Iona Stewart
  joined on 2026-08-17; Stuart Reid left on 2026-10-30 (no opportunity outside their dates).
  Two consultants are called Jamie. Ruaridh MacDonald is "Rory" on the roster.
- Ids: PL-26nnnn (perm and retained) and CA-26nnnn (contract and extension), numbered in order
  of decision date.
"""
import calendar
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 2, 19)
CANCEL_BY = dt.date(2027, 2, 5)
PLAN_START = dt.date(2026, 4, 1)
PLAN_END = dt.date(2027, 3, 31)

# id, roster name (when it quotes a nickname), manager, office, role, start, end, perm strength,
# contract strength, main sector, runs retained briefs (own targets: OWN_PERM, OWN_CONTRACT)
ROSTER = [
    ("Ewan Campbell", "", "Fiona MacLeod", "Merchant City", "Principal Consultant", "", "",
     1.5, 0.8, "Finance & Accountancy", True),
    ("Mhairi Brown", "", "Fiona MacLeod", "Merchant City", "Consultant", "", "",
     0.9, 1.2, "Business Support", False),
    ("Jamie Robertson", "", "Fiona MacLeod", "Merchant City", "Consultant", "", "",
     1.1, 1.0, "Tech & Digital", False),
    ("Ailsa Murray", "", "Fiona MacLeod", "Merchant City", "Contract Lead", "", "",
     0.35, 3.2, "Tech & Digital", False),
    ("Craig Donnelly", "", "Fiona MacLeod", "Merchant City", "Consultant", "", "",
     0.6, 1.4, "Engineering", False),
    ("Iona Stewart", "", "Fiona MacLeod", "Merchant City", "Associate Consultant", "2026-08-17", "",
     0.8, 0.8, "Business Support", False),
    ("Gregor Baird", "", "Callum Fraser", "West End", "Senior Consultant", "", "",
     1.9, 1.0, "Tech & Digital", True),
    ("Ruaridh MacDonald", 'Ruaridh "Rory" MacDonald', "Callum Fraser", "West End", "Consultant",
     "", "", 1.0, 1.6, "Tech & Digital", False),
    ("Shona Wallace", "", "Callum Fraser", "West End", "Senior Consultant", "", "",
     1.3, 0.6, "Finance & Accountancy", True),
    ("Jamie Docherty", "", "Callum Fraser", "West End", "Consultant", "", "",
     0.7, 2.0, "Engineering", False),
    ("Eilidh Paterson", "", "Callum Fraser", "West End", "Consultant", "", "",
     0.95, 1.2, "Finance & Accountancy", False),
    ("Niamh Quinn", "", "Callum Fraser", "West End", "Associate Consultant", "", "",
     0.5, 1.0, "Business Support", False),
    ("Scott McLaren", "", "Morag Kerr", "Paisley", "Senior Consultant", "", "",
     1.2, 2.2, "Engineering", False),
    ("Lorna Gilmour", "", "Morag Kerr", "Paisley", "Consultant", "", "",
     0.85, 0.8, "Business Support", False),
    ("Stuart Reid", "", "Morag Kerr", "Paisley", "Consultant", "", "2026-10-30",
     0.9, 1.2, "Engineering", False),
    ("Catriona Mackay", "", "Morag Kerr", "Paisley", "Consultant", "", "",
     1.05, 1.8, "Tech & Digital", False),
    ("Darren Boyle", "", "Morag Kerr", "Paisley", "Associate Consultant", "", "",
     0.45, 1.4, "Engineering", False),
]
OWN_PERM = {"Gregor Baird": "65000.00"}
OWN_CONTRACT = {"Ailsa Murray": "150000.00"}

SECTORS = ["Tech & Digital", "Finance & Accountancy", "Engineering", "Business Support"]
ROLES = {
    "Tech & Digital": ["Java Developer", "Data Engineer", "DevOps Engineer", "UX Designer",
                       "Service Desk Analyst", "Scrum Master", "Cloud Architect", "QA Tester"],
    "Finance & Accountancy": ["Management Accountant", "Payroll Manager", "Credit Controller",
                              "Financial Controller", "Tax Senior", "AP Clerk", "FP&A Analyst"],
    "Engineering": ["Electrical Engineer", "Project Engineer", "Quantity Surveyor",
                    "Maintenance Technician", "Welding Inspector", "CAD Designer"],
    "Business Support": ["Office Manager", "Receptionist", "PA to the MD",
                         "Customer Service Lead", "HR Administrator", "Data Entry Clerk"],
    "Executive Search": ["Chief Financial Officer", "Managing Director", "Chief Technology Officer",
                         "Operations Director", "Head of Engineering"],
}
ACCOUNTS = [
    "Finnieston Software", "Broomielaw Capital", "Govan Dry Docks", "Hillhead Analytics",
    "Anderston Insurance", "Springburn Rail Works", "Cessnock Fabrication",
    "Pollokshields Dental Group", "Dennistoun Bakeries", "Yoker Marine Services",
    "Cathcart Housing Association", "Queens Park Law", "St Enoch Retail Group",
    "Renfrew Aerospace Components", "Scotstoun Renewables", "Maryhill Print Works",
    "Byres Road Media", "Gorbals Credit Union", "Bearsden Wealth Management", "Clydebank Cold Stores",
    "Linwood Logistics", "Barrhead Distillers", "Ferguslie Foods", "Braehead Leisure",
]
BIG = ["Broomielaw Capital", "Anderston Insurance", "Renfrew Aerospace Components",
       "Scotstoun Renewables", "Bearsden Wealth Management", "Barrhead Distillers"]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def months():
    y, m = 2026, 4
    for _ in range(12):
        yield y, m
        m += 1
        if m == 13:
            y, m = y + 1, 1


def date_or_none(s):
    return dt.date.fromisoformat(s) if s else None


opps = []
for (sid, _name, mgr, office, role, start, end, ps, cs, sector, retained) in ROSTER:
    s0 = date_or_none(start) or PLAN_START
    s1 = date_or_none(end) or PLAN_END
    for (y, m) in months():
        ndays = calendar.monthrange(y, m)[1]
        key = f"{sid}|{y}-{m:02d}"
        hm = h(key)
        # perm opportunities this month: strength x (2..5); contract: strength x (0..2)
        n_perm = round(ps * (2 + hm % 4))
        n_con = round(cs * ((hm // 7) % 3))
        n_ret = 1 if retained and (hm // 11) % 2 == 0 else 0
        kinds = ["perm"] * n_perm + ["contract"] * n_con + ["retained"] * n_ret
        for i, kind in enumerate(kinds):
            x = h(f"{key}|{kind}|{i}")
            day = x % ndays + 1
            d = dt.date(y, m, day)
            if d < s0 or d > s1:
                continue
            typ = kind
            if kind == "contract" and (x // 3) % 3 == 0:
                typ = "extension"
            if kind == "retained":
                product = "Executive Search"
                salary = 80000 + ((x // 5) % 11) * 5000
                amount = round(salary * (0.25 if (x // 13) % 2 else 0.30))
                term = ""
            else:
                product = sector if (x // 5) % 5 < 3 else SECTORS[(x // 17) % 4]
                if kind == "perm":
                    salary = 24000 + ((x // 19) % 53) * 1000
                    fee = [0.15, 0.18, 0.20][(x // 23) % 3]
                    amount = round(salary * fee)
                    term = ""
                else:
                    if product == "Business Support" and (x // 29) % 2 == 0:
                        product = sector if sector != "Business Support" else "Tech & Digital"
                    margin = 35 + ((x // 31) % 14) * 5
                    terms = [2, 3, 6] if typ == "extension" else [3, 4, 6, 9, 12]
                    term = terms[(x // 37) % len(terms)]
                    amount = margin * 21 * term
            if kind == "retained" or (kind == "perm" and product != "Business Support" and (x // 41) % 4 == 0):
                account = BIG[(x // 43) % len(BIG)]
            else:
                account = ACCOUNTS[(x // 47) % len(ACCOUNTS)]
            role_title = ROLES[product][(x // 53) % len(ROLES[product])]
            win_p = 60 if kind in ("contract",) else 50
            stage, prob, cancel = "", "", ""
            close = d
            if d <= AS_OF:
                stage = "won" if (x // 59) % 100 < win_p else "lost"
                if stage == "lost" and d >= dt.date(2027, 1, 10) and (x // 61) % 4 == 0:
                    stage = "open"      # overdue: still open, its expected close gone by
                    prob = "0.5"
            else:
                stage = "open"
                prob = ["0.8", "0.5", "0.25", "0.25"][(x // 67) % 4]
            if stage == "won" and d <= CANCEL_BY and (x // 71) % 19 == 0:
                stage = "cancelled"
                span = min(130, (AS_OF - d).days - 5)
                cancel = (d + dt.timedelta(days=6 + (x // 73) % span)).isoformat()
            opps.append(dict(key=f"{key}|{kind}|{i}", x=x, seller=sid, office=office,
                             account=account, name=f"{account} {role_title}", type=typ,
                             product=product, amount=f"{amount}.00", close_date=d.isoformat(),
                             stage=stage, probability=prob, cancel_date=cancel,
                             term_months=str(term)))

opps.sort(key=lambda o: (o["close_date"], o["seller"], o["key"]))
by_office = {}
for r in ROSTER:
    by_office.setdefault(r[3], []).append(r)
rows = []
num = {"PL": 0, "CA": 0}
for o in opps:
    pre = "PL" if o["type"] in ("perm", "retained") else "CA"
    num[pre] += 1
    oid = f"{pre}-26{num[pre]:04d}"
    line = dict(id=oid, seller=o["seller"], account=o["account"], name=o["name"], type=o["type"],
                product=o["product"], amount=o["amount"], close_date=o["close_date"],
                stage=o["stage"], split="1", probability=o["probability"],
                cancel_date=o["cancel_date"], term_months=o["term_months"], currency="GBP")
    partner = None
    if o["type"] == "perm" and o["stage"] in ("won", "cancelled") and (o["x"] // 79) % 11 == 0:
        team = by_office[o["office"]]
        ids = [r[0] for r in team]
        k = ids.index(o["seller"])
        d = dt.date.fromisoformat(o["close_date"])
        for step in range(1, len(team)):
            r = team[(k + step) % len(team)]
            if (date_or_none(r[5]) or PLAN_START) <= d <= (date_or_none(r[6]) or PLAN_END):
                partner = r[0]
                break
    if partner:
        line["split"] = "0.5"
        rows.append(line)
        rows.append(dict(line, seller=partner))
    else:
        rows.append(line)

rows.sort(key=lambda r: (r["seller"], r["close_date"], r["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "term_months", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:perm_fee", "quota:contract_margin"])
    for (sid, name, mgr, office, role, start, end, *_rest) in ROSTER:
        w.writerow([sid, name or sid, mgr, office, role, start, end, OWN_PERM.get(sid, ""),
                    OWN_CONTRACT.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for r in rows if r["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "splits:", sum(1 for r in rows if r["split"] != "1") // 2)
