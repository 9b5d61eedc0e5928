#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the ninetysecond workspace (MavenTech field sales,
"Mission Control" plan year 1 March 2026 - 28 February 2027, USD, MONTHLY payouts) from the
real Maven CRM export (/work/shared/data/maven-crm/), AS IT IS. Standard library only;
deterministic: every choice is a CRC-32 of the opportunity id (no random, no clock).

- Every opportunity is kept. id = opportunity_id; seller = the agent's full name as the CRM
  spells it; account as exported; product as the price list spells it ("GTXPro" -> "GTX Pro");
  amount = close_value in USD.
- Dates: Maven close dates (1 Mar - 31 Dec 2017) move exactly 9 years forward, so they fall
  1 Mar - 31 Dec 2026. AS OF = 2026-10-31: a Won opportunity that now closes after it becomes an
  open deal (probability 0.8) at its shifted date (November/December 2026).
- Open opportunities (Engaging 0.6 / Prospecting 0.25) carry their product's list price and a
  forecast close on day 1 + CRC % 28 of November 2026 .. February 2027 (month = CRC // 28 % 4).
- Lost opportunities keep their close value (0.00) and shifted close date.
- Type: "new" (a new logo) when nobody at MavenTech had won the account on a date before the
  deal's close date (in this data), or no account; else "expansion".
- Cancelled: a won deal closing on or before 2026-09-30 whose CRC % 37 == 0 is cancelled
  15 + (CRC // 37) % 150 days after close (capped at the as-of date).
- Roster: the 35 agents of sales_teams.csv, managers and regional offices as exported. The five
  agents with no opportunity (Mei-Mei Johns, Elizabeth Anderson, Natalya Ivanova, Carol
  Thompson, Carl Lin) joined on 2026-09-01. Senior Agents carry their own Booked Revenue quota:
  Darcel Schlecht 600,000, Vicki Laflamme 400,000 (plan 300,000).
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 31)
JOINERS = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
SENIOR = {"Darcel Schlecht": "600000.00", "Vicki Laflamme": "400000.00"}
PRICE = {r["product"]: r["sales_price"] for r in csv.DictReader(open(f"{SRC}/products.csv"))}


def crc(s):
    return zlib.crc32(s.encode("utf-8"))


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    h = crc(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        month = [(2026, 11), (2026, 12), (2027, 1), (2027, 2)][h // 28 % 4]
        close = dt.date(month[0], month[1], 1 + h % 28)
        amount = f"{float(PRICE[product]):.2f}"
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        close = shift(r["close_date"])
        amount = f"{float(r['close_value'] or 0):.2f}"
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.8"
    rows.append(dict(id=oid, seller=r["sales_agent"], account=r["account"],
                     name=f"{r['account'] or 'No account'} {product}", product=product,
                     amount=amount, close_date=close.isoformat(), stage=stage, split="1",
                     probability=prob, term_months="", cancel_date="", currency="USD", h=h))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
first_win = {}
for x in rows:
    if x["stage"] == "won" and x["account"]:
        first_win.setdefault(x["account"], x["close_date"])
for x in rows:
    fw = first_win.get(x["account"]) if x["account"] else None
    x["type"] = "new" if (fw is None or fw >= x["close_date"]) else "expansion"
    if x["stage"] == "won" and x["close_date"] <= "2026-09-30" and x["h"] % 37 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=15 + (x["h"] // 37) % 150)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for x in rows:
        w.writerow(x)

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:booked"])
    for r in csv.DictReader(open(f"{SRC}/sales_teams.csv")):
        a = r["sales_agent"]
        w.writerow([a, a, r["manager"], r["regional_office"],
                    "Senior Agent" if a in SENIOR else "Sales Agent",
                    "2026-09-01" if a in JOINERS else "", "", SENIOR.get(a, "")])
print(len(rows), "lines")
