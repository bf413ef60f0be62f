"""spaCy's tokenizer bounded for hostile text: a whitespace-free run ("((((…", a 100 kB
"word") is cut into opaque tokens instead of going through affix splitting, which is
quadratic in a run's length. Split from pipeline.py, which installs it on the model.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

# Whitespace-free runs longer than this many characters ("((((…", a 100 kB "word") are not
# given to spaCy's tokenizer, whose affix splitting is quadratic in a run's length: they
# become opaque tokens of at most MAX_RUN characters. URLs and words are far shorter.
MAX_RUN = 100
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


class BoundedTokenizer:
    """spaCy's tokenizer, except that whitespace-free runs over MAX_RUN characters are cut
    into opaque tokens, so tokenizing stays linear in the text. The Doc's text is the input,
    character for character, so evidence offsets still index the original text."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        if len(text) <= MAX_RUN or _LONG_RUN.search(text) is None:
            return self.tokenizer(text)
        docs, pos = [], 0
        for match in _LONG_RUN.finditer(text):
            if match.start() > pos:
                docs.append(self.tokenizer(text[pos:match.start()]))
            end = match.end()
            words = [text[i:min(i + MAX_RUN, end)] for i in range(match.start(), end, MAX_RUN)]
            spaces = [False] * len(words)
            pos = end
            if text.startswith(" ", pos):
                spaces[-1], pos = True, pos + 1
            docs.append(Doc(self.vocab, words=words, spaces=spaces))
        if pos < len(text):
            docs.append(self.tokenizer(text[pos:]))
        return Doc.from_docs(docs, ensure_whitespace=False)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)
