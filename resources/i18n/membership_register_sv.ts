<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assessment {0}: {1}</source>
        <translation>Bedömning {0}: {1}</translation>
    </message>
    <message>
        <source>What did the membership give the city?</source>
        <translation>Vad gav medlemskapet staden?</translation>
    </message>
    <message>
        <source>travel and the like, in SEK</source>
        <translation>resor och liknande, i kronor</translation>
    </message>
    <message>
        <source>&amp;Added value:</source>
        <translation>&amp;Mervärde:</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Betyg:</translation>
    </message>
    <message>
        <source>&amp;Meetings attended:</source>
        <translation>Deltagit i mö&amp;ten:</translation>
    </message>
    <message>
        <source>&amp;Working groups:</source>
        <translation>&amp;Arbetsgrupper:</translation>
    </message>
    <message>
        <source>&amp;Positions held:</source>
        <translation>&amp;Förtroendeposter:</translation>
    </message>
    <message>
        <source>&amp;Other costs (SEK):</source>
        <translation>Övri&amp;ga kostnader (kr):</translation>
    </message>
    <message>
        <source>Re&amp;commendation:</source>
        <translation>&amp;Rekommendation:</translation>
    </message>
    <message>
        <source>Assessed &amp;by:</source>
        <translation>Bedömd a&amp;v:</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>Bedömd &amp;den:</translation>
    </message>
    <message>
        <source>The review of {0} is closed: this is read-only.</source>
        <translation>Översynen för {0} är avslutad och kan bara läsas.</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Bedömd av</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Mervärde</translation>
    </message>
    <message>
        <source>No assessment has been made of this membership yet.</source>
        <translation>Medlemskapet har ännu inte bedömts.</translation>
    </message>
    <message>
        <source>Assessments are made in the yearly review; shown here to read.</source>
        <translation>Bedömningar görs i den årliga översynen; här visas de bara.</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>Needs attention ({0})</source>
        <translation>Att åtgärda ({0})</translation>
    </message>
</context>
<context>
    <name>AttentionTree</name>
    <message>
        <source>What needs attention</source>
        <translation>Att åtgärda</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… och {0} till</translation>
    </message>
    <message>
        <source>The list shows the first {0} of each kind.</source>
        <translation>Listan visar de första {0} av varje slag.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Before the program updated the register</source>
        <translation>Innan programmet uppdaterade registret</translation>
    </message>
    <message>
        <source>Daily, at start-up</source>
        <translation>Dagligen, vid start</translation>
    </message>
    <message>
        <source>Made with Back up now</source>
        <translation>Gjord med Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>The register before a restore</source>
        <translation>Registret före en återställning</translation>
    </message>
    <message>
        <source>A damaged register, kept</source>
        <translation>Ett skadat register, sparat</translation>
    </message>
    <message>
        <source>Backups of the register</source>
        <translation>Säkerhetskopior av registret</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <source>The register is on the database server %1. Its backups are made on the server by its administrators; ask them to restore one.</source>
        <translation>Registret finns på databasservern %1. Säkerhetskopiorna görs på servern av dess administratörer; be dem återställa en.</translation>
    </message>
    <message>
        <source>A backup is made each day the program starts, and before the program updates the register. The backups are kept in &lt;a href=&apos;folder&apos;&gt;%1&lt;/a&gt;.</source>
        <translation>En säkerhetskopia görs varje dag programmet startas och innan programmet uppdaterar registret. Säkerhetskopiorna sparas i &lt;a href=&apos;folder&apos;&gt;%1&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Säkerhetskopierar</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Säkerhetskopierat till %1.</translation>
    </message>
    <message>
        <source>Restored the backup of %1. What was there before is kept as %2.</source>
        <translation>Säkerhetskopian från %1 är återställd. Det som fanns där tidigare sparas som %2.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace the register with the backup made %1?

Everything changed since then is replaced. The register as it is now is kept as a backup first, so you can go back to it.</source>
        <translation>Vill du ersätta registret med säkerhetskopian från %1?

Allt som har ändrats sedan dess ersätts. Registret som det ser ut nu sparas först som en säkerhetskopia, så att du kan gå tillbaka till det.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
</context>
<context>
    <name>ChangeLogModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Typ av post</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
</context>
<context>
    <name>ChangeLogView</name>
    <message>
        <source>All records</source>
        <translation>Alla poster</translation>
    </message>
    <message>
        <source>Name of the record contains…</source>
        <translation>Postens namn innehåller…</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Post:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>P&amp;erson:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>valfritt datum</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n changes; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Den senaste %n ändringen; begränsa filtren för att se äldre.</numerusform>
            <numerusform>De senaste %n ändringarna; begränsa filtren för att se äldre.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes match these filters.</source>
        <translation>Inga ändringar matchar filtren.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n ändring.</numerusform>
            <numerusform>%n ändringar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>uppdaterad</translation>
    </message>
