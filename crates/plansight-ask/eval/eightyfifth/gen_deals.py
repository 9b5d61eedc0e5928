#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the eightyfifth workspace (Potterly, Inc., a B2B
SaaS startup; plan year 1 February 2026 - 31 January 2027, USD, ARR) from the real Maven
CRM export (/work/shared/data/maven-crm/). Standard library only; deterministic: no random
module, no clock. Every choice is a function of the opportunity id (a SHA-256 digest).

- 14 Maven agents are re-cast as Potterly account executives (AGENTS below); one
  opportunity in four is kept (digest % 4 == 0).
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward, so deals close
  1 Mar - 31 Dec 2026. AS OF = 2026-11-20: a Won opportunity closing after it becomes an
  open deal (probability 0.7) at its shifted date.
- Products: GTX Basic -> Wheel Starter, GTX Plus Basic -> Wheel Team, GTX Pro -> Wheel
  Business, GTX Plus Pro -> Wheel Enterprise, GTK 500 -> Wheel Unlimited (subscription
  plans); MG Special -> Coil Analytics, MG Advanced -> Engobe Sync (add-on modules).
  amount = ARR = close_value x 4 (open deals: the product's list price x 4).
- Type: "new" when nobody at Potterly had won the account before (in the kept data, by
  close date), else "expansion".
- term_months 12/24/36 by digest. Open Maven deals (Engaging 0.6 / Prospecting 0.25)
  carry an expected close from 1 Dec 2026 to 29 Jan 2027.
- Cancelled: a won deal closing by 31 Oct 2026 whose digest % 23 == 0 is cancelled
  20-259 days after close (cancel date capped at the as-of date).
- Joiners: deals before a seller's start date are dropped.
"""
import csv, datetime as dt, hashlib, os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 20)

AGENTS = {
    "Zane Levy": "Theodore Marsh",
    "Kary Hendrixson": "Olivia Brandt",
    "Cassey Cress": "Diego Ramirez",
    "Donn Cantrell": "Hannah Kowalski",
    "Reed Clapper": "Jamal Whitaker",
    "Corliss Cosme": "Sofia Lindqvist",
    "James Ascencio": "Kevin Tran",
    "Anna Snelling": "Anjali Rao",
    "Maureen Marcano": "Brooke Sullivan",
    "Kami Bicknell": "Marcus Webb",
    "Daniell Hammack": "Chloe Bennett",
    "Gladys Colclough": "Ethan Goldberg",
    "Markita Hansen": "Nadia Petrova",
    "Jonathan Berthelot": "Ryan O'Connell",
}
ROSTER = [
    # id, roster name, manager, territory, start_date, quota:subs_arr
    ("Theodore Marsh", 'Theodore "Teddy" Marsh', "Rachel Feld", "East", "", ""),
    ("Olivia Brandt", "Olivia Brandt", "Rachel Feld", "East", "", ""),
    ("Diego Ramirez", "Diego Ramirez", "Rachel Feld", "East", "", ""),
    ("Hannah Kowalski", "Hannah Kowalski", "Rachel Feld", "East", "", ""),
    ("Jamal Whitaker", "Jamal Whitaker", "Rachel Feld", "East", "", ""),
    ("Sofia Lindqvist", "Sofia Lindqvist", "Rachel Feld", "East", "", ""),
    ("Kevin Tran", "Kevin Tran", "Rachel Feld", "East", "2026-06-15", ""),
    ("Anjali Rao", 'Anjali "AJ" Rao', "Marcus Boateng", "West", "", ""),
    ("Brooke Sullivan", "Brooke Sullivan", "Marcus Boateng", "West", "", ""),
    ("Marcus Webb", "Marcus Webb", "Marcus Boateng", "West", "", ""),
    ("Chloe Bennett", "Chloe Bennett", "Marcus Boateng", "West", "", ""),
    ("Ethan Goldberg", "Ethan Goldberg", "Marcus Boateng", "West", "", ""),
    ("Nadia Petrova", "Nadia Petrova", "Marcus Boateng", "West", "2026-08-03", ""),
    ("Ryan O'Connell", "Ryan O'Connell", "Marcus Boateng", "West", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Wheel Starter", "GTX Plus Basic": "Wheel Team",
    "GTXPro": "Wheel Business", "GTX Pro": "Wheel Business",
    "GTX Plus Pro": "Wheel Enterprise", "GTK 500": "Wheel Unlimited",
    "MG Special": "Coil Analytics", "MG Advanced": "Engobe Sync",
}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def h(s, salt=""):
    return int(hashlib.sha256((salt + s).encode()).hexdigest(), 16)


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9)


def money(x):
    return f"{x:.2f}"


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or h(oid) % 4 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 12, 1) + dt.timedelta(days=h(oid, "c") % 60)
        value = PRICE[r["product"]]
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.7"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    rows.append(dict(id=oid, seller=seller, amount=money(round(value * 4, 2)),
                     close_date=close.isoformat(), stage=stage, product=product,
                     account=r["account"], probability=prob,
                     term_months=str((12, 24, 36)[h(oid, "t") % 3])))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    x["type"] = "new" if (not acct or acct not in won_accounts) else "expansion"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-10-31" and h(x["id"], "x") % 23 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=20 + h(x["id"], "d") % 240)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "amount", "close_date", "stage", "type", "product", "account",
        "term_months", "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["currency"] = "USD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date"])
    for sid, name, mgr, terr, start, _ in ROSTER:
        w.writerow([sid, name, mgr, terr, "Account Executive", start])
print(len(rows), "lines")
