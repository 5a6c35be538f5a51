"""Errors the user can act on.  The CLI prints their message and exits 2."""


class ClaimcheckError(Exception):
    """A usage, input, configuration or model error with a one-sentence message."""
    exit_code = 2


class InputError(ClaimcheckError):
    pass


class ConfigError(ClaimcheckError):
    pass


class ModelError(ClaimcheckError):
    pass


def first_line(e: BaseException, empty: str = "") -> str:
    """An exception's message cut to its first line (some libraries add
    pages of advice), for a one-sentence error; `empty`, else the exception's
    type, when it has no message."""
    lines = str(e).strip().splitlines()
    return lines[0] if lines else (empty or type(e).__name__)
