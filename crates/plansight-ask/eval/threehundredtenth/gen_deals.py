#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the threehundredtenth workspace (Wabash & Clark Benefits
Group, an invented Chicago employee-benefits brokerage placing group medical, dental, life and
disability coverage for employers; plan year = calendar 2026, USD, QUARTERLY payouts).
Standard library only; deterministic (every choice is an md5 hash of a fixed key; no clock, no
random stream). Run: python3 gen_deals.py

- 16 producers under 3 practice leaders (PRODUCERS below): Small Group (Loop office), Middle
  Market (Loop office) and the Oak Brook office. Practice leaders are the `manager` of their
  producers and are not sellers.
- A "case" is one employer group's opportunity; each line of coverage on it is its own CRM
  opportunity (its own deal id), sharing the case's account, type, stage and date:
    new / bor case: one medical line (Fully Insured Medical or Level-Funded Medical) and, by hash,
      Group Dental, Group Life & AD&D, Short-Term Disability, Long-Term Disability and sometimes a
      Compliance Service contract;
    add-line case (an existing client adding coverage): one or two ancillary lines or a
      Compliance Service contract.
- Amount = the line's first-year revenue to the firm (commission + fees), whole dollars, sized by
  the case's segment (Small Group: small; Middle Market: mid; Oak Brook: a third of its cases
  mid, by hash) and a per-producer factor; a third of the lost and open lines are quoted 10%
  above that.
- Accounts: every new or BOR case (and every lost or open one) is a new employer, named from a
  Chicago neighbourhood (Loop teams) or a western suburb (Oak Brook) and a kind of business
  ("Pilsen Family Bakery", "Wheaton Commercial Laundry"), never reused across the firm; an
  add-line case goes, two times in three, to a group the producer placed earlier in 2026, else
  to a client placed before 2026 (a new name).
- Dates: each case gets a date in 2026 by hash (about 72% of them 2 January - 21 August, the
  rest 22 August - 17 December). Dated on or before AS OF (2026-08-21): won or lost by hash,
  except that three in ten of those dated in the last 20 days are still open (overdue,
  probability 0.7); dated after it: open, with a probability of 0.2 / 0.4 / 0.6 / 0.8 by hash
  and the date as expected close.
- Early terms: a won case closed on or before 2026-07-31 with hash mod 11 = 0 is cancelled
  (every line of it), cancel_date = close + 20 + (hash mod min(230, days to AS OF - 20)) days
  (plan.md section 11: only cancellations within 180 days of close are clawed back).
- Splits (plan.md 3.4): a won or cancelled Level-Funded Medical line of a Small Group producer is
  two lines with one id, 75% to the producer and 25% to Nandini Rao (the alternative-funding
  specialist). Brendan Fahey's cases closing on or after Luis Ocampo's start with hash mod 4 = 0
  are mentor cases: every line two lines, 50% / 50% with Luis Ocampo.
- Roster: Kevin Ostrowski and Rachel Stein (senior producers) carry their own NBR quota. Luis
  Ocampo joined on 2026-04-13 (a case of his hashed before it moves to his start + up to 119
  days); Colleen Mahoney left on 2026-06-12 (her cases hashed after it are dropped). Two producers are called Kevin (Kevin Doyle, Kevin Ostrowski).
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 8, 21)
YEAR0 = dt.date(2026, 1, 2)
CANCEL_BY = dt.date(2026, 7, 31)

# id, manager, territory, role, start, end, nbr quota, segment, cases, size factor
PRODUCERS = [
    ("Kevin Doyle", "Denise Kowalczyk", "Small Group", "Producer", "", "", "", "small", 52, 1.50),
    ("Marisol Fuentes", "Denise Kowalczyk", "Small Group", "Producer", "", "", "", "small", 52, 1.30),
    ("Tyrone Banks", "Denise Kowalczyk", "Small Group", "Producer", "", "", "", "small", 30, 1.10),
    ("Agnieszka Nowak", "Denise Kowalczyk", "Small Group", "Producer", "", "", "", "small", 60, 1.45),
    ("Jamal Whitaker", "Denise Kowalczyk", "Small Group", "Producer", "", "", "", "small", 38, 0.95),
    ("Kevin Ostrowski", "Ray Delgado", "Middle Market", "Senior Producer", "", "", "600000.00", "mid", 26, 1.40),
    ("Nandini Rao", "Ray Delgado", "Middle Market", "Alternative Funding Specialist", "", "", "", "mid", 8, 1.00),
    ("Colleen Mahoney", "Ray Delgado", "Middle Market", "Producer", "", "2026-06-12", "", "mid", 12, 0.95),
    ("Latoya Jennings", "Ray Delgado", "Middle Market", "Producer", "", "", "", "mid", 19, 0.90),
    ("Patrick Kearney", "Ray Delgado", "Middle Market", "Producer", "", "", "", "mid", 14, 0.65),
    ("Brendan Fahey", "Greg Szymanski", "Oak Brook", "Producer", "", "", "", "mixed", 30, 1.08),
    ("Hye-jin Park", "Greg Szymanski", "Oak Brook", "Producer", "", "", "", "mixed", 18, 0.55),
    ("Luis Ocampo", "Greg Szymanski", "Oak Brook", "Producer", "2026-04-13", "", "", "mixed", 14, 1.00),
    ("Rachel Stein", "Greg Szymanski", "Oak Brook", "Senior Producer", "", "", "500000.00", "mixed", 34, 1.85),
    ("Omar Siddiqui", "Greg Szymanski", "Oak Brook", "Producer", "", "", "", "mixed", 25, 1.30),
    ("Teresa Wojcik", "Greg Szymanski", "Oak Brook", "Producer", "", "", "", "mixed", 23, 1.05),
]
SMALL_GROUP = {p[0] for p in PRODUCERS if p[2] == "Small Group"}
START = {p[0]: p[4] for p in PRODUCERS}
END = {p[0]: p[5] for p in PRODUCERS}

