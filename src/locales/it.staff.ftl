# Solo per chi lavora nei punti (facilitatori, coordinatori, Regione): resta in italiano e inglese.

## Ruoli, squadra e inviti
command-team = La squadra dei tuoi punti
command-invite = Invita un facilitatore
role-facilitator = facilitatore di { $point }
role-coordinator = coordinatore della zona { $zone }
role-admin = amministratore regionale
team-title = <b>La squadra</b>
team-empty = Nessuno ha ancora un ruolo qui.
team-line = • { $name } — { $role }
team-revoke = Revoca { $name }
team-revoke-confirm = Vuoi togliere a <b>{ $name }</b> il ruolo di { $role }?
team-revoke-yes = Sì, revoca
team-revoke-no = No
team-revoked = Fatto: { $name } non è più { $role }.
team-revoke-kept = Va bene, non ho cambiato niente.
invite-choose-role = Chi vuoi invitare?
invite-role-facilitator = Un facilitatore di un punto
invite-role-coordinator = Un coordinatore di zona
invite-choose-zone = Scegli la zona sociale:
invite-choose-point = Scegli il punto:
invite-zone-button = Zona { $number } · { $name }
invite-created =
    Ecco l'invito per { $role }.
    Mandalo solo alla persona giusta. Vale una volta sola, fino al { $expires }.

    { $link }
invite-accepted =
    Benvenuto nella squadra! Ora sei { $role }.
    Nel menu dei comandi trovi i comandi per il tuo lavoro.
## Invii a molti (notizie, promemoria)
broadcast-progress = Invio in corso: { $done } / { $total }
broadcast-report =
    <b>Invio finito.</b>
    Consegnati: { $delivered }
    Non raggiungibili: { $unreachable }
    Non riusciti: { $failed }

## Agenda dei facilitatori
command-agenda = Le prenotazioni di oggi e domani
agenda-title = <b>Agenda di { $day }</b>
agenda-empty = Nessuna prenotazione.
agenda-item = { $time } · <b>{ $name }</b> · { $service } · { $point }{ $note } — { $status }
agenda-note = { " " }· nota: «{ $note }»
agenda-nameless = (senza nome)
agenda-status-booked = da confermare
agenda-status-confirmed = confermata
agenda-status-arrived = arrivato ✅
agenda-status-no_show = non venuto ❌
agenda-arrived = ✅ Arrivato { $time }
agenda-no-show = ❌ Non venuto { $time }
agenda-tomorrow = Domani ▶️
agenda-today = ◀️ Oggi
agenda-ask-outcome = Com'è andata con { $name } ({ $service })?
agenda-ask-service = Che aiuto ha ricevuto { $name }? Aveva prenotato: { $service }.
agenda-service-booked = ✅ { $service }
agenda-service-other = Altro servizio…
agenda-choose-service = Che aiuto ha ricevuto { $name }?
agenda-outcome-resolved = Risolto
agenda-outcome-partly = Risolto in parte
agenda-outcome-referred = Indirizzato ad altri uffici
agenda-recorded = Registrato: { $name }, { $service }, { $outcome }.
agenda-no-show-recorded = Segnato come non venuto: { $name } alle { $time }.

## Notizie dei punti
command-news = Pubblica una notizia del tuo punto
news-choose-point = Per quale punto è la notizia?
news-ask-text = Scrivi la notizia di <b>{ $point }</b> (al massimo 3500 caratteri). Andrà nel canale DigiPASS e a chi segue il punto.
news-too-long = È troppo lunga: al massimo 3500 caratteri. Riprova, più breve.
news-preview = Ecco come apparirà:
news-publish = 📢 Pubblica ora
news-cancelled = Va bene, non ho pubblicato niente.
news-started = Pubblicazione avviata.
news-ask-photo = Vuoi aggiungere una foto? Mandala ora, oppure tocca «Senza foto».
news-no-photo = Senza foto
news-photo-bad = Manda una foto, oppure tocca «Senza foto».
news-schedule = 🕘 Programma
news-ask-when = Quando la pubblico? Scrivi giorno e ora, per esempio <code>domani 9</code>, <code>12/12 15:30</code> o <code>lunedì 10</code>, oppure scegli qui sotto.
news-when-bad = Non ho capito il giorno e l'ora. Scrivili così: <code>domani 9</code>, <code>12/12 15:30</code> o <code>lunedì 10</code>.
news-when-past = Quel momento è già passato. Scrivi un giorno e un'ora nel futuro, per esempio <code>domani 9</code>.
news-when-far = È troppo in là: posso programmare fino a { $days } giorni da oggi. Scegli una data più vicina.
news-at-button = { $day }, { $time }
news-scheduled = 🕘 Programmata per { $day } alle { $time }: uscirà nel canale e a chi segue <b>{ $point }</b>. Per annullarla usa /news.
news-scheduled-list =
    { $count ->
        [one] 🕘 Hai una notizia programmata:
       *[other] 🕘 Hai { $count } notizie programmate:
    }
    { $list }
    Per annullarne una tocca il suo pulsante. Oppure continua e scrivi una notizia nuova.
