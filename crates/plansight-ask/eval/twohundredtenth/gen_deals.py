#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredtenth workspace (Bep Lua Kitchen Systems
Pte Ltd, an invented Singapore-headquartered distributor of commercial kitchen equipment to
hotels and restaurant groups in Vietnam, Thailand, Indonesia and Singapore; plan year 1 July 2025
- 30 June 2026; USD; MONTHLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Bep Lua account executives (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they become
  Conveyor Dishwashers), and every opportunity of Elease Gluck (re-cast as Marcus Tan, the
  Regional Key Account Manager) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 July 2025 and 31 December 2017 becomes 30 April 2026. AS OF = 2026-03-13. A Won opportunity
  that now closes after it becomes an open quote (probability 0.6); a Lost one dated after it
  becomes an open quote (probability 0.25). Engaging opportunities are open (probability 0.5)
  expected to close 1 March 2026 + (hash mod 70) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 1 April 2026 + (hash mod 85) days.
- Products and amounts in USD, whole dollars: close value x the product's factor (won); lost
  and open quotes carry the product's list price x the factor.
    MG Special     -> Water Filter System       x 24
    GTX Basic      -> Induction Wok Range       x 9
    GTX Plus Basic -> Undercounter Dishwasher   x 6
    MG Advanced    -> Ice Machine               x 2
    GTX Pro        -> Combi Oven                x 4
    GTX Plus Pro   -> Blast Chiller             x 3
    GTK 500        -> Conveyor Dishwasher       x 2.5
- Deal type (hash): one in five is "service" (a Service Plan: a multi-year preventive
  maintenance contract on that equipment; its amount is 20% of the equipment figure above), two
  in five "replacement" (equipment replacing old equipment in an outlet already running), the
  rest "new" (a New Outlet: a kitchen fit-out for an outlet opening).
- Accounts: by the seller's country (Vietnam, Thailand, Indonesia, Singapore for the Key Account
  Manager), the Maven account index mod the country's list of invented hotels and restaurant
  groups; an opportunity with no account gets one by hash.
- Splits (plan.md 3.5): a won or cancelled Conveyor Dishwasher of any executive but Marcus Tan
  is two lines with the same id: 75% to the executive and 25% to Marcus Tan.
- Cancellations ("boomerangs"): a won deal closed on or before 2026-02-27 with hash mod 21 = 0
  is cancelled, cancel_date = close + 7 + (hash mod 130) days, at the latest the as-of date
  (plan.md section 12: only cancellations within 90 days of close are clawed back).
- Roster: Marcus Tan carries his own quarterly Equipment quota and target incentive. Khanh Bui
  joined on 2025-11-17 (his own deals before that date are dropped). Thao Vo left on 2026-01-23:
  her deals closing after that day (and her open quotes) passed to Khanh Bui.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 3, 13)
SHIFT = dt.date(2025, 7, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 2, 27)
LEAVER, LEFT, HEIR = "Thao Vo", dt.date(2026, 1, 23), "Khanh Bui"

