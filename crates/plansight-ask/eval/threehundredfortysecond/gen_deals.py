#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredfortysecond workspace (Kipepeo Pay Ltd,
an invented Nairobi mobile-money merchant acquirer; plan year 1 January - 31 December 2025,
KES, MONTHLY payouts). Invented data, not the Maven export. Standard library only;
deterministic (every choice is an md5 hash of a text key; no clock, no random stream).
Run: python3 gen_deals.py

- 15 Merchant Acquisition Executives (MAEs) under 3 Area Sales Managers (zones CBD, Eastlands,
  Westlands). Each MAE gets 6-11 opportunities a month, January to December 2025 (hash of
  seller and month), each closing on a hashed day of that month.
- Products and their Annual Fee Commitment (AFC, the deal amount, whole shillings rounded to
  50) before the MAE's strength factor: Lipa Till 6,000-40,000; Paybill 30,000-200,000; Smart
  POS 45,000-240,000; eCom Gateway 90,000-520,000; Biashara Boost (a working-capital loan
  referral, credited by no measure; its amount is the loan) 30,000-300,000.
- Accounts: invented Nairobi merchants. Lipa Till, Smart POS and Biashara Boost go to shops
  (RETAIL), Paybill to schools, saccos, clinics and shops that take bills (BILLERS), eCom
  Gateway to online sellers (ONLINE). Each MAE works two thirds of each list (hash).
- Stages: an opportunity closing after the as-of date (2025-09-19) is open ("jikoni") with a
  probability of 0.2-0.8; one closing on or before it is won with the MAE's win rate, else
  lost ("chapwa"), except that some August/September ones not won are still open (overdue).
- Types: hash mod 7 = 0 is a reactivation ("Lazarus"); otherwise an MAE's first opportunity at
  a merchant is "new" and later ones are "upgrade" (cross-sell); Biashara Boost is always an
  upgrade.
- Reversals (cancellations): a won deal closed on or before 2025-09-05 with hash mod 19 = 0 is
  cancelled, cancel_date = close + 8 + (hash mod 130) days, at the latest the as-of date (only
  those within 90 days of close are clawed back, plan.md section 11).
- Splits (plan.md 3.4): every won or cancelled eCom Gateway deal of an MAE other than Aisha
  Mohamed (Key Accounts, integrations) is two lines with the same id, 80% to the MAE and 20% to
  Aisha. Some of Ian Maina's deals from his start to 31 May are "shadow" deals, 50% / 50% with
  his buddy Victor Ochieng.
- Roster: Brian Kiprop (Senior MAE) carries his own monthly MFV quota of 650,000 and his own
  quarterly Smart POS quota of 900,000; Aisha Mohamed (Key Accounts MAE) a monthly MFV quota of
  800,000. Ian Maina joined on 2025-04-14; Stephen Karanja left on 2025-07-18. Two MAEs are
  called Brian (Brian Kiprop, CBD; Brian Wafula, Eastlands).
