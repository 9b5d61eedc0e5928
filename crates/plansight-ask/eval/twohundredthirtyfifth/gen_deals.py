#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredthirtyfifth workspace (MavenTech UK &
Ireland, the Maven CRM export kept as it is: the agents, products and accounts as the CRM spells
them; plan year 1 May 2017 - 30 April 2018, GBP, MONTHLY payouts) from the real Maven CRM export
in /work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5
hash of the opportunity id or a rule on the export itself; no clock, no random stream).
Run: python3 gen_deals.py

- id = opportunity_id; seller = sales_agent as the CRM spells it; account as exported (blank
  where the export has none); product as the price list spells it (the pipeline's "GTXPro" is
  the price list's "GTX Pro"); amount = close_value (won), the product's list price (lost and
  open: the quoted price). Dates are the export's own.
- The plan year starts on 1 May 2017: won and lost opportunities closing before it (March and
  April 2017) belong to last year's plan and are left out (they still decide the deal type).
- Stage: Won = won, Lost = lost, Engaging / Prospecting = open. Open opportunities have no close
  date in the export: Engaging ones are expected 2 January 2018 + (hash mod 110) days,
  probability 0.6; Prospecting ones 1 February 2018 + (hash mod 88) days, probability 0.25.
- Type: "new" (a maiden) when the seller had won nothing at that account before the deal's close
  date (over the whole export, March 2017 on), or the deal has no account; "repeat" otherwise
  (open deals: any earlier win there makes them a repeat).
- Key accounts (plan.md 3.5): Kan-code (lead Reed Clapper), Hottechi (lead Jonathan Berthelot)
  and Konex (lead Vicki Laflamme). A won or cancelled deal at a key account by any other seller
  is two lines with the same id: 75% to the seller, 25% to the account's lead.
- Fallers (cancellations): a won deal closed on or before 2017-12-15 with hash mod 37 = 0 is
  cancelled, cancel_date = close + 6 + (hash mod 130) days, at the latest the as-of date
  2017-12-31 (plan.md section 10: only cancellations within 90 days of close are clawed back).
- Roster = sales_teams.csv (35 agents, 6 managers, territory = regional office). The five agents
  with no opportunity in the export (Mei-Mei Johns, Elizabeth Anderson, Natalya Ivanova, Carol
  Thompson, Carl Lin) joined on 2017-11-06. Darcel Schlecht (Senior Account Manager) carries his
  own monthly Turnover quota (100,000) and quarterly Flagship quota (60,000); Vicki Laflamme
  (Key Account Lead, Konex) a monthly Turnover quota of 40,000.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2017, 5, 1)
AS_OF = dt.date(2017, 12, 31)
CANCEL_BY = dt.date(2017, 12, 15)
KEY = {"Kan-code": "Reed Clapper", "Hottechi": "Jonathan Berthelot", "Konex": "Vicki Laflamme"}
STARTERS = {"Mei-Mei Johns", "Elizabeth Anderson", "Natalya Ivanova", "Carol Thompson", "Carl Lin"}
STARTER_DATE = "2017-11-06"
ROLE = {"Darcel Schlecht": "Senior Account Manager", "Reed Clapper": "Key Account Lead",
        "Jonathan Berthelot": "Key Account Lead", "Vicki Laflamme": "Key Account Lead"}
QUOTA_TURNOVER = {"Darcel Schlecht": "100000.00", "Vicki Laflamme": "40000.00"}
QUOTA_FLAGSHIP = {"Darcel Schlecht": "60000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def product_name(p):
    return "GTX Pro" if p == "GTXPro" else p


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
pipeline = read("sales_pipeline.csv")

# first win date of each (seller, account) over the whole export
wins = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        k = (r["sales_agent"], r["account"])
        d = dt.date.fromisoformat(r["close_date"])
        wins.setdefault(k, []).append(d)

rows = []
for r in pipeline:
    oid = r["opportunity_id"]
    seller = r["sales_agent"]
    x = h(oid)
    product = product_name(r["product"])
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2018, 1, 2) + dt.timedelta(days=x % 110)
            prob = "0.6"
        else:
            close = dt.date(2018, 2, 1) + dt.timedelta(days=x % 88)
            prob = "0.25"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        if close < START:
            continue
        amount = int(r["close_value"]) if stage == "won" else price[product]
    earlier = [d for d in wins.get((seller, account), []) if d < close] if account else []
    if stage == "open" and account:
        earlier = wins.get((seller, account), [])
    typ = "repeat" if earlier else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 37 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 130), AS_OF).isoformat()
    name = f"{account} {product}" if account else f"{product} (no account)"
    line = dict(id=oid, seller=seller, account=account, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, currency="GBP")
    lead = KEY.get(account)
    if lead and lead != seller and stage in ("won", "cancelled"):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=lead, split="0.25"))
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
                "quota:turnover", "quota:flagship"])
    for t in read("sales_teams.csv"):
        sid = t["sales_agent"]
        w.writerow([sid, sid, t["manager"], t["regional_office"], ROLE.get(sid, "Account Manager"),
                    STARTER_DATE if sid in STARTERS else "", "",
                    QUOTA_TURNOVER.get(sid, ""), QUOTA_FLAGSHIP.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
