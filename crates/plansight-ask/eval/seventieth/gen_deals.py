#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the seventieth workspace (Bluegum Technology
Partners, an Australian managed-IT and cloud reseller; plan year 1 July 2026 - 30 June 2027,
AUD) from the real Maven CRM export (/work/shared/data/maven-crm/). Standard library only;
deterministic: no random numbers and no clock (every choice comes from a digest of the
opportunity id).

- 14 Maven agents are re-cast as Bluegum account managers (AGENTS below) in two state teams
  (NSW under Leanne Hartigan, VIC under Stavros Nikolaidis). One opportunity in three is kept
  (digest of the id mod 3 == 0).
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 122 days on, so they fall
  1 Jul 2026 - 2 May 2027. AS OF = 2027-03-12: a Won opportunity that now closes after it
  becomes an open deal (probability 0.7).
- Products: GTX Basic -> Managed 365, GTX Plus Basic -> Endpoint Care, GTX Pro -> Cloud
  Backup, GTX Plus Pro -> SecureOps SOC, GTK 500 -> Private Cloud Hosting (recurring: amount =
  annual contract value = close_value x 3, AUD); MG Special -> Laptop Fleet, MG Advanced ->
  Network Refresh (hardware: amount = gross margin = close_value x 6 for laptops, x 1.2 for
  network gear).
- Accounts: each Maven account is renamed to an Australian business (ACCOUNT list, in the
  order of the Maven account file).
- Type: "new" when nobody at Bluegum had won the account before (in the kept data), else
  "renewal" for about one in five recurring lines, else "expansion".
- Open Maven deals (Engaging 0.5 / Prospecting 0.2) carry an expected close in March-April
  2027 at list value x the product factor. Every 11th won deal closed by 2027-01-31 (by
  close order) is cancelled 25-140 days after close (cancel date capped at the as-of date).
- Mid-year joiners: Sam Doyle (2026-10-05) and Hamish Reid (2027-01-11); their Maven deals
  before the start date are dropped.
