#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredeightysecond workspace (TarangNet
Connect Pvt Ltd, an invented authorised channel partner selling home fibre (FTTH), enterprise
connectivity (internet leased lines, MPLS VPN, SD-WAN) and corporate SIM bundles in Pune and
Nagpur; plan year 1 April 2025 - 31 March 2026 (the Indian financial year), INR, MONTHLY
payouts). Standard library only; deterministic (one random.Random with a fixed seed, walked in
a fixed order; no clock). Run: python3 gen_deals.py

- 16 Territory Sales Officers (TSOs; one a Senior TSO) and one Enterprise Key Account Manager (KAM) under three
  Area Managers (ROSTER below). Akash Dhole joined on 2025-09-15 (nothing of his before that);
  Amit Bhosale left on 2025-11-30 (nothing of his after that).
- Home fibre: every TSO logs connection orders every month (a count drawn around the TSO's own
  strength). Products and monthly rentals: Fibre Basic 599, Fibre Plus 899, Fibre OTT Combo
  1,199, Fibre Giga 1,499; a deal's amount is the rental x the months prepaid (3, 6 or 12),
  GST excluded. Accounts are housing societies of the TSO's area.
- Enterprise: a few leads a quarter per TSO (Internet Leased Line, MPLS VPN, SD-WAN) at
  businesses of the area, and Corporate SIM Bundles (SIMs x monthly plan x 12).
- Stages: a lead dated on or before AS_OF is won (live) or lost (NI); a lead dated after it is
  open ("in feasibility", probability 0.7 for fibre, 0.4 for enterprise and SIM bundles); a few
  fibre orders of the last three weeks are still open too (installation pending).
- Splits: a won (or cancelled) enterprise deal of 5,00,000 or more by a Pune TSO is a KAM
  assist: two lines with the same id, 60% to the TSO and 40% to Meera Iyer.
- Early churn: about 3.5% of won fibre connections (and 1 in 40 enterprise deals) are
  cancelled, 5-160 days after activation; a cancellation that would fall after AS_OF is not
  made (the deal stays won).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 18)
START = dt.date(2025, 4, 1)
END = dt.date(2026, 3, 31)
rng = random.Random(282)

