"""libsummar for Python: extractive summarization.

libsummar answers "summarize this to about N words in K paragraphs" with
sentences copied byte for byte from the source, in source order, in the
source's language.  It never paraphrases, translates or pads.

One call::

    import summar
    s = summar.summarize(text, words=120, paragraphs=2)
    print(s.text)                 # the summary, paragraphs split by "\\n\\n"
    for sent in s.sentences:      # the chosen sentences, with scores
        print(sent.paragraph, round(sent.score, 3), sent.text)
    s.warnings                    # e.g. ["short_source"]
    s.to_dict()                   # JSON-ready, as docs/summary.schema.json

Keywords, most salient first, with their weights (the first weighs 1)::

    s = summar.summarize(text, words=120, keywords=5)
    for word, weight in s.keywords:          # summar.Keyword named tuples
        print(word, round(weight, 2))

The three layers, each usable alone::

    with summar.Document(text) as doc:      # tokenizer: analyse once
        doc.language                         # "ar", "en", ... (detected)
        doc.sentences[0].text, doc.sentences[0].start, .char_start
        doc.tokens[0].norm, doc.tokens[0].stem
        scores = doc.score("lexrank")        # scorer: one float per sentence
        a = doc.summarize(words=120, paragraphs=2)          # formatter
        b = doc.summarize(ratio=0.1, format="markdown")

Evaluation: ROUGE-1, ROUGE-2 and ROUGE-L of a summary against reference
summaries::

    r = summar.rouge(s.text, [reference1, reference2], lang="en")
    r.rouge1.recall, r.rouge2.precision, r.rougel.f1

Offsets: ``start``/``end`` are byte offsets into the UTF-8 text (as the C
library reports them); ``char_start``/``char_end`` index the Python ``str``
(code points), so ``doc.text[s.char_start:s.char_end] == s.text``.

Errors: every error raised by summar is a :class:`summar.Error` (``.code``
is the C status), of one subclass per status, such as
:class:`LanguageMismatchError` (asking for an output language other than
the source's: libsummar does not translate), :class:`EmptyInputError`,
:class:`Utf8Error`, :class:`AlgorithmError`.  A mistake in an argument
raises :class:`ArgumentError` (wrong type or value; also a ``TypeError``
and a ``ValueError``) or :class:`RangeError` (a number out of its range;
also a ``ValueError``).

Threads: the C work runs without the GIL, so documents can be summarized
in parallel threads.  A :class:`Document` may be read and summarized from
many threads at once.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
from typing import (Any, Callable, Dict, Iterable, Iterator, List,
                    NamedTuple, Optional, Sequence, Union)

from . import summar_core as _core
from ._summar_core import (  # noqa: F401  (re-exported)
    AlgorithmError,
    ArgumentError,
    BackendError,
    ClosedError,
    EmptyInputError,
    Error,
    LanguageMismatchError,
    LanguageUnsupportedError,
    NoMemoryError,
    NotFoundError,
    NulError,
    RangeError,
    TooLargeError,
    Utf8Error,
)

__all__ = [
    "__version__", "version_info", "summarize", "summarize_many", "quick",
    "Document",
    "Summary", "Sentence", "Token", "SummarySentence", "Keyword",
    "EmbeddedRequest", "JSON_SCHEMA",
    "Context", "algorithms", "languages", "word_count", "utf8_check",
    "strerror", "rouge", "Rouge", "PRF", "FORMATS", "Error", "ArgumentError",
    "RangeError", "Utf8Error", "NulError", "EmptyInputError", "TooLargeError",
    "LanguageUnsupportedError", "LanguageMismatchError", "AlgorithmError",
    "BackendError", "NotFoundError", "NoMemoryError", "ClosedError",
]

#: The version of the libsummar library in use, "MAJOR.MINOR.PATCH".
__version__: str = _core.version()
#: (major, minor, patch) of the library in use.
version_info = tuple(int(x) for x in __version__.split("."))

Text = Union[str, bytes]

#: The version of docs/summary.schema.json that :meth:`Summary.to_dict`
#: follows: its "schema" member (the C library's SUMMAR_JSON_SCHEMA).
JSON_SCHEMA: int = _core.JSON_SCHEMA

#: The ellipsis that ends a sentence cut to fit the budget.
_ELLIPSIS = "\u2026"

#: Output formats accepted by ``format=``.
FORMATS: Dict[str, int] = {
    "text": _core.FORMAT_TEXT,
    "markdown": _core.FORMAT_MARKDOWN,
    "md": _core.FORMAT_MARKDOWN,
    "html": _core.FORMAT_HTML,
    "json": _core.FORMAT_JSON,
}

def _names(bits: int, name_of: Callable[[int], Optional[str]]) -> List[str]:
    """The library's names of the bits set in ``bits``, lowest first."""
    out = []
    for i in range(32):
        name = name_of(1 << i) if bits & (1 << i) else None
        if name:
            out.append(name)
    return out


