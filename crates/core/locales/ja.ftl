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

## サポートチームによるチェック（`refresh-request check`、サービスの応答、サポートチーム用ページ）

desk-summary-ready = 準備完了：{ $received }の受信時点で、申請は{ $policy }（バージョン { $version }）のすべてのルールを満たしています。
desk-summary-edited = 未完了：{ $received }の受信時点で、申請は{ $policy }（バージョン { $version }）のすべてのルールを満たしていますが、チケットの{ $edited }行が作成後に編集されています。テキストではなく申請内容を信頼してください。
desk-summary-errors = 未完了：{ $received }の受信時点で、申請には{ $policy }（バージョン { $version }）に照らしたエラーが{ $errors }件あります。
desk-summary-errors-edited = 未完了：{ $received }の受信時点で、申請には{ $policy }（バージョン { $version }）に照らしたエラーが{ $errors }件あり、さらにチケットの{ $edited }行が作成後に編集されています。テキストではなく申請内容を信頼してください。
desk-summary-approvals = { $count }件の項目にベンダーの承認が必要です。
desk-summary-checked = チケットには{ $checked }にチェックしたと記載されています。
desk-summary-submitted = 申請には{ $submitted }に提出したと記載されています。
desk-summary-unsubmitted = 申請には提出日時が記載されていません。
desk-summary-new = 顧客によるチェックの後、指摘事項が{ $count }件新たに発生しました。
desk-text-ready = 準備完了 — { $name }（ポリシー { $policy }、バージョン { $version }）
desk-text-not-ready = 未完了 — { $name }（ポリシー { $policy }、バージョン { $version }）
desk-text-submitted = 提出日時：{ $at }
desk-text-unsubmitted = 提出日時：記載なし
desk-text-received = 受信日時：{ $at }
desk-text-changes = 顧客によるチェック以降の変化：
desk-text-new = 新規：{ $finding }
desk-text-gone = 解消：{ $finding }
desk-text-on = { $rule }（{ $field }）
ticket-edited = { $line }行目が編集されています。現在は「{ $received }」ですが、チェック済みの申請では「{ $written }」です。
ticket-edited--missing = { $line }行目（「{ $written }」）がありません。
ticket-edited--added = { $line }行目の後に行が追加されています：「{ $received }」。
ticket-edited--differs = { $line }行目が異なります。
ticket-policy_changed = このチケットはポリシー { $policy }（バージョン { $version }）でチェックされましたが、今回のチェックでは { $desk_policy }（バージョン { $desk_version }）を使うため、行の比較は行っていません。
ticket-unverified = チケットの申請内容は、チケットに記載されたチェック日時の時点でルールを満たしていません。このチケットはフォームが作成したままのものではないため、行の比較は行っていません。
desk-no-request = 申請が見つかりません。テキストに refresh-request のデータ（{ $marker }）がなく、申請のJSONオブジェクトでもありません。
desk-no-data = 申請が見つかりません。このチケットには refresh-request のデータがありません。フォームでチケットを作成し直すよう顧客に依頼してください。
desk-unknown-policy = 不明なポリシー「{ $policy }」です。--policy でポリシーファイルのパスを指定してください。
desk-damaged--version = チケットの申請データはバージョン { $found } ですが、このチェックが読めるのはバージョン { $known } です。refresh-request コマンドを更新してください。
desk-damaged--cut = チケットの申請データが途中で切れています。最後の行（{ $marker } …）がありません。
desk-damaged--lines = チケットの申請データが破損しています。行が変更されたか、一部が欠けています。
desk-damaged--checksum = チケットの申請データが破損しています。チェックサムと一致しないため、行が変更されたか失われています。
desk-damaged--content = チケットの申請データが破損しています。{ $what ->
    [format] チケットの形式が記載されていません
    [version] ポリシーのバージョンが記載されていません
    [request] ポリシーを指定した申請が含まれていません
   *[json] この形式が書き出すJSONではありません
  }。

## コマンドとサービス自身の応答

