#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredseventyfirst workspace (Capital City Office
Systems, Inc., an invented office-technology dealer in Columbus, Ohio: copiers, printers,
managed print services, document software and IT services; plan year 1 February 2026 -
31 January 2027 (FY27), USD, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5
hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 18 Maven agents are re-cast as Capital City reps (AGENTS below) on three vertical teams:
  Commercial (businesses), Education (schools and colleges), Legal & Professional (law firms,
  title agencies, accountants). Half of each agent's opportunities are kept (md5(id) even),
  except: every GTK 500 opportunity is kept (they become Shield IT Managed Services
  contracts), and every opportunity of Hayden Neloms (re-cast as Dana Whitcomb, the Managed
  Print Specialist) is kept.
- Dates: every Maven date moves forward by the same 3,260 days, so 1 March 2017 becomes
  2 February 2026 and 31 December 2017 becomes 4 December 2026. AS OF = 2026-10-21. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one
  dated after it becomes an open deal (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 5 October 2026 + (hash mod 80) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 2 November 2026 + (hash mod 90) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open
  deals carry the product's list price x the factor.
    MG Special     -> PaperTrail Cloud               x 40   (document software, a year)
    GTX Basic      -> Dart Desktop Laser             x 1.5  (printer)
    GTX Plus Basic -> Sprint Pro MFP                 x 2.5  (desktop multifunction printer)
    GTX Pro        -> Olentangy 45 Copier            x 2.5  (A3 office copier)
    GTX Plus Pro   -> Olentangy 70 Production        x 4    (production copier)
    MG Advanced    -> ClearPrint Managed Print       x 3    (managed print contract, a year)
    GTK 500        -> Shield IT Managed Services     x 1.5  (IT services contract, a year)
- Accounts: each team has its own 16 invented customers (businesses / schools / law firms);
  a Maven account lands on its team's list by its index in the Maven account list (mod 16);
  an opportunity with no account gets one by hash.
- Type: "new_logo", "upgrade" or "lease_renewal" (hardware: hash mod 10 = 0-3 new logo, 4-6
  upgrade, 7-9 lease renewal; the three services products: 0-5 new logo, 6-9 upgrade).
- Splits (plan.md 3.4): a won or cancelled ClearPrint Managed Print deal of any rep but Dana
  Whitcomb is two lines with the same id: 60% to the rep and 40% to Dana Whitcomb.
- Cancellations ("unwinds"): a won deal closed on or before 2026-10-09 with hash mod 24 = 0 is
  cancelled, cancel_date = close + 12 + (hash mod 130) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Tyler Brandt (Senior Account Executive) carries his own quarterly Equipment quota;
  Dana Whitcomb (Managed Print Specialist) her own Equipment and Recurring quotas. Brianna
  Kessler joined on 2026-06-15 and Jordan Pike on 2026-09-28 (their own deals before those
  dates are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 21)
SHIFT = dt.date(2026, 2, 2) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 10, 9)

