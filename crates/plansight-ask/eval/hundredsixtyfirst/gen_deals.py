#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredsixtyfirst workspace (Bayline Events Group,
LLC, an invented Miami corporate-events agency selling event packages: venue bookings, catering,
AV production and group travel to companies and associations; plan year = calendar year 2026,
USD, MONTHLY payouts, QUARTERLY quotas) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 12 Maven agents are re-cast as Bayline account managers (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they become
  Incentive Trip Packages), and every opportunity of Elease Gluck (re-cast as Camille Duarte, the
  Group Travel Lead) is kept.
- Dates: every Maven date moves by the same number of days, so 1 March 2017 becomes 1 January
  2026 and 31 December 2017 becomes 31 October 2026 (Maven's deal rhythm, month by month).
  AS OF = 2026-08-12. A Won opportunity that now closes after it becomes an open hold
  (probability 0.6); a Lost one dated after it an open hold (probability 0.25). Engaging
  opportunities are open (probability 0.5) expected to close 1 August 2026 + (hash mod 75) days
  (some overdue at the as-of date); Prospecting ones (probability 0.2) 1 September 2026 + (hash
  mod 110) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    GTX Pro        -> Ballroom Venue Booking     x 5     (events family)
    GTX Plus Pro   -> Banquet Catering Package   x 4     (events family)
    MG Advanced    -> AV Production              x 4     (events family)
    GTX Basic      -> Cocktail Reception         x 6     (events family)
    GTK 500        -> Incentive Trip Package     x 4     (travel family)
    GTX Plus Basic -> Hotel Room Block           x 6     (travel family)
    MG Special     -> Airport Transfers          x 25    (travel family)
- Accounts: Incentive Trip Packages go to one of 24 invented Miami companies (Maven account
  index mod 24); every other opportunity to one of the 24 companies or 12 associations (index
  mod 36). An opportunity with no account gets one by hash.
- Type: at an association, (hash // 3) mod 3 = 0 is "rfp" (won through the association's formal
  request for proposal); otherwise (hash // 5) mod 4 = 0 is "rebook" (a returning client
  re-booking an event); the rest "new".
- Splits (plan.md 3.4): a won or cancelled Incentive Trip Package of any account manager but
  Camille Duarte is two lines with the same id: 60% to the account manager, 40% to Camille
  Duarte. Roberto Salcedo's deals closing on or after Nadia Haddad's start with (hash // 13) mod
  6 = 0 are "shadow" deals, two lines 50% / 50% with Nadia Haddad.
- Cancellations: a won deal closed on or before 2026-07-31 with (hash // 7) mod 23 = 0 is
  cancelled, cancel_date = close + 9 + ((hash // 11) mod 150) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Andrés Villalobos (Senior Account Manager) carries his own quarterly Event Booking
  quota ($450,000); Camille Duarte (Group Travel Lead) her own quarterly Group Travel quota
  ($200,000 every quarter) and target incentive ($36,000). Nadia Haddad
  joined on 2026-05-18 (her own deals before that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 12)
SHIFT = dt.date(2026, 1, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Darcel Schlecht": "Andres Villalobos",
    "Vicki Laflamme": "Tiffany Okonkwo",
    "Cassey Cress": "Kevin Baptiste",
    "Rosalina Dieter": "Yesenia Cardona",
    "Kary Hendrixson": "Priscila Nunes",
    "Zane Levy": "Brandon Lefevre",
    "Corliss Cosme": "Shanice Dawkins",
    "Hayden Neloms": "Gustavo Ferrer",
    "Elease Gluck": "Camille Duarte",
    "Moses Frase": "Roberto Salcedo",
    "Markita Hansen": "Nadia Haddad",
    "Kami Bicknell": "Kevin Marsh",
}
ROSTER = [
    # id, name as written on statements, manager, territory, role, start_date, quota:events, quota:travel
    ("Andres Villalobos", "Andrés Villalobos", "Marisol Echeverria", "Brickell", "Senior Account Manager", "", "Q_SENIOR", ""),
    ("Tiffany Okonkwo", "Tiffany Okonkwo", "Marisol Echeverria", "Brickell", "Account Manager", "", "", ""),
    ("Kevin Baptiste", "Kevin Baptiste", "Marisol Echeverria", "Brickell", "Account Manager", "", "", ""),
    ("Yesenia Cardona", 'Yesenia "Yesi" Cardona', "Marisol Echeverria", "Brickell", "Account Manager", "", "", ""),
    ("Priscila Nunes", "Priscila Nunes", "Douglas Whitaker", "Coral Gables", "Account Manager", "", "", ""),
    ("Brandon Lefevre", "Brandon Lefevre", "Douglas Whitaker", "Coral Gables", "Account Manager", "", "", ""),
    ("Shanice Dawkins", "Shanice Dawkins", "Douglas Whitaker", "Coral Gables", "Account Manager", "", "", ""),
    ("Gustavo Ferrer", "Gustavo Ferrer", "Douglas Whitaker", "Coral Gables", "Account Manager", "", "", ""),
    ("Camille Duarte", "Camille Duarte", "Lourdes Batista", "Doral", "Group Travel Lead", "", "", "Q_TRAVEL_LEAD"),
    ("Roberto Salcedo", 'Roberto "Bobby" Salcedo', "Lourdes Batista", "Doral", "Account Manager", "", "", ""),
    ("Nadia Haddad", "Nadia Haddad", "Lourdes Batista", "Doral", "Account Manager", "2026-05-18", "", ""),
    ("Kevin Marsh", "Kevin Marsh", "Lourdes Batista", "Doral", "Account Manager", "", "", ""),
]
QUOTA = {"Q_SENIOR": "450000.00", "Q_TRAVEL_LEAD": "200000.00"}
TARGET_INCENTIVE = {"Camille Duarte": "36000.00"}
START = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Pro": ("Ballroom Venue Booking", 5),
    "GTXPro": ("Ballroom Venue Booking", 5),
    "GTX Plus Pro": ("Banquet Catering Package", 4),
    "MG Advanced": ("AV Production", 4),
    "GTX Basic": ("Cocktail Reception", 6),
    "GTK 500": ("Incentive Trip Package", 4),
    "GTX Plus Basic": ("Hotel Room Block", 6),
    "MG Special": ("Airport Transfers", 25),
}
COMPANIES = [
    "Bayside Biotech", "Coral Ridge Insurance", "Key Biscayne Capital", "Magic City Motors",
    "Palmetto Health Systems", "Little Havana Coffee Co", "Wynwood Creative Labs",
    "Everglades Logistics", "Brickell Avenue Bank", "Flamingo Cruise Lines", "Tropicana Software",
    "Doral Freight Forwarding", "Hialeah Pharma", "Coconut Grove Realty", "Sunny Isles Resorts",
    "Mangrove Energy", "PortMiami Shipping", "Calle Ocho Media", "Biscayne Aerospace",
    "Ocean Drive Apparel", "Pinecrest Partners LLP", "Aventura Retail Holdings",
    "Kendall Medical Devices", "Vizcaya Wealth Management",
]
ASSOCIATIONS = [
    "Florida Dental Association", "Society of Caribbean Architects",
    "American Sugar Growers Association", "National Cruise Agents Association",
    "Latin American Bankers Forum", "Florida Nurses Guild", "Southeast Orthopedic Society",
    "International Yacht Brokers Council", "Hispanic Chamber of Commerce of Miami",
    "Florida Realtors Institute", "Tropical Medicine Society", "Atlantic Underwriters Association",
]
ACCOUNTS = COMPANIES + ASSOCIATIONS
CANCEL_BY = dt.date(2026, 7, 31)


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
    if product == "Incentive Trip Package":
        account = COMPANIES[idx % len(COMPANIES)]
    else:
        account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 8, 1) + dt.timedelta(days=x % 75)
            prob = "0.5"
        else:
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 110)
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
    if account in ASSOCIATIONS and (x // 3) % 3 == 0:
        typ = "rfp"
    elif (x // 5) % 4 == 0:
        typ = "rebook"
    else:
        typ = "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 23 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=9 + (x // 11) % 150), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    partner = None
    if product == "Incentive Trip Package" and seller != "Camille Duarte" and stage in ("won", "cancelled"):
        partner, share = "Camille Duarte", ("0.6", "0.4")
    elif (seller == "Roberto Salcedo" and stage in ("won", "cancelled") and (x // 13) % 6 == 0
          and close >= dt.date.fromisoformat(START["Nadia Haddad"])):
        partner, share = "Nadia Haddad", ("0.5", "0.5")
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
                "quota:events", "quota:travel", "target_incentive"])
    for sid, name, mgr, terr, role, start, qe, qt in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, "", QUOTA.get(qe, ""), QUOTA.get(qt, ""),
                    TARGET_INCENTIVE.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
