<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AdminPage</name>
    <message>
        <source>Kiosk settings</source>
        <translation type="unfinished">Ajustes del quiosco</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished">sin configurar</translation>
    </message>
    <message>
        <source>For the organisation&apos;s staff. After a few wrong tries you have to wait before trying again, longer each time.</source>
        <translation type="unfinished">Para el personal de la organización. Tras varios intentos fallidos hay que esperar antes de volver a intentarlo, cada vez más tiempo.</translation>
    </message>
    <message>
        <source>Admin passphrase</source>
        <translation type="unfinished">Frase de acceso de administración</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished">Comprobando la frase de acceso…</translation>
    </message>
    <message>
        <source>Unlock the settings</source>
        <translation type="unfinished">Desbloquear los ajustes</translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation type="unfinished">Nombre del quiosco</translation>
    </message>
    <message>
        <source>Default organisation</source>
        <translation type="unfinished">Organización predeterminada</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation type="unfinished">Idiomas ofrecidos</translation>
    </message>
    <message>
        <source>all shipped languages</source>
        <translation type="unfinished">todos los idiomas disponibles</translation>
    </message>
    <message>
        <source>Warning after no input</source>
        <translation type="unfinished">Aviso tras inactividad</translation>
    </message>
    <message>
        <source>Time to answer the warning</source>
        <translation type="unfinished">Tiempo para responder al aviso</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">Código de voluntario</translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished">configurado</translation>
    </message>
    <message>
        <source>To change these settings, use harbour-kiosk-setup and the kiosk&apos;s configuration file.</source>
        <translation type="unfinished">Para cambiar estos ajustes, use harbour-kiosk-setup y el archivo de configuración del quiosco.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s signing key</source>
        <translation type="unfinished">Clave de firma de este quiosco</translation>
    </message>
    <message>
        <source>Reports from this kiosk are signed with this key. Register it with your organisation, and compare the fingerprint aloud.</source>
        <translation type="unfinished">Las denuncias de este quiosco se firman con esta clave. Regístrela en su organización y comparen la huella en voz alta.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">Huella</translation>
    </message>
    <message>
        <source>This kiosk has no signing key, so its reports are not signed: %1</source>
        <translation type="unfinished">Este quiosco no tiene clave de firma, así que sus denuncias no van firmadas: %1</translation>
    </message>
    <message>
        <source>Lock the settings</source>
        <translation type="unfinished">Bloquear los ajustes</translation>
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
        <translation type="unfinished">Atrás</translation>
    </message>
</context>
<context>
    <name>ChangeLink</name>
    <message>
        <source>Change</source>
        <translation type="unfinished">Cambiar</translation>
    </message>
</context>
<context>
    <name>CheckAnswersPage</name>
    <message>
        <source>Check your answers before sending your report</source>
        <translation type="unfinished">Revise sus respuestas antes de enviar su denuncia</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. If you are in danger now, call 999.</source>
        <translation type="unfinished">Su denuncia se marcará como urgente. Si está en peligro ahora, llame al 999.</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation type="unfinished">No indicado</translation>
    </message>
    <message>
        <source>Change your answer to: %1</source>
        <translation type="unfinished">Cambiar su respuesta a: %1</translation>
    </message>
    <message>
        <source>Now send your report</source>
        <translation type="unfinished">Ahora envíe su denuncia</translation>
    </message>
    <message>
        <source>Your report is locked on this device so that only %1 can read it. If there is no internet now, it will be sent when there is.</source>
        <translation type="unfinished">Su denuncia está protegida en este dispositivo para que nadie más que %1 pueda leerla. Si ahora no hay internet, se enviará cuando lo haya.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">Enviar denuncia</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished">Su respuesta: %1</translation>
    </message>
    <message>
        <source>Here is everything you told us.</source>
        <translation type="unfinished">Aquí está todo lo que nos ha contado.</translation>
    </message>
    <message>
        <source>Press Change to fix an answer.</source>
        <translation type="unfinished">Pulse Cambiar para corregir una respuesta.</translation>
    </message>
    <message>
        <source>When it is right, send your report.</source>
        <translation type="unfinished">Cuando todo esté bien, envíe su denuncia.</translation>
    </message>
    <message>
        <source>Who gets your report</source>
        <translation type="unfinished">Quién recibe su denuncia</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished">Sin elegir</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">La policía</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">Una organización de apoyo</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">La policía y una organización de apoyo</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">Solo registrarla: no quiero que se tome ninguna medida</translation>
    </message>
    <message>
        <source>No organisation chosen yet: choose one before sending</source>
        <translation type="unfinished">Aún no ha elegido ninguna organización: elija una antes de enviar</translation>
    </message>
    <message>
        <source>Can they contact you?</source>
        <translation type="unfinished">¿Pueden ponerse en contacto con usted?</translation>
    </message>
    <message>
        <source>Yes. Only %1 may contact you.</source>
        <translation type="unfinished">Sí. Nadie más que %1 puede ponerse en contacto con usted.</translation>
    </message>
    <message>
        <source>Yes, but you have not ticked who may contact you</source>
        <translation type="unfinished">Sí, pero no ha marcado quién puede ponerse en contacto con usted</translation>
    </message>
    <message>
        <source>No, keep me anonymous.</source>
        <translation type="unfinished">No, quiero mantener el anonimato.</translation>
    </message>
    <message>
        <source>No, keep me anonymous. They cannot reply to you, unless you ask for a follow-up code here.</source>
        <translation type="unfinished">No, quiero mantener el anonimato. No podrán responderle, a menos que pida aquí un código de seguimiento.</translation>
    </message>
    <message>
        <source>You will get a follow-up code to read their replies.</source>
        <translation type="unfinished">Recibirá un código de seguimiento para leer sus respuestas.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished">Sus respuestas</translation>
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
        <translation type="unfinished">Para ponerse en contacto con ellos, use una de estas formas y deles su número de referencia:</translation>
    </message>
</context>
<context>
    <name>CodeCard</name>
    <message>
        <source>Harbour code</source>
        <translation type="unfinished">Código de Harbour</translation>
    </message>
    <message>
        <source>Your code is %1</source>
        <translation type="unfinished">Tu código es %1</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Report sent</source>
        <translation type="unfinished">Denuncia enviada</translation>
    </message>
    <message>
        <source>Report saved and waiting to send</source>
        <translation type="unfinished">Denuncia guardada y pendiente de envío</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation type="unfinished">Su número de referencia</translation>
    </message>
    <message>
        <source>Your reference number is %1</source>
        <translation type="unfinished">Su número de referencia es %1</translation>
    </message>
    <message>
        <source>%1 has received your report.</source>
        <translation type="unfinished">Su denuncia ha llegado a %1.</translation>
    </message>
    <message>
        <source>There is no connection to %1 yet. Harbour will keep trying and send it when it can. Your report is locked so only they can read it.</source>
        <translation type="unfinished">Todavía no hay conexión con %1. Harbour seguirá intentándolo y la enviará cuando pueda. Su denuncia está protegida para que solo ellos puedan leerla.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished">Qué pasa ahora</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. If you gave contact details, the organisation may contact you. If you did not, they cannot.</source>
        <translation type="unfinished">Anote su número de referencia o guárdelo en un lugar seguro. Si dio sus datos de contacto, es posible que la organización se ponga en contacto con usted. Si no los dio, no podrá hacerlo.</translation>
    </message>
    <message>
        <source>You asked for your report only to be recorded. We have asked them not to take any action.</source>
        <translation type="unfinished">Usted pidió que su denuncia solo quede registrada. Les hemos pedido que no tomen ninguna medida.</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999.</source>
        <translation type="unfinished">Si está en peligro ahora, llame al 999.</translation>
    </message>
    <message>
        <source>Support and other ways to get help</source>
        <translation type="unfinished">Apoyo y otras formas de conseguir ayuda</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Terminar</translation>
    </message>
    <message>
        <source>Finish and clear this report from the screen</source>
        <translation type="unfinished">Terminar y borrar esta denuncia de la pantalla</translation>
    </message>
    <message>
        <source>%1 has your report now.</source>
        <translation type="unfinished">Su denuncia ya ha llegado a %1.</translation>
    </message>
    <message>
        <source>Your report is saved. Harbour will send it when it can.</source>
        <translation type="unfinished">Su denuncia está guardada. Harbour la enviará cuando pueda.</translation>
    </message>
    <message>
        <source>Your report is locked. Only %1 can read it.</source>
        <translation type="unfinished">Su denuncia está protegida. Solo es para %1.</translation>
    </message>
    <message>
        <source>Write down your reference number. Keep it somewhere safe.</source>
        <translation type="unfinished">Anote su número de referencia. Guárdelo en un lugar seguro.</translation>
    </message>
    <message>
        <source>If you gave your phone number or email, they may contact you.</source>
        <translation type="unfinished">Si dio su teléfono o su correo electrónico, es posible que se pongan en contacto con usted.</translation>
    </message>
    <message>
        <source>You asked them only to record it. They will not take action.</source>
        <translation type="unfinished">Usted pidió que solo la registren. No tomarán ninguna medida.</translation>
    </message>
    <message>
        <source>Your report was not sent</source>
        <translation type="unfinished">Tu denuncia no se ha enviado</translation>
    </message>
    <message>
        <source>%1 did not accept your report, so Harbour has stopped sending it. Please use one of the other ways to report below.</source>
        <translation type="unfinished">%1 no aceptó tu denuncia, así que Harbour ha dejado de enviarla. Usa una de las otras formas de denunciar que aparecen abajo.</translation>
    </message>
    <message numerus="yes">
        <source>Harbour could not send your report to %1 in %n day(s), so it has stopped trying. Please use one of the other ways to report below, or try again.</source>
        <translation type="unfinished">
            <numerusform>Harbour no pudo enviar tu denuncia a %1 en %n días, así que ha dejado de intentarlo. Usa una de las otras formas de denunciar que aparecen abajo, o inténtalo de nuevo.</numerusform>
            <numerusform>Harbour no pudo enviar tu denuncia a %1 en %n días, así que ha dejado de intentarlo. Usa una de las otras formas de denunciar que aparecen abajo, o inténtalo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation type="unfinished">Intentar enviarla de nuevo</translation>
    </message>
    <message>
        <source>Your report was not sent. Please report another way.</source>
        <translation type="unfinished">Tu denuncia no se ha enviado. Denuncia de otra forma.</translation>
    </message>
    <message>
        <source>Harbour cannot reach Tor on this device. Your report is waiting here and will be sent through Tor once Tor is running. It will not be sent any other way.</source>
        <translation type="unfinished">Harbour no puede conectar con Tor en este dispositivo. Tu denuncia está esperando aquí y se enviará a través de Tor cuando Tor esté funcionando. No se enviará de ninguna otra forma.</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. The organisation can reply to you through Harbour: to read replies, choose &quot;I have a follow-up code&quot; on the first page and type your code.</source>
        <translation type="unfinished">Apunta tu número de referencia o guárdalo en un lugar seguro. La organización puede responderte a través de Harbour: para leer las respuestas, elige &quot;Tengo un código de seguimiento&quot; en la primera página y escribe tu código.</translation>
    </message>
    <message>
        <source>Write down your follow-up code. With it you can read their replies in Harbour.</source>
        <translation type="unfinished">Apunta tu código de seguimiento. Con él puedes leer sus respuestas en Harbour.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cerrar</translation>
    </message>
    <message>
        <source>Close the code</source>
        <translation type="unfinished">Cerrar el código</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Can we contact you?</source>
        <translation type="unfinished">¿Podemos ponernos en contacto con usted?</translation>
    </message>
    <message>
        <source>You can stay anonymous. If you let an organisation contact you, it can tell you what happens next and offer you support.</source>
        <translation type="unfinished">Puede mantener el anonimato. Si deja que una organización se ponga en contacto con usted, podrá contarle qué pasa después y ofrecerle apoyo.</translation>
    </message>
    <message>
        <source>No, keep me anonymous</source>
        <translation type="unfinished">No, quiero mantener el anonimato</translation>
    </message>
    <message>
        <source>Yes, you can contact me</source>
        <translation type="unfinished">Sí, pueden ponerse en contacto conmigo</translation>
    </message>
    <message>
        <source>Who may contact you?</source>
        <translation type="unfinished">¿Quién puede ponerse en contacto con usted?</translation>
    </message>
    <message>
        <source>Only the organisations you tick here get your contact details. The others get your report without them.</source>
        <translation type="unfinished">Solo las organizaciones que marque aquí recibirán sus datos de contacto. Las demás recibirán su denuncia sin ellos.</translation>
    </message>
    <message>
        <source>How can they contact you?</source>
        <translation type="unfinished">¿Cómo pueden ponerse en contacto con usted?</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished">Por teléfono</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Número de teléfono</translation>
    </message>
    <message>
        <source>For example, 07700 900 982</source>
        <translation type="unfinished">Por ejemplo, 07700 900 982</translation>
    </message>
    <message>
        <source>By email</source>
        <translation type="unfinished">Por correo electrónico</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>The police should contact me only through the support organisation</source>
        <translation type="unfinished">La policía solo debe ponerse en contacto conmigo a través de la organización de apoyo</translation>
    </message>
    <message>
        <source>What should we call you? (optional)</source>
        <translation type="unfinished">¿Cómo quiere que le llamemos? (opcional)</translation>
    </message>
    <message>
        <source>This does not have to be your full or real name.</source>
        <translation type="unfinished">No tiene que ser su nombre completo ni su nombre real.</translation>
    </message>
    <message>
        <source>When is it safe to contact you? (optional)</source>
        <translation type="unfinished">¿Cuándo es seguro ponerse en contacto con usted? (opcional)</translation>
    </message>
    <message>
        <source>For example, weekdays after 6pm</source>
        <translation type="unfinished">Por ejemplo, entre semana después de las 18:00</translation>
    </message>
    <message>
        <source>Is it safe to leave a message? (optional)</source>
        <translation type="unfinished">¿Es seguro dejarle un mensaje? (opcional)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Sí</translation>
    </message>
    <message>
        <source>Yes, it is safe to leave a message</source>
        <translation type="unfinished">Sí, es seguro dejar un mensaje</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <source>No, do not leave a message</source>
        <translation type="unfinished">No, no dejen ningún mensaje</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation type="unfinished">No lo tengo claro</translation>
    </message>
    <message>
        <source>I&apos;m not sure if it is safe to leave a message</source>
        <translation type="unfinished">No tengo claro si es seguro dejar un mensaje</translation>
    </message>
    <message>
        <source>Sharing your report to keep you safe</source>
        <translation type="unfinished">Compartir su denuncia para protegerle</translation>
    </message>
    <message>
        <source>What you told us suggests you could be at serious risk. When someone is at high risk, the police, the council, health and support services sometimes meet to plan how to keep them safe (a multi-agency risk meeting, called a MARAC).</source>
        <translation type="unfinished">Por lo que nos ha contado, usted podría correr un riesgo grave. Cuando una persona corre un riesgo alto, la policía, el ayuntamiento y los servicios de salud y de apoyo a veces se reúnen para planear cómo protegerla (una reunión sobre riesgos entre varios organismos, llamada MARAC).</translation>
    </message>
    <message>
        <source>Can the organisations you chose share your report with them for this?</source>
        <translation type="unfinished">¿Pueden las organizaciones que eligió compartir su denuncia con esos servicios para esto?</translation>
    </message>
    <message>
        <source>Yes, they can share it to keep me safe</source>
        <translation type="unfinished">Sí, pueden compartirla para protegerme</translation>
    </message>
    <message>
        <source>No, do not share it</source>
        <translation type="unfinished">No, no la compartan</translation>
    </message>
    <message>
        <source>You can change your mind later: contact the organisation and give your reference number.</source>
        <translation type="unfinished">Puede cambiar de opinión más adelante: póngase en contacto con la organización y dé su número de referencia.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">Enviar denuncia</translation>
    </message>
    <message>
        <source>Hear back without giving contact details (optional)</source>
        <translation type="unfinished">Recibir respuesta sin dar datos de contacto (opcional)</translation>
    </message>
    <message>
        <source>With a follow-up code you can read replies from the organisations in Harbour, answer them and add to your report, from any phone or computer. Only someone with the code can read the replies.</source>
        <translation type="unfinished">Con un código de seguimiento puedes leer las respuestas de las organizaciones en Harbour, contestarlas y añadir información a tu denuncia, desde cualquier teléfono u ordenador. Solo quien tenga el código puede leer las respuestas.</translation>
    </message>
    <message>
        <source>Give me a follow-up code</source>
        <translation type="unfinished">Dame un código de seguimiento</translation>
    </message>
    <message>
        <source>You will see it after you send your report. Write it down: Harbour does not keep it.</source>
        <translation type="unfinished">Lo verás después de enviar tu denuncia. Apúntalo: Harbour no lo guarda.</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">No tiene que dar su nombre.</translation>
    </message>
    <message>
        <source>If you want, they can call or write to you.</source>
        <translation type="unfinished">Si quiere, pueden llamarle o escribirle.</translation>
    </message>
    <message>
        <source>Then they can tell you what happens next.</source>
        <translation type="unfinished">Así pueden decirle qué pasa después.</translation>
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
        <translation type="unfinished">Si está en peligro ahora, llame al 999</translation>
    </message>
    <message>
        <source>Call 999 and ask for the police, or an ambulance if someone is hurt.</source>
        <translation type="unfinished">Llame al 999 y pida la policía, o una ambulancia si hay alguien herido.</translation>
    </message>
    <message>
        <source>If you are deaf or cannot speak on the phone</source>
        <translation type="unfinished">Si es una persona sorda o no puede hablar por teléfono</translation>
    </message>
    <message>
        <source>999 BSL: use the 999 BSL app or website to reach a British Sign Language interpreter who will call 999 for you.</source>
        <translation type="unfinished">999 BSL: use la aplicación o la página web de 999 BSL para hablar con un intérprete de lengua de signos británica (BSL), que llamará al 999 por usted.</translation>
    </message>
    <message>
        <source>Text 999 if you have registered with emergencySMS. To register, text &quot;register&quot; to 999.</source>
        <translation type="unfinished">Envíe un SMS al 999 si se ha registrado en emergencySMS. Para registrarse, envíe un SMS con la palabra «register» al 999.</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation type="unfinished">Su denuncia</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. It is not a 999 call: the organisation may not read it straight away.</source>
        <translation type="unfinished">Su denuncia se marcará como urgente. No es una llamada al 999: puede que la organización no la lea enseguida.</translation>
    </message>
    <message>
        <source>When you are safe, you can carry on with your report. You can press Exit at any time.</source>
        <translation type="unfinished">Cuando esté a salvo, puede seguir con su denuncia. Puede pulsar Salir en cualquier momento.</translation>
    </message>
    <message>
        <source>Carry on with my report</source>
        <translation type="unfinished">Seguir con mi denuncia</translation>
    </message>
    <message>
        <source>Are you in danger now? Call 999.</source>
        <translation type="unfinished">¿Está en peligro ahora? Llame al 999.</translation>
    </message>
    <message>
        <source>Ask for the police. Ask for an ambulance if someone is hurt.</source>
        <translation type="unfinished">Pida la policía. Pida una ambulancia si hay alguien herido.</translation>
    </message>
    <message>
        <source>Deaf? Use 999 BSL, or text 999 if you registered.</source>
        <translation type="unfinished">¿Es una persona sorda? Use 999 BSL o envíe un SMS al 999 si se ha registrado.</translation>
    </message>
    <message>
        <source>Press Exit to leave Harbour quickly.</source>
        <translation type="unfinished">Pulse Salir para salir rápido de Harbour.</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">Día</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">Año</translation>
    </message>
