"""Forms of the chain's admin screens."""

from django import forms

from congtin.content.models import ArticleIndexPage

from .docx_import import MAX_DOCX_BYTES, check_docx


class DocxImportForm(forms.Form):
    """“Cung cấp tin từ tệp Word”: the file, its section and missing alt texts."""

    file = forms.FileField(label="Tệp Word (.docx)",
                           help_text="Tiêu đề, đoạn văn, chữ đậm/nghiêng, danh sách, bảng, "
                                     "hình ảnh; công thức LaTeX đặt giữa \\[ và \\].")
    section = forms.ModelChoiceField(label="Chuyên mục", queryset=ArticleIndexPage.objects.none())
    title = forms.CharField(label="Tiêu đề", required=False, max_length=255,
                            help_text="Để trống để lấy tiêu đề cấp 1 trong tệp.")
    alt_texts = forms.CharField(
        label="Mô tả hình ảnh", required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Bắt buộc cho những ảnh chưa có mô tả trong tệp: mỗi ảnh một dòng, theo thứ "
                  "tự xuất hiện.")

    unit = forms.ModelChoiceField(label="Đơn vị cung cấp tin", queryset=None, empty_label=None,
                                  help_text="Chọn một trong các đơn vị bạn công tác hoặc kiêm "
                                            "nhiệm.")

    def __init__(self, *args, sections=None, units=None, **kwargs):
        from congtin.org.models import Unit

        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = sections if sections is not None else (
            ArticleIndexPage.objects.none())
        # Đ.6: the unit comes from the person's membership; with one unit there
        # is nothing to choose (a forged value is ignored), staff above the
        # units may name any unit (units=None).
        unit = self.fields["unit"]
        if units is None:
            unit.queryset = Unit.objects.exclude(kind=Unit.Kind.PARTNER)
            unit.help_text = ""
        else:
            unit.queryset = Unit.objects.filter(pk__in=[u.pk for u in units])
            if len(units) == 1:
                unit.initial = units[0].pk
                unit.disabled = True
                unit.widget = forms.HiddenInput()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_DOCX_BYTES:
            raise forms.ValidationError("Tệp quá lớn (tối đa 20 MB).")
        if not upload.name.lower().endswith(".docx"):
            raise forms.ValidationError("Chỉ nhận tệp Word định dạng .docx.")
        check_docx(upload)  # before anything stores or parses it
        return upload

    def alt_text_lines(self):
        return [line for line in self.cleaned_data.get("alt_texts", "").splitlines()
                if line.strip()]


class DateInput(forms.DateInput):
    input_type = "date"


class InformationRequestForm(forms.ModelForm):
    class Meta:
        from .models import InformationRequest

        model = InformationRequest
        fields = ["unit", "subject", "detail", "due_date"]
        widgets = {"due_date": DateInput(format="%Y-%m-%d")}

    def clean(self):
        from congtin.vntext import normalize

        data = super().clean()
        for name in ("subject", "detail"):
            if data.get(name):
                data[name] = normalize(data[name]).strip()
        return data


class DelegationForm(forms.ModelForm):
    class Meta:
        from .models import Delegation

        model = Delegation
        fields = ["delegate", "all_categories", "categories", "start_date", "end_date", "note"]
        widgets = {"start_date": DateInput(format="%Y-%m-%d"),
                   "end_date": DateInput(format="%Y-%m-%d"),
                   "categories": forms.CheckboxSelectMultiple}

    def __init__(self, *args, grantor=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.grantor = grantor
        self.fields["categories"].queryset = ArticleIndexPage.objects.filter(
            locale__language_code="vi")


class AbsenceForm(forms.ModelForm):
    """An absence and its stand-in. `recorder` is the person recording it; unless
    they may record anyone's (the Head, the secretariat), it is their own."""

    class Meta:
        from .models import Absence

        model = Absence
        fields = ["person", "stand_in", "start_date", "end_date", "reason"]
        widgets = {"start_date": DateInput(format="%Y-%m-%d"),
                   "end_date": DateInput(format="%Y-%m-%d")}

    def __init__(self, *args, recorder=None, for_anyone=False, **kwargs):
        from congtin.org.models import Person

        from .absences import people_with_steps

        super().__init__(*args, **kwargs)
        person = self.fields["person"]
        if for_anyone:
            person.queryset = people_with_steps()
        else:
            person.queryset = Person.objects.filter(pk=getattr(recorder, "pk", None))
            person.initial = getattr(recorder, "pk", None)
            person.disabled = True  # one's own absence only, whatever the POST says
        person.empty_label = None
        self.fields["stand_in"].queryset = Person.objects.exclude(user=None).select_related(
            "unit")

    def clean(self):
        from .absences import stand_in_problems

        data = super().clean()
        absent, stand_in = data.get("person"), data.get("stand_in")
        if absent and stand_in and absent != stand_in:
            for problem in stand_in_problems(absent, stand_in, data.get("start_date")):
                self.add_error("stand_in", problem)
        return data
