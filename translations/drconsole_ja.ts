<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ActionGate</name>
    <message>
        <source>Sign in to make changes.</source>
        <translation>変更するにはサインインしてください。</translation>
    </message>
</context>
<context>
    <name>AdminCommands</name>
    <message>
        <source>Create the database, empty or with the demo environment</source>
        <translation>データベースを作成します（空、またはデモ環境入り）</translation>
    </message>
    <message>
        <source>seed the demo customer (two regions, jobnets, agents), clock at today</source>
        <translation>デモ用のお客様（2 つの環境、ジョブネット、エージェント）を作成し、時計を今日に設定</translation>
    </message>
    <message>
        <source>replace an existing database (its contents and audit log are lost)</source>
        <translation>既存のデータベースを置き換える（内容と監査ログは失われます）</translation>
    </message>
    <message>
        <source>List the audit log; --verify checks its hash chain (exit 6 when broken)</source>
        <translation>監査ログを一覧表示します。--verify でハッシュチェーンを検証します（破損時は終了コード 6）</translation>
    </message>
    <message>
        <source>verify the hash chain of every entry</source>
        <translation>すべてのエントリーのハッシュチェーンを検証</translation>
    </message>
    <message>
        <source>only the newest N entries</source>
        <translation>最新の N 件のエントリーだけ</translation>
    </message>
    <message>
        <source>only the entries of a switchover run</source>
        <translation>指定した切り替え（実行番号）のエントリーだけ</translation>
    </message>
    <message>
        <source>only entries whose operator, action or details contain TEXT</source>
        <translation>オペレーター、操作、詳細のいずれかに TEXT を含むエントリーだけ</translation>
    </message>
    <message>
        <source>Cannot remove &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; を削除できません：%2</translation>
    </message>
    <message numerus="yes">
        <source>Created the demo environment (%1, %n unit(s)) in %2.</source>
        <translation>
            <numerusform>デモ環境（%1、%n 件のユニット）を %2 に作成しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Created an empty environment in %1.</source>
        <translation>空の環境を %1 に作成しました。</translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation>時計：%1</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit には正の数を指定してください。</translation>
    </message>
    <message>
        <source>--run needs a switchover run number.</source>
        <translation>--run には切り替えの実行番号を指定してください。</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>通番</translation>
    </message>
    <message>
        <source>At</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>The audit log fails verification at entry %1: %2</source>
        <translation>監査ログはエントリー %1 で検証に失敗しました：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file; init --force replaces a DR Console database only. Nothing was changed.</source>
        <translation>&quot;%1&quot; はファイルではありません。init --force で置き換えられるのは DR Console のデータベースだけです。何も変更していません。</translation>
    </message>
    <message>
        <source>init --force replaces a DR Console database only, and this file was refused: %1 Nothing was changed.</source>
        <translation>init --force で置き換えられるのは DR Console のデータベースだけです。このファイルは置き換えを拒否しました: %1 何も変更していません。</translation>
    </message>
    <message>
        <source>Cannot build the new database: &quot;%1&quot; is in the way. Remove it and try again. Nothing was changed.</source>
        <translation>新しいデータベースを作成できません: &quot;%1&quot; が妨げになっています。削除してからやり直してください。何も変更していません。</translation>
    </message>
    <message>
        <source>The new database &quot;%1&quot; was not closed cleanly; nothing was changed.</source>
        <translation>新しいデータベース &quot;%1&quot; を正常に閉じられませんでした。何も変更していません。</translation>
    </message>
    <message>
        <source>Cannot replace &quot;%1&quot;: %2. Nothing was changed.</source>
        <translation>&quot;%1&quot; を置き換えられません: %2。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>AgentCommands</name>
    <message>
        <source>the region</source>
        <translation>対象の環境</translation>
    </message>
    <message>
        <source>the agent name</source>
        <translation>エージェント名</translation>
    </message>
    <message>
        <source>execution host: a name in the region&apos;s host information, or an IP address</source>
        <translation>実行ホスト：環境のホスト情報にあるホスト名、または IP アドレス</translation>
    </message>
    <message>
        <source>description, up to 80 bytes</source>
        <translation>説明（80 バイト以内）</translation>
    </message>
    <message>
        <source>List the execution agents of a region</source>
        <translation>環境の実行エージェントを一覧表示します</translation>
    </message>
    <message>
        <source>Register an execution agent in a region</source>
        <translation>環境に実行エージェントを登録します</translation>
    </message>
    <message>
        <source>Change an agent; options not given keep their values</source>
        <translation>エージェントを変更します。指定しなかったオプションは現在の値のままです</translation>
    </message>
    <message>
        <source>Remove an agent from a region</source>
        <translation>環境からエージェントを削除します</translation>
    </message>
    <message>
        <source>Copy agents from one region to the other</source>
        <translation>一方の環境から他方の環境へエージェントをコピーします</translation>
    </message>
    <message>
        <source>the source region</source>
        <translation>コピー元の環境</translation>
    </message>
    <message>
        <source>the target region</source>
        <translation>コピー先の環境</translation>
    </message>
    <message>
        <source>keep the agents the target already has</source>
        <translation>コピー先に既にあるエージェントはそのまま残す</translation>
    </message>
    <message>
        <source>copy only these agents</source>
        <translation>指定したエージェントだけをコピー</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>同時実行数</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>ジョブ転送制限</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) in the %1.</source>
        <translation>
            <numerusform>%1に %n 件のエージェントがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a transfer restriction; write effective, ineffective, hold or blockade.</source>
        <translation>&quot;%1&quot; はジョブ転送制限の値ではありません。effective、ineffective、hold、blockade のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Agent %1 added to the %2.</source>
        <translation>エージェント %1 を%2に追加しました。</translation>
    </message>
    <message>
        <source>Agent %1 in the %2 updated: host %3, limits %4, %5.</source>
        <translation>%2のエージェント %1 を更新しました：ホスト %3、同時実行数 %4、%5。</translation>
    </message>
    <message>
        <source>Agent %1 removed from the %2.</source>
        <translation>エージェント %1 を%2から削除しました。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n agent(s) from the %1 to the %2: %3</source>
        <translation>
            <numerusform>%1から%2へ %n 件のエージェントをコピーしました：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>(unchanged when not given)</source>
        <translation>（省略時は変更しません）</translation>
    </message>
    <message>
        <source>concurrency windows, e.g. &quot;00:00-12:00=3,12:00-00:00=5&quot;</source>
        <translation>同時実行数（時間帯）。例：&quot;00:00-12:00=3,12:00-00:00=5&quot;</translation>
    </message>
    <message>
        <source>(default 00:00-00:00=5)</source>
        <translation>（省略時は 00:00-00:00=5）</translation>
    </message>
    <message>
        <source>job transfer restriction</source>
        <translation>ジョブ転送制限</translation>
    </message>
    <message>
        <source>(default effective)</source>
        <translation>（省略時は effective）</translation>
    </message>
    <message>
        <source>Agent %1 in the %2 unchanged: the values given are the ones it has.</source>
        <translation>%2のエージェント %1 は変更していません：指定された値は現在の値と同じです。</translation>
    </message>
</context>
<context>
    <name>AgentFile</name>
    <message>
        <source>The first line must be the header &quot;name,host,limits,restriction,description&quot;.</source>
        <translation>1 行目にはヘッダー行 &quot;name,host,limits,restriction,description&quot; を記述してください。</translation>
    </message>
    <message>
        <source>Expected 5 fields (name, host, limits, restriction, description), found %1. Quote fields that contain commas.</source>
        <translation>5 つのフィールド（name、host、limits、restriction、description）が必要ですが、%1 個あります。コンマを含むフィールドは引用符で囲んでください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a transfer restriction; use effective, ineffective, hold or blockade.</source>
        <translation>&quot;%1&quot; はジョブ転送制限の値ではありません。effective、ineffective、hold、blockade のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The file is empty; it needs the header line and one line per agent.</source>
        <translation>ファイルが空です。ヘッダー行と、エージェントごとに 1 行が必要です。</translation>
    </message>
    <message>
        <source>The quoted field that starts here is not closed on this line.</source>
        <translation>ここから始まる引用符付きのフィールドが、この行の中で閉じられていません。</translation>
    </message>
</context>
<context>
    <name>AgentImport</name>
    <message>
        <source>The agent &quot;%1&quot; is already listed on line %2; list each agent once.</source>
        <translation>エージェント &quot;%1&quot; は既に %2 行目に記述されています。各エージェントは 1 回だけ記述してください。</translation>
    </message>
    <message>
        <source>@SYSTEM runs on the manager host (%1) and cannot be moved to &quot;%2&quot;; only its limits, restriction and description are imported. Write the manager host or leave -s out.</source>
        <translation>@SYSTEM はマネージャーホスト（%1）で動作するため、&quot;%2&quot; には移動できません。インポートされるのは同時実行数、ジョブ転送制限、説明だけです。マネージャーホストを記述するか、-s を省略してください。</translation>
    </message>
    <message>
        <source>The agent file</source>
        <translation>エージェントファイル</translation>
    </message>
    <message>
        <source>Execution agents of the %1, exported by DR Console.
Run on the manager host to register them (names must resolve there).</source>
        <translation>DR Console がエクスポートした%1の実行エージェントです。
マネージャーホストで実行して登録してください（名前はそのホストで解決できる必要があります）。</translation>
    </message>
    <message numerus="yes">
        <source>This file would bring the %1 to %2 agents; the limit is %3 agents per region. Leave out at least %n new agent(s), or first remove agents the region no longer uses.</source>
        <translation>
            <numerusform>このファイルを取り込むと、%1のエージェントは %2 件になります。上限は環境あたり %3 件です。新しいエージェントを少なくとも %n 件減らすか、先に環境で使わなくなったエージェントを削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>-s was left out, so the host is the agent name (as ajsagtadd takes it); add -s HOST to name the execution host.</source>
        <translation>-s が省略されているため、エージェント名が実行ホスト名として使われます（ajsagtadd と同じ動作です）。実行ホストを指定するには -s HOST を追加してください。</translation>
    </message>
</context>
<context>
    <name>AgentNames</name>
    <message>
        <source>Effective</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Ineffective</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Blockade</source>
        <translation>閉塞</translation>
    </message>
</context>
<context>
    <name>AgentRegistry</name>
    <message>
        <source>@SYSTEM is built in; it cannot be added again.</source>
        <translation>@SYSTEM は組み込みのエージェントのため、再度追加することはできません。</translation>
    </message>
    <message>
        <source>There is no agent &quot;%1&quot; in the %2.</source>
        <translation>%2にエージェント &quot;%1&quot; はありません。</translation>
    </message>
    <message>
        <source>@SYSTEM is the built-in default agent on the manager host; it cannot be renamed or moved to another host.</source>
        <translation>@SYSTEM はマネージャーホスト上の組み込みのデフォルトエージェントのため、名前の変更や別のホストへの移動はできません。</translation>
    </message>
    <message>
        <source>@SYSTEM is the built-in default agent; it cannot be removed.</source>
        <translation>@SYSTEM は組み込みのデフォルトエージェントのため、削除できません。</translation>
    </message>
    <message>
        <source>%1: not in the %2</source>
        <translation>%1：%2にありません</translation>
    </message>
    <message>
        <source>No agent was copied, because:</source>
        <translation>次の理由により、エージェントはコピーされませんでした：</translation>
    </message>
    <message>
        <source>The %1 already has every agent of the %2; nothing to copy.</source>
        <translation>%1には%2のエージェントがすべて登録済みです。コピーするものはありません。</translation>
    </message>
    <message>
        <source>There is no host &quot;%1&quot; in the %2.</source>
        <translation>%2にホスト &quot;%1&quot; はありません。</translation>
    </message>
    <message>
        <source>Agent &quot;%1&quot; runs on host &quot;%2&quot;; change the agent before renaming the host.</source>
        <translation>エージェント &quot;%1&quot; はホスト &quot;%2&quot; で動作しています。ホスト名を変更する前に、エージェントを変更してください。</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; is the execution host of %2; change or remove those agents first.</source>
        <translation>ホスト &quot;%1&quot; は %2 の実行ホストです。先にこれらのエージェントを変更または削除してください。</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; has the IPv6 address %2; remove it before switching to IPv4 only.</source>
        <translation>ホスト &quot;%1&quot; には IPv6 アドレス %2 があります。IPv4 のみに切り替える前に削除してください。</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>そのネットワーク接続は既に存在しません。</translation>
    </message>
    <message>
        <source>Agent &quot;%1&quot; runs on the IPv6 address %2; change its host before switching to IPv4 only.</source>
        <translation>エージェント &quot;%1&quot; は IPv6 アドレス %2 で動作しています。IPv4 のみに切り替える前に、エージェントのホストを変更してください。</translation>
    </message>
    <message>
        <source>The source and target regions must differ: agents are copied from one region to the other (from the %1 to the %2, or back).</source>
        <translation>コピー元とコピー先には異なる環境を指定してください。エージェントは一方の環境から他方の環境へ（%1から%2へ、またはその逆に）コピーします。</translation>
    </message>
</context>
<context>
    <name>AgentRepository</name>
    <message>
        <source>Agent %1 of the %2 region has unreadable concurrency windows (%3); the database is damaged.</source>
        <translation>%2環境のエージェント %1 の同時実行数（時間帯）を読み取れません（%3）。データベースが破損しています。</translation>
    </message>
</context>
<context>
    <name>AgentScript</name>
    <message>
        <source>The single quote that starts here is not closed on this line.</source>
        <translation>ここから始まる単一引用符が、この行の中で閉じられていません。</translation>
    </message>
    <message>
        <source>The double quote that starts here is not closed on this line.</source>
        <translation>ここから始まる二重引用符が、この行の中で閉じられていません。</translation>
    </message>
    <message>
        <source>Expected an ajsagtadd command line, found &quot;%1&quot;; the file may hold only ajsagtadd lines, comments and blank lines.</source>
        <translation>ajsagtadd のコマンド行が必要ですが、&quot;%1&quot; があります。このファイルに記述できるのは、ajsagtadd の行、コメント、空行だけです。</translation>
    </message>
    <message>
        <source>Execution agent groups and definition files (%1) are not imported; list each agent with -a.</source>
        <translation>実行エージェントグループと定義ファイル（%1）はインポートされません。各エージェントを -a で指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ajsagtadd option here; use -a NAME, -s HOST, -c WINDOWS, -t e|i|h|b and -d DESCRIPTION.</source>
        <translation>&quot;%1&quot; はここでは ajsagtadd のオプションとして使用できません。-a NAME、-s HOST、-c WINDOWS、-t e|i|h|b、-d DESCRIPTION を使用してください。</translation>
    </message>
    <message>
        <source>Option %1 is given twice.</source>
        <translation>オプション %1 が 2 回指定されています。</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>オプション %1 には値が必要です。</translation>
    </message>
    <message>
        <source>-t takes e (effective), i (ineffective), h (hold) or b (blockade), found &quot;%1&quot;.</source>
        <translation>-t には e（effective）、i（ineffective）、h（hold）、b（blockade）のいずれかを指定してください。指定された値は &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>-h names the logical host of the manager; the console imports into the region you chose and ignores it.</source>
        <translation>-h はマネージャーの論理ホストを指定するオプションです。コンソールは選択した環境にインポートするため、このオプションは無視されます。</translation>
    </message>
    <message>
        <source>The ajsagtadd line has no -a NAME; every agent needs a name.</source>
        <translation>ajsagtadd の行に -a NAME がありません。すべてのエージェントに名前が必要です。</translation>
    </message>
    <message>
        <source>The file has no ajsagtadd line; nothing to import.</source>
        <translation>ファイルに ajsagtadd の行がありません。インポートするものはありません。</translation>
    </message>
    <message>
        <source>(built in; change it with ajsagtalt)</source>
        <translation>（組み込みのエージェントです。変更には ajsagtalt を使用してください）</translation>
    </message>
</context>
<context>
    <name>AjsprintReader</name>
    <message>
        <source>The comment opened here is not closed with &quot;*/&quot;.</source>
        <translation>ここから始まるコメントが &quot;*/&quot; で閉じられていません。</translation>
    </message>
    <message>
        <source>The unit header has %1 fields; write unit=NAME,PERMISSION,OWNER,RESOURCE-GROUP; (four at most).</source>
        <translation>ユニットのヘッダーに %1 個のフィールドがあります。unit=NAME,PERMISSION,OWNER,RESOURCE-GROUP;（最大 4 個）と記述してください。</translation>
    </message>
    <message>
        <source>Expected &quot;{&quot; to open the definition of unit &quot;%1&quot;, found %2.</source>
        <translation>ユニット &quot;%1&quot; の定義を開始する &quot;{&quot; が必要ですが、%2 があります。</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>ファイルの終わり</translation>
    </message>
    <message>
        <source>Units are nested more than %1 levels deep here; the file cannot be read.</source>
        <translation>ここでユニットが %1 階層を超えてネストしているため、ファイルを読み込めません。</translation>
    </message>
    <message>
        <source>The definition of unit &quot;%1&quot; that starts here is not closed with &quot;}&quot;.</source>
        <translation>ここから始まるユニット &quot;%1&quot; の定義が &quot;}&quot; で閉じられていません。</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; comes after a nested unit; in unit &quot;%2&quot; write every parameter before the first nested unit=.</source>
        <translation>パラメーター &quot;%1&quot; がネストしたユニットの後にあります。ユニット &quot;%2&quot; では、すべてのパラメーターを最初のネストした unit= より前に記述してください。</translation>
    </message>
    <message>
        <source>The quoted value of parameter &quot;%1&quot; is not closed with a quote on the same line (write #&quot; for a quote inside the value).</source>
        <translation>パラメーター &quot;%1&quot; の引用符で囲まれた値が、同じ行の中で引用符で閉じられていません（値の中の引用符は #&quot; と記述してください）。</translation>
    </message>
    <message>
        <source>Expected &quot;;&quot; at the end of parameter &quot;%1&quot;, found the end of the file.</source>
        <translation>パラメーター &quot;%1&quot; の末尾に &quot;;&quot; が必要ですが、ファイルの終わりに達しました。</translation>
    </message>
    <message>
        <source>A quote inside a quoted value must be written #&quot;.</source>
        <translation>引用符で囲まれた値の中の引用符は #&quot; と記述してください。</translation>
    </message>
    <message>
        <source>Expected &quot;unit=&quot; to start a unit definition, found %1.</source>
        <translation>ユニット定義を開始する &quot;unit=&quot; が必要ですが、%1 があります。</translation>
    </message>
    <message>
        <source>the end of the line</source>
        <translation>行の終わり</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>制御文字 U+%1</translation>
    </message>
    <message>
        <source>Expected &quot;;&quot; after the unit header of &quot;%1&quot;, found %2.</source>
        <translation>&quot;%1&quot; のユニットヘッダーの後に &quot;;&quot; が必要ですが、%2 があります。</translation>
    </message>
    <message>
        <source>Expected a parameter (key=value;), &quot;unit=&quot; or &quot;}&quot;, found %1.</source>
        <translation>パラメーター（key=value;）、&quot;unit=&quot;、&quot;}&quot; のいずれかが必要ですが、%1 があります。</translation>
    </message>
    <message>
        <source>Expected &quot;=&quot; after the parameter name &quot;%1&quot;, found %2.</source>
        <translation>パラメーター名 &quot;%1&quot; の後に &quot;=&quot; が必要ですが、%2 があります。</translation>
    </message>
    <message>
        <source>Expected &quot;;&quot; at the end of parameter &quot;%1&quot;, found %2.</source>
        <translation>パラメーター &quot;%1&quot; の末尾に &quot;;&quot; が必要ですが、%2 があります。</translation>
    </message>
    <message>
        <source>A &quot;#&quot; inside a quoted value must be written &quot;##&quot; (and a quote &quot;#&quot;&quot;); found &quot;#&quot; alone in parameter &quot;%1&quot;.</source>
        <translation>引用符で囲まれた値の中の &quot;#&quot; は &quot;##&quot;（引用符は &quot;#&quot;&quot;）と記述してください。パラメーター &quot;%1&quot; に単独の &quot;#&quot; があります。</translation>
    </message>
    <message>
        <source>Expected &quot;;&quot; after the quoted value of parameter &quot;%1&quot;, found %2. Only blanks or comments may follow the closing quote; write a quote inside the value as #&quot;.</source>
        <translation>パラメーター &quot;%1&quot; の引用符で囲まれた値の後には &quot;;&quot; が必要ですが、%2 があります。閉じ引用符の後に書けるのは空白とコメントだけです。値の中の引用符は #&quot; と記述してください。</translation>
    </message>
</context>
<context>
    <name>AjsprintRules</name>
    <message>
        <source>at the top level or in a job group</source>
        <translation>最上位またはジョブグループの中</translation>
    </message>
    <message>
        <source>in a job group or a jobnet</source>
        <translation>ジョブグループまたはジョブネットの中</translation>
    </message>
    <message>
        <source>directly in the jobnet it starts</source>
        <translation>起動するジョブネットの直下</translation>
    </message>
    <message>
        <source>in a jobnet or a start condition (.CONDITION)</source>
        <translation>ジョブネットまたは起動条件（.CONDITION）の中</translation>
    </message>
    <message>
        <source>in a jobnet</source>
        <translation>ジョブネットの中</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) cannot be defined in &quot;%3&quot; (%4); define it %5.</source>
        <translation>&quot;%1&quot;（%2）は &quot;%3&quot;（%4）の中には定義できません。%5に定義してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) cannot be defined at the top level; define it %3.</source>
        <translation>&quot;%1&quot;（%2）は最上位には定義できません。%3に定義してください。</translation>
    </message>
    <message>
        <source>&quot;el=%1&quot; is not an element; write el=CHILD,TYPE,+H +V; (the position may also be written +Hx+V or H×V).</source>
        <translation>&quot;el=%1&quot; は要素の指定ではありません。el=CHILD,TYPE,+H +V; と記述してください（位置は +Hx+V または H×V と記述することもできます）。</translation>
    </message>
    <message>
        <source>The icon position &quot;%1&quot; in el= is not two numbers; write it as +H +V, +Hx+V or H×V, for example +80 +48.</source>
        <translation>el= のアイコン位置 &quot;%1&quot; が 2 つの数値になっていません。+H +V、+Hx+V、H×V のいずれかの形式で記述してください（例：+80 +48）。</translation>
    </message>
    <message>
        <source>&quot;sz=%1&quot; is not a map size; write sz=WxH; (or W×H), for example sz=10x8;.</source>
        <translation>&quot;sz=%1&quot; はマップサイズの指定ではありません。sz=WxH;（または W×H）と記述してください（例：sz=10x8;）。</translation>
    </message>
    <message>
        <source>The unit name &quot;%1&quot; is %2 bytes long in UTF-8; the limit is %3 bytes. The console and the service&apos;s manager store unit names in UTF-8, where a Japanese character takes 3 bytes.</source>
        <translation>ユニット名 &quot;%1&quot; は UTF-8 で %2 バイトあり、上限の %3 バイトを超えています。コンソールとサービスのマネージャーはユニット名を UTF-8 で保存し、日本語の文字は 1 文字 3 バイトになります。</translation>
    </message>
    <message>
        <source>In this Shift_JIS file the name takes %1 bytes, but it is measured in UTF-8.</source>
        <translation>この Shift_JIS のファイルではこの名前は %1 バイトですが、長さは UTF-8 で数えます。</translation>
    </message>
    <message>
        <source>Remove at least %1 of its characters.</source>
        <translation>少なくとも %1 文字削ってください。</translation>
    </message>
    <message>
        <source>sd=%1: there is no month %2; write the date as YYYY/MM/DD with a month from 1 to 12.</source>
        <translation>sd=%1：%2 月は存在しません。日付は YYYY/MM/DD の形式で、月は 1～12 で指定してください。</translation>
    </message>
    <message>
        <source>sd=%1: there is no day %2; write the date as YYYY/MM/DD with a day from 1 to 31.</source>
        <translation>sd=%1：%2 日は存在しません。日付は YYYY/MM/DD の形式で、日は 1～31 で指定してください。</translation>
    </message>
    <message>
        <source>sd=%1: month %2 of %3 has %4 days; write a day from 1 to %4.</source>
        <translation>sd=%1：%3 年 %2 月は %4 日までです。日は 1～%4 で指定してください。</translation>
    </message>
    <message>
        <source>st=%1 is not a start time; write hh:mm from 00:00 to 47:59 (times after midnight count on from 24:00), for example st=1,07:30;.</source>
        <translation>st=%1 は実行開始時刻ではありません。hh:mm の形式で 00:00～47:59 を指定してください（午前 0 時を過ぎた時刻は 24:00 から数えます）。例：st=1,07:30;</translation>
    </message>
    <message>
        <source>st=%1: hours go from 00 to 47 (24:00 to 47:59 is after midnight) and minutes from 00 to 59.</source>
        <translation>st=%1：時は 00～47（24:00～47:59 は午前 0 時以降）、分は 00～59 で指定してください。</translation>
    </message>
    <message>
        <source>cy=%1 is not a processing cycle; write (n,d), (n,w), (n,m) or (n,y) with n from 1, for example cy=1,(1,d); for every day.</source>
        <translation>cy=%1 は処理サイクルではありません。(n,d)、(n,w)、(n,m)、(n,y) のいずれかの形式で、n には 1 以上を指定してください（例：毎日なら cy=1,(1,d);）。</translation>
    </message>
