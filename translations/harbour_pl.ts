<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AdminPage</name>
    <message>
        <source>Kiosk settings</source>
        <translation type="unfinished">Ustawienia kiosku</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished">nie ustawiono</translation>
    </message>
    <message>
        <source>For the organisation&apos;s staff. After a few wrong tries you have to wait before trying again, longer each time.</source>
        <translation type="unfinished">Dla personelu organizacji. Po kilku błędnych próbach trzeba poczekać przed kolejną, za każdym razem dłużej.</translation>
    </message>
    <message>
        <source>Admin passphrase</source>
        <translation type="unfinished">Hasło administratora</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished">Sprawdzanie hasła…</translation>
    </message>
    <message>
        <source>Unlock the settings</source>
        <translation type="unfinished">Odblokuj ustawienia</translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation type="unfinished">Nazwa kiosku</translation>
    </message>
    <message>
        <source>Default organisation</source>
        <translation type="unfinished">Domyślna organizacja</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation type="unfinished">Dostępne języki</translation>
    </message>
    <message>
        <source>all shipped languages</source>
        <translation type="unfinished">wszystkie dostępne języki</translation>
    </message>
    <message>
        <source>Warning after no input</source>
        <translation type="unfinished">Ostrzeżenie po braku aktywności</translation>
    </message>
    <message>
        <source>Time to answer the warning</source>
        <translation type="unfinished">Czas na odpowiedź na ostrzeżenie</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">Kod wolontariusza</translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished">ustawiono</translation>
    </message>
    <message>
        <source>To change these settings, use harbour-kiosk-setup and the kiosk&apos;s configuration file.</source>
        <translation type="unfinished">Aby zmienić te ustawienia, użyj harbour-kiosk-setup i pliku konfiguracyjnego kiosku.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s signing key</source>
        <translation type="unfinished">Klucz podpisu tego kiosku</translation>
    </message>
    <message>
        <source>Reports from this kiosk are signed with this key. Register it with your organisation, and compare the fingerprint aloud.</source>
        <translation type="unfinished">Zgłoszenia z tego kiosku są podpisywane tym kluczem. Zarejestruj go w swojej organizacji i porównajcie odcisk na głos.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">Odcisk klucza</translation>
    </message>
    <message>
        <source>This kiosk has no signing key, so its reports are not signed: %1</source>
        <translation type="unfinished">Ten kiosk nie ma klucza podpisu, więc jego zgłoszenia nie są podpisane: %1</translation>
    </message>
    <message>
        <source>Lock the settings</source>
        <translation type="unfinished">Zablokuj ustawienia</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n sekunda</numerusform>
            <numerusform>%n sekundy</numerusform>
            <numerusform>%n sekund</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackLink</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">Wstecz</translation>
    </message>
</context>
<context>
    <name>ChangeLink</name>
    <message>
        <source>Change</source>
        <translation type="unfinished">Zmień</translation>
    </message>
</context>
<context>
    <name>CheckAnswersPage</name>
    <message>
        <source>Check your answers before sending your report</source>
        <translation type="unfinished">Sprawdź odpowiedzi przed wysłaniem zgłoszenia</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. If you are in danger now, call 999.</source>
        <translation type="unfinished">Twoje zgłoszenie zostanie oznaczone jako pilne. Jeśli grozi Ci teraz niebezpieczeństwo, zadzwoń pod 999.</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation type="unfinished">Nie podano</translation>
    </message>
    <message>
        <source>Change your answer to: %1</source>
        <translation type="unfinished">Zmień odpowiedź na pytanie: %1</translation>
    </message>
    <message>
        <source>Now send your report</source>
        <translation type="unfinished">Teraz wyślij zgłoszenie</translation>
    </message>
    <message>
        <source>Your report is locked on this device so that only %1 can read it. If there is no internet now, it will be sent when there is.</source>
        <translation type="unfinished">Twoje zgłoszenie jest zabezpieczone na tym urządzeniu, tak aby było dostępne tylko dla %1. Jeśli teraz nie ma internetu, zostanie wysłane, gdy internet będzie dostępny.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">Wyślij zgłoszenie</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished">Twoja odpowiedź: %1</translation>
    </message>
    <message>
        <source>Here is everything you told us.</source>
        <translation type="unfinished">Oto wszystko, co od Ciebie wiemy.</translation>
    </message>
    <message>
        <source>Press Change to fix an answer.</source>
        <translation type="unfinished">Naciśnij Zmień, aby poprawić odpowiedź.</translation>
    </message>
    <message>
        <source>When it is right, send your report.</source>
        <translation type="unfinished">Gdy wszystko się zgadza, wyślij zgłoszenie.</translation>
    </message>
    <message>
        <source>Who gets your report</source>
        <translation type="unfinished">Kto dostanie Twoje zgłoszenie</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished">Nie wybrano</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">Policja</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">Organizacja wsparcia</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">Policja i organizacja wsparcia</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">Tylko zarejestrować: nie chcę, żeby podejmowano jakiekolwiek działania</translation>
    </message>
    <message>
        <source>No organisation chosen yet: choose one before sending</source>
        <translation type="unfinished">Nie wybrano jeszcze organizacji: wybierz ją przed wysłaniem</translation>
    </message>
    <message>
        <source>Can they contact you?</source>
        <translation type="unfinished">Czy mogą się z Tobą skontaktować?</translation>
    </message>
    <message>
        <source>Yes. Only %1 may contact you.</source>
        <translation type="unfinished">Tak. Skontaktować się z Tobą może tylko: %1.</translation>
    </message>
    <message>
        <source>Yes, but you have not ticked who may contact you</source>
        <translation type="unfinished">Tak, ale nie zaznaczono, kto może się z Tobą skontaktować</translation>
    </message>
    <message>
        <source>No, keep me anonymous.</source>
        <translation type="unfinished">Nie, chcę zachować anonimowość.</translation>
    </message>
    <message>
        <source>No, keep me anonymous. They cannot reply to you, unless you ask for a follow-up code here.</source>
        <translation type="unfinished">Nie, chcę zachować anonimowość. Nie będą mogli Ci odpowiedzieć, chyba że poprosisz tutaj o kod do odpowiedzi.</translation>
    </message>
    <message>
        <source>You will get a follow-up code to read their replies.</source>
        <translation type="unfinished">Dostaniesz kod do odpowiedzi, dzięki któremu przeczytasz ich odpowiedzi.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished">Twoje odpowiedzi</translation>
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
        <translation type="unfinished">Aby się z nimi skontaktować, skorzystaj z jednego z tych sposobów i podaj swój numer referencyjny:</translation>
    </message>
