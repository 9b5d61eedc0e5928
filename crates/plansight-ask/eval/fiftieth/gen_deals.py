#!/usr/bin/env python3
"""Makes sellers.csv and deals.csv for the fiftieth workspace (Bayanihan Connect, PHP, 2026).

Synthetic and deterministic (random.Random(50)); standard library only. Won deals close
2 January - 31 August 2026 (the set is written as of 2026-08-31); open deals forecast to close
September - December. Every won/cancelled new account of Fiber, PBX or WiFi also has a one-time
installation line (type "installation", id + "-I", same account, product and close date).
About 1 in 20 won deals is disconnected later (stage cancelled, cancel_date <= 2026-08-31).
"""
import csv, datetime as dt, random

R = random.Random(50)
AS_OF = dt.date(2026, 8, 31)

SELLERS = [
    # id, display name, manager, territory, start_date, skill
    ("Katrina Reyes", "Katrina Reyes", "Lorna Villanueva", "NCR", "", 1.25),
    ("Rodolfo Santos", 'Rodolfo "Jun" Santos', "Lorna Villanueva", "NCR", "", 1.0),
    ("Cristina Bautista", 'Cristina "Tin" Bautista', "Lorna Villanueva", "NCR", "", 0.85),
    ("Carlo Navarro", "Carlo Navarro", "Lorna Villanueva", "NCR", "", 1.1),
    ("Joy Mendoza", "Joy Mendoza", "Lorna Villanueva", "NCR", "", 0.7),
    ("Roberto Villareal", 'Roberto "Bong" Villareal', "Ramon Dela Cruz", "Visayas", "", 1.35),
    ("Carlo Dizon", "Carlo Dizon", "Ramon Dela Cruz", "Visayas", "", 0.9),
    ("Maricel Fernandez", "Maricel Fernandez", "Ramon Dela Cruz", "Visayas", "", 1.0),
    ("Angelo Ramos", "Angelo Ramos", "Ramon Dela Cruz", "Visayas", "2026-05-18", 0.6),
    ("Dennis Castillo", "Dennis Castillo", "Teresita Alcantara", "Mindanao", "", 0.95),
    ("Rowena Gutierrez", "Rowena Gutierrez", "Teresita Alcantara", "Mindanao", "", 1.15),
    ("Paolo Estrada", "Paolo Estrada", "Teresita Alcantara", "Mindanao", "2026-07-01", 0.5),
    ("Liza Domingo", "Liza Domingo", "Teresita Alcantara", "Mindanao", "", 0.8),
]

ACCOUNTS = {
    "NCR": ["Kusina ni Aling Nena", "Mabuhay Dental Clinic", "Tondo Hardware Supply", "Makati Print Hub",
            "Ortigas BPO Solutions", "Pasig Riverside Bakery", "Quiapo Textile Trading", "Marikina Shoe Works",
            "BGC Coworking Loft", "Sampaloc Review Center", "Taguig Logistics Corp", "Cubao Auto Parts",
            "Binondo Tea House", "Manila Bay Travel Agency", "Alabang Vet Clinic", "San Juan Pharmacy",
            "Malate Design Studio", "Caloocan Rice Mill", "Pateros Balut Co", "Paranaque Seafood Market"],
    "Visayas": ["Cebu Lechon House", "Mactan Dive Resort", "Lapu-Lapu Furniture Export", "Iloilo Pancit Molo Kitchen",
                "Bacolod Sugar Traders", "Tacloban Fishing Supply", "Dumaguete Language School", "Bohol Chocolate Hills Inn",
                "Talisay Hardware", "Mandaue Garments", "Colon Street Electronics", "Banilad Medical Clinic",
                "Ormoc Agri Supply", "Tagbilaran Bakeshop"],
    "Mindanao": ["Davao Durian Traders", "Samal Island Resort", "General Santos Tuna Co", "Cagayan de Oro Rafting Tours",
                 "Bankerohan Market Stalls", "Matina Town Clinic", "Lanang Business Park", "Tagum Banana Growers",
                 "Digos Rice Trading", "Panabo Feeds", "Zamboanga Sardines Depot", "Butuan Hardware"],
}

PRODUCTS = {  # MRR range, installation range
    "Fiber Biz 100": ((3499, 9000), (3000, 8000)),
    "Fiber Biz 500": ((9999, 36000), (10000, 25000)),
    "Cloud PBX": ((6000, 48000), (15000, 70000)),
    "Managed WiFi": ((12000, 65000), (25000, 140000)),
}

def money(x):
    return f"{x:.2f}"

def rand_date(a, b):
    return a + dt.timedelta(days=R.randrange((b - a).days + 1))

def main():
    with open("sellers.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date"])
        for sid, name, mgr, terr, start, _ in SELLERS:
            w.writerow([sid, name, mgr, terr, "Account Manager", start, ""])
    rows = []
    n = 0
    for sid, name, mgr, terr, start, skill in SELLERS:
        first = dt.date.fromisoformat(start) if start else dt.date(2026, 1, 2)
        months = (AS_OF - first).days / 30.4
        count = max(4, int(round(months * 7.0 * (0.6 + 0.4 * skill))))
        for _ in range(count):
            n += 1
            did = f"BC-{n:04d}"
            acct = R.choice(ACCOUNTS[terr])
            prod = R.choices(list(PRODUCTS), weights=[4, 3, 2, 2])[0]
            typ = R.choices(["new", "upgrade", "renewal"], weights=[6, 3, 2])[0]
            (lo, hi), (ilo, ihi) = PRODUCTS[prod]
            mrr = round(R.uniform(lo, hi) * (0.8 + 0.3 * skill), -1)
            if typ == "upgrade":
                mrr = round(mrr * 0.45, -1)
            if typ == "new" and R.random() < 0.08:  # multi-site roll-out
                mrr = round(mrr * R.uniform(2.5, 4.0), -1)
            stage = R.choices(["won", "lost", "open"], weights=[int(70 * skill) + 10, 22, 18])[0]
            term = R.choice([12, 24, 24, 36])
            prob = ""
            cancel = ""
            if stage == "open":
                close = rand_date(dt.date(2026, 9, 1), dt.date(2026, 12, 31))
                prob = R.choice(["0.25", "0.5", "0.75"])
            else:
                close = rand_date(first, AS_OF)
            if stage == "won" and typ != "renewal" and close < dt.date(2026, 7, 15) and R.random() < 0.06:
                stage = "cancelled"
                cancel = min(close + dt.timedelta(days=R.randrange(20, 200)), AS_OF)
            common = dict(seller=sid, account=acct, product=prod, close_date=close.isoformat(), stage=stage,
                          split="1", probability=prob, term_months=term,
                          cancel_date=cancel.isoformat() if cancel else "", currency="PHP")
            rows.append(dict(id=did, name=f"{acct} {prod}" + (" upgrade" if typ == "upgrade" else ""),
                             type=typ, amount=money(mrr), **common))
            if typ == "new":
                inst = round(R.uniform(ilo, ihi) * (1.6 if mrr > 40000 else 1.0), -2)
                rows.append(dict(id=did + "-I", name=f"{acct} {prod} installation", type="installation",
                                 amount=money(inst), **common))
    cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage", "split",
            "probability", "term_months", "cancel_date", "currency"]
    rows.sort(key=lambda r: (r["close_date"], r["id"]))
    with open("deals.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)

if __name__ == "__main__":
    main()
