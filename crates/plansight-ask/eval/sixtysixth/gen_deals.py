#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the sixtysixth workspace (Tallyrock Payments, US B2B
payments, plan year 1 January - 31 December 2026, USD) from the real Maven CRM export
(/work/shared/data/maven-crm/). Standard library only; deterministic (no randomness, no clock).

- 15 Maven agents are re-cast as Tallyrock account executives (AGENTS below). An opportunity
  is kept when the sum of its id's character codes is divisible by 3 (about one in three).
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward and 59 days back, so they fall
  1 Jan - 2 Nov 2026. AS OF = 2026-09-15: a Won opportunity that now closes after it becomes
  an open deal (probability 0.75), forecast to close on its shifted date.
- Amount = the Maven close value in USD, read as the deal's annual net processing revenue.
- Products: GTX Basic -> Tap Reader, GTX Plus Basic -> Countertop Terminal, GTX Pro -> Virtual
  Terminal, GTX Plus Pro -> Invoicing Suite, MG Special -> Payout API, MG Advanced -> Embedded
  Checkout, GTK 500 -> Treasury Hub.
- Type: "new" when nobody at Tallyrock had won the account before (in the kept data, by close
  date then id), else "expansion".
- Open Maven deals (Engaging 0.6 / Prospecting 0.25) carry list value and a forecast close
  between 16 September and 15 December 2026 (from the id's character codes).
- Won deals whose id's character-code sum is divisible by 23 and that closed by 2026-08-15
  are cancelled ("unwound"), 10-149 days after close (code sum mod 140 + 10), capped at AS OF.
- Mid-year joiners (Ryan Schultz 2026-05-04, Emily Tran 2026-07-01) keep only opportunities
  closing on or after their start date.
"""
import csv, datetime as dt, os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 9, 15)

AGENTS = {
    "Kary Hendrixson": "Tyler Brooks",
    "Anna Snelling": "Jessica Nguyen",
    "Cassey Cress": "Michael Russo",
    "Versie Hillebrand": "Ashley Carter",
    "Maureen Marcano": "Kevin O'Brien",
    "Darcel Schlecht": "Brandon Miller",
    "Jonathan Berthelot": "Stephanie Kowalski",
    "Moses Frase": "Jamal Washington",
    "Gladys Colclough": "Lauren Fischer",
    "Zane Levy": "Ryan Schultz",
    "Donn Cantrell": "Megan Sullivan",
    "Violet Mclelland": "Carlos Ortega",
    "Kami Bicknell": "Brittany Hayes",
    "Reed Clapper": "Anthony Moretti",
    "Hayden Neloms": "Emily Tran",
}
ROSTER = [
    # id, roster name, manager, territory, start_date
    ("Tyler Brooks", "Tyler Brooks", "Dana Whitaker", "Northeast", ""),
    ("Jessica Nguyen", "Jessica Nguyen", "Dana Whitaker", "Northeast", ""),
    ("Michael Russo", 'Michael "Mikey" Russo', "Dana Whitaker", "Northeast", ""),
    ("Ashley Carter", "Ashley Carter", "Dana Whitaker", "Northeast", ""),
    ("Kevin O'Brien", "Kevin O'Brien", "Dana Whitaker", "Northeast", ""),
    ("Brandon Miller", "Brandon Miller", "Marcus Bell", "Midwest", ""),
    ("Stephanie Kowalski", "Stephanie Kowalski", "Marcus Bell", "Midwest", ""),
    ("Jamal Washington", "Jamal Washington", "Marcus Bell", "Midwest", ""),
    ("Lauren Fischer", "Lauren Fischer", "Marcus Bell", "Midwest", ""),
    ("Ryan Schultz", "Ryan Schultz", "Marcus Bell", "Midwest", "2026-05-04"),
    ("Megan Sullivan", "Megan Sullivan", "Rosa Delgado", "Sun Belt", ""),
    ("Carlos Ortega", "Carlos Ortega", "Rosa Delgado", "Sun Belt", ""),
    ("Brittany Hayes", "Brittany Hayes", "Rosa Delgado", "Sun Belt", ""),
    ("Anthony Moretti", 'Anthony "Tony" Moretti', "Rosa Delgado", "Sun Belt", ""),
    ("Emily Tran", "Emily Tran", "Rosa Delgado", "Sun Belt", "2026-07-01"),
]
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Tap Reader", "GTX Plus Basic": "Countertop Terminal",
    "GTXPro": "Virtual Terminal", "GTX Pro": "Virtual Terminal",
    "GTX Plus Pro": "Invoicing Suite", "MG Special": "Payout API",
    "MG Advanced": "Embedded Checkout", "GTK 500": "Treasury Hub",
}
PRICE = {r["product"]: r["sales_price"] for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]


def code(s):
    return sum(map(ord, s))


def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9) - dt.timedelta(days=59)


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or code(oid) % 3 != 0:
        continue
    seller = AGENTS[r["sales_agent"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        close = AS_OF + dt.timedelta(days=1 + code(oid) % 91)
        value = PRICE[r["product"]]
        prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
    else:
        close = shift(r["close_date"])
        value = r["close_value"] or "0"
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.75"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if stage == "won" and float(value) <= 0:
        continue
    rows.append(dict(id=oid, seller=seller, amount=f"{int(value)}.00",
                     close_date=close.isoformat(), stage=stage, product=PRODUCT[r["product"]],
                     account=r["account"], probability=prob))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    x["type"] = "new" if (not acct or acct not in won_accounts) else "expansion"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)

for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-08-15" and code(x["id"]) % 23 == 0:
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=10 + code(x["id"]) % 140)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "type", "product", "amount", "close_date", "stage",
        "probability", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["currency"] = "USD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date"])
    for sid, name, mgr, terr, start in ROSTER:
        w.writerow([sid, name, mgr, terr, "Account Executive", start])
print(len(rows), "lines")
