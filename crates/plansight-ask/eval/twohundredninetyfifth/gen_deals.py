#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredninetyfifth workspace (Kestrel Vaughan
Insurance Brokers Inc., an invented Toronto commercial insurance brokerage whose producers sell
and renew business policies - property, liability, fleet, cyber - to small and mid-size
companies across Ontario and the Prairies; plan year 1 November 2025 - 31 October 2026, CAD,
MONTHLY payouts). Standard library only; deterministic: every choice is an md5 hash of a
string (no clock, no random stream). Run: python3 gen_deals.py

- 17 producers under 4 managers (ROSTER). Marc-André Gagnon, VP Sales, also leads the two
  Key Accounts producers; Diane Kowalczuk leads the GTA desk (Toronto), Raj Malhotra
  Southwestern Ontario (London), Colleen MacIsaac the Prairies (Winnipeg and Calgary).
- NEW BUSINESS (type "new"): each producer works a number of prospects over the year
  (PROSPECTS x the producer's pace). A prospect is one client business buying one to three
  lines of business (products), each line its own deal id, all with the prospect's bind date
  (close_date). A prospect binding on or before the as-of date is won, or lost ("walked") when
  md5 says so; one binding after it is open ("in market") with probability 0.25 / 0.5 / 0.75;
  a few in the last 40 days before the as-of date are still open (overdue).
- RENEWALS (type "renewal"): each producer has a book of client policies renewing once in the
  year on their anniversary (BOOK x the producer's book size). A renewal due on or before the
  as-of date is won (bound) or, about one in nine, lost (the client moved broker); one due
  after it is open with probability 0.9.
- Premiums (amount, whole CAD, annual premium before provincial tax on premiums) by product:
  Commercial Property 4k-45k, General Liability 2k-20k, Fleet Auto 12k-120k, Cyber Liability
  1.5k-15k, Business Package 1.2k-7.5k; renewals a little larger.
- SPLITS (plan.md 3.4): a won or cancelled new Fleet Auto deal of $60,000 or more of any
  producer outside Key Accounts is two lines with one id: 70% to the producer, 30% to Graham
  Lockhart (Fleet Specialist). A won or cancelled new Commercial Property deal of $35,000 or
  more of a GTA producer is 60% to the producer, 40% to Catherine Boucher (Senior Producer).
- CANCELLATIONS ("flat cancels"): a won line bound on or before 2026-07-07 with md5 mod 23 = 0
  is cancelled, cancel_date = bind + 12 + (md5 mod 140) days, when that date is on or before the
  as-of date (clawed back only when within 90 days: plan.md section 11).
- Roster: Catherine Boucher carries her own quarterly new business quota ($250,000) and renewal
  quota ($2,000,000); Graham Lockhart his own new business quota ($200,000). Cody Wiebe joined
  on 2026-02-09 (nothing before). Luc Bergeron left on 2026-05-29: his deals binding later were
  handed to Amrit Gill. Two producers are called Kevin (Kevin O'Brien, GTA; Kevin Nguyen,
  Southwestern Ontario).
- A handful of hand-placed deals (SPECIAL) make the year's stories: Sarah Goldberg's big Q2
  fleet win, a flat-cancelled Catherine Boucher property deal, a big open quote of Daniel
  Ferreira's, a Calgary cyber win of Nadia Petrenko's, a fleet renewal Brett Kozak lost.
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2025, 11, 1)
END = dt.date(2026, 10, 31)
AS_OF = dt.date(2026, 7, 17)
CANCEL_BY = dt.date(2026, 7, 7)

# id, manager, territory, office, role, start, end, quota:nbp, quota:retention, pace, book
ROSTER = [
    ("Aisha Rahman", "Diane Kowalczuk", "GTA", "Toronto", "Producer", "", "", "", "", 1.2, 1.0),
    ("Kevin O'Brien", "Diane Kowalczuk", "GTA", "Toronto", "Producer", "", "", "", "", 0.85, 1.1),
    ("Mei Lin Chow", "Diane Kowalczuk", "GTA", "Toronto", "Producer", "", "", "", "", 1.0, 0.9),
    ("Daniel Ferreira", "Diane Kowalczuk", "GTA", "Toronto", "Producer", "", "", "", "", 0.55, 0.8),
    ("Sarah Goldberg", "Diane Kowalczuk", "GTA", "Toronto", "Producer", "", "", "", "", 1.5, 1.2),
    ("Tyler Vandermeer", "Raj Malhotra", "Southwestern Ontario", "London", "Producer", "", "", "", "", 1.1, 1.0),
    ("Kevin Nguyen", "Raj Malhotra", "Southwestern Ontario", "London", "Producer", "", "", "", "", 0.9, 0.95),
    ("Heather MacLeod", "Raj Malhotra", "Southwestern Ontario", "London", "Producer", "", "", "", "", 1.3, 1.15),
    ("Amrit Gill", "Raj Malhotra", "Southwestern Ontario", "London", "Producer", "", "", "", "", 0.7, 0.85),
    ("Luc Bergeron", "Raj Malhotra", "Southwestern Ontario", "London", "Producer", "", "2026-05-29", "", "", 0.75, 0.9),
    ("Brett Kozak", "Colleen MacIsaac", "Prairies", "Winnipeg", "Producer", "", "", "", "", 1.0, 1.05),
    ("Nadia Petrenko", "Colleen MacIsaac", "Prairies", "Calgary", "Producer", "", "", "", "", 1.2, 1.0),
    ("Owen Sinclair", "Colleen MacIsaac", "Prairies", "Winnipeg", "Producer", "", "", "", "", 0.6, 0.75),
    ("Jasleen Dhillon", "Colleen MacIsaac", "Prairies", "Calgary", "Producer", "", "", "", "", 0.95, 0.95),
    ("Cody Wiebe", "Colleen MacIsaac", "Prairies", "Winnipeg", "Associate Producer", "2026-02-09", "", "", "", 0.8, 0.6),
    ("Catherine Boucher", "Marc-André Gagnon", "Key Accounts", "Toronto", "Senior Producer", "", "", "250000.00", "2000000.00", 1.7, 1.9),
    ("Graham Lockhart", "Marc-André Gagnon", "Key Accounts", "Toronto", "Fleet Specialist", "", "", "200000.00", "", 1.1, 1.1),
]
INFO = {r[0]: r for r in ROSTER}
PROSPECTS = 34    # prospects a year at pace 1.0
BOOK = 55         # renewing policies a year at book size 1.0

PRODUCTS = [
    # name, low, high, weight (GTA/SWO), weight (Prairies), weight (Key Accounts)
    ("Commercial Property", 4000, 45000, 30, 22, 30),
    ("General Liability", 2000, 20000, 28, 22, 20),
    ("Fleet Auto", 12000, 120000, 10, 26, 35),
    ("Cyber Liability", 1500, 15000, 16, 10, 10),
    ("Business Package", 1200, 7500, 16, 20, 5),
]

TOWNS = {
    "GTA": ["Etobicoke", "Scarborough", "Mississauga", "Brampton", "Vaughan", "Markham",
            "Oakville", "Pickering", "Oshawa", "Richmond Hill", "Leslieville", "Liberty Village",
            "Yorkville", "Don Mills", "Milton", "Ajax"],
    "Southwestern Ontario": ["London", "Kitchener", "Waterloo", "Guelph", "Cambridge",
                             "Woodstock", "Stratford", "Sarnia", "Windsor", "Chatham",
                             "St. Thomas", "Brantford", "Tillsonburg", "Goderich", "Elmira",
                             "Leamington"],
    "Prairies": ["Winnipeg", "Brandon", "Steinbach", "Portage", "Regina", "Saskatoon",
                 "Moose Jaw", "Swift Current", "Calgary", "Red Deer", "Lethbridge", "Medicine Hat",
                 "Airdrie", "Selkirk", "Yorkton", "Okotoks"],
    "Key Accounts": ["Toronto", "Hamilton", "Ottawa", "Winnipeg", "Calgary", "Barrie",
                     "Kingston", "Sudbury", "Edmonton", "Niagara", "Peterborough", "Thunder Bay",
                     "Saskatoon", "Burlington", "Regina", "Windsor"],
}
TRADES = ["Tool & Die", "Dental Group", "Cold Storage", "Precision Machining", "Bakery",
          "Auto Glass", "Landscaping", "Millwork", "Grain Haulers", "Physiotherapy",
          "Veterinary Clinic", "Brewing Co", "Roofing", "Steel Fabricators", "Courier",
          "Plumbing & Heating", "Print Shop", "Marine Supply", "Furniture", "Logistics",
          "Electrical Contractors", "Daycare", "Feed & Seed", "Paving", "Motor Inn",
          "Software Labs", "Optometry", "Packaging", "Florists", "Excavating", "Hardware",
          "Dry Cleaners", "Bus Lines", "Welding", "Catering", "Cabinetry", "Equipment Rentals",
          "Greenhouses", "Accounting", "Tire & Lube"]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


used_accounts = set()


def account_name(region, key):
    x = h("acct:" + key)
    towns = TOWNS[region]
    for k in range(400):
        name = f"{towns[(x + k) % len(towns)]} {TRADES[(x // 16 + 7 * k) % len(TRADES)]}"
        if name not in used_accounts:
            used_accounts.add(name)
            return name
    raise SystemExit("ran out of account names")


def pick_product(region, x):
    col = 4 if region == "Prairies" else 5 if region == "Key Accounts" else 3
    total = sum(p[col] for p in PRODUCTS)
    r = x % total
    for p in PRODUCTS:
        if r < p[col]:
            return p
        r -= p[col]
    return PRODUCTS[-1]


def premium(p, x, renewal):
    lo, hi = p[1], p[2]
    # skewed toward the low end: the square of a uniform fraction
    f = (x % 10007) / 10007
    amt = lo + (hi - lo) * f * f
    if renewal:
        amt *= 1.15
    return int(round(amt / 5.0)) * 5


def active(seller, day):
    r = INFO[seller]
    if r[5] and day < dt.date.fromisoformat(r[5]):
        return False
    return True


rows = []


def add(seller, account, product, typ, amount, close, stage, prob="", cancel="", key=""):
    rows.append(dict(key=key, seller=seller, account=account, product=product, type=typ,
                     amount=amount, close=close, stage=stage, probability=prob, cancel=cancel))


DAYS = (END - START).days + 1
for sid, mgr, region, office, role, s_start, s_end, q1, q2, pace, book in ROSTER:
    first_day = dt.date.fromisoformat(s_start) if s_start else START
    # new business prospects
    n = int(round(PROSPECTS * pace))
    for i in range(n):
        key = f"nb:{sid}:{i}"
        x = h(key)
        close = START + dt.timedelta(days=x % DAYS)
        if close < first_day:
            if s_start:
                close = first_day + dt.timedelta(days=(x // 7) % (END - first_day).days)
            else:
                continue
        account = account_name(region, key)
        lines = 1 + (x // 101) % 3 if (x // 13) % 4 else 1
        won = (x // 17) % 10 < 6
        for j in range(lines):
            y = h(f"{key}:{j}")
            p = pick_product(region, y if j else x // 3)
            if j and any(r["account"] == account and r["product"] == p[0] for r in rows):
                continue
            amt = premium(p, y // 5, False)
            if close > AS_OF:
                prob = ("0.25", "0.5", "0.75")[(x // 19) % 3]
                add(sid, account, p[0], "new", amt, close, "open", prob, key=f"{key}:{j}")
            elif close > AS_OF - dt.timedelta(days=40) and (x // 23) % 6 == 0:
                add(sid, account, p[0], "new", amt, close, "open", "0.5", key=f"{key}:{j}")
            else:
                partial_loss = (y // 29) % 9 == 0
                stage = "won" if (won and not partial_loss) else "lost"
                add(sid, account, p[0], "new", amt, close, stage, key=f"{key}:{j}")
    # renewal book
    n = int(round(BOOK * book))
    for i in range(n):
        key = f"rn:{sid}:{i}"
        x = h(key)
        close = START + dt.timedelta(days=x % DAYS)
        if close < first_day:
            continue
        account = account_name(region, key)
        p = pick_product(region, x // 3)
        amt = premium(p, x // 5, True)
        if close > AS_OF:
            add(sid, account, p[0], "renewal", amt, close, "open", "0.9", key=key)
        elif (x // 31) % 9 == 0:
            add(sid, account, p[0], "renewal", amt, close, "lost", key=key)
        else:
            add(sid, account, p[0], "renewal", amt, close, "won", key=key)

# The leaver's book: deals binding after Luc Bergeron's last day went to Amrit Gill.
LUC_END = dt.date(2026, 5, 29)
for r in rows:
    if r["seller"] == "Luc Bergeron" and r["close"] > LUC_END:
        r["seller"] = "Amrit Gill"

# Hand-placed stories.
SPECIAL = [
    # Sarah Goldberg's big Q2 fleet: a Vaughan courier firm's 80-unit fleet
    ("Sarah Goldberg", "Vaughan Courier Network", "Fleet Auto", "new", 148500, "2026-03-27", "won", "", ""),
    ("Sarah Goldberg", "Vaughan Courier Network", "Cyber Liability", "new", 6200, "2026-03-27", "won", "", ""),
    # Catherine Boucher: a hospital-supply distributor bound in May, flat-cancelled in June
    ("Catherine Boucher", "Hamilton Medical Distributors", "Commercial Property", "new", 61800, "2026-05-08", "cancelled", "", "2026-06-22"),
    # Daniel Ferreira: a big open quote for the summer
    ("Daniel Ferreira", "Leslieville Film Studios", "Commercial Property", "new", 38400, "2026-08-14", "open", "0.5", ""),
    ("Daniel Ferreira", "Leslieville Film Studios", "General Liability", "new", 14250, "2026-08-14", "open", "0.5", ""),
    # Nadia Petrenko: a Calgary tech firm's cyber policy in June
    ("Nadia Petrenko", "Calgary Chinook Software", "Cyber Liability", "new", 18900, "2026-06-11", "won", "", ""),
    # Brett Kozak: a grain hauler's fleet renewal lost to a competitor in April
    ("Brett Kozak", "Red River Grain Haulers", "Fleet Auto", "renewal", 96500, "2026-04-01", "lost", "", ""),
    ("Brett Kozak", "Red River Grain Haulers", "General Liability", "renewal", 11800, "2026-04-01", "won", "", ""),
]
for s, acct, prod, typ, amt, close, stage, prob, cancel in SPECIAL:
    used_accounts.add(acct)
    add(s, acct, prod, typ, amt, dt.date.fromisoformat(close), stage, prob,
        dt.date.fromisoformat(cancel) if cancel else "", key=f"sp:{acct}:{prod}")

# Cancellations.
for r in rows:
    if r["stage"] == "won" and r["close"] <= CANCEL_BY and not r["key"].startswith("sp:"):
        x = h("cx:" + r["key"])
        cancel = r["close"] + dt.timedelta(days=12 + (x // 23) % 140)
        if x % 23 == 0 and cancel <= AS_OF:
            r["stage"] = "cancelled"
            r["cancel"] = cancel

# Ids: sequential in bind order.
rows.sort(key=lambda r: (r["close"], r["seller"], r["account"], r["product"]))
out = []
for k, r in enumerate(rows):
    did = f"KV-{26000 + 7 * k + (h(r['key']) % 7):05d}"
    name = f"{r['account']} - {r['product']} ({'NB' if r['type'] == 'new' else 'Renewal'})"
    line = dict(id=did, seller=r["seller"], account=r["account"], name=name, type=r["type"],
                product=r["product"], amount=f"{r['amount']}.00", close_date=r["close"].isoformat(),
                stage=r["stage"], split="1", probability=r["probability"],
                cancel_date=r["cancel"].isoformat() if r["cancel"] else "", currency="CAD")
    region = INFO[r["seller"]][2]
    partner = None
    if r["stage"] in ("won", "cancelled") and r["type"] == "new":
        if r["product"] == "Fleet Auto" and r["amount"] >= 60000 and region != "Key Accounts":
            partner, share = "Graham Lockhart", ("0.7", "0.3")
        elif r["product"] == "Commercial Property" and r["amount"] >= 35000 and region == "GTA":
            partner, share = "Catherine Boucher", ("0.6", "0.4")
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
    w.writerow(["id", "name", "manager", "territory", "office", "role", "start_date", "end_date",
                "quota:nbp", "quota:retention"])
    for sid, mgr, region, office, role, s_start, s_end, q1, q2, pace, book in ROSTER:
        w.writerow([sid, sid, mgr, region, office, role, s_start, s_end, q1, q2])
print(len(out), "deal lines;",
      {s: sum(1 for x in out if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")},
      "splits:", sum(1 for x in out if x["split"] != "1") // 2)
