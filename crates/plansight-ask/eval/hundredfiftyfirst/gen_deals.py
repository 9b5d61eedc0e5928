#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfiftyfirst workspace (Lakeshore Software
Partners Inc., an invented Toronto reseller of business software to mid-size companies:
licences, subscriptions, implementation services and support renewals; plan year 1 January -
31 December 2026, CAD, quarterly quotas, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Lakeshore account executives (AGENTS below); every one of
  their opportunities is kept (id = opportunity_id).
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 January 2026 and 31 December 2017 becomes 31 October 2026. AS OF = 2026-08-21. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one
  dated after it becomes an open deal (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 2026-08-01 + (hash mod 90) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 2026-09-01 + (hash mod 120) days.
- Amounts in CAD, whole dollars: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    GTK 500        -> Harbourline ERP Licence          x 4
    GTX Plus Pro   -> Harbourline ERP Cloud            x 5
    GTX Pro        -> Implementation Services          x 4
    MG Advanced    -> Beacon Analytics Subscription    x 3
    GTX Plus Basic -> Quillstack CRM Subscription      x 5
    GTX Basic      -> Training Pass                    x 4
    MG Special     -> Premier Support Plan             x 50
- Accounts: Maven's accounts fold onto 40 invented Ontario companies (Maven account index mod
  40); an opportunity with no account gets one by hash.
- Type: Premier Support Plan is always "renewal"; a subscription (Harbourline ERP Cloud,
  Beacon Analytics, Quillstack CRM) is "renewal" when hash mod 3 = 0; otherwise hash mod 5 in
  {0, 1} = "expansion" (an add-on for an existing customer), the rest "new".
