### 核心的文本（简体中文，称呼“您”）。术语见 glossary.md。
### 变量与 en/core.ftl 相同；日期和时间由调用方格式化后传入。
### 中文没有复数形式，因此不按数字做 select（变量照常显示）。

## 严重程度标题

severity-error = 必须修正
severity-approval = 需要供应商审批
severity-warning = 建议检查
severity-info = 提示

## 必填字段、无法读取的值、过长的值

field-required--env = 请输入“{ $label }”{ $example ->
    [none] {""}
   *[other] ，例如 { $example }
  }。
field-required--kind = 请选择{ $side ->
    [source] 源环境
   *[target] 目标环境
  }的类型：{ $kinds }。
field-required--window = 请输入刷新开始的日期和时间（UTC）。
field-required--windows = 请提议 { $count } 个时间窗口：为每个时间窗口输入日期和时间（UTC）。
field-required--window-n = 请输入{ $window ->
    [1] 第一个
    [2] 第二个
    [3] 第三个
    [4] 第四个
   *[other] 下一个
  }时间窗口的开始时间（UTC）。
field-required--restore-point = 请输入还原点：即您要复制的生产环境数据所对应的时刻（UTC）。
field-required--version = 请输入{ $side ->
    [source] 源环境
   *[target] 目标环境
  }的版本，包括内部版本号或补丁{ $example ->
    [none] {""}
   *[other] ，例如 { $example }
  }。

field-invalid--text = “{ $label }”应为文本，实际为{ $found }。
field-invalid--text-named = { $label }：应为文本，实际为{ $found }。
field-invalid--yes-no = { $label }：请回答“是”或“否”，实际为{ $found }。
field-invalid--instant = { $label }：{ $problem }。
field-invalid--instant-kind = { $label }：应为 UTC 日期和时间，例如 2024-10-09T02:00Z，实际为{ $found }。
field-invalid--kind = { $side ->
    [source] 源环境
   *[target] 目标环境
  }的类型应为 { $kinds } 之一，实际为“{ $value }”。
field-invalid--refresh-type = 刷新类型应为“standard”或“point_in_time”，实际为“{ $value }”。
field-invalid--refresh-type-kind = 刷新类型应为“standard”或“point_in_time”，实际为{ $found }。
field-invalid--region = 假日地区应为 { $regions } 之一或不选，实际为“{ $value }”。
field-invalid--region-kind = 假日地区应为类似 GB 的代码，实际为{ $found }。
field-invalid--windows = 时间窗口的开始时间应为{ $expected ->
    [list] UTC 开始时间的列表，例如 ["2024-10-09T02:00Z", "2024-10-09T04:00Z"]
   *[one] UTC 日期和时间，例如 2024-10-09T02:00Z
  }，实际为{ $found }。
field-too_long = { $label }：该文本长 { $length } 个字符，而单行字段最多只能容纳 { $max } 个字符。您的文本已保留：请将其缩短到供应商所需的内容。

field-kind-object = 对象
field-kind-list = 列表
field-kind-number = 数字
field-kind-bool = true 或 false
field-kind-null = null
field-kind-text = 文本

## 无法读取的时刻（$found：输入的原文）

instant-empty = 请输入 UTC 日期和时间，例如 2024-10-09 02:00
instant-shape = 应为 UTC 日期和时间，例如 2024-10-09 02:00（或 2024-10-09T02:00Z），实际为“{ $found }”
instant-date = “{ $found }”不是有效的日历日期：请检查日和月
instant-time = “{ $found }”不是有效的时间：小时范围为 00 到 23，分钟范围为 00 到 59
instant-seconds = “{ $found }”不是有效的时间：秒的范围为 00 到 59（也可以省略秒：表单只保留到分钟）
instant-year = 年份 { $year } 超出范围：请使用 { $min } 到 { $max } 之间的年份

## 环境

url-invalid = “{ $label }”应为以 https:// 开头的完整地址，例如 { $example }；实际为“{ $value }”。
env-same--host = 源环境和目标环境是 { $host } 上的同一个 { $kind } 环境：刷新是将一个环境复制并覆盖到另一个环境，因此请选择两个不同的环境。
env-same = 源环境和目标环境都是“{ $value }”：刷新是将一个环境复制并覆盖到另一个环境，因此两者必须不同。
direction-to_prod = 用 { $source } 的数据刷新 { $target } 会覆盖生产环境：只有获得供应商服务管理部门的审批才能进行，工单中会申请该审批。
direction-nonstandard = { $source }→{ $target } 不属于供应商的常规刷新（{ $usual }）：请检查源环境和目标环境是否填反。

