<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AdminPage</name>
    <message>
        <source>Kiosk settings</source>
        <translation type="unfinished">Definições do quiosque</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished">não definido</translation>
    </message>
    <message>
        <source>For the organisation&apos;s staff. After a few wrong tries you have to wait before trying again, longer each time.</source>
        <translation type="unfinished">Para o pessoal da organização. Depois de algumas tentativas erradas tem de esperar antes de tentar de novo, mais tempo de cada vez.</translation>
    </message>
    <message>
        <source>Admin passphrase</source>
        <translation type="unfinished">Frase-passe de administrador</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished">A verificar a frase-passe…</translation>
    </message>
    <message>
        <source>Unlock the settings</source>
        <translation type="unfinished">Desbloquear as definições</translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation type="unfinished">Nome do quiosque</translation>
    </message>
    <message>
        <source>Default organisation</source>
        <translation type="unfinished">Organização predefinida</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation type="unfinished">Línguas oferecidas</translation>
    </message>
    <message>
        <source>all shipped languages</source>
        <translation type="unfinished">todas as línguas disponíveis</translation>
    </message>
    <message>
        <source>Warning after no input</source>
        <translation type="unfinished">Aviso após inatividade</translation>
    </message>
    <message>
        <source>Time to answer the warning</source>
        <translation type="unfinished">Tempo para responder ao aviso</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">Código de voluntário</translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished">definido</translation>
    </message>
    <message>
        <source>To change these settings, use harbour-kiosk-setup and the kiosk&apos;s configuration file.</source>
        <translation type="unfinished">Para mudar estas definições, use o harbour-kiosk-setup e o ficheiro de configuração do quiosque.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s signing key</source>
        <translation type="unfinished">Chave de assinatura deste quiosque</translation>
    </message>
    <message>
        <source>Reports from this kiosk are signed with this key. Register it with your organisation, and compare the fingerprint aloud.</source>
        <translation type="unfinished">As denúncias deste quiosque são assinadas com esta chave. Registe-a na sua organização e comparem a impressão digital em voz alta.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">Impressão digital</translation>
    </message>
    <message>
        <source>This kiosk has no signing key, so its reports are not signed: %1</source>
        <translation type="unfinished">Este quiosque não tem chave de assinatura, por isso as suas denúncias não são assinadas: %1</translation>
    </message>
    <message>
        <source>Lock the settings</source>
        <translation type="unfinished">Bloquear as definições</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackLink</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">Voltar</translation>
    </message>
</context>
<context>
    <name>ChangeLink</name>
    <message>
        <source>Change</source>
        <translation type="unfinished">Alterar</translation>
    </message>
</context>
<context>
    <name>CheckAnswersPage</name>
    <message>
        <source>Check your answers before sending your report</source>
        <translation type="unfinished">Verifique as suas respostas antes de enviar a sua denúncia</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. If you are in danger now, call 999.</source>
        <translation type="unfinished">A sua denúncia vai ser marcada como urgente. Se está em perigo agora, ligue para o 999.</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation type="unfinished">Não indicado</translation>
    </message>
    <message>
        <source>Change your answer to: %1</source>
        <translation type="unfinished">Alterar a sua resposta a: %1</translation>
    </message>
    <message>
        <source>Now send your report</source>
        <translation type="unfinished">Agora envie a sua denúncia</translation>
    </message>
    <message>
        <source>Your report is locked on this device so that only %1 can read it. If there is no internet now, it will be sent when there is.</source>
        <translation type="unfinished">A sua denúncia está protegida neste dispositivo e só fica disponível para %1. Se agora não houver internet, será enviada quando houver.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">Enviar denúncia</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished">A sua resposta: %1</translation>
    </message>
    <message>
        <source>Here is everything you told us.</source>
        <translation type="unfinished">Aqui está tudo o que nos disse.</translation>
    </message>
    <message>
        <source>Press Change to fix an answer.</source>
        <translation type="unfinished">Carregue em Alterar para corrigir uma resposta.</translation>
    </message>
    <message>
        <source>When it is right, send your report.</source>
        <translation type="unfinished">Quando estiver tudo certo, envie a sua denúncia.</translation>
    </message>
    <message>
        <source>Who gets your report</source>
        <translation type="unfinished">Quem recebe a sua denúncia</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished">Não escolhido</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">A polícia</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">Uma organização de apoio</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">A polícia e uma organização de apoio</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">Só registar: não quero que se tome nenhuma medida</translation>
    </message>
    <message>
        <source>No organisation chosen yet: choose one before sending</source>
        <translation type="unfinished">Ainda não escolheu nenhuma organização: escolha uma antes de enviar</translation>
    </message>
    <message>
        <source>Can they contact you?</source>
        <translation type="unfinished">Podem entrar em contacto consigo?</translation>
    </message>
    <message>
        <source>Yes. Only %1 may contact you.</source>
        <translation type="unfinished">Sim. O contacto só pode ser feito por %1.</translation>
    </message>
    <message>
        <source>Yes, but you have not ticked who may contact you</source>
        <translation type="unfinished">Sim, mas não assinalou quem pode entrar em contacto consigo</translation>
    </message>
    <message>
        <source>No, keep me anonymous.</source>
        <translation type="unfinished">Não, quero manter o anonimato.</translation>
    </message>
    <message>
        <source>No, keep me anonymous. They cannot reply to you, unless you ask for a follow-up code here.</source>
        <translation type="unfinished">Não, quero manter o anonimato. Não lhe podem responder, a não ser que peça aqui um código de seguimento.</translation>
    </message>
    <message>
        <source>You will get a follow-up code to read their replies.</source>
        <translation type="unfinished">Vai receber um código de seguimento para ler as respostas deles.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished">As suas respostas</translation>
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
        <translation type="unfinished">Para entrar em contacto com eles, use uma destas formas e indique o seu número de referência:</translation>
    </message>
</context>
<context>
    <name>CodeCard</name>
    <message>
        <source>Harbour code</source>
        <translation type="unfinished">Código Harbour</translation>
    </message>
    <message>
        <source>Your code is %1</source>
        <translation type="unfinished">O seu código é %1</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Report sent</source>
        <translation type="unfinished">Denúncia enviada</translation>
    </message>
    <message>
        <source>Report saved and waiting to send</source>
        <translation type="unfinished">Denúncia guardada e à espera de ser enviada</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation type="unfinished">O seu número de referência</translation>
    </message>
    <message>
        <source>Your reference number is %1</source>
        <translation type="unfinished">O seu número de referência é %1</translation>
    </message>
    <message>
        <source>%1 has received your report.</source>
        <translation type="unfinished">A sua denúncia chegou a %1.</translation>
    </message>
    <message>
        <source>There is no connection to %1 yet. Harbour will keep trying and send it when it can. Your report is locked so only they can read it.</source>
        <translation type="unfinished">Ainda não há ligação com %1. O Harbour vai continuar a tentar e envia a denúncia quando puder. A sua denúncia está protegida para que só eles a possam ler.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished">O que acontece a seguir</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. If you gave contact details, the organisation may contact you. If you did not, they cannot.</source>
        <translation type="unfinished">Escreva o seu número de referência ou guarde-o num lugar seguro. Se deu os seus contactos, a organização pode entrar em contacto consigo. Se não deu, não pode.</translation>
    </message>
    <message>
        <source>You asked for your report only to be recorded. We have asked them not to take any action.</source>
        <translation type="unfinished">Pediu que a sua denúncia fosse apenas registada. Pedimos-lhes que não tomem nenhuma medida.</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999.</source>
        <translation type="unfinished">Se está em perigo agora, ligue para o 999.</translation>
    </message>
    <message>
        <source>Support and other ways to get help</source>
        <translation type="unfinished">Apoio e outras formas de obter ajuda</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Terminar</translation>
    </message>
    <message>
        <source>Finish and clear this report from the screen</source>
        <translation type="unfinished">Terminar e apagar esta denúncia do ecrã</translation>
    </message>
    <message>
        <source>%1 has your report now.</source>
        <translation type="unfinished">A sua denúncia já chegou a %1.</translation>
    </message>
    <message>
        <source>Your report is saved. Harbour will send it when it can.</source>
        <translation type="unfinished">A sua denúncia está guardada. O Harbour vai enviá-la quando puder.</translation>
    </message>
    <message>
        <source>Your report is locked. Only %1 can read it.</source>
        <translation type="unfinished">A sua denúncia está protegida. Só fica disponível para %1.</translation>
    </message>
    <message>
        <source>Write down your reference number. Keep it somewhere safe.</source>
        <translation type="unfinished">Escreva o seu número de referência. Guarde-o num lugar seguro.</translation>
    </message>
    <message>
        <source>If you gave your phone number or email, they may contact you.</source>
        <translation type="unfinished">Se deu o seu número de telefone ou e-mail, podem entrar em contacto consigo.</translation>
    </message>
    <message>
        <source>You asked them only to record it. They will not take action.</source>
        <translation type="unfinished">Pediu-lhes só que a registassem. Não vão tomar nenhuma medida.</translation>
    </message>
    <message>
        <source>Your report was not sent</source>
        <translation type="unfinished">A sua denúncia não foi enviada</translation>
    </message>
    <message>
        <source>%1 did not accept your report, so Harbour has stopped sending it. Please use one of the other ways to report below.</source>
        <translation type="unfinished">%1 não aceitou a sua denúncia, por isso o Harbour deixou de a enviar. Use uma das outras formas de denunciar indicadas abaixo.</translation>
    </message>
    <message numerus="yes">
        <source>Harbour could not send your report to %1 in %n day(s), so it has stopped trying. Please use one of the other ways to report below, or try again.</source>
        <translation type="unfinished">
            <numerusform>O Harbour não conseguiu enviar a sua denúncia para %1 em %n dias, por isso deixou de tentar. Use uma das outras formas de denunciar indicadas abaixo, ou tente novamente.</numerusform>
            <numerusform>O Harbour não conseguiu enviar a sua denúncia para %1 em %n dias, por isso deixou de tentar. Use uma das outras formas de denunciar indicadas abaixo, ou tente novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation type="unfinished">Tentar enviar novamente</translation>
    </message>
    <message>
        <source>Your report was not sent. Please report another way.</source>
        <translation type="unfinished">A sua denúncia não foi enviada. Denuncie de outra forma.</translation>
    </message>
    <message>
        <source>Harbour cannot reach Tor on this device. Your report is waiting here and will be sent through Tor once Tor is running. It will not be sent any other way.</source>
        <translation type="unfinished">O Harbour não consegue chegar ao Tor neste dispositivo. A sua denúncia está à espera aqui e será enviada através do Tor quando o Tor estiver a funcionar. Não será enviada de nenhuma outra forma.</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. The organisation can reply to you through Harbour: to read replies, choose &quot;I have a follow-up code&quot; on the first page and type your code.</source>
        <translation type="unfinished">Anote o seu número de referência ou guarde-o num lugar seguro. A organização pode responder-lhe através do Harbour: para ler as respostas, escolha &quot;Tenho um código de seguimento&quot; na primeira página e escreva o seu código.</translation>
    </message>
    <message>
        <source>Write down your follow-up code. With it you can read their replies in Harbour.</source>
        <translation type="unfinished">Anote o seu código de seguimento. Com ele pode ler as respostas deles no Harbour.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Fechar</translation>
    </message>
    <message>
        <source>Close the code</source>
        <translation type="unfinished">Fechar o código</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Can we contact you?</source>
        <translation type="unfinished">Podemos entrar em contacto consigo?</translation>
    </message>
    <message>
        <source>You can stay anonymous. If you let an organisation contact you, it can tell you what happens next and offer you support.</source>
        <translation type="unfinished">Pode manter o anonimato. Se deixar que uma organização entre em contacto consigo, ela pode dizer-lhe o que acontece a seguir e oferecer-lhe apoio.</translation>
    </message>
    <message>
        <source>No, keep me anonymous</source>
        <translation type="unfinished">Não, quero manter o anonimato</translation>
    </message>
    <message>
        <source>Yes, you can contact me</source>
        <translation type="unfinished">Sim, podem entrar em contacto comigo</translation>
    </message>
    <message>
        <source>Who may contact you?</source>
        <translation type="unfinished">Quem pode entrar em contacto consigo?</translation>
    </message>
    <message>
        <source>Only the organisations you tick here get your contact details. The others get your report without them.</source>
        <translation type="unfinished">Só as organizações que assinalar aqui recebem os seus contactos. As outras recebem a sua denúncia sem eles.</translation>
    </message>
    <message>
        <source>How can they contact you?</source>
        <translation type="unfinished">Como podem entrar em contacto consigo?</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished">Por telefone</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Número de telefone</translation>
    </message>
    <message>
        <source>For example, 07700 900 982</source>
        <translation type="unfinished">Por exemplo, 07700 900 982</translation>
    </message>
    <message>
        <source>By email</source>
        <translation type="unfinished">Por e-mail</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">Endereço de e-mail</translation>
    </message>
    <message>
        <source>The police should contact me only through the support organisation</source>
        <translation type="unfinished">A polícia só deve entrar em contacto comigo através da organização de apoio</translation>
    </message>
    <message>
        <source>What should we call you? (optional)</source>
        <translation type="unfinished">Que nome devemos usar? (opcional)</translation>
    </message>
    <message>
        <source>This does not have to be your full or real name.</source>
        <translation type="unfinished">Não tem de ser o seu nome completo nem o seu nome verdadeiro.</translation>
    </message>
    <message>
        <source>When is it safe to contact you? (optional)</source>
        <translation type="unfinished">Quando é seguro entrar em contacto consigo? (opcional)</translation>
    </message>
    <message>
        <source>For example, weekdays after 6pm</source>
        <translation type="unfinished">Por exemplo, dias úteis depois das 18h</translation>
    </message>
    <message>
        <source>Is it safe to leave a message? (optional)</source>
        <translation type="unfinished">É seguro deixar uma mensagem? (opcional)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Sim</translation>
    </message>
    <message>
        <source>Yes, it is safe to leave a message</source>
        <translation type="unfinished">Sim, é seguro deixar uma mensagem</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Não</translation>
    </message>
    <message>
        <source>No, do not leave a message</source>
        <translation type="unfinished">Não, não deixem mensagem</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation type="unfinished">Não tenho a certeza</translation>
    </message>
    <message>
        <source>I&apos;m not sure if it is safe to leave a message</source>
        <translation type="unfinished">Não tenho a certeza se é seguro deixar uma mensagem</translation>
    </message>
    <message>
        <source>Sharing your report to keep you safe</source>
        <translation type="unfinished">Partilhar a sua denúncia para a sua proteção</translation>
    </message>
    <message>
        <source>What you told us suggests you could be at serious risk. When someone is at high risk, the police, the council, health and support services sometimes meet to plan how to keep them safe (a multi-agency risk meeting, called a MARAC).</source>
        <translation type="unfinished">O que nos disse indica que pode estar em risco grave. Quando alguém está em risco elevado, a polícia, a câmara municipal e os serviços de saúde e de apoio às vezes reúnem-se para planear como proteger essa pessoa (uma reunião sobre o risco com vários serviços, chamada MARAC).</translation>
    </message>
    <message>
        <source>Can the organisations you chose share your report with them for this?</source>
        <translation type="unfinished">As organizações que escolheu podem partilhar a sua denúncia com esses serviços para este fim?</translation>
    </message>
    <message>
        <source>Yes, they can share it to keep me safe</source>
        <translation type="unfinished">Sim, podem partilhá-la para me proteger</translation>
    </message>
    <message>
        <source>No, do not share it</source>
        <translation type="unfinished">Não, não a partilhem</translation>
    </message>
    <message>
        <source>You can change your mind later: contact the organisation and give your reference number.</source>
        <translation type="unfinished">Pode mudar de ideias mais tarde: contacte a organização e indique o seu número de referência.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">Enviar denúncia</translation>
    </message>
    <message>
        <source>Hear back without giving contact details (optional)</source>
        <translation type="unfinished">Receber resposta sem dar dados de contacto (opcional)</translation>
    </message>
    <message>
        <source>With a follow-up code you can read replies from the organisations in Harbour, answer them and add to your report, from any phone or computer. Only someone with the code can read the replies.</source>
        <translation type="unfinished">Com um código de seguimento pode ler as respostas das organizações no Harbour, responder-lhes e acrescentar ao seu relatório, a partir de qualquer telemóvel ou computador. Só quem tiver o código pode ler as respostas.</translation>
    </message>
    <message>
        <source>Give me a follow-up code</source>
        <translation type="unfinished">Quero um código de seguimento</translation>
    </message>
    <message>
        <source>You will see it after you send your report. Write it down: Harbour does not keep it.</source>
        <translation type="unfinished">Vai vê-lo depois de enviar o relatório. Anote-o: o Harbour não o guarda.</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">Não tem de dar o seu nome.</translation>
    </message>
    <message>
        <source>If you want, they can call or write to you.</source>
        <translation type="unfinished">Se quiser, podem telefonar-lhe ou escrever-lhe.</translation>
    </message>
    <message>
        <source>Then they can tell you what happens next.</source>
        <translation type="unfinished">Assim, podem dizer-lhe o que acontece a seguir.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Continuar</translation>
    </message>
