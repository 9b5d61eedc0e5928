#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the sixtyfourth workspace (Keystone Air & Building
Services, US commercial HVAC contractor, plan year 1 January - 31 December 2026, USD) from the
real Maven CRM export (/work/shared/data/maven-crm/). Standard library only; deterministic
(no random numbers, no clock: every choice is a CRC-32 of the opportunity id).

- 14 Maven agents are re-cast as Keystone sellers (AGENTS below); an opportunity is kept when
  crc32(id) % 3 == 0, so each seller carries a realistic count of commercial jobs.
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so won jobs
  fall 1 Jan - 2 Nov 2026. AS OF = 2026-10-31: a Won opportunity that now closes after it is
  an open deal ("out for bid", probability 0.7) with that later expected close.
- Products (amount = Maven close value x factor, USD): GTX Basic -> Ductless Split (x20),
  GTX Plus Basic -> Controls Upgrade (x25), GTX Pro -> Rooftop Unit Replacement (x18),
  GTX Plus Pro -> VRF System (x20), GTK 500 -> Chiller Plant (x12): installed projects;
  MG Special -> Filter Swap Program (x60), MG Advanced -> Comfort Care Agreement (x4):
  service contracts (annual contract value).
- Type: "new" when nobody at Keystone had won the account before (in the kept data);
  otherwise "replacement" for a project and "renewal" for a service contract.
- Open Maven deals (Engaging 0.5 / Prospecting 0.2) carry the product's list price x factor
  and an expected close in November or December 2026.
- Won deals closed by 2026-09-30 with crc32(id + "pull") % 22 == 0 are cancelled ("pulled")
  20-159 days after close (cancel date capped at the as-of date).
- Sellers who join mid-year keep only opportunities closing on or after their start date.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 31)

AGENTS = {
    "Darcel Schlecht": 'Thomas "Tank" Brennan',
    "Anna Snelling": "Maria Kowalski",
    "Kary Hendrixson": "Luis Ortega",
    "Vicki Laflamme": "Kevin O'Rourke",
    "Versie Hillebrand": "Shanice Williams",
    "Jonathan Berthelot": "Derek Yoder",
    "Zane Levy": "Rachel Stoltzfus",
    "Kami Bicknell": "Brian Schaefer",
    "Cassey Cress": "Angela Marino",
    "Corliss Cosme": 'Patrick "Paddy" Gallagher',
    "Reed Clapper": "Jasmine Patel",
    "Donn Cantrell": "Victor Nguyen",
    "Gladys Colclough": "Samantha Reyes",
    "Maureen Marcano": "Tyrone Jackson",
}
ROSTER = [
    # id, name (as on statements), manager, territory, start_date
    ("Thomas Brennan", 'Thomas "Tank" Brennan', "Frank DeLuca", "Philadelphia Metro", ""),
    ("Maria Kowalski", "Maria Kowalski", "Frank DeLuca", "Philadelphia Metro", ""),
    ("Luis Ortega", "Luis Ortega", "Frank DeLuca", "Philadelphia Metro", ""),
    ("Kevin O'Rourke", "Kevin O'Rourke", "Frank DeLuca", "Philadelphia Metro", ""),
    ("Shanice Williams", "Shanice Williams", "Frank DeLuca", "Philadelphia Metro", ""),
    ("Derek Yoder", "Derek Yoder", "Frank DeLuca", "Philadelphia Metro", ""),
    ("Rachel Stoltzfus", "Rachel Stoltzfus", "Frank DeLuca", "Philadelphia Metro", "2026-07-01"),
    ("Brian Schaefer", "Brian Schaefer", "Denise Okoro", "Lehigh Valley", ""),
    ("Angela Marino", "Angela Marino", "Denise Okoro", "Lehigh Valley", ""),
    ("Patrick Gallagher", 'Patrick "Paddy" Gallagher', "Denise Okoro", "Lehigh Valley", ""),
    ("Jasmine Patel", "Jasmine Patel", "Denise Okoro", "Lehigh Valley", ""),
    ("Victor Nguyen", "Victor Nguyen", "Denise Okoro", "Lehigh Valley", ""),
    ("Samantha Reyes", "Samantha Reyes", "Denise Okoro", "Lehigh Valley", ""),
    ("Tyrone Jackson", "Tyrone Jackson", "Denise Okoro", "Lehigh Valley", "2026-05-11"),
]
SID = {name: sid for sid, name, *_ in ROSTER}
START = {sid: start for sid, _, _, _, start in ROSTER}
PRODUCT = {
    "GTX Basic": ("Ductless Split", 20), "GTX Plus Basic": ("Controls Upgrade", 25),
    "GTXPro": ("Rooftop Unit Replacement", 18), "GTX Pro": ("Rooftop Unit Replacement", 18),
    "GTX Plus Pro": ("VRF System", 20), "GTK 500": ("Chiller Plant", 12),
    "MG Special": ("Filter Swap Program", 60), "MG Advanced": ("Comfort Care Agreement", 4),
}
SERVICE = {"Filter Swap Program", "Comfort Care Agreement"}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def crc(s):
    return zlib.crc32(s.encode())


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    if r["sales_agent"] not in AGENTS or crc(r["opportunity_id"]) % 3:
        continue
    seller = SID[AGENTS[r["sales_agent"]]]
    product, factor = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 11, 1) + dt.timedelta(days=crc(r["opportunity_id"] + "c") % 61)
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
    rows.append(dict(id=r["opportunity_id"], seller=seller, amount=f"{round(value * factor, 2):.2f}",
                     close_date=close.isoformat(), stage=stage, product=product,
                     account=r["account"], probability=prob))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in won_accounts:
        x["type"] = "new"
    else:
        x["type"] = "renewal" if x["product"] in SERVICE else "replacement"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
    x["name"] = f'{acct or "Walk-in"} {x["product"]}'

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-09-30" and crc(x["id"] + "pull") % 22 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=20 + crc(x["id"] + "d") % 140)
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
        w.writerow([sid, name, mgr, terr, "Account Manager", start])
print(len(rows), "lines")