## 时间窗口（$window：从 1 开始的编号，0 = 唯一的时间窗口）

notice-business_days = { $window ->
    [0] 该时间窗口
   *[other] 时间窗口 { $window }
  }（{ $span }）太早：供应商需要自 { $from } 起 { $amount } 个工作日的提前通知期，因此最早开始时间为 { $earliest }。
notice-hours = { $window ->
    [0] 该时间窗口
   *[other] 时间窗口 { $window }
  }（{ $span }）太早：供应商需要自 { $from } 起 { $amount } 小时的提前通知期，因此最早开始时间为 { $earliest }。
pit-notice = { $window ->
    [0] 该时间窗口
   *[other] 时间窗口 { $window }
  }（{ $span }）对于指定时间点刷新来说太早，这类刷新需要 { $days } 天的提前通知期：最早开始时间为 { $earliest }。
pit-max_age = { $window ->
    [0] 该时间窗口
   *[other] 时间窗口 { $window }
  }（{ $span }）晚于还原点超过 { $days } 天，因此最晚开始时间为 { $latest }。请选择更早的时间窗口或更晚的还原点。
pit-future = { $window ->
    [0] 该时间窗口
   *[other] 时间窗口 { $window }
  }（{ $span }）在还原点（{ $restore }）之前开始：无法从未来还原数据。请选择一个早于时间窗口开始时间的还原点。
window-weekend = { $window ->
    [0] 该时间窗口
   *[other] 时间窗口 { $window }
  }（{ $span }）落在{ $weekday }：供应商周末不进行刷新。请选择周一至周五的时间。
window-holiday = { $window ->
    [0] 该时间窗口
   *[other] 时间窗口 { $window }
  }（{ $span }）落在{ $holiday }（{ $day }），这是{ $region }的公共假日。请选择其他工作日。
holiday-coverage = 假日数据不包含 { $year } 年：该年份不会检查{ $region }的公共假日，请自行核对日期。
window-blackout = { $window ->
    [0] 该时间窗口
   *[other] 时间窗口 { $window }
  }（{ $span }）处于冻结期“{ $reason }”（{ $from } 至 { $to }）内：供应商在此期间不进行任何刷新。请选择在 { $from } 之前结束或在 { $to } 及之后开始的时间窗口。
window-hours = { $window ->
    [0] 该时间窗口
   *[other] 时间窗口 { $window }
  }（{ $span }）超出了{ $season ->
    [summer] 夏令时
   *[winter] 冬令时
  }的标准服务时间（同一天内 { $from }–{ $to } UTC）：供应商必须在内部审批。为避免这种情况，请在 { $from } UTC 或之后开始，并在 { $to } UTC 之前结束。
window-count = 请恰好提议 { $count } 个时间窗口，每个 { $duration }；当前提供了 { $given } 个。
window-overlap--same = 时间窗口 { $first } 和 { $second } 相同（{ $span }）：请提议两个不同的时间，以便供应商有备选方案。
window-overlap = 时间窗口 { $first } 和 { $second } 重叠：每个持续 { $duration }，因此较晚的那个应在 { $after } 或之后开始。
pit-infeasible = 没有可行的时间窗口：指定时间点刷新需要 { $notice } 天的提前通知期，但 { $restore } 的数据只能在 { $until }（{ $age } 天后）之前还原。原本最晚可行的提交时间是 { $latest_submission }。请选择 { $earliest_restore } 或之后的还原点，或申请标准刷新。

# 时长（$hours、$minutes：数字）
duration-hours = { $hours } 小时
duration-minutes = { $minutes } 分钟

## 版本

version-missing = 请输入{ $side ->
    [source] 源环境
   *[target] 目标环境
  }的架构版本{ $example ->
    [none] {""}
   *[other] ，例如 { $example }
  }：保留目标环境的用户时需要此信息。
version-unreadable = “{ $value }”不是供应商可以比较的版本：请写明内部版本号或补丁{ $example ->
    [none] {""}
   *[other] ，例如 { $example }
  }。