"""
import calendar
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 9, 19)
CANCEL_BY = dt.date(2025, 9, 5)

ROSTER = [
    # id, manager, territory, role, start, end, quota:fee_value, quota:pos, strength, win rate
    ("Brian Kiprop", "Grace Wairimu", "CBD", "Senior MAE", "", "", "650000.00", "900000.00", 1.55, 0.66),
    ("Faith Njeri", "Grace Wairimu", "CBD", "MAE", "", "", "", "", 1.0, 0.6),
    ("Kevin Omondi", "Grace Wairimu", "CBD", "MAE", "", "", "", "", 0.7, 0.55),
    ("Mercy Achieng", "Grace Wairimu", "CBD", "MAE", "", "", "", "", 1.25, 0.64),
    ("Dennis Mutua", "Grace Wairimu", "CBD", "MAE", "", "", "", "", 0.5, 0.5),
    ("Brian Wafula", "Joseph Otieno", "Eastlands", "MAE", "", "", "", "", 1.1, 0.6),
    ("Purity Wanjiku", "Joseph Otieno", "Eastlands", "MAE", "", "", "", "", 0.9, 0.62),
    ("Collins Kiptoo", "Joseph Otieno", "Eastlands", "MAE", "", "", "", "", 1.35, 0.63),
    ("Zawadi Mwende", "Joseph Otieno", "Eastlands", "MAE", "", "", "", "", 0.8, 0.58),
    ("Stephen Karanja", "Joseph Otieno", "Eastlands", "MAE", "", "2025-07-18", "", "", 0.85, 0.57),
    ("Aisha Mohamed", "Amina Hassan", "Westlands", "Key Accounts MAE", "", "", "800000.00", "", 0.95, 0.62),
    ("Victor Ochieng", "Amina Hassan", "Westlands", "MAE", "", "", "", "", 1.0, 0.6),
    ("Lilian Chebet", "Amina Hassan", "Westlands", "MAE", "", "", "", "", 1.2, 0.63),
    ("Ian Maina", "Amina Hassan", "Westlands", "MAE", "2025-04-14", "", "", "", 0.7, 0.56),
    ("Esther Nyambura", "Amina Hassan", "Westlands", "MAE", "", "", "", "", 0.95, 0.6),
]

RETAIL = [
    "Baraka Supermarket Githurai", "Baraka Chemist Kawangware", "Neema Wines & Spirits",
    "Mwangaza Hardware", "Jamii Chemist", "Kilimani Grill House", "Kwa Njoro Butchery",
    "Upendo Salon & Spa", "Kibanda Fresh Grocers", "Sunrise Cyber Cafe", "Jua Kali Motor Spares",
    "Tulia Guest House", "Karibu Fast Foods", "Rafiki Electronics", "Msingi Agrovet",
    "Pwani Fish Point", "Safari Shoes Gikomba", "Mji Mpya Bakery", "Zamzam Boutique",
    "Bidii Hardware Kasarani", "Amani Mini Mart", "Kivuko Car Wash", "Mtaani Liquor Store",
    "Tembo Cereals", "Nyota Printers", "Kahawa Hub Westlands", "Lavington Deli",
    "Riverside Pharmacy", "Ngong Road Auto Spares", "Savannah Books",
]
BILLERS = [
    "Shalom Junior Academy", "Tumaini Sacco", "Imani Girls Secondary", "Faraja Medical Clinic",
    "Kijiji Dairy Cooperative", "Marigold Schools", "Huruma Water Project", "Jirani Chama",
    "Umoja Estate Management", "Greenpark Apartments", "Baraka Supermarket Githurai",
    "Riverside Pharmacy",
]
ONLINE = [
    "Urban Threads Online", "Shamba Fresh Online", "Duka Digital", "Nairobi Gadget Hub",
    "Kikapu Deliveries", "Safari Tickets KE", "Mitumba Express", "Afya Pharmacy Online",
]
# product, weight, low, high, accounts
PRODUCTS = [
    ("Lipa Till", 38, 6000, 40000, RETAIL),
    ("Paybill", 18, 30000, 200000, BILLERS),
    ("Smart POS", 22, 45000, 240000, RETAIL),
    ("eCom Gateway", 8, 90000, 520000, ONLINE),
    ("Biashara Boost", 14, 30000, 300000, RETAIL),
]
TOTAL_WEIGHT = sum(p[1] for p in PRODUCTS)


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def pick_product(x):
    r = x % TOTAL_WEIGHT
    for p in PRODUCTS:
        if r < p[1]:
            return p
        r -= p[1]
    raise AssertionError


rows = []
seq = 0
for sid, mgr, terr, role, start, end, qf, qp, strength, winrate in ROSTER:
    start_d = dt.date.fromisoformat(start) if start else dt.date(2025, 1, 1)
    end_d = dt.date.fromisoformat(end) if end else dt.date(2025, 12, 31)
    seen = set()
    for month in range(1, 13):
        n = 6 + h(f"{sid}|{month}|n") % 6
        days = calendar.monthrange(2025, month)[1]
        for i in range(n):
            seq += 1
            key = f"{sid}|{month}|{i}"
            x = h(key)
            close = dt.date(2025, month, 1 + x % days)
            if close < start_d or close > end_d:
                continue
            product, _, lo, hi, pool = pick_product(x // 3)
            mine = [a for a in pool if h(f"{sid}|{a}") % 3 != 0]
            account = mine[(x // 1000) % len(mine)]
            amount = lo + (x // 100000) % (hi - lo)
            amount = int(round(amount * strength / 50.0)) * 50
            if product == "Biashara Boost":
                typ = "upgrade"
            elif (x // 17) % 7 == 0:
                typ = "reactivation"
            elif account in seen:
                typ = "upgrade"
            else:
                typ = "new"
            prob, cancel = "", ""
            if close > AS_OF:
                stage = "open"
                prob = ["0.2", "0.3", "0.5", "0.7", "0.8"][(x // 23) % 5]
            elif (x // 29) % 1000 < winrate * 1000:
                stage = "won"
            elif month >= 8 and (x // 31) % 3 == 0:
                stage = "open"
                prob = "0.5"
            else:
                stage = "lost"
            if stage == "won":
                seen.add(account)
                if close <= CANCEL_BY and (x // 37) % 19 == 0:
                    stage = "cancelled"
                    cancel = min(close + dt.timedelta(days=8 + (x // 41) % 130), AS_OF).isoformat()
            line = dict(id=f"KP-{seq:05d}", seller=sid, account=account,
                        name=f"{account} {product}", type=typ, product=product,
                        amount=f"{amount}.00", close_date=close.isoformat(), stage=stage,
                        split="1", probability=prob, cancel_date=cancel, currency="KES")
            partner = None
            if stage in ("won", "cancelled"):
                if product == "eCom Gateway" and sid != "Aisha Mohamed":
                    partner, share = "Aisha Mohamed", ("0.8", "0.2")
                elif (sid == "Ian Maina" and close <= dt.date(2025, 5, 31)
                      and (x // 43) % 3 == 0):
                    partner, share = "Victor Ochieng", ("0.5", "0.5")
            if partner:
                line["split"] = share[0]
                rows.append(line)
                rows.append(dict(line, seller=partner, split=share[1]))
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
                "quota:fee_value", "quota:pos"])
    for sid, mgr, terr, role, start, end, qf, qp, _, _ in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qf, qp])
print(len(rows), "deal lines;",
      {s: sum(1 for r in rows if r["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
