#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredthirtyfourth workspace (Bullant Plant
Hire & Maintenance Pty Ltd, an invented Perth (Kewdale WA) mining equipment hire and
maintenance company; plan year 1 July 2025 - 30 June 2026, the Australian financial year; AUD;
MONTHLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 15 Maven agents are re-cast as Bullant's FIFO hire reps (AGENTS below). An opportunity is
  kept when md5(id) is even, and every GTK 500 opportunity is kept (they become Haul Truck
  hires).
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 July 2025 and 31 December 2017 becomes 30 April 2026. AS OF = 2026-03-20. A Won
  opportunity that now closes after it becomes an open ("pegged") quote, probability 0.6; a
  Lost one dated after it becomes an open quote, probability 0.25. Engaging opportunities are
  open (probability 0.5) expected to close 1 March 2026 + (hash mod 80) days (some overdue at
  the as-of date); Prospecting ones (probability 0.2) 1 April 2026 + (hash mod 85) days.
- Amounts in AUD, whole dollars: close value x the class's factor (won); lost and open quotes
  carry the Maven list price x the factor.
    GTK 500        -> Haul Truck                      x 10
    GTX Plus Pro   -> Dozer                           x 15, but one in six (hash) -> Haul Truck x 30
    GTX Pro        -> Excavator or Wheel Loader (by hash)   x 14
    GTX Plus Basic -> Water Cart                      x 12
    GTX Basic      -> Lighting Tower                  x 9
    MG Advanced    -> Component Rebuild               x 11
    MG Special     -> Site Service Agreement          x 110
  The Drill Rig class is in the plan (plan.md 3.6) but no deal hires one yet.
- Accounts: one of 22 invented mining customers (Maven account index mod 22; an opportunity
  with no account gets one by hash).
- Type: "breakdown" (an emergency replacement hire or rebuild), "extension" (an existing hire
  or service agreement rolled over) or "new" (a customer or site Bullant has never worked for):
  hash mod 10 = 0..1 breakdown, 2..4 extension, else new; a Site Service Agreement is never a
  breakdown (those become new).
- Splits (plan.md 3.4): a won or cancelled Haul Truck hire of any rep but Darcy Pollard (the
  Major Fleet Account Manager) is two lines with the same id: 70% to the rep, 30% to Darcy
  Pollard. Kane Fitzgerald's won deals closing on or after Tiarne Whitford's start with hash mod
  7 = 0 are "buddy" deals, two lines 50% / 50% with Tiarne Whitford.
- Cancellations ("stand-downs"): a won deal closed on or before 2026-03-05 with hash mod 21 = 0
  is cancelled, cancel_date = close + 6 + (hash mod 130) days, at the latest the as-of date
  (plan.md section 11: only stand-downs within 90 days of close are clawed back).
- Roster: Darcy Pollard carries her own quarterly Fleet Hire quota ($950,000) and her own target
  incentive ($12,000, so a maintenance base of $6,000); Ruby Tregonning (Maintenance Specialist)
  her own annual Maintenance Services quota ($900,000). Tiarne Whitford joined on 2025-11-03 (her
  own deals before that date are dropped); Wes Vukovic left on 2026-01-16 (his deals after that
  date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 3, 20)
SHIFT = dt.date(2025, 7, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 3, 5)