</context>
<context>
    <name>DateTimeAnswer</name>
    <message>
        <source>Date</source>
        <translation type="unfinished">Fecha</translation>
    </message>
    <message>
        <source>Roughly when</source>
        <translation type="unfinished">Más o menos cuándo</translation>
    </message>
    <message>
        <source>For example, 27 3 2024</source>
        <translation type="unfinished">Por ejemplo, 27 3 2024</translation>
    </message>
    <message>
        <source>For example, 3 2024. Add the day if you know it.</source>
        <translation type="unfinished">Por ejemplo, 3 2024. Añada el día si lo sabe.</translation>
    </message>
    <message>
        <source>Time (optional)</source>
        <translation type="unfinished">Hora (opcional)</translation>
    </message>
    <message>
        <source>For example, 18:30 or 6:30pm</source>
        <translation type="unfinished">Por ejemplo, 18:30 o 6:30pm</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished">Fecha de inicio</translation>
    </message>
    <message>
        <source>The earliest it could have been</source>
        <translation type="unfinished">La fecha más temprana posible</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">Fecha de fin</translation>
    </message>
    <message>
        <source>The latest it could have been</source>
        <translation type="unfinished">La fecha más tardía posible</translation>
    </message>
    <message>
        <source>When did it start? (optional)</source>
        <translation type="unfinished">¿Cuándo empezó? (opcional)</translation>
    </message>
    <message>
        <source>For example, 11 2023</source>
        <translation type="unfinished">Por ejemplo, 11 2023</translation>
    </message>
</context>
<context>
    <name>DisplayButton</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">Pantalla e idioma</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">Pantalla e idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">El idioma</translation>
    </message>
    <message>
        <source>Close and go back</source>
        <translation type="unfinished">Cerrar y volver</translation>
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
        <translation type="unfinished">Texto muy grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Alto contraste</translation>
    </message>
    <message>
        <source>Read questions aloud</source>
        <translation type="unfinished">Leer las preguntas en voz alta</translation>
    </message>
    <message>
        <source>Easy read: short sentences with pictures</source>
        <translation type="unfinished">Lectura fácil: frases cortas con dibujos</translation>
    </message>
    <message>
        <source>Leave no trace: do not remember these choices on this device</source>
        <translation type="unfinished">No dejar rastro: no recordar estas opciones en este dispositivo</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Tamaño del texto</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation type="unfinished">Hay un problema</translation>
    </message>
</context>
<context>
    <name>ExitButton</name>
    <message>
        <source>Exit</source>
        <translation type="unfinished">Salir</translation>
    </message>
    <message>
        <source>Exit: leave quickly and clear this report</source>
        <translation type="unfinished">Salir: irse rápido y borrar esta denuncia</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished">Error: %1</translation>
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
        <translation type="unfinished">Añadir información a tu denuncia</translation>
    </message>
    <message>
        <source>What you add goes to %1 with your report. For example, something you remembered, or something that has happened since.</source>
        <translation type="unfinished">Lo que añadas llega a %1 junto con tu denuncia. Por ejemplo, algo que has recordado o algo que ha pasado desde entonces.</translation>
    </message>
    <message>
        <source>Did the response help? (optional)</source>
        <translation type="unfinished">¿Te ayudó la respuesta? (opcional)</translation>
    </message>
    <message>
        <source>Your answer helps organisations see what works.</source>
        <translation type="unfinished">Tu respuesta ayuda a las organizaciones a ver qué funciona.</translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation type="unfinished">Sí, me ayudó</translation>
    </message>
    <message>
        <source>It helped a little</source>
        <translation type="unfinished">Me ayudó un poco</translation>
    </message>
    <message>
        <source>No, it did not help</source>
        <translation type="unfinished">No, no me ayudó</translation>
    </message>
    <message>
        <source>Your answer (optional if you said whether it helped)</source>
        <translation type="unfinished">Tu respuesta (opcional si has dicho si te ayudó)</translation>
    </message>
    <message>
        <source>What you want to add</source>
        <translation type="unfinished">Lo que quieres añadir</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation type="unfinished">Enviar respuesta</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">Enviar</translation>
    </message>
    <message>
        <source>the organisations that replied to you</source>
        <translation type="unfinished">las organizaciones que te han respondido</translation>
    </message>
</context>
<context>
    <name>FollowUpCodePage</name>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">Escribe tu código de seguimiento</translation>
    </message>
    <message>
        <source>This is the code of 20 letters and numbers you were given when you sent your report.</source>
        <translation type="unfinished">Es el código de 20 letras y números que recibiste al enviar tu denuncia.</translation>
    </message>
    <message>
        <source>Follow-up code</source>
        <translation type="unfinished">Código de seguimiento</translation>
    </message>
    <message>
        <source>For example, K82Q V992 78T6 CAJ1 0HKB. Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">Por ejemplo, K82Q V992 78T6 CAJ1 0HKB. Los espacios, guiones y mayúsculas no importan.</translation>
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
        <translation type="unfinished">Tu código de seguimiento</translation>
    </message>
    <message>
        <source>Write it down now and keep it somewhere safe. With it you can read the organisation&apos;s replies in Harbour on any phone or computer, answer them and add to your report.</source>
        <translation type="unfinished">Apúntalo ahora y guárdalo en un lugar seguro. Con él puedes leer las respuestas de la organización en Harbour desde cualquier teléfono u ordenador, contestarlas y añadir información a tu denuncia.</translation>
    </message>
    <message>
        <source>Harbour does not keep this code. If you lose it, nobody can give it back to you. Anyone who has it can read the replies.</source>
        <translation type="unfinished">Harbour no guarda este código. Si lo pierdes, nadie puede devolvértelo. Cualquiera que lo tenga puede leer las respuestas.</translation>
    </message>
    <message>
        <source>Read the code aloud</source>
        <translation type="unfinished">Leer el código en voz alta</translation>
    </message>
    <message>
        <source>Your follow-up code is: %1</source>
        <translation type="unfinished">Tu código de seguimiento es: %1</translation>
    </message>
    <message>
        <source>Show only the code</source>
        <translation type="unfinished">Mostrar solo el código</translation>
    </message>
    <message>
        <source>Show only the code, to write it down or take a photo</source>
        <translation type="unfinished">Mostrar solo el código, para apuntarlo o hacerle una foto</translation>
    </message>
    <message>
        <source>Check you have your code</source>
        <translation type="unfinished">Comprueba que tienes tu código</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">Escribe tu código de seguimiento</translation>
    </message>
    <message>
        <source>Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">Los espacios, guiones y mayúsculas no importan.</translation>
    </message>
    <message>
        <source>Check my code</source>
        <translation type="unfinished">Comprobar mi código</translation>
    </message>
    <message>
        <source>That is your code. Keep it safe.</source>
        <translation type="unfinished">Ese es tu código. Guárdalo bien.</translation>
    </message>
</context>
<context>
    <name>FollowUpPreparing</name>
    <message>
        <source>Preparing your follow-up code. This can take up to a minute on some phones. Your report is sent when it is ready.</source>
        <translation type="unfinished">Preparando tu código de seguimiento. En algunos teléfonos puede tardar hasta un minuto. Tu denuncia se enviará cuando esté listo.</translation>
    </message>
    <message>
        <source>Preparing your follow-up code</source>
        <translation type="unfinished">Preparando el código de seguimiento</translation>
    </message>
</context>
<context>
    <name>FollowUpProgress</name>
    <message>
        <source>Opening your replies (step 1 of 2). This can take up to a minute on some phones.</source>
        <translation type="unfinished">Abriendo tus respuestas (paso 1 de 2). En algunos teléfonos puede tardar hasta un minuto.</translation>
    </message>
    <message>
        <source>Checking for replies (step 2 of 2).</source>
        <translation type="unfinished">Buscando respuestas (paso 2 de 2).</translation>
    </message>
    <message>
        <source>Deleting the replies.</source>
        <translation type="unfinished">Borrando las respuestas.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Trabajando</translation>
    </message>
