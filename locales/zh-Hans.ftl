### 页面的文本（简体中文，称呼“您”）。术语见 glossary.md。
### 日期、时间、星期和月份名称由 Intl 按读者的语言区域格式化，不在此文件中。

## 页面

page-title = 申请数据库刷新
page-lede = 请填写表单：表单会在您输入时根据供应商的规则检查您的申请，然后生成工单，供您粘贴到{ $paste_into ->
    [embedded] 申请表单
   *[page] 供应商的帮助中心
  }中。所有时间均为 UTC。
page-no-policy = 无法加载任何供应商策略，因此无法显示表单。
shell-missing-file = 表单无法启动，因为服务器上没有其文件 { $file }（HTTP { $status }）。如果您是本网站的运营者：请发布整个构建文件夹，并让其中的文件保持在同一位置。
shell-browser = 表单无法在此浏览器中启动（{ $why }）。表单需要 JavaScript 和 WebAssembly：请重新加载页面，或尝试使用最新版本的浏览器。
shell-script-failed = 某个脚本运行失败
shell-download = 表单无法启动，因为其中一个文件无法下载：请检查网络连接并重新加载页面。
shell-noscript = 此表单在您的浏览器中检查您的申请，需要 JavaScript 和 WebAssembly：请为此页面启用 JavaScript，然后重新加载页面。
language-menu = 语言

## 供应商

vendor = 供应商
vendor-fixed = 供应商：{ $vendor }

## 字段：标签、提示、选项

utc-hint = UTC，例如 2024-10-09 02:00
for-example = 例如 { $example }
with-build-example = 包括内部版本号或补丁，例如 { $example }
yes = 是
no = 否
choose = 请选择…
environments = 环境
source = 源环境
target = 目标环境
kind-of-source = 源环境类型
# 中文用“目标环境”同时表示 target 和 destination，因此 $side 不改变文字
kind-of-target = 目标环境类型{ $side ->
    [destination] {""}
   *[target] {""}
  }
refresh-type = 刷新类型
refresh-type-question = 您需要哪一时刻的生产环境数据？
refresh-type-standard = 标准
refresh-type-standard-hint = 最新的生产环境数据。
refresh-type-pit = 指定时间点
refresh-type-pit-hint = 您所选时刻（还原点）的生产环境数据。需要 { $notice } 天的提前通知期，且刷新必须在还原点之后 { $age } 天内进行。
restore-point = 还原点
restore-point-hint = 您需要其生产环境数据的时刻。{ utc-hint }
holiday-region = 支持团队遵循的公共假日
holiday-region-hint = 落在这些假日的时间窗口将被拒绝。
holiday-region-none = 无（不检查假日）
when = 时间
window-start-one = 刷新开始时间
window-start-n = 时间窗口 { $window } 开始时间
windows-legend-one = 刷新应何时开始？停机时间为 { $duration }。
windows-legend-many = 请提议 { $count } 个时间窗口，每个 { $duration }
preserve-users = 是否保留目标环境的用户信息（其安全列表）？
preserve-users-hint = 如果选择“否”，目标环境的用户将被源环境的用户替换。如果选择“是”，则需要两个环境的架构版本。
source-version = 源环境版本
target-version = 目标环境版本
next-upgrade = 下一次计划升级（可选）
next-upgrade-hint = UTC 日期，例如 2024-11-15，或日期和时间
users-and-versions = 用户和版本
versions = 版本
about-the-refresh = 关于本次刷新
checklist = 核对清单
checklist-hint = 请确认每一项：供应商在刷新前需要这些确认。
local-echo = = { $text }（{ $zone }）
local-zone = 您所在时区

## 字段消息前的标签（严重程度）

tag-error = 错误
tag-approval = 需要审批
tag-warning = 警告
tag-info = 提示
tag-error-prefix = 错误：

## 错误摘要和检查面板

error-summary-title = 存在问题
checks = 检查
go-to-checks = 转到检查
status-done = 已完成
status-todo = 待填写
status-fix = 待修正
status-approval = 需要审批
status-check = 警告
status-other = 其他
status-good-to-know = 提示
earliest-start = 最早开始时间：{ $earliest }
earliest-latest-start = 最早开始时间：{ $earliest }；最晚开始时间：{ $latest }
verdict-ready = 已就绪：您可以创建工单。
verdict-ready-approval = 已就绪：您可以创建工单。有 { $approvals } 项需要供应商审批。
verdict-not-ready = 尚未就绪：还有 { $errors } 项需要填写或修正。
planned-label = 规划模式：
planned-as-if = 按在 { $when } 提交工单的情况进行检查。

