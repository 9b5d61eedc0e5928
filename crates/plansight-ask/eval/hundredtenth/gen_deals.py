#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredtenth workspace (MavenTech Field Sales,
Horology Plan FY2026-27, USD, plan year 1 May 2026 - 30 April 2027, MONTHLY payouts) from the
real Maven CRM export (/work/shared/data/maven-crm/), kept AS IT IS: every opportunity, the
agents' real names, their managers and regional offices, accounts and products as the price
list spells them ("GTXPro" -> "GTX Pro"). Standard library only; deterministic (CRC-32 of the
opportunity id decides every draw; no random module, no clock).

- amount = close_value in USD for won deals; lost and open opportunities carry their
  product's list price (sales_price).
- Dates: a Maven date moves 9 years and 2 months forward (day clamped to the month's end), so
  2017-03-01 -> 2026-05-01 and 2017-12-31 -> 2027-02-28. AS OF = 2027-01-31: a Won
  opportunity that now closes after it becomes an open deal (probability 0.8), keeping its
  close value and its re-dated close date.
- Open opportunities (Engaging 0.6 / Prospecting 0.25) get a forecast close date between
  2027-02-01 and 2027-04-28 (CRC-32 of the id mod 87 days).
- Type: "new" when nobody at MavenTech had won the account before (in close-date order), else
  "expansion".
- Cancelled (an RTV): a won deal closing on or before 2027-01-15 whose CRC-32 is 0 mod 37; the
  cancel date is 12 + (CRC-32 // 37 mod 140) days after close, capped at the as-of date.
- The five agents with no opportunity in the export joined on 2026-11-02; Rosie Papadopoulos
  left on 2026-12-18. Senior Agents carry their own Revenue quota (roster).
"""
import csv, datetime as dt, os, zlib, calendar

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 1, 31)

START = {"Mei-Mei Johns": "2026-11-02", "Elizabeth Anderson": "2026-11-02",
         "Natalya Ivanova": "2026-11-02", "Carol Thompson": "2026-11-02", "Carl Lin": "2026-11-02"}
END = {"Rosie Papadopoulos": "2026-12-18"}
ROLE_QUOTA = {"Darcel Schlecht": "900000.00", "Vicki Laflamme": "650000.00"}

def crc(s):
    return zlib.crc32(s.encode("utf-8"))

def shift(s):
    d = dt.date.fromisoformat(s)
    m = d.month + 2
    y = d.year + 9 + (m - 1) // 12
    m = (m - 1) % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

PRICE = {r["product"]: r["sales_price"] for r in csv.DictReader(open(f"{SRC}/products.csv"))}
def prod(p):
    return "GTX Pro" if p == "GTXPro" else p

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    product = prod(r["product"])
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2027, 2, 1) + dt.timedelta(days=crc(oid) % 87)
        amount = PRICE[product]
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        close = shift(r["close_date"])
        amount = r["close_value"] if stage == "won" else PRICE[product]
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.8"
    rows.append(dict(id=oid, seller=r["sales_agent"], account=r["account"],
                     product=product, amount=f"{float(amount):.2f}",
                     close_date=close.isoformat(), stage=stage, probability=prob))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    a = x["account"]
    x["type"] = "new" if (not a or a not in won_accounts) else "expansion"
    if x["stage"] == "won" and a:
        won_accounts.add(a)
    x["name"] = f'{a} {x["product"]}'.strip()
    c = crc(x["id"])
    if x["stage"] == "won" and x["close_date"] <= "2027-01-15" and c % 37 == 0:
        cd = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=12 + (c // 37) % 140)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(cd, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for x in rows:
        d = {k: x.get(k, "") for k in cols}
        d["split"] = "1"
        d["currency"] = "USD"
        w.writerow(d)

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:revenue"])
    for r in csv.DictReader(open(f"{SRC}/sales_teams.csv")):
        a = r["sales_agent"]
        role = "Senior Agent" if a in ROLE_QUOTA else "Sales Agent"
        w.writerow([a, a, r["manager"], r["regional_office"], role, START.get(a, ""), END.get(a, ""),
                    ROLE_QUOTA.get(a, "")])
print(len(rows), "lines")
