#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredsixtyseventh workspace: Distributions
Boréal-Pro inc., an invented Quebec industrial supplies distributor (safety gear / EPI, fall
protection, fasteners, abrasives, safety training, and MRO supply and vending contracts) with
bilingual sales reps in three territories. Plan year 1 April 2025 - 31 March 2026 (fiscal
2025-26), CAD, QUARTERLY payouts. The deals are invented (no CRM export).
Standard library only; deterministic (one random.Random stream with a fixed seed, no clock).
Run: python3 gen_deals.py

- 17 reps under 3 territory managers (ROSTER). Stéphane Bouchard (Key Account Rep) carries his
  own quarterly Supplies quota; Karine Fortin (MRO Specialist) her own annual MRO quota and a
  smaller Supplies quota. Émilie Morin joined on 2025-09-08 (nothing of hers before);
  François Lévesque left on 2025-12-19 (nothing of his after).
- Opportunities are drawn month by month from April 2025 to the as-of date (2026-02-13):
  catalogue orders (Safety PPE, Fall Protection, Fasteners, Abrasives), a few Safety Training
  courses and, over the year, a few MRO contracts (MRO Supply Agreement, Vending Program, with
  a term of 12-60 months). Stage won / lost; the current month's and a handful of forward
  opportunities are open (probability 0.25 - 0.75, expected to close by the end of April 2026,
  some overdue).
- Type: catalogue and training deals are "new" (a new account) or "repeat" (a reorder of an
  existing account); MRO contracts are "new" or "renewal".
- Splits (plan.md 3.4): every won or cancelled MRO contract of a rep other than Karine Fortin is
  two lines with the same id, 80% to the rep and 20% to Karine Fortin.
- Cancellations ("scrappées"): about one won deal in 22 closed on or before 2026-01-31 is
  cancelled 5 - 160 days after close (at the latest the as-of date); only cancellations within
  90 days of close are clawed back (plan.md section 11).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 13)
START = dt.date(2025, 4, 1)
R = random.Random(26726)

# name, manager, territory, role, start, end, supplies strength, MRO opportunities,
# quota:supplies, quota:mro
ROSTER = [
    ("Jean-François Tremblay", "Luc Desrosiers", "Montréal", "Sales Rep", "", "", 1.05, 5, "", ""),
    ("Marie-Ève Gagnon", "Luc Desrosiers", "Montréal", "Sales Rep", "", "", 1.25, 4, "", ""),
    ("Patrick O'Neill", "Luc Desrosiers", "Montréal", "Sales Rep", "", "", 0.80, 3, "", ""),
    ("Mathieu Côté", "Luc Desrosiers", "Montréal", "Sales Rep", "", "", 0.95, 4, "", ""),
    ("Émilie Morin", "Luc Desrosiers", "Montréal", "Sales Rep", "2025-09-08", "", 0.85, 2, "", ""),
    ("Stéphane Bouchard", "Luc Desrosiers", "Montréal", "Key Account Rep", "", "", 2.40, 4,
     "300000.00", ""),
    ("Geneviève Roy", "Chantal Poirier", "Québec", "Sales Rep", "", "", 1.15, 4, "", ""),
    ("Sébastien Lavoie", "Chantal Poirier", "Québec", "Sales Rep", "", "", 0.70, 3, "", ""),
    ("Nathalie Bélanger", "Chantal Poirier", "Québec", "Sales Rep", "", "", 1.00, 5, "", ""),
    ("Mathieu Girard", "Chantal Poirier", "Québec", "Sales Rep", "", "", 0.90, 3, "", ""),
    ("Annie Bergeron", "Chantal Poirier", "Québec", "Sales Rep", "", "", 1.10, 4, "", ""),
    ("Isabelle Pelletier", "Denis Lachance", "Régions", "Sales Rep", "", "", 1.00, 4, "", ""),
    ("Maxime Gauthier", "Denis Lachance", "Régions", "Sales Rep", "", "", 0.75, 4, "", ""),
    ("François Lévesque", "Denis Lachance", "Régions", "Sales Rep", "", "2025-12-19", 0.85, 3, "", ""),
    ("Julie Ouellet", "Denis Lachance", "Régions", "Sales Rep", "", "", 1.20, 3, "", ""),
    ("Olivier Paquette", "Denis Lachance", "Régions", "Sales Rep", "", "", 0.65, 4, "", ""),
    ("Karine Fortin", "Denis Lachance", "Régions", "MRO Specialist", "", "", 0.30, 9,
     "50000.00", "450000.00"),
]
MRO_SPECIALIST = "Karine Fortin"

