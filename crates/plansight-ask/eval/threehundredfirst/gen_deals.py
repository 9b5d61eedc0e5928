#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredfirst workspace (Copperline Medical, Inc.,
an invented Phoenix, Arizona maker of orthopedic implants, surgical disposables and operating-room
capital equipment; plan year 1 October 2025 - 30 September 2026, USD, MONTHLY payouts).
Standard library only; deterministic: every choice is an md5 hash of a key string (seller,
month, slot); no clock, no random stream. Run: python3 gen_deals.py

- 16 field reps under 3 regional managers (ROSTER). Each rep has a pace (won core lines a month)
  and a product mix; every month from October 2025 to the as-of month gets that many won core
  lines (hash-jittered), about a third as many lost ones, and dates spread over the month. The
  as-of month (May 2026) only gets lines up to AS_OF, in proportion.
- Core products and amounts (whole dollars, hash within the range): Palo Verde Knee System
  7,000-14,000; Ocotillo Hip System 6,000-12,500; Sidewinder Pedicle Screw System 14,000-38,000;
  Gila Locking Plate 2,500-8,500; Dust Devil Burr Pack 1,200-6,000; Cholla Lavage Kit 800-3,500.
  Lost lines carry the middle of the range rounded to the hundred (the quoted price).
- Capital: each rep has a number of capital wins spread over the year to date (Lodestar
  Navigation System 180,000-420,000; Saber Power System 45,000-140,000), one or two lost capital
  quotes, and one to three open ones.
- Types: core: hash mod 20 in 0-2 = "swap" (a competitive conversion), 3-7 = "new", else
  "reorder"; disposables are "reorder" unless hash mod 20 < 4 ("new"). Capital: mod 4 = 0 "swap",
  1-2 "new", 3 "reorder".
- Open deals ("on deck"): 6-14 core per active rep, expected close AS_OF - 25 days + (hash mod
  130) days, and 1-3 capital, AS_OF - 10 days + (hash mod 120) days (so some are overdue);
  probability 0.2 / 0.4 / 0.6 / 0.8 by hash. A leaver has none.
- Splits (plan.md 3.4): every won or pulled-back capital deal of a rep other than the Capital
  Specialist (Renee Albright) is two lines with the same id, 60% to the rep and 40% to Renee
  Albright. Derek Pham (joined 2026-02-09) shares some of his deals of February and March
  (hash mod 3 = 0) 50% / 50% with his ride-along mentor Luis Echeverria.
- Pullbacks (cancellations): a won deal closed on or before 2026-05-12 with hash mod 26 = 0 is
  cancelled on close + 4 + (hash mod 140) days, when that date is on or before AS_OF (plan.md
  section 11: only pullbacks within 90 days of close are clawed back).
- Roster: Tyler Briggs (Senior Territory Manager) carries his own quarterly core quota; Renee
  Albright (Capital Specialist) her own core and capital quotas. Derek Pham joined on 2026-02-09
  (nothing before), Jenna Whitlock left on 2026-03-13 (nothing after; no open deals).
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 5, 22)
CANCEL_BY = dt.date(2026, 5, 12)
PLAN_START = dt.date(2025, 10, 1)

