### ページのテキスト（日本語、です・ます体）。用語は glossary.md に従います。
### 日付、時刻、曜日と月の名前は Intl が読者のロケールで整形し、このファイルには含めません。

## ページ

page-title = データベースのリフレッシュを申請
page-lede = フォームに入力してください。入力に合わせて申請内容がベンダーのルールに照らしてチェックされ、{ $paste_into ->
    [embedded] 申請フォーム
   *[page] ベンダーのヘルプセンター
  }に貼り付けるチケットが作成されます。時刻はすべてUTCです。
page-no-policy = ベンダーのポリシーを読み込めなかったため、フォームを表示できません。
shell-missing-file = ファイル { $file } がサーバーにないため、フォームを開始できませんでした（HTTP { $status }）。このサイトの運営者の方へ：ビルドフォルダー全体を、ファイルを同じ場所に並べたまま公開してください。
shell-browser = このブラウザーではフォームを開始できませんでした（{ $why }）。JavaScriptとWebAssemblyが必要です。ページを再読み込みするか、最新のブラウザーをお試しください。
shell-script-failed = スクリプトでエラーが発生しました
shell-download = フォームのファイルの一部をダウンロードできなかったため、フォームを開始できませんでした。接続を確認して、ページを再読み込みしてください。
shell-noscript = このフォームはブラウザーで申請内容をチェックするため、JavaScriptとWebAssemblyが必要です。このページでJavaScriptを有効にして、再読み込みしてください。
language-menu = 言語

## ベンダー

vendor = ベンダー
vendor-fixed = ベンダー：{ $vendor }

## 入力欄：ラベル、ヒント、選択肢

utc-hint = UTC、例：2024-10-09 02:00
for-example = 例：{ $example }
with-build-example = ビルドまたはパッチまで含めて入力（例：{ $example }）
yes = はい
no = いいえ
choose = 選択してください…
environments = 環境
source = コピー元
target = コピー先
kind-of-source = コピー元環境の種類
# 日本語では target / destination をどちらも「コピー先」と訳すため、$side は文言を変えません
kind-of-target = コピー先環境の種類{ $side ->
    [destination] {""}
   *[target] {""}
  }
refresh-type = リフレッシュの種類
refresh-type-question = どの時点の本番環境のデータが必要ですか？
refresh-type-standard = 標準
refresh-type-standard-hint = 最新の本番環境のデータです。
refresh-type-pit = 特定時点
refresh-type-pit-hint = 指定した時点（復元ポイント）の本番環境のデータです。{ $notice }日の事前申請期間が必要で、リフレッシュは復元ポイントから{ $age }日以内に実施する必要があります。
restore-point = 復元ポイント
restore-point-hint = 取得したい本番環境のデータの時点です。{ utc-hint }
holiday-region = サポートチームが考慮する祝日
holiday-region-hint = これらの祝日に当たる時間枠は受け付けられません。
holiday-region-none = なし（祝日をチェックしない）
when = 日時
window-start-one = リフレッシュの開始
window-start-n = 時間枠{ $window }の開始
windows-legend-one = リフレッシュをいつ開始しますか？停止時間は{ $duration }です。
windows-legend-many = { $duration }の時間枠を{ $count }件提案してください
preserve-users = コピー先環境のユーザー情報（セキュリティリスト）を保持しますか？
preserve-users-hint = 「いいえ」の場合、コピー先環境のユーザーはコピー元環境のユーザーに置き換えられます。「はい」の場合、両方の環境のスキーマのバージョンが必要です。
source-version = コピー元環境のバージョン
target-version = コピー先環境のバージョン
next-upgrade = 次回予定のアップグレード（任意）
next-upgrade-hint = UTCの日付（例：2024-11-15）、または日時
users-and-versions = ユーザーとバージョン
versions = バージョン
about-the-refresh = リフレッシュについて
checklist = チェックリスト
checklist-hint = 各項目を確認してください。リフレッシュの前にベンダーが必要とする事項です。
local-echo = = { $text }（{ $zone }）
local-zone = お使いのタイムゾーン

## メッセージの前に付くタグ（重要度）

tag-error = エラー
tag-approval = 承認が必要
tag-warning = 警告
tag-info = 補足
tag-error-prefix = エラー：

## エラーの概要とチェックのパネル

error-summary-title = 問題があります
checks = チェック
go-to-checks = チェックへ移動
status-done = 完了
status-todo = 未入力
status-fix = 要修正
status-approval = 承認が必要
status-check = 警告
status-other = その他
status-good-to-know = 補足
earliest-start = 最も早い開始日時：{ $earliest }
earliest-latest-start = 最も早い開始日時：{ $earliest }、最も遅い開始日時：{ $latest }
verdict-ready = 準備完了：チケットを作成できます。
verdict-ready-approval = 準備完了：チケットを作成できます。{ $approvals }件の項目にベンダーの承認が必要です。
verdict-not-ready = まだ準備ができていません：入力または修正が必要な項目が{ $errors }件あります。
planned-label = 計画モード：
planned-as-if = { $when }にチケットを提出した場合としてチェックしています。