ACCOUNTS = {
    "Montréal": [
        "Aciers Beloeil", "Robotique Boucherville", "Aéro-Pièces Mirabel", "Pharma Laval",
        "Emballages Saint-Hyacinthe", "Plastiques Granby", "Usinage Lachine", "Transport Laurentien",
        "Construction Boisvert & Fils", "Portes Longueuil", "Imprimerie Anjou", "Brasserie Hochelaga",
    ],
    "Québec": [
        "Chantier Naval Lévis", "Usinage Beauce Précision", "Laiterie Charlevoix",
        "Meubles Saint-Georges", "Béton Portneuf", "Ville de Québec Travaux publics",
        "Aciers Drummond", "Papeterie Donnacona", "Ferme Lactée Bellechasse", "Vitrerie Sainte-Foy",
        "Transport Chaudière", "Ébénisterie Montmagny",
    ],
    "Régions": [
        "Métallurgie Saguenay", "Scierie Lac-Saint-Jean", "Papetière Trois-Rivières",
        "Fonderie Sorel", "Mines Abitibi-Est", "Hydro-Fab Sherbrooke", "Béton Mauricie",
        "Portes & Fenêtres Victo", "Ébénisterie Rimouski", "Énergie Manic", "Granit Stanstead",
        "Tuyauterie Shawinigan",
    ],
}
KEY_ACCOUNTS = [
    "Alumineries du Fjord", "Bombardier Transport La Pocatière", "Raffinerie Saint-Romuald",
    "Papiers Kruger Brompton", "CN Atelier Pointe-Saint-Charles", "Agropur Granby",
]
# product: (low, high) amount range of one order, in CAD
CATALOGUE = {
    "Safety PPE": (1200, 22000),
    "Fall Protection": (2500, 38000),
    "Fasteners": (900, 26000),
    "Abrasives": (800, 17000),
}
CAT_WEIGHTS = [("Safety PPE", 34), ("Fasteners", 30), ("Abrasives", 20), ("Fall Protection", 16)]
MRO = {"MRO Supply Agreement": (28000, 145000), "Vending Program": (16000, 62000)}


def months():
    d = START
    while d <= AS_OF:
        nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        yield d, min(nxt - dt.timedelta(days=1), AS_OF)
        d = nxt


def pick_weighted(pairs):
    total = sum(w for _, w in pairs)
    x = R.randrange(total)
    for v, w in pairs:
        if x < w:
            return v
        x -= w
    raise AssertionError


def money(lo, hi):
    # orders carry cents; contracts are whole dollars
    return round(R.uniform(lo, hi), 2)


next_id = [41200]


def new_id():
    next_id[0] += R.randint(1, 9)
    return f"BP-{next_id[0]}"


rows = []


def add(seller, account, product, typ, amount, close, stage, prob="", cancel="", term=""):
    line = dict(id=new_id(), seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount:.2f}", close_date=close.isoformat(),
                stage=stage, split="1", probability=prob, cancel_date=cancel,
                term_months=term, currency="CAD")
    if stage == "won" and close <= dt.date(2026, 1, 31) and R.randrange(22) == 0:
        line["stage"] = "cancelled"
        line["cancel_date"] = min(close + dt.timedelta(days=R.randint(5, 160)), AS_OF).isoformat()
    if (product in MRO and seller != MRO_SPECIALIST and line["stage"] in ("won", "cancelled")):
        line["split"] = "0.8"
        rows.append(line)
        rows.append(dict(line, seller=MRO_SPECIALIST, split="0.2"))
    else:
        rows.append(line)