</context>
<context>
    <name>ArgumentParser</name>
    <message>
        <source>Unknown option &quot;%1&quot;; options are written with two dashes (see --help).</source>
        <translation>不明なオプション &quot;%1&quot; です。オプションはダッシュ 2 つで記述します（--help を参照）。</translation>
    </message>
    <message>
        <source>Unknown option &quot;--%1&quot; for this command (see --help).</source>
        <translation>このコマンドに &quot;--%1&quot; というオプションはありません（--help を参照）。</translation>
    </message>
    <message>
        <source>Option &quot;--%1&quot; is given twice.</source>
        <translation>オプション &quot;--%1&quot; が 2 回指定されています。</translation>
    </message>
    <message>
        <source>Option &quot;--%1&quot; takes no value.</source>
        <translation>オプション &quot;--%1&quot; には値を指定できません。</translation>
    </message>
    <message>
        <source>Option &quot;--%1&quot; needs a value (%2).</source>
        <translation>オプション &quot;--%1&quot; には値（%2）が必要です。</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Environment created</source>
        <translation>環境の作成</translation>
    </message>
    <message>
        <source>Environment generated</source>
        <translation>環境の生成</translation>
    </message>
    <message>
        <source>Switchover step</source>
        <translation>運用切り替えの手順</translation>
    </message>
    <message>
        <source>Overdue jobnets decided</source>
        <translation>開始時刻を過ぎたジョブネットの扱いを決定</translation>
    </message>
    <message>
        <source>Job execution suppressed</source>
        <translation>ジョブ実行抑止</translation>
    </message>
    <message>
        <source>Suppression released</source>
        <translation>抑止解除</translation>
    </message>
    <message>
        <source>Contract changed</source>
        <translation>契約設定の変更</translation>
    </message>
    <message>
        <source>Maintenance date changed</source>
        <translation>メンテナンス日の変更</translation>
    </message>
    <message>
        <source>Definitions imported</source>
        <translation>定義の取り込み</translation>
    </message>
    <message>
        <source>Clock advanced</source>
        <translation>時計を進める</translation>
    </message>
    <message>
        <source>Clock set</source>
        <translation>時計の設定</translation>
    </message>
    <message>
        <source>Sync interval changed</source>
        <translation>同期間隔の変更</translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Regional outage</source>
        <translation>リージョン障害</translation>
    </message>
    <message>
        <source>Region restored</source>
        <translation>リージョンの復旧</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状態変更</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>再実行</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Hold released</source>
        <translation>保留解除</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>強制終了</translation>
    </message>
    <message>
        <source>Execution agent added</source>
        <translation>実行エージェントの追加</translation>
    </message>
    <message>
        <source>Execution agent changed</source>
        <translation>実行エージェントの変更</translation>
    </message>
    <message>
        <source>Execution agent removed</source>
        <translation>実行エージェントの削除</translation>
    </message>
    <message>
        <source>Execution agents copied</source>
        <translation>実行エージェントのコピー</translation>
    </message>
    <message>
        <source>Execution agents imported</source>
        <translation>実行エージェントの取り込み</translation>
    </message>
    <message>
        <source>Host added</source>
        <translation>ホスト情報の追加</translation>
    </message>
    <message>
        <source>Host changed</source>
        <translation>ホスト情報の変更</translation>
    </message>
    <message>
        <source>Host removed</source>
        <translation>ホスト情報の削除</translation>
    </message>
    <message>
        <source>Host resolution changed</source>
        <translation>名前解決設定の変更</translation>
    </message>
    <message>
        <source>Host information imported</source>
        <translation>ホスト情報の取り込み</translation>
    </message>
    <message>
        <source>Network connection added</source>
        <translation>ネットワーク接続の追加</translation>
    </message>
    <message>
        <source>Network connection changed</source>
        <translation>ネットワーク接続の変更</translation>
    </message>
    <message>
        <source>Network connection removed</source>
        <translation>ネットワーク接続の削除</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Reading the audit log failed: %1</source>
        <translation>監査ログの読み込みに失敗しました：%1</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the log jumps from entry %2 to entry %3.</source>
        <translation>エントリー %1 がありません。ログがエントリー %2 からエントリー %3 に飛んでいます。</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it (its previous-entry hash does not match); an entry before it was changed or removed.</source>
        <translation>エントリー %1 が直前のエントリーとつながっていません（直前のエントリーのハッシュが一致しません）。これより前のエントリーが変更または削除されています。</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written (its content does not match its hash).</source>
        <translation>エントリー %1 は書き込まれた後に変更されています（内容がハッシュと一致しません）。</translation>
    </message>
    <message>
        <source>The log ends at entry %1, but entry %2 was the last one written; the newest entries were removed.</source>
        <translation>ログはエントリー %1 で終わっていますが、最後に書き込まれたのはエントリー %2 です。最新のエントリーが削除されています。</translation>
    </message>
    <message numerus="yes">
        <source>All %n audit entries verified.</source>
        <translation>
            <numerusform>%n 件の監査エントリーをすべて検証しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of the newest audit entry is missing or damaged, so removed entries cannot be ruled out.</source>
        <translation>最新の監査エントリーの記録がないか破損しているため、エントリーが削除されていないことを確認できません。</translation>
    </message>
    <message>
        <source>Entry %1, the newest, was changed after it was written (it does not match the hash recorded for it).</source>
        <translation>最新のエントリー %1 は書き込まれた後に変更されています（記録されているハッシュと一致しません）。</translation>
    </message>
    <message>
        <source>Entries %1 to %2 were added to the log without being recorded (entry %3 was the last one written).</source>
        <translation>エントリー %1～%2 は記録されずにログに追加されています（最後に書き込まれたのはエントリー %3 です）。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Option &quot;%1&quot; needs a value.</source>
        <translation>オプション &quot;%1&quot; には値が必要です。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; the global options are --db, --json and --lang (see drctl --help).</source>
        <translation>不明なオプション &quot;%1&quot; です。グローバルオプションは --db、--json、--lang です（drctl --help を参照）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language; write --lang ja or --lang en.</source>
        <translation>&quot;%1&quot; は言語ではありません。--lang ja または --lang en と指定してください。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subcommand of &quot;%2&quot; (see drctl %2 --help).</source>
        <translation>&quot;%1&quot; は &quot;%2&quot; のサブコマンドではありません（drctl %2 --help を参照）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand (see drctl %1 --help).</source>
        <translation>&quot;%1&quot; にはサブコマンドが必要です（drctl %1 --help を参照）。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see drctl --help).</source>
        <translation>不明なコマンド &quot;%1&quot; です（drctl --help を参照）。</translation>
    </message>
    <message>
        <source>Missing argument. Usage: %1</source>
        <translation>引数が不足しています。使用方法：%1</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Usage: %2</source>
        <translation>不要な引数 &quot;%1&quot; があります。使用方法：%2</translation>
    </message>
    <message>
        <source>Option --%1 is required. Usage: %2</source>
        <translation>オプション --%1 は必須です。使用方法：%2</translation>
    </message>
    <message>
        <source>This command changes the environment: say who acts with --as customer:NAME or --as provider:NAME.</source>
        <translation>このコマンドは環境を変更します。--as customer:NAME または --as provider:NAME で操作する人を指定してください。</translation>
    </message>
    <message>
        <source>There is no database at &quot;%1&quot;. Create one with &quot;drctl init --demo&quot; (or give the right file with --db).</source>
        <translation>&quot;%1&quot; にデータベースがありません。&quot;drctl init --demo&quot; で作成してください（または --db で正しいファイルを指定してください）。</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; holds no environment yet; run &quot;drctl init --demo&quot; first.</source>
        <translation>データベース &quot;%1&quot; にはまだ環境がありません。先に &quot;drctl init --demo&quot; を実行してください。</translation>
    </message>
</context>
<context>
    <name>ConnectionNames</name>
    <message>
        <source>AWS (Transit Gateway)</source>
        <translation>AWS（Transit Gateway）</translation>
    </message>
    <message>
        <source>On-premises (Direct Connect)</source>
        <translation>オンプレミス（Direct Connect）</translation>
    </message>
    <message>
        <source>Azure (internet VPN)</source>
        <translation>Azure（インターネット VPN）</translation>
    </message>
</context>
<context>
    <name>ContractNames</name>
    <message>
        <source>Enterprise edition</source>
        <translation>エンタープライズエディション</translation>
    </message>
    <message>
        <source>Standard edition</source>
        <translation>スタンダードエディション</translation>
    </message>
    <message>
        <source>Internet only</source>
        <translation>インターネットのみ</translation>
    </message>
    <message>
        <source>Closed network</source>
        <translation>閉域網</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2. Check the file&apos;s permissions.</source>
        <translation>&quot;%1&quot; を読み込めません：%2。ファイルのアクセス権限を確認してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DR Console database (it is not an SQLite file). Choose another file, or give a new file name to create a database.</source>
        <translation>&quot;%1&quot; は DR Console のデータベースではありません（SQLite ファイルではありません）。別のファイルを選択するか、新しいファイル名を指定してデータベースを作成してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (its size does not match its page size; it may have been truncated). Restore it from a backup.</source>
        <translation>&quot;%1&quot; は破損しています（ファイルサイズがページサイズと合いません。切り詰められた可能性があります）。バックアップから復旧してください。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; を開けません：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be opened (%2). Restore it from a backup.</source>
        <translation>&quot;%1&quot; は破損しているため開けません（%2）。バックアップから復旧してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database but not a DR Console database. Choose another file.</source>
        <translation>&quot;%1&quot; は SQLite データベースですが、DR Console のデータベースではありません。別のファイルを選択してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no schema version; it is damaged. Restore it from a backup.</source>
        <translation>&quot;%1&quot; にはスキーマバージョンがありません。ファイルが破損しています。バックアップから復旧してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer DR Console (schema version %2; this program supports up to %3). Open it with a newer version. The file was not changed.</source>
        <translation>&quot;%1&quot; は新しいバージョンの DR Console で書き込まれています（スキーマバージョン %2。このプログラムが対応しているのは %3 までです）。新しいバージョンで開いてください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a database file.</source>
        <translation>&quot;%1&quot; はフォルダーです。データベースファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>フォルダー &quot;%1&quot; を作成できません。</translation>
    </message>
    <message>
        <source>Checking the database file</source>
        <translation>データベースファイルを確認しています</translation>
    </message>
</context>
<context>
    <name>DefinitionImport</name>
    <message numerus="yes">
        <source>A switchover is in progress (%n step(s) done); definitions can be imported again once it is completed.</source>
        <translation>
            <numerusform>切り替えの実行中です（%n ステップ完了）。切り替えが完了すると、定義を再びインポートできます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Operation runs in the DR environment. Definitions are imported into the primary region and reach DR by synchronisation, so import them after switching back to the primary.</source>
        <translation>災対環境で運用中です。定義は現用環境にインポートされ、同期によって災対環境に反映されるため、現用環境に切り戻してからインポートしてください。</translation>
    </message>
    <message>
        <source>The primary region is unavailable (regional outage); import definitions after it is restored.</source>
        <translation>現用環境が使用できません（リージョン障害）。復旧後に定義をインポートしてください。</translation>
    </message>
    <message>
        <source>The file defines no units; an ajsprint file starts with unit=NAME,,,; { ty=...; }.</source>
        <translation>ファイルにユニットが定義されていません。ajsprint ファイルは unit=NAME,,,; { ty=...; } で始まります。</translation>
    </message>
    <message numerus="yes">
        <source>The primary region already has %n unit(s); import into an empty environment only works before any definition exists. Merge the file, or replace a subtree.</source>
        <translation>
            <numerusform>現用環境には既に %n 件のユニットがあります。空の環境へのインポートは、定義が 1 つもない場合にだけ実行できます。ファイルをマージするか、サブツリーを置き換えてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit path; give the full path of the unit whose contents are replaced, for example /SALES/ORDER_AM.</source>
        <translation>&quot;%1&quot; はユニットのパスではありません。内容を置き換えるユニットのフルパスを指定してください（例：/SALES/ORDER_AM）。</translation>
    </message>
    <message>
        <source>%1 is outside %2; when a subtree is replaced, every unit of the file must be %2 or below it (write the top unit as unit=%2,...;).</source>
        <translation>%1 は %2 の外にあります。サブツリーを置き換える場合、ファイルのすべてのユニットは %2 またはその下位でなければなりません（最上位のユニットは unit=%2,...; と記述してください）。</translation>
    </message>
    <message>
        <source>The file defines nothing at or below %1, so it cannot replace that subtree.</source>
        <translation>ファイルには %1 およびその下位の定義がないため、そのサブツリーを置き換えることはできません。</translation>
    </message>
    <message>
        <source>Jobs of the file run on agents the primary region does not have: %1. Register them before these jobs run.</source>
        <translation>ファイルのジョブが、現用環境にないエージェントで実行されます：%1。これらのジョブが実行される前に、エージェントを登録してください。</translation>
    </message>
    <message>
        <source>%1 is running; the import registers it again and its current run is discarded.</source>
        <translation>%1 は実行中です。インポートによって再登録され、現在の実行は破棄されます。</translation>
    </message>
    <message>
        <source>The definition file</source>
        <translation>定義ファイル</translation>
    </message>
</context>
<context>
    <name>DefinitionMerge</name>
    <message>
        <source>%1 is kept because the file does not define it: %2</source>
        <translation>ファイルで定義されていないため、%1 はそのまま残ります：%2</translation>
    </message>
    <message>
        <source>%1 keeps %2, which the file does not define; the file&apos;s ar= replace the jobnet&apos;s relations, so their relations are dropped.</source>
        <translation>%1 には、ファイルで定義されていない %2 が残ります。ファイルの ar= がジョブネットの関連を置き換えるため、これらの関連は削除されます。</translation>
    </message>
    <message>
        <source>The relation %1 → %2 of %3 is dropped: the file no longer defines one of its units.</source>
        <translation>%3 の関連 %1 → %2 は削除されます：関連するユニットの一方がファイルで定義されなくなりました。</translation>
    </message>
    <message>
        <source>After the import %1 would hold %2 units in one level, more than 10,000; split them into several job groups or jobnets.</source>
        <translation>インポート後、%1 の 1 階層に %2 個のユニットが含まれ、10,000 個を超えます。複数のジョブグループまたはジョブネットに分割してください。</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>最上位</translation>
    </message>
    <message>
        <source>/%1 does not exist, so the import would create it as a job group; define it in the file or correct the path.</source>
        <translation>/%1 は存在しないため、インポートするとジョブグループとして作成されます。ファイルで定義するか、パスを修正してください。</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>The demo file %1 is missing from this build.</source>
        <translation>デモファイル %1 がこのビルドにありません。</translation>
    </message>
    <message>
        <source>Line %1 of the simulation table names no unit or does not have 4 fields.</source>
        <translation>シミュレーションテーブルの %1 行目にユニット名がないか、フィールドが 4 つありません。</translation>
    </message>
</context>
<context>
    <name>DrillLoss</name>
    <message>
        <source>Execution agent and host information changes in the DR environment were not recorded for this run.</source>
        <translation>この切り替えでは、災対環境での実行エージェントとホスト情報の変更は記録されていません。</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>追加：%1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>変更：%1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>削除：%1</translation>
    </message>
    <message>
        <source>%1: no change</source>
        <translation>%1：変更なし</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between parts of one line</comment>
        <translation>／</translation>
    </message>
    <message>
        <source>Execution agents in the DR environment</source>
        <translation>災対環境の実行エージェント</translation>
    </message>
    <message>
        <source>Host information in the DR environment</source>
        <translation>災対環境のホスト情報</translation>
    </message>
    <message>
        <source>Executions in the DR environment: %1, %2</source>
        <comment>jobnet generations started, jobs run</comment>
        <translation>災対環境での実行：%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n jobnet generation(s) started</source>
        <translation>
            <numerusform>ジョブネットの世代 %n 件を開始</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) ran</source>
        <translation>
            <numerusform>ジョブ %n 件を実行</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator actions in the DR environment: %1, %2, %3</source>
        <comment>status changes, reruns, other actions</comment>
        <translation>災対環境でのオペレーター操作：%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s)</source>
        <translation>
            <numerusform>状態変更 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rerun(s)</source>
        <translation>
            <numerusform>再実行 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold, release or kill action(s)</source>
        <translation>
            <numerusform>保留・保留解除・強制終了 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1分%2秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1日%2時間</translation>
    </message>
</context>
<context>
    <name>EnvironmentGenerator</name>
    <message>
        <source>The number of units must be between %1 and %2.</source>
        <translation>ユニット数は %1～%2 の範囲で指定してください。</translation>
    </message>
</context>
<context>
    <name>GenerateCommands</name>
    <message>
        <source>Replace the environment with a synthetic one of N units (job groups, jobnets, jobs, agents, a busy day&apos;s statuses)</source>
        <translation>環境を N 個のユニットから成る合成環境に置き換えます（ジョブグループ、ジョブネット、ジョブ、エージェント、繁忙日の状態）</translation>
    </message>
    <message>
        <source>number of units (%1 to %2)</source>
        <translation>ユニット数（%1～%2）</translation>
    </message>
    <message>
        <source>generator seed (default 1): the same seed, size and clock give the same environment</source>
        <translation>生成のシード（省略時は 1）。シード、サイズ、時計が同じなら同じ環境が生成されます</translation>
    </message>
    <message>
        <source>--units needs a number.</source>
        <translation>--units には数値を指定してください。</translation>
    </message>
    <message>
        <source>--seed needs a non-negative number.</source>
        <translation>--seed には 0 以上の数値を指定してください。</translation>
    </message>
    <message>
        <source>Generated %1 units: %2 job groups, %3 jobnets (%4 root), %5 jobs, %6 relations.</source>
        <translation>%1 個のユニットを生成しました：ジョブグループ %2 個、ジョブネット %3 個（ルートジョブネット %4 個）、ジョブ %5 個、関連 %6 個。</translation>
    </message>
    <message>
        <source>Execution agents: %1 in the primary environment, %2 pre-registered in the DR environment. The DR copy follows at the next sync.</source>
        <translation>実行エージェント：現用環境に %1 個、災対環境に事前登録済み %2 個。災対環境のコピーは次回の同期で反映されます。</translation>
    </message>
    <message>
        <source>Built in %1 ms, saved in %2 ms.</source>
        <translation>構築に %1 ミリ秒、保存に %2 ミリ秒かかりました。</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>database file (default: %1)</source>
        <translation>データベースファイル（省略時：%1）</translation>
    </message>
    <message>
        <source>print results as JSON (codes and ISO-8601 UTC times)</source>
        <translation>結果を JSON で出力（コードと ISO-8601 形式の UTC 時刻）</translation>
    </message>
    <message>
        <source>language of the messages (default: the system&apos;s; English with --json)</source>
        <translation>メッセージの言語（省略時はシステムの言語。--json 指定時は英語）</translation>
    </message>
    <message>
        <source>Usage: drctl [--db PATH] [--json] [--lang ja|en] COMMAND ...</source>
        <translation>使用方法：drctl [--db PATH] [--json] [--lang ja|en] COMMAND ...</translation>
    </message>
    <message>
        <source>The command-line twin of DR Console: operate the primary and DR environments, the twelve-step switchover, units, agents and host information.</source>
        <translation>DR Console のコマンドライン版です。現用環境と災対環境、12 ステップの運用切り替え/切り戻し、ユニット、エージェント、ホスト情報を操作します。</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>グローバルオプション：</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド：</translation>
    </message>
    <message>
        <source>Commands that change the environment take --as customer:NAME or --as provider:NAME; the core checks that the role may do it.</source>
        <translation>環境を変更するコマンドには --as customer:NAME または --as provider:NAME を指定します。そのロールが操作を実行できるかどうかはコアがチェックします。</translation>
    </message>
    <message>
        <source>import and export read and write JP1/AJS3 files (ajsprint definitions, jp1hosts2 host information, agents as CSV or ajsagtadd lines); a file with errors changes nothing and its errors are listed as FILE:LINE:COLUMN: message.</source>
        <translation>import と export は JP1/AJS3 のファイル（ajsprint 形式の定義、jp1hosts2 形式のホスト情報、CSV または ajsagtadd 行形式のエージェント）を読み書きします。エラーのあるファイルでは何も変更されず、エラーは FILE:LINE:COLUMN: メッセージ の形式で一覧表示されます。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage error, 3 refused by a rule, 4 bad input, 5 database error, 6 audit verification failed.</source>
        <translation>終了コード：0 成功、2 使用方法の誤り、3 規則による拒否、4 入力の誤り、5 データベースエラー、6 監査の検証失敗。</translation>
    </message>
    <message>
        <source>Run &quot;drctl COMMAND --help&quot; for the options of one command.</source>
        <translation>各コマンドのオプションは &quot;drctl COMMAND --help&quot; で確認してください。</translation>
    </message>
    <message>
        <source>Usage: drctl %1 SUBCOMMAND ...</source>
        <translation>使用方法：drctl %1 SUBCOMMAND ...</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>サブコマンド：</translation>
    </message>
    <message>
        <source>Run &quot;drctl %1 SUBCOMMAND --help&quot; for the options of one subcommand.</source>
        <translation>各サブコマンドのオプションは &quot;drctl %1 SUBCOMMAND --help&quot; で確認してください。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>使用方法：%1</translation>
    </message>
    <message>
        <source>who acts: customer:NAME or provider:NAME</source>
        <translation>操作する人：customer:NAME または provider:NAME</translation>
    </message>
    <message>
        <source>who acts (default: the simulator)</source>
        <translation>操作する人（省略時はシミュレーター）</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>このヘルプを表示</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション：</translation>
    </message>
</context>
<context>
    <name>HostCommands</name>
    <message>
        <source>the region</source>
        <translation>対象の環境</translation>
    </message>
    <message>
        <source>the host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>List the host information of a region</source>
        <translation>環境のホスト情報を一覧表示します</translation>
    </message>
    <message>
        <source>Add a host name and its IP addresses to a region</source>
        <translation>ホスト名とその IP アドレスを環境に追加します</translation>
    </message>
    <message>
        <source>the host&apos;s IP addresses</source>
        <translation>ホストの IP アドレス</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Remove a host from a region&apos;s host information</source>
        <translation>環境のホスト情報からホストを削除します</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) in the %1; IPv6 addresses: %2.</source>
        <translation>
            <numerusform>%1に %n 件のホストがあります。IPv6 アドレス：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>解決する</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>解決しない</translation>
    </message>
    <message>
        <source>Host %1 (%2) added to the %3.</source>
        <translation>ホスト %1（%2）を%3に追加しました。</translation>
    </message>
    <message>
        <source>Host %1 removed from the %2.</source>
        <translation>ホスト %1 を%2から削除しました。</translation>
    </message>
</context>
<context>
    <name>HostImport</name>
    <message>
        <source>The file lists no hosts; importing it empties the host information of the %1.</source>
        <translation>ファイルにホストが記述されていません。インポートすると%1のホスト情報が空になります。</translation>
    </message>
    <message>
        <source>%1 (host %2)</source>
        <translation>%1（ホスト %2）</translation>
    </message>
    <message>
        <source>After this import these agents of the %1 would run on hosts that do not resolve: %2. Keep those hosts in the file, or change the agents first.</source>
        <translation>このインポートを実行すると、%1の次のエージェントが名前解決できないホストで動作することになります：%2。これらのホストをファイルに残すか、先にエージェントを変更してください。</translation>
    </message>
    <message>
        <source>The host information file</source>
        <translation>ホスト情報ファイル</translation>
    </message>
    <message>
        <source>Host information of the %1 (jp1hosts2), exported by DR Console</source>
        <translation>DR Console がエクスポートした%1のホスト情報（jp1hosts2）</translation>
    </message>
