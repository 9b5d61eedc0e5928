#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredfortyninth workspace: Lakefront Harbor
Risk Partners, an invented Chicago commercial insurance brokerage placing property & casualty,
workers' compensation, cyber, commercial auto and employee-benefits programs for mid-market
companies. Plan year = calendar 2026, USD, QUARTERLY payouts, AS OF 2026-08-24.
The data is INVENTED here (not the Maven export). Standard library only; deterministic: every
choice is an md5 hash of a text key (producer name, month, slot); no clock, no random stream.
Run: python3 gen_deals.py

- Roster: 16 producers under 3 sales managers (ROSTER below). Victor Nakashima joined on
  2026-04-13 (nothing of his before that date); Brandon Hale left on 2026-06-30 (nothing of his
  after that date). Michael Brennan and Priya Chandrasekar carry their own quarterly New Business
  quota and a 55,000 target incentive; Danielle Ferraro carries her own annual Renewal quota.
- A "deal" is a policy placement: amount = the FIRST-YEAR BROKERAGE COMMISSION REVENUE of the
  placement (not the premium), whole tens of dollars. Types: "new" (a new placement), "bor" (a
  broker-of-record change: an existing program moved to us), "renewal" (a policy renewed).
- For every producer and every month of 2026, md5(producer|month|kind|slot) decides: the number
  of new-business slots (1 + h mod 3) and renewal slots (2 + h mod 3); the product (PRODUCTS,
  weighted); the amount = product base x producer strength x (0.45 + (h mod 110)/100); the type
  of a new-business slot (h mod 5 = 0 -> "bor", else "new"); the day of the month (1 + h mod 28).
  Slots closing on or before the as-of date are won (new business: h mod 100 < 58; renewals:
  h mod 100 < 86) or lost; slots after it are open with probability 0.25 / 0.5 / 0.75 (h mod 3).
- Cancellations ("flat cancels"): a won new-business placement closed by 2026-07-31 with
  h mod 13 = 0 is cancelled, cancel_date = close + 15 + (h mod 170) days, at the latest the
  as-of date (plan.md section 12: only cancellations within 120 days are clawed back).
- Co-brokes (plan.md 3.5): a won or cancelled Cyber Liability or Employee Benefits new-business
  placement of a Loop or Midwest producer with h mod 3 = 0 is two lines with the same id:
  60% to the producer and 40% to Priya Chandrasekar, the Specialty Placement Lead.
- Accounts: one of 36 invented Chicago-area companies, by hash. Ids: "POL-" + five digits from
  the hash (the next free number on a collision, in generation order).
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 24)
CANCEL_BY = dt.date(2026, 7, 31)

ROSTER = [
    # id, manager, territory, role, start, end, strength, quota:new_business, ti, quota:retention
    ("Michael Brennan", "Patricia Hollis", "Loop", "Senior Producer", "", "", 1.45, "65000.00", "55000.00", ""),
    ("Aisha Raman", "Patricia Hollis", "Loop", "Producer", "", "", 1.10, "", "", ""),
    ("Thomas Kowalczyk", "Patricia Hollis", "Loop", "Producer", "", "", 0.80, "", "", ""),
    ("Lauren Whitfield", "Patricia Hollis", "Loop", "Producer", "", "", 1.25, "", "", ""),
    ("Jorge Villanueva", "Patricia Hollis", "Loop", "Producer", "", "", 0.65, "", "", ""),
    ("Michael Osei", "Gregory Santangelo", "Midwest", "Producer", "", "", 1.05, "", "", ""),
    ("Rachel Lindgren", "Gregory Santangelo", "Midwest", "Producer", "", "", 1.30, "", "", ""),
    ("Samuel Adebayo", "Gregory Santangelo", "Midwest", "Producer", "", "", 0.90, "", "", ""),
    ("Erin McAllister", "Gregory Santangelo", "Midwest", "Producer", "", "", 0.75, "", "", ""),
    ("Victor Nakashima", "Gregory Santangelo", "Midwest", "Producer", "2026-04-13", "", 0.95, "", "", ""),
    ("Brandon Hale", "Gregory Santangelo", "Midwest", "Producer", "", "2026-06-30", 0.70, "", "", ""),
    ("Priya Chandrasekar", "Denise Abernathy", "Specialty", "Specialty Placement Lead", "", "", 1.00, "40000.00", "55000.00", ""),
    ("Nathaniel Brooks", "Denise Abernathy", "Specialty", "Producer", "", "", 1.15, "", "", ""),
    ("Olivia Marchetti", "Denise Abernathy", "Specialty", "Producer", "", "", 0.85, "", "", ""),
    ("Danielle Ferraro", "Denise Abernathy", "Specialty", "Benefits Producer", "", "", 1.00, "", "", "320000.00"),
    ("Kevin Doyle", "Denise Abernathy", "Specialty", "Producer", "", "", 0.60, "", "", ""),
]
SPECIALTY = {r[0] for r in ROSTER if r[2] == "Specialty"}
LEAD = "Priya Chandrasekar"
# product, base commission revenue, weight for a Loop/Midwest producer, weight for Specialty
PRODUCTS = [
    ("Property & Casualty Package", 16000, 5, 1),
    ("Workers' Compensation", 12000, 4, 1),
    ("Commercial Auto Fleet", 9000, 3, 1),
    ("Cyber Liability", 7000, 2, 5),
    ("Employee Benefits", 14000, 2, 5),
]
ACCOUNTS = [
    "Pilsen Precision Castings", "Wacker Drive Dental Group", "Calumet Cold Chain", "Halsted Millwork",
    "Ravenswood Brewing Co", "Cicero Avenue Logistics", "Fulton Market Foods", "Elston Industrial Supply",
    "Bridgeport Metal Finishing", "Lincoln Park Pediatrics", "Naperville Tool & Die", "Joliet Grain Terminal",
    "Evanston Senior Living", "Skokie Plastics", "Schaumburg Data Centers", "Waukegan Marine Services",
    "Aurora Paperboard", "Oak Brook Hospitality Group", "Des Plaines Freight Lines", "Hyde Park Charter Schools",
    "Gary Steel Fabricators", "Kenosha Dairy Cooperative", "Rockford Fastener Works", "Peoria Heavy Rental",
    "Lakeview Property Management", "Wicker Park Creative", "Midway Aviation Services", "Pullman Rail Parts",
    "Bucktown Restaurants Group", "Andersonville Credit Union", "Garfield Ridge Bakery", "Englewood Health Clinics",
    "Ukrainian Village Builders", "Streeterville Law Partners", "Blue Island Trucking", "Harvey Chemical Blending",
]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def pick_product(key, specialty):
    x = h(key)
    weights = [(p, b, ws if specialty else wl) for p, b, wl, ws in PRODUCTS]
    total = sum(w for _, _, w in weights)
    k = x % total
    for p, b, w in weights:
        if k < w:
            return p, b
        k -= w
    raise AssertionError