CITY = [
    "Pilsen", "Ravenswood", "Bridgeport", "Logan Square", "Andersonville", "Hyde Park", "Uptown",
    "Wicker Park", "Bucktown", "Avondale", "Lincoln Park", "Humboldt Park", "Chinatown",
    "Little Village", "Rogers Park", "Beverly", "Edgewater", "Greektown", "Portage Park",
    "Lakeview", "Albany Park", "Irving Park", "South Loop", "West Town", "Calumet", "Midway",
    "North Branch", "Fulton Market", "Elston", "Ogden Avenue", "Kedzie", "Pullman", "Cicero Avenue",
    "Archer Heights", "Marquette", "Cermak", "Lake Shore", "Bronzeville", "Jefferson Park",
    "Garfield Ridge", "Canaryville", "Old Town", "Streeterville", "River North", "Back of the Yards",
]
SUBURBS = [
    "Naperville", "Schaumburg", "Oak Brook", "Downers Grove", "Elmhurst", "Lombard", "Hinsdale",
    "Wheaton", "Des Plaines", "Aurora", "Bolingbrook", "Glen Ellyn", "Westmont", "Itasca",
    "Woodridge", "Villa Park", "Oakbrook Terrace", "Lisle", "Addison", "Carol Stream", "Westchester",
    "La Grange", "Burr Ridge", "Warrenville", "Bensenville",
]
SMALL_KINDS = [
    "Family Bakery", "Print Works", "Tool & Die", "Montessori", "Coffee Roasters", "Pediatrics",
    "Auto Body", "Architects", "Fitness Collective", "Brewing Company", "Dental Group",
    "Credit Union", "Seafood Supply", "Grocers", "Learning Center", "Hardware", "Home Health",
    "Restaurant Group", "Plumbing", "Veterinary Clinic", "Legal Partners", "Sign Company",
    "Physical Therapy", "Landscaping", "Title Company", "Dance Academy", "Pharmacy", "Roofing",
    "Accounting Group", "Florist",
]
MID_KINDS = [
    "Steel Fabricators", "Medical Partners", "Freight Logistics", "Distilling", "Foods",
    "Industrial Supply", "Auto Group", "Commercial Laundry", "Rail Services", "Hospitality",
    "Plastics", "Cold Storage", "Engineering", "Senior Living", "Produce Distributors", "Staffing",
    "Orthopedics", "Manufacturing", "Packaging Corp", "Family Medicine", "Christian Academy",
    "Metal Finishing", "Builders", "Cabinetry", "Software Group", "Electric Supply",
    "Moving & Storage", "Construction",
]

# product: (small low, small high, mid low, mid high)
SIZE = {
    "Fully Insured Medical": (4000, 21000, 24000, 95000),
    "Level-Funded Medical": (7000, 26000, 28000, 110000),
    "Group Dental": (700, 3800, 3500, 15000),
    "Group Life & AD&D": (500, 2400, 2200, 10000),
    "Short-Term Disability": (600, 2900, 2800, 12000),
    "Long-Term Disability": (800, 3400, 3200, 14000),
    "Compliance Service": (1200, 3600, 3000, 7500),
}
ANCILLARY = ["Group Dental", "Group Life & AD&D", "Short-Term Disability", "Long-Term Disability"]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def amount_of(product, segment, key, factor):
    lo_s, hi_s, lo_m, hi_m = SIZE[product]
    lo, hi = (lo_s, hi_s) if segment == "small" else (lo_m, hi_m)
    x = h(key + "amt") % 10000 / 10000
    # a little skew toward the low end, as real books have many small cases
    val = lo + (hi - lo) * (x ** 1.4)
    return int(round(val * factor / 10.0)) * 10


used_ids = set()


def deal_id(key):
    n = h(key + "id") % 90000 + 10000
    while "WCB-%05d" % n in used_ids:
        n = (n + 7919) % 90000 + 10000
    did = "WCB-%05d" % n
    used_ids.add(did)
    return did


used_accounts = set()


