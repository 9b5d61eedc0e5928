#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the sixtyfirst workspace (Cobalt Ridge Software,
mid-market sales, plan year 1 February 2026 - 31 January 2027, USD) from the real Maven CRM
export (/work/shared/data/maven-crm/). Standard library only; deterministic (no random
module, no clock: every choice is a hash of the opportunity id).

- 15 Maven agents are re-cast as Cobalt Ridge account executives (AGENTS below); an
  opportunity is kept when its id's hash falls in the kept quarter (KEEP), so each AE
  carries a mid-market deal count.
- Dates: Maven close dates (Mar-Dec 2017) move 9 years forward (Mar-Dec 2026).
  AS OF = 2026-11-20: a Won opportunity that now closes after it becomes an open deal
  (probability 0.75) at that date. Open Maven deals (Engaging 0.5 / Prospecting 0.2) carry
  an expected close date in December 2026 at their list price (times the product factor);
  one in three of them is kept.
- Products: GTX Basic -> Cobalt Starter, GTX Plus Basic -> Cobalt Teams, GTX Pro ->
  Cobalt Business, GTX Plus Pro -> Cobalt Enterprise, GTK 500 -> Insight Analytics
  (subscriptions: amount = annual contract value = close value x 3); MG Special ->
  Onboarding Workshop (close value x 20), MG Advanced -> Implementation Services
  (close value x 5) (services, one-time).
- Type: "new" (a new logo) when nobody at Cobalt Ridge had won the account before (in the
  kept data), else "renewal" for about one subscription in four, else "upsell".
- term_months 12/24/36 on subscriptions. 16 won deals (closed by 2026-09-30) are cancelled
  15-150 days after close (cancel date capped at the as-of date).
