#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfifth workspace (Lingkod Medical Supply
Corp., an invented medical-devices distributor in Manila selling patient monitors, infusion
pumps, consumables and service contracts to hospitals and clinics in the Philippines and across
Asia-Pacific; plan year 1 April 2026 - 31 March 2027, PHP, MONTHLY payouts) from the real Maven
CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic (every choice
is an md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 12 Maven agents are re-cast as Lingkod account managers (AGENTS below), in three teams.
  Half of each agent's opportunities are kept (md5(id) even), except: every GTK 500
  opportunity is kept (they become VitaView Central Station deals), and every opportunity of
  Elease Gluck (re-cast as Anjali Krishnan, the Clinical Applications Specialist) is kept.
- Dates: every Maven date moves forward by 3,318 days, so 1 March 2017 becomes 1 April 2026 and
  31 December 2017 becomes 31 January 2027. AS OF = 2026-12-11. A Won opportunity that now
  closes after it becomes an open deal ("in tender", probability 0.6); a Lost one dated after it
  becomes an open deal (probability 0.25). Engaging opportunities are open (probability 0.5),
  expected to close 2026-11-21 + (hash mod 80) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 2027-01-04 + (hash mod 85) days.
- Amounts in PHP, whole pesos: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    GTK 500        -> VitaView Central Station     x 60
    GTX Plus Pro   -> VitaView Bedside Monitor     x 55
    GTX Pro        -> FlowSure Volumetric Pump     x 40
    MG Advanced    -> FlowSure Syringe Pump        x 35
    GTX Plus Basic -> CareShield Service Contract  x 50
    GTX Basic      -> IV Administration Sets       x 60
    MG Special     -> ECG Electrodes               x 150
- Accounts: each team sells to its own invented hospitals and clinics (15 or 16 a team; the
  Maven account's index mod the list's length). An opportunity with no account gets one by
  hash. Co-sold lines keep the selling manager's account.
- Type: "new" (a new door: a hospital that never bought from Lingkod), "switch" (a switch-over:
  a competitor's installed devices replaced) or "repeat" (a reorder). Equipment: hash mod 100
  < 22 new, < 34 switch, else repeat. Consumables and service: < 10 new, else repeat.
- Splits (plan.md 3.5): every won or cancelled VitaView Central Station deal of an account
  manager other than Anjali Krishnan is two lines with the same id, 60% to the account manager
  and 40% to Anjali Krishnan.
- Cancellations ("pull-outs"): a won deal closed on or before 2026-11-20 with hash mod 19 = 0 is
  cancelled, cancel_date = close + 8 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only pull-outs within 90 days of the award are clawed back).
- Roster: Jerome Villanueva (Senior Account Manager) and Anjali Krishnan (Clinical
  Applications Specialist) carry their own quarterly equipment quota. Arjun Pillai joined on
  2026-08-17 (his deals before that date are dropped). Joel Castillo left on 2026-11-13 (his
  deals closing after that date, won or open, are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 12, 11)
SHIFT = dt.timedelta(days=3318)
CANCEL_BY = dt.date(2026, 11, 20)
SPECIALIST = "Anjali Krishnan"

AGENTS = {
    "Darcel Schlecht": "Jerome Villanueva",
    "Cassey Cress": "Kristine Mercado",
    "Kary Hendrixson": "Paolo Reyes",
    "Elease Gluck": "Anjali Krishnan",
    "Versie Hillebrand": "Rhea Bautista",
    "Moses Frase": "Mark Anthony Ocampo",
    "Wilburn Farren": "Joel Castillo",
    "Daniell Hammack": "Carlos Medina",
    "Markita Hansen": "Diego Alvarado",
    "Rosalina Dieter": "Camila Restrepo",
    "Marty Freudenburg": "Sneha Kulkarni",
    "Garret Kinder": "Arjun Pillai",
}
# id, manager, territory, role, start_date, end_date, quota:equipment
ROSTER = [
    ("Jerome Villanueva", "Lourdes Santiago", "Metro Manila", "Senior Account Manager", "", "", "Q_SENIOR"),
    ("Kristine Mercado", "Lourdes Santiago", "Metro Manila", "Account Manager", "", "", ""),
    ("Paolo Reyes", "Lourdes Santiago", "Metro Manila", "Account Manager", "", "", ""),
    ("Anjali Krishnan", "Lourdes Santiago", "Metro Manila", "Clinical Applications Specialist", "", "", "Q_SPECIALIST"),
    ("Rhea Bautista", "Ramon Dela Cruz", "Visayas-Mindanao", "Account Manager", "", "", ""),
    ("Mark Anthony Ocampo", "Ramon Dela Cruz", "Visayas-Mindanao", "Account Manager", "", "", ""),
    ("Joel Castillo", "Ramon Dela Cruz", "Visayas-Mindanao", "Account Manager", "", "2026-11-13", ""),
    ("Carlos Medina", "Ramon Dela Cruz", "Visayas-Mindanao", "Account Manager", "", "", ""),
    ("Diego Alvarado", "Vikram Nair", "APAC Export", "Account Manager", "", "", ""),
    ("Camila Restrepo", "Vikram Nair", "APAC Export", "Account Manager", "", "", ""),
    ("Sneha Kulkarni", "Vikram Nair", "APAC Export", "Account Manager", "", "", ""),
    ("Arjun Pillai", "Vikram Nair", "APAC Export", "Account Manager", "2026-08-17", "", ""),
]
QUOTA = {"Q_SENIOR": "6000000.00", "Q_SPECIALIST": "5000000.00"}
TEAM = {r[0]: r[2] for r in ROSTER}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTK 500": ("VitaView Central Station", 60),
    "GTX Plus Pro": ("VitaView Bedside Monitor", 55),
    "GTX Pro": ("FlowSure Volumetric Pump", 40),
    "GTXPro": ("FlowSure Volumetric Pump", 40),
    "MG Advanced": ("FlowSure Syringe Pump", 35),
    "GTX Plus Basic": ("CareShield Service Contract", 50),
    "GTX Basic": ("IV Administration Sets", 60),
    "MG Special": ("ECG Electrodes", 150),
}
EQUIPMENT = {"VitaView Central Station", "VitaView Bedside Monitor", "FlowSure Volumetric Pump",
             "FlowSure Syringe Pump"}
