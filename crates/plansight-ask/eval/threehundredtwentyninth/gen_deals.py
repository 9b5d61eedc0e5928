#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredtwentyninth workspace (Heulwen Home
Energy Ltd, an invented Cardiff installer of rooftop solar, battery storage, EV charge points
and heat pumps for households; plan year 1 April 2026 - 31 March 2027, the UK financial year;
GBP; MONTHLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Heulwen Home Energy Advisers (AGENTS below). Every one of
  their opportunities is kept, except MG Special ones (dropped: Heulwen sells no such item).
- Deal ids: "HJ" + a five-digit job number, given in the order of the Maven opportunity ids
  (HJ10001 is the first), so ids are unique and stable.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 April 2026 (and 31 December 2017 becomes 31 January 2027). AS OF = 2026-11-20. A Won
  opportunity that now closes after it becomes an open quotation (probability 0.6); a Lost one
  dated after it becomes an open quotation (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to sign 23 November 2026 + (hash mod 80) days; Prospecting ones
  (probability 0.2) 4 January 2027 + (hash mod 85) days.
- Amounts in GBP, whole pounds: close value x the product's factor (won); lost and open
  quotations carry the Maven list price x the factor.
    GTX Pro        -> Rooftop Solar Array        x 1.6
    GTX Plus Pro   -> Battery Store              x 1.0
    GTX Basic      -> EV Charge Point            x 1.8
    MG Advanced    -> Air Source Heat Pump       x 3.5
    GTX Plus Basic -> Hybrid Heat Pump           x 7
    GTK 500        -> Ground Source Heat Pump    x 0.9
- Accounts: Maven's 85 accounts become invented Cardiff and Vale addresses ("14 Heathwood
  Road") or, for every ninth, an organisation ("Cadwyn Housing Association"); an opportunity
  with no account gets one by hash.
- Type: Battery Store with hash mod 5 < 3 and EV Charge Point with hash mod 5 < 2 are
  "addon" (added to an existing Heulwen system, the floor's "bolt-on"); otherwise hash mod 6 = 0
  is "referral" (the floor's "cwtch"), the rest "new".
- Splits (plan.md 3.4): a won or cancelled Ground Source Heat Pump of any adviser but Nia Bevan
  (the Heat Pump Lead) is two lines with the same id, 75% to the adviser and 25% to Nia Bevan.
  Gethin Williams's won or cancelled deals closing on or after Lowri Edwards's start with hash
  mod 5 = 0 are "paired visits", two lines 50% / 50% with Lowri Edwards.
- Cancellations: a won deal closed on or before 2026-11-06 with hash mod 19 = 0 is cancelled,
  cancel_date = close + 4 + (hash mod 140) days, at the latest the as-of date (plan.md section 11:
  only cancellations within 90 days of close are clawed back).
- Roster: Ceri Jenkins (Senior Adviser) carries her own annual Rooftop quota, Nia Bevan (Heat
  Pump Lead) her own quarterly Heat Pump quota. Lowri Edwards joined on 2026-08-10 (her own
  deals before then are dropped); Aled Price left on 2026-09-30 (his deals after then are
  dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 20)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 11, 6)

AGENTS = {
    "Darcel Schlecht": "Ceri Jenkins",
    "Anna Snelling": "Tomos Evans",
    "Versie Hillebrand": "Bethan Rees",
    "Moses Frase": "Aled Price",
    "Cecily Lampkin": "Hannah Okoro",
    "Kary Hendrixson": "Megan Davies",
    "Zane Levy": "Rhys Powell",
    "Kami Bicknell": "Catrin Lloyd",
    "Markita Hansen": "Owen Thomas",
    "Elease Gluck": "Nia Bevan",
    "Jonathan Berthelot": "Gethin Williams",
    "Gladys Colclough": "Ffion Harries",
    "Marty Freudenburg": "Rhys Parry",
    "Garret Kinder": "Lowri Edwards",
    "Lajuana Vencill": "Jamal Hussain",
    "Niesha Huffines": "Carys Morgan",
}
# id, manager, territory, role, start_date, end_date, quota:rooftop, quota:heatpump
ROSTER = [
    ("Ceri Jenkins", "Rhian Pritchard", "City", "Senior Adviser", "", "", "525000.00", ""),
    ("Tomos Evans", "Rhian Pritchard", "City", "Home Energy Adviser", "", "", "", ""),
    ("Bethan Rees", "Rhian Pritchard", "City", "Home Energy Adviser", "", "", "", ""),
    ("Aled Price", "Rhian Pritchard", "City", "Home Energy Adviser", "", "2026-09-30", "", ""),
    ("Hannah Okoro", "Rhian Pritchard", "City", "Home Energy Adviser", "", "", "", ""),
    ("Megan Davies", "Dafydd Morgan", "Vale", "Home Energy Adviser", "", "", "", ""),
    ("Rhys Powell", "Dafydd Morgan", "Vale", "Home Energy Adviser", "", "", "", ""),
    ("Catrin Lloyd", "Dafydd Morgan", "Vale", "Home Energy Adviser", "", "", "", ""),
    ("Owen Thomas", "Dafydd Morgan", "Vale", "Home Energy Adviser", "", "", "", ""),
    ("Nia Bevan", "Dafydd Morgan", "Vale", "Heat Pump Lead", "", "", "", "150000.00"),
    ("Gethin Williams", "Siân Howells", "Valleys", "Home Energy Adviser", "", "", "", ""),
    ("Ffion Harries", "Siân Howells", "Valleys", "Home Energy Adviser", "", "", "", ""),
    ("Rhys Parry", "Siân Howells", "Valleys", "Home Energy Adviser", "", "", "", ""),
    ("Lowri Edwards", "Siân Howells", "Valleys", "Home Energy Adviser", "2026-08-10", "", "", ""),
    ("Jamal Hussain", "Siân Howells", "Valleys", "Home Energy Adviser", "", "", "", ""),
    ("Carys Morgan", "Siân Howells", "Valleys", "Home Energy Adviser", "", "", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Pro": ("Rooftop Solar Array", 1.6),
    "GTXPro": ("Rooftop Solar Array", 1.6),
    "GTX Plus Pro": ("Battery Store", 1.0),
    "GTX Basic": ("EV Charge Point", 1.8),
    "MG Advanced": ("Air Source Heat Pump", 3.5),
    "GTX Plus Basic": ("Hybrid Heat Pump", 7),
    "GTK 500": ("Ground Source Heat Pump", 0.9),
}
STREETS = [
    "Heathwood Road", "Cathedral Road", "Plasturton Avenue", "Kings Road", "Llandaff Road",
    "Whitchurch Road", "Cyncoed Road", "Lake Road West", "Ninian Road", "Albany Road",
    "Penylan Road", "Marlborough Road", "Romilly Road", "Victoria Road", "Plymouth Road",
    "Windsor Road", "Caerphilly Road", "Heol Hir", "Heol y Deri", "Rhiwbina Hill",
    "Pantbach Road", "Merthyr Road", "Tynewydd Road", "Porthkerry Road", "Llantrisant Road",
    "Heol Isaf", "Ty Draw Road", "Waterloo Road", "Fairwater Grove", "Bishops Road",
    "Insole Grove", "Colum Road", "Alma Road", "Sully Terrace", "Clive Place",
]
ORGS = [
    "Cadwyn Housing Association", "Pontcanna Primary School", "Roath Park Surgery",
    "Penarth Yacht Club", "Llandaff Rugby Club", "Barry Island Guest House", "Taff Trail Cycles",
    "Cardiff Bay Lofts Management", "Whitchurch Community Hall", "Caerphilly Cheese Co",
]
ORG_EVERY = 9


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def account_name(i):
    if i % ORG_EVERY == 0:
        return ORGS[(i // ORG_EVERY) % len(ORGS)]
    street = STREETS[i % len(STREETS)]
    number = 2 + (i * 37) % 61
    return f"{number} {street}"


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
maven_accounts = sorted(r["account"] for r in read("accounts.csv"))
IDX = {a: i + 1 for i, a in enumerate(maven_accounts)}

source = [r for r in read("sales_pipeline.csv")
          if r["sales_agent"] in AGENTS and r["product"] != "MG Special"]
JOB = {oid: f"HJ{10001 + n}" for n, oid in enumerate(sorted(r["opportunity_id"] for r in source))}

rows = []
for r in source:
    oid = r["opportunity_id"]
    x = h(oid)
    seller = AGENTS[r["sales_agent"]]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else 1 + x % 85
    account = account_name(idx)
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 11, 23) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2027, 1, 4) + dt.timedelta(days=x % 85)
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
    y = x // 3
    if product == "Battery Store" and y % 5 < 3:
        typ = "addon"
    elif product == "EV Charge Point" and y % 5 < 2:
        typ = "addon"
    elif (y // 5) % 6 == 0:
        typ = "referral"
    else:
        typ = "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=4 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=JOB[oid], seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="GBP")
    partner = None
    if product == "Ground Source Heat Pump" and seller != "Nia Bevan" and stage in ("won", "cancelled"):
        partner, share = "Nia Bevan", ("0.75", "0.25")
    elif (seller == "Gethin Williams" and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START["Lowri Edwards"])):
        partner, share = "Lowri Edwards", ("0.5", "0.5")
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
                "quota:rooftop", "quota:heatpump"])
    for sid, mgr, terr, role, start, end, q1, q2 in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q1, q2])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
