#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredeightieth workspace: Warta-Odra Spedycja
Sp. z o.o., an invented Polish freight forwarding and road haulage company (FTL / LTL lanes,
reefer, ADR and intermodal contracts with shippers) with account managers in Poznan and Wroclaw.
Plan year 1 January 2026 - 31 December 2026, PLN, QUARTERLY payouts. The deals are invented.
Standard library only; deterministic (one random.Random(280) stream, read only through
random(); no clock). Run: python3 gen_deals.py

- A deal is a contract (or a lane award) with a shipper, booked in the TMS/CRM. Its amount is
  the contract's planned gross MARGIN in PLN (what the shipper pays less what carriers are paid,
  for the contract's term), the figure the plan credits (plan.md 3.3). term_months = the
  contract's term (3, 6, 12 or 24 months).
- Products (services): FTL Domestic, FTL International, LTL Groupage, Reefer, ADR, Intermodal.
- Accounts: each account manager has a portfolio of existing shippers (customers since before
  2026) and prospects. The first won deal with a prospect is type "new" (a new shipper for the
  company); later deals with a won shipper are "expansion" (a new lane) or "renewal" (a lane
  re-tendered and kept).
- Won deals close 2 January 2026 - 20 November 2026 (AS OF = 2026-11-20). Lost deals (lost
  tenders) carry the quoted margin. Open deals ("w wycenie", being priced) carry an expected
  close from 2 November 2026 to 26 February 2027 (a few overdue at the as-of date) and a
  probability 0.2 / 0.4 / 0.6 / 0.8.
- Splits (plan.md 3.5): every won or cancelled Intermodal contract of an account manager other
  than Grzegorz Lewandowski (the Intermodal Specialist) is two lines with the same id, 80% to the
  account manager and 20% to Grzegorz Lewandowski.
- Cancellations ("wypowiedzenia"): about 7% of won deals closed on or before 2026-11-05 are
  cancelled by the shipper, cancel_date = close + 8 .. 170 days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: two Senior Key Account Managers carry their own quarterly Margin quota (Pawel
  Kaczmarek 200,000; Marek Dabrowski 170,000). Michal Pietrzak joined on 2026-06-15; Krzysztof
  Sikora left on 2026-09-30.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 20)
YEAR_START = dt.date(2026, 1, 1)
CANCEL_BY = dt.date(2026, 11, 5)
R = random.Random(280)


def rnd():
    return R.random()


def rint(a, b):
    return a + int(rnd() * (b - a + 1))


def pick(seq):
    return seq[int(rnd() * len(seq))]


def wpick(pairs):
    total = sum(w for _, w in pairs)
    x = rnd() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


