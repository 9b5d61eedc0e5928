#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredthirtyeighth workspace (Cottonopolis Linen
& Catering Supplies Ltd, an invented hospitality linen and catering-supplies wholesaler in Trafford
Park, Manchester; plan year 1 April 2025 - 31 March 2026, GBP, QUARTERLY payouts).
Standard library only; deterministic (every choice is an md5 hash of a string; no clock, no
random stream). Run: python3 gen_deals.py

- 16 field sales reps ("account managers") under 3 area managers: City (Denise Ashworth), North
  (Gary Platt) and Cheshire & South (Maxine Holt). Every rep has their own accounts (hotels, pubs,
  restaurants, care homes, clubs, caterers of their area), their pool growing through the year, so
  new doors keep coming.
- Opportunities are generated one after another for each rep, linen and catering apart, until the
  rep's won credit closed on or before the as-of date (2026-02-20) reaches the rep's own target
  (a multiple of their quota, TARGET below): amounts in whole pounds and pence, products chosen by
  weight, close dates spread over the rep's active days by the month's season weight.
- Stage: an opportunity dated after the as-of date is open ("on the slate"), probability 0.2 to
  0.8, expected to close on its date (to 31 March 2026); one dated from 20 January 2026 with
  hash mod 7 = 0 is open too (overdue, probability 0.5); otherwise it is won with the rep's win
  rate, else lost ("a knockback").
- Type: a rep's first deal at an account (won, or not yet won there) is "new" (a new door); a
  later linen deal of GBP 8,000 or more with hash mod 4 = 0 is "tender"; the rest "reorder".
- Splits: every won or cancelled tender of a rep other than Nicola Duckworth (the Key Accounts
  Manager, who writes every tender) is two lines with one id, 70% to the rep and 30% to Nicola.
  Tariq Hussain (joined 11 August 2025) shadowed Wayne Schofield: Wayne's won or cancelled
  non-tender deals closing 11 August - 30 November 2025 with hash mod 5 = 0 are 50% / 50%.
- Cancellations ("binners"): a won line with hash mod 22 = 0 is cancelled when close + 7 +
  (hash mod 130) days, its cancel_date, falls on or before the as-of date (plan.md section 11:
  only binners within 90 days of close are clawed back).
- Roster: Craig Hargreaves (Senior Account Manager) and Nicola Duckworth (Key Accounts Manager)
  carry their own annual linen quota. Tariq Hussain joined on 2025-08-11; Chantelle Brierley left
  on 2025-11-28 (no deals after). Two reps are called Jodie (Jodie Kershaw, City; Jodie Mellor,
  North).
