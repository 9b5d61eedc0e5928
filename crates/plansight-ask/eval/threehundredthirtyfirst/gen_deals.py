#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredthirtyfirst workspace (Linkwave Business
Connect Ltd, an invented Lagos reseller of business broadband, dedicated internet, SD-WAN and
enterprise voice; plan year 1 April 2026 - 31 March 2027, NGN, MONTHLY payouts) from the real
Maven CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic (every
choice is an md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Linkwave account managers (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) even), except every GTK 500 opportunity (they become SD-WAN
  deals) and every opportunity of Darcel Schlecht's (re-cast as Emeka Okoro, the Senior Key
  Account Manager) is kept.
- Dates: the Maven year 1 March 2017 - 31 December 2017 (305 days) is stretched over the plan
  year: day d becomes 1 April 2026 + round(d x 364 / 305) days, so 1 March 2017 is 1 April 2026
  and 31 December 2017 is 31 March 2027. AS OF = 2027-02-18. A Won opportunity that now closes
  after it becomes an open deal (probability 0.7); a Lost one dated after it an open deal
  (probability 0.3). Engaging opportunities are open (probability 0.5) expected to close
  20 January 2027 + (hash mod 80) days (some overdue at the as-of date); Prospecting ones
  (probability 0.2) 1 March 2027 + (hash mod 60) days.
- Amounts in NGN, rounded to the nearest 1,000 naira: close value x the product's factor (won);
  lost and open deals carry the product's list price x the factor. Credit is the first-year
  contract value (plan.md 3.3).
    GTX Basic      -> Business Broadband Lite    x 1,600
    GTX Plus Basic -> Enterprise LTE Backup      x 1,500
    GTX Pro        -> Business Fibre             x 1,500
    GTX Plus Pro   -> Dedicated Internet Access  x 2,500
    GTK 500        -> SD-WAN                     x 2,000
    MG Special     -> Managed Wi-Fi              x 25,000
    MG Advanced    -> SIP Trunk                  x 1,200
  (Cloud PBX is on the price list and in the Voice & Managed Services Incentive, but no deal
  sells it yet.)
- Accounts: the Key Accounts team's deals go to one of 12 invented large Lagos organisations
  (Maven account index mod 12); everyone else's to one of 30 invented Lagos businesses (index
  mod 30). An opportunity with no account gets one by hash.
- Type: hash mod 20 < 3 = "renewal" (a rollover of an existing contract), hash mod 20 < 8 =
  "upgrade" (a bandwidth bump or add-on for an existing customer), the rest "new" (a fresh logo).
  term_months 12, 24 or 36 by hash.
- Splits (plan.md 3.5): a won or cancelled SD-WAN deal of a seller outside Key Accounts is two
  lines with the same id: 75% to the seller, 25% to Ibrahim Musa (the SD-WAN specialist). Segun
  Alabi's deals closing on or after Kelechi Obi's start with hash mod 5 = 0 are "buddy" deals,
  two lines 50% / 50% with Kelechi Obi.
- Cancellations ("U-turns"): a won deal closed on or before 2027-02-05 with hash mod 19 = 0 is
  cancelled, cancel_date = close + 6 + (hash mod 130) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Emeka Okoro (Senior Key Account Manager) carries his own quarterly Connectivity quota;
  Yetunde Adewale (Public Sector lead) her own annual Voice & Managed Services quota. Kelechi Obi
  joined on 2026-08-17 (his own deals before that date are dropped); Babajide Coker left on
  2026-12-11 (his deals after that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 2, 18)
M0 = dt.date(2017, 3, 1)
P0 = dt.date(2026, 4, 1)
CANCEL_BY = dt.date(2027, 2, 5)

