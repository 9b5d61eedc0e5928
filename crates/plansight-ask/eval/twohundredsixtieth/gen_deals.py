#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredsixtieth workspace: Ironbark Property Group,
an invented Sydney residential real-estate agency group of three offices (Inner West, Northern
Beaches, Hills), whose sales agents earn commission on the residential sales they list and sell.
Plan year 1 July 2025 - 30 June 2026 (the Australian financial year), AUD, QUARTERLY payouts.
Standard library only; deterministic (one random.Random with a fixed seed, no clock).
Run: python3 gen_deals.py

- A deal is one residential sale (or one new property-management authority). Its `amount` is the
  agency's GCI on it (gross commission income: the agency's fee, ex GST, after any conjunctional
  agent's share), NOT the sale price: sale price x a fee of 1.5% - 2.5% (prestige Northern
  Beaches houses lower), whole dollars. A Management Authority's amount is the first year's
  management fees ($1,800 - $4,200).
- `account` is the property's address ("14 Wardell Rd, Dulwich Hill", "5/22 Pittwater Rd,
  Manly"); every street name is used by one deal only, except Chloe Tran's first two won
  apartments, both on Illawarra Rd, Marrickville, and two listings of Nick Sorensen's on
  Pittwater Rd, Collaroy (his last sole-agency house sale and his first withdrawn listing).
- `product` is the property type: House, Apartment, Townhouse, Vacant Land, Management
  Authority. `type` is the method of sale: "auction", "private_treaty", "off_market" (a
  Management Authority is "management").
- `close_date` is the day the sale went unconditional (exchanged and out of cooling-off, or the
  fall of the hammer). Each agent lists a number of properties over the year (their pace); each
  listing's date is drawn by month with the Sydney season (spring heavy, January quiet).
  18% of listings are withdrawn (stage lost). A sale dated after the as-of date (2026-03-20) is
  an open listing ("on the books"): auctions booked probability 0.7, private treaty 0.5, off
  market 0.4; a withdrawal dated after it is an open listing of probability 0.2.
- Splits (plan.md 3.4): 35% of sales have a selling agent from the same office other than the
  lister: two lines with the same id, 0.6 to the lister (the listing side) and 0.4 to the selling
  agent. Open and withdrawn listings are the lister's alone.
- Fall-overs: a won sale is cancelled with probability 0.045 when its cancel_date (close + 7..130
  days) is on or before the as-of date (plan.md 11: only fall-overs within 90 days are clawed
  back).
- Roster: Sam Pappas and Anthony "Ant" Russo (Senior Sales Agents) carry their own annual GCI
  Target; Ben Ashworth joined on 2025-11-03 (no listing of his before 2025-11-17); Jess Pritchard
  left on 2026-01-30 (her listings after it are dropped).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 3, 20)
START, END = dt.date(2025, 7, 1), dt.date(2026, 6, 30)
rng = random.Random(260)

# id, display name, principal, office, role, start, end, GCI Target, listings a year
ROSTER = [
    ("Sam Pappas", "Sam Pappas", "Gary Costa", "Inner West", "Senior Sales Agent", "", "", "750000.00", 36),
    ("Chloe Tran", "Chloe Tran", "Gary Costa", "Inner West", "Sales Agent", "", "", "", 22),
    ("Matt Keogh", "Matt Keogh", "Gary Costa", "Inner West", "Sales Agent", "", "", "", 14),
    ("Ellie Donovan", "Ellie Donovan", "Gary Costa", "Inner West", "Sales Agent", "", "", "", 18),
    ("Daniel Reyes", "Daniel Reyes", "Gary Costa", "Inner West", "Sales Agent", "", "", "", 11),
    ("Josh Kearney", "Josh Kearney", "Gary Costa", "Inner West", "Sales Agent", "", "", "", 16),
    ("Tahlia Morgan", "Tahlia Morgan", "Fiona McLeod", "Northern Beaches", "Sales Agent", "", "", "", 17),
    ("Brodie Lang", "Brodie Lang", "Fiona McLeod", "Northern Beaches", "Sales Agent", "", "", "", 21),
    ("Nick Sorensen", "Nick Sorensen", "Fiona McLeod", "Northern Beaches", "Sales Agent", "", "", "", 12),
    ("Kate Hollis", "Kate Hollis", "Fiona McLeod", "Northern Beaches", "Sales Agent", "", "", "", 15),
    ("Ben Ashworth", "Ben Ashworth", "Fiona McLeod", "Northern Beaches", "Associate Agent", "2025-11-03", "", "", 5),
    ("Anthony Russo", 'Anthony "Ant" Russo', "Raj Malhotra", "Hills", "Senior Sales Agent", "", "", "700000.00", 30),
    ("Grace Zhou", "Grace Zhou", "Raj Malhotra", "Hills", "Sales Agent", "", "", "", 19),
    ("Daniel Okafor", "Daniel Okafor", "Raj Malhotra", "Hills", "Sales Agent", "", "", "", 13),
    ("Jess Pritchard", "Jess Pritchard", "Raj Malhotra", "Hills", "Sales Agent", "", "2026-01-30", "", 15),
    ("Lachlan Byrne", "Lachlan Byrne", "Raj Malhotra", "Hills", "Sales Agent", "", "", "", 16),
]

