#!/usr/bin/env python3
"""Generate deals.csv and sellers.csv for the twentysixth workspace (Nordvik Systems AB).

Synthetic, deterministic (seeded) CRM export of a Swedish logistics-planning SaaS vendor
selling to European customers, in EUR, for the calendar plan year 2025, as of 2025-11-14.

Each AE has a performance profile: the share of their (prorated) quarterly New ACV quota
they close each quarter. The won new-business credit of a quarter is cut into 2-5 deals
(new logos and upsells) dated through the quarter, bunched towards its last weeks.
Renewals, lost deals, open pipeline (closing after the as-of date), co-sold (split) deals
and cancellations are added on top. Standard library only.

Usage: python3 gen_deals.py   (writes deals.csv and sellers.csv beside this file)
"""

import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 11, 14)
YEAR = 2025
PLAN_QUOTAS = [180000, 200000, 200000, 220000]
RNG = random.Random(2026)

PRODUCTS = ["Route Planner", "Yard Manager", "Dock Scheduler", "Fleet Insights"]
PRODUCT_WEIGHTS = [40, 22, 24, 14]

# id, manager, territory, start, end, quota override (per quarter), quarterly ratios
SELLERS = [
    ("Lars Eriksson", "Ingrid Holmberg", "Nordics", None, None, 240000, [1.32, 1.58, 1.08, 0.52]),
    ("Lars Nyqvist", "Ingrid Holmberg", "Nordics", None, None, None, [0.78, 0.93, 0.61, 0.18]),
    ("Anna Lindqvist", "Ingrid Holmberg", "Nordics", None, None, None, [1.04, 0.74, 1.27, 0.88]),
    ("Mattias Johansson", "Ingrid Holmberg", "Nordics", None, None, None, [0.44, 1.12, 0.90, 0.36]),
    ("Sofie Dahl", "Ingrid Holmberg", "Nordics", "2025-05-12", None, None, [0.0, 0.42, 0.71, 0.12]),
    ("Anna Weber", "Stefan Wolff", "DACH", None, None, None, [1.21, 1.68, 0.96, 0.64]),
    ("Katharina Vogel", "Stefan Wolff", "DACH", None, None, None, [0.91, 0.24, 1.46, 0.77]),
    ("Tobias Krause", "Stefan Wolff", "DACH", None, "2025-08-31", None, [0.69, 0.66, 0.48, 0.0]),
    ("Felix Möller", "Stefan Wolff", "DACH", "2025-02-03", None, None, [0.36, 0.86, 1.04, 0.41]),
    ("Joanna van Dijk", "Pieter de Vries", "Benelux", None, None, None, [1.30, 1.19, 2.08, 0.94]),
    ("Daan Bakker", "Pieter de Vries", "Benelux", None, None, None, [0.61, 0.52, 0.74, 0.14]),
    ("Lotte Jansen", "Pieter de Vries", "Benelux", None, None, None, [0.95, 1.01, 0.84, 0.71]),
    ("Sander Visser", "Pieter de Vries", "Benelux", None, None, 240000, [1.55, 1.95, 1.40, 1.06]),
]

