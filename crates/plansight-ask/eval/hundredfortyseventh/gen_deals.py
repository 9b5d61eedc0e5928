#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfortyseventh workspace (Deccan Flowtech Pvt Ltd,
an invented industrial pump and valve distributor in Bhosari MIDC, Pune; plan year 1 April 2026 -
31 March 2027, INR, quarterly quotas, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Deccan Flowtech sales engineers (AGENTS below). Half of each
  agent's opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they
  become Vertical Turbine Pumps) and every opportunity of Rosalina Dieter (re-cast as Kavita Rao,
  the Water Projects Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days (3318), so 1 March 2017
  becomes 1 April 2026 and 31 December 2017 becomes 31 January 2027. AS OF = 2026-12-18. A Won
  opportunity that now closes after it becomes an open enquiry (probability 0.6); a Lost one
  dated after it an open enquiry (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 December 2026 + (hash mod 90) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 15 January 2027 + (hash mod 75) days.
- Amounts in INR, whole rupees: close value x the product's factor (won); lost and open
  enquiries carry the product's list price x the factor.
    MG Special     -> Spares Kit              x 400
    GTX Basic      -> Gate Valve              x 90
    GTX Plus Basic -> Induction Motor         x 110
    MG Advanced    -> AMC Service Contract    x 35
    GTX Pro        -> Centrifugal Pump        x 85
    GTX Plus Pro   -> Control Valve           x 55
    GTK 500        -> Vertical Turbine Pump   x 95
- Accounts: each territory has its own invented customers (factories, sugar mills, municipal
  water boards, builders). A deal goes to its seller's territory list by the Maven account's
  index; a Vertical Turbine Pump goes to the territory's big-ticket list (water boards, sugar
  mills, large plants). An opportunity with no account gets one by hash.
- Type: a deal with a municipal / government water account is "tender"; otherwise hash mod 3 = 0
  is "new" (a first order from a customer) and the rest "repeat".
- Splits (plan.md 3.4): a won or cancelled Vertical Turbine Pump of any engineer but Kavita Rao
  is two lines with the same id: 75% to the engineer, 25% to Kavita Rao. Rahul Mehta's deals
  closing on or after Arjun Nair's start with hash mod 5 = 0 are "buddy" deals, two lines
  50% / 50% with Arjun Nair.
- Cancellations ("PO cancels"): a won deal closed on or before 2026-12-04 with hash mod 19 = 0
  is cancelled, cancel_date = close + 8 + (hash mod 130) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Rahul Mehta (Senior Key Account Manager) and Kavita Rao (Water Projects Specialist)
  carry their own quarterly Equipment Order quota. Arjun Nair joined on 2026-08-17 (his own
  deals before that date are dropped). Mahesh Kadam left on 2026-10-31 (his deals after that
  date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 12, 18)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 12, 4)