# id, manager, territory, role, start, end, quota:core, quota:capital, pace, mix, capital wins
ROSTER = [
    ("Tyler Briggs", "Dana Whitcomb", "East Valley", "Senior Territory Manager", "", "",
     "550000.00", "", 22, "spine", 4),
    ("Megan Oyelaran", "Dana Whitcomb", "East Valley", "Territory Manager", "", "", "", "",
     21, "recon", 3),
    ("Josh Fairbanks", "Dana Whitcomb", "East Valley", "Territory Manager", "", "", "", "",
     12, "even", 2),
    ("Alicia Romero", "Dana Whitcomb", "East Valley", "Territory Manager", "", "", "", "",
     15, "trauma", 3),
    ("Kevin Marsh", "Dana Whitcomb", "East Valley", "Territory Manager", "", "", "", "",
     9, "even", 1),
    ("Renee Albright", "Dana Whitcomb", "East Valley", "Capital Specialist", "", "",
     "120000.00", "2400000.00", 9, "dispo", 4),
    ("Tyler Nakamura", "Greg Haldane", "West Valley", "Territory Manager", "", "", "", "",
     15, "recon", 2),
    ("Brianna Cole", "Greg Haldane", "West Valley", "Territory Manager", "", "", "", "",
     18, "even", 6),
    ("Luis Echeverria", "Greg Haldane", "West Valley", "Territory Manager", "", "", "", "",
     13, "trauma", 2),
    ("Stacy Lindgren", "Greg Haldane", "West Valley", "Territory Manager", "", "", "", "",
     11, "recon", 1),
    ("Derek Pham", "Greg Haldane", "West Valley", "Associate Territory Manager", "2026-02-09", "",
     "", "", 10, "even", 1),
    ("Heather Quintero", "Ray Castaneda", "Southern Arizona", "Territory Manager", "", "", "", "",
     16, "trauma", 3),
    ("Cody Barnhill", "Ray Castaneda", "Southern Arizona", "Territory Manager", "", "", "", "",
     9, "spine", 2),
    ("Natalie Szabo", "Ray Castaneda", "Southern Arizona", "Territory Manager", "", "", "", "",
     14, "recon", 2),
    ("Omar Haddad", "Ray Castaneda", "Southern Arizona", "Territory Manager", "", "", "", "",
     16, "even", 8),
    ("Jenna Whitlock", "Ray Castaneda", "Southern Arizona", "Territory Manager", "", "2026-03-13",
     "", "", 13, "recon", 1),
]
SPECIALIST = "Renee Albright"
MENTOR = {"Derek Pham": "Luis Echeverria"}

CORE = {
    "Palo Verde Knee System": (7000, 14000),
    "Ocotillo Hip System": (6000, 12500),
    "Sidewinder Pedicle Screw System": (14000, 38000),
    "Gila Locking Plate": (2500, 8500),
    "Dust Devil Burr Pack": (1200, 6000),
    "Cholla Lavage Kit": (800, 3500),
}
DISPOSABLES = {"Dust Devil Burr Pack", "Cholla Lavage Kit"}
CAPITAL = {
    "Lodestar Navigation System": (180000, 420000),
    "Saber Power System": (45000, 140000),
}
# weights over CORE in its order: knee, hip, spine, plate, burr, lavage
MIX = {
    "even":   [24, 20, 12, 18, 14, 12],
    "recon":  [36, 30, 4, 8, 12, 10],
    "spine":  [8, 6, 44, 8, 20, 14],
    "trauma": [12, 14, 6, 44, 12, 12],
    "dispo":  [0, 0, 0, 0, 60, 40],
}
ACCOUNTS = {
    "East Valley": [
        ("Papago Surgical Center", 5), ("Arcadia Joint & Spine ASC", 5),
        ("Gilbert Orthopedic Specialty Hospital", 6), ("Mesa General Hospital", 6),
        ("Mesa Spine Center", 3), ("Fountain Hills Surgery Center", 3),
        ("Superstition Trauma Center", 4), ("Ahwatukee Surgery Center", 3),
        ("Pinnacle Ridge Orthopedics", 3), ("Queen Creek Surgical Suites", 1),
    ],
    "West Valley": [
        ("Encanto Orthopedic Hospital", 6), ("North Mountain Medical Center", 6),
        ("Estrella Trauma Center", 5), ("Goodyear Bone & Joint", 4),
        ("Glendale Westside Hospital", 5), ("Peoria Ortho ASC", 4),
        ("Laveen Valley Hospital", 3), ("Sun City West Community Hospital", 2),
        ("Buckeye Surgical Pavilion", 1),
    ],
    "Southern Arizona": [
        ("Santa Rita Medical Center", 6), ("Rincon Orthopedic Institute", 6),
        ("Catalina Canyon Surgery Center", 4), ("Old Pueblo Bone & Joint", 5),
        ("Marana Surgery Center", 3), ("Green Valley Spine Center", 3),
        ("Huachuca Valley Hospital", 3), ("Yuma Colorado River Hospital", 2),
        ("Nogales Community Hospital", 1),
    ],
}
CAPITAL_ACCOUNTS = {
    "East Valley": ["Gilbert Orthopedic Specialty Hospital", "Mesa General Hospital",
                    "Superstition Trauma Center", "Papago Surgical Center"],
    "West Valley": ["Encanto Orthopedic Hospital", "North Mountain Medical Center",
                    "Glendale Westside Hospital", "Estrella Trauma Center"],
    "Southern Arizona": ["Santa Rita Medical Center", "Rincon Orthopedic Institute",
                         "Huachuca Valley Hospital", "Yuma Colorado River Hospital"],
}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def pick_weighted(items, weights, x):
    total = sum(weights)
    r = x % total
    for it, w in zip(items, weights):
        if r < w:
            return it
        r -= w
    return items[-1]


