#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredseventyfourth workspace: Tsubame Denshi
(Thailand) Co., Ltd., the Bangkok overseas sales office of Tsubame Denshi Shoji K.K., an invented
Osaka electronic-components distributor. Deals are component supply contracts (customer POs and
blanket supply agreements) with the Japanese and Thai factories of the Eastern Seaboard,
Ayutthaya and Bangkok; amounts in USD. Plan year = the Japanese fiscal year FY2025, 1 April
2025 - 31 March 2026, QUARTERLY payouts. Invented data (no real company), standard library
only, deterministic (one random.Random with a fixed seed; no clock). Run: python3 gen_deals.py

- 16 account managers under 3 section managers (kacho), one team per territory: Chonburi
  (automotive, Eastern Seaboard), Ayutthaya (industrial), Bangkok (appliance and consumer).
- Won contracts close 1 April 2025 - 13 February 2026 (the as-of date); each account manager
  has a monthly rhythm (count and size scaled by a performance factor and a seasonal shape).
  Lost quotes ("shitchu") are spread over the same months; open quotes ("mitsumori") carry a
  probability and an expected PO date from 16 February to 31 March 2026.
- Products (component lines) and deal types: "new" (a design-in: the first contract for a part
  newly designed into the customer's product), "repeat" (a follow-on supply contract for a part
  already designed in), "spot" (a one-time spot buy during a shortage).
- Splits (plan.md 3.4): every won or cancelled SiC Module contract of an account manager other
  than Mei Suzuki (the Power Device Specialist) is two lines with the same id, 80% to the account
  manager and 20% to Mei Suzuki.
- Cancellations ("torikeshi"): about one won contract in twenty closed on or before 2026-01-31
  is cancelled, cancel date 10-160 days after close (at the latest the as-of date); only those
  within 90 days of close are clawed back (plan.md section 11).
- Roster: Daisuke Yamamoto (Senior Account Manager) carries his own quarterly Contract Value
  quota; Mei Suzuki (Power Device Specialist) her own annual Power Semi quota. Ryo Nakamura
  joined on 2025-08-18; Kenta Hayashi returned to Osaka head office, last day 2025-11-28.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 13)
START = dt.date(2025, 4, 1)
END = dt.date(2026, 3, 31)
CANCEL_BY = dt.date(2026, 1, 31)
rnd = random.Random(274)

# id, manager, territory, role, start, end, quota:contract, quota:power, perf factor
ROSTER = [
    ("Daisuke Yamamoto", "Kenji Matsumoto", "Chonburi", "Senior Account Manager", "", "", "500000.00", "", 1.55),
    ("Yuki Sato", "Kenji Matsumoto", "Chonburi", "Account Manager", "", "", "", "", 1.15),
    ("Haruto Kobayashi", "Kenji Matsumoto", "Chonburi", "Account Manager", "", "", "", "", 0.75),
    ("Ayaka Inoue", "Kenji Matsumoto", "Chonburi", "Account Manager", "", "", "", "", 0.95),
    ("Ryo Nakamura", "Kenji Matsumoto", "Chonburi", "Account Manager", "2025-08-18", "", "", "", 0.6),
    ("Mei Suzuki", "Hiroshi Tanaka", "Ayutthaya", "Power Device Specialist", "", "", "", "1500000.00", 0.7),
    ("Takumi Watanabe", "Hiroshi Tanaka", "Ayutthaya", "Account Manager", "", "", "", "", 1.3),
    ("Shota Ito", "Hiroshi Tanaka", "Ayutthaya", "Account Manager", "", "", "", "", 0.85),
    ("Naoko Kimura", "Hiroshi Tanaka", "Ayutthaya", "Account Manager", "", "", "", "", 1.05),
    ("Kenta Hayashi", "Hiroshi Tanaka", "Ayutthaya", "Account Manager", "", "2025-11-28", "", "", 0.9),
    ("Yusuke Takahashi", "Akiko Fujita", "Bangkok", "Account Manager", "", "", "", "", 1.2),
    ("Emi Shimizu", "Akiko Fujita", "Bangkok", "Account Manager", "", "", "", "", 0.55),
    ("Riku Mori", "Akiko Fujita", "Bangkok", "Account Manager", "", "", "", "", 0.9),
    ("Yuki Ogawa", "Akiko Fujita", "Bangkok", "Account Manager", "", "", "", "", 1.0),
    ("Tomoko Abe", "Akiko Fujita", "Bangkok", "Account Manager", "", "", "", "", 0.8),
    ("Sho Maeda", "Akiko Fujita", "Bangkok", "Account Manager", "", "", "", "", 0.7),
]
SPECIALIST = "Mei Suzuki"

