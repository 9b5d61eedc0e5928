#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfortythird workspace (Tidewater Energy Pty Ltd,
an invented Brisbane wholesaler of solar inverters, home and commercial batteries and Gridwatch
monitoring subscriptions, selling to installers and businesses in QLD, NSW and VIC; plan year
1 July 2026 - 30 June 2027, the Australian financial year, AUD, QUARTERLY payouts) from the real
Maven CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic (every
choice is an md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents keep their names and become Tidewater account managers: Melvin Marxen's team
  becomes QLD (state manager Trent Mahony), Rocco Neubert's NSW (Kylie Sorensen), Celia Rouche's
  VIC (Fiona McGrath). Half of each agent's opportunities are kept (md5(id) even), except that
  every GTK 500 opportunity is kept (they become Jabiru Commercial Batteries).
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 July 2026 and 31 December 2017 becomes 30 April 2027. AS OF = 2027-03-05. A Won opportunity
  that now closes after it becomes an open deal (probability 0.6); a Lost one dated after it an
  open deal (probability 0.25). Engaging opportunities are open (probability 0.5) expected to
  close 10 February 2027 + (hash mod 90) days (some overdue at the as-of date); Prospecting ones
  (probability 0.2) 15 March 2027 + (hash mod 100) days.
- Amounts in AUD, whole dollars: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    GTX Basic      -> Kestrel 5 String Inverter        x 3
    GTX Plus Basic -> Harrier 10 Hybrid Inverter       x 2.5
    GTX Pro        -> Brolga Home Battery              x 2
    GTX Plus Pro   -> Osprey 30 Three-Phase Inverter   x 1.5
    GTK 500        -> Jabiru Commercial Battery        x 2
    MG Special     -> Gridwatch Home Subscription      x 12
    MG Advanced    -> Gridwatch Fleet Subscription     x 1.2
- Accounts: each state has its own invented customers (installers, electrical contractors and a
  few businesses); an opportunity goes to customer (Maven account index mod the state's count)
  of its agent's state; one with no account gets one by hash.
- Type: a Gridwatch subscription with hash mod 10 < 3 is a "renewal" (credited by no measure);
  otherwise every deal is "new" when hash mod 20 < 7, else "repeat".
- Split (plan.md 3.5): a won or cancelled Jabiru Commercial Battery of any account manager but
  Hayden Neloms (the Installation Specialist) is two lines with the same id: 70% to the account
  manager, 30% to Hayden Neloms.
- Cancellations ("dumpers"): a won deal closed on or before 2027-02-20 with hash mod 19 = 0 is
  cancelled, cancel_date = close + 10 + (hash mod 130) days, at the latest the as-of date
  (plan.md section 9: only cancellations within 90 days of close are clawed back).
- Roster: Darcel Schlecht (Key Account Manager) and Hayden Neloms (Installation Specialist) carry
  their own quarterly Hardware quota. Boris Faz joined on 2026-10-19 (his deals before that date
  are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 3, 5)
SHIFT = dt.date(2026, 7, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2027, 2, 20)
SPECIALIST = "Hayden Neloms"

ROSTER = [
    # id, manager, territory, role, start_date, quota:hardware
    ("Darcel Schlecht", "Trent Mahony", "QLD", "Key Account Manager", "", "Q_KEY"),
    ("Jonathan Berthelot", "Trent Mahony", "QLD", "Account Manager", "", ""),
    ("Marty Freudenburg", "Trent Mahony", "QLD", "Account Manager", "", ""),
    ("Gladys Colclough", "Trent Mahony", "QLD", "Account Manager", "", ""),
    ("Niesha Huffines", "Trent Mahony", "QLD", "Account Manager", "", ""),
    ("Daniell Hammack", "Kylie Sorensen", "NSW", "Account Manager", "", ""),
    ("Cassey Cress", "Kylie Sorensen", "NSW", "Account Manager", "", ""),
    ("Donn Cantrell", "Kylie Sorensen", "NSW", "Account Manager", "", ""),
    ("Reed Clapper", "Kylie Sorensen", "NSW", "Account Manager", "", ""),
    ("Boris Faz", "Kylie Sorensen", "NSW", "Account Manager", "2026-10-19", ""),
    ("Vicki Laflamme", "Fiona McGrath", "VIC", "Account Manager", "", ""),
    ("Rosalina Dieter", "Fiona McGrath", "VIC", "Account Manager", "", ""),
    ("Hayden Neloms", "Fiona McGrath", "VIC", "Installation Specialist", "", "Q_SPEC"),
    ("Markita Hansen", "Fiona McGrath", "VIC", "Account Manager", "", ""),
    ("Elease Gluck", "Fiona McGrath", "VIC", "Account Manager", "", ""),
]
QUOTA = {"Q_KEY": "220000.00", "Q_SPEC": "80000.00"}
START = {r[0]: r[4] for r in ROSTER}
STATE = {r[0]: r[2] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("Kestrel 5 String Inverter", 3),
    "GTX Plus Basic": ("Harrier 10 Hybrid Inverter", 2.5),
    "GTX Pro": ("Brolga Home Battery", 2),
    "GTXPro": ("Brolga Home Battery", 2),
    "GTX Plus Pro": ("Osprey 30 Three-Phase Inverter", 1.5),
    "GTK 500": ("Jabiru Commercial Battery", 2),
    "MG Special": ("Gridwatch Home Subscription", 12),
    "MG Advanced": ("Gridwatch Fleet Subscription", 1.2),
}
GRIDWATCH = {"Gridwatch Home Subscription", "Gridwatch Fleet Subscription"}
CUSTOMERS = {
    "QLD": ["Sunshine Coast Solar Co", "Logan Sparks Electrical", "Ipswich Rooftop Energy",
            "Redlands Renewables", "Toowoomba Power Installs", "Cairns Tropical Solar",
            "Townsville Electrical Group", "Bundaberg Sun Systems", "Mackay Sugar Co-op"],
    "NSW": ["Wollongong Electrical Co", "Parramatta Power Solutions", "Hunter Valley Energy",
            "Byron Bay Off-Grid", "Wagga Solar Traders", "Penrith Sparkies",
            "Coffs Harbour Solar", "Dubbo Rural Power"],
    "VIC": ["Geelong Solar Installers", "Bendigo Renewable Energy", "Ballarat Electrical Contractors",
            "Mornington Peninsula Solar", "Dandenong Trade Electrical", "Albury Wodonga Power",
            "Warrnambool Dairy Co", "Shepparton Cool Stores"],
}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
maven_accounts = sorted(r["account"] for r in read("accounts.csv"))
IDX = {a: i for i, a in enumerate(maven_accounts)}

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    seller = r["sales_agent"]
    if seller not in START:
        continue
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500"
    if not keep:
        continue
    x = h(oid) // 2
    product, factor = PRODUCT[r["product"]]
    custs = CUSTOMERS[STATE[seller]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = custs[idx % len(custs)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 2, 10) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2027, 3, 15) + dt.timedelta(days=x % 100)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if product in GRIDWATCH and (x // 5) % 10 < 3:
        typ = "renewal"
    elif (x // 3) % 20 < 7:
        typ = "new"
    else:
        typ = "repeat"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="AUD")
    if product == "Jabiru Commercial Battery" and seller != SPECIALIST and stage in ("won", "cancelled"):
        line["split"] = "0.7"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.3"))
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
                "quota:hardware"])
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
