#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredninetyfourth workspace (Liffeyside Medical
Distribution Ltd, an invented Dublin-based distributor of medical and pharmacy supplies whose
territory reps sell to pharmacies, GP practices, hospitals and nursing homes across Ireland; plan
year 1 January - 31 December 2026, EUR, MONTHLY payouts). The deals are generated here, not taken
from an export. Standard library only; deterministic: every choice is an md5 hash of a key made
of the seller, the month and the opportunity's number (no clock, no random stream).
Run: python3 gen_deals.py

- 16 territory reps under 3 regional managers (Dublin, Cork, Galway offices). For every rep and
  month, a number of opportunities = the month's base (fewer in August, the holidays) x the rep's
  own pace x a hash-based swing per quarter (0.55 - 1.45), so quarters differ.
- Product by hash over the rep's mix (the Hospital Specialist sells mostly devices); amount by
  hash inside the product's range, whole euro rounded to EUR 10. Accounts from the rep's office
  pool, of a kind that buys the product (a Patient Monitor goes to a hospital, Dispensary
  Sundries to a pharmacy ...).
- Type: hash mod 100 < 13 = "new" (a new door); otherwise a hospital deal with hash mod 5 < 2 =
  "tender"; the rest "repeat".
- Stage: closing on or before AS OF (2026-09-18): won when hash mod 100 < the rep's win rate,
  else lost; a deal closing in the last 12 days before AS OF with hash mod 6 = 0 stays open
  (overdue). Closing after AS OF: kept for 35% of them (hash), open, probability 0.2 / 0.4 / 0.6 /
  0.8 by hash.
- Cancellations ("pulled orders"): a won deal closed on or before 2026-09-01 with hash mod 31 = 0
  is cancelled, cancel_date = close + 6 + (hash mod 150) days, at the latest AS OF (plan.md 11:
  only those within 90 days are clawed back).
- Splits (plan.md 3.4): a won or cancelled Patient Monitor of any rep but the Hospital
  Specialist (Conor Byrne) is two lines with the same id, 75% to the rep and 25% to Conor Byrne.
- Roster: Aoife Kavanagh (Senior Rep) carries her own quarterly Supplies quota, Conor Byrne
  (Hospital Specialist) his own annual Devices quota. Ciara Dunne joined on 2026-04-13 (no deals
  before), Orla Buckley left on 2026-07-24 (no deals after). Two reps are called Niamh.