"""
import csv, datetime as dt, hashlib, os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 3, 12)

def h(s, salt=""):
    return int(hashlib.sha256((salt + s).encode()).hexdigest(), 16)

AGENTS = {
    "Darcel Schlecht": "Jarrod Whitaker",
    "Anna Snelling": "Kylie Nguyen",
    "Kary Hendrixson": "Liam McCarthy",
    "Kami Bicknell": "Priya Raman",
    "Versie Hillebrand": "Tom Baxter",
    "Zane Levy": "Chloe Fitzgerald",
    "Cassey Cress": "Sam Doyle",
    "Vicki Laflamme": "Georgia Katsaros",
    "Jonathan Berthelot": "Nathan Pham",
    "Gladys Colclough": "Daniel Costa",
    "Lajuana Vencill": "Aroha Wiremu",
    "Corliss Cosme": "Josh Kowalski",
    "Markita Hansen": "Emma Sinclair",
    "Maureen Marcano": "Hamish Reid",
}
ROSTER = [
    # id, display name, manager, territory, start_date
    ("Jarrod Whitaker", "Jarrod Whitaker", "Leanne Hartigan", "NSW", ""),
    ("Kylie Nguyen", "Kylie Nguyen", "Leanne Hartigan", "NSW", ""),
    ("Liam McCarthy", 'Liam "Macca" McCarthy', "Leanne Hartigan", "NSW", ""),
    ("Priya Raman", "Priya Raman", "Leanne Hartigan", "NSW", ""),
    ("Tom Baxter", "Tom Baxter", "Leanne Hartigan", "NSW", ""),
    ("Chloe Fitzgerald", "Chloe Fitzgerald", "Leanne Hartigan", "NSW", ""),
    ("Sam Doyle", "Sam Doyle", "Leanne Hartigan", "NSW", "2026-10-05"),
    ("Georgia Katsaros", "Georgia Katsaros", "Stavros Nikolaidis", "VIC", ""),
    ("Nathan Pham", "Nathan Pham", "Stavros Nikolaidis", "VIC", ""),
    ("Daniel Costa", 'Daniel "Dazza" Costa', "Stavros Nikolaidis", "VIC", ""),
    ("Aroha Wiremu", "Aroha Wiremu", "Stavros Nikolaidis", "VIC", ""),
    ("Josh Kowalski", "Josh Kowalski", "Stavros Nikolaidis", "VIC", ""),
    ("Emma Sinclair", "Emma Sinclair", "Stavros Nikolaidis", "VIC", ""),
    ("Hamish Reid", "Hamish Reid", "Stavros Nikolaidis", "VIC", "2027-01-11"),
]
START = {r[0]: r[4] for r in ROSTER}
SENIOR_QUOTA = {"Jarrod Whitaker": "180000.00"}  # plan.md 5.2: quarterly msc quota
PRODUCT = {
    "GTX Basic": "Managed 365", "GTX Plus Basic": "Endpoint Care",
    "GTXPro": "Cloud Backup", "GTX Pro": "Cloud Backup",
    "GTX Plus Pro": "SecureOps SOC", "GTK 500": "Private Cloud Hosting",
    "MG Special": "Laptop Fleet", "MG Advanced": "Network Refresh",
}
HW = {"Laptop Fleet": 6, "Network Refresh": 1.2}
RECURRING_FACTOR = 3
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]

PLACES = ["Parramatta", "Geelong", "Ballarat", "Wollongong", "Bendigo", "Newcastle", "Penrith",
          "Dandenong", "Gosford", "Frankston", "Liverpool", "Werribee", "Hornsby", "Shepparton",
          "Orange", "Mildura", "Dubbo", "Warrnambool", "Tamworth", "Traralgon", "Bathurst",
          "Wagga", "Albury", "Bega", "Kiama", "Sale", "Moama", "Camden", "Coburg", "Ryde"]
KINDS = ["Dental Group", "Freight", "Legal", "Motors", "Grammar", "Plumbing", "Accounting",
         "Medical Centre", "Builders", "Vets", "Civil", "Council Credit Union", "Wines",
         "Physio", "Engineering", "Steel", "Realty", "Pharmacy", "Electrical", "Logistics"]
ACCOUNT = {}
for i, r in enumerate(csv.DictReader(open(f"{SRC}/accounts.csv"))):
    ACCOUNT[r["account"]] = f"{PLACES[i % len(PLACES)]} {KINDS[(i * 7 + i // len(PLACES)) % len(KINDS)]}"
assert len(set(ACCOUNT.values())) == len(ACCOUNT)

def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) + dt.timedelta(days=122)

def money(x):
    return f"{x:.2f}"

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    if r["sales_agent"] not in AGENTS or h(r["opportunity_id"]) % 3:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2027, 3, 15) + dt.timedelta(days=h(r["opportunity_id"], "c") % 45)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.7"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    amount = value * HW[product] if product in HW else value * RECURRING_FACTOR
    acct = ACCOUNT.get(r["account"], "")
    rows.append(dict(id=r["opportunity_id"], seller=seller, amount=money(round(amount, 2)),
                     close_date=close.isoformat(), stage=stage, product=product,
                     account=acct, probability=prob,
                     term_months="" if product in HW else ["12", "24", "36", "36"][h(r["opportunity_id"], "t") % 4],
                     name=f"{acct or 'Walk-in'} {product}"))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in won_accounts:
        x["type"] = "new"
    else:
        x["type"] = "renewal" if (x["product"] not in HW and h(x["id"], "r") % 5 == 0) else "expansion"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)

won = [x for x in rows if x["stage"] == "won" and x["close_date"] <= "2027-01-31"]
for i, x in enumerate(won):
    if i % 11 == 5:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=25 + h(x["id"], "x") % 116)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["currency"] = "AUD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "quota:msc"])
    for sid, name, mgr, terr, start in ROSTER:
        senior = sid in SENIOR_QUOTA
        w.writerow([sid, name, mgr, terr, "Senior Account Manager" if senior else "Account Manager",
                    start, SENIOR_QUOTA.get(sid, "")])
print(len(rows), "lines")