</context>
<context>
    <name>FollowUpRepliesPage</name>
    <message>
        <source>Replies to your report</source>
        <translation type="unfinished">Respuestas a tu denuncia</translation>
    </message>
    <message>
        <source>There are no replies yet.</source>
        <translation type="unfinished">Todavía no hay respuestas.</translation>
    </message>
    <message>
        <source>Organisations usually reply within 5 working days. If you expected a reply, check your code: a code with one different letter or number opens an empty mailbox.</source>
        <translation type="unfinished">Las organizaciones suelen responder en 5 días laborables. Si esperabas una respuesta, revisa tu código: un código con una letra o número distinto abre un buzón vacío.</translation>
    </message>
    <message>
        <source>Harbour could not reach every organisation. There may be more replies: try again later.</source>
        <translation type="unfinished">Harbour no pudo contactar con todas las organizaciones. Puede haber más respuestas: inténtalo más tarde.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">De %1</translation>
    </message>
    <message>
        <source>You answered this reply.</source>
        <translation type="unfinished">Has contestado a esta respuesta.</translation>
    </message>
    <message>
        <source>Answer this reply</source>
        <translation type="unfinished">Contestar a esta respuesta</translation>
    </message>
    <message>
        <source>Answer this reply from %1</source>
        <translation type="unfinished">Contestar a esta respuesta de %1</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">Añadir información a tu denuncia</translation>
    </message>
    <message>
        <source>Check for new replies</source>
        <translation type="unfinished">Buscar respuestas nuevas</translation>
    </message>
    <message>
        <source>Deleting the replies means nobody can read them again, even with your code. Harbour deletes them after 90 days anyway.</source>
        <translation type="unfinished">Borrar las respuestas significa que nadie podrá volver a leerlas, ni siquiera con tu código. Harbour las borra de todos modos a los 90 días.</translation>
    </message>
    <message>
        <source>Delete these replies</source>
        <translation type="unfinished">Borrar estas respuestas</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Terminar</translation>
    </message>
    <message>
        <source>Finish and clear the replies from the screen</source>
        <translation type="unfinished">Terminar y quitar las respuestas de la pantalla</translation>
    </message>
</context>
<context>
    <name>GroupAnswer</name>
    <message>
        <source>Nothing added yet.</source>
        <translation type="unfinished">Todavía no se ha añadido nada.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Cambiar</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished">Cambiar %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished">Quitar %1</translation>
    </message>
</context>
<context>
    <name>GroupItemPage</name>
    <message>
        <source>Answer what you can. Leave out anything you did not see.</source>
        <translation type="unfinished">Responda lo que pueda. No ponga nada que no haya visto.</translation>
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
        <translation type="unfinished">Elija su idioma</translation>
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
        <translation type="unfinished">Pantalla borrada</translation>
    </message>
