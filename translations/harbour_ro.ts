<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>AdminPage</name>
    <message>
        <source>Kiosk settings</source>
        <translation type="unfinished">Setările chioșcului</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished">nesetat</translation>
    </message>
    <message>
        <source>For the organisation&apos;s staff. After a few wrong tries you have to wait before trying again, longer each time.</source>
        <translation type="unfinished">Pentru personalul organizației. După câteva încercări greșite trebuie să așteptați înainte de a încerca din nou, tot mai mult de fiecare dată.</translation>
    </message>
    <message>
        <source>Admin passphrase</source>
        <translation type="unfinished">Fraza de acces de administrator</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished">Se verifică fraza de acces…</translation>
    </message>
    <message>
        <source>Unlock the settings</source>
        <translation type="unfinished">Deblocați setările</translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation type="unfinished">Numele chioșcului</translation>
    </message>
    <message>
        <source>Default organisation</source>
        <translation type="unfinished">Organizația implicită</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation type="unfinished">Limbile oferite</translation>
    </message>
    <message>
        <source>all shipped languages</source>
        <translation type="unfinished">toate limbile disponibile</translation>
    </message>
    <message>
        <source>Warning after no input</source>
        <translation type="unfinished">Avertisment după inactivitate</translation>
    </message>
    <message>
        <source>Time to answer the warning</source>
        <translation type="unfinished">Timp pentru a răspunde la avertisment</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">Codul voluntarului</translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished">setat</translation>
    </message>
    <message>
        <source>To change these settings, use harbour-kiosk-setup and the kiosk&apos;s configuration file.</source>
        <translation type="unfinished">Pentru a schimba aceste setări, folosiți harbour-kiosk-setup și fișierul de configurare al chioșcului.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s signing key</source>
        <translation type="unfinished">Cheia de semnare a acestui chioșc</translation>
    </message>
    <message>
        <source>Reports from this kiosk are signed with this key. Register it with your organisation, and compare the fingerprint aloud.</source>
        <translation type="unfinished">Rapoartele de la acest chioșc sunt semnate cu această cheie. Înregistrați-o la organizația dvs. și comparați amprenta cu voce tare.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">Amprentă</translation>
    </message>
    <message>
        <source>This kiosk has no signing key, so its reports are not signed: %1</source>
        <translation type="unfinished">Acest chioșc nu are cheie de semnare, deci rapoartele lui nu sunt semnate: %1</translation>
    </message>
    <message>
        <source>Lock the settings</source>
        <translation type="unfinished">Blocați setările</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n secundă</numerusform>
            <numerusform>%n secunde</numerusform>
            <numerusform>%n de secunde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackLink</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">Înapoi</translation>
    </message>
</context>
<context>
    <name>ChangeLink</name>
    <message>
        <source>Change</source>
        <translation type="unfinished">Schimbați</translation>
    </message>
</context>
<context>
    <name>CheckAnswersPage</name>
    <message>
        <source>Check your answers before sending your report</source>
        <translation type="unfinished">Verificați răspunsurile înainte de a trimite raportul</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. If you are in danger now, call 999.</source>
        <translation type="unfinished">Raportul dumneavoastră va fi marcat ca urgent. Dacă sunteți în pericol acum, sunați la 999.</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation type="unfinished">Necompletat</translation>
    </message>
    <message>
        <source>Change your answer to: %1</source>
        <translation type="unfinished">Schimbați răspunsul la: %1</translation>
    </message>
    <message>
        <source>Now send your report</source>
        <translation type="unfinished">Acum trimiteți raportul</translation>
    </message>
    <message>
        <source>Your report is locked on this device so that only %1 can read it. If there is no internet now, it will be sent when there is.</source>
        <translation type="unfinished">Raportul dumneavoastră este protejat pe acest dispozitiv, astfel încât nimeni în afară de %1 să nu-l poată citi. Dacă acum nu există internet, va fi trimis când va exista.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">Trimiteți raportul</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished">Răspunsul dumneavoastră: %1</translation>
    </message>
    <message>
        <source>Here is everything you told us.</source>
        <translation type="unfinished">Aici este tot ce ne-ați spus.</translation>
    </message>
    <message>
        <source>Press Change to fix an answer.</source>
        <translation type="unfinished">Apăsați Schimbați pentru a corecta un răspuns.</translation>
    </message>
    <message>
        <source>When it is right, send your report.</source>
        <translation type="unfinished">Când totul este corect, trimiteți raportul.</translation>
    </message>
    <message>
        <source>Who gets your report</source>
        <translation type="unfinished">Cine primește raportul dumneavoastră</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished">Neales</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">Poliția</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">O organizație de sprijin</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">Și poliția, și o organizație de sprijin</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">Doar să fie înregistrat: nu vreau să se ia nicio măsură</translation>
    </message>
    <message>
        <source>No organisation chosen yet: choose one before sending</source>
        <translation type="unfinished">Nu ați ales încă o organizație: alegeți una înainte de a trimite</translation>
    </message>
    <message>
        <source>Can they contact you?</source>
        <translation type="unfinished">Vă pot contacta?</translation>
    </message>
    <message>
        <source>Yes. Only %1 may contact you.</source>
        <translation type="unfinished">Da. Nimeni în afară de %1 nu vă poate contacta.</translation>
    </message>
    <message>
        <source>Yes, but you have not ticked who may contact you</source>
        <translation type="unfinished">Da, dar nu ați bifat cine vă poate contacta</translation>
    </message>
    <message>
        <source>No, keep me anonymous.</source>
        <translation type="unfinished">Nu, vreau să-mi păstrez anonimatul.</translation>
    </message>
    <message>
        <source>No, keep me anonymous. They cannot reply to you, unless you ask for a follow-up code here.</source>
        <translation type="unfinished">Nu, vreau să-mi păstrez anonimatul. Nu vă pot răspunde, decât dacă cereți aici un cod de urmărire.</translation>
    </message>
    <message>
        <source>You will get a follow-up code to read their replies.</source>
        <translation type="unfinished">Veți primi un cod de urmărire ca să citiți răspunsurile lor.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished">Răspunsurile dumneavoastră</translation>
    </message>
</context>
<context>
    <name>ChoiceAnswer</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished">%1, %2</translation>
    </message>
</context>
<context>
    <name>ChosenOrganisations</name>
    <message>
        <source>To contact them, use one of these and give them your reference number:</source>
        <translation type="unfinished">Pentru a-i contacta, folosiți una dintre aceste variante și dați-le numărul de referință:</translation>
    </message>
</context>
<context>
    <name>CodeCard</name>
    <message>
        <source>Harbour code</source>
        <translation type="unfinished">Cod Harbour</translation>
    </message>
    <message>
        <source>Your code is %1</source>
        <translation type="unfinished">Codul tău este %1</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Report sent</source>
        <translation type="unfinished">Raport trimis</translation>
    </message>
    <message>
        <source>Report saved and waiting to send</source>
        <translation type="unfinished">Raportul a fost salvat și așteaptă să fie trimis</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation type="unfinished">Numărul dumneavoastră de referință</translation>
    </message>
    <message>
        <source>Your reference number is %1</source>
        <translation type="unfinished">Numărul dumneavoastră de referință este %1</translation>
    </message>
    <message>
        <source>%1 has received your report.</source>
        <translation type="unfinished">Raportul dumneavoastră a ajuns la %1.</translation>
    </message>
    <message>
        <source>There is no connection to %1 yet. Harbour will keep trying and send it when it can. Your report is locked so only they can read it.</source>
        <translation type="unfinished">Încă nu există conexiune cu %1. Harbour va încerca în continuare și îl va trimite când va putea. Raportul este protejat, astfel încât numai ei îl pot citi.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished">Ce urmează</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. If you gave contact details, the organisation may contact you. If you did not, they cannot.</source>
        <translation type="unfinished">Notați numărul de referință sau păstrați-l într-un loc sigur. Dacă ați dat date de contact, organizația vă poate contacta. Dacă nu le-ați dat, nu vă poate contacta.</translation>
    </message>
    <message>
        <source>You asked for your report only to be recorded. We have asked them not to take any action.</source>
        <translation type="unfinished">Ați cerut ca raportul să fie doar înregistrat. Le-am cerut să nu ia nicio măsură.</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999.</source>
        <translation type="unfinished">Dacă sunteți în pericol acum, sunați la 999.</translation>
    </message>
    <message>
        <source>Support and other ways to get help</source>
        <translation type="unfinished">Sprijin și alte moduri de a primi ajutor</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Terminați</translation>
    </message>
    <message>
        <source>Finish and clear this report from the screen</source>
        <translation type="unfinished">Terminați și ștergeți acest raport de pe ecran</translation>
    </message>
    <message>
        <source>%1 has your report now.</source>
        <translation type="unfinished">Raportul dumneavoastră a ajuns la %1.</translation>
    </message>
    <message>
        <source>Your report is saved. Harbour will send it when it can.</source>
        <translation type="unfinished">Raportul este salvat. Harbour îl va trimite când va putea.</translation>
    </message>
    <message>
        <source>Your report is locked. Only %1 can read it.</source>
        <translation type="unfinished">Raportul este protejat. Nimeni în afară de %1 nu-l poate citi.</translation>
    </message>
    <message>
        <source>Write down your reference number. Keep it somewhere safe.</source>
        <translation type="unfinished">Notați numărul de referință. Păstrați-l într-un loc sigur.</translation>
    </message>
    <message>
        <source>If you gave your phone number or email, they may contact you.</source>
        <translation type="unfinished">Dacă ați dat numărul de telefon sau e-mailul, s-ar putea să vă contacteze.</translation>
    </message>
    <message>
        <source>You asked them only to record it. They will not take action.</source>
        <translation type="unfinished">Le-ați cerut doar să-l înregistreze. Nu vor lua nicio măsură.</translation>
    </message>
    <message>
        <source>Your report was not sent</source>
        <translation type="unfinished">Raportul tău nu a fost trimis</translation>
    </message>
    <message>
        <source>%1 did not accept your report, so Harbour has stopped sending it. Please use one of the other ways to report below.</source>
        <translation type="unfinished">%1 nu a acceptat raportul tău, așa că Harbour a încetat să îl mai trimită. Te rugăm să folosești unul dintre celelalte moduri de raportare de mai jos.</translation>
    </message>
    <message numerus="yes">
        <source>Harbour could not send your report to %1 in %n day(s), so it has stopped trying. Please use one of the other ways to report below, or try again.</source>
        <translation type="unfinished">
            <numerusform>Harbour nu a putut trimite raportul tău către %1 în %n zile, așa că a încetat să mai încerce. Te rugăm să folosești unul dintre celelalte moduri de raportare de mai jos sau încearcă din nou.</numerusform>
            <numerusform>Harbour nu a putut trimite raportul tău către %1 în %n zile, așa că a încetat să mai încerce. Te rugăm să folosești unul dintre celelalte moduri de raportare de mai jos sau încearcă din nou.</numerusform>
            <numerusform>Harbour nu a putut trimite raportul tău către %1 în %n zile, așa că a încetat să mai încerce. Te rugăm să folosești unul dintre celelalte moduri de raportare de mai jos sau încearcă din nou.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation type="unfinished">Încearcă din nou să trimiți</translation>
    </message>
    <message>
        <source>Your report was not sent. Please report another way.</source>
        <translation type="unfinished">Raportul tău nu a fost trimis. Te rugăm să raportezi în alt mod.</translation>
    </message>
    <message>
        <source>Harbour cannot reach Tor on this device. Your report is waiting here and will be sent through Tor once Tor is running. It will not be sent any other way.</source>
        <translation type="unfinished">Harbour nu poate ajunge la Tor pe acest dispozitiv. Raportul tău așteaptă aici și va fi trimis prin Tor după ce Tor pornește. Nu va fi trimis în niciun alt mod.</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. The organisation can reply to you through Harbour: to read replies, choose &quot;I have a follow-up code&quot; on the first page and type your code.</source>
        <translation type="unfinished">Notează numărul de referință sau păstrează-l într-un loc sigur. Organizația îți poate răspunde prin Harbour: pentru a citi răspunsurile, alege „Am un cod de urmărire” pe prima pagină și tastează codul.</translation>
    </message>
    <message>
        <source>Write down your follow-up code. With it you can read their replies in Harbour.</source>
        <translation type="unfinished">Notează codul de urmărire. Cu el poți citi răspunsurile lor în Harbour.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Închide</translation>
    </message>
    <message>
        <source>Close the code</source>
        <translation type="unfinished">Închide codul</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Can we contact you?</source>
        <translation type="unfinished">Vă putem contacta?</translation>
    </message>
    <message>
        <source>You can stay anonymous. If you let an organisation contact you, it can tell you what happens next and offer you support.</source>
        <translation type="unfinished">Vă puteți păstra anonimatul. Dacă lăsați o organizație să vă contacteze, vă poate spune ce urmează și vă poate oferi sprijin.</translation>
    </message>
    <message>
        <source>No, keep me anonymous</source>
        <translation type="unfinished">Nu, vreau să-mi păstrez anonimatul</translation>
    </message>
    <message>
        <source>Yes, you can contact me</source>
        <translation type="unfinished">Da, mă puteți contacta</translation>
    </message>
    <message>
        <source>Who may contact you?</source>
        <translation type="unfinished">Cine vă poate contacta?</translation>
    </message>
    <message>
        <source>Only the organisations you tick here get your contact details. The others get your report without them.</source>
        <translation type="unfinished">Numai organizațiile pe care le bifați aici primesc datele dumneavoastră de contact. Celelalte primesc raportul fără ele.</translation>
    </message>
    <message>
        <source>How can they contact you?</source>
        <translation type="unfinished">Cum vă pot contacta?</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished">Prin telefon</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Număr de telefon</translation>
    </message>
    <message>
        <source>For example, 07700 900 982</source>
        <translation type="unfinished">De exemplu, 07700 900 982</translation>
    </message>
    <message>
        <source>By email</source>
        <translation type="unfinished">Prin e-mail</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">Adresă de e-mail</translation>
    </message>
    <message>
        <source>The police should contact me only through the support organisation</source>
        <translation type="unfinished">Poliția să mă contacteze numai prin organizația de sprijin</translation>
    </message>
    <message>
        <source>What should we call you? (optional)</source>
        <translation type="unfinished">Cum să vă spunem? (opțional)</translation>
    </message>
    <message>
        <source>This does not have to be your full or real name.</source>
        <translation type="unfinished">Nu trebuie să fie numele dumneavoastră complet sau real.</translation>
    </message>
    <message>
        <source>When is it safe to contact you? (optional)</source>
        <translation type="unfinished">Când este sigur să vă contactăm? (opțional)</translation>
    </message>
    <message>
        <source>For example, weekdays after 6pm</source>
        <translation type="unfinished">De exemplu, în zilele lucrătoare, după ora 18</translation>
    </message>
    <message>
        <source>Is it safe to leave a message? (optional)</source>
        <translation type="unfinished">Este sigur să vă lăsăm un mesaj? (opțional)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Da</translation>
    </message>
    <message>
        <source>Yes, it is safe to leave a message</source>
        <translation type="unfinished">Da, se poate lăsa un mesaj în siguranță</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Nu</translation>
    </message>
    <message>
        <source>No, do not leave a message</source>
        <translation type="unfinished">Nu, nu lăsați mesaj</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation type="unfinished">Nu știu sigur</translation>
    </message>
    <message>
        <source>I&apos;m not sure if it is safe to leave a message</source>
        <translation type="unfinished">Nu știu sigur dacă se poate lăsa un mesaj în siguranță</translation>
    </message>
    <message>
        <source>Sharing your report to keep you safe</source>
        <translation type="unfinished">Transmiterea raportului pentru siguranța dumneavoastră</translation>
    </message>
    <message>
        <source>What you told us suggests you could be at serious risk. When someone is at high risk, the police, the council, health and support services sometimes meet to plan how to keep them safe (a multi-agency risk meeting, called a MARAC).</source>
        <translation type="unfinished">Din ce ne-ați spus, s-ar putea să fiți în pericol grav. Când cineva este în mare pericol, poliția, consiliul local, serviciile de sănătate și de sprijin se întâlnesc uneori ca să plănuiască cum să protejeze acea persoană (o întâlnire despre risc a mai multor instituții, numită MARAC).</translation>
    </message>
    <message>
        <source>Can the organisations you chose share your report with them for this?</source>
        <translation type="unfinished">Pot organizațiile pe care le-ați ales să le transmită raportul dumneavoastră în acest scop?</translation>
    </message>
    <message>
        <source>Yes, they can share it to keep me safe</source>
        <translation type="unfinished">Da, îl pot transmite ca să mă protejeze</translation>
    </message>
    <message>
        <source>No, do not share it</source>
        <translation type="unfinished">Nu, nu îl transmiteți</translation>
    </message>
    <message>
        <source>You can change your mind later: contact the organisation and give your reference number.</source>
        <translation type="unfinished">Vă puteți răzgândi mai târziu: contactați organizația și dați numărul de referință.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">Trimiteți raportul</translation>
    </message>
    <message>
        <source>Hear back without giving contact details (optional)</source>
        <translation type="unfinished">Primește răspuns fără să dai date de contact (opțional)</translation>
    </message>
    <message>
        <source>With a follow-up code you can read replies from the organisations in Harbour, answer them and add to your report, from any phone or computer. Only someone with the code can read the replies.</source>
        <translation type="unfinished">Cu un cod de urmărire poți citi răspunsurile organizațiilor în Harbour, le poți răspunde și poți adăuga la raportul tău, de pe orice telefon sau calculator. Doar cineva care are codul poate citi răspunsurile.</translation>
    </message>
    <message>
        <source>Give me a follow-up code</source>
        <translation type="unfinished">Dă-mi un cod de urmărire</translation>
    </message>
    <message>
        <source>You will see it after you send your report. Write it down: Harbour does not keep it.</source>
        <translation type="unfinished">Îl vei vedea după ce trimiți raportul. Notează-l: Harbour nu îl păstrează.</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">Nu trebuie să vă spuneți numele.</translation>
    </message>
    <message>
        <source>If you want, they can call or write to you.</source>
        <translation type="unfinished">Dacă doriți, vă pot suna sau vă pot scrie.</translation>
    </message>
    <message>
        <source>Then they can tell you what happens next.</source>
        <translation type="unfinished">Apoi vă pot spune ce urmează.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Continuați</translation>
    </message>
