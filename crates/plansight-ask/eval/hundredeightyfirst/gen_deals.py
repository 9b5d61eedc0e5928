#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredeightyfirst workspace (Big Thicket Oilfield
Rentals, LLC, an invented Houston oilfield-equipment rental company; plan year 1 October 2026 -
30 September 2027, USD, MONTHLY payouts, QUARTERLY quotas) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Big Thicket account managers (AGENTS below). Half of each
  agent's opportunities are kept (md5(id) mod 2 = 1), except: every GTK 500 opportunity is kept
  (they become BOP Rental Packages), and every opportunity of Elease Gluck (re-cast as Beau
  Fontenot, the Well Control Specialist) is kept.
- Dates: every Maven date moves forward by the same 3,501 days, so 1 March 2017 becomes
  1 October 2026 and 31 December 2017 becomes 31 July 2027. AS OF = 2027-05-19. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one dated
  after it becomes an open deal (probability 0.3). Engaging opportunities are open (probability
  0.5) expected to close 1 May 2027 + (hash mod 80) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 1 June 2027 + (hash mod 115) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    MG Special     -> Tool-Service Agreement    x 40
    GTX Basic      -> Light Tower               x 6
    GTX Plus Basic -> Generator                 x 5
    MG Advanced    -> Rig Mats                  x 4
    GTX Pro        -> Frac Tank                 x 3
    GTX Plus Pro   -> Frac Valve Stack          x 5
    GTK 500        -> BOP Rental Package        x 4
- Accounts: Maven's 85 accounts (sorted) fold onto 16 invented operators and 8 invented
  drilling contractors (index mod 24); an opportunity with no account gets one by hash.