</context>
<context>
    <name>HostsFile</name>
    <message>
        <source>+DefaultResolve takes 0 (IPv4 only) or 1 (IPv4 and IPv6), for example &quot;+DefaultResolve 0&quot;.</source>
        <translation>+DefaultResolve には 0（IPv4 のみ）または 1（IPv4 と IPv6）を指定してください（例：&quot;+DefaultResolve 0&quot;）。</translation>
    </message>
    <message>
        <source>+PhysicalMerge applies to logical hosts of JP1/Base and is ignored here.</source>
        <translation>+PhysicalMerge は JP1/Base の論理ホストに適用される設定のため、ここでは無視されます。</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; jp1hosts2 files know +DefaultResolve and +PhysicalMerge.</source>
        <translation>不明な設定 &quot;%1&quot; です。jp1hosts2 ファイルで使用できる設定は +DefaultResolve と +PhysicalMerge です。</translation>
    </message>
    <message>
        <source>Expected a host name and its IP addresses (&quot;host 10.0.0.1&quot;), a &quot;#&quot; comment or a +setting.</source>
        <translation>ホスト名とその IP アドレス（&quot;host 10.0.0.1&quot;）、&quot;#&quot; で始まるコメント、または + で始まる設定が必要です。</translation>
    </message>
    <message>
        <source>The comment is not kept.</source>
        <translation>コメントは保持されません。</translation>
    </message>
    <message>
        <source>A comment must be on a line of its own: jp1hosts2 files take &quot;#&quot; as a comment only at the start of a line. Move &quot;%1&quot; to the line above.</source>
        <translation>コメントは単独の行に記述してください。jp1hosts2 ファイルでは、行頭の &quot;#&quot; だけがコメントとして扱われます。&quot;%1&quot; を上の行に移動してください。</translation>
    </message>
    <message>
        <source>+DefaultResolve is given twice (first on line %1); keep the one you mean and remove the other.</source>
        <translation>+DefaultResolve が 2 回指定されています（最初は %1 行目）。意図した方を残し、もう一方を削除してください。</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; is already listed on line %2; list each host once, with all its addresses.</source>
        <translation>ホスト &quot;%1&quot; は既に %2 行目に記述されています。各ホストは 1 回だけ、すべての IP アドレスを 1 行にまとめて記述してください。</translation>
    </message>
    <message numerus="yes">
        <source>This file lists %1 hosts; a region holds at most %2. Leave out at least %n host(s) from here on.</source>
        <translation>
            <numerusform>このファイルには %1 件のホストがあります。1 つの環境に登録できるのは最大 %2 件です。この行以降から少なくとも %n 件のホストを除いてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviews</name>
    <message>
        <source>%1 to add, %2 to change, %3 to remove, %4 unchanged</source>
        <translation>追加 %1、変更 %2、削除 %3、変更なし %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported and nothing was changed (%n error(s)):</source>
        <translation>
            <numerusform>%1はインポートされず、何も変更されませんでした（エラー %n 件）：</numerusform>
        </translation>
    </message>
    <message>
        <source>into an empty environment</source>
        <translation>空の環境へ</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>マージ</translation>
    </message>
    <message>
        <source>replace %1</source>
        <comment>import mode: the subtree whose contents are replaced</comment>
        <translation>%1 を置き換え</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%1: ... and %n more.</source>
        <translation>
            <numerusform>%1：... ほか %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>The definitions reach the DR environment with the next sync.</source>
        <translation>定義は次回の同期で災対環境に反映されます。</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n error(s); nothing was changed.</source>
        <translation>
            <numerusform>%1はインポートされませんでした：エラー %n 件。何も変更されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 (%2) into the %3: %4.</source>
        <translation>%1（%2）を%3にインポートしました：%4。</translation>
    </message>
    <message>
        <source>Preview of %1 (%2) for the %3: %4; nothing was changed.</source>
        <translation>%3への%1（%2）のインポートのプレビュー：%4。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>InteropCommands</name>
    <message>
        <source>the region</source>
        <translation>対象の環境</translation>
    </message>
    <message>
        <source>show what the import would change; change nothing</source>
        <translation>インポートによる変更内容を表示するだけで、何も変更しない</translation>
    </message>
    <message>
        <source>the file to write (- for stdout)</source>
        <translation>出力先のファイル（- を指定すると標準出力）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encoding; write --encoding auto, utf-8 or shift_jis.</source>
        <translation>&quot;%1&quot; は文字コードではありません。--encoding auto、utf-8、shift_jis のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Import JP1/AJS3 unit definitions (ajsprint format) into the primary region</source>
        <translation>JP1/AJS3 のユニット定義（ajsprint 形式）を現用環境にインポートします</translation>
    </message>
    <message>
        <source>the file&apos;s encoding (default: detected)</source>
        <translation>ファイルの文字コード（省略時は自動検出）</translation>
    </message>
    <message>
        <source>add and change the file&apos;s units, keep the others</source>
        <translation>ファイルのユニットを追加・変更し、それ以外のユニットは残す</translation>
    </message>
    <message>
        <source>replace everything below PATH by the file&apos;s units</source>
        <translation>PATH より下をすべてファイルのユニットで置き換える</translation>
    </message>
    <message>
        <source>Replace a region&apos;s host information by a jp1hosts2 file</source>
        <translation>環境のホスト情報を jp1hosts2 ファイルで置き換えます</translation>
    </message>
    <message>
        <source>Add or change a region&apos;s execution agents from CSV or ajsagtadd lines</source>
        <translation>CSV または ajsagtadd 行から環境の実行エージェントを追加・変更します</translation>
    </message>
    <message>
        <source>Write unit definitions in the ajsprint format</source>
        <translation>ユニット定義を ajsprint 形式で出力します</translation>
    </message>
    <message>
        <source>only this unit and what is below it</source>
        <translation>このユニットとその下位だけ</translation>
    </message>
    <message>
        <source>the region (default: primary)</source>
        <translation>対象の環境（省略時は現用環境）</translation>
    </message>
    <message>
        <source>default: utf-8</source>
        <translation>省略時：utf-8</translation>
    </message>
    <message>
        <source>Write a region&apos;s host information as a jp1hosts2 file</source>
        <translation>環境のホスト情報を jp1hosts2 ファイルとして出力します</translation>
    </message>
    <message>
        <source>Write a region&apos;s execution agents as CSV or ajsagtadd lines</source>
        <translation>環境の実行エージェントを CSV または ajsagtadd 行として出力します</translation>
    </message>
    <message>
        <source>default: csv</source>
        <translation>省略時：csv</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot; を読み込めません：%2。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot; に書き込めません：%2。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 to %2 (%n byte(s)).</source>
        <translation>
            <numerusform>%1を %2 に書き込みました（%n バイト）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give --merge or --replace PATH, not both.</source>
        <translation>--merge と --replace PATH は同時に指定できません。どちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>An import would be refused now: %1</source>
        <translation>現在はインポートが拒否されます：%1</translation>
    </message>
    <message>
        <source>the unit definitions</source>
        <translation>ユニット定義</translation>
    </message>
    <message>
        <source>the host information</source>
        <translation>ホスト情報</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agent file format; write --format csv or --format ajsagtadd.</source>
        <translation>&quot;%1&quot; はエージェントファイルの形式ではありません。--format csv または --format ajsagtadd を指定してください。</translation>
    </message>
    <message>
        <source>the execution agents</source>
        <translation>実行エージェント</translation>
    </message>
</context>
<context>
    <name>ListText</name>
    <message>
        <source>, </source>
        <comment>separator between the items of a list in running text</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 ほか %2 件</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>NativeStatement</name>
    <message>
        <source>the database connection is not available</source>
        <translation>データベース接続が使用できません</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました：%2</translation>
    </message>
</context>
<context>
    <name>OverdueJobnets</name>
    <message>
        <source>The choice for overdue jobnets is made by the customer.</source>
        <translation>遅延ジョブネットの扱いはお客様が選択します。</translation>
    </message>
    <message>
        <source>Overdue jobnets are chosen during the recovery work (steps 3 and 9), before suppression is released.</source>
        <translation>遅延ジョブネットの扱いは、抑止解除前の復旧作業中（ステップ3 および 9）に選択します。</translation>
    </message>
    <message>
        <source>That unit is not an overdue root jobnet.</source>
        <translation>そのユニットは遅延ルートジョブネットではありません。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Changing jobnet and job statuses</source>
        <translation>ジョブネットとジョブの状態変更</translation>
    </message>
    <message>
        <source>Changing execution agents and host information</source>
        <translation>実行エージェントとホスト情報の変更</translation>
    </message>
    <message>
        <source>Changing network connections</source>
        <translation>ネットワーク接続の変更</translation>
    </message>
    <message>
        <source>Changing the contract settings</source>
        <translation>契約設定の変更</translation>
    </message>
    <message>
        <source>Changing the maintenance date</source>
        <translation>メンテナンス日の変更</translation>
    </message>
    <message>
        <source>Suppressing or releasing job execution</source>
        <translation>ジョブ実行抑止と抑止解除</translation>
    </message>
    <message>
        <source>Importing unit definitions</source>
        <translation>ユニット定義のインポート</translation>
    </message>
    <message>
        <source>Controlling the simulation</source>
        <translation>シミュレーションの制御</translation>
    </message>
    <message>
        <source>Only the customer can do this.</source>
        <translation>この操作はお客様だけが実行できます。</translation>
    </message>
    <message>
        <source>Only the service provider can do this.</source>
        <translation>この操作はサービス提供者だけが実行できます。</translation>
    </message>
    <message>
        <source>Any operator can do this.</source>
        <translation>この操作はどのオペレーターでも実行できます。</translation>
    </message>
    <message>
        <source>%1 is done by the %2, and %3 is signed in as the %4.</source>
        <translation>%1は%2が実行する操作ですが、%3は%4としてサインインしています。</translation>
    </message>
    <message>
        <source>No operator is signed in: sign in with your name and role first.</source>
        <translation>オペレーターがサインインしていません。先に名前と役割でサインインしてください。</translation>
    </message>
    <message>
        <source>Generating a synthetic environment</source>
        <translation>合成環境の生成</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>The customer reaches the service over the internet only, but the DR environment accepts closed-network access only (Transit Gateway, Direct Connect or VPN). Set up a closed-network path first.</source>
        <translation>お客様はインターネット経由でのみサービスに接続していますが、災対環境は閉域網からのアクセス（Transit Gateway、Direct Connect、VPN）だけを受け付けます。先に閉域網の経路を設定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Execution agent &quot;%1&quot; is used by %n unit(s) but is not registered in the %2; those jobs would fail to start. Register it (or copy it from the other region).</source>
        <translation>
            <numerusform>実行エージェント &quot;%1&quot; は %n 件のユニットで使用されていますが、%2に登録されていません。これらのジョブは起動に失敗します。エージェントを登録してください（または他方の環境からコピーしてください）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Execution agent &quot;%1&quot; is set to %2 but %n unit(s) use it; their jobs will wait or fail to start.</source>
        <translation>
            <numerusform>実行エージェント &quot;%1&quot; のジョブ転送制限が%2に設定されていますが、%n 件のユニットがこのエージェントを使用しています。これらのジョブは待ち状態になるか、起動に失敗します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The execution host &quot;%1&quot; of agent &quot;%2&quot; is not in the host information of the %3. Add the host with its address in this region, or change the agent&apos;s host.</source>
        <translation>エージェント &quot;%2&quot; の実行ホスト &quot;%1&quot; が%3のホスト情報にありません。この環境にホストとそのアドレスを追加するか、エージェントのホストを変更してください。</translation>
    </message>
    <message numerus="yes">
        <source>The remote manager host &quot;%1&quot; of %n remote jobnet(s) is not in the host information of the %2. Add it.</source>
        <translation>
            <numerusform>%n 件のリモートジョブネットのリモートマネージャーホスト &quot;%1&quot; が%2のホスト情報にありません。追加してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) still have &quot;Unknown end status&quot;: check the real result on the agent, then set their status or rerun them.</source>
        <translation>
            <numerusform>%n 件のユニットが「終了状態不明」のままです。エージェントで実際の結果を確認してから、状態を変更するか再実行してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue jobnet(s) will start immediately when suppression is released. Choose &quot;skip&quot; for those that must not run late.</source>
        <translation>
            <numerusform>実行予定時刻を過ぎたジョブネットが %n 件あり、抑止解除と同時に起動されます。遅れて実行してはならないジョブネットには「スキップ」を選択してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data between the last sync point (%1) and the outage (%2) is lost: %3; %n unit(s) had changed in that span.</source>
        <translation>
            <numerusform>最後の同期ポイント（%1）から障害発生（%2）までのデータは失われます：%3。この期間に %n 件のユニットが変更されていました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 has no configured network connection to the customer network; jobs could not reach any agent. Configure the region&apos;s network connection first.</source>
        <translation>%1には、お客様ネットワークへのネットワーク接続が構成されていません。ジョブがどのエージェントにも到達できません。先にこの環境のネットワーク接続を構成してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>情報 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderAdmin</name>
    <message>
        <source>During a switchover, suppression follows the steps: the target starts suppressed and is released at step 5 or 11.</source>
        <translation>運用切り替え/切り戻し中は、ジョブ実行抑止はステップに従います。切り替え先は抑止中の状態で開始し、ステップ 5 または 11 で抑止解除されます。</translation>
    </message>
    <message>
        <source>The %1 manager is not running.</source>
        <translation>%1のマネージャーが起動していません。</translation>
    </message>
    <message>
        <source>Job execution is already suppressed in the %1.</source>
        <translation>%1では既にジョブ実行抑止中です。</translation>
    </message>
    <message>
        <source>Job execution is not suppressed in the %1.</source>
        <translation>%1ではジョブ実行は抑止されていません。</translation>
    </message>
    <message>
        <source>Release is refused until the customer reports recovery work complete (step %1).</source>
        <translation>お客様が復旧作業の完了を報告する（ステップ %1）まで、抑止解除はできません。</translation>
    </message>
    <message>
        <source>The customer name is empty. Enter the contracting customer.</source>
        <translation>お客様名が入力されていません。契約しているお客様を入力してください。</translation>
    </message>
    <message>
        <source>The maintenance date cannot be changed while operating in the DR environment; this feature is unavailable there. Change it after switching back to the primary environment.</source>
        <translation>災対環境で運用中はメンテナンス日を変更できません（この機能は災対環境では使用できません）。現用環境に切り戻した後に変更してください。</translation>
    </message>
    <message>
        <source>Enter a valid date (YYYY-MM-DD).</source>
        <translation>有効な日付（YYYY-MM-DD）を入力してください。</translation>
    </message>
</context>
<context>
    <name>RegionNames</name>
    <message>
        <source>Primary environment</source>
        <translation>現用環境</translation>
    </message>
    <message>
        <source>DR environment</source>
        <translation>災対環境</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>現用</translation>
    </message>
    <message>
        <source>DR</source>
        <translation>災対</translation>
    </message>
    <message>
        <source>AWS Tokyo</source>
        <translation>AWS 東京</translation>
    </message>
    <message>
        <source>AWS Osaka</source>
        <translation>AWS 大阪</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>エンタープライズ</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>スタンダード</translation>
    </message>
</context>
<context>
    <name>RegionRepository</name>
    <message>
        <source>The database has no row for the %1 region; it is damaged.</source>
        <translation>データベースに%1環境の行がありません。データベースが破損しています。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>&quot;%1&quot; is not a report format; write html or pdf.</source>
        <translation>&quot;%1&quot; はレポートの形式ではありません。html または pdf を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run number.</source>
        <translation>&quot;%1&quot; は実行番号ではありません。</translation>
    </message>
    <message>
        <source>drreport, which prints PDF reports, was not found next to drctl. Reinstall DR Console, or export HTML instead (--format html).</source>
        <translation>PDF レポートを出力する drreport が drctl と同じ場所に見つかりません。DR Console を再インストールするか、代わりに HTML でエクスポートしてください（--format html）。</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>レポートを %1 に書き込みました。</translation>
    </message>
    <message>
        <source>--output is empty; give the file to write the report to.</source>
        <translation>--output が空です。レポートを書き込むファイルを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give --output a file name in it, for example &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; はフォルダーです。--output にはその中のファイル名を指定してください（例: &quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>Cannot write the report to &quot;%1&quot;: the folder &quot;%2&quot; does not exist. Create it first, or give --output a file in an existing folder.</source>
        <translation>レポートを &quot;%1&quot; に書き込めません。フォルダー &quot;%2&quot; が存在しません。先にフォルダーを作成するか、--output に既存のフォルダー内のファイルを指定してください。</translation>
    </message>
    <message>
        <source>Cannot write the report to &quot;%1&quot;: &quot;%2&quot; is not a folder. Give --output a file in an existing folder.</source>
        <translation>レポートを &quot;%1&quot; に書き込めません。&quot;%2&quot; はフォルダーではありません。--output に既存のフォルダー内のファイルを指定してください。</translation>
    </message>
    <message>
        <source>Cannot write the report to &quot;%1&quot;: you may not write there. Choose another --output path, or get write permission for &quot;%2&quot;.</source>
        <translation>レポートを &quot;%1&quot; に書き込めません。書き込み権限がありません。--output に別のパスを指定するか、&quot;%2&quot; への書き込み権限を取得してください。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot; に書き込めません: %2。</translation>
    </message>
    <message>
        <source>No temporary folder for printing the PDF: %1. Check the space and permissions of the temporary folder (TMPDIR).</source>
        <translation>PDF の印刷に使う一時フォルダーを作成できません: %1。一時フォルダー（TMPDIR）の空き容量と権限を確認してください。</translation>
    </message>
    <message>
        <source>Printing the PDF took more than two minutes and was stopped.</source>
        <translation>PDF の印刷が 2 分を超えたため中止しました。</translation>
    </message>
    <message>
        <source>Printing the PDF failed (drreport stopped with exit code %1).</source>
        <translation>PDF の印刷に失敗しました（drreport が終了コード %1 で終了しました）。</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export switchover report</source>
        <translation>切り替えレポートのエクスポート</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>レポートを %1 に保存しました。</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML ページ (*.html)</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>The PDF could not be written to &quot;%1&quot;. Check that the folder exists and is writable.</source>
        <translation>PDF を &quot;%1&quot; に書き込めませんでした。フォルダーが存在し、書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <source>The report could not be written to &quot;%1&quot;: %2</source>
        <translation>レポートを &quot;%1&quot; に書き込めませんでした：%2</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>サービス提供者</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>シミュレーター</translation>
    </message>
    <message>
        <source>Operator &quot;%1&quot; is not valid: write customer:NAME or provider:NAME (a name of 1 to 64 characters).</source>
        <translation>オペレーター &quot;%1&quot; は無効です。customer:NAME または provider:NAME の形式で指定してください（NAME は 1～64 文字）。</translation>
    </message>
</context>
<context>
    <name>RunFigures</name>
    <message>
        <source>Rule applied</source>
        <translation>適用されたルール</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>ユニット数</translation>
    </message>
    <message>
        <source>The manager runs with job execution suppressed: no job starts until release.</source>
        <translation>マネージャーはジョブ実行抑止の状態で動作しています。抑止解除までジョブは開始されません。</translation>
    </message>
    <message>
        <source>Data-loss window (RPO)</source>
        <translation>データ損失期間（RPO）</translation>
    </message>
    <message>
        <source>Sync point used</source>
        <translation>使用した同期ポイント</translation>
    </message>
    <message>
        <source>Units changed after the sync point</source>
        <translation>同期ポイント以降に変更されたユニット数</translation>
    </message>
    <message>
        <source>Failover time, step 1 to step 6 (RTO)</source>
        <translation>運用切り替え時間（ステップ1～ステップ6、RTO）</translation>
    </message>
    <message>
        <source>Failover time so far (step 1 to now)</source>
        <translation>現在までの運用切り替え時間（ステップ1～現在）</translation>
    </message>
    <message>
        <source>Failback time, step 7 to step 12</source>
        <translation>運用切り戻し時間（ステップ7～ステップ12）</translation>
    </message>
    <message>
        <source>Failback time so far (step 7 to now)</source>
        <translation>現在までの運用切り戻し時間（ステップ7～現在）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>At (JST)</source>
        <translation>日時（JST）</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>所要時間</translation>
    </message>
    <message numerus="yes">
        <source>%n root jobnet(s) are overdue now.</source>
        <translation>
            <numerusform>現在、実行予定時刻を過ぎたルートジョブネット：%n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were overdue at the disaster-recovery start.</source>
        <translation>
            <numerusform>ディザスターリカバリースタート時点では %n 件でした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Upgrading the database to schema version %1 (%2) failed: %3</source>
        <translation>データベースをスキーマバージョン %1（%2）にアップグレードできませんでした：%3</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>&quot;%1&quot; is not a region; write primary or dr.</source>
        <translation>&quot;%1&quot; はリージョンではありません。primary または dr を指定してください。</translation>
    </message>
    <message>
        <source>Say which region with --%1 primary or --%1 dr.</source>
        <translation>--%1 primary または --%1 dr でリージョンを指定してください。</translation>
    </message>
    <message>
        <source>Option --%1 is required for this command.</source>
        <translation>このコマンドには --%1 オプションが必要です。</translation>
    </message>
    <message>
        <source>There is no unit &quot;%1&quot; in the %2. Give the full path, e.g. /group/jobnet/job (see drctl units list).</source>
        <translation>%2にユニット &quot;%1&quot; はありません。フルパスで指定してください（例：/group/jobnet/job。drctl units list を参照）。</translation>
    </message>
    <message>
        <source>Option --%1 is empty; give it a value.</source>
        <translation>オプション --%1 の値が空です。値を指定してください。</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>the DR environment is the active region; synchronisation runs from the primary environment only</source>
        <translation>災対環境で運用中です（同期は現用環境からのみ実行されます）</translation>
    </message>
    <message>
        <source>the primary environment is unavailable (regional outage)</source>
        <translation>現用環境が利用できません（リージョン障害）</translation>
    </message>
    <message>
        <source>the DR environment is unavailable (regional outage)</source>
        <translation>災対環境が利用できません（リージョン障害）</translation>
    </message>
    <message>
        <source>the primary manager is stopped</source>
        <translation>現用環境のマネージャーが停止しています</translation>
    </message>
    <message>
        <source>The simulated clock cannot go back (it is %1; %2 is earlier).</source>
        <translation>シミュレーション時計を戻すことはできません（現在は %1 で、%2 はそれより前です）。</translation>
    </message>
    <message>
        <source>Cannot synchronise now: %1.</source>
        <translation>現在は同期できません：%1。</translation>
    </message>
    <message>
        <source>The %1 is already unavailable (since %2).</source>
        <translation>%1は既に利用できません（%2から）。</translation>
    </message>
    <message>
        <source>The %1 is available; there is nothing to restore.</source>
        <translation>%1は利用可能です。復旧するものはありません。</translation>
    </message>
    <message>
        <source>The simulated clock moves at most %1 days at a time (it is %2; %3 is further). Move it in several steps.</source>
        <translation>シミュレーション時刻は一度に最大 %1 日しか進められません（現在 %2、指定 %3）。何回かに分けて進めてください。</translation>
    </message>
</context>
<context>
    <name>SimulationCommands</name>
    <message>
        <source>Run the simulation forward (90s, 15m, 2h, 1d, 1h30m)</source>
        <translation>シミュレーションを進めます（90s、15m、2h、1d、1h30m）</translation>
    </message>
    <message>
        <source>Run the simulation forward to a time (Z or an offset; without one, Japan time)</source>
        <translation>シミュレーションを指定時刻まで進めます（Z またはオフセットを指定。省略時は日本時間）</translation>
    </message>
    <message>
        <source>Synchronise the primary to the DR environment now</source>
        <translation>現用環境を今すぐ災対環境に同期します</translation>
    </message>
    <message>
        <source>Make a region unavailable (regional outage)</source>
        <translation>リージョンを利用不可にします（リージョン障害）</translation>
    </message>
    <message>
        <source>Make a region available again</source>
        <translation>リージョンを再び利用可能にします</translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation>時計：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration; write e.g. 90s, 15m, 2h, 1d or 1h30m.</source>
        <translation>&quot;%1&quot; は期間ではありません。90s、15m、2h、1d、1h30m のように指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 time; write e.g. 2026-11-25T01:30:00Z or 2026-11-25T10:30:00+09:00.</source>
        <translation>&quot;%1&quot; は ISO-8601 形式の時刻ではありません。2026-11-25T01:30:00Z や 2026-11-25T10:30:00+09:00 のように指定してください。</translation>
    </message>
    <message>
        <source>Sync point %1: %2</source>
        <translation>同期ポイント %1：%2</translation>
    </message>
    <message>
        <source>The %1 is unavailable since %2.</source>
        <translation>%1は %2 から利用できません。</translation>
    </message>
    <message numerus="yes">
        <source>Last sync point: %1; %n unit(s) changed after it (their changes are lost).</source>
        <translation>
            <numerusform>最終同期ポイント：%1。それ以降に変更された %n 個のユニットの変更は失われます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is available again; its manager is %2.</source>
        <translation>%1は再び利用可能になりました。マネージャーは%2です。</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The database refused &quot;%1&quot;: %2</source>
        <translation>データベースが &quot;%1&quot; を拒否しました：%2</translation>
    </message>
</context>
<context>
    <name>StartModeRules</name>
    <message>
        <source>Ended units keep their status (abnormal ones need review)</source>
        <translation>終了したユニットは状態を維持します（異常のユニットは要確認）</translation>
    </message>
    <message>
        <source>Waiting units keep their status; nothing starts until release</source>
        <translation>待ち状態のユニットは状態を維持します。抑止解除まで何も開始されません</translation>
    </message>
    <message>
        <source>Queued jobs go back to &quot;Wait for prev. to end&quot; and are resubmitted after release</source>
        <translation>キューイング中のジョブは「先行終了待ち」に戻り、抑止解除後に再投入されます</translation>
    </message>
    <message>
        <source>Queued jobs after an abnormal predecessor end as &quot;Not executed + Ended&quot;</source>
        <translation>異常終了した先行ユニットの後続でキューイング中のジョブは「未実行終了」になります</translation>
    </message>
    <message>
        <source>Jobs that were running become &quot;Unknown end status&quot; and need review</source>
        <translation>実行中だったジョブは「終了状態不明」になり、要確認となります</translation>
    </message>
    <message>
        <source>Event jobs that were monitoring become &quot;Unknown end status&quot; and need review</source>
        <translation>監視中だったイベントジョブは「終了状態不明」になり、要確認となります</translation>
    </message>
    <message>
        <source>Running jobs keep running</source>
        <translation>実行中のジョブは実行を継続します</translation>
    </message>
    <message>
        <source>Running jobs are killed</source>
        <translation>実行中のジョブは強制終了されます</translation>
    </message>
    <message>
        <source>Queued jobs fail to start</source>
        <translation>キューイング中のジョブは「起動失敗」になります</translation>
    </message>
    <message>
        <source>Every generation is dropped; units become &quot;Not registered&quot;</source>
        <translation>すべての世代が削除され、ユニットは「未登録」になります</translation>
    </message>
    <message>
        <source>Jobnet statuses are recomputed from their children</source>
        <translation>ジョブネットの状態は下位ユニットの状態から再計算されます</translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <source>Loading unit definitions</source>
        <translation>ユニット定義を読み込んでいます</translation>
    </message>
    <message>
        <source>Loading unit statuses</source>
        <translation>ユニットの状態を読み込んでいます</translation>
    </message>
    <message>
        <source>The database was changed by another program (another console or drctl) after this console read it, so nothing was done. The console now shows the database as it is: check it and repeat the action.</source>
        <translation>このコンソールが読み込んだ後に、別のプログラム（別のコンソールまたは drctl）がデータベースを変更したため、何も実行しませんでした。コンソールには現在のデータベースの内容を表示しています。内容を確認してから、操作をやり直してください。</translation>
    </message>
