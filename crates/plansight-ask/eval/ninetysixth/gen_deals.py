#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the ninetysixth workspace (MavenTech field sales,
the Lightwork plan, plan year 1 April 2026 - 31 March 2027, MONTHLY payouts, USD) from the
real Maven CRM export (/work/shared/data/maven-crm/), as it is: every agent, manager,
regional office, account and opportunity id as exported; products as the price list spells
them ("GTXPro" -> "GTX Pro"); amount = close_value in USD. Standard library only;
deterministic: every choice is taken from the CRC-32 of the opportunity id (no random, no
clock).

- Dates: a Maven date moves 9 years and 1 month forward (2017-03-14 -> 2026-04-14; a day the
  new month lacks becomes its last day), so won deals fall 1 April 2026 - 31 January 2027.
  AS OF = 2026-12-31: a Won opportunity that now closes after it is an open deal
  (probability 0.8) at its shifted close date.
- Stages: Won -> won, Lost -> lost (close value 0.00 as exported), Engaging / Prospecting ->
  open at the product's list price, probability 0.6 / 0.25, expected close in January -
  March 2027 (day from the CRC).
- Type: "new" when nobody at MavenTech had won the account before this deal (by shifted
  close date, then id), or the deal has no account; else "expansion".
- Cancellations: a won deal closing on or before 2026-11-30 whose CRC-32 is 0 mod 37 is
  cancelled 10-159 days after close (CRC // 37 mod 150 + 10), capped at the as-of date.
- Roster: sales_teams.csv as it is. The five agents with no opportunity (Mei-Mei Johns,
  Elizabeth Anderson, Natalya Ivanova, Carol Thompson, Carl Lin) start on 2026-10-01.
  Darcel Schlecht (Senior Agent) carries a Platform quota of 550,000 (plan: 300,000).
"""
import csv, os, zlib, datetime as dt, calendar

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 12, 31)
LATE_START = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
SENIOR = {"Darcel Schlecht": "550000.00"}

PRICE = {r["product"]: r["sales_price"] for r in csv.DictReader(open(f"{SRC}/products.csv"))}

def crc(s):
    return zlib.crc32(s.encode("utf-8"))

def product_name(p):
    return "GTX Pro" if p == "GTXPro" else p

def shift(s):
    d = dt.date.fromisoformat(s)
    y, m = d.year + 9, d.month + 1
    if m == 13:
        y, m = y + 1, 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

def money(x):
    return f"{float(x):.2f}"

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid, stage_src = r["opportunity_id"], r["deal_stage"]
    c = crc(oid)
    product = product_name(r["product"])
    row = dict(id=oid, seller=r["sales_agent"], account=r["account"],
               name=(r["account"] + " " if r["account"] else "") + product,
               product=product, split="1", currency="USD", probability="", term_months="",
               cancel_date="")
    if stage_src in ("Engaging", "Prospecting"):
        row["stage"] = "open"
        row["probability"] = "0.6" if stage_src == "Engaging" else "0.25"
        row["amount"] = money(PRICE[product])
        row["close_date"] = (dt.date(2027, 1, 1) + dt.timedelta(days=c % 89)).isoformat()
    else:
        close = shift(r["close_date"])
        row["close_date"] = close.isoformat()
        row["amount"] = money(r["close_value"] or 0)
        if stage_src == "Lost":
            row["stage"] = "lost"
        elif close > AS_OF:
            row["stage"], row["probability"] = "open", "0.8"
        else:
            row["stage"] = "won"
            if close <= dt.date(2026, 11, 30) and c % 37 == 0:
                cd = close + dt.timedelta(days=(c // 37) % 150 + 10)
                row["stage"] = "cancelled"
                row["cancel_date"] = min(cd, AS_OF).isoformat()
    rows.append(row)

won_accounts = set()
for x in sorted(rows, key=lambda x: (x["close_date"], x["id"])):
    acct = x["account"]
    x["type"] = "new" if (not acct or acct not in won_accounts) else "expansion"
    if x["stage"] in ("won", "cancelled") and acct:
        won_accounts.add(acct)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for x in rows:
        w.writerow(x)

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:platform"])
    for t in csv.DictReader(open(f"{SRC}/sales_teams.csv")):
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"],
                    "Senior Agent" if a in SENIOR else "Sales Agent",
                    "2026-10-01" if a in LATE_START else "", "", SENIOR.get(a, "")])
print(len(rows), "lines")
