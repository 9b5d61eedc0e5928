#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the fiftyfifth workspace (Tasman Gateway Logistics,
a New Zealand freight forwarder and customs broker; plan year 1 April 2026 - 31 March 2027,
NZD) from the real Maven CRM export (/work/shared/data/maven-crm/). Standard library only;
deterministic: no randomness, no clock. Run: python3 gen_deals.py

- 13 Maven agents are re-cast as Tasman Gateway account managers (AGENTS) under 3 branch
  managers (ROSTER). Two of every five of their opportunities are kept (those whose id's
  character-code sum mod 5 is 0 or 1).
- Dates: Maven dates (1 Mar - 31 Dec 2017) move 9 years and 31 days forward, so deals fall
  1 Apr 2026 - 31 Jan 2027. AS OF = 2027-01-20: a Won opportunity that now closes after it
  becomes an open deal (probability 0.7) at its shifted date.
- Products: GTX Basic, MG Special -> Customs Clearance; GTX Plus Basic -> Air Freight;
  GTX Pro -> Sea Freight LCL; GTX Plus Pro -> Sea Freight FCL; MG Advanced -> Warehousing
  Contract; GTK 500 -> Project Cargo.
- Amount = the deal's gross profit in NZD = close value (USD) x 1.7, to the cent.
- Open Maven deals (Engaging 0.5 / Prospecting 0.2) carry the product's list price x 1.7 and
  an expected close in Feb-Mar 2027: 2027-02-01 + (code mod 55) days.
- Type: "new" (a new shipper: nobody at Tasman Gateway had won the account before in the kept
  data, or no account), else "renewal" (a rate agreement renewed) when code mod 4 == 0, else
  "expansion" (a new lane or service for an existing shipper).
- Cancelled ("short-shipped"): a won deal closing on or before 2026-12-31 whose code mod 23
  is 7 is cancelled 20 + (code x 3) mod 140 days after close, at the latest the as-of date.
- Mid-year starters: Mere Tuhiwai (2026-09-14) and Ben Kowalski (2026-11-02); their agent's
  opportunities closing before the start date are dropped.
- Name = "<account or Unassigned> <product>".
"""
import csv
import datetime as dt
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2027, 1, 20)
FX = 1.7

AGENTS = {
    "Darcel Schlecht": "Aroha Ngata",
    "Anna Snelling": "Jonathan Harris",
    "Kary Hendrixson": "Priya Sharma",
    "Vicki Laflamme": "Liam O'Connor",
    "Moses Frase": "Mere Tuhiwai",
    "Versie Hillebrand": "Tamati Rangi",
    "Kami Bicknell": "Sophie Clarke",
    "Jonathan Berthelot": "Daniel Wu",
    "Zane Levy": "Charlotte Bennett",
    "Reed Clapper": "Hamish Robertson",
    "Cassey Cress": "Ella Campbell",
    "Corliss Cosme": "Sione Taufa",
    "Maureen Marcano": "Ben Kowalski",
}
ROSTER = [
    # id, name (with a nickname the team uses), manager, territory, role, start_date
    ("Aroha Ngata", "Aroha Ngata", "Hemi Walker", "Auckland", "Senior Account Manager", ""),
    ("Jonathan Harris", 'Jonathan "Jono" Harris', "Hemi Walker", "Auckland", "Account Manager", ""),
    ("Priya Sharma", "Priya Sharma", "Hemi Walker", "Auckland", "Account Manager", ""),
    ("Liam O'Connor", "Liam O'Connor", "Hemi Walker", "Auckland", "Account Manager", ""),
    ("Mere Tuhiwai", "Mere Tuhiwai", "Hemi Walker", "Auckland", "Account Manager", "2026-09-14"),
    ("Tamati Rangi", "Tamati Rangi", "Sarah Fitzgerald", "Wellington", "Account Manager", ""),
    ("Sophie Clarke", "Sophie Clarke", "Sarah Fitzgerald", "Wellington", "Account Manager", ""),
    ("Daniel Wu", "Daniel Wu", "Sarah Fitzgerald", "Wellington", "Account Manager", ""),
    ("Charlotte Bennett", 'Charlotte "Charlie" Bennett', "Sarah Fitzgerald", "Wellington",
     "Account Manager", ""),
    ("Hamish Robertson", "Hamish Robertson", "Grant McKenzie", "Christchurch", "Account Manager", ""),
    ("Ella Campbell", "Ella Campbell", "Grant McKenzie", "Christchurch", "Account Manager", ""),
    ("Sione Taufa", "Sione Taufa", "Grant McKenzie", "Christchurch", "Account Manager", ""),
    ("Ben Kowalski", "Ben Kowalski", "Grant McKenzie", "Christchurch", "Account Manager", "2026-11-02"),
]
START = {r[0]: r[5] for r in ROSTER}
# Senior Account Managers carry their own Freight GP quotas (plan.md 5.2).
SENIOR_QUOTA = {"Aroha Ngata": "quota:freight_gp"}
PRODUCT = {
    "GTX Basic": "Customs Clearance", "MG Special": "Customs Clearance",
    "GTX Plus Basic": "Air Freight", "GTX Pro": "Sea Freight LCL", "GTXPro": "Sea Freight LCL",
    "GTX Plus Pro": "Sea Freight FCL", "MG Advanced": "Warehousing Contract",
    "GTK 500": "Project Cargo",
}
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def code(s):
    return sum(map(ord, s))


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) + dt.timedelta(days=31)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    c = code(oid)
    if r["sales_agent"] not in AGENTS or c % 5 > 1:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = dt.date(2027, 2, 1) + dt.timedelta(days=c % 55)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.7"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    rows.append(dict(id=oid, seller=seller, account=r["account"], product=product,
                     amount=f"{round(value * FX, 2):.2f}", close_date=close.isoformat(),
                     stage=stage, split="1", probability=prob, cancel_date="", currency="NZD",
                     name=f"{r['account'] or 'Unassigned'} {product}", c=c))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in won_accounts:
        x["type"] = "new"
    else:
        x["type"] = "renewal" if x["c"] % 4 == 0 else "expansion"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
    if x["stage"] == "won" and x["close_date"] <= "2026-12-31" and x["c"] % 23 == 7:
        back = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=20 + (x["c"] * 3) % 140)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(back, AS_OF).isoformat()

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for x in rows:
        w.writerow({k: x.get(k, "") for k in COLS})

SCOLS = ["id", "name", "manager", "territory", "role", "start_date", "end_date",
         "quota:freight_gp"]
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, SCOLS, lineterminator="\n")
    w.writeheader()
    for sid, name, mgr, terr, role, start in ROSTER:
        w.writerow({"id": sid, "name": name, "manager": mgr, "territory": terr, "role": role,
                    "start_date": start, "end_date": "",
                    "quota:freight_gp": "120000.00" if sid in SENIOR_QUOTA else ""})
print(len(rows), "deal lines,", len(ROSTER), "sellers,",
      sum(1 for x in rows if x["stage"] == "cancelled"), "cancelled,",
      sum(1 for x in rows if x["stage"] == "open"), "open")
