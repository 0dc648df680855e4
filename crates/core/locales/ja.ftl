### コアのテキスト（日本語、です・ます体）。用語は glossary.md に従います。
### 変数は en/core.ftl と同じです。日付と時刻は呼び出し側が整形して渡します。
### 日本語には複数形がないため、数による select は使いません（変数はそのまま表示します）。

## 重要度の見出し

severity-error = 修正が必要な項目
severity-approval = ベンダーの承認が必要な項目
severity-warning = 確認をおすすめする項目
severity-info = 補足

## 必須項目、読み取れない値、長すぎる値

field-required--env = 「{ $label }」を入力してください{ $example ->
    [none] {""}
   *[other] （例：{ $example }）
  }。
field-required--kind = { $side ->
    [source] コピー元環境
   *[target] コピー先環境
  }の種類を選んでください：{ $kinds }。
field-required--window = リフレッシュを開始する日時をUTCで入力してください。
field-required--windows = 時間枠を{ $count }件提案してください。それぞれの日時をUTCで入力します。
field-required--window-n = { $window ->
    [1] 1つ目
    [2] 2つ目
    [3] 3つ目
    [4] 4つ目
   *[other] 次
  }の時間枠の開始日時をUTCで入力してください。
field-required--restore-point = 復元ポイントを入力してください。コピーしたい本番環境のデータの時点を、UTCで指定します。
field-required--version = { $side ->
    [source] コピー元環境
   *[target] コピー先環境
  }のバージョンを、ビルドまたはパッチまで含めて入力してください{ $example ->
    [none] {""}
   *[other] （例：{ $example }）
  }。

field-invalid--text = 「{ $label }」はテキストで指定してください（実際は{ $found }）。
field-invalid--text-named = { $label }：テキストが必要です（実際は{ $found }）。
field-invalid--yes-no = { $label }：「はい」または「いいえ」で答えてください（実際は{ $found }）。
field-invalid--instant = { $label }：{ $problem }。
field-invalid--instant-kind = { $label }：2024-10-09T02:00Z のようなUTCの日時が必要です（実際は{ $found }）。
field-invalid--kind = { $side ->
    [source] コピー元環境
   *[target] コピー先環境
  }の種類は{ $kinds }のいずれかにしてください（入力値：「{ $value }」）。
field-invalid--refresh-type = リフレッシュの種類は「standard」または「point_in_time」にしてください（入力値：「{ $value }」）。
field-invalid--refresh-type-kind = リフレッシュの種類は「standard」または「point_in_time」にしてください（実際は{ $found }）。
field-invalid--region = 祝日の地域は{ $regions }のいずれか、またはなしにしてください（入力値：「{ $value }」）。
field-invalid--region-kind = 祝日の地域は GB のようなコードで指定してください（実際は{ $found }）。
field-invalid--windows = 時間枠の開始は{ $expected ->
    [list] ["2024-10-09T02:00Z", "2024-10-09T04:00Z"] のようなUTCの開始日時のリスト
   *[one] 2024-10-09T02:00Z のようなUTCの日時
  }で指定してください（実際は{ $found }）。
field-too_long = { $label }：このテキストは{ $length }文字ですが、1行の入力欄に入るのは最大{ $max }文字です。入力した内容はそのまま残っています。ベンダーに必要な内容まで短くしてください。

field-kind-object = オブジェクト
field-kind-list = リスト
field-kind-number = 数値
field-kind-bool = true または false
field-kind-null = null
field-kind-text = テキスト

## 読み取れない日時（$found：入力されたとおりのテキスト）

instant-empty = 2024-10-09 02:00 のように、日時をUTCで入力してください
instant-shape = 2024-10-09 02:00（または 2024-10-09T02:00Z）のようなUTCの日時が必要です（入力値：「{ $found }」）
instant-date = 「{ $found }」は実在する日付ではありません。日と月を確認してください
instant-time = 「{ $found }」は実在する時刻ではありません。時は00～23、分は00～59です
instant-seconds = 「{ $found }」は実在する時刻ではありません。秒は00～59です（秒は省略できます。フォームは分までしか保持しません）
instant-year = { $year }年は範囲外です。{ $min }年から{ $max }年までの年を使ってください

## 環境

