#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredthirteenth workspace (Jacaranda Business
Comms Pty Ltd, an invented Sydney business-telecom reseller: business fibre, SD-WAN, managed
Wi-Fi, mobile fleets, handsets, hosted voice and softphone licences for small and mid-sized
businesses; plan year 1 July 2025 - 30 June 2026, AUD, MONTHLY payouts) from the real Maven CRM
export in /work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an
md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Jacaranda account managers (AGENTS below), under three Sydney
  sales managers (CBD, North Shore, Western Sydney). About half of each agent's opportunities
  are kept (md5(id) mod 2 = 0), plus every GTK 500 (they become SD-WAN rollouts) and every
  opportunity of Darcel Schlecht (re-cast as Sam Whitaker, the Enterprise Account Manager).
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  7 July 2025 and 31 December 2017 becomes 6 May 2026. AS OF = 2026-03-18. A Won opportunity
  that now closes after it becomes an open quote (probability 0.7); a Lost one dated after it an
  open quote (probability 0.3). Engaging opportunities are open (probability 0.6), expected to
  close 2 March 2026 + (hash mod 90) days (some are overdue at the as-of date); Prospecting ones
  (probability 0.25) 1 April 2026 + (hash mod 85) days.
- Amounts in AUD (total contract value over the initial term, ex GST), whole dollars: close
  value x the product's factor (won); lost and open quotes carry list price x the factor.
    GTX Basic      -> Mobile Fleet       x 6
    GTX Plus Basic -> Handset Bundle     x 2
    GTX Pro        -> Business Fibre     x 3
    GTX Plus Pro   -> Hosted Voice       x 2.5
    MG Special     -> Softphone Licence  x 20
    MG Advanced    -> Managed Wi-Fi      x 2
    GTK 500        -> SD-WAN             x 3
- Accounts: Maven's 85 accounts are re-named one to one as invented Sydney businesses (sorted
  order); an opportunity with no account gets one by hash.
- Type: Softphone Licence is "expansion" ("bolt-on"); otherwise hash mod 10: 0-2 "new" (a fresh
  logo), 3-6 "expansion", 7-9 "renewal" (a re-sign). Term (term_months): Mobile Fleet and
  Softphone Licence 24, Handset Bundle 24 or 36, Business Fibre / SD-WAN / Hosted Voice 36 or
  60, Managed Wi-Fi 36.
- Splits (plan.md 3.5): every won or cancelled SD-WAN rollout of anyone but Sam Whitaker is two
  lines with the same id, 60% to the account manager and 40% to Sam Whitaker (solution design).
  While Emily Zhou shadows Ahmed Rahimi (from her start), Ahmed's won or cancelled deals with
  hash mod 5 = 0 are "shadow deals", 50% / 50%.
- Early churn (cancellations): a won deal closed on or before 2026-03-06 with hash mod 25 = 0 is
  cancelled, cancel_date = close + 6 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Sam Whitaker (Enterprise Account Manager) carries his own quarterly Connectivity quota
  ($600,000 every quarter); Daniel Haddad (Cloud Voice Specialist) his own annual Cloud Voice
  quota ($300,000). Emily Zhou joined on 2025-10-13 (her own deals
  before that date are dropped). Lachlan Murray left on 2026-01-30: his deals closing after that
  day (and his open quotes) were handed to Tayla Brooks. Two account managers are called Josh.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 3, 18)
SHIFT = dt.date(2025, 7, 7) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 3, 6)

