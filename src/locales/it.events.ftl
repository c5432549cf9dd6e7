# Solo per chi lavora nei punti: creare e gestire gli eventi (/newevent, /myevents).

## Nuovo evento
command-newevent = Crea un evento o un corso
command-myevents = I tuoi eventi: cambia, annulla, duplica
ne-cancelled = Va bene, non ho creato nessun evento.
ne-ask-title = <b>Nuovo evento.</b> Come si chiama? (al massimo 120 caratteri)
ne-title-bad = Scrivi un titolo di al massimo { $max } caratteri.
ne-ask-description = Scrivi una breve descrizione: che cosa si fa, a chi è rivolto, cosa portare (al massimo { $max } caratteri).
ne-description-bad = La descrizione può avere al massimo { $max } caratteri. Riprova, più breve.
ne-skip = Salta
ne-ask-point = Dove si tiene? In uno dei tuoi punti, online o in tutta la zona.
ne-ask-point-town = Dove si tiene? Scrivi il nome del comune o del punto, oppure tocca «Online» o una zona.
ne-point-none = Non trovo punti con questo nome tra i tuoi. Riprova.
ne-where-online = 💻 Online
ne-where-zone = 🗺 In tutta la zona { $zone }
ne-where-some-zone = 🗺 In tutta una zona…
ne-ask-zone = Per quale zona sociale?
ne-zone-region = 🌐 Tutta l'Umbria
ne-ask-url = Qual è il link per partecipare? Scrivi l'indirizzo completo, che inizia con <code>https://</code>.
ne-url-bad = Questo non è un link valido. Scrivi l'indirizzo completo, per esempio <code>https://meet.example.it/digipass</code>.
ne-ask-category = Che tipo di evento è?
ne-ask-when =
    Quando inizia? Scrivi giorno e ora, per esempio:
    <code>12/3 15:30</code>, <code>12 marzo 15:30</code>, <code>domani 10</code>.
ne-when-tomorrow = Domani { $time }
ne-when-in-a-week = Tra una settimana { $time }
ne-when-bad = Non ho capito. Scrivi per esempio <code>12/3 15:30</code> oppure <code>domani 10</code>.
ne-when-past = Questa data è già passata. Scrivi una data nel futuro.
ne-ask-duration = Quanto dura? Tocca un pulsante o scrivi, per esempio <code>1h30</code> o <code>90</code>.
ne-duration = { $hours }h{ $minutes }
ne-duration-bad = Non ho capito la durata. Scrivi per esempio <code>2 ore</code>, <code>1h30</code> o <code>45</code> (minuti).
ne-ask-recurrence = Si ripete?
ne-rec-once = Una volta sola
ne-rec-weekly = Ogni settimana
ne-rec-biweekly = Ogni due settimane
ne-rec-monthly = Ogni mese, { $nth ->
        [1] il primo
        [2] il secondo
        [3] il terzo
        [4] il quarto
       *[last] l'ultimo
    } di quel giorno della settimana
ne-ask-days = In quali giorni della settimana? Tocca per aggiungere o togliere, poi «Fatto».
ne-weekday-1 = Lun
ne-weekday-2 = Mar
ne-weekday-3 = Mer
ne-weekday-4 = Gio
ne-weekday-5 = Ven
ne-weekday-6 = Sab
ne-days-done = ✅ Fatto
ne-ask-end = Quante volte in tutto? Tocca un numero, oppure scrivi l'ultimo giorno (per esempio <code>15/12</code>).
ne-end-bad = Scrivi un numero da 2 a 52, oppure l'ultimo giorno, per esempio <code>15/12</code>.
ne-ask-registration = Serve l'iscrizione?
ne-reg-no = Aperto a tutti, senza iscrizione
ne-reg-yes = Con iscrizione, posti limitati
ne-ask-capacity = Quanti posti ci sono? Scrivi un numero.
ne-capacity-bad = Scrivi il numero dei posti, per esempio 20.
ne-ask-partners = Ci sono partner (scuole, associazioni, ordini professionali, aziende)? Scrivili separati da virgole.
ne-no-partners = Nessun partner
ne-ask-photo = Vuoi aggiungere una foto? Mandala ora.
ne-no-photo = Senza foto
ne-photo-bad = Manda una foto, oppure tocca «Senza foto».
ne-preview = Ecco come apparirà nel canale DigiPASS:
ne-publish-now = 📢 Pubblica ora
ne-schedule = 🕘 Pubblica più tardi
ne-save-draft = 💾 Salva come bozza
ne-ask-publish-at = Quando lo pubblico? Scrivi giorno e ora, per esempio <code>domani 9</code>.
ne-publish-at-bad = Scrivi un momento nel futuro e prima dell'evento, per esempio <code>domani 9</code>.
ne-published = 📢 Pubblicato: va nel canale e a chi segue il punto.
ne-scheduled = 🕘 Sarà pubblicato { $when }.
ne-scheduled-refused = 🕘 L'evento «{ $title }» era programmato, ma non l'ho pubblicato: ora non risulti più tra chi può pubblicare per quel punto o quella zona. È rimasto tra le bozze; se serve, chiedi a un coordinatore.
ne-drafted = 💾 Salvato come bozza. Lo trovi in /myevents.

## I miei eventi
me-title = <b>I tuoi eventi</b>
me-none = Non ci sono eventi in programma nei tuoi punti. Creane uno con /newevent.
me-line = • { $when } — { $title } ({ $status })
me-status-draft = bozza
me-status-scheduled = programmato
me-status-published = pubblicato
me-status-cancelled = annullato
me-cancel = ❌ Annulla l'evento
me-cancel-one = 📅 Annulla una data
me-duplicate = 📄 Duplica
me-ask-reason = Perché lo annulli? Scrivi il motivo: lo vedranno gli iscritti e il canale.
me-cancelled = Fatto: l'evento è annullato. Il post nel canale è aggiornato e gli iscritti sono avvisati.
me-choose-occurrence = Quale data annulli?
me-occurrence-cancelled = Fatto: { $when } è annullato. Gli iscritti a quella data sono avvisati.
me-ask-dup-when = Quando si tiene la copia? Scrivi giorno e ora, per esempio <code>12/3 15:30</code>.
me-duplicated = 📄 Copia salvata come bozza per { $when }.
me-edit-when = 🕘 Data e ora
me-edit-title = ✏️ Titolo
me-edit-desc = 📝 Descrizione
me-edit-cap = 👥 Posti
me-ask-when = Qual è il nuovo giorno e ora di inizio? Per esempio <code>12/3 15:30</code>. Se l'evento si ripete, si spostano tutte le date.
me-moved = 🕘 Fatto: ora inizia { $when }. Il post nel canale è aggiornato e gli iscritti sono avvisati.
me-updated = ✅ Fatto. Il post nel canale è aggiornato.
me-edit-kind = 🏷 Tipo
me-edit-partners = 🤝 Partner
me-edit-photo = 🖼 Foto
me-edit-rec = 🔁 Ripetizione
me-edit-stopped = Va bene, non ho cambiato niente.
me-ask-photo = Manda la nuova foto, oppure tocca «Togli la foto».
me-remove-photo = Togli la foto
me-photo-bad = Manda una foto, oppure tocca «Togli la foto».
me-rec-updated = ✅ Fatto. Il post nel canale è aggiornato; chi era iscritto a una data che non c'è più è avvisato.
me-edit-place = 📍 Luogo
me-place-updated = 📍 Fatto: il luogo è cambiato. Il post nel canale è aggiornato e gli iscritti sono avvisati.
me-ask-title = Qual è il nuovo titolo? (al massimo { $max } caratteri)
