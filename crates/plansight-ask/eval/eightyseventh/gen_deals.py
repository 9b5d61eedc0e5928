#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the eightyseventh workspace (Brightwell Facility
Services Ltd, UK commercial cleaning, plan year 1 April 2026 - 31 March 2027, GBP) from the
real Maven CRM export (/work/shared/data/maven-crm/). Standard library only; deterministic:
no random numbers and no clock, every choice is a number read from the MD5 of the
opportunity id (crc() below).

- 14 Maven agents are re-cast as Brightwell business development managers (AGENTS); an
  opportunity is kept when crc(id) % 4 == 0 (about one in four).
- Dates: Maven close dates (Mar-Dec 2017) move 9 years and 31 days forward, so they fall
  1 Apr 2026 - 31 Jan 2027. AS OF = 2026-12-18: a Won opportunity that now closes after it
  becomes an open deal (probability 0.7). Engaging (0.5) / Prospecting (0.2) opportunities
  are open deals with an expected close 19 Dec 2026 - 28 Feb 2027 at the list value.
- Products: the five GTX/GTK lines are cleaning contracts; which one follows the account's
  sector (medical -> Hospital Contract Cleaning, employment/services -> School Contract
  Cleaning, else Office Contract Cleaning). Amount = annual contract value = close value x
  60 (GTX Basic), 40 (GTX Plus Basic), 14 (GTX Pro), 12 (GTX Plus Pro), 5 (GTK 500).
  MG Special -> Washroom Hygiene (x 120), MG Advanced -> Deep Clean (x 4), one-off jobs.
  No deal sells Window & Facade.
