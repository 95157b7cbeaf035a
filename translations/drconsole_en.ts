<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionGate</name>
    <message>
        <source>Sign in to make changes.</source>
        <translation>Sign in to make changes.</translation>
    </message>
</context>
<context>
    <name>AdminCommands</name>
    <message>
        <source>Create the database, empty or with the demo environment</source>
        <translation>Create the database, empty or with the demo environment</translation>
    </message>
    <message>
        <source>seed the demo customer (two regions, jobnets, agents), clock at today</source>
        <translation>seed the demo customer (two regions, jobnets, agents), clock at today</translation>
    </message>
    <message>
        <source>replace an existing database (its contents and audit log are lost)</source>
        <translation>replace an existing database (its contents and audit log are lost)</translation>
    </message>
    <message>
        <source>List the audit log; --verify checks its hash chain (exit 6 when broken)</source>
        <translation>List the audit log; --verify checks its hash chain (exit 6 when broken)</translation>
    </message>
    <message>
        <source>verify the hash chain of every entry</source>
        <translation>verify the hash chain of every entry</translation>
    </message>
    <message>
        <source>only the newest N entries</source>
        <translation>only the newest N entries</translation>
    </message>
    <message>
        <source>only the entries of a switchover run</source>
        <translation>only the entries of a switchover run</translation>
    </message>
    <message>
        <source>only entries whose operator, action or details contain TEXT</source>
        <translation>only entries whose operator, action or details contain TEXT</translation>
    </message>
    <message>
        <source>Cannot remove &quot;%1&quot;: %2</source>
        <translation>Cannot remove &quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Created the demo environment (%1, %n unit(s)) in %2.</source>
        <translation>
            <numerusform>Created the demo environment (%1, %n unit) in %2.</numerusform>
            <numerusform>Created the demo environment (%1, %n units) in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created an empty environment in %1.</source>
        <translation>Created an empty environment in %1.</translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation>Clock: %1</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit needs a positive number.</translation>
    </message>
    <message>
        <source>--run needs a switchover run number.</source>
        <translation>--run needs a switchover run number.</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The audit log fails verification at entry %1: %2</source>
        <translation>The audit log fails verification at entry %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file; init --force replaces a DR Console database only. Nothing was changed.</source>
        <translation>&quot;%1&quot; is not a file; init --force replaces a DR Console database only. Nothing was changed.</translation>
    </message>
    <message>
        <source>init --force replaces a DR Console database only, and this file was refused: %1 Nothing was changed.</source>
        <translation>init --force replaces a DR Console database only, and this file was refused: %1 Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot build the new database: &quot;%1&quot; is in the way. Remove it and try again. Nothing was changed.</source>
        <translation>Cannot build the new database: &quot;%1&quot; is in the way. Remove it and try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>The new database &quot;%1&quot; was not closed cleanly; nothing was changed.</source>
        <translation>The new database &quot;%1&quot; was not closed cleanly; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot replace &quot;%1&quot;: %2. Nothing was changed.</source>
        <translation>Cannot replace &quot;%1&quot;: %2. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>AgentCommands</name>
    <message>
        <source>the region</source>
        <translation>the region</translation>
    </message>
    <message>
        <source>the agent name</source>
        <translation>the agent name</translation>
    </message>
    <message>
        <source>execution host: a name in the region&apos;s host information, or an IP address</source>
        <translation>execution host: a name in the region&apos;s host information, or an IP address</translation>
    </message>
    <message>
        <source>description, up to 80 bytes</source>
        <translation>description, up to 80 bytes</translation>
    </message>
    <message>
        <source>List the execution agents of a region</source>
        <translation>List the execution agents of a region</translation>
    </message>
    <message>
        <source>Register an execution agent in a region</source>
        <translation>Register an execution agent in a region</translation>
    </message>
    <message>
        <source>Change an agent; options not given keep their values</source>
        <translation>Change an agent; options not given keep their values</translation>
    </message>
    <message>
        <source>Remove an agent from a region</source>
        <translation>Remove an agent from a region</translation>
    </message>
    <message>
        <source>Copy agents from one region to the other</source>
        <translation>Copy agents from one region to the other</translation>
    </message>
    <message>
        <source>the source region</source>
        <translation>the source region</translation>
    </message>
    <message>
        <source>the target region</source>
        <translation>the target region</translation>
    </message>
    <message>
        <source>keep the agents the target already has</source>
        <translation>keep the agents the target already has</translation>
    </message>
    <message>
        <source>copy only these agents</source>
        <translation>copy only these agents</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) in the %1.</source>
        <translation>
            <numerusform>%n agent in the %1.</numerusform>
            <numerusform>%n agents in the %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a transfer restriction; write effective, ineffective, hold or blockade.</source>
        <translation>&quot;%1&quot; is not a transfer restriction; write effective, ineffective, hold or blockade.</translation>
    </message>
    <message>
        <source>Agent %1 added to the %2.</source>
        <translation>Agent %1 added to the %2.</translation>
    </message>
    <message>
        <source>Agent %1 in the %2 updated: host %3, limits %4, %5.</source>
        <translation>Agent %1 in the %2 updated: host %3, limits %4, %5.</translation>
    </message>
    <message>
        <source>Agent %1 removed from the %2.</source>
        <translation>Agent %1 removed from the %2.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n agent(s) from the %1 to the %2: %3</source>
        <translation>
            <numerusform>Copied %n agent from the %1 to the %2: %3</numerusform>
            <numerusform>Copied %n agents from the %1 to the %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>(unchanged when not given)</source>
        <translation>(unchanged when not given)</translation>
    </message>
    <message>
        <source>concurrency windows, e.g. &quot;00:00-12:00=3,12:00-00:00=5&quot;</source>
        <translation>concurrency windows, e.g. &quot;00:00-12:00=3,12:00-00:00=5&quot;</translation>
    </message>
    <message>
        <source>(default 00:00-00:00=5)</source>
        <translation>(default 00:00-00:00=5)</translation>
    </message>
    <message>
        <source>job transfer restriction</source>
        <translation>job transfer restriction</translation>
    </message>
    <message>
        <source>(default effective)</source>
        <translation>(default effective)</translation>
    </message>
    <message>
        <source>Agent %1 in the %2 unchanged: the values given are the ones it has.</source>
        <translation>Agent %1 in the %2 unchanged: the values given are the ones it has.</translation>
    </message>
</context>
<context>
    <name>AgentFile</name>
    <message>
        <source>The first line must be the header &quot;name,host,limits,restriction,description&quot;.</source>
        <translation>The first line must be the header &quot;name,host,limits,restriction,description&quot;.</translation>
    </message>
    <message>
        <source>Expected 5 fields (name, host, limits, restriction, description), found %1. Quote fields that contain commas.</source>
        <translation>Expected 5 fields (name, host, limits, restriction, description), found %1. Quote fields that contain commas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a transfer restriction; use effective, ineffective, hold or blockade.</source>
        <translation>&quot;%1&quot; is not a transfer restriction; use effective, ineffective, hold or blockade.</translation>
    </message>
    <message>
        <source>The file is empty; it needs the header line and one line per agent.</source>
        <translation>The file is empty; it needs the header line and one line per agent.</translation>
    </message>
    <message>
        <source>The quoted field that starts here is not closed on this line.</source>
        <translation>The quoted field that starts here is not closed on this line.</translation>
    </message>
</context>
<context>
    <name>AgentImport</name>
    <message>
        <source>The agent &quot;%1&quot; is already listed on line %2; list each agent once.</source>
        <translation>The agent &quot;%1&quot; is already listed on line %2; list each agent once.</translation>
    </message>
    <message>
        <source>@SYSTEM runs on the manager host (%1) and cannot be moved to &quot;%2&quot;; only its limits, restriction and description are imported. Write the manager host or leave -s out.</source>
        <translation>@SYSTEM runs on the manager host (%1) and cannot be moved to &quot;%2&quot;; only its limits, restriction and description are imported. Write the manager host or leave -s out.</translation>
    </message>
    <message>
        <source>The agent file</source>
        <translation>The agent file</translation>
    </message>
    <message>
        <source>Execution agents of the %1, exported by DR Console.
Run on the manager host to register them (names must resolve there).</source>
        <translation>Execution agents of the %1, exported by DR Console.
Run on the manager host to register them (names must resolve there).</translation>
    </message>
    <message numerus="yes">
        <source>This file would bring the %1 to %2 agents; the limit is %3 agents per region. Leave out at least %n new agent(s), or first remove agents the region no longer uses.</source>
        <translation>
            <numerusform>This file would bring the %1 to %2 agents; the limit is %3 agents per region. Leave out at least %n new agent, or first remove agents the region no longer uses.</numerusform>
            <numerusform>This file would bring the %1 to %2 agents; the limit is %3 agents per region. Leave out at least %n new agents, or first remove agents the region no longer uses.</numerusform>
        </translation>
    </message>
    <message>
        <source>-s was left out, so the host is the agent name (as ajsagtadd takes it); add -s HOST to name the execution host.</source>
        <translation>-s was left out, so the host is the agent name (as ajsagtadd takes it); add -s HOST to name the execution host.</translation>
    </message>
</context>
<context>
    <name>AgentNames</name>
    <message>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Ineffective</source>
        <translation>Ineffective</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Blockade</source>
        <translation>Blockade</translation>
    </message>
</context>
<context>
    <name>AgentRegistry</name>
    <message>
        <source>@SYSTEM is built in; it cannot be added again.</source>
        <translation>@SYSTEM is built in; it cannot be added again.</translation>
    </message>
    <message>
        <source>There is no agent &quot;%1&quot; in the %2.</source>
        <translation>There is no agent &quot;%1&quot; in the %2.</translation>
    </message>
    <message>
        <source>@SYSTEM is the built-in default agent on the manager host; it cannot be renamed or moved to another host.</source>
        <translation>@SYSTEM is the built-in default agent on the manager host; it cannot be renamed or moved to another host.</translation>
    </message>
    <message>
        <source>@SYSTEM is the built-in default agent; it cannot be removed.</source>
        <translation>@SYSTEM is the built-in default agent; it cannot be removed.</translation>
    </message>
    <message>
        <source>%1: not in the %2</source>
        <translation>%1: not in the %2</translation>
    </message>
    <message>
        <source>No agent was copied, because:</source>
        <translation>No agent was copied, because:</translation>
    </message>
    <message>
        <source>The %1 already has every agent of the %2; nothing to copy.</source>
        <translation>The %1 already has every agent of the %2; nothing to copy.</translation>
    </message>
    <message>
        <source>There is no host &quot;%1&quot; in the %2.</source>
        <translation>There is no host &quot;%1&quot; in the %2.</translation>
    </message>
    <message>
        <source>Agent &quot;%1&quot; runs on host &quot;%2&quot;; change the agent before renaming the host.</source>
        <translation>Agent &quot;%1&quot; runs on host &quot;%2&quot;; change the agent before renaming the host.</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; is the execution host of %2; change or remove those agents first.</source>
        <translation>Host &quot;%1&quot; is the execution host of %2; change or remove those agents first.</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; has the IPv6 address %2; remove it before switching to IPv4 only.</source>
        <translation>Host &quot;%1&quot; has the IPv6 address %2; remove it before switching to IPv4 only.</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>That connection no longer exists.</translation>
    </message>
    <message>
        <source>Agent &quot;%1&quot; runs on the IPv6 address %2; change its host before switching to IPv4 only.</source>
        <translation>Agent &quot;%1&quot; runs on the IPv6 address %2; change its host before switching to IPv4 only.</translation>
    </message>
    <message>
        <source>The source and target regions must differ: agents are copied from one region to the other (from the %1 to the %2, or back).</source>
        <translation>The source and target regions must differ: agents are copied from one region to the other (from the %1 to the %2, or back).</translation>
    </message>
</context>
<context>
    <name>AgentRepository</name>
    <message>
        <source>Agent %1 of the %2 region has unreadable concurrency windows (%3); the database is damaged.</source>
        <translation>Agent %1 of the %2 region has unreadable concurrency windows (%3); the database is damaged.</translation>
    </message>
</context>
<context>
    <name>AgentScript</name>
    <message>
        <source>The single quote that starts here is not closed on this line.</source>
        <translation>The single quote that starts here is not closed on this line.</translation>
    </message>
    <message>
        <source>The double quote that starts here is not closed on this line.</source>
        <translation>The double quote that starts here is not closed on this line.</translation>
    </message>
    <message>
        <source>Expected an ajsagtadd command line, found &quot;%1&quot;; the file may hold only ajsagtadd lines, comments and blank lines.</source>
        <translation>Expected an ajsagtadd command line, found &quot;%1&quot;; the file may hold only ajsagtadd lines, comments and blank lines.</translation>
    </message>
    <message>
        <source>Execution agent groups and definition files (%1) are not imported; list each agent with -a.</source>
        <translation>Execution agent groups and definition files (%1) are not imported; list each agent with -a.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ajsagtadd option here; use -a NAME, -s HOST, -c WINDOWS, -t e|i|h|b and -d DESCRIPTION.</source>
        <translation>&quot;%1&quot; is not an ajsagtadd option here; use -a NAME, -s HOST, -c WINDOWS, -t e|i|h|b and -d DESCRIPTION.</translation>
    </message>
    <message>
        <source>Option %1 is given twice.</source>
        <translation>Option %1 is given twice.</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Option %1 needs a value.</translation>
    </message>
    <message>
        <source>-t takes e (effective), i (ineffective), h (hold) or b (blockade), found &quot;%1&quot;.</source>
        <translation>-t takes e (effective), i (ineffective), h (hold) or b (blockade), found &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>-h names the logical host of the manager; the console imports into the region you chose and ignores it.</source>
        <translation>-h names the logical host of the manager; the console imports into the region you chose and ignores it.</translation>
    </message>
    <message>
        <source>The ajsagtadd line has no -a NAME; every agent needs a name.</source>
        <translation>The ajsagtadd line has no -a NAME; every agent needs a name.</translation>
    </message>
    <message>
        <source>The file has no ajsagtadd line; nothing to import.</source>
        <translation>The file has no ajsagtadd line; nothing to import.</translation>
    </message>
    <message>
        <source>(built in; change it with ajsagtalt)</source>
        <translation>(built in; change it with ajsagtalt)</translation>
    </message>
</context>
<context>
    <name>AjsprintReader</name>
    <message>
        <source>The comment opened here is not closed with &quot;*/&quot;.</source>
        <translation>The comment opened here is not closed with &quot;*/&quot;.</translation>
    </message>
    <message>
        <source>The unit header has %1 fields; write unit=NAME,PERMISSION,OWNER,RESOURCE-GROUP; (four at most).</source>
        <translation>The unit header has %1 fields; write unit=NAME,PERMISSION,OWNER,RESOURCE-GROUP; (four at most).</translation>
    </message>
    <message>
        <source>Expected &quot;{&quot; to open the definition of unit &quot;%1&quot;, found %2.</source>
        <translation>Expected &quot;{&quot; to open the definition of unit &quot;%1&quot;, found %2.</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>the end of the file</translation>
    </message>
    <message>
        <source>Units are nested more than %1 levels deep here; the file cannot be read.</source>
        <translation>Units are nested more than %1 levels deep here; the file cannot be read.</translation>
    </message>
    <message>
        <source>The definition of unit &quot;%1&quot; that starts here is not closed with &quot;}&quot;.</source>
        <translation>The definition of unit &quot;%1&quot; that starts here is not closed with &quot;}&quot;.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; comes after a nested unit; in unit &quot;%2&quot; write every parameter before the first nested unit=.</source>
        <translation>The parameter &quot;%1&quot; comes after a nested unit; in unit &quot;%2&quot; write every parameter before the first nested unit=.</translation>
    </message>
    <message>
        <source>The quoted value of parameter &quot;%1&quot; is not closed with a quote on the same line (write #&quot; for a quote inside the value).</source>
        <translation>The quoted value of parameter &quot;%1&quot; is not closed with a quote on the same line (write #&quot; for a quote inside the value).</translation>
    </message>
    <message>
        <source>Expected &quot;;&quot; at the end of parameter &quot;%1&quot;, found the end of the file.</source>
        <translation>Expected &quot;;&quot; at the end of parameter &quot;%1&quot;, found the end of the file.</translation>
    </message>
    <message>
        <source>A quote inside a quoted value must be written #&quot;.</source>
        <translation>A quote inside a quoted value must be written #&quot;.</translation>
    </message>
    <message>
        <source>Expected &quot;unit=&quot; to start a unit definition, found %1.</source>
        <translation>Expected &quot;unit=&quot; to start a unit definition, found %1.</translation>
    </message>
    <message>
        <source>the end of the line</source>
        <translation>the end of the line</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>the control character U+%1</translation>
    </message>
    <message>
        <source>Expected &quot;;&quot; after the unit header of &quot;%1&quot;, found %2.</source>
        <translation>Expected &quot;;&quot; after the unit header of &quot;%1&quot;, found %2.</translation>
    </message>
    <message>
        <source>Expected a parameter (key=value;), &quot;unit=&quot; or &quot;}&quot;, found %1.</source>
        <translation>Expected a parameter (key=value;), &quot;unit=&quot; or &quot;}&quot;, found %1.</translation>
    </message>
    <message>
        <source>Expected &quot;=&quot; after the parameter name &quot;%1&quot;, found %2.</source>
        <translation>Expected &quot;=&quot; after the parameter name &quot;%1&quot;, found %2.</translation>
    </message>
    <message>
        <source>Expected &quot;;&quot; at the end of parameter &quot;%1&quot;, found %2.</source>
        <translation>Expected &quot;;&quot; at the end of parameter &quot;%1&quot;, found %2.</translation>
    </message>
    <message>
        <source>A &quot;#&quot; inside a quoted value must be written &quot;##&quot; (and a quote &quot;#&quot;&quot;); found &quot;#&quot; alone in parameter &quot;%1&quot;.</source>
        <translation>A &quot;#&quot; inside a quoted value must be written &quot;##&quot; (and a quote &quot;#&quot;&quot;); found &quot;#&quot; alone in parameter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Expected &quot;;&quot; after the quoted value of parameter &quot;%1&quot;, found %2. Only blanks or comments may follow the closing quote; write a quote inside the value as #&quot;.</source>
        <translation>Expected &quot;;&quot; after the quoted value of parameter &quot;%1&quot;, found %2. Only blanks or comments may follow the closing quote; write a quote inside the value as #&quot;.</translation>
    </message>
</context>
<context>
    <name>AjsprintRules</name>
    <message>
        <source>at the top level or in a job group</source>
        <translation>at the top level or in a job group</translation>
    </message>
    <message>
        <source>in a job group or a jobnet</source>
        <translation>in a job group or a jobnet</translation>
    </message>
    <message>
        <source>directly in the jobnet it starts</source>
        <translation>directly in the jobnet it starts</translation>
    </message>
    <message>
        <source>in a jobnet or a start condition (.CONDITION)</source>
        <translation>in a jobnet or a start condition (.CONDITION)</translation>
    </message>
    <message>
        <source>in a jobnet</source>
        <translation>in a jobnet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) cannot be defined in &quot;%3&quot; (%4); define it %5.</source>
        <translation>&quot;%1&quot; (%2) cannot be defined in &quot;%3&quot; (%4); define it %5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) cannot be defined at the top level; define it %3.</source>
        <translation>&quot;%1&quot; (%2) cannot be defined at the top level; define it %3.</translation>
    </message>
    <message>
        <source>&quot;el=%1&quot; is not an element; write el=CHILD,TYPE,+H +V; (the position may also be written +Hx+V or H×V).</source>
        <translation>&quot;el=%1&quot; is not an element; write el=CHILD,TYPE,+H +V; (the position may also be written +Hx+V or H×V).</translation>
    </message>
    <message>
        <source>The icon position &quot;%1&quot; in el= is not two numbers; write it as +H +V, +Hx+V or H×V, for example +80 +48.</source>
        <translation>The icon position &quot;%1&quot; in el= is not two numbers; write it as +H +V, +Hx+V or H×V, for example +80 +48.</translation>
    </message>
    <message>
        <source>&quot;sz=%1&quot; is not a map size; write sz=WxH; (or W×H), for example sz=10x8;.</source>
        <translation>&quot;sz=%1&quot; is not a map size; write sz=WxH; (or W×H), for example sz=10x8;.</translation>
    </message>
    <message>
        <source>The unit name &quot;%1&quot; is %2 bytes long in UTF-8; the limit is %3 bytes. The console and the service&apos;s manager store unit names in UTF-8, where a Japanese character takes 3 bytes.</source>
        <translation>The unit name &quot;%1&quot; is %2 bytes long in UTF-8; the limit is %3 bytes. The console and the service&apos;s manager store unit names in UTF-8, where a Japanese character takes 3 bytes.</translation>
    </message>
    <message>
        <source>In this Shift_JIS file the name takes %1 bytes, but it is measured in UTF-8.</source>
        <translation>In this Shift_JIS file the name takes %1 bytes, but it is measured in UTF-8.</translation>
    </message>
    <message>
        <source>Remove at least %1 of its characters.</source>
        <translation>Remove at least %1 of its characters.</translation>
    </message>
    <message>
        <source>sd=%1: there is no month %2; write the date as YYYY/MM/DD with a month from 1 to 12.</source>
        <translation>sd=%1: there is no month %2; write the date as YYYY/MM/DD with a month from 1 to 12.</translation>
    </message>
    <message>
        <source>sd=%1: there is no day %2; write the date as YYYY/MM/DD with a day from 1 to 31.</source>
        <translation>sd=%1: there is no day %2; write the date as YYYY/MM/DD with a day from 1 to 31.</translation>
    </message>
    <message>
        <source>sd=%1: month %2 of %3 has %4 days; write a day from 1 to %4.</source>
        <translation>sd=%1: month %2 of %3 has %4 days; write a day from 1 to %4.</translation>
    </message>
    <message>
        <source>st=%1 is not a start time; write hh:mm from 00:00 to 47:59 (times after midnight count on from 24:00), for example st=1,07:30;.</source>
        <translation>st=%1 is not a start time; write hh:mm from 00:00 to 47:59 (times after midnight count on from 24:00), for example st=1,07:30;.</translation>
    </message>
    <message>
        <source>st=%1: hours go from 00 to 47 (24:00 to 47:59 is after midnight) and minutes from 00 to 59.</source>
        <translation>st=%1: hours go from 00 to 47 (24:00 to 47:59 is after midnight) and minutes from 00 to 59.</translation>
    </message>
    <message>
        <source>cy=%1 is not a processing cycle; write (n,d), (n,w), (n,m) or (n,y) with n from 1, for example cy=1,(1,d); for every day.</source>
        <translation>cy=%1 is not a processing cycle; write (n,d), (n,w), (n,m) or (n,y) with n from 1, for example cy=1,(1,d); for every day.</translation>
    </message>