SUBURBS = {
    "Inner West": ["Marrickville", "Dulwich Hill", "Petersham", "Leichhardt", "Annandale",
                   "Stanmore", "Enmore", "Summer Hill", "Lewisham", "Newtown"],
    "Northern Beaches": ["Manly", "Dee Why", "Freshwater", "Curl Curl", "Collaroy", "Narrabeen",
                         "Balgowlah", "Mona Vale", "Avalon Beach", "Fairlight"],
    "Hills": ["Castle Hill", "Baulkham Hills", "Kellyville", "Bella Vista", "Cherrybrook",
              "Glenhaven", "Dural", "Rouse Hill", "West Pennant Hills", "North Kellyville"],
}
# property type: (weight, price low, price high) per office
PRODUCTS = {
    "Inner West": [("House", 55, 1_350_000, 2_600_000), ("Apartment", 30, 560_000, 1_050_000),
                   ("Townhouse", 15, 980_000, 1_550_000)],
    "Northern Beaches": [("House", 50, 2_000_000, 4_800_000), ("Apartment", 35, 900_000, 1_900_000),
                         ("Townhouse", 15, 1_500_000, 2_500_000)],
    "Hills": [("House", 60, 1_350_000, 2_700_000), ("Townhouse", 22, 980_000, 1_450_000),
              ("Vacant Land", 10, 700_000, 1_250_000), ("Apartment", 8, 650_000, 950_000)],
}
METHOD = {"Inner West": (62, 30, 8), "Northern Beaches": (55, 33, 12), "Hills": (33, 55, 12)}
SEASON = {7: 7, 8: 9, 9: 12, 10: 14, 11: 15, 12: 10, 1: 4, 2: 9, 3: 12, 4: 10, 5: 11, 6: 8}

