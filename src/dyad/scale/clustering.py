"""Events reported more than once become one cluster: same type, a shared name, overlapping dates.

The agency reports one meeting in the main article, in teasers under other articles and
again the next day; each report is an event row, and ``cluster_id`` says which rows are one
happening. Two events are linked when they have the same PLOVER type, share a participant
name (compared without spaces and ``·``, as the scorer does) and their date intervals
overlap; a cluster is a connected component of those links, named after its smallest
``event_uid``. Events without a day-resolved interval, or spanning more than
``MAX_SPAN_DAYS``, stay alone: "2024-2028" overlaps everything and would glue unrelated news.

The names an event links by are its people and bodies; its countries only when it names
nothing else. 越南 takes part in most events of a week, and links through it alone would
chain every meeting of a summit week into one cluster.

The same rule is written twice: ``cluster_events`` (plain Python, the reference, fine for
thousands) and ``cluster_events_spark`` (DataFrame joins and an iterative min-label
propagation with pointer jumping, nothing collected to the driver). Tests hold them equal.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

__all__ = ["MAX_SPAN_DAYS", "cluster_events", "cluster_events_spark", "cluster_id", "link_names", "norm_name"]

MAX_SPAN_DAYS = 31
MAX_ROUNDS = 64  # pointer jumping needs ~log2(component diameter) rounds; news clusters are shallow
# Written without \s so Python's re and Java's regex strip exactly the same characters.
NAME_STRIP = "[ \t\r\n\f\u00a0\u2002\u2003\u2009\u3000·・•‧]"
ISO_DAY = r"^\d{4}-\d{2}-\d{2}"
_NAME_STRIP = re.compile(NAME_STRIP)
_ISO_DAY = re.compile(ISO_DAY)
_EPOCH = date(1970, 1, 1).toordinal()


def norm_name(name: str | None) -> str:
    """A name as the scorer compares names: without spaces and ``·``."""
    return _NAME_STRIP.sub("", name or "")


def cluster_id(label: str) -> str:
    """A short stable id for the cluster whose smallest event_uid is ``label``."""
    return "c" + hashlib.sha1(label.encode("utf-8")).hexdigest()[:16]


def _day(value: Any) -> int | None:
    if not isinstance(value, str) or not _ISO_DAY.match(value):
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal() - _EPOCH
    except ValueError:
        return None


def _interval(event: dict[str, Any]) -> tuple[int, int] | None:
    start = _day(event.get("date_start"))
    if start is None:
        return None
    end = _day(event.get("date_end")) if event.get("date_end") else start
    if end is None or end < start or end - start > MAX_SPAN_DAYS:
        return None
    return start, end


def link_names(participants: Iterable[dict[str, Any]]) -> dict[str, set[str]]:
    """``event_uid -> names`` an event links by: people and bodies, else its countries."""
    others: dict[str, set[str]] = defaultdict(set)
    countries: dict[str, set[str]] = defaultdict(set)
    for p in participants:
        n = norm_name(p.get("name"))
        if n:
            (countries if p.get("kind") == "country" else others)[p["event_uid"]].add(n)
    return {uid: others.get(uid) or countries[uid] for uid in {*others, *countries}}


def cluster_events(
    events: Iterable[dict[str, Any]], participants: Iterable[dict[str, Any]]
) -> dict[str, str]:
    """``event_uid -> cluster_id`` for every event (union-find over blocked candidate pairs)."""
    events = list(events)
    names = link_names(participants)
    parent = {e["event_uid"]: e["event_uid"] for e in events}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    blocks: dict[tuple[str, str, int], list[tuple[str, int, int]]] = defaultdict(list)
    for e in events:
        span = _interval(e)
        if span is None or not e.get("type"):
            continue
        for n in names.get(e["event_uid"], ()):
            for week in range(span[0] // 7, span[1] // 7 + 1):
                blocks[(e["type"], n, week)].append((e["event_uid"], *span))
    for members in blocks.values():
        for i, (a, a0, a1) in enumerate(members):
            for b, b0, b1 in members[i + 1 :]:
                if a0 <= b1 and b0 <= a1:
                    ra, rb = find(a), find(b)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)  # the root is the component's smallest uid
    return {uid: cluster_id(find(uid)) for uid in parent}


def cluster_events_spark(events: DataFrame, participants: DataFrame) -> DataFrame:
    """``(event_uid, cluster_id)`` for every event of ``events``, computed with DataFrame ops.

    Candidate pairs come from a self-join blocked on (type, name, week), so a common name
    such as a country only meets events of the same type in the same weeks; components
    come from min-label propagation, checkpointed each round so the plan stays small.
    """
    from pyspark.sql import functions as F

    day = r"^\d{4}-\d{2}-\d{2}"

    def as_day(col: str) -> Any:
        parsed = F.expr(f"to_date(try_to_timestamp(substr({col}, 1, 10), 'yyyy-MM-dd'))")
        return F.when(F.col(col).rlike(day), F.datediff(parsed, F.lit("1970-01-01")))

    spans = (
        events.select("event_uid", "type", "date_start", "date_end")
        .withColumn("s", as_day("date_start"))
        .withColumn("e", F.when(F.col("date_end").isNull() | (F.col("date_end") == ""), F.col("s"))
                    .otherwise(as_day("date_end")))
        .where(F.col("type").isNotNull() & (F.col("type") != "") & F.col("s").isNotNull()
               & F.col("e").isNotNull() & (F.col("e") >= F.col("s"))
               & (F.col("e") - F.col("s") <= MAX_SPAN_DAYS))
        .select("event_uid", "type", "s", "e")
    )
    named = (
        participants.select("event_uid", F.regexp_replace("name", NAME_STRIP, "").alias("n"),
                            F.coalesce(F.col("kind") == "country", F.lit(False)).alias("country"))
        .where(F.col("n").isNotNull() & (F.col("n") != ""))
    )
    has_other = named.groupBy("event_uid").agg(F.min("country").alias("only_countries"))
    names = (  # people and bodies; countries only for events that name nothing else
        named.join(has_other, "event_uid")
        .where(~F.col("country") | F.col("only_countries"))
        .select("event_uid", "n")
        .distinct()
    )
    keyed = spans.join(names, "event_uid").withColumn(
        "week", F.explode(F.sequence(F.floor(F.col("s") / 7), F.floor(F.col("e") / 7)))
    )
    a, b = keyed.alias("a"), keyed.alias("b")
    pairs = (
        a.join(b, ["type", "n", "week"])
        .where((F.col("a.event_uid") < F.col("b.event_uid"))
               & (F.col("a.s") <= F.col("b.e")) & (F.col("b.s") <= F.col("a.e")))
        .select(F.col("a.event_uid").alias("x"), F.col("b.event_uid").alias("y"))
        .distinct()
    )
    labels = _components(pairs)
    return (
        events.select("event_uid")
        .join(labels, "event_uid", "left")
        .select("event_uid", F.coalesce("label", "event_uid").alias("label"))
        .select("event_uid", F.concat(F.lit("c"), F.substring(F.sha1("label"), 1, 16)).alias("cluster_id"))
    )


def _components(pairs: DataFrame) -> DataFrame:
    """``(event_uid, label)``: label = the smallest uid reachable, for nodes that have links.

    Each round takes the smallest label among a node's neighbours, then the label of that
    label (pointer jumping), so a chain of n links settles in about log2(n) rounds; each
    round is one Spark job (the count that also materialises the checkpoint).
    """
    from pyspark.sql import functions as F

    edges = pairs.union(pairs.select(F.col("y").alias("x"), F.col("x").alias("y"))).localCheckpoint()
    if edges.isEmpty():  # no two reports of one happening: every event is its own cluster
        return edges.select(F.col("x").alias("event_uid"), F.col("y").alias("label"))
    labels = edges.groupBy(F.col("x").alias("event_uid")).agg(
        F.least(F.min("y"), F.first("x")).alias("label")
    ).localCheckpoint()
    for _ in range(MAX_ROUNDS):
        pushed = edges.join(labels.withColumnRenamed("event_uid", "y"), "y").select(
            F.col("x").alias("event_uid"), "label"
        )
        new = labels.union(pushed).groupBy("event_uid").agg(F.min("label").alias("label"))
        hop = new.select(F.col("event_uid").alias("label"), F.col("label").alias("hop"))
        new = new.join(hop, "label", "left").select(
            "event_uid", F.least("label", F.coalesce("hop", "label")).alias("label")
        ).localCheckpoint(eager=False)
        changed = new.join(labels.withColumnRenamed("label", "old"), "event_uid").where(
            F.col("label") != F.col("old")
        ).count()
        labels = new
        if changed == 0:
            break
    return labels