AGENTS = {
    "Reed Clapper": "Chinedu Eze",
    "Markita Hansen": "Tolulope Bankole",
    "Niesha Huffines": "Ifeoma Nwosu",
    "Maureen Marcano": "Segun Alabi",
    "Wilburn Farren": "Kelechi Obi",
    "Donn Cantrell": "Emeka Nwachukwu",
    "Hayden Neloms": "Funmilayo Ogunleye",
    "Boris Faz": "Tunde Bakare",
    "Cecily Lampkin": "Ngozi Okafor",
    "Lajuana Vencill": "Babajide Coker",
    "Violet Mclelland": "Zainab Yusuf",
    "Darcel Schlecht": "Emeka Okoro",
    "Vicki Laflamme": "Oluwaseun Adebayo",
    "James Ascencio": "Ibrahim Musa",
    "Marty Freudenburg": "Yetunde Adewale",
    "Daniell Hammack": "Chiamaka Ugwu",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:connect, quota:vms
    ("Chinedu Eze", "Adaeze Okonkwo", "Island", "Account Manager", "", "", "", ""),
    ("Tolulope Bankole", "Adaeze Okonkwo", "Island", "Account Manager", "", "", "", ""),
    ("Ifeoma Nwosu", "Adaeze Okonkwo", "Island", "Account Manager", "", "", "", ""),
    ("Segun Alabi", "Adaeze Okonkwo", "Island", "Account Manager", "", "", "", ""),
    ("Kelechi Obi", "Adaeze Okonkwo", "Island", "Account Manager", "2026-08-17", "", "", ""),
    ("Emeka Nwachukwu", "Olumide Adeyemi", "Ikeja", "Account Manager", "", "", "", ""),
    ("Funmilayo Ogunleye", "Olumide Adeyemi", "Ikeja", "Account Manager", "", "", "", ""),
    ("Tunde Bakare", "Olumide Adeyemi", "Ikeja", "Account Manager", "", "", "", ""),
    ("Ngozi Okafor", "Olumide Adeyemi", "Ikeja", "Account Manager", "", "", "", ""),
    ("Babajide Coker", "Olumide Adeyemi", "Ikeja", "Account Manager", "", "2026-12-11", "", ""),
    ("Zainab Yusuf", "Olumide Adeyemi", "Ikeja", "Account Manager", "", "", "", ""),
    ("Emeka Okoro", "Hauwa Bello", "Key Accounts", "Senior Key Account Manager", "", "",
     "Q_SENIOR", ""),
    ("Oluwaseun Adebayo", "Hauwa Bello", "Key Accounts", "Key Account Manager", "", "", "", ""),
    ("Ibrahim Musa", "Hauwa Bello", "Key Accounts", "SD-WAN Specialist", "", "", "", ""),
    ("Yetunde Adewale", "Hauwa Bello", "Key Accounts", "Public Sector Lead", "", "", "",
     "Q_PUBLIC"),
    ("Chiamaka Ugwu", "Hauwa Bello", "Key Accounts", "Key Account Manager", "", "", "", ""),
]
QUOTA = {"Q_SENIOR": "240000000.00", "Q_PUBLIC": "40000000.00", "": ""}
TEAM = {r[0]: r[2] for r in ROSTER}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("Business Broadband Lite", 1600),
    "GTX Plus Basic": ("Enterprise LTE Backup", 1500),
    "GTX Pro": ("Business Fibre", 1500),
    "GTXPro": ("Business Fibre", 1500),
    "GTX Plus Pro": ("Dedicated Internet Access", 2500),
    "GTK 500": ("SD-WAN", 2000),
    "MG Special": ("Managed Wi-Fi", 25000),
    "MG Advanced": ("SIP Trunk", 1200),
}
BUSINESSES = [
    "Adetokunbo Ademola Pharmacy", "Marina Shipping Agencies", "Lekki Phase 1 Medical Centre",
    "Yaba Tech Hub", "Allen Avenue Supermart", "Admiralty Way Dental Clinic",
    "Apapa Freight Logistics", "Ozumba Mbadiwe Law Chambers", "Ikeja GRA Suites Hotel",
    "Surulere Schools Trust", "Oshodi Cold Chain", "Ogba Printing Press", "Festac Diagnostics",
    "Awolowo Road Boutique Hotel", "Opebi Microfinance Bank", "Ajah Estate Services",
    "Ilupeju Plastics", "Maryland Mall Tenants Association", "Bode Thomas Accountants",
    "Akin Adesola Architects", "Chevron Drive Co-working", "Isolo Pharma Distributors",
    "Agidingbi Paints", "Ikoyi Club Annex", "Oregun Auto Parts", "Gbagada General Traders",
    "Victoria Island Fashion House", "Anthony Village Clinic", "Mushin Textile Mills",
    "Ogudu Foods",
]
KEY_ACCOUNTS = [
    "Lagoon Commercial Bank", "Eko Petroleum Services", "Lagos State Health Board",
    "Atlantic Insurance Plc", "Coastline Breweries", "Harbour Point Telecoms Tower Co",
    "First Continental Asset Management", "Lagos Polytechnic Consortium", "Zenon Cement Nigeria",
    "Lekki Free Zone Logistics Park", "Federal Medical Centre Ebute-Metta", "Kingsway Retail Group",
]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def shift(d):
    return P0 + dt.timedelta(days=round((d - M0).days * 364 / 305))


def naira(x):
    return int(round(x / 1000.0)) * 1000


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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Darcel Schlecht"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    if TEAM[seller] == "Key Accounts":
        account = KEY_ACCOUNTS[idx % len(KEY_ACCOUNTS)]
    else:
        account = BUSINESSES[idx % len(BUSINESSES)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 1, 20) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2027, 3, 1) + dt.timedelta(days=x % 60)
            prob = "0.2"
        amount = naira(price[r["product"]] * factor)
    else:
        close = shift(dt.date.fromisoformat(r["close_date"]))
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = naira(base * factor)
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if stage == "won" and amount == 0:
        stage = "lost"
        amount = naira(price[r["product"]] * factor)
    t = (x // 3) % 20
    typ = "renewal" if t < 3 else ("upgrade" if t < 8 else "new")
    term = (12, 24, 36)[(x // 17) % 3]
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, term_months=str(term), currency="NGN")
    partner = None
    if (product == "SD-WAN" and TEAM[seller] != "Key Accounts"
            and stage in ("won", "cancelled")):
        partner, share = "Ibrahim Musa", ("0.75", "0.25")
    elif (seller == "Segun Alabi" and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START["Kelechi Obi"])):
        partner, share = "Kelechi Obi", ("0.5", "0.5")
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
                "quota:connect", "quota:vms"])
    for sid, mgr, terr, role, start, end, qc, qv in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA[qc], QUOTA[qv]])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