used = set()


def new_id(key):
    n = 10000 + h("id|" + key) % 90000
    while n in used:
        n = 10000 + (n - 10000 + 1) % 90000
    used.add(n)
    return f"POL-{n:05d}"


rows = []
for sid, mgr, terr, role, start, end, strength, _q, _ti, _qr in ROSTER:
    specialty = sid in SPECIALTY
    for month in range(1, 13):
        mk = f"{sid}|{month:02d}"
        slots = [("nb", i) for i in range(1 + h(mk + "|nb") % 3)]
        slots += [("rn", i) for i in range(2 + h(mk + "|rn") % 3)]
        for kind, i in slots:
            key = f"{mk}|{kind}|{i}"
            x = h(key)
            close = dt.date(2026, month, 1 + x % 28)
            if start and close < dt.date.fromisoformat(start):
                continue
            if end and close > dt.date.fromisoformat(end):
                continue
            product, base = pick_product(key + "|p", specialty)
            amount = round(base * strength * (0.45 + (x // 7) % 110 / 100) / 10) * 10
            if kind == "rn":
                typ = "renewal"
            else:
                typ = "bor" if (x // 11) % 5 == 0 else "new"
            account = ACCOUNTS[(x // 13) % len(ACCOUNTS)]
            prob, cancel = "", ""
            if close <= AS_OF:
                win = (x // 17) % 100 < (58 if kind == "nb" else 86)
                stage = "won" if win else "lost"
            else:
                stage = "open"
                prob = ("0.25", "0.5", "0.75")[(x // 19) % 3]
            if stage == "won" and kind == "nb" and close <= CANCEL_BY and (x // 23) % 13 == 0:
                stage = "cancelled"
                cancel = min(close + dt.timedelta(days=15 + (x // 29) % 170), AS_OF).isoformat()
            line = dict(id=new_id(key), seller=sid, account=account, name=f"{account} {product}",
                        type=typ, product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                        stage=stage, split="1", probability=prob, cancel_date=cancel, currency="USD")
            if (kind == "nb" and not specialty and stage in ("won", "cancelled")
                    and product in ("Cyber Liability", "Employee Benefits") and (x // 31) % 3 == 0):
                line["split"] = "0.6"
                rows.append(line)
                rows.append(dict(line, seller=LEAD, split="0.4"))
            else:
                rows.append(line)

rows.sort(key=lambda r: (r["seller"], r["close_date"], r["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "target_incentive", "quota:new_business", "quota:retention"])
    for sid, mgr, terr, role, start, end, _s, q, ti, qr in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, ti, q, qr])
print(len(rows), "deal lines;",
      {s: sum(1 for r in rows if r["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
