#!/usr/bin/env python3
"""Generate deals.csv and sellers.csv for the twentyninth workspace.

Southern Cross Business Connect: an Australian business telco reseller. Business account
managers (AMs) sell mobile fleets, NBN Enterprise Ethernet, UC Voice, device bundles and
managed SD-WAN to small and mid-sized businesses, in AUD, for the plan year 1 July 2024 -
30 June 2025 (the Australian financial year, FY25).

Deal amounts are total contract value (TCV, ex GST): services x monthly price x term in
months for the carriage products, the one-off price for device bundles. Deal types: "new"
(new business), "port-in" (won back from another carrier) and "recontract" (an existing
customer re-signing). Won deals close from 1 July 2024 to 23 May 2025 (the as-of date);
open pipeline is forecast to close from 1 May to 30 June 2025 (about a third of the
opportunities due in May so far are still open on the as-of date). Some won deals churn later
(stage "cancelled" with a cancel date on or before 23 May 2025). A few national accounts
are split between two AMs (two lines, one id).

Standard library only; seeded, so the output is the same on every run:
    python3 gen_deals.py            # writes deals.csv and sellers.csv beside this file
"""

import csv
import datetime as dt
import os
import random

SEED = 2925
AS_OF = dt.date(2025, 5, 23)
PLAN_START = dt.date(2024, 7, 1)
PLAN_END = dt.date(2025, 6, 30)

HERE = os.path.dirname(os.path.abspath(__file__))

# id (full name), manager, territory, start, end, monthly TCV quota override, skill, port-in lean
ROSTER = [
    ("Sharon Papadopoulos", "Bronwyn Kelleher", "Sydney Metro", None, None, "140000.00", 1.30, 0.40),
    ("David Kowalski", "Bronwyn Kelleher", "Sydney Metro", None, None, None, 0.95, 0.35),
    ("Priya Raman", "Bronwyn Kelleher", "Sydney Metro", None, None, None, 1.15, 0.30),
    ("Thomas Whitford", "Bronwyn Kelleher", "Sydney Metro", None, None, None, 0.75, 0.40),
    ("Mei Lin Chen", "Bronwyn Kelleher", "Sydney Metro", dt.date(2025, 2, 3), None, None, 0.85, 0.30),
    ("Gary Lindqvist", "Angela Russo", "Melbourne", None, None, "130000.00", 1.10, 0.45),
    ("Duc Nguyen", "Angela Russo", "Melbourne", None, None, None, 1.05, 0.35),
    ("Jessica Tran", "Angela Russo", "Melbourne", None, None, None, 0.90, 0.30),
    ("Aroha Ngata", "Angela Russo", "Melbourne", None, None, None, 1.00, 0.35),
    ("Jessica McAllister", "Craig Whitton", "Brisbane & Gold Coast", None, None, None, 0.90, 0.35),
    ("Mohammed Haddad", "Craig Whitton", "Brisbane & Gold Coast", None, None, None, 1.10, 0.60),
    ("Kirra Simpson", "Craig Whitton", "Brisbane & Gold Coast", None, None, None, 0.80, 0.35),
    ("Liam O'Brien", "Craig Whitton", "Brisbane & Gold Coast", None, dt.date(2025, 2, 28), None, 0.95, 0.35),
]

