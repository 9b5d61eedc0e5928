#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfortysecond workspace (Laurentide Business
Imaging Ltd., an invented Canadian office-equipment and managed-print dealer with branches in
Mississauga, Ottawa and Calgary; plan year 1 April 2026 - 31 March 2027, CAD, QUARTERLY payouts).
Invented data: nothing is read from outside this script. Standard library only; deterministic
(one random.Random stream with a fixed seed, no clock). Run: python3 gen_deals.py

- 16 reps under 3 branch managers (ROSTER below). Won, lost and cancelled deals close between
  1 April 2026 and the as-of date, 13 November 2026; open quotes are expected to close from
  14 November 2026 to 31 March 2027 (probability 0.6 "short list", 0.3 "quoted", 0.1 "early").
- Products. Equipment (the deal amount is the order's GROSS PROFIT in CAD, plan.md 3.3):
  Colour MFP, Mono MFP, Desktop Printer, Production Press, Wide Format Plotter.
  Service contracts (the deal amount is the CONTRACT VALUE over its term, term_months 36-60):
  Click Contract, Managed Print Agreement.
- Accounts: each rep has a book of 16 invented accounts of their territory (a place and a kind of
  business; Major Accounts 22, with the MAJOR list); the Production Specialist sells to the print
  shops (PRESS), and every other rep's Production Press goes to a print shop. About half of the
  accounts are Laurentide customers on 1 April 2026.
- Types, in close-date order: "new" (a conquest: an account with no won deal yet), "upgrade" (a
  refresh: equipment, or a service contract 65% of the time, for an account we already serve),
  "renewal" (a service contract re-papered for a new term, the other 35%).
- Splits (plan.md 3.5): every won or cancelled Production Press deal of a rep other than Nadia
  Petrenko (the Production Specialist) is two lines with the same id: 70% to the rep, 30% to her.
- Cancellations ("unwinds"): about 1 in 20 won deals closed on or before 2026-10-31 is drawn for
  a cancellation 5-150 days after close, kept only when that date is before the as-of date (the
  rest stay won); plan.md 11: clawed back within 90 days.
- Roster: Colleen Fitzgerald (Major Accounts) and Nadia Petrenko (Production Specialist) carry
  their own quotas. Brendan Yuen joined on 2026-08-17; Tyler MacIsaac left on 2026-09-30.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(242)
PLAN_START = dt.date(2026, 4, 1)
AS_OF = dt.date(2026, 11, 13)
PLAN_END = dt.date(2027, 3, 31)
CANCEL_BY = dt.date(2026, 10, 31)

# id, display name, manager, territory, role, start, end, quota:egp, quota:ncv,
# equipment deals a month, service deals a month, GP size factor, product mix
ROSTER = [
    ("Ryan Dubois", "Ryan Dubois", "Dana Kowalchuk", "GTA West", "Account Executive", "", "", "", "", 4.2, 1.3, 1.05, "std"),
    ("Priyanka Sethi", "Priyanka Sethi", "Dana Kowalchuk", "GTA West", "Account Executive", "", "", "", "", 5.0, 1.6, 1.15, "colour"),
    ("Marc Tremblay", "Marc Tremblay", "Dana Kowalchuk", "GTA West", "Account Executive", "", "", "", "", 3.0, 0.9, 0.9, "std"),
    ("Jordan Whitehorse", "Jordan Whitehorse", "Dana Kowalchuk", "GTA West", "Account Executive", "", "", "", "", 4.0, 1.9, 0.95, "service"),
    ("Stephanie Ng", "Stephanie Ng", "Dana Kowalchuk", "GTA West", "Account Executive", "", "", "", "", 2.4, 0.8, 0.85, "std"),
    ("Nadia Petrenko", "Nadia Petrenko", "Dana Kowalchuk", "GTA West", "Production Specialist", "", "", "70000.00", "", 1.1, 0.5, 1.0, "press"),
    ("Kevin O'Rourke", "Kevin O'Rourke", "Luc Gagnon", "Ottawa", "Account Executive", "", "", "", "", 4.6, 1.2, 1.1, "colour"),
    ("Amira Haddad", "Amira Haddad", "Luc Gagnon", "Ottawa", "Account Executive", "", "", "", "", 3.8, 1.5, 1.0, "std"),
    ("Tyler MacIsaac", "Tyler MacIsaac", "Luc Gagnon", "Ottawa", "Account Executive", "", "2026-09-30", "", "", 2.6, 0.7, 0.9, "std"),
    ("Chantal Lévesque", "Chantal Lévesque", "Luc Gagnon", "Ottawa", "Account Executive", "", "", "", "", 4.4, 1.1, 1.0, "mono"),
    ("Ryan Patel", "Ryan Patel", "Luc Gagnon", "Ottawa", "Account Executive", "", "", "", "", 3.4, 1.4, 0.95, "std"),
    ("Curtis Halvorsen", 'Curtis "Bud" Halvorsen', "Sheila Brandt", "Calgary", "Account Executive", "", "", "", "", 4.8, 1.0, 1.1, "std"),
    ("Megan Sorensen", "Megan Sorensen", "Sheila Brandt", "Calgary", "Account Executive", "", "", "", "", 3.6, 1.7, 1.0, "service"),
    ("Raj Gill", "Raj Gill", "Sheila Brandt", "Calgary", "Account Executive", "", "", "", "", 3.2, 1.0, 1.0, "colour"),
    ("Colleen Fitzgerald", "Colleen Fitzgerald", "Sheila Brandt", "Calgary", "Major Accounts Executive", "", "", "65000.00", "600000.00", 5.4, 1.4, 1.75, "major"),
    ("Brendan Yuen", "Brendan Yuen", "Sheila Brandt", "Calgary", "Account Executive", "2026-08-17", "", "", "", 3.0, 0.9, 0.85, "std"),
]
SPECIALIST = "Nadia Petrenko"

PLACES = {
    "GTA West": ["Meadowvale", "Streetsville", "Port Credit", "Erin Mills", "Clarkson",
                 "Cooksville", "Malton", "Churchill Meadows", "Brampton", "Oakville", "Milton",
                 "Hurontario", "Sheridan Park", "Applewood", "Lisgar", "Etobicoke Creek",
                 "Lakeview", "Bolton", "Georgetown", "Caledon"],
    "Ottawa": ["Rideau", "Bytown", "Glebe", "Kanata", "Orleans", "Barrhaven", "ByWard",
               "Gatineau", "Nepean", "Carleton Place", "Hintonburg", "Westboro", "Vanier",
               "Alta Vista", "Stittsville", "Manotick", "Sandy Hill", "Centretown", "Aylmer",
               "Kemptville"],
    "Calgary": ["Bow River", "Chinook", "Kensington", "Foothills", "Inglewood", "Crowfoot",
                "Okotoks", "Airdrie", "Cochrane", "Beltline", "Marda Loop", "Canmore",
                "Nose Hill", "Deerfoot", "Sunridge", "Mission", "Bridgeland", "High River",
                "Red Deer", "Banff Avenue"],
}
KINDS = ["Dental Group", "Law LLP", "Realty", "Family Clinic", "Auto Group", "Insurance Brokers",
         "Pharmacy", "Freight Lines", "Montessori", "Tool & Die", "Wealth Partners",
         "Cold Storage", "Engineering", "Accounting", "Chiropractic", "Architects", "Condos",
         "Customs Brokers", "Physiotherapy", "Veterinary Hospital", "Home Builders",
         "Survey Co", "Design Studio", "Pediatrics", "Community Health", "Roofing",
         "Credit Union", "Auto Body", "Brewing", "Feed & Seed", "Title Co", "Lodge Group",
         "Trucking", "Property Management", "Oilfield Supply", "Catering", "Consulting",
         "Collegiate", "Tenant Law", "Ag Services"]
MAJOR = ["Tamarack Energy Corp", "Bowness Regional Health", "Chinook Municipal District",
         "Westwind Pipelines Ltd", "Prairie Crown Insurance", "Elbow Valley School Authority",
         "Alberta Grain Terminals", "Summit Ridge Seniors Living"]
PRESS = ["Lakeshore Print & Copy", "Dixie Road Print Shop", "Bytown Reprographics",
         "Stampede Signworks", "Kingsway Litho", "Fraser Street Press", "Moncton Mailhouse",
         "Queen City Printers", "Rideau Reprographics", "Bow Valley Graphics"]

EQUIPMENT = {
    # product: (GP low, GP high) of one order, before the rep's size factor
    "Colour MFP": (1800, 6800),
    "Mono MFP": (900, 3600),
    "Desktop Printer": (180, 950),
    "Production Press": (11000, 38000),
    "Wide Format Plotter": (2200, 8500),
}
MIX = {
    "std": [("Colour MFP", 40), ("Mono MFP", 30), ("Desktop Printer", 24), ("Production Press", 2), ("Wide Format Plotter", 4)],
    "colour": [("Colour MFP", 55), ("Mono MFP", 20), ("Desktop Printer", 17), ("Production Press", 3), ("Wide Format Plotter", 5)],
    "mono": [("Colour MFP", 28), ("Mono MFP", 44), ("Desktop Printer", 22), ("Production Press", 2), ("Wide Format Plotter", 4)],
    "service": [("Colour MFP", 42), ("Mono MFP", 30), ("Desktop Printer", 24), ("Production Press", 1), ("Wide Format Plotter", 3)],
    "major": [("Colour MFP", 50), ("Mono MFP", 30), ("Desktop Printer", 12), ("Production Press", 3), ("Wide Format Plotter", 5)],
    "press": [("Production Press", 60), ("Wide Format Plotter", 30), ("Colour MFP", 10)],
}
SERVICE = {
    "Click Contract": (4500, 42000),
    "Managed Print Agreement": (28000, 165000),
}


def pick(weighted):
    total = sum(w for _, w in weighted)
    r = RNG.uniform(0, total)
    for item, w in weighted:
        r -= w
        if r <= 0:
            return item
    return weighted[-1][0]


def money(lo, hi, factor=1.0):
    cents = RNG.randint(int(lo * 100), int(hi * 100))
    cents = int(cents * factor)
    if RNG.random() < 0.55:
        cents = cents // 100 * 100          # whole dollars
    return cents


def fmt(cents):
    return f"{cents // 100}.{cents % 100:02d}"


def day_between(a, b):
    return a + dt.timedelta(days=RNG.randint(0, (b - a).days))


def month_starts():
    d = PLAN_START
    while d <= AS_OF:
        yield d
        d = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def month_end(d):
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def poisson(lam):
    # Knuth, on the shared stream
    L, k, p = pow(2.718281828459045, -lam), 0, 1.0
    while True:
        p *= RNG.random()
        if p <= L:
            return k
        k += 1


used_ids = set()


def new_id():
    while True:
        i = f"LBI-{RNG.randint(20000, 69999)}"
        if i not in used_ids:
            used_ids.add(i)
            return i


# Each rep's book of accounts: 16 of their territory (a place and a kind of business), about half
# already Laurentide customers on 1 April 2026; the Production Specialist sells to print shops,
# Major Accounts to the MAJOR list. Press deals of other reps go to the print shops too.
taken = set()
BOOK = {}
for r in ROSTER:
    rid, terr, mix = r[0], r[3], r[12]
    if mix == "press":
        BOOK[rid] = list(PRESS)
        continue
    book = list(MAJOR) if mix == "major" else []
    while len(book) < (22 if mix == "major" else 16):
        name = f"{RNG.choice(PLACES[terr])} {RNG.choice(KINDS)}"
        if name not in taken:
            taken.add(name)
            book.append(name)
    BOOK[rid] = book
served = set(a for b in BOOK.values() for a in b if RNG.random() < 0.5)

events = []   # (close, rep, product, stage, amount cents, account, prob, term)


def account_for(rid, product):
    if product == "Production Press" and rid != SPECIALIST:
        return RNG.choice(PRESS)
    return RNG.choice(BOOK[rid])


for (rid, _name, _mgr, terr, _role, start, end, _qe, _qn, eq_rate, sv_rate, gpf, mix) in ROSTER:
    first = dt.date.fromisoformat(start) if start else PLAN_START
    last = dt.date.fromisoformat(end) if end else AS_OF
    # each rep has a hot quarter and a slow one
    mood = {q: RNG.uniform(0.55, 1.45) for q in range(1, 5)}
    for m in month_starts():
        lo, hi = max(m, first), min(month_end(m), last)
        if lo > hi:
            continue
        share = ((hi - lo).days + 1) / ((month_end(m) - m).days + 1)
        q = (m.month - 4) % 12 // 3 + 1
        for _ in range(poisson(1.2 * eq_rate * share * mood[q])):
            product = pick(MIX[mix])
            account = account_for(rid, product)
            close = day_between(lo, hi)
            if RNG.random() < 0.27:
                events.append((close, rid, product, "lost", money(*EQUIPMENT[product]), account, "", ""))
            else:
                events.append((close, rid, product, "won", money(*EQUIPMENT[product], factor=gpf * mood[q] ** 0.5), account, "", ""))
        for _ in range(poisson(sv_rate * share)):
            product = "Managed Print Agreement" if RNG.random() < (0.45 if mix == "major" else 0.25) else "Click Contract"
            account = account_for(rid, product)
            close = day_between(lo, hi)
            term = str(RNG.choice([36, 48, 60, 60]))
            if RNG.random() < 0.22:
                events.append((close, rid, product, "lost", money(*SERVICE[product]), account, "", term))
            else:
                events.append((close, rid, product, "won", money(*SERVICE[product], factor=(2.0 if mix == "major" else 1.0)), account, "", term))
    if not end:
        for _ in range(RNG.randint(6, 14)):
            if RNG.random() < 0.7:
                product = pick(MIX[mix])
                amount, term = money(*EQUIPMENT[product]), ""
            else:
                product = "Click Contract" if RNG.random() < 0.7 else "Managed Print Agreement"
                amount, term = money(*SERVICE[product]), str(RNG.choice([36, 48, 60]))
            close = day_between(AS_OF + dt.timedelta(days=1), PLAN_END)
            events.append((close, rid, product, "open", amount, account_for(rid, product),
                           RNG.choice(["0.6", "0.3", "0.3", "0.1"]), term))

rows = []
for close, rid, product, stage, amount, account, prob, term in sorted(events):
    if product in SERVICE and account in served:
        typ = "renewal" if RNG.random() < 0.35 else "upgrade"
    else:
        typ = "upgrade" if account in served else "new"
    if stage == "won":
        served.add(account)
    cancel = ""
    if stage == "won" and close <= CANCEL_BY and RNG.random() < 0.05:
        back = close + dt.timedelta(days=RNG.randint(5, 150))
        if back < AS_OF:
            stage, cancel = "cancelled", back.isoformat()
    line = dict(id=new_id(), seller=rid, account=account, name=f"{account} {product}", type=typ,
                product=product, amount=fmt(amount), close_date=close.isoformat(), stage=stage,
                split="1", probability=prob, term_months=term, cancel_date=cancel, currency="CAD")
    if product == "Production Press" and rid != SPECIALIST and stage in ("won", "cancelled"):
        line["split"] = "0.7"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.3"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:egp", "quota:ncv"])
    for r in ROSTER:
        w.writerow(list(r[:9]))
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
