#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredeightyfirst workspace (Frontera Norte
Tecnología, S.A. de C.V., an invented Monterrey distributor of MavenTech hardware selling to
plants, maquiladoras and offices in Nuevo Leon, Coahuila and on both sides of the Laredo /
McAllen border; plan year = calendar 2025, USD, QUARTERLY payouts) from the real Maven CRM
export in /work/shared/data/maven-crm/, kept as it is (read only, never changed).
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Frontera Norte account executives (AGENTS below). EVERY
  opportunity of those agents is kept: id = opportunity_id, product as the price list spells it
  ("GTXPro" -> "GTX Pro"), account as exported (open opportunities with no account keep none),
  amount in USD = close_value (won); lost and open opportunities carry the product's list price.
- Dates: every Maven date moves forward by the same 2,863 days, so 1 March 2017 becomes
  1 January 2025 and 31 December 2017 becomes 2 November 2025. AS OF = 2025-08-29 (a Friday).
  A Won opportunity that now closes after it becomes an open deal (probability 0.6); a Lost
  one dated after it an open deal (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected 15 August 2025 + (hash mod 90) days (some overdue at the as-of
  date); Prospecting ones (probability 0.2) 15 September 2025 + (hash mod 100) days.
- Type: one deal in six (by hash) is "new" (a logo nuevo: a customer new to Frontera Norte), the rest
  "expansion" (a recompra from an existing customer).
- Splits (plan.md 3.4): a won or cancelled GTK 500 of a Frontera-team executive other than the
  Maquila Specialist (Ana Sofía Rodríguez) is two lines with the same id: 70% to the executive,
  30% to Ana Sofía Rodríguez.
- Cancellations ("caídas"): a won deal closed on or before 2025-08-15 is, one in 29 by hash,
  cancelled, cancel_date = close + 6 to 145 days (by hash), at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: José Antonio Treviño (Senior Account Executive) and Ana Sofía Rodríguez (Maquila
  Specialist) carry their own quarterly Hardware quota. Eduardo Villarreal joined on 2025-05-12
  (his deals before that date are dropped); Ignacio Benavides left on 2025-07-18 (his deals
  after that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 8, 29)
SHIFT = dt.date(2025, 1, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Darcel Schlecht": "José Antonio Treviño",
    "Anna Snelling": "María Fernanda Cantú",
    "Kary Hendrixson": "Jesús Salinas",
    "Versie Hillebrand": "Guadalupe Zambrano",
    "Garret Kinder": "Eduardo Villarreal",
    "Cassey Cress": "Francisco Ramos",
    "Donn Cantrell": "Ricardo Montemayor",
    "Reed Clapper": "Daniela Sepúlveda",
    "Zane Levy": "Alejandra Leal",
    "Moses Frase": "Ignacio Benavides",
    "Elease Gluck": "Ana Sofía Rodríguez",
    "Markita Hansen": "Luis Fernando Peña",
    "Rosalina Dieter": "Luis Ángel Tamez",
    "Hayden Neloms": "Kevin Ochoa",
    "Kami Bicknell": "Brenda Saldívar",
}
SPECIALIST = "Ana Sofía Rodríguez"
ROSTER = [
    # id, name as the roster spells it, manager, territory, role, start, end, quota:hardware
    ("José Antonio Treviño", "José Antonio \"Toño\" Treviño", "Rogelio Garza", "Monterrey",
     "Senior Account Executive", "", "", "300000.00"),
    ("María Fernanda Cantú", "María Fernanda Cantú", "Rogelio Garza", "Monterrey",
     "Account Executive", "", "", ""),
    ("Jesús Salinas", "Jesús \"Chuy\" Salinas", "Rogelio Garza", "Monterrey",
     "Account Executive", "", "", ""),
    ("Guadalupe Zambrano", "Guadalupe \"Lupita\" Zambrano", "Rogelio Garza", "Monterrey",
     "Account Executive", "", "", ""),
    ("Eduardo Villarreal", "Eduardo \"Lalo\" Villarreal", "Rogelio Garza", "Monterrey",
     "Account Executive", "2025-05-12", "", ""),
    ("Francisco Ramos", "Francisco \"Paco\" Ramos", "Patricia Elizondo", "Saltillo",
     "Account Executive", "", "", ""),
    ("Ricardo Montemayor", "Ricardo Montemayor", "Patricia Elizondo", "Saltillo",
     "Account Executive", "", "", ""),
    ("Daniela Sepúlveda", "Daniela Sepúlveda", "Patricia Elizondo", "Saltillo",
     "Account Executive", "", "", ""),
    ("Alejandra Leal", "Alejandra Leal", "Patricia Elizondo", "Saltillo",
     "Account Executive", "", "", ""),
    ("Ignacio Benavides", "Ignacio \"Nacho\" Benavides", "Patricia Elizondo", "Saltillo",
     "Account Executive", "", "2025-07-18", ""),
    ("Ana Sofía Rodríguez", "Ana Sofía Rodríguez", "Héctor Cavazos", "Frontera",
     "Maquila Specialist", "", "", "80000.00"),
    ("Luis Fernando Peña", "Luis Fernando Peña", "Héctor Cavazos", "Frontera",
     "Account Executive", "", "", ""),
    ("Luis Ángel Tamez", "Luis Ángel Tamez", "Héctor Cavazos", "Frontera",
     "Account Executive", "", "", ""),
    ("Kevin Ochoa", "Kevin Ochoa", "Héctor Cavazos", "Frontera",
     "Account Executive", "", "", ""),
    ("Brenda Saldívar", "Brenda Saldívar", "Héctor Cavazos", "Frontera",
     "Account Executive", "", "", ""),
]
START = {r[0]: r[5] for r in ROSTER}
END = {r[0]: r[6] for r in ROSTER}
TEAM = {r[0]: r[3] for r in ROSTER}
CANCEL_BY = dt.date(2025, 8, 15)


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    x = h(oid)
    seller = AGENTS[agent]
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2025, 8, 15) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2025, 9, 15) + dt.timedelta(days=x % 100)
            prob = "0.2"
        amount = price[r["product"]]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[r["product"]]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    typ = "new" if (x // 5) % 6 == 0 else "expansion"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 29 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    name = f"{account} {product}" if account else product
    line = dict(id=oid, seller=seller, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if (product == "GTK 500" and TEAM[seller] == "Frontera" and seller != SPECIALIST
            and stage in ("won", "cancelled")):
        line["split"] = "0.7"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.3"))
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
                "quota:hardware"])
    for sid, name, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, end, q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
