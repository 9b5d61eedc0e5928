#!/usr/bin/env python3
"""Generate deals.csv and sellers.csv for the fortyseventh workspace (Cedarline Surgical).

Synthetic but deterministic (random.seed(47)); standard library only.
Won deals close 2026-01-05 .. 2026-09-15; the set is written as of 2026-09-18.
Open deals carry expected closes in Oct-Dec 2026.
"""
import csv, random, datetime as dt

random.seed(47)
D = dt.date

REGIONS = {
    "Gulf Coast": ("Denise Fontenot", [
        ("Marcus Boudreaux", "Senior Territory Manager", "", ""),
        ("Jessica Thibodeaux", "Territory Manager", "", ""),
        ("Tyler Guidry", "Territory Manager", "", ""),
        ("Brandon Okafor", "Associate Territory Manager", "2026-04-01", ""),
    ], ["HCA Houston Healthcare", "Ochsner Medical Center", "Memorial Hermann", "Touro Infirmary",
        "Baptist Health Mobile", "Bayou Surgery Center", "Houston Methodist", "Christus Spohn"]),
    "Mountain West": ("Greg Halvorsen", [
        ("Jessica Lindqvist", "Territory Manager", "", ""),
        ("Cody Ramirez", "Territory Manager", "", ""),
        ("Kaitlyn Brooks", "Territory Manager", "", ""),
        ("Wyatt Sorensen", "Territory Manager", "", ""),
    ], ["Intermountain Medical Center", "St. Mary's Regional", "UCHealth Anschutz", "Banner Desert",
        "Denver Health", "St. Luke's Boise", "Front Range Surgery Center", "Billings Clinic"]),
    "Pacific": ("Lorraine Tanaka", [
        ("Joanna Kim", "Senior Territory Manager", "", ""),
        ("Nathaniel Reyes", "Territory Manager", "", ""),
        ("Priscilla Huang", "Territory Manager", "", ""),
        ("Derek Castellano", "Territory Manager", "", ""),
    ], ["UCSF Medical Center", "Mercy General", "Providence Portland", "Sutter Roseville",
        "Kaiser Oakland", "Bay Area Surgical Center", "Harborview", "Scripps La Jolla"]),
}
QUOTA_OVERRIDE = {"Marcus Boudreaux": "3600000.00", "Joanna Kim": "3600000.00"}
SURGEONS = ["Patel", "Nguyen", "Okonkwo", "Hoffman", "Alvarez", "Chen", "Brennan", "Singh",
            "Kowalski", "Lambert", "Moreau", "Whitfield", "Dasgupta", "Ferreira", "Olsen"]

def rdate(a, b):
    return a + dt.timedelta(days=random.randint(0, (b - a).days))

def money(x):
    return f"{x:.2f}"

rows, sellers = [], []
n = 0
def nid():
    global n
    n += 1
    return f"CS-{n:04d}"