ACCOUNTS = {
    "Sydney Metro": [
        "Harbourside Dental Group", "Parramatta Physio & Rehab", "Bondi Pilates Co",
        "Chatswood Legal Partners", "Manly Surf Supplies", "Penrith Concrete Pumping",
        "Inner West Vet Clinics", "Surry Hills Design Studio", "Cronulla Marine Services",
        "Ryde Freight Logistics", "Blacktown Auto Group", "Hornsby Accounting Pty Ltd",
        "Liverpool Medical Centre", "North Shore Real Estate", "Marrickville Brewing Co",
        "Kogarah Pharmacy Group", "Castle Hill Early Learning", "Pyrmont Media House",
        "Sutherland Shire Plumbing", "Botany Bay Cold Storage", "Campbelltown Electrical",
        "Alexandria Print Works", "Mosman Wealth Advisers", "Hurstville Travel Centre",
        "Baulkham Hills Orthodontics", "Randwick Student Housing", "Artarmon Lab Services",
        "Dee Why Fitness Collective", "Wetherill Park Steel", "Strathfield Tutoring Group",
    ],
    "Melbourne": [
        "Yarra Valley Cellars", "Brunswick Bike Co", "Fitzroy Coffee Roasters",
        "Dandenong Fleet Hire", "St Kilda Hospitality Group", "Box Hill Family Dental",
        "Geelong Marine Engineering", "Footscray Food Wholesalers", "Richmond Sports Physio",
        "Carlton Architects", "Moorabbin Aviation Services", "Preston Panel & Paint",
        "Camberwell Conveyancing", "Werribee Growers Co-op", "Docklands Event Co",
        "Glen Waverley Pharmacy", "Collingwood Creative Agency", "Bayside Aged Care",
        "Ringwood Building Supplies", "Port Melbourne Customs Brokers", "Sunshine Metal Fab",
        "Kew Grammar Parents Assoc", "Heidelberg Radiology", "Mornington Wineries Group",
        "Frankston Trades Hub", "Southbank Law Chambers",
    ],
    "Brisbane & Gold Coast": [
        "Southport Boat Sales", "Fortitude Valley Creative", "Logan Earthmoving",
        "Burleigh Heads Surf Club", "Ipswich Transport Co", "Toowong Medical Practice",
        "Coolangatta Holiday Lets", "Redcliffe Seafood Co", "Nundah Joinery",
        "Robina Smile Studio", "Springwood Accountants", "Capalaba Hardware",
        "Broadbeach Events Group", "Eagle Farm Freight", "Caloundra Childcare",
        "Woolloongabba Engineering", "Nerang Landscape Supplies", "Indooroopilly Optometry",
        "Helensvale Vet Hospital", "Brisbane CBD Recruitment", "Stones Corner Cafe Group",
        "Mermaid Beach Realty", "Coorparoo Allied Health", "Tweed Coast Plumbing",
        "Carindale Motor Group", "Ashmore Solar Installations",
    ],
}

# National accounts, shared between two AMs of different territories (split 50/50 or 60/40).
NATIONAL = ["Coastal Pharmacy Alliance", "Aussie Tyre Network", "Southern Cross Physio Group"]

CARRIERS = ["Telstra", "Optus", "TPG", "Vocus", "Aussie Broadband"]
SEASON = [1.0, 1.0, 1.05, 1.0, 1.1, 0.7, 0.6, 1.0, 1.1, 0.95, 1.0, 1.0]  # Jul..Jun


def month_start(i):
    y = 2024 + (6 + i) // 12
    m = (6 + i) % 12 + 1
    return dt.date(y, m, 1)


def month_end(i):
    nxt = month_start(i + 1) if i < 11 else dt.date(2025, 7, 1)
    return nxt - dt.timedelta(days=1)


def weekday_in(rng, lo, hi, bunch=0.3):
    """A business day in [lo, hi]; with probability `bunch`, one of the last five."""
    days = [lo + dt.timedelta(d) for d in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() < 5] or days
    if rng.random() < bunch:
        return days[-min(5, len(days)):][rng.randrange(min(5, len(days)))]
    return rng.choice(days)


