#!/usr/bin/env python3
"""Generate sellers.csv and deals.csv for the thirtysecond workspace (Larkspur Surgical).

Synthetic, deterministic (fixed seed), standard library only. Run from this directory:

    python3 gen_deals.py

Plan year FY2026 = 1 Feb 2026 - 31 Jan 2027 (Q1 Feb-Apr, Q2 May-Jul, Q3 Aug-Oct, Q4 Nov-Jan).
The set is written as of 2026-11-30: no won or cancelled line closes after that date and no
cancel date is after it. Open quotes are expected to close Dec 2026 - Jan 2027, except about a
third whose PO is late (expected close 10-30 Nov 2026, still open).

Deal types: capital (equipment POs), service (service agreements on installed capital),
disposables (consumables supply contracts, annual value booked at signing), conversion
(a disposables contract that takes out a competitor's product). Ids: PO-xxxxxx for capital and
service purchase orders, AGR-xxxxx for disposables and conversion agreements, RMA-xxxx for
credit memos (equipment returned for credit), QT-xxxxx for quotes that are still open or lost.
"""

import csv
import datetime as dt
import random

SEED = 32
AS_OF = dt.date(2026, 11, 30)
PLAN_START = dt.date(2026, 2, 1)
PLAN_END = dt.date(2027, 1, 31)
QUARTERS = [
    (dt.date(2026, 2, 1), dt.date(2026, 4, 30)),
    (dt.date(2026, 5, 1), dt.date(2026, 7, 31)),
    (dt.date(2026, 8, 1), dt.date(2026, 10, 31)),
    (dt.date(2026, 11, 1), dt.date(2027, 1, 31)),
]
PLAN_QUOTAS = [900000, 1000000, 1050000, 1250000]

MANAGERS = {
    "East": "Denise Okafor",
    "Central": "Kevin Duarte",
    "West": "Lorena Vasquez",
}

# name, region, start, end, revenue quota override (per quarter), pull-through override,
# quarter multipliers of the revenue quota (None = not active), disposables share of credit
REPS = [
    ("Marcus Bell", "East", None, None, 1200000, 1600000, [1.38, 1.52, 1.66, 0.78], 0.24),
    ("Priyanka Raman", "East", None, None, None, None, [0.96, 1.12, 1.27, 0.52], 0.27),
    ("Sean O'Connell", "East", None, "2026-09-18", None, None, [0.71, 0.56, 0.52, None], 0.22),
    ("Michael Chen", "East", None, None, None, None, [1.06, 0.86, 1.03, 0.36], 0.24),
    ("Alejandra Ruiz", "East", None, None, None, None, [0.46, 0.64, 0.97, 0.62], 0.30),
    ("Jennifer Nguyen", "Central", None, None, 1150000, 1500000, [1.21, 1.46, 1.11, 0.88], 0.27),
    ("DeShawn Carter", "Central", None, None, None, None, [0.33, 0.91, 1.16, 0.45], 0.24),
    ("Katherine Lindqvist", "Central", None, None, None, None, [1.01, 0.76, 0.58, 0.94], 0.31),
    ("Rafael Medina", "Central", "2026-06-15", None, None, None, [None, 0.30, 0.71, 0.31], 0.27),
    ("Michael Osei", "West", None, None, None, None, [0.86, 1.31, 1.43, 0.55], 0.24),
    ("Hannah Goldberg", "West", None, None, 1200000, 1600000, [1.62, 1.30, 1.84, 1.03], 0.24),
    ("Kevin Tran", "West", None, None, None, None, [0.63, 0.51, 0.42, 0.21], 0.30),
    ("Jennifer Walsh", "West", "2026-08-03", None, None, None, [None, None, 0.52, 0.34], 0.27),
]

