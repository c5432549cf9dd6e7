## Gjuha e këtij skedari
language-name = Shqip

## Komandat (përshkrimet në menynë e Telegram-it)
command-start = Filloni dhe hapni menynë
command-help = Si funksionon boti
command-find = Gjeni pikën DigiPASS më të afërt
command-book = Rezervoni ndihmë
command-mybookings = Rezervimet e mia
command-events = Kurse dhe aktivitete
command-language = Ndryshoni gjuhën
command-privacy = Të dhënat tuaja dhe privatësia
command-cancel = Anuloni atë që po bëni

## Mirëseardhja dhe menyja kryesore
welcome =
    Përshëndetje <b>{ $name }</b>! 👋
    Jam boti i <b>Punti Digitale Facile DigiPASS</b> të rajonit Umbria.

    Në pikat DigiPASS një person ju ndihmon falas me SPID, kartën elektronike të identitetit, dosjen shëndetësore, pagesat dhe të tjera.

    Zgjidhni një buton këtu poshtë.
welcome-back = Mirë se u kthyet! Zgjidhni një buton këtu poshtë.
help =
    <b>Si funksionon</b>

    📍 <b>Dërgoni vendndodhjen</b>: ju tregoj pikat DigiPASS më të afërta.
    🔎 <b>Gjeni një pikë</b>: shkruani emrin e qytetit tuaj (comune).
    📅 <b>Rezervoni ndihmë</b>: zgjidhni ditën dhe orën.
    🎓 <b>Kurse dhe aktivitete</b>: kurse falas pranë jush.
    🗂 <b>Rezervimet e mia</b>: shikoni, zhvendosni ose anuloni.

    Për të ndaluar atë që po bëni, shkruani /cancel.
menu-location = 📍 Dërgoni vendndodhjen
menu-find = 🔎 Gjeni një pikë
menu-book = 📅 Rezervoni ndihmë
menu-events = 🎓 Kurse dhe aktivitete
menu-mybookings = 🗂 Rezervimet e mia
menu-language = 🌐 Gjuha
menu-placeholder = Zgjidhni një buton ose shkruani qytetin tuaj

## Gjuha
language-choose = Zgjidhni gjuhën:
language-set = U bë! Tani do t'ju shkruaj në shqip.
language-same = Tashmë po ju shkruaj në shqip.

## Anulimi
cancel-done = Në rregull, e anulova. Zgjidhni një buton këtu poshtë.
cancel-nothing = Nuk ka asgjë për të anuluar.

## Gabimet dhe përgjigjet e sjellshme
error-generic =
    Na vjen keq, diçka nuk funksionoi.
    Provoni përsëri pas pak. Nëse problemi vazhdon, shkruani /start.
error-button-expired = Ky buton nuk vlen më. Shkruani /start për të filluar nga e para.
unhandled-text =
    Nuk e kuptova. 🙂
    Zgjidhni një buton këtu poshtë ose shkruani /help.
unhandled-other = Mund të lexoj vetëm mesazhe me tekst dhe vendndodhje. Zgjidhni një buton këtu poshtë.
deeplink-unknown = Lidhja që hapët nuk është e vlefshme ose ka skaduar.