</context>
<context>
    <name>CloseReviewDialog</name>
    <message>
        <source>Close the review of {0}</source>
        <translation>Avsluta översynen för {0}</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Behålls:</translation>
    </message>
    <message>
        <source>{0}, saving {1} a year</source>
        <translation>{0}, en besparing på {1} per år</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Sägs upp:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Ändras:</translation>
    </message>
    <message>
        <source>Postponed:</source>
        <translation>Skjuts upp:</translation>
    </message>
    <message>
        <source>Close review</source>
        <translation>Avsluta översynen</translation>
    </message>
    <message>
        <source>{0} memberships have no decision yet. Decide them (Ctrl+J jumps to the next one) before closing the review.</source>
        <translation>{0} medlemskap saknar ännu beslut. Besluta om dem (Ctrl+J går till nästa) innan översynen avslutas.</translation>
    </message>
    <message>
        <source>Closing applies the decisions: memberships left get the status “notice given” and an end year, postponed ones “under review”. The figures of {0} are frozen and the review can no longer be changed unless it is reopened.</source>
        <translation>När översynen avslutas genomförs besluten: medlemskap som sägs upp får status ”uppsagt” och ett slutår, de som skjuts upp ”under översyn”. Siffrorna för {0} låses och översynen kan inte ändras om den inte öppnas igen.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Databasanslutning</translation>
    </message>
    <message>
        <source>The register &amp;file on this computer</source>
        <translation>Register&amp;filen på den här datorn</translation>
    </message>
    <message>
        <source>The database &amp;server, shared with colleagues</source>
        <translation>Databas&amp;servern, delad med kollegor</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Leave it empty for the register in your own data folder.</source>
        <translation>Lämna tomt för registret i din egen datamapp.</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Kom ihåg lösenordet på den här datorn</translation>
    </message>
    <message>
        <source>Remember the password (this computer cannot)</source>
        <translation>Kom ihåg lösenordet (den här datorn kan inte)</translation>
    </message>
    <message>
        <source>This computer has no credential store: type the password each time.</source>
        <translation>Den här datorn saknar lösenordsvalv: skriv lösenordet varje gång.</translation>
    </message>
    <message>
        <source>Server (&amp;host):</source>
        <translation>Server (&amp;värd):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>The register file</source>
        <translation>Registerfilen</translation>
    </message>
    <message>
        <source>Register (*.db);;All files (*)</source>
        <translation>Register (*.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Försöker…</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Testar anslutningen</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>database</source>
        <translation>databas</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>användarnamn</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Fill in the %1.</source>
        <translation>Fyll i %1.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Type a name to find a person</source>
        <translation>Skriv ett namn för att hitta en person</translation>
    </message>
    <message>
        <source>Add to the &amp;list</source>
        <translation>Lägg till i &amp;listan</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Ny &amp;person…</translation>
    </message>
    <message>
        <source>This membership has no primary contact.</source>
        <translation>Medlemskapet saknar huvudkontakt.</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behåll</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Säg upp</translation>
    </message>
    <message>
        <source>Chan&amp;ge</source>
        <translation>Än&amp;dra</translation>
    </message>
    <message>
        <source>&amp;Postpone</source>
        <translation>S&amp;kjut upp</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivering:</translation>
    </message>
    <message>
        <source>Why: what the membership gives and costs</source>
        <translation>Varför: vad medlemskapet ger och kostar</translation>
    </message>
    <message>
        <source>Save and go on</source>
        <translation>Spara och gå vidare</translation>
    </message>
    <message>
        <source>Record the decision (Ctrl+Enter)</source>
        <translation>Registrera beslutet (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Ångra beslutet</translation>
    </message>
    <message>
        <source>Remove the decision: the membership is undecided</source>
        <translation>Ta bort beslutet: medlemskapet blir obeslutat</translation>
    </message>
    <message>
        <source>Decision {0}</source>
        <translation>Beslut {0}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Recommended: {0}</source>
        <translation>Rekommenderat: {0}</translation>
    </message>
    <message>
        <source>Decided by {0}</source>
        <translation>Beslutat av {0}</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>e.g. SLK</source>
        <translation>t.ex. SLK</translation>
    </message>
    <message>
        <source>No coordinator</source>
        <translation>Ingen samordnare</translation>
    </message>
    <message>
        <source>the year it was adopted; empty if none</source>
        <translation>året den antogs; tomt om ingen finns</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>&amp;Kortnamn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Samordnare:</translation>
    </message>
    <message>
        <source>International &amp;strategy:</source>
        <translation>&amp;Internationell strategi:</translation>
    </message>
    <message>
        <source>No person has that name: choose one from the list, or leave it empty.</source>
        <translation>Ingen person har det namnet. Välj någon i listan eller lämna fältet tomt.</translation>
    </message>
    <message>
        <source>New department or company</source>
        <translation>Ny förvaltning eller nytt bolag</translation>
    </message>
    <message>
        <source>Department: {0}</source>
        <translation>Förvaltning: {0}</translation>
    </message>
    <message>
        <source>this department</source>
        <translation>förvaltningen</translation>
    </message>
</context>
<context>
    <name>DepartmentsView</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Coordinator of the department&apos;s international work</source>
        <translation>Samordnare för förvaltningens internationella arbete</translation>
    </message>
    <message>
        <source>International strategy</source>
        <translation>Internationell strategi</translation>
    </message>
    <message>
        <source>Year the international strategy was adopted</source>
        <translation>Året då den internationella strategin antogs</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Medlemskap</translation>
    </message>
    <message>
        <source>Memberships it is responsible for, all years</source>
        <translation>Medlemskap som den ansvarar för, alla år</translation>
    </message>
    <message>
        <source>Administrations and companies</source>
        <translation>Förvaltningar och bolag</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <source>Who changed this record, and when</source>
        <translation>Vem som ändrade posten, och när</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Nothing has that name.</source>
        <translation>Det finns inget med det namnet.</translation>
    </message>
    <message>
        <source>Fill in first: {0}</source>
        <translation>Fyll först i: {0}</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Exporting {title}…</source>
        <translation>Exporterar {title}…</translation>
    </message>
    <message>
        <source>Export this view</source>
        <translation>Exportera den här vyn</translation>
    </message>
    <message>
        <source>%n row(s) exported.</source>
        <translation>Exporterade rader: %n.</translation>
    </message>
</context>
<context>
    <name>FeesTab</name>
    <message>
        <source>Add fe&amp;e</source>
        <translation>Lägg till av&amp;gift</translation>
    </message>
    <message>
        <source>Type amounts as you write them, e.g. 12 500,50. The value in SEK uses the exchange rate of the fee&apos;s year, or the latest earlier one.</source>
        <translation>Skriv belopp som du brukar, t.ex. 12 500,50. Värdet i kronor räknas med växelkursen för avgiftens år eller den senaste före det.</translation>
    </message>
</context>
<context>
    <name>FieldChangesModel</name>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Undecided only</source>
        <translation>Endast &amp;obeslutade</translation>
    </message>
    <message>
        <source>Memberships a department is responsible for or in</source>
        <translation>Medlemskap som en förvaltning ansvarar för eller deltar i</translation>
    </message>
    <message>
        <source>Any recommendation</source>
        <translation>Alla rekommendationer</translation>
    </message>
    <message>
        <source>Recommended: {0}</source>
        <translation>Rekommenderat: {0}</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Sortera efter namn</translation>
    </message>
    <message>
        <source>Sort by cost</source>
        <translation>Sortera efter kostnad</translation>
    </message>
    <message>
        <source>Sort by rating</source>
        <translation>Sortera efter betyg</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>Största först</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alla förvaltningar</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Type to search by name or acronym</source>
        <translation>Skriv för att söka på namn eller förkortning</translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation>N&amp;y…</translation>
    </message>
    <message>
        <source>Add an organisation or network to the register</source>
        <translation>Lägg till en organisation eller ett nätverk i registret</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Skriv för att söka</translation>
    </message>
    <message>
        <source>open</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Responsible department:</source>
        <translation>&amp;Ansvarig förvaltning:</translation>
    </message>
    <message>
        <source>Start &amp;year:</source>
        <translation>Start&amp;år:</translation>
    </message>
    <message>
        <source>&amp;End year:</source>
        <translation>&amp;Slutår:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Notice &amp;period:</source>
        <translation>&amp;Uppsägningstid:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>A&amp;nteckningar:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Ansvarig förvaltning</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Startår</translation>
    </message>
    <message>
        <source>No organisation or network has that name: choose one from the list, or add it with New…</source>
        <translation>Ingen organisation eller inget nätverk har det namnet. Välj i listan eller lägg till med Ny…</translation>
    </message>
    <message>
        <source>No department or company has that name: choose one from the list.</source>
        <translation>Ingen förvaltning eller inget bolag har det namnet. Välj i listan.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Reading {name}…</source>
        <translation>Läser {name}…</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importera ett kalkylblad</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-arbetsböcker (*.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Checking the spreadsheet…</source>
        <translation>Kontrollerar kalkylbladet…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>{what}: {create} new, {update} updated</source>
        <translation>{what}: {create} nya, {update} uppdaterade</translation>
    </message>
    <message>
        <source>The register of {year} is imported.</source>
        <translation>Registret för {year} är importerat.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerat</translation>
    </message>
</context>
<context>
    <name>LinesTab</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Membership Register</source>
        <translation>Medlemskapsregistret</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Ångra den senaste ändringen</translation>
    </message>
    <message>
        <source>Loading the example register…</source>
        <translation>Läser in exempelregistret…</translation>
    </message>
    <message>
        <source>The example register is loaded.</source>
        <translation>Exempelregistret är inläst.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;&lt;br&gt;The register of the city&apos;s memberships in international organisations and networks.&lt;br&gt;&lt;br&gt;Database: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;&lt;br&gt;Registret över stadens medlemskap i internationella organisationer och nätverk.&lt;br&gt;&lt;br&gt;Databas: %3</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>Importera {name}</translation>
    </message>
    <message>
        <source>(give the year)</source>
        <translation>(ange året)</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Förhandsvisa…</translation>
    </message>
    <message>
        <source>The list is the register of</source>
        <translation>Förteckningen gäller år</translation>
    </message>
    <message>
        <source>Check which field each column is read as; change any that is wrong.</source>
        <translation>Kontrollera vilket fält varje kolumn läses som och ändra det som är fel.</translation>
    </message>
    <message>
        <source>the year of the list</source>
        <translation>förteckningens år</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; in sheet &apos;{sheet}&apos;</source>
        <translation>&apos;{field}&apos; i bladet &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <source>a sheet with a list of memberships</source>
        <translation>ett blad med en förteckning över medlemskap</translation>
    </message>
    <message>
        <source>Still to choose: {what}.</source>
        <translation>Återstår att välja: {what}.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Värden</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Läses som</translation>
    </message>
</context>
<context>
    <name>MatrixFilterBar</name>
    <message>
        <source>Only departments with no membership</source>
        <translation>Endast förvaltningar utan medlemskap</translation>
    </message>
    <message>
        <source>Only memberships with a single department</source>
        <translation>Endast medlemskap med en enda förvaltning</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;År</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>S&amp;cope</source>
        <translation>&amp;Omfattning</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>S&amp;ort rows by</source>
        <translation>Sorte&amp;ra rader efter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Themes: {0}</source>
        <translation>Teman: {0}</translation>
    </message>
    <message>
        <source>Double-click to open.</source>
        <translation>Dubbelklicka för att öppna.</translation>
    </message>
    <message>
        <source>Contacts: {0}</source>
        <translation>Kontakter: {0}</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <source>Double-click to open the membership.</source>
        <translation>Dubbelklicka för att öppna medlemskapet.</translation>
    </message>
    <message>
        <source>No fee recorded for {0}</source>
        <translation>Ingen avgift registrerad för {0}</translation>
    </message>
    <message>
        <source>Fee {0}: {1}</source>
        <translation>Avgift {0}: {1}</translation>
    </message>
    <message>
        <source>Click to sort the rows by this total.</source>
        <translation>Klicka för att sortera raderna efter den här summan.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>⇄ &amp;Swap</source>
        <translation>⇄ &amp;Byt plats</translation>
    </message>
    <message>
        <source>Swap rows and columns: organisations as rows, departments as columns</source>
        <translation>Byt plats på rader och kolumner: organisationer som rader, förvaltningar som kolumner</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Write the matrix as shown to an Excel workbook</source>
        <translation>Skriv matrisen som den visas till en Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Organisations ↓ against departments →</source>
        <translation>Organisationer ↓, förvaltningar →</translation>
    </message>
    <message>
        <source>Departments ↓ against organisations →</source>
        <translation>Förvaltningar ↓, organisationer →</translation>
    </message>
    <message>
        <source>No memberships in {0} match the filters.</source>
        <translation>Inga medlemskap {0} matchar filtren.</translation>
    </message>
    <message>
        <source>{0} departments and companies take part in {1} organisations and {2} networks.</source>
        <translation>{0} förvaltningar och bolag deltar i {1} organisationer och {2} nätverk.</translation>
    </message>
    <message>
        <source>Fees: {0}</source>
        <translation>Avgifter: {0}</translation>
    </message>
    <message>
        <source>No exchange rate for {0}.</source>
        <translation>Växelkurs saknas för {0}.</translation>
    </message>
    <message>
        <source>matrix-{0}.xlsx</source>
        <translation>matris-{0}.xlsx</translation>
    </message>
    <message>
        <source>Export the matrix</source>
        <translation>Exportera matrisen</translation>
    </message>
    <message>
        <source>Writing the matrix…</source>
        <translation>Skriver matrisen…</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Sparad i {0}</translation>
    </message>
    <message>
        <source>Network (column header)</source>
        <translation>Nätverk (kolumnrubrik)</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>New membership</source>
        <translation>Nytt medlemskap</translation>
    </message>
    <message>
        <source>Membership: {0} — {1}</source>
        <translation>Medlemskap: {0} – {1}</translation>
    </message>
    <message>
        <source>this membership</source>
        <translation>medlemskapet</translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation>&amp;Förvaltningar</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakter</translation>
    </message>
    <message>
        <source>&amp;Fees</source>
        <translation>A&amp;vgifter</translation>
    </message>
    <message>
        <source>Pos&amp;itions of trust</source>
        <translation>Förtroende&amp;poster</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>&amp;Bedömningar</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translation>&amp;Medlemskap</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>MembershipsView</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Förkortning</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Ansvarig förvaltning</translation>
    </message>
    <message>
        <source>Participating departments</source>
        <translation>Deltagande förvaltningar</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Huvudkontakt</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Fee in SEK</source>
        <translation>Avgift i kr</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latest assessment</source>
        <translation>Senaste bedömning</translation>
    </message>
    <message>
        <source>Rating (1–5) and recommendation of the latest assessment</source>
        <translation>Betyg (1–5) och rekommendation i den senaste bedömningen</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Teman: %1</translation>
    </message>
    <message>
        <source>This membership has no primary contact.</source>
        <translation>Medlemskapet saknar huvudkontakt.</translation>
    </message>
    <message>
        <source>No exchange rate for %1: add one to value this fee.</source>
        <translation>Växelkurs saknas för %1: lägg till en för att räkna om avgiften.</translation>
    </message>
    <message>
        <source>Organisations and networks</source>
        <translation>Organisationer och nätverk</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>All scopes</source>
        <translation>Oavsett omfattning</translation>
    </message>
    <message>
        <source>Department (responsible or participating)</source>
        <translation>Förvaltning (ansvarig eller deltagande)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alla förvaltningar</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>e.g. environment, transport, culture</source>
        <translation>t.ex. miljö, transporter, kultur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Förkortning:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Omfattning:</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>T&amp;eman:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Webbplats:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>New organisation or network</source>
        <translation>Ny organisation eller nytt nätverk</translation>
    </message>
    <message>
        <source>Organisation: {0}</source>
        <translation>Organisation: {0}</translation>
    </message>
    <message>
        <source>this organisation</source>
        <translation>organisationen</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Förkortning</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Medlemskap</translation>
    </message>
    <message>
        <source>Memberships on record, all years</source>
        <translation>Registrerade medlemskap, alla år</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Organisations and networks</source>
        <translation>Organisationer och nätverk</translation>
    </message>
    <message>
        <source>All scopes</source>
        <translation>Oavsett omfattning</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Departments taking part</source>
        <translation>Deltagande förvaltningar och bolag</translation>
    </message>
    <message>
        <source>Total fees, SEK</source>
        <translation>Avgifter totalt, kr</translation>
    </message>
    <message>
        <source>Positions of trust</source>
        <translation>Förtroendeposter</translation>
    </message>
    <message>
        <source>Reading the overview of {0}…</source>
        <translation>Läser översikten för {0}…</translation>
    </message>
    <message>
        <source>Reading the overview</source>
        <translation>Läser översikten</translation>
    </message>
    <message>
        <source>Example register: the figures are made up.</source>
        <translation>Exempelregister: siffrorna är påhittade.</translation>
    </message>
    <message>
        <source>Double-click a line to open the membership.</source>
        <translation>Dubbelklicka på en rad för att öppna medlemskapet.</translation>
    </message>
    <message>
        <source>Overview of {0}</source>
        <translation>Översikt {0}</translation>
    </message>
    <message>
        <source>Needs attention ({0})</source>
        <translation>Att åtgärda ({0})</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>no figures for {0}</source>
        <translation>inga uppgifter för {0}</translation>
    </message>
    <message>
        <source>unchanged on {0}</source>
        <translation>oförändrat mot {0}</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{0} mot {1}</translation>
    </message>
    <message>
        <source>Memberships per year</source>
        <translation>Medlemskap per år</translation>
    </message>
    <message>
        <source>{0}: {1} memberships ({2} organisations, {3} networks)</source>
        <translation>{0}: {1} medlemskap ({2} organisationer, {3} nätverk)</translation>
    </message>
    <message>
        <source>Membership fees per year, SEK</source>
        <translation>Medlemsavgifter per år, kr</translation>
    </message>
    <message>
        <source>{0}: no fees on record</source>
        <translation>{0}: inga avgifter registrerade</translation>
    </message>
    <message>
        <source>Memberships by scope {0}</source>
        <translation>Geografisk omfattning {0}</translation>
    </message>
    <message>
        <source>Memberships by theme {0}</source>
        <translation>Medlemskap per tema {0}</translation>
    </message>
    <message>
        <source>{0}: {1}, {2} memberships</source>
        <translation>{0}: {1}, {2} medlemskap</translation>
    </message>
    <message>
        <source>Other departments ({0})</source>
        <translation>Övriga förvaltningar och bolag ({0})</translation>
    </message>
    <message>
        <source>Fees by responsible department {0}, SEK</source>
        <translation>Avgifter per ansvarig förvaltning {0}, kr</translation>
    </message>
    <message>
        <source>{0}: {1} memberships</source>
        <translation>{0}: {1} medlemskap</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Filter departments and companies</source>
        <translation>Filtrera förvaltningar och bolag</translation>
    </message>
    <message>
        <source>No other department or company takes part.</source>
        <translation>Ingen annan förvaltning eller inget annat bolag deltar.</translation>
    </message>
    <message>
        <source>Taking part besides the responsible department: {0}</source>
        <translation>Deltar utöver den ansvariga förvaltningen: {0}</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Har slutat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact for</source>
        <translation>Kontakt för</translation>
    </message>
    <message>
        <source>Memberships this person is a contact for</source>
        <translation>Medlemskap som personen är kontakt för</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alla förvaltningar</translation>
    </message>
    <message>
        <source>Active and left</source>
        <translation>Aktiva och de som har slutat</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>e.g. International coordinator</source>
        <translation>t.ex. internationell samordnare</translation>
    </message>
    <message>
        <source>name@stockholm.se</source>
        <translation>namn@stockholm.se</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Ingen förvaltning</translation>
    </message>
    <message>
        <source>Has &amp;left (kept on past memberships)</source>
        <translation>Har s&amp;lutat (står kvar på tidigare medlemskap)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Förvaltning:</translation>
    </message>
    <message>
        <source>No department has that name: choose one from the list, or leave it empty.</source>
        <translation>Ingen förvaltning har det namnet. Välj i listan eller lämna fältet tomt.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Person: {0}</source>
        <translation>Person: {0}</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>personen</translation>
    </message>
</context>
<context>
    <name>PositionsTab</name>
    <message>
        <source>Add positio&amp;n</source>
        <translation>&amp;Lägg till förtroendepost</translation>
    </message>
    <message>
        <source>For example: board member of UCLG, held by the Mayor, 2007–.</source>
        <translation>Till exempel: styrelseledamot i UCLG, innehas av finansborgarrådet, 2007–.</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(ingen angiven)</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Import {name}: preview</source>
        <translation>Importera {name}: förhandsvisning</translation>
    </message>
    <message>
        <source>Import the rows without problems; leave the others out</source>
        <translation>Importera raderna utan fel och hoppa över de andra</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Kopiera listan</translation>
    </message>
    <message numerus="yes">
        <source>Problems and notes (%n)</source>
        <translation>
            <numerusform>Fel och anmärkningar (%n)</numerusform>
            <numerusform>Fel och anmärkningar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What changes (%n)</source>
        <translation>
            <numerusform>Vad som ändras (%n)</numerusform>
            <numerusform>Vad som ändras (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The register of {year}, from {name}</source>
        <translation>Registret för {year}, från {name}</translation>
    </message>
    <message>
        <source>{what}: {create} new, {update} updated, {same} already there</source>
        <translation>{what}: {create} nya, {update} uppdaterade, {same} fanns redan</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing is imported until they are put right.</source>
        <translation>
            <numerusform>%n fel: ingenting importeras förrän det är rättat.</numerusform>
            <numerusform>%n fel: ingenting importeras förrän de är rättade.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: nothing is written until you press Import.</source>
        <translation>Inga fel: ingenting skrivs förrän du trycker på Importera.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Utelämnad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>Copied 1 row.</source>
        <translation>Kopierade 1 rad.</translation>
    </message>
    <message>
        <source>Copied %n rows.</source>
        <translation>Kopierade %n rader.</translation>
    </message>
    <message>
        <source>Undo adding %1</source>
        <translation>Ångra tillägget av %1</translation>
    </message>
    <message>
        <source>Undo changes to %1</source>
        <translation>Ångra ändringarna av %1</translation>
    </message>
    <message>
        <source>Undo delete of %1</source>
        <translation>Ångra borttagningen av %1</translation>
    </message>
    <message>
        <source>Undo delete of %n records</source>
        <translation>Ångra borttagningen av %n poster</translation>
    </message>
</context>
<context>
    <name>RegisterStatusBar</name>
    <message>
        <source>Example data — fictional fees and people</source>
        <translation>Exempeldata – påhittade avgifter och personer</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <source>%n organisations</source>
        <translation>%n organisationer</translation>
    </message>
    <message>
        <source>1 network</source>
        <translation>1 nätverk</translation>
    </message>
    <message>
        <source>%n networks</source>
        <translation>%n nätverk</translation>
    </message>
    <message>
        <source>fees %1 SEK</source>
        <translation>avgifter %1 kr</translation>
    </message>
    <message>
        <source>(no rate for %1)</source>
        <translation>(kurs saknas för %1)</translation>
    </message>
</context>
<context>
    <name>ReopenReviewDialog</name>
    <message>
        <source>Reopen the review of {0}</source>
        <translation>Öppna översynen för {0} igen</translation>
    </message>
    <message>
        <source>Reopening undoes what closing applied to the memberships (where nobody has changed them since) and unfreezes the figures of {0}. Say why; the reason is kept in the change log and in the minutes.</source>
        <translation>Att öppna översynen igen återställer det som avslutet ändrade i medlemskapen (där ingen har ändrat dem sedan dess) och låser upp siffrorna för {0}. Ange varför; skälet sparas i ändringsloggen och i protokollet.</translation>
    </message>
    <message>
        <source>Reopen review</source>
        <translation>Öppna översynen igen</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Skäl:</translation>
    </message>
</context>
<context>
    <name>ReportButtons</name>
    <message>
        <source>Save report…</source>
        <translation>Spara rapport…</translation>
    </message>
    <message>
        <source>Save the register of the year as a web page or PDF to publish</source>
        <translation>Spara årets register som webbsida eller PDF för publicering</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Skriv ut rapport…</translation>
    </message>
    <message>
        <source>memberships-{0}.html</source>
        <translation>medlemskap-{0}.html</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <source>Reading the register of {0}…</source>
        <translation>Läser registret för {0}…</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Skriver {0}…</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Sparar rapporten</translation>
    </message>
    <message>
        <source>Memberships {0}</source>
        <translation>Medlemskap {0}</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Reopened on {0} by {1}: {2}</source>
        <translation>Öppnad igen {0} av {1}: {2}</translation>
    </message>
    <message>
        <source>Held on {0}</source>
        <translation>Hölls {0}</translation>
    </message>
    <message>
        <source>No date set</source>
        <translation>Inget datum angivet</translation>
    </message>
    <message>
        <source>Participants: {0}</source>
        <translation>Deltagare: {0}</translation>
    </message>
    <message>
        <source>Closed on {0} by {1}. The figures of {2} are frozen and the review is read-only; use Reopen review to change it.</source>
        <translation>Avslutad {0} av {1}. Siffrorna för {2} är låsta och översynen kan bara läsas; använd Öppna översynen igen för att ändra den.</translation>
    </message>
    <message>
        <source>Every membership is decided. Close the review to apply the decisions.</source>
        <translation>Alla medlemskap har beslut. Avsluta översynen för att genomföra besluten.</translation>
    </message>
    <message>
        <source>review_minutes_{0}</source>
        <translation>protokoll_oversyn_{0}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webbsidor (*.html)</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Spara protokollet</translation>
    </message>
    <message>
        <source>Review of {0}</source>
        <translation>Översyn {0}</translation>
    </message>
    <message>
        <source>No decision chosen</source>
        <translation>Inget beslut valt</translation>
    </message>
    <message>
        <source>Choose keep, leave, change or postpone first.</source>
        <translation>Välj först behåll, säg upp, ändra eller skjut upp.</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <source>No membership chosen</source>
        <translation>Inget medlemskap valt</translation>
    </message>
    <message>
        <source>Choose a membership in the list on the left.</source>
        <translation>Välj ett medlemskap i listan till vänster.</translation>
    </message>
    <message>
        <source>The fee in SEK by year</source>
        <translation>Avgiften i kronor per år</translation>
    </message>
    <message>
        <source>{kind} · {department} · member since {start}{end} · {status}</source>
        <translation>{kind} · {department} · medlem sedan {start}{end} · {status}</translation>
    </message>
    <message>
        <source>No fee in {0}</source>
        <translation>Ingen avgift {0}</translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <translation>{0} år {1}</translation>
    </message>
    <message>
        <source>(unchanged from {0})</source>
        <translation>(oförändrad mot {0})</translation>
    </message>
    <message>
        <source>({0}{1} % from {2})</source>
        <translation>({0}{1} % mot {2})</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Avgifter</translation>
    </message>
    <message>
        <source>No fee on record.</source>
        <translation>Ingen avgift registrerad.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>In SEK</source>
        <translation>I kronor</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>ansvarig</translation>
    </message>
    <message>
        <source>Departments taking part</source>
        <translation>Deltagande förvaltningar och bolag</translation>
    </message>
    <message>
        <source>has left</source>
        <translation>har slutat</translation>
    </message>
    <message>
        <source>No primary contact</source>
        <translation>Ingen huvudkontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Positions of trust</source>
        <translation>Förtroendeposter</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <source>Assessment {0}</source>
        <translation>Bedömning {0}</translation>
    </message>
    <message>
        <source>Not assessed yet: use Edit assessment (Ctrl+Shift+A).</source>
        <translation>Ännu inte bedömt: använd Redigera bedömning (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <source>Rating: {0} of 5</source>
        <translation>Betyg: {0} av 5</translation>
    </message>
    <message>
        <source>Recommendation: {0}</source>
        <translation>Rekommendation: {0}</translation>
    </message>
    <message>
        <source>Meetings attended: {0} · working groups: {1} · positions held: {2}</source>
        <translation>Möten: {0} · arbetsgrupper: {1} · förtroendeposter: {2}</translation>
    </message>
    <message>
        <source>Other costs: {0}</source>
        <translation>Övriga kostnader: {0}</translation>
    </message>
    <message>
        <source>Assessed by {0} on {1}</source>
        <translation>Bedömd av {0} den {1}</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(ingen text)</translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation>Tidigare bedömningar</translation>
    </message>
    <message>
        <source>Earlier decisions</source>
        <translation>Tidigare beslut</translation>
    </message>
</context>
<context>
    <name>ReviewDetailsDialog</name>
    <message>
        <source>New review of {0}</source>
        <translation>Ny översyn för {0}</translation>
    </message>
    <message>
        <source>Review of {0}</source>
        <translation>Översyn {0}</translation>
    </message>
    <message>
        <source>Names, one per line or separated by commas</source>
        <translation>Namn, ett per rad eller åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>D&amp;eltagare:</translation>
    </message>
    <message>
        <source>Create review</source>
        <translation>Skapa översyn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>The review covers every membership of the register of {0} that goes on after {0}.</source>
        <translation>Översynen omfattar alla medlemskap i registret för {0} som fortsätter efter {0}.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>✔ keep   ✖ leave   ↻ change   … postpone   ○ not decided</source>
        <translation>✔ behåll   ✖ säg upp   ↻ ändra   … skjut upp   ○ inte beslutat</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Create the review…</source>
        <translation>Skapa översynen…</translation>
    </message>
    <message>
        <source>Reading the review of {0}…</source>
        <translation>Läser översynen för {0}…</translation>
    </message>
    <message>
        <source>Looking for what needs attention…</source>
        <translation>Letar efter det som behöver åtgärdas…</translation>
    </message>
    <message>
        <source>Review of {0}</source>
        <translation>Översyn {0}</translation>
    </message>
    <message>
        <source>{0} of {1} decided</source>
        <translation>{0} av {1} beslutade</translation>
    </message>
    <message>
        <source>There is no review of {0} yet. Create it to start deciding.</source>
        <translation>Det finns ingen översyn för {0} ännu. Skapa den för att börja besluta.</translation>
    </message>
    <message>
        <source>Unsaved decision</source>
        <translation>Osparat beslut</translation>
    </message>
    <message>
        <source>The decision on {0} is not saved. Save it?</source>
        <translation>Beslutet om {0} är inte sparat. Vill du spara det?</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Colleagues&apos; changes are shown.</source>
        <translation>Kollegornas ändringar visas.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Säkerhetskopierar</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Säkerhetskopierat till %1.</translation>
    </message>
</context>
<context>
    <name>SheetMapping</name>
    <message>
        <source>The headers are in row</source>
        <translation>Rubrikerna står på rad</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Sök (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 av %2 rader</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 rad</translation>
    </message>
    <message>
        <source>%n rows</source>
        <translation>%n rader</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Återställ kolumnerna</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Membership Register</source>
        <translation>Välkommen till Medlemskapsregistret</translation>
    </message>
    <message>
        <source>The register is empty. It keeps the city&apos;s memberships in international organisations and networks: who takes part, the contact persons, the fees and what each membership brings. How would you like to start?</source>
        <translation>Registret är tomt. Här förs stadens medlemskap i internationella organisationer och nätverk: vilka som deltar, kontaktpersoner, avgifter och vad varje medlemskap ger. Hur vill du börja?</translation>
    </message>
    <message>
        <source>Load the example register</source>
        <translation>Läs in exempelregistret</translation>
    </message>
    <message>
        <source>Stockholm&apos;s memberships 2005–2008 with fictional fees and people: look around and try things out.</source>
        <translation>Stockholms medlemskap 2005–2008 med påhittade avgifter och personer: se dig omkring och prova.</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importera ett kalkylblad</translation>
    </message>
    <message>
        <source>Read your existing list of memberships from an Excel workbook.</source>
        <translation>Läs in er befintliga förteckning över medlemskap från en Excel-arbetsbok.</translation>
    </message>
    <message>
        <source>Start with an empty register</source>
        <translation>Börja med ett tomt register</translation>
    </message>
    <message>
        <source>Add organisations, departments and memberships yourself.</source>
        <translation>Lägg själv till organisationer, förvaltningar och medlemskap.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
</context>
<context>
    <name>WorkbookExport</name>
    <message>
        <source>Memberships {year} ({date})</source>
        <translation>Medlemskap {year} ({date})</translation>
    </message>
    <message>
        <source>Export the register of {year}</source>
        <translation>Exportera registret för {year}</translation>
    </message>
    <message>
        <source>Exporting the register of {year}…</source>
        <translation>Exporterar registret för {year}…</translation>
    </message>
    <message>
        <source>The register of {year} is saved as {name}.</source>
        <translation>Registret för {year} är sparat som {name}.</translation>
    </message>
</context>
<context>
    <name>YearSelector</name>
    <message>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <source>The register as of this year: the memberships active in it, its fees</source>
        <translation>Registret för det här året: medlemskapen som var aktiva då och årets avgifter</translation>
    </message>
    <message>
        <source>Register as of</source>
        <translation>Register för år</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>Add a new record</source>
        <translation>Lägg till en ny post</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Öppna den markerade posten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Delete the selected records</source>
        <translation>Ta bort de markerade posterna</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Search the table</source>
        <translation>Sök i tabellen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Read the register again</source>
        <translation>Läs in registret på nytt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy the selected rows for Excel</source>
        <translation>Kopiera de markerade raderna för Excel</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Ångra den senaste ändringen</translation>
    </message>
    <message>
        <source>Export to &amp;Excel</source>
        <translation>Exportera till &amp;Excel</translation>
    </message>
    <message>
        <source>Write the register of the year to an Excel workbook</source>
        <translation>Skriv årets register till en Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Export to Excel &amp;as…</source>
        <translation>Exportera till Excel s&amp;om…</translation>
    </message>
    <message>
        <source>Choose where to save the register of the year as an Excel workbook</source>
        <translation>Välj var årets register ska sparas som Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Export &amp;this view…</source>
        <translation>Exportera &amp;den här vyn…</translation>
    </message>
    <message>
        <source>Write the rows you see to an Excel workbook</source>
        <translation>Skriv raderna som visas till en Excel-arbetsbok</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet…</source>
        <translation>&amp;Importera kalkylblad…</translation>
    </message>
    <message>
        <source>Read a register from an Excel workbook</source>
        <translation>Läs in ett register från en Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Load the e&amp;xample register</source>
        <translation>Läs in e&amp;xempelregistret</translation>
    </message>
    <message>
        <source>Fill an empty register with the example data</source>
        <translation>Fyll ett tomt register med exempeldata</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>Make a backup copy of the register file now</source>
        <translation>Gör en säkerhetskopia av registerfilen nu</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>List the backups and bring one back</source>
        <translation>Visa säkerhetskopiorna och återställ en</translation>
    </message>
    <message>
        <source>Change &amp;log</source>
        <translation>Ändrings&amp;logg</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Vem som ändrade vad, och när</translation>
    </message>
    <message>
        <source>Database &amp;connection…</source>
        <translation>Data&amp;basanslutning…</translation>
    </message>
    <message>
        <source>Use the register file on this computer or the database server</source>
        <translation>Använd registerfilen på den här datorn eller databasservern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Stäng programmet</translation>
    </message>
    <message>
        <source>&amp;About Membership Register</source>
        <translation>&amp;Om Medlemskapsregistret</translation>
    </message>
    <message>
        <source>&amp;Next membership</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>Go to the next membership of the review</source>
        <translation>Gå till nästa medlemskap i översynen</translation>
    </message>
    <message>
        <source>&amp;Previous membership</source>
        <translation>&amp;Föregående</translation>
    </message>
    <message>
        <source>Go to the previous membership of the review</source>
        <translation>Gå till föregående medlemskap i översynen</translation>
    </message>
    <message>
        <source>Next &amp;undecided</source>
        <translation>Nästa &amp;obeslutade</translation>
    </message>
    <message>
        <source>Jump to the next membership without a decision</source>
        <translation>Hoppa till nästa medlemskap utan beslut</translation>
    </message>
    <message>
        <source>&amp;Save decision and go on</source>
        <translation>&amp;Spara beslutet och gå vidare</translation>
    </message>
    <message>
        <source>Record the decision and jump to the next undecided membership</source>
        <translation>Registrera beslutet och hoppa till nästa obeslutade medlemskap</translation>
    </message>
    <message>
        <source>Edit &amp;assessment…</source>
        <translation>Redigera &amp;bedömning…</translation>
    </message>
    <message>
        <source>Edit this year&apos;s assessment of the membership&apos;s added value</source>
        <translation>Redigera årets bedömning av medlemskapets mervärde</translation>
    </message>
    <message>
        <source>Review &amp;details…</source>
        <translation>Översyns&amp;uppgifter…</translation>
    </message>
    <message>
        <source>The date of the review and who takes part</source>
        <translation>Datum för översynen och vilka som deltar</translation>
    </message>
    <message>
        <source>&amp;Close review…</source>
        <translation>&amp;Avsluta översyn…</translation>
    </message>
    <message>
        <source>Apply the decisions and freeze the year&apos;s figures</source>
        <translation>Genomför besluten och lås årets siffror</translation>
    </message>
    <message>
        <source>&amp;Reopen review…</source>
        <translation>&amp;Återöppna…</translation>
    </message>
    <message>
        <source>Open a closed review again, giving the reason</source>
        <translation>Öppna en avslutad översyn igen och ange skälet</translation>
    </message>
    <message>
        <source>Minutes as &amp;PDF…</source>
        <translation>Protokoll som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the review&apos;s minutes as a PDF to print or send</source>
        <translation>Spara översynens protokoll som PDF för utskrift eller utskick</translation>
    </message>
    <message>
        <source>Minutes as &amp;HTML…</source>
        <translation>Protokoll som &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the review&apos;s minutes as a web page</source>
        <translation>Spara översynens protokoll som webbsida</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The database already holds a register; use --force to replace it.</source>
        <translation>Databasen innehåller redan ett register. Använd --force för att ersätta det.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Notice given, ends {end_year}</source>
        <translation>Uppsagt, upphör {end_year}</translation>
    </message>
    <message>
        <source>No primary contact</source>
        <translation>Ingen huvudkontakt</translation>
    </message>
    <message>
        <source>Contact {person} has left</source>
        <translation>Kontaktpersonen {person} har slutat</translation>
    </message>
    <message>
        <source>Fee up {percent} % on {previous_year}</source>
        <translation>Avgiften har ökat {percent} % sedan {previous_year}</translation>
    </message>
    <message>
        <source>Not assessed for {year}</source>
        <translation>Inte bedömt för {year}</translation>
    </message>
    <message>
        <source>ends {end_year}</source>
        <translation>upphör {end_year}</translation>
    </message>
    <message>
        <source>{person}</source>
        <translation>{person}</translation>
    </message>
    <message>
        <source>+{percent} %</source>
        <translation>+{percent} %</translation>
    </message>
    <message>
        <source>Notice period ending</source>
        <translation>Uppsägningstiden löper ut</translation>
    </message>
    <message>
        <source>Contact person has left</source>
        <translation>Kontaktpersonen har slutat</translation>
    </message>
    <message>
        <source>Fee up more than 20 %</source>
        <translation>Avgiften har ökat mer än 20 %</translation>
    </message>
    <message>
        <source>No assessment this year</source>
        <translation>Ingen bedömning i år</translation>
    </message>
    <message>
        <source>The chosen coordinator no longer exists.</source>
        <translation>Den valda samordnaren finns inte längre.</translation>
    </message>
    <message>
        <source>A department named &apos;{name}&apos; already exists.</source>
        <translation>Det finns redan en förvaltning som heter &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Choose an organisation or network.</source>
        <translation>Välj en organisation eller ett nätverk.</translation>
    </message>
    <message>
        <source>Choose the responsible department.</source>
        <translation>Välj ansvarig förvaltning.</translation>
    </message>
    <message>
        <source>An ended membership needs an end year.</source>
        <translation>Ett avslutat medlemskap behöver ett slutår.</translation>
    </message>
    <message>
        <source>The notice period is 0 to 120 months.</source>
        <translation>Uppsägningstiden är 0–120 månader.</translation>
    </message>
    <message>
        <source>There are two fees for {year}.</source>
        <translation>Det finns två avgifter för {year}.</translation>
    </message>
    <message>
        <source>A membership has one primary contact, not several.</source>
        <translation>Ett medlemskap har en huvudkontakt, inte flera.</translation>
    </message>
    <message>
        <source>The same person is listed twice as a contact.</source>
        <translation>Samma person står två gånger som kontakt.</translation>
    </message>
    <message>
        <source>A chosen contact person no longer exists.</source>
        <translation>En vald kontaktperson finns inte längre.</translation>
    </message>
    <message>
        <source>A chosen department no longer exists.</source>
        <translation>En vald förvaltning finns inte längre.</translation>
    </message>
    <message>
        <source>This department already has an open membership in this organisation.</source>
        <translation>Förvaltningen har redan ett pågående medlemskap i organisationen.</translation>
    </message>
    <message>
        <source>An organisation named &apos;{name}&apos; already exists.</source>
        <translation>Det finns redan en organisation som heter &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The chosen department no longer exists.</source>
        <translation>Den valda förvaltningen finns inte längre.</translation>
    </message>
    <message>
        <source>SEK is the home currency; its rate is always 1.</source>
        <translation>SEK är hemvalutan; dess kurs är alltid 1.</translation>
    </message>
    <message>
        <source>A rate must be greater than zero.</source>
        <translation>En kurs måste vara större än noll.</translation>
    </message>
    <message>
        <source>There is already a review of {year}.</source>
        <translation>Det finns redan en översyn för {year}.</translation>
    </message>
    <message>
        <source>The review of {year} is closed. Reopen it to change it.</source>
        <translation>Översynen för {year} är avslutad. Öppna den igen för att ändra den.</translation>
    </message>
    <message>
        <source>The text contains an invisible control character.</source>
        <translation>Texten innehåller ett osynligt styrtecken.</translation>
    </message>
    <message>
        <source>This field must not be empty.</source>
        <translation>Fältet får inte vara tomt.</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>Högst {limit} tecken.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the allowed values.</source>
        <translation>&apos;{value}&apos; är inte ett av de tillåtna värdena.</translation>
    </message>
    <message>
        <source>Enter a year.</source>
        <translation>Ange ett år.</translation>
    </message>
    <message>
        <source>{year} is not a plausible year.</source>
        <translation>{year} är inte ett rimligt årtal.</translation>
    </message>
    <message>
        <source>The end year {end} is before the start year {start}.</source>
        <translation>Slutåret {end} är före startåret {start}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>&apos;{value}&apos; är ingen e-postadress.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known currency code.</source>
        <translation>&apos;{value}&apos; är ingen känd valutakod.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount.</source>
        <translation>&apos;{value}&apos; är inget belopp.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Ett belopp kan inte vara negativt.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Beloppet är för stort.</translation>
    </message>
    <message>
        <source>A rating is from 1 to 5.</source>
        <translation>Betyget är från 1 till 5.</translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation>Värdet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>There is no review of {year}.</source>
        <translation>Det finns ingen översyn för {year}.</translation>
    </message>
    <message>
        <source>The review of {year} is closed, so the figures of {year} can no longer be changed. Reopen the review to change them.</source>
        <translation>Översynen för {year} är avslutad, så siffrorna för {year} kan inte längre ändras. Öppna översynen igen för att ändra dem.</translation>
    </message>
    <message>
        <source>This membership is part of the closed review of {year} and cannot be deleted. Give it an end year instead, or reopen the review.</source>
        <translation>Medlemskapet ingår i den avslutade översynen för {year} och kan inte tas bort. Ge det i stället ett slutår, eller öppna översynen igen.</translation>
    </message>
    <message>
        <source>kind: {value}</source>
        <translation>typ: {value}</translation>
    </message>
    <message>
        <source>scope: {value}</source>
        <translation>omfattning: {value}</translation>
    </message>
    <message>
        <source>theme: {value}</source>
        <translation>tema: {value}</translation>
    </message>
    <message>
        <source>status: {value}</source>
        <translation>status: {value}</translation>
    </message>
    <message>
        <source>only departments with no membership</source>
        <translation>endast förvaltningar utan medlemskap</translation>
    </message>
    <message>
        <source>only memberships with a single department</source>
        <translation>endast medlemskap med en enda förvaltning</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Fees (SEK)</source>
        <translation>Avgifter (kr)</translation>
    </message>
    <message>
        <source>Departments taking part</source>
        <translation>Deltagande förvaltningar och bolag</translation>
    </message>
    <message>
        <source>Department or company</source>
        <translation>Förvaltning eller bolag</translation>
    </message>
    <message>
        <source>Organisation or network</source>
        <translation>Organisation eller nätverk</translation>
    </message>
    <message>
        <source>The review of {year} is already closed.</source>
        <translation>Översynen för {year} är redan avslutad.</translation>
    </message>
    <message>
        <source>{count} memberships have no decision yet. Decide them first.</source>
        <translation>{count} medlemskap saknar ännu beslut. Besluta om dem först.</translation>
    </message>
    <message>
        <source>The review of {year} is not closed.</source>
        <translation>Översynen för {year} är inte avslutad.</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matris</translation>
    </message>
    <message>
        <source>Organisations and networks and the departments taking part, {year}</source>
        <translation>Organisationer och nätverk med deltagande förvaltningar och bolag, {year}</translation>
    </message>
    <message>
        <source>Departments and companies and the organisations they take part in, {year}</source>
        <translation>Förvaltningar och bolag med de organisationer de deltar i, {year}</translation>
    </message>
    <message>
        <source>all organisations and networks</source>
        <translation>alla organisationer och nätverk</translation>
    </message>
    <message>
        <source>Shown: {filters}</source>
        <translation>Visas: {filters}</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <source>Totals count the departments responsible for or taking part in a membership.</source>
        <translation>Summorna räknar de förvaltningar och bolag som ansvarar för eller deltar i ett medlemskap.</translation>
    </message>
    <message>
        <source>Fees are the year&apos;s fees in SEK, counted for the responsible department.</source>
        <translation>Avgifterna är årets avgifter i kronor, räknade på den ansvariga förvaltningen.</translation>
    </message>
    <message>
        <source>No exchange rate for {currencies}: those fees are left out.</source>
        <translation>Växelkurs saknas för {currencies}: de avgifterna är inte medräknade.</translation>
    </message>
    <message>
        <source>Abbreviations</source>
        <translation>Förkortningar</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>En port är ett tal från 1 till 65535.</translation>
    </message>
    <message>
        <source>The database is empty: the register will be created there.</source>
        <translation>Databasen är tom: registret skapas där.</translation>
    </message>
    <message>
        <source>The register there was made by a newer version of this program.</source>
        <translation>Registret där är gjort av en nyare version av programmet.</translation>
    </message>
    <message>
        <source>A register is there; it will be brought up to date when opened.</source>
        <translation>Där finns ett register; det uppdateras när det öppnas.</translation>
    </message>
    <message>
        <source>The database holds other tables: it is not a membership register.</source>
        <translation>Databasen innehåller andra tabeller: den är inget medlemskapsregister.</translation>
    </message>
    <message>
        <source>A register is there, ready to use.</source>
        <translation>Där finns ett register, klart att använda.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}.</source>
        <translation>Ansluten till PostgreSQL {version}.</translation>
    </message>
    <message>
        <source>The server refused user {user}: check the user name and password.</source>
        <translation>Servern nekade användaren {user}: kontrollera användarnamn och lösenord.</translation>
    </message>
    <message>
        <source>The server has no database named {database}.</source>
        <translation>Servern har ingen databas som heter {database}.</translation>
    </message>
    <message>
        <source>There is no server named {host}: check the server name.</source>
        <translation>Det finns ingen server som heter {host}: kontrollera servernamnet.</translation>
    </message>
    <message>
        <source>No database server answers at {host}, port {port}: check the address.</source>
        <translation>Ingen databasserver svarar på {host}, port {port}: kontrollera adressen.</translation>
    </message>
    <message>
        <source>Cannot connect to the server: {detail}</source>
        <translation>Kan inte ansluta till servern: {detail}</translation>
    </message>
    <message>
        <source>This computer has no credential store to keep the password in.</source>
        <translation>Den här datorn saknar lösenordsvalv att spara lösenordet i.</translation>
    </message>
    <message>
        <source>The password was not saved; you will be asked for it when you connect.</source>
        <translation>Lösenordet sparades inte; du får ange det när du ansluter.</translation>
    </message>
    <message>
        <source>The file is on a network share: one person at a time may use it.</source>
        <translation>Filen ligger på en nätverksresurs: bara en person åt gången får använda den.</translation>
    </message>
    <message>
        <source>There is no register there yet: a new one will be created.</source>
        <translation>Där finns inget register ännu: ett nytt skapas.</translation>
    </message>
    <message>
        <source>The register {path} is damaged and was not opened ({problem}).</source>
        <translation>Registret {path} är skadat och öppnades inte ({problem}).</translation>
    </message>
    <message>
        <source>The latest good backup is from {when}; restore it to go on working.</source>
        <translation>Den senaste felfria säkerhetskopian är från {when}; återställ den för att fortsätta arbeta.</translation>
    </message>
    <message>
        <source>There is no good backup of it. Keep the file and ask for help.</source>
        <translation>Det finns ingen felfri säkerhetskopia. Spara filen och be om hjälp.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Medlemskap</translation>
    </message>
    <message>
        <source>Participating department</source>
        <translation>Deltagande förvaltning</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Växelkurs</translation>
    </message>
    <message>
        <source>Position of trust</source>
        <translation>Förtroendepost</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Översyn</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Förkortning</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>International strategy adopted</source>
        <translation>Internationell strategi antagen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Ansvarig förvaltning</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Startår</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Slutår</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notice period (months)</source>
        <translation>Uppsägningstid (månader)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Rate to SEK</source>
        <translation>Kurs mot SEK</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Mervärde</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Deltagit i möten</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Arbetsgrupper</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Förtroendeposter</translation>
    </message>
    <message>
        <source>Other costs (SEK)</source>
        <translation>Övriga kostnader (kr)</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Bedömd av</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Bedömd den</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Figures of the year</source>
        <translation>Årets siffror</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Participating departments</source>
        <translation>Deltagande förvaltningar</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Positions of trust</source>
        <translation>Förtroendeposter</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: {count} membership(s) refer to it. Delete or move those memberships first.</source>
        <translation>{name} kan inte tas bort: {count} medlemskap hänvisar till den. Ta bort eller flytta de medlemskapen först.</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: {count} membership(s) name it. Move those memberships to another department first.</source>
        <translation>{name} kan inte tas bort: {count} medlemskap anger den. Flytta de medlemskapen till en annan förvaltning först.</translation>
    </message>
    <message>
        <source>{name} is a contact person for {count} membership(s) and cannot be deleted. Mark the person as having left instead, or change those contacts first.</source>
        <translation>{name} är kontaktperson för {count} medlemskap och kan inte tas bort. Markera i stället att personen har slutat, eller byt de kontakterna först.</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>… and {0} more</source>
        <translation>… och {0} till</translation>
    </message>
    <message>
        <source>The image could not be written to {0}.</source>
        <translation>Bilden kunde inte skrivas till {0}.</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Spara som PNG…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Spara diagrammet som PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <source>Save or print this chart</source>
        <translation>Spara eller skriv ut diagrammet</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>Skrivaren eller filen kunde inte öppnas för utskrift.</translation>
    </message>
    <message>
        <source>Print {0}</source>
        <translation>Skriv ut {0}</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning</translation>
    </message>
</context>
<context>
    <name>delete</name>
    <message>
        <source>The chosen records no longer exist; someone may have deleted them.</source>
        <translation>De valda posterna finns inte längre; någon kan ha tagit bort dem.</translation>
    </message>
    <message>
        <source>Delete the {0} “{1}”?</source>
        <translation>Ta bort {0} ”{1}”?</translation>
    </message>
    <message>
        <source>Delete these {0}?</source>
        <translation>Ta bort dessa {0}?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation>Redigera › Ångra (Ctrl+Z) tar tillbaka det.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>With it go its {0}.</source>
        <translation>Samtidigt tas {0} bort.</translation>
    </message>
    <message>
        <source>With them go their {0}.</source>
        <translation>Samtidigt tas {0} bort.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Mark as having left</source>
        <translation>&amp;Markera att de har slutat</translation>
    </message>
    <message>
        <source>“{0}” is a contact person and cannot be deleted.</source>
        <translation>”{0}” är kontaktperson och kan inte tas bort.</translation>
    </message>
    <message>
        <source>{0} are contact persons and cannot be deleted.</source>
        <translation>{0} är kontaktpersoner och kan inte tas bort.</translation>
    </message>
    <message>
        <source>“{0}” cannot be deleted: memberships still refer to it.</source>
        <translation>”{0}” kan inte tas bort: medlemskap hänvisar fortfarande till den.</translation>
    </message>
    <message>
        <source>{0} cannot be deleted: memberships still refer to them.</source>
        <translation>{0} kan inte tas bort: medlemskap hänvisar fortfarande till dem.</translation>
    </message>
    <message>
        <source>Contact person for: {0}</source>
        <translation>Kontaktperson för: {0}</translation>
    </message>
    <message>
        <source>Memberships referring to it: {0}</source>
        <translation>Medlemskap som hänvisar hit: {0}</translation>
    </message>
    <message>
        <source>An organisation cannot be deleted while memberships refer to it. Delete those memberships first (their fees and assessments go with them).</source>
        <translation>En organisation kan inte tas bort så länge medlemskap hänvisar till den. Ta först bort de medlemskapen (deras avgifter och bedömningar tas bort samtidigt).</translation>
    </message>
    <message>
        <source>A department cannot be deleted while memberships name it, as responsible or as taking part. Move those memberships to another department first.</source>
        <translation>En förvaltning kan inte tas bort så länge den står på medlemskap, som ansvarig eller deltagare. Flytta först de medlemskapen till en annan förvaltning.</translation>
    </message>
    <message>
        <source>A contact person cannot be deleted. Mark them as having left instead: they stay on the memberships&apos; history but are no longer offered as contacts.</source>
        <translation>En kontaktperson kan inte tas bort. Markera i stället att personen har slutat: den finns kvar i medlemskapens historik men föreslås inte längre som kontakt.</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>medlemskapet</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>medlemskap</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisationen</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisationer</translation>
    </message>
    <message>
        <source>department</source>
        <translation>förvaltningen</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>förvaltningar</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personen</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personer</translation>
    </message>
    <message>
        <source>{0} fee</source>
        <translation>{0} avgift</translation>
    </message>
    <message>
        <source>{0} fees</source>
        <translation>{0} avgifter</translation>
    </message>
    <message>
        <source>{0} contact</source>
        <translation>{0} kontakt</translation>
    </message>
    <message>
        <source>{0} contacts</source>
        <translation>{0} kontakter</translation>
    </message>
    <message>
        <source>{0} participating department</source>
        <translation>{0} deltagande förvaltning</translation>
    </message>
    <message>
        <source>{0} participating departments</source>
        <translation>{0} deltagande förvaltningar</translation>
    </message>
    <message>
        <source>{0} position of trust</source>
        <translation>{0} förtroendepost</translation>
    </message>
    <message>
        <source>{0} positions of trust</source>
        <translation>{0} förtroendeposter</translation>
    </message>
    <message>
        <source>{0} assessment</source>
        <translation>{0} bedömning</translation>
    </message>
    <message>
        <source>{0} assessments</source>
        <translation>{0} bedömningar</translation>
    </message>
    <message>
        <source>{0} review decision</source>
        <translation>{0} beslut från översyn</translation>
    </message>
    <message>
        <source>{0} review decisions</source>
        <translation>{0} beslut från översyner</translation>
    </message>
    <message>
        <source>{0} theme</source>
        <translation>{0} tema</translation>
    </message>
    <message>
        <source>{0} themes</source>
        <translation>{0} teman</translation>
    </message>
    <message>
        <source>{0} person will no longer belong to a department (they stay).</source>
        <translation>{0} person hör inte längre till någon förvaltning (personen finns kvar).</translation>
    </message>
    <message>
        <source>{0} people will no longer belong to a department (they stay).</source>
        <translation>{0} personer hör inte längre till någon förvaltning (de finns kvar).</translation>
    </message>
    <message>
        <source>{0} position of trust will show no holder.</source>
        <translation>{0} förtroendepost står utan innehavare.</translation>
    </message>
    <message>
        <source>{0} positions of trust will show no holder.</source>
        <translation>{0} förtroendeposter står utan innehavare.</translation>
    </message>
    <message>
        <source>{0} department will have no coordinator.</source>
        <translation>{0} förvaltning står utan samordnare.</translation>
    </message>
    <message>
        <source>{0} departments will have no coordinator.</source>
        <translation>{0} förvaltningar står utan samordnare.</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} och {1}</translation>
    </message>
    <message>
        <source>{0} more</source>
        <translation>ytterligare {0}</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Change log</source>
        <translation>Ändringslogg</translation>
    </message>
    <message>
        <source>History of this %1</source>
        <translation>Historik för posten (%1)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Someone else changed this record after you opened it. Reload it to see their version, or save again to overwrite it.</source>
        <translation>Någon annan har ändrat posten sedan du öppnade den. Läs in den igen för att se den versionen, eller spara igen för att skriva över den.</translation>
    </message>
    <message>
        <source>The record no longer exists; someone may have deleted it. Refresh the view.</source>
        <translation>Posten finns inte längre; någon kan ha tagit bort den. Uppdatera vyn.</translation>
    </message>
    <message>
        <source>The file is open in another program or you may not write there: {0}</source>
        <translation>Filen är öppen i ett annat program, eller så saknar du behörighet att skriva där: {0}</translation>
    </message>
    <message>
        <source>The file could not be written or read: {0}</source>
        <translation>Filen kunde inte skrivas eller läsas: {0}</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect.</source>
        <translation>Något oväntat gick fel i programmet.</translation>
    </message>
    <message>
        <source>Membership Register</source>
        <translation>Medlemskapsregistret</translation>
    </message>
    <message>
        <source>The details are in the log file:
{0}</source>
        <translation>Detaljerna finns i loggfilen:
{0}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>Mappen {folder} finns inte. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>You may not write to the folder {folder}, so {name} was not saved. Choose another folder, for example your Documents folder.</source>
        <translation>Du har inte behörighet att skriva i mappen {folder}, så {name} sparades inte. Välj en annan mapp, till exempel mappen Dokument.</translation>
    </message>
    <message>
        <source>{path} could not be replaced: it is open in another program (Excel?) or write-protected. Close it and export again, or choose another file name.</source>
        <translation>{path} kunde inte ersättas: filen är öppen i ett annat program (Excel?) eller skrivskyddad. Stäng den och exportera igen, eller välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} was not saved. Free some space or choose another folder.</source>
        <translation>Disken är full, så {path} sparades inte. Frigör utrymme eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>{path} kunde inte skrivas: {reason}.</translation>
    </message>
    <message>
        <source>{name} does not end in .xlsx; Excel workbooks do.</source>
        <translation>{name} slutar inte på .xlsx, som Excel-arbetsböcker gör.</translation>
    </message>
    <message>
        <source>{path} is a folder; name the workbook to write.</source>
        <translation>{path} är en mapp; ange namnet på arbetsboken som ska skrivas.</translation>
    </message>
    <message>
        <source>Participating departments</source>
        <translation>Deltagande förvaltningar</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Huvudkontakt</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>Övriga kontakter</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Fee in SEK</source>
        <translation>Avgift i kr</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Startår</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Slutår</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notice period (months)</source>
        <translation>Uppsägningstid (månader)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Latest rating</source>
        <translation>Senaste betyg</translation>
    </message>
    <message>
        <source>Latest recommendation</source>
        <translation>Senaste rekommendation</translation>
    </message>
    <message>
        <source>Assessed in</source>
        <translation>Bedömt år</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Medlemskap</translation>
    </message>
    <message>
        <source>Departments taking part</source>
        <translation>Deltagande förvaltningar och bolag</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Responsible for</source>
        <translation>Ansvarar för</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Coordinator&apos;s e-mail</source>
        <translation>Samordnarens e-post</translation>
    </message>
    <message>
        <source>International strategy adopted</source>
        <translation>Internationell strategi antagen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Arbetar på</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Innehas av</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Mervärde</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Deltagit i möten</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Arbetsgrupper</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Förtroendeposter</translation>
    </message>
    <message>
        <source>Other costs in SEK</source>
        <translation>Övriga kostnader i kr</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Bedömd av</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Bedömd den</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Rate to SEK</source>
        <translation>Kurs mot SEK</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändra</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Förvaltningar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Positions of trust</source>
        <translation>Förtroendeposter</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matris</translation>
    </message>
    <message>
        <source>Fees by year</source>
        <translation>Avgifter per år</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Bedömningar</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Växelkurser</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Förkortning</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Ansvarig förvaltning</translation>
    </message>
    <message>
        <source>Fees in SEK</source>
        <translation>Avgifter i kr</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Medlem sedan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Total fees in SEK</source>
        <translation>Avgifter totalt i kr</translation>
    </message>
    <message>
        <source>Membership register {year}</source>
        <translation>Medlemskapsregister {year}</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Joined since {year}</source>
        <translation>Tillkomna sedan {year}</translation>
    </message>
    <message>
        <source>Left since {year}</source>
        <translation>Avslutade sedan {year}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>No exchange rate for {currencies}: those fees are left out.</source>
        <translation>Växelkurs saknas för {currencies}: de avgifterna är inte medräknade.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <source>Memberships {year}</source>
        <translation>Medlemskap {year}</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Läser registret…</translation>
    </message>
    <message>
        <source>Writing {sheet}…</source>
        <translation>Skriver {sheet}…</translation>
    </message>
    <message>
        <source>Saving the workbook…</source>
        <translation>Sparar arbetsboken…</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Visa mappen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>fees</name>
    <message>
        <source>&apos;{0}&apos; is not an amount; write it like 12 500,50.</source>
        <translation>&apos;{0}&apos; är inget belopp; skriv till exempel 12 500,50.</translation>
    </message>
    <message>
        <source>Enter the fee of {0}.</source>
        <translation>Ange avgiften för {0}.</translation>
    </message>
    <message>
        <source>A fee cannot be negative.</source>
        <translation>En avgift kan inte vara negativ.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>In SEK</source>
        <translation>I kronor</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>kurs saknas</translation>
    </message>
    <message>
        <source>No exchange rate for {0} is on record.</source>
        <translation>Det finns ingen växelkurs för {0}.</translation>
    </message>
    <message>
        <source>1 {0} = {1} SEK</source>
        <translation>1 {0} = {1} kr</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>The spreadsheet has {count} problem(s), so nothing was imported. Correct them in the spreadsheet or in the column mapping and try again.</source>
        <translation>Kalkylbladet har {count} fel, så ingenting importerades. Rätta dem i kalkylbladet eller i kolumnmatchningen och försök igen.</translation>
    </message>
    <message>
        <source>The register changed while the import was being written ({detail}); nothing was imported. Look at the preview again and import once more.</source>
        <translation>Registret ändrades medan importen skrevs ({detail}); ingenting importerades. Titta på förhandsvisningen igen och importera en gång till.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the acronym of several organisations ({names}); write the full name.</source>
        <translation>&apos;{name}&apos; är förkortningen för flera organisationer ({names}); skriv hela namnet.</translation>
    </message>
    <message>
        <source>There is no membership of {organisation} held by {department} in the Memberships sheet or the register.</source>
        <translation>Det finns inget medlemskap i {organisation} för {department}, varken i bladet Medlemskap eller i registret.</translation>
    </message>
    <message>
        <source>The register&apos;s rate for {currency} {year} ({known}) is kept.</source>
        <translation>Registrets kurs för {currency} {year} ({known}) behålls.</translation>
    </message>
    <message>
        <source>The register&apos;s own assessment of this membership for {year} is kept.</source>
        <translation>Registrets egen bedömning av medlemskapet för {year} behålls.</translation>
    </message>
    <message>
        <source>The register has no exchange rate for {currency}: totals in SEK leave those fees out until a rate is entered.</source>
        <translation>Registret har ingen växelkurs för {currency}: summor i kronor räknar inte med de avgifterna förrän en kurs har lagts in.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Ansvarig förvaltning</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Förkortning</translation>
    </message>
    <message>
        <source>Kind (organisation or network)</source>
        <translation>Typ (organisation eller nätverk)</translation>
    </message>
    <message>
        <source>Network? (yes/no)</source>
        <translation>Nätverk? (ja/nej)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Participating departments</source>
        <translation>Deltagande förvaltningar</translation>
    </message>
    <message>
        <source>Contact persons (first = primary)</source>
        <translation>Kontaktpersoner (den första = huvudkontakt)</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Huvudkontakt</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>Övriga kontakter</translation>
    </message>
    <message>
        <source>E-mail of the primary contact</source>
        <translation>Huvudkontaktens e-post</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Fee in SEK (used when there is no fee column)</source>
        <translation>Avgift i kr (används när det inte finns någon avgiftskolumn)</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Startår</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Slutår</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notice period (months)</source>
        <translation>Uppsägningstid (månader)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Position of trust</source>
        <translation>Förtroendepost</translation>
    </message>
    <message>
        <source>Added value (assessment of the year)</source>
        <translation>Mervärde (årets bedömning)</translation>
    </message>
    <message>
        <source>The year of the register in {name} could not be found in its titles or name. Give the year the list is for.</source>
        <translation>Registrets år kunde inte utläsas ur rubrikerna eller namnet i {name}. Ange vilket år förteckningen gäller.</translation>
    </message>
    <message>
        <source>No header row naming the organisation and the department was found: the sheet is not read.</source>
        <translation>Ingen rubrikrad med organisation och förvaltning hittades: bladet läses inte.</translation>
    </message>
    <message>
        <source>Computed from the other sheets: not read.</source>
        <translation>Beräknas från de andra bladen: läses inte.</translation>
    </message>
    <message>
        <source>No sheet has a header row naming the organisation and the responsible department. Choose the columns in the mapping, or check that this is a list of memberships.</source>
        <translation>Inget blad har en rubrikrad med organisation och ansvarig förvaltning. Välj kolumnerna i matchningen, eller kontrollera att detta är en förteckning över medlemskap.</translation>
    </message>
    <message>
        <source>No column is marked as &apos;{field}&apos;; choose the column that holds it.</source>
        <translation>Ingen kolumn är markerad som &apos;{field}&apos;; välj den kolumn som innehåller uppgiften.</translation>
    </message>
    <message>
        <source>There are no rows below the header.</source>
        <translation>Det finns inga rader under rubrikraden.</translation>
    </message>
    <message>
        <source>A total row (&apos;{text}&apos;): left out.</source>
        <translation>En summarad (&apos;{text}&apos;): utelämnad.</translation>
    </message>
    <message>
        <source>No responsible department is given.</source>
        <translation>Ingen ansvarig förvaltning anges.</translation>
    </message>
    <message>
        <source>The same membership as row {row}: the two rows are merged.</source>
        <translation>Samma medlemskap som rad {row}: de två raderna slås ihop.</translation>
    </message>
    <message>
        <source>No organisation named: a heading, note or total, left out.</source>
        <translation>Ingen organisation angiven: en rubrik, anteckning eller summa, utelämnad.</translation>
    </message>
    <message>
        <source>The row gives no organisation name.</source>
        <translation>Raden anger inget organisationsnamn.</translation>
    </message>
    <message>
        <source>The amount is in {marked} but the currency column says {code}.</source>
        <translation>Beloppet är i {marked} men valutakolumnen säger {code}.</translation>
    </message>
    <message>
        <source>No currency is given: read as SEK.</source>
        <translation>Ingen valuta anges: läses som SEK.</translation>
    </message>
    <message>
        <source>The row gives no {what}.</source>
        <translation>Raden saknar {what}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a year.</source>
        <translation>&apos;{value}&apos; är inget årtal.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>&apos;{value}&apos; är inte ett heltal.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount.</source>
        <translation>&apos;{value}&apos; är inget belopp.</translation>
    </message>
    <message>
        <source>The cell holds a formula without a computed value: open the workbook in Excel, save it and import it again.</source>
        <translation>Cellen innehåller en formel utan beräknat värde: öppna arbetsboken i Excel, spara den och importera den igen.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; could mean {whole} or a decimal number (the mark may group thousands or mark decimals): write {whole} or {grouped}.</source>
        <translation>&apos;{value}&apos; kan betyda {whole} eller ett decimaltal (tecknet kan skilja tusental eller decimaler): skriv {whole} eller {grouped}.</translation>
    </message>
    <message>
        <source>{value} cannot be kept exactly: the register keeps at most {decimals} decimals here.</source>
        <translation>{value} kan inte sparas exakt: registret sparar högst {decimals} decimaler här.</translation>
    </message>
    <message>
        <source>{value} is too large: the register keeps numbers below {limit} here.</source>
        <translation>{value} är för stort: registret sparar tal under {limit} här.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (write it as 2007-12-19).</source>
        <translation>&apos;{value}&apos; är inget datum (skriv det som 2007-12-19).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the values this column takes.</source>
        <translation>&apos;{value}&apos; är inte ett av värdena som kolumnen tar.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither yes nor no.</source>
        <translation>&apos;{value}&apos; är varken ja eller nej.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a currency (write SEK, EUR, ...).</source>
        <translation>&apos;{value}&apos; är ingen valuta (skriv SEK, EUR, ...).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: included in another fee, so no fee of its own.</source>
        <translation>&apos;{value}&apos;: ingår i en annan avgift, alltså ingen egen avgift.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; read as no fee.</source>
        <translation>&apos;{value}&apos; läses som ingen avgift.</translation>
    </message>
    <message>
        <source>Organisations and networks</source>
        <translation>Organisationer och nätverk</translation>
    </message>
    <message>
        <source>Departments and companies</source>
        <translation>Förvaltningar och bolag</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Medlemskap</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Växelkurser</translation>
    </message>
    <message>
        <source>{name}: the register of {year}</source>
        <translation>{name}: registret för {year}</translation>
    </message>
    <message>
        <source>(the year from &apos;{where}&apos;)</source>
        <translation>(året från &apos;{where}&apos;)</translation>
    </message>
    <message>
        <source>{what}: {create} new, {update} updated, {same} already there</source>
        <translation>{what}: {create} nya, {update} uppdaterade, {same} fanns redan</translation>
    </message>
    <message>
        <source>Fees of {year}: {count} ({totals})</source>
        <translation>Avgifter {year}: {count} ({totals})</translation>
    </message>
    <message>
        <source>Problems ({count}); nothing is imported until they are put right:</source>
        <translation>Fel ({count}); ingenting importeras förrän de är rättade:</translation>
    </message>
    <message>
        <source>Left out ({count}):</source>
        <translation>Utelämnade ({count}):</translation>
    </message>
    <message>
        <source>Notes ({count}):</source>
        <translation>Anmärkningar ({count}):</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Inga fel.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;, row {row}, column {column} ({header})</source>
        <translation>Bladet &apos;{sheet}&apos;, rad {row}, kolumn {column} ({header})</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;, row {row}</source>
        <translation>Bladet &apos;{sheet}&apos;, rad {row}</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;</source>
        <translation>Bladet &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Det finns ingen fil {path}.</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}.</source>
        <translation>{path} kunde inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>{name} is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save a copy to import.</source>
        <translation>{name} är skyddad med lösenord. Öppna den i Excel, ta bort lösenordet (Arkiv &gt; Information &gt; Skydda arbetsbok) och spara en kopia att importera.</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97–2003 workbook (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx) to import it.</source>
        <translation>{name} är en gammal Excel 97–2003-arbetsbok (.xls). Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx) för att importera den.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx). If it is a CSV or another kind of spreadsheet, open it in Excel and save it as an Excel Workbook (.xlsx).</source>
        <translation>{name} är ingen Excel-arbetsbok (.xlsx). Om det är en CSV-fil eller ett annat slags kalkylblad, öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet (.ods), not an Excel workbook. Open it in LibreOffice Calc or Excel and save it as an Excel Workbook (.xlsx) to import it.</source>
        <translation>{name} är ett OpenDocument-kalkylark (.ods), inte en Excel-arbetsbok. Öppna det i LibreOffice Calc eller Excel och spara det som Excel-arbetsbok (.xlsx) för att importera det.</translation>
    </message>
    <message>
        <source>{name} is damaged: it could not be read as an Excel workbook ({reason}). Open it in Excel to repair it, or import another copy.</source>
        <translation>{name} är skadad: den kunde inte läsas som Excel-arbetsbok ({reason}). Öppna den i Excel för att reparera den, eller importera en annan kopia.</translation>
    </message>
    <message>
        <source>{name} has no sheets with any cells filled in.</source>
        <translation>{name} har inga blad med ifyllda celler.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <source>{name} cannot be imported, so neither can this row.</source>
        <translation>{name} kan inte importeras, och därför inte heller den här raden.</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>Membership Register</source>
        <translation>Medlemskapsregistret</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>&amp;Följ systemet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The new language is used the next time you start the program.</source>
        <translation>Det nya språket används nästa gång du startar programmet.</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