</context>
<context>
    <name>ArgumentParser</name>
    <message>
        <source>Unknown option &quot;%1&quot;; options are written with two dashes (see --help).</source>
        <translation>Unknown option &quot;%1&quot;; options are written with two dashes (see --help).</translation>
    </message>
    <message>
        <source>Unknown option &quot;--%1&quot; for this command (see --help).</source>
        <translation>Unknown option &quot;--%1&quot; for this command (see --help).</translation>
    </message>
    <message>
        <source>Option &quot;--%1&quot; is given twice.</source>
        <translation>Option &quot;--%1&quot; is given twice.</translation>
    </message>
    <message>
        <source>Option &quot;--%1&quot; takes no value.</source>
        <translation>Option &quot;--%1&quot; takes no value.</translation>
    </message>
    <message>
        <source>Option &quot;--%1&quot; needs a value (%2).</source>
        <translation>Option &quot;--%1&quot; needs a value (%2).</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Environment created</source>
        <translation>Environment created</translation>
    </message>
    <message>
        <source>Environment generated</source>
        <translation>Environment generated</translation>
    </message>
    <message>
        <source>Switchover step</source>
        <translation>Switchover step</translation>
    </message>
    <message>
        <source>Overdue jobnets decided</source>
        <translation>Overdue jobnets decided</translation>
    </message>
    <message>
        <source>Job execution suppressed</source>
        <translation>Job execution suppressed</translation>
    </message>
    <message>
        <source>Suppression released</source>
        <translation>Suppression released</translation>
    </message>
    <message>
        <source>Contract changed</source>
        <translation>Contract changed</translation>
    </message>
    <message>
        <source>Maintenance date changed</source>
        <translation>Maintenance date changed</translation>
    </message>
    <message>
        <source>Definitions imported</source>
        <translation>Definitions imported</translation>
    </message>
    <message>
        <source>Clock advanced</source>
        <translation>Clock advanced</translation>
    </message>
    <message>
        <source>Clock set</source>
        <translation>Clock set</translation>
    </message>
    <message>
        <source>Sync interval changed</source>
        <translation>Sync interval changed</translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation>Synchronised</translation>
    </message>
    <message>
        <source>Regional outage</source>
        <translation>Regional outage</translation>
    </message>
    <message>
        <source>Region restored</source>
        <translation>Region restored</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>Rerun</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Hold released</source>
        <translation>Hold released</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Killed</translation>
    </message>
    <message>
        <source>Execution agent added</source>
        <translation>Execution agent added</translation>
    </message>
    <message>
        <source>Execution agent changed</source>
        <translation>Execution agent changed</translation>
    </message>
    <message>
        <source>Execution agent removed</source>
        <translation>Execution agent removed</translation>
    </message>
    <message>
        <source>Execution agents copied</source>
        <translation>Execution agents copied</translation>
    </message>
    <message>
        <source>Execution agents imported</source>
        <translation>Execution agents imported</translation>
    </message>
    <message>
        <source>Host added</source>
        <translation>Host added</translation>
    </message>
    <message>
        <source>Host changed</source>
        <translation>Host changed</translation>
    </message>
    <message>
        <source>Host removed</source>
        <translation>Host removed</translation>
    </message>
    <message>
        <source>Host resolution changed</source>
        <translation>Host resolution changed</translation>
    </message>
    <message>
        <source>Host information imported</source>
        <translation>Host information imported</translation>
    </message>
    <message>
        <source>Network connection added</source>
        <translation>Network connection added</translation>
    </message>
    <message>
        <source>Network connection changed</source>
        <translation>Network connection changed</translation>
    </message>
    <message>
        <source>Network connection removed</source>
        <translation>Network connection removed</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Reading the audit log failed: %1</source>
        <translation>Reading the audit log failed: %1</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the log jumps from entry %2 to entry %3.</source>
        <translation>Entry %1 is missing: the log jumps from entry %2 to entry %3.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it (its previous-entry hash does not match); an entry before it was changed or removed.</source>
        <translation>Entry %1 does not follow the entry before it (its previous-entry hash does not match); an entry before it was changed or removed.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written (its content does not match its hash).</source>
        <translation>Entry %1 was changed after it was written (its content does not match its hash).</translation>
    </message>
    <message>
        <source>The log ends at entry %1, but entry %2 was the last one written; the newest entries were removed.</source>
        <translation>The log ends at entry %1, but entry %2 was the last one written; the newest entries were removed.</translation>
    </message>
    <message numerus="yes">
        <source>All %n audit entries verified.</source>
        <translation>
            <numerusform>The %n audit entry verified.</numerusform>
            <numerusform>All %n audit entries verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of the newest audit entry is missing or damaged, so removed entries cannot be ruled out.</source>
        <translation>The record of the newest audit entry is missing or damaged, so removed entries cannot be ruled out.</translation>
    </message>
    <message>
        <source>Entry %1, the newest, was changed after it was written (it does not match the hash recorded for it).</source>
        <translation>Entry %1, the newest, was changed after it was written (it does not match the hash recorded for it).</translation>
    </message>
    <message>
        <source>Entries %1 to %2 were added to the log without being recorded (entry %3 was the last one written).</source>
        <translation>Entries %1 to %2 were added to the log without being recorded (entry %3 was the last one written).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Option &quot;%1&quot; needs a value.</source>
        <translation>Option &quot;%1&quot; needs a value.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; the global options are --db, --json and --lang (see drctl --help).</source>
        <translation>Unknown option &quot;%1&quot;; the global options are --db, --json and --lang (see drctl --help).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language; write --lang ja or --lang en.</source>
        <translation>&quot;%1&quot; is not a language; write --lang ja or --lang en.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subcommand of &quot;%2&quot; (see drctl %2 --help).</source>
        <translation>&quot;%1&quot; is not a subcommand of &quot;%2&quot; (see drctl %2 --help).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand (see drctl %1 --help).</source>
        <translation>&quot;%1&quot; needs a subcommand (see drctl %1 --help).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see drctl --help).</source>
        <translation>Unknown command &quot;%1&quot; (see drctl --help).</translation>
    </message>
    <message>
        <source>Missing argument. Usage: %1</source>
        <translation>Missing argument. Usage: %1</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Usage: %2</source>
        <translation>Unexpected argument &quot;%1&quot;. Usage: %2</translation>
    </message>
    <message>
        <source>Option --%1 is required. Usage: %2</source>
        <translation>Option --%1 is required. Usage: %2</translation>
    </message>
    <message>
        <source>This command changes the environment: say who acts with --as customer:NAME or --as provider:NAME.</source>
        <translation>This command changes the environment: say who acts with --as customer:NAME or --as provider:NAME.</translation>
    </message>
    <message>
        <source>There is no database at &quot;%1&quot;. Create one with &quot;drctl init --demo&quot; (or give the right file with --db).</source>
        <translation>There is no database at &quot;%1&quot;. Create one with &quot;drctl init --demo&quot; (or give the right file with --db).</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; holds no environment yet; run &quot;drctl init --demo&quot; first.</source>
        <translation>The database &quot;%1&quot; holds no environment yet; run &quot;drctl init --demo&quot; first.</translation>
    </message>
</context>
<context>
    <name>ConnectionNames</name>
    <message>
        <source>AWS (Transit Gateway)</source>
        <translation>AWS (Transit Gateway)</translation>
    </message>
    <message>
        <source>On-premises (Direct Connect)</source>
        <translation>On-premises (Direct Connect)</translation>
    </message>
    <message>
        <source>Azure (internet VPN)</source>
        <translation>Azure (internet VPN)</translation>
    </message>
</context>
<context>
    <name>ContractNames</name>
    <message>
        <source>Enterprise edition</source>
        <translation>Enterprise edition</translation>
    </message>
    <message>
        <source>Standard edition</source>
        <translation>Standard edition</translation>
    </message>
    <message>
        <source>Internet only</source>
        <translation>Internet only</translation>
    </message>
    <message>
        <source>Closed network</source>
        <translation>Closed network</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2. Check the file&apos;s permissions.</source>
        <translation>Cannot read &quot;%1&quot;: %2. Check the file&apos;s permissions.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DR Console database (it is not an SQLite file). Choose another file, or give a new file name to create a database.</source>
        <translation>&quot;%1&quot; is not a DR Console database (it is not an SQLite file). Choose another file, or give a new file name to create a database.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (its size does not match its page size; it may have been truncated). Restore it from a backup.</source>
        <translation>&quot;%1&quot; is damaged (its size does not match its page size; it may have been truncated). Restore it from a backup.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Cannot open &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be opened (%2). Restore it from a backup.</source>
        <translation>&quot;%1&quot; is damaged and cannot be opened (%2). Restore it from a backup.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database but not a DR Console database. Choose another file.</source>
        <translation>&quot;%1&quot; is an SQLite database but not a DR Console database. Choose another file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no schema version; it is damaged. Restore it from a backup.</source>
        <translation>&quot;%1&quot; has no schema version; it is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer DR Console (schema version %2; this program supports up to %3). Open it with a newer version. The file was not changed.</source>
        <translation>&quot;%1&quot; was written by a newer DR Console (schema version %2; this program supports up to %3). Open it with a newer version. The file was not changed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a database file.</source>
        <translation>&quot;%1&quot; is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Cannot create the folder &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Checking the database file</source>
        <translation>Checking the database file</translation>
    </message>
</context>
<context>
    <name>DefinitionImport</name>
    <message numerus="yes">
        <source>A switchover is in progress (%n step(s) done); definitions can be imported again once it is completed.</source>
        <translation>
            <numerusform>A switchover is in progress (%n step done); definitions can be imported again once it is completed.</numerusform>
            <numerusform>A switchover is in progress (%n steps done); definitions can be imported again once it is completed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operation runs in the DR environment. Definitions are imported into the primary region and reach DR by synchronisation, so import them after switching back to the primary.</source>
        <translation>Operation runs in the DR environment. Definitions are imported into the primary region and reach DR by synchronisation, so import them after switching back to the primary.</translation>
    </message>
    <message>
        <source>The primary region is unavailable (regional outage); import definitions after it is restored.</source>
        <translation>The primary region is unavailable (regional outage); import definitions after it is restored.</translation>
    </message>
    <message>
        <source>The file defines no units; an ajsprint file starts with unit=NAME,,,; { ty=...; }.</source>
        <translation>The file defines no units; an ajsprint file starts with unit=NAME,,,; { ty=...; }.</translation>
    </message>
    <message numerus="yes">
        <source>The primary region already has %n unit(s); import into an empty environment only works before any definition exists. Merge the file, or replace a subtree.</source>
        <translation>
            <numerusform>The primary region already has %n unit; import into an empty environment only works before any definition exists. Merge the file, or replace a subtree.</numerusform>
            <numerusform>The primary region already has %n units; import into an empty environment only works before any definition exists. Merge the file, or replace a subtree.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit path; give the full path of the unit whose contents are replaced, for example /SALES/ORDER_AM.</source>
        <translation>&quot;%1&quot; is not a unit path; give the full path of the unit whose contents are replaced, for example /SALES/ORDER_AM.</translation>
    </message>
    <message>
        <source>%1 is outside %2; when a subtree is replaced, every unit of the file must be %2 or below it (write the top unit as unit=%2,...;).</source>
        <translation>%1 is outside %2; when a subtree is replaced, every unit of the file must be %2 or below it (write the top unit as unit=%2,...;).</translation>
    </message>
    <message>
        <source>The file defines nothing at or below %1, so it cannot replace that subtree.</source>
        <translation>The file defines nothing at or below %1, so it cannot replace that subtree.</translation>
    </message>
    <message>
        <source>Jobs of the file run on agents the primary region does not have: %1. Register them before these jobs run.</source>
        <translation>Jobs of the file run on agents the primary region does not have: %1. Register them before these jobs run.</translation>
    </message>
    <message>
        <source>%1 is running; the import registers it again and its current run is discarded.</source>
        <translation>%1 is running; the import registers it again and its current run is discarded.</translation>
    </message>
    <message>
        <source>The definition file</source>
        <translation>The definition file</translation>
    </message>
</context>
<context>
    <name>DefinitionMerge</name>
    <message>
        <source>%1 is kept because the file does not define it: %2</source>
        <translation>%1 is kept because the file does not define it: %2</translation>
    </message>
    <message>
        <source>%1 keeps %2, which the file does not define; the file&apos;s ar= replace the jobnet&apos;s relations, so their relations are dropped.</source>
        <translation>%1 keeps %2, which the file does not define; the file&apos;s ar= replace the jobnet&apos;s relations, so their relations are dropped.</translation>
    </message>
    <message>
        <source>The relation %1 → %2 of %3 is dropped: the file no longer defines one of its units.</source>
        <translation>The relation %1 → %2 of %3 is dropped: the file no longer defines one of its units.</translation>
    </message>
    <message>
        <source>After the import %1 would hold %2 units in one level, more than 10,000; split them into several job groups or jobnets.</source>
        <translation>After the import %1 would hold %2 units in one level, more than 10,000; split them into several job groups or jobnets.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>the top level</translation>
    </message>
    <message>
        <source>/%1 does not exist, so the import would create it as a job group; define it in the file or correct the path.</source>
        <translation>/%1 does not exist, so the import would create it as a job group; define it in the file or correct the path.</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>The demo file %1 is missing from this build.</source>
        <translation>The demo file %1 is missing from this build.</translation>
    </message>
    <message>
        <source>Line %1 of the simulation table names no unit or does not have 4 fields.</source>
        <translation>Line %1 of the simulation table names no unit or does not have 4 fields.</translation>
    </message>
</context>
<context>
    <name>DrillLoss</name>
    <message>
        <source>Execution agent and host information changes in the DR environment were not recorded for this run.</source>
        <translation>Execution agent and host information changes in the DR environment were not recorded for this run.</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>added: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>changed: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>removed: %1</translation>
    </message>
    <message>
        <source>%1: no change</source>
        <translation>%1: no change</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between parts of one line</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Execution agents in the DR environment</source>
        <translation>Execution agents in the DR environment</translation>
    </message>
    <message>
        <source>Host information in the DR environment</source>
        <translation>Host information in the DR environment</translation>
    </message>
    <message>
        <source>Executions in the DR environment: %1, %2</source>
        <comment>jobnet generations started, jobs run</comment>
        <translation>Executions in the DR environment: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n jobnet generation(s) started</source>
        <translation>
            <numerusform>%n jobnet generation started</numerusform>
            <numerusform>%n jobnet generations started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) ran</source>
        <translation>
            <numerusform>%n job ran</numerusform>
            <numerusform>%n jobs ran</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator actions in the DR environment: %1, %2, %3</source>
        <comment>status changes, reruns, other actions</comment>
        <translation>Operator actions in the DR environment: %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s)</source>
        <translation>
            <numerusform>%n status change</numerusform>
            <numerusform>%n status changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rerun(s)</source>
        <translation>
            <numerusform>%n rerun</numerusform>
            <numerusform>%n reruns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold, release or kill action(s)</source>
        <translation>
            <numerusform>%n hold, release or kill action</numerusform>
            <numerusform>%n hold, release or kill actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>EnvironmentGenerator</name>
    <message>
        <source>The number of units must be between %1 and %2.</source>
        <translation>The number of units must be between %1 and %2.</translation>
    </message>
</context>
<context>
    <name>GenerateCommands</name>
    <message>
        <source>Replace the environment with a synthetic one of N units (job groups, jobnets, jobs, agents, a busy day&apos;s statuses)</source>
        <translation>Replace the environment with a synthetic one of N units (job groups, jobnets, jobs, agents, a busy day&apos;s statuses)</translation>
    </message>
    <message>
        <source>number of units (%1 to %2)</source>
        <translation>number of units (%1 to %2)</translation>
    </message>
    <message>
        <source>generator seed (default 1): the same seed, size and clock give the same environment</source>
        <translation>generator seed (default 1): the same seed, size and clock give the same environment</translation>
    </message>
    <message>
        <source>--units needs a number.</source>
        <translation>--units needs a number.</translation>
    </message>
    <message>
        <source>--seed needs a non-negative number.</source>
        <translation>--seed needs a non-negative number.</translation>
    </message>
    <message>
        <source>Generated %1 units: %2 job groups, %3 jobnets (%4 root), %5 jobs, %6 relations.</source>
        <translation>Generated %1 units: %2 job groups, %3 jobnets (%4 root), %5 jobs, %6 relations.</translation>
    </message>
    <message>
        <source>Execution agents: %1 in the primary environment, %2 pre-registered in the DR environment. The DR copy follows at the next sync.</source>
        <translation>Execution agents: %1 in the primary environment, %2 pre-registered in the DR environment. The DR copy follows at the next sync.</translation>
    </message>
    <message>
        <source>Built in %1 ms, saved in %2 ms.</source>
        <translation>Built in %1 ms, saved in %2 ms.</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>database file (default: %1)</source>
        <translation>database file (default: %1)</translation>
    </message>
    <message>
        <source>print results as JSON (codes and ISO-8601 UTC times)</source>
        <translation>print results as JSON (codes and ISO-8601 UTC times)</translation>
    </message>
    <message>
        <source>language of the messages (default: the system&apos;s; English with --json)</source>
        <translation>language of the messages (default: the system&apos;s; English with --json)</translation>
    </message>
    <message>
        <source>Usage: drctl [--db PATH] [--json] [--lang ja|en] COMMAND ...</source>
        <translation>Usage: drctl [--db PATH] [--json] [--lang ja|en] COMMAND ...</translation>
    </message>
    <message>
        <source>The command-line twin of DR Console: operate the primary and DR environments, the twelve-step switchover, units, agents and host information.</source>
        <translation>The command-line twin of DR Console: operate the primary and DR environments, the twelve-step switchover, units, agents and host information.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Commands that change the environment take --as customer:NAME or --as provider:NAME; the core checks that the role may do it.</source>
        <translation>Commands that change the environment take --as customer:NAME or --as provider:NAME; the core checks that the role may do it.</translation>
    </message>
    <message>
        <source>import and export read and write JP1/AJS3 files (ajsprint definitions, jp1hosts2 host information, agents as CSV or ajsagtadd lines); a file with errors changes nothing and its errors are listed as FILE:LINE:COLUMN: message.</source>
        <translation>import and export read and write JP1/AJS3 files (ajsprint definitions, jp1hosts2 host information, agents as CSV or ajsagtadd lines); a file with errors changes nothing and its errors are listed as FILE:LINE:COLUMN: message.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage error, 3 refused by a rule, 4 bad input, 5 database error, 6 audit verification failed.</source>
        <translation>Exit codes: 0 success, 2 usage error, 3 refused by a rule, 4 bad input, 5 database error, 6 audit verification failed.</translation>
    </message>
    <message>
        <source>Run &quot;drctl COMMAND --help&quot; for the options of one command.</source>
        <translation>Run &quot;drctl COMMAND --help&quot; for the options of one command.</translation>
    </message>
    <message>
        <source>Usage: drctl %1 SUBCOMMAND ...</source>
        <translation>Usage: drctl %1 SUBCOMMAND ...</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subcommands:</translation>
    </message>
    <message>
        <source>Run &quot;drctl %1 SUBCOMMAND --help&quot; for the options of one subcommand.</source>
        <translation>Run &quot;drctl %1 SUBCOMMAND --help&quot; for the options of one subcommand.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>who acts: customer:NAME or provider:NAME</source>
        <translation>who acts: customer:NAME or provider:NAME</translation>
    </message>
    <message>
        <source>who acts (default: the simulator)</source>
        <translation>who acts (default: the simulator)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>show this help</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
</context>
<context>
    <name>HostCommands</name>
    <message>
        <source>the region</source>
        <translation>the region</translation>
    </message>
    <message>
        <source>the host name</source>
        <translation>the host name</translation>
    </message>
    <message>
        <source>List the host information of a region</source>
        <translation>List the host information of a region</translation>
    </message>
    <message>
        <source>Add a host name and its IP addresses to a region</source>
        <translation>Add a host name and its IP addresses to a region</translation>
    </message>
    <message>
        <source>the host&apos;s IP addresses</source>
        <translation>the host&apos;s IP addresses</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>a comment</translation>
    </message>
    <message>
        <source>Remove a host from a region&apos;s host information</source>
        <translation>Remove a host from a region&apos;s host information</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) in the %1; IPv6 addresses: %2.</source>
        <translation>
            <numerusform>%n host in the %1; IPv6 addresses: %2.</numerusform>
            <numerusform>%n hosts in the %1; IPv6 addresses: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>not resolved</translation>
    </message>
    <message>
        <source>Host %1 (%2) added to the %3.</source>
        <translation>Host %1 (%2) added to the %3.</translation>
    </message>
    <message>
        <source>Host %1 removed from the %2.</source>
        <translation>Host %1 removed from the %2.</translation>
    </message>
</context>
<context>
    <name>HostImport</name>
    <message>
        <source>The file lists no hosts; importing it empties the host information of the %1.</source>
        <translation>The file lists no hosts; importing it empties the host information of the %1.</translation>
    </message>
    <message>
        <source>%1 (host %2)</source>
        <translation>%1 (host %2)</translation>
    </message>
    <message>
        <source>After this import these agents of the %1 would run on hosts that do not resolve: %2. Keep those hosts in the file, or change the agents first.</source>
        <translation>After this import these agents of the %1 would run on hosts that do not resolve: %2. Keep those hosts in the file, or change the agents first.</translation>
    </message>
    <message>
        <source>The host information file</source>
        <translation>The host information file</translation>
    </message>
    <message>
        <source>Host information of the %1 (jp1hosts2), exported by DR Console</source>
        <translation>Host information of the %1 (jp1hosts2), exported by DR Console</translation>
    </message>