## Shërbimet (emri dhe çfarë të merrni me vete)
service-spid = SPID (identiteti digjital)
service-spid-bring = një dokument identiteti të vlefshëm, kartën shëndetësore (tessera sanitaria), një telefon që merr SMS, një adresë e-maili që dini ta hapni
service-cie = Karta elektronike e identitetit (CIE): PIN dhe PUK
service-cie-bring = kartën elektronike të identitetit, letrën me pjesën e parë të PIN-it dhe të PUK-ut, telefonin
service-fse = Dosja shëndetësore (FSE): rezultate dhe receta online
service-fse-bring = kartën shëndetësore (tessera sanitaria), SPID ose CIE me PIN-in, telefonin
service-cup = Rezervime mjekësore (CUP) dhe rezultatet (referti)
service-cup-bring = recetën e mjekut, kartën shëndetësore (tessera sanitaria), SPID ose CIE me PIN-in, telefonin
service-pagopa = PagoPA dhe pagesat në internet
service-pagopa-bring = njoftimin e pagesës (avviso di pagamento), një kartë pagese ose aplikacionin e bankës, telefonin
service-appio = App IO
service-appio-bring = telefonin me vend të lirë në memorie, SPID ose CIE me PIN-in
service-school = Regjistrimi në shkollë dhe në çerdhe (nido)
service-school-bring = SPID ose CIE me PIN-in, të dhënat e fëmijës dhe të prindërve, kodin e shkollës nëse e dini
service-inps = INPS dhe ndihmat sociale (assegni, ISEE)
service-inps-bring = SPID ose CIE me PIN-in, kartën shëndetësore (tessera sanitaria), dokumentet për kërkesën
service-anagrafe = Certifikatat e gjendjes civile (anagrafe)
service-anagrafe-bring = SPID ose CIE me PIN-in, një dokument identiteti
service-pec = E-mail dhe PEC (e-mail i certifikuar)
service-pec-bring = telefonin, një dokument identiteti, fjalëkalimet që keni tashmë
service-safety = Siguria në internet dhe mashtrimet
service-safety-bring = telefonin ose kompjuterin që përdorni, mesazhet e dyshimta që keni marrë
service-device = Ndihmë me kompjuterin dhe smartfonin
service-device-bring = telefonin, tabletin ose kompjuterin, me karikuesin dhe fjalëkalimet

## Kufijtë
rate-limited = Po shkruani shumë shpejt. Prisni pak dhe provoni përsëri. 🙂

## Privatësia dhe të dhënat personale
command-mydata = Shikoni të dhënat që ruajmë për ju
command-forgetme = Fshini të dhënat tuaja
privacy-notice =
    <b>Të dhënat tuaja</b>

    <b>Çfarë ruajmë.</b> Numrin tuaj të përdoruesit në Telegram dhe gjuhën që keni zgjedhur. Nëse rezervoni: pikën, ditën, orën, shërbimin, emrin tuaj (atë të Telegram-it, që facilitatori të dijë kë pret) dhe shënimin që shkruani. Nëse regjistroheni në një aktivitet ose kërkoni të njoftoheni kur lirohet një vend: aktivitetin ose ditën. Kujtesat që do t'ju dërgojmë presin në radhë derisa të dërgohen. Nëse ndiqni një pikë: cilën pikë. Nëse punoni në një pikë DigiPASS: rolin dhe emrin tuaj.
    <b>Pse.</b> Për t'ju dhënë shërbimin që kërkoni. Është një detyrë në interes publik e Rajonit (Regione) dhe e bashkive (Comuni): ndihma digjitale, PNRR masa 1.7.2.
    <b>Për sa kohë.</b> Shënimet dhe të dhënat e rezervimeve të kaluara fshihen pas { $days } ditësh. Bisedat e lëna përgjysmë fshihen pas 7 ditësh. E njëjta gjë vlen për kujtesat dhe mesazhet e dërguara. Këtë afat e cakton Rajoni dhe mund të ndryshojë.
    <b>Statistikat.</b> Rajoni numëron shërbimet e dhëna dhe personat e ndihmuar. Facilitatori mund të shënojë grupmoshën, gjininë dhe nëse është vizita e parë; pas shërbimit mund të jepni një notë nga 1 deri në 5. Këto nuk janë të detyrueshme dhe nuk kanë emrin tuaj.
    <b>Kush është kontrolluesi i të dhënave.</b> { $controller }
    <b>Zyrtari për mbrojtjen e të dhënave.</b> { $dpo }
    <b>Telegram.</b> Mesazhet kalojnë përmes Telegram-it, që i trajton sipas rregullave të veta.

    /mydata — shikoni të gjitha të dhënat tuaja
    /forgetme — fshini të dhënat tuaja
privacy-not-configured = ende nuk është caktuar: pyesni në pikën tuaj DigiPASS
mydata-summary =
    <b>Të dhënat që ruajmë për ju</b>

    Numri i përdoruesit në Telegram: { $telegramId }
    Gjuha: { $language }
    Hera e parë: { $firstSeen }
    Rezervimet: { $bookings }
    Pikat dhe zonat që ndiqni: { $follows }
    Regjistrimet në aktivitete: { $registrations }
    Rolet: { $roles }

    Në skedarin këtu poshtë gjeni gjithçka, edhe hollësitë.
