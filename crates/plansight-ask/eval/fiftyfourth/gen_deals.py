#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the fiftyfourth workspace (Suir & Lee Agri Machinery
Group: tractors, balers, slurry tankers, mowers, telehandlers, parts and service contracts
sold to farmers and contractors across Munster and Leinster; plan year = calendar 2026, EUR,
monthly payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (no randomness, no clock). Run: python3 gen_deals.py

- Sellers: 12 Maven agents are re-cast as Suir & Lee field sellers (AGENTS below) under 3
  managers (ROSTER). Every second opportunity of theirs is kept (the id's character-code sum
  is even), so each seller carries an ag-dealer's deal count.
- Two sellers joined mid-year (Fergal Tierney 2026-04-13, Gearoid Walsh 2026-07-06): their
  opportunities that would close before the start date are dropped. Senior Field Sales carry
  their own Machinery quota on the roster (plan.md 5.2): Sean Murphy 7,000,000, Ciaran Doyle
  3,000,000. Seller ids are written without the fada; the roster's name column keeps it and
  quotes the nicknames ('Maurice "Mossie" Hennessy').
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so they
  fall 1 Jan - 2 Nov 2026. AS OF = 2026-10-23: a Won opportunity that now closes after it
  is an open deal (probability 0.8) at its shifted date.
- Products (plan.md 3.2) and EUR amount = close value x scale:
  GTX Pro -> Tractor x20; GTX Plus Pro -> Baler x7; MG Advanced -> Slurry Tanker x8;
  GTX Basic -> Mower x20; GTK 500 -> Telehandler x3; GTX Plus Basic -> Service Contract x3;
  MG Special -> Parts x20.
- Accounts: each Maven account becomes a farm or contractor (ACCOUNTS, by sorted Maven name);
  a blank account stays blank (walk-in customer).
- Type (plan.md 3.3): "new" when nobody at Suir & Lee had won that account before (in the kept
  data, by close date) or no account; else "trade-in" for a Tractor/Baler/Telehandler
  whose id's code sum mod 4 is 0; else "repeat".
- term_months: Service Contracts only, 12/24/36/60 by the id's code sum mod 4.
- Open Maven opportunities (Engaging 0.6 / Prospecting 0.25) carry the product's list price x
  scale and an expected close 2026-11-(1 + code mod 28) (Engaging) or 2026-12-15.
- Cancelled ("finance fell through"): a won deal closed on or before 2026-09-15 whose id's
  code sum mod 83 is 7 is cancelled 10 + (sum of position x character code) mod 150
  days after close, at the latest
  on the as-of date (plan.md 11: within 90 days of close it is clawed back).
