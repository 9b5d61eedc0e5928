#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredseventh workspace (Mystic River Scientific,
Inc., an invented Boston lab supplies and instruments distributor: consumables, instruments and
service plans sold to biotech companies and university labs; plan year FY2026 = 1 July 2025 -
30 June 2026, USD, MONTHLY payouts). Invented data: no CRM export is used.
Standard library only; deterministic (every choice is an md5 hash of a key built from the seller
and the line's number; no clock, no random stream). Run: python3 gen_deals.py

- 16 account managers under 3 regional directors (ROSTER). Each has four accounts of their own
  (ACCOUNTS) and N opportunities (N = 150 x the seller's strength), each dated on a day of the
  plan year picked by hash (days of the May-June budget flush twice as likely).
- Products by hash (weights in PRODUCTS), amounts in whole dollars in the product's range, times
  the seller's size factor (the
  last ROSTER column; service plans are never scaled).
- Type: Pipette Tips, Cell Culture Media and Assay Kits are "repeat" (a reorder) or, hash mod 4
  = 0, "new" (greenfield); instruments are "new" (hash mod 3 = 0), "replacement" (hash mod 3 = 1)
  or "repeat"; service plans are "renewal" (hash mod 5 < 3) or "new" (sold with an instrument).
- Stage: an opportunity dated on or before the as-of date (2026-03-20) is won (hash mod 100 <
  the seller's win rate), open (hash mod 100 >= 90: a quote still in incubation, expected close =
  its date + 30..119 days, some already overdue at the as-of date) or lost. One dated after the
  as-of date is kept (hash mod 2 = 0) as an open quote with a probability of 0.1 - 0.9.
- Cancellations ("pulled POs"): a won line closed on or before 2026-03-06 with hash mod 19 = 0 is
  cancelled, cancel_date = close + 6 + (hash mod 150) days, unless that falls after the as-of date (then
  it stays won). plan.md section 11: only cancellations within 90 days of close are clawed back.
- Splits (plan.md 3.4): a won or cancelled qPCR System of a Kendall Square account manager other
  than Rajesh Iyer is two lines with the same id: 60% to the account manager, 40%
  to Rajesh Iyer (the Instrument Specialist). Patrick Walsh's won deals from Hannah Goldberg's
  start with hash mod 7 = 0 are ride-along deals, 50% / 50% with Hannah Goldberg.
- Roster: Brendan Doherty (Senior Account Manager) and Rajesh Iyer (Instrument Specialist) carry
  their own annual Catalog Revenue quota. Hannah Goldberg joined on 2025-10-06 (nothing before);
  Anthony Russo left on 2026-01-16 (nothing after; his open quotes went with him).
- Ids: MRS-40001 upward in order of date, then hash.
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2025, 7, 1)
END = dt.date(2026, 6, 30)
AS_OF = dt.date(2026, 3, 20)
CANCEL_BY = dt.date(2026, 3, 6)
FLUSH = dt.date(2026, 5, 1)

ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:catalog, strength, win rate, size
    ("Brendan Doherty", "Maureen Callahan", "Kendall Square", "Senior Account Manager", "", "", "1250000.00", 1.80, 58, 2.11),
    ("Sofia Marchetti", "Maureen Callahan", "Kendall Square", "Account Manager", "", "", "", 1.50, 60, 1.87),
    ("Rajesh Iyer", "Maureen Callahan", "Kendall Square", "Instrument Specialist", "", "", "1100000.00", 0.80, 55, 1.12),
    ("Katie Nguyen", "Maureen Callahan", "Kendall Square", "Account Manager", "", "", "", 1.75, 58, 2.02),
    ("Michael Brennan", "Maureen Callahan", "Kendall Square", "Account Manager", "", "", "", 1.05, 52, 1.70),
    ("Anthony Russo", "Derek Okafor", "Longwood", "Account Manager", "", "2026-01-16", "", 0.85, 55, 1.56),
    ("Meghan O'Leary", "Derek Okafor", "Longwood", "Account Manager", "", "", "", 1.45, 62, 1.60),
    ("Daniel Kim", "Derek Okafor", "Longwood", "Account Manager", "", "", "", 0.95, 50, 1.57),
    ("Yasmin Haddad", "Derek Okafor", "Longwood", "Account Manager", "", "", "", 1.15, 57, 1.51),
    ("Michael Sullivan", "Derek Okafor", "Longwood", "Account Manager", "", "", "", 1.05, 55, 1.62),
    ("Colleen Fitzgerald", "Linda Pham", "Route 128", "Key Account Manager", "", "", "", 1.15, 58, 1.63),
    ("Jamal Washington", "Linda Pham", "Route 128", "Account Manager", "", "", "", 0.90, 54, 1.61),
    ("Erin McCarthy", "Linda Pham", "Route 128", "Account Manager", "", "", "", 1.80, 64, 1.61),
    ("Tomás Alvarez", "Linda Pham", "Route 128", "Account Manager", "", "", "", 0.80, 48, 1.33),
    ("Hannah Goldberg", "Linda Pham", "Route 128", "Account Manager", "2025-10-06", "", "", 0.80, 45, 0.73),
    ("Patrick Walsh", "Linda Pham", "Route 128", "Account Manager", "", "", "", 1.40, 57, 1.65),
]
ACCOUNTS = {
    "Brendan Doherty": ["Kestrel Therapeutics", "Velora Oncology", "Quillon Pharma", "Ampersand Biolabs"],
    "Sofia Marchetti": ["Lumenara Bio", "Pellucid Genetics", "Sagebrook Antibodies", "Harborlight Biosciences"],
    "Rajesh Iyer": ["Northpoint Genomics", "Aldercrest Biologics", "Brightwater RNA", "Foxhollow Protein Sciences"],
    "Katie Nguyen": ["Tidewater Cell Therapies", "Orrin Biosystems", "Kinetiq Bio", "Marlowe Biotherapeutics"],
    "Michael Brennan": ["Cobalt Lane Bio", "Seabright Molecular", "Vantor Immunology", "Greylock Peptides"],
    "Anthony Russo": ["Fenmore Cancer Institute", "Charlesgate University Biology", "Riverway Vaccine Center", "Tremont Eye Research"],
    "Meghan O'Leary": ["Longwood Children's Research Institute", "Beacon Hill Medical Research", "Emmons College Chemistry", "Huntington Proteomics Core"],
    "Daniel Kim": ["St. Brigid's Hospital Research", "Charlesgate University Chemistry", "Back Bay Neuroscience Institute", "Fenway Stem Cell Center"],
    "Yasmin Haddad": ["Commonwealth Vaccine Center", "Mission Hill Genomics Core", "Jamaica Pond Microbiology", "Brookline Structural Biology"],
    "Michael Sullivan": ["Ruggles Institute", "Bay State Institute of Technology", "Olmsted Immunology Lab", "Parker Hill Cancer Center"],
    "Colleen Fitzgerald": ["Middlesex Biomanufacturing", "Hartwell Biologics", "Prospect Hill Therapeutics", "Hobbs Brook Vaccines"],
    "Jamal Washington": ["Waverley Oaks Diagnostics", "Minuteman Cell Bio", "Walden Genomics", "Trapelo Road Pharma"],
    "Erin McCarthy": ["Concord Biochem", "Bedford Bioprocess", "Great Meadows Biologics", "Shawsheen Analytics"],
    "Tomás Alvarez": ["Nashoba Biosciences", "Winter Street Therapeutics", "Sudbury River Bio", "Assabet Genomics"],
    "Hannah Goldberg": ["Wayside Immunotherapies", "Hanscom Molecular", "Spring Street Peptides", "Totten Pond Biotech"],
    "Patrick Walsh": ["Cedar Hill Pharma", "Bear Hill Biologics", "Wyman Street Proteomics", "Second Avenue Cell Sciences"],
}
# product, weight, low, high (USD), kind
PRODUCTS = [
    ("Pipette Tips", 20, 600, 4800, "consumable"),
    ("Cell Culture Media", 16, 900, 7500, "consumable"),
    ("Assay Kits", 14, 1200, 9000, "consumable"),
    ("Benchtop Centrifuge", 8, 6500, 15500, "instrument"),
    ("Biosafety Cabinet", 6, 11000, 21000, "instrument"),
    ("Ultra-Low Freezer", 6, 12000, 19500, "instrument"),
    ("qPCR System", 3, 38000, 72000, "instrument"),
    ("Preventive Maintenance Plan", 15, 1200, 4800, "service"),
    ("Extended Warranty", 12, 1800, 6500, "service"),
]
WEIGHTS = sum(p[1] for p in PRODUCTS)
SPECIALIST = "Rajesh Iyer"
RIDE_ALONG = ("Patrick Walsh", "Hannah Goldberg")
PROBS = ["0.1", "0.25", "0.5", "0.75", "0.9"]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def pick_product(x):
    r = x % WEIGHTS
    for p in PRODUCTS:
        if r < p[1]:
            return p
        r -= p[1]
    raise AssertionError


