#!/usr/bin/env python3
"""Synthetic deals and roster for the twentieth evaluation workspace.

Saltbush Solar & Storage, an Australian residential-and-commercial solar and battery
installer. Plan year = Australian fiscal year 1 July 2024 - 30 June 2025, amounts in AUD
(contract value ex GST). Writes deals.csv and sellers.csv beside this file.

Only the standard library is used and the random seed is fixed, so the output is the same
on every run:  python3 gen_deals.py
"""

import csv
import datetime as dt
import os
import random

SEED = 20250630
START = dt.date(2024, 7, 1)
END = dt.date(2025, 6, 30)
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------- roster
# (id = full name, manager, territory, role, start, end, system quota override,
#  volume, battery propensity, commercial propensity, ev propensity)
MANAGERS = {
    "Grant Osei": "Sydney & NSW",
    "Melanie Fitzgerald": "Brisbane & SEQ",
    "Darren Kowalczyk": "Perth & WA",
}
SELLERS = [
    # Grant Osei - Sydney & NSW
    ("Rebecca Nguyen", "Grant Osei", "Senior Energy Consultant", None, None, "1050000.00", 1.55, 0.40, 0.04, 0.10),
    ("Joshua Harris", "Grant Osei", "Energy Consultant", None, None, None, 1.05, 0.30, 0.02, 0.08),
    ("Anjali Desai", "Grant Osei", "Energy Consultant", None, None, None, 1.12, 0.45, 0.03, 0.09),
    ("Benjamin Walsh", "Grant Osei", "Energy Consultant", None, None, None, 0.80, 0.25, 0.03, 0.07),
    ("Tayla Brennan", "Grant Osei", "Energy Consultant", None, None, None, 0.30, 0.28, 0.00, 0.10),
    # Melanie Fitzgerald - Brisbane & SEQ
    ("Joshua Tupou", "Melanie Fitzgerald", "Energy Consultant", None, None, None, 1.22, 0.32, 0.03, 0.06),
    ("Christopher Lam", "Melanie Fitzgerald", "Energy Consultant", None, None, None, 0.92, 0.38, 0.02, 0.12),
    ("Siobhan Murphy", "Melanie Fitzgerald", "Energy Consultant", None, None, None, 1.00, 0.22, 0.03, 0.05),
    ("Daniel Costa", "Melanie Fitzgerald", "Energy Consultant", None, None, None, 0.74, 0.30, 0.02, 0.08),
    ("Aroha Ngata", "Melanie Fitzgerald", "Energy Consultant", None, None, None, 0.98, 0.50, 0.02, 0.06),
    # Darren Kowalczyk - Perth & WA
    ("Alexandra Petrov", "Darren Kowalczyk", "Commercial Energy Consultant", None, None, None, 0.95, 0.20, 0.09, 0.05),
    ("Liam Boateng", "Darren Kowalczyk", "Energy Consultant", None, None, None, 1.08, 0.33, 0.02, 0.10),
    ("Katherine Ellis", "Darren Kowalczyk", "Energy Consultant", None, None, None, 0.86, 0.36, 0.02, 0.07),
    ("Nicholas Papadakis", "Darren Kowalczyk", "Energy Consultant", None, "2025-02-28", None, 0.95, 0.28, 0.02, 0.08),
    ("Hamish McLeod", "Darren Kowalczyk", "Energy Consultant", None, None, None, 0.66, 0.26, 0.02, 0.06),
    ("Zoe Kapoor", "Darren Kowalczyk", "Energy Consultant", "2024-11-18", None, None, 0.95, 0.35, 0.02, 0.09),
]