## 計画モード

planning-mode = 計画モード
planning-mode-landmark = 計画モード{ $form ->
    [0] {""}
   *[other] （フォーム{ $form }）
  }
planning-on = 計画モードはオンです。
planning-off = 計画モードはオフです。現在時刻に照らしてチェックしています。
planning-as-if = 計画モード：現在ではなく、{ $when }にチケットを提出した場合としてチェックしています。
planning-enter = 計画モード：チェックに使う日時を入力してください。入力するまでは現在時刻が使われます。
planning-turn-off = 計画モードをオフにする
planning-checked-now = 現在時刻に照らしてチェックしました：{ $now }（1分ごとに更新）。
planning-what-if = 別の日に提出したらどうなりますか？
planning-back = 現在時刻に戻る
planning-field = チケットの提出日時（計画モード）
planning-field-hint = この日時にチケットを提出した場合として、ルールがチェックされます。{ utc-hint }

## カレンダー（曜日と月の名前、日付：読者のロケールで Intl が整形）

calendar = 計画カレンダー
calendar-hint = 空いている日を選ぶと、次の空の時間枠にその日の最も早い開始日時が入力されます。時刻はUTCです。
calendar-caption = 時間枠を開始できる日：{ $from }～{ $to }（UTCの日付）
calendar-holidays = この期間の祝日（{ $region }）：{ $holidays }
calendar-key-available = 時間枠を開始できます（表示の時刻以降、UTC）
calendar-key-approval = サービス時間外のみ：ベンダーの承認が必要です
calendar-key-holiday = 祝日
calendar-key-weekend = 週末：リフレッシュは行われません
calendar-key-too-soon-pit = 不可：早すぎるか、復元ポイントの制限外です
calendar-key-too-soon = 不可：早すぎます
calendar-mark-approval = 承認
calendar-mark-weekend = 週末
calendar-day = { $day }：{ $said }{ $count ->
    [0] {""}
   *[other] 、時間枠{ $windows }を提案済み
  }
calendar-day-available = { $time } UTCから可能
calendar-day-approval = サービス時間外のみ、ベンダーの承認があれば{ $time } UTCから可能
calendar-day-holiday = 不可：祝日（{ $name }）
calendar-day-weekend = 不可：週末
calendar-day-blackout = 不可：実施禁止期間（{ $reason }）
calendar-day-other = 不可：{ $reason }
calendar-set = { $field }を{ $value }に設定しました。
calendar-all-filled = すべての時間枠が入力済みです。この日を使うには、いずれかの時間枠を空にするか、上書きして入力してください。
suggest-one = 最も早い時間枠を提案
suggest-many = 最も早い時間枠をまとめて提案
suggest-none = 提案できる時間枠がありません。今後1年以内に、すべてのルールを満たす開始日時がありません。上のメッセージを確認してください。
suggest-filled = 入力しました：{ $windows }。
suggest-partial = 入力しました：{ $windows }。見つかった時間枠は{ $count }件中{ $found }件だけです。

## フォームの操作

create-ticket = チケットを作成
copy-share-link = 共有リンクをコピー
clear-form = フォームをクリア
share-link = 共有リンク
form-already-empty = フォームはすでに空です。
form-cleared = フォームをクリアしました。
share-too-long = コピーしませんでした。このリンクは{ $length }文字になりますが、{ $max }文字を超えるリンクはメールやヘルプセンターで壊れることがよくあります。長くなっている原因は「{ $label }」です。短くするか、チケットを作成してそちらをコピーしてください。
link-copied = リンクをコピーしました。このリンクを開くと、現在の入力内容が入った状態のフォームが表示されます。
link-copy-failed = 自動でコピーできませんでした。下のリンクが選択されているので、Ctrl+C（または ⌘C）を押してコピーしてください。

## お知らせ（フォームの上部）

notices = このページに関するお知らせ
notice-restored = このデバイスで以前に入力した内容を復元しました。
notice-draft-unreadable = 保存された下書きを読み取れなかったため、下書きを無視して空のフォームから始めます。
notice-from-link = 開いたリンクの内容をフォームに入力しました。チケットを作成する前に、すべての値を確認してください。
notice-unknown-policy = リンクで指定されたベンダーのポリシー（「{ $id }」）はこのページにないため、最初のポリシーを表示しています。下で正しいベンダーを選んでください。
notice-windows-dropped = リンクで提案された時間枠が、このベンダーが受け付ける数を超えていたため、{ $dropped }件を除外しました。
notice-cleared = フォームをクリアし、保存された下書きを削除しました。
notice-not-saved-full = 下書きはこのデバイスに保存されていません。このブラウザーでこのサイト用のストレージがいっぱいです。フォームは引き続き使えますが、ページを離れたり再読み込みしたりすると、入力内容は失われます。
notice-not-saved-blocked = 下書きはこのデバイスに保存されていません。このブラウザーではページがデータを保存できません（プライベートブラウズまたはプライバシー設定のため）。フォームは引き続き使えますが、ページを離れたり再読み込みしたりすると、入力内容は失われます。
notice-not-saved-large = 下書きはこのデバイスに保存されていません。保存するには大きすぎます（{ $max }文字超）。フォームは引き続き使えます。最も長いテキストを短くすると、再び保存されるようになります。
notice-link-replaced-draft = このデバイスにあった下書きは、リンクの値に置き換えられました。
notice-undone = フォームを元に戻しました。
notice-draft-restored = 以前の下書きを復元しました。
undo = 元に戻す
restore-draft = 以前の下書きを復元
dismiss = 閉じる
dismiss-label = このお知らせを閉じる