def new_account(key, places, kinds):
    n = 0
    while True:
        y = h(f"{key}|acct|{n}")
        name = f"{places[y % len(places)]} {kinds[(y // 101) % len(kinds)]}"
        if name not in used_accounts:
            used_accounts.add(name)
            return name
        n += 1


rows = []
for (sid, mgr, terr, role, start, end, q, segment, ncases, factor) in PRODUCERS:
    cases = []
    for k in range(ncases):
        key = f"{sid}|{k}"
        x = h(key)
        u = x % 10000
        if u < 7200:   # about 72% of a book's cases come up by late August
            date = YEAR0 + dt.timedelta(days=u * (AS_OF - YEAR0).days // 7200)
        else:
            date = AS_OF + dt.timedelta(days=1 + (u - 7200) * 118 // 2800)
        if start and date < dt.date.fromisoformat(start):
            date = dt.date.fromisoformat(start) + dt.timedelta(days=(x // 7) % 120)
        if end and date > dt.date.fromisoformat(end):
            continue
        seg = segment if segment != "mixed" else ("mid" if (x // 61) % 3 == 0 else "small")
        r = (x // 11) % 100
        ctype = "new" if r < 52 else ("bor" if r < 76 else "add-line")
        # stage
        prob, stage = "", ""
        if date <= AS_OF:
            s_ = (x // 19) % 100
            if date > AS_OF - dt.timedelta(days=20) and s_ < 30:
                stage, prob = "open", "0.7"   # overdue: still waiting on the signed BOR / app
            elif s_ < 58:
                stage = "won"
            else:
                stage = "lost"
        else:
            stage = "open"
            prob = ["0.2", "0.4", "0.6", "0.8"][(x // 23) % 4]
        # lines
        lines = []
        if ctype in ("new", "bor"):
            lf_share = 30 if seg == "small" else 45
            med = "Level-Funded Medical" if (x // 29) % 100 < lf_share else "Fully Insured Medical"
            lines.append(med)
            for j, prod in enumerate(ANCILLARY):
                if (x // (31 + j * 6)) % 100 < (62, 48, 30, 36)[j]:
                    lines.append(prod)
            if (x // 59) % 100 < 15:
                lines.append("Compliance Service")
        else:
            c = (x // 37) % 10
            if c < 2:
                lines.append("Compliance Service")
            else:
                lines.append(ANCILLARY[(x // 41) % 4])
                if c >= 7:
                    lines.append(ANCILLARY[((x // 41) + 1) % 4])
        cancel = ""
        if stage == "won" and date <= CANCEL_BY and (x // 43) % 11 == 0:
            stage = "cancelled"
            room = min(230, (AS_OF - date).days - 20)
            cancel = (date + dt.timedelta(days=20 + (x // 47) % room)).isoformat()
        cases.append((date, k, key, x, seg, ctype, stage, prob, cancel, lines))
    cases.sort()
    placed = []   # groups this producer placed earlier in the year
    places = SUBURBS if terr == "Oak Brook" else CITY
    for (date, k, key, x, seg, ctype, stage, prob, cancel, lines) in cases:
        if ctype == "add-line" and placed and (x // 13) % 3 != 0:
            account = placed[(x // 67) % len(placed)]
        else:   # a new employer, or an add-line for a client placed before 2026
            account = new_account(key, places, SMALL_KINDS if seg == "small" else MID_KINDS)
        if stage == "won" and ctype != "add-line":
            placed.append(account)
        mentor = (sid == "Brendan Fahey" and stage in ("won", "cancelled")
                  and date >= dt.date.fromisoformat(START["Luis Ocampo"]) and (x // 53) % 4 == 0)
        for prod in lines:
            lkey = f"{key}|{prod}"
            amt = amount_of(prod, seg, lkey, factor)
            if stage in ("lost", "open") and (h(lkey + "q") % 3 == 0):
                amt = int(round(amt * 1.1 / 10.0)) * 10   # quoted a little above what places
            line = dict(id=deal_id(lkey), seller=sid, account=account, name=f"{account} {prod}",
                        type=ctype, product=prod, amount=f"{amt}.00", close_date=date.isoformat(),
                        stage=stage, split="1", probability=prob, cancel_date=cancel,
                        currency="USD")
            partner = None
            if (prod == "Level-Funded Medical" and sid in SMALL_GROUP
                    and stage in ("won", "cancelled")):
                partner, share = "Nandini Rao", ("0.75", "0.25")
            elif mentor:
                partner, share = "Luis Ocampo", ("0.5", "0.5")
            if partner:
                line["split"] = share[0]
                rows.append(line)
                rows.append(dict(line, seller=partner, split=share[1]))
            else:
                rows.append(line)

rows.sort(key=lambda r: (r["seller"], r["close_date"], r["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "quota:nbr"])
    for (sid, mgr, terr, role, start, end, q, *_rest) in PRODUCERS:
        w.writerow([sid, sid, mgr, terr, role, start, end, q])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