def product_and_amount(rng, recontract=False):
    """(product, amount as 2-dp string, term months or '', services, what)."""
    if recontract:
        product = rng.choices(["Mobile Fleet", "NBN Enterprise Ethernet", "UC Voice"], [55, 25, 20])[0]
    else:
        product = rng.choices(
            ["Mobile Fleet", "NBN Enterprise Ethernet", "UC Voice", "Device Bundle", "Managed SD-WAN"],
            [40, 20, 20, 12, 8],
        )[0]
    if product == "Mobile Fleet":
        sio = int(min(80, max(4, rng.lognormvariate(2.8, 0.55))))
        price = rng.choice([39.09, 49.09, 59.09, 69.09])
        term = rng.choices([24, 36], [60, 40])[0]
        amount = sio * price * term
        what = f"{sio} SIOs"
    elif product == "NBN Enterprise Ethernet":
        sio = rng.choices([1, 2], [85, 15])[0]
        price = rng.choice([699.0, 899.0, 1199.0, 1599.0])
        term = rng.choices([24, 36, 60], [25, 65, 10])[0]
        amount = sio * price * term
        what = f"{sio} site{'s' if sio > 1 else ''}"
    elif product == "UC Voice":
        sio = int(min(100, max(6, rng.lognormvariate(3.0, 0.5))))
        price = rng.choice([32.50, 39.50, 44.50])
        term = rng.choices([24, 36], [45, 55])[0]
        amount = sio * price * term
        what = f"{sio} seats"
    elif product == "Device Bundle":
        sio = rng.randint(4, 35)
        price = rng.choice([899.0, 1299.0, 1649.0])
        term = ""
        amount = sio * price
        what = f"{sio} devices"
    else:  # Managed SD-WAN
        sio = rng.randint(2, 6)
        price = rng.choice([450.0, 550.0])
        term = 36
        amount = sio * price * term
        what = f"{sio} sites"
    return product, f"{amount:.2f}", term, what


