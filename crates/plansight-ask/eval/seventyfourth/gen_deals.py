#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the seventyfourth workspace (Hartwell Commercial
Roofing, Dallas-Fort Worth, plan year 2026, USD) from the real Maven CRM export
(/work/shared/data/maven-crm/). Standard library only; deterministic (no random module, no
clock: every choice is a hash of the Maven opportunity id).

- 14 Maven agents are re-cast as Hartwell estimators (AGENTS below) under two branch
  managers; one opportunity in five (by hash) is kept, so each estimator carries a realistic
  count of commercial roofing jobs.
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so jobs
  fall 1 Jan - 2 Nov 2026. AS OF = 2026-09-18: a Won opportunity that now closes after it
  becomes an open bid (probability 0.7) with that close date.
- Products (amount = Maven close value x a roofing factor, whole dollars):
  GTK 500 -> New Construction Roof (x12), GTX Plus Pro -> Mod Bit Re-Roof (x20),
  GTX Pro -> TPO Re-Roof (x20), MG Advanced -> Metal Retrofit (x25),
  GTX Plus Basic -> Coating Restoration (x40), GTX Basic -> Roof Repair (x20),
  MG Special -> Maintenance Agreement (x60).
- Accounts: the Maven account plus a building word by its sector ("Cancity Retail Center").
- Type: "new" when no Hartwell estimator had signed a job with the account before (in the
  kept data), else "storm" for about one job in five, else "repeat".
- Open Maven deals (Engaging 0.5 / Prospecting 0.2) carry an expected close date of
  1-18 September 2026 (on or before the as-of date, still open) at the product's list
  value x factor.
- 16 signed jobs closing by 2026-08-31 are cancelled ("pulled") 10-150 days after close,
  cancel date capped at the as-of date.
- Mid-year joiners: jobs before their start date are dropped. Senior Estimators carry a
  Roof Systems quota of 550,000 a quarter (roster column quota:roof).
"""
import csv, datetime as dt, hashlib, os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 9, 18)

def h(s, salt=""):
    return int(hashlib.sha256((salt + s).encode()).hexdigest()[:12], 16)

AGENTS = {
    "Vicki Laflamme": "Cody Brannigan",
    "Anna Snelling": "Maria Esparza",
    "Kary Hendrixson": "Robert Thibodeaux",
    "Kami Bicknell": "Dwayne Fuller",
    "Versie Hillebrand": "Kristen Oyelaran",
    "Zane Levy": "Tyler Nguyen",
    "Cassey Cress": "Jessica Pham",
    "Jonathan Berthelot": "Hector Villarreal",
    "Gladys Colclough": "Shawna McCready",
    "Corliss Cosme": "Brent Kowalski",
    "Markita Hansen": "Dana Whitlock",
    "Maureen Marcano": "Jake Ortega",
    "Donn Cantrell": "LaToya Simmons",
    "Violet Mclelland": "Travis Haney",
}
ROSTER = [
    # id, display name, manager, branch, role, start_date
    ("Cody Brannigan", "Cody Brannigan", "Rick Delgado", "Dallas", "Senior Estimator", ""),
    ("Maria Esparza", "Maria Esparza", "Rick Delgado", "Dallas", "Estimator", ""),
    ("Robert Thibodeaux", 'Robert "Bubba" Thibodeaux', "Rick Delgado", "Dallas", "Estimator", ""),
    ("Dwayne Fuller", "Dwayne Fuller", "Rick Delgado", "Dallas", "Estimator", ""),
    ("Kristen Oyelaran", "Kristen Oyelaran", "Rick Delgado", "Dallas", "Estimator", ""),
    ("Tyler Nguyen", "Tyler Nguyen", "Rick Delgado", "Dallas", "Estimator", ""),
    ("Jessica Pham", "Jessica Pham", "Rick Delgado", "Dallas", "Estimator", "2026-05-04"),
    ("Hector Villarreal", "Hector Villarreal", "Tammy Sorensen", "Fort Worth", "Senior Estimator", ""),
    ("Shawna McCready", "Shawna McCready", "Tammy Sorensen", "Fort Worth", "Estimator", ""),
    ("Brent Kowalski", "Brent Kowalski", "Tammy Sorensen", "Fort Worth", "Estimator", ""),
    ("Dana Whitlock", "Dana Whitlock", "Tammy Sorensen", "Fort Worth", "Estimator", ""),
    ("Jake Ortega", "Jake Ortega", "Tammy Sorensen", "Fort Worth", "Estimator", ""),
    ("LaToya Simmons", "LaToya Simmons", "Tammy Sorensen", "Fort Worth", "Estimator", ""),
    ("Travis Haney", 'Travis "Tex" Haney', "Tammy Sorensen", "Fort Worth", "Estimator", "2026-07-13"),
]
START = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTK 500": ("New Construction Roof", 12), "GTX Plus Pro": ("Mod Bit Re-Roof", 20),
    "GTX Pro": ("TPO Re-Roof", 20), "GTXPro": ("TPO Re-Roof", 20),
    "MG Advanced": ("Metal Retrofit", 25), "GTX Plus Basic": ("Coating Restoration", 40),
    "GTX Basic": ("Roof Repair", 20), "MG Special": ("Maintenance Agreement", 60),
}
BUILDING = {
    "technolgy": "Campus", "medical": "Medical Plaza", "retail": "Retail Center",
    "software": "Office Park", "finance": "Tower", "marketing": "Office Building",
    "entertainment": "Event Center", "telecommunications": "Switch Building",
    "services": "Service Center", "employment": "Office Building",
}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]
SECTOR = {r["account"]: r["sector"] for r in csv.DictReader(open(f"{SRC}/accounts.csv"))}

def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    if r["sales_agent"] not in AGENTS or h(r["opportunity_id"], "keep") % 5:
        continue
    seller = AGENTS[r["sales_agent"]]
    product, factor = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 9, 1) + dt.timedelta(days=h(r["opportunity_id"], "close") % 18)
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
    if value <= 0:
        value = PRICE[r["product"]]
    acct = r["account"]
    account = f"{acct} {BUILDING[SECTOR[acct]]}" if acct else ""
    rows.append(dict(id=r["opportunity_id"], seller=seller, amount=f"{round(value * factor):d}.00",
                     close_date=close.isoformat(), stage=stage, product=product,
                     account=account, probability=prob,
                     name=f"{account or 'Unassigned'} {product}"))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
signed = set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in signed:
        x["type"] = "new"
    else:
        x["type"] = "storm" if h(x["id"], "type") % 5 == 0 else "repeat"
    if x["stage"] == "won" and acct:
        signed.add(acct)

won = [x for x in rows if x["stage"] == "won" and x["close_date"] <= "2026-08-31"]
won.sort(key=lambda x: h(x["id"], "pull"))
for x in won[:16]:
    c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=10 + h(x["id"], "days") % 141)
    x["stage"] = "cancelled"
    x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        w.writerow({**{k: x.get(k, "") for k in cols}, "currency": "USD"})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "quota:roof"])
    for sid, name, mgr, terr, role, start in ROSTER:
        # Senior Estimators carry their own Roof Systems quota (plan.md 5.2)
        quota = "550000.00" if role == "Senior Estimator" else ""
        w.writerow([sid, name, mgr, terr, role, start, quota])
print(len(rows), "lines")
