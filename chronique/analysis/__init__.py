"""Analysis: what is read out of the store: timelines, exports."""
from chronique.analysis.export import FORMATS, export_events
from chronique.analysis.timeline import monthly_counts

__all__ = ["export_events", "FORMATS", "monthly_counts"]