AGENTS = {
    "Kary Hendrixson": "Linh Nguyen",
    "Versie Hillebrand": "Duc Tran",
    "Cecily Lampkin": "Linh Pham",
    "Marty Freudenburg": "Tuan Le",
    "Niesha Huffines": "Thao Vo",
    "Wilburn Farren": "Khanh Bui",
    "Zane Levy": "Siriporn Wongsakul",
    "James Ascencio": "Thanakorn Srisuk",
    "Donn Cantrell": "Kittipong Chaiyasit",
    "Maureen Marcano": "Natthaya Boonmee",
    "Reed Clapper": "Wiraphon Saetang",
    "Elease Gluck": "Marcus Tan",
    "Markita Hansen": "Budi Santoso",
    "Rosalina Dieter": "Dewi Kartika",
    "Lajuana Vencill": "Rizky Pratama",
    "Corliss Cosme": "Putri Handayani",
}
ROSTER = [
    # id, name as on the roster, manager, territory, role, start, end, quota:equipment, TI
    ("Linh Nguyen", "Linh Nguyen", "Hanh Dang", "Vietnam", "Account Executive", "", "", "", ""),
    ("Duc Tran", "Duc Tran", "Hanh Dang", "Vietnam", "Account Executive", "", "", "", ""),
    ("Linh Pham", "Linh Pham", "Hanh Dang", "Vietnam", "Account Executive", "", "", "", ""),
    ("Tuan Le", "Tuan Le", "Hanh Dang", "Vietnam", "Account Executive", "", "", "", ""),
    ("Thao Vo", "Thao Vo", "Hanh Dang", "Vietnam", "Account Executive", "", "2026-01-23", "", ""),
    ("Khanh Bui", "Khanh Bui", "Hanh Dang", "Vietnam", "Account Executive", "2025-11-17", "", "", ""),
    ("Siriporn Wongsakul", 'Siriporn "Ploy" Wongsakul', "Pimchanok Ratanakul", "Thailand", "Account Executive", "", "", "", ""),
    ("Thanakorn Srisuk", 'Thanakorn "Ton" Srisuk', "Pimchanok Ratanakul", "Thailand", "Account Executive", "", "", "", ""),
    ("Kittipong Chaiyasit", 'Kittipong "Bank" Chaiyasit', "Pimchanok Ratanakul", "Thailand", "Account Executive", "", "", "", ""),
    ("Natthaya Boonmee", 'Natthaya "Fern" Boonmee', "Pimchanok Ratanakul", "Thailand", "Account Executive", "", "", "", ""),
    ("Wiraphon Saetang", 'Wiraphon "Nok" Saetang', "Pimchanok Ratanakul", "Thailand", "Account Executive", "", "", "", ""),
    ("Marcus Tan", "Marcus Tan", "Hendra Wijaya", "Singapore", "Regional Key Account Manager", "", "", "Q_KAM", "TI_KAM"),
    ("Budi Santoso", "Budi Santoso", "Hendra Wijaya", "Indonesia", "Account Executive", "", "", "", ""),
    ("Dewi Kartika", "Dewi Kartika", "Hendra Wijaya", "Indonesia", "Account Executive", "", "", "", ""),
    ("Rizky Pratama", "Rizky Pratama", "Hendra Wijaya", "Indonesia", "Account Executive", "", "", "", ""),
    ("Putri Handayani", "Putri Handayani", "Hendra Wijaya", "Indonesia", "Account Executive", "", "", "", ""),
]
QUOTA = {"Q_KAM": "220000.00"}
TI = {"TI_KAM": "30000.00"}
COUNTRY = {r[0]: r[3] for r in ROSTER}
START = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Water Filter System", 24),
    "GTX Basic": ("Induction Wok Range", 9),
    "GTX Plus Basic": ("Undercounter Dishwasher", 6),
    "MG Advanced": ("Ice Machine", 2),
    "GTX Pro": ("Combi Oven", 4),
    "GTXPro": ("Combi Oven", 4),
    "GTX Plus Pro": ("Blast Chiller", 3),
    "GTK 500": ("Conveyor Dishwasher", 2.5),
}
ACCOUNTS = {
    "Vietnam": [
        "Saigon Riverside Hotel", "Pho Viet Group", "Mekong Grand Hotel", "Hanoi Old Quarter Bistro",
        "Da Nang Bay Resort", "Dalat Pine Lodge", "Hue Imperial Hotel", "Nha Trang Pearl Resort",
        "Ben Thanh Food Court", "Hai Phong Seafood Palace", "Lotus Banh Mi Chain", "Phu Quoc Sunset Resort",
    ],
    "Thailand": [
        "Sukhumvit Tower Hotel", "Siam Street Kitchens", "Chiang Mai Hill Lodge", "Phuket Sands Resort",
        "Ayutthaya River Kitchen", "Pattaya Seafood Group", "Khao San Food Hall", "Hua Hin Royal Hotel",
        "Krabi Cliff Resort", "Silom Noodle House", "Samui Palm Villas", "Ratchada Grill Group",
    ],
    "Indonesia": [
        "Jakarta Harbour Hotel", "Warung Nusantara Group", "Bali Cliffside Resort", "Surabaya Grand Hotel",
        "Bandung Dimsum House", "Yogyakarta Heritage Hotel", "Medan Padang Restaurants", "Lombok Bay Resort",
        "Sate Senayan Group", "Semarang Garden Hotel", "Ubud Jungle Retreat", "Kopi Kenangan Kitchens",
    ],
    "Singapore": [
        "Marina Bay Banquets", "Orchard Noodle Bar Group", "Sentosa Beach Club", "Raffles Quay Catering",
        "Kopitiam Holdings", "Straits Heritage Hotels", "Changi Airport Lounges", "Harbourfront Hotel Group",
    ],
}


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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 3, 1) + dt.timedelta(days=x % 70)
            prob = "0.5"
        else:
            close = dt.date(2026, 4, 1) + dt.timedelta(days=x % 85)
            prob = "0.2"
        base = price[r["product"]]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if seller == LEAVER and (close > LEFT or stage == "open"):
        seller = HEIR
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    k = (x // 3) % 5
    typ = "service" if k == 0 else ("replacement" if k in (1, 2) else "new")
    amount = base * factor * (0.2 if typ == "service" else 1)
    amount = int(amount + 0.5)
    country = COUNTRY[seller]
    names = ACCOUNTS[country]
    idx = IDX[r["account"]] if r["account"] else x % 89
    account = names[idx % len(names)]
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 21 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=7 + (x // 11) % 130), AS_OF).isoformat()
    kind = {"new": "New Outlet", "replacement": "Replacement", "service": "Service Plan"}[typ]
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product} {kind}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    if product == "Conveyor Dishwasher" and seller != "Marcus Tan" and stage in ("won", "cancelled"):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller="Marcus Tan", split="0.25"))
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
                "quota:equipment", "target_incentive"])
    for sid, name, mgr, terr, role, start, end, q, ti in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, end, QUOTA.get(q, ""), TI.get(ti, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
