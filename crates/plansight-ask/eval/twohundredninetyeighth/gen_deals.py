#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredninetyeighth workspace (Wacker & Wells
Workplace, an invented Chicago office-furniture dealer; plan year FY26 = 1 October 2025 -
30 September 2026, USD, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents keep their own names as Wacker & Wells account executives (AGENTS below); a
  16th, Anna Kowalczyk, joined on 2026-01-12 and takes over the opportunities of Maven's Wilburn
  Farren dated on or after her start (his earlier ones are dropped). Half of each agent's
  opportunities are kept (md5(id) even); every GTK 500 opportunity and every opportunity of
  Garret Kinder and of Wilburn Farren is kept (they have few).
- Products keep the Maven price-list names; plan.md describes them as the furniture lines the
  dealer sells (GTX = workstation and private-office systems, GTK 500 = demountable glass walls,
  MG = seating). Amounts in USD are the Maven close value x 4 (won); lost and open deals carry the
  list price x 4.
- Accounts keep their Maven names (the dealer's corporate clients); an opportunity with no
  account gets one by hash.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 October 2025 and 31 December 2017 becomes 31 July 2026. AS OF = 2026-06-18. Half of the
  kept Engaging and Prospecting opportunities are dropped ((hash // 5) odd). A Won
  opportunity that now closes after it becomes an open deal ("in spec", probability 0.65); a
  Lost one dated after it becomes open with probability 0.3. Engaging opportunities are open
  (probability 0.5) expected to close 1 May 2026 + (hash mod 120) days (some already overdue at
  the as-of date); Prospecting ones (probability 0.2) 15 June 2026 + (hash mod 100) days.
- Type (hash, k = (hash // 3) mod 6): k = 0 "new" (a client's first order); k = 1 or 2 on a
  GTX Basic, GTX Plus Basic or MG Special order "mac" (moves, adds and changes); else "refresh".
- Splits (plan.md 3.4, key accounts): a won or cancelled deal of $10,000 or more at a key account
  (Acme Corporation -> Darcel Schlecht, Initech -> Vicki Laflamme, Umbrella Corporation -> Violet
  Mclelland) sold by anyone but its key-account lead is two lines with the same id: 60% to the
  seller, 40% to the lead.
- Cancellations ("de-books"): a won deal closed on or before 2026-06-05 with hash mod 16 = 0 is
  cancelled, cancel_date = close + 5 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only de-books within 90 days of close are clawed back).
- Roster: Darcel Schlecht (Senior Account Executive) carries her own quarterly Systems quota;
  Vicki Laflamme (Seating Specialist) her own annual Seating quota. Rosie Papadopoulos left on
  2026-03-13 (her deals dated after it are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 6, 18)
SHIFT = dt.date(2025, 10, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 6, 5)
FACTOR = 4

AGENTS = {
    "Violet Mclelland": "Violet Mclelland",
    "Corliss Cosme": "Corliss Cosme",
    "Rosie Papadopoulos": "Rosie Papadopoulos",
    "Garret Kinder": "Garret Kinder",
    "Daniell Hammack": "Daniell Hammack",
    "Wilburn Farren": "Anna Kowalczyk",
    "Darcel Schlecht": "Darcel Schlecht",
    "Jonathan Berthelot": "Jonathan Berthelot",
    "Gladys Colclough": "Gladys Colclough",
    "Niesha Huffines": "Niesha Huffines",
    "Marty Freudenburg": "Marty Freudenburg",
    "Vicki Laflamme": "Vicki Laflamme",
    "Hayden Neloms": "Hayden Neloms",
    "Markita Hansen": "Markita Hansen",
    "Kary Hendrixson": "Kary Hendrixson",
    "Anna Snelling": "Anna Snelling",
}
KEEP_ALL = {"Garret Kinder", "Wilburn Farren"}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:systems, quota:seating
    ("Violet Mclelland", "Cara Losch", "Loop", "Account Executive", "", "", "", ""),
    ("Corliss Cosme", "Cara Losch", "Loop", "Account Executive", "", "", "", ""),
    ("Rosie Papadopoulos", "Cara Losch", "Loop", "Account Executive", "", "2026-03-13", "", ""),
    ("Garret Kinder", "Cara Losch", "Loop", "Account Executive", "", "", "", ""),
    ("Daniell Hammack", "Cara Losch", "Loop", "Account Executive", "", "", "", ""),
    ("Anna Kowalczyk", "Cara Losch", "Loop", "Account Executive", "2026-01-12", "", "", ""),
    ("Darcel Schlecht", "Melvin Marxen", "North Shore", "Senior Account Executive", "", "",
     "400000.00", ""),
    ("Jonathan Berthelot", "Melvin Marxen", "North Shore", "Account Executive", "", "", "", ""),
    ("Gladys Colclough", "Melvin Marxen", "North Shore", "Account Executive", "", "", "", ""),
    ("Niesha Huffines", "Melvin Marxen", "North Shore", "Account Executive", "", "", "", ""),
    ("Marty Freudenburg", "Melvin Marxen", "North Shore", "Account Executive", "", "", "", ""),
    ("Vicki Laflamme", "Celia Rouche", "West Suburbs", "Seating Specialist", "", "", "",
     "300000.00"),
    ("Hayden Neloms", "Celia Rouche", "West Suburbs", "Account Executive", "", "", "", ""),
    ("Markita Hansen", "Celia Rouche", "West Suburbs", "Account Executive", "", "", "", ""),
    ("Kary Hendrixson", "Celia Rouche", "West Suburbs", "Account Executive", "", "", "", ""),
    ("Anna Snelling", "Celia Rouche", "West Suburbs", "Account Executive", "", "", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
KEY_ACCOUNTS = {
    "Acme Corporation": "Darcel Schlecht",
    "Initech": "Vicki Laflamme",
    "Umbrella Corporation": "Violet Mclelland",
}
SMALL = {"GTX Basic", "GTX Plus Basic", "MG Special"}


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
    if h(oid) % 2 != 0 and agent not in KEEP_ALL and r["product"] != "GTK 500":
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"] or accounts[x % len(accounts)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if (x // 5) % 2:
            continue
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 5, 1) + dt.timedelta(days=x % 120)
            prob = "0.5"
        else:
            close = dt.date(2026, 6, 15) + dt.timedelta(days=x % 100)
            prob = "0.2"
        amount = price[r["product"]] * FACTOR
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = base * FACTOR
        if close > AS_OF:
            prob = "0.65" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    k = (x // 3) % 6
    if k == 0:
        typ = "new"
    elif k in (1, 2) and product in SMALL:
        typ = "mac"
    else:
        typ = "refresh"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 16 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=5 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    lead = KEY_ACCOUNTS.get(account)
    if (lead and lead != seller and stage in ("won", "cancelled") and amount >= 10000):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=lead, split="0.4"))
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
                "quota:systems", "quota:seating"])
    for sid, mgr, terr, role, start, end, qs, qe in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qs, qe])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
