#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredseventyninth workspace: Hanul Meditech
Co., Ltd., an invented Seoul distributor of medical devices (surgical staplers and reloads,
endoscopy scopes and towers, biopsy forceps, imaging consumables) selling to hospitals.
Plan year 1 January - 31 December 2026, KRW, QUARTERLY payouts. AS OF = 2026-11-18.
Standard library only; deterministic (random.Random with a fixed seed; no clock).
Run: python3 gen_deals.py

- 12 reps in two teams (Gangbuk, Gangnam), ROSTER below. Every rep has a volume factor; each
  month of the year gets a few opportunities per rep (more with a higher factor).
- Products and KRW amounts (rounded to 10,000 won): see PRODUCTS. Consumables (staplers,
  reloads, biopsy forceps, injector syringe kits, contrast media) and capital equipment
  (Video Endoscope, Endoscopy Tower).
- Stage: an opportunity closing on or before the as-of date is won (about 62%) or lost;
  one closing after it is open (probability 0.2 - 0.8), expected 19 November 2026 - 31 March
  2027. A few open ones are overdue (expected date already past, still open).
- Type: new (a hospital's first deal with Hanul this year), otherwise renewal or expansion.
- Splits: every won or cancelled Endoscopy Tower of a rep other than Kang Do-yoon (the
  Endoscopy Specialist) is two lines with the same id, 70% to the rep and 30% to Kang Do-yoon.
- Cancellations ("banpum"): about 1 in 22 won deals closed by 2026-10-31 is cancelled,
  cancel_date = close + 7..160 days (drawn again within the days up to the as-of date
  when that would fall after it).
- Han Ye-jin joined on 2026-07-13 (nothing before); Oh Tae-yang left on 2026-08-31 (nothing
  after).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 18)
YEAR_START = dt.date(2026, 1, 1)
YEAR_END = dt.date(2026, 12, 31)
rng = random.Random(279)

# id, manager, territory, role, start, end, quota:consumables, quota:capital, factor
ROSTER = [
    ("Lee Min-jun", "Park Ji-hoon", "Gangbuk", "Senior Account Manager", "", "", "200000000.00", "", 1.45),
    ("Choi Seo-yeon", "Park Ji-hoon", "Gangbuk", "Account Manager", "", "", "", "", 1.05),
    ("Jung Hyun-woo", "Park Ji-hoon", "Gangbuk", "Account Manager", "", "", "", "", 0.55),
    ("Daniel Cho", "Park Ji-hoon", "Gangbuk", "Account Manager", "", "", "", "", 0.9),
    ("Han Ye-jin", "Park Ji-hoon", "Gangbuk", "Account Manager", "2026-07-13", "", "", "", 0.8),
    ("Oh Tae-yang", "Park Ji-hoon", "Gangbuk", "Account Manager", "", "2026-08-31", "", "", 0.75),
    ("Kang Do-yoon", "Kim So-yeon", "Gangnam", "Endoscopy Specialist", "", "", "100000000.00", "1200000000.00", 0.6),
    ("Yoon Ha-eun", "Kim So-yeon", "Gangnam", "Account Manager", "", "", "", "", 1.2),
    ("Jenny Lim", "Kim So-yeon", "Gangnam", "Account Manager", "", "", "", "", 1.0),
    ("Shin Dong-hyuk", "Kim So-yeon", "Gangnam", "Account Manager", "", "", "", "", 0.45),
    ("Seo Ji-woo", "Kim So-yeon", "Gangnam", "Account Manager", "", "", "", "", 0.85),
    ("Bae Eun-ji", "Kim So-yeon", "Gangnam", "Account Manager", "", "", "", "", 0.7),
]

# product: (weight, low, high) in KRW
PRODUCTS = {
    "Linear Stapler": (17, 4_000_000, 26_000_000),
    "Circular Stapler": (10, 3_000_000, 18_000_000),
    "Stapler Reload": (18, 2_000_000, 15_000_000),
    "Biopsy Forceps": (12, 1_500_000, 9_000_000),
    "Injector Syringe Kit": (15, 3_000_000, 20_000_000),
    "Contrast Media": (16, 5_000_000, 36_000_000),
    "Video Endoscope": (7, 38_000_000, 88_000_000),
    "Endoscopy Tower": (5, 120_000_000, 240_000_000),
}
PNAMES = list(PRODUCTS)
PWEIGHTS = [PRODUCTS[p][0] for p in PNAMES]

