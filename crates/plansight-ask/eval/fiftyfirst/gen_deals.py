#!/usr/bin/env python3
"""Build deals.csv and sellers.csv for the fiftyfirst workspace (Southern Cross Cellars)
from the real Maven CRM export in /work/shared/data/maven-crm/ (standard library only).

- 14 Maven agents become 14 Southern Cross Cellars reps (AGENTS below).
- Won/Lost deals closing March-July 2017 move to July-November 2026 (+9 years 4 months,
  day clamped to the month's end). Later won/lost deals are dropped (as of 2026-11-30).
- Engaging / Prospecting opportunities become open deals forecast to close in
  December 2026 - February 2027 (probability 0.6 / 0.25); every second one is kept.
- amount = the opportunity's close_value (open: the product's list price) as gross profit AUD.
- product: Maven's price list mapped to the distributor's range (PRODUCTS).
- account: Maven's 85 accounts mapped to Australian venues (VENUES), in order of appearance.
- type: new_outlet (no SCC rep had won the venue before), range_extension (venue won before
  but never this product), reorder (venue has bought this product before).
- 16 won deals are marked cancelled (outlet returned stock / closed its account), cancel
  date 12-110 days after close, never after 2026-11-30.
"""
import csv, random, datetime, os, calendar

SRC = "/work/shared/data/maven-crm"
OUT = os.path.dirname(os.path.abspath(__file__))
AS_OF = datetime.date(2026, 11, 30)

AGENTS = {  # Maven agent -> (rep, manager, territory, start_date, quota:gp override)
    "Darcel Schlecht":   ("Sharon Kelly", "Karen Whitfield", "NSW", "", "80000.00"),
    "Anna Snelling":     ("David Nguyen", "Karen Whitfield", "NSW", "", ""),
    "Versie Hillebrand": ("Matthew McAllister", "Karen Whitfield", "NSW", "", ""),
    "Cassey Cress":      ("Jessica Roberts", "Karen Whitfield", "NSW", "", ""),
    "Wilburn Farren":    ("Brendan Shaw", "Karen Whitfield", "NSW", "2026-09-14", ""),
    "Vicki Laflamme":    ("Liam Fraser", "Greg Tomlinson", "VIC", "", ""),
    "Kary Hendrixson":   ("Rebecca Hughes", "Greg Tomlinson", "VIC", "", ""),
    "Zane Levy":         ("Daniel Walsh", "Greg Tomlinson", "VIC", "", ""),
    "Rosalina Dieter":   ("Chloe Barrett", "Greg Tomlinson", "VIC", "2026-10-05", ""),
    "Reed Clapper":      ("Steven Mitchell", "Greg Tomlinson", "VIC", "", ""),
    "Kami Bicknell":     ("Jason Brady", "Leanne Fitzgerald", "QLD", "", ""),
    "Corliss Cosme":     ("Kylie Dunn", "Leanne Fitzgerald", "QLD", "", ""),
    "Donn Cantrell":     ("David Harrington", "Leanne Fitzgerald", "QLD", "", ""),
    "Maureen Marcano":   ("Nathan Cooper", "Leanne Fitzgerald", "QLD", "", ""),
}
PRODUCTS = {
    "GTX Basic": "Prosecco", "GTX Plus Basic": "Hunter Semillon", "MG Special": "Tap Beer Keg",
    "GTX Pro": "Barossa Shiraz", "GTXPro": "Barossa Shiraz", "MG Advanced": "Craft Gin",
    "GTX Plus Pro": "Margaret River Chardonnay", "GTK 500": "Single Malt Whisky",
}
VENUES = [
 "Coogee Bay Hotel", "Lord Nelson Brewery Hotel", "Bondi Bottle-O", "Esplanade Hotel",
 "Fitzroy Cellars", "Breakfast Creek Hotel", "Manly Wharf Bar", "The Royal Oak Balmain",
 "Newtown Social Club", "Carlton Club Hotel", "Paddington Inn", "Surry Hills Wine Bar",
 "The Regatta Hotel", "Toowong Cellars", "Richmond Club Hotel", "Prahran Bottle-O",
 "Cronulla Sharks Leagues Club", "Parramatta Tavern", "Hunter Valley Bistro", "Geelong Cellars",
 "Ballarat Mining Exchange Bar", "Bendigo Wine Bar", "Noosa Heads Surf Club", "Cairns Esplanade Tavern",
 "Townsville Bottle-O", "Byron Bay Brewhouse", "Wollongong Harbour Hotel", "Penrith Panthers Club",
 "Fortitude Valley Bar", "West End Bistro", "Brunswick Green Hotel", "St Kilda Cellars",
 "Chapel Street Wine Bar", "Mosman Cellars", "Cremorne Point Bistro", "Gold Coast Tavern",
 "Burleigh Pavilion", "Sunshine Coast Cellars", "Ipswich Hotel", "Toowoomba Tavern",
 "Newcastle Bottle-O", "Cessnock Hotel", "Orange Wine Room", "Mudgee Cellars",
 "Albury Commercial Hotel", "Wagga Bistro", "Dubbo Tavern", "Tamworth Pub",
 "Bowral Wine Bar", "Kiama Bottle-O", "Frankston Hotel", "Mornington Cellars",
 "Dandenong Tavern", "Footscray Bottle-O", "Collingwood Bistro", "Northcote Social Club",
 "Yarraville Cellars", "Williamstown Pier Hotel", "Torquay Hotel", "Warrnambool Tavern",
 "Mildura Grand Hotel", "Shepparton Cellars", "Rockhampton Leagues Club", "Mackay Bistro",
 "Bundaberg Tavern", "Hervey Bay Bottle-O", "Airlie Beach Bar", "Port Douglas Cellars",
 "Caloundra Hotel", "Redcliffe Tavern", "Logan Bottle-O", "Springwood Hotel",
 "Chatswood Cellars", "Ryde Bistro", "Hornsby Inn", "Cronulla Cellars",
 "Double Bay Wine Bar", "Darlinghurst Tavern", "Pyrmont Bridge Hotel", "Glebe Bistro",
 "Leichhardt Cellars", "Marrickville Bottle-O", "Hawthorn Hotel", "Camberwell Cellars", "Kew Bistro",
]

