#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the eightyeighth workspace (MavenTech Field Sales,
"The Forge Plan", plan year 1 February 2026 - 31 January 2027, USD) from the real Maven CRM
export (/work/shared/data/maven-crm/), as it is. Standard library only; deterministic: every
choice is drawn from the CRC-32 of the opportunity id (no random module, no clock).

- Every opportunity of the export is kept: id = opportunity_id, seller = the agent's name as
  the CRM spells it, account as exported, product as the price list spells it ("GTXPro" ->
  "GTX Pro"), amount = close_value in USD (lost and open deals, which have no close value,
  carry their product's list price).
- Dates: Maven close dates (1 Mar - 31 Dec 2017) move exactly 9 years forward, so won and
  lost deals close 1 Mar - 30 Nov 2026 (nothing in February 2026).
  AS OF = 2026-11-30: a Won opportunity that would now close in December 2026 is an open
  deal (probability 0.7); a December loss is dated 1 Nov 2026 + (crc % 30) days.
- Open deals (Maven Engaging 0.6 / Prospecting 0.25, and those December wins) carry an
  expected close date 1 Nov 2026 + (crc % 30) days: still open in November, this month.
- Type: "new" (a new logo) when no earlier won deal of any agent closed at that account
  (or the account is blank), else "expansion".
- Cancellations (an RMA): a won deal closing on or before 2026-10-31 whose crc % 50 == 7 is
  cancelled (crc // 50 % 140 + 10) days after close, capped at the as-of date.
- split 1 on every line; no term.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 30)
PRODUCT = {"GTXPro": "GTX Pro"}
PRICE = {r["product"]: r["sales_price"] for r in csv.DictReader(open(f"{SRC}/products.csv"))}
SENIOR = {"Darcel Schlecht": "700000.00", "Vicki Laflamme": "400000.00"}
# the five agents with no opportunity in the export joined mid-year
JOINED = {"Mei-Mei Johns": "2026-08-17", "Elizabeth Anderson": "2026-08-17",
          "Natalya Ivanova": "2026-08-17", "Carol Thompson": "2026-08-17",
          "Carl Lin": "2026-08-17"}


def crc(s):
    return zlib.crc32(s.encode("utf-8"))


def nine_years(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    c = crc(oid)
    product = PRODUCT.get(r["product"], r["product"])
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 11, 1) + dt.timedelta(days=c % 30)
        amount = PRICE[product]
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        close = nine_years(r["close_date"])
        amount = r["close_value"] if stage == "won" else PRICE[product]
        if close > AS_OF:  # December 2026: a win becomes open, a loss is dated in November
            if stage == "won":
                amount, prob, stage = r["close_value"], "0.7", "open"
            close = dt.date(2026, 11, 1) + dt.timedelta(days=c % 30)
    rows.append(dict(id=oid, seller=r["sales_agent"], account=r["account"],
                     name=(r["account"] + " " + product).strip(), product=product,
                     amount=f"{float(amount):.2f}", close_date=close.isoformat(), stage=stage,
                     split="1", probability=prob, term_months="", cancel_date="", currency="USD",
                     crc=c))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    x["type"] = "new" if (not acct or acct not in won_accounts) else "expansion"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-10-31" and x["crc"] % 50 == 7:
        cd = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=x["crc"] // 50 % 140 + 10)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(cd, AS_OF).isoformat()

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:system_sales"])
    for t in csv.DictReader(open(f"{SRC}/sales_teams.csv")):
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"],
                    "Senior Agent" if a in SENIOR else "Sales Agent",
                    JOINED.get(a, ""), "", SENIOR.get(a, "")])
print(len(rows), "lines")
