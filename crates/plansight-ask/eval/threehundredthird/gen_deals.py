#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredthird workspace: Kauri Trade Supplies
Ltd, an invented Auckland building supplies merchant (timber, roofing, cladding, frame & truss,
plumbing) selling to builders on trade accounts from three branches (Penrose, North Shore,
Manukau). Plan year 1 April 2025 - 31 March 2026 (the New Zealand April fiscal year, "FY26"),
NZD, MONTHLY payouts. Source: the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is a sha1 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Kauri trade reps (REPS below). An opportunity is kept when
  sha1(id) mod 3 is not 0 (two in three), and always for the agent re-cast as the Frame &
  Truss Specialist (Sione Havili) and for every GTK 500 opportunity (they become Frame & Truss
  jobs).
- Dates move forward by one fixed number of days (1 March 2017 -> 1 April 2025, so the last
  Maven close, 31 December 2017, lands on 31 January 2026). AS OF = 2026-01-30. A won deal
  that now closes after it is an open quote (probability 0.7); a lost one after it an open
  quote (probability 0.3). Engaging opportunities are open quotes (probability 0.5) expected
  18 January 2026 + (hash mod 65) days (some overdue at the as-of date); Prospecting ones
  (probability 0.25) 10 February 2026 + (hash mod 48) days (all before 31 March 2026).
- Amounts in NZD, whole dollars: won = close value x the product's factor; lost and open =
  the Maven list price x the factor.
    MG Special     -> Fixings & Fasteners     x 20
    GTX Basic      -> Plumbing Fittings       x 5
    GTX Plus Basic -> Hot Water Cylinder      x 3
    MG Advanced    -> Framing Timber          x 3
    GTX Pro        -> Long-run Roofing        x 3
    GTX Plus Pro   -> Weatherboard Cladding   x 2.5
    GTK 500        -> Frame & Truss           x 2.5
- Accounts: Maven's 85 accounts fold onto 30 invented Auckland builders and trades (Maven
  account index mod 30; an opportunity with no account gets one by hash).
- Type: every Frame & Truss job is "project"; otherwise hash mod 7 = 0 is "new" (first order
  on a new trade account), hash mod 7 in (1, 2) on timber, roofing or cladding is "project"
  (a supply contract for one named build), the rest "repeat".
- Splits: a won or cancelled Frame & Truss job of any rep but Sione Havili is two lines with
  one id, 75% to the rep and 25% to Sione Havili (plan.md 3.4). Georgia Ruddock's ride-alongs:
  Hamish Doyle's won or cancelled deals closing on or after her start with hash mod 6 = 0 are
  two lines, 50% / 50%.
- Send-backs (cancellations): a won deal closing on or before 2026-01-16 with hash mod 24 = 0
  is cancelled, cancel date = close + 6 + (hash mod the smaller of 130 and the days left to
  the as-of date less 6), so every send-back is dated by the as-of date (only those within 90
  days of close are clawed back, plan.md 11).
- Roster: Jono Barclay (Senior Trade Rep) and Sione Havili (Frame & Truss Specialist) carry
  their own quarterly Trade Sales quota. Georgia Ruddock joined on 2025-09-15 (her lines
  before it are dropped); Tania McGregor left on 2025-11-14 (her lines after it are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 1, 30)
SHIFT = dt.date(2025, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 1, 16)

# Maven agent -> (rep, manager, territory, role, start, end, own quarterly trade quota)
REPS = {
    "Darcel Schlecht": ("Jono Barclay", "Grant McKenzie", "Penrose", "Senior Trade Rep", "", "", "420000.00"),
    "Anna Snelling": ("Mere Tipene", "Grant McKenzie", "Penrose", "Trade Rep", "", "", ""),
    "Kary Hendrixson": ("Callum Fraser", "Grant McKenzie", "Penrose", "Trade Rep", "", "", ""),
    "Lajuana Vencill": ("Priyanka Sharma", "Grant McKenzie", "Penrose", "Trade Rep", "", "", ""),
    "Moses Frase": ("Sam Whitcombe", "Grant McKenzie", "Penrose", "Trade Rep", "", "", ""),
    "Zane Levy": ("Hamish Doyle", "Shona Patel", "North Shore", "Trade Rep", "", "", ""),
    "Corliss Cosme": ("Kiri Walker", "Shona Patel", "North Shore", "Trade Rep", "", "", ""),
    "Boris Faz": ("Daniel Kim", "Shona Patel", "North Shore", "Trade Rep", "", "", ""),
    "Versie Hillebrand": ("Sam Leota", "Shona Patel", "North Shore", "Trade Rep", "", "", ""),
    "Markita Hansen": ("Olivia Tan", "Shona Patel", "North Shore", "Trade Rep", "", "", ""),
    "Garret Kinder": ("Georgia Ruddock", "Shona Patel", "North Shore", "Trade Rep", "2025-09-15", "", ""),
    "Elease Gluck": ("Sione Havili", "Tevita Fifita", "Manukau", "Frame & Truss Specialist", "", "", "240000.00"),
    "Cassey Cress": ("Rawiri Tane", "Tevita Fifita", "Manukau", "Trade Rep", "", "", ""),
    "Rosalina Dieter": ("Brooke Henare", "Tevita Fifita", "Manukau", "Trade Rep", "", "", ""),
    "Jonathan Berthelot": ("Nikhil Rao", "Tevita Fifita", "Manukau", "Trade Rep", "", "", ""),
    "Wilburn Farren": ("Tania McGregor", "Tevita Fifita", "Manukau", "Trade Rep", "", "2025-11-14", ""),
}
SPECIALIST = "Sione Havili"
RIDE_ALONG = ("Hamish Doyle", "Georgia Ruddock")