ACCOUNTS = {
    "Marcus Bell": ["Mount Carmel Regional Medical Center", "Hudson Crest Medical Center",
                    "Keystone Health System"],
    "Priyanka Raman": ["Providence Point Hospital", "Bayshore Orthopedic ASC",
                       "Keystone Health System"],
    "Sean O'Connell": ["St. Brendan's Medical Center", "Granite State Surgical ASC"],
    "Michael Chen": ["Allenwood Memorial Hospital", "Chesapeake Valley Hospital",
                     "Keystone Health System"],
    "Alejandra Ruiz": ["Harborview Surgery Center", "Ironbound Community Hospital"],
    "Jennifer Nguyen": ["St. Olaf Medical Center", "Fort Dearborn Medical Center",
                        "Prairie Lakes Health"],
    "DeShawn Carter": ["Heartland Methodist Hospital", "Twin Rivers ASC", "Prairie Lakes Health"],
    "Katherine Lindqvist": ["Riverbend Community Hospital", "Lakeshore Surgical Institute",
                            "Cedar Valley Surgery Center"],
    "Rafael Medina": ["Ozark Ridge Medical Center", "Cedar Valley Surgery Center"],
    "Michael Osei": ["Sierra Vista Medical Center", "Mesa Verde Regional Hospital",
                     "Cascadia Health Partners"],
    "Hannah Goldberg": ["Pacific Crest Hospital", "Redwood Coast Medical Center",
                        "Cascadia Health Partners"],
    "Kevin Tran": ["Desert Bloom Surgery Center", "Sonoran Heart & Vascular"],
    "Jennifer Walsh": ["Puget Sound Surgical Center", "Willamette Valley ASC"],
}

SHORT = {
    "Mount Carmel Regional Medical Center": "Mount Carmel",
    "Hudson Crest Medical Center": "Hudson Crest",
    "Keystone Health System": "Keystone IDN",
    "Providence Point Hospital": "Providence Point",
    "Bayshore Orthopedic ASC": "Bayshore ASC",
    "St. Brendan's Medical Center": "St. Brendan's",
    "Granite State Surgical ASC": "Granite State ASC",
    "Allenwood Memorial Hospital": "Allenwood",
    "Chesapeake Valley Hospital": "Chesapeake Valley",
    "Harborview Surgery Center": "Harborview",
    "Ironbound Community Hospital": "Ironbound",
    "St. Olaf Medical Center": "St. Olaf",
    "Fort Dearborn Medical Center": "Fort Dearborn",
    "Prairie Lakes Health": "Prairie Lakes IDN",
    "Heartland Methodist Hospital": "Heartland Methodist",
    "Twin Rivers ASC": "Twin Rivers",
    "Riverbend Community Hospital": "Riverbend",
    "Lakeshore Surgical Institute": "Lakeshore",
    "Cedar Valley Surgery Center": "Cedar Valley",
    "Ozark Ridge Medical Center": "Ozark Ridge",
    "Sierra Vista Medical Center": "Sierra Vista",
    "Mesa Verde Regional Hospital": "Mesa Verde",
    "Cascadia Health Partners": "Cascadia IDN",
    "Pacific Crest Hospital": "Pacific Crest",
    "Redwood Coast Medical Center": "Redwood Coast",
    "Desert Bloom Surgery Center": "Desert Bloom",
    "Sonoran Heart & Vascular": "Sonoran",
    "Puget Sound Surgical Center": "Puget Sound",
    "Willamette Valley ASC": "Willamette",
}

# product: (deal type, low, high, rounding step, name words)
CAPITAL = {
    "Aurora 4K Tower": (150000, 320000, 250, ["OR {n} Aurora tower", "Aurora 4K tower refresh",
                                              "Aurora tower x2", "Aurora tower - post-eval PO"]),
    "Meridian Arm Kit": (280000, 560000, 500, ["Meridian arm add-on", "Meridian arm kit - robot 2",
                                               "Meridian arm upgrade"]),
    "Pulsar Generator": (38000, 92000, 50, ["Pulsar gens x{k}", "Pulsar generator replacement",
                                            "Pulsar gen fleet swap"]),
}
DISPOSABLES = {
    "Pulsar Sealers": (45000, 240000, 100, ["Pulsar sealer supply", "sealer standing PO",
                                            "Pulsar sealer 24-mo contract"]),
    "Cirrus Trocars": (30000, 160000, 100, ["Cirrus trocar agreement", "trocar supply renewal",
                                            "Cirrus access ports"]),
    "Meridian Instruments": (60000, 280000, 100, ["Meridian instrument pull-through",
                                                  "robotic instruments annual",
                                                  "Meridian instruments contract"]),
}
SERVICE = (22000, 96000, 50, ["ProCare tower coverage", "ProCare 36-mo service",
                              "ProCare generator fleet coverage"])


def d(s):
    return dt.date.fromisoformat(s) if s else None


def rnd_money(rng, lo, hi, step):
    v = rng.uniform(lo, hi)
    return int(round(v / step)) * step


