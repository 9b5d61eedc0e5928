#!/usr/bin/env python3
"""Generate deals.csv and sellers.csv for the fortyfourth workspace (Conecta Norte S.A. de C.V.).

Synthetic, deterministic (seeded). Recurring lines carry the deal's MONTHLY recurring revenue
(MRR, MXN); installation / professional-services lines (product "Instalación") carry one-time
revenue. Plan year 2025; won deals close 2025-01-01 .. 2025-10-26 (before the as-of date 2025-10-31); open deals
are forecast for November/December 2025.
"""
import csv, random, datetime as dt

rng = random.Random(4404)

MANAGERS = {
    "Norte": "Héctor Manuel Villarreal Treviño",
    "Centro": "Claudia Verónica Sánchez Olvera",
    "Occidente": "Jorge Eduardo Navarro Íñiguez",
}
# id (full name), region, skill, start_date, quota override
SELLERS = [
    ("María Fernanda López Garza", "Norte", 1.45, "", "400000.00"),
    ("Guillermo Andrés Cavazos Leal", "Norte", 1.05, "", ""),
    ("Luis Fernando Cantú Elizondo", "Norte", 0.80, "", ""),
    ("Diana Patricia Salinas Rocha", "Norte", 0.60, "", ""),
    ("Francisco Javier Hernández Ortiz", "Centro", 1.20, "", ""),
    ("Guadalupe Isabel Martínez Reyes", "Centro", 0.95, "", ""),
    ("Luis Alberto Ramírez Soto", "Centro", 1.10, "", ""),
    ("Alejandra Monserrat Cruz Domínguez", "Centro", 0.50, "", ""),
    ("José Antonio Gutiérrez Chávez", "Occidente", 1.30, "", ""),
    ("Karla Daniela Orozco Medina", "Occidente", 0.85, "", ""),
    ("Roberto Carlos Aceves Plascencia", "Occidente", 0.70, "", ""),
    ("Ximena Regina Vázquez Torres", "Occidente", 0.90, "2025-07-14", ""),
]
ACCOUNTS = {
    "Norte": ["Aceros Cumbres", "Universidad Regiomontana del Valle", "Autopartes Apodaca",
              "Cervecería Sierra Madre", "Tiendas La Loma", "Plásticos Santa Catarina",
              "Hospital San Nicolás", "Vidrios Escobedo", "Logística Ruta 85"],
    "Centro": ["Farmacias Portales", "Universidad del Ajusco", "Grupo Textil Tlalpan",
               "Hospital Ángeles Mixcoac", "Tiendas Zócalo", "Banco Popular Roma",
               "Editorial Coyoacán", "Laboratorios Xochimilco", "Hoteles Reforma"],
    "Occidente": ["Universidad Tapatía", "Tequilera Los Altos", "Muebles Tlaquepaque",
                  "Electrónica Zapopan", "Tiendas Chapala", "Calzado El Salto",
                  "Hospital Providencia", "Alimentos Tonalá", "Agroindustrias Ameca"],
}
PRODUCTS = [  # product, weight, MRR range
    ("Fibra Dedicada", 4, (12000, 45000)),
    ("SD-WAN", 2, (35000, 140000)),
    ("Cloud PBX", 3, (6000, 30000)),
    ("Seguridad Gestionada", 2, (20000, 90000)),
]
AS_OF = dt.date(2025, 10, 31)

def pick_product():
    tot = sum(w for _, w, _ in PRODUCTS)
    r = rng.uniform(0, tot)
    for p, w, rngs in PRODUCTS:
        r -= w
        if r <= 0:
            return p, rngs
    return PRODUCTS[-1][0], PRODUCTS[-1][2]

def money(x):
    return f"{int(round(x / 100.0)) * 100}.00"

rows = []
n = 0
def nid():
    global n
    n += 1
    return f"CN-{n:04d}"

won_by_seller_acct = {}
for sid, region, skill, start, _ in SELLERS:
    first = dt.date(2025, 1, 1) if not start else dt.date.fromisoformat(start)
    seen = set()
    for month in range(first.month, 13):
        k = rng.choice([2, 3, 3, 4])
        for _ in range(k):
            day = rng.randint(1, 28)
            close = dt.date(2025, month, day)
            if close < first:
                close = first + dt.timedelta(days=rng.randint(1, 10))
            product, (lo, hi) = pick_product()
            acct = rng.choice(ACCOUNTS[region])
            if acct in seen:
                dtype = rng.choice(["upgrade", "upgrade", "renewal"])
            else:
                dtype = "new"
            mrr = rng.uniform(lo, hi) * skill
            if close > AS_OF:
                stage = "open"
                prob = rng.choice(["0.25", "0.5", "0.75"])
            else:
                stage = "won" if rng.random() < 0.72 else "lost"
                prob = ""
            if stage == "won":
                seen.add(acct)
            did = nid()
            term = rng.choice([12, 24, 36, 36, 48])
            cancel = ""
            if stage == "won" and rng.random() < 0.06:
                stage = "cancelled"
                cd = close + dt.timedelta(days=rng.choice([45, 90, 150, 170, 200, 240]))
                if cd > AS_OF:
                    cd = AS_OF
                cancel = cd.isoformat()
            rows.append(dict(id=did, seller=sid, amount=money(mrr), close_date=close.isoformat(),
                             stage=stage, type=dtype, product=product, split="1",
                             probability=prob, term_months=str(term), cancel_date=cancel,
                             account=acct, name=f"{acct} - {product}", currency="MXN"))
            # one-time installation / professional services on most new and upgrade deals
            if dtype != "renewal" and rng.random() < 0.65:
                inst = rng.uniform(25000, 320000) * (1.4 if product == "SD-WAN" else 1.0)
                rows.append(dict(id=did + "-I", seller=sid, amount=money(inst),
                                 close_date=close.isoformat(), stage=stage, type=dtype,
                                 product="Instalación", split="1", probability=prob,
                                 term_months="", cancel_date=cancel, account=acct,
                                 name=f"{acct} - Instalación {product}", currency="MXN"))

# two co-sold multi-region deals, split 50/50 (same id, two lines)
for did, a, b, acct, prod, amt, close in [
    ("CN-9001", "María Fernanda López Garza", "Francisco Javier Hernández Ortiz",
     "Cadena Comercial Norte-Centro", "SD-WAN", "180000.00", "2025-05-20"),
    ("CN-9002", "José Antonio Gutiérrez Chávez", "Luis Alberto Ramírez Soto",
     "Universidad Panamericana del Bajío", "Seguridad Gestionada", "96000.00", "2025-08-27"),
]:
    for s in (a, b):
        rows.append(dict(id=did, seller=s, amount=amt, close_date=close, stage="won", type="new",
                         product=prod, split="0.5", probability="", term_months="36",
                         cancel_date="", account=acct, name=f"{acct} - {prod} multisede",
                         currency="MXN"))

cols = ["id", "seller", "amount", "close_date", "stage", "type", "product", "split",
        "probability", "term_months", "cancel_date", "account", "name", "currency"]
rows.sort(key=lambda r: (r["close_date"], r["id"], r["seller"]))
with open("deals.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=cols)
    w.writeheader()
    for r in rows:
        if r["stage"] == "open":
            r["close_date"] = r["close_date"]
        w.writerow(r)

with open("sellers.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "quota:mrr"])
    for sid, region, _, start, q in SELLERS:
        w.writerow([sid, sid, MANAGERS[region], region, "Ejecutivo de Cuenta", start, q])
