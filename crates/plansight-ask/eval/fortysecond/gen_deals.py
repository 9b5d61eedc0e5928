#!/usr/bin/env python3
"""Generate sellers.csv and deals.csv for the fortysecond workspace (Karoo Plant & Hire).

Synthetic, seeded (standard library only). Won deals close 2026-03-01 .. 2027-01-29, so
nothing won closes after the set's as-of date (2027-01-31). Open deals close Feb 2027.
"""
import csv, random, datetime as dt

R = random.Random(4242)
MANAGERS = {
    "Johan Botha": ("Gauteng", ["Pieter van Wyk", "Thandiwe Nkosi", "Sipho Mahlangu", "Lerato Mokoena", "Johannes van der Merwe"]),
    "Nomvula Dlamini": ("Western Cape", ["Annelie du Plessis", "Sipho Ndlovu", "Ruan Steyn", "Lwazi Qwabe"]),
    "Craig Pillay": ("KwaZulu-Natal", ["Kavitha Naidoo", "Bongani Zulu", "Megan Fraser", "Xolani Mkhize"]),
}
START = {"Lwazi Qwabe": "2026-09-01", "Megan Fraser": "2026-11-01"}
END = {"Ruan Steyn": "2026-12-15"}
QUOTA = {"Pieter van Wyk": "550000.00"}
ACCOUNTS = {
    "Gauteng": ["Tshwane Roads Depot", "Mogale Civils", "Witbank Colliery Services", "Lephalale Haulage",
                "Ekurhuleni Stormwater", "Bokamoso Earthworks", "Rand Aggregates"],
    "Western Cape": ["Overberg District Roads", "Karoo Sand & Stone", "Cape Winelands Paving", "Saldanha Bulk Terminal",
                     "Drakenstein Water Works", "Atlantis Civils"],
    "KwaZulu-Natal": ["Umgeni Earthworks", "Richards Bay Quarries", "Msunduzi Civils", "Dube Port Logistics",
                      "eThekwini Sewer Projects", "Zululand Anthracite"],
}
PRODUCTS = ["Excavators", "TLBs", "Haul Trucks", "Compaction"]

def d(s): return dt.date.fromisoformat(s)
def rnd_date(a, b): return a + dt.timedelta(days=R.randrange((b - a).days + 1))
def money(x): return f"{x:.2f}"

sellers, deals = [], []
n = 10000
for mgr, (terr, reps) in MANAGERS.items():
    for rep in reps:
        row = {"id": rep, "name": rep, "manager": mgr, "territory": terr, "role": "Territory Rep",
               "start_date": START.get(rep, ""), "end_date": END.get(rep, ""),
               "quota:equipment_gp": QUOTA.get(rep, "")}
        sellers.append(row)
        a = d(START.get(rep, "2026-03-01")); b = min(d(END.get(rep, "2027-01-29")), d("2027-01-29"))
        months = max(1, (b - a).days // 30)
        strength = R.uniform(0.6, 1.5) * (1.3 if rep in QUOTA else 1.0)
        for _ in range(int(months * R.uniform(2.2, 3.6))):
            n += R.randrange(3, 40)
            kind = R.choices(["sale", "rent-to-own", "service", "rental"], [45, 12, 13, 30])[0]
            prod = "Parts & Service" if kind == "service" else R.choice(PRODUCTS)
            if kind == "sale":
                amt = R.uniform(40000, 330000) * strength
                if R.random() < 0.07: amt = R.uniform(500000, 900000)  # fleet deal
            elif kind == "rent-to-own": amt = R.uniform(30000, 220000) * strength
            elif kind == "service": amt = R.uniform(15000, 110000)
            else: amt = R.uniform(60000, 520000)
            amt = round(amt / 500) * 500
            close = rnd_date(a, b)
            stage = R.choices(["won", "lost", "open"], [70, 18, 12])[0]
            rec = {"id": f"KPH-{n}", "seller": rep, "amount": money(amt), "close_date": close.isoformat(),
                   "stage": stage, "type": kind, "product": prod, "split": "1",
                   "probability": "", "term_months": "", "cancel_date": "",
                   "account": R.choice(ACCOUNTS[terr]), "name": ""}
            if kind == "rental": rec["term_months"] = str(R.choice([3, 6, 9, 12, 18, 24]))
            if kind == "rent-to-own": rec["term_months"] = str(R.choice([24, 36, 48]))
            if stage == "open":
                rec["close_date"] = rnd_date(d("2027-02-01"), d("2027-02-26")).isoformat()
                rec["probability"] = R.choice(["0.25", "0.5", "0.75"])
            if stage == "won" and kind in ("sale", "rent-to-own", "rental") and R.random() < 0.06:
                rec["stage"] = "cancelled"
                rec["cancel_date"] = min(close + dt.timedelta(days=R.randrange(10, 200)), d("2027-01-30")).isoformat()
            rec["name"] = f"{rec['account']} {prod} {'fleet ' if kind == 'sale' and amt >= 500000 else ''}{kind}"
            deals.append(rec)

# A shared deal: a Richards Bay Quarries haul-truck fleet split 60/40 between KZN and Gauteng.
n += 17
for rep, sp in (("Bongani Zulu", "0.6"), ("Thandiwe Nkosi", "0.4")):
    deals.append({"id": f"KPH-{n}", "seller": rep, "amount": "720000.00", "close_date": "2026-10-14", "stage": "won",
                  "type": "sale", "product": "Haul Trucks", "split": sp, "probability": "", "term_months": "",
                  "cancel_date": "", "account": "Richards Bay Quarries", "name": "Richards Bay Quarries Haul Trucks fleet sale"})

with open("sellers.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(sellers[0])); w.writeheader(); w.writerows(sellers)
with open("deals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(deals[0])); w.writeheader(); w.writerows(deals)
print(len(sellers), "sellers,", len(deals), "deal lines")