url-invalid = 「{ $label }」は { $example } のように、https:// で始まる完全なアドレスにしてください（入力値：「{ $value }」）。
env-same--host = コピー元環境とコピー先環境が、{ $host } 上の同じ{ $kind }環境になっています。リフレッシュはある環境を別の環境に上書きコピーするものなので、異なる2つの環境を選んでください。
env-same = コピー元環境とコピー先環境がどちらも「{ $value }」です。リフレッシュはある環境を別の環境に上書きコピーするものなので、異なる環境にする必要があります。
direction-to_prod = { $source }から{ $target }へのリフレッシュは本番環境を上書きします。ベンダーのサービスマネジメント部門の承認がある場合にのみ可能で、その承認はチケットで依頼されます。
direction-nonstandard = { $source }→{ $target }は、ベンダーが通常行うリフレッシュ（{ $usual }）に含まれていません。コピー元環境とコピー先環境が逆になっていないか確認してください。

## 時間枠（$window：1から始まる番号、0 = 唯一の時間枠）

notice-business_days = { $window ->
    [0] 時間枠
   *[other] 時間枠{ $window }
  }（{ $span }）は早すぎます。ベンダーには{ $from }から{ $amount }営業日の事前申請期間が必要なため、開始できるのは早くても{ $earliest }です。
notice-hours = { $window ->
    [0] 時間枠
   *[other] 時間枠{ $window }
  }（{ $span }）は早すぎます。ベンダーには{ $from }から{ $amount }時間の事前申請期間が必要なため、開始できるのは早くても{ $earliest }です。
pit-notice = { $window ->
    [0] 時間枠
   *[other] 時間枠{ $window }
  }（{ $span }）は早すぎます。特定時点のリフレッシュには{ $days }日の事前申請期間が必要なため、開始できるのは早くても{ $earliest }です。
pit-max_age = { $window ->
    [0] 時間枠
   *[other] 時間枠{ $window }
  }（{ $span }）は復元ポイントから{ $days }日を超えて後になっています。開始できるのは遅くても{ $latest }です。より早い時間枠か、より新しい復元ポイントを選んでください。
pit-future = { $window ->
    [0] 時間枠
   *[other] 時間枠{ $window }
  }（{ $span }）は復元ポイント（{ $restore }）より前に始まります。未来のデータは復元できません。時間枠の開始より前の復元ポイントを選んでください。
window-weekend = { $window ->
    [0] 時間枠
   *[other] 時間枠{ $window }
  }（{ $span }）は{ $weekday }に当たります。ベンダーは週末にはリフレッシュを行いません。月曜日から金曜日の時間を選んでください。
window-holiday = { $window ->
    [0] 時間枠
   *[other] 時間枠{ $window }
  }（{ $span }）は、{ $region }の祝日である{ $holiday }（{ $day }）に当たります。別の営業日を選んでください。
holiday-coverage = 祝日データは{ $year }年に対応していません。この年は{ $region }の祝日がチェックされないため、日付をご自身で確認してください。
window-blackout = { $window ->
    [0] 時間枠
   *[other] 時間枠{ $window }
  }（{ $span }）は実施禁止期間「{ $reason }」（{ $from }～{ $to }）に重なっています。この期間、ベンダーはリフレッシュを行いません。{ $from }までに終わるか、{ $to }以降に始まる時間枠を選んでください。
window-hours = { $window ->
    [0] 時間枠
   *[other] 時間枠{ $window }
  }（{ $span }）は、{ $season ->
    [summer] 夏時間
   *[winter] 冬時間
  }の標準のサービス時間（同じ日の{ $from }～{ $to } UTC）外です。ベンダー社内での承認が必要になります。これを避けるには、{ $from } UTC以降に開始し、{ $to } UTCまでに終了してください。
window-count = { $duration }の時間枠をちょうど{ $count }件提案してください（指定されているのは{ $given }件です）。
window-overlap--same = 時間枠{ $first }と時間枠{ $second }が同じ（{ $span }）です。ベンダーが代わりの時間枠を使えるよう、異なる2つの時間を提案してください。
window-overlap = 時間枠{ $first }と時間枠{ $second }が重なっています。それぞれ{ $duration }かかるため、後の時間枠は{ $after }以降に開始してください。
pit-infeasible = 実施できる時間枠がありません。特定時点のリフレッシュには{ $notice }日の事前申請期間が必要ですが、{ $restore }のデータを復元できるのは{ $until }（{ $age }日後）までです。間に合った最後の提出日時は{ $latest_submission }でした。{ $earliest_restore }以降の復元ポイントを選ぶか、標準のリフレッシュを申請してください。

