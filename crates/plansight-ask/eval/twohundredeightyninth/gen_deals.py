#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredeightyninth workspace: Sen Vang Logistics
JSC (Cong ty CP Logistics Sen Vang), an invented Ho Chi Minh City freight forwarder (sea
freight, air freight, inland trucking, customs brokerage and bonded warehouse contracts).
Plan year = calendar 2025, USD, MONTHLY payouts. The deals are invented (no CRM export).
Standard library only; deterministic: one random.Random(289) stream, no clock.
Run: python3 gen_deals.py

- 15 sales executives under 3 desk managers (sellers.csv). Each seller has a strength that
  scales how many contracts they win and how big they are.
- A deal is a signed service contract with a shipper (a quarter's FCL volume on a lane, an air
  freight allotment, a trucking contract, a customs brokerage retainer, a bonded warehouse
  lease). amount = the contract's freight / service revenue in USD (VAT and chi ho excluded),
  whole dollars.
- Products: FCL Sea Freight, LCL Sea Freight, Air Freight, Inland Trucking, Customs Clearance,
  Bonded Warehouse. Types: "new" (khach moi), "renewal" (tai ky), "expansion" (them tuyen:
  a new lane or service for an existing shipper).
- Won contracts close 2 January - 14 November 2025 (AS OF = 2025-11-14). Lost ones are dated
  through the same span. Open ones ("dang chao gia") carry an expected signing date
  20 October 2025 - 27 February 2026 and a probability 0.3 / 0.5 / 0.7.
- Splits: every won or cancelled Customs Clearance contract of a seller other than the
  Customs Specialist (Ngo Thi Hong Nhung) is two lines with the same id, 80% to the seller
  and 20% to her (plan.md 3.4).
- Cancellations ("rot booking"): about 1 in 22 won contracts closed by 2025-10-31 is
  cancelled 5 - 140 days after close (at the latest the as-of date); those within 90 days
  are clawed back (plan.md 11).
- Roster: Vo Thanh Tam (Key Account Manager) carries his own quarterly freight quota; Ngo Thi
  Hong Nhung (Customs Specialist) her own annual customs quota. Truong Minh Nhat joined on
  2025-06-16; Ly Van Phuc left on 2025-08-29 (no won contract after his last day).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 11, 14)
YEAR_START = dt.date(2025, 1, 2)
R = random.Random(289)

MGR_SEA = "Trần Quốc Bảo"
MGR_AIR = "Lê Thị Thu Hà"
MGR_BD = "Phạm Minh Tuấn"
ROSTER = [
    # name, manager, territory, role, start, end, strength, quota:freight, quota:customs
    ("Nguyễn Thị Lan", MGR_SEA, "Sea Desk Cat Lai", "Sales Executive", "", "", 1.25, "", ""),
    ("Lê Minh Khoa", MGR_SEA, "Sea Desk Cat Lai", "Sales Executive", "", "", 0.95, "", ""),
    ("Phạm Văn Đức", MGR_SEA, "Sea Desk Cat Lai", "Sales Executive", "", "", 0.7, "", ""),
    ("Huỳnh Thị Mai", MGR_SEA, "Sea Desk Cat Lai", "Sales Executive", "", "", 1.05, "", ""),
    ("Hồ Mỹ Linh", MGR_SEA, "Sea Desk Cat Lai", "Sales Executive", "", "", 0.55, "", ""),
    ("Võ Thanh Tâm", MGR_AIR, "Air Desk Tan Son Nhat", "Key Account Manager", "", "", 2.0,
     "210000.00", ""),
    ("Bùi Ngọc Trâm", MGR_AIR, "Air Desk Tan Son Nhat", "Sales Executive", "", "", 1.1, "", ""),
    ("Nguyễn Hoàng Long", MGR_AIR, "Air Desk Tan Son Nhat", "Sales Executive", "", "", 0.85,
     "", ""),
    ("Đặng Thị Thảo", MGR_AIR, "Air Desk Tan Son Nhat", "Sales Executive", "", "", 1.4, "", ""),
    ("Trương Minh Nhật", MGR_AIR, "Air Desk Tan Son Nhat", "Sales Executive", "2025-06-16", "",
     0.8, "", ""),
    ("Ngô Thị Hồng Nhung", MGR_BD, "Binh Duong Desk VSIP", "Customs Specialist", "", "", 0.75,
     "", "70000.00"),
    ("Lý Văn Phúc", MGR_BD, "Binh Duong Desk VSIP", "Sales Executive", "", "2025-08-29", 0.9,
     "", ""),
    ("Nguyễn Thị Linh", MGR_BD, "Binh Duong Desk VSIP", "Sales Executive", "", "", 1.0, "", ""),
    ("Châu Gia Huy", MGR_BD, "Binh Duong Desk VSIP", "Sales Executive", "", "", 1.2, "", ""),
    ("Tạ Quang Vinh", MGR_BD, "Binh Duong Desk VSIP", "Sales Executive", "", "", 0.65, "", ""),
]
SPECIALIST = "Ngô Thị Hồng Nhung"

# product: (low, high, weight by desk: sea, air, bd)
PRODUCTS = {
    "FCL Sea Freight": (8000, 52000, (6, 2, 4)),
    "LCL Sea Freight": (1800, 11000, (4, 1, 3)),
    "Air Freight": (4000, 42000, (1, 6, 2)),
    "Inland Trucking": (1500, 9000, (2, 1, 3)),
    "Customs Clearance": (1200, 7500, (2, 2, 3)),
    "Bonded Warehouse": (3000, 18000, (1, 1, 2)),
}
SEA_LANES = ["HCM-LAX", "HCM-Long Beach", "HCM-Rotterdam", "HCM-Hamburg", "HCM-Busan",
             "HCM-Yokohama", "HCM-Sydney", "HCM-Savannah", "HCM-Port Klang", "HCM-Nhava Sheva"]