AGENTS = {
    "Darcel Schlecht": "Sam Whitaker",
    "Kary Hendrixson": "Josh Tran",
    "Cassey Cress": "Chloe Papadakis",
    "Reed Clapper": "Ahmed Rahimi",
    "Garret Kinder": "Emily Zhou",
    "Vicki Laflamme": "Josh Kelleher",
    "Zane Levy": "Georgia Lam",
    "Corliss Cosme": "Ben Okonkwo",
    "Maureen Marcano": "Isabella Ferraro",
    "Violet Mclelland": "Mitch Harland",
    "Anna Snelling": "Anjali Sharma",
    "James Ascencio": "Daniel Haddad",
    "Wilburn Farren": "Lachlan Murray",
    "Markita Hansen": "Tayla Brooks",
    "Moses Frase": "Kevin Nguyen",
    "Daniell Hammack": "Rhys Jenkins",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:connect, quota:voice
    ("Sam Whitaker", "Trish Donnelly", "CBD", "Enterprise Account Manager", "", "", "600000.00", ""),
    ("Josh Tran", "Trish Donnelly", "CBD", "Account Manager", "", "", "", ""),
    ("Chloe Papadakis", "Trish Donnelly", "CBD", "Account Manager", "", "", "", ""),
    ("Ahmed Rahimi", "Trish Donnelly", "CBD", "Account Manager", "", "", "", ""),
    ("Emily Zhou", "Trish Donnelly", "CBD", "Account Manager", "2025-10-13", "", "", ""),
    ("Josh Kelleher", "Marco Bellini", "North Shore", "Account Manager", "", "", "", ""),
    ("Georgia Lam", "Marco Bellini", "North Shore", "Account Manager", "", "", "", ""),
    ("Ben Okonkwo", "Marco Bellini", "North Shore", "Account Manager", "", "", "", ""),
    ("Isabella Ferraro", "Marco Bellini", "North Shore", "Account Manager", "", "", "", ""),
    ("Mitch Harland", "Marco Bellini", "North Shore", "Account Manager", "", "", "", ""),
    ("Anjali Sharma", "Hamish Fraser", "Western Sydney", "Account Manager", "", "", "", ""),
    ("Daniel Haddad", "Hamish Fraser", "Western Sydney", "Cloud Voice Specialist", "", "", "", "300000.00"),
    ("Lachlan Murray", "Hamish Fraser", "Western Sydney", "Account Manager", "", "2026-01-30", "", ""),
    ("Tayla Brooks", "Hamish Fraser", "Western Sydney", "Account Manager", "", "", "", ""),
    ("Kevin Nguyen", "Hamish Fraser", "Western Sydney", "Account Manager", "", "", "", ""),
    ("Rhys Jenkins", "Hamish Fraser", "Western Sydney", "Account Manager", "", "", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("Mobile Fleet", 6),
    "GTX Plus Basic": ("Handset Bundle", 2),
    "GTX Pro": ("Business Fibre", 3),
    "GTXPro": ("Business Fibre", 3),
    "GTX Plus Pro": ("Hosted Voice", 2.5),
    "MG Special": ("Softphone Licence", 20),
    "MG Advanced": ("Managed Wi-Fi", 2),
    "GTK 500": ("SD-WAN", 3),
}
SYDNEY = [
    "Surry Hills Dental Group", "Bondi Junction Physio", "Harbourside Freight",
    "Pyrmont Media House", "Chatswood Accountants", "Parramatta Legal Partners",
    "Ultimo Design Studio", "Manly Wharf Cafe", "Newtown Vet Clinic", "Blacktown Auto Parts",
    "Mascot Cargo Services", "Alexandria Print Works", "Redfern Creative Co",
    "Marrickville Brewing", "North Sydney Strata", "Hornsby Medical Centre",
    "Penrith Plumbing Supplies", "Liverpool Pharmacy Group", "Bankstown Bakery",
    "Ryde Engineering", "Macquarie Park Labs", "Cronulla Surf Co", "Dee Why Physio",
    "Castle Hill Realty", "Rouse Hill Early Learning", "Wetherill Park Logistics",
    "Smithfield Steel", "Auburn Textiles", "Homebush Event Hire", "Rhodes Waterfront Hotel",
    "St Leonards Radiology", "Crows Nest Kitchens", "Mosman Wealth Advisers",
    "Neutral Bay Architects", "Balmain Boatworks", "Leichhardt Trattoria", "Glebe Bookshop",
    "Darlinghurst Clinic", "Paddington Gallery", "Woollahra Interiors", "Rose Bay Marina",
    "Kirribilli Financial", "Milsons Point Legal", "Lane Cove Accounting",
    "Gordon Orthodontics", "Pymble Fitness", "Brookvale Joinery", "Mona Vale Motors",
    "Narrabeen Swim School", "Epping Optometrists", "Carlingford Pharmacy",
    "Baulkham Hills Vet", "Seven Hills Transport", "Granville Panel Beaters",
    "Merrylands Furniture", "Fairfield Community Health", "Cabramatta Grocers",
    "Campbelltown Civil", "Camden Dairy Co", "Narellan Motor Group", "Moore Park Events",
    "Zetland Apartments Strata", "Waterloo Coworking", "Botany Freightways", "Kogarah Dental",
    "Hurstville Travel", "Rockdale Electrical", "Sutherland Shire Legal", "Miranda Fitness",
    "Caringbah Marine", "Kurnell Fuel Depot", "Circular Quay Tours", "Barangaroo Capital",
    "Martin Place Advisory", "Haymarket Noodle Bar", "Chinatown Trading Co",
    "Darling Harbour Conventions", "The Rocks Pub Group", "Millers Point Shipping",
    "Ashfield Tutoring", "Burwood Plaza Management", "Strathfield Medical",
    "Concord Aged Care", "Drummoyne Rowing Club", "Five Dock Deli",
]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
maven_accounts = sorted(r["account"] for r in read("accounts.csv"))
assert len(maven_accounts) == len(SYDNEY), (len(maven_accounts), len(SYDNEY))
ACCOUNT = dict(zip(maven_accounts, SYDNEY))


def term(product, x):
    if product in ("Mobile Fleet", "Softphone Licence"):
        return 24
    if product == "Handset Bundle":
        return 36 if x % 3 == 0 else 24
    if product == "Managed Wi-Fi":
        return 36
    return 60 if x % 4 == 0 else 36


rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Darcel Schlecht"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    account = ACCOUNT[r["account"]] if r["account"] else SYDNEY[x % len(SYDNEY)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 3, 2) + dt.timedelta(days=x % 90)
            prob = "0.6"
        else:
            close = dt.date(2026, 4, 1) + dt.timedelta(days=x % 85)
            prob = "0.25"
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
        seller = "Tayla Brooks"
    if product == "Softphone Licence":
        typ = "expansion"
    else:
        k = (x // 3) % 10
        typ = "new" if k < 3 else ("expansion" if k < 7 else "renewal")
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, term_months=term(product, x // 5),
                currency="AUD")
    partner = None
    if product == "SD-WAN" and seller != "Sam Whitaker" and stage in ("won", "cancelled"):
        partner, share = "Sam Whitaker", ("0.6", "0.4")
    elif (seller == "Ahmed Rahimi" and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START["Emily Zhou"])):
        partner, share = "Emily Zhou", ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "term_months", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:connect", "quota:voice"])
    for sid, mgr, terr, role, start, end, qc, qv in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qc, qv])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
