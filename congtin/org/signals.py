"""Keep users' role groups in step with the organisation data.

A person's role groups follow them: saving the person (or their board seats,
or their concurrent units) recomputes them, and a user who is unlinked from a
person, or whose person is deleted, loses the groups derived for them.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver

from .models import BoardMembership, Person
from .roles import strip_derived_roles, sync_user_groups


@receiver(pre_save, sender=Person)
def remember_previous_user(sender, instance, **kwargs):
    # The user this person was linked to before the save, to strip if it changes.
    previous = None
    if instance.pk:
        previous = Person.objects.filter(pk=instance.pk).values(
            "user_id", "administers").first()
    instance._previous_link = previous


@receiver(post_save, sender=Person)
def person_saved(sender, instance, **kwargs):
    previous = getattr(instance, "_previous_link", None)
    if previous and previous["user_id"] and previous["user_id"] != instance.user_id:
        _strip(previous["user_id"], previous["administers"])
    if instance.user_id:
        sync_user_groups(instance.user)


@receiver(post_delete, sender=Person)
def person_deleted(sender, instance, **kwargs):
    if instance.user_id:
        _strip(instance.user_id, instance.administers)


@receiver(m2m_changed, sender=Person.concurrent_units.through)
def concurrent_units_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and isinstance(instance, Person) and instance.user_id:
        sync_user_groups(instance.user)


def _strip(user_id, was_administrator):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(pk=user_id).first()
    if user is not None:
        strip_derived_roles(user, was_administrator)


@receiver([post_save, post_delete], sender=BoardMembership)
def membership_changed(sender, instance, **kwargs):
    person = Person.objects.filter(pk=instance.person_id).select_related("user").first()
    if person and person.user_id:
        sync_user_groups(person.user)
