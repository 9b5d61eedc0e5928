#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredeleventh workspace (Cuspid Dental Supply,
US dental supplies and equipment distributor, territory representatives, plan year
calendar 2026, USD) from the real Maven CRM export (/work/shared/data/maven-crm/).
Standard library only; deterministic: every choice is a CRC-32 of the opportunity id (or
account name), no random numbers, no clock.

- 14 Maven agents are re-cast as Cuspid territory reps (AGENTS below); an opportunity is
  kept when crc32(id) % 3 == 0 (about one in three).
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so won
  deals fall 1 Jan - 2 Nov 2026. AS OF = 2026-08-21: a Won opportunity that now closes after
  it becomes an open deal ("in treatment", probability 0.8) on its shifted date, and a Lost
  one an open deal of probability 0.3 at list value (nothing is decided after the as-of date).
- Products (amount = Maven close value x factor):
    GTX Basic      -> Hygiene Consumables Bundle      x 4   (consumables)
    GTX Plus Basic -> Restorative Consumables Bundle  x 4   (consumables)
    MG Special     -> Infection Control Case Pack     x 30  (consumables)
    GTX Pro        -> SteriMax 22 Autoclave           x 3   (sterilization unit)
    MG Advanced    -> Lumia Intraoral Scanner         x 7   (imaging unit)
    GTX Plus Pro   -> Serenity DX Chair               x 5   (operatory chair)
    GTK 500        -> OrbiScan 3D CBCT                x 4   (imaging unit)
- Accounts: the Maven account's name plus a dental suffix chosen by crc32(account) % 8
  (practices, DSO groups, and a dental school for remainder 7).
- Type: "new" (a new practice) when crc32(id) // 7 % 10 < 3; otherwise "upgrade" for
  equipment, "reorder" for consumables.
- Open Maven deals (Engaging 0.6 / Prospecting 0.25) carry an expected close date in
  September-October 2026 (1 Sep + crc % 60 days) at list value x factor.
- Won deals closed on or before the as-of date with crc32(id + "rts") % 22 == 0 are
  cancelled ("RTS") 10-190 days after close, the cancel date capped at the as-of date.
- Priya Raman starts 2026-05-11 (her earlier opportunities are dropped); Savannah Cole left
  2026-06-30 (her later opportunities are dropped).
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 21)

def crc(s):
    return zlib.crc32(s.encode("utf-8"))

AGENTS = {
    "Anna Snelling": "Brianna Kowalski",
    "Kary Hendrixson": "Tyler Brandt",
    "Versie Hillebrand": "Shawna Pettit",
    "Jonathan Berthelot": "Luis Ferreira",
    "Kami Bicknell": "Megan O'Donnell",
    "Cassey Cress": "Kyle Lindqvist",
    "Hayden Neloms": "Priya Raman",
    "Darcel Schlecht": "Jasmine Whitaker",
    "Zane Levy": "Cody Barnes",
    "Corliss Cosme": "Tamika Greene",
    "Maureen Marcano": "Hunter Ashby",
    "Gladys Colclough": "Danielle Moreau",
    "Moses Frase": "Marcus Tate",
    "Rosie Papadopoulos": "Savannah Cole",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:gross_sales
    ("Brianna Kowalski", "Denise Okafor", "Great Lakes", "Territory Representative", "", "", ""),
    ("Tyler Brandt", "Denise Okafor", "Great Lakes", "Territory Representative", "", "", ""),
    ("Shawna Pettit", "Denise Okafor", "Great Lakes", "Territory Representative", "", "", ""),
    ("Luis Ferreira", "Denise Okafor", "Great Lakes", "Territory Representative", "", "", ""),
    ("Megan O'Donnell", "Denise Okafor", "Great Lakes", "Territory Representative", "", "", ""),
    ("Kyle Lindqvist", "Denise Okafor", "Great Lakes", "Territory Representative", "", "", ""),
    ("Priya Raman", "Denise Okafor", "Great Lakes", "Territory Representative", "2026-05-11", "", ""),
    ("Jasmine Whitaker", "Ray Castellano", "Southeast", "Senior Territory Representative", "", "", "1600000.00"),
    ("Cody Barnes", "Ray Castellano", "Southeast", "Territory Representative", "", "", ""),
    ("Tamika Greene", "Ray Castellano", "Southeast", "Territory Representative", "", "", ""),
    ("Hunter Ashby", "Ray Castellano", "Southeast", "Territory Representative", "", "", ""),
    ("Danielle Moreau", "Ray Castellano", "Southeast", "Territory Representative", "", "", ""),
    ("Marcus Tate", "Ray Castellano", "Southeast", "Territory Representative", "", "", ""),
    ("Savannah Cole", "Ray Castellano", "Southeast", "Territory Representative", "", "2026-06-30", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("Hygiene Consumables Bundle", 4),
    "GTX Plus Basic": ("Restorative Consumables Bundle", 4),
    "MG Special": ("Infection Control Case Pack", 30),
    "GTXPro": ("SteriMax 22 Autoclave", 3),
    "GTX Pro": ("SteriMax 22 Autoclave", 3),
    "MG Advanced": ("Lumia Intraoral Scanner", 7),
    "GTX Plus Pro": ("Serenity DX Chair", 5),
    "GTK 500": ("OrbiScan 3D CBCT", 4),
}
CONSUMABLES = {"Hygiene Consumables Bundle", "Restorative Consumables Bundle",
               "Infection Control Case Pack"}
SUFFIX = ["Family Dentistry", "Dental Group", "Smile Studio", "Dental Partners",
          "Pediatric Dentistry", "Dental Care", "Orthodontics", "School of Dental Medicine"]
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]

def account(a):
    return f"{a} {SUFFIX[crc(a) % 8]}" if a else ""

def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or crc(oid) % 3 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    product, factor = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2026, 9, 1) + dt.timedelta(days=crc(oid + "open") % 60)
        value = PRICE[r["product"]]
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage in ("won", "lost") and close > AS_OF:
            # not decided yet at the as-of date: an open deal ("in treatment")
            prob = "0.8" if stage == "won" else "0.3"
            stage = "open"
            if value <= 0:
                value = PRICE[r["product"]]
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if value <= 0 and stage == "won":
        continue
    amount = round(value * factor, 2)
    if stage == "lost" or (stage == "open" and prob == "0.3"):
        amount = round(PRICE[r["product"]] * factor, 2)
    if crc(oid) // 7 % 10 < 3:
        typ = "new"
    else:
        typ = "reorder" if product in CONSUMABLES else "upgrade"
    acct = account(r["account"])
    rows.append(dict(id=oid, seller=seller, account=acct,
                     name=f"{acct} {product}".strip(), type=typ, product=product,
                     amount=f"{amount:.2f}", close_date=close.isoformat(), stage=stage,
                     split="1", probability=prob, currency="USD"))

for x in rows:
    if x["stage"] == "won" and crc(x["id"] + "rts") % 22 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=10 + crc(x["id"] + "cd") % 181)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for x in rows:
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:gross_sales"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(rows), "lines")
