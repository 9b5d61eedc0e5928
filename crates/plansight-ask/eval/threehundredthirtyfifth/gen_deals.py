#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredthirtyfifth workspace (Fort Point
Scientific, Inc., an invented Boston laboratory equipment and biotech supply distributor;
plan year 1 October 2026 - 30 September 2027, USD, MONTHLY payouts) from the real Maven CRM
export in /work/shared/data/maven-crm/. Standard library only; deterministic (every choice is
an md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Fort Point account managers (AGENTS below), under three
  regional managers (Kendall, Longwood, Route 128). About half of each agent's opportunities
  are kept (md5(id) mod 2 = 0), except: every GTK 500 opportunity is kept (they become
  Liquid Handling Workstations), and every opportunity of Elease Gluck (re-cast as Aisha
  Rahman, the Automation Specialist) is kept.
- Dates: every Maven date moves forward by the same 3,501 days, so 1 March 2017 becomes
  1 October 2026 and 31 December 2017 becomes 2 August 2027. AS OF = 2027-05-21. A Won
  opportunity that now closes after it becomes an open quote (probability 0.65); a Lost one
  dated after it becomes an open quote (probability 0.3). Engaging opportunities are open
  (probability 0.5) expected to close 2027-05-01 + (hash mod 90) days (some already overdue
  at the as-of date); Prospecting ones (probability 0.2) 2027-06-15 + (hash mod 100) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open
  quotes carry the product's list price x the factor.
    MG Special     -> Pipette Tips                  x 8
    MG Advanced    -> Cell Culture Media            x 3
    GTX Basic      -> Benchtop Centrifuge           x 6
    GTX Plus Basic -> CO2 Incubator                 x 8
    GTX Pro        -> Biosafety Cabinet             x 4
    GTX Plus Pro   -> Ultra-Low Freezer             x 3.5
    GTK 500        -> Liquid Handling Workstation   x 4
- Accounts: each region has its own pool of invented Boston-area labs and companies; an
  opportunity takes the pool entry of its Maven account's index (hash when it has none). The
  Automation Specialist's own deals take any pool's entry.
- Type: "new" (a lab that has never bought from Fort Point), "expansion" (more for an
  existing lab) or "replacement" (a swap-out of an aging instrument, often with a trade-in).
  Consumables are never "replacement". By hash.
- Splits (plan.md 3.4): a won or cancelled Liquid Handling Workstation of anyone but Aisha
  Rahman is two lines with the same id: 75% to the account manager, 25% to Aisha Rahman.
- Cancellations ("de-books"): a won deal closed on or before 2027-05-07 with hash mod 24 = 0
  is cancelled, cancel_date = close + 6 + (hash mod 150) days, at the latest the as-of date
  (plan.md 11: only cancellations within 90 days of close are clawed back).
- Roster: Brendan Doherty (Senior Account Manager) and Aisha Rahman (Automation Specialist)
  carry their own quarterly Instrument quota. Paul Zhang joined on 2027-01-19 (his deals
  before that date are dropped). Tom Galvin left on 2027-03-19 (his deals after it are
  dropped). Two account managers are called Megan.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 5, 21)
SHIFT = dt.date(2026, 10, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2027, 5, 7)