DAYS = (END - START).days + 1
# every day once, the budget-flush days twice
SLOTS = [START + dt.timedelta(days=d) for d in range(DAYS)]
SLOTS += [d for d in SLOTS if d >= FLUSH]

recs = []
for sid, mgr, terr, role, sdate, edate, q, strength, win, size in ROSTER:
    first = dt.date.fromisoformat(sdate) if sdate else START
    last = dt.date.fromisoformat(edate) if edate else END
    n = round(150 * strength)
    for i in range(n):
        key = f"{sid}|{i}"
        x = h(key)
        day = SLOTS[x % len(SLOTS)]
        x //= len(SLOTS)
        if day < first or day > last:
            continue
        product, _, lo, hi, kind = pick_product(x)
        x //= WEIGHTS
        amount = lo + (x % (hi - lo + 1))
        if kind != "service":
            amount = round(amount * size)
        x //= (hi - lo + 1)
        t = x % 12
        x //= 12
        if kind == "consumable":
            typ = "new" if t % 4 == 0 else "repeat"
        elif kind == "instrument":
            typ = ["new", "replacement", "repeat"][t % 3]
        else:
            typ = "renewal" if t % 5 < 3 else "new"
        account = ACCOUNTS[sid][x % 4]
        x //= 4
        roll = x % 100
        x //= 100
        prob, cancel = "", ""
        close = day
        if day <= AS_OF:
            if roll < win:
                stage = "won"
            elif roll >= 90:
                stage = "open"
                close = day + dt.timedelta(days=30 + x % 90)
                prob = PROBS[(x // 90) % 5]
            else:
                stage = "lost"
        else:
            if x % 2:
                continue
            stage = "open"
            prob = PROBS[(x // 2) % 5]
        if stage == "open" and (edate or close > END):
            continue
        y = h(key + "|c")
        if stage == "won" and close <= CANCEL_BY and y % 19 == 0:
            pulled = close + dt.timedelta(days=6 + (y // 19) % 150)
            if pulled <= AS_OF:
                stage = "cancelled"
                cancel = pulled.isoformat()
        recs.append(dict(key=key, seller=sid, terr=terr, account=account, type=typ,
                         product=product, amount=amount, close=close, stage=stage, prob=prob,
                         cancel=cancel, y=y))

recs.sort(key=lambda r: (r["close"], h(r["key"])))
start_of = {r[0]: (dt.date.fromisoformat(r[4]) if r[4] else START) for r in ROSTER}
rows = []
for k, r in enumerate(recs):
    did = f"MRS-{40001 + k}"
    line = dict(id=did, seller=r["seller"], account=r["account"],
                name=f"{r['account']} {r['product']}", type=r["type"], product=r["product"],
                amount=f"{r['amount']}.00", close_date=r["close"].isoformat(), stage=r["stage"],
                split="1", probability=r["prob"], cancel_date=r["cancel"], currency="USD")
    partner = None
    booked = r["stage"] in ("won", "cancelled")
    if (booked and r["product"] == "qPCR System" and r["seller"] != SPECIALIST
            and r["terr"] == "Kendall Square"):
        partner, share = SPECIALIST, ("0.6", "0.4")
    elif (booked and r["seller"] == RIDE_ALONG[0] and r["close"] >= start_of[RIDE_ALONG[1]]
          and (r["y"] // 7) % 7 == 0):
        partner, share = RIDE_ALONG[1], ("0.5", "0.5")
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
                "quota:catalog"])
    for sid, mgr, terr, role, sdate, edate, q, *_ in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, sdate, edate, q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
