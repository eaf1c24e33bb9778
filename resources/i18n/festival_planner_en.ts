<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CampaignBar</name>
    <message>
        <location filename="../../festival_planner/gui/campaign_bar.py" line="+47"/>
        <source>Chưa có năm</source>
        <translation>No year yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm tổ chức đang xem</source>
        <translation>Festival year shown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Năm mới…</source>
        <translation>New Festival Year…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lập kế hoạch cho một năm mới</source>
        <translation>Plan a new festival year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kế hoạch năm…</source>
        <translation>Year Plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa đợt tổ chức, ngày hội và số điểm mục tiêu của năm</source>
        <translation>Edit the year&apos;s festival window, festival day and target number of sites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tạo kế hoạch mẫu…</source>
        <translation>Create Demo Plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tạo một năm mẫu 28 điểm để làm quen với ứng dụng</source>
        <translation>Create a 28-site demo year to get to know the application</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Chưa có kế hoạch nào: tạo năm mới (Sửa → Năm mới…) hoặc dữ liệu mẫu (Trợ giúp → Tạo kế hoạch mẫu…).</source>
        <translation>No plan yet: create a new year (Edit → New Festival Year…) or demo data (Help → Create Demo Plan…).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Đã tạo kế hoạch năm %1.</source>
        <translation>Created the plan for %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Năm mới</source>
        <translation>New Festival Year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lập kế hoạch cho năm:</source>
        <translation>Plan the year:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đã tạo kế hoạch mẫu năm %1 (%2 điểm).</source>
        <translation>Created the %1 demo plan (%2 sites).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tạo kế hoạch mẫu</source>
        <translation>Create Demo Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Năm của kế hoạch mẫu:</source>
        <translation>Year of the demo plan:</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../festival_planner/gui/campaign_dialog.py" line="+35"/>
        <source>Kế hoạch năm %1</source>
        <translation>Plan for %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>điểm</source>
        <translation>sites</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đợt tổ chức:</source>
        <translation>Festival window:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày hội:</source>
        <translation>Festival day:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số điểm mục tiêu:</source>
        <translation>Target number of sites:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../festival_planner/gui/database_actions.py" line="+37"/>
        <source>Tệp đang mở ở nơi khác</source>
        <translation>File open elsewhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp %1 đang được mở ở một cửa sổ hoặc chương trình khác. Có thể làm việc tiếp: mỗi thay đổi được ghi trọn vẹn, và khi hai nơi cùng sửa một điểm thì nơi sửa sau được báo để tải lại. Nên đóng cửa sổ kia để tránh nhầm lẫn.</source>
        <translation>The file %1 is open in another window or program. You can go on working: every change is saved whole, and when both edit the same site the later one is told to reload. Closing the other window avoids confusion.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cơ sở dữ liệu mới…</source>
        <translation>New Database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở cơ sở dữ liệu…</source>
        <translation>Open Database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sao lưu</source>
        <translation>Back Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao lưu tệp cơ sở dữ liệu vào thư mục backups bên cạnh</source>
        <translation>Back up the database file into the backups folder beside it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from Backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đưa cơ sở dữ liệu về một bản sao lưu (giữ lại bản hiện tại)</source>
        <translation>Put the database back to a backup (the current file is kept)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Đã sao lưu vào %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Cơ sở dữ liệu mới</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cơ sở dữ liệu (*.sqlite *.db)</source>
        <translation>Databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp %1 đã có. Hãy chọn một tên khác, hoặc dùng Tệp → Mở cơ sở dữ liệu… để mở nó.</source>
        <translation>The file %1 already exists. Choose another name, or use File → Open Database… to open it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã tạo cơ sở dữ liệu mới %1</source>
        <translation>Created the new database %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ sở dữ liệu (*.sqlite *.db);;Mọi tệp (*)</source>
        <translation>Databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Khôi phục bản sao lưu %1?
Tệp hiện tại sẽ được giữ lại thành một bản sao lưu.</source>
        <translation>Restore the backup %1?
