"""Loads the Neo4j import CSVs that `newsgraph build --format neo4j` writes into Kùzu, an embedded
Cypher database, and checks the example questions, asked in Cypher, against their expected rows.

usage: kuzu_answers.py NEO4J_DIR QUERIES_DIR

Each node file becomes a node table (the `:ID` column its primary key, typed columns typed, `string[]`
arrays split on `;`); the relationship file becomes one relationship table per `:TYPE`, between the
node tables it links. Then each QUERIES_DIR/*.cypher runs and its rows, as plain values, are compared
with QUERIES_DIR/*.expected.tsv. Exit code 0: every answer matches; 1: some differ (listed).
"""

import csv
import datetime
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import kuzu

from expected_rows import compare, example_queries

TYPES = {"string": "STRING", "int": "INT64", "date": "DATE", "string[]": "STRING[]"}


def columns(header):
    """(property name, Kùzu type, converter) for each typed column of a header."""
    typed = []
    for field in header:
        name, _, kind = field.partition(":")
        if not name:
            continue
        kind = "string" if kind == "ID" else kind
        convert = {
            "int": int,
            "date": datetime.date.fromisoformat,
            "string[]": lambda text: text.split(";"),
        }.get(kind, str)
        typed.append((field, name, TYPES[kind], convert))
    return typed


def values(row, typed):
    """The parameters of one row, named `p_<property>` since properties may be Cypher keywords (`end`)."""
    return {f"p_{name}": (convert(row[field]) if row[field] != "" else None) for field, name, _, convert in typed}


def schema(typed):
    return ", ".join(f"`{name}` {kind}" for _, name, kind, _ in typed)


def assignments(typed):
    return ", ".join(f"`{name}`: $p_{name}" for _, name, _, _ in typed)


def load(connection, directory):
    labels = {}
    for path in sorted(Path(directory).glob("*.csv")):
        if path.name == "relationships.csv":
            continue
        with path.open(newline="", encoding="utf-8") as file:
            reader = csv.DictReader(file)
            typed = columns(reader.fieldnames)
            rows = list(reader)
        table = path.stem.capitalize()
        connection.execute(f"CREATE NODE TABLE {table}({schema(typed)}, PRIMARY KEY (id))")
        for row in rows:
            if row[":LABEL"] != table:
                raise SystemExit(f"{path}: label {row[':LABEL']} in the file of {table}")
            connection.execute(f"CREATE (:{table} {{{assignments(typed)}}})", values(row, typed))
            labels[row["id:ID"]] = table
    with (Path(directory) / "relationships.csv").open(newline="", encoding="utf-8") as file:
        reader = csv.DictReader(file)
        typed = columns(reader.fieldnames)
        by_type = defaultdict(list)
        for row in reader:
            by_type[row[":TYPE"]].append(row)
    for kind, rows in sorted(by_type.items()):
        pairs = sorted({(labels[row[":START_ID"]], labels[row[":END_ID"]]) for row in rows})
        ends = ", ".join(f"FROM {start} TO {end}" for start, end in pairs)
        connection.execute(f"CREATE REL TABLE {kind}({ends}, {schema(typed)})")
        for row in rows:
            start, end = labels[row[":START_ID"]], labels[row[":END_ID"]]
            parameters = values(row, typed) | {"source": row[":START_ID"], "target": row[":END_ID"]}
            connection.execute(
                f"MATCH (a:{start} {{id: $source}}), (b:{end} {{id: $target}}) "
                f"CREATE (a)-[:{kind} {{{assignments(typed)}}}]->(b)",
                parameters,
            )


def plain(value):
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def main():
    directory, queries = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="newsgraph-kuzu-") as scratch:
        database = kuzu.Database(str(Path(scratch) / "db"))
        connection = kuzu.Connection(database)
        load(connection, directory)
        failures = []
        for name, query, expected in example_queries(queries, ".cypher"):
            result = connection.execute(query)
            rows = [result.get_column_names()]
            while result.has_next():
                rows.append([plain(value) for value in result.get_next()])
            failures += compare(name, rows, expected)
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
