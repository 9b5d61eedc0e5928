#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredseventysixth workspace: Ipê Pay Tecnologia
S.A., an invented São Paulo B2B payments and software company that sells merchant acquiring
(POS terminals, online checkout, Pix collection) and retail software subscriptions (ERP,
reconciliation) to Brazilian merchants. Plan year = calendar year 2025 (1 January - 31 December
2025), amounts in BRL, MONTHLY payouts. The deals are invented (no CRM export is used).
Standard library only; deterministic (one random.Random with a fixed seed, consumed in a fixed
order; no clock). Run: python3 gen_deals.py

- 16 sellers (executivos de vendas) under 3 managers (ROSTER below). Thiago Albuquerque (Key
  Account Executive) carries his own quarterly Captura meta; Juliana Batista (Especialista SaaS)
  carries her own Captura and Recorrência metas. Letícia Moura joined on 2025-07-14 (no deal
  before); Diego Martins left on 2025-09-30 (no deal after). The roster's name column gives João
  Pedro Sampaio's nickname ("JP"); the id is the full name.
- Every seller gets opportunities month by month, January 2025 - January 2026, scaled by the
  seller's pace (PACE). Acquiring products (Maquininha Smart, Checkout Link, Pix Cobrança): the
  amount is the contracted first-year net MDR revenue; software (ERP Varejo, Concilia): the
  first-year contract value. Whole tens of reais, from a triangular draw per product (ACQUIRING,
  SOFTWARE); the Key Account Executive's acquiring amounts are 1.4 times the others' (BIG). Each
  deal goes to an account of the seller's team region (ACCOUNTS); an account the seller has won
  before is usually an upsell.
- An opportunity closing on or before AS_OF is won (about 62%) or lost; one closing after it is
  open ("no forno") with a probability of 0.2 / 0.4 / 0.6 / 0.8; a few open ones are overdue
  (expected close up to 10 days before AS_OF).
- Types: "new" (logo novo), "upsell" (an existing Ipê merchant buying more), "switch" (a merchant
  brought over from another acquirer, "troca"; acquiring products only).
- Cancellations ("distratos"): about 7% of won deals closed up to 2025-10-31 draw a cancel
  date of close + 12..210 days; those whose cancel date is on or before AS_OF are cancelled (the
  plan claws back only those cancelled within 90 days of close), the others stay won.
- Split (plan.md 3.4): every won or cancelled ERP Varejo deal of a seller other than Juliana
  Batista is two lines with the same id: 75% to the seller, 25% to Juliana Batista.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 11, 14)
