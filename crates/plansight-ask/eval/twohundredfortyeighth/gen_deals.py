#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfortyeighth workspace: Kea Motor Group Ltd,
an invented New Zealand dealer group with four sales teams on three yards (Penrose New Cars and
Penrose Used Cars in Auckland, Te Rapa in Hamilton, Riccarton in Christchurch). Plan year
1 April 2025 - 31 March 2026 (the New Zealand financial year), NZD, MONTHLY payouts.
Standard library only; deterministic (one random.Random with a fixed seed; no clock).
Run: python3 gen_deals.py

What a line is (plan.md 3):
- A vehicle line is one car sold ("a unit"): id KMnnnnn (the deal number), type new / used /
  demo, product = the body type (Hatch, Sedan, SUV, Ute, Van, EV), amount = the deal's FRONT-END
  GROSS in NZD (sale price less the car's cost, reconditioning and any over-allowance on the
  trade), not the sale price.
- A back-end line is F&I income the consultant wrote on a car they sold: id KMnnnnn-FIN / -MBI /
  -GAP / -PPF, type "fi", product Finance, MBI, GAP or Paint Protection, amount = the income the
  dealership keeps (finance commission, the insurance margin), same account, close date and split
  as its car.
- Stages: won (delivered), lost ("a walk": a customer who was written up and walked), open ("in
  the pencil": a deal being worked, with a probability and an expected delivery date),
  cancelled ("an unwind": the car handed back or the finance declined after delivery; its F&I
  lines are unwound with it). Some MBI and GAP policies are cancelled on their own later (a
  customer refinancing or selling the car): an F&I line cancelled alone.
- Half deals: about 7% of cars are shared by two consultants of the same team, two lines with
  the same id, split 0.5 each (their F&I lines too).
- Won lines close 1 April 2025 - 13 February 2026 (the AS-OF date); open deals are expected
  3 February - 31 March 2026 (some overdue at the as-of date).
- Roster: 20 consultants under 4 sales managers (manager, territory = team). Two Senior
  Consultants carry their own monthly front-end target (quota:front). Leilani Aumua joined
  2025-09-08, Toby Reihana 2025-11-17, Hannah Stewart 2026-01-12 (new starters ramp up over three
  months); Dean Fahey left 2025-12-19.
"""
import calendar
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20260213)
PLAN_START = dt.date(2025, 4, 1)
AS_OF = dt.date(2026, 2, 13)
PLAN_END = dt.date(2026, 3, 31)

# id, manager, territory, role, start, end, quota:front, units a month, gross factor,
# F&I skill, walk ratio
ROSTER = [
    ("Sione Taufa", "Shane Kereama", "Penrose New Cars", "Senior Consultant", "", "", "36000.00", 14.5, 1.1, 1.15, 0.5),
    ("Mere Pomare", "Shane Kereama", "Penrose New Cars", "Sales Consultant", "", "", "", 10.5, 1.0, 1.05, 0.6),
    ("Jayden Fifita", "Shane Kereama", "Penrose New Cars", "Sales Consultant", "", "", "", 8.0, 0.9, 0.8, 0.8),
    ("Raj Patel", "Shane Kereama", "Penrose New Cars", "Sales Consultant", "", "", "", 11.5, 1.05, 1.3, 0.55),
    ("Hannah Stewart", "Shane Kereama", "Penrose New Cars", "Sales Consultant", "2026-01-12", "", "", 9.0, 0.9, 0.9, 0.9),
    ("Tama Hohaia", "Donna Whitcombe", "Penrose Used Cars", "Sales Consultant", "", "", "", 9.5, 1.15, 1.0, 0.6),
    ("Kylie Brougham", "Donna Whitcombe", "Penrose Used Cars", "Sales Consultant", "", "", "", 11.0, 1.0, 1.15, 0.55),
    ("Wiremu Parata", "Donna Whitcombe", "Penrose Used Cars", "Sales Consultant", "", "", "", 7.0, 0.95, 0.7, 0.9),
    ("Ashleigh Roberts", "Donna Whitcombe", "Penrose Used Cars", "Sales Consultant", "", "", "", 9.0, 1.05, 1.0, 0.65),
    ("Josh Mulholland", "Donna Whitcombe", "Penrose Used Cars", "Sales Consultant", "", "", "", 8.5, 0.95, 0.9, 0.7),
    ("Nikau Walker", "Rawiri Tane", "Te Rapa", "Sales Consultant", "", "", "", 12.0, 1.0, 1.1, 0.5),
    ("Jess Carmody", "Rawiri Tane", "Te Rapa", "Sales Consultant", "", "", "", 9.5, 1.0, 1.2, 0.6),
    ("Dean Fahey", "Rawiri Tane", "Te Rapa", "Sales Consultant", "", "2025-12-19", "", 8.0, 0.95, 0.85, 0.7),
    ("Leilani Aumua", "Rawiri Tane", "Te Rapa", "Sales Consultant", "2025-09-08", "", "", 8.5, 0.95, 1.0, 0.8),
    ("Josh Tapsell", "Rawiri Tane", "Te Rapa", "Sales Consultant", "", "", "", 10.0, 1.05, 0.95, 0.6),
    ("Gemma O'Driscoll", "Craig McAllister", "Riccarton", "Senior Consultant", "", "", "34000.00", 13.5, 1.1, 1.1, 0.5),
    ("Mitchell van Rooyen", "Craig McAllister", "Riccarton", "Sales Consultant", "", "", "", 9.5, 1.0, 0.95, 0.65),
    ("Anjali Sharma", "Craig McAllister", "Riccarton", "Sales Consultant", "", "", "", 10.0, 0.95, 1.25, 0.6),
    ("Blair Cunningham", "Craig McAllister", "Riccarton", "Sales Consultant", "", "", "", 7.5, 1.0, 0.75, 0.85),
    ("Toby Reihana", "Craig McAllister", "Riccarton", "Sales Consultant", "2025-11-17", "", "", 9.0, 0.95, 0.9, 0.8),
]
# type mix per team: new, used, demo
MIX = {
    "Penrose New Cars": (0.76, 0.04, 0.20),
    "Penrose Used Cars": (0.0, 0.94, 0.06),
    "Te Rapa": (0.45, 0.40, 0.15),
    "Riccarton": (0.40, 0.46, 0.14),
}
PRODUCTS = ["Hatch", "Sedan", "SUV", "Ute", "Van", "EV"]
PRODUCT_MIX = {
    "new": (0.20, 0.10, 0.34, 0.20, 0.05, 0.11),
    "demo": (0.22, 0.12, 0.32, 0.18, 0.06, 0.10),
    "used": (0.26, 0.15, 0.29, 0.22, 0.05, 0.03),
}
RURAL_MIX = (0.15, 0.07, 0.33, 0.35, 0.06, 0.04)  # Te Rapa sells more utes
MODELS = {
    "Hatch": ["Corolla hatch", "Swift", "Yaris", "i30", "Mazda3"],
    "Sedan": ["Camry", "Mazda6", "Corolla sedan", "Accord"],
    "SUV": ["RAV4", "CX-5", "Outlander", "Tucson", "Highlander"],
    "Ute": ["Hilux SR5", "Ranger XLT", "Triton", "BT-50", "Navara"],
    "Van": ["Hiace", "Transit Custom", "Staria"],
    "EV": ["Leaf", "Ioniq 5", "Atto 3", "MG4"],
}
# front-end gross range (NZD) by type and product
GROSS = {
    "new": {"Hatch": (900, 2400), "Sedan": (1100, 2700), "SUV": (1600, 3900), "Ute": (2000, 5200),
            "Van": (1400, 3300), "EV": (600, 2300)},
    "demo": {"Hatch": (500, 1600), "Sedan": (600, 1800), "SUV": (900, 2600), "Ute": (1200, 3200),
             "Van": (800, 2200), "EV": (400, 1500)},
    "used": {"Hatch": (1200, 3300), "Sedan": (1300, 3600), "SUV": (1800, 4800), "Ute": (2200, 6200),
             "Van": (1500, 4000), "EV": (900, 2800)},
}
FI = [  # product, suffix, base take-up, income range
    ("Finance", "FIN", 0.50, (350, 1500)),
    ("MBI", "MBI", 0.38, (250, 950)),
    ("GAP", "GAP", 0.22, (150, 450)),
    ("Paint Protection", "PPF", 0.30, (199, 699)),
]
SEASON = {4: 0.95, 5: 1.0, 6: 1.1, 7: 0.9, 8: 0.95, 9: 1.0, 10: 1.0, 11: 1.05, 12: 1.1, 1: 0.8, 2: 1.0}
FLEET = [
    "Waikato Earthmovers", "Harbour City Plumbing", "Southern Alps Drainage", "Kaimai Fencing",
    "Tamaki Sparkies", "Manukau Courier Co", "Otara Scaffolding", "Hornby Roofing",
    "Canterbury Irrigation", "Papakura Landscapes", "Te Awamutu Dairy Services",
    "Hamilton Lawn & Garden", "North Shore Electrical", "Cambridge Equine Transport",
    "Rolleston Concrete", "Onehunga Glass", "Avondale Builders", "Morrinsville Vets",
    "Halswell Joinery", "Raglan Surf Hire",
]
SURNAMES = [
    "Tipene", "Henare", "Nguyen", "Singh", "Kaur", "Smith", "Brown", "Wilson", "Taylor", "Thompson",
    "Tuilagi", "Faleolo", "Chen", "Li", "Wang", "Zhang", "Kim", "Lee", "Murphy", "Kelly",
    "Robinson", "Hughes", "Morgan", "Reid", "Bell", "Fraser", "Grant", "Rangi", "Te Whata",
    "Paewai", "Horomona", "Manu", "Leota", "Sapolu", "Tanielu", "Fonoti", "Vaifale", "MacDonald",
    "McKenzie", "Campbell", "Gray", "Hunt", "Barker", "Dunn", "Cooper", "Marsh", "Bishop",
    "Beattie", "Jansen", "de Vries", "Bakker", "Kumar", "Reddy", "Gill", "Sandhu", "Matiu",
    "Poutama", "Karaka", "Latu", "Vake", "Ioane", "Ah Kuoi", "Dobson", "Ferguson", "Harrison",
    "Lowe", "O'Brien", "Quinn", "Sutherland", "Whyte",
]
INITIALS = "ABCDGHJKLMPRST"


def pick(weights):
    x = rng.random() * sum(weights)
    for i, w in enumerate(weights):
        x -= w
        if x < 0:
            return i
    return len(weights) - 1


def money(lo, hi, factor=1.0):
    return round(rng.uniform(lo, hi) * factor, 2)


def customer(product):
    if product in ("Ute", "Van") and rng.random() < 0.3:
        return rng.choice(FLEET)
    if product == "SUV" and rng.random() < 0.05:
        return rng.choice(FLEET)
    return f"{rng.choice(INITIALS)}. {rng.choice(SURNAMES)}"


def active(sid):
    r = INFO[sid]
    s = dt.date.fromisoformat(r[4]) if r[4] else PLAN_START
    e = dt.date.fromisoformat(r[5]) if r[5] else PLAN_END
    return s, e


INFO = {r[0]: r for r in ROSTER}
TEAM = {}
for r in ROSTER:
    TEAM.setdefault(r[2], []).append(r[0])

rows = []
deal_no = [4100]


def next_id():
    deal_no[0] += rng.randint(1, 3)
    return f"KM{deal_no[0]:05d}"


def vehicle(sid, close):
    r = INFO[sid]
    team = r[2]
    typ = ["new", "used", "demo"][pick(MIX[team])]
    mix = RURAL_MIX if team == "Te Rapa" else PRODUCT_MIX[typ]
    product = PRODUCTS[pick(mix)]
    lo, hi = GROSS[typ][product]
    return typ, product, lo, hi


def line(did, sid, account, name, typ, product, amount, close, stage, split="1", prob="",
         cancel=""):
    return dict(id=did, seller=sid, account=account, name=name, type=typ, product=product,
                amount=f"{amount:.2f}", close_date=close.isoformat() if close else "", stage=stage,
                split=split, probability=prob, cancel_date=cancel, currency="NZD")


months = []
m = PLAN_START
while m <= AS_OF:
    months.append(m)
    m = (m.replace(day=28) + dt.timedelta(days=4)).replace(day=1)

events = []  # (close, sid) for every car sold, in a stable order
for r in ROSTER:
    sid, units = r[0], r[7]
    s, e = active(sid)
    for m in months:
        last = m.replace(day=calendar.monthrange(m.year, m.month)[1])
        lo, hi = max(m, s), min(last, e, AS_OF)
        if lo > hi:
            continue
        days = (hi - lo).days + 1
        share = days / ((last - m).days + 1)
        ramp = 1.0
        if r[4]:
            k = (m.year - s.year) * 12 + m.month - s.month
            ramp = (0.35, 0.6, 0.85)[k] if k < 3 else 1.0
        mu = units * SEASON[m.month] * share * ramp
        n = max(0, round(rng.gauss(mu, mu * 0.22)))
        for _ in range(n):
            events.append((lo + dt.timedelta(days=rng.randrange(days)), sid, "won"))
        walks = max(0, round(rng.gauss(n * r[10], 1.0)))
        for _ in range(walks):
            events.append((lo + dt.timedelta(days=rng.randrange(days)), sid, "lost"))

events.sort(key=lambda x: (x[0], ROSTER.index(INFO[x[1]]), x[2]))
for close, sid, stage in events:
    r = INFO[sid]
    did = next_id()
    typ, product, lo, hi = vehicle(sid, close)
    account = customer(product)
    name = f"{rng.choice(MODELS[product])} ({typ})"
    if stage == "lost":
        amount = money(lo, hi)
        rows.append(line(did, sid, account, name, typ, product, amount, close, "lost"))
        continue
    amount = money(lo, hi, r[8])
    sellers = [sid]
    if rng.random() < 0.07:
        mates = [x for x in TEAM[r[2]] if x != sid and active(x)[0] <= close <= active(x)[1]]
        if mates:
            sellers.append(rng.choice(mates))
    split = "0.5" if len(sellers) == 2 else "1"
    vstage, vcancel = "won", ""
    if rng.random() < 0.028:
        late = rng.random() < 0.2
        c = close + dt.timedelta(days=rng.randint(95, 150) if late else rng.randint(2, 45))
        if c <= AS_OF:
            vstage, vcancel = "cancelled", c.isoformat()
    lines = [(did, account, name, typ, product, amount, vstage, vcancel)]
    fleet = account in FLEET
    for fprod, suffix, p, (flo, fhi) in FI:
        p = p * INFO[sellers[0]][9] * (0.5 if fleet and fprod == "Finance" else 1.0)
        p = p * (0.4 if product == "EV" and fprod == "MBI" else 1.0)
        if rng.random() < min(p, 0.95):
            fstage, fcancel = vstage, vcancel
            if fstage == "won" and fprod in ("MBI", "GAP") and rng.random() < 0.05:
                c = close + dt.timedelta(days=rng.randint(20, 240))
                if c <= AS_OF:
                    fstage, fcancel = "cancelled", c.isoformat()
            lines.append((f"{did}-{suffix}", account, f"{fprod} on {did}", "fi", fprod,
                          money(flo, fhi), fstage, fcancel))
    for (lid, acc, nm, t, prod, amt, st, canc) in lines:
        for sel in sellers:
            rows.append(line(lid, sel, acc, nm, t, prod, amt, close, st, split, "", canc))

# the pencil: open deals of every consultant on the roster at the as-of date
for r in ROSTER:
    sid = r[0]
    s, e = active(sid)
    if e < AS_OF:
        continue
    for _ in range(rng.randint(3, 9)):
        did = next_id()
        close = AS_OF + dt.timedelta(days=rng.randint(-10, 46))
        typ, product, lo, hi = vehicle(sid, close)
        account = customer(product)
        name = f"{rng.choice(MODELS[product])} ({typ})"
        prob = rng.choice(["0.25", "0.4", "0.5", "0.6", "0.75"])
        rows.append(line(did, sid, account, name, typ, product, money(lo, hi), close, "open",
                         "1", prob))

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
                "quota:front"])
    for r in ROSTER:
        w.writerow([r[0], r[0], r[1], r[2], r[3], r[4], r[5], r[6]])
print(len(rows), "lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
