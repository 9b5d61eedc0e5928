#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredeightyfourth workspace: Tessiture Bassani
S.r.l., an invented Milan fashion and textiles wholesaler (via Tortona, Milano) that sells
fabrics and haberdashery accessories to boutiques, ateliers and fashion brands across Italy
through agents in Milano, Firenze and Napoli. Plan year 1 January - 31 December 2025, EUR,
QUARTERLY payouts. Invented deals, standard library only, deterministic (one random.Random
with a fixed seed; no clock). Run: python3 gen_deals.py

- 14 agents (AGENTS below) under two area managers: Area Nord (Milano) and Area Centro-Sud
  (Firenze and Napoli). Each agent has a skill factor that scales how much they sell.
- Every month of 2025 (and January-February 2026 for the open pipeline) each active agent
  gets a number of opportunities per product family: fabrics (Seta Como, Lana Biella, Lino,
  Cotone, Denim, Jacquard), accessories (Bottoni, Cerniere, Passamaneria) and remnant lots
  (Scampoli). The close date is a working day of the month.
- Stage: an opportunity closing on or before the as-of date (2025-11-14) is won (about 62%)
  or lost ("sfumato"); one closing after it is open ("in campionatura") with probability 0.6
  (samples approved) or 0.3 (samples sent). A few open ones are overdue (close date in the
  first half of November 2025, probability 0.6).
- Amounts in euro, to the ten euro, some with cents (metres x price per metre).
- Accounts: each agent sells to the boutiques and ateliers of their city's area; fabric
  opportunities go to a fashion brand (national accounts) one time in five. Type: a brand
  fabric order is "capsule" one time in two; otherwise "new" (a new customer, "nuovo
  cliente") one time in five, else "reorder" ("riassortimento").
- Splits: a won or cancelled capsule order of any agent but the Brand Specialist (Federica
  Marchetti) is two lines with the same id: 80% to the agent, 20% to Federica Marchetti.
- Cancellations ("storni"): about one won line in 28 closed on or before 2025-10-31 is
  cancelled, cancel_date = close + 6..150 days, at the latest the as-of date (plan.md
  section 11: only cancellations within 90 days of close are clawed back).
- Roster: Luca Brambilla (Agente Senior) and Federica Marchetti (Brand Specialist) carry their
  own quarterly Provvigione Tessuti quota. Davide Sala joined on 2025-05-12; Antonio De Luca
  left on 2025-09-30.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 11, 14)
CANCEL_BY = dt.date(2025, 10, 31)
rng = random.Random(20250284)

# id, manager, territory, role, start, end, quota key, skill, prefix
AGENTS = [
    ("Luca Brambilla", "Paola Mariani", "Milano", "Agente Senior", "", "", "Q_SENIOR", 1.55, "MI"),
    ("Giulia Ferrari", "Paola Mariani", "Milano", "Agente", "", "", "", 1.05, "MI"),
    ("Marco Rinaldi", "Paola Mariani", "Milano", "Agente", "", "", "", 0.85, "MI"),
    ("Elena Fumagalli", "Paola Mariani", "Milano", "Agente", "", "", "", 1.2, "MI"),
    ("Davide Sala", "Paola Mariani", "Milano", "Agente", "2025-05-12", "", "", 0.75, "MI"),
    ("Federica Marchetti", "Paola Mariani", "Milano", "Brand Specialist", "", "", "Q_BRAND", 0.9, "MI"),
    ("Lorenzo Bartolini", "Alfredo Capuano", "Firenze", "Agente", "", "", "", 1.15, "FI"),
    ("Sofia Innocenti", "Alfredo Capuano", "Firenze", "Agente", "", "", "", 0.95, "FI"),
    ("Matteo Cecchi", "Alfredo Capuano", "Firenze", "Agente", "", "", "", 0.7, "FI"),
    ("Salvatore Russo", "Alfredo Capuano", "Napoli", "Agente", "", "", "", 1.3, "NA"),
    ("Chiara Esposito", "Alfredo Capuano", "Napoli", "Agente", "", "", "", 1.0, "NA"),
    ("Marco Iovine", "Alfredo Capuano", "Napoli", "Agente", "", "", "", 0.8, "NA"),
    ("Antonio De Luca", "Alfredo Capuano", "Napoli", "Agente", "", "2025-09-30", "", 0.9, "NA"),
    ("Valentina Romano", "Alfredo Capuano", "Napoli", "Agente", "", "", "", 0.6, "NA"),
]
QUOTA = {"Q_SENIOR": "180000.00", "Q_BRAND": "150000.00"}
BRAND_SPECIALIST = "Federica Marchetti"

# product, family, (metres low, metres high), (price per metre low, high) or (amount low, high)
FABRICS = [
    ("Seta Como", (250, 1200), (18.0, 42.0)),
    ("Lana Biella", (300, 1400), (14.0, 30.0)),
    ("Lino", (300, 1500), (7.5, 16.0)),
    ("Cotone", (400, 1800), (5.0, 11.0)),
    ("Denim", (400, 1600), (6.5, 13.5)),
    ("Jacquard", (200, 1000), (16.0, 34.0)),
]
ACCESSORIES = [("Bottoni", (600, 4200)), ("Cerniere", (800, 4800)), ("Passamaneria", (900, 5600))]
REMNANTS = ("Scampoli", (300, 2400))