CANCEL_BY = dt.date(2025, 10, 31)
SPECIALIST = "Juliana Batista"

ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:captura, quota:recorrencia
    ("Thiago Albuquerque", "Renata Guimarães", "Paulista", "Key Account Executive", "", "", "300000.00", ""),
    ("Camila Duarte", "Renata Guimarães", "Paulista", "Executiva de Vendas", "", "", "", ""),
    ("João Pedro Sampaio", "Renata Guimarães", "Paulista", "Executivo de Vendas", "", "", "", ""),
    ("Larissa Menezes", "Renata Guimarães", "Paulista", "Executiva de Vendas", "", "", "", ""),
    ("Rafael Okamoto", "Renata Guimarães", "Paulista", "Executivo de Vendas", "", "", "", ""),
    ("Gustavo Tavares", "Fábio Trindade", "Interior", "Executivo de Vendas", "", "", "", ""),
    ("Ana Carolina Ribeiro", "Fábio Trindade", "Interior", "Executiva de Vendas", "", "", "", ""),
    ("Diego Martins", "Fábio Trindade", "Interior", "Executivo de Vendas", "", "2025-09-30", "", ""),
    ("Patrícia Lemos", "Fábio Trindade", "Interior", "Executiva de Vendas", "", "", "", ""),
    ("Vinícius Araújo", "Fábio Trindade", "Interior", "Executivo de Vendas", "", "", "", ""),
    ("Juliana Batista", "Cláudia Nogueira", "Rio", "Especialista SaaS", "", "", "90000.00", "650000.00"),
    ("Felipe Cardoso", "Cláudia Nogueira", "Rio", "Executivo de Vendas", "", "", "", ""),
    ("Marcos Vinícius Rocha", "Cláudia Nogueira", "Rio", "Executivo de Vendas", "", "", "", ""),
    ("Letícia Moura", "Cláudia Nogueira", "Rio", "Executiva de Vendas", "2025-07-14", "", "", ""),
    ("Rafael Dantas", "Cláudia Nogueira", "Rio", "Executivo de Vendas", "", "", "", ""),
    ("Bruno Siqueira", "Cláudia Nogueira", "Rio", "Executivo de Vendas", "", "", "", ""),
]
# opportunities a month (acquiring), software opportunities a month, win rate
PACE = {
    "Thiago Albuquerque": (7, 1.0, 0.66),
    "Camila Duarte": (6, 1.0, 0.64),
    "João Pedro Sampaio": (5, 0.9, 0.60),
    "Larissa Menezes": (7, 0.8, 0.66),
    "Rafael Okamoto": (4, 0.6, 0.55),
    "Gustavo Tavares": (6, 0.9, 0.62),
    "Ana Carolina Ribeiro": (7, 1.0, 0.64),
    "Diego Martins": (5, 0.6, 0.55),
    "Patrícia Lemos": (5, 1.3, 0.62),
    "Vinícius Araújo": (4, 0.6, 0.55),
    "Juliana Batista": (3, 2.0, 0.65),
    "Felipe Cardoso": (6, 0.9, 0.62),
    "Marcos Vinícius Rocha": (6, 0.7, 0.60),
    "Letícia Moura": (6, 0.7, 0.60),
    "Rafael Dantas": (4, 0.5, 0.55),
    "Bruno Siqueira": (8, 1.0, 0.68),
}
# the Key Account Executive sells to chains: his acquiring amounts are 1.4 times the others'
BIG = {"Thiago Albuquerque": 1.4}
# product: (low, mode, high) first-year amount in BRL
ACQUIRING = {
    "Maquininha Smart": (2500, 9000, 42000),
    "Checkout Link": (4000, 14000, 65000),
    "Pix Cobrança": (1500, 5000, 19000),
}
SOFTWARE = {
    "ERP Varejo": (14000, 32000, 88000),
    "Concilia": (6000, 15000, 38000),
}
ACCOUNTS = {
    "Paulista": [
        "Padaria Estrela do Bixiga", "Empório Santa Cecília", "Hortifruti Pinheiros",
        "Farmácia Vila Mariana", "Pet Shop Quatro Patas", "Academia Corpo Livre",
        "Barbearia Navalha de Ouro", "Sorveteria Gelato Mooca", "Livraria Sebo Paulista",
        "Ótica Visão Clara", "Restaurante Sabor da Liberdade", "Mercadinho Vila Madalena",
        "Grupo Vitória Varejo", "Rede Farma Mais", "Loja Mania de Tênis", "Cantina Dona Giulia",
        "Açougue Boi Bravo", "Floricultura Jardim Europa", "Lavanderia Bolha Azul",
        "Papelaria Ponto Certo", "Auto Peças Ipiranga", "Clínica Dr. Sorriso Paulista",
        "Doceria Brigadeiro Fino", "Estacionamento Centro Velho",
    ],
    "Interior": [
        "Supermercado Irmãos Tonin", "Auto Posto Anhanguera", "Clínica Sorriso Campinas",
        "Oficina do Zé Ribeirão", "Distribuidora Serra Verde", "Cervejaria Vale do Paraíba",
        "Agropecuária Boa Safra", "Material de Construção Alicerce", "Rede Bom Preço Atacarejo",
        "Loja Moda Sorocaba", "Pizzaria Forno a Lenha Jundiaí", "Hotel Fazenda Águas Claras",
        "Drogaria Boa Saúde", "Casa do Café Franca", "Laticínios Serra da Canastra",
        "Churrascaria Gaúcha Londrina", "Móveis Curitiba Design", "Vinícola Campos Altos",
        "Pet Center Piracicaba", "Escola Pequeno Príncipe", "Padaria Pão Quente Bauru",
        "Autoescola Direção Certa",
    ],
    "Rio": [
        "Açaí da Praia Copacabana", "Pousada Mar Azul", "Quiosque Arpoador", "Bar do Alemão Tijuca",
        "Surf Shop Barra", "Farmácia Carioca", "Restaurante Maré Alta", "Hortifruti Botafogo",
        "Academia Leme Fitness", "Livraria Lapa Cultural", "Loja Biquíni Ipanema",
        "Padaria Flor de Niterói", "Grupo Guanabara Alimentos", "Clínica Saúde Laranjeiras",
        "Ótica Rio Branco", "Pet Shop Recreio", "Cervejaria Serra Fluminense",
        "Hotel Santa Teresa", "Mercado São Cristóvão", "Escola de Samba Bloco Lindo",
        "Oficina Motos Méier", "Doceria Petrópolis",
    ],
}
# the roster's display name carries the nickname the floor uses
NICK = {"João Pedro Sampaio": 'João Pedro "JP" Sampaio'}
TEAM = {r[0]: r[2] for r in ROSTER}
START = {r[0]: dt.date.fromisoformat(r[4]) if r[4] else dt.date(2025, 1, 1) for r in ROSTER}
END = {r[0]: dt.date.fromisoformat(r[5]) if r[5] else None for r in ROSTER}