def month_starts():
    d = PLAN_START
    while d <= AS_OF:
        yield d
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def month_end(d):
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def amount_in(rng, x):
    lo, hi = rng
    return lo + x % (hi - lo + 1)


def core_type(product, x):
    if product in DISPOSABLES:
        return "new" if x % 20 < 4 else "reorder"
    m = x % 20
    return "swap" if m < 3 else ("new" if m < 8 else "reorder")


used_ids = set()


def new_id(key):
    n = 20000 + h("id|" + key) % 80000
    while n in used_ids:
        n = 20000 + (n - 20000 + 7919) % 80000
    used_ids.add(n)
    return f"CPL-{n}"


deals = []  # deal-level dicts (before splits)
for (sid, mgr, terr, role, start, end, qc, qk, pace, mix, capwins) in ROSTER:
    first = dt.date.fromisoformat(start) if start else PLAN_START
    last = min(dt.date.fromisoformat(end), AS_OF) if end else AS_OF
    accts = [a for a, _ in ACCOUNTS[terr]]
    wts = [w for _, w in ACCOUNTS[terr]]
    prods = list(CORE)
    for ms in month_starts():
        me = month_end(ms)
        lo = max(ms, first)
        hi = min(me, last)
        if lo > hi:
            continue
        span = (hi - lo).days + 1
        frac = span / ((me - ms).days + 1)
        key = f"{sid}|{ms:%Y-%m}"
        jitter = (h(key + "|n") % 7) - 3
        n_won = max(0, round((pace + jitter) * frac))
        n_lost = max(0, round((pace / 3 + (h(key + "|l") % 3) - 1) * frac))
        for stage, n in (("won", n_won), ("lost", n_lost)):
            for k in range(n):
                x = h(f"{key}|{stage}|{k}")
                product = pick_weighted(prods, MIX[mix], x // 3)
                account = pick_weighted(accts, wts, x // 101)
                close = lo + dt.timedelta(days=(x // 7) % span)
                if stage == "won":
                    amt = amount_in(CORE[product], x // 13)
                else:
                    a, b = CORE[product]
                    amt = round((a + b) / 2, -2)
                deals.append(dict(key=f"{key}|{stage}|{k}", x=x, seller=sid, terr=terr,
                                  account=account, product=product,
                                  type=core_type(product, x // 17), amount=int(amt),
                                  close=close, stage=stage, prob=""))
    # capital wins spread over the active part of the year to date
    span_all = (last - first).days + 1
    caccts = CAPITAL_ACCOUNTS[terr]
    for k in range(capwins):
        x = h(f"{sid}|capital|won|{k}")
        product = "Lodestar Navigation System" if x % 3 == 0 else "Saber Power System"
        close = first + dt.timedelta(days=(span_all * k) // capwins + (x // 5) % max(1, span_all // capwins))
        m = (x // 11) % 4
        typ = "swap" if m == 0 else ("new" if m < 3 else "reorder")
        deals.append(dict(key=f"{sid}|capital|won|{k}", x=x, seller=sid, terr=terr,
                          account=caccts[(x // 23) % len(caccts)], product=product, type=typ,
                          amount=amount_in(CAPITAL[product], x // 29) // 100 * 100,
                          close=close, stage="won", prob=""))
    for k in range(1 + h(sid + "|caplost") % 2):
        x = h(f"{sid}|capital|lost|{k}")
        product = "Lodestar Navigation System" if x % 2 == 0 else "Saber Power System"
        a, b = CAPITAL[product]
        deals.append(dict(key=f"{sid}|capital|lost|{k}", x=x, seller=sid, terr=terr,
                          account=caccts[(x // 23) % len(caccts)], product=product,
                          type="new" if x % 3 else "swap", amount=int(round((a + b) / 2, -3)),
                          close=first + dt.timedelta(days=(x // 7) % span_all), stage="lost",
                          prob=""))
    if end:
        continue  # a leaver has no open deals
    n_open = 6 + h(sid + "|open") % 9
    for k in range(n_open):
        x = h(f"{sid}|open|{k}")
        product = pick_weighted(prods, MIX[mix], x // 3)
        a, b = CORE[product]
        deals.append(dict(key=f"{sid}|open|{k}", x=x, seller=sid, terr=terr,
                          account=pick_weighted(accts, wts, x // 101), product=product,
                          type=core_type(product, x // 17), amount=int(round((a + b) / 2, -2)),
                          close=AS_OF - dt.timedelta(days=25) + dt.timedelta(days=(x // 7) % 130),
                          stage="open", prob=["0.2", "0.4", "0.6", "0.8"][(x // 19) % 4]))
    for k in range(1 + h(sid + "|capopen") % 3):
        x = h(f"{sid}|capital|open|{k}")
        product = "Lodestar Navigation System" if x % 2 == 0 else "Saber Power System"
        a, b = CAPITAL[product]
        deals.append(dict(key=f"{sid}|capital|open|{k}", x=x, seller=sid, terr=terr,
                          account=caccts[(x // 23) % len(caccts)], product=product,
                          type="new" if x % 3 else "swap", amount=int(round((a + b) / 2, -3)),
                          close=AS_OF - dt.timedelta(days=10) + dt.timedelta(days=(x // 7) % 120),
                          stage="open", prob=["0.2", "0.4", "0.6", "0.8"][(x // 19) % 4]))

rows = []
for d in deals:
    x = d["x"]
    cancel = ""
    stage = d["stage"]
    pulled = d["close"] + dt.timedelta(days=4 + (x // 37) % 140)
    if stage == "won" and d["close"] <= CANCEL_BY and (x // 31) % 26 == 0 and pulled <= AS_OF:
        stage = "cancelled"
        cancel = pulled.isoformat()
    line = dict(id=new_id(d["key"]), seller=d["seller"], account=d["account"],
                name=f"{d['account']} {d['product']}", type=d["type"], product=d["product"],
                amount=f"{d['amount']}.00", close_date=d["close"].isoformat(), stage=stage,
                split="1", probability=d["prob"], cancel_date=cancel, currency="USD")
    partner = None
    if d["product"] in CAPITAL and d["seller"] != SPECIALIST and stage in ("won", "cancelled"):
        partner, share = SPECIALIST, ("0.6", "0.4")
    elif (d["seller"] in MENTOR and stage in ("won", "cancelled") and d["close"].month in (2, 3)
          and (x // 41) % 3 == 0):
        partner, share = MENTOR[d["seller"]], ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
    else:
        rows.append(line)

rows.sort(key=lambda r: (r["seller"], r["close_date"], r["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:core", "quota:capital"])
    for (sid, mgr, terr, role, start, end, qc, qk, *_rest) in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qc, qk])
print(len(rows), "deal lines;",
      {s: sum(1 for r in rows if r["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
