#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfortythird workspace (Gumleaf Solar &
Storage Pty Ltd, an invented Australian residential solar, battery and EV charger installer;
plan year 1 July 2025 - 30 June 2026, AUD, MONTHLY payouts). The deals are invented.
Standard library only; deterministic (one random.Random with a fixed seed; no clock).
Run: python3 gen_deals.py

- 15 consultants under 3 state sales managers (Adelaide, Perth, Newcastle). Each consultant
  quotes households every month; a quote is won (signed) or lost (a "washout") by its close
  date. Quotes expected to sign after the as-of date (2026-03-19) are open ("in the ute"),
  with a probability of 0.3, 0.5 or 0.7.
- Products and amounts (AUD, whole dollars, ex GST, after the STC discount):
    Rooftop Solar System  6,400 - 16,500
    Home Battery          9,800 - 19,800
    EV Charger            1,450 -  2,950
    Panel Add-On          2,600 -  7,400  (always type "upgrade")
- Types: "new", "referral" (a neighbour sent us: "over the fence"), "upgrade" (a "bolt-on" for
  an existing Gumleaf customer, sold at one of the consultant's earlier accounts).
- Accounts: households ("Surname, Suburb") of the consultant's state; bolt-ons go back to an
  account the consultant already sold to.
- Splits: from Corey Blackwood's start (2025-11-10) about one in four of Shannon Doyle's won
  deals are "ride-alongs": two lines with the same id, 50% each.
- Cancellations ("bails"): about one won deal in 22 closed by 2026-03-06 is cancelled,
  cancel_date = close + 6..150 days (a later one is redrawn
  between 3 days after close and the as-of date) (plan.md 11: only bails
  within 90 days of close are clawed back).
- Roster: Kylie Brooks (Senior Consultant) carries a quarterly Generation quota of 130,000;
  Mele Tupou works three days a week (0.6): Generation quota 54,000, Storage quota 9,000 and a
  target incentive of 10,800. Corey Blackwood joined on 2025-11-10; Daniel Kovac left on
  2026-01-30 (nothing of his closes after it).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 3, 19)
START, END = dt.date(2025, 7, 1), dt.date(2026, 6, 30)
CANCEL_BY = dt.date(2026, 3, 6)
rng = random.Random(20260319)

ROSTER = [
    # id, manager, territory, role, start, end, quota:generation, quota:storage, TI, pace
    ("Kylie Brooks", "Craig Dunstan", "Adelaide", "Senior Consultant", "", "", "130000.00", "", "", 1.45),
    ("Matt Szabo", "Craig Dunstan", "Adelaide", "Solar Consultant", "", "", "", "", "", 0.95),
    ("Tahlia O'Connor", "Craig Dunstan", "Adelaide", "Solar Consultant", "", "", "", "", "", 1.10),
    ("Ben Whitford", "Craig Dunstan", "Adelaide", "Solar Consultant", "", "", "", "", "", 0.70),
    ("Daniel Kovac", "Craig Dunstan", "Adelaide", "Solar Consultant", "", "2026-01-30", "", "", "", 0.80),
    ("Jess Harland", "Simone Barker", "Perth", "Solar Consultant", "", "", "", "", "", 1.20),
    ("Ravi Patel", "Simone Barker", "Perth", "Solar Consultant", "", "", "", "", "", 0.85),
    ("Ben Hooper", "Simone Barker", "Perth", "Solar Consultant", "", "", "", "", "", 1.00),
    ("Kim Tran", "Simone Barker", "Perth", "Solar Consultant", "", "", "", "", "", 0.60),
    ("Lachlan Reid", "Simone Barker", "Perth", "Solar Consultant", "", "", "", "", "", 1.05),
    ("Shannon Doyle", "Rajiv Menon", "Newcastle", "Solar Consultant", "", "", "", "", "", 1.15),
    ("Georgia Pappas", "Rajiv Menon", "Newcastle", "Solar Consultant", "", "", "", "", "", 0.90),
    ("Nick Ferraro", "Rajiv Menon", "Newcastle", "Solar Consultant", "", "", "", "", "", 0.75),
    ("Mele Tupou", "Rajiv Menon", "Newcastle", "Solar Consultant", "", "", "54000.00", "9000.00", "10800.00", 0.62),
    ("Corey Blackwood", "Rajiv Menon", "Newcastle", "Solar Consultant", "2025-11-10", "", "", "", "", 0.65),
]
SURNAMES = [
    "Hollis", "Pritchard", "McGrath", "Nguyen", "Castellari", "Whiteley", "Okoro", "Brennan",
    "Fogarty", "Lindgren", "Papadakis", "Singh", "Matheson", "Kowalski", "Delahunty", "Ferris",
    "Tamblyn", "Osei", "Rutherford", "Lam", "Gallo", "Henderson", "Achterberg", "Moloney",
    "Quirk", "Vella", "Sharma", "Trengove", "Ashby", "Kirkbride", "Yates", "Costa", "Dimitriou",
    "Hancock", "Marr", "Petrovic", "Wong", "Pollard", "Eastwood", "Fraser", "Gilchrist",
    "Ibrahim", "Jovanovic", "Kaur", "Lovell", "Mancini", "Novak", "O'Halloran",
]
SUBURBS = {
    "Adelaide": ["Glenelg North", "Salisbury", "Mawson Lakes", "Unley", "Golden Grove",
                 "Morphett Vale", "Henley Beach", "Prospect", "Aldinga", "Modbury"],
    "Perth": ["Joondalup", "Baldivis", "Scarborough", "Ellenbrook", "Canning Vale",
              "Fremantle", "Mandurah", "Midland", "Cottesloe", "Rockingham"],
    "Newcastle": ["Merewether", "Lake Macquarie", "Maitland", "Charlestown", "Cessnock",
                  "Kotara", "Raymond Terrace", "Toronto", "Belmont", "Cardiff"],
}
PRODUCTS = [("Rooftop Solar System", 0.46, 6400, 16500), ("Home Battery", 0.24, 9800, 19800),
            ("EV Charger", 0.18, 1450, 2950), ("Panel Add-On", 0.12, 2600, 7400)]


