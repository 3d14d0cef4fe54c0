"""What a page type provided in a unit's name takes from the chain (Đ.6).

`ArticlePage` mixes in `UnitScopedPage`: its permission tester keeps other
units' items closed (see `permissions.py`) and its admin form sets the
providing unit from the author's membership, on creation and on every edit,
so a forged POST cannot name another unit.
"""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

ONE_UNIT_HELP = "Đặt theo đơn vị của bạn, không thay đổi được."
SEVERAL_UNITS_HELP = "Chọn một trong các đơn vị bạn công tác hoặc kiêm nhiệm."
NO_UNIT_ERROR = ("Tài khoản của bạn chưa gắn với đơn vị nào nên chưa thể cung cấp tin; "
                 "hãy liên hệ quản trị.")


class UnitBoundPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("providing_unit")
        if field is not None and self.for_user is not None:
            self._bind_providing_unit(field)

    def _bind_providing_unit(self, field):
        from congtin.org.models import Unit

        from .permissions import providing_unit_choices

        units = providing_unit_choices(self.for_user)
        if units is None:  # above the units: any unit (documented in docs/vai-tro.md)
            return
        # A plain list of the person's units instead of the snippet chooser,
        # which would browse every unit.
        field.widget = forms.Select()
        field.queryset = Unit.objects.filter(pk__in=[unit.pk for unit in units])
        field.required = True
        field.empty_label = None
        field.error_messages["required"] = NO_UNIT_ERROR
        if len(units) == 1:
            # Disabled: Django ignores whatever the POST says and keeps this.
            field.disabled = True
            self.initial["providing_unit"] = units[0].pk
            field.help_text = ONE_UNIT_HELP
        else:
            field.help_text = SEVERAL_UNITS_HELP
            if self.initial.get("providing_unit") not in {unit.pk for unit in units}:
                self.initial["providing_unit"] = units[0].pk


class UnitScopedPage:
    """Mixin for page types with a `providing_unit`."""

    base_form_class = UnitBoundPageForm

    def permissions_for_user(self, user):
        from .permissions import UnitScopedPermissionTester

        return UnitScopedPermissionTester(user, self)
