#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredninetyseventh workspace (Ilanga Power (Pty)
Ltd, an invented Johannesburg commercial solar and battery installer, head office in Midrand;
plan year FY2027 = 1 March 2026 - 28 February 2027, ZAR, MONTHLY payouts) from the real Maven CRM
export in /work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an
md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Ilanga energy consultants (AGENTS below). Two thirds of each
  agent's opportunities are kept (md5(id) mod 3 != 0), except that every GTK 500 opportunity is
  kept (they become Ground-Mount Arrays). Darcel Schlecht is re-cast as Johan Botha, the Key
  Accounts Lead.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 March 2026 and 31 December 2017 becomes 31 December 2026. AS OF = 2026-11-20. A Won
  opportunity that now closes after it becomes an open quote (probability 0.7); a Lost one dated
  after it an open quote (probability 0.3). Engaging opportunities are open (probability 0.5),
  expected to close 1 November 2026 + (hash mod 100) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 1 December 2026 + (hash mod 85) days.
- Amounts in ZAR, whole rand: close value x the product's factor (won); lost and open quotes carry
  the product's list price x the factor.
    GTX Pro        -> Rooftop PV               x 40
    MG Advanced    -> Carport PV               x 80
    GTK 500        -> Ground-Mount Array       x 60
    GTX Plus Pro   -> Lithium Battery Bank     x 45
    GTX Plus Basic -> Hybrid Inverter Upgrade  x 50
    MG Special     -> O&M Contract             x 400
    GTX Basic      -> Remote Monitoring        x 25
- Accounts: Ground-Mount Array jobs go to one of 12 invented farms and plants (Maven account
  index mod 12); every other opportunity to one of 34 invented Gauteng businesses (index mod 34).
  An opportunity with no account gets one by hash.
- Type: Hybrid Inverter Upgrade = "expansion"; O&M Contract and Remote Monitoring: hash mod 5 in
  (0, 1) = "renewal", else "new"; Lithium Battery Bank: hash mod 3 = 0 = "expansion"; other
  project products: hash mod 4 = 0 = "expansion"; the rest "new".
- Splits (plan.md 3.4): a won or cancelled Ground-Mount Array of any consultant but Johan Botha is
  two lines with one id, 75% to the consultant and 25% to Johan Botha. Mandla Ndlovu's Rooftop PV
  and Lithium Battery Bank deals closing on or after Naledi Sithole's start with hash mod 4 = 0
  are mentor deals, two lines, 60% Mandla Ndlovu / 40% Naledi Sithole.
- Cancellations ("vrot" deals): a won deal closed on or before 2026-11-05 with hash mod 25 = 0 is
  cancelled, cancel_date = close + 10 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Johan Botha (Key Accounts Lead) and Tshepo Maseko (Associate Consultant) carry their
  own quarterly EPC quota. Naledi Sithole joined on 2026-07-13 (her deals before that date are
  dropped); Riaan Steyn left on 2026-09-15 (his deals closing after it, and his open quotes, are
  dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 20)
SHIFT = dt.date(2026, 3, 1) - dt.date(2017, 3, 1)