# Customer accounts: place + trade word + legal form, three trades per place, per territory.
PLACES = {
    "Nordics": [
        ("Kiruna", "AB"), ("Lulea", "AB"), ("Gavle", "AB"), ("Boras", "AB"), ("Norrkoping", "AB"),
        ("Karlstad", "AB"), ("Halmstad", "AB"), ("Vasteras", "AB"), ("Bergen", "AS"),
        ("Stavanger", "AS"), ("Trondheim", "AS"), ("Drammen", "AS"), ("Tampere", "Oy"),
        ("Oulu", "Oy"), ("Turku", "Oy"), ("Esbjerg", "A/S"), ("Aalborg", "A/S"), ("Odense", "A/S"),
        ("Sundsvall", "AB"), ("Kristiansand", "AS"), ("Vaasa", "Oy"), ("Umea", "AB"),
        ("Jonkoping", "AB"), ("Vejle", "A/S"), ("Bodo", "AS"), ("Lahti", "Oy"),
    ],
    "DACH": [
        ("Augsburg", "GmbH"), ("Kassel", "GmbH"), ("Leipzig", "GmbH"), ("Duisburg", "GmbH"),
        ("Mannheim", "GmbH"), ("Linz", "GmbH"), ("Graz", "GmbH"), ("Basel", "AG"),
        ("Hannover", "GmbH"), ("Dortmund", "GmbH"), ("Regensburg", "GmbH"), ("Ulm", "GmbH"),
        ("Kiel", "GmbH"), ("Rostock", "GmbH"), ("Bielefeld", "GmbH"), ("Salzburg", "GmbH"),
        ("Luzern", "AG"), ("Innsbruck", "GmbH"), ("Wuerzburg", "GmbH"), ("Koblenz", "GmbH"),
        ("Chemnitz", "GmbH"), ("Winterthur", "AG"), ("Passau", "GmbH"), ("Osnabrueck", "GmbH"),
        ("Freiburg", "GmbH"), ("St. Gallen", "AG"),
    ],
    "Benelux": [
        ("Tilburg", "BV"), ("Venlo", "BV"), ("Breda", "BV"), ("Nijmegen", "BV"), ("Zwolle", "BV"),
        ("Utrecht", "BV"), ("Eindhoven", "BV"), ("Dordrecht", "BV"), ("Gent", "NV"),
        ("Mechelen", "NV"), ("Hasselt", "NV"), ("Moerdijk", "BV"), ("Almere", "BV"),
        ("Arnhem", "BV"), ("Leuven", "NV"), ("Zeebrugge", "NV"), ("Roosendaal", "BV"),
        ("Genk", "NV"), ("Heerenveen", "BV"), ("Kortrijk", "NV"), ("Amersfoort", "BV"),
        ("Waalwijk", "BV"), ("Luxembourg", "S.A."), ("Oss", "BV"), ("Brugge", "NV"),
        ("Emmen", "BV"),
    ],
}
TRADES = {
    "Nordics": ["Frakt", "Logistik", "Transport", "Lager", "Terminal", "Spedition", "Distribution",
                "Akeri", "Kyltransport", "Hamnlogistik"],
    "DACH": ["Spedition", "Logistik", "Transporte", "Lagerhaus", "Umschlag", "Frachtdienst",
             "Kuehllogistik", "Paketdienst", "Hafenlogistik", "Kontraktlogistik"],
    "Benelux": ["Transport", "Distributie", "Logistiek", "Koeltransport", "Overslag", "Expeditie",
                "Vracht", "Fulfilment", "Warehousing", "Shipping"],
}


def make_accounts(rng):
    out = {}
    for terr, places in PLACES.items():
        trades = TRADES[terr]
        names = []
        for p, form in places:
            for t in rng.sample(trades, 3):
                names.append(f"{p} {t} {form}")
        rng.shuffle(names)
        out[terr] = names
    return out


QUARTER_START = [dt.date(YEAR, 1, 1), dt.date(YEAR, 4, 1), dt.date(YEAR, 7, 1), dt.date(YEAR, 10, 1)]
QUARTER_END = [dt.date(YEAR, 3, 31), dt.date(YEAR, 6, 30), dt.date(YEAR, 9, 30), dt.date(YEAR, 12, 31)]


def d(s):
    return dt.date.fromisoformat(s) if s else None


def active_window(q, start, end):
    lo = max(QUARTER_START[q], start or QUARTER_START[q])
    hi = min(QUARTER_END[q], end or QUARTER_END[q], AS_OF)
    return lo, hi


def prorated_quota(q, quota, start, end):
    lo = max(QUARTER_START[q], start or QUARTER_START[q])
    hi = min(QUARTER_END[q], end or QUARTER_END[q])
    if hi < lo:
        return 0
    days = (QUARTER_END[q] - QUARTER_START[q]).days + 1
    return quota * ((hi - lo).days + 1) / days


def bunched_date(lo, hi):
    """A date in [lo, hi], leaning towards hi (quarter-end push)."""
    span = (hi - lo).days
    if span <= 0:
        return lo
    x = RNG.random() ** 0.6
    return lo + dt.timedelta(days=int(round(x * span)))