</context>
<context>
    <name>DangerPage</name>
    <message>
        <source>If you are in danger now, call 999</source>
        <translation type="unfinished">Se está em perigo agora, ligue para o 999</translation>
    </message>
    <message>
        <source>Call 999 and ask for the police, or an ambulance if someone is hurt.</source>
        <translation type="unfinished">Ligue para o 999 e peça a polícia, ou uma ambulância se alguém estiver ferido.</translation>
    </message>
    <message>
        <source>If you are deaf or cannot speak on the phone</source>
        <translation type="unfinished">Se for uma pessoa surda ou não conseguir falar ao telefone</translation>
    </message>
    <message>
        <source>999 BSL: use the 999 BSL app or website to reach a British Sign Language interpreter who will call 999 for you.</source>
        <translation type="unfinished">999 BSL: use a aplicação ou o site 999 BSL para falar com um intérprete de língua gestual britânica (BSL), que liga para o 999 por si.</translation>
    </message>
    <message>
        <source>Text 999 if you have registered with emergencySMS. To register, text &quot;register&quot; to 999.</source>
        <translation type="unfinished">Envie uma SMS para o 999 se tiver feito o registo no emergencySMS. Para fazer o registo, envie uma SMS com a palavra &quot;register&quot; para o 999.</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation type="unfinished">A sua denúncia</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. It is not a 999 call: the organisation may not read it straight away.</source>
        <translation type="unfinished">A sua denúncia vai ser marcada como urgente. Não é uma chamada para o 999: a organização pode não a ler logo.</translation>
    </message>
    <message>
        <source>When you are safe, you can carry on with your report. You can press Exit at any time.</source>
        <translation type="unfinished">Quando estiver em segurança, pode continuar a sua denúncia. Pode carregar em Sair a qualquer momento.</translation>
    </message>
    <message>
        <source>Carry on with my report</source>
        <translation type="unfinished">Continuar a minha denúncia</translation>
    </message>
    <message>
        <source>Are you in danger now? Call 999.</source>
        <translation type="unfinished">Está em perigo agora? Ligue para o 999.</translation>
    </message>
    <message>
        <source>Ask for the police. Ask for an ambulance if someone is hurt.</source>
        <translation type="unfinished">Peça a polícia. Peça uma ambulância se alguém estiver ferido.</translation>
    </message>
    <message>
        <source>Deaf? Use 999 BSL, or text 999 if you registered.</source>
        <translation type="unfinished">É uma pessoa surda? Use o 999 BSL ou envie uma SMS para o 999, se tiver feito o registo.</translation>
    </message>
    <message>
        <source>Press Exit to leave Harbour quickly.</source>
        <translation type="unfinished">Carregue em Sair para sair depressa do Harbour.</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">Dia</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Mês</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">Ano</translation>
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
        <translation type="unfinished">Mais ou menos quando</translation>
    </message>
    <message>
        <source>For example, 27 3 2024</source>
        <translation type="unfinished">Por exemplo, 27 3 2024</translation>
    </message>
    <message>
        <source>For example, 3 2024. Add the day if you know it.</source>
        <translation type="unfinished">Por exemplo, 3 2024. Acrescente o dia, se souber.</translation>
    </message>
    <message>
        <source>Time (optional)</source>
        <translation type="unfinished">Hora (opcional)</translation>
    </message>
    <message>
        <source>For example, 18:30 or 6:30pm</source>
        <translation type="unfinished">Por exemplo, 18:30 ou 6:30pm</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished">Data de início</translation>
    </message>
    <message>
        <source>The earliest it could have been</source>
        <translation type="unfinished">A data mais cedo possível</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">Data de fim</translation>
    </message>
    <message>
        <source>The latest it could have been</source>
        <translation type="unfinished">A data mais tarde possível</translation>
    </message>
    <message>
        <source>When did it start? (optional)</source>
        <translation type="unfinished">Quando começou? (opcional)</translation>
    </message>
    <message>
        <source>For example, 11 2023</source>
        <translation type="unfinished">Por exemplo, 11 2023</translation>
    </message>
</context>
<context>
    <name>DisplayButton</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">Ecrã e idioma</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">Ecrã e idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">A língua</translation>
    </message>
    <message>
        <source>Close and go back</source>
        <translation type="unfinished">Fechar e voltar</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <source>Standard text</source>
        <translation type="unfinished">Texto normal</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished">Texto grande</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation type="unfinished">Texto muito grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Alto contraste</translation>
    </message>
    <message>
        <source>Read questions aloud</source>
        <translation type="unfinished">Ler as perguntas em voz alta</translation>
    </message>
    <message>
        <source>Easy read: short sentences with pictures</source>
        <translation type="unfinished">Leitura fácil: frases curtas com imagens</translation>
    </message>
    <message>
        <source>Leave no trace: do not remember these choices on this device</source>
        <translation type="unfinished">Não deixar rasto: não guardar estas escolhas neste dispositivo</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Tamanho do texto</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation type="unfinished">Há um problema</translation>
    </message>
</context>
<context>
    <name>ExitButton</name>
    <message>
        <source>Exit</source>
        <translation type="unfinished">Sair</translation>
    </message>
    <message>
        <source>Exit: leave quickly and clear this report</source>
        <translation type="unfinished">Sair: sair depressa e apagar esta denúncia</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished">Erro: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpAnswerPage</name>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished">Responder a %1</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">Acrescentar informação ao seu relatório</translation>
    </message>
    <message>
        <source>What you add goes to %1 with your report. For example, something you remembered, or something that has happened since.</source>
        <translation type="unfinished">O que acrescentar vai para %1 com o seu relatório. Por exemplo, algo de que se lembrou ou algo que aconteceu entretanto.</translation>
    </message>
    <message>
        <source>Did the response help? (optional)</source>
        <translation type="unfinished">A resposta ajudou? (opcional)</translation>
    </message>
    <message>
        <source>Your answer helps organisations see what works.</source>
        <translation type="unfinished">A sua resposta ajuda as organizações a ver o que funciona.</translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation type="unfinished">Sim, ajudou</translation>
    </message>
    <message>
        <source>It helped a little</source>
        <translation type="unfinished">Ajudou um pouco</translation>
    </message>
    <message>
        <source>No, it did not help</source>
        <translation type="unfinished">Não, não ajudou</translation>
    </message>
    <message>
        <source>Your answer (optional if you said whether it helped)</source>
        <translation type="unfinished">A sua resposta (opcional se disse se ajudou)</translation>
    </message>
    <message>
        <source>What you want to add</source>
        <translation type="unfinished">O que quer acrescentar</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation type="unfinished">Enviar resposta</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">Enviar</translation>
    </message>
    <message>
        <source>the organisations that replied to you</source>
        <translation type="unfinished">as organizações que lhe responderam</translation>
    </message>
</context>
<context>
    <name>FollowUpCodePage</name>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">Escreva o seu código de seguimento</translation>
    </message>
    <message>
        <source>This is the code of 20 letters and numbers you were given when you sent your report.</source>
        <translation type="unfinished">É o código de 20 letras e números que recebeu quando enviou o seu relatório.</translation>
    </message>
    <message>
        <source>Follow-up code</source>
        <translation type="unfinished">Código de seguimento</translation>
    </message>
    <message>
        <source>For example, K82Q V992 78T6 CAJ1 0HKB. Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">Por exemplo, K82Q V992 78T6 CAJ1 0HKB. Espaços, hífenes e maiúsculas não importam.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Continuar</translation>
    </message>
</context>
<context>
    <name>FollowUpCodeSection</name>
    <message>
        <source>Your follow-up code</source>
        <translation type="unfinished">O seu código de seguimento</translation>
    </message>
    <message>
        <source>Write it down now and keep it somewhere safe. With it you can read the organisation&apos;s replies in Harbour on any phone or computer, answer them and add to your report.</source>
        <translation type="unfinished">Anote-o agora e guarde-o num lugar seguro. Com ele pode ler as respostas da organização no Harbour em qualquer telemóvel ou computador, responder-lhes e acrescentar ao seu relatório.</translation>
    </message>
    <message>
        <source>Harbour does not keep this code. If you lose it, nobody can give it back to you. Anyone who has it can read the replies.</source>
        <translation type="unfinished">O Harbour não guarda este código. Se o perder, ninguém lho pode devolver. Quem o tiver pode ler as respostas.</translation>
    </message>
    <message>
        <source>Read the code aloud</source>
        <translation type="unfinished">Ler o código em voz alta</translation>
    </message>
    <message>
        <source>Your follow-up code is: %1</source>
        <translation type="unfinished">O seu código de seguimento é: %1</translation>
    </message>
    <message>
        <source>Show only the code</source>
        <translation type="unfinished">Mostrar só o código</translation>
    </message>
    <message>
        <source>Show only the code, to write it down or take a photo</source>
        <translation type="unfinished">Mostrar só o código, para o anotar ou fotografar</translation>
    </message>
    <message>
        <source>Check you have your code</source>
        <translation type="unfinished">Confirme que tem o seu código</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">Escreva o seu código de seguimento</translation>
    </message>
    <message>
        <source>Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">Espaços, hífenes e maiúsculas não importam.</translation>
    </message>
    <message>
        <source>Check my code</source>
        <translation type="unfinished">Verificar o meu código</translation>
    </message>
    <message>
        <source>That is your code. Keep it safe.</source>
        <translation type="unfinished">É o seu código. Guarde-o em segurança.</translation>
    </message>
</context>
<context>
    <name>FollowUpPreparing</name>
    <message>
        <source>Preparing your follow-up code. This can take up to a minute on some phones. Your report is sent when it is ready.</source>
        <translation type="unfinished">A preparar o seu código de seguimento. Em alguns telemóveis pode demorar até um minuto. O relatório é enviado quando estiver pronto.</translation>
    </message>
    <message>
        <source>Preparing your follow-up code</source>
        <translation type="unfinished">A preparar o código de seguimento</translation>
    </message>
</context>
<context>
    <name>FollowUpProgress</name>
    <message>
        <source>Opening your replies (step 1 of 2). This can take up to a minute on some phones.</source>
        <translation type="unfinished">A abrir as suas respostas (passo 1 de 2). Em alguns telemóveis pode demorar até um minuto.</translation>
    </message>
    <message>
        <source>Checking for replies (step 2 of 2).</source>
        <translation type="unfinished">A procurar respostas (passo 2 de 2).</translation>
    </message>
    <message>
        <source>Deleting the replies.</source>
        <translation type="unfinished">A apagar as respostas.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">A trabalhar</translation>
    </message>
