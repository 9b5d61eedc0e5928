#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredthird workspace (Ashcombe Logistics Ltd, an
invented UK contract logistics and warehousing provider, head office Daventry; plan year 1 April
2026 - 31 March 2027, GBP, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash of
the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 12 Maven agents are re-cast as Ashcombe business development managers (AGENTS below). Half of
  each agent's opportunities are kept (md5(id) even), and every GTK 500 opportunity (they
  become Dedicated Warehouse contracts).
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 April 2026 and 31 December 2017 becomes 31 January 2027. AS OF = 2026-12-16. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one dated
  after it becomes an open deal (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 December 2026 + (hash mod 75) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 4 January 2027 + (hash mod 85) days.
- Amounts in GBP, whole pounds: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    MG Special     -> Returns Handling        x 20
    GTX Basic      -> Pallet Storage          x 10
    GTX Plus Basic -> Cross-Dock              x 8
    MG Advanced    -> Pick & Pack             x 5
    GTX Pro        -> Haulage Lane            x 6
    GTX Plus Pro   -> E-commerce Fulfilment   x 6
    GTK 500        -> Dedicated Warehouse     x 5
- Accounts: Maven's accounts (sorted, index i) are folded onto 40 invented UK retailers and
  manufacturers (ACCOUNTS[i mod 40]); an opportunity with no account gets one by hash.
- Type: hash mod 10 in 0-4 = "new" (a new customer), 5-7 = "extension" (more space, lanes or
  services for an existing customer), 8-9 = "renewal" (a contract re-signed at term).
- Term (months): by product, one of TERMS[product] by hash.
- Splits (plan.md 3.5): a won or cancelled deal at one of the three national accounts (Castlegate
  Retail Group, Thornbury Foods, Hallam Home Stores) of any seller but Priya Desai (the National
  Account Manager) is two lines with the same id: 70% to the seller, 30% to Priya Desai.
- Cancellations ("U-turns"): a won deal closed on or before 2026-11-30 with hash mod 19 = 0 is
  cancelled, cancel_date = close + 10 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Priya Desai (National Account Manager) carries her own quarterly Logistics Revenue
  quota of 800,000 and Gemma Lowe (Fulfilment Specialist) one of 60,000 (every quarter);
  Callum Reid joined on 2026-08-03 (his deals before that date are dropped); Marcus Bell left
  on 2026-11-13 (his deals and open deals dated after it are dropped: the CRM moved them to
  other owners, outside this export).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 12, 16)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 11, 30)

AGENTS = {
    "Darcel Schlecht": "Priya Desai",
    "Kary Hendrixson": "Tom Ashworth",
    "Versie Hillebrand": "Gemma Lowe",
    "Garret Kinder": "Callum Reid",
    "Vicki Laflamme": "Shauna McBride",
    "Cassey Cress": "Darren Holt",
    "Jonathan Berthelot": "Aisha Khan",
    "Markita Hansen": "Liam O'Connor",
    "Zane Levy": "Ben Carter",
    "Kami Bicknell": "Hannah Price",
    "Rosie Papadopoulos": "Marcus Bell",
    "Elease Gluck": "Chloe Fraser",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:lrc (every quarter) or ""
    ("Priya Desai", "Karen Whitlock", "Midlands", "National Account Manager", "", "", "NAM"),
    ("Tom Ashworth", "Karen Whitlock", "Midlands", "Business Development Manager", "", "", ""),
    ("Gemma Lowe", "Karen Whitlock", "Midlands", "Fulfilment Specialist", "", "", "FUL"),
    ("Callum Reid", "Karen Whitlock", "Midlands", "Business Development Manager", "2026-08-03", "", ""),
    ("Shauna McBride", "Neil Barraclough", "North", "Business Development Manager", "", "", ""),
    ("Darren Holt", "Neil Barraclough", "North", "Business Development Manager", "", "", ""),
    ("Aisha Khan", "Neil Barraclough", "North", "Business Development Manager", "", "", ""),
    ("Liam O'Connor", "Neil Barraclough", "North", "Business Development Manager", "", "", ""),
    ("Ben Carter", "Fiona Marsh", "South", "Business Development Manager", "", "", ""),
    ("Hannah Price", "Fiona Marsh", "South", "Business Development Manager", "", "", ""),
    ("Marcus Bell", "Fiona Marsh", "South", "Business Development Manager", "", "2026-11-13", ""),
    ("Chloe Fraser", "Fiona Marsh", "South", "Business Development Manager", "", "", ""),
]
QUOTA = {"NAM": "800000.00", "FUL": "60000.00"}
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Returns Handling", 20),
    "GTX Basic": ("Pallet Storage", 10),
    "GTX Plus Basic": ("Cross-Dock", 8),
    "MG Advanced": ("Pick & Pack", 5),
    "GTX Pro": ("Haulage Lane", 6),
    "GTXPro": ("Haulage Lane", 6),
    "GTX Plus Pro": ("E-commerce Fulfilment", 6),
    "GTK 500": ("Dedicated Warehouse", 5),
}
TERMS = {
    "Returns Handling": [12, 12, 24],
    "Pallet Storage": [12, 24, 36],
    "Cross-Dock": [12, 12, 24],
    "Pick & Pack": [12, 24, 36],
    "Haulage Lane": [12, 24, 24, 36],
    "E-commerce Fulfilment": [24, 36, 36],
    "Dedicated Warehouse": [36, 60, 60],
}
ACCOUNTS = [
    "Castlegate Retail Group", "Thornbury Foods", "Hallam Home Stores", "Pennine Outdoor",
    "Marlow & Finch", "Brookfield Garden Centres", "Kestrel Sports", "Oakridge Pharmacy",
    "Bramley Bakes", "Harbour Street Clothing", "Northgate Furniture", "Willow & Wren",
    "Cobble Street Books", "Redfern Pet Supplies", "Moorland Wines", "Saxon DIY",
    "Larkhill Beauty", "Ember Electricals", "Tidewater Homeware", "Fairhaven Toys",
    "Calder Valley Foods", "Tanfield Engineering", "Ribble Packaging", "Aireborough Paints",
    "Severn Plastics", "Wolds Feed Mills", "Stourbridge Glassworks", "Derwent Cycles",
    "Medway Print", "Pendle Chemicals", "Humber Steel Fixings", "Kennet Brewery",
    "Lune Textiles", "Trent Valley Dairies", "Cotswold Candles", "Ashby Auto Parts",
    "Mersey Soft Drinks", "Teesside Fabrications", "Chiltern Paper Mills", "Exe Valley Cider",
]
NATIONAL = {"Castlegate Retail Group", "Thornbury Foods", "Hallam Home Stores"}
NAM = "Priya Desai"


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
maven_accounts = sorted(r["account"] for r in read("accounts.csv"))
IDX = {a: i for i, a in enumerate(maven_accounts)}
END = {r[0]: r[5] for r in ROSTER}

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    if h(oid) % 2 != 0 and r["product"] != "GTK 500":
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
            close = dt.date(2027, 1, 4) + dt.timedelta(days=x % 85)
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
    k = (x // 3) % 10
    typ = "new" if k < 5 else ("extension" if k < 8 else "renewal")
    terms = TERMS[product]
    term = terms[(x // 5) % len(terms)]
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, term_months=str(term), currency="GBP")
    if account in NATIONAL and seller != NAM and stage in ("won", "cancelled"):
        line["split"] = "0.7"
        rows.append(line)
        rows.append(dict(line, seller=NAM, split="0.3"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "term_months", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:lrc"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