KAM = "Meera Iyer"
ROSTER = [
    # id, manager, territory, role, start, end, fibre strength (orders a month), enterprise leads a quarter
    ("Aniket Patil", "Sandeep Kulkarni", "Pune West", "Territory Sales Officer", "", "", 17, 3),
    ("Pooja Jadhav", "Sandeep Kulkarni", "Pune West", "Territory Sales Officer", "", "", 22, 2),
    ("Rohit Shinde", "Sandeep Kulkarni", "Pune West", "Territory Sales Officer", "", "", 12, 4),
    ("Sneha Joshi", "Sandeep Kulkarni", "Pune West", "Territory Sales Officer", "", "", 26, 2),
    ("Vikram Rathod", "Sandeep Kulkarni", "Pune West", "Territory Sales Officer", "", "", 9, 2),
    ("Imran Qureshi", "Farhan Shaikh", "Pune East", "Territory Sales Officer", "", "", 19, 4),
    ("Kavita Pawar", "Farhan Shaikh", "Pune East", "Territory Sales Officer", "", "", 15, 3),
    ("Nikhil Gaikwad", "Farhan Shaikh", "Pune East", "Territory Sales Officer", "", "", 21, 1),
    ("Priyanka More", "Farhan Shaikh", "Pune East", "Territory Sales Officer", "", "", 13, 3),
    ("Amit Bhosale", "Farhan Shaikh", "Pune East", "Territory Sales Officer", "", "2025-11-30", 14, 2),
    (KAM, "Farhan Shaikh", "Pune East", "Enterprise KAM", "", "", 2, 9),
    ("Tushar Wankhede", "Rashmi Deshpande", "Nagpur", "Senior TSO", "", "", 25, 3),
    ("Shweta Thakre", "Rashmi Deshpande", "Nagpur", "Territory Sales Officer", "", "", 16, 2),
    ("Rahul Meshram", "Rashmi Deshpande", "Nagpur", "Territory Sales Officer", "", "", 11, 3),
    ("Payal Bansod", "Rashmi Deshpande", "Nagpur", "Territory Sales Officer", "", "", 18, 2),
    ("Rohit Chavhan", "Rashmi Deshpande", "Nagpur", "Territory Sales Officer", "", "", 14, 2),
    ("Akash Dhole", "Rashmi Deshpande", "Nagpur", "Territory Sales Officer", "2025-09-15", "", 13, 2),
]
# roster overrides: (target_incentive, quota:fibre, quota:enterprise)
OVERRIDE = {
    KAM: ("360000.00", "40000.00", "3000000.00"),
    "Tushar Wankhede": ("", "180000.00", ""),
}
FIBRE = [  # product, monthly rental, weight
    ("Fibre Basic", 599, 35), ("Fibre Plus", 899, 33), ("Fibre OTT Combo", 1199, 17),
    ("Fibre Giga", 1499, 15),
]
SOCIETIES = {
    "Pune West": [
        "Gulmohar Apartments Baner", "Sai Residency Wakad", "Ganga Heights Aundh",
        "Shanti Niwas CHS Kothrud", "Krishna Kunj Pashan", "Royal Palms Balewadi",
        "Green Valley CHS Wakad", "Om Sai Residency Pimple Saudagar", "Sunshine Towers Hinjewadi",
        "Nandanvan Residency Bavdhan", "Trimurti Apartments Karve Nagar", "Suyog Nagar Society Baner",
    ],
    "Pune East": [
        "Laxmi Park Kharadi", "Riverview CHS Viman Nagar", "Magnolia Heights Wagholi",
        "Panchsheel Towers Hadapsar", "Sahyog Nagar Society Kondhwa", "Silver Oaks Magarpatta",
        "Mangalmurti CHS Chandan Nagar", "Pearl Residency Wanowrie", "Gokul Dham Undri",
        "Blue Bell Apartments Kalyani Nagar", "Shree Ganesh CHS Yerawada", "Ashoka Meadows Keshav Nagar",
    ],
    "Nagpur": [
        "Orange Grove Society Dharampeth", "Ram Nagar Apartments", "Shivaji Heights Manish Nagar",
        "Trimurti Nagar CHS", "Laxmi Vihar Wardha Road", "Sai Darshan Apartments Besa",
        "Pratap Nagar Residency", "Narendra Nagar Towers", "Bajaj Nagar Enclave",
        "Hingna Road Greens", "Civil Lines Residency", "Gittikhadan Colony",
    ],
}
BUSINESSES = {
    "Pune West": [
        "Deccan Auto Components", "Kothrud Dental Clinic", "Baner Biotech Labs",
        "Hinjewadi Data Systems", "Sahyadri Valley School", "Rasoi Foods",
        "Pashan Precision Tools", "Wakad Multispeciality Hospital",
    ],
    "Pune East": [
        "Magarpatta CoWork Hub", "Kharadi Software Park", "Dhanlaxmi Jewellers",
        "Viman Nagar Hotels", "Hadapsar Pharma Labs", "Shivneri Cold Storage",
        "Kalyani Nagar Diagnostics", "Yerawada Logistics",
    ],
    "Nagpur": [
        "Orange City Logistics", "Vidarbha Agro Mills", "MIHAN Cargo Solutions",
        "Butibori Steel Works", "Sitabuldi Electronics", "Wardha Road Motors",
        "Dharampeth Eye Hospital", "Ganesh Trading Co",
    ],
}
ENTERPRISE = [  # product, amounts (ACV), weight
    ("Internet Leased Line", [120000, 144000, 180000, 240000, 300000, 360000, 480000, 600000, 840000], 50),
    ("MPLS VPN", [300000, 420000, 540000, 660000, 780000, 960000, 1200000], 20),
    ("SD-WAN", [240000, 320000, 450000, 560000, 720000], 15),
    ("Corporate SIM Bundle", None, 35),
]


