"""Evaluate communes per partition on Dask: a pyarrow batch in, a pyarrow batch out.

`evaluate_many` is a pure function of one table, so a cluster runs it on each partition
as it is; nothing in ntm_rules is distributed. Every partition must be evaluated against
the same rulebook: name it (here the 2021–2025 set) rather than letting each partition
take the one in force for its first row. The result is checked against one call on the
whole table. On Spark the same function goes in `mapInArrow` (see docs/batch.md).

Needs the `batch` extra and dask[dataframe]: pip install 'ntm-rules[batch,dask]'.
"""

import dask.dataframe as dd
import pandas as pd  # type: ignore[import-untyped]
import pyarrow as pa  # type: ignore[import-untyped]

from ntm_rules.batch import evaluate_many

RULEBOOK = "2021-2025"


def evaluate_partition(frame: pd.DataFrame) -> pd.DataFrame:
    """One partition of communes in, their per-commune results out."""
    table = pa.Table.from_pandas(frame, preserve_index=False)
    communes = evaluate_many(table, RULEBOOK).communes_table(dictionary=False)
    return communes.drop_columns(["row"]).to_pandas()  # rows are counted per partition


def communes(count: int) -> pd.DataFrame:
    """A made-up province: `count` communes whose figures vary around the thresholds."""
    return pd.DataFrame(
        {
            "commune": [f"Xã {n}" for n in range(count)],
            "province": ["Lai Châu" if n % 3 else "Điện Biên" for n in range(count)],
            "region": "TDMNPB",
            "year": 2025,
            "1.1": ["Đạt" if n % 4 else "Chưa đạt" for n in range(count)],
            "3.1": [f"{380 + n % 70}/450" for n in range(count)],
            "10": [f"{30 + n % 15},5 triệu đồng/người/năm" for n in range(count)],
            "11": [f"{n % 12},2 %" for n in range(count)],
            "17.8": [60 + n % 30 for n in range(count)],
        }
    )


def main() -> None:
    """Evaluate 2,000 communes on four partitions and compare with one call."""
    frame = communes(2000)
    partitions = dd.from_pandas(frame, npartitions=4)  # type: ignore[no-untyped-call]
    meta = evaluate_partition(frame.head(2)).iloc[:0]
    on_dask = partitions.map_partitions(evaluate_partition, meta=meta).compute()
    at_once = evaluate_partition(frame)
    pd.testing.assert_frame_equal(on_dask.reset_index(drop=True), at_once)
    print(f"{len(on_dask)} communes evaluated on {partitions.npartitions} partitions")
    print(on_dask["verdict"].value_counts().to_string())


if __name__ == "__main__":
    main()
