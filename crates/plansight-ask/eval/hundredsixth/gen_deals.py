#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredsixth workspace (MavenTech Field Sales,
"The Board" plan, plan year 1 March 2026 - 28 February 2027, USD, MONTHLY payouts) from the
real Maven CRM export (/work/shared/data/maven-crm/) as it is. Standard library only;
deterministic: every draw is the CRC-32 of the opportunity id (no random, no clock).

- Every opportunity of every agent is kept; seller = the agent as the CRM spells them;
  account and product as exported, the product as the price list spells it ("GTXPro" ->
  "GTX Pro"); amount = close_value in USD.
- Dates: Maven close dates (1 Mar - 31 Dec 2017) move exactly 9 years forward (1 Mar - 31 Dec
  2026). AS OF = 2026-11-30: a Won opportunity that now closes after it (December 2026)
  becomes an open deal (probability 0.8) at its close date, at its close value.
- Lost opportunities keep their close date and carry their product's list price; a Lost one
  that now closes after the as-of date is still open (probability 0.3) at that date.
- Engaging / Prospecting opportunities are open deals at list price with an expected close
  in January or February 2027 (day from the CRC), probability 0.6 / 0.25.
- Type: "new" when nobody had won the account before (by close date, then id) or no
  account; else "expansion".
- About one won deal in 45 that closes by 31 October 2026 (CRC % 45 == 7) is cancelled
  12-171 days after close (cancel date capped at the as-of date).
- Roster: the 35 agents of sales_teams.csv; the five with no opportunity (Mei-Mei Johns,
  Elizabeth Anderson, Natalya Ivanova, Carol Thompson, Carl Lin) joined on 2026-09-01.
  Senior Agents carry their own Revenue quota: Darcel Schlecht 600,000, Vicki Laflamme
  450,000.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 30)
JOINERS = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
QUOTA = {"Darcel Schlecht": "600000.00", "Vicki Laflamme": "450000.00"}

def crc(s, salt=""):
    return zlib.crc32((salt + s).encode())

PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
NAME = {"GTXPro": "GTX Pro"}

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    product = NAME.get(r["product"], r["product"])
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2027, 1, 1) + dt.timedelta(days=crc(oid, "close") % 59)
        value = PRICE[product]
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        d = dt.date.fromisoformat(r["close_date"])
        close = d.replace(year=d.year + 9)
        value = float(r["close_value"] or 0) if stage == "won" else PRICE[product]
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.8"
        elif stage == "lost" and close > AS_OF:
            stage, prob = "open", "0.3"
    rows.append(dict(id=oid, seller=r["sales_agent"], account=r["account"], product=product,
                     amount=f"{value:.2f}", close_date=close.isoformat(), stage=stage,
                     probability=prob, split="1"))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    x["type"] = "new" if (not acct or acct not in won_accounts) else "expansion"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
    x["name"] = f"{acct or 'Unassigned'} {x['product']}"

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-10-31" and crc(x["id"]) % 45 == 7:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=12 + crc(x["id"], "cx") % 160)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["currency"] = "USD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:revenue"])
    for t in csv.DictReader(open(f"{SRC}/sales_teams.csv")):
        a = t["sales_agent"]
        role = "Senior Agent" if a in QUOTA else "Sales Agent"
        w.writerow([a, a, t["manager"], t["regional_office"], role,
                    "2026-09-01" if a in JOINERS else "", "", QUOTA.get(a, "")])
print(len(rows), "lines,", sum(x["stage"] == "cancelled" for x in rows), "cancelled")