# product: (low, high) contract size in USD
PRODUCTS = {
    "MLCC": (6000, 45000),
    "Power MOSFET": (9000, 70000),
    "SiC Module": (40000, 180000),
    "Microcontroller": (12000, 95000),
    "Crystal Oscillator": (3000, 18000),
    "Board Connector": (4000, 30000),
    "TFT Display Module": (15000, 110000),
    "Automotive Relay": (5000, 40000),
}
# product mix (weights) per territory
MIX = {
    "Chonburi": {"MLCC": 5, "Power MOSFET": 4, "SiC Module": 2, "Microcontroller": 4,
                 "Crystal Oscillator": 2, "Board Connector": 3, "TFT Display Module": 1,
                 "Automotive Relay": 5},
    "Ayutthaya": {"MLCC": 4, "Power MOSFET": 5, "SiC Module": 3, "Microcontroller": 4,
                  "Crystal Oscillator": 3, "Board Connector": 4, "TFT Display Module": 2,
                  "Automotive Relay": 1},
    "Bangkok": {"MLCC": 5, "Power MOSFET": 3, "SiC Module": 1, "Microcontroller": 4,
                "Crystal Oscillator": 3, "Board Connector": 3, "TFT Display Module": 5,
                "Automotive Relay": 0},
}
SPECIALIST_MIX = {"Power MOSFET": 6, "SiC Module": 2, "MLCC": 2, "Microcontroller": 2}
ACCOUNTS = {
    "Chonburi": ["Amata Auto Harness", "Eastern Seaboard Motor Parts", "Laem Chabang Marine Electronics",
                 "Rayong Compressor Works", "Sriracha Meter Works", "Pinthong EV Charger",
                 "Bowin Brake Systems", "Hemaraj Inverter", "Chonburi Seimitsu"],
    "Ayutthaya": ["Navanakorn Precision", "Rojana Circuit Board", "Bang Pa-in Servo Systems",
                  "Ayutthaya Robotics", "Hi-Tech Nikko Motor", "Saha Rattana Power Supply",
                  "Korat Solar Inverter", "Uthai Welding Machines"],
    "Bangkok": ["Lat Krabang Appliance", "Samut Prakan Aircon", "Siam Kaden Industries",
                "Thai Hikari Lighting", "Bangpoo Battery Pack", "Krungthep Printer Mfg",
                "Wellgrow Medical Devices", "Bangna Smart Meter", "Minburi Rice Cooker"],
}
# monthly seasonality (fiscal months April..March): Japanese OEMs buy heavy in Sep and Mar
SEASON = [0.8, 0.9, 1.0, 0.9, 0.8, 1.3, 1.0, 1.0, 0.9, 0.8, 1.1, 1.4]


def pick(weights):
    items = [k for k, w in weights.items() if w > 0]
    return rnd.choices(items, [weights[k] for k in items])[0]


def amount(product, perf):
    lo, hi = PRODUCTS[product]
    a = rnd.uniform(lo, hi) * (0.5 + 0.3 * perf)
    return int(round(a / 50.0)) * 50


def months():
    d = START
    while d <= AS_OF:
        yield d
        d = dt.date(d.year + (d.month // 12), d.month % 12 + 1, 1)


def month_end(d):
    n = dt.date(d.year + (d.month // 12), d.month % 12 + 1, 1)
    return n - dt.timedelta(days=1)


rows = []
seq = 40000
for sid, mgr, terr, role, start, end, qc, qp, perf in ROSTER:
    mix = SPECIALIST_MIX if sid == SPECIALIST else MIX[terr]
    accts = ACCOUNTS[terr]
    s_start = dt.date.fromisoformat(start) if start else START
    s_end = dt.date.fromisoformat(end) if end else END
    seen = set()
    for i, m in enumerate(months()):
        last = min(month_end(m), AS_OF)
        first = max(m, s_start)
        if first > last or first > s_end:
            continue
        stop = min(last, s_end)
        n_won = max(1, round(rnd.gauss(3.8 * perf * SEASON[i], 1.0)))
        n_lost = max(0, round(rnd.gauss(2.0, 1.0)))
        if start and (m.year, m.month) == (s_start.year, s_start.month):
            n_won, n_lost = 1, 1
        for k in range(n_won + n_lost):
            seq += rnd.randint(1, 9)
            won = k < n_won
            product = pick(mix)
            account = rnd.choice(accts)
            key = (account, product)
            if product == "TFT Display Module" or product == "SiC Module":
                typ = "new" if key not in seen and rnd.random() < 0.7 else "repeat"
            elif rnd.random() < 0.12:
                typ = "spot"
            else:
                typ = "new" if key not in seen and rnd.random() < 0.5 else "repeat"
            close = first + dt.timedelta(days=rnd.randint(0, (stop - first).days))
            amt = amount(product, perf)
            stage, cancel = ("won", "") if won else ("lost", "")
            if won:
                seen.add(key)
                if close <= CANCEL_BY and rnd.random() < 0.05:
                    stage = "cancelled"
                    cancel = min(close + dt.timedelta(days=rnd.randint(10, 160)), AS_OF).isoformat()
            label = {"new": "design-in", "repeat": "repeat supply", "spot": "spot buy"}[typ]
            line = dict(id=f"TS-{seq}", seller=sid, account=account,
                        name=f"{account} {product} {label}", type=typ, product=product,
                        amount=f"{amt}.00", close_date=close.isoformat(), stage=stage,
                        split="1", probability="", cancel_date=cancel, currency="USD")
            if product == "SiC Module" and sid != SPECIALIST and stage in ("won", "cancelled"):
                rows.append(dict(line, split="0.8"))
                rows.append(dict(line, seller=SPECIALIST, split="0.2"))
            else:
                rows.append(line)
    if end:
        continue
    # open quotes (mitsumori)
    for k in range(rnd.randint(4, 9)):
        seq += rnd.randint(1, 9)
        product = pick(mix)
        account = rnd.choice(accts)
        typ = "new" if rnd.random() < 0.45 else ("spot" if rnd.random() < 0.1 else "repeat")
        close = AS_OF + dt.timedelta(days=3 + (rnd.randint(3, 75) - 3) * 43 // 72)  # by 31 March
        prob = rnd.choice(["0.2", "0.3", "0.5", "0.6", "0.8"])
        label = {"new": "design-in", "repeat": "repeat supply", "spot": "spot buy"}[typ]
        rows.append(dict(id=f"TS-{seq}", seller=sid, account=account,
                         name=f"{account} {product} {label}", type=typ, product=product,
                         amount=f"{amount(product, perf)}.00", close_date=close.isoformat(),
                         stage="open", split="1", probability=prob, cancel_date="",
                         currency="USD"))

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
                "quota:contract", "quota:power"])
    for sid, mgr, terr, role, start, end, qc, qp, _ in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qc, qp])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
