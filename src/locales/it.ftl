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
service-fse = Fascicolo sanitario (FSE): referti e ricette online
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

## Limiti
rate-limited = Stai scrivendo molto in fretta. Aspetta un momento e riprova. 🙂

## Privacy e dati personali
command-mydata = Vedi i dati che conserviamo su di te
command-forgetme = Cancella i tuoi dati
privacy-notice =
    <b>I tuoi dati</b>

    <b>Cosa conserviamo.</b> Il tuo numero utente Telegram e la lingua scelta. Se prenoti: punto, giorno, ora, servizio, il tuo nome (quello di Telegram, perché il facilitatore sappia chi aspetta) e la nota che scrivi. Se ti iscrivi a un evento o chiedi di essere avvisato quando si libera un posto: l'evento o il giorno. I promemoria che ti manderemo restano in coda fino all'invio. Se segui un punto: quale. Se lavori in un punto DigiPASS: il tuo ruolo e il tuo nome.
    <b>Perché.</b> Per darti il servizio che chiedi. È un compito di interesse pubblico della Regione e dei Comuni (facilitazione digitale, PNRR misura 1.7.2).
    <b>Per quanto tempo.</b> Le note e i dati delle prenotazioni passate si cancellano dopo { $days } giorni. Le conversazioni lasciate a metà dopo 7 giorni. Lo stesso vale per i promemoria e i messaggi già inviati. Questo periodo lo decide la Regione e può cambiare.
    <b>Statistiche.</b> La Regione conta i servizi dati e le persone aiutate. Il facilitatore può segnare fascia d'età, genere e se è la prima visita; dopo il servizio puoi dare un voto da 1 a 5. Sono facoltativi e non hanno il tuo nome.
    <b>Chi è il titolare.</b> { $controller }
    <b>Responsabile della protezione dei dati.</b> { $dpo }
    <b>Telegram.</b> I messaggi viaggiano attraverso Telegram, che li tratta secondo le sue regole.

    /mydata — vedi tutti i tuoi dati
    /forgetme — cancella i tuoi dati
privacy-not-configured = non ancora indicato: chiedi al tuo punto DigiPASS
mydata-summary =
    <b>I dati che conserviamo su di te</b>

    Numero utente Telegram: { $telegramId }
    Lingua: { $language }
    Prima volta: { $firstSeen }
    Prenotazioni: { $bookings }
    Punti e zone che segui: { $follows }
    Iscrizioni a eventi: { $registrations }
    Ruoli: { $roles }

    Nel file qui sotto trovi tutto, anche i dettagli.
mydata-none = nessuna
mydata-language-auto = quella di Telegram
mydata-file-caption = Tutti i tuoi dati (file JSON)
forgetme-confirm =
    Vuoi cancellare tutti i tuoi dati?
    Perderai le prenotazioni, i punti che segui e i ruoli. Non si può tornare indietro.
forgetme-yes = Sì, cancella tutto
forgetme-no = No, tieni i miei dati
forgetme-done =
    Fatto. Abbiamo cancellato i tuoi dati.
    Restano solo numeri anonimi per le statistiche, senza il tuo nome.
forgetme-kept = Va bene, non ho cancellato niente.

## Ruoli, squadra e inviti
error-not-allowed-staff = Questo comando è per chi lavora nei punti DigiPASS.
error-not-allowed-point = Questa azione è per i facilitatori di { $point }.
error-not-allowed-zone = Questa azione è per i coordinatori della zona { $zone }.
error-not-allowed-admin = Questa azione è per gli amministratori regionali.
error-not-allowed-yours = Questo non è tuo: puoi agire solo sulle tue prenotazioni.
error-not-allowed-self = Non puoi togliere il ruolo a te stesso. Chiedi a un coordinatore o alla Regione.
error-not-found = Non trovo quello che cerchi. Forse è stato cancellato.
error-invite-not-found = Questo invito non esiste. Chiedi un nuovo invito a chi te l'ha mandato.
error-invite-expired = Questo invito è scaduto. Chiedi un nuovo invito a chi te l'ha mandato.
error-invite-used = Questo invito è già stato usato. Chiedi un nuovo invito a chi te l'ha mandato.
error-invite-revoked = Questo invito non vale più: chi l'ha creato non può più assegnare questo ruolo. Chiedi un nuovo invito al tuo coordinatore o alla Regione.
error-already-has-role = Hai già questo ruolo.
error-not-allowed-coordinators = Questa azione è per i coordinatori di zona e per la Regione.