def _warning_names(bits: int) -> List[str]:
    """Names of SUMMAR_WARN_* bits, e.g. ["short_source"]."""
    return _names(bits, _core.warning_name)


def _encode(text: Text, what: str = "text") -> bytes:
    if isinstance(text, bytes):
        return text
    if isinstance(text, str):
        return text.encode("utf-8", "surrogatepass")
    raise ArgumentError(f"{what} must be str or bytes, not "
                        f"{type(text).__name__}")


def _flag(value: Any, what: str) -> bool:
    """A yes/no option: only True or False, anything else (1, "yes",
    None...) raises :class:`ArgumentError` naming the option."""
    if value is True or value is False:
        return value
    raise ArgumentError(f"{what} must be a bool, not {type(value).__name__}")


def _char_map(data: bytes, offsets: Iterable[int]) -> Dict[int, int]:
    """Maps byte offsets of UTF-8 data to code point offsets, in one pass."""
    out: Dict[int, int] = {}
    pb = pc = 0
    for off in sorted(set(offsets)):
        pc += len(data[pb:off].decode("utf-8", "surrogateescape"))
        pb = off
        out[off] = pc
    return out


def _decode(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


# --------------------------------------------------------------- results


@dataclasses.dataclass(frozen=True)
class Sentence:
    """A sentence of a document (the tokenizer's view)."""

    index: int       #: position in the document, from 0
    text: str        #: the sentence, exactly as in the input
    start: int       #: first byte in the UTF-8 text
    end: int         #: one past the last byte
    char_start: int  #: first code point in Document.text
    char_end: int    #: one past the last code point
    block: int       #: index of the source block (line or paragraph)
    flags: int       #: SENT_* bits (summar_core.SENT_TITLE, ...)

    @property
    def flag_names(self) -> List[str]:
        """The flags as names: "title", "junk", "code", "foreign",
        "duplicate", "request", "heading", "para_start"."""
        return _names(self.flags, _core.sentence_flag_name)

    @property
    def is_content(self) -> bool:
        """False for titles, junk, code, foreign lines, duplicates and
        embedded instructions, which are never selected."""
        return not self.flags & _core.SENT_DROP


@dataclasses.dataclass(frozen=True)
class Token:
    """A word token of a document."""

    index: int       #: position in the document, from 0
    text: str        #: the token as written
    start: int       #: first byte in the UTF-8 text
    end: int         #: one past the last byte
    char_start: int  #: first code point in Document.text
    char_end: int    #: one past the last code point
    sentence: int    #: index of its sentence
    flags: int       #: TOKEN_* bits
    norm: str        #: normalized form (NFKC, case folded, Arabic unified)
    stem: str        #: Snowball stem of norm

    @property
    def is_stopword(self) -> bool:
        return bool(self.flags & _core.TOKEN_STOPWORD)

    @property
    def is_number(self) -> bool:
        return bool(self.flags & _core.TOKEN_NUMBER)

    @property
    def flag_names(self) -> List[str]:
        """The flags as names: "stopword", "number", "letters"."""
        return _names(self.flags, _core.token_flag_name)


@dataclasses.dataclass(frozen=True)
class SummarySentence:
    """A sentence chosen for a summary."""

    index: int       #: its index in the document
    text: str        #: the sentence as in the input (+ "\u2026" if truncated)
    start: int       #: first byte in the document's UTF-8 text
    end: int         #: one past the last byte
    char_start: int  #: first code point in Document.text
    char_end: int    #: one past the last code point
    paragraph: int   #: output paragraph, from 0
    words: int       #: its word count
    score: float     #: its score under the request's algorithm
    #: True when only its first words, up to ``end``, were kept to fit the
    #: budget (``fill=True``): ``text`` then ends with "\u2026"
    truncated: bool = False

    def to_dict(self) -> Dict[str, Any]:
        """The sentence as docs/summary.schema.json describes it
        ("truncated" only when it is)."""
        d: Dict[str, Any] = {
            "index": self.index, "paragraph": self.paragraph,
            "start": self.start, "end": self.end,
            "char_start": self.char_start, "char_end": self.char_end,
            "words": self.words, "score": self.score,
        }
        if self.truncated:
            d["truncated"] = True
        d["text"] = self.text
        return d


class Keyword(NamedTuple):
    """A salient word of the source: ``word, weight = keyword``."""

    #: its most frequent form in the content (normalized: NFKC, case folded)
    word: str
    #: its salience relative to the first keyword's, in (0, 1]
    weight: float


@dataclasses.dataclass(frozen=True)
class EmbeddedRequest:
    """An instruction found written in the text ("Summarize this to 2000
    words in 6 paragraphs in Arabic"); 0 / None where it says nothing."""

    words: int
    paragraphs: int
    lang: Optional[str]


@dataclasses.dataclass(frozen=True)
class PRF:
    """Recall, precision and F1 of one ROUGE measure, each in [0, 1]."""

    recall: float     #: matches / units of the reference
    precision: float  #: matches / units of the summary
    f1: float         #: harmonic mean of recall and precision


@dataclasses.dataclass(frozen=True)
class Rouge:
    """ROUGE scores of a summary against its references (see
    :func:`rouge`), each averaged over the references."""

    rouge1: PRF  #: unigram overlap
    rouge2: PRF  #: bigram overlap
    rougel: PRF  #: longest common subsequence

    def to_dict(self) -> Dict[str, Dict[str, float]]:
        """{"rouge1": {"recall": ..., "precision": ..., "f1": ...}, ...}"""
        return dataclasses.asdict(self)


class Summary:
    """A summary: sentences of the source, in source order, in paragraphs.

    It holds copies of what it needs and stays valid after its document
    is closed or collected.
    """

    __slots__ = ("text", "format", "language", "sentences", "paragraphs",
                 "warning_flags", "word_count", "source_words", "keywords",
                 "title")

    def __init__(self, core: Any, data: bytes, fmt: str) -> None:
        #: the rendered summary in the requested format
        self.text: str = _decode(core.text())
        #: "text", "markdown", "html" or "json"
        self.format: str = fmt
        #: the source language, ISO 639-1
        self.language: str = core.language()
        #: SUMMAR_WARN_* bits; see .warnings for names
        self.warning_flags: int = core.warnings()
        #: words in the summary, counted as a word processor does
        self.word_count: int = core.word_count()
        #: words of content in the source
        self.source_words: int = core.source_words()
        picks = [core.sentence(i) for i in range(core.sentence_count())]
        cmap = _char_map(data, [p.start for p in picks] +
                         [p.end for p in picks])
        #: the chosen sentences, in source order
        self.sentences: List[SummarySentence] = [
            SummarySentence(p.sentence, _decode(data[p.start:p.end]) +
                            (_ELLIPSIS if p.truncated else ""),
                            p.start, p.end, cmap[p.start], cmap[p.end],
                            p.paragraph, p.words, p.score, bool(p.truncated))
            for p in picks
        ]
        paras: List[List[str]] = [[] for _ in range(core.paragraph_count())]
        for s in self.sentences:
            while s.paragraph >= len(paras):
                paras.append([])
            paras[s.paragraph].append(s.text.strip())
        #: the plain text of each paragraph: its sentences joined by spaces
        self.paragraphs: List[str] = [" ".join(p) for p in paras]
        #: salient words with their weights, most salient first (when
        #: keywords were asked)
        self.keywords: List[Keyword] = [
            Keyword(_decode(core.keyword(i)), core.keyword_weight(i))
            for i in range(core.keyword_count())
        ]
        #: the headline printed first (``title=True``), or None
        self.title: Optional[str] = None
        try:
            start, end = core.title()
            self.title = _decode(data[start:end])
        except NotFoundError:
            pass

    @property
    def warnings(self) -> List[str]:
        """Warnings as names: "short_source" (the source has fewer words
        than asked: all of its content is returned), "few_paragraphs",
        "replaced", "nothing_fits", "lang_guessed"."""
        return _warning_names(self.warning_flags)

    def to_dict(self) -> Dict[str, Any]:
        """The summary as docs/summary.schema.json describes it (version
        :data:`JSON_SCHEMA`), with the members of ``summar --format json``:
        "paragraphs" is their number, keywords are {"word", "weight"},
        sentences add "char_start"/"char_end"; "title" is there when one
        was printed (in text format, "text" is then the summary without
        it, as in the C library's JSON), "format" when it is not "text"."""
        text = self.text
        d: Dict[str, Any] = {"schema": JSON_SCHEMA, "language": self.language}
        if self.title is not None:
            d["title"] = self.title
            if self.format == "text":
                # The text rendering puts the headline on a line of its own,
                # then a blank line.
                text = text.split("\n\n", 1)[1] if "\n\n" in text else ""
        d["words"] = self.word_count
        d["source_words"] = self.source_words
        d["paragraphs"] = len(self.paragraphs)
        d["sentences"] = [s.to_dict() for s in self.sentences]
        d["keywords"] = [{"word": k.word, "weight": k.weight}
                         for k in self.keywords]
        d["warnings"] = self.warnings
        if self.format != "text":
            d["format"] = self.format
        d["text"] = text
        return d

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return (f"<summar.Summary {self.language} {self.word_count} words, "
                f"{len(self.paragraphs)} paragraphs, "
                f"{len(self.sentences)} sentences>")


# ------------------------------------------------------------- handles


class Context:
    """Limits shared by many documents (the largest input accepted).

    Immutable and safe to share between threads.  Documents keep their
    context alive, so dropping a Context early is safe.
    """

    __slots__ = ("_core",)

    def __init__(self, max_input: Optional[int] = None) -> None:
        """max_input: the largest input in bytes (default 64 MiB)."""
        self._core = _core.Context(max_input or 0)

    @property
    def max_input(self) -> int:
        """The largest input in bytes a Document accepts."""
        return self._core.max_input()

    def __repr__(self) -> str:
        return f"<summar.Context max_input={self.max_input}>"


_default_context: Optional[Context] = None


def _context(ctx: Optional[Context]) -> Context:
    global _default_context
    if ctx is not None:
        if not isinstance(ctx, Context):
            raise ArgumentError("context must be a summar.Context, not "
                                f"{type(ctx).__name__}")
        return ctx
    if _default_context is None:
        _default_context = Context()
    return _default_context


def _budget(req: Any, words: Optional[int], sentences: Optional[int],
            ratio: Optional[float]) -> None:
    given = [n for n, v in (("words", words), ("sentences", sentences),
                            ("ratio", ratio)) if v is not None]
    if len(given) > 1:
        raise ArgumentError("give at most one of words, sentences, ratio "
                            f"(got {', '.join(given)})")
    if words is not None:
        req.set_words(words)
    elif sentences is not None:
        req.set_sentences(sentences)
    elif ratio is not None:
        req.set_ratio(ratio)


def _request(words: Optional[int] = None, sentences: Optional[int] = None,
             ratio: Optional[float] = None, paragraphs: int = 1,
             output_lang: Optional[str] = None, algorithm: str = "default",
             format: str = "text", keywords: int = 0,
             title: bool = False, fill: bool = False) -> Any:
    req = _core.Request()
    _budget(req, words, sentences, ratio)
    req.set_paragraphs(paragraphs)
    req.set_format_name(format)
    req.set_algorithm(algorithm)
    if output_lang:
        req.set_output_lang(output_lang)
    if keywords:
        req.set_keywords(keywords)
    if _flag(title, "title"):
        req.set_title(1)
    if _flag(fill, "fill"):
        req.set_fill(1)
    return req


class Document:
    """An analysed text: blocks, sentences, tokens and language.

    ``Document(text, lang=None)`` cleans the text (drops menus, share lines,
    code, pasted instructions... unless ``clean=False``), splits sentences,
    tokenizes, and detects the language unless ``lang`` ("ar", "en-GB",
    ...) is given.  ``text`` is str or UTF-8 bytes; invalid UTF-8 raises
    :class:`Utf8Error` unless ``replace_invalid=True``.  ``html``: True
    reads the text as an HTML page and summarizes its main content (the
    library's extraction: menus, scripts, share and related blocks left
    out); "auto" (the default) does so when the text looks like HTML.

    A Document is immutable and may be used from many threads at once.
    ``close()`` (or a ``with`` block) frees it early; it is freed anyway
    when collected.
    """

    def __init__(self, text: Text, lang: Optional[str] = None, *,
                 clean: bool = True, replace_invalid: bool = False,
                 html: Union[bool, str] = "auto",
                 context: Optional[Context] = None) -> None:
        flags = 0
        if not _flag(clean, "clean"):
            flags |= _core.DOC_NO_CLEAN
        data = _encode(text)
        if html is not True and html is not False and html != "auto":
            raise ArgumentError("html must be True, False or 'auto'")
        if html is True or (html == "auto" and
                            _core.looks_like_html(data)):
            flags |= _core.DOC_HTML
        if _flag(replace_invalid, "replace_invalid"):
            flags |= _core.DOC_REPLACE_INVALID
        ctx = _context(context)
        if lang in ("", "auto"):
            lang = None
        self._ctx = ctx  # documents keep their context alive
        self._core = _core.Document(ctx._core, data, lang, flags)
        self._data: Optional[bytes] = None
        self._text: Optional[str] = None
        self._sentences: Optional[List[Sentence]] = None
        self._tokens: Optional[List[Token]] = None

    # -- lifetime
    def close(self) -> None:
        """Frees the C document (idempotent).  Values already read stay
        valid; reading new ones raises :class:`ClosedError`."""
        self._core.close()

    @property
    def closed(self) -> bool:
        return bool(self._core.closed())

    def __enter__(self) -> "Document":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- text and metadata
    @property
    def data(self) -> bytes:
        """The document text as UTF-8 bytes; byte offsets refer to it."""
        if self._data is None:
            self._data = self._core.text()
        return self._data

    @property
    def text(self) -> str:
        """The document text; character offsets refer to it."""
        if self._text is None:
            self._text = _decode(self.data)
        return self._text

    @property
    def language(self) -> str:
        """ISO 639-1 code, given or detected ("und" if unknown)."""
        return self._core.language()

    @property
    def warnings(self) -> List[str]:
        """"replaced" (bad UTF-8 replaced), "lang_guessed"."""
        return _warning_names(self._core.warnings())

    @property
    def content_words(self) -> int:
        """Words of content (sentences not dropped by cleaning)."""
        return self._core.content_words()

    # -- tokenizer layer
    @property
    def sentences(self) -> List[Sentence]:
        """Every sentence, content and dropped alike, in source order."""
        if self._sentences is None:
            data = self.data
            tab = self._core.sentence_table()
            cmap = _char_map(data, tab[0::4] + tab[1::4])
            self._sentences = [
                Sentence(i, _decode(data[tab[k]:tab[k + 1]]), tab[k],
                         tab[k + 1], cmap[tab[k]], cmap[tab[k + 1]],
                         tab[k + 2], tab[k + 3])
                for i, k in enumerate(range(0, len(tab), 4))
            ]
        return self._sentences

    @property
    def tokens(self) -> List[Token]:
        """Every word token, in source order."""
        if self._tokens is None:
            data = self.data
            tab = self._core.token_table()
            norms = self._core.token_norms()
            stems = self._core.token_stems()
            cmap = _char_map(data, tab[0::4] + tab[1::4])
            self._tokens = [
                Token(i, _decode(data[tab[k]:tab[k + 1]]), tab[k],
                      tab[k + 1], cmap[tab[k]], cmap[tab[k + 1]], tab[k + 2],
                      tab[k + 3], norms[i], stems[i])
                for i, k in enumerate(range(0, len(tab), 4))
            ]
        return self._tokens

    def sentence(self, i: int) -> Sentence:
        """The i-th sentence (negative i counts from the end)."""
        return self.sentences[i]

    @property
    def title(self) -> Optional[Sentence]:
        """The headline found by cleaning, or None."""
        try:
            t = self._core.title()
        except NotFoundError:
            return None
        if 0 <= t.index < len(self.sentences):
            return self.sentences[t.index]
        data = self.data
        cmap = _char_map(data, (t.start, t.end))
        return Sentence(-1, _decode(data[t.start:t.end]), t.start, t.end,
                        cmap[t.start], cmap[t.end], t.block, t.flags)

    @property
    def embedded_request(self) -> Optional[EmbeddedRequest]:
        """The instruction written in the text, or None."""
        try:
            r = self._core.embedded_request()
        except NotFoundError:
            return None
        return EmbeddedRequest(r.words, r.paragraphs, r.lang)

    # -- scorer layer
    def score(self, algorithm: str = "default") -> List[float]:
        """One score per sentence (in [0, 1]; 0 for dropped sentences)
        with the named algorithm; see :func:`algorithms`."""
        return self._core.score(algorithm)

    # -- formatter layer
    def summarize(self, words: Optional[int] = None,
                  sentences: Optional[int] = None,
                  ratio: Optional[float] = None, paragraphs: int = 1,
                  output_lang: Optional[str] = None,
                  algorithm: str = "default", format: str = "text",
                  keywords: int = 0, title: bool = False,
                  fill: bool = False) -> Summary:
        """Summarizes the document.

        Budget: at most one of ``words`` (never exceeded), ``sentences``
        or ``ratio`` (of the content words); default 20% of the words.
        ``paragraphs``: K output paragraphs.  ``output_lang``: the language
        the summary must be in; anything but the source's raises
        :class:`LanguageMismatchError`.  ``format``: "text", "markdown",
        "html" or "json".  ``keywords``: how many keywords to report.
        ``title``: start with the headline.  ``fill``: complete a word
        budget with the next sentence, cut and ended with "\u2026".
        """
        req = _request(words, sentences, ratio, paragraphs, output_lang,
                       algorithm, format, keywords, title, fill)
        core = self._core.summarize(req)
        try:
            return Summary(core, self.data, "markdown" if format == "md"
                           else format)
        finally:
            core.close()

    def __len__(self) -> int:
        """Number of sentences."""
        return self._core.sentence_count()

    def __repr__(self) -> str:
        if self.closed:
            return "<summar.Document closed>"
        return (f"<summar.Document {self.language} "
                f"{self._core.sentence_count()} sentences, "
                f"{self._core.token_count()} tokens>")


# ------------------------------------------------------------ functions


def summarize(text: Text, words: Optional[int] = None,
              sentences: Optional[int] = None,
              ratio: Optional[float] = None, paragraphs: int = 1,
              lang: Optional[str] = None, output_lang: Optional[str] = None,
              algorithm: str = "default", format: str = "text",
              keywords: int = 0, title: bool = False,
              fill: bool = False,
              html: Union[bool, str] = "auto") -> Summary:
    """Summarizes text in one call and returns a :class:`Summary`.

    >>> s = summar.summarize(article, words=120, paragraphs=2)
    >>> print(s.text)

    ``lang``: the source language (detected when None); ``html``: as for
    :class:`Document`.  The other
    arguments are those of :meth:`Document.summarize`.  Releases the GIL
    while the C library works.
    """
    req = _request(words, sentences, ratio, paragraphs, output_lang,
                   algorithm, format, keywords, title, fill)
    doc = Document(text, lang, html=html)
    try:
        core = doc._core.summarize(req)
        try:
            return Summary(core, doc.data, "markdown" if format == "md"
                           else format)
        finally:
            core.close()
    finally:
        doc.close()


_REQUEST_OPTIONS = ("words", "sentences", "ratio", "paragraphs", "output_lang",
                    "algorithm", "format", "keywords", "title", "fill")


def summarize_many(texts: Iterable[Text], jobs: int = 0, *,
                   lang: Optional[str] = None, clean: bool = True,
                   context: Optional[Context] = None,
                   chunk_size: Optional[int] = None,
                   **options: Any) -> Iterator[Union[Summary, Error]]:
    """Summarizes many texts on ``jobs`` threads (0: one per CPU) and
    yields one result per text, in input order.

    >>> for s in summar.summarize_many(articles, jobs=4, words=80):
    ...     print(s if isinstance(s, summar.Error) else s.text)

    A result is a :class:`Summary`, or, for a text that failed (empty,
    invalid UTF-8...), the :class:`Error` it raised, not raised, with
    ``.index`` its position in ``texts``: one bad text does not stop the
    others.  ``options`` are those of :func:`summarize` (``words``,
    ``paragraphs``, ``format``...), the same for every text; a mistake in
    them raises at once.  ``lang``: every text's language (detected per
    text when None).  ``texts`` may be any iterable, read ``chunk_size``
    texts at a time (default 16 per thread); the C library summarizes
    each chunk with the GIL released (``summar_summarize_batch()``).
    """
    unknown = sorted(set(options) - set(_REQUEST_OPTIONS))
    if unknown:
        raise ArgumentError(f"unknown option {unknown[0]!r} (known: "
                            f"{', '.join(_REQUEST_OPTIONS)})")
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 0:
        raise (ArgumentError if not isinstance(jobs, int) else RangeError)(
            "jobs must be an int >= 0")
    req = _request(**options)
    fmt = options.get("format", "text")
    fmt = "markdown" if fmt == "md" else fmt
    if lang in ("", "auto"):
        lang = None
    flags = 0 if _flag(clean, "clean") else _core.DOC_NO_CLEAN
    ctx = _context(context)
    threads = jobs or os.cpu_count() or 1
    size = chunk_size or 16 * threads
    if not isinstance(size, int) or size < 1:
        raise RangeError("chunk_size must be an int >= 1")
    it = iter(texts)
    index = 0
    while True:
        chunk = [_encode(t, "each text")
                 for t in itertools.islice(it, size)]
        if not chunk:
            return
        batch = _core.Batch(ctx._core, chunk, lang, flags, req, jobs)
        for i, data in enumerate(chunk):
            try:
                core = batch.take(i)
            except Error as e:
                e.index = index + i
                yield e
                continue
            try:
                yield Summary(core, data, fmt)
            finally:
                core.close()
        index += len(chunk)


def quick(text: Text, words: int = 0, paragraphs: int = 0,
          lang: Optional[str] = None) -> str:
    """The C one-call convenience summar_quick(): plain text of at most
    ``words`` words (0: 20% of the source) in ``paragraphs`` paragraphs."""
    return _decode(_core.quick(_encode(text), lang, words, paragraphs))


def algorithms() -> Dict[str, str]:
    """The scoring algorithms: name -> one-line description."""
    out: Dict[str, str] = {}
    i = 0
    while True:
        name = _core.algorithm_name(i)
        if name is None:
            return out
        out[name] = _core.algorithm_description(i) or ""
        i += 1


def languages() -> List[str]:
    """Languages with built-in stopwords and stemming (ISO 639-1).  Other
    languages ICU can segment work too, without them."""
    out: List[str] = []
    while True:
        name = _core.language_code(len(out))
        if name is None:
            return out
        out.append(name)


def word_count(text: Text) -> int:
    """Words in text, counted as a word processor does."""
    return _core.word_count(_encode(text))


def utf8_check(data: bytes) -> None:
    """Raises :class:`Utf8Error` or :class:`NulError` (with ``.offset``,
    the first bad byte) unless data is valid UTF-8 without NUL bytes."""
    status, offset = _core.utf8_check(_encode(data))
    if status == _core.OK:
        return
    cls = Utf8Error if status == _core.ERR_UTF8 else NulError
    err = cls(f"{_core.strerror(status)} at byte {offset}")
    err.code = status
    err.offset = offset
    raise err


def rouge(summary: Text, refs: Sequence[Text], lang: Optional[str] = None,
          cut_words: int = 0) -> Rouge:
    """Scores ``summary`` against the reference texts ``refs`` with
    ROUGE-1, ROUGE-2 and ROUGE-L (Lin 2004), each averaged over the
    references (the C ``summar_rouge_score()``).

    >>> r = summar.rouge("the cat sat", ["the cat ran"])
    >>> r.rouge1.recall, r.rouge2.recall
    (0.6666666666666666, 0.5)

    ``summary`` is str or UTF-8 bytes; ``refs`` a non-empty sequence of
    them (a single str or bytes, or no references, raise
    :class:`ArgumentError`).  Tokens are lower-cased runs of letters and
    digits after normalization.  ``lang``: the ISO 639-1 code of the texts,
    for stemming (English: Porter, tokens over 3 letters; other languages
    with a built-in stemmer: Snowball); None: no stemming; an unknown code
    raises :class:`LanguageUnsupportedError`.  ``cut_words``: if not 0, the
    summary is first cut after that many words (as :func:`word_count`
    counts them).  Invalid UTF-8 raises :class:`Utf8Error`.  A summary or
    reference without tokens scores 0.  Releases the GIL while the C
    library works.
    """
    if isinstance(refs, (str, bytes, bytearray)):
        raise ArgumentError("refs must be a sequence of str or bytes, not a "
                            f"single {type(refs).__name__}")
    try:
        data = [_encode(r, "each reference") for r in refs]
    except TypeError as e:
        if isinstance(e, Error):
            raise
        raise ArgumentError("refs must be a sequence of str or bytes, not "
                            f"{type(refs).__name__}") from None
    v = _core.rouge_score(_encode(summary), data, lang, cut_words)
    return Rouge(PRF(*v[0:3]), PRF(*v[3:6]), PRF(*v[6:9]))


def strerror(code: int) -> str:
    """The C library's message for a status code."""
    return _core.strerror(code)

