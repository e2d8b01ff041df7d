"""The organisation's settings that sync (kind `setting`): the age bands of reports."""

from __future__ import annotations

from sqlalchemy.orm import Session

from coopdesk.domain.age_bands import DEFAULT_BANDS, Band, bands_text, parse_bands, setting_id
from coopdesk.domain.enums import SettingKey
from coopdesk.domain.schema import SETTING
from coopdesk.services import records
from coopdesk.store.database import Store
from coopdesk.store.models import Setting


def age_bands_in(session: Session) -> tuple[Band, ...]:
    """The age bands a report counts by: the setting's, else the donor's default."""
    row = session.get(Setting, setting_id(SettingKey.AGE_BANDS))
    if row is None or row.deleted:
        return DEFAULT_BANDS
    return parse_bands(row.value)


def age_bands(store: Store) -> tuple[Band, ...]:
    with store.read() as session:
        return age_bands_in(session)


def set_age_bands(store: Store, text: str) -> tuple[Band, ...]:
    """Set the age bands from their text (e.g. 0-17,18-29,30-54,55+); a list with gaps,
    overlaps, unsorted or not from 0 is refused and nothing is written."""
    bands = parse_bands(text)
    value = bands_text(bands)
    with store.write() as writer:
        row = writer.session.get(Setting, setting_id(SettingKey.AGE_BANDS))
        if row is None:
            records.insert(writer, SETTING, {"key": SettingKey.AGE_BANDS.value, "value": value})
        else:
            records.modify(writer, SETTING, row, {"value": value})
    return bands
