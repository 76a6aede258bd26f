"""The one exception type whose message is shown to users as a single line."""


class FactxError(Exception):
    """An error with a message fit to show a user as one line (no traceback)."""