- Accounts: each Maven account becomes a UK site (a place name + a sector's kind of site).
- Type: "new" when nobody at Brightwell had won the account before (kept data, by close
  date), else "renewal" for a contract when crc is even, else "add-on".
- term_months 24/36/48/60 on contracts (by crc), blank on one-off jobs.
- Cancelled: won deals closing up to 2026-11-15 with crc(id) % 19 == 0 are cancelled
  15-165 days after close (by crc), the date capped at the as-of date.
- Mid-year joiners (Nadia Rahman 2026-07-01, Megan Price 2026-09-14): their opportunities
  closing before their start are dropped.
"""
import csv, datetime as dt, hashlib, os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 12, 18)

def crc(s, salt=""):
    return int(hashlib.md5((salt + s).encode()).hexdigest()[:8], 16)

AGENTS = {
    "Darcel Schlecht": "Callum Reid",
    "Anna Snelling": "Bethan Hughes",
    "Versie Hillebrand": "Gareth Pryce",
    "Kary Hendrixson": "Aisling Murphy",
    "Cassey Cress": "Tom Ashworth",
    "Zane Levy": "Nadia Rahman",
    "Markita Hansen": "Ewan Fraser",
    "Vicki Laflamme": "Olivia Bennett",
    "Kami Bicknell": "Marcus Okoye",
    "Jonathan Berthelot": "Hannah Whitfield",
    "Corliss Cosme": "Christopher Lawson",
    "Reed Clapper": "Zara Hussain",
    "Gladys Colclough": "Liam Walsh",
    "James Ascencio": "Megan Price",
}
ROSTER = [
    # id, name, manager, territory, start_date
    ("Callum Reid", "Callum Reid", "Fiona McAllister", "North", ""),
    ("Bethan Hughes", "Bethan Hughes", "Fiona McAllister", "North", ""),
    ("Gareth Pryce", 'Gareth "Gaz" Pryce', "Fiona McAllister", "North", ""),
    ("Aisling Murphy", "Aisling Murphy", "Fiona McAllister", "North", ""),
    ("Tom Ashworth", "Tom Ashworth", "Fiona McAllister", "North", ""),
    ("Nadia Rahman", "Nadia Rahman", "Fiona McAllister", "North", "2026-07-01"),
    ("Ewan Fraser", "Ewan Fraser", "Fiona McAllister", "North", ""),
    ("Olivia Bennett", "Olivia Bennett", "Dev Sharma", "South", ""),
    ("Marcus Okoye", "Marcus Okoye", "Dev Sharma", "South", ""),
    ("Hannah Whitfield", "Hannah Whitfield", "Dev Sharma", "South", ""),
    ("Christopher Lawson", 'Christopher "Kit" Lawson', "Dev Sharma", "South", ""),
    ("Zara Hussain", "Zara Hussain", "Dev Sharma", "South", ""),
    ("Liam Walsh", "Liam Walsh", "Dev Sharma", "South", ""),
    ("Megan Price", "Megan Price", "Dev Sharma", "South", "2026-09-14"),
]
START = {r[0]: r[4] for r in ROSTER}

CONTRACT_MULT = {"GTX Basic": 60, "GTX Plus Basic": 40, "GTX Pro": 14, "GTXPro": 14,
                 "GTX Plus Pro": 12, "GTK 500": 5}
JOB = {"MG Special": ("Washroom Hygiene", 120), "MG Advanced": ("Deep Clean", 4)}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]

PLACES = ["Ashby", "Bramley", "Calder", "Denby", "Eastleigh", "Falkirk", "Garforth", "Harrogate",
          "Ilkley", "Jarrow", "Kendal", "Ludlow", "Malton", "Nantwich", "Otley", "Penrith",
          "Queensbury", "Rotherham", "Selby", "Thirsk", "Ulverston", "Wakefield", "Yeadon",
          "Alnwick", "Barnsley", "Chorley", "Dewsbury", "Epsom", "Frome", "Goole", "Hexham",
          "Ipswich", "Keswick", "Leek", "Morpeth", "Newbury", "Oakham", "Pudsey", "Redcar",
          "Skipton", "Thame", "Uttoxeter", "Whitby", "Yarm", "Amersham", "Bicester", "Crewe",
          "Didcot", "Ely", "Fleet", "Grantham", "Hitchin", "Ilford", "Kettering", "Lewes",
          "Marlow", "Newark", "Oundle", "Poole", "Romsey", "Stroud", "Tring", "Verwood",
          "Witney", "Arundel", "Banbury", "Cirencester", "Dorking", "Evesham", "Farnham",
          "Godalming", "Horsham", "Ledbury", "Malvern", "Nailsea", "Olney", "Petersfield",
          "Reigate", "Sandbach", "Tewkesbury", "Wantage", "Bakewell", "Chesham", "Daventry",
          "Buxton", "Clitheroe"]
KIND = {"medical": "Hospital", "employment": "Academy", "services": "College",
        "technolgy": "Business Park", "software": "Technology Park", "finance": "Chambers",
        "retail": "Shopping Centre", "marketing": "House", "entertainment": "Arena",
        "telecommunications": "Exchange"}
ACCOUNT, SECTOR = {}, {}
for i, r in enumerate(csv.DictReader(open(f"{SRC}/accounts.csv"))):
    ACCOUNT[r["account"]] = f"{PLACES[i]} {KIND[r['sector']]}"
    SECTOR[r["account"]] = r["sector"]

def contract_product(acct):
    s = SECTOR.get(acct, "")
    if s == "medical":
        return "Hospital Contract Cleaning"
    if s in ("employment", "services"):
        return "School Contract Cleaning"
    return "Office Contract Cleaning"

def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) + dt.timedelta(days=31)

def money(x):
    return f"{x:.2f}"

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or crc(oid) % 4 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = AS_OF + dt.timedelta(days=1 + crc(oid, "c") % 72)
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
    if r["product"] in JOB:
        product, mult = JOB[r["product"]]
        term = ""
    else:
        product, mult = contract_product(r["account"]), CONTRACT_MULT[r["product"]]
        term = ["24", "36", "48", "60"][crc(oid, "t") % 4]
    rows.append(dict(id=oid, seller=seller, amount=money(round(value * mult, 2)),
                     close_date=close.isoformat(), stage=stage, product=product,
                     account=ACCOUNT.get(r["account"], ""), probability=prob,
                     term_months=term, job=r["product"] in JOB))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in won_accounts:
        x["type"] = "new"
    elif not x["job"] and crc(x["id"], "y") % 2 == 0:
        x["type"] = "renewal"
    else:
        x["type"] = "add-on"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
    if x["stage"] == "won" and x["close_date"] <= "2026-11-15" and crc(x["id"]) % 19 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=15 + crc(x["id"], "k") % 151)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "amount", "close_date", "stage", "type", "product", "account",
        "term_months", "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["currency"] = "GBP"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date"])
    for sid, name, mgr, terr, start in ROSTER:
        w.writerow([sid, name, mgr, terr, "Business Development Manager", start])
print(len(rows), "lines")