news-scheduled-item = • { $day } alle { $time } · <b>{ $point }</b>: «{ $text }»
news-cancel-button = ❌ Annulla { $day }, { $time }
news-scheduled-cancelled = Annullata: la notizia di <b>{ $point }</b> prevista per { $day } alle { $time } non uscirà.
news-cancel-gone = Questa notizia non è più in programma: forse è già uscita o è già stata annullata.
news-scheduled-out = 📢 È uscita la notizia programmata di <b>{ $point }</b> ({ $day }, { $time }). Quando l'invio è finito ti mando il resoconto.
news-scheduled-refused = La notizia programmata di <b>{ $point }</b> non è stata pubblicata: ora non hai più il ruolo per quel punto. Se è un errore, parlane con chi coordina la tua zona.
command-walkin = Registra un aiuto dato senza prenotazione
walkin-choose-point = Dove hai dato l'aiuto?
walkin-choose-service = Che aiuto hai dato?
walkin-choose-outcome = Com'è andata?
walkin-recorded = Registrato: { $service } a { $point }, { $outcome }. Grazie!

## Prenotare per qualcuno senza Telegram
command-bookfor = Prenota per chi non ha Telegram
bookfor-ask-initials = Per chi prenoti? Scrivi le iniziali (per esempio M.R.), al massimo 10 caratteri.
bookfor-bad-initials = Scrivi solo le iniziali, al massimo 10 caratteri (lettere e punti).
bookfor-ask-phone = Un numero di telefono per avvisarlo? (facoltativo)
bookfor-no-phone = Nessun telefono
bookfor-bad-phone = Scrivi un numero di telefono (cifre, spazi, +), oppure tocca «Nessun telefono».
bookfor-note = Prenotazione per { $initials } — i promemoria arriveranno a te.
reminder-booked-for = 👤 Per { $initials }
reminder-booked-for-phone = 👤 Per { $initials }, tel. { $phone }

## Orari (facilitatori)
command-hours = Cambia gli orari del tuo punto
hours-choose-point = Di quale punto vuoi cambiare gli orari?
hours-current = <b>Orari di { $point }</b>
hours-none = Nessun orario inserito.
hours-line = • { $day } { $start }–{ $end } ({ $capacity } { $capacity ->
        [one] facilitatore
       *[other] facilitatori
    })
hours-add = ➕ Aggiungi un orario
hours-remove = 🗑 Togli un orario
hours-close-day = 🚫 Chiudi un giorno
hours-done = ✅ Fine
hours-choose-weekday = Che giorno della settimana?
hours-ask-range = Scrivi l'orario, per esempio <b>9-13</b> oppure <b>15:00-18:30</b>.
hours-bad-range = Non ho capito l'orario. Scrivi per esempio 9-13 oppure 15:00-18:30.
hours-ask-capacity = Quanti facilitatori ci sono in quell'orario?
hours-preview = Aggiungo: <b>{ $day } { $start }–{ $end }</b>, { $capacity } { $capacity ->
        [one] facilitatore
       *[other] facilitatori
    }. Va bene?
hours-save = 💾 Salva
hours-saved = Fatto, salvato.
hours-choose-remove = Quale orario vuoi togliere?
hours-ask-day = Quale giorno è chiuso? Scrivi la data, per esempio <b>24/12</b>.
hours-bad-day = Non ho capito la data. Scrivi per esempio 24/12 oppure 24/12/2026.
hours-close-preview = { $point } sarà chiuso <b>{ $day }</b>. Va bene?
hours-finished = Orari aggiornati. I cittadini li vedono subito.