</context>
<context>
    <name>DangerPage</name>
    <message>
        <source>If you are in danger now, call 999</source>
        <translation type="unfinished">Dacă sunteți în pericol acum, sunați la 999</translation>
    </message>
    <message>
        <source>Call 999 and ask for the police, or an ambulance if someone is hurt.</source>
        <translation type="unfinished">Sunați la 999 și cereți poliția, sau o ambulanță dacă cineva este rănit.</translation>
    </message>
    <message>
        <source>If you are deaf or cannot speak on the phone</source>
        <translation type="unfinished">Dacă nu auziți sau nu puteți vorbi la telefon</translation>
    </message>
    <message>
        <source>999 BSL: use the 999 BSL app or website to reach a British Sign Language interpreter who will call 999 for you.</source>
        <translation type="unfinished">999 BSL: folosiți aplicația sau site-ul 999 BSL ca să vorbiți cu un interpret de limbaj mimico-gestual britanic (BSL), care va suna la 999 pentru dumneavoastră.</translation>
    </message>
    <message>
        <source>Text 999 if you have registered with emergencySMS. To register, text &quot;register&quot; to 999.</source>
        <translation type="unfinished">Trimiteți un SMS la 999 dacă v-ați înregistrat la emergencySMS. Ca să vă înregistrați, trimiteți un SMS cu cuvântul „register” la 999.</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation type="unfinished">Raportul dumneavoastră</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. It is not a 999 call: the organisation may not read it straight away.</source>
        <translation type="unfinished">Raportul dumneavoastră va fi marcat ca urgent. Nu este un apel la 999: s-ar putea ca organizația să nu-l citească imediat.</translation>
    </message>
    <message>
        <source>When you are safe, you can carry on with your report. You can press Exit at any time.</source>
        <translation type="unfinished">Când sunteți în siguranță, puteți continua raportul. Puteți apăsa Ieșire oricând.</translation>
    </message>
    <message>
        <source>Carry on with my report</source>
        <translation type="unfinished">Continuați raportul</translation>
    </message>
    <message>
        <source>Are you in danger now? Call 999.</source>
        <translation type="unfinished">Sunteți în pericol acum? Sunați la 999.</translation>
    </message>
    <message>
        <source>Ask for the police. Ask for an ambulance if someone is hurt.</source>
        <translation type="unfinished">Cereți poliția. Cereți o ambulanță dacă cineva este rănit.</translation>
    </message>
    <message>
        <source>Deaf? Use 999 BSL, or text 999 if you registered.</source>
        <translation type="unfinished">Sunteți o persoană surdă? Folosiți 999 BSL sau trimiteți SMS la 999 dacă v-ați înregistrat.</translation>
    </message>
    <message>
        <source>Press Exit to leave Harbour quickly.</source>
        <translation type="unfinished">Apăsați Ieșire pentru a părăsi repede Harbour.</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">Ziua</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Luna</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">Anul</translation>
    </message>
</context>
<context>
    <name>DateTimeAnswer</name>
    <message>
        <source>Date</source>
        <translation type="unfinished">Data</translation>
    </message>
    <message>
        <source>Roughly when</source>
        <translation type="unfinished">Aproximativ când</translation>
    </message>
    <message>
        <source>For example, 27 3 2024</source>
        <translation type="unfinished">De exemplu, 27 3 2024</translation>
    </message>
    <message>
        <source>For example, 3 2024. Add the day if you know it.</source>
        <translation type="unfinished">De exemplu, 3 2024. Adăugați ziua dacă o știți.</translation>
    </message>
    <message>
        <source>Time (optional)</source>
        <translation type="unfinished">Ora (opțional)</translation>
    </message>
    <message>
        <source>For example, 18:30 or 6:30pm</source>
        <translation type="unfinished">De exemplu, 18:30 sau 6:30pm</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished">Data de început</translation>
    </message>
    <message>
        <source>The earliest it could have been</source>
        <translation type="unfinished">Cea mai devreme dată posibilă</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">Data de sfârșit</translation>
    </message>
    <message>
        <source>The latest it could have been</source>
        <translation type="unfinished">Cea mai târzie dată posibilă</translation>
    </message>
    <message>
        <source>When did it start? (optional)</source>
        <translation type="unfinished">Când a început? (opțional)</translation>
    </message>
    <message>
        <source>For example, 11 2023</source>
        <translation type="unfinished">De exemplu, 11 2023</translation>
    </message>
</context>
<context>
    <name>DisplayButton</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">Afișare și limbă</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">Afișare și limbă</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Limba</translation>
    </message>
    <message>
        <source>Close and go back</source>
        <translation type="unfinished">Închideți și reveniți</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <source>Standard text</source>
        <translation type="unfinished">Text normal</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished">Text mare</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation type="unfinished">Text foarte mare</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Contrast ridicat</translation>
    </message>
    <message>
        <source>Read questions aloud</source>
        <translation type="unfinished">Citiți întrebările cu voce tare</translation>
    </message>
    <message>
        <source>Easy read: short sentences with pictures</source>
        <translation type="unfinished">Text ușor de citit: propoziții scurte cu imagini</translation>
    </message>
    <message>
        <source>Leave no trace: do not remember these choices on this device</source>
        <translation type="unfinished">Nu lăsa urme: nu ține minte aceste opțiuni pe acest dispozitiv</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Mărimea textului</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation type="unfinished">Există o problemă</translation>
    </message>
</context>
<context>
    <name>ExitButton</name>
    <message>
        <source>Exit</source>
        <translation type="unfinished">Ieșire</translation>
    </message>
    <message>
        <source>Exit: leave quickly and clear this report</source>
        <translation type="unfinished">Ieșire: plecați repede și ștergeți acest raport</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished">Eroare: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpAnswerPage</name>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished">Răspunde: %1</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">Adaugă informații la raportul tău</translation>
    </message>
    <message>
        <source>What you add goes to %1 with your report. For example, something you remembered, or something that has happened since.</source>
        <translation type="unfinished">Ce adaugi ajunge la %1 împreună cu raportul tău. De exemplu, ceva ce ți-ai amintit sau ceva ce s-a întâmplat între timp.</translation>
    </message>
    <message>
        <source>Did the response help? (optional)</source>
        <translation type="unfinished">Te-a ajutat răspunsul? (opțional)</translation>
    </message>
    <message>
        <source>Your answer helps organisations see what works.</source>
        <translation type="unfinished">Răspunsul tău ajută organizațiile să vadă ce funcționează.</translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation type="unfinished">Da, m-a ajutat</translation>
    </message>
    <message>
        <source>It helped a little</source>
        <translation type="unfinished">M-a ajutat puțin</translation>
    </message>
    <message>
        <source>No, it did not help</source>
        <translation type="unfinished">Nu, nu m-a ajutat</translation>
    </message>
    <message>
        <source>Your answer (optional if you said whether it helped)</source>
        <translation type="unfinished">Răspunsul tău (opțional dacă ai spus dacă te-a ajutat)</translation>
    </message>
    <message>
        <source>What you want to add</source>
        <translation type="unfinished">Ce vrei să adaugi</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation type="unfinished">Trimite răspunsul</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">Trimite</translation>
    </message>
    <message>
        <source>the organisations that replied to you</source>
        <translation type="unfinished">organizațiile care ți-au răspuns</translation>
    </message>
</context>
<context>
    <name>FollowUpCodePage</name>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">Introdu codul de urmărire</translation>
    </message>
    <message>
        <source>This is the code of 20 letters and numbers you were given when you sent your report.</source>
        <translation type="unfinished">Este codul de 20 de litere și cifre primit când ai trimis raportul.</translation>
    </message>
    <message>
        <source>Follow-up code</source>
        <translation type="unfinished">Cod de urmărire</translation>
    </message>
    <message>
        <source>For example, K82Q V992 78T6 CAJ1 0HKB. Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">De exemplu, K82Q V992 78T6 CAJ1 0HKB. Spațiile, cratimele și majusculele nu contează.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Continuați</translation>
    </message>
</context>
<context>
    <name>FollowUpCodeSection</name>
    <message>
        <source>Your follow-up code</source>
        <translation type="unfinished">Codul tău de urmărire</translation>
    </message>
    <message>
        <source>Write it down now and keep it somewhere safe. With it you can read the organisation&apos;s replies in Harbour on any phone or computer, answer them and add to your report.</source>
        <translation type="unfinished">Notează-l acum și păstrează-l într-un loc sigur. Cu el poți citi răspunsurile organizației în Harbour pe orice telefon sau calculator, le poți răspunde și poți adăuga la raport.</translation>
    </message>
    <message>
        <source>Harbour does not keep this code. If you lose it, nobody can give it back to you. Anyone who has it can read the replies.</source>
        <translation type="unfinished">Harbour nu păstrează acest cod. Dacă îl pierzi, nimeni nu ți-l poate da înapoi. Oricine îl are poate citi răspunsurile.</translation>
    </message>
    <message>
        <source>Read the code aloud</source>
        <translation type="unfinished">Citește codul cu voce tare</translation>
    </message>
    <message>
        <source>Your follow-up code is: %1</source>
        <translation type="unfinished">Codul tău de urmărire este: %1</translation>
    </message>
    <message>
        <source>Show only the code</source>
        <translation type="unfinished">Arată doar codul</translation>
    </message>
    <message>
        <source>Show only the code, to write it down or take a photo</source>
        <translation type="unfinished">Arată doar codul, ca să-l notezi sau să-l fotografiezi</translation>
    </message>
    <message>
        <source>Check you have your code</source>
        <translation type="unfinished">Verifică dacă ai codul</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">Tastează codul de urmărire</translation>
    </message>
    <message>
        <source>Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">Spațiile, cratimele și majusculele nu contează.</translation>
    </message>
    <message>
        <source>Check my code</source>
        <translation type="unfinished">Verifică codul</translation>
    </message>
    <message>
        <source>That is your code. Keep it safe.</source>
        <translation type="unfinished">Acesta este codul tău. Păstrează-l în siguranță.</translation>
    </message>
</context>
<context>
    <name>FollowUpPreparing</name>
    <message>
        <source>Preparing your follow-up code. This can take up to a minute on some phones. Your report is sent when it is ready.</source>
        <translation type="unfinished">Se pregătește codul de urmărire. Pe unele telefoane poate dura până la un minut. Raportul se trimite când este gata.</translation>
    </message>
    <message>
        <source>Preparing your follow-up code</source>
        <translation type="unfinished">Se pregătește codul de urmărire</translation>
    </message>
