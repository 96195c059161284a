"""The example questions of examples/queries/ and their expected rows, shared by the checks that ask
them of other databases (Virtuoso over SPARQL, Kùzu in Cypher)."""

from pathlib import Path


def example_queries(directory, extension=".rq"):
    """(name, query text, expected rows with the header first) for each query file, by file name."""
    found = []
    for query in sorted(Path(directory).glob(f"*{extension}")):
        name = query.name[: -len(extension)]
        expected = query.with_name(f"{name}.expected.tsv").read_text(encoding="utf-8")
        rows = [line.split("\t") for line in expected.splitlines()]
        found.append((name, query.read_text(encoding="utf-8"), rows))
    if len(found) != 5:
        raise SystemExit(f"expected 5 queries in {directory}, found {len(found)}")
    return found


def compare(name, actual, expected):
    """The differences between actual and expected rows, as lines to print (none when equal)."""
    if actual == expected:
        return []
    lines = [f"{name}: the rows differ"]
    lines += [f"  expected {row}" for row in expected if row not in actual]
    lines += [f"  got      {row}" for row in actual if row not in expected]
    if not lines[1:]:
        lines.append(f"  same rows, other order: {actual}")
    return lines
