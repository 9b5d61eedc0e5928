#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the eightyfourth workspace (MavenTech field sales,
"Grand Tour" plan, calendar plan year 2026, USD, monthly payouts) from the real Maven CRM
export (/work/shared/data/maven-crm/). Standard library only; deterministic: no random
module and no clock (every choice is taken from an MD5 hash of the opportunity id).

- 15 Maven agents are kept AS THEY ARE (their real names, managers and regional offices):
  Melvin Marxen's Central team, Rocco Neubert's East team and Summer Sewald's West team.
  Two carry a nickname quoted in the roster name (Gladys "Gigi" Colclough, Donn "Sonny"
  Cantrell); the seller id is the plain full name.
- Products, accounts and close values (USD) are the export's own ("GTXPro" -> "GTX Pro").
- Dates: Maven close dates (1 Mar - 31 Dec 2017) move 9 years forward and 59 days back, so
  they fall 1 Jan - 2 Nov 2026. AS OF = 2026-09-18. A Won opportunity that now closes after
  it is an open deal (probability 0.7) at its shifted date; a Lost one after it is an open
  deal (probability 0.3). Engaging / Prospecting opportunities are open deals at the
  product's list price, probability 0.5 / 0.2, expected to close 1 Oct - 29 Dec 2026.
- Type: "new" (a new logo) when the seller had won nothing at the account before in 2026
  (or the account is blank), else "expansion".
- Mid-year joiners: Cassey Cress starts 2026-04-13, Kami Bicknell 2026-06-15; their
  opportunities closing before the start date are dropped (someone else's book).
- Cancelled: a won deal closing on or before 2026-08-31 whose id hash is 0 mod 37 is
  cancelled 10-159 days after close (capped at the as-of date).
"""
import csv, datetime as dt, hashlib, os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 9, 18)

ROSTER = [
    # id, roster name, manager, territory, start_date
    ("Jonathan Berthelot", "Jonathan Berthelot", "Melvin Marxen", "Central", ""),
    ("Marty Freudenburg", "Marty Freudenburg", "Melvin Marxen", "Central", ""),
    ("Gladys Colclough", 'Gladys "Gigi" Colclough', "Melvin Marxen", "Central", ""),
    ("Niesha Huffines", "Niesha Huffines", "Melvin Marxen", "Central", ""),
    ("Darcel Schlecht", "Darcel Schlecht", "Melvin Marxen", "Central", ""),
    ("Daniell Hammack", "Daniell Hammack", "Rocco Neubert", "East", ""),
    ("Cassey Cress", "Cassey Cress", "Rocco Neubert", "East", "2026-04-13"),
    ("Donn Cantrell", 'Donn "Sonny" Cantrell', "Rocco Neubert", "East", ""),
    ("Reed Clapper", "Reed Clapper", "Rocco Neubert", "East", ""),
    ("Boris Faz", "Boris Faz", "Rocco Neubert", "East", ""),
    ("James Ascencio", "James Ascencio", "Summer Sewald", "West", ""),
    ("Kary Hendrixson", "Kary Hendrixson", "Summer Sewald", "West", ""),
    ("Kami Bicknell", "Kami Bicknell", "Summer Sewald", "West", "2026-06-15"),
    ("Zane Levy", "Zane Levy", "Summer Sewald", "West", ""),
    ("Maureen Marcano", "Maureen Marcano", "Summer Sewald", "West", ""),
]
START = {r[0]: r[4] for r in ROSTER}
PRICE = {r["product"]: r["sales_price"] for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def h(s, salt=""):
    return int(hashlib.md5((salt + s).encode()).hexdigest(), 16)


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    seller = r["sales_agent"]
    if seller not in START:
        continue
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    st = r["deal_stage"]
    prob = ""
    if st in ("Engaging", "Prospecting"):
        stage = "open"
        close = dt.date(2026, 10, 1) + dt.timedelta(days=h(r["opportunity_id"], "c") % 90)
        amount = float(PRICE[r["product"]])
        prob = "0.5" if st == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        amount = float(r["close_value"] or 0)
        stage = "won" if st == "Won" else "lost"
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
            if amount <= 0:
                amount = float(PRICE[r["product"]])
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if stage == "won" and amount <= 0:
        continue
    rows.append(dict(id=r["opportunity_id"], seller=seller, account=r["account"],
                     product=product, amount=f"{amount:.2f}", close_date=close.isoformat(),
                     stage=stage, probability=prob))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_at = set()
for x in rows:
    key = (x["seller"], x["account"])
    x["type"] = "new" if (not x["account"] or key not in won_at) else "expansion"
    if x["stage"] == "won" and x["account"]:
        won_at.add(key)
    x["name"] = f'{x["account"] or "Unassigned"} {x["product"]}'

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-08-31" and h(x["id"], "x") % 37 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=10 + h(x["id"], "d") % 150)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date",
        "stage", "split", "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for x in rows:
        x["split"], x["currency"] = "1", "USD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date"])
    for sid, name, mgr, terr, start in ROSTER:
        w.writerow([sid, name, mgr, terr, "Sales Agent", start])
print(len(rows), "lines")
