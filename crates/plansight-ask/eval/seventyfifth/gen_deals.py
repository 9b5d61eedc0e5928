#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the seventyfifth workspace (Trillium Workforce
Software, Toronto: HR software sold to Canadian employers; plan year 1 February 2026 -
31 January 2027, CAD) from the real Maven CRM export (/work/shared/data/maven-crm/).
Standard library only; deterministic: no random numbers and no clock. Every choice is
made from the MD5 of the opportunity id (with a salt per choice).

- 14 Maven agents are re-cast as Trillium sellers (AGENTS below). An opportunity is kept
  when md5(id) is even (about half), so each seller carries a realistic SaaS deal count.
- Dates: Maven close dates (1 Mar - 31 Dec 2017) move 9 years forward and 28 days back,
  so they fall 1 Feb - 3 Dec 2026. AS OF = 2026-10-31: a Won opportunity that now closes
  after it becomes an open deal (probability 0.7) at its shifted date.
- Products: GTX Basic -> Core HRIS, GTX Plus Basic -> Time & Attendance, GTX Pro ->
  Payroll Cloud, GTX Plus Pro -> Talent Suite, GTK 500 -> Workforce Analytics (the five
  subscriptions: amount = first-year ACV = close_value x 5); MG Special -> Onboarding
  Package (x 80), MG Advanced -> Payroll Migration (x 3) (the two services, one-time fees).
- Accounts: the Maven account with a word for its sector ("Betasoloin" -> "Betasoloin
  Health"). Type: "new" when nobody at Trillium had won the account before (in the kept
  data, by close date), else "renewal" for about one subscription line in six, else
  "expansion".
- term_months 12/24/36 on subscription lines. Open Maven deals (Engaging 0.5 /
  Prospecting 0.2) carry an expected close between 1 Nov 2026 and 30 Jan 2027 at the
  product's list value; half of them (md5 of "o" + id odd) are left out.
  16 won deals are cancelled 15-150 days after close (cancel date capped at the as-of
  date).
- Two sellers joined mid-year (Nadia Haddad 2026-06-01, Tessa Morrison 2026-08-17); their
  Maven opportunities closing before their start date are dropped. The one Senior Account
  Executive (Liam O'Sullivan) carries a Platform ACV quota of 300,000 a quarter (roster).
"""
import csv, datetime as dt, hashlib, os, re

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 31)


def h(s, salt=""):
    return int(hashlib.md5((salt + s).encode()).hexdigest()[:8], 16)


AGENTS = {
    "Darcel Schlecht": "Liam O'Sullivan",
    "Anna Snelling": "Jasmine Wong",
    "Kary Hendrixson": 'Robert "Bobby" Tremblay',
    "Versie Hillebrand": "Aaliyah Mensah",
    "Jonathan Berthelot": "Ethan MacDonald",
    "Lajuana Vencill": "Chloé Gagnon",
    "Cassey Cress": "Nadia Haddad",
    "Zane Levy": "Owen Fraser",
    "Gladys Colclough": "Harjit Gill",
    "Corliss Cosme": "Sophie Lavigne",
    "Markita Hansen": "Marcus Campbell",
    "Maureen Marcano": 'Katherine "Kit" Brennan',
    "Marty Freudenburg": "Daniel Nguyen",
    "Donn Cantrell": "Tessa Morrison",
}
ROSTER = [
    # name (id = the name without a quoted nickname), manager, territory, role, start_date
    ("Liam O'Sullivan", "Sandra Kowalski", "Toronto", "Senior Account Executive", ""),
    ("Jasmine Wong", "Sandra Kowalski", "Toronto", "Account Executive", ""),
    ('Robert "Bobby" Tremblay', "Sandra Kowalski", "Toronto", "Account Executive", ""),
    ("Aaliyah Mensah", "Sandra Kowalski", "Toronto", "Account Executive", ""),
    ("Ethan MacDonald", "Sandra Kowalski", "Toronto", "Account Executive", ""),
    ("Chloé Gagnon", "Sandra Kowalski", "Toronto", "Account Executive", ""),
    ("Nadia Haddad", "Sandra Kowalski", "Toronto", "Account Executive (ex-SDR)", "2026-06-01"),
    ("Owen Fraser", "Gurpreet Bains", "Ottawa", "Account Executive", ""),
    ("Harjit Gill", "Gurpreet Bains", "Ottawa", "Account Executive", ""),
    ("Sophie Lavigne", "Gurpreet Bains", "Ottawa", "Account Executive", ""),
    ("Marcus Campbell", "Gurpreet Bains", "Ottawa", "Account Executive", ""),
    ('Katherine "Kit" Brennan', "Gurpreet Bains", "Ottawa", "Account Executive (ex-SDR)", ""),
    ("Daniel Nguyen", "Gurpreet Bains", "Ottawa", "Account Executive", ""),
    ("Tessa Morrison", "Gurpreet Bains", "Ottawa", "Account Executive (ex-SDR)", "2026-08-17"),
]
def sid(name):
    return re.sub(r' "[^"]*"', "", name)


START = {sid(r[0]): r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Core HRIS", "GTX Plus Basic": "Time & Attendance",
    "GTXPro": "Payroll Cloud", "GTX Pro": "Payroll Cloud",
    "GTX Plus Pro": "Talent Suite", "GTK 500": "Workforce Analytics",
    "MG Special": "Onboarding Package", "MG Advanced": "Payroll Migration",
}
FACTOR = {"Onboarding Package": 80, "Payroll Migration": 3}  # services; subscriptions x 5
SERVICES = set(FACTOR)
SECTOR = {
    "employment": "Staffing", "entertainment": "Media", "finance": "Financial",
    "marketing": "Marketing", "medical": "Health", "retail": "Retail",
    "services": "Services", "software": "Software", "technolgy": "Technologies",
    "telecommunications": "Telecom",
}
PRICE = {r["product"]: int(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]
ACCOUNT = {r["account"]: f'{r["account"]} {SECTOR[r["sector"]]}'
           for r in csv.DictReader(open(f"{SRC}/accounts.csv"))}


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=28)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or h(oid) % 2:
        continue
    seller = sid(AGENTS[r["sales_agent"]])
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        if h(oid, "o") % 2:
            continue
        close = dt.date(2026, 11, 1) + dt.timedelta(days=h(oid, "c") % 91)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        value = int(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.7"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage in ("won", "open"):
        continue
    amount = value * FACTOR.get(product, 5)
    rows.append(dict(id=oid, seller=seller, amount=f"{amount}.00",
                     close_date=close.isoformat(), stage=stage, product=product,
                     account=ACCOUNT.get(r["account"], ""), probability=prob,
                     term_months="" if product in SERVICES else ("12", "24", "36")[h(oid, "t") % 3]))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in won_accounts:
        x["type"] = "new"
    elif x["product"] not in SERVICES and h(x["id"], "r") % 6 == 0:
        x["type"] = "renewal"
    else:
        x["type"] = "expansion"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
    x["name"] = f'{acct or "No account"} {x["product"]}'

won = [x for x in rows if x["stage"] == "won" and x["close_date"] <= "2026-09-30"]
for x in sorted(won, key=lambda x: h(x["id"], "x"))[:16]:
    c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=15 + h(x["id"], "d") % 136)
    x["stage"] = "cancelled"
    x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["currency"] = "CAD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "quota:acv"])
    for name, mgr, terr, role, start in ROSTER:
        quota = "300000.00" if role.startswith("Senior") else ""  # plan.md 5.2
        w.writerow([sid(name), name, mgr, terr, role, start, quota])
print(len(rows), "lines")