</context>
<context>
    <name>FollowUpProgress</name>
    <message>
        <source>Opening your replies (step 1 of 2). This can take up to a minute on some phones.</source>
        <translation type="unfinished">Se deschid răspunsurile (pasul 1 din 2). Pe unele telefoane poate dura până la un minut.</translation>
    </message>
    <message>
        <source>Checking for replies (step 2 of 2).</source>
        <translation type="unfinished">Se caută răspunsuri (pasul 2 din 2).</translation>
    </message>
    <message>
        <source>Deleting the replies.</source>
        <translation type="unfinished">Se șterg răspunsurile.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Se lucrează</translation>
    </message>
</context>
<context>
    <name>FollowUpRepliesPage</name>
    <message>
        <source>Replies to your report</source>
        <translation type="unfinished">Răspunsuri la raportul tău</translation>
    </message>
    <message>
        <source>There are no replies yet.</source>
        <translation type="unfinished">Încă nu există răspunsuri.</translation>
    </message>
    <message>
        <source>Organisations usually reply within 5 working days. If you expected a reply, check your code: a code with one different letter or number opens an empty mailbox.</source>
        <translation type="unfinished">De obicei organizațiile răspund în 5 zile lucrătoare. Dacă așteptai un răspuns, verifică codul: un cod cu o singură literă sau cifră diferită deschide o căsuță goală.</translation>
    </message>
    <message>
        <source>Harbour could not reach every organisation. There may be more replies: try again later.</source>
        <translation type="unfinished">Harbour nu a putut contacta toate organizațiile. Pot exista mai multe răspunsuri: încearcă din nou mai târziu.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">De la %1</translation>
    </message>
    <message>
        <source>You answered this reply.</source>
        <translation type="unfinished">Ai răspuns la acest mesaj.</translation>
    </message>
    <message>
        <source>Answer this reply</source>
        <translation type="unfinished">Răspunde la acest mesaj</translation>
    </message>
    <message>
        <source>Answer this reply from %1</source>
        <translation type="unfinished">Răspunde la acest mesaj de la %1</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">Adaugă informații la raportul tău</translation>
    </message>
    <message>
        <source>Check for new replies</source>
        <translation type="unfinished">Caută răspunsuri noi</translation>
    </message>
    <message>
        <source>Deleting the replies means nobody can read them again, even with your code. Harbour deletes them after 90 days anyway.</source>
        <translation type="unfinished">Dacă ștergi răspunsurile, nimeni nu le mai poate citi, nici cu codul tău. Oricum Harbour le șterge după 90 de zile.</translation>
    </message>
    <message>
        <source>Delete these replies</source>
        <translation type="unfinished">Șterge aceste răspunsuri</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Terminați</translation>
    </message>
    <message>
        <source>Finish and clear the replies from the screen</source>
        <translation type="unfinished">Termină și șterge răspunsurile de pe ecran</translation>
    </message>
</context>
<context>
    <name>GroupAnswer</name>
    <message>
        <source>Nothing added yet.</source>
        <translation type="unfinished">Încă nu s-a adăugat nimic.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Schimbați</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished">Schimbați %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Eliminați</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished">Eliminați %1</translation>
    </message>
</context>
<context>
    <name>GroupItemPage</name>
    <message>
        <source>Answer what you can. Leave out anything you did not see.</source>
        <translation type="unfinished">Răspundeți la ce puteți. Nu scrieți nimic din ce nu ați văzut.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Continuați</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished">Limba: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished">Alegeți limba</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Harbour</source>
        <translation type="unfinished">Harbour</translation>
    </message>
</context>
<context>
    <name>NeutralCover</name>
    <message>
        <source>Screen cleared</source>
        <translation type="unfinished">Ecran golit</translation>
    </message>
