#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the hundredeightyseventh workspace (Highveld Secure (Pty)
Ltd, an invented Johannesburg security-systems installer: alarms, electric fences, beams, CCTV and
access control installed at residential estates and business parks, and monitoring contracts as
the recurring revenue; plan year 1 October 2025 - 30 September 2026, an October fiscal year;
MONTHLY payouts, paid on the 25th in the "month-end run"; amounts in US dollars, the parent
group's reporting currency) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 16 Maven agents are re-cast as Highveld sales consultants (AGENTS below). Half of each agent's
  opportunities are kept (md5(id) even), except: every GTK 500 opportunity is kept (they become
  Access Control System jobs), and every opportunity of Elease Gluck (re-cast as Nomvula
  Khumalo, the Access Control Specialist) is kept.
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 October 2025 and 18 October 2017 becomes 20 May 2026. AS OF = 2026-05-20. A Won
  opportunity that now closes after it becomes an open quote (probability 0.6); a Lost one
  dated after it becomes an open quote (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 May 2026 + (hash mod 70) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 June 2026 + (hash mod 110) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open quotes
  carry the product's list price x the factor.
    GTX Basic      -> Alarm System                 x 3
    GTX Plus Basic -> Electric Fence               x 3
    GTX Pro        -> CCTV System                  x 1.5
    GTX Plus Pro   -> Perimeter Beam System        x 1.2
    GTK 500        -> Access Control System        x 1.5
    MG Special     -> Armed Response Monitoring    x 60   (the first year's monitoring fees)
    MG Advanced    -> CCTV Remote Monitoring       x 1.2  (the first year's monitoring fees)
- Accounts: Maven's 85 accounts are folded onto 15 residential estates and 12 business parks
  (Maven account index mod 27); an opportunity with no account gets one by hash.
- Type (x = md5 // 2): a monitoring contract is "takeover" (a site switched from a competitor's
  control room) when (x // 3) mod 5 = 0, else "new"; an installed system is "upgrade" (more kit
  at a site we already protect) when (x // 3) mod 3 = 0, else "new". Monitoring contracts carry
  term_months 12, 24 or 36 ((x // 5) mod 3); installed systems carry none.
- Splits (plan.md 3.4): a won or cancelled Access Control System job of any consultant but
  Nomvula Khumalo is two lines with the same id: 75% to the consultant, 25% to Nomvula Khumalo.
- Cancellations ("pull-outs"): a won deal closed on or before 2026-05-08 with (x // 7) mod 21 = 0
  is cancelled, cancel_date = close + 6 + ((x // 11) mod 140) days, at the latest the as-of date
  (plan.md section 12: only cancellations within 90 days of close are clawed back).
- Roster: Pieter van der Merwe (Estates Key Account Manager) and Nomvula Khumalo (Access Control
  Specialist) carry their own quarterly installs quota. Jaco du Plessis joined on 2026-01-19
  (his deals before that date are dropped); Musa Nkosi left on 2026-03-13 (his deals after that
  date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 5, 20)
SHIFT = dt.date(2025, 10, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 5, 8)

AGENTS = {
    "Darcel Schlecht": "Pieter van der Merwe",
    "Anna Snelling": "Lerato Dlamini",
    "Versie Hillebrand": "Sipho Ndlovu",
    "Kary Hendrixson": "Ayesha Patel",
    "Jonathan Berthelot": "Thabo Mokoena",
    "Garret Kinder": "Jaco du Plessis",
    "Elease Gluck": "Nomvula Khumalo",
    "Kami Bicknell": "Riaan Botha",
    "Cassey Cress": "Tshepo Mahlangu",
    "Zane Levy": "Candice Pillay",
    "Donn Cantrell": "Musa Nkosi",
    "Reed Clapper": "Chantelle Pretorius",
    "Corliss Cosme": "Kagiso Molefe",
    "Gladys Colclough": "Francois Joubert",
    "Markita Hansen": "Thabo Radebe",
    "Moses Frase": "Zodwa Sithole",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, quota:installs
    ("Pieter van der Merwe", "Desmond Naidoo", "North", "Estates Key Account Manager", "", "", "Q_KAM"),
    ("Lerato Dlamini", "Desmond Naidoo", "North", "Sales Consultant", "", "", ""),
    ("Sipho Ndlovu", "Desmond Naidoo", "North", "Sales Consultant", "", "", ""),
    ("Ayesha Patel", "Desmond Naidoo", "North", "Sales Consultant", "", "", ""),
    ("Thabo Mokoena", "Desmond Naidoo", "North", "Sales Consultant", "", "", ""),
    ("Jaco du Plessis", "Desmond Naidoo", "North", "Sales Consultant", "2026-01-19", "", ""),
    ("Nomvula Khumalo", "Karabo Mthembu", "East Rand", "Access Control Specialist", "", "", "Q_ACS"),
    ("Riaan Botha", "Karabo Mthembu", "East Rand", "Sales Consultant", "", "", ""),
    ("Tshepo Mahlangu", "Karabo Mthembu", "East Rand", "Sales Consultant", "", "", ""),
    ("Candice Pillay", "Karabo Mthembu", "East Rand", "Sales Consultant", "", "", ""),
    ("Musa Nkosi", "Karabo Mthembu", "East Rand", "Sales Consultant", "", "2026-03-13", ""),
    ("Chantelle Pretorius", "Annelie Visser", "West Rand", "Sales Consultant", "", "", ""),
    ("Kagiso Molefe", "Annelie Visser", "West Rand", "Sales Consultant", "", "", ""),
    ("Francois Joubert", "Annelie Visser", "West Rand", "Sales Consultant", "", "", ""),
    ("Thabo Radebe", "Annelie Visser", "West Rand", "Sales Consultant", "", "", ""),
    ("Zodwa Sithole", "Annelie Visser", "West Rand", "Sales Consultant", "", "", ""),
]
QUOTA = {"Q_KAM": "170000.00", "Q_ACS": "110000.00"}
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
SPECIALIST = "Nomvula Khumalo"
MONITORING = ("Armed Response Monitoring", "CCTV Remote Monitoring")
PRODUCT = {
    "GTX Basic": ("Alarm System", 3),
    "GTX Plus Basic": ("Electric Fence", 3),
    "GTX Pro": ("CCTV System", 1.5),
    "GTXPro": ("CCTV System", 1.5),
    "GTX Plus Pro": ("Perimeter Beam System", 1.2),
    "GTK 500": ("Access Control System", 1.5),
    "MG Special": ("Armed Response Monitoring", 60),
    "MG Advanced": ("CCTV Remote Monitoring", 1.2),
}
ACCOUNTS = [
    "Jukskei Meander Estate", "Woodmead Office Park", "Kyalami Hills Estate",
    "Sunninghill Business Park", "Dainfern Ridge Estate", "Rivonia Gate Office Park",
    "Bryanston Oaks Estate", "Linbro Logistics Park", "Northriding Grove Estate",
    "Kyalami Corner Business Park", "Midstream Meadows Estate", "Bryanston Square Office Park",
    "Glenvista Heights Estate", "Randburg Trade Park", "Ruimsig Country Estate",
    "Modderfontein Industrial Park", "Featherbrooke Hills Estate", "Isando Freight Park",
    "Bedfordview Manor Estate", "Wadeville Industrial Park", "Linksfield Ridge Estate",
    "Roodepoort Commerce Park", "Honeydew Grove Estate", "Samrand Business Park",
    "Meyersdal Koppie Estate", "Blue Valley Golf Estate", "Waterkloof Ridge Estate",
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
    account = ACCOUNTS[idx % len(ACCOUNTS)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 5, 1) + dt.timedelta(days=x % 70)
            prob = "0.5"
        else:
            close = dt.date(2026, 6, 1) + dt.timedelta(days=x % 110)
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
    term = ""
    if product in MONITORING:
        typ = "takeover" if (x // 3) % 5 == 0 else "new"
        term = str((12, 24, 36)[(x // 5) % 3])
    else:
        typ = "upgrade" if (x // 3) % 3 == 0 else "new"
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 21 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 140), AS_OF).isoformat()
    line = dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                type=typ, product=product, amount=f"{amount}.00",
                close_date=close.isoformat(), stage=stage, split="1",
                probability=prob, term_months=term, cancel_date=cancel, currency="USD")
    if product == "Access Control System" and seller != SPECIALIST and stage in ("won", "cancelled"):
        line["split"] = "0.75"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.25"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:installs"])
    for sid, mgr, terr, role, start, end, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA.get(q, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
