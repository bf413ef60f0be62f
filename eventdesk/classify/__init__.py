"""A learned event classifier: for a clause and its event word, P(`none`) and P(sub-type).

Rules decide what the parse can show (who, where, when, did it happen); this model brings
what rules cannot list — the many ways news says that a kind of event took place. It is
trained from `eventdesk/data/training/` by `eventdesk train` and shipped as a small head over
a static sentence encoder, so coding a clause costs microseconds and nothing is downloaded.
"""

from eventdesk.classify.model import EventClassifier, Example, load_classifier

__all__ = ["EventClassifier", "Example", "load_classifier"]
