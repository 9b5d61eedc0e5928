#!/usr/bin/env python3
"""Build deals.csv and sellers.csv for the nineteenth workspace from the Maven CRM export.

Deterministic: the only randomness (which won deals were later cancelled, and when) uses a
fixed seed. Standard library only.

    python3 gen_deals.py [CRM_DIR]      (default /work/shared/data/maven-crm)

What it does
- Every opportunity becomes one credit line: id = opportunity_id, seller = sales_agent (the
  agent's full name as the CRM spells it), product as the price list spells it ("GTXPro" ->
  "GTX Pro"), account as exported.
- Stage: Won -> won, Lost -> lost, Engaging / Prospecting -> open.
- Amount: a won deal's close_value; a lost or open opportunity has no value in the export
  (0 or empty), so it carries its product's list price (the value that was at stake).
- Dates: MavenTech's fiscal year runs 1 October - 30 September. The export's dates are
  moved forward by seven calendar months (2017-03-01 -> 2017-10-01, 2017-12-31 ->
  2018-07-31; a day past the end of the new month becomes its last day, so 29-31 July
  2017 become 28 February 2018). Won deals therefore close between 1 October 2017 and
  31 July 2018, inside FY2018 (1 October 2017 - 30 September 2018).
- Open opportunities have no close date in the export: Engaging ones are forecast to
  close on 2018-08-31 with probability 0.6, Prospecting ones on 2018-09-28 with 0.25.
- Deal type: "new" = the agent's first win at that account (a new account for the rep);
  "repeat" = the agent had already won that account before (earlier close date, then id).
  A lost or open opportunity is "repeat" when the agent had won the account before its
  close date (open: at any time), else "new"; an open one with no account is "new".
- Cancellations: 40 won deals (seeded choice, seed 1019) are marked cancelled, with a
  cancel date 12 to 170 days after the close date, never after 2018-09-30.
- sellers.csv: all 35 agents with manager and regional office; target incentive and
  hardware-quota overrides for three agents; five joiners (the agents with no opportunity
  in the export) and one leaver.
"""

import csv
import datetime as dt
import os
import random
import sys

CRM = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/maven-crm"
OUT = os.path.dirname(os.path.abspath(__file__))
SHIFT_MONTHS = 7
PLAN_END = dt.date(2018, 9, 30)
SEED = 1019
N_CANCELLED = 40

PRODUCT_FIX = {"GTXPro": "GTX Pro"}


def shift(d: dt.date) -> dt.date:
    m = d.month - 1 + SHIFT_MONTHS
    y = d.year + m // 12
    m = m % 12 + 1
    # last day of the target month
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    last = (nxt - dt.timedelta(days=1)).day
    return dt.date(y, m, min(d.day, last))


def read(name):
    with open(os.path.join(CRM, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    prices = {r["product"]: r["sales_price"] for r in read("products.csv")}
    teams = read("sales_teams.csv")
    opps = read("sales_pipeline.csv")

    for o in opps:
        o["product"] = PRODUCT_FIX.get(o["product"], o["product"])
        o["_close"] = dt.date.fromisoformat(o["close_date"]) if o["close_date"] else None

    # first win of each (agent, account), by close date then id
    won = sorted(
        (o for o in opps if o["deal_stage"] == "Won"),
        key=lambda o: (o["_close"], o["opportunity_id"]),
    )
    first_win = {}
    for o in won:
        first_win.setdefault((o["sales_agent"], o["account"]), o)

    def deal_type(o):
        key = (o["sales_agent"], o["account"])
        if not o["account"] or key not in first_win:
            return "new"
        fw = first_win[key]
        if o["deal_stage"] == "Won":
            return "new" if fw is o else "repeat"
        if o["_close"] is None:  # open
            return "repeat"
        return "repeat" if fw["_close"] < o["_close"] else "new"

    rng = random.Random(SEED)
    cancelled = {}
    for o in rng.sample(won, N_CANCELLED):
        close = shift(o["_close"])
        cdate = min(close + dt.timedelta(days=rng.randint(12, 170)), PLAN_END)
        cancelled[o["opportunity_id"]] = cdate

    rows = []
    for o in opps:
        stage = {"Won": "won", "Lost": "lost", "Engaging": "open", "Prospecting": "open"}[
            o["deal_stage"]
        ]
        row = {
            "id": o["opportunity_id"],
            "seller": o["sales_agent"],
            "account": o["account"],
            "product": o["product"],
            "type": deal_type(o),
            "stage": stage,
            "amount": "",
            "close_date": "",
            "cancel_date": "",
            "probability": "",
        }
        if stage == "won":
            row["amount"] = f"{int(o['close_value'])}.00"
            row["close_date"] = shift(o["_close"]).isoformat()
            if o["opportunity_id"] in cancelled:
                row["stage"] = "cancelled"
                row["cancel_date"] = cancelled[o["opportunity_id"]].isoformat()
        elif stage == "lost":
            row["amount"] = f"{int(prices[o['product']])}.00"
            row["close_date"] = shift(o["_close"]).isoformat()
        else:
            row["amount"] = f"{int(prices[o['product']])}.00"
            if o["deal_stage"] == "Engaging":
                row["close_date"], row["probability"] = "2018-08-31", "0.6"
            else:
                row["close_date"], row["probability"] = "2018-09-28", "0.25"
        rows.append(row)

    fields = ["id", "seller", "account", "product", "type", "stage", "amount",
              "close_date", "cancel_date", "probability"]
    with open(os.path.join(OUT, "deals.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)

    # ---- roster
    joiners = {
        "Mei-Mei Johns": "2018-01-08",
        "Carol Thompson": "2018-01-08",
        "Elizabeth Anderson": "2018-04-16",
        "Natalya Ivanova": "2018-04-16",
        "Carl Lin": "2018-04-16",
    }
    leavers = {"Garret Kinder": "2018-04-20"}
    hw_quota = {
        "Darcel Schlecht": "450000.00",
        "Kary Hendrixson": "340000.00",
        "Violet Mclelland": "170000.00",
    }
    ti = {"Darcel Schlecht": "36000.00", "Kary Hendrixson": "36000.00"}
    sfields = ["id", "manager", "region", "start_date", "end_date", "target_incentive",
               "quota:hardware"]
    with open(os.path.join(OUT, "sellers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=sfields, lineterminator="\n")
        w.writeheader()
        for t in teams:
            a = t["sales_agent"]
            w.writerow({
                "id": a,
                "manager": t["manager"],
                "region": t["regional_office"],
                "start_date": joiners.get(a, ""),
                "end_date": leavers.get(a, ""),
                "target_incentive": ti.get(a, ""),
                "quota:hardware": hw_quota.get(a, ""),
            })


if __name__ == "__main__":
    main()
