#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredninetyninth workspace (Broomielaw
Recruitment Ltd, an invented Glasgow recruitment agency on the Broomielaw: permanent placement
fees and contract margin; plan year 1 April 2025 - 31 March 2026, GBP, MONTHLY payouts) from the
real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Broomielaw consultants on three desks (AGENTS, ROSTER below).
  A quarter of each agent's opportunities are kept (md5(id) mod 4 = 0), except: a third of the
  GTK 500 opportunities (md5(id) mod 3 = 0; they become retained Executive Search assignments)
  and a third of the Contract Specialist's (Nicola Brennan) are kept.
- Dates: the Maven close dates 1 March 2017 - 31 December 2017 are stretched onto the plan
  year: day t of the Maven span becomes 1 April 2025 + round(t x 364 / 305). AS OF = 2026-02-20.
  A Won opportunity that now closes after it becomes an open deal ("on the go", probability
  0.6); a Lost one dated after it becomes open (probability 0.25). Engaging opportunities are
  open (probability 0.5) expected to close 9 February 2026 + (hash mod 50) days (some overdue
  at the as-of date); Prospecting ones (probability 0.2) 1 March 2026 + (hash mod 70) days.
- Products are the disciplines a desk places (DESK_PRODUCTS): the Maven product picks one of
  the desk's two disciplines (GTX Basic, GTX Pro, MG Advanced -> the first; the others -> the
  second); GTK 500 is Executive Search (type "retained") on every desk.
- Type: Executive Search = "retained". Otherwise hash mod 100 below the desk's contract share
  (Technology 38, Finance & Business Support 22, Engineering & Construction 42; the Contract
  Specialist 75) is a contractor booking: "extension" when (hash // 7) mod 4 = 0, else
  "contract"; the rest "perm".
- Amounts in GBP, whole pounds, all from the hash: a perm fee is a salary from the discipline's
  band x a fee of 15%, 18% or 20%; a retained fee is a salary of 55,000-110,000 x 25%; a
  contract's margin is a day margin of 45-140 x 40-130 days; an extension's 30-110 x 20-70 days.
  Lost and open deals carry the fee or margin they would have earned.
- Accounts: one of the desk's twelve invented West of Scotland clients (Maven account index
  mod 12; an opportunity with no account by hash).
