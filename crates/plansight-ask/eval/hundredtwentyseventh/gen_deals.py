#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredtwentyseventh workspace (Ironbark Transport
Group Pty Ltd, an invented Australian B2B road freight, cold-chain and warehousing firm;
plan year 1 July 2026 - 30 June 2027, AUD, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Ironbark business development managers (AGENTS below). Half of
  each agent's opportunities are kept (md5(id) even), except every GTK 500 opportunity (they
  become Dedicated Fleet contracts) and every opportunity of Vicki Laflamme (re-cast as Samira
  Haddad, the National Account Manager), which are all kept.
- Dates: every Maven date moves forward by the same 3,409 days, so 1 March 2017 becomes 1 July
  2026 and 31 December 2017 becomes 30 April 2027. AS OF = 2027-03-17. A Won opportunity that
  now closes after it becomes an open tender (probability 0.6); a Lost one dated after it
  becomes an open tender (probability 0.3). Engaging opportunities are open (probability 0.5),
  expected to close 20 February 2027 + (hash mod 100) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 1 April 2027 + (hash mod 85) days.
- Amounts in AUD, whole dollars: close value x the product's factor (won); lost and open tenders
  carry the product's list price x the factor.
    MG Special     -> Customs Clearance          x 12
    GTX Basic      -> Parcel Express             x 6
    GTX Plus Basic -> Same-Day Courier           x 5
    MG Advanced    -> Warehousing & Fulfilment   x 6
    GTX Pro        -> Interstate Linehaul        x 7
    GTX Plus Pro   -> Reefer Transport           x 7
    GTK 500        -> Dedicated Fleet            x 6
- Accounts: Maven's 85 accounts (sorted) fold onto 40 invented Australian businesses (index mod
  40); an opportunity with no account gets one by hash. Five of them are National Key Accounts
  (NKA below).
- Type: "new" (a new customer), "extension" (more lanes or sites for a customer Ironbark already
  serves: the floor's "lane add") or "retender" (an existing contract re-tendered and won
  again): hash mod 10 in 0-4 = new, 5-7 = extension, 8-9 = retender. Customs Clearance is always
  "extension" (sold to existing freight customers).
- Splits (plan.md 3.4): a won or cancelled deal of $10,000 or more at a National Key Account by
  anyone but Samira Haddad is two lines with the same id: 70% to the seller, 30% to Samira
  Haddad.
- Cancellations ("jackknifes"): a won deal closed on or before 2027-03-01 with hash mod 19 = 0
  is cancelled, cancel_date = close + 10 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Samira Haddad carries her own quarterly quotas for both measures. Tom Kershaw joined on
  2026-11-02 (his own deals before that date are dropped); Hamish Doyle left on 2027-01-29
  (his deals after that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 3, 17)
SHIFT = dt.date(2026, 7, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2027, 3, 1)