</context>
<context>
    <name>minutes</name>
    <message>
        <source>Review of the memberships {year}</source>
        <translation>Översyn av medlemskapen {year}</translation>
    </message>
    <message>
        <source>Closed on {when}</source>
        <translation>Avslutad {when}</translation>
    </message>
    <message>
        <source>Open: a draft, decisions may still change</source>
        <translation>Öppen: ett utkast, besluten kan fortfarande ändras</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fees saved a year (SEK)</source>
        <translation>Sparade avgifter per år (kr)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Medlemskap</translation>
    </message>
    <message>
        <source>Departments and companies taking part</source>
        <translation>Deltagande förvaltningar och bolag</translation>
    </message>
    <message>
        <source>Positions of trust</source>
        <translation>Förtroendeposter</translation>
    </message>
    <message>
        <source>Membership fees (SEK)</source>
        <translation>Medlemsavgifter (kr)</translation>
    </message>
    <message>
        <source>As frozen when the review was closed.</source>
        <translation>Som siffrorna låstes när översynen avslutades.</translation>
    </message>
    <message>
        <source>As of today.</source>
        <translation>Per i dag.</translation>
    </message>
    <message>
        <source>The register of {year}</source>
        <translation>Registret {year}</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Ansvarig förvaltning</translation>
    </message>
    <message>
        <source>Fee (SEK)</source>
        <translation>Avgift (kr)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Rekommenderat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>decided by {who}</source>
        <translation>beslutat av {who}</translation>
    </message>
    <message>
        <source>Reopened on {when} by {who}: {reason}</source>
        <translation>Öppnad igen {when} av {who}: {reason}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <source>Review {year}</source>
        <translation>Översyn {year}</translation>
    </message>
    <message>
        <source>Decisions {year}</source>
        <translation>Beslut {year}</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Avslutad</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>No backup made today</source>
        <translation>Ingen säkerhetskopia i dag</translation>
    </message>
    <message>
        <source>The register is open, but today&apos;s backup could not be made:</source>
        <translation>Registret är öppet, men dagens säkerhetskopia kunde inte göras:</translation>
    </message>
    <message>
        <source>A register on a network share</source>
        <translation>Ett register på en nätverksresurs</translation>
    </message>
    <message>
        <source>Open it anyway only if nobody else uses this file while you work with it.</source>
        <translation>Öppna det ändå bara om ingen annan använder filen medan du arbetar med den.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Öppna ändå</translation>
    </message>
    <message>
        <source>The register is damaged</source>
        <translation>Registret är skadat</translation>
    </message>
    <message>
        <source>Restoring keeps a copy of the damaged file in the backup folder:
{0}</source>
        <translation>Vid återställningen sparas en kopia av den skadade filen i mappen för säkerhetskopior:
{0}</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Återställ säkerhetskopian</translation>
    </message>
    <message>
        <source>Cannot open the register</source>
        <translation>Registret kan inte öppnas</translation>
    </message>
    <message>
        <source>The register could not be opened:</source>
        <translation>Registret kunde inte öppnas:</translation>
    </message>
    <message>
        <source>Another program or a colleague is using the database right now. Wait a moment and start the program again; if it stays locked, close other copies of Membership Register that have it open.</source>
        <translation>Ett annat program eller en kollega använder databasen just nu. Vänta en stund och starta programmet igen. Om den fortfarande är låst, stäng andra fönster med Medlemskapsregistret som har den öppen.</translation>
    </message>
    <message>
        <source>Check that the folder or network drive is reachable, or start the program with --db and the path of the register.</source>
        <translation>Kontrollera att mappen eller nätverksenheten går att nå, eller starta programmet med --db och sökvägen till registret.</translation>
    </message>
    <message>
        <source>Check that you may write to the file and its folder.</source>
        <translation>Kontrollera att du har behörighet att skriva till filen och dess mapp.</translation>
    </message>
    <message>
        <source>Check that the file is a Membership Register database and that its folder or server can be reached. The details are in the log file.</source>
        <translation>Kontrollera att filen är en databas för Medlemskapsregistret och att dess mapp eller server går att nå. Detaljerna finns i loggfilen.</translation>
    </message>
    <message>
        <source>Password for the database server</source>
        <translation>Lösenord till databasservern</translation>
    </message>
    <message>
        <source>Password of {0}:</source>
        <translation>Lösenord för {0}:</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <source>{0} — responsible</source>
        <translation>{0} – ansvarig</translation>
    </message>
