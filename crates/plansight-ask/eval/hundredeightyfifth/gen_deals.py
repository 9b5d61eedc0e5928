#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredeightyfifth workspace (Kingsway Litho Ltd., an
invented commercial printer in Etobicoke, Toronto; plan year 1 November 2026 - 31 October 2027,
CAD, MONTHLY payouts, QUARTERLY quotas) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash of
the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Kingsway account executives on three desks (AGENTS, ROSTER).
  Half of each agent's opportunities are kept (md5(id) even), except: every GTK 500 opportunity
  is kept (they become Managed Print Subscriptions), and every opportunity of Elease Gluck
  (re-cast as Rachel Goldberg, the Managed Print Specialist) is kept.
- Dates: every Maven date moves forward by 3,532 days, so 1 March 2017 becomes 1 November 2026
  and 31 December 2017 becomes 2 September 2027. AS OF = 2027-06-17. A Won opportunity that now
  closes after it becomes an open quote (probability 0.6); a Lost one dated after it becomes an
  open quote (probability 0.3). Engaging opportunities are open (probability 0.5), expected to
  close 28 May 2027 + (hash mod 140) days (some overdue at the as-of date); Prospecting ones
  (probability 0.2) 1 July 2027 + (hash mod 100) days.
- Amounts in CAD, whole dollars: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor.
    MG Special     -> Business Stationery          x 10
    GTX Basic      -> Direct Mail Campaign         x 8
    GTX Plus Basic -> Large Format Signage         x 5
    MG Advanced    -> Folding Carton Packaging     x 4
    GTX Pro        -> Offset Print Run             x 3
    GTX Plus Pro   -> Digital Print Run            x 2
    GTK 500        -> Managed Print Subscription   x 2
- Accounts: each desk has its own 12 invented Toronto clients (agencies, retailers,
  institutions); an opportunity goes to its seller's desk's client number (Maven account index
  mod 12); one with no account gets one by hash.
- Type: Managed Print Subscription: hash mod 3 = 0 "renewal" (a contract renewal), else "new".
  Other products by hash mod 10: 0-3 "new" (new client), 4-6 "reorder", 7-8 "rush" (rush job),
  9 "renewal".
- Splits (plan.md 3.5): a won or cancelled Managed Print Subscription of anyone but Rachel
  Goldberg is two lines with the same id, 60% to the seller and 40% to Rachel Goldberg. Colleen
  Fraser's won or cancelled deals from Aisha Mohamud's start with hash mod 5 = 0 are ride-along
  deals, 50% / 50% with Aisha Mohamud.
- Cancellations ("spiked" jobs): a won deal closed on or before 2027-06-03 with hash mod 19 = 0
  is cancelled, cancel_date = close + 5 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Tyler Chen (Senior Account Executive) carries his own quarterly press quotas; Rachel
  Goldberg (Managed Print Specialist) her own Growth Lines quota. Aisha Mohamud joined on
  2027-02-15 (her own deals before that date are dropped). Luca Moretti left on 2027-03-31: his
  deals closing after that date (and his open quotes) went to Tanvir Hossain.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 6, 17)
SHIFT = dt.date(2026, 11, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2027, 6, 3)

