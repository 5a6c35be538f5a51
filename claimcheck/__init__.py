"""claimcheck: attributed claims, topics and contradictions in Arabic news text.

    from claimcheck import analyze
    report = analyze(open("article.txt", encoding="utf-8").read())

Heavy modules (stanza, torch) load only when a text must be parsed.
"""
__version__ = "0.1.0"

__all__ = ["analyze", "compare_texts", "load_lexicon", "__version__"]


def __getattr__(name):
    if name == "analyze":
        from .pipeline import analyze
        return analyze
    if name == "compare_texts":
        from .compare import compare_texts
        return compare_texts
    if name == "load_lexicon":
        from .lexicon import load_lexicon
        return load_lexicon
    raise AttributeError(name)
