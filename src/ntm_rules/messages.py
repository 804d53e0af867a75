"""Text for people kept as a message id and its values, rendered in a language at the edges.

An error is built deep inside a loader, long before anyone knows the reader's language, so
it keeps an English template (the gettext message id, with ``{name}`` fields) and the values
that fill it. ``str()`` is the English text, exactly as the template reads; ``render(lang)``
looks the template up in the catalogue (:func:`ntm_rules.i18n.tr`). Values that are
themselves words (a kind of value, a word such as "region") are messages too, so they are
translated with the sentence; user-given text and field paths are values, shown as given.

Examples:
    >>> problem = Message("{text} does not start with a number", text="'abc'")
    >>> str(problem)
    "'abc' does not start with a number"
    >>> problem.render("vi")
    "'abc' không bắt đầu bằng một số"
"""

from __future__ import annotations

from typing import Any

from ntm_rules.i18n import tr


class Message(str):
    """An English message id (``{name}`` fields) and the values that fill it.

    A message *is* its English text (a ``str``), so that everything that read reasons and
    descriptions as text before (comparisons, ``in``, f-strings, pickles) reads the same
    English; only :meth:`render` looks further. (A ``str`` subtype rather than an attrs
    class for that reason: a str cannot carry slots, and its value is immutable.)
    """

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, /, **values: object) -> Message:
        """The message ``template`` filled with ``values`` (English as the text itself)."""
        english = template.format(**_rendered(values, "en")) if values else template
        self = super().__new__(cls, english)
        self.template = template
        self.values = values
        return self

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, Any]]:
        return (self.template,), dict(self.values)

    def render(self, lang: str) -> str:
        """The message in ``lang`` (the English id where the catalogue lacks the template)."""
        return tr(lang, self.template, **_rendered(self.values, lang))


def _rendered(values: dict[str, object], lang: str) -> dict[str, object]:
    return {name: v.render(lang) if isinstance(v, Message) else v for name, v in values.items()}


def render(text: object, lang: str) -> str:
    """``text`` in ``lang``: a message (or an error) by its own rendering.

    Plain strings that are catalogue messages are translated too (constant error reasons
    are their own message ids); other text is shown as it is.
    """
    renderer = getattr(text, "render", None)
    if callable(renderer):
        return str(renderer(lang))
    return tr(lang, text) if isinstance(text, str) and text else str(text)
