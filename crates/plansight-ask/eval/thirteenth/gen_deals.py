"""Builds the thirteenth workspace's deals.csv and sellers.csv from the real Maven CRM export
(sales_pipeline.csv, sales_teams.csv, products.csv), read from /work/shared/data/maven-crm/
or, failing that, the repository's tests/fixtures/maven-crm/. Deterministic: no randomness,
no clock. Run: python3 gen_deals.py

Sellers are identified by CRM user names: first initial + surname, lowercase, letters only
(Anna Snelling -> asnelling, Mei-Mei Johns -> mjohns); the full name is in sellers.csv `name`.

Mapping (what Revenue Operations' import of this export does, plan.md section 13):
  opportunity_id -> id; sales_agent -> seller (user name); account -> account (blank when the
  export has none); product -> product as the price list spells it ("GTXPro" -> "GTX Pro");
  close_value -> amount; close_date -> close_date; deal_stage Won -> won, Lost -> lost,
  Engaging / Prospecting -> open. Split 1, currency USD, no contract term.
Open opportunities carry no close value and no close date in the export:
  amount      = the product's list price (products.csv);
  close_date  = Engaging: 2017-12-(11 + (sum of the id's character codes) mod 21);
                Prospecting: 2017-12-29;
  probability = 0.5 Engaging, 0.15 Prospecting.
Deal type (the export has none), per agent and account:
  "new"    the agent has no win with that account closed before this opportunity was engaged
           (and every opportunity with no account);
  "repeat" otherwise.
Returns (the export has none): a won deal closed before 2017-11-01 whose id's character-code
  sum is divisible by 89 is recorded as returned: stage "cancelled", cancel_date = close_date
  + lag(id) days (see lag below), at the latest 2017-12-31 (plan.md section 11: only returns
  within 90 days of close are clawed back, so some of these are not).
Name = "<account or New lead> - <product>".
Roster (sellers.csv): name, manager, territory (the regional office), role, start/end dates and
per-agent quota overrides:
  - the five agents with no opportunity in the export (Mei-Mei Johns, Elizabeth Anderson,
    Natalya Ivanova, Carol Thompson, Carl Lin) joined on 2017-08-14 (plan.md 14.1);
  - Garret Kinder left on 2017-11-30 (plan.md 14.3): his December wins do not credit;
  - Darcel Schlecht (Senior Agent) carries a Premium quota of 600,000 and Vicki Laflamme
    (Senior Agent) 450,000 (plan.md 5.2); everyone else the plan's 300,000.
"""
import csv
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = ["/work/shared/data/maven-crm",
           os.path.join(HERE, "..", "..", "..", "..", "tests", "fixtures", "maven-crm")]
SRC = next(p for p in SOURCES if os.path.exists(os.path.join(p, "sales_pipeline.csv")))


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


pipeline = read("sales_pipeline.csv")
teams = read("sales_teams.csv")
SPELL = {"GTXPro": "GTX Pro"}
price = {SPELL.get(p["product"], p["product"]): p["sales_price"] for p in read("products.csv")}


def user(name):
    first, last = name.split(" ", 1)
    return (first[0] + "".join(c for c in last if c.isalpha())).lower()


ids = {t["sales_agent"]: user(t["sales_agent"]) for t in teams}
assert len(set(ids.values())) == len(ids)

STAGE = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}
PROB = {"Engaging": "0.5", "Prospecting": "0.15"}


def product(r):
    return SPELL.get(r["product"], r["product"])


def code(s):
    return sum(map(ord, s))


def lag(s):
    """Days from close to return: 10 + (31 x code of the 1st character + 17 x the 4th's + the
    last's) mod 100."""
    return 10 + (31 * ord(s[0]) + 17 * ord(s[3]) + ord(s[-1])) % 100


wins = {}
for r in pipeline:
    if r["deal_stage"] == "Won" and r["account"]:
        wins.setdefault((r["sales_agent"], r["account"]), []).append(r["close_date"])


def deal_type(r):
    if not r["account"]:
        return "new"
    engaged = r["engage_date"] or r["close_date"] or "2017-12-31"
    if any(d < engaged for d in wins.get((r["sales_agent"], r["account"]), [])):
        return "repeat"
    return "new"


rows = []
for r in pipeline:
    stage = STAGE[r["deal_stage"]]
    prod = product(r)
    cancel = ""
    prob = ""
    if stage == "open":
        amount = price[prod]
        if r["deal_stage"] == "Engaging":
            close = dt.date(2017, 12, 11 + code(r["opportunity_id"]) % 21).isoformat()
        else:
            close = "2017-12-29"
        prob = PROB[r["deal_stage"]]
    else:
        amount = r["close_value"] or "0"
        close = r["close_date"]
        c = code(r["opportunity_id"])
        if stage == "won" and close < "2017-11-01" and c % 89 == 0:
            stage = "cancelled"
            back = dt.date.fromisoformat(close) + dt.timedelta(days=lag(r["opportunity_id"]))
            cancel = min(back, dt.date(2017, 12, 31)).isoformat()
    typ = deal_type(r)
    rows.append(dict(
        id=r["opportunity_id"], seller=ids[r["sales_agent"]], account=r["account"],
        name=f"{r['account'] or 'New lead'} - {prod}", type=typ, product=prod,
        amount=f"{int(amount)}.00", close_date=close, stage=stage, split="1",
        probability=prob, term_months="", cancel_date=cancel, currency="USD"))

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

active = {r["sales_agent"] for r in pipeline}
SENIOR = {"Darcel Schlecht": "600000.00", "Vicki Laflamme": "450000.00"}
SCOLS = ["id", "name", "manager", "territory", "role", "start_date", "end_date",
         "quota:premium"]
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, SCOLS, lineterminator="\n")
    w.writeheader()
    for t in teams:
        a = t["sales_agent"]
        w.writerow({"id": ids[a], "name": a, "manager": t["manager"],
                    "territory": t["regional_office"],
                    "role": "Senior Agent" if a in SENIOR else "Sales Agent",
                    "start_date": "" if a in active else "2017-08-14",
                    "end_date": "2017-11-30" if a == "Garret Kinder" else "",
                    "quota:premium": SENIOR.get(a, "")})
print(len(rows), "deal lines,", len(teams), "sellers,",
      sum(1 for x in rows if x["stage"] == "cancelled"), "returned")
