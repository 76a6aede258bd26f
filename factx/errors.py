"""The one exception type whose message is shown to users as a single line."""


class FactxError(Exception):
    """An error with a message fit to show a user as one line (no traceback)."""


class EndpointError(FactxError):
    """An endpoint problem every request would meet (a refused key, an unknown model, a dead
    URL): a batch whose first articles all fail with the same one stops at once."""
