#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredninetythird workspace (Bukit Nexus
Technologies Pte Ltd, an invented Singapore IT hardware and cloud services reseller selling to
SMEs and government agencies; plan year 1 January - 31 December 2026, SGD, QUARTERLY payouts).
The deals are generated here, not taken from a real export. Standard library only;
deterministic (every choice is an md5 hash of a string; no clock, no random stream).
Run: python3 gen_deals.py

- 16 account managers (AMs) under 3 team leads (ROSTER below). Each AM gets a fixed number of
  opportunities spread over the calendar year 2026; every choice (day, product, amount, type,
  account, stage, probability) is a hash of "<seller>|<k>|<what>".
- AS OF = 2026-09-18. An opportunity dated on or before it is won or lost (the AM's win rate);
  one dated after it is open ("chope"), with its expected close date and a probability of
  0.2 / 0.4 / 0.6 / 0.8. About one in nine of July-September opportunities dated before the
  as-of date is still open and overdue.
- Products: hardware (Business Laptop, Desktop PC, Rack Server, Storage Array, Network Switch),
  cloud (Cloud Backup, Hosted Desktop, Managed Firewall; amount = first-year contract value)
  and the Onsite Support Plan (no measure; Jaga SPIFF only). Public Sector AMs sell bigger
  boxes and more tenders.
- Types: "new" (new logo), "upsell" (existing customer), "tender" (a government ITQ or tender
  won on GeBIZ). Public Sector AMs mostly tender; SME AMs mostly new and upsell.
- Splits (plan.md 3.4): a won or cancelled Hosted Desktop deal of an SME AM with hash mod 3 = 0
  is two lines with one id, 75% to the AM and 25% to Cheryl Wong (Cloud Specialist). Every
  tender Farhan Yusof wins is two lines, 50% / 50% with Benjamin Low (his buddy, plan.md 3.4).
- U-turns: a won deal closed on or before 2026-09-04 with hash mod 18 = 0 is cancelled on
  close + 8 + (hash mod 140) days when that date is on or before the as-of date (else it stays
  won) (plan.md 11: only cancellations within 90 days of close are clawed back).
- Roster: Benjamin Low (Key Account Manager) carries his own annual hardware quota (2,200,000);
  Cheryl Wong (Cloud Specialist) her own hardware quota (200,000) and quarterly cloud quota
  (120,000). Farhan Yusof joined on 2026-05-11, Marcus
  Chua left on 2026-07-24 (no deals outside their dates). Two AMs are called Kelvin.
"""
import csv
import datetime as dt
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
YEAR0 = dt.date(2026, 1, 1)
AS_OF = dt.date(2026, 9, 18)
CANCEL_BY = dt.date(2026, 9, 4)

# id, manager, territory, role, start, end, opportunities in the year, strength, win %
ROSTER = [
    ("Kelvin Ong", "Jason Goh", "SME East", "Account Manager", "", "", 118, 1.00, 58),
    ("Tan Wei Ming", "Jason Goh", "SME East", "Account Manager", "", "", 104, 0.80, 52),
    ("Priya Nair", "Jason Goh", "SME East", "Account Manager", "", "", 126, 1.30, 62),
    ("Hafiz Rahmat", "Jason Goh", "SME East", "Account Manager", "", "", 96, 0.70, 49),
    ("Joanne Lim", "Jason Goh", "SME East", "Account Manager", "", "", 110, 1.10, 56),
    ("Kelvin Teo", "Farah Ismail", "SME West", "Account Manager", "", "", 112, 0.90, 55),
    ("Aisyah Rahim", "Farah Ismail", "SME West", "Account Manager", "", "", 120, 1.45, 63),
    ("Arjun Menon", "Farah Ismail", "SME West", "Account Manager", "", "", 100, 0.65, 47),
    ("Lim Jia Hui", "Farah Ismail", "SME West", "Account Manager", "", "", 108, 1.05, 57),
    ("Marcus Chua", "Farah Ismail", "SME West", "Account Manager", "", "2026-07-24", 100, 0.85, 53),
    ("Shalini Krishnan", "Farah Ismail", "SME West", "Account Manager", "", "", 114, 0.95, 55),
    ("Benjamin Low", "Rajesh Pillai", "Public Sector", "Key Account Manager", "", "", 84, 1.60, 56),
    ("Farhan Yusof", "Rajesh Pillai", "Public Sector", "Account Manager", "2026-05-11", "", 50, 0.60, 42),
    ("Ng Hui Min", "Rajesh Pillai", "Public Sector", "Account Manager", "", "", 58, 1.05, 54),
    ("Karthik Rao", "Rajesh Pillai", "Public Sector", "Account Manager", "", "", 56, 0.85, 50),
    ("Cheryl Wong", "Rajesh Pillai", "Public Sector", "Cloud Specialist", "", "", 56, 1.00, 58),
]
QUOTA_HW = {"Benjamin Low": "2200000.00", "Cheryl Wong": "200000.00"}
QUOTA_CLOUD = {"Cheryl Wong": "120000.00"}

# product: (kind, low, high) in SGD
PRODUCTS = {
    "Business Laptop": ("hw", 6000, 70000),
    "Desktop PC": ("hw", 4000, 38000),
    "Rack Server": ("hw", 18000, 120000),
    "Storage Array": ("hw", 30000, 180000),
    "Network Switch": ("hw", 5000, 56000),
    "Cloud Backup": ("cloud", 2400, 22000),
    "Hosted Desktop": ("cloud", 6000, 42000),
    "Managed Firewall": ("cloud", 3600, 28000),
    "Onsite Support Plan": ("svc", 1200, 8400),
}
# product mix per segment, in twentieths
MIX = {
    "sme": ["Business Laptop"] * 5 + ["Desktop PC"] * 3 + ["Rack Server"] * 2
    + ["Storage Array"] + ["Network Switch"] * 3 + ["Cloud Backup"] * 2 + ["Hosted Desktop"]
    + ["Managed Firewall"] + ["Onsite Support Plan"] * 2,
    "gov": ["Business Laptop"] * 5 + ["Desktop PC"] * 2 + ["Rack Server"] * 3
    + ["Storage Array"] * 3 + ["Network Switch"] * 3 + ["Cloud Backup"] + ["Hosted Desktop"]
    + ["Managed Firewall"] + ["Onsite Support Plan"],
    "cloud": ["Cloud Backup"] * 6 + ["Hosted Desktop"] * 6 + ["Managed Firewall"] * 5
    + ["Business Laptop"] + ["Network Switch"] + ["Onsite Support Plan"],
}
SME_ACCOUNTS = [
    "Ah Huat Trading", "Kallang Precision Engineering", "Kallang Bay Childcare",
    "Sin Ming Logistics", "Joo Chiat Dental Clinic", "Tiong Bahru Bakehouse",
    "Ubi Print & Pack", "Boon Lay Marine Supplies", "Serangoon Gardens Tuition Centre",
    "Hock Seng Hardware", "Paya Lebar Freight", "Katong Heritage Hotel", "Loyang Offshore Services",
    "Bedok Kopitiam Group", "Tai Seng Electronics", "Woodlands Cold Chain", "Geylang Spice Traders",
    "Changi Aero Parts", "Clementi Physio Centre", "Tuas Steel Works", "Novena Family Clinic",
    "Little India Textiles", "Pasir Panjang Shipchandlers", "Bukit Merah Auto Works",
    "Orchard Boutique Law", "Raffles Place Accountancy", "Jurong West Preschool",
    "Yishun Catering Services", "Mandai Eco Tours", "Sembawang Shipping Agency",
    "Toa Payoh Optical", "Hougang Renovation Works", "Ang Mo Kio Chinese Medicine",
    "Pioneer Chemicals", "Marina Events Management", "Telok Ayer Architects",
]
GOV_ACCOUNTS = [
    "Heritage Archives Board", "Land Survey Authority", "Public Library Network",
    "Maritime Pilots Board", "Community Health Agency", "Institute of Technical Skills",
    "Transport Data Office", "Civil Defence Training Academy", "Northshore Town Council",
    "Eastcoast Town Council", "National Sports Facilities Board", "Water Quality Authority",
    "Youth Enterprise Agency", "Polytechnic of Applied Arts", "Senior Care Agency",
    "Food Safety Authority",
]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def segment(role, terr):
    if role == "Cloud Specialist":
        return "cloud"
    return "gov" if terr == "Public Sector" else "sme"


rows = []
used = set()
for sid, mgr, terr, role, start, end, n, strength, winpct in ROSTER:
    seg = segment(role, terr)
    pool_src = GOV_ACCOUNTS if seg == "gov" else SME_ACCOUNTS
    if seg == "cloud":
        pool_src = SME_ACCOUNTS + GOV_ACCOUNTS
    pool = sorted(pool_src, key=lambda a: h(sid + "|" + a))[: (10 if seg == "gov" else 14)]
    sdate = dt.date.fromisoformat(start) if start else YEAR0
    edate = dt.date.fromisoformat(end) if end else dt.date(2026, 12, 31)
    for k in range(n):
        key = f"{sid}|{k}"
        x = h(key)
        day = YEAR0 + dt.timedelta(days=h(key + "|day") % 365)
        if day < sdate or day > edate:
            continue
        product = MIX[seg][h(key + "|prod") % 20]
        kind, lo, hi = PRODUCTS[product]
        span = hi - lo
        # skew toward the low end: average of two draws, scaled by the AM's strength
        a = (h(key + "|a1") % (span + 1) + h(key + "|a2") % (span + 1)) // 2
        amount = int(round((lo + a) * (0.75 + strength / 4) / 10.0)) * 10
        account = pool[h(key + "|acct") % len(pool)]
        t = h(key + "|type") % 20
        if seg == "gov":
            typ = "tender" if t < 12 else ("upsell" if t < 17 else "new")
        elif seg == "cloud":
            typ = "tender" if (t < 4 and account in GOV_ACCOUNTS) else ("new" if t < 11 else "upsell")
        else:
            typ = "new" if t < 9 else ("upsell" if t < 19 else "tender")
            if typ == "tender":
                account = GOV_ACCOUNTS[h(key + "|gacct") % len(GOV_ACCOUNTS)]
        prob, cancel = "", ""
        if day > AS_OF:
            stage = "open"
            prob = ("0.2", "0.4", "0.6", "0.8")[h(key + "|prob") % 4]
        elif day >= dt.date(2026, 7, 1) and h(key + "|overdue") % 9 == 0:
            stage = "open"
            prob = ("0.3", "0.5", "0.7")[h(key + "|prob") % 3]
        else:
            stage = "won" if h(key + "|win") % 100 < winpct else "lost"
        if stage == "won" and day <= CANCEL_BY and h(key + "|cxl") % 18 == 0:
            cday = day + dt.timedelta(days=8 + h(key + "|cxd") % 140)
            if cday <= AS_OF:  # a U-turn still to come is not known at the as-of date
                stage = "cancelled"
                cancel = cday.isoformat()
        num = 10000 + x % 90000
        while num in used:
            num = 10000 + (num - 10000 + 7919) % 90000
        used.add(num)
        oid = f"BN-{num}"
        line = dict(id=oid, seller=sid, account=account, name=f"{account} {product}",
                    type=typ, product=product, amount=f"{amount}.00",
                    close_date=day.isoformat(), stage=stage, split="1",
                    probability=prob, cancel_date=cancel, currency="SGD")
        partner = None
        if (product == "Hosted Desktop" and seg == "sme" and stage in ("won", "cancelled")
                and h(key + "|split") % 3 == 0):
            partner, share = "Cheryl Wong", ("0.75", "0.25")
        elif sid == "Farhan Yusof" and typ == "tender" and stage in ("won", "cancelled"):
            partner, share = "Benjamin Low", ("0.5", "0.5")
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
                "quota:hw_rev", "quota:cloud_sub"])
    for sid, mgr, terr, role, start, end, *_ in ROSTER:
        w.writerow([sid, sid, mgr, terr, role, start, end, QUOTA_HW.get(sid, ""),
                    QUOTA_CLOUD.get(sid, "")])
print(len(rows), "deal lines;",
      {s: sum(1 for r in rows if r["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