"""
import bisect
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2025, 4, 1)
END = dt.date(2026, 3, 31)
AS_OF = dt.date(2026, 2, 20)
OVERDUE_FROM = dt.date(2026, 1, 20)
LINEN_QUOTA = 420000
CATERING_YTD = 16000 + 20000 + 26000 + 12000 * 51 // 90  # quotas to the as-of date

# id, manager, territory, role, start, end, own linen quota,
# linen target (x quota, to the as-of date), catering target (x quotas to date), win rate, size
ROSTER = [
    ("Craig Hargreaves", "Denise Ashworth", "City", "Senior Account Manager", "", "", 600000, 1.30, 1.05, 0.58, 1.35),
    ("Shabana Akhtar", "Denise Ashworth", "City", "Account Manager", "", "", None, 1.62, 1.30, 0.62, 1.10),
    ("Jodie Kershaw", "Denise Ashworth", "City", "Account Manager", "", "", None, 0.92, 0.85, 0.55, 1.00),
    ("Ryan Entwistle", "Denise Ashworth", "City", "Account Manager", "", "", None, 0.55, 0.70, 0.48, 0.90),
    ("Chantelle Brierley", "Denise Ashworth", "City", "Account Manager", "", "2025-11-28", None, 0.78, 0.95, 0.52, 0.95),
    ("Lee Butterworth", "Gary Platt", "North", "Account Manager", "", "", None, 1.08, 1.10, 0.57, 1.00),
    ("Kelly Ogden", "Gary Platt", "North", "Account Manager", "", "", None, 0.70, 1.45, 0.54, 0.95),
    ("Wayne Schofield", "Gary Platt", "North", "Account Manager", "", "", None, 1.02, 0.60, 0.56, 1.05),
    ("Jodie Mellor", "Gary Platt", "North", "Account Manager", "", "", None, 0.46, 0.90, 0.47, 0.85),
    ("Tariq Hussain", "Gary Platt", "North", "Account Manager", "2025-08-11", "", None, 0.34, 0.80, 0.50, 0.85),
    ("Nicola Duckworth", "Maxine Holt", "Cheshire", "Key Accounts Manager", "", "", 540000, 0.78, 0.55, 0.60, 1.70),
    ("Liam Fairclough", "Maxine Holt", "Cheshire", "Account Manager", "", "", None, 0.27, 0.50, 0.45, 0.85),
    ("Danny Openshaw", "Maxine Holt", "Cheshire", "Account Manager", "", "", None, 1.16, 1.00, 0.59, 1.05),
    ("Siobhan Grundy", "Maxine Holt", "Cheshire", "Account Manager", "", "", None, 0.62, 1.20, 0.53, 0.95),
    ("Mohammed Rahman", "Maxine Holt", "Cheshire", "Account Manager", "", "", None, 0.85, 0.75, 0.55, 1.00),
    ("Becky Ashton", "Maxine Holt", "Cheshire", "Account Manager", "", "", None, 0.97, 1.60, 0.56, 1.00),
]
KEY = "Nicola Duckworth"
BUDDY, SHADOW = "Wayne Schofield", "Tariq Hussain"
BUDDY_TO = dt.date(2025, 11, 30)

LINEN = [("Table Linen", 30, 600, 9000), ("Bed Linen", 30, 1500, 22000),
         ("Towels & Robes", 25, 800, 12000), ("Chef Whites", 15, 300, 4500)]
CATERING = [("Crockery & Glassware", 40, 400, 7000), ("Disposables", 35, 150, 2500),
            ("Kitchen Smallwares", 25, 250, 3500)]
# season weight by calendar month
LINEN_SEASON = {4: 8, 5: 9, 6: 10, 7: 9, 8: 7, 9: 9, 10: 10, 11: 12, 12: 9, 1: 6, 2: 8, 3: 9}
CATERING_SEASON = {4: 6, 5: 8, 6: 10, 7: 9, 8: 8, 9: 8, 10: 9, 11: 13, 12: 12, 1: 4, 2: 5, 3: 6}
PLACES = {
    "City": ["Ancoats", "Deansgate", "Castlefield", "Spinningfields", "Piccadilly", "Salford Quays",
             "Chorlton", "Didsbury", "Rusholme", "Hulme", "Oxford Road", "Cheetham Hill",
             "Levenshulme", "Withington"],
    "North": ["Bolton", "Bury", "Rochdale", "Ramsbottom", "Heywood", "Radcliffe", "Prestwich",
              "Oldham", "Saddleworth", "Littleborough", "Tottington", "Horwich", "Whitefield",
              "Middleton"],
    "Cheshire": ["Stockport", "Altrincham", "Hale", "Wilmslow", "Knutsford", "Sale", "Marple",
                 "Bramhall", "Poynton", "Cheadle", "Alderley Edge", "Lymm", "Disley", "Hazel Grove"],
}
KINDS = ["Hotel", "Tap House", "Supper Club", "Golf Club", "Care Home", "Arms", "Bistro",
         "Conference Centre", "Curry House", "Tearooms", "Banqueting Suite", "Spa", "Chippy",
         "Cricket Club", "Lodge", "Grill", "Inn", "Wedding Barn", "Social Club", "Brasserie",
         "Trattoria", "Bowling Club", "Function Rooms", "Carvery"]
POOL = 24  # accounts per rep


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def pick(weighted, x):
    total = sum(w for _, w, *_ in weighted)
    r = x % total
    for item in weighted:
        if r < item[1]:
            return item
        r -= item[1]
    raise AssertionError


def money(lo, hi, x):
    u = (x % 1000003) / 1000003
    pounds = int(lo + (hi - lo) * u ** 1.7)
    return (pounds * 100 + (x // 1000003) % 100) / 100


# accounts: each rep their own, unique across the company
used = set()
ACCOUNTS = {}
for sid, _, terr, *_ in ROSTER:
    names = []
    k = 0
    while len(names) < POOL:
        x = h(f"{sid}|account|{k}")
        k += 1
        name = f"{PLACES[terr][x % len(PLACES[terr])]} {KINDS[(x // 97) % len(KINDS)]}"
        if name not in used:
            used.add(name)
            names.append(name)
    ACCOUNTS[sid] = names

ids = set()


def new_id(seed):
    k = 0
    while True:
        oid = f"MCR{10000 + h(f'{seed}|{k}') % 90000}"
        if oid not in ids:
            ids.add(oid)
            return oid
        k += 1


rows = []
for sid, mgr, terr, role, start, end, own_q, t_linen, t_cat, win, size in ROSTER:
    a = dt.date.fromisoformat(start) if start else START
    b = dt.date.fromisoformat(end) if end else END
    quota = own_q or LINEN_QUOTA
    active_days = (b - a).days + 1
    if start or end:
        quota = quota * active_days / 365
    days = [a + dt.timedelta(d) for d in range(active_days)]
    lines = []
    for side, products, season, target in (
            ("linen", LINEN, LINEN_SEASON, t_linen * quota),
            ("catering", CATERING, CATERING_SEASON, t_cat * CATERING_YTD * (
                sum(1 for d in days if d <= AS_OF) / ((AS_OF - START).days + 1)))):
        cum = []
        acc = 0
        for d in days:
            acc += season[d.month]
            cum.append(acc)
        won = 0.0
        i = 0
        while won < target:
            x = h(f"{sid}|{side}|{i}")
            i += 1
            product, _, lo, hi = pick(products, x)
            amount = money(lo * size, hi * size, x // 7919)
            close = days[bisect.bisect_right(cum, (x // 104729) % acc)]
            frac = (close - a).days / max(1, active_days - 1)
            account = ACCOUNTS[sid][(x // 15485863) % (5 + int(frac * (POOL - 5)))]
            prob = ""
            if close > AS_OF:
                stage = "open"
                prob = ("0.2", "0.35", "0.5", "0.65", "0.8")[(x // 31) % 5]
            elif close >= OVERDUE_FROM and (x // 37) % 7 == 0:
                stage = "open"
                prob = "0.5"
            elif (x // 41) % 1000 < win * 1000:
                stage = "won"
                won += amount
            else:
                stage = "lost"
            lines.append(dict(id=new_id(f"{sid}|{side}|{i}"), seller=sid, account=account,
                              product=product, amount=amount, close_date=close, stage=stage,
                              probability=prob, x=x, side=side))
    # types: a rep's first deal at an account is a new door
    lines.sort(key=lambda r: (r["close_date"], r["id"]))
    won_at = set()
    for r in lines:
        if r["account"] not in won_at:
            r["type"] = "new"
        elif r["side"] == "linen" and r["amount"] >= 8000 and (r["x"] // 43) % 4 == 0:
            r["type"] = "tender"
        else:
            r["type"] = "reorder"
        if r["stage"] == "won":
            won_at.add(r["account"])
    rows.extend(lines)

out = []
for r in rows:
    x = r["x"]
    cancel = ""
    binned = r["close_date"] + dt.timedelta(days=7 + (x // 53) % 130)
    if r["stage"] == "won" and binned <= AS_OF and (x // 47) % 22 == 0:
        r["stage"] = "cancelled"
        cancel = binned.isoformat()
    line = dict(id=r["id"], seller=r["seller"], account=r["account"],
                name=f"{r['account']} {r['product']}", type=r["type"], product=r["product"],
                amount=f"{r['amount']:.2f}", close_date=r["close_date"].isoformat(),
                stage=r["stage"], split="1", probability=r["probability"], cancel_date=cancel,
                currency="GBP")
    partner = None
    if r["stage"] in ("won", "cancelled"):
        if r["type"] == "tender" and r["seller"] != KEY:
            partner, share = KEY, ("0.7", "0.3")
        elif (r["seller"] == BUDDY and r["type"] != "tender" and (x // 59) % 5 == 0
              and dt.date(2025, 8, 11) <= r["close_date"] <= BUDDY_TO):
            partner, share = SHADOW, ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        out.append(line)
        out.append(dict(line, seller=partner, split=share[1]))
    else:
        out.append(line)

out.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(out)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:linen"])
    for sid, mgr, terr, role, start, end, own_q, *_ in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, f"{own_q}.00" if own_q else ""])
print(len(out), "deal lines;",
      {s: sum(1 for x in out if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