STREETS = """Wardell Addison Denison Cavendish Trafalgar Norton Marion Crystal Darling Catherine Edith Ruby
Albert Macquarie Bligh Phillip Hunter Bathurst Goulburn Wentworth Lawson Blaxland Oxley Sturt
Hume Flinders Bass Parkes Barton Deakin Lyons Curtin Chifley Menzies Gorton Mitchell Kennedy
Livingstone Audley Wilga Jersey Garnet Beauchamp Hopetoun Carrington Tintern Kintore Agar Cobar
Terry Frazer Allen Holt Rofe Hercules Pile Windsor Excelsior Elswick Renwick Rowley Ewart
Seaview Ocean Lauderdale Wattle Banksia Waratah Grevillea Bottlebrush Jacaranda Ironbark
Stringybark Blackbutt Boronia Melaleuca Acacia Casuarina Kurrajong Myrtle Tallowwood Bluegum
Paperbark Angophora Correa Hakea Kanooka Tuckeroo Coolabah Brigalow Mulga Gidgee Quandong
Wollemi Marri Jarrah Karri Tuart Yarran Bimble Moreton Illoura Warrigal Yaralla Kirrawee
Bundarra Coonara Tarragal Kookaburra Currawong Rosella Lorikeet Galah Corella Brolga Jabiru
Magpie Wren Pardalote Thornbill Honeyeater Kestrel Osprey Heron Egret Plover Dotterel Curlew
Bellbird Lyrebird Whipbird Gannet Tern Shearwater Albatross Pelican Cormorant Sandpiper Cassia
Oleander Gardenia Camellia Magnolia Azalea Laurel Hawthorn Rowan Linden Juniper Cedar Larch
Aspen Hazel Willow Alder Sycamore Poplar Maple Chestnut Walnut Almond Quince Mulberry Olive
Orchard Vineyard Meadow Pasture Paddock Stockyard Homestead Drover Swagman Squatter Shearer
Bullock Stirrup Saddle Bridle Anvil Forge Foundry Mill Wharf Jetty Quay Harbour Cove Inlet
Lagoon Estuary Headland Bluff Escarpment Ridge Plateau Gully Creek Brook Beacon Lighthouse
Telegraph Semaphore Clipper Schooner Sloop Carriageway Causeway Esplanade Promenade Boardwalk
Marina Slipway Boatshed Drydock Cannery Granary Brewery Tannery Dairy Cooper Wheelwright
Chandler Draper Mercer Fletcher Thatcher Carter Porter Baxter Fuller Webster Turner Tyler Mason
Glover Sawyer Slater Weaver Dyer Miller Gardiner Fisher Parker Warden Bishop Canon Deacon
Chaplain Steward Butler Reeve Yeoman Squire Marquis Garland Wreath Laurelwood Rosewood
Sandalwood Teak Mahogany Ebony Satinay Blackwood Redgum Scribbly Rivergum Sallee Mallee
Yellowbox Ironwood Brushbox Lillypilly Macadamia Bunya Kauri Huon Beech Coachwood Sassafras
Cheesewood Rosemary Lavender Bennelong Tasman Cygnet Derwent Murray Macleay Hawkesbury Nepean
Shoalhaven Clarence Tweed Manning Hastings Namoi Gwydir Barwon Castlereagh Paterson Bellinger
Hobart Adelaide Darwin Ballarat Bendigo Mudgee Dubbo Wagga Bourke Cowra Forbes Yass Bega Moruya
Nowra Kiama Gerringong Jervis Ulladulla Tathra Cooma Tumut Gundagai Junee Temora Narrandera
Deniliquin Moama Echuca Mildura Torrens Yarra Onkaparinga Fitzroy Burdekin Tully Daintree
Cairns Mackay Gladstone Bundaberg Noosa Maroochy Mooloolaba Caloundra Ipswich Toowong
Indooroopilly Chermside Nundah Wynnum Sandgate Caboolture Gympie Maryborough Hervey Kingaroy
Dalby Roma Chinchilla Goondiwindi Stanthorpe Warwick Tenterfield Inverell Armidale Tamworth
Gunnedah Narrabri Moree Walgett Brewarrina Nyngan Gilgandra Coonamble Coonabarabran""".split()
SUFFIX = ["St", "St", "St", "Rd", "Rd", "Ave", "Ave", "Pde", "Cres", "Lane", "Cl", "Pl", "Way", "Tce"]

rng.shuffle(STREETS)
street_iter = iter(STREETS)
ids = iter(rng.sample(range(10000, 99999), 2000))


def active(agent, day):
    s, e = agent[5], agent[6]
    return (not s or day >= dt.date.fromisoformat(s)) and (not e or day <= dt.date.fromisoformat(e))


