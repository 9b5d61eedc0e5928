#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundrednineteenth workspace (Boréal Commercial
Insurance Brokers Inc., an invented Canadian commercial-insurance brokerage with offices in
Montréal, Toronto and Calgary; calendar plan year 1 January - 31 December 2026, CAD, MONTHLY
payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Boréal producers (AGENTS below). Two opportunities in five are
  kept (md5(id) mod 5 < 2), except every opportunity of Vicki Laflamme (re-cast as Aisha
  Okonkwo, the Toronto Package Specialist) and every GTK 500 opportunity of a Toronto agent,
  which are all kept.
- Dates: every Maven date moves forward by the same 3,229 days, so 1 March 2017 becomes
  2 January 2026 and 31 December 2017 becomes 3 November 2026. AS OF = 2026-08-21. A Won
  opportunity that now closes after it becomes an open quote (probability 0.7: a renewal or a
  placement in the works); a Lost one dated after it an open quote (probability 0.3).
  Engaging opportunities are open (probability 0.5) expected to bind 3 August 2026 + (hash mod
  90) days (some overdue at the as-of date); Prospecting ones (probability 0.2) 1 September
  2026 + (hash mod 100) days.
- A deal's amount is the policy's annual premium in CAD, whole dollars: the close value x the
  policy line's factor (won); lost and open quotes carry the list price x the factor.
    MG Special     -> Equipment Breakdown            x 20
    GTX Basic      -> Cyber Liability                x 5
    GTX Plus Basic -> Errors & Omissions             x 3
    MG Advanced    -> Commercial Auto                x 2
    GTX Pro        -> Commercial General Liability   x 1.5
    GTX Plus Pro   -> Commercial Property            x 2
    GTK 500        -> Commercial Package             x 1.5
- Accounts: each office writes its own province's small businesses (12 per office, invented);
  the Maven account's index (sorted) mod 12 picks one; an opportunity with no account gets one
  by hash.
- Type: Equipment Breakdown is an "endorsement" (added mid-term to a policy already in force)
  when hash mod 10 < 7, else a "renewal"; every other line: hash mod 20 < 8 = "new" (new
  business), < 17 = "renewal", else "endorsement".
- Splits (plan.md 3.5): a won or cancelled Commercial Package of a Toronto producer other than
  Aisha Okonkwo is two lines with the same id, 60% to the producer and 40% to Aisha Okonkwo.
- Cancellations: a won deal closed on or before 2026-08-07 with hash mod 14 = 0 is cancelled
  on close + 12 + (hash mod 230) days when that day is on or before the as-of date (otherwise it
  stays won); plan.md section 11: only cancellations within 180 days of binding are clawed back.
- Roster: Jean-François Gagnon (Senior Producer) and Aisha Okonkwo (Package Specialist) carry
  their own quarterly New Premium quota (130,000 / 160,000) and annual Renewal quota (350,000 /
  320,000). Colton Reimer joined on 2026-04-13 (his deals before
  it are dropped); Ryan McAllister left on 2026-06-30 (his deals after it are dropped: his book
  went to the house).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 21)
SHIFT = dt.date(2026, 1, 2) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 8, 7)

