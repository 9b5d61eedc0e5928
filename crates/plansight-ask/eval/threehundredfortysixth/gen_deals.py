#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredfortysixth workspace (Gleamwell Facility
Services Pty Ltd, an invented Melbourne commercial cleaning and facilities services contractor;
plan year = the Australian financial year 1 July 2025 - 30 June 2026, AUD, QUARTERLY payouts)
from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 14 Maven agents are re-cast as Gleamwell business development managers (BDMs, AGENTS below)
  under three state managers. Half of each agent's opportunities are kept (md5(id) even),
  except: every GTK 500 opportunity is kept (they become Healthcare Contract Clean tenders), and
  every opportunity of Elease Gluck (re-cast as Priya Deshpande, the Health Sector BDM) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 July 2025. AS OF = 2026-04-15. A Won opportunity that now closes after the as-of date
  becomes an open tender (probability 0.6); a Lost one dated after it an open tender
  (probability 0.25). Engaging opportunities are open (probability 0.5) expected to close
  1 April 2026 + (hash mod 75) days (some overdue at the as-of date); Prospecting ones
  (probability 0.2) 1 May 2026 + (hash mod 60) days.
- Amounts in AUD, whole dollars (first-year contract value, ex GST): close value x the
  product's factor (won); lost and open tenders carry the product's list price x the factor.
    GTX Pro        -> Office Contract Clean       x 12
    GTK 500        -> Healthcare Contract Clean   x 6
    MG Advanced    -> Builders Clean              x 3
    GTX Plus Pro   -> Window and High Access      x 2
    GTX Basic      -> Washroom Service            x 8
    GTX Plus Basic -> Hygiene Consumables         x 3
    MG Special     -> Floor Care Program          x 40
- Accounts: Healthcare Contract Clean goes to one of 10 invented hospitals and aged-care sites
  (Maven account index mod 10); other opportunities go to one of 36 invented Victorian offices,
  schools and shopping centres (account index mod 36). An opportunity with no account gets one
  by hash.