</context>
<context>
    <name>StatusCommands</name>
    <message>
        <source>Show both regions, the clock, the last sync point and the switchover</source>
        <translation>両リージョン、時計、最終同期ポイント、および切り替えの状況を表示します</translation>
    </message>
    <message>
        <source>Show the simulated clock</source>
        <translation>シミュレーション時計を表示します</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>お客様：%1</translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation>時計：%1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ロケーション</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>運用</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>マネージャー</translation>
    </message>
    <message>
        <source>Job execution</source>
        <translation>ジョブ実行</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>利用可否</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>サービスレベル</translation>
    </message>
    <message>
        <source>Last sync point</source>
        <translation>最終同期ポイント</translation>
    </message>
    <message>
        <source>Sync lag</source>
        <translation>同期遅延</translation>
    </message>
    <message>
        <source>Switchover: run %1, %2, %3 mode.</source>
        <translation>切り替え：実行 %1、%2、%3モード。</translation>
    </message>
    <message>
        <source>Switchover: none in progress.</source>
        <translation>切り替え：実行中の切り替えはありません。</translation>
    </message>
    <message>
        <source>Synchronisation paused: %1.</source>
        <translation>同期は一時停止しています：%1。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース：%1</translation>
    </message>
    <message>
        <source>The failover is complete; no failback has been requested yet.</source>
        <translation>運用切り替えは完了しています。運用切り戻しはまだ要求されていません。</translation>
    </message>
</context>
<context>
    <name>StepTexts</name>
    <message>
        <source>Ask the service desk to switch operation to the DR environment (AWS Osaka). Choose disaster when the primary environment is unavailable, or drill for training and verification, and say why.</source>
        <translation>運用を災対環境（AWS 大阪）に切り替えるよう、サービス窓口に依頼してください。現用環境が利用できない場合は「災害」を、訓練や検証の場合は「運用訓練」を選択し、理由を記入してください。</translation>
    </message>
    <message>
        <source>Start the DR manager from the last synchronised data in disaster-recovery start mode, with job execution suppressed. The primary manager stops and the DR environment becomes the active one.</source>
        <translation>最後に同期したデータから、災対環境のマネージャーをジョブ実行抑止の状態でディザスターリカバリースタートで起動します。現用環境のマネージャーは停止し、災対環境が運用中の環境になります。</translation>
    </message>
    <message>
        <source>Point the execution agents and host information of this region at its own machines (agents pre-registered here are already in place), review every unit the start marked, and decide for each overdue jobnet whether it runs after release or is skipped. Nothing runs while suppressed.</source>
        <translation>このリージョンの実行エージェントとホスト情報を、このリージョンのマシンを指すように変更し（このリージョンに事前登録済みのエージェントはそのまま使用できます）、起動時に要確認とされたすべてのユニットを確認して、遅延ジョブネットごとに抑止解除後に実行するかスキップするかを決めてください。抑止中は何も実行されません。</translation>
    </message>
    <message>
        <source>Report the recovery work complete. The pre-flight check runs first: errors must be fixed, warnings must be acknowledged.</source>
        <translation>復旧作業の完了を報告してください。最初に事前チェックが実行されます。エラーは修正し、警告は了承する必要があります。</translation>
    </message>
    <message>
        <source>Release job execution suppression. Jobs that are due start at once.</source>
        <translation>ジョブ実行抑止を解除してください。実行時刻を迎えているジョブはすぐに開始されます。</translation>
    </message>
    <message>
        <source>Confirm that operation continues in the DR environment. The failover&apos;s figures are recorded for the report.</source>
        <translation>災対環境で運用が継続していることを確認してください。運用切り替えの実績値はレポート用に記録されます。</translation>
    </message>
    <message>
        <source>When the primary environment is rebuilt (or the drill is over), ask the service desk to switch operation back to the primary environment.</source>
        <translation>現用環境が再構築されたら（または運用訓練が終了したら）、運用を現用環境に切り戻すよう、サービス窓口に依頼してください。</translation>
    </message>
    <message>
        <source>Start the primary manager in disaster-recovery start mode, suppressed. In disaster mode the DR environment&apos;s data is copied back first; in a drill the primary restarts from its own data as of the drill&apos;s start.</source>
        <translation>現用環境のマネージャーを、ジョブ実行抑止の状態でディザスターリカバリースタートで起動します。災害モードでは、先に災対環境のデータが現用環境にコピーされます。運用訓練では、現用環境は運用訓練開始時点の自身のデータから再開します。</translation>
    </message>
    <message>
        <source>Confirm that operation continues in the primary environment. The switchover is then complete and synchronisation to the DR environment resumes.</source>
        <translation>現用環境で運用が継続していることを確認してください。これで切り替えが完了し、災対環境への同期が再開されます。</translation>
    </message>
    <message>
        <source>The service provider starts the DR manager (suppressed) and confirms the switch.</source>
        <translation>サービス提供者が災対環境のマネージャーを起動し（ジョブ実行抑止中）、切り替えを確認します。</translation>
    </message>
    <message>
        <source>The service provider releases job execution suppression.</source>
        <translation>サービス提供者がジョブ実行抑止を解除します。</translation>
    </message>
    <message>
        <source>The service provider starts the primary manager (suppressed) and confirms the switch back.</source>
        <translation>サービス提供者が現用環境のマネージャーを起動し（ジョブ実行抑止中）、切り戻しを確認します。</translation>
    </message>
    <message>
        <source>The customer completes this step.</source>
        <translation>このステップはお客様が完了します。</translation>
    </message>
</context>
<context>
    <name>SwitchCommands</name>
    <message>
        <source>a note recorded with the step</source>
        <translation>ステップとともに記録するメモ</translation>
    </message>
    <message>
        <source>the region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Request a switch: step 1 (failover) or step 7 (failback)</source>
        <translation>切り替えを依頼します：ステップ1（運用切り替え）またはステップ7（運用切り戻し）</translation>
    </message>
    <message>
        <source>disaster: the source is unavailable; drill: training or verification</source>
        <translation>disaster：切り替え元が利用できない場合、drill：訓練または検証の場合</translation>
    </message>
    <message>
        <source>Complete step 2-6 or 8-12 of the switchover</source>
        <translation>切り替えのステップ2～6 または 8～12 を完了します</translation>
    </message>
    <message>
        <source>acknowledge the pre-flight warnings (steps 4 and 10)</source>
        <translation>事前チェックの警告を了承します（ステップ4 および 10）</translation>
    </message>
    <message>
        <source>steps 3 and 9: run every overdue jobnet after release, or skip it</source>
        <translation>ステップ3 および 9：すべての遅延ジョブネットを抑止解除後に実行するか、スキップします</translation>
    </message>
    <message>
        <source>Show every step of the current (or last) switchover</source>
        <translation>現在の（または前回の）切り替えの全ステップを表示します</translation>
    </message>
    <message>
        <source>Write the report of a switchover (timeline, RTO/RPO, pre-flight, audit)</source>
        <translation>切り替えのレポートを出力します（タイムライン、RTO/RPO、事前チェック、監査）</translation>
    </message>
    <message>
        <source>the file format</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <source>where to write it</source>
        <translation>出力先</translation>
    </message>
    <message>
        <source>the run to report (default: the current or most recent one)</source>
        <translation>レポートする実行（省略時：現在または直近の実行）</translation>
    </message>
    <message>
        <source>Run the pre-flight check (exit 3 when it finds errors)</source>
        <translation>事前チェックを実行します（エラーを検出した場合は終了コード 3）</translation>
    </message>
    <message>
        <source>the region to check (default: the one a switch would activate)</source>
        <translation>チェックするリージョン（省略時：切り替えで運用中になるリージョン）</translation>
    </message>
    <message>
        <source>Suppress job execution in a region (provider)</source>
        <translation>リージョンのジョブ実行を抑止します（サービス提供者）</translation>
    </message>
    <message>
        <source>Release job execution suppression in a region (provider)</source>
        <translation>リージョンのジョブ実行抑止を解除します（サービス提供者）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a switch; write failover or failback.</source>
        <translation>&quot;%1&quot; は切り替えの種類ではありません。failover または failback を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mode; write disaster or drill.</source>
        <translation>&quot;%1&quot; はモードではありません。disaster または drill を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step number; the steps are numbered 1 to 12.</source>
        <translation>&quot;%1&quot; はステップ番号ではありません。ステップの番号は 1～12 です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a choice for overdue jobnets; write run or skip.</source>
        <translation>&quot;%1&quot; は遅延ジョブネットの選択肢ではありません。run または skip を指定してください。</translation>
    </message>
    <message>
        <source>Completed %1 as %2 (%3) at %4.</source>
        <translation>%1を完了しました（実施者：%2（%3）、日時：%4）。</translation>
    </message>
    <message>
        <source>Not carried over by the switch (the target&apos;s copies start empty):</source>
        <translation>切り替えで引き継がれないもの（切り替え先のコピーは空の状態から始まります）：</translation>
    </message>
    <message>
        <source>Warning: this is a drill. Nothing updated in the DR environment during the drill is carried back: executions, status changes and agent or host changes made there are lost, and the primary restarts from its own data as of the drill&apos;s start.</source>
        <translation>警告：これは運用訓練です。運用訓練中に災対環境で更新した内容は引き継がれません。災対環境で行った実行、状態変更、およびエージェントやホストの変更は失われ、現用環境は運用訓練開始時点の自身のデータから再開します。</translation>
    </message>
    <message>
        <source>The %1 manager started in disaster-recovery start, job execution suppressed.</source>
        <translation>%1のマネージャーをディザスターリカバリースタートで起動しました（ジョブ実行抑止中）。</translation>
    </message>
    <message>
        <source>Drill: the DR environment&apos;s changes were discarded (%1).</source>
        <translation>運用訓練：災対環境での変更は破棄されました（%1）。</translation>
    </message>
    <message>
        <source>The DR environment&apos;s data was copied back to the primary first.</source>
        <translation>先に災対環境のデータを現用環境にコピーしました。</translation>
    </message>
    <message>
        <source>Units needing review: %1; overdue root jobnets: %2.</source>
        <translation>要確認のユニット：%1、遅延ルートジョブネット：%2。</translation>
    </message>
    <message>
        <source>Overdue root jobnets: %1 run after release, %2 skipped.</source>
        <translation>遅延ルートジョブネット：抑止解除後に実行 %1 件、スキップ %2 件。</translation>
    </message>
    <message>
        <source>Pre-flight warnings acknowledged.</source>
        <translation>事前チェックの警告を了承しました。</translation>
    </message>
    <message numerus="yes">
        <source>Job execution released; %n unit(s) started.</source>
        <translation>
            <numerusform>ジョブ実行抑止を解除しました。%n 個のユニットが開始されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery time (steps 1-6): %1</source>
        <translation>復旧時間（ステップ1～6）：%1</translation>
    </message>
    <message>
        <source>Switch-back time (steps 7-12): %1</source>
        <translation>切り戻し時間（ステップ7～12）：%1</translation>
    </message>
    <message>
        <source>No switchover has been requested yet.</source>
        <translation>切り替えはまだ依頼されていません。</translation>
    </message>
    <message>
        <source>Run %1 (%2 mode), started %3%4</source>
        <translation>実行 %1（%2モード）、開始：%3%4</translation>
    </message>
    <message>
        <source>, completed %1</source>
        <translation>、完了：%1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>At</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未完了</translation>
    </message>
    <message numerus="yes">
        <source>The pre-flight check of the %1 found %n error(s).</source>
        <translation>
            <numerusform>%1の事前チェックで %n 件のエラーが見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Job execution is suppressed in the %1.</source>
        <translation>%1のジョブ実行を抑止しました。</translation>
    </message>
    <message>
        <source>Job execution suppression is released in the %1.</source>
        <translation>%1のジョブ実行抑止を解除しました。</translation>
    </message>
    <message>
        <source>Not carried back to the primary environment:</source>
        <translation>現用環境に戻らないもの：</translation>
    </message>
    <message numerus="yes">
        <source>Data from the sync point %1; %2 lost (%n unit(s) changed after it).</source>
        <translation>
            <numerusform>同期ポイント %1 のデータから起動しました。データ損失期間：%2（同期ポイント以降に変更されたユニット：%n 個）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-flight check of the %1: %2, %3, %4.</source>
        <comment>errors, warnings, notes</comment>
        <translation>%1の事前チェック：%2、%3、%4。</translation>
    </message>
</context>
<context>
    <name>SwitchoverNames</name>
    <message>
        <source>Request the switch to the DR environment</source>
        <translation>災対環境への切り替えを依頼</translation>
    </message>
    <message>
        <source>Switch completed (DR manager started, suppressed)</source>
        <translation>切り替え完了（災対環境のマネージャー起動、抑止中）</translation>
    </message>
    <message>
        <source>Customer recovery work (agents, host information, jobnet statuses)</source>
        <translation>お客様の復旧作業（エージェント、ホスト情報、ジョブネットの状態）</translation>
    </message>
    <message>
        <source>Report recovery work completed</source>
        <translation>復旧作業の完了を報告</translation>
    </message>
    <message>
        <source>Release job execution suppression</source>
        <translation>ジョブ実行抑止を解除</translation>
    </message>
    <message>
        <source>Start using the DR environment</source>
        <translation>災対環境の利用を開始</translation>
    </message>
    <message>
        <source>Request the switch back to the primary environment</source>
        <translation>現用環境への切り戻しを依頼</translation>
    </message>
    <message>
        <source>Switch-back completed (primary manager started, suppressed)</source>
        <translation>切り戻し完了（現用環境のマネージャー起動、抑止中）</translation>
    </message>
    <message>
        <source>Start using the primary environment</source>
        <translation>現用環境の利用を開始</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>運用切り替え</translation>
    </message>
    <message>
        <source>Failback</source>
        <translation>運用切り戻し</translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation>災害</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>運用訓練</translation>
    </message>
    <message>
        <source>Logs downloadable from the service portal</source>
        <translation>サービスポータルからダウンロードできるログ</translation>
    </message>
    <message>
        <source>Metrics (usage information)</source>
        <translation>メトリクス（使用状況）</translation>
    </message>
    <message>
        <source>Route information</source>
        <translation>ルート情報</translation>
    </message>
    <message>
        <source>Maintenance information</source>
        <translation>メンテナンス情報</translation>
    </message>
</context>
<context>
    <name>SwitchoverReport</name>
    <message>
        <source>There is no switchover to report yet; a report covers a run that has at least started (step 1).</source>
        <translation>レポートする切り替えはまだありません。レポートの対象は、少なくとも開始済み（ステップ1）の実行です。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Units changed</source>
        <translation>変更されたユニット数</translation>
    </message>
    <message>
        <source>No status had to change.</source>
        <translation>変更が必要な状態はありませんでした。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出内容</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>The warnings were acknowledged by the customer.</source>
        <translation>警告はお客様によって了承されました。</translation>
    </message>
    <message>
        <source>No warning needed acknowledgement.</source>
        <translation>了承が必要な警告はありませんでした。</translation>
    </message>
    <message>
        <source>There is no switchover run %1.</source>
        <translation>切り替えの実行 %1 はありません。</translation>
    </message>
    <message>
        <source>Switchover report - run %1</source>
        <translation>切り替えレポート - 実行 %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>お客様：%1</translation>
    </message>
    <message>
        <source>Mode: %1; started %2; %3</source>
        <translation>モード：%1、開始：%2、%3</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>完了：%1</translation>
    </message>
    <message>
        <source>in progress (next step %1)</source>
        <translation>実行中（次のステップ：%1）</translation>
    </message>
    <message>
        <source>Report generated at %1 (simulated clock).</source>
        <translation>レポート作成日時：%1（シミュレーション時計）。</translation>
    </message>
    <message>
        <source>Recovery figures</source>
        <translation>復旧の実績値</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Data-loss window (RPO)</source>
        <translation>データ損失期間（RPO）</translation>
    </message>
    <message>
        <source>Sync point used</source>
        <translation>使用した同期ポイント</translation>
    </message>
    <message>
        <source>Outage or switch time</source>
        <translation>障害または切り替えの時刻</translation>
    </message>
    <message>
        <source>Units changed after the sync point</source>
        <translation>同期ポイント以降に変更されたユニット数</translation>
    </message>
    <message>
        <source>Failover time, step 1 to step 6 (RTO)</source>
        <translation>運用切り替え時間（ステップ1～ステップ6、RTO）</translation>
    </message>
    <message>
        <source>Failback time, step 7 to step 12</source>
        <translation>運用切り戻し時間（ステップ7～ステップ12）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>At (JST)</source>
        <translation>日時（JST）</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Disaster-recovery start at step %1 (%2 → %3)</source>
        <translation>ステップ%1でのディザスターリカバリースタート（%2 → %3）</translation>
    </message>
    <message>
        <source>Pre-flight check at step %1</source>
        <translation>ステップ%1での事前チェック</translation>
    </message>
    <message>
        <source>Audit entries of this run</source>
        <translation>この実行の監査ログ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time (JST)</source>
        <translation>日時（JST）</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>No unit needs review.</source>
        <translation>要確認のユニットはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) need review:</source>
        <translation>
            <numerusform>要確認のユニット：%n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 became &quot;Unknown end status&quot; at this start (they were running or monitoring when the copy was taken); %2 had already ended abnormally before the sync point.</source>
        <translation>%1 件はこの起動で「終了状態不明」になりました（コピーの時点で実行中または監視中でした）。%2 件は同期ポイントより前にすでに異常終了していました。</translation>
    </message>
    <message>
        <source>Overdue root jobnets: %1; the manager started suppressed.</source>
        <translation>実行予定時刻を過ぎたルートジョブネット：%1 件。マネージャーはジョブ実行抑止の状態で起動しました。</translation>
    </message>
    <message>
        <source>The DR environment&apos;s data as of %1 was copied back to the primary before it started; nothing done in the DR environment was lost.</source>
        <translation>現用環境の起動前に、%1 時点の災対環境のデータを現用環境へコピーしました。災対環境で行った操作は失われていません。</translation>
    </message>
    <message>
        <source>Drill: the primary restarted from its own data as of the drill&apos;s start (%1). Nothing updated in the DR environment in the %2 since then was carried back.</source>
        <translation>運用訓練：現用環境は訓練開始時点（%1）の自身のデータから再起動しました。それ以降の %2 の間に災対環境で更新された内容は戻っていません。</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>記録はありません。</translation>
    </message>
    <message>
        <source>#</source>
        <comment>column of step numbers</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>%1 became &quot;Unknown end status&quot; at this start (they were running or monitoring when the DR environment&apos;s data was copied back); %2 had already ended abnormally in the DR environment before its data was copied back.</source>
        <translation>%1 件はこの起動で「終了状態不明」になりました（災対環境のデータを現用環境へコピーした時点で実行中または監視中でした）。%2 件はそのコピーより前に災対環境ですでに異常終了していました。</translation>
    </message>
    <message>
        <source>%1 became &quot;Unknown end status&quot; at this start (they were running or monitoring when the primary stopped at the drill&apos;s start); %2 had already ended abnormally before the drill started.</source>
        <translation>%1 件はこの起動で「終了状態不明」になりました（訓練開始時に現用環境が停止した時点で実行中または監視中でした）。%2 件は訓練開始より前にすでに異常終了していました。</translation>
    </message>
    <message numerus="yes">
        <source>Step %1: suppression released; %n unit(s) started or settled at once.</source>
        <translation>
            <numerusform>ステップ%1：抑止を解除しました。%n 個のユニットがすぐに開始されたか、状態が確定しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwitchoverService</name>
    <message>
        <source>There is no step %1; the steps are numbered 1 to 12.</source>
        <translation>ステップ%1はありません。ステップの番号は 1～12 です。</translation>
    </message>
    <message>
        <source>A switchover is already in progress (run %1, next step %2); only one switchover can run at a time.</source>
        <translation>切り替えは既に実行中です（実行 %1、次のステップ：%2）。同時に実行できる切り替えは1つだけです。</translation>
    </message>
    <message>
        <source>A failback needs a completed failover (step 6 done), and no switchover is in progress.</source>
        <translation>運用切り戻しには完了済みの運用切り替え（ステップ6完了）が必要ですが、実行中の切り替えはありません。</translation>
    </message>
    <message>
        <source>No switchover is in progress; a switchover starts with step 1.</source>
        <translation>実行中の切り替えはありません。切り替えはステップ1から始まります。</translation>
    </message>
    <message>
        <source>A failback needs a completed failover (step 6 done); the next step is %1.</source>
        <translation>運用切り戻しには完了済みの運用切り替え（ステップ6完了）が必要です。次のステップは%1です。</translation>
    </message>
    <message>
        <source>Step %1 cannot be completed now: steps complete in order and the next step is %2.</source>
        <translation>ステップ%1は現在完了できません。ステップは順番に完了する必要があり、次のステップは%2です。</translation>
    </message>
    <message>
        <source>Step %1 must be completed by the provider.</source>
        <translation>ステップ%1はサービス提供者が完了する必要があります。</translation>
    </message>
    <message>
        <source>Step %1 must be completed by the customer.</source>
        <translation>ステップ%1はお客様が完了する必要があります。</translation>
    </message>
    <message>
        <source>The switch cannot be requested: job management and system management share one authentication server (JP1 user authentication is linked to system management). The disaster recovery option cannot be used in that configuration, because the DR environment has no system management to authenticate against. Ask the service desk to separate the authentication first.</source>
        <translation>切り替えを依頼できません。ジョブ管理とシステム管理が1つの認証サーバーを共有しています（JP1ユーザーの認証でシステム管理認証連携を使用しています）。災対環境には認証先となるシステム管理がないため、この構成ではディザスターリカバリーオプションを使用できません。先に認証の分離をサービス窓口に依頼してください。</translation>
    </message>
    <message>
        <source>Disaster mode is for a primary environment that is unavailable, and the primary environment is available. Choose drill mode for training or verification, or record the regional outage first.</source>
        <translation>災害モードは現用環境が利用できない場合に使用しますが、現用環境は利用可能です。訓練や検証の場合は運用訓練モードを選択するか、先にリージョン障害を記録してください。</translation>
    </message>
    <message>
        <source>The primary environment is unavailable: this is a disaster, not a drill. Choose disaster mode.</source>
        <translation>現用環境が利用できません。これは運用訓練ではなく災害です。災害モードを選択してください。</translation>
    </message>
    <message>
        <source>The DR environment is unavailable; it cannot take over operation.</source>
        <translation>災対環境が利用できないため、運用を引き継げません。</translation>
    </message>
    <message>
        <source>This switchover runs in %1 mode; the failback must use the same mode.</source>
        <translation>この切り替えは%1モードで実行されています。運用切り戻しでも同じモードを使用する必要があります。</translation>
    </message>
    <message>
        <source>The primary environment is still unavailable. Restore it before requesting the switch back.</source>
        <translation>現用環境はまだ利用できません。切り戻しを依頼する前に復旧してください。</translation>
    </message>
    <message>
        <source>Step %1 is a request: start it with &quot;switch start %2&quot;.</source>
        <translation>ステップ%1は依頼です。&quot;switch start %2&quot; で開始してください。</translation>
    </message>
    <message>
        <source>The %1 is unavailable; it cannot be started. Restore it first.</source>
        <translation>%1が利用できないため、起動できません。先に復旧してください。</translation>
    </message>
    <message>
        <source>The DR environment has no synchronised copy yet (no sync point); there is nothing to start it from.</source>
        <translation>災対環境にはまだ同期済みのコピーがありません（同期ポイントなし）。起動元となるデータがありません。</translation>
    </message>
    <message>
        <source>The DR environment is unavailable, so its data cannot be copied back. Restore it first.</source>
        <translation>災対環境が利用できないため、そのデータを現用環境にコピーして戻すことができません。先に復旧してください。</translation>
    </message>
    <message>
        <source>Executions, status changes and agent changes made in the DR environment during the drill</source>
        <translation>運用訓練中に災対環境で行った実行、状態変更、およびエージェントの変更</translation>
    </message>
    <message numerus="yes">
        <source>Recovery work cannot be reported complete: the pre-flight check found %n error(s):</source>
        <translation>
            <numerusform>復旧作業の完了を報告できません。事前チェックで %n 件のエラーが見つかりました：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pre-flight check found %n warning(s); acknowledge them to report the recovery work complete:</source>
        <translation>
            <numerusform>事前チェックで %n 件の警告が見つかりました。復旧作業の完了を報告するには、警告を了承してください：</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 manager is not running; start it first.</source>
        <translation>%1のマネージャーが起動していません。先に起動してください。</translation>
    </message>
    <message>
        <source>The choice for overdue jobnets (run after release or skip) is made with step 3 or step 9, the customer&apos;s recovery work; step %1 takes no such choice.</source>
        <translation>遅延ジョブネットの扱い（抑止解除後に実行、またはスキップ）は、お客様の復旧作業であるステップ3またはステップ9で選択します。ステップ%1では選択できません。</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>The file is neither UTF-8 nor Shift_JIS (CP932): line %1, column %2 has a byte that neither encoding allows. Save the file as UTF-8 or Shift_JIS.</source>
        <translation>ファイルが UTF-8 でも Shift_JIS（CP932）でもありません。%1 行目、%2 列目に、どちらのエンコーディングでも使用できないバイトがあります。ファイルを UTF-8 または Shift_JIS で保存してください。</translation>
    </message>
    <message>
        <source>The file is not valid %1 (first bad byte on line %2, column %3). Choose the file&apos;s real encoding (UTF-8 or Shift_JIS), or let the console detect it.</source>
        <translation>ファイルは有効な %1 ではありません（最初の不正なバイト：%2 行目、%3 列目）。ファイルの実際のエンコーディング（UTF-8 または Shift_JIS）を選択するか、コンソールに自動検出させてください。</translation>
    </message>
    <message>
        <source>Line %1 contains &quot;%2&quot;, which %3 cannot represent. Export in UTF-8, or rename what uses that character.</source>
        <translation>%1 行目に、%3 で表現できない &quot;%2&quot; が含まれています。UTF-8 でエクスポートするか、その文字を使用している名前を変更してください。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte-order mark, so it is UTF-8, but Shift_JIS was chosen. Choose UTF-8 or let the console detect the encoding.</source>
        <translation>ファイルが UTF-8 のバイトオーダーマークで始まっているため UTF-8 のファイルですが、Shift_JIS が指定されています。UTF-8 を指定するか、文字コードの自動判定を使用してください。</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>running</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>suppressed (no job starts)</source>
        <translation>抑止中（ジョブは開始されません）</translation>
    </message>
    <message>
        <source>not suppressed</source>
        <translation>抑止なし</translation>
    </message>
    <message>
        <source>available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>unavailable since %1</source>
        <translation>%1から利用不可</translation>
    </message>
    <message>
        <source>active</source>
        <translation>運用中</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>ステップ%1（%2）</translation>
    </message>
    <message>
        <source>The switchover is complete.</source>
        <translation>切り替えが完了しました。</translation>
    </message>
    <message>
        <source>Next: %1, by the %2.</source>
        <translation>次：%1（%2が実施）。</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>UnitActionRules</name>
    <message>
        <source>A status can only be changed to Ended normally, Ended with warning, Ended abnormally, Failed to start or Bypassed, not to %1.</source>
        <translation>状態は「正常終了」「警告検出終了」「異常検出終了」「起動失敗」「計画未実行」にだけ変更できます。「%1」には変更できません。</translation>
    </message>
    <message>
        <source>%1 is a %2; change status applies to jobs. Rerun or kill the jobnet instead.</source>
        <translation>%1は%2です。状態変更はジョブに対する操作です。代わりにジョブネットを再実行または強制終了してください。</translation>
    </message>
    <message>
        <source>%1 is a judgment job, whose status cannot be changed; rerun it instead.</source>
        <translation>%1は判定ジョブのため、状態を変更できません。代わりに再実行してください。</translation>
    </message>
    <message>
        <source>%1 is a jobnet connector; it cannot be set to %2.</source>
        <translation>%1はジョブネットコネクタのため、「%2」に設定できません。</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; its status can be changed once it is queuing, running or ended.</source>
        <translation>%1は「%2」です。状態を変更できるのは、キューイング中、実行中、または終了後です。</translation>
    </message>
    <message>
        <source>%1 is already &quot;%2&quot;.</source>
        <translation>%1は既に「%2」です。</translation>
    </message>
    <message>
        <source>%1 is not a root jobnet; this rerun applies to root jobnets. Rerun the root jobnet, or rerun a job with &quot;this job&quot;.</source>
        <translation>%1はルートジョブネットではありません。この再実行はルートジョブネットが対象です。ルートジョブネットを再実行するか、「このジョブ」を指定してジョブを再実行してください。</translation>
    </message>
    <message>
        <source>%1 is a %2; &quot;rerun this job&quot; applies to jobs. Rerun the root jobnet instead.</source>
        <translation>%1は%2です。「このジョブを再実行」はジョブが対象です。代わりにルートジョブネットを再実行してください。</translation>
    </message>
    <message>
        <source>%1 has not run yet; there is nothing to rerun.</source>
        <translation>%1はまだ実行されていません。再実行するものはありません。</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; it can be rerun once it has ended (kill it first to stop it).</source>
        <translation>%1は「%2」です。再実行できるのは終了後です（停止するには先に強制終了してください）。</translation>
    </message>
    <message>
        <source>No job in %1 ended abnormally; rerun it from the top instead.</source>
        <translation>%1には異常検出終了したジョブがありません。代わりに先頭から再実行してください。</translation>
    </message>
    <message>
        <source>No job in %1 ended with a warning.</source>
        <translation>%1には警告検出終了したジョブがありません。</translation>
    </message>
    <message>
        <source>%1 is a %2, which does not run; it cannot be held.</source>
        <translation>%1は%2で、実行されないため保留にできません。</translation>
    </message>
    <message>
        <source>%1 is already held.</source>
        <translation>%1は既に保留中です。</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; only units that have not started yet can be held.</source>
        <translation>%1は「%2」です。保留にできるのは、まだ開始していないユニットだけです。</translation>
    </message>
    <message>
        <source>%1 is not held.</source>
        <translation>%1は保留中ではありません。</translation>
    </message>
    <message>
        <source>%1 is a %2, which does not run.</source>
        <translation>%1は%2で、実行されません。</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; only running units can be killed.</source>
        <translation>%1は「%2」です。強制終了できるのは実行中のユニットだけです。</translation>
    </message>