</context>
<context>
    <name>FollowUpRepliesPage</name>
    <message>
        <source>Replies to your report</source>
        <translation type="unfinished">Respostas ao seu relatório</translation>
    </message>
    <message>
        <source>There are no replies yet.</source>
        <translation type="unfinished">Ainda não há respostas.</translation>
    </message>
    <message>
        <source>Organisations usually reply within 5 working days. If you expected a reply, check your code: a code with one different letter or number opens an empty mailbox.</source>
        <translation type="unfinished">As organizações costumam responder em 5 dias úteis. Se esperava uma resposta, verifique o código: um código com uma letra ou número diferente abre uma caixa vazia.</translation>
    </message>
    <message>
        <source>Harbour could not reach every organisation. There may be more replies: try again later.</source>
        <translation type="unfinished">O Harbour não conseguiu contactar todas as organizações. Pode haver mais respostas: tente mais tarde.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">De %1</translation>
    </message>
    <message>
        <source>You answered this reply.</source>
        <translation type="unfinished">Respondeu a esta mensagem.</translation>
    </message>
    <message>
        <source>Answer this reply</source>
        <translation type="unfinished">Responder a esta mensagem</translation>
    </message>
    <message>
        <source>Answer this reply from %1</source>
        <translation type="unfinished">Responder a esta mensagem de %1</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">Acrescentar informação ao seu relatório</translation>
    </message>
    <message>
        <source>Check for new replies</source>
        <translation type="unfinished">Procurar novas respostas</translation>
    </message>
    <message>
        <source>Deleting the replies means nobody can read them again, even with your code. Harbour deletes them after 90 days anyway.</source>
        <translation type="unfinished">Apagar as respostas significa que ninguém as pode voltar a ler, nem com o seu código. O Harbour apaga-as de qualquer forma após 90 dias.</translation>
    </message>
    <message>
        <source>Delete these replies</source>
        <translation type="unfinished">Apagar estas respostas</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Terminar</translation>
    </message>
    <message>
        <source>Finish and clear the replies from the screen</source>
        <translation type="unfinished">Terminar e limpar as respostas do ecrã</translation>
    </message>
</context>
<context>
    <name>GroupAnswer</name>
    <message>
        <source>Nothing added yet.</source>
        <translation type="unfinished">Ainda não foi acrescentado nada.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Alterar</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished">Alterar %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Remover</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished">Remover %1</translation>
    </message>
</context>
<context>
    <name>GroupItemPage</name>
    <message>
        <source>Answer what you can. Leave out anything you did not see.</source>
        <translation type="unfinished">Responda ao que puder. Não inclua nada que não tenha visto.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Continuar</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished">Idioma: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished">Escolha o seu idioma</translation>
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
        <translation type="unfinished">Ecrã limpo</translation>
    </message>
