#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredfifteenth workspace (Rideau Payworks Inc.,
an invented Ottawa payroll and HR software company selling subscriptions and implementation
services to small businesses in Ottawa, Eastern Ontario and the Outaouais; plan year 1 April 2026
- 31 March 2027, the Canadian government's fiscal year; CAD; MONTHLY payouts) from the real Maven
CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Rideau Payworks account executives (AGENTS below). Half of each
  agent's opportunities are kept (md5(id) even), except that every GTK 500 opportunity and every
  opportunity of Elease Gluck (re-cast as Laurel Sinclair, the Implementation Consultant) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 April 2026 and 31 December 2017 becomes 31 January 2027. AS OF = 2026-12-18. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one dated
  after it becomes an open deal (probability 0.25). Engaging opportunities are open (probability
  0.5) expected to close 20 November 2026 + (hash mod 80) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 4 January 2027 + (hash mod 85) days.
- Amounts in CAD, whole dollars: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor. Subscriptions are first-year annual subscription
  value (ASV); services are the fixed implementation fee.
    GTX Basic      -> Payworks Essentials          x 5     (subscription)
    GTX Pro        -> Payworks Pro                 x 2     (subscription)
    GTX Plus Basic -> PeopleHub HR                 x 4     (subscription)
    GTX Plus Pro   -> ShiftClock Scheduling        x 2     (subscription)
    MG Advanced    -> Guided Onboarding            x 1.5   (service)
    MG Special     -> Year-End Readiness Session   x 12    (service)
    GTK 500        -> Payroll Data Migration       x 1.25  (service)
  (Benefits Bridge, a subscription the plan credits, was launched in January 2027: no deal yet.)
- Accounts: Maven's accounts fold onto 36 invented small businesses of the Ottawa area (Maven
  account index mod 36); an opportunity with no account gets one by hash.
- Type: Year-End Readiness Session = "expansion" (an existing client); Payroll Data Migration =
  "conversion" (a business moving its payroll to us); otherwise hash mod 10: 0-5 "new",
  6-7 "expansion", 8-9 "conversion". PeopleHub HR: hash mod 2 = 0 is "expansion" (the HR module
  added for an existing payroll client).
- Term: subscriptions carry term_months 12, 24 or 36 (hash mod 3); services none.
- Splits (plan.md 3.4): a won or cancelled Payroll Data Migration of any AE but Laurel Sinclair
  is two lines with the same id: 60% to the AE, 40% to Laurel Sinclair (who scopes and runs the
  migration). Etienne Pelletier's won deals closing on or after Nadia Beaulieu's start with hash
  mod 7 = 0 are "ride-along" deals, two lines 50% / 50% with Nadia Beaulieu.
- Cancellations ("walk-backs"): a won deal closed on or before 2026-12-04 with hash mod 19 = 0 is
  cancelled, cancel_date = close + 10 + (hash mod 130) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Kevin Doucet (Senior Account Executive) carries his own quarterly ASV quota; Laurel
  Sinclair (Implementation Consultant) her own annual services quota. Nadia Beaulieu joined on
  2026-08-17 (her own deals before that date are dropped); Bryce Lalonde left on 2026-10-30 (his
  deals closing after that date, and his open deals, are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 12, 18)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 12, 4)