</context>
<context>
    <name>PlaceAnswer</name>
    <message>
        <source>What kind of place was it?</source>
        <translation type="unfinished">¿Qué tipo de lugar era?</translation>
    </message>
    <message>
        <source>Describe the place (optional)</source>
        <translation type="unfinished">Describa el lugar (opcional)</translation>
    </message>
    <message>
        <source>For example, the bus stop outside the library, or the name of the shop.</source>
        <translation type="unfinished">Por ejemplo, la parada de autobús delante de la biblioteca, o el nombre de la tienda.</translation>
    </message>
    <message>
        <source>Area (optional)</source>
        <translation type="unfinished">Zona (opcional)</translation>
    </message>
    <message>
        <source>The first part of the postcode, like E1, or the town. Not the full postcode.</source>
        <translation type="unfinished">La primera parte del código postal, como E1, o la ciudad. No el código postal completo.</translation>
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
        <translation type="unfinished">Escriba la fecha</translation>
    </message>
    <message>
        <source>The date must include a day</source>
        <translation type="unfinished">La fecha debe incluir el día</translation>
    </message>
    <message>
        <source>The date must include a month</source>
        <translation type="unfinished">La fecha debe incluir el mes</translation>
    </message>
    <message>
        <source>The date must include a year</source>
        <translation type="unfinished">La fecha debe incluir el año</translation>
    </message>
    <message>
        <source>The date must be a real date</source>
        <translation type="unfinished">La fecha debe ser una fecha que exista</translation>
    </message>
    <message>
        <source>The year must have 4 numbers, like 2024</source>
        <translation type="unfinished">El año debe tener 4 cifras, como 2024</translation>
    </message>
    <message>
        <source>The date must be today or in the past</source>
        <translation type="unfinished">La fecha debe ser hoy o una fecha pasada</translation>
    </message>
    <message>
        <source>Enter the start date</source>
        <translation type="unfinished">Escriba la fecha de inicio</translation>
    </message>
    <message>
        <source>The start date must include a day</source>
        <translation type="unfinished">La fecha de inicio debe incluir el día</translation>
    </message>
    <message>
        <source>The start date must include a month</source>
        <translation type="unfinished">La fecha de inicio debe incluir el mes</translation>
    </message>
    <message>
        <source>The start date must include a year</source>
        <translation type="unfinished">La fecha de inicio debe incluir el año</translation>
    </message>
    <message>
        <source>The start date must be a real date</source>
        <translation type="unfinished">La fecha de inicio debe ser una fecha que exista</translation>
    </message>
    <message>
        <source>The year of the start date must have 4 numbers, like 2024</source>
        <translation type="unfinished">El año de la fecha de inicio debe tener 4 cifras, como 2024</translation>
    </message>
    <message>
        <source>The start date must be today or in the past</source>
        <translation type="unfinished">La fecha de inicio debe ser hoy o una fecha pasada</translation>
    </message>
    <message>
        <source>Enter the end date</source>
        <translation type="unfinished">Escriba la fecha de fin</translation>
    </message>
    <message>
        <source>The end date must include a day</source>
        <translation type="unfinished">La fecha de fin debe incluir el día</translation>
    </message>
    <message>
        <source>The end date must include a month</source>
        <translation type="unfinished">La fecha de fin debe incluir el mes</translation>
    </message>
    <message>
        <source>The end date must include a year</source>
        <translation type="unfinished">La fecha de fin debe incluir el año</translation>
    </message>
    <message>
        <source>The end date must be a real date</source>
        <translation type="unfinished">La fecha de fin debe ser una fecha que exista</translation>
    </message>
    <message>
        <source>The year of the end date must have 4 numbers, like 2024</source>
        <translation type="unfinished">El año de la fecha de fin debe tener 4 cifras, como 2024</translation>
    </message>
    <message>
        <source>The end date must be today or in the past</source>
        <translation type="unfinished">La fecha de fin debe ser hoy o una fecha pasada</translation>
    </message>
    <message>
        <source>Enter the month and year it started</source>
        <translation type="unfinished">Escriba el mes y el año en que empezó</translation>
    </message>
    <message>
        <source>The date it started must include a day</source>
        <translation type="unfinished">La fecha en que empezó debe incluir el día</translation>
    </message>
    <message>
        <source>The date it started must include a month</source>
        <translation type="unfinished">La fecha en que empezó debe incluir el mes</translation>
    </message>
    <message>
        <source>The date it started must include a year</source>
        <translation type="unfinished">La fecha en que empezó debe incluir el año</translation>
    </message>
    <message>
        <source>The date it started must be a real date</source>
        <translation type="unfinished">La fecha en que empezó debe ser una fecha que exista</translation>
    </message>
    <message>
        <source>The year it started must have 4 numbers, like 2024</source>
        <translation type="unfinished">El año en que empezó debe tener 4 cifras, como 2024</translation>
    </message>
    <message>
        <source>The date it started must be today or in the past</source>
        <translation type="unfinished">La fecha en que empezó debe ser hoy o una fecha pasada</translation>
    </message>
    <message>
        <source>Are you in danger now?</source>
        <extracomment>in_danger title</extracomment>
        <translation type="unfinished">¿Está en peligro ahora?</translation>
    </message>
    <message>
        <source>If you are, we will show you how to get help straight away. You can carry on with this report afterwards.</source>
        <extracomment>in_danger hint</extracomment>
        <translation type="unfinished">Si lo está, le mostraremos enseguida cómo conseguir ayuda. Después puede seguir con esta denuncia.</translation>
    </message>
    <message>
        <source>About you</source>
        <extracomment>role section; your_age section; describe_yourself section</extracomment>
        <translation type="unfinished">Sobre usted</translation>
    </message>
    <message>
        <source>Who are you reporting for?</source>
        <extracomment>role title</extracomment>
        <translation type="unfinished">¿Para quién hace esta denuncia?</translation>
    </message>
    <message>
        <source>It happened to me</source>
        <extracomment>role victim label</extracomment>
        <translation type="unfinished">Me pasó a mí</translation>
    </message>
    <message>
        <source>I saw it happen to someone else</source>
        <extracomment>role witness label</extracomment>
        <translation type="unfinished">Vi cómo le pasaba a otra persona</translation>
    </message>
    <message>
        <source>I am reporting for someone else</source>
        <extracomment>role third_party label</extracomment>
        <translation type="unfinished">Hago la denuncia en nombre de otra persona</translation>
    </message>
    <message>
        <source>For example a friend, a family member or someone you support.</source>
        <extracomment>role third_party hint</extracomment>
        <translation type="unfinished">Por ejemplo, un amigo, un familiar o alguien a quien usted apoya.</translation>
    </message>
    <message>
        <source>A volunteer is helping me make this report</source>
        <extracomment>role assisted label</extracomment>
        <translation type="unfinished">Un voluntario me está ayudando a hacer esta denuncia</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>narrative section; targeted section; targeted_other section</extracomment>
        <translation type="unfinished">Qué pasó</translation>
    </message>
    <message>
        <source>What happened?</source>
        <extracomment>narrative title</extracomment>
        <translation type="unfinished">¿Qué pasó?</translation>
    </message>
    <message>
        <source>Tell us in your own words. Include as much as you remember. You can take your time.</source>
        <extracomment>narrative hint</extracomment>
        <translation type="unfinished">Cuéntenoslo con sus propias palabras. Incluya todo lo que recuerde. Puede tomarse su tiempo.</translation>
    </message>
    <message>
        <source>Tell us what happened</source>
        <extracomment>narrative error_required</extracomment>
        <translation type="unfinished">Cuéntenos qué pasó</translation>
    </message>
    <message>
        <source>What kind of thing happened?</source>
        <extracomment>incident_types title</extracomment>
        <translation type="unfinished">¿Qué tipo de cosa pasó?</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <extracomment>incident_types hint; others_at_risk hint; support hint; formats hint</extracomment>
        <translation type="unfinished">Elija todas las que correspondan.</translation>
    </message>
    <message>
        <source>Someone was attacked or hurt</source>
        <extracomment>incident_types physical_attack label</extracomment>
        <translation type="unfinished">Alguien sufrió un ataque o resultó herido</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>incident_types threats label</extracomment>
        <translation type="unfinished">Amenazas</translation>
    </message>
    <message>
        <source>Shouting, insults or name-calling</source>
        <extracomment>incident_types verbal_abuse label</extracomment>
        <translation type="unfinished">Gritos, insultos o motes ofensivos</translation>
    </message>
    <message>
        <source>Harassment, or being followed or bothered again and again</source>
        <extracomment>incident_types harassment label</extracomment>
        <translation type="unfinished">Acoso, o seguir o molestar a alguien una y otra vez</translation>
    </message>
    <message>
        <source>Damage to a home, car or other property, including graffiti</source>
        <extracomment>incident_types property_damage label</extracomment>
        <translation type="unfinished">Daños a una casa, un coche u otra propiedad, incluidas pintadas</translation>
    </message>
    <message>
        <source>Something was stolen</source>
        <extracomment>incident_types theft label</extracomment>
        <translation type="unfinished">Robaron algo</translation>
    </message>
    <message>
        <source>Abuse online, by message or by phone</source>
        <extracomment>incident_types online_abuse label</extracomment>
        <translation type="unfinished">Abusos por internet, por mensajes o por teléfono</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <extracomment>incident_types sexual_assault label</extracomment>
        <translation type="unfinished">Agresión sexual</translation>
    </message>
    <message>
        <source>Something else</source>
        <extracomment>incident_types other label; barriers other label; formats other label</extracomment>
        <translation type="unfinished">Otra cosa</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <extracomment>incident_types rather_not_say label; barriers rather_not_say label; your_age rather_not_say label</extracomment>
        <translation type="unfinished">Prefiero no decirlo</translation>
    </message>
    <message>
        <source>Why do you think it was aimed at you or someone else?</source>
        <extracomment>targeted title</extracomment>
        <translation type="unfinished">¿Por qué cree que iba dirigido contra usted o contra otra persona?</translation>
    </message>
    <message>
        <source>Choose all that apply. What you or anyone else believes is enough.</source>
        <extracomment>targeted hint</extracomment>
        <translation type="unfinished">Elija todas las que correspondan. Basta con lo que crea usted o cualquier otra persona.</translation>
    </message>
    <message>
        <source>Race or ethnicity, including Gypsy, Irish Traveller and Roma</source>
        <extracomment>targeted race label</extracomment>
        <translation type="unfinished">Raza u origen étnico, incluidos gitanos, nómadas irlandeses (Irish Travellers) y romaníes</translation>
    </message>
    <message>
        <source>Religion or belief, including having no belief</source>
        <extracomment>targeted religion label</extracomment>
        <translation type="unfinished">Religión o creencias, incluido no tener ninguna creencia</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <extracomment>targeted sexual_orientation label</extracomment>
        <translation type="unfinished">Orientación sexual</translation>
    </message>
    <message>
        <source>For example being gay, lesbian or bisexual.</source>
        <extracomment>targeted sexual_orientation hint</extracomment>
        <translation type="unfinished">Por ejemplo, ser gay, lesbiana o bisexual.</translation>
    </message>
    <message>
        <source>Disability, including learning disability and mental health</source>
        <extracomment>targeted disability label</extracomment>
        <translation type="unfinished">Discapacidad, incluidas la discapacidad intelectual y la salud mental</translation>
    </message>
    <message>
        <source>Being transgender</source>
        <extracomment>targeted transgender label</extracomment>
        <translation type="unfinished">Ser una persona transgénero</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <extracomment>targeted alternative_subculture label</extracomment>
        <translation type="unfinished">Subcultura alternativa</translation>
    </message>
    <message>
        <source>For example being a goth, punk or emo.</source>
        <extracomment>targeted alternative_subculture hint</extracomment>
        <translation type="unfinished">Por ejemplo, ser gótico, punk o emo.</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <extracomment>targeted sex_or_gender label</extracomment>
        <translation type="unfinished">Sexo o género</translation>
    </message>
    <message>
        <source>For example hostility towards women.</source>
        <extracomment>targeted sex_or_gender hint</extracomment>
        <translation type="unfinished">Por ejemplo, hostilidad hacia las mujeres.</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>targeted age label</extracomment>
        <translation type="unfinished">Edad</translation>
    </message>
    <message>
        <source>Something else about who they are</source>
        <extracomment>targeted other label</extracomment>
        <translation type="unfinished">Otra cosa sobre quiénes son</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <extracomment>targeted dont_know label; online dont_know label; offender_count dont_know label; offenders &gt; offender_age dont_know label; offenders &gt; offender_build dont_know label; offenders &gt; offender_height dont_know label; how_often dont_know label; others_at_risk dont_know label</extracomment>
        <translation type="unfinished">No lo sé</translation>
    </message>
    <message>
        <source>What else about them do you think it was aimed at?</source>
        <extracomment>targeted_other title</extracomment>
        <translation type="unfinished">¿Qué otra cosa de esa persona cree que fue el motivo?</translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>online section; online_platform section; online_link section; online_content section; online_still_visible section</extracomment>
        <translation type="unfinished">En internet</translation>
    </message>
    <message>
        <source>Did it happen online, or through a phone or computer?</source>
        <extracomment>online title</extracomment>
        <translation type="unfinished">¿Pasó en internet, o a través de un teléfono o un ordenador?</translation>
    </message>
    <message>
        <source>For example on social media, in messages, by email or in a phone call.</source>
        <extracomment>online hint</extracomment>
        <translation type="unfinished">Por ejemplo, en redes sociales, en mensajes, por correo electrónico o en una llamada.</translation>
    </message>
    <message>
        <source>Yes, all of it</source>
        <extracomment>online yes label</extracomment>
        <translation type="unfinished">Sí, todo</translation>
    </message>
    <message>
        <source>Partly</source>
        <extracomment>online partly label</extracomment>
        <translation type="unfinished">En parte</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>online no label</extracomment>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <source>Which website, app or service was it on?</source>
        <extracomment>online_platform title</extracomment>
        <translation type="unfinished">¿En qué página web, aplicación o servicio fue?</translation>
    </message>
    <message>
        <source>For example Facebook, TikTok, WhatsApp, a game, email or a phone call.</source>
        <extracomment>online_platform hint</extracomment>
        <translation type="unfinished">Por ejemplo, Facebook, TikTok, WhatsApp, un juego, el correo electrónico o una llamada.</translation>
    </message>
    <message>
        <source>Link to the post, message or profile</source>
        <extracomment>online_link title</extracomment>
        <translation type="unfinished">Enlace a la publicación, el mensaje o el perfil</translation>
    </message>
    <message>
        <source>Copy the web address if you can, or the name of the account that did it.</source>
        <extracomment>online_link hint</extracomment>
        <translation type="unfinished">Copie la dirección web si puede, o el nombre de la cuenta que lo hizo.</translation>
    </message>
    <message>
        <source>What did they write or say?</source>
        <extracomment>online_content title</extracomment>
        <translation type="unfinished">¿Qué escribieron o dijeron?</translation>
    </message>
    <message>
        <source>Can it still be seen online?</source>
        <extracomment>online_still_visible title</extracomment>
        <translation type="unfinished">¿Todavía se puede ver en internet?</translation>
    </message>
    <message>
        <source>When and where</source>
        <extracomment>when section; where section</extracomment>
        <translation type="unfinished">Cuándo y dónde</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <extracomment>when title</extracomment>
        <translation type="unfinished">¿Cuándo pasó?</translation>
    </message>
    <message>
        <source>If you are not sure, an estimate helps.</source>
        <extracomment>when hint</extracomment>
        <translation type="unfinished">Si no lo sabe con seguridad, una fecha aproximada también ayuda.</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <extracomment>where title; where easy read 1</extracomment>
        <translation type="unfinished">¿Dónde pasó?</translation>
    </message>
    <message>
        <source>We do not use your location. Tell us only what you want to.</source>
        <extracomment>where hint</extracomment>
        <translation type="unfinished">No usamos su ubicación. Díganos solo lo que quiera.</translation>
    </message>
    <message>
        <source>At or near a home</source>
        <extracomment>where home label</extracomment>
        <translation type="unfinished">En una casa o cerca de ella</translation>
    </message>
    <message>
        <source>In the street</source>
        <extracomment>where street label</extracomment>
        <translation type="unfinished">En la calle</translation>
    </message>
    <message>
        <source>On public transport, or at a station or stop</source>
        <extracomment>where public_transport label</extracomment>
        <translation type="unfinished">En el transporte público, o en una estación o parada</translation>
    </message>
    <message>
        <source>In or near a shop</source>
        <extracomment>where shop label</extracomment>
        <translation type="unfinished">En una tienda o cerca de ella</translation>
    </message>
    <message>
        <source>In or near a pub, bar or club</source>
        <extracomment>where pub_bar label</extracomment>
        <translation type="unfinished">En un pub, bar o discoteca, o cerca</translation>
    </message>
    <message>
        <source>In a park or open space</source>
        <extracomment>where park label</extracomment>
        <translation type="unfinished">En un parque o espacio abierto</translation>
    </message>
    <message>
        <source>At a school, college or university</source>
        <extracomment>where education label</extracomment>
        <translation type="unfinished">En un colegio, instituto o universidad</translation>
    </message>
    <message>
        <source>At work</source>
        <extracomment>where work label</extracomment>
        <translation type="unfinished">En el trabajo</translation>
    </message>
    <message>
        <source>At or near a place of worship</source>
        <extracomment>where place_of_worship label</extracomment>
        <translation type="unfinished">En un lugar de culto o cerca de él</translation>
    </message>
    <message>
        <source>In a care home or supported housing</source>
        <extracomment>where care_home label</extracomment>
        <translation type="unfinished">En una residencia o una vivienda tutelada</translation>
    </message>
    <message>
        <source>At council, police or health premises</source>
        <extracomment>where public_premises label</extracomment>
        <translation type="unfinished">En instalaciones del ayuntamiento, de la policía o de salud</translation>
    </message>
    <message>
        <source>Online only</source>
        <extracomment>where online_only label</extracomment>
        <translation type="unfinished">Solo en internet</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <extracomment>where other label</extracomment>
        <translation type="unfinished">En otro sitio</translation>
    </message>
    <message>
        <source>The people who did it</source>
        <extracomment>offender_count section; offender_known section; offender_relationship section; offenders section; vehicle section; vehicles section; witnesses section; witness_details section; cctv section</extracomment>
        <translation type="unfinished">Las personas que lo hicieron</translation>
    </message>
    <message>
        <source>How many people did it?</source>
        <extracomment>offender_count title; offender_count easy read 1</extracomment>
        <translation type="unfinished">¿Cuántas personas lo hicieron?</translation>
    </message>
    <message>
        <source>One person</source>
        <extracomment>offender_count one label</extracomment>
        <translation type="unfinished">Una persona</translation>
    </message>
    <message>
        <source>Two people</source>
        <extracomment>offender_count two label</extracomment>
        <translation type="unfinished">Dos personas</translation>
    </message>
    <message>
        <source>Three to five people</source>
        <extracomment>offender_count three_to_five label</extracomment>
        <translation type="unfinished">De tres a cinco personas</translation>
    </message>
    <message>
        <source>More than five people</source>
        <extracomment>offender_count more_than_five label</extracomment>
        <translation type="unfinished">Más de cinco personas</translation>
    </message>
    <message>
        <source>Do you know who did it?</source>
        <extracomment>offender_known title</extracomment>
        <translation type="unfinished">¿Sabe quién lo hizo?</translation>
    </message>
    <message>
        <source>No, they were strangers</source>
        <extracomment>offender_known strangers label</extracomment>
        <translation type="unfinished">No, eran desconocidos</translation>
    </message>
    <message>
        <source>Yes, I know who did it</source>
        <extracomment>offender_known known label</extracomment>
        <translation type="unfinished">Sí, sé quién lo hizo</translation>
    </message>
    <message>
        <source>I know some of them</source>
        <extracomment>offender_known some_known label</extracomment>
        <translation type="unfinished">Conozco a algunas de esas personas</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <extracomment>offender_known dont_know label</extracomment>
        <translation type="unfinished">No lo tengo claro</translation>
    </message>
    <message>
        <source>Who are they to you?</source>
        <extracomment>offender_relationship title</extracomment>
        <translation type="unfinished">¿Qué relación tienen con usted?</translation>
    </message>
    <message>
        <source>For example a neighbour, someone from work or school, or their name if you want to give it.</source>
        <extracomment>offender_relationship hint</extracomment>
        <translation type="unfinished">Por ejemplo, un vecino, alguien del trabajo o del colegio, o su nombre si quiere darlo.</translation>
    </message>
    <message>
        <source>Describe the people who did it</source>
        <extracomment>offenders title</extracomment>
        <translation type="unfinished">Describa a las personas que lo hicieron</translation>
    </message>
    <message>
        <source>Add each person you can remember. Describe them as they looked to you. Leave out anything you did not see.</source>
        <extracomment>offenders hint</extracomment>
        <translation type="unfinished">Añada a cada persona que recuerde. Descríbalas tal como usted las vio. No ponga nada que no haya visto.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <extracomment>offenders item_title</extracomment>
        <translation type="unfinished">Persona %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <extracomment>offenders add_label</extracomment>
        <translation type="unfinished">Añadir una persona</translation>
    </message>
    <message>
        <source>About how old were they?</source>
        <extracomment>offenders &gt; offender_age title</extracomment>
        <translation type="unfinished">¿Qué edad tenía, más o menos?</translation>
    </message>
    <message>
        <source>Under 18</source>
        <extracomment>offenders &gt; offender_age under_18 label; your_age under_18 label</extracomment>
        <translation type="unfinished">Menos de 18</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <extracomment>offenders &gt; offender_age 18_24 label; your_age 18_24 label</extracomment>
        <translation type="unfinished">De 18 a 24</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <extracomment>offenders &gt; offender_age 25_34 label; your_age 25_34 label</extracomment>
        <translation type="unfinished">De 25 a 34</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <extracomment>offenders &gt; offender_age 35_44 label; your_age 35_44 label</extracomment>
        <translation type="unfinished">De 35 a 44</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <extracomment>offenders &gt; offender_age 45_54 label; your_age 45_54 label</extracomment>
        <translation type="unfinished">De 45 a 54</translation>
    </message>
    <message>
        <source>55 to 64</source>
        <extracomment>offenders &gt; offender_age 55_64 label; your_age 55_64 label</extracomment>
        <translation type="unfinished">De 55 a 64</translation>
    </message>
    <message>
        <source>65 or over</source>
        <extracomment>offenders &gt; offender_age 65_plus label</extracomment>
        <translation type="unfinished">65 o más</translation>
    </message>
    <message>
        <source>What gender did they seem to be?</source>
        <extracomment>offenders &gt; offender_gender title</extracomment>
        <translation type="unfinished">¿Qué género parecía tener?</translation>
    </message>
    <message>
        <source>A man</source>
        <extracomment>offenders &gt; offender_gender man label</extracomment>
        <translation type="unfinished">Un hombre</translation>
    </message>
    <message>
        <source>A woman</source>
        <extracomment>offenders &gt; offender_gender woman label</extracomment>
        <translation type="unfinished">Una mujer</translation>
    </message>
    <message>
        <source>Another way</source>
        <extracomment>offenders &gt; offender_gender other label</extracomment>
        <translation type="unfinished">Otro</translation>
    </message>
    <message>
        <source>I could not tell</source>
        <extracomment>offenders &gt; offender_gender dont_know label</extracomment>
        <translation type="unfinished">No pude saberlo</translation>
    </message>
    <message>
        <source>What was their build?</source>
        <extracomment>offenders &gt; offender_build title</extracomment>
        <translation type="unfinished">¿Cómo era su complexión?</translation>
    </message>
    <message>
        <source>Slim</source>
        <extracomment>offenders &gt; offender_build slim label</extracomment>
        <translation type="unfinished">Delgada</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>offenders &gt; offender_build medium label</extracomment>
        <translation type="unfinished">Media</translation>
    </message>
    <message>
        <source>Large or heavy</source>
        <extracomment>offenders &gt; offender_build large label</extracomment>
        <translation type="unfinished">Grande o corpulenta</translation>
    </message>
    <message>
        <source>Muscular</source>
        <extracomment>offenders &gt; offender_build muscular label</extracomment>
        <translation type="unfinished">Musculosa</translation>
    </message>
    <message>
        <source>How tall were they?</source>
        <extracomment>offenders &gt; offender_height title</extracomment>
        <translation type="unfinished">¿Qué estatura tenía?</translation>
    </message>
    <message>
        <source>Shorter than most people</source>
        <extracomment>offenders &gt; offender_height short label</extracomment>
        <translation type="unfinished">Más baja que la mayoría de la gente</translation>
    </message>
    <message>
        <source>About average</source>
        <extracomment>offenders &gt; offender_height average label</extracomment>
        <translation type="unfinished">Estatura media</translation>
    </message>
    <message>
        <source>Taller than most people</source>
        <extracomment>offenders &gt; offender_height tall label</extracomment>
        <translation type="unfinished">Más alta que la mayoría de la gente</translation>
    </message>
    <message>
        <source>Their skin colour or ethnic appearance, as it looked to you</source>
        <extracomment>offenders &gt; offender_appearance title</extracomment>
        <translation type="unfinished">Su color de piel o su aspecto étnico, tal como usted lo vio</translation>
    </message>
    <message>
        <source>What they were wearing</source>
        <extracomment>offenders &gt; offender_clothing title</extracomment>
        <translation type="unfinished">Qué ropa llevaba</translation>
    </message>
    <message>
        <source>Their hair</source>
        <extracomment>offenders &gt; offender_hair title</extracomment>
        <translation type="unfinished">Su pelo</translation>
    </message>
    <message>
        <source>For example colour, length, style, or a beard.</source>
        <extracomment>offenders &gt; offender_hair hint</extracomment>
        <translation type="unfinished">Por ejemplo, el color, el largo, el peinado o la barba.</translation>
    </message>
    <message>
        <source>Their accent or the language they spoke</source>
        <extracomment>offenders &gt; offender_accent title</extracomment>
        <translation type="unfinished">Su acento o el idioma que hablaba</translation>
    </message>
    <message>
        <source>Anything else you noticed</source>
        <extracomment>offenders &gt; offender_marks title</extracomment>
        <translation type="unfinished">Cualquier otra cosa que notara</translation>
    </message>
    <message>
        <source>For example tattoos, scars, glasses or a way of walking.</source>
        <extracomment>offenders &gt; offender_marks hint</extracomment>
        <translation type="unfinished">Por ejemplo, tatuajes, cicatrices, gafas o una forma de andar.</translation>
    </message>
    <message>
        <source>Did they have a car, van or other vehicle?</source>
        <extracomment>vehicle title</extracomment>
        <translation type="unfinished">¿Tenían un coche, una furgoneta u otro vehículo?</translation>
    </message>
    <message>
        <source>Describe the vehicle</source>
        <extracomment>vehicles title</extracomment>
        <translation type="unfinished">Describa el vehículo</translation>
    </message>
    <message>
        <source>Tell us whatever you remember. Part of the number plate helps too.</source>
        <extracomment>vehicles hint</extracomment>
        <translation type="unfinished">Díganos todo lo que recuerde. Una parte de la matrícula también ayuda.</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <extracomment>vehicles item_title</extracomment>
        <translation type="unfinished">Vehículo %1</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <extracomment>vehicles add_label</extracomment>
        <translation type="unfinished">Añadir un vehículo</translation>
    </message>
    <message>
        <source>Make</source>
        <extracomment>vehicles &gt; vehicle_make title</extracomment>
        <translation type="unfinished">Marca</translation>
    </message>
    <message>
        <source>For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make hint</extracomment>
        <translation type="unfinished">Por ejemplo, Ford.</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>vehicles &gt; vehicle_model title</extracomment>
        <translation type="unfinished">Modelo</translation>
    </message>
    <message>
        <source>For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model hint</extracomment>
        <translation type="unfinished">Por ejemplo, Transit.</translation>
    </message>
    <message>
        <source>Colour</source>
        <extracomment>vehicles &gt; vehicle_colour title</extracomment>
        <translation type="unfinished">Color</translation>
    </message>
    <message>
        <source>Number plate, or part of it</source>
        <extracomment>vehicles &gt; vehicle_plate title</extracomment>
        <translation type="unfinished">Matrícula, o una parte</translation>
    </message>
    <message>
        <source>Did anyone else see it happen?</source>
        <extracomment>witnesses title; witnesses easy read 1</extracomment>
        <translation type="unfinished">¿Alguien más vio lo que pasó?</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it</source>
        <extracomment>witness_details title</extracomment>
        <translation type="unfinished">Háblenos de las personas que lo vieron</translation>
    </message>
    <message>
        <source>For example how many there were, or how to reach them if you know and they agree.</source>
        <extracomment>witness_details hint</extracomment>
        <translation type="unfinished">Por ejemplo, cuántas eran, o cómo contactar con ellas si lo sabe y están de acuerdo.</translation>
    </message>
    <message>
        <source>Could it have been filmed?</source>
        <extracomment>cctv title</extracomment>
        <translation type="unfinished">¿Es posible que quedara grabado?</translation>
    </message>
    <message>
        <source>For example by cameras on shops, buses or doorbells, or on someone&apos;s phone.</source>
        <extracomment>cctv hint</extracomment>
        <translation type="unfinished">Por ejemplo, en cámaras de tiendas, autobuses o timbres, o en el teléfono de alguien.</translation>
    </message>
    <message>
        <source>Your safety</source>
        <extracomment>happened_before section; how_often section; same_people section; getting_worse section; they_know_where_you_live section; you_know_where_they_live section; threatened_return section; injured section; medical_help section; safe_at_home section; others_at_risk section; barriers section</extracomment>
        <translation type="unfinished">Su seguridad</translation>
    </message>
    <message>
        <source>Has anything like this happened before?</source>
        <extracomment>happened_before title</extracomment>
        <translation type="unfinished">¿Ha pasado algo así antes?</translation>
    </message>
    <message>
        <source>To you, or to the person it happened to.</source>
        <extracomment>happened_before hint</extracomment>
        <translation type="unfinished">A usted, o a la persona a la que le pasó.</translation>
    </message>
    <message>
        <source>How often has it happened before?</source>
        <extracomment>how_often title</extracomment>
        <translation type="unfinished">¿Cuántas veces ha pasado antes?</translation>
    </message>
    <message>
        <source>Once before</source>
        <extracomment>how_often once label</extracomment>
        <translation type="unfinished">Una vez</translation>
    </message>
    <message>
        <source>A few times</source>
        <extracomment>how_often few_times label</extracomment>
        <translation type="unfinished">Unas pocas veces</translation>
    </message>
    <message>
        <source>Many times</source>
        <extracomment>how_often many_times label</extracomment>
        <translation type="unfinished">Muchas veces</translation>
    </message>
    <message>
        <source>It happens all the time</source>
        <extracomment>how_often all_the_time label</extracomment>
        <translation type="unfinished">Pasa todo el tiempo</translation>
    </message>
    <message>
        <source>Was it the same people as before?</source>
        <extracomment>same_people title; same_people easy read 1</extracomment>
        <translation type="unfinished">¿Fueron las mismas personas que antes?</translation>
    </message>
    <message>
        <source>Are things getting worse?</source>
        <extracomment>getting_worse title; getting_worse easy read 1</extracomment>
        <translation type="unfinished">¿Las cosas están empeorando?</translation>
    </message>
    <message>
        <source>Do the people who did it know where you live?</source>
        <extracomment>they_know_where_you_live title; they_know_where_you_live easy read 1</extracomment>
        <translation type="unfinished">¿Las personas que lo hicieron saben dónde vive usted?</translation>
    </message>
    <message>
        <source>Do you know where they live?</source>
        <extracomment>you_know_where_they_live title; you_know_where_they_live easy read 1</extracomment>
        <translation type="unfinished">¿Sabe usted dónde viven ellos?</translation>
    </message>
    <message>
        <source>Have they threatened to come back or to hurt you?</source>
        <extracomment>threatened_return title</extracomment>
        <translation type="unfinished">¿Han amenazado con volver o con hacerle daño?</translation>
    </message>
    <message>
        <source>Was anyone hurt?</source>
        <extracomment>injured title; injured easy read 1</extracomment>
        <translation type="unfinished">¿Resultó alguien herido?</translation>
    </message>
    <message>
        <source>Does anyone need medical help now?</source>
        <extracomment>medical_help title</extracomment>
        <translation type="unfinished">¿Alguien necesita ayuda médica ahora?</translation>
    </message>
    <message>
        <source>If someone is badly hurt, call 999 for an ambulance.</source>
        <extracomment>medical_help hint; medical_help easy read 2</extracomment>
        <translation type="unfinished">Si alguien está malherido, llame al 999 para pedir una ambulancia.</translation>
    </message>
    <message>
        <source>Do you feel safe at home now?</source>
        <extracomment>safe_at_home title; safe_at_home easy read 1</extracomment>
        <translation type="unfinished">¿Se siente a salvo en casa ahora?</translation>
    </message>
    <message>
        <source>Is anyone else at risk?</source>
        <extracomment>others_at_risk title</extracomment>
        <translation type="unfinished">¿Hay alguien más en riesgo?</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>others_at_risk children label</extracomment>
        <translation type="unfinished">Niños</translation>
    </message>
    <message>
        <source>My family or the people I live with</source>
        <extracomment>others_at_risk family label</extracomment>
        <translation type="unfinished">Mi familia o las personas con las que vivo</translation>
    </message>
    <message>
        <source>Other people in my community</source>
        <extracomment>others_at_risk community label</extracomment>
        <translation type="unfinished">Otras personas de mi comunidad</translation>
    </message>
    <message>
        <source>Someone else</source>
        <extracomment>others_at_risk other_people label</extracomment>
        <translation type="unfinished">Otra persona</translation>
    </message>
    <message>
        <source>No one else</source>
        <extracomment>others_at_risk none label</extracomment>
        <translation type="unfinished">Nadie más</translation>
    </message>
    <message>
        <source>Does anything make it harder for you to get help?</source>
        <extracomment>barriers title</extracomment>
        <translation type="unfinished">¿Hay algo que le haga más difícil conseguir ayuda?</translation>
    </message>
    <message>
        <source>Choose all that apply. This helps the organisation support you in the right way.</source>
        <extracomment>barriers hint</extracomment>
        <translation type="unfinished">Elija todas las que correspondan. Esto ayuda a la organización a apoyarle de la forma adecuada.</translation>
    </message>
    <message>
        <source>A disability or health condition</source>
        <extracomment>barriers disability label</extracomment>
        <translation type="unfinished">Una discapacidad o un problema de salud</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>barriers language label</extracomment>
        <translation type="unfinished">El idioma</translation>
    </message>
    <message>
        <source>Being on my own, or cut off from other people</source>
        <extracomment>barriers isolation label</extracomment>
        <translation type="unfinished">Estar en soledad, o sin contacto con otras personas</translation>
    </message>
    <message>
        <source>Worries about immigration status</source>
        <extracomment>barriers immigration label</extracomment>
        <translation type="unfinished">Preocupaciones por mi situación migratoria</translation>
    </message>
    <message>
        <source>Nothing</source>
        <extracomment>barriers none label</extracomment>
        <translation type="unfinished">Nada</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>support section; interpreter_language section; formats section</extracomment>
        <translation type="unfinished">Apoyo</translation>
    </message>
    <message>
        <source>What would help you?</source>
        <extracomment>support title</extracomment>
        <translation type="unfinished">¿Qué le ayudaría?</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <extracomment>support emotional label</extracomment>
        <translation type="unfinished">Alguien con quien hablar</translation>
    </message>
    <message>
        <source>Practical help</source>
        <extracomment>support practical label</extracomment>
        <translation type="unfinished">Ayuda práctica</translation>
    </message>
    <message>
        <source>For example with housing, repairs or security.</source>
        <extracomment>support practical hint</extracomment>
        <translation type="unfinished">Por ejemplo, con la vivienda, reparaciones o seguridad.</translation>
    </message>
    <message>
        <source>An interpreter</source>
        <extracomment>support interpreter label</extracomment>
        <translation type="unfinished">Un intérprete</translation>
    </message>
    <message>
        <source>Information in another format</source>
        <extracomment>support accessible_formats label</extracomment>
        <translation type="unfinished">Información en otro formato</translation>
    </message>
    <message>
        <source>Someone to speak up for me (an advocate)</source>
        <extracomment>support advocacy label</extracomment>
        <translation type="unfinished">Alguien que hable en mi nombre (un defensor)</translation>
    </message>
    <message>
        <source>None of these</source>
        <extracomment>support none label</extracomment>
        <translation type="unfinished">Ninguna de estas</translation>
    </message>
    <message>
        <source>Which language would you like an interpreter for?</source>
        <extracomment>interpreter_language title</extracomment>
        <translation type="unfinished">¿Para qué idioma quiere un intérprete?</translation>
    </message>
    <message>
        <source>Include British Sign Language if you need it.</source>
        <extracomment>interpreter_language hint</extracomment>
        <translation type="unfinished">Incluya la lengua de signos británica (BSL) si la necesita.</translation>
    </message>
    <message>
        <source>Which formats would help?</source>
        <extracomment>formats title</extracomment>
        <translation type="unfinished">¿Qué formatos le ayudarían?</translation>
    </message>
    <message>
        <source>Easy read</source>
        <extracomment>formats easy_read label</extracomment>
        <translation type="unfinished">Lectura fácil</translation>
    </message>
    <message>
        <source>Large print</source>
        <extracomment>formats large_print label</extracomment>
        <translation type="unfinished">Letra grande</translation>
    </message>
    <message>
        <source>British Sign Language (BSL) video</source>
        <extracomment>formats bsl label</extracomment>
        <translation type="unfinished">Vídeo en lengua de signos británica (BSL)</translation>
    </message>
    <message>
        <source>Audio</source>
        <extracomment>formats audio label</extracomment>
        <translation type="unfinished">Audio</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <extracomment>your_age title</extracomment>
        <translation type="unfinished">¿Cuántos años tiene?</translation>
    </message>
    <message>
        <source>This helps organisations see who is affected. You do not have to say.</source>
        <extracomment>your_age hint</extracomment>
        <translation type="unfinished">Esto ayuda a las organizaciones a ver a quién afecta. No tiene por qué decirlo.</translation>
    </message>
    <message>
        <source>65 to 74</source>
        <extracomment>your_age 65_74 label</extracomment>
        <translation type="unfinished">De 65 a 74</translation>
    </message>
    <message>
        <source>75 or over</source>
        <extracomment>your_age 75_plus label</extracomment>
        <translation type="unfinished">75 o más</translation>
    </message>
    <message>
        <source>How do you describe yourself?</source>
        <extracomment>describe_yourself title</extracomment>
        <translation type="unfinished">¿Cómo se describiría?</translation>
    </message>
    <message>
        <source>For example your gender, ethnicity, faith, or anything else you want the organisation to know. You can leave this empty.</source>
        <extracomment>describe_yourself hint</extracomment>
        <translation type="unfinished">Por ejemplo, su género, origen étnico, religión o cualquier otra cosa que quiera que sepa la organización. Puede dejarlo en blanco.</translation>
    </message>
    <message>
        <source>Choose one of the answers</source>
        <translation type="unfinished">Elija una de las respuestas</translation>
    </message>
    <message>
        <source>Enter the time like 18:30 or 6:30pm, or leave it empty</source>
        <translation type="unfinished">Escriba la hora, por ejemplo 18:30, o déjelo en blanco</translation>
    </message>
    <message>
        <source>The end date must be after the start date</source>
        <translation type="unfinished">La fecha de fin debe ser posterior a la fecha de inicio</translation>
    </message>
    <message>
        <source>Your answer must be %1 characters or fewer. It has %2 too many.</source>
        <translation type="unfinished">Su respuesta debe tener %1 caracteres o menos. Tiene %2 de más.</translation>
    </message>
    <message>
        <source>Choose from the answers shown</source>
        <translation type="unfinished">Elija entre las respuestas que se muestran</translation>
    </message>
    <message>
        <source>Choose “%1” on its own, or the other answers, not both</source>
        <translation type="unfinished">Elija solo «%1» o las otras respuestas, no ambas cosas</translation>
    </message>
    <message>
        <source>The description of the place must be %1 characters or fewer</source>
        <translation type="unfinished">La descripción del lugar debe tener %1 caracteres o menos</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Sí</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation type="unfinished">Sé la fecha</translation>
    </message>
    <message>
        <source>I know roughly when (an estimate)</source>
        <translation type="unfinished">Sé más o menos cuándo (una estimación)</translation>
    </message>
    <message>
        <source>It was between two dates</source>
        <translation type="unfinished">Fue entre dos fechas</translation>
    </message>
    <message>
        <source>It keeps happening</source>
        <translation type="unfinished">Sigue pasando</translation>
    </message>
    <message>
        <source>Enter only the first part of the postcode, like E1, not the full postcode</source>
        <translation type="unfinished">Escriba solo la primera parte del código postal, por ejemplo E1, no el código completo</translation>
    </message>
    <message>
        <source>The area must be 60 characters or fewer</source>
        <translation type="unfinished">La zona debe tener 60 caracteres o menos</translation>
    </message>
    <message>
        <source>Enter the first part of a postcode, like E1, or the name of a town, like Leeds</source>
        <translation type="unfinished">Escriba la primera parte de un código postal, por ejemplo E1, o el nombre de una ciudad, por ejemplo Leeds</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished">Zona: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished">%1 a las %2</translation>
    </message>
    <message>
        <source>About %1 (an estimate)</source>
        <translation type="unfinished">Hacia %1 (una estimación)</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation type="unfinished">Entre %1 y %2</translation>
    </message>
    <message>
        <source>It keeps happening, since %1</source>
        <translation type="unfinished">Sigue pasando, desde %1</translation>
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
        <translation type="unfinished">¿Está en peligro ahora mismo?</translation>
    </message>
    <message>
        <source>If you are, we will show you who to call for help.</source>
        <extracomment>in_danger easy read 2</extracomment>
        <translation type="unfinished">Si lo está, le mostraremos a quién llamar para pedir ayuda.</translation>
    </message>
    <message>
        <source>You can come back to this report afterwards.</source>
        <extracomment>in_danger easy read 3</extracomment>
        <translation type="unfinished">Después puede volver a esta denuncia.</translation>
    </message>
    <message>
        <source>Tell us who this happened to.</source>
        <extracomment>role easy read 1</extracomment>
        <translation type="unfinished">Díganos a quién le pasó esto.</translation>
    </message>
    <message>
        <source>It can be you, or someone else.</source>
        <extracomment>role easy read 2</extracomment>
        <translation type="unfinished">Puede ser usted u otra persona.</translation>
    </message>
    <message>
        <source>Tell us what happened, in your own words.</source>
        <extracomment>narrative easy read 1</extracomment>
        <translation type="unfinished">Cuéntenos qué pasó, con sus propias palabras.</translation>
    </message>
    <message>
        <source>Take your time. Write as much as you remember.</source>
        <extracomment>narrative easy read 2</extracomment>
        <translation type="unfinished">Tómese su tiempo. Escriba todo lo que recuerde.</translation>
    </message>
    <message>
        <source>What did they do? Choose every answer that is true.</source>
        <extracomment>incident_types easy read 1</extracomment>
        <translation type="unfinished">¿Qué hicieron? Elija todas las respuestas que sean ciertas.</translation>
    </message>
    <message>
        <source>Why do you think they picked on you, or on them?</source>
        <extracomment>targeted easy read 1</extracomment>
        <translation type="unfinished">¿Por qué cree que se metieron con usted, o con esa persona?</translation>
    </message>
    <message>
        <source>Choose every answer that is true. What you think is enough.</source>
        <extracomment>targeted easy read 2</extracomment>
        <translation type="unfinished">Elija todas las respuestas que sean ciertas. Basta con lo que usted crea.</translation>
    </message>
    <message>
        <source>Tell us what else about them you think they picked on.</source>
        <extracomment>targeted_other easy read 1</extracomment>
        <translation type="unfinished">Díganos por qué otra cosa de esa persona cree que se metieron con ella.</translation>
    </message>
    <message>
        <source>Did it happen on a phone, a computer or the internet?</source>
        <extracomment>online easy read 1</extracomment>
        <translation type="unfinished">¿Pasó en un teléfono, un ordenador o en internet?</translation>
    </message>
    <message>
        <source>For example in messages, on social media or in a phone call.</source>
        <extracomment>online easy read 2</extracomment>
        <translation type="unfinished">Por ejemplo, en mensajes, en redes sociales o en una llamada.</translation>
    </message>
    <message>
        <source>Which app or website was it on? For example Facebook or WhatsApp.</source>
        <extracomment>online_platform easy read 1</extracomment>
        <translation type="unfinished">¿En qué aplicación o página web fue? Por ejemplo, Facebook o WhatsApp.</translation>
    </message>
    <message>
        <source>Copy the web address of the post or the account, if you can.</source>
        <extracomment>online_link easy read 1</extracomment>
        <translation type="unfinished">Copie la dirección web de la publicación o de la cuenta, si puede.</translation>
    </message>
    <message>
        <source>Tell us what they wrote or said. Copy their words if you can.</source>
        <extracomment>online_content easy read 1</extracomment>
        <translation type="unfinished">Díganos qué escribieron o dijeron. Copie sus palabras si puede.</translation>
    </message>
    <message>
        <source>Can people still see it on the internet?</source>
        <extracomment>online_still_visible easy read 1</extracomment>
        <translation type="unfinished">¿La gente todavía puede verlo en internet?</translation>
    </message>
    <message>
        <source>When did it happen? If you are not sure, give your best guess.</source>
        <extracomment>when easy read 1</extracomment>
        <translation type="unfinished">¿Cuándo pasó? Si no lo sabe seguro, diga una fecha aproximada.</translation>
    </message>
    <message>
        <source>We do not look at where you are. Tell us only what you want to.</source>
        <extracomment>where easy read 2</extracomment>
        <translation type="unfinished">No miramos dónde está usted. Díganos solo lo que quiera.</translation>
    </message>
    <message>
        <source>Do you know the people who did it?</source>
        <extracomment>offender_known easy read 1</extracomment>
        <translation type="unfinished">¿Conoce a las personas que lo hicieron?</translation>
    </message>
    <message>
        <source>Who are they to you? For example a neighbour or someone from work.</source>
        <extracomment>offender_relationship easy read 1</extracomment>
        <translation type="unfinished">¿Qué relación tienen con usted? Por ejemplo, un vecino o alguien del trabajo.</translation>
    </message>
    <message>
        <source>Tell us what each person looked like.</source>
        <extracomment>offenders easy read 1</extracomment>
        <translation type="unfinished">Díganos cómo era cada persona.</translation>
    </message>
    <message>
        <source>Only tell us what you saw. You can leave things out.</source>
        <extracomment>offenders easy read 2</extracomment>
        <translation type="unfinished">Díganos solo lo que vio. Puede dejar cosas en blanco.</translation>
    </message>
    <message>
        <source>About how old did they look?</source>
        <extracomment>offenders &gt; offender_age easy read 1</extracomment>
        <translation type="unfinished">¿Qué edad parecía tener, más o menos?</translation>
    </message>
    <message>
        <source>What gender did they seem to be, to you?</source>
        <extracomment>offenders &gt; offender_gender easy read 1</extracomment>
        <translation type="unfinished">¿Qué género le pareció que tenía?</translation>
    </message>
    <message>
        <source>What was their body shape, as it looked to you?</source>
        <extracomment>offenders &gt; offender_build easy read 1</extracomment>
        <translation type="unfinished">¿Cómo era su cuerpo, tal como usted lo vio?</translation>
    </message>
    <message>
        <source>How tall were they, as it looked to you?</source>
        <extracomment>offenders &gt; offender_height easy read 1</extracomment>
        <translation type="unfinished">¿Qué estatura tenía, tal como usted lo vio?</translation>
    </message>
    <message>
        <source>What skin colour or ethnic look did they have, as it looked to you?</source>
        <extracomment>offenders &gt; offender_appearance easy read 1</extracomment>
        <translation type="unfinished">¿Qué color de piel o aspecto étnico tenía, tal como usted lo vio?</translation>
    </message>
    <message>
        <source>What clothes were they wearing?</source>
        <extracomment>offenders &gt; offender_clothing easy read 1</extracomment>
        <translation type="unfinished">¿Qué ropa llevaba?</translation>
    </message>
    <message>
        <source>What was their hair like? For example the colour, or a beard.</source>
        <extracomment>offenders &gt; offender_hair easy read 1</extracomment>
        <translation type="unfinished">¿Cómo era su pelo? Por ejemplo, el color o si tenía barba.</translation>
    </message>
    <message>
        <source>How did they speak? Tell us their accent or language.</source>
        <extracomment>offenders &gt; offender_accent easy read 1</extracomment>
        <translation type="unfinished">¿Cómo hablaba? Díganos su acento o su idioma.</translation>
    </message>
    <message>
        <source>Did you notice anything else? For example tattoos, scars or glasses.</source>
        <extracomment>offenders &gt; offender_marks easy read 1</extracomment>
        <translation type="unfinished">¿Notó algo más? Por ejemplo, tatuajes, cicatrices o gafas.</translation>
    </message>
    <message>
        <source>Did they have a car, a van or another vehicle?</source>
        <extracomment>vehicle easy read 1</extracomment>
        <translation type="unfinished">¿Tenían un coche, una furgoneta u otro vehículo?</translation>
    </message>
    <message>
        <source>Tell us what you remember about the vehicle.</source>
        <extracomment>vehicles easy read 1</extracomment>
        <translation type="unfinished">Díganos lo que recuerde del vehículo.</translation>
    </message>
    <message>
        <source>Part of the number plate helps too.</source>
        <extracomment>vehicles easy read 2</extracomment>
        <translation type="unfinished">Una parte de la matrícula también ayuda.</translation>
    </message>
    <message>
        <source>Who made the vehicle? For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make easy read 1</extracomment>
        <translation type="unfinished">¿De qué marca era el vehículo? Por ejemplo, Ford.</translation>
    </message>
    <message>
        <source>What model was it? For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model easy read 1</extracomment>
        <translation type="unfinished">¿Qué modelo era? Por ejemplo, Transit.</translation>
    </message>
    <message>
        <source>What colour was the vehicle?</source>
        <extracomment>vehicles &gt; vehicle_colour easy read 1</extracomment>
        <translation type="unfinished">¿De qué color era el vehículo?</translation>
    </message>
    <message>
        <source>What was the number plate? Part of it helps too.</source>
        <extracomment>vehicles &gt; vehicle_plate easy read 1</extracomment>
        <translation type="unfinished">¿Cuál era la matrícula? Una parte también ayuda.</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it.</source>
        <extracomment>witness_details easy read 1</extracomment>
        <translation type="unfinished">Háblenos de las personas que lo vieron.</translation>
    </message>
    <message>
        <source>Tell us how to reach them, but only if they agree.</source>
        <extracomment>witness_details easy read 2</extracomment>
        <translation type="unfinished">Díganos cómo contactar con ellas, pero solo si están de acuerdo.</translation>
    </message>
    <message>
        <source>Could a camera have filmed it? For example on a shop, bus or phone.</source>
        <extracomment>cctv easy read 1</extracomment>
        <translation type="unfinished">¿Pudo grabarlo una cámara? Por ejemplo, en una tienda, un autobús o un teléfono.</translation>
    </message>
    <message>
        <source>Has something like this happened before?</source>
        <extracomment>happened_before easy read 1</extracomment>
        <translation type="unfinished">¿Ha pasado algo así antes?</translation>
    </message>
    <message>
        <source>How many times has it happened before?</source>
        <extracomment>how_often easy read 1</extracomment>
        <translation type="unfinished">¿Cuántas veces ha pasado antes?</translation>
    </message>
    <message>
        <source>Did they say they will come back, or hurt you?</source>
        <extracomment>threatened_return easy read 1</extracomment>
        <translation type="unfinished">¿Dijeron que volverán o que le harán daño?</translation>
    </message>
    <message>
        <source>Does anyone need a doctor or a nurse now?</source>
        <extracomment>medical_help easy read 1</extracomment>
        <translation type="unfinished">¿Alguien necesita un médico o una enfermera ahora?</translation>
    </message>
    <message>
        <source>Could anyone else be hurt or in danger?</source>
        <extracomment>others_at_risk easy read 1</extracomment>
        <translation type="unfinished">¿Podría alguien más sufrir daño o estar en peligro?</translation>
    </message>
    <message>
        <source>Choose every answer that is true.</source>
        <extracomment>others_at_risk easy read 2</extracomment>
        <translation type="unfinished">Elija todas las respuestas que sean ciertas.</translation>
    </message>
    <message>
        <source>Is anything making it hard for you to get help?</source>
        <extracomment>barriers easy read 1</extracomment>
        <translation type="unfinished">¿Hay algo que le haga difícil conseguir ayuda?</translation>
    </message>
    <message>
        <source>This helps them help you in the right way.</source>
        <extracomment>barriers easy read 2</extracomment>
        <translation type="unfinished">Así podrán ayudarle de la forma adecuada.</translation>
    </message>
    <message>
        <source>What help would you like? Choose every answer you want.</source>
        <extracomment>support easy read 1</extracomment>
        <translation type="unfinished">¿Qué ayuda le gustaría? Elija todas las respuestas que quiera.</translation>
    </message>
    <message>
        <source>Which language do you want an interpreter for? It can be sign language.</source>
        <extracomment>interpreter_language easy read 1</extracomment>
        <translation type="unfinished">¿Para qué idioma quiere un intérprete? Puede ser lengua de signos.</translation>
    </message>
    <message>
        <source>How would you like information? For example easy read or large print.</source>
        <extracomment>formats easy read 1</extracomment>
        <translation type="unfinished">¿Cómo quiere recibir la información? Por ejemplo, en lectura fácil o en letra grande.</translation>
    </message>
    <message>
        <source>How old are you? You do not have to say.</source>
        <extracomment>your_age easy read 1</extracomment>
        <translation type="unfinished">¿Cuántos años tiene? No tiene por qué decirlo.</translation>
    </message>
    <message>
        <source>Tell us about yourself, if you want to. You can leave this empty.</source>
        <extracomment>describe_yourself easy read 1</extracomment>
        <translation type="unfinished">Háblenos de usted, si quiere. Puede dejarlo en blanco.</translation>
    </message>
    <message>
        <source>More about what happened</source>
        <extracomment>incident_types section</extracomment>
        <translation type="unfinished">Más sobre lo que pasó</translation>
    </message>
    <message>
        <source>Copy it here if you can, word for word. Keep any screenshots on your phone and say here that you have them: the organisation can ask you for them later.</source>
        <extracomment>online_content hint</extracomment>
        <translation type="unfinished">Si puede, cópielo aquí palabra por palabra. Guarde las capturas de pantalla en su teléfono y diga aquí que las tiene: la organización se las puede pedir más tarde.</translation>
    </message>
    <message>
        <source>Only the organisations you choose to send this report to will see this answer (the police too, if you choose them). Support organisations do not pass it to immigration enforcement without your agreement.</source>
        <extracomment>barriers immigration hint</extracomment>
        <translation type="unfinished">Solo las organizaciones a las que elija enviar esta denuncia verán esta respuesta (también la policía, si la elige). Las organizaciones de apoyo no se la pasan a las autoridades de control de inmigración sin su consentimiento.</translation>
    </message>
    <message>
        <source>Only the organisations you choose will see your answer.</source>
        <extracomment>barriers easy read 3</extracomment>
        <translation type="unfinished">Solo las organizaciones que elija verán su respuesta.</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished">Dejar de leer</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation type="unfinished">Leer esta página en voz alta</translation>
    </message>
    <message>
        <source>Read aloud is not available in %1 on this device. A volunteer or a friend can read the questions to you.</source>
        <translation type="unfinished">La lectura en voz alta no está disponible en %1 en este dispositivo. Un voluntario o un amigo puede leerle las preguntas.</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who should we send your report to?</source>
        <translation type="unfinished">¿A quién quiere que enviemos su denuncia?</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">La policía</translation>
    </message>
    <message>
        <source>The police force for the area where it happened.</source>
        <translation type="unfinished">El cuerpo de policía de la zona donde pasó.</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">Una organización de apoyo</translation>
    </message>
    <message>
        <source>A third-party reporting centre. It can support you, and can pass your report to the police if you want.</source>
        <translation type="unfinished">Un centro de denuncias independiente de la policía. Puede apoyarle y, si usted quiere, pasar su denuncia a la policía.</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">La policía y una organización de apoyo</translation>
    </message>
    <message>
        <source>Each gets its own copy.</source>
        <translation type="unfinished">Cada una recibe su propia copia.</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">Solo registrarla: no quiero que se tome ninguna medida</translation>
    </message>
    <message>
        <source>A support organisation records it so that hate crime is counted. We ask them not to take any action.</source>
        <translation type="unfinished">Una organización de apoyo la registra para que el delito de odio quede contabilizado. Les pedimos que no tomen ninguna medida.</translation>
    </message>
    <message>
        <source>Your report is locked so that only the organisations you choose can read it. Each one can see which others you chose.</source>
        <translation type="unfinished">Su denuncia está protegida para que solo puedan leerla las organizaciones que usted elija. Cada una puede ver qué otras organizaciones ha elegido usted.</translation>
    </message>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers on the first page.</source>
        <translation type="unfinished">Harbour no encuentra en este dispositivo una lista actualizada de organizaciones, así que no puede enviar su denuncia. Use uno de los números de teléfono de la primera página.</translation>
    </message>
    <message>
        <source>This device sends every report to: %1</source>
        <translation type="unfinished">Este dispositivo envía todas las denuncias a: %1</translation>
    </message>
    <message>
        <source>Choose the police force</source>
        <translation type="unfinished">Elija el cuerpo de policía</translation>
    </message>
    <message>
        <source>Choose the police force and a support organisation</source>
        <translation type="unfinished">Elija el cuerpo de policía y una organización de apoyo</translation>
    </message>
    <message>
        <source>Choose a support organisation</source>
        <translation type="unfinished">Elija una organización de apoyo</translation>
    </message>
    <message>
        <source>These cover %1, where you said it happened.</source>
        <translation type="unfinished">Estas cubren %1, donde usted dijo que pasó.</translation>
    </message>
    <message>
        <source>You did not say where it happened, so organisations for every area are shown.</source>
        <translation type="unfinished">No dijo dónde pasó, así que se muestran organizaciones de todas las zonas.</translation>
    </message>
    <message>
        <source>%1. %2. Reports about: %3. Languages: %4.</source>
        <translation type="unfinished">%1. %2. Denuncias sobre: %3. Idiomas: %4.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Continuar</translation>
    </message>
    <message>
        <source>What would you like to happen?</source>
        <translation type="unfinished">¿Qué le gustaría que pasara?</translation>
    </message>
    <message>
        <source>Choose who gets your report.</source>
        <translation type="unfinished">Elija quién recibe su denuncia.</translation>
    </message>
    <message>
        <source>Only the ones you choose can read it.</source>
        <translation type="unfinished">Solo quienes usted elija pueden leerla.</translation>
    </message>
    <message>
        <source>A support group can help you. The police can look into what happened.</source>
        <translation type="unfinished">Un grupo de apoyo puede ayudarle. La policía puede investigar lo que pasó.</translation>
    </message>