POZ, WRO = "Agnieszka Wiśniewska", "Tomasz Zieliński"
# id, manager, territory, role, start, end, quota:margin, quarterly won margin aimed at,
# share of new-shipper deals, product weights (FTL Domestic, FTL International, LTL Groupage,
# Reefer, ADR, Intermodal)
ROSTER = [
    ("Paweł Kaczmarek", POZ, "Poznań", "Senior Key Account Manager", "", "", "200000.00",
     215000, 0.10, (3, 5, 1, 2, 2, 2)),
    ("Magdalena Nowak", POZ, "Poznań", "Account Manager", "", "", "", 150000, 0.18,
     (3, 4, 2, 2, 1, 1)),
    ("Łukasz Wróbel", POZ, "Poznań", "Account Manager", "", "", "", 112000, 0.15,
     (4, 3, 3, 1, 1, 1)),
    ("Katarzyna Szymańska", POZ, "Poznań", "Account Manager", "", "", "", 88000, 0.15,
     (3, 2, 4, 2, 0, 1)),
    ("Bartosz Krawczyk", POZ, "Poznań", "Account Manager", "", "", "", 52000, 0.20,
     (5, 2, 3, 1, 0, 0)),
    ("Joanna Mazur", POZ, "Poznań", "Account Manager", "", "", "", 125000, 0.55,
     (3, 3, 2, 3, 1, 1)),
    ("Michał Pietrzak", POZ, "Poznań", "Account Manager", "2026-06-15", "", "", 70000, 0.35,
     (4, 2, 3, 1, 0, 0)),
    ("Marek Dąbrowski", WRO, "Wrocław", "Senior Key Account Manager", "", "", "170000.00",
     165000, 0.08, (2, 4, 1, 1, 4, 2)),
    ("Anna Kowalczyk", WRO, "Wrocław", "Account Manager", "", "", "", 140000, 0.18,
     (3, 4, 2, 2, 1, 1)),
    ("Grzegorz Lewandowski", WRO, "Wrocław", "Intermodal Specialist", "", "", "", 50000, 0.12,
     (1, 2, 0, 0, 0, 6)),
    ("Ewelina Kamińska", WRO, "Wrocław", "Account Manager", "", "", "", 118000, 0.20,
     (2, 2, 1, 6, 0, 1)),
    ("Piotr Wójcik", WRO, "Wrocław", "Account Manager", "", "", "", 72000, 0.18,
     (4, 2, 3, 1, 1, 0)),
    ("Katarzyna Zając", WRO, "Wrocław", "Account Manager", "", "", "", 100000, 0.22,
     (3, 3, 3, 1, 1, 1)),
    ("Krzysztof Sikora", WRO, "Wrocław", "Account Manager", "", "2026-09-30", "", 96000, 0.15,
     (3, 3, 2, 1, 2, 1)),
]
PRODUCTS = ["FTL Domestic", "FTL International", "LTL Groupage", "Reefer", "ADR", "Intermodal"]
# typical contract margin (PLN) per product: low, high
MARGIN = {
    "FTL Domestic": (4000, 22000),
    "FTL International": (8000, 42000),
    "LTL Groupage": (2500, 12000),
    "Reefer": (6000, 34000),
    "ADR": (5000, 30000),
    "Intermodal": (12000, 60000),
}
LANES = {
    "Poznań": ["Poznań–Warszawa", "Poznań–Berlin", "Poznań–Hamburg", "Swarzędz–Rotterdam",
               "Gniezno–Gdańsk", "Kalisz–Kraków", "Leszno–Praha", "Konin–Łódź",
               "Września–Duisburg", "Piła–Szczecin", "Poznań–Lyon", "Ostrów–Wien"],
    "Wrocław": ["Wrocław–Praha", "Wrocław–Dresden", "Legnica–München", "Opole–Katowice",
                "Wałbrzych–Brno", "Wrocław–Warszawa", "Oleśnica–Milano", "Głogów–Hamburg",
                "Świdnica–Bratislava", "Wrocław–Duisburg", "Bolesławiec–Lyon", "Opole–Budapest"],
}
ACCOUNTS = {
    "Poznań": [
        "Meblex Swarzędz", "Mleczarnia Września", "Okna Kórnik", "Drobiarnia Konin",
        "Agropol Kalisz", "Papiernia Piła", "Browar Gniezno", "Stalmet Ostrów",
        "Farmaplast Śrem", "Kosmet Luboń", "Szkło Krosno Odrz.", "Cukrownia Środa",
        "Piekarnie Leszno", "Owocowy Sad Grójec", "Elektrobud Gniezno", "Tapicer Wronki",
        "AutoCzęści Tarnowo", "Nawozy Luboń", "Frigopol Koło", "Pakmar Oborniki",
        "Mięso-Pol Turek", "Drewex Czarnków", "Kartonaż Kościan", "Lakiery Pleszew",
        "Szynkarnia Gostyń", "Frytex Chodzież", "Vitrum Szamotuły", "Bio-Mleko Jarocin",
        "Plastik Murowana Goślina", "Agropol Opole",
    ],
    "Wrocław": [
        "Ceramika Bolesławiec", "Stal-Met Oleśnica", "AutoParts Polkowice", "Chemia Brzeg",
        "Browar Odrzański", "Kosmetyki Legnica", "Papier Kluczbork", "Elektronika Bielany",
        "Meble Jelcz", "Mrożonki Świdnica", "Szkło Wałbrzych", "Cukier Strzelin",
        "Farby Nysa", "Kable Głogów", "Lodołamacz Lody Oława", "Opony Dzierżoniów",
        "Granit Strzegom", "Agrochem Opole", "MedPharm Wrocław", "Pasze Milicz",
        "Tekstylia Kamienna Góra", "Nabiał Trzebnica", "Akumulatory Bielawa", "Okno-Plast Ząbkowice",
        "Drzewo Kłodzko", "Ryby Milicz", "Cynk Legnica", "Zielona Hala Wrocław",
        "Porcelana Wałbrzych", "Ceramika Opoczno",
    ],
}