## 规划模式

planning-mode = 规划模式
planning-mode-landmark = 规划模式{ $form ->
    [0] {""}
   *[other] ，表单 { $form }
  }
planning-on = 规划模式已开启。
planning-off = 规划模式已关闭：按当前时间进行检查。
planning-as-if = 规划模式：按在 { $when }（而非现在）提交工单的情况进行检查。
planning-enter = 规划模式：请输入用于检查的日期和时间；输入之前将使用当前时间。
planning-turn-off = 关闭规划模式
planning-checked-now = 已按当前时间检查：{ $now }（每分钟更新）。
planning-what-if = 如果我在其他日期提交会怎样？
planning-back = 返回当前时间
planning-field = 工单提交时间（规划模式）
planning-field-hint = 将按在此时间提交工单的情况检查规则。{ utc-hint }

## 日历（星期和月份名称、日期：由 Intl 按读者的语言区域格式化）

calendar = 规划日历
calendar-hint = 选择一个可用的日期，即可用该日的最早开始时间填写下一个空的时间窗口。时间均为 UTC。
calendar-caption = 时间窗口可开始的日期：{ $from } 至 { $to }（UTC 日期）
calendar-holidays = 这几周内的公共假日（{ $region }）：{ $holidays }
calendar-key-available = 可以开始时间窗口（从所示时间起，UTC）
calendar-key-approval = 仅在服务时间以外：需要供应商审批
calendar-key-holiday = 公共假日
calendar-key-weekend = 周末：不进行刷新
calendar-key-too-soon-pit = 不可行：太早，或超出还原点的限制
calendar-key-too-soon = 不可行：太早
calendar-mark-approval = 审批
calendar-mark-weekend = 周末
calendar-day = { $day }：{ $said }{ $count ->
    [0] {""}
   *[other] ，已提议时间窗口 { $windows }
  }
calendar-day-available = { $time } UTC 起可用
calendar-day-approval = 仅在服务时间以外可行，需经供应商审批，{ $time } UTC 起
calendar-day-holiday = 不可行：公共假日，{ $name }
calendar-day-weekend = 不可行：周末
calendar-day-blackout = 不可行：冻结期，{ $reason }
calendar-day-other = 不可行：{ $reason }
calendar-set = 已将“{ $field }”设为 { $value }。
calendar-all-filled = 所有时间窗口都已填写：请清空其中一个（或直接覆盖输入）以使用这一天。
suggest-one = 建议最早的时间窗口
suggest-many = 建议最早的几个时间窗口
suggest-none = 无法建议任何时间窗口：未来一年内没有满足所有规则的开始时间。请查看上方的消息。
suggest-filled = 已填写：{ $windows }。
suggest-partial = 已填写：{ $windows }。在 { $count } 个时间窗口中只找到了 { $found } 个。

## 表单操作

create-ticket = 创建工单
copy-share-link = 复制分享链接
clear-form = 清空表单
share-link = 分享链接
form-already-empty = 表单已经是空的。
form-cleared = 表单已清空。
share-too-long = 未复制任何内容：此链接将长达 { $length } 个字符，而超过 { $max } 个字符的链接在邮件和帮助中心中经常失效。导致链接过长的是“{ $label }”：请缩短它，或创建工单并复制工单。
link-copied = 链接已复制。任何人打开此链接，都会看到按当前内容填写好的表单。
link-copy-failed = 无法自动复制：链接已在下方选中，请按 Ctrl+C（或 ⌘C）复制。

## 通知（表单顶部）

notices = 关于此页面的通知
notice-restored = 我们已恢复您之前在此设备上输入的内容。
notice-draft-unreadable = 无法读取您保存的草稿，因此已忽略该草稿，表单从空白开始。
notice-from-link = 表单已根据您打开的链接填写。请在创建工单前检查每一个值。
notice-unknown-policy = 该链接指定的供应商策略（“{ $id }”）本页面不认识，因此显示了第一个策略：请在下方选择正确的供应商。
notice-windows-dropped = 该链接提议的时间窗口超出了此供应商接受的数量：其中 { $dropped } 个已被省略。
notice-cleared = 表单已清空，保存的草稿已删除。
notice-not-saved-full = 您的草稿未保存在此设备上：此浏览器为本网站提供的存储空间已满。表单仍可使用，但如果您离开或重新加载页面，输入的内容将会丢失。
notice-not-saved-blocked = 您的草稿未保存在此设备上：此浏览器不允许页面存储任何内容（无痕浏览或隐私设置所致）。表单仍可使用，但如果您离开或重新加载页面，输入的内容将会丢失。
notice-not-saved-large = 您的草稿未保存在此设备上：草稿太大，无法存储（超过 { $max } 个字符）。表单仍可使用；缩短最长的文本后，草稿将重新开始保存。
notice-link-replaced-draft = 链接中的值已替换您在此设备上的草稿。
notice-undone = 表单已恢复。
notice-draft-restored = 您之前的草稿已恢复。
undo = 撤销
restore-draft = 恢复之前的草稿
dismiss = 关闭
dismiss-label = 关闭此通知

