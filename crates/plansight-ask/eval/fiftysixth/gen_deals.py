#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the fiftysixth workspace (Glen Corran Distillers,
UK trade sales of Scotch whisky and gin, plan year 1 October 2025 - 30 September 2026, GBP)
from the real Maven CRM export in /work/shared/data/maven-crm/. Standard library only,
deterministic (no randomness, no clock). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Glen Corran reps (AGENTS), under 3 area managers (ROSTER).
  Every opportunity of those agents is kept.
- Dates: Maven close dates (Mar-Dec 2017) move forward 103 months, day kept (clamped to the
  month's end), so won deals fall 1 Oct 2025 - 31 Jul 2026. AS OF = 2026-07-14: a Won
  opportunity that now closes after it becomes an open deal (probability 0.7) at that date.
- Open Maven opportunities (Engaging 0.5, Prospecting 0.2) carry their product's list price
  (scaled) and an expected close of 2026-08-(1 + code mod 28) (Engaging) or 2026-09-30
  (Prospecting).
- Products: GTX Basic -> Bothy Blend, GTX Plus Basic -> Selkie Gin, GTX Pro -> Corran
  Single Malt, GTX Plus Pro -> Corran Sherry Oak, MG Special -> Selkie Pink Gin,
  MG Advanced -> Private Cask, GTK 500 -> Corran Vintage Release.
- Amounts: close value x 0.78 (USD to GBP), whole pounds.
- Accounts: each Maven account is re-cast as a UK outlet (OUTLET, in the export's sorted
  account order); no account -> "Cash & Carry".
- Type: "new" (a new listing: the first won order from that outlet in the kept data, by
  close date then id; blank accounts are always new), else "promotion" when the id's
  character-code sum mod 5 is 0, else "repeat".
- Cancelled (returned stock): a won deal closed on or before 2026-06-15 whose id's code sum
  mod 41 is 3; cancel_date = close + 12 + (7 x code) mod 110 days, at most the as-of date.
- Joiners: Iona Baird started 2026-02-02 and Niamh Kelly 2026-04-01; their Maven deals that
  close before the start date are dropped.
"""
import calendar
import csv
import datetime as dt
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 7, 14)

AGENTS = {
    "Anna Snelling": "Kirsty Campbell",
    "Kary Hendrixson": "Alexander Murray",
    "Versie Hillebrand": "Euan McLeod",
    "Moses Frase": "Shona Paterson",
    "Wilburn Farren": "Iona Baird",
    "Darcel Schlecht": "Callum Fraser",
    "Jonathan Berthelot": "Morven Reid",
    "Cassey Cress": "Gregor Dunbar",
    "Reed Clapper": "Ailsa Thomson",
    "Boris Faz": "Lachlan Wallace",
    "Vicki Laflamme": "Priya Shah",
    "Zane Levy": "Tom Ashworth",
    "Corliss Cosme": "Hannah Doyle",
    "Markita Hansen": "Jack Pemberton",
    "Garret Kinder": "Niamh Kelly",
}
ROSTER = [
    # id, name (nickname quoted), manager, territory, start_date
    ("Kirsty Campbell", "Kirsty Campbell", "Fiona MacRae", "Glasgow & West", ""),
    ("Alexander Murray", 'Alexander "Sandy" Murray', "Fiona MacRae", "Glasgow & West", ""),
    ("Euan McLeod", "Euan McLeod", "Fiona MacRae", "Glasgow & West", ""),
    ("Shona Paterson", "Shona Paterson", "Fiona MacRae", "Glasgow & West", ""),
    ("Iona Baird", "Iona Baird", "Fiona MacRae", "Glasgow & West", "2026-02-02"),
    ("Callum Fraser", "Callum Fraser", "Alasdair Munro", "Edinburgh & East", ""),
    ("Morven Reid", "Morven Reid", "Alasdair Munro", "Edinburgh & East", ""),
    ("Gregor Dunbar", "Gregor Dunbar", "Alasdair Munro", "Edinburgh & East", ""),
    ("Ailsa Thomson", "Ailsa Thomson", "Alasdair Munro", "Edinburgh & East", ""),
    ("Lachlan Wallace", "Lachlan Wallace", "Alasdair Munro", "Edinburgh & East", ""),
    ("Priya Shah", "Priya Shah", "Rachel Whitworth", "England & Wales", ""),
    ("Tom Ashworth", "Tom Ashworth", "Rachel Whitworth", "England & Wales", ""),
    ("Hannah Doyle", "Hannah Doyle", "Rachel Whitworth", "England & Wales", ""),
    ("Jack Pemberton", "Jack Pemberton", "Rachel Whitworth", "England & Wales", ""),
    ("Niamh Kelly", "Niamh Kelly", "Rachel Whitworth", "England & Wales", "2026-04-01"),
]
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Bothy Blend", "GTX Plus Basic": "Selkie Gin",
    "GTXPro": "Corran Single Malt", "GTX Pro": "Corran Single Malt",
    "GTX Plus Pro": "Corran Sherry Oak", "MG Special": "Selkie Pink Gin",
    "MG Advanced": "Private Cask", "GTK 500": "Corran Vintage Release",
}
STEMS = ["Thistle", "Drovers", "Kelpie", "Heather", "Ptarmigan", "Bonnie Prince", "Clachan",
         "Auld Brig", "Tolbooth", "Golden Eagle", "Corrie", "Stag & Hound", "Crannog",
         "Waverley", "Lochside", "Bluebell", "Saltire"]
KINDS = ["Inn", "Hotel", "Whisky Bar", "Wine Merchants", "Stores"]
GBP = 0.78


def code(s):
    return sum(map(ord, s))


def shift(s):
    d = dt.date.fromisoformat(s)
    m = d.year * 12 + (d.month - 1) + 103
    y, mo = divmod(m, 12)
    mo += 1
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def pounds(x):
    return f"{int(round(float(x) * GBP))}.00"


price = {r["product"]: r["sales_price"] for r in csv.DictReader(open(f"{SRC}/products.csv"))}
price["GTXPro"] = price["GTX Pro"]
pipeline = list(csv.DictReader(open(f"{SRC}/sales_pipeline.csv")))
accounts = sorted({r["account"] for r in pipeline if r["account"]})
OUTLET = {a: f"{STEMS[i % len(STEMS)]} {KINDS[i // len(STEMS)]}" for i, a in enumerate(accounts)}

rows = []
for r in pipeline:
    if r["sales_agent"] not in AGENTS:
        continue
    seller = AGENTS[r["sales_agent"]]
    oid = r["opportunity_id"]
    c = code(oid)
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close, prob = dt.date(2026, 8, 1 + c % 28), "0.5"
        else:
            close, prob = dt.date(2026, 9, 30), "0.2"
        amount = pounds(price[r["product"]])
    else:
        close = shift(r["close_date"])
        amount = pounds(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.7"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    acct = OUTLET.get(r["account"], "Cash & Carry")
    rows.append(dict(id=oid, seller=seller, account=acct, name=f"{acct} {product}",
                     product=product, amount=amount, close_date=close.isoformat(),
                     stage=stage, split="1", probability=prob, term_months="",
                     cancel_date="", currency="GBP", _c=c, _blank=not r["account"]))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_at = set()
for x in rows:
    if x["_blank"] or x["account"] not in won_at:
        x["type"] = "new"
    else:
        x["type"] = "promotion" if x["_c"] % 5 == 0 else "repeat"
    if x["stage"] == "won" and not x["_blank"]:
        won_at.add(x["account"])
    if x["stage"] == "won" and x["close_date"] <= "2026-06-15" and x["_c"] % 41 == 3:
        back = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=12 + (7 * x["_c"]) % 110)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(back, AS_OF).isoformat()

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date"])
    for sid, name, mgr, terr, start in ROSTER:
        w.writerow([sid, name, mgr, terr, "Trade Account Manager", start, ""])
print(len(rows), "deal lines,", sum(x["stage"] == "cancelled" for x in rows), "cancelled,",
      sum(x["stage"] == "open" for x in rows), "open")