version-mismatch--approval = 架构版本不同（{ $source } 和 { $target }）：由于您要保留目标环境的用户，供应商会先安排将两个环境的架构升级到最新版本。
version-mismatch--release = 版本不同（{ $source } 和 { $target }）：只能在版本和补丁都相同的环境之间刷新，供应商不接受任何例外或降级。请在升级之前、两者版本仍相同时申请刷新。
version-mismatch = 版本不同（{ $source } 和 { $target }）：两个环境应处于同一版本。
upgrade-conflict = 下一次计划升级（{ $upgrade }）早于刷新结束时间（{ $end }）：升级后版本可能不再一致。请选择在升级之前结束的时间窗口，或核对升级计划。

## 核对清单

ack = 请确认核对清单：“{ $item }”。

## 日历：某一天的简短原因

calendar-too-soon = 太早：提前通知期不足
calendar-too-late = 太晚：还原点早于允许的范围
calendar-before-restore = 早于还原点
calendar-weekend = 周末
calendar-holiday = 公共假日：{ $name }
calendar-unchecked = 未检查假日：没有 { $year } 年的数据
calendar-blackout = 冻结期：{ $reason }
calendar-outside-hours = 服务时间以外
calendar-after-max = { $year } 年之后：表单不接受该日期
calendar-from = { $time } UTC 起
calendar-approval-only = 仅在服务时间以外：需要供应商审批

## 假日地区

region-GB = 英国（英格兰和威尔士）
region-US = 美国（联邦）
region-SG = 新加坡
region-NO = 挪威
region-GR = 希腊
region-DK = 丹麦
region-DE = 德国（全国）
region-NL = 荷兰
region-IN = 印度
region-AU = 澳大利亚（全国）
region-JP = 日本

# 用于“……的公共假日”（中文不需要介词，与地区名称相同）
region-in-GB = 英国（英格兰和威尔士）
region-in-US = 美国（联邦）
region-in-SG = 新加坡
region-in-NO = 挪威
region-in-GR = 希腊
region-in-DK = 丹麦
region-in-DE = 德国（全国）
region-in-NL = 荷兰
region-in-IN = 印度
region-in-AU = 澳大利亚（全国）
region-in-JP = 日本

## 字段名称

key-policy = 策略
key-submitted_at = 提交时间
key-source = 源环境
key-target = 目标环境
key-source-url = 源环境 URL
key-target-url = 目标环境 URL
key-source_kind = 源环境类型
key-target_kind = 目标环境类型
key-window = 时间窗口开始时间
key-windows = 时间窗口
key-refresh_type = 刷新类型
key-restore_point = 还原点
key-preserve_users = 保留目标环境的用户
key-source_version = 源环境版本
key-target_version = 目标环境版本
key-holiday_region = 假日地区
key-next_upgrade = 下一次计划升级
field-window = 时间窗口 { $window }
weekday = { $day ->
    [1] 星期一
    [2] 星期二
    [3] 星期三
    [4] 星期四
    [5] 星期五
    [6] 星期六
   *[7] 星期日
  }

## JS API 和服务：无法读取的申请

api-value-kind = “{ $key }”的值是{ $found }，申请中不能包含这种值：请提供文本、true / false 或文本列表。
api-request-missing = 需要提供申请：请传入类似 {"{"}"policy": "veson-imos", …{"}"} 的对象。
api-request-json = 申请不是有效的 JSON（位于 { $at }）：请传入类似 {"{"}"policy": "veson-imos", …{"}"} 的对象。
api-request-object = 申请应为类似 {"{"}"policy": "veson-imos", …{"}"} 的对象。
api-policy-missing = 请指定用于检查的供应商策略：{ $policies } 之一。
api-policy-unknown = 未知策略 { $policy }：请使用 { $policies } 之一。
api-not-ready = 申请尚未就绪：请先修正 { $problems } 个问题。
api-ticket-format = 未知的工单格式“{ $found }”：请使用 text、markdown 或 json。
api-time-received = 收到的时间：{ $problem }。

## 支持团队的检查（`refresh-request check`、服务的应答、支持团队页面）

