#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredtwentysecond workspace (Tui Valley Ag &
Irrigation Ltd, an invented farm machinery and irrigation dealer in the Auckland region, branches
at Pukekohe, Warkworth and Helensville; plan year 1 April 2026 - 31 March 2027, the New Zealand
financial year; NZD; MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash of
the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Tui Valley reps (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) even), except that every GTK 500 opportunity is kept (they
  become Centre Pivots); of the Engaging and Prospecting ones, a further half is dropped
  ((md5(id) // 2 // 17) odd).
- Dates: every Maven date moves forward by the same 3,318 days, so 1 March 2017 becomes 1 April
  2026 and 31 December 2017 becomes 31 January 2027. AS OF = 2026-11-20. A Won opportunity that
  now closes after it becomes an open quote (probability 0.6); a Lost one dated after it an open
  quote (probability 0.25). Engaging opportunities are open (probability 0.5), expected to close
  1 November 2026 + (hash mod 90) days (some overdue at the as-of date); Prospecting ones
  (probability 0.2) 1 December 2026 + (hash mod 110) days.
- Amounts in NZD, whole dollars: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor.
    MG Special     -> Service Contract       x 40
    GTX Basic      -> Quad Bike              x 24
    GTX Plus Basic -> Side-by-Side           x 24
    MG Advanced    -> Travelling Irrigator   x 12
    GTX Pro        -> Utility Tractor        x 22
    GTX Plus Pro   -> Round Baler            x 14
    GTK 500        -> Centre Pivot           x 9
    GTX Plus Pro of Vicki Laflamme (Anaru Parata, the Irrigation Specialist) -> Centre Pivot x 40
- Accounts: Maven's 85 accounts are folded onto 34 invented Auckland-region farms and growers
  (Maven account index mod 34); an opportunity with no account gets one by hash.
- Type: Service Contract = "repeat" (a contract on a machine the farm already runs); otherwise,
  for machinery (Quad Bike, Side-by-Side, Utility Tractor, Round Baler) hash mod 10 in 0..2 =
  "trade_in", 3..5 = "repeat", else "new"; for irrigation hash mod 10 in 0..3 = "repeat", else
  "new".
- Splits (plan.md 3.4): a won or cancelled Centre Pivot of any rep but Anaru Parata is two lines
  with the same id: 75% to the rep, 25% to Anaru Parata. Stuart Gillies's machinery deals
  closing on or after Corey Te Whata's start with hash mod 5 = 0 are "ride-along" deals, two
  lines 50% / 50% with Corey Te Whata.
- Cancellations ("boomerangs"): a won deal closed on or before 2026-11-05 with hash mod 21 = 0 is
  cancelled, cancel_date = close + 7 + (hash mod 130) days, at the latest the as-of date (plan.md
  section 11: only cancellations within 90 days of close are clawed back).
- Roster: Hamish Carver (Senior Territory Manager) carries his own quarterly Machinery quota,
  Anaru Parata (Irrigation Specialist) his own annual Water quota. Corey Te Whata joined on
  2026-08-17 (his own deals before that date are dropped); Kerry Lomax left on 2026-10-16 (her
  deals after that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 20)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 11, 5)

AGENTS = {
    "Darcel Schlecht": "Hamish Carver",
    "Anna Snelling": "Rāwiri Hēnare",
    "Kary Hendrixson": "Kelly Fong",
    "Versie Hillebrand": "Josh Brady",
    "Maureen Marcano": "Daniel Moana",
    "Vicki Laflamme": "Anaru Parata",
    "Kami Bicknell": "Josh Tamihana",
    "Zane Levy": "Brooke Sinclair",
    "Cassey Cress": "Callum Ward",
    "Corliss Cosme": "Mereana Kutia",
    "Jonathan Berthelot": "Stuart Gillies",
    "Gladys Colclough": "Harpreet Sandhu",
    "Markita Hansen": "Liv Pedersen",
    "Garret Kinder": "Corey Te Whata",
    "Wilburn Farren": "Kerry Lomax",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:machinery, quota:water
    ("Hamish Carver", "Wiremu Tane", "Franklin", "Senior Territory Manager", "", "", "2000000.00", ""),
    ("Rāwiri Hēnare", "Wiremu Tane", "Franklin", "Territory Manager", "", "", "", ""),
    ("Kelly Fong", "Wiremu Tane", "Franklin", "Territory Manager", "", "", "", ""),
    ("Josh Brady", "Wiremu Tane", "Franklin", "Territory Manager", "", "", "", ""),
    ("Daniel Moana", "Wiremu Tane", "Franklin", "Territory Manager", "", "", "", ""),
    ("Anaru Parata", "Shona McAllister", "Rodney", "Irrigation Specialist", "", "", "", "1800000.00"),
    ("Josh Tamihana", "Shona McAllister", "Rodney", "Territory Manager", "", "", "", ""),
    ("Brooke Sinclair", "Shona McAllister", "Rodney", "Territory Manager", "", "", "", ""),
    ("Callum Ward", "Shona McAllister", "Rodney", "Territory Manager", "", "", "", ""),
    ("Mereana Kutia", "Shona McAllister", "Rodney", "Territory Manager", "", "", "", ""),
    ("Stuart Gillies", "Bryce Dunlop", "Kaipara", "Territory Manager", "", "", "", ""),
    ("Harpreet Sandhu", "Bryce Dunlop", "Kaipara", "Territory Manager", "", "", "", ""),
    ("Liv Pedersen", "Bryce Dunlop", "Kaipara", "Territory Manager", "", "", "", ""),
    ("Corey Te Whata", "Bryce Dunlop", "Kaipara", "Territory Manager", "2026-08-17", "", "", ""),
    ("Kerry Lomax", "Bryce Dunlop", "Kaipara", "Territory Manager", "", "2026-10-16", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Service Contract", 40),
    "GTX Basic": ("Quad Bike", 24),
    "GTX Plus Basic": ("Side-by-Side", 24),
    "MG Advanced": ("Travelling Irrigator", 12),
    "GTX Pro": ("Utility Tractor", 22),
    "GTXPro": ("Utility Tractor", 22),
    "GTX Plus Pro": ("Round Baler", 14),
    "GTK 500": ("Centre Pivot", 9),
}
MACHINERY = {"Quad Bike", "Side-by-Side", "Utility Tractor", "Round Baler"}
IRRIGATION = {"Travelling Irrigator", "Centre Pivot"}
FARMS = [
    "Glenbrook Dairies", "Mauku Hills Station", "Patumahoe Potatoes", "Awhitu Beef",
    "Kaipara Flats Station", "Tapora Maize Co", "Matakana Vineyard", "Whitford Equestrian",
    "Hunua Ranges Deer", "Waiuku Dairy Ltd", "Onewhero Station", "Parakai Turf Farm",
    "Kumeu Orchards", "Waimauku Berryfruit", "Helensville Hay Co", "Te Hana Angus",
    "Wellsford Beef & Lamb", "Ararimu Contracting", "Bombay Onions Ltd", "Paerata Market Gardens",
    "Karaka Bloodstock", "Ramarama Dairy", "Tuakau Spuds", "Port Waikato Sheep Co",
    "Kaukapakapa Dairy", "Makarau Station", "Ahuroa Deer Farm", "Leigh Avocados",
    "Mangawhai Kiwifruit", "Pukekohe East Growers", "Waiuku Growers", "Glorit Grazing",
    "Shelly Beach Dairy", "Kaiwaka Contracting",
]


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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500"
    x = h(oid) // 2
    if r["deal_stage"] in ("Engaging", "Prospecting") and (x // 17) % 2 == 1:
        keep = False
    if not keep:
        continue
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    if seller == "Anaru Parata" and r["product"] == "GTX Plus Pro":
        product, factor = "Centre Pivot", 40
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = FARMS[idx % len(FARMS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 11, 1) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2026, 12, 1) + dt.timedelta(days=x % 110)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    t = (x // 3) % 10
    if product == "Service Contract":
        typ = "repeat"
    elif product in MACHINERY:
        typ = "trade_in" if t <= 2 else ("repeat" if t <= 5 else "new")
    else:
        typ = "repeat" if t <= 3 else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 21 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=7 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="NZD")
    partner = None
    if product == "Centre Pivot" and seller != "Anaru Parata" and stage in ("won", "cancelled"):
        partner, share = "Anaru Parata", ("0.75", "0.25")
    elif (seller == "Stuart Gillies" and product in MACHINERY and stage in ("won", "cancelled")
          and (x // 13) % 5 == 0 and close >= dt.date.fromisoformat(START["Corey Te Whata"])):
        partner, share = "Corey Te Whata", ("0.5", "0.5")
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
                "quota:machinery", "quota:water"])
    for sid, mgr, terr, role, start, end, qm, qi in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qm, qi])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
