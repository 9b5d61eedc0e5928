#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredseventythird workspace: Kopano Office
Solutions (Pty) Ltd, an invented South African office-automation and managed print dealer with
branches in Johannesburg (Bryanston) and Cape Town (Century City). Copier / MFP leases, outright
box sales, production presses and managed print (MPS) contracts, in rand (ZAR). Plan year
1 March 2025 - 28 February 2026 (the South African tax year), MONTHLY payouts on the 25th.
Standard library only; deterministic (one random.Random with a fixed seed; no clock).
Run: python3 gen_deals.py

- 14 sales executives (two branches of 7) under 2 branch managers (ROSTER). Pieter Steyn is the
  Production Print Specialist (own quarterly Box quota). Nomvula Dlamini joined on 2025-08-04;
  Ruan Botha left on 2025-09-30 (no deals of his after that date).
- Every month of the plan year each executive works a number of box opportunities (A4 Desktop
  MFP, A3 Mono MFP, A3 Colour MFP, now and then a Production Press) and, less often, a Managed
  Print Contract. Amounts are the deal value in rand excluding VAT (for a rewrite, net of the
  old lease's settlement), rounded to R10.
- Opportunities dated on or before the as-of date (2025-11-20) are won or lost by the
  executive's win rate; those dated after it are open ("on the glass") with a probability.
  About 3 in 10 deals that would be won from 20 October 2025 on are still open at the as-of
  date (signed, waiting for the funder's approval; probability 0.9, close date in the past).
  About 1 in 25 won deals is cancelled later ("a jam"), cancel date 5-140 days after close (a
  cancel date after the as-of date is not known yet: the deal stays won). plan.md section 11:
  a jam within 90 days of close is clawed back.
- Types: "new" (new logo), "rewrite" (an existing customer's lease upgraded and rewritten
  before it ends), "renewal" (a lease or contract renewed at term end). Rewrites and renewals go
  to accounts the executive has already won where there is one.
- term_months: 36, 48 or 60 for leases; outright sales (some A4s) carry no term.
- Splits (plan.md 3.4): a won or cancelled Production Press of anyone but Pieter Steyn is two
  lines with the same id, 70% to the executive and 30% to Pieter Steyn.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 11, 20)
START = dt.date(2025, 3, 1)
END = dt.date(2026, 2, 28)
SPECIALIST = "Pieter Steyn"

# id, manager, territory, role, start, end, quota:box, profile
# profile: (box opps per month, win rate, size factor, mps opps per quarter, press chance)
ROSTER = [
    ("Pieter Steyn", "Thandeka Mahlangu", "Johannesburg", "Production Print Specialist", "", "", "2400000.00", (3, 0.45, 1.0, 0, 0.35)),
    ("Sipho Ndlovu", "Thandeka Mahlangu", "Johannesburg", "Sales Executive", "", "", "", (9, 0.55, 1.22, 2, 0.02)),
    ("Lerato Mokoena", "Thandeka Mahlangu", "Johannesburg", "Sales Executive", "", "", "", (8, 0.50, 1.0, 3, 0.01)),
    ("Johan van Wyk", "Thandeka Mahlangu", "Johannesburg", "Sales Executive", "", "", "", (7, 0.45, 0.95, 1, 0.01)),
    ("Ayesha Patel", "Thandeka Mahlangu", "Johannesburg", "Sales Executive", "", "", "", (8, 0.58, 1.45, 2, 0.02)),
    ("Bongani Khumalo", "Thandeka Mahlangu", "Johannesburg", "Sales Executive", "", "", "", (6, 0.40, 0.85, 1, 0.0)),
    ("Nomvula Dlamini", "Thandeka Mahlangu", "Johannesburg", "Sales Executive", "2025-08-04", "", "", (6, 0.50, 0.65, 1, 0.0)),
    ("Chantelle Adams", "Gavin Petersen", "Cape Town", "Sales Executive", "", "", "", (9, 0.58, 1.15, 2, 0.02)),
    ("Ruan Botha", "Gavin Petersen", "Cape Town", "Sales Executive", "", "2025-09-30", "", (7, 0.45, 1.0, 1, 0.01)),
    ("Zainab Isaacs", "Gavin Petersen", "Cape Town", "Sales Executive", "", "", "", (8, 0.52, 1.05, 3, 0.01)),
    ("Liezl Pretorius", "Gavin Petersen", "Cape Town", "Sales Executive", "", "", "", (7, 0.48, 1.0, 2, 0.0)),
    ("Marco Fortuin", "Gavin Petersen", "Cape Town", "Sales Executive", "", "", "", (6, 0.40, 0.85, 1, 0.01)),
    ("Johan Steenkamp", "Gavin Petersen", "Cape Town", "Sales Executive", "", "", "", (8, 0.50, 1.05, 2, 0.02)),
    ("Yusuf Jacobs", "Gavin Petersen", "Cape Town", "Sales Executive", "", "", "", (7, 0.55, 1.0, 1, 0.0)),
]

JHB_ACCOUNTS = [
    "Sandton Legal Chambers", "Rosebank Dental Group", "Midrand Logistics", "Braamfontein Accounting",
    "Fourways Primary School", "Bedfordview Motors", "Kempton Freight", "Randburg Insurance Brokers",
    "Melrose Arch Architects", "Soweto Community Clinic", "Germiston Steel", "Woodmead Office Park",
    "Parktown Girls Academy", "Boksburg Panelbeaters", "Illovo Wealth Managers", "Maboneng Creative Hub",
    "Alberton Hardware", "Houghton Medical Suites", "Lanseria Aviation", "Vaal Engineering Works",
    "Edenvale Hospital", "Marshalltown Properties", "Northcliff Vets", "Ekurhuleni Municipal Depot",
]
CPT_ACCOUNTS = [
    "Bellville Pharmacy Group", "Stellenbosch Wine Estates", "Sea Point Attorneys", "Woodstock Design Studio",
    "Durbanville Primary", "Paarl Fruit Packers", "Century City Insurers", "Claremont Medical Centre",
    "Observatory Architects", "Khayelitsha Community Trust", "Waterfront Charters", "Muizenberg Surf Co",
    "Tygerberg Logistics", "Somerset West Motors", "Goodwood Engineering", "Rondebosch Boys High",
    "Constantia Estate Agents", "Epping Cold Storage", "Wynberg Magistrates Office", "Brackenfell Builders",
    "Gardens Accounting", "Atlantis Foundry", "Pinelands Wellness", "Hout Bay Fisheries",
]

BOX = [  # product, weight, low, high (rand, excl. VAT)
    ("A4 Desktop MFP", 36, 12000, 38000),
    ("A3 Mono MFP", 28, 38000, 92000),
    ("A3 Colour MFP", 36, 70000, 185000),
]
PRESS = ("Production Press", 380000, 950000)
MPS = ("Managed Print Contract", 36000, 300000)

rng = random.Random(273)
rng_funder = random.Random(2731)   # which late deals still wait for the funder
AWAITING_FROM = dt.date(2025, 10, 20)


def month_starts():
    d = START
    while d <= END:
        yield d
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def days_in_month(d):
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return (nxt - d).days


def pick_type(won_accounts, mps=False):
    r = rng.random()
    if mps:
        t = "new" if r < 0.4 else ("renewal" if r < 0.8 else "rewrite")
    else:
        t = "new" if r < 0.45 else ("rewrite" if r < 0.8 else "renewal")
    return t


raw = []
for sid, mgr, terr, role, start, end, q, prof in ROSTER:
    opps, win, size, mps_q, press_p = prof
    accounts = JHB_ACCOUNTS if terr == "Johannesburg" else CPT_ACCOUNTS
    first = dt.date.fromisoformat(start) if start else START
    last = dt.date.fromisoformat(end) if end else END
    won_accounts = []
    for m in month_starts():
        mood = rng.uniform(0.6, 1.45)          # a good or a slow month
        n = max(0, round(opps * mood + rng.uniform(-2, 2)))
        if m.month in (12, 1):                # December shutdown, slow January
            n = n // 2
        items = []
        for _ in range(n):
            if rng.random() < press_p:
                items.append(PRESS)
            else:
                p = rng.choices(BOX, weights=[b[1] for b in BOX])[0]
                items.append((p[0], p[2], p[3]))
        for _ in range(mps_q):
            if rng.random() < 0.3:
                items.append(MPS)
        for prod, lo, hi in items:
            day = rng.randint(1, days_in_month(m))
            close = dt.date(m.year, m.month, day)
            if close < first or close > last:
                continue
            is_mps = prod == MPS[0]
            typ = pick_type(won_accounts, is_mps)
            if typ != "new" and won_accounts and rng.random() < 0.8:
                account = rng.choice(won_accounts)
            else:
                account = rng.choice(accounts)
            amt = rng.uniform(lo, hi) * (size if prod != PRESS[0] else 1.0)
            amt = int(round(amt / 10.0)) * 10
            if is_mps:
                term = rng.choice([36, 36, 60])
            elif prod == "A4 Desktop MFP" and rng.random() < 0.3:
                term = ""
            else:
                term = rng.choices([36, 48, 60], weights=[3, 3, 4])[0]
            prob = ""
            cancel = ""
            if close <= AS_OF:
                stage = "won" if rng.random() < win else "lost"
                if stage == "won" and rng.random() < 0.04:
                    c = close + dt.timedelta(days=rng.randint(5, 140))
                    if c <= AS_OF:           # a cancellation still to come is not known yet
                        stage = "cancelled"
                        cancel = c.isoformat()
                if (stage == "won" and close >= AWAITING_FROM
                        and rng_funder.random() < 0.3):
                    stage = "open"        # signed, still waiting for the funder's approval
                    prob = "0.9"
            else:
                stage = "open"
                prob = rng.choice(["0.2", "0.4", "0.6", "0.75"])
            if stage in ("won", "cancelled") and account not in won_accounts:
                won_accounts.append(account)
            raw.append(dict(seller=sid, account=account, name=f"{account} {prod}", type=typ,
                            product=prod, amount=f"{amt}.00", close_date=close.isoformat(),
                            stage=stage, split="1", probability=prob, term_months=str(term),
                            cancel_date=cancel, currency="ZAR"))

raw.sort(key=lambda x: (x["close_date"], x["seller"], x["amount"]))
rows = []
for i, line in enumerate(raw):
    line = dict(id=f"KOS-{25001 + i}", **line)
    if (line["product"] == PRESS[0] and line["seller"] != SPECIALIST
            and line["stage"] in ("won", "cancelled")):
        line["split"] = "0.7"
        rows.append(line)
        rows.append(dict(line, seller=SPECIALIST, split="0.3"))
    else:
        rows.append(line)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:box"])
    for sid, mgr, terr, role, start, end, q, _ in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