</context>
<context>
    <name>PlaceAnswer</name>
    <message>
        <source>What kind of place was it?</source>
        <translation type="unfinished">Que tipo de lugar era?</translation>
    </message>
    <message>
        <source>Describe the place (optional)</source>
        <translation type="unfinished">Descreva o lugar (opcional)</translation>
    </message>
    <message>
        <source>For example, the bus stop outside the library, or the name of the shop.</source>
        <translation type="unfinished">Por exemplo, a paragem de autocarro em frente à biblioteca, ou o nome da loja.</translation>
    </message>
    <message>
        <source>Area (optional)</source>
        <translation type="unfinished">Zona (opcional)</translation>
    </message>
    <message>
        <source>The first part of the postcode, like E1, or the town. Not the full postcode.</source>
        <translation type="unfinished">A primeira parte do código postal, como E1, ou a cidade. Não o código postal completo.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Continuar</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Enter the date</source>
        <translation type="unfinished">Escreva a data</translation>
    </message>
    <message>
        <source>The date must include a day</source>
        <translation type="unfinished">A data tem de incluir o dia</translation>
    </message>
    <message>
        <source>The date must include a month</source>
        <translation type="unfinished">A data tem de incluir o mês</translation>
    </message>
    <message>
        <source>The date must include a year</source>
        <translation type="unfinished">A data tem de incluir o ano</translation>
    </message>
    <message>
        <source>The date must be a real date</source>
        <translation type="unfinished">A data tem de ser uma data que exista</translation>
    </message>
    <message>
        <source>The year must have 4 numbers, like 2024</source>
        <translation type="unfinished">O ano tem de ter 4 algarismos, como 2024</translation>
    </message>
    <message>
        <source>The date must be today or in the past</source>
        <translation type="unfinished">A data tem de ser hoje ou no passado</translation>
    </message>
    <message>
        <source>Enter the start date</source>
        <translation type="unfinished">Escreva a data de início</translation>
    </message>
    <message>
        <source>The start date must include a day</source>
        <translation type="unfinished">A data de início tem de incluir o dia</translation>
    </message>
    <message>
        <source>The start date must include a month</source>
        <translation type="unfinished">A data de início tem de incluir o mês</translation>
    </message>
    <message>
        <source>The start date must include a year</source>
        <translation type="unfinished">A data de início tem de incluir o ano</translation>
    </message>
    <message>
        <source>The start date must be a real date</source>
        <translation type="unfinished">A data de início tem de ser uma data que exista</translation>
    </message>
    <message>
        <source>The year of the start date must have 4 numbers, like 2024</source>
        <translation type="unfinished">O ano da data de início tem de ter 4 algarismos, como 2024</translation>
    </message>
    <message>
        <source>The start date must be today or in the past</source>
        <translation type="unfinished">A data de início tem de ser hoje ou no passado</translation>
    </message>
    <message>
        <source>Enter the end date</source>
        <translation type="unfinished">Escreva a data de fim</translation>
    </message>
    <message>
        <source>The end date must include a day</source>
        <translation type="unfinished">A data de fim tem de incluir o dia</translation>
    </message>
    <message>
        <source>The end date must include a month</source>
        <translation type="unfinished">A data de fim tem de incluir o mês</translation>
    </message>
    <message>
        <source>The end date must include a year</source>
        <translation type="unfinished">A data de fim tem de incluir o ano</translation>
    </message>
    <message>
        <source>The end date must be a real date</source>
        <translation type="unfinished">A data de fim tem de ser uma data que exista</translation>
    </message>
    <message>
        <source>The year of the end date must have 4 numbers, like 2024</source>
        <translation type="unfinished">O ano da data de fim tem de ter 4 algarismos, como 2024</translation>
    </message>
    <message>
        <source>The end date must be today or in the past</source>
        <translation type="unfinished">A data de fim tem de ser hoje ou no passado</translation>
    </message>
    <message>
        <source>Enter the month and year it started</source>
        <translation type="unfinished">Escreva o mês e o ano em que começou</translation>
    </message>
    <message>
        <source>The date it started must include a day</source>
        <translation type="unfinished">A data em que começou tem de incluir o dia</translation>
    </message>
    <message>
        <source>The date it started must include a month</source>
        <translation type="unfinished">A data em que começou tem de incluir o mês</translation>
    </message>
    <message>
        <source>The date it started must include a year</source>
        <translation type="unfinished">A data em que começou tem de incluir o ano</translation>
    </message>
    <message>
        <source>The date it started must be a real date</source>
        <translation type="unfinished">A data em que começou tem de ser uma data que exista</translation>
    </message>
    <message>
        <source>The year it started must have 4 numbers, like 2024</source>
        <translation type="unfinished">O ano em que começou tem de ter 4 algarismos, como 2024</translation>
    </message>
    <message>
        <source>The date it started must be today or in the past</source>
        <translation type="unfinished">A data em que começou tem de ser hoje ou no passado</translation>
    </message>
    <message>
        <source>Are you in danger now?</source>
        <extracomment>in_danger title</extracomment>
        <translation type="unfinished">Está em perigo agora?</translation>
    </message>
    <message>
        <source>If you are, we will show you how to get help straight away. You can carry on with this report afterwards.</source>
        <extracomment>in_danger hint</extracomment>
        <translation type="unfinished">Se estiver, vamos mostrar-lhe já como obter ajuda. Depois pode continuar esta denúncia.</translation>
    </message>
    <message>
        <source>About you</source>
        <extracomment>role section; your_age section; describe_yourself section</extracomment>
        <translation type="unfinished">Sobre si</translation>
    </message>
    <message>
        <source>Who are you reporting for?</source>
        <extracomment>role title</extracomment>
        <translation type="unfinished">Para quem está a fazer esta denúncia?</translation>
    </message>
    <message>
        <source>It happened to me</source>
        <extracomment>role victim label</extracomment>
        <translation type="unfinished">Aconteceu comigo</translation>
    </message>
    <message>
        <source>I saw it happen to someone else</source>
        <extracomment>role witness label</extracomment>
        <translation type="unfinished">Vi acontecer a outra pessoa</translation>
    </message>
    <message>
        <source>I am reporting for someone else</source>
        <extracomment>role third_party label</extracomment>
        <translation type="unfinished">Estou a fazer a denúncia por outra pessoa</translation>
    </message>
    <message>
        <source>For example a friend, a family member or someone you support.</source>
        <extracomment>role third_party hint</extracomment>
        <translation type="unfinished">Por exemplo, um amigo, um familiar ou alguém que apoia.</translation>
    </message>
    <message>
        <source>A volunteer is helping me make this report</source>
        <extracomment>role assisted label</extracomment>
        <translation type="unfinished">Um voluntário está a ajudar-me a fazer esta denúncia</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>narrative section; targeted section; targeted_other section</extracomment>
        <translation type="unfinished">O que aconteceu</translation>
    </message>
    <message>
        <source>What happened?</source>
        <extracomment>narrative title</extracomment>
        <translation type="unfinished">O que aconteceu?</translation>
    </message>
    <message>
        <source>Tell us in your own words. Include as much as you remember. You can take your time.</source>
        <extracomment>narrative hint</extracomment>
        <translation type="unfinished">Conte-nos por palavras suas. Inclua tudo o que se lembrar. Pode levar o tempo que precisar.</translation>
    </message>
    <message>
        <source>Tell us what happened</source>
        <extracomment>narrative error_required</extracomment>
        <translation type="unfinished">Conte-nos o que aconteceu</translation>
    </message>
    <message>
        <source>What kind of thing happened?</source>
        <extracomment>incident_types title</extracomment>
        <translation type="unfinished">Que tipo de coisa aconteceu?</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <extracomment>incident_types hint; others_at_risk hint; support hint; formats hint</extracomment>
        <translation type="unfinished">Escolha todas as opções que se aplicam.</translation>
    </message>
    <message>
        <source>Someone was attacked or hurt</source>
        <extracomment>incident_types physical_attack label</extracomment>
        <translation type="unfinished">Alguém foi atacado ou ferido</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>incident_types threats label</extracomment>
        <translation type="unfinished">Ameaças</translation>
    </message>
    <message>
        <source>Shouting, insults or name-calling</source>
        <extracomment>incident_types verbal_abuse label</extracomment>
        <translation type="unfinished">Gritos, insultos ou nomes ofensivos</translation>
    </message>
    <message>
        <source>Harassment, or being followed or bothered again and again</source>
        <extracomment>incident_types harassment label</extracomment>
        <translation type="unfinished">Assédio, ou ser seguido ou incomodado vezes sem conta</translation>
    </message>
    <message>
        <source>Damage to a home, car or other property, including graffiti</source>
        <extracomment>incident_types property_damage label</extracomment>
        <translation type="unfinished">Danos numa casa, num carro ou noutros bens, incluindo graffiti</translation>
    </message>
    <message>
        <source>Something was stolen</source>
        <extracomment>incident_types theft label</extracomment>
        <translation type="unfinished">Roubaram alguma coisa</translation>
    </message>
    <message>
        <source>Abuse online, by message or by phone</source>
        <extracomment>incident_types online_abuse label</extracomment>
        <translation type="unfinished">Abuso online, por mensagem ou por telefone</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <extracomment>incident_types sexual_assault label</extracomment>
        <translation type="unfinished">Agressão sexual</translation>
    </message>
    <message>
        <source>Something else</source>
        <extracomment>incident_types other label; barriers other label; formats other label</extracomment>
        <translation type="unfinished">Outra coisa</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <extracomment>incident_types rather_not_say label; barriers rather_not_say label; your_age rather_not_say label</extracomment>
        <translation type="unfinished">Prefiro não dizer</translation>
    </message>
    <message>
        <source>Why do you think it was aimed at you or someone else?</source>
        <extracomment>targeted title</extracomment>
        <translation type="unfinished">Porque acha que foi dirigido a si ou a outra pessoa?</translation>
    </message>
    <message>
        <source>Choose all that apply. What you or anyone else believes is enough.</source>
        <extracomment>targeted hint</extracomment>
        <translation type="unfinished">Escolha todas as opções que se aplicam. Basta aquilo em que acredita, ou em que outra pessoa acredita.</translation>
    </message>
    <message>
        <source>Race or ethnicity, including Gypsy, Irish Traveller and Roma</source>
        <extracomment>targeted race label</extracomment>
        <translation type="unfinished">Raça ou etnia, incluindo ciganos, Travellers irlandeses e Roma</translation>
    </message>
    <message>
        <source>Religion or belief, including having no belief</source>
        <extracomment>targeted religion label</extracomment>
        <translation type="unfinished">Religião ou crença, incluindo não ter nenhuma crença</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <extracomment>targeted sexual_orientation label</extracomment>
        <translation type="unfinished">Orientação sexual</translation>
    </message>
    <message>
        <source>For example being gay, lesbian or bisexual.</source>
        <extracomment>targeted sexual_orientation hint</extracomment>
        <translation type="unfinished">Por exemplo, ser gay, lésbica ou bissexual.</translation>
    </message>
    <message>
        <source>Disability, including learning disability and mental health</source>
        <extracomment>targeted disability label</extracomment>
        <translation type="unfinished">Deficiência, incluindo deficiência intelectual e saúde mental</translation>
    </message>
    <message>
        <source>Being transgender</source>
        <extracomment>targeted transgender label</extracomment>
        <translation type="unfinished">Ser uma pessoa transgénero</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <extracomment>targeted alternative_subculture label</extracomment>
        <translation type="unfinished">Subcultura alternativa</translation>
    </message>
    <message>
        <source>For example being a goth, punk or emo.</source>
        <extracomment>targeted alternative_subculture hint</extracomment>
        <translation type="unfinished">Por exemplo, ser gótico, punk ou emo.</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <extracomment>targeted sex_or_gender label</extracomment>
        <translation type="unfinished">Sexo ou género</translation>
    </message>
    <message>
        <source>For example hostility towards women.</source>
        <extracomment>targeted sex_or_gender hint</extracomment>
        <translation type="unfinished">Por exemplo, hostilidade contra as mulheres.</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>targeted age label</extracomment>
        <translation type="unfinished">Idade</translation>
    </message>
    <message>
        <source>Something else about who they are</source>
        <extracomment>targeted other label</extracomment>
        <translation type="unfinished">Outra coisa sobre quem são</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <extracomment>targeted dont_know label; online dont_know label; offender_count dont_know label; offenders &gt; offender_age dont_know label; offenders &gt; offender_build dont_know label; offenders &gt; offender_height dont_know label; how_often dont_know label; others_at_risk dont_know label</extracomment>
        <translation type="unfinished">Não sei</translation>
    </message>
    <message>
        <source>What else about them do you think it was aimed at?</source>
        <extracomment>targeted_other title</extracomment>
        <translation type="unfinished">Que outra coisa sobre essa pessoa acha que foi o motivo?</translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>online section; online_platform section; online_link section; online_content section; online_still_visible section</extracomment>
        <translation type="unfinished">Online</translation>
    </message>
    <message>
        <source>Did it happen online, or through a phone or computer?</source>
        <extracomment>online title</extracomment>
        <translation type="unfinished">Aconteceu online, ou através de um telefone ou computador?</translation>
    </message>
    <message>
        <source>For example on social media, in messages, by email or in a phone call.</source>
        <extracomment>online hint</extracomment>
        <translation type="unfinished">Por exemplo, nas redes sociais, em mensagens, por e-mail ou numa chamada.</translation>
    </message>
    <message>
        <source>Yes, all of it</source>
        <extracomment>online yes label</extracomment>
        <translation type="unfinished">Sim, tudo</translation>
    </message>
    <message>
        <source>Partly</source>
        <extracomment>online partly label</extracomment>
        <translation type="unfinished">Em parte</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>online no label</extracomment>
        <translation type="unfinished">Não</translation>
    </message>
    <message>
        <source>Which website, app or service was it on?</source>
        <extracomment>online_platform title</extracomment>
        <translation type="unfinished">Em que site, aplicação ou serviço foi?</translation>
    </message>
    <message>
        <source>For example Facebook, TikTok, WhatsApp, a game, email or a phone call.</source>
        <extracomment>online_platform hint</extracomment>
        <translation type="unfinished">Por exemplo, Facebook, TikTok, WhatsApp, um jogo, e-mail ou uma chamada.</translation>
    </message>
    <message>
        <source>Link to the post, message or profile</source>
        <extracomment>online_link title</extracomment>
        <translation type="unfinished">Link para a publicação, a mensagem ou o perfil</translation>
    </message>
    <message>
        <source>Copy the web address if you can, or the name of the account that did it.</source>
        <extracomment>online_link hint</extracomment>
        <translation type="unfinished">Copie o endereço web, se puder, ou o nome da conta que o fez.</translation>
    </message>
    <message>
        <source>What did they write or say?</source>
        <extracomment>online_content title</extracomment>
        <translation type="unfinished">O que escreveram ou disseram?</translation>
    </message>
    <message>
        <source>Can it still be seen online?</source>
        <extracomment>online_still_visible title</extracomment>
        <translation type="unfinished">Ainda se pode ver online?</translation>
    </message>
    <message>
        <source>When and where</source>
        <extracomment>when section; where section</extracomment>
        <translation type="unfinished">Quando e onde</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <extracomment>when title</extracomment>
        <translation type="unfinished">Quando aconteceu?</translation>
    </message>
    <message>
        <source>If you are not sure, an estimate helps.</source>
        <extracomment>when hint</extracomment>
        <translation type="unfinished">Se não tiver a certeza, uma estimativa ajuda.</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <extracomment>where title; where easy read 1</extracomment>
        <translation type="unfinished">Onde aconteceu?</translation>
    </message>
    <message>
        <source>We do not use your location. Tell us only what you want to.</source>
        <extracomment>where hint</extracomment>
        <translation type="unfinished">Não usamos a sua localização. Diga-nos só o que quiser.</translation>
    </message>
    <message>
        <source>At or near a home</source>
        <extracomment>where home label</extracomment>
        <translation type="unfinished">Numa casa ou perto de uma casa</translation>
    </message>
    <message>
        <source>In the street</source>
        <extracomment>where street label</extracomment>
        <translation type="unfinished">Na rua</translation>
    </message>
    <message>
        <source>On public transport, or at a station or stop</source>
        <extracomment>where public_transport label</extracomment>
        <translation type="unfinished">Nos transportes públicos, ou numa estação ou paragem</translation>
    </message>
    <message>
        <source>In or near a shop</source>
        <extracomment>where shop label</extracomment>
        <translation type="unfinished">Numa loja ou perto de uma loja</translation>
    </message>
    <message>
        <source>In or near a pub, bar or club</source>
        <extracomment>where pub_bar label</extracomment>
        <translation type="unfinished">Num pub, bar ou discoteca, ou perto</translation>
    </message>
    <message>
        <source>In a park or open space</source>
        <extracomment>where park label</extracomment>
        <translation type="unfinished">Num parque ou espaço aberto</translation>
    </message>
    <message>
        <source>At a school, college or university</source>
        <extracomment>where education label</extracomment>
        <translation type="unfinished">Numa escola, colégio ou universidade</translation>
    </message>
    <message>
        <source>At work</source>
        <extracomment>where work label</extracomment>
        <translation type="unfinished">No trabalho</translation>
    </message>
    <message>
        <source>At or near a place of worship</source>
        <extracomment>where place_of_worship label</extracomment>
        <translation type="unfinished">Num local de culto ou perto de um</translation>
    </message>
    <message>
        <source>In a care home or supported housing</source>
        <extracomment>where care_home label</extracomment>
        <translation type="unfinished">Num lar ou numa habitação com apoio</translation>
    </message>
    <message>
        <source>At council, police or health premises</source>
        <extracomment>where public_premises label</extracomment>
        <translation type="unfinished">Em instalações da câmara municipal, da polícia ou de saúde</translation>
    </message>
    <message>
        <source>Online only</source>
        <extracomment>where online_only label</extracomment>
        <translation type="unfinished">Só online</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <extracomment>where other label</extracomment>
        <translation type="unfinished">Noutro sítio</translation>
    </message>
    <message>
        <source>The people who did it</source>
        <extracomment>offender_count section; offender_known section; offender_relationship section; offenders section; vehicle section; vehicles section; witnesses section; witness_details section; cctv section</extracomment>
        <translation type="unfinished">As pessoas que o fizeram</translation>
    </message>
    <message>
        <source>How many people did it?</source>
        <extracomment>offender_count title; offender_count easy read 1</extracomment>
        <translation type="unfinished">Quantas pessoas o fizeram?</translation>
    </message>
    <message>
        <source>One person</source>
        <extracomment>offender_count one label</extracomment>
        <translation type="unfinished">Uma pessoa</translation>
    </message>
    <message>
        <source>Two people</source>
        <extracomment>offender_count two label</extracomment>
        <translation type="unfinished">Duas pessoas</translation>
    </message>
    <message>
        <source>Three to five people</source>
        <extracomment>offender_count three_to_five label</extracomment>
        <translation type="unfinished">De três a cinco pessoas</translation>
    </message>
    <message>
        <source>More than five people</source>
        <extracomment>offender_count more_than_five label</extracomment>
        <translation type="unfinished">Mais de cinco pessoas</translation>
    </message>
    <message>
        <source>Do you know who did it?</source>
        <extracomment>offender_known title</extracomment>
        <translation type="unfinished">Sabe quem o fez?</translation>
    </message>
    <message>
        <source>No, they were strangers</source>
        <extracomment>offender_known strangers label</extracomment>
        <translation type="unfinished">Não, eram desconhecidos</translation>
    </message>
    <message>
        <source>Yes, I know who did it</source>
        <extracomment>offender_known known label</extracomment>
        <translation type="unfinished">Sim, sei quem o fez</translation>
    </message>
    <message>
        <source>I know some of them</source>
        <extracomment>offender_known some_known label</extracomment>
        <translation type="unfinished">Conheço algumas dessas pessoas</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <extracomment>offender_known dont_know label</extracomment>
        <translation type="unfinished">Não tenho a certeza</translation>
    </message>
    <message>
        <source>Who are they to you?</source>
        <extracomment>offender_relationship title</extracomment>
        <translation type="unfinished">Quem são essas pessoas para si?</translation>
    </message>
    <message>
        <source>For example a neighbour, someone from work or school, or their name if you want to give it.</source>
        <extracomment>offender_relationship hint</extracomment>
        <translation type="unfinished">Por exemplo, um vizinho, alguém do trabalho ou da escola, ou o nome, se o quiser dar.</translation>
    </message>
    <message>
        <source>Describe the people who did it</source>
        <extracomment>offenders title</extracomment>
        <translation type="unfinished">Descreva as pessoas que o fizeram</translation>
    </message>
    <message>
        <source>Add each person you can remember. Describe them as they looked to you. Leave out anything you did not see.</source>
        <extracomment>offenders hint</extracomment>
        <translation type="unfinished">Acrescente cada pessoa de que se lembra. Descreva-as como lhe pareceram. Não inclua nada que não tenha visto.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <extracomment>offenders item_title</extracomment>
        <translation type="unfinished">Pessoa %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <extracomment>offenders add_label</extracomment>
        <translation type="unfinished">Acrescentar uma pessoa</translation>
    </message>
    <message>
        <source>About how old were they?</source>
        <extracomment>offenders &gt; offender_age title</extracomment>
        <translation type="unfinished">Que idade tinha, mais ou menos?</translation>
    </message>
    <message>
        <source>Under 18</source>
        <extracomment>offenders &gt; offender_age under_18 label; your_age under_18 label</extracomment>
        <translation type="unfinished">Menos de 18</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <extracomment>offenders &gt; offender_age 18_24 label; your_age 18_24 label</extracomment>
        <translation type="unfinished">18 a 24</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <extracomment>offenders &gt; offender_age 25_34 label; your_age 25_34 label</extracomment>
        <translation type="unfinished">25 a 34</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <extracomment>offenders &gt; offender_age 35_44 label; your_age 35_44 label</extracomment>
        <translation type="unfinished">35 a 44</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <extracomment>offenders &gt; offender_age 45_54 label; your_age 45_54 label</extracomment>
        <translation type="unfinished">45 a 54</translation>
    </message>
    <message>
        <source>55 to 64</source>
        <extracomment>offenders &gt; offender_age 55_64 label; your_age 55_64 label</extracomment>
        <translation type="unfinished">55 a 64</translation>
    </message>
    <message>
        <source>65 or over</source>
        <extracomment>offenders &gt; offender_age 65_plus label</extracomment>
        <translation type="unfinished">65 ou mais</translation>
    </message>
    <message>
        <source>What gender did they seem to be?</source>
        <extracomment>offenders &gt; offender_gender title</extracomment>
        <translation type="unfinished">Que género parecia ter?</translation>
    </message>
    <message>
        <source>A man</source>
        <extracomment>offenders &gt; offender_gender man label</extracomment>
        <translation type="unfinished">Um homem</translation>
    </message>
    <message>
        <source>A woman</source>
        <extracomment>offenders &gt; offender_gender woman label</extracomment>
        <translation type="unfinished">Uma mulher</translation>
    </message>
    <message>
        <source>Another way</source>
        <extracomment>offenders &gt; offender_gender other label</extracomment>
        <translation type="unfinished">Outro</translation>
    </message>
    <message>
        <source>I could not tell</source>
        <extracomment>offenders &gt; offender_gender dont_know label</extracomment>
        <translation type="unfinished">Não consegui perceber</translation>
    </message>
    <message>
        <source>What was their build?</source>
        <extracomment>offenders &gt; offender_build title</extracomment>
        <translation type="unfinished">Que constituição física tinha?</translation>
    </message>
    <message>
        <source>Slim</source>
        <extracomment>offenders &gt; offender_build slim label</extracomment>
        <translation type="unfinished">Magra</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>offenders &gt; offender_build medium label</extracomment>
        <translation type="unfinished">Média</translation>
    </message>
    <message>
        <source>Large or heavy</source>
        <extracomment>offenders &gt; offender_build large label</extracomment>
        <translation type="unfinished">Grande ou pesada</translation>
    </message>
    <message>
        <source>Muscular</source>
        <extracomment>offenders &gt; offender_build muscular label</extracomment>
        <translation type="unfinished">Musculada</translation>
    </message>
    <message>
        <source>How tall were they?</source>
        <extracomment>offenders &gt; offender_height title</extracomment>
        <translation type="unfinished">Que altura tinha?</translation>
    </message>
    <message>
        <source>Shorter than most people</source>
        <extracomment>offenders &gt; offender_height short label</extracomment>
        <translation type="unfinished">Mais baixa do que a maioria das pessoas</translation>
    </message>
    <message>
        <source>About average</source>
        <extracomment>offenders &gt; offender_height average label</extracomment>
        <translation type="unfinished">Altura média</translation>
    </message>
    <message>
        <source>Taller than most people</source>
        <extracomment>offenders &gt; offender_height tall label</extracomment>
        <translation type="unfinished">Mais alta do que a maioria das pessoas</translation>
    </message>
    <message>
        <source>Their skin colour or ethnic appearance, as it looked to you</source>
        <extracomment>offenders &gt; offender_appearance title</extracomment>
        <translation type="unfinished">A cor da pele ou a aparência étnica, como lhe pareceu</translation>
    </message>
    <message>
        <source>What they were wearing</source>
        <extracomment>offenders &gt; offender_clothing title</extracomment>
        <translation type="unfinished">O que tinha vestido</translation>
    </message>
    <message>
        <source>Their hair</source>
        <extracomment>offenders &gt; offender_hair title</extracomment>
        <translation type="unfinished">O cabelo</translation>
    </message>
    <message>
        <source>For example colour, length, style, or a beard.</source>
        <extracomment>offenders &gt; offender_hair hint</extracomment>
        <translation type="unfinished">Por exemplo, a cor, o comprimento, o penteado ou a barba.</translation>
    </message>
    <message>
        <source>Their accent or the language they spoke</source>
        <extracomment>offenders &gt; offender_accent title</extracomment>
        <translation type="unfinished">O sotaque ou a língua que falava</translation>
    </message>
    <message>
        <source>Anything else you noticed</source>
        <extracomment>offenders &gt; offender_marks title</extracomment>
        <translation type="unfinished">Qualquer outra coisa em que tenha reparado</translation>
    </message>
    <message>
        <source>For example tattoos, scars, glasses or a way of walking.</source>
        <extracomment>offenders &gt; offender_marks hint</extracomment>
        <translation type="unfinished">Por exemplo, tatuagens, cicatrizes, óculos ou uma maneira de andar.</translation>
    </message>
    <message>
        <source>Did they have a car, van or other vehicle?</source>
        <extracomment>vehicle title</extracomment>
        <translation type="unfinished">Tinham um carro, uma carrinha ou outro veículo?</translation>
    </message>
    <message>
        <source>Describe the vehicle</source>
        <extracomment>vehicles title</extracomment>
        <translation type="unfinished">Descreva o veículo</translation>
    </message>
    <message>
        <source>Tell us whatever you remember. Part of the number plate helps too.</source>
        <extracomment>vehicles hint</extracomment>
        <translation type="unfinished">Diga-nos tudo o que se lembrar. Parte da matrícula também ajuda.</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <extracomment>vehicles item_title</extracomment>
        <translation type="unfinished">Veículo %1</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <extracomment>vehicles add_label</extracomment>
        <translation type="unfinished">Acrescentar um veículo</translation>
    </message>
    <message>
        <source>Make</source>
        <extracomment>vehicles &gt; vehicle_make title</extracomment>
        <translation type="unfinished">Marca</translation>
    </message>
    <message>
        <source>For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make hint</extracomment>
        <translation type="unfinished">Por exemplo, Ford.</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>vehicles &gt; vehicle_model title</extracomment>
        <translation type="unfinished">Modelo</translation>
    </message>
    <message>
        <source>For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model hint</extracomment>
        <translation type="unfinished">Por exemplo, Transit.</translation>
    </message>
    <message>
        <source>Colour</source>
        <extracomment>vehicles &gt; vehicle_colour title</extracomment>
        <translation type="unfinished">Cor</translation>
    </message>
    <message>
        <source>Number plate, or part of it</source>
        <extracomment>vehicles &gt; vehicle_plate title</extracomment>
        <translation type="unfinished">Matrícula, ou parte dela</translation>
    </message>
    <message>
        <source>Did anyone else see it happen?</source>
        <extracomment>witnesses title; witnesses easy read 1</extracomment>
        <translation type="unfinished">Mais alguém viu acontecer?</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it</source>
        <extracomment>witness_details title</extracomment>
        <translation type="unfinished">Fale-nos das pessoas que viram</translation>
    </message>
    <message>
        <source>For example how many there were, or how to reach them if you know and they agree.</source>
        <extracomment>witness_details hint</extracomment>
        <translation type="unfinished">Por exemplo, quantas eram, ou como as contactar, se souber e se elas concordarem.</translation>
    </message>
    <message>
        <source>Could it have been filmed?</source>
        <extracomment>cctv title</extracomment>
        <translation type="unfinished">Pode ter sido filmado?</translation>
    </message>
    <message>
        <source>For example by cameras on shops, buses or doorbells, or on someone&apos;s phone.</source>
        <extracomment>cctv hint</extracomment>
        <translation type="unfinished">Por exemplo, por câmaras em lojas, autocarros ou campainhas, ou no telemóvel de alguém.</translation>
    </message>
    <message>
        <source>Your safety</source>
        <extracomment>happened_before section; how_often section; same_people section; getting_worse section; they_know_where_you_live section; you_know_where_they_live section; threatened_return section; injured section; medical_help section; safe_at_home section; others_at_risk section; barriers section</extracomment>
        <translation type="unfinished">A sua segurança</translation>
    </message>
    <message>
        <source>Has anything like this happened before?</source>
        <extracomment>happened_before title</extracomment>
        <translation type="unfinished">Já aconteceu algo parecido antes?</translation>
    </message>
    <message>
        <source>To you, or to the person it happened to.</source>
        <extracomment>happened_before hint</extracomment>
        <translation type="unfinished">Consigo, ou com a pessoa a quem aconteceu.</translation>
    </message>
    <message>
        <source>How often has it happened before?</source>
        <extracomment>how_often title</extracomment>
        <translation type="unfinished">Quantas vezes aconteceu antes?</translation>
    </message>
    <message>
        <source>Once before</source>
        <extracomment>how_often once label</extracomment>
        <translation type="unfinished">Uma vez</translation>
    </message>
    <message>
        <source>A few times</source>
        <extracomment>how_often few_times label</extracomment>
        <translation type="unfinished">Algumas vezes</translation>
    </message>
    <message>
        <source>Many times</source>
        <extracomment>how_often many_times label</extracomment>
        <translation type="unfinished">Muitas vezes</translation>
    </message>
    <message>
        <source>It happens all the time</source>
        <extracomment>how_often all_the_time label</extracomment>
        <translation type="unfinished">Acontece a toda a hora</translation>
    </message>
    <message>
        <source>Was it the same people as before?</source>
        <extracomment>same_people title; same_people easy read 1</extracomment>
        <translation type="unfinished">Foram as mesmas pessoas de antes?</translation>
    </message>
    <message>
        <source>Are things getting worse?</source>
        <extracomment>getting_worse title; getting_worse easy read 1</extracomment>
        <translation type="unfinished">As coisas estão a piorar?</translation>
    </message>
    <message>
        <source>Do the people who did it know where you live?</source>
        <extracomment>they_know_where_you_live title; they_know_where_you_live easy read 1</extracomment>
        <translation type="unfinished">As pessoas que o fizeram sabem onde vive?</translation>
    </message>
    <message>
        <source>Do you know where they live?</source>
        <extracomment>you_know_where_they_live title; you_know_where_they_live easy read 1</extracomment>
        <translation type="unfinished">Sabe onde essas pessoas vivem?</translation>
    </message>
    <message>
        <source>Have they threatened to come back or to hurt you?</source>
        <extracomment>threatened_return title</extracomment>
        <translation type="unfinished">Ameaçaram voltar ou fazer-lhe mal?</translation>
    </message>
    <message>
        <source>Was anyone hurt?</source>
        <extracomment>injured title; injured easy read 1</extracomment>
        <translation type="unfinished">Alguém ficou ferido?</translation>
    </message>
    <message>
        <source>Does anyone need medical help now?</source>
        <extracomment>medical_help title</extracomment>
        <translation type="unfinished">Alguém precisa de ajuda médica agora?</translation>
    </message>
    <message>
        <source>If someone is badly hurt, call 999 for an ambulance.</source>
        <extracomment>medical_help hint; medical_help easy read 2</extracomment>
        <translation type="unfinished">Se alguém estiver gravemente ferido, ligue para o 999 e peça uma ambulância.</translation>
    </message>
    <message>
        <source>Do you feel safe at home now?</source>
        <extracomment>safe_at_home title; safe_at_home easy read 1</extracomment>
        <translation type="unfinished">Sente-se em segurança em casa agora?</translation>
    </message>
    <message>
        <source>Is anyone else at risk?</source>
        <extracomment>others_at_risk title</extracomment>
        <translation type="unfinished">Mais alguém está em risco?</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>others_at_risk children label</extracomment>
        <translation type="unfinished">Crianças</translation>
    </message>
    <message>
        <source>My family or the people I live with</source>
        <extracomment>others_at_risk family label</extracomment>
        <translation type="unfinished">A minha família ou as pessoas com quem vivo</translation>
    </message>
    <message>
        <source>Other people in my community</source>
        <extracomment>others_at_risk community label</extracomment>
        <translation type="unfinished">Outras pessoas da minha comunidade</translation>
    </message>
    <message>
        <source>Someone else</source>
        <extracomment>others_at_risk other_people label</extracomment>
        <translation type="unfinished">Outra pessoa</translation>
    </message>
    <message>
        <source>No one else</source>
        <extracomment>others_at_risk none label</extracomment>
        <translation type="unfinished">Mais ninguém</translation>
    </message>
    <message>
        <source>Does anything make it harder for you to get help?</source>
        <extracomment>barriers title</extracomment>
        <translation type="unfinished">Há alguma coisa que lhe torne mais difícil obter ajuda?</translation>
    </message>
    <message>
        <source>Choose all that apply. This helps the organisation support you in the right way.</source>
        <extracomment>barriers hint</extracomment>
        <translation type="unfinished">Escolha todas as opções que se aplicam. Isto ajuda a organização a dar-lhe o apoio certo.</translation>
    </message>
    <message>
        <source>A disability or health condition</source>
        <extracomment>barriers disability label</extracomment>
        <translation type="unfinished">Uma deficiência ou um problema de saúde</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>barriers language label</extracomment>
        <translation type="unfinished">A língua</translation>
    </message>
    <message>
        <source>Being on my own, or cut off from other people</source>
        <extracomment>barriers isolation label</extracomment>
        <translation type="unfinished">Solidão, ou falta de contacto com outras pessoas</translation>
    </message>
    <message>
        <source>Worries about immigration status</source>
        <extracomment>barriers immigration label</extracomment>
        <translation type="unfinished">Preocupações com a minha situação de imigração</translation>
    </message>
    <message>
        <source>Nothing</source>
        <extracomment>barriers none label</extracomment>
        <translation type="unfinished">Nada</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>support section; interpreter_language section; formats section</extracomment>
        <translation type="unfinished">Apoio</translation>
    </message>
    <message>
        <source>What would help you?</source>
        <extracomment>support title</extracomment>
        <translation type="unfinished">O que lhe seria útil?</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <extracomment>support emotional label</extracomment>
        <translation type="unfinished">Alguém com quem falar</translation>
    </message>
    <message>
        <source>Practical help</source>
        <extracomment>support practical label</extracomment>
        <translation type="unfinished">Ajuda prática</translation>
    </message>
    <message>
        <source>For example with housing, repairs or security.</source>
        <extracomment>support practical hint</extracomment>
        <translation type="unfinished">Por exemplo, com a habitação, reparações ou segurança.</translation>
    </message>
    <message>
        <source>An interpreter</source>
        <extracomment>support interpreter label</extracomment>
        <translation type="unfinished">Um intérprete</translation>
    </message>
    <message>
        <source>Information in another format</source>
        <extracomment>support accessible_formats label</extracomment>
        <translation type="unfinished">Informação noutro formato</translation>
    </message>
    <message>
        <source>Someone to speak up for me (an advocate)</source>
        <extracomment>support advocacy label</extracomment>
        <translation type="unfinished">Alguém que fale por mim (um defensor)</translation>
    </message>
    <message>
        <source>None of these</source>
        <extracomment>support none label</extracomment>
        <translation type="unfinished">Nenhuma destas</translation>
    </message>
    <message>
        <source>Which language would you like an interpreter for?</source>
        <extracomment>interpreter_language title</extracomment>
        <translation type="unfinished">Para que língua quer um intérprete?</translation>
    </message>
    <message>
        <source>Include British Sign Language if you need it.</source>
        <extracomment>interpreter_language hint</extracomment>
        <translation type="unfinished">Inclua a língua gestual britânica (BSL), se precisar.</translation>
    </message>
    <message>
        <source>Which formats would help?</source>
        <extracomment>formats title</extracomment>
        <translation type="unfinished">Que formatos seriam úteis?</translation>
    </message>
    <message>
        <source>Easy read</source>
        <extracomment>formats easy_read label</extracomment>
        <translation type="unfinished">Leitura fácil</translation>
    </message>
    <message>
        <source>Large print</source>
        <extracomment>formats large_print label</extracomment>
        <translation type="unfinished">Letra grande</translation>
    </message>
    <message>
        <source>British Sign Language (BSL) video</source>
        <extracomment>formats bsl label</extracomment>
        <translation type="unfinished">Vídeo em língua gestual britânica (BSL)</translation>
    </message>
    <message>
        <source>Audio</source>
        <extracomment>formats audio label</extracomment>
        <translation type="unfinished">Áudio</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <extracomment>your_age title</extracomment>
        <translation type="unfinished">Que idade tem?</translation>
    </message>
    <message>
        <source>This helps organisations see who is affected. You do not have to say.</source>
        <extracomment>your_age hint</extracomment>
        <translation type="unfinished">Isto ajuda as organizações a ver quem é afetado. Não tem de responder.</translation>
    </message>
    <message>
        <source>65 to 74</source>
        <extracomment>your_age 65_74 label</extracomment>
        <translation type="unfinished">65 a 74</translation>
    </message>
    <message>
        <source>75 or over</source>
        <extracomment>your_age 75_plus label</extracomment>
        <translation type="unfinished">75 ou mais</translation>
    </message>
    <message>
        <source>How do you describe yourself?</source>
        <extracomment>describe_yourself title</extracomment>
        <translation type="unfinished">Como se descreve?</translation>
    </message>
    <message>
        <source>For example your gender, ethnicity, faith, or anything else you want the organisation to know. You can leave this empty.</source>
        <extracomment>describe_yourself hint</extracomment>
        <translation type="unfinished">Por exemplo, o seu género, etnia, religião ou qualquer outra coisa que queira que a organização saiba. Pode deixar em branco.</translation>
    </message>
    <message>
        <source>Choose one of the answers</source>
        <translation type="unfinished">Escolha uma das respostas</translation>
    </message>
    <message>
        <source>Enter the time like 18:30 or 6:30pm, or leave it empty</source>
        <translation type="unfinished">Escreva a hora, por exemplo 18:30, ou deixe em branco</translation>
    </message>
    <message>
        <source>The end date must be after the start date</source>
        <translation type="unfinished">A data de fim tem de ser depois da data de início</translation>
    </message>
    <message>
        <source>Your answer must be %1 characters or fewer. It has %2 too many.</source>
        <translation type="unfinished">A sua resposta tem de ter %1 caracteres ou menos. Tem %2 a mais.</translation>
    </message>
    <message>
        <source>Choose from the answers shown</source>
        <translation type="unfinished">Escolha entre as respostas mostradas</translation>
    </message>
    <message>
        <source>Choose “%1” on its own, or the other answers, not both</source>
        <translation type="unfinished">Escolha só “%1” ou as outras respostas, não ambos</translation>
    </message>
    <message>
        <source>The description of the place must be %1 characters or fewer</source>
        <translation type="unfinished">A descrição do local tem de ter %1 caracteres ou menos</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Sim</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation type="unfinished">Sei a data</translation>
    </message>
    <message>
        <source>I know roughly when (an estimate)</source>
        <translation type="unfinished">Sei mais ou menos quando (uma estimativa)</translation>
    </message>
    <message>
        <source>It was between two dates</source>
        <translation type="unfinished">Foi entre duas datas</translation>
    </message>
    <message>
        <source>It keeps happening</source>
        <translation type="unfinished">Continua a acontecer</translation>
    </message>
    <message>
        <source>Enter only the first part of the postcode, like E1, not the full postcode</source>
        <translation type="unfinished">Escreva só a primeira parte do código postal, por exemplo E1, não o código completo</translation>
    </message>
    <message>
        <source>The area must be 60 characters or fewer</source>
        <translation type="unfinished">A zona tem de ter 60 caracteres ou menos</translation>
    </message>
    <message>
        <source>Enter the first part of a postcode, like E1, or the name of a town, like Leeds</source>
        <translation type="unfinished">Escreva a primeira parte de um código postal, por exemplo E1, ou o nome de uma cidade, por exemplo Leeds</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished">Zona: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished">%1 às %2</translation>
    </message>
    <message>
        <source>About %1 (an estimate)</source>
        <translation type="unfinished">Por volta de %1 (uma estimativa)</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation type="unfinished">Entre %1 e %2</translation>
    </message>
    <message>
        <source>It keeps happening, since %1</source>
        <translation type="unfinished">Continua a acontecer, desde %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1 (opcional)</translation>
    </message>
    <message>
        <source>Are you in danger right now?</source>
        <extracomment>in_danger easy read 1</extracomment>
        <translation type="unfinished">Está em perigo neste momento?</translation>
    </message>
    <message>
        <source>If you are, we will show you who to call for help.</source>
        <extracomment>in_danger easy read 2</extracomment>
        <translation type="unfinished">Se estiver, mostramos-lhe para quem ligar para pedir ajuda.</translation>
    </message>
    <message>
        <source>You can come back to this report afterwards.</source>
        <extracomment>in_danger easy read 3</extracomment>
        <translation type="unfinished">Depois pode voltar a esta denúncia.</translation>
    </message>
    <message>
        <source>Tell us who this happened to.</source>
        <extracomment>role easy read 1</extracomment>
        <translation type="unfinished">Diga-nos com quem isto aconteceu.</translation>
    </message>
    <message>
        <source>It can be you, or someone else.</source>
        <extracomment>role easy read 2</extracomment>
        <translation type="unfinished">Pode ser consigo ou com outra pessoa.</translation>
    </message>
    <message>
        <source>Tell us what happened, in your own words.</source>
        <extracomment>narrative easy read 1</extracomment>
        <translation type="unfinished">Conte-nos o que aconteceu, por palavras suas.</translation>
    </message>
    <message>
        <source>Take your time. Write as much as you remember.</source>
        <extracomment>narrative easy read 2</extracomment>
        <translation type="unfinished">Não tenha pressa. Escreva tudo o que se lembrar.</translation>
    </message>
    <message>
        <source>What did they do? Choose every answer that is true.</source>
        <extracomment>incident_types easy read 1</extracomment>
        <translation type="unfinished">O que fizeram? Escolha todas as respostas que são verdade.</translation>
    </message>
    <message>
        <source>Why do you think they picked on you, or on them?</source>
        <extracomment>targeted easy read 1</extracomment>
        <translation type="unfinished">Porque acha que se meteram consigo, ou com essa pessoa?</translation>
    </message>
    <message>
        <source>Choose every answer that is true. What you think is enough.</source>
        <extracomment>targeted easy read 2</extracomment>
        <translation type="unfinished">Escolha todas as respostas que são verdade. Basta aquilo que pensa.</translation>
    </message>
    <message>
        <source>Tell us what else about them you think they picked on.</source>
        <extracomment>targeted_other easy read 1</extracomment>
        <translation type="unfinished">Diga-nos que outra coisa sobre essa pessoa acha que foi o motivo.</translation>
    </message>
    <message>
        <source>Did it happen on a phone, a computer or the internet?</source>
        <extracomment>online easy read 1</extracomment>
        <translation type="unfinished">Aconteceu num telefone, num computador ou na internet?</translation>
    </message>
    <message>
        <source>For example in messages, on social media or in a phone call.</source>
        <extracomment>online easy read 2</extracomment>
        <translation type="unfinished">Por exemplo, em mensagens, nas redes sociais ou numa chamada.</translation>
    </message>
    <message>
        <source>Which app or website was it on? For example Facebook or WhatsApp.</source>
        <extracomment>online_platform easy read 1</extracomment>
        <translation type="unfinished">Em que aplicação ou site foi? Por exemplo, Facebook ou WhatsApp.</translation>
    </message>
    <message>
        <source>Copy the web address of the post or the account, if you can.</source>
        <extracomment>online_link easy read 1</extracomment>
        <translation type="unfinished">Copie o endereço web da publicação ou da conta, se puder.</translation>
    </message>
    <message>
        <source>Tell us what they wrote or said. Copy their words if you can.</source>
        <extracomment>online_content easy read 1</extracomment>
        <translation type="unfinished">Diga-nos o que escreveram ou disseram. Copie as palavras deles, se puder.</translation>
    </message>
    <message>
        <source>Can people still see it on the internet?</source>
        <extracomment>online_still_visible easy read 1</extracomment>
        <translation type="unfinished">As pessoas ainda conseguem ver isso na internet?</translation>
    </message>
    <message>
        <source>When did it happen? If you are not sure, give your best guess.</source>
        <extracomment>when easy read 1</extracomment>
        <translation type="unfinished">Quando aconteceu? Se não tiver a certeza, diga mais ou menos quando.</translation>
    </message>
    <message>
        <source>We do not look at where you are. Tell us only what you want to.</source>
        <extracomment>where easy read 2</extracomment>
        <translation type="unfinished">Não vemos onde está. Diga-nos só o que quiser.</translation>
    </message>
    <message>
        <source>Do you know the people who did it?</source>
        <extracomment>offender_known easy read 1</extracomment>
        <translation type="unfinished">Conhece as pessoas que o fizeram?</translation>
    </message>
    <message>
        <source>Who are they to you? For example a neighbour or someone from work.</source>
        <extracomment>offender_relationship easy read 1</extracomment>
        <translation type="unfinished">Quem são essas pessoas para si? Por exemplo, um vizinho ou alguém do trabalho.</translation>
    </message>
    <message>
        <source>Tell us what each person looked like.</source>
        <extracomment>offenders easy read 1</extracomment>
        <translation type="unfinished">Diga-nos como era cada pessoa.</translation>
    </message>
    <message>
        <source>Only tell us what you saw. You can leave things out.</source>
        <extracomment>offenders easy read 2</extracomment>
        <translation type="unfinished">Diga-nos só o que viu. Pode deixar coisas de fora.</translation>
    </message>
    <message>
        <source>About how old did they look?</source>
        <extracomment>offenders &gt; offender_age easy read 1</extracomment>
        <translation type="unfinished">Que idade parecia ter, mais ou menos?</translation>
    </message>
    <message>
        <source>What gender did they seem to be, to you?</source>
        <extracomment>offenders &gt; offender_gender easy read 1</extracomment>
        <translation type="unfinished">Que género lhe pareceu ter?</translation>
    </message>
    <message>
        <source>What was their body shape, as it looked to you?</source>
        <extracomment>offenders &gt; offender_build easy read 1</extracomment>
        <translation type="unfinished">Como era o corpo dessa pessoa, pelo que lhe pareceu?</translation>
    </message>
    <message>
        <source>How tall were they, as it looked to you?</source>
        <extracomment>offenders &gt; offender_height easy read 1</extracomment>
        <translation type="unfinished">Que altura tinha, pelo que lhe pareceu?</translation>
    </message>
    <message>
        <source>What skin colour or ethnic look did they have, as it looked to you?</source>
        <extracomment>offenders &gt; offender_appearance easy read 1</extracomment>
        <translation type="unfinished">Que cor de pele ou aparência étnica tinha, pelo que lhe pareceu?</translation>
    </message>
    <message>
        <source>What clothes were they wearing?</source>
        <extracomment>offenders &gt; offender_clothing easy read 1</extracomment>
        <translation type="unfinished">Que roupa tinha vestida?</translation>
    </message>
    <message>
        <source>What was their hair like? For example the colour, or a beard.</source>
        <extracomment>offenders &gt; offender_hair easy read 1</extracomment>
        <translation type="unfinished">Como era o cabelo? Por exemplo, a cor ou a barba.</translation>
    </message>
    <message>
        <source>How did they speak? Tell us their accent or language.</source>
        <extracomment>offenders &gt; offender_accent easy read 1</extracomment>
        <translation type="unfinished">Como falava? Diga-nos o sotaque ou a língua.</translation>
    </message>
    <message>
        <source>Did you notice anything else? For example tattoos, scars or glasses.</source>
        <extracomment>offenders &gt; offender_marks easy read 1</extracomment>
        <translation type="unfinished">Reparou em mais alguma coisa? Por exemplo, tatuagens, cicatrizes ou óculos.</translation>
    </message>
    <message>
        <source>Did they have a car, a van or another vehicle?</source>
        <extracomment>vehicle easy read 1</extracomment>
        <translation type="unfinished">Tinham um carro, uma carrinha ou outro veículo?</translation>
    </message>
    <message>
        <source>Tell us what you remember about the vehicle.</source>
        <extracomment>vehicles easy read 1</extracomment>
        <translation type="unfinished">Diga-nos do que se lembra sobre o veículo.</translation>
    </message>
    <message>
        <source>Part of the number plate helps too.</source>
        <extracomment>vehicles easy read 2</extracomment>
        <translation type="unfinished">Parte da matrícula também ajuda.</translation>
    </message>
    <message>
        <source>Who made the vehicle? For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make easy read 1</extracomment>
        <translation type="unfinished">De que marca era o veículo? Por exemplo, Ford.</translation>
    </message>
    <message>
        <source>What model was it? For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model easy read 1</extracomment>
        <translation type="unfinished">Que modelo era? Por exemplo, Transit.</translation>
    </message>
    <message>
        <source>What colour was the vehicle?</source>
        <extracomment>vehicles &gt; vehicle_colour easy read 1</extracomment>
        <translation type="unfinished">De que cor era o veículo?</translation>
    </message>
    <message>
        <source>What was the number plate? Part of it helps too.</source>
        <extracomment>vehicles &gt; vehicle_plate easy read 1</extracomment>
        <translation type="unfinished">Qual era a matrícula? Parte dela também ajuda.</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it.</source>
        <extracomment>witness_details easy read 1</extracomment>
        <translation type="unfinished">Fale-nos das pessoas que viram.</translation>
    </message>
    <message>
        <source>Tell us how to reach them, but only if they agree.</source>
        <extracomment>witness_details easy read 2</extracomment>
        <translation type="unfinished">Diga-nos como as contactar, mas só se elas concordarem.</translation>
    </message>
    <message>
        <source>Could a camera have filmed it? For example on a shop, bus or phone.</source>
        <extracomment>cctv easy read 1</extracomment>
        <translation type="unfinished">Pode ter sido filmado por uma câmara? Por exemplo, numa loja, num autocarro ou num telemóvel.</translation>
    </message>
    <message>
        <source>Has something like this happened before?</source>
        <extracomment>happened_before easy read 1</extracomment>
        <translation type="unfinished">Já aconteceu algo parecido antes?</translation>
    </message>
    <message>
        <source>How many times has it happened before?</source>
        <extracomment>how_often easy read 1</extracomment>
        <translation type="unfinished">Quantas vezes já aconteceu antes?</translation>
    </message>
    <message>
        <source>Did they say they will come back, or hurt you?</source>
        <extracomment>threatened_return easy read 1</extracomment>
        <translation type="unfinished">Disseram que vão voltar ou fazer-lhe mal?</translation>
    </message>
    <message>
        <source>Does anyone need a doctor or a nurse now?</source>
        <extracomment>medical_help easy read 1</extracomment>
        <translation type="unfinished">Alguém precisa de um médico ou de um enfermeiro agora?</translation>
    </message>
    <message>
        <source>Could anyone else be hurt or in danger?</source>
        <extracomment>others_at_risk easy read 1</extracomment>
        <translation type="unfinished">Mais alguém pode ficar ferido ou estar em perigo?</translation>
    </message>
    <message>
        <source>Choose every answer that is true.</source>
        <extracomment>others_at_risk easy read 2</extracomment>
        <translation type="unfinished">Escolha todas as respostas que são verdade.</translation>
    </message>
    <message>
        <source>Is anything making it hard for you to get help?</source>
        <extracomment>barriers easy read 1</extracomment>
        <translation type="unfinished">Há alguma coisa que lhe torne difícil obter ajuda?</translation>
    </message>
    <message>
        <source>This helps them help you in the right way.</source>
        <extracomment>barriers easy read 2</extracomment>
        <translation type="unfinished">Isto ajuda-os a dar-lhe a ajuda certa.</translation>
    </message>
    <message>
        <source>What help would you like? Choose every answer you want.</source>
        <extracomment>support easy read 1</extracomment>
        <translation type="unfinished">Que ajuda quer? Escolha todas as respostas que quiser.</translation>
    </message>
    <message>
        <source>Which language do you want an interpreter for? It can be sign language.</source>
        <extracomment>interpreter_language easy read 1</extracomment>
        <translation type="unfinished">Para que língua quer um intérprete? Pode ser língua gestual.</translation>
    </message>
    <message>
        <source>How would you like information? For example easy read or large print.</source>
        <extracomment>formats easy read 1</extracomment>
        <translation type="unfinished">Como quer receber informação? Por exemplo, leitura fácil ou letra grande.</translation>
    </message>
    <message>
        <source>How old are you? You do not have to say.</source>
        <extracomment>your_age easy read 1</extracomment>
        <translation type="unfinished">Que idade tem? Não tem de responder.</translation>
    </message>
    <message>
        <source>Tell us about yourself, if you want to. You can leave this empty.</source>
        <extracomment>describe_yourself easy read 1</extracomment>
        <translation type="unfinished">Fale-nos de si, se quiser. Pode deixar em branco.</translation>
    </message>
    <message>
        <source>More about what happened</source>
        <extracomment>incident_types section</extracomment>
        <translation type="unfinished">Mais sobre o que aconteceu</translation>
    </message>
    <message>
        <source>Copy it here if you can, word for word. Keep any screenshots on your phone and say here that you have them: the organisation can ask you for them later.</source>
        <extracomment>online_content hint</extracomment>
        <translation type="unfinished">Se puder, copie-o aqui, palavra por palavra. Guarde as capturas de ecrã no seu telemóvel e diga aqui que as tem: a organização pode pedir-lhas mais tarde.</translation>
    </message>
    <message>
        <source>Only the organisations you choose to send this report to will see this answer (the police too, if you choose them). Support organisations do not pass it to immigration enforcement without your agreement.</source>
        <extracomment>barriers immigration hint</extracomment>
        <translation type="unfinished">Só as organizações a quem escolher enviar esta denúncia vão ver esta resposta (também a polícia, se a escolher). As organizações de apoio não a passam às autoridades de controlo da imigração sem o seu acordo.</translation>
    </message>
    <message>
        <source>Only the organisations you choose will see your answer.</source>
        <extracomment>barriers easy read 3</extracomment>
        <translation type="unfinished">Só as organizações que escolher vão ver a sua resposta.</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished">Parar de ler</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation type="unfinished">Ler esta página em voz alta</translation>
    </message>
    <message>
        <source>Read aloud is not available in %1 on this device. A volunteer or a friend can read the questions to you.</source>
        <translation type="unfinished">A leitura em voz alta não está disponível em %1 neste dispositivo. Um voluntário ou um amigo pode ler-lhe as perguntas.</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who should we send your report to?</source>
        <translation type="unfinished">A quem devemos enviar a sua denúncia?</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">A polícia</translation>
    </message>
    <message>
        <source>The police force for the area where it happened.</source>
        <translation type="unfinished">A polícia da zona onde aconteceu.</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">Uma organização de apoio</translation>
    </message>
    <message>
        <source>A third-party reporting centre. It can support you, and can pass your report to the police if you want.</source>
        <translation type="unfinished">Um centro de denúncias independente da polícia. Pode dar-lhe apoio e, se quiser, passar a sua denúncia à polícia.</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">A polícia e uma organização de apoio</translation>
    </message>
    <message>
        <source>Each gets its own copy.</source>
        <translation type="unfinished">Cada uma recebe a sua própria cópia.</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">Só registar: não quero que se tome nenhuma medida</translation>
    </message>
    <message>
        <source>A support organisation records it so that hate crime is counted. We ask them not to take any action.</source>
        <translation type="unfinished">Uma organização de apoio regista-a para que o crime de ódio seja contabilizado. Pedimos-lhes que não tomem nenhuma medida.</translation>
    </message>
    <message>
        <source>Your report is locked so that only the organisations you choose can read it. Each one can see which others you chose.</source>
        <translation type="unfinished">A sua denúncia está protegida para que só as organizações que escolher a possam ler. Cada uma pode ver que outras organizações escolheu.</translation>
    </message>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers on the first page.</source>
        <translation type="unfinished">O Harbour não encontra uma lista atualizada de organizações neste dispositivo, por isso não pode enviar a sua denúncia. Use um dos números de telefone da primeira página.</translation>
    </message>
    <message>
        <source>This device sends every report to: %1</source>
        <translation type="unfinished">Este dispositivo envia todas as denúncias para: %1</translation>
    </message>
    <message>
        <source>Choose the police force</source>
        <translation type="unfinished">Escolha a polícia</translation>
    </message>
    <message>
        <source>Choose the police force and a support organisation</source>
        <translation type="unfinished">Escolha a polícia e uma organização de apoio</translation>
    </message>
    <message>
        <source>Choose a support organisation</source>
        <translation type="unfinished">Escolha uma organização de apoio</translation>
    </message>
    <message>
        <source>These cover %1, where you said it happened.</source>
        <translation type="unfinished">Estas abrangem %1, onde disse que aconteceu.</translation>
    </message>
    <message>
        <source>You did not say where it happened, so organisations for every area are shown.</source>
        <translation type="unfinished">Não disse onde aconteceu, por isso são mostradas organizações de todas as zonas.</translation>
    </message>
    <message>
        <source>%1. %2. Reports about: %3. Languages: %4.</source>
        <translation type="unfinished">%1. %2. Denúncias sobre: %3. Línguas: %4.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Continuar</translation>
    </message>
    <message>
        <source>What would you like to happen?</source>
        <translation type="unfinished">O que gostaria que acontecesse?</translation>
    </message>
    <message>
        <source>Choose who gets your report.</source>
        <translation type="unfinished">Escolha quem recebe a sua denúncia.</translation>
    </message>
    <message>
        <source>Only the ones you choose can read it.</source>
        <translation type="unfinished">Só quem escolher a pode ler.</translation>
    </message>
    <message>
        <source>A support group can help you. The police can look into what happened.</source>
        <translation type="unfinished">Um grupo de apoio pode dar-lhe ajuda. A polícia pode investigar o que aconteceu.</translation>
    </message>
