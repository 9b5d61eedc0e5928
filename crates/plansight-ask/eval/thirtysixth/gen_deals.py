#!/usr/bin/env python3
"""Brightwall Security AE deals for plan year 2025 (calendar), as of 2025-10-31.

Accounts are the real public Maven CRM export's accounts
(/work/shared/data/maven-crm/accounts.csv): accounts with 3,000+ employees are
Enterprise, the rest Mid-Market. Everything else is generated with a fixed seed.
Writes deals.csv and sellers.csv beside this file. Standard library only.
"""
import csv, random, datetime as dt, os

HERE = os.path.dirname(os.path.abspath(__file__))
ACCOUNTS = "/work/shared/data/maven-crm/accounts.csv"
AS_OF = dt.date(2025, 10, 31)
rng = random.Random(3636)

PRODUCTS = ["Sentry Endpoint", "MailShield", "Lumen SIEM", "Overwatch MDR"]
PRICE = {  # typical ARR range (mid-market), enterprise x2.5
    "Sentry Endpoint": (18000, 70000),
    "MailShield": (9000, 35000),
    "Lumen SIEM": (30000, 110000),
    "Overwatch MDR": (40000, 130000),
}

# id, manager, territory, start, end, perf multiplier
SELLERS = [
    ("Marcus Bell",        "Denise Okafor",    "Mid-Market East", None, None, 1.0),
    ("Katherine Nguyen",   "Denise Okafor",    "Mid-Market East", None, None, 0.95),
    ("Luis Ortega",        "Denise Okafor",    "Mid-Market East", None, "2025-08-29", 0.80),
    ("Aisha Rahman",       "Denise Okafor",    "Mid-Market East", None, None, 1.05),
    ("Tom Kowalski",       "Denise Okafor",    "Mid-Market East", None, None, 0.60),
    ("Tom Whitfield",      "Rafael Gutierrez", "Mid-Market West", None, None, 1.10),
    ("Grace Park",         "Rafael Gutierrez", "Mid-Market West", None, None, 1.1),
    ("DeShawn Carter",     "Rafael Gutierrez", "Mid-Market West", None, None, 0.85),
    ("Samantha Reyes",     "Rafael Gutierrez", "Mid-Market West", None, None, 1.00),
    ("Ben Adeyemi",        "Rafael Gutierrez", "Mid-Market West", "2025-07-01", None, 0.55),
    ("Elizabeth Brennan",  "Howard Kessler",   "Enterprise",      None, None, 1.20),
    ("Vikram Desai",       "Howard Kessler",   "Enterprise",      None, None, 0.90),
    ("Natalie Goldberg",   "Howard Kessler",   "Enterprise",      "2025-04-14", None, 0.75),
    ("Jamal Washington",   "Howard Kessler",   "Enterprise",      None, None, 1.05),
]

def load_accounts():
    mm, ent = [], []
    with open(ACCOUNTS, newline="") as f:
        for r in csv.DictReader(f):
            (ent if int(r["employees"]) >= 3000 else mm).append(r["account"])
    return mm, ent

def rand_date(a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))

def money(x):
    return f"{x:.2f}"

