#!/usr/bin/env python3
"""Make deals.csv and sellers.csv for the twentythird workspace (Corvane Medical, FY2026).

The deal skeleton is the real Maven CRM export (/work/shared/data/maven-crm/sales_pipeline.csv):
twelve of its agents stand in for Corvane's twelve territory managers. A subsample of each
agent's opportunities (every k-th in engage-date order, k per agent) becomes Corvane
opportunities with the same stage and the same close date moved eight years on (2017 -> 2025);
a new hire keeps only those closing on or after the start date.
The Maven product picks the Corvane product; the Maven close value relative to the product's
list price scales the Corvane amount; the Maven account picks one of the rep's hospitals.
Open opportunities (Engaging / Prospecting) get a forecast close in December 2025 and a
win probability (0.6 / 0.25). Everything else is drawn from a seeded random generator, so the
script always writes the same files.

Usage: python3 gen_deals.py [path/to/sales_pipeline.csv]   (writes beside this script)
"""
import csv
import datetime as dt
import hashlib
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/maven-crm/sales_pipeline.csv"
AS_OF = dt.date(2025, 12, 31)
rng = random.Random(2323)

# Corvane rep <- Maven agent, subsample step, manager, region, start date, quota override
ROSTER = [
    # Northeast
    ("Joanna Pruitt",   "Anna Snelling",     6, "Diane Kowalski", "Northeast", "", {}),
    ("Megan Ortiz",     "Kami Bicknell",     6, "Diane Kowalski", "Northeast", "", {}),
    ("Tyrell Banks",    "Gladys Colclough",  6, "Diane Kowalski", "Northeast", "", {}),
    ("Nathan Greer",    "Hayden Neloms",     4, "Diane Kowalski", "Northeast", "", {}),
    # Great Lakes
    ("Megan Walsh",     "Versie Hillebrand", 6, "Ray Lindqvist",  "Great Lakes", "", {}),
    ("Chris Dunleavy",  "Markita Hansen",    5, "Ray Lindqvist",  "Great Lakes", "", {}),
    ("Brandon Kessler", "Kary Hendrixson",   5, "Ray Lindqvist",  "Great Lakes", "", {}),
    ("Alicia Fuentes",  "Wilburn Farren",    3, "Ray Lindqvist",  "Great Lakes", "2025-08-04", {}),
    # Southeast
    ("Chris Yamamoto",  "Cassey Cress",      6, "Carmen Reyes",   "Southeast", "", {}),
    ("Dwayne Hollis",   "Vicki Laflamme",    5, "Carmen Reyes",   "Southeast", "", {"consumables": "450000.00"}),
    ("Katelyn Moore",   "Corliss Cosme",     6, "Carmen Reyes",   "Southeast", "", {}),
    ("Rebecca Stroud",  "Moses Frase",       5, "Carmen Reyes",   "Southeast", "", {}),
]

HOSPITALS = {
    "Joanna Pruitt":   ["St. Columba's Hospital", "Kingsbridge Regional Medical Center", "Hartwell University Hospital"],
    "Megan Ortiz":     ["Penhallow Children's Hospital", "Merriton General Hospital", "Saltmarsh Community Hospital"],
    "Tyrell Banks":    ["Ashgrove Memorial Hospital", "Thornfield Medical Center", "Stonehaven Cancer Institute"],
    "Nathan Greer":    ["Quarry Point Surgical Center", "Wexcombe VA Medical Center", "Lindell Rehabilitation Hospital"],
    "Megan Walsh":     ["Lakeshore Lutheran Hospital", "Sable Point Medical Center", "St. Casimir Hospital"],
    "Chris Dunleavy":  ["Wendover Community Hospital", "Ironwood Regional Medical Center", "Prairie Heart Institute"],
    "Brandon Kessler": ["Keel Harbor Hospital", "Bramblewood Children's Hospital", "Fenwick Memorial Hospital"],
    "Alicia Fuentes":  ["Tamarack Valley Medical Center", "Cold Spring Orthopedic Hospital", "Northgate Surgical Pavilion"],
    "Chris Yamamoto":  ["Bayou Crest Medical Center", "St. Perpetua's Hospital", "Palmetto Coast Regional"],
    "Dwayne Hollis":   ["Cypress Hollow Hospital", "Live Oak Baptist Hospital", "Tidewater Heart & Vascular"],
    "Katelyn Moore":   ["Sweetgum Community Hospital", "Pelican Bay Medical Center", "Azalea Park Women's Hospital"],
    "Rebecca Stroud":  ["Red Clay Regional Hospital", "Gulfbreeze Surgical Institute", "Cape Sorrel Hospital"],
}

# Health-system (IDN) deals: the lead rep's deals at the IDN are split with a partner.
IDN = {
    "Joanna Pruitt":   ("Alder Bay Health System", "Tyrell Banks", "0.6"),
    "Brandon Kessler": ("Holloway Health Partners", "Megan Walsh", "0.7"),
    "Chris Yamamoto":  ("Magnolia Ridge Health", "Katelyn Moore", "0.5"),
}

