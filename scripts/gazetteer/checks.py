"""Sortedness checks for hand-written lists and generated tables."""


def check_sorted_unique(label, keys):
    """Fails unless `keys` is strictly increasing (sorted by code point, no duplicates)."""
    for before, after in zip(keys, keys[1:]):
        if not before < after:
            raise SystemExit(f"{label}: {before!r} must come before {after!r} and be unique")