</context>
<context>
    <name>SendTimeChoice</name>
    <message>
        <source>Send it now</source>
        <translation type="unfinished">Enviar agora</translation>
    </message>
    <message>
        <source>Send it at a random time in the next day</source>
        <translation type="unfinished">Enviar a uma hora aleatória no próximo dia</translation>
    </message>
    <message>
        <source>Send it at a random time in the next 3 days</source>
        <translation type="unfinished">Enviar a uma hora aleatória nos próximos 3 dias</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation type="unfinished">Quando enviar</translation>
    </message>
    <message>
        <source>The organisation sees when your report arrives. If you do not want that time to match where you were, Harbour can send it later, at a time nobody can guess.</source>
        <translation type="unfinished">A organização vê quando a sua denúncia chega. Se não quiser que essa hora coincida com o sítio onde esteve, o Harbour pode enviá-la mais tarde, a uma hora que ninguém consegue adivinhar.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>How Harbour looks and sounds</source>
        <translation type="unfinished">Como o Harbour se vê e se ouve</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation type="unfinished">Se precisa de ajuda agora</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">Se está em perigo agora, ligue para o 999. As pessoas surdas podem usar o 999 BSL ou enviar uma SMS para o 999, se tiverem feito o registo. Se não for uma emergência, ligue para o 101.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff: helping someone make a report</source>
        <translation type="unfinished">Pessoal: ajudar alguém a fazer uma denúncia</translation>
    </message>
    <message>
        <source>If you are a volunteer helping someone to report, enter the volunteer code. The report will say that someone helped. It never says who.</source>
        <translation type="unfinished">Se é voluntário e está a ajudar alguém a denunciar, escreva o código de voluntário. A denúncia dirá que alguém ajudou. Nunca diz quem.</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">Código de voluntário</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished">A verificar o código…</translation>
    </message>
    <message>
        <source>Start assisted mode</source>
        <translation type="unfinished">Iniciar o modo assistido</translation>
    </message>
    <message>
        <source>Assisted mode is on. The report will say that a volunteer helped. It never says who.</source>
        <translation type="unfinished">O modo assistido está ligado. A denúncia dirá que um voluntário ajudou. Nunca diz quem.</translation>
    </message>
    <message>
        <source>Turn off the time limit for this session</source>
        <translation type="unfinished">Desligar o limite de tempo nesta sessão</translation>
    </message>
    <message>
        <source>The report is not cleared when nobody touches the screen for a while. Press Exit when you have finished.</source>
        <translation type="unfinished">A denúncia não é apagada quando ninguém toca no ecrã durante algum tempo. Carregue em Sair quando terminar.</translation>
    </message>
    <message>
        <source>Start the report</source>
        <translation type="unfinished">Começar a denúncia</translation>
    </message>
    <message>
        <source>For the organisation</source>
        <translation type="unfinished">Para a organização</translation>
    </message>
    <message>
        <source>Kiosk settings (admin passphrase)</source>
        <translation type="unfinished">Definições do quiosque (frase-passe de administrador)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Report a hate crime</source>
        <translation type="unfinished">Denunciar um crime de ódio</translation>
    </message>
    <message>
        <source>Report a hate crime or hate incident</source>
        <translation type="unfinished">Denunciar um crime de ódio ou um incidente de ódio</translation>
    </message>
    <message>
        <source>Use this to tell an organisation about something that happened to you or someone else because of who they are.</source>
        <translation type="unfinished">Use isto para contar a uma organização algo que lhe aconteceu, ou que aconteceu a outra pessoa, por ser quem é.</translation>
    </message>
    <message>
        <source>It takes about 10 minutes. You do not have to give your name. Only %1 can read what you send.</source>
        <translation type="unfinished">Demora cerca de 10 minutos. Não tem de dar o seu nome. O que enviar só fica disponível para %1.</translation>
    </message>
    <message>
        <source>You can press Exit at any time. It clears everything you have typed.</source>
        <translation type="unfinished">Pode carregar em Sair a qualquer momento. Isso apaga tudo o que escreveu.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished">Começar agora</translation>
    </message>
    <message>
        <source>If you are in danger now, or would rather phone:</source>
        <translation type="unfinished">Se está em perigo agora, ou se prefere telefonar:</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">Se está em perigo agora, ligue para o 999. As pessoas surdas podem usar o 999 BSL ou enviar uma SMS para o 999, se tiverem feito o registo. Se não for uma emergência, ligue para o 101.</translation>
    </message>
    <message>
        <source>Assisted mode is on: the report will say that a volunteer helped, never who.</source>
        <translation type="unfinished">O modo assistido está ligado: a denúncia dirá que um voluntário ajudou, nunca quem.</translation>
    </message>
    <message>
        <source>Staff: I am helping someone</source>
        <translation type="unfinished">Pessoal: estou a ajudar alguém</translation>
    </message>
    <message>
        <source>Tell us when someone was hurt or scared because of who they are.</source>
        <translation type="unfinished">Conte-nos quando alguém foi magoado ou assustado por ser quem é.</translation>
    </message>
    <message>
        <source>It takes about 10 minutes.</source>
        <translation type="unfinished">Demora cerca de 10 minutos.</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">Não tem de dar o seu nome.</translation>
    </message>
    <message>
        <source>Only %1 can read what you send.</source>
        <translation type="unfinished">O que enviar só fica disponível para %1.</translation>
    </message>
    <message>
        <source>Press Exit at any time. It clears everything you typed.</source>
        <translation type="unfinished">Pode carregar em Sair a qualquer momento. Isso apaga tudo o que escreveu.</translation>
    </message>
    <message>
        <source>I have a follow-up code</source>
        <translation type="unfinished">Tenho um código de seguimento</translation>
    </message>
    <message>
        <source>I have a follow-up code: read replies to my report</source>
        <translation type="unfinished">Tenho um código de seguimento: ler respostas ao meu relatório</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <source>Send now, or tell us more</source>
        <translation type="unfinished">Envie agora ou conte-nos mais</translation>
    </message>
    <message>
        <source>You have told us enough to send your report. You can send it now.</source>
        <translation type="unfinished">Já nos disse o suficiente para enviar a sua denúncia. Pode enviá-la agora.</translation>
    </message>
    <message>
        <source>You can send your report now.</source>
        <translation type="unfinished">Pode enviar a sua denúncia agora.</translation>
    </message>
    <message>
        <source>Or you can tell us more. You choose which parts.</source>
        <translation type="unfinished">Ou pode contar-nos mais. Escolha as partes que quiser.</translation>
    </message>
    <message>
        <source>Every part is up to you. You can skip them all.</source>
        <translation type="unfinished">Cada parte depende de si. Pode saltá-las todas.</translation>
    </message>
    <message>
        <source>Check and send your report</source>
        <translation type="unfinished">Verifique e envie a sua denúncia</translation>
    </message>
    <message>
        <source>Tell us more (optional)</source>
        <translation type="unfinished">Conte-nos mais (opcional)</translation>
    </message>
    <message>
        <source>You asked only for it to be recorded, so you do not need to answer any of these. Open a part only if you want to.</source>
        <translation type="unfinished">Pediu que fosse apenas registada, por isso não precisa de responder a nenhuma destas partes. Abra uma parte só se quiser.</translation>
    </message>
    <message>
        <source>More details can help them act, for example to find who did it or to keep you safe. Open any part you want and skip the rest.</source>
        <translation type="unfinished">Mais pormenores podem ajudá-los a agir, por exemplo, a descobrir quem o fez ou a garantir a sua segurança. Abra as partes que quiser e salte as outras.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished">Ainda não começou</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">%1 de %2 respondidas</translation>
    </message>