def main():
    mm, ent = load_accounts()
    rows = []
    n = [1000]
    def nid():
        n[0] += rng.randint(1, 9)
        return f"BW-{n[0]}"
    won_accounts = {}  # seller -> set(accounts won new)
    for sid, mgr, terr, start, end, perf in SELLERS:
        is_ent = terr == "Enterprise"
        pool = ent if is_ent else mm
        mult = 1.9 if is_ent else 1.0
        s = dt.date.fromisoformat(start) if start else dt.date(2025, 1, 1)
        e = dt.date.fromisoformat(end) if end else AS_OF
        mine = rng.sample(pool, min(len(pool), 14 if is_ent else 18))
        owned = set()
        month = s.replace(day=1)
        while month <= e:
            nxt = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            lo, hi = max(month, s), min(nxt - dt.timedelta(days=1), e)
            # new / expansion wins
            k = max(0, round(rng.gauss(1.7 * perf, 0.8)))
            for _ in range(k):
                prod = rng.choice(PRODUCTS)
                a, b = PRICE[prod]
                amt = round(rng.uniform(a, b) * mult * (0.8 + 0.4 * perf) / 100) * 100
                acct = rng.choice(mine)
                typ = "expansion" if acct in owned and rng.random() < 0.7 else "new"
                owned.add(acct)
                term = rng.choice([12, 12, 12, 24, 36]) if typ == "new" else 12
                rows.append(dict(id=nid(), seller=sid, amount=money(amt),
                                 close_date=rand_date(lo, hi).isoformat(), stage="won",
                                 type=typ, product=prod, split="", probability="",
                                 term_months=term, cancel_date="", account=acct))
            # renewals
            for _ in range(rng.choice([0, 1, 1, 2])):
                prod = rng.choice(PRODUCTS)
                a, b = PRICE[prod]
                amt = round(rng.uniform(a, b) * mult * 0.9 / 100) * 100
                rows.append(dict(id=nid(), seller=sid, amount=money(amt),
                                 close_date=rand_date(lo, hi).isoformat(), stage="won",
                                 type="renewal", product=prod, split="", probability="",
                                 term_months=12, cancel_date="", account=rng.choice(mine)))
            # lost
            for _ in range(rng.choice([0, 1, 1, 2])):
                prod = rng.choice(PRODUCTS)
                a, b = PRICE[prod]
                amt = round(rng.uniform(a, b) * mult / 100) * 100
                rows.append(dict(id=nid(), seller=sid, amount=money(amt),
                                 close_date=rand_date(lo, hi).isoformat(), stage="lost",
                                 type=rng.choice(["new", "new", "expansion", "renewal"]),
                                 product=prod, split="", probability="", term_months="",
                                 cancel_date="", account=rng.choice(mine)))
            month = nxt
        # open pipeline, Nov-Dec 2025
        if end is None:
            for _ in range(rng.randint(3, 6)):
                prod = rng.choice(PRODUCTS)
                a, b = PRICE[prod]
                amt = round(rng.uniform(a, b) * mult / 100) * 100
                acct = rng.choice(mine)
                rows.append(dict(id=nid(), seller=sid, amount=money(amt),
                                 close_date=rand_date(dt.date(2025, 11, 3), dt.date(2025, 12, 19)).isoformat(),
                                 stage="open", type="expansion" if acct in owned else "new",
                                 product=prod, split="",
                                 probability=rng.choice(["0.2", "0.4", "0.6", "0.8"]),
                                 term_months=12, cancel_date="", account=acct))
    # cancellations: some wins cancelled (non-payment / churn)
    won = [r for r in rows if r["stage"] == "won" and r["type"] != "renewal"]
    for r in rng.sample(won, 9):
        cd = dt.date.fromisoformat(r["close_date"])
        days = rng.choice([20, 45, 60, 85, 120, 150])
        c = min(cd + dt.timedelta(days=days), AS_OF)
        r["stage"] = "cancelled"
        r["cancel_date"] = c.isoformat()
    # co-sell: Enterprise AE + Mid-Market AE split 50/50 on a few big deals
    pairs = [("Jamal Washington", "Marcus Bell", "2025-05-22", "Lumen SIEM", 220000),
             ("Elizabeth Brennan", "Grace Park", "2025-08-14", "Overwatch MDR", 260000),
             ("Vikram Desai", "Samantha Reyes", "2025-09-30", "Sentry Endpoint", 140000)]
    for a, b, d, prod, amt in pairs:
        i = nid()
        acct = rng.choice(ent)
        for sid in (a, b):
            rows.append(dict(id=i, seller=sid, amount=money(amt), close_date=d, stage="won",
                             type="new", product=prod, split="0.5", probability="",
                             term_months=36, cancel_date="", account=acct))
    rows.sort(key=lambda r: (r["close_date"], r["id"], r["seller"]))
    for r in rows:
        r["name"] = f'{r["account"]} - {r["product"]} - {r["type"]}'
    cols = ["id", "seller", "amount", "close_date", "stage", "type", "product", "split",
            "probability", "term_months", "cancel_date", "account", "name"]
    with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in cols})
    with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                    "quota:new_arr", "quota:renewal_arr"])
        for sid, mgr, terr, start, end, perf in SELLERS:
            ent_ = terr == "Enterprise"
            w.writerow([sid, sid, mgr, terr,
                        "Enterprise AE" if ent_ else "Mid-Market AE",
                        start or "", end or "",
                        "750000.00" if ent_ else "",
                        "800000.00" if ent_ else ""])

if __name__ == "__main__":
    main()
