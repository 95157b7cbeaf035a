<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgentFile</name>
    <message>
        <source>A quoted field is not closed on this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must be the header &quot;name,host,limits,restriction,description&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected 5 fields (name, host, limits, restriction, description), found %1. Quote fields that contain commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a transfer restriction; use effective, ineffective, hold or blockade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; it needs the header line and one line per agent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentNames</name>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ineffective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentRegistry</name>
    <message>
        <source>@SYSTEM is built in; it cannot be added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent &quot;%1&quot; in the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@SYSTEM is the built-in default agent on the manager host; it cannot be renamed or moved to another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@SYSTEM is the built-in default agent; it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy agents from one region to the other region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not in the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent was copied, because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 already has every agent of the %2; nothing to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no host &quot;%1&quot; in the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent &quot;%1&quot; runs on host &quot;%2&quot;; change the agent before renaming the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; is the execution host of %2; change or remove those agents first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; has the IPv6 address %2; remove it before switching to IPv4 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentRepository</name>
    <message>
        <source>Agent %1 of the %2 region has unreadable concurrency windows (%3); the database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AjsprintReader</name>
    <message>
        <source>Expected &quot;unit=&quot; to start a unit definition, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment opened here is not closed with &quot;*/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit header has %1 fields; write unit=NAME,PERMISSION,OWNER,RESOURCE-GROUP; (four at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;;&quot; after the unit header of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;{&quot; to open the definition of unit &quot;%1&quot;, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units are nested more than %1 levels deep here; the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition of unit &quot;%1&quot; that starts here is not closed with &quot;}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; comes after a nested unit; in unit &quot;%2&quot; write every parameter before the first nested unit=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a parameter (key=value;), &quot;unit=&quot; or &quot;}&quot;, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;=&quot; after the parameter name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;;&quot; at the end of parameter &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted value of parameter &quot;%1&quot; is not closed with a quote on the same line (write #&quot; for a quote inside the value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;;&quot; at the end of parameter &quot;%1&quot;, found the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;#&quot; inside a quoted value must be written &quot;##&quot; (or #&quot; for a quote).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote inside a quoted value must be written #&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Reading the audit log failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is missing: the log jumps from entry %2 to entry %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it (its previous-entry hash does not match); an entry before it was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written (its content does not match its hash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ends at entry %1, but entry %2 was the last one written; the newest entries were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n audit entries verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionNames</name>
    <message>
        <source>AWS (Transit Gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises (Direct Connect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure (internet VPN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractNames</name>
    <message>
        <source>Enterprise edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DR Console database (it is not an SQLite file). Choose another file, or give a new file name to create a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (its size does not match its page size; it may have been truncated). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be opened (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database but not a DR Console database. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no schema version; it is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer DR Console (schema version %2; this program supports up to %3). Open it with a newer version. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>The demo file %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the simulation table names no unit or does not have 4 fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostsFile</name>
    <message>
        <source>+DefaultResolve takes 0 (IPv4 only) or 1 (IPv4 and IPv6), for example &quot;+DefaultResolve 0&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+PhysicalMerge applies to logical hosts of JP1/Base and is ignored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; jp1hosts2 files know +DefaultResolve and +PhysicalMerge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Changing jobnet and job statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing execution agents and host information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing network connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the contract settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the maintenance date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressing or releasing job execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing unit definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controlling the simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customer can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the service provider can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any operator can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is done by the %2, and %3 is signed in as the %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>The %1 has no configured network connection to the customer network; jobs could not reach any agent. Configure its connection on the Network tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer reaches the service over the internet only, but the DR environment accepts closed-network access only (Transit Gateway, Direct Connect or VPN). Set up a closed-network path first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Execution agent &quot;%1&quot; is used by %n unit(s) but is not registered in the %2; those jobs would fail to start. Register it (or copy it from the other region).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Execution agent &quot;%1&quot; is set to %2 but %n unit(s) use it; their jobs will wait or fail to start.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The execution host &quot;%1&quot; of agent &quot;%2&quot; is not in the host information of the %3. Add the host with its address in this region, or change the agent&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The remote manager host &quot;%1&quot; of %n remote jobnet(s) is not in the host information of the %2. Add it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) still have &quot;Unknown end status&quot;: check the real result on the agent, then set their status or rerun them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue jobnet(s) will start immediately when suppression is released. Choose &quot;skip&quot; for those that must not run late.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data between the last sync point (%1) and the outage (%2) is lost: %3; %n unit(s) had changed in that span.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderAdmin</name>
    <message>
        <source>During a switchover, suppression follows the steps: the target starts suppressed and is released at step 5 or 11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 manager is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job execution is already suppressed in the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job execution is not suppressed in the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release is refused until the customer reports recovery work complete (step %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer name is empty. Enter the contracting customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maintenance date cannot be changed while operating in the DR environment; this feature is unavailable there. Change it after switching back to the primary environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionNames</name>
    <message>
        <source>Primary environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DR environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS Tokyo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS Osaka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionRepository</name>
    <message>
        <source>The database has no row for the %1 region; it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator &quot;%1&quot; is not valid: write customer:NAME or provider:NAME (a name of 1 to 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Upgrading the database to schema version %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>the DR environment is the active region; synchronisation runs from the primary environment only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary environment is unavailable (regional outage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DR environment is unavailable (regional outage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary manager is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated clock cannot go back (it is %1; %2 is earlier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot synchronise now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is already unavailable (since %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is available; there is nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The database refused &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartModeRules</name>
    <message>
        <source>Ended units keep their status (abnormal ones need review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting units keep their status; nothing starts until release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued jobs go back to &quot;Wait for prev. to end&quot; and are resubmitted after release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued jobs after an abnormal predecessor end as &quot;Not executed + Ended&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs that were running become &quot;Unknown end status&quot; and need review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event jobs that were monitoring become &quot;Unknown end status&quot; and need review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running jobs keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running jobs are killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued jobs fail to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every generation is dropped; units become &quot;Not registered&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobnet statuses are recomputed from their children</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwitchoverNames</name>
    <message>
        <source>Request the switch to the DR environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch completed (DR manager started, suppressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer recovery work (agents, host information, jobnet statuses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report recovery work completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release job execution suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start using the DR environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the switch back to the primary environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch-back completed (primary manager started, suppressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start using the primary environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs downloadable from the service portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics (usage information)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwitchoverService</name>
    <message>
        <source>There is no step %1; the steps are numbered 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A switchover is already in progress (run %1, next step %2); only one switchover can run at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failback needs a completed failover (step 6 done), and no switchover is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No switchover is in progress; a switchover starts with step 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failback needs a completed failover (step 6 done); the next step is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 cannot be completed now: steps complete in order and the next step is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 must be completed by the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 must be completed by the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The switch cannot be requested: job management and system management share one authentication server (JP1 user authentication is linked to system management). The disaster recovery option cannot be used in that configuration, because the DR environment has no system management to authenticate against. Ask the service desk to separate the authentication first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster mode is for a primary environment that is unavailable, and the primary environment is available. Choose drill mode for training or verification, or record the regional outage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary environment is unavailable: this is a disaster, not a drill. Choose disaster mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DR environment is unavailable; it cannot take over operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This switchover runs in %1 mode; the failback must use the same mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary environment is still unavailable. Restore it before requesting the switch back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is a request: start it with &quot;switch start %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is unavailable; it cannot be started. Restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DR environment has no synchronised copy yet (no sync point); there is nothing to start it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DR environment is unavailable, so its data cannot be copied back. Restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions, status changes and agent changes made in the DR environment during the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recovery work cannot be reported complete: the pre-flight check found %n error(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pre-flight check found %n warning(s); acknowledge them to report the recovery work complete:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 manager is not running; start it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice for overdue jobnets is made by the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue jobnets are chosen during the recovery work (steps 3 and 9), before suppression is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That unit is not an overdue root jobnet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>The file is not valid %1 (first bad byte on line %2). Choose the file&apos;s real encoding (UTF-8 or Shift_JIS), or let the console detect it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitActionRules</name>
    <message>
        <source>A status can only be changed to Ended normally, Ended with warning, Ended abnormally, Failed to start or Bypassed, not to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2; change status applies to jobs. Rerun or kill the jobnet instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a judgment job, whose status cannot be changed; rerun it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a jobnet connector; it cannot be set to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; its status can be changed once it is queuing, running or ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a root jobnet; this rerun applies to root jobnets. Rerun the root jobnet, or rerun a job with &quot;this job&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2; &quot;rerun this job&quot; applies to jobs. Rerun the root jobnet instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not run yet; there is nothing to rerun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; it can be rerun once it has ended (kill it first to stop it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job in %1 ended abnormally; rerun it from the top instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job in %1 ended with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2, which does not run; it cannot be held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; only units that have not started yet can be held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2, which does not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; only running units can be killed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>Preparing the unit insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the relation insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the status insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving unit statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading unit definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit table of the %1 region has a gap at index %2; the database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 of the %2 region names a parent that comes after it; the database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading unit relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relation of the %1 region names a unit that does not exist; the database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading unit statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status table of the %1 region has an invalid row (unit %2); the database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The agent name is empty. Enter a name of 1 to 255 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent name is %1 bytes long; the limit is 255 bytes (UTF-8). Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent name &quot;%1&quot; starts with &quot;__&quot;, which is reserved. Choose a name that does not begin with two underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent name contains a control character (such as a tab or line break). Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent name &quot;%1&quot; contains a space. Remove it or use &quot;-&quot; or &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent name &quot;%1&quot; contains &quot;%2&quot;. Agent names cannot contain &quot; &apos; ` \ $ : , &lt; &gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent name &quot;%1&quot; starts with &quot;@&quot;, which only the built-in @SYSTEM agent may use. Remove the &quot;@&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent named &quot;%1&quot; already exists in this region (names are compared without regard to case). Choose another name or edit that agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The execution host is empty. Enter a host name from the region&apos;s host information or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The execution host is %1 bytes long; the limit is 255 bytes. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains &quot;%2&quot;; host names must be ASCII. Use the host&apos;s ASCII name or its IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains a space or control character. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains &quot;%2&quot;. Host names cannot contain &quot; / \ [ ] ; : | = , + ? &lt; &gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an IP address but is not a valid one. Write four numbers from 0 to 255 separated by dots (for example 10.0.1.15), or use a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv6 address %1 cannot be used: this region resolves IPv4 only (+DefaultResolve 0). Use an IPv4 address or enable IPv6 for the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The execution host &quot;%1&quot; is not in this region&apos;s host information. Add it on the Host information tab first, or enter its IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No concurrency window is given. Enter at least one, for example 00:00-00:00=5 for the whole day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a concurrency window. Write start-end=limit with times as hh:mm, for example 08:00-18:30=3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, %2:%3 is not a time of day. Use 00:00 to 23:30 (write 00:00 for midnight at the end of the day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, times must be on the hour or half hour (hh:00 or hh:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, the limit must be a number from 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 does not start and end on the hour or half hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The windows %1-%2 and %3-%4 overlap at %5. Windows must not overlap; time that no window covers allows no jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is %1 bytes long; the limit is 80 bytes (a Japanese character takes 3). Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description contains a line break or other control character. Keep it on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This region already has %1 agents, the most allowed. Remove an agent you no longer use first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name is empty. Enter the agent host&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IP address, not a host name. Enter the host&apos;s name here and its address under IP addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IPv6 address, but this region resolves IPv4 only (+DefaultResolve 0). Use an IPv4 address or enable IPv6 for the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Write four numbers from 0 to 255 separated by dots, for example 10.20.1.15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IP address is given. Enter at least one address for the host (separate several with spaces or commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 is listed twice. Remove the duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is %1 bytes long; the limit is 80 bytes. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment contains a line break or other control character. Keep it on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; is already in this region&apos;s host information. Edit that entry instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This region already has %1 host entries, the most allowed. Remove an entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit name is empty. Enter 1 to 30 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit name &quot;%1&quot; is %2 bytes long; the limit is 30 bytes (a Japanese character takes 3). Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit name contains a control character. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit name &quot;%1&quot; contains %2. Unit names cannot contain spaces or , : ; / ( ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is %1 bytes long; the limit is 80 bytes (a Japanese character takes 3). Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full path of this unit is %1 bytes long; the limit is 930 bytes. Use shorter names or fewer levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units are nested %1 levels deep; the limit is 30 levels. Flatten the structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS account ID. Enter the 12 digits without hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VPC ID. It looks like vpc- followed by 8 or 17 lowercase hexadecimal digits, for example vpc-0a1b2c3d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Transit Gateway attachment ID. It looks like tgw-attach- followed by 17 lowercase hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Direct Connect gateway ID. Copy the ID from the AWS console; it looks like 5f294f92-bafb-4011-916d-9b0bec1e7c2a.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address. Enter the public IP address of the Azure virtual network gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a public address. The VPN terminates on the gateway&apos;s public IP address; enter that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CIDR block. Write an IPv4 network address and a prefix length from 0 to 32, for example 10.20.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has host bits set. Did you mean %2/%3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection name is empty. Enter a name that operators will recognise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CIDR block is given. Enter the address ranges of the customer network, for example 10.20.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dr::Ajsprint</name>
    <message>
        <source>&quot;%1&quot; in the path %2 is not a job group; units can only be placed under job groups at the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit named &quot;%1&quot; is already defined at this level (line %2). Unit names must be unique within their job group or jobnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 10,000 units are defined in one level; split them into several job groups or jobnets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot; has a second ty= parameter; give the type once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit type &quot;%1&quot; is not known to the console; the unit is kept as written and is not simulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot; has no ty= parameter; add its type, for example ty=n; for a jobnet or ty=j; for a Unix job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule of &quot;%1&quot; uses rules the simulator does not run; they are kept as written and the jobnet is not started by schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nested unit name &quot;%1&quot; contains &quot;/&quot;; only a top-level unit may be given as a full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ar=%1&quot; is not a relation; write ar=(f=FROM,t=TO); with optional ,seq or ,con.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relation names &quot;%1&quot;, which is not a unit of &quot;%2&quot;. Define the unit in this jobnet or correct the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relation joins &quot;%1&quot; to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relation from &quot;%1&quot; to &quot;%2&quot; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el= names &quot;%1&quot;, which is not a unit of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relations of &quot;%1&quot; form a cycle through %2; such units would never start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dr::Console</name>
    <message>
        <source>The database already holds an environment. Use a new file, or initialise again with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds no environment yet; initialise it first (drctl init --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved, and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is the standby region; jobnets and jobs are operated in the active region (%2) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager of the %1 is stopped; its units cannot be operated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock only moves forward; give a positive duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync interval must be between 1 second and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such unit in the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dr::ParseIssue</name>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::UnitRepository</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
