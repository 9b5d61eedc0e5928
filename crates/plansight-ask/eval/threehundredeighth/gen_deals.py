#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredeighth workspace: MavenTech, the hardware
and software vendor of the public Maven CRM export, under its FY2026 Field Sales Incentive Plan
(plan year 1 October 2025 - 30 September 2026, USD, MONTHLY payouts), from the real export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents of three Maven managers are kept under their own names and managers (AGENTS
  below); Maven's Corliss Cosme is re-cast as Anna Cosme on Celia Rouche's West team, so the
  roster has two Annas (Anna Snelling, Central; Anna Cosme, West). Maven's Natalya Ivanova, who
  has no opportunity in the export, is the mid-year joiner (below).
- Three opportunities in four are kept (md5(id) mod 4 != 0); every GTK 500 is kept.
- Dates: every Maven date moves forward by 3,136 days (448 weeks, so weekdays are kept):
  1 March 2017 becomes 1 October 2025, 31 December 2017 becomes 31 July 2026. AS OF =
  2026-06-17. A Won opportunity that now closes after it becomes an open deal (probability 0.7,
  expected close = its moved close date); a Lost one dated after it becomes an open deal
  (probability 0.3). Engaging opportunities are open (probability 0.5) expected to close
  1 June 2026 + (hash mod 100) days (some overdue at the as-of date); Prospecting ones
  (probability 0.2) 15 July 2026 + (hash mod 75) days.
- Amounts in USD as exported: a won deal's close value; lost and open deals carry the product's
  list price (products.csv). "GTXPro" is written "GTX Pro".
- Accounts as exported; an opportunity with no account gets one of the 85 accounts by hash.
- Type: an MG Special or MG Advanced deal with hash mod 4 = 0 is a "renewal" (a license true-up);
  otherwise hash mod 5 = 0 is "new" (a new logo), the rest "expansion".
- Leaver and joiner: Daniell Hammack (East) left on 2026-02-13. Natalya Ivanova joined East on
  2026-03-02 and took over his accounts: his opportunities closing (or expected) on or after
  2026-03-02 are hers; those closing between his last day and her first are dropped.
- Splits (plan.md 3.4): a won or cancelled GTK 500 of a West rep other than Rosalina Dieter (the
  West's big-iron lead) is two lines with the same id, 75% to the rep and 25% to Rosalina
  Dieter. Boris Faz's won or cancelled deals closing on or after Natalya Ivanova's start with
  hash mod 5 = 0 are "shadow" deals, 50% / 50% with her.
- Rollbacks: a won deal closed on or before 2026-06-05 with hash mod 22 = 0 is cancelled,
  cancel_date = close + 8 + (hash mod 130) days, at the latest the as-of date (plan.md 11: only
  cancellations within 75 days of close are clawed back).
- Roster: Cassey Cress (Senior Account Executive) carries her own quarterly Systems quota of
  $75,000; Hayden Neloms (Software Specialist) his own annual License quota of $130,000.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 6, 17)
SHIFT = dt.date(2025, 10, 1) - dt.date(2017, 3, 1)
LEFT = dt.date(2026, 2, 13)
JOINED = dt.date(2026, 3, 2)
CANCEL_BY = dt.date(2026, 6, 5)

AGENTS = {
    "Anna Snelling": "Anna Snelling",
    "Cecily Lampkin": "Cecily Lampkin",
    "Versie Hillebrand": "Versie Hillebrand",
    "Lajuana Vencill": "Lajuana Vencill",
    "Moses Frase": "Moses Frase",
    "Boris Faz": "Boris Faz",
    "Cassey Cress": "Cassey Cress",
    "Daniell Hammack": "Daniell Hammack",
    "Donn Cantrell": "Donn Cantrell",
    "Reed Clapper": "Reed Clapper",
    "Elease Gluck": "Elease Gluck",
    "Hayden Neloms": "Hayden Neloms",
    "Markita Hansen": "Markita Hansen",
    "Rosalina Dieter": "Rosalina Dieter",
    "Vicki Laflamme": "Vicki Laflamme",
    "Corliss Cosme": "Anna Cosme",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:systems, quota:license
    ("Anna Snelling", "Dustin Brinkmann", "Central", "Account Executive", "", "", "", ""),
    ("Cecily Lampkin", "Dustin Brinkmann", "Central", "Account Executive", "", "", "", ""),
    ("Versie Hillebrand", "Dustin Brinkmann", "Central", "Account Executive", "", "", "", ""),
    ("Lajuana Vencill", "Dustin Brinkmann", "Central", "Account Executive", "", "", "", ""),
    ("Moses Frase", "Dustin Brinkmann", "Central", "Account Executive", "", "", "", ""),
    ("Boris Faz", "Rocco Neubert", "East", "Account Executive", "", "", "", ""),
    ("Cassey Cress", "Rocco Neubert", "East", "Senior Account Executive", "", "", "75000.00", ""),
    ("Daniell Hammack", "Rocco Neubert", "East", "Account Executive", "", "2026-02-13", "", ""),
    ("Donn Cantrell", "Rocco Neubert", "East", "Account Executive", "", "", "", ""),
    ("Reed Clapper", "Rocco Neubert", "East", "Account Executive", "", "", "", ""),
    ("Natalya Ivanova", "Rocco Neubert", "East", "Account Executive", "2026-03-02", "", "", ""),
    ("Elease Gluck", "Celia Rouche", "West", "Account Executive", "", "", "", ""),
    ("Hayden Neloms", "Celia Rouche", "West", "Software Specialist", "", "", "", "130000.00"),
    ("Markita Hansen", "Celia Rouche", "West", "Account Executive", "", "", "", ""),
    ("Rosalina Dieter", "Celia Rouche", "West", "Big Iron Lead", "", "", "", ""),
    ("Vicki Laflamme", "Celia Rouche", "West", "Account Executive", "", "", "", ""),
    ("Anna Cosme", "Celia Rouche", "West", "Account Executive", "", "", "", ""),
]
WEST = {r[0] for r in ROSTER if r[2] == "West"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
accounts = sorted(r["account"] for r in read("accounts.csv"))

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    if h(oid) % 4 == 0 and product != "GTK 500":
        continue
    x = h(oid) // 4
    seller = AGENTS[agent]
    account = r["account"] or accounts[x % len(accounts)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 6, 1) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2026, 7, 15) + dt.timedelta(days=x % 75)
            prob = "0.2"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    if seller == "Daniell Hammack" and close > LEFT:
        if close < JOINED:
            continue
        seller = "Natalya Ivanova"
    if product.startswith("MG") and (x // 3) % 4 == 0:
        typ = "renewal"
    elif (x // 5) % 5 == 0:
        typ = "new"
    else:
        typ = "expansion"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 22 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=8 + (x // 11) % 130), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="USD")
    partner = None
    if (product == "GTK 500" and seller in WEST and seller != "Rosalina Dieter"
            and stage in ("won", "cancelled")):
        partner, share = "Rosalina Dieter", ("0.75", "0.25")
    elif (seller == "Boris Faz" and stage in ("won", "cancelled") and close >= JOINED
          and (x // 13) % 5 == 0):
        partner, share = "Natalya Ivanova", ("0.5", "0.5")
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
                "quota:systems", "quota:license"])
    for sid, mgr, terr, role, start, end, qs, ql in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, qs, ql])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
