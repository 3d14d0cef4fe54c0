"""Demo data of the search app: the index of the demo department's pages, so
the demo is searchable right after load_demo."""

from .indexing import clear, rebuild


def build(context):
    rows, _seconds = rebuild()
    return {"Trang trong chỉ mục tìm kiếm": rows}


def reset():
    clear()
