<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccessCheck</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 của %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 may read but not change the data.</source>
        <translation>%1 chỉ được xem, không được thay đổi số liệu.</translation>
    </message>
    <message>
        <source>%1 may not change the data of %2: a clerk writes only the cases and registers of their own unit.</source>
        <translation>%1 không được thay đổi số liệu của %2: cán bộ nhập liệu chỉ ghi hồ sơ và sổ của đơn vị mình.</translation>
    </message>
    <message>
        <source>%1 may not do this: only an administrator manages users, units, targets and the period lock.</source>
        <translation>%1 không được làm việc này: chỉ quản trị viên quản lý tài khoản, đơn vị, chỉ tiêu và khóa sổ.</translation>
    </message>
</context>
<context>
    <name>AccessibleLabel</name>
    <message>
        <source>Clear the text</source>
        <translation>Xóa nội dung đã gõ</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>e.g. nguyenvana (no diacritics)</source>
        <translation>ví dụ nguyenvana (không dấu)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>Đơ&amp;n vị:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>ít nhất 8 ký tự</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <source>The administrator of this database</source>
        <translation>Tài khoản quản trị của cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create its administrator, who adds the clerks and leaders, sets the targets and closes the books.</source>
        <translation>Cơ sở dữ liệu này chưa có tài khoản nào. Hãy tạo tài khoản quản trị: người thêm cán bộ nhập liệu và lãnh đạo, đặt chỉ tiêu và khóa sổ.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <source>A clerk writes the cases and registers of one unit; a leader reads everything; an administrator manages the accounts, targets and the period lock.</source>
        <translation>Cán bộ nhập liệu ghi hồ sơ và sổ của một đơn vị; lãnh đạo xem mọi số liệu; quản trị viên quản lý tài khoản, chỉ tiêu và khóa sổ.</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Chọn mật khẩu mới</translation>
    </message>
    <message>
        <source>An administrator set the password of %1. Choose your own before you go on.</source>
        <translation>Quản trị viên đã đặt mật khẩu cho %1. Hãy chọn mật khẩu của riêng bạn trước khi làm việc tiếp.</translation>
    </message>
    <message>
        <source>Repeat the password: the two passwords differ.</source>
        <translation>Nhập lại mật khẩu: hai mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>Set a password</source>
        <translation>Đặt mật khẩu</translation>
    </message>
    <message>
        <source>A temporary password for %1, who chooses their own at the next sign-in. It also lifts a lock from wrong passwords.</source>
        <translation>Mật khẩu tạm thời cho %1; người dùng sẽ tự chọn mật khẩu mới ở lần đăng nhập sau. Việc này cũng mở khóa tài khoản bị tạm khóa do nhập sai mật khẩu.</translation>
    </message>
</context>
<context>
    <name>ArgumentParser</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>tham số không mong đợi “%1”</translation>
    </message>
    <message>
        <source>the option --%1 takes no value</source>
        <translation>tùy chọn --%1 không nhận giá trị</translation>
    </message>
    <message>
        <source>the option --%1 needs a value</source>
        <translation>tùy chọn --%1 cần một giá trị</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>không có tùy chọn --%1</translation>
    </message>
    <message>
        <source>the option --%1 is given twice</source>
        <translation>tùy chọn --%1 được nhập hai lần</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>&amp;Audit trail...</source>
        <translation>&amp;Nhật ký thay đổi...</translation>
    </message>
    <message>
        <source>Who changed what and when, and whether the trail is intact (Ctrl+Shift+A)</source>
        <translation>Ai đã thay đổi gì, khi nào, và nhật ký có còn nguyên vẹn không (Ctrl+Shift+A)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <source>Only the changes made by this user</source>
        <translation>Chỉ các thay đổi do người dùng này thực hiện</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>&amp;Bảng:</translation>
    </message>
    <message>
        <source>Only the changes of this kind of record</source>
        <translation>Chỉ các thay đổi của loại dữ liệu này</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Từ ngày</translation>
    </message>
    <message>
        <source>Only the changes made on or after this day</source>
        <translation>Chỉ các thay đổi từ ngày này trở đi</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Đến n&amp;gày</translation>
    </message>
    <message>
        <source>Only the changes made on or before this day</source>
        <translation>Chỉ các thay đổi đến hết ngày này</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Un&amp;it:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>The unit of the case below</source>
        <translation>Đơn vị của hồ sơ ghi bên cạnh</translation>
    </message>
    <message>
        <source>&amp;Decision no.:</source>
        <translation>Số &amp;quyết định:</translation>
    </message>
    <message>
        <source>Case (decision number)</source>
        <translation>Hồ sơ (số quyết định)</translation>
    </message>
    <message>
        <source>Only the changes of this case and its events</source>
        <translation>Chỉ các thay đổi của hồ sơ này và các sự kiện của nó</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Xóa bộ lọc</translation>
    </message>
    <message>
        <source>Audit trail, newest first</source>
        <translation>Nhật ký thay đổi, mới nhất trước</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Sao &amp;chép dòng</translation>
    </message>
    <message>
        <source>Copy the selected rows to the clipboard, tab-separated (Ctrl+C)</source>
        <translation>Sao chép các dòng đã chọn vào bộ nhớ tạm, các cột cách nhau bằng dấu Tab (Ctrl+C)</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>Xuất CS&amp;V...</translation>
    </message>
    <message>
        <source>Save every row of the filter as a CSV file, for a spreadsheet</source>
        <translation>Lưu mọi dòng theo bộ lọc thành tệp CSV để mở bằng bảng tính</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Mọi người dùng</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Mọi bảng</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>No case of %1 has the decision number %2.</source>
        <translation>%1 không có hồ sơ nào mang số quyết định %2.</translation>
    </message>
    <message>
        <source>No case has the decision number %1.</source>
        <translation>Không có hồ sơ nào mang số quyết định %1.</translation>
    </message>
    <message>
        <source>%1 is a decision number in several units (%2): choose the unit.</source>
        <translation>Số quyết định %1 có ở nhiều đơn vị (%2): hãy chọn đơn vị.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s).</source>
        <translation>
            <numerusform>%Ln thay đổi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) shown; older ones load as you scroll.</source>
        <translation>
            <numerusform>Đang hiển thị %Ln thay đổi; các thay đổi cũ hơn được tải khi cuộn xuống.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain of the audit trail could not be checked: %1</source>
        <translation>Không kiểm tra được chuỗi nhật ký: %1</translation>
    </message>
    <message>
        <source>Checking the chain of the audit trail… %1 of %2 rows.</source>
        <translation>Đang kiểm tra chuỗi nhật ký… %1 / %2 dòng.</translation>
    </message>
    <message>
        <source>The chain of the audit trail is broken at row %1: that row, or the one before it, was changed, removed or inserted outside THADS. Tell the administrator (thads-cli check).</source>
        <translation>Chuỗi nhật ký bị đứt tại dòng %1: dòng này hoặc dòng ngay trước nó đã bị sửa, xóa hoặc chèn thêm bên ngoài THADS. Hãy báo cho quản trị viên (thads-cli check).</translation>
    </message>
    <message numerus="yes">
        <source>The chain of the audit trail is intact (%Ln row(s) checked).</source>
        <translation>
            <numerusform>Chuỗi nhật ký nguyên vẹn (đã kiểm tra %Ln dòng).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Xuất nhật ký thay đổi</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Added</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Hồ sơ thi hành án</translation>
    </message>
    <message>
        <source>Case events</source>
        <translation>Sự kiện của hồ sơ</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Period locks</source>
        <translation>Khóa kỳ thống kê</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Đã thu</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Còn phải thi hành</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Corrects event</source>
        <translation>Đính chính sự kiện</translation>
    </message>
    <message>
        <source>Voided by event</source>
        <translation>Bị hủy bởi sự kiện</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Target (cases)</source>
        <translation>Chỉ tiêu về việc</translation>
    </message>
    <message>
        <source>Target (money)</source>
        <translation>Chỉ tiêu về tiền</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>Nhiều lần</translation>
    </message>
    <message>
        <source>Crowd</source>
        <translation>Đông người</translation>
    </message>
    <message>
        <source>Beyond level</source>
        <translation>Vượt cấp</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: → %2</source>
        <translation>%1: → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 số %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, event no. %2</source>
        <translation>%1, sự kiện số %2</translation>
    </message>
    <message>
        <source>Target decisions</source>
        <translation>Quyết định giao chỉ tiêu</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Hiệu lực từ ngày</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>Audit row %1</source>
        <translation>Dòng nhật ký %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Row / case</source>
        <translation>Dòng / hồ sơ</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <source>Award</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>Recipient &amp;kind:</source>
        <translation>&amp;Loại đối tượng:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Tên đối tượng:</translation>
    </message>
    <message>
        <source>A collective or a person</source>
        <translation>Tên tập thể hoặc cá nhân</translation>
    </message>
    <message>
        <source>Decision &amp;no.:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>e.g. 312/QĐ-CTHADS</source>
        <translation>ví dụ: 312/QĐ-CTHADS</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>Ngày &amp;quyết định:</translation>
    </message>
    <message>
        <source>New award</source>
        <translation>Thêm khen thưởng</translation>
    </message>
    <message>
        <source>Award of %1</source>
        <translation>Khen thưởng cho %1</translation>
    </message>
    <message>
        <source>Nothing can save this form.</source>
        <translation>Không lưu được biểu mẫu này.</translation>
    </message>
</context>
<context>
    <name>AwardLevel</name>
    <message>
        <source>Medal &quot;For the cause of Justice&quot; (Ministry of Justice)</source>
        <translation>Kỷ niệm chương “Vì sự nghiệp Tư pháp” (Bộ Tư pháp)</translation>
    </message>
    <message>
        <source>Certificate of merit of the Minister of Justice</source>
        <translation>Bằng khen của Bộ trưởng Bộ Tư pháp</translation>
    </message>
    <message>
        <source>Certificate of merit of the Chairman of the provincial People&apos;s Committee</source>
        <translation>Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh</translation>
    </message>
    <message>
        <source>Commendation of the General Department of Enforcement</source>
        <translation>Giấy khen của Tổng cục Thi hành án dân sự</translation>
    </message>
    <message>
        <source>Commendation of the provincial department</source>
        <translation>Giấy khen của Cục Thi hành án dân sự tỉnh</translation>
    </message>
    <message>
        <source>Justice medal</source>
        <translation>Kỷ niệm chương</translation>
    </message>
    <message>
        <source>Minister&apos;s certificate</source>
        <translation>Bằng khen Bộ trưởng</translation>
    </message>
    <message>
        <source>Chairman&apos;s certificate</source>
        <translation>Bằng khen Chủ tịch UBND tỉnh</translation>
    </message>
    <message>
        <source>General Department&apos;s commendation</source>
        <translation>Giấy khen Tổng cục</translation>
    </message>
    <message>
        <source>Department&apos;s commendation</source>
        <translation>Giấy khen Cục</translation>
    </message>
</context>
<context>
    <name>AwardListModel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Recipient kind</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Tên tập thể, cá nhân</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