def shift(d):
    y, m, day = d.year, d.month + 4, d.day
    y += 9
    if m > 12:
        m -= 12; y += 1
    return datetime.date(y, m, min(day, calendar.monthrange(y, m)[1]))

def main():
    rnd = random.Random(51)
    prices = {r["product"]: r["sales_price"] for r in csv.DictReader(open(f"{SRC}/products.csv"))}
    rows = list(csv.DictReader(open(f"{SRC}/sales_pipeline.csv")))
    venue_of = {}
    def venue(acc):
        if acc not in venue_of:
            venue_of[acc] = VENUES[len(venue_of)]
        return venue_of[acc]
    deals = []
    for r in rows:
        if r["sales_agent"] not in AGENTS:
            continue
        rep, _, _, start, _ = AGENTS[r["sales_agent"]]
        prod = PRODUCTS[r["product"]]
        st = r["deal_stage"]
        if st in ("Won", "Lost"):
            d = shift(datetime.date.fromisoformat(r["close_date"]))
            if d > AS_OF:
                continue
            if start and d < datetime.date.fromisoformat(start):
                continue
            deals.append(dict(id=r["opportunity_id"], seller=rep, amount=f"{int(r['close_value'])}.00",
                              close_date=d.isoformat(), stage="won" if st == "Won" else "lost",
                              product=prod, account=venue(r["account"]) if r["account"] else "",
                              probability="", cancel_date=""))
        else:
            if rnd.random() < 0.5:
                continue
            pname = "GTX Pro" if r["product"] == "GTXPro" else r["product"]
            d = datetime.date(2026, 12, 1) + datetime.timedelta(days=rnd.randrange(0, 90))
            deals.append(dict(id=r["opportunity_id"], seller=rep, amount=f"{prices[pname]}.00",
                              close_date=d.isoformat(), stage="open", product=prod,
                              account=venue(r["account"]) if r["account"] else "",
                              probability="0.6" if st == "Engaging" else "0.25", cancel_date=""))
    # deal types from the history of won deals (all SCC reps), in close order
    deals.sort(key=lambda x: (x["close_date"], x["id"]))
    seen_acc, seen_ap = set(), set()
    for x in deals:
        a, p = x["account"], x["product"]
        if not a or a not in seen_acc:
            x["type"] = "new_outlet"
        elif (a, p) not in seen_ap:
            x["type"] = "range_extension"
        else:
            x["type"] = "reorder"
        if x["stage"] == "won" and a:
            seen_acc.add(a); seen_ap.add((a, p))
    # cancellations
    won = [x for x in deals if x["stage"] == "won" and x["close_date"] <= "2026-11-10"]
    for x in rnd.sample(won, 16):
        cd = datetime.date.fromisoformat(x["close_date"]) + datetime.timedelta(days=rnd.randrange(12, 111))
        x["stage"] = "cancelled"
        x["cancel_date"] = min(cd, AS_OF).isoformat()
    cols = ["id", "seller", "amount", "close_date", "stage", "type", "product", "account",
            "probability", "cancel_date"]
    with open(f"{OUT}/deals.csv", "w", newline="") as f:
        w = csv.DictWriter(f, cols, extrasaction="ignore")
        w.writeheader()
        for x in deals:
            w.writerow(x)
    with open(f"{OUT}/sellers.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "manager", "territory", "role", "start_date", "quota:gp"])
        for rep, mgr, terr, start, q in AGENTS.values():
            w.writerow([rep, rep, mgr, terr, "Territory Sales Rep", start, q])

if __name__ == "__main__":
    main()