## Trovare un punto
command-points = Tutti i punti, zona per zona
find-ask =
    Scrivi il nome del tuo comune o della frazione (per esempio: Foligno, Ponte San Giovanni).
    Oppure tocca «📍 Manda la mia posizione».
find-nearest-title = <b>I punti DigiPASS più vicini a te</b>
find-outside-umbria = I punti DigiPASS sono in Umbria. Questi sono i più vicini alla posizione che hai mandato.
find-item =
    { $n }. <b>{ $name }</b> — { $km } km
    { $where }
    { $status }
find-status-open = 🟢 Aperto ora, fino alle { $until }
find-status-closed-next = 🔴 Chiuso ora. Apre { $day } alle { $time }
find-status-closed = 🔴 Chiuso ora. Nessuna apertura nei prossimi giorni.
find-status-unknown = ⚪ Orari non pubblicati: chiedi al Comune
find-status-holiday = 🔴 Chiuso oggi per festa ({ $holiday }). Apre { $day } alle { $time }
find-open-card = { $n }. { $name }
find-town-title = <b>Punti DigiPASS a { $town }</b>
find-town-none =
    A { $town } non c'è ancora un punto DigiPASS.
    Ecco i più vicini:
find-zone-also = Altri punti della zona sociale { $zone }:
find-several = Ho trovato più posti con questo nome. Quale intendi?
find-no-match = Non conosco il comune «{ $query }». 🤔
find-no-match-suggest = Forse intendevi:
find-no-match-help = Controlla come si scrive, oppure manda la tua posizione con il pulsante qui sotto.
find-bad-input = Scrivi il nome di un comune dell'Umbria, per esempio Perugia o Gualdo Tadino. Oppure manda la tua posizione.
points-choose-zone = <b>Le 12 zone sociali dell'Umbria</b>. Scegli una zona:
points-zone-button = { $number } · { $name } ({ $count })
points-zone-title = <b>Zona sociale { $number } · { $name }</b>. Scegli un punto:
points-prev = ◀️ Indietro
points-next = Avanti ▶️
points-back-zones = ↩️ Tutte le zone

## Scheda del punto
card-title = <b>{ $name }</b>
card-where = 📍 { $where }
card-zone = Zona sociale { $number } · { $zone }
card-approximate = (posizione indicativa: centro del comune)
card-mobile = 🚐 Unità mobile: le tappe saranno pubblicate qui.
card-hours-title = <b>Orari di questa settimana</b>
card-hours-unknown = ⚪ Orari non pubblicati. Chiedi al Comune.
card-hours-published = Orari indicati dalla fonte: { $text }
card-hours-demo = (orari di prova: questa è una dimostrazione)
card-day-open = { $day }: { $ranges }
card-day-closed = { $day }: chiuso
card-day-holiday = { $day }: chiuso per festa ({ $holiday })
card-services-title = <b>Servizi</b>
card-services-all = Tutti i servizi della rete DigiPASS: SPID, CIE, fascicolo sanitario, prenotazioni CUP e referti, PagoPA, app IO, iscrizioni scolastiche, INPS, certificati, e-mail e PEC, sicurezza online, aiuto con computer e telefono.
card-contacts = ☎️ { $contacts }
card-events-title = <b>Prossimi eventi</b>
card-event-line = • { $when } — { $title }
card-no-events = Nessun evento in programma.
card-directions = 🧭 Indicazioni
card-follow = 🔔 Segui questo punto
card-unfollow = 🔕 Non seguire più
card-back = ↩️ Indietro
card-followed = Ora segui { $name }: ti scriverò quando ci sono novità ed eventi.
card-unfollowed = Non segui più { $name }.
find-status-announced = ⚪ Orari non pubblicati. Prossima apertura annunciata: { $day } alle { $time }
find-status-exception-closed = 🔴 Chiuso oggi in via straordinaria. Apre { $day } alle { $time }
find-status-exception-hours = 🔴 Chiuso ora: oggi l'orario è cambiato. Apre { $day } alle { $time }
find-approximate = (posizione indicativa)
card-day-exception-closed = { $day }: chiuso in via straordinaria
card-day-extra = { $day }: { $ranges } (apertura straordinaria)
card-day-extra-holiday = { $day }: { $ranges } (apertura straordinaria nonostante la festa: { $holiday })
card-day-reduced = { $day }: { $ranges } (orario ridotto)
card-day-changed = { $day }: { $ranges } (orario modificato)
card-announced-title = <b>Aperture straordinarie annunciate</b>
card-book-later-contacts = 📅 Le prenotazioni dal bot si aprono quando il punto pubblica gli orari: intanto puoi contattarlo ai recapiti qui sotto.
card-book-later = 📅 Le prenotazioni dal bot si aprono quando il punto pubblica gli orari: intanto puoi chiedere informazioni al Comune di { $comune }.
card-book-mobile = 📅 L'unità mobile non si prenota dal bot: puoi andare a una delle sue tappe.