</context>
<context>
    <name>TimeoutWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation type="unfinished">Precisa de mais tempo?</translation>
    </message>
    <message numerus="yes">
        <source>To keep your report private, we will clear it in %n second(s) if you do nothing.</source>
        <translation type="unfinished">
            <numerusform>Para manter a sua denúncia privada, vamos apagá-la dentro de %n segundo se não fizer nada.</numerusform>
            <numerusform>Para manter a sua denúncia privada, vamos apagá-la dentro de %n segundos se não fizer nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished">Preciso de mais tempo</translation>
    </message>
    <message>
        <source>Clear my report now</source>
        <translation type="unfinished">Apagar a minha denúncia agora</translation>
    </message>
</context>
<context>
    <name>TorChoice</name>
    <message>
        <source>How to send</source>
        <translation type="unfinished">Como enviar</translation>
    </message>
    <message>
        <source>When your report arrives, the organisation can see the internet address of this device. It can show who gives you your internet connection and roughly where you are.</source>
        <translation type="unfinished">Quando a sua denúncia chega, a organização pode ver o endereço de internet deste dispositivo. Ele pode mostrar quem lhe fornece a ligação à internet e, mais ou menos, onde está.</translation>
    </message>
    <message>
        <source>Tor hides it. Your report passes through three other computers first, so the organisation does not see your address and your internet provider does not see where the report goes. Tor must be running on this device, for example the Orbot app on Android.</source>
        <translation type="unfinished">O Tor esconde-o. A sua denúncia passa primeiro por três outros computadores, por isso a organização não vê o seu endereço e o seu fornecedor de internet não vê para onde vai a denúncia. O Tor tem de estar a funcionar neste dispositivo, por exemplo a aplicação Orbot no Android.</translation>
    </message>
    <message>
        <source>Send it directly</source>
        <translation type="unfinished">Enviar diretamente</translation>
    </message>
    <message>
        <source>Send it through Tor</source>
        <translation type="unfinished">Enviar através do Tor</translation>
    </message>
    <message>
        <source>If Tor is not running, your report waits on this device until it is. It is never sent another way. Your internet provider can see that you use Tor, but not what you send.</source>
        <translation type="unfinished">Se o Tor não estiver a funcionar, a sua denúncia espera neste dispositivo até que esteja. Nunca é enviada de outra forma. O seu fornecedor de internet pode ver que usa o Tor, mas não o que envia.</translation>
    </message>
