#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfiftyeighth workspace: Tollgate Drinks Ltd,
an invented Irish drinks wholesaler (head office Portlaoise) whose on-trade reps sell keg lines,
spirits and wine listings and coffee machines to pubs, hotels and restaurants. Plan year
1 January - 31 December 2026, EUR, QUARTERLY payouts. The deals are invented here (no CRM
export). Standard library only; deterministic (one random.Random with a fixed seed, used only
through .random(); no clock). Run: python3 gen_deals.py

- 17 reps in three regions (ROSTER). Ciarán Doyle (Key Account Manager, hotel groups) carries
  his own quarterly Tap & Shelf quota. Tom Whelan joined on 2026-05-11 and Eoin Burke on
  2026-07-06; Jamie Stewart left on 2026-06-19. Nobody has a deal outside their active dates.
- Won and lost deals close 5 January 2026 - 21 August 2026 (the as-of date of the question set).
  Open deals ("on the long finger") carry an expected close 24 August - 30 November 2026
  (a few overdue ones in August before the as-of date) and a probability of 0.3, 0.5 or 0.7.
- Products and amounts (the deal's annual contract value in euro, whole tens): Stout Keg,
  Lager Keg, Craft Keg, Spirits Listing, Wine Listing (credited by the Tap & Shelf Commission
  when the deal is new or switch), Bean-to-Cup Machine and Espresso Machine (the Coffee
  Placement Incentive). Hotels' deals run about 1.6 times a pub's, restaurants' 0.8 times.
- Types: "new" (an opener), "switch" (a steal from a competitor), "renewal" (a re-sign).
- Splits (plan.md 3.4): a won or cancelled hotel deal of EUR 12,000 or more by any rep but
  Ciarán Doyle (who looks after hotel groups in every region) is two lines with the same id,
  70% to the rep and 30% to Ciarán Doyle.
- Cancellations ("pulled taps"): about 1 won deal in 28 closed by 2026-08-07 is cancelled
  10 - 160 days after close (one that would fall after the as-of date stays won); plan.md
  section 11 claws back only those cancelled within 90 days.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 21)
YEAR_START = dt.date(2026, 1, 5)
CANCEL_BY = dt.date(2026, 8, 7)
R = random.Random(20260821)


def rnd():
    return R.random()


def pick(seq):
    return seq[int(rnd() * len(seq))]


def weighted(pairs):
    total = sum(w for _, w in pairs)
    x = rnd() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


# id, manager, territory, role, start, end, quota:tapshelf, strength, deals a month
ROSTER = [
    ("Ciarán Doyle", "Declan Furlong", "Dublin & Leinster", "Key Account Manager", "", "", "180000.00", 1.25, 7),
    ("Aoife Brennan", "Declan Furlong", "Dublin & Leinster", "On-Trade Rep", "", "", "", 1.15, 9),
    ("Gary Nolan", "Declan Furlong", "Dublin & Leinster", "On-Trade Rep", "", "", "", 0.95, 9),
    ("Niamh Kinsella", "Declan Furlong", "Dublin & Leinster", "On-Trade Rep", "", "", "", 0.8, 8),
    ("Kasia Nowak", "Declan Furlong", "Dublin & Leinster", "On-Trade Rep", "", "", "", 1.05, 9),
    ("Tom Whelan", "Declan Furlong", "Dublin & Leinster", "On-Trade Rep", "2026-05-11", "", "", 0.6, 6),
    ("Seán Murphy", "Áine Buckley", "Munster", "On-Trade Rep", "", "", "", 1.3, 9),
    ("Orla Hegarty", "Áine Buckley", "Munster", "On-Trade Rep", "", "", "", 0.9, 9),
    ("Darragh O'Sullivan", "Áine Buckley", "Munster", "On-Trade Rep", "", "", "", 0.7, 8),
    ("Michelle Barry", "Áine Buckley", "Munster", "On-Trade Rep", "", "", "", 1.0, 9),
    ("Liam Crowley", "Áine Buckley", "Munster", "On-Trade Rep", "", "", "", 0.55, 7),
    ("Seán Gallagher", "Ger Mulcahy", "West & North-West", "On-Trade Rep", "", "", "", 1.0, 9),
    ("Mairéad Joyce", "Ger Mulcahy", "West & North-West", "On-Trade Rep", "", "", "", 1.2, 9),
    ("Colm Flaherty", "Ger Mulcahy", "West & North-West", "On-Trade Rep", "", "", "", 0.85, 8),
    ("Gareth Price", "Ger Mulcahy", "West & North-West", "On-Trade Rep", "", "", "", 0.95, 8),
    ("Jamie Stewart", "Ger Mulcahy", "West & North-West", "On-Trade Rep", "", "2026-06-19", "", 0.8, 8),
    ("Eoin Burke", "Ger Mulcahy", "West & North-West", "On-Trade Rep", "2026-07-06", "", "", 0.7, 6),
]
KEY_ACCOUNTS = "Ciarán Doyle"