## Feste
holiday-new_year = Capodanno
holiday-epiphany = Epifania
holiday-easter = Pasqua
holiday-easter_monday = Lunedì dell'Angelo
holiday-liberation_day = Festa della Liberazione
holiday-labour_day = Festa del Lavoro
holiday-republic_day = Festa della Repubblica
holiday-assumption = Ferragosto
holiday-st_francis = San Francesco d'Assisi
holiday-all_saints = Ognissanti
holiday-immaculate_conception = Immacolata
holiday-christmas = Natale
holiday-st_stephen = Santo Stefano
holiday-patron_saint = { $name }, patrono
find-stop = 🚐 { $place } · { $day }, { $from }–{ $to }

## Invii a molti (notizie, promemoria)
news-for-followers =
    📢 Notizie da <b>{ $point }</b>, che segui:

    { $news }
## Prenotazioni: errori
error-slot-taken = Questo orario è appena stato preso da un'altra persona. Scegli un altro orario.
error-too-many-bookings = Hai già { $max } prenotazioni. Per prenotare ancora, aspetta il primo appuntamento oppure annullane una.
error-overlapping-booking = Hai già un appuntamento a quest'ora.
error-too-late-to-cancel = Mancano meno di { $hours } ore: non puoi più annullare o spostare dal bot. Chiama o passa dal punto DigiPASS.

## Prenotare un aiuto
book-back = ↩️ Indietro
book-cancel = ✖️ Annulla
book-ask-point =
    <b>Dove vuoi andare?</b>
    Scrivi il nome del tuo comune, oppure manda la tua posizione.
book-last-point = 🕘 Come l'ultima volta: { $name }
book-choose-point = Scegli il punto:
book-no-point = Non ho trovato punti con questo nome. Scrivi il nome del comune, per esempio Foligno.
book-no-hours =
    { $point } non ha ancora pubblicato i suoi orari, quindi non posso prenotare qui.
    Scegli un altro punto.
book-ask-service = <b>Per che cosa ti serve aiuto?</b>
book-bring =
    <b>{ $service }</b>
    Porta con te: { $bring }.
book-ask-day = <b>Che giorno?</b> Questi giorni hanno orari liberi a { $point }:
book-day-button = { $day } ({ $count })
book-no-days =
    Nei prossimi giorni non ci sono orari liberi a { $point }.
    Prova un altro punto, oppure chiama il punto DigiPASS.
book-ask-time = <b>A che ora?</b> { $day }:
book-ask-note =
    Vuoi lasciare una nota per il facilitatore? (al massimo 200 caratteri)
    Per esempio: «vengo con mia figlia».
book-no-note = Nessuna nota
book-note-too-long = La nota è troppo lunga: al massimo 200 caratteri. Riprova, più breve.
book-summary =
    <b>Controlla la tua prenotazione</b>

    📍 { $point }
    { $where }
    🗓 { $when }
    🧾 { $service }
    📝 { $note }
