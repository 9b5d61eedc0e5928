#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the seventysecond workspace (MavenTech field sales,
Orchard Plan 2026, calendar plan year 1 January - 31 December 2026, USD) from the real Maven
CRM export (/work/shared/data/maven-crm/), kept as it is. Standard library only; deterministic
(no random numbers, no clock: every choice is a CRC-32 of the opportunity id).

- 15 Maven agents of three managers keep their real names, managers and regional offices
  (Melvin Marxen / Central, Cara Losch / East, Summer Sewald / West). Two carry a nickname in
  the roster name: Jonathan "JB" Berthelot, Maureen "Mo" Marcano (ids without it).
- One opportunity in three is kept (crc32(id) % 3 == 0).
- Products as the price list spells them ("GTXPro" -> "GTX Pro"; GTK 500 stays GTK 500).
- Accounts as exported (blank when the CRM has none).
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so won deals
  fall 1 Jan - 2 Nov 2026. AS OF = 2026-09-30. A Won opportunity that now closes after the
  as-of date becomes an open deal (probability 0.7) expected on a September day.
- Amount: close_value for won deals; the product's list price for lost and open ones.
- Open (Engaging 0.5 / Prospecting 0.2): expected close 1-30 September 2026.
- Type: "new" when nobody in the kept data had won the account before (or no account),
  else "expansion".
- Darcel Schlecht (Senior Agent) carries a Catalog quota of 80,000 a quarter (roster).
- Mid-year joiners: Niesha Huffines (2026-04-13), Kami Bicknell (2026-07-06); their earlier
  opportunities are dropped.
- Cancelled: won deals closed by 2026-08-31 with crc32(id) % 19 == 7 are cancelled
  20-180 days after close (capped at the as-of date).
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 9, 30)

ROSTER = [
    # id, roster name, manager, territory, role, start_date
    ("Jonathan Berthelot", 'Jonathan "JB" Berthelot', "Melvin Marxen", "Central", "Sales Agent", ""),
    ("Marty Freudenburg", "Marty Freudenburg", "Melvin Marxen", "Central", "Sales Agent", ""),
    ("Gladys Colclough", "Gladys Colclough", "Melvin Marxen", "Central", "Sales Agent", ""),
    ("Niesha Huffines", "Niesha Huffines", "Melvin Marxen", "Central", "Sales Agent", "2026-04-13"),
    ("Darcel Schlecht", "Darcel Schlecht", "Melvin Marxen", "Central", "Senior Agent", ""),
    ("Violet Mclelland", "Violet Mclelland", "Cara Losch", "East", "Sales Agent", ""),
    ("Corliss Cosme", "Corliss Cosme", "Cara Losch", "East", "Sales Agent", ""),
    ("Rosie Papadopoulos", "Rosie Papadopoulos", "Cara Losch", "East", "Sales Agent", ""),
    ("Garret Kinder", "Garret Kinder", "Cara Losch", "East", "Sales Agent", ""),
    ("Wilburn Farren", "Wilburn Farren", "Cara Losch", "East", "Sales Agent", ""),
    ("James Ascencio", "James Ascencio", "Summer Sewald", "West", "Sales Agent", ""),
    ("Kary Hendrixson", "Kary Hendrixson", "Summer Sewald", "West", "Sales Agent", ""),
    ("Kami Bicknell", "Kami Bicknell", "Summer Sewald", "West", "Sales Agent", "2026-07-06"),
    ("Zane Levy", "Zane Levy", "Summer Sewald", "West", "Sales Agent", ""),
    ("Maureen Marcano", 'Maureen "Mo" Marcano', "Summer Sewald", "West", "Sales Agent", ""),
]
START = {r[0]: r[5] for r in ROSTER}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def crc(s, salt=""):
    return zlib.crc32((salt + s).encode())


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    seller = r["sales_agent"]
    if seller not in START or crc(r["opportunity_id"]) % 3 != 0:
        continue
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    sept = dt.date(2026, 9, 1) + dt.timedelta(days=crc(r["opportunity_id"], "day") % 30)
    if stage == "open":
        close = sept
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0) if stage == "won" else PRICE[r["product"]]
        if stage == "won" and close > AS_OF:
            stage, prob, close = "open", "0.7", sept
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0:
        continue
    rows.append(dict(id=r["opportunity_id"], seller=seller, account=r["account"],
                     product=product, amount=f"{value:.2f}", close_date=close.isoformat(),
                     stage=stage, split="1", probability=prob, cancel_date="", currency="USD"))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    x["type"] = "new" if (not acct or acct not in won_accounts) else "expansion"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
    x["name"] = f"{acct or 'No account'} {x['product']}"

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-08-31" and crc(x["id"], "cx") % 19 == 7:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=20 + crc(x["id"], "cd") % 161)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for x in rows:
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "quota:catalog"])
    for sid, name, mgr, terr, role, start in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, "80000.00" if sid == "Darcel Schlecht" else ""])
print(len(rows), "lines")
