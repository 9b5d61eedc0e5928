#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredninth workspace (Briggate Software Ltd,
an invented Leeds B2B software company selling the Tally job-management platform to UK trade
and field-service firms as subscriptions, plus onboarding services; plan year 1 April 2026 -
31 March 2027, GBP, MONTHLY payouts, quarterly quotas) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5
hash of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 17 Maven agents are re-cast as Briggate account executives (AGENTS below) under three
  team leads (Yorkshire, North West, Midlands). Half of each agent's opportunities are kept
  (md5(id) even), except every GTK 500 opportunity, which is kept (they become Tally
  Enterprise deals).
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 April 2026 and 31 December 2017 becomes 31 January 2027. AS OF = 2026-11-18. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one
  dated after it becomes an open deal (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 20 October 2026 + (hash mod 100) days (some overdue at the
  as-of date); Prospecting ones
  (probability 0.2) 5 January 2027 + (hash mod 80) days.
- Amounts in GBP, whole pounds: close value x the product's factor (won); lost and open deals
  carry the product's list price x the factor.
    GTX Basic      -> Tally Insight       x 4     (subscription add-on)
    GTX Plus Basic -> Tally Payroll       x 4     (subscription add-on)
    GTX Pro        -> Tally Core          x 2.5   (subscription, the platform)
    GTX Plus Pro   -> Tally Fleet         x 2     (subscription add-on)
    GTK 500        -> Tally Enterprise    x 2     (subscription, multi-site platform)
    MG Advanced    -> Onboarding Pack     x 1.5   (service), or Data Migration x 1 when
                                                   hash mod 3 = 0 (service)
    MG Special     -> Training Workshop   x 25    (service)
- Accounts: Maven's 85 accounts fold onto 44 invented UK trade and field-service firms
  (Maven account index mod 44); an opportunity with no account gets one by hash.
- Type: Tally Core, Tally Enterprise and the Onboarding Pack are "new" (a new logo) unless
  hash mod 10 < 3; the add-ons, Data Migration and Training Workshops are "expansion" unless
  hash mod 10 < 3.
- Term (term_months): subscriptions 12, 24 or 36 months by hash (36 when hash mod 10 < 3);
  services carry none.
- Splits (plan.md 3.5): a won or cancelled Tally Enterprise deal of any AE but Megan Dale (the
  Enterprise AE) is two lines with the same id: 75% to the AE and 25% to Megan Dale. Deals of
  Priyanka Sharma closing on or after Zara Hussain's start with hash mod 5 = 0 are "shadow"
  deals, two lines 50% / 50% with Zara Hussain.
- Cancellations ("run-outs"): a won deal closed on or before 2026-11-04 with hash mod 25 = 0
  is cancelled, cancel_date = close + 10 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 10: only cancellations within 90 days of close are clawed back).
- Roster: Tom Barraclough (Senior AE) and Megan Dale (Enterprise AE) carry their own quarterly
  Subscription ACV quota. Zara Hussain joined on 2026-08-10 (her Maven deals before that date
  are dropped); Ellie Haworth left on 2026-09-18 (her deals after that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 18)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 11, 4)