AGENTS = {
    "Vicki Laflamme": "Kevin Doucet",
    "Kary Hendrixson": "Rachel Abernethy",
    "Cassey Cress": "Tariq Haddad",
    "Violet Mclelland": "Megan O'Keefe",
    "Reed Clapper": "Bryce Lalonde",
    "Zane Levy": "Kevin Mahoney",
    "James Ascencio": "Jasleen Gill",
    "Kami Bicknell": "Owen Fairbairn",
    "Rosalina Dieter": "Hannah Kowalczyk",
    "Daniell Hammack": "Yusuf Adeyemi",
    "Elease Gluck": "Laurel Sinclair",
    "Markita Hansen": "Marc-André Gagnon",
    "Hayden Neloms": "Chloé Ouellet",
    "Boris Faz": "Étienne Pelletier",
    "Lajuana Vencill": "Sarah Tremblay",
    "Cecily Lampkin": "Nadia Beaulieu",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:asv, quota:services
    ("Kevin Doucet", "Anjali Mehta", "Centretown", "Senior Account Executive", "", "", "95000.00", ""),
    ("Rachel Abernethy", "Anjali Mehta", "Centretown", "Account Executive", "", "", "", ""),
    ("Tariq Haddad", "Anjali Mehta", "Centretown", "Account Executive", "", "", "", ""),
    ("Megan O'Keefe", "Anjali Mehta", "Centretown", "Account Executive", "", "", "", ""),
    ("Bryce Lalonde", "Anjali Mehta", "Centretown", "Account Executive", "", "2026-10-30", "", ""),
    ("Kevin Mahoney", "Colin MacPhail", "Kanata", "Account Executive", "", "", "", ""),
    ("Jasleen Gill", "Colin MacPhail", "Kanata", "Account Executive", "", "", "", ""),
    ("Owen Fairbairn", "Colin MacPhail", "Kanata", "Account Executive", "", "", "", ""),
    ("Hannah Kowalczyk", "Colin MacPhail", "Kanata", "Account Executive", "", "", "", ""),
    ("Yusuf Adeyemi", "Colin MacPhail", "Kanata", "Account Executive", "", "", "", ""),
    ("Laurel Sinclair", "Colin MacPhail", "Kanata", "Implementation Consultant", "", "", "", "260000.00"),
    ("Marc-André Gagnon", "Geneviève Bélanger", "Gatineau", "Account Executive", "", "", "", ""),
    ("Chloé Ouellet", "Geneviève Bélanger", "Gatineau", "Account Executive", "", "", "", ""),
    ("Étienne Pelletier", "Geneviève Bélanger", "Gatineau", "Account Executive", "", "", "", ""),
    ("Sarah Tremblay", "Geneviève Bélanger", "Gatineau", "Account Executive", "", "", "", ""),
    ("Nadia Beaulieu", "Geneviève Bélanger", "Gatineau", "Account Executive", "2026-08-17", "", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
SUBS = {"Payworks Essentials", "Payworks Pro", "PeopleHub HR", "ShiftClock Scheduling"}
PRODUCT = {
    "GTX Basic": ("Payworks Essentials", 5),
    "GTX Pro": ("Payworks Pro", 2),
    "GTXPro": ("Payworks Pro", 2),
    "GTX Plus Basic": ("PeopleHub HR", 4),
    "GTX Plus Pro": ("ShiftClock Scheduling", 2),
    "MG Advanced": ("Guided Onboarding", 1.5),
    "MG Special": ("Year-End Readiness Session", 12),
    "GTK 500": ("Payroll Data Migration", 1.25),
}
ACCOUNTS = [
    "Byward Market Bakery", "Glebe Dental Clinic", "Westboro Yoga Collective", "Kanata Auto Body",
    "Orléans Family Pharmacy", "Hintonburg Brewing Co", "Stittsville Landscaping",
    "Barrhaven Montessori", "Chelsea Hardware", "Aylmer Plumbing", "Wakefield Mill Inn",
    "Manotick Veterinary Clinic", "Vanier Physiotherapy", "Sandy Hill Legal Services",
    "Carp Valley Farms", "Rockland Dairy Bar", "Almonte Woollen Works", "Merrickville Boat Tours",
    "Pembroke Motors", "Arnprior Machine Shop", "Traiteur Gatineau", "Imprimerie du Ruisseau",
    "Little Italy Trattoria", "Preston Street Cycles", "Bells Corners Daycare",
    "Nepean Roofing", "Kemptville Feed & Seed", "Smiths Falls Printing", "Casselman Cheese House",
    "Buckingham Électrique", "Alta Vista Optometry", "Dunrobin Equestrian Centre",
    "Beechwood Florists", "Lowertown Coffee Roasters", "Riverside South Fitness",
    "Mechanicsville Sign Shop",
]


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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 11, 20) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2027, 1, 4) + dt.timedelta(days=x % 85)
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
    if END[seller] and (close > dt.date.fromisoformat(END[seller]) or stage == "open"):
        continue
    if product == "Year-End Readiness Session":
        typ = "expansion"
    elif product == "Payroll Data Migration":
        typ = "conversion"
    elif product == "PeopleHub HR" and x % 2 == 0:
        typ = "expansion"
    else:
        typ = ["new"] * 6 + ["expansion"] * 2 + ["conversion"] * 2
        typ = typ[(x // 3) % 10]
    term = str([12, 24, 36][(x // 5) % 3]) if product in SUBS else ""
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, term_months=term, cancel_date=cancel, currency="CAD")
    partner = None
    if product == "Payroll Data Migration" and seller != "Laurel Sinclair" and stage in ("won", "cancelled"):
        partner, share = "Laurel Sinclair", ("0.6", "0.4")
    elif (seller == "Étienne Pelletier" and stage in ("won", "cancelled") and (x // 13) % 7 == 0
          and close >= dt.date.fromisoformat(START["Nadia Beaulieu"])):
        partner, share = "Nadia Beaulieu", ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:asv", "quota:services"])
    for sid, mgr, terr, role, start, end, qa, qs in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qa, qs])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
