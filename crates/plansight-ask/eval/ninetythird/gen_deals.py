#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the ninetythird workspace (Harborline Hotels group
sales, fiscal year 1 October 2025 - 30 September 2026, USD) from the real Maven CRM export
(/work/shared/data/maven-crm/). Standard library only; deterministic: every choice is made
from the CRC-32 of the opportunity id (zlib.crc32), no random numbers, no clock.

- 12 Maven agents are re-cast as Harborline hotel sales managers (AGENTS below) under three
  directors of sales, one per property. An opportunity is kept when crc % 2 == 0.
- Dates: Maven close dates (1 Mar - 31 Dec 2017) move forward 3136 days, so they fall
  1 Oct 2025 - 30 Jul 2026. AS OF = 2026-05-31: a Won opportunity that now closes after it
  becomes a tentative (open) booking, probability 0.7, at its shifted date; a Lost one that
  now closes after it is a tentative too, probability 0.3. Turndowns (lost) carry the
  proposal value: list price x 6 (x 40 for dinners).
- Products (package names): GTX Basic -> Boardroom Day, GTX Plus Basic -> Tour Series,
  GTX Pro -> Executive Retreat, GTX Plus Pro -> Conference Package, GTK 500 -> Citywide
  Convention, MG Special -> Rehearsal Dinner, MG Advanced -> Wedding Block.
  Amount = contracted revenue = close_value x 6 (x 40 for a Rehearsal Dinner).
- Account: the Maven account (a client company); for Wedding Block and Rehearsal Dinner a
  couple, "<Surname> Wedding", the surname picked by crc.
- Type: "new" when nobody at Harborline had a definite with the account before (in the kept
  data, by close date), else "repeat".
- Open Maven opportunities (Engaging 0.5 / Prospecting 0.2) are tentatives at list price x 6
  (x 40 for dinners) with an expected close in June or July 2026 (day from crc).
- Won deals closing on or before 2026-04-30 with crc % 23 == 5 are cancelled ("cxl"),
  cancel date = close + 20 + crc % 150 days, capped at the as-of date.
- Kai Nakamura joined on 2026-01-05: his opportunities closing before it are dropped.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 5, 31)
SHIFT = dt.timedelta(days=3136)

AGENTS = {
    "Darcel Schlecht": "Tessa Albright",
    "Reed Clapper": "Owen Castellano",
    "Anna Snelling": "Keisha Fairbanks",
    "Violet Mclelland": "Declan Murphy",
    "Vicki Laflamme": "Jolene Pryor",
    "Corliss Cosme": "Luis Ortega",
    "Kami Bicknell": "Hollis Beaumont",
    "Boris Faz": "Gina Marchetti",
    "Cassey Cress": "Kai Nakamura",
    "Zane Levy": "Brooke Whitaker",
    "Maureen Marcano": "Mateo Ruiz",
    "Elease Gluck": "Nadia Haddad",
}
ROSTER = [
    # id, manager, territory, start_date
    ("Tessa Albright", "Renata Okoye", "Boston Harbor", ""),
    ("Owen Castellano", "Renata Okoye", "Boston Harbor", ""),
    ("Keisha Fairbanks", "Renata Okoye", "Boston Harbor", ""),
    ("Declan Murphy", "Renata Okoye", "Boston Harbor", ""),
    ("Jolene Pryor", "Marcus Delacroix", "Charleston", ""),
    ("Luis Ortega", "Marcus Delacroix", "Charleston", ""),
    ("Hollis Beaumont", "Marcus Delacroix", "Charleston", ""),
    ("Gina Marchetti", "Marcus Delacroix", "Charleston", ""),
    ("Kai Nakamura", "Priya Venkataraman", "San Diego Bay", "2026-01-05"),
    ("Brooke Whitaker", "Priya Venkataraman", "San Diego Bay", ""),
    ("Mateo Ruiz", "Priya Venkataraman", "San Diego Bay", ""),
    ("Nadia Haddad", "Priya Venkataraman", "San Diego Bay", ""),
]
QUOTA_OVERRIDE = {"Tessa Albright": "2400000.00"}
START = {r[0]: r[3] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Boardroom Day", "GTX Plus Basic": "Tour Series",
    "GTXPro": "Executive Retreat", "GTX Pro": "Executive Retreat",
    "GTX Plus Pro": "Conference Package", "GTK 500": "Citywide Convention",
    "MG Special": "Rehearsal Dinner", "MG Advanced": "Wedding Block",
}
SOCIAL = {"Rehearsal Dinner", "Wedding Block"}
SURNAMES = ["Abernathy", "Brennan", "Caruso", "Delgado", "Ellison", "Fitzgerald", "Greer",
            "Holloway", "Iverson", "Jablonski", "Kowalski", "Lindqvist", "Moreau", "Navarro",
            "O'Hara", "Petrakis", "Quintero", "Rosenthal", "Sorensen", "Tran", "Underwood",
            "Valdez", "Whitmore", "Yamada"]
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def money(x):
    return f"{x:.2f}"


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    if r["sales_agent"] not in AGENTS:
        continue
    crc = zlib.crc32(r["opportunity_id"].encode())
    if crc % 2:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    factor = 40 if product == "Rehearsal Dinner" else 6
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 6, 1) + dt.timedelta(days=(crc >> 3) % 61)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        value = float(r["close_value"] or 0)
        if stage == "lost":
            value = PRICE[r["product"]]
        if close > AS_OF:
            stage, prob = "open", "0.7" if stage == "won" else "0.3"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    if product in SOCIAL:
        account = SURNAMES[(crc >> 5) % len(SURNAMES)] + " Wedding"
    else:
        account = r["account"]
    rows.append(dict(id=r["opportunity_id"], seller=seller, amount=money(value * factor),
                     close_date=close.isoformat(),
                     stage=stage, product=product, account=account, probability=prob,
                     crc=crc))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    x["type"] = "repeat" if acct in won_accounts else "new"
    if x["stage"] == "won":
        won_accounts.add(acct)

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-04-30" and x["crc"] % 23 == 5:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=20 + x["crc"] % 150)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "type", "product", "amount", "close_date", "stage",
        "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["currency"] = "USD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:group_rev"])
    for sid, mgr, terr, start in ROSTER:
        w.writerow([sid, sid, mgr, terr, "Sales Manager", start, "", QUOTA_OVERRIDE.get(sid, "")])
print(len(rows), "lines")