ACCOUNTS = {
    "Metro Manila": [
        "St. Benedict Medical Center", "Makati Riverside Hospital", "Quezon City Heart and Lung Clinic",
        "Ortigas Women's Hospital", "Pasig Mercy General Hospital", "Marikina Valley Doctors Hospital",
        "Alabang Lakeside Medical Center", "Taguig Bayview Hospital", "San Juan Kidney Clinic",
        "Manila Bay Children's Hospital", "Mandaluyong Diagnostics Clinic", "Paranaque Family Clinic",
        "Caloocan North General Hospital", "Las Pinas Maternity Center", "BGC Surgical Suites",
    ],
    "Visayas-Mindanao": [
        "Cebu Lighthouse Hospital", "Iloilo Heritage Medical Center", "Bacolod Sugarland Hospital",
        "Davao Eastgate Medical Center", "Cagayan de Oro Riverside Clinic", "Tacloban Leyte Bay Hospital",
        "Dumaguete Boulevard Clinic", "General Santos Bayfront Hospital", "Zamboanga Pearl Hospital",
        "Bohol Hillside Clinic", "Iligan Falls Medical Center", "Butuan Agusan Doctors Hospital",
        "Roxas City Seaside Hospital", "Ormoc Valley Infirmary", "Mactan Island Medical",
    ],
    "APAC Export": [
        "Penang Harbour Hospital", "Johor Straits Medical Centre", "Jakarta Menteng Clinic",
        "Surabaya Heart Centre", "Hanoi Lotus Hospital", "Saigon River Clinic",
        "Bangkok Orchid Medical Centre", "Chiang Mai Lanna Hospital", "Phnom Penh Riverside Hospital",
        "Yangon Shwe Medical", "Dhaka Greenview Hospital", "Colombo Lagoon Hospital",
        "Kuching Borneo Medical", "Da Nang Marble Coast Hospital", "Denpasar Care Clinic",
        "Brunei Seri Clinic",
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
    accounts = ACCOUNTS[TEAM[seller]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = accounts[idx % len(accounts)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 11, 21) + dt.timedelta(days=x % 80)
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
    roll = (x // 3) % 100
    if product in EQUIPMENT:
        typ = "new" if roll < 22 else "switch" if roll < 34 else "repeat"
    else:
        typ = "new" if roll < 10 else "repeat"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=8 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="PHP")
    if product == "VitaView Central Station" and seller != SPECIALIST and stage in ("won", "cancelled"):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.4"))
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
                "quota:equipment"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