mydata-none = asnjë
mydata-language-auto = ajo e Telegram-it
mydata-file-caption = Të gjitha të dhënat tuaja (skedar JSON)
forgetme-confirm =
    Doni t'i fshini të gjitha të dhënat tuaja?
    Do të humbisni rezervimet, pikat që ndiqni dhe rolet. Pas kësaj nuk ka kthim mbrapa.
forgetme-yes = Po, dua t'i fshij të gjitha
forgetme-no = Jo, dua t'i mbaj të dhënat
forgetme-done =
    U bë. I fshimë të dhënat tuaja.
    Mbeten vetëm numra anonimë për statistikat, pa emrin tuaj.
forgetme-kept = Në rregull, nuk fshiva asgjë.

## Rolet, ekipi dhe ftesat
error-not-allowed-staff = Kjo komandë është për ata që punojnë në pikat DigiPASS.
error-not-allowed-point = Ky veprim është për facilitatorët e pikës { $point }.
error-not-allowed-zone = Ky veprim është për koordinatorët e zonës { $zone }.
error-not-allowed-admin = Ky veprim është për administratorët e Rajonit (Regione).
error-not-allowed-yours = Kjo nuk është e juaja: mund të veproni vetëm me rezervimet tuaja.
error-not-allowed-self = Nuk mund ta hiqni rolin nga vetja. Pyesni një koordinator ose Rajonin (Regione).
error-not-found = Nuk e gjej atë që kërkoni. Ndoshta është fshirë.
error-invite-not-found = Kjo ftesë nuk ekziston. Kërkoni një ftesë të re nga personi që jua dërgoi.
error-invite-expired = Kjo ftesë ka skaduar. Kërkoni një ftesë të re nga personi që jua dërgoi.
error-invite-used = Kjo ftesë është përdorur tashmë. Kërkoni një ftesë të re nga personi që jua dërgoi.
error-invite-revoked = Kjo ftesë nuk është më e vlefshme: personi që e krijoi nuk mund ta japë më këtë rol. Kërkoni një ftesë të re nga koordinatori juaj ose nga Rajoni.
error-already-has-role = E keni tashmë këtë rol.
error-not-allowed-coordinators = Ky veprim është për koordinatorët e zonave dhe për Rajonin (Regione).

## Gjetja e një pike
command-points = Të gjitha pikat, zonë pas zone
find-ask =
    Shkruani emrin e qytetit tuaj (comune) ose të fshatit (frazione), për shembull: Foligno, Ponte San Giovanni.
    Ose prekni «📍 Dërgoni vendndodhjen».
find-nearest-title = <b>Pikat DigiPASS më afër jush</b>
find-outside-umbria = Pikat DigiPASS janë në rajonin Umbria. Këto janë më të afërtat nga vendndodhja që dërguat.
find-item =
    { $n }. <b>{ $name }</b> — { $km } km
    { $where }
    { $status }
find-status-open = 🟢 Hapur tani, deri në orën { $until }
find-status-closed-next = 🔴 Mbyllur tani. Hapet ditën { $day }, në orën { $time }
find-status-closed = 🔴 Mbyllur tani. Nuk hapet në ditët në vijim.
find-status-unknown = ⚪ Oraret nuk janë publikuar: pyesni në Comune (bashkia)
find-status-holiday = 🔴 Mbyllur sot për festë ({ $holiday }). Hapet ditën { $day }, në orën { $time }
find-open-card = { $n }. { $name }
find-town-title = <b>Pikat DigiPASS në { $town }</b>
find-town-none =
    Në { $town } nuk ka ende pikë DigiPASS.
    Ja më të afërtat:
