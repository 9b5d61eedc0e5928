#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredfortyfifth workspace (Kinetia Robótica
S.A., an invented industrial robotics distributor headquartered in Madrid with a European field
sales team in Iberia, DACH, Italy and France; plan year 1 April 2026 - 31 March 2027, EUR,
MONTHLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id; no
clock, no random stream). Run: python3 gen_deals.py

- 18 Maven agents are re-cast as Kinetia sales engineers (AGENTS below) under 4 country
  managers. Half of each agent's opportunities are kept (md5 even), except: every GTK 500
  opportunity is kept (they become Palletising Cells) and every opportunity of Elease Gluck
  (re-cast as Matthias Brenner, the Cell Specialist) is kept.
- Below, "hash" is md5("kinetia:" + id) // 2 (the parity decides the keep above).
- Accounts are the Maven accounts as exported (factories and groups across Europe now); an
  opportunity with no account gets one by hash.
- Dates: every Maven date moves forward by 3318 days, so 1 March 2017 becomes 1 April 2026 and
  31 December 2017 becomes 31 January 2027. AS OF = 2026-11-18. A third of the Won
  opportunities that now close after it (hash // 5 mod 3 = 0) become open quotes ("in
  simulation", probability 0.7) and a quarter of the Lost ones (hash // 5 mod 4 = 0) open
  quotes with probability 0.3; the rest of those are dropped. Engaging opportunities are open
  (probability 0.5) expected 2026-10-25 + (hash mod 110) days (some overdue at the as-of date);
  half of the Prospecting ones (hash // 5 even) are open (probability 0.2) expected
  2026-12-01 + (hash mod 120) days.
- Products and amounts in EUR, whole euros: close value x the factor (won); lost and open quotes
  carry the product's list price x the factor.
    GTX Basic      -> Gripper Kit        x 8
    GTX Plus Basic -> Vision Kit         x 7
    GTX Pro        -> CR-12 Cobot        x 6
    GTX Plus Pro   -> SR-6 SCARA         x 4
    GTK 500        -> Palletising Cell   x 5
    MG Advanced    -> Uptime Contract    x 4
    MG Special     -> Operator Training  x 40
- Type: an Uptime Contract with (hash // 3) mod 3 = 0 is a "renewal" (prórroga); otherwise "new"
  (greenfield) when the seller had won nothing at that account before (in close-date order of
  the kept lines), else "expansion" (brownfield).
- Splits (plan.md 3.4): a won or cancelled Palletising Cell of anyone but Matthias Brenner is two
  lines with the same id, 75% to the seller and 25% to Matthias Brenner.
- Stornos (cancellations): a won deal closed on or before 2026-11-06 with (hash // 7) mod 22 = 0
  is cancelled, cancel_date = close + 12 + ((hash // 11) mod 200) days, at the latest the as-of date
  (plan.md section 11: only stornos within 150 days of close are clawed back).
- Roster: Laura Sánchez (Key Account Manager, 750,000 a quarter) and Matthias Brenner (Cell
  Specialist, 300,000 a quarter, target incentive 12,000) carry their own equipment quota.
  Lukas Hofmann joined on 2026-07-13 (his deals before that are dropped); Camille Girard left on
  2026-10-16 (her deals after that are dropped, her open quotes too).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 18)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 11, 6)

AGENTS = {
    "Darcel Schlecht": "Laura Sánchez",
    "Anna Snelling": "Javier Ortega",
    "Versie Hillebrand": "Begoña Echeverría",
    "Jonathan Berthelot": "Álvaro Prieto",
    "Moses Frase": "Inés Navarro",
    "Elease Gluck": "Matthias Brenner",
    "Kary Hendrixson": "Jürgen Weiß",
    "Cassey Cress": "Katharina Vogel",
    "Garret Kinder": "Lukas Hofmann",
    "Vicki Laflamme": "Laura Giordano",
    "Zane Levy": "Federica Conti",
    "Gladys Colclough": "Alessandro Marini",
    "Markita Hansen": "Davide Russo",
    "Kami Bicknell": "Céline Moreau",
    "Corliss Cosme": "Thibault Lefèvre",
    "Donn Cantrell": "Jean-Baptiste Roux",
    "Rosie Papadopoulos": "Camille Girard",
    "Marty Freudenburg": "Nicolas Perrin",
}
ROSTER = [
    # id, manager, territory, role, start_date, end_date, target_incentive, quota:equipment
    ("Laura Sánchez", "Rafael Montoya", "Iberia", "Key Account Manager", "", "", "", "750000.00"),
    ("Javier Ortega", "Rafael Montoya", "Iberia", "Sales Engineer", "", "", "", ""),
    ("Begoña Echeverría", "Rafael Montoya", "Iberia", "Sales Engineer", "", "", "", ""),
    ("Álvaro Prieto", "Rafael Montoya", "Iberia", "Sales Engineer", "", "", "", ""),
    ("Inés Navarro", "Rafael Montoya", "Iberia", "Sales Engineer", "", "", "", ""),
    ("Matthias Brenner", "Sabine Kröger", "DACH", "Cell Specialist", "", "", "12000.00", "300000.00"),
    ("Jürgen Weiß", "Sabine Kröger", "DACH", "Sales Engineer", "", "", "", ""),
    ("Katharina Vogel", "Sabine Kröger", "DACH", "Sales Engineer", "", "", "", ""),
    ("Lukas Hofmann", "Sabine Kröger", "DACH", "Sales Engineer", "2026-07-13", "", "", ""),
    ("Laura Giordano", "Giorgio Ferrandi", "Italia", "Sales Engineer", "", "", "", ""),
    ("Federica Conti", "Giorgio Ferrandi", "Italia", "Sales Engineer", "", "", "", ""),
    ("Alessandro Marini", "Giorgio Ferrandi", "Italia", "Sales Engineer", "", "", "", ""),
    ("Davide Russo", "Giorgio Ferrandi", "Italia", "Sales Engineer", "", "", "", ""),
    ("Céline Moreau", "Hélène Marchand", "France", "Sales Engineer", "", "", "", ""),
    ("Thibault Lefèvre", "Hélène Marchand", "France", "Sales Engineer", "", "", "", ""),
    ("Jean-Baptiste Roux", "Hélène Marchand", "France", "Sales Engineer", "", "", "", ""),
    ("Camille Girard", "Hélène Marchand", "France", "Sales Engineer", "", "2026-10-16", "", ""),
    ("Nicolas Perrin", "Hélène Marchand", "France", "Sales Engineer", "", "", "", ""),
]
START = {r[0]: r[4] for r in ROSTER}
END = {r[0]: r[5] for r in ROSTER}
CELL_SPECIALIST = "Matthias Brenner"
PRODUCT = {
    "GTX Basic": ("Gripper Kit", 8),
    "GTX Plus Basic": ("Vision Kit", 7),
    "GTX Pro": ("CR-12 Cobot", 6),
    "GTXPro": ("CR-12 Cobot", 6),
    "GTX Plus Pro": ("SR-6 SCARA", 4),
    "GTK 500": ("Palletising Cell", 5),
    "MG Advanced": ("Uptime Contract", 4),
    "MG Special": ("Operator Training", 40),
}


def h(s):
    return int(hashlib.md5(("kinetia:" + s).encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
accounts = sorted(r["account"] for r in read("accounts.csv"))

rows = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    x = h(oid)
    keep = x % 2 == 0 or r["product"] == "GTK 500" or agent == "Elease Gluck"
    if not keep:
        continue
    x //= 2
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    account = r["account"] or accounts[x % len(accounts)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 10, 25) + dt.timedelta(days=x % 110)
            prob = "0.5"
        else:
            if (x // 5) % 2:
                continue  # half of the Prospecting opportunities are kept
            close = dt.date(2026, 12, 1) + dt.timedelta(days=x % 120)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            # the order book after the as-of date: a third of Maven's later wins and a
            # quarter of its later losses stay on as open quotes, the rest are dropped
            if (stage == "won" and (x // 5) % 3 != 0) or (stage == "lost" and (x // 5) % 4 != 0):
                continue
            prob = "0.7" if stage == "won" else "0.3"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and (close > dt.date.fromisoformat(END[seller]) or stage == "open"):
        continue
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 22 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=12 + (x // 11) % 200), AS_OF).isoformat()
    rows.append(dict(id=oid, seller=seller, account=account, name=f"{account} {product}",
                     type="", product=product, amount=f"{amount}.00",
                     close_date=close.isoformat(), stage=stage, split="1",
                     probability=prob, cancel_date=cancel, currency="EUR", _x=x))

# Deal types, in close-date order per seller: a renewal is a prórroga of an Uptime Contract;
# otherwise greenfield (new) until the seller has won the account once, then brownfield.
rows.sort(key=lambda d: (d["seller"], d["close_date"], d["id"]))
won_at = set()
for d in rows:
    if d["product"] == "Uptime Contract" and (d["_x"] // 3) % 3 == 0:
        d["type"] = "renewal"
    elif (d["seller"], d["account"]) in won_at:
        d["type"] = "expansion"
    else:
        d["type"] = "new"
    if d["stage"] in ("won", "cancelled"):
        won_at.add((d["seller"], d["account"]))

out = []
for d in rows:
    d = {k: v for k, v in d.items() if k != "_x"}
    if (d["product"] == "Palletising Cell" and d["seller"] != CELL_SPECIALIST
            and d["stage"] in ("won", "cancelled")):
        out.append(dict(d, split="0.75"))
        out.append(dict(d, seller=CELL_SPECIALIST, split="0.25"))
    else:
        out.append(d)

out.sort(key=lambda d: (d["seller"], d["close_date"], d["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(out)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "target_incentive", "quota:equipment"])
    for sid, mgr, terr, role, start, end, ti, q in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, ti, q])
print(len(out), "deal lines;",
      {s: sum(1 for x in out if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
