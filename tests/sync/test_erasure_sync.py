"""An erasure reaches every replica through bundles, in any order; an older bundle
imported afterwards never brings the values back, and no replica keeps them in its
conflict log or in its database file."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from coopdesk.domain.schema import CONSULTATION, PARTICIPANT, PERSON
from coopdesk.services import erasure, records
from coopdesk.store.keys import Keyring, read_salt
from coopdesk.store.models import Conflict
from coopdesk.sync.exchange import export_bundle, import_bundle
from tests.conftest import PASSPHRASE
from tests.services.samples import sample
from tests.store.raw_pages import file_holds
from tests.sync.replicas import dump
from tests.sync.test_bundles import Org

SECRETS = (
    "Пена Илиева",
    "0888 404 404",
    "Иска подслон",
    "Насилие в дома",
    "Пенка от B",
    "Пенка от C",
)


class Three:
    """An office and two field devices that know each other, holding one person."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.org = Org(root)
        self.a = self.org.office
        self.b, self.c = self.org.enrol("FieldB"), self.org.enrol("FieldC")
        self.count = itertools.count()
        person = sample(self.a, "person", full_name=SECRETS[0], phone=SECRETS[1], notes=SECRETS[2])
        self.person_id = person["id"]
        sample(self.a, "consultation", person_id=self.person_id, description=SECRETS[3])
        first = self.bundle(self.a)
        for store in (self.b, self.c):
            self.load(store, first)

    def bundle(self, store, **options) -> Path:
        path = self.root / f"bundle-{next(self.count)}.coopsync"
        return export_bundle(store, path, **options).path

    def load(self, store, path: Path) -> None:
        import_bundle(store, path, self.root / "backups")

    def stores(self):
        return (self.a, self.b, self.c)


@pytest.fixture
def three(tmp_path):
    replicas = Three(tmp_path)
    yield replicas
    replicas.org.close()


def _conflict_values(store) -> list[str]:
    with store.read() as session:
        return [f"{c.lost_value} {c.kept_value}" for c in session.query(Conflict)]


def _assert_erased_everywhere(three: Three) -> None:
    dumps = {dump(store) for store in three.stores()}
    assert len(dumps) == 1
    for store in three.stores():
        person = records.get(store, PERSON, three.person_id)
        assert (person["full_name"], person["phone"], person["notes"]) == (None, None, None)
        assert person["code"] and person["gender"] == "female"
        (consultation,) = records.list_records(
            store, CONSULTATION, records.ListQuery(equals={"person_id": three.person_id})
        )
        assert consultation["description"] is None
        logged = " ".join(_conflict_values(store))
        key = Keyring(PASSPHRASE).key_for(read_salt(store.path))
        for secret in SECRETS:
            assert secret not in logged
            assert not file_holds(store.path, key, secret), (store.device.device_name, secret)


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_erasure_reaches_three_replicas_in_any_order_and_old_bundles_do_not_undo_it(three, order):
    # B and C rename the person unaware of each other: a true conflict whose losing
    # name every replica logs; then C's rename and the erasure cross.
    records.update(three.b, PERSON, three.person_id, {"full_name": SECRETS[4]})
    records.update(three.c, PERSON, three.person_id, {"full_name": SECRETS[5]})
    from_b, from_c = three.bundle(three.b), three.bundle(three.c)
    old_from_a = three.bundle(three.a, full=True)
    for store, path in ((three.a, from_b), (three.a, from_c), (three.c, from_b), (three.b, from_c)):
        three.load(store, path)
    assert any(SECRETS[4] in v or SECRETS[5] in v for v in _conflict_values(three.a))

    erasure.erase_person(three.a, three.person_id)
    deliveries = [
        lambda: three.load(three.b, three.bundle(three.a)),
        lambda: three.load(three.c, three.bundle(three.a)),
        lambda: three.load(three.c, three.bundle(three.b, full=True)),
    ]
    for index in order:
        deliveries[index]()
    for store in (three.b, three.c):  # everything each holds, to everyone
        path = three.bundle(store, full=True)
        for other in three.stores():
            if other is not store:
                three.load(other, path)
    for store in (three.b, three.c):  # stale bundles arrive late
        three.load(store, old_from_a)
    for path in (from_b, from_c):
        for store in three.stores():
            three.load(store, path)
    _assert_erased_everywhere(three)


def test_an_erasure_is_taken_from_the_office_not_from_a_field_device_that_passes_it_on(three):
    """A field device vouches only for its own writes (sync/authorship.py): the office's
    erasure that B passes on is left for the office to deliver, which then clears C's
    conflict log of the phone it lost."""
    records.update(three.c, PERSON, three.person_id, {"phone": "0899 111 111"})
    records.update(three.a, PERSON, three.person_id, {"phone": SECRETS[1] + " 2"})
    three.load(three.c, three.bundle(three.a))  # C logs its own lost phone
    assert _conflict_values(three.c)
    erasure.erase_person(three.a, three.person_id)
    three.load(three.b, three.bundle(three.a))
    three.load(three.c, three.bundle(three.b, full=True))  # through B: not B's to give
    assert records.get(three.c, PERSON, three.person_id)["phone"] == SECRETS[1] + " 2"
    three.load(three.c, three.bundle(three.a))
    assert not any("0899 111 111" in v for v in _conflict_values(three.c))
    assert records.get(three.c, PERSON, three.person_id)["phone"] is None


def test_an_erasure_empties_attendance_rows_made_elsewhere_before_it(three):
    """C names the person on a meeting's list; the office, not yet aware of it, erases
    her: every replica empties C's row too, and keeps the attendance."""
    meeting = sample(three.c, "meeting")
    row = sample(
        three.c, "participant", meeting_id=meeting["id"], person_id=three.person_id,
        name=SECRETS[0], contact=SECRETS[1], consent_given=True,
    )  # fmt: skip
    erasure.erase_person(three.a, three.person_id)
    three.load(three.a, three.bundle(three.c))  # the row arrives after the erasure
    three.load(three.c, three.bundle(three.a))  # the erasure reaches the row's maker
    three.load(three.b, three.bundle(three.a))
    three.load(three.b, three.bundle(three.c))
    dumps = {dump(store) for store in three.stores()}
    assert len(dumps) == 1
    for store in three.stores():
        after = records.get(store, PARTICIPANT, row["id"])
        assert (after["name"], after["contact"], after["person_id"]) == (
            None,
            None,
            three.person_id,
        )
        key = Keyring(PASSPHRASE).key_for(read_salt(store.path))
        assert not file_holds(store.path, key, SECRETS[0]), store.device.device_name
