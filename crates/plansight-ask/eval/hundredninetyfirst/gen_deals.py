#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredninetyfirst workspace (Shamba Bora Agri-Inputs
Ltd, an invented Nairobi distributor of certified seed, fertiliser blends, crop protection,
drip irrigation kits, solar water pumps and greenhouse kits to co-operatives, large farms,
agro-dealers and county programmes; plan year 1 July 2025 - 30 June 2026, the Kenyan fiscal
year; amounts in US dollars; MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5
hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Shamba Bora account managers (AGENTS below). Three in five of each
  agent's opportunities are kept (md5(id) mod 5 < 3), except: every GTK 500 opportunity is
  kept (they become Greenhouse Kits), and every opportunity of Darcel Schlecht (re-cast as
  Kevin Mwangi, the Senior Account Manager) and of Markita Hansen (re-cast as Wanjiru Kamau,
  the Tenders Lead) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 July 2025 and 31 December 2017 becomes 30 April 2026. AS OF = 2026-03-18. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one
  dated after it becomes an open deal (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 March 2026 + (hash mod 80) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 April 2026 + (hash mod 85) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    MG Special     -> Soil Test Kit        x 1
    GTX Basic      -> Certified Seed       x 2
    GTX Plus Basic -> Crop Protection      x 1.5
    GTX Pro        -> Fertiliser Blend     x 1
    MG Advanced    -> Drip Irrigation Kit  x 1
    GTX Plus Pro   -> Solar Water Pump     x 1
    GTK 500        -> Greenhouse Kit       x 0.6
- Accounts: Maven's 85 accounts (sorted) are folded by index mod 34 onto 34 invented Kenyan
  accounts: 12 co-operatives, 8 large farms, 8 agro-dealers, 6 county programmes. An
  opportunity with no account gets one by hash.
- Type: an opportunity of a county programme is a "tender" (an LPO); otherwise hash mod 5 = 0
  is "new" (an account's first order, or a new branch or group), the rest "reorder".
- Splits (plan.md 3.4): a won or cancelled tender of $3,000 or more of any account manager but
  Wanjiru Kamau is two lines with the same id: 60% to the account manager, 40% to Wanjiru
  Kamau (the Tenders Lead).
- Cancellations ("returns"): a won deal closed on or before 2026-03-06 with hash mod 21 = 0
  is cancelled, cancel_date = close + 6 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Kevin Mwangi (Senior Account Manager) carries his own quarterly inputs quota and
  Wanjiru Kamau (Tenders Lead) her own annual projects quota. Sharon Chebet joined on
  2025-10-06 (her own deals before that date are dropped). Dennis Rotich left on 2026-01-16
  (his deals closing after that date, and his open deals, are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 3, 18)
SHIFT = dt.date(2025, 7, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 3, 6)

AGENTS = {
    "Darcel Schlecht": "Kevin Mwangi",
    "Markita Hansen": "Wanjiru Kamau",
    "Anna Snelling": "Faith Njeri",
    "Kary Hendrixson": "Peter Kariuki",
    "Gladys Colclough": "Mercy Wanjiku",
    "Kami Bicknell": "Brian Kiptoo",
    "Versie Hillebrand": "Sharon Chebet",
    "Zane Levy": "Collins Kipkemboi",
    "Maureen Marcano": "Purity Jepkosgei",
    "Donn Cantrell": "Dennis Rotich",
    "Cassey Cress": "Brian Otieno",
    "Jonathan Berthelot": "Grace Akinyi",
    "Lajuana Vencill": "Victor Ouma",
    "Corliss Cosme": "Lilian Nafula",
    "Marty Freudenburg": "Moses Wafula",
    "Vicki Laflamme": "Tabitha Muthoni",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:inputs, quota:projects
    ("Kevin Mwangi", "Grace Wambui", "Mt Kenya", "Senior Account Manager", "", "", "Q_SENIOR", ""),
    ("Wanjiru Kamau", "Grace Wambui", "Mt Kenya", "Tenders Lead", "", "", "", "P_TENDERS"),
    ("Faith Njeri", "Grace Wambui", "Mt Kenya", "Account Manager", "", "", "", ""),
    ("Peter Kariuki", "Grace Wambui", "Mt Kenya", "Account Manager", "", "", "", ""),
    ("Mercy Wanjiku", "Grace Wambui", "Mt Kenya", "Account Manager", "", "", "", ""),
    ("Tabitha Muthoni", "Grace Wambui", "Mt Kenya", "Account Manager", "", "", "", ""),
    ("Brian Kiptoo", "Daniel Kiprotich", "Rift Valley", "Account Manager", "", "", "", ""),
    ("Sharon Chebet", "Daniel Kiprotich", "Rift Valley", "Account Manager", "2025-10-06", "", "", ""),
    ("Collins Kipkemboi", "Daniel Kiprotich", "Rift Valley", "Account Manager", "", "", "", ""),
    ("Purity Jepkosgei", "Daniel Kiprotich", "Rift Valley", "Account Manager", "", "", "", ""),
    ("Dennis Rotich", "Daniel Kiprotich", "Rift Valley", "Account Manager", "", "2026-01-16", "", ""),
    ("Brian Otieno", "Beatrice Achieng", "Lake", "Account Manager", "", "", "", ""),
    ("Grace Akinyi", "Beatrice Achieng", "Lake", "Account Manager", "", "", "", ""),
    ("Victor Ouma", "Beatrice Achieng", "Lake", "Account Manager", "", "", "", ""),
    ("Lilian Nafula", "Beatrice Achieng", "Lake", "Account Manager", "", "", "", ""),
    ("Moses Wafula", "Beatrice Achieng", "Lake", "Account Manager", "", "", "", ""),
]
QUOTA = {"Q_SENIOR": "200000.00", "P_TENDERS": "250000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Soil Test Kit", 1),
    "GTX Basic": ("Certified Seed", 2),
    "GTX Plus Basic": ("Crop Protection", 1.5),
    "GTX Pro": ("Fertiliser Blend", 1),
    "GTXPro": ("Fertiliser Blend", 1),
    "MG Advanced": ("Drip Irrigation Kit", 1),
    "GTX Plus Pro": ("Solar Water Pump", 1),
    "GTK 500": ("Greenhouse Kit", 0.6),
}
ACCOUNTS = [
    # 12 co-operatives
    "Othaya Farmers Co-operative", "Kiambu Dairy Co-operative", "Meru Coffee Growers Co-op",
    "Nyeri Hill Farmers Co-op", "Kirinyaga Rice Growers Co-op", "Kericho Tea Growers Co-op",
    "Nandi Hills Dairy Co-op", "Bungoma Maize Farmers Co-op", "Kisii Banana Growers Co-op",
    "Embu Macadamia Co-op", "Kitui Green Grams Co-op", "Siaya Sorghum Farmers Co-op",
    # 8 large farms
    "Naivasha Flower Estate", "Ol Kalou Potato Farm", "Timau Wheat Farm",
    "Laikipia Horticulture Ranch", "Thika Pineapple Estate", "Mwea Horticulture Farm",
    "Moiben Grain Estate", "Mumias Sugarcane Estate",
    # 8 agro-dealers
    "Mwea Agrovet", "Kitale Farm Supplies", "Karatina Agrovet", "Nakuru Farmers Centre",
    "Kisumu Agro Stores", "Machakos Agrovet", "Nanyuki Farm Inputs", "Busia Agrovet",
    # 6 county programmes
    "Nakuru County Agriculture Programme", "Uasin Gishu County Inputs Programme",
    "Kakamega County Farm Subsidy", "Meru County Irrigation Programme",
    "Makueni County Drylands Programme", "Kisumu County Horticulture Programme",
]
COUNTY = set(ACCOUNTS[28:])
TENDERS_LEAD = "Wanjiru Kamau"


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
    seller = AGENTS[agent]
    keep = (h(oid) % 5 < 3 or r["product"] == "GTK 500"
            or seller in ("Kevin Mwangi", TENDERS_LEAD))
    if not keep:
        continue
    x = h(oid) // 5
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 3, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 4, 1) + dt.timedelta(days=x % 85)
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
    if END[seller] and (stage == "open" or close > dt.date.fromisoformat(END[seller])):
        continue
    if account in COUNTY:
        typ = "tender"
    elif (x // 3) % 5 == 0:
        typ = "new"
    else:
        typ = "reorder"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 21 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if (typ == "tender" and seller != TENDERS_LEAD and stage in ("won", "cancelled")
            and amount >= 3000):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=TENDERS_LEAD, split="0.4"))
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
                "quota:inputs", "quota:projects"])
    for sid, mgr, terr, role, start, end, qi, qp in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(qi, ""), QUOTA.get(qp, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