"""
import csv
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/data/maven-crm"
AS_OF = dt.date(2026, 10, 23)

AGENTS = {
    "Darcel Schlecht": "Sean Murphy",
    "Kary Hendrixson": "Maurice Hennessy",
    "Cassey Cress": "Aoife Brennan",
    "Versie Hillebrand": "Tadhg Kelleher",
    "Vicki Laflamme": "Ciaran Doyle",
    "Zane Levy": "Niamh Ryan",
    "Lajuana Vencill": "Patrick Bourke",
    "Corliss Cosme": "Gearoid Walsh",
    "Anna Snelling": "Deirdre Lynch",
    "Kami Bicknell": "John Paul Dunne",
    "Markita Hansen": "Eoin Hayes",
    "Jonathan Berthelot": "Fergal Tierney",
}
ROSTER = [
    # id, name as the roster prints it, manager, territory, role, start_date
    ("Sean Murphy", "Seán Murphy", "Declan Fitzgerald", "Cork & Kerry", "Senior Field Sales", ""),
    ("Maurice Hennessy", 'Maurice "Mossie" Hennessy', "Declan Fitzgerald", "Cork & Kerry", "Field Sales", ""),
    ("Aoife Brennan", "Aoife Brennan", "Declan Fitzgerald", "Cork & Kerry", "Field Sales", ""),
    ("Tadhg Kelleher", "Tadhg Kelleher", "Declan Fitzgerald", "Cork & Kerry", "Field Sales", ""),
    ("Ciaran Doyle", "Ciarán Doyle", "Siobhan Kavanagh", "Tipperary & Waterford", "Senior Field Sales", ""),
    ("Niamh Ryan", "Niamh Ryan", "Siobhan Kavanagh", "Tipperary & Waterford", "Field Sales", ""),
    ("Patrick Bourke", 'Patrick "Packie" Bourke', "Siobhan Kavanagh", "Tipperary & Waterford", "Field Sales", ""),
    ("Gearoid Walsh", "Gearóid Walsh", "Siobhan Kavanagh", "Tipperary & Waterford", "Field Sales", "2026-07-06"),
    ("Deirdre Lynch", "Deirdre Lynch", "Padraig Nolan", "Leinster", "Field Sales", ""),
    ("John Paul Dunne", 'John Paul "JP" Dunne', "Padraig Nolan", "Leinster", "Field Sales", ""),
    ("Eoin Hayes", "Eoin Hayes", "Padraig Nolan", "Leinster", "Field Sales", ""),
    ("Fergal Tierney", "Fergal Tierney", "Padraig Nolan", "Leinster", "Field Sales", "2026-04-13"),
]
# plan.md 5.2: Senior Field Sales carry their own Machinery quota.
QUOTA_OVERRIDE = {"Sean Murphy": "7000000.00", "Ciaran Doyle": "3000000.00"}
START = {r[0]: r[5] for r in ROSTER}

PRODUCT = {
    "GTX Pro": ("Tractor", 20), "GTXPro": ("Tractor", 20), "GTX Plus Pro": ("Baler", 7),
    "MG Advanced": ("Slurry Tanker", 8), "GTX Basic": ("Mower", 20),
    "GTK 500": ("Telehandler", 3), "GTX Plus Basic": ("Service Contract", 3),
    "MG Special": ("Parts", 20),
}
TRADE_IN_OK = {"Tractor", "Baler", "Telehandler"}

SURNAMES = ["Ahern", "Barry", "Buckley", "Cahill", "Carey", "Cleary", "Coakley", "Collins",
            "Condon", "Corcoran", "Crowley", "Cronin", "Daly", "Delaney", "Dineen", "Donovan",
            "Dwyer", "Egan", "Fahy", "Flynn", "Foley", "Galvin", "Hallinan", "Harrington",
            "Healy", "Hegarty", "Hogan", "Horgan", "Keating", "Kiely", "Lane", "Leahy",
            "Lenihan", "Lucey", "Lyons", "Maher", "Manning", "McCarthy", "Meaney", "Moloney",
            "Moynihan", "Mulcahy", "Nagle", "Noonan", "O'Brien", "O'Connell", "O'Donoghue",
            "O'Keeffe", "O'Leary", "O'Mahony", "O'Neill", "O'Riordan", "O'Shea", "Phelan",
            "Power", "Quinlan", "Regan", "Riordan", "Roche", "Scanlon", "Sheehan", "Spillane",
            "Stack", "Sweeney", "Twomey", "Wall", "Whelan", "Fitzpatrick", "Brosnan",
            "Culloty", "Dennehy", "Fenton", "Guiney", "Hurley", "Kenneally", "Linehan",
            "Murnane", "Nolan Bros", "Pyne", "Ronan", "Tobin", "Walsh Bros", "Carroll",
            "Geary", "Hickey"]
KINDS = ["Dairy", "Agri Contractors", "Farms", "Beef & Tillage", "Plant Hire"]


def code(s):
    return sum(map(ord, s))


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


accounts = sorted(a["account"] for a in read("accounts.csv"))
ACCOUNTS = {a: f"{SURNAMES[i]} {KINDS[i % len(KINDS)]}" for i, a in enumerate(accounts)}
assert len(set(ACCOUNTS.values())) == len(ACCOUNTS)
PRICE = {r["product"]: float(r["sales_price"]) for r in read("products.csv")}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)


rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    c = code(oid)
    if r["sales_agent"] not in AGENTS or c % 2:
        continue
    seller = AGENTS[r["sales_agent"]]
    product, scale = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close, prob = dt.date(2026, 11, 1 + c % 28), "0.6"
        else:
            close, prob = dt.date(2026, 12, 15), "0.25"
        value = PRICE[r["product"]]
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.8"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if stage == "won" and value <= 0:
        continue
    acct = ACCOUNTS.get(r["account"], "")
    rows.append(dict(id=oid, seller=seller, account=acct,
                     name=f"{acct or 'Walk-in'} {product}", product=product,
                     amount=f"{round(value * scale, 2):.2f}", close_date=close.isoformat(),
                     stage=stage, split="1", probability=prob,
                     term_months=str([12, 24, 36, 60][c % 4]) if product == "Service Contract" else "",
                     cancel_date="", currency="EUR", _c=c))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    a = x["account"]
    if not a or a not in won_accounts:
        x["type"] = "new"
    elif x["product"] in TRADE_IN_OK and x["_c"] % 4 == 0:
        x["type"] = "trade-in"
    else:
        x["type"] = "repeat"
    if x["stage"] == "won" and a:
        won_accounts.add(a)
    if x["stage"] == "won" and x["close_date"] <= "2026-09-15" and x["_c"] % 83 == 7:
        h = sum((i + 1) * ord(ch) for i, ch in enumerate(x["id"]))
        back = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=10 + h % 150)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(back, AS_OF).isoformat()

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)

SCOLS = ["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:machinery"]
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, SCOLS, lineterminator="\n")
    w.writeheader()
    for sid, name, mgr, terr, role, start in ROSTER:
        w.writerow({"id": sid, "name": name, "manager": mgr, "territory": terr, "role": role,
                    "start_date": start, "end_date": "",
                    "quota:machinery": QUOTA_OVERRIDE.get(sid, "")})
print(len(rows), "deal lines,", len(ROSTER), "sellers,",
      sum(1 for x in rows if x["stage"] == "cancelled"), "cancelled,",
      sum(1 for x in rows if x["stage"] == "open"), "open")
