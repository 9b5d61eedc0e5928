#!/usr/bin/env python3
"""Builds deals.csv and sellers.csv for the twohundredeighteenth workspace (Kamome Denshi, an
invented Osaka-owned electronic-components distributor, and the sales office it runs for
Singapore and Seoul; plan year 1 April 2026 - 31 March 2027 (the Japanese fiscal year), USD,
MONTHLY payouts) from the real Maven CRM export in /work/shared/data/maven-crm/.
Standard library only; deterministic (every choice is an md5 hash of the opportunity id, or the
order of the export; no clock, no random stream). Run: python3 gen_deals.py

- 17 Maven agents are re-cast as Kamome account managers (AGENTS below): 7 in Singapore, 10 in
  Seoul (two desks). Two thirds of each agent's opportunities are kept (md5(id) mod 3 != 0),
  except that every GTK 500 opportunity is kept (they become DC-DC Power Module design-wins).
- Dates: every Maven date moves forward by the same number of days, so 1 March 2017 becomes
  1 April 2026 and 31 December 2017 becomes 31 January 2027. AS OF = 2026-11-20. A Won
  opportunity that now closes after it becomes an open quotation (probability 0.6); a Lost one
  dated after it becomes an open quotation (probability 0.25). Engaging opportunities are open
  (probability 0.5) expected to close 1 November 2026 + (hash mod 80) days (some overdue at the
  as-of date); Prospecting ones (probability 0.2) 1 December 2026 + (hash mod 110) days.
- Amounts in USD, whole dollars: close value x the product's factor (won); lost and open
  quotations carry the product's list price x the factor.
    MG Special     -> Chip Resistor             x 40   (catalogue)
    GTX Basic      -> FPC Connector             x 8    (catalogue)
    GTX Plus Basic -> MLCC Capacitor            x 7    (catalogue)
    GTX Plus Pro   -> Board-to-Board Connector  x 4    (catalogue)
    MG Advanced    -> Sensor Module             x 6    (design-win)
    GTX Pro        -> Power Management IC       x 5    (design-win)
    GTK 500        -> DC-DC Power Module        x 4    (design-win)
- Accounts (contract manufacturers): Singapore account managers' opportunities go to one of 14
  invented South-East Asian EMS plants, the Seoul Mobile & Display desk's to one of 12 Korean
  mobile / display CMs, the Seoul Automotive & Industrial desk's to one of 12 automotive /
  industrial CMs (Maven account index mod the list's length; no account: by hash).
- Type: a deal whose (account, product) the account manager had already won earlier is
  "reorder" three times in five (by hash; the other times a new part number at a plant already
  buying the family); otherwise "conversion" when hash mod 4 = 0 (a socket taken from another
  supplier's part), else "new" (a new design-in). Lost and open quotations alike.
- Splits (plan.md 3.5): a won or cancelled DC-DC Power Module deal of a Singapore account
  manager other than Takeshi Morimoto is two lines with the same id, 70% to the account manager
  and 30% to Takeshi Morimoto (Power Solutions Lead). A won or cancelled deal of the Seoul
  Mobile & Display desk at one of the two Vietnam plants of Korean CMs (Hanbit EMS Vietnam,
  Daesung Electronics Vina) is two lines, 50% / 50% with Daisuke Ishikawa (Singapore, covers
  Vietnam): the "cross-border" deals.
- Cancellations ("torikeshi"): a won deal closed on or before 2026-11-10 with hash mod 22 = 0
  is cancelled, cancel_date = close + 6 + (hash mod 130) days, at the latest the as-of date
  (plan.md section 11: only cancellations within 90 days of close are clawed back).
- Roster: Takeshi Morimoto carries his own monthly Catalogue quota (USD 75,000 every month) and
  quarterly Design-Win quota (USD 550,000 every quarter). Ryota Sakamoto joined on 2026-08-17
  (his deals before that date are dropped). Tae-yang Yoon left on 2026-10-30 (his deals after
  that date are dropped).
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 20)
SHIFT = dt.date(2026, 4, 1) - dt.date(2017, 3, 1)
CANCEL_BY = dt.date(2026, 11, 10)

AGENTS = {
    "Darcel Schlecht": "Takeshi Morimoto",
    "Vicki Laflamme": "Yuki Hasegawa",
    "Kary Hendrixson": "Kenji Arakawa",
    "Cassey Cress": "Haruka Ueda",
    "Zane Levy": "Daisuke Ishikawa",
    "Corliss Cosme": "Wei Ling Tan",
    "Garret Kinder": "Ryota Sakamoto",
    "Anna Snelling": "Ji-hoon Park",
    "Kami Bicknell": "Ji-hoon Seo",
    "Versie Hillebrand": "Soo-jin Lee",
    "Markita Hansen": "Min-jae Choi",
    "Jonathan Berthelot": "Hye-won Jung",
    "Maureen Marcano": "Eun-ji Han",
    "Reed Clapper": "Tae-yang Yoon",
    "Gladys Colclough": "Yuna Shin",
    "Boris Faz": "Joon-young Oh",
    "Rosalina Dieter": "Sung-min Kang",
}
SG, SEOUL_MD, SEOUL_AI = "SG", "MD", "AI"
ROSTER = [
    # id, manager, territory, desk, role, start_date, end_date, quota:catalogue, quota:designwin
    ("Takeshi Morimoto", "Hiroshi Nakagawa", "Singapore", SG, "Power Solutions Lead", "", "", "75000.00", "550000.00"),
    ("Yuki Hasegawa", "Hiroshi Nakagawa", "Singapore", SG, "Account Manager", "", "", "", ""),
    ("Kenji Arakawa", "Hiroshi Nakagawa", "Singapore", SG, "Account Manager", "", "", "", ""),
    ("Haruka Ueda", "Hiroshi Nakagawa", "Singapore", SG, "Account Manager", "", "", "", ""),
    ("Daisuke Ishikawa", "Hiroshi Nakagawa", "Singapore", SG, "Account Manager (Vietnam)", "", "", "", ""),
    ("Wei Ling Tan", "Hiroshi Nakagawa", "Singapore", SG, "Account Manager", "", "", "", ""),
    ("Ryota Sakamoto", "Hiroshi Nakagawa", "Singapore", SG, "Account Manager", "2026-08-17", "", "", ""),
    ("Ji-hoon Park", "Dong-hyun Kim", "Seoul", SEOUL_MD, "Account Manager", "", "", "", ""),
    ("Ji-hoon Seo", "Dong-hyun Kim", "Seoul", SEOUL_MD, "Account Manager", "", "", "", ""),
    ("Soo-jin Lee", "Dong-hyun Kim", "Seoul", SEOUL_MD, "Account Manager", "", "", "", ""),
    ("Min-jae Choi", "Dong-hyun Kim", "Seoul", SEOUL_MD, "Account Manager", "", "", "", ""),
    ("Hye-won Jung", "Dong-hyun Kim", "Seoul", SEOUL_MD, "Account Manager", "", "", "", ""),
    ("Eun-ji Han", "Kazuo Fujimura", "Seoul", SEOUL_AI, "Account Manager", "", "", "", ""),
    ("Tae-yang Yoon", "Kazuo Fujimura", "Seoul", SEOUL_AI, "Account Manager", "", "2026-10-30", "", ""),
    ("Yuna Shin", "Kazuo Fujimura", "Seoul", SEOUL_AI, "Account Manager", "", "", "", ""),
    ("Joon-young Oh", "Kazuo Fujimura", "Seoul", SEOUL_AI, "Account Manager", "", "", "", ""),
    ("Sung-min Kang", "Kazuo Fujimura", "Seoul", SEOUL_AI, "Account Manager", "", "", "", ""),
]
DESK = {r[0]: r[3] for r in ROSTER}
START = {r[0]: r[5] for r in ROSTER}
END = {r[0]: r[6] for r in ROSTER}
PRODUCT = {
    "MG Special": ("Chip Resistor", 40),
    "GTX Basic": ("FPC Connector", 8),
    "GTX Plus Basic": ("MLCC Capacitor", 7),
    "GTX Plus Pro": ("Board-to-Board Connector", 4),
    "MG Advanced": ("Sensor Module", 6),
    "GTX Pro": ("Power Management IC", 5),
    "GTXPro": ("Power Management IC", 5),
    "GTK 500": ("DC-DC Power Module", 4),
}
ACCOUNTS = {
    SG: [
        "Tampines Precision EMS", "Jurong Circuit Assembly", "Batam Electronics Manufacturing",
        "Penang Board Works", "Senai Smart Assembly", "Kulim SMT Services",
        "Cebu Interconnect Corp", "Binh Duong EMS", "Rayong Electronics Assembly",
        "Johor Box Build", "Laguna Tech Manufacturing", "Bac Ninh Circuits",
        "Woodlands Medical EMS", "Chonburi Power Assembly",
    ],
    SEOUL_MD: [
        "Gumi Display Assembly", "Suwon Mobile EMS", "Cheonan Module Works",
        "Hanbit EMS Vietnam", "Paju Panel Tech", "Ansan Circuit Co",
        "Daesung Electronics Vina", "Osan Camera Module", "Incheon SMT",
        "Asan Flex Assembly", "Yongin Wearable Works", "Pangyo Smart Devices",
    ],
    SEOUL_AI: [
        "Pyeongtaek Auto Electronics", "Changwon Power Systems", "Ulsan Mobility EMS",
        "Hwaseong Battery Tech", "Gwangju Inverter Works", "Daegu Motor Control",
        "Siheung Industrial Boards", "Gimhae Robotics Assembly", "Cheongju Charger Tech",
        "Iksan Factory Automation", "Ochang EV Parts", "Busan Marine Electronics",
    ],
}
CROSS_BORDER = {"Hanbit EMS Vietnam", "Daesung Electronics Vina"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def read(name):
    with open(os.path.join(SRC, name), newline="") as f:
        return list(csv.DictReader(f))


price = {r["product"]: int(r["sales_price"]) for r in read("products.csv")}
price["GTXPro"] = price["GTX Pro"]
maven_accounts = sorted(r["account"] for r in read("accounts.csv"))
IDX = {a: i for i, a in enumerate(maven_accounts)}

staged = []
for r in read("sales_pipeline.csv"):
    oid = r["opportunity_id"]
    agent = r["sales_agent"]
    if agent not in AGENTS:
        continue
    if h(oid) % 3 == 0 and r["product"] != "GTK 500":
        continue
    x = h(oid) // 3
    seller = AGENTS[agent]
    product, factor = PRODUCT[r["product"]]
    names = ACCOUNTS[DESK[seller]]
    idx = IDX[r["account"]] if r["account"] else x % 97
    account = names[idx % len(names)]
    stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
    prob, cancel = "", ""
    if stage == "open":
        if r["deal_stage"] == "Engaging":
            close = dt.date(2026, 11, 1) + dt.timedelta(days=x % 80)
            prob = "0.5"
        else:
            close = dt.date(2026, 12, 1) + dt.timedelta(days=x % 110)
            prob = "0.2"
        amount = round(price[r["product"]] * factor)
    else:
        close = dt.date.fromisoformat(r["close_date"]) + SHIFT
        base = int(r["close_value"]) if stage == "won" else price[r["product"]]
        amount = round(base * factor)
        if close > AS_OF:
            prob = "0.6" if stage == "won" else "0.25"
            stage = "open"
    if START[seller] and close < dt.date.fromisoformat(START[seller]):
        continue
    if END[seller] and close > dt.date.fromisoformat(END[seller]):
        continue
    if stage == "won" and close <= CANCEL_BY and (x // 7) % 22 == 0:
        stage = "cancelled"
        cancel = min(close + dt.timedelta(days=6 + (x // 11) % 130), AS_OF).isoformat()
    staged.append(dict(id=oid, seller=seller, account=account, product=product,
                       amount=f"{amount}.00", close=close, stage=stage, prob=prob,
                       cancel=cancel, x=x))

# deal types: reorder when the same (account, product) was won earlier by the same seller
staged.sort(key=lambda d: (d["seller"], d["close"], d["id"]))
won_before = {}
for d in staged:
    key = (d["seller"], d["account"], d["product"])
    first = won_before.get(key)
    if first is not None and first < d["close"] and (d["x"] // 17) % 5 < 3:
        typ = "reorder"
    elif (d["x"] // 5) % 4 == 0:
        typ = "conversion"
    else:
        typ = "new"
    d["type"] = typ
    if d["stage"] in ("won", "cancelled") and first is None:
        won_before[key] = d["close"]

rows = []
for d in staged:
    line = dict(id=d["id"], seller=d["seller"], account=d["account"],
                name=f"{d['account']} {d['product']}", type=d["type"], product=d["product"],
                amount=d["amount"], close_date=d["close"].isoformat(), stage=d["stage"],
                split="1", probability=d["prob"], cancel_date=d["cancel"], currency="USD")
    partner = None
    credited = d["stage"] in ("won", "cancelled")
    if (credited and d["product"] == "DC-DC Power Module" and DESK[d["seller"]] == SG
            and d["seller"] != "Takeshi Morimoto"):
        partner, share = "Takeshi Morimoto", ("0.7", "0.3")
    elif credited and d["account"] in CROSS_BORDER:
        partner, share = "Daisuke Ishikawa", ("0.5", "0.5")
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

DESK_NAME = {SG: "Singapore", SEOUL_MD: "Seoul Mobile & Display", SEOUL_AI: "Seoul Automotive & Industrial"}
with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "manager", "territory", "desk", "role", "start_date", "end_date",
                "quota:catalogue", "quota:designwin"])
    for sid, mgr, terr, desk, role, start, end, qc, qd in ROSTER:
        w.writerow([sid, sid, mgr, terr, DESK_NAME[desk], role, start, end, qc, qd])
print(len(rows), "deal lines;",
      {s: sum(1 for x in rows if x["stage"] == s) for s in ("won", "lost", "open", "cancelled")})