AGENTS = {
    "Darcel Schlecht": "Brendan Doherty",
    "Vicki Laflamme": "Nicole Amaral",
    "Kami Bicknell": "Megan Fitzgerald",
    "Cassey Cress": "Jamal Whitaker",
    "Corliss Cosme": "Siobhan Keane",
    "Anna Snelling": "Rosa Medeiros",
    "Versie Hillebrand": "Lauren Beaulieu",
    "Jonathan Berthelot": "Devika Patel",
    "Moses Frase": "Declan Moriarty",
    "Wilburn Farren": "Tom Galvin",
    "Kary Hendrixson": "Kyle Rourke",
    "Zane Levy": "Victor Santos",
    "Gladys Colclough": "Hannah Goldberg",
    "Markita Hansen": "Megan Cho",
    "Garret Kinder": "Paul Zhang",
    "Elease Gluck": "Aisha Rahman",
}
SPECIALIST = "Aisha Rahman"
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:instruments
    ("Brendan Doherty", "Kevin Sullivan", "Kendall", "Senior Account Manager", "", "", "Q_SENIOR"),
    ("Nicole Amaral", "Kevin Sullivan", "Kendall", "Account Manager", "", "", ""),
    ("Megan Fitzgerald", "Kevin Sullivan", "Kendall", "Account Manager", "", "", ""),
    ("Jamal Whitaker", "Kevin Sullivan", "Kendall", "Account Manager", "", "", ""),
    ("Siobhan Keane", "Kevin Sullivan", "Kendall", "Account Manager", "", "", ""),
    ("Rosa Medeiros", "Teresa Costa", "Longwood", "Account Manager", "", "", ""),
    ("Lauren Beaulieu", "Teresa Costa", "Longwood", "Account Manager", "", "", ""),
    ("Devika Patel", "Teresa Costa", "Longwood", "Account Manager", "", "", ""),
    ("Declan Moriarty", "Teresa Costa", "Longwood", "Account Manager", "", "", ""),
    ("Tom Galvin", "Teresa Costa", "Longwood", "Account Manager", "", "2027-03-19", ""),
    ("Kyle Rourke", "Marcus Boateng", "Route 128", "Account Manager", "", "", ""),
    ("Victor Santos", "Marcus Boateng", "Route 128", "Account Manager", "", "", ""),
    ("Hannah Goldberg", "Marcus Boateng", "Route 128", "Account Manager", "", "", ""),
    ("Megan Cho", "Marcus Boateng", "Route 128", "Account Manager", "", "", ""),
    ("Paul Zhang", "Marcus Boateng", "Route 128", "Account Manager", "2027-01-19", "", ""),
    ("Aisha Rahman", "Marcus Boateng", "Route 128", "Automation Specialist", "", "", "Q_AUTOMATION"),
]
QUOTA = {"Q_SENIOR": "320000.00", "Q_AUTOMATION": "250000.00"}
TERR = {r[0]: r[2] for r in ROSTER}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Pipette Tips", 8),
    "MG Advanced": ("Cell Culture Media", 3),
    "GTX Basic": ("Benchtop Centrifuge", 6),
    "GTX Plus Basic": ("CO2 Incubator", 8),
    "GTX Pro": ("Biosafety Cabinet", 4),
    "GTXPro": ("Biosafety Cabinet", 4),
    "GTX Plus Pro": ("Ultra-Low Freezer", 3.5),
    "GTK 500": ("Liquid Handling Workstation", 4),
}
CONSUMABLES = {"Pipette Tips", "Cell Culture Media"}
POOLS = {
    "Kendall": [
        "Kendall Square Therapeutics", "Ames Street Bio", "Binney Biologics",
        "Lechmere Cell Sciences", "Inman RNA Therapeutics", "Broadway Peptide Co",
        "Third Street Genomics", "Charles Basin Oncology", "Galileo Way Biosciences",
        "Sidney Street Antibodies", "Rogers Street Biolabs", "Technology Square Vectors",
    ],
    "Longwood": [
        "Halvorsen Lab", "Okonkwo Lab", "Fenway Institute for Immunology",
        "Riverway Cancer Center", "Mission Hill Vaccine Center", "Longwood Neuro Core",
        "Brookline Pediatric Research", "Emerald Medical College", "Jamaicaway Sequencing Core",
        "Park Drive Stem Cell Lab", "Huntington Avenue Proteomics", "Tremont Clinical Labs",
    ],
    "Route 128": [
        "Waltham Biomanufacturing", "Lexington Antibody Works", "Burlington Diagnostics",
        "Woburn Enzyme Corp", "Bedford Analytical", "Needham Vector Labs",
        "Framingham Fill and Finish", "Marlborough BioProcess", "Andover Plasmid Co",
        "Wilmington Reagents", "Hopkinton Cell Therapy", "Maynard Microbiome",
    ],
}
ALL_ACCOUNTS = POOLS["Kendall"] + POOLS["Longwood"] + POOLS["Route 128"]


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
    hid = h(oid)
    keep = hid % 2 == 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = hid // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    if seller == SPECIALIST:
        account = ALL_ACCOUNTS[(idx * 7 + x) % len(ALL_ACCOUNTS)]
    else:
        pool = POOLS[TERR[seller]]
        account = pool[idx % len(pool)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 5, 1) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2027, 6, 15) + dt.timedelta(days=x % 100)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.65" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    t = (x // 3) % 10
    if product in CONSUMABLES:
        typ = "new" if t < 3 else "expansion"
    elif t < 4:
        typ = "new"
    elif t < 7:
        typ = "expansion"
    else:
        typ = "replacement"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 24 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 150), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if (product == "Liquid Handling Workstation" and seller != SPECIALIST
            and stage in ("won", "cancelled")):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.25"))
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
                "quota:instruments"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
