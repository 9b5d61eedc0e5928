#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredthirtyfirst workspace (MavenTech's field
sales floor, the Maven CRM export KEPT AS IT IS: the 35 agents, 6 managers and 3 regional
offices, the products and the accounts as the CRM spells them; plan year 1 July 2017 - 30 June
2018, USD, MONTHLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every invented choice is an md5 hash of the opportunity
id; no clock, no random stream). Run: python3 gen_deals.py

- id = opportunity_id; seller = sales_agent; account as exported (blank where the export has
  none); product as the price list spells it ("GTXPro" -> "GTX Pro"); name = account + product.
- Dates are the export's. Won and lost opportunities closing before 1 July 2017 belong to the
  previous plan year and are left out (they still decide deal types, below). AS OF = 2017-12-15.
  A Won opportunity closing after it is an open deal (probability 0.7) expected on its close
  date; a Lost one closing after it is open (probability 0.3). Engaging opportunities are open
  (probability 0.5) expected 1 December 2017 + (hash mod 90) days (some overdue at the as-of
  date); Prospecting ones (probability 0.15) 8 January 2018 + (hash mod 140) days.
- Amounts in USD: won = close_value; lost and open = the product's list price (sales_price).
- Type: "new" (a fresh sheet: the agent's first won deal at that account, looking back over the
  whole export, the March-June 2017 history included; for a lost or open deal, no win of the
  agent at that account before its close date); "expansion" otherwise. An opportunity with no
  account is "new" when hash mod 3 = 0.
- Roster: the 30 agents with opportunities are on the plan all year, except Rosie Papadopoulos,
  who left on 2017-11-24 (her deals closing after it, and her open deals, are left out). The
  five agents with no opportunity in the export joined during the year (START below); each
  shadows a mentor on the same team: the mentor's won or cancelled deals closing on or after
  the starter's first day with hash mod 4 = 0 are two lines with the same id, 60% to the mentor
  and 40% to the starter ("shadow deals", plan.md 3.5).
- Cancellations ("boomerangs"): a won deal closed on or before 2017-11-30 with hash mod 25 = 0
  is cancelled, cancel_date = close + 12 + (hash mod 110) days, at the latest the as-of date
  (plan.md 11: only cancellations within 90 days of close are clawed back).
- Personal quotas (roster): Darcel Schlecht (Senior Agent) Core quota 240,000 a quarter and
  Flagship quota 300,000; Vicki Laflamme (Senior Agent) Core quota 150,000 a quarter.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2017, 12, 15)
PLAN_START = dt.date(2017, 7, 1)
CANCEL_BY = dt.date(2017, 11, 30)
LEFT = {"Rosie Papadopoulos": dt.date(2017, 11, 24)}
START = {  # new starter: (first day, mentor)
    "Mei-Mei Johns": (dt.date(2017, 9, 4), "Darcel Schlecht"),
    "Elizabeth Anderson": (dt.date(2017, 10, 2), "Corliss Cosme"),
    "Natalya Ivanova": (dt.date(2017, 10, 16), "Donn Cantrell"),
    "Carol Thompson": (dt.date(2017, 11, 1), "Vicki Laflamme"),
    "Carl Lin": (dt.date(2017, 11, 13), "James Ascencio"),
}
MENTOR = {m: (s, d) for s, (d, m) in START.items()}
ROLE = {"Darcel Schlecht": "Senior Agent", "Vicki Laflamme": "Senior Agent"}
QUOTA_CORE = {"Darcel Schlecht": "240000.00", "Vicki Laflamme": "150000.00"}
QUOTA_FLAG = {"Darcel Schlecht": "300000.00"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


def norm(p):
    return "GTX Pro" if p == "GTXPro" else p


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
teams = read("sales_teams.csv")
pipe = read("sales_pipeline.csv")

# every win of an agent at an account, over the whole export
wins = {}
for r in pipe:
    if r["deal_stage"] == "Won" and r["account"]:
        wins.setdefault((r["sales_agent"], r["account"]), []).append((r["close_date"], r["opportunity_id"]))
first_win = {k: min(v) for k, v in wins.items()}

rows = []
for r in pipe:
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    x = h(oid)
    product = norm(r["product"])
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 12, 1) + dt.timedelta(days=x % 90)
            prob = "0.5"
        else:
            close = dt.date(2018, 1, 8) + dt.timedelta(days=x % 140)
            prob = "0.15"
        amount = price[product]
    else:
        close = dt.date.fromisoformat(r["close_date"])
        if close < PLAN_START:
            continue
        amount = int(r["close_value"]) if stage == "won" else price[product]
        if close > AS_OF:
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    if agent in LEFT and (stage == "open" or close > LEFT[agent]):
        continue
    acct = r["account"]
    if not acct:
        typ = "new" if (x // 3) % 3 == 0 else "expansion"
    else:
        fw = first_win.get((agent, acct))
        if stage == "won":
            typ = "new" if fw and fw[1] == oid else "expansion"
        else:
            typ = "expansion" if fw and fw[0] < close.isoformat() else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=12 + (x // 11) % 110), AS_OF).isoformat()
    name = f"{acct} {product}" if acct else product
    line = dict(id=oid, seller=agent, account=acct, name=name, type=typ, product=product,
                amount=f"{amount}.00", close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel)
    shadow = MENTOR.get(agent)
    if shadow and stage in ("won", "cancelled") and close >= shadow[1] and (x // 13) % 4 == 0:
        line["split"] = "0.6"
        rows.append(line)
        rows.append(dict(line, seller=shadow[0], split="0.4"))
    else:
        rows.append(line)

rows.sort(key=lambda r: (r["seller"], r["close_date"], r["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:core", "quota:flagship"])
    for t in teams:
        s = t["sales_agent"]
        start = START[s][0].isoformat() if s in START else ""
        end = LEFT[s].isoformat() if s in LEFT else ""
        w.writerow([s, s, t["manager"], t["regional_office"], ROLE.get(s, "Sales Agent"), start,
                    end, QUOTA_CORE.get(s, ""), QUOTA_FLAG.get(s, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for r in rows if r["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
