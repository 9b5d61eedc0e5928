#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredfiftieth workspace (Tucano Pagamentos
S.A., an invented Sao Paulo payments company selling card terminals ("maquininhas"), PIX QR
subscriptions, payment links and working-capital advances to shops and restaurants across
Brazil; plan year = calendar 2026, BRL, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 12 Maven agents are re-cast as Tucano executivos de contas (AGENTS below), 4 per regional
  manager. Half of each agent's opportunities are kept (md5(id) even), except: every GTK 500
  opportunity is kept (they become Tucano Rede fleet deals), and every opportunity of Elease
  Gluck (re-cast as Ana Beatriz Albuquerque, the Especialista de Redes) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 January 2026 and 31 December 2017 becomes 31 October 2026. AS OF = 2026-09-08. A Won
  opportunity that now closes after it becomes an open deal ("no forno", probability 0.6); a Lost
  one dated after it becomes an open deal (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 September 2026 + (hash mod 60) days; Prospecting ones
  (probability 0.2) 1 October 2026 + (hash mod 80) days.
- Amounts in BRL, whole reais: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    GTX Basic      -> Tucano Mini             x 2    (entry card terminal)
    GTX Plus Basic -> Tucano Smart            x 2    (Android terminal with printer)
    GTX Pro        -> Tucano Pro              x 2    (terminal + restaurant kit)
    MG Special     -> Link Tucano             x 15   (payment links, 12-month plan)
    GTK 500        -> Tucano Rede             x 3    (terminal fleet for a chain)
    MG Advanced    -> PIX Tucano Assinatura   x 3    (PIX QR subscription, 12 months)
    GTX Plus Pro   -> Giro Tucano             x 5    (working-capital advance)
- Accounts: Maven accounts are re-cast as 36 invented Brazilian shops and restaurants (Maven
  account index mod 36); an opportunity with no account gets one by hash.
- Type: Giro Tucano = "expansion" when hash mod 3 = 0; otherwise hash mod 4 = 0 = "switch"
  (portabilidade: a shop leaving a rival acquirer), hash mod 4 = 1 = "expansion", the rest "new".
- Splits (plan.md 3.5): a won or cancelled Tucano Rede deal of any executivo but Ana Beatriz
  Albuquerque is two lines with the same id: 60% to the executivo, 40% to Ana Beatriz.
- Cancellations (estornos, "chargeback de contrato"): a won deal closed on or before 2026-08-20
  with hash mod 23 = 0 is cancelled, cancel_date = close + 10 + (hash mod 140) days, at the
  latest the as-of date (plan.md 11: only cancellations within 90 days of close are clawed back).
- Roster: Rafael Costa (Executivo Senior) and Ana Beatriz Albuquerque (Especialista de Redes)
  carry their own quarterly Captura quota; Rafael Costa also his own target incentive. Gustavo
  Andrade joined on 2026-04-13 (his deals before that date are dropped); Larissa Cavalcanti left
  on 2026-07-31 (her deals closing after that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 9, 8)
SHIFT = dt.date(2026, 1, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 8, 20)

AGENTS = {
    "Darcel Schlecht": "Rafael Costa",
    "Anna Snelling": "Juliana Ribeiro",
    "Cassey Cress": "Thiago Nascimento",
    "Versie Hillebrand": "Camila Duarte",
    "Kary Hendrixson": "Rafael Lima",
    "Zane Levy": "Bruno Schmitt",
    "Jonathan Berthelot": "Leticia Vogel",
    "Kami Bicknell": "Gustavo Andrade",
    "Elease Gluck": "Ana Beatriz Albuquerque",
    "Corliss Cosme": "Joao Pedro Farias",
    "Gladys Colclough": "Larissa Cavalcanti",
    "Markita Hansen": "Diego Barbosa",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:captura, target_incentive
    ("Rafael Costa", "Marcelo Tavares", "Sudeste", "Executivo Senior", "", "", "180000.00", "40000.00"),
    ("Juliana Ribeiro", "Marcelo Tavares", "Sudeste", "Executiva de Contas", "", "", "", ""),
    ("Thiago Nascimento", "Marcelo Tavares", "Sudeste", "Executivo de Contas", "", "", "", ""),
    ("Camila Duarte", "Marcelo Tavares", "Sudeste", "Executiva de Contas", "", "", "", ""),
    ("Rafael Lima", "Fernanda Kraemer", "Sul", "Executivo de Contas", "", "", "", ""),
    ("Bruno Schmitt", "Fernanda Kraemer", "Sul", "Executivo de Contas", "", "", "", ""),
    ("Leticia Vogel", "Fernanda Kraemer", "Sul", "Executiva de Contas", "", "", "", ""),
    ("Gustavo Andrade", "Fernanda Kraemer", "Sul", "Executivo de Contas", "2026-04-13", "", "", ""),
    ("Ana Beatriz Albuquerque", "Claudio Menezes", "Nordeste", "Especialista de Redes", "", "", "200000.00", ""),
    ("Joao Pedro Farias", "Claudio Menezes", "Nordeste", "Executivo de Contas", "", "", "", ""),
    ("Larissa Cavalcanti", "Claudio Menezes", "Nordeste", "Executiva de Contas", "", "2026-07-31", "", ""),
    ("Diego Barbosa", "Claudio Menezes", "Nordeste", "Executivo de Contas", "", "", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
SPECIALIST = "Ana Beatriz Albuquerque"
PRODUCT = {
    "GTX Basic": ("Tucano Mini", 2),
    "GTX Plus Basic": ("Tucano Smart", 2),
    "GTX Pro": ("Tucano Pro", 2),
    "GTXPro": ("Tucano Pro", 2),
    "MG Special": ("Link Tucano", 15),
    "GTK 500": ("Tucano Rede", 3),
    "MG Advanced": ("PIX Tucano Assinatura", 3),
    "GTX Plus Pro": ("Giro Tucano", 5),
}
SHOPS = [
    "Padaria Pao de Mel", "Boteco do Ze", "Churrascaria Brasa Viva", "Pizzaria Bella Napoli",
    "Acai da Praia", "Farmacia Vida Nova", "Mercadinho Sao Jorge", "Restaurante Sabor Mineiro",
    "Lanchonete Tropical", "Pet Shop Amigo Fiel", "Moda Carioca", "Sorveteria Polar",
    "Hamburgueria Brasa e Pao", "Bar do Alemao", "Quitanda Verde", "Otica Visao Clara",
    "Cafe Paulistano", "Emporio Serra Gaucha", "Tapiocaria Olinda", "Barbearia Navalha de Ouro",
    "Pastelaria Liberdade", "Cantina Nonna Rosa", "Hortifruti Bom Preco", "Doceria Brigadeiro Fino",
    "Posto Estrela do Sul", "Livraria Sebo Central", "Academia Corpo em Forma", "Sushi Kaiten Paulista",
    "Restaurante Mare Alta", "Casa do Norte Sertao", "Cervejaria Vale do Itajai", "Armazem Pantanal",
    "Drogaria Bem Estar", "Lavanderia Bolha Azul", "Petiscaria Camarao Dourado", "Rede Supermercados Avenida",
]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
maven_accounts = sorted(r["account"] for r in read("accounts.csv"))
IDX = {a: i for i, a in enumerate(maven_accounts)}

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    if not (h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"):
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = SHOPS[idx % len(SHOPS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 60)
            prob = "0.5"
        else:
            close = dt.date(2026, 10, 1) + dt.timedelta(days=x % 80)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if product == "Giro Tucano" and (x // 3) % 3 == 0:
        typ = "expansion"
    else:
        typ = {0: "switch", 1: "expansion"}.get((x // 5) % 4, "new")
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 23 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="BRL")
    if product == "Tucano Rede" and seller != SPECIALIST and stage in ("won", "cancelled"):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.4"))
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
                "quota:captura", "target_incentive"])
    for sid, mgr, terr, role, start, end, q, ti in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q, ti])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