</context>
<context>
    <name>SendTimeChoice</name>
    <message>
        <source>Send it now</source>
        <translation type="unfinished">Enviarla ahora</translation>
    </message>
    <message>
        <source>Send it at a random time in the next day</source>
        <translation type="unfinished">Enviarla a una hora al azar durante el próximo día</translation>
    </message>
    <message>
        <source>Send it at a random time in the next 3 days</source>
        <translation type="unfinished">Enviarla a una hora al azar durante los próximos 3 días</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation type="unfinished">Cuándo enviarla</translation>
    </message>
    <message>
        <source>The organisation sees when your report arrives. If you do not want that time to match where you were, Harbour can send it later, at a time nobody can guess.</source>
        <translation type="unfinished">La organización ve cuándo llega tu denuncia. Si no quieres que esa hora coincida con el lugar donde estabas, Harbour puede enviarla más tarde, a una hora que nadie puede adivinar.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>How Harbour looks and sounds</source>
        <translation type="unfinished">Cómo se ve y se oye Harbour</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation type="unfinished">Si necesita ayuda ahora</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">Si está en peligro ahora, llame al 999. Las personas sordas pueden usar 999 BSL o enviar un SMS al 999 si se han registrado. Si no es una emergencia, llame al 101.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff: helping someone make a report</source>
        <translation type="unfinished">Personal: ayudar a alguien a hacer una denuncia</translation>
    </message>
    <message>
        <source>If you are a volunteer helping someone to report, enter the volunteer code. The report will say that someone helped. It never says who.</source>
        <translation type="unfinished">Si es voluntario y ayuda a alguien a denunciar, escriba el código de voluntario. La denuncia dirá que alguien ayudó. Nunca dice quién.</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">Código de voluntario</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished">Comprobando el código…</translation>
    </message>
    <message>
        <source>Start assisted mode</source>
        <translation type="unfinished">Iniciar el modo asistido</translation>
    </message>
    <message>
        <source>Assisted mode is on. The report will say that a volunteer helped. It never says who.</source>
        <translation type="unfinished">El modo asistido está activado. La denuncia dirá que ayudó un voluntario. Nunca dice quién.</translation>
    </message>
    <message>
        <source>Turn off the time limit for this session</source>
        <translation type="unfinished">Quitar el límite de tiempo en esta sesión</translation>
    </message>
    <message>
        <source>The report is not cleared when nobody touches the screen for a while. Press Exit when you have finished.</source>
        <translation type="unfinished">La denuncia no se borra cuando nadie toca la pantalla durante un rato. Pulse Salir cuando termine.</translation>
    </message>
    <message>
        <source>Start the report</source>
        <translation type="unfinished">Empezar la denuncia</translation>
    </message>
    <message>
        <source>For the organisation</source>
        <translation type="unfinished">Para la organización</translation>
    </message>
    <message>
        <source>Kiosk settings (admin passphrase)</source>
        <translation type="unfinished">Ajustes del quiosco (frase de acceso de administración)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Report a hate crime</source>
        <translation type="unfinished">Denunciar un delito de odio</translation>
    </message>
    <message>
        <source>Report a hate crime or hate incident</source>
        <translation type="unfinished">Denunciar un delito de odio o un incidente de odio</translation>
    </message>
    <message>
        <source>Use this to tell an organisation about something that happened to you or someone else because of who they are.</source>
        <translation type="unfinished">Use esto para contarle a una organización algo que le pasó a usted o a otra persona por ser quien es.</translation>
    </message>
    <message>
        <source>It takes about 10 minutes. You do not have to give your name. Only %1 can read what you send.</source>
        <translation type="unfinished">Tarda unos 10 minutos. No tiene que dar su nombre. Nadie más que %1 podrá leer lo que envíe.</translation>
    </message>
    <message>
        <source>You can press Exit at any time. It clears everything you have typed.</source>
        <translation type="unfinished">Puede pulsar Salir en cualquier momento. Así se borra todo lo que haya escrito.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished">Empezar ahora</translation>
    </message>
    <message>
        <source>If you are in danger now, or would rather phone:</source>
        <translation type="unfinished">Si está en peligro ahora, o prefiere llamar por teléfono:</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">Si está en peligro ahora, llame al 999. Las personas sordas pueden usar 999 BSL o enviar un SMS al 999 si se han registrado. Si no es una emergencia, llame al 101.</translation>
    </message>
    <message>
        <source>Assisted mode is on: the report will say that a volunteer helped, never who.</source>
        <translation type="unfinished">El modo asistido está activado: la denuncia dirá que ayudó un voluntario, nunca quién.</translation>
    </message>
    <message>
        <source>Staff: I am helping someone</source>
        <translation type="unfinished">Personal: estoy ayudando a alguien</translation>
    </message>
    <message>
        <source>Tell us when someone was hurt or scared because of who they are.</source>
        <translation type="unfinished">Cuéntenos si alguien sufrió daño o pasó miedo por ser quien es.</translation>
    </message>
    <message>
        <source>It takes about 10 minutes.</source>
        <translation type="unfinished">Tarda unos 10 minutos.</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">No tiene que dar su nombre.</translation>
    </message>
    <message>
        <source>Only %1 can read what you send.</source>
        <translation type="unfinished">Lo que envíe es solo para %1.</translation>
    </message>
    <message>
        <source>Press Exit at any time. It clears everything you typed.</source>
        <translation type="unfinished">Pulse Salir en cualquier momento. Así se borra todo lo que escribió.</translation>
    </message>
    <message>
        <source>I have a follow-up code</source>
        <translation type="unfinished">Tengo un código de seguimiento</translation>
    </message>
    <message>
        <source>I have a follow-up code: read replies to my report</source>
        <translation type="unfinished">Tengo un código de seguimiento: leer respuestas a mi denuncia</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <source>Send now, or tell us more</source>
        <translation type="unfinished">Envíela ahora o cuéntenos más</translation>
    </message>
    <message>
        <source>You have told us enough to send your report. You can send it now.</source>
        <translation type="unfinished">Ya nos ha contado lo suficiente para enviar su denuncia. Puede enviarla ahora.</translation>
    </message>
    <message>
        <source>You can send your report now.</source>
        <translation type="unfinished">Puede enviar su denuncia ahora.</translation>
    </message>
    <message>
        <source>Or you can tell us more. You choose which parts.</source>
        <translation type="unfinished">O puede contarnos más. Usted elige qué partes.</translation>
    </message>
    <message>
        <source>Every part is up to you. You can skip them all.</source>
        <translation type="unfinished">Cada parte es decisión suya. Puede saltárselas todas.</translation>
    </message>
    <message>
        <source>Check and send your report</source>
        <translation type="unfinished">Revise y envíe su denuncia</translation>
    </message>
    <message>
        <source>Tell us more (optional)</source>
        <translation type="unfinished">Cuéntenos más (opcional)</translation>
    </message>
    <message>
        <source>You asked only for it to be recorded, so you do not need to answer any of these. Open a part only if you want to.</source>
        <translation type="unfinished">Usted pidió que solo quede registrada, así que no necesita responder a ninguna de estas partes. Abra una parte solo si quiere.</translation>
    </message>
    <message>
        <source>More details can help them act, for example to find who did it or to keep you safe. Open any part you want and skip the rest.</source>
        <translation type="unfinished">Más detalles pueden ayudarles a actuar, por ejemplo, a encontrar a quien lo hizo o a protegerle. Abra las partes que quiera y sáltese el resto.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished">Sin empezar</translation>
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
        <translation type="unfinished">¿Necesita más tiempo?</translation>
    </message>
    <message numerus="yes">
        <source>To keep your report private, we will clear it in %n second(s) if you do nothing.</source>
        <translation type="unfinished">
            <numerusform>Para mantener su denuncia en privado, la borraremos dentro de %n segundo si no hace nada.</numerusform>
            <numerusform>Para mantener su denuncia en privado, la borraremos dentro de %n segundos si no hace nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished">Necesito más tiempo</translation>
    </message>
    <message>
        <source>Clear my report now</source>
        <translation type="unfinished">Borrar mi denuncia ahora</translation>
    </message>