find-zone-also = Pika të tjera të zonës sociale (zona sociale) { $zone }:
find-several = Gjeta disa vende me këtë emër. Cilin keni parasysh?
find-no-match = Nuk e njoh qytetin «{ $query }». 🤔
find-no-match-suggest = Mos keni parasysh:
find-no-match-help = Kontrolloni si shkruhet, ose dërgoni vendndodhjen tuaj me butonin këtu poshtë.
find-bad-input = Shkruani emrin e një qyteti në rajonin Umbria, për shembull Perugia ose Gualdo Tadino. Ose dërgoni vendndodhjen tuaj.
points-choose-zone = <b>12 zonat sociale (zone sociali) të rajonit Umbria</b>. Zgjidhni një zonë:
points-zone-button = { $number } · { $name } ({ $count })
points-zone-title = <b>Zona sociale { $number } · { $name }</b>. Zgjidhni një pikë:
points-prev = ◀️ Mbrapa
points-next = Përpara ▶️
points-back-zones = ↩️ Të gjitha zonat

## Karta e pikës
card-title = <b>{ $name }</b>
card-where = 📍 { $where }
card-zone = Zona sociale { $number } · { $zone }
card-approximate = (vendndodhje e përafërt: qendra e qytetit)
card-mobile = 🚐 Njësi lëvizëse: ndalesat e saj do të publikohen këtu.
card-hours-title = <b>Oraret e kësaj jave</b>
card-hours-unknown = ⚪ Oraret nuk janë publikuar. Pyesni në Comune (bashkia).
card-hours-published = Oraret sipas burimit: { $text }
card-hours-demo = (orare prove: ky është një demonstrim)
card-day-open = { $day }: { $ranges }
card-day-closed = { $day }: mbyllur
card-day-holiday = { $day }: mbyllur për festë ({ $holiday })
card-services-title = <b>Shërbimet</b>
card-services-all = Të gjitha shërbimet e rrjetit DigiPASS: SPID, CIE, dosja shëndetësore (FSE), rezervimet CUP dhe rezultatet mjekësore, PagoPA, app IO, regjistrimet në shkollë, INPS, certifikatat, e-mail dhe PEC, siguria në internet, ndihmë me kompjuterin dhe telefonin.
card-contacts = ☎️ { $contacts }
card-events-title = <b>Aktivitetet e ardhshme</b>
card-event-line = • { $when } — { $title }
card-no-events = Nuk ka aktivitete të planifikuara.
card-directions = 🧭 Si të shkoni
card-follow = 🔔 Ndiqni këtë pikë
card-unfollow = 🔕 Mos e ndiqni më
card-back = ↩️ Mbrapa
card-followed = Tani ndiqni pikën { $name }: do t'ju shkruaj kur ka të reja dhe aktivitete.
card-unfollowed = Nuk e ndiqni më pikën { $name }.
find-status-announced = ⚪ Oraret nuk janë publikuar. Hapja e ardhshme e njoftuar: ditën { $day }, në orën { $time }
find-status-exception-closed = 🔴 Mbyllur sot në mënyrë të jashtëzakonshme. Hapet ditën { $day }, në orën { $time }
find-status-exception-hours = 🔴 Mbyllur tani: sot orari ka ndryshuar. Hapet ditën { $day }, në orën { $time }
find-approximate = (vendndodhje e përafërt)
card-day-exception-closed = { $day }: mbyllur në mënyrë të jashtëzakonshme
card-day-extra = { $day }: { $ranges } (hapje e jashtëzakonshme)
card-day-extra-holiday = { $day }: { $ranges } (hapje e jashtëzakonshme, edhe pse është festë: { $holiday })
card-day-reduced = { $day }: { $ranges } (orar i shkurtuar)
card-day-changed = { $day }: { $ranges } (orar i ndryshuar)
card-announced-title = <b>Hapje të jashtëzakonshme të njoftuara</b>
card-book-later-contacts = 📅 Rezervimet përmes botit hapen kur pika publikon oraret: ndërkohë mund ta kontaktoni te kontaktet më poshtë.
card-book-later = 📅 Rezervimet përmes botit hapen kur pika publikon oraret: ndërkohë mund të kërkoni informacion në Comune (bashkia) { $comune }.
card-book-mobile = 📅 Njësia lëvizëse nuk rezervohet përmes botit: mund të shkoni në një nga ndalesat e saj.

