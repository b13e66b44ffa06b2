"""NLP: the spaCy pipeline, actors, events, time, places, attribution."""