</context>
<context>
    <name>CodeCard</name>
    <message>
        <source>Harbour code</source>
        <translation type="unfinished">Kod Harbour</translation>
    </message>
    <message>
        <source>Your code is %1</source>
        <translation type="unfinished">Twój kod to %1</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Report sent</source>
        <translation type="unfinished">Zgłoszenie wysłane</translation>
    </message>
    <message>
        <source>Report saved and waiting to send</source>
        <translation type="unfinished">Zgłoszenie zapisane i czeka na wysłanie</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation type="unfinished">Twój numer referencyjny</translation>
    </message>
    <message>
        <source>Your reference number is %1</source>
        <translation type="unfinished">Twój numer referencyjny to %1</translation>
    </message>
    <message>
        <source>%1 has received your report.</source>
        <translation type="unfinished">Twoje zgłoszenie dotarło do %1.</translation>
    </message>
    <message>
        <source>There is no connection to %1 yet. Harbour will keep trying and send it when it can. Your report is locked so only they can read it.</source>
        <translation type="unfinished">Nie ma jeszcze połączenia z %1. Aplikacja Harbour będzie próbować dalej i wyśle zgłoszenie, gdy tylko będzie mogła. Twoje zgłoszenie jest zabezpieczone, więc tylko oni mogą je przeczytać.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished">Co będzie dalej</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. If you gave contact details, the organisation may contact you. If you did not, they cannot.</source>
        <translation type="unfinished">Zapisz swój numer referencyjny albo przechowuj go w bezpiecznym miejscu. Jeśli podano dane kontaktowe, organizacja może się z Tobą skontaktować. Jeśli nie, nie będzie mogła tego zrobić.</translation>
    </message>
    <message>
        <source>You asked for your report only to be recorded. We have asked them not to take any action.</source>
        <translation type="unfinished">Na Twoją prośbę zgłoszenie zostanie tylko zarejestrowane. Poprosiliśmy, aby nie podejmowano żadnych działań.</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999.</source>
        <translation type="unfinished">Jeśli grozi Ci teraz niebezpieczeństwo, zadzwoń pod 999.</translation>
    </message>
    <message>
        <source>Support and other ways to get help</source>
        <translation type="unfinished">Wsparcie i inne sposoby uzyskania pomocy</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Zakończ</translation>
    </message>
    <message>
        <source>Finish and clear this report from the screen</source>
        <translation type="unfinished">Zakończ i usuń to zgłoszenie z ekranu</translation>
    </message>
    <message>
        <source>%1 has your report now.</source>
        <translation type="unfinished">Twoje zgłoszenie dotarło już do %1.</translation>
    </message>
    <message>
        <source>Your report is saved. Harbour will send it when it can.</source>
        <translation type="unfinished">Twoje zgłoszenie jest zapisane. Aplikacja Harbour wyśle je, gdy będzie mogła.</translation>
    </message>
    <message>
        <source>Your report is locked. Only %1 can read it.</source>
        <translation type="unfinished">Twoje zgłoszenie jest zabezpieczone. Jest dostępne tylko dla %1.</translation>
    </message>
    <message>
        <source>Write down your reference number. Keep it somewhere safe.</source>
        <translation type="unfinished">Zapisz swój numer referencyjny. Przechowuj go w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>If you gave your phone number or email, they may contact you.</source>
        <translation type="unfinished">Jeśli podano numer telefonu lub e-mail, mogą się z Tobą skontaktować.</translation>
    </message>
    <message>
        <source>You asked them only to record it. They will not take action.</source>
        <translation type="unfinished">Na Twoją prośbę tylko zarejestrują zgłoszenie. Nie podejmą żadnych działań.</translation>
    </message>
    <message>
        <source>Your report was not sent</source>
        <translation type="unfinished">Twoje zgłoszenie nie zostało wysłane</translation>
    </message>
    <message>
        <source>%1 did not accept your report, so Harbour has stopped sending it. Please use one of the other ways to report below.</source>
        <translation type="unfinished">%1 nie przyjęła Twojego zgłoszenia, więc Harbour przestał je wysyłać. Skorzystaj z jednego z innych sposobów zgłoszenia podanych niżej.</translation>
    </message>
    <message numerus="yes">
        <source>Harbour could not send your report to %1 in %n day(s), so it has stopped trying. Please use one of the other ways to report below, or try again.</source>
        <translation type="unfinished">
            <numerusform>Harbour nie mógł wysłać Twojego zgłoszenia do %1 w ciągu %n dni, więc przestał próbować. Skorzystaj z jednego z innych sposobów zgłoszenia podanych niżej albo spróbuj ponownie.</numerusform>
            <numerusform>Harbour nie mógł wysłać Twojego zgłoszenia do %1 w ciągu %n dni, więc przestał próbować. Skorzystaj z jednego z innych sposobów zgłoszenia podanych niżej albo spróbuj ponownie.</numerusform>
            <numerusform>Harbour nie mógł wysłać Twojego zgłoszenia do %1 w ciągu %n dni, więc przestał próbować. Skorzystaj z jednego z innych sposobów zgłoszenia podanych niżej albo spróbuj ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation type="unfinished">Spróbuj wysłać ponownie</translation>
    </message>
    <message>
        <source>Your report was not sent. Please report another way.</source>
        <translation type="unfinished">Twoje zgłoszenie nie zostało wysłane. Zgłoś to w inny sposób.</translation>
    </message>
    <message>
        <source>Harbour cannot reach Tor on this device. Your report is waiting here and will be sent through Tor once Tor is running. It will not be sent any other way.</source>
        <translation type="unfinished">Harbour nie może połączyć się z Torem na tym urządzeniu. Zgłoszenie czeka tutaj i zostanie wysłane przez Tor, gdy Tor zacznie działać. Nie zostanie wysłane w żaden inny sposób.</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. The organisation can reply to you through Harbour: to read replies, choose &quot;I have a follow-up code&quot; on the first page and type your code.</source>
        <translation type="unfinished">Zapisz numer referencyjny lub przechowaj go w bezpiecznym miejscu. Organizacja może odpowiedzieć Ci przez Harbour: aby przeczytać odpowiedzi, wybierz „Mam kod do odpowiedzi” na pierwszej stronie i wpisz swój kod.</translation>
    </message>
    <message>
        <source>Write down your follow-up code. With it you can read their replies in Harbour.</source>
        <translation type="unfinished">Zapisz swój kod do odpowiedzi. Dzięki niemu przeczytasz ich odpowiedzi w Harbour.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Zamknij</translation>
    </message>
    <message>
        <source>Close the code</source>
        <translation type="unfinished">Zamknij kod</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Can we contact you?</source>
        <translation type="unfinished">Czy możemy się z Tobą skontaktować?</translation>
    </message>
    <message>
        <source>You can stay anonymous. If you let an organisation contact you, it can tell you what happens next and offer you support.</source>
        <translation type="unfinished">Możesz zachować anonimowość. Jeśli pozwolisz organizacji się z Tobą skontaktować, może ona powiedzieć Ci, co będzie dalej, i zaoferować Ci wsparcie.</translation>
    </message>
    <message>
        <source>No, keep me anonymous</source>
        <translation type="unfinished">Nie, chcę zachować anonimowość</translation>
    </message>
    <message>
        <source>Yes, you can contact me</source>
        <translation type="unfinished">Tak, możecie się ze mną skontaktować</translation>
    </message>
    <message>
        <source>Who may contact you?</source>
        <translation type="unfinished">Kto może się z Tobą skontaktować?</translation>
    </message>
    <message>
        <source>Only the organisations you tick here get your contact details. The others get your report without them.</source>
        <translation type="unfinished">Twoje dane kontaktowe dostaną tylko organizacje, które tu zaznaczysz. Pozostałe dostaną zgłoszenie bez tych danych.</translation>
    </message>
    <message>
        <source>How can they contact you?</source>
        <translation type="unfinished">Jak mogą się z Tobą skontaktować?</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished">Telefonicznie</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Numer telefonu</translation>
    </message>
    <message>
        <source>For example, 07700 900 982</source>
        <translation type="unfinished">Na przykład 07700 900 982</translation>
    </message>
    <message>
        <source>By email</source>
        <translation type="unfinished">E-mailem</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">Adres e-mail</translation>
    </message>
    <message>
        <source>The police should contact me only through the support organisation</source>
        <translation type="unfinished">Policja ma się ze mną kontaktować tylko przez organizację wsparcia</translation>
    </message>
    <message>
        <source>What should we call you? (optional)</source>
        <translation type="unfinished">Jak mamy się do Ciebie zwracać? (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>This does not have to be your full or real name.</source>
        <translation type="unfinished">Nie musi to być Twoje pełne ani prawdziwe imię.</translation>
    </message>
    <message>
        <source>When is it safe to contact you? (optional)</source>
        <translation type="unfinished">Kiedy można bezpiecznie się z Tobą kontaktować? (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>For example, weekdays after 6pm</source>
        <translation type="unfinished">Na przykład w dni robocze po 18:00</translation>
    </message>
    <message>
        <source>Is it safe to leave a message? (optional)</source>
        <translation type="unfinished">Czy można bezpiecznie zostawić wiadomość? (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Tak</translation>
    </message>
    <message>
        <source>Yes, it is safe to leave a message</source>
        <translation type="unfinished">Tak, można bezpiecznie zostawić wiadomość</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Nie</translation>
    </message>
    <message>
        <source>No, do not leave a message</source>
        <translation type="unfinished">Nie, nie zostawiajcie wiadomości</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation type="unfinished">Nie wiem na pewno</translation>
    </message>
    <message>
        <source>I&apos;m not sure if it is safe to leave a message</source>
        <translation type="unfinished">Nie wiem na pewno, czy można bezpiecznie zostawić wiadomość</translation>
    </message>
    <message>
        <source>Sharing your report to keep you safe</source>
        <translation type="unfinished">Przekazanie zgłoszenia dla Twojego bezpieczeństwa</translation>
    </message>
    <message>
        <source>What you told us suggests you could be at serious risk. When someone is at high risk, the police, the council, health and support services sometimes meet to plan how to keep them safe (a multi-agency risk meeting, called a MARAC).</source>
        <translation type="unfinished">Z tego, co nam przekazano, wynika, że może Ci grozić poważne niebezpieczeństwo. Gdy ktoś jest w dużym zagrożeniu, policja, władze lokalne (council), służba zdrowia i organizacje wsparcia czasem spotykają się, aby zaplanować, jak zapewnić tej osobie bezpieczeństwo (spotkanie wielu instytucji w sprawie zagrożenia, zwane MARAC).</translation>
    </message>
    <message>
        <source>Can the organisations you chose share your report with them for this?</source>
        <translation type="unfinished">Czy wybrane przez Ciebie organizacje mogą w tym celu przekazać im Twoje zgłoszenie?</translation>
    </message>
    <message>
        <source>Yes, they can share it to keep me safe</source>
        <translation type="unfinished">Tak, mogą je przekazać, aby zapewnić mi bezpieczeństwo</translation>
    </message>
    <message>
        <source>No, do not share it</source>
        <translation type="unfinished">Nie, nie przekazujcie go</translation>
    </message>
    <message>
        <source>You can change your mind later: contact the organisation and give your reference number.</source>
        <translation type="unfinished">Możesz później zmienić zdanie: skontaktuj się z organizacją i podaj swój numer referencyjny.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">Wyślij zgłoszenie</translation>
    </message>
    <message>
        <source>Hear back without giving contact details (optional)</source>
        <translation type="unfinished">Otrzymaj odpowiedź bez podawania danych kontaktowych (opcjonalnie)</translation>
    </message>
    <message>
        <source>With a follow-up code you can read replies from the organisations in Harbour, answer them and add to your report, from any phone or computer. Only someone with the code can read the replies.</source>
        <translation type="unfinished">Z kodem do odpowiedzi możesz czytać odpowiedzi organizacji w Harbour, odpowiadać na nie i uzupełniać zgłoszenie, z dowolnego telefonu lub komputera. Tylko osoba z kodem może przeczytać odpowiedzi.</translation>
    </message>
    <message>
        <source>Give me a follow-up code</source>
        <translation type="unfinished">Daj mi kod do odpowiedzi</translation>
    </message>
    <message>
        <source>You will see it after you send your report. Write it down: Harbour does not keep it.</source>
        <translation type="unfinished">Zobaczysz go po wysłaniu zgłoszenia. Zapisz go: Harbour go nie przechowuje.</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">Nie musisz podawać imienia i nazwiska.</translation>
    </message>
    <message>
        <source>If you want, they can call or write to you.</source>
        <translation type="unfinished">Jeśli chcesz, mogą do Ciebie zadzwonić lub napisać.</translation>
    </message>
    <message>
        <source>Then they can tell you what happens next.</source>
        <translation type="unfinished">Wtedy mogą Ci powiedzieć, co będzie dalej.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Dalej</translation>
    </message>
</context>
<context>
    <name>DangerPage</name>
    <message>
        <source>If you are in danger now, call 999</source>
        <translation type="unfinished">Jeśli grozi Ci teraz niebezpieczeństwo, zadzwoń pod 999</translation>
    </message>
    <message>
        <source>Call 999 and ask for the police, or an ambulance if someone is hurt.</source>
        <translation type="unfinished">Zadzwoń pod 999 i poproś o policję albo o karetkę, jeśli ktoś jest ranny.</translation>
    </message>
    <message>
        <source>If you are deaf or cannot speak on the phone</source>
        <translation type="unfinished">Jeśli nie słyszysz lub nie możesz rozmawiać przez telefon</translation>
    </message>
    <message>
        <source>999 BSL: use the 999 BSL app or website to reach a British Sign Language interpreter who will call 999 for you.</source>
        <translation type="unfinished">999 BSL: użyj aplikacji lub strony internetowej 999 BSL, aby połączyć się z tłumaczem brytyjskiego języka migowego (BSL), który zadzwoni pod 999 za Ciebie.</translation>
    </message>
    <message>
        <source>Text 999 if you have registered with emergencySMS. To register, text &quot;register&quot; to 999.</source>
        <translation type="unfinished">Wyślij SMS pod 999, jeśli Twój numer jest zarejestrowany w emergencySMS. Aby się zarejestrować, wyślij SMS o treści „register” pod 999.</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation type="unfinished">Twoje zgłoszenie</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. It is not a 999 call: the organisation may not read it straight away.</source>
        <translation type="unfinished">Twoje zgłoszenie zostanie oznaczone jako pilne. To nie jest połączenie z numerem 999: organizacja może nie przeczytać go od razu.</translation>
    </message>
    <message>
        <source>When you are safe, you can carry on with your report. You can press Exit at any time.</source>
        <translation type="unfinished">Gdy będziesz w bezpiecznym miejscu, możesz wrócić do zgłoszenia. W każdej chwili możesz nacisnąć Wyjdź.</translation>
    </message>
    <message>
        <source>Carry on with my report</source>
        <translation type="unfinished">Wróć do zgłoszenia</translation>
    </message>
    <message>
        <source>Are you in danger now? Call 999.</source>
        <translation type="unfinished">Grozi Ci teraz niebezpieczeństwo? Zadzwoń pod 999.</translation>
    </message>
    <message>
        <source>Ask for the police. Ask for an ambulance if someone is hurt.</source>
        <translation type="unfinished">Poproś o policję. Poproś o karetkę, jeśli ktoś jest ranny.</translation>
    </message>
    <message>
        <source>Deaf? Use 999 BSL, or text 999 if you registered.</source>
        <translation type="unfinished">Jesteś osobą głuchą? Użyj 999 BSL albo wyślij SMS pod 999, jeśli masz rejestrację.</translation>
    </message>
    <message>
        <source>Press Exit to leave Harbour quickly.</source>
        <translation type="unfinished">Naciśnij Wyjdź, aby szybko opuścić Harbour.</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">Dzień</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Miesiąc</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">Rok</translation>
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
        <translation type="unfinished">Mniej więcej kiedy</translation>
    </message>
    <message>
        <source>For example, 27 3 2024</source>
        <translation type="unfinished">Na przykład 27 3 2024</translation>
    </message>
    <message>
        <source>For example, 3 2024. Add the day if you know it.</source>
        <translation type="unfinished">Na przykład 3 2024. Dodaj dzień, jeśli go znasz.</translation>
    </message>
    <message>
        <source>Time (optional)</source>
        <translation type="unfinished">Godzina (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>For example, 18:30 or 6:30pm</source>
        <translation type="unfinished">Na przykład 18:30 lub 6:30pm</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished">Data początkowa</translation>
    </message>
    <message>
        <source>The earliest it could have been</source>
        <translation type="unfinished">Najwcześniejsza możliwa data</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">Data końcowa</translation>
    </message>
    <message>
        <source>The latest it could have been</source>
        <translation type="unfinished">Najpóźniejsza możliwa data</translation>
    </message>
    <message>
        <source>When did it start? (optional)</source>
        <translation type="unfinished">Kiedy to się zaczęło? (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>For example, 11 2023</source>
        <translation type="unfinished">Na przykład 11 2023</translation>
    </message>
</context>
<context>
    <name>DisplayButton</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">Ekran i język</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">Ekran i język</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Język</translation>
    </message>
    <message>
        <source>Close and go back</source>
        <translation type="unfinished">Zamknij i wróć</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <source>Standard text</source>
        <translation type="unfinished">Zwykły tekst</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished">Duży tekst</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation type="unfinished">Największy tekst</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Wysoki kontrast</translation>
    </message>
    <message>
        <source>Read questions aloud</source>
        <translation type="unfinished">Czytaj pytania na głos</translation>
    </message>
    <message>
        <source>Easy read: short sentences with pictures</source>
        <translation type="unfinished">Tekst łatwy do czytania: krótkie zdania z obrazkami</translation>
    </message>
    <message>
        <source>Leave no trace: do not remember these choices on this device</source>
        <translation type="unfinished">Nie zostawiaj śladów: nie zapamiętuj tych ustawień na tym urządzeniu</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Rozmiar tekstu</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation type="unfinished">Wystąpił problem</translation>
    </message>
</context>
<context>
    <name>ExitButton</name>
    <message>
        <source>Exit</source>
        <translation type="unfinished">Wyjdź</translation>
    </message>
    <message>
        <source>Exit: leave quickly and clear this report</source>
        <translation type="unfinished">Wyjdź: szybko zamknij i usuń to zgłoszenie</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished">Błąd: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpAnswerPage</name>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished">Odpowiedz: %1</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">Dodaj informacje do zgłoszenia</translation>
    </message>
    <message>
        <source>What you add goes to %1 with your report. For example, something you remembered, or something that has happened since.</source>
        <translation type="unfinished">To, co dodasz, trafi do %1 razem ze zgłoszeniem. Na przykład coś, co sobie przypomniałeś, albo coś, co wydarzyło się później.</translation>
    </message>
    <message>
        <source>Did the response help? (optional)</source>
        <translation type="unfinished">Czy odpowiedź pomogła? (opcjonalnie)</translation>
    </message>
    <message>
        <source>Your answer helps organisations see what works.</source>
        <translation type="unfinished">Twoja odpowiedź pomaga organizacjom zobaczyć, co działa.</translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation type="unfinished">Tak, pomogła</translation>
    </message>
    <message>
        <source>It helped a little</source>
        <translation type="unfinished">Trochę pomogła</translation>
    </message>
    <message>
        <source>No, it did not help</source>
        <translation type="unfinished">Nie, nie pomogła</translation>
    </message>
    <message>
        <source>Your answer (optional if you said whether it helped)</source>
        <translation type="unfinished">Twoja odpowiedź (opcjonalnie, jeśli napisałeś, czy pomogła)</translation>
    </message>
    <message>
        <source>What you want to add</source>
        <translation type="unfinished">Co chcesz dodać</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation type="unfinished">Wyślij odpowiedź</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">Wyślij</translation>
    </message>
    <message>
        <source>the organisations that replied to you</source>
        <translation type="unfinished">organizacji, które Ci odpowiedziały</translation>
    </message>
</context>
<context>
    <name>FollowUpCodePage</name>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">Wpisz swój kod do odpowiedzi</translation>
    </message>
    <message>
        <source>This is the code of 20 letters and numbers you were given when you sent your report.</source>
        <translation type="unfinished">To kod z 20 liter i cyfr, który otrzymałeś po wysłaniu zgłoszenia.</translation>
    </message>
    <message>
        <source>Follow-up code</source>
        <translation type="unfinished">Kod do odpowiedzi</translation>
    </message>
    <message>
        <source>For example, K82Q V992 78T6 CAJ1 0HKB. Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">Na przykład K82Q V992 78T6 CAJ1 0HKB. Spacje, myślniki i wielkie litery nie mają znaczenia.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Dalej</translation>
    </message>
</context>
<context>
    <name>FollowUpCodeSection</name>
    <message>
        <source>Your follow-up code</source>
        <translation type="unfinished">Twój kod do odpowiedzi</translation>
    </message>
    <message>
        <source>Write it down now and keep it somewhere safe. With it you can read the organisation&apos;s replies in Harbour on any phone or computer, answer them and add to your report.</source>
        <translation type="unfinished">Zapisz go teraz i przechowaj w bezpiecznym miejscu. Dzięki niemu przeczytasz odpowiedzi organizacji w Harbour na dowolnym telefonie lub komputerze, odpowiesz na nie i uzupełnisz zgłoszenie.</translation>
    </message>
    <message>
        <source>Harbour does not keep this code. If you lose it, nobody can give it back to you. Anyone who has it can read the replies.</source>
        <translation type="unfinished">Harbour nie przechowuje tego kodu. Jeśli go zgubisz, nikt nie może go odtworzyć. Każdy, kto go ma, może przeczytać odpowiedzi.</translation>
    </message>
    <message>
        <source>Read the code aloud</source>
        <translation type="unfinished">Przeczytaj kod na głos</translation>
    </message>
    <message>
        <source>Your follow-up code is: %1</source>
        <translation type="unfinished">Twój kod do odpowiedzi to: %1</translation>
    </message>
    <message>
        <source>Show only the code</source>
        <translation type="unfinished">Pokaż tylko kod</translation>
    </message>
    <message>
        <source>Show only the code, to write it down or take a photo</source>
        <translation type="unfinished">Pokaż tylko kod, aby go zapisać lub zrobić zdjęcie</translation>
    </message>
    <message>
        <source>Check you have your code</source>
        <translation type="unfinished">Sprawdź, czy masz swój kod</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">Wpisz swój kod do odpowiedzi</translation>
    </message>
    <message>
        <source>Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">Spacje, myślniki i wielkie litery nie mają znaczenia.</translation>
    </message>
    <message>
        <source>Check my code</source>
        <translation type="unfinished">Sprawdź mój kod</translation>
    </message>
    <message>
        <source>That is your code. Keep it safe.</source>
        <translation type="unfinished">To Twój kod. Przechowuj go bezpiecznie.</translation>
    </message>
</context>
<context>
    <name>FollowUpPreparing</name>
    <message>
        <source>Preparing your follow-up code. This can take up to a minute on some phones. Your report is sent when it is ready.</source>
        <translation type="unfinished">Przygotowujemy Twój kod do odpowiedzi. Na niektórych telefonach może to potrwać do minuty. Zgłoszenie zostanie wysłane, gdy kod będzie gotowy.</translation>
    </message>
    <message>
        <source>Preparing your follow-up code</source>
        <translation type="unfinished">Przygotowywanie kodu do odpowiedzi</translation>
    </message>
</context>
<context>
    <name>FollowUpProgress</name>
    <message>
        <source>Opening your replies (step 1 of 2). This can take up to a minute on some phones.</source>
        <translation type="unfinished">Otwieranie odpowiedzi (krok 1 z 2). Na niektórych telefonach może to potrwać do minuty.</translation>
    </message>
    <message>
        <source>Checking for replies (step 2 of 2).</source>
        <translation type="unfinished">Sprawdzanie odpowiedzi (krok 2 z 2).</translation>
    </message>
    <message>
        <source>Deleting the replies.</source>
        <translation type="unfinished">Usuwanie odpowiedzi.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Trwa praca</translation>
    </message>
</context>
<context>
    <name>FollowUpRepliesPage</name>
    <message>
        <source>Replies to your report</source>
        <translation type="unfinished">Odpowiedzi na Twoje zgłoszenie</translation>
    </message>
    <message>
        <source>There are no replies yet.</source>
        <translation type="unfinished">Nie ma jeszcze odpowiedzi.</translation>
    </message>
    <message>
        <source>Organisations usually reply within 5 working days. If you expected a reply, check your code: a code with one different letter or number opens an empty mailbox.</source>
        <translation type="unfinished">Organizacje zwykle odpowiadają w ciągu 5 dni roboczych. Jeśli spodziewałeś się odpowiedzi, sprawdź kod: kod z jedną inną literą lub cyfrą otwiera pustą skrzynkę.</translation>
    </message>
    <message>
        <source>Harbour could not reach every organisation. There may be more replies: try again later.</source>
        <translation type="unfinished">Harbour nie połączył się ze wszystkimi organizacjami. Może być więcej odpowiedzi: spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">Od: %1</translation>
    </message>
    <message>
        <source>You answered this reply.</source>
        <translation type="unfinished">Odpowiedziałeś na tę wiadomość.</translation>
    </message>
    <message>
        <source>Answer this reply</source>
        <translation type="unfinished">Odpowiedz na tę wiadomość</translation>
    </message>
    <message>
        <source>Answer this reply from %1</source>
        <translation type="unfinished">Odpowiedz na tę wiadomość od: %1</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">Dodaj informacje do zgłoszenia</translation>
    </message>
    <message>
        <source>Check for new replies</source>
        <translation type="unfinished">Sprawdź nowe odpowiedzi</translation>
    </message>
    <message>
        <source>Deleting the replies means nobody can read them again, even with your code. Harbour deletes them after 90 days anyway.</source>
        <translation type="unfinished">Usunięcie odpowiedzi oznacza, że nikt ich już nie przeczyta, nawet z Twoim kodem. Harbour i tak usuwa je po 90 dniach.</translation>
    </message>
    <message>
        <source>Delete these replies</source>
        <translation type="unfinished">Usuń te odpowiedzi</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Zakończ</translation>
    </message>
    <message>
        <source>Finish and clear the replies from the screen</source>
        <translation type="unfinished">Zakończ i usuń odpowiedzi z ekranu</translation>
    </message>
</context>
<context>
    <name>GroupAnswer</name>
    <message>
        <source>Nothing added yet.</source>
        <translation type="unfinished">Nic jeszcze nie dodano.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Zmień</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished">Zmień: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Usuń</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished">Usuń: %1</translation>
    </message>
</context>
<context>
    <name>GroupItemPage</name>
    <message>
        <source>Answer what you can. Leave out anything you did not see.</source>
        <translation type="unfinished">Odpowiedz na tyle, na ile możesz. Pomiń to, czego nie udało Ci się zobaczyć.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Dalej</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished">Język: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished">Wybierz język</translation>
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
        <translation type="unfinished">Ekran wyczyszczony</translation>
    </message>
</context>
<context>
    <name>PlaceAnswer</name>
    <message>
        <source>What kind of place was it?</source>
        <translation type="unfinished">Jakie to było miejsce?</translation>
    </message>
    <message>
        <source>Describe the place (optional)</source>
        <translation type="unfinished">Opisz miejsce (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>For example, the bus stop outside the library, or the name of the shop.</source>
        <translation type="unfinished">Na przykład przystanek autobusowy przed biblioteką albo nazwa sklepu.</translation>
    </message>
    <message>
        <source>Area (optional)</source>
        <translation type="unfinished">Okolica (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>The first part of the postcode, like E1, or the town. Not the full postcode.</source>
        <translation type="unfinished">Pierwsza część kodu pocztowego, np. E1, albo miejscowość. Nie cały kod pocztowy.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Dalej</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Enter the date</source>
        <translation type="unfinished">Wpisz datę</translation>
    </message>
    <message>
        <source>The date must include a day</source>
        <translation type="unfinished">Data musi zawierać dzień</translation>
    </message>
    <message>
        <source>The date must include a month</source>
        <translation type="unfinished">Data musi zawierać miesiąc</translation>
    </message>
    <message>
        <source>The date must include a year</source>
        <translation type="unfinished">Data musi zawierać rok</translation>
    </message>
    <message>
        <source>The date must be a real date</source>
        <translation type="unfinished">Data musi być prawdziwą datą</translation>
    </message>
    <message>
        <source>The year must have 4 numbers, like 2024</source>
        <translation type="unfinished">Rok musi mieć 4 cyfry, np. 2024</translation>
    </message>
    <message>
        <source>The date must be today or in the past</source>
        <translation type="unfinished">Data musi być dzisiejsza lub z przeszłości</translation>
    </message>
    <message>
        <source>Enter the start date</source>
        <translation type="unfinished">Wpisz datę początkową</translation>
    </message>
    <message>
        <source>The start date must include a day</source>
        <translation type="unfinished">Data początkowa musi zawierać dzień</translation>
    </message>
    <message>
        <source>The start date must include a month</source>
        <translation type="unfinished">Data początkowa musi zawierać miesiąc</translation>
    </message>
    <message>
        <source>The start date must include a year</source>
        <translation type="unfinished">Data początkowa musi zawierać rok</translation>
    </message>
    <message>
        <source>The start date must be a real date</source>
        <translation type="unfinished">Data początkowa musi być prawdziwą datą</translation>
    </message>
    <message>
        <source>The year of the start date must have 4 numbers, like 2024</source>
        <translation type="unfinished">Rok w dacie początkowej musi mieć 4 cyfry, np. 2024</translation>
    </message>
    <message>
        <source>The start date must be today or in the past</source>
        <translation type="unfinished">Data początkowa musi być dzisiejsza lub z przeszłości</translation>
    </message>
    <message>
        <source>Enter the end date</source>
        <translation type="unfinished">Wpisz datę końcową</translation>
    </message>
    <message>
        <source>The end date must include a day</source>
        <translation type="unfinished">Data końcowa musi zawierać dzień</translation>
    </message>
    <message>
        <source>The end date must include a month</source>
        <translation type="unfinished">Data końcowa musi zawierać miesiąc</translation>
    </message>
    <message>
        <source>The end date must include a year</source>
        <translation type="unfinished">Data końcowa musi zawierać rok</translation>
    </message>
    <message>
        <source>The end date must be a real date</source>
        <translation type="unfinished">Data końcowa musi być prawdziwą datą</translation>
    </message>
    <message>
        <source>The year of the end date must have 4 numbers, like 2024</source>
        <translation type="unfinished">Rok w dacie końcowej musi mieć 4 cyfry, np. 2024</translation>
    </message>
    <message>
        <source>The end date must be today or in the past</source>
        <translation type="unfinished">Data końcowa musi być dzisiejsza lub z przeszłości</translation>
    </message>
    <message>
        <source>Enter the month and year it started</source>
        <translation type="unfinished">Wpisz miesiąc i rok, kiedy to się zaczęło</translation>
    </message>
    <message>
        <source>The date it started must include a day</source>
        <translation type="unfinished">Data, kiedy to się zaczęło, musi zawierać dzień</translation>
    </message>
    <message>
        <source>The date it started must include a month</source>
        <translation type="unfinished">Data, kiedy to się zaczęło, musi zawierać miesiąc</translation>
    </message>
    <message>
        <source>The date it started must include a year</source>
        <translation type="unfinished">Data, kiedy to się zaczęło, musi zawierać rok</translation>
    </message>
    <message>
        <source>The date it started must be a real date</source>
        <translation type="unfinished">Data, kiedy to się zaczęło, musi być prawdziwą datą</translation>
    </message>
    <message>
        <source>The year it started must have 4 numbers, like 2024</source>
        <translation type="unfinished">Rok, w którym to się zaczęło, musi mieć 4 cyfry, np. 2024</translation>
    </message>
    <message>
        <source>The date it started must be today or in the past</source>
        <translation type="unfinished">Data, kiedy to się zaczęło, musi być dzisiejsza lub z przeszłości</translation>
    </message>
    <message>
        <source>Are you in danger now?</source>
        <extracomment>in_danger title</extracomment>
        <translation type="unfinished">Czy grozi Ci teraz niebezpieczeństwo?</translation>
    </message>
    <message>
        <source>If you are, we will show you how to get help straight away. You can carry on with this report afterwards.</source>
        <extracomment>in_danger hint</extracomment>
        <translation type="unfinished">Jeśli tak, od razu pokażemy Ci, jak uzyskać pomoc. Potem możesz wrócić do tego zgłoszenia.</translation>
    </message>
    <message>
        <source>About you</source>
        <extracomment>role section; your_age section; describe_yourself section</extracomment>
        <translation type="unfinished">O Tobie</translation>
    </message>
    <message>
        <source>Who are you reporting for?</source>
        <extracomment>role title</extracomment>
        <translation type="unfinished">W czyim imieniu składasz zgłoszenie?</translation>
    </message>
    <message>
        <source>It happened to me</source>
        <extracomment>role victim label</extracomment>
        <translation type="unfinished">To spotkało mnie</translation>
    </message>
    <message>
        <source>I saw it happen to someone else</source>
        <extracomment>role witness label</extracomment>
        <translation type="unfinished">To spotkało kogoś innego na moich oczach</translation>
    </message>
    <message>
        <source>I am reporting for someone else</source>
        <extracomment>role third_party label</extracomment>
        <translation type="unfinished">Składam zgłoszenie w imieniu innej osoby</translation>
    </message>
    <message>
        <source>For example a friend, a family member or someone you support.</source>
        <extracomment>role third_party hint</extracomment>
        <translation type="unfinished">Na przykład przyjaciela, członka rodziny albo osoby, której pomagasz.</translation>
    </message>
    <message>
        <source>A volunteer is helping me make this report</source>
        <extracomment>role assisted label</extracomment>
        <translation type="unfinished">Wolontariusz pomaga mi złożyć to zgłoszenie</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>narrative section; targeted section; targeted_other section</extracomment>
        <translation type="unfinished">Co się stało</translation>
    </message>
    <message>
        <source>What happened?</source>
        <extracomment>narrative title</extracomment>
        <translation type="unfinished">Co się stało?</translation>
    </message>
    <message>
        <source>Tell us in your own words. Include as much as you remember. You can take your time.</source>
        <extracomment>narrative hint</extracomment>
        <translation type="unfinished">Opisz to własnymi słowami. Napisz wszystko, co pamiętasz. Nie musisz się spieszyć.</translation>
    </message>
    <message>
        <source>Tell us what happened</source>
        <extracomment>narrative error_required</extracomment>
        <translation type="unfinished">Opisz, co się stało</translation>
    </message>
    <message>
        <source>What kind of thing happened?</source>
        <extracomment>incident_types title</extracomment>
        <translation type="unfinished">Jakiego rodzaju było to zdarzenie?</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <extracomment>incident_types hint; others_at_risk hint; support hint; formats hint</extracomment>
        <translation type="unfinished">Wybierz wszystkie pasujące odpowiedzi.</translation>
    </message>
    <message>
        <source>Someone was attacked or hurt</source>
        <extracomment>incident_types physical_attack label</extracomment>
        <translation type="unfinished">Ktoś został zaatakowany lub zraniony</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>incident_types threats label</extracomment>
        <translation type="unfinished">Groźby</translation>
    </message>
    <message>
        <source>Shouting, insults or name-calling</source>
        <extracomment>incident_types verbal_abuse label</extracomment>
        <translation type="unfinished">Krzyki, obelgi lub wyzwiska</translation>
    </message>
    <message>
        <source>Harassment, or being followed or bothered again and again</source>
        <extracomment>incident_types harassment label</extracomment>
        <translation type="unfinished">Nękanie, chodzenie za kimś lub ciągłe naprzykrzanie się</translation>
    </message>
    <message>
        <source>Damage to a home, car or other property, including graffiti</source>
        <extracomment>incident_types property_damage label</extracomment>
        <translation type="unfinished">Zniszczenie domu, samochodu lub innego mienia, w tym graffiti</translation>
    </message>
    <message>
        <source>Something was stolen</source>
        <extracomment>incident_types theft label</extracomment>
        <translation type="unfinished">Coś zostało ukradzione</translation>
    </message>
    <message>
        <source>Abuse online, by message or by phone</source>
        <extracomment>incident_types online_abuse label</extracomment>
        <translation type="unfinished">Obrażanie lub nękanie w internecie, w wiadomościach lub przez telefon</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <extracomment>incident_types sexual_assault label</extracomment>
        <translation type="unfinished">Napaść seksualna</translation>
    </message>
    <message>
        <source>Something else</source>
        <extracomment>incident_types other label; barriers other label; formats other label</extracomment>
        <translation type="unfinished">Coś innego</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <extracomment>incident_types rather_not_say label; barriers rather_not_say label; your_age rather_not_say label</extracomment>
        <translation type="unfinished">Wolę nie mówić</translation>
    </message>
    <message>
        <source>Why do you think it was aimed at you or someone else?</source>
        <extracomment>targeted title</extracomment>
        <translation type="unfinished">Dlaczego Twoim zdaniem było to wymierzone w Ciebie lub w kogoś innego?</translation>
    </message>
    <message>
        <source>Choose all that apply. What you or anyone else believes is enough.</source>
        <extracomment>targeted hint</extracomment>
        <translation type="unfinished">Wybierz wszystkie pasujące odpowiedzi. Wystarczy, że tak uważasz Ty lub ktokolwiek inny.</translation>
    </message>
    <message>
        <source>Race or ethnicity, including Gypsy, Irish Traveller and Roma</source>
        <extracomment>targeted race label</extracomment>
        <translation type="unfinished">Rasa lub pochodzenie etniczne, w tym Romowie, Gypsy i Irish Travellers</translation>
    </message>
    <message>
        <source>Religion or belief, including having no belief</source>
        <extracomment>targeted religion label</extracomment>
        <translation type="unfinished">Religia lub przekonania, w tym brak wiary</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <extracomment>targeted sexual_orientation label</extracomment>
        <translation type="unfinished">Orientacja seksualna</translation>
    </message>
    <message>
        <source>For example being gay, lesbian or bisexual.</source>
        <extracomment>targeted sexual_orientation hint</extracomment>
        <translation type="unfinished">Na przykład bycie gejem, lesbijką lub osobą biseksualną.</translation>
    </message>
    <message>
        <source>Disability, including learning disability and mental health</source>
        <extracomment>targeted disability label</extracomment>
        <translation type="unfinished">Niepełnosprawność, w tym niepełnosprawność intelektualna i zdrowie psychiczne</translation>
    </message>
    <message>
        <source>Being transgender</source>
        <extracomment>targeted transgender label</extracomment>
        <translation type="unfinished">Bycie osobą transpłciową</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <extracomment>targeted alternative_subculture label</extracomment>
        <translation type="unfinished">Subkultura alternatywna</translation>
    </message>
    <message>
        <source>For example being a goth, punk or emo.</source>
        <extracomment>targeted alternative_subculture hint</extracomment>
        <translation type="unfinished">Na przykład bycie gotem, punkiem albo emo.</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <extracomment>targeted sex_or_gender label</extracomment>
        <translation type="unfinished">Płeć</translation>
    </message>
    <message>
        <source>For example hostility towards women.</source>
        <extracomment>targeted sex_or_gender hint</extracomment>
        <translation type="unfinished">Na przykład wrogość wobec kobiet.</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>targeted age label</extracomment>
        <translation type="unfinished">Wiek</translation>
    </message>
    <message>
        <source>Something else about who they are</source>
        <extracomment>targeted other label</extracomment>
        <translation type="unfinished">Coś innego, co dotyczy tego, kim są</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <extracomment>targeted dont_know label; online dont_know label; offender_count dont_know label; offenders &gt; offender_age dont_know label; offenders &gt; offender_build dont_know label; offenders &gt; offender_height dont_know label; how_often dont_know label; others_at_risk dont_know label</extracomment>
        <translation type="unfinished">Nie wiem</translation>
    </message>
    <message>
        <source>What else about them do you think it was aimed at?</source>
        <extracomment>targeted_other title</extracomment>
        <translation type="unfinished">Co jeszcze w tej osobie mogło być powodem?</translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>online section; online_platform section; online_link section; online_content section; online_still_visible section</extracomment>
        <translation type="unfinished">Internet</translation>
    </message>
    <message>
        <source>Did it happen online, or through a phone or computer?</source>
        <extracomment>online title</extracomment>
        <translation type="unfinished">Czy stało się to w internecie, przez telefon lub komputer?</translation>
    </message>
    <message>
        <source>For example on social media, in messages, by email or in a phone call.</source>
        <extracomment>online hint</extracomment>
        <translation type="unfinished">Na przykład w mediach społecznościowych, w wiadomościach, e-mailem lub podczas rozmowy telefonicznej.</translation>
    </message>
    <message>
        <source>Yes, all of it</source>
        <extracomment>online yes label</extracomment>
        <translation type="unfinished">Tak, w całości</translation>
    </message>
    <message>
        <source>Partly</source>
        <extracomment>online partly label</extracomment>
        <translation type="unfinished">Częściowo</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>online no label</extracomment>
        <translation type="unfinished">Nie</translation>
    </message>
    <message>
        <source>Which website, app or service was it on?</source>
        <extracomment>online_platform title</extracomment>
        <translation type="unfinished">Na jakiej stronie, w jakiej aplikacji lub usłudze to było?</translation>
    </message>
    <message>
        <source>For example Facebook, TikTok, WhatsApp, a game, email or a phone call.</source>
        <extracomment>online_platform hint</extracomment>
        <translation type="unfinished">Na przykład Facebook, TikTok, WhatsApp, gra, e-mail albo rozmowa telefoniczna.</translation>
    </message>
    <message>
        <source>Link to the post, message or profile</source>
        <extracomment>online_link title</extracomment>
        <translation type="unfinished">Link do wpisu, wiadomości lub profilu</translation>
    </message>
    <message>
        <source>Copy the web address if you can, or the name of the account that did it.</source>
        <extracomment>online_link hint</extracomment>
        <translation type="unfinished">Skopiuj adres strony, jeśli możesz, albo nazwę konta, z którego to zrobiono.</translation>
    </message>
    <message>
        <source>What did they write or say?</source>
        <extracomment>online_content title</extracomment>
        <translation type="unfinished">Co napisali lub powiedzieli?</translation>
    </message>
    <message>
        <source>Can it still be seen online?</source>
        <extracomment>online_still_visible title</extracomment>
        <translation type="unfinished">Czy nadal można to zobaczyć w internecie?</translation>
    </message>
    <message>
        <source>When and where</source>
        <extracomment>when section; where section</extracomment>
        <translation type="unfinished">Kiedy i gdzie</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <extracomment>when title</extracomment>
        <translation type="unfinished">Kiedy to się stało?</translation>
    </message>
    <message>
        <source>If you are not sure, an estimate helps.</source>
        <extracomment>when hint</extracomment>
        <translation type="unfinished">Jeśli nie wiesz dokładnie, przybliżona odpowiedź też pomoże.</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <extracomment>where title; where easy read 1</extracomment>
        <translation type="unfinished">Gdzie to się stało?</translation>
    </message>
    <message>
        <source>We do not use your location. Tell us only what you want to.</source>
        <extracomment>where hint</extracomment>
        <translation type="unfinished">Nie używamy Twojej lokalizacji. Napisz tylko to, co chcesz.</translation>
    </message>
    <message>
        <source>At or near a home</source>
        <extracomment>where home label</extracomment>
        <translation type="unfinished">W domu lub w pobliżu domu</translation>
    </message>
    <message>
        <source>In the street</source>
        <extracomment>where street label</extracomment>
        <translation type="unfinished">Na ulicy</translation>
    </message>
    <message>
        <source>On public transport, or at a station or stop</source>
        <extracomment>where public_transport label</extracomment>
        <translation type="unfinished">W transporcie publicznym, na stacji lub na przystanku</translation>
    </message>
    <message>
        <source>In or near a shop</source>
        <extracomment>where shop label</extracomment>
        <translation type="unfinished">W sklepie lub w pobliżu sklepu</translation>
    </message>
    <message>
        <source>In or near a pub, bar or club</source>
        <extracomment>where pub_bar label</extracomment>
        <translation type="unfinished">W pubie, barze lub klubie albo w pobliżu</translation>
    </message>
    <message>
        <source>In a park or open space</source>
        <extracomment>where park label</extracomment>
        <translation type="unfinished">W parku lub na otwartej przestrzeni</translation>
    </message>
    <message>
        <source>At a school, college or university</source>
        <extracomment>where education label</extracomment>
        <translation type="unfinished">W szkole, college&apos;u lub na uczelni</translation>
    </message>
    <message>
        <source>At work</source>
        <extracomment>where work label</extracomment>
        <translation type="unfinished">W pracy</translation>
    </message>
    <message>
        <source>At or near a place of worship</source>
        <extracomment>where place_of_worship label</extracomment>
        <translation type="unfinished">W miejscu kultu religijnego lub w jego pobliżu</translation>
    </message>
    <message>
        <source>In a care home or supported housing</source>
        <extracomment>where care_home label</extracomment>
        <translation type="unfinished">W domu opieki lub w mieszkaniu chronionym</translation>
    </message>
    <message>
        <source>At council, police or health premises</source>
        <extracomment>where public_premises label</extracomment>
        <translation type="unfinished">W budynku władz lokalnych (council), policji lub służby zdrowia</translation>
    </message>
    <message>
        <source>Online only</source>
        <extracomment>where online_only label</extracomment>
        <translation type="unfinished">Tylko w internecie</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <extracomment>where other label</extracomment>
        <translation type="unfinished">Gdzie indziej</translation>
    </message>
    <message>
        <source>The people who did it</source>
        <extracomment>offender_count section; offender_known section; offender_relationship section; offenders section; vehicle section; vehicles section; witnesses section; witness_details section; cctv section</extracomment>
        <translation type="unfinished">Osoby, które to zrobiły</translation>
    </message>
    <message>
        <source>How many people did it?</source>
        <extracomment>offender_count title; offender_count easy read 1</extracomment>
        <translation type="unfinished">Ile osób to zrobiło?</translation>
    </message>
    <message>
        <source>One person</source>
        <extracomment>offender_count one label</extracomment>
        <translation type="unfinished">Jedna osoba</translation>
    </message>
    <message>
        <source>Two people</source>
        <extracomment>offender_count two label</extracomment>
        <translation type="unfinished">Dwie osoby</translation>
    </message>
    <message>
        <source>Three to five people</source>
        <extracomment>offender_count three_to_five label</extracomment>
        <translation type="unfinished">Od trzech do pięciu osób</translation>
    </message>
    <message>
        <source>More than five people</source>
        <extracomment>offender_count more_than_five label</extracomment>
        <translation type="unfinished">Więcej niż pięć osób</translation>
    </message>
    <message>
        <source>Do you know who did it?</source>
        <extracomment>offender_known title</extracomment>
        <translation type="unfinished">Czy wiesz, kto to zrobił?</translation>
    </message>
    <message>
        <source>No, they were strangers</source>
        <extracomment>offender_known strangers label</extracomment>
        <translation type="unfinished">Nie, to były obce osoby</translation>
    </message>
    <message>
        <source>Yes, I know who did it</source>
        <extracomment>offender_known known label</extracomment>
        <translation type="unfinished">Tak, wiem, kto to zrobił</translation>
    </message>
    <message>
        <source>I know some of them</source>
        <extracomment>offender_known some_known label</extracomment>
        <translation type="unfinished">Znam niektóre z tych osób</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <extracomment>offender_known dont_know label</extracomment>
        <translation type="unfinished">Nie wiem na pewno</translation>
    </message>
    <message>
        <source>Who are they to you?</source>
        <extracomment>offender_relationship title</extracomment>
        <translation type="unfinished">Kim są dla Ciebie te osoby?</translation>
    </message>
    <message>
        <source>For example a neighbour, someone from work or school, or their name if you want to give it.</source>
        <extracomment>offender_relationship hint</extracomment>
        <translation type="unfinished">Na przykład sąsiad, ktoś z pracy lub ze szkoły albo imię i nazwisko, jeśli chcesz je podać.</translation>
    </message>
    <message>
        <source>Describe the people who did it</source>
        <extracomment>offenders title</extracomment>
        <translation type="unfinished">Opisz osoby, które to zrobiły</translation>
    </message>
    <message>
        <source>Add each person you can remember. Describe them as they looked to you. Leave out anything you did not see.</source>
        <extracomment>offenders hint</extracomment>
        <translation type="unfinished">Dodaj każdą osobę, którą pamiętasz. Opisz ją tak, jak wyglądała w Twoich oczach. Pomiń to, czego nie udało Ci się zobaczyć.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <extracomment>offenders item_title</extracomment>
        <translation type="unfinished">Osoba %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <extracomment>offenders add_label</extracomment>
        <translation type="unfinished">Dodaj osobę</translation>
    </message>
    <message>
        <source>About how old were they?</source>
        <extracomment>offenders &gt; offender_age title</extracomment>
        <translation type="unfinished">Ile mniej więcej lat miała ta osoba?</translation>
    </message>
    <message>
        <source>Under 18</source>
        <extracomment>offenders &gt; offender_age under_18 label; your_age under_18 label</extracomment>
        <translation type="unfinished">Poniżej 18</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <extracomment>offenders &gt; offender_age 18_24 label; your_age 18_24 label</extracomment>
        <translation type="unfinished">Od 18 do 24</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <extracomment>offenders &gt; offender_age 25_34 label; your_age 25_34 label</extracomment>
        <translation type="unfinished">Od 25 do 34</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <extracomment>offenders &gt; offender_age 35_44 label; your_age 35_44 label</extracomment>
        <translation type="unfinished">Od 35 do 44</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <extracomment>offenders &gt; offender_age 45_54 label; your_age 45_54 label</extracomment>
        <translation type="unfinished">Od 45 do 54</translation>
    </message>
    <message>
        <source>55 to 64</source>
        <extracomment>offenders &gt; offender_age 55_64 label; your_age 55_64 label</extracomment>
        <translation type="unfinished">Od 55 do 64</translation>
    </message>
    <message>
        <source>65 or over</source>
        <extracomment>offenders &gt; offender_age 65_plus label</extracomment>
        <translation type="unfinished">65 lub więcej</translation>
    </message>
    <message>
        <source>What gender did they seem to be?</source>
        <extracomment>offenders &gt; offender_gender title</extracomment>
        <translation type="unfinished">Jakiej płci wydawała się ta osoba?</translation>
    </message>
    <message>
        <source>A man</source>
        <extracomment>offenders &gt; offender_gender man label</extracomment>
        <translation type="unfinished">Mężczyzna</translation>
    </message>
    <message>
        <source>A woman</source>
        <extracomment>offenders &gt; offender_gender woman label</extracomment>
        <translation type="unfinished">Kobieta</translation>
    </message>
    <message>
        <source>Another way</source>
        <extracomment>offenders &gt; offender_gender other label</extracomment>
        <translation type="unfinished">Inaczej</translation>
    </message>
    <message>
        <source>I could not tell</source>
        <extracomment>offenders &gt; offender_gender dont_know label</extracomment>
        <translation type="unfinished">Nie dało się tego ocenić</translation>
    </message>
    <message>
        <source>What was their build?</source>
        <extracomment>offenders &gt; offender_build title</extracomment>
        <translation type="unfinished">Jaka była budowa ciała tej osoby?</translation>
    </message>
    <message>
        <source>Slim</source>
        <extracomment>offenders &gt; offender_build slim label</extracomment>
        <translation type="unfinished">Szczupła</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>offenders &gt; offender_build medium label</extracomment>
        <translation type="unfinished">Średnia</translation>
    </message>
    <message>
        <source>Large or heavy</source>
        <extracomment>offenders &gt; offender_build large label</extracomment>
        <translation type="unfinished">Duża lub tęga</translation>
    </message>
    <message>
        <source>Muscular</source>
        <extracomment>offenders &gt; offender_build muscular label</extracomment>
        <translation type="unfinished">Umięśniona</translation>
    </message>
    <message>
        <source>How tall were they?</source>
        <extracomment>offenders &gt; offender_height title</extracomment>
        <translation type="unfinished">Jakiego wzrostu była ta osoba?</translation>
    </message>
    <message>
        <source>Shorter than most people</source>
        <extracomment>offenders &gt; offender_height short label</extracomment>
        <translation type="unfinished">Niższa niż większość ludzi</translation>
    </message>
    <message>
        <source>About average</source>
        <extracomment>offenders &gt; offender_height average label</extracomment>
        <translation type="unfinished">Mniej więcej przeciętnego</translation>
    </message>
    <message>
        <source>Taller than most people</source>
        <extracomment>offenders &gt; offender_height tall label</extracomment>
        <translation type="unfinished">Wyższa niż większość ludzi</translation>
    </message>
    <message>
        <source>Their skin colour or ethnic appearance, as it looked to you</source>
        <extracomment>offenders &gt; offender_appearance title</extracomment>
        <translation type="unfinished">Kolor skóry lub wygląd etniczny – tak, jak to wyglądało w Twoich oczach</translation>
    </message>
    <message>
        <source>What they were wearing</source>
        <extracomment>offenders &gt; offender_clothing title</extracomment>
        <translation type="unfinished">W co była ubrana</translation>
    </message>
    <message>
        <source>Their hair</source>
        <extracomment>offenders &gt; offender_hair title</extracomment>
        <translation type="unfinished">Włosy</translation>
    </message>
    <message>
        <source>For example colour, length, style, or a beard.</source>
        <extracomment>offenders &gt; offender_hair hint</extracomment>
        <translation type="unfinished">Na przykład kolor, długość, fryzura albo broda.</translation>
    </message>
    <message>
        <source>Their accent or the language they spoke</source>
        <extracomment>offenders &gt; offender_accent title</extracomment>
        <translation type="unfinished">Akcent lub język, którym mówiła</translation>
    </message>
    <message>
        <source>Anything else you noticed</source>
        <extracomment>offenders &gt; offender_marks title</extracomment>
        <translation type="unfinished">Cokolwiek innego, co udało Ci się zauważyć</translation>
    </message>
    <message>
        <source>For example tattoos, scars, glasses or a way of walking.</source>
        <extracomment>offenders &gt; offender_marks hint</extracomment>
        <translation type="unfinished">Na przykład tatuaże, blizny, okulary albo sposób chodzenia.</translation>
    </message>
    <message>
        <source>Did they have a car, van or other vehicle?</source>
        <extracomment>vehicle title</extracomment>
        <translation type="unfinished">Czy mieli samochód, furgonetkę lub inny pojazd?</translation>
    </message>
    <message>
        <source>Describe the vehicle</source>
        <extracomment>vehicles title</extracomment>
        <translation type="unfinished">Opisz pojazd</translation>
    </message>
    <message>
        <source>Tell us whatever you remember. Part of the number plate helps too.</source>
        <extracomment>vehicles hint</extracomment>
        <translation type="unfinished">Napisz wszystko, co pamiętasz. Część numeru rejestracyjnego też pomoże.</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <extracomment>vehicles item_title</extracomment>
        <translation type="unfinished">Pojazd %1</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <extracomment>vehicles add_label</extracomment>
        <translation type="unfinished">Dodaj pojazd</translation>
    </message>
    <message>
        <source>Make</source>
        <extracomment>vehicles &gt; vehicle_make title</extracomment>
        <translation type="unfinished">Marka</translation>
    </message>
    <message>
        <source>For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make hint</extracomment>
        <translation type="unfinished">Na przykład Ford.</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>vehicles &gt; vehicle_model title</extracomment>
        <translation type="unfinished">Model</translation>
    </message>
    <message>
        <source>For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model hint</extracomment>
        <translation type="unfinished">Na przykład Transit.</translation>
    </message>
    <message>
        <source>Colour</source>
        <extracomment>vehicles &gt; vehicle_colour title</extracomment>
        <translation type="unfinished">Kolor</translation>
    </message>
    <message>
        <source>Number plate, or part of it</source>
        <extracomment>vehicles &gt; vehicle_plate title</extracomment>
        <translation type="unfinished">Numer rejestracyjny lub jego część</translation>
    </message>
    <message>
        <source>Did anyone else see it happen?</source>
        <extracomment>witnesses title; witnesses easy read 1</extracomment>
        <translation type="unfinished">Czy ktoś jeszcze widział, jak to się stało?</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it</source>
        <extracomment>witness_details title</extracomment>
        <translation type="unfinished">Opisz osoby, które to widziały</translation>
    </message>
    <message>
        <source>For example how many there were, or how to reach them if you know and they agree.</source>
        <extracomment>witness_details hint</extracomment>
        <translation type="unfinished">Na przykład ile ich było albo jak się z nimi skontaktować, jeśli to wiesz i jeśli się na to zgadzają.</translation>
    </message>
    <message>
        <source>Could it have been filmed?</source>
        <extracomment>cctv title</extracomment>
        <translation type="unfinished">Czy mogło to zostać nagrane?</translation>
    </message>
    <message>
        <source>For example by cameras on shops, buses or doorbells, or on someone&apos;s phone.</source>
        <extracomment>cctv hint</extracomment>
        <translation type="unfinished">Na przykład przez kamery na sklepach, w autobusach lub przy drzwiach albo czyimś telefonem.</translation>
    </message>
    <message>
        <source>Your safety</source>
        <extracomment>happened_before section; how_often section; same_people section; getting_worse section; they_know_where_you_live section; you_know_where_they_live section; threatened_return section; injured section; medical_help section; safe_at_home section; others_at_risk section; barriers section</extracomment>
        <translation type="unfinished">Twoje bezpieczeństwo</translation>
    </message>
    <message>
        <source>Has anything like this happened before?</source>
        <extracomment>happened_before title</extracomment>
        <translation type="unfinished">Czy coś takiego zdarzyło się już wcześniej?</translation>
    </message>
    <message>
        <source>To you, or to the person it happened to.</source>
        <extracomment>happened_before hint</extracomment>
        <translation type="unfinished">Tobie albo osobie, której to dotyczyło.</translation>
    </message>
    <message>
        <source>How often has it happened before?</source>
        <extracomment>how_often title</extracomment>
        <translation type="unfinished">Jak często zdarzało się to wcześniej?</translation>
    </message>
    <message>
        <source>Once before</source>
        <extracomment>how_often once label</extracomment>
        <translation type="unfinished">Raz</translation>
    </message>
    <message>
        <source>A few times</source>
        <extracomment>how_often few_times label</extracomment>
        <translation type="unfinished">Kilka razy</translation>
    </message>
    <message>
        <source>Many times</source>
        <extracomment>how_often many_times label</extracomment>
        <translation type="unfinished">Wiele razy</translation>
    </message>
    <message>
        <source>It happens all the time</source>
        <extracomment>how_often all_the_time label</extracomment>
        <translation type="unfinished">Dzieje się to cały czas</translation>
    </message>
    <message>
        <source>Was it the same people as before?</source>
        <extracomment>same_people title; same_people easy read 1</extracomment>
        <translation type="unfinished">Czy to były te same osoby co wcześniej?</translation>
    </message>
    <message>
        <source>Are things getting worse?</source>
        <extracomment>getting_worse title; getting_worse easy read 1</extracomment>
        <translation type="unfinished">Czy sytuacja się pogarsza?</translation>
    </message>
    <message>
        <source>Do the people who did it know where you live?</source>
        <extracomment>they_know_where_you_live title; they_know_where_you_live easy read 1</extracomment>
        <translation type="unfinished">Czy osoby, które to zrobiły, wiedzą, gdzie mieszkasz?</translation>
    </message>
    <message>
        <source>Do you know where they live?</source>
        <extracomment>you_know_where_they_live title; you_know_where_they_live easy read 1</extracomment>
        <translation type="unfinished">Czy wiesz, gdzie one mieszkają?</translation>
    </message>
    <message>
        <source>Have they threatened to come back or to hurt you?</source>
        <extracomment>threatened_return title</extracomment>
        <translation type="unfinished">Czy grozili, że wrócą albo zrobią Ci krzywdę?</translation>
    </message>
    <message>
        <source>Was anyone hurt?</source>
        <extracomment>injured title; injured easy read 1</extracomment>
        <translation type="unfinished">Czy ktoś został ranny?</translation>
    </message>
    <message>
        <source>Does anyone need medical help now?</source>
        <extracomment>medical_help title</extracomment>
        <translation type="unfinished">Czy ktoś potrzebuje teraz pomocy medycznej?</translation>
    </message>
    <message>
        <source>If someone is badly hurt, call 999 for an ambulance.</source>
        <extracomment>medical_help hint; medical_help easy read 2</extracomment>
        <translation type="unfinished">Jeśli ktoś jest poważnie ranny, zadzwoń pod 999 po karetkę.</translation>
    </message>
    <message>
        <source>Do you feel safe at home now?</source>
        <extracomment>safe_at_home title; safe_at_home easy read 1</extracomment>
        <translation type="unfinished">Czy czujesz się teraz bezpiecznie w domu?</translation>
    </message>
    <message>
        <source>Is anyone else at risk?</source>
        <extracomment>others_at_risk title</extracomment>
        <translation type="unfinished">Czy ktoś jeszcze jest zagrożony?</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>others_at_risk children label</extracomment>
        <translation type="unfinished">Dzieci</translation>
    </message>
    <message>
        <source>My family or the people I live with</source>
        <extracomment>others_at_risk family label</extracomment>
        <translation type="unfinished">Moja rodzina lub osoby, z którymi mieszkam</translation>
    </message>
    <message>
        <source>Other people in my community</source>
        <extracomment>others_at_risk community label</extracomment>
        <translation type="unfinished">Inne osoby z mojej społeczności</translation>
    </message>
    <message>
        <source>Someone else</source>
        <extracomment>others_at_risk other_people label</extracomment>
        <translation type="unfinished">Ktoś inny</translation>
    </message>
    <message>
        <source>No one else</source>
        <extracomment>others_at_risk none label</extracomment>
        <translation type="unfinished">Nikt więcej</translation>
    </message>
    <message>
        <source>Does anything make it harder for you to get help?</source>
        <extracomment>barriers title</extracomment>
        <translation type="unfinished">Czy coś utrudnia Ci uzyskanie pomocy?</translation>
    </message>
    <message>
        <source>Choose all that apply. This helps the organisation support you in the right way.</source>
        <extracomment>barriers hint</extracomment>
        <translation type="unfinished">Wybierz wszystkie pasujące odpowiedzi. To pomoże organizacji wspierać Cię we właściwy sposób.</translation>
    </message>
    <message>
        <source>A disability or health condition</source>
        <extracomment>barriers disability label</extracomment>
        <translation type="unfinished">Niepełnosprawność lub problem zdrowotny</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>barriers language label</extracomment>
        <translation type="unfinished">Język</translation>
    </message>
    <message>
        <source>Being on my own, or cut off from other people</source>
        <extracomment>barriers isolation label</extracomment>
        <translation type="unfinished">Samotność albo brak kontaktu z innymi ludźmi</translation>
    </message>
    <message>
        <source>Worries about immigration status</source>
        <extracomment>barriers immigration label</extracomment>
        <translation type="unfinished">Obawy związane ze statusem imigracyjnym</translation>
    </message>
    <message>
        <source>Nothing</source>
        <extracomment>barriers none label</extracomment>
        <translation type="unfinished">Nic</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>support section; interpreter_language section; formats section</extracomment>
        <translation type="unfinished">Wsparcie</translation>
    </message>
    <message>
        <source>What would help you?</source>
        <extracomment>support title</extracomment>
        <translation type="unfinished">Co by Ci pomogło?</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <extracomment>support emotional label</extracomment>
        <translation type="unfinished">Ktoś, z kim można porozmawiać</translation>
    </message>
    <message>
        <source>Practical help</source>
        <extracomment>support practical label</extracomment>
        <translation type="unfinished">Pomoc praktyczna</translation>
    </message>
    <message>
        <source>For example with housing, repairs or security.</source>
        <extracomment>support practical hint</extracomment>
        <translation type="unfinished">Na przykład w sprawie mieszkania, napraw lub zabezpieczeń.</translation>
    </message>
    <message>
        <source>An interpreter</source>
        <extracomment>support interpreter label</extracomment>
        <translation type="unfinished">Tłumacz ustny</translation>
    </message>
    <message>
        <source>Information in another format</source>
        <extracomment>support accessible_formats label</extracomment>
        <translation type="unfinished">Informacje w innej formie</translation>
    </message>
    <message>
        <source>Someone to speak up for me (an advocate)</source>
        <extracomment>support advocacy label</extracomment>
        <translation type="unfinished">Ktoś, kto będzie mówić w moim imieniu (rzecznik)</translation>
    </message>
    <message>
        <source>None of these</source>
        <extracomment>support none label</extracomment>
        <translation type="unfinished">Żadne z powyższych</translation>
    </message>
    <message>
        <source>Which language would you like an interpreter for?</source>
        <extracomment>interpreter_language title</extracomment>
        <translation type="unfinished">W jakim języku potrzebujesz tłumacza?</translation>
    </message>
    <message>
        <source>Include British Sign Language if you need it.</source>
        <extracomment>interpreter_language hint</extracomment>
        <translation type="unfinished">Jeśli potrzebujesz, podaj też brytyjski język migowy (BSL).</translation>
    </message>
    <message>
        <source>Which formats would help?</source>
        <extracomment>formats title</extracomment>
        <translation type="unfinished">Jakie formy informacji by Ci pomogły?</translation>
    </message>
    <message>
        <source>Easy read</source>
        <extracomment>formats easy_read label</extracomment>
        <translation type="unfinished">Tekst łatwy do czytania</translation>
    </message>
    <message>
        <source>Large print</source>
        <extracomment>formats large_print label</extracomment>
        <translation type="unfinished">Duży druk</translation>
    </message>
    <message>
        <source>British Sign Language (BSL) video</source>
        <extracomment>formats bsl label</extracomment>
        <translation type="unfinished">Nagranie wideo w brytyjskim języku migowym (BSL)</translation>
    </message>
    <message>
        <source>Audio</source>
        <extracomment>formats audio label</extracomment>
        <translation type="unfinished">Nagranie audio</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <extracomment>your_age title</extracomment>
        <translation type="unfinished">Ile masz lat?</translation>
    </message>
    <message>
        <source>This helps organisations see who is affected. You do not have to say.</source>
        <extracomment>your_age hint</extracomment>
        <translation type="unfinished">Dzięki temu organizacje wiedzą, kogo to dotyka. Nie musisz odpowiadać.</translation>
    </message>
    <message>
        <source>65 to 74</source>
        <extracomment>your_age 65_74 label</extracomment>
        <translation type="unfinished">Od 65 do 74</translation>
    </message>
    <message>
        <source>75 or over</source>
        <extracomment>your_age 75_plus label</extracomment>
        <translation type="unfinished">75 lub więcej</translation>
    </message>
    <message>
        <source>How do you describe yourself?</source>
        <extracomment>describe_yourself title</extracomment>
        <translation type="unfinished">Jak siebie opisujesz?</translation>
    </message>
    <message>
        <source>For example your gender, ethnicity, faith, or anything else you want the organisation to know. You can leave this empty.</source>
        <extracomment>describe_yourself hint</extracomment>
        <translation type="unfinished">Na przykład płeć, pochodzenie etniczne, wyznanie lub cokolwiek innego, co organizacja ma wiedzieć. Możesz zostawić to pole puste.</translation>
    </message>
    <message>
        <source>Choose one of the answers</source>
        <translation type="unfinished">Wybierz jedną z odpowiedzi</translation>
    </message>
    <message>
        <source>Enter the time like 18:30 or 6:30pm, or leave it empty</source>
        <translation type="unfinished">Wpisz godzinę, np. 18:30, albo zostaw puste</translation>
    </message>
    <message>
        <source>The end date must be after the start date</source>
        <translation type="unfinished">Data końcowa musi być późniejsza niż data początkowa</translation>
    </message>
    <message>
        <source>Your answer must be %1 characters or fewer. It has %2 too many.</source>
        <translation type="unfinished">Odpowiedź może mieć najwyżej %1 znaków. Ma o %2 za dużo.</translation>
    </message>
    <message>
        <source>Choose from the answers shown</source>
        <translation type="unfinished">Wybierz spośród pokazanych odpowiedzi</translation>
    </message>
    <message>
        <source>Choose “%1” on its own, or the other answers, not both</source>
        <translation type="unfinished">Wybierz samo „%1” albo pozostałe odpowiedzi, nie jedno i drugie</translation>
    </message>
    <message>
        <source>The description of the place must be %1 characters or fewer</source>
        <translation type="unfinished">Opis miejsca może mieć najwyżej %1 znaków</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Tak</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation type="unfinished">Znam datę</translation>
    </message>
    <message>
        <source>I know roughly when (an estimate)</source>
        <translation type="unfinished">Wiem mniej więcej kiedy (w przybliżeniu)</translation>
    </message>
    <message>
        <source>It was between two dates</source>
        <translation type="unfinished">To było między dwiema datami</translation>
    </message>
    <message>
        <source>It keeps happening</source>
        <translation type="unfinished">To ciągle się powtarza</translation>
    </message>
    <message>
        <source>Enter only the first part of the postcode, like E1, not the full postcode</source>
        <translation type="unfinished">Wpisz tylko pierwszą część kodu pocztowego, np. E1, a nie cały kod</translation>
    </message>
    <message>
        <source>The area must be 60 characters or fewer</source>
        <translation type="unfinished">Obszar może mieć najwyżej 60 znaków</translation>
    </message>
    <message>
        <source>Enter the first part of a postcode, like E1, or the name of a town, like Leeds</source>
        <translation type="unfinished">Wpisz pierwszą część kodu pocztowego, np. E1, albo nazwę miejscowości, np. Leeds</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished">Obszar: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished">%1 o %2</translation>
    </message>
    <message>
        <source>About %1 (an estimate)</source>
        <translation type="unfinished">Około %1 (w przybliżeniu)</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation type="unfinished">Między %1 a %2</translation>
    </message>
    <message>
        <source>It keeps happening, since %1</source>
        <translation type="unfinished">Ciągle się powtarza, od %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1 (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>Are you in danger right now?</source>
        <extracomment>in_danger easy read 1</extracomment>
        <translation type="unfinished">Czy grozi Ci w tej chwili niebezpieczeństwo?</translation>
    </message>
    <message>
        <source>If you are, we will show you who to call for help.</source>
        <extracomment>in_danger easy read 2</extracomment>
        <translation type="unfinished">Jeśli tak, pokażemy Ci, gdzie zadzwonić po pomoc.</translation>
    </message>
    <message>
        <source>You can come back to this report afterwards.</source>
        <extracomment>in_danger easy read 3</extracomment>
        <translation type="unfinished">Potem możesz wrócić do tego zgłoszenia.</translation>
    </message>
    <message>
        <source>Tell us who this happened to.</source>
        <extracomment>role easy read 1</extracomment>
        <translation type="unfinished">Napisz, kogo to spotkało.</translation>
    </message>
    <message>
        <source>It can be you, or someone else.</source>
        <extracomment>role easy read 2</extracomment>
        <translation type="unfinished">To możesz być Ty albo ktoś inny.</translation>
    </message>
    <message>
        <source>Tell us what happened, in your own words.</source>
        <extracomment>narrative easy read 1</extracomment>
        <translation type="unfinished">Opisz własnymi słowami, co się stało.</translation>
    </message>
    <message>
        <source>Take your time. Write as much as you remember.</source>
        <extracomment>narrative easy read 2</extracomment>
        <translation type="unfinished">Nie musisz się spieszyć. Napisz wszystko, co pamiętasz.</translation>
    </message>
    <message>
        <source>What did they do? Choose every answer that is true.</source>
        <extracomment>incident_types easy read 1</extracomment>
        <translation type="unfinished">Co zrobili? Wybierz wszystkie prawdziwe odpowiedzi.</translation>
    </message>
    <message>
        <source>Why do you think they picked on you, or on them?</source>
        <extracomment>targeted easy read 1</extracomment>
        <translation type="unfinished">Jak myślisz, dlaczego wybrali właśnie Ciebie albo tę osobę?</translation>
    </message>
    <message>
        <source>Choose every answer that is true. What you think is enough.</source>
        <extracomment>targeted easy read 2</extracomment>
        <translation type="unfinished">Wybierz wszystkie prawdziwe odpowiedzi. Wystarczy, że tak uważasz.</translation>
    </message>
    <message>
        <source>Tell us what else about them you think they picked on.</source>
        <extracomment>targeted_other easy read 1</extracomment>
        <translation type="unfinished">Napisz, co jeszcze w tej osobie mogło być powodem.</translation>
    </message>
    <message>
        <source>Did it happen on a phone, a computer or the internet?</source>
        <extracomment>online easy read 1</extracomment>
        <translation type="unfinished">Czy stało się to przez telefon, komputer albo w internecie?</translation>
    </message>
    <message>
        <source>For example in messages, on social media or in a phone call.</source>
        <extracomment>online easy read 2</extracomment>
        <translation type="unfinished">Na przykład w wiadomościach, w mediach społecznościowych albo podczas rozmowy telefonicznej.</translation>
    </message>
    <message>
        <source>Which app or website was it on? For example Facebook or WhatsApp.</source>
        <extracomment>online_platform easy read 1</extracomment>
        <translation type="unfinished">W jakiej aplikacji lub na jakiej stronie to było? Na przykład Facebook albo WhatsApp.</translation>
    </message>
    <message>
        <source>Copy the web address of the post or the account, if you can.</source>
        <extracomment>online_link easy read 1</extracomment>
        <translation type="unfinished">Jeśli możesz, skopiuj adres wpisu albo konta.</translation>
    </message>
    <message>
        <source>Tell us what they wrote or said. Copy their words if you can.</source>
        <extracomment>online_content easy read 1</extracomment>
        <translation type="unfinished">Opisz, co napisali lub powiedzieli. Jeśli możesz, skopiuj ich słowa.</translation>
    </message>
    <message>
        <source>Can people still see it on the internet?</source>
        <extracomment>online_still_visible easy read 1</extracomment>
        <translation type="unfinished">Czy ludzie nadal mogą to zobaczyć w internecie?</translation>
    </message>
    <message>
        <source>When did it happen? If you are not sure, give your best guess.</source>
        <extracomment>when easy read 1</extracomment>
        <translation type="unfinished">Kiedy to się stało? Jeśli nie wiesz dokładnie, podaj przybliżoną datę.</translation>
    </message>
    <message>
        <source>We do not look at where you are. Tell us only what you want to.</source>
        <extracomment>where easy read 2</extracomment>
        <translation type="unfinished">Nie sprawdzamy, gdzie jesteś. Napisz tylko to, co chcesz.</translation>
    </message>
    <message>
        <source>Do you know the people who did it?</source>
        <extracomment>offender_known easy read 1</extracomment>
        <translation type="unfinished">Czy znasz osoby, które to zrobiły?</translation>
    </message>
    <message>
        <source>Who are they to you? For example a neighbour or someone from work.</source>
        <extracomment>offender_relationship easy read 1</extracomment>
        <translation type="unfinished">Kim są dla Ciebie te osoby? Na przykład sąsiad albo ktoś z pracy.</translation>
    </message>
    <message>
        <source>Tell us what each person looked like.</source>
        <extracomment>offenders easy read 1</extracomment>
        <translation type="unfinished">Opisz, jak wyglądała każda osoba.</translation>
    </message>
    <message>
        <source>Only tell us what you saw. You can leave things out.</source>
        <extracomment>offenders easy read 2</extracomment>
        <translation type="unfinished">Napisz tylko to, co udało Ci się zobaczyć. Możesz coś pominąć.</translation>
    </message>
    <message>
        <source>About how old did they look?</source>
        <extracomment>offenders &gt; offender_age easy read 1</extracomment>
        <translation type="unfinished">Na ile lat mniej więcej wyglądała ta osoba?</translation>
    </message>
    <message>
        <source>What gender did they seem to be, to you?</source>
        <extracomment>offenders &gt; offender_gender easy read 1</extracomment>
        <translation type="unfinished">Jakiej płci wydawała Ci się ta osoba?</translation>
    </message>
    <message>
        <source>What was their body shape, as it looked to you?</source>
        <extracomment>offenders &gt; offender_build easy read 1</extracomment>
        <translation type="unfinished">Jaką budowę ciała miała ta osoba, Twoim zdaniem?</translation>
    </message>
    <message>
        <source>How tall were they, as it looked to you?</source>
        <extracomment>offenders &gt; offender_height easy read 1</extracomment>
        <translation type="unfinished">Jakiego wzrostu była ta osoba, Twoim zdaniem?</translation>
    </message>
    <message>
        <source>What skin colour or ethnic look did they have, as it looked to you?</source>
        <extracomment>offenders &gt; offender_appearance easy read 1</extracomment>
        <translation type="unfinished">Jaki kolor skóry lub wygląd etniczny miała ta osoba, Twoim zdaniem?</translation>
    </message>
    <message>
        <source>What clothes were they wearing?</source>
        <extracomment>offenders &gt; offender_clothing easy read 1</extracomment>
        <translation type="unfinished">W co ta osoba była ubrana?</translation>
    </message>
    <message>
        <source>What was their hair like? For example the colour, or a beard.</source>
        <extracomment>offenders &gt; offender_hair easy read 1</extracomment>
        <translation type="unfinished">Jakie włosy miała ta osoba? Na przykład kolor albo broda.</translation>
    </message>
    <message>
        <source>How did they speak? Tell us their accent or language.</source>
        <extracomment>offenders &gt; offender_accent easy read 1</extracomment>
        <translation type="unfinished">Jak mówiła ta osoba? Podaj akcent lub język.</translation>
    </message>
    <message>
        <source>Did you notice anything else? For example tattoos, scars or glasses.</source>
        <extracomment>offenders &gt; offender_marks easy read 1</extracomment>
        <translation type="unfinished">Czy coś jeszcze zwróciło Twoją uwagę? Na przykład tatuaże, blizny albo okulary.</translation>
    </message>
    <message>
        <source>Did they have a car, a van or another vehicle?</source>
        <extracomment>vehicle easy read 1</extracomment>
        <translation type="unfinished">Czy mieli samochód, furgonetkę lub inny pojazd?</translation>
    </message>
    <message>
        <source>Tell us what you remember about the vehicle.</source>
        <extracomment>vehicles easy read 1</extracomment>
        <translation type="unfinished">Napisz, co pamiętasz o pojeździe.</translation>
    </message>
    <message>
        <source>Part of the number plate helps too.</source>
        <extracomment>vehicles easy read 2</extracomment>
        <translation type="unfinished">Część numeru rejestracyjnego też pomoże.</translation>
    </message>
    <message>
        <source>Who made the vehicle? For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make easy read 1</extracomment>
        <translation type="unfinished">Jakiej marki był pojazd? Na przykład Ford.</translation>
    </message>
    <message>
        <source>What model was it? For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model easy read 1</extracomment>
        <translation type="unfinished">Jaki to był model? Na przykład Transit.</translation>
    </message>
    <message>
        <source>What colour was the vehicle?</source>
        <extracomment>vehicles &gt; vehicle_colour easy read 1</extracomment>
        <translation type="unfinished">Jakiego koloru był pojazd?</translation>
    </message>
    <message>
        <source>What was the number plate? Part of it helps too.</source>
        <extracomment>vehicles &gt; vehicle_plate easy read 1</extracomment>
        <translation type="unfinished">Jaki był numer rejestracyjny? Część numeru też pomoże.</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it.</source>
        <extracomment>witness_details easy read 1</extracomment>
        <translation type="unfinished">Opisz osoby, które to widziały.</translation>
    </message>
    <message>
        <source>Tell us how to reach them, but only if they agree.</source>
        <extracomment>witness_details easy read 2</extracomment>
        <translation type="unfinished">Napisz, jak się z nimi skontaktować, ale tylko jeśli się na to zgadzają.</translation>
    </message>
    <message>
        <source>Could a camera have filmed it? For example on a shop, bus or phone.</source>
        <extracomment>cctv easy read 1</extracomment>
        <translation type="unfinished">Czy mogła to nagrać jakaś kamera? Na przykład na sklepie, w autobusie albo w telefonie.</translation>
    </message>
    <message>
        <source>Has something like this happened before?</source>
        <extracomment>happened_before easy read 1</extracomment>
        <translation type="unfinished">Czy coś takiego zdarzyło się już wcześniej?</translation>
    </message>
    <message>
        <source>How many times has it happened before?</source>
        <extracomment>how_often easy read 1</extracomment>
        <translation type="unfinished">Ile razy to się już zdarzyło?</translation>
    </message>
    <message>
        <source>Did they say they will come back, or hurt you?</source>
        <extracomment>threatened_return easy read 1</extracomment>
        <translation type="unfinished">Czy mówili, że wrócą albo zrobią Ci krzywdę?</translation>
    </message>
    <message>
        <source>Does anyone need a doctor or a nurse now?</source>
        <extracomment>medical_help easy read 1</extracomment>
        <translation type="unfinished">Czy ktoś potrzebuje teraz lekarza albo pielęgniarki?</translation>
    </message>
    <message>
        <source>Could anyone else be hurt or in danger?</source>
        <extracomment>others_at_risk easy read 1</extracomment>
        <translation type="unfinished">Czy ktoś jeszcze może zostać skrzywdzony lub być w niebezpieczeństwie?</translation>
    </message>
    <message>
        <source>Choose every answer that is true.</source>
        <extracomment>others_at_risk easy read 2</extracomment>
        <translation type="unfinished">Wybierz wszystkie prawdziwe odpowiedzi.</translation>
    </message>
    <message>
        <source>Is anything making it hard for you to get help?</source>
        <extracomment>barriers easy read 1</extracomment>
        <translation type="unfinished">Czy coś utrudnia Ci uzyskanie pomocy?</translation>
    </message>
    <message>
        <source>This helps them help you in the right way.</source>
        <extracomment>barriers easy read 2</extracomment>
        <translation type="unfinished">To pomoże im pomóc Ci we właściwy sposób.</translation>
    </message>
    <message>
        <source>What help would you like? Choose every answer you want.</source>
        <extracomment>support easy read 1</extracomment>
        <translation type="unfinished">Jakiej pomocy potrzebujesz? Wybierz wszystkie odpowiedzi, które chcesz.</translation>
    </message>
    <message>
        <source>Which language do you want an interpreter for? It can be sign language.</source>
        <extracomment>interpreter_language easy read 1</extracomment>
        <translation type="unfinished">W jakim języku potrzebujesz tłumacza? Może to być język migowy.</translation>
    </message>
    <message>
        <source>How would you like information? For example easy read or large print.</source>
        <extracomment>formats easy read 1</extracomment>
        <translation type="unfinished">W jakiej formie chcesz dostać informacje? Na przykład tekst łatwy do czytania albo duży druk.</translation>
    </message>
    <message>
        <source>How old are you? You do not have to say.</source>
        <extracomment>your_age easy read 1</extracomment>
        <translation type="unfinished">Ile masz lat? Nie musisz odpowiadać.</translation>
    </message>
    <message>
        <source>Tell us about yourself, if you want to. You can leave this empty.</source>
        <extracomment>describe_yourself easy read 1</extracomment>
        <translation type="unfinished">Napisz coś o sobie, jeśli chcesz. Możesz zostawić to pole puste.</translation>
    </message>
    <message>
        <source>More about what happened</source>
        <extracomment>incident_types section</extracomment>
        <translation type="unfinished">Więcej o tym, co się stało</translation>
    </message>
    <message>
        <source>Copy it here if you can, word for word. Keep any screenshots on your phone and say here that you have them: the organisation can ask you for them later.</source>
        <extracomment>online_content hint</extracomment>
        <translation type="unfinished">Jeśli możesz, skopiuj to tutaj słowo w słowo. Zachowaj zrzuty ekranu w telefonie i napisz tutaj, że je masz: organizacja może później o nie poprosić.</translation>
    </message>
    <message>
        <source>Only the organisations you choose to send this report to will see this answer (the police too, if you choose them). Support organisations do not pass it to immigration enforcement without your agreement.</source>
        <extracomment>barriers immigration hint</extracomment>
        <translation type="unfinished">Tę odpowiedź zobaczą tylko organizacje, do których zdecydujesz się wysłać to zgłoszenie (także policja, jeśli ją wybierzesz). Organizacje wsparcia nie przekazują jej służbom egzekwującym prawo imigracyjne bez Twojej zgody.</translation>
    </message>
    <message>
        <source>Only the organisations you choose will see your answer.</source>
        <extracomment>barriers easy read 3</extracomment>
        <translation type="unfinished">Twoją odpowiedź zobaczą tylko organizacje, które wybierzesz.</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished">Zatrzymaj czytanie</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation type="unfinished">Przeczytaj tę stronę na głos</translation>
    </message>
    <message>
        <source>Read aloud is not available in %1 on this device. A volunteer or a friend can read the questions to you.</source>
        <translation type="unfinished">Czytanie na głos nie jest dostępne w języku %1 na tym urządzeniu. Wolontariusz lub znajomy może przeczytać Ci pytania.</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who should we send your report to?</source>
        <translation type="unfinished">Do kogo wysłać Twoje zgłoszenie?</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">Policja</translation>
    </message>
    <message>
        <source>The police force for the area where it happened.</source>
        <translation type="unfinished">Policja z obszaru, na którym to się stało.</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">Organizacja wsparcia</translation>
    </message>
    <message>
        <source>A third-party reporting centre. It can support you, and can pass your report to the police if you want.</source>
        <translation type="unfinished">Niezależny od policji punkt przyjmowania zgłoszeń. Może Cię wspierać i, jeśli chcesz, przekazać Twoje zgłoszenie policji.</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">Policja i organizacja wsparcia</translation>
    </message>
    <message>
        <source>Each gets its own copy.</source>
        <translation type="unfinished">Każda z nich dostaje własną kopię.</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">Tylko zarejestrować: nie chcę, żeby podejmowano jakiekolwiek działania</translation>
    </message>
    <message>
        <source>A support organisation records it so that hate crime is counted. We ask them not to take any action.</source>
        <translation type="unfinished">Organizacja wsparcia rejestruje zgłoszenie, aby przestępstwa z nienawiści były liczone. Prosimy ją, aby nie podejmowała żadnych działań.</translation>
    </message>
    <message>
        <source>Your report is locked so that only the organisations you choose can read it. Each one can see which others you chose.</source>
        <translation type="unfinished">Twoje zgłoszenie jest zabezpieczone, aby mogły je przeczytać tylko wybrane przez Ciebie organizacje. Każda z nich widzi, jakie inne organizacje wybrano.</translation>
    </message>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers on the first page.</source>
        <translation type="unfinished">Aplikacja Harbour nie może znaleźć na tym urządzeniu aktualnej listy organizacji, więc nie może wysłać Twojego zgłoszenia. Skorzystaj z jednego z numerów telefonu na pierwszej stronie.</translation>
    </message>
    <message>
        <source>This device sends every report to: %1</source>
        <translation type="unfinished">To urządzenie wysyła każde zgłoszenie do: %1</translation>
    </message>
    <message>
        <source>Choose the police force</source>
        <translation type="unfinished">Wybierz jednostkę policji</translation>
    </message>
    <message>
        <source>Choose the police force and a support organisation</source>
        <translation type="unfinished">Wybierz jednostkę policji i organizację wsparcia</translation>
    </message>
    <message>
        <source>Choose a support organisation</source>
        <translation type="unfinished">Wybierz organizację wsparcia</translation>
    </message>
    <message>
        <source>These cover %1, where you said it happened.</source>
        <translation type="unfinished">Te organizacje obejmują obszar: %1 – tam, gdzie według Ciebie to się stało.</translation>
    </message>
    <message>
        <source>You did not say where it happened, so organisations for every area are shown.</source>
        <translation type="unfinished">Nie podano, gdzie to się stało, więc widać organizacje ze wszystkich obszarów.</translation>
    </message>
    <message>
        <source>%1. %2. Reports about: %3. Languages: %4.</source>
        <translation type="unfinished">%1. %2. Zgłoszenia dotyczące: %3. Języki: %4.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Dalej</translation>
    </message>
    <message>
        <source>What would you like to happen?</source>
        <translation type="unfinished">Co chcesz, żeby się stało?</translation>
    </message>
    <message>
        <source>Choose who gets your report.</source>
        <translation type="unfinished">Wybierz, kto dostanie Twoje zgłoszenie.</translation>
    </message>
    <message>
        <source>Only the ones you choose can read it.</source>
        <translation type="unfinished">Tylko ci, których wybierzesz, mogą je przeczytać.</translation>
    </message>
    <message>
        <source>A support group can help you. The police can look into what happened.</source>
        <translation type="unfinished">Grupa wsparcia może Ci pomóc. Policja może zbadać, co się stało.</translation>
    </message>
</context>
<context>
    <name>SendTimeChoice</name>
    <message>
        <source>Send it now</source>
        <translation type="unfinished">Wyślij teraz</translation>
    </message>
    <message>
        <source>Send it at a random time in the next day</source>
        <translation type="unfinished">Wyślij o losowej porze w ciągu najbliższego dnia</translation>
    </message>
    <message>
        <source>Send it at a random time in the next 3 days</source>
        <translation type="unfinished">Wyślij o losowej porze w ciągu najbliższych 3 dni</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation type="unfinished">Kiedy wysłać</translation>
    </message>
    <message>
        <source>The organisation sees when your report arrives. If you do not want that time to match where you were, Harbour can send it later, at a time nobody can guess.</source>
        <translation type="unfinished">Organizacja widzi, kiedy zgłoszenie do niej dociera. Jeśli nie chcesz, żeby ta godzina pasowała do miejsca, w którym byłeś(-aś), Harbour może wysłać je później, o porze, której nikt nie zgadnie.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>How Harbour looks and sounds</source>
        <translation type="unfinished">Jak Harbour wygląda i brzmi</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation type="unfinished">Jeśli potrzebujesz pomocy teraz</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">Jeśli grozi Ci teraz niebezpieczeństwo, zadzwoń pod 999. Osoby głuche mogą skorzystać z 999 BSL lub wysłać SMS pod 999, jeśli są zarejestrowane. W sprawach niepilnych zadzwoń pod 101.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff: helping someone make a report</source>
        <translation type="unfinished">Personel: pomoc w złożeniu zgłoszenia</translation>
    </message>
    <message>
        <source>If you are a volunteer helping someone to report, enter the volunteer code. The report will say that someone helped. It never says who.</source>
        <translation type="unfinished">Jeśli jesteś wolontariuszem i pomagasz komuś w zgłoszeniu, wpisz kod wolontariusza. Zgłoszenie powie, że ktoś pomagał. Nigdy nie powie kto.</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">Kod wolontariusza</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished">Sprawdzanie kodu…</translation>
    </message>
    <message>
        <source>Start assisted mode</source>
        <translation type="unfinished">Włącz tryb z pomocą</translation>
    </message>
    <message>
        <source>Assisted mode is on. The report will say that a volunteer helped. It never says who.</source>
        <translation type="unfinished">Tryb z pomocą jest włączony. Zgłoszenie powie, że pomagał wolontariusz. Nigdy nie powie kto.</translation>
    </message>
    <message>
        <source>Turn off the time limit for this session</source>
        <translation type="unfinished">Wyłącz limit czasu na tę sesję</translation>
    </message>
    <message>
        <source>The report is not cleared when nobody touches the screen for a while. Press Exit when you have finished.</source>
        <translation type="unfinished">Zgłoszenie nie zostanie usunięte, gdy nikt przez chwilę nie dotyka ekranu. Po zakończeniu naciśnij Wyjdź.</translation>
    </message>
    <message>
        <source>Start the report</source>
        <translation type="unfinished">Rozpocznij zgłoszenie</translation>
    </message>
    <message>
        <source>For the organisation</source>
        <translation type="unfinished">Dla organizacji</translation>
    </message>
    <message>
        <source>Kiosk settings (admin passphrase)</source>
        <translation type="unfinished">Ustawienia kiosku (hasło administratora)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Report a hate crime</source>
        <translation type="unfinished">Zgłoś przestępstwo z nienawiści</translation>
    </message>
    <message>
        <source>Report a hate crime or hate incident</source>
        <translation type="unfinished">Zgłoś przestępstwo lub incydent z nienawiści</translation>
    </message>
    <message>
        <source>Use this to tell an organisation about something that happened to you or someone else because of who they are.</source>
        <translation type="unfinished">Możesz tu powiedzieć organizacji o czymś, co spotkało Ciebie lub kogoś innego z powodu tego, kim ta osoba jest.</translation>
    </message>
    <message>
        <source>It takes about 10 minutes. You do not have to give your name. Only %1 can read what you send.</source>
        <translation type="unfinished">Zajmuje to około 10 minut. Nie musisz podawać imienia i nazwiska. To, co wyślesz, będzie dostępne tylko dla %1.</translation>
    </message>
    <message>
        <source>You can press Exit at any time. It clears everything you have typed.</source>
        <translation type="unfinished">W każdej chwili możesz nacisnąć Wyjdź. Usuwa to wszystko, co zostało wpisane.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished">Zacznij teraz</translation>
    </message>
    <message>
        <source>If you are in danger now, or would rather phone:</source>
        <translation type="unfinished">Jeśli grozi Ci teraz niebezpieczeństwo albo wolisz zadzwonić:</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">Jeśli grozi Ci teraz niebezpieczeństwo, zadzwoń pod 999. Osoby głuche mogą skorzystać z 999 BSL lub wysłać SMS pod 999, jeśli są zarejestrowane. W sprawach niepilnych zadzwoń pod 101.</translation>
    </message>
    <message>
        <source>Assisted mode is on: the report will say that a volunteer helped, never who.</source>
        <translation type="unfinished">Tryb z pomocą jest włączony: zgłoszenie powie, że pomagał wolontariusz, nigdy kto.</translation>
    </message>
    <message>
        <source>Staff: I am helping someone</source>
        <translation type="unfinished">Personel: pomagam komuś</translation>
    </message>
    <message>
        <source>Tell us when someone was hurt or scared because of who they are.</source>
        <translation type="unfinished">Powiedz nam, gdy ktoś został skrzywdzony albo przestraszony z powodu tego, kim jest.</translation>
    </message>
    <message>
        <source>It takes about 10 minutes.</source>
        <translation type="unfinished">Zajmuje to około 10 minut.</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">Nie musisz podawać imienia i nazwiska.</translation>
    </message>
    <message>
        <source>Only %1 can read what you send.</source>
        <translation type="unfinished">To, co wyślesz, będzie dostępne tylko dla %1.</translation>
    </message>
    <message>
        <source>Press Exit at any time. It clears everything you typed.</source>
        <translation type="unfinished">Możesz w każdej chwili nacisnąć Wyjdź. To usuwa wszystko, co wpisano.</translation>
    </message>
    <message>
        <source>I have a follow-up code</source>
        <translation type="unfinished">Mam kod do odpowiedzi</translation>
    </message>
    <message>
        <source>I have a follow-up code: read replies to my report</source>
        <translation type="unfinished">Mam kod do odpowiedzi: przeczytaj odpowiedzi na moje zgłoszenie</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <source>Send now, or tell us more</source>
        <translation type="unfinished">Wyślij teraz albo powiedz nam więcej</translation>
    </message>
    <message>
        <source>You have told us enough to send your report. You can send it now.</source>
        <translation type="unfinished">Wiemy już wystarczająco dużo, aby wysłać Twoje zgłoszenie. Możesz je wysłać teraz.</translation>
    </message>
    <message>
        <source>You can send your report now.</source>
        <translation type="unfinished">Możesz już wysłać zgłoszenie.</translation>
    </message>
    <message>
        <source>Or you can tell us more. You choose which parts.</source>
        <translation type="unfinished">Możesz też powiedzieć nam więcej. Ty wybierasz, które części.</translation>
    </message>
    <message>
        <source>Every part is up to you. You can skip them all.</source>
        <translation type="unfinished">Każda część zależy od Ciebie. Możesz pominąć je wszystkie.</translation>
    </message>
    <message>
        <source>Check and send your report</source>
        <translation type="unfinished">Sprawdź i wyślij zgłoszenie</translation>
    </message>
    <message>
        <source>Tell us more (optional)</source>
        <translation type="unfinished">Powiedz nam więcej (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>You asked only for it to be recorded, so you do not need to answer any of these. Open a part only if you want to.</source>
        <translation type="unfinished">Na Twoją prośbę zgłoszenie zostanie tylko zarejestrowane, więc nie musisz wypełniać żadnej z tych części. Otwórz część tylko wtedy, gdy chcesz.</translation>
    </message>
    <message>
        <source>More details can help them act, for example to find who did it or to keep you safe. Open any part you want and skip the rest.</source>
        <translation type="unfinished">Więcej szczegółów może pomóc im działać, na przykład znaleźć osobę, która to zrobiła, albo zapewnić Ci bezpieczeństwo. Otwórz części, które chcesz, a resztę pomiń.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished">Nierozpoczęte</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">Odpowiedzi: %1 z %2</translation>
    </message>
</context>
<context>
    <name>TimeoutWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation type="unfinished">Potrzebujesz więcej czasu?</translation>
    </message>
    <message numerus="yes">
        <source>To keep your report private, we will clear it in %n second(s) if you do nothing.</source>
        <translation type="unfinished">
            <numerusform>Aby chronić Twoją prywatność, usuniemy zgłoszenie za %n sekundę, jeśli nic nie zrobisz.</numerusform>
            <numerusform>Aby chronić Twoją prywatność, usuniemy zgłoszenie za %n sekundy, jeśli nic nie zrobisz.</numerusform>
            <numerusform>Aby chronić Twoją prywatność, usuniemy zgłoszenie za %n sekund, jeśli nic nie zrobisz.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished">Potrzebuję więcej czasu</translation>
    </message>
    <message>
        <source>Clear my report now</source>
        <translation type="unfinished">Usuń moje zgłoszenie teraz</translation>
    </message>
</context>
<context>
    <name>TorChoice</name>
    <message>
        <source>How to send</source>
        <translation type="unfinished">Jak wysłać</translation>
    </message>
    <message>
        <source>When your report arrives, the organisation can see the internet address of this device. It can show who gives you your internet connection and roughly where you are.</source>
        <translation type="unfinished">Gdy zgłoszenie dotrze, organizacja może zobaczyć adres internetowy tego urządzenia. Może on pokazać, kto dostarcza Ci internet, i w przybliżeniu, gdzie jesteś.</translation>
    </message>
    <message>
        <source>Tor hides it. Your report passes through three other computers first, so the organisation does not see your address and your internet provider does not see where the report goes. Tor must be running on this device, for example the Orbot app on Android.</source>
        <translation type="unfinished">Tor go ukrywa. Zgłoszenie przechodzi najpierw przez trzy inne komputery, więc organizacja nie widzi Twojego adresu, a Twój dostawca internetu nie widzi, dokąd trafia zgłoszenie. Na tym urządzeniu musi działać Tor, na przykład aplikacja Orbot na Androidzie.</translation>
    </message>
    <message>
        <source>Send it directly</source>
        <translation type="unfinished">Wyślij bezpośrednio</translation>
    </message>
    <message>
        <source>Send it through Tor</source>
        <translation type="unfinished">Wyślij przez Tor</translation>
    </message>
    <message>
        <source>If Tor is not running, your report waits on this device until it is. It is never sent another way. Your internet provider can see that you use Tor, but not what you send.</source>
        <translation type="unfinished">Jeśli Tor nie działa, zgłoszenie czeka na tym urządzeniu, aż zacznie działać. Nigdy nie zostanie wysłane w inny sposób. Twój dostawca internetu może zobaczyć, że używasz Tora, ale nie to, co wysyłasz.</translation>
    </message>
</context>
<context>
    <name>harbour::kiosk::KioskControls</name>
    <message>
        <source>That volunteer code is not right. Check it and try again.</source>
        <translation type="unfinished">Ten kod wolontariusza jest nieprawidłowy. Sprawdź go i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Check it and try again.</source>
        <translation type="unfinished">To hasło administratora jest nieprawidłowe. Sprawdź je i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>That volunteer code is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">Ten kod wolontariusza jest nieprawidłowy. Za dużo błędnych prób: możesz spróbować ponownie za %1.</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">To hasło administratora jest nieprawidłowe. Za dużo błędnych prób: możesz spróbować ponownie za %1.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Nothing was checked. You can try again in %1.</source>
        <translation type="unfinished">Za dużo błędnych prób. Nic nie zostało sprawdzone. Możesz spróbować ponownie za %1.</translation>
    </message>
    <message>
        <source>This kiosk has no volunteer code. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">Ten kiosk nie ma kodu wolontariusza. Organizacja może go ustawić za pomocą harbour-kiosk-setup.</translation>
    </message>
    <message>
        <source>This kiosk has no admin passphrase. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">Ten kiosk nie ma hasła administratora. Organizacja może je ustawić za pomocą harbour-kiosk-setup.</translation>
    </message>
    <message>
        <source>This kiosk cannot record tries, so nothing was checked. Ask the organisation to look at this kiosk.</source>
        <translation type="unfinished">Ten kiosk nie może zapisywać prób, więc nic nie zostało sprawdzone. Poproś organizację o sprawdzenie tego kiosku.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n sekunda</numerusform>
            <numerusform>%n sekundy</numerusform>
            <numerusform>%n sekund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harbour::routing::ProposalModel</name>
    <message>
        <source>Race or ethnicity</source>
        <translation type="unfinished">Rasa lub pochodzenie etniczne</translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation type="unfinished">Religia lub przekonania</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation type="unfinished">Orientacja seksualna</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished">Niepełnosprawność</translation>
    </message>
    <message>
        <source>Transgender identity</source>
        <translation type="unfinished">Tożsamość transpłciowa</translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation type="unfinished">Obszar: %1</translation>
    </message>
    <message>
        <source>Covers all areas</source>
        <translation type="unfinished">Wszystkie obszary</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">Policja</translation>
    </message>
    <message>
        <source>Support organisation</source>
        <translation type="unfinished">Organizacja wsparcia</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <translation type="unfinished">Subkultura alternatywna</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <translation type="unfinished">Płeć</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Wiek</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Inne</translation>
    </message>
    <message>
        <source>all kinds of hate crime</source>
        <translation type="unfinished">wszystkie rodzaje przestępstw z nienawiści</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other language(s)</source>
        <translation type="unfinished">
            <numerusform>%1 i %n inny język</numerusform>
            <numerusform>%1 i %n inne języki</numerusform>
            <numerusform>%1 i %n innych języków</numerusform>
        </translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished">Napisz e-mail na adres %1</translation>
    </message>
</context>
<context>
    <name>harbour::routing::Routing</name>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers below.</source>
        <translation type="unfinished">Aplikacja Harbour nie może znaleźć na tym urządzeniu aktualnej listy organizacji, więc nie może wysłać Twojego zgłoszenia. Skorzystaj z jednego z numerów telefonu poniżej.</translation>
    </message>
    <message>
        <source>Select who should receive your report</source>
        <translation type="unfinished">Wybierz, kto ma otrzymać Twoje zgłoszenie</translation>
    </message>
    <message>
        <source>Select a police force</source>
        <translation type="unfinished">Wybierz jednostkę policji</translation>
    </message>
    <message>
        <source>Select a support organisation</source>
        <translation type="unfinished">Wybierz organizację wsparcia</translation>
    </message>
    <message>
        <source>Select whether we can contact you</source>
        <translation type="unfinished">Zaznacz, czy możemy się z Tobą skontaktować</translation>
    </message>
    <message>
        <source>Select who may contact you</source>
        <translation type="unfinished">Zaznacz, kto może się z Tobą skontaktować</translation>
    </message>
    <message>
        <source>Select how we can contact you: by phone, by email, or both</source>
        <translation type="unfinished">Zaznacz, jak możemy się z Tobą skontaktować: telefonicznie, e-mailem czy na oba sposoby</translation>
    </message>
    <message>
        <source>Enter a phone number, like 07700 900 982</source>
        <translation type="unfinished">Wpisz numer telefonu, np. 07700 900 982</translation>
    </message>
    <message>
        <source>Enter an email address in the correct format, like name@example.com</source>
        <translation type="unfinished">Wpisz adres e-mail w prawidłowym formacie, np. name@example.com</translation>
    </message>
    <message>
        <source>To be contacted through a support organisation, let a support organisation contact you</source>
        <translation type="unfinished">Aby kontakt odbywał się przez organizację wsparcia, pozwól organizacji wsparcia się z Tobą skontaktować</translation>
    </message>
    <message>
        <source>Select whether we can share your report with other agencies to keep you safe</source>
        <translation type="unfinished">Zaznacz, czy możemy przekazać Twoje zgłoszenie innym instytucjom, aby zapewnić Ci bezpieczeństwo</translation>
    </message>
</context>
<context>
    <name>harbour::routing::SupportContactModel</name>
    <message>
        <source>Call %1</source>
        <translation type="unfinished">Zadzwoń: %1</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation type="unfinished">SMS: %1</translation>
    </message>
    <message>
        <source>Relay UK: %1</source>
        <translation type="unfinished">Relay UK: %1</translation>
    </message>
    <message>
        <source>BSL video relay: %1</source>
        <translation type="unfinished">Wideotłumacz BSL: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation type="unfinished">Strona internetowa: %1</translation>
    </message>
</context>
<context>
    <name>harbour::session::FollowUp</name>
    <message>
        <source>This device could not make a follow-up code: it needs about 256 MB of free memory. Close other apps and try again, or send your report without a code.</source>
        <translation type="unfinished">To urządzenie nie mogło utworzyć kodu do odpowiedzi: potrzeba około 256 MB wolnej pamięci. Zamknij inne aplikacje i spróbuj ponownie albo wyślij zgłoszenie bez kodu.</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">Wpisz swój kod do odpowiedzi</translation>
    </message>
    <message>
        <source>That is not the same code. Look at each letter and number again.</source>
        <translation type="unfinished">To nie jest ten sam kod. Sprawdź jeszcze raz każdą literę i cyfrę.</translation>
    </message>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">Wpisz swój kod do odpowiedzi</translation>
    </message>
    <message>
        <source>Your follow-up code has 20 letters and numbers. Check that you typed all of them, and no more.</source>
        <translation type="unfinished">Twój kod do odpowiedzi ma 20 liter i cyfr. Sprawdź, czy wpisałeś wszystkie i nic więcej.</translation>
    </message>
    <message>
        <source>Check your follow-up code: it has a character that codes do not use. Codes use the numbers 0 to 9 and the letters A to Z, but not U.</source>
        <translation type="unfinished">Sprawdź kod do odpowiedzi: ma znak, którego kody nie używają. Kody zawierają cyfry od 0 do 9 i litery od A do Z, ale nie U.</translation>
    </message>
    <message>
        <source>This device does not have enough free memory to open a follow-up code (it needs about 256 MB). Close other apps and try again.</source>
        <translation type="unfinished">To urządzenie ma za mało wolnej pamięci, by otworzyć kod do odpowiedzi (potrzeba około 256 MB). Zamknij inne aplikacje i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Harbour cannot check for replies now. Check that you are connected to the internet and try again.</source>
        <translation type="unfinished">Harbour nie może teraz sprawdzić odpowiedzi. Sprawdź połączenie z internetem i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The replies were deleted. Nobody can read them now, even with the code.</source>
        <translation type="unfinished">Odpowiedzi zostały usunięte. Nikt ich już nie przeczyta, nawet z kodem.</translation>
    </message>
    <message>
        <source>Some replies could not be deleted now. Try again later.</source>
        <translation type="unfinished">Niektórych odpowiedzi nie udało się teraz usunąć. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>Write your answer, or say whether the response helped</source>
        <translation type="unfinished">Napisz odpowiedź albo zaznacz, czy odpowiedź pomogła</translation>
    </message>
    <message>
        <source>Write what you want to add to your report</source>
        <translation type="unfinished">Napisz, co chcesz dodać do zgłoszenia</translation>
    </message>
    <message>
        <source>Your text is too long. Make it shorter.</source>
        <translation type="unfinished">Tekst jest za długi. Skróć go.</translation>
    </message>
    <message>
        <source>Harbour cannot save your answer on this device. Nothing was sent.</source>
        <translation type="unfinished">Harbour nie może zapisać odpowiedzi na tym urządzeniu. Nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>You can add information once an organisation has replied to you.</source>
        <translation type="unfinished">Możesz dodać informacje, gdy organizacja Ci odpowie.</translation>
    </message>
    <message>
        <source>Harbour does not know where to send this: the organisation that replied is not in its list. Contact them another way and give your reference number.</source>
        <translation type="unfinished">Harbour nie wie, dokąd to wysłać: organizacji, która odpowiedziała, nie ma na liście. Skontaktuj się z nią inaczej i podaj numer referencyjny.</translation>
    </message>
    <message>
        <source>Your answer could not be saved for sending. Your device may be full. Nothing was sent.</source>
        <translation type="unfinished">Nie udało się zapisać odpowiedzi do wysłania. Urządzenie może być pełne. Nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>Your answer is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">Odpowiedź została zapisana. Harbour wyśle ją, gdy tylko będzie to możliwe.</translation>
    </message>
    <message>
        <source>What you added is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">To, co dodałeś, zostało zapisane. Harbour wyśle to, gdy tylko będzie to możliwe.</translation>
    </message>
    <message>
        <source>Sent. The organisation has your answer now.</source>
        <translation type="unfinished">Wysłano. Organizacja ma już Twoją odpowiedź.</translation>
    </message>
    <message>
        <source>Some replies could not be opened with this code: they may have been changed on the way. They are not shown.</source>
        <translation type="unfinished">Niektórych odpowiedzi nie udało się otworzyć tym kodem: mogły zostać zmienione po drodze. Nie są pokazane.</translation>
    </message>
</context>
<context>
    <name>harbour::session::ReportSession</name>
    <message>
        <source>the organisations you choose</source>
        <translation type="unfinished">organizacji, które wybierzesz</translation>
    </message>
    <message>
        <source>Harbour cannot save reports on this device. Please use another way to report.</source>
        <translation type="unfinished">Aplikacja Harbour nie może zapisywać zgłoszeń na tym urządzeniu. Zgłoś sprawę w inny sposób.</translation>
    </message>
    <message>
        <source>Choose who should receive your report before sending it. Nothing was sent.</source>
        <translation type="unfinished">Przed wysłaniem wybierz, kto ma otrzymać Twoje zgłoszenie. Nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>Your report could not be prepared for sending. Nothing was sent.</source>
        <translation type="unfinished">Nie udało się przygotować Twojego zgłoszenia do wysłania. Nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>Your report could not be saved for sending. Your device may be full. Your answers are still here: free some space and press Send again.</source>
        <translation type="unfinished">Nie udało się zapisać Twojego zgłoszenia do wysłania. Pamięć urządzenia może być pełna. Twoje odpowiedzi nadal tu są: zwolnij trochę miejsca i ponownie naciśnij „Wyślij zgłoszenie”.</translation>
    </message>
</context>
</TS>
