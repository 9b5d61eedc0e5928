#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv of the fortyninth workspace (Lattice Ridge Software, FY27)
from the real Maven CRM export in /work/shared/data/maven-crm/. Standard library only;
deterministic (no randomness: choices come from a hash of the opportunity id).

- 13 Maven agents are renamed to Lattice Ridge AEs (AGENTS below); their opportunities are
  kept when crc32(id) % 10 < 3 (about 30%), so each AE has a realistic number of deals.
- Dates move 9 years on (2017 -> 2026). Won deals closing after the as-of date (2026-11-20)
  become open deals; Engaging/Prospecting are open (probability 0.5 / 0.2), expected to close
  this week (16 or 19 November 2026, just before the as-of date, so a won pipeline counts).
- amount = close_value x the AE's own factor (2.0-10.7, last field of AGENTS, tuned so that
  attainments spread from about 60% to 150%),
  rounded to the nearest 100 USD (open deals use the product's list price the same way).
- product: GTX Basic/GTX Plus Basic -> Core Platform; GTXPro/GTX Plus Pro -> Analytics
  Add-on; MG Special -> Data Connectors; MG Advanced and GTK 500 -> Premium Support.
- type: the first kept opportunity of an AE at an account is "new" (a new logo); later ones
  are "renewal" when crc32(id) % 4 == 0, else "expansion". term_months 12, 24 or 36
  (new logos 36 when crc32 % 3 == 0, 24 when 1).
- 14 won deals (crc32(id) % 23 == 5) are cancelled, the cancel date 45-255 days after close,
  capped at the as-of date.
"""
import csv, zlib, datetime, os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = datetime.date(2026, 11, 20)

AGENTS = {  # Maven agent -> (AE id, manager, territory, start, new_arr quarterly quota, renewal annual quota, factor)
    "Darcel Schlecht":   ("Dana Kowalczyk",      "Gregory Halvorsen", "Enterprise", "", "300000.00", "300000.00", 6),
    "Vicki Laflamme":    ("Michael Brennan",     "Gregory Halvorsen", "Enterprise", "", "300000.00", "300000.00", 10),
    "Kary Hendrixson":   ("Jessica Alvarado",    "Gregory Halvorsen", "Enterprise", "", "300000.00", "300000.00", 10.7),
    "Zane Levy":         ("Christopher Nguyen",  "Gregory Halvorsen", "Enterprise", "", "300000.00", "300000.00", 7.8),
    "Jonathan Berthelot":("Michael Fitzgerald",  "Tamara Ellison",    "Mid-Market", "", "150000.00", "150000.00", 6),
    "Gladys Colclough":  ("Brittany Sullivan",   "Tamara Ellison",    "Mid-Market", "", "150000.00", "150000.00", 6.1),
    "Marty Freudenburg": ("Jonathan Pryor",      "Tamara Ellison",    "Mid-Market", "", "150000.00", "150000.00", 5.8),
    "Corliss Cosme":     ("Elizabeth Marsh",     "Tamara Ellison",    "Mid-Market", "", "150000.00", "150000.00", 6.6),
    "Reed Clapper":      ("Kevin Abernathy",     "Tamara Ellison",    "Mid-Market", "", "150000.00", "150000.00", 4.5),
    "Hayden Neloms":     ("Samantha Rhodes",     "Derek Chamberlain", "SMB",        "", "60000.00",  "60000.00", 2.3),
    "Cassey Cress":      ("Tyler Beckett",       "Derek Chamberlain", "SMB",        "", "60000.00",  "60000.00", 2.0),
    "Moses Frase":       ("Ashley Coleman",      "Derek Chamberlain", "SMB",        "", "60000.00",  "60000.00", 3.0),
    "Boris Faz":         ("Robert Delgado",      "Derek Chamberlain", "SMB",        "2026-06-01", "60000.00", "60000.00", 2.5),
}
PRODUCT = {"GTX Basic": "Core Platform", "GTX Plus Basic": "Core Platform",
           "GTXPro": "Analytics Add-on", "GTX Plus Pro": "Analytics Add-on",
           "MG Special": "Data Connectors", "MG Advanced": "Premium Support",
           "GTK 500": "Premium Support"}


def h(s):
    return zlib.crc32(s.encode())


def shift(d):
    y, m, dd = map(int, d.split("-"))
    return datetime.date(y + 9, m, dd)


def r100(x):
    return "%d.00" % (int(round(x / 100.0)) * 100)


def main():
    prices = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(open(f"{SRC}/products.csv"))}
    rows = [r for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")) if r["sales_agent"] in AGENTS]
    rows = [r for r in rows if h(r["opportunity_id"]) % 10 < 3]
    rows.sort(key=lambda r: (r["close_date"] or r["engage_date"] or "9", r["opportunity_id"]))
    seen = set()
    out = []
    for r in rows:
        ae, mgr, terr, start, q, rq, f = AGENTS[r["sales_agent"]]
        oid = r["opportunity_id"]
        k = h(oid)
        prod = PRODUCT.get(r["product"], "Core Platform")
        acct = r["account"] or ""
        stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
        close = shift(r["close_date"]) if r["close_date"] else None
        if start and close and close < datetime.date(2026, 6, 1):
            continue  # Robert Delgado joined on 2026-06-01
        prob = ""
        if stage == "won" and close > AS_OF:
            stage, prob = "open", "0.6"
        if stage == "open":
            if not prob:
                prob = "0.5" if r["deal_stage"] == "Engaging" else "0.2"
            close = datetime.date(2026, 11, 16) if k % 2 else datetime.date(2026, 11, 19)
            amount = r100(prices[r["product"] if r["product"] != "GTXPro" else "GTX Pro"] * f) if not r["close_value"] or stage == "open" and r["deal_stage"] != "Won" else r100(float(r["close_value"]) * f)
        elif stage == "lost":
            amount = r100(prices[r["product"] if r["product"] != "GTXPro" else "GTX Pro"] * f)
        else:
            amount = r100(float(r["close_value"]) * f)
        if float(amount) <= 0:
            amount = "100.00"
        key = (ae, acct)
        if stage in ("won",) and acct and key not in seen:
            typ = "new"
            seen.add(key)
        elif stage != "won" and acct and key not in seen:
            typ = "new"
        else:
            typ = "renewal" if k % 4 == 0 else "expansion"
        if typ == "new":
            term = "36" if k % 3 == 0 else ("24" if k % 3 == 1 else "12")
        else:
            term = "12"
        cancel = ""
        if stage == "won" and k % 23 == 5:
            stage = "cancelled"
            c = close + datetime.timedelta(days=45 + k % 211)
            cancel = min(c, AS_OF).isoformat()
        out.append({"id": oid, "seller": ae, "name": f"{acct or 'Unassigned'} - {prod}", "account": acct,
                    "product": prod, "type": typ, "stage": stage, "amount": amount,
                    "close_date": close.isoformat(), "probability": prob, "term_months": term,
                    "cancel_date": cancel, "split": "1"})
    cols = ["id", "seller", "name", "account", "product", "type", "stage", "amount", "close_date",
            "probability", "term_months", "cancel_date", "split"]
    with open(f"{HERE}/deals.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, cols, lineterminator="\n")
        w.writeheader()
        w.writerows(sorted(out, key=lambda d: (d["seller"], d["close_date"], d["id"])))
    with open(f"{HERE}/sellers.csv", "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                    "quota:new_arr", "quota:renewal_arr"])
        for ae, mgr, terr, start, q, rq, f in AGENTS.values():
            w.writerow([ae, ae, mgr, terr, "Account Executive", start, "", q, rq])


if __name__ == "__main__":
    main()