AGENTS = {
    "Darcel Schlecht": "Jean-François Gagnon",
    "Cecily Lampkin": "Marie-Ève Bouchard",
    "Versie Hillebrand": "Mathieu Côté",
    "Gladys Colclough": "Isabelle Lavoie",
    "Boris Faz": "Sarah Lachance",
    "Vicki Laflamme": "Aisha Okonkwo",
    "Rosie Papadopoulos": "Ryan McAllister",
    "Anna Snelling": "Sarah Friedman",
    "Zane Levy": "Daniel Kowalczyk",
    "Markita Hansen": "Kevin Mah",
    "Cassey Cress": "Priya Sandhu",
    "Kary Hendrixson": "Tyler Bergstrom",
    "Donn Cantrell": "Amandeep Gill",
    "Moses Frase": "Brett Harcourt",
    "Garret Kinder": "Colton Reimer",
    "Wilburn Farren": "Jessica Lindgren",
}
ROSTER = [
    # id, manager, office, role, start_date, end_date, own quotas (new_premium, renewal)
    ("Jean-François Gagnon", "Geneviève Tremblay", "Montréal", "Senior Producer", "", "", "Q_SENIOR"),
    ("Marie-Ève Bouchard", "Geneviève Tremblay", "Montréal", "Producer", "", "", ""),
    ("Mathieu Côté", "Geneviève Tremblay", "Montréal", "Producer", "", "", ""),
    ("Isabelle Lavoie", "Geneviève Tremblay", "Montréal", "Producer", "", "", ""),
    ("Sarah Lachance", "Geneviève Tremblay", "Montréal", "Producer", "", "", ""),
    ("Aisha Okonkwo", "Derek Whitmore", "Toronto", "Package Specialist", "", "", "Q_PACKAGE"),
    ("Ryan McAllister", "Derek Whitmore", "Toronto", "Producer", "", "2026-06-30", ""),
    ("Sarah Friedman", "Derek Whitmore", "Toronto", "Producer", "", "", ""),
    ("Daniel Kowalczyk", "Derek Whitmore", "Toronto", "Producer", "", "", ""),
    ("Kevin Mah", "Derek Whitmore", "Toronto", "Producer", "", "", ""),
    ("Priya Sandhu", "Derek Whitmore", "Toronto", "Producer", "", "", ""),
    ("Tyler Bergstrom", "Lorna MacLeod", "Calgary", "Producer", "", "", ""),
    ("Amandeep Gill", "Lorna MacLeod", "Calgary", "Producer", "", "", ""),
    ("Brett Harcourt", "Lorna MacLeod", "Calgary", "Producer", "", "", ""),
    ("Colton Reimer", "Lorna MacLeod", "Calgary", "Producer", "2026-04-13", "", ""),
    ("Jessica Lindgren", "Lorna MacLeod", "Calgary", "Producer", "", "", ""),
]
QUOTA = {"Q_SENIOR": ("130000.00", "350000.00"), "Q_PACKAGE": ("160000.00", "320000.00")}
OFFICE = {r[0]: r[2] for r in ROSTER}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PACKAGE_SPECIALIST = "Aisha Okonkwo"
PRODUCT = {
    "MG Special": ("Equipment Breakdown", 20),
    "GTX Basic": ("Cyber Liability", 5),
    "GTX Plus Basic": ("Errors & Omissions", 3),
    "MG Advanced": ("Commercial Auto", 2),
    "GTX Pro": ("Commercial General Liability", 1.5),
    "GTXPro": ("Commercial General Liability", 1.5),
    "GTX Plus Pro": ("Commercial Property", 2),
    "GTK 500": ("Commercial Package", 1.5),
}
BUSINESSES = {
    "Montréal": [
        "Boulangerie du Plateau", "Garage Lapointe et Fils", "Dépanneur Chez Ginette",
        "Érablière Beaulieu", "Plomberie Gauthier", "Toitures Rive-Sud",
        "Clinique Dentaire Laval-Ouest", "Traiteur La Belle Assiette", "Ébénisterie Pelletier",
        "Transport Dufresne", "Fromagerie des Cantons", "Imprimerie Saint-Laurent",
    ],
    "Toronto": [
        "Danforth Bicycle Co.", "Kensington Coffee Roasters", "Lakeshore Auto Body",
        "Bloor Street Optometry", "Mississauga Metal Works", "Scarborough Fresh Market",
        "Niagara Bench Winery", "Don Valley Daycare", "Etobicoke Tile & Stone",
        "Queen West Architects", "Leslieville Dental", "Humber Bay Movers",
    ],
    "Calgary": [
        "Bow River Outfitters", "Prairie Sky Trucking", "Foothills Veterinary Clinic",
        "Chinook Roofing", "Red Deer Welding", "Stampede City Catering",
        "Canmore Mountain Lodge", "Inglewood Brewing Co.", "Okotoks Feed & Seed",
        "Lethbridge Grain Co-op", "Cochrane Log Homes", "Airdrie Auto Glass",
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
    seller = AGENTS[agent]
    office = OFFICE[seller]
    keep = (h(oid) % 5 < 2 or seller == PACKAGE_SPECIALIST
            or (r["product"] == "GTK 500" and office == "Toronto"))
    if not keep:
        continue
    x = h(oid) // 5
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    names = BUSINESSES[office]
    account = names[idx % len(names)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 8, 3) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 100)
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
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if product == "Equipment Breakdown":
        typ = "endorsement" if (x // 3) % 10 < 7 else "renewal"
    else:
        k = (x // 3) % 20
        typ = "new" if k < 8 else ("renewal" if k < 17 else "endorsement")
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 14 == 0:
        when = close + dt.timedelta(days=12 + (x // 11) % 230)
        if when <= AS_OF:
            stage = "cancelled"
            cancel = when.isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="CAD")
    if (product == "Commercial Package" and office == "Toronto" and seller != PACKAGE_SPECIALIST
            and stage in ("won", "cancelled")):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=PACKAGE_SPECIALIST, split="0.4"))
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
                "quota:new_premium", "quota:renewal"])
    for sid, mgr, office, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, office, role, start, end, *QUOTA.get(q, ("", ""))])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
