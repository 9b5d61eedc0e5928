#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredtwentyfourth workspace (Kaveri Techserv
Solutions Pvt Ltd, an invented Bengaluru IT-services and cloud-reseller firm; plan year the
Indian fiscal year 1 April 2026 - 31 March 2027, INR, QUARTERLY payouts) from the real Maven
CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic (every choice
is an md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Kaveri account executives (AGENTS below) under 3 regional
  managers. Half of each agent's opportunities are kept (md5(id) even), except: every GTK 500
  opportunity is kept (they become Managed Services deals), and every opportunity of Elease
  Gluck (re-cast as Lakshmi Narayanan, the Managed Services Specialist) is kept.
- Dates: every Maven date moves forward by the same 3,318 days, so 1 March 2017 becomes
  1 April 2026 and 31 December 2017 becomes 31 January 2027. AS OF = 2026-12-09. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one
  dated after it becomes an open deal (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 December 2026 + (hash mod 75) days (some overdue at
  the as-of date); Prospecting ones (probability 0.2) 1 January 2027 + (hash mod 85) days.
- Amounts in INR, whole rupees: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor. Cloud resale lines carry Kaveri's resale
  MARGIN (plan.md 3.3), not the customer's bill.
    GTK 500        -> Managed Services          x 400   (services)
    GTX Pro        -> Application Development   x 500   (services)
    MG Advanced    -> Cybersecurity Services    x 500   (services)
    GTX Plus Pro   -> Azure Resale              x 100   (cloud)
    GTX Plus Basic -> AWS Resale                x 200   (cloud)
    GTX Basic      -> Google Cloud Resale       x 300   (cloud)
    MG Special     -> Microsoft 365 Licences    x 1500  (cloud)
- Accounts: Maven's 85 accounts folded onto 30 invented Indian companies (Maven account index
  mod 30). An opportunity with no account gets one by hash.
- Type: Microsoft 365 Licences with hash mod 2 = 0 = "renewal"; otherwise (hash // 3) mod 5 = 0
  = "new" (a hunting deal, new logo), mod 5 in (1, 2) = "expansion" (a farming deal), else
  "renewal".
- Splits (plan.md 3.4): a won or cancelled Managed Services deal of any AE but Lakshmi
  Narayanan is two lines with the same id: 70% to the AE, 30% to Lakshmi Narayanan (the
  Managed Services Specialist). Arjun Mehta's deals closing on or after Vikram Chauhan's start
  with (hash // 13) mod 6 = 0 are "shadow" deals, two lines 50% / 50% with Vikram Chauhan.
- Cancellations ("short-closed"): a won deal closed on or before 2026-11-25 with (hash // 7)
  mod 23 = 0 is cancelled, cancel_date = close + 9 + ((hash // 11) mod 150) days, at the latest
  the as-of date (plan.md section 11: only cancellations within 90 days of close are clawed
  back).
- Roster: Arjun Mehta (Senior Account Executive) and Lakshmi Narayanan (Managed Services
  Specialist) carry their own quarterly Services quota. Vikram Chauhan joined on 2026-08-17
  (his own deals before that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 12, 9)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Darcel Schlecht": "Arjun Mehta",
    "Vicki Laflamme": "Priyanka Sharma",
    "Donn Cantrell": "Rohit Khanna",
    "Anna Snelling": "Simran Kaur",
    "Garret Kinder": "Vikram Chauhan",
    "Markita Hansen": "Farhan Shaikh",
    "Reed Clapper": "Neha Kulkarni",
    "Zane Levy": "Aditya Joshi",
    "Kami Bicknell": "Pooja Patil",
    "Moses Frase": "Kunal Shah",
    "Elease Gluck": "Lakshmi Narayanan",
    "Corliss Cosme": "Karthik Subramanian",
    "Cassey Cress": "Divya Reddy",
    "Rosalina Dieter": "Rohit Nair",
    "Jonathan Berthelot": "Anjali Menon",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:services
    ("Arjun Mehta", "Rajesh Malhotra", "North", "Senior Account Executive", "", "Q_SENIOR"),
    ("Priyanka Sharma", "Rajesh Malhotra", "North", "Account Executive", "", ""),
    ("Rohit Khanna", "Rajesh Malhotra", "North", "Account Executive", "", ""),
    ("Simran Kaur", "Rajesh Malhotra", "North", "Account Executive", "", ""),
    ("Vikram Chauhan", "Rajesh Malhotra", "North", "Account Executive", "2026-08-17", ""),
    ("Farhan Shaikh", "Sunita Deshpande", "West", "Account Executive", "", ""),
    ("Neha Kulkarni", "Sunita Deshpande", "West", "Account Executive", "", ""),
    ("Aditya Joshi", "Sunita Deshpande", "West", "Account Executive", "", ""),
    ("Pooja Patil", "Sunita Deshpande", "West", "Account Executive", "", ""),
    ("Kunal Shah", "Sunita Deshpande", "West", "Account Executive", "", ""),
    ("Lakshmi Narayanan", "Venkatesh Iyer", "South", "Managed Services Specialist", "", "Q_MS"),
    ("Karthik Subramanian", "Venkatesh Iyer", "South", "Account Executive", "", ""),
    ("Divya Reddy", "Venkatesh Iyer", "South", "Account Executive", "", ""),
    ("Rohit Nair", "Venkatesh Iyer", "South", "Account Executive", "", ""),
    ("Anjali Menon", "Venkatesh Iyer", "South", "Account Executive", "", ""),
]
QUOTA = {"Q_SENIOR": "60000000.00", "Q_MS": "40000000.00"}
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTK 500": ("Managed Services", 400),
    "GTX Pro": ("Application Development", 500),
    "GTXPro": ("Application Development", 500),
    "MG Advanced": ("Cybersecurity Services", 500),
    "GTX Plus Pro": ("Azure Resale", 100),
    "GTX Plus Basic": ("AWS Resale", 200),
    "GTX Basic": ("Google Cloud Resale", 300),
    "MG Special": ("Microsoft 365 Licences", 1500),
}
ACCOUNTS = [
    "Sahyadri Steel Ltd", "Konkan Agro Foods", "Deccan Pharma Labs", "Bharat Auto Components",
    "Ganga Textiles", "Malabar Spices Exports", "Narmada Cement", "Thar Solar Power",
    "Hooghly Jute Mills", "Vindhya Logistics", "Coromandel Fertilisers", "Aravalli Hospitals",
    "Vaigai Bank", "Mahanadi Power", "Nilgiri Tea Estates", "Indus Insurance",
    "Brahmaputra Airlines", "Godavari Infra Projects", "Satpura Mining", "Chambal Chemicals",
    "Tapti Retail", "Sabarmati Finance", "Kosi Dairy Cooperative", "Lotus Eduversity",
    "Peacock Media Networks", "Saffron Hotels", "Banyan Telecom", "Monsoon Paints",
    "Himalaya Pharma Distributors", "Charminar Software Park",
]
CANCEL_BY = dt.date(2026, 11, 25)


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
    account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 12, 1) + dt.timedelta(days=x % 75)
            prob = "0.5"
        else:
            close = dt.date(2027, 1, 1) + dt.timedelta(days=x % 85)
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
    if product == "Microsoft 365 Licences" and x % 2 == 0:
        typ = "renewal"
    elif (x // 3) % 5 == 0:
        typ = "new"
    elif (x // 3) % 5 in (1, 2):
        typ = "expansion"
    else:
        typ = "renewal"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 23 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=9 + (x // 11) % 150), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="INR")
    partner = None
    if product == "Managed Services" and seller != "Lakshmi Narayanan" and stage in ("won", "cancelled"):
        partner, share = "Lakshmi Narayanan", ("0.7", "0.3")
    elif (seller == "Arjun Mehta" and stage in ("won", "cancelled") and (x // 13) % 6 == 0
          and close >= dt.date.fromisoformat(START["Vikram Chauhan"])):
        partner, share = "Vikram Chauhan", ("0.5", "0.5")
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
                "quota:services"])
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
