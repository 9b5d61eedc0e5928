#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the ninetieth workspace (MavenTech field sales,
"Clock Speed" plan, plan year 1 July 2026 - 30 June 2027, USD, MONTHLY payouts) from the
real Maven CRM export (/work/shared/data/maven-crm/), as it is: agent names, managers,
regional offices, accounts and products as the price list spells them ("GTXPro" ->
"GTX Pro"); amount = close_value in USD. Standard library only; deterministic: every
choice is made from the CRC-32 of the opportunity id (no random, no clock).

- Dates: every Maven date moves forward by the fixed number of days from 2017-03-01 to
  2026-07-01 (3,409 days), so Maven's March 2017 is July 2026 (M01) and the export's last
  close (2017-12-31) lands on 2027-05-01.
- AS OF = 2027-03-31 (end of M09 / Q3). A Won opportunity that now closes after it becomes
  an open deal (probability 0.7) at that date; a Lost one after it becomes open (0.3).
- Engaging / Prospecting opportunities are open deals (probability 0.6 / 0.25) at the
  product's list price, expected to close in April-June 2027 (day from the CRC).
- Type: "new" when nobody at MavenTech had won the account before (close-date order, then
  id), or no account; else "expansion".
- Cancellations: a won deal closing on or before 2027-02-28 whose CRC-32 is 7 mod 53 is
  cancelled 10-159 days after close (cancel date capped at the as-of date).
- Roster: the 35 agents of sales_teams.csv. The five with no opportunity (Mei-Mei Johns,
  Elizabeth Anderson, Natalya Ivanova, Carol Thompson, Carl Lin) start on 2027-01-04.
  Rosie Papadopoulos leaves on 2027-02-12 (her later wins stay in the
  export and credit no one). Senior Agents carry their own Hardware Revenue
  quota: Darcel Schlecht 700,000, Vicki Laflamme 450,000.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 3, 31)
SHIFT = dt.date(2026, 7, 1) - dt.date(2017, 3, 1)
LATE_JOINERS = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
JOIN = "2027-01-04"
LEAVER, LEAVE = "Rosie Papadopoulos", "2027-02-12"
SENIOR = {"Darcel Schlecht": "700000.00", "Vicki Laflamme": "450000.00"}


def crc(s):
    return zlib.crc32(s.encode("utf-8"))


PRICE = {r["product"]: r["sales_price"] for r in csv.DictReader(open(f"{SRC}/products.csv"))}
TEAMS = list(csv.DictReader(open(f"{SRC}/sales_teams.csv")))

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    h = crc(oid)
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2027, 4, 1) + dt.timedelta(days=h % 91)
        amount = f"{int(PRICE[product]):d}.00"
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = f"{int(r['close_value'] or 0):d}.00"
        if close > AS_OF:
            if stage == "lost":
                amount = f"{int(PRICE[product]):d}.00"
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    rows.append(dict(id=oid, seller=r["sales_agent"], account=r["account"],
                     name=(r["account"] + " " + product).strip(), product=product,
                     amount=amount, close_date=close.isoformat(), stage=stage, split="1",
                     probability=prob, term_months="", cancel_date="", currency="USD", h=h))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    x["type"] = "new" if (not acct or acct not in won_accounts) else "expansion"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2027-02-28" and x["h"] % 53 == 7:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=10 + (x["h"] >> 8) % 150)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        w.writerow(x)

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:hardware_revenue"])
    for t in TEAMS:
        a = t["sales_agent"]
        w.writerow([a, a, t["manager"], t["regional_office"],
                    "Senior Agent" if a in SENIOR else "Sales Agent",
                    JOIN if a in LATE_JOINERS else "", LEAVE if a == LEAVER else "",
                    SENIOR.get(a, "")])
print(len(rows), "lines")
