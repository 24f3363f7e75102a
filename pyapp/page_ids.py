"""The ids of the elements the page cores change, each defined once: the templates (theme/) write
them as `ids.<NAME>` (buildsite/hooks.py hands them this module), the views build their
selectors with `at`, so a renamed id changes here alone (tests/test_page_ids.py holds it).

web/shell.js names ERROR, OUTCOME, VERDICT and PROGRESS too, for a worker that breaks.
"""

# both pages
ERROR = "error"

# the check page (theme/check.html, theme/partials/outcome.html and question.html)
CHECK = "check"  # the form
OUTCOME = "outcome"
VERDICT = "verdict"
PROGRESS = "progress"
SHARE_STATUS = "share-status"
SAVE_STATUS = "log-save-status"
LINK_PROMPT = "link-prompt"  # made by pyapp.check_view
LINK_PROMPT_TEXT = "link-prompt-text"
LOG_HINT = "log-hint"  # made by pyapp.check_view
QUESTION = "q-"  # a question's fieldset is QUESTION + its key


def question(key):
    return QUESTION + key


def question_help(key):
    """The line under a question that describes it; the log's hint goes after it."""
    return question(key) + "-help"


# the log page (theme/log.html)
LOG = "log"
LOG_PROBLEMS = "log-problems"
LOG_EMPTY = "log-empty"
EMPTY_TITLE = "empty-title"
LOG_FILLED = "log-filled"
FIRST_LOGGED = "first-logged"
LOG_NOTE = "log-note"
CHART_TITLE = "chart-title"
LOG_CHART = "log-chart"
CHART_BOX = "chart-box"
CHART_CAPTION = "chart-caption"
ENTRIES_TITLE = "entries-title"
LOG_ENTRIES = "log-entries"
LOG_MORE = "log-more"
LOG_CLEAR = "log-clear"
LOG_CONFIRM = "log-confirm"
CONFIRM_TEXT = "confirm-text"
LOG_STATUS = "log-status"
LOG_UNDO = "log-undo"  # made by pyapp.log_view


def at(element_id, *within):
    """The selector of the element with that id, or of what `within` names inside it:
    at(OUTCOME, ".now") is "#outcome .now"."""
    return " ".join(("#" + element_id,) + within)