book-summary-no-note = nessuna nota
book-confirm = ✅ Conferma
book-confirmed =
    ✅ <b>Prenotato!</b> Codice: <b>{ $code }</b>

    📍 { $point }
    { $where }
    🗓 { $when }
    🧾 { $service }

    Porta con te: { $bring }.
    Ti ricorderò l'appuntamento il giorno prima.
book-ics-caption = Aggiungi l'appuntamento al tuo calendario
book-cancelled-flow = Va bene, non ho prenotato niente.
book-expired = La prenotazione che avevi iniziato è scaduta dopo { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    } senza risposta. Quando vuoi, ricomincia con «📅 Prenota un aiuto».
conversation-expired = { $minutes ->
        [one] È passato { $minutes } minuto
       *[other] Sono passati { $minutes } minuti
    } senza risposta, quindi ho chiuso quello che stavi facendo. Quando vuoi, ricomincia dal comando o dal menu.
book-please-choose = Per favore scegli uno dei pulsanti qui sopra, oppure tocca «✖️ Annulla».
mybookings-none = Non hai prenotazioni in programma. Per prenotare tocca «📅 Prenota un aiuto».
mybookings-title = <b>Le tue prenotazioni</b>
mybookings-item =
    <b>{ $code }</b> — { $when }
    { $point } · { $service }
mybookings-cancel = ✖️ Annulla { $code }
mybookings-move = 🔁 Sposta { $code }
mybookings-cancel-confirm = Vuoi davvero annullare la prenotazione <b>{ $code }</b> di { $when }?
mybookings-cancel-yes = Sì, annulla
mybookings-cancel-no = No, la tengo
mybookings-cancelled = Prenotazione { $code } annullata. L'orario ora è libero per un'altra persona.
mybookings-kept = Va bene, la prenotazione resta.
mybookings-move-day = <b>Scegli il nuovo giorno</b> per { $code }:
mybookings-move-time = <b>Scegli il nuovo orario</b> ({ $day }):
mybookings-moved = 🔁 Fatto: { $code } ora è { $when }.
card-book = 📅 Prenota qui
reminder-24h =
    🔔 <b>Promemoria</b>: domani hai un appuntamento.
    🗓 { $when }
    📍 { $point }
    🧾 { $service } (codice { $code })
    Porta con te: { $bring }.
reminder-2h = 🔔 Tra poco, alle { $time }, hai un appuntamento a <b>{ $point }</b> (codice { $code }).

## Lista d'attesa
book-full-day = 🔔 { $day }: pieno, avvisami
waitlist-joined = Va bene: se si libera un posto { $day } a { $point }, ti scrivo subito. Potrai prenderlo con un tocco entro 30 minuti.
waitlist-already = Sei già in lista d'attesa per quel giorno.
waitlist-offer = 🎉 Si è liberato un posto a <b>{ $point }</b>: { $when } ({ $service }). Lo vuoi? L'offerta vale 30 minuti.
waitlist-take = ✅ Sì, prenota
waitlist-offer-gone = Mi dispiace, l'offerta è scaduta oppure il posto è già stato preso.
waitlist-decline = No, grazie
waitlist-declined = Va bene, grazie per avercelo detto. Il posto a <b>{ $point }</b> ({ $when }) è stato liberato per chi aspetta dopo di te. Puoi prenotare un'altra volta quando vuoi.
waitlist-decline-already = Hai già lasciato questo posto: non serve fare altro. Puoi prenotare un'altra volta quando vuoi.
waitlist-decline-taken = Questo posto l'hai già prenotato: lo trovi tra le tue prenotazioni.
waitlist-decline-gone = Nessun problema: questa offerta non era più valida, quindi non c'è niente da liberare. Puoi prenotare un'altra volta quando vuoi.
reminder-confirm = ✅ Confermo, vengo
booking-confirmed-thanks = Grazie! Prenotazione { $code } confermata: ti aspettiamo.
booking-released =
    Non hai confermato la prenotazione { $code } di { $when } a { $point }, quindi il posto è stato liberato per un'altra persona.
    Se vuoi, prenota di nuovo con «📅 Prenota un aiuto».