- Splits (plan.md 3.4): a won or cancelled perm placement with (hash // 13) mod 14 = 0 is a split
  fee, two lines with the same id, 50% to the consultant (client side) and 50% to a deskmate
  active on the close date (candidate side), the deskmate picked by hash.
- Fall-offs (cancellations): a won deal closed on or before 2026-02-06 with (hash // 17) mod 19
  = 0 is cancelled, cancel_date = close + 12 + (hash // 19) mod 140 days, at the latest the
  as-of date (plan.md section 11: only fall-offs within 84 days of the placement are clawed back).
- Roster: 16 consultants under 4 managers: the three desks' team leaders (Fiona MacLeod,
  Technology; Craig Docherty, Finance & Business Support; Lorraine Gallacher, Engineering &
  Construction) and the Commercial Director, Morag Lindsay, to whom the Principal Consultant
  reports. Alasdair Grant (Principal Consultant) carries his own quarterly perm billing target;
  Nicola Brennan (Contract Specialist) her own annual contract margin target and quarterly perm
  target. Chloe Baird joined on 2025-09-08 (her Maven deals before that date are dropped); Gary
  Duncan left on 2025-11-14 (his deals after that date are dropped). Two consultants are called
  Ross (Ross Campbell, Technology; Ross McAllister, Finance & Business Support).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 20)
M_START = dt.date(2017, 3, 1)
P_START = dt.date(2025, 4, 1)
CANCEL_BY = dt.date(2026, 2, 6)

AGENTS = {
    "Darcel Schlecht": "Alasdair Grant",
    "Anna Snelling": "Ross Campbell",
    "Kary Hendrixson": "Eilidh Robertson",
    "Cecily Lampkin": "Declan O'Neill",
    "Markita Hansen": "Priya Sharma",
    "Garret Kinder": "Chloe Baird",
    "Vicki Laflamme": "Ross McAllister",
    "Jonathan Berthelot": "Megan Stewart",
    "Moses Frase": "Jamie Reid",
    "Violet Mclelland": "Siobhan Kelly",
    "Wilburn Farren": "Gary Duncan",
    "Zane Levy": "Callum Fraser",
    "Elease Gluck": "Ailsa Murray",
    "Reed Clapper": "Connor Quinn",
    "Kami Bicknell": "Nicola Brennan",
    "Niesha Huffines": "Stuart Paterson",
}
TECH, FIN, ENG = "Technology", "Finance & Business Support", "Engineering & Construction"
ROSTER = [
    # id, manager, desk, role, start_date, end_date, quota:perm_fees, quota:contract_margin
    ("Alasdair Grant", "Morag Lindsay", TECH, "Principal Consultant", "", "", "50000.00", ""),
    ("Ross Campbell", "Fiona MacLeod", TECH, "Senior Consultant", "", "", "", ""),
    ("Eilidh Robertson", "Fiona MacLeod", TECH, "Consultant", "", "", "", ""),
    ("Declan O'Neill", "Fiona MacLeod", TECH, "Consultant", "", "", "", ""),
    ("Priya Sharma", "Fiona MacLeod", TECH, "Senior Consultant", "", "", "", ""),
    ("Chloe Baird", "Fiona MacLeod", TECH, "Associate Consultant", "2025-09-08", "", "", ""),
    ("Ross McAllister", "Craig Docherty", FIN, "Senior Consultant", "", "", "", ""),
    ("Megan Stewart", "Craig Docherty", FIN, "Consultant", "", "", "", ""),
    ("Jamie Reid", "Craig Docherty", FIN, "Consultant", "", "", "", ""),
    ("Siobhan Kelly", "Craig Docherty", FIN, "Senior Consultant", "", "", "", ""),
    ("Gary Duncan", "Craig Docherty", FIN, "Consultant", "", "2025-11-14", "", ""),
    ("Callum Fraser", "Lorraine Gallacher", ENG, "Senior Consultant", "", "", "", ""),
    ("Ailsa Murray", "Lorraine Gallacher", ENG, "Consultant", "", "", "", ""),
    ("Connor Quinn", "Lorraine Gallacher", ENG, "Consultant", "", "", "", ""),
    ("Nicola Brennan", "Lorraine Gallacher", ENG, "Contract Specialist", "", "", "20000.00",
     "250000.00"),
    ("Stuart Paterson", "Lorraine Gallacher", ENG, "Consultant", "", "", "", ""),
]
DESK = {r[0]: r[2] for r in ROSTER}
START = {r[0]: dt.date.fromisoformat(r[4]) if r[4] else None for r in ROSTER}
END = {r[0]: dt.date.fromisoformat(r[5]) if r[5] else None for r in ROSTER}
DESK_PRODUCTS = {
    TECH: ("Software Development", "IT Support & Infrastructure"),
    FIN: ("Accountancy & Finance", "Office Support"),
    ENG: ("Engineering", "Construction & Property"),
}
SALARY = {  # perm salary band in pounds
    "Software Development": (38000, 75000),
    "IT Support & Infrastructure": (24000, 48000),
    "Accountancy & Finance": (30000, 68000),
    "Office Support": (21000, 33000),
    "Engineering": (32000, 62000),
    "Construction & Property": (28000, 56000),
}
CONTRACT_SHARE = {TECH: 38, FIN: 22, ENG: 42}
CLIENTS = {
    TECH: ["Finnieston Digital", "Merchant City Analytics", "Kelvin Cloud Systems",
           "Tontine Games Studio", "Anderston Data Labs", "Pacific Quay Media",
           "Strathclyde Fintech", "Partick Cyber Security", "Ibrox Logistics Software",
           "Candleriggs Creative", "Dennistoun Health Tech", "Hyndland Payments"],
    FIN: ["Blythswood Accountants", "St Vincent Street Wealth", "Argyle Insurance Services",
          "Buchanan Legal", "Clyde Housing Partners", "Govanhill Credit Union",
          "Bath Street Property Management", "Shawlands Dental Group",
          "Queen Street Payroll Bureau", "Barras Brewing Co", "Cathcart Care Homes",
          "Ingram Street Hotels"],
    ENG: ["Govan Marine Engineering", "Scotstoun Shipyard Services", "Hillington Precision",
          "Cambuslang Civils", "Paisley Structural Steel", "Clydebank Building Co",
          "Springburn Rail Works", "Renfrew Aerospace Components",
          "East Kilbride Water Systems", "Motherwell Fabrication", "Port Dundas Energy",
          "Rutherglen Groundworks"],
}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def stretch(d):
    t = (d - M_START).days
    return P_START + dt.timedelta(days=round(t * 364 / 305))


def active(seller, day):
    return (START[seller] is None or day >= START[seller]) and (
        END[seller] is None or day <= END[seller])


maven_accounts = sorted(r["account"] for r in read("accounts.csv"))
IDX = {a: i for i, a in enumerate(maven_accounts)}

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    seller = AGENTS[agent]
    x = h(oid)
    if seller == "Nicola Brennan":
        keep = x % 3 == 0
    else:
        keep = x % 4 == 0
    if r["product"] == "GTK 500":
        keep = x % 3 == 0
    if not keep:
        continue
    x //= 4
    desk = DESK[seller]
    if r["product"] == "GTK 500":
        product, typ = "Executive Search", "retained"
    else:
        first = r["product"] in ("GTX Basic", "GTX Pro", "GTXPro", "MG Advanced")
        product = DESK_PRODUCTS[desk][0 if first else 1]
        share = 75 if seller == "Nicola Brennan" else CONTRACT_SHARE[desk]
        if x % 100 < share:
            typ = "extension" if (x // 7) % 4 == 0 else "contract"
        else:
            typ = "perm"
    if typ == "retained":
        amount = round((55000 + (x // 101) % 55001) * 0.25)
    elif typ == "perm":
        lo, hi = SALARY[product]
        salary = lo + ((x // 101) % (hi - lo + 1))
        pct = (0.15, 0.18, 0.20)[(x // 211) % 3]
        amount = round(salary * pct)
    elif typ == "contract":
        amount = (45 + (x // 101) % 96) * (40 + (x // 307) % 91)
    else:
        amount = (30 + (x // 101) % 81) * (20 + (x // 307) % 51)
    idx = IDX[r["account"]] if r["account"] else (x // 401) % 97
    account = CLIENTS[desk][idx % 12]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[
        r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 2, 9) + dt.timedelta(days=(x // 503) % 50)
            prob = "0.5"
        else:
            close = dt.date(2026, 3, 1) + dt.timedelta(days=(x // 503) % 70)
            prob = "0.2"
    else:
        close = stretch(dt.date.fromisoformat(r["close_date"]))
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and close < START[seller]:
        continue
    if END[seller] and close > END[seller]:
        continue
    if stage == "won" and close <= CANCEL_BY and (x // 17) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=12 + (x // 19) % 140), AS_OF).isoformat()
    label = {"perm": "Perm", "retained": "Retained", "contract": "Contract",
             "extension": "Extension"}[typ]
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product} {label}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="GBP")
    partner = None
    if typ == "perm" and stage in ("won", "cancelled") and (x // 13) % 14 == 0:
        mates = [s for s in sorted(DESK) if DESK[s] == desk and s != seller and active(s, close)]
        partner = mates[(x // 29) % len(mates)]
    if partner:
        line["split"] = "0.5"
        rows.append(line)
        rows.append(dict(line, seller=partner, split="0.5"))
    else:
        rows.append(line)

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
                "quota:perm_fees", "quota:contract_margin"])
    for sid, mgr, desk, role, start, end, qp, qc in ROSTER:
        w.writerow([sid, sid, mgr, desk, role, start, end, qp, qc])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
