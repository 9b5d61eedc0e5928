#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredtwentysecond workspace (Grianstad Energy
Ltd, an invented Irish residential and commercial solar installer with depots in Dublin, Cork
and Galway; plan year = calendar year 1 January - 31 December 2026, EUR, MONTHLY payouts) from
the real Maven CRM export in /work/shared/data/maven-crm/. Standard library only;
deterministic (every choice is an md5 hash of the opportunity id; no clock, no random stream).
Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Grianstad installer-sellers (AGENTS below). Half of each
  agent's opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept
  (they become Commercial Arrays), and every opportunity of Elease Gluck (re-cast as Siobhan
  Murphy, the Site Surveyor) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 January 2026 and 31 December 2017 becomes 2 November 2026. AS OF = 2026-09-16. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one
  dated after it becomes an open quote (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 September 2026 + (hash mod 100) days (some overdue at
  the as-of date); Prospecting ones (probability 0.2) 1 October 2026 + (hash mod 90) days.
- Amounts in EUR, whole euro: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor. A service contract is 10% of that.
    MG Special     -> EV Charger        x 20
    GTX Basic      -> Hybrid Inverter   x 3
    GTX Plus Basic -> Home Battery      x 5
    GTX Pro        -> Home Panel Kit    x 2
    GTXPro         -> Home Panel Kit    x 2
    GTX Plus Pro   -> Farm Array        x 4
    MG Advanced    -> Heat Pump         x 3.5
    GTK 500        -> Commercial Array  x 3
- Accounts: Farm Arrays go to one of 12 invented farms, Commercial Arrays to one of 14 small
  businesses (Maven account index mod the list's length); every other opportunity goes to one
  of the 38 accounts of the three lists together (homeowners' associations / owners' management
  companies, farms, small businesses). An opportunity with no account gets one by hash.
- Type: Hybrid Inverter = "upgrade" (an inverter swap on an existing system); Home Battery with
  hash mod 2 = 0 = "upgrade" (a battery added to existing panels); EV Charger with hash mod 3 =
  0 = "upgrade"; Home Panel Kit, Farm Array, Commercial Array and Heat Pump with hash mod 7 = 0 =
  "service" (a five-year service contract, amount = 10% of the product's); the rest "new"
  (a new install).
- Splits (plan.md 3.5): a won or cancelled Farm Array or Commercial Array new install or upgrade
  of any seller but Siobhan Murphy is two lines with the same id: 80% to the seller, 20% to
  Siobhan Murphy (the Site Surveyor, who surveys the roof or the land and designs the array).
- Cancellations ("U-turns"): a won deal closed on or before 2026-09-01 with hash mod 21 = 0 is
  cancelled, cancel_date = close + 5 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 10: only cancellations within 90 days of close are clawed back).
- Roster: Siobhan Murphy (Site Surveyor) carries her own monthly Solar Value quota. Callum Reid
  joined on 2026-04-13 (his own deals before that date are dropped). Donal Healy left on
  2026-07-31 (his deals after that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 9, 16)
SHIFT = dt.date(2026, 1, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 9, 1)

AGENTS = {
    "Anna Snelling": "Pádraig Nolan",
    "Kary Hendrixson": "Aoife Byrne",
    "Versie Hillebrand": "Conor Walsh",
    "Cassey Cress": "Niamh Doyle",
    "Lajuana Vencill": "Declan Fitzgerald",
    "Elease Gluck": "Siobhán Murphy",
    "Kami Bicknell": "Tadhg O'Connell",
    "Zane Levy": "Eoin Buckley",
    "Jonathan Berthelot": "Maeve Crowley",
    "Gladys Colclough": "Donal Healy",
    "Corliss Cosme": "Fraser McLeod",
    "Markita Hansen": "Iona Sutherland",
    "Maureen Marcano": "Conor McBride",
    "Marty Freudenburg": "Orla McGinley",
    "Donn Cantrell": "Callum Reid",
    "Moses Frase": "Ruairí Breslin",
}
SURVEYOR = "Siobhán Murphy"
ROSTER = [
    # id, display name, manager, territory, role, start_date, end_date, quota:solar
    ("Pádraig Nolan", 'Pádraig "Podge" Nolan', "Deirdre Kavanagh", "Leinster", "Installer-Seller", "", "", ""),
    ("Aoife Byrne", "Aoife Byrne", "Deirdre Kavanagh", "Leinster", "Installer-Seller", "", "", ""),
    ("Conor Walsh", "Conor Walsh", "Deirdre Kavanagh", "Leinster", "Installer-Seller", "", "", ""),
    ("Niamh Doyle", "Niamh Doyle", "Deirdre Kavanagh", "Leinster", "Installer-Seller", "", "", ""),
    ("Declan Fitzgerald", "Declan Fitzgerald", "Deirdre Kavanagh", "Leinster", "Installer-Seller", "", "", ""),
    ("Siobhán Murphy", "Siobhán Murphy", "Ciarán Moynihan", "Munster", "Site Surveyor", "", "", "Q_SURVEYOR"),
    ("Tadhg O'Connell", "Tadhg O'Connell", "Ciarán Moynihan", "Munster", "Installer-Seller", "", "", ""),
    ("Eoin Buckley", "Eoin Buckley", "Ciarán Moynihan", "Munster", "Installer-Seller", "", "", ""),
    ("Maeve Crowley", "Maeve Crowley", "Ciarán Moynihan", "Munster", "Installer-Seller", "", "", ""),
    ("Donal Healy", "Donal Healy", "Ciarán Moynihan", "Munster", "Installer-Seller", "", "2026-07-31", ""),
    ("Fraser McLeod", "Fraser McLeod", "Alasdair Munro", "West & North", "Installer-Seller", "", "", ""),
    ("Iona Sutherland", "Iona Sutherland", "Alasdair Munro", "West & North", "Installer-Seller", "", "", ""),
    ("Conor McBride", "Conor McBride", "Alasdair Munro", "West & North", "Installer-Seller", "", "", ""),
    ("Orla McGinley", "Orla McGinley", "Alasdair Munro", "West & North", "Installer-Seller", "", "", ""),
    ("Callum Reid", "Callum Reid", "Alasdair Munro", "West & North", "Installer-Seller", "2026-04-13", "", ""),
    ("Ruairí Breslin", "Ruairí Breslin", "Alasdair Munro", "West & North", "Installer-Seller", "", "", ""),
]
QUOTA = {"Q_SURVEYOR": "110000.00"}
START = {r[0]: r[5] for r in ROSTER}
END = {r[0]: r[6] for r in ROSTER}
PRODUCT = {
    "MG Special": ("EV Charger", 20),
    "GTX Basic": ("Hybrid Inverter", 3),
    "GTX Plus Basic": ("Home Battery", 5),
    "GTX Pro": ("Home Panel Kit", 2),
    "GTXPro": ("Home Panel Kit", 2),
    "GTX Plus Pro": ("Farm Array", 4),
    "MG Advanced": ("Heat Pump", 3.5),
    "GTK 500": ("Commercial Array", 3),
}
HOMES = [
    "Ashgrove Park Residents' Association", "Clonmore Court OMC", "Beechwood Lawns Residents' Association",
    "Harbour View Apartments OMC", "Millbrook Estate Residents' Association", "Oakfield Manor OMC",
    "Seaview Terrace Residents' Association", "The Paddocks OMC", "Cherry Orchard Residents' Association",
    "Riverside Walk OMC", "Glenvara Residents' Association", "Castle Demesne OMC",
]
FARMS = [
    "Kilbride Dairy Farm", "Ballyduff Tillage Farm", "Knockmore Sheep Farm", "Rathkeale Stud Farm",
    "Drumlish Poultry Farm", "Inchigeelagh Organic Farm", "Moyvalley Beef Farm", "Tullyvin Dairy Co-op",
    "Carrowmore Mushroom Farm", "Glenariff Hill Farm", "Ballinrobe Pig Farm", "Clonakilty Free Range",
]
BUSINESSES = [
    "Murphy's Bar", "Ó Sé Bakery", "Lough Corrib Guesthouse", "Ballyduff Hardware",
    "Cahill's Butchers", "Kinsale Marina Café", "Dingle Distillery", "Athlone Motor Works",
    "Bridge Street Pharmacy", "Spar Castlebar", "Westport Leisure Centre", "Tralee Print Works",
    "Doolin Surf School", "Gort Credit Union",
]
ALL = HOMES + FARMS + BUSINESSES


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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 89
    if product == "Farm Array":
        account = FARMS[idx % len(FARMS)]
    elif product == "Commercial Array":
        account = BUSINESSES[idx % len(BUSINESSES)]
    else:
        account = ALL[idx % len(ALL)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2026, 10, 1) + dt.timedelta(days=x % 90)
            prob = "0.2"
        base = price[r["product"]]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if product == "Hybrid Inverter":
        typ = "upgrade"
    elif product == "Home Battery" and x % 2 == 0:
        typ = "upgrade"
    elif product == "EV Charger" and x % 3 == 0:
        typ = "upgrade"
    elif product in ("Home Panel Kit", "Farm Array", "Commercial Array", "Heat Pump") and (x // 5) % 7 == 0:
        typ = "service"
    else:
        typ = "new"
    amount = round(base * factor)
    if typ == "service":
        amount = round(amount / 10)
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 21 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=5 + (x // 11) % 140), AS_OF).isoformat()
    kind = "Service Contract" if typ == "service" else product
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {kind}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="EUR")
    if (product in ("Farm Array", "Commercial Array") and typ != "service" and seller != SURVEYOR
            and stage in ("won", "cancelled")):
        line["split"] = "0.8"
        rows.append(line)
        rows.append(dict(line, seller=SURVEYOR, split="0.2"))
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
                "quota:solar"])
    for sid, name, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
