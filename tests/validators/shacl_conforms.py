"""Checks an RDF graph against SHACL shapes with pyshacl.

Usage: shacl_conforms.py DATA.ttl SHAPES.ttl

Exit status 0 when the data conforms, 1 when it does not (the report goes to stdout), 2 when the
files cannot be read or parsed or the shapes are not valid SHACL. No RDFS or OWL inference is applied: the shapes must hold on the
triples as written.
"""

import sys


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        import pyshacl
        import rdflib

        data = rdflib.Graph().parse(argv[1], format="turtle")
        shapes = rdflib.Graph().parse(argv[2], format="turtle")
    except Exception as error:  # noqa: BLE001 - any failure to load is a usage error here
        print(f"cannot load: {error}", file=sys.stderr)
        return 2
    try:
        # meta_shacl checks the shapes themselves against the SHACL-SHACL shapes first.
        conforms, _, report = pyshacl.validate(
            data,
            shacl_graph=shapes,
            inference="none",
            abort_on_first=False,
            allow_warnings=False,
            advanced=False,
            meta_shacl=True,
        )
    except Exception as error:  # noqa: BLE001 - invalid shapes are a usage error too
        print(f"cannot validate: {error}", file=sys.stderr)
        return 2
    print(report)
    return 0 if conforms else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
