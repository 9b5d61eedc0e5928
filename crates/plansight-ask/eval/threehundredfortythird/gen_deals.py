#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredfortythird workspace (Bastion & Vane Cyber
Ltd, an invented London B2B cybersecurity managed-services provider; plan year 1 February 2026 -
31 January 2027, GBP, MONTHLY payouts) from the real Maven CRM export in
/work/shared/data/maven-crm/. Standard library only; deterministic (every choice is an md5 hash
of the opportunity id; no clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Bastion & Vane account executives (AGENTS below). Half of each
  agent's opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they
  become Watchtower SOC contracts), and every opportunity of Elease Gluck (re-cast as Imogen
  Clarke, the SOC Specialist) is kept.
- Dates: every Maven date moves forward by the same 3,259 days, so 1 March 2017 becomes
  1 February 2026 and 31 December 2017 becomes 1 December 2026. AS OF = 2026-10-20. A Won
  opportunity that now closes after it becomes an open deal (probability 0.6); a Lost one dated
  after it becomes an open deal (probability 0.25). Engaging opportunities are open (probability
  0.5) expected to close 1 October 2026 + (hash mod 75) days (some overdue at the as-of date);
  Prospecting ones (probability 0.2) 1 November 2026 + (hash mod 90) days.
- Amounts in GBP (first-year contract value, whole pounds): close value x the product's factor
  (won); lost and open deals carry the product's list price x the factor.
    GTX Basic      -> Mailgate Email Security            x 12   (managed)
    GTX Plus Basic -> Patchwell Vulnerability Management  x 8   (managed)
    GTX Pro        -> Sentinel MDR                       x 8    (managed)
    GTK 500        -> Watchtower SOC                     x 5    (managed)
    MG Advanced    -> Penetration Test                   x 4    (assurance)
    GTX Plus Pro   -> Incident Response Retainer         x 5    (assurance)
    MG Special     -> Phishproof Awareness Training      x 40   (no measure; the SPIFF only)
  The plan also lists a Red Team Exercise (assurance) that no deal sells yet.
- Accounts: Watchtower SOC contracts go to one of 10 invented enterprises (Maven account index
  mod 10); every other opportunity goes to one of 30 invented mid-market firms. An opportunity
  with no account gets one by hash.
