#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredtwelfth workspace (Cabot Lane Insurance
Brokers Ltd, an invented commercial insurance broker in Bristol with branches in Bath and
Cheltenham: fleet, property, liability and cyber policies placed for small businesses; plan year
1 April 2026 - 31 March 2027, GBP, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Cabot Lane account executives (AGENTS below). Two thirds of
  each agent's opportunities are kept (md5(id) mod 3 != 0), except every GTK 500 opportunity
  (they become Motor Trade policies) and every opportunity of Elease Gluck (re-cast as Owen
  Probert, the Motor Trade specialist), which are all kept.
- Dates: every Maven date moves forward by 396 days, so 1 March 2017 becomes 1 April 2026 and
  31 December 2017 becomes 31 January 2027. AS OF = 2027-01-22. A Won opportunity that now
  closes after it becomes an open quote ("at market", probability 0.7); a Lost one dated after
  it becomes an open quote (probability 0.3). Engaging opportunities are open (probability 0.5)
  expected to be bound 1 January 2027 + (hash mod 80) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 1 February 2027 + (hash mod 58) days.
- Amounts in GBP, whole pounds: annual premium excluding IPT = close value x the product's
  factor (won); lost and open quotes carry the product's list price x the factor.
    GTX Basic      -> Combined Liability       x 4   (Sanjay Patel's: Cyber Liability x 4)
    MG Special     -> Legal Expenses           x 10
    GTX Pro        -> Commercial Property      x 2
    MG Advanced    -> Professional Indemnity   x 1.2
    GTX Plus Pro   -> Fleet Motor              x 3
    GTX Plus Basic -> Cyber Liability          x 2
    GTK 500        -> Motor Trade              x 1.5
  Directors & Officers is in the plan (Specialty Lines) but no deal sells it yet.
- Accounts: Motor Trade and Fleet Motor policies go to one of 14 invented fleet and garage
  businesses (Maven account index mod 14); Professional Indemnity and Cyber Liability to one of
  14 professional firms; the rest to one of 16 local trades (a third of them, by account index,
  to the professional or fleet lists). An opportunity with no account gets one by hash.
- Type: Legal Expenses: renewal unless hash mod 5 = 0 (new). Otherwise hash mod 20 < 9 =
  "renewal", 9..11 = "mta" (mid-term adjustment), the rest "new".
- Splits (plan.md 3.5): a won or cancelled Motor Trade policy of anyone but Owen Probert is two
  lines with the same id: 75% to the account executive, 25% to Owen Probert. Lauren Whitcombe's
  deals closing on or after Daisy Kingdon's start with hash mod 5 = 0 are "buddy" deals, two
  lines 50% / 50% with Daisy Kingdon.
- Cancellations ("NTUs"): a won deal closed on or before 2027-01-05 with hash mod 22 = 0 is
  cancelled, cancel_date = close + 6 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of inception are clawed back).