## Festat
holiday-new_year = Viti i Ri
holiday-epiphany = Epifania
holiday-easter = Pashkët
holiday-easter_monday = E hëna e Pashkëve
holiday-liberation_day = Dita e Çlirimit të Italisë
holiday-labour_day = Dita e Punëtorëve
holiday-republic_day = Dita e Republikës Italiane
holiday-assumption = Ferragosto, Shën Mëria e Gushtit
holiday-st_francis = Shën Françesku i Asizit
holiday-all_saints = Të Gjithë Shenjtorët
holiday-immaculate_conception = Ngjizja e Papërlyer (Immacolata)
holiday-christmas = Krishtlindjet
holiday-st_stephen = Shën Stefani
holiday-patron_saint = { $name }, shenjti mbrojtës
find-stop = 🚐 { $place } · { $day }, { $from }–{ $to }

## Dërgime për shumë persona (të reja, kujtesa)
news-for-followers =
    📢 Të reja nga <b>{ $point }</b>, që ju e ndiqni:

    { $news }
## Rezervimet: gabimet
error-slot-taken = Këtë orar sapo e zuri një person tjetër. Zgjidhni një orar tjetër.
error-too-many-bookings = Keni tashmë { $max } rezervime. Për të rezervuar përsëri, prisni takimin e parë ose anuloni një rezervim.
error-overlapping-booking = Keni tashmë një takim në këtë orë.
error-too-late-to-cancel = Deri te takimi mungojnë më pak se { $hours } orë: nuk mund ta anuloni ose ta zhvendosni më nga boti. Telefononi ose shkoni në pikën DigiPASS.

## Rezervimi i ndihmës
book-back = ↩️ Mbrapa
book-cancel = ✖️ Anuloni
book-ask-point =
    <b>Ku doni të shkoni?</b>
    Shkruani emrin e qytetit tuaj, ose dërgoni vendndodhjen tuaj.
book-last-point = 🕘 Si herën e kaluar: { $name }
book-choose-point = Zgjidhni pikën:
book-no-point = Nuk gjeta pika me këtë emër. Shkruani emrin e qytetit, për shembull Foligno.
book-no-hours =
    { $point } nuk i ka publikuar ende oraret, prandaj nuk mund të rezervoj këtu.
    Zgjidhni një pikë tjetër.
book-ask-service = <b>Për çfarë ju duhet ndihmë?</b>
book-bring =
    <b>{ $service }</b>
    Merrni me vete: { $bring }.
book-ask-day = <b>Cilën ditë?</b> Këto ditë ka orare të lira në { $point }:
book-day-button = { $day } ({ $count })
book-no-days =
    Në ditët në vijim nuk ka orare të lira në { $point }.
    Provoni një pikë tjetër, ose telefononi pikën DigiPASS.
book-ask-time = <b>Në çfarë ore?</b> { $day }:
book-ask-note =
    Doni të lini një shënim për facilitatorin (personin që ju ndihmon)? (jo më shumë se 200 shkronja)
    Për shembull: «vij me vajzën time».
book-no-note = Pa shënim
book-note-too-long = Shënimi është shumë i gjatë: jo më shumë se 200 shkronja. Provoni përsëri, më shkurt.
book-summary =
    <b>Kontrolloni rezervimin tuaj</b>

    📍 { $point }
    { $where }
    🗓 { $when }
    🧾 { $service }
    📝 { $note }
book-summary-no-note = pa shënim
book-confirm = ✅ Konfirmoni
book-confirmed =
    ✅ <b>U rezervua!</b> Kodi: <b>{ $code }</b>

    📍 { $point }
    { $where }
    🗓 { $when }
    🧾 { $service }

    Merrni me vete: { $bring }.
    Do t'jua kujtoj takimin një ditë më parë.
book-ics-caption = Shtoni takimin në kalendarin tuaj
book-cancelled-flow = Në rregull, nuk rezervova asgjë.
book-expired = Rezervimi që kishit filluar skadoi pas { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutash
    } pa përgjigje. Kur të doni, filloni përsëri me «📅 Rezervoni ndihmë».
conversation-expired = { $minutes ->
        [one] Kaloi { $minutes } minutë
       *[other] Kaluan { $minutes } minuta
    } pa përgjigje, prandaj mbylla atë që po bënit. Kur të doni, filloni përsëri nga komanda ose menyja.
