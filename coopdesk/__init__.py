"""CoopDesk: offline records of meetings, mediator appointments and consultations."""

__version__ = "0.1.0"