</context>
<context>
    <name>UnitCommands</name>
    <message>
        <source>List jobnets and jobs with their status</source>
        <translation>ジョブネットとジョブを状態とともに一覧表示します</translation>
    </message>
    <message>
        <source>the region (default: the active one)</source>
        <translation>リージョン（省略時：運用中のリージョン）</translation>
    </message>
    <message>
        <source>only units in this status (e.g. unknown, abnormal, running)</source>
        <translation>この状態のユニットだけ（例：unknown、abnormal、running）</translation>
    </message>
    <message>
        <source>only units that need the operator&apos;s review</source>
        <translation>オペレーターの確認が必要なユニットだけ</translation>
    </message>
    <message>
        <source>only units whose path starts so</source>
        <translation>パスがこの文字列で始まるユニットだけ</translation>
    </message>
    <message>
        <source>Change a job&apos;s status (normal, warning, abnormal, fail, bypass)</source>
        <translation>ジョブの状態を変更します（normal、warning、abnormal、fail、bypass）</translation>
    </message>
    <message>
        <source>Rerun a root jobnet or a job</source>
        <translation>ルートジョブネットまたはジョブを再実行します</translation>
    </message>
    <message>
        <source>where the rerun starts (the first four for root jobnets, the last two for jobs)</source>
        <translation>再実行の開始位置（最初の4つはルートジョブネット用、最後の2つはジョブ用）</translation>
    </message>
    <message>
        <source>put the unit on hold as it is rerun</source>
        <translation>再実行時にユニットを保留にします</translation>
    </message>
    <message>
        <source>Put a unit on hold</source>
        <translation>ユニットを保留にします</translation>
    </message>
    <message>
        <source>Release a unit&apos;s hold</source>
        <translation>ユニットの保留を解除します</translation>
    </message>
    <message>
        <source>Kill a running unit</source>
        <translation>実行中のユニットを強制終了します</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code; use one of the codes such as normal, abnormal, unknown, running, termwait.</source>
        <translation>&quot;%1&quot; は状態コードではありません。normal、abnormal、unknown、running、termwait などのコードを使用してください。</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>Exec ID</source>
        <translation>実行ID</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>要確認</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in the %1.</source>
        <translation>
            <numerusform>%1のユニット：%n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3; status now %4.</source>
        <translation>%1（%2）：%3。現在の状態：%4。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code; a status can be changed to normal, warning, abnormal, fail or bypass.</source>
        <translation>&quot;%1&quot; は状態コードではありません。変更先に指定できる状態は normal、warning、abnormal、fail、bypass です。</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>状態を変更しました</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rerun start; write top, abnormal, after-abnormal, warning-only, this or this-only.</source>
        <translation>&quot;%1&quot; は再実行の開始位置ではありません。top、abnormal、after-abnormal、warning-only、this、this-only のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>rerun (held)</source>
        <translation>再実行しました（保留）</translation>
    </message>
    <message>
        <source>rerun</source>
        <translation>再実行しました</translation>
    </message>
    <message>
        <source>held</source>
        <translation>保留にしました</translation>
    </message>
    <message>
        <source>hold released</source>
        <translation>保留を解除しました</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>強制終了しました</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>Preparing the unit insert</source>
        <translation>ユニットの挿入を準備しています</translation>
    </message>
    <message>
        <source>Saving unit %1</source>
        <translation>ユニット %1 を保存しています</translation>
    </message>
    <message>
        <source>Preparing the relation insert</source>
        <translation>関連の挿入を準備しています</translation>
    </message>
    <message>
        <source>Saving a relation</source>
        <translation>関連を保存しています</translation>
    </message>
    <message>
        <source>Preparing the status insert</source>
        <translation>状態の挿入を準備しています</translation>
    </message>
    <message>
        <source>Saving unit statuses</source>
        <translation>ユニットの状態を保存しています</translation>
    </message>
    <message>
        <source>Preparing the status update</source>
        <translation>状態の更新を準備しています</translation>
    </message>
    <message>
        <source>Reading unit definitions</source>
        <translation>ユニット定義を読み込んでいます</translation>
    </message>
    <message>
        <source>The unit table of the %1 region has a gap at index %2; the database is damaged.</source>
        <translation>%1 リージョンのユニットテーブルのインデックス %2 に欠落があります。データベースが破損しています。</translation>
    </message>
    <message>
        <source>Unit %1 of the %2 region names a parent that comes after it; the database is damaged.</source>
        <translation>%2 リージョンのユニット %1 が、後ろにある親を指定しています。データベースが破損しています。</translation>
    </message>
    <message>
        <source>Reading unit relations</source>
        <translation>ユニットの関連を読み込んでいます</translation>
    </message>
    <message>
        <source>A relation of the %1 region names a unit that does not exist; the database is damaged.</source>
        <translation>%1 リージョンの関連が、存在しないユニットを指定しています。データベースが破損しています。</translation>
    </message>
    <message>
        <source>Reading unit statuses</source>
        <translation>ユニットの状態を読み込んでいます</translation>
    </message>
    <message>
        <source>The status table of the %1 region has an invalid row (unit %2); the database is damaged.</source>
        <translation>%1リージョンの状態テーブルに不正な行があります（ユニット%2）。データベースが破損しています。</translation>
    </message>
    <message>
        <source>Removing the old rows of %1</source>
        <translation>%1の古い行の削除</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The agent name is empty. Enter a name of 1 to 255 bytes.</source>
        <translation>エージェント名が空です。1〜255バイトの名前を入力してください。</translation>
    </message>
    <message>
        <source>The agent name is %1 bytes long; the limit is 255 bytes (UTF-8). Shorten it.</source>
        <translation>エージェント名が%1バイトあります。上限は255バイト（UTF-8）です。短くしてください。</translation>
    </message>
    <message>
        <source>The agent name &quot;%1&quot; starts with &quot;__&quot;, which is reserved. Choose a name that does not begin with two underscores.</source>
        <translation>エージェント名&quot;%1&quot;は予約されている&quot;__&quot;で始まっています。2つのアンダースコアで始まらない名前を指定してください。</translation>
    </message>
    <message>
        <source>The agent name contains a control character (such as a tab or line break). Remove it.</source>
        <translation>エージェント名に制御文字（タブ、改行など）が含まれています。削除してください。</translation>
    </message>
    <message>
        <source>The agent name &quot;%1&quot; contains a space. Remove it or use &quot;-&quot; or &quot;_&quot;.</source>
        <translation>エージェント名&quot;%1&quot;に空白が含まれています。空白を削除するか、&quot;-&quot;または&quot;_&quot;を使用してください。</translation>
    </message>
    <message>
        <source>The agent name &quot;%1&quot; contains &quot;%2&quot;. Agent names cannot contain &quot; &apos; ` \ $ : , &lt; &gt;.</source>
        <translation>エージェント名&quot;%1&quot;に&quot;%2&quot;が含まれています。エージェント名には &quot; &apos; ` \ $ : , &lt; &gt; を使用できません。</translation>
    </message>
    <message>
        <source>The agent name &quot;%1&quot; starts with &quot;@&quot;, which only the built-in @SYSTEM agent may use. Remove the &quot;@&quot;.</source>
        <translation>エージェント名&quot;%1&quot;は&quot;@&quot;で始まっています。&quot;@&quot;で始まる名前は組み込みの@SYSTEMエージェントだけが使用できます。&quot;@&quot;を削除してください。</translation>
    </message>
    <message>
        <source>An agent named &quot;%1&quot; already exists in this region (names are compared without regard to case). Choose another name or edit that agent.</source>
        <translation>&quot;%1&quot;という名前のエージェントはこのリージョンにすでに存在します（名前の大文字と小文字は区別されません）。別の名前を指定するか、既存のエージェントを編集してください。</translation>
    </message>
    <message>
        <source>The execution host is empty. Enter a host name from the region&apos;s host information or an IP address.</source>
        <translation>実行ホストが空です。リージョンのホスト情報にあるホスト名、またはIPアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains &quot;%2&quot;; host names must be ASCII. Use the host&apos;s ASCII name or its IP address.</source>
        <translation>ホスト名&quot;%1&quot;に&quot;%2&quot;が含まれています。ホスト名はASCII文字で指定する必要があります。ホストのASCII名またはIPアドレスを使用してください。</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains a space or control character. Remove it.</source>
        <translation>ホスト名&quot;%1&quot;に空白または制御文字が含まれています。削除してください。</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains &quot;%2&quot;. Host names cannot contain &quot; / \ [ ] ; : | = , + ? &lt; &gt;.</source>
        <translation>ホスト名&quot;%1&quot;に&quot;%2&quot;が含まれています。ホスト名には &quot; / \ [ ] ; : | = , + ? &lt; &gt; を使用できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an IP address but is not a valid one. Write four numbers from 0 to 255 separated by dots (for example 10.0.1.15), or use a host name.</source>
        <translation>&quot;%1&quot;はIPアドレスのように見えますが、有効なIPアドレスではありません。0〜255の4つの数値をピリオドで区切って指定するか（例：10.0.1.15）、ホスト名を使用してください。</translation>
    </message>
    <message>
        <source>The IPv6 address %1 cannot be used: this region resolves IPv4 only (+DefaultResolve 0). Use an IPv4 address or enable IPv6 for the region.</source>
        <translation>IPv6アドレス%1は使用できません。このリージョンはIPv4だけを名前解決します（+DefaultResolve 0）。IPv4アドレスを使用するか、リージョンのIPv6を有効にしてください。</translation>
    </message>
    <message>
        <source>No concurrency window is given. Enter at least one, for example 00:00-00:00=5 for the whole day.</source>
        <translation>同時実行数の時間帯が指定されていません。少なくとも1つ入力してください（例：終日の場合は00:00-00:00=5）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a concurrency window. Write start-end=limit with times as hh:mm, for example 08:00-18:30=3.</source>
        <translation>&quot;%1&quot;は同時実行数の時間帯として正しくありません。開始-終了=上限の形式で、時刻はhh:mmで指定してください（例：08:00-18:30=3）。</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, %2:%3 is not a time of day. Use 00:00 to 23:30 (write 00:00 for midnight at the end of the day).</source>
        <translation>&quot;%1&quot;の%2:%3は有効な時刻ではありません。00:00〜23:30を指定してください（一日の終わりの午前0時は00:00と指定します）。</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, times must be on the hour or half hour (hh:00 or hh:30).</source>
        <translation>&quot;%1&quot;の時刻は、正時または30分（hh:00またはhh:30）で指定してください。</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, the limit must be a number from 0 to 4294967295.</source>
        <translation>&quot;%1&quot;の上限には0〜4294967295の数値を指定してください。</translation>
    </message>
    <message>
        <source>Window %1 does not start and end on the hour or half hour.</source>
        <translation>時間帯%1の開始時刻または終了時刻が、正時または30分ではありません。</translation>
    </message>
    <message>
        <source>The windows %1-%2 and %3-%4 overlap at %5. Windows must not overlap; time that no window covers allows no jobs.</source>
        <translation>時間帯%1-%2と%3-%4が%5で重なっています。時間帯は重ならないように指定してください。どの時間帯にも含まれない時間にはジョブを実行できません。</translation>
    </message>
    <message>
        <source>The description is %1 bytes long; the limit is 80 bytes (a Japanese character takes 3). Shorten it.</source>
        <translation>説明が%1バイトあります。上限は80バイトです（日本語は1文字3バイト）。短くしてください。</translation>
    </message>
    <message>
        <source>The description contains a line break or other control character. Keep it on one line.</source>
        <translation>説明に改行などの制御文字が含まれています。1行で入力してください。</translation>
    </message>
    <message>
        <source>This region already has %1 agents, the most allowed. Remove an agent you no longer use first.</source>
        <translation>このリージョンのエージェント数はすでに上限の%1個です。先に使用しなくなったエージェントを削除してください。</translation>
    </message>
    <message>
        <source>The host name is empty. Enter the agent host&apos;s name.</source>
        <translation>ホスト名が空です。エージェントホストの名前を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IP address, not a host name. Enter the host&apos;s name here and its address under IP addresses.</source>
        <translation>&quot;%1&quot;はホスト名ではなくIPアドレスです。ここにはホスト名を入力し、アドレスは「IPアドレス」に入力してください。</translation>
    </message>
    <message>
        <source>%1 is an IPv6 address, but this region resolves IPv4 only (+DefaultResolve 0). Use an IPv4 address or enable IPv6 for the region.</source>
        <translation>%1はIPv6アドレスですが、このリージョンはIPv4だけを名前解決します（+DefaultResolve 0）。IPv4アドレスを使用するか、リージョンのIPv6を有効にしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Write four numbers from 0 to 255 separated by dots, for example 10.20.1.15.</source>
        <translation>&quot;%1&quot;はIPアドレスではありません。0〜255の4つの数値をピリオドで区切って指定してください（例：10.20.1.15）。</translation>
    </message>
    <message>
        <source>No IP address is given. Enter at least one address for the host (separate several with spaces or commas).</source>
        <translation>IPアドレスが指定されていません。ホストのアドレスを少なくとも1つ入力してください（複数指定する場合は空白またはコンマで区切ります）。</translation>
    </message>
    <message>
        <source>The address %1 is listed twice. Remove the duplicate.</source>
        <translation>アドレス%1が重複しています。重複している方を削除してください。</translation>
    </message>
    <message>
        <source>The comment is %1 bytes long; the limit is 80 bytes. Shorten it.</source>
        <translation>コメントが%1バイトあります。上限は80バイトです。短くしてください。</translation>
    </message>
    <message>
        <source>The comment contains a line break or other control character. Keep it on one line.</source>
        <translation>コメントに改行などの制御文字が含まれています。1行で入力してください。</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; is already in this region&apos;s host information. Edit that entry instead.</source>
        <translation>ホスト&quot;%1&quot;はこのリージョンのホスト情報にすでにあります。既存のエントリーを編集してください。</translation>
    </message>
    <message>
        <source>This region already has %1 host entries, the most allowed. Remove an entry first.</source>
        <translation>このリージョンのホストエントリー数はすでに上限の%1件です。先にエントリーを削除してください。</translation>
    </message>
    <message>
        <source>The unit name is empty. Enter 1 to 30 bytes.</source>
        <translation>ユニット名が空です。1〜30バイトで入力してください。</translation>
    </message>
    <message>
        <source>The unit name &quot;%1&quot; is %2 bytes long; the limit is 30 bytes (a Japanese character takes 3). Shorten it.</source>
        <translation>ユニット名&quot;%1&quot;が%2バイトあります。上限は30バイトです（日本語は1文字3バイト）。短くしてください。</translation>
    </message>
    <message>
        <source>The unit name contains a control character. Remove it.</source>
        <translation>ユニット名に制御文字が含まれています。削除してください。</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>The unit name &quot;%1&quot; contains %2. Unit names cannot contain spaces or , : ; / ( ).</source>
        <translation>ユニット名&quot;%1&quot;に%2が含まれています。ユニット名には空白および , : ; / ( ) を使用できません。</translation>
    </message>
    <message>
        <source>The comment is %1 bytes long; the limit is 80 bytes (a Japanese character takes 3). Shorten it.</source>
        <translation>コメントが%1バイトあります。上限は80バイトです（日本語は1文字3バイト）。短くしてください。</translation>
    </message>
    <message>
        <source>The full path of this unit is %1 bytes long; the limit is 930 bytes. Use shorter names or fewer levels.</source>
        <translation>このユニットのフルパスが%1バイトあります。上限は930バイトです。名前を短くするか、階層を減らしてください。</translation>
    </message>
    <message>
        <source>Units are nested %1 levels deep; the limit is 30 levels. Flatten the structure.</source>
        <translation>ユニットが%1階層にネストされています。上限は30階層です。階層を浅くしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS account ID. Enter the 12 digits without hyphens.</source>
        <translation>&quot;%1&quot;はAWSアカウントIDではありません。12桁の数字をハイフンなしで入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VPC ID. It looks like vpc- followed by 8 or 17 lowercase hexadecimal digits, for example vpc-0a1b2c3d.</source>
        <translation>&quot;%1&quot;はVPC IDではありません。VPC IDは、vpc-の後に8桁または17桁の小文字の16進数が続く形式です（例：vpc-0a1b2c3d）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Transit Gateway attachment ID. It looks like tgw-attach- followed by 17 lowercase hexadecimal digits.</source>
        <translation>&quot;%1&quot;はTransit GatewayアタッチメントIDではありません。アタッチメントIDは、tgw-attach-の後に17桁の小文字の16進数が続く形式です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Direct Connect gateway ID. Copy the ID from the AWS console; it looks like 5f294f92-bafb-4011-916d-9b0bec1e7c2a.</source>
        <translation>&quot;%1&quot;はDirect ConnectゲートウェイIDではありません。AWSコンソールからIDをコピーしてください。IDは5f294f92-bafb-4011-916d-9b0bec1e7c2aのような形式です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address. Enter the public IP address of the Azure virtual network gateway.</source>
        <translation>&quot;%1&quot;はIPv4アドレスではありません。Azure仮想ネットワークゲートウェイのパブリックIPアドレスを入力してください。</translation>
    </message>
    <message>
        <source>%1 is not a public address. The VPN terminates on the gateway&apos;s public IP address; enter that one.</source>
        <translation>%1はパブリックアドレスではありません。VPNはゲートウェイのパブリックIPアドレスで終端するため、そのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CIDR block. Write an IPv4 network address and a prefix length from 0 to 32, for example 10.20.0.0/16.</source>
        <translation>&quot;%1&quot;はCIDRブロックではありません。IPv4ネットワークアドレスと0〜32のプレフィックス長を指定してください（例：10.20.0.0/16）。</translation>
    </message>
    <message>
        <source>The connection name is empty. Enter a name that operators will recognise.</source>
        <translation>接続名が空です。オペレーターが識別できる名前を入力してください。</translation>
    </message>
    <message>
        <source>No CIDR block is given. Enter the address ranges of the customer network, for example 10.20.0.0/16.</source>
        <translation>CIDRブロックが指定されていません。お客様ネットワークのアドレス範囲を入力してください（例：10.20.0.0/16）。</translation>
    </message>
    <message>
        <source>The host name is %1 bytes long; the limit is 255 bytes. Shorten it.</source>
        <translation>ホスト名が%1バイトあります。上限は255バイトです。短くしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty entry (a comma at the start or end, or two commas in a row). Remove the extra comma.</source>
        <translation>&quot;%1&quot;に空のエントリーがあります（先頭または末尾のコンマ、または連続したコンマ）。余分なコンマを削除してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no limit after &quot;=&quot;. Enter how many jobs may run at once in that window (0 to 4294967295).</source>
        <translation>&quot;%1&quot;の&quot;=&quot;の後に上限がありません。その時間帯に同時に実行できるジョブ数（0〜4294967295）を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Write an IPv4 address (four numbers from 0 to 255 separated by dots, for example 10.20.1.15) or an IPv6 address (for example fd00::15).</source>
        <translation>&quot;%1&quot;はIPアドレスではありません。IPv4アドレス（0〜255の4つの数値をピリオドで区切ったもの。例：10.20.1.15）またはIPv6アドレス（例：fd00::15）を指定してください。</translation>
    </message>
    <message>
        <source>The addresses %1 and %2 are the same address written two ways. Remove one of them.</source>
        <translation>アドレス%1と%2は、同じアドレスを異なる表記で指定したものです。どちらかを削除してください。</translation>
    </message>
    <message>
        <source>%1 has host bits set: a CIDR block starts at its network address. Did you mean %2/%3?</source>
        <translation>%1にはホストビットが設定されています。CIDRブロックはネットワークアドレスから始まります。%2/%3の誤りではありませんか？</translation>
    </message>
    <message>
        <source>The execution host &quot;%1&quot; is not in this region&apos;s host information. Add it to the region&apos;s host information first, or enter its IP address.</source>
        <translation>実行ホスト&quot;%1&quot;はこのリージョンのホスト情報にありません。先にこのリージョンのホスト情報に追加するか、IPアドレスを入力してください。</translation>
    </message>