def pick(options):
    total = sum(o[-1] for o in options)
    r = rng.uniform(0, total)
    for o in options:
        r -= o[-1]
        if r <= 0:
            return o
    return options[-1]


def month_starts():
    d = START
    while d <= END:
        yield d
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def days_in(d):
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return (nxt - d).days


rows = []
seq = 100
for sid, mgr, terr, role, start, end, fstrength, estrength in ROSTER:
    first = dt.date.fromisoformat(start) if start else START
    last = dt.date.fromisoformat(end) if end else END
    form = rng.uniform(0.75, 1.25)  # the TSO's year
    for m in month_starts():
        season = 1.0 + 0.25 * (m.month in (10, 11)) - 0.15 * (m.month in (6, 7))  # Diwali, monsoon
        lam = fstrength * form * season * rng.uniform(0.7, 1.3)
        n = max(0, int(round(rng.gauss(lam, lam ** 0.5))))
        leads = []
        for _ in range(n):
            leads.append(("fibre", m + dt.timedelta(days=rng.randrange(days_in(m)))))
        if m.month in (4, 7, 10, 1):  # a quarter's enterprise and SIM leads
            for _ in range(max(0, int(round(rng.gauss(estrength, 1.0))))):
                q_days = sum(days_in(dt.date(m.year + ((m.month + k - 1) // 12), (m.month + k - 1) % 12 + 1, 1)) for k in range(3))
                leads.append(("ent", m + dt.timedelta(days=rng.randrange(q_days))))
        for kind, day in leads:
            if day < first or day > last:
                continue
            seq += rng.randint(1, 9)
            did = f"TN{seq:06d}"
            if kind == "fibre":
                product, rental, _ = pick(FIBRE)
                months = rng.choice([12, 12, 12, 6, 6, 3])
                amount = rental * months
                account = rng.choice(SOCIETIES[terr])
                typ = rng.choices(["new", "upgrade", "portin"], [65, 15, 20])[0]
                won_p, open_p = 0.8, "0.7"
            else:
                product, amounts, _ = pick(ENTERPRISE)
                if amounts is None:
                    sims = rng.choice([10, 15, 20, 25, 30, 40, 50, 60, 80, 100, 150])
                    amount = sims * rng.choice([299, 399, 499]) * 12
                else:
                    amount = rng.choice(amounts)
                account = rng.choice(BUSINESSES[terr])
                typ = rng.choices(["new", "upgrade", "portin"], [60, 30, 10])[0]
                won_p, open_p = 0.55, "0.4"
            stage, prob, cancel = "won", "", ""
            close = day
            if day > AS_OF:
                stage, prob = "open", open_p
            elif kind == "fibre" and (AS_OF - day).days <= 21 and rng.random() < 0.25:
                stage, prob = "open", open_p
                close = day + dt.timedelta(days=rng.randint(7, 21))
            elif rng.random() > won_p:
                stage = "lost"
            if stage == "won":
                churn = 0.035 if kind == "fibre" else 0.025
                if rng.random() < churn:
                    c = day + dt.timedelta(days=rng.randint(5, 160))
                    if c <= AS_OF:
                        stage, cancel = "cancelled", c.isoformat()
            if close > END:
                continue
            line = dict(id=did, seller=sid, account=account, name=f"{account} {product}",
                        type=typ, product=product, amount=f"{amount}.00",
                        close_date=close.isoformat(), stage=stage, split="1",
                        probability=prob, cancel_date=cancel, currency="INR")
            if (kind == "ent" and terr.startswith("Pune") and sid != KAM and amount >= 500000
                    and product != "Corporate SIM Bundle" and stage in ("won", "cancelled")):
                line["split"] = "0.6"
                rows.append(line)
                rows.append(dict(line, seller=KAM, split="0.4"))
            else:
                rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "target_incentive", "quota:fibre", "quota:enterprise"])
    for sid, mgr, terr, role, start, end, _, _ in ROSTER:
        ti, qf, qe = OVERRIDE.get(sid, ("", "", ""))
        w.writerow([sid, sid, mgr, terr, role, start, end, ti, qf, qe])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
