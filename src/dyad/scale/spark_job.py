"""``dyad spark-extract``: the same ``dyad.extract`` over a corpus too big for one machine.

Pages are read where they lie (any Hadoop path: local, ``hdfs://``, ``s3a://``) as page
files, JSONL lines or WARC records, extracted per partition in the executors, and written
as Parquet tables (see ``dyad.scale.tables``). Bad pages become rows of ``errors``, never a
failed job. Duplicates (one document per name, then one per article text hash) and event
clusters are computed with DataFrame operations: nothing but counts comes back to the
driver, so the driver's memory does not bound the corpus.

Run it as ``dyad spark-extract IN OUT`` (local) or through ``spark-submit`` with
``dyad/scale/submit.py`` as the application (docs/scale.md).
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dyad.scale.sources import (
    JSONL_SUFFIXES,
    PAGE_SUFFIXES,
    WARC_SUFFIXES,
    kind_of,
    page_from_file,
    page_from_jsonl_line,
    pages_from_warc,
)
from dyad.scale.tables import SCHEMAS, TABLES, PageResult, as_tuple, process_item

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType

__all__ = [
    "JobSummary", "build_frames", "extract_frames", "main", "result_frame", "run_job", "spark_schema",
    "spark_session", "write_tables",
]

# Hadoop glob filters applied when an input is a folder (read recursively). Named files are
# taken whatever their name; in folders a page needs one of these suffixes.
def _glob(suffixes: tuple[str, ...], both_cases: bool = False) -> str:
    names = [s.lstrip(".") for s in suffixes]
    return "*.{" + ",".join(names + ([n.upper() for n in names] if both_cases else [])) + "}"


GLOBS = {
    "page": _glob(PAGE_SUFFIXES, both_cases=True),
    "jsonl": _glob(JSONL_SUFFIXES),
    "warc": _glob(WARC_SUFFIXES),
}
# A small session for tests and laptops. On inputs this small, adaptive planning, whole-stage
# code generation and the JVM's optimising compiler cost more than they save: together they
# took the Spark tests from ~110 to ~47 CPU seconds.
TEST_CONF = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.shuffle.partitions": "2",
    "spark.default.parallelism": "2",
    "spark.driver.memory": "1g",
    "spark.sql.adaptive.enabled": "false",
    "spark.sql.codegen.wholeStage": "false",
    "spark.driver.extraJavaOptions": "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
}


@dataclass(slots=True)
class JobSummary:
    """What a run wrote: row counts per table (read back from the Parquet footers)."""

    output: str
    counts: dict[str, int] = field(default_factory=dict)


def spark_session(
    master: str | None = None, app_name: str = "dyad", conf: dict[str, str] | None = None
) -> SparkSession:
    """A session: ``master`` wins, else the one spark-submit set, else ``local[*]``.

    In local mode the executors' Python is this interpreter, so they import the same dyad.
    """
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # set when spark-submit started us
    master = master or (None if submitted else "local[*]")
    if master:
        builder = builder.master(master)
        if master.startswith("local"):  # workers are forked from PYSPARK_PYTHON, default "python3"
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if os.environ.get("DYAD_SPARK_DAEMON", "1") != "0":  # warm workers (dyad.scale.daemon); 0 turns it off
        builder = builder.config("spark.python.daemon.module", "dyad.scale.daemon")
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


_SPARK_TYPES = {
    "string": "StringType", "int": "IntegerType", "long": "LongType", "double": "DoubleType",
    "boolean": "BooleanType", "binary": "BinaryType",
}


def spark_schema(table: str) -> StructType:
    """The declared schema of a table, as a Spark StructType."""
    from pyspark.sql import types as T

    def typ(name: str) -> Any:
        if name.startswith("array<"):
            return T.ArrayType(typ(name[6:-1]), containsNull=True)
        return getattr(T, _SPARK_TYPES[name])()

    return T.StructType([T.StructField(n, typ(t), nullable=True) for n, t in SCHEMAS[table]])


def _result_schema() -> StructType:
    from pyspark.sql import types as T

    return T.StructType([
        T.StructField("document", spark_schema("documents")),
        T.StructField("actors", T.ArrayType(spark_schema("actors"))),
        T.StructField("events", T.ArrayType(spark_schema("events"))),
        T.StructField("participants", T.ArrayType(spark_schema("participants"))),
        T.StructField("prepared", spark_schema("prepared")),
        T.StructField("error", spark_schema("errors")),
    ])


def result_frame(spark: SparkSession, results: Iterable[PageResult]) -> DataFrame:
    """Results made on the driver as a DataFrame (tests, and small inputs built elsewhere)."""
    return spark.createDataFrame([_as_row(r) for r in results], schema=_result_schema())


def _as_row(r: PageResult) -> tuple[Any, ...]:
    return (
        as_tuple("documents", r.document),
        [as_tuple("actors", a) for a in r.actors],
        [as_tuple("events", e) for e in r.events],
        [as_tuple("participants", p) for p in r.participants],
        as_tuple("prepared", r.prepared),
        as_tuple("errors", r.error),
    )


def file_partition(rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """Executor side: ``(path, content)`` rows of page files -> result rows."""
    for row in rows:
        yield _as_row(process_item(page_from_file(row[0], bytes(row[1]))))


def warc_partition(rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """Executor side: ``(path, content)`` rows of WARC files -> one result row per record."""
    for row in rows:
        for item in pages_from_warc(io.BytesIO(bytes(row[1])), row[0]):
            yield _as_row(process_item(item))


def jsonl_partition(rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """Executor side: ``(line, file_path)`` rows of JSONL files -> result rows."""
    for row in rows:
        item = page_from_jsonl_line(row[0], row[1])
        if item is not None:
            yield _as_row(process_item(item))


def _is_folder(path: str) -> bool:
    """Local paths are asked; remote ones are folders unless their last part names a file."""
    scheme = path.split("://", 1)[0] if "://" in path else ""
    if scheme in ("", "file"):
        return os.path.isdir(path[len("file://") :] if scheme else path)
    return path.endswith("/") or kind_of(path) is None or "." not in path.rstrip("/").rsplit("/", 1)[-1]


def _plan_inputs(inputs: list[str]) -> tuple[dict[str, list[str]], list[str]]:
    files: dict[str, list[str]] = {"page": [], "jsonl": [], "warc": []}
    folders: list[str] = []
    for path in inputs:
        if _is_folder(path):
            folders.append(path)
        else:
            files[kind_of(path) or "page"].append(path)
    return files, folders


def _read(spark: SparkSession, kind: str, paths: list[str], folder: bool) -> DataFrame:
    fmt = "text" if kind == "jsonl" else "binaryFile"
    reader = spark.read.format(fmt)
    if folder:
        reader = reader.option("recursiveFileLookup", "true").option("pathGlobFilter", GLOBS[kind])
    df = reader.load(paths)
    if kind == "jsonl":
        return df.select("value", df["_metadata.file_path"].alias("path"))
    return df.select("path", "content")


def extract_frames(spark: SparkSession, inputs: list[str], partitions: int | None = None) -> DataFrame:
    """One row per input item: (document, actors, events, participants, error) structs."""
    files, folders = _plan_inputs(inputs)
    handlers = {"page": file_partition, "jsonl": jsonl_partition, "warc": warc_partition}
    rdds = []
    for kind, handler in handlers.items():
        sources = [(files[kind], False)] if files[kind] else []
        sources += [(folders, True)] if folders else []
        for paths, folder in sources:
            df = _read(spark, kind, paths, folder)
            if partitions:
                df = df.repartition(partitions)
            rdds.append(df.rdd.mapPartitions(handler))
    if not rdds:
        raise ValueError(f"no input found in {inputs}")
    rdd = rdds[0] if len(rdds) == 1 else spark.sparkContext.union(rdds)
    return spark.createDataFrame(rdd, schema=_result_schema(), verifySchema=False)


def _ordered(df: DataFrame, table: str) -> DataFrame:
    return df.select(*[name for name, _ in SCHEMAS[table]])


def build_frames(results: DataFrame) -> dict[str, DataFrame]:
    """Dedup documents, keep their children, cluster events: the tables, still lazy."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    from dyad.scale.clustering import cluster_events_spark

    docs = results.where(F.col("document").isNotNull()).select("document.*")
    fetched = F.when(F.col("fetched_at") == "", None).otherwise(F.col("fetched_at"))
    by_name = Window.partitionBy("doc").orderBy(fetched.desc_nulls_last(), "source", "content_hash")
    ranked = docs.withColumn("_r", F.row_number().over(by_name))
    named = ranked.where("_r = 1").drop("_r")
    same_name = ranked.where("_r > 1").select("doc", "source", F.col("doc").alias("kept_doc"),
                                              F.lit("same-name").alias("why"), "content_hash")
    by_hash = Window.partitionBy("text_hash").orderBy("doc")
    ranked = named.withColumn("_r", F.row_number().over(by_hash))
    ranked = ranked.withColumn("kept_doc", F.first("doc").over(by_hash))
    kept = ranked.where("_r = 1").drop("_r", "kept_doc")
    same_content = ranked.where("_r > 1").select(
        "doc", "source", "kept_doc", F.lit("same-content").alias("why"), "content_hash")
    keys = kept.select("doc_key").localCheckpoint()  # the dedup ranking, computed once for all tables

    def children(column: str) -> DataFrame:
        return results.select(F.explode(column).alias("c")).select("c.*").join(keys, "doc_key", "left_semi")

    events = children("events")
    participants = children("participants")
    clusters = cluster_events_spark(events, participants)
    events = events.drop("cluster_id").join(clusters, "event_uid", "left")
    return {
        "documents": _ordered(kept, "documents"),
        "actors": _ordered(children("actors"), "actors"),
        "events": _ordered(events, "events"),
        "participants": _ordered(participants, "participants"),
        "errors": _ordered(results.where(F.col("error").isNotNull()).select("error.*"), "errors"),
        "duplicates": _ordered(same_name.unionByName(same_content), "duplicates"),
        "prepared": _ordered(
            results.where(F.col("prepared").isNotNull()).select("prepared.*")
            .join(keys, "doc_key", "left_semi"), "prepared"),
    }


