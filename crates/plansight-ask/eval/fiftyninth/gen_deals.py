#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the fiftyninth workspace (Calder Surgical, US
orthopedic and surgical devices, plan year 2026, USD) from the real Maven CRM export
(/work/shared/data/maven-crm/). Standard library only; deterministic: no random numbers and
no clock (every choice comes from an MD5 digest of the opportunity id).

- 15 Maven agents are re-cast as Calder territory reps (AGENTS below), under 3 area managers.
  One opportunity in three (digest mod 3 == 0) is kept.
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so won
  deals fall 1 Jan - 2 Nov 2026. AS OF = 2026-10-20: a Won opportunity that now closes after
  it becomes an open deal (probability 0.7) at its shifted date.
- Products: implants (amount = close_value x 3): GTX Basic -> Suture Anchor Kit,
  GTX Plus Basic -> Bone Graft Putty, GTX Pro -> Spinal Fusion Cage, GTX Plus Pro -> Total
  Knee System. Capital equipment: MG Special -> Arthroscopy Tower (x 1000),
  MG Advanced -> Navigation Console (x 40), GTK 500 -> Orbis Surgical Robot (x 30).
- Type: "new" (a new door) when nobody at Calder had won the account before (in the kept
  data, by close date), else "conversion" (a takeaway) for about one in four (digest), else
  "reorder".
- Open Maven deals (Engaging 0.5 / Prospecting 0.2) carry their product's list value (same
  multipliers) and an expected close in November or December 2026.
- 16 won deals closed by 2026-09-30 (chosen by digest) are cancelled 15-150 days after close
  (cancel date capped at the as-of date).
- Reps who joined mid-year (Olivia Stein 2026-05-04, Shauna Byrne 2026-08-03) keep only the
  deals that close on or after their start.
"""
import csv, datetime as dt, hashlib, os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 20)

def h(s, salt=""):
    return int(hashlib.md5((salt + s).encode()).hexdigest(), 16)

AGENTS = {
    "Darcel Schlecht": "Jennifer Caldwell",
    "Vicki Laflamme": "Marco Bellini",
    "Anna Snelling": "Priya Raman",
    "Kary Hendrixson": "Tom Kowalski",
    "Kami Bicknell": "Shauna Byrne",
    "Versie Hillebrand": "Robert Tate",
    "Zane Levy": "DeShawn Carter",
    "Cassey Cress": "Kayla Nguyen",
    "Jonathan Berthelot": "Hector Ruiz",
    "Gladys Colclough": "Megan O'Brien",
    "Lajuana Vencill": "Erik Lindqvist",
    "Corliss Cosme": "Nathan Brooks",
    "Markita Hansen": "Katherine Morrow",
    "Maureen Marcano": "Sam Delgado",
    "Marty Freudenburg": "Olivia Stein",
}
ROSTER = [
    # id, name, manager, territory, start_date
    ("Jennifer Caldwell", "Jennifer Caldwell", "Dana Whitcomb", "Northeast", ""),
    ("Marco Bellini", "Marco Bellini", "Dana Whitcomb", "Northeast", ""),
    ("Priya Raman", "Priya Raman", "Dana Whitcomb", "Northeast", ""),
    ("Tom Kowalski", "Tom Kowalski", "Dana Whitcomb", "Northeast", ""),
    ("Shauna Byrne", "Shauna Byrne", "Dana Whitcomb", "Northeast", "2026-08-03"),
    ("Robert Tate", 'Robert "Bobby" Tate', "Luis Ortega", "Southeast", ""),
    ("DeShawn Carter", "DeShawn Carter", "Luis Ortega", "Southeast", ""),
    ("Kayla Nguyen", "Kayla Nguyen", "Luis Ortega", "Southeast", ""),
    ("Hector Ruiz", "Hector Ruiz", "Luis Ortega", "Southeast", ""),
    ("Megan O'Brien", "Megan O'Brien", "Luis Ortega", "Southeast", ""),
    ("Erik Lindqvist", "Erik Lindqvist", "Greg Halvorsen", "Midwest", ""),
    ("Nathan Brooks", "Nathan Brooks", "Greg Halvorsen", "Midwest", ""),
    ("Katherine Morrow", 'Katherine "Kit" Morrow', "Greg Halvorsen", "Midwest", ""),
    ("Sam Delgado", "Sam Delgado", "Greg Halvorsen", "Midwest", ""),
    ("Olivia Stein", "Olivia Stein", "Greg Halvorsen", "Midwest", "2026-05-04"),
]
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Suture Anchor Kit", "GTX Plus Basic": "Bone Graft Putty",
    "GTXPro": "Spinal Fusion Cage", "GTX Pro": "Spinal Fusion Cage",
    "GTX Plus Pro": "Total Knee System", "MG Special": "Arthroscopy Tower",
    "MG Advanced": "Navigation Console", "GTK 500": "Orbis Surgical Robot",
}
MULT = {"Suture Anchor Kit": 3, "Bone Graft Putty": 3, "Spinal Fusion Cage": 3,
        "Total Knee System": 3, "Arthroscopy Tower": 1000, "Navigation Console": 40,
        "Orbis Surgical Robot": 30}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]

def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or h(oid) % 3 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 11, 1) + dt.timedelta(days=h(oid, "c") % 61)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.7"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    amount = round(value * MULT[product], 2)
    rows.append(dict(id=oid, seller=seller, amount=f"{amount:.2f}",
                     close_date=close.isoformat(), stage=stage, product=product,
                     account=r["account"], probability=prob))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in won_accounts:
        x["type"] = "new"
    else:
        x["type"] = "conversion" if h(x["id"], "t") % 4 == 0 else "reorder"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
    x["name"] = f'{acct or "Unassigned"} {x["product"]}'

won = sorted((x for x in rows if x["stage"] == "won" and x["close_date"] <= "2026-09-30"),
             key=lambda x: h(x["id"], "x"))
for x in won[:16]:
    c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=15 + h(x["id"], "d") % 136)
    x["stage"] = "cancelled"
    x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["currency"] = "USD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date"])
    for sid, name, mgr, terr, start in ROSTER:
        w.writerow([sid, name, mgr, terr, "Territory Manager", start])
print(len(rows), "lines")
