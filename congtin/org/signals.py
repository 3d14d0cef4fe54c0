"""Keep users' role groups in step with the organisation data."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import BoardMembership, Person
from .roles import sync_user_groups


@receiver(post_save, sender=Person)
def person_saved(sender, instance, **kwargs):
    if instance.user_id:
        sync_user_groups(instance.user)


@receiver([post_save, post_delete], sender=BoardMembership)
def membership_changed(sender, instance, **kwargs):
    person = Person.objects.filter(pk=instance.person_id).select_related("user").first()
    if person and person.user_id:
        sync_user_groups(person.user)