def pick_product():
    x = rng.random()
    for name, w, lo, hi in PRODUCTS:
        if x < w:
            return name, lo, hi
        x -= w
    return PRODUCTS[0][0], PRODUCTS[0][2], PRODUCTS[0][3]


def month_starts():
    d = START
    while d <= dt.date(2026, 5, 1):
        yield d
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def days_in(d):
    n = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return (n - d).days


rows = []
seq = 10000
for sid, mgr, terr, role, start, end, qg, qs, ti, pace in ROSTER:
    start_d = dt.date.fromisoformat(start) if start else START
    end_d = dt.date.fromisoformat(end) if end else END
    accounts = []          # accounts this consultant has sold to
    names = rng.sample(SURNAMES, 40)
    taken = set()
    for m in month_starts():
        n_quotes = max(1, round(rng.gauss(8.5 * pace, 1.6)))
        for _ in range(n_quotes):
            day = rng.randint(1, days_in(m))
            close = m.replace(day=day)
            if close < start_d or close > end_d:
                continue
            product, lo, hi = pick_product()
            if product == "Panel Add-On" and not accounts:
                product, lo, hi = PRODUCTS[0][0], PRODUCTS[0][2], PRODUCTS[0][3]
            amount = rng.randint(lo // 10, hi // 10) * 10
            if product == "Panel Add-On" or (product in ("Home Battery", "EV Charger") and accounts and rng.random() < 0.5):
                typ = "upgrade"
            elif rng.random() < 0.2:
                typ = "referral"
            else:
                typ = "new"
            if typ == "upgrade":
                account = rng.choice(accounts)
            else:
                while True:
                    account = f"{rng.choice(names)}, {rng.choice(SUBURBS[terr])}"
                    if account not in taken:
                        break
                taken.add(account)
            prob, cancel = "", ""
            if close > AS_OF:
                stage = "open"
                prob = rng.choice(["0.3", "0.5", "0.7"])
            else:
                stage = "won" if rng.random() < 0.56 + 0.05 * (pace - 1) else "lost"
            if stage == "won" and close <= CANCEL_BY and rng.random() < 1 / 22:
                stage = "cancelled"
                cancel = close + dt.timedelta(days=rng.randint(6, 150))
                if cancel > AS_OF:
                    cancel = close + dt.timedelta(days=rng.randint(3, (AS_OF - close).days))
                cancel = cancel.isoformat()
            if stage in ("won", "cancelled") and account not in accounts:
                accounts.append(account)
            seq += 1
            line = dict(id=f"GUM-{seq}", seller=sid, account=account, name=f"{account} {product}",
                        type=typ, product=product, amount=f"{amount}.00",
                        close_date=close.isoformat(), stage=stage, split="1",
                        probability=prob, cancel_date=cancel, currency="AUD")
            if (sid == "Shannon Doyle" and stage in ("won", "cancelled")
                    and close >= dt.date(2025, 11, 10) and rng.random() < 0.25):
                line["split"] = "0.5"
                rows.append(line)
                rows.append(dict(line, seller="Corey Blackwood"))
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
                "target_incentive", "quota:generation", "quota:storage"])
    for sid, mgr, terr, role, start, end, qg, qs, ti, pace in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, ti, qg, qs])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
