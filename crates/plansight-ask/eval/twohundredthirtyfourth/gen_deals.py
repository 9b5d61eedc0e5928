#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredthirtyfourth workspace (Copperkettle
Workplace Refreshments, Inc., an invented US B2B office-coffee and breakroom supplies distributor
based in Columbus, Ohio; plan year 1 October 2025 - 30 September 2026, USD, MONTHLY payouts) from
the real Maven CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic
(every choice is an md5 hash of the opportunity id; no clock, no random stream).
Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Copperkettle account executives (AGENTS below). Half of each
  agent's opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they
  become Micro-Market installs), and every opportunity of Elease Gluck (re-cast as Renee Dubois,
  the Micro-Market Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days (3,136), so 1 March 2017
  becomes 1 October 2025 and 31 December 2017 becomes 2 August 2026. AS OF = 2026-05-15. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one dated
  after it becomes an open quote (probability 0.25). Engaging opportunities are open (probability
  0.5) expected to close 1 May 2026 + (hash mod 80) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 1 June 2026 + (hash mod 100) days.
- Products (equipment and service programs) and amounts in USD, whole dollars: close value x the
  product's factor (won and cancelled); lost and open quotes carry the product's list price x
  the factor.
    MG Special     -> Breakroom Supply Program  x 40   (service program)
    GTX Basic      -> Single-Cup Brewer         x 3    (equipment)
    GTX Plus Basic -> Filtered Water Cooler     x 2    (equipment)
    MG Advanced    -> Equipment Service Plan    x 1    (service program)
    GTX Pro        -> Bean-to-Cup Brewer        x 1.5  (equipment)
    GTX Plus Pro   -> Espresso Station          x 2    (equipment)
    GTK 500        -> Micro-Market              x 1.5  (equipment)
- Accounts: Maven's 85 accounts (sorted) become 85 invented US offices, clinics and campuses,
  one for one (place = index mod 17, kind = (3 x (index div 17) + place) mod 5); an
  opportunity with no account gets one by hash.
- Type: equipment with hash mod 5 in (0, 1) = "new" (a new placement: equipment placed at a
  location Copperkettle does not serve yet), other equipment = "add-on"; a service program with
  hash mod 3 = 0 = "add-on", the rest "renewal".
- Splits (plan.md 3.5): a won or cancelled Micro-Market of any account executive but Renee
  Dubois is two lines with the same id: 60% to the account executive, 40% to Renee Dubois.
- Cancellations ("pulls"): a won deal closed on or before 2026-04-30 with hash mod 25 = 0 is
  cancelled, cancel_date = close + 10 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Greg Hollis (Senior Account Executive) and Renee Dubois (Micro-Market Specialist)
  carry their own quotas. Jenna Walsh joined on 2026-01-12 (her own closed deals before that
  date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 5, 15)
SHIFT = dt.date(2025, 10, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 4, 30)

AGENTS = {
    "Darcel Schlecht": "Greg Hollis",
    "Anna Snelling": "Tanya Brooks",
    "Jonathan Berthelot": "Kevin Doyle",
    "Lajuana Vencill": "Maria Delgado",
    "Cecily Lampkin": "Brandon Tate",
    "Garret Kinder": "Jenna Walsh",
    "Violet Mclelland": "Chris Nakamura",
    "Corliss Cosme": "Alicia Reyes",
    "Daniell Hammack": "Dave Kessler",
    "Cassey Cress": "Shawna Pruitt",
    "Reed Clapper": "Tyler Grant",
    "Elease Gluck": "Renee Dubois",
    "Kary Hendrixson": "Jamal Carter",
    "Zane Levy": "Kyle Brennan",
    "Markita Hansen": "Lauren Fitch",
    "Rosalina Dieter": "Chris Ortega",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:placements, quota:revenue
    ("Greg Hollis", "Denise Kowalczyk", "Great Lakes", "Senior Account Executive", "",
     "60000.00", "750000.00"),
    ("Tanya Brooks", "Denise Kowalczyk", "Great Lakes", "Account Executive", "", "", ""),
    ("Kevin Doyle", "Denise Kowalczyk", "Great Lakes", "Account Executive", "", "", ""),
    ("Maria Delgado", "Denise Kowalczyk", "Great Lakes", "Account Executive", "", "", ""),
    ("Brandon Tate", "Denise Kowalczyk", "Great Lakes", "Account Executive", "", "", ""),
    ("Jenna Walsh", "Denise Kowalczyk", "Great Lakes", "Account Executive", "2026-01-12", "", ""),
    ("Chris Nakamura", "Marcus Bell", "Mid-Atlantic", "Account Executive", "", "", ""),
    ("Alicia Reyes", "Marcus Bell", "Mid-Atlantic", "Account Executive", "", "", ""),
    ("Dave Kessler", "Marcus Bell", "Mid-Atlantic", "Account Executive", "", "", ""),
    ("Shawna Pruitt", "Marcus Bell", "Mid-Atlantic", "Account Executive", "", "", ""),
    ("Tyler Grant", "Marcus Bell", "Mid-Atlantic", "Account Executive", "", "", ""),
    ("Renee Dubois", "Teresa Ochoa", "Southeast", "Micro-Market Specialist", "",
     "50000.00", "600000.00"),
    ("Jamal Carter", "Teresa Ochoa", "Southeast", "Account Executive", "", "", ""),
    ("Kyle Brennan", "Teresa Ochoa", "Southeast", "Account Executive", "", "", ""),
    ("Lauren Fitch", "Teresa Ochoa", "Southeast", "Account Executive", "", "", ""),
    ("Chris Ortega", "Teresa Ochoa", "Southeast", "Account Executive", "", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
SPECIALIST = "Renee Dubois"
PRODUCT = {
    "MG Special": ("Breakroom Supply Program", 40, "program"),
    "GTX Basic": ("Single-Cup Brewer", 3, "equipment"),
    "GTX Plus Basic": ("Filtered Water Cooler", 2, "equipment"),
    "MG Advanced": ("Equipment Service Plan", 1, "program"),
    "GTX Pro": ("Bean-to-Cup Brewer", 1.5, "equipment"),
    "GTXPro": ("Bean-to-Cup Brewer", 1.5, "equipment"),
    "GTX Plus Pro": ("Espresso Station", 2, "equipment"),
    "GTK 500": ("Micro-Market", 1.5, "equipment"),
}
PLACES = [
    "Lakeshore", "Northgate", "Cedar Point", "Riverside", "Maple Grove", "Oak Hollow",
    "Brookfield", "Granite Hill", "Fox Run", "Harbor Point", "Willow Creek", "Stonebridge",
    "Pine Ridge", "Elm Street", "Bayview", "Prairie View", "Sycamore",
]
KINDS = ["Family Dental", "Law Offices", "Urgent Care", "Corporate Center", "Community College"]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def account_name(i):
    place = i % 17
    kind = (3 * (i // 17) + place) % 5
    return f"{PLACES[place]} {KINDS[kind]}"


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
maven_accounts = sorted(r["account"] for r in read("accounts.csv"))
IDX = {a: i for i, a in enumerate(maven_accounts)}
assert len({account_name(i) for i in range(len(maven_accounts))}) == len(maven_accounts)

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
    product, factor, kind = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % len(maven_accounts)
    account = account_name(idx)
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 5, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 6, 1) + dt.timedelta(days=x % 100)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and stage != "open" and close < dt.date.fromisoformat(START[seller]):
        continue
    if kind == "equipment":
        typ = "new" if (x // 3) % 5 in (0, 1) else "add-on"
    else:
        typ = "add-on" if (x // 3) % 3 == 0 else "renewal"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if product == "Micro-Market" and seller != SPECIALIST and stage in ("won", "cancelled"):
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
                "quota:placements", "quota:revenue"])
    for sid, mgr, terr, role, start, qp, qr in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", qp, qr])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
