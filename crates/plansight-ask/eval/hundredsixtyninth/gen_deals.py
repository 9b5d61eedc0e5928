#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredsixtyninth workspace (Tamarack Risk Partners
Inc., an invented Calgary, Alberta commercial-insurance brokerage; plan year 1 November 2026 -
31 October 2027, CAD, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Tamarack producers (AGENTS below). Three opportunities in five
  are kept (md5(id) mod 5 < 3), except that every GTK 500 opportunity (they become Group
  Benefits plans) and every opportunity of Elease Gluck (re-cast as Nadia Haddad, the Group
  Benefits Consultant) are kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 November 2026 and 31 December 2017 becomes 31 August 2027. AS OF = 2027-06-16. A Won
  opportunity that now closes after it becomes an open deal ("out to market", probability
  0.6); a Lost one dated after it becomes an open deal (probability 0.25). Engaging
  opportunities are open (probability 0.5) expected to close 27 May 2027 + (hash mod 80) days
  (some overdue at the as-of date); Prospecting ones (probability 0.2) 1 July 2027 + (hash mod
  100) days.
- Products are re-cast as lines of business; amounts are the annual premium placed, in CAD,
  whole dollars: close value x the line's factor (won); lost and open deals carry the Maven
  list price x the factor.
    MG Special     -> Surety Bond            x 40
    GTX Basic      -> Cyber Liability        x 8
    GTX Plus Basic -> General Liability      x 6
    MG Advanced    -> Directors & Officers   x 4
    GTX Pro        -> Commercial Property    x 4
    GTX Plus Pro   -> Fleet                  x 5
    GTK 500        -> Group Benefits         x 3
- Accounts: Maven's 85 accounts are folded onto 30 invented Alberta businesses (the account's
  index in the sorted Maven list mod 30); an opportunity with no account gets one by hash.
