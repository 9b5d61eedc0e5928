#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the ninetyseventh workspace (Provisions Laurier,
a Canadian wholesale food distributor: route sales reps and key-account managers selling
to restaurants, grocers and institutions; plan year 1 November 2025 - 31 October 2026, CAD)
from the real Maven CRM export (/work/shared/data/maven-crm/). Standard library only;
deterministic: every choice is a CRC-32 of the opportunity id (no random, no clock).

- 14 Maven agents are re-cast as Laurier reps (AGENTS). An opportunity is kept when
  crc32(id) is even (about half of each agent's book).
- Dates: Maven dates (Mar-Dec 2017) move forward 3167 days (2017-03-01 -> 2025-11-01), so
  won deals fall 1 Nov 2025 - 31 Aug 2026. AS OF = 2026-06-19: a won opportunity that now
  closes after it becomes an open deal (probability 0.6) on its shifted date; a lost one
  after it becomes an open deal (probability 0.3). Maven Engaging/Prospecting opportunities
  are open deals (0.5 / 0.2) closing 5-64 days after the as-of date, at list value.
- Products: GTX Basic -> Dry Goods, GTX Plus Basic -> Dairy & Eggs, GTX Pro -> Fresh
  Produce, GTX Plus Pro -> Butcher Block Meats, GTK 500 -> Cote-Nord Seafood (house brand),
  MG Special -> Paper & Janitorial, MG Advanced -> Laurier Kitchen (house brand).
  Accounts (Maven's company names) become restaurants, grocers and institutions (ACCOUNT).
  amount = close value x 1.35 (CAD, first-year order value of the listing), rounded to cents.
- Type: "new" (a new door) when nobody at Laurier had won the account before, else
  "listing" (a new line slotted at an existing account).
- Won deals closed on or before 2026-05-31 with crc32 % 23 == 0 are cancelled ("delisted")
  10-159 days after close, the cancel date capped at the as-of date.
- Josee Caron joined on 2026-02-01: her opportunities closing before then are dropped.
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 6, 19)
SHIFT = dt.date(2025, 11, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Darcel Schlecht": "Jean-François Bélanger",
    "Anna Snelling": "Nathalie Roy",
    "Jonathan Berthelot": "Mathieu Lévesque",
    "Gladys Colclough": "Chantal Bergeron",
    "Moses Frase": "Kevin Nguyen",
    "Vicki Laflamme": "Marie-Ève Gauthier",
    "Kary Hendrixson": "Sébastien Côté",
    "Versie Hillebrand": "Geneviève Morin",
    "Corliss Cosme": "Luc Ouellet",
    "Kami Bicknell": "Annie Fortin",
    "Zane Levy": "Steve Paquette",
    "Maureen Marcano": "Émilie Dubé",
    "Hayden Neloms": "Ryan Campbell",
    "Cecily Lampkin": "Josée Caron",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:net_sales override
    ("Jean-François Bélanger", "Marie-Claude Tremblay", "Montréal", "Key Account Manager", "", "500000.00"),
    ("Nathalie Roy", "Marie-Claude Tremblay", "Montréal", "Route Sales Rep", "", ""),
    ("Mathieu Lévesque", "Marie-Claude Tremblay", "Montréal", "Route Sales Rep", "", ""),
    ("Chantal Bergeron", "Marie-Claude Tremblay", "Montréal", "Route Sales Rep", "", ""),
    ("Kevin Nguyen", "Marie-Claude Tremblay", "Montréal", "Route Sales Rep", "", ""),
    ("Marie-Ève Gauthier", "Denis Pelletier", "Québec", "Key Account Manager", "", "300000.00"),
    ("Sébastien Côté", "Denis Pelletier", "Québec", "Route Sales Rep", "", ""),
    ("Geneviève Morin", "Denis Pelletier", "Québec", "Route Sales Rep", "", ""),
    ("Luc Ouellet", "Denis Pelletier", "Québec", "Route Sales Rep", "", ""),
    ("Annie Fortin", "Denis Pelletier", "Québec", "Route Sales Rep", "", ""),
    ("Steve Paquette", "Heather MacKinnon", "Outaouais", "Route Sales Rep", "", ""),
    ("Émilie Dubé", "Heather MacKinnon", "Outaouais", "Route Sales Rep", "", ""),
    ("Ryan Campbell", "Heather MacKinnon", "Outaouais", "Route Sales Rep", "", ""),
    ("Josée Caron", "Heather MacKinnon", "Outaouais", "Route Sales Rep", "2026-02-01", ""),
]
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Dry Goods", "GTX Plus Basic": "Dairy & Eggs",
    "GTXPro": "Fresh Produce", "GTX Pro": "Fresh Produce",
    "GTX Plus Pro": "Butcher Block Meats", "GTK 500": "Cote-Nord Seafood",
    "MG Special": "Paper & Janitorial", "MG Advanced": "Laurier Kitchen",
}
ACCOUNT = {
    'Acme Corporation': 'Bistro Le Vieux-Port',
    'Betasoloin': 'CHSLD des Érables',
    'Betatech': 'Hôpital Sainte-Croix',
    'Bioholding': 'Centre hospitalier Val-Joli',
    'Bioplex': 'Résidence Les Trois-Pignons',
    'Blackzim': 'Épicerie Lafleur',
    'Bluth Company': 'Casse-Croûte Chez Ti-Gus',
    'Bubba Gump': 'Poissonnerie du Havre',
    'Cancity': 'Marché Beaubien',
    'Cheers': 'Taverne Chez Réal',
    'Codehow': 'Pizzeria Napoli Express',
    'Condax': 'CHSLD Saint-Rémi',
    'Conecom': 'Brasserie Le Boulevard',
    'Dalttechnology': 'Traiteur Deux Saisons',
    'dambase': 'Café Mélilot',
    'Domzoom': 'Théâtre du Rivage',
    'Doncon': 'Resto-Bar Le Quai',
    'Donquadtech': 'Cantine Chez Mimi',
    'Dontechi': 'Restaurant Saigon Pho',
    'Donware': 'Boulangerie Rivard',
    'Fasehatice': 'Fruiterie Gagné',
    'Faxquote': 'Auberge du Lac-Brome',
    'Finhigh': 'Club de golf Les Cèdres',
    'Finjob': 'Cégep de Sorel',
    'Funholding': 'Hôtel Belvédère',
    'Ganjaflex': 'Dépanneur Chez Lise',
    'Gekko & Co': 'Marché Fortier & Fils',
    'Genco Pura Olive Oil Company': 'Salumeria Genco',
    'Globex Corporation': 'Restaurant Le Globe',
    'Gogozoom': 'Sushi Zoom',
    'Golddex': 'Steakhouse Le Doré',
    'Goodsilron': 'Diner Rétro 55',
    'Green-Plus': 'Marché Vert-Plus',
    'Groovestreet': 'Épicerie de la Rue Saint-Denis',
    'Hatfan': 'Cuisine collective Hochelaga',
    'Hottechi': 'La Poutinerie du Coin',
    'Initech': 'Polyvalente Saint-Jérôme',
    'Inity': "Bistro L'Unité",
    'Isdom': 'Hôpital Notre-Dame-du-Lac',
    'Iselectrics': 'Centre sportif Iberville',
    'J-Texon': 'Marché Jean-Texier',
    'Kan-code': 'Pâtisserie Kanata',
    'Kinnamplus': 'Fromagerie Kinnear',
    'Konex': 'Restaurant Le Connétable',
    'Konmatfix': 'Traiteur Konmat',
    'Labdrill': 'Hôpital de Lachute',
    'Lexiqvolax': 'CHSLD Lévis-Nord',
    'Massive Dynamic': 'Aréna Massif',
    'Mathtouch': 'Crêperie Tournesol',
    'Nam-zim': 'Restaurant Nam-Zim',
    'Newex': 'Résidence Nouvel Âge',
    'Ontomedia': 'Collège Saint-Onésime',
    'Opentech': "Club privé L'Ouverture",
    'Plexzap': 'Supermarché Plessis',
    'Plusstrip': 'Salon de quilles Le Strike',
    'Plussunin': 'Épicerie Soleil Plus',
    'Rangreen': 'Cantine Rang Vert',
    'Rantouch': 'Pub Le Randonneur',
    'Ron-tech': 'Hôpital Rondeau',
    'Rundofase': 'Café Rond-Point',
    'Scotfind': 'Pub Scotia',
    'Scottech': 'Bistro Scottie',
    'Silis': 'Maison de soins Sillery',
    'Singletechno': 'Épicerie Sainte-Gertrude',
    'Sonron': 'Resto Sonora',
    'Stanredtax': 'Restaurant Le Stanley',
    'Statholdings': 'Cégep de Saint-Thomas',
    'Streethex': 'Marché Streetside',
    'Sumace': 'Épicerie Sumac',
    'Sunnamplex': 'Brunch Soleil Levant',
    'The New York Inquirer': 'Hôpital du Nouveau-Québec',
    'Toughzap': 'Épicerie Touchette',
    'Treequote': 'Cabane à sucre Trécourt',
    'Umbrella Corporation': "Restaurant L'Ombrelle",
    'Vehement Capital Partners': 'Club de la Capitale',
    'Warephase': 'Comptoir Warren',
    'Xx-holding': 'Bar à vin Deux-X',
    'Xx-zobam': 'Salle Zobam',
    'Y-corporation': 'Camp de jour Y-Vert',
    'Yearin': 'Marché Yerin',
    'Zathunicon': 'Pizzeria Zatunico',
    'Zencorporation': 'Salon de thé Zen',
    'Zoomit': 'Casse-Croûte Zoomi',
    'Zotware': 'Marché Zotique',
    'Zumgoity': 'Résidence Zumeau',
}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def crc(s):
    return zlib.crc32(s.encode("utf-8"))


def shift(s):
    return dt.date.fromisoformat(s) + SHIFT


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or crc(oid) % 2:
        continue
    seller = AGENTS[r["sales_agent"]]
    h = crc(oid)
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = AS_OF + dt.timedelta(days=5 + (h >> 4) % 60)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if close > AS_OF:
            if stage == "won":
                stage, prob = "open", "0.6"
            else:
                stage, prob, value = "open", "0.3", PRICE[r["product"]]
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage in ("won", "open"):
        continue
    rows.append(dict(id=oid, seller=seller, account=ACCOUNT.get(r["account"], r["account"]),
                     product=PRODUCT[r["product"]], amount=f"{round(value * 1.35, 2):.2f}",
                     close_date=close.isoformat(), stage=stage, probability=prob, h=h))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    x["type"] = "new" if (not acct or acct not in won_accounts) else "listing"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
    x["name"] = f"{acct or 'Walk-in'} {x['product']}"

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-05-31" and x["h"] % 23 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=10 + (x["h"] >> 8) % 150)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["split"], x["currency"] = "1", "CAD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:net_sales"])
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", q])
print(len(rows), "lines")