book-please-choose = Ju lutem, zgjidhni një nga butonat më sipër, ose prekni «✖️ Anuloni».
mybookings-none = Nuk keni rezervime të planifikuara. Për të rezervuar, prekni «📅 Rezervoni ndihmë».
mybookings-title = <b>Rezervimet tuaja</b>
mybookings-item =
    <b>{ $code }</b> — { $when }
    { $point } · { $service }
mybookings-cancel = ✖️ Anuloni { $code }
mybookings-move = 🔁 Zhvendosni { $code }
mybookings-cancel-confirm = Doni vërtet ta anuloni rezervimin <b>{ $code }</b> ({ $when })?
mybookings-cancel-yes = Po, dua ta anuloj
mybookings-cancel-no = Jo, e mbaj
mybookings-cancelled = Rezervimi { $code } u anulua. Tani ky orar është i lirë për një person tjetër.
mybookings-kept = Në rregull, rezervimi mbetet.
mybookings-move-day = <b>Zgjidhni ditën e re</b> për { $code }:
mybookings-move-time = <b>Zgjidhni orarin e ri</b> ({ $day }):
mybookings-moved = 🔁 U bë. Rezervimi { $code } tani është: { $when }.
card-book = 📅 Rezervoni këtu
reminder-24h =
    🔔 <b>Kujtesë</b>: nesër keni një takim.
    🗓 { $when }
    📍 { $point }
    🧾 { $service } (kodi { $code })
    Merrni me vete: { $bring }.
reminder-2h = 🔔 Së shpejti, në orën { $time }, keni një takim në <b>{ $point }</b> (kodi { $code }).

## Lista e pritjes
book-full-day = 🔔 { $day }: plot, më njoftoni
waitlist-joined = Në rregull: nëse lirohet një vend në { $point } për ditën { $day }, do t'ju shkruaj menjëherë. Mund ta merrni me një prekje brenda 30 minutave.
waitlist-already = Jeni tashmë në listën e pritjes për atë ditë.
waitlist-offer = 🎉 U lirua një vend në <b>{ $point }</b>: { $when } ({ $service }). E doni? Oferta vlen 30 minuta.
waitlist-take = ✅ Po, e rezervoj
waitlist-offer-gone = Na vjen keq, oferta ka skaduar ose vendin e ka zënë dikush tjetër.
waitlist-decline = Jo, faleminderit
waitlist-declined = Në rregull, faleminderit që na njoftuat. Vendi në <b>{ $point }</b> ({ $when }) u lirua për personin tjetër që pret. Mund të rezervoni një herë tjetër, kur të doni.
waitlist-decline-already = E keni liruar tashmë këtë vend: nuk duhet të bëni asgjë tjetër. Mund të rezervoni një herë tjetër, kur të doni.
waitlist-decline-taken = E keni rezervuar tashmë këtë vend: e gjeni te rezervimet tuaja.
waitlist-decline-gone = Asnjë problem: kjo ofertë nuk ishte më e vlefshme, prandaj nuk ka asgjë për të liruar. Mund të rezervoni një herë tjetër, kur të doni.
reminder-confirm = ✅ Konfirmoj, do të vij
booking-confirmed-thanks = Faleminderit! Rezervimi { $code } u konfirmua: ju presim.
booking-released =
    Nuk e konfirmuat rezervimin { $code } ({ $when }, { $point }), prandaj vendi u lirua për një person tjetër.
    Nëse doni, rezervoni përsëri me «📅 Rezervoni ndihmë».

## Si shkoi
feedback-ask = Sot ju ndihmuan në <b>{ $point }</b> ({ $service }). Si shkoi? Prekni një numër: 1 = keq, 5 = shumë mirë.
feedback-thanks = Faleminderit! Përgjigjja juaj ndihmon që pikat DigiPASS të bëhen më të mira.

## Kurse dhe aktivitete (për qytetarët)
events-title = <b>Kurset dhe aktivitetet e ardhshme</b>
events-title-followed = <b>Kurset dhe aktivitetet e ardhshme në pikat që ndiqni</b>
events-none = Në 30 ditët e ardhshme nuk ka aktivitete të planifikuara. Kthehuni të shikoni së shpejti!
events-item =
    🗓 <b>{ $when }</b>
    { $title }
    📍 { $where }
