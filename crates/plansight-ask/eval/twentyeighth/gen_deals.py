#!/usr/bin/env python3
"""Generate deals.csv and sellers.csv for the twentyeighth workspace
(Laurentide Bureautique, Account Representative plan FY2026, 1 April 2025 - 31 March 2026).

Standard library only; seeded, so every run writes the same files beside this script.

Won deals close 1 April 2025 - 13 February 2026 (the set's as-of date); open pipeline
closes after it. Hardware lines carry the deal's gross profit (GP) as booked by Finance;
service lines (MPS, Managed IT) carry the first-year contract value.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20260213)

PLAN_START = dt.date(2025, 4, 1)
PLAN_END = dt.date(2026, 3, 31)
AS_OF = dt.date(2026, 2, 13)
DEFAULT_HW_QUOTA = 320000
SVC_QUOTAS = [45000, 50000, 55000, 50000]

MTL, QC, OTT = "Montréal", "Québec City", "Ottawa-Gatineau"
MANAGERS = {MTL: "Isabelle Fortier", QC: "Marc-André Gagnon", OTT: "Heather MacLeod"}

# name, territory, start, end, hw quota override, hw attainment wanted at as-of (of the
# full-year quota, prorated for part-year reps), service level (share of quarterly quota)
REPS = [
    ("Jean-François Bélanger", MTL, None, None, 420000, 1.16, 1.15),
    ("Stéphanie Roy", MTL, None, None, None, 0.955, 0.85),
    ("Maxime Tremblay", MTL, None, None, None, 0.74, 1.05),
    ("Olivia Chen", MTL, None, None, None, 0.53, 0.70),
    ("Patrick O'Neill", MTL, None, dt.date(2025, 11, 28), None, 0.62, 0.60),
    ("Jean-François Côté", QC, None, None, None, 1.62, 0.95),
    ("Geneviève Pelletier", QC, None, None, 400000, 1.03, 1.30),
    ("Mathieu Bouchard", QC, None, None, None, 0.66, 0.55),
    ("Annie Lévesque", QC, dt.date(2025, 9, 2), None, None, 0.22, 0.45),
    ("Ryan Kowalski", OTT, None, None, 360000, 0.89, 0.90),
    ("Priyanka Sharma", OTT, None, None, None, 1.11, 1.45),
    ("Émilie Gauthier", OTT, None, None, None, 0.47, 0.75),
    ("Daniel Wright", OTT, None, None, None, 0.81, 0.65),
    ("Kevin Murphy", OTT, dt.date(2025, 11, 3), None, None, 0.12, 0.30),
]

# Account names are made of a trade and a place of the territory; each is used once.
TRADES = {
    MTL: ["Notaires", "Clinique Dentaire", "Groupe Immobilier", "Transport", "Avocats", "Pharmacie",
          "Imprimerie", "Assurances", "Ingénierie", "CPA", "Logistique", "Clinique Vétérinaire",
          "Architectes", "Brasserie", "Groupe Médical", "Studio", "Manufacture", "Résidence",
          "Garage", "Fondation", "Traiteur", "Laboratoires"],
    QC: ["Notaires", "Chantier Naval", "Clinique Médicale", "Assurances", "Quincaillerie",
         "Groupe Santé", "Hôtel", "Imprimerie", "Architectes", "Transports", "Fromagerie",
         "Comptables", "Distribution", "Clinique Physio", "Coopérative", "Meubles", "Garage",
         "Arpenteurs", "Résidence", "Caisse d'économie"],
    OTT: ["Legal LLP", "Dental Group", "Accounting", "Auto Group", "Property Management",
          "Architects", "Home Builders", "Veterinary Hospital", "Co-op", "Insurance Brokers",
          "Physio", "Print House", "Realty", "Engineering", "Family Clinic", "Credit Union",
          "Logistique", "Chartered Accountants", "Montessori School", "Surveyors"],
}
PLACES = {
    MTL: ["Rosemont", "Outremont", "Verdun", "Lachine", "Anjou", "Griffintown", "Saint-Henri",
          "Ville-Marie", "Beaubien", "Laval-Nord", "Longueuil", "Brossard", "Pointe-Claire",
          "Mile End", "Ahuntsic", "Saint-Laurent", "Boucherville", "Terrebonne", "Plateau",
          "Villeray"],
    QC: ["Sainte-Foy", "Cap-Rouge", "Beauport", "Limoilou", "Sillery", "Charlesbourg",
         "Lévis", "Lebourgneuf", "Portneuf", "Montmorency", "Lotbinière", "Saint-Augustin",
         "Val-Bélair", "Loretteville", "Saint-Romuald", "Vieux-Port", "Beaupré", "Stoneham"],
    OTT: ["Rideau", "Kanata", "Bytown", "Gatineau", "Carleton", "Glebe", "Orleans", "Nepean",
          "Aylmer", "Barrhaven", "ByWard", "Hintonburg", "Westboro", "Stittsville", "Chelsea",
          "Hull", "Vanier", "Manotick", "Alta Vista", "Cumberland"],
}
USED = set()


def account_name(terr):
    while True:
        t = RNG.choice(TRADES[terr])
        p = RNG.choice(PLACES[terr])
        if terr == OTT:
            name = f"{p} {t}"
        elif t in ("Notaires", "Avocats", "Architectes", "Comptables", "Arpenteurs"):
            name = f"{t} {RNG.choice(['Pothier', 'Marchand', 'Gendron', 'Juneau', 'Giroux', 'Lussier', 'Boivin', 'Dufresne', 'Paquette', 'Morin'])} {p}"
        else:
            name = f"{t} {p}"
        if name not in USED:
            USED.add(name)
            return name


HW_PRODUCTS = [  # product, weight, GP range before scaling to the rep's target
    ("Colour MFP", 50, (2200, 14000)),
    ("Mono MFP", 28, (900, 4600)),
    ("Wide Format", 9, (3000, 12500)),
    ("Production Press", 4, (18000, 52000)),
]
SVC_PRODUCTS = [("MPS", 70, (6000, 42000)), ("Managed IT", 30, (12000, 68000))]
TYPES = [("new", 30), ("add-on", 35), ("refresh", 35)]

MONTH_WEIGHT = {4: 0.8, 5: 0.9, 6: 1.4, 7: 0.7, 8: 0.8, 9: 1.3, 10: 1.0, 11: 1.1, 12: 1.5,
                1: 0.8, 2: 0.9, 3: 1.4}


def pick(options):
    total = sum(o[1] for o in options)
    r = RNG.uniform(0, total)
    for o in options:
        r -= o[1]
        if r <= 0:
            return o
    return options[-1]


HOLIDAYS = {dt.date(2025, 4, 18), dt.date(2025, 4, 21), dt.date(2025, 5, 19), dt.date(2025, 6, 24),
            dt.date(2025, 7, 1), dt.date(2025, 9, 1), dt.date(2025, 10, 13), dt.date(2025, 12, 25),
            dt.date(2025, 12, 26), dt.date(2026, 1, 1), dt.date(2026, 1, 2)}


def business_days(a, b):
    d = a
    out = []
    while d <= b:
        if d.weekday() < 5 and d not in HOLIDAYS:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def random_close(a, b):
    days = business_days(a, b)
    w = [MONTH_WEIGHT[d.month] * (1.6 if d.day >= 20 else 1.0) for d in days]
    return RNG.choices(days, weights=w)[0]


def quarter_bounds(q):
    starts = [dt.date(2025, 4, 1), dt.date(2025, 7, 1), dt.date(2025, 10, 1), dt.date(2026, 1, 1)]
    ends = [dt.date(2025, 6, 30), dt.date(2025, 9, 30), dt.date(2025, 12, 31), dt.date(2026, 3, 31)]
    return starts[q], ends[q]


def money(x):
    return f"{x:.2f}"


next_id = [24100]


def new_id():
    next_id[0] += RNG.randint(3, 29)
    return f"LB-{next_id[0]}"


def deal_name(account, product, typ, term):
    if product == "Colour MFP":
        n = RNG.choice([1, 1, 2, 2, 3, 4, 6])
        what = f"{n}x colour MFP"
    elif product == "Mono MFP":
        n = RNG.choice([1, 2, 2, 3, 5])
        what = f"{n}x mono MFP"
    elif product == "Wide Format":
        what = "wide-format plotter"
    elif product == "Production Press":
        what = "production press"
    elif product == "MPS":
        what = RNG.choice(["MPS per-click agreement", "MPS fleet contract", "MPS cost-per-page"])
    else:
        what = RNG.choice(["Managed IT help desk", "Managed IT + backup", "Managed IT network care"])
    lead = {"new": "New", "add-on": "Add-on", "refresh": "Lease refresh"}[typ]
    return f"{account} - {lead}: {what} ({term} mo)"


def hw_term():
    return RNG.choice([36, 48, 60, 60, 60, 63])


def svc_term(product):
    if product == "MPS":
        return RNG.choice([36, 48, 60, 60])
    return RNG.choice([12, 24, 36, 36, 60])


rows = []
sellers = []
OWNED = {}
USED.update({"Imprimerie Ville-Marie", "Imprimerie Laurentienne", "ByWard Print House"})

for (name, terr, start, end, quota, att, svc_level) in REPS:
    a = max(start or PLAN_START, PLAN_START)
    b = min(end or AS_OF, AS_OF)
    full_quota = quota or DEFAULT_HW_QUOTA
    active_days = ((end or PLAN_END) - (start or PLAN_START)).days + 1
    prorated = full_quota * active_days / 365
    target = att * prorated
    owned = [account_name(terr) for _ in range(4 if start else 8)]  # the book of business
    OWNED[name] = owned
    opened = []  # accounts this rep opened this year

    def account_for(typ, when, keep=True):
        if typ == "new":
            acct = account_name(terr)
            if keep:
                opened.append((acct, when))
            return acct
        if typ == "refresh":
            return RNG.choice(owned)
        return RNG.choice(owned + [acct for acct, since in opened if since < when])

    # hardware wins: draw deals until past target, then scale to the target exactly
    deals = []
    total = 0.0
    while total < target:
        prod, _, (lo, hi) = pick(HW_PRODUCTS)
        typ = pick(TYPES)[0]
        gp = RNG.uniform(lo, hi)
        deals.append([random_close(a, b), prod, typ, gp])
        total += gp
    # service wins, quarter by quarter
    for q in range(4):
        qa, qb = quarter_bounds(q)
        qa, qb = max(qa, a), min(qb, b)
        if qa > qb:
            continue
        share = ((qb - qa).days + 1) / ((quarter_bounds(q)[1] - quarter_bounds(q)[0]).days + 1)
        want = SVC_QUOTAS[q] * svc_level * share * RNG.uniform(0.6, 1.4)
        got = 0.0
        while got < want * 0.9:
            prod, _, (lo, hi) = pick(SVC_PRODUCTS)
            if terr == QC and prod == "Managed IT" and RNG.random() < 0.6:
                prod, lo, hi = "MPS", 6000, 42000
            remaining = want - got
            if remaining >= hi:
                val = RNG.uniform(lo, hi)
            else:
                val = RNG.uniform(lo, max(lo * 1.3, remaining * 1.1))
            typ = pick([("new", 25), ("add-on", 45), ("refresh", 30)])[0]
            deals.append([random_close(qa, qb), prod, typ, val])
            got += val
    scale = target / total
    deals.sort(key=lambda d: d[0])
    for close, prod, typ, value in deals:
        service = prod in ("MPS", "Managed IT")
        amount = round(value if service else value * scale, 2)
        acct = account_for(typ, close)
        term = svc_term(prod) if service else hw_term()
        rows.append(dict(id=new_id(), seller=name, amount=money(amount),
                         close_date=close.isoformat(), stage="won", type=typ,
                         product=prod, split="1", probability="", term_months=str(term),
                         cancel_date="", account=acct, name=deal_name(acct, prod, typ, term)))

    # lost opportunities
    for _ in range(RNG.randint(8, 18) if not start else RNG.randint(3, 6)):
        if RNG.random() < 0.75:
            prod, _, (lo, hi) = pick(HW_PRODUCTS)
        else:
            prod, _, (lo, hi) = pick(SVC_PRODUCTS)
        typ = pick(TYPES)[0]
        close = random_close(a, b)
        acct = account_for(typ, close, keep=False)
        term = hw_term() if prod not in ("MPS", "Managed IT") else svc_term(prod)
        rows.append(dict(id=new_id(), seller=name, amount=money(RNG.uniform(lo, hi)),
                         close_date=close.isoformat(), stage="lost", type=typ,
                         product=prod, split="1", probability="", term_months=str(term),
                         cancel_date="", account=acct, name=deal_name(acct, prod, typ, term)))

    # open pipeline (expected to close after the as-of date)
    if end is None:
        for _ in range(RNG.randint(3, 7)):
            if RNG.random() < 0.7:
                prod, _, (lo, hi) = pick(HW_PRODUCTS)
            else:
                prod, _, (lo, hi) = pick(SVC_PRODUCTS)
            typ = pick(TYPES)[0]
            close = random_close(dt.date(2026, 2, 16), dt.date(2026, 4, 30))
            acct = account_for(typ, close, keep=False)
            term = hw_term() if prod not in ("MPS", "Managed IT") else svc_term(prod)
            rows.append(dict(id=new_id(), seller=name, amount=money(RNG.uniform(lo, hi)),
                             close_date=close.isoformat(), stage="open", type=typ, product=prod,
                             split="1", probability=RNG.choice(["0.2", "0.3", "0.5", "0.6", "0.75", "0.9"]),
                             term_months=str(term), cancel_date="", account=acct,
                             name=deal_name(acct, prod, typ, term)))

    row = {"id": name, "name": name, "manager": MANAGERS[terr], "territory": terr,
           "start_date": (start or PLAN_START).isoformat(), "end_date": (end or PLAN_END).isoformat(),
           "quota:hw_gp": money(quota) if quota else ""}
    sellers.append(row)

# co-sold production presses: one id, two lines, split between two reps of one team
COSELL = [("Jean-François Bélanger", "Olivia Chen", "0.6", "0.4", "Imprimerie Ville-Marie",
           dt.date(2025, 10, 22), 46250.00, "new"),
          ("Geneviève Pelletier", "Annie Lévesque", "0.5", "0.5", "Imprimerie Laurentienne",
           dt.date(2025, 12, 17), 38900.00, "refresh"),
          ("Priyanka Sharma", "Kevin Murphy", "0.7", "0.3", "ByWard Print House",
           dt.date(2026, 1, 28), 41780.00, "add-on")]
for s1, s2, f1, f2, acct, close, gp, typ in COSELL:
    did = new_id()
    nm = deal_name(acct, "Production Press", typ, 60)
    for s, f in ((s1, f1), (s2, f2)):
        rows.append(dict(id=did, seller=s, amount=money(gp), close_date=close.isoformat(),
                         stage="won", type=typ, product="Production Press", split=f,
                         probability="", term_months="60", cancel_date="", account=acct, name=nm))

# leases and contracts cancelled after the win (some inside the 90-day window, some after)
won = [r for r in rows if r["stage"] == "won" and r["split"] == "1"]
RNG.shuffle(won)
cancelled = 0
for r in won:
    if cancelled >= 14:
        break
    close = dt.date.fromisoformat(r["close_date"])
    if cancelled % 2 == 0:
        lag = RNG.randint(12, 85)
    else:
        lag = RNG.randint(95, 200)
    cdate = close + dt.timedelta(days=lag)
    if cdate > AS_OF:
        continue
    r["stage"] = "cancelled"
    r["cancel_date"] = cdate.isoformat()
    cancelled += 1

# two GP true-ups booked by Finance as credit memos
for seller, amt, day in (("Maxime Tremblay", -1240.00, dt.date(2025, 8, 14)),
                         ("Ryan Kowalski", -865.50, dt.date(2026, 1, 9))):
    acct = OWNED[seller][0]
    rows.append(dict(id=new_id(), seller=seller, amount=money(amt), close_date=day.isoformat(),
                     stage="won", type="add-on", product="Colour MFP", split="1", probability="",
                     term_months="", cancel_date="", account=acct,
                     name=f"{acct} - GP true-up (freight and install re-bill)"))

rows.sort(key=lambda r: (r["close_date"], r["id"], r["seller"]))
cols = ["id", "seller", "amount", "close_date", "stage", "type", "product", "split",
        "probability", "term_months", "cancel_date", "account", "name"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="", encoding="utf-8") as f:
    cols = ["id", "name", "manager", "territory", "start_date", "end_date", "quota:hw_gp"]
    w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    for r in sellers:
        w.writerow(r)

print(len(rows), "credit lines,", len(sellers), "sellers")
