"""An analyst's float script: one marginal-tier commission measure with quarterly payouts.

The yardstick of issue 15: what a competent analyst would write with Python polars
(float64, no exactness) for the lean benchmark plan (`plansight_plan::synthetic::lean`):
annual quota 1,200,000, tiers 0/50/100/150% at 3/5/8/12%, plan year from 2026-02-01,
payouts per quarter. Usage: analyst.py DEALS.csv SELLERS.csv
"""
import sys
import polars as pl

QUOTA = 1_200_000.0
BANDS = [(0.0, 0.5, 0.03), (0.5, 1.0, 0.05), (1.0, 1.5, 0.08), (1.5, float("inf"), 0.12)]


def earned(cum: pl.Expr) -> pl.Expr:
    att = cum / QUOTA
    total = pl.lit(0.0)
    for lo, hi, rate in BANDS:
        total = total + (pl.min_horizontal(att, pl.lit(hi)) - lo).clip(lower_bound=0.0) * QUOTA * rate
    return total


deals = pl.scan_csv(sys.argv[1], try_parse_dates=True)
sellers = pl.scan_csv(sys.argv[2]).select("id")
out = (
    deals.filter(pl.col("stage") == "won")
    .join(sellers, left_on="seller", right_on="id", how="semi")
    .filter((pl.col("close_date") >= pl.date(2026, 2, 1)) & (pl.col("close_date") <= pl.date(2027, 1, 31)))
    .sort(["seller", "close_date", "id"])
    .with_columns(cum=pl.col("amount").cum_sum().over("seller"))
    .with_columns(quarter=((pl.col("close_date").dt.month() + 10) % 12) // 3)
    .group_by(["seller", "quarter"])
    .agg(cum=pl.col("cum").last())
    .sort(["seller", "quarter"])
    .with_columns(e=earned(pl.col("cum")))
    .with_columns(paid=pl.col("e") - pl.col("e").shift(1, fill_value=0.0).over("seller"))
    .group_by("seller")
    .agg(total=pl.col("paid").sum())
    .collect()
)
print(f"{out.height} sellers, total payout {out['total'].sum():,.2f}")
