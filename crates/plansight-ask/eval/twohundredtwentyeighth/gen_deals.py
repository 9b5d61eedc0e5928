#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredtwentyeighth workspace (Brindle & Cask
Drinks Ltd, an invented UK wholesale food and drink distributor selling to pubs, restaurants,
hotels and pub groups; plan year 1 January - 31 December 2026, GBP, MONTHLY payouts) from the
real Maven CRM export in /work/shared/data/maven-crm/. Standard library only; deterministic
(every choice is an md5 hash of the opportunity id; no clock, no random stream).
Run: python3 gen_deals.py

- 18 Maven agents are re-cast as Brindle & Cask field reps (AGENTS below). A third of each
  agent's opportunities are kept (md5(id) mod 3 = 0), except: every GTK 500 opportunity is kept
  (they become Cellar Refits), and every opportunity of Elease Gluck (re-cast as Fiona Beckett,
  the National Accounts Manager) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 January 2026. AS OF = 2026-08-19. A Won opportunity that now closes after it becomes an
  open deal (probability 0.6); a Lost one dated after it becomes open (probability 0.25).
  Engaging opportunities are open (probability 0.5) expected to close 1 August 2026 +
  (hash mod 80) days (some overdue at the as-of date); Prospecting ones (probability 0.2)
  1 September 2026 + (hash mod 100) days.
- Amounts in GBP, whole pounds: close value x the range's factor (won); lost and open deals
  carry the product's list price x the factor.
    MG Special     -> Mixers            x 4
    GTX Basic      -> Soft Drinks       x 1.6
    GTX Plus Basic -> House Wine        x 1.8
    GTX Pro        -> Draught Beer      x 1.4
    GTX Plus Pro   -> Premium Spirits   x 1.1
    MG Advanced    -> Coffee Machine    x 1.2
    GTK 500        -> Cellar Refit      x 0.6
- Accounts: Maven's 85 accounts (sorted) are folded: index mod 5 = 0 -> one of 8 invented pub
  groups, otherwise one of 30 invented venues (pubs, restaurants, hotels). An opportunity with
  no account gets one by hash.