cli-option-problem = { $option }：{ $problem }
cli-policy-unknown = --policy：「{ $found }」というポリシーファイルも組み込みのポリシーもありません。{ $policies }のいずれか、またはポリシーファイルのパスを指定してください
serve-policy-unknown = 不明なポリシー「{ $policy }」です。このサービスが扱えるのは { $policies } です（--policy-dir にポリシーファイルを追加してください）。
serve-check-slow = チェックが{ $seconds }秒を超えたため中止しました。この本文はフォームが作成したチケットではありません。
serve-check-failed = サービス内部でチェックに失敗しました。このチケットを報告してください。
serve-media-type = Content-Type { $media } は読み取れません。チケットを text/plain で送るか、JSON {"{"}"body": "…"{"}"} を application/json で送ってください。
serve-json-shape = JSONの本文は、"body"（チケットのテキスト）と、必要に応じて "received_at"、"policy"、"lang"（文字列）を持つオブジェクトにしてください：{ $detail }。
serve-json-invalid = 本文が有効なJSONではありません：{ $detail }。
serve-lang-unknown = lang：このサービスは「{ $found }」に対応していません。{ $langs }のいずれかを使ってください。
serve-not-found = このパスはありません。このサービスが応答するのは POST /v1/check、GET /v1/policies、GET /healthz です。
serve-method = このパスはそのメソッドを受け付けません。受け付けるメソッドは Allow ヘッダーに示されています（/v1/check は POST、/v1/policies と /healthz は GET）。
serve-too-large = 本文が { $kb } KB を超えています。チケットの本文だけを送ってください。
serve-too-slow = リクエストが時間内に届きませんでした。途中で止めずに全体を送ってください。
serve-token-missing = このサービスには Authorization: Bearer <token> ヘッダーが必要です。
serve-token-wrong = Bearer トークンが正しくありません。

## ポリシーの読み込み