def main():
    rng = random.Random(SEED)
    stale = random.Random(SEED + 1)  # which early-May opportunities are still open
    next_id = [30117]

    def new_id():
        next_id[0] += rng.randint(3, 41)
        return f"OPP-{next_id[0]}"

    rows = []

    def add(seller, amount, stage, close, dtype, product, term, account, name,
            split="", prob="", cancel=""):
        rows.append({
            "id": None, "seller": seller, "amount": amount, "close_date": close.isoformat() if close else "",
            "stage": stage, "type": dtype, "product": product, "split": split,
            "probability": prob, "term_months": term, "cancel_date": cancel.isoformat() if cancel else "",
            "account": account, "name": name,
        })
        return rows[-1]

    for (sid, _mgr, terr, start, end, _q, skill, port_lean) in ROSTER:
        pool = ACCOUNTS[terr]
        s_start = start or PLAN_START
        s_end = end or PLAN_END
        for mi in range(12):
            ms, me = month_start(mi), month_end(mi)
            lo, hi = max(ms, s_start), min(me, s_end)
            if lo > hi:
                continue
            ramp = 1.0
            if start:  # new starter ramps over three months
                months_in = (ms.year - start.year) * 12 + ms.month - start.month
                ramp = [0.45, 0.7, 0.9][months_in] if months_in < 3 else 1.0
            share = ((hi - lo).days + 1) / ((me - ms).days + 1)
            lam = 7.0 * skill * SEASON[mi] * ramp * share
            n_opps = max(0, int(round(rng.gauss(lam, 1.4))))
            n_recon = 1 if rng.random() < 0.75 * share else 0
            if rng.random() < 0.2 * share:
                n_recon += 1
            opps = [("recontract" if k < n_recon else None) for k in range(n_recon + n_opps)]
            for kind in opps:
                recontract = kind == "recontract"
                dtype = "recontract" if recontract else ("port-in" if rng.random() < port_lean else "new")
                product, amount, term, what = product_and_amount(rng, recontract)
                account = rng.choice(pool)
                close = weekday_in(rng, lo, hi)
                if dtype == "port-in":
                    name = f"{account} - {product} port-in from {rng.choice(CARRIERS)} ({what})"
                elif dtype == "recontract":
                    name = f"{account} - {product} recontract ({what}, {term}m)"
                else:
                    name = f"{account} - {product} ({what}{', ' + str(term) + 'm' if term else ''})"
                win_p = (0.8 if recontract else 0.42 + 0.12 * (skill - 1.0))
                if close > AS_OF:
                    # the rest of May and June: still open pipeline
                    if close <= AS_OF + dt.timedelta(days=2):
                        close = AS_OF + dt.timedelta(days=3)
                    stage = rng.choices(["open", "open", "open"], [1, 1, 1])[0]
                    prob = rng.choice(["0.2", "0.4", "0.6", "0.8"])
                    add(sid, amount, "open", close, dtype, product, term, account, name, prob=prob)
                    continue
                stage = "won" if rng.random() < win_p else "lost"
                r = add(sid, amount, stage, close, dtype, product, term, account, name)
                if stage == "won" and rng.random() < 0.07:
                    cancel = close + dt.timedelta(days=rng.choice([23, 41, 58, 77, 96, 112, 134, 151, 188]))
                    if cancel <= AS_OF and (end is None or cancel <= end):
                        r["stage"] = "cancelled"
                        r["cancel_date"] = cancel
                # May so far: about a third of the month's opportunities are still open in
                # the CRM on the as-of date (expected close already here or just passed)
                if close >= dt.date(2025, 5, 1) and stale.random() < 0.35:
                    r["stage"] = "open"
                    r["cancel_date"] = ""
                    r["probability"] = stale.choice(["0.4", "0.6", "0.8", "0.9"])
        # a little extra late-May pipeline, forecast to close in June
        if end is None:
            for _ in range(rng.randint(2, 5)):
                dtype = "port-in" if rng.random() < port_lean else "new"
                product, amount, term, what = product_and_amount(rng)
                account = rng.choice(pool)
                close = weekday_in(rng, dt.date(2025, 5, 26), dt.date(2025, 6, 30), 0.4)
                name = (f"{account} - {product} port-in from {rng.choice(CARRIERS)} ({what})"
                        if dtype == "port-in" else f"{account} - {product} ({what})")
                add(sid, amount, "open", close, dtype, product, term, account, name,
                    prob=rng.choice(["0.2", "0.4", "0.6", "0.8"]))

    # national accounts: one deal each, split between two AMs of different territories
    national = [
        ("Coastal Pharmacy Alliance", "Sharon Papadopoulos", "Mohammed Haddad", "0.6", "0.4",
         dt.date(2024, 10, 30), "Mobile Fleet", 36, 96, 49.09, "new"),
        ("Aussie Tyre Network", "Gary Lindqvist", "Priya Raman", "0.5", "0.5",
         dt.date(2025, 3, 27), "UC Voice", 36, 110, 39.50, "port-in"),
        ("Southern Cross Physio Group", "Duc Nguyen", "Kirra Simpson", "0.5", "0.5",
         dt.date(2024, 12, 12), "NBN Enterprise Ethernet", 60, 4, 899.0, "new"),
    ]
    for (acct, a, b, sa, sb, close, product, term, n, price, dtype) in national:
        amount = f"{n * price * term:.2f}"
        unit = "SIOs" if product == "Mobile Fleet" else ("seats" if product == "UC Voice" else "sites")
        name = f"{acct} - {product} national ({n} {unit}, {term}m)"
        for s, sp in ((a, sa), (b, sb)):
            r = add(s, amount, "won", close, dtype, product, term, acct, name, split=sp)
            r["group"] = acct

    # ids in close-date order, as a CRM numbers them roughly by creation; the two lines of
    # a split deal share one id
    rows.sort(key=lambda r: (r["close_date"] or "9999", r["seller"]))
    group_ids = {}
    for r in rows:
        g = r.pop("group", None)
        if g is None:
            r["id"] = new_id()
        else:
            if g not in group_ids:
                group_ids[g] = new_id()
            r["id"] = group_ids[g]

    rows.sort(key=lambda r: (r["id"], r["seller"]))
    cols = ["id", "seller", "amount", "close_date", "stage", "type", "product", "split",
            "probability", "term_months", "cancel_date", "account", "name"]
    with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow(r)

    with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "manager", "territory", "start_date", "end_date", "quota:tcv"])
        for (sid, mgr, terr, start, end, q, _s, _p) in ROSTER:
            w.writerow([sid, sid, mgr, terr, start.isoformat() if start else "",
                        end.isoformat() if end else "", q or ""])


if __name__ == "__main__":
    main()