- Lost opportunities closing after the as-of date are dropped.
- A seller who joined mid-year keeps only the opportunities closing on or after the start.
"""
import csv, datetime as dt, hashlib, os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 20)


def h(s, salt=""):
    return int(hashlib.sha256((salt + s).encode()).hexdigest()[:12], 16)


AGENTS = {
    "Darcel Schlecht": "Kevin O'Brien",
    "Anna Snelling": "Megan Foster",
    "Jonathan Berthelot": "Tyrone Jackson",
    "Gladys Colclough": "Lauren Kim",
    "Vicki Laflamme": "Robert Alvarez",
    "Kary Hendrixson": "Jessica Nguyen",
    "Versie Hillebrand": "Tom Brennan",
    "Moses Frase": "Ashley Morales",
    "Corliss Cosme": "Derek Schmidt",
    "Kami Bicknell": "Elizabeth Carter",
    "Zane Levy": "Jason Park",
    "Maureen Marcano": "Rachel Goldberg",
    "Hayden Neloms": "Chris Delgado",
    "Markita Hansen": "Samantha Reyes",
    "Cassey Cress": "Nathan Cole",
}
ROSTER = [
    # id, name on the roster, manager, territory, start_date
    ("Kevin O'Brien", "Kevin O'Brien", "Dana Whitaker", "East", ""),
    ("Megan Foster", "Megan Foster", "Dana Whitaker", "East", ""),
    ("Tyrone Jackson", "Tyrone Jackson", "Dana Whitaker", "East", ""),
    ("Lauren Kim", "Lauren Kim", "Dana Whitaker", "East", ""),
    ("Robert Alvarez", 'Robert "Bobby" Alvarez', "Dana Whitaker", "East", ""),
    ("Jessica Nguyen", "Jessica Nguyen", "Marcus Bell", "Central", ""),
    ("Tom Brennan", "Tom Brennan", "Marcus Bell", "Central", ""),
    ("Ashley Morales", "Ashley Morales", "Marcus Bell", "Central", ""),
    ("Derek Schmidt", "Derek Schmidt", "Marcus Bell", "Central", ""),
    ("Elizabeth Carter", 'Elizabeth "Libby" Carter', "Marcus Bell", "Central", ""),
    ("Jason Park", "Jason Park", "Priya Raman", "West", ""),
    ("Rachel Goldberg", "Rachel Goldberg", "Priya Raman", "West", ""),
    ("Chris Delgado", "Chris Delgado", "Priya Raman", "West", ""),
    ("Samantha Reyes", "Samantha Reyes", "Priya Raman", "West", "2026-08-17"),
    ("Nathan Cole", "Nathan Cole", "Priya Raman", "West", "2026-06-01"),
]
START = {r[0]: r[4] for r in ROSTER}
PRODUCT = {
    "GTX Basic": "Cobalt Starter", "GTX Plus Basic": "Cobalt Teams",
    "GTXPro": "Cobalt Business", "GTX Pro": "Cobalt Business",
    "GTX Plus Pro": "Cobalt Enterprise", "GTK 500": "Insight Analytics",
    "MG Special": "Onboarding Workshop", "MG Advanced": "Implementation Services",
}
FACTOR = {"Onboarding Workshop": 20, "Implementation Services": 5}
SERVICES = set(FACTOR)
PRICE = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
PRICE["GTXPro"] = PRICE["GTX Pro"]
KEEP = 4  # one opportunity in four


def money(x):
    return f"{x:.2f}"


rows = []
for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")):
    oid = r["opportunity_id"]
    if r["sales_agent"] not in AGENTS or h(oid, "keep") % KEEP:
        continue
    seller = AGENTS[r["sales_agent"]]
    product = PRODUCT[r["product"]]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob = ""
    if stage == "open":
        if h(oid, "open") % 3:
            continue  # one open Maven opportunity in three stays in the pipeline
        close = dt.date(2026, 12, 1) + dt.timedelta(days=h(oid, "day") % 31)
        value = PRICE[r["product"]]
        prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
    else:
        d = dt.date.fromisoformat(r["close_date"])
        close = d.replace(year=d.year + 9)
        value = float(r["close_value"] or 0)
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.75"
        if stage == "lost" and close > AS_OF:
            continue  # not lost yet at the as-of date
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if value <= 0 and stage in ("won", "open"):
        continue
    if stage == "lost" and value <= 0:
        value = PRICE[r["product"]]  # a lost deal shows the quoted list price
    amount = round(value * FACTOR.get(product, 3), 2)
    rows.append(dict(id=oid, seller=seller, amount=money(amount), close_date=close.isoformat(),
                     stage=stage, product=product, account=r["account"], probability=prob,
                     term_months="" if product in SERVICES else ["12", "24", "36"][h(oid, "term") % 3]))

rows.sort(key=lambda x: (x["close_date"], x["id"]))
won_accounts = set()
for x in rows:
    acct = x["account"]
    if not acct or acct not in won_accounts:
        x["type"] = "new"
    elif x["product"] not in SERVICES and h(x["id"], "type") % 4 == 0:
        x["type"] = "renewal"
    else:
        x["type"] = "upsell"
    if x["stage"] == "won" and acct:
        won_accounts.add(acct)
    x["name"] = f"{acct or 'No account'} {x['product']}"

won = [x for x in rows if x["stage"] == "won" and x["close_date"] <= "2026-09-30"]
won.sort(key=lambda x: h(x["id"], "cancel"))
for x in won[:16]:
    c = dt.date.fromisoformat(x["close_date"]) + dt.timedelta(days=15 + h(x["id"], "cdays") % 136)
    x["stage"] = "cancelled"
    x["cancel_date"] = min(c, AS_OF).isoformat()

cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(f"{HERE}/deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for x in rows:
        x["split"] = "1"
        x["currency"] = "USD"
        w.writerow({k: x.get(k, "") for k in cols})

with open(f"{HERE}/sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date"])
    for sid, name, mgr, terr, start in ROSTER:
        w.writerow([sid, name, mgr, terr, "Account Executive", start, ""])
print(len(rows), "lines")
