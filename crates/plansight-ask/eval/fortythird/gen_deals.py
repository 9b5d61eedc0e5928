#!/usr/bin/env python3
"""Generate deals.csv and sellers.csv for the fortythird workspace (Sahyadri Tech Services,
FY26-27, INR). Standard library only; fixed seed, so the output is reproducible.
Amounts are plain rupees (1 lakh = 100000, 1 crore = 10000000)."""
import csv, random, datetime as dt

random.seed(4343)
D = dt.date
SELLERS = [
    # id, manager, territory, start_date
    ("Priya Raghavan", "Sunil Deshpande", "West", ""),
    ("Aditya Kulkarni", "Sunil Deshpande", "West", ""),
    ("Rohan Joshi", "Sunil Deshpande", "West", ""),
    ("Sneha Patil", "Sunil Deshpande", "West", ""),
    ("Priya Subramaniam", "Lakshmi Narayanan", "South", ""),
    ("Karthik Iyer", "Lakshmi Narayanan", "South", ""),
    ("Divya Menon", "Lakshmi Narayanan", "South", ""),
    ("Venkatesh Rao", "Lakshmi Narayanan", "South", ""),
    ("Ankit Sharma", "Rajiv Malhotra", "North", ""),
    ("Neha Kapoor", "Rajiv Malhotra", "North", ""),
    ("Gurpreet Singh", "Rajiv Malhotra", "North", ""),
    ("Farhan Qureshi", "Rajiv Malhotra", "North", "2026-09-01"),
]
ACCOUNTS = {
    "West": ["Konkan Cooperative Bank", "Deccan Mutual Insurance", "Bharat Auto Components",
             "Sahyog Finance", "Narmada Steel", "Pune Precision Castings", "Malabar Life Assurance"],
    "South": ["Coromandel Life Insurance", "Kaveri Gramin Bank", "Nilgiri Textiles",
              "Hosur Auto Forge", "Tamrapar Bank", "Vellore Pharma Works", "Sundaram Two Wheelers"],
    "North": ["Yamuna Urban Bank", "Indraprastha General Insurance", "Doaba Tractors",
              "Gurgaon Motor Parts", "Shivalik Small Finance Bank", "Rajputana Cement", "Kashi Life"],
}
PRODUCTS = ["Fixed Price", "T&M", "Managed Services", "Staff Aug"]
PWEIGHT = [3, 3, 2, 2]
WORK = {"Fixed Price": ["Core Banking Testing", "Claims Portal Build", "SAP S/4 Migration", "Data Lake Build", "Mobile App Revamp"],
        "T&M": ["Digital Lending Squad", "Policy Admin Enhancements", "MES Rollout Team", "Cloud Migration Pod"],
        "Managed Services": ["Infra Managed Services", "App Support L2/L3", "SOC Monitoring", "Service Desk"],
        "Staff Aug": ["Java Developers", "QA Engineers", "SAP Consultants", "Data Engineers"]}
AMOUNT = {"Fixed Price": (1500000, 16000000), "T&M": (1000000, 10000000),
          "Managed Services": (2000000, 9000000), "Staff Aug": (500000, 4000000)}
START, ASOF, END = D(2026, 4, 1), D(2027, 1, 31), D(2027, 3, 31)

def rdate(a, b):
    return a + dt.timedelta(days=random.randint(0, (b - a).days))

def amt(p):
    lo, hi = AMOUNT[p]
    return round(random.uniform(lo, hi) / 50000) * 50000

rows, n = [], 0
for sid, mgr, terr, sd in SELLERS:
    first = D.fromisoformat(sd) if sd else START
    accts = random.sample(ACCOUNTS[terr], 5)
    seen = set()
    nwon = random.randint(9, 14) if not sd else 4
    plan = [("won", rdate(first, D(2027, 1, 20))) for _ in range(nwon)]
    plan += [("lost", rdate(first, D(2027, 1, 25))) for _ in range(random.randint(2, 4))]
    plan += [("open", rdate(D(2027, 2, 1), END)) for _ in range(random.randint(2, 4))]
    plan.sort(key=lambda x: x[1])
    for stage, cd in plan:
        n += 1
        acct = random.choice(accts)
        p = random.choices(PRODUCTS, PWEIGHT)[0]
        if stage == "won" and acct not in seen:
            typ = "new"
        else:
            typ = random.choice(["expansion", "expansion", "renewal"])
        a = amt(p)
        if stage == "won":
            seen.add(acct)
        prob = {"open": random.choice(["0.25", "0.5", "0.75"])}.get(stage, "")
        term = random.choice([6, 12, 12, 24, 36]) if p != "Staff Aug" else random.choice([6, 12])
        if p == "Managed Services":
            term = random.choice([12, 24, 36])
        rows.append({"id": f"STS-{n:04d}", "seller": sid, "account": acct,
                     "name": f"{acct} - {random.choice(WORK[p])}", "type": typ, "product": p,
                     "amount": f"{a}.00", "close_date": cd.isoformat(), "stage": stage,
                     "split": "1", "probability": prob, "term_months": term,
                     "cancel_date": "", "currency": "INR"})
# Clawbacks: some won deals terminated or unpaid (Finance marks them cancelled).
won = [r for r in rows if r["stage"] == "won" and r["close_date"] < "2026-12-01"]
for r in random.sample(won, 7):
    cd = D.fromisoformat(r["close_date"])
    r["stage"] = "cancelled"
    r["cancel_date"] = min(cd + dt.timedelta(days=random.choice([30, 60, 85, 110, 150])), ASOF).isoformat()
with open("deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    w.writeheader(); w.writerows(rows)
with open("sellers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date"])
    for sid, mgr, terr, sd in SELLERS:
        w.writerow([sid, sid, mgr, terr, "Account Executive", sd, ""])