</context>
<context>
    <name>HostsFile</name>
    <message>
        <source>+DefaultResolve takes 0 (IPv4 only) or 1 (IPv4 and IPv6), for example &quot;+DefaultResolve 0&quot;.</source>
        <translation>+DefaultResolve takes 0 (IPv4 only) or 1 (IPv4 and IPv6), for example &quot;+DefaultResolve 0&quot;.</translation>
    </message>
    <message>
        <source>+PhysicalMerge applies to logical hosts of JP1/Base and is ignored here.</source>
        <translation>+PhysicalMerge applies to logical hosts of JP1/Base and is ignored here.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; jp1hosts2 files know +DefaultResolve and +PhysicalMerge.</source>
        <translation>Unknown setting &quot;%1&quot;; jp1hosts2 files know +DefaultResolve and +PhysicalMerge.</translation>
    </message>
    <message>
        <source>Expected a host name and its IP addresses (&quot;host 10.0.0.1&quot;), a &quot;#&quot; comment or a +setting.</source>
        <translation>Expected a host name and its IP addresses (&quot;host 10.0.0.1&quot;), a &quot;#&quot; comment or a +setting.</translation>
    </message>
    <message>
        <source>The comment is not kept.</source>
        <translation>The comment is not kept.</translation>
    </message>
    <message>
        <source>A comment must be on a line of its own: jp1hosts2 files take &quot;#&quot; as a comment only at the start of a line. Move &quot;%1&quot; to the line above.</source>
        <translation>A comment must be on a line of its own: jp1hosts2 files take &quot;#&quot; as a comment only at the start of a line. Move &quot;%1&quot; to the line above.</translation>
    </message>
    <message>
        <source>+DefaultResolve is given twice (first on line %1); keep the one you mean and remove the other.</source>
        <translation>+DefaultResolve is given twice (first on line %1); keep the one you mean and remove the other.</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; is already listed on line %2; list each host once, with all its addresses.</source>
        <translation>The host &quot;%1&quot; is already listed on line %2; list each host once, with all its addresses.</translation>
    </message>
    <message numerus="yes">
        <source>This file lists %1 hosts; a region holds at most %2. Leave out at least %n host(s) from here on.</source>
        <translation>
            <numerusform>This file lists %1 hosts; a region holds at most %2. Leave out at least %n host from here on.</numerusform>
            <numerusform>This file lists %1 hosts; a region holds at most %2. Leave out at least %n hosts from here on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviews</name>
    <message>
        <source>%1 to add, %2 to change, %3 to remove, %4 unchanged</source>
        <translation>%1 to add, %2 to change, %3 to remove, %4 unchanged</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported and nothing was changed (%n error(s)):</source>
        <translation>
            <numerusform>%1 was not imported and nothing was changed (%n error):</numerusform>
            <numerusform>%1 was not imported and nothing was changed (%n errors):</numerusform>
        </translation>
    </message>
    <message>
        <source>into an empty environment</source>
        <translation>into an empty environment</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>merge</translation>
    </message>
    <message>
        <source>replace %1</source>
        <comment>import mode: the subtree whose contents are replaced</comment>
        <translation>replace %1</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%1: ... and %n more.</source>
        <translation>
            <numerusform>%1: ... and %n more.</numerusform>
            <numerusform>%1: ... and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>The definitions reach the DR environment with the next sync.</source>
        <translation>The definitions reach the DR environment with the next sync.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n error(s); nothing was changed.</source>
        <translation>
            <numerusform>%1 was not imported: %n error; nothing was changed.</numerusform>
            <numerusform>%1 was not imported: %n errors; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 (%2) into the %3: %4.</source>
        <translation>Imported %1 (%2) into the %3: %4.</translation>
    </message>
    <message>
        <source>Preview of %1 (%2) for the %3: %4; nothing was changed.</source>
        <translation>Preview of %1 (%2) for the %3: %4; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>InteropCommands</name>
    <message>
        <source>the region</source>
        <translation>the region</translation>
    </message>
    <message>
        <source>show what the import would change; change nothing</source>
        <translation>show what the import would change; change nothing</translation>
    </message>
    <message>
        <source>the file to write (- for stdout)</source>
        <translation>the file to write (- for stdout)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encoding; write --encoding auto, utf-8 or shift_jis.</source>
        <translation>&quot;%1&quot; is not an encoding; write --encoding auto, utf-8 or shift_jis.</translation>
    </message>
    <message>
        <source>Import JP1/AJS3 unit definitions (ajsprint format) into the primary region</source>
        <translation>Import JP1/AJS3 unit definitions (ajsprint format) into the primary region</translation>
    </message>
    <message>
        <source>the file&apos;s encoding (default: detected)</source>
        <translation>the file&apos;s encoding (default: detected)</translation>
    </message>
    <message>
        <source>add and change the file&apos;s units, keep the others</source>
        <translation>add and change the file&apos;s units, keep the others</translation>
    </message>
    <message>
        <source>replace everything below PATH by the file&apos;s units</source>
        <translation>replace everything below PATH by the file&apos;s units</translation>
    </message>
    <message>
        <source>Replace a region&apos;s host information by a jp1hosts2 file</source>
        <translation>Replace a region&apos;s host information by a jp1hosts2 file</translation>
    </message>
    <message>
        <source>Add or change a region&apos;s execution agents from CSV or ajsagtadd lines</source>
        <translation>Add or change a region&apos;s execution agents from CSV or ajsagtadd lines</translation>
    </message>
    <message>
        <source>Write unit definitions in the ajsprint format</source>
        <translation>Write unit definitions in the ajsprint format</translation>
    </message>
    <message>
        <source>only this unit and what is below it</source>
        <translation>only this unit and what is below it</translation>
    </message>
    <message>
        <source>the region (default: primary)</source>
        <translation>the region (default: primary)</translation>
    </message>
    <message>
        <source>default: utf-8</source>
        <translation>default: utf-8</translation>
    </message>
    <message>
        <source>Write a region&apos;s host information as a jp1hosts2 file</source>
        <translation>Write a region&apos;s host information as a jp1hosts2 file</translation>
    </message>
    <message>
        <source>Write a region&apos;s execution agents as CSV or ajsagtadd lines</source>
        <translation>Write a region&apos;s execution agents as CSV or ajsagtadd lines</translation>
    </message>
    <message>
        <source>default: csv</source>
        <translation>default: csv</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Cannot read &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>Cannot write &quot;%1&quot;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 to %2 (%n byte(s)).</source>
        <translation>
            <numerusform>Wrote %1 to %2 (%n byte).</numerusform>
            <numerusform>Wrote %1 to %2 (%n bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Give --merge or --replace PATH, not both.</source>
        <translation>Give --merge or --replace PATH, not both.</translation>
    </message>
    <message>
        <source>An import would be refused now: %1</source>
        <translation>An import would be refused now: %1</translation>
    </message>
    <message>
        <source>the unit definitions</source>
        <translation>the unit definitions</translation>
    </message>
    <message>
        <source>the host information</source>
        <translation>the host information</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agent file format; write --format csv or --format ajsagtadd.</source>
        <translation>&quot;%1&quot; is not an agent file format; write --format csv or --format ajsagtadd.</translation>
    </message>
    <message>
        <source>the execution agents</source>
        <translation>the execution agents</translation>
    </message>
</context>
<context>
    <name>ListText</name>
    <message>
        <source>, </source>
        <comment>separator between the items of a list in running text</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>NativeStatement</name>
    <message>
        <source>the database connection is not available</source>
        <translation>the database connection is not available</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
</context>
<context>
    <name>OverdueJobnets</name>
    <message>
        <source>The choice for overdue jobnets is made by the customer.</source>
        <translation>The choice for overdue jobnets is made by the customer.</translation>
    </message>
    <message>
        <source>Overdue jobnets are chosen during the recovery work (steps 3 and 9), before suppression is released.</source>
        <translation>Overdue jobnets are chosen during the recovery work (steps 3 and 9), before suppression is released.</translation>
    </message>
    <message>
        <source>That unit is not an overdue root jobnet.</source>
        <translation>That unit is not an overdue root jobnet.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Changing jobnet and job statuses</source>
        <translation>Changing jobnet and job statuses</translation>
    </message>
    <message>
        <source>Changing execution agents and host information</source>
        <translation>Changing execution agents and host information</translation>
    </message>
    <message>
        <source>Changing network connections</source>
        <translation>Changing network connections</translation>
    </message>
    <message>
        <source>Changing the contract settings</source>
        <translation>Changing the contract settings</translation>
    </message>
    <message>
        <source>Changing the maintenance date</source>
        <translation>Changing the maintenance date</translation>
    </message>
    <message>
        <source>Suppressing or releasing job execution</source>
        <translation>Suppressing or releasing job execution</translation>
    </message>
    <message>
        <source>Importing unit definitions</source>
        <translation>Importing unit definitions</translation>
    </message>
    <message>
        <source>Controlling the simulation</source>
        <translation>Controlling the simulation</translation>
    </message>
    <message>
        <source>Only the customer can do this.</source>
        <translation>Only the customer can do this.</translation>
    </message>
    <message>
        <source>Only the service provider can do this.</source>
        <translation>Only the service provider can do this.</translation>
    </message>
    <message>
        <source>Any operator can do this.</source>
        <translation>Any operator can do this.</translation>
    </message>
    <message>
        <source>%1 is done by the %2, and %3 is signed in as the %4.</source>
        <translation>%1 is done by the %2, and %3 is signed in as the %4.</translation>
    </message>
    <message>
        <source>No operator is signed in: sign in with your name and role first.</source>
        <translation>No operator is signed in: sign in with your name and role first.</translation>
    </message>
    <message>
        <source>Generating a synthetic environment</source>
        <translation>Generating a synthetic environment</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>The customer reaches the service over the internet only, but the DR environment accepts closed-network access only (Transit Gateway, Direct Connect or VPN). Set up a closed-network path first.</source>
        <translation>The customer reaches the service over the internet only, but the DR environment accepts closed-network access only (Transit Gateway, Direct Connect or VPN). Set up a closed-network path first.</translation>
    </message>
    <message numerus="yes">
        <source>Execution agent &quot;%1&quot; is used by %n unit(s) but is not registered in the %2; those jobs would fail to start. Register it (or copy it from the other region).</source>
        <translation>
            <numerusform>Execution agent &quot;%1&quot; is used by %n unit but is not registered in the %2; that job would fail to start. Register it (or copy it from the other region).</numerusform>
            <numerusform>Execution agent &quot;%1&quot; is used by %n units but is not registered in the %2; those jobs would fail to start. Register it (or copy it from the other region).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Execution agent &quot;%1&quot; is set to %2 but %n unit(s) use it; their jobs will wait or fail to start.</source>
        <translation>
            <numerusform>Execution agent &quot;%1&quot; is set to %2 but %n unit uses it; its jobs will wait or fail to start.</numerusform>
            <numerusform>Execution agent &quot;%1&quot; is set to %2 but %n units use it; their jobs will wait or fail to start.</numerusform>
        </translation>
    </message>
    <message>
        <source>The execution host &quot;%1&quot; of agent &quot;%2&quot; is not in the host information of the %3. Add the host with its address in this region, or change the agent&apos;s host.</source>
        <translation>The execution host &quot;%1&quot; of agent &quot;%2&quot; is not in the host information of the %3. Add the host with its address in this region, or change the agent&apos;s host.</translation>
    </message>
    <message numerus="yes">
        <source>The remote manager host &quot;%1&quot; of %n remote jobnet(s) is not in the host information of the %2. Add it.</source>
        <translation>
            <numerusform>The remote manager host &quot;%1&quot; of %n remote jobnet is not in the host information of the %2. Add it.</numerusform>
            <numerusform>The remote manager host &quot;%1&quot; of %n remote jobnets is not in the host information of the %2. Add it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) still have &quot;Unknown end status&quot;: check the real result on the agent, then set their status or rerun them.</source>
        <translation>
            <numerusform>%n unit still has &quot;Unknown end status&quot;: check the real result on the agent, then set its status or rerun it.</numerusform>
            <numerusform>%n units still have &quot;Unknown end status&quot;: check the real result on the agent, then set their status or rerun them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue jobnet(s) will start immediately when suppression is released. Choose &quot;skip&quot; for those that must not run late.</source>
        <translation>
            <numerusform>%n overdue jobnet will start immediately when suppression is released. Choose &quot;skip&quot; for those that must not run late.</numerusform>
            <numerusform>%n overdue jobnets will start immediately when suppression is released. Choose &quot;skip&quot; for those that must not run late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data between the last sync point (%1) and the outage (%2) is lost: %3; %n unit(s) had changed in that span.</source>
        <translation>
            <numerusform>Data between the last sync point (%1) and the outage (%2) is lost: %3; %n unit had changed in that span.</numerusform>
            <numerusform>Data between the last sync point (%1) and the outage (%2) is lost: %3; %n units had changed in that span.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 has no configured network connection to the customer network; jobs could not reach any agent. Configure the region&apos;s network connection first.</source>
        <translation>The %1 has no configured network connection to the customer network; jobs could not reach any agent. Configure the region&apos;s network connection first.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderAdmin</name>
    <message>
        <source>During a switchover, suppression follows the steps: the target starts suppressed and is released at step 5 or 11.</source>
        <translation>During a switchover, suppression follows the steps: the target starts suppressed and is released at step 5 or 11.</translation>
    </message>
    <message>
        <source>The %1 manager is not running.</source>
        <translation>The %1 manager is not running.</translation>
    </message>
    <message>
        <source>Job execution is already suppressed in the %1.</source>
        <translation>Job execution is already suppressed in the %1.</translation>
    </message>
    <message>
        <source>Job execution is not suppressed in the %1.</source>
        <translation>Job execution is not suppressed in the %1.</translation>
    </message>
    <message>
        <source>Release is refused until the customer reports recovery work complete (step %1).</source>
        <translation>Release is refused until the customer reports recovery work complete (step %1).</translation>
    </message>
    <message>
        <source>The customer name is empty. Enter the contracting customer.</source>
        <translation>The customer name is empty. Enter the contracting customer.</translation>
    </message>
    <message>
        <source>The maintenance date cannot be changed while operating in the DR environment; this feature is unavailable there. Change it after switching back to the primary environment.</source>
        <translation>The maintenance date cannot be changed while operating in the DR environment; this feature is unavailable there. Change it after switching back to the primary environment.</translation>
    </message>
    <message>
        <source>Enter a valid date (YYYY-MM-DD).</source>
        <translation>Enter a valid date (YYYY-MM-DD).</translation>
    </message>
</context>
<context>
    <name>RegionNames</name>
    <message>
        <source>Primary environment</source>
        <translation>Primary environment</translation>
    </message>
    <message>
        <source>DR environment</source>
        <translation>DR environment</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>DR</source>
        <translation>DR</translation>
    </message>
    <message>
        <source>AWS Tokyo</source>
        <translation>AWS Tokyo</translation>
    </message>
    <message>
        <source>AWS Osaka</source>
        <translation>AWS Osaka</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>RegionRepository</name>
    <message>
        <source>The database has no row for the %1 region; it is damaged.</source>
        <translation>The database has no row for the %1 region; it is damaged.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>&quot;%1&quot; is not a report format; write html or pdf.</source>
        <translation>&quot;%1&quot; is not a report format; write html or pdf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run number.</source>
        <translation>&quot;%1&quot; is not a run number.</translation>
    </message>
    <message>
        <source>drreport, which prints PDF reports, was not found next to drctl. Reinstall DR Console, or export HTML instead (--format html).</source>
        <translation>drreport, which prints PDF reports, was not found next to drctl. Reinstall DR Console, or export HTML instead (--format html).</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
    <message>
        <source>--output is empty; give the file to write the report to.</source>
        <translation>--output is empty; give the file to write the report to.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give --output a file name in it, for example &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is a folder; give --output a file name in it, for example &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot write the report to &quot;%1&quot;: the folder &quot;%2&quot; does not exist. Create it first, or give --output a file in an existing folder.</source>
        <translation>Cannot write the report to &quot;%1&quot;: the folder &quot;%2&quot; does not exist. Create it first, or give --output a file in an existing folder.</translation>
    </message>
    <message>
        <source>Cannot write the report to &quot;%1&quot;: &quot;%2&quot; is not a folder. Give --output a file in an existing folder.</source>
        <translation>Cannot write the report to &quot;%1&quot;: &quot;%2&quot; is not a folder. Give --output a file in an existing folder.</translation>
    </message>
    <message>
        <source>Cannot write the report to &quot;%1&quot;: you may not write there. Choose another --output path, or get write permission for &quot;%2&quot;.</source>
        <translation>Cannot write the report to &quot;%1&quot;: you may not write there. Choose another --output path, or get write permission for &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>Cannot write &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>No temporary folder for printing the PDF: %1. Check the space and permissions of the temporary folder (TMPDIR).</source>
        <translation>No temporary folder for printing the PDF: %1. Check the space and permissions of the temporary folder (TMPDIR).</translation>
    </message>
    <message>
        <source>Printing the PDF took more than two minutes and was stopped.</source>
        <translation>Printing the PDF took more than two minutes and was stopped.</translation>
    </message>
    <message>
        <source>Printing the PDF failed (drreport stopped with exit code %1).</source>
        <translation>Printing the PDF failed (drreport stopped with exit code %1).</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export switchover report</source>
        <translation>Export switchover report</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>The report was saved to %1.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML page (*.html)</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>The PDF could not be written to &quot;%1&quot;. Check that the folder exists and is writable.</source>
        <translation>The PDF could not be written to &quot;%1&quot;. Check that the folder exists and is writable.</translation>
    </message>
    <message>
        <source>The report could not be written to &quot;%1&quot;: %2</source>
        <translation>The report could not be written to &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Operator &quot;%1&quot; is not valid: write customer:NAME or provider:NAME (a name of 1 to 64 characters).</source>
        <translation>Operator &quot;%1&quot; is not valid: write customer:NAME or provider:NAME (a name of 1 to 64 characters).</translation>
    </message>
</context>
<context>
    <name>RunFigures</name>
    <message>
        <source>Rule applied</source>
        <translation>Rule applied</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>The manager runs with job execution suppressed: no job starts until release.</source>
        <translation>The manager runs with job execution suppressed: no job starts until release.</translation>
    </message>
    <message>
        <source>Data-loss window (RPO)</source>
        <translation>Data-loss window (RPO)</translation>
    </message>
    <message>
        <source>Sync point used</source>
        <translation>Sync point used</translation>
    </message>
    <message>
        <source>Units changed after the sync point</source>
        <translation>Units changed after the sync point</translation>
    </message>
    <message>
        <source>Failover time, step 1 to step 6 (RTO)</source>
        <translation>Failover time, step 1 to step 6 (RTO)</translation>
    </message>
    <message>
        <source>Failover time so far (step 1 to now)</source>
        <translation>Failover time so far (step 1 to now)</translation>
    </message>
    <message>
        <source>Failback time, step 7 to step 12</source>
        <translation>Failback time, step 7 to step 12</translation>
    </message>
    <message>
        <source>Failback time so far (step 7 to now)</source>
        <translation>Failback time so far (step 7 to now)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>At (JST)</source>
        <translation>At (JST)</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Took</translation>
    </message>
    <message numerus="yes">
        <source>%n root jobnet(s) are overdue now.</source>
        <translation>
            <numerusform>%n root jobnet is overdue now.</numerusform>
            <numerusform>%n root jobnets are overdue now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were overdue at the disaster-recovery start.</source>
        <translation>
            <numerusform>%n was overdue at the disaster-recovery start.</numerusform>
            <numerusform>%n were overdue at the disaster-recovery start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Upgrading the database to schema version %1 (%2) failed: %3</source>
        <translation>Upgrading the database to schema version %1 (%2) failed: %3</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>&quot;%1&quot; is not a region; write primary or dr.</source>
        <translation>&quot;%1&quot; is not a region; write primary or dr.</translation>
    </message>
    <message>
        <source>Say which region with --%1 primary or --%1 dr.</source>
        <translation>Say which region with --%1 primary or --%1 dr.</translation>
    </message>
    <message>
        <source>Option --%1 is required for this command.</source>
        <translation>Option --%1 is required for this command.</translation>
    </message>
    <message>
        <source>There is no unit &quot;%1&quot; in the %2. Give the full path, e.g. /group/jobnet/job (see drctl units list).</source>
        <translation>There is no unit &quot;%1&quot; in the %2. Give the full path, e.g. /group/jobnet/job (see drctl units list).</translation>
    </message>
    <message>
        <source>Option --%1 is empty; give it a value.</source>
        <translation>Option --%1 is empty; give it a value.</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>the DR environment is the active region; synchronisation runs from the primary environment only</source>
        <translation>the DR environment is the active region; synchronisation runs from the primary environment only</translation>
    </message>
    <message>
        <source>the primary environment is unavailable (regional outage)</source>
        <translation>the primary environment is unavailable (regional outage)</translation>
    </message>
    <message>
        <source>the DR environment is unavailable (regional outage)</source>
        <translation>the DR environment is unavailable (regional outage)</translation>
    </message>
    <message>
        <source>the primary manager is stopped</source>
        <translation>the primary manager is stopped</translation>
    </message>
    <message>
        <source>The simulated clock cannot go back (it is %1; %2 is earlier).</source>
        <translation>The simulated clock cannot go back (it is %1; %2 is earlier).</translation>
    </message>
    <message>
        <source>Cannot synchronise now: %1.</source>
        <translation>Cannot synchronise now: %1.</translation>
    </message>
    <message>
        <source>The %1 is already unavailable (since %2).</source>
        <translation>The %1 is already unavailable (since %2).</translation>
    </message>
    <message>
        <source>The %1 is available; there is nothing to restore.</source>
        <translation>The %1 is available; there is nothing to restore.</translation>
    </message>
    <message>
        <source>The simulated clock moves at most %1 days at a time (it is %2; %3 is further). Move it in several steps.</source>
        <translation>The simulated clock moves at most %1 days at a time (it is %2; %3 is further). Move it in several steps.</translation>
    </message>
</context>
<context>
    <name>SimulationCommands</name>
    <message>
        <source>Run the simulation forward (90s, 15m, 2h, 1d, 1h30m)</source>
        <translation>Run the simulation forward (90s, 15m, 2h, 1d, 1h30m)</translation>
    </message>
    <message>
        <source>Run the simulation forward to a time (Z or an offset; without one, Japan time)</source>
        <translation>Run the simulation forward to a time (Z or an offset; without one, Japan time)</translation>
    </message>
    <message>
        <source>Synchronise the primary to the DR environment now</source>
        <translation>Synchronise the primary to the DR environment now</translation>
    </message>
    <message>
        <source>Make a region unavailable (regional outage)</source>
        <translation>Make a region unavailable (regional outage)</translation>
    </message>
    <message>
        <source>Make a region available again</source>
        <translation>Make a region available again</translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation>Clock: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration; write e.g. 90s, 15m, 2h, 1d or 1h30m.</source>
        <translation>&quot;%1&quot; is not a duration; write e.g. 90s, 15m, 2h, 1d or 1h30m.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 time; write e.g. 2026-11-25T01:30:00Z or 2026-11-25T10:30:00+09:00.</source>
        <translation>&quot;%1&quot; is not an ISO-8601 time; write e.g. 2026-11-25T01:30:00Z or 2026-11-25T10:30:00+09:00.</translation>
    </message>
    <message>
        <source>Sync point %1: %2</source>
        <translation>Sync point %1: %2</translation>
    </message>
    <message>
        <source>The %1 is unavailable since %2.</source>
        <translation>The %1 is unavailable since %2.</translation>
    </message>
    <message numerus="yes">
        <source>Last sync point: %1; %n unit(s) changed after it (their changes are lost).</source>
        <translation>
            <numerusform>Last sync point: %1; %n unit changed after it (its changes are lost).</numerusform>
            <numerusform>Last sync point: %1; %n units changed after it (their changes are lost).</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is available again; its manager is %2.</source>
        <translation>The %1 is available again; its manager is %2.</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The database refused &quot;%1&quot;: %2</source>
        <translation>The database refused &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>StartModeRules</name>
    <message>
        <source>Ended units keep their status (abnormal ones need review)</source>
        <translation>Ended units keep their status (abnormal ones need review)</translation>
    </message>
    <message>
        <source>Waiting units keep their status; nothing starts until release</source>
        <translation>Waiting units keep their status; nothing starts until release</translation>
    </message>
    <message>
        <source>Queued jobs go back to &quot;Wait for prev. to end&quot; and are resubmitted after release</source>
        <translation>Queued jobs go back to &quot;Wait for prev. to end&quot; and are resubmitted after release</translation>
    </message>
    <message>
        <source>Queued jobs after an abnormal predecessor end as &quot;Not executed + Ended&quot;</source>
        <translation>Queued jobs after an abnormal predecessor end as &quot;Not executed + Ended&quot;</translation>
    </message>
    <message>
        <source>Jobs that were running become &quot;Unknown end status&quot; and need review</source>
        <translation>Jobs that were running become &quot;Unknown end status&quot; and need review</translation>
    </message>
    <message>
        <source>Event jobs that were monitoring become &quot;Unknown end status&quot; and need review</source>
        <translation>Event jobs that were monitoring become &quot;Unknown end status&quot; and need review</translation>
    </message>
    <message>
        <source>Running jobs keep running</source>
        <translation>Running jobs keep running</translation>
    </message>
    <message>
        <source>Running jobs are killed</source>
        <translation>Running jobs are killed</translation>
    </message>
    <message>
        <source>Queued jobs fail to start</source>
        <translation>Queued jobs fail to start</translation>
    </message>
    <message>
        <source>Every generation is dropped; units become &quot;Not registered&quot;</source>
        <translation>Every generation is dropped; units become &quot;Not registered&quot;</translation>
    </message>
    <message>
        <source>Jobnet statuses are recomputed from their children</source>
        <translation>Jobnet statuses are recomputed from their children</translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <source>Loading unit definitions</source>
        <translation>Loading unit definitions</translation>
    </message>
    <message>
        <source>Loading unit statuses</source>
        <translation>Loading unit statuses</translation>
    </message>
    <message>
        <source>The database was changed by another program (another console or drctl) after this console read it, so nothing was done. The console now shows the database as it is: check it and repeat the action.</source>
        <translation>The database was changed by another program (another console or drctl) after this console read it, so nothing was done. The console now shows the database as it is: check it and repeat the action.</translation>
    </message>
