#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredninth workspace (Aldgate & Pryor
Workplace Ltd, a UK office-furniture and workplace fit-out supplier; plan year 1 April 2026 -
31 March 2027, GBP, monthly payouts) from the real Maven CRM export
(/work/shared/data/maven-crm/). Standard library only; deterministic: every choice is taken
from the CRC-32 of the opportunity id (no random module, no clock).

- 12 Maven agents are re-cast as business development managers (BDMs, AGENTS below) in two
  areas. An opportunity is kept when CRC-32(id) % 3 == 0 (about a third of each agent's).
- Dates: Maven close dates (1 Mar - 31 Dec 2017) move 9 years forward and 31 days on, so they
  fall 1 Apr 2026 - 31 Jan 2027. AS OF = 2026-12-31: a Won opportunity that now closes after
  it becomes an open deal (probability 0.7). Engaging / Prospecting opportunities are open
  (probability 0.6 / 0.25) with an expected close in January - March 2027.
- Products (furniture ranges and fit-out packages) and GBP amounts:
    GTX Basic      -> Kestrel Task Chair        close value x 12
    GTX Plus Basic -> Linea Bench Desking       x 12
    GTX Pro        -> Atlas Storage Wall        x 6
    GTX Plus Pro   -> Hush Acoustic Pod         x 8
    MG Special     -> Cove Breakout Seating     x 120
    MG Advanced    -> Workplace Refresh         x 10   (fit-out package)
    GTK 500        -> Full Floor Fit-Out        x 6    (fit-out package)
  Lost and open opportunities carry their product's list price x the same factor (the
  tender's value). Amounts are rounded to whole pounds.
- Accounts: the 85 Maven accounts are renamed to UK companies and public bodies (ACCOUNT).
- Type: "new" (a new account: nobody had won the account before, or no account), else
  "call-off" when the account is a public body (an order under a framework), else "repeat".
- Cancelled ("pulled orders"): a won deal closing by 2026-11-30 with CRC % 23 == 7 is
  cancelled 15-164 days after close (capped at the as-of date).
- Bethan Lewis joined on 2026-09-01: her agent's deals closing before that are dropped.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 12, 31)

AGENTS = {
    "Darcel Schlecht": "Callum Reid",
    "Anna Snelling": "Niamh O'Connor",
    "Versie Hillebrand": "Tom Hargreaves",
    "Gladys Colclough": "Jess Whitaker",
    "Moses Frase": "Owen Pritchard",
    "Corliss Cosme": "Bethan Lewis",
    "Vicki Laflamme": "Imran Qureshi",
    "Kary Hendrixson": "Priya Shah",
    "Jonathan Berthelot": "Marcus Okoye",
    "Kami Bicknell": "Harriet Cole",
    "Zane Levy": "Alfie Brennan",
    "Maureen Marcano": "Lucy Fenwick",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:orderbook
    ("Callum Reid", "Ruth Calloway", "North", "Business Development Manager", "", ""),
    ("Niamh O'Connor", "Ruth Calloway", "North", "Business Development Manager", "", ""),
    ("Tom Hargreaves", "Ruth Calloway", "North", "Business Development Manager", "", ""),
    ("Jess Whitaker", "Ruth Calloway", "North", "Business Development Manager", "", ""),
    ("Owen Pritchard", "Ruth Calloway", "North", "Business Development Manager", "", ""),
    ("Bethan Lewis", "Ruth Calloway", "North", "Business Development Manager", "2026-09-01", ""),
    ("Imran Qureshi", "Dev Malhotra", "South", "Senior Business Development Manager", "", "1500000.00"),
    ("Priya Shah", "Dev Malhotra", "South", "Business Development Manager", "", ""),
    ("Marcus Okoye", "Dev Malhotra", "South", "Business Development Manager", "", ""),
    ("Harriet Cole", "Dev Malhotra", "South", "Business Development Manager", "", ""),
    ("Alfie Brennan", "Dev Malhotra", "South", "Business Development Manager", "", ""),
    ("Lucy Fenwick", "Dev Malhotra", "South", "Business Development Manager", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("Kestrel Task Chair", 12), "GTX Plus Basic": ("Linea Bench Desking", 12),
    "GTXPro": ("Atlas Storage Wall", 6), "GTX Pro": ("Atlas Storage Wall", 6),
    "GTX Plus Pro": ("Hush Acoustic Pod", 8), "MG Special": ("Cove Breakout Seating", 120),
    "MG Advanced": ("Workplace Refresh", 10), "GTK 500": ("Full Floor Fit-Out", 6),
}
PUBLIC = [
    "Ashcombe Borough Council", "Brackley Vale District Council", "Calderbridge City Council",
    "Dunmore County Council", "Fenwold District Council", "Greyhaven NHS Foundation Trust",
    "Holbeck Community Health NHS Trust", "Ivel Valley NHS Trust", "University of Marchbury",
    "Wexcombe Metropolitan University", "Ridley College", "Penhallow Sixth Form College",
    "Northmoor Police", "Severnside Fire and Rescue Service", "Department for Regional Skills",
    "Land Records Agency", "Marine Survey Agency", "Ellesborough Housing Authority",
    "Kingsmead Academy Trust", "Tamarside Combined Authority", "Lindow Park NHS Trust",
    "Westmarch Courts Service", "Blackwater Borough Council", "Office of Rail Standards",
    "Wharfedale Library Service",
]
COMPANY = [
    "Albion Gate Insurance", "Bexley & Crane Solicitors", "Brightwater Energy",
    "Carrick Logistics", "Castlegate Capital", "Chalkhill Media", "Cobalt Ridge Software",
    "Corrie Lane Architects", "Dovecote Foods", "Drummond Hale Bank", "Elmstead Engineering",
    "Everleigh Pharma", "Fairhaven Retail", "Foxglove Telecom", "Gilmour Partners",
    "Glenarm Distillers", "Halcyon Digital", "Hartwell Motors", "Heathside Estates",
    "Highgate Biotech", "Ironbridge Consulting", "Juniper Wharf Studios", "Lanark Textiles",
    "Larkspur Recruitment", "Lowther Accountants", "Mallard Data", "Moorgate Advisory",
    "Northwind Shipping", "Pemberton Hotels", "Penrose Analytics", "Quayside Brewing",
    "Redbrook Housing Group", "Saltire Renewables", "Seabrook Travel", "Sheldrake Labs",
    "Silverdale Retail", "Stonebridge Homes", "Sutherland Grey LLP", "Tenterden Mills",
    "Thistle & Rose Hotels", "Tidewater Freight", "Underwood Publishing",
    "Vantage Point Security", "Verity Cosmetics", "Waverley Bakeries", "Whitcombe Insurance",
    "Wildmoor Outdoor", "Windrush Capital", "Wolfson Partners", "Yarrow Green Consulting",
    "Ashdown Legal", "Bramley Software", "Brunswick Print", "Caxton Media",
    "Clifton Dental Group", "Coldharbour Data", "Denholm Engineering", "Ellery & Finch",
    "Farrowdale Foods", "Greystoke Wealth",
]
maven_accounts = [r["account"] for r in csv.DictReader(open(f"{SRC}/accounts.csv"))]
pool = sorted(PUBLIC + COMPANY)
assert len(pool) == len(maven_accounts) == 85
# Interleave: every third Maven account (in file order) becomes a public body.
ACCOUNT, pub, com = {}, list(PUBLIC), list(COMPANY)
for i, a in enumerate(maven_accounts):
    ACCOUNT[a] = pub.pop(0) if (i % 3 == 1 and pub) else (com.pop(0) if com else pub.pop(0))
PUBLIC_SET = set(PUBLIC)
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def crc(s):
    return zlib.crc32(s.encode())


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) + dt.timedelta(days=31)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or crc(oid) % 3 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    product, factor = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2027, 1, 1) + dt.timedelta(days=crc(oid) // 7 % 89)
        value = PRICE[r["product"]]
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0) if stage == "won" else PRICE[r["product"]]
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.7"
    if value <= 0:
        continue
    if START[seller] and stage in ("won", "lost") and close < dt.date.fromisoformat(START[seller]):
        continue
    rows.append(dict(id=oid, seller=seller, amount=f"{round(value * factor):d}.00",
                     close_date=close.isoformat(), stage=stage, product=product,
                     account=ACCOUNT.get(r["account"], ""), probability=prob))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in won_accounts:
        x["type"] = "new"
    elif acct in PUBLIC_SET:
        x["type"] = "call-off"
    else:
        x["type"] = "repeat"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)

for x in rows:
    c = crc(x["id"])
    if x["stage"] == "won" and x["close_date"] <= "2026-11-30" and c % 23 == 7:
        d = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=15 + c // 23 % 150)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(d, AS_OF).isoformat()
for x in rows:
    x["name"] = f'{x["account"] or "Unassigned"} {x["product"]}'

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        w.writerow({**{k: x.get(k, "") for k in cols}, "split": "1", "currency": "GBP"})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:orderbook"])
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", q])
print(len(rows), "lines")
