"""Event coding: who did what to whom in a sentence.

- ``triggers``: which words are event triggers (the lexicon, its cues checked on the parse);
- ``syntax``: walking the parse (subjects, agents, objects, conjuncts, phrases);
- ``arguments``: the actors of a trigger's arguments (source and target);
- ``candidates``: what the rules propose for a sentence (``code_sentence``);
- ``features``, ``decide``, ``roles``: what the trained models see of a candidate and what they decide;
- ``context``: actor mentions read in their document (descriptions, pronouns, pairs, the countries around);
- ``speakers``: who says what a sentence reports;
- ``sides``: the sides of coded events read against the rest of the document;
- ``mentions``: actor mentions made ready for an event;
- ``words``: the word lists the rules read (rashomon/data/event_words.txt).
"""

from __future__ import annotations

from rashomon.nlp.events.arguments import ActorResolver
from rashomon.nlp.events.candidates import Candidate, Coded, code_sentence, propose

__all__ = ["ActorResolver", "Candidate", "Coded", "code_sentence", "propose"]
