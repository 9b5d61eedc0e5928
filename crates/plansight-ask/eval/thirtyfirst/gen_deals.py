#!/usr/bin/env python3
"""Generate deals.csv and sellers.csv for the thirtyfirst workspace (Copperleaf Hotels & Resorts).

Group room-block bookings (types corporate / association / smerf, credited by the rooms
measure) and catering / banquet F&B bookings (types catering / wedding, credited by the fnb
measure) across five Copperleaf properties (the product column). A deal closes when the group
"turns definite" (contract signed); tentative bookings are open, turned-down ones lost; groups
that cancel after turning definite are cancelled with a cancel date. Attrition adjustments
(pickup below the contracted block) are negative room lines. Plan year 2025, as of 2025-11-21:
no won or cancelled line closes after that date; open (tentative) lines carry an expected date from 10 November to 19 December 2025.

Standard library only; deterministic (fixed seed). Run: python3 gen_deals.py (writes beside it).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 11, 21)
YEAR_START = dt.date(2025, 1, 1)

rng = random.Random(3107)

# id, manager, territory, start, end, room quarterly quota override, fnb annual quota override,
# strength (share of quota booked), focus ("corp", "assoc", "cat")
SELLERS = [
    ("Katherine Nguyen", "Denise Okafor", "Corporate", None, None, "600000.00", None, 1.55, "corp"),
    ("Michael Delgado", "Denise Okafor", "Corporate", None, None, None, None, 0.98, "corp"),
    ("Darnell Jefferson", "Denise Okafor", "Corporate", None, None, None, None, 1.12, "corp"),
    ("Priyanka Shah", "Denise Okafor", "Corporate", None, None, None, None, 0.78, "corp"),
    ("Natasha Robinson", "Raymond Castillo", "Association & SMERF", None, None, "500000.00", None, 1.25, "assoc"),
    ("Michael Brennan", "Raymond Castillo", "Association & SMERF", None, None, None, None, 0.88, "assoc"),
    ("Joanna Kowalski", "Raymond Castillo", "Association & SMERF", None, None, None, None, 1.05, "assoc"),
    ("Luis Herrera", "Raymond Castillo", "Association & SMERF", None, "2025-08-29", None, None, 0.82, "assoc"),
    ("Aaliyah Brooks", "Raymond Castillo", "Association & SMERF", "2025-06-16", None, None, None, 0.62, "assoc"),
    ("Grace Kim", "Lorraine Whitfield", "Catering & Weddings", None, None, "90000.00", "950000.00", 1.18, "cat"),
    ("Benjamin Walsh", "Lorraine Whitfield", "Catering & Weddings", None, None, "90000.00", "950000.00", 0.86, "cat"),
    ("Marisol Ortega", "Lorraine Whitfield", "Catering & Weddings", None, None, "90000.00", "950000.00", 1.02, "cat"),
    ("Raymond Tran", "Lorraine Whitfield", "Catering & Weddings", None, None, "90000.00", "950000.00", 0.74, "cat"),
]

PLAN_ROOM_QUOTAS = [420000, 540000, 480000, 450000]
PLAN_FNB_QUOTA = 200000

PROPS = ["Riverfront", "Airport Plaza", "Downtown Grand", "Lakeside Resort", "Midtown Suites"]
PROP_BY_TYPE = {
    "corporate": ["Downtown Grand", "Downtown Grand", "Airport Plaza", "Midtown Suites", "Riverfront", "Lakeside Resort"],
    "association": ["Downtown Grand", "Riverfront", "Lakeside Resort", "Downtown Grand", "Airport Plaza"],
    "smerf": ["Airport Plaza", "Riverfront", "Midtown Suites", "Lakeside Resort"],
    "catering": ["Downtown Grand", "Riverfront", "Lakeside Resort", "Midtown Suites", "Airport Plaza"],
    "wedding": ["Lakeside Resort", "Lakeside Resort", "Riverfront", "Downtown Grand"],
}

CORPORATE = [
    "Brightwell Pharma", "Cascade Logistics", "Northpoint Financial", "Halvorsen Energy",
    "Tessaro Medical Devices", "Bluegill Software", "Redbank Insurance Group", "Pemberton Foods",
    "Orison Aerospace", "Kinloch Capital", "Vantage Auto Parts", "Meridian Health Partners",
    "Solace Biotech", "Ironclad Construction", "Clearwater Telecom", "Harrow & Finch LLP",
    "Lumen Retail Co", "Quarry Ridge Materials", "Starling Consulting", "Delmont Utilities",
]
CORP_EVENTS = ["Regional Sales Meeting", "Leadership Offsite", "Product Launch", "Training Program",
               "Board Retreat", "Sales Kickoff", "Client Summit", "Project Team Block",
               "New Hire Onboarding", "Incentive Trip"]
ASSOCIATIONS = [
    "Southeastern Dental Hygienists Assn", "State Bar Young Lawyers Division",
    "Tri-State Nurse Practitioners Society", "Regional Realtors Council",
    "American Society of Irrigation Engineers", "Carolina Pharmacists Association",
    "National Assn of Credit Union Auditors", "Heartland School Counselors Assn",
    "Gulf Coast Restaurant Association", "Assn of Municipal Clerks",
    "Appalachian Trail Outfitters Guild", "Independent Insurance Agents Alliance",
]
ASSOC_EVENTS = ["Annual Convention", "Fall Conference", "Spring Symposium", "Board Meeting",
                "Regional Chapter Meeting", "Leadership Summit", "Trade Show"]
SMERF = [
    "Fort Carver 82nd Signal Reunion", "Grace Fellowship Men's Retreat", "Lakewood High Class of 2005",
    "Tri-County Youth Soccer League", "Delta Iota Fraternity", "Okonkwo Family Reunion",
    "Sisters of Mercy Alumnae", "Piedmont Marching Band Boosters", "St. Brendan Parish",
    "Riverside Quilters Guild", "USS Harmon Shipmates Association", "Hillcrest AME Church",
]
SMERF_EVENTS = ["Reunion", "Retreat", "Tournament Block", "Convention", "Homecoming", "Conference"]
WEDDING_COUPLES = [
    "Hernandez-Pham", "Okafor-Lindqvist", "Bradley-Moreau", "Castellano-Reed", "Nakamura-Ellis",
    "Patel-Donovan", "Goldberg-Ruiz", "Washington-Tran", "O'Neill-Sato", "Kowalczyk-Baptiste",
    "Fitzgerald-Osei", "Abernathy-Cho", "Delacroix-Hale", "Mendoza-Whitaker", "Sullivan-Ng",
    "Jablonski-Reyes", "Carter-Yamamoto", "Romero-Fischer", "Ibrahim-Lowell", "Chen-Alvarado",
    "Brooks-Ferreira", "Marino-Kwan", "Thornton-Akande", "Vasquez-Holm",
]
CATERING_CLIENTS = [
    "Junior League Gala", "Children's Hospital Foundation", "Chamber of Commerce", "Rotary Club",
    "Symphony Guild", "Habitat for Humanity", "University Alumni Assn", "Bar Mitzvah - Levin",
    "Quinceanera - Salazar", "Holiday Party - Kinloch Capital", "Awards Dinner - Redbank Insurance",
    "Retirement Luncheon - Delmont Utilities", "Fundraiser - Food Bank", "Memorial Reception - Albright",
]

QUARTER_WEIGHT = [0.9, 1.05, 1.0, 1.0]  # room seasonality against each quarter's quota


def month_end(y, m):
    if m == 12:
        return dt.date(y, 12, 31)
    return dt.date(y, m + 1, 1) - dt.timedelta(days=1)


def rand_date(lo, hi):
    span = (hi - lo).days
    return lo + dt.timedelta(days=rng.randint(0, max(span, 0)))


def money(x):
    return f"{x:.2f}"


counter = {"G": 0, "C": 0, "A": 0}


def next_id(prefix):
    counter[prefix] += 1
    return f"{prefix}25-{counter[prefix]:04d}"


rows = []


def add(**kw):
    base = {"id": "", "seller": "", "amount": "", "close_date": "", "stage": "won", "type": "",
            "product": "", "split": "", "probability": "", "term_months": "", "cancel_date": "",
            "account": "", "name": ""}
    base.update(kw)
    rows.append(base)


def room_amount(kind):
    if kind == "corporate":
        return round(rng.choice([rng.uniform(9000, 40000), rng.uniform(25000, 90000), rng.uniform(60000, 140000)]), -2)
    if kind == "association":
        return round(rng.choice([rng.uniform(20000, 70000), rng.uniform(50000, 130000), rng.uniform(90000, 190000)]), -2)
    return round(rng.uniform(6000, 42000), -2)


def pick_room_type(focus):
    r = rng.random()
    if focus == "corp":
        return "corporate" if r < 0.82 else ("association" if r < 0.92 else "smerf")
    if focus == "assoc":
        return "association" if r < 0.55 else ("smerf" if r < 0.9 else "corporate")
    return "smerf"


def account_and_name(kind):
    if kind == "corporate":
        a = rng.choice(CORPORATE)
        return a, f"{a} - {rng.choice(CORP_EVENTS)}"
    if kind == "association":
        a = rng.choice(ASSOCIATIONS)
        return a, f"{a} - {rng.choice(ASSOC_EVENTS)}"
    a = rng.choice(SMERF)
    return a, f"{a} - {rng.choice(SMERF_EVENTS)}"


def active_window(s):
    start = dt.date.fromisoformat(s[3]) if s[3] else YEAR_START
    end = dt.date.fromisoformat(s[4]) if s[4] else AS_OF
    return start, min(end, AS_OF)


won_room_lines = []  # for cancellations and attrition

for s in SELLERS:
    sid, mgr, terr, sdate, edate, rq, fq, strength, focus = s
    start, stop = active_window(s)
    room_q = [float(rq)] * 4 if rq else PLAN_ROOM_QUOTAS
    # ---- room bookings, quarter by quarter
    for qi in range(4):
        q_lo = dt.date(2025, 3 * qi + 1, 1)
        q_hi = month_end(2025, 3 * qi + 3)
        lo, hi = max(q_lo, start), min(q_hi, stop)
        if lo > hi:
            continue
        share = ((hi - lo).days + 1) / ((q_hi - q_lo).days + 1)
        target = room_q[qi] * strength * QUARTER_WEIGHT[qi] * share * rng.uniform(0.85, 1.15)
        if focus == "cat":
            target = room_q[qi] * strength * share * rng.uniform(0.7, 1.3)
        booked = 0.0
        while booked < target:
            kind = pick_room_type(focus)
            amt = room_amount(kind)
            if focus == "cat":
                amt = round(rng.uniform(5000, 28000), -2)
            if booked + amt > target * 1.08 and booked > 0:
                amt = max(round(target * 1.08 - booked, -2), 4000.0)
            d = rand_date(lo, hi)
            acct, name = account_and_name(kind)
            if focus == "cat":
                couple = rng.choice(WEDDING_COUPLES)
                acct, name = f"{couple} Wedding", f"{couple} Wedding - Room Block"
            term = ""
            if kind == "association" and rng.random() < 0.18:
                term = "36"
            elif kind == "corporate" and rng.random() < 0.10:
                term = "24"
            did = next_id("G")
            line = dict(id=did, seller=sid, amount=money(amt), close_date=d.isoformat(), type=kind,
                        product=rng.choice(PROP_BY_TYPE[kind]), term_months=term, account=acct, name=name)
            add(**line)
            won_room_lines.append(line)
            booked += amt
            # F&B that goes with a group (meeting packages, banquets), booked the same day
            if focus != "cat" and rng.random() < 0.4:
                fb = round(amt * rng.uniform(0.15, 0.45), -2)
                add(id=next_id("C"), seller=sid, amount=money(fb), close_date=d.isoformat(), type="catering",
                    product=line["product"], account=acct, name=f"{name} - Banquets & AV")
    # ---- catering & weddings team: F&B bookings month by month
    if focus == "cat":
        annual = float(fq) * strength
        for m in range(1, 12):
            lo, hi = max(dt.date(2025, m, 1), start), min(month_end(2025, m), stop)
            if lo > hi:
                continue
            season = [0.6, 0.7, 0.9, 1.1, 1.3, 1.2, 1.0, 0.9, 1.1, 1.2, 0.9][m - 1]
            target = annual / 12 * season * rng.uniform(0.75, 1.25)
            booked = 0.0
            while booked < target:
                d = rand_date(lo, hi)
                if rng.random() < 0.55:
                    couple = rng.choice(WEDDING_COUPLES)
                    amt = round(rng.uniform(14000, 62000), -2)
                    add(id=next_id("C"), seller=sid, amount=money(amt), close_date=d.isoformat(), type="wedding",
                        product=rng.choice(PROP_BY_TYPE["wedding"]), account=f"{couple} Wedding",
                        name=f"{couple} Wedding - Reception")
                else:
                    client = rng.choice(CATERING_CLIENTS)
                    amt = round(rng.uniform(4000, 38000), -2)
                    add(id=next_id("C"), seller=sid, amount=money(amt), close_date=d.isoformat(), type="catering",
                        product=rng.choice(PROP_BY_TYPE["catering"]), account=client,
                        name=f"{client} - Banquet")
                booked += amt
    # ---- lost (turned down / lost to a competitor)
    for _ in range(rng.randint(5, 11)):
        kind = pick_room_type(focus) if focus != "cat" else rng.choice(["wedding", "catering", "smerf"])
        d = rand_date(start, stop)
        if kind in ("wedding", "catering"):
            amt = round(rng.uniform(6000, 45000), -2)
            acct = f"{rng.choice(WEDDING_COUPLES)} Wedding" if kind == "wedding" else rng.choice(CATERING_CLIENTS)
            name = f"{acct} - {'Reception' if kind == 'wedding' else 'Banquet'}"
            add(id=next_id("C"), seller=sid, amount=money(amt), close_date=d.isoformat(), stage="lost",
                type=kind, product=rng.choice(PROP_BY_TYPE[kind]), account=acct, name=name)
        else:
            amt = room_amount(kind)
            acct, name = account_and_name(kind)
            add(id=next_id("G"), seller=sid, amount=money(amt), close_date=d.isoformat(), stage="lost",
                type=kind, product=rng.choice(PROP_BY_TYPE[kind]), account=acct, name=name)
    # ---- open (tentative) bookings, expected to turn definite 10 Nov - 19 Dec (some decisions overdue)
    if stop == AS_OF:
        for _ in range(rng.randint(3, 7)):
            kind = pick_room_type(focus) if focus != "cat" else rng.choice(["wedding", "catering", "smerf"])
            d = rand_date(dt.date(2025, 11, 10), dt.date(2025, 12, 19))
            prob = rng.choice(["0.25", "0.4", "0.5", "0.6", "0.75"])
            if kind in ("wedding", "catering"):
                amt = round(rng.uniform(8000, 50000), -2)
                acct = f"{rng.choice(WEDDING_COUPLES)} Wedding" if kind == "wedding" else rng.choice(CATERING_CLIENTS)
                name = f"{acct} - {'Reception' if kind == 'wedding' else 'Banquet'}"
                add(id=next_id("C"), seller=sid, amount=money(amt), close_date=d.isoformat(), stage="open",
                    type=kind, product=rng.choice(PROP_BY_TYPE[kind]), probability=prob, account=acct, name=name)
            else:
                amt = room_amount(kind)
                acct, name = account_and_name(kind)
                add(id=next_id("G"), seller=sid, amount=money(amt), close_date=d.isoformat(), stage="open",
                    type=kind, product=rng.choice(PROP_BY_TYPE[kind]), probability=prob, account=acct, name=name)

# ---- co-sold citywide conventions: one id, two lines (60% / 40%), association team
CITYWIDES = [
    ("G25-9001", "Southeastern Dental Hygienists Assn", "Annual Convention (citywide)", "Downtown Grand",
     "2025-03-18", "265000.00", "Natasha Robinson", "Joanna Kowalski", "36"),
    ("G25-9002", "Independent Insurance Agents Alliance", "Leadership Summit (citywide)", "Riverfront",
     "2025-07-09", "212000.00", "Michael Brennan", "Natasha Robinson", ""),
    ("G25-9003", "National Assn of Credit Union Auditors", "Annual Convention (citywide)", "Downtown Grand",
     "2025-09-23", "238000.00", "Joanna Kowalski", "Aaliyah Brooks", ""),
]
for did, acct, ev, prop, d, amt, s1, s2, term in CITYWIDES:
    for who, sp in ((s1, "0.6"), (s2, "0.4")):
        add(id=did, seller=who, amount=amt, close_date=d, type="association", product=prop, split=sp,
            term_months=term, account=acct, name=f"{acct} - {ev}")

# ---- cancellations: some inside the 120-day window (clawed back), some outside
cands = [l for l in won_room_lines if l["close_date"] <= "2025-10-15"]
rng.shuffle(cands)
done = set()
n_cancel = 0
for line in cands:
    if n_cancel >= 11 or line["seller"] in done:
        continue
    done.add(line["seller"])
    close = dt.date.fromisoformat(line["close_date"])
    gap = rng.choice([30, 55, 80, 100, 150, 190]) + rng.randint(0, 12)
    cancel = min(close + dt.timedelta(days=gap), AS_OF)
    for r in rows:
        if r["id"] == line["id"] and r["seller"] == line["seller"]:
            r["stage"] = "cancelled"
            r["cancel_date"] = cancel.isoformat()
    n_cancel += 1

# ---- attrition adjustments (pickup below the block's allowance): negative room lines
att_cands = [l for l in won_room_lines if "2025-02-01" <= l["close_date"] <= "2025-07-31"
             and float(l["amount"]) >= 30000 and l["type"] in ("corporate", "association")]
rng.shuffle(att_cands)
for line in att_cands[:7]:
    if any(r["id"] == line["id"] and r["stage"] == "cancelled" for r in rows):
        continue
    close = dt.date.fromisoformat(line["close_date"])
    d = min(close + dt.timedelta(days=rng.randint(45, 110)), AS_OF)
    amt = -round(float(line["amount"]) * rng.uniform(0.08, 0.22), -2)
    add(id=next_id("A"), seller=line["seller"], amount=money(amt), close_date=d.isoformat(), type=line["type"],
        product=line["product"], account=line["account"], name=f"Attrition - {line['name']}")

rows.sort(key=lambda r: (r["close_date"], r["id"], r["seller"]))
cols = ["id", "seller", "amount", "close_date", "stage", "type", "product", "split", "probability",
        "term_months", "cancel_date", "account", "name"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols)
    w.writeheader()
    for r in rows:
        w.writerow({c: r[c] for c in cols})

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "manager", "territory", "start_date", "end_date", "quota:rooms", "quota:fnb"])
    for sid, mgr, terr, sdate, edate, rq, fq, *_ in SELLERS:
        w.writerow([sid, mgr, terr, sdate or "", edate or "", rq or "", fq or ""])

print(f"{len(rows)} lines, {len(SELLERS)} sellers")