</context>
<context>
    <name>StatusCommands</name>
    <message>
        <source>Show both regions, the clock, the last sync point and the switchover</source>
        <translation>Show both regions, the clock, the last sync point and the switchover</translation>
    </message>
    <message>
        <source>Show the simulated clock</source>
        <translation>Show the simulated clock</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation>Clock: %1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Job execution</source>
        <translation>Job execution</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Service tier</translation>
    </message>
    <message>
        <source>Last sync point</source>
        <translation>Last sync point</translation>
    </message>
    <message>
        <source>Sync lag</source>
        <translation>Sync lag</translation>
    </message>
    <message>
        <source>Switchover: run %1, %2, %3 mode.</source>
        <translation>Switchover: run %1, %2, %3 mode.</translation>
    </message>
    <message>
        <source>Switchover: none in progress.</source>
        <translation>Switchover: none in progress.</translation>
    </message>
    <message>
        <source>Synchronisation paused: %1.</source>
        <translation>Synchronisation paused: %1.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>The failover is complete; no failback has been requested yet.</source>
        <translation>The failover is complete; no failback has been requested yet.</translation>
    </message>
</context>
<context>
    <name>StepTexts</name>
    <message>
        <source>Ask the service desk to switch operation to the DR environment (AWS Osaka). Choose disaster when the primary environment is unavailable, or drill for training and verification, and say why.</source>
        <translation>Ask the service desk to switch operation to the DR environment (AWS Osaka). Choose disaster when the primary environment is unavailable, or drill for training and verification, and say why.</translation>
    </message>
    <message>
        <source>Start the DR manager from the last synchronised data in disaster-recovery start mode, with job execution suppressed. The primary manager stops and the DR environment becomes the active one.</source>
        <translation>Start the DR manager from the last synchronised data in disaster-recovery start mode, with job execution suppressed. The primary manager stops and the DR environment becomes the active one.</translation>
    </message>
    <message>
        <source>Point the execution agents and host information of this region at its own machines (agents pre-registered here are already in place), review every unit the start marked, and decide for each overdue jobnet whether it runs after release or is skipped. Nothing runs while suppressed.</source>
        <translation>Point the execution agents and host information of this region at its own machines (agents pre-registered here are already in place), review every unit the start marked, and decide for each overdue jobnet whether it runs after release or is skipped. Nothing runs while suppressed.</translation>
    </message>
    <message>
        <source>Report the recovery work complete. The pre-flight check runs first: errors must be fixed, warnings must be acknowledged.</source>
        <translation>Report the recovery work complete. The pre-flight check runs first: errors must be fixed, warnings must be acknowledged.</translation>
    </message>
    <message>
        <source>Release job execution suppression. Jobs that are due start at once.</source>
        <translation>Release job execution suppression. Jobs that are due start at once.</translation>
    </message>
    <message>
        <source>Confirm that operation continues in the DR environment. The failover&apos;s figures are recorded for the report.</source>
        <translation>Confirm that operation continues in the DR environment. The failover&apos;s figures are recorded for the report.</translation>
    </message>
    <message>
        <source>When the primary environment is rebuilt (or the drill is over), ask the service desk to switch operation back to the primary environment.</source>
        <translation>When the primary environment is rebuilt (or the drill is over), ask the service desk to switch operation back to the primary environment.</translation>
    </message>
    <message>
        <source>Start the primary manager in disaster-recovery start mode, suppressed. In disaster mode the DR environment&apos;s data is copied back first; in a drill the primary restarts from its own data as of the drill&apos;s start.</source>
        <translation>Start the primary manager in disaster-recovery start mode, suppressed. In disaster mode the DR environment&apos;s data is copied back first; in a drill the primary restarts from its own data as of the drill&apos;s start.</translation>
    </message>
    <message>
        <source>Confirm that operation continues in the primary environment. The switchover is then complete and synchronisation to the DR environment resumes.</source>
        <translation>Confirm that operation continues in the primary environment. The switchover is then complete and synchronisation to the DR environment resumes.</translation>
    </message>
    <message>
        <source>The service provider starts the DR manager (suppressed) and confirms the switch.</source>
        <translation>The service provider starts the DR manager (suppressed) and confirms the switch.</translation>
    </message>
    <message>
        <source>The service provider releases job execution suppression.</source>
        <translation>The service provider releases job execution suppression.</translation>
    </message>
    <message>
        <source>The service provider starts the primary manager (suppressed) and confirms the switch back.</source>
        <translation>The service provider starts the primary manager (suppressed) and confirms the switch back.</translation>
    </message>
    <message>
        <source>The customer completes this step.</source>
        <translation>The customer completes this step.</translation>
    </message>
</context>
<context>
    <name>SwitchCommands</name>
    <message>
        <source>a note recorded with the step</source>
        <translation>a note recorded with the step</translation>
    </message>
    <message>
        <source>the region</source>
        <translation>the region</translation>
    </message>
    <message>
        <source>Request a switch: step 1 (failover) or step 7 (failback)</source>
        <translation>Request a switch: step 1 (failover) or step 7 (failback)</translation>
    </message>
    <message>
        <source>disaster: the source is unavailable; drill: training or verification</source>
        <translation>disaster: the source is unavailable; drill: training or verification</translation>
    </message>
    <message>
        <source>Complete step 2-6 or 8-12 of the switchover</source>
        <translation>Complete step 2-6 or 8-12 of the switchover</translation>
    </message>
    <message>
        <source>acknowledge the pre-flight warnings (steps 4 and 10)</source>
        <translation>acknowledge the pre-flight warnings (steps 4 and 10)</translation>
    </message>
    <message>
        <source>steps 3 and 9: run every overdue jobnet after release, or skip it</source>
        <translation>steps 3 and 9: run every overdue jobnet after release, or skip it</translation>
    </message>
    <message>
        <source>Show every step of the current (or last) switchover</source>
        <translation>Show every step of the current (or last) switchover</translation>
    </message>
    <message>
        <source>Write the report of a switchover (timeline, RTO/RPO, pre-flight, audit)</source>
        <translation>Write the report of a switchover (timeline, RTO/RPO, pre-flight, audit)</translation>
    </message>
    <message>
        <source>the file format</source>
        <translation>the file format</translation>
    </message>
    <message>
        <source>where to write it</source>
        <translation>where to write it</translation>
    </message>
    <message>
        <source>the run to report (default: the current or most recent one)</source>
        <translation>the run to report (default: the current or most recent one)</translation>
    </message>
    <message>
        <source>Run the pre-flight check (exit 3 when it finds errors)</source>
        <translation>Run the pre-flight check (exit 3 when it finds errors)</translation>
    </message>
    <message>
        <source>the region to check (default: the one a switch would activate)</source>
        <translation>the region to check (default: the one a switch would activate)</translation>
    </message>
    <message>
        <source>Suppress job execution in a region (provider)</source>
        <translation>Suppress job execution in a region (provider)</translation>
    </message>
    <message>
        <source>Release job execution suppression in a region (provider)</source>
        <translation>Release job execution suppression in a region (provider)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a switch; write failover or failback.</source>
        <translation>&quot;%1&quot; is not a switch; write failover or failback.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mode; write disaster or drill.</source>
        <translation>&quot;%1&quot; is not a mode; write disaster or drill.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step number; the steps are numbered 1 to 12.</source>
        <translation>&quot;%1&quot; is not a step number; the steps are numbered 1 to 12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a choice for overdue jobnets; write run or skip.</source>
        <translation>&quot;%1&quot; is not a choice for overdue jobnets; write run or skip.</translation>
    </message>
    <message>
        <source>Completed %1 as %2 (%3) at %4.</source>
        <translation>Completed %1 as %2 (%3) at %4.</translation>
    </message>
    <message>
        <source>Not carried over by the switch (the target&apos;s copies start empty):</source>
        <translation>Not carried over by the switch (the target&apos;s copies start empty):</translation>
    </message>
    <message>
        <source>Warning: this is a drill. Nothing updated in the DR environment during the drill is carried back: executions, status changes and agent or host changes made there are lost, and the primary restarts from its own data as of the drill&apos;s start.</source>
        <translation>Warning: this is a drill. Nothing updated in the DR environment during the drill is carried back: executions, status changes and agent or host changes made there are lost, and the primary restarts from its own data as of the drill&apos;s start.</translation>
    </message>
    <message>
        <source>The %1 manager started in disaster-recovery start, job execution suppressed.</source>
        <translation>The %1 manager started in disaster-recovery start, job execution suppressed.</translation>
    </message>
    <message>
        <source>Drill: the DR environment&apos;s changes were discarded (%1).</source>
        <translation>Drill: the DR environment&apos;s changes were discarded (%1).</translation>
    </message>
    <message>
        <source>The DR environment&apos;s data was copied back to the primary first.</source>
        <translation>The DR environment&apos;s data was copied back to the primary first.</translation>
    </message>
    <message>
        <source>Units needing review: %1; overdue root jobnets: %2.</source>
        <translation>Units needing review: %1; overdue root jobnets: %2.</translation>
    </message>
    <message>
        <source>Overdue root jobnets: %1 run after release, %2 skipped.</source>
        <translation>Overdue root jobnets: %1 run after release, %2 skipped.</translation>
    </message>
    <message>
        <source>Pre-flight warnings acknowledged.</source>
        <translation>Pre-flight warnings acknowledged.</translation>
    </message>
    <message numerus="yes">
        <source>Job execution released; %n unit(s) started.</source>
        <translation>
            <numerusform>Job execution released; %n unit started.</numerusform>
            <numerusform>Job execution released; %n units started.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery time (steps 1-6): %1</source>
        <translation>Recovery time (steps 1-6): %1</translation>
    </message>
    <message>
        <source>Switch-back time (steps 7-12): %1</source>
        <translation>Switch-back time (steps 7-12): %1</translation>
    </message>
    <message>
        <source>No switchover has been requested yet.</source>
        <translation>No switchover has been requested yet.</translation>
    </message>
    <message>
        <source>Run %1 (%2 mode), started %3%4</source>
        <translation>Run %1 (%2 mode), started %3%4</translation>
    </message>
    <message>
        <source>, completed %1</source>
        <translation>, completed %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message numerus="yes">
        <source>The pre-flight check of the %1 found %n error(s).</source>
        <translation>
            <numerusform>The pre-flight check of the %1 found %n error.</numerusform>
            <numerusform>The pre-flight check of the %1 found %n errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job execution is suppressed in the %1.</source>
        <translation>Job execution is suppressed in the %1.</translation>
    </message>
    <message>
        <source>Job execution suppression is released in the %1.</source>
        <translation>Job execution suppression is released in the %1.</translation>
    </message>
    <message>
        <source>Not carried back to the primary environment:</source>
        <translation>Not carried back to the primary environment:</translation>
    </message>
    <message numerus="yes">
        <source>Data from the sync point %1; %2 lost (%n unit(s) changed after it).</source>
        <translation>
            <numerusform>Data from the sync point %1; %2 lost (%n unit changed after it).</numerusform>
            <numerusform>Data from the sync point %1; %2 lost (%n units changed after it).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-flight check of the %1: %2, %3, %4.</source>
        <comment>errors, warnings, notes</comment>
        <translation>Pre-flight check of the %1: %2, %3, %4.</translation>
    </message>
</context>
<context>
    <name>SwitchoverNames</name>
    <message>
        <source>Request the switch to the DR environment</source>
        <translation>Request the switch to the DR environment</translation>
    </message>
    <message>
        <source>Switch completed (DR manager started, suppressed)</source>
        <translation>Switch completed (DR manager started, suppressed)</translation>
    </message>
    <message>
        <source>Customer recovery work (agents, host information, jobnet statuses)</source>
        <translation>Customer recovery work (agents, host information, jobnet statuses)</translation>
    </message>
    <message>
        <source>Report recovery work completed</source>
        <translation>Report recovery work completed</translation>
    </message>
    <message>
        <source>Release job execution suppression</source>
        <translation>Release job execution suppression</translation>
    </message>
    <message>
        <source>Start using the DR environment</source>
        <translation>Start using the DR environment</translation>
    </message>
    <message>
        <source>Request the switch back to the primary environment</source>
        <translation>Request the switch back to the primary environment</translation>
    </message>
    <message>
        <source>Switch-back completed (primary manager started, suppressed)</source>
        <translation>Switch-back completed (primary manager started, suppressed)</translation>
    </message>
    <message>
        <source>Start using the primary environment</source>
        <translation>Start using the primary environment</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>Failback</source>
        <translation>Failback</translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation>Disaster</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>Logs downloadable from the service portal</source>
        <translation>Logs downloadable from the service portal</translation>
    </message>
    <message>
        <source>Metrics (usage information)</source>
        <translation>Metrics (usage information)</translation>
    </message>
    <message>
        <source>Route information</source>
        <translation>Route information</translation>
    </message>
    <message>
        <source>Maintenance information</source>
        <translation>Maintenance information</translation>
    </message>
</context>
<context>
    <name>SwitchoverReport</name>
    <message>
        <source>There is no switchover to report yet; a report covers a run that has at least started (step 1).</source>
        <translation>There is no switchover to report yet; a report covers a run that has at least started (step 1).</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Units changed</source>
        <translation>Units changed</translation>
    </message>
    <message>
        <source>No status had to change.</source>
        <translation>No status had to change.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>The warnings were acknowledged by the customer.</source>
        <translation>The warnings were acknowledged by the customer.</translation>
    </message>
    <message>
        <source>No warning needed acknowledgement.</source>
        <translation>No warning needed acknowledgement.</translation>
    </message>
    <message>
        <source>There is no switchover run %1.</source>
        <translation>There is no switchover run %1.</translation>
    </message>
    <message>
        <source>Switchover report - run %1</source>
        <translation>Switchover report - run %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <source>Mode: %1; started %2; %3</source>
        <translation>Mode: %1; started %2; %3</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>completed %1</translation>
    </message>
    <message>
        <source>in progress (next step %1)</source>
        <translation>in progress (next step %1)</translation>
    </message>
    <message>
        <source>Report generated at %1 (simulated clock).</source>
        <translation>Report generated at %1 (simulated clock).</translation>
    </message>
    <message>
        <source>Recovery figures</source>
        <translation>Recovery figures</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Data-loss window (RPO)</source>
        <translation>Data-loss window (RPO)</translation>
    </message>
    <message>
        <source>Sync point used</source>
        <translation>Sync point used</translation>
    </message>
    <message>
        <source>Outage or switch time</source>
        <translation>Outage or switch time</translation>
    </message>
    <message>
        <source>Units changed after the sync point</source>
        <translation>Units changed after the sync point</translation>
    </message>
    <message>
        <source>Failover time, step 1 to step 6 (RTO)</source>
        <translation>Failover time, step 1 to step 6 (RTO)</translation>
    </message>
    <message>
        <source>Failback time, step 7 to step 12</source>
        <translation>Failback time, step 7 to step 12</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>At (JST)</source>
        <translation>At (JST)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>Disaster-recovery start at step %1 (%2 → %3)</source>
        <translation>Disaster-recovery start at step %1 (%2 → %3)</translation>
    </message>
    <message>
        <source>Pre-flight check at step %1</source>
        <translation>Pre-flight check at step %1</translation>
    </message>
    <message>
        <source>Audit entries of this run</source>
        <translation>Audit entries of this run</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time (JST)</source>
        <translation>Time (JST)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No unit needs review.</source>
        <translation>No unit needs review.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) need review:</source>
        <translation>
            <numerusform>%n unit needs review:</numerusform>
            <numerusform>%n units need review:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 became &quot;Unknown end status&quot; at this start (they were running or monitoring when the copy was taken); %2 had already ended abnormally before the sync point.</source>
        <translation>%1 became &quot;Unknown end status&quot; at this start (they were running or monitoring when the copy was taken); %2 had already ended abnormally before the sync point.</translation>
    </message>
    <message>
        <source>Overdue root jobnets: %1; the manager started suppressed.</source>
        <translation>Overdue root jobnets: %1; the manager started suppressed.</translation>
    </message>
    <message>
        <source>The DR environment&apos;s data as of %1 was copied back to the primary before it started; nothing done in the DR environment was lost.</source>
        <translation>The DR environment&apos;s data as of %1 was copied back to the primary before it started; nothing done in the DR environment was lost.</translation>
    </message>
    <message>
        <source>Drill: the primary restarted from its own data as of the drill&apos;s start (%1). Nothing updated in the DR environment in the %2 since then was carried back.</source>
        <translation>Drill: the primary restarted from its own data as of the drill&apos;s start (%1). Nothing updated in the DR environment in the %2 since then was carried back.</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>No entries.</translation>
    </message>
    <message>
        <source>#</source>
        <comment>column of step numbers</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>%1 became &quot;Unknown end status&quot; at this start (they were running or monitoring when the DR environment&apos;s data was copied back); %2 had already ended abnormally in the DR environment before its data was copied back.</source>
        <translation>%1 became &quot;Unknown end status&quot; at this start (they were running or monitoring when the DR environment&apos;s data was copied back); %2 had already ended abnormally in the DR environment before its data was copied back.</translation>
    </message>
    <message>
        <source>%1 became &quot;Unknown end status&quot; at this start (they were running or monitoring when the primary stopped at the drill&apos;s start); %2 had already ended abnormally before the drill started.</source>
        <translation>%1 became &quot;Unknown end status&quot; at this start (they were running or monitoring when the primary stopped at the drill&apos;s start); %2 had already ended abnormally before the drill started.</translation>
    </message>
    <message numerus="yes">
        <source>Step %1: suppression released; %n unit(s) started or settled at once.</source>
        <translation>
            <numerusform>Step %1: suppression released; %n unit started or settled at once.</numerusform>
            <numerusform>Step %1: suppression released; %n units started or settled at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwitchoverService</name>
    <message>
        <source>There is no step %1; the steps are numbered 1 to 12.</source>
        <translation>There is no step %1; the steps are numbered 1 to 12.</translation>
    </message>
    <message>
        <source>A switchover is already in progress (run %1, next step %2); only one switchover can run at a time.</source>
        <translation>A switchover is already in progress (run %1, next step %2); only one switchover can run at a time.</translation>
    </message>
    <message>
        <source>A failback needs a completed failover (step 6 done), and no switchover is in progress.</source>
        <translation>A failback needs a completed failover (step 6 done), and no switchover is in progress.</translation>
    </message>
    <message>
        <source>No switchover is in progress; a switchover starts with step 1.</source>
        <translation>No switchover is in progress; a switchover starts with step 1.</translation>
    </message>
    <message>
        <source>A failback needs a completed failover (step 6 done); the next step is %1.</source>
        <translation>A failback needs a completed failover (step 6 done); the next step is %1.</translation>
    </message>
    <message>
        <source>Step %1 cannot be completed now: steps complete in order and the next step is %2.</source>
        <translation>Step %1 cannot be completed now: steps complete in order and the next step is %2.</translation>
    </message>
    <message>
        <source>Step %1 must be completed by the provider.</source>
        <translation>Step %1 must be completed by the provider.</translation>
    </message>
    <message>
        <source>Step %1 must be completed by the customer.</source>
        <translation>Step %1 must be completed by the customer.</translation>
    </message>
    <message>
        <source>The switch cannot be requested: job management and system management share one authentication server (JP1 user authentication is linked to system management). The disaster recovery option cannot be used in that configuration, because the DR environment has no system management to authenticate against. Ask the service desk to separate the authentication first.</source>
        <translation>The switch cannot be requested: job management and system management share one authentication server (JP1 user authentication is linked to system management). The disaster recovery option cannot be used in that configuration, because the DR environment has no system management to authenticate against. Ask the service desk to separate the authentication first.</translation>
    </message>
    <message>
        <source>Disaster mode is for a primary environment that is unavailable, and the primary environment is available. Choose drill mode for training or verification, or record the regional outage first.</source>
        <translation>Disaster mode is for a primary environment that is unavailable, and the primary environment is available. Choose drill mode for training or verification, or record the regional outage first.</translation>
    </message>
    <message>
        <source>The primary environment is unavailable: this is a disaster, not a drill. Choose disaster mode.</source>
        <translation>The primary environment is unavailable: this is a disaster, not a drill. Choose disaster mode.</translation>
    </message>
    <message>
        <source>The DR environment is unavailable; it cannot take over operation.</source>
        <translation>The DR environment is unavailable; it cannot take over operation.</translation>
    </message>
    <message>
        <source>This switchover runs in %1 mode; the failback must use the same mode.</source>
        <translation>This switchover runs in %1 mode; the failback must use the same mode.</translation>
    </message>
    <message>
        <source>The primary environment is still unavailable. Restore it before requesting the switch back.</source>
        <translation>The primary environment is still unavailable. Restore it before requesting the switch back.</translation>
    </message>
    <message>
        <source>Step %1 is a request: start it with &quot;switch start %2&quot;.</source>
        <translation>Step %1 is a request: start it with &quot;switch start %2&quot;.</translation>
    </message>
    <message>
        <source>The %1 is unavailable; it cannot be started. Restore it first.</source>
        <translation>The %1 is unavailable; it cannot be started. Restore it first.</translation>
    </message>
    <message>
        <source>The DR environment has no synchronised copy yet (no sync point); there is nothing to start it from.</source>
        <translation>The DR environment has no synchronised copy yet (no sync point); there is nothing to start it from.</translation>
    </message>
    <message>
        <source>The DR environment is unavailable, so its data cannot be copied back. Restore it first.</source>
        <translation>The DR environment is unavailable, so its data cannot be copied back. Restore it first.</translation>
    </message>
    <message>
        <source>Executions, status changes and agent changes made in the DR environment during the drill</source>
        <translation>Executions, status changes and agent changes made in the DR environment during the drill</translation>
    </message>
    <message numerus="yes">
        <source>Recovery work cannot be reported complete: the pre-flight check found %n error(s):</source>
        <translation>
            <numerusform>Recovery work cannot be reported complete: the pre-flight check found %n error:</numerusform>
            <numerusform>Recovery work cannot be reported complete: the pre-flight check found %n errors:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pre-flight check found %n warning(s); acknowledge them to report the recovery work complete:</source>
        <translation>
            <numerusform>The pre-flight check found %n warning; acknowledge it to report the recovery work complete:</numerusform>
            <numerusform>The pre-flight check found %n warnings; acknowledge them to report the recovery work complete:</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 manager is not running; start it first.</source>
        <translation>The %1 manager is not running; start it first.</translation>
    </message>
    <message>
        <source>The choice for overdue jobnets (run after release or skip) is made with step 3 or step 9, the customer&apos;s recovery work; step %1 takes no such choice.</source>
        <translation>The choice for overdue jobnets (run after release or skip) is made with step 3 or step 9, the customer&apos;s recovery work; step %1 takes no such choice.</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>The file is neither UTF-8 nor Shift_JIS (CP932): line %1, column %2 has a byte that neither encoding allows. Save the file as UTF-8 or Shift_JIS.</source>
        <translation>The file is neither UTF-8 nor Shift_JIS (CP932): line %1, column %2 has a byte that neither encoding allows. Save the file as UTF-8 or Shift_JIS.</translation>
    </message>
    <message>
        <source>The file is not valid %1 (first bad byte on line %2, column %3). Choose the file&apos;s real encoding (UTF-8 or Shift_JIS), or let the console detect it.</source>
        <translation>The file is not valid %1 (first bad byte on line %2, column %3). Choose the file&apos;s real encoding (UTF-8 or Shift_JIS), or let the console detect it.</translation>
    </message>
    <message>
        <source>Line %1 contains &quot;%2&quot;, which %3 cannot represent. Export in UTF-8, or rename what uses that character.</source>
        <translation>Line %1 contains &quot;%2&quot;, which %3 cannot represent. Export in UTF-8, or rename what uses that character.</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte-order mark, so it is UTF-8, but Shift_JIS was chosen. Choose UTF-8 or let the console detect the encoding.</source>
        <translation>The file starts with a UTF-8 byte-order mark, so it is UTF-8, but Shift_JIS was chosen. Choose UTF-8 or let the console detect the encoding.</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>suppressed (no job starts)</source>
        <translation>suppressed (no job starts)</translation>
    </message>
    <message>
        <source>not suppressed</source>
        <translation>not suppressed</translation>
    </message>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>unavailable since %1</source>
        <translation>unavailable since %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>standby</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>step %1 (%2)</translation>
    </message>
    <message>
        <source>The switchover is complete.</source>
        <translation>The switchover is complete.</translation>
    </message>
    <message>
        <source>Next: %1, by the %2.</source>
        <translation>Next: %1, by the %2.</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNING</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