## Com'è andata
feedback-ask = Oggi sei stato aiutato a <b>{ $point }</b> ({ $service }). Com'è andata? Tocca un numero: 1 = male, 5 = benissimo.
feedback-thanks = Grazie! La tua risposta aiuta a migliorare i punti DigiPASS.

## Corsi ed eventi (cittadini)
events-title = <b>Prossimi corsi ed eventi</b>
events-title-followed = <b>Prossimi corsi ed eventi dei punti che segui</b>
events-none = Nei prossimi 30 giorni non ci sono eventi in programma. Torna a guardare presto!
events-item =
    🗓 <b>{ $when }</b>
    { $title }
    📍 { $where }
events-item-cancelled = (annullato)
events-add = 📅 Aggiungi: { $title }
events-ics-caption = Apri il file per aggiungere l'evento al tuo calendario.

## Eventi nel canale e nei messaggi a chi segue
event-category-course = Corso
event-category-workshop = Laboratorio
event-category-seminar = Incontro
event-category-open_day = Porte aperte
event-category-trashware = Riuso dei computer
event-category-open_data = Dati aperti
event-category-schools = Scuole
event-category-other = Evento
event-hashtag-course = #corso
event-hashtag-workshop = #laboratorio
event-hashtag-seminar = #incontro
event-hashtag-open_day = #porteaperte
event-hashtag-trashware = #riuso
event-hashtag-open_data = #datiaperti
event-hashtag-schools = #scuole
event-hashtag-other = #evento
event-hashtag-online = #online
event-post-title = 🎓 { $category }: <b>{ $title }</b>
event-post-when = 🗓 { $day }, { $start }–{ $end }
event-post-where = 📍 { $name }, { $where }
event-post-online = 💻 Online
event-post-online-link = 💻 Online: { $url }
event-post-zone = 🗺 In tutta la zona sociale { $number } · { $zone }
event-post-partners = 🤝 Con: { $partners }
event-post-seats = 👥 { $capacity } posti. Iscrizione gratuita dal bot.
event-post-register = ✍️ Iscrizione gratuita dal bot.
event-post-free = Gratuito e aperto a tutti.
event-post-cancelled = ❌ <b>ANNULLATO</b>: { $reason }
event-recur-weekly = 🔁 Ogni { $days }
event-recur-biweekly = 🔁 Ogni due settimane: { $days }
event-recur-monthly = 🔁 { $nth ->
        [1] Il primo
        [2] Il secondo
        [3] Il terzo
        [4] Il quarto
       *[last] L'ultimo
    } { $day } del mese
event-recur-until = , fino al { $date }
event-recur-count = , { $count } volte
event-button-details = ℹ️ Dettagli e iscrizione
event-button-remind = 🔔 Ricordamelo
event-button-calendar = 📅 Aggiungi al calendario
event-for-followers =
    📢 Nuovo evento a <b>{ $point }</b>, che segui:

    { $post }
event-cancelled-notice = ❌ L'evento «{ $title }» di { $when } è annullato. Motivo: { $reason }. Ci dispiace!
event-moved-notice = 🔁 L'evento «{ $title }» a cui sei iscritto è stato spostato. Ora è { $when }.
event-place-notice =
    📍 L'evento «{ $title }» a cui sei iscritto ({ $when }) cambia luogo. Ora si tiene qui:
    { $where }
event-post-skipped = 🚫 Non si tiene: { $days }

## Eventi: scheda, iscrizione, promemoria, riepilogo
ec-register = ✍️ Iscriviti
ec-remind = 🔔 Ricordamelo
ec-unregister = ✖️ Annulla la mia iscrizione
ec-follow = 📍 Segui { $name }
ec-unfollow = 🔕 Non seguire più { $name }
ec-back = ↩️ Indietro
ec-details = ℹ️ Dettagli
ec-dates-title = <b>Prossime date</b>
ec-date-line = • { $day }
ec-date-line-state = • { $day } — { $state }
ec-state-seats = { $seats ->
        [one] 1 posto libero
       *[other] { $seats } posti liberi
    }