</context>
<context>
    <name>positions</name>
    <message>
        <source>Enter the position&apos;s title.</source>
        <translation>Ange postens benämning.</translation>
    </message>
    <message>
        <source>It ends before it begins.</source>
        <translation>Den slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Innehas av</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <source>Membership Register</source>
        <translation>Medlemskapsregistret</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Vill du förkasta ändringarna?</translation>
    </message>
    <message>
        <source>You have changed this record without saving.</source>
        <translation>Du har ändrat posten utan att spara.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Förkasta</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Fortsätt &amp;redigera</translation>
    </message>
    <message>
        <source>Someone else has changed {0} since you opened it.</source>
        <translation>Någon annan har ändrat {0} sedan du öppnade den.</translation>
    </message>
    <message>
        <source>Reload shows their version and discards your changes. Overwrite saves your version on top of theirs, replacing their changes.</source>
        <translation>Läs in igen visar den andra versionen och förkastar dina ändringar. Skriv över sparar din version i stället och ersätter den andras ändringar.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Skriv över</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Din version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Den andras version</translation>
    </message>
    <message>
        <source>Someone else has deleted {0} since you opened it.</source>
        <translation>Någon annan har tagit bort {0} sedan du öppnade den.</translation>
    </message>
    <message>
        <source>Your changes can be saved as a new record, or closed without saving.</source>
        <translation>Du kan spara dina ändringar som en ny post, eller stänga utan att spara.</translation>
    </message>
    <message>
        <source>Save as &amp;new</source>
        <translation>Spara som &amp;ny</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>S&amp;täng utan att spara</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>{0} (has left)</source>
        <translation>{0} (har slutat)</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Memberships per year</source>
        <translation>Medlemskap per år</translation>
    </message>
    <message>
        <source>Membership fees per year, SEK</source>
        <translation>Medlemsavgifter per år, kr</translation>
    </message>
    <message>
        <source>Other departments ({count})</source>
        <translation>Övriga förvaltningar och bolag ({count})</translation>
    </message>
    <message>
        <source>Membership fees by responsible department {year}, SEK</source>
        <translation>Medlemsavgifter per ansvarig förvaltning {year}, kr</translation>
    </message>
    <message>
        <source>International memberships {year}</source>
        <translation>Internationella medlemskap {year}</translation>
    </message>
    <message>
        <source>The city&apos;s memberships in international organisations and networks {year}</source>
        <translation>Stadens medlemskap i internationella organisationer och nätverk {year}</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>Hoppa till innehållet</translation>
    </message>
    <message>
        <source>Every membership the city&apos;s departments and companies held in {year}, what they cost and who takes part. Taken from the membership register on {date}.</source>
        <translation>Alla medlemskap som stadens förvaltningar och bolag hade {year}, vad de kostade och vilka som deltar. Hämtat ur medlemskapsregistret den {date}.</translation>
    </message>
    <message>
        <source>Example data: the organisations are real, but fees, people and assessments are made up.</source>
        <translation>Exempeldata: organisationerna finns på riktigt, men avgifter, personer och bedömningar är påhittade.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Fees in {currencies} are left out: no exchange rate is on record.</source>
        <translation>Avgifter i {currencies} är inte medräknade: växelkurs saknas.</translation>
    </message>
    <message>
        <source>The register holds no memberships for {year} to compare with.</source>
        <translation>Registret har inga medlemskap för {year} att jämföra med.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Medlemskap</translation>
    </message>
    <message>
        <source>Departments and companies taking part</source>
        <translation>Deltagande förvaltningar och bolag</translation>
    </message>
    <message>
        <source>Positions of trust</source>
        <translation>Förtroendeposter</translation>
    </message>
    <message>
        <source>Membership fees, SEK</source>
        <translation>Medlemsavgifter, kr</translation>
    </message>
    <message>
        <source>{change} since {year}</source>
        <translation>{change} sedan {year}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Key figures {year} against {previous}</source>
        <translation>Nyckeltal {year} jämfört med {previous}</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Memberships and fees per year</source>
        <translation>Medlemskap och avgifter per år</translation>
    </message>
    <message>
        <source>Made with Membership Register {version} on {date}.</source>
        <translation>Framställd med Medlemskapsregistret {version} den {date}.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Memberships by department and company</source>
        <translation>Medlemskap per förvaltning och bolag</translation>
    </message>
    <message>
        <source>Who takes part where</source>
        <translation>Vem deltar var</translation>
    </message>
    <message>
        <source>Changes on the year before</source>
        <translation>Förändringar sedan föregående år</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>A</translation>
    </message>
    <message>
        <source>P</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Memberships {department} is responsible for in {year}</source>
        <translation>Medlemskap som {department} ansvarar för {year}</translation>
    </message>
    <message>
        <source>Organisation or network</source>
        <translation>Organisation eller nätverk</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Also taking part</source>
        <translation>Deltar också</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>Fee, SEK</source>
        <translation>Avgift, kr</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Department or company</source>
        <translation>Förvaltning eller bolag</translation>
    </message>
    <message>
        <source>Responsible for</source>
        <translation>Ansvarar för</translation>
    </message>
    <message>
        <source>Taking part in</source>
        <translation>Deltar i</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Organisations and networks each department and company takes part in, {year}</source>
        <translation>Organisationer och nätverk som varje förvaltning och bolag deltar i, {year}</translation>
    </message>
    <message>
        <source>R: responsible for the membership. P: takes part in it.</source>
        <translation>A: ansvarar för medlemskapet. D: deltar i det.</translation>
    </message>
    <message>
        <source>Departments and companies in each organisation, {year}</source>
        <translation>Förvaltningar och bolag i varje organisation, {year}</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Innehas av</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Positions of trust the city holds in {year}</source>
        <translation>Förtroendeposter som staden innehar {year}</translation>
    </message>
    <message>
        <source>{joined} memberships were new in {year} and {left} ended in {previous}.</source>
        <translation>{joined} medlemskap tillkom {year} och {left} upphörde {previous}.</translation>
    </message>
    <message>
        <source>New memberships in {year}</source>
        <translation>Nya medlemskap {year}</translation>
    </message>
    <message>
        <source>Memberships that ended in {year}</source>
        <translation>Medlemskap som upphörde {year}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Ansvarig förvaltning</translation>
    </message>
    <message>
        <source>Fees {year}, SEK</source>
        <translation>Avgifter {year}, kr</translation>
    </message>
    <message>
        <source>Change, SEK</source>
        <translation>Förändring, kr</translation>
    </message>
    <message>
        <source>Memberships and fees by responsible department, {previous} and {year}</source>
        <translation>Medlemskap och avgifter per ansvarig förvaltning, {previous} och {year}</translation>
    </message>
    <message>
        <source>{amount} SEK</source>
        <translation>{amount} kr</translation>
    </message>
