#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the sixtyseventh workspace (Suministros Industriales
del Bajío y Norte, "SIBN", an industrial-supplies distributor in Mexico, plan year 2026, MXN)
from the real Maven CRM export (/work/shared/data/maven-crm/). Standard library only;
deterministic: no random module, no clock (every choice is a hash of the opportunity id).

- 14 Maven agents are re-cast as SIBN sellers (AGENTS below). An opportunity is kept when the
  first byte of md5(opportunity_id) is even (about half), so each seller carries a realistic
  distributor deal count.
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so won deals
  fall 1 Jan - 2 Nov 2026. AS OF = 2026-10-15: a Won opportunity that now closes after it
  becomes an open deal (probability 0.7). Engaging (0.5) / Prospecting (0.2) opportunities are
  open deals at list price. Every open deal carries an expected close between 16 September and
  15 October 2026 (still open at the as-of date, so a pipeline what-if credits it).
- Amounts in MXN: close value (or list price) x 18, to the peso.
- Products: GTX Basic -> Tornillería, GTX Plus Basic -> Abrasivos, GTX Pro -> Herramienta
  Eléctrica, GTX Plus Pro -> Equipo de Soldadura, MG Special -> EPP Básico, MG Advanced ->
  Detección de Gases, GTK 500 -> Montacargas.
- Accounts: the 85 Maven accounts are re-named, in the export's order, to Mexican industrial
  customers (ACCOUNTS below); opportunities with no account keep none.
- Type: "new" (cuenta nueva) when nobody at SIBN had won the account before (in the kept
  data) or no account; otherwise "tender" (licitación) when md5 byte 1 % 6 == 0, else
  "reorder" (resurtido).
- Cancelled (pedido caído): a won deal closing by 2026-09-15 whose md5 byte 2 % 29 == 0 is
  cancelled 10-169 days after close (md5 byte 3 % 160 + 10), capped at the as-of date.