ec-state-full = pieno
ec-state-registered = ✅ hai un posto
ec-state-reminded = 🔔 promemoria attivo
ec-over = Questo evento è già passato.
ec-not-found = Non trovo questo evento. Forse è stato tolto, o non è ancora pubblicato.
ec-event-cancelled = Questo evento è annullato. Non devi fare niente.
ec-date-cancelled = Questa data è annullata. Non devi fare niente.
ec-date-past = Questa data è già passata.
ec-no-registration = Per questo evento non serve iscriversi: vieni direttamente.
ec-registered =
    ✅ Iscrizione fatta: «{ $title }», { $when }.
    Il giorno prima ti mando un promemoria. Se non puoi venire, annulla l'iscrizione: il posto andrà a un'altra persona.
ec-already = Hai già un posto per { $when }.
ec-full = Mi dispiace, per { $when } i posti sono finiti. Puoi scegliere un'altra data, se c'è. Oppure segui il punto: ti avviso dei prossimi eventi.
ec-unregistered = Fatto: la tua iscrizione per { $when } è annullata. Grazie di avercelo detto!
ec-not-registered = Non trovo una tua iscrizione per questa data.
ec-remind-set = 🔔 Va bene: ti scrivo il giorno prima, { $at }.
ec-remind-already = Il promemoria per { $when } c'è già.
ec-remind-soon = Manca meno di un giorno: è { $when }. Ti aspettiamo!
ec-reminder =
    🔔 <b>Promemoria</b>: domani c'è «{ $title }».
    🗓 { $when }
    📍 { $where }
ec-reminder-registered = Hai un posto. Se non puoi venire, annulla l'iscrizione: il posto andrà a un'altra persona.
digest-title = 📅 <b>Questa settimana ai DigiPASS</b>
digest-title-followed = 📅 <b>Questa settimana nei punti DigiPASS che segui</b>
digest-zone = <b>Zona sociale { $number } · { $name }</b>
digest-zone-none = <b>Online e in tutta l'Umbria</b>
digest-item = • { $day }, { $time } — { $title } ({ $place })
digest-item-nowhere = • { $day }, { $time } — { $title }
digest-online = online
digest-zone-wide = in tutta la zona
digest-more = …e altri { $count } appuntamenti. Scrivi /events al bot per vederli tutti.
digest-footer = Tocca un titolo per i dettagli e per iscriverti. Tutto è gratuito.
digest-footer-followed = Ricevi questo riepilogo perché segui questi punti. Tocca un titolo per i dettagli.

## Cosa segui
command-follow = I punti e le zone che segui
follow-title = <b>Segui questi punti e zone</b>. Ti scrivo quando hanno novità o eventi:
follow-line-point = • 📍 { $name }
follow-line-zone = • 🗺 Zona sociale { $name } (tutti i suoi punti)
follow-hint = Per seguire un altro punto, apri la sua scheda e tocca «🔔 Segui questo punto».
follow-none =
    Non segui ancora nessun punto.
    Per seguire un punto, apri la sua scheda e tocca «🔔 Segui questo punto». Oppure segui una zona intera qui sotto.
follow-stop-point = 🔕 Non seguire più { $name }
follow-stop-zone = 🔕 Non seguire più la zona { $name }
follow-add-zone = 🗺 Segui una zona intera
follow-choose-zone = Quale zona sociale vuoi seguire? Riceverai le novità e gli eventi di tutti i suoi punti.
follow-zone-done = Fatto: ora segui questa zona.
follow-stopped = Fatto: non ti scrivo più per questo.

## Corsi ed eventi: per zona e per tipo
events-by-zone = 🗺 Per zona
events-by-category = 🏷 Per tipo
events-title-zone = <b>Prossimi corsi ed eventi nella zona sociale { $zone }</b>
events-title-category = <b>Prossimi eventi: { $category }</b>
events-none-here = Qui nei prossimi 30 giorni non c'è niente. Prova un'altra zona o un altro tipo.
events-choose-zone = Di quale zona sociale vuoi vedere gli eventi?
events-choose-category = Che tipo di evento cerchi?
