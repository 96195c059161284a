"""Loads N-Quads into a fresh Virtuoso Open Source with its bulk loader and checks the example
questions over SPARQL (HTTP) against their expected rows.

usage: virtuoso_answers.py GRAPH.nq QUERIES_DIR

Starts its own `virtuoso-t` on free localhost ports with a database in a temporary directory, loads
GRAPH.nq with `ld_dir` and `rdf_loader_run` through `isql`, sends each QUERIES_DIR/*.rq to the SPARQL
endpoint and compares the JSON results, as plain values, with QUERIES_DIR/*.expected.tsv. Exit code
0: every answer matches; 1: some differ (listed); 2: the server could not be run.
"""

import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from expected_rows import compare, example_queries

SERVER = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt") or shutil.which("isql")

INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = {sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {data}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = {http_port}
ServerRoot = {dir}
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def isql(sql_port, statements):
    """Runs SQL statements as the default dba user; returns isql's output or raises on failure."""
    command = [ISQL, str(sql_port), "dba", "dba", "VERBOSE=OFF", "BANNER=OFF", f"EXEC={statements}"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if result.returncode != 0 or "*** Error" in result.stdout + result.stderr:
        raise RuntimeError(f"isql: {statements}\n{result.stdout}{result.stderr}")
    return result.stdout


def wait_for_sql(sql_port, server, deadline):
    while time.time() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"virtuoso-t exited with {server.returncode}")
        try:
            isql(sql_port, "status();")
            return
        except RuntimeError:
            time.sleep(0.5)
    raise RuntimeError("virtuoso-t did not answer within 60 s")


def sparql(http_port, query):
    url = f"http://127.0.0.1:{http_port}/sparql?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def rows(results):
    variables = results["head"]["vars"]
    body = [[binding.get(v, {}).get("value", "") for v in variables] for binding in results["results"]["bindings"]]
    return [variables] + body


def main():
    graph, queries = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
    if not SERVER or not ISQL:
        print("virtuoso-t or isql-vt is not installed (Debian: virtuoso-opensource)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="newsgraph-virtuoso-") as scratch:
        sql_port, http_port = free_port(), free_port()
        ini = Path(scratch) / "virtuoso.ini"
        ini.write_text(INI.format(dir=scratch, data=graph.parent, sql_port=sql_port, http_port=http_port))
        server = subprocess.Popen([SERVER, "+foreground", "+configfile", str(ini)], cwd=scratch,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            started = time.time()
            wait_for_sql(sql_port, server, started + 60)
            # The bulk loader: N-Quads keep their graphs; the fallback graph is for triples only.
            isql(sql_port, f"ld_dir('{graph.parent}', '{graph.name}', 'urn:newsgraph:unused'); "
                           "rdf_loader_run(); checkpoint;")
            unfinished = isql(sql_port, "SELECT ll_file, ll_state, ll_error FROM DB.DBA.load_list "
                                        "WHERE ll_state <> 2 OR ll_error IS NOT NULL;")
            if graph.name in unfinished:
                raise RuntimeError(f"the bulk load failed: {unfinished}")
            print(f"virtuoso: started and loaded in {time.time() - started:.1f} s")
            failures = []
            for name, query, expected in example_queries(queries):
                failures += compare(name, rows(sparql(http_port, query)), expected)
        except (RuntimeError, OSError) as error:
            log = Path(scratch) / "virtuoso.log"
            print(f"{error}\n{log.read_text() if log.exists() else ''}", file=sys.stderr)
            return 2
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