- Type: Builders Clean is "oneoff"; otherwise (hash // 3) mod 5 = 0 is "upsell" (more scope at
  a site we already clean), (hash // 3) mod 5 = 1 or 2 is "renewal" (a contract re-signed), the
  rest "new". term_months: Office and Healthcare contracts 12/24/36/48 by (hash // 5) mod 4;
  Window and High Access and the three services 12; Builders Clean blank.
- Splits (plan.md 3.4): a won or cancelled Healthcare Contract Clean of any BDM but Priya
  Deshpande is two lines with the same id: 70% to the BDM, 30% to Priya Deshpande.
- Cancellations ("walk-offs"): a won deal closed on or before 2026-03-31 with (hash // 7) mod
  19 = 0 is cancelled, cancel_date = close + 10 + (hash // 11) mod 140 days, at the latest the
  as-of date (plan.md section 11: only walk-offs within 90 days of close are clawed back).
- Roster: Tayla Nguyen joined on 2025-10-13 (her own deals before that date are dropped);
  Hamish Boyd left on 2026-02-27 (his lines after that still appear but credit nothing).
  Kieran O'Donnell (Senior BDM) and Priya Deshpande (Health Sector BDM) carry their own
  quarterly Contract Value quota; Priya also her own target incentive.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 4, 15)
SHIFT = dt.date(2025, 7, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 3, 31)

AGENTS = {
    "Darcel Schlecht": "Kieran O'Donnell",
    "Anna Snelling": "Josh Kettle",
    "Cassey Cress": "Megan Farrugia",
    "Garret Kinder": "Tayla Nguyen",
    "Boris Faz": "Sam Petrovic",
    "Vicki Laflamme": "Josh Tran",
    "Kary Hendrixson": "Bec Hollis",
    "Zane Levy": "Anthony Russo",
    "Elease Gluck": "Priya Deshpande",
    "Rosie Papadopoulos": "Hamish Boyd",
    "Corliss Cosme": "Dan Whelan",
    "Maureen Marcano": "Chloe Sutherland",
    "Markita Hansen": "Ben Kowalczyk",
    "Jonathan Berthelot": "Aisha Rahman",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:contract, target_incentive
    ("Kieran O'Donnell", "Shannon Doyle", "Metro North & West", "Senior BDM", "", "", "QSEN", ""),
    ("Josh Kettle", "Shannon Doyle", "Metro North & West", "BDM", "", "", "", ""),
    ("Megan Farrugia", "Shannon Doyle", "Metro North & West", "BDM", "", "", "", ""),
    ("Tayla Nguyen", "Shannon Doyle", "Metro North & West", "BDM", "2025-10-13", "", "", ""),
    ("Sam Petrovic", "Shannon Doyle", "Metro North & West", "BDM", "", "", "", ""),
    ("Josh Tran", "Craig Lindsay", "Metro South & East", "BDM", "", "", "", ""),
    ("Bec Hollis", "Craig Lindsay", "Metro South & East", "BDM", "", "", "", ""),
    ("Anthony Russo", "Craig Lindsay", "Metro South & East", "BDM", "", "", "", ""),
    ("Priya Deshpande", "Craig Lindsay", "Metro South & East", "Health Sector BDM", "", "", "QHEALTH", "TIHEALTH"),
    ("Hamish Boyd", "Craig Lindsay", "Metro South & East", "BDM", "", "2026-02-27", "", ""),
    ("Dan Whelan", "Lisa Marchetti", "Regional Vic", "BDM", "", "", "", ""),
    ("Chloe Sutherland", "Lisa Marchetti", "Regional Vic", "BDM", "", "", "", ""),
    ("Ben Kowalczyk", "Lisa Marchetti", "Regional Vic", "BDM", "", "", "", ""),
    ("Aisha Rahman", "Lisa Marchetti", "Regional Vic", "BDM", "", "", "", ""),
]
VALUES = {"QSEN": "1000000.00", "QHEALTH": "550000.00", "TIHEALTH": "30000.00"}
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Pro": ("Office Contract Clean", 12),
    "GTXPro": ("Office Contract Clean", 12),
    "GTK 500": ("Healthcare Contract Clean", 6),
    "MG Advanced": ("Builders Clean", 3),
    "GTX Plus Pro": ("Window and High Access", 2),
    "GTX Basic": ("Washroom Service", 8),
    "GTX Plus Basic": ("Hygiene Consumables", 3),
    "MG Special": ("Floor Care Program", 40),
}
SITES = [
    "Collins Street Tower", "Docklands Harbour Offices", "Southbank Exchange", "Box Hill Central",
    "Northland Shopping Centre", "Geelong Grammar Annexe", "Ballarat Secondary College",
    "Bendigo Marketplace", "Epping Plaza", "Werribee Civic Centre", "Frankston Library",
    "Dandenong Business Park", "Footscray Primary School", "Chadstone Offices",
    "Sunshine Marketplace", "Moonee Ponds Central", "Richmond Maltings Offices",
    "Brunswick Secondary College", "Camberwell Arcade", "Shepparton Plaza",
    "Mildura Civic Offices", "Warrnambool TAFE", "Traralgon Centre Plaza",
    "Ringwood Square", "Glen Waverley Offices", "Hawthorn Girls College", "Preston Market Offices",
    "Caroline Springs Square", "Melton Grammar", "Point Cook Town Centre", "Torquay Surf House",
    "Bourke Street Chambers", "St Kilda Road Plaza", "Mornington Central", "Wodonga Plaza",
    "Sale Regional Offices",
]
HOSPITALS = [
    "Eastern Health Box Hill", "Peninsula Private Hospital", "Barwon Aged Care", "Bendigo Health",
    "Northern Hospital Epping", "Ballarat Base Hospital", "Latrobe Regional Hospital",
    "Cabrini Malvern", "Goulburn Valley Health", "Sunbury Day Hospital",
]


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
    account = HOSPITALS[idx % 10] if product == "Healthcare Contract Clean" else SITES[idx % 36]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 4, 1) + dt.timedelta(days=x % 75)
            prob = "0.5"
        else:
            close = dt.date(2026, 5, 1) + dt.timedelta(days=x % 60)
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
    k = (x // 3) % 5
    if product == "Builders Clean":
        typ = "oneoff"
    elif k == 0:
        typ = "upsell"
    elif k in (1, 2):
        typ = "renewal"
    else:
        typ = "new"
    if product in ("Office Contract Clean", "Healthcare Contract Clean"):
        term = str(12 * (1 + (x // 5) % 4))
    elif product == "Builders Clean":
        term = ""
    else:
        term = "12"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, term_months=term, cancel_date=cancel, currency="AUD")
    if (product == "Healthcare Contract Clean" and seller != "Priya Deshpande"
            and stage in ("won", "cancelled")):
        line["split"] = "0.7"
        rows.append(line)
        rows.append(dict(line, seller="Priya Deshpande", split="0.3"))
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
                "quota:contract", "target_incentive"])
    for sid, mgr, terr, role, start, end, q, ti in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, VALUES.get(q, ""), VALUES.get(ti, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