def a_date():
    months = list(SEASON)
    m = rng.choices(months, weights=[SEASON[k] for k in months])[0]
    y = 2025 if m >= 7 else 2026
    first = dt.date(y, m, 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return first + dt.timedelta(days=rng.randrange((nxt - first).days))


def address(office, product, street=None, suburb=None):
    suburb = suburb or rng.choice(SUBURBS[office])
    street = street or f"{next(street_iter)} {rng.choice(SUFFIX)}"
    num = rng.randint(1, 180)
    if product == "Apartment":
        return f"{rng.randint(1, 24)}/{num} {street}, {suburb}"
    if product == "Townhouse":
        return f"{rng.randint(1, 12)}/{num} {street}, {suburb}"
    if product == "Vacant Land":
        return f"Lot {rng.randint(2, 60)} {street}, {suburb}"
    return f"{num} {street}, {suburb}"


rows = []


def line(did, seller, account, typ, product, amount, close, stage, split="1", prob="", cancel=""):
    rows.append(dict(id=did, seller=seller, account=account, name=f"{account} ({product})",
                     type=typ, product=product, amount=f"{amount}.00",
                     close_date=close.isoformat(), stage=stage, split=split,
                     probability=prob, cancel_date=cancel, currency="AUD"))


for agent in ROSTER:
    sid, office, pace = agent[0], agent[3], agent[8]
    team = [a for a in ROSTER if a[3] == office and a[0] != sid]
    for _ in range(pace):
        close = a_date()
        if not active(agent, close) or (agent[5] and close < dt.date.fromisoformat(agent[5]) + dt.timedelta(days=14)):
            continue
        prods = PRODUCTS[office]
        product, _, lo, hi = rng.choices(prods, weights=[p[1] for p in prods])[0]
        price = rng.randrange(lo, hi, 5000)
        fee = rng.choice([0.016, 0.018, 0.019, 0.02, 0.021, 0.022, 0.025]) if price < 2_800_000 \
            else rng.choice([0.015, 0.016, 0.017, 0.018])
        gci = round(price * fee)
        a, p, o = METHOD[office]
        typ = rng.choices(["auction", "private_treaty", "off_market"], weights=[a, p, o])[0]
        if product == "Vacant Land" and typ == "auction" and rng.random() < 0.7:
            typ = "private_treaty"
        did = f"IB{next(ids)}"
        acct = address(office, product)
        lost = rng.random() < 0.18
        partner = rng.choice(team) if rng.random() < 0.35 else None
        cancel_roll, cancel_days = rng.random(), rng.randint(7, 130)
        if close > AS_OF:
            prob = "0.2" if lost else {"auction": "0.7", "private_treaty": "0.5", "off_market": "0.4"}[typ]
            line(did, sid, acct, typ, product, gci, close, "open", prob=prob)
            continue
        if lost:
            line(did, sid, acct, typ, product, gci, close, "lost")
            continue
        stage, cancel = "won", ""
        if cancel_roll < 0.045 and close + dt.timedelta(days=cancel_days) <= AS_OF:
            stage = "cancelled"
            cancel = (close + dt.timedelta(days=cancel_days)).isoformat()
        if partner and active(partner, close):
            line(did, sid, acct, typ, product, gci, close, stage, "0.6", cancel=cancel)
            line(did, partner[0], acct, typ, product, gci, close, stage, "0.4", cancel=cancel)
        else:
            line(did, sid, acct, typ, product, gci, close, stage, cancel=cancel)
    for _ in range(rng.randint(0, 3)):
        close = a_date()
        fee = rng.randrange(1800, 4201, 50)
        if close > AS_OF or not active(agent, close):
            continue
        acct = address(office, "House")
        line(f"IB{next(ids)}", sid, acct, "management", "Management Authority", fee, close, "won")


def readdress(did, account):
    """Give every line of one deal another address."""
    for r in rows:
        if r["id"] == did:
            r["account"] = account
            r["name"] = f"{account} ({r['product']})"


# Chloe Tran's first two won apartments both on Illawarra Rd, Marrickville; Nick Sorensen's last
# sole-agency won house and his first withdrawn listing both on Pittwater Rd, Collaroy.
chloe = sorted((r for r in rows if r["seller"] == "Chloe Tran" and r["product"] == "Apartment"
                and r["stage"] == "won"), key=lambda r: r["close_date"])
for r in chloe[:2]:
    readdress(r["id"], r["account"].split(" ")[0] + " Illawarra Rd, Marrickville")
nick_won = sorted((r for r in rows if r["seller"] == "Nick Sorensen" and r["stage"] == "won"
                   and r["product"] == "House" and r["split"] == "1"), key=lambda r: r["close_date"])
nick_lost = sorted((r for r in rows if r["seller"] == "Nick Sorensen" and r["stage"] == "lost"),
                   key=lambda r: r["close_date"])
readdress(nick_won[-1]["id"], "1102 Pittwater Rd, Collaroy")
readdress(nick_lost[0]["id"], "1288 Pittwater Rd, Collaroy")

rows.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
COLS = ["id", "seller", "account", "name", "type", "product", "amount", "close_date", "stage",
        "split", "probability", "cancel_date", "currency"]
with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "role", "start_date", "end_date", "quota:gci"])
    for sid, name, mgr, office, role, start, end, quota, _ in ROSTER:
        w.writerow([sid, name, mgr, office, role, start, end, quota])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
