#!/usr/bin/env python3
"""Build deals.csv and sellers.csv of the twentyfifth workspace (Sierra Pour Distributors).

Source: the real Maven CRM export in /work/shared/data/maven-crm/ (sales_pipeline.csv,
products.csv). Thirteen of its agents become Sierra Pour route reps; every opportunity of
theirs becomes an order line:

- id            = opportunity_id (unchanged)
- seller        = the rep the agent stands for (AGENTS below)
- product       = the brand the CRM product stands for (BRANDS below)
- amount        = gross profit dollars: close_value x the brand's GP factor (won deals);
                  list price x GP factor for lost and open lines (the quote)
- close_date    = the CRM close date moved forward 7 years and 1 month (March 2017 ->
                  April 2024, so the CRM's March-December 2017 is FY25's April 2024 -
                  January 2025; days past a month's end are clamped)
- stage         = Won/Lost/Engaging/Prospecting -> won/lost/open/open; open lines close
                  in February 2025 (Engaging, probability 0.6) or March 2025 (Prospecting,
                  probability 0.25), on a day taken from the id
- account       = the CRM account, renamed to a bar, restaurant or grocery of the rep's
                  territory (one name per CRM account and territory)
- type          = "new" (a new placement: no won line of that brand at that account in the
                  territory before it) or "reorder"
- cancelled     = 32 won lines picked by a hash of the id become cancelled (unpaid invoice
                  or returned product); cancel date 12-160 days after close, never after the
                  as-of date 2025-01-31 (lines whose cancel date would fall later stay won)

Luz Villarreal joined on 2024-09-16: her agent's lines before that are dropped. Kayla
Brandt left on 2024-12-13: her agent's lines after that (and open lines) are dropped.
Stdlib only; deterministic.
"""
import csv
import datetime as dt
import hashlib
import os

SRC = "/work/shared/data/maven-crm"
HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2025, 1, 31)

# CRM agent -> (rep, territory, manager)
AGENTS = {
    "Darcel Schlecht": ("Dustin Kessler", "Phoenix", "Marisol Ibarra"),
    "Kary Hendrixson": ("Alex Moreno", "Phoenix", "Marisol Ibarra"),
    "Corliss Cosme": ("Gabriela Ortiz", "Phoenix", "Marisol Ibarra"),
    "Markita Hansen": ("Joanna Pruitt", "Phoenix", "Marisol Ibarra"),
    "Rosie Papadopoulos": ("Ignacio Fuentes", "Phoenix", "Marisol Ibarra"),
    "Zane Levy": ("Alex Whitfield", "Tucson", "Ray Castellanos"),
    "Maureen Marcano": ("Roberto Salcedo", "Tucson", "Ray Castellanos"),
    "Boris Faz": ("Kayla Brandt", "Tucson", "Ray Castellanos"),
    "Elease Gluck": ("Luz Villarreal", "Tucson", "Ray Castellanos"),
    "Reed Clapper": ("Tomas Apodaca", "Albuquerque", "Dana Holloway"),
    "Hayden Neloms": ("Shelby Nez", "Albuquerque", "Dana Holloway"),
    "Rosalina Dieter": ("Carmen Trujillo", "Albuquerque", "Dana Holloway"),
    "Violet Mclelland": ("Wade Garrity", "Albuquerque", "Dana Holloway"),
}

# roster extras: start / end dates and quota overrides
START = {"Luz Villarreal": "2024-09-16"}
END = {"Kayla Brandt": "2024-12-13"}
QUOTA_GP = {"Dustin Kessler": "50000.00"}  # key-accounts rep (grocery programs)

# CRM product -> (brand, GP factor)
BRANDS = {
    "MG Special": ("Fizz Hard Seltzer", "8.00"),
    "GTX Basic": ("Bandit IPA", "1.00"),
    "GTX Plus Basic": ("Mesa Lager", "0.80"),
    "MG Advanced": ("Casa Roble Tempranillo", "0.60"),
    "GTX Pro": ("Agave Sol Tequila", "0.60"),
    "GTXPro": ("Agave Sol Tequila", "0.60"),
    "GTX Plus Pro": ("Coyote Rye Whiskey", "0.55"),
    "GTK 500": ("Ibarra Cava", "0.25"),
}

FIRST = {
    "Phoenix": ["Camelback", "Saguaro", "Copper State", "Roosevelt Row", "Arcadia",
                "Desert Botanical", "Papago", "Grand Avenue", "Sonoran", "Melrose",
                "Tempe Town", "Old Town", "Biltmore", "Mesa Verde", "Piestewa"],
    "Tucson": ["Catalina", "Sabino", "Fourth Avenue", "Barrio Viejo", "Rincon",
               "Sentinel Peak", "Congress Street", "Santa Cruz", "Ocotillo", "Agua Caliente",
               "Mission", "Tanque Verde", "Saguaro East", "Presidio", "Gates Pass"],
    "Albuquerque": ["Sandia", "Rio Grande", "Nob Hill", "Old Town Plaza", "Turquoise Trail",
                    "Corrales", "Route 66", "Bosque", "Isleta", "Los Ranchos",
                    "Petroglyph", "Tramway", "Duke City", "Barelas", "Manzano"],
}
VENUE = ["Taproom", "Cantina", "Grill", "Tavern", "Market", "Bistro", "Tap House",
         "Kitchen", "Lounge", "Saloon", "Tacos y Cerveza", "Wine Bar", "Steakhouse",
         "Brewpub", "Fresh Market", "Social Club"]


