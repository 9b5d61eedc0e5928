#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredsixteenth workspace (Gumleaf Landscape &
Building Supplies Pty Ltd, an invented Australian landscaping and building-supplies distributor
with three trade yards; plan year 1 July 2026 - 30 June 2027, AUD, MONTHLY payouts) from the real
Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Gumleaf trade reps (AGENTS below). Three in five of each
  agent's opportunities are kept (md5("gumleaf" + id) mod 5 < 3), except: every GTK 500
  opportunity is kept (they become Bulk Road Base council contracts) and every opportunity of
  Rosalina Dieter (re-cast as Georgie Whitcombe, the Civil & Council Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 July 2026 and 31 December 2017 becomes 30 April 2027. AS OF = 2027-03-18. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one
  dated after it becomes an open quote (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 20 February 2027 + (hash mod 80) days (some overdue at
  the as-of date); Prospecting ones (probability 0.2) 1 April 2027 + (hash mod 85) days.
- Amounts in AUD, whole dollars: close value x the product's factor (won); lost and open
  quotes carry the product's list price x the factor.
    MG Special     -> Buffalo Turf            x 20
    GTX Basic      -> Irrigation Kit          x 3
    GTX Plus Basic -> Bulk Garden Mix         x 2
    MG Advanced    -> Sandstone Pavers        x 3
    GTX Pro        -> Retaining Wall Blocks   x 3
    GTX Plus Pro   -> Concrete Sleepers       x 2.5
    GTK 500        -> Bulk Road Base          x 4
- Accounts: every Bulk Road Base contract goes to one of 10 invented councils (Maven account
  index mod 10); every other opportunity goes to a council when the Maven account index mod 5
  = 0, else to one of 24 invented builders and landscapers. An opportunity with no account
  gets an index by hash.
- Type: "tender" for every Bulk Road Base contract and for council deals with hash mod 3 != 0
  (a council tender); otherwise "new" for the first won (or cancelled) deal of a rep at that
  account in date order (and for lost or open quotes at an account the rep has not yet won),
  "repeat" after it (a reorder).
- Splits (plan.md 3.4): a won or cancelled Bulk Road Base contract of any rep but Georgie
  Whitcombe is two lines with the same id: 75% to the rep and 25% to Georgie Whitcombe.
- Cancellations ("send-backs"): a won deal closed on or before 2027-03-01 with hash mod 19 = 0
  is cancelled, cancel_date = close + 5 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Brad Kennedy (Senior Trade Rep) and Georgie Whitcombe (Civil & Council Specialist)
  carry their own quarterly hardscape quota; Brad Kennedy also a target incentive of $20,000.
  Ryan Mitchell joined on 2026-09-14 (his own deals before that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 3, 18)
SHIFT = dt.date(2026, 7, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2027, 3, 1)

AGENTS = {
    "Darcel Schlecht": "Brad Kennedy",
    "Anna Snelling": "Chloe Papadakis",
    "Versie Hillebrand": "Josh Whitford",
    "Cassey Cress": "Tegan O'Rourke",
    "Garret Kinder": "Ryan Mitchell",
    "Rosalina Dieter": "Georgie Whitcombe",
    "Kary Hendrixson": "Kane Ruatapu",
    "Zane Levy": "Emma Lindsay",
    "Jonathan Berthelot": "Daniel Cho",
    "Lajuana Vencill": "Jess McGrath",
    "Markita Hansen": "Sione Taufa",
    "Kami Bicknell": "Hayley Brooks",
    "Marty Freudenburg": "Lachlan Boyd",
    "Donn Cantrell": "Emma Fraser",
    "Reed Clapper": "Natasha Kovacs",
}
ROSTER = [
    # id, manager, territory, role, start_date, quota:hardscape, target_incentive
    ("Brad Kennedy", "Shane Dwyer", "Penrith", "Senior Trade Rep", "", "450000.00", "20000.00"),
    ("Chloe Papadakis", "Shane Dwyer", "Penrith", "Trade Rep", "", "", ""),
    ("Josh Whitford", "Shane Dwyer", "Penrith", "Trade Rep", "", "", ""),
    ("Tegan O'Rourke", "Shane Dwyer", "Penrith", "Trade Rep", "", "", ""),
    ("Ryan Mitchell", "Shane Dwyer", "Penrith", "Trade Rep", "2026-09-14", "", ""),
    ("Georgie Whitcombe", "Kylie Hammond", "Geelong", "Civil & Council Specialist", "", "250000.00", ""),
    ("Kane Ruatapu", "Kylie Hammond", "Geelong", "Trade Rep", "", "", ""),
    ("Emma Lindsay", "Kylie Hammond", "Geelong", "Trade Rep", "", "", ""),
    ("Daniel Cho", "Kylie Hammond", "Geelong", "Trade Rep", "", "", ""),
    ("Jess McGrath", "Kylie Hammond", "Geelong", "Trade Rep", "", "", ""),
    ("Sione Taufa", "Mark Tuhiwai", "Gold Coast", "Trade Rep", "", "", ""),
    ("Hayley Brooks", "Mark Tuhiwai", "Gold Coast", "Trade Rep", "", "", ""),
    ("Lachlan Boyd", "Mark Tuhiwai", "Gold Coast", "Trade Rep", "", "", ""),
    ("Emma Fraser", "Mark Tuhiwai", "Gold Coast", "Trade Rep", "", "", ""),
    ("Natasha Kovacs", "Mark Tuhiwai", "Gold Coast", "Trade Rep", "", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
SPECIALIST = "Georgie Whitcombe"
PRODUCT = {
    "MG Special": ("Buffalo Turf", 20),
    "GTX Basic": ("Irrigation Kit", 3),
    "GTX Plus Basic": ("Bulk Garden Mix", 2),
    "MG Advanced": ("Sandstone Pavers", 3),
    "GTX Pro": ("Retaining Wall Blocks", 3),
    "GTXPro": ("Retaining Wall Blocks", 3),
    "GTX Plus Pro": ("Concrete Sleepers", 2.5),
    "GTK 500": ("Bulk Road Base", 4),
}
BUILDERS = [
    "Coastline Homes", "Hartwell Constructions", "Redfern Build Co", "Brightwater Homes",
    "Kestrel Developments", "Mulgrave Builders", "Bayside Renovations", "Tallowood Constructions",
    "Ridgeview Homes", "Corio Bay Builders", "Greenfield Estates", "Wollemi Homes",
    "Birchgrove Building", "Tuggerah Builders", "Harbourside Developments", "Torquay Custom Homes",
    "Nerang Constructions", "Kurrajong Homes", "Bellbird Landscaping", "Pinnacle Pools",
    "Outback Decking Co", "Sandringham Builders", "Wattlebird Landscapes", "Macleay Constructions",
]
COUNCILS = [
    "Blacktown City Council", "Camden Council", "Hawkesbury City Council", "Surf Coast Shire",
    "Wyndham City Council", "Moorabool Shire", "Logan City Council", "Moreton Bay Regional Council",
    "Scenic Rim Regional Council", "Tweed Shire Council",
]


def h(s):
    return int(hashlib.md5(("gumleaf" + s).encode()).hexdigest(), 16)


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
    x = h(oid)
    keep = x % 5 < 3 or r["product"] == "GTK 500" or agent == "Rosalina Dieter"
    if not keep:
        continue
    x //= 5
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    council = product == "Bulk Road Base" or idx % 5 == 0
    account = COUNCILS[idx % len(COUNCILS)] if council else BUILDERS[idx % len(BUILDERS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2027, 2, 20) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2027, 4, 1) + dt.timedelta(days=x % 85)
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
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=5 + (x // 11) % 140), AS_OF).isoformat()
    tender = product == "Bulk Road Base" or (council and (x // 13) % 3 != 0)
    rows.append(dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                     type="tender" if tender else "", product=product, amount=f"{amount}.00",
                     close_date=close.isoformat(), stage=stage, split="1",
                     probability=prob, cancel_date=cancel, currency="AUD"))

# new vs repeat: the first won (or cancelled) deal of a rep at an account is "new"
rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
first_win = {}
for line in rows:
    if line["stage"] in ("won", "cancelled"):
        first_win.setdefault((line["seller"], line["account"]), (line["close_date"], line["id"]))
for line in rows:
    if line["type"]:
        continue
    fw = first_win.get((line["seller"], line["account"]))
    line["type"] = "new" if fw is None or (line["close_date"], line["id"]) <= fw else "repeat"

out = []
for line in rows:
    if (line["product"] == "Bulk Road Base" and line["seller"] != SPECIALIST
            and line["stage"] in ("won", "cancelled")):
        out.append(dict(line, split="0.75"))
        out.append(dict(line, seller=SPECIALIST, split="0.25"))
    else:
        out.append(line)
out.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))

COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(out)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:hardscape", "target_incentive"])
    for sid, mgr, terr, role, start, q, ti in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, "", q, ti])
print(len(out), "deal lines;",
      {s: sum(1 for x in out if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
