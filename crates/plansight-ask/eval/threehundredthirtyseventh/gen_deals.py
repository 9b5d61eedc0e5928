#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredthirtyseventh workspace (Bayanihan
Seatworks Inc., an invented Manila business-process-outsourcing seat reseller: it leases
furnished, connected BPO seats in Makati, Ortigas and BGC to offshore clients and sells managed
services on top; plan year = calendar year 2026, PHP, MONTHLY payouts) from the real Maven CRM
export in /work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an
md5 hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Bayanihan account executives (AGENTS below). Two thirds of
  each agent's opportunities are kept (md5(id) mod 3 != 0), except: every GTK 500 opportunity
  is kept (they become Dedicated Pods), and every opportunity of Elease Gluck (re-cast as Liza
  Soriano, the Enterprise Pod Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 January 2026 and 31 December 2017 becomes 31 October 2026. AS OF = 2026-09-16. A Won
  opportunity that now closes after it becomes an open deal ("for signing", probability 0.6); a
  Lost one dated after it becomes open (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 September 2026 + (hash mod 80) days (some overdue at
  the as-of date); Prospecting ones (probability 0.2) 1 October 2026 + (hash mod 90) days.
- Amounts in PHP, whole pesos: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    GTX Basic      -> Hot Desk Pass             x 60
    GTX Plus Basic -> Non-Voice Seat            x 150
    GTX Pro        -> Voice Seat                x 90
    GTK 500        -> Dedicated Pod             x 120
    MG Special     -> BCP Seat                  x 400
    MG Advanced    -> Recruitment Package       x 40
    GTX Plus Pro   -> Managed IT Support        x 35
- Accounts: Dedicated Pods go to one of 12 invented large clients (Maven account index mod 12);
  every other opportunity to one of 30 invented offshore clients (index mod 30). An
  opportunity with no account gets one by hash.
- Type: (hash // 3) mod 10: 0-4 "new" (a new logo), 5-7 "expansion" (add-seats), 8-9
  "renewal" (re-sign). Every Hot Desk Pass is "new".
- Splits (plan.md 3.4): a won or cancelled Dedicated Pod of any AE but Liza Soriano is two lines
  with the same id: 60% to the AE, 40% to Liza Soriano. Paolo Garcia's won or cancelled deals
  closing on or after Rodel Manalo's start with (hash // 13) mod 5 = 0 are "buddy" deals, two
  lines 50% / 50% with Rodel Manalo.
- Cancellations ("pull-outs"): a won deal closed on or before 2026-08-31 with (hash // 7) mod 19
  = 0 is cancelled, cancel_date = close + 10 + ((hash // 11) mod 140) days; one that would fall
  after the as-of date falls instead (hash // 17) mod 25 days before it (and after the close)
  (plan.md 11: only pull-outs within 90 days of close are clawed back).
- Roster: Miguel Fernandez (Senior AE) and Liza Soriano (Enterprise Pod Specialist) carry their
  own quarterly Seat Lease quota. Rodel Manalo joined on 2026-04-13 (his own deals before that
  date are dropped); Grace Delos Santos left on 2026-07-17 (her deals after it are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 9, 16)
SHIFT = dt.date(2026, 1, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 8, 31)

AGENTS = {
    "Darcel Schlecht": "Miguel Fernandez",
    "Anna Snelling": "Kristine Bautista",
    "Versie Hillebrand": "Paolo Garcia",
    "Garret Kinder": "Rodel Manalo",
    "Cassey Cress": "Angelica Mendoza",
    "Moses Frase": "Jericho Santos",
    "Kary Hendrixson": "Patricia Lim",
    "Zane Levy": "Carlo Aquino",
    "Markita Hansen": "Mark Anthony Reyes",
    "Kami Bicknell": "Rowena Pascual",
    "Gladys Colclough": "Janelle Tiongson",
    "Elease Gluck": "Liza Soriano",
    "Corliss Cosme": "Carlo Tan",
    "Jonathan Berthelot": "Joanna Cruz",
    "Rosalina Dieter": "Ferdinand Navarro",
    "Hayden Neloms": "Grace Delos Santos",
}
ROSTER = [
    # id, name, manager, territory, role, start_date, end_date, quota:seat_lease
    ("Miguel Fernandez", "Miguel Fernandez", "Teresa Villanueva", "Americas", "Senior AE", "", "", "Q_SENIOR"),
    ("Kristine Bautista", "Kristine Bautista", "Teresa Villanueva", "Americas", "AE", "", "", ""),
    ("Paolo Garcia", "Paolo Garcia", "Teresa Villanueva", "Americas", "AE", "", "", ""),
    ("Rodel Manalo", "Rodel Manalo", "Teresa Villanueva", "Americas", "AE", "2026-04-13", "", ""),
    ("Angelica Mendoza", "Angelica Mendoza", "Teresa Villanueva", "Americas", "AE", "", "", ""),
    ("Jericho Santos", "Jericho Santos", "Teresa Villanueva", "Americas", "AE", "", "", ""),
    ("Patricia Lim", "Patricia Lim", "Ramon Dizon", "ANZ", "AE", "", "", ""),
    ("Carlo Aquino", "Carlo Aquino", "Ramon Dizon", "ANZ", "AE", "", "", ""),
    ("Mark Anthony Reyes", "Mark Anthony Reyes", "Ramon Dizon", "ANZ", "AE", "", "", ""),
    ("Rowena Pascual", "Rowena Pascual", "Ramon Dizon", "ANZ", "AE", "", "", ""),
    ("Janelle Tiongson", "Janelle Tiongson", "Ramon Dizon", "ANZ", "AE", "", "", ""),
    ("Liza Soriano", "Liza Soriano", "Lourdes Ocampo", "Europe", "Enterprise Pod Specialist", "", "", "Q_POD"),
    ("Carlo Tan", "Carlo Tan", "Lourdes Ocampo", "Europe", "AE", "", "", ""),
    ("Joanna Cruz", "Joanna Cruz", "Lourdes Ocampo", "Europe", "AE", "", "", ""),
    ("Ferdinand Navarro", 'Ferdinand "Bong" Navarro', "Lourdes Ocampo", "Europe", "AE", "", "", ""),
    ("Grace Delos Santos", "Grace Delos Santos", "Lourdes Ocampo", "Europe", "AE", "", "2026-07-17", ""),
]
QUOTA = {"Q_SENIOR": "12000000.00", "Q_POD": "10000000.00"}
START = {r[0]: r[5] for r in ROSTER}
END = {r[0]: r[6] for r in ROSTER}
POD_SPECIALIST = "Liza Soriano"
BUDDY = ("Paolo Garcia", "Rodel Manalo")
PRODUCT = {
    "GTX Basic": ("Hot Desk Pass", 60),
    "GTX Plus Basic": ("Non-Voice Seat", 150),
    "GTX Pro": ("Voice Seat", 90),
    "GTXPro": ("Voice Seat", 90),
    "GTK 500": ("Dedicated Pod", 120),
    "MG Special": ("BCP Seat", 400),
    "MG Advanced": ("Recruitment Package", 40),
    "GTX Plus Pro": ("Managed IT Support", 35),
}
CLIENTS = [
    "Hudson Valley Dental", "Redwood Mortgage", "Cactus Pet Insurance", "Brightline Telehealth",
    "Lakeshore Utilities", "Prairie Freight Lines", "Bluegill Software", "Magnolia Home Warranty",
    "Keystone Tax Services", "Pinecrest Auto Finance", "Kookaburra Energy", "Tasman Travel Co",
    "Wattlebird Insurance", "Coral Coast Realty", "Kiwi Fibre Broadband", "Bondi Fitness Club",
    "Waratah Health Fund", "Ningaloo Surf Shop", "Thames Parcel Co", "Highland Water Board",
    "Brixton Bikes", "Cotswold Lettings", "Dublin Arcade Studios", "Rhine Valley Logistics",
    "Lisbon Payments", "Fjord Energy", "Camden Market Foods", "Galway Broadband",
    "Oakridge Student Loans", "Maplewood Pharmacy",
]
POD_CLIENTS = [
    "Northwind Airlines", "Everstone Bank", "Pacific Crest Telecom", "Harbourside Health",
    "Meridian Streaming", "Clearwave Mobile", "Lumen Retail Group", "Anchor Point Insurance",
    "Sterling Bank of London", "Aurora Cable", "Blue Gum Super", "Calloway Airlines",
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
    keep = h(oid) % 3 != 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 3
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = POD_CLIENTS[idx % 12] if product == "Dedicated Pod" else CLIENTS[idx % 30]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 10, 1) + dt.timedelta(days=x % 90)
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
    if product == "Hot Desk Pass" or t < 5:
        typ = "new"
    elif t < 8:
        typ = "expansion"
    else:
        typ = "renewal"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        c = close + dt.timedelta(days=10 + (x // 11) % 140)
        if c > AS_OF:
            c = max(close + dt.timedelta(days=1), AS_OF - dt.timedelta(days=(x // 17) % 25))
        cancel = c.isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="PHP")
    partner = None
    if product == "Dedicated Pod" and seller != POD_SPECIALIST and stage in ("won", "cancelled"):
        partner, share = POD_SPECIALIST, ("0.6", "0.4")
    elif (seller == BUDDY[0] and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START[BUDDY[1]])):
        partner, share = BUDDY[1], ("0.5", "0.5")
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
                "quota:seat_lease"])
    for sid, name, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