</context>
<context>
    <name>AwardRepository</name>
    <message>
        <source>The award no longer exists.</source>
        <translation>Khen thưởng này không còn trong cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>THADS databases (*.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu THADS (*.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>&amp;Sao lưu...</translation>
    </message>
    <message>
        <source>Copy the open database to a backup file</source>
        <translation>Sao chép cơ sở dữ liệu đang mở ra một tệp sao lưu</translation>
    </message>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation>&amp;Khôi phục từ bản sao lưu...</translation>
    </message>
    <message>
        <source>Replace the open database with a backup; the current file is kept aside</source>
        <translation>Thay cơ sở dữ liệu đang mở bằng một bản sao lưu; tệp hiện tại được giữ lại bên cạnh</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Đã sao lưu vào %1.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>%1

The database was not changed.</source>
        <translation>%1

Cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Replace the database &lt;b&gt;%1&lt;/b&gt; with the backup &lt;b&gt;%2&lt;/b&gt; (last changed %3)?&lt;/p&gt;&lt;p&gt;Everything entered since that backup is no longer in the database. The current file is kept beside it as &lt;b&gt;%4.before-restore-…&lt;/b&gt;, so nothing is lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Thay cơ sở dữ liệu &lt;b&gt;%1&lt;/b&gt; bằng bản sao lưu &lt;b&gt;%2&lt;/b&gt; (sửa đổi lần cuối %3)?&lt;/p&gt;&lt;p&gt;Mọi thông tin nhập sau lần sao lưu đó sẽ không còn trong cơ sở dữ liệu. Tệp hiện tại được giữ lại bên cạnh với tên &lt;b&gt;%4.before-restore-…&lt;/b&gt;, nên không mất gì.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>The database was restored from %1.

The previous file is kept as %2.</source>
        <translation>Đã khôi phục cơ sở dữ liệu từ %1.

Tệp trước đó được giữ lại với tên %2.</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Delete case</source>
        <translation>Xóa hồ sơ</translation>
    </message>
    <message>
        <source>Delete case %1 (%2)? The deletion is recorded in the audit log.</source>
        <translation>Xóa hồ sơ %1 (%2)? Việc xóa sẽ được ghi vào nhật ký hệ thống.</translation>
    </message>
    <message>
        <source>A mistaken event is voided with a correction instead.</source>
        <translation>Nếu có sự kiện ghi nhầm, hãy hủy bỏ sự kiện đó bằng một đính chính.</translation>
    </message>
</context>
<context>
    <name>CaseAge</name>
    <message>
        <source>under 1 year</source>
        <translation>dưới 1 năm</translation>
    </message>
    <message>
        <source>1 to 2 years</source>
        <translation>1–2 năm</translation>
    </message>
    <message>
        <source>2 to 5 years</source>
        <translation>2–5 năm</translation>
    </message>
    <message>
        <source>over 5 years</source>
        <translation>trên 5 năm</translation>
    </message>
    <message>
        <source>Pending cases by age since acceptance</source>
        <translation>Số việc còn phải thi hành theo thời gian kể từ khi thụ lý</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Còn phải thi hành</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Giải quyết xong</translation>
    </message>
    <message>
        <source>Newly accepted</source>
        <translation>Thụ lý mới</translation>
    </message>
    <message>
        <source>Clearance rate</source>
        <translation>Tỷ lệ giải quyết/thụ lý mới</translation>
    </message>
</context>
<context>
    <name>CaseAgeStatistics</name>
    <message>
        <source>The age of the pending cases could not be computed: %1</source>
        <translation>Không tính được thời gian tồn đọng của các việc còn phải thi hành: %1</translation>
    </message>
</context>
<context>
    <name>CaseCacheCheck</name>
    <message>
        <source>state %1 (log: %2)</source>
        <translation>trạng thái %1 (theo sự kiện: %2)</translation>
    </message>
    <message>
        <source>collected %1 (log: %2)</source>
        <translation>đã thu %1 (theo sự kiện: %2)</translation>
    </message>
    <message>
        <source>still due %1 (log: %2)</source>
        <translation>còn phải thi hành %1 (theo sự kiện: %2)</translation>
    </message>
    <message>
        <source>closed on %1 (log: %2)</source>
        <translation>kết thúc ngày %1 (theo sự kiện: %2)</translation>
    </message>
    <message>
        <source>every case&apos;s state against its event log</source>
        <translation>trạng thái của từng hồ sơ so với các sự kiện của hồ sơ</translation>
    </message>
    <message>
        <source>The cases and their events cannot be read: %1</source>
        <translation>Không đọc được hồ sơ và sự kiện: %1</translation>
    </message>
    <message>
        <source>Case %1 of %2: the case list shows %3.</source>
        <translation>Hồ sơ %1 của %2: danh sách hồ sơ ghi %3.</translation>
    </message>
    <message>
        <source>Not every case could be read: %1</source>
        <translation>Không đọc được hết các hồ sơ: %1</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Case</source>
        <translation>Hồ sơ thi hành án</translation>
    </message>
    <message>
        <source>Enforcement decision</source>
        <translation>Quyết định thi hành án</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơ&amp;n vị:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại việc:</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>Số &amp;quyết định:</translation>
    </message>
    <message>
        <source>e.g. 125/QĐ-CCTHADS</source>
        <translation>ví dụ: 125/QĐ-CCTHADS</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>Hình thứ&amp;c thi hành:</translation>
    </message>
    <message>
        <source>Decision &amp;date (accepted):</source>
        <translation>Ngà&amp;y quyết định (thụ lý):</translation>
    </message>
    <message>
        <source>Enforcement &amp;officer:</source>
        <translation>Chấ&amp;p hành viên:</translation>
    </message>
    <message>
        <source>&amp;Judgment number:</source>
        <translation>Số &amp;bản án, quyết định:</translation>
    </message>
    <message>
        <source>e.g. 12/2021/DS-ST</source>
        <translation>ví dụ: 12/2021/DS-ST</translation>
    </message>
    <message>
        <source>Judgment da&amp;te:</source>
        <translation>N&amp;gày bản án, quyết định:</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>&amp;Tòa án:</translation>
    </message>
    <message>
        <source>e.g. Tòa án nhân dân huyện Mai Sơn</source>
        <translation>ví dụ: Tòa án nhân dân huyện Mai Sơn</translation>
    </message>
    <message>
        <source>&amp;Amount due (đồng):</source>
        <translation>&amp;Số tiền phải thi hành (đồng):</translation>
    </message>
    <message>
        <source>Other o&amp;bligation:</source>
        <translation>Nghĩa vụ &amp;khác:</translation>
    </message>
    <message>
        <source>what must be done besides paying</source>
        <translation>ngoài nghĩa vụ trả tiền</translation>
    </message>
    <message>
        <source>Obligor (người phải thi hành án)</source>
        <translation>Người phải thi hành án</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>Số định danh/CCCD:</translation>
    </message>
    <message>
        <source>Obligee (người được thi hành án)</source>
        <translation>Người được thi hành án</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>Họ &amp;và tên:</translation>
    </message>
    <message>
        <source>History (events)</source>
        <translation>Quá trình thi hành (sự kiện)</translation>
    </message>
    <message>
        <source>Add &amp;event...</source>
        <translation>Thê&amp;m sự kiện...</translation>
    </message>
    <message>
        <source>&amp;Void the selected event...</source>
        <translation>Hủy bỏ sự k&amp;iện đã chọn...</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <source>Save the case to record its events.</source>
        <translation>Hãy lưu hồ sơ trước để ghi các sự kiện.</translation>
    </message>
    <message>
        <source>State: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; Collected: &lt;b&gt;%2&lt;/b&gt; &amp;nbsp; Reduced: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; Still due: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Trạng thái: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; Đã thu: &lt;b&gt;%2&lt;/b&gt; &amp;nbsp; Giảm, miễn: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; Còn phải thi hành: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The case cannot be saved here.</source>
        <translation>Không thể lưu hồ sơ tại đây.</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>Quá trình thi hành của hồ sơ</translation>
    </message>
</context>
<context>
    <name>CaseField</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Hình thức thi hành</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại việc</translation>
    </message>
    <message>
        <source>Judgment number</source>
        <translation>Số bản án, quyết định</translation>
    </message>
    <message>
        <source>Judgment date</source>
        <translation>Ngày bản án, quyết định</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tòa án</translation>
    </message>
    <message>
        <source>Obligor</source>
        <translation>Người phải thi hành án</translation>
    </message>
    <message>
        <source>Obligee</source>
        <translation>Người được thi hành án</translation>
    </message>
    <message>
        <source>Enforcement officer</source>
        <translation>Chấp hành viên</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Số tiền phải thi hành</translation>
    </message>
    <message>
        <source>Other obligation</source>
        <translation>Nghĩa vụ khác</translation>
    </message>
    <message>
        <source>Obligor&apos;s address</source>
        <translation>Địa chỉ người phải thi hành án</translation>
    </message>
    <message>
        <source>Obligor&apos;s ID number</source>
        <translation>Số định danh người phải thi hành án</translation>
    </message>
    <message>
        <source>Obligee&apos;s address</source>
        <translation>Địa chỉ người được thi hành án</translation>
    </message>
    <message>
        <source>Obligee&apos;s ID number</source>
        <translation>Số định danh người được thi hành án</translation>
    </message>
</context>
<context>
    <name>CaseHistoryModel</name>
    <message>
        <source>Correction: voids &quot;%1&quot; of %2</source>
        <translation>Đính chính: hủy bỏ “%1” ngày %2</translation>
    </message>
    <message>
        <source>Voided by a correction; kept in the history but not counted.</source>
        <translation>Đã bị hủy bỏ bằng đính chính; vẫn lưu trong quá trình thi hành nhưng không được tính.</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2 at %3</source>
        <translation>Do %1 ghi ngày %2 lúc %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Amount (đ)</source>
        <translation>Số tiền (đ)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Người ghi</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message>
        <source>The files have problems; nothing was written.</source>
        <translation>Các tệp có lỗi; chưa ghi dữ liệu nào.</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <source>the file is empty; the first row must name the columns</source>
        <translation>tệp trống; dòng đầu tiên phải ghi tên các cột</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;</source>
        <translation>không có cột “%1”</translation>
    </message>
    <message>
        <source>the column %1 appears twice</source>
        <translation>cột %1 xuất hiện hai lần</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>thiếu cột %1</translation>
    </message>
    <message>
        <source>has %1 fields, the header has %2</source>
        <translation>có %1 trường, trong khi dòng tiêu đề có %2</translation>
    </message>
    <message>
        <source>unknown unit code &quot;%1&quot;</source>
        <translation>không có đơn vị mã “%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write yyyy-MM-dd or dd/MM/yyyy)</source>
        <translation>“%1” không phải là ngày (hãy ghi yyyy-MM-dd hoặc dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (one of: %2)</source>
        <translation>không có loại việc “%1” (chọn một trong: %2)</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot; (chu_dong or theo_don)</source>
        <translation>không có hình thức thi hành “%1” (chu_dong hoặc theo_don)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of đồng, 0 or more</source>
        <translation>“%1” không phải là số đồng nguyên, từ 0 trở lên</translation>
    </message>
    <message>
        <source>%1 is already on line %2 for the same unit</source>
        <translation>%1 đã có ở dòng %2 của cùng đơn vị</translation>
    </message>
    <message>
        <source>%1 is already in the database for unit %2</source>
        <translation>%1 đã có trong cơ sở dữ liệu của đơn vị %2</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot; (one of: %2)</source>
        <translation>không có sự kiện “%1” (chọn một trong: %2)</translation>
    </message>
    <message>
        <source>corrections are made in THADS, not imported</source>
        <translation>đính chính phải thực hiện trong THADS, không nhập từ tệp</translation>
    </message>
    <message>
        <source>required</source>
        <translation>bắt buộc phải nhập</translation>
    </message>
    <message>
        <source>no case %1 of unit %2 in the cases file or the database</source>
        <translation>không có hồ sơ %1 của đơn vị %2 trong tệp hồ sơ hoặc cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Ngày sự kiện</translation>
    </message>
</context>
<context>
    <name>CaseKind</name>
    <message>
        <source>Civil</source>
        <translation>Dân sự</translation>
    </message>
    <message>
        <source>Criminal</source>
        <translation>Hình sự</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Hành chính</translation>
    </message>
    <message>
        <source>Marriage and family</source>
        <translation>Hôn nhân và gia đình</translation>
    </message>
    <message>
        <source>Business and commerce</source>
        <translation>Kinh doanh, thương mại</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Lao động</translation>
    </message>
    <message>
        <source>Bankruptcy</source>
        <translation>Phá sản</translation>
    </message>
    <message>
        <source>Commercial arbitration</source>
        <translation>Trọng tài thương mại</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>CaseLedger</name>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>Quy tắc “%1”: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <source>%1 comes after &quot;%2&quot; on %3.</source>
        <translation>%1 được ghi sau khi việc đã kết thúc bằng “%2” ngày %3.</translation>
    </message>
    <message>
        <source>%1, but the case is already on hold (%2).</source>
        <translation>%1, nhưng việc đang tạm dừng thi hành (%2).</translation>
    </message>
    <message>
        <source>%1, but the case is not on hold.</source>
        <translation>%1, nhưng việc không bị tạm dừng thi hành.</translation>
    </message>
    <message>
        <source>%1 of %2, but only %3 remains due.</source>
        <translation>%1: %2, nhưng chỉ còn phải thi hành %3.</translation>
    </message>
    <message>
        <source>%1, but %2 remains due.</source>
        <translation>%1, nhưng vẫn còn phải thi hành %2.</translation>
    </message>
    <message>
        <source>%1 is before the acceptance date %2.</source>
        <translation>%1, trước ngày thụ lý (%2).</translation>
    </message>
    <message>
        <source>%1 is after today (%2).</source>
        <translation>%1, sau ngày hôm nay (%2).</translation>
    </message>
    <message>
        <source>%1 has the amount %2.</source>
        <translation>%1 có số tiền %2.</translation>
    </message>
    <message>
        <source>%1 names no earlier event that is still in force.</source>
        <translation>%1 không chỉ ra sự kiện nào trước đó còn hiệu lực.</translation>
    </message>
    <message>
        <source>%1 gives no reason.</source>
        <translation>%1 không ghi lý do.</translation>
    </message>
    <message>
        <source>%1 is before the event it voids (%2).</source>
        <translation>%1, trước ngày của sự kiện bị hủy bỏ (%2).</translation>
    </message>
</context>
<context>
    <name>CaseLinkCompleter</name>
    <message>
        <source>Obligor: %1 — accepted on %2</source>
        <translation>Người phải thi hành án: %1 — thụ lý ngày %2</translation>
    </message>
    <message>
        <source>This unit has no case with this decision number.</source>
        <translation>Đơn vị này không có hồ sơ nào mang số quyết định này.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Decision no.</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Date of the decision, which is the date accepted</source>
        <translation>Ngày ra quyết định thi hành án, cũng là ngày thụ lý</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Ngày thụ lý</translation>
    </message>
    <message>
        <source>Obligor</source>
        <translation>Người phải THA</translation>
    </message>
    <message>
        <source>Obligee</source>
        <translation>Người được THA</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại việc</translation>
    </message>
    <message>
        <source>Enforcement officer</source>
        <translation>Chấp hành viên</translation>
    </message>
    <message>
        <source>Amount due (đ)</source>
        <translation>Phải thi hành (đ)</translation>
    </message>
    <message>
        <source>Collected (đ)</source>
        <translation>Đã thu (đ)</translation>
    </message>
    <message>
        <source>Remaining (đ)</source>
        <translation>Còn phải THA (đ)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>CaseRegisterPage</name>
    <message>
        <source>Search decision number or name (Ctrl+F)</source>
        <translation>Tìm số quyết định hoặc họ tên (Ctrl+F)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại việc</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Hình thức thi hành</translation>
    </message>
    <message>
        <source>Statistical year of acceptance</source>
        <translation>Năm thống kê thụ lý</translation>
    </message>
    <message>
        <source>Enforcement officer</source>
        <translation>Chấp hành viên</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Mở hồ sơ</translation>
    </message>
    <message>
        <source>Add &amp;event...</source>
        <translation>Thêm &amp;sự kiện...</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Hoãn, tạm đình chỉ, khác</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại việc</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>Accepted in %1</source>
        <translation>Thụ lý năm %1</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Mọi chấp hành viên</translation>
    </message>
    <message>
        <source>Select a case to see its history. Enter opens it; Ctrl+N starts a new one.</source>
        <translation>Chọn một hồ sơ để xem quá trình thi hành. Enter để mở hồ sơ; Ctrl+N để thêm hồ sơ mới.</translation>
    </message>
    <message>
        <source>%1 must pay %2 to %3</source>
        <translation>%1 phải trả %2 cho %3</translation>
    </message>
    <message>
        <source>%1 must, for %2: %3</source>
        <translation>%1 phải thực hiện cho %2: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 — %3. &lt;b&gt;%4&lt;/b&gt;; collected %5, still due %6.</source>
        <translation>Quyết định &lt;b&gt;%1&lt;/b&gt; ngày %2 — %3. &lt;b&gt;%4&lt;/b&gt;; đã thu %5, còn phải thi hành %6.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại việc:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Hình thức:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Chấp hành viên:</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Danh sách hồ sơ</translation>
    </message>
    <message>
        <source>History of the selected case</source>
        <translation>Quá trình thi hành của hồ sơ đang chọn</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Changes (audit trail)</source>
        <translation>Thay đổi (nhật ký)</translation>
    </message>
    <message>
        <source>Changes of the selected case: who changed what, when</source>
        <translation>Thay đổi của hồ sơ đang chọn: ai đã thay đổi gì, khi nào</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>%1: no such unit.</source>
        <translation>%1: không có đơn vị này.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>Hồ sơ này không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Case %1 has a recorded history; only a case without events can be deleted.</source>
        <translation>Hồ sơ %1 đã có sự kiện được ghi nhận; chỉ có thể xóa hồ sơ chưa có sự kiện nào.</translation>
    </message>
    <message>
        <source>Case %1 cannot be deleted: register entries are linked to it (complaints or coercion operations: %2). Remove those links first.</source>
        <translation>Không thể xóa hồ sơ %1 vì có mục trong sổ theo dõi liên kết với hồ sơ này (đơn khiếu nại, tố cáo hoặc cuộc cưỡng chế: %2). Hãy gỡ các liên kết đó trước.</translation>
    </message>
    <message>
        <source>%1: %2 appears twice for the same unit.</source>
        <translation>%1: %2 xuất hiện hai lần trong cùng đơn vị.</translation>
    </message>
    <message>
        <source>%1: %2 is already used by another case of this unit (as %3).</source>
        <translation>%1: %2 đã được dùng cho một hồ sơ khác của đơn vị này (ghi là %3).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Đã hủy; không ghi gì.</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Ngày sự kiện</translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>In progress</source>
        <translation>Đang thi hành</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Hoãn</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Tạm đình chỉ</translation>
    </message>
    <message>
        <source>On hold (other)</source>
        <translation>Trường hợp khác</translation>
    </message>
    <message>
        <source>Not yet able to enforce</source>
        <translation>Chưa có điều kiện thi hành</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Thi hành xong</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Đình chỉ</translation>
    </message>
    <message>
        <source>Entrusted</source>
        <translation>Ủy thác</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Thu hồi, hủy quyết định</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>%1: required.</source>
        <translation>%1: bắt buộc phải nhập.</translation>
    </message>
    <message>
        <source>%1: must not be after today (%2).</source>
        <translation>%1: không được sau ngày hôm nay (%2).</translation>
    </message>
    <message>
        <source>%1: must not be before the %2.</source>
        <translation>%1: không được trước %2.</translation>
    </message>
    <message>
        <source>%1: must be a whole number of đồng, 0 or more.</source>
        <translation>%1: phải là số đồng nguyên, từ 0 trở lên.</translation>
    </message>
    <message>
        <source>%1: at most %2 characters.</source>
        <translation>%1: tối đa %2 ký tự.</translation>
    </message>
    <message>
        <source>%1: required when there is no amount due.</source>
        <translation>%1: bắt buộc phải nhập khi không có số tiền phải thi hành.</translation>
    </message>
    <message>
        <source>%1: contains the control character %2, which text may not hold.</source>
        <translation>%1: có ký tự điều khiển %2, không được phép có trong văn bản.</translation>
    </message>
    <message>
        <source>Note: at most %1 characters (this one has %2).</source>
        <translation>Ghi chú: tối đa %1 ký tự (ghi chú này có %2 ký tự).</translation>
    </message>
    <message>
        <source>Note: contains the control character %1, which text may not hold.</source>
        <translation>Ghi chú: có ký tự điều khiển %1, không được phép có trong văn bản.</translation>
    </message>
</context>
<context>
    <name>ChartDescription</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Chart exported by THADS</source>
        <translation>Biểu đồ xuất từ THADS</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG...</source>
        <translation>Lưu thành PNG...</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Lưu biểu đồ này thành ảnh PNG</translation>
    </message>
    <message>
        <source>Save as SVG...</source>
        <translation>Lưu thành SVG...</translation>
    </message>
    <message>
        <source>Save this chart as an SVG drawing, for documents and printing</source>
        <translation>Lưu biểu đồ này thành hình vẽ SVG, dùng cho văn bản và in ấn</translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation>Không có biểu đồ để lưu.</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Hình vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>Resolution rate in cases</source>
        <translation>Tỷ lệ giải quyết xong về việc</translation>
    </message>
    <message>
        <source>Resolution rate in money</source>
        <translation>Tỷ lệ giải quyết xong về tiền</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Rate: %1 (%2 resolved of %3 with conditions)</source>
        <translation>Tỷ lệ: %1 (giải quyết xong %2 trên %3 có điều kiện thi hành)</translation>
    </message>
    <message>
        <source>Rate: none (nothing with conditions)</source>
        <translation>Tỷ lệ: không có (không có việc có điều kiện thi hành)</translation>
    </message>
    <message>
        <source>Target: %1 (%2 points)</source>
        <translation>Chỉ tiêu: %1 (%2 điểm %)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>Still needed for the target: %1</source>
        <translation>Còn thiếu để đạt chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>Chưa giao chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unknown language &quot;%1&quot; (vi or en)</source>
        <translation>không có ngôn ngữ “%1” (vi hoặc en)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see thads-cli --help</source>
        <translation>không có lệnh “%1”; xem thads-cli --help</translation>
    </message>
    <message>
        <source>the database %1 does not exist; create it with: thads-cli init --db %1</source>
        <translation>không có cơ sở dữ liệu %1; hãy tạo bằng lệnh: thads-cli init --db %1</translation>
    </message>
    <message>
        <source>--months and --as-of cannot be used together</source>
        <translation>không dùng được --months và --as-of cùng một lúc</translation>
    </message>
    <message>
        <source>--year: &quot;%1&quot; is not a statistical year (%2–%3)</source>
        <translation>--year: “%1” không phải là năm thống kê (%2–%3)</translation>
    </message>
    <message>
        <source>--as-of: &quot;%1&quot; is not a date (write yyyy-MM-dd or dd/MM/yyyy)</source>
        <translation>--as-of: “%1” không phải là ngày (hãy ghi yyyy-MM-dd hoặc dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>--as-of: %1 is not in the statistical year %2 (%3 – %4)</source>
        <translation>--as-of: ngày %1 không thuộc năm thống kê %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>--as-of: %1 is outside the years THADS counts</source>
        <translation>--as-of: ngày %1 nằm ngoài các năm THADS thống kê</translation>
    </message>
    <message>
        <source>--year is required (or --as-of)</source>
        <translation>cần có --year (hoặc --as-of)</translation>
    </message>
    <message>
        <source>--months: &quot;%1&quot; is not a number of months from 1 to 12</source>
        <translation>--months: “%1” không phải là số tháng từ 1 đến 12</translation>
    </message>
    <message>
        <source>%1 already exists; it was left as it is</source>
        <translation>%1 đã có; giữ nguyên tệp này</translation>
    </message>
    <message>
        <source>Created the database %1.</source>
        <translation>Đã tạo cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left as it is (--force replaces it)</source>
        <translation>%1 đã có; giữ nguyên tệp này (--force để thay thế)</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>không ghi được %1</translation>
    </message>
    <message>
        <source>Created the demo database %1: %2 cases, %3 events.</source>
        <translation>Đã tạo cơ sở dữ liệu mẫu %1: %2 hồ sơ, %3 sự kiện.</translation>
    </message>
    <message>
        <source>--cases is required</source>
        <translation>cần có --cases</translation>
    </message>
    <message>
        <source>--%1: the file %2 does not exist</source>
        <translation>--%1: không có tệp %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was written.</source>
        <translation>
            <numerusform>%n lỗi; chưa ghi dữ liệu nào.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked: %1 cases and %2 events are correct%3; nothing was written (--dry-run).</source>
        <translation>Đã kiểm tra: %1 hồ sơ và %2 sự kiện%3 đều hợp lệ; chưa ghi dữ liệu nào (--dry-run).</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>chưa ghi dữ liệu nào: %1</translation>
    </message>
    <message>
        <source>Imported %1 cases and %2 events%3.</source>
        <translation>Đã nhập %1 hồ sơ và %2 sự kiện%3.</translation>
    </message>
    <message>
        <source>Usage: thads-cli demo [--db FILE] [--force]

Creates the demo database of Son La province: cases and their events for the
statistical years 2019-2022 in all 13 units, with targets per unit and year.
The same database is built on every machine.

  --force   replace FILE if it exists (it stays as it was if building fails)
</source>
        <translation>Cách dùng: thads-cli demo [--db TỆP] [--force]

Tạo cơ sở dữ liệu mẫu của tỉnh Sơn La: hồ sơ và sự kiện của các năm thống kê
2019-2022 ở cả 13 đơn vị, kèm chỉ tiêu của từng đơn vị theo từng năm.
Máy nào cũng tạo ra cùng một cơ sở dữ liệu.

  --force   thay thế TỆP nếu đã có (giữ nguyên tệp cũ nếu tạo không thành công)
</translation>
    </message>
    <message>
        <source>--unit: unknown unit &quot;%1&quot; (one of: %2)</source>
        <translation>--unit: không có đơn vị “%1” (chọn một trong: %2)</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>cần có --out</translation>
    </message>
    <message>
        <source>--out: the report is written as PDF (FILE.pdf), not &quot;%1&quot;</source>
        <translation>--out: báo cáo được ghi thành tệp PDF (TỆP.pdf), không phải “%1”</translation>
    </message>
    <message>
        <source>--out: export writes FILE.xlsx or FILE.csv, not &quot;%1&quot;</source>
        <translation>--out: lệnh export ghi tệp TỆP.xlsx hoặc TỆP.csv, không phải “%1”</translation>
    </message>
    <message>
        <source>--out: the folder of %1 does not exist</source>
        <translation>--out: không có thư mục chứa %1</translation>
    </message>
    <message>
        <source>--sections: unknown section &quot;%1&quot; (one of: %2)</source>
        <translation>--sections: không có phần “%1” (chọn một trong: %2)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of table, csv, json</source>
        <translation>--format: “%1” không phải là table, csv hoặc json</translation>
    </message>
    <message>
        <source>--as-of: %1 is after today; nothing has happened by then yet</source>
        <translation>--as-of: %1 là sau ngày hôm nay; chưa có số liệu đến ngày đó</translation>
    </message>
    <message>
        <source>--year: the statistical year %1 has not begun (it starts on %2)</source>
        <translation>--year: năm thống kê %1 chưa bắt đầu (bắt đầu từ ngày %2)</translation>
    </message>
    <message>
        <source>--sections: name at least one section</source>
        <translation>--sections: hãy nêu ít nhất một phần</translation>
    </message>
    <message>
        <source>the option --%1 needs a value</source>
        <translation>tùy chọn --%1 cần một giá trị</translation>
    </message>
    <message numerus="yes">
        <source>another program is writing the database; waiting up to %n second(s)…</source>
        <translation>
            <numerusform>một chương trình khác đang ghi cơ sở dữ liệu; đang chờ tối đa %n giây…</numerusform>
        </translation>
    </message>
    <message>
        <source>another thads-cli demo is building %1 right now</source>
        <translation>một lệnh thads-cli demo khác đang tạo %1</translation>
    </message>
    <message>
        <source>the standard output</source>
        <translation>đầu ra chuẩn</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (write yyyy-MM-dd or dd/MM/yyyy)</source>
        <translation>--%1: “%2” không phải là ngày (hãy ghi yyyy-MM-dd hoặc dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>--unit: unknown unit &quot;%1&quot;</source>
        <translation>--unit: không có đơn vị “%1”</translation>
    </message>
    <message>
        <source>--case: no case has the decision number %1</source>
        <translation>--case: không có hồ sơ nào mang số quyết định %1</translation>
    </message>
    <message>
        <source>--case: %1 is a decision number in several units (%2); add --unit CODE</source>
        <translation>--case: số quyết định %1 có ở nhiều đơn vị (%2); hãy thêm --unit MÃ</translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s).</source>
        <translation>
            <numerusform>%n dòng nhật ký.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: thads-cli audit [--db FILE] [--since DATE] [--until DATE] [--user NAME]
                       [--case DECISION [--unit CODE]]

Prints the audit trail, newest first, one line per change: when (local time), who,
what (insert, update, delete), the table and row, and the old and new values.
The trail is append-only: no program can change or delete its rows.

  --since, --until DATE   only the changes of these days (yyyy-MM-dd or dd/MM/yyyy)
  --user NAME             only the changes this user made
  --case DECISION         only the changes of this case and its events (--unit
                          when the decision number is used in several units)
</source>
        <translation>Cách dùng: thads-cli audit [--db TỆP] [--since NGÀY] [--until NGÀY] [--user TÊN]
                           [--case SỐ_QĐ [--unit MÃ]]

In nhật ký thay đổi, mới nhất trước, mỗi thay đổi một dòng: lúc nào (giờ địa phương), ai,
làm gì (insert: thêm, update: sửa, delete: xóa), bảng và dòng, giá trị cũ và mới.
Nhật ký chỉ được ghi thêm: không chương trình nào sửa hay xóa được các dòng đã ghi.

  --since, --until NGÀY   chỉ các thay đổi trong những ngày này (yyyy-MM-dd hoặc dd/MM/yyyy)
  --user TÊN              chỉ các thay đổi do người dùng này thực hiện
  --case SỐ_QĐ            chỉ các thay đổi của hồ sơ này và các sự kiện của nó (thêm
                          --unit khi số quyết định có ở nhiều đơn vị)
</translation>
    </message>
    <message>
        <source>--out is required: the file to write the backup to</source>
        <translation>cần có --out: tệp để ghi bản sao lưu</translation>
    </message>
    <message>
        <source>--out: %1 already exists; it was left as it is</source>
        <translation>--out: %1 đã có; giữ nguyên tệp này</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 bytes).</source>
        <translation>Đã sao lưu %1 vào %2 (%3 byte).</translation>
    </message>
    <message>
        <source>--from is required: the backup to restore</source>
        <translation>cần có --from: bản sao lưu cần khôi phục</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Đã khôi phục %1 từ %2.</translation>
    </message>
    <message>
        <source>The previous file is kept as %1.</source>
        <translation>Tệp trước đó được giữ lại với tên %1.</translation>
    </message>
    <message>
        <source>%1 is healthy: %2.</source>
        <translation>%1 không có lỗi; đã kiểm tra %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found.</source>
        <translation>
            <numerusform>%1: tìm thấy %n lỗi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: thads-cli backup [--db FILE] --out BACKUP.db

Copies the database to BACKUP.db while it may be in use (one consistent snapshot,
compacted). The copy is written under a temporary name and renamed when complete,
so a failure leaves no file; an existing BACKUP.db is never overwritten.

  --out FILE   the backup to write, e.g. thads-2026-12-03.db
</source>
        <translation>Cách dùng: thads-cli backup [--db TỆP] --out BẢN_SAO.db

Sao chép cơ sở dữ liệu ra BẢN_SAO.db, kể cả khi đang dùng (một bản chụp nhất quán,
đã thu gọn). Bản sao được ghi dưới một tên tạm rồi mới đổi tên khi đã ghi xong, nên
nếu có lỗi thì không để lại tệp nào; không bao giờ ghi đè lên BẢN_SAO.db đã có.

  --out TỆP    bản sao lưu cần ghi, ví dụ thads-2026-12-03.db
</translation>
    </message>
    <message>
        <source>Usage: thads-cli check [--db FILE]

Checks the database without changing it: SQLite&apos;s integrity check of every page
and index, its foreign key check, and every case&apos;s state, amount collected,
amount still due and closing date in the case list against its event log.
Prints one line when all is well (exit code 0), or one line per problem
(exit code 1). Exit code 2: a wrong option, or a file that is missing or not a
THADS database.
</source>
        <translation>Cách dùng: thads-cli check [--db TỆP]

Kiểm tra cơ sở dữ liệu mà không thay đổi gì: kiểm tra toàn vẹn của SQLite trên mọi
trang và chỉ mục, kiểm tra khóa ngoại, và so trạng thái, số đã thu, số còn phải
thi hành và ngày kết thúc của từng hồ sơ trong danh sách với các sự kiện của hồ sơ.
In một dòng nếu không có lỗi (mã thoát 0), hoặc mỗi lỗi một dòng (mã thoát 1).
Mã thoát 2: tùy chọn sai, hoặc tệp không có hay không phải cơ sở dữ liệu THADS.
</translation>
    </message>
    <message>
        <source>New password of %1: </source>
        <translation>Mật khẩu mới của %1: </translation>
    </message>
    <message>
        <source>no password for %1: set THADS_NEW_PASSWORD or run thads-cli in a terminal</source>
        <translation>không có mật khẩu cho %1: hãy đặt THADS_NEW_PASSWORD hoặc chạy thads-cli trong cửa sổ dòng lệnh</translation>
    </message>
    <message>
        <source>Usage: thads-cli init [--db FILE] [--admin NAME [--full-name TEXT]]

Creates a new, empty THADS database with the 13 units of Son La province.
An existing file is never overwritten.

  --admin NAME       create its administrator too (the password is asked twice,
                     or read from THADS_NEW_PASSWORD); without it, the first
                     start of THADS asks for the administrator
  --full-name TEXT   the administrator&apos;s name as people read it
</source>
        <translation>Cách dùng: thads-cli init [--db TỆP] [--admin TÊN [--full-name HỌ_TÊN]]

Tạo cơ sở dữ liệu THADS mới, chưa có hồ sơ, với 13 đơn vị của tỉnh Sơn La.
Không bao giờ ghi đè lên tệp đã có.

  --admin TÊN          tạo luôn tài khoản quản trị (mật khẩu được hỏi hai lần,
                       hoặc đọc từ THADS_NEW_PASSWORD); nếu không có, lần đầu
                       mở THADS sẽ hỏi tài khoản quản trị
  --full-name HỌ_TÊN   họ tên của người quản trị
</translation>
    </message>
    <message>
        <source>Usage: thads-cli user [list] [--db FILE]
       thads-cli user add --name NAME --full-name TEXT --role clerk|leader|admin
                          [--unit CODE] --user ADMIN [--db FILE]
       thads-cli user reset|disable|enable --name NAME --user ADMIN [--db FILE]

Lists the accounts of the database (name, role, unit, full name, disabled, locked),
or changes one, signed in as an administrator (--user; the password is asked, or
read from THADS_PASSWORD). A new password (add, reset) is asked twice, or read
from THADS_NEW_PASSWORD; after a reset the user must choose a new one at the
next sign-in. The first account of a database without any is its administrator,
added without --user.

  --role      clerk (one unit: --unit CODE), leader (reads everything) or admin
</source>
        <translation>Cách dùng: thads-cli user [list] [--db TỆP]
           thads-cli user add --name TÊN --full-name HỌ_TÊN --role clerk|leader|admin
                              [--unit MÃ] --user QUẢN_TRỊ [--db TỆP]
           thads-cli user reset|disable|enable --name TÊN --user QUẢN_TRỊ [--db TỆP]

Liệt kê các tài khoản của cơ sở dữ liệu (tên, vai trò, đơn vị, họ tên, bị khóa,
tạm khóa), hoặc thay đổi một tài khoản khi đăng nhập là quản trị viên (--user;
mật khẩu được hỏi, hoặc đọc từ THADS_PASSWORD). Mật khẩu mới (add, reset) được
hỏi hai lần, hoặc đọc từ THADS_NEW_PASSWORD; sau khi đặt lại, người dùng phải tự
chọn mật khẩu mới ở lần đăng nhập sau. Tài khoản đầu tiên của một cơ sở dữ liệu
chưa có tài khoản nào là tài khoản quản trị, được thêm mà không cần --user.

  --role      clerk (một đơn vị: --unit MÃ), leader (xem mọi số liệu) hoặc admin
</translation>
    </message>
    <message>
        <source>Usage: thads-cli restore [--db FILE] --from BACKUP.db [--user ADMIN]

Puts BACKUP.db in the place of the database FILE. The backup must be a THADS
database, not newer than this program, and pass SQLite&apos;s integrity and foreign
key checks; otherwise nothing is changed. The current file is kept first, with
its write-ahead log, as FILE.before-restore-YYYYMMDD-HHMMSS. Close THADS on FILE
before restoring.

  --from FILE   the backup to restore
  --user ADMIN  an administrator, when FILE opens and has accounts (the password
                is asked, or read from THADS_PASSWORD)
</source>
        <translation>Cách dùng: thads-cli restore [--db TỆP] --from BẢN_SAO.db [--user QUẢN_TRỊ]

Đặt BẢN_SAO.db vào chỗ của cơ sở dữ liệu TỆP. Bản sao lưu phải là cơ sở dữ liệu
THADS, không mới hơn chương trình này, và qua được bước kiểm tra toàn vẹn và kiểm
tra khóa ngoại của SQLite; nếu không thì không thay đổi gì. Tệp hiện tại được giữ
lại trước, cùng nhật ký ghi trước (write-ahead log) của nó, với tên
TỆP.before-restore-YYYYMMDD-HHMMSS. Hãy đóng THADS đang mở TỆP trước khi khôi phục.

  --from TỆP       bản sao lưu cần khôi phục
  --user QUẢN_TRỊ  tài khoản quản trị, khi TỆP mở được và có tài khoản (mật khẩu
                   được hỏi, hoặc đọc từ THADS_PASSWORD)
</translation>
    </message>
    <message>
        <source>the database has no users yet; create its administrator first: thads-cli user add --name NAME --full-name &quot;NAME&quot; --role admin</source>
        <translation>cơ sở dữ liệu chưa có tài khoản nào; hãy tạo tài khoản quản trị trước: thads-cli user add --name TÊN --full-name &quot;HỌ TÊN&quot; --role admin</translation>
    </message>
    <message>
        <source>--user NAME is required: changes are made by a signed-in user (the password is asked, or read from THADS_PASSWORD)</source>
        <translation>cần --user TÊN: mọi thay đổi do người dùng đã đăng nhập thực hiện (mật khẩu được hỏi, hoặc đọc từ THADS_PASSWORD)</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>no password for %1: set THADS_PASSWORD or run thads-cli in a terminal</source>
        <translation>không có mật khẩu cho %1: hãy đặt THADS_PASSWORD hoặc chạy thads-cli trong cửa sổ dòng lệnh</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Nhập lại mật khẩu: </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>hai mật khẩu không giống nhau; không thay đổi gì</translation>
    </message>
    <message>
        <source>user: unknown action &quot;%1&quot; (one of: %2)</source>
        <translation>user: không có thao tác &quot;%1&quot; (một trong: %2)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>tạm khóa đến %1</translation>
    </message>
    <message>
        <source>--role: &quot;%1&quot; is not clerk, leader or admin</source>
        <translation>--role: &quot;%1&quot; không phải clerk, leader hay admin</translation>
    </message>
    <message>
        <source>--unit: a clerk needs the code of their unit (&quot;%1&quot; is none)</source>
        <translation>--unit: cán bộ nhập liệu cần mã đơn vị của mình (&quot;%1&quot; không phải mã đơn vị)</translation>
    </message>
    <message>
        <source>--name: there is no user %1</source>
        <translation>--name: không có tài khoản %1</translation>
    </message>
    <message>
        <source>nothing was changed: %1</source>
        <translation>không thay đổi gì: %1</translation>
    </message>
    <message>
        <source>--name is required: the user name of the account</source>
        <translation>cần --name: tên đăng nhập của tài khoản</translation>
    </message>
    <message>
        <source>Added the user %1.</source>
        <translation>Đã thêm tài khoản %1.</translation>
    </message>
    <message>
        <source>Set the password of %1; they choose their own at the next sign-in.</source>
        <translation>Đã đặt mật khẩu cho %1; người dùng sẽ tự chọn mật khẩu mới ở lần đăng nhập sau.</translation>
    </message>
    <message>
        <source>Disabled the account %1.</source>
        <translation>Đã khóa tài khoản %1.</translation>
    </message>
    <message>
        <source>Enabled the account %1.</source>
        <translation>Đã mở lại tài khoản %1.</translation>
    </message>
    <message>
        <source>--encoding: &quot;%1&quot; is not utf-8, windows-1258 or auto</source>
        <translation>--encoding: “%1” không phải utf-8, windows-1258 hay auto</translation>
    </message>
    <message>
        <source>--separator: &quot;%1&quot; is not &quot;,&quot;, &quot;;&quot; or auto</source>
        <translation>--separator: “%1” không phải “,”, “;” hay auto</translation>
    </message>
    <message>
        <source>Usage: thads-cli import [--db FILE] --user NAME --cases CASES.csv [--events EVENTS.csv]
                        [--encoding utf-8|windows-1258|auto] [--separator ,|;|auto]
                        [--dry-run]

Brings in cases and their events from CSV files (first row naming the columns;
the columns are listed in README.md). Every row is checked first; if any is
wrong, each problem is printed as FILE:LINE: field: rule, nothing is written and
the exit code is 1.

  --cases FILE      the cases: unit, decision_no, decision_date, mode, kind, ...
  --events FILE     their events: unit, decision_no, date, event, amount, note
  --user NAME       who imports (the password is asked, or read from THADS_PASSWORD);
                    a clerk imports only the cases of their own unit
  --encoding E      utf-8 (&quot;CSV UTF-8&quot;, a byte-order mark is fine), windows-1258
                    (what Vietnamese Excel saves as &quot;CSV&quot;), or auto (default):
                    UTF-8 when the file is valid UTF-8, else Windows-1258
  --separator S     , or ; (Excel where the decimal mark is a comma), or auto
                    (default): the one the header row uses most
  --dry-run         only check; write nothing (no --user needed)
</source>
        <translation>Cách dùng: thads-cli import [--db TỆP] --user TÊN --cases HO_SO.csv [--events SU_KIEN.csv]
                           [--encoding utf-8|windows-1258|auto] [--separator ,|;|auto]
                           [--dry-run]

Nhập hồ sơ và sự kiện của hồ sơ từ tệp CSV (dòng đầu ghi tên các cột; danh sách
cột có trong README.md). Mọi dòng đều được kiểm tra trước; nếu có dòng sai, từng
lỗi được in ra dạng TỆP:DÒNG: trường: quy tắc, không ghi dữ liệu nào và mã thoát
là 1.

  --cases TỆP       hồ sơ: unit, decision_no, decision_date, mode, kind, ...
  --events TỆP      sự kiện của hồ sơ: unit, decision_no, date, event, amount, note
  --user TÊN        người nhập (mật khẩu được hỏi, hoặc đọc từ THADS_PASSWORD);
                    cán bộ nhập liệu chỉ nhập được hồ sơ của đơn vị mình
  --encoding E      utf-8 (“CSV UTF-8”, có dấu BOM cũng được), windows-1258
                    (Excel tiếng Việt lưu “CSV” theo bảng mã này), hoặc auto
                    (mặc định): UTF-8 nếu tệp là UTF-8 hợp lệ, nếu không thì Windows-1258
  --separator S     , hoặc ; (Excel dùng khi dấu thập phân là dấu phẩy), hoặc auto
                    (mặc định): dấu mà dòng tiêu đề dùng nhiều hơn
  --dry-run         chỉ kiểm tra, không ghi gì (không cần --user)
</translation>
    </message>
    <message>
        <source>thads-cli: civil judgment enforcement statistics (THADS) from the command line

Usage: thads-cli COMMAND [OPTIONS]

Commands:
  init     create a new, empty database with the province&apos;s units
  demo     create the demo database of Son La province (2019-2022)
  stats    print the results of enforcement, in cases and in money
  import   bring in cases and their events from CSV files
  report   write the conference report as PDF
  export   write the official tables as XLSX or CSV
  pack     write the conference pack: report, tables and charts, in a folder
  audit    print the audit trail: who changed what, and when
  backup   copy the database, while it is in use, to a backup file
  restore  put a backup in the place of the database (the current file is kept aside)
  check    check the database: its pages, references and every case against its events
  user     list the accounts, add one, reset a password, disable or enable one
  lock     close the books of past months (khoa so); unlock reopens one

Options for every command:
  --db FILE      the database (default: %1)
  --lang vi|en   the language of messages and tables (default: vi)
  --help         explain the command

&quot;thads-cli COMMAND --help&quot; explains a command in full.
Exit codes: 0 done; 1 an import file has wrong rows (nothing was written)
or check found problems;
2 a wrong option, an unusable database or a file that cannot be written
(nothing was created or changed).
</source>
        <translation>thads-cli: thống kê thi hành án dân sự (THADS) bằng dòng lệnh

Cách dùng: thads-cli LỆNH [TÙY_CHỌN]

Các lệnh:
  init     tạo cơ sở dữ liệu mới, chưa có hồ sơ, với các đơn vị của tỉnh
  demo     tạo cơ sở dữ liệu mẫu của tỉnh Sơn La (2019-2022)
  stats    in kết quả thi hành án, về việc và về tiền
  import   nhập hồ sơ và sự kiện của hồ sơ từ tệp CSV
  report   ghi báo cáo tổng kết thành tệp PDF
  export   ghi các biểu thống kê thành tệp XLSX hoặc CSV
  pack     ghi bộ tài liệu hội nghị (báo cáo, các bảng, biểu đồ) vào một thư mục
  audit    in nhật ký thay đổi: ai đã sửa gì, vào lúc nào
  backup   sao chép cơ sở dữ liệu, kể cả khi đang dùng, ra một tệp sao lưu
  restore  đặt một bản sao lưu vào chỗ cơ sở dữ liệu (tệp hiện tại được giữ lại)
  check    kiểm tra cơ sở dữ liệu: các trang, liên kết và từng hồ sơ so với sự kiện
  user     liệt kê tài khoản, thêm tài khoản, đặt lại mật khẩu, khóa hoặc mở tài khoản
  lock     khóa sổ các tháng đã qua; unlock mở lại một tháng
  backup   sao chép cơ sở dữ liệu, kể cả khi đang dùng, ra một tệp sao lưu
  restore  đặt một bản sao lưu vào chỗ cơ sở dữ liệu (tệp hiện tại được giữ lại)
  check    kiểm tra cơ sở dữ liệu: các trang, liên kết và từng hồ sơ so với sự kiện

Tùy chọn dùng cho mọi lệnh:
  --db TỆP       cơ sở dữ liệu (mặc định: %1)
  --lang vi|en   ngôn ngữ của thông báo và bảng (mặc định: vi)
  --help         giải thích lệnh

“thads-cli LỆNH --help” giải thích đầy đủ một lệnh.
Mã thoát: 0 hoàn tất; 1 tệp nhập có dòng sai (không ghi dữ liệu nào)
hoặc lệnh check tìm thấy lỗi;
2 tùy chọn sai, cơ sở dữ liệu không dùng được hoặc không ghi được tệp
(không tạo, không sửa gì).
</translation>
    </message>
    <message>
        <source>Usage: thads-cli lock --until YYYY-MM [--unit CODE] --user ADMIN [--db FILE]
       thads-cli unlock --month YYYY-MM [--unit CODE] --reason TEXT --user ADMIN [--db FILE]

lock closes the books (khoa so) of every month up to YYYY-MM, for one unit or the
whole province, and stores the statistics of every period ending in those months
with a checksum (thads-cli check compares them). Afterwards no event dated in a
closed month can be added, changed or voided, and no case accepted in one created,
deleted or given another date, amount or unit, by any path. unlock reopens one
month, with the reason recorded in the audit trail. Both are an administrator&apos;s
(the password is asked, or read from THADS_PASSWORD).
</source>
        <translation>Cách dùng: thads-cli lock --until YYYY-MM [--unit MÃ] --user QUẢN_TRỊ [--db TỆP]
           thads-cli unlock --month YYYY-MM [--unit MÃ] --reason LÝ_DO --user QUẢN_TRỊ [--db TỆP]

lock khóa sổ mọi tháng đến hết YYYY-MM, cho một đơn vị hoặc toàn tỉnh, và lưu số liệu
thống kê của mọi kỳ kết thúc trong các tháng đó kèm mã kiểm tra (thads-cli check
so sánh lại). Sau đó không thể thêm, sửa hay hủy sự kiện có ngày trong tháng đã khóa,
không thể tạo, xóa hồ sơ thụ lý trong tháng đó hay đổi ngày, số tiền, đơn vị của
hồ sơ ấy, bằng bất kỳ cách nào. unlock mở lại một tháng, lý do được ghi vào nhật ký
thay đổi. Cả hai lệnh do quản trị viên thực hiện (mật khẩu được hỏi, hoặc đọc từ
THADS_PASSWORD).
</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a month (write yyyy-MM, e.g. 2021-09)</source>
        <translation>--%1: &quot;%2&quot; không phải một tháng (viết yyyy-MM, ví dụ 2021-09)</translation>
    </message>
    <message>
        <source>--reason is required: why the month is reopened is recorded</source>
        <translation>cần --reason: lý do mở lại tháng được ghi lại</translation>
    </message>
    <message>
        <source>the whole province</source>
        <translation>toàn tỉnh</translation>
    </message>
    <message numerus="yes">
        <source>Closed the books of %n month(s) up to %1 for %2.</source>
        <translation>
            <numerusform>Đã khóa sổ %n tháng đến hết %1 cho %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopened %1 for %2.</source>
        <translation>Đã mở lại sổ tháng %1 cho %2.</translation>
    </message>
    <message>
        <source>Usage: thads-cli report [--db FILE] --year YYYY [--months N | --as-of DATE] --out FILE.pdf
                        [--sections LIST] [--date DATE]
       thads-cli export [--db FILE] --year YYYY [--months N | --as-of DATE] --out FILE.xlsx|FILE.csv
       thads-cli pack   [--db FILE] --year YYYY [--months N | --as-of DATE] --out FOLDER
                        [--sections LIST] [--date DATE]

report writes the conference report (A4, the national header, the narrative from the
figures, the registers, the signature; the official tables and the charts as
appendices). export writes the official tables: XLSX with a sheet per table, or CSV
(UTF-8 with a byte-order mark) as thads-cli stats --format csv. pack writes the PDF, the
XLSX, the CSV and every chart as PNG into FOLDER. A file is written whole or not at all.
The agency, document number and signer come from the settings of THADS (Report page),
those of the agency&apos;s names valid on the report&apos;s date: before 01/07/2025 Tổng cục
THADS / Cục THADS tỉnh, from then the Ministry of Justice / THADS tỉnh.

  --year, --months, --as-of   the period, as for thads-cli stats
  --sections LIST   the parts of the report (and of the pack&apos;s PDF), comma-separated
                    (default: all):
                    summary, tables, charts, complaints, reception, coercion,
                    awards, targets
  --date DATE       the report&apos;s date (default today)
</source>
        <translation>Cách dùng: thads-cli report [--db TỆP] --year YYYY [--months N | --as-of NGÀY] --out TỆP.pdf
                            [--sections DANH_SÁCH] [--date NGÀY]
           thads-cli export [--db TỆP] --year YYYY [--months N | --as-of NGÀY] --out TỆP.xlsx|TỆP.csv
           thads-cli pack   [--db TỆP] --year YYYY [--months N | --as-of NGÀY] --out THƯ_MỤC
                            [--sections DANH_SÁCH] [--date NGÀY]

report ghi báo cáo tổng kết (khổ A4, quốc hiệu, tiêu ngữ, phần nội dung viết từ số liệu,
các sổ theo dõi, phần ký; các biểu thống kê và biểu đồ là phụ lục). export ghi các biểu
thống kê: tệp XLSX mỗi biểu một trang tính, hoặc tệp CSV (UTF-8 có BOM) như lệnh
thads-cli stats --format csv. pack ghi tệp PDF, tệp XLSX, tệp CSV và mọi biểu đồ dạng PNG
vào THƯ_MỤC. Mỗi tệp được ghi trọn vẹn hoặc không ghi gì.
Cơ quan ban hành, số văn bản và người ký lấy theo cài đặt của THADS (trang Báo cáo tổng kết),
với tên cơ quan đúng vào ngày của báo cáo: trước 01/07/2025 là Tổng cục THADS / Cục THADS
tỉnh, từ ngày đó là Bộ Tư pháp / THADS tỉnh.

  --year, --months, --as-of   kỳ thống kê, như ở lệnh thads-cli stats
  --sections DANH_SÁCH   các phần của báo cáo (và của tệp PDF trong bộ tài liệu), cách nhau
                         bằng dấu phẩy (mặc định: tất cả):
                         summary, tables, charts, complaints, reception, coercion,
                         awards, targets
  --date NGÀY            ngày của báo cáo (mặc định: hôm nay)
</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (write yyyy-MM-dd or dd/MM/yyyy)</source>
        <translation>--date: “%1” không phải là ngày (hãy ghi yyyy-MM-dd hoặc dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>Usage: thads-cli stats [--db FILE] --year YYYY [--months N | --as-of DATE]
                       [--unit CODE] [--format table|csv|json]
                       [--table age|complaints|reception|coercion|awards]

Prints the results of enforcement in cases and in money for every unit and the
whole province, with rates, targets and what is still needed to reach them.

  --year YYYY     the statistical year: 1 October of YYYY-1 to 30 September of YYYY
  --months N      the first N months of that year (6 = up to 31 March)
  --as-of DATE    from 1 October up to DATE (yyyy-MM-dd or dd/MM/yyyy)
  --unit CODE     only this unit (CUC, TPSL, ...; PROVINCE for the whole province)
  --format F      table for people (default); csv or json for programs: one row per
                  unit, then PROVINCE; rates as 85.42, empty where undefined
  --table T       instead of the cases and money tables:
                  age         the cases pending at the period&apos;s end by age since
                              acceptance (under 1, 1-2, 2-5, over 5 years), and the
                              clearance rate: resolved / newly accepted
                  complaints  complaints and denunciations: carried over, received,
                              within competence, settled, withdrawn, rate settled
                  reception   citizen reception: receptions, people, by a leader
                  coercion    coercion operations, with mobilised forces, successful
                  awards      the awards of the statistical year, by level and
                              recipient (collective, individual)
</source>
        <translation>Cách dùng: thads-cli stats [--db TỆP] --year YYYY [--months N | --as-of NGÀY]
                           [--unit MÃ] [--format table|csv|json]
                           [--table age|complaints|reception|coercion|awards]

In kết quả thi hành án về việc và về tiền của từng đơn vị và toàn tỉnh, kèm
tỷ lệ, chỉ tiêu và số còn thiếu để đạt chỉ tiêu.

  --year YYYY     năm thống kê: từ 01/10 năm YYYY-1 đến 30/9 năm YYYY
  --months N      N tháng đầu của năm thống kê đó (6 = đến ngày 31/3)
  --as-of NGÀY    từ ngày 01/10 đến NGÀY (yyyy-MM-dd hoặc dd/MM/yyyy)
  --unit MÃ       chỉ đơn vị này (CUC, TPSL, ...; PROVINCE cho toàn tỉnh)
  --format F      table cho người đọc (mặc định); csv hoặc json cho chương trình:
                  mỗi đơn vị một dòng, dòng cuối là PROVINCE; tỷ lệ ghi dạng
                  85.42, để trống khi không xác định
  --table T       thay cho số liệu về việc và về tiền:
                  age         số việc còn phải thi hành cuối kỳ theo thời gian kể từ
                              khi thụ lý (dưới 1, 1-2, 2-5, trên 5 năm), và tỷ lệ
                              giải quyết so với thụ lý mới: giải quyết xong / thụ lý mới
                  complaints  khiếu nại, tố cáo: kỳ trước chuyển sang, nhận
                              mới, thuộc thẩm quyền, đã giải quyết, rút đơn,
                              tỷ lệ giải quyết
                  reception   tiếp công dân: số lượt, số người, lãnh đạo tiếp
                  coercion    cưỡng chế thi hành án: số cuộc, số cuộc có huy
                              động lực lượng, số cuộc thành công
                  awards      khen thưởng trong năm thống kê, theo hình thức
                              và đối tượng (tập thể, cá nhân)
</translation>
    </message>
    <message>
        <source>--table: &quot;%1&quot; is not one of age, complaints, reception, coercion, awards</source>
        <translation>--table: “%1” không phải là age, complaints, reception, coercion hoặc awards</translation>
    </message>
</context>
<context>
    <name>ClosedBooks</name>
    <message>
        <source>for the whole province</source>
        <translation>cho toàn tỉnh</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>cho %1</translation>
    </message>
    <message>
        <source>%1: the books of %2 are closed %3 (on %4 by %5); an administrator must reopen the month first.</source>
        <translation>%1: sổ tháng %2 đã khóa %3 (ngày %4, do %5); quản trị viên phải mở lại tháng đó trước.</translation>
    </message>
</context>
<context>
    <name>CoercionDialog</name>
    <message>
        <source>Coercion operation</source>
        <translation>Cưỡng chế thi hành án</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Case (decision no.):</source>
        <translation>Hồ &amp;sơ (số quyết định):</translation>
    </message>
    <message>
        <source>e.g. 125/QĐ-CCTHADS</source>
        <translation>ví dụ: 125/QĐ-CCTHADS</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Biện pháp:</translation>
    </message>
    <message>
        <source>Forces mobilised:</source>
        <translation>Lực lượng huy động:</translation>
    </message>
    <message>
        <source>Po&amp;lice:</source>
        <translation>&amp;Công an:</translation>
    </message>
    <message>
        <source>C&amp;ommune:</source>
        <translation>Cấp &amp;xã:</translation>
    </message>
    <message>
        <source>O&amp;thers:</source>
        <translation>Lực lượng &amp;khác:</translation>
    </message>
    <message>
        <source>Outcom&amp;e:</source>
        <translation>Kết &amp;quả:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>New coercion operation</source>
        <translation>Thêm cuộc cưỡng chế</translation>
    </message>
    <message>
        <source>Coercion operation of %1</source>
        <translation>Cưỡng chế hồ sơ %1</translation>
    </message>
    <message>
        <source>this unit has no case numbered %1.</source>
        <translation>đơn vị này không có hồ sơ số %1.</translation>
    </message>
    <message>
        <source>the acceptance of case %1</source>
        <translation>ngày thụ lý của hồ sơ %1</translation>
    </message>
    <message>
        <source>Nothing can save this form.</source>
        <translation>Không lưu được biểu mẫu này.</translation>
    </message>
</context>
<context>
    <name>CoercionListModel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Obligor</source>
        <translation>Người phải THA</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Biện pháp</translation>
    </message>
    <message>
        <source>Police officers mobilised</source>
        <translation>Số cán bộ công an được huy động</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Công an</translation>
    </message>
    <message>
        <source>Commune forces mobilised</source>
        <translation>Số người của cấp xã được huy động</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <source>Other forces mobilised</source>
        <translation>Số người của lực lượng khác được huy động</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>CoercionMeasure</name>
    <message>
        <source>Seizure and sale of property</source>
        <translation>Kê biên, xử lý tài sản</translation>
    </message>
    <message>
        <source>Deduction from an account</source>
        <translation>Khấu trừ tiền trong tài khoản</translation>
    </message>
    <message>
        <source>Deduction from income</source>
        <translation>Trừ vào thu nhập</translation>
    </message>
    <message>
        <source>Exploitation of property</source>
        <translation>Khai thác tài sản</translation>
    </message>
    <message>
        <source>Handing over land or a house</source>
        <translation>Buộc chuyển giao nhà, đất</translation>
    </message>
    <message>
        <source>Handing over property or papers</source>
        <translation>Buộc chuyển giao vật, giấy tờ</translation>
    </message>
    <message>
        <source>Compelling an act or abstention</source>
        <translation>Buộc thực hiện hoặc không thực hiện công việc nhất định</translation>
    </message>
</context>
<context>
    <name>CoercionOutcome</name>
    <message>
        <source>Successful</source>
        <translation>Thành công</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Hoãn</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Không thành công</translation>
    </message>
</context>
<context>
    <name>CoercionRepository</name>
    <message>
        <source>no such case.</source>
        <translation>không có hồ sơ này.</translation>
    </message>
    <message>
        <source>case %1 belongs to another unit.</source>
        <translation>hồ sơ %1 thuộc đơn vị khác.</translation>
    </message>
    <message>
        <source>the acceptance of case %1</source>
        <translation>ngày thụ lý của hồ sơ %1</translation>
    </message>
    <message>
        <source>The operation no longer exists.</source>
        <translation>Cuộc cưỡng chế này không còn trong cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>Competence</name>
    <message>
        <source>Within the unit&apos;s competence</source>
        <translation>Thuộc thẩm quyền của đơn vị</translation>
    </message>
    <message>
        <source>Outside the unit&apos;s competence</source>
        <translation>Không thuộc thẩm quyền của đơn vị</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Complaint or denunciation</source>
        <translation>Đơn khiếu nại, tố cáo</translation>
    </message>
    <message>
        <source>&amp;Unit concerned:</source>
        <translation>Đơn &amp;vị liên quan:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>Ngà&amp;y nhận:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>L&amp;oại đơn:</translation>
    </message>
    <message>
        <source>Co&amp;mpetence:</source>
        <translation>&amp;Thẩm quyền:</translation>
    </message>
    <message>
        <source>&amp;Petitioner:</source>
        <translation>Người &amp;gửi đơn:</translation>
    </message>
    <message>
        <source>Full name of the person or organisation</source>
        <translation>Họ tên cá nhân hoặc tên cơ quan, tổ chức</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>What the petition is about</source>
        <translation>Nội dung đơn</translation>
    </message>
    <message>
        <source>&amp;Case (decision no.):</source>
        <translation>Hồ &amp;sơ (số quyết định):</translation>
    </message>
    <message>
        <source>Optional: the case it concerns, e.g. 125/QĐ-CCTHADS</source>
        <translation>Không bắt buộc, ví dụ: 125/QĐ-CCTHADS</translation>
    </message>
    <message>
        <source>Resul&amp;t:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>Settled o&amp;n:</source>
        <translation>Ngày giải &amp;quyết:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Tính chất:</translation>
    </message>
    <message>
        <source>Rep&amp;eated</source>
        <translation>Nhiều &amp;lần</translation>
    </message>
    <message>
        <source>Cro&amp;wd</source>
        <translation>Đông &amp;người</translation>
    </message>
    <message>
        <source>&amp;Beyond level</source>
        <translation>Vượt &amp;cấp</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Ghi c&amp;hú:</translation>
    </message>
    <message>
        <source>New complaint or denunciation</source>
        <translation>Thêm đơn khiếu nại, tố cáo</translation>
    </message>
    <message>
        <source>Petition of %1</source>
        <translation>Đơn của %1</translation>
    </message>
    <message>
        <source>this unit has no case numbered %1.</source>
        <translation>đơn vị này không có hồ sơ số %1.</translation>
    </message>
    <message>
        <source>Nothing can save this form.</source>
        <translation>Không lưu được biểu mẫu này.</translation>
    </message>
</context>
<context>
    <name>ComplaintKind</name>
    <message>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Denunciation</source>
        <translation>Tố cáo</translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <source>Within</source>
        <translation>Thuộc</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>Không thuộc</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>nhiều lần</translation>
    </message>
    <message>
        <source>crowd</source>
        <translation>đông người</translation>
    </message>
    <message>
        <source>beyond level</source>
        <translation>vượt cấp</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại đơn</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>Người gửi đơn</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>The case it concerns, by decision number</source>
        <translation>Hồ sơ liên quan, theo số quyết định</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Within or outside the unit&apos;s competence</source>
        <translation>Thuộc hay không thuộc thẩm quyền của đơn vị</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Thẩm quyền</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Settled on</source>
        <translation>Ngày giải quyết</translation>
    </message>
    <message>
        <source>Repeated, crowd or beyond-level petition</source>
        <translation>Đơn nhiều lần, đông người hoặc vượt cấp</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Tính chất</translation>
    </message>
</context>
<context>
    <name>ComplaintRepository</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>no such case.</source>
        <translation>không có hồ sơ này.</translation>
    </message>
    <message>
        <source>case %1 belongs to another unit.</source>
        <translation>hồ sơ %1 thuộc đơn vị khác.</translation>
    </message>
    <message>
        <source>The petition no longer exists.</source>
        <translation>Đơn này không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The petition of %1 cannot be deleted: receptions are linked to it (%2). Unlink them first.</source>
        <translation>Không thể xóa đơn của %1 vì có lượt tiếp công dân liên kết với đơn này (%2). Hãy gỡ các liên kết đó trước.</translation>
    </message>
</context>
<context>
    <name>ComplaintResult</name>
    <message>
        <source>Settled: upheld</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>Settled: partly upheld</source>
        <translation>Đúng một phần</translation>
    </message>
    <message>
        <source>Settled: rejected</source>
        <translation>Không đúng</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Rút đơn</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang giải quyết</translation>
    </message>
</context>
<context>
    <name>CompositionChartBuilder</name>
    <message>
        <source>Cases by state at the end of the period, %1</source>
        <translation>Việc theo trạng thái cuối kỳ, %1</translation>
    </message>
    <message>
        <source>%1
%2: %3 of %4 cases to enforce</source>
        <translation>%1
%2: %3 trên %4 việc phải thi hành</translation>
    </message>
    <message>
        <source>%1
%2: %3 of %4 cases with conditions</source>
        <translation>%1
%2: %3 trên %4 việc có điều kiện thi hành</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>việc</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Void an event</source>
        <translation>Hủy bỏ sự kiện</translation>
    </message>
    <message>
        <source>&amp;Date of the correction:</source>
        <translation>&amp;Ngày đính chính:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>why the event was a mistake</source>
        <translation>vì sao sự kiện này bị ghi nhầm</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; will be voided: it stays in the history, struck through, and no longer counts.</source>
        <translation>Sự kiện “%1” sẽ bị hủy bỏ: sự kiện vẫn nằm trong quá trình thi hành, bị gạch ngang và không còn được tính.</translation>
    </message>
</context>
<context>
    <name>CsvFormats</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1258 (Vietnamese Excel)</source>
        <translation>Windows-1258 (Excel tiếng Việt)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Tự nhận biết</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Dấu phẩy (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Dấu chấm phẩy (;)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (choose the encoding Windows-1258, or save it from the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>tệp không phải văn bản UTF-8 (hãy chọn bảng mã Windows-1258, hoặc lưu lại từ bảng tính dưới dạng “CSV UTF-8”)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not UTF-8 text (save it from the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>tệp không phải văn bản UTF-8 (hãy lưu lại từ bảng tính dưới dạng “CSV UTF-8”)</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>có trường mở dấu ngoặc kép nhưng không đóng lại</translation>
    </message>
    <message>
        <source>column %1: the control character %2 is not allowed in a field</source>
        <translation>cột %1: không được có ký tự điều khiển %2 trong một trường</translation>
    </message>
    <message>
        <source>column %1: a carriage return without a line feed (lines end with CRLF or LF)</source>
        <translation>cột %1: có ký tự về đầu dòng (CR) không kèm xuống dòng (LF); dòng phải kết thúc bằng CRLF hoặc LF</translation>
    </message>
    <message>
        <source>column %1: a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>cột %1: dấu ngoặc kép bên trong một trường đặt trong ngoặc kép phải viết đôi (&quot;&quot;)</translation>
    </message>
    <message>
        <source>column %1: a quote inside a field that does not begin with one; quote the whole field and double the quote (&quot;&quot;)</source>
        <translation>cột %1: có dấu ngoặc kép trong một trường không mở đầu bằng ngoặc kép; hãy đặt cả trường trong ngoặc kép và viết đôi dấu ngoặc kép (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>The unit drawn beside the province in the trend and progress charts, and marked in the other charts and the table</source>
        <translation>Đơn vị được vẽ cạnh toàn tỉnh trong biểu đồ qua các năm và biểu đồ tiến độ, và được đánh dấu trong các biểu đồ khác và trong bảng</translation>
    </message>
    <message>
        <source>&amp;Lines in:</source>
        <translation>Đườn&amp;g biểu diễn:</translation>
    </message>
    <message>
        <source>Whether the trend and progress charts show the rate in cases or in money</source>
        <translation>Biểu đồ qua các năm và biểu đồ tiến độ thể hiện tỷ lệ về việc hay về tiền</translation>
    </message>
    <message>
        <source>Cases resolved (giải quyết xong) in the whole province, of the cases with conditions</source>
        <translation>Số việc giải quyết xong của toàn tỉnh, trên số việc có điều kiện thi hành</translation>
    </message>
    <message>
        <source>Cases resolved</source>
        <translation>Việc giải quyết xong</translation>
    </message>
    <message>
        <source>The province&apos;s resolution rate in cases, against its target</source>
        <translation>Tỷ lệ giải quyết xong về việc của toàn tỉnh, so với chỉ tiêu</translation>
    </message>
    <message>
        <source>Case resolution rate</source>
        <translation>Tỷ lệ giải quyết xong về việc</translation>
    </message>
    <message>
        <source>Money resolved in the whole province, of the money with conditions</source>
        <translation>Số tiền giải quyết xong của toàn tỉnh, trên số tiền có điều kiện thi hành</translation>
    </message>
    <message>
        <source>Money resolved</source>
        <translation>Tiền giải quyết xong</translation>
    </message>
    <message>
        <source>The province&apos;s resolution rate in money, against its target</source>
        <translation>Tỷ lệ giải quyết xong về tiền của toàn tỉnh, so với chỉ tiêu</translation>
    </message>
    <message>
        <source>Money resolution rate</source>
        <translation>Tỷ lệ giải quyết xong về tiền</translation>
    </message>
    <message>
        <source>Case rate</source>
        <translation>Tỷ lệ về việc</translation>
    </message>
    <message>
        <source>Money rate</source>
        <translation>Tỷ lệ về tiền</translation>
    </message>
    <message>
        <source>Cases by state</source>
        <translation>Việc theo trạng thái</translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation>Qua các năm</translation>
    </message>
    <message>
        <source>Year&apos;s progress</source>
        <translation>Tiến độ trong năm</translation>
    </message>
    <message>
        <source>Needed for the target</source>
        <translation>Còn thiếu so với chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;All columns</source>
        <translation>&amp;Mọi cột</translation>
    </message>
    <message>
        <source>Show every column of the official tables, not only the rate and its figures</source>
        <translation>Hiện mọi cột của biểu thống kê, không chỉ tỷ lệ và các số liệu tính tỷ lệ</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>Sao &amp;chép bảng</translation>
    </message>
    <message>
        <source>Copy the table shown to the clipboard, tab-separated, to paste into a spreadsheet</source>
        <translation>Sao chép bảng đang hiển thị vào bộ nhớ tạm (các cột cách nhau bằng dấu Tab) để dán vào bảng tính</translation>
    </message>
    <message>
        <source>In cases</source>
        <translation>Về việc</translation>
    </message>
    <message>
        <source>In money (VND)</source>
        <translation>Về tiền (đồng)</translation>
    </message>
    <message>
        <source>Official order</source>
        <translation>Thứ tự chính thức</translation>
    </message>
    <message>
        <source>Highest rate first</source>
        <translation>Tỷ lệ cao trước</translation>
    </message>
    <message>
        <source>The order of the units</source>
        <translation>Thứ tự các đơn vị</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Về việc</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Về tiền</translation>
    </message>
    <message>
        <source>(province only)</source>
        <translation>(chỉ toàn tỉnh)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No case is counted in %1 (%2 – %3): none was accepted by its end or carried into it.
Choose another period above.</source>
        <translation>Kỳ %1 (%2 – %3) không có việc nào được tính: không có việc thụ lý đến cuối kỳ hay chuyển sang kỳ này.
Hãy chọn kỳ khác ở phía trên.</translation>
    </message>
    <message>
        <source>The database has no cases yet, so there is nothing to chart.
Enter cases in the register, import them (thads-cli import), or try the demo province (thads-cli demo).</source>
        <translation>Cơ sở dữ liệu chưa có hồ sơ nào nên chưa có gì để vẽ biểu đồ.
Hãy nhập hồ sơ vào Danh sách hồ sơ, nhập từ tệp (thads-cli import) hoặc dùng thử dữ liệu mẫu (thads-cli demo).</translation>
    </message>
    <message>
        <source>of %1 with conditions</source>
        <translation>trên %1 có điều kiện thi hành</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>chưa giao chỉ tiêu</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Every unit with a case target has reached it in %1.</source>
        <translation>Trong kỳ %1, mọi đơn vị được giao chỉ tiêu về việc đều đã đạt chỉ tiêu.</translation>
    </message>
    <message>
        <source>Every unit with a money target has reached it in %1.</source>
        <translation>Trong kỳ %1, mọi đơn vị được giao chỉ tiêu về tiền đều đã đạt chỉ tiêu.</translation>
    </message>
    <message>
        <source>No year has results yet: no case was resolved and no target was set.</source>
        <translation>Chưa năm nào có kết quả: chưa có việc giải quyết xong và chưa giao chỉ tiêu.</translation>
    </message>
    <message>
        <source>%1 has not begun yet.</source>
        <translation>Kỳ %1 chưa bắt đầu.</translation>
    </message>
    <message>
        <source>target %1: %2 points</source>
        <translation>chỉ tiêu %1: %2 điểm %</translation>
    </message>
    <message>
        <source>target %1: %2 points, %3 still needed</source>
        <translation>chỉ tiêu %1: %2 điểm %, còn thiếu %3</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;Kỳ thống kê:</translation>
    </message>
    <message>
        <source>Official table in cases</source>
        <translation>Biểu thống kê về việc</translation>
    </message>
    <message>
        <source>Official table in money</source>
        <translation>Biểu thống kê về tiền</translation>
    </message>
    <message>
        <source>Age of pending cases</source>
        <translation>Thời gian tồn đọng</translation>
    </message>
    <message>
        <source>The cases still pending at the period&apos;s end by years since acceptance, and the clearance rate: resolved ÷ newly accepted</source>
        <translation>Các việc còn phải thi hành cuối kỳ theo số năm kể từ khi thụ lý, và tỷ lệ giải quyết xong so với thụ lý mới</translation>
    </message>
    <message>
        <source>Pending cases by age, and the clearance rate</source>
        <translation>Việc còn phải thi hành theo thời gian tồn đọng, và tỷ lệ giải quyết so với thụ lý mới</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Không có cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>The file %1 already exists; it was left as it is.</source>
        <translation>Tệp %1 đã có; giữ nguyên tệp này.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 không phải là tệp.</translation>
    </message>
    <message>
        <source>%1 is not a THADS database (it is not an SQLite file).</source>
        <translation>%1 không phải là cơ sở dữ liệu THADS (không phải tệp SQLite).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a THADS database.</source>
        <translation>%1 là cơ sở dữ liệu SQLite của chương trình khác, không phải cơ sở dữ liệu THADS.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of THADS (schema %2; this program knows up to %3). Update THADS to open it.</source>
        <translation>%1 được ghi bởi phiên bản THADS mới hơn (lược đồ %2; chương trình này chỉ đọc được đến lược đồ %3). Hãy cập nhật THADS để mở.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2.</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2.</translation>
    </message>
    <message>
        <source>The database %1 cannot be prepared: %2.</source>
        <translation>Không chuẩn bị được cơ sở dữ liệu %1: %2.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Restore it from a backup.</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>%1 is empty, not a THADS database.</source>
        <translation>%1 là tệp rỗng, không phải cơ sở dữ liệu THADS.</translation>
    </message>
    <message>
        <source>The database %1 is read-only for you (the file or its folder cannot be written); nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 chỉ đọc đối với bạn (không ghi được vào tệp hoặc thư mục chứa tệp); không thay đổi gì.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (thads-cli check lists what is wrong). Restore it from a backup.</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng (lệnh thads-cli check liệt kê các chỗ hỏng). Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The database %1 is being written by another program; try again later.</source>
        <translation>Cơ sở dữ liệu %1 đang được ghi bởi một chương trình khác; hãy thử lại sau.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was written.</source>
        <translation>Ổ đĩa chứa %1 đã đầy; chưa ghi dữ liệu nào.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read (no permission).</source>
        <translation>Không đọc được cơ sở dữ liệu %1 (không có quyền đọc).</translation>
    </message>
    <message>
        <source>%1 was written by an older version of THADS and is read-only here, so it cannot be upgraded. Open it once where it can be written.</source>
        <translation>%1 được ghi bởi phiên bản THADS cũ hơn và ở đây chỉ đọc được, nên không nâng cấp được. Hãy mở tệp một lần ở nơi ghi được.</translation>
    </message>
    <message>
        <source>%1 is an empty database and read-only here; THADS cannot create its tables.</source>
        <translation>%1 là cơ sở dữ liệu rỗng và ở đây chỉ đọc được; THADS không tạo được các bảng.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 already exists; it was left as it is. Choose another name.</source>
        <translation>%1 đã có; giữ nguyên tệp này. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Không có thư mục %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 không phải là tệp.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Không đọc được tệp %1: %2.</translation>
    </message>
    <message>
        <source>%1 is empty, not a THADS database.</source>
        <translation>%1 là tệp rỗng, không phải cơ sở dữ liệu THADS.</translation>
    </message>
    <message>
        <source>%1 is not a THADS database (it is not an SQLite file).</source>
        <translation>%1 không phải là cơ sở dữ liệu THADS (không phải tệp SQLite).</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2.</source>
        <translation>Không mở được tệp %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database: its first page is damaged.</source>
        <translation>Không đọc được %1 như một cơ sở dữ liệu: trang đầu tiên của tệp bị hỏng.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a THADS database.</source>
        <translation>%1 là cơ sở dữ liệu SQLite của chương trình khác, không phải cơ sở dữ liệu THADS.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of THADS (schema %2; this program knows up to %3).</source>
        <translation>%1 được ghi bởi phiên bản THADS mới hơn (lược đồ %2; chương trình này chỉ đọc được đến lược đồ %3).</translation>
    </message>
</context>
<context>
    <name>DatabaseRestore</name>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>Không khôi phục được bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Không có bản sao lưu %1.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>Không đọc được bản sao lưu %1.</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 chính là cơ sở dữ liệu, không phải bản sao lưu của nó.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 không phải là tệp.</translation>
    </message>
    <message>
        <source>%1 could not be written (is the folder writable, is the disk full?).</source>
        <translation>Không ghi được %1 (thư mục có cho phép ghi không, ổ đĩa có bị đầy không?).</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program; close it there first. Nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 đang được một chương trình khác sử dụng; hãy đóng ở đó trước. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 already exists; try again in a second.</source>
        <translation>%1 đã có; hãy thử lại sau một giây.</translation>
    </message>
    <message>
        <source>%1 could not be moved aside; nothing was changed.</source>
        <translation>Không chuyển được %1 sang tên khác; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 could not be written; nothing was changed.</source>
        <translation>Không ghi được %1; không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>The demo needs the unit %1, which this database does not have.</source>
        <translation>Dữ liệu mẫu cần đơn vị %1, nhưng cơ sở dữ liệu này không có đơn vị đó.</translation>
    </message>
</context>
<context>
    <name>EnforcementMode</name>
    <message>
        <source>On own motion</source>
        <translation>Chủ động</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>Theo đơn yêu cầu</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Add event</source>
        <translation>Thêm sự kiện</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Sự kiện:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Amount (đồng):</source>
        <translation>Số &amp;tiền (đồng):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>No event can be recorded on %1: the case is closed (%2). To undo a mistaken event, open the case and void it.</source>
        <translation>Không thể ghi sự kiện vào ngày %1: việc đã kết thúc (%2). Nếu có sự kiện ghi nhầm, hãy mở hồ sơ và hủy bỏ sự kiện đó.</translation>
    </message>
    <message>
        <source>No event can be recorded on %1: it is before the case was accepted or after today.</source>
        <translation>Không thể ghi sự kiện vào ngày %1: ngày này trước ngày thụ lý hoặc sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Case %1 — %2. State on %3: %4; still due: %5.</source>
        <translation>Hồ sơ %1 — %2. Trạng thái ngày %3: %4; còn phải thi hành: %5.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
</context>
<context>
    <name>EventType</name>
    <message>
        <source>Verified: able to enforce</source>
        <translation>Xác minh: có điều kiện thi hành</translation>
    </message>
    <message>
        <source>Verified: not yet able to enforce</source>
        <translation>Xác minh: chưa có điều kiện thi hành</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Hoãn thi hành án</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Tạm đình chỉ thi hành án</translation>
    </message>
    <message>
        <source>On hold (other reason)</source>
        <translation>Trường hợp khác</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Tiếp tục thi hành án</translation>
    </message>
    <message>
        <source>Payment collected</source>
        <translation>Thu được tiền, tài sản</translation>
    </message>
    <message>
        <source>Obligation reduced or waived</source>
        <translation>Giảm, miễn nghĩa vụ thi hành án</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Thi hành xong</translation>
    </message>
    <message>
        <source>Enforcement terminated</source>
        <translation>Đình chỉ thi hành án</translation>
    </message>
    <message>
        <source>Entrusted to another unit</source>
        <translation>Ủy thác thi hành án</translation>
    </message>
    <message>
        <source>Decision withdrawn or annulled</source>
        <translation>Thu hồi, hủy quyết định thi hành án</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Đính chính</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>writing failed (the disk may be full)</source>
        <translation>ghi không thành công (có thể ổ đĩa đã đầy)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>the file cannot be created there (the folder does not allow writing)</source>
        <translation>không tạo được tệp ở đó (thư mục không cho phép ghi)</translation>
    </message>
</context>
<context>
    <name>ForeignKeyCheck</name>
    <message>
        <source>the references between tables</source>
        <translation>liên kết giữa các bảng</translation>
    </message>
    <message>
        <source>The references between tables cannot be checked: %1</source>
        <translation>Không kiểm tra được liên kết giữa các bảng: %1</translation>
    </message>
    <message>
        <source>Row %1 of the table %2 refers to a row of %3 that does not exist.</source>
        <translation>Dòng %1 của bảng %2 trỏ tới một dòng không có trong bảng %3.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) with a broken reference.</source>
        <translation>
            <numerusform>… và %n dòng khác có liên kết hỏng.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Chưa lưu được: %1</translation>
    </message>
    <message>
        <source>The form has unsaved changes. Save them?</source>
        <translation>Biểu mẫu có thay đổi chưa lưu. Lưu lại không?</translation>
    </message>
</context>
<context>
    <name>GridTableModel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>HolidayFile</name>
    <message>
        <source>holidays file, line %1: %2</source>
        <translation>tệp ngày nghỉ lễ, dòng %1: %2</translation>
    </message>
    <message>
        <source>holidays file, line %1, column %2 (%3): %4</source>
        <translation>tệp ngày nghỉ lễ, dòng %1, cột %2 (%3): %4</translation>
    </message>
    <message>
        <source>holidays file, line %1, column %2: %3</source>
        <translation>tệp ngày nghỉ lễ, dòng %1, cột %2: %3</translation>
    </message>
    <message>
        <source>holidays file: the file is empty</source>
        <translation>tệp ngày nghỉ lễ: tệp trống</translation>
    </message>
    <message>
        <source>the header must name this column &quot;%1&quot;</source>
        <translation>dòng tiêu đề phải ghi tên cột này là “%1”</translation>
    </message>
    <message>
        <source>the header has more than %1 columns</source>
        <translation>dòng tiêu đề có nhiều hơn %1 cột</translation>
    </message>
    <message>
        <source>this column is missing (a row has %1 columns)</source>
        <translation>thiếu cột này (mỗi dòng có %1 cột)</translation>
    </message>
    <message>
        <source>a column too many (a row has %1 columns)</source>
        <translation>thừa một cột (mỗi dòng có %1 cột)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1” không phải là ngày (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 is not after the row before (one row per day, in date order)</source>
        <translation>%1 không sau ngày của dòng trước (mỗi ngày một dòng, theo thứ tự ngày)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a holiday name</source>
        <translation>“%1” không phải là tên ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lunar day/month</source>
        <translation>“%1” không phải là ngày/tháng âm lịch</translation>
    </message>
    <message>
        <source>Hung Kings Commemoration Day is on 10/3 of the lunar calendar</source>
        <translation>Giỗ Tổ Hùng Vương là ngày 10/3 âm lịch</translation>
    </message>
    <message>
        <source>a day of Tet needs its lunar date</source>
        <translation>ngày nghỉ Tết phải ghi ngày âm lịch</translation>
    </message>
    <message>
        <source>%1 is not a holiday listed before this row</source>
        <translation>%1 không phải là ngày nghỉ lễ ghi ở các dòng trước</translation>
    </message>
    <message>
        <source>only a compensatory day off makes up for another day</source>
        <translation>chỉ ngày nghỉ bù mới ghi ngày được bù</translation>
    </message>
    <message>
        <source>the legal basis is missing</source>
        <translation>thiếu căn cứ pháp lý</translation>
    </message>
    <message>
        <source>the list of public holidays is missing from the program</source>
        <translation>chương trình thiếu danh sách ngày nghỉ lễ, tết</translation>
    </message>
</context>
<context>
    <name>HolidayName</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Tết Dương lịch</translation>
    </message>
    <message>
        <source>Lunar New Year (Tet)</source>
        <translation>Tết Nguyên đán</translation>
    </message>
    <message>
        <source>Hung Kings Commemoration Day</source>
        <translation>Giỗ Tổ Hùng Vương</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>Ngày Chiến thắng</translation>
    </message>
    <message>
        <source>International Labour Day</source>
        <translation>Ngày Quốc tế Lao động</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Quốc khánh</translation>
    </message>
    <message>
        <source>Compensatory day off</source>
        <translation>Nghỉ bù</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import cases from CSV...</source>
        <translation>&amp;Nhập hồ sơ từ tệp CSV...</translation>
    </message>
    <message>
        <source>Bring in cases and their events from CSV files (as thads-cli import): every row is shown and checked before anything is written</source>
        <translation>Nhập hồ sơ và sự kiện từ tệp CSV (như thads-cli import): mọi dòng được hiển thị và kiểm tra trước khi ghi</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Đã nhập %1.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import cases from CSV files</source>
        <translation>Nhập hồ sơ từ tệp CSV</translation>
    </message>
    <message>
        <source>C&amp;ases file:</source>
        <translation>&amp;Tệp hồ sơ:</translation>
    </message>
    <message>
        <source>the cases, one row each (CSV)</source>
        <translation>các hồ sơ, mỗi hồ sơ một dòng (CSV)</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Chọn...</translation>
    </message>
    <message>
        <source>Choose the cases file</source>
        <translation>Chọn tệp hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Events file:</source>
        <translation>Tệp &amp;sự kiện:</translation>
    </message>
    <message>
        <source>optional: the cases&apos; events (CSV)</source>
        <translation>không bắt buộc: sự kiện của các hồ sơ (CSV)</translation>
    </message>
    <message>
        <source>Ch&amp;oose...</source>
        <translation>C&amp;họn...</translation>
    </message>
    <message>
        <source>Choose the events file</source>
        <translation>Chọn tệp sự kiện</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Dấu phân cách:</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>The rows of the cases file</source>
        <translation>Các dòng của tệp hồ sơ</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>The rows of the events file</source>
        <translation>Các dòng của tệp sự kiện</translation>
    </message>
    <message>
        <source>Problems found in the files</source>
        <translation>Các lỗi tìm thấy trong tệp</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Nhậ&amp;p</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n sự kiện</numerusform>
        </translation>
    </message>
    <message>
        <source>UTF-8 (&quot;CSV UTF-8&quot;) or Windows-1258 (what Vietnamese Excel saves as &quot;CSV&quot;); Detect reads a file as UTF-8 when it is valid UTF-8</source>
        <translation>UTF-8 (“CSV UTF-8”) hoặc Windows-1258 (Excel tiếng Việt lưu “CSV” theo bảng mã này); Tự nhận biết đọc tệp là UTF-8 nếu tệp là UTF-8 hợp lệ</translation>
    </message>
    <message>
        <source>Excel separates fields with semicolons where the decimal mark is a comma; Detect takes the one the header row uses</source>
        <translation>Excel phân cách các trường bằng dấu chấm phẩy khi dấu thập phân là dấu phẩy; Tự nhận biết lấy dấu mà dòng tiêu đề dùng</translation>
    </message>
    <message>
        <source>Select every row</source>
        <translation>Chọn mọi dòng</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Cases (%1)</source>
        <translation>Hồ sơ (%1)</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>Sự kiện (%1)</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Đã đọc: %1.</translation>
    </message>
    <message>
        <source>Both files read as %1.</source>
        <translation>Đã đọc cả hai tệp: %1.</translation>
    </message>
    <message>
        <source>Read %1 as %2, %3 as %4.</source>
        <translation>Đã đọc %1: %2; %3: %4.</translation>
    </message>
    <message>
        <source>Choose the cases file and, if there is one, the events file. Nothing is written until you press Import.</source>
        <translation>Hãy chọn tệp hồ sơ và, nếu có, tệp sự kiện. Chưa ghi gì cho đến khi bấm Nhập.</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>không có lỗi</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with problems</source>
        <translation>
            <numerusform>%n dòng có lỗi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>Nothing can be imported until every problem is fixed in the files (point at a marked cell for its rule), then checked again.</source>
        <translation>Chưa nhập được cho đến khi mọi lỗi được sửa trong tệp (trỏ chuột vào ô được tô màu để xem quy tắc) và tệp được kiểm tra lại.</translation>
    </message>
    <message>
        <source>The database is read-only: nothing can be imported into it.</source>
        <translation>Cơ sở dữ liệu chỉ đọc: không nhập được gì vào đó.</translation>
    </message>
    <message>
        <source>Nothing has been written yet: Import writes them all, in one go.</source>
        <translation>Chưa ghi gì: bấm Nhập để ghi tất cả trong một lần.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Không ghi gì: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>(column %1)</source>
        <translation>(cột %1)</translation>
    </message>
    <message>
        <source>Line %1 of %2</source>
        <translation>Dòng %1 của %2</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>the file&apos;s pages and indexes</source>
        <translation>các trang và chỉ mục của tệp</translation>
    </message>
    <message>
        <source>The file is damaged: SQLite cannot check it (%1).</source>
        <translation>Tệp bị hỏng: SQLite không kiểm tra được (%1).</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Tệp bị hỏng: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleRule</name>
    <message>
        <source>no event before the acceptance date</source>
        <translation>không ghi sự kiện trước ngày thụ lý</translation>
    </message>
    <message>
        <source>no event after today</source>
        <translation>không ghi sự kiện sau ngày hôm nay</translation>
    </message>
    <message>
        <source>nothing but a correction after the case is closed</source>
        <translation>việc đã kết thúc thì chỉ được ghi đính chính</translation>
    </message>
    <message>
        <source>a payment or reduction is greater than 0</source>
        <translation>số tiền thu được hoặc giảm, miễn phải lớn hơn 0</translation>
    </message>
    <message>
        <source>a payment or reduction is at most the amount still due</source>
        <translation>số tiền thu được hoặc giảm, miễn không được vượt quá số còn phải thi hành</translation>
    </message>
    <message>
        <source>only payments and reductions carry an amount</source>
        <translation>chỉ sự kiện thu tiền và giảm, miễn mới có số tiền</translation>
    </message>
    <message>
        <source>completed only when nothing remains due</source>
        <translation>chỉ ghi thi hành xong khi không còn số tiền phải thi hành</translation>
    </message>
    <message>
        <source>a hold only when the case is not on hold</source>
        <translation>chỉ tạm dừng thi hành (hoãn, tạm đình chỉ, trường hợp khác) khi việc chưa bị tạm dừng</translation>
    </message>
    <message>
        <source>resumed only when the case is on hold</source>
        <translation>chỉ tiếp tục thi hành án khi việc đang tạm dừng</translation>
    </message>
    <message>
        <source>a correction voids one earlier event of the case, once</source>
        <translation>mỗi đính chính hủy bỏ một sự kiện trước đó của việc, và chỉ một lần</translation>
    </message>
    <message>
        <source>a correction states its reason</source>
        <translation>đính chính phải ghi lý do</translation>
    </message>
    <message>
        <source>a correction is not dated before the event it voids</source>
        <translation>ngày đính chính không được trước ngày của sự kiện bị hủy bỏ</translation>
    </message>
</context>
<context>
    <name>LockedFiguresCheck</name>
    <message>
        <source>the figures of closed periods</source>
        <translation>số liệu của các kỳ đã khóa sổ</translation>
    </message>
    <message>
        <source>The figures of %1 (%2) differ from those stored when its books were closed.</source>
        <translation>Số liệu %1 (%2) khác với số liệu đã lưu khi khóa sổ.</translation>
    </message>
    <message>
        <source>the province</source>
        <translation>toàn tỉnh</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>Thống &amp;kê</translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>&amp;Mở cơ sở dữ liệu...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;New case...</source>
        <translation>&amp;Thêm hồ sơ...</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>Thêm hồ sơ mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Mở hồ sơ</translation>
    </message>
    <message>
        <source>Open the selected case (Enter)</source>
        <translation>Mở hồ sơ đang chọn (Enter)</translation>
    </message>
    <message>
        <source>Add &amp;event...</source>
        <translation>Thêm &amp;sự kiện...</translation>
    </message>
    <message>
        <source>Add an event to the selected case (Ctrl+E)</source>
        <translation>Thêm sự kiện vào hồ sơ đang chọn (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Delete case...</source>
        <translation>&amp;Xóa hồ sơ...</translation>
    </message>
    <message>
        <source>Delete the selected case (Del)</source>
        <translation>Xóa hồ sơ đang chọn (Del)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>Tìm &amp;kiếm...</translation>
    </message>
    <message>
        <source>Search by decision number or name (Ctrl+F)</source>
        <translation>Tìm theo số quyết định hoặc họ tên (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <source>Read the database again (F5)</source>
        <translation>Đọc lại cơ sở dữ liệu (F5)</translation>
    </message>
    <message>
        <source>Case &amp;register</source>
        <translation>&amp;Danh sách hồ sơ</translation>
    </message>
    <message>
        <source>The case register (Ctrl+1)</source>
        <translation>Sổ thụ lý việc thi hành án (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tổng quan</translation>
    </message>
    <message>
        <source>Each unit&apos;s results against its targets, as charts (Ctrl+3)</source>
        <translation>Kết quả của từng đơn vị so với chỉ tiêu, dưới dạng biểu đồ (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;About THADS...</source>
        <translation>&amp;Giới thiệu THADS...</translation>
    </message>
    <message>
        <source>About &amp;Qt...</source>
        <translation>Giới thiệu &amp;Qt...</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) match</source>
        <translation>
            <numerusform>%Ln hồ sơ phù hợp</numerusform>
        </translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>THADS databases (*.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu THADS (*.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>About THADS</source>
        <translation>Giới thiệu THADS</translation>
    </message>
    <message>
        <source>&lt;h3&gt;THADS %1&lt;/h3&gt;&lt;p&gt;Statistics of civil judgment enforcement (thi hành án dân sự): the case register, the official tables per unit and period, and the annual report.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;/p&gt;&lt;p&gt;Built with Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;THADS %1&lt;/h3&gt;&lt;p&gt;Thống kê thi hành án dân sự: sổ thụ lý việc thi hành án, các biểu thống kê theo đơn vị và kỳ thống kê, báo cáo tổng kết năm.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %2&lt;br&gt;Phiên bản lược đồ: %3&lt;/p&gt;&lt;p&gt;Xây dựng với Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Conference &amp;report</source>
        <translation>Báo cáo &amp;tổng kết</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>Xem t&amp;rước khi in...</translation>
    </message>
    <message>
        <source>&amp;Print the report...</source>
        <translation>&amp;In báo cáo...</translation>
    </message>
    <message>
        <source>Save the report as P&amp;DF...</source>
        <translation>Lưu báo cáo thành P&amp;DF...</translation>
    </message>
    <message>
        <source>Export the tables as &amp;XLSX...</source>
        <translation>Xuất các bảng ra tệp &amp;XLSX...</translation>
    </message>
    <message>
        <source>Export the tables as &amp;CSV...</source>
        <translation>Xuất các bảng ra tệp &amp;CSV...</translation>
    </message>
    <message>
        <source>The official tables of the report&apos;s period as CSV (UTF-8) for spreadsheets</source>
        <translation>Các biểu thống kê của kỳ báo cáo thành tệp CSV (UTF-8) để mở bằng bảng tính</translation>
    </message>
    <message>
        <source>Conference pac&amp;k...</source>
        <translation>&amp;Bộ tài liệu hội nghị...</translation>
    </message>
    <message>
        <source>The report (PDF), the tables (XLSX, CSV) and every chart (PNG) in one folder</source>
        <translation>Báo cáo (PDF), các bảng (XLSX, CSV) và mọi biểu đồ (PNG) trong một thư mục</translation>
    </message>
    <message>
        <source>The annual review report: preview, print, PDF and exports (Ctrl+5)</source>
        <translation>Báo cáo tổng kết năm: xem trước, in, lưu PDF và xuất các bảng (Ctrl+5)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (chỉ đọc)</translation>
    </message>
    <message>
        <source>This database is read-only for you: cases can be viewed, counted and printed, not changed.</source>
        <translation>Cơ sở dữ liệu này chỉ đọc đối với bạn: có thể xem, thống kê và in hồ sơ, không sửa được.</translation>
    </message>
    <message>
        <source>Another program is writing the database; waiting…</source>
        <translation>Một chương trình khác đang ghi cơ sở dữ liệu; đang chờ…</translation>
    </message>
    <message>
        <source>THADS (read-only)</source>
        <translation>THADS (chỉ đọc)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>Every keyboard shortcut (F1)</source>
        <translation>Mọi phím tắt (F1)</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>&amp;Tài khoản người dùng...</translation>
    </message>
    <message>
        <source>The accounts of this database: add one, set a password, disable one</source>
        <translation>Các tài khoản của cơ sở dữ liệu này: thêm tài khoản, đặt mật khẩu, khóa tài khoản</translation>
    </message>
    <message>
        <source>&amp;Close the books...</source>
        <translation>&amp;Khóa sổ...</translation>
    </message>
    <message>
        <source>Close the books of past months (khóa sổ), or reopen one with a reason</source>
        <translation>Khóa sổ các tháng đã qua, hoặc mở lại một tháng kèm lý do</translation>
    </message>
</context>
<context>
    <name>NeededChartBuilder</name>
    <message>
        <source>Cases still needed to reach the target, %1</source>
        <translation>Số việc còn thiếu để đạt chỉ tiêu, %1</translation>
    </message>
    <message>
        <source>Money still needed to reach the target, %1</source>
        <translation>Số tiền còn thiếu để đạt chỉ tiêu, %1</translation>
    </message>
    <message>
        <source>Cases needed</source>
        <translation>Số việc còn thiếu</translation>
    </message>
    <message>
        <source>Million đồng needed</source>
        <translation>Số triệu đồng còn thiếu</translation>
    </message>
    <message>
        <source>%1, %2: cases with conditions not yet resolved</source>
        <translation>%1, %2: việc có điều kiện thi hành chưa giải quyết xong</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>việc</translation>
    </message>
    <message>
        <source>million đồng</source>
        <translation>triệu đồng</translation>
    </message>
</context>
<context>
    <name>PeriodLockDialog</name>
    <message>
        <source>Closing the books</source>
        <translation>Khóa sổ</translation>
    </message>
    <message>
        <source>A closed month&apos;s figures cannot move: no event dated in it, and no case accepted in it, can be added, changed or voided until it is reopened with a written reason.</source>
        <translation>Số liệu của tháng đã khóa sổ không thể thay đổi: không thể thêm, sửa hoặc hủy sự kiện có ngày trong tháng đó, hay việc thụ lý trong tháng đó, cho đến khi tháng được mở lại kèm lý do bằng văn bản.</translation>
    </message>
    <message>
        <source>Close the books</source>
        <translation>Khóa sổ</translation>
    </message>
    <message>
        <source>Up to &amp;month:</source>
        <translation>Đến hết &amp;tháng:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Cho:</translation>
    </message>
    <message>
        <source>&amp;Close the books</source>
        <translation>&amp;Khóa sổ</translation>
    </message>
    <message>
        <source>Closed months</source>
        <translation>Các tháng đã khóa sổ</translation>
    </message>
    <message>
        <source>Reopen the selected month</source>
        <translation>Mở lại tháng đã chọn</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>e.g. Decision No. 12/QĐ: cases entered late</source>
        <translation>ví dụ: Quyết định số 12/QĐ: nhập bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Mở lại</translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày khóa</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người khóa</translation>
    </message>
    <message numerus="yes">
        <source>Closed the books of %n month(s) up to %1 for %2.</source>
        <translation>
            <numerusform>Đã khóa sổ %n tháng đến hết %1 cho %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopened %1 for %2.</source>
        <translation>Đã mở lại sổ tháng %1 cho %2.</translation>
    </message>
    <message>
        <source>the whole province</source>
        <translation>toàn tỉnh</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Không có gì thay đổi: %1</translation>
    </message>
</context>
<context>
    <name>PeriodLockRepository</name>
    <message>
        <source>There is no such unit.</source>
        <translation>Không có đơn vị này.</translation>
    </message>
    <message>
        <source>%1 has not begun; only past months can be closed.</source>
        <translation>Tháng %1 chưa bắt đầu; chỉ khóa sổ được các tháng đã qua.</translation>
    </message>
    <message>
        <source>Reason: required; reopening a closed month is recorded with why it was done.</source>
        <translation>Lý do: bắt buộc; việc mở lại tháng đã khóa sổ được ghi lại cùng lý do.</translation>
    </message>
    <message>
        <source>Reason: at most 1000 characters.</source>
        <translation>Lý do: tối đa 1000 ký tự.</translation>
    </message>
    <message>
        <source>The books of %1 are not closed for this scope.</source>
        <translation>Sổ tháng %1 chưa khóa cho phạm vi này.</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <source>Statistical year</source>
        <translation>Năm thống kê</translation>
    </message>
    <message>
        <source>First months of the year</source>
        <translation>Số tháng đầu năm</translation>
    </message>
    <message>
        <source>Up to a date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <source>A statistical year runs from 1 October to 30 September</source>
        <translation>Năm thống kê tính từ ngày 01/10 năm trước đến ngày 30/9</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Loại kỳ thống kê</translation>
    </message>
    <message>
        <source>Number of months from 1 October</source>
        <translation>Số tháng tính từ ngày 01/10</translation>
    </message>
    <message>
        <source>Up to the date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>The books of this year are closed</source>
        <translation>Năm này đã khóa sổ</translation>
    </message>
    <message>
        <source>Books closed</source>
        <translation>Đã khóa sổ</translation>
    </message>
    <message>
        <source>The books of %1 were closed for the whole province on %2 by %3: the figures of this period can no longer change.</source>
        <translation>Sổ tháng %1 đã khóa cho toàn tỉnh (ngày %2, do %3); số liệu của kỳ này không thể thay đổi nữa.</translation>
    </message>
</context>
<context>
    <name>ProgressChartBuilder</name>
    <message>
        <source>%1 month by month, year %2</source>
        <translation>%1 theo từng tháng, năm %2</translation>
    </message>
</context>
<context>
    <name>RateChartBuilder</name>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Chưa đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Chưa giao chỉ tiêu</translation>
    </message>
    <message>
        <source>%1, %2: cases with conditions not yet resolved</source>
        <translation>%1, %2: việc có điều kiện thi hành chưa giải quyết xong</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>RateLinesChart</name>
    <message>
        <source>%1: target</source>
        <translation>%1: chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>ReceiverRole</name>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
</context>
<context>
    <name>ReceptionDialog</name>
    <message>
        <source>Citizen reception</source>
        <translation>Tiếp công dân</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>Người &amp;tiếp là:</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Họ tên người tiếp:</translation>
    </message>
    <message>
        <source>Name of the leader or officer</source>
        <translation>Lãnh đạo, cán bộ</translation>
    </message>
    <message>
        <source>Number of &amp;people:</source>
        <translation>&amp;Số người:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>What the citizens came about</source>
        <translation>Nội dung công dân trình bày</translation>
    </message>
    <message>
        <source>&amp;Complaint filed:</source>
        <translation>Đơn &amp;khiếu nại, tố cáo:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>New citizen reception</source>
        <translation>Thêm lượt tiếp công dân</translation>
    </message>
    <message>
        <source>Reception of %1</source>
        <translation>Tiếp công dân ngày %1</translation>
    </message>
    <message>
        <source>Nothing can save this form.</source>
        <translation>Không lưu được biểu mẫu này.</translation>
    </message>
</context>
<context>
    <name>ReceptionListModel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Người tiếp</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Tên người tiếp</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>The complaint filed at the reception, by its petitioner</source>
        <translation>Đơn khiếu nại, tố cáo được nộp khi tiếp, theo tên người gửi đơn</translation>
    </message>
    <message>
        <source>Complaint filed</source>
        <translation>Đơn đã nộp</translation>
    </message>
</context>
<context>
    <name>ReceptionRepository</name>
    <message>
        <source>no such petition.</source>
        <translation>không có đơn này.</translation>
    </message>
    <message>
        <source>the petition concerns another unit.</source>
        <translation>đơn liên quan đến đơn vị khác.</translation>
    </message>
    <message>
        <source>The reception no longer exists.</source>
        <translation>Lượt tiếp công dân này không còn trong cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>RecipientKind</name>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Cá nhân</translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <source>Delete entry</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <source>Delete this entry of the register &quot;%1&quot;? The deletion is recorded in the audit log.</source>
        <translation>Xóa mục này khỏi sổ “%1”? Việc xóa sẽ được ghi vào nhật ký hệ thống.</translation>
    </message>
</context>
<context>
    <name>RegisterField</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại đơn</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>Người gửi đơn</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Case (decision number)</source>
        <translation>Hồ sơ (số quyết định)</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Thẩm quyền</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Settled on</source>
        <translation>Ngày giải quyết</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Người tiếp</translation>
    </message>
    <message>
        <source>Receiver&apos;s name</source>
        <translation>Họ tên người tiếp</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Complaint filed</source>
        <translation>Đơn khiếu nại, tố cáo</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Biện pháp</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Lực lượng công an</translation>
    </message>
    <message>
        <source>Commune forces</source>
        <translation>Lực lượng cấp xã</translation>
    </message>
    <message>
        <source>Other forces</source>
        <translation>Lực lượng khác</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Recipient kind</source>
        <translation>Loại đối tượng</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Đối tượng khen thưởng</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
</context>
<context>
    <name>RegisterGrid</name>
    <message>
        <source>Carried over</source>
        <translation>Kỳ trước chuyển sang</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Nhận mới</translation>
    </message>
    <message>
        <source>Total handled</source>
        <translation>Tổng số phải giải quyết</translation>
    </message>
    <message>
        <source>Within competence</source>
        <translation>Thuộc thẩm quyền</translation>
    </message>
    <message>
        <source>Outside competence</source>
        <translation>Không thuộc thẩm quyền</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Rút đơn</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Rate settled</source>
        <translation>Tỷ lệ giải quyết</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Đơn khiếu nại nhận mới</translation>
    </message>
    <message>
        <source>Denunciations received</source>
        <translation>Đơn tố cáo nhận mới</translation>
    </message>
    <message>
        <source>Repeated petitions</source>
        <translation>Đơn nhiều lần</translation>
    </message>
    <message>
        <source>Crowd petitions</source>
        <translation>Đơn đông người</translation>
    </message>
    <message>
        <source>Beyond-level petitions</source>
        <translation>Đơn vượt cấp</translation>
    </message>
    <message>
        <source>Receptions</source>
        <translation>Lượt tiếp</translation>
    </message>
    <message>
        <source>People received</source>
        <translation>Số người được tiếp</translation>
    </message>
    <message>
        <source>Received by a leader</source>
        <translation>Lãnh đạo tiếp</translation>
    </message>
    <message>
        <source>Received by staff</source>
        <translation>Cán bộ tiếp</translation>
    </message>
    <message>
        <source>A complaint was filed</source>
        <translation>Có nộp đơn khiếu nại, tố cáo</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Số cuộc cưỡng chế</translation>
    </message>
    <message>
        <source>With mobilised forces</source>
        <translation>Có huy động lực lượng</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Thành công</translation>
    </message>
    <message>
        <source>Police mobilised</source>
        <translation>Công an được huy động</translation>
    </message>
    <message>
        <source>Commune forces mobilised</source>
        <translation>Lực lượng cấp xã được huy động</translation>
    </message>
    <message>
        <source>Other forces mobilised</source>
        <translation>Lực lượng khác được huy động</translation>
    </message>
    <message>
        <source>People mobilised in all</source>
        <translation>Tổng số người được huy động</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Collectives in all</source>
        <translation>Tổng số tập thể</translation>
    </message>
    <message>
        <source>Individuals in all</source>
        <translation>Tổng số cá nhân</translation>
    </message>
    <message>
        <source>Awards in all</source>
        <translation>Tổng số khen thưởng</translation>
    </message>
</context>
<context>
    <name>RegisterKind</name>
    <message>
        <source>Complaints and denunciations</source>
        <translation>Khiếu nại, tố cáo</translation>
    </message>
    <message>
        <source>Citizen reception</source>
        <translation>Tiếp công dân</translation>
    </message>
    <message>
        <source>Coercive enforcement</source>
        <translation>Cưỡng chế thi hành án</translation>
    </message>
    <message>
        <source>Emulation and awards</source>
        <translation>Thi đua, khen thưởng</translation>
    </message>
</context>
<context>
    <name>RegisterStatistics</name>
    <message>
        <source>The period is not valid.</source>
        <translation>Kỳ thống kê không hợp lệ.</translation>
    </message>
</context>
<context>
    <name>RegisterSummaryText</name>
    <message>
        <source>%1 petitions handled (%2 carried over, %3 received; %4 denunciations); %5 within competence: %6 settled, %7 withdrawn, %8 in progress — rate settled &lt;b&gt;%9&lt;/b&gt;. Repeated %10, crowd %11, beyond level %12.</source>
        <translation>Phải giải quyết %1 đơn (kỳ trước chuyển sang %2, nhận mới %3; %4 đơn tố cáo); thuộc thẩm quyền %5: đã giải quyết %6, rút đơn %7, đang giải quyết %8 — tỷ lệ giải quyết &lt;b&gt;%9&lt;/b&gt;. Đơn nhiều lần %10, đông người %11, vượt cấp %12.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1 receptions of %2 people; %3 by a leader, %4 by staff; a complaint was filed at %5.</source>
        <translation>%1 lượt tiếp với %2 người; lãnh đạo tiếp %3 lượt, cán bộ tiếp %4 lượt; %5 lượt có nộp đơn khiếu nại, tố cáo.</translation>
    </message>
    <message>
        <source>%1 coercion operations, %2 with mobilised forces (%3 police, %4 commune, %5 others); %6 successful.</source>
        <translation>%1 cuộc cưỡng chế, %2 cuộc có huy động lực lượng (%3 cán bộ công an, %4 người cấp xã, %5 người khác); %6 cuộc thành công.</translation>
    </message>
    <message>
        <source>%1: %2 collectives, %3 individuals</source>
        <translation>%1: %2 tập thể, %3 cá nhân</translation>
    </message>
    <message>
        <source>Awards of %1: %2 collectives, %3 individuals.</source>
        <translation>Khen thưởng năm %1: %2 tập thể, %3 cá nhân.</translation>
    </message>
</context>
<context>
    <name>RegisterText</name>
    <message>
        <source>%1, %2 (%3 - %4)

</source>
        <translation>%1, %2 (%3 - %4)

</translation>
    </message>
</context>
<context>
    <name>RegisterValidator</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: required.</source>
        <translation>%1: bắt buộc phải nhập.</translation>
    </message>
    <message>
        <source>%1: must not be after today (%2).</source>
        <translation>%1: không được sau ngày hôm nay (%2).</translation>
    </message>
    <message>
        <source>%1: must not be before %2 (%3).</source>
        <translation>%1: không được trước %2 (%3).</translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3.</source>
        <translation>%1: phải là số nguyên từ %2 đến %3.</translation>
    </message>
    <message>
        <source>%1: at most %2 characters.</source>
        <translation>%1: tối đa %2 ký tự.</translation>
    </message>
    <message>
        <source>%1: no such unit.</source>
        <translation>%1: không có đơn vị này.</translation>
    </message>
    <message>
        <source>the date received</source>
        <translation>ngày nhận đơn</translation>
    </message>
    <message>
        <source>must be empty while the petition is in progress.</source>
        <translation>phải để trống khi đơn đang giải quyết.</translation>
    </message>
    <message>
        <source>must be a year from %1 to %2.</source>
        <translation>phải là năm từ %1 đến %2.</translation>
    </message>
    <message>
        <source>the start of the year it rewards</source>
        <translation>ngày đầu của năm được khen thưởng</translation>
    </message>
</context>
<context>
    <name>RegistersMenu</name>
    <message>
        <source>Re&amp;gisters</source>
        <translation>&amp;Sổ theo dõi</translation>
    </message>
    <message>
        <source>&amp;Registers page</source>
        <translation>&amp;Xem các sổ theo dõi</translation>
    </message>
    <message>
        <source>Complaints, citizen reception, coercion and awards (Ctrl+4)</source>
        <translation>Khiếu nại, tố cáo; tiếp công dân; cưỡng chế; khen thưởng (Ctrl+4)</translation>
    </message>
    <message>
        <source>New &amp;complaint or denunciation...</source>
        <translation>Thêm đơ&amp;n khiếu nại, tố cáo...</translation>
    </message>
    <message>
        <source>New citizen &amp;reception...</source>
        <translation>Thêm lượt &amp;tiếp công dân...</translation>
    </message>
    <message>
        <source>New c&amp;oercion operation...</source>
        <translation>Thêm cuộc cưỡn&amp;g chế...</translation>
    </message>
    <message>
        <source>New &amp;award...</source>
        <translation>Thêm &amp;khen thưởng...</translation>
    </message>
    <message>
        <source>&amp;Targets...</source>
        <translation>&amp;Chỉ tiêu...</translation>
    </message>
    <message>
        <source>The case and money targets of each unit and the province, per year</source>
        <translation>Chỉ tiêu về việc và về tiền của từng đơn vị và toàn tỉnh, theo từng năm</translation>
    </message>
</context>
<context>
    <name>RegistersPage</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ thống kê</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>&amp;New entry...</source>
        <translation>&amp;Thêm mới...</translation>
    </message>
    <message>
        <source>A new entry in this register (Ins)</source>
        <translation>Thêm một mục vào sổ này (Ins)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Open the selected entry (Enter)</source>
        <translation>Mở mục đang chọn (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Xóa...</translation>
    </message>
    <message>
        <source>Delete the selected entry (Del)</source>
        <translation>Xóa mục đang chọn (Del)</translation>
    </message>
    <message>
        <source>&amp;Complaints and denunciations</source>
        <translation>&amp;Khiếu nại, tố cáo</translation>
    </message>
    <message>
        <source>Citizen &amp;reception</source>
        <translation>Tiếp &amp;công dân</translation>
    </message>
    <message>
        <source>Coe&amp;rcion</source>
        <translation>Cưỡn&amp;g chế</translation>
    </message>
    <message>
        <source>&amp;Awards</source>
        <translation>Khen t&amp;hưởng</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Search names, subjects, numbers (Ctrl+F)</source>
        <translation>Tìm họ tên, nội dung, số hiệu (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
</context>
<context>
    <name>ReportDataLoader</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Đã hủy lập báo cáo.</translation>
    </message>
    <message>
        <source>There are no cases to report for %1 (%2 – %3).</source>
        <translation>Không có việc nào để báo cáo cho kỳ %1 (%2 – %3).</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>No.: %1</source>
        <translation>Số: %1</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>BÁO CÁO</translation>
    </message>
    <message>
        <source>%1. RESULTS OF CIVIL JUDGMENT ENFORCEMENT</source>
        <translation>%1. KẾT QUẢ THI HÀNH ÁN DÂN SỰ</translation>
    </message>
    <message>
        <source>1. In cases</source>
        <translation>1. Về việc</translation>
    </message>
    <message>
        <source>2. In money</source>
        <translation>2. Về tiền</translation>
    </message>
    <message>
        <source>3. Results of the units</source>
        <translation>3. Kết quả của các đơn vị</translation>
    </message>
    <message>
        <source>The figures of every unit are in Appendices 1 and 2.</source>
        <translation>Số liệu chi tiết của từng đơn vị tại Phụ lục 1 và Phụ lục 2 kèm theo.</translation>
    </message>
    <message>
        <source>Settling complaints and denunciations</source>
        <translation>Công tác giải quyết khiếu nại, tố cáo</translation>
    </message>
    <message>
        <source>Receiving citizens</source>
        <translation>Công tác tiếp công dân</translation>
    </message>
    <message>
        <source>Coercive enforcement</source>
        <translation>Công tác cưỡng chế thi hành án</translation>
    </message>
    <message>
        <source>Emulation and commendation</source>
        <translation>Công tác thi đua, khen thưởng</translation>
    </message>
    <message>
        <source>%1. OTHER WORK</source>
        <translation>%1. CÁC MẶT CÔNG TÁC KHÁC</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. TARGETS FOR %2</source>
        <translation>%1. CHỈ TIÊU NĂM %2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Case target</source>
        <translation>Chỉ tiêu về việc</translation>
    </message>
    <message>
        <source>Money target</source>
        <translation>Chỉ tiêu về tiền</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>RESULTS OF CIVIL JUDGMENT ENFORCEMENT IN CASES, %1</source>
        <translation>KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC, %1</translation>
    </message>
    <message>
        <source>RESULTS OF CIVIL JUDGMENT ENFORCEMENT IN MONEY (ĐỒNG), %1</source>
        <translation>KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN (ĐỒNG), %1</translation>
    </message>
    <message>
        <source>Appendix 3</source>
        <translation>Phụ lục 3</translation>
    </message>
    <message>
        <source>CHARTS</source>
        <translation>BIỂU ĐỒ</translation>
    </message>
    <message>
        <source>%1, %2 %3 %4</source>
        <comment>place, day, month, year: Sơn La, ngày 30 tháng 11 năm 2026</comment>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
    <message>
        <source>(figures closed on %1)</source>
        <translation>(số liệu đã khóa sổ ngày %1)</translation>
    </message>
    <message>
        <source>(Figures from %1 to %2, under Circular %3)</source>
        <translation>(Số liệu từ ngày %1 đến ngày %2, theo Thông tư số %3)</translation>
    </message>
    <message>
        <source>Appendix 1 (the form of Circular %1)</source>
        <translation>Phụ lục 1 (theo biểu mẫu của Thông tư số %1)</translation>
    </message>
    <message>
        <source>Appendix 2 (the form of Circular %1)</source>
        <translation>Phụ lục 2 (theo biểu mẫu của Thông tư số %1)</translation>
    </message>
</context>
<context>
    <name>ReportExports</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>Chỉ tiêu (%)</translation>
    </message>
    <message>
        <source>Against target (points)</source>
        <translation>So với chỉ tiêu (điểm %)</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>RESULTS OF CIVIL JUDGMENT ENFORCEMENT IN CASES, %1</source>
        <translation>KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC, %1</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Tiền</translation>
    </message>
    <message>
        <source>RESULTS OF CIVIL JUDGMENT ENFORCEMENT IN MONEY (ĐỒNG), %1</source>
        <translation>KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN (ĐỒNG), %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
</context>
<context>
    <name>ReportNarrative</name>
    <message>
        <source>Review of civil judgment enforcement in %1</source>
        <translation>Tổng kết công tác thi hành án dân sự năm %1</translation>
    </message>
    <message>
        <source>Results of civil judgment enforcement in the first %1 months of %2</source>
        <translation>Kết quả công tác thi hành án dân sự %1 tháng năm %2</translation>
    </message>
    <message>
        <source>Results of civil judgment enforcement of %1 up to %2</source>
        <translation>Kết quả công tác thi hành án dân sự năm %1 tính đến ngày %2</translation>
    </message>
    <message>
        <source>a rate of %1</source>
        <translation>đạt tỷ lệ %1</translation>
    </message>
    <message>
        <source>a rate of %1, %2 above the target set (%3)</source>
        <translation>đạt tỷ lệ %1, vượt %2 so với chỉ tiêu được giao (%3)</translation>
    </message>
    <message>
        <source>a rate of %1, %2 below the target set (%3)</source>
        <translation>đạt tỷ lệ %1, thấp hơn %2 so với chỉ tiêu được giao (%3)</translation>
    </message>
    <message>
        <source>a rate of %1, exactly the target set</source>
        <translation>đạt tỷ lệ %1, bằng chỉ tiêu được giao</translation>
    </message>
    <message>
        <source> and the rate rose by %1</source>
        <translation> và tỷ lệ tăng %1</translation>
    </message>
    <message>
        <source> and the rate fell by %1</source>
        <translation> và tỷ lệ giảm %1</translation>
    </message>
    <message>
        <source> and the rate stayed the same</source>
        <translation> và tỷ lệ không thay đổi</translation>
    </message>
    <message>
        <source>In cases: %1 cases accepted in all (%2 carried over from the previous period, %3 newly accepted); %4 entrusted to other units and %5 withdrawn or annulled, leaving %6 cases to enforce, of which %7 are able to be enforced and %8 are not yet able to be enforced.</source>
        <translation>Tổng số thụ lý là %1 việc (năm trước chuyển sang %2 việc, thụ lý mới %3 việc); ủy thác %4 việc, thu hồi, hủy quyết định thi hành án %5 việc; tổng số phải thi hành là %6 việc, trong đó có điều kiện thi hành %7 việc, chưa có điều kiện thi hành %8 việc.</translation>
    </message>
    <message>
        <source>%1 cases are carried to the next period: %2 in progress, %3 postponed, %4 suspended, %5 on hold for other reasons and %6 not yet able to be enforced.</source>
        <translation>Chuyển kỳ sau %1 việc, gồm: đang thi hành %2 việc, hoãn thi hành án %3 việc, tạm đình chỉ thi hành án %4 việc, trường hợp khác %5 việc và chưa có điều kiện thi hành %6 việc.</translation>
    </message>
    <message>
        <source>In money: %1 accepted in all (%2 carried over, %3 newly accepted); %4 to enforce, of which %5 able to be enforced and %6 not yet able to be enforced.</source>
        <translation>Tổng số tiền thụ lý là %1 (năm trước chuyển sang %2, thụ lý mới %3); tổng số tiền phải thi hành là %4, trong đó có điều kiện thi hành %5, chưa có điều kiện thi hành %6.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 more cases needed)</source>
        <translation>%1 (%2, còn thiếu %3 việc)</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) reached or exceeded the case target: %1.</source>
        <translation>
            <numerusform>%n đơn vị đạt và vượt chỉ tiêu về việc: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) did not reach the case target: %1.</source>
        <translation>
            <numerusform>%n đơn vị chưa đạt chỉ tiêu về việc: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No targets were set for the units in this period.</source>
        <translation>Các đơn vị chưa được giao chỉ tiêu trong kỳ này.</translation>
    </message>
    <message>
        <source>No complaints or denunciations were recorded in this period.</source>
        <translation>Trong kỳ không có đơn khiếu nại, tố cáo nào được ghi nhận.</translation>
    </message>
    <message>
        <source>%1 complaints and denunciations were handled (%2 received in the period: %3 complaints and %4 denunciations; %5 carried over), %6 of them within the competence of the enforcement agencies. %7 were settled and %8 withdrawn, a settlement rate of %9.</source>
        <translation>Tổng số đơn khiếu nại, tố cáo phải giải quyết là %1 đơn (nhận mới trong kỳ %2 đơn, gồm %3 đơn khiếu nại và %4 đơn tố cáo; kỳ trước chuyển sang %5 đơn), trong đó %6 đơn thuộc thẩm quyền giải quyết của cơ quan thi hành án dân sự. Đã giải quyết %7 đơn, rút đơn %8 đơn, đạt tỷ lệ %9.</translation>
    </message>
    <message>
        <source>Among those received, %1 were repeated, %2 were filed by crowds and %3 went beyond the competent level.</source>
        <translation>Trong số đơn nhận mới có %1 đơn nhiều lần, %2 đơn đông người và %3 đơn vượt cấp.</translation>
    </message>
    <message>
        <source>No citizen receptions were recorded in this period.</source>
        <translation>Trong kỳ không có lượt tiếp công dân nào được ghi nhận.</translation>
    </message>
    <message>
        <source>Citizens were received %1 times (%2 people), %3 times by the agency&apos;s leaders; %4 receptions led to a complaint or denunciation being filed.</source>
        <translation>Đã tiếp %1 lượt công dân (%2 người), trong đó lãnh đạo cơ quan tiếp %3 lượt; qua tiếp công dân, %4 lượt có nộp đơn khiếu nại, tố cáo.</translation>
    </message>
    <message>
        <source>No coercive enforcement operations were recorded in this period.</source>
        <translation>Trong kỳ không có cuộc cưỡng chế thi hành án nào được ghi nhận.</translation>
    </message>
    <message>
        <source>%1 coercive enforcement operations were organised, %2 of them with mobilised forces (%3 people: %4 police officers, %5 from the communes, %6 others); %7 were successful.</source>
        <translation>Đã tổ chức %1 cuộc cưỡng chế thi hành án, trong đó %2 cuộc có huy động lực lượng (%3 người, gồm: %4 cán bộ công an, %5 người của cấp xã, %6 người khác); %7 cuộc cưỡng chế thành công.</translation>
    </message>
    <message>
        <source>No commendations were recorded for this year.</source>
        <translation>Trong năm chưa có hình thức khen thưởng nào được ghi nhận.</translation>
    </message>
    <message>
        <source>%1 collectives</source>
        <translation>%1 tập thể</translation>
    </message>
    <message>
        <source>%1 individuals</source>
        <translation>%1 cá nhân</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 cho %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <source>Commendations: %1.</source>
        <translation>Khen thưởng: %1.</translation>
    </message>
    <message>
        <source>No targets have been set for %1 yet.</source>
        <translation>Chưa giao chỉ tiêu năm %1.</translation>
    </message>
    <message>
        <source>For %1 the province is set to resolve %2 of the cases and %3 of the money able to be enforced; the units&apos; targets are in the table below.</source>
        <translation>Năm %1, chỉ tiêu được giao cho toàn tỉnh là giải quyết xong %2 về việc và %3 về tiền có điều kiện thi hành; chỉ tiêu của từng đơn vị tại bảng dưới đây.</translation>
    </message>
    <message>
        <source>The units&apos; targets for %1 are in the table below.</source>
        <translation>Chỉ tiêu năm %1 của các đơn vị tại bảng dưới đây.</translation>
    </message>
    <message>
        <source>Compared with %1, the money resolved rose by %2</source>
        <translation>So với %1, số tiền giải quyết xong tăng %2</translation>
    </message>
    <message>
        <source>Compared with %1, the money resolved fell by %2</source>
        <translation>So với %1, số tiền giải quyết xong giảm %2</translation>
    </message>
    <message>
        <source>Compared with %1, the cases resolved rose by %2</source>
        <translation>So với %1, số việc giải quyết xong tăng %2 việc</translation>
    </message>
    <message>
        <source>Compared with %1, the cases resolved fell by %2</source>
        <translation>So với %1, số việc giải quyết xong giảm %2 việc</translation>
    </message>
    <message>
        <source>%1 of the cases able to be enforced were resolved (%2 completed, %3 terminated)</source>
        <translation>Giải quyết xong %1 việc có điều kiện thi hành (thi hành xong %2 việc, đình chỉ %3 việc)</translation>
    </message>
    <message>
        <source>%1 were resolved (%2 collected, %3 terminated, %4 reduced or waived)</source>
        <translation>Giải quyết xong %1 (thu được %2; đình chỉ %3; giảm, miễn %4)</translation>
    </message>
    <message>
        <source>the same period a year earlier (up to %1)</source>
        <translation>cùng kỳ năm trước (đến ngày %1)</translation>
    </message>
    <message>
        <source>Compared with %1, the money resolved is unchanged</source>
        <translation>So với %1, số tiền giải quyết xong không thay đổi</translation>
    </message>
    <message>
        <source>Compared with %1, the cases resolved are unchanged</source>
        <translation>So với %1, số việc giải quyết xong không thay đổi</translation>
    </message>
    <message>
        <source>Decision No. %1 of %2 of the %3</source>
        <translation>Quyết định số %1 ngày %2 của %3</translation>
    </message>
    <message>
        <source>The targets are those of %1, in force from %2.</source>
        <translation>Chỉ tiêu được giao theo %1, có hiệu lực từ ngày %2.</translation>
    </message>
    <message>
        <source>They were revised by %1, in force from %2.</source>
        <translation>Chỉ tiêu được điều chỉnh theo %1, có hiệu lực từ ngày %2.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Period</source>
        <translation>Kỳ thống kê</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Issued by and signed by</source>
        <translation>Cơ quan ban hành và người ký</translation>
    </message>
    <message>
        <source>Superior agency:</source>
        <translation>Cơ quan cấp trên:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>Cơ &amp;quan:</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <source>&amp;Signer:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>Nơi &amp;nhận:</translation>
    </message>
    <message>
        <source>&amp;Update the preview</source>
        <translation>Cậ&amp;p nhật bản xem trước</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;In...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Lưu thành P&amp;DF...</translation>
    </message>
    <message>
        <source>Tables as &amp;XLSX...</source>
        <translation>Xuất bảng &amp;XLSX...</translation>
    </message>
    <message>
        <source>Tables as &amp;CSV...</source>
        <translation>Xuất bảng &amp;CSV...</translation>
    </message>
    <message>
        <source>Conference &amp;pack...</source>
        <translation>&amp;Bộ tài liệu hội nghị...</translation>
    </message>
    <message>
        <source>The report (PDF), the tables (XLSX and CSV) and every chart (PNG) in one folder</source>
        <translation>Báo cáo (PDF), các bảng (XLSX và CSV) và mọi biểu đồ (PNG) trong một thư mục</translation>
    </message>
    <message>
        <source>Reading the figures for the report...</source>
        <translation>Đang đọc số liệu cho báo cáo...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s).</source>
        <translation>
            <numerusform>%1: %n trang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Export the tables</source>
        <translation>Xuất các bảng</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Folder for the conference pack</source>
        <translation>Thư mục chứa bộ tài liệu hội nghị</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) into %1.</source>
        <translation>
            <numerusform>Đã ghi %n tệp vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report options</source>
        <translation>Tùy chọn báo cáo</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Bản xem trước báo cáo</translation>
    </message>
</context>
<context>
    <name>ReportSection</name>
    <message>
        <source>Summary of the results</source>
        <translation>Tóm tắt kết quả</translation>
    </message>
    <message>
        <source>Tables per unit</source>
        <translation>Bảng số liệu theo đơn vị</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Complaints and denunciations</source>
        <translation>Khiếu nại, tố cáo</translation>
    </message>
    <message>
        <source>Citizen reception</source>
        <translation>Tiếp công dân</translation>
    </message>
    <message>
        <source>Coercive enforcement</source>
        <translation>Cưỡng chế thi hành án</translation>
    </message>
    <message>
        <source>Emulation and commendation</source>
        <translation>Thi đua, khen thưởng</translation>
    </message>
    <message>
        <source>Targets for next year</source>
        <translation>Chỉ tiêu năm sau</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Against target</source>
        <translation>So với chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Form of commendation</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Cá nhân</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation>Cán bộ nhập liệu</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>migration %1 is missing</source>
        <translation>thiếu bước nâng cấp lược đồ %1</translation>
    </message>
    <message>
        <source>migration %1: %2</source>
        <translation>bước nâng cấp lược đồ %1: %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Every task can be done with the keyboard alone. Tab and Shift+Tab move between the controls; Alt and an underlined letter jumps to a field or a menu.</source>
        <translation>Mọi công việc đều làm được chỉ bằng bàn phím. Tab và Shift+Tab chuyển giữa các ô; Alt cùng chữ cái được gạch chân chuyển đến ô nhập hoặc mở trình đơn.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Tác dụng</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Mọi nơi</translation>
    </message>
    <message>
        <source>Case register</source>
        <translation>Danh sách hồ sơ</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Biểu mẫu nhập liệu</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Sổ theo dõi</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+3, Ctrl+4, Ctrl+5</source>
        <translation>Ctrl+1, Ctrl+3, Ctrl+4, Ctrl+5</translation>
    </message>
    <message>
        <source>Case register, dashboard, registers, report</source>
        <translation>Danh sách hồ sơ, tổng quan, sổ theo dõi, báo cáo</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search the case register (the registers&apos; search on the registers page)</source>
        <translation>Tìm trong danh sách hồ sơ (trên trang sổ theo dõi: tìm trong các sổ)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Read the database again</source>
        <translation>Đọc lại cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Mở cơ sở dữ liệu khác</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Danh sách phím tắt này</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit (an open form asks about its unsaved changes first)</source>
        <translation>Thoát (biểu mẫu đang mở hỏi trước về thay đổi chưa lưu)</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+chữ cái</translation>
    </message>
    <message>
        <source>Open a menu, or jump to the field whose label has the letter underlined</source>
        <translation>Mở trình đơn, hoặc chuyển đến ô có nhãn gạch chân chữ cái đó</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New case (also from the search box)</source>
        <translation>Thêm hồ sơ mới (cả khi đang ở ô tìm kiếm)</translation>
    </message>
    <message>
        <source>Enter (in the search box)</source>
        <translation>Enter (trong ô tìm kiếm)</translation>
    </message>
    <message>
        <source>Search now and go to the list, first case selected</source>
        <translation>Tìm ngay và chuyển xuống danh sách, chọn sẵn hồ sơ đầu tiên</translation>
    </message>
    <message>
        <source>Enter (in the list)</source>
        <translation>Enter (trong danh sách)</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Mở hồ sơ đang chọn</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Add an event to the selected case (also from the search box)</source>
        <translation>Thêm sự kiện cho hồ sơ đang chọn (cả khi đang ở ô tìm kiếm)</translation>
    </message>
    <message>
        <source>Del (in the list)</source>
        <translation>Del (trong danh sách)</translation>
    </message>
    <message>
        <source>Delete the selected case (asks first)</source>
        <translation>Xóa hồ sơ đang chọn (có hỏi trước)</translation>
    </message>
    <message>
        <source>Ctrl+S, Enter</source>
        <translation>Ctrl+S, Enter</translation>
    </message>
    <message>
        <source>Save; the first wrong field gets the focus</source>
        <translation>Lưu; con trỏ chuyển đến ô sai đầu tiên</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the form (asks about unsaved changes)</source>
        <translation>Đóng biểu mẫu (có hỏi về thay đổi chưa lưu)</translation>
    </message>
    <message>
        <source>Ctrl+E (case form)</source>
        <translation>Ctrl+E (biểu mẫu hồ sơ)</translation>
    </message>
    <message>
        <source>Add an event to the case</source>
        <translation>Thêm sự kiện cho hồ sơ</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Mũi tên xuống</translation>
    </message>
    <message>
        <source>Open a list or a calendar</source>
        <translation>Mở danh sách chọn hoặc lịch</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Ins</translation>
    </message>
    <message>
        <source>New entry in the register shown</source>
        <translation>Thêm mục mới vào sổ đang xem</translation>
    </message>
    <message>
        <source>Open the selected entry</source>
        <translation>Mở mục đang chọn</translation>
    </message>
    <message>
        <source>Delete the selected entry (asks first)</source>
        <translation>Xóa mục đang chọn (có hỏi trước)</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab, Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous register</source>
        <translation>Sổ tiếp theo hoặc sổ trước</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab (in the charts)</source>
        <translation>Ctrl+Tab, Ctrl+Shift+Tab (trong vùng biểu đồ)</translation>
    </message>
    <message>
        <source>Next or previous chart</source>
        <translation>Biểu đồ tiếp theo hoặc biểu đồ trước</translation>
    </message>
    <message>
        <source>Enter (in a table)</source>
        <translation>Enter (trong bảng)</translation>
    </message>
    <message>
        <source>The case register of the unit&apos;s cases not yet resolved</source>
        <translation>Danh sách các việc chưa giải quyết xong của đơn vị</translation>
    </message>
    <message>
        <source>Tab to a button, Space</source>
        <translation>Tab đến nút, Space</translation>
    </message>
    <message>
        <source>Preview, print, save as PDF, export, pack</source>
        <translation>Xem trước, in, lưu PDF, xuất bảng, bộ tài liệu hội nghị</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>The audit trail: who changed what and when</source>
        <translation>Nhật ký thay đổi: ai đã thay đổi gì, khi nào</translation>
    </message>
    <message>
        <source>Enter (in the decision number)</source>
        <translation>Enter (trong ô số quyết định)</translation>
    </message>
    <message>
        <source>Show that case&apos;s changes now and go to the list</source>
        <translation>Hiện ngay các thay đổi của hồ sơ đó và chuyển xuống danh sách</translation>
    </message>
    <message>
        <source>Ctrl+C (in the list)</source>
        <translation>Ctrl+C (trong danh sách)</translation>
    </message>
    <message>
        <source>Copy the selected rows, tab-separated (Shift+arrows select more)</source>
        <translation>Sao chép các dòng đã chọn, các cột cách nhau bằng dấu Tab (Shift+mũi tên để chọn thêm)</translation>
    </message>
    <message>
        <source>Close the audit trail</source>
        <translation>Đóng nhật ký thay đổi</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator.</source>
        <translation>Tài khoản %1 đã bị khóa. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 wrong passwords, until %3.</source>
        <translation>Tài khoản %1 tạm khóa do nhập sai mật khẩu %2 lần, đến %3.</translation>
    </message>
    <message>
        <source>Wrong password %1 times: the account %2 is locked until %3.</source>
        <translation>Nhập sai mật khẩu %1 lần: tài khoản %2 tạm khóa đến %3.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to THADS</source>
        <translation>Đăng nhập THADS</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(chỉ đọc)</translation>
    </message>
</context>
<context>
    <name>StatColumn</name>
    <message>
        <source>Total accepted</source>
        <translation>Tổng số thụ lý</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Năm trước chuyển sang</translation>
    </message>
    <message>
        <source>Newly accepted</source>
        <translation>Thụ lý mới</translation>
    </message>
    <message>
        <source>Entrusted</source>
        <translation>Ủy thác</translation>
    </message>
    <message>
        <source>Withdrawn or annulled</source>
        <translation>Thu hồi, hủy QĐ THA</translation>
    </message>
    <message>
        <source>To enforce</source>
        <translation>Tổng số phải thi hành</translation>
    </message>
    <message>
        <source>Able to enforce</source>
        <translation>Có điều kiện thi hành</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Thi hành xong</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Đình chỉ</translation>
    </message>
    <message>
        <source>Reduced or waived</source>
        <translation>Giảm, miễn</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Giải quyết xong</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thi hành</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Hoãn</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Tạm đình chỉ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Not yet able to enforce</source>
        <translation>Chưa có điều kiện thi hành</translation>
    </message>
    <message>
        <source>Carried to next period</source>
        <translation>Chuyển kỳ sau</translation>
    </message>
</context>
<context>
    <name>StatisticalPeriod</name>
    <message>
        <source>year %1</source>
        <translation>năm %1</translation>
    </message>
    <message>
        <source>%1 months of %2</source>
        <translation>%1 tháng năm %2</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>đến ngày %1</translation>
    </message>
</context>
<context>
    <name>StatisticsEngine</name>
    <message>
        <source>The period is not valid.</source>
        <translation>Kỳ thống kê không hợp lệ.</translation>
    </message>
    <message>
        <source>The statistics could not be computed: %1</source>
        <translation>Không tính được số liệu thống kê: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsTable</name>
    <message>
        <source>Whole province</source>
        <translation>Toàn tỉnh</translation>
    </message>
</context>
<context>
    <name>StatisticsTableModel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Against target</source>
        <translation>So với chỉ tiêu</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Còn thiếu</translation>
    </message>
</context>
<context>
    <name>StatisticsText</name>
    <message>
        <source>Results of civil judgment enforcement, %1 (%2 - %3)

</source>
        <translation>Kết quả thi hành án dân sự, %1 (%2 - %3)

</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>Tỷ lệ giải quyết xong</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Against target (points)</source>
        <translation>So với chỉ tiêu (điểm %)</translation>
    </message>
    <message>
        <source>Still needed for the target</source>
        <translation>Còn thiếu để đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>CASES</source>
        <translation>VIỆC</translation>
    </message>
    <message>
        <source>MONEY (%1)</source>
        <translation>TIỀN (%1)</translation>
    </message>
</context>
<context>
    <name>TargetRepository</name>
    <message>
        <source>Target: must be between 0 and 100 percent.</source>
        <translation>Chỉ tiêu: phải từ 0 đến 100 phần trăm.</translation>
    </message>
    <message>
        <source>Year %1 has no targets to copy.</source>
        <translation>Năm %1 chưa có chỉ tiêu để sao chép.</translation>
    </message>
    <message>
        <source>Decision number: required.</source>
        <translation>Số quyết định: bắt buộc.</translation>
    </message>
    <message>
        <source>Decision date: required.</source>
        <translation>Ngày quyết định: bắt buộc.</translation>
    </message>
    <message>
        <source>Issued by: required (who signed the decision).</source>
        <translation>Người ký: bắt buộc (người ký quyết định).</translation>
    </message>
    <message>
        <source>In force from: must be a day of the statistical year %1 (%2 – %3).</source>
        <translation>Hiệu lực từ ngày: phải là một ngày của năm thống kê %1 (%2 – %3).</translation>
    </message>
    <message>
        <source>In force from: decision %1 already takes effect on %2.</source>
        <translation>Hiệu lực từ ngày: quyết định %1 đã có hiệu lực từ ngày %2.</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Statistical &amp;year:</source>
        <translation>&amp;Năm thống kê:</translation>
    </message>
    <message>
        <source>A statistical year runs from 1 October to 30 September</source>
        <translation>Năm thống kê tính từ ngày 01/10 năm trước đến ngày 30/9</translation>
    </message>
    <message>
        <source>&amp;Copy last year&apos;s</source>
        <translation>&amp;Sao chép của năm trước</translation>
    </message>
    <message>
        <source>Fill the table with the previous year&apos;s targets (saved only with Save)</source>
        <translation>Điền vào bảng chỉ tiêu của năm trước (chỉ được lưu khi bấm Lưu)</translation>
    </message>
    <message>
        <source>Targets are resolution rates in percent with two decimals (82,50). The higher authority sets them each year per unit; the province has its own. Type in a cell or press F2 to edit; an empty cell means no target.</source>
        <translation>Chỉ tiêu là tỷ lệ giải quyết xong tính bằng phần trăm, có hai chữ số thập phân (82,50). Cấp trên giao chỉ tiêu hằng năm cho từng đơn vị; toàn tỉnh có chỉ tiêu riêng. Gõ vào ô hoặc bấm F2 để sửa; ô để trống là không có chỉ tiêu.</translation>
    </message>
    <message>
        <source>Targets of %1</source>
        <translation>Chỉ tiêu năm %1</translation>
    </message>
    <message>
        <source>%1 has no targets to copy.</source>
        <translation>Năm %1 chưa có chỉ tiêu để sao chép.</translation>
    </message>
    <message>
        <source>The targets were not saved: %1</source>
        <translation>Chưa lưu được chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>The targets of %1 have unsaved changes. Save them?</source>
        <translation>Chỉ tiêu năm %1 có thay đổi chưa lưu. Lưu lại không?</translation>
    </message>
    <message>
        <source>Targets of each unit</source>
        <translation>Chỉ tiêu của từng đơn vị</translation>
    </message>
    <message>
        <source>Deciding document</source>
        <translation>Quyết định giao chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <source>The year&apos;s decisions, oldest first: each replaces, from its date, the targets it sets</source>
        <translation>Các quyết định của năm, cũ nhất trước: mỗi quyết định thay thế, từ ngày có hiệu lực, các chỉ tiêu mà nó giao</translation>
    </message>
    <message>
        <source>&amp;New decision…</source>
        <translation>Quyết định &amp;mới…</translation>
    </message>
    <message>
        <source>Record a decision or a revision: it starts from the targets shown</source>
        <translation>Nhập một quyết định giao hoặc điều chỉnh chỉ tiêu, bắt đầu từ các chỉ tiêu đang hiển thị</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>Số &amp;văn bản:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Ngày &amp;ban hành:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>In &amp;force from:</source>
        <translation>&amp;Hiệu lực từ:</translation>
    </message>
    <message>
        <source>Targets without a decision (recorded before decisions)</source>
        <translation>Chỉ tiêu chưa ghi quyết định (nhập từ trước)</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Quyết định mới</translation>
    </message>
    <message>
        <source>%1 of %2, in force from %3</source>
        <translation>%1 ngày %2, hiệu lực từ %3</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Whole province (its own target)</source>
        <translation>Toàn tỉnh (chỉ tiêu riêng)</translation>
    </message>
    <message>
        <source>Percent with up to two decimals, e.g. 82,50; leave empty for no target</source>
        <translation>Phần trăm, tối đa hai chữ số thập phân, ví dụ 82,50; để trống nếu không có chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Case target (%)</source>
        <translation>Chỉ tiêu về việc (%)</translation>
    </message>
    <message>
        <source>Money target (%)</source>
        <translation>Chỉ tiêu về tiền (%)</translation>
    </message>
</context>
<context>
    <name>TrendChartBuilder</name>
    <message>
        <source>%1 over the years</source>
        <translation>%1 qua các năm</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>the list of units is missing from the program</source>
        <translation>chương trình thiếu danh sách đơn vị</translation>
    </message>
    <message>
        <source>units list, line %1: expected 5 fields</source>
        <translation>danh sách đơn vị, dòng %1: cần có 5 trường</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>User name: 3 to 32 characters, lower-case letters without diacritics, digits, dot, dash or underscore, beginning with a letter.</source>
        <translation>Tên đăng nhập: từ 3 đến 32 ký tự, gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ cái.</translation>
    </message>
    <message>
        <source>Full name: required, at most 100 characters.</source>
        <translation>Họ và tên: bắt buộc, tối đa 100 ký tự.</translation>
    </message>
    <message>
        <source>Unit: a clerk belongs to one unit.</source>
        <translation>Đơn vị: cán bộ nhập liệu thuộc một đơn vị.</translation>
    </message>
    <message>
        <source>Password: at least 8 characters.</source>
        <translation>Mật khẩu: ít nhất 8 ký tự.</translation>
    </message>
    <message>
        <source>Password: at most 128 characters.</source>
        <translation>Mật khẩu: tối đa 128 ký tự.</translation>
    </message>
    <message>
        <source>Password: must not be the user name.</source>
        <translation>Mật khẩu: không được trùng tên đăng nhập.</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory).</source>
        <translation>Không mã hóa được mật khẩu (hết bộ nhớ).</translation>
    </message>
    <message>
        <source>Role: the first account is the administrator.</source>
        <translation>Vai trò: tài khoản đầu tiên là tài khoản quản trị.</translation>
    </message>
    <message>
        <source>User name: %1 is already taken.</source>
        <translation>Tên đăng nhập: %1 đã có người dùng.</translation>
    </message>
    <message>
        <source>Unit: no such unit.</source>
        <translation>Đơn vị: không có đơn vị này.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>Tài khoản không còn nữa.</translation>
    </message>
    <message>
        <source>Role: the database must keep an administrator.</source>
        <translation>Vai trò: cơ sở dữ liệu phải còn một quản trị viên.</translation>
    </message>
    <message>
        <source>Only a signed-in user changes their password.</source>
        <translation>Chỉ người dùng đã đăng nhập mới đổi được mật khẩu của mình.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Bạn không thể tự khóa tài khoản của mình.</translation>
    </message>
    <message>
        <source>The database must keep an administrator.</source>
        <translation>Cơ sở dữ liệu phải còn một quản trị viên đăng nhập được.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Tài khoản người dùng</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Các tài khoản</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Thêm tài khoản…</translation>
    </message>
    <message>
        <source>&amp;Set password…</source>
        <translation>Đặt &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Khóa tài khoản</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Tạm khóa đến %1</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Mở lại tài khoản</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>Announced day off</source>
        <translation>Ngày nghỉ theo thông báo</translation>
    </message>
    <message>
        <source>Compensatory day off for %1</source>
        <translation>Nghỉ bù %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>THADS: civil judgment enforcement statistics</source>
        <translation>THADS: thống kê thi hành án dân sự</translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation>Cơ sở dữ liệu cần mở.</translation>
    </message>
    <message>
        <source>Render the window at 1366×768 to a PNG file and exit.</source>
        <translation>Vẽ cửa sổ ở kích thước 1366×768 ra tệp PNG rồi thoát.</translation>
    </message>
    <message>
        <source>The language: vi or en.</source>
        <translation>Ngôn ngữ: vi hoặc en.</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not vi or en</source>
        <translation>--lang: “%1” không phải là vi hoặc en</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Create it with: thads-cli init --db %1</source>
        <translation>Không có cơ sở dữ liệu %1. Hãy tạo bằng lệnh: thads-cli init --db %1</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>Không ghi được %1</translation>
    </message>
    <message>
        <source>The view to show: cases, dashboard, registers or report.</source>
        <translation>Trang cần hiển thị: cases (hồ sơ), dashboard (tổng quan), registers (sổ theo dõi) hoặc report (báo cáo tổng kết).</translation>
    </message>
    <message>
        <source>--view: &quot;%1&quot; is not one of cases, dashboard, registers, report</source>
        <translation>--view: “%1” không phải là cases, dashboard, registers hoặc report</translation>
    </message>
    <message>
        <source>The user who signs in (with THADS_PASSWORD set, without the dialog).</source>
        <translation>Người dùng đăng nhập (nếu có THADS_PASSWORD thì không cần hộp thoại).</translation>
    </message>
    <message>
        <source>--screenshot: sign in with --user NAME and the password in THADS_PASSWORD</source>
        <translation>--screenshot: hãy đăng nhập bằng --user TÊN và mật khẩu trong THADS_PASSWORD</translation>
    </message>
    <message>
        <source>--screenshot: the database has no accounts yet; create its administrator first (thads-cli user add)</source>
        <translation>--screenshot: cơ sở dữ liệu chưa có tài khoản nào; hãy tạo tài khoản quản trị trước (thads-cli user add)</translation>
    </message>
</context>
</TS>