## チケットのパネル（読者の言語。チケット自体はサポートチームの言語）

ticket-panel = 作成されたチケット
ticket-panel-changed = 申請内容が変更され、再び問題があります。問題を修正するとチケットが再び表示されます。
ticket-panel-hint = 件名とチケットを{ $paste_into ->
    [embedded] 申請フォーム
   *[page] ベンダーのヘルプセンター
  }に貼り付けてください。フォームを変更すると、チケットも更新されます。
ticket-panel-desk-language = チケットは、ベンダーのサポートチームの言語である{ $desk_language }で書かれています。
subject-line = 件名
copy-subject = 件名をコピー
format = 形式
format-text = プレーンテキスト（どのヘルプセンターのフォームにも使えます）
format-markdown = Markdown
format-json = JSON（機械読み取り用）
ticket = チケット
copy-ticket = チケットをコピー
download = { $file }をダウンロード
add-to-calendar = カレンダーに追加（.ics）
print-subject = 件名：{ $subject }
ticket-copied = チケットをクリップボードにコピーしました。{ $paste_into ->
    [embedded] 申請フォーム
   *[page] ベンダーのヘルプセンター
  }に貼り付けてください。
ticket-copy-failed = 自動でコピーできませんでした。チケットが選択されているので、Ctrl+C（または ⌘C）を押してコピーしてください。
subject-copied = 件名をクリップボードにコピーしました。
subject-copy-failed = 自動でコピーできませんでした。件名が選択されているので、Ctrl+C（または ⌘C）を押してコピーしてください。
send-to-vendor = ベンダーに送信
send-by-email = メールで送信
open-vendor-form = ベンダーの申請フォームを開く
new-tab = （新しいタブで開きます）
handoff-too-long-note = このチケットは長すぎてリンクに収まらないため、メッセージには件名と、チケットの貼り付けを求める1行だけが入ります。先にチケットをコピーしてから、メッセージに貼り付けてください。
ics-downloaded = { $file }をダウンロードしました。開くと、提案した時間枠がカレンダーに追加されます。ベンダーが確定するまでは仮の予定になります。
ics-failed = ダウンロードが開始されませんでした。時間枠を手動でカレンダーに追加してください。
downloaded = { $file }をダウンロードしました。
download-failed = ダウンロードが開始されませんでした。代わりにチケットをコピーしてください。
ticket-tells = チケットでベンダーに伝える内容

## 埋め込みフォーム：読み込みと失敗（ベンダーのページで顧客に表示されます）

loading = フォームを読み込んでいます…
embed-cannot-show = このフォームを表示できません
try-again = 再試行
embed-policy-url-unusable = 「{ $url }」のポリシーを使用できませんでした（{ $problems }）：
embed-policy-unusable = ポリシー「{ $policy }」（{ $source }）を使用できません：{ $problems }。
embed-source-builtin = 組み込み
embed-source-named = data-policy で指定
embed-source-inline = このページ内に直接記述
embed-source-url = { $url } から読み込み
embed-retry-hint = しばらくしてから再試行してください。このページの運営者の方へ：ファイルがこのサイトのそのアドレスで公開されているか確認してください（埋め込みガイドの「Custom policies」を参照）。
embed-fix-hint = このページの運営者の方へ：ポリシーを修正して（埋め込みガイドの「Custom policies」を参照）、ページを再読み込みしてください。
embed-problem = { $expected }が必要です（実際は{ $found }）
embed-problem-more = ほか{ $more }件
embed-expected-known-policy = 既知のポリシーのID（{ $policies }）
embed-expected-same-origin = このページと同じサイトのURL（{ $origin }）
embed-expected-policy-file = このページが読み込めるポリシーのJSONファイル
embed-found-timeout = { $seconds }秒以内にサーバーからの応答なし
embed-found-redirect = 別のアドレスへのリダイレクト（ポリシーはこのページと同じサイトからしか読み込めないため、このページでは読み込めません）
embed-found-offline = サーバーへの接続なし（{ $why }）
embed-found-network = ネットワークエラー
embed-found-not-http = HTTPではない応答
embed-found-http = HTTP { $status } { $text }
embed-found-not-text = テキストではない本文

## Calendar badges; an embedded form's count of problems

calendar-badge = 枠{ $window }
embed-problems = { $count } 件の問題