- Type: Patchwell Vulnerability Management is always "upsell" (a bolt-on); otherwise hash mod 7
  = 0 or 1 is "takeout" (a rip-and-replace of a rival's service), 2..3 "upsell", the rest "new".
- Splits (plan.md 3.4): a won or cancelled Watchtower SOC contract of any AE but Imogen Clarke
  is two lines with the same id: 75% to the AE and 25% to Imogen Clarke. Freya Whitmore's deals
  closing on or after Ollie Pritchard's start with hash mod 5 = 0 are "shadow" deals, two lines
  50% / 50% with Ollie Pritchard.
- Cancellations ("rug-pulls"): a won deal closed on or before 2026-10-06 with hash mod 26 = 0
  is cancelled, cancel_date = close + 8 + (hash mod 140) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Sam Fairbrother (Enterprise Lead) and Imogen Clarke (SOC Specialist) carry their own
  quarterly Managed ARR quota. Ollie Pritchard joined on 2026-06-15 (his own deals before that
  date are dropped); Callum Reid left on 2026-08-14 (his deals after it are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 20)
SHIFT = dt.date(2026, 2, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 10, 6)

AGENTS = {
    "Kary Hendrixson": "Jamie Fletcher",
    "Cassey Cress": "Chloe Okonkwo",
    "Markita Hansen": "Harvey Sandhu",
    "Versie Hillebrand": "Becky Lomax",
    "Boris Faz": "Callum Reid",
    "Zane Levy": "Jamie Osei",
    "Corliss Cosme": "Freya Whitmore",
    "Moses Frase": "Dev Malhotra",
    "Maureen Marcano": "Kezia Antwi",
    "Garret Kinder": "Ollie Pritchard",
    "Anna Snelling": "Nadia Haddad",
    "Darcel Schlecht": "Sam Fairbrother",
    "Elease Gluck": "Imogen Clarke",
    "James Ascencio": "Aleksander Nowak",
    "Jonathan Berthelot": "Grace Adebayo",
    "Rosalina Dieter": "Ravi Chandran",
}
ROSTER = [
    # id, name, manager, territory, role, start_date, end_date, quota:managed_arr
    ("Jamie Fletcher", "Jamie Fletcher", "Siobhan Doyle", "City", "Account Executive", "", "", ""),
    ("Chloe Okonkwo", "Chloe Okonkwo", "Siobhan Doyle", "City", "Account Executive", "", "", ""),
    ("Harvey Sandhu", "Harvey Sandhu", "Siobhan Doyle", "City", "Account Executive", "", "", ""),
    ("Becky Lomax", "Becky Lomax", "Siobhan Doyle", "City", "Account Executive", "", "", ""),
    ("Callum Reid", "Callum Reid", "Siobhan Doyle", "City", "Account Executive", "", "2026-08-14", ""),
    ("Jamie Osei", "Jamie Osei", "Marcus Adeyemi", "Shoreditch", "Account Executive", "", "", ""),
    ("Freya Whitmore", "Freya Whitmore", "Marcus Adeyemi", "Shoreditch", "Account Executive", "", "", ""),
    ("Dev Malhotra", "Dev Malhotra", "Marcus Adeyemi", "Shoreditch", "Account Executive", "", "", ""),
    ("Kezia Antwi", "Kezia Antwi", "Marcus Adeyemi", "Shoreditch", "Account Executive", "", "", ""),
    ("Ollie Pritchard", "Ollie Pritchard", "Marcus Adeyemi", "Shoreditch", "Account Executive", "2026-06-15", "", ""),
    ("Nadia Haddad", "Nadia Haddad", "Marcus Adeyemi", "Shoreditch", "Account Executive", "", "", ""),
    ("Sam Fairbrother", "Sam Fairbrother", "Priti Raval", "Canary Wharf", "Enterprise Lead", "", "", "Q_LEAD"),
    ("Imogen Clarke", "Imogen Clarke", "Priti Raval", "Canary Wharf", "SOC Specialist", "", "", "Q_SOC"),
    ("Aleksander Nowak", 'Aleksander "Olek" Nowak', "Priti Raval", "Canary Wharf", "Account Executive", "", "", ""),
    ("Grace Adebayo", "Grace Adebayo", "Priti Raval", "Canary Wharf", "Account Executive", "", "", ""),
    ("Ravi Chandran", "Ravi Chandran", "Priti Raval", "Canary Wharf", "Account Executive", "", "", ""),
]
QUOTA = {"Q_LEAD": "900000.00", "Q_SOC": "400000.00"}
START = {r[0]: r[5] for r in ROSTER}
END = {r[0]: r[6] for r in ROSTER}
PRODUCT = {
    "GTX Basic": ("Mailgate Email Security", 12),
    "GTX Plus Basic": ("Patchwell Vulnerability Management", 8),
    "GTX Pro": ("Sentinel MDR", 8),
    "GTXPro": ("Sentinel MDR", 8),
    "GTK 500": ("Watchtower SOC", 5),
    "MG Advanced": ("Penetration Test", 4),
    "GTX Plus Pro": ("Incident Response Retainer", 5),
    "MG Special": ("Phishproof Awareness Training", 40),
}
FIRMS = [
    "Fenchurch Mutual", "Bankside Logistics", "Holloway & Pryce LLP", "Greenwich Biotech",
    "Camden Brewing Co", "Ludgate Capital", "Wapping Wharf Studios", "Highbury Dental Group",
    "Marylebone Lettings", "Pimlico Private Clinic", "Hackney Coffee Roasters", "Borough Market Traders",
    "Islington Legal Aid", "Kilburn Freight", "Southbank Events", "Clerkenwell Design Works",
    "Dalston Data Labs", "Vauxhall Motor Finance", "Brixton Academy Trust", "Peckham Print House",
    "Stratford Sports Medicine", "Walthamstow Homes", "Ealing Accountancy", "Hammersmith Architects",
    "Croydon Building Society", "Lewisham Care Homes", "Putney Wealth Partners", "Tottenham Hale Fulfilment",
    "Bloomsbury Publishing Guild", "Mayfair Art Exchange",
]
ENTERPRISES = [
    "Threadneedle Re", "Aldgate Insurance Group", "Thameslink Freight plc", "Lombard Street Bank",
    "Moorgate Pensions", "Canary Payments", "St Pancras Health Trust", "Victoria Retail Holdings",
    "Blackfriars Energy", "Cheapside Asset Management",
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
    keep = h(oid) % 2 == 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x = h(oid) // 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    if product == "Watchtower SOC":
        account = ENTERPRISES[idx % len(ENTERPRISES)]
    else:
        account = FIRMS[idx % len(FIRMS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 10, 1) + dt.timedelta(days=x % 75)
            prob = "0.5"
        else:
            close = dt.date(2026, 11, 1) + dt.timedelta(days=x % 90)
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
    if product == "Patchwell Vulnerability Management":
        typ = "upsell"
    elif (x // 3) % 7 in (0, 1):
        typ = "takeout"
    elif (x // 3) % 7 in (2, 3):
        typ = "upsell"
    else:
        typ = "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 26 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=8 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage,
                split="1", probability=prob, cancel_date=cancel, currency="GBP")
    partner = None
    if product == "Watchtower SOC" and seller != "Imogen Clarke" and stage in ("won", "cancelled"):
        partner, share = "Imogen Clarke", ("0.75", "0.25")
    elif (seller == "Freya Whitmore" and stage in ("won", "cancelled") and (x // 13) % 5 == 0
          and close >= dt.date.fromisoformat(START["Ollie Pritchard"])):
        partner, share = "Ollie Pritchard", ("0.5", "0.5")
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
                "quota:managed_arr"])
    for sid, name, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, name, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