def rnd_date(rng, a, b):
    span = (b - a).days
    return a + dt.timedelta(days=rng.randint(0, span))


def money(v):
    return f"{v:.2f}"


def main():
    rng = random.Random(SEED)
    po_no = [410200]
    agr_no = [30110]
    qt_no = [77400]
    rma_no = [5100]

    def next_id(kind):
        if kind in ("capital", "service"):
            po_no[0] += rng.randint(3, 41)
            return f"PO-{po_no[0]}"
        if kind in ("disposables", "conversion"):
            agr_no[0] += rng.randint(2, 19)
            return f"AGR-{agr_no[0]}"
        if kind == "rma":
            rma_no[0] += rng.randint(1, 9)
            return f"RMA-{rma_no[0]}"
        qt_no[0] += rng.randint(5, 60)
        return f"QT-{qt_no[0]}"

    def make_deal(seller, kind, a, b, accounts):
        account = rng.choice(accounts)
        if kind == "capital":
            product = rng.choices(list(CAPITAL), weights=[4, 2, 4])[0]
            lo, hi, step, names = CAPITAL[product]
            term = ""
        elif kind in ("disposables", "conversion"):
            product = rng.choices(list(DISPOSABLES), weights=[4, 3, 3])[0]
            lo, hi, step, names = DISPOSABLES[product]
            term = str(rng.choice([12, 24, 36]))
        else:
            product = "ProCare Service"
            lo, hi, step, names = SERVICE
            term = str(rng.choice([12, 36, 60]))
        amount = rnd_money(rng, lo, hi, step)
        label = rng.choice(names).format(n=rng.randint(2, 14), k=rng.randint(2, 6))
        for months in ("24", "36"):
            if months + "-mo" in label:
                term = months
        if kind == "conversion":
            label = label + " - competitive conversion"
        name = f"{SHORT[account]} {label}"
        return {
            "seller": seller, "amount": amount, "close_date": rnd_date(rng, a, b),
            "stage": "won", "type": kind, "product": product, "split": "",
            "probability": "", "term_months": term, "cancel_date": "",
            "account": account, "name": name,
        }

    rows = []
    sellers = []
    for (name, region, start, end, q_rev, q_pt, mults, disp_share) in REPS:
        s_start = d(start) or PLAN_START
        s_end = d(end) or PLAN_END
        sellers.append({
            "id": name, "name": name, "manager": MANAGERS[region], "territory": region,
            "role": "Senior Territory Manager" if q_rev else "Territory Manager",
            "start_date": start or "", "end_date": end or "",
            "quota:revenue": money(q_rev) if q_rev else "",
            "quota:pullthrough": money(q_pt) if q_pt else "",
        })
        accounts = ACCOUNTS[name]
        for qi, mult in enumerate(mults):
            if mult is None:
                continue
            qa, qb = QUARTERS[qi]
            a = max(qa, s_start)
            b = min(qb, s_end, AS_OF)
            quota = q_rev if q_rev else PLAN_QUOTAS[qi]
            days_active = (min(qb, s_end) - max(qa, s_start)).days + 1
            days_q = (qb - qa).days + 1
            target = quota * mult * days_active / days_q
            disp_target = target * disp_share
            total = 0
            disp = 0
            guard = 0
            while total < target * 0.985 and guard < 60:
                guard += 1
                if disp < disp_target:
                    kind = "conversion" if rng.random() < 0.18 else "disposables"
                else:
                    kind = "service" if rng.random() < 0.2 else "capital"
                deal = make_deal(name, kind, a, b, accounts)
                remain = target - total
                if deal["amount"] > remain * 1.03:
                    if remain < 20000:
                        break
                    deal["amount"] = int(round(remain / 50)) * 50
                    if kind == "capital" and deal["amount"] < CAPITAL[deal["product"]][0]:
                        # too small for that system: book the remainder as a service agreement
                        if deal["amount"] <= SERVICE[1]:
                            kind = deal["type"] = "service"
                            deal["product"] = "ProCare Service"
                            deal["term_months"] = "36"
                            deal["name"] = f"{SHORT[deal['account']]} ProCare 36-mo service"
                        else:
                            deal["product"] = "Pulsar Generator"
                            deal["name"] = f"{SHORT[deal['account']]} Pulsar gen fleet swap"
                total += deal["amount"]
                if kind in ("disposables", "conversion"):
                    disp += deal["amount"]
                rows.append(deal)
        # lost quotes through the year, open quotes for Dec-Jan
        for _ in range(rng.randint(3, 7)):
            kind = rng.choice(["capital", "capital", "disposables", "service", "conversion"])
            deal = make_deal(name, kind, max(s_start, PLAN_START), min(s_end, AS_OF), accounts)
            deal["stage"] = "lost"
            rows.append(deal)
        for _ in range(rng.randint(3, 6) if s_end > AS_OF else 0):
            kind = rng.choice(["capital", "capital", "disposables", "conversion", "service"])
            if rng.random() < 0.3:
                # the PO is late: still open, expected close already passed
                deal = make_deal(name, kind, dt.date(2026, 11, 10), AS_OF, accounts)
            else:
                deal = make_deal(name, kind, dt.date(2026, 12, 1), dt.date(2027, 1, 29), accounts)
            deal["stage"] = "open"
            deal["probability"] = rng.choice(["0.2", "0.4", "0.6", "0.8"])
            if kind == "capital" and deal["probability"] == "0.8":
                deal["name"] += " (VAC approved)"
            elif kind == "capital" and deal["probability"] == "0.4":
                deal["name"] += " (in eval)"
            rows.append(deal)

    # ids: won/cancelled lines by their kind, lost/open as quotes; sorted by close date first
    rows.sort(key=lambda r: (r["close_date"], r["seller"], r["amount"]))
    for r in rows:
        r["id"] = next_id(r["type"]) if r["stage"] == "won" else next_id("quote")

    # Cancellations: equipment returned after a failed eval, or a contract cancelled.
    won = [r for r in rows if r["stage"] == "won" and r["close_date"] <= dt.date(2026, 10, 20)]
    picks = rng.sample(won, 9)
    for i, r in enumerate(picks):
        r["stage"] = "cancelled"
        gap = rng.randint(18, 80) if i < 6 else rng.randint(105, 160)
        cd = r["close_date"] + dt.timedelta(days=gap)
        r["cancel_date"] = min(cd, AS_OF)
        r["name"] += " (returned)" if r["type"] == "capital" else " (cancelled)"

    # IDN deals co-sold 50/50 with a teammate of the same region on the same IDN account.
    by_region = {}
    for (name, region, *_rest) in REPS:
        by_region.setdefault(region, []).append(name)
    extra = []
    idn_won = [r for r in rows if r["stage"] == "won" and r["account"].endswith(
        ("Health System", "Health", "Health Partners"))]
    for r in rng.sample(idn_won, 7):
        region = next(reg for reg, names in by_region.items() if r["seller"] in names)
        mates = [m for m in by_region[region] if m != r["seller"] and r["account"] in ACCOUNTS[m]]
        if not mates:
            continue
        mate = rng.choice(mates)
        r["split"] = "0.5"
        twin = dict(r)
        twin["seller"] = mate
        extra.append(twin)
    rows.extend(extra)

    # Credit memos: generators returned for credit (RMA), negative capital lines.
    for seller, day, amt in [("Michael Osei", dt.date(2026, 6, 22), -41250),
                             ("Katherine Lindqvist", dt.date(2026, 9, 9), -28700),
                             ("Priyanka Raman", dt.date(2026, 11, 12), -36400)]:
        acct = ACCOUNTS[seller][0]
        rows.append({
            "id": next_id("rma"), "seller": seller, "amount": amt, "close_date": day,
            "stage": "won", "type": "capital", "product": "Pulsar Generator", "split": "",
            "probability": "", "term_months": "", "cancel_date": "", "account": acct,
            "name": f"{SHORT[acct]} Pulsar generator RMA credit",
        })

    rows.sort(key=lambda r: (r["close_date"], r["id"], r["seller"]))
    cols = ["id", "seller", "amount", "close_date", "stage", "type", "product", "split",
            "probability", "term_months", "cancel_date", "account", "name"]
    with open("deals.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in rows:
            out = dict(r)
            out["amount"] = money(r["amount"])
            out["close_date"] = r["close_date"].isoformat()
            out["cancel_date"] = r["cancel_date"].isoformat() if r["cancel_date"] else ""
            w.writerow({k: out[k] for k in cols})
    scols = ["id", "name", "manager", "territory", "role", "start_date", "end_date",
             "quota:revenue", "quota:pullthrough"]
    with open("sellers.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=scols)
        w.writeheader()
        for s in sellers:
            w.writerow(s)


if __name__ == "__main__":
    main()