AGENTS = {
    "Corliss Cosme": "Brodie Mackay",
    "Violet Mclelland": "Tahlia Russo",
    "Garret Kinder": "Hamish Doyle",
    "Wilburn Farren": "Sienna Papadakis",
    "Rosie Papadopoulos": "Jack Pettersen",
    "Daniell Hammack": "Angus Fairbairn",
    "Cassey Cress": "Mei Zhou",
    "Donn Cantrell": "Declan Murphy",
    "Reed Clapper": "Rhys Tamihana",
    "Boris Faz": "Ivana Petrovic",
    "Vicki Laflamme": "Samira Haddad",
    "Kary Hendrixson": "Jessica Whitford",
    "Zane Levy": "Callum Reid",
    "Markita Hansen": "Jack Barlow",
    "Rosalina Dieter": "Priyanka Sharma",
    "Kami Bicknell": "Tom Kershaw",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:road, quota:logistics
    ("Brodie Mackay", "Kerri-Anne Dwyer", "QLD", "Business Development Manager", "", "", ""),
    ("Tahlia Russo", "Kerri-Anne Dwyer", "QLD", "Business Development Manager", "", "", ""),
    ("Hamish Doyle", "Kerri-Anne Dwyer", "QLD", "Business Development Manager", "", "2027-01-29", ""),
    ("Sienna Papadakis", "Kerri-Anne Dwyer", "QLD", "Business Development Manager", "", "", ""),
    ("Jack Pettersen", "Kerri-Anne Dwyer", "QLD", "Business Development Manager", "", "", ""),
    ("Samira Haddad", "Mick O'Halloran", "VIC", "National Account Manager", "", "", "Q_NAM"),
    ("Angus Fairbairn", "Mick O'Halloran", "VIC", "Business Development Manager", "", "", ""),
    ("Mei Zhou", "Mick O'Halloran", "VIC", "Business Development Manager", "", "", ""),
    ("Declan Murphy", "Mick O'Halloran", "VIC", "Business Development Manager", "", "", ""),
    ("Rhys Tamihana", "Mick O'Halloran", "VIC", "Business Development Manager", "", "", ""),
    ("Ivana Petrovic", "Mick O'Halloran", "VIC", "Business Development Manager", "", "", ""),
    ("Jessica Whitford", "Fiona Tranter", "WA", "Business Development Manager", "", "", ""),
    ("Callum Reid", "Fiona Tranter", "WA", "Business Development Manager", "", "", ""),
    ("Jack Barlow", "Fiona Tranter", "WA", "Business Development Manager", "", "", ""),
    ("Priyanka Sharma", "Fiona Tranter", "WA", "Business Development Manager", "", "", ""),
    ("Tom Kershaw", "Fiona Tranter", "WA", "Business Development Manager", "2026-11-02", "", ""),
]
QUOTA = {"Q_NAM": ("900000.00", "250000.00")}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
NAM = "Samira Haddad"
PRODUCT = {
    "MG Special": ("Customs Clearance", 12),
    "GTX Basic": ("Parcel Express", 6),
    "GTX Plus Basic": ("Same-Day Courier", 5),
    "MG Advanced": ("Warehousing & Fulfilment", 6),
    "GTX Pro": ("Interstate Linehaul", 7),
    "GTXPro": ("Interstate Linehaul", 7),
    "GTX Plus Pro": ("Reefer Transport", 7),
    "GTK 500": ("Dedicated Fleet", 6),
}
ACCOUNTS = [
    "Harbourside Supermarkets", "Wattleseed Foods", "Coral Coast Seafoods", "Mallee Grain Growers",
    "Outback Hardware Group", "Darling Downs Dairy Co-op", "Gippsland Timber Products",
    "Nullarbor Tyres", "Pilbara Mine Supplies", "Cape York Cattle Co", "Koala Pharmacy Group",
    "Southern Ocean Abalone", "Hunter Valley Vintners", "Tasman Beverages", "Fremantle Marine Spares",
    "Ballarat Brickworks", "Toowong Print & Pack", "Red Centre Mining", "Geraldton Grain Terminal",
    "Margaret River Olive Co", "Sunshine Coast Produce", "Bendigo Bakehouse", "Mackay Sugar Traders",
    "Kalgoorlie Industrial Gases", "Rockhampton Meatworks", "Shepparton Fruit Packers",
    "Albany Wool Exporters", "Townsville Building Supplies", "Moreton Bay Seafoods",
    "Ipswich Auto Parts", "Dandenong Furniture Makers", "Kwinana Chemicals", "Logan Cold Stores",
    "Mildura Citrus", "Bunbury Paper Mill", "Cairns Reef Tourism Supplies", "Wollongong Steel Fabricators",
    "Geelong Wool Stores", "Launceston Textiles", "Broome Pearl Traders",
]
NKA = {"Harbourside Supermarkets", "Outback Hardware Group", "Koala Pharmacy Group",
       "Tasman Beverages", "Red Centre Mining"}


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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Vicki Laflamme"
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
            close = dt.date(2027, 2, 20) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2027, 4, 1) + dt.timedelta(days=x % 85)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if product == "Customs Clearance":
        typ = "extension"
    else:
        t = (x // 3) % 10
        typ = "new" if t < 5 else ("extension" if t < 8 else "retender")
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="AUD")
    if (account in NKA and seller != NAM and stage in ("won", "cancelled") and amount >= 10000):
        line["split"] = "0.7"
        rows.append(line)
        rows.append(dict(line, seller=NAM, split="0.3"))
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
                "quota:road", "quota:logistics"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, *QUOTA.get(q, ("", ""))])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
