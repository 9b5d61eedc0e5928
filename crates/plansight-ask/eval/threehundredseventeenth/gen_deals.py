#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredseventeenth workspace (Castlefield Office
Systems Ltd, an invented Manchester office technology distributor: multifunction copiers,
printers, laptops, production presses, managed print and document software; plan year
1 April 2026 - 31 March 2027, GBP, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Castlefield account managers (AGENTS below). Half of each
  agent's opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they
  become Production Press deals), and every opportunity of Elease Gluck (re-cast as Harriet
  Booth, the Production Print Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 April 2026 and 31 December 2017 becomes 31 January 2027. AS OF = 2026-11-18. A Won
  opportunity that now closes after it becomes an open proposal (probability 0.7); a Lost one
  dated after it an open proposal (probability 0.3). Engaging opportunities are open
  (probability 0.5) expected to close 2026-11-02 + (hash mod 100) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 2026-12-01 + (hash mod 115) days; no expected
  close after 2027-03-31.
- Amounts in GBP, whole pounds: close value x the product's factor (won); lost and open
  proposals carry the product's list price x the factor.
    MG Special     -> Toner Pack               x 4
    GTX Basic      -> Desktop Laser Printer    x 1
    GTX Plus Basic -> Laptop Bundle            x 2
    MG Advanced    -> DocuFlow Licence         x 1.5
    GTX Pro        -> A3 Colour MFD            x 3
    GTX Plus Pro   -> Managed Print Contract   x 2
    GTK 500        -> Production Press         x 3
- Accounts: Maven's accounts (sorted) fold onto 40 invented North West businesses by index mod
  40; an opportunity with no account gets one by hash.
- Type: every Toner Pack is "expansion" (a bolt-on); otherwise hash mod 10 in 0-2 = "new"
  (fresh logo), 3-5 = "refresh" (swap-out), 6-9 = "expansion" (bolt-on).
- Splits (plan.md 3.4): a won or cancelled Production Press deal of any account manager but
  Harriet Booth is two lines with the same id, 60% to the account manager and 40% to Harriet
  Booth. Sanjay Mistry's won or cancelled deals closing from 2026-09-16 to his leaving date are
  handover deals, two lines 50% / 50% with Rob Stott.
- Cancellations ("pull-outs"): a won deal closed on or before 2026-11-04 with hash mod 24 = 0 is
  cancelled, cancel_date = close + 6 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Danny Kershaw (Senior Account Manager) and Harriet Booth (Production Print
  Specialist) carry their own quarterly Device Sales quota. Aisha Rahman joined on 2026-08-10
  (her own deals before that date are dropped); Sanjay Mistry left on 2026-10-16 (his deals
  closing after it, and his open proposals, are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 18)
PLAN_END = dt.date(2027, 3, 31)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Vicki Laflamme": "Danny Kershaw",
    "Marty Freudenburg": "Jodie Platt",
    "James Ascencio": "Imran Hussain",
    "Violet Mclelland": "Chloe Bradshaw",
    "Daniell Hammack": "Kieran Doyle",
    "Boris Faz": "Aisha Rahman",
    "Elease Gluck": "Harriet Booth",
    "Markita Hansen": "Callum Entwistle",
    "Reed Clapper": "Jodie Maguire",
    "Rosalina Dieter": "Rob Stott",
    "Maureen Marcano": "Megan Lowe",
    "Donn Cantrell": "Sanjay Mistry",
    "Cecily Lampkin": "Craig Haworth",
    "Kami Bicknell": "Nadia Wisniewska",
    "Niesha Huffines": "Gareth Pilling",
    "Gladys Colclough": "Shannon McGuinness",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:devices
    ("Danny Kershaw", "Gaynor Whitworth", "City", "Senior Account Manager", "", "", "Q_SENIOR"),
    ("Jodie Platt", "Gaynor Whitworth", "City", "Account Manager", "", "", ""),
    ("Imran Hussain", "Gaynor Whitworth", "City", "Account Manager", "", "", ""),
    ("Chloe Bradshaw", "Gaynor Whitworth", "City", "Account Manager", "", "", ""),
    ("Kieran Doyle", "Gaynor Whitworth", "City", "Account Manager", "", "", ""),
    ("Aisha Rahman", "Gaynor Whitworth", "City", "Account Manager", "2026-08-10", "", ""),
    ("Harriet Booth", "Declan Rafferty", "Cheshire", "Production Print Specialist", "", "", "Q_PRESS"),
    ("Callum Entwistle", "Declan Rafferty", "Cheshire", "Account Manager", "", "", ""),
    ("Jodie Maguire", "Declan Rafferty", "Cheshire", "Account Manager", "", "", ""),
    ("Rob Stott", "Declan Rafferty", "Cheshire", "Account Manager", "", "", ""),
    ("Megan Lowe", "Declan Rafferty", "Cheshire", "Account Manager", "", "", ""),
    ("Sanjay Mistry", "Declan Rafferty", "Cheshire", "Account Manager", "", "2026-10-16", ""),
    ("Craig Haworth", "Bev Ashworth", "Lancashire", "Account Manager", "", "", ""),
    ("Nadia Wisniewska", "Bev Ashworth", "Lancashire", "Account Manager", "", "", ""),
    ("Gareth Pilling", "Bev Ashworth", "Lancashire", "Account Manager", "", "", ""),
    ("Shannon McGuinness", "Bev Ashworth", "Lancashire", "Account Manager", "", "", ""),
]
QUOTA = {"Q_SENIOR": "85000.00", "Q_PRESS": "160000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Toner Pack", 4),
    "GTX Basic": ("Desktop Laser Printer", 1),
    "GTX Plus Basic": ("Laptop Bundle", 2),
    "MG Advanced": ("DocuFlow Licence", 1.5),
    "GTX Pro": ("A3 Colour MFD", 3),
    "GTXPro": ("A3 Colour MFD", 3),
    "GTX Plus Pro": ("Managed Print Contract", 2),
    "GTK 500": ("Production Press", 3),
}
ACCOUNTS = [
    "Ancoats Coffee Roasters", "Quayside Dental Group", "Stockport Polymers",
    "Trafford Freight Services", "Deansgate Chambers LLP", "Haigh Hall Joinery",
    "Bury Black Pudding Co", "Oldham Textile Mills", "Rochdale Pioneers Housing",
    "Altrincham Prep School", "Chorlton Vets", "Didsbury Lettings", "Northern Quarter Studios",
    "Spinningfields Capital", "Cheadle Hulme Medical Centre", "Wilmslow Wealth Partners",
    "Macclesfield Silk Works", "Knutsford Estates", "Warrington Print Finishers",
    "Bolton Packaging", "Preston Dock Engineering", "Leigh Cold Store", "Eccles Cake Bakery",
    "Stretford Builders Merchants", "Sale Water Park Leisure", "Hyde Tool & Die",
    "Ashton Canal Boatyard", "Heaton Park Golf Club", "Irwell Events", "Ordsall Architects",
    "Prestwich Accountants", "Urmston Nursery Group", "Ramsbottom Brewery",
    "Middleton Care Homes", "Hale Barns Orthodontics", "Ship Canal Pilots",
    "Piccadilly Recruitment", "Moss Side Youth Trust", "Levenshulme Antiques",
    "Whalley Range Tutors",
]
CANCEL_BY = dt.date(2026, 11, 4)
HANDOVER_FROM = dt.date(2026, 9, 16)


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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 11, 2) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2026, 12, 1) + dt.timedelta(days=x % 115)
            prob = "0.2"
        close = min(close, PLAN_END)
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and (close > dt.date.fromisoformat(END[seller]) or stage == "open"):
        continue
    if product == "Toner Pack":
        typ = "expansion"
    else:
        typ = ["new", "new", "new", "refresh", "refresh", "refresh",
               "expansion", "expansion", "expansion", "expansion"][(x // 3) % 10]
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 24 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="GBP")
    partner = None
    if product == "Production Press" and seller != "Harriet Booth" and stage in ("won", "cancelled"):
        partner, share = "Harriet Booth", ("0.6", "0.4")
    elif (seller == "Sanjay Mistry" and stage in ("won", "cancelled")
          and close >= HANDOVER_FROM):
        partner, share = "Rob Stott", ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
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
                "quota:devices"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
