"""Builds the fortysixth workspace's deals.csv and sellers.csv (Harbourline Talent, a UK
recruitment agency, plan year FY26/27 = 1 April 2026 - 31 March 2027, GBP).

Client companies are the accounts of the real Maven CRM export
(/work/shared/data/maven-crm/accounts.csv), assigned to a desk by the export's sector:
  finance, employment, services, marketing  -> Finance desk
  technolgy, software, telecommunications, entertainment -> Tech desk
  medical, retail -> Engineering desk
Everything else is generated deterministically (random.Random(46), no clock).

Credit lines:
  Perm Placement: one line per placed candidate; amount = the fee (15-25% of a salary of
    28k-85k, rounded to 50); type new_client when the consultant had not billed that client
    before, else repeat_client.
  Retained Search: a few per consultant; fee 18k-42k.
  Contract / Temp: one line per contractor per month billed, amount = that month's margin.
  Cancelled: a handful of perm placements where the candidate left; cancel_date set (plan.md
    section 9: only cancellations within 84 days of the start are clawed back).
  Open: pipeline placements closing February / March 2027 with a probability.
No won or cancelled line closes after 2027-01-31 (the as-of date of heldout.toml).
Run: python3 gen_deals.py
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/data/maven-crm/accounts.csv"

DESK_OF_SECTOR = {
    "finance": "Finance", "employment": "Finance", "services": "Finance", "marketing": "Finance",
    "technolgy": "Tech", "software": "Tech", "telecommunications": "Tech",
    "entertainment": "Tech", "medical": "Engineering", "retail": "Engineering",
}
MANAGERS = {"Finance": "Gareth Pryce", "Tech": "Siobhan Doyle", "Engineering": "Rhodri Evans"}
# id (full name), desk, start_date, end_date, perm quota override (per quarter)
ROSTER = [
    ("Jonathan Marsh", "Finance", "", "", ""),
    ("Rebecca Holloway", "Finance", "", "", ""),
    ("Tom Ashworth", "Finance", "", "", ""),
    ("Priya Chandran", "Finance", "", "", "90000.00"),
    ("Tom Kearney", "Tech", "", "", ""),
    ("Callum Reid", "Tech", "", "", ""),
    ("Aisling Byrne", "Tech", "", "", ""),
    ("Hamish Duncan", "Tech", "", "2026-12-18", ""),
    ("Lauren Pickering", "Engineering", "", "", "90000.00"),
    ("Dev Mistry", "Engineering", "", "", ""),
    ("Niamh Gallagher", "Engineering", "", "", ""),
    ("Oliver Tate", "Engineering", "2026-10-05", "", ""),
]
ROLES = {
    "Finance": ["Management Accountant", "Financial Controller", "Credit Controller",
                "Payroll Manager", "FP&A Analyst", "Finance Director", "Tax Senior"],
    "Tech": ["Backend Developer", "DevOps Engineer", "Data Engineer", "QA Lead",
             "Product Manager", "Solutions Architect", "Scrum Master"],
    "Engineering": ["Mechanical Design Engineer", "Quality Engineer", "Maintenance Technician",
                    "Project Engineer", "Electrical Engineer", "CNC Programmer",
                    "Site Manager"],
}
START = dt.date(2026, 4, 1)
AS_OF = dt.date(2027, 1, 31)


def main():
    rng = random.Random(46)
    with open(SRC, newline="") as f:
        accounts = list(csv.DictReader(f))
    clients = {d: [] for d in MANAGERS}
    for a in accounts:
        clients[DESK_OF_SECTOR[a["sector"]]].append(a["account"])

    rows = []
    seq = 0

    def new_id(prefix):
        nonlocal seq
        seq += 1
        return f"HT-{prefix}{seq:04d}"

    for name, desk, start, end, _ in ROSTER:
        first = dt.date.fromisoformat(start) if start else START
        last = min(dt.date.fromisoformat(end), AS_OF) if end else AS_OF
        my_clients = rng.sample(clients[desk], 9)
        billed = set()
        span = (last - first).days
        # perm placements
        n_perm = max(3, round(span / 365 * rng.randint(18, 30)))
        dates = sorted(first + dt.timedelta(days=rng.randint(0, span)) for _ in range(n_perm))
        for d in dates:
            acct = rng.choice(my_clients)
            salary = rng.randint(28, 85) * 1000
            pct = rng.choice([15, 18, 20, 20, 22, 25])
            fee = round(salary * pct / 100 / 50) * 50
            typ = "repeat_client" if acct in billed else "new_client"
            billed.add(acct)
            role = rng.choice(ROLES[desk])
            stage, cancel = "won", ""
            if rng.random() < 0.07 and d < dt.date(2026, 12, 1):
                stage = "cancelled"
                cancel = min(d + dt.timedelta(days=rng.choice([20, 45, 70, 100, 130])), AS_OF)
                cancel = cancel.isoformat()
            rows.append(dict(id=new_id("P"), seller=name, account=acct,
                             name=f"{acct} {role}", type=typ, product="Perm Placement",
                             amount=f"{fee}.00", close_date=d.isoformat(), stage=stage,
                             split="1", probability="", cancel_date=cancel))
        # retained searches
        for _ in range(rng.randint(0, 3) if span > 200 else 0):
            d = first + dt.timedelta(days=rng.randint(0, span))
            acct = rng.choice(my_clients)
            fee = rng.randint(36, 84) * 500
            typ = "repeat_client" if acct in billed else "new_client"
            billed.add(acct)
            rows.append(dict(id=new_id("R"), seller=name, account=acct,
                             name=f"{acct} {rng.choice(ROLES[desk])} (retained)",
                             type=typ, product="Retained Search", amount=f"{fee}.00",
                             close_date=d.isoformat(), stage="won", split="1",
                             probability="", cancel_date=""))
        # contractors: monthly margin
        for c in range(rng.randint(1, 3)):
            acct = rng.choice(my_clients)
            product = "Contract" if c != 1 else "Temp"
            m0 = rng.randint(0, 5)
            weekly = rng.randint(6, 22) * 25 if product == "Contract" else rng.randint(3, 8) * 25
            for m in range(m0, 10):
                month_end = (dt.date(2026 + (3 + m) // 12, (3 + m) % 12 + 1, 1)
                             + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
                if month_end < first or month_end > last:
                    continue
                typ = "repeat_client" if acct in billed else "new_client"
                billed.add(acct)
                rows.append(dict(id=new_id("C"), seller=name, account=acct,
                                 name=f"{acct} {product.lower()} margin {month_end:%b %Y}",
                                 type=typ, product=product,
                                 amount=f"{weekly * rng.choice([4, 4, 5])}.00",
                                 close_date=month_end.isoformat(), stage="won", split="1",
                                 probability="", cancel_date=""))
        # lost and open
        if end:
            continue
        for _ in range(rng.randint(2, 4)):
            d = first + dt.timedelta(days=rng.randint(0, span))
            acct = rng.choice(my_clients)
            rows.append(dict(id=new_id("P"), seller=name, account=acct,
                             name=f"{acct} {rng.choice(ROLES[desk])}",
                             type="repeat_client" if acct in billed else "new_client",
                             product="Perm Placement",
                             amount=f"{rng.randint(10, 34) * 500}.00", close_date=d.isoformat(),
                             stage="lost", split="1", probability="", cancel_date=""))
        for _ in range(rng.randint(2, 5)):
            d = dt.date(2027, rng.choice([2, 3]), rng.randint(1, 28))
            acct = rng.choice(my_clients)
            rows.append(dict(id=new_id("P"), seller=name, account=acct,
                             name=f"{acct} {rng.choice(ROLES[desk])}",
                             type="repeat_client" if acct in billed else "new_client",
                             product="Perm Placement",
                             amount=f"{rng.randint(10, 34) * 500}.00", close_date=d.isoformat(),
                             stage="open", split="1",
                             probability=rng.choice(["0.25", "0.5", "0.75"]), cancel_date=""))

    cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date",
            "stage", "split", "probability", "cancel_date", "currency"]
    with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in rows:
            r["currency"] = "GBP"
            w.writerow(r)
    with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                    "quota:perm"])
        for name, desk, start, end, quota in ROSTER:
            role = "Senior Consultant" if quota else "Consultant"
            w.writerow([name, name, MANAGERS[desk], desk, role, start, end, quota])


if __name__ == "__main__":
    main()
