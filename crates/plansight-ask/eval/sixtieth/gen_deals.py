#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the sixtieth workspace (Pellow Hartley Insurance
Brokers, UK commercial lines, plan year 1 January - 31 December 2026, GBP) from the real
Maven CRM export (/work/shared/data/maven-crm/). Standard library only; deterministic: no
random numbers, no clock (every choice is a CRC-32 of the opportunity id).

- 14 Maven agents are re-cast as Pellow Hartley account executives ("brokers", AGENTS
  below); an opportunity is kept when crc32(id) % 5 == 0 (about one in five).
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so they fall
  1 Jan - 2 Nov 2026. AS OF = 2026-09-30: a Won opportunity that now closes after it becomes
  an open deal ("in quote", probability 0.7) at its shifted date.
- Products (lines of cover): GTX Basic -> Tradesman Liability, GTX Plus Basic -> Fleet Motor,
  GTX Pro -> Commercial Property, GTX Plus Pro -> Professional Indemnity, MG Special ->
  Cyber Cover, MG Advanced -> Directors & Officers, GTK 500 -> Marine Cargo.
- Amount = the policy's annual gross written premium in GBP = Maven close value x 3 (open
  deals: the product's list price x 3).
- Type: "new" when nobody at Pellow Hartley had bound the account before (in the kept
  data, by close date), else "renewal" when crc32 % 10 < 6, else "mta" (mid-term adjustment).
- Open Maven deals (Engaging 0.5 / Prospecting 0.2) carry an expected close date in
  October-November 2026.
- Won deals closing before a broker's start date are dropped. 16 won deals (crc32 % 23 == 0
  among those closed by 2026-08-31) are cancelled ("NTU") 15-150 days after close, cancel
  date capped at the as-of date.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 9, 30)

def h(s, salt=""):
    return zlib.crc32((salt + s).encode())

AGENTS = {
    "Darcel Schlecht": "Oliver Ashworth",
    "Anna Snelling": "Charlotte Penhaligon",
    "Kary Hendrixson": "Rajesh Varma",
    "Kami Bicknell": "Eleanor Whitcombe",
    "Versie Hillebrand": "Tom Fairbairn",
    "Zane Levy": "Sophie Llewellyn",
    "Cassey Cress": "Hamish Dunlop",
    "Vicki Laflamme": "Megan Holroyd",
    "Jonathan Berthelot": "Callum McIntyre",
    "Gladys Colclough": "Bethany Okonkwo",
    "Corliss Cosme": "Alexander Fraser",
    "Markita Hansen": "Priya Chauhan",
    "Maureen Marcano": "Joseph Kettering",
    "Donn Cantrell": "Laura Pritchard",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:new_business
    ("Oliver Ashworth", "Fiona Marchbank", "London & South East", "Senior Account Executive", "", "500000.00"),
    ("Charlotte Penhaligon", "Fiona Marchbank", "London & South East", "Account Executive", "", ""),
    ("Rajesh Varma", "Fiona Marchbank", "London & South East", "Account Executive", "", ""),
    ("Eleanor Whitcombe", "Fiona Marchbank", "London & South East", "Account Executive", "", ""),
    ("Tom Fairbairn", "Fiona Marchbank", "London & South East", "Account Executive", "", ""),
    ("Sophie Llewellyn", "Fiona Marchbank", "London & South East", "Account Executive", "", ""),
    ("Hamish Dunlop", "Fiona Marchbank", "London & South East", "Account Executive", "2026-05-01", ""),
    ("Megan Holroyd", "Gareth Pryce", "Midlands & North", "Senior Account Executive", "", "160000.00"),
    ("Callum McIntyre", "Gareth Pryce", "Midlands & North", "Account Executive", "", ""),
    ("Bethany Okonkwo", "Gareth Pryce", "Midlands & North", "Account Executive", "", ""),
    ("Alexander Fraser", "Gareth Pryce", "Midlands & North", "Account Executive", "", ""),
    ("Priya Chauhan", "Gareth Pryce", "Midlands & North", "Account Executive", "", ""),
    ("Joseph Kettering", "Gareth Pryce", "Midlands & North", "Account Executive", "", ""),
    ("Laura Pritchard", "Gareth Pryce", "Midlands & North", "Account Executive", "2026-07-01", ""),
]
START = {r[0]: r[4] for r in ROSTER}
NAME = {"Eleanor Whitcombe": 'Eleanor "Nell" Whitcombe', "Alexander Fraser": 'Alexander "Sandy" Fraser'}
PRODUCT = {
    "GTX Basic": "Tradesman Liability", "GTX Plus Basic": "Fleet Motor",
    "GTXPro": "Commercial Property", "GTX Pro": "Commercial Property",
    "GTX Plus Pro": "Professional Indemnity", "GTK 500": "Marine Cargo",
    "MG Special": "Cyber Cover", "MG Advanced": "Directors & Officers",
}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]

def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or h(oid) % 5:
        continue
    seller = AGENTS[r["sales_agent"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 10, 1) + dt.timedelta(days=h(oid, "close") % 61)
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
    rows.append(dict(id=oid, seller=seller, amount=f"{value * 3:.2f}",
                     close_date=close.isoformat(), stage=stage,
                     product=PRODUCT[r["product"]], account=r["account"], probability=prob))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
bound = set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in bound:
        x["type"] = "new"
    else:
        x["type"] = "renewal" if h(x["id"], "type") % 10 < 6 else "mta"
    if x["stage"] == "won" and acct:
        bound.add(acct)

won = [x for x in rows if x["stage"] == "won" and x["close_date"] <= "2026-08-31"]
picked = [x for x in won if h(x["id"], "ntu") % 23 == 0][:16]
for x in picked:
    c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=15 + h(x["id"], "days") % 136)
    x["stage"] = "cancelled"
    x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "amount", "close_date", "stage", "type", "product", "account",
        "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["currency"] = "GBP"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "quota:new_business"])
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, NAME.get(sid, sid), mgr, terr, role, start, q])
print(len(rows), "lines,", len(picked), "cancelled")
