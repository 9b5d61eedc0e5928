#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredfortieth workspace (Mill City Imaging
Partners, an invented Minneapolis distributor of medical-imaging equipment, service and
supplies; plan year FY27 = 1 May 2026 - 30 April 2027, USD, MONTHLY payouts) from the real
Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 17 Maven agents keep their names and become Mill City account executives under three Maven
  managers (ROSTER below, territory = region). One seller is new: James Vang, who joined on
  2026-09-14; his opportunities are Wilburn Farren's (Wilburn is not on the roster), and those
  closing before his start are dropped. Rosie Papadopoulos left on 2026-12-11; her
  opportunities closing (or expected to close) after that day are dropped.
- Half of each agent's opportunities are kept (md5(id) even), except: every GTK 500
  opportunity and every one of Wilburn Farren's is kept.
- Dates: every Maven date moves forward by the same 3,348 days, so 1 March 2017 becomes
  1 May 2026 and 31 December 2017 becomes 2 March 2027. AS OF = 2027-01-22. A Won opportunity
  that now closes after it becomes an open quote (probability 0.6); a Lost one dated after it
  becomes an open quote (probability 0.25). Engaging opportunities are open (probability 0.5),
  expected to close 2027-01-10 + (hash mod 90) days (some already overdue at the as-of date);
  Prospecting ones (probability 0.2) 2027-02-15 + (hash mod 74) days.
- Products re-cast, amounts in whole US dollars = close value x the product's factor (won and
  cancelled); lost and open quotes carry the product's list price x the factor:
    GTK 500        -> Mobile C-Arm                      x 6
    GTX Plus Pro   -> Compact Ultrasound System         x 8
    GTX Pro        -> DR Room Retrofit                  x 10
    GTX Plus Basic -> Wireless DR Detector              x 20
    MG Advanced    -> Service Agreement                 x 4   (term 12/24/36/60 months)
    GTX Basic      -> Ultrasound Transducer             x 9
    MG Special     -> Radiation Protection Apparel      x 25
- Accounts: the Maven account names as exported; an opportunity with no account gets one of
  the 85 accounts by hash.