def month_end(y, m):
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


# Prospects (shippers new to Warta-Odra) are named from a stem and a town of the branch.
STEMS = ["Agrotech", "Meblopol", "Stalbud", "Drewmax", "Chemplast", "Pakfol", "Texpol",
         "Farmex", "Budmat", "Elektromet", "Plastbox", "Papirus", "Kosmedia", "Metalpak",
         "Polfrost", "Owocpak", "Glasspol", "Sadex", "Rolbis", "Kabex"]
TOWNS = {
    "Poznań": ["Swarzędz", "Gniezno", "Leszno", "Konin", "Kalisz", "Piła", "Września",
               "Śrem", "Koło", "Jarocin", "Oborniki", "Turek"],
    "Wrocław": ["Oleśnica", "Legnica", "Wałbrzych", "Opole", "Świdnica", "Głogów", "Brzeg",
                "Nysa", "Oława", "Strzelin", "Milicz", "Kłodzko"],
}

# Portfolios: each seller gets existing shippers (customers from before 2026, from the
# branch's list) and prospects.
pools = {b: list(a) for b, a in ACCOUNTS.items()}
for b in pools:
    lst = pools[b]
    for i in range(len(lst) - 1, 0, -1):
        j = int(rnd() * (i + 1))
        lst[i], lst[j] = lst[j], lst[i]
branch_sellers = {b: [r for r in ROSTER if r[2] == b] for b in ACCOUNTS}
existing, prospects = {}, {}
for b, sellers in branch_sellers.items():
    for i, a in enumerate(pools[b]):
        existing.setdefault(sellers[i % len(sellers)][0], []).append(a)
    used = set()
    for r in sellers:
        lst = []
        for _ in range(2 + int(round(r[8] * 25))):
            while True:
                name = f"{pick(STEMS)} {pick(TOWNS[b])}"
                if name not in used:
                    break
            used.add(name)
            lst.append(name)
        prospects[r[0]] = lst

rows = []
counter = [0]


def new_id():
    counter[0] += 1
    return "WO-26-%04d" % (1000 + counter[0] * 7 + rint(0, 6))


def amount_for(product, scale):
    lo, hi = MARGIN[product]
    x = lo + (hi - lo) * (rnd() * 0.7 + rnd() * 0.3)
    return int(round(x * scale / 10.0)) * 10