AGENTS = {
    "Vicki Laflamme": "Rahul Mehta",
    "Hayden Neloms": "Priyanka Deshmukh",
    "Donn Cantrell": "Venkatesh Iyer",
    "Violet Mclelland": "Snehal Gokhale",
    "Wilburn Farren": "Arjun Nair",
    "Reed Clapper": "Rahul Jadhav",
    "Maureen Marcano": "Sachin Pawar",
    "Lajuana Vencill": "Ashwini Shinde",
    "Niesha Huffines": "Mahesh Kadam",
    "James Ascencio": "Farhan Shaikh",
    "Rosalina Dieter": "Kavita Rao",
    "Daniell Hammack": "Nikhil Bhosale",
    "Marty Freudenburg": "Pooja Kale",
    "Boris Faz": "Harpreet Sandhu",
    "Rosie Papadopoulos": "Imran Qureshi",
}
ROSTER = [
    # id, name, manager, territory, role, start_date, end_date, quota:equipment
    ("Rahul Mehta", "Rahul Mehta", "Sanjay Kulkarni", "Pune", "Senior Key Account Manager", "", "", "4000000.00"),
    ("Priyanka Deshmukh", "Priyanka Deshmukh", "Sanjay Kulkarni", "Pune", "Sales Engineer", "", "", ""),
    ("Venkatesh Iyer", 'Venkatesh "Venky" Iyer', "Sanjay Kulkarni", "Pune", "Sales Engineer", "", "", ""),
    ("Snehal Gokhale", "Snehal Gokhale", "Sanjay Kulkarni", "Pune", "Sales Engineer", "", "", ""),
    ("Arjun Nair", "Arjun Nair", "Sanjay Kulkarni", "Pune", "Sales Engineer", "2026-08-17", "", ""),
    ("Rahul Jadhav", "Rahul Jadhav", "Anand Deshpande", "Sugar Belt", "Sales Engineer", "", "", ""),
    ("Sachin Pawar", "Sachin Pawar", "Anand Deshpande", "Sugar Belt", "Sales Engineer", "", "", ""),
    ("Ashwini Shinde", "Ashwini Shinde", "Anand Deshpande", "Sugar Belt", "Sales Engineer", "", "", ""),
    ("Mahesh Kadam", "Mahesh Kadam", "Anand Deshpande", "Sugar Belt", "Sales Engineer", "", "2026-10-31", ""),
    ("Farhan Shaikh", "Farhan Shaikh", "Anand Deshpande", "Sugar Belt", "Sales Engineer", "", "", ""),
    ("Kavita Rao", "Kavita Rao", "Meenal Apte", "Nashik-Aurangabad", "Water Projects Specialist", "", "", "5000000.00"),
    ("Nikhil Bhosale", "Nikhil Bhosale", "Meenal Apte", "Nashik-Aurangabad", "Sales Engineer", "", "", ""),
    ("Pooja Kale", "Pooja Kale", "Meenal Apte", "Nashik-Aurangabad", "Sales Engineer", "", "", ""),
    ("Harpreet Sandhu", "Harpreet Sandhu", "Meenal Apte", "Nashik-Aurangabad", "Sales Engineer", "", "", ""),
    ("Imran Qureshi", "Imran Qureshi", "Meenal Apte", "Nashik-Aurangabad", "Sales Engineer", "", "", ""),
]
TERR = {r[0]: r[3] for r in ROSTER}
START = {r[0]: r[5] for r in ROSTER}
END = {r[0]: r[6] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Spares Kit", 400),
    "GTX Basic": ("Gate Valve", 90),
    "GTX Plus Basic": ("Induction Motor", 110),
    "MG Advanced": ("AMC Service Contract", 35),
    "GTX Pro": ("Centrifugal Pump", 85),
    "GTXPro": ("Centrifugal Pump", 85),
    "GTX Plus Pro": ("Control Valve", 55),
    "GTK 500": ("Vertical Turbine Pump", 95),
}
# (accounts, big-ticket accounts) per territory; "*" marks a municipal / government water body
ACCOUNTS = {
    "Pune": [
        "Bhosari Forgings", "Chakan Auto Components", "Ranjangaon Polymers",
        "Hinjewadi Tech Park Society", "Shivneri Buildcon", "Sahyadri Pharma",
        "*Pimpri Chinchwad Municipal Corporation", "Talegaon Paper Mills", "Kothrud Heights CHS",
        "Deccan Breweries", "Wakad Greens Developers", "*Khadki Cantonment Board",
        "Hadapsar Food Processing", "Yerawada Textiles",
    ],
    "Sugar Belt": [
        "Warna Valley Sakhar Karkhana", "Krishna Sahakari Sakhar Karkhana",
        "Panchganga Sugar Mills", "Kolhapur Foundry Works", "Sangli Dairy Co-op",
        "*Satara Municipal Council", "Ichalkaranji Textile Processors", "Miraj Distillery",
        "Karad Urban Builders", "*Kolhapur Municipal Corporation", "Baramati Agro Foods",
        "Phaltan Sugar Works",
    ],
    "Nashik-Aurangabad": [
        "*Nashik Municipal Corporation", "*Sambhajinagar Municipal Corporation",
        "Sinnar Castings", "Ambad Engineering", "Godavari Vineyards", "Waluj Auto Parts",
        "Malegaon Textiles", "Jalna Steel Rolling Mills", "Deolali Builders",
        "*Jeevan Pradhikaran Nashik Division", "Igatpuri Power Equipment", "Paithan Paper Mills",
    ],
}
BIG = {
    "Pune": ["*Pimpri Chinchwad Municipal Corporation", "*Khadki Cantonment Board",
             "Talegaon Paper Mills", "Chakan Auto Components", "Deccan Breweries"],
    "Sugar Belt": ["Warna Valley Sakhar Karkhana", "Krishna Sahakari Sakhar Karkhana",
                   "Panchganga Sugar Mills", "*Kolhapur Municipal Corporation",
                   "*Satara Municipal Council", "Phaltan Sugar Works"],
    "Nashik-Aurangabad": ["*Nashik Municipal Corporation", "*Sambhajinagar Municipal Corporation",
                          "*Jeevan Pradhikaran Nashik Division", "Jalna Steel Rolling Mills",
                          "Paithan Paper Mills"],
}


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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Rosalina Dieter"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    terr = TERR[seller]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product == "Vertical Turbine Pump":
        account = BIG[terr][idx % len(BIG[terr])]
    else:
        account = ACCOUNTS[terr][idx % len(ACCOUNTS[terr])]
    municipal = account.startswith("*")
    account = account.lstrip("*")
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 12, 1) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2027, 1, 15) + dt.timedelta(days=x % 75)
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
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if municipal:
        typ = "tender"
    elif (x // 3) % 3 == 0:
        typ = "new"
    else:
        typ = "repeat"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=8 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="INR")
    partner = None
    if product == "Vertical Turbine Pump" and seller != "Kavita Rao" and stage in ("won", "cancelled"):
        partner, share = "Kavita Rao", ("0.75", "0.25")
    elif (seller == "Rahul Mehta" and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START["Arjun Nair"])):
        partner, share = "Arjun Nair", ("0.5", "0.5")
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
                "quota:equipment"])
    for row in ROSTER:
        w.writerow(row)
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