</context>
<context>
    <name>TorChoice</name>
    <message>
        <source>How to send</source>
        <translation type="unfinished">Cómo enviarla</translation>
    </message>
    <message>
        <source>When your report arrives, the organisation can see the internet address of this device. It can show who gives you your internet connection and roughly where you are.</source>
        <translation type="unfinished">Cuando llega tu denuncia, la organización puede ver la dirección de internet de este dispositivo. Puede mostrar quién te da la conexión a internet y, más o menos, dónde estás.</translation>
    </message>
    <message>
        <source>Tor hides it. Your report passes through three other computers first, so the organisation does not see your address and your internet provider does not see where the report goes. Tor must be running on this device, for example the Orbot app on Android.</source>
        <translation type="unfinished">Tor la oculta. Tu denuncia pasa primero por otros tres ordenadores, así que la organización no ve tu dirección y tu proveedor de internet no ve adónde va la denuncia. Tor tiene que estar funcionando en este dispositivo, por ejemplo la aplicación Orbot en Android.</translation>
    </message>
    <message>
        <source>Send it directly</source>
        <translation type="unfinished">Enviarla directamente</translation>
    </message>
    <message>
        <source>Send it through Tor</source>
        <translation type="unfinished">Enviarla a través de Tor</translation>
    </message>
    <message>
        <source>If Tor is not running, your report waits on this device until it is. It is never sent another way. Your internet provider can see that you use Tor, but not what you send.</source>
        <translation type="unfinished">Si Tor no está funcionando, tu denuncia espera en este dispositivo hasta que lo esté. Nunca se envía de otra forma. Tu proveedor de internet puede ver que usas Tor, pero no lo que envías.</translation>
    </message>