- Type: a pub group's deal is "group" (signed with the group's head office); otherwise
  (hash // 3) mod 5 in (0, 1) = "new" (a venue that has never bought from us), the rest
  "extension" (an existing venue taking on another range).
- Splits (plan.md 3.4): a won or cancelled group deal of any rep but Fiona Beckett is two lines
  with the same id, 60% to the rep and 40% to Fiona Beckett.
- Cancellations (venues that "pull" a contract): a won deal closed on or before 2026-08-05 with
  (hash // 7) mod 19 = 0 is cancelled, cancel_date = close + 10 + ((hash // 11) mod 140) days,
  at the latest the as-of date (plan.md section 10: only cancellations within 90 days of close
  are clawed back).
- Roster: Craig Whitworth (Key Account Rep) carries his own monthly Wet Sales quota; Fiona
  Beckett (National Accounts Manager) her own Wet Sales and Bar Kit quotas. Callum Reid joined
  on 2026-04-13 (his deals before that date are dropped); Becky Sutton left on 2026-06-30 (her
  deals after that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 19)
SHIFT = dt.date(2026, 1, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 8, 5)

AGENTS = {
    "Darcel Schlecht": "Craig Whitworth",
    "Anna Snelling": "Jess Hargreaves",
    "Gladys Colclough": "Nadia Hussain",
    "Lajuana Vencill": "Liam Fagan",
    "Wilburn Farren": "Callum Reid",
    "Violet Mclelland": "Ellie Woodward",
    "Elease Gluck": "Fiona Beckett",
    "Boris Faz": "Danny Okafor",
    "Corliss Cosme": "Ollie Bramwell",
    "Hayden Neloms": "Tom Ridley",
    "Markita Hansen": "Hannah Price",
    "Zane Levy": "Amir Shah",
    "Cassey Cress": "Megan Lloyd",
    "Daniell Hammack": "Jess Pattinson",
    "Donn Cantrell": "Stuart McAllister",
    "Kary Hendrixson": "Kerry Dunmore",
    "Reed Clapper": "Rhys Morgan",
    "Rosie Papadopoulos": "Becky Sutton",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:wet, quota:kit
    ("Craig Whitworth", "Siobhan Doyle", "North", "Key Account Rep", "", "", "40000.00", ""),
    ("Jess Hargreaves", "Siobhan Doyle", "North", "Field Sales Rep", "", "", "", ""),
    ("Nadia Hussain", "Siobhan Doyle", "North", "Field Sales Rep", "", "", "", ""),
    ("Liam Fagan", "Siobhan Doyle", "North", "Field Sales Rep", "", "", "", ""),
    ("Callum Reid", "Siobhan Doyle", "North", "Field Sales Rep", "2026-04-13", "", "", ""),
    ("Ellie Woodward", "Siobhan Doyle", "North", "Field Sales Rep", "", "", "", ""),
    ("Fiona Beckett", "Rob Ainsworth", "Midlands", "National Accounts Manager", "", "", "24000.00", "45000.00"),
    ("Danny Okafor", "Rob Ainsworth", "Midlands", "Field Sales Rep", "", "", "", ""),
    ("Ollie Bramwell", "Rob Ainsworth", "Midlands", "Field Sales Rep", "", "", "", ""),
    ("Tom Ridley", "Rob Ainsworth", "Midlands", "Field Sales Rep", "", "", "", ""),
    ("Hannah Price", "Rob Ainsworth", "Midlands", "Field Sales Rep", "", "", "", ""),
    ("Amir Shah", "Rob Ainsworth", "Midlands", "Field Sales Rep", "", "", "", ""),
    ("Megan Lloyd", "Priya Chauhan", "London & South", "Field Sales Rep", "", "", "", ""),
    ("Jess Pattinson", "Priya Chauhan", "London & South", "Field Sales Rep", "", "", "", ""),
    ("Stuart McAllister", "Priya Chauhan", "London & South", "Field Sales Rep", "", "", "", ""),
    ("Kerry Dunmore", "Priya Chauhan", "London & South", "Field Sales Rep", "", "", "", ""),
    ("Rhys Morgan", "Priya Chauhan", "London & South", "Field Sales Rep", "", "", "", ""),
    ("Becky Sutton", "Priya Chauhan", "London & South", "Field Sales Rep", "", "2026-06-30", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
NAM = "Fiona Beckett"
PRODUCT = {
    "MG Special": ("Mixers", 4),
    "GTX Basic": ("Soft Drinks", 1.6),
    "GTX Plus Basic": ("House Wine", 1.8),
    "GTX Pro": ("Draught Beer", 1.4),
    "GTXPro": ("Draught Beer", 1.4),
    "GTX Plus Pro": ("Premium Spirits", 1.1),
    "MG Advanced": ("Coffee Machine", 1.2),
    "GTK 500": ("Cellar Refit", 0.6),
}
GROUPS = [
    "Red Lion Inns", "Northern Taverns Group", "Copper Kettle Pub Co", "Wharfside Inns",
    "Albion Hospitality Group", "Three Crowns Pub Company", "Millstone Inns", "Greystone Leisure",
]
VENUES = [
    "The Black Bull", "Fox & Hounds", "The Swan at Ludlow", "Ship Inn", "Kings Arms",
    "The Drovers Rest", "Old Bell Hotel", "Marlowe's Bistro", "The Crooked Billet", "Castle Hotel",
    "Bramley Kitchen", "The Anchor", "Wheatsheaf", "The Plough", "Harrogate Spa Hotel",
    "Luigi's Trattoria", "The Cricketers", "Moorside Golf Club", "The George Hotel", "Canalside Tavern",
    "Bridge Inn", "Riverside Brasserie", "Sandbanks Beach Hotel", "Cotswold Manor Hotel",
    "Lamb & Flag", "The Green Man", "Malt Shovel", "Number Nine Cocktail Bar", "Quayside Fish Bar",
    "Royal Oak Dining Rooms",
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
    keep = h(oid) % 3 == 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 3
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    if idx % 5 == 0:
        account = GROUPS[(idx // 5) % len(GROUPS)]
        typ = "group"
    else:
        account = VENUES[idx % len(VENUES)]
        typ = "new" if (x // 3) % 5 in (0, 1) else "extension"
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 8, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 9, 1) + dt.timedelta(days=x % 100)
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
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 19 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="GBP")
    if typ == "group" and seller != NAM and stage in ("won", "cancelled"):
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=NAM, split="0.4"))
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
                "quota:wet", "quota:kit"])
    for sid, mgr, terr, role, start, end, qw, qk in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qw, qk])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
