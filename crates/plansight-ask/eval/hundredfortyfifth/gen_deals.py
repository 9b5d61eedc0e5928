#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredfortyfifth workspace (Lee Valley Dairy Systems
Ltd, an invented Ballincollig, Co. Cork supplier of milking parlours, bulk milk tanks, parlour
retrofits and the HerdSense herd-monitoring software subscription; plan year = calendar 2026,
EUR, MONTHLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents keep their names (three Maven teams: Celia Rouche's, Melvin Marxen's and Cara
  Losch's), re-cast as Lee Valley territory reps under three invented Irish regional managers
  (ROSTER below). About half of each agent's opportunities are kept (md5(id) even), except:
  every GTK 500 opportunity is kept (they become Rotary Parlours), and every opportunity of
  Hayden Neloms (the Parlour Design Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 January 2026 and 31 December 2017 becomes 31 October 2026. AS OF = 2026-08-06. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one dated
  after it becomes an open deal (probability 0.25). Engaging opportunities are open
  (probability 0.5), expected to close 20 July 2026 + (hash mod 90) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 September 2026 + (hash mod 110) days.
- Amounts in EUR, whole euro: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    MG Special     -> HerdSense Mobile         x 10
    GTX Basic      -> Cluster Upgrade Kit      x 3
    GTX Plus Basic -> Milk Meter Retrofit      x 4
    MG Advanced    -> HerdSense Subscription   x 1.5
    GTX Pro        -> Herringbone Parlour      x 8
    GTX Plus Pro   -> Bulk Milk Tank           x 4
    GTK 500        -> Rotary Parlour           x 6
- Accounts: Maven's 85 accounts fold onto 26 invented Irish farms and co-ops (account index mod
  26); an opportunity with no account gets one by hash.
- Type: Cluster Upgrade Kit and Milk Meter Retrofit = "expansion" (kit for a parlour already
  milking); otherwise hash mod 3 = 0 = "expansion", the rest "new".
- Splits (plan.md 3.4): every won or cancelled Rotary Parlour of a rep other than Hayden Neloms
  is two lines with the same id: 70% to the rep, 30% to Hayden Neloms.
- Cancellations ("rowbacks"): a won deal closed on or before 2026-07-25 with hash mod 23 = 0 is
  cancelled, cancel_date = close + 7 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Darcel Schlecht (Senior Territory Rep) and Hayden Neloms (Parlour Design
  Specialist) carry their own quarterly Equipment quota. Rosie Papadopoulos left on 2026-05-22
  (her deals closing after it, and her open deals, are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 6)
SHIFT = dt.date(2026, 1, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 7, 25)
SPECIALIST = "Hayden Neloms"

ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:equipment
    ("Vicki Laflamme", "Siobhán Keane", "Munster", "Territory Rep", "", "", ""),
    ("Rosalina Dieter", "Siobhán Keane", "Munster", "Territory Rep", "", "", ""),
    ("Hayden Neloms", "Siobhán Keane", "Munster", "Parlour Design Specialist", "", "", "300000.00"),
    ("Markita Hansen", "Siobhán Keane", "Munster", "Territory Rep", "", "", ""),
    ("Elease Gluck", "Siobhán Keane", "Munster", "Territory Rep", "", "", ""),
    ("Jonathan Berthelot", "Declan Moriarty", "Leinster", "Territory Rep", "", "", ""),
    ("Marty Freudenburg", "Declan Moriarty", "Leinster", "Territory Rep", "", "", ""),
    ("Gladys Colclough", "Declan Moriarty", "Leinster", "Territory Rep", "", "", ""),
    ("Niesha Huffines", "Declan Moriarty", "Leinster", "Territory Rep", "", "", ""),
    ("Darcel Schlecht", "Declan Moriarty", "Leinster", "Senior Territory Rep", "", "", "450000.00"),
    ("Violet Mclelland", "Aoife Gallagher", "Connacht-Ulster", "Territory Rep", "", "", ""),
    ("Corliss Cosme", "Aoife Gallagher", "Connacht-Ulster", "Territory Rep", "", "", ""),
    ("Rosie Papadopoulos", "Aoife Gallagher", "Connacht-Ulster", "Territory Rep", "", "2026-05-22", ""),
    ("Garret Kinder", "Aoife Gallagher", "Connacht-Ulster", "Territory Rep", "", "", ""),
    ("Wilburn Farren", "Aoife Gallagher", "Connacht-Ulster", "Territory Rep", "", "", ""),
]
AGENTS = {r[0] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("HerdSense Mobile", 10),
    "GTX Basic": ("Cluster Upgrade Kit", 3),
    "GTX Plus Basic": ("Milk Meter Retrofit", 4),
    "MG Advanced": ("HerdSense Subscription", 1.5),
    "GTX Pro": ("Herringbone Parlour", 8),
    "GTXPro": ("Herringbone Parlour", 8),
    "GTX Plus Pro": ("Bulk Milk Tank", 4),
    "GTK 500": ("Rotary Parlour", 6),
}
FARMS = [
    "Kilbrittain Dairies", "Ballyhoura Farm Co-op", "Dunmanway Holsteins",
    "Mitchelstown Milk Suppliers", "Bandon Valley Farms", "Kanturk Dairy Partnership",
    "Carrigaline Friesians", "Macroom Meadows Farm", "Skibbereen Milk Producers",
    "Clonakilty Herd Ltd", "Fermoy Grassland Dairy", "Listowel Farmers Co-op",
    "Dingle Peninsula Dairies", "Cashel Rock Farms", "Cahir Abbey Farm", "Kilkenny Jersey Herd",
    "Athenry Dairy Farm", "Ballinasloe Co-op", "Mullingar Milk Ltd", "Tullamore Holdings",
    "Castlebar Dairy Group", "Monaghan Milk Co-op", "Cavan Hills Farm", "Wexford Strand Dairies",
    "Dungarvan Bay Farms", "Lismore Estate Dairy",
]


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
    seller = r["sales_agent"]
    if seller not in AGENTS:
        continue
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or seller == SPECIALIST
    if not keep:
        continue
    x = h(oid) // 2
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = FARMS[idx % len(FARMS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 7, 20) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 110)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if END[seller] and (stage == "open" or close > dt.date.fromisoformat(END[seller])):
        continue
    if product in ("Cluster Upgrade Kit", "Milk Meter Retrofit"):
        typ = "expansion"
    elif (x // 3) % 3 == 0:
        typ = "expansion"
    else:
        typ = "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 23 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=7 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="EUR")
    if product == "Rotary Parlour" and seller != SPECIALIST and stage in ("won", "cancelled"):
        line["split"] = "0.7"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.3"))
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
                "quota:equipment"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
