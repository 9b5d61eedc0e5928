#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredthirtyfifth workspace (Irrigafort
Equipamentos Agrícolas Ltda, an invented Brazilian irrigation-equipment dealer in Ribeirão Preto,
SP; plan year 1 April 2026 - 31 March 2027, the fiscal year of its Japanese parent; BRL; MONTHLY
payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Irrigafort technical sales consultants (AGENTS below). Half of
  each agent's opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept
  (they become Pivô Linear projects), and every opportunity of Vicki Laflamme (re-cast as
  Gustavo Schmidt, the Project Engineer) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 April 2026 and 31 December 2017 becomes 31 January 2027. AS OF = 2026-11-18. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one
  dated after it becomes an open quote (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 November 2026 + (hash mod 80) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 December 2026 + (hash mod 120) days.
- Amounts in BRL, whole reais: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor.
    MG Special     -> Plano de Manutenção       x 60
    GTX Basic      -> Kit Gotejamento           x 20
    GTX Plus Basic -> Controlador IrriSmart     x 12
    MG Advanced    -> Telemetria FieldLink      x 4
    GTX Pro        -> Carretel Enrolador        x 15
    GTX Plus Pro   -> Pivô Central              x 40
    GTK 500        -> Pivô Linear               x 25
- Accounts: Pivô Linear projects go to one of 14 invented agribusinesses (sugar mills,
  cooperatives; Maven account index mod 14); every other opportunity goes to one of 30 invented
  farms ("Fazenda ...", "Sítio ...") or, when the Maven account index mod 5 = 0, to an
  agribusiness. An opportunity with no account gets one by hash.
- Type: Plano de Manutenção with hash mod 2 = 0 and Telemetria FieldLink with hash mod 3 = 0 =
  "renewal"; otherwise hash mod 4 = 0 = "expansion" (ampliação: more equipment for an existing
  Irrigafort customer), the rest "new".
- Splits (plan.md 3.4): a won or cancelled Pivô Linear project of any consultant but Gustavo
  Schmidt is two lines with the same id: 60% to the consultant, 40% to Gustavo Schmidt.
  Rafael Oliveira's deals closing on or after Diego Andrade's start with hash mod 5 = 0 are
  "padrinho" (mentor) deals, two lines 50% / 50% with Diego Andrade.
- Cancellations ("distratos"): a won deal closed on or before 2026-11-04 with hash mod 19 = 0 is
  cancelled, cancel_date = close + 6 + (hash mod 130) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Rafael Oliveira (Consultor Sênior) and Gustavo Schmidt (Engenheiro de Projetos) carry
  their own quarterly Equipment quota. Diego Andrade joined on 2026-08-17 (his own deals before
  that date are dropped); Aline Barbosa left on 2026-10-09 (her deals after that are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 18)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Kary Hendrixson": "Rafael Oliveira",
    "Cassey Cress": "Juliana Costa",
    "Zane Levy": "Lucas Moreira",
    "Donn Cantrell": "Camila Rocha",
    "Maureen Marcano": "Diego Andrade",
    "Vicki Laflamme": "Gustavo Schmidt",
    "Reed Clapper": "Letícia Ramos",
    "Corliss Cosme": "Bruno Carvalho",
    "Kami Bicknell": "Fernanda Almeida",
    "Markita Hansen": "Vinicius Becker",
    "James Ascencio": "Patricia Nunes",
    "Daniell Hammack": "Lucas Ferreira",
    "Anna Snelling": "Mariana Sato",
    "Jonathan Berthelot": "Rodrigo Mendes",
    "Elease Gluck": "Aline Barbosa",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:equip
    ("Rafael Oliveira", "Marcelo Tavares", "Centro-Oeste", "Consultor Sênior", "", "", "Q_SENIOR"),
    ("Juliana Costa", "Marcelo Tavares", "Centro-Oeste", "Consultor Técnico", "", "", ""),
    ("Lucas Moreira", "Marcelo Tavares", "Centro-Oeste", "Consultor Técnico", "", "", ""),
    ("Camila Rocha", "Marcelo Tavares", "Centro-Oeste", "Consultor Técnico", "", "", ""),
    ("Diego Andrade", "Marcelo Tavares", "Centro-Oeste", "Consultor Técnico", "2026-08-17", "", ""),
    ("Gustavo Schmidt", "Regina Baptista", "Sul", "Engenheiro de Projetos", "", "", "Q_ENGINEER"),
    ("Letícia Ramos", "Regina Baptista", "Sul", "Consultor Técnico", "", "", ""),
    ("Bruno Carvalho", "Regina Baptista", "Sul", "Consultor Técnico", "", "", ""),
    ("Fernanda Almeida", "Regina Baptista", "Sul", "Consultor Técnico", "", "", ""),
    ("Vinicius Becker", "Regina Baptista", "Sul", "Consultor Técnico", "", "", ""),
    ("Patricia Nunes", "Eduardo Kato", "Sudeste", "Consultor Técnico", "", "", ""),
    ("Lucas Ferreira", "Eduardo Kato", "Sudeste", "Consultor Técnico", "", "", ""),
    ("Mariana Sato", "Eduardo Kato", "Sudeste", "Consultor Técnico", "", "", ""),
    ("Rodrigo Mendes", "Eduardo Kato", "Sudeste", "Consultor Técnico", "", "", ""),
    ("Aline Barbosa", "Eduardo Kato", "Sudeste", "Consultor Técnico", "", "2026-10-09", ""),
]
QUOTA = {"Q_SENIOR": "1300000.00", "Q_ENGINEER": "2000000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Plano de Manutenção", 60),
    "GTX Basic": ("Kit Gotejamento", 20),
    "GTX Plus Basic": ("Controlador IrriSmart", 12),
    "MG Advanced": ("Telemetria FieldLink", 4),
    "GTX Pro": ("Carretel Enrolador", 15),
    "GTXPro": ("Carretel Enrolador", 15),
    "GTX Plus Pro": ("Pivô Central", 40),
    "GTK 500": ("Pivô Linear", 25),
}
FARMS = [
    "Fazenda Santa Helena", "Fazenda Boa Vista", "Fazenda Rio Claro", "Sítio Esperança",
    "Fazenda Três Irmãos", "Fazenda São Jorge", "Granja Kaiser", "Fazenda Ouro Verde",
    "Sítio Pé de Serra", "Fazenda Bela Aurora", "Fazenda Lagoa Dourada", "Fazenda Cachoeirinha",
    "Fazenda Nakamura", "Sítio Recanto Feliz", "Fazenda Vale do Sol", "Fazenda Morro Alto",
    "Fazenda Primavera", "Fazenda Água Limpa", "Granja Dalla Costa", "Fazenda Jatobá",
    "Fazenda Pau d'Alho", "Fazenda Serra Negra", "Sítio Quatro Ventos", "Fazenda Capão Bonito",
    "Fazenda Bom Retiro", "Fazenda Santa Rita", "Fazenda Estrela do Norte", "Sítio Girassol",
    "Fazenda Campo Grande", "Fazenda Paineiras",
]
AGRIBUSINESSES = [
    "Usina São Bento", "Cooperativa Agroverde", "Usina Santa Cruz do Pontal",
    "Cooperativa Mista Vale do Iguaçu", "Agropecuária Cerrado Vivo", "Citros Alta Mogiana",
    "Café Serra da Canastra", "Grupo Sementes Pioneira", "Usina Bela Vista Bioenergia",
    "Cooperativa Tritícola Campos Gerais", "Hortifruti Cinturão Verde", "Algodoeira Chapadão",
    "Laticínios Serra Azul", "Agrícola Rio Verde",
]
CANCEL_BY = dt.date(2026, 11, 4)


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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Vicki Laflamme"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product == "Pivô Linear" or idx % 5 == 0:
        account = AGRIBUSINESSES[idx % len(AGRIBUSINESSES)]
    else:
        account = FARMS[idx % len(FARMS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 11, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 12, 1) + dt.timedelta(days=x % 120)
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
    if product == "Plano de Manutenção" and x % 2 == 0:
        typ = "renewal"
    elif product == "Telemetria FieldLink" and x % 3 == 0:
        typ = "renewal"
    elif (x // 5) % 4 == 0:
        typ = "expansion"
    else:
        typ = "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="BRL")
    partner = None
    if product == "Pivô Linear" and seller != "Gustavo Schmidt" and stage in ("won", "cancelled"):
        partner, share = "Gustavo Schmidt", ("0.6", "0.4")
    elif (seller == "Rafael Oliveira" and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START["Diego Andrade"])):
        partner, share = "Diego Andrade", ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
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
                "quota:equip"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