</context>
<context>
    <name>PlaceAnswer</name>
    <message>
        <source>What kind of place was it?</source>
        <translation type="unfinished">Ce fel de loc era?</translation>
    </message>
    <message>
        <source>Describe the place (optional)</source>
        <translation type="unfinished">Descrieți locul (opțional)</translation>
    </message>
    <message>
        <source>For example, the bus stop outside the library, or the name of the shop.</source>
        <translation type="unfinished">De exemplu, stația de autobuz din fața bibliotecii sau numele magazinului.</translation>
    </message>
    <message>
        <source>Area (optional)</source>
        <translation type="unfinished">Zona (opțional)</translation>
    </message>
    <message>
        <source>The first part of the postcode, like E1, or the town. Not the full postcode.</source>
        <translation type="unfinished">Prima parte a codului poștal, cum ar fi E1, sau orașul. Nu codul poștal complet.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Continuați</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Enter the date</source>
        <translation type="unfinished">Introduceți data</translation>
    </message>
    <message>
        <source>The date must include a day</source>
        <translation type="unfinished">Data trebuie să includă ziua</translation>
    </message>
    <message>
        <source>The date must include a month</source>
        <translation type="unfinished">Data trebuie să includă luna</translation>
    </message>
    <message>
        <source>The date must include a year</source>
        <translation type="unfinished">Data trebuie să includă anul</translation>
    </message>
    <message>
        <source>The date must be a real date</source>
        <translation type="unfinished">Data trebuie să fie o dată care există</translation>
    </message>
    <message>
        <source>The year must have 4 numbers, like 2024</source>
        <translation type="unfinished">Anul trebuie să aibă 4 cifre, cum ar fi 2024</translation>
    </message>
    <message>
        <source>The date must be today or in the past</source>
        <translation type="unfinished">Data trebuie să fie azi sau în trecut</translation>
    </message>
    <message>
        <source>Enter the start date</source>
        <translation type="unfinished">Introduceți data de început</translation>
    </message>
    <message>
        <source>The start date must include a day</source>
        <translation type="unfinished">Data de început trebuie să includă ziua</translation>
    </message>
    <message>
        <source>The start date must include a month</source>
        <translation type="unfinished">Data de început trebuie să includă luna</translation>
    </message>
    <message>
        <source>The start date must include a year</source>
        <translation type="unfinished">Data de început trebuie să includă anul</translation>
    </message>
    <message>
        <source>The start date must be a real date</source>
        <translation type="unfinished">Data de început trebuie să fie o dată care există</translation>
    </message>
    <message>
        <source>The year of the start date must have 4 numbers, like 2024</source>
        <translation type="unfinished">Anul datei de început trebuie să aibă 4 cifre, cum ar fi 2024</translation>
    </message>
    <message>
        <source>The start date must be today or in the past</source>
        <translation type="unfinished">Data de început trebuie să fie azi sau în trecut</translation>
    </message>
    <message>
        <source>Enter the end date</source>
        <translation type="unfinished">Introduceți data de sfârșit</translation>
    </message>
    <message>
        <source>The end date must include a day</source>
        <translation type="unfinished">Data de sfârșit trebuie să includă ziua</translation>
    </message>
    <message>
        <source>The end date must include a month</source>
        <translation type="unfinished">Data de sfârșit trebuie să includă luna</translation>
    </message>
    <message>
        <source>The end date must include a year</source>
        <translation type="unfinished">Data de sfârșit trebuie să includă anul</translation>
    </message>
    <message>
        <source>The end date must be a real date</source>
        <translation type="unfinished">Data de sfârșit trebuie să fie o dată care există</translation>
    </message>
    <message>
        <source>The year of the end date must have 4 numbers, like 2024</source>
        <translation type="unfinished">Anul datei de sfârșit trebuie să aibă 4 cifre, cum ar fi 2024</translation>
    </message>
    <message>
        <source>The end date must be today or in the past</source>
        <translation type="unfinished">Data de sfârșit trebuie să fie azi sau în trecut</translation>
    </message>
    <message>
        <source>Enter the month and year it started</source>
        <translation type="unfinished">Introduceți luna și anul în care a început</translation>
    </message>
    <message>
        <source>The date it started must include a day</source>
        <translation type="unfinished">Data la care a început trebuie să includă ziua</translation>
    </message>
    <message>
        <source>The date it started must include a month</source>
        <translation type="unfinished">Data la care a început trebuie să includă luna</translation>
    </message>
    <message>
        <source>The date it started must include a year</source>
        <translation type="unfinished">Data la care a început trebuie să includă anul</translation>
    </message>
    <message>
        <source>The date it started must be a real date</source>
        <translation type="unfinished">Data la care a început trebuie să fie o dată care există</translation>
    </message>
    <message>
        <source>The year it started must have 4 numbers, like 2024</source>
        <translation type="unfinished">Anul în care a început trebuie să aibă 4 cifre, cum ar fi 2024</translation>
    </message>
    <message>
        <source>The date it started must be today or in the past</source>
        <translation type="unfinished">Data la care a început trebuie să fie azi sau în trecut</translation>
    </message>
    <message>
        <source>Are you in danger now?</source>
        <extracomment>in_danger title</extracomment>
        <translation type="unfinished">Sunteți în pericol acum?</translation>
    </message>
    <message>
        <source>If you are, we will show you how to get help straight away. You can carry on with this report afterwards.</source>
        <extracomment>in_danger hint</extracomment>
        <translation type="unfinished">Dacă da, vă arătăm imediat cum să primiți ajutor. Puteți continua acest raport după aceea.</translation>
    </message>
    <message>
        <source>About you</source>
        <extracomment>role section; your_age section; describe_yourself section</extracomment>
        <translation type="unfinished">Despre dumneavoastră</translation>
    </message>
    <message>
        <source>Who are you reporting for?</source>
        <extracomment>role title</extracomment>
        <translation type="unfinished">Pentru cine faceți acest raport?</translation>
    </message>
    <message>
        <source>It happened to me</source>
        <extracomment>role victim label</extracomment>
        <translation type="unfinished">Mi s-a întâmplat mie</translation>
    </message>
    <message>
        <source>I saw it happen to someone else</source>
        <extracomment>role witness label</extracomment>
        <translation type="unfinished">Am văzut cum i s-a întâmplat altcuiva</translation>
    </message>
    <message>
        <source>I am reporting for someone else</source>
        <extracomment>role third_party label</extracomment>
        <translation type="unfinished">Fac raportul pentru altcineva</translation>
    </message>
    <message>
        <source>For example a friend, a family member or someone you support.</source>
        <extracomment>role third_party hint</extracomment>
        <translation type="unfinished">De exemplu, un prieten, un membru al familiei sau cineva pe care îl sprijiniți.</translation>
    </message>
    <message>
        <source>A volunteer is helping me make this report</source>
        <extracomment>role assisted label</extracomment>
        <translation type="unfinished">Un voluntar mă ajută să fac acest raport</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>narrative section; targeted section; targeted_other section</extracomment>
        <translation type="unfinished">Ce s-a întâmplat</translation>
    </message>
    <message>
        <source>What happened?</source>
        <extracomment>narrative title</extracomment>
        <translation type="unfinished">Ce s-a întâmplat?</translation>
    </message>
    <message>
        <source>Tell us in your own words. Include as much as you remember. You can take your time.</source>
        <extracomment>narrative hint</extracomment>
        <translation type="unfinished">Spuneți-ne cu cuvintele dumneavoastră. Scrieți tot ce vă amintiți. Nu trebuie să vă grăbiți.</translation>
    </message>
    <message>
        <source>Tell us what happened</source>
        <extracomment>narrative error_required</extracomment>
        <translation type="unfinished">Spuneți-ne ce s-a întâmplat</translation>
    </message>
    <message>
        <source>What kind of thing happened?</source>
        <extracomment>incident_types title</extracomment>
        <translation type="unfinished">Ce fel de lucru s-a întâmplat?</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <extracomment>incident_types hint; others_at_risk hint; support hint; formats hint</extracomment>
        <translation type="unfinished">Alegeți tot ce se potrivește.</translation>
    </message>
    <message>
        <source>Someone was attacked or hurt</source>
        <extracomment>incident_types physical_attack label</extracomment>
        <translation type="unfinished">Cineva a fost atacat sau rănit</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>incident_types threats label</extracomment>
        <translation type="unfinished">Amenințări</translation>
    </message>
    <message>
        <source>Shouting, insults or name-calling</source>
        <extracomment>incident_types verbal_abuse label</extracomment>
        <translation type="unfinished">Strigăte, insulte sau porecle jignitoare</translation>
    </message>
    <message>
        <source>Harassment, or being followed or bothered again and again</source>
        <extracomment>incident_types harassment label</extracomment>
        <translation type="unfinished">Hărțuire, sau a fi urmărit ori deranjat iar și iar</translation>
    </message>
    <message>
        <source>Damage to a home, car or other property, including graffiti</source>
        <extracomment>incident_types property_damage label</extracomment>
        <translation type="unfinished">Pagube la o casă, o mașină sau alte bunuri, inclusiv graffiti</translation>
    </message>
    <message>
        <source>Something was stolen</source>
        <extracomment>incident_types theft label</extracomment>
        <translation type="unfinished">S-a furat ceva</translation>
    </message>
    <message>
        <source>Abuse online, by message or by phone</source>
        <extracomment>incident_types online_abuse label</extracomment>
        <translation type="unfinished">Abuz online, prin mesaje sau la telefon</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <extracomment>incident_types sexual_assault label</extracomment>
        <translation type="unfinished">Agresiune sexuală</translation>
    </message>
    <message>
        <source>Something else</source>
        <extracomment>incident_types other label; barriers other label; formats other label</extracomment>
        <translation type="unfinished">Altceva</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <extracomment>incident_types rather_not_say label; barriers rather_not_say label; your_age rather_not_say label</extracomment>
        <translation type="unfinished">Prefer să nu spun</translation>
    </message>
    <message>
        <source>Why do you think it was aimed at you or someone else?</source>
        <extracomment>targeted title</extracomment>
        <translation type="unfinished">De ce credeți că a fost îndreptat împotriva dumneavoastră sau a altcuiva?</translation>
    </message>
    <message>
        <source>Choose all that apply. What you or anyone else believes is enough.</source>
        <extracomment>targeted hint</extracomment>
        <translation type="unfinished">Alegeți tot ce se potrivește. Este suficient ce credeți dumneavoastră sau oricine altcineva.</translation>
    </message>
    <message>
        <source>Race or ethnicity, including Gypsy, Irish Traveller and Roma</source>
        <extracomment>targeted race label</extracomment>
        <translation type="unfinished">Rasă sau etnie, inclusiv romi, Gypsy și Irish Travellers</translation>
    </message>
    <message>
        <source>Religion or belief, including having no belief</source>
        <extracomment>targeted religion label</extracomment>
        <translation type="unfinished">Religie sau credință, inclusiv lipsa unei credințe</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <extracomment>targeted sexual_orientation label</extracomment>
        <translation type="unfinished">Orientare sexuală</translation>
    </message>
    <message>
        <source>For example being gay, lesbian or bisexual.</source>
        <extracomment>targeted sexual_orientation hint</extracomment>
        <translation type="unfinished">De exemplu, a fi gay, lesbiană sau bisexual.</translation>
    </message>
    <message>
        <source>Disability, including learning disability and mental health</source>
        <extracomment>targeted disability label</extracomment>
        <translation type="unfinished">Dizabilitate, inclusiv dizabilitate intelectuală și sănătate mintală</translation>
    </message>
    <message>
        <source>Being transgender</source>
        <extracomment>targeted transgender label</extracomment>
        <translation type="unfinished">A fi o persoană transgender</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <extracomment>targeted alternative_subculture label</extracomment>
        <translation type="unfinished">Subcultură alternativă</translation>
    </message>
    <message>
        <source>For example being a goth, punk or emo.</source>
        <extracomment>targeted alternative_subculture hint</extracomment>
        <translation type="unfinished">De exemplu, a fi goth, punk sau emo.</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <extracomment>targeted sex_or_gender label</extracomment>
        <translation type="unfinished">Sex sau gen</translation>
    </message>
    <message>
        <source>For example hostility towards women.</source>
        <extracomment>targeted sex_or_gender hint</extracomment>
        <translation type="unfinished">De exemplu, ostilitate față de femei.</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>targeted age label</extracomment>
        <translation type="unfinished">Vârstă</translation>
    </message>
    <message>
        <source>Something else about who they are</source>
        <extracomment>targeted other label</extracomment>
        <translation type="unfinished">Altceva legat de cine sunt</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <extracomment>targeted dont_know label; online dont_know label; offender_count dont_know label; offenders &gt; offender_age dont_know label; offenders &gt; offender_build dont_know label; offenders &gt; offender_height dont_know label; how_often dont_know label; others_at_risk dont_know label</extracomment>
        <translation type="unfinished">Nu știu</translation>
    </message>
    <message>
        <source>What else about them do you think it was aimed at?</source>
        <extracomment>targeted_other title</extracomment>
        <translation type="unfinished">Ce altceva legat de acea persoană credeți că a fost motivul?</translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>online section; online_platform section; online_link section; online_content section; online_still_visible section</extracomment>
        <translation type="unfinished">Online</translation>
    </message>
    <message>
        <source>Did it happen online, or through a phone or computer?</source>
        <extracomment>online title</extracomment>
        <translation type="unfinished">S-a întâmplat online, sau prin telefon ori calculator?</translation>
    </message>
    <message>
        <source>For example on social media, in messages, by email or in a phone call.</source>
        <extracomment>online hint</extracomment>
        <translation type="unfinished">De exemplu, pe rețelele sociale, în mesaje, prin e-mail sau într-un apel telefonic.</translation>
    </message>
    <message>
        <source>Yes, all of it</source>
        <extracomment>online yes label</extracomment>
        <translation type="unfinished">Da, în întregime</translation>
    </message>
    <message>
        <source>Partly</source>
        <extracomment>online partly label</extracomment>
        <translation type="unfinished">Parțial</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>online no label</extracomment>
        <translation type="unfinished">Nu</translation>
    </message>
    <message>
        <source>Which website, app or service was it on?</source>
        <extracomment>online_platform title</extracomment>
        <translation type="unfinished">Pe ce site, aplicație sau serviciu a fost?</translation>
    </message>
    <message>
        <source>For example Facebook, TikTok, WhatsApp, a game, email or a phone call.</source>
        <extracomment>online_platform hint</extracomment>
        <translation type="unfinished">De exemplu, Facebook, TikTok, WhatsApp, un joc, e-mail sau un apel telefonic.</translation>
    </message>
    <message>
        <source>Link to the post, message or profile</source>
        <extracomment>online_link title</extracomment>
        <translation type="unfinished">Linkul către postare, mesaj sau profil</translation>
    </message>
    <message>
        <source>Copy the web address if you can, or the name of the account that did it.</source>
        <extracomment>online_link hint</extracomment>
        <translation type="unfinished">Copiați adresa web dacă puteți, sau numele contului care a făcut asta.</translation>
    </message>
    <message>
        <source>What did they write or say?</source>
        <extracomment>online_content title</extracomment>
        <translation type="unfinished">Ce au scris sau ce au spus?</translation>
    </message>
    <message>
        <source>Can it still be seen online?</source>
        <extracomment>online_still_visible title</extracomment>
        <translation type="unfinished">Se mai poate vedea online?</translation>
    </message>
    <message>
        <source>When and where</source>
        <extracomment>when section; where section</extracomment>
        <translation type="unfinished">Când și unde</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <extracomment>when title</extracomment>
        <translation type="unfinished">Când s-a întâmplat?</translation>
    </message>
    <message>
        <source>If you are not sure, an estimate helps.</source>
        <extracomment>when hint</extracomment>
        <translation type="unfinished">Dacă nu știți sigur, o estimare ajută.</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <extracomment>where title; where easy read 1</extracomment>
        <translation type="unfinished">Unde s-a întâmplat?</translation>
    </message>
    <message>
        <source>We do not use your location. Tell us only what you want to.</source>
        <extracomment>where hint</extracomment>
        <translation type="unfinished">Nu folosim locația dumneavoastră. Spuneți-ne doar ce doriți.</translation>
    </message>
    <message>
        <source>At or near a home</source>
        <extracomment>where home label</extracomment>
        <translation type="unfinished">La o locuință sau lângă ea</translation>
    </message>
    <message>
        <source>In the street</source>
        <extracomment>where street label</extracomment>
        <translation type="unfinished">Pe stradă</translation>
    </message>
    <message>
        <source>On public transport, or at a station or stop</source>
        <extracomment>where public_transport label</extracomment>
        <translation type="unfinished">În transportul public, sau într-o gară ori stație</translation>
    </message>
    <message>
        <source>In or near a shop</source>
        <extracomment>where shop label</extracomment>
        <translation type="unfinished">Într-un magazin sau lângă el</translation>
    </message>
    <message>
        <source>In or near a pub, bar or club</source>
        <extracomment>where pub_bar label</extracomment>
        <translation type="unfinished">Într-un pub, bar sau club, ori lângă</translation>
    </message>
    <message>
        <source>In a park or open space</source>
        <extracomment>where park label</extracomment>
        <translation type="unfinished">Într-un parc sau spațiu deschis</translation>
    </message>
    <message>
        <source>At a school, college or university</source>
        <extracomment>where education label</extracomment>
        <translation type="unfinished">La o școală, un colegiu sau o universitate</translation>
    </message>
    <message>
        <source>At work</source>
        <extracomment>where work label</extracomment>
        <translation type="unfinished">La serviciu</translation>
    </message>
    <message>
        <source>At or near a place of worship</source>
        <extracomment>where place_of_worship label</extracomment>
        <translation type="unfinished">La un lăcaș de cult sau lângă el</translation>
    </message>
    <message>
        <source>In a care home or supported housing</source>
        <extracomment>where care_home label</extracomment>
        <translation type="unfinished">Într-un cămin de îngrijire sau o locuință protejată</translation>
    </message>
    <message>
        <source>At council, police or health premises</source>
        <extracomment>where public_premises label</extracomment>
        <translation type="unfinished">La sediul consiliului local, al poliției sau al unui serviciu de sănătate</translation>
    </message>
    <message>
        <source>Online only</source>
        <extracomment>where online_only label</extracomment>
        <translation type="unfinished">Numai online</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <extracomment>where other label</extracomment>
        <translation type="unfinished">În altă parte</translation>
    </message>
    <message>
        <source>The people who did it</source>
        <extracomment>offender_count section; offender_known section; offender_relationship section; offenders section; vehicle section; vehicles section; witnesses section; witness_details section; cctv section</extracomment>
        <translation type="unfinished">Persoanele care au făcut asta</translation>
    </message>
    <message>
        <source>How many people did it?</source>
        <extracomment>offender_count title; offender_count easy read 1</extracomment>
        <translation type="unfinished">Câte persoane au făcut asta?</translation>
    </message>
    <message>
        <source>One person</source>
        <extracomment>offender_count one label</extracomment>
        <translation type="unfinished">O persoană</translation>
    </message>
    <message>
        <source>Two people</source>
        <extracomment>offender_count two label</extracomment>
        <translation type="unfinished">Două persoane</translation>
    </message>
    <message>
        <source>Three to five people</source>
        <extracomment>offender_count three_to_five label</extracomment>
        <translation type="unfinished">Între trei și cinci persoane</translation>
    </message>
    <message>
        <source>More than five people</source>
        <extracomment>offender_count more_than_five label</extracomment>
        <translation type="unfinished">Mai mult de cinci persoane</translation>
    </message>
    <message>
        <source>Do you know who did it?</source>
        <extracomment>offender_known title</extracomment>
        <translation type="unfinished">Știți cine a făcut asta?</translation>
    </message>
    <message>
        <source>No, they were strangers</source>
        <extracomment>offender_known strangers label</extracomment>
        <translation type="unfinished">Nu, erau necunoscuți</translation>
    </message>
    <message>
        <source>Yes, I know who did it</source>
        <extracomment>offender_known known label</extracomment>
        <translation type="unfinished">Da, știu cine a făcut asta</translation>
    </message>
    <message>
        <source>I know some of them</source>
        <extracomment>offender_known some_known label</extracomment>
        <translation type="unfinished">Îi cunosc pe unii dintre ei</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <extracomment>offender_known dont_know label</extracomment>
        <translation type="unfinished">Nu știu sigur</translation>
    </message>
    <message>
        <source>Who are they to you?</source>
        <extracomment>offender_relationship title</extracomment>
        <translation type="unfinished">Cine sunt ei pentru dumneavoastră?</translation>
    </message>
    <message>
        <source>For example a neighbour, someone from work or school, or their name if you want to give it.</source>
        <extracomment>offender_relationship hint</extracomment>
        <translation type="unfinished">De exemplu, un vecin, cineva de la serviciu sau de la școală, sau numele lor, dacă vreți să-l spuneți.</translation>
    </message>
    <message>
        <source>Describe the people who did it</source>
        <extracomment>offenders title</extracomment>
        <translation type="unfinished">Descrieți persoanele care au făcut asta</translation>
    </message>
    <message>
        <source>Add each person you can remember. Describe them as they looked to you. Leave out anything you did not see.</source>
        <extracomment>offenders hint</extracomment>
        <translation type="unfinished">Adăugați fiecare persoană de care vă amintiți. Descrieți-o așa cum v-a apărut. Nu scrieți nimic din ce nu ați văzut.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <extracomment>offenders item_title</extracomment>
        <translation type="unfinished">Persoana %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <extracomment>offenders add_label</extracomment>
        <translation type="unfinished">Adăugați o persoană</translation>
    </message>
    <message>
        <source>About how old were they?</source>
        <extracomment>offenders &gt; offender_age title</extracomment>
        <translation type="unfinished">Ce vârstă avea, aproximativ?</translation>
    </message>
    <message>
        <source>Under 18</source>
        <extracomment>offenders &gt; offender_age under_18 label; your_age under_18 label</extracomment>
        <translation type="unfinished">Sub 18</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <extracomment>offenders &gt; offender_age 18_24 label; your_age 18_24 label</extracomment>
        <translation type="unfinished">Între 18 și 24</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <extracomment>offenders &gt; offender_age 25_34 label; your_age 25_34 label</extracomment>
        <translation type="unfinished">Între 25 și 34</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <extracomment>offenders &gt; offender_age 35_44 label; your_age 35_44 label</extracomment>
        <translation type="unfinished">Între 35 și 44</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <extracomment>offenders &gt; offender_age 45_54 label; your_age 45_54 label</extracomment>
        <translation type="unfinished">Între 45 și 54</translation>
    </message>
    <message>
        <source>55 to 64</source>
        <extracomment>offenders &gt; offender_age 55_64 label; your_age 55_64 label</extracomment>
        <translation type="unfinished">Între 55 și 64</translation>
    </message>
    <message>
        <source>65 or over</source>
        <extracomment>offenders &gt; offender_age 65_plus label</extracomment>
        <translation type="unfinished">65 sau peste</translation>
    </message>
    <message>
        <source>What gender did they seem to be?</source>
        <extracomment>offenders &gt; offender_gender title</extracomment>
        <translation type="unfinished">Ce gen părea să aibă?</translation>
    </message>
    <message>
        <source>A man</source>
        <extracomment>offenders &gt; offender_gender man label</extracomment>
        <translation type="unfinished">Bărbat</translation>
    </message>
    <message>
        <source>A woman</source>
        <extracomment>offenders &gt; offender_gender woman label</extracomment>
        <translation type="unfinished">Femeie</translation>
    </message>
    <message>
        <source>Another way</source>
        <extracomment>offenders &gt; offender_gender other label</extracomment>
        <translation type="unfinished">Altfel</translation>
    </message>
    <message>
        <source>I could not tell</source>
        <extracomment>offenders &gt; offender_gender dont_know label</extracomment>
        <translation type="unfinished">Nu mi-am dat seama</translation>
    </message>
    <message>
        <source>What was their build?</source>
        <extracomment>offenders &gt; offender_build title</extracomment>
        <translation type="unfinished">Ce constituție avea?</translation>
    </message>
    <message>
        <source>Slim</source>
        <extracomment>offenders &gt; offender_build slim label</extracomment>
        <translation type="unfinished">Slabă</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>offenders &gt; offender_build medium label</extracomment>
        <translation type="unfinished">Medie</translation>
    </message>
    <message>
        <source>Large or heavy</source>
        <extracomment>offenders &gt; offender_build large label</extracomment>
        <translation type="unfinished">Mare sau corpolentă</translation>
    </message>
    <message>
        <source>Muscular</source>
        <extracomment>offenders &gt; offender_build muscular label</extracomment>
        <translation type="unfinished">Musculoasă</translation>
    </message>
    <message>
        <source>How tall were they?</source>
        <extracomment>offenders &gt; offender_height title</extracomment>
        <translation type="unfinished">Ce înălțime avea?</translation>
    </message>
    <message>
        <source>Shorter than most people</source>
        <extracomment>offenders &gt; offender_height short label</extracomment>
        <translation type="unfinished">Mai mică decât a celor mai mulți oameni</translation>
    </message>
    <message>
        <source>About average</source>
        <extracomment>offenders &gt; offender_height average label</extracomment>
        <translation type="unfinished">Cam medie</translation>
    </message>
    <message>
        <source>Taller than most people</source>
        <extracomment>offenders &gt; offender_height tall label</extracomment>
        <translation type="unfinished">Mai mare decât a celor mai mulți oameni</translation>
    </message>
    <message>
        <source>Their skin colour or ethnic appearance, as it looked to you</source>
        <extracomment>offenders &gt; offender_appearance title</extracomment>
        <translation type="unfinished">Culoarea pielii sau aspectul etnic, așa cum vi s-a părut</translation>
    </message>
    <message>
        <source>What they were wearing</source>
        <extracomment>offenders &gt; offender_clothing title</extracomment>
        <translation type="unfinished">Ce purta</translation>
    </message>
    <message>
        <source>Their hair</source>
        <extracomment>offenders &gt; offender_hair title</extracomment>
        <translation type="unfinished">Părul</translation>
    </message>
    <message>
        <source>For example colour, length, style, or a beard.</source>
        <extracomment>offenders &gt; offender_hair hint</extracomment>
        <translation type="unfinished">De exemplu, culoarea, lungimea, coafura sau barba.</translation>
    </message>
    <message>
        <source>Their accent or the language they spoke</source>
        <extracomment>offenders &gt; offender_accent title</extracomment>
        <translation type="unfinished">Accentul sau limba pe care o vorbea</translation>
    </message>
    <message>
        <source>Anything else you noticed</source>
        <extracomment>offenders &gt; offender_marks title</extracomment>
        <translation type="unfinished">Orice altceva ați observat</translation>
    </message>
    <message>
        <source>For example tattoos, scars, glasses or a way of walking.</source>
        <extracomment>offenders &gt; offender_marks hint</extracomment>
        <translation type="unfinished">De exemplu, tatuaje, cicatrici, ochelari sau un fel anume de a merge.</translation>
    </message>
    <message>
        <source>Did they have a car, van or other vehicle?</source>
        <extracomment>vehicle title</extracomment>
        <translation type="unfinished">Aveau o mașină, o dubă sau alt vehicul?</translation>
    </message>
    <message>
        <source>Describe the vehicle</source>
        <extracomment>vehicles title</extracomment>
        <translation type="unfinished">Descrieți vehiculul</translation>
    </message>
    <message>
        <source>Tell us whatever you remember. Part of the number plate helps too.</source>
        <extracomment>vehicles hint</extracomment>
        <translation type="unfinished">Spuneți-ne tot ce vă amintiți. Ajută și o parte din numărul de înmatriculare.</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <extracomment>vehicles item_title</extracomment>
        <translation type="unfinished">Vehiculul %1</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <extracomment>vehicles add_label</extracomment>
        <translation type="unfinished">Adăugați un vehicul</translation>
    </message>
    <message>
        <source>Make</source>
        <extracomment>vehicles &gt; vehicle_make title</extracomment>
        <translation type="unfinished">Marca</translation>
    </message>
    <message>
        <source>For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make hint</extracomment>
        <translation type="unfinished">De exemplu, Ford.</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>vehicles &gt; vehicle_model title</extracomment>
        <translation type="unfinished">Modelul</translation>
    </message>
    <message>
        <source>For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model hint</extracomment>
        <translation type="unfinished">De exemplu, Transit.</translation>
    </message>
    <message>
        <source>Colour</source>
        <extracomment>vehicles &gt; vehicle_colour title</extracomment>
        <translation type="unfinished">Culoarea</translation>
    </message>
    <message>
        <source>Number plate, or part of it</source>
        <extracomment>vehicles &gt; vehicle_plate title</extracomment>
        <translation type="unfinished">Numărul de înmatriculare sau o parte din el</translation>
    </message>
    <message>
        <source>Did anyone else see it happen?</source>
        <extracomment>witnesses title; witnesses easy read 1</extracomment>
        <translation type="unfinished">A mai văzut cineva ce s-a întâmplat?</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it</source>
        <extracomment>witness_details title</extracomment>
        <translation type="unfinished">Spuneți-ne despre persoanele care au văzut</translation>
    </message>
    <message>
        <source>For example how many there were, or how to reach them if you know and they agree.</source>
        <extracomment>witness_details hint</extracomment>
        <translation type="unfinished">De exemplu, câte erau sau cum pot fi contactate, dacă știți și dacă sunt de acord.</translation>
    </message>
    <message>
        <source>Could it have been filmed?</source>
        <extracomment>cctv title</extracomment>
        <translation type="unfinished">Ar fi putut fi filmat?</translation>
    </message>
    <message>
        <source>For example by cameras on shops, buses or doorbells, or on someone&apos;s phone.</source>
        <extracomment>cctv hint</extracomment>
        <translation type="unfinished">De exemplu, de camerele de pe magazine, autobuze sau sonerii, ori pe telefonul cuiva.</translation>
    </message>
    <message>
        <source>Your safety</source>
        <extracomment>happened_before section; how_often section; same_people section; getting_worse section; they_know_where_you_live section; you_know_where_they_live section; threatened_return section; injured section; medical_help section; safe_at_home section; others_at_risk section; barriers section</extracomment>
        <translation type="unfinished">Siguranța dumneavoastră</translation>
    </message>
    <message>
        <source>Has anything like this happened before?</source>
        <extracomment>happened_before title</extracomment>
        <translation type="unfinished">S-a mai întâmplat ceva asemănător înainte?</translation>
    </message>
    <message>
        <source>To you, or to the person it happened to.</source>
        <extracomment>happened_before hint</extracomment>
        <translation type="unfinished">Dumneavoastră sau persoanei căreia i s-a întâmplat.</translation>
    </message>
    <message>
        <source>How often has it happened before?</source>
        <extracomment>how_often title</extracomment>
        <translation type="unfinished">De câte ori s-a mai întâmplat înainte?</translation>
    </message>
    <message>
        <source>Once before</source>
        <extracomment>how_often once label</extracomment>
        <translation type="unfinished">O dată</translation>
    </message>
    <message>
        <source>A few times</source>
        <extracomment>how_often few_times label</extracomment>
        <translation type="unfinished">De câteva ori</translation>
    </message>
    <message>
        <source>Many times</source>
        <extracomment>how_often many_times label</extracomment>
        <translation type="unfinished">De multe ori</translation>
    </message>
    <message>
        <source>It happens all the time</source>
        <extracomment>how_often all_the_time label</extracomment>
        <translation type="unfinished">Se întâmplă tot timpul</translation>
    </message>
    <message>
        <source>Was it the same people as before?</source>
        <extracomment>same_people title; same_people easy read 1</extracomment>
        <translation type="unfinished">Au fost aceleași persoane ca înainte?</translation>
    </message>
    <message>
        <source>Are things getting worse?</source>
        <extracomment>getting_worse title; getting_worse easy read 1</extracomment>
        <translation type="unfinished">Lucrurile se înrăutățesc?</translation>
    </message>
    <message>
        <source>Do the people who did it know where you live?</source>
        <extracomment>they_know_where_you_live title; they_know_where_you_live easy read 1</extracomment>
        <translation type="unfinished">Persoanele care au făcut asta știu unde locuiți?</translation>
    </message>
    <message>
        <source>Do you know where they live?</source>
        <extracomment>you_know_where_they_live title; you_know_where_they_live easy read 1</extracomment>
        <translation type="unfinished">Știți unde locuiesc ei?</translation>
    </message>
    <message>
        <source>Have they threatened to come back or to hurt you?</source>
        <extracomment>threatened_return title</extracomment>
        <translation type="unfinished">V-au amenințat că se întorc sau că vă fac rău?</translation>
    </message>
    <message>
        <source>Was anyone hurt?</source>
        <extracomment>injured title; injured easy read 1</extracomment>
        <translation type="unfinished">A fost cineva rănit?</translation>
    </message>
    <message>
        <source>Does anyone need medical help now?</source>
        <extracomment>medical_help title</extracomment>
        <translation type="unfinished">Are cineva nevoie de ajutor medical acum?</translation>
    </message>
    <message>
        <source>If someone is badly hurt, call 999 for an ambulance.</source>
        <extracomment>medical_help hint; medical_help easy read 2</extracomment>
        <translation type="unfinished">Dacă cineva este grav rănit, sunați la 999 pentru o ambulanță.</translation>
    </message>
    <message>
        <source>Do you feel safe at home now?</source>
        <extracomment>safe_at_home title; safe_at_home easy read 1</extracomment>
        <translation type="unfinished">Vă simțiți în siguranță acasă acum?</translation>
    </message>
    <message>
        <source>Is anyone else at risk?</source>
        <extracomment>others_at_risk title</extracomment>
        <translation type="unfinished">Mai este cineva în pericol?</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>others_at_risk children label</extracomment>
        <translation type="unfinished">Copii</translation>
    </message>
    <message>
        <source>My family or the people I live with</source>
        <extracomment>others_at_risk family label</extracomment>
        <translation type="unfinished">Familia mea sau persoanele cu care locuiesc</translation>
    </message>
    <message>
        <source>Other people in my community</source>
        <extracomment>others_at_risk community label</extracomment>
        <translation type="unfinished">Alte persoane din comunitatea mea</translation>
    </message>
    <message>
        <source>Someone else</source>
        <extracomment>others_at_risk other_people label</extracomment>
        <translation type="unfinished">Altcineva</translation>
    </message>
    <message>
        <source>No one else</source>
        <extracomment>others_at_risk none label</extracomment>
        <translation type="unfinished">Nimeni altcineva</translation>
    </message>
    <message>
        <source>Does anything make it harder for you to get help?</source>
        <extracomment>barriers title</extracomment>
        <translation type="unfinished">Vă face ceva mai greu să primiți ajutor?</translation>
    </message>
    <message>
        <source>Choose all that apply. This helps the organisation support you in the right way.</source>
        <extracomment>barriers hint</extracomment>
        <translation type="unfinished">Alegeți tot ce se potrivește. Asta ajută organizația să vă sprijine cum trebuie.</translation>
    </message>
    <message>
        <source>A disability or health condition</source>
        <extracomment>barriers disability label</extracomment>
        <translation type="unfinished">O dizabilitate sau o problemă de sănătate</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>barriers language label</extracomment>
        <translation type="unfinished">Limba</translation>
    </message>
    <message>
        <source>Being on my own, or cut off from other people</source>
        <extracomment>barriers isolation label</extracomment>
        <translation type="unfinished">Singurătatea, sau lipsa legăturii cu alți oameni</translation>
    </message>
    <message>
        <source>Worries about immigration status</source>
        <extracomment>barriers immigration label</extracomment>
        <translation type="unfinished">Îngrijorări legate de statutul de imigrare</translation>
    </message>
    <message>
        <source>Nothing</source>
        <extracomment>barriers none label</extracomment>
        <translation type="unfinished">Nimic</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>support section; interpreter_language section; formats section</extracomment>
        <translation type="unfinished">Sprijin</translation>
    </message>
    <message>
        <source>What would help you?</source>
        <extracomment>support title</extracomment>
        <translation type="unfinished">Ce v-ar ajuta?</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <extracomment>support emotional label</extracomment>
        <translation type="unfinished">Cineva cu care să vorbesc</translation>
    </message>
    <message>
        <source>Practical help</source>
        <extracomment>support practical label</extracomment>
        <translation type="unfinished">Ajutor practic</translation>
    </message>
    <message>
        <source>For example with housing, repairs or security.</source>
        <extracomment>support practical hint</extracomment>
        <translation type="unfinished">De exemplu, cu locuința, reparații sau siguranța.</translation>
    </message>
    <message>
        <source>An interpreter</source>
        <extracomment>support interpreter label</extracomment>
        <translation type="unfinished">Un interpret</translation>
    </message>
    <message>
        <source>Information in another format</source>
        <extracomment>support accessible_formats label</extracomment>
        <translation type="unfinished">Informații în alt format</translation>
    </message>
    <message>
        <source>Someone to speak up for me (an advocate)</source>
        <extracomment>support advocacy label</extracomment>
        <translation type="unfinished">Cineva care să vorbească în numele meu (un reprezentant)</translation>
    </message>
    <message>
        <source>None of these</source>
        <extracomment>support none label</extracomment>
        <translation type="unfinished">Niciuna dintre acestea</translation>
    </message>
    <message>
        <source>Which language would you like an interpreter for?</source>
        <extracomment>interpreter_language title</extracomment>
        <translation type="unfinished">Pentru ce limbă doriți un interpret?</translation>
    </message>
    <message>
        <source>Include British Sign Language if you need it.</source>
        <extracomment>interpreter_language hint</extracomment>
        <translation type="unfinished">Includeți limbajul mimico-gestual britanic (BSL) dacă aveți nevoie.</translation>
    </message>
    <message>
        <source>Which formats would help?</source>
        <extracomment>formats title</extracomment>
        <translation type="unfinished">Ce formate v-ar ajuta?</translation>
    </message>
    <message>
        <source>Easy read</source>
        <extracomment>formats easy_read label</extracomment>
        <translation type="unfinished">Text ușor de citit</translation>
    </message>
    <message>
        <source>Large print</source>
        <extracomment>formats large_print label</extracomment>
        <translation type="unfinished">Scris mare</translation>
    </message>
    <message>
        <source>British Sign Language (BSL) video</source>
        <extracomment>formats bsl label</extracomment>
        <translation type="unfinished">Video în limbajul mimico-gestual britanic (BSL)</translation>
    </message>
    <message>
        <source>Audio</source>
        <extracomment>formats audio label</extracomment>
        <translation type="unfinished">Audio</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <extracomment>your_age title</extracomment>
        <translation type="unfinished">Ce vârstă aveți?</translation>
    </message>
    <message>
        <source>This helps organisations see who is affected. You do not have to say.</source>
        <extracomment>your_age hint</extracomment>
        <translation type="unfinished">Asta ajută organizațiile să vadă cine este afectat. Nu este obligatoriu să spuneți.</translation>
    </message>
    <message>
        <source>65 to 74</source>
        <extracomment>your_age 65_74 label</extracomment>
        <translation type="unfinished">Între 65 și 74</translation>
    </message>
    <message>
        <source>75 or over</source>
        <extracomment>your_age 75_plus label</extracomment>
        <translation type="unfinished">75 sau peste</translation>
    </message>
    <message>
        <source>How do you describe yourself?</source>
        <extracomment>describe_yourself title</extracomment>
        <translation type="unfinished">Cum v-ați descrie?</translation>
    </message>
    <message>
        <source>For example your gender, ethnicity, faith, or anything else you want the organisation to know. You can leave this empty.</source>
        <extracomment>describe_yourself hint</extracomment>
        <translation type="unfinished">De exemplu, genul, etnia, religia sau orice altceva doriți să știe organizația. Puteți lăsa gol.</translation>
    </message>
    <message>
        <source>Choose one of the answers</source>
        <translation type="unfinished">Alegeți unul dintre răspunsuri</translation>
    </message>
    <message>
        <source>Enter the time like 18:30 or 6:30pm, or leave it empty</source>
        <translation type="unfinished">Scrieți ora, de exemplu 18:30, sau lăsați gol</translation>
    </message>
    <message>
        <source>The end date must be after the start date</source>
        <translation type="unfinished">Data de sfârșit trebuie să fie după data de început</translation>
    </message>
    <message>
        <source>Your answer must be %1 characters or fewer. It has %2 too many.</source>
        <translation type="unfinished">Răspunsul trebuie să aibă cel mult %1 caractere. Are %2 în plus.</translation>
    </message>
    <message>
        <source>Choose from the answers shown</source>
        <translation type="unfinished">Alegeți dintre răspunsurile arătate</translation>
    </message>
    <message>
        <source>Choose “%1” on its own, or the other answers, not both</source>
        <translation type="unfinished">Alegeți doar „%1” sau celelalte răspunsuri, nu pe amândouă</translation>
    </message>
    <message>
        <source>The description of the place must be %1 characters or fewer</source>
        <translation type="unfinished">Descrierea locului trebuie să aibă cel mult %1 caractere</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Da</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation type="unfinished">Știu data</translation>
    </message>
    <message>
        <source>I know roughly when (an estimate)</source>
        <translation type="unfinished">Știu aproximativ când (o estimare)</translation>
    </message>
    <message>
        <source>It was between two dates</source>
        <translation type="unfinished">A fost între două date</translation>
    </message>
    <message>
        <source>It keeps happening</source>
        <translation type="unfinished">Se tot întâmplă</translation>
    </message>
    <message>
        <source>Enter only the first part of the postcode, like E1, not the full postcode</source>
        <translation type="unfinished">Scrieți doar prima parte a codului poștal, de exemplu E1, nu tot codul</translation>
    </message>
    <message>
        <source>The area must be 60 characters or fewer</source>
        <translation type="unfinished">Zona trebuie să aibă cel mult 60 de caractere</translation>
    </message>
    <message>
        <source>Enter the first part of a postcode, like E1, or the name of a town, like Leeds</source>
        <translation type="unfinished">Scrieți prima parte a unui cod poștal, de exemplu E1, sau numele unui oraș, de exemplu Leeds</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished">Zona: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished">%1 la %2</translation>
    </message>
    <message>
        <source>About %1 (an estimate)</source>
        <translation type="unfinished">Cam %1 (o estimare)</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation type="unfinished">Între %1 și %2</translation>
    </message>
    <message>
        <source>It keeps happening, since %1</source>
        <translation type="unfinished">Se tot întâmplă, din %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1 (opțional)</translation>
    </message>
    <message>
        <source>Are you in danger right now?</source>
        <extracomment>in_danger easy read 1</extracomment>
        <translation type="unfinished">Sunteți în pericol chiar acum?</translation>
    </message>
    <message>
        <source>If you are, we will show you who to call for help.</source>
        <extracomment>in_danger easy read 2</extracomment>
        <translation type="unfinished">Dacă da, vă arătăm pe cine să sunați pentru ajutor.</translation>
    </message>
    <message>
        <source>You can come back to this report afterwards.</source>
        <extracomment>in_danger easy read 3</extracomment>
        <translation type="unfinished">Puteți reveni la acest raport după aceea.</translation>
    </message>
    <message>
        <source>Tell us who this happened to.</source>
        <extracomment>role easy read 1</extracomment>
        <translation type="unfinished">Spuneți-ne cui i s-a întâmplat.</translation>
    </message>
    <message>
        <source>It can be you, or someone else.</source>
        <extracomment>role easy read 2</extracomment>
        <translation type="unfinished">Puteți fi dumneavoastră sau altcineva.</translation>
    </message>
    <message>
        <source>Tell us what happened, in your own words.</source>
        <extracomment>narrative easy read 1</extracomment>
        <translation type="unfinished">Spuneți-ne ce s-a întâmplat, cu cuvintele dumneavoastră.</translation>
    </message>
    <message>
        <source>Take your time. Write as much as you remember.</source>
        <extracomment>narrative easy read 2</extracomment>
        <translation type="unfinished">Nu trebuie să vă grăbiți. Scrieți tot ce vă amintiți.</translation>
    </message>
    <message>
        <source>What did they do? Choose every answer that is true.</source>
        <extracomment>incident_types easy read 1</extracomment>
        <translation type="unfinished">Ce au făcut? Alegeți toate răspunsurile adevărate.</translation>
    </message>
    <message>
        <source>Why do you think they picked on you, or on them?</source>
        <extracomment>targeted easy read 1</extracomment>
        <translation type="unfinished">De ce credeți că s-au luat de dumneavoastră sau de acea persoană?</translation>
    </message>
    <message>
        <source>Choose every answer that is true. What you think is enough.</source>
        <extracomment>targeted easy read 2</extracomment>
        <translation type="unfinished">Alegeți toate răspunsurile adevărate. Este suficient ce credeți dumneavoastră.</translation>
    </message>
    <message>
        <source>Tell us what else about them you think they picked on.</source>
        <extracomment>targeted_other easy read 1</extracomment>
        <translation type="unfinished">Spuneți-ne ce altceva legat de acea persoană credeți că a fost motivul.</translation>
    </message>
    <message>
        <source>Did it happen on a phone, a computer or the internet?</source>
        <extracomment>online easy read 1</extracomment>
        <translation type="unfinished">S-a întâmplat la telefon, pe calculator sau pe internet?</translation>
    </message>
    <message>
        <source>For example in messages, on social media or in a phone call.</source>
        <extracomment>online easy read 2</extracomment>
        <translation type="unfinished">De exemplu, în mesaje, pe rețelele sociale sau într-un apel telefonic.</translation>
    </message>
    <message>
        <source>Which app or website was it on? For example Facebook or WhatsApp.</source>
        <extracomment>online_platform easy read 1</extracomment>
        <translation type="unfinished">Pe ce aplicație sau site a fost? De exemplu, Facebook sau WhatsApp.</translation>
    </message>
    <message>
        <source>Copy the web address of the post or the account, if you can.</source>
        <extracomment>online_link easy read 1</extracomment>
        <translation type="unfinished">Copiați adresa web a postării sau a contului, dacă puteți.</translation>
    </message>
    <message>
        <source>Tell us what they wrote or said. Copy their words if you can.</source>
        <extracomment>online_content easy read 1</extracomment>
        <translation type="unfinished">Spuneți-ne ce au scris sau ce au spus. Copiați cuvintele lor, dacă puteți.</translation>
    </message>
    <message>
        <source>Can people still see it on the internet?</source>
        <extracomment>online_still_visible easy read 1</extracomment>
        <translation type="unfinished">Oamenii mai pot vedea asta pe internet?</translation>
    </message>
    <message>
        <source>When did it happen? If you are not sure, give your best guess.</source>
        <extracomment>when easy read 1</extracomment>
        <translation type="unfinished">Când s-a întâmplat? Dacă nu știți sigur, spuneți cam când.</translation>
    </message>
    <message>
        <source>We do not look at where you are. Tell us only what you want to.</source>
        <extracomment>where easy read 2</extracomment>
        <translation type="unfinished">Nu verificăm unde vă aflați. Spuneți-ne doar ce doriți.</translation>
    </message>
    <message>
        <source>Do you know the people who did it?</source>
        <extracomment>offender_known easy read 1</extracomment>
        <translation type="unfinished">Cunoașteți persoanele care au făcut asta?</translation>
    </message>
    <message>
        <source>Who are they to you? For example a neighbour or someone from work.</source>
        <extracomment>offender_relationship easy read 1</extracomment>
        <translation type="unfinished">Cine sunt ei pentru dumneavoastră? De exemplu, un vecin sau cineva de la serviciu.</translation>
    </message>
    <message>
        <source>Tell us what each person looked like.</source>
        <extracomment>offenders easy read 1</extracomment>
        <translation type="unfinished">Spuneți-ne cum arăta fiecare persoană.</translation>
    </message>
    <message>
        <source>Only tell us what you saw. You can leave things out.</source>
        <extracomment>offenders easy read 2</extracomment>
        <translation type="unfinished">Spuneți-ne doar ce ați văzut. Puteți sări peste unele lucruri.</translation>
    </message>
    <message>
        <source>About how old did they look?</source>
        <extracomment>offenders &gt; offender_age easy read 1</extracomment>
        <translation type="unfinished">Cam ce vârstă părea să aibă?</translation>
    </message>
    <message>
        <source>What gender did they seem to be, to you?</source>
        <extracomment>offenders &gt; offender_gender easy read 1</extracomment>
        <translation type="unfinished">Ce gen vi s-a părut că are?</translation>
    </message>
    <message>
        <source>What was their body shape, as it looked to you?</source>
        <extracomment>offenders &gt; offender_build easy read 1</extracomment>
        <translation type="unfinished">Cum era corpul persoanei, după cum vi s-a părut?</translation>
    </message>
    <message>
        <source>How tall were they, as it looked to you?</source>
        <extracomment>offenders &gt; offender_height easy read 1</extracomment>
        <translation type="unfinished">Cât de înaltă era persoana, după cum vi s-a părut?</translation>
    </message>
    <message>
        <source>What skin colour or ethnic look did they have, as it looked to you?</source>
        <extracomment>offenders &gt; offender_appearance easy read 1</extracomment>
        <translation type="unfinished">Ce culoare a pielii sau ce aspect etnic avea, după cum vi s-a părut?</translation>
    </message>
    <message>
        <source>What clothes were they wearing?</source>
        <extracomment>offenders &gt; offender_clothing easy read 1</extracomment>
        <translation type="unfinished">Ce haine purta?</translation>
    </message>
    <message>
        <source>What was their hair like? For example the colour, or a beard.</source>
        <extracomment>offenders &gt; offender_hair easy read 1</extracomment>
        <translation type="unfinished">Cum era părul? De exemplu, culoarea sau barba.</translation>
    </message>
    <message>
        <source>How did they speak? Tell us their accent or language.</source>
        <extracomment>offenders &gt; offender_accent easy read 1</extracomment>
        <translation type="unfinished">Cum vorbea? Spuneți-ne accentul sau limba.</translation>
    </message>
    <message>
        <source>Did you notice anything else? For example tattoos, scars or glasses.</source>
        <extracomment>offenders &gt; offender_marks easy read 1</extracomment>
        <translation type="unfinished">Ați observat altceva? De exemplu, tatuaje, cicatrici sau ochelari.</translation>
    </message>
    <message>
        <source>Did they have a car, a van or another vehicle?</source>
        <extracomment>vehicle easy read 1</extracomment>
        <translation type="unfinished">Aveau o mașină, o dubă sau alt vehicul?</translation>
    </message>
    <message>
        <source>Tell us what you remember about the vehicle.</source>
        <extracomment>vehicles easy read 1</extracomment>
        <translation type="unfinished">Spuneți-ne ce vă amintiți despre vehicul.</translation>
    </message>
    <message>
        <source>Part of the number plate helps too.</source>
        <extracomment>vehicles easy read 2</extracomment>
        <translation type="unfinished">Ajută și o parte din numărul de înmatriculare.</translation>
    </message>
    <message>
        <source>Who made the vehicle? For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make easy read 1</extracomment>
        <translation type="unfinished">Ce marcă era vehiculul? De exemplu, Ford.</translation>
    </message>
    <message>
        <source>What model was it? For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model easy read 1</extracomment>
        <translation type="unfinished">Ce model era? De exemplu, Transit.</translation>
    </message>
    <message>
        <source>What colour was the vehicle?</source>
        <extracomment>vehicles &gt; vehicle_colour easy read 1</extracomment>
        <translation type="unfinished">Ce culoare avea vehiculul?</translation>
    </message>
    <message>
        <source>What was the number plate? Part of it helps too.</source>
        <extracomment>vehicles &gt; vehicle_plate easy read 1</extracomment>
        <translation type="unfinished">Care era numărul de înmatriculare? Ajută și o parte din el.</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it.</source>
        <extracomment>witness_details easy read 1</extracomment>
        <translation type="unfinished">Spuneți-ne despre persoanele care au văzut.</translation>
    </message>
    <message>
        <source>Tell us how to reach them, but only if they agree.</source>
        <extracomment>witness_details easy read 2</extracomment>
        <translation type="unfinished">Spuneți-ne cum pot fi contactate, dar numai dacă sunt de acord.</translation>
    </message>
    <message>
        <source>Could a camera have filmed it? For example on a shop, bus or phone.</source>
        <extracomment>cctv easy read 1</extracomment>
        <translation type="unfinished">Ar fi putut fi filmat de o cameră? De exemplu, pe un magazin, în autobuz sau pe un telefon.</translation>
    </message>
    <message>
        <source>Has something like this happened before?</source>
        <extracomment>happened_before easy read 1</extracomment>
        <translation type="unfinished">S-a mai întâmplat ceva asemănător înainte?</translation>
    </message>
    <message>
        <source>How many times has it happened before?</source>
        <extracomment>how_often easy read 1</extracomment>
        <translation type="unfinished">De câte ori s-a mai întâmplat înainte?</translation>
    </message>
    <message>
        <source>Did they say they will come back, or hurt you?</source>
        <extracomment>threatened_return easy read 1</extracomment>
        <translation type="unfinished">Au spus că se întorc sau că vă fac rău?</translation>
    </message>
    <message>
        <source>Does anyone need a doctor or a nurse now?</source>
        <extracomment>medical_help easy read 1</extracomment>
        <translation type="unfinished">Are cineva nevoie de un medic sau de o asistentă acum?</translation>
    </message>
    <message>
        <source>Could anyone else be hurt or in danger?</source>
        <extracomment>others_at_risk easy read 1</extracomment>
        <translation type="unfinished">Ar putea fi și altcineva rănit sau în pericol?</translation>
    </message>
    <message>
        <source>Choose every answer that is true.</source>
        <extracomment>others_at_risk easy read 2</extracomment>
        <translation type="unfinished">Alegeți toate răspunsurile adevărate.</translation>
    </message>
    <message>
        <source>Is anything making it hard for you to get help?</source>
        <extracomment>barriers easy read 1</extracomment>
        <translation type="unfinished">Vă este greu să primiți ajutor din vreun motiv?</translation>
    </message>
    <message>
        <source>This helps them help you in the right way.</source>
        <extracomment>barriers easy read 2</extracomment>
        <translation type="unfinished">Asta îi ajută să vă ajute cum trebuie.</translation>
    </message>
    <message>
        <source>What help would you like? Choose every answer you want.</source>
        <extracomment>support easy read 1</extracomment>
        <translation type="unfinished">Ce ajutor doriți? Alegeți toate răspunsurile pe care le doriți.</translation>
    </message>
    <message>
        <source>Which language do you want an interpreter for? It can be sign language.</source>
        <extracomment>interpreter_language easy read 1</extracomment>
        <translation type="unfinished">Pentru ce limbă doriți un interpret? Poate fi și limbajul mimico-gestual.</translation>
    </message>
    <message>
        <source>How would you like information? For example easy read or large print.</source>
        <extracomment>formats easy read 1</extracomment>
        <translation type="unfinished">Cum doriți să primiți informațiile? De exemplu, text ușor de citit sau scris mare.</translation>
    </message>
    <message>
        <source>How old are you? You do not have to say.</source>
        <extracomment>your_age easy read 1</extracomment>
        <translation type="unfinished">Ce vârstă aveți? Nu este obligatoriu să spuneți.</translation>
    </message>
    <message>
        <source>Tell us about yourself, if you want to. You can leave this empty.</source>
        <extracomment>describe_yourself easy read 1</extracomment>
        <translation type="unfinished">Spuneți-ne despre dumneavoastră, dacă doriți. Puteți lăsa gol.</translation>
    </message>
    <message>
        <source>More about what happened</source>
        <extracomment>incident_types section</extracomment>
        <translation type="unfinished">Mai multe despre ce s-a întâmplat</translation>
    </message>
    <message>
        <source>Copy it here if you can, word for word. Keep any screenshots on your phone and say here that you have them: the organisation can ask you for them later.</source>
        <extracomment>online_content hint</extracomment>
        <translation type="unfinished">Copiați-l aici dacă puteți, cuvânt cu cuvânt. Păstrați capturile de ecran pe telefon și spuneți aici că le aveți: organizația vi le poate cere mai târziu.</translation>
    </message>
    <message>
        <source>Only the organisations you choose to send this report to will see this answer (the police too, if you choose them). Support organisations do not pass it to immigration enforcement without your agreement.</source>
        <extracomment>barriers immigration hint</extracomment>
        <translation type="unfinished">Doar organizațiile cărora alegeți să le trimiteți acest raport vor vedea acest răspuns (și poliția, dacă o alegeți). Organizațiile de sprijin nu îl transmit autorităților de control al imigrației fără acordul dumneavoastră.</translation>
    </message>
    <message>
        <source>Only the organisations you choose will see your answer.</source>
        <extracomment>barriers easy read 3</extracomment>
        <translation type="unfinished">Doar organizațiile pe care le alegeți vor vedea răspunsul dumneavoastră.</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished">Opriți citirea</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation type="unfinished">Citiți această pagină cu voce tare</translation>
    </message>
    <message>
        <source>Read aloud is not available in %1 on this device. A volunteer or a friend can read the questions to you.</source>
        <translation type="unfinished">Citirea cu voce tare nu este disponibilă în %1 pe acest dispozitiv. Un voluntar sau un prieten vă poate citi întrebările.</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who should we send your report to?</source>
        <translation type="unfinished">Cui să trimitem raportul dumneavoastră?</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">Poliția</translation>
    </message>
    <message>
        <source>The police force for the area where it happened.</source>
        <translation type="unfinished">Poliția din zona în care s-a întâmplat.</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">O organizație de sprijin</translation>
    </message>
    <message>
        <source>A third-party reporting centre. It can support you, and can pass your report to the police if you want.</source>
        <translation type="unfinished">Un centru de raportare independent de poliție. Vă poate sprijini și poate trimite raportul la poliție, dacă doriți.</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">Și poliția, și o organizație de sprijin</translation>
    </message>
    <message>
        <source>Each gets its own copy.</source>
        <translation type="unfinished">Fiecare primește propria copie.</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">Doar să fie înregistrat: nu vreau să se ia nicio măsură</translation>
    </message>
    <message>
        <source>A support organisation records it so that hate crime is counted. We ask them not to take any action.</source>
        <translation type="unfinished">O organizație de sprijin îl înregistrează, ca infracțiunile motivate de ură să fie numărate. Le cerem să nu ia nicio măsură.</translation>
    </message>
    <message>
        <source>Your report is locked so that only the organisations you choose can read it. Each one can see which others you chose.</source>
        <translation type="unfinished">Raportul dumneavoastră este protejat, astfel încât numai organizațiile pe care le alegeți îl pot citi. Fiecare poate vedea ce alte organizații ați ales.</translation>
    </message>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers on the first page.</source>
        <translation type="unfinished">Harbour nu găsește pe acest dispozitiv o listă actualizată de organizații, așa că nu poate trimite raportul. Vă rugăm să folosiți unul dintre numerele de telefon de pe prima pagină.</translation>
    </message>
    <message>
        <source>This device sends every report to: %1</source>
        <translation type="unfinished">Acest dispozitiv trimite toate rapoartele către: %1</translation>
    </message>
    <message>
        <source>Choose the police force</source>
        <translation type="unfinished">Alegeți poliția</translation>
    </message>
    <message>
        <source>Choose the police force and a support organisation</source>
        <translation type="unfinished">Alegeți poliția și o organizație de sprijin</translation>
    </message>
    <message>
        <source>Choose a support organisation</source>
        <translation type="unfinished">Alegeți o organizație de sprijin</translation>
    </message>
    <message>
        <source>These cover %1, where you said it happened.</source>
        <translation type="unfinished">Acestea acoperă %1, unde ați spus că s-a întâmplat.</translation>
    </message>
    <message>
        <source>You did not say where it happened, so organisations for every area are shown.</source>
        <translation type="unfinished">Nu ați spus unde s-a întâmplat, așa că sunt afișate organizații pentru toate zonele.</translation>
    </message>
    <message>
        <source>%1. %2. Reports about: %3. Languages: %4.</source>
        <translation type="unfinished">%1. %2. Rapoarte despre: %3. Limbi: %4.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Continuați</translation>
    </message>
    <message>
        <source>What would you like to happen?</source>
        <translation type="unfinished">Ce doriți să se întâmple?</translation>
    </message>
    <message>
        <source>Choose who gets your report.</source>
        <translation type="unfinished">Alegeți cine primește raportul.</translation>
    </message>
    <message>
        <source>Only the ones you choose can read it.</source>
        <translation type="unfinished">Doar cei pe care îi alegeți îl pot citi.</translation>
    </message>
    <message>
        <source>A support group can help you. The police can look into what happened.</source>
        <translation type="unfinished">Un grup de sprijin vă poate ajuta. Poliția poate cerceta ce s-a întâmplat.</translation>
    </message>