</context>
<context>
    <name>harbour::kiosk::KioskControls</name>
    <message>
        <source>That volunteer code is not right. Check it and try again.</source>
        <translation type="unfinished">Ese código de voluntario no es correcto. Revíselo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Check it and try again.</source>
        <translation type="unfinished">Esa frase de acceso de administración no es correcta. Revísela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That volunteer code is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">Ese código de voluntario no es correcto. Demasiados intentos fallidos: puede volver a intentarlo dentro de %1.</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">Esa frase de acceso de administración no es correcta. Demasiados intentos fallidos: puede volver a intentarlo dentro de %1.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Nothing was checked. You can try again in %1.</source>
        <translation type="unfinished">Demasiados intentos fallidos. No se ha comprobado nada. Puede volver a intentarlo dentro de %1.</translation>
    </message>
    <message>
        <source>This kiosk has no volunteer code. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">Este quiosco no tiene código de voluntario. La organización puede configurar uno con harbour-kiosk-setup.</translation>
    </message>
    <message>
        <source>This kiosk has no admin passphrase. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">Este quiosco no tiene frase de acceso de administración. La organización puede configurar una con harbour-kiosk-setup.</translation>
    </message>
    <message>
        <source>This kiosk cannot record tries, so nothing was checked. Ask the organisation to look at this kiosk.</source>
        <translation type="unfinished">Este quiosco no puede registrar los intentos, así que no se ha comprobado nada. Pida a la organización que revise este quiosco.</translation>
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
        <translation type="unfinished">Raza u origen étnico</translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation type="unfinished">Religión o creencias</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation type="unfinished">Orientación sexual</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished">Discapacidad</translation>
    </message>
    <message>
        <source>Transgender identity</source>
        <translation type="unfinished">Identidad transgénero</translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation type="unfinished">Cubre: %1</translation>
    </message>
    <message>
        <source>Covers all areas</source>
        <translation type="unfinished">Cubre todas las zonas</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">Policía</translation>
    </message>
    <message>
        <source>Support organisation</source>
        <translation type="unfinished">Organización de apoyo</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <translation type="unfinished">Subcultura alternativa</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <translation type="unfinished">Sexo o género</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Edad</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Otro</translation>
    </message>
    <message>
        <source>all kinds of hate crime</source>
        <translation type="unfinished">todo tipo de delitos de odio</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other language(s)</source>
        <translation type="unfinished">
            <numerusform>%1 y %n idioma más</numerusform>
            <numerusform>%1 y %n idiomas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished">Enviar un correo electrónico a %1</translation>
    </message>