- Sellers who join mid-year lose their opportunities closing before their start date.
"""
import csv, hashlib, datetime as dt, os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 15)
FX = 18

AGENTS = {
    "Anna Snelling": "Luis Fernando Treviño",
    "Kary Hendrixson": "Mariana Cantú",
    "Versie Hillebrand": 'Jesús "Chuy" Elizondo',
    "Zane Levy": "Rogelio Saldaña",
    "Cassey Cress": "Daniela Montemayor",
    "Gladys Colclough": "Héctor Villarreal",
    "Lajuana Vencill": "Karla Zambrano",
    "Corliss Cosme": 'Francisco "Paco" Ramírez',
    "Markita Hansen": "Guadalupe Hernández",
    "Maureen Marcano": "Alejandro Mendoza",
    "Marty Freudenburg": "Verónica Salinas",
    "Donn Cantrell": "Óscar Navarro",
    "James Ascencio": "María José Aguilar",
    "Violet Mclelland": "Emilio Castañeda",
}
ROSTER = [
    # id (name without the quoted nickname), name, manager, territory, start_date, quota:ventas
    ("Luis Fernando Treviño", "Luis Fernando Treviño", "Ricardo Garza", "Norte", "", ""),
    ("Mariana Cantú", "Mariana Cantú", "Ricardo Garza", "Norte", "", ""),
    ("Jesús Elizondo", 'Jesús "Chuy" Elizondo', "Ricardo Garza", "Norte", "", ""),
    ("Rogelio Saldaña", "Rogelio Saldaña", "Ricardo Garza", "Norte", "", ""),
    ("Daniela Montemayor", "Daniela Montemayor", "Ricardo Garza", "Norte", "", "5500000.00"),
    ("Héctor Villarreal", "Héctor Villarreal", "Ricardo Garza", "Norte", "", ""),
    ("Karla Zambrano", "Karla Zambrano", "Ricardo Garza", "Norte", "2026-05-04", ""),
    ("Francisco Ramírez", 'Francisco "Paco" Ramírez', "Patricia Villaseñor", "Bajío", "", ""),
    ("Guadalupe Hernández", "Guadalupe Hernández", "Patricia Villaseñor", "Bajío", "", ""),
    ("Alejandro Mendoza", "Alejandro Mendoza", "Patricia Villaseñor", "Bajío", "", ""),
    ("Verónica Salinas", "Verónica Salinas", "Patricia Villaseñor", "Bajío", "", ""),
    ("Óscar Navarro", "Óscar Navarro", "Patricia Villaseñor", "Bajío", "", ""),
    ("María José Aguilar", "María José Aguilar", "Patricia Villaseñor", "Bajío", "", ""),
    ("Emilio Castañeda", "Emilio Castañeda", "Patricia Villaseñor", "Bajío", "2026-07-01", ""),
]
NAME_TO_ID = {r[1]: r[0] for r in ROSTER}
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Tornillería", "GTX Plus Basic": "Abrasivos",
    "GTXPro": "Herramienta Eléctrica", "GTX Pro": "Herramienta Eléctrica",
    "GTX Plus Pro": "Equipo de Soldadura", "MG Special": "EPP Básico",
    "MG Advanced": "Detección de Gases", "GTK 500": "Montacargas",
}
ACCOUNTS = [
    "Grupo Alfa Industrial", "Aceros del Norte", "Autopartes Apodaca", "Cementos Huasteca",
    "Vidriera Regiomontana", "Fundidora Santa Catarina", "Empaques del Bajío", "Química Celaya",
    "Maquinados Silao", "Troqueles Irapuato", "Plásticos San Nicolás", "Cervecería La Silla",
    "Alimentos Querétaro", "Minera Sierra Madre", "Textiles León", "Curtidos Guanajuato",
    "Transmisiones Saltillo", "Forja Escobedo", "Papelera Monclova", "Refrescos del Valle",
    "Tubería Nacional", "Galvanizadora García", "Moldes Finos Querétaro", "Estampados Ramos Arizpe",
    "Envases Tecnológicos", "Lácteos Los Altos", "Herrajes Salamanca", "Cables y Conductores MX",
    "Pinturas Industriales Tlaxcala", "Motores Eléctricos Cuautitlán", "Grupo Industrial Saltillo",
    "Hules y Bandas Guadalupe", "Compuestos Aguascalientes", "Refinadora Cadereyta",
    "Ensambles Silao", "Metalmecánica Pesquería", "Carrocerías del Norte", "Cerámica San Luis",
    "Acabados Metálicos Celaya", "Inyectora Apaseo", "Frigoríficos Monterrey", "Harinera Bajío",
    "Calzado Purísima", "Fertilizantes Salamanca", "Logística Nuevo Laredo", "Vitrocerámica Linares",
    "Resortes Industriales", "Eléctrica Santa Rosa", "Aluminio Montemorelos", "Polímeros Tlalnepantla",
    "Dulces La Piedad", "Cartonera San Juan", "Aceitera del Centro", "Bebidas Cañada",
    "Extrusora Juárez", "Válvulas Escobedo", "Rodamientos Querétaro", "Baterías Allende",
    "Concretos Cumbres", "Agroindustrias Pénjamo", "Frenos y Embragues MX", "Hilados Moroleón",
    "Puertas y Ventanas Regias", "Ladrillera Santiago", "Tornería Hidalgo", "Granjas Tepa",
    "Farmoquímica Bajío", "Muebles Industriales Uriangato", "Transformadores Apodaca",
    "Sellos y Empaques Marín", "Grúas del Noreste", "Semillas Valle de Santiago",
    "Cobre y Latón Celaya", "Madereras de Durango", "Tanques Industriales Ciénega",
    "Perfiles Anáhuac", "Laminadora Ternium Sur", "Pintura Electrostática Leon",
    "Ductos Huinalá", "Arneses Ramos", "Botellas Cristal Norte", "Químicos Allende",
    "Grupo Textil Yuriria", "Aislantes Santa Catarina", "Maquila Dolores Hidalgo",
]
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]
acct_names = [r["account"] for r in csv.DictReader(open(f"{SRC}/accounts.csv"))]
assert len(acct_names) == len(ACCOUNTS) == len(set(ACCOUNTS)), (len(acct_names), len(ACCOUNTS))
ACCOUNT = dict(zip(acct_names, ACCOUNTS))


def h(s):
    return hashlib.md5(s.encode()).digest()


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or h(oid)[0] % 2:
        continue
    seller = NAME_TO_ID[AGENTS[r["sales_agent"]]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 9, 16) + dt.timedelta(days=h(oid)[4] % 30)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.7"
            close = dt.date(2026, 9, 16) + dt.timedelta(days=h(oid)[4] % 30)
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    rows.append(dict(id=oid, seller=seller, amount=f"{round(value * FX):d}.00",
                     close_date=close.isoformat(), stage=stage, product=product,
                     account=ACCOUNT.get(r["account"], ""), probability=prob, currency="MXN"))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in won_accounts:
        x["type"] = "new"
    else:
        x["type"] = "tender" if h(x["id"])[1] % 6 == 0 else "reorder"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-09-15" and h(x["id"])[2] % 29 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=h(x["id"])[3] % 160 + 10)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "type", "product", "amount", "close_date", "stage",
        "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for x in rows:
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "quota:ventas"])
    for sid, name, mgr, terr, start, q in ROSTER:
        w.writerow([sid, name, mgr, terr, "Ejecutivo de Ventas", start, q])
print(len(rows), "lines")