policy-unusable = ポリシー「{ $policy }」は使用できません：{ $problems }件の問題
policy-expected-language-tag = 言語タグ（{ $tags } のいずれか）
policy-expected-message-id = 組み込みメッセージのID
policy-found-did-you-mean = { $found }（「{ $near }」のことですか？）
policy-expected-fluent = Fluent 構文のメッセージ
policy-expected-fluent-hint = Fluent 構文のメッセージ（変数は {"{"} $name {"}"}、波かっこは {"{"}"{"{"}"{"}"} と書きます）
policy-expected-variables = 組み込みメッセージの変数だけ：{ $variables }
policy-expected-no-variables = 変数なし（組み込みメッセージに変数はありません）
policy-expected-holiday-id = "holiday-name-christmas-day" のような、祝日データにある祝日のID
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
policy-expected-other-language = ポリシー自体の言語（「{ $own }」）以外の言語
policy-expected-language-once = 各言語を 1 回ずつ
policy-found-same-language = 「{ $first }」と同じ言語の「{ $tag }」
policy-expected-ack-key = いずれかの確認項目のキー
policy-expected-note-id = いずれかの補足の ID
policy-expected-items = { $count } 件のリスト（ポリシー自体のチェックリストの各項目に 1 つずつ）
policy-expected-reasons = { $count } 件のリスト（ポリシーの各実施禁止期間に理由を 1 つずつ。元の理由のままにする場合は null）
policy-expected-text-or-null = 空でない文字列または null

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

## Calendar labels and holiday names

calendar-label-too-soon = 早すぎます
calendar-label-too-late = 遅すぎます
calendar-label-holiday = 祝日
calendar-label-unchecked = 祝日は未チェック
calendar-label-blackout = 実施禁止期間
calendar-label-approval-only = サービス時間外のみ
calendar-label-after-max = { $year }年より後

holiday-observed = { $name }（振替）
holiday-estimated = { $name }（予定）
holiday-observed-estimated = { $name }（振替・予定）
holiday-pair = { $first }、{ $second }
holiday-name-anzac-day = アンザック・デー
holiday-name-ascension-day = キリスト昇天祭
holiday-name-australia-day = オーストラリア・デー
holiday-name-autumnal-equinox-day = 秋分の日
holiday-name-boxing-day = ボクシング・デー
holiday-name-buddha-purnima = ブッダ・プールニマー
holiday-name-childrens-day = こどもの日
holiday-name-chinese-new-year = 旧正月
holiday-name-christmas = クリスマス
holiday-name-christmas-day = クリスマス
holiday-name-columbus-day = コロンブス・デー
holiday-name-coming-of-age-day = 成人の日
holiday-name-constitution-day = 憲法記念日
holiday-name-coronation-of-charles-iii = チャールズ3世の戴冠式
holiday-name-culture-day = 文化の日
holiday-name-deepavali = ディーパバリ
holiday-name-diwali-deepavali = ディーワーリー（ディーパバリ）
holiday-name-dormition-of-the-mother-of-god = 生神女就寝祭
holiday-name-dr-b-r-ambedkars-jayanti = アンベードカル生誕祭
holiday-name-dussehra = ダシャラー
holiday-name-easter-monday = イースター・マンデー
holiday-name-easter-sunday = イースター
holiday-name-emperors-birthday = 天皇誕生日
holiday-name-epiphany = 神現祭
holiday-name-foundation-day = 建国記念の日
holiday-name-german-unity-day = ドイツ統一の日
holiday-name-glorifying-mother-of-god = 生神女の集会祭
holiday-name-good-friday = 聖金曜日
holiday-name-great-prayer-day = 大祈祷日
holiday-name-green-monday = 清浄月曜日
holiday-name-greenery-day = みどりの日
holiday-name-guru-nanaks-jayanti = グル・ナーナク生誕祭
holiday-name-hari-raya-haji = ハリ・ラヤ・ハジ
holiday-name-hari-raya-puasa = ハリ・ラヤ・プアサ
holiday-name-holi = ホーリー
holiday-name-id-ul-fitr = イド・アル＝フィトル
holiday-name-id-ul-zuha-bakrid = イド・アル＝アドハー（バクリード）
holiday-name-independence-day = 独立記念日
holiday-name-janmashtami-vaishnava = ジャンマシュタミ（ヴィシュヌ派）
holiday-name-juneteenth-national-independence-day = ジューンティーンス（奴隷解放記念日）
holiday-name-kings-day = 国王の日
holiday-name-labor-day = メーデー
holiday-name-labor-day--us = レイバー・デー
holiday-name-labor-thanksgiving-day = 勤労感謝の日
holiday-name-labour-day = メーデー
holiday-name-late-summer-bank-holiday = 晩夏のバンク・ホリデー
holiday-name-liberation-day = 解放記念日
holiday-name-maha-shivaratri = マハー・シヴァラートリ
holiday-name-mahatma-gandhis-jayanti = ガンディー生誕記念日
holiday-name-mahavir-jayanti = マハーヴィーラ生誕祭
holiday-name-marine-day = 海の日
holiday-name-martin-luther-king-jr-day = キング牧師記念日
holiday-name-maundy-thursday = 聖木曜日
holiday-name-may-day = 5月のバンク・ホリデー
holiday-name-memorial-day = 戦没将兵追悼記念日
holiday-name-milad-un-nabi = ムハンマド生誕祭
holiday-name-mountain-day = 山の日
holiday-name-muharram = ムハッラム
holiday-name-national-day = ナショナル・デー
holiday-name-national-day-of-mourning-for-queen-elizabeth-ii = エリザベス女王国民追悼の日
holiday-name-national-holiday = 国民の休日
holiday-name-new-years-day = 元日
holiday-name-ohi-day = オヒ・デー
holiday-name-pentecost = ペンテコステ
holiday-name-pentecost-monday = ペンテコステの翌月曜日
holiday-name-platinum-jubilee-of-elizabeth-ii = エリザベス2世即位70周年記念日
holiday-name-polling-day = 投票日
holiday-name-ram-navami = ラーマ・ナヴァミ
holiday-name-republic-day = 共和国記念日
holiday-name-respect-for-the-aged-day = 敬老の日
holiday-name-second-day-of-christmas = クリスマスの翌日
holiday-name-showa-day = 昭和の日
holiday-name-sports-day = スポーツの日
holiday-name-spring-bank-holiday = 春のバンク・ホリデー
holiday-name-state-funeral-of-queen-elizabeth-ii = エリザベス女王の国葬
holiday-name-substitute-holiday = 振替休日
holiday-name-thanksgiving-day = 感謝祭
holiday-name-vernal-equinox-day = 春分の日
holiday-name-vesak-day = ウェーサーカ祭
holiday-name-veterans-day = 退役軍人の日
holiday-name-washingtons-birthday = ワシントン誕生日