AGENTS = {
    "Darcel Schlecht": "Tom Barraclough",
    "Anna Snelling": "Priyanka Sharma",
    "Gladys Colclough": "Jordan Akinola",
    "Versie Hillebrand": "Hannah Pickersgill",
    "Moses Frase": "Callum Firth",
    "Garret Kinder": "Zara Hussain",
    "Kary Hendrixson": "Tom Ashworth",
    "Cassey Cress": "Amy Walsh",
    "Zane Levy": "Kieran O'Neill",
    "Hayden Neloms": "Bethany Lowe",
    "Boris Faz": "Marcus Oyelaran",
    "Rosie Papadopoulos": "Ellie Haworth",
    "Vicki Laflamme": "Megan Dale",
    "Reed Clapper": "Nadia Begum",
    "Markita Hansen": "Ryan Cartwright",
    "Lajuana Vencill": "Lucy Tranter",
    "Wilburn Farren": "Owen Price",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:sub_acv
    ("Tom Barraclough", "Gemma Thornton", "Yorkshire", "Senior AE", "", "", "Q_SENIOR"),
    ("Priyanka Sharma", "Gemma Thornton", "Yorkshire", "Account Executive", "", "", ""),
    ("Jordan Akinola", "Gemma Thornton", "Yorkshire", "Account Executive", "", "", ""),
    ("Hannah Pickersgill", "Gemma Thornton", "Yorkshire", "Account Executive", "", "", ""),
    ("Callum Firth", "Gemma Thornton", "Yorkshire", "Account Executive", "", "", ""),
    ("Zara Hussain", "Gemma Thornton", "Yorkshire", "Account Executive", "2026-08-10", "", ""),
    ("Tom Ashworth", "Raj Mistry", "North West", "Account Executive", "", "", ""),
    ("Amy Walsh", "Raj Mistry", "North West", "Account Executive", "", "", ""),
    ("Kieran O'Neill", "Raj Mistry", "North West", "Account Executive", "", "", ""),
    ("Bethany Lowe", "Raj Mistry", "North West", "Account Executive", "", "", ""),
    ("Marcus Oyelaran", "Raj Mistry", "North West", "Account Executive", "", "", ""),
    ("Ellie Haworth", "Raj Mistry", "North West", "Account Executive", "", "2026-09-18", ""),
    ("Megan Dale", "Craig Whitaker", "Midlands", "Enterprise AE", "", "", "Q_ENTERPRISE"),
    ("Nadia Begum", "Craig Whitaker", "Midlands", "Account Executive", "", "", ""),
    ("Ryan Cartwright", "Craig Whitaker", "Midlands", "Account Executive", "", "", ""),
    ("Lucy Tranter", "Craig Whitaker", "Midlands", "Account Executive", "", "", ""),
    ("Owen Price", "Craig Whitaker", "Midlands", "Account Executive", "", "", ""),
]
QUOTA = {"Q_SENIOR": "200000.00", "Q_ENTERPRISE": "110000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
SUBS = {"Tally Core", "Tally Enterprise", "Tally Payroll", "Tally Insight", "Tally Fleet"}
PRODUCT = {
    "GTX Basic": ("Tally Insight", 4),
    "GTX Plus Basic": ("Tally Payroll", 4),
    "GTX Pro": ("Tally Core", 2.5),
    "GTXPro": ("Tally Core", 2.5),
    "GTX Plus Pro": ("Tally Fleet", 2),
    "GTK 500": ("Tally Enterprise", 2),
    "MG Advanced": ("Onboarding Pack", 1.5),
    "MG Special": ("Training Workshop", 25),
}
FIRMS = [
    "Aire Valley Plumbing", "Holbeck Electrical", "Pennine Scaffolding", "Calder Joinery",
    "Wharfedale Roofing", "Kirkstall Forge Interiors", "Roundhay Landscapes",
    "Otley Drainage Services", "Harrogate Heating Co", "Harrogate Spa Hotels", "Wetherby Lifts",
    "Bradford Fire & Security", "Huddersfield Glazing", "Halifax Groundworks",
    "Castleford Cleaning Group", "Morley Facilities", "Salford Pest Control",
    "Stockport Air Con", "Bolton Gas Services", "Wigan Flooring", "Altrincham Electrical",
    "Preston Plant Hire", "Oldham Kitchens & Bathrooms", "Lancaster Locksmiths",
    "Chorley Solar Installs", "Warrington Waste Solutions", "Mersey Marine Engineering",
    "Walsall Security Systems", "Derby Drainage", "Trent Lift Services",
    "Leicester Facilities Management", "Coventry Fire Protection", "Wolverhampton Skips",
    "Potteries Kiln Services", "Burton Brewery Engineering", "Shropshire Hedging",
    "Nuneaton Gas & Heating", "Kettering Roofing", "Ilkley Tree Surgeons",
    "Selby Agricultural Services", "Doncaster Cold Stores", "Barnsley Sparks",
    "Hebden Bridge Builders", "Skipton Damp Proofing",
]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
maven_accounts = sorted(r["account"] for r in read("accounts.csv"))
IDX = {a: i for i, a in enumerate(maven_accounts)}

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    if not (h(oid) % 2 == 0 or r["product"] == "GTK 500"):
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    if product == "Onboarding Pack" and x % 3 == 0:
        product, factor = "Data Migration", 1
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = FIRMS[idx % len(FIRMS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 10, 20) + dt.timedelta(days=x % 100)
            prob = "0.5"
        else:
            close = dt.date(2027, 1, 5) + dt.timedelta(days=x % 80)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if product in ("Tally Core", "Tally Enterprise", "Onboarding Pack"):
        typ = "expansion" if (x // 3) % 10 < 3 else "new"
    else:
        typ = "new" if (x // 3) % 10 < 3 else "expansion"
    term = ""
    if product in SUBS:
        t = (x // 5) % 10
        term = "36" if t < 3 else ("24" if t < 6 else "12")
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 25 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=10 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} - {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, cancel_date=cancel, term_months=term, currency="GBP")
    partner = None
    if product == "Tally Enterprise" and seller != "Megan Dale" and stage in ("won", "cancelled"):
        partner, share = "Megan Dale", ("0.75", "0.25")
    elif (seller == "Priyanka Sharma" and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START["Zara Hussain"])):
        partner, share = "Zara Hussain", ("0.5", "0.5")
    if partner:
        line["split"] = share[0]
        rows.append(line)
        rows.append(dict(line, seller=partner, split=share[1]))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "term_months", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:sub_acv"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