# --------------------------------------------------------------------------- products
SOLAR = [  # residential / small-business rooftop kits: (product, low, high, weight)
    ("Jinko Tiger Neo 6.6kW", 7200, 9800, 0.36),
    ("REC TwinPeak 10kW", 11500, 14500, 0.27),
    ("Trina Vertex S+ 13kW", 14000, 18500, 0.20),
    ("Maxeon 7 8.8kW", 15000, 19500, 0.17),
]
BATTERY = [
    ("Tesla Powerwall 3", 14500, 17800, 0.42),
    ("BYD HVM 11kWh", 11500, 14200, 0.33),
    ("Alpha ESS Smile-G3 10kWh", 9200, 11800, 0.25),
]
EV = [
    ("Zappi 7kW EV Charger", 1900, 2700, 0.55),
    ("Wallbox Pulsar Plus", 1600, 2300, 0.45),
]
COMMERCIAL = [
    ("Fronius Tauro 50kW", 52000, 78000, 0.6),
    ("Sungrow SG110CX 100kW", 105000, 165000, 0.4),
]
SHORT = {
    "Jinko Tiger Neo 6.6kW": "6.6kW Tiger Neo solar",
    "REC TwinPeak 10kW": "10kW REC TwinPeak solar",
    "Trina Vertex S+ 13kW": "13kW Trina Vertex solar",
    "Maxeon 7 8.8kW": "8.8kW Maxeon solar",
    "Tesla Powerwall 3": "Powerwall 3",
    "BYD HVM 11kWh": "BYD HVM battery",
    "Alpha ESS Smile-G3 10kWh": "Alpha ESS battery",
    "Zappi 7kW EV Charger": "Zappi EV charger",
    "Wallbox Pulsar Plus": "Wallbox EV charger",
    "Fronius Tauro 50kW": "50kW Fronius Tauro commercial array",
    "Sungrow SG110CX 100kW": "100kW Sungrow commercial array",
}

SURNAMES = """Morrison Henderson Papadopoulos Whitfield O'Connell Kaur Fraser Gallagher
Lindqvist Baxter Castellano McAllister Okafor Pham Sutherland Delaney Haddad Kowalski
Fitzroy Ashworth Tran Russo Mahoney Caldwell Nakamura Iqbal Holloway Chen Dempsey Farrugia
Kendall Lockhart Marchetti Oduya Prendergast Quinlan Rahman Sinclair Talbot Underwood Vella
Whitmore Yilmaz Zammit Abernethy Barclay Cassidy Donnelly Ellwood Finnegan Gillespie Hartigan
Ingram Jovanovic Keogh Lachlan Macready Norland Ostrowski Pollard Redmond Sorensen Thorburn
Ulrich Vukovic Waddell Xuereb Yeoman Ziegler Atherton Birchall Corrigan Dalgleish Eastwood
Fairbairn Greaves Hennessy Ibbotson Jarvis Kilpatrick Lambert Mulholland Nesbitt Oakley Pickering
Radcliffe Shelton Tennant Upton Vickery Wakefield Yardley Albrecht Bosworth Coates Drummond
Eccleston Fenwick Grimshaw Hollis Ashby Blackwood Crowley Dunstan Everett Forsyth Goldsworthy
Hargreaves Ivanovic Jamieson Kearney Leung Moreau Northcott Osborne Pemberton Rowntree Stavros
Tanaka Varga Wilkinson Youssef Zhou Abbott Bellamy Colquhoun Dixon Esposito Fletcher Garrard
Hutchins Inglis Jacobsen Kirby Lowry Maddox Newcombe O'Rourke Petrakis Ramsay Stokes Treloar
Vaughan Weatherby Alcott Brodie Cullen Devereux Egan Foley Geddes Hastings Kinsella Lister
Mortimer Nolan Oyelaran Pryce Rafferty Strachan Tierney Villiers Winslow Bui Dao Le Huynh
Sato Patel Singh Mehta Ferreira Santos Murray Doyle Reilly Byrne Kerr Duffy""".split()

BUSINESSES = {
    "Grant Osei": [
        "Redfern Brewing Co", "Parramatta Self Storage", "St Brigid's Primary School",
        "Hornsby Vet Clinic", "Harbour Cold Storage Pty Ltd", "Penrith Panel Beaters",
        "Blue Gum Childcare", "Wollongong Surf Club", "Marrickville Bakehouse",
        "Castle Hill Physio", "Northside Auto Group", "Botany Bay Logistics",
        "Gosford Aquatic Centre", "Lane Cove Dental", "Kirrawee Steelworks",
    ],
    "Melanie Fitzgerald": [
        "Toowoomba Vet Clinic", "Sunshine Coast Brewery", "Logan Freight Pty Ltd",
        "Ipswich Bowls Club", "Noosa Heads Motel", "Redlands Strawberry Farm",
        "Caboolture Hardware", "Gold Coast Ice Works", "Springwood Medical Centre",
        "Bribie Island RSL", "Maleny Dairy Co-op", "Brisbane Print Works",
        "Nundah Fitness Hub", "Cleveland Marina", "Darra Cabinetmakers",
    ],
    "Darren Kowalczyk": [
        "Fremantle Fish Markets", "Joondalup Tyre Centre", "Swan Valley Winery",
        "Rockingham Cold Chain", "Midland Joinery", "Mandurah Surf School",
        "Subiaco Dental Group", "Osborne Park Printing", "Canning Vale Bakery",
        "Bunbury Aquatic Centre", "Kalgoorlie Mining Supplies", "Wanneroo Turf Farm",
        "Cottesloe Beach Hotel", "Balcatta Metalworks", "Margaret River Olive Co",
    ],
}

