#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredth workspace (MavenTech field sales,
plan year 1 February 2026 - 31 January 2027, USD, quarterly payouts) from the real Maven
CRM export (/work/shared/data/maven-crm/), as it is. Standard library only; deterministic
(every choice is a CRC-32 of the opportunity id: no random numbers, no clock).

- Every opportunity is kept: id = opportunity_id, seller = the agent's full name as the CRM
  spells it, account as exported, product as the price list spells it ("GTXPro" ->
  "GTX Pro"), amount = close_value in USD.
- Dates: Maven dates (2016-2017) move 9 years forward, so won deals close 1 March -
  31 December 2026 (nothing in February 2026).
- AS OF = 2026-11-30. A Won opportunity that now closes after it becomes an open deal
  (probability 0.7) at its close date; a Lost one dated after it becomes an open deal
  (probability 0.3) at its product's list price. Engaging / Prospecting opportunities are
  open deals at list price (probability 0.5 / 0.2), expected to close between 1 December
  2026 and 31 January 2027 (day by CRC-32).
- Type: "new" (a fresh logo) when the agent had won nothing at the account before the
  opportunity's close date (or no account is recorded), else "expansion" (an upsell).
- Roster (sellers.csv) = sales_teams.csv. Mid-year hires (START below): their
  opportunities closing before their start date are dropped. The five agents with no
  opportunity in the export join on 2026-10-01. Rosie Papadopoulos leaves on 2026-09-30:
  her opportunities closing (or expected) after that are dropped. Senior Agents carry their
  own Bookings quota (QUOTA below).
- 23 won deals closing by 2026-10-31 (CRC-32 of the id % 131 == 7) are cancelled 15-164
  days after close (CRC-32 of id + "/cancel"; cancel date capped at the as-of date).
"""
import csv, datetime as dt, os, zlib

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 30)
START = {
    "Wilburn Farren": "2026-05-04",
    "Violet Mclelland": "2026-06-01",
    "Kami Bicknell": "2026-06-15",
    "Niesha Huffines": "2026-07-01",
    "Lajuana Vencill": "2026-08-03",
    "Mei-Mei Johns": "2026-10-01",
    "Elizabeth Anderson": "2026-10-01",
    "Natalya Ivanova": "2026-10-01",
    "Carol Thompson": "2026-10-01",
    "Carl Lin": "2026-10-01",
}
END = {"Rosie Papadopoulos": "2026-09-30"}
QUOTA = {"Darcel Schlecht": "600000.00", "Vicki Laflamme": "400000.00"}
ROLE = {"Darcel Schlecht": "Senior Agent", "Vicki Laflamme": "Senior Agent"}

def crc(s):
    return zlib.crc32(s.encode("utf-8"))

def shift(s):
    d = dt.date.fromisoformat(s)
    return d.replace(year=d.year + 9)

PRICE = {r["product"]: r["sales_price"] for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PROD = lambda p: "GTX Pro" if p == "GTXPro" else p

rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid, agent, product = r["opportunity_id"], r["sales_agent"], PROD(r["product"])
    h = crc(oid)
    st = r["deal_stage"]
    prob = ""
    if st in ("Engaging", "Prospecting"):
        stage = "open"
        close = dt.date(2026, 12, 1) + dt.timedelta(days=h % 62)
        amount = PRICE[product]
        prob = "0.5" if st == "Engaging" else "0.2"
    else:
        close = shift(r["close_date"])
        amount = r["close_value"] or "0"
        stage = "won" if st == "Won" else "lost"
        if close > AS_OF:
            if stage == "won":
                prob = "0.7"
            else:
                prob, amount = "0.3", PRICE[product]
            stage = "open"
    if agent in START and close < dt.date.fromisoformat(START[agent]):
        continue
    if agent in END and close > dt.date.fromisoformat(END[agent]):
        continue
    rows.append(dict(id=oid, seller=agent, account=r["account"], product=product,
                     amount=f"{float(amount):.2f}", close_date=close.isoformat(),
                     stage=stage, split="1", probability=prob, currency="USD"))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    key = (x["seller"], acct)
    x["type"] = "new" if (not acct or key not in won_accounts) else "expansion"
    if x["stage"] == "won" and acct:
        won_accounts.add(key)
    x["name"] = f"{acct or 'Unassigned'} {x['product']}"

# CANCEL: won deals closing by 31 October 2026 whose CRC-32 % 131 == 7
for x in rows:
    if x["stage"] == "won" and x["close_date"] <= "2026-10-31" and crc(x["id"]) % 131 == 7:
        h = crc(x["id"] + "/cancel")
        c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=15 + h % 150)
        x["stage"] = "cancelled"
        x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date",
        "stage", "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for x in rows:
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:bookings"])
    for r in csv.DictReader(open(f"{SRC}/sales_teams.csv")):
        a = r["sales_agent"]
        w.writerow([a, a, r["manager"], r["regional_office"], ROLE.get(a, "Sales Agent"),
                    START.get(a, ""), END.get(a, ""), QUOTA.get(a, "")])
print(len(rows), "lines,", sum(x["stage"] == "cancelled" for x in rows), "cancelled")
