#!/usr/bin/env python3
"""Scores the relations of `newsgraph extract` output against gold extractions.

A predicted relation matches a gold one when the predicates agree and the subjects and the objects
share a name (the entity's name or one of its aliases, compared without case, a leading "the" or curly
apostrophes). Each gold relation matches at most one prediction. Roles are reported apart: among
matched relations with a gold role, how many predictions give the same role.

    score-relations.py PREDICTED.jsonl GOLD.json... [--errors [N]]
    score-relations.py --documents OUT.jsonl GOLD.json...   # the gold articles, as extract input
"""

import argparse
import json
import sys


def names(entity):
    def normal(name):
        name = name.replace("\u2019", "'").strip().lower()
        return name[4:] if name.startswith("the ") else name

    return {normal(entity["name"])} | {normal(alias) for alias in entity.get("aliases", [])}


def relations(extraction):
    entities = {entity["id"]: entity for entity in extraction.get("entities", [])}
    return [
        {
            "subject": names(entities[relation["subject"]]),
            "predicate": relation["predicate"],
            "object": names(entities[relation["object"]]),
            "role": relation.get("role"),
            "label": "{} {} {}{}".format(
                entities[relation["subject"]]["name"],
                relation["predicate"],
                entities[relation["object"]]["name"],
                f" ({relation['role']})" if relation.get("role") else "",
            ),
        }
        for relation in extraction.get("relations", [])
    ]


def matches(predicted, gold):
    return (
        predicted["predicate"] == gold["predicate"]
        and predicted["subject"] & gold["subject"]
        and predicted["object"] & gold["object"]
    )


class Tally:
    def __init__(self):
        self.true_positives = self.predicted = self.gold = 0
        self.roles_given = self.roles_right = 0

    def add(self, predicted, gold, errors, document_id):
        unmatched = list(gold)
        for relation in predicted:
            partner = next((g for g in unmatched if matches(relation, g)), None)
            if partner is None:
                errors.append(f"  {document_id}: false positive: {relation['label']}")
                continue
            unmatched.remove(partner)
            self.true_positives += 1
            if partner["role"]:
                self.roles_given += 1
                if (relation["role"] or "").lower() == partner["role"].lower():
                    self.roles_right += 1
                else:
                    errors.append(f"  {document_id}: role {relation['role']!r} for {partner['label']}")
        errors.extend(f"  {document_id}: missed: {g['label']}" for g in unmatched)
        self.predicted += len(predicted)
        self.gold += len(gold)

    def report(self, name):
        precision = self.true_positives / self.predicted if self.predicted else 0.0
        recall = self.true_positives / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        roles = f"{self.roles_right}/{self.roles_given}" if self.roles_given else "-"
        print(
            f"{name:<12} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  "
            f"(matched {self.true_positives}, predicted {self.predicted}, gold {self.gold}; roles right {roles})"
        )


def read_gold(paths):
    gold = []
    for path in paths:
        with open(path, encoding="utf-8") as file:
            gold.append(json.load(file))
    return gold


def write_documents(out, gold):
    with open(out, "w", encoding="utf-8") as file:
        for extraction in gold:
            document = {key: extraction[key] for key in ("id", "date", "text")}
            file.write(json.dumps(document, ensure_ascii=False) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("predicted", nargs="?", help="newsgraph extract output (JSON Lines)")
    parser.add_argument("gold", nargs="*", help="gold extractions (JSON, one object each)")
    parser.add_argument("--label", default="relations", help="the name the score line starts with")
    parser.add_argument("--documents", metavar="OUT", help="write the gold articles as documents and stop")
    parser.add_argument(
        "--errors", nargs="?", type=int, const=sys.maxsize, default=0, metavar="N",
        help="list up to N false positives, misses and wrong roles (all without N)",
    )
    arguments = parser.parse_args()
    if arguments.documents:
        # Without predictions to score, every path is a gold file.
        write_documents(arguments.documents, read_gold([arguments.predicted, *arguments.gold]))
        return 0
    if not arguments.gold:
        parser.error("give the predictions and at least one gold extraction")
    predicted = {}
    with open(arguments.predicted, encoding="utf-8") as file:
        for line in file:
            if line.strip():
                extraction = json.loads(line)
                predicted[extraction["id"]] = extraction
    tally, errors = Tally(), []
    for gold in read_gold(arguments.gold):
        if gold["id"] not in predicted:
            print(f"score-relations: no prediction for {gold['id']}", file=sys.stderr)
            return 1
        tally.add(relations(predicted[gold["id"]]), relations(gold), errors, gold["id"])
    tally.report(arguments.label)
    if arguments.errors:
        print("\n".join(errors[: arguments.errors]) or "  no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