## 工单面板（读者的语言；工单本身使用支持团队的语言）

ticket-panel = 您的工单
ticket-panel-changed = 申请已更改，并再次出现问题：修正这些问题后，工单将重新显示。
ticket-panel-hint = 请将主题和工单粘贴到{ $paste_into ->
    [embedded] 申请表单
   *[page] 供应商的帮助中心
  }中。如果您更改表单，工单会随之更新。
ticket-panel-desk-language = 工单使用{ $desk_language }撰写，这是供应商支持团队的语言。
subject-line = 主题
copy-subject = 复制主题
format = 格式
format-text = 纯文本（适用于任何帮助中心表单）
format-markdown = Markdown
format-json = JSON（机器可读）
ticket = 工单
copy-ticket = 复制工单
download = 下载 { $file }
add-to-calendar = 添加到日历（.ics）
print-subject = 主题：{ $subject }
ticket-copied = 工单已复制到剪贴板。请将其粘贴到{ $paste_into ->
    [embedded] 申请表单
   *[page] 供应商的帮助中心
  }中。
ticket-copy-failed = 无法自动复制：工单已选中，请按 Ctrl+C（或 ⌘C）复制。
subject-copied = 主题已复制到剪贴板。
subject-copy-failed = 无法自动复制：主题已选中，请按 Ctrl+C（或 ⌘C）复制。
send-to-vendor = 发送给供应商
send-by-email = 通过电子邮件发送
open-vendor-form = 打开供应商的申请表单
new-tab = （在新标签页中打开）
handoff-too-long-note = 此工单太长，无法放入链接，因此邮件中只有主题和一行请求粘贴工单的文字。请先复制工单，然后粘贴进去。
ics-downloaded = 已下载 { $file }：打开该文件即可将提议的时间窗口添加到您的日历中，在供应商确认之前标记为暂定。
ics-failed = 下载未开始：请手动将时间窗口添加到您的日历中。
downloaded = 已下载 { $file }。
download-failed = 下载未开始：请改为复制工单。
ticket-tells = 工单告知供应商的内容

## 嵌入式表单：加载和失败（客户在供应商的页面上看到这些内容）

loading = 正在加载表单…
embed-cannot-show = 无法显示此表单
try-again = 重试
embed-policy-url-unusable = 无法使用位于“{ $url }”的策略（{ $problems }）：
embed-policy-unusable = 无法使用策略“{ $policy }”（{ $source }）：{ $problems }。
embed-source-builtin = 内置
embed-source-named = 由 data-policy 指定
embed-source-inline = 直接写在此页面中
embed-source-url = 从 { $url } 加载
embed-retry-hint = 请稍后重试。如果您是此页面的运营者：请检查该文件是否已在本网站的该地址发布（参见嵌入指南中的“Custom policies”）。
embed-fix-hint = 如果您是此页面的运营者：请修正策略（参见嵌入指南中的“Custom policies”）并重新加载。
embed-problem = 应为{ $expected }，实际为{ $found }
embed-problem-more = 另有 { $more } 个
embed-expected-known-policy = 已知策略的 ID（{ $policies }）
embed-expected-same-origin = 此页面所在网站的 URL（{ $origin }）
embed-expected-policy-file = 此页面可以加载的策略 JSON 文件
embed-found-timeout = 服务器在 { $seconds } 秒内无响应
embed-found-redirect = 重定向到其他地址，而此页面不能从那里加载（策略只能从此页面所在的网站加载）
embed-found-offline = 无法连接到服务器（{ $why }）
embed-found-network = 网络错误
embed-found-not-http = 不是 HTTP 响应
embed-found-http = HTTP { $status } { $text }
embed-found-not-text = 非文本的响应正文

## Calendar badges; an embedded form's count of problems

calendar-badge = 窗口{ $window }
embed-problems = { $count } 个问题
