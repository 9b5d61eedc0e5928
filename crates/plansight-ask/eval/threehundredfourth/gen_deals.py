#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredfourth workspace (Nandi Systems &
Services Pvt Ltd, an invented Bengaluru IT services and hardware reseller; plan year FY 2026-27,
1 April 2026 - 31 March 2027, the Indian financial year; INR; MONTHLY payouts) from the real
Maven CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic (every
choice is an md5 hash of the opportunity id; no clock, no random stream).
Run: python3 gen_deals.py

- 17 Maven agents are re-cast as Nandi sales executives (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they are the
  data-centre server deals that are co-sold with the Data Centre Specialist), and every
  opportunity of Vicki Laflamme (re-cast as Srinivas Kondapalli, that specialist) is kept.
- Products keep the Maven price list's names (Nandi resells the GTX desktops, laptops and
  workstations and the GTK 500 rack server, and sells MG managed-services contracts). Amounts in
  INR, whole rupees: close value x the product's factor (won); lost and open deals carry the
  list price x the factor:
    GTX Basic (business desktop)        x 80      GTX Plus Basic (business laptop)     x 80
    GTX Pro (engineering workstation)   x 80      GTX Plus Pro (mobile workstation)    x 80
    GTK 500 (rack server)               x 80      MG Advanced (managed IT services)    x 80
    MG Special (annual maintenance contract, AMC)  x 250
- Dates: every Maven date moves forward by the same 3,318 days, so 1 March 2017 becomes
  1 April 2026 (the first day of FY 2026-27). AS OF = 2026-11-25. Won and Lost opportunities
  that would now close after it are not yet known and are dropped. Engaging opportunities are
  open deals ("PO awaited") at probability 0.5, their expected PO date 1 October 2026 + (hash
  mod 56) days; Prospecting ones at 0.2, 15 October 2026 + (hash mod 42) days: every expected
  date is in Q3 on or before the as-of date (the CRM's PO-expected dates of this quarter, none
  received yet), so a deal of the pipeline won at its expected date counts as of the as-of date.
- Accounts: Maven's account names as exported (Nandi's customers' India entities). An
  opportunity with no account gets one by hash.
- Type (plan.md 3.5): hash mod 6 = 0 -> "new" (a new logo: the customer entity's first PO);
  else an MG Special or MG Advanced -> "renewal" when hash mod 3 = 0; else "repeat".
- Splits (plan.md 3.4): a won or cancelled GTK 500 of any executive but Srinivas Kondapalli is
  two lines with the same id: 75% to the executive and 25% to Srinivas Kondapalli.
- Cancellations ("order reversals"): a won deal closed on or before 2026-11-10 with hash mod 24
  = 0 is cancelled, cancel_date = close + 8 + (hash mod 140) days, at the latest the as-of date
  (plan.md 11: only reversals within 90 days of the close are clawed back).
- Roster: Lakshmi Narayanan (Key Account Manager) carries her own quarterly hardware quota and
  target incentive; Srinivas Kondapalli (Data Centre Specialist) his own quarterly hardware
  quota; Shalini Murthy (Managed Services Lead) her own annual services quota. Sneha Kulkarni
  joined on 2026-08-17 (her deals before it are dropped); Vikram Shetty left on 2026-10-16 (his
  deals after it and his open deals, handed to his team, are dropped). Two executives are called Rahul (Rahul Hegde, Rahul Menon).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 25)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 11, 10)
SPECIALIST = "Srinivas Kondapalli"