for region, (mgr, reps, accounts) in REGIONS.items():
    for name, role, start, end in reps:
        sellers.append({"id": name, "name": name, "manager": mgr, "territory": region, "role": role,
                        "start_date": start, "end_date": end,
                        "quota:capital": QUOTA_OVERRIDE.get(name, "")})
        first = D.fromisoformat(start) if start else D(2026, 1, 5)
        accts = random.sample(accounts, 5)
        # capital won
        ncap = random.randint(3, 6) if not start else 2
        for i in range(ncap):
            robot = random.random() < 0.3
            prod = "Surgical Robot" if robot else "Endoscopy Tower"
            amt = random.randrange(1000000, 1900000, 5000) if robot else random.randrange(180000, 460000, 5000)
            typ = random.choice(["new_account", "upgrade", "replacement", "upgrade"])
            acct = accts[i % 5]
            surg = random.choice(SURGEONS)
            what = "robot" if robot else "tower"
            rows.append(dict(id=nid(), seller=name, account=acct, name=f"Dr. {surg}'s {what} - {acct}",
                             type=typ, product=prod, amount=money(amt),
                             close_date=rdate(first, D(2026, 9, 15)).isoformat(), stage="won",
                             split="1", probability="", term_months="", cancel_date=""))
        # disposables: monthly case-kit orders
        m = first.month
        for month in range(m, 10):
            if random.random() < 0.85:
                acct = random.choice(accts)
                last = 15 if month == 9 else 28
                cd = D(2026, month, random.randint(2, last))
                if cd < first:
                    continue
                amt = random.randrange(12000, 68000, 250)
                rows.append(dict(id=nid(), seller=name, account=acct, name=f"Case kits {cd.strftime('%b')} - {acct}",
                                 type=random.choice(["upgrade", "replacement", "new_account"]) if random.random() < 0.3 else "upgrade",
                                 product="Case Kits", amount=money(amt), close_date=cd.isoformat(), stage="won",
                                 split="1", probability="", term_months="", cancel_date=""))
        # service contracts
        for i in range(random.randint(1, 3)):
            acct = random.choice(accts)
            term = random.choice([12, 24, 36])
            rows.append(dict(id=nid(), seller=name, account=acct, name=f"Service contract {term}mo - {acct}",
                             type="upgrade", product="Service Contract", amount=money(random.randrange(40000, 160000, 1000)),
                             close_date=rdate(first, D(2026, 9, 15)).isoformat(), stage="won",
                             split="1", probability="", term_months=str(term), cancel_date=""))
        # lost
        for i in range(random.randint(1, 3)):
            robot = random.random() < 0.3
            prod = "Surgical Robot" if robot else "Endoscopy Tower"
            acct = random.choice(accounts)
            amt = random.randrange(1000000, 1900000, 5000) if robot else random.randrange(180000, 460000, 5000)
            rows.append(dict(id=nid(), seller=name, account=acct, name=f"Dr. {random.choice(SURGEONS)}'s {'robot' if robot else 'tower'} - {acct}",
                             type=random.choice(["new_account", "replacement"]), product=prod, amount=money(amt),
                             close_date=rdate(first, D(2026, 9, 10)).isoformat(), stage="lost",
                             split="1", probability="", term_months="", cancel_date=""))
        # open pipeline
        for i in range(random.randint(2, 4)):
            robot = random.random() < 0.3
            prod = "Surgical Robot" if robot else "Endoscopy Tower"
            acct = random.choice(accounts)
            amt = random.randrange(1000000, 1900000, 5000) if robot else random.randrange(180000, 460000, 5000)
            rows.append(dict(id=nid(), seller=name, account=acct, name=f"Dr. {random.choice(SURGEONS)}'s {'robot' if robot else 'tower'} - {acct}",
                             type=random.choice(["new_account", "upgrade", "replacement"]), product=prod, amount=money(amt),
                             close_date=rdate(D(2026, 10, 1), D(2026, 12, 20)).isoformat(), stage="open",
                             split="1", probability=random.choice(["0.25", "0.5", "0.75"]), term_months="", cancel_date=""))

# cancellations / returns of capital deals (clawback window 180 days)
cap = [r for r in rows if r["stage"] == "won" and r["product"] in ("Surgical Robot", "Endoscopy Tower")
       and r["close_date"] < "2026-07-01"]
for r, days in zip(random.sample(cap, 4), [45, 95, 150, 230]):
    c = D.fromisoformat(r["close_date"]) + dt.timedelta(days=days)
    if c > D(2026, 9, 18):
        c = D(2026, 9, 16)
    r["stage"] = "cancelled"
    r["cancel_date"] = c.isoformat()

rows.sort(key=lambda r: (r["seller"], r["close_date"], r["id"]))
cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage", "split",
        "probability", "term_months", "cancel_date"]
with open("deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols)
    w.writeheader()
    for r in rows:
        w.writerow({k: r[k] for k in cols})
with open("sellers.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:capital"])
    w.writeheader()
    w.writerows(sellers)
print(len(rows), "lines,", len(sellers), "sellers")
