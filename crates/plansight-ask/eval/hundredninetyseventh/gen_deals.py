#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredninetyseventh workspace (Calumet Air &
Mechanical, Inc., an invented Chicago commercial HVAC service contractor: rooftop units,
chillers, boilers, controls retrofits and maintenance agreements for office towers, hospitals,
schools and property managers; plan year 1 February 2026 - 31 January 2027, USD, MONTHLY
payouts paid on the 20th) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Calumet account managers (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they become
  Chiller Replacements), and every opportunity of Elease Gluck (re-cast as Frank Mazur, the
  Chiller Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 February 2026 and 31 December 2017 becomes 30 November 2026. AS OF = 2026-09-17. A Won
  opportunity that now closes after it becomes an open bid (probability 0.6); a Lost one dated
  after it becomes an open bid (probability 0.3). Engaging opportunities are open (probability
  0.5) expected to close 1 September 2026 + (hash mod 70) days (some overdue at the as-of
  date); Prospecting ones (probability 0.2) 1 October 2026 + (hash mod 110) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open bids
  carry the product's list price x the factor.
    MG Special     -> Water Treatment Program        x 60
    GTX Basic      -> Planned Maintenance Agreement  x 12
    GTX Plus Basic -> Full Service Agreement         x 15
    MG Advanced    -> Controls Retrofit              x 8
    GTX Pro        -> RTU Replacement                x 9
    GTX Plus Pro   -> Boiler Replacement             x 11
    GTK 500        -> Chiller Replacement            x 6
- Accounts: Chiller Replacements go to one of 12 invented large buildings (towers, hospitals,
  a university; Maven account index mod 12); every other opportunity goes to one of 30 invented
  Chicago accounts (Maven account index mod 30). An opportunity with no account gets one by hash.
- Type: the three agreement products are "renewal" when hash mod 3 = 0, else "new"; project
  products are "pull-through" (work for a customer already under agreement) when hash mod 5 < 2,
  else "new".
- Splits (plan.md 3.4): a won or cancelled Chiller Replacement of any account manager but Frank
  Mazur is two lines with the same id: 80% to the account manager, 20% to Frank Mazur.
- Cancellations ("pulled jobs"): a won deal closed on or before 2026-09-01 with hash mod 19 = 0
  is cancelled, cancel_date = close + 8 + (hash mod 130) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Tom Brennan (Senior Account Manager) and Frank Mazur (Chiller Specialist) carry their
  own quarterly Project Sales quota. Priya Shah joined on 2026-06-15 (her own deals before that
  date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 9, 17)
SHIFT = dt.date(2026, 2, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Darcel Schlecht": "Tom Brennan",
    "Anna Snelling": "Keisha Washington",
    "Kary Hendrixson": "Marty Nowak",
    "Zane Levy": "Alicia Reyes",
    "Daniell Hammack": "Priya Shah",
    "Elease Gluck": "Frank Mazur",
    "Rosalina Dieter": "Sean O'Malley",
    "Kami Bicknell": "Jenny Park",
    "Cassey Cress": "Dave Lindgren",
    "Jonathan Berthelot": "Carlos Ibarra",
    "Markita Hansen": "Tanya Jefferson",
    "Gladys Colclough": "Mike Kowalski",
    "Corliss Cosme": "Mike Haddad",
    "Versie Hillebrand": "Bridget Flanagan",
    "Moses Frase": "Andre Collins",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:projects
    ("Tom Brennan", "Denise Okafor", "Loop", "Senior Account Manager", "", "Q_SENIOR"),
    ("Keisha Washington", "Denise Okafor", "Loop", "Account Manager", "", ""),
    ("Marty Nowak", "Denise Okafor", "Loop", "Account Manager", "", ""),
    ("Alicia Reyes", "Denise Okafor", "Loop", "Account Manager", "", ""),
    ("Priya Shah", "Denise Okafor", "Loop", "Account Manager", "2026-06-15", ""),
    ("Frank Mazur", "Ray Brzezinski", "North", "Chiller Specialist", "", "Q_CHILLER"),
    ("Sean O'Malley", "Ray Brzezinski", "North", "Account Manager", "", ""),
    ("Jenny Park", "Ray Brzezinski", "North", "Account Manager", "", ""),
    ("Dave Lindgren", "Ray Brzezinski", "North", "Account Manager", "", ""),
    ("Carlos Ibarra", "Ray Brzezinski", "North", "Account Manager", "", ""),
    ("Tanya Jefferson", "Luis Delgado", "South", "Account Manager", "", ""),
    ("Mike Kowalski", "Luis Delgado", "South", "Account Manager", "", ""),
    ("Mike Haddad", "Luis Delgado", "South", "Account Manager", "", ""),
    ("Bridget Flanagan", "Luis Delgado", "South", "Account Manager", "", ""),
    ("Andre Collins", "Luis Delgado", "South", "Account Manager", "", ""),
]
QUOTA = {"Q_SENIOR": "900000.00", "Q_CHILLER": "500000.00"}
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Water Treatment Program", 60),
    "GTX Basic": ("Planned Maintenance Agreement", 12),
    "GTX Plus Basic": ("Full Service Agreement", 15),
    "MG Advanced": ("Controls Retrofit", 8),
    "GTX Pro": ("RTU Replacement", 9),
    "GTXPro": ("RTU Replacement", 9),
    "GTX Plus Pro": ("Boiler Replacement", 11),
    "GTK 500": ("Chiller Replacement", 6),
}
AGREEMENTS = {"Water Treatment Program", "Planned Maintenance Agreement", "Full Service Agreement"}
BIG = [
    "Wacker Riverfront Tower", "LaSalle Exchange Building", "Mercy Lakeside Hospital",
    "St. Casimir Medical Center", "Monroe Street Center", "Ravenswood Community Hospital",
    "Clark & Adams Tower", "Halsted University Medical Campus", "Michigan Avenue Plaza",
    "Roosevelt Road Data Center", "Randolph Place", "Columbus Drive Hotel",
]
ACCOUNTS = [
    "Wacker Riverfront Tower", "LaSalle Exchange Building", "Mercy Lakeside Hospital",
    "St. Casimir Medical Center", "Monroe Street Center", "Ravenswood Community Hospital",
    "Clark & Adams Tower", "Michigan Avenue Plaza", "Randolph Place", "Columbus Drive Hotel",
    "Bridgeport Academy", "Edison Park Middle School", "Calumet Heights High School",
    "Morgan Park Charter Academy", "Austin Boulevard Elementary", "Pilsen Family Health Center",
    "Halsted Property Group", "Sheffield Realty Partners", "Lakeview Management Co",
    "Cermak Street Properties", "Pullman Square Management", "Fulton Market Cold Storage",
    "Archer Avenue Distribution", "Hotel Ardmore", "Evanston Public Library",
    "Oak Lawn Medical Pavilion", "Schaumburg Corporate Center", "Hyde Park Lutheran Church",
    "Irving Park YMCA", "Wrigleyville Lofts Condo Association",
]
CANCEL_BY = dt.date(2026, 9, 1)


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
    if product == "Chiller Replacement":
        account = BIG[idx % len(BIG)]
    else:
        account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 70)
            prob = "0.5"
        else:
            close = dt.date(2026, 10, 1) + dt.timedelta(days=x % 110)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if product in AGREEMENTS:
        typ = "renewal" if (x // 3) % 3 == 0 else "new"
    else:
        typ = "pull-through" if (x // 3) % 5 < 2 else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=8 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if product == "Chiller Replacement" and seller != "Frank Mazur" and stage in ("won", "cancelled"):
        line["split"] = "0.8"
        rows.append(line)
        rows.append(dict(line, seller="Frank Mazur", split="0.2"))
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
                "quota:projects"])
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
