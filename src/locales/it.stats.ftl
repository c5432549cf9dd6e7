# Solo per chi lavora nei punti: statistiche (/stats) e dati da scaricare (/export). Italiano e inglese.

## Statistiche
command-stats = Statistiche e traguardi dei tuoi punti
command-export = Scarica i dati dei servizi e degli eventi (CSV)
stats-choose-period =
    <b>Statistiche</b> · { $area }
    Di quale periodo?
stats-period-month = Questo mese
stats-period-prev = Mese scorso
stats-period-year = Quest'anno
stats-period-all = Dall'inizio
stats-choose-zone = 🗺 Scegli una zona
stats-choose-area = Di quale zona?
stats-zone-button = Zona { $number } · { $name }
stats-area-region = tutta l'Umbria
stats-area-zone = zona { $number } ({ $name })
stats-range = dal { $from } al { $to }
stats-photo-caption = Servizi per mese e traguardi · { $area }
stats-chart-title = Servizi per mese · { $area }
stats-chart-subtitle = { $period }, { $range }
stats-chart-empty = Nessun servizio registrato in questo periodo
stats-chart-other = Altri servizi
stats-chart-progress-region = Traguardi PNRR 1.7.2 dell'Umbria
stats-chart-progress-part = Traguardi PNRR 1.7.2 dell'Umbria: il contributo di quest'area
stats-target-centres = Centri attivi
stats-target-citizens = Persone aiutate
stats-target-services = Servizi dati
stats-progress = { $value } su { $target } · { $percent }
stats-few-people = meno di 5 persone
stats-summary =
    <b>Statistiche · { $area }</b>
    { $period }, { $range }

    👥 Persone aiutate: <b>{ $citizens }</b>
    🧾 Servizi dati: <b>{ $services }</b> (con prenotazione { $booked }, senza prenotazione { $walkin })
    📅 Non venuti all'appuntamento: { $noshow }
    🎓 Partecipanti agli eventi: { $participants }
    📣 Post pubblicati nel canale: { $posts } (reazioni: { $reactions })
    🔔 Persone che seguono i punti: { $followers }
    🤝 Partner: { $partners }
    ⭐ Soddisfazione: { $satisfaction }

    <b>{ $progressTitle }</b>
    • Centri attivi: { $centres }
    • Persone aiutate: { $citizensProgress }
    • Servizi dati: { $servicesProgress }

    <i>Per proteggere la privacy non mostriamo i numeri di meno di 5 persone.</i>
stats-noshow = { $percent } ({ $noshow } su { $expected })
stats-noshow-none = nessun appuntamento passato
stats-satisfaction = { $average } su 5 ({ $answers } risposte)
stats-satisfaction-few = troppo poche risposte per mostrarla
stats-partners-none = nessuno
stats-partners = { $count }: { $names }
stats-other-period = Un altro periodo?
stats-service-spid = SPID
stats-service-cie = Carta d'identità (CIE)
stats-service-fse = Fascicolo sanitario
stats-service-cup = Visite e referti (CUP)
stats-service-pagopa = PagoPA
stats-service-appio = App IO
stats-service-school = Iscrizioni a scuola
stats-service-inps = INPS e aiuti
stats-service-anagrafe = Anagrafe
stats-service-pec = E-mail e PEC
stats-service-safety = Sicurezza online
stats-service-device = Uso del telefono e del computer

## Dati da scaricare
export-choose-period =
    <b>Scarica i dati</b> · { $area }
    Di quale periodo? Ricevi due file CSV: i servizi e gli eventi.
export-services-caption = Servizi · { $area } · { $range }: { $rows ->
        [one] { $rows } riga
       *[other] { $rows } righe
    }, una per ogni aiuto dato. CSV in UTF-8, separatore virgola (in Excel: Dati › Da testo/CSV). Nessun nome: la colonna «citizen» è un codice che vale solo in questo file.
export-events-caption = Eventi · { $area } · { $range }: { $rows ->
        [one] { $rows } riga
       *[other] { $rows } righe
    }, una per ogni data di un evento. CSV in UTF-8, separatore virgola (in Excel: Dati › Da testo/CSV). «registrations» conta le iscrizioni non annullate.
