#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredseventh workspace (Fernhill Systems, a US
B2B SaaS company selling a field-operations platform; account executives on the FY2027
"Chessboard" plan, plan year 1 February 2026 - 31 January 2027, USD) from the real Maven CRM
export (/work/shared/data/maven-crm/). Standard library only; deterministic: every choice is
made from the CRC-32 of the opportunity id (no random numbers, no clock).

- 14 Maven agents are re-cast as Fernhill account executives (AGENTS); an opportunity is
  kept when crc % 5 == 0 (about a fifth), so each AE carries a realistic SaaS deal count.
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward (Mar-Dec 2026). AS OF =
  2026-11-20: a Won opportunity closing after it becomes an open deal (commit, 0.7).
  Engaging = open (best case, 0.5), Prospecting = open (pipeline, 0.2); open deals carry an
  expected close between 2026-11-21 and 2027-01-29 (crc-based) and their list ACV.
  A Lost opportunity closing after the as-of date is left out (not yet decided then);
  a Lost one keeps the ACV it was quoted at (list price x factor).
- Products (amount = first-year ACV in USD = close_value x factor): GTX Basic -> Sapling
  Edition (x20), GTX Plus Basic -> Bracken Edition (x20), GTX Pro -> Canopy Edition (x12),
  GTX Plus Pro -> Redwood Edition (x14), GTK 500 -> Sequoia Edition (x5), MG Special ->
  Fieldbook Add-on (x120), MG Advanced -> Pulse Analytics Add-on (x6).
- Type: "new" (new logo) when nobody at Fernhill had won the account before (in the kept
  data, by close date) or no account; else "renewal" when crc % 3 == 0, else "expansion".
- term_months: new and renewal 12/24/36 (crc // 7 % 3); expansion 12 (co-termed).
- Cancelled: a won deal closing on or before 2026-10-31 with crc % 11 == 0 is cancelled
  (contract cancelled or churned) 10-159 days after close, capped at the as-of date.
- Ramping reps: Tessa Ngata starts 2026-06-01 and Luis Carvajal 2026-08-17; their
  opportunities closing before the start are dropped.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 20)

AGENTS = {
    "Darcel Schlecht": "Brooke Halvorsen",
    "Anna Snelling": "Devin Okoro",
    "Kary Hendrixson": "Megan Castellanos",
    "Vicki Laflamme": "Tyler Brandvold",
    "Versie Hillebrand": "Aaliyah Pruitt",
    "Cassey Cress": "Graham Whitcombe",
    "Zane Levy": "Jasmine Teagarden",
    "Corliss Cosme": "Nolan Fairbrother",
    "Markita Hansen": "Simone Achterberg",
    "James Ascencio": "Ricardo Villaseñor",
    "Reed Clapper": "Hannah Lindqvist",
    "Moses Frase": "Caleb Stroud",
    "Violet Mclelland": "Tessa Ngata",
    "Hayden Neloms": "Luis Carvajal",
}
ROSTER = [
    # id, manager, territory, start_date
    ("Brooke Halvorsen", "Dana Whitlock", "Northeast", ""),
    ("Devin Okoro", "Dana Whitlock", "Northeast", ""),
    ("Aaliyah Pruitt", "Dana Whitlock", "Northeast", ""),
    ("Graham Whitcombe", "Dana Whitlock", "Northeast", ""),
    ("Tessa Ngata", "Dana Whitlock", "Northeast", "2026-06-01"),
    ("Megan Castellanos", "Marcus Oyelaran", "Central", ""),
    ("Nolan Fairbrother", "Marcus Oyelaran", "Central", ""),
    ("Hannah Lindqvist", "Marcus Oyelaran", "Central", ""),
    ("Caleb Stroud", "Marcus Oyelaran", "Central", ""),
    ("Tyler Brandvold", "Priya Raman", "West", ""),
    ("Jasmine Teagarden", "Priya Raman", "West", ""),
    ("Simone Achterberg", "Priya Raman", "West", ""),
    ("Ricardo Villaseñor", "Priya Raman", "West", ""),
    ("Luis Carvajal", "Priya Raman", "West", "2026-08-17"),
]
START = {r[0]: r[3] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("Sapling Edition", 20), "GTX Plus Basic": ("Bracken Edition", 20),
    "GTXPro": ("Canopy Edition", 12), "GTX Pro": ("Canopy Edition", 12),
    "GTX Plus Pro": ("Redwood Edition", 14), "GTK 500": ("Sequoia Edition", 5),
    "MG Special": ("Fieldbook Add-on", 120), "MG Advanced": ("Pulse Analytics Add-on", 6),
}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def crc(s):
    return zlib.crc32(s.encode())


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    c = crc(oid)
    if r["sales_agent"] not in AGENTS or c % 5 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    product, factor = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = AS_OF + dt.timedelta(days=1 + c // 11 % 70)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.7"
        if stage == "lost" and close > AS_OF:
            continue   # not yet decided at the as-of date: left out
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    if stage == "lost" and value <= 0:
        value = PRICE[r["product"]]   # a closed-lost deal keeps the ACV it was quoted at
    rows.append(dict(id=oid, seller=seller, amount=f"{round(value * factor):.2f}",
                     close_date=close.isoformat(), stage=stage, product=product,
                     account=r["account"], probability=prob, crc=c))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct, c = x["account"], x["crc"]
    if not acct or acct not in won_accounts:
        x["type"] = "new"
    else:
        x["type"] = "renewal" if c % 3 == 0 else "expansion"
    x["term_months"] = "12" if x["type"] == "expansion" else ["12", "24", "36"][c // 7 % 3]
    x["name"] = f"{acct or 'Unassigned'} {x['product']}"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-10-31" and x["crc"] % 11 == 0:
        cd = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=10 + x["crc"] // 13 % 150)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(cd, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["split"], x["currency"] = "1", "USD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date"])
    for sid, mgr, terr, start in ROSTER:
        w.writerow([sid, sid, mgr, terr, "Account Executive", start, ""])
print(len(rows), "lines")
