#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the seventysixth workspace (MavenTech field sales,
"Field Sales Compensation Plan FY2026/27", plan year 1 April 2026 - 31 March 2027, USD,
monthly payouts) from the real Maven CRM export (/work/shared/data/maven-crm/).
Standard library only; deterministic (no random numbers, no clock): every choice below is
made from a CRC-32 of the opportunity id.

- The export is kept as it is: opportunity ids, the agents' real names, their real managers
  and regional offices, accounts, products (the price list's spelling: "GTXPro" in the
  pipeline is "GTX Pro"), close values in USD. Only three of the six Maven teams are on this
  plan: Dustin Brinkmann (Central), Cara Losch (East) and Summer Sewald (West), 15 agents.
- Dates: every Maven date moves 9 years and 31 days forward (2017-03-01 -> 2026-04-01,
  2017-12-31 -> 2027-01-31), so won deals fall 1 April 2026 - 31 January 2027.
- AS OF = 2026-11-30. A Won opportunity that now closes after it becomes an open deal
  (probability 0.8) at its shifted date. Engaging / Prospecting opportunities are open deals
  (probability 0.6 / 0.25) at their product's list price, with an expected close between
  1 December 2026 and 28 February 2027 (from the id). Lost deals keep the export's close
  value (0) and their shifted close date.
- Mid-year joiners: Rosie Papadopoulos starts 2026-07-06 and Kami Bicknell 2026-09-14; their
  Maven opportunities that close before the start date are dropped.
- Type: "new" (a new logo: no won deal with that account closed before it in this file, or
  no account), else "expansion".
- Cancelled: a won deal closed on or before 2026-11-10 whose CRC-32 is 7 modulo 40 is
  cancelled 20-159 days after close (capped at the as-of date).
- Nicknames: the roster quotes two (Cecily "Cece" Lampkin, Wilburn "Buddy" Farren); the
  seller id everywhere is the full name without the nickname.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 30)
CANCEL_BY = dt.date(2026, 11, 10)

TEAMS = ["Dustin Brinkmann", "Cara Losch", "Summer Sewald"]
NICK = {"Cecily Lampkin": 'Cecily "Cece" Lampkin', "Wilburn Farren": 'Wilburn "Buddy" Farren'}
START = {"Rosie Papadopoulos": dt.date(2026, 7, 6), "Kami Bicknell": dt.date(2026, 9, 14)}

def h(s, salt=""):
    return zlib.crc32((salt + s).encode())

def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) + dt.timedelta(days=31)

def money(x):
    return f"{x:.2f}"

roster = [r for r in csv.DictReader(open(f"{SRC}/sales_teams.csv")) if r["manager"] in TEAMS]
roster = [r for r in roster if r["sales_agent"] not in ("Elizabeth Anderson", "Carl Lin")]
AGENTS = {r["sales_agent"] for r in roster}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    if r["sales_agent"] not in AGENTS:
        continue
    seller = r["sales_agent"]
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    oid = r["opportunity_id"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 12, 1) + dt.timedelta(days=h(oid, "close") % 90)
        value = PRICE[product]
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.8"
    if seller in START and close < START[seller]:
        continue
    if value <= 0 and stage == "won":
        continue
    rows.append(dict(id=oid, seller=seller, account=r["account"], product=product,
                     name=(r["account"] + " " + product).strip(), amount=money(value),
                     close_date=close.isoformat(), stage=stage, probability=prob))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    x["type"] = "new" if (not acct or acct not in won_accounts) else "expansion"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)

for x in rows:
    c = dt.date.fromisoformat(x["close_date"])
    if x["stage"] == "won" and c <= CANCEL_BY and h(x["id"]) % 40 == 7:
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c + dt.timedelta(days=20 + h(x["id"], "cancel") % 140), AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in sorted(rows, key=lambda x: (x["seller"], x["close_date"], x["id"])):
        w.writerow({**{k: x.get(k, "") for k in cols}, "split": "1", "currency": "USD"})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date"])
    for r in roster:
        sid = r["sales_agent"]
        start = START.get(sid)
        w.writerow([sid, NICK.get(sid, sid), r["manager"], r["regional_office"],
                    "Sales Agent", start.isoformat() if start else "", ""])
print(len(rows), "lines")