events-item-cancelled = (anuluar)
events-add = 📅 Shtoni: { $title }
events-ics-caption = Hapni skedarin për ta shtuar aktivitetin në kalendarin tuaj.

## Aktivitetet në kanal dhe në mesazhet për ata që ndjekin
event-category-course = Kurs
event-category-workshop = Punëtori
event-category-seminar = Takim
event-category-open_day = Dyer të hapura
event-category-trashware = Ripërdorimi i kompjuterëve
event-category-open_data = Të dhëna të hapura
event-category-schools = Shkollat
event-category-other = Aktivitet
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
event-post-online = 💻 Online (në internet)
event-post-online-link = 💻 Online (në internet): { $url }
event-post-zone = 🗺 Në gjithë zonën sociale (Zona sociale) { $number } · { $zone }
event-post-partners = 🤝 Në bashkëpunim me: { $partners }
event-post-seats = 👥 { $capacity } vende. Regjistrimi falas nga boti.
event-post-register = ✍️ Regjistrimi falas nga boti.
event-post-free = Falas dhe i hapur për të gjithë.
event-post-cancelled = ❌ <b>ANULUAR</b>: { $reason }
event-recur-weekly = 🔁 Çdo javë: { $days }
event-recur-biweekly = 🔁 Çdo dy javë: { $days }
event-recur-monthly = 🔁 { $day } { $nth ->
        [1] e parë
        [2] e dytë
        [3] e tretë
        [4] e katërt
       *[last] e fundit
    } e çdo muaji
event-recur-until = , deri më { $date }
event-recur-count = , { $count } herë
event-button-details = ℹ️ Hollësi dhe regjistrim
event-button-remind = 🔔 Ma kujtoni
event-button-calendar = 📅 Shtoni në kalendar
event-for-followers =
    📢 Aktivitet i ri në <b>{ $point }</b>, që ju e ndiqni:

    { $post }
event-cancelled-notice = ❌ Aktiviteti «{ $title }» i datës { $when } u anulua. Arsyeja: { $reason }. Na vjen keq!
event-moved-notice = 🔁 Aktiviteti «{ $title }» ku jeni regjistruar u zhvendos. Tani është: { $when }.
event-place-notice =
    📍 Aktiviteti «{ $title }» ku jeni regjistruar ({ $when }) ndryshon vendin. Tani zhvillohet këtu:
    { $where }
event-post-skipped = 🚫 Nuk zhvillohet: { $days }

## Aktivitetet: karta, regjistrimi, kujtesat, përmbledhja
ec-register = ✍️ Regjistrohuni
ec-remind = 🔔 Ma kujtoni
ec-unregister = ✖️ Anuloni regjistrimin tim
ec-follow = 📍 Ndiqni { $name }
ec-unfollow = 🔕 Mos e ndiqni më { $name }
ec-back = ↩️ Mbrapa
ec-details = ℹ️ Hollësi
ec-dates-title = <b>Datat e ardhshme</b>
ec-date-line = • { $day }
ec-date-line-state = • { $day } — { $state }
ec-state-seats = { $seats ->
        [one] 1 vend i lirë
       *[other] { $seats } vende të lira
    }
ec-state-full = plot
ec-state-registered = ✅ keni një vend
ec-state-reminded = 🔔 kujtesa është aktive
ec-over = Ky aktivitet ka kaluar tashmë.
ec-not-found = Nuk e gjej këtë aktivitet. Ndoshta është hequr, ose nuk është publikuar ende.
ec-event-cancelled = Ky aktivitet është anuluar. Nuk keni nevojë të bëni asgjë.
ec-date-cancelled = Kjo datë është anuluar. Nuk keni nevojë të bëni asgjë.
ec-date-past = Kjo datë ka kaluar tashmë.
ec-no-registration = Për këtë aktivitet nuk ka nevojë të regjistroheni: ejani drejtpërdrejt.
ec-registered =
    ✅ U regjistruat: «{ $title }», { $when }.
    Një ditë më parë do t'ju dërgoj një kujtesë. Nëse nuk mund të vini, anuloni regjistrimin: vendi do t'i shkojë një personi tjetër.
