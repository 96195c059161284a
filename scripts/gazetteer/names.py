"""First names and surnames from the US Census 1990 lists shipped by the `names` package."""

from typing import NamedTuple

# Frequency rank cut-offs: rarer names add more false hits than they find.
TOP_FIRST_NAMES = 5000
TOP_SURNAMES = 20000
# Cities named like a first name or surname this frequent (percent of people) are dropped from the
# place table (see places.py): in news such a capitalised word is more likely a person.
PERSON_CLASH_FIRST_PERCENT = 0.1
PERSON_CLASH_SURNAME_PERCENT = 0.06
# Small towns are dropped when named like a listed first name or one of this many top surnames.
PERSON_NAME_SURNAMES = 5000

# Census names that are mostly English function words or very common words in running text.
STOP_WORDS = sorted(
    {
        "A", "About", "All", "Also", "An", "And", "Any", "Are", "As", "At", "Be", "But", "By", "Can", "Do",
        "Else", "Even", "Ever", "For", "From", "Had", "Has", "Have", "He", "Her", "Here", "His", "How", "If",
        "In", "Into", "Is", "It", "Its", "Just", "Last", "Less", "Many", "May", "More", "Most", "Much", "My",
        "New", "No", "Non", "Nor", "Not", "Now", "Of", "On", "Once", "One", "Only", "Or", "Our", "Out",
        "Over", "Said", "Same", "See", "She", "So", "Some", "Such", "Than", "That", "The", "Their", "Then",
        "There", "These", "They", "This", "Those", "To", "Too", "Under", "Up", "Upon", "Very", "Was", "We",
        "Were", "What", "When", "Where", "Which", "While", "Who", "Why", "Will", "With", "Would", "Yet",
        "You", "Your",
    }
)


class PersonNames(NamedTuple):
    """Personal names that make a capitalised word more likely a person than a town."""

    very_common: set
    listed: set


def title_case(name):
    name = name.title()
    if name.startswith("Mc") and len(name) > 2:
        return "Mc" + name[2:].capitalize()
    return name


def frequencies(path):
    """(title-cased name, percent of people, rank) for each row of a census file, most frequent first."""
    rows = []
    for line in path.read_text(encoding="ascii").splitlines():
        fields = line.split()
        if len(fields) == 4:
            rows.append((title_case(fields[0]), float(fields[1]), int(fields[3])))
    return sorted(rows, key=lambda row: (-row[1], row[2], row[0]))


def ranked(path):
    return [name for name, _, _ in frequencies(path)]


def frequent_names(first_name_paths, surname_path):
    """Names common enough that a capitalised occurrence most likely means a person."""
    common = {
        name
        for path in first_name_paths
        for name, percent, _ in frequencies(path)
        if percent >= PERSON_CLASH_FIRST_PERCENT
    }
    common |= {name for name, percent, _ in frequencies(surname_path) if percent >= PERSON_CLASH_SURNAME_PERCENT}
    return common


def keep(ranked_names, limit):
    skip = set(STOP_WORDS)
    kept = []
    for name in ranked_names:
        if name not in skip:
            kept.append(name)
            skip.add(name)
        if len(kept) == limit:
            break
    return kept


def first_names(male_path, female_path):
    """The most frequent first names of both lists, most frequent first."""
    merged = sorted(
        [(rank, name) for rank, name in enumerate(ranked(male_path))]
        + [(rank, name) for rank, name in enumerate(ranked(female_path))]
    )
    seen = set()
    ordered = [name for _, name in merged if not (name in seen or seen.add(name))]
    return keep(ordered, TOP_FIRST_NAMES)


def surnames(path):
    return keep(ranked(path), TOP_SURNAMES)