AGENTS = {
    "Donn Cantrell": "Brodie Cartwright",
    "Reed Clapper": "Tahlia Rennick",
    "Daniell Hammack": "Jayden Oakes",
    "Boris Faz": "Mick Tierney",
    "Marty Freudenburg": "Rangi Parata",
    "Vicki Laflamme": "Darcy Pollard",
    "James Ascencio": "Shannon Kerr",
    "Maureen Marcano": "Kane Fitzgerald",
    "Cecily Lampkin": "Lachie McIver",
    "Rosie Papadopoulos": "Wes Vukovic",
    "Hayden Neloms": "Ruby Tregonning",
    "Lajuana Vencill": "Jess Arbuckle",
    "Wilburn Farren": "Tiarne Whitford",
    "Niesha Huffines": "Brodie Lancaster",
    "Violet Mclelland": "Hamish Ogilvie",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:fleet_hire, quota:maint
    ("Brodie Cartwright", "Shane Doyle", "Pilbara", "Hire Rep", "", "", "", ""),
    ("Tahlia Rennick", "Shane Doyle", "Pilbara", "Hire Rep", "", "", "", ""),
    ("Jayden Oakes", "Shane Doyle", "Pilbara", "Hire Rep", "", "", "", ""),
    ("Mick Tierney", "Shane Doyle", "Pilbara", "Hire Rep", "", "", "", ""),
    ("Rangi Parata", "Shane Doyle", "Pilbara", "Hire Rep", "", "", "", ""),
    ("Darcy Pollard", "Kylie Hutchins", "Goldfields", "Major Fleet Account Manager", "", "",
     "Q_MAJOR", ""),
    ("Shannon Kerr", "Kylie Hutchins", "Goldfields", "Hire Rep", "", "", "", ""),
    ("Ruby Tregonning", "Kylie Hutchins", "Goldfields", "Maintenance Specialist", "", "", "",
     "Q_MAINT"),
    ("Lachie McIver", "Kylie Hutchins", "Goldfields", "Hire Rep", "", "", "", ""),
    ("Wes Vukovic", "Kylie Hutchins", "Goldfields", "Hire Rep", "", "2026-01-16", "", ""),
    ("Kane Fitzgerald", "Craig Mulholland", "Mid West", "Hire Rep", "", "", "", ""),
    ("Jess Arbuckle", "Craig Mulholland", "Mid West", "Hire Rep", "", "", "", ""),
    ("Tiarne Whitford", "Craig Mulholland", "Mid West", "Hire Rep", "2025-11-03", "", "", ""),
    ("Brodie Lancaster", "Craig Mulholland", "Mid West", "Hire Rep", "", "", "", ""),
    ("Hamish Ogilvie", "Craig Mulholland", "Mid West", "Hire Rep", "", "", "", ""),
]
QUOTA = {"Q_MAJOR": "950000.00", "Q_MAINT": "900000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
PRODUCT = {
    "GTK 500": ("Haul Truck", 10),
    "GTX Plus Pro": ("Dozer", 15),
    "GTX Pro": ("Excavator", 14),
    "GTXPro": ("Excavator", 14),
    "GTX Plus Basic": ("Water Cart", 12),
    "GTX Basic": ("Lighting Tower", 9),
    "MG Advanced": ("Component Rebuild", 11),
    "MG Special": ("Site Service Agreement", 110),
}
ACCOUNTS = [
    "Nullagine Iron", "Spinifex Ridge Lithium", "Boulder Deep Gold", "Kambalda Nickel Operations",
    "Meekatharra Gold Fields", "Yilgarn Haulage", "Marble Bar Lithium", "Wodgina Civil",
    "Pannawonica Earthworks", "Cue Contracting", "Norseman Gold Co", "Koolyanobbing Iron",
    "Paraburdoo Services", "Laverton Underground", "Mount Keith Mining Services",
    "Geraldton Port Works", "Sandstone Minerals", "Menzies Mine Services", "Jigalong Quarry",
    "Karratha Civil Group", "Yalgoo Magnetite", "Kalgoorlie Tailings Co",
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
    if not (h(oid) % 2 == 0 or r["product"] == "GTK 500"):
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    if product == "Excavator" and x % 2 == 1:
        product = "Wheel Loader"
    if product == "Dozer" and (x // 17) % 6 == 0:
        product, factor = "Haul Truck", 30
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 3, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 4, 1) + dt.timedelta(days=x % 85)
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
    if t <= 1 and product != "Site Service Agreement":
        typ = "breakdown"
    elif 2 <= t <= 4:
        typ = "extension"
    else:
        typ = "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 21 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="AUD")
    partner = None
    if product == "Haul Truck" and seller != "Darcy Pollard" and stage in ("won", "cancelled"):
        partner, share = "Darcy Pollard", ("0.7", "0.3")
    elif (seller == "Kane Fitzgerald" and stage in ("won", "cancelled") and (x // 13) % 7 == 0
          and close >= dt.date.fromisoformat(START["Tiarne Whitford"])):
        partner, share = "Tiarne Whitford", ("0.5", "0.5")
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
                "target_incentive", "quota:fleet_hire", "quota:maint"])
    for sid, mgr, terr, role, start, end, qf, qm in ROSTER:
        ti = "12000.00" if qf == "Q_MAJOR" else ""
        w.writerow([sid, sid, mgr, terr, role, start, end, ti, QUOTA.get(qf, ""),
                    QUOTA.get(qm, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
