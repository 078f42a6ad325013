"""What the facilitator view reads: the option counts of a lesson's exercises.
(A lesson's own page context is ``content.models.learn.lesson_context``.)"""

from content.models.learn import AnswerCount


def option_counts(*, page):
    """``{block id: {option index: count}}`` for the facilitator view."""
    counts = {}
    for row in AnswerCount.objects.filter(page=page).values(
        "block_id", "option", "count"
    ):
        counts.setdefault(row["block_id"], {})[row["option"]] = row["count"]
    return counts
