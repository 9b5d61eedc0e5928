#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredthirtysixth workspace (Queensway
Mechanical Services Inc., an invented Toronto commercial HVAC service-contract company; plan
year = fiscal year 1 November 2025 - 31 October 2026, CAD, MONTHLY payouts) from the real Maven
CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic (every choice
is an md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Queensway account reps (AGENTS below). Two thirds of each
  agent's opportunities are kept (md5(id) mod 3 != 0), except: every GTK 500 opportunity is kept
  (they become Boiler Retrofits), and every MG Advanced opportunity of Corliss Cosme (re-cast as
  Nadia Petrovic, the Projects Lead; they become Controls Upgrades) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 November 2025 and 31 December 2017 becomes 2 September 2026. AS OF = 2026-06-19. A Won
  opportunity that now closes after it becomes an open quote ("soumission", probability 0.6); a
  Lost one dated after it an open quote (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 June 2026 + (hash mod 70) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 July 2026 + (hash mod 100) days. Half of
  the open quotes are kept ((hash // 19) mod 2 = 0), the rest dropped.
- Amounts in CAD, whole dollars: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor. Credit of a service agreement is its first-year
  contract value (plan.md 3.3); term_months is the agreement's term.
    MG Special     -> Filter Program                x 18   (term 12)
    GTX Basic      -> Seasonal Tune-Up Agreement    x 6    (term 12 or 24)
    GTX Plus Basic -> Planned Maintenance Agreement x 5    (term 12, 24, 36 or 60)
    GTX Pro        -> Full Coverage Agreement       x 3    (term 12, 24, 36 or 60)
    GTX Plus Pro   -> Chiller Care Agreement        x 4    (term 24, 36 or 60)
    MG Advanced    -> Controls Upgrade              x 6    (project, no term)
    GTK 500        -> Boiler Retrofit               x 3    (project, no term)
  The Indoor Air Quality Plan is in the plan (Upkeep) but no deal sells it yet.
- Accounts: Maven's 85 accounts folded onto 36 invented Toronto-area buildings and businesses
  (Maven account index mod 36); an opportunity with no account gets one by hash.
- Type: hash mod 5 = 0 -> "takeover" (a building taken from a competitor's contract); hash mod
  5 in (1, 2) -> "renewal" for service agreements and the Filter Program ("new" for projects);
  otherwise "new".
- Splits (plan.md 3.4): a won or cancelled Boiler Retrofit of any rep but Nadia Petrovic is two
  lines with the same id: 60% to the rep and 40% to Nadia Petrovic (Projects Lead). Jean-
  Philippe Gagnon's deals closing on or after Mathieu Bouchard's start with hash mod 5 = 0 are
  "ride-along" deals, two lines 50% / 50% with Mathieu Bouchard.
- Cancellations ("walk-backs"): a won deal closed on or before 2026-06-05 with hash mod 19 = 0
  is cancelled, cancel_date = close + 8 + (hash mod 140) days, when that is on or before the
  as-of date (else it stays won); plan.md section 11: only cancellations within 90 days of
  close are clawed back.
- Roster: Jean-Philippe Gagnon (Senior Account Rep) and Nadia Petrovic (Projects Lead) carry
  their own quarterly Upkeep quota; Farah Haddad (Controls Specialist) her own annual project
  quota. Mathieu Bouchard joined on 2026-02-09 (his own deals before that date are dropped).
  Tyler Brooks left on 2026-04-17 (his deals closing after it, and his open quotes, are
  dropped). Gurpreet "Gary" Sandhu is on the roster with his nickname quoted in `name` (id
  "Gurpreet Sandhu").
- "hash" above is md5(id) as an integer, divided down as in the code (x = hash // 3, then
  x // 5, x // 7, ... for the separate choices), so the choices are independent.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 6, 19)
SHIFT = dt.date(2025, 11, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 6, 5)

AGENTS = {
    "Darcel Schlecht": "Jean-Philippe Gagnon",
    "Anna Snelling": "Alicia Fernandes",
    "Versie Hillebrand": "Kevin Mah",
    "Jonathan Berthelot": "Sarah O'Connor",
    "Garret Kinder": "Mathieu Bouchard",
    "Kary Hendrixson": "Raj Dhillon",
    "Vicki Laflamme": "Chantal Lévesque",
    "Zane Levy": "Tyler Brooks",
    "Kami Bicknell": "Kevin Osei",
    "Cassey Cress": "Farah Haddad",
    "Corliss Cosme": "Nadia Petrovic",
    "Maureen Marcano": "Bryce MacLeod",
    "Reed Clapper": "Amir Rahimi",
    "Gladys Colclough": "Lina Côté",
    "Markita Hansen": "Dmitri Volkov",
    "Moses Frase": 'Gurpreet "Gary" Sandhu',
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:upkeep, quota:retrofit
    ("Jean-Philippe Gagnon", "Marie-Josée Tremblay", "Downtown", "Senior Account Rep", "", "", "420000.00", ""),
    ("Alicia Fernandes", "Marie-Josée Tremblay", "Downtown", "Account Rep", "", "", "", ""),
    ("Kevin Mah", "Marie-Josée Tremblay", "Downtown", "Account Rep", "", "", "", ""),
    ("Sarah O'Connor", "Marie-Josée Tremblay", "Downtown", "Account Rep", "", "", "", ""),
    ("Mathieu Bouchard", "Marie-Josée Tremblay", "Downtown", "Account Rep", "2026-02-09", "", "", ""),
    ("Raj Dhillon", "Darnell Whyte", "North", "Account Rep", "", "", "", ""),
    ("Chantal Lévesque", "Darnell Whyte", "North", "Account Rep", "", "", "", ""),
    ("Tyler Brooks", "Darnell Whyte", "North", "Account Rep", "", "2026-04-17", "", ""),
    ("Kevin Osei", "Darnell Whyte", "North", "Account Rep", "", "", "", ""),
    ("Farah Haddad", "Darnell Whyte", "North", "Controls Specialist", "", "", "", "500000.00"),
    ("Nadia Petrovic", "Gord Kowalchuk", "West", "Projects Lead", "", "", "260000.00", ""),
    ("Bryce MacLeod", "Gord Kowalchuk", "West", "Account Rep", "", "", "", ""),
    ("Amir Rahimi", "Gord Kowalchuk", "West", "Account Rep", "", "", "", ""),
    ("Lina Côté", "Gord Kowalchuk", "West", "Account Rep", "", "", "", ""),
    ("Dmitri Volkov", "Gord Kowalchuk", "West", "Account Rep", "", "", "", ""),
    ('Gurpreet "Gary" Sandhu', "Gord Kowalchuk", "West", "Account Rep", "", "", "", ""),
]
SID = {name: name.replace('"Gary" ', "") for name, *_ in ROSTER}  # id without the nickname
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Filter Program", 18, [12]),
    "GTX Basic": ("Seasonal Tune-Up Agreement", 6, [12, 12, 24]),
    "GTX Plus Basic": ("Planned Maintenance Agreement", 5, [12, 24, 36, 60]),
    "GTX Pro": ("Full Coverage Agreement", 3, [12, 24, 36, 60]),
    "GTXPro": ("Full Coverage Agreement", 3, [12, 24, 36, 60]),
    "GTX Plus Pro": ("Chiller Care Agreement", 4, [24, 36, 60]),
    "MG Advanced": ("Controls Upgrade", 6, None),
    "GTK 500": ("Boiler Retrofit", 3, None),
}
PROJECTS = ("Controls Upgrade", "Boiler Retrofit")
ACCOUNTS = [
    "Harbourfront Medical Arts", "Liberty Village Lofts", "Scarborough Town Plaza",
    "Danforth Legion Hall", "Bloor West Dental Centre", "Rexdale Cold Storage",
    "Lakeshore Arena", "Queen West Bistro Group", "St. Clair Seniors Residence",
    "Mimico Self Storage", "High Park Montessori", "Leslieville Brewing Co",
    "Yorkdale Office Tower", "Don Mills Medical Centre", "Vaughan Logistics Park",
    "Markham Tech Commons", "Richmond Hill Curling Club", "Thornhill Community Church",
    "Mississauga Bakery Works", "Etobicoke Auto Mall", "Islington Village Plaza",
    "Sherway Office Campus", "Port Credit Marina", "Kensington Market Co-op",
    "Annex Student Residence", "Corktown Condo Corp", "Parkdale Community Health",
    "Humber Bay Towers", "Woodbine Avenue Lofts", "Ossington Cinema",
    "Finch West Plaza", "Dixie Road Distribution", "Agincourt Banquet Hall",
    "Spadina Garment Building", "Rosedale Medical Imaging", "Junction Foundry Lofts",
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
    hv = h(oid)
    keep = (hv % 3 != 0 or r["product"] == "GTK 500"
            or (agent == "Corliss Cosme" and r["product"] == "MG Advanced"))
    if not keep:
        continue
    x = hv // 3
    seller = AGENTS[agent]
    product, factor, terms = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 6, 1) + dt.timedelta(days=x % 70)
            prob = "0.5"
        else:
            close = dt.date(2026, 7, 1) + dt.timedelta(days=x % 100)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if stage == "open" and (x // 19) % 2 == 1:
        continue
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and (close > dt.date.fromisoformat(END[seller]) or stage == "open"):
        continue
    k = (x // 5) % 5
    if k == 0:
        typ = "takeover"
    elif k in (1, 2) and product not in PROJECTS:
        typ = "renewal"
    else:
        typ = "new"
    term = "" if terms is None else str(terms[(x // 7) % len(terms)])
    if stage == "won" and close <= CANCEL_BY and (x // 11) % 19 == 0:
        cancel_day = close + dt.timedelta(days=8 + (x // 13) % 140)
        if cancel_day <= AS_OF:
            stage = "cancelled"
            cancel = cancel_day.isoformat()
    line = dict(id=oid, seller=SID[seller], account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, term_months=term, cancel_date=cancel, currency="CAD")
    partner = None
    if product == "Boiler Retrofit" and seller != "Nadia Petrovic" and stage in ("won", "cancelled"):
        partner, share = "Nadia Petrovic", ("0.6", "0.4")
    elif (seller == "Jean-Philippe Gagnon" and stage in ("won", "cancelled") and (x // 17) % 5 == 0
          and close >= dt.date.fromisoformat(START["Mathieu Bouchard"])):
        partner, share = "Mathieu Bouchard", ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=SID[partner], split=share[1]))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:upkeep", "quota:retrofit"])
    for name, mgr, terr, role, start, end, qu, qr in ROSTER:
        w.writerow([SID[name], name, mgr, terr, role, start, end, qu, qr])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