</context>
<context>
    <name>UnitActionRules</name>
    <message>
        <source>A status can only be changed to Ended normally, Ended with warning, Ended abnormally, Failed to start or Bypassed, not to %1.</source>
        <translation>A status can only be changed to Ended normally, Ended with warning, Ended abnormally, Failed to start or Bypassed, not to %1.</translation>
    </message>
    <message>
        <source>%1 is a %2; change status applies to jobs. Rerun or kill the jobnet instead.</source>
        <translation>%1 is a %2; change status applies to jobs. Rerun or kill the jobnet instead.</translation>
    </message>
    <message>
        <source>%1 is a judgment job, whose status cannot be changed; rerun it instead.</source>
        <translation>%1 is a judgment job, whose status cannot be changed; rerun it instead.</translation>
    </message>
    <message>
        <source>%1 is a jobnet connector; it cannot be set to %2.</source>
        <translation>%1 is a jobnet connector; it cannot be set to %2.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; its status can be changed once it is queuing, running or ended.</source>
        <translation>%1 is &quot;%2&quot;; its status can be changed once it is queuing, running or ended.</translation>
    </message>
    <message>
        <source>%1 is already &quot;%2&quot;.</source>
        <translation>%1 is already &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a root jobnet; this rerun applies to root jobnets. Rerun the root jobnet, or rerun a job with &quot;this job&quot;.</source>
        <translation>%1 is not a root jobnet; this rerun applies to root jobnets. Rerun the root jobnet, or rerun a job with &quot;this job&quot;.</translation>
    </message>
    <message>
        <source>%1 is a %2; &quot;rerun this job&quot; applies to jobs. Rerun the root jobnet instead.</source>
        <translation>%1 is a %2; &quot;rerun this job&quot; applies to jobs. Rerun the root jobnet instead.</translation>
    </message>
    <message>
        <source>%1 has not run yet; there is nothing to rerun.</source>
        <translation>%1 has not run yet; there is nothing to rerun.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; it can be rerun once it has ended (kill it first to stop it).</source>
        <translation>%1 is &quot;%2&quot;; it can be rerun once it has ended (kill it first to stop it).</translation>
    </message>
    <message>
        <source>No job in %1 ended abnormally; rerun it from the top instead.</source>
        <translation>No job in %1 ended abnormally; rerun it from the top instead.</translation>
    </message>
    <message>
        <source>No job in %1 ended with a warning.</source>
        <translation>No job in %1 ended with a warning.</translation>
    </message>
    <message>
        <source>%1 is a %2, which does not run; it cannot be held.</source>
        <translation>%1 is a %2, which does not run; it cannot be held.</translation>
    </message>
    <message>
        <source>%1 is already held.</source>
        <translation>%1 is already held.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; only units that have not started yet can be held.</source>
        <translation>%1 is &quot;%2&quot;; only units that have not started yet can be held.</translation>
    </message>
    <message>
        <source>%1 is not held.</source>
        <translation>%1 is not held.</translation>
    </message>
    <message>
        <source>%1 is a %2, which does not run.</source>
        <translation>%1 is a %2, which does not run.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; only running units can be killed.</source>
        <translation>%1 is &quot;%2&quot;; only running units can be killed.</translation>
    </message>
</context>
<context>
    <name>UnitCommands</name>
    <message>
        <source>List jobnets and jobs with their status</source>
        <translation>List jobnets and jobs with their status</translation>
    </message>
    <message>
        <source>the region (default: the active one)</source>
        <translation>the region (default: the active one)</translation>
    </message>
    <message>
        <source>only units in this status (e.g. unknown, abnormal, running)</source>
        <translation>only units in this status (e.g. unknown, abnormal, running)</translation>
    </message>
    <message>
        <source>only units that need the operator&apos;s review</source>
        <translation>only units that need the operator&apos;s review</translation>
    </message>
    <message>
        <source>only units whose path starts so</source>
        <translation>only units whose path starts so</translation>
    </message>
    <message>
        <source>Change a job&apos;s status (normal, warning, abnormal, fail, bypass)</source>
        <translation>Change a job&apos;s status (normal, warning, abnormal, fail, bypass)</translation>
    </message>
    <message>
        <source>Rerun a root jobnet or a job</source>
        <translation>Rerun a root jobnet or a job</translation>
    </message>
    <message>
        <source>where the rerun starts (the first four for root jobnets, the last two for jobs)</source>
        <translation>where the rerun starts (the first four for root jobnets, the last two for jobs)</translation>
    </message>
    <message>
        <source>put the unit on hold as it is rerun</source>
        <translation>put the unit on hold as it is rerun</translation>
    </message>
    <message>
        <source>Put a unit on hold</source>
        <translation>Put a unit on hold</translation>
    </message>
    <message>
        <source>Release a unit&apos;s hold</source>
        <translation>Release a unit&apos;s hold</translation>
    </message>
    <message>
        <source>Kill a running unit</source>
        <translation>Kill a running unit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code; use one of the codes such as normal, abnormal, unknown, running, termwait.</source>
        <translation>&quot;%1&quot; is not a status code; use one of the codes such as normal, abnormal, unknown, running, termwait.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Exec ID</source>
        <translation>Exec ID</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>needs review</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in the %1.</source>
        <translation>
            <numerusform>%n unit in the %1.</numerusform>
            <numerusform>%n units in the %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3; status now %4.</source>
        <translation>%1 (%2): %3; status now %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code; a status can be changed to normal, warning, abnormal, fail or bypass.</source>
        <translation>&quot;%1&quot; is not a status code; a status can be changed to normal, warning, abnormal, fail or bypass.</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>status changed</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rerun start; write top, abnormal, after-abnormal, warning-only, this or this-only.</source>
        <translation>&quot;%1&quot; is not a rerun start; write top, abnormal, after-abnormal, warning-only, this or this-only.</translation>
    </message>
    <message>
        <source>rerun (held)</source>
        <translation>rerun (held)</translation>
    </message>
    <message>
        <source>rerun</source>
        <translation>rerun</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>hold released</source>
        <translation>hold released</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>killed</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>Preparing the unit insert</source>
        <translation>Preparing the unit insert</translation>
    </message>
    <message>
        <source>Saving unit %1</source>
        <translation>Saving unit %1</translation>
    </message>
    <message>
        <source>Preparing the relation insert</source>
        <translation>Preparing the relation insert</translation>
    </message>
    <message>
        <source>Saving a relation</source>
        <translation>Saving a relation</translation>
    </message>
    <message>
        <source>Preparing the status insert</source>
        <translation>Preparing the status insert</translation>
    </message>
    <message>
        <source>Saving unit statuses</source>
        <translation>Saving unit statuses</translation>
    </message>
    <message>
        <source>Preparing the status update</source>
        <translation>Preparing the status update</translation>
    </message>
    <message>
        <source>Reading unit definitions</source>
        <translation>Reading unit definitions</translation>
    </message>
    <message>
        <source>The unit table of the %1 region has a gap at index %2; the database is damaged.</source>
        <translation>The unit table of the %1 region has a gap at index %2; the database is damaged.</translation>
    </message>
    <message>
        <source>Unit %1 of the %2 region names a parent that comes after it; the database is damaged.</source>
        <translation>Unit %1 of the %2 region names a parent that comes after it; the database is damaged.</translation>
    </message>
    <message>
        <source>Reading unit relations</source>
        <translation>Reading unit relations</translation>
    </message>
    <message>
        <source>A relation of the %1 region names a unit that does not exist; the database is damaged.</source>
        <translation>A relation of the %1 region names a unit that does not exist; the database is damaged.</translation>
    </message>
    <message>
        <source>Reading unit statuses</source>
        <translation>Reading unit statuses</translation>
    </message>
    <message>
        <source>The status table of the %1 region has an invalid row (unit %2); the database is damaged.</source>
        <translation>The status table of the %1 region has an invalid row (unit %2); the database is damaged.</translation>
    </message>
    <message>
        <source>Removing the old rows of %1</source>
        <translation>Removing the old rows of %1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The agent name is empty. Enter a name of 1 to 255 bytes.</source>
        <translation>The agent name is empty. Enter a name of 1 to 255 bytes.</translation>
    </message>
    <message>
        <source>The agent name is %1 bytes long; the limit is 255 bytes (UTF-8). Shorten it.</source>
        <translation>The agent name is %1 bytes long; the limit is 255 bytes (UTF-8). Shorten it.</translation>
    </message>
    <message>
        <source>The agent name &quot;%1&quot; starts with &quot;__&quot;, which is reserved. Choose a name that does not begin with two underscores.</source>
        <translation>The agent name &quot;%1&quot; starts with &quot;__&quot;, which is reserved. Choose a name that does not begin with two underscores.</translation>
    </message>
    <message>
        <source>The agent name contains a control character (such as a tab or line break). Remove it.</source>
        <translation>The agent name contains a control character (such as a tab or line break). Remove it.</translation>
    </message>
    <message>
        <source>The agent name &quot;%1&quot; contains a space. Remove it or use &quot;-&quot; or &quot;_&quot;.</source>
        <translation>The agent name &quot;%1&quot; contains a space. Remove it or use &quot;-&quot; or &quot;_&quot;.</translation>
    </message>
    <message>
        <source>The agent name &quot;%1&quot; contains &quot;%2&quot;. Agent names cannot contain &quot; &apos; ` \ $ : , &lt; &gt;.</source>
        <translation>The agent name &quot;%1&quot; contains &quot;%2&quot;. Agent names cannot contain &quot; &apos; ` \ $ : , &lt; &gt;.</translation>
    </message>
    <message>
        <source>The agent name &quot;%1&quot; starts with &quot;@&quot;, which only the built-in @SYSTEM agent may use. Remove the &quot;@&quot;.</source>
        <translation>The agent name &quot;%1&quot; starts with &quot;@&quot;, which only the built-in @SYSTEM agent may use. Remove the &quot;@&quot;.</translation>
    </message>
    <message>
        <source>An agent named &quot;%1&quot; already exists in this region (names are compared without regard to case). Choose another name or edit that agent.</source>
        <translation>An agent named &quot;%1&quot; already exists in this region (names are compared without regard to case). Choose another name or edit that agent.</translation>
    </message>
    <message>
        <source>The execution host is empty. Enter a host name from the region&apos;s host information or an IP address.</source>
        <translation>The execution host is empty. Enter a host name from the region&apos;s host information or an IP address.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains &quot;%2&quot;; host names must be ASCII. Use the host&apos;s ASCII name or its IP address.</source>
        <translation>The host name &quot;%1&quot; contains &quot;%2&quot;; host names must be ASCII. Use the host&apos;s ASCII name or its IP address.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains a space or control character. Remove it.</source>
        <translation>The host name &quot;%1&quot; contains a space or control character. Remove it.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains &quot;%2&quot;. Host names cannot contain &quot; / \ [ ] ; : | = , + ? &lt; &gt;.</source>
        <translation>The host name &quot;%1&quot; contains &quot;%2&quot;. Host names cannot contain &quot; / \ [ ] ; : | = , + ? &lt; &gt;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an IP address but is not a valid one. Write four numbers from 0 to 255 separated by dots (for example 10.0.1.15), or use a host name.</source>
        <translation>&quot;%1&quot; looks like an IP address but is not a valid one. Write four numbers from 0 to 255 separated by dots (for example 10.0.1.15), or use a host name.</translation>
    </message>
    <message>
        <source>The IPv6 address %1 cannot be used: this region resolves IPv4 only (+DefaultResolve 0). Use an IPv4 address or enable IPv6 for the region.</source>
        <translation>The IPv6 address %1 cannot be used: this region resolves IPv4 only (+DefaultResolve 0). Use an IPv4 address or enable IPv6 for the region.</translation>
    </message>
    <message>
        <source>No concurrency window is given. Enter at least one, for example 00:00-00:00=5 for the whole day.</source>
        <translation>No concurrency window is given. Enter at least one, for example 00:00-00:00=5 for the whole day.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a concurrency window. Write start-end=limit with times as hh:mm, for example 08:00-18:30=3.</source>
        <translation>&quot;%1&quot; is not a concurrency window. Write start-end=limit with times as hh:mm, for example 08:00-18:30=3.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, %2:%3 is not a time of day. Use 00:00 to 23:30 (write 00:00 for midnight at the end of the day).</source>
        <translation>In &quot;%1&quot;, %2:%3 is not a time of day. Use 00:00 to 23:30 (write 00:00 for midnight at the end of the day).</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, times must be on the hour or half hour (hh:00 or hh:30).</source>
        <translation>In &quot;%1&quot;, times must be on the hour or half hour (hh:00 or hh:30).</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, the limit must be a number from 0 to 4294967295.</source>
        <translation>In &quot;%1&quot;, the limit must be a number from 0 to 4294967295.</translation>
    </message>
    <message>
        <source>Window %1 does not start and end on the hour or half hour.</source>
        <translation>Window %1 does not start and end on the hour or half hour.</translation>
    </message>
    <message>
        <source>The windows %1-%2 and %3-%4 overlap at %5. Windows must not overlap; time that no window covers allows no jobs.</source>
        <translation>The windows %1-%2 and %3-%4 overlap at %5. Windows must not overlap; time that no window covers allows no jobs.</translation>
    </message>
    <message>
        <source>The description is %1 bytes long; the limit is 80 bytes (a Japanese character takes 3). Shorten it.</source>
        <translation>The description is %1 bytes long; the limit is 80 bytes (a Japanese character takes 3). Shorten it.</translation>
    </message>
    <message>
        <source>The description contains a line break or other control character. Keep it on one line.</source>
        <translation>The description contains a line break or other control character. Keep it on one line.</translation>
    </message>
    <message>
        <source>This region already has %1 agents, the most allowed. Remove an agent you no longer use first.</source>
        <translation>This region already has %1 agents, the most allowed. Remove an agent you no longer use first.</translation>
    </message>
    <message>
        <source>The host name is empty. Enter the agent host&apos;s name.</source>
        <translation>The host name is empty. Enter the agent host&apos;s name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IP address, not a host name. Enter the host&apos;s name here and its address under IP addresses.</source>
        <translation>&quot;%1&quot; is an IP address, not a host name. Enter the host&apos;s name here and its address under IP addresses.</translation>
    </message>
    <message>
        <source>%1 is an IPv6 address, but this region resolves IPv4 only (+DefaultResolve 0). Use an IPv4 address or enable IPv6 for the region.</source>
        <translation>%1 is an IPv6 address, but this region resolves IPv4 only (+DefaultResolve 0). Use an IPv4 address or enable IPv6 for the region.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Write four numbers from 0 to 255 separated by dots, for example 10.20.1.15.</source>
        <translation>&quot;%1&quot; is not an IP address. Write four numbers from 0 to 255 separated by dots, for example 10.20.1.15.</translation>
    </message>
    <message>
        <source>No IP address is given. Enter at least one address for the host (separate several with spaces or commas).</source>
        <translation>No IP address is given. Enter at least one address for the host (separate several with spaces or commas).</translation>
    </message>
    <message>
        <source>The address %1 is listed twice. Remove the duplicate.</source>
        <translation>The address %1 is listed twice. Remove the duplicate.</translation>
    </message>
    <message>
        <source>The comment is %1 bytes long; the limit is 80 bytes. Shorten it.</source>
        <translation>The comment is %1 bytes long; the limit is 80 bytes. Shorten it.</translation>
    </message>
    <message>
        <source>The comment contains a line break or other control character. Keep it on one line.</source>
        <translation>The comment contains a line break or other control character. Keep it on one line.</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; is already in this region&apos;s host information. Edit that entry instead.</source>
        <translation>The host &quot;%1&quot; is already in this region&apos;s host information. Edit that entry instead.</translation>
    </message>
    <message>
        <source>This region already has %1 host entries, the most allowed. Remove an entry first.</source>
        <translation>This region already has %1 host entries, the most allowed. Remove an entry first.</translation>
    </message>
    <message>
        <source>The unit name is empty. Enter 1 to 30 bytes.</source>
        <translation>The unit name is empty. Enter 1 to 30 bytes.</translation>
    </message>
    <message>
        <source>The unit name &quot;%1&quot; is %2 bytes long; the limit is 30 bytes (a Japanese character takes 3). Shorten it.</source>
        <translation>The unit name &quot;%1&quot; is %2 bytes long; the limit is 30 bytes (a Japanese character takes 3). Shorten it.</translation>
    </message>
    <message>
        <source>The unit name contains a control character. Remove it.</source>
        <translation>The unit name contains a control character. Remove it.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>a space</translation>
    </message>
    <message>
        <source>The unit name &quot;%1&quot; contains %2. Unit names cannot contain spaces or , : ; / ( ).</source>
        <translation>The unit name &quot;%1&quot; contains %2. Unit names cannot contain spaces or , : ; / ( ).</translation>
    </message>
    <message>
        <source>The comment is %1 bytes long; the limit is 80 bytes (a Japanese character takes 3). Shorten it.</source>
        <translation>The comment is %1 bytes long; the limit is 80 bytes (a Japanese character takes 3). Shorten it.</translation>
    </message>
    <message>
        <source>The full path of this unit is %1 bytes long; the limit is 930 bytes. Use shorter names or fewer levels.</source>
        <translation>The full path of this unit is %1 bytes long; the limit is 930 bytes. Use shorter names or fewer levels.</translation>
    </message>
    <message>
        <source>Units are nested %1 levels deep; the limit is 30 levels. Flatten the structure.</source>
        <translation>Units are nested %1 levels deep; the limit is 30 levels. Flatten the structure.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS account ID. Enter the 12 digits without hyphens.</source>
        <translation>&quot;%1&quot; is not an AWS account ID. Enter the 12 digits without hyphens.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VPC ID. It looks like vpc- followed by 8 or 17 lowercase hexadecimal digits, for example vpc-0a1b2c3d.</source>
        <translation>&quot;%1&quot; is not a VPC ID. It looks like vpc- followed by 8 or 17 lowercase hexadecimal digits, for example vpc-0a1b2c3d.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Transit Gateway attachment ID. It looks like tgw-attach- followed by 17 lowercase hexadecimal digits.</source>
        <translation>&quot;%1&quot; is not a Transit Gateway attachment ID. It looks like tgw-attach- followed by 17 lowercase hexadecimal digits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Direct Connect gateway ID. Copy the ID from the AWS console; it looks like 5f294f92-bafb-4011-916d-9b0bec1e7c2a.</source>
        <translation>&quot;%1&quot; is not a Direct Connect gateway ID. Copy the ID from the AWS console; it looks like 5f294f92-bafb-4011-916d-9b0bec1e7c2a.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address. Enter the public IP address of the Azure virtual network gateway.</source>
        <translation>&quot;%1&quot; is not an IPv4 address. Enter the public IP address of the Azure virtual network gateway.</translation>
    </message>
    <message>
        <source>%1 is not a public address. The VPN terminates on the gateway&apos;s public IP address; enter that one.</source>
        <translation>%1 is not a public address. The VPN terminates on the gateway&apos;s public IP address; enter that one.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CIDR block. Write an IPv4 network address and a prefix length from 0 to 32, for example 10.20.0.0/16.</source>
        <translation>&quot;%1&quot; is not a CIDR block. Write an IPv4 network address and a prefix length from 0 to 32, for example 10.20.0.0/16.</translation>
    </message>
    <message>
        <source>The connection name is empty. Enter a name that operators will recognise.</source>
        <translation>The connection name is empty. Enter a name that operators will recognise.</translation>
    </message>
    <message>
        <source>No CIDR block is given. Enter the address ranges of the customer network, for example 10.20.0.0/16.</source>
        <translation>No CIDR block is given. Enter the address ranges of the customer network, for example 10.20.0.0/16.</translation>
    </message>
    <message>
        <source>The host name is %1 bytes long; the limit is 255 bytes. Shorten it.</source>
        <translation>The host name is %1 bytes long; the limit is 255 bytes. Shorten it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty entry (a comma at the start or end, or two commas in a row). Remove the extra comma.</source>
        <translation>&quot;%1&quot; has an empty entry (a comma at the start or end, or two commas in a row). Remove the extra comma.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no limit after &quot;=&quot;. Enter how many jobs may run at once in that window (0 to 4294967295).</source>
        <translation>&quot;%1&quot; has no limit after &quot;=&quot;. Enter how many jobs may run at once in that window (0 to 4294967295).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Write an IPv4 address (four numbers from 0 to 255 separated by dots, for example 10.20.1.15) or an IPv6 address (for example fd00::15).</source>
        <translation>&quot;%1&quot; is not an IP address. Write an IPv4 address (four numbers from 0 to 255 separated by dots, for example 10.20.1.15) or an IPv6 address (for example fd00::15).</translation>
    </message>
    <message>
        <source>The addresses %1 and %2 are the same address written two ways. Remove one of them.</source>
        <translation>The addresses %1 and %2 are the same address written two ways. Remove one of them.</translation>
    </message>
    <message>
        <source>%1 has host bits set: a CIDR block starts at its network address. Did you mean %2/%3?</source>
        <translation>%1 has host bits set: a CIDR block starts at its network address. Did you mean %2/%3?</translation>
    </message>
    <message>
        <source>The execution host &quot;%1&quot; is not in this region&apos;s host information. Add it to the region&apos;s host information first, or enter its IP address.</source>
        <translation>The execution host &quot;%1&quot; is not in this region&apos;s host information. Add it to the region&apos;s host information first, or enter its IP address.</translation>
    </message>