PRODUCT = {
    "MG Special": ("Fixings & Fasteners", 20),
    "GTX Basic": ("Plumbing Fittings", 5),
    "GTX Plus Basic": ("Hot Water Cylinder", 3),
    "MG Advanced": ("Framing Timber", 3),
    "GTX Pro": ("Long-run Roofing", 3),
    "GTXPro": ("Long-run Roofing", 3),
    "GTX Plus Pro": ("Weatherboard Cladding", 2.5),
    "GTK 500": ("Frame & Truss", 2.5),
}
BUILD = {"Framing Timber", "Long-run Roofing", "Weatherboard Cladding"}

ACCOUNTS = [
    "Kowhai Construction", "Hobsonville Homes", "Piha Coast Builders", "Te Atatu Renovations",
    "Mangere Bridge Building Co", "Onehunga Joinery", "Takapuna Build Group", "Ellerslie Roofing",
    "Pukekohe Plumbing & Gas", "Waiheke Home Builders", "Drury Developments",
    "Botany Downs Builders", "Silverdale Framing", "Glen Eden Carpentry", "Kumeu Country Builders",
    "Orewa Coastal Homes", "Howick Heritage Builders", "Avondale Roofing & Spouting",
    "Henderson Valley Homes", "Mt Wellington Plumbing", "Papakura Partitions",
    "Ponsonby Villa Restorations", "Devonport Decks & Fences", "Remuera Renovators",
    "Titirangi Timber Homes", "Northcote Build", "Beachlands Builders", "Whenuapai Contracting",
    "Orewa Plumbing & Drainage", "Warkworth Building Co",
]


def h(s):
    return int(hashlib.sha1(("kauri:" + s).encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
maven_accounts = sorted(r["account"] for r in read("accounts.csv"))
IDX = {a: i for i, a in enumerate(maven_accounts)}


def day(s):
    return dt.date.fromisoformat(s) if s else None


rows = []
for r in read("sales_pipeline.csv"):
    oid, agent = r["opportunity_id"], r["sales_agent"]
    if agent not in REPS:
        continue
    x = h(oid)
    rep, _, _, _, start, end, _ = REPS[agent]
    if not (x % 3 != 0 or r["product"] == "GTK 500" or rep == SPECIALIST):
        continue
    x //= 3
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 85
    account = ACCOUNTS[idx % len(ACCOUNTS)]
    maven_stage = r["deal_stage"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[maven_stage]
    prob, cancel = "", ""
    if stage == "open":
        if maven_stage == "Engaging":
            close, prob = dt.date(2026, 1, 18) + dt.timedelta(days=x % 65), "0.5"
        else:
            close, prob = dt.date(2026, 2, 10) + dt.timedelta(days=x % 48), "0.25"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = round((int(r["close_value"]) if stage == "won" else price[r["product"]]) * factor)
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    if day(start) and close < day(start):
        continue
    if day(end) and close > day(end):
        continue
    if product == "Frame & Truss":
        typ = "project"
    elif (x // 5) % 7 == 0:
        typ = "new"
    elif (x // 5) % 7 in (1, 2) and product in BUILD:
        typ = "project"
    else:
        typ = "repeat"
    if stage == "won" and close <= CANCEL_BY and (x // 41) % 24 == 0:
        stage = "cancelled"
        room = (AS_OF - close).days - 6
        cancel = (close + dt.timedelta(days=6 + (x // 43) % min(130, room))).isoformat()
    line = dict(id=oid, seller=rep, account=account, name=f"{account} {product}", type=typ,
                product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                stage=stage, split="1", probability=prob, cancel_date=cancel, currency="NZD")
    partner = None
    if product == "Frame & Truss" and rep != SPECIALIST and stage in ("won", "cancelled"):
        partner, shares = SPECIALIST, ("0.75", "0.25")
    elif (rep == RIDE_ALONG[0] and stage in ("won", "cancelled") and (x // 47) % 6 == 0
          and close >= day(REPS["Garret Kinder"][4])):
        partner, shares = RIDE_ALONG[1], ("0.5", "0.5")
    if partner:
        line["split"] = shares[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=shares[1]))
    else:
        rows.append(line)

if __name__ == "__main__":
    rows.sort(key=lambda l: (l["seller"], l["close_date"], l["id"]))
    cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date",
            "stage", "split", "probability", "cancel_date", "currency"]
    with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                    "quota:trade"])
        for rep, mgr, terr, role, start, end, q in sorted(REPS.values(), key=lambda v: (v[2] != "Penrose", v[2] != "North Shore", v[0] != "Jono Barclay" and v[0] != "Sione Havili", v[0])):
            w.writerow([rep, rep, mgr, terr, role, start, end, q])
    print(len(rows), "deal lines;",
          {s: sum(1 for l in rows if l["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