AGENTS = {
    "Kary Hendrixson": "Sipho Dlamini",
    "Anna Snelling": "Palesa Nkosi",
    "Darcel Schlecht": "Johan Botha",
    "Cassey Cress": "Ayesha Patel",
    "Rosalina Dieter": "Kagiso Molefe",
    "Zane Levy": "Themba Khumalo",
    "Markita Hansen": "Riaan Steyn",
    "Gladys Colclough": "Nomvula Zulu",
    "James Ascencio": "Sipho Mahlangu",
    "Daniell Hammack": "Charlene Pillay",
    "Corliss Cosme": "Mandla Ndlovu",
    "Kami Bicknell": "Anke Pretorius",
    "Boris Faz": "Tshepo Maseko",
    "Jonathan Berthelot": "Zanele Mthembu",
    "Maureen Marcano": "Deon Fourie",
    "Hayden Neloms": "Naledi Sithole",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:epc
    ("Sipho Dlamini", "Thandi Mokoena", "Sandton & Midrand", "Energy Consultant", "", "", ""),
    ("Palesa Nkosi", "Thandi Mokoena", "Sandton & Midrand", "Energy Consultant", "", "", ""),
    ("Johan Botha", "Thandi Mokoena", "Sandton & Midrand", "Key Accounts Lead", "", "", "Q_KEY"),
    ("Ayesha Patel", "Thandi Mokoena", "Sandton & Midrand", "Energy Consultant", "", "", ""),
    ("Kagiso Molefe", "Thandi Mokoena", "Sandton & Midrand", "Energy Consultant", "", "", ""),
    ("Themba Khumalo", "Pieter van der Merwe", "East Rand", "Energy Consultant", "", "", ""),
    ("Riaan Steyn", "Pieter van der Merwe", "East Rand", "Energy Consultant", "", "2026-09-15", ""),
    ("Nomvula Zulu", "Pieter van der Merwe", "East Rand", "Energy Consultant", "", "", ""),
    ("Sipho Mahlangu", "Pieter van der Merwe", "East Rand", "Energy Consultant", "", "", ""),
    ("Charlene Pillay", "Pieter van der Merwe", "East Rand", "Energy Consultant", "", "", ""),
    ("Mandla Ndlovu", "Farah Essop", "Pretoria", "Energy Consultant", "", "", ""),
    ("Anke Pretorius", "Farah Essop", "Pretoria", "Energy Consultant", "", "", ""),
    ("Tshepo Maseko", "Farah Essop", "Pretoria", "Associate Consultant", "", "", "Q_ASSOC"),
    ("Zanele Mthembu", "Farah Essop", "Pretoria", "Energy Consultant", "", "", ""),
    ("Deon Fourie", "Farah Essop", "Pretoria", "Energy Consultant", "", "", ""),
    ("Naledi Sithole", "Farah Essop", "Pretoria", "Energy Consultant", "2026-07-13", "", ""),
]
QUOTA = {"Q_KEY": "9000000.00", "Q_ASSOC": "2000000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Pro": ("Rooftop PV", 40),
    "GTXPro": ("Rooftop PV", 40),
    "MG Advanced": ("Carport PV", 80),
    "GTK 500": ("Ground-Mount Array", 60),
    "GTX Plus Pro": ("Lithium Battery Bank", 45),
    "GTX Plus Basic": ("Hybrid Inverter Upgrade", 50),
    "MG Special": ("O&M Contract", 400),
    "GTX Basic": ("Remote Monitoring", 25),
}
SERVICE = {"O&M Contract", "Remote Monitoring"}
BUSINESSES = [
    "Kyalami Auto Body", "Midrand Cold Chain", "Bedfordview Medical Suites",
    "Germiston Galvanisers", "Rivonia Office Park", "Fourways Panelbeaters", "Alrode Plastics",
    "Centurion Lifestyle Centre", "Hatfield Student Lofts", "Wadeville Steel Works",
    "Sunninghill Day Clinic", "Edenvale Printers", "Menlyn Logistics Hub", "Isando Packaging",
    "Rosebank Boutique Hotel", "Randburg Tile Warehouse", "Kempton Park Bakery",
    "Silverton Engineering", "Woodmead Data Centre", "Benoni Feed Mills", "Brakpan Brickworks",
    "Lynnwood Retirement Village", "Parkhurst Bistro Group", "Marlboro Textile Mill",
    "Olifantsfontein Chemicals", "Montana Spar", "Boksburg Trucking Depot", "Greenstone Mall",
    "Pomona Cash & Carry", "Irene Dairy Co-op", "Soweto Business Hub", "Linbro Park Furniture",
    "Springs Foundry", "Garsfontein Primary School",
]
PLANTS = [
    "Cullinan Citrus Estate", "Bronkhorstspruit Poultry", "Delmas Maize Silos",
    "Heidelberg Cement Works", "Nigel Gold Processing", "Hammanskraal Abattoir",
    "Walkerville Mushroom Farm", "Vaalwater Game Lodge", "Muldersdrift Nursery",
    "Rayton Grain Co-op", "Sebokeng Plastics Plant", "Lanseria Cargo Park",
]
CANCEL_BY = dt.date(2026, 11, 5)


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
    keep = h(oid) % 3 != 0 or r["product"] == "GTK 500"
    if not keep:
        continue
    x = h(oid) // 3
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 89
    if product == "Ground-Mount Array":
        account = PLANTS[idx % len(PLANTS)]
    else:
        account = BUSINESSES[idx % len(BUSINESSES)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 11, 1) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2026, 12, 1) + dt.timedelta(days=x % 85)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and (stage == "open" or close > dt.date.fromisoformat(END[seller])):
        continue
    if product == "Hybrid Inverter Upgrade":
        typ = "expansion"
    elif product in SERVICE:
        typ = "renewal" if (x // 5) % 5 in (0, 1) else "new"
    elif product == "Lithium Battery Bank":
        typ = "expansion" if (x // 5) % 3 == 0 else "new"
    else:
        typ = "expansion" if (x // 5) % 4 == 0 else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="ZAR")
    partner = None
    if product == "Ground-Mount Array" and seller != "Johan Botha" and stage in ("won", "cancelled"):
        partner, share = "Johan Botha", ("0.75", "0.25")
    elif (seller == "Mandla Ndlovu" and stage in ("won", "cancelled")
          and product in ("Rooftop PV", "Lithium Battery Bank") and (x // 13) % 4 == 0
          and close >= dt.date.fromisoformat(START["Naledi Sithole"])):
        partner, share = "Naledi Sithole", ("0.6", "0.4")
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
                "quota:epc"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