</context>
<context>
    <name>dr::Ajsprint</name>
    <message>
        <source>A unit named &quot;%1&quot; is already defined at this level (line %2). Unit names must be unique within their job group or jobnet.</source>
        <translation>A unit named &quot;%1&quot; is already defined at this level (line %2). Unit names must be unique within their job group or jobnet.</translation>
    </message>
    <message>
        <source>More than 10,000 units are defined in one level; split them into several job groups or jobnets.</source>
        <translation>More than 10,000 units are defined in one level; split them into several job groups or jobnets.</translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot; has a second ty= parameter; give the type once.</source>
        <translation>Unit &quot;%1&quot; has a second ty= parameter; give the type once.</translation>
    </message>
    <message>
        <source>Unit type &quot;%1&quot; is not known to the console; the unit is kept as written and is not simulated.</source>
        <translation>Unit type &quot;%1&quot; is not known to the console; the unit is kept as written and is not simulated.</translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot; has no ty= parameter; add its type, for example ty=n; for a jobnet or ty=j; for a Unix job.</source>
        <translation>Unit &quot;%1&quot; has no ty= parameter; add its type, for example ty=n; for a jobnet or ty=j; for a Unix job.</translation>
    </message>
    <message>
        <source>The schedule of &quot;%1&quot; uses rules the simulator does not run; they are kept as written and the jobnet is not started by schedule.</source>
        <translation>The schedule of &quot;%1&quot; uses rules the simulator does not run; they are kept as written and the jobnet is not started by schedule.</translation>
    </message>
    <message>
        <source>The nested unit name &quot;%1&quot; contains &quot;/&quot;; only a top-level unit may be given as a full path.</source>
        <translation>The nested unit name &quot;%1&quot; contains &quot;/&quot;; only a top-level unit may be given as a full path.</translation>
    </message>
    <message>
        <source>&quot;ar=%1&quot; is not a relation; write ar=(f=FROM,t=TO); with optional ,seq or ,con.</source>
        <translation>&quot;ar=%1&quot; is not a relation; write ar=(f=FROM,t=TO); with optional ,seq or ,con.</translation>
    </message>
    <message>
        <source>The relation names &quot;%1&quot;, which is not a unit of &quot;%2&quot;. Define the unit in this jobnet or correct the name.</source>
        <translation>The relation names &quot;%1&quot;, which is not a unit of &quot;%2&quot;. Define the unit in this jobnet or correct the name.</translation>
    </message>
    <message>
        <source>The relation joins &quot;%1&quot; to itself.</source>
        <translation>The relation joins &quot;%1&quot; to itself.</translation>
    </message>
    <message>
        <source>The relation from &quot;%1&quot; to &quot;%2&quot; is given twice.</source>
        <translation>The relation from &quot;%1&quot; to &quot;%2&quot; is given twice.</translation>
    </message>
    <message>
        <source>el= names &quot;%1&quot;, which is not a unit of &quot;%2&quot;.</source>
        <translation>el= names &quot;%1&quot;, which is not a unit of &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The relations of &quot;%1&quot; form a cycle through %2; such units would never start.</source>
        <translation>The relations of &quot;%1&quot; form a cycle through %2; such units would never start.</translation>
    </message>
    <message>
        <source>More than %1 warnings; the rest are not listed.</source>
        <translation>More than %1 warnings; the rest are not listed.</translation>
    </message>
    <message>
        <source>ty= takes one type code, found &quot;%1&quot;; end each parameter with &quot;;&quot;.</source>
        <translation>ty= takes one type code, found &quot;%1&quot;; end each parameter with &quot;;&quot;.</translation>
    </message>
    <message>
        <source>ty= of unit &quot;%1&quot; is empty; give the unit type, for example ty=n; for a jobnet.</source>
        <translation>ty= of unit &quot;%1&quot; is empty; give the unit type, for example ty=n; for a jobnet.</translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot; has a second %2= parameter; give it once.</source>
        <translation>Unit &quot;%1&quot; has a second %2= parameter; give it once.</translation>
    </message>
    <message>
        <source>Schedule rule %1 of &quot;%2&quot; has a second %3= parameter; give it once.</source>
        <translation>Schedule rule %1 of &quot;%2&quot; has a second %3= parameter; give it once.</translation>
    </message>
</context>
<context>
    <name>dr::Console</name>
    <message>
        <source>The database already holds an environment. Use a new file, or initialise again with --force.</source>
        <translation>The database already holds an environment. Use a new file, or initialise again with --force.</translation>
    </message>
    <message>
        <source>The database holds no environment yet; initialise it first (drctl init --demo).</source>
        <translation>The database holds no environment yet; initialise it first (drctl init --demo).</translation>
    </message>
    <message>
        <source>The change was not saved, and nothing was changed: %1</source>
        <translation>The change was not saved, and nothing was changed: %1</translation>
    </message>
    <message>
        <source>The %1 is the standby region; jobnets and jobs are operated in the active region (%2) only.</source>
        <translation>The %1 is the standby region; jobnets and jobs are operated in the active region (%2) only.</translation>
    </message>
    <message>
        <source>The manager of the %1 is stopped; its units cannot be operated.</source>
        <translation>The manager of the %1 is stopped; its units cannot be operated.</translation>
    </message>
    <message>
        <source>The clock only moves forward; give a positive duration.</source>
        <translation>The clock only moves forward; give a positive duration.</translation>
    </message>
    <message>
        <source>The sync interval must be between 1 second and 24 hours.</source>
        <translation>The sync interval must be between 1 second and 24 hours.</translation>
    </message>
    <message>
        <source>There is no such unit in the %1.</source>
        <translation>There is no such unit in the %1.</translation>
    </message>
    <message>
        <source>Select at least one job.</source>
        <translation>Select at least one job.</translation>
    </message>
    <message>
        <source>There is no such unit.</source>
        <translation>There is no such unit.</translation>
    </message>
    <message>
        <source>Checking the database file</source>
        <translation>Checking the database file</translation>
    </message>
    <message>
        <source>Preparing the simulated managers</source>
        <translation>Preparing the simulated managers</translation>
    </message>
    <message>
        <source>A switchover is in progress; the environment cannot be replaced until it is completed.</source>
        <translation>A switchover is in progress; the environment cannot be replaced until it is completed.</translation>
    </message>
    <message>
        <source>The %1 has no unit definitions to export.</source>
        <translation>The %1 has no unit definitions to export.</translation>
    </message>
    <message>
        <source>There is no unit %1 in the %2.</source>
        <translation>There is no unit %1 in the %2.</translation>
    </message>
    <message>
        <source>The console is still busy with a long operation; try again when it has finished.</source>
        <translation>The console is still busy with a long operation; try again when it has finished.</translation>
    </message>
</context>
<context>
    <name>dr::ParseIssue</name>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 errors; reading stopped here.</source>
        <translation>More than %1 errors; reading stopped here.</translation>
    </message>
</context>
<context>
    <name>dr::ui::AdvanceClockDialog</name>
    <message>
        <source>Advance the simulated clock</source>
        <translation>Advance the simulated clock</translation>
    </message>
    <message>
        <source>For example 90s, 15m, 2h, 1d or 1h30m.</source>
        <translation>For example 90s, 15m, 2h, 1d or 1h30m.</translation>
    </message>
    <message>
        <source>Advance by:</source>
        <translation>Advance by:</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 hours</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>Write a duration such as 90s, 15m, 2h, 1d or 1h30m.</source>
        <translation>Write a duration such as 90s, 15m, 2h, 1d or 1h30m.</translation>
    </message>
</context>
<context>
    <name>dr::ui::AgentDialog</name>
    <message>
        <source>Edit execution agent %1 - %2</source>
        <translation>Edit execution agent %1 - %2</translation>
    </message>
    <message>
        <source>Add execution agent - %1</source>
        <translation>Add execution agent - %1</translation>
    </message>
    <message>
        <source>@SYSTEM is the built-in default agent on the manager host. Its name and host cannot change; its limits, job transfer and description can.</source>
        <translation>@SYSTEM is the built-in default agent on the manager host. Its name and host cannot change; its limits, job transfer and description can.</translation>
    </message>
    <message>
        <source>Jobs name their agent in their definition (ex=). Register the agent in the %1 under the same name so those jobs find it there.</source>
        <translation>Jobs name their agent in their definition (ex=). Register the agent in the %1 under the same name so those jobs find it there.</translation>
    </message>
    <message>
        <source>for example ORDERDB</source>
        <translation>for example ORDERDB</translation>
    </message>
    <message>
        <source>Agent &amp;name:</source>
        <translation>Agent &amp;name:</translation>
    </message>
    <message>
        <source>host name from the host information, or an IP address</source>
        <translation>host name from the host information, or an IP address</translation>
    </message>
    <message>
        <source>Execution &amp;host:</source>
        <translation>Execution &amp;host:</translation>
    </message>
    <message>
        <source>Concurrent &amp;jobs:</source>
        <translation>Concurrent &amp;jobs:</translation>
    </message>
    <message>
        <source>Job &amp;transfer:</source>
        <translation>Job &amp;transfer:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Accepts jobs and sends them to the execution host (normal operation).</source>
        <translation>Accepts jobs and sends them to the execution host (normal operation).</translation>
    </message>
    <message>
        <source>New jobs for this agent are not sent: they end as Failed to start.</source>
        <translation>New jobs for this agent are not sent: they end as Failed to start.</translation>
    </message>
    <message>
        <source>Jobs are accepted but wait as Now queuing until the restriction is lifted.</source>
        <translation>Jobs are accepted but wait as Now queuing until the restriction is lifted.</translation>
    </message>
    <message>
        <source>Accepts no jobs and sends none: new jobs end as Failed to start.</source>
        <translation>Accepts no jobs and sends none: new jobs end as Failed to start.</translation>
    </message>
    <message>
        <source>%1 of %2 bytes (UTF-8; a Japanese character takes 3)</source>
        <translation>%1 of %2 bytes (UTF-8; a Japanese character takes 3)</translation>
    </message>
    <message>
        <source>The agent was not saved</source>
        <translation>The agent was not saved</translation>
    </message>
</context>
<context>
    <name>dr::ui::AgentListPanel</name>
    <message>
        <source>Execution agents</source>
        <translation>Execution agents</translation>
    </message>
    <message>
        <source>Register an execution agent in this region</source>
        <translation>Register an execution agent in this region</translation>
    </message>
    <message>
        <source>This region already has %1 agents, the most allowed.</source>
        <translation>This region already has %1 agents, the most allowed.</translation>
    </message>
    <message>
        <source>Select an agent first.</source>
        <translation>Select an agent first.</translation>
    </message>
    <message>
        <source>Change the selected agent</source>
        <translation>Change the selected agent</translation>
    </message>
    <message>
        <source>Remove the selected agent from this region</source>
        <translation>Remove the selected agent from this region</translation>
    </message>
    <message>
        <source>Agents: %1 (at most %2 per region)</source>
        <translation>Agents: %1 (at most %2 per region)</translation>
    </message>
    <message>
        <source>Remove execution agent</source>
        <translation>Remove execution agent</translation>
    </message>
    <message>
        <source>Remove the execution agent %1 from the %2?

Jobs that name this agent will fail to start in this region until it is registered again.</source>
        <translation>Remove the execution agent %1 from the %2?

Jobs that name this agent will fail to start in this region until it is registered again.</translation>
    </message>
    <message>
        <source>The agent was not removed</source>
        <translation>The agent was not removed</translation>
    </message>
</context>
<context>
    <name>dr::ui::AgentTableModel</name>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (built-in)</translation>
    </message>
    <message>
        <source>The built-in default agent runs jobs on the manager host. Its limits, restriction and description can be changed; it cannot be renamed or removed.</source>
        <translation>The built-in default agent runs jobs on the manager host. Its limits, restriction and description can be changed; it cannot be renamed or removed.</translation>
    </message>
    <message>
        <source>At most this many jobs at once in each part of the day (Japan time); time no window covers allows no jobs.</source>
        <translation>At most this many jobs at once in each part of the day (Japan time); time no window covers allows no jobs.</translation>
    </message>
    <message>
        <source>hh:mm-hh:mm=limit: at most this many jobs at once in that part of the day (Japan time)</source>
        <translation>hh:mm-hh:mm=limit: at most this many jobs at once in that part of the day (Japan time)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Execution host</source>
        <translation>Execution host</translation>
    </message>
    <message>
        <source>Concurrent jobs</source>
        <translation>Concurrent jobs</translation>
    </message>
    <message>
        <source>Job transfer</source>
        <translation>Job transfer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>dr::ui::AgentsPage</name>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Agents and hosts</source>
        <translation>Agents and hosts</translation>
    </message>
    <message>
        <source>Compare regions</source>
        <translation>Compare regions</translation>
    </message>
    <message>
        <source>Network connections</source>
        <translation>Network connections</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>standby</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3): the agents, host information and network connections of this region.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, %3): the agents, host information and network connections of this region.</translation>
    </message>
    <message>
        <source>Compare regions (%1)</source>
        <translation>Compare regions (%1)</translation>
    </message>
</context>
<context>
    <name>dr::ui::AuditModel</name>
    <message>
        <source>Recorded at %1 (wall clock)</source>
        <translation>Recorded at %1 (wall clock)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time (JST)</source>
        <translation>Time (JST)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
</context>
<context>
    <name>dr::ui::AuditPage</name>
    <message>
        <source>Filter by operator, action or details</source>
        <translation>Filter by operator, action or details</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Checks that no entry was changed or removed (each entry carries a hash of its content and of the entry before it).</source>
        <translation>Checks that no entry was changed or removed (each entry carries a hash of its content and of the entry before it).</translation>
    </message>
    <message>
        <source>Audit log broken at entry %1: %2</source>
        <translation>Audit log broken at entry %1: %2</translation>
    </message>
</context>
<context>
    <name>dr::ui::ChangeStatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the status of %n job(s):</source>
        <translation>
            <numerusform>Set the status of %n job:</numerusform>
            <numerusform>Set the status of %n jobs:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::ConcurrencyWindowsEditor</name>
    <message>
        <source>Add window</source>
        <translation>Add window</translation>
    </message>
    <message>
        <source>Add another part of the day with its own limit.</source>
        <translation>Add another part of the day with its own limit.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Max. concurrent jobs</source>
        <translation>Max. concurrent jobs</translation>
    </message>
    <message>
        <source>00:00-00:00 is the whole day; an end at or before the start runs past midnight. Time that no window covers allows no jobs; a limit of 0 stops jobs in that window.</source>
        <translation>00:00-00:00 is the whole day; an end at or before the start runs past midnight. Time that no window covers allows no jobs; a limit of 0 stops jobs in that window.</translation>
    </message>
    <message>
        <source>Midnight (the end of the day)</source>
        <translation>Midnight (the end of the day)</translation>
    </message>
    <message>
        <source>0 to 4294967295 jobs at once</source>
        <translation>0 to 4294967295 jobs at once</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this window</source>
        <translation>Remove this window</translation>
    </message>
    <message>
        <source>Window %1 start</source>
        <translation>Window %1 start</translation>
    </message>
    <message>
        <source>Window %1 end</source>
        <translation>Window %1 end</translation>
    </message>
    <message>
        <source>Window %1 limit</source>
        <translation>Window %1 limit</translation>
    </message>
</context>
<context>
    <name>dr::ui::ConnectionDialog</name>
    <message>
        <source>Edit network connection - %1</source>
        <translation>Edit network connection - %1</translation>
    </message>
    <message>
        <source>Add network connection - %1</source>
        <translation>Add network connection - %1</translation>
    </message>
    <message>
        <source>The customer&apos;s VPC is attached to the Transit Gateway the service shares with the customer&apos;s AWS account (AWS Resource Access Manager).</source>
        <translation>The customer&apos;s VPC is attached to the Transit Gateway the service shares with the customer&apos;s AWS account (AWS Resource Access Manager).</translation>
    </message>
    <message>
        <source>The customer&apos;s router reaches the shared Transit Gateway through the customer&apos;s AWS Direct Connect gateway.</source>
        <translation>The customer&apos;s router reaches the shared Transit Gateway through the customer&apos;s AWS Direct Connect gateway.</translation>
    </message>
    <message>
        <source>An internet VPN from the customer&apos;s Azure virtual network gateway, set up with the connection parameters the service provides.</source>
        <translation>An internet VPN from the customer&apos;s Azure virtual network gateway, set up with the connection parameters the service provides.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>for example Sakura DR VPC (Osaka)</source>
        <translation>for example Sakura DR VPC (Osaka)</translation>
    </message>
    <message>
        <source>In &amp;service (traffic to this region uses this connection)</source>
        <translation>In &amp;service (traffic to this region uses this connection)</translation>
    </message>
    <message>
        <source>AWS &amp;account ID:</source>
        <translation>AWS &amp;account ID:</translation>
    </message>
    <message>
        <source>12 digits, for example 304512987766</source>
        <translation>12 digits, for example 304512987766</translation>
    </message>
    <message>
        <source>&amp;VPC ID:</source>
        <translation>&amp;VPC ID:</translation>
    </message>
    <message>
        <source>vpc- and 8 or 17 hexadecimal digits</source>
        <translation>vpc- and 8 or 17 hexadecimal digits</translation>
    </message>
    <message>
        <source>Transit Gateway &amp;attachment ID:</source>
        <translation>Transit Gateway &amp;attachment ID:</translation>
    </message>
    <message>
        <source>tgw-attach- and 17 hexadecimal digits</source>
        <translation>tgw-attach- and 17 hexadecimal digits</translation>
    </message>
    <message>
        <source>&amp;Direct Connect gateway ID:</source>
        <translation>&amp;Direct Connect gateway ID:</translation>
    </message>
    <message>
        <source>for example 5f294f92-bafb-4011-916d-9b0bec1e7c2a</source>
        <translation>for example 5f294f92-bafb-4011-916d-9b0bec1e7c2a</translation>
    </message>
    <message>
        <source>&amp;Gateway public IP:</source>
        <translation>&amp;Gateway public IP:</translation>
    </message>
    <message>
        <source>public IPv4 address of the Azure virtual network gateway</source>
        <translation>public IPv4 address of the Azure virtual network gateway</translation>
    </message>
    <message>
        <source>&amp;Configured on both ends of the VPN</source>
        <translation>&amp;Configured on both ends of the VPN</translation>
    </message>
    <message>
        <source>The console never asks for the pre-shared key and never stores it: it records only whether the key has been configured.</source>
        <translation>The console never asks for the pre-shared key and never stores it: it records only whether the key has been configured.</translation>
    </message>
    <message>
        <source>Pre-shared key:</source>
        <translation>Pre-shared key:</translation>
    </message>
    <message>
        <source>CIDR blocks:</source>
        <translation>CIDR blocks:</translation>
    </message>
    <message>
        <source>for example 10.20.0.0/16 (separate several with spaces or commas)</source>
        <translation>for example 10.20.0.0/16 (separate several with spaces or commas)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>VPC &amp;CIDR blocks:</source>
        <translation>VPC &amp;CIDR blocks:</translation>
    </message>
    <message>
        <source>On-premises &amp;CIDR blocks:</source>
        <translation>On-premises &amp;CIDR blocks:</translation>
    </message>
    <message>
        <source>&amp;Address spaces (CIDR):</source>
        <translation>&amp;Address spaces (CIDR):</translation>
    </message>
    <message>
        <source>local network gateway address spaces, e.g. 10.20.0.0/16</source>
        <translation>local network gateway address spaces, e.g. 10.20.0.0/16</translation>
    </message>
    <message>
        <source>With these values the connection counts as configured: a switch to this region can use it.</source>
        <translation>With these values the connection counts as configured: a switch to this region can use it.</translation>
    </message>
    <message>
        <source>Not in service: a switch to this region will not count on this connection.</source>
        <translation>Not in service: a switch to this region will not count on this connection.</translation>
    </message>
    <message>
        <source>Not configured yet: the pre-shared key is not configured. A switch to this region needs a configured connection.</source>
        <translation>Not configured yet: the pre-shared key is not configured. A switch to this region needs a configured connection.</translation>
    </message>
    <message>
        <source>The connection was not saved</source>
        <translation>The connection was not saved</translation>
    </message>
</context>
<context>
    <name>dr::ui::ConnectionListPanel</name>
    <message>
        <source>Network connections</source>
        <translation>Network connections</translation>
    </message>
    <message>
        <source>Record a network connection of this region</source>
        <translation>Record a network connection of this region</translation>
    </message>
    <message>
        <source>Select a connection first.</source>
        <translation>Select a connection first.</translation>
    </message>
    <message>
        <source>Change the selected connection</source>
        <translation>Change the selected connection</translation>
    </message>
    <message>
        <source>Remove the selected connection</source>
        <translation>Remove the selected connection</translation>
    </message>
    <message>
        <source>At least one connection is configured.</source>
        <translation>At least one connection is configured.</translation>
    </message>
    <message>
        <source>No configured connection: a switch to this region cannot succeed.</source>
        <translation>No configured connection: a switch to this region cannot succeed.</translation>
    </message>
    <message>
        <source>Remove network connection</source>
        <translation>Remove network connection</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot; from the %2?</source>
        <translation>Remove the connection &quot;%1&quot; from the %2?</translation>
    </message>
    <message>
        <source>The connection was not removed</source>
        <translation>The connection was not removed</translation>
    </message>