- Type: "displacement" (a competitor's system or service replaced) when (hash // 3) mod 6 = 0;
  else "upgrade" (an existing customer's expansion or refresh) when (hash // 5) mod 3 = 0 or
  the product is a Wireless DR Detector with hash mod 2 = 0; else "new".
- Splits (plan.md 3.4): a won or cancelled capital deal (Mobile C-Arm, Compact Ultrasound
  System, DR Room Retrofit, Wireless DR Detector) at an account of the Acme health system
  (Acme Corporation and its subsidiaries Bluth Company, Codehow, Donquadtech, Iselectrics),
  closed by anyone but Vicki Laflamme, is two lines with the same id: 75% to the seller, 25%
  to Vicki Laflamme (the Strategic Account Executive).
- Cancellations ("de-installs"): a won deal closed on or before 2027-01-05 with
  (hash // 7) mod 25 = 0 is cancelled, cancel_date = close + 12 + (hash // 11) mod 170 days,
  unless that date is after the as-of date (then it stays won). Plan.md section 11: only
  cancellations within 100 days of close are clawed back.
- Roster: Darcel Schlecht (Senior Account Executive) and Vicki Laflamme (Strategic Account
  Executive) carry their own quarterly Modality quota.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 1, 22)
SHIFT = dt.date(2026, 5, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2027, 1, 5)
PLAN_END = dt.date(2027, 4, 30)

# Maven agent -> seller on the Mill City roster
AGENTS = {
    "Darcel Schlecht": "Darcel Schlecht",
    "Vicki Laflamme": "Vicki Laflamme",
    "Anna Snelling": "Anna Snelling",
    "Kary Hendrixson": "Kary Hendrixson",
    "Hayden Neloms": "Hayden Neloms",
    "James Ascencio": "James Ascencio",
    "Rosie Papadopoulos": "Rosie Papadopoulos",
    "Cassey Cress": "Cassey Cress",
    "Zane Levy": "Zane Levy",
    "Markita Hansen": "Markita Hansen",
    "Boris Faz": "Boris Faz",
    "Violet Mclelland": "Violet Mclelland",
    "Wilburn Farren": "James Vang",
    "Moses Frase": "Moses Frase",
    "Gladys Colclough": "Gladys Colclough",
    "Reed Clapper": "Reed Clapper",
    "Maureen Marcano": "Maureen Marcano",
    "Corliss Cosme": "Corliss Cosme",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:modality
    ("Darcel Schlecht", "Celia Rouche", "Metro", "Senior Account Executive", "", "", "Q_SENIOR"),
    ("Vicki Laflamme", "Celia Rouche", "Metro", "Strategic Account Executive", "", "", "Q_STRATEGIC"),
    ("Anna Snelling", "Celia Rouche", "Metro", "Account Executive", "", "", ""),
    ("Kary Hendrixson", "Celia Rouche", "Metro", "Account Executive", "", "", ""),
    ("Hayden Neloms", "Celia Rouche", "Metro", "Account Executive", "", "", ""),
    ("James Ascencio", "Celia Rouche", "Metro", "Account Executive", "", "", ""),
    ("Rosie Papadopoulos", "Celia Rouche", "Metro", "Account Executive", "", "2026-12-11", ""),
    ("Cassey Cress", "Rocco Neubert", "North Star", "Account Executive", "", "", ""),
    ("Zane Levy", "Rocco Neubert", "North Star", "Account Executive", "", "", ""),
    ("Markita Hansen", "Rocco Neubert", "North Star", "Account Executive", "", "", ""),
    ("Boris Faz", "Rocco Neubert", "North Star", "Account Executive", "", "", ""),
    ("Violet Mclelland", "Rocco Neubert", "North Star", "Account Executive", "", "", ""),
    ("James Vang", "Rocco Neubert", "North Star", "Account Executive", "2026-09-14", "", ""),
    ("Moses Frase", "Dustin Brinkmann", "Driftless", "Account Executive", "", "", ""),
    ("Gladys Colclough", "Dustin Brinkmann", "Driftless", "Account Executive", "", "", ""),
    ("Reed Clapper", "Dustin Brinkmann", "Driftless", "Account Executive", "", "", ""),
    ("Maureen Marcano", "Dustin Brinkmann", "Driftless", "Account Executive", "", "", ""),
    ("Corliss Cosme", "Dustin Brinkmann", "Driftless", "Account Executive", "", "", ""),
]
QUOTA = {"Q_SENIOR": "900000.00", "Q_STRATEGIC": "480000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTK 500": ("Mobile C-Arm", 6),
    "GTX Plus Pro": ("Compact Ultrasound System", 8),
    "GTX Pro": ("DR Room Retrofit", 10),
    "GTXPro": ("DR Room Retrofit", 10),
    "GTX Plus Basic": ("Wireless DR Detector", 20),
    "MG Advanced": ("Service Agreement", 4),
    "GTX Basic": ("Ultrasound Transducer", 9),
    "MG Special": ("Radiation Protection Apparel", 25),
}
CAPITAL = {"Mobile C-Arm", "Compact Ultrasound System", "DR Room Retrofit", "Wireless DR Detector"}
ACME_SYSTEM = {"Acme Corporation", "Bluth Company", "Codehow", "Donquadtech", "Iselectrics"}
STRATEGIC = "Vicki Laflamme"
TERMS = [12, 24, 36, 60]


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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Wilburn Farren"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    account = r["account"] or accounts[x % len(accounts)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 1, 10) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2027, 2, 15) + dt.timedelta(days=x % 74)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    assert close <= PLAN_END, (oid, close)
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if (x // 3) % 6 == 0:
        typ = "displacement"
    elif (x // 5) % 3 == 0 or (product == "Wireless DR Detector" and x % 2 == 0):
        typ = "upgrade"
    else:
        typ = "new"
    term = str(TERMS[(x // 17) % 4]) if product == "Service Agreement" else ""
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        cancelled_on = close + dt.timedelta(days=12 + (x // 11) % 170)
        if cancelled_on <= AS_OF:
            stage, cancel = "cancelled", cancelled_on.isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, term_months=term, cancel_date=cancel, currency="USD")
    if (product in CAPITAL and account in ACME_SYSTEM and seller != STRATEGIC
            and stage in ("won", "cancelled")):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=STRATEGIC, split="0.25"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:modality"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