- Type: a Tool-Service Agreement is "renewal" (a service renewal) unless hash mod 3 = 0
  ("new"); a Frac Valve Stack, BOP Rental Package or Frac Tank is "extension" when
  (hash // 3) mod 4 = 0, else "new"; Rig Mats, Light Towers and Generators are "purchase" when
  (hash // 3) mod 7 = 0, else "extension" when (hash // 3) mod 4 = 0, else "new".
- Splits (plan.md 3.4): a won or cancelled BOP Rental Package of any account manager but Beau
  Fontenot is two lines with the same id: 80% to the account manager, 20% to Beau Fontenot.
- Cancellations ("busts"): a won deal closed on or before 2027-05-05 with (hash // 7) mod 25 = 0
  is cancelled, cancel_date = close + 5 + ((hash // 11) mod 130) days, at the latest the as-of
  date (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Dale Ledbetter (Senior Account Manager) carries his own quarterly Wellsite quota;
  Beau Fontenot (Well Control Specialist) his own quarterly Pressure Control quota. Colton
  Pruett joined on 2027-01-11 (his deals before that date are dropped); Cody Benavides left on
  2027-04-16 (his later deals stay in the file and credit nothing).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 5, 19)
SHIFT = dt.date(2026, 10, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Darcel Schlecht": "Dale Ledbetter",
    "Anna Snelling": "Shelby Rasmussen",
    "Versie Hillebrand": "Marisol Treviño",
    "Moses Frase": "Ray Don Hutchins",
    "Garret Kinder": "Colton Pruett",
    "Elease Gluck": "Beau Fontenot",
    "Kary Hendrixson": "Brandi Kowalski",
    "Zane Levy": "Hector Garza",
    "Cassey Cress": "Cody Whitaker",
    "Kami Bicknell": "Jimmy Pugh",
    "Jonathan Berthelot": "Trey Landry",
    "Gladys Colclough": "LaToya Simmons",
    "Corliss Cosme": "Vinh Pham",
    "Markita Hansen": "Wesley Carrington",
    "Rosalina Dieter": "Cody Benavides",
}
ROSTER = [
    # id, name on the roster, manager, territory, role, start_date, end_date, quota override
    ("Dale Ledbetter", 'Dale "Tiny" Ledbetter', "Wade Dupree", "Permian", "Senior Account Manager", "", "", "Q_SENIOR", ""),
    ("Shelby Rasmussen", "Shelby Rasmussen", "Wade Dupree", "Permian", "Account Manager", "", "", "", ""),
    ("Marisol Treviño", "Marisol Treviño", "Wade Dupree", "Permian", "Account Manager", "", "", "", ""),
    ("Ray Don Hutchins", "Ray Don Hutchins", "Wade Dupree", "Permian", "Account Manager", "", "", "", ""),
    ("Colton Pruett", "Colton Pruett", "Wade Dupree", "Permian", "Account Manager", "2027-01-11", "", "", ""),
    ("Beau Fontenot", "Beau Fontenot", "Darlene Stubblefield", "Eagle Ford", "Well Control Specialist", "", "", "", "Q_WELLCONTROL"),
    ("Brandi Kowalski", "Brandi Kowalski", "Darlene Stubblefield", "Eagle Ford", "Account Manager", "", "", "", ""),
    ("Hector Garza", "Hector Garza", "Darlene Stubblefield", "Eagle Ford", "Account Manager", "", "", "", ""),
    ("Cody Whitaker", "Cody Whitaker", "Darlene Stubblefield", "Eagle Ford", "Account Manager", "", "", "", ""),
    ("Jimmy Pugh", 'Jimmy "Skeeter" Pugh', "Darlene Stubblefield", "Eagle Ford", "Account Manager", "", "", "", ""),
    ("Trey Landry", "Trey Landry", "Clint Abernathy", "Gulf Coast", "Account Manager", "", "", "", ""),
    ("LaToya Simmons", "LaToya Simmons", "Clint Abernathy", "Gulf Coast", "Account Manager", "", "", "", ""),
    ("Vinh Pham", "Vinh Pham", "Clint Abernathy", "Gulf Coast", "Account Manager", "", "", "", ""),
    ("Wesley Carrington", 'Wesley "Dub" Carrington', "Clint Abernathy", "Gulf Coast", "Account Manager", "", "", "", ""),
    ("Cody Benavides", "Cody Benavides", "Clint Abernathy", "Gulf Coast", "Account Manager", "", "2027-04-16", "", ""),
]
QUOTA = {"Q_SENIOR": "240000.00", "Q_WELLCONTROL": "150000.00"}
START = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Tool-Service Agreement", 40),
    "GTX Basic": ("Light Tower", 6),
    "GTX Plus Basic": ("Generator", 5),
    "MG Advanced": ("Rig Mats", 4),
    "GTX Pro": ("Frac Tank", 3),
    "GTXPro": ("Frac Tank", 3),
    "GTX Plus Pro": ("Frac Valve Stack", 5),
    "GTK 500": ("BOP Rental Package", 4),
}
ACCOUNTS = [
    # 16 operators
    "Caprock Energy Partners", "Pecos Valley Resources", "Lone Star Shale Operating",
    "Big Wells Petroleum", "Wolfbone Exploration", "Spraberry Trend Oil Co",
    "Karnes County Energy", "Sabine Pass Hydrocarbons", "Gonzales Creek Oil & Gas",
    "Red Fork Operating", "Catarina Ranch Energy", "Bayou Teche Petroleum",
    "Delaware Basin Resources", "Mustang Draw Operating", "Frio River Energy",
    "Cotulla Crude LLC",
    # 8 drilling contractors
    "Hardscrabble Drilling", "Longhorn Drilling Co", "Blue Norther Drilling",
    "Tumbleweed Rig Services", "Llano Estacado Drilling", "Brazos Well Service",
    "Wildcatter Drilling Inc", "Iron Horse Drilling",
]
CANCEL_BY = dt.date(2027, 5, 5)


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
    keep = h(oid) % 2 == 1 or r["product"] == "GTK 500" or agent == "Elease Gluck"
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
            close = dt.date(2027, 5, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2027, 6, 1) + dt.timedelta(days=x % 115)
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
    y = x // 3
    if product == "Tool-Service Agreement":
        typ = "new" if x % 3 == 0 else "renewal"
    elif product in ("Frac Valve Stack", "BOP Rental Package", "Frac Tank"):
        typ = "extension" if y % 4 == 0 else "new"
    elif y % 7 == 0:
        typ = "purchase"
    elif y % 4 == 0:
        typ = "extension"
    else:
        typ = "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=5 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if product == "BOP Rental Package" and seller != "Beau Fontenot" and stage in ("won", "cancelled"):
        line["split"] = "0.8"
        rows.append(line)
        rows.append(dict(line, seller="Beau Fontenot", split="0.2"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:wellsite", "quota:pressure"])
    for sid, name, mgr, terr, role, start, end, qw, qp in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, end, QUOTA.get(qw, ""), QUOTA.get(qp, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