ACCOUNTS = {
    "Gangbuk": [
        "Hanbit University Hospital", "Nowon Eulsu Hospital", "Dobong Central Hospital",
        "Seongbuk Saerom Hospital", "Eunpyeong St. Joseph Hospital", "Jongno Cheongwa Clinic",
        "Mapo Hyehwa Hospital", "Sinchon Yonhap Medical Center", "Gireum Women's Hospital",
        "Suyu Ilsin Hospital", "Jungnang Green Hospital", "Uijeongbu Baro Hospital",
        "Gwanghwamun Eye & ENT", "Mia Sungsim Hospital", "Goyang Ilsan Haneul Hospital",
    ],
    "Gangnam": [
        "Cheongdam Women's Clinic", "Jamsil Arirang Hospital", "Mokdong Himchan Hospital",
        "Bundang Jaesaeng Hospital", "Seocho Gumi Hospital", "Gangdong Kyunghee Hospital",
        "Yeouido Sungmo Hospital", "Suwon Areum Hospital", "Songpa Hankook Medical Center",
        "Apgujeong Seoul Colorectal Clinic", "Guro Daerim Hospital", "Pangyo Medipia Hospital",
        "Anyang Saem Hospital", "Yangjae Dongbu Hospital", "Gwacheon Uri Hospital",
    ],
}


def money(lo, hi):
    return rng.randrange(lo // 10_000, hi // 10_000 + 1) * 10_000


rows = []
seq = 0
for sid, mgr, terr, role, start, end, qc, qk, factor in ROSTER:
    first = YEAR_START if not start else dt.date.fromisoformat(start)
    last = YEAR_END if not end else dt.date.fromisoformat(end)
    bought = set()
    for month in range(1, 13):
        n = max(1, round(rng.gauss(7.5 * factor, 1.5)))
        m_start = dt.date(2026, month, 1)
        m_end = dt.date(2026, month + 1, 1) - dt.timedelta(days=1) if month < 12 else YEAR_END
        for _ in range(n):
            close = m_start + dt.timedelta(days=rng.randrange((m_end - m_start).days + 1))
            if close < first or close > last:
                continue
            product = rng.choices(PNAMES, PWEIGHTS)[0]
            if sid == "Kang Do-yoon" and rng.random() < 0.35:
                product = rng.choice(["Video Endoscope", "Endoscopy Tower", "Video Endoscope"])
            _, lo, hi = PRODUCTS[product]
            amount = money(lo, hi)
            account = rng.choice(ACCOUNTS[terr])
            seq += 1
            did = f"HM-26-{seq:04d}"
            prob, cancel = "", ""
            if close <= AS_OF:
                stage = "won" if rng.random() < 0.62 else "lost"
                if stage == "lost" and rng.random() < 0.04 and close > dt.date(2026, 10, 1):
                    stage, prob = "open", "0.4"  # overdue: still in tender
            else:
                stage = "open"
                prob = rng.choice(["0.2", "0.3", "0.5", "0.6", "0.8"])
                if rng.random() < 0.5 and last == YEAR_END:
                    close = close + dt.timedelta(days=rng.randrange(0, 90))
            if account not in bought:
                typ = "new"
            elif product in ("Stapler Reload", "Contrast Media", "Injector Syringe Kit"):
                typ = "renewal" if rng.random() < 0.7 else "expansion"
            else:
                typ = "expansion" if rng.random() < 0.6 else "renewal"
            if stage == "won":
                bought.add(account)
                if close <= dt.date(2026, 10, 31) and rng.random() < 1 / 22:
                    stage = "cancelled"
                    back = close + dt.timedelta(days=rng.randrange(7, 161))
                    if back > AS_OF:
                        back = close + dt.timedelta(days=rng.randrange(7, (AS_OF - close).days + 1))
                    cancel = back.isoformat()
            line = dict(id=did, seller=sid, account=account, name=f"{account} {product}",
                        type=typ, product=product, amount=f"{amount}.00",
                        close_date=close.isoformat(), stage=stage, split="1",
                        probability=prob, cancel_date=cancel, currency="KRW")
            if (product == "Endoscopy Tower" and sid != "Kang Do-yoon"
                    and stage in ("won", "cancelled")):
                line["split"] = "0.7"
                rows.append(line)
                rows.append(dict(line, seller="Kang Do-yoon", split="0.3"))
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
                "quota:consumables", "quota:capital"])
    for sid, mgr, terr, role, start, end, qc, qk, _ in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qc, qk])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