</context>
<context>
    <name>harbour::kiosk::KioskControls</name>
    <message>
        <source>That volunteer code is not right. Check it and try again.</source>
        <translation type="unfinished">Esse código de voluntário não está certo. Verifique-o e tente de novo.</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Check it and try again.</source>
        <translation type="unfinished">Essa frase-passe de administrador não está certa. Verifique-a e tente de novo.</translation>
    </message>
    <message>
        <source>That volunteer code is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">Esse código de voluntário não está certo. Demasiadas tentativas erradas: pode tentar de novo daqui a %1.</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">Essa frase-passe de administrador não está certa. Demasiadas tentativas erradas: pode tentar de novo daqui a %1.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Nothing was checked. You can try again in %1.</source>
        <translation type="unfinished">Demasiadas tentativas erradas. Nada foi verificado. Pode tentar de novo daqui a %1.</translation>
    </message>
    <message>
        <source>This kiosk has no volunteer code. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">Este quiosque não tem código de voluntário. A organização pode definir um com o harbour-kiosk-setup.</translation>
    </message>
    <message>
        <source>This kiosk has no admin passphrase. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">Este quiosque não tem frase-passe de administrador. A organização pode definir uma com o harbour-kiosk-setup.</translation>
    </message>
    <message>
        <source>This kiosk cannot record tries, so nothing was checked. Ask the organisation to look at this kiosk.</source>
        <translation type="unfinished">Este quiosque não consegue registar tentativas, por isso nada foi verificado. Peça à organização que veja este quiosque.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harbour::routing::ProposalModel</name>
    <message>
        <source>Race or ethnicity</source>
        <translation type="unfinished">Raça ou etnia</translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation type="unfinished">Religião ou crença</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation type="unfinished">Orientação sexual</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished">Deficiência</translation>
    </message>
    <message>
        <source>Transgender identity</source>
        <translation type="unfinished">Identidade transgénero</translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation type="unfinished">Abrange: %1</translation>
    </message>
    <message>
        <source>Covers all areas</source>
        <translation type="unfinished">Abrange todas as zonas</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">Polícia</translation>
    </message>
    <message>
        <source>Support organisation</source>
        <translation type="unfinished">Organização de apoio</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <translation type="unfinished">Subcultura alternativa</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <translation type="unfinished">Sexo ou género</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Idade</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Outro</translation>
    </message>
    <message>
        <source>all kinds of hate crime</source>
        <translation type="unfinished">todos os tipos de crime de ódio</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other language(s)</source>
        <translation type="unfinished">
            <numerusform>%1 e mais %n língua</numerusform>
            <numerusform>%1 e mais %n línguas</numerusform>
        </translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished">Enviar e-mail para %1</translation>
    </message>
