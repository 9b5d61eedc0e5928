#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredseventysecond workspace (Marjan Kitchen
Systems LLC, an invented Dubai supplier of commercial kitchen and coffee equipment to hotels,
restaurants, cafes, cloud kitchens and caterers across the UAE; plan year 1 January 2026 -
31 December 2026, AED, QUARTERLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/, which is read as it is and never written. Standard library only;
deterministic (every choice is an md5 hash of the opportunity id; no clock, no random stream).
Run: python3 gen_deals.py

- 18 Maven agents are re-cast as Marjan business development executives (AGENTS below). Half of
  each agent's opportunities are kept (md5(id) even), except that every opportunity of Hayden
  Neloms (re-cast as Jericho Santos, the Coffee Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  5 January 2026 and 31 December 2017 becomes 5 November 2026. AS OF = 2026-08-20. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one
  dated after it becomes an open quote (probability 0.3). Engaging opportunities are open
  (probability 0.5) expected to close 1 August 2026 + (hash mod 80) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 September 2026 + (hash mod 100) days.
- Amounts in AED, whole dirhams: the Maven close value (won) or list price (lost and open) in
  USD x 3.6725 (the dirham's peg), rounded half up. Products re-cast:
    GTK 500        -> Central Kitchen Package
    GTX Plus Pro   -> Combi Oven
    GTX Pro        -> Blast Chiller
    GTX Plus Basic -> Ice Machine
    MG Advanced    -> Espresso Machine
    GTX Basic      -> Karak Brewer
    MG Special     -> Filter Cartridge
- Accounts: Maven's 85 accounts (sorted) fold onto 40 invented UAE hospitality customers
  (account index mod 40); an opportunity with no account gets one by hash.
- Type: a deal of one of the five institutional caterers (INSTITUTIONS) with hash mod 2 = 0 is
  "tender"; otherwise hash mod 10 < 3 is "new" (a new customer outlet), the rest "repeat".
- Splits (plan.md 3.4): a won or cancelled Espresso Machine of a Dubai team BDE other than
  Jericho Santos is two lines with the same id: 75% to the BDE, 25% to Jericho Santos.
- Cancellations ("U-turns"): a won deal closed on or before 2026-08-05 with hash mod 19 = 0 is
  cancelled, cancel_date = close + 6 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Khalid Al Mansoori (Senior Key Account Manager) carries his own quarterly Back of
  House quota, Jericho Santos (Coffee Specialist) his own quarterly Front of House quota.
  Tariq Mahmoud joined on 2026-04-12 (his deals before it are dropped); Layla Nasser left on
  2026-06-30 (her deals after it are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 20)
SHIFT = dt.date(2026, 1, 5) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 8, 5)
PEG = 36725  # AED per 10,000 USD

AGENTS = {
    "Darcel Schlecht": "Khalid Al Mansoori",
    "Anna Snelling": "Ahmed Farouk",
    "Kary Hendrixson": "Mariam Al Shamsi",
    "Hayden Neloms": "Jericho Santos",
    "Donn Cantrell": "Ahmed Al Hashimi",
    "Violet Mclelland": "Yousef Khoury",
    "Zane Levy": "Saeed Al Ketbi",
    "Cassey Cress": "Hamad Al Nuaimi",
    "Lajuana Vencill": "Noura Al Dhaheri",
    "Reed Clapper": "Bilal Qureshi",
    "Rosalina Dieter": "Tariq Mahmoud",
    "Wilburn Farren": "Rashed Al Mazrouei",
    "Corliss Cosme": "Hessa Al Marri",
    "Markita Hansen": "Faisal Darwish",
    "Moses Frase": "Sultan Al Kaabi",
    "Gladys Colclough": "Anwar Sheikh",
    "Rosie Papadopoulos": "Layla Nasser",
    "Niesha Huffines": "Abdulla Al Naqbi",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:boh, quota:foh
    ("Khalid Al Mansoori", "Rania Haddad", "Dubai", "Senior Key Account Manager", "", "", "420000.00", ""),
    ("Ahmed Farouk", "Rania Haddad", "Dubai", "Business Development Executive", "", "", "", ""),
    ("Mariam Al Shamsi", "Rania Haddad", "Dubai", "Business Development Executive", "", "", "", ""),
    ("Jericho Santos", "Rania Haddad", "Dubai", "Coffee Specialist", "", "", "", "150000.00"),
    ("Ahmed Al Hashimi", "Rania Haddad", "Dubai", "Business Development Executive", "", "", "", ""),
    ("Yousef Khoury", "Rania Haddad", "Dubai", "Business Development Executive", "", "", "", ""),
    ("Saeed Al Ketbi", "Graham Whitlock", "Abu Dhabi", "Business Development Executive", "", "", "", ""),
    ("Hamad Al Nuaimi", "Graham Whitlock", "Abu Dhabi", "Business Development Executive", "", "", "", ""),
    ("Noura Al Dhaheri", "Graham Whitlock", "Abu Dhabi", "Business Development Executive", "", "", "", ""),
    ("Bilal Qureshi", "Graham Whitlock", "Abu Dhabi", "Business Development Executive", "", "", "", ""),
    ("Tariq Mahmoud", "Graham Whitlock", "Abu Dhabi", "Business Development Executive", "2026-04-12", "", "", ""),
    ("Rashed Al Mazrouei", "Graham Whitlock", "Abu Dhabi", "Business Development Executive", "", "", "", ""),
    ("Hessa Al Marri", "Priyanka Menon", "Sharjah & Northern Emirates", "Business Development Executive", "", "", "", ""),
    ("Faisal Darwish", "Priyanka Menon", "Sharjah & Northern Emirates", "Business Development Executive", "", "", "", ""),
    ("Sultan Al Kaabi", "Priyanka Menon", "Sharjah & Northern Emirates", "Business Development Executive", "", "", "", ""),
    ("Anwar Sheikh", "Priyanka Menon", "Sharjah & Northern Emirates", "Business Development Executive", "", "", "", ""),
    ("Layla Nasser", "Priyanka Menon", "Sharjah & Northern Emirates", "Business Development Executive", "", "2026-06-30", "", ""),
    ("Abdulla Al Naqbi", "Priyanka Menon", "Sharjah & Northern Emirates", "Business Development Executive", "", "", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
TEAM = {r[0]: r[2] for r in ROSTER}
SPECIALIST = "Jericho Santos"
PRODUCT = {
    "GTK 500": "Central Kitchen Package",
    "GTX Plus Pro": "Combi Oven",
    "GTX Pro": "Blast Chiller",
    "GTXPro": "Blast Chiller",
    "GTX Plus Basic": "Ice Machine",
    "MG Advanced": "Espresso Machine",
    "GTX Basic": "Karak Brewer",
    "MG Special": "Filter Cartridge",
}
CUSTOMERS = [
    "Marina Pearl Hotel", "Jumeirah Sands Resort", "Al Barsha Suites", "Corniche Tower Hotel",
    "Saadiyat Dunes Resort", "Khor Fakkan Bay Hotel", "Mangrove Lagoon Resort RAK",
    "Bayt Al Qahwa", "Zaatar Lane Bakery", "Shawarma Station Karama", "Tawa Street Kitchen",
    "Luqaimat Corner", "Harees House", "Arabian Ranches Bistro", "Pearl Diver Grill",
    "Hatta Honey Cafe", "Sharjah Book Cafe", "Ajman Fish Market Grill", "Fujairah Fort Coffee",
    "Oud Metha Canteen", "Skyline Inflight Catering", "Al Qusais Hospital Catering",
    "Gulf Horizon School", "Mushrif Catering Co", "Desert Rose Events Catering",
    "Yas Bay Food Hall", "Al Ain Oasis Dairy Cafe", "Mandi Corner Restaurant",
    "Kite Beach Smoothie Bar", "Deira Spice Souk Diner", "Musandam Sea Cruises",
    "Qasr Al Layl Hotel", "Nomad Cloud Kitchens", "Bastakiya Tea House",
    "Al Wasl Sports Club", "Silicon Oasis Co-Work Cafe", "Umm Suqeim Fish Shack",
    "Reem Island Residences", "Jebel Ali Staff Village", "Emirates Hills Golf Club",
]
INSTITUTIONS = {"Skyline Inflight Catering", "Al Qusais Hospital Catering", "Gulf Horizon School",
                "Mushrif Catering Co", "Jebel Ali Staff Village"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def aed(usd):
    return (usd * PEG + 5000) // 10000


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
    seller = AGENTS[agent]
    if h(oid) % 2 == 1 and seller != SPECIALIST:
        continue
    x = h(oid) // 2
    product = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 83
    account = CUSTOMERS[idx % len(CUSTOMERS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 8, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 100)
            prob = "0.2"
        amount = aed(price[r["product"]])
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = aed(base)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if account in INSTITUTIONS and (x // 3) % 2 == 0:
        typ = "tender"
    elif (x // 5) % 10 < 3:
        typ = "new"
    else:
        typ = "repeat"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="AED")
    if (product == "Espresso Machine" and TEAM[seller] == "Dubai" and seller != SPECIALIST
            and stage in ("won", "cancelled")):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.25"))
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
                "quota:boh", "quota:foh"])
    for sid, mgr, terr, role, start, end, qb, qf in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qb, qf])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
