#!/usr/bin/env python3
"""newsgraph on Apache Spark: extraction spread over the cluster, then one graph.

The job reads a folder of articles (.txt, whose first line is `date YYYY-MM-DD`) and JSON Lines
documents (.jsonl, one {"id", "text", ...} per line, each with its own id), pipes every partition
through `newsgraph extract - -o -`, writes the extractions as shards (OUTPUT/extractions/part-*), and
builds the graph from the shards with `newsgraph build` (OUTPUT/graph.<extension of --graph-format>).
The graph is the one a single `newsgraph build` of the same inputs writes, byte for byte.

Locally (Spark's local mode, as CI runs it):
    python scripts/spark/newsgraph_job.py --newsgraph target/release/newsgraph INPUT OUTPUT
On a cluster, the same script through spark-submit, with the binary shipped to every executor:
    spark-submit --master yarn --files target/release/newsgraph scripts/spark/newsgraph_job.py \\
        --master "" --newsgraph ./newsgraph --build-with target/release/newsgraph INPUT OUTPUT
INPUT and OUTPUT must then be on a file system that the executors and the driver share.
"""

import argparse
import json
import shlex
import subprocess
import sys
from pathlib import Path

from pyspark.sql import SparkSession
from pyspark.sql.functions import input_file_name

EXTENSIONS = {"nquads": "nq", "ntriples": "nt", "turtle": "ttl", "trig": "trig"}


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="a folder of .txt articles and .jsonl documents")
    parser.add_argument("output", help="the folder to write the extraction shards and the graph into")
    parser.add_argument("--newsgraph", default="newsgraph", help="the newsgraph binary, as executors see it")
    parser.add_argument("--build-with", help="the newsgraph binary, as the driver sees it (default: --newsgraph)")
    parser.add_argument("--master", default="local[2]", help='the Spark master; "" keeps spark-submit\'s')
    parser.add_argument("--partitions", type=int, default=4, help="extraction shards (at most one per document)")
    parser.add_argument("--graph-format", default="nquads", choices=sorted(EXTENSIONS))
    return parser.parse_args()


def documents(spark, folder):
    """Every document of the folder as one JSON line, named as `newsgraph extract` names it: an
    article by its file, a JSON Lines document by its own id (which Spark needs, as lines lose their
    numbers), with its file as the source unless it gives one."""
    parts = []
    if any(folder.glob("*.txt")):
        parts.append(spark.sparkContext.wholeTextFiles(str(folder / "*.txt")).map(article_line))
    if any(folder.glob("*.jsonl")):
        lines = spark.read.text(str(folder / "*.jsonl")).select(input_file_name(), "value").rdd
        parts.append(lines.filter(lambda row: row[1].strip()).map(document_line))
    if not parts:
        sys.exit(f"newsgraph_job: {folder} holds no .txt or .jsonl documents")
    return spark.sparkContext.union(parts)


def file_name(path):
    return path.rsplit("/", 1)[-1]


def article_line(path_and_text):
    path, text = path_and_text
    name = file_name(path)
    return json.dumps({"id": name.rsplit(".", 1)[0], "source": name, "text": text}, ensure_ascii=False)


def document_line(path_and_line):
    path, line = path_and_line
    try:
        document = json.loads(line)
    except ValueError:
        return line  # newsgraph reports it, as it reports any malformed line
    if isinstance(document, dict) and document.get("source") is None:
        document["source"] = file_name(path)
    return json.dumps(document, ensure_ascii=False)


def spread(rdd, partitions):
    """The documents dealt evenly over the partitions, so that none is empty (newsgraph refuses an
    empty input) and each shard is the same size."""
    count = rdd.count()
    partitions = max(1, min(partitions, count))
    numbered = rdd.zipWithIndex().map(lambda line_and_index: (line_and_index[1], line_and_index[0]))
    return numbered.partitionBy(partitions, lambda index: index % partitions).values()


def main():
    arguments = parse_arguments()
    output = Path(arguments.output)
    builder = SparkSession.builder.appName("newsgraph")
    if arguments.master:
        builder = builder.master(arguments.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")

    # One process per partition: a JSON Lines filter from standard input to standard output. It
    # exits with 1 when some document failed; the others are still written, and the failures are in
    # the executors' standard error, so a bad article does not stop the day's run.
    mapper = shlex.join([arguments.newsgraph, "extract", "-", "-o", "-", "--quiet", "--jobs", "1"])
    extractions = spread(documents(spark, Path(arguments.input)), arguments.partitions).pipe(mapper)
    extractions.saveAsTextFile(str(output / "extractions"))
    spark.stop()

    shards = sorted(path for path in (output / "extractions").glob("part-*") if path.stat().st_size > 0)
    graph = output / f"graph.{EXTENSIONS[arguments.graph_format]}"
    build = [arguments.build_with or arguments.newsgraph, "build", *map(str, shards), "-o", str(graph), "--format", arguments.graph_format]
    sys.exit(subprocess.run(build, check=False).returncode)


if __name__ == "__main__":
    main()