ACCOUNTS = {
    "Dublin & Leinster": [
        ("Fagan's Corner House", "pub"), ("The Hungry Heron", "restaurant"),
        ("Rathmore Lodge Hotel", "hotel"), ("Quinn's Bar & Lounge", "pub"),
        ("The Lantern Bistro", "restaurant"), ("Harbour Lights Hotel", "hotel"),
        ("The Crooked Stile", "pub"), ("Bridge End Tavern", "pub"),
        ("Molloy's Gastropub", "pub"), ("The Grand Canal Hotel", "hotel"),
        ("Ferryman's Quay", "pub"), ("Dunne's of Rathmines", "pub"),
        ("The Copper Kettle Cafe", "restaurant"), ("Kilbride Arms Hotel", "hotel"),
        ("Tolka Rovers Social Club", "pub"), ("The Stag's Rest", "pub"),
        ("Bistro Marisa", "restaurant"), ("Swords Manor Hotel", "hotel"),
        ("The Weighbridge", "pub"), ("Nevin's Bar", "pub"),
        ("Ashford Park Hotel", "hotel"), ("The Salt Cellar", "restaurant"),
    ],
    "Munster": [
        ("The Weir Inn", "pub"), ("Carraig Hotel", "hotel"), ("O'Driscoll's Bar", "pub"),
        ("The Tinker's Rest", "pub"), ("Kinsale Harbour Hotel", "hotel"),
        ("Mahon's Steakhouse", "restaurant"), ("The Thirsty Scholar", "pub"),
        ("Lough Derg Lodge", "hotel"), ("Sheehan's Bar", "pub"),
        ("The Fish Shed Clonakilty", "restaurant"), ("Blackwood Golf Club", "pub"),
        ("Shandon Bells Hotel", "hotel"), ("The Corner Stone", "pub"),
        ("Bellissimo Cork", "restaurant"), ("Hogan's of Thurles", "pub"),
        ("Dingle Bay Hotel", "hotel"), ("The Long Valley Bar", "pub"),
        ("Kenmare Kitchen", "restaurant"), ("Fitzgibbon's Tavern", "pub"),
        ("Adare Court Hotel", "hotel"),
    ],
    "West & North-West": [
        ("Tigh Neachtain Óg", "pub"), ("The Salthill Strand Hotel", "hotel"),
        ("Conneely's Bar", "pub"), ("The Quay Street Kitchen", "restaurant"),
        ("Westport Mall Hotel", "hotel"), ("Mac's Bar Letterkenny", "pub"),
        ("The Hooker Bar", "pub"), ("Bundoran Sands Hotel", "hotel"),
        ("Ryan's of Ballina", "pub"), ("The Lobster Pot", "restaurant"),
        ("Clifden Station House", "hotel"), ("The Derg Inn", "pub"),
        ("Sligo Abbey Hotel", "hotel"), ("Oysterman's Bistro", "restaurant"),
        ("Flanagan's Lounge", "pub"), ("The Atlantic Rest", "pub"),
        ("Donegal Bay Hotel", "hotel"), ("Tí Bhríd", "pub"),
        ("Gleeson's Carrick", "pub"), ("The Claddagh Grill", "restaurant"),
    ],
}
PRODUCTS = [
    # product, weight, low, high
    ("Stout Keg", 22, 5000, 20000),
    ("Lager Keg", 19, 4000, 17000),
    ("Craft Keg", 11, 1500, 7000),
    ("Spirits Listing", 20, 1200, 9000),
    ("Wine Listing", 10, 1500, 8000),
    ("Bean-to-Cup Machine", 6, 4000, 12000),
    ("Espresso Machine", 4, 6000, 16000),
]
SIZE = {"pub": 1.0, "hotel": 1.6, "restaurant": 0.8}
SEASON = {1: 0.55, 2: 0.75, 3: 1.0, 4: 0.95, 5: 1.05, 6: 1.15, 7: 1.2, 8: 1.15}