def write_tables(spark: SparkSession, frames: dict[str, DataFrame], output: str) -> JobSummary:
    """Write every table as Parquet under ``output`` (overwriting); events by month."""
    from pyspark.sql import Observation
    from pyspark.sql import functions as F

    out = output.rstrip("/")
    summary = JobSummary(output=out)
    for table in TABLES:
        seen = Observation(table)  # counted while writing: no second pass over the output
        frame = frames[table].observe(seen, F.count(F.lit(1)).alias("rows"))
        if table == "events":
            frame.repartition("event_month").write.mode("overwrite").partitionBy("event_month").parquet(
                f"{out}/events")
        else:
            frame.write.mode("overwrite").parquet(f"{out}/{table}")
        summary.counts[table] = int(seen.get.get("rows", 0))
    return summary


def run_job(spark: SparkSession, inputs: list[str], output: str, partitions: int | None = None) -> JobSummary:
    """Extract ``inputs`` and write every table under ``output``.

    The extraction results are persisted once: every table derives from them, and without
    the cache each table would run ``dyad.extract`` over the corpus again.
    """
    from pyspark import StorageLevel

    results = extract_frames(spark, inputs, partitions).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        return write_tables(spark, build_frames(results), output)
    finally:
        results.unpersist()


def main(argv: list[str] | None = None) -> None:
    """``spark-submit .../dyad/scale/submit.py INPUT OUTPUT [--partitions N]``."""
    import argparse
    import json

    parser = argparse.ArgumentParser(prog="dyad-spark", description="Extract a corpus into Parquet tables.")
    parser.add_argument("input", nargs="+", help="page files, JSONL, WARC or folders (any Hadoop path)")
    parser.add_argument("output", help="output folder (Hadoop path) for the Parquet tables")
    parser.add_argument("--master", default=None)
    parser.add_argument("--partitions", type=int, default=None)
    args = parser.parse_args(argv)
    spark = spark_session(args.master)
    spark.sparkContext.setLogLevel("WARN")
    summary = run_job(spark, args.input, args.output, args.partitions)
    print(json.dumps({"output": summary.output, **summary.counts}))


if __name__ == "__main__":
    main()
