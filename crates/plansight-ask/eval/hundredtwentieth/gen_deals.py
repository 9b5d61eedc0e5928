#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredtwentieth workspace (Sunhaven Energy Pty Ltd,
an invented Australian rooftop solar and battery installer; plan year 1 July 2026 - 30 June 2027,
AUD, QUARTERLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Sunhaven consultants (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they become
  Commercial Solar jobs), and every opportunity of Elease Gluck (re-cast as Kirsty Walsh, the
  Commercial Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 July 2026 and 31 December 2017 becomes 30 April 2027. AS OF = 2027-02-26. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one
  dated after it becomes an open quote (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 February 2027 + (hash mod 75) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 March 2027 + (hash mod 110) days.
- Amounts in AUD, whole dollars: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor.
    MG Special     -> Maintenance Plan          x 8
    GTX Basic      -> EV Charger                x 4
    GTX Plus Basic -> Inverter Upgrade          x 3
    MG Advanced    -> Heat Pump Hot Water       x 1.5
    GTX Pro        -> Residential Solar System  x 2
    GTX Plus Pro   -> Home Battery              x 2.5
    GTK 500        -> Commercial Solar          x 4
- Accounts: Commercial Solar jobs go to one of 16 invented businesses (Maven account index
  mod 16); every other opportunity goes to one of 30 invented households ("... Residence") or,
  when the Maven account index mod 4 = 0, to a business. An opportunity with no account gets one
  by hash.
- Type: Inverter Upgrade = "upgrade"; Home Battery with hash mod 2 = 0 = "upgrade" (a battery
  added to an existing Sunhaven system); otherwise hash mod 5 = 0 = "referral", the rest "new".
- Splits (plan.md 3.4): a won or cancelled Commercial Solar job of any consultant but Kirsty Walsh
  is two lines with the same id: 70% to the consultant, 30% to Kirsty Walsh. Tom Gallagher's
  deals closing on or after Jake Morrison's start with hash mod 6 = 0 are "buddy" deals, two
  lines 50% / 50% with Jake Morrison.
- Cancellations ("fizzers"): a won deal closed on or before 2027-02-10 with hash mod 23 = 0 is
  cancelled, cancel_date = close + 9 + (hash mod 150) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 120 days of close are clawed back).
- Roster: Tom Gallagher (Senior Consultant) and Kirsty Walsh (Commercial Specialist) carry their
  own quarterly Installed Value quota. Jake Morrison joined on 2026-10-12 (his own deals before
  that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 2, 26)
SHIFT = dt.date(2026, 7, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Darcel Schlecht": "Tom Gallagher",
    "Anna Snelling": "Priya Raman",
    "Kary Hendrixson": "Liam Brennan",
    "Versie Hillebrand": "Sophie Nguyen",
    "Garret Kinder": "Jake Morrison",
    "Elease Gluck": "Kirsty Walsh",
    "Kami Bicknell": "Liam Kowalski",
    "Zane Levy": "Harrison Clarke",
    "Cassey Cress": "Mia Castellano",
    "Rosalina Dieter": "Oliver Hartley",
    "Jonathan Berthelot": "Rebecca Sullivan",
    "Gladys Colclough": "Nathan Pearce",
    "Corliss Cosme": "Aroha Ngata",
    "Markita Hansen": "Dylan Ferreira",
    "Moses Frase": "Jarrah Wilson",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:installed
    ("Tom Gallagher", "Bronwyn Kelly", "NSW", "Senior Consultant", "", "Q_SENIOR"),
    ("Priya Raman", "Bronwyn Kelly", "NSW", "Solar Consultant", "", ""),
    ("Liam Brennan", "Bronwyn Kelly", "NSW", "Solar Consultant", "", ""),
    ("Sophie Nguyen", "Bronwyn Kelly", "NSW", "Solar Consultant", "", ""),
    ("Jake Morrison", "Bronwyn Kelly", "NSW", "Solar Consultant", "2026-10-12", ""),
    ("Kirsty Walsh", "Darren Whitfield", "VIC", "Commercial Specialist", "", "Q_COMMERCIAL"),
    ("Liam Kowalski", "Darren Whitfield", "VIC", "Solar Consultant", "", ""),
    ("Harrison Clarke", "Darren Whitfield", "VIC", "Solar Consultant", "", ""),
    ("Mia Castellano", "Darren Whitfield", "VIC", "Solar Consultant", "", ""),
    ("Oliver Hartley", "Darren Whitfield", "VIC", "Solar Consultant", "", ""),
    ("Rebecca Sullivan", "Leanne Tran", "QLD", "Solar Consultant", "", ""),
    ("Nathan Pearce", "Leanne Tran", "QLD", "Solar Consultant", "", ""),
    ("Aroha Ngata", "Leanne Tran", "QLD", "Solar Consultant", "", ""),
    ("Dylan Ferreira", "Leanne Tran", "QLD", "Solar Consultant", "", ""),
    ("Jarrah Wilson", "Leanne Tran", "QLD", "Solar Consultant", "", ""),
]
QUOTA = {"Q_SENIOR": "260000.00", "Q_COMMERCIAL": "220000.00"}
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Maintenance Plan", 8),
    "GTX Basic": ("EV Charger", 4),
    "GTX Plus Basic": ("Inverter Upgrade", 3),
    "MG Advanced": ("Heat Pump Hot Water", 1.5),
    "GTX Pro": ("Residential Solar System", 2),
    "GTXPro": ("Residential Solar System", 2),
    "GTX Plus Pro": ("Home Battery", 2.5),
    "GTK 500": ("Commercial Solar", 4),
}
HOMES = [
    "Baxter Residence", "Kowalczyk Residence", "Fairweather Residence", "Okafor Residence",
    "Pemberton Residence", "Tamaki Residence", "Lindqvist Residence", "Moretti Residence",
    "Ashcroft Residence", "Delaney Residence", "Huang Residence", "Petrakis Residence",
    "Whitlam Street Duplex", "Cassidy Residence", "Van der Berg Residence", "Oduya Residence",
    "Rossiter Residence", "Nakamura Residence", "Brady Residence", "Thorburn Residence",
    "Galea Residence", "Iyer Residence", "McAlister Residence", "Sefton Residence",
    "Quinlivan Residence", "Haddad Residence", "Everingham Residence", "Fitzroy Terrace",
    "Marchetti Residence", "Coolangatta Beach House",
]
BUSINESSES = [
    "Wattle Creek Winery", "Marrickville Bowls Club", "Gundagai Grain Co", "Harbourview Strata",
    "Bellarine Cold Storage", "Coogee Surf Club", "Toowoomba Steel Fabrication",
    "Yarra Valley Dairy", "Kangaroo Point Brewing", "Bunbury Street Medical",
    "Ipswich Freight Depot", "Geelong Timber Mill", "Noosa Heads Motel",
    "Parramatta Early Learning", "Ballarat Joinery", "Redcliffe Aquatic Centre",
]
CANCEL_BY = dt.date(2027, 2, 10)


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
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product == "Commercial Solar" or idx % 4 == 0:
        account = BUSINESSES[idx % len(BUSINESSES)]
    else:
        account = HOMES[idx % len(HOMES)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 2, 1) + dt.timedelta(days=x % 75)
            prob = "0.5"
        else:
            close = dt.date(2027, 3, 1) + dt.timedelta(days=x % 110)
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
    if product == "Inverter Upgrade":
        typ = "upgrade"
    elif product == "Home Battery" and x % 2 == 0:
        typ = "upgrade"
    elif (x // 3) % 5 == 0:
        typ = "referral"
    else:
        typ = "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 23 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=9 + (x // 11) % 150), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="AUD")
    partner = None
    if product == "Commercial Solar" and seller != "Kirsty Walsh" and stage in ("won", "cancelled"):
        partner, share = "Kirsty Walsh", ("0.7", "0.3")
    elif (seller == "Tom Gallagher" and stage in ("won", "cancelled") and (x // 13) % 6 == 0
          and close >= dt.date.fromisoformat(START["Jake Morrison"])):
        partner, share = "Jake Morrison", ("0.5", "0.5")
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
                "quota:installed"])
    for sid, mgr, terr, role, start, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