for (name, mgr, terr, role, start, end, strength, n_mro, _qs, _qm) in ROSTER:
    first = dt.date.fromisoformat(start) if start else START
    last = dt.date.fromisoformat(end) if end else AS_OF
    accounts = KEY_ACCOUNTS if role == "Key Account Rep" else ACCOUNTS[terr]
    scale = 1.6 if role == "Key Account Rep" else 1.0
    seen = set()
    for m0, m1 in months():
        lo, hi = max(m0, first), min(m1, last)
        if lo > hi:
            continue
        span = (hi - lo).days
        n = max(0, round(R.uniform(2.0, 5.5) * strength * (span + 1) / 30))
        for _ in range(n):
            product = pick_weighted(CAT_WEIGHTS)
            a, b = CATALOGUE[product]
            account = R.choice(accounts)
            close = lo + dt.timedelta(days=R.randint(0, span))
            typ = "repeat" if account in seen and R.randrange(5) else "new"
            roll = R.random()
            if m1 == AS_OF and roll < 0.35:
                stage, prob = "open", R.choice(["0.25", "0.5", "0.75"])
                close = AS_OF + dt.timedelta(days=R.randint(-10, 40))
            elif roll < 0.68:
                stage, prob = "won", ""
                seen.add(account)
            else:
                stage, prob = "lost", ""
            add(name, account, product, typ, money(a * scale, b * scale), close, stage, prob)
        if R.random() < 0.35 and role != "MRO Specialist":
            account = R.choice(accounts)
            close = lo + dt.timedelta(days=R.randint(0, span))
            stage = "won" if R.random() < 0.75 else "lost"
            typ = "repeat" if account in seen else "new"
            add(name, account, "Safety Training", typ, float(R.randrange(800, 4600, 50)), close, stage)
    # MRO contract opportunities spread over the seller's active part of the year
    for _ in range(n_mro):
        product = "MRO Supply Agreement" if R.random() < 0.6 else "Vending Program"
        a, b = MRO[product]
        account = R.choice(accounts)
        span = (last - first).days
        close = first + dt.timedelta(days=R.randint(0, span))
        typ = "renewal" if R.random() < 0.4 else "new"
        term = str(R.choice([12, 24, 36, 36, 60]))
        roll = R.random()
        if roll < 0.55:
            stage, prob = "won", ""
        elif roll < 0.8:
            stage, prob = "lost", ""
        else:
            stage, prob = "open", R.choice(["0.25", "0.5", "0.75"])
            close = AS_OF + dt.timedelta(days=R.randint(-5, 70))
            if end:
                stage, prob = "lost", ""
                close = first + dt.timedelta(days=R.randint(0, span))
        add(name, account, product, typ, float(round(R.uniform(a, b), -2)), close, stage, prob,
            term=term)
    # a few forward-looking quotes ("en soumission")
    if not end:
        for _ in range(R.randint(2, 5)):
            product = pick_weighted(CAT_WEIGHTS)
            a, b = CATALOGUE[product]
            account = R.choice(accounts)
            close = AS_OF + dt.timedelta(days=R.randint(3, 75))
            add(name, account, product, "repeat" if account in seen else "new",
                money(a * scale, b * scale), close, "open", R.choice(["0.25", "0.5", "0.75"]))

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
                "quota:supplies", "quota:mro"])
    for (name, mgr, terr, role, start, end, _s, _n, qs, qm) in ROSTER:
        w.writerow([name, name, mgr, terr, role, start, end, qs, qm])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
