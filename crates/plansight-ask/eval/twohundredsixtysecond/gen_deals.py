#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredsixtysecond workspace (Tamarack Software Inc.,
an invented Canadian B2B SaaS company in Kitchener-Waterloo selling a maintenance and asset
management platform to mid-market plants, fleets and utilities; plan year FY27 = 1 February 2026 -
31 January 2027, CAD, QUARTERLY payouts). The deals are invented. Standard library only;
deterministic (one random.Random stream with a fixed seed; no clock). Run: python3 gen_deals.py

- 15 account executives under 3 regional sales directors (ROSTER below). Every AE owns a book of
  accounts in their region: a few existing customers (won before FY27) and prospects. Account
  names are made from the region's towns and a trade (Québec accounts in French).
- Opportunities are spread over the whole plan year. One that closes on or before the as-of date
  (2026-10-16) is won or lost (the AE's win rate); one that closes after it is open, with a
  probability (0.1 / 0.25 / 0.5 / 0.75). A few open ones are overdue (expected close a little
  before the as-of date).
- Amount = ARR in CAD for subscriptions (a multiple of 12: seats x monthly price x 12), the
  one-time fee for Launch Services. Deal types: "new" (a new logo: an account that is not yet a
  customer), "expansion" (more seats or another module for a customer), "renewal" (a customer's
  renewal, normally Customer Success's; AEs hold a few). Launch Services go with a new logo
  ("new") or a customer ("expansion").
- term_months: 12, 24 or 36 for subscriptions; empty for Launch Services.
- Splits: a national account worked by Jordan Whitfield and Mathieu Gagnon together is two lines
  50/50; a new AE's deals in their first 90 days are shared 50/50 with their ramp buddy
  (Connor Boyle with Simran Gill, Liam O'Connell with Brett Lindqvist).
- Churn: about 1 in 12 won new or expansion deals is cancelled ("churned"), 15 - 240 days after
  close (only those cancelled by the as-of date are marked); the plan claws back those within
  180 days.
- Roster: Enterprise AEs carry their own NNARR quota (240,000 a quarter), New Logo quota
  (400,000) and target incentive (100,000); AEs hired in FY27 carry the ramp quota of 90,000 a
  quarter. Connor Boyle joined 2026-06-01, Liam O'Connell 2026-08-17; Kelsey Nakamura left
  2026-07-31.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 16)
FY_START = dt.date(2026, 2, 1)
FY_END = dt.date(2027, 1, 31)
rng = random.Random(262)

# id, manager, territory, role, start, end, win rate, size factor, opportunities a year
ROSTER = [
    ("Jordan Whitfield", "Darnell Okafor", "Ontario", "Enterprise AE", "", "", 0.50, 1.0, 30),
    ("Simran Gill", "Darnell Okafor", "Ontario", "Account Executive", "", "", 0.50, 1.05, 50),
    ("Tyler Kowalchuk", "Darnell Okafor", "Ontario", "Account Executive", "", "", 0.40, 0.9, 46),
    ("Aisha Mensah", "Darnell Okafor", "Ontario", "Account Executive", "", "", 0.46, 1.0, 52),
    ("Connor Boyle", "Darnell Okafor", "Ontario", "Account Executive", "2026-06-01", "", 0.40, 0.8, 50),
    ("Mathieu Gagnon", "Geneviève Roy", "Québec & Atlantic", "Enterprise AE", "", "", 0.56, 1.1, 30),
    ("Chloé Bérubé", "Geneviève Roy", "Québec & Atlantic", "Account Executive", "", "", 0.58, 1.1, 54),
    ("Olivier Pelletier", "Geneviève Roy", "Québec & Atlantic", "Account Executive", "", "", 0.42, 0.95, 48),
    ("Nadia Haddad", "Geneviève Roy", "Québec & Atlantic", "Account Executive", "", "", 0.48, 0.9, 50),
    ("Sean Fitzgerald", "Geneviève Roy", "Québec & Atlantic", "Account Executive", "", "", 0.30, 0.8, 46),
    ("Ravi Sandhu", "Heather MacLeod", "West", "Enterprise AE", "", "", 0.58, 1.0, 32),
    ("Kelsey Nakamura", "Heather MacLeod", "West", "Account Executive", "", "2026-07-31", 0.44, 0.95, 50),
    ("Brett Lindqvist", "Heather MacLeod", "West", "Account Executive", "", "", 0.52, 1.0, 50),
    ("Maya Cardinal", "Heather MacLeod", "West", "Account Executive", "", "", 0.60, 1.15, 54),
    ("Liam O'Connell", "Heather MacLeod", "West", "Account Executive", "2026-08-17", "", 0.45, 0.8, 50),
]
ROLE_QUOTA = {
    "Enterprise AE": ("100000.00", "240000.00", "400000.00"),
}
RAMP_QUOTA_NNA = "90000.00"
BUDDY = {"Connor Boyle": "Simran Gill", "Liam O'Connell": "Brett Lindqvist"}

TOWNS = {
    "Ontario": ["Hamilton", "Kitchener", "Sudbury", "Barrie", "Oshawa", "Kingston", "Windsor",
                "Guelph", "Peterborough", "Thunder Bay", "Sarnia", "Niagara", "Brantford",
                "Belleville", "Cambridge", "Timmins", "Owen Sound", "Cornwall", "Orillia",
                "Markham", "Woodstock", "Stratford", "North Bay", "Sault"],
    "Québec & Atlantic": ["Laval", "Sherbrooke", "Trois-Rivières", "Saguenay", "Lévis", "Gatineau",
                          "Rimouski", "Drummondville", "Granby", "Beauce", "Moncton",
                          "Saint John", "Halifax", "Dartmouth", "Fredericton", "Truro",
                          "Charlottetown", "Cape Breton", "Bathurst", "Joliette", "Mirabel",
                          "Victoriaville", "Miramichi", "Sept-Îles"],
    "West": ["Kamloops", "Kelowna", "Nanaimo", "Abbotsford", "Prince George", "Red Deer",
             "Lethbridge", "Medicine Hat", "Saskatoon", "Regina", "Brandon", "Winnipeg",
             "Grande Prairie", "Fort McMurray", "Chilliwack", "Surrey", "Lloydminster",
             "Airdrie", "Penticton", "Cranbrook", "Moose Jaw", "Portage", "Yorkton", "Squamish"],
}
TRADES_EN = ["Aggregates", "Cold Storage", "Precision Machining", "Foods", "Millwork",
             "Packaging", "Logistics", "Plastics", "Fabricators", "Dairy Co-op", "Water Utility",
             "Grain Terminal", "Brewing Co", "Steelworks", "Poultry", "Marine Services",
             "Concrete", "Transit", "Pulp & Paper", "Rail Services", "Fleet Services",
             "Hydro Services", "Castings", "Seafoods"]
TRADES_FR = ["Transport {}", "Plastiques {}", "Usinage {}", "Laiterie {}", "Métallurgie {}",
             "Boulangerie {}", "Entrepôts {}", "Béton {}", "Scierie {}", "Emballages {}",
             "Agrégats {}", "Aliments {}"]
FRENCH_TOWNS = {"Laval", "Sherbrooke", "Trois-Rivières", "Saguenay", "Lévis", "Gatineau",
                "Rimouski", "Drummondville", "Granby", "Beauce", "Joliette", "Mirabel",
                "Victoriaville", "Sept-Îles"}

SUBS = ["Core Platform", "Mobile Crews", "Insight Analytics", "Relay Integrations",
        "Premier Support"]
SERVICES = "Launch Services"


def account_names(territory):
    names = set()
    for i, town in enumerate(TOWNS[territory]):
        for j in range(5):
            if town in FRENCH_TOWNS:
                names.add(TRADES_FR[(i * 5 + j * 7 + len(town)) % len(TRADES_FR)].format(town))
            else:
                names.add(f"{town} {TRADES_EN[(i * 5 + j * 7 + len(town)) % len(TRADES_EN)]}")
    return sorted(names)


def arr(base, spread, lo, hi):
    x = rng.lognormvariate(0, spread) * base
    x = max(lo, min(hi, x))
    return int(round(x / 12.0)) * 12


used_ids = set()


def new_id():
    while True:
        n = rng.randrange(100000, 999999)
        if n not in used_ids:
            used_ids.add(n)
            return f"OPP-{n}"


# Books: every AE gets a slice of their region's accounts.
books = {}
for terr in TOWNS:
    names = account_names(terr)
    rng.shuffle(names)
    aes = [r for r in ROSTER if r[2] == terr]
    per = len(names) // len(aes)
    for k, r in enumerate(aes):
        mine = names[k * per:(k + 1) * per]
        n_cust = 4 if r[4] else 7
        books[r[0]] = {"customers": mine[:n_cust], "prospects": mine[n_cust:]}

rows = []


def add(line, partner=None, share=("1", "1")):
    if partner:
        rows.append(dict(line, split=share[0]))
        rows.append(dict(line, seller=partner, split=share[1]))
    else:
        rows.append(dict(line, split="1"))


YEAR_DAYS = (FY_END - FY_START).days + 1
for sid, mgr, terr, role, start, end, win, size, n_opps in ROSTER:
    active_from = dt.date.fromisoformat(start) if start else FY_START
    active_to = dt.date.fromisoformat(end) if end else FY_END
    span = (active_to - active_from).days + 1
    n = round(n_opps * span / YEAR_DAYS)
    ent = role == "Enterprise AE"
    book = books[sid]
    customers = list(book["customers"])
    prospects = list(book["prospects"])
    dates = sorted(active_from + dt.timedelta(days=rng.randrange(span)) for _ in range(n))
    for close in dates:
        if close.weekday() >= 5:
            close -= dt.timedelta(days=close.weekday() - 4)
            if close < active_from:
                close = active_from
        u = rng.random()
        if u < 0.47:
            typ = "new"
        elif u < 0.86:
            typ = "expansion"
        elif u < 0.93:
            typ = "renewal"
        else:
            typ = "services"
        if typ == "new" and not prospects:
            typ = "expansion"
        if typ == "new" or (typ == "services" and prospects and rng.random() < 0.5):
            account = rng.choice(prospects)
        else:
            account = rng.choice(customers)
        if typ == "services":
            product = SERVICES
            typ = "new" if account not in customers else "expansion"
            amount = int(round(rng.uniform(6000, 42000) / 500.0)) * 500
            term = ""
        elif typ == "new":
            product = "Core Platform" if rng.random() < 0.8 else rng.choice(SUBS[1:4])
            amount = arr((64000 if ent else 25000) * size, 0.45, 9000, 260000)
            term = rng.choice(["12", "12", "12", "24", "36", "36"])
        elif typ == "expansion":
            product = rng.choice(["Core Platform", "Mobile Crews", "Mobile Crews",
                                  "Insight Analytics", "Insight Analytics",
                                  "Relay Integrations", "Premier Support"])
            amount = arr((22000 if ent else 10000) * size, 0.5, 3000, 120000)
            term = rng.choice(["12", "12", "12", "24", "36"])
        else:
            product = "Core Platform"
            amount = arr((90000 if ent else 40000), 0.35, 15000, 200000)
            term = rng.choice(["12", "24", "36"])
        prob, cancel = "", ""
        if close <= AS_OF:
            stage = "won" if rng.random() < win * 0.85 else "lost"
            if stage == "lost" and (AS_OF - close).days < 20 and rng.random() < 0.4:
                stage, prob = "open", rng.choice(["0.25", "0.5"])
        else:
            stage = "open"
            prob = rng.choice(["0.1", "0.25", "0.25", "0.5", "0.5", "0.75"])
        if stage == "won":
            if typ == "new" and account not in customers:
                customers.append(account)
                if account in prospects:
                    prospects.remove(account)
            if typ in ("new", "expansion") and product != SERVICES and rng.random() < 1 / 12:
                gone = close + dt.timedelta(days=rng.randrange(15, 241))
                if gone <= AS_OF:
                    stage, cancel = "cancelled", gone.isoformat()
        if end and stage == "open":
            continue
        line = dict(id=new_id(), seller=sid, account=account,
                    name=f"{account} - {product}" + (" (renewal)" if typ == "renewal" else ""),
                    type=typ, product=product, amount=f"{amount}.00",
                    close_date=close.isoformat(), stage=stage, split="1", probability=prob,
                    term_months=term, cancel_date=cancel, currency="CAD")
        partner, share = None, ("1", "1")
        if sid in BUDDY and stage in ("won", "cancelled") and (close - active_from).days < 90 \
                and rng.random() < 0.5:
            partner, share = BUDDY[sid], ("0.5", "0.5")
        elif sid == "Jordan Whitfield" and typ == "new" and stage in ("won", "open") \
                and rng.random() < 0.22:
            partner, share = "Mathieu Gagnon", ("0.5", "0.5")
        add(line, partner, share)

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "term_months", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date",
                "target_incentive", "quota:nna", "quota:logo"])
    for sid, mgr, terr, role, start, end, *_ in ROSTER:
        ti, qn, ql = ROLE_QUOTA.get(role, ("", "", ""))
        if start:
            qn = RAMP_QUOTA_NNA
        w.writerow([sid, sid, mgr, terr, role, start, end, ti, qn, ql])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
