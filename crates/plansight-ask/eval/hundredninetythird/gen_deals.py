#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredninetythird workspace (Rockfort Building
Supplies Limited, an invented building-supplies distributor on Spanish Town Road, Kingston,
Jamaica; plan year = calendar year 2026, JMD, MONTHLY payouts paid on the 25th) from the real
Maven CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic (every
choice is an md5 hash of the opportunity id; no clock, no random stream).
Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Rockfort sales reps (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they become
  Site Package contracts), and every opportunity of Elease Gluck (re-cast as Simone Henry, the
  Projects Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  2 January 2026 and 31 December 2017 becomes 1 November 2026. AS OF = 2026-08-20. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one dated
  after it becomes an open quote (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 August 2026 + (hash mod 70) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 September 2026 + (hash mod 100) days.
- Amounts in JMD, whole dollars: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor.
    MG Special     -> PVC Pipe        x 800
    GTX Basic      -> Paint           x 150
    GTX Plus Basic -> Ceramic Tiles   x 150
    MG Advanced    -> Roofing Sheets  x 120
    GTX Pro        -> Cement          x 120
    GTX Plus Pro   -> Rebar Steel     x 120
    GTK 500        -> Site Package    x 150
- Accounts: Site Package contracts go to a developer, a contractor or a parish council (Maven
  account index mod 18); every other opportunity goes to one of 30 invented Jamaican accounts
  (hardwares, contractors, developers, parish councils) by Maven account index mod 30. An
  opportunity with no account gets one by hash.
- Type: a parish council's order is a "tender" (a tender award); otherwise hash mod 5 = 0 is
  "new" (a new account's first order), the rest "repeat".
- Splits (plan.md 3.4): a won or cancelled Site Package contract of any rep but Simone Henry is
  two lines with the same id: 75% to the rep and 25% to Simone Henry. Andre Reid's Cement and
  Rebar Steel orders closing on or after Romario Clarke's start with hash mod 7 = 0 are
  "shadow" orders, two lines 50% / 50% with Romario Clarke.
- Cancellations ("mash-ups"): a won deal closed on or before 2026-08-05 with hash mod 24 = 0 is
  cancelled, cancel_date = close + 4 + (hash mod 100) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 60 days of close are clawed back).
- Roster: Andre Reid (Senior Account Manager) and Simone Henry (Projects Specialist) carry their
  own monthly Bulk Materials quota. Romario Clarke joined on 2026-04-13 (his own deals before
  that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 20)
SHIFT = dt.date(2026, 1, 2) - dt.date(2017, 3, 1)

AGENTS = {
    "Darcel Schlecht": "Andre Reid",
    "Anna Snelling": "Shanice Brown",
    "Kary Hendrixson": "Kemar Williams",
    "Versie Hillebrand": "Tashana Morgan",
    "Garret Kinder": "Romario Clarke",
    "Elease Gluck": "Simone Henry",
    "Kami Bicknell": "Kemoy Thompson",
    "Zane Levy": "Ricardo Francis",
    "Cassey Cress": "Tamika Lewis",
    "Rosalina Dieter": "Jermaine Palmer",
    "Jonathan Berthelot": "Odane Gordon",
    "Gladys Colclough": "Sophia McKenzie",
    "Corliss Cosme": "Kadian Walker",
    "Markita Hansen": "Delroy Bailey",
    "Lajuana Vencill": "Kemar Spence",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:bulk
    ("Andre Reid", "Marcia Grant", "Kingston", "Senior Account Manager", "", "Q_SENIOR"),
    ("Shanice Brown", "Marcia Grant", "Kingston", "Account Rep", "", ""),
    ("Kemar Williams", "Marcia Grant", "Kingston", "Account Rep", "", ""),
    ("Tashana Morgan", "Marcia Grant", "Kingston", "Account Rep", "", ""),
    ("Romario Clarke", "Marcia Grant", "Kingston", "Account Rep", "2026-04-13", ""),
    ("Simone Henry", "Desmond Campbell", "Portmore", "Projects Specialist", "", "Q_PROJECTS"),
    ("Kemoy Thompson", "Desmond Campbell", "Portmore", "Account Rep", "", ""),
    ("Ricardo Francis", "Desmond Campbell", "Portmore", "Account Rep", "", ""),
    ("Tamika Lewis", "Desmond Campbell", "Portmore", "Account Rep", "", ""),
    ("Jermaine Palmer", "Desmond Campbell", "Portmore", "Account Rep", "", ""),
    ("Odane Gordon", "Carlton Whyte", "May Pen", "Account Rep", "", ""),
    ("Sophia McKenzie", "Carlton Whyte", "May Pen", "Account Rep", "", ""),
    ("Kadian Walker", "Carlton Whyte", "May Pen", "Account Rep", "", ""),
    ("Delroy Bailey", "Carlton Whyte", "May Pen", "Account Rep", "", ""),
    ("Kemar Spence", "Carlton Whyte", "May Pen", "Account Rep", "", ""),
]
QUOTA = {"Q_SENIOR": "5000000.00", "Q_PROJECTS": "4000000.00"}
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "MG Special": ("PVC Pipe", 800),
    "GTX Basic": ("Paint", 150),
    "GTX Plus Basic": ("Ceramic Tiles", 150),
    "MG Advanced": ("Roofing Sheets", 120),
    "GTX Pro": ("Cement", 120),
    "GTXPro": ("Cement", 120),
    "GTX Plus Pro": ("Rebar Steel", 120),
    "GTK 500": ("Site Package", 150),
}
COUNCILS = [
    "St. Catherine Parish Council", "Clarendon Parish Council", "Manchester Parish Council",
    "St. Thomas Parish Council", "KSAC",
]
ACCOUNTS = [
    # hardwares
    "Papine Hardware", "Constant Spring Hardware", "Linstead Hardware & Lumber",
    "Old Harbour Hardware", "Bog Walk Hardware", "Spanish Town Hardware Centre",
    "Morant Bay Hardware", "Yallahs Hardware", "Santa Cruz Hardware", "Christiana Hardware",
    "Four Paths Hardware", "Hayes Hardware",
    # contractors
    "Mullings Construction", "Brathwaite & Daley Contractors", "Blue Mountain Contractors",
    "Gayle Bros. Builders", "Chin's Construction", "Red Hills Masonry",
    "Dunrobin Contractors",
    # developers
    "Harbour Heights Developers", "Mona Heights Development", "Hellshire Homes Ltd",
    "Caymanas Estates Ltd", "Ferry Pen Developers", "Stony Hill Villas Ltd",
] + COUNCILS
PROJECT_ACCOUNTS = ACCOUNTS[12:]  # contractors, developers, parish councils (18)
CANCEL_BY = dt.date(2026, 8, 5)


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
    if product == "Site Package":
        account = PROJECT_ACCOUNTS[idx % len(PROJECT_ACCOUNTS)]
    else:
        account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 8, 1) + dt.timedelta(days=x % 70)
            prob = "0.5"
        else:
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 100)
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
    if account in COUNCILS:
        typ = "tender"
    elif (x // 3) % 5 == 0:
        typ = "new"
    else:
        typ = "repeat"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 24 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=4 + (x // 11) % 100), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="JMD")
    partner = None
    if product == "Site Package" and seller != "Simone Henry" and stage in ("won", "cancelled"):
        partner, share = "Simone Henry", ("0.75", "0.25")
    elif (seller == "Andre Reid" and product in ("Cement", "Rebar Steel")
          and stage in ("won", "cancelled") and (x // 13) % 7 == 0
          and close >= dt.date.fromisoformat(START["Romario Clarke"])):
        partner, share = "Romario Clarke", ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
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
                "quota:bulk"])
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
