#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the sixtysecond workspace (Laurentide Foodservice,
Canadian wholesale food-service distribution, plan year 1 January - 31 December 2026, CAD)
from the real Maven CRM export (/work/shared/data/maven-crm/). Standard library only.
Deterministic: no randomness, no clock; every choice is a function of the opportunity id.
Run: python3 gen_deals.py

- 14 Maven agents are re-cast as Laurentide territory sales reps (AGENTS below). An
  opportunity is kept when the MD5 of its id is even (about one in two).
- Amounts: CAD = the Maven close value x 1.35 (the deal's first-year order value).
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so won
  deals fall 1 Jan - 2 Nov 2026. AS OF = 2026-10-31: a Won opportunity that now closes after
  it becomes an open deal ("in tasting", probability 0.8) expected to close on 2026-10-31.
- Open Maven deals (Engaging 0.5 / Prospecting 0.2) carry the product's list price x 1.35 and
  an expected close of 2026-10-(1 + id code sum mod 31) (Engaging) or 2026-10-31 (Prospecting),
  so that the pipeline, if won, lands in Q4 on or before the as-of date.
- Products: GTX Basic -> Dry Goods, GTX Pro -> Fresh Produce, GTX Plus Basic -> Dairy,
  GTX Plus Pro -> Proteins, GTK 500 -> Kitchen Equipment, MG Special -> Reserve Sauces,
  MG Advanced -> Reserve Frozen Entrees (the two Laurentide Reserve private-label lines).
- Accounts: each Maven account is re-cast as a food-service customer (ACCOUNTS, in the
  export's order); blank stays blank.
- Type: "new" (a new door) when no Laurentide rep had won the account before (in the kept
  data, by close date) or the account is blank; else "renewal" (a re-up) when the id's code
  sum mod 5 is 0; else "line-add".
- Pulled orders: a won deal closed on or before 2026-09-30 whose MD5 mod 31 is 0 is
  cancelled, cancel_date = close + 12 + (id code sum x 7) mod 150 days, at most 2026-10-31.
- Lost deals with no close value show the product's list price x 1.35 (the quote that was lost).
- Joiners: deals of Sophie Lavigne before 2026-06-01 and of Danielle Roy before 2026-08-17
  are dropped (their Maven agents' earlier history is not theirs).
"""
import csv, datetime as dt, hashlib, os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 31)

AGENTS = {
    "Kary Hendrixson": "Priya Raman",
    "Maureen Marcano": "Patrick Gallagher",
    "Anna Snelling": "Olivia Chen",
    "Gladys Colclough": "Marco Santangelo",
    "Boris Faz": "Aaliyah Brooks",
    "Moses Frase": "Kevin Nguyen",
    "Corliss Cosme": "Sophie Lavigne",
    "Darcel Schlecht": "Tyler Fehr",
    "Zane Levy": "Xiaoming Li",
    "Hayden Neloms": "Nadia Haddad",
    "Versie Hillebrand": "Brett Kowalczyk",
    "Reed Clapper": "Jasmine Singh",
    "Niesha Huffines": "Owen MacPherson",
    "Cassey Cress": "Danielle Roy",
}
ROSTER = [
    # id, name on statements, manager, territory (district), role, start_date, quota:street
    ("Priya Raman", "Priya Raman", "Marianne Leclerc", "Toronto", "Territory Sales Rep", "", ""),
    ("Patrick Gallagher", 'Patrick "Paddy" Gallagher', "Marianne Leclerc", "Toronto", "Territory Sales Rep", "", ""),
    ("Olivia Chen", "Olivia Chen", "Marianne Leclerc", "Toronto", "Territory Sales Rep", "", ""),
    ("Marco Santangelo", "Marco Santangelo", "Marianne Leclerc", "Toronto", "Territory Sales Rep", "", ""),
    ("Aaliyah Brooks", "Aaliyah Brooks", "Marianne Leclerc", "Toronto", "Territory Sales Rep", "", ""),
    ("Kevin Nguyen", "Kevin Nguyen", "Marianne Leclerc", "Toronto", "Territory Sales Rep", "", ""),
    ("Sophie Lavigne", "Sophie Lavigne", "Marianne Leclerc", "Toronto", "Territory Sales Rep", "2026-06-01", ""),
    ("Tyler Fehr", "Tyler Fehr", "Hardeep Grewal", "Calgary", "Senior Territory Rep", "", "120000.00"),
    ("Xiaoming Li", 'Xiaoming "Sam" Li', "Hardeep Grewal", "Calgary", "Territory Sales Rep", "", ""),
    ("Nadia Haddad", "Nadia Haddad", "Hardeep Grewal", "Calgary", "Territory Sales Rep", "", ""),
    ("Brett Kowalczyk", "Brett Kowalczyk", "Hardeep Grewal", "Calgary", "Territory Sales Rep", "", ""),
    ("Jasmine Singh", "Jasmine Singh", "Hardeep Grewal", "Calgary", "Territory Sales Rep", "", ""),
    ("Owen MacPherson", "Owen MacPherson", "Hardeep Grewal", "Calgary", "Territory Sales Rep", "", ""),
    ("Danielle Roy", "Danielle Roy", "Hardeep Grewal", "Calgary", "Territory Sales Rep", "2026-08-17", ""),
]
START = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Dry Goods", "GTX Pro": "Fresh Produce", "GTXPro": "Fresh Produce",
    "GTX Plus Basic": "Dairy", "GTX Plus Pro": "Proteins", "GTK 500": "Kitchen Equipment",
    "MG Special": "Reserve Sauces", "MG Advanced": "Reserve Frozen Entrees",
}
ACCOUNTS_FS = [
    "Acadia Oyster Bar", "Bellwoods Taproom", "Bytown Bistro", "Birchmount Manor",
    "Bow River Grill", "Black Spruce Diner", "Bluffs Cafe", "Bannock House",
    "Cabbagetown Kitchen", "Chinook Arena Concessions", "Coal Harbour Catering",
    "Cedar Lane School Board", "Confederation Centre Cafe", "Danforth Souvlaki",
    "Dockside Chowder", "Dufferin General Hospital", "Don Valley Golf Club", "Dundas Noodle Bar",
    "Dorval Airport Lounge", "Elgin Street Pub", "Fundy Bay Seafood", "Forks Market Grill",
    "Fireweed Kitchen", "Frontenac Inn", "Garrison Brewhouse", "Georgian Bay Resort",
    "Gastown Ramen", "Glenmore Seniors Residence", "Granville Bakehouse", "Grouse Ridge Chalet",
    "Galt Sports Bar", "Gooderham Hall", "Greektown Grill", "Haliburton Lodge",
    "Humber College Residence", "Inglewood Smokehouse", "Kensington Dumpling House",
    "Kananaskis Resort", "Kingsway Pizzeria", "Lakeshore Banquet Centre", "Leslieville Brunch Co",
    "Lougheed Hospital", "Mackenzie Hall", "Moraine Lake Lodge", "Muskoka Grill",
    "Niagara Vineyard Bistro", "Northmount Retirement Home", "Ossington Tacos",
    "Ottawa Valley Poutinerie", "Peace River Inn", "Parkdale Pho", "Queen West Oyster House",
    "Rideau Club", "Roncesvalles Pierogi", "Rundle Mountain Cafe", "Red Deer Curling Club",
    "Sask Polytech Cafeteria", "Stampede Park Catering", "Steeltown Diner",
    "St. Lawrence Bagels", "Spadina Dim Sum", "Sunnyside Pavilion", "Sherwood Park Arena",
    "Strathcona Bistro", "Sundre Roadhouse", "Thunder Bay Supper Club", "Tofino Surf Shack",
    "Trillium Care Centre", "Upper Canada Tavern", "Vaughan Banquet Hall", "Wascana Diner",
    "Waterloo Student Union", "Whistler Fondue House", "Wychwood Barns Cafe",
    "Yaletown Brasserie", "Yorkville Steakhouse", "Yonge Street Shawarma", "Yukon Bannock Co",
    "Zesty Wok", "Algonquin Camp Kitchen", "Beltline Burger Bar", "Cowtown Chophouse",
    "Distillery District Tapas", "Eau Claire Market Deli", "Fort York Canteen",
]
MAVEN_ACCOUNTS = [r["account"] for r in csv.DictReader(open(f"{SRC}/accounts.csv"))]
assert len(MAVEN_ACCOUNTS) == len(ACCOUNTS_FS) == len(set(ACCOUNTS_FS))
ACCOUNT = dict(zip(MAVEN_ACCOUNTS, ACCOUNTS_FS))
PRICE = {r["product"]: int(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def md5(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def code(s):
    return sum(map(ord, s))


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)


def cad(usd):  # usd is a whole number of dollars: x 1.35 is exact in cents
    cents = usd * 135
    return f"{cents // 100}.{cents % 100:02d}"


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    if r["sales_agent"] not in AGENTS or md5(r["opportunity_id"]) % 2:
        continue
    oid = r["opportunity_id"]
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close, prob = dt.date(2026, 10, 1 + code(oid) % 31), "0.5"
        else:
            close, prob = dt.date(2026, 10, 31), "0.2"
        usd = PRICE[r["product"]]
    else:
        close = shift(r["close_date"])
        usd = int(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob, close = "open", "0.8", AS_OF
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if usd <= 0 and stage == "won":
        continue
    if stage == "lost" and usd <= 0:
        usd = PRICE[r["product"]]  # a lost deal shows the quoted list value
    rows.append(dict(id=oid, seller=seller, amount=cad(usd), close_date=close.isoformat(),
                     stage=stage, product=product, account=ACCOUNT.get(r["account"], ""),
                     probability=prob))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in won_accounts:
        x["type"] = "new"
    else:
        x["type"] = "renewal" if code(x["id"]) % 5 == 0 else "line-add"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-09-30" and md5(x["id"]) % 31 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=12 + (code(x["id"]) * 7) % 150)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

for x in rows:
    x["name"] = f'{x["account"] or "Walk-in"} {x["product"]}'

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for x in rows:
        x["currency"] = "CAD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:street"])
    for sid, name, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, "", q])
print(len(rows), "lines")