# 期間（$hours、$minutes：数値）
duration-hours = { $hours }時間
duration-minutes = { $minutes }分

## バージョン

version-missing = { $side ->
    [source] コピー元環境
   *[target] コピー先環境
  }のスキーマのバージョンを入力してください{ $example ->
    [none] {""}
   *[other] （例：{ $example }）
  }。コピー先環境のユーザーを保持する場合に必要です。
version-unreadable = 「{ $value }」は、ベンダーが比較できるバージョンではありません。ビルドまたはパッチまで含めて入力してください{ $example ->
    [none] {""}
   *[other] （例：{ $example }）
  }。
version-mismatch--approval = スキーマのバージョンが異なります（{ $source }と{ $target }）。コピー先環境のユーザーを保持するため、ベンダーはまず両方の環境を最新バージョンにするスキーマのアップグレードを手配します。
version-mismatch--release = バージョンが異なります（{ $source }と{ $target }）。リフレッシュはバージョンとパッチが同じ環境の間でのみ可能で、ベンダーは例外もダウングレードも受け付けません。両方が同じバージョンであるうちに、アップグレードの前にリフレッシュを申請してください。
version-mismatch = バージョンが異なります（{ $source }と{ $target }）。両方の環境を同じバージョンにしてください。
upgrade-conflict = 次回予定のアップグレード（{ $upgrade }）が、リフレッシュの終了（{ $end }）より前に行われます。アップグレード後はバージョンが一致しなくなる可能性があります。アップグレードより前に終わる時間枠を選ぶか、アップグレードの予定を確認してください。
version-release-patch = { $release } パッチ { $patch }

## チェックリスト

ack = チェックリストの項目を確認してください：「{ $item }」。

## カレンダー：その日の理由（短く）

calendar-too-soon = 早すぎます：事前申請期間が足りません
calendar-too-late = 遅すぎます：復元ポイントが許容範囲より古くなります
calendar-before-restore = 復元ポイントより前
calendar-weekend = 週末
calendar-holiday = 祝日：{ $name }
calendar-unchecked = 祝日は未チェック：{ $year }年のデータがありません
calendar-blackout = 実施禁止期間：{ $reason }
calendar-outside-hours = サービス時間外
calendar-after-max = { $year }年より後：フォームで受け付けられる日付がありません
calendar-from = { $time } UTCから
calendar-approval-only = サービス時間外のみ：ベンダーの承認が必要です

## 祝日の地域

region-GB = イギリス（イングランドおよびウェールズ）
region-US = アメリカ合衆国（連邦）
region-SG = シンガポール
region-NO = ノルウェー
region-GR = ギリシャ
region-DK = デンマーク
region-DE = ドイツ（全国）
region-NL = オランダ
region-IN = インド
region-AU = オーストラリア（全国）
region-JP = 日本

# 「〇〇の祝日」の〇〇として使う形（日本語では前置詞が不要なので地域名と同じ）
region-in-GB = イギリス（イングランドおよびウェールズ）
region-in-US = アメリカ合衆国（連邦）
region-in-SG = シンガポール
region-in-NO = ノルウェー
region-in-GR = ギリシャ
region-in-DK = デンマーク
region-in-DE = ドイツ（全国）
region-in-NL = オランダ
region-in-IN = インド
region-in-AU = オーストラリア（全国）
region-in-JP = 日本

## 項目名

key-policy = ポリシー
key-submitted_at = 提出日時
key-source = コピー元
key-target = コピー先
key-source-url = コピー元のURL
key-target-url = コピー先のURL
key-source_kind = コピー元環境の種類
key-target_kind = コピー先環境の種類
key-window = 時間枠の開始
key-windows = 時間枠
key-refresh_type = リフレッシュの種類
key-restore_point = 復元ポイント
key-preserve_users = コピー先環境のユーザーを保持
key-source_version = コピー元環境のバージョン
key-target_version = コピー先環境のバージョン
key-holiday_region = 祝日の地域
key-next_upgrade = 次回予定のアップグレード
field-window = 時間枠{ $window }
weekday = { $day ->
    [1] 月曜日
    [2] 火曜日
    [3] 水曜日
    [4] 木曜日
    [5] 金曜日
    [6] 土曜日
   *[7] 日曜日
  }