won_accounts = {}  # seller -> set of accounts won this year
for (sid, mgr, terr, role, start, end, q, aim, pnew, weights) in ROSTER:
    s_start = dt.date.fromisoformat(start) if start else YEAR_START
    s_end = dt.date.fromisoformat(end) if end else AS_OF
    won = set()
    prods = [(p, w) for p, w in zip(PRODUCTS, weights) if w]
    avg = sum(sum(MARGIN[p]) / 2 * w for p, w in prods) / sum(w for _, w in prods)
    pros = list(prospects[sid])
    extra_pros = 0
    for m in range(1, 12):
        first = max(dt.date(2026, m, 2 if m == 1 else 1), s_start)
        last = min(month_end(2026, m), s_end, AS_OF)
        if first > last:
            continue
        days = (last - first).days + 1
        mood = 0.55 + rnd() * 0.9  # a month's luck
        target = aim / 3.0 * mood * days / ((month_end(2026, m) - dt.date(2026, m, 1)).days + 1)
        n_won = max(0, int(round(target / avg)))
        for _ in range(n_won):
            product = wpick(prods)
            close = first + dt.timedelta(days=rint(0, days - 1))
            if close.weekday() >= 5:
                close -= dt.timedelta(days=close.weekday() - 4)
                if close < first:
                    close = first
            if rnd() < pnew:
                if not pros:
                    extra_pros += 1
                    pros.append(pick(existing[sid]))
                acct = pros.pop(0)
                typ = "new" if acct not in won and acct in prospects[sid] else "expansion"
                term = wpick([(3, 3), (6, 2), (12, 4)])
            else:
                choices = existing[sid] + sorted(won)
                acct = pick(choices)
                typ = wpick([("expansion", 5), ("renewal", 4)])
                term = wpick([(6, 3), (12, 5), (24, 1)]) if typ == "renewal" else wpick([(3, 2), (6, 3), (12, 3)])
            won.add(acct)
            amt = amount_for(product, 1.0 if typ != "new" else 0.85)
            lane = pick(LANES[terr])
            stage, cancel = "won", ""
            if close <= CANCEL_BY and rnd() < 0.07:
                stage = "cancelled"
                cancel = min(close + dt.timedelta(days=rint(8, 170)), AS_OF).isoformat()
            rows.append(dict(id=new_id(), seller=sid, account=acct,
                             name=f"{acct} {product} {lane}", type=typ, product=product,
                             amount=f"{amt}.00", close_date=close.isoformat(), stage=stage,
                             split="1", probability="", term_months=str(term),
                             cancel_date=cancel, currency="PLN"))
        # lost tenders
        for _ in range(int(round(n_won * (0.3 + rnd() * 0.6)))):
            product = wpick(prods)
            close = first + dt.timedelta(days=rint(0, days - 1))
            if rnd() < 0.45 and pros:
                acct = pros[0] if rnd() < 0.5 else pros[-1]
                typ = "new" if acct not in won and acct in prospects[sid] else "expansion"
            else:
                acct = pick(existing[sid] + sorted(won))
                typ = wpick([("expansion", 5), ("renewal", 4)])
            amt = amount_for(product, 1.0)
            rows.append(dict(id=new_id(), seller=sid, account=acct,
                             name=f"{acct} {product} {pick(LANES[terr])}", type=typ,
                             product=product, amount=f"{amt}.00", close_date=close.isoformat(),
                             stage="lost", split="1", probability="",
                             term_months=str(wpick([(3, 2), (6, 3), (12, 4)])),
                             cancel_date="", currency="PLN"))
    won_accounts[sid] = won
    # open deals (being priced), only for sellers still here
    if not end:
        for _ in range(rint(4, 8)):
            product = wpick(prods)
            close = dt.date(2026, 11, 2) + dt.timedelta(days=rint(0, 116))
            if rnd() < 0.4 and pros:
                acct = pros[0]
                typ = "new"
            else:
                acct = pick(existing[sid] + sorted(won))
                typ = wpick([("expansion", 5), ("renewal", 4)])
            amt = amount_for(product, 1.0)
            prob = pick(["0.2", "0.4", "0.6", "0.8"])
            rows.append(dict(id=new_id(), seller=sid, account=acct,
                             name=f"{acct} {product} {pick(LANES[terr])}", type=typ,
                             product=product, amount=f"{amt}.00", close_date=close.isoformat(),
                             stage="open", split="1", probability=prob,
                             term_months=str(wpick([(6, 2), (12, 3)])),
                             cancel_date="", currency="PLN"))

# Intermodal splits with the Intermodal Specialist.
out = []
for line in rows:
    if (line["product"] == "Intermodal" and line["seller"] != "Grzegorz Lewandowski"
            and line["stage"] in ("won", "cancelled")):
        out.append(dict(line, split="0.8"))
        out.append(dict(line, seller="Grzegorz Lewandowski", split="0.2"))
    else:
        out.append(line)

out.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(out)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:margin"])
    for sid, mgr, terr, role, start, end, q, *_ in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(out), "deal lines;",
      {s: sum(1 for x in out if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
