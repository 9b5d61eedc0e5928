#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredeightyninth workspace (Ekopower Distribution
Ltd, an invented Lagos distributor of solar inverters, lithium batteries, stabilizers and diesel
generators; plan year 1 April 2026 - 31 March 2027, USD, MONTHLY payouts, quarterly quotas) from
the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Ekopower sales executives (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) odd), except: every GTK 500 opportunity is kept (they become
  Industrial Generator jobs), and every opportunity of Elease Gluck (re-cast as Musa Abdullahi,
  the Generator Projects Engineer) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 April 2026 and 31 December 2017 becomes 31 January 2027. AS OF = 2027-01-21. A Won
  opportunity that now closes after it becomes an open proforma (probability 0.7); a Lost one
  dated after it an open proforma (probability 0.3). Engaging opportunities are open
  (probability 0.5) expected to close 5 January 2027 + (hash mod 70) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 February 2027 + (hash mod 58) days.
- Amounts in US dollars, whole dollars: close value x the product's factor (won); lost and open
  proformas carry the product's list price x the factor.
    MG Special     -> Voltage Stabilizer     x 5
    GTX Basic      -> Compact Inverter       x 1.5
    GTX Plus Basic -> Hybrid Inverter        x 2.3
    GTX Pro        -> Lithium Battery Rack   x 1
    GTX Plus Pro   -> Solar Power Kit        x 2
    MG Advanced    -> Soundproof Generator   x 4
    GTK 500        -> Industrial Generator   x 3
- Accounts: each Maven account is folded by its sector onto 27 invented Lagos accounts:
  medical -> 6 hospitals, finance -> 5 banks, retail and services -> 8 installers, the rest -> 8
  estates (Maven account index within the sector, mod the group's size). An opportunity with no
  account gets an installer or an estate by hash. An Industrial Generator never goes to an
  installer: such a job goes to the estate of the same index.
- Type: a bank's or a hospital's deal with hash mod 4 = 0 is a "tender"; an installer's deal is
  "repeat" unless hash mod 3 = 0 ("new"); any other deal is "new" when hash mod 2 = 1, else
  "repeat".
- Splits (plan.md 3.5): a won or cancelled Industrial Generator job of any executive but Musa
  Abdullahi is two lines with the same id: 75% to the executive, 25% to Musa Abdullahi.
  Tunde Bakare's deals closing on or after Ifeoma Chukwu's start with hash mod 5 = 0 are
  "mentor" deals, two lines 60% Tunde Bakare / 40% Ifeoma Chukwu.
- Reversals (cancellations): a won deal closed on or before 2027-01-05 with hash mod 23 = 0 is
  cancelled, cancel_date = close + 10 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only reversals within 90 days of close are clawed back).
- Roster: Tunde Bakare (Key Accounts Executive) carries his own quarterly Inverter & Battery
  quota; Musa Abdullahi (Generator Projects Engineer) his own quarterly Generator quotas.
  Ifeoma Chukwu joined on 2026-08-17 (her own deals before that date are dropped). Zainab Lawal
  left on 2026-12-11 (her deals closing after it, and her open proformas, are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 1, 21)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2027, 1, 5)

