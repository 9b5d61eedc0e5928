#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredfortyfifth workspace: Ashcombe Kitchens &
Bathrooms Ltd, an invented chain of four fitted kitchen and bathroom showrooms in Yorkshire
(Harrogate, Leeds Kirkstall, York, Sheffield). Plan year 1 April 2025 - 31 March 2026 (the UK
financial year), GBP, MONTHLY payouts. Invented business: no outside data is read.
Standard library only; deterministic (one random.Random with a fixed seed, no clock).
Run: python3 gen_deals.py

- A deal is a customer's design job. It is won ("deposit taken") on its close date: the day the
  customer signs the design and pays the deposit after the fitting survey. Lost = a walk-out;
  open = at survey (design agreed, survey booked, no deposit yet); cancelled = a pulled job (the
  customer cancelled after the deposit).
- For every designer and every month from April 2025 to March 2026 a number of design jobs is
  drawn (the designer's own pace); each gets a product, an amount in whole pounds (ex VAT,
  fitting included), a customer household or a trade account, and a type (new / repeat /
  trade). Jobs dated on or before the as-of date (2025-11-19) are won or walk-outs; jobs dated
  after it are open (at survey) with a win probability, and a few earlier jobs are still open
  and overdue.
- Splits (plan.md 3.4): Sam Ackroyd joined on 2025-08-11 and shadows Jodie Marsh: Jodie's won
  jobs from his start with a draw under 0.35 are two lines with the same id, 50% / 50%.
  Bathroom jobs of the Sheffield designers from 1 July 2025 with a draw under 0.3 are shared
  60% to the designer and 40% to Aisha Begum, the Bathroom Specialist.
- Pulled jobs: about one won job in eleven closed on or before 2025-11-05 is cancelled,
  cancel_date = close + 7..160 days, at the latest the as-of date (only those within 90 days are
  clawed back, plan.md section 11).
- Roster: Callum Reid (Senior Designer) carries his own quarterly kitchen quota of 90,000;
  Aisha Begum (Bathroom Specialist) her own annual bathroom quota of 150,000 and target
  incentive of 30,000 (target_incentive column). Sam Ackroyd
  joined on 2025-08-11; Liam Chadwick left on 2025-09-30 (his later jobs are dropped).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 11, 19)
PLAN_START = dt.date(2025, 4, 1)
CANCEL_BY = dt.date(2025, 11, 5)

# id, manager, showroom, role, start, end, quota:kitchens, quota:bathrooms, pace, bath share
# (Aisha Begum also carries her own target incentive of 30,000, TI_OWN below)
ROSTER = [
    ("Callum Reid", "Fiona Whitworth", "Harrogate", "Senior Designer", "", "", "90000.00", "", 1.8, 0.15),
    ("Priti Shah", "Fiona Whitworth", "Harrogate", "Kitchen Designer", "", "", "", "", 1.05, 0.25),
    ("Owen Beckett", "Fiona Whitworth", "Harrogate", "Kitchen Designer", "", "", "", "", 0.7, 0.2),
    ("Hannah Lister", "Fiona Whitworth", "Harrogate", "Kitchen Designer", "", "", "", "", 1.2, 0.35),
    ("Jodie Marsh", "Gareth Pryce", "Leeds Kirkstall", "Kitchen Designer", "", "", "", "", 1.3, 0.2),
    ("Tariq Hussain", "Gareth Pryce", "Leeds Kirkstall", "Kitchen Designer", "", "", "", "", 0.95, 0.3),
    ("Ellie Brennan", "Gareth Pryce", "Leeds Kirkstall", "Kitchen Designer", "", "", "", "", 0.8, 0.4),
    ("Sam Ackroyd", "Gareth Pryce", "Leeds Kirkstall", "Trainee Designer", "2025-08-11", "", "", "", 0.55, 0.2),
    ("Rhys Morgan", "Deborah Calloway", "York", "Kitchen Designer", "", "", "", "", 1.1, 0.25),
    ("Kirsty Fenwick", "Deborah Calloway", "York", "Kitchen Designer", "", "", "", "", 0.9, 0.45),
    ("Nadia Kowalska", "Deborah Calloway", "York", "Kitchen Designer", "", "", "", "", 1.0, 0.2),
    ("Liam Chadwick", "Deborah Calloway", "York", "Kitchen Designer", "", "2025-09-30", "", "", 0.75, 0.25),
    ("Becky Sowerby", "Martin Oyelaran", "Sheffield", "Kitchen Designer", "", "", "", "", 1.15, 0.3),
    ("Danny Holroyd", "Martin Oyelaran", "Sheffield", "Kitchen Designer", "", "", "", "", 0.85, 0.2),
    ("Aisha Begum", "Martin Oyelaran", "Sheffield", "Bathroom Specialist", "", "", "", "150000.00", 1.0, 0.9),
    ("Tom Whitaker", "Martin Oyelaran", "Sheffield", "Kitchen Designer", "", "", "", "", 0.65, 0.25),
    ("Sam Pearson", "Martin Oyelaran", "Sheffield", "Kitchen Designer", "", "", "", "", 1.0, 0.3),
]

TI_OWN = {"Aisha Begum": "30000.00"}