</context>
<context>
    <name>dr::Ajsprint</name>
    <message>
        <source>A unit named &quot;%1&quot; is already defined at this level (line %2). Unit names must be unique within their job group or jobnet.</source>
        <translation>&quot;%1&quot;という名前のユニットはこの階層にすでに定義されています（%2行目）。ユニット名は、ジョブグループまたはジョブネット内で一意にしてください。</translation>
    </message>
    <message>
        <source>More than 10,000 units are defined in one level; split them into several job groups or jobnets.</source>
        <translation>1つの階層に10,000を超えるユニットが定義されています。複数のジョブグループまたはジョブネットに分割してください。</translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot; has a second ty= parameter; give the type once.</source>
        <translation>ユニット&quot;%1&quot;にty=パラメーターが2つあります。ユニット種別は1回だけ指定してください。</translation>
    </message>
    <message>
        <source>Unit type &quot;%1&quot; is not known to the console; the unit is kept as written and is not simulated.</source>
        <translation>ユニット種別&quot;%1&quot;はコンソールで認識できません。ユニットは記述どおりに保持されますが、シミュレーションの対象にはなりません。</translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot; has no ty= parameter; add its type, for example ty=n; for a jobnet or ty=j; for a Unix job.</source>
        <translation>ユニット&quot;%1&quot;にty=パラメーターがありません。ユニット種別を追加してください（例：ジョブネットはty=n;、UNIXジョブはty=j;）。</translation>
    </message>
    <message>
        <source>The schedule of &quot;%1&quot; uses rules the simulator does not run; they are kept as written and the jobnet is not started by schedule.</source>
        <translation>&quot;%1&quot;のスケジュールには、シミュレーターが実行しないルールが使われています。ルールは記述どおりに保持されますが、このジョブネットはスケジュールによって起動されません。</translation>
    </message>
    <message>
        <source>The nested unit name &quot;%1&quot; contains &quot;/&quot;; only a top-level unit may be given as a full path.</source>
        <translation>ネストされたユニットの名前&quot;%1&quot;に&quot;/&quot;が含まれています。フルパスで指定できるのは最上位のユニットだけです。</translation>
    </message>
    <message>
        <source>&quot;ar=%1&quot; is not a relation; write ar=(f=FROM,t=TO); with optional ,seq or ,con.</source>
        <translation>&quot;ar=%1&quot;は関連の指定として正しくありません。ar=(f=FROM,t=TO);の形式で指定してください（必要に応じて,seqまたは,conを付けます）。</translation>
    </message>
    <message>
        <source>The relation names &quot;%1&quot;, which is not a unit of &quot;%2&quot;. Define the unit in this jobnet or correct the name.</source>
        <translation>関連に指定された&quot;%1&quot;は&quot;%2&quot;のユニットではありません。このジョブネットにユニットを定義するか、名前を修正してください。</translation>
    </message>
    <message>
        <source>The relation joins &quot;%1&quot; to itself.</source>
        <translation>関連の接続元と接続先が同じ&quot;%1&quot;です。</translation>
    </message>
    <message>
        <source>The relation from &quot;%1&quot; to &quot;%2&quot; is given twice.</source>
        <translation>&quot;%1&quot;から&quot;%2&quot;への関連が2回指定されています。</translation>
    </message>
    <message>
        <source>el= names &quot;%1&quot;, which is not a unit of &quot;%2&quot;.</source>
        <translation>el=に指定された&quot;%1&quot;は&quot;%2&quot;のユニットではありません。</translation>
    </message>
    <message>
        <source>The relations of &quot;%1&quot; form a cycle through %2; such units would never start.</source>
        <translation>&quot;%1&quot;の関連が%2を経由して循環しています。これらのユニットは起動されません。</translation>
    </message>
    <message>
        <source>More than %1 warnings; the rest are not listed.</source>
        <translation>警告が%1件を超えました。以降の警告は表示しません。</translation>
    </message>
    <message>
        <source>ty= takes one type code, found &quot;%1&quot;; end each parameter with &quot;;&quot;.</source>
        <translation>ty=には種別コードを1つだけ指定しますが、&quot;%1&quot;が指定されています。各パラメーターは&quot;;&quot;で終えてください。</translation>
    </message>
    <message>
        <source>ty= of unit &quot;%1&quot; is empty; give the unit type, for example ty=n; for a jobnet.</source>
        <translation>ユニット&quot;%1&quot;のty=が空です。ユニット種別を指定してください（例：ジョブネットはty=n;）。</translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot; has a second %2= parameter; give it once.</source>
        <translation>ユニット&quot;%1&quot;に%2=パラメーターが2つあります。1回だけ指定してください。</translation>
    </message>
    <message>
        <source>Schedule rule %1 of &quot;%2&quot; has a second %3= parameter; give it once.</source>
        <translation>&quot;%2&quot;のスケジュールルール%1に%3=パラメーターが2つあります。1回だけ指定してください。</translation>
    </message>
</context>
<context>
    <name>dr::Console</name>
    <message>
        <source>The database already holds an environment. Use a new file, or initialise again with --force.</source>
        <translation>データベースにはすでに環境があります。新しいファイルを使用するか、--forceを指定して再度初期化してください。</translation>
    </message>
    <message>
        <source>The database holds no environment yet; initialise it first (drctl init --demo).</source>
        <translation>データベースにはまだ環境がありません。先に初期化してください（drctl init --demo）。</translation>
    </message>
    <message>
        <source>The change was not saved, and nothing was changed: %1</source>
        <translation>変更は保存されませんでした（何も変更されていません）：%1</translation>
    </message>
    <message>
        <source>The %1 is the standby region; jobnets and jobs are operated in the active region (%2) only.</source>
        <translation>%1は待機側のリージョンです。ジョブネットとジョブは、稼働側のリージョン（%2）でだけ操作できます。</translation>
    </message>
    <message>
        <source>The manager of the %1 is stopped; its units cannot be operated.</source>
        <translation>%1のマネージャーが停止しています。ユニットを操作できません。</translation>
    </message>
    <message>
        <source>The clock only moves forward; give a positive duration.</source>
        <translation>時計は先に進めることしかできません。正の時間を指定してください。</translation>
    </message>
    <message>
        <source>The sync interval must be between 1 second and 24 hours.</source>
        <translation>同期間隔は1秒〜24時間の範囲で指定してください。</translation>
    </message>
    <message>
        <source>There is no such unit in the %1.</source>
        <translation>%1に該当するユニットがありません。</translation>
    </message>
    <message>
        <source>Select at least one job.</source>
        <translation>ジョブを1つ以上選択してください。</translation>
    </message>
    <message>
        <source>There is no such unit.</source>
        <translation>該当するユニットがありません。</translation>
    </message>
    <message>
        <source>Checking the database file</source>
        <translation>データベースファイルを確認しています</translation>
    </message>
    <message>
        <source>Preparing the simulated managers</source>
        <translation>シミュレーションのマネージャーを準備しています</translation>
    </message>
    <message>
        <source>A switchover is in progress; the environment cannot be replaced until it is completed.</source>
        <translation>切り替えの実行中です。完了するまで環境を置き換えることはできません。</translation>
    </message>
    <message>
        <source>The %1 has no unit definitions to export.</source>
        <translation>%1にはエクスポートするユニット定義がありません。</translation>
    </message>
    <message>
        <source>There is no unit %1 in the %2.</source>
        <translation>%2にユニット%1はありません。</translation>
    </message>
    <message>
        <source>The console is still busy with a long operation; try again when it has finished.</source>
        <translation>コンソールは時間のかかる処理を実行中です。処理が終わってから、もう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>dr::ParseIssue</name>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>...ほか%n件。</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 errors; reading stopped here.</source>
        <translation>エラーが%1件を超えたため、読み込みを中止しました。</translation>
    </message>
</context>
<context>
    <name>dr::ui::AdvanceClockDialog</name>
    <message>
        <source>Advance the simulated clock</source>
        <translation>シミュレーション時計を進める</translation>
    </message>
    <message>
        <source>For example 90s, 15m, 2h, 1d or 1h30m.</source>
        <translation>例：90s、15m、2h、1d、1h30m。</translation>
    </message>
    <message>
        <source>Advance by:</source>
        <translation>進める時間：</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15分</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1時間</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6時間</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1日</translation>
    </message>
    <message>
        <source>Write a duration such as 90s, 15m, 2h, 1d or 1h30m.</source>
        <translation>90s、15m、2h、1d、1h30mのような形式で時間を指定してください。</translation>
    </message>
</context>
<context>
    <name>dr::ui::AgentDialog</name>
    <message>
        <source>Edit execution agent %1 - %2</source>
        <translation>実行エージェント%1の編集 - %2</translation>
    </message>
    <message>
        <source>Add execution agent - %1</source>
        <translation>実行エージェントの追加 - %1</translation>
    </message>
    <message>
        <source>@SYSTEM is the built-in default agent on the manager host. Its name and host cannot change; its limits, job transfer and description can.</source>
        <translation>@SYSTEMは、マネージャーホスト上の組み込みのデフォルトエージェントです。名前とホストは変更できませんが、同時実行数、ジョブ転送制限、説明は変更できます。</translation>
    </message>
    <message>
        <source>Jobs name their agent in their definition (ex=). Register the agent in the %1 under the same name so those jobs find it there.</source>
        <translation>ジョブは定義（ex=）で実行エージェントを指定します。それらのジョブがエージェントを見つけられるよう、%1にも同じ名前でエージェントを登録してください。</translation>
    </message>
    <message>
        <source>for example ORDERDB</source>
        <translation>例：ORDERDB</translation>
    </message>
    <message>
        <source>Agent &amp;name:</source>
        <translation>エージェント名(&amp;N)：</translation>
    </message>
    <message>
        <source>host name from the host information, or an IP address</source>
        <translation>ホスト情報のホスト名、またはIPアドレス</translation>
    </message>
    <message>
        <source>Execution &amp;host:</source>
        <translation>実行ホスト(&amp;H)：</translation>
    </message>
    <message>
        <source>Concurrent &amp;jobs:</source>
        <translation>同時実行数(&amp;J)：</translation>
    </message>
    <message>
        <source>Job &amp;transfer:</source>
        <translation>ジョブ転送制限(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Accepts jobs and sends them to the execution host (normal operation).</source>
        <translation>ジョブを受け付けて実行ホストに転送します（通常の運用）。</translation>
    </message>
    <message>
        <source>New jobs for this agent are not sent: they end as Failed to start.</source>
        <translation>このエージェントへの新しいジョブは転送されず、起動失敗で終了します。</translation>
    </message>
    <message>
        <source>Jobs are accepted but wait as Now queuing until the restriction is lifted.</source>
        <translation>ジョブは受け付けられますが、制限が解除されるまでキューイングの状態で待機します。</translation>
    </message>
    <message>
        <source>Accepts no jobs and sends none: new jobs end as Failed to start.</source>
        <translation>ジョブを受け付けず、転送もしません。新しいジョブは起動失敗で終了します。</translation>
    </message>
    <message>
        <source>%1 of %2 bytes (UTF-8; a Japanese character takes 3)</source>
        <translation>%1/%2バイト（UTF-8。日本語は1文字3バイト）</translation>
    </message>
    <message>
        <source>The agent was not saved</source>
        <translation>エージェントは保存されませんでした</translation>
    </message>
</context>
<context>
    <name>dr::ui::AgentListPanel</name>
    <message>
        <source>Execution agents</source>
        <translation>実行エージェント</translation>
    </message>
    <message>
        <source>Register an execution agent in this region</source>
        <translation>このリージョンに実行エージェントを登録します</translation>
    </message>
    <message>
        <source>This region already has %1 agents, the most allowed.</source>
        <translation>このリージョンのエージェント数はすでに上限の%1個です。</translation>
    </message>
    <message>
        <source>Select an agent first.</source>
        <translation>先にエージェントを選択してください。</translation>
    </message>
    <message>
        <source>Change the selected agent</source>
        <translation>選択したエージェントを変更します</translation>
    </message>
    <message>
        <source>Remove the selected agent from this region</source>
        <translation>選択したエージェントをこのリージョンから削除します</translation>
    </message>
    <message>
        <source>Agents: %1 (at most %2 per region)</source>
        <translation>エージェント：%1（リージョンあたり最大%2）</translation>
    </message>
    <message>
        <source>Remove execution agent</source>
        <translation>実行エージェントの削除</translation>
    </message>
    <message>
        <source>Remove the execution agent %1 from the %2?

Jobs that name this agent will fail to start in this region until it is registered again.</source>
        <translation>実行エージェント%1を%2から削除しますか？

このエージェントを指定しているジョブは、エージェントを再登録するまで、このリージョンで起動失敗になります。</translation>
    </message>
    <message>
        <source>The agent was not removed</source>
        <translation>エージェントは削除されませんでした</translation>
    </message>
</context>
<context>
    <name>dr::ui::AgentTableModel</name>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1（組み込み）</translation>
    </message>
    <message>
        <source>The built-in default agent runs jobs on the manager host. Its limits, restriction and description can be changed; it cannot be renamed or removed.</source>
        <translation>組み込みのデフォルトエージェントは、マネージャーホストでジョブを実行します。同時実行数、ジョブ転送制限、説明は変更できますが、名前の変更と削除はできません。</translation>
    </message>
    <message>
        <source>At most this many jobs at once in each part of the day (Japan time); time no window covers allows no jobs.</source>
        <translation>時間帯ごとに同時に実行できるジョブ数の上限です（日本時間）。どの時間帯にも含まれない時間にはジョブを実行できません。</translation>
    </message>
    <message>
        <source>hh:mm-hh:mm=limit: at most this many jobs at once in that part of the day (Japan time)</source>
        <translation>hh:mm-hh:mm=上限：その時間帯（日本時間）に同時に実行できるジョブ数の上限</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>Execution host</source>
        <translation>実行ホスト</translation>
    </message>
    <message>
        <source>Concurrent jobs</source>
        <translation>同時実行数</translation>
    </message>
    <message>
        <source>Job transfer</source>
        <translation>ジョブ転送制限</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>dr::ui::AgentsPage</name>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R)：</translation>
    </message>
    <message>
        <source>Agents and hosts</source>
        <translation>エージェントとホスト</translation>
    </message>
    <message>
        <source>Compare regions</source>
        <translation>リージョンの比較</translation>
    </message>
    <message>
        <source>Network connections</source>
        <translation>ネットワーク接続</translation>
    </message>
    <message>
        <source>active</source>
        <translation>稼働側</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>待機側</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3): the agents, host information and network connections of this region.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2、%3）：このリージョンの実行エージェント、ホスト情報、ネットワーク接続です。</translation>
    </message>
    <message>
        <source>Compare regions (%1)</source>
        <translation>リージョンの比較（%1）</translation>
    </message>
</context>
<context>
    <name>dr::ui::AuditModel</name>
    <message>
        <source>Recorded at %1 (wall clock)</source>
        <translation>記録日時：%1（実時刻）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Time (JST)</source>
        <translation>日時（JST）</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（コード %2）</translation>
    </message>
</context>
<context>
    <name>dr::ui::AuditPage</name>
    <message>
        <source>Filter by operator, action or details</source>
        <translation>オペレーター、操作、詳細で絞り込み</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Checks that no entry was changed or removed (each entry carries a hash of its content and of the entry before it).</source>
        <translation>エントリーが変更または削除されていないことを確認します（各エントリーには、その内容と直前のエントリーのハッシュが含まれています）。</translation>
    </message>
    <message>
        <source>Audit log broken at entry %1: %2</source>
        <translation>監査ログの整合性がエントリー%1で損なわれています：%2</translation>
    </message>
</context>
<context>
    <name>dr::ui::ChangeStatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>状態変更</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>...ほか%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the status of %n job(s):</source>
        <translation>
            <numerusform>%n件のジョブの状態を変更します：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::ConcurrencyWindowsEditor</name>
    <message>
        <source>Add window</source>
        <translation>時間帯の追加</translation>
    </message>
    <message>
        <source>Add another part of the day with its own limit.</source>
        <translation>独自の上限を持つ時間帯を追加します。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Max. concurrent jobs</source>
        <translation>最大同時実行ジョブ数</translation>
    </message>
    <message>
        <source>00:00-00:00 is the whole day; an end at or before the start runs past midnight. Time that no window covers allows no jobs; a limit of 0 stops jobs in that window.</source>
        <translation>00:00-00:00は終日を表します。終了時刻が開始時刻と同じか前の場合は、午前0時をまたぎます。どの時間帯にも含まれない時間にはジョブを実行できません。上限を0にすると、その時間帯にはジョブを実行しません。</translation>
    </message>
    <message>
        <source>Midnight (the end of the day)</source>
        <translation>午前0時（一日の終わり）</translation>
    </message>
    <message>
        <source>0 to 4294967295 jobs at once</source>
        <translation>同時に0〜4294967295ジョブ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove this window</source>
        <translation>この時間帯を削除します</translation>
    </message>
    <message>
        <source>Window %1 start</source>
        <translation>時間帯%1の開始</translation>
    </message>
    <message>
        <source>Window %1 end</source>
        <translation>時間帯%1の終了</translation>
    </message>
    <message>
        <source>Window %1 limit</source>
        <translation>時間帯%1の上限</translation>
    </message>