AGENTS = {
    "Darcel Schlecht": "Tunde Bakare",
    "Anna Snelling": "Ngozi Okafor",
    "Kary Hendrixson": "Segun Alabi",
    "Kami Bicknell": "Amaka Nwosu",
    "Garret Kinder": "Ifeoma Chukwu",
    "Elease Gluck": "Musa Abdullahi",
    "Versie Hillebrand": "Chidinma Eze",
    "Zane Levy": "Femi Ogunleye",
    "Cassey Cress": "Bisola Adebayo",
    "Rosalina Dieter": "Kelechi Onyeka",
    "Jonathan Berthelot": "Aisha Yusuf",
    "Gladys Colclough": "Yakubu Danjuma",
    "Corliss Cosme": "Tunde Ogunbiyi",
    "Markita Hansen": "Blessing Okon",
    "Moses Frase": "Zainab Lawal",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:ib, quota:gen
    ("Tunde Bakare", "Funmilayo Adeyemi", "Ikeja", "Key Accounts Executive", "", "", "Q_KEY", ""),
    ("Ngozi Okafor", "Funmilayo Adeyemi", "Ikeja", "Sales Executive", "", "", "", ""),
    ("Segun Alabi", "Funmilayo Adeyemi", "Ikeja", "Sales Executive", "", "", "", ""),
    ("Amaka Nwosu", "Funmilayo Adeyemi", "Ikeja", "Sales Executive", "", "", "", ""),
    ("Ifeoma Chukwu", "Funmilayo Adeyemi", "Ikeja", "Sales Executive", "2026-08-17", "", "", ""),
    ("Musa Abdullahi", "Chukwuemeka Obi", "Lekki", "Generator Projects Engineer", "", "", "", "Q_GENPRO"),
    ("Chidinma Eze", "Chukwuemeka Obi", "Lekki", "Sales Executive", "", "", "", ""),
    ("Femi Ogunleye", "Chukwuemeka Obi", "Lekki", "Sales Executive", "", "", "", ""),
    ("Bisola Adebayo", "Chukwuemeka Obi", "Lekki", "Sales Executive", "", "", "", ""),
    ("Kelechi Onyeka", "Chukwuemeka Obi", "Lekki", "Sales Executive", "", "", "", ""),
    ("Aisha Yusuf", "Hauwa Bello", "Apapa", "Sales Executive", "", "", "", ""),
    ("Yakubu Danjuma", "Hauwa Bello", "Apapa", "Sales Executive", "", "", "", ""),
    ("Tunde Ogunbiyi", "Hauwa Bello", "Apapa", "Sales Executive", "", "", "", ""),
    ("Blessing Okon", "Hauwa Bello", "Apapa", "Sales Executive", "", "", "", ""),
    ("Zainab Lawal", "Hauwa Bello", "Apapa", "Sales Executive", "", "2026-12-11", "", ""),
]
# Quarterly quotas overriding the plan's; a roster override is one amount for every quarter.
QUOTA = {"Q_KEY": "150000.00", "Q_GENPRO": "150000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Voltage Stabilizer", 5),
    "GTX Basic": ("Compact Inverter", 1.5),
    "GTX Plus Basic": ("Hybrid Inverter", 2.3),
    "GTX Pro": ("Lithium Battery Rack", 1),
    "GTXPro": ("Lithium Battery Rack", 1),
    "GTX Plus Pro": ("Solar Power Kit", 2),
    "MG Advanced": ("Soundproof Generator", 4),
    "GTK 500": ("Industrial Generator", 3),
}
HOSPITALS = [
    "Kingsway Specialist Hospital", "Lagoon View Medical Centre", "Ogba Family Clinic",
    "Apapa Mercy Hospital", "Surulere Children's Clinic", "Ebute Metta Maternity Home",
]
BANKS = [
    "Coral Trust Bank", "Eko Heritage Bank", "Gateway Microfinance Bank",
    "Harbour Commercial Bank", "Unity Crest Bank",
]
INSTALLERS = [
    "Sunfix Installers", "Bright Watts Engineering", "Ojo Sunpower Works",
    "Greenvolt Technical Services", "Ikorodu Electrical Solutions", "Surulere Electricals",
    "Ajah Energy Hub", "Festac Power Installers",
]
ESTATES = [
    "Magodo Residents Association", "Chevron Drive Estate", "Omole Phase 2 Estate",
    "Ikota Villa Estate", "Osapa Gardens Estate", "Gbagada Phase 1 Estate",
    "Victoria Crest Estate", "Amuwo Odofin Estate",
]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
SECTOR = {r["account"]: r["sector"] for r in read("accounts.csv")}
GROUP_OF = {"medical": "hospital", "finance": "bank", "retail": "installer", "services": "installer"}
by_group = {}
for a in sorted(SECTOR):
    by_group.setdefault(GROUP_OF.get(SECTOR[a], "estate"), []).append(a)
ACC_IDX = {a: (g, i) for g, accs in by_group.items() for i, a in enumerate(accs)}
LISTS = {"hospital": HOSPITALS, "bank": BANKS, "installer": INSTALLERS, "estate": ESTATES}


def account_of(maven_account, product, x):
    if maven_account:
        group, i = ACC_IDX[maven_account]
    else:
        group, i = ("installer" if x % 2 else "estate"), x % 8
    if product == "Industrial Generator" and group == "installer":
        group = "estate"
    names = LISTS[group]
    return group, names[i % len(names)]


rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    keep = h(oid) % 2 == 1 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    group, account = account_of(r["account"], product, x)
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 1, 5) + dt.timedelta(days=x % 70)
            prob = "0.5"
        else:
            close = dt.date(2027, 2, 1) + dt.timedelta(days=x % 58)
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
    if group in ("bank", "hospital") and (x // 3) % 4 == 0:
        typ = "tender"
    elif group == "installer":
        typ = "new" if (x // 3) % 3 == 0 else "repeat"
    else:
        typ = "new" if (x // 3) % 2 == 1 else "repeat"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 23 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    partner = None
    if product == "Industrial Generator" and seller != "Musa Abdullahi" and stage in ("won", "cancelled"):
        partner, share = "Musa Abdullahi", ("0.75", "0.25")
    elif (seller == "Tunde Bakare" and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START["Ifeoma Chukwu"])):
        partner, share = "Ifeoma Chukwu", ("0.6", "0.4")
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
                "quota:ib", "quota:gen"])
    for sid, mgr, terr, role, start, end, qib, qgen in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(qib, ""), QUOTA.get(qgen, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