desk-summary-ready = 就绪：按 { $received } 收到时计，该申请符合 { $policy }（版本 { $version }）的全部规则。
desk-summary-edited = 未就绪：按 { $received } 收到时计，该申请符合 { $policy }（版本 { $version }）的全部规则，但工单有 { $edited } 行在生成后被编辑过：请以申请为准，而不是以文本为准。
desk-summary-errors = 未就绪：按 { $received } 收到时计，对照 { $policy }（版本 { $version }），该申请有 { $errors } 个错误。
desk-summary-errors-edited = 未就绪：按 { $received } 收到时计，对照 { $policy }（版本 { $version }），该申请有 { $errors } 个错误，并且工单有 { $edited } 行在生成后被编辑过：请以申请为准，而不是以文本为准。
desk-summary-approvals = 有 { $count } 项需要供应商审批。
desk-summary-checked = 工单注明的检查时间为 { $checked }。
desk-summary-submitted = 申请注明的提交时间为 { $submitted }。
desk-summary-unsubmitted = 申请未注明提交时间。
desk-summary-new = 自客户检查以来，新出现了 { $count } 条检查结果。
desk-text-ready = 就绪 — { $name }（策略 { $policy }，版本 { $version }）
desk-text-not-ready = 未就绪 — { $name }（策略 { $policy }，版本 { $version }）
desk-text-submitted = 提交时间：{ $at }
desk-text-unsubmitted = 提交时间：未注明
desk-text-received = 收到时间：{ $at }
desk-text-changes = 自客户检查以来：
desk-text-new = 新增：{ $finding }
desk-text-gone = 消失：{ $finding }
desk-text-on = { $rule }（{ $field }）
ticket-edited = 第 { $line } 行被编辑过：现在为“{ $received }”，但经过检查的申请为“{ $written }”。
ticket-edited--missing = 缺少第 { $line } 行（“{ $written }”）。
ticket-edited--added = 第 { $line } 行之后添加了一行：“{ $received }”。
ticket-edited--differs = 第 { $line } 行不一致。
ticket-policy_changed = 该工单依据策略 { $policy }（版本 { $version }）检查；本次检查使用 { $desk_policy }（版本 { $desk_version }），因此未比较其各行。
ticket-unverified = 按工单注明的检查时间计，工单中的申请不符合规则，因此此工单并非表单按原样生成：未比较其各行。
desk-no-request = 未找到申请：文本中没有 refresh-request 数据（{ $marker }），也不是申请的 JSON 对象。
desk-no-data = 未找到申请：此工单不含 refresh-request 数据；请让客户使用表单重新创建工单。
desk-unknown-policy = 未知策略“{ $policy }”：请用 --policy 指定其文件路径。
desk-damaged--version = 工单中的申请数据为版本 { $found }；本检查读取版本 { $known }：请更新 refresh-request 命令。
desk-damaged--cut = 工单中的申请数据被截断：缺少最后一行（{ $marker } …）。
desk-damaged--lines = 工单中的申请数据已损坏：有行被修改或缺失。
desk-damaged--checksum = 工单中的申请数据已损坏：与校验和不符，因此有行被修改或丢失。
desk-damaged--content = 工单中的申请数据已损坏：{ $what ->
    [format] 未注明工单格式
    [version] 未注明策略版本
    [request] 不含注明其策略的申请
   *[json] 不是此格式写入的 JSON
  }。

## 命令和服务自身的应答

cli-option-problem = { $option }：{ $problem }
cli-policy-unknown = --policy：没有名为“{ $found }”的策略文件或内置策略：请使用 { $policies } 之一，或策略文件的路径
serve-policy-unknown = 未知策略“{ $policy }”：此服务支持 { $policies }（请将策略文件添加到其 --policy-dir）。
serve-check-slow = 检查超过 { $seconds } 秒，已放弃：此正文不是表单生成的工单。
serve-check-failed = 服务内部检查失败：请报告此工单。
serve-media-type = 无法读取 Content-Type { $media }：请以 text/plain 发送工单，或以 application/json 发送 JSON {"{"}"body": "…"{"}"}。
serve-json-shape = JSON 正文必须是一个对象，包含 "body"（工单文本），以及可选的 "received_at"、"policy" 和 "lang"（字符串）：{ $detail }。
serve-json-invalid = 正文不是有效的 JSON：{ $detail }。
serve-lang-unknown = lang：此服务不支持“{ $found }”：请使用 { $langs } 之一。
serve-not-found = 没有此路径：此服务响应 POST /v1/check、GET /v1/policies 和 GET /healthz。
serve-method = 此路径不接受该方法：Allow 标头列出了它接受的方法（/v1/check 用 POST，/v1/policies 和 /healthz 用 GET）。
serve-too-large = 正文超过 { $kb } KB：请只发送工单的正文。
serve-too-slow = 请求未能及时到达：请一次完整发送，不要中途停顿。
serve-token-missing = 此服务需要标头 Authorization: Bearer <token>。
serve-token-wrong = Bearer 令牌不正确。