</context>
<context>
    <name>harbour::routing::Routing</name>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers below.</source>
        <translation type="unfinished">Harbour no encuentra en este dispositivo una lista actualizada de organizaciones, así que no puede enviar su denuncia. Use uno de los números de teléfono de abajo.</translation>
    </message>
    <message>
        <source>Select who should receive your report</source>
        <translation type="unfinished">Elija quién debe recibir su denuncia</translation>
    </message>
    <message>
        <source>Select a police force</source>
        <translation type="unfinished">Elija un cuerpo de policía</translation>
    </message>
    <message>
        <source>Select a support organisation</source>
        <translation type="unfinished">Elija una organización de apoyo</translation>
    </message>
    <message>
        <source>Select whether we can contact you</source>
        <translation type="unfinished">Indique si podemos ponernos en contacto con usted</translation>
    </message>
    <message>
        <source>Select who may contact you</source>
        <translation type="unfinished">Elija quién puede ponerse en contacto con usted</translation>
    </message>
    <message>
        <source>Select how we can contact you: by phone, by email, or both</source>
        <translation type="unfinished">Elija cómo podemos ponernos en contacto con usted: por teléfono, por correo electrónico o de las dos formas</translation>
    </message>
    <message>
        <source>Enter a phone number, like 07700 900 982</source>
        <translation type="unfinished">Escriba un número de teléfono, como 07700 900 982</translation>
    </message>
    <message>
        <source>Enter an email address in the correct format, like name@example.com</source>
        <translation type="unfinished">Escriba una dirección de correo electrónico con el formato correcto, como name@example.com</translation>
    </message>
    <message>
        <source>To be contacted through a support organisation, let a support organisation contact you</source>
        <translation type="unfinished">Para que le contacten a través de una organización de apoyo, permita que una organización de apoyo se ponga en contacto con usted</translation>
    </message>
    <message>
        <source>Select whether we can share your report with other agencies to keep you safe</source>
        <translation type="unfinished">Indique si podemos compartir su denuncia con otros organismos para protegerle</translation>
    </message>
</context>
<context>
    <name>harbour::routing::SupportContactModel</name>
    <message>
        <source>Call %1</source>
        <translation type="unfinished">Llamar al %1</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation type="unfinished">Enviar un SMS al %1</translation>
    </message>
    <message>
        <source>Relay UK: %1</source>
        <translation type="unfinished">Relay UK: %1</translation>
    </message>
    <message>
        <source>BSL video relay: %1</source>
        <translation type="unfinished">Videointerpretación en BSL: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation type="unfinished">Página web: %1</translation>
    </message>
</context>
<context>
    <name>harbour::session::FollowUp</name>
    <message>
        <source>This device could not make a follow-up code: it needs about 256 MB of free memory. Close other apps and try again, or send your report without a code.</source>
        <translation type="unfinished">Este dispositivo no pudo crear un código de seguimiento: necesita unos 256 MB de memoria libre. Cierra otras aplicaciones y vuelve a intentarlo, o envía tu denuncia sin código.</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">Escribe tu código de seguimiento</translation>
    </message>
    <message>
        <source>That is not the same code. Look at each letter and number again.</source>
        <translation type="unfinished">No es el mismo código. Revisa otra vez cada letra y número.</translation>
    </message>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">Escribe tu código de seguimiento</translation>
    </message>
    <message>
        <source>Your follow-up code has 20 letters and numbers. Check that you typed all of them, and no more.</source>
        <translation type="unfinished">Tu código de seguimiento tiene 20 letras y números. Comprueba que los has escrito todos, y ninguno más.</translation>
    </message>
    <message>
        <source>Check your follow-up code: it has a character that codes do not use. Codes use the numbers 0 to 9 and the letters A to Z, but not U.</source>
        <translation type="unfinished">Revisa tu código de seguimiento: tiene un carácter que los códigos no usan. Los códigos usan los números del 0 al 9 y las letras de la A a la Z, salvo la U.</translation>
    </message>
    <message>
        <source>This device does not have enough free memory to open a follow-up code (it needs about 256 MB). Close other apps and try again.</source>
        <translation type="unfinished">Este dispositivo no tiene memoria libre suficiente para abrir un código de seguimiento (necesita unos 256 MB). Cierra otras aplicaciones y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Harbour cannot check for replies now. Check that you are connected to the internet and try again.</source>
        <translation type="unfinished">Harbour no puede buscar respuestas ahora. Comprueba que tienes conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The replies were deleted. Nobody can read them now, even with the code.</source>
        <translation type="unfinished">Las respuestas se han borrado. Nadie puede leerlas ya, ni siquiera con el código.</translation>
    </message>
    <message>
        <source>Some replies could not be deleted now. Try again later.</source>
        <translation type="unfinished">No se han podido borrar algunas respuestas. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>Write your answer, or say whether the response helped</source>
        <translation type="unfinished">Escribe tu respuesta o di si la respuesta te ayudó</translation>
    </message>
    <message>
        <source>Write what you want to add to your report</source>
        <translation type="unfinished">Escribe lo que quieres añadir a tu denuncia</translation>
    </message>
    <message>
        <source>Your text is too long. Make it shorter.</source>
        <translation type="unfinished">Tu texto es demasiado largo. Acórtalo.</translation>
    </message>
    <message>
        <source>Harbour cannot save your answer on this device. Nothing was sent.</source>
        <translation type="unfinished">Harbour no puede guardar tu respuesta en este dispositivo. No se ha enviado nada.</translation>
    </message>
    <message>
        <source>You can add information once an organisation has replied to you.</source>
        <translation type="unfinished">Podrás añadir información cuando una organización te haya respondido.</translation>
    </message>
    <message>
        <source>Harbour does not know where to send this: the organisation that replied is not in its list. Contact them another way and give your reference number.</source>
        <translation type="unfinished">Harbour no sabe adónde enviar esto: la organización que respondió no está en su lista. Contacta con ella de otra forma y da tu número de referencia.</translation>
    </message>
    <message>
        <source>Your answer could not be saved for sending. Your device may be full. Nothing was sent.</source>
        <translation type="unfinished">No se ha podido guardar tu respuesta para enviarla. Puede que tu dispositivo esté lleno. No se ha enviado nada.</translation>
    </message>
    <message>
        <source>Your answer is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">Tu respuesta está guardada. Harbour la enviará en cuanto pueda.</translation>
    </message>
    <message>
        <source>What you added is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">Lo que has añadido está guardado. Harbour lo enviará en cuanto pueda.</translation>
    </message>
    <message>
        <source>Sent. The organisation has your answer now.</source>
        <translation type="unfinished">Enviado. La organización ya tiene tu respuesta.</translation>
    </message>
    <message>
        <source>Some replies could not be opened with this code: they may have been changed on the way. They are not shown.</source>
        <translation type="unfinished">Algunas respuestas no se han podido abrir con este código: puede que se hayan modificado por el camino. No se muestran.</translation>
    </message>
</context>
<context>
    <name>harbour::session::ReportSession</name>
    <message>
        <source>the organisations you choose</source>
        <translation type="unfinished">las organizaciones que elija</translation>
    </message>
    <message>
        <source>Harbour cannot save reports on this device. Please use another way to report.</source>
        <translation type="unfinished">Harbour no puede guardar denuncias en este dispositivo. Use otra forma de denunciar.</translation>
    </message>
    <message>
        <source>Choose who should receive your report before sending it. Nothing was sent.</source>
        <translation type="unfinished">Elija quién debe recibir su denuncia antes de enviarla. No se ha enviado nada.</translation>
    </message>
    <message>
        <source>Your report could not be prepared for sending. Nothing was sent.</source>
        <translation type="unfinished">No se ha podido preparar su denuncia para enviarla. No se ha enviado nada.</translation>
    </message>
    <message>
        <source>Your report could not be saved for sending. Your device may be full. Your answers are still here: free some space and press Send again.</source>
        <translation type="unfinished">No se ha podido guardar su denuncia para enviarla. Puede que su dispositivo esté lleno. Sus respuestas siguen aquí: libere espacio y vuelva a pulsar «Enviar denuncia».</translation>
    </message>
</context>
</TS>