</context>
<context>
    <name>dr::ui::ConnectionTableModel</name>
    <message>
        <source>Direct Connect gateway %1</source>
        <translation>Direct Connect gateway %1</translation>
    </message>
    <message>
        <source>Gateway public IP %1</source>
        <translation>Gateway public IP %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not configured: a switch to this region cannot succeed until a connection is in service with all of its identifiers and CIDR blocks (and, for Azure, the pre-shared key configured).</source>
        <translation>Not configured: a switch to this region cannot succeed until a connection is in service with all of its identifiers and CIDR blocks (and, for Azure, the pre-shared key configured).</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>pre-shared key of a non-VPN connection</comment>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Whether the Azure VPN&apos;s pre-shared key is configured (the key itself is never stored)</source>
        <translation>Whether the Azure VPN&apos;s pre-shared key is configured (the key itself is never stored)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiers</translation>
    </message>
    <message>
        <source>CIDR blocks</source>
        <translation>CIDR blocks</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Configured</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>Pre-shared key</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::ConsoleActions</name>
    <message>
        <source>Switch operator...</source>
        <translation>Switch operator...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Run the clock</source>
        <translation>Run the clock</translation>
    </message>
    <message>
        <source>Speed %1x</source>
        <translation>Speed %1x</translation>
    </message>
    <message>
        <source>Advance by...</source>
        <translation>Advance by...</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Regional outage: %1...</source>
        <translation>Regional outage: %1...</translation>
    </message>
    <message>
        <source>Restore region: %1</source>
        <translation>Restore region: %1</translation>
    </message>
    <message>
        <source>Suppress job execution: %1</source>
        <translation>Suppress job execution: %1</translation>
    </message>
    <message>
        <source>Release suppression: %1</source>
        <translation>Release suppression: %1</translation>
    </message>
    <message>
        <source>Pre-flight check: %1...</source>
        <translation>Pre-flight check: %1...</translation>
    </message>
    <message>
        <source>Contract settings...</source>
        <translation>Contract settings...</translation>
    </message>
    <message>
        <source>Change maintenance date...</source>
        <translation>Change maintenance date...</translation>
    </message>
    <message>
        <source>Failover...</source>
        <translation>Failover...</translation>
    </message>
    <message>
        <source>Failback...</source>
        <translation>Failback...</translation>
    </message>
    <message>
        <source>Start-mode rules...</source>
        <translation>Start-mode rules...</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <source>S&amp;witchover</source>
        <translation>S&amp;witchover</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
        <translation>Se&amp;rvice</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Cannot synchronise now: %1.</source>
        <translation>Cannot synchronise now: %1.</translation>
    </message>
    <message>
        <source>The region is already unavailable.</source>
        <translation>The region is already unavailable.</translation>
    </message>
    <message>
        <source>The region is available.</source>
        <translation>The region is available.</translation>
    </message>
    <message>
        <source>The failover is complete; continue with the failback.</source>
        <translation>The failover is complete; continue with the failback.</translation>
    </message>
    <message>
        <source>Continue the failover at step %1</source>
        <translation>Continue the failover at step %1</translation>
    </message>
    <message>
        <source>Start a failover to the DR environment (step 1)</source>
        <translation>Start a failover to the DR environment (step 1)</translation>
    </message>
    <message>
        <source>A failback needs a completed failover (step 6 done).</source>
        <translation>A failback needs a completed failover (step 6 done).</translation>
    </message>
    <message>
        <source>Continue the failback at step %1</source>
        <translation>Continue the failback at step %1</translation>
    </message>
    <message>
        <source>Advance the clock</source>
        <translation>Advance the clock</translation>
    </message>
    <message>
        <source>Regional outage</source>
        <translation>Regional outage</translation>
    </message>
    <message>
        <source>Simulate a wide-area disaster in the %1? Its manager stops and synchronisation stops; what changed since the last sync point is lost.</source>
        <translation>Simulate a wide-area disaster in the %1? Its manager stops and synchronisation stops; what changed since the last sync point is lost.</translation>
    </message>
    <message>
        <source>Restore region</source>
        <translation>Restore region</translation>
    </message>
    <message>
        <source>Suppress job execution</source>
        <translation>Suppress job execution</translation>
    </message>
    <message>
        <source>Release suppression</source>
        <translation>Release suppression</translation>
    </message>
    <message>
        <source>Contract settings</source>
        <translation>Contract settings</translation>
    </message>
    <message>
        <source>Maintenance date</source>
        <translation>Maintenance date</translation>
    </message>
    <message>
        <source>Next maintenance:</source>
        <translation>Next maintenance:</translation>
    </message>
    <message>
        <source>The console will be in Japanese the next time it starts.</source>
        <translation>The console will be in Japanese the next time it starts.</translation>
    </message>
    <message>
        <source>The console will be in English the next time it starts.</source>
        <translation>The console will be in English the next time it starts.</translation>
    </message>
</context>
<context>
    <name>dr::ui::ConsoleLoader</name>
    <message>
        <source>Opening the database...</source>
        <translation>Opening the database...</translation>
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
        <translation>Contract settings</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Primary service tier:</source>
        <translation>Primary service tier:</translation>
    </message>
    <message>
        <source>DR option edition:</source>
        <translation>DR option edition:</translation>
    </message>
    <message>
        <source>Job management and system management share one authentication server</source>
        <translation>Job management and system management share one authentication server</translation>
    </message>
    <message>
        <source>JP1 user authentication linked to system management. The DR option cannot be used in this configuration: a switch is refused at step 1.</source>
        <translation>JP1 user authentication linked to system management. The DR option cannot be used in this configuration: a switch is refused at step 1.</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentication:</translation>
    </message>
    <message>
        <source>The DR environment accepts closed-network access only.</source>
        <translation>The DR environment accepts closed-network access only.</translation>
    </message>
    <message>
        <source>Customer access:</source>
        <translation>Customer access:</translation>
    </message>