BOUTIQUES = {
    "Milano": [
        "Boutique Marisa Bergamo", "Atelier Vezzoli Brescia", "Spazio Moda Monza",
        "Sartoria Colombo Como", "Bottega Rota Lecco", "Boutique Ardizzone Brera",
        "Maglieria Pozzi Varese", "Atelier Gervasoni Cremona", "Concept Store Navigli",
        "Boutique Lanzani Pavia", "Camiceria Invernizzi Lodi", "Atelier Perego Sondrio",
    ],
    "Firenze": [
        "Bottega Nardini Prato", "Boutique Lastrucci Oltrarno", "Sartoria Becattini Arezzo",
        "Atelier Pieraccini Lucca", "Moda Ciampi Siena", "Boutique Taddei Pisa",
        "Camiceria Lapi Empoli", "Atelier Rosselli Livorno", "Boutique Magherini Pistoia",
    ],
    "Napoli": [
        "Sartoria Caputo Chiaia", "Boutique Ruocco Salerno", "Atelier Cimmino Caserta",
        "Camiceria Sorrentino Amalfi", "Moda Iannone Bari", "Boutique Scognamiglio Pozzuoli",
        "Atelier Palumbo Avellino", "Sartoria De Simone Portici", "Boutique Carotenuto Vomero",
    ],
}
BRANDS = [
    "Velluto Studio", "Maison Aurelia", "Casa Orsolina", "Linea Bellavista", "Nebbia Atelier",
    "Studio Tramontana", "Oltremare Brand", "Filo Rosso Collective",
]


def workdays(year, month):
    d = dt.date(year, month, 1)
    out = []
    while d.month == month:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def money(x):
    return f"{x:.2f}"


counters = {"MI": 0, "FI": 0, "NA": 0}
rows = []
months = [(2025, m) for m in range(1, 13)] + [(2026, 1), (2026, 2)]
for sid, mgr, terr, role, start, end, qk, skill, prefix in AGENTS:
    start_d = dt.date.fromisoformat(start) if start else dt.date(2025, 1, 1)
    end_d = dt.date.fromisoformat(end) if end else dt.date(2026, 12, 31)
    for (y, m) in months:
        # August is quiet (ferie), January and July have the sales and the fairs.
        season = {8: 0.35, 1: 1.15, 7: 1.1, 12: 0.8}.get(m, 1.0) if y == 2025 else 1.0
        n_fab = max(0, round(rng.gauss(4.1 * skill * season, 1.2)))
        n_acc = max(0, round(rng.gauss(2.6 * (0.6 + 0.4 * skill) * season, 1.0)))
        n_rem = 1 if rng.random() < 0.45 else 0
        opps = [("F", None)] * n_fab + [("A", None)] * n_acc + [("R", None)] * n_rem
        days = workdays(y, m)
        for fam, _ in opps:
            close = rng.choice(days)
            if close < start_d or close > end_d:
                continue
            if fam == "F":
                prod, (ml, mh), (pl, ph) = rng.choice(FABRICS)
                metres = rng.randint(ml // 10, mh // 10) * 10
                price = round(rng.uniform(pl, ph) * 4) / 4
                amount = metres * price
                brand = sid == BRAND_SPECIALIST and rng.random() < 0.75 or rng.random() < 0.2
            elif fam == "A":
                prod, (al, ah) = rng.choice(ACCESSORIES)
                amount = rng.randint(al // 10, ah // 10) * 10
                brand = rng.random() < 0.1
            else:
                prod, (al, ah) = REMNANTS
                amount = rng.randint(al // 10, ah // 10) * 10
                brand = False
            if brand:
                account = rng.choice(BRANDS)
            else:
                account = rng.choice(BOUTIQUES[terr])
            if brand and fam == "F" and rng.random() < 0.5:
                typ = "capsule"
            elif rng.random() < 0.2:
                typ = "new"
            else:
                typ = "reorder"
            win = rng.random() < 0.62
            prob, cancel = "", ""
            if close <= AS_OF:
                stage = "won" if win else "lost"
                if stage == "won" and dt.date(2025, 11, 1) <= close and rng.random() < 0.25:
                    stage, prob = "open", "0.6"   # overdue: not yet confirmed
            else:
                stage = "open"
                prob = "0.6" if rng.random() < 0.45 else "0.3"
            if stage == "won" and close <= CANCEL_BY and rng.random() < 1 / 28:
                stage = "cancelled"
                cancel = min(close + dt.timedelta(days=rng.randint(6, 150)), AS_OF).isoformat()
            counters[prefix] += 1
            did = f"{prefix}-{y % 100:02d}-{counters[prefix]:04d}"
            line = dict(id=did, seller=sid, account=account, name=f"{account} {prod}",
                        type=typ, product=prod, amount=money(amount),
                        close_date=close.isoformat(), stage=stage, split="1",
                        probability=prob, cancel_date=cancel, currency="EUR")
            if typ == "capsule" and sid != BRAND_SPECIALIST and stage in ("won", "cancelled"):
                line["split"] = "0.8"
                rows.append(line)
                rows.append(dict(line, seller=BRAND_SPECIALIST, split="0.2"))
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
                "quota:tessuti"])
    for sid, mgr, terr, role, start, end, qk, skill, prefix in AGENTS:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(qk, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
