#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the eightysixth workspace (MavenTech field sales,
plan year 1 April 2026 - 31 March 2027, USD) from the real Maven CRM export
(/work/shared/data/maven-crm/), kept as it is. Standard library only; deterministic (no
random numbers, no clock: every choice is a CRC-32 of the opportunity id).

- 15 Maven agents keep their real names, managers and regional offices: Dustin Brinkmann's
  five (Central), Cara Losch's five (East), Summer Sewald's five (West). Two carry a
  nickname on the roster; two join mid-year (their opportunities closing before the start
  date are dropped).
- Dates: Maven close dates (1 Mar - 31 Dec 2017) move 9 years and 31 days forward, so they
  fall 1 Apr 2026 - 31 Jan 2027. AS OF = 2026-11-30: a Won opportunity that now closes after
  it becomes an open deal (probability 0.7) at its shifted date.
- Products as the price list spells them ("GTXPro" -> "GTX Pro"); amount = close_value (USD).
  Open Maven opportunities (Engaging 0.5 / Prospecting 0.2) carry their product's list
  price and an expected close in December 2026 (day = CRC % 31 + 1).
- Type: "new" when nobody in this roster had won the account before (or no account),
  else "expansion".
- Cancelled: a won deal closing by 2026-10-31 whose CRC % 19 == 0 is cancelled
  CRC % 150 + 15 days after close (cancel date capped at the as-of date).
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 30)

ROSTER = [
    # id, roster name, manager, territory, start_date
    ("Anna Snelling", "Anna Snelling", "Dustin Brinkmann", "Central", ""),
    ("Cecily Lampkin", "Cecily Lampkin", "Dustin Brinkmann", "Central", ""),
    ("Versie Hillebrand", "Versie Hillebrand", "Dustin Brinkmann", "Central", ""),
    ("Lajuana Vencill", 'Lajuana "Juju" Vencill', "Dustin Brinkmann", "Central", ""),
    ("Moses Frase", "Moses Frase", "Dustin Brinkmann", "Central", ""),
    ("Violet Mclelland", "Violet Mclelland", "Cara Losch", "East", ""),
    ("Corliss Cosme", "Corliss Cosme", "Cara Losch", "East", "2026-10-01"),
    ("Rosie Papadopoulos", "Rosie Papadopoulos", "Cara Losch", "East", ""),
    ("Garret Kinder", "Garret Kinder", "Cara Losch", "East", ""),
    ("Wilburn Farren", "Wilburn Farren", "Cara Losch", "East", ""),
    ("James Ascencio", "James Ascencio", "Summer Sewald", "West", ""),
    ("Kary Hendrixson", "Kary Hendrixson", "Summer Sewald", "West", ""),
    ("Kami Bicknell", "Kami Bicknell", "Summer Sewald", "West", ""),
    ("Zane Levy", "Zane Levy", "Summer Sewald", "West", "2026-08-17"),
    ("Maureen Marcano", 'Maureen "Mo" Marcano', "Summer Sewald", "West", ""),
]
AGENTS = {r[0] for r in ROSTER}
START = {r[0]: r[4] for r in ROSTER}
PRICE = {r["product"]: r["sales_price"] for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]

def crc(s):
    return zlib.crc32(s.encode())

def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) + dt.timedelta(days=31)

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    seller = r["sales_agent"]
    if seller not in AGENTS:
        continue
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 12, 1) + dt.timedelta(days=crc(r["opportunity_id"]) % 31)
        amount = f"{int(PRICE[r['product']]):d}.00"
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        amount = f"{int(r['close_value'] or 0):d}.00"
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.7"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if stage == "won" and amount == "0.00":
        continue
    rows.append(dict(id=r["opportunity_id"], seller=seller, account=r["account"],
                     product=product, amount=amount, close_date=close.isoformat(),
                     stage=stage, probability=prob))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    x["type"] = "expansion" if acct and acct in won_accounts else "new"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
    x["name"] = f"{acct or 'No account'} {x['product']}"

for x in rows:
    h = crc(x["id"])
    if x["stage"] == "won" and x["close_date"] <= "2026-10-31" and h % 19 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=h % 150 + 15)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        w.writerow({**{k: x.get(k, "") for k in cols}, "split": "1", "currency": "USD"})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date"])
    for sid, name, mgr, terr, start in ROSTER:
        w.writerow([sid, name, mgr, terr, "Sales Agent", start, ""])
print(len(rows), "lines")
