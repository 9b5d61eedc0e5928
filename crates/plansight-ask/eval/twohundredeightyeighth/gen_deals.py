#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredeightyeighth workspace: Ironbark Trade
Supplies Pty Ltd, an invented Australian trade supplies wholesaler (plumbing, electrical and
timber, sold on trade accounts to builders and tradies by reps on the road) with three branches
(Brisbane North, Gold Coast, Hunter). Plan year 1 July 2025 - 30 June 2026 (the Australian
financial year), AUD, MONTHLY payouts. AS OF = 2026-05-21.

Standard library only; deterministic: one random.Random(288) stream, no clock. Running it twice
writes the same bytes. Run: python3 gen_deals.py

- 15 reps under 3 branch managers (ROSTER). Each rep has a P&E (plumbing & electrical) strength
  and a timber strength that scale how many orders they win a month and how big they are.
- Won orders close 1 July 2025 - 21 May 2026 (the as-of date); lost quotes ("walked") over the
  same months; open quotes ("on the board") expected 4 May - 20 July 2026 with probability 0.3,
  0.5 or 0.7 (some already overdue at the as-of date, some expected in July 2026, after the plan
  year).
- Products (3 plumbing, 3 electrical, 3 timber); amounts in AUD, whole dollars, ex GST.
- Accounts: each rep has a book of 6-9 of their branch's invented builders and trade businesses
  (so a few accounts are in two reps' books); four are on the books from the start (or the
  rep's start), the others are opened during the year.
- Types: "new" (an account's first won order with that rep), "project" (a job pack for a
  builder's site, ~15% of the other orders, 1.6-2.8x the size), otherwise "repeat".
- Splits: Kayla Hutchins (started 2025-11-03) shares her project orders 50% / 50% with her buddy
  Bradley Moffat (two lines with the same id).
- Cancellations ("send-backs"): ~4% of won orders up to 2026-05-10 draw a cancel date of close +
  6..140 days; those falling on or before the as-of date are cancelled (clawed back when within
  90 days of close, plan.md section 11), the others stay won.
- Kayla Hutchins joined on 2025-11-03; Corey Fitzgerald left on 2026-02-27 (nothing of his closes
  after it; his open quotes were reassigned and are not in the file).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2025, 7, 1)
AS_OF = dt.date(2026, 5, 21)
PLAN_END = dt.date(2026, 6, 30)
CANCEL_BY = dt.date(2026, 5, 10)
rng = random.Random(288)

# id, manager, territory, role, start, end, quota:pe, P&E strength, timber strength
ROSTER = [
    ("Bradley Moffat", "Craig Donovan", "Brisbane North", "Senior Trade Rep", "", "", "160000.00", 1.45, 1.0),
    ("Shannon Kearney", "Craig Donovan", "Brisbane North", "Trade Rep", "", "", "", 1.05, 0.7),
    ("Dimitri Papadakis", "Craig Donovan", "Brisbane North", "Trade Rep", "", "", "", 0.75, 1.35),
    ("Kayla Hutchins", "Craig Donovan", "Brisbane North", "Trade Rep", "2025-11-03", "", "", 0.7, 0.5),
    ("Matt Ellery", "Craig Donovan", "Brisbane North", "Trade Rep", "", "", "", 0.95, 0.9),
    ("Jess Whitford", "Tracey McGrath", "Gold Coast", "Trade Rep", "", "", "", 1.3, 0.8),
    ("Ben Taufa", "Tracey McGrath", "Gold Coast", "Trade Rep", "", "", "", 0.6, 1.6),
    ("Lachlan Reid", "Tracey McGrath", "Gold Coast", "Trade Rep", "", "", "", 1.0, 0.45),
    ("Nikki Saunders", "Tracey McGrath", "Gold Coast", "Trade Rep", "", "", "", 0.55, 0.6),
    ("Corey Fitzgerald", "Tracey McGrath", "Gold Coast", "Trade Rep", "", "2026-02-27", "", 0.9, 0.8),
    ("Matt Scanlon", "Wayne Petersen", "Hunter", "Trade Rep", "", "", "", 1.15, 1.1),
    ("Ricky Maguire", "Wayne Petersen", "Hunter", "Trade Rep", "", "", "", 0.85, 0.3),
    ("Natasha Bergmann", "Wayne Petersen", "Hunter", "Trade Rep", "", "", "", 1.2, 1.2),
    ("Aaron Kemp", "Wayne Petersen", "Hunter", "Trade Rep", "", "", "", 0.45, 0.75),
    ("Daniel Osei", "Wayne Petersen", "Hunter", "Trade Rep", "", "", "", 1.0, 0.6),
]

# product, family, low, high (AUD)
PRODUCTS = [
    ("Hot Water System", "pe", 1200, 6500),
    ("Pipe & Fittings", "pe", 800, 9000),
    ("Bathroom Fit-Out", "pe", 3000, 18000),
    ("Switchboard Kit", "pe", 1500, 7000),
    ("Cable & Conduit", "pe", 900, 12000),
    ("LED Lighting", "pe", 700, 8000),
    ("Structural Pine", "timber", 2000, 22000),
    ("Hardwood Decking", "timber", 2500, 15000),
    ("Frame & Truss", "timber", 8000, 40000),
]
PE = [p for p in PRODUCTS if p[1] == "pe"]
TIMBER = [p for p in PRODUCTS if p[1] == "timber"]

ACCOUNTS = {
    "Brisbane North": [
        "Hendo Constructions", "Sparkright Electrical", "Mango Hill Builders", "Pine Rivers Plumbing",
        "Redcliffe Renovations", "Kookaburra Homes", "North Lakes Electrical", "Caboolture Carpentry",
        "Bald Hills Drainage", "Strathpine Homes", "Aspley Sparkies", "Petrie Bathrooms",
        "Moreton Bay Builders", "Deception Bay Plumbing",
    ],
    "Gold Coast": [
        "Surfside Plumbing & Gas", "Burleigh Builders", "Nerang Electrical", "Coomera Homes",
        "Broadbeach Bathrooms", "Tweed Coast Carpentry", "Palm Beach Sparkies", "Hinterland Decks",
        "Southport Drainage", "Robina Renovations", "Currumbin Constructions", "Varsity Lakes Electrical",
        "Helensvale Homes", "Tallebudgera Timber Works",
    ],
    "Hunter": [
        "Maitland Plumbing Co", "Cessnock Builders", "Lake Mac Electrical", "Hunter Valley Carpentry",
        "Newcastle Bathrooms", "Kurri Kurri Homes", "Port Stephens Sparkies", "Raymond Terrace Drainage",
        "Singleton Constructions", "Charlestown Renovations", "Wallsend Decks", "Belmont Electrical",
        "Merewether Homes", "Muswellbrook Plumbing",
    ],
}


def months():
    d = START
    while d <= AS_OF:
        nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        yield d, min(nxt - dt.timedelta(days=1), AS_OF)
        d = nxt


def rand_day(a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def amount_of(prod, typ):
    _, _, lo, hi = prod
    a = rng.uniform(lo, hi)
    if typ == "project":
        a *= rng.uniform(1.6, 2.8)
    return int(round(a / 10.0)) * 10 + rng.choice([0, 0, 5, 0, 0])


rows = []
seq = 24000
books = {}
for sid, mgr, terr, role, start, end, q, spe, stim in ROSTER:
    acc = ACCOUNTS[terr]
    k = rng.randint(6, 9)
    first = dt.date.fromisoformat(start) if start else START
    opened = [first] * 4 + [rand_day(first + dt.timedelta(days=20), dt.date(2026, 4, 30))
                            for _ in range(k - 4)]
    books[sid] = list(zip(rng.sample(acc, k), opened))
for sid, mgr, terr, role, start, end, q, spe, stim in ROSTER:
    first = dt.date.fromisoformat(start) if start else START
    last = dt.date.fromisoformat(end) if end else AS_OF
    seen = set()
    for m0, m1 in months():
        a, b = max(m0, first), min(m1, last)
        if a > b:
            continue
        frac = ((b - a).days + 1) / 30.0
        seasonal = 0.75 if m0.month in (12, 1) else 1.0
        for fam, strength, base, pool in (("pe", spe, 7.0, PE), ("timber", stim, 1.1, TIMBER)):
            mean = base * strength * frac * seasonal * rng.uniform(0.6, 1.4)
            n_won = max(0, int(round(mean)))
            n_lost = max(0, int(round(mean * rng.uniform(0.2, 0.5))))
            for i in range(n_won + n_lost):
                stage = "won" if i < n_won else "lost"
                prod = rng.choice(pool)
                close = rand_day(a, b)
                account = rng.choice([x for x, o in books[sid] if o <= close])
                r = rng.random()
                if stage == "won" and account not in seen:
                    typ = "new"
                elif r < 0.15:
                    typ = "project"
                else:
                    typ = "repeat"
                amt = amount_of(prod, typ)
                if stage == "lost":
                    amt = int(amt * rng.uniform(0.9, 1.3)) // 10 * 10
                seq += rng.randint(1, 9)
                cancel = ""
                if stage == "won":
                    seen.add(account)
                    if close <= CANCEL_BY and rng.random() < 0.04:
                        back = close + dt.timedelta(days=rng.randint(6, 140))
                        if back <= AS_OF:
                            stage = "cancelled"
                            cancel = back.isoformat()
                rows.append(dict(id=f"SO-{seq}", seller=sid, account=account,
                                 name=f"{account} {prod[0]}", type=typ, product=prod[0],
                                 amount=f"{amt}.00", close_date=close.isoformat(), stage=stage,
                                 split="1", probability="", cancel_date=cancel, currency="AUD"))
    if not end:
        for i in range(rng.randint(4, 9)):
            prod = rng.choice(PE if rng.random() < 0.7 else TIMBER)
            typ = "project" if rng.random() < 0.25 else "repeat"
            close = rand_day(dt.date(2026, 5, 4), dt.date(2026, 7, 20))
            seq += rng.randint(1, 9)
            rows.append(dict(id=f"SO-{seq}", seller=sid, account=rng.choice(books[sid])[0],
                             name="", type=typ, product=prod[0], amount=f"{amount_of(prod, typ)}.00",
                             close_date=close.isoformat(), stage="open", split="1",
                             probability=rng.choice(["0.3", "0.5", "0.7"]), cancel_date="",
                             currency="AUD"))
            rows[-1]["name"] = f"{rows[-1]['account']} {prod[0]}"

out = []
for r in rows:
    if r["seller"] == "Kayla Hutchins" and r["type"] == "project" and r["stage"] in ("won", "cancelled"):
        out.append(dict(r, split="0.5"))
        out.append(dict(r, seller="Bradley Moffat", split="0.5"))
    else:
        out.append(r)

out.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(out)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:pe"])
    for sid, mgr, terr, role, start, end, q, _, _ in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(out), "deal lines;",
      {s: sum(1 for x in out if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
