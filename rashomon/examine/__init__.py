"""The examine stage: link the events of all sources into claims, weigh who asserts and who denies each,
find conflicts of detail, what each source leaves out, and how each source paints each actor."""