</context>
<context>
    <name>SendTimeChoice</name>
    <message>
        <source>Send it now</source>
        <translation type="unfinished">Trimite-l acum</translation>
    </message>
    <message>
        <source>Send it at a random time in the next day</source>
        <translation type="unfinished">Trimite-l la o oră aleatorie în următoarea zi</translation>
    </message>
    <message>
        <source>Send it at a random time in the next 3 days</source>
        <translation type="unfinished">Trimite-l la o oră aleatorie în următoarele 3 zile</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation type="unfinished">Când să fie trimis</translation>
    </message>
    <message>
        <source>The organisation sees when your report arrives. If you do not want that time to match where you were, Harbour can send it later, at a time nobody can guess.</source>
        <translation type="unfinished">Organizația vede când ajunge raportul tău. Dacă nu vrei ca ora aceea să se potrivească cu locul în care ai fost, Harbour îl poate trimite mai târziu, la o oră pe care nimeni nu o poate ghici.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>How Harbour looks and sounds</source>
        <translation type="unfinished">Cum arată și cum sună Harbour</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation type="unfinished">Dacă aveți nevoie de ajutor acum</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">Dacă sunteți în pericol acum, sunați la 999. Persoanele surde pot folosi 999 BSL sau pot trimite SMS la 999, dacă sunt înregistrate. Dacă nu este o urgență, sunați la 101.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff: helping someone make a report</source>
        <translation type="unfinished">Personal: ajutați pe cineva să facă un raport</translation>
    </message>
    <message>
        <source>If you are a volunteer helping someone to report, enter the volunteer code. The report will say that someone helped. It never says who.</source>
        <translation type="unfinished">Dacă sunteți voluntar și ajutați pe cineva să raporteze, scrieți codul voluntarului. Raportul va spune că cineva a ajutat. Nu spune niciodată cine.</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">Codul voluntarului</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished">Se verifică codul…</translation>
    </message>
    <message>
        <source>Start assisted mode</source>
        <translation type="unfinished">Porniți modul asistat</translation>
    </message>
    <message>
        <source>Assisted mode is on. The report will say that a volunteer helped. It never says who.</source>
        <translation type="unfinished">Modul asistat este pornit. Raportul va spune că a ajutat un voluntar. Nu spune niciodată cine.</translation>
    </message>
    <message>
        <source>Turn off the time limit for this session</source>
        <translation type="unfinished">Opriți limita de timp pentru această sesiune</translation>
    </message>
    <message>
        <source>The report is not cleared when nobody touches the screen for a while. Press Exit when you have finished.</source>
        <translation type="unfinished">Raportul nu este șters când nimeni nu atinge ecranul o vreme. Apăsați Ieșire când ați terminat.</translation>
    </message>
    <message>
        <source>Start the report</source>
        <translation type="unfinished">Începeți raportul</translation>
    </message>
    <message>
        <source>For the organisation</source>
        <translation type="unfinished">Pentru organizație</translation>
    </message>
    <message>
        <source>Kiosk settings (admin passphrase)</source>
        <translation type="unfinished">Setările chioșcului (fraza de acces de administrator)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Report a hate crime</source>
        <translation type="unfinished">Raportați o infracțiune motivată de ură</translation>
    </message>
    <message>
        <source>Report a hate crime or hate incident</source>
        <translation type="unfinished">Raportați o infracțiune sau un incident motivat de ură</translation>
    </message>
    <message>
        <source>Use this to tell an organisation about something that happened to you or someone else because of who they are.</source>
        <translation type="unfinished">Folosiți acest serviciu ca să spuneți unei organizații despre ceva ce vi s-a întâmplat dumneavoastră sau altcuiva din cauza identității.</translation>
    </message>
    <message>
        <source>It takes about 10 minutes. You do not have to give your name. Only %1 can read what you send.</source>
        <translation type="unfinished">Durează aproximativ 10 minute. Nu trebuie să vă spuneți numele. Nimeni în afară de %1 nu poate citi ce trimiteți.</translation>
    </message>
    <message>
        <source>You can press Exit at any time. It clears everything you have typed.</source>
        <translation type="unfinished">Puteți apăsa Ieșire oricând. Așa se șterge tot ce ați scris.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished">Începeți acum</translation>
    </message>
    <message>
        <source>If you are in danger now, or would rather phone:</source>
        <translation type="unfinished">Dacă sunteți în pericol acum sau preferați să sunați:</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">Dacă sunteți în pericol acum, sunați la 999. Persoanele surde pot folosi 999 BSL sau pot trimite SMS la 999, dacă sunt înregistrate. Dacă nu este o urgență, sunați la 101.</translation>
    </message>
    <message>
        <source>Assisted mode is on: the report will say that a volunteer helped, never who.</source>
        <translation type="unfinished">Modul asistat este pornit: raportul va spune că a ajutat un voluntar, niciodată cine.</translation>
    </message>
    <message>
        <source>Staff: I am helping someone</source>
        <translation type="unfinished">Personal: ajut pe cineva</translation>
    </message>
    <message>
        <source>Tell us when someone was hurt or scared because of who they are.</source>
        <translation type="unfinished">Spuneți-ne când cineva a fost rănit sau speriat pentru că este cine este.</translation>
    </message>
    <message>
        <source>It takes about 10 minutes.</source>
        <translation type="unfinished">Durează aproximativ 10 minute.</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">Nu trebuie să vă spuneți numele.</translation>
    </message>
    <message>
        <source>Only %1 can read what you send.</source>
        <translation type="unfinished">Nimeni în afară de %1 nu poate citi ce trimiteți.</translation>
    </message>
    <message>
        <source>Press Exit at any time. It clears everything you typed.</source>
        <translation type="unfinished">Puteți apăsa Ieșire oricând. Așa se șterge tot ce ați scris.</translation>
    </message>
    <message>
        <source>I have a follow-up code</source>
        <translation type="unfinished">Am un cod de urmărire</translation>
    </message>
    <message>
        <source>I have a follow-up code: read replies to my report</source>
        <translation type="unfinished">Am un cod de urmărire: citește răspunsurile la raportul meu</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <source>Send now, or tell us more</source>
        <translation type="unfinished">Trimiteți acum sau spuneți-ne mai multe</translation>
    </message>
    <message>
        <source>You have told us enough to send your report. You can send it now.</source>
        <translation type="unfinished">Ne-ați spus destul ca să trimiteți raportul. Îl puteți trimite acum.</translation>
    </message>
    <message>
        <source>You can send your report now.</source>
        <translation type="unfinished">Puteți trimite raportul acum.</translation>
    </message>
    <message>
        <source>Or you can tell us more. You choose which parts.</source>
        <translation type="unfinished">Sau ne puteți spune mai multe. Dumneavoastră alegeți ce părți.</translation>
    </message>
    <message>
        <source>Every part is up to you. You can skip them all.</source>
        <translation type="unfinished">Fiecare parte este la alegerea dumneavoastră. Le puteți sări pe toate.</translation>
    </message>
    <message>
        <source>Check and send your report</source>
        <translation type="unfinished">Verificați și trimiteți raportul</translation>
    </message>
    <message>
        <source>Tell us more (optional)</source>
        <translation type="unfinished">Spuneți-ne mai multe (opțional)</translation>
    </message>
    <message>
        <source>You asked only for it to be recorded, so you do not need to answer any of these. Open a part only if you want to.</source>
        <translation type="unfinished">Ați cerut doar să fie înregistrat, așa că nu trebuie să răspundeți la niciuna dintre acestea. Deschideți o parte doar dacă doriți.</translation>
    </message>
    <message>
        <source>More details can help them act, for example to find who did it or to keep you safe. Open any part you want and skip the rest.</source>
        <translation type="unfinished">Mai multe detalii îi pot ajuta să acționeze, de exemplu să găsească cine a făcut asta sau să vă protejeze. Deschideți orice parte doriți și săriți peste rest.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished">Neînceput</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">Răspuns la %1 din %2</translation>
    </message>