## Dati facoltativi per le statistiche (PNRR)
detail-ask-age = Facoltativo, per le statistiche: la fascia d'età?
detail-ask-gender = Facoltativo: il genere?
detail-ask-first = Facoltativo: è la prima volta che viene a un punto DigiPASS?
detail-age-0 = 18–29
detail-age-1 = 30–54
detail-age-2 = 55 e più
detail-gender-0 = Donna
detail-gender-1 = Uomo
detail-gender-2 = Altro
detail-first-0 = Sì, la prima
detail-first-1 = No
detail-skip = Salta
detail-done = Grazie, registrato.
command-importhours = Importa gli orari di molti punti da un file CSV
import-ask-file =
    Mandami il file CSV degli orari (UTF-8, separatore virgola) con le colonne:
    <code>point,weekday,start,end,facilitators</code>
    e, se servono, <code>valid_from,valid_to</code> (date come 2026-12-01 o 01/12/2026; vuote = senza limite).
    Per esempio: <code>digipass-foligno,lunedì,9:00,13:00,2</code>
    Gli orari dei punti nel file sostituiscono quelli di prima. Senza le colonne delle date, un orario uguale a uno di prima ne tiene le date.
import-not-csv = Serve un file CSV. Riprova, oppure scrivi /cancel.
import-errors = Il file ha errori, non ho importato niente. Righe da correggere: { $lines }
import-preview = Nel file: { $ranges } orari per { $points } punti. Li importo?
import-confirm = 📥 Importa
import-done = Fatto: importati { $ranges } orari per { $points } punti.
hours-special-day = 📅 Orario speciale per un giorno
hours-ask-day-special = Per quale giorno? Scrivi la data, per esempio <b>19/12</b>.
hours-ask-ranges-special = Che orari ci sono { $day }? Puoi scriverne più di uno, per esempio <b>9-12, 15-18</b>. Sostituiscono l'orario solito di quel giorno.
hours-bad-ranges = Non ho capito gli orari. Scrivi per esempio 9-12 oppure 9-12, 15-18 (senza sovrapposizioni).
hours-special-preview = { $point }, <b>{ $day }</b>: aperto { $ranges } (al posto dell'orario solito), { $capacity } { $capacity ->
        [one] facilitatore
       *[other] facilitatori
    }. Va bene?
hours-ask-validity = Vale sempre, da una data o fino a una data (per esempio l'orario estivo)?
hours-always = Sempre
hours-from = Da una data
hours-until = Fino a una data
hours-no-end = Senza una fine
hours-ask-from = Da quale giorno vale? Scrivi la data, per esempio <b>1/4</b>.
hours-ask-end = Vale da { $day }. E fino a quando?
hours-ask-until = Fino a quale giorno? Scrivi la data, per esempio <b>31/8</b>.
hours-until-before-from = La fine deve venire dopo l'inizio ({ $day }). Scrivi un'altra data.
hours-valid-until = Vale fino a { $day } compreso.
hours-valid-from = Vale da { $day }.
hours-valid-period = Vale da { $from } a { $to } compreso.
hours-line-valid-from = · dal { $from }
hours-line-valid-until = · fino al { $to }
hours-line-valid-period = · dal { $from } al { $to }
hours-capacity = { $capacity } { $capacity ->
        [one] facilitatore
       *[other] facilitatori
    }
hours-specials = <b>Giorni speciali</b>
hours-special-line = • { $day }: { $ranges }
hours-special-closed-line = • { $day }: chiuso
hours-release-on = 🔔 Conferma-o-libera: <b>attivo</b>. Chi non conferma entro 2 ore prima dell'appuntamento (glielo chiediamo il giorno prima) perde il posto, che va a chi è in lista d'attesa.
hours-release-off = 🔕 Conferma-o-libera: <b>spento</b>. Le prenotazioni restano anche senza conferma.
hours-release-turn-on = 🔔 Attiva conferma-o-libera
hours-release-turn-off = 🔕 Spegni conferma-o-libera
hours-release-preview-on = Attivo conferma-o-libera per { $point }: chi non conferma entro 2 ore prima dell'appuntamento perde il posto, che va a chi è in lista d'attesa. Va bene?
hours-release-preview-off = Spengo conferma-o-libera per { $point }: le prenotazioni restano anche senza conferma. Va bene?
hours-not-changed = Va bene, non ho cambiato niente.
hours-close-has-bookings = ⚠️ { $count ->
        [one] Quel giorno c'è 1 prenotazione: avvisa la persona (la trovi in /agenda).
       *[other] Quel giorno ci sono { $count } prenotazioni: avvisa le persone (le trovi in /agenda).
    }
