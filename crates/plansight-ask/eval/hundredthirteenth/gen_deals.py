#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredthirteenth workspace (Harbor & Finch Print
Co., a US commercial printer; account managers' plan FY2026, 1 October 2025 - 30 September
2026, MONTHLY payouts, USD) from the real Maven CRM export (/work/shared/data/maven-crm/).
Standard library only; deterministic: every choice is the CRC-32 of the opportunity id (no
random numbers, no clock).

- 12 Maven agents are re-cast as Harbor & Finch account managers (AGENTS below), 6 on the
  Midwest team (Renata Okonkwo) and 6 on the Northeast team (Gil Sorensen). An opportunity is
  kept when CRC-32(id) is even (about half).
- Dates: Maven close dates move forward by the days from 2017-03-01 to 2025-10-01, so won
  jobs fall 1 Oct 2025 - about 1 Aug 2026. AS OF = 2026-06-30: a won opportunity that now
  closes after it becomes an open deal (probability 0.7). Open Maven deals (Engaging 0.5 /
  Prospecting 0.2) get an expected close 1 Jul - 13 Sep 2026 and their list value.
- Products (print lines and packaging lines): GTX Basic -> Quickset Flyers, GTX Plus Basic ->
  Saddle-Stitch Booklets, GTX Pro -> Perfect-Bound Catalogs, GTX Plus Pro -> Large-Format
  Signage, GTK 500 -> Web Offset Magazines, MG Special -> Folding Cartons, MG Advanced ->
  Rigid Gift Boxes. amount = close value x 6 (Folding Cartons x 40).
- Type: "new" (a new client) when no kept won job of the account closed before it (or no
  account); else "contract" (a contract run) when (CRC >> 2) % 4 == 0, else "reprint".
- Cancelled: a won job closing by 2026-05-31 with CRC % 19 == 0 is cancelled (a spiked job)
  15-154 days after close (CRC % 140 + 15), capped at the as-of date.
- Accounts keep their Maven names; marketing accounts carry " Agency"; the four employment
  accounts become universities and colleges.
- Sam Nguyen joined on 2026-02-02: his jobs before that are dropped.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 6, 30)
SHIFT = dt.date(2025, 10, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Anna Snelling": "Megan Kowalski",
    "Versie Hillebrand": "Tyrell Jackson",
    "Jonathan Berthelot": "Dana Whitfield",
    "Lajuana Vencill": "Luis Ortega",
    "Moses Frase": "Kendra Brooks",
    "Cecily Lampkin": "Sam Nguyen",
    "Cassey Cress": "Bridget O'Hara",
    "Corliss Cosme": "Marcus Feldman",
    "Violet Mclelland": "Alicia Moreno",
    "Daniell Hammack": "Nathan Cole",
    "Garret Kinder": "Hannah Lindqvist",
    "Kary Hendrixson": "Devon Price",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:press_revenue
    ("Megan Kowalski", "Renata Okonkwo", "Midwest", "Senior Account Manager", "", "1500000.00"),
    ("Tyrell Jackson", "Renata Okonkwo", "Midwest", "Account Manager", "", ""),
    ("Dana Whitfield", "Renata Okonkwo", "Midwest", "Account Manager", "", ""),
    ("Luis Ortega", "Renata Okonkwo", "Midwest", "Account Manager", "", ""),
    ("Kendra Brooks", "Renata Okonkwo", "Midwest", "Account Manager", "", ""),
    ("Sam Nguyen", "Renata Okonkwo", "Midwest", "Account Manager", "2026-02-02", ""),
    ("Bridget O'Hara", "Gil Sorensen", "Northeast", "Account Manager", "", ""),
    ("Marcus Feldman", "Gil Sorensen", "Northeast", "Account Manager", "", ""),
    ("Alicia Moreno", "Gil Sorensen", "Northeast", "Account Manager", "", ""),
    ("Nathan Cole", "Gil Sorensen", "Northeast", "Account Manager", "", ""),
    ("Hannah Lindqvist", "Gil Sorensen", "Northeast", "Account Manager", "", ""),
    ("Devon Price", "Gil Sorensen", "Northeast", "Senior Account Manager", "", "1500000.00"),
]
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Quickset Flyers", "GTX Plus Basic": "Saddle-Stitch Booklets",
    "GTXPro": "Perfect-Bound Catalogs", "GTX Pro": "Perfect-Bound Catalogs",
    "GTX Plus Pro": "Large-Format Signage", "GTK 500": "Web Offset Magazines",
    "MG Special": "Folding Cartons", "MG Advanced": "Rigid Gift Boxes",
}
FACTOR = {"Folding Cartons": 40}
UNIS = {"Finjob": "Finch College", "Ontomedia": "Onondaga Valley College",
        "Statholdings": "Stathmore University", "Y-corporation": "Yarrow State University"}
SECTOR = {r["account"]: r["sector"] for r in csv.DictReader(open(f"{SRC}/accounts.csv"))}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def crc(s):
    return zlib.crc32(s.encode())


def account(a):
    if not a:
        return ""
    if a in UNIS:
        return UNIS[a]
    if SECTOR.get(a) == "marketing":
        return a[0].upper() + a[1:] + " Agency"
    return a


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    c = crc(oid)
    if r["sales_agent"] not in AGENTS or c % 2:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 6, 1) + dt.timedelta(days=(c >> 3) % 30)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.7"
            close = dt.date(2026, 6, 1) + dt.timedelta(days=(c >> 3) % 30)
        elif stage == "lost" and close > AS_OF:
            close = dt.date(2026, 6, 1) + dt.timedelta(days=(c >> 3) % 30)
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    amount = round(value * FACTOR.get(product, 6), 2)
    acct = account(r["account"])
    rows.append(dict(id=oid, seller=seller, account=acct,
                     name=f"{acct or 'Walk-in'} {product}", product=product,
                     amount=f"{amount:.2f}", close_date=close.isoformat(), stage=stage,
                     split="1", probability=prob, currency="USD", crc=c))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in won_accounts:
        x["type"] = "new"
    else:
        x["type"] = "contract" if (x["crc"] >> 2) % 4 == 0 else "reprint"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-05-31" and x["crc"] % 19 == 0:
        cd = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=x["crc"] % 140 + 15)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(cd, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:press_revenue"])
    for sid, mgr, terr, role, start, quota in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", quota])
print(len(rows), "lines")