AGENTS = {
    "Darcel Schlecht": "Tyler Chen",
    "Anna Snelling": "Simone Baptiste",
    "Zane Levy": "Kevin Osei",
    "Versie Hillebrand": "Jessica Lalonde",
    "Garret Kinder": "Arjun Mehta",
    "Kary Hendrixson": "Brianne MacLeod",
    "Markita Hansen": "Danny Tran",
    "Violet Mclelland": "Meaghan O'Reilly",
    "Reed Clapper": "Luca Moretti",
    "Kami Bicknell": "Tanvir Hossain",
    "Elease Gluck": "Rachel Goldberg",
    "Cassey Cress": "Jean-Philippe Roy",
    "Gladys Colclough": "Colleen Fraser",
    "Hayden Neloms": "Kevin Lachance",
    "Moses Frase": "Aisha Mohamud",
}
AGENCY, RETAIL, INST = "Agency Desk", "Retail Desk", "Institutional Desk"
ROSTER = [
    # id, manager, desk, role, start_date, end_date, quota override key
    ("Tyler Chen", "Marc-André Gagnon", AGENCY, "Senior Account Executive", "", "", "SENIOR"),
    ("Simone Baptiste", "Marc-André Gagnon", AGENCY, "Account Executive", "", "", ""),
    ("Kevin Osei", "Marc-André Gagnon", AGENCY, "Account Executive", "", "", ""),
    ("Jessica Lalonde", "Marc-André Gagnon", AGENCY, "Account Executive", "", "", ""),
    ("Arjun Mehta", "Marc-André Gagnon", AGENCY, "Account Executive", "", "", ""),
    ("Brianne MacLeod", "Gord Kowalchuk", RETAIL, "Account Executive", "", "", ""),
    ("Danny Tran", "Gord Kowalchuk", RETAIL, "Account Executive", "", "", ""),
    ("Meaghan O'Reilly", "Gord Kowalchuk", RETAIL, "Account Executive", "", "", ""),
    ("Luca Moretti", "Gord Kowalchuk", RETAIL, "Account Executive", "", "2027-03-31", ""),
    ("Tanvir Hossain", "Gord Kowalchuk", RETAIL, "Account Executive", "", "", ""),
    ("Rachel Goldberg", "Farah Haddad", INST, "Managed Print Specialist", "", "", "SPECIALIST"),
    ("Jean-Philippe Roy", "Farah Haddad", INST, "Account Executive", "", "", ""),
    ("Colleen Fraser", "Farah Haddad", INST, "Account Executive", "", "", ""),
    ("Kevin Lachance", "Farah Haddad", INST, "Account Executive", "", "", ""),
    ("Aisha Mohamud", "Farah Haddad", INST, "Account Executive", "2027-02-15", "", ""),
]
# quota overrides: sellers.csv columns quota:press and quota:growth (one value for every quarter)
OVERRIDE = {"SENIOR": ("300000.00", ""), "SPECIALIST": ("", "150000.00")}
DESK = {r[0]: r[2] for r in ROSTER}
START = {r[0]: r[4] for r in ROSTER}
LEAVER, LEAVER_END, HEIR = "Luca Moretti", dt.date(2027, 3, 31), "Tanvir Hossain"
SPECIALIST = "Rachel Goldberg"
MENTOR, STARTER = "Colleen Fraser", "Aisha Mohamud"

PRODUCT = {
    "MG Special": ("Business Stationery", 10),
    "GTX Basic": ("Direct Mail Campaign", 8),
    "GTX Plus Basic": ("Large Format Signage", 5),
    "MG Advanced": ("Folding Carton Packaging", 4),
    "GTX Pro": ("Offset Print Run", 3),
    "GTXPro": ("Offset Print Run", 3),
    "GTX Plus Pro": ("Digital Print Run", 2),
    "GTK 500": ("Managed Print Subscription", 2),
}
CLIENTS = {
    AGENCY: [
        "Bluejay Creative", "Parkdale Design Collective", "Northern Lights Advertising",
        "Queen Street Brand Studio", "Maple & Moss Agency", "Distillery District Media",
        "Harbourfront Marketing Group", "Annex Creative Partners", "Leslieville Brand Co.",
        "Red Door Advertising", "Liberty Village Digital", "True North Promotions",
    ],
    RETAIL: [
        "Kensington Fresh Market", "Yorkville Boutique Group", "Bloor West Hardware",
        "Danforth Bakery Co.", "Roncesvalles Coffee Roasters", "Cabbagetown Cycles",
        "Greektown Grocers", "Junction Craft Brewing", "Queensway Home Furnishings",
        "Lakeview Pharmacy", "Beaches Surf & Skate", "St. Clair Shoe Company",
    ],
    INST: [
        "Don Mills University", "Lakeshore College of Art & Design", "Humberview Polytechnic",
        "Scarborough Technical Institute", "Etobicoke General Hospital",
        "Rouge Valley District School Board", "Mimico Public Library", "Old Mill Museum",
        "Eglinton Community Health Centre", "Humber Bay Conservation Authority",
        "Trinity Bellwoods Arts Council", "North York Catholic School Board",
    ],
}


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
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 5, 28) + dt.timedelta(days=x % 140)
            prob = "0.5"
        else:
            close = dt.date(2027, 7, 1) + dt.timedelta(days=x % 100)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if seller == LEAVER and (close > LEAVER_END or stage == "open"):
        seller = HEIR
    clients = CLIENTS[DESK[seller]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = clients[idx % len(clients)]
    if product == "Managed Print Subscription":
        typ = "renewal" if (x // 3) % 3 == 0 else "new"
    else:
        typ = {0: "new", 1: "new", 2: "new", 3: "new", 4: "reorder", 5: "reorder",
               6: "reorder", 7: "rush", 8: "rush", 9: "renewal"}[(x // 3) % 10]
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=5 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="CAD")
    partner = None
    if product == "Managed Print Subscription" and seller != SPECIALIST and stage in ("won", "cancelled"):
        partner, share = SPECIALIST, ("0.6", "0.4")
    elif (seller == MENTOR and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START[STARTER])):
        partner, share = STARTER, ("0.5", "0.5")
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
                "quota:press", "quota:growth"])
    for sid, mgr, desk, role, start, end, q in ROSTER:
        qp, qg = OVERRIDE.get(q, ("", ""))
        w.writerow([sid, sid, mgr, desk, role, start, end, qp, qg])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
