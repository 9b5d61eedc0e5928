#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredeightieth workspace (MavenTech, the Maven CRM
export kept as it is: agents, products and accounts as exported; plan year = calendar 2017,
1 January - 31 December 2017, USD, QUARTERLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- Every opportunity of the export is kept. id = opportunity_id; seller = sales_agent as the CRM
  spells it; account as exported (open opportunities with no account keep none); product as the
  price list (products.csv) spells it ("GTXPro" -> "GTX Pro"); amount = close_value in USD for a
  won deal, the product's list price (sales_price) for a lost or open one.
- AS OF = 2017-11-17. Stages: Won = won, Lost = lost, Engaging / Prospecting = open. A Won
  opportunity closing after the as-of date becomes open (probability 0.7, its close date kept as
  the forecast close); a Lost one after it becomes open (probability 0.3). Engaging opportunities
  (probability 0.5) are forecast to close on 2017-11-06 + (hash mod 50) days, Prospecting ones
  (probability 0.15) on 2017-11-20 + (hash mod 40) days: all inside the plan year, some overdue.
- Type (plan.md 3.5): "new" = the agent's first win at the account (no earlier won deal of the
  same agent there; an opportunity with no account is "new"); "repeat" = otherwise. For lost and
  open deals, wins closing before their own close date count.
- Splits (plan.md 3.4): every won or cancelled GTK 500 of a West agent other than Elease Gluck
  (the Systems Specialist) is two lines with the same id, 60% to the agent and 40% to Elease
  Gluck. Shadow deals: the five agents with no opportunity in the export joined in the autumn;
  each shadows one colleague of the same manager, and that colleague's won (or later cancelled)
  deals closing on or after the joiner's start date with (hash // 5) mod 3 = 0 are two lines,
  50% / 50%.
- Takebacks (cancellations): a won deal closed on or before 2017-11-03 with (hash // 7) mod 29 =
  0 is cancelled, cancel_date = close + 12 + ((hash // 11) mod 130) days, when that date is on or
  before the as-of date (else it stays won). plan.md section 9: only cancellations within 90
  days of close are clawed back.
- Roster: the 35 agents of sales_teams.csv under their 6 managers (territory = regional office,
  two managers to an office). Darcel Schlecht and Vicki Laflamme (Senior Agents) carry their own
  annual Net Sales quota. The five agents with no opportunity start on the dates in JOINERS.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 11, 17)
CANCEL_BY = dt.date(2017, 11, 3)
SENIOR = {"Darcel Schlecht": "650000.00", "Vicki Laflamme": "450000.00"}
# joiner: (start date, colleague shadowed)
JOINERS = {
    "Mei-Mei Johns": ("2017-08-21", "Gladys Colclough"),
    "Elizabeth Anderson": ("2017-09-05", "Corliss Cosme"),
    "Natalya Ivanova": ("2017-09-18", "Cassey Cress"),
    "Carol Thompson": ("2017-10-02", "Markita Hansen"),
    "Carl Lin": ("2017-10-16", "Zane Levy"),
}
SHADOWED = {v[1]: (k, dt.date.fromisoformat(v[0])) for k, v in JOINERS.items()}
SPECIALIST = "Elease Gluck"


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
office = {r["sales_agent"]: r["regional_office"] for r in teams}
pipe = read("sales_pipeline.csv")

# the agent's wins by account, for the deal type
wins = {}
for r in pipe:
    if r["deal_stage"] == "Won" and r["account"]:
        wins.setdefault((r["sales_agent"], r["account"]), []).append((r["close_date"], r["opportunity_id"]))

rows = []
for r in pipe:
    oid = r["opportunity_id"]
    x = h(oid)
    seller = r["sales_agent"]
    product = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
    account = r["account"]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 11, 6) + dt.timedelta(days=x % 50)
            prob = "0.5"
        else:
            close = dt.date(2017, 11, 20) + dt.timedelta(days=x % 40)
            prob = "0.15"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    key = (close.isoformat(), oid)
    earlier = [w for w in wins.get((seller, account), []) if w < key] if account else []
    typ = "repeat" if earlier else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 29 == 0:
        cdate = close + dt.timedelta(days=12 + (x // 11) % 130)
        if cdate <= AS_OF:
            stage, cancel = "cancelled", cdate.isoformat()
    line = dict(id=oid, seller=seller, account=account,
                name=f"{account} {product}" if account else product,
                type=typ, product=product, amount=f"{amount}.00", close_date=close.isoformat(),
                stage=stage, split="1", probability=prob, cancel_date=cancel, currency="USD")
    partner = None
    if (product == "GTK 500" and office[seller] == "West" and seller != SPECIALIST
            and stage in ("won", "cancelled")):
        partner, share = SPECIALIST, ("0.6", "0.4")
    elif (seller in SHADOWED and stage in ("won", "cancelled") and close >= SHADOWED[seller][1]
          and (x // 5) % 3 == 0):
        partner, share = SHADOWED[seller][0], ("0.5", "0.5")
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
                "quota:net_sales"])
    for t in teams:
        sid = t["sales_agent"]
        role = "Senior Agent" if sid in SENIOR else (
            "Systems Specialist" if sid == SPECIALIST else "Sales Agent")
        start = JOINERS[sid][0] if sid in JOINERS else ""
        w.writerow([sid, sid, t["manager"], t["regional_office"], role, start, "",
                    SENIOR.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