ec-already = Keni tashmë një vend për { $when }.
ec-full = Na vjen keq, për { $when } nuk ka më vende. Mund të zgjidhni një datë tjetër, nëse ka. Ose ndiqni pikën: do t'ju njoftoj për aktivitetet e ardhshme.
ec-unregistered = U bë: regjistrimi juaj për { $when } u anulua. Faleminderit që na njoftuat!
ec-not-registered = Nuk gjej asnjë regjistrim tuajin për këtë datë.
ec-remind-set = 🔔 Në rregull: do t'ju shkruaj një ditë më parë, { $at }.
ec-remind-already = Kujtesa për { $when } është vendosur tashmë.
ec-remind-soon = Mungon më pak se një ditë: është { $when }. Ju presim!
ec-reminder =
    🔔 <b>Kujtesë</b>: nesër zhvillohet «{ $title }».
    🗓 { $when }
    📍 { $where }
ec-reminder-registered = Keni një vend. Nëse nuk mund të vini, anuloni regjistrimin: vendi do t'i shkojë një personi tjetër.
digest-title = 📅 <b>Këtë javë në pikat DigiPASS</b>
digest-title-followed = 📅 <b>Këtë javë në pikat DigiPASS që ndiqni</b>
digest-zone = <b>Zona sociale { $number } · { $name }</b>
digest-zone-none = <b>Online dhe në gjithë rajonin Umbria</b>
digest-item = • { $day }, { $time } — { $title } ({ $place })
digest-item-nowhere = • { $day }, { $time } — { $title }
digest-online = online
digest-zone-wide = në gjithë zonën
digest-more = { $count ->
        [one] …dhe { $count } aktivitet tjetër.
       *[other] …dhe { $count } aktivitete të tjera.
    } Shkruani /events te boti për t'i parë të gjitha.
digest-footer = Prekni një titull për hollësitë dhe për t'u regjistruar. Gjithçka është falas.
digest-footer-followed = E merrni këtë përmbledhje sepse ndiqni këto pika. Prekni një titull për hollësitë.

## Çfarë ndiqni
command-follow = Pikat dhe zonat që ndiqni
follow-title = <b>Ju ndiqni këto pika dhe zona</b>. Ju shkruaj kur kanë të reja ose aktivitete:
follow-line-point = • 📍 { $name }
follow-line-zone = • 🗺 Zona sociale { $name } (të gjitha pikat e saj)
follow-hint = Për të ndjekur një pikë tjetër, hapni kartën e saj dhe prekni «🔔 Ndiqni këtë pikë».
follow-none =
    Nuk ndiqni ende asnjë pikë.
    Për të ndjekur një pikë, hapni kartën e saj dhe prekni «🔔 Ndiqni këtë pikë». Ose ndiqni një zonë të tërë këtu poshtë.
follow-stop-point = 🔕 Mos e ndiqni më { $name }
follow-stop-zone = 🔕 Mos e ndiqni më zonën { $name }
follow-add-zone = 🗺 Ndiqni një zonë të tërë
follow-choose-zone = Cilën zonë sociale (zona sociale) doni të ndiqni? Do të merrni të rejat dhe aktivitetet e të gjitha pikave të saj.
follow-zone-done = U bë: tani e ndiqni këtë zonë.
follow-stopped = U bë: nuk do t'ju shkruaj më për këtë.

## Kurse dhe aktivitete: sipas zonës dhe sipas llojit
events-by-zone = 🗺 Sipas zonës
events-by-category = 🏷 Sipas llojit
events-title-zone = <b>Kurset dhe aktivitetet e ardhshme në zonën sociale { $zone }</b>
events-title-category = <b>Aktivitetet e ardhshme: { $category }</b>
events-none-here = Këtu nuk ka asgjë në 30 ditët e ardhshme. Provoni një zonë tjetër ose një lloj tjetër.
events-choose-zone = Për cilën zonë sociale doni të shikoni aktivitetet?
events-choose-category = Çfarë lloj aktiviteti kërkoni?