</context>
<context>
    <name>TimeoutWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation type="unfinished">Aveți nevoie de mai mult timp?</translation>
    </message>
    <message numerus="yes">
        <source>To keep your report private, we will clear it in %n second(s) if you do nothing.</source>
        <translation type="unfinished">
            <numerusform>Ca raportul să rămână privat, îl vom șterge peste %n secundă dacă nu faceți nimic.</numerusform>
            <numerusform>Ca raportul să rămână privat, îl vom șterge peste %n secunde dacă nu faceți nimic.</numerusform>
            <numerusform>Ca raportul să rămână privat, îl vom șterge peste %n de secunde dacă nu faceți nimic.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished">Am nevoie de mai mult timp</translation>
    </message>
    <message>
        <source>Clear my report now</source>
        <translation type="unfinished">Ștergeți raportul acum</translation>
    </message>
</context>
<context>
    <name>TorChoice</name>
    <message>
        <source>How to send</source>
        <translation type="unfinished">Cum să fie trimis</translation>
    </message>
    <message>
        <source>When your report arrives, the organisation can see the internet address of this device. It can show who gives you your internet connection and roughly where you are.</source>
        <translation type="unfinished">Când raportul tău ajunge, organizația poate vedea adresa de internet a acestui dispozitiv. Ea poate arăta cine îți oferă conexiunea la internet și aproximativ unde te afli.</translation>
    </message>
    <message>
        <source>Tor hides it. Your report passes through three other computers first, so the organisation does not see your address and your internet provider does not see where the report goes. Tor must be running on this device, for example the Orbot app on Android.</source>
        <translation type="unfinished">Tor o ascunde. Raportul trece mai întâi prin alte trei calculatoare, astfel încât organizația nu îți vede adresa, iar furnizorul tău de internet nu vede unde ajunge raportul. Tor trebuie să ruleze pe acest dispozitiv, de exemplu aplicația Orbot pe Android.</translation>
    </message>
    <message>
        <source>Send it directly</source>
        <translation type="unfinished">Trimite-l direct</translation>
    </message>
    <message>
        <source>Send it through Tor</source>
        <translation type="unfinished">Trimite-l prin Tor</translation>
    </message>
    <message>
        <source>If Tor is not running, your report waits on this device until it is. It is never sent another way. Your internet provider can see that you use Tor, but not what you send.</source>
        <translation type="unfinished">Dacă Tor nu rulează, raportul așteaptă pe acest dispozitiv până când pornește. Nu este trimis niciodată în alt mod. Furnizorul tău de internet poate vedea că folosești Tor, dar nu ce trimiți.</translation>
    </message>
