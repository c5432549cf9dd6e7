# Staff screens only: statistics (/stats) and data downloads (/export). Italian and English.

## Statistics
command-stats = Statistics and targets of your points
command-export = Download service and event data (CSV)
stats-choose-period =
    <b>Statistics</b> · { $area }
    For which period?
stats-period-month = This month
stats-period-prev = Last month
stats-period-year = This year
stats-period-all = Since the start
stats-choose-zone = 🗺 Choose a zone
stats-choose-area = Which zone?
stats-zone-button = Zone { $number } · { $name }
stats-area-region = all of Umbria
stats-area-zone = zone { $number } ({ $name })
stats-range = from { $from } to { $to }
stats-photo-caption = Services by month and targets · { $area }
stats-chart-title = Services by month · { $area }
stats-chart-subtitle = { $period }, { $range }
stats-chart-empty = No services recorded in this period
stats-chart-other = Other services
stats-chart-progress-region = Umbria's PNRR 1.7.2 targets
stats-chart-progress-part = Umbria's PNRR 1.7.2 targets: this area's share
stats-target-centres = Active centres
stats-target-citizens = People helped
stats-target-services = Services given
stats-progress = { $value } of { $target } · { $percent }
stats-few-people = fewer than 5 people
stats-summary =
    <b>Statistics · { $area }</b>
    { $period }, { $range }

    👥 People helped: <b>{ $citizens }</b>
    🧾 Services given: <b>{ $services }</b> (booked { $booked }, without a booking { $walkin })
    📅 Missed appointments: { $noshow }
    🎓 Event participants: { $participants }
    📣 Posts published in the channel: { $posts } (reactions: { $reactions })
    🔔 People following the points: { $followers }
    🤝 Partners: { $partners }
    ⭐ Satisfaction: { $satisfaction }

    <b>{ $progressTitle }</b>
    • Active centres: { $centres }
    • People helped: { $citizensProgress }
    • Services given: { $servicesProgress }

    <i>To protect privacy we do not show numbers of fewer than 5 people.</i>
stats-noshow = { $percent } ({ $noshow } of { $expected })
stats-noshow-none = no past appointments
stats-satisfaction = { $average } out of 5 ({ $answers } answers)
stats-satisfaction-few = too few answers to show it
stats-partners-none = none
stats-partners = { $count }: { $names }
stats-other-period = Another period?
stats-service-spid = SPID
stats-service-cie = Identity card (CIE)
stats-service-fse = Health record
stats-service-cup = Medical visits (CUP)
stats-service-pagopa = PagoPA
stats-service-appio = IO app
stats-service-school = School enrolment
stats-service-inps = INPS and benefits
stats-service-anagrafe = Registry office
stats-service-pec = E-mail and PEC
stats-service-safety = Online safety
stats-service-device = Using phones and computers

## Data downloads
export-choose-period =
    <b>Download the data</b> · { $area }
    For which period? You get two CSV files: services and events.
export-services-caption = Services · { $area } · { $range }: { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }, one for each time someone was helped. UTF-8 CSV, comma separated (in Excel: Data › From Text/CSV). No names: the "citizen" column is a code valid only within this file.
export-events-caption = Events · { $area } · { $range }: { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }, one for each date of an event. UTF-8 CSV, comma separated (in Excel: Data › From Text/CSV). "registrations" counts registrations not cancelled.
