#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the ninetyfifth workspace (Keystone Talent Partners,
a US permanent-placement staffing agency; plan year 1 July 2026 - 30 June 2027, USD, monthly
payouts) from the real Maven CRM export (/work/shared/data/maven-crm/). Standard library
only; deterministic: every choice is made from the CRC-32 of the opportunity id (zlib.crc32),
no random numbers, no clock.

- 14 Maven agents are re-cast as Keystone recruiters and account managers (AGENTS); an
  opportunity is kept when crc % 5 == 0 (about one in five), so each desk carries a
  realistic number of placements.
- Accounts stay the client companies. Products become role families / fee packages:
  GTX Basic -> Admin & Office (fee = close value x 15), GTX Plus Basic -> Sales & Marketing
  (x 12), GTX Pro -> Finance & Accounting (x 4), GTX Plus Pro -> Software Engineering (x 5),
  MG Special -> Light Industrial (x 100), MG Advanced -> Director Retainer (x 12),
  GTK 500 -> C-Suite Retainer (x 3). The amount is the placement fee in USD.
- Dates: Maven close dates (Mar-Dec 2017) move forward 9 years and 4 months (day kept, cut
  to the month's end), so offers accepted fall 1 July 2026 - 30 April 2027.
  AS OF = 2027-03-31. A won opportunity that now closes after it becomes an open deal
  (a live req, probability 0.6). Maven Engaging/Prospecting opportunities are open deals
  (probability 0.5 / 0.2) expected to close 1 April - 29 June 2027
  (crc % 90 days after 1 April), at list price x the product's factor.
- Lost opportunities (declined offers, dead reqs) carry the fee the req would have billed:
  list price x the product's factor.
- Won deals of a recruiter who started later than the close date are dropped.
- Type: "new" (a new client: nobody at Keystone had placed with that account before, in the
  kept data, by close date) else "repeat".
- Fall-offs: a won deal with (crc >> 8) % 17 == 0 and a close date on or before 2027-03-10
  is cancelled ((crc >> 4) % 150 + 5 days after close, capped at the as-of date).
"""
import csv, zlib, datetime as dt, os, calendar

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 3, 31)

AGENTS = {
    "Anna Snelling": "Megan O'Rourke",
    "Cassey Cress": "Tyler Brandt",
    "Reed Clapper": "Jasmine Ortiz",
    "Versie Hillebrand": "Kevin Tran",
    "Boris Faz": "Lauren Pike",
    "Darcel Schlecht": "Brianna Kowalski",
    "Jonathan Berthelot": "Derek Haynes",
    "Gladys Colclough": "Nicole Fairbanks",
    "Marty Freudenburg": "Omar Siddiqui",
    "Hayden Neloms": "Caitlin Moreau",
    "Kary Hendrixson": "Travis McAllister",
    "Zane Levy": "Sofia Alvarez",
    "Kami Bicknell": "Jordan Whitaker",
    "Wilburn Farren": "Hannah Lindqvist",
}
ROSTER = [
    # id, manager, territory, role, start_date, perm quota override
    ("Megan O'Rourke", "Dana Whitcomb", "Boston", "Senior Recruiter", "", ""),
    ("Tyler Brandt", "Dana Whitcomb", "Boston", "Recruiter", "", ""),
    ("Jasmine Ortiz", "Dana Whitcomb", "Boston", "Account Manager", "", ""),
    ("Kevin Tran", "Dana Whitcomb", "Boston", "Recruiter", "", ""),
    ("Lauren Pike", "Dana Whitcomb", "Boston", "Recruiter", "", ""),
    ("Brianna Kowalski", "Marcus Delgado", "Chicago", "Senior Recruiter", "", "900000.00"),
    ("Derek Haynes", "Marcus Delgado", "Chicago", "Recruiter", "", ""),
    ("Nicole Fairbanks", "Marcus Delgado", "Chicago", "Account Manager", "", ""),
    ("Omar Siddiqui", "Marcus Delgado", "Chicago", "Recruiter", "", ""),
    ("Caitlin Moreau", "Marcus Delgado", "Chicago", "Recruiter", "2026-10-01", ""),
    ("Travis McAllister", "Rachel Okonkwo", "Austin", "Senior Recruiter", "", ""),
    ("Sofia Alvarez", "Rachel Okonkwo", "Austin", "Recruiter", "", ""),
    ("Jordan Whitaker", "Rachel Okonkwo", "Austin", "Account Manager", "", ""),
    ("Hannah Lindqvist", "Rachel Okonkwo", "Austin", "Recruiter", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("Admin & Office", 15), "GTX Plus Basic": ("Sales & Marketing", 12),
    "GTXPro": ("Finance & Accounting", 4), "GTX Pro": ("Finance & Accounting", 4),
    "GTX Plus Pro": ("Software Engineering", 5), "MG Special": ("Light Industrial", 100),
    "MG Advanced": ("Director Retainer", 12), "GTK 500": ("C-Suite Retainer", 3),
}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def shift(s):
    d = dt.date.fromisoformat(s)
    m = d.month - 1 + 4
    y = d.year + 9 + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    crc = zlib.crc32(r["opportunity_id"].encode())
    if r["sales_agent"] not in AGENTS or crc % 5 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    product, factor = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2027, 4, 1) + dt.timedelta(days=(crc >> 3) % 90)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "lost":
            value = PRICE[r["product"]]  # the fee the req would have billed
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.6"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage in ("won", "open"):
        continue
    amount = round(value * factor, 2)
    rows.append(dict(id=r["opportunity_id"], seller=seller, amount=f"{amount:.2f}",
                     close_date=close.isoformat(), stage=stage, product=product,
                     account=r["account"], probability=prob, crc=crc))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
placed = set()
for x in rows:
    acct = x["account"]
    x["type"] = "repeat" if acct and acct in placed else "new"
    if x["stage"] == "won" and acct:
        placed.add(acct)
    x["name"] = f"{acct or 'Unnamed client'} {x['product']}"

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2027-03-10" and (x["crc"] >> 8) % 17 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=(x["crc"] >> 4) % 150 + 5)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["split"] = "1"
        x["currency"] = "USD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:perm_fee"])
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", q])
print(len(rows), "lines")
