"""The command line's words for ``documents``: the issuer and signer of the printed documents."""

from __future__ import annotations

VI = {
    "cmd_documents": "cơ quan ban hành, địa danh, người ký và nơi nhận của các văn bản in (theo năm)",
    "cmd_documents_show": "xem thiết lập văn bản của một năm",
    "cmd_documents_set": "sửa thiết lập văn bản của một năm (các tùy chọn không ghi giữ nguyên)",
    "help_doc_superior": "cơ quan chủ quản, ví dụ “BỘ CÔNG AN”",
    "help_doc_issuer": "cơ quan ban hành",
    "help_doc_place": "địa danh nơi cơ quan ban hành đóng trụ sở, ví dụ “Hà Nội”",
    "help_doc_authority": "thẩm quyền ký: tm = “TM. BAN CHỈ ĐẠO / TRƯỞNG BAN”, kt = “KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN”",
    "help_doc_capacity": "dòng thẩm quyền ký tự ghi (TM., KT., Q., TL., TUQ.; chuỗi rỗng: người đứng đầu ký)",
    "help_doc_title": "chức vụ người ký, ví dụ “PHÓ TRƯỞNG BAN”",
    "help_doc_signer_name": "họ và tên người ký (in đậm dưới chỗ ký)",
    "help_doc_symbol": "ký hiệu văn bản của một loại văn bản, VĂN_BẢN=KÝ_HIỆU (lặp lại được)",
    "help_doc_recipient": "một dòng nơi nhận, VĂN_BẢN=DÒNG (lặp lại; các dòng thay toàn bộ nơi nhận của văn bản đó)",
    "help_doc_reset": "trở về thiết lập mặc định",
    "out_documents": "Cơ quan chủ quản: {superior}\nCơ quan ban hành: {issuer}\nĐịa danh: {place}\nThẩm quyền ký: {capacity}\nChức vụ: {title}\nNgười ký: {name}",
    "out_documents_report": "{report}: ký hiệu {symbol}; nơi nhận: {recipients}",
}

EN = {
    "cmd_documents": "issuing body, place, signer and recipients of the printed documents (per year)",
    "cmd_documents_show": "show a year's document settings",
    "cmd_documents_set": "change a year's document settings (options not given stay as they are)",
    "help_doc_superior": "superior body, e.g. “BỘ CÔNG AN”",
    "help_doc_issuer": "issuing body",
    "help_doc_place": "the issuing body's seat, e.g. “Hà Nội”",
    "help_doc_authority": "signing authority: tm = “TM. BAN CHỈ ĐẠO / TRƯỞNG BAN”, kt = “KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN”",
    "help_doc_capacity": "signing authority line as typed (TM., KT., Q., TL., TUQ.; empty: the head signs)",
    "help_doc_title": "the signer's title, e.g. “PHÓ TRƯỞNG BAN”",
    "help_doc_signer_name": "the signer's full name (bold under the signature space)",
    "help_doc_symbol": "a document type's symbol, REPORT=SYMBOL (repeatable)",
    "help_doc_recipient": "a recipient line, REPORT=LINE (repeatable; the lines replace that report's recipients)",
    "help_doc_reset": "back to the default settings",
    "out_documents": "Superior body: {superior}\nIssuing body: {issuer}\nPlace: {place}\nSigning authority: {capacity}\nTitle: {title}\nSigner: {name}",
    "out_documents_report": "{report}: symbol {symbol}; recipients: {recipients}",
}