- Shared deals (plan.md 3.5): a won or cancelled new or expansion deal with (hash // 17) mod 11
  = 0 is two lines with the same id, 60% to the seller who owns it and 40% to a teammate of
  the same manager picked by hash (one active on the close date).
- Cancellations ("backouts"): a won deal closed on or before 2026-08-07 with (hash // 7) mod 24
  = 0 is cancelled, cancel_date = close + 6 + ((hash // 11) mod 140) days, when that date is on
  or before the as-of date (else it stays won) (plan.md 11: only cancellations within 90 days
  of close are clawed back).
- Roster: Ethan MacLeod (Senior Account Executive) carries his own quarterly New Business
  quota; Sam Patel joined on 2026-05-11 (his deals before that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 21)
SHIFT = dt.date(2026, 1, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 8, 7)

AGENTS = {
    "Darcel Schlecht": "Ethan MacLeod",
    "Anna Snelling": "Priyanka Sharma",
    "Versie Hillebrand": "Jordan Kowalczyk",
    "Moses Frase": "Chloe Bergeron",
    "Boris Faz": "Owen Fitzgerald",
    "Vicki Laflamme": "Nadia Haddad",
    "Kary Hendrixson": "Tyler Boateng",
    "Zane Levy": "Hannah Wong",
    "Markita Hansen": "Megan Fraser",
    "Hayden Neloms": "Simone Rousseau",
    "Kami Bicknell": "Liam Chen",
    "Cassey Cress": "Aisha Mohamed",
    "Corliss Cosme": "Derek Sawatzky",
    "James Ascencio": "Megan Doyle",
    "Garret Kinder": "Sam Patel",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:new_business
    ("Ethan MacLeod", "Gwen Tremblay", "Downtown Core", "Senior Account Executive", "", "Q_SENIOR"),
    ("Priyanka Sharma", "Gwen Tremblay", "Downtown Core", "Account Executive", "", ""),
    ("Jordan Kowalczyk", "Gwen Tremblay", "Downtown Core", "Account Executive", "", ""),
    ("Chloe Bergeron", "Gwen Tremblay", "Downtown Core", "Account Executive", "", ""),
    ("Owen Fitzgerald", "Gwen Tremblay", "Downtown Core", "Account Executive", "", ""),
    ("Nadia Haddad", "Rajiv Mehta", "GTA West", "Account Executive", "", ""),
    ("Tyler Boateng", "Rajiv Mehta", "GTA West", "Account Executive", "", ""),
    ("Hannah Wong", "Rajiv Mehta", "GTA West", "Account Executive", "", ""),
    ("Megan Fraser", "Rajiv Mehta", "GTA West", "Account Executive", "", ""),
    ("Simone Rousseau", "Rajiv Mehta", "GTA West", "Account Executive", "", ""),
    ("Liam Chen", "Paul Desjardins", "GTA North & East", "Account Executive", "", ""),
    ("Aisha Mohamed", "Paul Desjardins", "GTA North & East", "Account Executive", "", ""),
    ("Derek Sawatzky", "Paul Desjardins", "GTA North & East", "Account Executive", "", ""),
    ("Megan Doyle", "Paul Desjardins", "GTA North & East", "Account Executive", "", ""),
    ("Sam Patel", "Paul Desjardins", "GTA North & East", "Account Executive", "2026-05-11", ""),
]
QUOTA = {"Q_SENIOR": "900000.00"}
START = {r[0]: r[4] for r in ROSTER}
TEAM = {}
for r in ROSTER:
    TEAM.setdefault(r[1], []).append(r[0])
MANAGER = {r[0]: r[1] for r in ROSTER}
PRODUCT = {
    "GTK 500": ("Harbourline ERP Licence", 4),
    "GTX Plus Pro": ("Harbourline ERP Cloud", 5),
    "GTX Pro": ("Implementation Services", 4),
    "GTXPro": ("Implementation Services", 4),
    "MG Advanced": ("Beacon Analytics Subscription", 3),
    "GTX Plus Basic": ("Quillstack CRM Subscription", 5),
    "GTX Basic": ("Training Pass", 4),
    "MG Special": ("Premier Support Plan", 50),
}
SUBSCRIPTIONS = {"Harbourline ERP Cloud", "Beacon Analytics Subscription",
                 "Quillstack CRM Subscription"}
COMPANIES = [
    "Humber Valley Logistics", "Danforth Dental Group", "Kingsway Mechanical",
    "Etobicoke Precision Tooling", "Scarborough Fresh Foods", "Bloor Street Legal LLP",
    "Liberty Village Media", "Don Mills Insurance Brokers", "Leslieville Bakeries",
    "Queensway Auto Group", "Lakeshore Marine Supply", "Yorkville Wealth Partners",
    "Riverdale Physiotherapy", "Meadowvale Cold Chain", "Brampton Plastics",
    "Markham Circuitworks", "Vaughan Steel Fabricators", "Oakville Home Builders",
    "Burlington Packaging", "Hamilton Harbour Freight", "Pickering Power Services",
    "Ajax Medical Supply", "Newmarket Furniture", "Richmond Hill Eye Clinic",
    "Georgetown Millwork", "Milton Distribution", "Barrie Outdoor Gear",
    "Kitchener Robotics", "Grand River Analytics", "Guelph Organic Growers",
    "Cobourg Printing", "Peterborough Canoe Works", "Orillia Boatworks",
    "Niagara Estate Wines", "St. Catharines Tool & Die", "Whitby Transit Parts",
    "Oshawa Fleet Services", "Junction Craft Brewing", "Parkdale Credit Union",
    "Annex Architects",
]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def active(seller, day):
    return not START[seller] or day >= dt.date.fromisoformat(START[seller])


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
    x = h(oid)
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = COMPANIES[idx % len(COMPANIES)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 8, 1) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 120)
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
    if product == "Premier Support Plan":
        typ = "renewal"
    elif product in SUBSCRIPTIONS and (x // 3) % 3 == 0:
        typ = "renewal"
    elif (x // 5) % 5 in (0, 1):
        typ = "expansion"
    else:
        typ = "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 24 == 0:
        cancel_on = close + dt.timedelta(days=6 + (x // 11) % 140)
        if cancel_on <= AS_OF:
            stage = "cancelled"
            cancel = cancel_on.isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="CAD")
    partner = None
    if typ != "renewal" and stage in ("won", "cancelled") and (x // 17) % 11 == 0:
        mates = [s for s in TEAM[MANAGER[seller]] if s != seller and active(s, close)]
        partner = mates[(x // 19) % len(mates)]
    if partner:
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=partner, split="0.4"))
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
                "quota:new_business"])
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