def amount_for(product, kind, strength):
    for name, _, lo, hi in PRODUCTS:
        if name == product:
            base = lo + (hi - lo) * rnd()
            break
    base *= SIZE[kind] * (0.85 + 0.3 * strength)
    return int(round(base / 10.0)) * 10


def one_deal(seller, territory, strength, close, stage):
    account, kind = pick(ACCOUNTS[territory])
    product = weighted([(p, w) for p, w, _, _ in PRODUCTS])
    if kind == "restaurant" and product in ("Stout Keg", "Lager Keg") and rnd() < 0.5:
        product = "Wine Listing"
    typ = weighted([("new", 40), ("switch", 25), ("renewal", 35)])
    amount = amount_for(product, kind, strength)
    return dict(seller=seller, account=account, kind=kind, product=product, type=typ,
                amount=amount, close=close, stage=stage)


deals = []
for sid, mgr, terr, role, start, end, q, strength, per_month in ROSTER:
    first = max(YEAR_START, dt.date.fromisoformat(start)) if start else YEAR_START
    last = min(AS_OF, dt.date.fromisoformat(end)) if end else AS_OF
    # closed deals, month by month
    for month in range(1, 9):
        m_start = max(first, dt.date(2026, month, 1))
        m_end = dt.date(2026, month + 1, 1) - dt.timedelta(days=1)
        m_end = min(last, m_end)
        if m_end < m_start:
            continue
        days = (m_end - m_start).days + 1
        n = per_month * SEASON[month] * days / 30.0
        n = int(n) + (1 if rnd() < n - int(n) else 0)
        for _ in range(n):
            close = m_start + dt.timedelta(days=int(rnd() * days))
            won_p = 0.62 + 0.12 * strength
            stage = "won" if rnd() < won_p else "lost"
            deals.append(one_deal(sid, terr, strength, close, stage))
    # open pipeline
    if not end:
        n_open = 4 + int(rnd() * 7)
        for _ in range(n_open):
            if rnd() < 0.15:
                close = dt.date(2026, 8, 1) + dt.timedelta(days=int(rnd() * 20))
            else:
                close = dt.date(2026, 8, 24) + dt.timedelta(days=int(rnd() * 99))
            d = one_deal(sid, terr, strength, close, "open")
            d["probability"] = pick(["0.3", "0.5", "0.5", "0.7"])
            deals.append(d)

# ids in close-date order, then stable by generation order
order = sorted(range(len(deals)), key=lambda i: (deals[i]["close"], i))
for k, i in enumerate(order):
    deals[i]["id"] = "TA-%05d" % (10001 + k)

rows = []
for d in deals:
    cancel = ""
    stage = d["stage"]
    if stage == "won" and d["close"] <= CANCEL_BY and rnd() < 1 / 28:
        when = d["close"] + dt.timedelta(days=10 + int(rnd() * 151))
        if when <= AS_OF:
            stage = "cancelled"
            cancel = when.isoformat()
    line = dict(id=d["id"], seller=d["seller"], account=d["account"],
                name="%s %s" % (d["account"], d["product"]), type=d["type"],
                product=d["product"], amount="%d.00" % d["amount"],
                close_date=d["close"].isoformat(), stage=stage, split="1",
                probability=d.get("probability", ""), cancel_date=cancel, currency="EUR")
    if (d["kind"] == "hotel" and d["amount"] >= 12000 and d["seller"] != KEY_ACCOUNTS
            and stage in ("won", "cancelled")):
        line["split"] = "0.7"
        rows.append(line)
        rows.append(dict(line, seller=KEY_ACCOUNTS, split="0.3"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:tapshelf"])
    for sid, mgr, terr, role, start, end, q, _, _ in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