- Type (the placement): hash mod 10 = 0-2 "new" (new business), 3-7 "renewal", 8-9 "remarket"
  (an existing client's policy moved to another insurer at renewal).
- Splits (plan.md 3.5): a won or cancelled Group Benefits placement of any producer but Nadia
  Haddad is two lines with the same id: 60% to the producer, 40% to Nadia Haddad.
- Cancellations ("flat cancels"): a won deal closed on or before 2027-06-06 with hash mod 25 = 0
  is cancelled, cancel_date = close + 10 + (hash mod 130) days, at the latest the as-of date
  (plan.md section 12: only cancellations within 90 days of binding are clawed back).
- Roster: Brent Kowalchuk (Senior Producer) carries his own quarterly New Business and Book
  quotas; Nadia Haddad (Group Benefits Consultant) her own quarterly New Business quota. Colin MacIsaac left on 2027-03-31 (his deals after it
  credit no one; they stay in the file). Kyle Bergstrom joined on 2027-02-15 (his own deals
  before that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 6, 16)
SHIFT = dt.date(2026, 11, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2027, 6, 6)

AGENTS = {
    "Darcel Schlecht": "Brent Kowalchuk",
    "Vicki Laflamme": "Marie-Ève Gagnon",
    "Maureen Marcano": "Tyler Sawchuk",
    "Donn Cantrell": "Harpreet Sandhu",
    "Rosalina Dieter": "Colin MacIsaac",
    "Elease Gluck": "Nadia Haddad",
    "Kary Hendrixson": "Kyle Arsenault",
    "Lajuana Vencill": "Priya Venkatesan",
    "Daniell Hammack": "Dawson Redcrow",
    "Marty Freudenburg": "Amélie Tremblay",
    "James Ascencio": "Cody Friesen",
    "Violet Mclelland": "Megan O'Rourke",
    "Niesha Huffines": "Tanvir Chowdhury",
    "Markita Hansen": "Logan Wiebe",
    "Hayden Neloms": "Kyle Bergstrom",
}
ROSTER = [
    # id, manager, territory (desk), role, start_date, end_date, quota:new_biz, quota:book
    ("Brent Kowalchuk", "Gord Makowski", "Energy & Construction", "Senior Producer", "", "", "220000.00", "550000.00"),
    ("Marie-Ève Gagnon", "Gord Makowski", "Energy & Construction", "Producer", "", "", "", ""),
    ("Tyler Sawchuk", "Gord Makowski", "Energy & Construction", "Producer", "", "", "", ""),
    ("Harpreet Sandhu", "Gord Makowski", "Energy & Construction", "Producer", "", "", "", ""),
    ("Colin MacIsaac", "Gord Makowski", "Energy & Construction", "Producer", "", "2027-03-31", "", ""),
    ("Nadia Haddad", "Shauna Pelletier", "Mid-Market", "Group Benefits Consultant", "", "", "100000.00", ""),
    ("Kyle Arsenault", "Shauna Pelletier", "Mid-Market", "Producer", "", "", "", ""),
    ("Priya Venkatesan", "Shauna Pelletier", "Mid-Market", "Producer", "", "", "", ""),
    ("Dawson Redcrow", "Shauna Pelletier", "Mid-Market", "Producer", "", "", "", ""),
    ("Amélie Tremblay", "Shauna Pelletier", "Mid-Market", "Producer", "", "", "", ""),
    ("Cody Friesen", "Raj Dhaliwal", "Small Business", "Producer", "", "", "", ""),
    ("Megan O'Rourke", "Raj Dhaliwal", "Small Business", "Producer", "", "", "", ""),
    ("Tanvir Chowdhury", "Raj Dhaliwal", "Small Business", "Producer", "", "", "", ""),
    ("Logan Wiebe", "Raj Dhaliwal", "Small Business", "Producer", "", "", "", ""),
    ("Kyle Bergstrom", "Raj Dhaliwal", "Small Business", "Producer", "2027-02-15", "", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
LINE = {
    "MG Special": ("Surety Bond", 40),
    "GTX Basic": ("Cyber Liability", 8),
    "GTX Plus Basic": ("General Liability", 6),
    "MG Advanced": ("Directors & Officers", 4),
    "GTX Pro": ("Commercial Property", 4),
    "GTXPro": ("Commercial Property", 4),
    "GTX Plus Pro": ("Fleet", 5),
    "GTK 500": ("Group Benefits", 3),
}
ACCOUNTS = [
    "Bow River Concrete", "Nose Hill Dental Group", "Crowfoot Auto Body", "Deerfoot Logistics",
    "Kensington Bakeshop", "Inglewood Brewing Co", "Okotoks Feed & Seed", "Cochrane Timber Frames",
    "Airdrie Self Storage", "Sarcee Trail Physiotherapy", "McKnight Hotels Group",
    "Pembina Oilfield Hauling", "Rocky View Gravel", "Marda Loop Cafe Co", "Beltline Property Management",
    "Stoney Trail Equipment Rentals", "Crowsnest Energy Services", "Chestermere Marina",
    "Canmore Lodge Holdings", "High River Grain Terminals", "Prairie Sky Architects",
    "Strathmore Dairy Co-op", "Glenmore Landing Pharmacy", "Tuscany Home Builders",
    "Signal Hill Veterinary", "Bridgeland Pilates Studio", "Red Deer Steel Erectors",
    "Heritage Park Caterers", "Mission Wine Bar", "Elbow Valley Landscaping",
]
TYPES = ["new", "new", "new", "renewal", "renewal", "renewal", "renewal", "renewal",
         "remarket", "remarket"]


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
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    if h(oid) % 5 >= 3 and agent != "Elease Gluck" and r["product"] != "GTK 500":
        continue
    x = h(oid) // 5
    seller = AGENTS[agent]
    product, factor = LINE[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 89
    account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 5, 27) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2027, 7, 1) + dt.timedelta(days=x % 100)
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
    typ = TYPES[(x // 3) % 10]
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="CAD")
    if product == "Group Benefits" and seller != "Nadia Haddad" and stage in ("won", "cancelled"):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller="Nadia Haddad", split="0.4"))
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
                "quota:new_biz", "quota:book"])
    for sid, mgr, terr, role, start, end, q, qb in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q, qb])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