def h(s):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16)


def shift(d):
    y, m, day = (int(x) for x in d.split("-"))
    m += 1
    y += 7
    if m > 12:
        m -= 12
        y += 1
    for dd in (day, 30, 29, 28):
        try:
            return dt.date(y, m, dd)
        except ValueError:
            continue


def money(x):
    from decimal import Decimal, ROUND_HALF_EVEN
    return str(Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN))


def account_names(accounts):
    out = {}
    for terr, firsts in FIRST.items():
        used = set()
        for acc in accounts:
            k = h(terr + "|" + acc)
            while True:
                name = f"{firsts[k % len(firsts)]} {VENUE[(k // 97) % len(VENUE)]}"
                if name not in used:
                    break
                k = h(str(k))
            used.add(name)
            out[(terr, acc)] = name
    return out


def main():
    from decimal import Decimal
    prices = {r["product"]: r["sales_price"] for r in csv.DictReader(open(f"{SRC}/products.csv"))}
    prices["GTXPro"] = prices["GTX Pro"]
    rows = [r for r in csv.DictReader(open(f"{SRC}/sales_pipeline.csv")) if r["sales_agent"] in AGENTS]
    accounts = sorted({r["account"] for r in rows if r["account"]})
    names = account_names(accounts)

    lines = []
    for r in rows:
        rep, terr, _ = AGENTS[r["sales_agent"]]
        brand, factor = BRANDS[r["product"]]
        stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[r["deal_stage"]]
        k = h(r["opportunity_id"])
        prob = ""
        if stage == "open":
            if r["deal_stage"] == "Engaging":
                close = dt.date(2025, 2, 1 + k % 28)
                prob = "0.6"
            else:
                close = dt.date(2025, 3, 1 + k % 31)
                prob = "0.25"
        else:
            close = shift(r["close_date"])
        if stage == "won" and r["close_value"]:
            amount = Decimal(r["close_value"]) * Decimal(factor)
        else:
            amount = Decimal(prices[r["product"]]) * Decimal(factor)
        if rep in START and close < dt.date.fromisoformat(START[rep]):
            continue
        if rep in END and (stage == "open" or close > dt.date.fromisoformat(END[rep])):
            continue
        acc_src = r["account"] or f"unnamed-{k % 40}"
        account = names.get((terr, acc_src)) or names[(terr, accounts[k % len(accounts)])]
        lines.append({
            "id": r["opportunity_id"], "seller": rep, "amount": money(amount),
            "close_date": close.isoformat(), "stage": stage, "type": "", "product": brand,
            "account": account, "name": "", "probability": prob, "cancel_date": "",
            "_terr": terr,
        })

    # deal type: new placement = the first won line of that brand at that account
    placed = set()
    for ln in sorted(lines, key=lambda x: (x["close_date"], x["id"])):
        key = (ln["_terr"], ln["account"], ln["product"])
        ln["type"] = "reorder" if key in placed else "new"
        if ln["stage"] == "won":
            placed.add(key)

    # cancellations (unpaid invoice / returned product)
    won = sorted((ln for ln in lines if ln["stage"] == "won"), key=lambda x: h("cxl" + x["id"]))
    n = 0
    for ln in won:
        if n == 32:
            break
        k = h("days" + ln["id"])
        cancel = dt.date.fromisoformat(ln["close_date"]) + dt.timedelta(days=12 + k % 149)
        if cancel > AS_OF:
            continue
        ln["stage"] = "cancelled"
        ln["cancel_date"] = cancel.isoformat()
        n += 1

    for ln in lines:
        what = "new placement" if ln["type"] == "new" else "reorder"
        ln["name"] = f"{ln['account']} - {ln['product']} {what}"

    lines.sort(key=lambda x: (x["seller"], x["close_date"], x["id"]))
    cols = ["id", "seller", "amount", "close_date", "stage", "type", "product", "account",
            "name", "probability", "cancel_date"]
    with open(os.path.join(HERE, "deals.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        w.writerows(lines)

    with open(os.path.join(HERE, "sellers.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "manager", "territory", "start_date", "end_date", "quota:gp"])
        for rep, terr, mgr in AGENTS.values():
            w.writerow([rep, mgr, terr, START.get(rep, ""), END.get(rep, ""), QUOTA_GP.get(rep, "")])


if __name__ == "__main__":
    main()
