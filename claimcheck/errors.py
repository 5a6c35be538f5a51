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