</context>
<context>
    <name>harbour::kiosk::KioskControls</name>
    <message>
        <source>That volunteer code is not right. Check it and try again.</source>
        <translation type="unfinished">Codul voluntarului nu este corect. Verificați-l și încercați din nou.</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Check it and try again.</source>
        <translation type="unfinished">Fraza de acces de administrator nu este corectă. Verificați-o și încercați din nou.</translation>
    </message>
    <message>
        <source>That volunteer code is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">Codul voluntarului nu este corect. Prea multe încercări greșite: puteți încerca din nou peste %1.</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">Fraza de acces de administrator nu este corectă. Prea multe încercări greșite: puteți încerca din nou peste %1.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Nothing was checked. You can try again in %1.</source>
        <translation type="unfinished">Prea multe încercări greșite. Nu s-a verificat nimic. Puteți încerca din nou peste %1.</translation>
    </message>
    <message>
        <source>This kiosk has no volunteer code. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">Acest chioșc nu are cod de voluntar. Organizația poate seta unul cu harbour-kiosk-setup.</translation>
    </message>
    <message>
        <source>This kiosk has no admin passphrase. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">Acest chioșc nu are frază de acces de administrator. Organizația poate seta una cu harbour-kiosk-setup.</translation>
    </message>
    <message>
        <source>This kiosk cannot record tries, so nothing was checked. Ask the organisation to look at this kiosk.</source>
        <translation type="unfinished">Acest chioșc nu poate înregistra încercările, deci nu s-a verificat nimic. Cereți organizației să verifice acest chioșc.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n secundă</numerusform>
            <numerusform>%n secunde</numerusform>
            <numerusform>%n de secunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n minut</numerusform>
            <numerusform>%n minute</numerusform>
            <numerusform>%n de minute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harbour::routing::ProposalModel</name>
    <message>
        <source>Race or ethnicity</source>
        <translation type="unfinished">Rasă sau etnie</translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation type="unfinished">Religie sau credință</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation type="unfinished">Orientare sexuală</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished">Dizabilitate</translation>
    </message>
    <message>
        <source>Transgender identity</source>
        <translation type="unfinished">Identitate transgender</translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation type="unfinished">Acoperă: %1</translation>
    </message>
    <message>
        <source>Covers all areas</source>
        <translation type="unfinished">Acoperă toate zonele</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">Poliție</translation>
    </message>
    <message>
        <source>Support organisation</source>
        <translation type="unfinished">Organizație de sprijin</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <translation type="unfinished">Subcultură alternativă</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <translation type="unfinished">Sex sau gen</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Vârstă</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Altele</translation>
    </message>
    <message>
        <source>all kinds of hate crime</source>
        <translation type="unfinished">toate tipurile de infracțiuni motivate de ură</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other language(s)</source>
        <translation type="unfinished">
            <numerusform>%1 și încă %n limbă</numerusform>
            <numerusform>%1 și încă %n limbi</numerusform>
            <numerusform>%1 și încă %n de limbi</numerusform>
        </translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished">Trimiteți un e-mail la %1</translation>
    </message>