# product, low, high (whole pounds, ex VAT, fitting included), weight within its side
KITCHEN = [
    ("Fitted Kitchen", 11000, 38000, 5),
    ("Kitchen Refresh", 3800, 9500, 3),
    ("Utility Room", 3500, 9000, 2),
    ("Appliance Pack", 2200, 7500, 2),
    ("Ex-Display Kitchen", 5500, 12500, 1),
]
BATHROOM = [
    ("Bathroom Suite", 6500, 15500, 5),
    ("Wet Room", 9000, 19000, 2),
    ("Cloakroom", 2400, 5200, 2),
]
TOWNS = {
    "Harrogate": ["Harrogate", "Knaresborough", "Ripon", "Pateley Bridge", "Wetherby"],
    "Leeds Kirkstall": ["Horsforth", "Headingley", "Otley", "Pudsey", "Ilkley"],
    "York": ["York", "Haxby", "Malton", "Selby", "Easingwold"],
    "Sheffield": ["Sheffield", "Dore", "Hathersage", "Rotherham", "Stocksbridge"],
}
SURNAMES = [
    "Hargreaves", "Atkinson", "Patel", "Oduya", "Whiteley", "Brannigan", "Thornton", "Kaur",
    "Fairbairn", "Moorhouse", "Lindley", "Okonkwo", "Sutcliffe", "Nakamura", "Greenwood",
    "Haworth", "Ramsden", "Dobson", "Iqbal", "Pickersgill", "Metcalfe", "Rowntree", "Kowalczyk",
    "Ashworth", "Blenkinsop", "Castellano", "Fothergill", "Winterbottom", "Ahmed", "Bairstow",
    "Crabtree", "Ellwood", "Hebden", "Jagger", "Lockwood", "Murgatroyd", "Nuttall", "Pilling",
    "Raistrick", "Shackleton", "Varley", "Wainwright", "Beaumont", "Dewhurst", "Gledhill",
]
TRADE = {
    "Harrogate": ["Nidd Valley Builders", "Stray Developments"],
    "Leeds Kirkstall": ["Aire Valley Homes", "Beckett Street Architects"],
    "York": ["Minster Renovations", "Ouse Bridge Construction"],
    "Sheffield": ["Steel City Builds", "Peak Fringe Architects"],
}

rng = random.Random(245)
rows = []
seq = 24100


def next_id():
    global seq
    seq += rng.randint(1, 9)
    return f"JOB-{seq}"


def month_starts():
    d = PLAN_START
    while d <= dt.date(2026, 3, 1):
        yield d
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def month_len(d):
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return (nxt - d).days


for sid, mgr, room, role, start, end, qk, qb, pace, bath in ROSTER:
    start_d = dt.date.fromisoformat(start) if start else PLAN_START
    end_d = dt.date.fromisoformat(end) if end else None
    for m in month_starts():
        n = sum(1 for _ in range(8) if rng.random() < 0.42 * pace)
        for _ in range(n):
            close = m + dt.timedelta(days=rng.randrange(month_len(m)))
            side = BATHROOM if rng.random() < bath else KITCHEN
            product, lo, hi, _w = rng.choices(side, weights=[p[3] for p in side])[0]
            amount = rng.randint(lo // 10, hi // 10) * 10 + rng.choice([0, 0, 5, 9])
            if close < start_d or (end_d and close > end_d):
                continue
            r = rng.random()
            if r < 0.12:
                typ, account = "trade", rng.choice(TRADE[room])
            elif r < 0.30:
                typ, account = "repeat", f"{rng.choice(SURNAMES)} ({rng.choice(TOWNS[room])})"
            else:
                typ, account = "new", f"{rng.choice(SURNAMES)} ({rng.choice(TOWNS[room])})"
            win = rng.random() < 0.55 + 0.1 * (pace - 1)
            prob, cancel = "", ""
            if close > AS_OF:
                stage = "open"
                prob = rng.choice(["0.3", "0.5", "0.5", "0.7"])
            elif rng.random() < 0.04:
                stage, prob = "open", "0.4"   # overdue: survey done, deposit still chased
            else:
                stage = "won" if win else "lost"
            if stage == "won" and close <= CANCEL_BY and rng.random() < 0.09:
                stage = "cancelled"
                cancel = min(close + dt.timedelta(days=rng.randint(7, 160)), AS_OF).isoformat()
            oid = next_id()
            line = dict(id=oid, seller=sid, account=account, name=f"{account} {product}",
                        type=typ, product=product, amount=f"{amount}.00",
                        close_date=close.isoformat(), stage=stage, split="1",
                        probability=prob, cancel_date=cancel, currency="GBP")
            partner = None
            if (sid == "Jodie Marsh" and stage in ("won", "cancelled")
                    and close >= dt.date(2025, 8, 11) and rng.random() < 0.35):
                partner, share = "Sam Ackroyd", ("0.5", "0.5")
            elif (room == "Sheffield" and sid != "Aisha Begum" and side is BATHROOM
                  and stage in ("won", "cancelled") and close >= dt.date(2025, 7, 1)
                  and rng.random() < 0.3):
                partner, share = "Aisha Begum", ("0.6", "0.4")
            if partner:
                line["split"] = share[0]
                rows.append(line)
                rows.append(dict(line, seller=partner, split=share[1]))
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
                "target_incentive", "quota:kitchens", "quota:bathrooms"])
    for sid, mgr, room, role, start, end, qk, qb, _p, _b in ROSTER:
        w.writerow([sid, sid, mgr, room, role, start, end, TI_OWN.get(sid, ""), qk, qb])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