## JS API とサービス：読み取れない申請

api-value-kind = 「{ $key }」の値は{ $found }ですが、申請にはこの値を含められません。テキスト、true / false、またはテキストのリストを指定してください。
api-request-missing = 申請が必要です。{"{"}"policy": "veson-imos", …{"}"} のようなオブジェクトを渡してください。
api-request-json = 申請が有効なJSONではありません（{ $at }）。{"{"}"policy": "veson-imos", …{"}"} のようなオブジェクトを渡してください。
api-request-object = 申請は {"{"}"policy": "veson-imos", …{"}"} のようなオブジェクトにしてください。
api-policy-missing = チェックに使うベンダーのポリシーを指定してください：{ $policies }のいずれか。
api-policy-unknown = 不明なポリシー { $policy } です。{ $policies }のいずれかを使ってください。
api-not-ready = 申請はまだ準備ができていません。先に{ $problems }件の問題を修正してください。
api-ticket-format = 不明なチケット形式「{ $found }」です。text、markdown、json のいずれかを使ってください。
api-time-received = 受信した日時：{ $problem }。

## ポリシーの読み込み

policy-unusable = ポリシー「{ $policy }」は使用できません：{ $problems }件の問題
policy-expected-language-tag = 言語タグ（{ $tags } のいずれか）
policy-expected-message-id = 組み込みメッセージのID
policy-found-did-you-mean = { $found }（「{ $near }」のことですか？）
policy-expected-fluent = Fluent 構文のメッセージ
policy-expected-fluent-hint = Fluent 構文のメッセージ（変数は {"{"} $name {"}"}、波かっこは {"{"}"{"{"}"{"}"} と書きます）
policy-expected-variables = 組み込みメッセージの変数だけ：{ $variables }
policy-expected-no-variables = 変数なし（組み込みメッセージに変数はありません）
policy-problem = { $path }：{ $expected }が必要です（実際は{ $found }）
policy-problem-more = …ほか{ $more }件
policy-unnamed = （名前のないポリシー）
policy-unknown-key--near = 不明なキーです。`{ $near }` のことですか？
policy-unknown-key = 不明なキー
policy-unknown-keys-more = …ほか{ $more }件の不明なキー
policy-expected-list-of = { $item }のリスト
policy-expected-object = オブジェクト
policy-expected-json-object = JSONオブジェクト
policy-expected-max-chars = { $max }文字以内の値
policy-expected-nonempty = 空でない文字列
policy-expected-bool = true または false
policy-expected-whole = { $min }～{ $max }の整数
policy-expected-max-entries = { $max }件以内のエントリー（実際のポリシーでそれ以上必要になることはありません）
policy-expected-time-of-day = "01:00" のようなUTCの時刻
policy-expected-id = 英小文字、数字、ハイフンだけの値
policy-expected-naming = "name" または "url"
policy-expected-after-start = 開始より後の時刻
policy-expected-notice = "business_days" と "hours" のどちらか一方だけ
policy-expected-preserve = "never"、"when_preserving_users"、"always" のいずれか
policy-expected-preserve-needs = "preserve_users": true と組み合わせた場合のみ "when_preserving_users"
policy-found-preserve-false = "preserve_users": false
policy-expected-version-format = "text" または "release_patch"
policy-expected-severity = "error"、"approval"、"warning" のいずれか
policy-expected-kinds-listed = environments.kinds に記載された種類
policy-expected-kind-listed = environments.kinds に記載された種類のいずれか1つ
policy-expected-kinds-for-directions = 種類のリスト（directions に必要です）
policy-expected-kind-pair = ["PROD", "TEST"] のような種類の組
policy-expected-question-key = いずれかの質問のキー
policy-expected-ack-rule = "ack." で始まるルールID
policy-expected-condition = {"{"}"key": "…", "is": true|false{"}"}
policy-expected-email = "support@example.com" のようなメールアドレス
policy-expected-https = https:// で始まるアドレス
policy-expected-fixed-host = ホストが固定されたアドレス（{"{"}subject{"}"} と {"{"}body{"}"} はパス、クエリ、フラグメントにのみ使用可）
policy-expected-placeholder = {"{"}subject{"}"} または {"{"}body{"}"} のプレースホルダーを含むアドレス
policy-expected-instant = "2024-12-24T00:00:00Z" のようなUTCの日時
policy-expected-after-from = "from" より後の日時
policy-expected-unique-keys = 重複がなく、組み込みの申請キーと同じでないキー
policy-expected-size = { $max }バイト（{ $kb } KB）以内のポリシーファイル
policy-found-invalid-json = 無効なJSON（{ $at }）
policy-expected-key-once = 各オブジェクト内で1回だけ指定されたキー
policy-found-key-again = 再度指定された "{ $key }"（有効になるのは最後の値だけです）

## JSON の構文の問題

json-at = { $line }行目、{ $column }列目：{ $problem }
json-eof-list = リストの途中でテキストが終わっています。閉じる `]` がありません
json-eof-object = オブジェクトの途中でテキストが終わっています。閉じる `{"}"}` がありません
json-eof-string = 引用符の中でテキストが終わっています。閉じる `"` がありません
json-eof-value = 値があるべき位置でテキストが終わっています
json-colon = キーの後にはコロン `:` が必要です
json-comma-list = カンマ `,` またはリストを閉じる `]` がありません
json-comma-object = カンマ `,` またはオブジェクトを閉じる `{"}"}` がありません
json-ident = ここに書ける単語は `true`、`false`、`null` だけです
json-value = ここには値が必要です：二重引用符で囲んだテキスト、数値、`true`、`false`、`null`、リスト、オブジェクトのいずれか
json-key = ここには二重引用符で囲んだキーが必要です
json-trailing-comma = 閉じかっこの直前にカンマがあります。削除してください
json-trailing = JSONの終わりの後にテキストが続いています
json-escape = 引用符内のバックスラッシュが不明なエスケープになっています（バックスラッシュ自体は `\\` と書きます）
json-number = JSONの数値の書き方になっていない数値があります
json-number-range = 数値が大きすぎます
json-depth = リストとオブジェクトの入れ子が128階層を超えています
json-control = 引用符内の改行やタブは `\n` や `\t` と書く必要があります
json-a-value = JSONの値



### ─────────────────────────────────────────────────────────────────────────────
### チケット：サポートチームの言語（ポリシーの窓口言語）で書かれます。
### ─────────────────────────────────────────────────────────────────────────────

ticket-subject = データベースのリフレッシュ：{ $source } → { $target }
ticket-subject-start = { $subject }、{ $start }
ticket-subject-pit = { $subject }（特定時点）
ticket-title = データベースのリフレッシュの申請 — { $vendor }
ticket-yes = はい
ticket-no = いいえ
# 「？」で終わる質問はそのまま（コード側で判定）
ticket-question = { $question }：
ticket-direction = リフレッシュの方向
ticket-refresh-type = リフレッシュの種類
ticket-type-pit = 特定時点：{ $restore }時点の本番環境のデータ
ticket-type-standard = 標準：最新の本番環境のデータ
ticket-preserve-users = コピー先環境のユーザー情報（セキュリティリスト）を保持
ticket-source-version = コピー元環境のバージョン
ticket-target-version = コピー先環境のバージョン
ticket-next-upgrade = 次回予定のアップグレード
ticket-region-none = 選択なし
ticket-region = 考慮する祝日
ticket-schedule-one = 希望日時（UTC、停止時間は{ $duration }）
ticket-schedule-many = 提案する時間枠（各{ $duration }、UTC）
ticket-window = 時間枠{ $window }：{ $span }
ticket-checklist = チェックリスト
ticket-noted = 確認済み
ticket-footer = { $checked }に、リフレッシュ申請フォームでポリシー { $policy }（バージョン { $version }）に照らしてチェックしました。
ticket-carried-intro = 以下の行は、ベンダーのサポートチーム向けにチェック済みの申請内容を伝えるものです。変更せずにそのまま残してください。
handoff-too-long = リフレッシュ申請フォームで作成したチケットをここに貼り付けてください（このリンクに収まらない長さでした）。

## カレンダーファイル（.ics）

ics-summary-many = { $subject }（時間枠{ $window }/{ $windows }）
ics-which-one = 提案する時間枠
ics-which-many = 提案する時間枠{ $window }/{ $windows }
ics-description = データベースのリフレッシュ：{ $source } → { $target }。
    ベンダー：{ $vendor }。
    { $which }、所要{ $duration }（UTC）。仮の予定です：ベンダーはまだ確定していません。
    ポリシー { $policy }（バージョン { $version }）に照らしてチェック済み。
