#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfifteenth workspace (Tundra Comfort
Supply Inc., a Canadian HVAC equipment wholesaler selling to mechanical contractors and home
builders; plan year 2026, CAD, monthly payouts) from the Maven CRM export
(/work/shared/data/maven-crm/). Standard library only; deterministic: every choice is made
from the CRC-32 of the opportunity id (zlib.crc32), never from a random generator or the clock.

- 14 Maven agents are re-cast as Tundra territory reps (AGENTS below). An opportunity is kept
  when crc32(id) % 3 == 0, so each rep carries a realistic wholesale order count.
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so orders
  fall 1 Jan - 2 Nov 2026. AS OF = 2026-10-16: a Won opportunity that now closes after it
  becomes an open quote (probability 0.7), expected like the others below.
- Products: GTX Basic -> Smart Controls, GTX Plus Basic -> Ductwork Package, GTX Pro -> Gas
  Furnace, GTX Plus Pro -> Air Handler, GTK 500 -> Cold Climate Heat Pump (equipment:
  amount = close value x 6); MG Special -> Maintenance Agreement (x 24), MG Advanced ->
  Extended Warranty (x 1.2) (service contracts, with a term of 12, 36 or 60 months).
  Lost and open opportunities carry the product's list price times the same factor.
- Accounts: the 85 Maven accounts become invented contractor and builder names (a prefix and a
  trade suffix chosen by the account's place in the sorted list; 17 x 5 = 85 unique names).
  An opportunity with no account gets one by crc32 % 85.
- Type: "new" (a conquest: nobody at Tundra had won the account before, in close-date order of
  the kept data), else "reorder".
- Open quotes (Maven Engaging 0.5 / Prospecting 0.2, and the late wins at 0.7) carry an
  expected close date 1 - 16 October 2026 (crc32 % 16 days from 1 October), on or before the
  as-of date, so a what-if that books them counts them in October (M10, Q4).
- Cancelled (RGA): a won line closed on or before 2026-08-31 with crc32 % 19 == 7 is
  cancelled crc32 % 141 + 20 days after close (20-160 days), the date capped at the as-of date.
- Chloé Lapointe-Roy joined on 2026-04-13: her lines before that date are dropped.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 16)

AGENTS = {
    "Darcel Schlecht": "Brayden Sawatzky",
    "Anna Snelling": "Mei-Ling Chow",
    "Kami Bicknell": "Colton Fehr",
    "Zane Levy": "Priyanka Grewal",
    "Cassey Cress": "Owen Tkachuk",
    "Vicki Laflamme": "Siobhan Doyle-Reyes",
    "Kary Hendrixson": "Tariq Haddad",
    "Jonathan Berthelot": "Kyle Vandermeer",
    "Gladys Colclough": "Nadia Ferreira",
    "Lajuana Vencill": "Declan Whitehorse",
    "Versie Hillebrand": "Jean-Philippe Ouellet",
    "Corliss Cosme": "Amélie Desrosiers",
    "Markita Hansen": "Rémi Gauthier",
    "Maureen Marcano": "Chloé Lapointe-Roy",
}
ROSTER = [
    # id, manager, territory, role, start_date
    ("Brayden Sawatzky", "Darlene Kostiuk", "Prairies", "Senior Territory Rep", ""),
    ("Mei-Ling Chow", "Darlene Kostiuk", "Prairies", "Territory Rep", ""),
    ("Colton Fehr", "Darlene Kostiuk", "Prairies", "Territory Rep", ""),
    ("Priyanka Grewal", "Darlene Kostiuk", "Prairies", "Territory Rep", ""),
    ("Owen Tkachuk", "Darlene Kostiuk", "Prairies", "Territory Rep", ""),
    ("Siobhan Doyle-Reyes", "Gordon MacInnis", "Ontario", "Territory Rep", ""),
    ("Tariq Haddad", "Gordon MacInnis", "Ontario", "Senior Territory Rep", ""),
    ("Kyle Vandermeer", "Gordon MacInnis", "Ontario", "Territory Rep", ""),
    ("Nadia Ferreira", "Gordon MacInnis", "Ontario", "Territory Rep", ""),
    ("Declan Whitehorse", "Gordon MacInnis", "Ontario", "Territory Rep", ""),
    ("Jean-Philippe Ouellet", "Sylvie Bérubé", "Québec", "Territory Rep", ""),
    ("Amélie Desrosiers", "Sylvie Bérubé", "Québec", "Territory Rep", ""),
    ("Rémi Gauthier", "Sylvie Bérubé", "Québec", "Territory Rep", ""),
    ("Chloé Lapointe-Roy", "Sylvie Bérubé", "Québec", "Territory Rep", "2026-04-13"),
]
START = {r[0]: r[4] for r in ROSTER}
# Senior reps carry their own Equipment Sales quota (plan section 4.3).
QUOTA_OVERRIDE = {"Brayden Sawatzky": "1500000.00", "Tariq Haddad": "1000000.00"}