AIR_LANES = ["SGN-NRT", "SGN-ICN", "SGN-FRA", "SGN-ORD", "SGN-LAX", "SGN-SIN", "SGN-DXB"]
ROAD_LANES = ["Binh Duong-Cat Lai", "VSIP-Cai Mep", "Long An-Cat Lai", "Dong Nai-Tan Son Nhat"]
ACCOUNTS = [
    "Cà Phê Đất Đỏ", "Gỗ Tân Phước Khánh", "Thủy Sản Cửu Long Xanh", "Giày Da Hưng Thịnh",
    "Điện Tử Minh Quang", "Nhựa An Phát Lộc", "Hạt Điều Bình Phước Vàng", "Dệt Kim Phong Lưu",
    "Bao Bì Sài Gòn Việt", "Cơ Khí Đông Á Mới", "Tiêu Đen Chư Sê", "Gạo Thơm Long An",
    "Nội Thất Thuận An Home", "Trái Cây Miệt Vườn", "Gốm Sứ Lái Thiêu", "Mây Tre Bến Tre Craft",
    "Dược Phẩm Hòa Bình", "Thép Nam Kỳ", "Sunwoo Vina Electronics", "Kyoei Parts Vietnam",
    "Everfine Garment", "Hanil Tech Vina", "Tokai Cable Vietnam", "Greenleaf Furniture",
    "Oriental Shoes", "Mekong Solar Modules", "Pacific Toys Vietnam", "Bluewave Apparel",
    "Hải Đăng Seafood", "Vinh Hoa Rubber",
]
# each desk works a slice of the accounts (overlapping)
DESK_ACCOUNTS = {MGR_SEA: ACCOUNTS[0:18], MGR_AIR: ACCOUNTS[4:8] + ACCOUNTS[16:30],
                 MGR_BD: ACCOUNTS[8:14] + ACCOUNTS[18:28]}


def rand_date(a, b):
    return a + dt.timedelta(days=R.randrange((b - a).days + 1))


def pick(weights):
    names = list(PRODUCTS)
    return R.choices(names, weights=weights)[0]


def amount_of(product, strength):
    lo, hi, _ = PRODUCTS[product]
    v = R.triangular(lo, hi, lo + (hi - lo) * 0.3) * (0.85 + 0.15 * strength)
    return int(round(v / 10.0)) * 10


def lane(product):
    if product in ("FCL Sea Freight", "LCL Sea Freight"):
        return R.choice(SEA_LANES)
    if product == "Air Freight":
        return R.choice(AIR_LANES)
    if product == "Inland Trucking":
        return R.choice(ROAD_LANES)
    return ""


rows = []
seq = 100
seen = {}  # (seller, account) -> won before
for name, mgr, terr, role, start, end, strength, qf, qc in ROSTER:
    desk = [MGR_SEA, MGR_AIR, MGR_BD].index(mgr)
    weights = [PRODUCTS[p][2][desk] for p in PRODUCTS]
    if name == SPECIALIST:
        weights = [1, 1, 0, 2, 9, 2]
    first = dt.date.fromisoformat(start) if start else YEAR_START
    last = dt.date.fromisoformat(end) if end else AS_OF
    months = ((last - first).days + 1) / 30.4
    n_won = max(3, round(months * 2.3 * strength + R.uniform(-2, 2)))
    n_lost = round(n_won * R.uniform(0.25, 0.45))
    n_open = R.randint(4, 8) if not end else 0
    accts = DESK_ACCOUNTS[mgr]
    plan = ([("won", rand_date(first, last)) for _ in range(n_won)]
            + [("lost", rand_date(first, last)) for _ in range(n_lost)]
            + [("open", rand_date(dt.date(2025, 10, 20), dt.date(2026, 2, 27)))
               for _ in range(n_open)])
    plan.sort(key=lambda x: x[1])
    for stage, close in plan:
        seq += R.randint(1, 9)
        did = f"HD25-{seq:04d}"
        product = pick(weights)
        account = R.choice(accts)
        key = (name, account)
        if product == "Customs Clearance" or product == "Bonded Warehouse":
            typ = "renewal" if (key in seen and R.random() < 0.5) else R.choice(
                ["new", "renewal", "expansion"])
        elif key in seen:
            typ = R.choice(["renewal", "expansion", "expansion"])
        else:
            typ = R.choice(["new", "new", "renewal"])
        amt = amount_of(product, strength)
        prob, cancel = "", ""
        if stage == "open":
            prob = R.choice(["0.3", "0.5", "0.7"])
        if stage == "won":
            seen[key] = True
            if close <= dt.date(2025, 10, 31) and R.random() < 1 / 22:
                stage = "cancelled"
                cancel = min(close + dt.timedelta(days=R.randint(5, 140)), AS_OF).isoformat()
        ln = lane(product)
        label = f"{account} {product}" + (f" {ln}" if ln else "")
        line = dict(id=did, seller=name, account=account, name=label, type=typ,
                    product=product, amount=f"{amt}.00", close_date=close.isoformat(),
                    stage=stage, split="1", probability=prob, cancel_date=cancel,
                    currency="USD")
        if (product == "Customs Clearance" and name != SPECIALIST
                and stage in ("won", "cancelled")):
            line["split"] = "0.8"
            rows.append(line)
            rows.append(dict(line, seller=SPECIALIST, split="0.2"))
        else:
            rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:freight", "quota:customs"])
    for name, mgr, terr, role, start, end, strength, qf, qc in ROSTER:
        w.writerow([name, name, mgr, terr, role, start, end, qf, qc])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
