#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the seventythird workspace (Keystone Benefits Group,
an employee-benefits insurance brokerage; plan year 1 January - 31 December 2026, USD) from
the real Maven CRM export (/work/shared/data/maven-crm/). Standard library only;
deterministic: no random numbers, no clock (choices come from a CRC-32 of the opportunity id).

- 14 Maven agents are re-cast as Keystone producers (AGENTS below); an opportunity is kept
  when crc32(id) % 3 == 0, so each producer carries a realistic case count.
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so won
  cases fall 1 Jan - 31 Aug 2026. AS OF = 2026-08-31: a Won opportunity that now closes after
  it becomes an open case ("in quote", probability 0.75) at the line's list price.
- Products (benefit lines): GTX Basic -> Dental, GTX Plus Basic -> Vision, GTX Pro -> Group
  Medical, GTX Plus Pro -> Life & Disability, GTK 500 -> Self-Funded Medical, MG Special ->
  Voluntary Accident, MG Advanced -> Critical Illness. Amount = first-year annualized
  brokerage revenue (commission and fees) on the case = close_value x FACTOR[line].
- Lost opportunities ("stayed put") carry the line's list price (x FACTOR) as the quoted
  value; those whose shifted close falls after the as-of date are left out.
- Type, per producer and employer group (account), in close-date order over won and
  cancelled cases: the producer's first won case with the group is "new" (a broker-of-record
  win, BOR); a later case of a line the producer has not yet placed there is "cross-sell";
  a later case of a line already placed there is "renewal". Lost and open cases take the
  type they would have if won on their date. Open cases with no account are "new".
- Open Maven opportunities (Engaging 0.6 / Prospecting 0.25) carry the line's list price
  (x FACTOR). Every open case has an expected bind date in August 2026 (1 + crc32(id + "c")
  % 31), on or before the as-of date: still in quote at 31 August.
- Cancelled ("termed"): the won cases with crc32(id) % 11 == 0 that closed by 2026-07-31
  are cancelled 15 + crc32(id) % 200 days after close (cancel date capped at the as-of date).
- Producers who join mid-year keep only cases closing on or after their start date.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 31)

AGENTS = {
    "Darcel Schlecht": "Megan Sorensen",
    "Anna Snelling": "Robert Kowalski",
    "Versie Hillebrand": "Chris Albright",
    "Moses Frase": "Tanya Brooks",
    "Lajuana Vencill": "Luis Ortega",
    "Cecily Lampkin": "Heather Lindqvist",
    "Gladys Colclough": "Darnell Price",
    "Kary Hendrixson": "Kevin Doyle",
    "Cassey Cress": "Chris Nakamura",
    "Zane Levy": "Alicia Fernandez",
    "Corliss Cosme": "Jennifer Walsh",
    "Kami Bicknell": "Sam Patel",
    "Violet Mclelland": "Brianna Hughes",
    "Jonathan Berthelot": "Owen Fitzgerald",
}
ROSTER = [
    # id, roster name, manager, territory, role, start_date, quota:new_revenue
    ("Megan Sorensen", "Megan Sorensen", "Theresa Vaughn", "Columbus", "Senior Producer", "", "150000.00"),
    ("Robert Kowalski", 'Robert "Bobby" Kowalski', "Theresa Vaughn", "Columbus", "Producer", "", ""),
    ("Chris Albright", "Chris Albright", "Theresa Vaughn", "Columbus", "Producer", "", ""),
    ("Chris Nakamura", "Chris Nakamura", "Theresa Vaughn", "Columbus", "Producer", "", ""),
    ("Tanya Brooks", "Tanya Brooks", "Theresa Vaughn", "Columbus", "Producer", "", ""),
    ("Heather Lindqvist", "Heather Lindqvist", "Theresa Vaughn", "Columbus", "Producer", "", ""),
    ("Darnell Price", "Darnell Price", "Theresa Vaughn", "Columbus", "Producer", "2026-04-13", ""),
    ("Kevin Doyle", "Kevin Doyle", "Greg Mancuso", "Cleveland", "Producer", "", ""),
    ("Luis Ortega", "Luis Ortega", "Greg Mancuso", "Cleveland", "Producer", "", ""),
    ("Alicia Fernandez", "Alicia Fernandez", "Greg Mancuso", "Cleveland", "Producer", "", ""),
    ("Jennifer Walsh", 'Jennifer "Jenna" Walsh', "Greg Mancuso", "Cleveland", "Producer", "", ""),
    ("Sam Patel", "Sam Patel", "Greg Mancuso", "Cleveland", "Producer", "", ""),
    ("Brianna Hughes", "Brianna Hughes", "Greg Mancuso", "Cleveland", "Producer", "", ""),
    ("Owen Fitzgerald", "Owen Fitzgerald", "Greg Mancuso", "Cleveland", "Producer", "2026-06-01", ""),
]
START = {r[0]: r[5] for r in ROSTER}
LINE = {
    "GTX Basic": "Dental", "GTX Plus Basic": "Vision", "GTXPro": "Group Medical",
    "GTX Pro": "Group Medical", "GTX Plus Pro": "Life & Disability",
    "GTK 500": "Self-Funded Medical", "MG Special": "Voluntary Accident",
    "MG Advanced": "Critical Illness",
}
FACTOR = {"Dental": 6, "Vision": 2, "Group Medical": 5, "Life & Disability": 2,
          "Self-Funded Medical": 3, "Voluntary Accident": 40, "Critical Illness": 1}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def h(s):
    return zlib.crc32(s.encode())


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or h(oid) % 3 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    line = LINE[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 8, 1) + dt.timedelta(days=h(oid + "c") % 31)
        value = PRICE[r["product"]]
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.75"
            close = dt.date(2026, 8, 1) + dt.timedelta(days=h(oid + "c") % 31)
            value = PRICE[r["product"]]
        if stage == "lost" and close > AS_OF:
            continue  # not yet decided at the as-of date
        if stage == "lost":
            value = PRICE[r["product"]]  # the quoted value (Maven keeps 0 for lost)
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    amount = round(value * FACTOR[line], 2)
    rows.append(dict(id=oid, seller=seller, account=r["account"], product=line,
                     amount=f"{amount:.2f}", close_date=close.isoformat(), stage=stage,
                     probability=prob))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
placed = {}  # (seller, account) -> lines won there
for x in rows:
    acct = x["account"]
    key = (x["seller"], acct)
    if not acct or key not in placed:
        x["type"] = "new"
    elif x["product"] in placed[key]:
        x["type"] = "renewal"
    else:
        x["type"] = "cross-sell"
    if x["stage"] == "won" and acct:
        placed.setdefault(key, set()).add(x["product"])
    x["name"] = f"{acct or 'Prospect'} {x['product']}"

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-07-31" and h(x["id"]) % 11 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=15 + h(x["id"]) % 200)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for x in rows:
        x["currency"] = "USD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "quota:new_revenue"])
    for row in ROSTER:
        w.writerow(row)
print(len(rows), "lines")