PRODUCT = {
    "GTX Basic": "Smart Controls", "GTX Plus Basic": "Ductwork Package",
    "GTXPro": "Gas Furnace", "GTX Pro": "Gas Furnace",
    "GTX Plus Pro": "Air Handler", "GTK 500": "Cold Climate Heat Pump",
    "MG Special": "Maintenance Agreement", "MG Advanced": "Extended Warranty",
}
FACTOR = {"Smart Controls": 6, "Ductwork Package": 6, "Gas Furnace": 6, "Air Handler": 6,
          "Cold Climate Heat Pump": 6, "Maintenance Agreement": 24, "Extended Warranty": 1.2}
SERVICE = {"Maintenance Agreement", "Extended Warranty"}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]

PREFIX = ["Red River", "Bow Valley", "Fraser", "Laurentide", "Muskoka", "Kawartha",
          "Assiniboine", "Saguenay", "Niagara", "Okanagan", "Rideau", "Qu'Appelle",
          "Georgian Bay", "Chaudière", "Pembina", "Algonquin", "Whiteshell"]
SUFFIX = ["Mechanical", "Heating & Cooling", "Homes", "Sheet Metal", "Builders"]
MAVEN_ACCOUNTS = sorted(r["account"] for r in csv.DictReader(open(f"{SRC}/accounts.csv")))
ACCOUNT = {a: f"{PREFIX[i % 17]} {SUFFIX[i % 5]}" for i, a in enumerate(MAVEN_ACCOUNTS)}


def crc(s):
    return zlib.crc32(s.encode())


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or crc(oid) % 3 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 10, 1) + dt.timedelta(days=crc(oid + "close") % 16)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    elif stage == "lost":
        close = shift(r["close_date"])
        value = PRICE[r["product"]]
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if close > AS_OF:
            stage, prob = "open", "0.7"
            close = dt.date(2026, 10, 1) + dt.timedelta(days=crc(oid + "close") % 16)
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0:
        continue
    maven_acct = r["account"] or MAVEN_ACCOUNTS[crc(oid) % 85]
    account = ACCOUNT[maven_acct]
    rows.append(dict(id=oid, seller=seller, account=account,
                     name=f"{account} {product}", product=product,
                     amount=f"{round(value * FACTOR[product], 2):.2f}",
                     close_date=close.isoformat(), stage=stage, probability=prob,
                     term_months=str([12, 36, 60][crc(oid + "term") % 3]) if product in SERVICE else ""))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    x["type"] = "reorder" if x["account"] in won_accounts else "new"
    if x["stage"] == "won":
        won_accounts.add(x["account"])

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-08-31" and crc(x["id"]) % 19 == 7:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=crc(x["id"]) % 141 + 20)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for x in rows:
        w.writerow({**{k: x.get(k, "") for k in cols}, "split": "1", "currency": "CAD"})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:equipment"])
    for sid, mgr, terr, role, start in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", QUOTA_OVERRIDE.get(sid, "")])
print(len(rows), "lines")
