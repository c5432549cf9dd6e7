## Lingua di questo file
language-name = Italiano

## Comandi (descrizioni nel menu di Telegram)
command-start = Inizia e apri il menu
command-help = Come funziona il bot
command-find = Trova il punto DigiPASS più vicino
command-book = Prenota un aiuto
command-mybookings = Le mie prenotazioni
command-events = Corsi ed eventi
command-language = Cambia lingua
command-privacy = I tuoi dati e la privacy
command-cancel = Annulla quello che stai facendo

## Benvenuto e menu principale
welcome =
    Ciao <b>{ $name }</b>! 👋
    Sono il bot dei <b>Punti Digitale Facile DigiPASS</b> dell'Umbria.

    Nei punti DigiPASS una persona ti aiuta, gratis, con SPID, carta d'identità elettronica, fascicolo sanitario, pagamenti e altro.

    Scegli un pulsante qui sotto.
welcome-back = Bentornato! Scegli un pulsante qui sotto.
help =
    <b>Come funziona</b>

    📍 <b>Manda la tua posizione</b>: ti dico i punti DigiPASS più vicini.
    🔎 <b>Trova un punto</b>: scrivi il nome del tuo comune.
    📅 <b>Prenota un aiuto</b>: scegli il giorno e l'ora.
    🎓 <b>Corsi ed eventi</b>: corsi gratuiti vicino a te.
    🗂 <b>Le mie prenotazioni</b>: vedi, sposta o annulla.

    Per fermare quello che stai facendo, scrivi /cancel.
menu-location = 📍 Manda la mia posizione
menu-find = 🔎 Trova un punto
menu-book = 📅 Prenota un aiuto
menu-events = 🎓 Corsi ed eventi
menu-mybookings = 🗂 Le mie prenotazioni
menu-language = 🌐 Lingua
menu-placeholder = Scegli un pulsante o scrivi il tuo comune
feature-coming =
    Questa funzione non è ancora attiva.
    Per ora puoi chiedere al tuo Comune gli orari del punto DigiPASS.

## Lingua
language-choose = Scegli la lingua:
language-set = Fatto! Ora ti scrivo in italiano.
language-same = Ti sto già scrivendo in italiano.

## Annulla
cancel-done = Ok, ho annullato. Scegli un pulsante qui sotto.
cancel-nothing = Non c'è niente da annullare.

## Errori e risposte gentili
error-generic =
    Scusa, qualcosa non ha funzionato.
    Riprova tra poco. Se il problema continua, scrivi /start.
error-button-expired = Questo pulsante non è più valido. Scrivi /start per ricominciare.
unhandled-text =
    Non ho capito. 🙂
    Scegli un pulsante qui sotto oppure scrivi /help.
unhandled-other = Posso leggere solo messaggi di testo e posizioni. Scegli un pulsante qui sotto.
deeplink-unknown = Il collegamento che hai aperto non è valido o è scaduto.

## Servizi (nome e cosa portare)
service-spid = SPID (identità digitale)
service-spid-bring = un documento d'identità valido, la tessera sanitaria, un telefono che riceve SMS, un indirizzo e-mail che sai aprire
service-cie = Carta d'identità elettronica (CIE): attivazione, PIN e PUK
service-cie-bring = la carta d'identità elettronica, la lettera con la prima parte di PIN e PUK, il telefono
service-fse = Fascicolo Sanitario Elettronico
service-fse-bring = la tessera sanitaria, SPID o CIE con il PIN, il telefono
service-cup = Prenotare visite (CUP) e scaricare referti
service-cup-bring = la ricetta del medico, la tessera sanitaria, SPID o CIE con il PIN, il telefono
service-pagopa = PagoPA e pagamenti online
service-pagopa-bring = l'avviso di pagamento, una carta di pagamento o l'app della banca, il telefono
service-appio = App IO
service-appio-bring = il telefono con spazio libero, SPID o CIE con il PIN
service-school = Iscrizione a scuola e al nido
service-school-bring = SPID o CIE con il PIN, i dati del bambino e dei genitori, il codice della scuola se lo sai
service-inps = INPS e aiuti (assegni, ISEE)
service-inps-bring = SPID o CIE con il PIN, la tessera sanitaria, i documenti della domanda
service-anagrafe = Certificati dell'anagrafe
service-anagrafe-bring = SPID o CIE con il PIN, un documento d'identità
service-pec = E-mail e PEC
service-pec-bring = il telefono, un documento d'identità, le password che hai già
service-safety = Sicurezza online e truffe
service-safety-bring = il telefono o il computer che usi, i messaggi sospetti che hai ricevuto
service-device = Aiuto con computer e smartphone
service-device-bring = il telefono, il tablet o il computer, con il caricabatterie e le password
