#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredthird workspace (Lakes & Ohio Valley
Commercial Insurance Brokers, "LOV Brokers", plan year 2026, USD) from the real Maven CRM
export (/work/shared/data/maven-crm/). Standard library only; deterministic: every choice is
taken from the CRC-32 of the opportunity id (no random module, no clock).

- 15 Maven agents are re-cast as LOV producers and account executives (AGENTS below); an
  opportunity is kept when crc32(id) % 3 == 0, so each carries a realistic count of policies.
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so bound
  policies fall 1 Jan - 2 Nov 2026. AS OF = 2026-10-31: a Won opportunity that now closes
  after it becomes an open submission ("in market", probability 0.6) closing on that date.
- Lines of coverage (products): GTX Basic -> Commercial Auto, GTX Plus Basic -> General
  Liability, GTX Pro -> Commercial Property, GTX Plus Pro -> Workers Comp, MG Special ->
  Businessowners Package, MG Advanced -> Cyber Liability, GTK 500 -> Directors & Officers.
  amount = the agency's commission revenue on the bound policy = close_value x FACTOR.
- Type: the first opportunity of an account (by close date, in the kept data) is "new"
  (NB) unless crc % 4 == 0, then "renewal" (an account written before 2026); later ones
  are "renewal" (RN) when crc % 5 < 2, else "cross-sell" (account rounding).
- Open Maven deals (Engaging 0.5 / Prospecting 0.2) are submissions with a target bind date
  in November-December 2026 at list value x FACTOR.
- Won deals with crc % 31 == 7 (closing by 2026-09-30) are cancelled: flat cancels
  (crc % 2 == 0: 0-20 days after binding) or mid-term cancels (30-239 days after), the
  cancel date capped at the as-of date.
- Erin Kowalski joined on 2026-05-01 and Dmitri Vasquez on 2026-09-14: their opportunities
  closing before they joined are dropped.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 31)

AGENTS = {
    "Darcel Schlecht": "Trent Oduya",
    "Vicki Laflamme": "Kelsey Brandvold",
    "Kary Hendrixson": "Marcus Delgado",
    "Anna Snelling": "Brooke Hanlon",
    "Zane Levy": "Tobias Reinholt",
    "Jonathan Berthelot": "Priya Raman",
    "Gladys Colclough": "Wade Kimbrough",
    "Corliss Cosme": "Shannon McBride",
    "Maureen Marcano": "Jalen Whitaker",
    "Cassey Cress": "Erin Kowalski",
    "Kami Bicknell": "Hollis Tate",
    "Donn Cantrell": "Natalie Okonkwo",
    "Boris Faz": "Colby Ashworth",
    "Reed Clapper": "Ines Marchetti",
    "Moses Frase": "Dmitri Vasquez",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:nb override
    ("Trent Oduya", "Dana Whitcomb", "Columbus", "Senior Producer", "", "230000.00"),
    ("Kelsey Brandvold", "Dana Whitcomb", "Columbus", "Producer", "", ""),
    ("Marcus Delgado", "Dana Whitcomb", "Columbus", "Producer", "", ""),
    ("Brooke Hanlon", "Dana Whitcomb", "Columbus", "Producer", "", ""),
    ("Tobias Reinholt", "Dana Whitcomb", "Columbus", "Producer", "", ""),
    ("Priya Raman", "Lou Ferraro", "Indianapolis", "Producer", "", ""),
    ("Wade Kimbrough", "Lou Ferraro", "Indianapolis", "Producer", "", ""),
    ("Shannon McBride", "Lou Ferraro", "Indianapolis", "Producer", "", ""),
    ("Jalen Whitaker", "Lou Ferraro", "Indianapolis", "Producer", "", ""),
    ("Erin Kowalski", "Lou Ferraro", "Indianapolis", "Producer", "2026-05-01", ""),
    ("Hollis Tate", "Margaret Oyelaran", "Louisville", "Account Executive", "", ""),
    ("Natalie Okonkwo", "Margaret Oyelaran", "Louisville", "Account Executive", "", ""),
    ("Colby Ashworth", "Margaret Oyelaran", "Louisville", "Account Executive", "", ""),
    ("Ines Marchetti", "Margaret Oyelaran", "Louisville", "Account Executive", "", ""),
    ("Dmitri Vasquez", "Margaret Oyelaran", "Louisville", "Account Executive", "2026-09-14", ""),
]
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Commercial Auto", "GTX Plus Basic": "General Liability",
    "GTXPro": "Commercial Property", "GTX Pro": "Commercial Property",
    "GTX Plus Pro": "Workers Comp", "MG Special": "Businessowners Package",
    "MG Advanced": "Cyber Liability", "GTK 500": "Directors & Officers",
}
FACTOR = {"Commercial Auto": 2.5, "General Liability": 1.5, "Commercial Property": 0.9,
          "Workers Comp": 0.8, "Businessowners Package": 15, "Cyber Liability": 0.6,
          "Directors & Officers": 0.5}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def crc(s):
    return zlib.crc32(s.encode())


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    c = crc(oid)
    if r["sales_agent"] not in AGENTS or c % 3 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 11, 1) + dt.timedelta(days=(c >> 4) % 61)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob, close = "open", "0.6", AS_OF
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    amount = round(value * FACTOR[product], 2)
    rows.append(dict(id=oid, seller=seller, amount=f"{amount:.2f}", close_date=close.isoformat(),
                     stage=stage, product=product, account=r["account"], probability=prob,
                     term_months="12", crc=c))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
seen = set()
for x in rows:
    acct, c = x["account"], x["crc"]
    if not acct or acct not in seen:
        x["type"] = "renewal" if c % 4 == 0 else "new"
    else:
        x["type"] = "renewal" if c % 5 < 2 else "cross-sell"
    if acct:
        seen.add(acct)
    x["name"] = f"{acct or 'Unnamed insured'} {x['product']}"

for x in rows:
    c = x["crc"]
    if x["stage"] == "won" and x["close_date"] <= "2026-09-30" and c % 31 == 7:
        days = (c >> 6) % 21 if c % 2 == 0 else 30 + (c >> 6) % 210
        cd = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=days)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(cd, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["split"] = "1"
        x["currency"] = "USD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:nb"])
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", q])
print(len(rows), "lines")