The current file will be kept as a backup.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đã khôi phục bản sao lưu %1; tệp trước đó được giữ ở %2</source>
        <translation>Restored the backup %1; the previous file is kept at %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đã mở %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Lập kế hoạch các điểm tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Thư mục dữ liệu:&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Giấy phép:&lt;/b&gt; MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Thành phần của bên thứ ba:&lt;/b&gt;&lt;br&gt;Qt for Python (PySide6) — LGPL v3&lt;br&gt;SQLAlchemy, Alembic — MIT&lt;br&gt;geopy — MIT&lt;br&gt;Dữ liệu hành chính 2025: vietnamadminunits — MIT&lt;br&gt;Phông Be Vietnam Pro, Noto Serif — SIL Open Font License 1.1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Plans the flagship sites of the All-People&apos;s National Security Protection Festival.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder:&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Third-party components:&lt;/b&gt;&lt;br&gt;Qt for Python (PySide6) — LGPL v3&lt;br&gt;SQLAlchemy, Alembic — MIT&lt;br&gt;geopy — MIT&lt;br&gt;2025 administrative data: vietnamadminunits — MIT&lt;br&gt;Be Vietnam Pro and Noto Serif fonts — SIL Open Font License 1.1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../festival_planner/gui/jobs.py" line="+72"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../festival_planner/gui/main_window.py" line="+86"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+15"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 điểm — mục tiêu %2–%3</source>
        <translation>%1 sites — target %2–%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — vượt mục tiêu %1 điểm</source>
        <translation> — %1 over the target</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Năm: </source>
        <translation> Year: </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Chưa có kế hoạch năm nào</source>
        <translation>No festival year planned yet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (chỉ đọc)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp này chỉ đọc được (không có quyền ghi): xem được, không sửa được.</source>
        <translation>This file is read-only (no write permission): you can view it but not change it.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Ngôn ngữ mới sẽ được áp dụng khi khởi động lại ứng dụng.</source>
        <translation>The new language applies when the application is restarted.</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../festival_planner/gui/mapview/scene.py" line="+316"/>
        <source>Việt Nam</source>
        <translation>Viet Nam</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Điểm ưu tiên của xã</source>
        <translation>Commune priority score</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Điểm: {score}</source>
        <translation>Score: {score}</translation>
    </message>
