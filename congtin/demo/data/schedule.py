"""The leaders' working week (lịch công tác), as templates the builder lays
over the current and the next week.

Each day lists (time, leader key, what, where, who attends). Leader keys are
the people keys of `data/organisation.py`.
"""

WEEK = [
    # Monday
    [
        ("07:30", "giamdoc", "Họp giao ban Ban Giám đốc", "Phòng họp A, tầng 3",
         "Ban Giám đốc; Chánh Văn phòng"),
        ("09:00", "truongban", "Làm việc với các doanh nghiệp tham gia Chương trình bình ổn "
         "thị trường về kế hoạch dự trữ hàng hóa", "Phòng họp B, tầng 3",
         "Phòng Quản lý Thương mại; đại diện các doanh nghiệp bình ổn"),
        ("14:00", "pgd_nangluong", "Họp Ban Chỉ đạo cung ứng điện Thành phố",
         "Ủy ban nhân dân Thành phố", "Phòng Quản lý Năng lượng"),
    ],
    # Tuesday
    [
        ("08:00", "pgd_congnghiep", "Kiểm tra công tác an toàn hóa chất tại doanh nghiệp",
         "Khu công nghiệp Tân Tạo", "Phòng Kỹ thuật – An toàn – Môi trường; Thanh tra Sở"),
        ("09:30", "giamdoc", "Dự họp Ủy ban nhân dân Thành phố về tình hình kinh tế – xã hội",
         "Hội trường Ủy ban nhân dân Thành phố", "Phòng Kế hoạch – Tài chính"),
        ("14:00", "truongban", "Họp Ban Biên tập Cổng thông tin điện tử Sở",
         "Phòng họp A, tầng 3", "Thành viên Ban Biên tập; Tổ Thư ký"),
    ],
    # Wednesday
    [
        ("08:00", "pgd_nangluong", "Làm việc với Tổng Công ty Điện lực Thành phố về kế hoạch "
         "cung cấp điện mùa khô", "Tổng Công ty Điện lực Thành phố",
         "Phòng Quản lý Năng lượng"),
        ("09:00", "giamdoc", "Tiếp công dân định kỳ", "Phòng Tiếp công dân, tầng trệt",
         "Thanh tra Sở; Văn phòng Sở"),
        ("15:00", "pgd_congnghiep", "Hội đồng thẩm định hồ sơ hỗ trợ khuyến công",
         "Phòng họp B, tầng 3", "Phòng Quản lý Công nghiệp; Phòng Kế hoạch – Tài chính"),
    ],
    # Thursday
    [
        ("08:30", "truongban", "Khai mạc phiên chợ hàng Việt về khu công nghiệp",
         "Khu công nghiệp Vĩnh Lộc", "Phòng Quản lý Thương mại"),
        ("14:00", "giamdoc", "Làm việc với Phòng Tổ chức Cán bộ về công tác cán bộ",
         "Phòng làm việc Giám đốc", "Phòng Tổ chức Cán bộ"),
    ],
    # Friday
    [
        ("08:00", "pgd_nangluong", "Kiểm tra tình hình kinh doanh tại các cửa hàng xăng dầu",
         "Thành phố Thủ Đức", "Phòng Quản lý Thương mại; Phòng Quản lý Năng lượng"),
        ("09:00", "pgd_congnghiep", "Hội thảo phát triển công nghiệp hỗ trợ ngành cơ khí",
         "Trung tâm Hội nghị 272, Quận 3", "Phòng Quản lý Công nghiệp"),
        ("15:30", "giamdoc", "Họp giao ban cuối tuần với các phòng, đơn vị",
         "Phòng họp A, tầng 3", "Ban Giám đốc; lãnh đạo các phòng, đơn vị"),
    ],
]

# The next week differs a little, as real weeks do.
NEXT_WEEK = [
    [
        ("07:30", "giamdoc", "Họp giao ban Ban Giám đốc", "Phòng họp A, tầng 3",
         "Ban Giám đốc; Chánh Văn phòng"),
        ("14:00", "truongban", "Làm việc với các sàn thương mại điện tử về chương trình khuyến "
         "mại cuối năm", "Phòng họp B, tầng 3", "Phòng Quản lý Thương mại"),
    ],
    [
        ("08:30", "pgd_nangluong", "Hội nghị tập huấn sử dụng năng lượng tiết kiệm và hiệu quả",
         "Hội trường Sở, tầng 6", "Phòng Quản lý Năng lượng; các doanh nghiệp"),
        ("14:00", "giamdoc", "Họp Đảng ủy Sở", "Phòng họp A, tầng 3", "Ban Chấp hành Đảng bộ Sở"),
        ("16:00", "pgd_congnghiep", "Nghe báo cáo kết quả kiểm tra an toàn hóa chất đợt 2",
         "Phòng họp B, tầng 3", "Phòng Kỹ thuật – An toàn – Môi trường"),
    ],
    [
        ("08:00", "truongban", "Kiểm tra tình hình dự trữ hàng hóa phục vụ Tết tại các doanh "
         "nghiệp bình ổn", "Kho hàng các doanh nghiệp bình ổn",
         "Phòng Quản lý Thương mại; Thanh tra Sở"),
        ("14:30", "giamdoc", "Làm việc với Hiệp hội Doanh nghiệp Thành phố",
         "Trụ sở Hiệp hội Doanh nghiệp Thành phố", "Văn phòng Sở"),
    ],
    [
        ("09:00", "pgd_congnghiep", "Làm việc với Ban Quản lý các Khu chế xuất và công nghiệp "
         "về công tác bảo vệ môi trường", "Ban Quản lý các Khu chế xuất và công nghiệp",
         "Phòng Kỹ thuật – An toàn – Môi trường"),
        ("14:00", "pgd_nangluong", "Họp tổ công tác về phát triển điện mặt trời mái nhà",
         "Phòng họp B, tầng 3", "Phòng Quản lý Năng lượng; Điện lực Thành phố"),
        ("15:30", "truongban", "Duyệt danh sách tin, bài trình Ban Biên tập trong tuần",
         "Phòng làm việc Phó Giám đốc", "Tổ Thư ký Ban Biên tập"),
    ],
    [
        ("08:00", "giamdoc", "Hội nghị sơ kết công tác tháng của ngành công thương",
         "Hội trường Sở, tầng 6", "Lãnh đạo các phòng, đơn vị"),
        ("14:00", "truongban", "Tiếp và làm việc với đoàn doanh nghiệp Nhật Bản về hợp tác "
         "phân phối", "Phòng khách tầng 3", "Phòng Quản lý Thương mại"),
    ],
]