- Roster: Gemma Pritchard (Senior Account Executive) carries her own annual Core Lines quota;
  Sanjay Patel (Specialty Lines Lead) his own quarterly Specialty Lines quota. Daisy Kingdon
  joined on 2026-09-14 (her own deals before that date are dropped); Jack Thornbury left on
  2026-11-20 (his deals after it are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 1, 22)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Darcel Schlecht": "Gemma Pritchard",
    "Anna Snelling": "Rhys Llewellyn",
    "Cassey Cress": "Anjali Mistry",
    "Kary Hendrixson": "Callum Doyle",
    "Zane Levy": "Ben Ashworth",
    "Vicki Laflamme": "Gemma Okoro",
    "Reed Clapper": "Tobias Fairclough",
    "Jonathan Berthelot": "Harriet Lowe",
    "Rosie Papadopoulos": "Jack Thornbury",
    "Corliss Cosme": "Kasia Nowak",
    "Donn Cantrell": "Nathaniel Briggs",
    "Markita Hansen": "Lauren Whitcombe",
    "Elease Gluck": "Owen Probert",
    "Garret Kinder": "Daisy Kingdon",
    "Maureen Marcano": "Sanjay Patel",
    "Violet Mclelland": "Bethan Rees",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:core, quota:specialty
    ("Gemma Pritchard", "Claire Hemmings", "Bristol", "Senior Account Executive", "", "", "Q_SENIOR", ""),
    ("Rhys Llewellyn", "Claire Hemmings", "Bristol", "Account Executive", "", "", "", ""),
    ("Anjali Mistry", "Claire Hemmings", "Bristol", "Account Executive", "", "", "", ""),
    ("Callum Doyle", "Claire Hemmings", "Bristol", "Account Executive", "", "", "", ""),
    ("Ben Ashworth", "Claire Hemmings", "Bristol", "Account Executive", "", "", "", ""),
    ("Gemma Okoro", "Marcus Oyelaran", "Bath", "Account Executive", "", "", "", ""),
    ("Tobias Fairclough", "Marcus Oyelaran", "Bath", "Account Executive", "", "", "", ""),
    ("Harriet Lowe", "Marcus Oyelaran", "Bath", "Account Executive", "", "", "", ""),
    ("Jack Thornbury", "Marcus Oyelaran", "Bath", "Account Executive", "", "2026-11-20", "", ""),
    ("Kasia Nowak", "Marcus Oyelaran", "Bath", "Account Executive", "", "", "", ""),
    ("Nathaniel Briggs", "Fiona Strachan", "Cheltenham", "Account Executive", "", "", "", ""),
    ("Lauren Whitcombe", "Fiona Strachan", "Cheltenham", "Account Executive", "", "", "", ""),
    ("Owen Probert", "Fiona Strachan", "Cheltenham", "Motor Trade Specialist", "", "", "", ""),
    ("Daisy Kingdon", "Fiona Strachan", "Cheltenham", "Account Executive", "2026-09-14", "", "", ""),
    ("Sanjay Patel", "Fiona Strachan", "Cheltenham", "Specialty Lines Lead", "", "", "", "Q_SPEC"),
    ("Bethan Rees", "Fiona Strachan", "Cheltenham", "Account Executive", "", "", "", ""),
]
QUOTA = {"Q_SENIOR": "1100000.00", "Q_SPEC": "40000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("Combined Liability", 4),
    "MG Special": ("Legal Expenses", 10),
    "GTX Pro": ("Commercial Property", 2),
    "GTXPro": ("Commercial Property", 2),
    "MG Advanced": ("Professional Indemnity", 1.2),
    "GTX Plus Pro": ("Fleet Motor", 3),
    "GTX Plus Basic": ("Cyber Liability", 2),
    "GTK 500": ("Motor Trade", 1.5),
}
FLEET = [
    "Avonmouth Haulage Ltd", "Temple Meads Couriers", "Weston Van Hire", "Severnside Scaffolding",
    "Totterdown Motors", "Tewkesbury Road Garage", "Cheltenham Coachworks", "Kingswood Plumbing & Heating",
    "Portway Skip Hire", "Filton Aero Engineering", "Stroud Valley Removals", "Brislington Tyre & Exhaust",
    "Cotswold Horsebox Hire", "Bath Airport Taxis",
]
PROFESSIONAL = [
    "Harbourside Architects LLP", "Redland Dental Practice", "Anchor Road Dental", "Clifton Wealth Partners",
    "Montpelier Web Studio", "Queen Square Accountants", "Whiteladies Physio Clinic", "Frome Road Veterinary Surgery",
    "Bathwick Surveyors", "Pittville Recruitment", "Spike Island Design Co", "Easton Community Pharmacy",
    "Gloucester Road IT Support", "Lansdown Legal LLP",
]
TRADES = [
    "Clifton Bakehouse Ltd", "Stokes Croft Cycles", "Bedminster Brewing Co", "Portishead Marina Services",
    "Keynsham Joinery", "Bath Stone Masons", "Gloucester Road Deli", "Montpelier Yoga Studio",
    "Cotswold Kitchens Ltd", "Stroud Valley Printworks", "Wapping Wharf Kitchens", "Southville Florist",
    "Cabot Circus Barbers", "Bishopston Hardware", "Leckhampton Farm Shop", "Widcombe Wine Bar",
]
CANCEL_BY = dt.date(2027, 1, 5)


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
    keep = h(oid) % 3 != 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 3
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    if seller == "Sanjay Patel" and r["product"] == "GTX Basic":
        product, factor = "Cyber Liability", 4
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product in ("Motor Trade", "Fleet Motor") or (idx % 3 == 0 and product == "Commercial Property"):
        account = FLEET[idx % len(FLEET)]
    elif product in ("Professional Indemnity", "Cyber Liability") or idx % 3 == 1:
        account = PROFESSIONAL[idx % len(PROFESSIONAL)]
    else:
        account = TRADES[idx % len(TRADES)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 1, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2027, 2, 1) + dt.timedelta(days=x % 58)
            prob = "0.2"
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
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if product == "Legal Expenses":
        typ = "new" if (x // 5) % 5 == 0 else "renewal"
    else:
        k = (x // 5) % 20
        typ = "renewal" if k < 9 else ("mta" if k < 12 else "new")
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 22 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="GBP")
    partner = None
    if product == "Motor Trade" and seller != "Owen Probert" and stage in ("won", "cancelled"):
        partner, share = "Owen Probert", ("0.75", "0.25")
    elif (seller == "Lauren Whitcombe" and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START["Daisy Kingdon"])):
        partner, share = "Daisy Kingdon", ("0.5", "0.5")
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
                "quota:core", "quota:specialty"])
    for sid, mgr, terr, role, start, end, qc, qs in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(qc, ""), QUOTA.get(qs, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
