"""Texts of the team server's errors: copying a plan between a file and a server, reaching a server."""

from __future__ import annotations

VI = {
    "copy_same_database": "Không chép được: nguồn và đích là cùng một cơ sở dữ liệu ({database}).",
    "copy_schema_differs": "Không chép được: nguồn (phiên bản {source}) và đích (phiên bản {target}) có cấu trúc khác nhau. Hãy cập nhật ứng dụng rồi mở cả hai một lần.",
    "copy_target_not_empty": "Cơ sở dữ liệu đích {database} đã có {rows} dòng dữ liệu; không chép đè. Nếu muốn thay toàn bộ dữ liệu của đích bằng dữ liệu nguồn, thêm --replace.",
    "server_failed": "Máy chủ nhóm {server} không thực hiện được thao tác ({reason}); không có gì được lưu. Hãy kiểm tra kết nối mạng rồi thử lại.",
    "copy_mismatch": "Đã chép nhưng khi đối chiếu từng dòng thì các bảng sau ở {database} khác nguồn: {tables}. Đừng dùng bản đích; hãy chép lại.",
}

EN = {
    "copy_same_database": "Cannot copy: the source and the target are the same database ({database}).",
    "copy_schema_differs": "Cannot copy: the source (schema {source}) and the target (schema {target}) differ. Update the app and open both once.",
    "copy_target_not_empty": "The target database {database} already holds {rows} rows; nothing was copied over them. To replace all of the target's data with the source's, add --replace.",
    "server_failed": "The team server {server} could not complete the operation ({reason}); nothing was saved. Check the network connection and try again.",
    "copy_mismatch": "The copy was made, but comparing row by row found these tables in {database} different from the source: {tables}. Do not use the target; copy again.",
}