MONTH_WEIGHT = [0.80, 0.85, 0.95, 1.05, 1.10, 0.90, 0.85, 1.00, 1.05, 1.00, 1.05, 1.25]


def money(x):
    return f"{x:.2f}"


def price(rng, low, high):
    value = rng.uniform(low, high)
    if rng.random() < 0.75:
        return round(value / 10) * 10 - 10.0
    return round(value, 0)


def pick(rng, table):
    r = rng.random() * sum(row[-1] for row in table)
    for row in table:
        r -= row[-1]
        if r <= 0:
            return row
    return table[-1]


def random_date(rng, lo, hi):
    """A date between lo and hi (inclusive), weighted by month seasonality."""
    days = (hi - lo).days + 1
    while True:
        d = lo + dt.timedelta(days=rng.randrange(days))
        month_index = (d.month - 7) % 12
        if rng.random() < MONTH_WEIGHT[month_index] / max(MONTH_WEIGHT):
            return d


def main():
    rng = random.Random(SEED)
    lines = []  # dicts; ids assigned later in close-date order

    team_of = {s[0]: s[1] for s in SELLERS}
    teammates = {}
    for s in SELLERS:
        teammates.setdefault(s[1], []).append(s)

    for (sid, manager, role, start, end, quota_override, vol, p_batt, p_comm, p_ev) in SELLERS:
        lo = dt.date.fromisoformat(start) if start else START
        hi = dt.date.fromisoformat(end) if end else END
        active = ((hi - lo).days + 1) / 365
        used_surnames = set()
        households = []  # accounts of this seller's won residential deals
        businesses = list(BUSINESSES[manager])
        rng.shuffle(businesses)
        n_opps = round(62 * vol * active)
        for _ in range(n_opps):
            d = random_date(rng, lo, hi)
            stage = "won" if rng.random() < 0.72 else "lost"
            r = rng.random()
            if r < p_comm:
                kind = "commercial"
            elif r < p_comm + p_ev:
                kind = "ev"
            elif r < p_comm + p_ev + p_batt * 0.45:
                kind = "battery_only"
            else:
                kind = "solar"
            if kind == "commercial":
                product, low, high, _ = pick(rng, COMMERCIAL)
                account = businesses.pop() if businesses else rng.choice(BUSINESSES[manager])
                amount = round(rng.uniform(low, high) / 100) * 100.0
                split = None
                partner = None
                if rng.random() < 0.45:
                    mates = [m for m in teammates[manager] if m[0] != sid and not m[3] and not m[4]]
                    partner = rng.choice(mates)[0]
                    split = rng.choice([(0.5, 0.5), (0.6, 0.4), (0.7, 0.3)])
                lines.append(dict(seller=sid, account=account, product=product, type="new",
                                  amount=amount, date=d, stage=stage, split=split,
                                  partner=partner))
                continue
            upgrade_ok = [h for h in households if h[1] < d]
            if kind in ("ev", "battery_only") and upgrade_ok and rng.random() < 0.55:
                account = rng.choice(upgrade_ok)[0]
                dtype = "upgrade"
            else:
                if rng.random() < 0.08 and businesses:
                    account = businesses.pop()
                else:
                    while True:
                        surname = rng.choice(SURNAMES)
                        if surname not in used_surnames:
                            break
                    used_surnames.add(surname)
                    account = f"{surname} Residence"
                dtype = "new"
            table = {"ev": EV, "battery_only": BATTERY, "solar": SOLAR}[kind]
            product, low, high, _ = pick(rng, table)
            split = None
            partner = None
            if rng.random() < 0.025:
                mates = [m for m in teammates[manager] if m[0] != sid and not m[3] and not m[4]]
                partner = rng.choice(mates)[0]
                split = (0.5, 0.5)
            lines.append(dict(seller=sid, account=account, product=product, type=dtype,
                              amount=price(rng, low, high), date=d, stage=stage, split=split,
                              partner=partner))
            if stage == "won" and dtype == "new" and account.endswith("Residence"):
                households.append((account, d))
            # a battery sold with a new solar system is its own job line, same day
            if kind == "solar" and rng.random() < p_batt * 0.6:
                bproduct, blow, bhigh, _ = pick(rng, BATTERY)
                lines.append(dict(seller=sid, account=account, product=bproduct, type=dtype,
                                  amount=price(rng, blow, bhigh), date=d, stage=stage,
                                  split=split, partner=partner))

    # ids in close-date order, like job numbers
    rng.shuffle(lines)
    lines.sort(key=lambda x: x["date"])
    next_id = 24017
    rows = []
    for line in lines:
        next_id += rng.randint(1, 6)
        jid = f"JOB-{next_id}"
        base = dict(id=jid, account=line["account"],
                    name=f"{line['account']} - {SHORT[line['product']]}",
                    type=line["type"], product=line["product"], amount=money(line["amount"]),
                    close_date=line["date"].isoformat(), stage=line["stage"], split="",
                    probability="", cancel_date="", currency="AUD")
        if line["split"]:
            a, b = line["split"]
            rows.append(dict(base, seller=line["seller"], split=f"{a:g}"))
            rows.append(dict(base, seller=line["partner"], split=f"{b:g}"))
        else:
            rows.append(dict(base, seller=line["seller"]))

    # cancellations: some won jobs are cancelled (finance fell through, roof not suitable)
    won_ids = sorted({r["id"] for r in rows if r["stage"] == "won"})
    cancelled = set(rng.sample(won_ids, 34))
    cancel_lag = {}
    for jid in sorted(cancelled):
        cancel_lag[jid] = rng.choice([rng.randint(6, 85), rng.randint(6, 85), rng.randint(100, 220)])
    for r in rows:
        if r["id"] in cancelled:
            close = dt.date.fromisoformat(r["close_date"])
            cdate = min(close + dt.timedelta(days=cancel_lag[r["id"]]), END)
            r["stage"] = "cancelled"
            r["cancel_date"] = cdate.isoformat()

    # credit memos: STC / rebate price adjustments on a few won jobs
    memo_rows = []
    candidates = [r for r in rows if r["stage"] == "won" and not r["split"]
                  and r["product"] in {p[0] for p in SOLAR}]
    for r in rng.sample(candidates, 6):
        close = dt.date.fromisoformat(r["close_date"])
        mdate = min(close + dt.timedelta(days=rng.randint(10, 45)), END)
        memo_rows.append(dict(r, id=r["id"] + "-ADJ", name=r["account"] + " - price adjustment",
                              amount=money(-float(rng.choice([450, 600, 750, 900, 1200, 1500]))),
                              close_date=mdate.isoformat()))
    rows.extend(memo_rows)

    # open pipeline: quotes out, expected to sign before 30 June (EOFY push)
    for (sid, manager, role, start, end, *_rest) in SELLERS:
        if end:
            continue
        for _ in range(rng.randint(3, 6)):
            r = rng.random()
            if r < 0.08:
                product, low, high, _ = pick(rng, COMMERCIAL)
                amount = round(rng.uniform(low, high) / 100) * 100.0
                account = rng.choice(BUSINESSES[manager])
            else:
                table = SOLAR if r < 0.6 else (BATTERY if r < 0.9 else EV)
                product, low, high, _ = pick(rng, table)
                amount = price(rng, low, high)
                account = f"{rng.choice(SURNAMES)} Residence"
            next_id += rng.randint(1, 6)
            d = dt.date(2025, 6, rng.randint(2, 30))
            rows.append(dict(id=f"JOB-{next_id}", seller=sid, account=account,
                             name=f"{account} - {SHORT[product]} (quote)", type="new",
                             product=product, amount=money(amount), close_date=d.isoformat(),
                             stage="open", split="",
                             probability=rng.choice(["0.2", "0.3", "0.4", "0.5", "0.6", "0.75", "0.8"]),
                             cancel_date="", currency="AUD"))

    rows.sort(key=lambda r: (r["id"].replace("-ADJ", "~"), r["seller"]))
    cols = ["id", "seller", "account", "name", "type", "product", "amount", "close_date",
            "stage", "split", "probability", "cancel_date", "currency"]
    with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({c: r[c] for c in cols})

    with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                    "quota:system"])
        for (sid, manager, role, start, end, quota_override, *_rest) in SELLERS:
            w.writerow([sid, sid, manager, MANAGERS[manager], role, start or "", end or "",
                        quota_override or ""])

    print(f"{len(rows)} deal lines, {len(SELLERS)} sellers")


if __name__ == "__main__":
    main()
