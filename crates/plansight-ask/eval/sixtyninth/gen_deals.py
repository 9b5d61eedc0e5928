#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the sixtyninth workspace (Pennine Voice & Data Ltd,
a UK business-telecoms reseller; plan year 1 April 2026 - 31 March 2027, GBP) from the real
Maven CRM export (/work/shared/data/maven-crm/). Standard library only; deterministic (no
random numbers, no clock: every choice is a hash of the opportunity id).

- 14 Maven agents are re-cast as Pennine reps (AGENTS below), 7 field reps under Gemma
  Rowntree and 7 inside-sales reps under Darren Pike. One opportunity in three is kept (the
  md5 of its id, mod 3 == 0).
- Dates: Maven close dates (Mar-Dec 2017) move 9 years and 31 days forward, so deals fall
  1 April 2026 - 31 January 2027. AS OF = 2026-12-18: a Won opportunity that now closes
  after it becomes an open deal (probability 0.75) at its shifted close date.
- Products: GTX Basic -> SIM Only, GTX Plus Basic -> Business Broadband, GTX Pro -> Leased
  Line, GTX Plus Pro -> Hosted Voice, GTK 500 -> Private Wire (line products: amount = the
  first-year contract value = close_value in GBP); MG Special -> Smartphones, MG Advanced ->
  Phone Systems (kit: amount = the kit margin = close_value x 0.3).
- Type: "new" (a new connection: nobody at Pennine had won the account before, in the kept
  data) else "upgrade".
- term_months 24 or 36 on line products. Open Maven deals (Engaging 0.6 / Prospecting 0.25)
  carry their product's list value and an expected close in January-March 2027. Lost deals
  carry the list value. Won deals whose md5 mod 23 == 7 and that close by 2026-11-30 are
  cancelled ("churned") 15-184 days after close (cancel date capped at the as-of date).
- Reps who join mid-year keep only the deals closing on or after their start date.
"""
import csv, datetime as dt, hashlib, os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 12, 18)

AGENTS = {
    "Darcel Schlecht": "Callum Whitworth",
    "Cassey Cress": "Priya Chauhan",
    "Zane Levy": "Stephen Marsh",
    "Gladys Colclough": "Rhiannon Pryce",
    "Marty Freudenburg": "Declan Farrelly",
    "Garret Kinder": "Oluwaseun Adeyemi",
    "Elease Gluck": "Hannah Lowther",
    "Kami Bicknell": "Jade Pemberton",
    "Anna Snelling": "Kieran Walsh",
    "Versie Hillebrand": "Bethany Clough",
    "Hayden Neloms": "Marcus Greenhalgh",
    "Lajuana Vencill": "Aleksandra Nowak",
    "Boris Faz": "Tom Haworth",
    "Violet Mclelland": "Leah Ibbotson",
}
ROSTER = [
    # id, name (as shown), manager, territory, role, start_date
    ("Callum Whitworth", "Callum Whitworth", "Gemma Rowntree", "Field", "Senior Field Rep", ""),
    ("Priya Chauhan", "Priya Chauhan", "Gemma Rowntree", "Field", "Field Rep", ""),
    ("Stephen Marsh", 'Stephen "Stevo" Marsh', "Gemma Rowntree", "Field", "Field Rep", ""),
    ("Rhiannon Pryce", "Rhiannon Pryce", "Gemma Rowntree", "Field", "Field Rep", ""),
    ("Declan Farrelly", "Declan Farrelly", "Gemma Rowntree", "Field", "Field Rep", ""),
    ("Oluwaseun Adeyemi", 'Oluwaseun "Seun" Adeyemi', "Gemma Rowntree", "Field", "Field Rep", ""),
    ("Hannah Lowther", "Hannah Lowther", "Gemma Rowntree", "Field", "Field Rep", ""),
    ("Jade Pemberton", "Jade Pemberton", "Darren Pike", "Inside", "Inside Sales Rep", ""),
    ("Kieran Walsh", "Kieran Walsh", "Darren Pike", "Inside", "Inside Sales Rep", ""),
    ("Bethany Clough", "Bethany Clough", "Darren Pike", "Inside", "Inside Sales Rep", ""),
    ("Marcus Greenhalgh", "Marcus Greenhalgh", "Darren Pike", "Inside", "Inside Sales Rep", ""),
    ("Aleksandra Nowak", "Aleksandra Nowak", "Darren Pike", "Inside", "Inside Sales Rep", ""),
    ("Tom Haworth", "Tom Haworth", "Darren Pike", "Inside", "Inside Sales Rep", "2026-09-01"),
    ("Leah Ibbotson", "Leah Ibbotson", "Darren Pike", "Inside", "Inside Sales Rep", "2026-07-13"),
]
# Senior Field Rep carries a personal Line Rental quota (plan.md 5.2).
QUOTA_OVERRIDE = {"Callum Whitworth": "60000.00"}
START = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "SIM Only", "GTX Plus Basic": "Business Broadband",
    "GTXPro": "Leased Line", "GTX Pro": "Leased Line",
    "GTX Plus Pro": "Hosted Voice", "GTK 500": "Private Wire",
    "MG Special": "Smartphones", "MG Advanced": "Phone Systems",
}
KIT = {"Smartphones", "Phone Systems"}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def h(s, salt=""):
    return int(hashlib.md5((salt + s).encode()).hexdigest(), 16)


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) + dt.timedelta(days=31)


def money(x):
    return f"{x:.2f}"


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
        close = dt.date(2027, 1, 4) + dt.timedelta(days=h(oid, "c") % 85)
        value = PRICE[r["product"]]
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    elif stage == "lost":
        close = shift(r["close_date"])
        value = PRICE[r["product"]]
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if close > AS_OF:
            stage, prob = "open", "0.75"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0:
        continue
    amount = value * 0.3 if product in KIT else value
    rows.append(dict(id=oid, seller=seller, amount=money(round(amount, 2)),
                     close_date=close.isoformat(), stage=stage, product=product,
                     account=r["account"], probability=prob,
                     term_months="" if product in KIT else ("36" if h(oid, "t") % 3 else "24")))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    x["type"] = "new" if (not acct or acct not in won_accounts) else "upgrade"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-11-30" and h(x["id"], "x") % 23 == 7:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=15 + h(x["id"], "d") % 170)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "type", "product", "amount", "close_date", "stage",
        "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["currency"] = "GBP"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "quota:line_rental"])
    for sid, name, mgr, terr, role, start in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, QUOTA_OVERRIDE.get(sid, "")])
print(len(rows), "lines")