def round_to(x, step=500):
    return int(round(x / step)) * step


def deal_size(typ):
    """The ACV of a lost or open deal, by type."""
    lo, hi = {"new": (20000, 130000), "upsell": (15000, 90000), "renewal": (12000, 70000)}[typ]
    return round_to(RNG.uniform(lo, hi))


def pick_product():
    return RNG.choices(PRODUCTS, PRODUCT_WEIGHTS)[0]


def short(acct):
    """The account without its legal form, as a deal name starts."""
    for form in (" GmbH", " AG", " AB", " AS", " Oy", " A/S", " BV", " NV", " S.A.", " SE"):
        if acct.endswith(form):
            return acct[: -len(form)]
    return acct


def deal_name(acct, prod, typ):
    label = {"new": "new logo", "upsell": "upsell", "renewal": "renewal"}[typ]
    return f"{short(acct)} - {prod} {label}"


def main():
    accounts = make_accounts(RNG)
    rows = []
    counter = [1040]

    def next_id():
        counter[0] += RNG.randint(1, 9)
        return f"NV-{counter[0]}"

    def add(**kw):
        kw.setdefault("split", "1")
        kw.setdefault("stage", "won")
        rows.append(kw)

    offsets = {t: 0 for t in accounts}
    for sid, _mgr, terr, start, end, qover, ratios in SELLERS:
        start, end = d(start), d(end)
        book = accounts[terr][offsets[terr]: offsets[terr] + 13]
        offsets[terr] += 13
        existing = book[:4]       # customers since before 2025: renewals, upsells
        prospects = book[4:]      # new logos this year, or lost / open
        won_logos = []            # (account, product, date) won as new logos this year
        renewed = set()           # (account, product) renewed this year
        lost_to = set()           # prospects that turned us down this year
        for q in range(4):
            qq = qover or PLAN_QUOTAS[q]
            lo, hi = active_window(q, start, end)
            if hi < lo or ratios[q] == 0:
                continue
            target = ratios[q] * prorated_quota(q, qq, start, end)
            k = max(1, min(5, int(round(target / 65000))))
            if k < 2 and target > 40000:
                k = 2
            weights = [RNG.uniform(0.5, 1.5) for _ in range(k)]
            tot = sum(weights)
            dates = sorted(bunched_date(lo, hi) for _ in range(k))
            for w, when in zip(weights, dates):
                amount = max(3000, round_to(target * w / tot))
                free = [a for a in prospects if a not in [x for x, _, _ in won_logos]]
                if free and RNG.random() < 0.62:
                    acct = RNG.choice(free)
                    typ = "new"
                    prod = pick_product()
                    won_logos.append((acct, prod, when))
                    term = RNG.choice([12, 12, 24, 36, 12, 36])
                else:
                    acct = RNG.choice([x for x, _, t in won_logos if t < when] + existing)
                    typ = "upsell"
                    prod = pick_product()
                    term = RNG.choice([12, 12, 12, 24])
                add(id=next_id(), seller=sid, amount=f"{amount}.00",
                    close_date=when.isoformat(), type=typ, product=prod,
                    term_months=str(term), account=acct, name=deal_name(acct, prod, typ))
            # renewals of existing customers' modules: 1-3 a quarter, each module once a year
            for _ in range(RNG.randint(1, 3)):
                left = [(a, p) for a in existing for p in PRODUCTS if (a, p) not in renewed]
                acct, prod = RNG.choice(left)
                renewed.add((acct, prod))
                amount = round_to(RNG.uniform(12000, 70000))
                add(id=next_id(), seller=sid, amount=f"{amount}.00",
                    close_date=bunched_date(lo, hi).isoformat(), type="renewal", product=prod,
                    term_months=RNG.choice(["12", "12", "36"]), account=acct,
                    name=deal_name(acct, prod, "renewal"))
            # lost deals
            for _ in range(RNG.randint(1, 3)):
                typ = RNG.choice(["new", "new", "upsell", "renewal"])
                free = [a for a in prospects
                        if a not in [x for x, _, _ in won_logos] and a not in lost_to]
                if typ == "new" and not free:
                    typ = "upsell"
                acct = RNG.choice(free if typ == "new" else existing)
                if typ == "new":
                    lost_to.add(acct)
                prod = pick_product()
                add(id=next_id(), seller=sid, amount=f"{deal_size(typ)}.00",
                    close_date=bunched_date(lo, hi).isoformat(), type=typ, product=prod,
                    term_months="12", account=acct, stage="lost", name=deal_name(acct, prod, typ))
        # open pipeline, closing after the as-of date (not for leavers)
        if end is None:
            pitched = set()
            for _ in range(RNG.randint(2, 5)):
                typ = RNG.choice(["new", "new", "upsell", "renewal"])
                free = [a for a in prospects
                        if a not in [x for x, _, _ in won_logos] and a not in pitched
                        and a not in lost_to]
                if typ == "new" and not free:
                    typ = "upsell"
                if typ == "new":
                    acct = RNG.choice(free)
                    pitched.add(acct)
                else:
                    acct = RNG.choice(existing + [x for x, _, _ in won_logos])
                prod = pick_product()
                close = AS_OF + dt.timedelta(days=RNG.randint(6, 47))
                add(id=next_id(), seller=sid, amount=f"{deal_size(typ)}.00",
                    close_date=close.isoformat(), type=typ, product=prod, term_months="12",
                    account=acct, stage="open", probability=RNG.choice(["0.2", "0.4", "0.6", "0.8"]),
                    name=deal_name(acct, prod, typ))

    # Co-sold pan-European deals: one id, two lines.
    cosold = [
        ([("Lars Eriksson", "0.5"), ("Anna Weber", "0.5")], "EuroPallet Group SE", "Route Planner",
         "96000.00", "2025-06-26", "new", "36"),
        ([("Joanna van Dijk", "0.6"), ("Daan Bakker", "0.4")], "Continental Parcel SE",
         "Dock Scheduler", "70000.00", "2025-09-24", "new", "24"),
        ([("Katharina Vogel", "0.5"), ("Lotte Jansen", "0.5")], "Rhine-Maas Barge Lines SE",
         "Fleet Insights", "42000.00", "2025-10-21", "new", "12"),
    ]
    for parts, acct, prod, amount, close, typ, term in cosold:
        did = next_id()
        for sid, split in parts:
            add(id=did, seller=sid, amount=amount, close_date=close, type=typ, product=prod,
                term_months=term, account=acct, split=split,
                name=f"{short(acct)} - {prod} new logo (co-sold)")

    # Cancellations: customers that cancelled. Within 180 days of close -> clawed back.
    won_new = [r for r in rows if r["stage"] == "won" and r["type"] in ("new", "upsell")
               and r["split"] == "1"]
    RNG.shuffle(won_new)
    n_cancel = 0
    seen = set()
    for r in won_new:
        if r["seller"] in seen or n_cancel >= 7:
            continue
        close = dt.date.fromisoformat(r["close_date"])
        gap = RNG.choice([35, 70, 120, 150, 200, 240])
        cancel = close + dt.timedelta(days=gap)
        if cancel > AS_OF:
            continue
        r["stage"] = "cancelled"
        r["cancel_date"] = cancel.isoformat()
        seen.add(r["seller"])
        n_cancel += 1

    rows.sort(key=lambda r: (r["close_date"], r["id"], r["seller"]))
    cols = ["id", "seller", "name", "account", "type", "product", "amount", "split", "stage",
            "close_date", "cancel_date", "term_months", "probability"]
    with open(os.path.join(HERE, "deals.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in cols})

    with open(os.path.join(HERE, "sellers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "manager", "territory", "start_date", "end_date", "quota:new_acv"])
        for sid, mgr, terr, start, end, qover, _ in SELLERS:
            w.writerow([sid, mgr, terr, start or "", end or "",
                        f"{qover}.00" if qover else ""])


if __name__ == "__main__":
    main()