</context>
<context>
    <name>harbour::routing::Routing</name>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers below.</source>
        <translation type="unfinished">O Harbour não encontra uma lista atualizada de organizações neste dispositivo, por isso não pode enviar a sua denúncia. Use um dos números de telefone abaixo.</translation>
    </message>
    <message>
        <source>Select who should receive your report</source>
        <translation type="unfinished">Escolha quem deve receber a sua denúncia</translation>
    </message>
    <message>
        <source>Select a police force</source>
        <translation type="unfinished">Escolha uma polícia</translation>
    </message>
    <message>
        <source>Select a support organisation</source>
        <translation type="unfinished">Escolha uma organização de apoio</translation>
    </message>
    <message>
        <source>Select whether we can contact you</source>
        <translation type="unfinished">Indique se podemos entrar em contacto consigo</translation>
    </message>
    <message>
        <source>Select who may contact you</source>
        <translation type="unfinished">Escolha quem pode entrar em contacto consigo</translation>
    </message>
    <message>
        <source>Select how we can contact you: by phone, by email, or both</source>
        <translation type="unfinished">Escolha como podemos entrar em contacto consigo: por telefone, por e-mail ou das duas formas</translation>
    </message>
    <message>
        <source>Enter a phone number, like 07700 900 982</source>
        <translation type="unfinished">Escreva um número de telefone, como 07700 900 982</translation>
    </message>
    <message>
        <source>Enter an email address in the correct format, like name@example.com</source>
        <translation type="unfinished">Escreva um endereço de e-mail no formato correto, como name@example.com</translation>
    </message>
    <message>
        <source>To be contacted through a support organisation, let a support organisation contact you</source>
        <translation type="unfinished">Para que o contacto seja feito através de uma organização de apoio, deixe que uma organização de apoio entre em contacto consigo</translation>
    </message>
    <message>
        <source>Select whether we can share your report with other agencies to keep you safe</source>
        <translation type="unfinished">Indique se podemos partilhar a sua denúncia com outros serviços para sua proteção</translation>
    </message>
</context>
<context>
    <name>harbour::routing::SupportContactModel</name>
    <message>
        <source>Call %1</source>
        <translation type="unfinished">Ligar para %1</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation type="unfinished">Enviar SMS para %1</translation>
    </message>
    <message>
        <source>Relay UK: %1</source>
        <translation type="unfinished">Relay UK: %1</translation>
    </message>
    <message>
        <source>BSL video relay: %1</source>
        <translation type="unfinished">Vídeo-intérprete de BSL: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation type="unfinished">Site: %1</translation>
    </message>
</context>
<context>
    <name>harbour::session::FollowUp</name>
    <message>
        <source>This device could not make a follow-up code: it needs about 256 MB of free memory. Close other apps and try again, or send your report without a code.</source>
        <translation type="unfinished">Este dispositivo não conseguiu criar um código de seguimento: precisa de cerca de 256 MB de memória livre. Feche outras aplicações e tente de novo, ou envie o relatório sem código.</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">Escreva o seu código de seguimento</translation>
    </message>
    <message>
        <source>That is not the same code. Look at each letter and number again.</source>
        <translation type="unfinished">Não é o mesmo código. Veja de novo cada letra e número.</translation>
    </message>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">Escreva o seu código de seguimento</translation>
    </message>
    <message>
        <source>Your follow-up code has 20 letters and numbers. Check that you typed all of them, and no more.</source>
        <translation type="unfinished">O seu código de seguimento tem 20 letras e números. Verifique que os escreveu todos, e nada mais.</translation>
    </message>
    <message>
        <source>Check your follow-up code: it has a character that codes do not use. Codes use the numbers 0 to 9 and the letters A to Z, but not U.</source>
        <translation type="unfinished">Verifique o seu código de seguimento: tem um carácter que os códigos não usam. Os códigos usam os números de 0 a 9 e as letras de A a Z, exceto U.</translation>
    </message>
    <message>
        <source>This device does not have enough free memory to open a follow-up code (it needs about 256 MB). Close other apps and try again.</source>
        <translation type="unfinished">Este dispositivo não tem memória livre suficiente para abrir um código de seguimento (precisa de cerca de 256 MB). Feche outras aplicações e tente de novo.</translation>
    </message>
    <message>
        <source>Harbour cannot check for replies now. Check that you are connected to the internet and try again.</source>
        <translation type="unfinished">O Harbour não consegue procurar respostas agora. Verifique a ligação à internet e tente de novo.</translation>
    </message>
    <message>
        <source>The replies were deleted. Nobody can read them now, even with the code.</source>
        <translation type="unfinished">As respostas foram apagadas. Ninguém as pode ler agora, nem com o código.</translation>
    </message>
    <message>
        <source>Some replies could not be deleted now. Try again later.</source>
        <translation type="unfinished">Não foi possível apagar algumas respostas agora. Tente mais tarde.</translation>
    </message>
    <message>
        <source>Write your answer, or say whether the response helped</source>
        <translation type="unfinished">Escreva a sua resposta ou diga se a resposta ajudou</translation>
    </message>
    <message>
        <source>Write what you want to add to your report</source>
        <translation type="unfinished">Escreva o que quer acrescentar ao seu relatório</translation>
    </message>
    <message>
        <source>Your text is too long. Make it shorter.</source>
        <translation type="unfinished">O texto é demasiado longo. Encurte-o.</translation>
    </message>
    <message>
        <source>Harbour cannot save your answer on this device. Nothing was sent.</source>
        <translation type="unfinished">O Harbour não consegue guardar a sua resposta neste dispositivo. Nada foi enviado.</translation>
    </message>
    <message>
        <source>You can add information once an organisation has replied to you.</source>
        <translation type="unfinished">Pode acrescentar informação depois de uma organização lhe responder.</translation>
    </message>
    <message>
        <source>Harbour does not know where to send this: the organisation that replied is not in its list. Contact them another way and give your reference number.</source>
        <translation type="unfinished">O Harbour não sabe para onde enviar isto: a organização que respondeu não está na sua lista. Contacte-a de outra forma e indique o seu número de referência.</translation>
    </message>
    <message>
        <source>Your answer could not be saved for sending. Your device may be full. Nothing was sent.</source>
        <translation type="unfinished">Não foi possível guardar a sua resposta para envio. O dispositivo pode estar cheio. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Your answer is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">A sua resposta está guardada. O Harbour envia-a assim que puder.</translation>
    </message>
    <message>
        <source>What you added is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">O que acrescentou está guardado. O Harbour envia-o assim que puder.</translation>
    </message>
    <message>
        <source>Sent. The organisation has your answer now.</source>
        <translation type="unfinished">Enviado. A organização já tem a sua resposta.</translation>
    </message>
    <message>
        <source>Some replies could not be opened with this code: they may have been changed on the way. They are not shown.</source>
        <translation type="unfinished">Não foi possível abrir algumas respostas com este código: podem ter sido alteradas pelo caminho. Não são mostradas.</translation>
    </message>
</context>
<context>
    <name>harbour::session::ReportSession</name>
    <message>
        <source>the organisations you choose</source>
        <translation type="unfinished">as organizações que escolher</translation>
    </message>
    <message>
        <source>Harbour cannot save reports on this device. Please use another way to report.</source>
        <translation type="unfinished">O Harbour não consegue guardar denúncias neste dispositivo. Use outra forma de fazer a denúncia.</translation>
    </message>
    <message>
        <source>Choose who should receive your report before sending it. Nothing was sent.</source>
        <translation type="unfinished">Escolha quem deve receber a sua denúncia antes de a enviar. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Your report could not be prepared for sending. Nothing was sent.</source>
        <translation type="unfinished">Não foi possível preparar a sua denúncia para envio. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Your report could not be saved for sending. Your device may be full. Your answers are still here: free some space and press Send again.</source>
        <translation type="unfinished">Não foi possível guardar a sua denúncia para envio. O seu dispositivo pode estar cheio. As suas respostas continuam aqui: liberte algum espaço e carregue outra vez em «Enviar denúncia».</translation>
    </message>
</context>
</TS>