</context>
<context>
    <name>harbour::routing::Routing</name>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers below.</source>
        <translation type="unfinished">Harbour nu găsește pe acest dispozitiv o listă actualizată de organizații, așa că nu poate trimite raportul. Vă rugăm să folosiți unul dintre numerele de telefon de mai jos.</translation>
    </message>
    <message>
        <source>Select who should receive your report</source>
        <translation type="unfinished">Alegeți cine să primească raportul</translation>
    </message>
    <message>
        <source>Select a police force</source>
        <translation type="unfinished">Alegeți poliția</translation>
    </message>
    <message>
        <source>Select a support organisation</source>
        <translation type="unfinished">Alegeți o organizație de sprijin</translation>
    </message>
    <message>
        <source>Select whether we can contact you</source>
        <translation type="unfinished">Alegeți dacă vă putem contacta</translation>
    </message>
    <message>
        <source>Select who may contact you</source>
        <translation type="unfinished">Alegeți cine vă poate contacta</translation>
    </message>
    <message>
        <source>Select how we can contact you: by phone, by email, or both</source>
        <translation type="unfinished">Alegeți cum vă putem contacta: prin telefon, prin e-mail sau în ambele moduri</translation>
    </message>
    <message>
        <source>Enter a phone number, like 07700 900 982</source>
        <translation type="unfinished">Introduceți un număr de telefon, cum ar fi 07700 900 982</translation>
    </message>
    <message>
        <source>Enter an email address in the correct format, like name@example.com</source>
        <translation type="unfinished">Introduceți o adresă de e-mail în formatul corect, cum ar fi name@example.com</translation>
    </message>
    <message>
        <source>To be contacted through a support organisation, let a support organisation contact you</source>
        <translation type="unfinished">Pentru ca legătura să se facă prin intermediul unei organizații de sprijin, permiteți unei organizații de sprijin să vă contacteze</translation>
    </message>
    <message>
        <source>Select whether we can share your report with other agencies to keep you safe</source>
        <translation type="unfinished">Alegeți dacă putem transmite raportul altor instituții, pentru a vă proteja</translation>
    </message>
</context>
<context>
    <name>harbour::routing::SupportContactModel</name>
    <message>
        <source>Call %1</source>
        <translation type="unfinished">Sunați la %1</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation type="unfinished">Trimiteți SMS la %1</translation>
    </message>
    <message>
        <source>Relay UK: %1</source>
        <translation type="unfinished">Relay UK: %1</translation>
    </message>
    <message>
        <source>BSL video relay: %1</source>
        <translation type="unfinished">Interpret video BSL: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation type="unfinished">Site web: %1</translation>
    </message>
</context>
<context>
    <name>harbour::session::FollowUp</name>
    <message>
        <source>This device could not make a follow-up code: it needs about 256 MB of free memory. Close other apps and try again, or send your report without a code.</source>
        <translation type="unfinished">Acest dispozitiv nu a putut crea un cod de urmărire: are nevoie de aproximativ 256 MB de memorie liberă. Închide alte aplicații și încearcă din nou sau trimite raportul fără cod.</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">Tastează codul de urmărire</translation>
    </message>
    <message>
        <source>That is not the same code. Look at each letter and number again.</source>
        <translation type="unfinished">Nu este același cod. Verifică din nou fiecare literă și cifră.</translation>
    </message>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">Introdu codul de urmărire</translation>
    </message>
    <message>
        <source>Your follow-up code has 20 letters and numbers. Check that you typed all of them, and no more.</source>
        <translation type="unfinished">Codul de urmărire are 20 de litere și cifre. Verifică dacă le-ai tastat pe toate și nimic în plus.</translation>
    </message>
    <message>
        <source>Check your follow-up code: it has a character that codes do not use. Codes use the numbers 0 to 9 and the letters A to Z, but not U.</source>
        <translation type="unfinished">Verifică codul de urmărire: are un caracter pe care codurile nu îl folosesc. Codurile folosesc cifrele 0-9 și literele A-Z, dar nu U.</translation>
    </message>
    <message>
        <source>This device does not have enough free memory to open a follow-up code (it needs about 256 MB). Close other apps and try again.</source>
        <translation type="unfinished">Acest dispozitiv nu are destulă memorie liberă pentru a deschide un cod de urmărire (are nevoie de aproximativ 256 MB). Închide alte aplicații și încearcă din nou.</translation>
    </message>
    <message>
        <source>Harbour cannot check for replies now. Check that you are connected to the internet and try again.</source>
        <translation type="unfinished">Harbour nu poate căuta răspunsuri acum. Verifică dacă ești conectat la internet și încearcă din nou.</translation>
    </message>
    <message>
        <source>The replies were deleted. Nobody can read them now, even with the code.</source>
        <translation type="unfinished">Răspunsurile au fost șterse. Nimeni nu le mai poate citi, nici cu codul.</translation>
    </message>
    <message>
        <source>Some replies could not be deleted now. Try again later.</source>
        <translation type="unfinished">Unele răspunsuri nu au putut fi șterse acum. Încearcă din nou mai târziu.</translation>
    </message>
    <message>
        <source>Write your answer, or say whether the response helped</source>
        <translation type="unfinished">Scrie răspunsul sau spune dacă răspunsul te-a ajutat</translation>
    </message>
    <message>
        <source>Write what you want to add to your report</source>
        <translation type="unfinished">Scrie ce vrei să adaugi la raport</translation>
    </message>
    <message>
        <source>Your text is too long. Make it shorter.</source>
        <translation type="unfinished">Textul este prea lung. Scurtează-l.</translation>
    </message>
    <message>
        <source>Harbour cannot save your answer on this device. Nothing was sent.</source>
        <translation type="unfinished">Harbour nu poate salva răspunsul pe acest dispozitiv. Nu s-a trimis nimic.</translation>
    </message>
    <message>
        <source>You can add information once an organisation has replied to you.</source>
        <translation type="unfinished">Poți adăuga informații după ce o organizație ți-a răspuns.</translation>
    </message>
    <message>
        <source>Harbour does not know where to send this: the organisation that replied is not in its list. Contact them another way and give your reference number.</source>
        <translation type="unfinished">Harbour nu știe unde să trimită asta: organizația care a răspuns nu este în lista sa. Contacteaz-o altfel și dă numărul de referință.</translation>
    </message>
    <message>
        <source>Your answer could not be saved for sending. Your device may be full. Nothing was sent.</source>
        <translation type="unfinished">Răspunsul nu a putut fi salvat pentru trimitere. Dispozitivul poate fi plin. Nu s-a trimis nimic.</translation>
    </message>
    <message>
        <source>Your answer is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">Răspunsul a fost salvat. Harbour îl va trimite cât mai curând posibil.</translation>
    </message>
    <message>
        <source>What you added is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">Ce ai adăugat a fost salvat. Harbour va trimite cât mai curând posibil.</translation>
    </message>
    <message>
        <source>Sent. The organisation has your answer now.</source>
        <translation type="unfinished">Trimis. Organizația are acum răspunsul tău.</translation>
    </message>
    <message>
        <source>Some replies could not be opened with this code: they may have been changed on the way. They are not shown.</source>
        <translation type="unfinished">Unele răspunsuri nu au putut fi deschise cu acest cod: poate au fost modificate pe drum. Nu sunt afișate.</translation>
    </message>
</context>
<context>
    <name>harbour::session::ReportSession</name>
    <message>
        <source>the organisations you choose</source>
        <translation type="unfinished">organizațiile pe care le alegeți</translation>
    </message>
    <message>
        <source>Harbour cannot save reports on this device. Please use another way to report.</source>
        <translation type="unfinished">Harbour nu poate salva rapoarte pe acest dispozitiv. Vă rugăm să raportați în alt mod.</translation>
    </message>
    <message>
        <source>Choose who should receive your report before sending it. Nothing was sent.</source>
        <translation type="unfinished">Alegeți cine să primească raportul înainte de a-l trimite. Nu s-a trimis nimic.</translation>
    </message>
    <message>
        <source>Your report could not be prepared for sending. Nothing was sent.</source>
        <translation type="unfinished">Raportul nu a putut fi pregătit pentru trimitere. Nu s-a trimis nimic.</translation>
    </message>
    <message>
        <source>Your report could not be saved for sending. Your device may be full. Your answers are still here: free some space and press Send again.</source>
        <translation type="unfinished">Raportul nu a putut fi salvat pentru trimitere. Este posibil ca dispozitivul să fie plin. Răspunsurile sunt încă aici: eliberați puțin spațiu și apăsați din nou „Trimiteți raportul”.</translation>
    </message>
</context>
</TS>