</context>
<context>
    <name>dr::ui::ConnectionDialog</name>
    <message>
        <source>Edit network connection - %1</source>
        <translation>ネットワーク接続の編集 - %1</translation>
    </message>
    <message>
        <source>Add network connection - %1</source>
        <translation>ネットワーク接続の追加 - %1</translation>
    </message>
    <message>
        <source>The customer&apos;s VPC is attached to the Transit Gateway the service shares with the customer&apos;s AWS account (AWS Resource Access Manager).</source>
        <translation>お客様のVPCを、サービスがお客様のAWSアカウントと共有するTransit Gatewayにアタッチします（AWS Resource Access Manager）。</translation>
    </message>
    <message>
        <source>The customer&apos;s router reaches the shared Transit Gateway through the customer&apos;s AWS Direct Connect gateway.</source>
        <translation>お客様のルーターから、お客様のAWS Direct Connectゲートウェイを経由して共有Transit Gatewayに接続します。</translation>
    </message>
    <message>
        <source>An internet VPN from the customer&apos;s Azure virtual network gateway, set up with the connection parameters the service provides.</source>
        <translation>お客様のAzure仮想ネットワークゲートウェイからのインターネットVPNです。サービスが提供する接続パラメーターで設定します。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>for example Sakura DR VPC (Osaka)</source>
        <translation>例：さくら 災対VPC（大阪）</translation>
    </message>
    <message>
        <source>In &amp;service (traffic to this region uses this connection)</source>
        <translation>使用中(&amp;S)（このリージョンへの通信はこの接続を使用します）</translation>
    </message>
    <message>
        <source>AWS &amp;account ID:</source>
        <translation>AWSアカウントID(&amp;A)：</translation>
    </message>
    <message>
        <source>12 digits, for example 304512987766</source>
        <translation>12桁の数字（例：304512987766）</translation>
    </message>
    <message>
        <source>&amp;VPC ID:</source>
        <translation>VPC ID(&amp;V)：</translation>
    </message>
    <message>
        <source>vpc- and 8 or 17 hexadecimal digits</source>
        <translation>vpc-と8桁または17桁の16進数</translation>
    </message>
    <message>
        <source>Transit Gateway &amp;attachment ID:</source>
        <translation>Transit GatewayアタッチメントID(&amp;A)：</translation>
    </message>
    <message>
        <source>tgw-attach- and 17 hexadecimal digits</source>
        <translation>tgw-attach-と17桁の16進数</translation>
    </message>
    <message>
        <source>&amp;Direct Connect gateway ID:</source>
        <translation>Direct ConnectゲートウェイID(&amp;D)：</translation>
    </message>
    <message>
        <source>for example 5f294f92-bafb-4011-916d-9b0bec1e7c2a</source>
        <translation>例：5f294f92-bafb-4011-916d-9b0bec1e7c2a</translation>
    </message>
    <message>
        <source>&amp;Gateway public IP:</source>
        <translation>ゲートウェイのパブリックIP(&amp;G)：</translation>
    </message>
    <message>
        <source>public IPv4 address of the Azure virtual network gateway</source>
        <translation>Azure仮想ネットワークゲートウェイのパブリックIPv4アドレス</translation>
    </message>
    <message>
        <source>&amp;Configured on both ends of the VPN</source>
        <translation>VPNの両端で設定済み(&amp;C)</translation>
    </message>
    <message>
        <source>The console never asks for the pre-shared key and never stores it: it records only whether the key has been configured.</source>
        <translation>コンソールは事前共有鍵の入力を求めることも、保存することもありません。鍵が設定済みかどうかだけを記録します。</translation>
    </message>
    <message>
        <source>Pre-shared key:</source>
        <translation>事前共有鍵：</translation>
    </message>
    <message>
        <source>CIDR blocks:</source>
        <translation>CIDRブロック：</translation>
    </message>
    <message>
        <source>for example 10.20.0.0/16 (separate several with spaces or commas)</source>
        <translation>例：10.20.0.0/16（複数指定する場合は空白またはコンマで区切ります）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>VPC &amp;CIDR blocks:</source>
        <translation>VPCのCIDRブロック(&amp;C)：</translation>
    </message>
    <message>
        <source>On-premises &amp;CIDR blocks:</source>
        <translation>オンプレミスのCIDRブロック(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Address spaces (CIDR):</source>
        <translation>アドレス空間（CIDR）(&amp;A)：</translation>
    </message>
    <message>
        <source>local network gateway address spaces, e.g. 10.20.0.0/16</source>
        <translation>ローカルネットワークゲートウェイのアドレス空間（例：10.20.0.0/16）</translation>
    </message>
    <message>
        <source>With these values the connection counts as configured: a switch to this region can use it.</source>
        <translation>この値で接続は設定済みとみなされます。このリージョンへの切り替えでこの接続を使用できます。</translation>
    </message>
    <message>
        <source>Not in service: a switch to this region will not count on this connection.</source>
        <translation>使用中ではありません。このリージョンへの切り替えでは、この接続は使用されません。</translation>
    </message>
    <message>
        <source>Not configured yet: the pre-shared key is not configured. A switch to this region needs a configured connection.</source>
        <translation>未設定です。事前共有鍵が設定されていません。このリージョンへの切り替えには、設定済みの接続が必要です。</translation>
    </message>
    <message>
        <source>The connection was not saved</source>
        <translation>接続は保存されませんでした</translation>
    </message>
</context>
<context>
    <name>dr::ui::ConnectionListPanel</name>
    <message>
        <source>Network connections</source>
        <translation>ネットワーク接続</translation>
    </message>
    <message>
        <source>Record a network connection of this region</source>
        <translation>このリージョンのネットワーク接続を記録します</translation>
    </message>
    <message>
        <source>Select a connection first.</source>
        <translation>先に接続を選択してください。</translation>
    </message>
    <message>
        <source>Change the selected connection</source>
        <translation>選択した接続を変更します</translation>
    </message>
    <message>
        <source>Remove the selected connection</source>
        <translation>選択した接続を削除します</translation>
    </message>
    <message>
        <source>At least one connection is configured.</source>
        <translation>設定済みの接続が1つ以上あります。</translation>
    </message>
    <message>
        <source>No configured connection: a switch to this region cannot succeed.</source>
        <translation>設定済みの接続がありません。このリージョンへの切り替えは成功しません。</translation>
    </message>
    <message>
        <source>Remove network connection</source>
        <translation>ネットワーク接続の削除</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot; from the %2?</source>
        <translation>接続「%1」を%2から削除しますか？</translation>
    </message>
    <message>
        <source>The connection was not removed</source>
        <translation>接続は削除されませんでした</translation>
    </message>
</context>
<context>
    <name>dr::ui::ConnectionTableModel</name>
    <message>
        <source>Direct Connect gateway %1</source>
        <translation>Direct Connectゲートウェイ%1</translation>
    </message>
    <message>
        <source>Gateway public IP %1</source>
        <translation>ゲートウェイのパブリックIP %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Not configured: a switch to this region cannot succeed until a connection is in service with all of its identifiers and CIDR blocks (and, for Azure, the pre-shared key configured).</source>
        <translation>未設定：使用中の接続にすべての識別子とCIDRブロック（Azureの場合は事前共有鍵の設定も）がそろうまで、このリージョンへの切り替えは成功しません。</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>pre-shared key of a non-VPN connection</comment>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Whether the Azure VPN&apos;s pre-shared key is configured (the key itself is never stored)</source>
        <translation>Azure VPNの事前共有鍵が設定済みかどうか（鍵そのものは保存されません）</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>識別子</translation>
    </message>
    <message>
        <source>CIDR blocks</source>
        <translation>CIDRブロック</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>事前共有鍵</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>アカウント %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::ConsoleActions</name>
    <message>
        <source>Switch operator...</source>
        <translation>オペレーターの切り替え...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Run the clock</source>
        <translation>時計を動かす</translation>
    </message>
    <message>
        <source>Speed %1x</source>
        <translation>%1倍速</translation>
    </message>
    <message>
        <source>Advance by...</source>
        <translation>時間を指定して進める...</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>Regional outage: %1...</source>
        <translation>リージョン障害：%1...</translation>
    </message>
    <message>
        <source>Restore region: %1</source>
        <translation>リージョンの復旧：%1</translation>
    </message>
    <message>
        <source>Suppress job execution: %1</source>
        <translation>ジョブ実行抑止：%1</translation>
    </message>
    <message>
        <source>Release suppression: %1</source>
        <translation>抑止解除：%1</translation>
    </message>
    <message>
        <source>Pre-flight check: %1...</source>
        <translation>事前チェック：%1...</translation>
    </message>
    <message>
        <source>Contract settings...</source>
        <translation>契約設定...</translation>
    </message>
    <message>
        <source>Change maintenance date...</source>
        <translation>メンテナンス日の変更...</translation>
    </message>
    <message>
        <source>Failover...</source>
        <translation>運用切り替え...</translation>
    </message>
    <message>
        <source>Failback...</source>
        <translation>運用切り戻し...</translation>
    </message>
    <message>
        <source>Start-mode rules...</source>
        <translation>起動モードのルール...</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>コンソール(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;witchover</source>
        <translation>運用切り替え/切り戻し(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>シミュレーション(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
        <translation>サービス(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Cannot synchronise now: %1.</source>
        <translation>現在は同期できません：%1。</translation>
    </message>
    <message>
        <source>The region is already unavailable.</source>
        <translation>リージョンはすでに使用できない状態です。</translation>
    </message>
    <message>
        <source>The region is available.</source>
        <translation>リージョンは使用可能です。</translation>
    </message>
    <message>
        <source>The failover is complete; continue with the failback.</source>
        <translation>運用切り替えは完了しています。運用切り戻しに進んでください。</translation>
    </message>
    <message>
        <source>Continue the failover at step %1</source>
        <translation>ステップ%1から運用切り替えを続行します</translation>
    </message>
    <message>
        <source>Start a failover to the DR environment (step 1)</source>
        <translation>災対環境への運用切り替えを開始します（ステップ1）</translation>
    </message>
    <message>
        <source>A failback needs a completed failover (step 6 done).</source>
        <translation>運用切り戻しには、完了した運用切り替え（ステップ6まで完了）が必要です。</translation>
    </message>
    <message>
        <source>Continue the failback at step %1</source>
        <translation>ステップ%1から運用切り戻しを続行します</translation>
    </message>
    <message>
        <source>Advance the clock</source>
        <translation>時計を進める</translation>
    </message>
    <message>
        <source>Regional outage</source>
        <translation>リージョン障害</translation>
    </message>
    <message>
        <source>Simulate a wide-area disaster in the %1? Its manager stops and synchronisation stops; what changed since the last sync point is lost.</source>
        <translation>%1で広域災害をシミュレーションしますか？マネージャーと同期が停止し、最後の同期ポイント以降の変更は失われます。</translation>
    </message>
    <message>
        <source>Restore region</source>
        <translation>リージョンの復旧</translation>
    </message>
    <message>
        <source>Suppress job execution</source>
        <translation>ジョブ実行抑止</translation>
    </message>
    <message>
        <source>Release suppression</source>
        <translation>抑止解除</translation>
    </message>
    <message>
        <source>Contract settings</source>
        <translation>契約設定</translation>
    </message>
    <message>
        <source>Maintenance date</source>
        <translation>メンテナンス日</translation>
    </message>
    <message>
        <source>Next maintenance:</source>
        <translation>次回のメンテナンス：</translation>
    </message>
    <message>
        <source>The console will be in Japanese the next time it starts.</source>
        <translation>次回の起動時から、コンソールは日本語で表示されます。</translation>
    </message>
    <message>
        <source>The console will be in English the next time it starts.</source>
        <translation>次回の起動時から、コンソールは英語で表示されます。</translation>
    </message>
</context>
<context>
    <name>dr::ui::ConsoleLoader</name>
    <message>
        <source>Opening the database...</source>
        <translation>データベースを開いています...</translation>
    </message>
    <message>
        <source>DR Console</source>
        <translation>DR Console</translation>
    </message>
</context>
<context>
    <name>dr::ui::ConsoleWork</name>
    <message>
        <source>DR Console</source>
        <translation>DR Console</translation>
    </message>
</context>
<context>
    <name>dr::ui::ContractDialog</name>
    <message>
        <source>Contract settings</source>
        <translation>契約設定</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>お客様：</translation>
    </message>
    <message>
        <source>Primary service tier:</source>
        <translation>現用環境のサービスレベル：</translation>
    </message>
    <message>
        <source>DR option edition:</source>
        <translation>DRオプションのエディション：</translation>
    </message>
    <message>
        <source>Job management and system management share one authentication server</source>
        <translation>ジョブ管理とシステム管理で1つの認証サーバーを共有する</translation>
    </message>
    <message>
        <source>JP1 user authentication linked to system management. The DR option cannot be used in this configuration: a switch is refused at step 1.</source>
        <translation>JP1ユーザー認証がシステム管理と連携しています（システム管理認証連携）。この構成ではDRオプションを使用できません。切り替えはステップ1で拒否されます。</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>認証：</translation>
    </message>
    <message>
        <source>The DR environment accepts closed-network access only.</source>
        <translation>災対環境は閉域網からのアクセスだけを受け付けます。</translation>
    </message>
    <message>
        <source>Customer access:</source>
        <translation>お客様のアクセス：</translation>
    </message>
</context>
<context>
    <name>dr::ui::ExportDialog</name>
    <message>
        <source>Export definitions</source>
        <translation>定義のエクスポート</translation>
    </message>
    <message>
        <source>Export host information</source>
        <translation>ホスト情報のエクスポート</translation>
    </message>
    <message>
        <source>Export agents</source>
        <translation>実行エージェントのエクスポート</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R)：</translation>
    </message>
    <message>
        <source>all units, or a path such as /SALES</source>
        <translation>すべてのユニット、または/SALESのようなパス</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>ユニット(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E)：</translation>
    </message>
    <message>
        <source>CSV (name,host,limits,restriction,description)</source>
        <translation>CSV（name,host,limits,restriction,description）</translation>
    </message>
    <message>
        <source>ajsagtadd command lines</source>
        <translation>ajsagtaddコマンド行</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>エクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>ajsprint definitions (*.ajs *.txt);;All files (*)</source>
        <translation>ajsprint定義 (*.ajs *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>jp1hosts2 files (*.conf *.txt);;All files (*)</source>
        <translation>jp1hosts2ファイル (*.conf *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Agent files (*.csv *.sh);;All files (*)</source>
        <translation>エージェントファイル (*.csv *.sh);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot;に書き込めません：%2。</translation>
    </message>
</context>
<context>
    <name>dr::ui::HostDialog</name>
    <message>
        <source>Edit host %1 - %2</source>
        <translation>ホスト%1の編集 - %2</translation>
    </message>
    <message>
        <source>Add host - %1</source>
        <translation>ホストの追加 - %1</translation>
    </message>
    <message>
        <source>for example ord-db01</source>
        <translation>例：ord-db01</translation>
    </message>
    <message>
        <source>Host &amp;name:</source>
        <translation>ホスト名(&amp;N)：</translation>
    </message>
    <message>
        <source>10.20.1.21 10.20.1.22</source>
        <translation>10.20.1.21 10.20.1.22</translation>
    </message>
    <message>
        <source>&amp;IP addresses:</source>
        <translation>IPアドレス(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>コメント(&amp;C)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Separate several addresses with spaces or commas. This region resolves IPv4 and IPv6 (+DefaultResolve 1).</source>
        <translation>複数のアドレスは空白またはコンマで区切ってください。このリージョンではIPv4とIPv6のアドレスを解決します（+DefaultResolve 1）。</translation>
    </message>
    <message>
        <source>Separate several addresses with spaces or commas. This region resolves IPv4 only (+DefaultResolve 0); allow IPv6 on the Host information list to add IPv6 addresses.</source>
        <translation>複数のアドレスは空白またはコンマで区切ってください。このリージョンではIPv4のアドレスだけを解決します（+DefaultResolve 0）。IPv6アドレスを追加するには、「ホスト情報」一覧でIPv6を許可してください。</translation>
    </message>
    <message>
        <source>%1 of %2 bytes (UTF-8; a Japanese character takes 3)</source>
        <translation>%1 / %2 バイト（UTF-8。日本語は1文字3バイト）</translation>
    </message>
    <message>
        <source>The host was not saved</source>
        <translation>ホストを保存できませんでした</translation>
    </message>
</context>
<context>
    <name>dr::ui::HostListPanel</name>
    <message>
        <source>Host information</source>
        <translation>ホスト情報</translation>
    </message>
    <message>
        <source>Allow IPv6 (+DefaultResolve 1)</source>
        <translation>IPv6を許可（+DefaultResolve 1）</translation>
    </message>
    <message>
        <source>Filter by name, address or comment</source>
        <translation>名前、アドレス、またはコメントで絞り込み</translation>
    </message>
    <message>
        <source>This region already has %1 host entries, the most allowed.</source>
        <translation>このリージョンのホストエントリーは、既に上限の %1 件です。</translation>
    </message>
    <message>
        <source>Add a host name and its IP addresses</source>
        <translation>ホスト名とそのIPアドレスを追加します</translation>
    </message>
    <message>
        <source>Select a host first.</source>
        <translation>先にホストを選択してください。</translation>
    </message>
    <message>
        <source>Change the selected host entry</source>
        <translation>選択したホストエントリーを変更します</translation>
    </message>
    <message>
        <source>Remove the selected host entry</source>
        <translation>選択したホストエントリーを削除します</translation>
    </message>
    <message>
        <source>Whether this region&apos;s host information may hold IPv6 addresses and resolves them (jp1hosts2 +DefaultResolve 1). Off resolves IPv4 only.</source>
        <translation>このリージョンのホスト情報にIPv6アドレスを定義し、IPv6アドレスを解決するかどうかを指定します（jp1hosts2の+DefaultResolve 1）。オフの場合はIPv4アドレスだけを解決します。</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>エントリー数：%1</translation>
    </message>
    <message>
        <source>The resolve setting was not changed</source>
        <translation>アドレス解決の設定を変更できませんでした</translation>
    </message>
    <message>
        <source>Remove host</source>
        <translation>ホストの削除</translation>
    </message>
    <message>
        <source>Remove the host %1 from the host information of the %2?</source>
        <translation>%2のホスト情報からホスト%1を削除しますか？</translation>
    </message>
    <message>
        <source>The host was not removed</source>
        <translation>ホストを削除できませんでした</translation>
    </message>
</context>
<context>
    <name>dr::ui::HostTableModel</name>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IPアドレス</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
</context>
<context>
    <name>dr::ui::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>...ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル：%1</translation>
    </message>
    <message>
        <source>Errors (the file is imported only without errors)</source>
        <translation>エラー（エラーがない場合だけインポートできます）</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Import definitions - preview</source>
        <translation>定義のインポート - プレビュー</translation>
    </message>
    <message>
        <source>Import host information - preview</source>
        <translation>ホスト情報のインポート - プレビュー</translation>
    </message>
    <message>
        <source>Import agents - preview</source>
        <translation>実行エージェントのインポート - プレビュー</translation>
    </message>
    <message>
        <source>Into &amp;region:</source>
        <translation>インポート先リージョン(&amp;R)：</translation>
    </message>
    <message>
        <source>Detect (UTF-8 or Shift_JIS)</source>
        <translation>自動判別（UTF-8またはShift_JIS）</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E)：</translation>
    </message>
    <message>
        <source>Into an empty environment (no units yet)</source>
        <translation>空の環境へ（ユニットがまだない場合）</translation>
    </message>
    <message>
        <source>Merge: add and change the file&apos;s units, keep the others</source>
        <translation>マージ：ファイル内のユニットを追加・変更し、それ以外のユニットはそのまま残す</translation>
    </message>
    <message>
        <source>Replace the subtree:</source>
        <translation>サブツリーを置き換え：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>モード：</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>Read as %1 (%2): %3.</source>
        <translation>%1（%2）として読み込みました：%3。</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1 (%2): %n error(s); nothing can be imported.</source>
        <translation>
            <numerusform>%1（%2）として読み込みました：エラー %n 件。インポートできません。</numerusform>
        </translation>
    </message>
    <message>
        <source>To add (%1)</source>
        <translation>追加対象（%1）</translation>
    </message>
    <message>
        <source>To change (%1)</source>
        <translation>変更対象（%1）</translation>
    </message>
    <message>
        <source>To remove (%1)</source>
        <translation>削除対象（%1）</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>...ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has errors; correct them and open it again.</source>
        <translation>ファイルにエラーがあります。エラーを修正してから、もう一度開いてください。</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>インポートできませんでした</translation>
    </message>
    <message>
        <source>%1 imported: %2.</source>
        <translation>%1をインポートしました：%2。</translation>
    </message>
    <message>
        <source>The console is still busy with a long operation; try again when it has finished.</source>
        <translation>コンソールは時間のかかる処理を実行中です。処理が終わってから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Reading the file against the current units...</source>
        <translation>ファイルを現在のユニットと照合しています...</translation>
    </message>
    <message>
        <source>Importing the definitions...</source>
        <translation>定義をインポートしています...</translation>
    </message>
</context>
<context>
    <name>dr::ui::InteropActions</name>
    <message>
        <source>Import &amp;definitions...</source>
        <translation>定義のインポート(&amp;D)...</translation>
    </message>
    <message>
        <source>Import &amp;host information...</source>
        <translation>ホスト情報のインポート(&amp;H)...</translation>
    </message>
    <message>
        <source>Import &amp;agents...</source>
        <translation>実行エージェントのインポート(&amp;A)...</translation>
    </message>
    <message>
        <source>Export d&amp;efinitions...</source>
        <translation>定義のエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>Export h&amp;ost information...</source>
        <translation>ホスト情報のエクスポート(&amp;O)...</translation>
    </message>
    <message>
        <source>Export a&amp;gents...</source>
        <translation>実行エージェントのエクスポート(&amp;G)...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Read JP1/AJS3 unit definitions (ajsprint) into the primary region</source>
        <translation>JP1/AJS3のユニット定義（ajsprint形式）を現用環境に読み込みます</translation>
    </message>
    <message>
        <source>Replace a region&apos;s host information by a jp1hosts2 file</source>
        <translation>リージョンのホスト情報をjp1hosts2ファイルの内容で置き換えます</translation>
    </message>
    <message>
        <source>Add or change execution agents from CSV or ajsagtadd lines</source>
        <translation>CSVまたはajsagtaddの行から実行エージェントを追加または変更します</translation>
    </message>
    <message>
        <source>ajsprint definitions (*.ajs *.txt);;All files (*)</source>
        <translation>ajsprint形式の定義 (*.ajs *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>jp1hosts2 files (*.conf *.txt);;All files (*)</source>
        <translation>jp1hosts2ファイル (*.conf *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Agent files (*.csv *.sh *.txt);;All files (*)</source>
        <translation>実行エージェントのファイル (*.csv *.sh *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot;を読み込めません：%2。</translation>
    </message>
</context>
<context>
    <name>dr::ui::JobnetsPage</name>
    <message>
        <source>Rerun the root jobnet from the top</source>
        <translation>ルートジョブネットを先頭から再実行</translation>
    </message>
    <message>
        <source>Rerun from the abnormally ended job</source>
        <translation>異常終了したジョブから再実行</translation>
    </message>
    <message>
        <source>Rerun from the job after the abnormally ended one</source>
        <translation>異常終了したジョブの次から再実行</translation>
    </message>
    <message>
        <source>Rerun only the jobs that ended with a warning</source>
        <translation>警告検出終了したジョブだけを再実行</translation>
    </message>
    <message>
        <source>Rerun this job and its successors</source>
        <translation>このジョブとその後続を再実行</translation>
    </message>
    <message>
        <source>Rerun this job only</source>
        <translation>このジョブだけを再実行</translation>
    </message>
    <message>
        <source>Select a jobnet or job first.</source>
        <translation>先にジョブネットまたはジョブを選択してください。</translation>
    </message>
    <message>
        <source>Change status...</source>
        <translation>状態変更...</translation>
    </message>
    <message>
        <source>Hold after rerun</source>
        <translation>再実行後に保留</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>再実行</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>保留解除</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>強制終了</translation>
    </message>
    <message>
        <source>Filtering...</source>
        <translation>絞り込み中...</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Units the disaster-recovery start marked for review, such as jobs with an unknown end status.</source>
        <translation>ディザスターリカバリースタートによって要確認とされたユニット（終了状態不明のジョブなど）です。</translation>
    </message>
    <message>
        <source>Filter by name, path or agent</source>
        <translation>名前、パス、または実行エージェントで絞り込み</translation>
    </message>
    <message>
        <source>The %1 is suppressed; jobs will not start until release.</source>
        <translation>%1はジョブ実行抑止中です。抑止解除するまでジョブは開始されません。</translation>
    </message>
    <message>
        <source>Set the status of the selected jobs</source>
        <translation>選択したジョブの状態を変更します</translation>
    </message>
    <message>
        <source>Rerun one unit at a time.</source>
        <translation>再実行するユニットは1つずつ選択してください。</translation>
    </message>
    <message>
        <source>Rerun the selected unit</source>
        <translation>選択したユニットを再実行します</translation>
    </message>
    <message>
        <source>Hold the selected units</source>
        <translation>選択したユニットを保留します</translation>
    </message>
    <message>
        <source>Release the hold of the selected units</source>
        <translation>選択したユニットの保留を解除します</translation>
    </message>
    <message>
        <source>Kill the selected running units</source>
        <translation>選択した実行中のユニットを強制終了します</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) match</source>
        <translation>
            <numerusform>%n 件のユニットが該当</numerusform>
        </translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>状態変更</translation>
    </message>
    <message numerus="yes">
        <source>Kill %n running unit(s)? They end as &quot;Killed&quot; (abnormal).</source>
        <translation>
            <numerusform>実行中の %n 件のユニットを強制終了しますか？ ユニットは「強制終了」（異常）で終了します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::ListPanel</name>
    <message>
        <source>Add...</source>
        <translation>追加...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>編集...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>dr::ui::MainWindow</name>
    <message>
        <source>DR Console - %1</source>
        <translation>DR Console - %1</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Jobnets and jobs</source>
        <translation>ジョブネットとジョブ</translation>
    </message>
    <message>
        <source>Agents and hosts</source>
        <translation>実行エージェントとホスト</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>運用手順</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Simulation stopped</source>
        <translation>シミュレーション停止中</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>オペレーター：%1（%2）</translation>
    </message>
    <message>
        <source>running at %1x</source>
        <translation>%1倍速で実行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Simulated clock: %1 (%2)</source>
        <translation>シミュレーション時計：%1（%2）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース：%1</translation>
    </message>
</context>
<context>
    <name>dr::ui::OverdueTable</name>
    <message>
        <source>Run all after release</source>
        <translation>すべて抑止解除後に実行</translation>
    </message>
    <message>
        <source>Skip all</source>
        <translation>すべてスキップ</translation>
    </message>
    <message>
        <source>Root jobnet</source>
        <translation>ルートジョブネット</translation>
    </message>
    <message>
        <source>Was due at (JST)</source>
        <translation>実行予定時刻（JST）</translation>
    </message>
    <message>
        <source>After release</source>
        <translation>抑止解除後</translation>
    </message>
    <message>
        <source>Run after release</source>
        <translation>抑止解除後に実行</translation>
    </message>
    <message>
        <source>Skip (Skipped so not exe.)</source>
        <translation>スキップ（繰り越し未実行）</translation>
    </message>
    <message>
        <source>No jobnet is overdue.</source>
        <translation>実行予定時刻を過ぎたジョブネットはありません。</translation>
    </message>
    <message>
        <source>Overdue jobnets</source>
        <translation>遅延ジョブネット</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue root jobnet(s): %1 will run at release, %2 will be skipped. Runs missed more than once start once, not once per missed start.</source>
        <translation>
            <numerusform>実行予定時刻を過ぎたルートジョブネット：%n 件（抑止解除時に実行：%1 件、スキップ：%2 件）。複数回の実行予定を過ぎている場合も、過ぎた回数分ではなく1回だけ実行されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::OverviewPage</name>
    <message>
        <source>Switchover</source>
        <translation>運用切り替え/切り戻し</translation>
    </message>
    <message>
        <source>Open the switchover wizard...</source>
        <translation>運用切り替え/切り戻しウィザードを開く...</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>最近の操作</translation>
    </message>
    <message>
        <source>No switchover is in progress. Operation runs in the %1.</source>
        <translation>実行中の切り替えはありません。%1で運用中です。</translation>
    </message>
    <message>
        <source>In a wide-area disaster, or for a drill, the customer requests the switch (step 1).</source>
        <translation>広域災害時または運用訓練時は、お客様が運用切り替えを依頼します（ステップ1）。</translation>
    </message>
    <message>
        <source>Run %1 (%2): %3</source>
        <translation>切り替え #%1（%2）：%3</translation>
    </message>
    <message>
        <source>Next: step %1 of 12, %2</source>
        <translation>次の作業：ステップ %1/12「%2」</translation>
    </message>
    <message>
        <source>To be done by: %1</source>
        <translation>実施者：%1</translation>
    </message>
    <message>
        <source>You are signed in as the %1; the %2 acts next.</source>
        <translation>%1としてサインインしています。次の作業は%2が実施します。</translation>
    </message>
    <message>
        <source>%1  %2 (%3)  %4: %5</source>
        <translation>%1  %2（%3）  %4：%5</translation>
    </message>
    <message>
        <source>The failover is complete; operation runs in the %1 until the customer requests the switch back.</source>
        <translation>運用切り替えは完了しました。お客様が運用切り戻しを依頼するまで、%1で運用します。</translation>
    </message>
</context>
<context>
    <name>dr::ui::PreflightDialog</name>
    <message>
        <source>Pre-flight check: %1</source>
        <translation>事前チェック：%1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出内容</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>dr::ui::PreflightPage</name>
    <message>
        <source>I have read the warnings and accept them</source>
        <translation>警告の内容を確認し、了承しました</translation>
    </message>
    <message>
        <source>Pre-flight check of the %1: no problems found.</source>
        <translation>%1の事前チェック：問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>要修正：%1</translation>
    </message>
    <message>
        <source>Register agent %1...</source>
        <translation>実行エージェント%1を登録...</translation>
    </message>
    <message>
        <source>Copy it from the %1</source>
        <translation>%1からコピー</translation>
    </message>
    <message>
        <source>Copy agent</source>
        <translation>実行エージェントのコピー</translation>
    </message>
    <message>
        <source>Open agents and hosts...</source>
        <translation>「実行エージェントとホスト」を開く...</translation>
    </message>
    <message>
        <source>Agents and hosts of the %1</source>
        <translation>%1の実行エージェントとホスト</translation>
    </message>
    <message>
        <source>Agent &quot;%1&quot; is not registered here.</source>
        <translation>実行エージェント「%1」がこのリージョンに登録されていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not resolve here.</source>
        <translation>「%1」の実行ホストをこのリージョンで名前解決できません。</translation>
    </message>
    <message>
        <source>The %1 has no network connection.</source>
        <translation>%1にネットワーク接続がありません。</translation>
    </message>
    <message>
        <source>The customer&apos;s access is internet-only.</source>
        <translation>お客様のアクセス経路がインターネットのみです。</translation>
    </message>
    <message>
        <source>Open network connections...</source>
        <translation>ネットワーク接続を開く...</translation>
    </message>
    <message>
        <source>Contract settings...</source>
        <translation>契約設定...</translation>
    </message>
    <message>
        <source>Contract settings</source>
        <translation>契約設定</translation>
    </message>
    <message numerus="yes">
        <source>Pre-flight check of the %1: %n error(s) must be fixed before the recovery work can be reported complete.</source>
        <translation>
            <numerusform>%1の事前チェック：復旧作業の完了を報告する前に、%n 件のエラーを修正する必要があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pre-flight check of the %1: no errors; %n warning(s) to acknowledge.</source>
        <translation>
            <numerusform>%1の事前チェック：エラーはありません。確認が必要な警告が %n 件あります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::RecoveryPage</name>
    <message>
        <source>1. Agents and host information</source>
        <translation>1. 実行エージェントとホスト情報</translation>
    </message>
    <message>
        <source>2. Units needing review</source>
        <translation>2. 要確認のユニット</translation>
    </message>
    <message>
        <source>3. Overdue jobnets</source>
        <translation>3. 遅延ジョブネット</translation>
    </message>
    <message>
        <source>&lt;b&gt;The %1 manager started in disaster-recovery start mode.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1のマネージャーはディザスターリカバリースタートで起動しています。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>2. Units needing review (%1)</source>
        <translation>2. 要確認のユニット（%1）</translation>
    </message>
    <message>
        <source>3. Overdue jobnets (%1)</source>
        <translation>3. 遅延ジョブネット（%1）</translation>
    </message>
    <message>
        <source>Rules applied</source>
        <translation>適用されたルール</translation>
    </message>
</context>
<context>
    <name>dr::ui::RegionCard</name>
    <message>
        <source>Restrictions while operating here: no internet access to the service, no multi-factor authentication, no maintenance-date change.</source>
        <translation>この環境で運用中の制限：サービスへのインターネット接続、多要素認証、メンテナンス日の変更は利用できません。</translation>
    </message>
    <message>
        <source>Region unavailable (outage since %1)</source>
        <translation>リージョン利用不可（%1から障害発生中）</translation>
    </message>
    <message>
        <source>Manager running</source>
        <translation>マネージャー稼働中</translation>
    </message>
    <message>
        <source>Manager stopped</source>
        <translation>マネージャー停止中</translation>
    </message>
    <message>
        <source>Job execution suppressed: no job starts until release</source>
        <translation>ジョブ実行抑止中：抑止解除するまでジョブは開始されません</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>運用中</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Service tier: %1</source>
        <translation>サービスレベル：%1</translation>
    </message>
    <message>
        <source>Service tier: %1 (equivalent)</source>
        <translation>サービスレベル：%1相当</translation>
    </message>
    <message>
        <source>Last sync point: %1 (lag %2)</source>
        <translation>最終同期ポイント：%1（遅延 %2）</translation>
    </message>
    <message>
        <source>Last sync point: none yet</source>
        <translation>最終同期ポイント：まだありません</translation>
    </message>
    <message>
        <source>Synchronisation paused: %1</source>
        <translation>同期一時停止中：%1</translation>
    </message>
    <message numerus="yes">
        <source>Changes since the last sync point: %n unit(s)</source>
        <translation>
            <numerusform>最終同期ポイント以降の変更：ユニット %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Network: %n connection(s) configured</source>
        <translation>
            <numerusform>ネットワーク接続：%n 件設定済み</numerusform>
        </translation>
    </message>
    <message>
        <source>Network: no configured connection</source>
        <translation>ネットワーク接続：設定なし</translation>
    </message>
    <message>
        <source>Execution agents registered: %1; hosts in the host information: %2</source>
        <translation>実行エージェント：%1 件登録済み、ホスト情報：ホスト %2 件</translation>
    </message>
    <message>
        <source>Service portal items (not carried over by a switch): %1</source>
        <translation>サービスポータルの設定項目（切り替えで引き継がれません）：%1 件</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>ユニット数：%1</translation>
    </message>
    <message numerus="yes">
        <source>Pre-flight: %n error(s)</source>
        <translation>
            <numerusform>事前チェック：エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks this region before it becomes active. Click for the full list.</source>
        <translation>運用を開始する前にこのリージョンをチェックします。クリックするとすべての結果を表示します。</translation>
    </message>
    <message>
        <source>Pre-flight: checking…</source>
        <translation>事前チェック：確認中…</translation>
    </message>
</context>
<context>
    <name>dr::ui::RegionCompareModel</name>
    <message>
        <source>execution host</source>
        <translation>実行ホスト</translation>
    </message>
    <message>
        <source>concurrency windows</source>
        <translation>同時実行数（時間帯）</translation>
    </message>
    <message>
        <source>transfer restriction</source>
        <translation>ジョブ転送制限</translation>
    </message>
    <message>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>letter case of the name</source>
        <translation>名前の大文字・小文字</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IPアドレス</translation>
    </message>
    <message>
        <source>Execution agent</source>
        <translation>実行エージェント</translation>
    </message>
    <message>
        <source>Host information</source>
        <translation>ホスト情報</translation>
    </message>
    <message>
        <source>Missing in DR</source>
        <translation>災対になし</translation>
    </message>
    <message>
        <source>Missing in primary</source>
        <translation>現用になし</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>相違あり</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>dr::ui::RegionComparePanel</name>
    <message>
        <source>Also compare agent descriptions and host IP addresses</source>
        <translation>実行エージェントの説明とホストのIPアドレスも比較する</translation>
    </message>
    <message>
        <source>Copy missing agents from primary</source>
        <translation>不足している実行エージェントを現用からコピー</translation>
    </message>
    <message>
        <source>Copy to DR</source>
        <translation>災対へコピー</translation>
    </message>
    <message>
        <source>Copy to primary</source>
        <translation>現用へコピー</translation>
    </message>
    <message>
        <source>Descriptions and addresses usually differ between the regions (separate networks), so they are not compared unless you ask.</source>
        <translation>説明とアドレスは通常、リージョン間で異なる（ネットワークが別である）ため、指定しない限り比較しません。</translation>
    </message>
    <message>
        <source>Agents pre-registered in the DR environment shorten the recovery work after a switch: jobs find their agents there at once. @SYSTEM is built into each region and not compared.</source>
        <translation>災対環境に実行エージェントを事前に登録しておくと、切り替え後にジョブがすぐに実行エージェントを見つけられるため、復旧作業を短縮できます。@SYSTEMは各リージョンに組み込まれているため、比較しません。</translation>
    </message>
    <message>
        <source>Selected agent:</source>
        <translation>選択した実行エージェント：</translation>
    </message>
    <message>
        <source>The execution agents and host names of both regions match.</source>
        <translation>両リージョンの実行エージェントとホスト名は一致しています。</translation>
    </message>
    <message>
        <source>Differing execution agents: %1. Differing host entries: %2.</source>
        <translation>相違のある実行エージェント：%1 件。相違のあるホストエントリー：%2 件。</translation>
    </message>
    <message>
        <source>The DR environment already has every agent of the primary.</source>
        <translation>災対環境には、現用環境のすべての実行エージェントが既に登録されています。</translation>
    </message>
    <message>
        <source>Copy to the DR environment: %1</source>
        <translation>災対環境へのコピー：%1</translation>
    </message>
    <message>
        <source>Select an agent in the list first.</source>
        <translation>先に一覧から実行エージェントを選択してください。</translation>
    </message>
    <message>
        <source>Only execution agents are copied here. Host addresses differ per region: add the host on the Host information list of that region.</source>
        <translation>ここでコピーできるのは実行エージェントだけです。ホストのアドレスはリージョンごとに異なるため、該当するリージョンの「ホスト情報」一覧でホストを追加してください。</translation>
    </message>
    <message>
        <source>The primary environment does not have this agent; copy it to the primary environment instead.</source>
        <translation>現用環境にはこの実行エージェントがありません。代わりに現用環境へコピーしてください。</translation>
    </message>
    <message>
        <source>Copy the selected agent from the primary to the DR environment</source>
        <translation>選択した実行エージェントを現用環境から災対環境へコピーします</translation>
    </message>
    <message>
        <source>The DR environment does not have this agent; copy it to the DR environment instead.</source>
        <translation>災対環境にはこの実行エージェントがありません。代わりに災対環境へコピーしてください。</translation>
    </message>
    <message>
        <source>Copy the selected agent from the DR to the primary environment</source>
        <translation>選択した実行エージェントを災対環境から現用環境へコピーします</translation>
    </message>
    <message>
        <source>The agents were not copied</source>
        <translation>実行エージェントをコピーできませんでした</translation>
    </message>
    <message>
        <source>Overwrite the agent %1 in the %2 with its settings from the %3?

%3: %4
%2: %5</source>
        <translation>%2の実行エージェント%1を、%3の設定で上書きしますか？

%3：%4
%2：%5</translation>
    </message>
    <message>
        <source>Copy the agent %1 from the %2 to the %3?</source>
        <translation>実行エージェント%1を%2から%3へコピーしますか？</translation>
    </message>
    <message>
        <source>Copy execution agent</source>
        <translation>実行エージェントのコピー</translation>
    </message>
    <message>
        <source>The agent was not copied</source>
        <translation>実行エージェントをコピーできませんでした</translation>
    </message>
</context>
<context>
    <name>dr::ui::ReleasePage</name>
    <message>
        <source>Unit</source>
        <translation>ユニット</translation>
    </message>
    <message>
        <source>Why it starts</source>
        <translation>開始理由</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>現在の状態</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>実行予定時刻（%1）を経過</translation>
    </message>
    <message>
        <source>due at %1</source>
        <translation>実行予定時刻：%1</translation>
    </message>
    <message>
        <source>resubmitted (was queued when the copy was taken)</source>
        <translation>再投入（データのコピー時にキューイング中だったため）</translation>
    </message>
    <message>
        <source>its predecessors have ended</source>
        <translation>先行ユニットが終了したため</translation>
    </message>
    <message numerus="yes">
        <source>Releasing suppression in the %1 starts %n unit(s) right away:</source>
        <translation>
            <numerusform>%1で抑止解除すると、次の %n 件のユニットがすぐに開始されます：</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing starts right away: no jobnet is due or overdue and no job is waiting to be resubmitted. After the release, jobnets start at their scheduled times.</source>
        <translation>抑止解除してもすぐに開始されるものはありません。実行予定時刻を迎えた（または過ぎた）ジョブネットも、再投入待ちのジョブもありません。抑止解除後、ジョブネットはそれぞれの実行予定時刻に開始されます。</translation>
    </message>
    <message>
        <source>Releasing suppression in the %1 starts no unit right away.</source>
        <translation>%1で抑止解除しても、すぐに開始されるユニットはありません。</translation>
    </message>
    <message>
        <source>starts with its jobnet %1</source>
        <translation>ジョブネット %1 と一緒に開始</translation>
    </message>
</context>
<context>
    <name>dr::ui::RequestPage</name>
    <message>
        <source>Disaster: the primary environment is unavailable</source>
        <translation>災害：現用環境が利用できない</translation>
    </message>
    <message>
        <source>Drill: training or verification without a disaster</source>
        <translation>運用訓練：災害を伴わない訓練または検証</translation>
    </message>
    <message>
        <source>The primary keeps its data. After the switch back it restarts from its own data as of the drill&apos;s start: nothing done in the DR environment comes back.</source>
        <translation>現用環境のデータはそのまま保持されます。切り戻し後は運用訓練開始時点の自身のデータから再開するため、災対環境で行った操作は現用環境に戻りません。</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>モード：</translation>
    </message>
    <message>
        <source>Why the switch is requested, e.g. &quot;Tokyo region outage&quot;</source>
        <translation>切り替えを依頼する理由（例：「東京リージョン障害」）</translation>
    </message>
    <message>
        <source>Why operation can return, e.g. &quot;Tokyo region restored&quot;</source>
        <translation>運用を戻せる理由（例：「東京リージョン復旧」）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Not carried over by a switch (they start empty in the target region)</source>
        <translation>切り替えで引き継がれない項目（切り替え先のリージョンでは空の状態から開始）</translation>
    </message>
    <message>
        <source>This environment cannot use the disaster recovery option: job management and system management share one authentication server (JP1 user authentication is linked to system management), and the DR environment has no system management to authenticate against. Ask the service desk to separate the authentication first.</source>
        <translation>この環境ではディザスターリカバリーオプションを使用できません。ジョブ管理とシステム管理が1つの認証サーバーを共有しており（JP1ユーザーの認証にシステム管理認証連携を使用しています）、災対環境には認証先となるシステム管理がないためです。先にサービスデスクに認証の分離を依頼してください。</translation>
    </message>
    <message>
        <source>Drill: nothing done in the DR environment during the drill comes back to the primary environment. These will be lost:</source>
        <translation>運用訓練：訓練中に災対環境で行った操作は、現用環境に戻りません。次の内容は失われます：</translation>
    </message>
    <message>
        <source>The primary environment is still unavailable. Restore it (Simulation menu) before requesting the switch back.</source>
        <translation>現用環境はまだ利用できません。切り戻しを依頼する前に、現用環境を復旧してください（「シミュレーション」メニュー）。</translation>
    </message>
    <message>
        <source>The primary environment restarts from its own data as of the drill&apos;s start (%1).</source>
        <translation>現用環境は、訓練開始時点（%1）の自身のデータから再起動します。</translation>
    </message>
</context>
<context>
    <name>dr::ui::RuleReferenceDialog</name>
    <message>
        <source>Start-mode rules</source>
        <translation>起動モードの規則</translation>
    </message>
    <message>
        <source>What a manager start does to the status of each job (event jobs: the same, &quot;Now monitoring&quot; included). Jobnet statuses are recomputed from their children. A disaster-recovery start is used at steps 2 and 8 and leaves the manager suppressed.</source>
        <translation>マネージャーの起動によって各ジョブの状態がどうなるかを示します（イベントジョブも同様で、「監視中」も含みます）。ジョブネットの状態は、配下のユニットの状態から再計算されます。ディザスターリカバリースタートはステップ2とステップ8で使用し、起動後のマネージャーはジョブ実行抑止中になります。</translation>
    </message>
    <message>
        <source>Status in the data</source>
        <translation>データ上の状態</translation>
    </message>
    <message>
        <source>Cold start</source>
        <translation>コールドスタート</translation>
    </message>
    <message>
        <source>Warm start</source>
        <translation>ウォームスタート</translation>
    </message>
    <message>
        <source>Hot start</source>
        <translation>ホットスタート</translation>
    </message>
    <message>
        <source>Disaster-recovery start</source>
        <translation>ディザスターリカバリースタート</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source> (resubmitted; &quot;Not executed + Ended&quot; after an abnormal predecessor)</source>
        <translation> （再投入。先行ユニットが異常終了した場合は「未実行終了」）</translation>
    </message>
    <message>
        <source> - needs review</source>
        <translation> - 要確認</translation>
    </message>
    <message>
        <source>Root jobnets whose start time passed while no manager was running, or while job execution was suppressed, are overdue and listed at step 3: run after release (default) or skip (&quot;Skipped so not exe.&quot;); the choice for all also applies to jobnets that come due before the release. Restoring the active region after an outage restarts its manager with a warm start. While suppressed, nothing starts: no jobnet generation and no job; jobs already running finish.</source>
        <translation>マネージャーが停止している間、またはジョブ実行抑止中に開始時刻を過ぎたルートジョブネットは遅延ジョブネットとなり、ステップ3で一覧表示されます。抑止解除後に実行する（デフォルト）か、スキップする（「繰り越し未実行」）かを選択します。すべてに対する選択は、抑止解除までに開始時刻を迎えるジョブネットにも適用されます。障害後に運用中のリージョンを復旧すると、そのマネージャーはウォームスタートで再起動します。ジョブ実行抑止中は、ジョブネットの世代もジョブも開始されません。既に実行中のジョブは最後まで実行されます。</translation>
    </message>
</context>
<context>
    <name>dr::ui::RunbookModel</name>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次に実施</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>作業名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>At (JST)</source>
        <translation>実施日時（JST）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3
Done by: %4</source>
        <translation>ステップ %1（%2）：%3
実施者：%4</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>備考：%1</translation>
    </message>
</context>
<context>
    <name>dr::ui::RunbookPage</name>
    <message>
        <source>Switchover:</source>
        <translation>運用切り替え/切り戻し：</translation>
    </message>
    <message>
        <source>Open the switchover wizard...</source>
        <translation>運用切り替え/切り戻しウィザードを開く...</translation>
    </message>
    <message>
        <source>Export report...</source>
        <translation>レポートのエクスポート...</translation>
    </message>
    <message>
        <source>Next switchover (not started)</source>
        <translation>次回の切り替え（未開始）</translation>
    </message>
    <message>
        <source>Current switchover</source>
        <translation>現在の切り替え</translation>
    </message>
    <message>
        <source>Run %1: %2, started %3%4</source>
        <translation>切り替え #%1：%2、%3 開始%4</translation>
    </message>
    <message>
        <source>, completed</source>
        <translation>、完了</translation>
    </message>
    <message>
        <source>Failover time, step 1 to step 6 (RTO): %1</source>
        <translation>運用切り替え時間（ステップ1～ステップ6、RTO）：%1</translation>
    </message>
    <message>
        <source>Failback time, step 7 to step 12: %1</source>
        <translation>運用切り戻し時間（ステップ7～ステップ12）：%1</translation>
    </message>
    <message>
        <source>Next: step %1, %2 - by the %3.</source>
        <translation>次の作業：ステップ %1「%2」（実施者：%3）。</translation>
    </message>
    <message>
        <source>No switchover is in progress. A switchover starts with step 1, requested by the customer.</source>
        <translation>実行中の切り替えはありません。切り替えは、お客様による依頼（ステップ1）から始まります。</translation>
    </message>
    <message numerus="yes">
        <source>Data-loss window (RPO): %1 (sync point %2, outage %3); %n unit(s) changed in it</source>
        <translation>
            <numerusform>データ損失期間（RPO）：%1（同期ポイント %2、障害発生 %3）。この期間に変更されたユニット：%n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Every action is recorded in the audit log under your name and role.</source>
        <translation>操作はすべて、オペレーター名と役割とともに監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Operator name:</source>
        <translation>オペレーター名：</translation>
    </message>
    <message>
        <source>Requests switches, adjusts agents and host information, reviews jobnets.</source>
        <translation>運用切り替え/切り戻しの依頼、実行エージェントとホスト情報の調整、ジョブネットの確認を行います。</translation>
    </message>
    <message>
        <source>Starts managers, releases job execution suppression, manages the contract.</source>
        <translation>マネージャーの起動、ジョブ実行抑止の解除、契約の管理を行います。</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割：</translation>
    </message>
</context>
<context>
    <name>dr::ui::SimulationController</name>
    <message>
        <source>Synchronising the changed definitions to the DR environment...</source>
        <translation>変更された定義を災対環境に同期しています...</translation>
    </message>
</context>
<context>
    <name>dr::ui::StartUsingPage</name>
    <message>
        <source>Export report...</source>
        <translation>レポートのエクスポート...</translation>
    </message>
</context>
<context>
    <name>dr::ui::StepPage</name>
    <message>
        <source>Step %1 of 12: %2</source>
        <translation>ステップ %1/12：%2</translation>
    </message>
    <message>
        <source>Complete step %1</source>
        <translation>ステップ %1 を完了</translation>
    </message>
    <message>
        <source>Switch operator...</source>
        <translation>オペレーターを変更...</translation>
    </message>
    <message>
        <source>Who acts: %1</source>
        <translation>実施者：%1</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2).</source>
        <translation>%1（%2）としてサインインしています。</translation>
    </message>
    <message>
        <source>No operator is signed in.</source>
        <translation>オペレーターがサインインしていません。</translation>
    </message>
    <message>
        <source>This step is done by the %1: %2 Switch operator to continue.</source>
        <translation>このステップは%1が実施します：%2続行するには、オペレーターを変更してください。</translation>
    </message>
</context>
<context>
    <name>dr::ui::SummaryPage</name>
    <message>
        <source>Switchover complete</source>
        <translation>運用切り替え/切り戻し完了</translation>
    </message>
    <message>
        <source>Operation continues in the primary environment; synchronisation to the DR environment resumes.</source>
        <translation>現用環境で運用を継続します。災対環境への同期を再開します。</translation>
    </message>
    <message>
        <source>Export report...</source>
        <translation>レポートのエクスポート...</translation>
    </message>
</context>
<context>
    <name>dr::ui::SwitchPage</name>
    <message>
        <source>Not carried over: %1. They start empty in the %2.</source>
        <translation>引き継がれない項目：%1。%2では空の状態から開始します。</translation>
    </message>
    <message>
        <source>From the %1 to the %2</source>
        <translation>%1から%2へ</translation>
    </message>
    <message>
        <source>The DR manager starts from the last sync point: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>災対環境のマネージャーは、最終同期ポイント（&lt;b&gt;%1&lt;/b&gt;）のデータから起動します。</translation>
    </message>
    <message>
        <source>Drill: the primary manager stops now; its data stays as it is for the switch back.</source>
        <translation>運用訓練：現用環境のマネージャーをここで停止します。データは切り戻しに備えてそのまま保持されます。</translation>
    </message>
    <message>
        <source>Start mode: disaster-recovery start; job execution stays suppressed until step %1.</source>
        <translation>起動モード：ディザスターリカバリースタート。ステップ%1まではジョブ実行抑止中のままです。</translation>
    </message>
    <message>
        <source>Data the primary starts from: &lt;b&gt;its own data as of the drill&apos;s start, %1&lt;/b&gt; (when the DR environment took over at step 2). Nothing is copied back from the DR environment.</source>
        <translation>現用環境が起動に使うデータ：&lt;b&gt;訓練開始時点（%1）の自身のデータ&lt;/b&gt;（ステップ2で災対環境が運用を引き継いだ時点）。災対環境からは何もコピーされません。</translation>
    </message>
    <message>
        <source>Data-loss window: &lt;b&gt;%1&lt;/b&gt; (%2 to now): everything done in the DR environment in that time stays behind.</source>
        <translation>データ損失期間：&lt;b&gt;%1&lt;/b&gt;（%2～現在）。この間に災対環境で行ったことはすべて現用環境に戻りません。</translation>
    </message>
    <message>
        <source>Data the primary starts from: &lt;b&gt;the DR environment&apos;s data as of now, %1&lt;/b&gt;. It is copied back to the primary (reverse sync) before the primary manager starts.</source>
        <translation>現用環境が起動に使うデータ：&lt;b&gt;現時点（%1）の災対環境のデータ&lt;/b&gt;。現用環境のマネージャーの起動前に、現用環境へコピー（逆方向の同期）されます。</translation>
    </message>
    <message>
        <source>Data-loss window: &lt;b&gt;none&lt;/b&gt;; the DR manager stops at the moment of the copy.</source>
        <translation>データ損失期間：&lt;b&gt;なし&lt;/b&gt;。災対環境のマネージャーはコピーの時点で停止します。</translation>
    </message>
    <message>
        <source>Drill: these will NOT come back to the primary environment:</source>
        <translation>運用訓練：次の内容は現用環境に戻りません：</translation>
    </message>
    <message numerus="yes">
        <source>Data-loss window: &lt;b&gt;%1&lt;/b&gt; (%2 to %3); %n unit(s) changed in the primary after the sync point.</source>
        <translation>
            <numerusform>データ損失期間：&lt;b&gt;%1&lt;/b&gt;（%2～%3）。同期ポイント以降に現用環境で変更されたユニット：%n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::SwitchoverWizard</name>
    <message>
        <source>Switchover</source>
        <translation>運用切り替え/切り戻し</translation>
    </message>
    <message>
        <source>Close (resume later)</source>
        <translation>閉じる（後で再開）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>dr::ui::UnitTreeModel</name>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>状態：%1（%2）</translation>
    </message>
    <message>
        <source>Needs review: check the real result on the agent, then set the status or rerun.</source>
        <translation>要確認：実行エージェント上で実際の結果を確認してから、状態を変更するか再実行してください。</translation>
    </message>
    <message>
        <source>Overdue: its start time passed while no manager was running.</source>
        <translation>遅延：マネージャーが停止している間に開始時刻を過ぎました。</translation>
    </message>
    <message>
        <source>Held.</source>
        <translation>保留中です。</translation>
    </message>
    <message>
        <source>Next scheduled start: %1</source>
        <translation>次回開始予定：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Execution agent</source>
        <translation>実行エージェント</translation>
    </message>
    <message>
        <source>Execution ID</source>
        <translation>実行ID</translation>
    </message>
    <message>
        <source>Start (JST)</source>
        <translation>開始日時（JST）</translation>
    </message>
    <message>
        <source>End (JST)</source>
        <translation>終了日時（JST）</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>終了コード</translation>
    </message>
</context>
<context>
    <name>drreport</name>
    <message>
        <source>Give --html FILE and --pdf FILE.</source>
        <translation>--html FILE と --pdf FILE を指定してください。</translation>
    </message>
    <message>
        <source>Cannot read the report &quot;%1&quot;: %2.</source>
        <translation>レポート &quot;%1&quot; を読み込めません: %2。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>Cannot create the demo environment</source>
        <translation>デモ環境を作成できません</translation>
    </message>
    <message>
        <source>Database file (default: %1)</source>
        <translation>データベースファイル（既定値：%1）</translation>
    </message>
    <message>
        <source>UI language: ja or en</source>
        <translation>画面の言語：ja または en</translation>
    </message>
    <message>
        <source>DR Console: disaster-recovery operator console</source>
        <translation>DR Console：ディザスターリカバリーの運用コンソール</translation>
    </message>
    <message>
        <source>Run it on a desktop session, or without a screen:
  xvfb-run -a drconsole            (a virtual X display; package xvfb)
  drconsole -platform offscreen    (renders nothing visible)
The command-line twin works without a display: drctl status</source>
        <translation>デスクトップのセッションで起動するか、画面なしで次のように起動してください。
  xvfb-run -a drconsole            （仮想 X ディスプレイ。xvfb パッケージが必要）
  drconsole -platform offscreen    （何も表示されません）
コマンドライン版はディスプレイなしで動作します：drctl status</translation>
    </message>
    <message>
        <source>No display is available (DISPLAY and WAYLAND_DISPLAY are not set).</source>
        <translation>使用できるディスプレイがありません（DISPLAY と WAYLAND_DISPLAY が設定されていません）。</translation>
    </message>
    <message>
        <source>The display is unavailable: %1 is not a display name such as :0.</source>
        <translation>ディスプレイを使用できません：%1 は :0 のようなディスプレイ名ではありません。</translation>
    </message>
    <message>
        <source>The display is unavailable: nothing answers for %1 (tried %2).</source>
        <translation>ディスプレイを使用できません：%1 に応答するものがありません（試した接続先：%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language; write --lang ja or --lang en.</source>
        <translation>&quot;%1&quot; は言語ではありません。--lang ja または --lang en と指定してください。</translation>
    </message>
</context>
</TS>