## 策略加载

policy-unusable = 无法使用策略“{ $policy }”：{ $problems } 个问题
policy-expected-language-tag = 语言标记，须为 { $tags } 之一
policy-expected-message-id = 内置消息的 ID
policy-found-did-you-mean = { $found }（您是否指的是“{ $near }”？）
policy-expected-fluent = Fluent 语法的消息
policy-expected-fluent-hint = Fluent 语法的消息（变量写作 {"{"} $name {"}"}，花括号写作 {"{"}"{"{"}"{"}"}）
policy-expected-variables = 仅限内置消息的变量：{ $variables }
policy-expected-no-variables = 不含变量（内置消息没有变量）
policy-expected-holiday-id = 节假日数据中某个节假日的 ID，例如 "holiday-name-christmas-day"
policy-problem = { $path }：应为{ $expected }，实际为{ $found }
policy-problem-more = …… 另有 { $more } 个
policy-unnamed = （未命名的策略）
policy-unknown-key--near = 未知的键；您是否指的是 `{ $near }`？
policy-unknown-key = 未知的键
policy-unknown-keys-more = …… 另有 { $more } 个未知的键
policy-expected-list-of = { $item }的列表
policy-expected-object = 对象
policy-expected-json-object = JSON 对象
policy-expected-max-chars = 最多 { $max } 个字符
policy-expected-nonempty = 非空字符串
policy-expected-bool = true 或 false
policy-expected-whole = { $min } 到 { $max } 之间的整数
policy-expected-max-entries = 最多 { $max } 个条目（实际策略不会需要更多）
policy-expected-time-of-day = 类似 "01:00" 的 UTC 时间
policy-expected-id = 小写字母、数字和连字符
policy-expected-naming = "name" 或 "url"
policy-expected-after-start = 晚于开始时间的时间
policy-expected-notice = "business_days" 和 "hours" 两者之一（且只能有一个）
policy-expected-preserve = "never"、"when_preserving_users" 或 "always"
policy-expected-preserve-needs = "when_preserving_users"（仅在 "preserve_users": true 时可用）
policy-found-preserve-false = "preserve_users": false
policy-expected-version-format = "text" 或 "release_patch"
policy-expected-severity = "error"、"approval" 或 "warning"
policy-expected-kinds-listed = environments.kinds 中列出的类型
policy-expected-kind-listed = environments.kinds 中列出的某个类型
policy-expected-kinds-for-directions = 类型列表（directions 需要它们）
policy-expected-kind-pair = 一对类型，例如 ["PROD", "TEST"]
policy-expected-question-key = 某个问题的键
policy-expected-ack-rule = 以 "ack." 开头的规则 ID
policy-expected-condition = {"{"}"key": "…", "is": true|false{"}"}
policy-expected-email = 电子邮件地址，例如 "support@example.com"
policy-expected-https = https:// 地址
policy-expected-fixed-host = 主机固定的地址（{"{"}subject{"}"} 和 {"{"}body{"}"} 只能出现在路径、查询或片段中）
policy-expected-placeholder = 带有 {"{"}subject{"}"} 或 {"{"}body{"}"} 占位符的地址
policy-expected-instant = UTC 时刻，例如 "2024-12-24T00:00:00Z"
policy-expected-after-from = 晚于 "from" 的时刻
policy-expected-unique-keys = 唯一且不是内置申请键的键
policy-expected-size = 不超过 { $max } 字节（{ $kb } KB）的策略文件
policy-found-invalid-json = 无效的 JSON（位于 { $at }）
policy-expected-key-once = 每个键在其对象中只出现一次
policy-found-key-again = 重复给出的 "{ $key }"（只有最后一个值会生效）
policy-expected-other-language = 策略自身语言（“{ $own }”）以外的语言
policy-expected-language-once = 每种语言只出现一次
policy-found-same-language = “{ $tag }”，与“{ $first }”是同一种语言
policy-expected-ack-key = 某个确认项的键
policy-expected-note-id = 某条提示的 ID
policy-expected-items = 包含 { $count } 项的列表（策略自身核对清单的每一项各一条）
policy-expected-reasons = 包含 { $count } 项的列表（策略的每个冻结期各一个原因，null 表示保留原有原因）
policy-expected-text-or-null = 非空字符串或 null

## JSON 语法问题

json-at = 第 { $line } 行，第 { $column } 列：{ $problem }
json-eof-list = 文本在列表内结束：缺少右方括号 `]`
json-eof-object = 文本在对象内结束：缺少右花括号 `{"}"}`
json-eof-string = 文本在引号内结束：缺少右引号 `"`
json-eof-value = 文本在应有值的位置结束
json-colon = 键后面应有冒号 `:`
json-comma-list = 缺少逗号 `,` 或列表的右方括号 `]`
json-comma-object = 缺少逗号 `,` 或对象的右花括号 `{"}"}`
json-ident = 此处的单词必须是 `true`、`false` 或 `null`
json-value = 此处应有一个值：双引号中的文本、数字、`true`、`false`、`null`、列表或对象
json-key = 此处应有一个用双引号括起的键
json-trailing-comma = 右括号前有多余的逗号：请删除它
json-trailing = JSON 结束后还有多余的文本
json-escape = 引号中的反斜杠开始了一个未知的转义序列（反斜杠本身请写作 `\\`）
json-number = 数字的写法不符合 JSON 的数字格式
json-number-range = 数字太大
json-depth = 列表和对象的嵌套超过 128 层
json-control = 引号中的换行符或制表符必须写作 `\n` 或 `\t`



### ─────────────────────────────────────────────────────────────────────────────
### 工单：使用支持团队的语言（策略的服务台语言）撰写。
### ─────────────────────────────────────────────────────────────────────────────

ticket-subject = 数据库刷新：{ $source } → { $target }
ticket-subject-start = { $subject }，{ $start }
ticket-subject-pit = { $subject }（指定时间点）
ticket-title = 数据库刷新申请 — { $vendor }
ticket-yes = 是
ticket-no = 否
# 以“？”结尾的问题保持原样（由代码判断）
ticket-question = { $question }：
ticket-direction = 刷新方向
ticket-refresh-type = 刷新类型
ticket-type-pit = 指定时间点：截至 { $restore } 的生产环境数据
ticket-type-standard = 标准：最新的生产环境数据
ticket-preserve-users = 保留目标环境的用户信息（安全列表）
ticket-source-version = 源环境版本
ticket-target-version = 目标环境版本
ticket-next-upgrade = 下一次计划升级
ticket-region-none = 未选择
ticket-region = 遵循的公共假日
ticket-schedule-one = 首选时间（UTC；停机时间为 { $duration }）
ticket-schedule-many = 提议的时间窗口（每个 { $duration }，UTC）
ticket-window = 时间窗口 { $window }：{ $span }
ticket-checklist = 核对清单
ticket-noted = 已知悉
ticket-footer = 已于 { $checked } 由刷新申请表单依据策略 { $policy }（版本 { $version }）完成检查。
ticket-carried-intro = 以下各行为供应商支持团队提供经过检查的申请内容：请保持原样，不要修改。
handoff-too-long = 请在此处粘贴刷新申请表单生成的工单：工单太长，无法放入此链接。

## 日历文件（.ics）

ics-summary-many = { $subject }（时间窗口 { $window }/{ $windows }）
ics-which-one = 提议的时间窗口
ics-which-many = 提议的时间窗口 { $window }/{ $windows }
ics-description = 数据库刷新：{ $source } → { $target }。
    供应商：{ $vendor }。
    { $which }，时长 { $duration }（UTC）。暂定：供应商尚未确认。
    已依据策略 { $policy }（版本 { $version }）检查。

## Calendar labels and holiday names

calendar-label-too-soon = 太早
calendar-label-too-late = 太晚
calendar-label-holiday = 公共假日
calendar-label-unchecked = 未检查假日
calendar-label-blackout = 冻结期
calendar-label-approval-only = 仅在服务时间以外
calendar-label-after-max = { $year } 年之后

holiday-observed = { $name }（补假）
holiday-estimated = { $name }（预计）
holiday-observed-estimated = { $name }（补假，预计）
holiday-pair = { $first }；{ $second }
holiday-name-anzac-day = 澳新军团日
holiday-name-ascension-day = 耶稣升天节
holiday-name-australia-day = 澳大利亚国庆日
holiday-name-autumnal-equinox-day = 秋分节
holiday-name-boxing-day = 节礼日
holiday-name-buddha-purnima = 佛诞节
holiday-name-childrens-day = 儿童节
holiday-name-chinese-new-year = 春节
holiday-name-christmas = 圣诞节
holiday-name-christmas-day = 圣诞节
holiday-name-columbus-day = 哥伦布日
holiday-name-coming-of-age-day = 成人节
holiday-name-constitution-day = 宪法纪念日
holiday-name-coronation-of-charles-iii = 查尔斯三世加冕日
holiday-name-culture-day = 文化节
holiday-name-deepavali = 屠妖节
holiday-name-diwali-deepavali = 排灯节（屠妖节）
holiday-name-dormition-of-the-mother-of-god = 圣母安息节
holiday-name-dr-b-r-ambedkars-jayanti = 安贝德卡尔诞辰纪念日
holiday-name-dussehra = 十胜节
holiday-name-easter-monday = 复活节星期一
holiday-name-easter-sunday = 复活节
holiday-name-emperors-birthday = 天皇诞辰
holiday-name-epiphany = 主显节
holiday-name-foundation-day = 建国纪念日
holiday-name-german-unity-day = 德国统一日
holiday-name-glorifying-mother-of-god = 圣母集会节
holiday-name-good-friday = 耶稣受难日
holiday-name-great-prayer-day = 大祈祷日
holiday-name-green-monday = 洁净星期一
holiday-name-greenery-day = 绿之日
holiday-name-guru-nanaks-jayanti = 古鲁·那纳克诞辰
holiday-name-hari-raya-haji = 哈芝节
holiday-name-hari-raya-puasa = 开斋节
holiday-name-holi = 洒红节
holiday-name-id-ul-fitr = 开斋节
holiday-name-id-ul-zuha-bakrid = 古尔邦节
holiday-name-independence-day = 独立日
holiday-name-janmashtami-vaishnava = 黑天诞辰节（毗湿奴派）
holiday-name-juneteenth-national-independence-day = 六月节（黑奴解放纪念日）
holiday-name-kings-day = 国王节
holiday-name-labor-day = 劳动节
holiday-name-labor-day--us = 劳工节
holiday-name-labor-thanksgiving-day = 勤劳感谢日
holiday-name-labour-day = 劳动节
holiday-name-late-summer-bank-holiday = 夏末银行假日
holiday-name-liberation-day = 解放日
holiday-name-maha-shivaratri = 湿婆节
holiday-name-mahatma-gandhis-jayanti = 甘地诞辰纪念日
holiday-name-mahavir-jayanti = 大雄诞辰节
holiday-name-marine-day = 海之日
holiday-name-martin-luther-king-jr-day = 马丁·路德·金纪念日
holiday-name-maundy-thursday = 濯足节
holiday-name-may-day = 五月银行假日
holiday-name-memorial-day = 阵亡将士纪念日
holiday-name-milad-un-nabi = 圣纪节
holiday-name-mountain-day = 山之日
holiday-name-muharram = 穆哈兰姆节
holiday-name-national-day = 国庆日
holiday-name-national-day-of-mourning-for-queen-elizabeth-ii = 伊丽莎白二世女王国家哀悼日
holiday-name-national-holiday = 国民休息日
holiday-name-new-years-day = 元旦
holiday-name-ohi-day = “不”日
holiday-name-pentecost = 圣灵降临节
holiday-name-pentecost-monday = 圣灵降临节星期一
holiday-name-platinum-jubilee-of-elizabeth-ii = 伊丽莎白二世白金禧年
holiday-name-polling-day = 投票日
holiday-name-ram-navami = 罗摩诞辰节
holiday-name-republic-day = 共和国日
holiday-name-respect-for-the-aged-day = 敬老日
holiday-name-second-day-of-christmas = 圣诞节次日
holiday-name-showa-day = 昭和日
holiday-name-sports-day = 体育节
holiday-name-spring-bank-holiday = 春季银行假日
holiday-name-state-funeral-of-queen-elizabeth-ii = 伊丽莎白二世女王国葬
holiday-name-substitute-holiday = 补假日
holiday-name-thanksgiving-day = 感恩节
holiday-name-vernal-equinox-day = 春分节
holiday-name-vesak-day = 卫塞节
holiday-name-veterans-day = 退伍军人节
holiday-name-washingtons-birthday = 华盛顿诞辰纪念日
