#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundrednineteenth workspace (Vukani Safety &
Workwear (Pty) Ltd, plan year 1 March 2026 - 28 February 2027, ZAR, monthly payouts) from the
real Maven CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic
(every choice is an md5 hash of the opportunity id; no clock, no random stream).
Run: python3 gen_deals.py

- 13 Maven agents are re-cast as Vukani sales reps (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) even), so a rep carries a distributor's deal count.
- Dates: Maven close dates (March - December 2017) move exactly 9 years forward, so won
  deals fall in March - December 2026. AS OF = 2026-10-30. A Won opportunity that now closes
  after it becomes an open quote (probability 0.6) at that date; a Lost one dated after it
  becomes an open quote (probability 0.25). Engaging opportunities are open quotes
  (probability 0.5) expected to close 1 October 2026 + (hash mod 30) days (so many are due
  in October, some overdue at the as-of date); Prospecting ones (probability 0.2) 31 October
  2026 + (hash mod 120) days.
- Amounts in rand: close value x 9 (won); lost and open quotes carry the product's list
  price x 9.
- Products (plan.md 3.6): GTX Basic -> Hi-Vis Workwear, MG Special -> Safety Boots,
  GTX Pro -> Portable Gas Monitor, GTK 500 -> Fixed Gas Detection, MG Advanced ->
  Fall-Arrest Kit, GTX Plus Basic -> Working at Heights Course, GTX Plus Pro -> Statutory
  Inspection.
- Accounts: Maven's 85 accounts are folded onto 40 invented South African customers (sorted
  Maven account index mod 40); an opportunity with no account gets one by hash.
- Type (the CRM's deal-type field, set by Sales Ops): a Statutory Inspection with hash mod 3
  = 0 is "renewal"; otherwise hash mod 5 = 0 is "new" (a new site); the rest "repeat".
- Cancellations: a won deal closed on or before 2026-10-10 with hash mod 29 = 0 is
  "cancelled", cancel_date = close + 12 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Sipho Ndlovu and Yusuf Ebrahim are Senior Reps with their own Equipment quota;
  Zanele Mthembu joined on 2026-08-03 (her deals before that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 30)

AGENTS = {
    "Darcel Schlecht": "Sipho Ndlovu",
    "Kary Hendrixson": "Annelie Botha",
    "Gladys Colclough": "Kagiso Molefe",
    "Violet Mclelland": "Bongani Zulu",
    "Boris Faz": "Zanele Mthembu",
    "Cassey Cress": "Tshepo Maluleke",
    "Kami Bicknell": "Mpho Sithole",
    "James Ascencio": "Riaan Steyn",
    "Anna Snelling": "Palesa Nkosi",
    "Vicki Laflamme": "Yusuf Ebrahim",
    "Corliss Cosme": "Lindiwe Cele",
    "Maureen Marcano": "Kyle Pillay",
    "Hayden Neloms": "Chantal Jacobs",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:equipment
    ("Sipho Ndlovu", "Nomvula Dlamini", "Highveld", "Senior Rep", "", "EQ_SENIOR_1"),
    ("Annelie Botha", "Nomvula Dlamini", "Highveld", "Sales Rep", "", ""),
    ("Kagiso Molefe", "Nomvula Dlamini", "Highveld", "Sales Rep", "", ""),
    ("Bongani Zulu", "Nomvula Dlamini", "Highveld", "Sales Rep", "", ""),
    ("Zanele Mthembu", "Nomvula Dlamini", "Highveld", "Sales Rep", "2026-08-03", ""),
    ("Tshepo Maluleke", "Johan Pretorius", "Bushveld", "Sales Rep", "", ""),
    ("Mpho Sithole", "Johan Pretorius", "Bushveld", "Sales Rep", "", ""),
    ("Riaan Steyn", "Johan Pretorius", "Bushveld", "Sales Rep", "", ""),
    ("Palesa Nkosi", "Johan Pretorius", "Bushveld", "Sales Rep", "", ""),
    ("Yusuf Ebrahim", "Ayesha Naidoo", "Coastal", "Senior Rep", "", "EQ_SENIOR_2"),
    ("Lindiwe Cele", "Ayesha Naidoo", "Coastal", "Sales Rep", "", ""),
    ("Kyle Pillay", "Ayesha Naidoo", "Coastal", "Sales Rep", "", ""),
    ("Chantal Jacobs", "Ayesha Naidoo", "Coastal", "Sales Rep", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Hi-Vis Workwear", "MG Special": "Safety Boots",
    "GTX Pro": "Portable Gas Monitor", "GTXPro": "Portable Gas Monitor",
    "GTK 500": "Fixed Gas Detection", "MG Advanced": "Fall-Arrest Kit",
    "GTX Plus Basic": "Working at Heights Course", "GTX Plus Pro": "Statutory Inspection",
}
ACCOUNTS = [
    "Bojanala Platinum", "Kathu Ridge Iron", "Secunda Polymer Works", "Richards Bay Smelting",
    "Emalahleni Coal", "Tugela Cement", "Bokamoso Construction", "Khanyisa Civils",
    "Umgeni Steel Fabricators", "Vaalkrans Chemicals", "Mafube Colliery", "Ithemba Engineering",
    "Langebaan Fabrication", "Swartkops Packaging", "Lowveld Phosphates", "Tshwane Rail Works",
    "Bluff Marine Engineering", "Zamdela Refining", "Ekurhuleni Foundry", "Mamelodi Precast",
    "Thaba Nchu Quarries", "Karoo Solar Builders", "Winelands Bottling", "Atlantis Aluminium",
    "Knysna Boatyards", "Komati Valley Coal", "Ulundi Sugar Mill", "Isithebe Plastics",
    "Pinetown Paper Mill", "Boksburg Glassworks", "Sebenza Scaffolding",
    "Gqeberha Auto Components", "Kimberley Tailings", "Letaba Timber",
    "Magaliesberg Aggregates", "Zeerust Manganese", "Waterberg Coal", "Umhlanga Towers Construction",
    "Brits Axle Works", "Mooi River Dairies",
]
SENIOR_QUOTA = {"EQ_SENIOR_1": "1000000.00", "EQ_SENIOR_2": "500000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
maven_accounts = sorted(r["account"] for r in read("accounts.csv"))
ACC = {a: ACCOUNTS[i % len(ACCOUNTS)] for i, a in enumerate(maven_accounts)}

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or h(oid) % 2:
        continue
    x = h(oid) // 2
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    account = ACC[r["account"]] if r["account"] else ACCOUNTS[x % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 10, 1) + dt.timedelta(days=x % 30)
        else:
            close = dt.date(2026, 10, 31) + dt.timedelta(days=x % 120)
        amount = price[r["product"]] * 9
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        d = dt.date.fromisoformat(r["close_date"])
        close = d.replace(year=d.year + 9)
        amount = int(r["close_value"]) * 9 if stage == "won" else price[r["product"]] * 9
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if product == "Statutory Inspection" and x % 3 == 0:
        typ = "renewal"
    elif (x // 3) % 5 == 0:
        typ = "new"
    else:
        typ = "repeat"
    if stage == "won" and close <= dt.date(2026, 10, 10) and (x // 7) % 29 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=12 + (x // 11) % 140), AS_OF).isoformat()
    rows.append(dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                     type=typ, product=product, amount=f"{amount}.00",
                     close_date=close.isoformat(), stage=stage, split="1",
                     probability=prob, cancel_date=cancel, currency="ZAR"))

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
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", SENIOR_QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
