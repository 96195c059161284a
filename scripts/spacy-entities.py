#!/usr/bin/env python3
"""The peer's entity figures for README: spaCy en_core_web_sm, typed and clustered as
../shared/eval/BASELINES.md describes (PERSON -> Person, ORG -> Organization, GPE/LOC/FAC -> Place;
mentions clustered by normalised text, a lone surname joins the full name).

Not part of the tests or CI: run it by hand in a virtual environment with spaCy 3.8 and an
en_core_web_sm 3.8 model installed (`SPACY_MODEL` names another package of the same model).

    spacy-entities.py extract FILE_OR_DIR... -o OUT.jsonl   # extractions that ../shared/eval/score.py reads
    spacy-entities.py gmb CSV                               # exact-span P/R/F on the GMB held-out tenth
"""
import argparse
import json
import os
import pathlib
import re
import sys

import spacy
from spacy.tokens import Doc

TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place"}
# The GMB's categories as `newsgraph train-tagger` maps them (a gpe adjective or plural is no place).
GMB_TYPES = {"per": "Person", "org": "Organization", "geo": "Place", "gpe": "Place"}
DEMONYM_POS = {"JJ", "NNS", "NNPS"}
HELD_OUT_FRACTION = 10


def load():
    # A mirror of the model may install under another package name.
    return spacy.load(os.environ.get("SPACY_MODEL", "en_core_web_sm"), exclude=["parser", "lemmatizer", "attribute_ruler", "tagger"])


def normalise(name):
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    return re.sub(r"['’]s$", "", name).lower()


def extraction(doc_id, text, doc):
    clusters = {}
    for ent in doc.ents:
        kind = TYPES.get(ent.label_)
        if kind is None:
            continue
        key = (kind, normalise(ent.text))
        clusters.setdefault(key, []).append({"start": ent.start_char, "end": ent.end_char, "text": ent.text})
    # A lone surname joins the one full name of a person that ends with it.
    for kind, name in list(clusters):
        if kind != "Person" or " " in name:
            continue
        fuller = [key for key in clusters if key[0] == "Person" and key[1].endswith(" " + name)]
        if len(fuller) == 1:
            clusters[fuller[0]].extend(clusters.pop((kind, name)))
    entities = [
        {"id": f"e{index + 1}", "type": kind, "name": mentions[0]["text"], "aliases": [], "mentions": mentions}
        for index, ((kind, _), mentions) in enumerate(clusters.items())
    ]
    return {"id": doc_id, "text": text, "entities": entities, "statements": [], "relations": []}


def extract(paths, output):
    nlp = load()
    files = sorted(p for path in map(pathlib.Path, paths) for p in ([path] if path.is_file() else path.rglob("*.txt")))
    with open(output, "w", encoding="utf-8") as out:
        for path in files:
            text = path.read_text(encoding="utf-8")
            out.write(json.dumps(extraction(path.stem, text, nlp(text)), ensure_ascii=False) + "\n")


def gmb_sentences(csv_path):
    text = pathlib.Path(csv_path).read_bytes().decode("cp1252", errors="replace")
    rows = text.splitlines()[1:]
    sentences = []
    import csv

    for fields in csv.reader(rows):
        if not fields:
            continue
        first, word, pos, tag = fields
        if first.startswith("Sentence:"):
            sentences.append([])
        sentences[-1].append((word, pos, tag))
    return sentences[:-1]


def gmb_spans(rows):
    """Gold spans as `newsgraph train-tagger` reads them, titles left in (spaCy keeps none either)."""
    spans, current = [], None
    for index, (_, pos, tag) in enumerate(rows):
        kind = None
        if tag != "O":
            position, category = tag.split("-", 1)
            kind = GMB_TYPES.get(category)
            if category == "gpe" and pos in DEMONYM_POS:
                kind = None
        if kind and current and current[1] == kind and tag.startswith("I-"):
            current[0][1] = index + 1
            continue
        if current:
            spans.append((tuple(current[0]), current[1]))
        current = ([index, index + 1], kind) if kind else None
    if current:
        spans.append((tuple(current[0]), current[1]))
    return set(spans)


def gmb(csv_path):
    nlp = load()
    sentences = gmb_sentences(csv_path)
    held_out = sentences[len(sentences) - len(sentences) // HELD_OUT_FRACTION :]
    counts = {kind: [0, 0, 0] for kind in ("Person", "Organization", "Place")}
    docs = (Doc(nlp.vocab, words=[word for word, _, _ in rows]) for rows in held_out)
    for rows, doc in zip(held_out, nlp.pipe(docs)):
        found = {((ent.start, ent.end), TYPES[ent.label_]) for ent in doc.ents if ent.label_ in TYPES}
        gold = gmb_spans(rows)
        for kind, count in counts.items():
            f = {span for span in found if span[1] == kind}
            g = {span for span in gold if span[1] == kind}
            count[0] += len(f & g)
            count[1] += len(f)
            count[2] += len(g)
    total = [sum(count[i] for count in counts.values()) for i in range(3)]
    for kind, (tp, found, gold) in list(counts.items()) + [("all", total)]:
        p, r = tp / max(found, 1), tp / max(gold, 1)
        print(f"{kind:<13} P={p:.3f} R={r:.3f} F={2 * p * r / max(p + r, 1e-9):.3f} n={gold}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    extract_command = commands.add_parser("extract")
    extract_command.add_argument("paths", nargs="+")
    extract_command.add_argument("-o", "--output", required=True)
    gmb_command = commands.add_parser("gmb")
    gmb_command.add_argument("csv")
    args = parser.parse_args()
    if args.command == "extract":
        extract(args.paths, args.output)
    else:
        gmb(args.csv)


if __name__ == "__main__":
    sys.exit(main())