AGENTS = {
    "Darcel Schlecht": "Lakshmi Narayanan",
    "Kary Hendrixson": "Rahul Hegde",
    "Anna Snelling": "Pooja Bhat",
    "Versie Hillebrand": "Manjunath Gowda",
    "Garret Kinder": "Vikram Shetty",
    "Hayden Neloms": "Shalini Murthy",
    "Zane Levy": "Rahul Menon",
    "Corliss Cosme": "Arun Prasad",
    "Cassey Cress": "Divya Nair",
    "Markita Hansen": "Karthik Subramanian",
    "Moses Frase": "Naveen Reddy",
    "Violet Mclelland": "Sneha Kulkarni",
    "Vicki Laflamme": "Srinivas Kondapalli",
    "Maureen Marcano": "Priyanka Chowdary",
    "Boris Faz": "Mohammed Faizan",
    "Rosalina Dieter": "Harsha Vardhan",
    "Jonathan Berthelot": "Anitha Joseph",
}
ROSTER = [
    # id, manager, territory, role, start, end, quota:hw, quota:services, target_incentive
    ("Lakshmi Narayanan", "Suresh Iyer", "Whitefield", "Key Account Manager", "", "", "9000000.00", "", "600000.00"),
    ("Rahul Hegde", "Suresh Iyer", "Whitefield", "Sales Executive", "", "", "", "", ""),
    ("Pooja Bhat", "Suresh Iyer", "Whitefield", "Sales Executive", "", "", "", "", ""),
    ("Manjunath Gowda", "Suresh Iyer", "Whitefield", "Sales Executive", "", "", "", "", ""),
    ("Vikram Shetty", "Suresh Iyer", "Whitefield", "Sales Executive", "", "2026-10-16", "", "", ""),
    ("Shalini Murthy", "Suresh Iyer", "Whitefield", "Managed Services Lead", "", "", "", "6000000.00", ""),
    ("Rahul Menon", "Kavitha Rao", "Electronic City", "Sales Executive", "", "", "", "", ""),
    ("Arun Prasad", "Kavitha Rao", "Electronic City", "Sales Executive", "", "", "", "", ""),
    ("Divya Nair", "Kavitha Rao", "Electronic City", "Sales Executive", "", "", "", "", ""),
    ("Karthik Subramanian", "Kavitha Rao", "Electronic City", "Sales Executive", "", "", "", "", ""),
    ("Naveen Reddy", "Kavitha Rao", "Electronic City", "Sales Executive", "", "", "", "", ""),
    ("Sneha Kulkarni", "Kavitha Rao", "Electronic City", "Sales Executive", "2026-08-17", "", "", "", ""),
    ("Srinivas Kondapalli", "Imran Qureshi", "Hyderabad", "Data Centre Specialist", "", "", "8000000.00", "", ""),
    ("Priyanka Chowdary", "Imran Qureshi", "Hyderabad", "Sales Executive", "", "", "", "", ""),
    ("Mohammed Faizan", "Imran Qureshi", "Hyderabad", "Sales Executive", "", "", "", "", ""),
    ("Harsha Vardhan", "Imran Qureshi", "Hyderabad", "Sales Executive", "", "", "", "", ""),
    ("Anitha Joseph", "Imran Qureshi", "Hyderabad", "Sales Executive", "", "", "", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("GTX Basic", 80),
    "GTX Plus Basic": ("GTX Plus Basic", 80),
    "GTX Pro": ("GTX Pro", 80),
    "GTXPro": ("GTX Pro", 80),
    "GTX Plus Pro": ("GTX Plus Pro", 80),
    "GTK 500": ("GTK 500", 80),
    "MG Advanced": ("MG Advanced", 80),
    "MG Special": ("MG Special", 250),
}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
accounts = sorted(r["account"] for r in read("accounts.csv"))

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    seller = AGENTS[agent]
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or seller == SPECIALIST
    if not keep:
        continue
    x = h(oid) // 2
    product, factor = PRODUCT[r["product"]]
    account = r["account"] or accounts[x % len(accounts)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 10, 1) + dt.timedelta(days=x % 56)
            prob = "0.5"
        else:
            close = dt.date(2026, 10, 15) + dt.timedelta(days=x % 42)
            prob = "0.2"
        amount = price[r["product"]] * factor
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = base * factor
        if close > AS_OF:
            continue
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and (close > dt.date.fromisoformat(END[seller]) or stage == "open"):
        continue
    if x % 6 == 0:
        typ = "new"
    elif product.startswith("MG ") and (x // 5) % 3 == 0:
        typ = "renewal"
    else:
        typ = "repeat"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 24 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=8 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} - {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="INR")
    if product == "GTK 500" and seller != SPECIALIST and stage in ("won", "cancelled"):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.25"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:hw", "quota:services", "target_incentive"])
    for sid, mgr, terr, role, start, end, qhw, qsv, ti in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qhw, qsv, ti])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