</context>
<context>
    <name>dr::ui::ExportDialog</name>
    <message>
        <source>Export definitions</source>
        <translation>Export definitions</translation>
    </message>
    <message>
        <source>Export host information</source>
        <translation>Export host information</translation>
    </message>
    <message>
        <source>Export agents</source>
        <translation>Export agents</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>all units, or a path such as /SALES</source>
        <translation>all units, or a path such as /SALES</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Units:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>CSV (name,host,limits,restriction,description)</source>
        <translation>CSV (name,host,limits,restriction,description)</translation>
    </message>
    <message>
        <source>ajsagtadd command lines</source>
        <translation>ajsagtadd command lines</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Export...</translation>
    </message>
    <message>
        <source>ajsprint definitions (*.ajs *.txt);;All files (*)</source>
        <translation>ajsprint definitions (*.ajs *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>jp1hosts2 files (*.conf *.txt);;All files (*)</source>
        <translation>jp1hosts2 files (*.conf *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Agent files (*.csv *.sh);;All files (*)</source>
        <translation>Agent files (*.csv *.sh);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>Cannot write &quot;%1&quot;: %2.</translation>
    </message>
</context>
<context>
    <name>dr::ui::HostDialog</name>
    <message>
        <source>Edit host %1 - %2</source>
        <translation>Edit host %1 - %2</translation>
    </message>
    <message>
        <source>Add host - %1</source>
        <translation>Add host - %1</translation>
    </message>
    <message>
        <source>for example ord-db01</source>
        <translation>for example ord-db01</translation>
    </message>
    <message>
        <source>Host &amp;name:</source>
        <translation>Host &amp;name:</translation>
    </message>
    <message>
        <source>10.20.1.21 10.20.1.22</source>
        <translation>10.20.1.21 10.20.1.22</translation>
    </message>
    <message>
        <source>&amp;IP addresses:</source>
        <translation>&amp;IP addresses:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Separate several addresses with spaces or commas. This region resolves IPv4 and IPv6 (+DefaultResolve 1).</source>
        <translation>Separate several addresses with spaces or commas. This region resolves IPv4 and IPv6 (+DefaultResolve 1).</translation>
    </message>
    <message>
        <source>Separate several addresses with spaces or commas. This region resolves IPv4 only (+DefaultResolve 0); allow IPv6 on the Host information list to add IPv6 addresses.</source>
        <translation>Separate several addresses with spaces or commas. This region resolves IPv4 only (+DefaultResolve 0); allow IPv6 on the Host information list to add IPv6 addresses.</translation>
    </message>
    <message>
        <source>%1 of %2 bytes (UTF-8; a Japanese character takes 3)</source>
        <translation>%1 of %2 bytes (UTF-8; a Japanese character takes 3)</translation>
    </message>
    <message>
        <source>The host was not saved</source>
        <translation>The host was not saved</translation>
    </message>
</context>
<context>
    <name>dr::ui::HostListPanel</name>
    <message>
        <source>Host information</source>
        <translation>Host information</translation>
    </message>
    <message>
        <source>Allow IPv6 (+DefaultResolve 1)</source>
        <translation>Allow IPv6 (+DefaultResolve 1)</translation>
    </message>
    <message>
        <source>Filter by name, address or comment</source>
        <translation>Filter by name, address or comment</translation>
    </message>
    <message>
        <source>This region already has %1 host entries, the most allowed.</source>
        <translation>This region already has %1 host entries, the most allowed.</translation>
    </message>
    <message>
        <source>Add a host name and its IP addresses</source>
        <translation>Add a host name and its IP addresses</translation>
    </message>
    <message>
        <source>Select a host first.</source>
        <translation>Select a host first.</translation>
    </message>
    <message>
        <source>Change the selected host entry</source>
        <translation>Change the selected host entry</translation>
    </message>
    <message>
        <source>Remove the selected host entry</source>
        <translation>Remove the selected host entry</translation>
    </message>
    <message>
        <source>Whether this region&apos;s host information may hold IPv6 addresses and resolves them (jp1hosts2 +DefaultResolve 1). Off resolves IPv4 only.</source>
        <translation>Whether this region&apos;s host information may hold IPv6 addresses and resolves them (jp1hosts2 +DefaultResolve 1). Off resolves IPv4 only.</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Entries: %1</translation>
    </message>
    <message>
        <source>The resolve setting was not changed</source>
        <translation>The resolve setting was not changed</translation>
    </message>
    <message>
        <source>Remove host</source>
        <translation>Remove host</translation>
    </message>
    <message>
        <source>Remove the host %1 from the host information of the %2?</source>
        <translation>Remove the host %1 from the host information of the %2?</translation>
    </message>
    <message>
        <source>The host was not removed</source>
        <translation>The host was not removed</translation>
    </message>
</context>
<context>
    <name>dr::ui::HostTableModel</name>
    <message>
        <source>Host name</source>
        <translation>Host name</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP addresses</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>dr::ui::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Errors (the file is imported only without errors)</source>
        <translation>Errors (the file is imported only without errors)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import definitions - preview</source>
        <translation>Import definitions - preview</translation>
    </message>
    <message>
        <source>Import host information - preview</source>
        <translation>Import host information - preview</translation>
    </message>
    <message>
        <source>Import agents - preview</source>
        <translation>Import agents - preview</translation>
    </message>
    <message>
        <source>Into &amp;region:</source>
        <translation>Into &amp;region:</translation>
    </message>
    <message>
        <source>Detect (UTF-8 or Shift_JIS)</source>
        <translation>Detect (UTF-8 or Shift_JIS)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Into an empty environment (no units yet)</source>
        <translation>Into an empty environment (no units yet)</translation>
    </message>
    <message>
        <source>Merge: add and change the file&apos;s units, keep the others</source>
        <translation>Merge: add and change the file&apos;s units, keep the others</translation>
    </message>
    <message>
        <source>Replace the subtree:</source>
        <translation>Replace the subtree:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>Read as %1 (%2): %3.</source>
        <translation>Read as %1 (%2): %3.</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1 (%2): %n error(s); nothing can be imported.</source>
        <translation>
            <numerusform>Read as %1 (%2): %n error; nothing can be imported.</numerusform>
            <numerusform>Read as %1 (%2): %n errors; nothing can be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>To add (%1)</source>
        <translation>To add (%1)</translation>
    </message>
    <message>
        <source>To change (%1)</source>
        <translation>To change (%1)</translation>
    </message>
    <message>
        <source>To remove (%1)</source>
        <translation>To remove (%1)</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has errors; correct them and open it again.</source>
        <translation>The file has errors; correct them and open it again.</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <source>%1 imported: %2.</source>
        <translation>%1 imported: %2.</translation>
    </message>
    <message>
        <source>The console is still busy with a long operation; try again when it has finished.</source>
        <translation>The console is still busy with a long operation; try again when it has finished.</translation>
    </message>
    <message>
        <source>Reading the file against the current units...</source>
        <translation>Reading the file against the current units...</translation>
    </message>
    <message>
        <source>Importing the definitions...</source>
        <translation>Importing the definitions...</translation>
    </message>
</context>
<context>
    <name>dr::ui::InteropActions</name>
    <message>
        <source>Import &amp;definitions...</source>
        <translation>Import &amp;definitions...</translation>
    </message>
    <message>
        <source>Import &amp;host information...</source>
        <translation>Import &amp;host information...</translation>
    </message>
    <message>
        <source>Import &amp;agents...</source>
        <translation>Import &amp;agents...</translation>
    </message>
    <message>
        <source>Export d&amp;efinitions...</source>
        <translation>Export d&amp;efinitions...</translation>
    </message>
    <message>
        <source>Export h&amp;ost information...</source>
        <translation>Export h&amp;ost information...</translation>
    </message>
    <message>
        <source>Export a&amp;gents...</source>
        <translation>Export a&amp;gents...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Read JP1/AJS3 unit definitions (ajsprint) into the primary region</source>
        <translation>Read JP1/AJS3 unit definitions (ajsprint) into the primary region</translation>
    </message>
    <message>
        <source>Replace a region&apos;s host information by a jp1hosts2 file</source>
        <translation>Replace a region&apos;s host information by a jp1hosts2 file</translation>
    </message>
    <message>
        <source>Add or change execution agents from CSV or ajsagtadd lines</source>
        <translation>Add or change execution agents from CSV or ajsagtadd lines</translation>
    </message>
    <message>
        <source>ajsprint definitions (*.ajs *.txt);;All files (*)</source>
        <translation>ajsprint definitions (*.ajs *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>jp1hosts2 files (*.conf *.txt);;All files (*)</source>
        <translation>jp1hosts2 files (*.conf *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Agent files (*.csv *.sh *.txt);;All files (*)</source>
        <translation>Agent files (*.csv *.sh *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Cannot read &quot;%1&quot;: %2.</translation>
    </message>
</context>
<context>
    <name>dr::ui::JobnetsPage</name>
    <message>
        <source>Rerun the root jobnet from the top</source>
        <translation>Rerun the root jobnet from the top</translation>
    </message>
    <message>
        <source>Rerun from the abnormally ended job</source>
        <translation>Rerun from the abnormally ended job</translation>
    </message>
    <message>
        <source>Rerun from the job after the abnormally ended one</source>
        <translation>Rerun from the job after the abnormally ended one</translation>
    </message>
    <message>
        <source>Rerun only the jobs that ended with a warning</source>
        <translation>Rerun only the jobs that ended with a warning</translation>
    </message>
    <message>
        <source>Rerun this job and its successors</source>
        <translation>Rerun this job and its successors</translation>
    </message>
    <message>
        <source>Rerun this job only</source>
        <translation>Rerun this job only</translation>
    </message>
    <message>
        <source>Select a jobnet or job first.</source>
        <translation>Select a jobnet or job first.</translation>
    </message>
    <message>
        <source>Change status...</source>
        <translation>Change status...</translation>
    </message>
    <message>
        <source>Hold after rerun</source>
        <translation>Hold after rerun</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>Rerun</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>Release hold</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Kill</translation>
    </message>
    <message>
        <source>Filtering...</source>
        <translation>Filtering...</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>Units the disaster-recovery start marked for review, such as jobs with an unknown end status.</source>
        <translation>Units the disaster-recovery start marked for review, such as jobs with an unknown end status.</translation>
    </message>
    <message>
        <source>Filter by name, path or agent</source>
        <translation>Filter by name, path or agent</translation>
    </message>
    <message>
        <source>The %1 is suppressed; jobs will not start until release.</source>
        <translation>The %1 is suppressed; jobs will not start until release.</translation>
    </message>
    <message>
        <source>Set the status of the selected jobs</source>
        <translation>Set the status of the selected jobs</translation>
    </message>
    <message>
        <source>Rerun one unit at a time.</source>
        <translation>Rerun one unit at a time.</translation>
    </message>
    <message>
        <source>Rerun the selected unit</source>
        <translation>Rerun the selected unit</translation>
    </message>
    <message>
        <source>Hold the selected units</source>
        <translation>Hold the selected units</translation>
    </message>
    <message>
        <source>Release the hold of the selected units</source>
        <translation>Release the hold of the selected units</translation>
    </message>
    <message>
        <source>Kill the selected running units</source>
        <translation>Kill the selected running units</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) match</source>
        <translation>
            <numerusform>%n unit matches</numerusform>
            <numerusform>%n units match</numerusform>
        </translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message numerus="yes">
        <source>Kill %n running unit(s)? They end as &quot;Killed&quot; (abnormal).</source>
        <translation>
            <numerusform>Kill %n running unit? They end as &quot;Killed&quot; (abnormal).</numerusform>
            <numerusform>Kill %n running units? They end as &quot;Killed&quot; (abnormal).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::ListPanel</name>
    <message>
        <source>Add...</source>
        <translation>Add...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
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
        <translation>Regions</translation>
    </message>
    <message>
        <source>Jobnets and jobs</source>
        <translation>Jobnets and jobs</translation>
    </message>
    <message>
        <source>Agents and hosts</source>
        <translation>Agents and hosts</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Simulation stopped</source>
        <translation>Simulation stopped</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>Operator: %1 (%2)</translation>
    </message>
    <message>
        <source>running at %1x</source>
        <translation>running at %1x</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>Simulated clock: %1 (%2)</source>
        <translation>Simulated clock: %1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::OverdueTable</name>
    <message>
        <source>Run all after release</source>
        <translation>Run all after release</translation>
    </message>
    <message>
        <source>Skip all</source>
        <translation>Skip all</translation>
    </message>
    <message>
        <source>Root jobnet</source>
        <translation>Root jobnet</translation>
    </message>
    <message>
        <source>Was due at (JST)</source>
        <translation>Was due at (JST)</translation>
    </message>
    <message>
        <source>After release</source>
        <translation>After release</translation>
    </message>
    <message>
        <source>Run after release</source>
        <translation>Run after release</translation>
    </message>
    <message>
        <source>Skip (Skipped so not exe.)</source>
        <translation>Skip (Skipped so not exe.)</translation>
    </message>
    <message>
        <source>No jobnet is overdue.</source>
        <translation>No jobnet is overdue.</translation>
    </message>
    <message>
        <source>Overdue jobnets</source>
        <translation>Overdue jobnets</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue root jobnet(s): %1 will run at release, %2 will be skipped. Runs missed more than once start once, not once per missed start.</source>
        <translation>
            <numerusform>%n overdue root jobnet: %1 will run at release, %2 will be skipped. Runs missed more than once start once, not once per missed start.</numerusform>
            <numerusform>%n overdue root jobnets: %1 will run at release, %2 will be skipped. Runs missed more than once start once, not once per missed start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::OverviewPage</name>
    <message>
        <source>Switchover</source>
        <translation>Switchover</translation>
    </message>
    <message>
        <source>Open the switchover wizard...</source>
        <translation>Open the switchover wizard...</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <source>No switchover is in progress. Operation runs in the %1.</source>
        <translation>No switchover is in progress. Operation runs in the %1.</translation>
    </message>
    <message>
        <source>In a wide-area disaster, or for a drill, the customer requests the switch (step 1).</source>
        <translation>In a wide-area disaster, or for a drill, the customer requests the switch (step 1).</translation>
    </message>
    <message>
        <source>Run %1 (%2): %3</source>
        <translation>Run %1 (%2): %3</translation>
    </message>
    <message>
        <source>Next: step %1 of 12, %2</source>
        <translation>Next: step %1 of 12, %2</translation>
    </message>
    <message>
        <source>To be done by: %1</source>
        <translation>To be done by: %1</translation>
    </message>
    <message>
        <source>You are signed in as the %1; the %2 acts next.</source>
        <translation>You are signed in as the %1; the %2 acts next.</translation>
    </message>
    <message>
        <source>%1  %2 (%3)  %4: %5</source>
        <translation>%1  %2 (%3)  %4: %5</translation>
    </message>
    <message>
        <source>The failover is complete; operation runs in the %1 until the customer requests the switch back.</source>
        <translation>The failover is complete; operation runs in the %1 until the customer requests the switch back.</translation>
    </message>
</context>
<context>
    <name>dr::ui::PreflightDialog</name>
    <message>
        <source>Pre-flight check: %1</source>
        <translation>Pre-flight check: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
</context>
<context>
    <name>dr::ui::PreflightPage</name>
    <message>
        <source>I have read the warnings and accept them</source>
        <translation>I have read the warnings and accept them</translation>
    </message>
    <message>
        <source>Pre-flight check of the %1: no problems found.</source>
        <translation>Pre-flight check of the %1: no problems found.</translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>To fix: %1</translation>
    </message>
    <message>
        <source>Register agent %1...</source>
        <translation>Register agent %1...</translation>
    </message>
    <message>
        <source>Copy it from the %1</source>
        <translation>Copy it from the %1</translation>
    </message>
    <message>
        <source>Copy agent</source>
        <translation>Copy agent</translation>
    </message>
    <message>
        <source>Open agents and hosts...</source>
        <translation>Open agents and hosts...</translation>
    </message>
    <message>
        <source>Agents and hosts of the %1</source>
        <translation>Agents and hosts of the %1</translation>
    </message>
    <message>
        <source>Agent &quot;%1&quot; is not registered here.</source>
        <translation>Agent &quot;%1&quot; is not registered here.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not resolve here.</source>
        <translation>&quot;%1&quot; does not resolve here.</translation>
    </message>
    <message>
        <source>The %1 has no network connection.</source>
        <translation>The %1 has no network connection.</translation>
    </message>
    <message>
        <source>The customer&apos;s access is internet-only.</source>
        <translation>The customer&apos;s access is internet-only.</translation>
    </message>
    <message>
        <source>Open network connections...</source>
        <translation>Open network connections...</translation>
    </message>
    <message>
        <source>Contract settings...</source>
        <translation>Contract settings...</translation>
    </message>
    <message>
        <source>Contract settings</source>
        <translation>Contract settings</translation>
    </message>
    <message numerus="yes">
        <source>Pre-flight check of the %1: %n error(s) must be fixed before the recovery work can be reported complete.</source>
        <translation>
            <numerusform>Pre-flight check of the %1: %n error must be fixed before the recovery work can be reported complete.</numerusform>
            <numerusform>Pre-flight check of the %1: %n errors must be fixed before the recovery work can be reported complete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pre-flight check of the %1: no errors; %n warning(s) to acknowledge.</source>
        <translation>
            <numerusform>Pre-flight check of the %1: no errors; %n warning to acknowledge.</numerusform>
            <numerusform>Pre-flight check of the %1: no errors; %n warnings to acknowledge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::RecoveryPage</name>
    <message>
        <source>1. Agents and host information</source>
        <translation>1. Agents and host information</translation>
    </message>
    <message>
        <source>2. Units needing review</source>
        <translation>2. Units needing review</translation>
    </message>
    <message>
        <source>3. Overdue jobnets</source>
        <translation>3. Overdue jobnets</translation>
    </message>
    <message>
        <source>&lt;b&gt;The %1 manager started in disaster-recovery start mode.&lt;/b&gt;</source>
        <translation>&lt;b&gt;The %1 manager started in disaster-recovery start mode.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>2. Units needing review (%1)</source>
        <translation>2. Units needing review (%1)</translation>
    </message>
    <message>
        <source>3. Overdue jobnets (%1)</source>
        <translation>3. Overdue jobnets (%1)</translation>
    </message>
    <message>
        <source>Rules applied</source>
        <translation>Rules applied</translation>
    </message>
</context>
<context>
    <name>dr::ui::RegionCard</name>
    <message>
        <source>Restrictions while operating here: no internet access to the service, no multi-factor authentication, no maintenance-date change.</source>
        <translation>Restrictions while operating here: no internet access to the service, no multi-factor authentication, no maintenance-date change.</translation>
    </message>
    <message>
        <source>Region unavailable (outage since %1)</source>
        <translation>Region unavailable (outage since %1)</translation>
    </message>
    <message>
        <source>Manager running</source>
        <translation>Manager running</translation>
    </message>
    <message>
        <source>Manager stopped</source>
        <translation>Manager stopped</translation>
    </message>
    <message>
        <source>Job execution suppressed: no job starts until release</source>
        <translation>Job execution suppressed: no job starts until release</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>Service tier: %1</source>
        <translation>Service tier: %1</translation>
    </message>
    <message>
        <source>Service tier: %1 (equivalent)</source>
        <translation>Service tier: %1 (equivalent)</translation>
    </message>
    <message>
        <source>Last sync point: %1 (lag %2)</source>
        <translation>Last sync point: %1 (lag %2)</translation>
    </message>
    <message>
        <source>Last sync point: none yet</source>
        <translation>Last sync point: none yet</translation>
    </message>
    <message>
        <source>Synchronisation paused: %1</source>
        <translation>Synchronisation paused: %1</translation>
    </message>
    <message numerus="yes">
        <source>Changes since the last sync point: %n unit(s)</source>
        <translation>
            <numerusform>Changes since the last sync point: %n unit</numerusform>
            <numerusform>Changes since the last sync point: %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Network: %n connection(s) configured</source>
        <translation>
            <numerusform>Network: %n connection configured</numerusform>
            <numerusform>Network: %n connections configured</numerusform>
        </translation>
    </message>
    <message>
        <source>Network: no configured connection</source>
        <translation>Network: no configured connection</translation>
    </message>
    <message>
        <source>Execution agents registered: %1; hosts in the host information: %2</source>
        <translation>Execution agents registered: %1; hosts in the host information: %2</translation>
    </message>
    <message>
        <source>Service portal items (not carried over by a switch): %1</source>
        <translation>Service portal items (not carried over by a switch): %1</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>Units: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pre-flight: %n error(s)</source>
        <translation>
            <numerusform>Pre-flight: %n error</numerusform>
            <numerusform>Pre-flight: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks this region before it becomes active. Click for the full list.</source>
        <translation>Checks this region before it becomes active. Click for the full list.</translation>
    </message>
    <message>
        <source>Pre-flight: checking…</source>
        <translation>Pre-flight: checking…</translation>
    </message>
</context>
<context>
    <name>dr::ui::RegionCompareModel</name>
    <message>
        <source>execution host</source>
        <translation>execution host</translation>
    </message>
    <message>
        <source>concurrency windows</source>
        <translation>concurrency windows</translation>
    </message>
    <message>
        <source>transfer restriction</source>
        <translation>transfer restriction</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>letter case of the name</source>
        <translation>letter case of the name</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP addresses</translation>
    </message>
    <message>
        <source>Execution agent</source>
        <translation>Execution agent</translation>
    </message>
    <message>
        <source>Host information</source>
        <translation>Host information</translation>
    </message>
    <message>
        <source>Missing in DR</source>
        <translation>Missing in DR</translation>
    </message>
    <message>
        <source>Missing in primary</source>
        <translation>Missing in primary</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Different</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>dr::ui::RegionComparePanel</name>
    <message>
        <source>Also compare agent descriptions and host IP addresses</source>
        <translation>Also compare agent descriptions and host IP addresses</translation>
    </message>
    <message>
        <source>Copy missing agents from primary</source>
        <translation>Copy missing agents from primary</translation>
    </message>
    <message>
        <source>Copy to DR</source>
        <translation>Copy to DR</translation>
    </message>
    <message>
        <source>Copy to primary</source>
        <translation>Copy to primary</translation>
    </message>
    <message>
        <source>Descriptions and addresses usually differ between the regions (separate networks), so they are not compared unless you ask.</source>
        <translation>Descriptions and addresses usually differ between the regions (separate networks), so they are not compared unless you ask.</translation>
    </message>
    <message>
        <source>Agents pre-registered in the DR environment shorten the recovery work after a switch: jobs find their agents there at once. @SYSTEM is built into each region and not compared.</source>
        <translation>Agents pre-registered in the DR environment shorten the recovery work after a switch: jobs find their agents there at once. @SYSTEM is built into each region and not compared.</translation>
    </message>
    <message>
        <source>Selected agent:</source>
        <translation>Selected agent:</translation>
    </message>
    <message>
        <source>The execution agents and host names of both regions match.</source>
        <translation>The execution agents and host names of both regions match.</translation>
    </message>
    <message>
        <source>Differing execution agents: %1. Differing host entries: %2.</source>
        <translation>Differing execution agents: %1. Differing host entries: %2.</translation>
    </message>
    <message>
        <source>The DR environment already has every agent of the primary.</source>
        <translation>The DR environment already has every agent of the primary.</translation>
    </message>
    <message>
        <source>Copy to the DR environment: %1</source>
        <translation>Copy to the DR environment: %1</translation>
    </message>
    <message>
        <source>Select an agent in the list first.</source>
        <translation>Select an agent in the list first.</translation>
    </message>
    <message>
        <source>Only execution agents are copied here. Host addresses differ per region: add the host on the Host information list of that region.</source>
        <translation>Only execution agents are copied here. Host addresses differ per region: add the host on the Host information list of that region.</translation>
    </message>
    <message>
        <source>The primary environment does not have this agent; copy it to the primary environment instead.</source>
        <translation>The primary environment does not have this agent; copy it to the primary environment instead.</translation>
    </message>
    <message>
        <source>Copy the selected agent from the primary to the DR environment</source>
        <translation>Copy the selected agent from the primary to the DR environment</translation>
    </message>
    <message>
        <source>The DR environment does not have this agent; copy it to the DR environment instead.</source>
        <translation>The DR environment does not have this agent; copy it to the DR environment instead.</translation>
    </message>
    <message>
        <source>Copy the selected agent from the DR to the primary environment</source>
        <translation>Copy the selected agent from the DR to the primary environment</translation>
    </message>
    <message>
        <source>The agents were not copied</source>
        <translation>The agents were not copied</translation>
    </message>
    <message>
        <source>Overwrite the agent %1 in the %2 with its settings from the %3?

%3: %4
%2: %5</source>
        <translation>Overwrite the agent %1 in the %2 with its settings from the %3?

%3: %4
%2: %5</translation>
    </message>
    <message>
        <source>Copy the agent %1 from the %2 to the %3?</source>
        <translation>Copy the agent %1 from the %2 to the %3?</translation>
    </message>
    <message>
        <source>Copy execution agent</source>
        <translation>Copy execution agent</translation>
    </message>
    <message>
        <source>The agent was not copied</source>
        <translation>The agent was not copied</translation>
    </message>
</context>
<context>
    <name>dr::ui::ReleasePage</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Why it starts</source>
        <translation>Why it starts</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Current status</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>overdue since %1</translation>
    </message>
    <message>
        <source>due at %1</source>
        <translation>due at %1</translation>
    </message>
    <message>
        <source>resubmitted (was queued when the copy was taken)</source>
        <translation>resubmitted (was queued when the copy was taken)</translation>
    </message>
    <message>
        <source>its predecessors have ended</source>
        <translation>its predecessors have ended</translation>
    </message>
    <message numerus="yes">
        <source>Releasing suppression in the %1 starts %n unit(s) right away:</source>
        <translation>
            <numerusform>Releasing suppression in the %1 starts %n unit right away:</numerusform>
            <numerusform>Releasing suppression in the %1 starts %n units right away:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing starts right away: no jobnet is due or overdue and no job is waiting to be resubmitted. After the release, jobnets start at their scheduled times.</source>
        <translation>Nothing starts right away: no jobnet is due or overdue and no job is waiting to be resubmitted. After the release, jobnets start at their scheduled times.</translation>
    </message>
    <message>
        <source>Releasing suppression in the %1 starts no unit right away.</source>
        <translation>Releasing suppression in the %1 starts no unit right away.</translation>
    </message>
    <message>
        <source>starts with its jobnet %1</source>
        <translation>starts with its jobnet %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::RequestPage</name>
    <message>
        <source>Disaster: the primary environment is unavailable</source>
        <translation>Disaster: the primary environment is unavailable</translation>
    </message>
    <message>
        <source>Drill: training or verification without a disaster</source>
        <translation>Drill: training or verification without a disaster</translation>
    </message>
    <message>
        <source>The primary keeps its data. After the switch back it restarts from its own data as of the drill&apos;s start: nothing done in the DR environment comes back.</source>
        <translation>The primary keeps its data. After the switch back it restarts from its own data as of the drill&apos;s start: nothing done in the DR environment comes back.</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <source>Why the switch is requested, e.g. &quot;Tokyo region outage&quot;</source>
        <translation>Why the switch is requested, e.g. &quot;Tokyo region outage&quot;</translation>
    </message>
    <message>
        <source>Why operation can return, e.g. &quot;Tokyo region restored&quot;</source>
        <translation>Why operation can return, e.g. &quot;Tokyo region restored&quot;</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Not carried over by a switch (they start empty in the target region)</source>
        <translation>Not carried over by a switch (they start empty in the target region)</translation>
    </message>
    <message>
        <source>This environment cannot use the disaster recovery option: job management and system management share one authentication server (JP1 user authentication is linked to system management), and the DR environment has no system management to authenticate against. Ask the service desk to separate the authentication first.</source>
        <translation>This environment cannot use the disaster recovery option: job management and system management share one authentication server (JP1 user authentication is linked to system management), and the DR environment has no system management to authenticate against. Ask the service desk to separate the authentication first.</translation>
    </message>
    <message>
        <source>Drill: nothing done in the DR environment during the drill comes back to the primary environment. These will be lost:</source>
        <translation>Drill: nothing done in the DR environment during the drill comes back to the primary environment. These will be lost:</translation>
    </message>
    <message>
        <source>The primary environment is still unavailable. Restore it (Simulation menu) before requesting the switch back.</source>
        <translation>The primary environment is still unavailable. Restore it (Simulation menu) before requesting the switch back.</translation>
    </message>
    <message>
        <source>The primary environment restarts from its own data as of the drill&apos;s start (%1).</source>
        <translation>The primary environment restarts from its own data as of the drill&apos;s start (%1).</translation>
    </message>
</context>
<context>
    <name>dr::ui::RuleReferenceDialog</name>
    <message>
        <source>Start-mode rules</source>
        <translation>Start-mode rules</translation>
    </message>
    <message>
        <source>What a manager start does to the status of each job (event jobs: the same, &quot;Now monitoring&quot; included). Jobnet statuses are recomputed from their children. A disaster-recovery start is used at steps 2 and 8 and leaves the manager suppressed.</source>
        <translation>What a manager start does to the status of each job (event jobs: the same, &quot;Now monitoring&quot; included). Jobnet statuses are recomputed from their children. A disaster-recovery start is used at steps 2 and 8 and leaves the manager suppressed.</translation>
    </message>
    <message>
        <source>Status in the data</source>
        <translation>Status in the data</translation>
    </message>
    <message>
        <source>Cold start</source>
        <translation>Cold start</translation>
    </message>
    <message>
        <source>Warm start</source>
        <translation>Warm start</translation>
    </message>
    <message>
        <source>Hot start</source>
        <translation>Hot start</translation>
    </message>
    <message>
        <source>Disaster-recovery start</source>
        <translation>Disaster-recovery start</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source> (resubmitted; &quot;Not executed + Ended&quot; after an abnormal predecessor)</source>
        <translation> (resubmitted; &quot;Not executed + Ended&quot; after an abnormal predecessor)</translation>
    </message>
    <message>
        <source> - needs review</source>
        <translation> - needs review</translation>
    </message>
    <message>
        <source>Root jobnets whose start time passed while no manager was running, or while job execution was suppressed, are overdue and listed at step 3: run after release (default) or skip (&quot;Skipped so not exe.&quot;); the choice for all also applies to jobnets that come due before the release. Restoring the active region after an outage restarts its manager with a warm start. While suppressed, nothing starts: no jobnet generation and no job; jobs already running finish.</source>
        <translation>Root jobnets whose start time passed while no manager was running, or while job execution was suppressed, are overdue and listed at step 3: run after release (default) or skip (&quot;Skipped so not exe.&quot;); the choice for all also applies to jobnets that come due before the release. Restoring the active region after an outage restarts its manager with a warm start. While suppressed, nothing starts: no jobnet generation and no job; jobs already running finish.</translation>
    </message>
</context>
<context>
    <name>dr::ui::RunbookModel</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>At (JST)</source>
        <translation>At (JST)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3
Done by: %4</source>
        <translation>Step %1 (%2): %3
Done by: %4</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::RunbookPage</name>
    <message>
        <source>Switchover:</source>
        <translation>Switchover:</translation>
    </message>
    <message>
        <source>Open the switchover wizard...</source>
        <translation>Open the switchover wizard...</translation>
    </message>
    <message>
        <source>Export report...</source>
        <translation>Export report...</translation>
    </message>
    <message>
        <source>Next switchover (not started)</source>
        <translation>Next switchover (not started)</translation>
    </message>
    <message>
        <source>Current switchover</source>
        <translation>Current switchover</translation>
    </message>
    <message>
        <source>Run %1: %2, started %3%4</source>
        <translation>Run %1: %2, started %3%4</translation>
    </message>
    <message>
        <source>, completed</source>
        <translation>, completed</translation>
    </message>
    <message>
        <source>Failover time, step 1 to step 6 (RTO): %1</source>
        <translation>Failover time, step 1 to step 6 (RTO): %1</translation>
    </message>
    <message>
        <source>Failback time, step 7 to step 12: %1</source>
        <translation>Failback time, step 7 to step 12: %1</translation>
    </message>
    <message>
        <source>Next: step %1, %2 - by the %3.</source>
        <translation>Next: step %1, %2 - by the %3.</translation>
    </message>
    <message>
        <source>No switchover is in progress. A switchover starts with step 1, requested by the customer.</source>
        <translation>No switchover is in progress. A switchover starts with step 1, requested by the customer.</translation>
    </message>
    <message numerus="yes">
        <source>Data-loss window (RPO): %1 (sync point %2, outage %3); %n unit(s) changed in it</source>
        <translation>
            <numerusform>Data-loss window (RPO): %1 (sync point %2, outage %3); %n unit changed in it</numerusform>
            <numerusform>Data-loss window (RPO): %1 (sync point %2, outage %3); %n units changed in it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Every action is recorded in the audit log under your name and role.</source>
        <translation>Every action is recorded in the audit log under your name and role.</translation>
    </message>
    <message>
        <source>Operator name:</source>
        <translation>Operator name:</translation>
    </message>
    <message>
        <source>Requests switches, adjusts agents and host information, reviews jobnets.</source>
        <translation>Requests switches, adjusts agents and host information, reviews jobnets.</translation>
    </message>
    <message>
        <source>Starts managers, releases job execution suppression, manages the contract.</source>
        <translation>Starts managers, releases job execution suppression, manages the contract.</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
</context>
<context>
    <name>dr::ui::SimulationController</name>
    <message>
        <source>Synchronising the changed definitions to the DR environment...</source>
        <translation>Synchronising the changed definitions to the DR environment...</translation>
    </message>
</context>
<context>
    <name>dr::ui::StartUsingPage</name>
    <message>
        <source>Export report...</source>
        <translation>Export report...</translation>
    </message>
</context>
<context>
    <name>dr::ui::StepPage</name>
    <message>
        <source>Step %1 of 12: %2</source>
        <translation>Step %1 of 12: %2</translation>
    </message>
    <message>
        <source>Complete step %1</source>
        <translation>Complete step %1</translation>
    </message>
    <message>
        <source>Switch operator...</source>
        <translation>Switch operator...</translation>
    </message>
    <message>
        <source>Who acts: %1</source>
        <translation>Who acts: %1</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2).</source>
        <translation>You are signed in as %1 (%2).</translation>
    </message>
    <message>
        <source>No operator is signed in.</source>
        <translation>No operator is signed in.</translation>
    </message>
    <message>
        <source>This step is done by the %1: %2 Switch operator to continue.</source>
        <translation>This step is done by the %1: %2 Switch operator to continue.</translation>
    </message>
</context>
<context>
    <name>dr::ui::SummaryPage</name>
    <message>
        <source>Switchover complete</source>
        <translation>Switchover complete</translation>
    </message>
    <message>
        <source>Operation continues in the primary environment; synchronisation to the DR environment resumes.</source>
        <translation>Operation continues in the primary environment; synchronisation to the DR environment resumes.</translation>
    </message>
    <message>
        <source>Export report...</source>
        <translation>Export report...</translation>
    </message>
</context>
<context>
    <name>dr::ui::SwitchPage</name>
    <message>
        <source>Not carried over: %1. They start empty in the %2.</source>
        <translation>Not carried over: %1. They start empty in the %2.</translation>
    </message>
    <message>
        <source>From the %1 to the %2</source>
        <translation>From the %1 to the %2</translation>
    </message>
    <message>
        <source>The DR manager starts from the last sync point: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>The DR manager starts from the last sync point: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Drill: the primary manager stops now; its data stays as it is for the switch back.</source>
        <translation>Drill: the primary manager stops now; its data stays as it is for the switch back.</translation>
    </message>
    <message>
        <source>Start mode: disaster-recovery start; job execution stays suppressed until step %1.</source>
        <translation>Start mode: disaster-recovery start; job execution stays suppressed until step %1.</translation>
    </message>
    <message>
        <source>Data the primary starts from: &lt;b&gt;its own data as of the drill&apos;s start, %1&lt;/b&gt; (when the DR environment took over at step 2). Nothing is copied back from the DR environment.</source>
        <translation>Data the primary starts from: &lt;b&gt;its own data as of the drill&apos;s start, %1&lt;/b&gt; (when the DR environment took over at step 2). Nothing is copied back from the DR environment.</translation>
    </message>
    <message>
        <source>Data-loss window: &lt;b&gt;%1&lt;/b&gt; (%2 to now): everything done in the DR environment in that time stays behind.</source>
        <translation>Data-loss window: &lt;b&gt;%1&lt;/b&gt; (%2 to now): everything done in the DR environment in that time stays behind.</translation>
    </message>
    <message>
        <source>Data the primary starts from: &lt;b&gt;the DR environment&apos;s data as of now, %1&lt;/b&gt;. It is copied back to the primary (reverse sync) before the primary manager starts.</source>
        <translation>Data the primary starts from: &lt;b&gt;the DR environment&apos;s data as of now, %1&lt;/b&gt;. It is copied back to the primary (reverse sync) before the primary manager starts.</translation>
    </message>
    <message>
        <source>Data-loss window: &lt;b&gt;none&lt;/b&gt;; the DR manager stops at the moment of the copy.</source>
        <translation>Data-loss window: &lt;b&gt;none&lt;/b&gt;; the DR manager stops at the moment of the copy.</translation>
    </message>
    <message>
        <source>Drill: these will NOT come back to the primary environment:</source>
        <translation>Drill: these will NOT come back to the primary environment:</translation>
    </message>
    <message numerus="yes">
        <source>Data-loss window: &lt;b&gt;%1&lt;/b&gt; (%2 to %3); %n unit(s) changed in the primary after the sync point.</source>
        <translation>
            <numerusform>Data-loss window: &lt;b&gt;%1&lt;/b&gt; (%2 to %3); %n unit changed in the primary after the sync point.</numerusform>
            <numerusform>Data-loss window: &lt;b&gt;%1&lt;/b&gt; (%2 to %3); %n units changed in the primary after the sync point.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::SwitchoverWizard</name>
    <message>
        <source>Switchover</source>
        <translation>Switchover</translation>
    </message>
    <message>
        <source>Close (resume later)</source>
        <translation>Close (resume later)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>dr::ui::UnitTreeModel</name>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Status: %1 (%2)</translation>
    </message>
    <message>
        <source>Needs review: check the real result on the agent, then set the status or rerun.</source>
        <translation>Needs review: check the real result on the agent, then set the status or rerun.</translation>
    </message>
    <message>
        <source>Overdue: its start time passed while no manager was running.</source>
        <translation>Overdue: its start time passed while no manager was running.</translation>
    </message>
    <message>
        <source>Held.</source>
        <translation>Held.</translation>
    </message>
    <message>
        <source>Next scheduled start: %1</source>
        <translation>Next scheduled start: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Execution agent</source>
        <translation>Execution agent</translation>
    </message>
    <message>
        <source>Execution ID</source>
        <translation>Execution ID</translation>
    </message>
    <message>
        <source>Start (JST)</source>
        <translation>Start (JST)</translation>
    </message>
    <message>
        <source>End (JST)</source>
        <translation>End (JST)</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit code</translation>
    </message>
</context>
<context>
    <name>drreport</name>
    <message>
        <source>Give --html FILE and --pdf FILE.</source>
        <translation>Give --html FILE and --pdf FILE.</translation>
    </message>
    <message>
        <source>Cannot read the report &quot;%1&quot;: %2.</source>
        <translation>Cannot read the report &quot;%1&quot;: %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Cannot create the demo environment</source>
        <translation>Cannot create the demo environment</translation>
    </message>
    <message>
        <source>Database file (default: %1)</source>
        <translation>Database file (default: %1)</translation>
    </message>
    <message>
        <source>UI language: ja or en</source>
        <translation>UI language: ja or en</translation>
    </message>
    <message>
        <source>DR Console: disaster-recovery operator console</source>
        <translation>DR Console: disaster-recovery operator console</translation>
    </message>
    <message>
        <source>Run it on a desktop session, or without a screen:
  xvfb-run -a drconsole            (a virtual X display; package xvfb)
  drconsole -platform offscreen    (renders nothing visible)
The command-line twin works without a display: drctl status</source>
        <translation>Run it on a desktop session, or without a screen:
  xvfb-run -a drconsole            (a virtual X display; package xvfb)
  drconsole -platform offscreen    (renders nothing visible)
The command-line twin works without a display: drctl status</translation>
    </message>
    <message>
        <source>No display is available (DISPLAY and WAYLAND_DISPLAY are not set).</source>
        <translation>No display is available (DISPLAY and WAYLAND_DISPLAY are not set).</translation>
    </message>
    <message>
        <source>The display is unavailable: %1 is not a display name such as :0.</source>
        <translation>The display is unavailable: %1 is not a display name such as :0.</translation>
    </message>
    <message>
        <source>The display is unavailable: nothing answers for %1 (tried %2).</source>
        <translation>The display is unavailable: nothing answers for %1 (tried %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language; write --lang ja or --lang en.</source>
        <translation>&quot;%1&quot; is not a language; write --lang ja or --lang en.</translation>
    </message>
</context>
</TS>
