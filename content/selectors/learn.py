"""What a lesson page reads: its examples' marked spans with the techniques'
names in the page's language, and the option counts (facilitator view)."""

from content.models.learn import AnswerCount, ManipulationTechnique


def _examples(page):
    for block in page.body:
        example = block.value.get("example") if hasattr(block.value, "get") else None
        if example is not None:
            yield block, example


def lesson_context(*, page):
    """Mark each example of ``page`` (``example.marked``: words, technique name)
    and number each exercise's options; one query for the techniques."""
    names = dict(
        ManipulationTechnique.objects.filter(locale_id=page.locale_id).values_list(
            "slug", "name"
        )
    )
    for _block, example in _examples(page):
        example.marked = example.segments(names)
    return {"technique_names": names}


def option_counts(*, page):
    """``{block id: {option index: count}}`` for the facilitator view."""
    counts = {}
    for row in AnswerCount.objects.filter(page=page).values(
        "block_id", "option", "count"
    ):
        counts.setdefault(row["block_id"], {})[row["option"]] = row["count"]
    return counts
