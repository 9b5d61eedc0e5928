#!/usr/bin/env python3
"""Make deals.csv and sellers.csv for the fiftysecond workspace (Ponte Sistemas, BRL, 2026).

Synthetic, seeded (random.Random(52)); standard library only. Won deals close
2026-01-05 .. 2026-08-31 (the set's as-of date is 2026-08-31); open deals have expected
closes September-December 2026; lost deals any time Jan-Aug.
"""
import csv, datetime, random

R = random.Random(52)
TEAMS = {
    ("Renata Albuquerque", "SP Capital"): [
        "José Carlos Silva", "Gabriela Souza", "Ana Clara Oliveira", "Thiago Mendes", "Lucas Rocha"],
    ("Marcelo Fontes", "Rio"): [
        "Eduarda Lima", "João Pedro Santos", "Fernanda Costa", "Rafael Almeida"],
    ("Patrícia Becker", "Sul"): [
        "Lucas Ferreira", "Camila Werner", "Bruno Kowalski", "Mariana Pereira"],
}
START = {"Mariana Pereira": "2026-04-13"}
QUOTA = {"José Carlos Silva": "750000.00"}
STRENGTH = {"José Carlos Silva": 1.35, "Gabriela Souza": 1.2, "Ana Clara Oliveira": 0.9,
            "Thiago Mendes": 0.6, "Lucas Rocha": 1.0, "Eduarda Lima": 1.15,
            "João Pedro Santos": 0.85, "Fernanda Costa": 1.05, "Rafael Almeida": 0.5,
            "Lucas Ferreira": 0.95, "Camila Werner": 1.25, "Bruno Kowalski": 0.75,
            "Mariana Pereira": 0.7}
ACCOUNTS = {
    "SP Capital": ["Metalúrgica Bandeirantes", "Cerâmica Paulista", "Autopeças Anhembi",
                   "Logística Tietê", "Rede Farmácia Boa Saúde", "Grupo Ibirapuera",
                   "Distribuidora Paulistana", "Laboratório Pinheiros", "Construtora Morumbi",
                   "Gráfica Mooca", "Alimentos Ipiranga", "Plásticos Osasco"],
    "Rio": ["Supermercados Carioca", "Editora Guanabara", "Clínica Copacabana",
            "Construtora Atlântica", "Estaleiro Niterói", "Hotelaria Leblon",
            "Transportes Baía", "Colégio Tijuca", "Petroserv Macaé", "Moda Ipanema"],
    "Sul": ["Têxtil Blumenau", "Cooperativa Planalto", "Vinícola Serra Gaúcha",
            "Móveis Gramado", "Alimentos Pampa", "Transportes Gaúcho",
            "Laticínios Vale Verde", "Madeireira Araucária", "Calçados Novo Hamburgo",
            "Portos de Itajaí"],
}
PRODUCTS = [("ERP Cloud", 0.55, 60000, 420000), ("Folha de Pagamento", 0.3, 25000, 160000),
            ("BI Analytics", 0.15, 20000, 110000)]
def d(s): return datetime.date.fromisoformat(s)
def rnd_date(a, b):
    a, b = d(a), d(b); return a + datetime.timedelta(days=R.randrange((b - a).days + 1))
def money(x, step=500): return f"{round(x / step) * step:.2f}"

rows, sellers = [], []
n = 0
def nid():
    global n; n += 1; return f"PNT-{n:04d}"
for (mgr, terr), reps in TEAMS.items():
    for s in reps:
        sellers.append({"id": s, "name": s, "manager": mgr, "territory": terr,
                        "role": "Executivo de Contas", "start_date": START.get(s, ""),
                        "quota:acv": QUOTA.get(s, "")})
        first = START.get(s, "2026-01-05")
        k = STRENGTH[s]
        seen = set()
        for i in range(int(15 * k) + 3):
            prod = R.choices(PRODUCTS, weights=[p[1] for p in PRODUCTS])[0]
            acct = R.choice(ACCOUNTS[terr])
            typ = "upsell" if acct in seen and R.random() < 0.7 else R.choice(["new", "new", "renewal"] if acct not in seen else ["upsell", "renewal"])
            seen.add(acct)
            amt = R.uniform(prod[2], prod[3]) * (0.45 + 0.2 * k)
            term = R.choice([12, 12, 24, 36, 36]) if typ == "new" else R.choice([12, 24])
            cd = rnd_date(first, "2026-08-31")
            rows.append(dict(id=nid(), seller=s, amount=money(amt), close_date=cd.isoformat(),
                             stage="won", type=typ, product=prod[0], term_months=term, account=acct))
            if typ in ("new", "upsell") and R.random() < 0.45:   # its implementation project
                rows.append(dict(id=nid(), seller=s, amount=money(amt * R.uniform(0.12, 0.3)),
                                 close_date=(cd + datetime.timedelta(days=R.randrange(0, 20))).isoformat() if cd < d("2026-08-12") else cd.isoformat(),
                                 stage="won", type=typ, product="Implantação", term_months="", account=acct))
        for i in range(int(6 * k) + 2):
            prod = R.choices(PRODUCTS, weights=[p[1] for p in PRODUCTS])[0]
            rows.append(dict(id=nid(), seller=s, amount=money(R.uniform(prod[2], prod[3])),
                             close_date=rnd_date(first, "2026-08-31").isoformat(), stage="lost",
                             type=R.choice(["new", "new", "upsell", "renewal"]), product=prod[0],
                             term_months="", account=R.choice(ACCOUNTS[terr])))
        for i in range(R.randrange(3, 7)):
            prod = R.choices(PRODUCTS, weights=[p[1] for p in PRODUCTS])[0]
            rows.append(dict(id=nid(), seller=s, amount=money(R.uniform(prod[2], prod[3])),
                             close_date=rnd_date("2026-09-01", "2026-12-20").isoformat(), stage="open",
                             type=R.choice(["new", "upsell"]), product=prod[0], term_months=R.choice([12, 36]),
                             account=R.choice(ACCOUNTS[terr]), probability=R.choice(["0.25", "0.5", "0.75"])))
# a few cancellations: some inside the 90-day window, two outside it
won = [r for r in rows if r["stage"] == "won" and r["product"] != "Implantação" and r["close_date"] < "2026-07-15"]
for r, days in zip(R.sample(won, 9), [20, 35, 48, 60, 75, 88, 110, 130, 40]):
    r["stage"] = "cancelled"
    r["cancel_date"] = min(d(r["close_date"]) + datetime.timedelta(days=days), d("2026-08-31")).isoformat()
# a co-sold deal: the biggest SP Capital new logo, 70/30 with Lucas Rocha
big = max((r for r in rows if r["stage"] == "won" and r["seller"] == "Gabriela Souza" and r["type"] == "new"),
          key=lambda r: float(r["amount"]))
big["split"] = "0.7"
rows.append(dict(big, seller="Lucas Rocha", split="0.3"))
cols = ["id", "seller", "amount", "close_date", "stage", "type", "product", "split", "probability",
        "term_months", "cancel_date", "account"]
rows.sort(key=lambda r: (r["id"], r["seller"]))
with open("deals.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, cols, extrasaction="ignore"); w.writeheader()
    for r in rows: w.writerow({c: r.get(c, "") for c in cols})
with open("sellers.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, ["id", "name", "manager", "territory", "role", "start_date", "quota:acv"])
    w.writeheader(); w.writerows(sellers)