AGENTS = {
    "Darcel Schlecht": "Tyler Brandt",
    "Hayden Neloms": "Dana Whitcomb",
    "Markita Hansen": "Chris Novak",
    "Zane Levy": "Jess Huang",
    "Boris Faz": "Kevin Mahoney",
    "Garret Kinder": "Brianna Kessler",
    "Anna Snelling": "Hannah Fischer",
    "Cassey Cress": "Luis Ortega",
    "Versie Hillebrand": "Megan Doyle",
    "Kami Bicknell": "Andre Sims",
    "Lajuana Vencill": "Katie Lindqvist",
    "Moses Frase": "Priya Venkat",
    "Rosalina Dieter": "Chris Adebayo",
    "Reed Clapper": "Olivia Grant",
    "Kary Hendrixson": "Nate Sorensen",
    "Corliss Cosme": "Rachel Stein",
    "Gladys Colclough": "Marco Bellini",
    "Wilburn Farren": "Jordan Pike",
}
COM, EDU, LEG = "Commercial", "Education", "Legal & Professional"
ROSTER = [
    # id, manager, territory, role, start_date, quota:equipment, quota:recurring
    ("Tyler Brandt", "Denise Kowalczyk", COM, "Senior Account Executive", "", "Q_SENIOR", ""),
    ("Dana Whitcomb", "Denise Kowalczyk", COM, "Managed Print Specialist", "", "Q_MPS_EQ", "Q_MPS_REC"),
    ("Chris Novak", "Denise Kowalczyk", COM, "Account Executive", "", "", ""),
    ("Jess Huang", "Denise Kowalczyk", COM, "Account Executive", "", "", ""),
    ("Kevin Mahoney", "Denise Kowalczyk", COM, "Account Executive", "", "", ""),
    ("Brianna Kessler", "Denise Kowalczyk", COM, "Account Executive", "2026-06-15", "", ""),
    ("Hannah Fischer", "Marcus Bell", EDU, "Account Executive", "", "", ""),
    ("Luis Ortega", "Marcus Bell", EDU, "Account Executive", "", "", ""),
    ("Megan Doyle", "Marcus Bell", EDU, "Account Executive", "", "", ""),
    ("Andre Sims", "Marcus Bell", EDU, "Account Executive", "", "", ""),
    ("Katie Lindqvist", "Marcus Bell", EDU, "Account Executive", "", "", ""),
    ("Priya Venkat", "Marcus Bell", EDU, "Account Executive", "", "", ""),
    ("Chris Adebayo", "Theresa Okonkwo", LEG, "Account Executive", "", "", ""),
    ("Olivia Grant", "Theresa Okonkwo", LEG, "Account Executive", "", "", ""),
    ("Nate Sorensen", "Theresa Okonkwo", LEG, "Account Executive", "", "", ""),
    ("Rachel Stein", "Theresa Okonkwo", LEG, "Account Executive", "", "", ""),
    ("Marco Bellini", "Theresa Okonkwo", LEG, "Account Executive", "", "", ""),
    ("Jordan Pike", "Theresa Okonkwo", LEG, "Account Executive", "2026-09-28", "", ""),
]
QUOTA = {"Q_SENIOR": "300000.00", "Q_MPS_EQ": "60000.00", "Q_MPS_REC": "320000.00"}
START = {r[0]: r[4] for r in ROSTER}
TEAM = {r[0]: r[2] for r in ROSTER}
SPECIALIST = "Dana Whitcomb"
PRODUCT = {
    "MG Special": ("PaperTrail Cloud", 40),
    "GTX Basic": ("Dart Desktop Laser", 1.5),
    "GTX Plus Basic": ("Sprint Pro MFP", 2.5),
    "GTX Pro": ("Olentangy 45 Copier", 2.5),
    "GTXPro": ("Olentangy 45 Copier", 2.5),
    "GTX Plus Pro": ("Olentangy 70 Production", 4),
    "MG Advanced": ("ClearPrint Managed Print", 3),
    "GTK 500": ("Shield IT Managed Services", 1.5),
}
SERVICES = {"PaperTrail Cloud", "ClearPrint Managed Print", "Shield IT Managed Services"}
ACCOUNTS = {
    COM: [
        "Short North Dental Group", "German Village Coffee Roasters", "Arena District Architects",
        "Easton Auto Group", "Clintonville Veterinary Clinic", "Scioto Mile Insurance Agency",
        "Polaris Logistics Center", "Grandview Heights Realty", "Hilliard Tool & Die",
        "Worthington Family Medicine", "Dublin Bridge Engineering", "Westerville Sign & Banner",
        "Bexley Pharmacy", "Gahanna Credit Union", "Olde Towne Brewing Co",
        "Reynoldsburg Plumbing Supply",
    ],
    EDU: [
        "Darby Creek Elementary", "Alum Creek Middle School", "Franklinton Prep Academy",
        "Blendon Woods Middle School", "St. Brendan Catholic School", "Riverside Montessori",
        "Linden Park High School", "Columbus Hills Community College", "Scioto Valley Career Center",
        "Northland Christian Academy", "Worthington Hills Elementary", "Eastmoor STEM Academy",
        "Heritage Trail Middle School", "Walnut Grove Charter School", "Central Ohio Nursing Institute",
        "Groveport Madison Learning Center",
    ],
    LEG: [
        "Hartwell & Briggs LLP", "Mendel Law Office", "Pryor Lindgren & Associates",
        "Vance Turley Attorneys", "Castellane Family Law", "Rutherford & Kim LLP",
        "Delgado Immigration Law", "Brookside Title Agency", "Abernathy CPA Group",
        "Sutter Patent Partners", "Whitmore Estate Planning", "Ludlow Defense Group",
        "Ferrante Injury Law", "Goldberg Ruiz LLP", "Marsh & Penrose Mediation",
        "Tolliver Bankruptcy Counsel",
    ],
}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
maven_accounts = sorted(r["account"] for r in read("accounts.csv"))
IDX = {a: i for i, a in enumerate(maven_accounts)}

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Hayden Neloms"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = ACCOUNTS[TEAM[seller]][idx % 16]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 10, 5) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 11, 2) + dt.timedelta(days=x % 90)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    k = (x // 3) % 10
    if product in SERVICES:
        typ = "new_logo" if k < 6 else "upgrade"
    else:
        typ = "new_logo" if k < 4 else ("upgrade" if k < 7 else "lease_renewal")
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 24 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=12 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if product == "ClearPrint Managed Print" and seller != SPECIALIST and stage in ("won", "cancelled"):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.4"))
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
                "quota:equipment", "quota:recurring"])
    for sid, mgr, terr, role, start, qe, qr in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", QUOTA.get(qe, ""), QUOTA.get(qr, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
