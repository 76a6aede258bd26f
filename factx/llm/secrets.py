"""Key-like strings: finding them (to refuse writing a cassette) and scrubbing them (from error
bodies, before anything keeps them: result lines, stderr, reports).

A key is recognised by its shape (`sk-...`, `Bearer ...`), by being the configured key, or by
being the value of an environment variable whose name says it is a secret.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

REDACTED = "[redacted]"
KEY_PATTERNS = {
    "an 'sk-...' key": re.compile(r"\bsk-[A-Za-z0-9_\-]{16,}"),
    "a 'Bearer ...' token": re.compile(r"\bBearer\s+[A-Za-z0-9_\-.=]{8,}"),
}
_SECRET_ENV = re.compile(r"KEY|TOKEN|SECRET|PASSWORD", re.IGNORECASE)
#: Shorter values are too likely to occur by chance to be worth scrubbing.
_MIN_SECRET = 8


def secret_values(extra: Iterable[str | None] = ()) -> list[str]:
    """The configured key(s) and the values of secret-named environment variables."""
    found = [value for value in extra if value and len(value) >= _MIN_SECRET]
    found += [
        value
        for name, value in os.environ.items()
        if _SECRET_ENV.search(name) and len(value) >= _MIN_SECRET
    ]
    return sorted(set(found), key=len, reverse=True)  # longest first: no partial leftovers


def find_secret(text: str) -> str | None:
    """Name the first key-like string in `text`: a pattern, or a secret variable's value."""
    for label, pattern in KEY_PATTERNS.items():
        if pattern.search(text):
            return label
    for name, value in os.environ.items():
        if _SECRET_ENV.search(name) and len(value) >= _MIN_SECRET and value in text:
            return f"the value of ${name}"
    return None


def scrub(text: str, keys: Iterable[str | None] = ()) -> str:
    """`text` with every key-like string (and each of `keys`) replaced by `[redacted]`."""
    for value in secret_values(keys):
        text = text.replace(value, REDACTED)
    for pattern in KEY_PATTERNS.values():
        text = pattern.sub(REDACTED, text)
    return text
