#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the fiftyseventh workspace (Lion City Cloud Pte Ltd,
enterprise software and cloud reseller, Singapore and Malaysia, plan year 2026, SGD) from the
real Maven CRM export (/work/shared/data/maven-crm/). Standard library only; deterministic.

- 14 Maven agents are re-cast as Lion City Cloud account managers (AGENTS below) under 3
  managers; about one opportunity in three (seeded draw) is kept.
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so won deals
  fall 1 Jan - 2 Nov 2026. AS OF = 2026-10-15: a Won opportunity now closing after it becomes
  an open deal (probability 0.75) at that date. Engaging / Prospecting opportunities are open
  (probability 0.5 / 0.2) with an expected close in Nov-Dec 2026, at list value.
- Products: GTX Basic -> Cloud Subscription, GTX Plus Basic -> Cloud Backup, GTX Pro ->
  Perpetual Licence, GTX Plus Pro -> ERP Licence (amount = close value x 12, SGD);
  MG Special -> Support Renewal (x 40), MG Advanced -> Implementation Services (x 12),
  GTK 500 -> Data Centre Migration (x 6).
- Type: Support Renewal lines are "renewal"; otherwise "new" when nobody at Lion City Cloud
  had won the account before (in the kept data), else "upsell".
- term_months 12/24/36 on Cloud Subscription, Cloud Backup and Support Renewal lines.
- Two sellers joined mid-year (Darren Leong 2026-06-01, Ng Hui Min 2026-08-03): their
  opportunities closing before the start date are dropped.
- 16 won deals closing by 2026-08-31 are cancelled 20-200 days after close (cancel date
  capped at the as-of date); the plan claws back those cancelled within 150 days.
"""
import csv, random, datetime as dt, os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 15)
rng = random.Random(57)

AGENTS = {
    "Darcel Schlecht": "Marcus Tan",
    "Vicki Laflamme": "Jasmine Lim",
    "Anna Snelling": "Desmond Ong",
    "Kary Hendrixson": "Priya Nair",
    "Kami Bicknell": "Cheryl Koh",
    "Zane Levy": "Benjamin Yeo",
    "Cassey Cress": "Vanessa Chua",
    "Jonathan Berthelot": "Jonathan Wong",
    "Gladys Colclough": "Farah Ismail",
    "Corliss Cosme": "Kenneth Chia",
    "Markita Hansen": "Lim Mei Ling",
    "Donn Cantrell": "Ravi Subramaniam",
    "James Ascencio": "Darren Leong",
    "Reed Clapper": "Ng Hui Min",
}
ROSTER = [
    # id, name (nickname quoted), manager, territory, role, start_date, quota:lc
    ("Marcus Tan", 'Marcus "Ah Boy" Tan', "Kelvin Goh", "Singapore Enterprise", "Senior Account Manager", "", "3000000.00"),
    ("Jasmine Lim", "Jasmine Lim", "Kelvin Goh", "Singapore Enterprise", "Account Manager", "", ""),
    ("Desmond Ong", "Desmond Ong", "Kelvin Goh", "Singapore Enterprise", "Account Manager", "", ""),
    ("Priya Nair", "Priya Nair", "Kelvin Goh", "Singapore Enterprise", "Account Manager", "", ""),
    ("Cheryl Koh", "Cheryl Koh", "Kelvin Goh", "Singapore Enterprise", "Account Manager", "", ""),
    ("Benjamin Yeo", 'Benjamin "Benji" Yeo', "Michelle Teo", "Singapore Commercial", "Account Manager", "", ""),
    ("Vanessa Chua", "Vanessa Chua", "Michelle Teo", "Singapore Commercial", "Account Manager", "", ""),
    ("Jonathan Wong", 'Jonathan "Ah Jon" Wong', "Michelle Teo", "Singapore Commercial", "Account Manager", "", ""),
    ("Farah Ismail", "Farah Ismail", "Michelle Teo", "Singapore Commercial", "Account Manager", "", ""),
    ("Kenneth Chia", 'Kenneth "Kenny" Chia', "Ahmad Faizal", "Malaysia", "Account Manager", "", ""),
    ("Lim Mei Ling", 'Lim Mei Ling "Meimei"', "Ahmad Faizal", "Malaysia", "Account Manager", "", ""),
    ("Ravi Subramaniam", "Ravi Subramaniam", "Ahmad Faizal", "Malaysia", "Account Manager", "", ""),
    ("Darren Leong", "Darren Leong", "Ahmad Faizal", "Malaysia", "Account Manager", "2026-06-01", ""),
    ("Ng Hui Min", "Ng Hui Min", "Michelle Teo", "Singapore Commercial", "Account Manager", "2026-08-03", ""),
]
START = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Cloud Subscription", "GTX Plus Basic": "Cloud Backup",
    "GTXPro": "Perpetual Licence", "GTX Pro": "Perpetual Licence",
    "GTX Plus Pro": "ERP Licence", "GTK 500": "Data Centre Migration",
    "MG Special": "Support Renewal", "MG Advanced": "Implementation Services",
}
SCALE = {"Support Renewal": 40, "Implementation Services": 12, "Data Centre Migration": 6}
TERMED = {"Cloud Subscription", "Cloud Backup", "Support Renewal"}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    if r["sales_agent"] not in AGENTS or rng.random() >= 1 / 3:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 11, 1) + dt.timedelta(days=sum(map(ord, r["opportunity_id"])) % 61)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.75"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    amount = round(value * SCALE.get(product, 12), 2)
    rows.append(dict(id=r["opportunity_id"], seller=seller, account=r["account"],
                     product=product, amount=f"{amount:.2f}", close_date=close.isoformat(),
                     stage=stage, split="1", probability=prob,
                     term_months=rng.choice(["12", "24", "36", "36"]) if product in TERMED else "",
                     currency="SGD"))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    if x["product"] == "Support Renewal":
        x["type"] = "renewal"
    elif not acct or acct not in won_accounts:
        x["type"] = "new"
    else:
        x["type"] = "upsell"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
    x["name"] = f"{acct or 'Unassigned'} {x['product']}"

won = [x for x in rows if x["stage"] == "won" and x["close_date"] <= "2026-08-31"]
for x in rng.sample(won, 16):
    c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=rng.randrange(20, 201))
    x["stage"] = "cancelled"
    x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:lc"])
    for sid, name, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, "", q])
print(len(rows), "lines")