</context>
<context>
    <name>MapWorkspace</name>
    <message>
        <location filename="../../festival_planner/gui/map/workspace.py" line="+57"/>
        <source>Vừa cả nước</source>
        <translation>Fit Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu phóng để thấy cả nước và hai quần đảo (Ctrl+0)</source>
        <translation>Zoom to show the whole country and both archipelagos (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phóng to</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phóng to bản đồ (Ctrl++ hoặc cuộn chuột)</source>
        <translation>Zoom in on the map (Ctrl++ or the mouse wheel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu nhỏ</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu nhỏ bản đồ (Ctrl+- hoặc cuộn chuột)</source>
        <translation>Zoom out of the map (Ctrl+- or the mouse wheel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tô màu theo số điểm mỗi tỉnh</source>
        <translation>Colour by Sites per Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tô màu các tỉnh theo số điểm tổ chức của tỉnh</source>
        <translation>Colour the provinces by their number of sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tô màu theo số điểm mỗi vùng</source>
        <translation>Colour by Sites per Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tô màu các tỉnh theo số điểm tổ chức của vùng</source>
        <translation>Colour the provinces by the number of sites of their region</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hiện 63 tỉnh cũ</source>
        <translation>Show the Old 63 Provinces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiện ranh giới 63 tỉnh, thành trước năm 2025</source>
        <translation>Show the borders of the 63 provinces before 2025</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In bản đồ…</source>
        <translation>Print Map…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In bản đồ cả nước với các điểm tổ chức</source>
        <translation>Print the country map with the sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu bản đồ thành ảnh PNG</source>
        <translation>Save the map as a PNG picture</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bản đồ</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Giữ cố định trong bộ chọn điểm</source>
        <translation>Lock in the Site Selector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loại khỏi bộ chọn điểm</source>
        <translation>Exclude in the Site Selector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm làm điểm tổ chức</source>
        <translation>Add as a Site</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Thêm điểm %1</source>
        <translation>Add site %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Xuất bản đồ thành ảnh PNG</source>
        <translation>Export the Map as PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ban-do-%1.png</source>
        <translation>map-%1.png</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ảnh PNG (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không lưu được ảnh</source>
        <translation>Cannot Save the Picture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã lưu bản đồ vào %1</source>
        <translation>Saved the map to %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In bản đồ</source>
        <translation>Print Map</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../festival_planner/gui/operations.py" line="+67"/>
        <source>Không thực hiện được</source>
        <translation>Could not do that</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../festival_planner/gui/restore_dialog.py" line="+27"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chọn bản sao lưu cần khôi phục. Tệp hiện tại được giữ lại thành một bản sao lưu “trước khi khôi phục”, nên có thể quay lại.</source>
        <translation>Choose the backup to restore. The current file is kept as a “before restore” backup, so you can go back.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thời điểm</source>
        <translation>Made at</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch trong bản sao lưu</source>
        <translation>Plans in the backup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>năm %1: %2 điểm</source>
        <translation>%1: %2 sites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tốt</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hỏng</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chưa có bản sao lưu nào của tệp này.</source>
        <translation>This file has no backups yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tự động hằng ngày</source>
        <translation>Daily, automatic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Người dùng sao lưu</source>
        <translation>Made by the user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trước khi nâng cấp</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trước khi khôi phục</source>
        <translation>Before a restore</translation>
    </message>
</context>
<context>
    <name>SelectorResults</name>
    <message>
        <location filename="../../festival_planner/gui/selector/results.py" line="+24"/>
        <source>Xã, phường, đặc khu</source>
        <translation>Commune, ward, special zone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tỉnh, thành phố</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vùng</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>điểm</source>
        <translation>score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cách tính điểm</source>
        <translation>How the score adds up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phương án A</source>
        <translation>Scenario A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phương án B</source>
        <translation>Scenario B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng điểm</source>
        <translation>Total score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số điểm</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có trong cả hai</source>
        <translation>In both</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ có trong A</source>
        <translation>Only in A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ có trong B</source>
        <translation>Only in B</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Được chọn</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Không được chọn</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chuẩn hóa</source>
        <translation>Normalised</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trọng số</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng góp</source>
        <translation>Contribution</translation>
    </message>
</context>
<context>
    <name>SelectorWorkspace</name>
    <message>
        <location filename="../../festival_planner/gui/selector/workspace.py" line="+79"/>
        <source>Giải thích</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So sánh phương án</source>
        <translation>Compare Scenarios</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Chạy chọn điểm</source>
        <translation>Run Selector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu thiết lập rồi tìm bộ điểm tốt nhất (F5)</source>
        <translation>Save the settings and find the best set of sites (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi nhớ làm phương án A</source>
        <translation>Keep as Scenario A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi nhớ kết quả này để so sánh với lần chạy sau</source>
        <translation>Keep this result to compare with the next run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đưa vào kế hoạch</source>
        <translation>Accept into Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm các xã được chọn thành điểm đề xuất của năm (hoàn tác được bằng Ctrl+Z)</source>
        <translation>Add the chosen communes as proposed sites of the year (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vừa cả nước</source>
        <translation>Fit Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu phóng để thấy cả nước</source>
        <translation>Zoom to show the whole country</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chọn điểm</source>
        <translation>Site Selector</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Đang tính điểm các xã…</source>
        <translation>Scoring the communes…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đang tìm bộ điểm tốt nhất…</source>
        <translation>Searching for the best set of sites…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đang chọn điểm…</source>
        <translation>Selecting sites…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chưa chạy. Đặt điều kiện và trọng số rồi bấm “Chạy chọn điểm”.</source>
        <translation>Not run yet. Set the conditions and weights, then press “Run Selector”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tối ưu</source>
        <translation>optimal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hết giờ, tốt nhất tìm được</source>
        <translation>time limit, best found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chọn tham lam</source>
        <translation>greedy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 điểm, tổng điểm %2 (%3, sai số %4 %, %5 giây); %6 điểm ở vùng ưu tiên.</source>
        <translation>%1 sites, total score %2 (%3, gap %4 %, %5 s); %6 in priority regions.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Giữ cố định</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại khỏi lựa chọn</source>
        <translation>Exclude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ giữ và bỏ loại</source>
        <translation>Neither Lock nor Exclude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vì sao?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đã ghi nhớ phương án A; chạy lại để so sánh.</source>
        <translation>Kept as scenario A; run again to compare.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đưa %1 xã được chọn vào kế hoạch</source>
        <translation>Accept %1 chosen communes into the plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã thêm các xã được chọn thành điểm đề xuất (Ctrl+Z để hoàn tác).</source>
        <translation>Added the chosen communes as proposed sites (Ctrl+Z to undo).</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../festival_planner/gui/selector/panel.py" line="+49"/>
        <source>Điều kiện</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Số điểm cần chọn</source>
        <translation>Sites to choose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tối đa mỗi tỉnh</source>
        <translation>At most per province</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cách nhau ít nhất</source>
        <translation>At least apart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giữ các điểm đã có trong kế hoạch</source>
        <translation>Keep the sites already in the plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trọng số tiêu chí</source>
        <translation>Criterion weights</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Theo vùng: trọng số (0–1) và số điểm tối thiểu</source>
        <translation>By region: weight (0–1) and minimum number of sites</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tối thiểu </source>
        <translation>minimum </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Xã giữ cố định</source>
        <translation>Locked communes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xã bị loại</source>
        <translation>Excluded communes</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Bỏ khỏi danh sách</source>
        <translation>Remove from the list</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../festival_planner/gui/sites/dialog.py" line="+35"/>
        <source>cũ</source>
        <translation>formerly</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Thêm điểm tổ chức</source>
        <translation>Add Site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sửa điểm tổ chức</source>
        <translation>Edit Site</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gõ tên xã, phường hoặc tỉnh (không dấu cũng được)…</source>
        <translation>Type a commune, ward or province (diacritics optional)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Xã/phường:</source>
        <translation>Commune/ward:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>đợt tổ chức %1 – %2</source>
        <translation>festival window %1 – %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giờ:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ví dụ: Nhà văn hóa thôn 3</source>
        <translation>For example: Hamlet 3 community hall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đơn vị chủ trì:</source>
        <translation>Host unit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Người liên hệ:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>[Đã là điểm năm nay] </source>
        <translation>[Already a site this year] </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 xã, phường khớp như nhau — hãy chọn đúng xã trong danh sách.</source>
        <translation>%1 communes fit equally well — choose the right one in the list.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n kết quả</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hơn %1 kết quả; gõ cụ thể hơn</source>
        <translation>More than %1 results; type more precisely</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Xã, phường này đã là điểm tổ chức năm %1.</source>
        <translation>This commune is already a site in %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Hãy tìm và chọn một xã, phường trong danh sách.</source>
        <translation>Search for and choose a commune or ward in the list.</translation>
    </message>
</context>
<context>
    <name>SiteStatus</name>
    <message>
        <location filename="../../festival_planner/gui/sites/table_model.py" line="+69"/>
        <source>Đề xuất</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã xác nhận</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã tổ chức</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <location line="-19"/>
        <source>Xã/phường</source>
        <translation>Commune/ward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỉnh/thành</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vùng</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trưởng đoàn</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1 — mã %2 (trước 2025: %3)</source>
        <translation>%1 — code %2 (before 2025: %3)</translation>
    </message>
</context>
<context>
    <name>SitesView</name>
    <message>
        <location filename="../../festival_planner/gui/sites/view.py" line="+43"/>
        <source>Lọc…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lọc theo xã, tỉnh, vùng, ngày, địa điểm… (Ctrl+F); gõ không dấu cũng được</source>
        <translation>Filter by commune, province, region, date, venue… (Ctrl+F); diacritics optional</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1 / %2 điểm</source>
        <translation>%1 / %2 sites</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n điểm</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SitesWorkspace</name>
    <message>
        <location filename="../../festival_planner/gui/sites/workspace.py" line="+41"/>
        <source>Thêm điểm</source>
        <translation>Add Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm một xã, phường làm điểm tổ chức (Ctrl+N)</source>
        <translation>Add a commune as a festival site (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sửa điểm đang chọn (Enter)</source>
        <translation>Edit the selected site (Enter)</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Xóa điểm đang chọn (Delete)</source>
        <translation>Delete the selected site (Delete)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Sửa điểm</source>
        <translation>Edit Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa điểm</source>
        <translation>Delete Site</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Điểm tổ chức</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Xóa điểm %1 (%2, ngày %3)?
Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Delete the site %1 (%2, on %3)?
You can undo it with Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xóa điểm tổ chức</source>
        <translation>Delete Site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Không xóa</source>
        <translation>Keep It</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../festival_planner/gui/start_page.py" line="+22"/>
        <source>Bắt đầu lập kế hoạch</source>
        <translation>Start planning</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cơ sở dữ liệu này chưa có kế hoạch năm nào. Mỗi năm, chọn 25–30 điểm tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc, ưu tiên vùng khó khăn (Tây Bắc, Tây Nguyên, Tây Nam Bộ), rồi lập lịch, đoàn lãnh đạo và danh mục công việc cho từng điểm.</source>
        <translation>This database has no festival year yet. Each year, choose 25–30 sites for the All-People&apos;s National Security Protection Festival, favouring hard-to-reach regions (Tây Bắc, Tây Nguyên, Tây Nam Bộ), then plan the schedule, the leaders&apos; delegation and the checklist of each site.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lập kế hoạch năm mới</source>
        <translation>Plan a new festival year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tạo đợt tổ chức của năm (mặc định 01/07 – 19/08, ngày hội 19/08)</source>
        <translation>Create the year&apos;s festival window (default 01/07 – 19/08, festival day 19/08)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xem kế hoạch mẫu</source>
        <translation>Open the demo plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Một năm mẫu 28 điểm để làm quen với ứng dụng</source>
        <translation>A 28-site demo year to get to know the application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mở tệp cơ sở dữ liệu khác…</source>
        <translation>Open another database file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Một tệp .sqlite đã có (ví dụ bản của đồng nghiệp)</source>
        <translation>An existing .sqlite file (a colleague&apos;s copy, say)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../festival_planner/app.py" line="+119"/>
        <source>Lỗi không mong muốn</source>
        <translation>Unexpected Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng; thao tác vừa rồi có thể chưa hoàn tất.

Hãy gửi phần chi tiết cho người hỗ trợ.</source>
        <translation>An unexpected error occurred. Saved data is not affected; the last action may not have completed.

Please send the details to your support contact.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Ngày hội toàn dân bảo vệ an ninh Tổ quốc</source>
        <translation>All-People&apos;s National Security Protection Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening data…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Cannot Open the Database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Khôi phục bản sao lưu</source>
        <translation>Restore the Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Không sao lưu tự động được: %1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../festival_planner/gui/sites/commands.py" line="+25"/>
        <source>Thêm điểm %1</source>
        <translation>Add site %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sửa điểm %1</source>
        <translation>Edit site %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Xóa điểm %1</source>
        <translation>Delete site %1</translation>
    </message>
    <message>
        <location filename="../../festival_planner/gui/commands.py" line="+119"/>
        <source>Sửa kế hoạch năm %1</source>
        <translation>Edit plan for %1</translation>
    </message>
    <message>
        <location filename="../../festival_planner/gui/mapview/commands.py" line="+29"/>
        <source>Đổi thiết lập chọn điểm</source>
        <translation>Change selector settings</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Giữ cố định %1</source>
        <translation>Lock %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loại %1 khỏi bộ chọn</source>
        <translation>Exclude %1 from the selector</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bỏ giữ, bỏ loại %1</source>
        <translation>Unlock and include %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đưa %1 xã vào kế hoạch</source>
        <translation>Accept %1 communes into the plan</translation>
    </message>
</context>
<context>
    <name>database_open</name>
    <message>
        <location filename="../../festival_planner/gui/database_open.py" line="+24"/>
        <source>Đang chuẩn bị cơ sở dữ liệu</source>
        <translation>Preparing the Database</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../festival_planner/app.py" line="-157"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