</context>
<context>
    <name>report_pdf</name>
    <message>
        <source>The PDF could not be written to {0}.</source>
        <translation>PDF-filen kunde inte skrivas till {0}.</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Skrivaren kunde inte användas.</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Cost (SEK)</source>
        <translation>Kostnad (kr)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>The year&apos;s fee and other costs (travel and the like), in SEK</source>
        <translation>Årets avgift och övriga kostnader (resor och liknande), i kronor</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Inte beslutat än</translation>
    </message>
    <message>
        <source>Recommendation: {0}</source>
        <translation>Rekommendation: {0}</translation>
    </message>
    <message>
        <source>Decision: {0}</source>
        <translation>Beslut: {0}</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Memberships</source>
        <translation>Medlemskap</translation>
    </message>
    <message>
        <source>Organisations and networks</source>
        <translation>Organisationer och nätverk</translation>
    </message>
    <message>
        <source>Departments and companies</source>
        <translation>Förvaltningar och bolag</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matris</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Översyn</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>European</source>
        <translation>Europeisk</translation>
    </message>
    <message>
        <source>Nordic</source>
        <translation>Nordisk</translation>
    </message>
    <message>
        <source>Baltic</source>
        <translation>Östersjön</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nationell</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>City-owned company</source>
        <translation>Kommunalt bolag</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under översyn</translation>
    </message>
    <message>
        <source>Notice given</source>
        <translation>Uppsagt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Huvudkontakt</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Övrig kontakt</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Säg upp</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändra</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Inte avgjort</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Inte bedömt</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Skjut upp</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Inte beslutat</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behålls</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sägs upp</translation>
    </message>
    <message>
        <source>To be changed</source>
        <translation>Ändras</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Skjuts upp</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>Ännu inte beslutat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Responsible member</source>
        <translation>Ansvarig medlem</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Holds a contact person only</source>
        <translation>Har endast kontaktperson</translation>
    </message>
    <message>
        <source>1 – little</source>
        <translation>1 – litet</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5 – very much</source>
        <translation>5 – mycket stort</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Inget betyg</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>Äldre</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Näringsliv</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Arbetsmarknad</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljö</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Styrning</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Bostäder</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Urban planning</source>
        <translation>Stadsplanering</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Hamnar</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Trygghet och säkerhet</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialtjänst</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Idrott</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>Turism</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Vatten</translation>
    </message>
</context>
</TS>