"""
import calendar
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 9, 18)
CANCEL_BY = dt.date(2026, 9, 1)

MANAGERS = {"Dublin": "Deirdre Nolan", "Cork": "Fergal Hayes", "Galway": "Siobhán Mulcahy"}
ROSTER = [
    # id, name, office, role, start, end, pace, win rate, own quotas
    ("Conor Byrne", "Conor Byrne", "Dublin", "Hospital Specialist", "", "", 0.55, 62, {"devices": "300000.00"}),
    ("Aoife Kavanagh", "Aoife Kavanagh", "Dublin", "Senior Rep", "", "", 1.45, 70, {"supplies": "95000.00"}),
    ("Niamh Gallagher", "Niamh Gallagher", "Dublin", "Territory Rep", "", "", 1.0, 66, {}),
    ("Darragh Doyle", "Darragh Doyle", "Dublin", "Territory Rep", "", "", 0.8, 60, {}),
    ("Ciara Dunne", "Ciara Dunne", "Dublin", "Territory Rep", "2026-04-13", "", 0.85, 63, {}),
    ("Eoin Farrell", "Eoin Farrell", "Dublin", "Territory Rep", "", "", 1.15, 67, {}),
    ("Seán Murphy", "Seán Murphy", "Cork", "Territory Rep", "", "", 1.2, 68, {}),
    ("Niamh O'Sullivan", "Niamh O'Sullivan", "Cork", "Territory Rep", "", "", 0.95, 64, {}),
    ("Róisín Walsh", "Róisín Walsh", "Cork", "Territory Rep", "", "", 1.05, 66, {}),
    ("Tadhg Kelleher", "Tadhg Kelleher", "Cork", "Territory Rep", "", "", 0.7, 58, {}),
    ("Orla Buckley", "Orla Buckley", "Cork", "Territory Rep", "", "2026-07-24", 0.9, 65, {}),
    ("Cathal Fahy", "Cathal Fahy", "Galway", "Territory Rep", "", "", 1.1, 66, {}),
    ("Gráinne Kenny", "Gráinne Kenny", "Galway", "Territory Rep", "", "", 0.9, 65, {}),
    ("Declan Moran", "Declan Moran", "Galway", "Territory Rep", "", "", 0.75, 60, {}),
    ("Aisling Joyce", "Aisling Joyce", "Galway", "Territory Rep", "", "", 1.3, 69, {}),
    ("Pádraig Gillespie", 'Pádraig "Podge" Gillespie', "Galway", "Territory Rep", "", "", 0.95, 63, {}),
]
SPECIALIST = "Conor Byrne"

# product: (low, high) euro, and the kinds of account that buy it
PRODUCTS = {
    "Wound Care": (900, 4800, "PGHN"),
    "Infection Control": (700, 4000, "PGHN"),
    "Point-of-Care Diagnostics": (1500, 8000, "PGH"),
    "Continence Care": (1000, 5500, "PHN"),
    "Dispensary Sundries": (250, 1400, "P"),
    "Cold Chain Service": (280, 480, "PG"),
    "Vaccine Fridge": (1900, 3600, "PG"),
    "Infusion Pump": (3200, 9800, "HN"),
    "Patient Monitor": (14000, 42000, "H"),
}
MIX_REP = [("Wound Care", 22), ("Infection Control", 20), ("Point-of-Care Diagnostics", 14),
           ("Continence Care", 14), ("Dispensary Sundries", 12), ("Cold Chain Service", 5),
           ("Vaccine Fridge", 6), ("Infusion Pump", 5), ("Patient Monitor", 2)]
MIX_SPECIALIST = [("Wound Care", 14), ("Infection Control", 14), ("Point-of-Care Diagnostics", 12),
                  ("Continence Care", 6), ("Infusion Pump", 30), ("Patient Monitor", 24)]

# kind letters: P pharmacy, G GP practice, H hospital or clinic, N nursing home or hospice
ACCOUNTS = {
    "Dublin": [
        ("Hennessy's Pharmacy Phibsboro", "P"), ("Clontarf Road Pharmacy", "P"),
        ("Kearney's Chemist Rathmines", "P"), ("Mulhall's Pharmacy Swords", "P"),
        ("Ranelagh Village Pharmacy", "P"), ("Liberties Family Practice", "G"),
        ("Kilbarrack Primary Care", "G"), ("Terenure Medical Centre", "G"),
        ("Blanchardstown Health Clinic", "G"), ("Howth Road Surgery", "G"),
        ("St. Aidan's University Hospital", "H"), ("Tolka Valley Hospital", "H"),
        ("Merrion Square Clinic", "H"), ("Sycamore Lodge Nursing Home", "N"),
        ("Ardeen House Nursing Home", "N"), ("St. Fiacre's Hospice", "N"),
    ],
    "Cork": [
        ("O'Driscoll's Pharmacy Skibbereen", "P"), ("Lee Road Pharmacy", "P"),
        ("Quinlan's Chemist Tralee", "P"), ("Mallow Street Pharmacy", "P"),
        ("Bandon Medical Practice", "G"), ("Killarney Health Centre", "G"),
        ("Shandon Family Doctors", "G"), ("Dungarvan Primary Care", "G"),
        ("Mercy Vale Hospital", "H"), ("St. Finbarr's Regional Hospital", "H"),
        ("Shannonside Private Clinic", "H"), ("Fota View Care Centre", "N"),
        ("Ardnacrusha Nursing Home", "N"), ("Inch Strand Hospice", "N"),
    ],
    "Galway": [
        ("Joyce's Pharmacy Clifden", "P"), ("Salthill Pharmacy", "P"),
        ("McGinley's Chemist Letterkenny", "P"), ("Westport Quay Pharmacy", "P"),
        ("Salthill Medical Centre", "G"), ("Oranmore Family Practice", "G"),
        ("Sligo Abbey Surgery", "G"), ("Castlebar Health Centre", "G"),
        ("St. Enda's University Hospital", "H"), ("Atlantic Private Clinic", "H"),
        ("Moy Valley Hospital", "H"), ("Connemara Care Home", "N"),
        ("Lough Arrow Nursing Home", "N"), ("St. Brendan's Hospice", "N"),
    ],
}
MONTH_BASE = {1: 13, 2: 14, 3: 16, 4: 14, 5: 15, 6: 15, 7: 13, 8: 8, 9: 15, 10: 15, 11: 15, 12: 10}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def pick(mix, x):
    total = sum(w for _, w in mix)
    r = x % total
    for name, w in mix:
        if r < w:
            return name
        r -= w
    return mix[-1][0]


opps = []  # (close, key, line)
for sid, _name, office, _role, start, end, pace, win, _q in ROSTER:
    start_d = dt.date.fromisoformat(start) if start else dt.date(2026, 1, 1)
    end_d = dt.date.fromisoformat(end) if end else dt.date(2026, 12, 31)
    mix = MIX_SPECIALIST if sid == SPECIALIST else MIX_REP
    for month in range(1, 13):
        q = (month - 1) // 3
        swing = 0.55 + (h(f"{sid}|Q{q}") % 91) / 100
        n = round(MONTH_BASE[month] * pace * swing)
        days = calendar.monthrange(2026, month)[1]
        for j in range(n):
            key = f"{sid}|{month}|{j}"
            x = h(key)
            close = dt.date(2026, month, 1 + x % days)
            if close < start_d or close > end_d:
                continue
            product = pick(mix, x // 1000)
            lo, hi, kinds = PRODUCTS[product]
            amount = lo + (x // 100000) % (hi - lo + 1)
            amount = max(lo, round(amount / 10) * 10)
            pool = [a for a, k in ACCOUNTS[office] if k in kinds]
            account, kind = next((a, k) for a, k in ACCOUNTS[office] if a == pool[(x // 7919) % len(pool)])
            t = (x // 31) % 100
            if t < 13:
                typ = "new"
            elif kind == "H" and (x // 37) % 5 < 2:
                typ = "tender"
            else:
                typ = "repeat"
            prob, cancel = "", ""
            if close <= AS_OF:
                stage = "won" if (x // 53) % 100 < win else "lost"
                if stage == "won" and (AS_OF - close).days < 12 and (x // 59) % 6 == 0:
                    stage, prob = "open", ("0.4", "0.6", "0.8")[(x // 61) % 3]
            else:
                if (x // 67) % 100 >= 35:
                    continue
                stage, prob = "open", ("0.2", "0.4", "0.6", "0.8")[(x // 71) % 4]
            if stage == "won" and close <= CANCEL_BY and (x // 73) % 31 == 0:
                stage = "cancelled"
                cancel = min(close + dt.timedelta(days=6 + (x // 79) % 150), AS_OF).isoformat()
            line = dict(seller=sid, account=account, name=f"{account} - {product}", type=typ,
                        product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                        stage=stage, split="1", probability=prob, cancel_date=cancel,
                        currency="EUR")
            opps.append((close, x, line))

opps.sort(key=lambda o: (o[0], o[1]))
rows = []
for i, (_c, _x, line) in enumerate(opps):
    oid = f"LM-{26001 + i * 3 + (_x % 3)}"
    line = dict(line, id=oid)
    if (line["product"] == "Patient Monitor" and line["seller"] != SPECIALIST
            and line["stage"] in ("won", "cancelled")):
        rows.append(dict(line, split="0.75"))
        rows.append(dict(line, seller=SPECIALIST, split="0.25"))
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
                "quota:supplies", "quota:devices"])
    for sid, name, office, role, start, end, _p, _w, quotas in ROSTER:
        w.writerow([sid, name, MANAGERS[office], office, role, start, end,
                    quotas.get("supplies", ""), quotas.get("devices", "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