# Maven product -> (Corvane product(s), base amount, measure family)
PRODUCTS = {
    "GTX Plus Pro":   (["Kestrel K7 Ventilator"], 92000, "capital"),
    "GTXPro":         (["Orbis 3 Patient Monitor"], 68000, "capital"),
    "MG Advanced":    (["InfuSure P40 Pump"], 54000, "capital"),
    "GTK 500":        (["Sonara S12 Ultrasound"], 145000, "capital"),
    "GTX Plus Basic": (["ClearLine IV Sets"], 36000, "consumables"),
    "GTX Basic":      (["AirPath Vent Circuits", "TruSat Sensor Packs"], 24000, "consumables"),
    "MG Special":     (["CareShield Service Plan"], 18000, "service"),
}
MAVEN_PRICE = {"GTX Basic": 550, "GTXPro": 4821, "MG Special": 55, "MG Advanced": 3393,
               "GTX Plus Pro": 5482, "GTX Plus Basic": 1096, "GTK 500": 26768}

WHAT = {
    "Kestrel K7 Ventilator": ["ICU ventilator refresh", "RT fleet expansion", "NICU ventilators", "vent replacement"],
    "Orbis 3 Patient Monitor": ["med-surg monitoring", "telemetry upgrade", "ED monitors", "step-down monitors"],
    "InfuSure P40 Pump": ["pump conversion", "infusion fleet", "oncology pumps", "smart pump rollout"],
    "Sonara S12 Ultrasound": ["point-of-care ultrasound", "cardiology ultrasound"],
    "ClearLine IV Sets": ["IV sets contract", "IV sets standing order"],
    "AirPath Vent Circuits": ["vent circuits agreement", "circuits standing order"],
    "TruSat Sensor Packs": ["SpO2 sensor agreement", "sensor standing order"],
    "CareShield Service Plan": ["CareShield coverage", "CareShield service agreement"],
}


def h(s):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16)


def money(x):
    return f"{x:.2f}"


def main():
    src = list(csv.DictReader(open(SRC, newline="")))
    lines = []
    seq = 31000
    for rep, agent, step, mgr, region, start, _q in ROSTER:
        opps = sorted((r for r in src if r["sales_agent"] == agent),
                      key=lambda r: (r["engage_date"], r["opportunity_id"]))
        opps = opps[::step]
        won_at = set()
        for r in opps:
            stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
            names, base, fam = PRODUCTS[r["product"]]
            product = names[h(r["opportunity_id"]) % len(names)]
            if r["close_date"]:
                close = dt.date.fromisoformat(r["close_date"]).replace(year=2025)
            else:
                close = dt.date(2025, 12, rng.randint(5, 31))
            if start and close < dt.date.fromisoformat(start):
                continue
            if r["close_value"] and int(r["close_value"]) > 0:
                ratio = int(r["close_value"]) / MAVEN_PRICE[r["product"]]
            else:
                ratio = 1.0
            if fam == "capital":
                mult = rng.choice([0.5, 0.75, 1, 1, 1.25, 1.5, 2, 2.5])
            else:
                mult = rng.choice([0.5, 0.75, 1, 1, 1.5])
            amount = round(base * ratio * mult / 50) * 50
            hosp = HOSPITALS[rep]
            account = hosp[h(r["account"] + rep) % len(hosp)]
            split_with = None
            if rep in IDN and fam != "service" and h(r["opportunity_id"]) % 4 == 0:
                account, partner, share = IDN[rep]
                split_with = (partner, share)
            if fam == "capital":
                key = (account, "capital")
                dtype = "upgrade" if (key in won_at and rng.random() < 0.7) else "new"
                term = ""
            else:
                dtype = rng.choice(["new", "renewal", "renewal"])
                term = str(rng.choice([12, 24, 36, 36, 60]))
            if stage == "won":
                won_at.add((account, fam))
            prob = ""
            if stage == "open":
                prob = "0.6" if r["deal_stage"] == "Engaging" else "0.25"
            seq += rng.randint(3, 40)
            did = f"CV-{seq}"
            name = f"{account.replace(' Hospital', '').replace(' Medical Center', '')} {rng.choice(WHAT[product])}"
            row = dict(id=did, seller=rep, account=account, name=name, type=dtype, product=product,
                       amount=money(amount), close_date=close.isoformat(), stage=stage, split="1",
                       probability=prob, term_months=term, cancel_date="", currency="USD")
            if split_with:
                partner, share = split_with
                row["split"] = share
                other = dict(row)
                other["seller"] = partner
                other["split"] = str(round(1 - float(share), 4))
                lines.append(row)
                lines.append(other)
            else:
                lines.append(row)

    # Returned or cancelled capital equipment: a few won capital deals are cancelled later.
    cands = [r for r in lines if r["stage"] == "won" and r["product"] in
             ("Kestrel K7 Ventilator", "Orbis 3 Patient Monitor", "InfuSure P40 Pump")
             and r["split"] == "1"]
    rng.shuffle(cands)
    for r in cands[:10]:
        close = dt.date.fromisoformat(r["close_date"])
        cancel = min(close + dt.timedelta(days=rng.randint(15, 200)), AS_OF)
        r["stage"] = "cancelled"
        r["cancel_date"] = cancel.isoformat()

    lines.sort(key=lambda r: (r["seller"], r["close_date"], r["id"]))
    cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
            "split", "probability", "term_months", "cancel_date", "currency"]
    with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(lines)

    with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                    "quota:consumables"])
        for rep, agent, step, mgr, region, start, q in ROSTER:
            role = "Senior Territory Manager" if q else "Territory Manager"
            w.writerow([rep, rep, mgr, region, role, start, "", q.get("consumables", "")])


if __name__ == "__main__":
    main()