rng = random.Random(20251114)


def amount(spec):
    lo, mode, hi = spec
    return int(round(rng.triangular(lo, hi, mode) / 10.0)) * 10


def day_in(year, month):
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first + dt.timedelta(days=rng.randrange((nxt - first).days))


used = set()


def new_id():
    while True:
        i = "NEG-%05d" % rng.randrange(10000, 99999)
        if i not in used:
            used.add(i)
            return i


rows = []
MONTHS = [(2025, m) for m in range(1, 13)] + [(2026, 1)]
for sid, mgr, terr, role, start, end, qc, qr in ROSTER:
    acq_n, soft_n, win = PACE[sid]
    pool = ACCOUNTS[terr]
    won_accounts = set()
    for (y, m) in MONTHS:
        n_acq = max(0, acq_n + rng.randint(-2, 2))
        n_soft = int(soft_n) + (1 if rng.random() < soft_n - int(soft_n) else 0)
        opps = [("acq", rng.choice(list(ACQUIRING))) for _ in range(n_acq)]
        opps += [("soft", rng.choice(list(SOFTWARE))) for _ in range(n_soft)]
        for kind, product in opps:
            close = day_in(y, m)
            if close < START[sid] or (END[sid] and close > END[sid]):
                continue
            spec = ACQUIRING[product] if kind == "acq" else SOFTWARE[product]
            amt = amount(spec)
            if kind == "acq" and sid in BIG:
                amt = int(round(amt * BIG[sid] / 10.0)) * 10
            account = rng.choice(pool)
            r = rng.random()
            if account in won_accounts and rng.random() < 0.6:
                typ = "upsell"
            elif kind == "acq" and r < 0.3:
                typ = "switch"
            else:
                typ = "new"
            stage, prob, cancel = "won", "", ""
            if close > AS_OF:
                stage = "open"
                prob = rng.choice(["0.2", "0.4", "0.6", "0.8"])
            else:
                late = (AS_OF - close).days <= 10 and rng.random() < 0.3
                if late and not END[sid]:
                    stage, prob = "open", rng.choice(["0.4", "0.6"])
                elif rng.random() < win:
                    stage = "won"
                    won_accounts.add(account)
                    if close <= CANCEL_BY and rng.random() < 0.07:
                        c = close + dt.timedelta(days=rng.randint(12, 210))
                        if c <= AS_OF:
                            stage, cancel = "cancelled", c.isoformat()
                else:
                    stage = "lost"
            line = dict(id=new_id(), seller=sid, account=account, name=f"{account} - {product}",
                        type=typ, product=product, amount=f"{amt}.00",
                        close_date=close.isoformat(), stage=stage, split="1",
                        probability=prob, cancel_date=cancel, currency="BRL")
            if product == "ERP Varejo" and sid != SPECIALIST and stage in ("won", "cancelled"):
                line["split"] = "0.75"
                rows.append(line)
                rows.append(dict(line, seller=SPECIALIST, split="0.25"))
            else:
                rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:captura", "quota:recorrencia"])
    for sid, mgr, terr, role, start, end, qc, qr in ROSTER:
        w.writerow([sid, NICK.get(sid, sid), mgr, terr, role, start, end, qc, qr])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
