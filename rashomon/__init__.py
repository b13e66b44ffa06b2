"""rashomon: read the news about a contested story from sides that disagree, and cross-examine it."""

__version__ = "0.1.0"

from rashomon.engine import RunReport, analyze
from rashomon.settings import Options
from rashomon.store import Store

__all__ = ["Options", "RunReport", "Store", "__version__", "analyze"]
