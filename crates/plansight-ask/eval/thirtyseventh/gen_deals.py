#!/usr/bin/env python3
"""Generate deals.csv and sellers.csv for the thirtyseventh workspace (Northgate Mechanical).
Synthetic, seeded, standard library only. Run: python3 gen_deals.py"""
import csv, random
from datetime import date, timedelta

random.seed(3707)
AS_OF = date(2026, 1, 20)
START = date(2025, 3, 1)

MANAGERS = {"Downtown": "Marcus Whitfield", "North Suburbs": "Dana Okafor", "South Metro": "Luis Carrasco"}
# id, branch, start_date, end_date, quota:gp override, strength
SELLERS = [
    ("Jennifer Nakamura", "Downtown", "", "", "140000.00", 1.35),
    ("Rafael Ortiz", "Downtown", "", "", "", 1.0),
    ("Tamika Johnson", "Downtown", "", "", "", 1.15),
    ("Christopher Walsh", "Downtown", "", "2025-11-14", "", 0.8),
    ("Olumide Adeyemi", "Downtown", "2025-10-06", "", "", 0.55),
    ("Jennifer Kowalski", "North Suburbs", "", "", "", 0.9),
    ("Deshawn Brooks", "North Suburbs", "", "", "", 1.25),
    ("Priyanka Raman", "North Suburbs", "", "", "", 1.05),
    ("Michael Brennan", "North Suburbs", "", "", "", 0.7),
    ("Katherine Sullivan", "South Metro", "", "", "", 1.1),
    ("Anh Tran", "South Metro", "", "", "", 0.95),
    ("Robert Delgado", "South Metro", "", "", "", 0.85),
    ("Marcus Lee", "South Metro", "", "", "", 1.0),
    ("Samira Haddad", "South Metro", "2025-08-18", "", "", 0.6),
]
ACCOUNTS = [
    "Mercy Regional Medical Center", "Harborview Towers", "Cedar Grove School District",
    "Pinecrest Property Group", "Riverside Office Park", "First Lutheran Church",
    "Metro Transit Authority", "Brightwater Apartments", "Oakmont Senior Living",
    "Kessler Cold Storage", "Union Square Hotel", "Hollis Data Center",
    "Westfield Plaza Management", "Dalton County Courthouse", "Northside Ice Arena",
    "St. Agnes Hospital", "Lakeshore Community College", "Granite Peak Offices",
    "Bayfront Condominiums", "Evergreen Public Library", "Midtown Medical Arts",
    "Summit Ridge Elementary", "Ironworks Lofts", "Parkway Shopping Center",
    "Fairview Nursing Home", "Tri-City Water Works", "Belmont Hotel Group",
    "Crescent Logistics", "Maple Hill High School", "Heritage Bank Tower",
]
PRODUCTS = ["Chillers", "Rooftop Units", "Building Controls", "Boilers", "Air Handling"]
PW = [2, 4, 3, 2, 2]

def rdate(a, b):
    return a + timedelta(days=random.randint(0, (b - a).days))

def money(x):
    return f"{x:.2f}"

rows = []
n = 100
def nid():
    global n
    n += 1
    return f"NGM-{n:04d}"

for sid, branch, sd, ed, q, s in SELLERS:
    a = date.fromisoformat(sd) if sd else START
    b = min(AS_OF, date.fromisoformat(ed)) if ed else AS_OF
    months = max(1, ((b - a).days) / 30.4)
    accts = random.sample(ACCOUNTS, 9)
    for _ in range(int(months * 3.3)):
        t = random.choices(["project", "repair", "agreement"], [4, 5, 3])[0]
        prod = random.choices(PRODUCTS, PW)[0]
        acct = random.choice(accts)
        if t == "project":
            amt = random.uniform(15000, 75000) * s
            name = f"{acct} - {prod} retrofit"
        elif t == "repair":
            amt = random.uniform(1500, 11000) * s
            name = f"{acct} - {prod} T&M repair"
        else:
            amt = random.uniform(9000, 70000) * s
            if random.random() < 0.2:
                amt = random.uniform(75000, 120000)
            name = f"{acct} - {prod} planned maintenance"
        amt = round(amt, -1) if t != "repair" else round(amt, 2)
        stage = random.choices(["won", "lost", "open"], [64, 22, 14])[0]
        row = dict(id=nid(), seller=sid, amount=money(amt), close_date="", stage=stage, type=t,
                   product=prod, split="", probability="", term_months="", cancel_date="",
                   account=acct, name=name)
        if t == "agreement":
            row["term_months"] = str(random.choice([12, 12, 24, 36, 60]))
        if stage == "open":
            row["close_date"] = rdate(date(2026, 1, 26), date(2026, 2, 27)).isoformat()
            row["probability"] = random.choice(["0.25", "0.5", "0.75", "0.9"])
        else:
            row["close_date"] = rdate(a, b).isoformat()
            if stage == "won" and random.random() < 0.06:
                cd = date.fromisoformat(row["close_date"]) + timedelta(days=random.randint(20, 260))
                if cd <= AS_OF:
                    row["stage"] = "cancelled"
                    row["cancel_date"] = cd.isoformat()
        rows.append(row)

# a few co-sold retrofit projects: two lines, same id, split 50/50
pairs = [("Jennifer Nakamura", "Olumide Adeyemi", "Hollis Data Center", "Chillers", "2025-11-20", 38000),
         ("Deshawn Brooks", "Michael Brennan", "Lakeshore Community College", "Building Controls", "2025-07-09", 26000),
         ("Katherine Sullivan", "Samira Haddad", "St. Agnes Hospital", "Boilers", "2025-12-04", 31000)]
for a1, a2, acct, prod, d, amt in pairs:
    i = nid()
    for sid in (a1, a2):
        rows.append(dict(id=i, seller=sid, amount=money(amt), close_date=d, stage="won", type="project",
                         product=prod, split="0.5", probability="", term_months="", cancel_date="",
                         account=acct, name=f"{acct} - {prod} retrofit (co-sold)"))

rows.sort(key=lambda r: (r["close_date"], r["id"], r["seller"]))
cols = ["id", "seller", "amount", "close_date", "stage", "type", "product", "split", "probability",
        "term_months", "cancel_date", "account", "name"]
with open("deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols)
    w.writeheader()
    w.writerows(rows)

with open("sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:gp"])
    for sid, branch, sd, ed, q, s in SELLERS:
        w.writerow([sid, sid, MANAGERS[branch], branch, "Account Manager", sd, ed, q])
print(len(rows), "lines")
