## Limba acestui fișier
language-name = Română

## Comenzi (descrieri în meniul Telegram)
command-start = Începeți și deschideți meniul
command-help = Cum funcționează botul
command-find = Găsiți cel mai apropiat punct DigiPASS
command-book = Faceți o programare pentru ajutor
command-mybookings = Programările mele
command-events = Cursuri și evenimente
command-language = Schimbați limba
command-privacy = Datele dumneavoastră și confidențialitatea
command-cancel = Anulați ce faceți acum

## Bun venit și meniul principal
welcome =
    Bună ziua, <b>{ $name }</b>! 👋
    Sunt botul <b>Punti Digitale Facile DigiPASS</b> din Umbria.

    La un punct DigiPASS, o persoană vă ajută gratuit cu SPID, cartea de identitate electronică, dosarul medical electronic, plăți și altele.

    Alegeți un buton de mai jos.
welcome-back = Bine ați revenit! Alegeți un buton de mai jos.
help =
    <b>Cum funcționează</b>

    📍 <b>Trimiteți locația</b>: vă arăt cele mai apropiate puncte DigiPASS.
    🔎 <b>Căutați un punct</b>: scrieți numele localității dumneavoastră.
    📅 <b>Faceți o programare</b>: alegeți ziua și ora.
    🎓 <b>Cursuri și evenimente</b>: cursuri gratuite aproape de dumneavoastră.
    🗂 <b>Programările mele</b>: le vedeți, le mutați pe altă zi sau le anulați.

    Ca să opriți ce faceți acum, scrieți /cancel.
menu-location = 📍 Trimit locația mea
menu-find = 🔎 Caut un punct
menu-book = 📅 Fac o programare
menu-events = 🎓 Cursuri și evenimente
menu-mybookings = 🗂 Programările mele
menu-language = 🌐 Limba
menu-placeholder = Alegeți un buton sau scrieți localitatea

## Limba
language-choose = Alegeți limba:
language-set = Gata! De acum vă scriu în limba română.
language-same = Vă scriu deja în limba română.

## Anulare
cancel-done = Bine, am anulat. Alegeți un buton de mai jos.
cancel-nothing = Nu este nimic de anulat.

## Erori și răspunsuri amabile
error-generic =
    Ne pare rău, ceva nu a funcționat.
    Încercați din nou peste puțin timp. Dacă problema continuă, scrieți /start.
error-button-expired = Acest buton nu mai este valabil. Scrieți /start ca să începeți din nou.
unhandled-text =
    Nu am înțeles. 🙂
    Alegeți un buton de mai jos sau scrieți /help.
unhandled-other = Pot citi doar mesaje scrise și locații. Alegeți un buton de mai jos.
deeplink-unknown = Linkul pe care l-ați deschis nu este valabil sau a expirat.

## Servicii (nume și ce trebuie adus)
service-spid = SPID (identitate digitală)
service-spid-bring = un act de identitate valabil, tessera sanitaria (cardul de sănătate), un telefon care primește SMS, o adresă de e-mail pe care știți să o deschideți
service-cie = Cartea de identitate electronică (CIE): activare, PIN și PUK
service-cie-bring = cartea de identitate electronică, scrisoarea cu prima parte a codurilor PIN și PUK, telefonul
service-fse = Dosarul medical (FSE): rezultate și rețete online
service-fse-bring = tessera sanitaria (cardul de sănătate), SPID sau CIE cu codul PIN, telefonul
service-cup = Programări medicale (CUP) și rezultate online
service-cup-bring = rețeta de la medic (ricetta), tessera sanitaria (cardul de sănătate), SPID sau CIE cu codul PIN, telefonul
service-pagopa = PagoPA și plăți online
service-pagopa-bring = avizul de plată (avviso di pagamento), un card de plată sau aplicația băncii, telefonul
service-appio = Aplicația IO (app IO)
service-appio-bring = telefonul, cu spațiu liber în memorie, SPID sau CIE cu codul PIN
service-school = Înscrierea la școală și la creșă (nido)
service-school-bring = SPID sau CIE cu codul PIN, datele copilului și ale părinților, codul școlii, dacă îl știți
service-inps = INPS și ajutoare (alocații, ISEE)
service-inps-bring = SPID sau CIE cu codul PIN, tessera sanitaria (cardul de sănătate), documentele pentru cerere
service-anagrafe = Certificate de la Anagrafe (evidența populației)
service-anagrafe-bring = SPID sau CIE cu codul PIN, un act de identitate
service-pec = E-mail și PEC (e-mail cu valoare legală)
service-pec-bring = telefonul, un act de identitate, parolele pe care le aveți deja
service-safety = Siguranța pe internet și înșelătorii
service-safety-bring = telefonul sau calculatorul pe care îl folosiți, mesajele suspecte pe care le-ați primit
service-device = Ajutor cu calculatorul și telefonul (smartphone)
service-device-bring = telefonul, tableta sau calculatorul, cu încărcătorul și parolele

## Limite
rate-limited = Scrieți foarte repede. Așteptați puțin și încercați din nou. 🙂

## Confidențialitate și date personale
command-mydata = Vedeți datele pe care le păstrăm despre dumneavoastră
command-forgetme = Ștergeți datele dumneavoastră
privacy-notice =
    <b>Datele dumneavoastră</b>

    <b>Ce păstrăm.</b> Numărul dumneavoastră de utilizator Telegram și limba aleasă. Dacă faceți o programare: punctul, ziua, ora, serviciul, prenumele dumneavoastră (cel din Telegram, ca facilitatorul să știe pe cine așteaptă) și nota pe care o scrieți. Dacă vă înscrieți la un eveniment sau cereți să fiți anunțat când se eliberează un loc: evenimentul sau ziua. Mementourile pe care vi le vom trimite așteaptă într-o coadă până sunt trimise. Dacă urmăriți un punct: care anume. Dacă lucrați la un punct DigiPASS: rolul și numele dumneavoastră.
    <b>De ce.</b> Ca să vă oferim serviciul pe care îl cereți. Este o sarcină de interes public a Regiunii și a primăriilor (Comuni): facilitare digitală, PNRR măsura 1.7.2.
    <b>Cât timp.</b> Notele și datele programărilor trecute se șterg după { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    }. Conversațiile lăsate neterminate se șterg după 7 zile. La fel și mementourile și mesajele deja trimise. Această perioadă o stabilește Regiunea și se poate schimba.
    <b>Statistici.</b> Regiunea numără serviciile oferite și persoanele ajutate. Facilitatorul poate nota grupa de vârstă, genul și dacă este prima vizită; după serviciu puteți da o notă de la 1 la 5. Acestea nu sunt obligatorii și nu conțin numele dumneavoastră.
    <b>Cine răspunde de date (operatorul).</b> { $controller }
    <b>Responsabilul cu protecția datelor.</b> { $dpo }
    <b>Telegram.</b> Mesajele trec prin Telegram, care le tratează după propriile reguli.

    /mydata — vedeți toate datele dumneavoastră
    /forgetme — ștergeți datele dumneavoastră
privacy-not-configured = încă nu este indicat: întrebați la punctul DigiPASS
mydata-summary =
    <b>Datele pe care le păstrăm despre dumneavoastră</b>

    Numărul de utilizator Telegram: { $telegramId }
    Limba: { $language }
    Prima dată: { $firstSeen }
    Programări: { $bookings }
    Puncte și zone urmărite: { $follows }
    Înscrieri la evenimente: { $registrations }
    Roluri: { $roles }

    În fișierul de mai jos găsiți tot, cu toate detaliile.
mydata-none = niciuna
mydata-language-auto = cea din Telegram
mydata-file-caption = Toate datele dumneavoastră (fișier JSON)
forgetme-confirm =
    Doriți să ștergeți toate datele dumneavoastră?
    Veți pierde programările, punctele pe care le urmăriți și rolurile. Ștergerea nu mai poate fi anulată.
forgetme-yes = Da, șterg tot
forgetme-no = Nu, îmi păstrez datele
forgetme-done =
    Gata. Am șters datele dumneavoastră.
    Rămân doar numere anonime pentru statistici, fără numele dumneavoastră.
forgetme-kept = Bine, nu am șters nimic.

## Roluri, echipă și invitații
error-not-allowed-staff = Această comandă este pentru cei care lucrează la punctele DigiPASS.
error-not-allowed-point = Această acțiune este pentru facilitatorii de la { $point }.
error-not-allowed-zone = Această acțiune este pentru coordonatorii zonei { $zone }.
error-not-allowed-admin = Această acțiune este pentru administratorii regionali.
error-not-allowed-yours = Aceasta nu este a dumneavoastră: puteți modifica doar propriile programări.
error-not-allowed-self = Nu vă puteți retrage propriul rol. Cereți acest lucru unui coordonator sau Regiunii.
error-not-found = Nu găsesc ce căutați. Poate a fost șters.
error-invite-not-found = Această invitație nu există. Cereți o invitație nouă persoanei care v-a trimis-o.
error-invite-expired = Această invitație a expirat. Cereți o invitație nouă persoanei care v-a trimis-o.
error-invite-used = Această invitație a fost deja folosită. Cereți o invitație nouă persoanei care v-a trimis-o.
error-invite-revoked = Această invitație nu mai este valabilă: cine a creat-o nu mai poate atribui acest rol. Cereți o invitație nouă coordonatorului dumneavoastră sau Regiunii.
error-already-has-role = Aveți deja acest rol.
error-not-allowed-coordinators = Această acțiune este pentru coordonatorii de zonă și pentru Regiune.

## Găsirea unui punct
command-points = Toate punctele, zonă cu zonă
find-ask =
    Scrieți numele orașului sau al satului dumneavoastră (de exemplu: Foligno, Ponte San Giovanni).
    Sau apăsați „📍 Trimit locația mea”.
find-nearest-title = <b>Cele mai apropiate puncte DigiPASS</b>
find-outside-umbria = Punctele DigiPASS sunt în Umbria. Acestea sunt cele mai apropiate de locația pe care ați trimis-o.
find-item =
    { $n }. <b>{ $name }</b> — { $km } km
    { $where }
    { $status }
find-status-open = 🟢 Deschis acum, până la ora { $until }
find-status-closed-next = 🔴 Închis acum. Se deschide { $day }, la ora { $time }
find-status-closed = 🔴 Închis acum. Nu se deschide în zilele următoare.
find-status-unknown = ⚪ Program nepublicat: întrebați la Comune (primărie)
find-status-holiday = 🔴 Închis azi, este sărbătoare ({ $holiday }). Se deschide { $day }, la ora { $time }
find-open-card = { $n }. { $name }
find-town-title = <b>Puncte DigiPASS în { $town }</b>
find-town-none =
    În { $town } nu există încă un punct DigiPASS.
    Acestea sunt cele mai apropiate:
find-zone-also = Alte puncte din zona sociale { $zone }:
find-several = Am găsit mai multe locuri cu acest nume. La care vă referiți?
find-no-match = Nu cunosc localitatea „{ $query }”. 🤔
find-no-match-suggest = Poate vă referiți la:
find-no-match-help = Verificați cum se scrie sau trimiteți locația cu butonul de mai jos.
find-bad-input = Scrieți numele unei localități din Umbria, de exemplu Perugia sau Gualdo Tadino. Sau trimiteți locația.
points-choose-zone = <b>Umbria are 12 „zone sociali”</b> (zone de servicii sociale). Alegeți o zonă:
points-zone-button = { $number } · { $name } ({ $count })
points-zone-title = <b>Zona sociale { $number } · { $name }</b>. Alegeți un punct:
points-prev = ◀️ Înapoi
points-next = Înainte ▶️
points-back-zones = ↩️ Toate zonele

## Fișa punctului
card-title = <b>{ $name }</b>
card-where = 📍 { $where }
card-zone = Zona sociale { $number } · { $zone }
card-approximate = (poziție aproximativă: centrul localității)
card-mobile = 🚐 Unitate mobilă: opririle vor fi publicate aici.
card-hours-title = <b>Programul din această săptămână</b>
card-hours-unknown = ⚪ Program nepublicat. Întrebați la Comune (primărie).
card-hours-published = Programul indicat de sursă: { $text }
card-hours-demo = (program de probă: aceasta este o demonstrație)
card-day-open = { $day }: { $ranges }
card-day-closed = { $day }: închis
card-day-holiday = { $day }: închis, este sărbătoare ({ $holiday })
card-services-title = <b>Servicii</b>
card-services-all = Toate serviciile rețelei DigiPASS: SPID, CIE, dosarul medical electronic, programări CUP și rezultate medicale, PagoPA, app IO, înscrieri la școală, INPS, certificate, e-mail și PEC, siguranța pe internet, ajutor cu calculatorul și telefonul.
card-contacts = ☎️ { $contacts }
card-events-title = <b>Următoarele evenimente</b>
card-event-line = • { $when } — { $title }
card-no-events = Niciun eveniment programat.
card-directions = 🧭 Cum ajung acolo
card-follow = 🔔 Urmăresc acest punct
card-unfollow = 🔕 Nu mai urmăresc
card-back = ↩️ Înapoi
card-followed = Acum urmăriți { $name }: vă voi scrie când sunt noutăți și evenimente.
card-unfollowed = Nu mai urmăriți { $name }.
find-status-announced = ⚪ Program nepublicat. Următoarea deschidere anunțată: { $day }, la ora { $time }
find-status-exception-closed = 🔴 Închis azi în mod excepțional. Se deschide { $day }, la ora { $time }
find-status-exception-hours = 🔴 Închis acum: azi programul s-a schimbat. Se deschide { $day }, la ora { $time }
find-approximate = (poziție aproximativă)
card-day-exception-closed = { $day }: închis în mod excepțional
card-day-extra = { $day }: { $ranges } (deschidere excepțională)
card-day-extra-holiday = { $day }: { $ranges } (deschidere excepțională, deși este sărbătoare: { $holiday })
card-day-reduced = { $day }: { $ranges } (program redus)
card-day-changed = { $day }: { $ranges } (program schimbat)
card-announced-title = <b>Deschideri excepționale anunțate</b>
card-book-later-contacts = 📅 Programările prin bot se deschid când punctul își publică programul: între timp îl puteți contacta la datele de mai jos.
card-book-later = 📅 Programările prin bot se deschid când punctul își publică programul: între timp puteți cere informații la Comune (primăria) { $comune }.
card-book-mobile = 📅 Unitatea mobilă nu se programează prin bot: puteți merge la una dintre opririle ei.

## Sărbători
holiday-new_year = Anul Nou
holiday-epiphany = Boboteaza (Epifania)
holiday-easter = Paștele
holiday-easter_monday = A doua zi de Paște
holiday-liberation_day = Ziua Eliberării
holiday-labour_day = Ziua Muncii
holiday-republic_day = Ziua Republicii
holiday-assumption = Sfânta Maria (Ferragosto)
holiday-st_francis = Sfântul Francisc de Assisi
holiday-all_saints = Ziua Tuturor Sfinților
holiday-immaculate_conception = Neprihănita Zămislire (Immacolata)
holiday-christmas = Crăciunul
holiday-st_stephen = Sfântul Ștefan (a doua zi de Crăciun)
holiday-patron_saint = { $name }, sfântul ocrotitor al localității
find-stop = 🚐 { $place } · { $day }, { $from }–{ $to }

## Trimiteri către multe persoane (noutăți, amintiri)
news-for-followers =
    📢 Noutăți de la <b>{ $point }</b> (un punct pe care îl urmăriți):

    { $news }
## Programări: erori
error-slot-taken = Această oră tocmai a fost luată de altă persoană. Alegeți altă oră.
error-too-many-bookings =
    Aveți deja { $max ->
        [one] o programare
        [few] { $max } programări
       *[other] { $max } de programări
    }. Ca să faceți încă o programare, așteptați prima întâlnire sau anulați o programare.
error-overlapping-booking = Aveți deja o programare la această oră.
error-too-late-to-cancel =
    Mai este mai puțin de { $hours ->
        [one] o oră
        [few] { $hours } ore
       *[other] { $hours } de ore
    }: nu mai puteți anula sau muta programarea din bot. Sunați sau mergeți la punctul DigiPASS.

## Programarea unui ajutor
book-back = ↩️ Înapoi
book-cancel = ✖️ Renunț
book-ask-point =
    <b>Unde doriți să mergeți?</b>
    Scrieți numele localității sau trimiteți locația.
book-last-point = 🕘 Ca data trecută: { $name }
book-choose-point = Alegeți punctul:
book-no-point = Nu am găsit puncte cu acest nume. Scrieți numele localității, de exemplu Foligno.
book-no-hours =
    { $point } nu și-a publicat încă programul, deci nu pot face programări aici.
    Alegeți alt punct.
book-ask-service = <b>Cu ce aveți nevoie de ajutor?</b>
book-bring =
    <b>{ $service }</b>
    Aduceți cu dumneavoastră: { $bring }.
book-ask-day = <b>În ce zi?</b> În aceste zile sunt ore libere la { $point }:
book-day-button = { $day } ({ $count })
book-no-days =
    În zilele următoare nu sunt ore libere la { $point }.
    Încercați alt punct sau sunați la punctul DigiPASS.
book-ask-time = <b>La ce oră?</b> { $day }:
book-ask-note =
    Doriți să lăsați o notă pentru facilitator? (cel mult 200 de caractere)
    De exemplu: „vin cu fiica mea”.
book-no-note = Fără notă
book-note-too-long = Nota este prea lungă: cel mult 200 de caractere. Încercați din nou, mai pe scurt.
book-summary =
    <b>Verificați programarea</b>

    📍 { $point }
    { $where }
    🗓 { $when }
    🧾 { $service }
    📝 { $note }
book-summary-no-note = fără notă
book-confirm = ✅ Confirm
book-confirmed =
    ✅ <b>Programarea este făcută!</b> Cod: <b>{ $code }</b>

    📍 { $point }
    { $where }
    🗓 { $when }
    🧾 { $service }

    Aduceți cu dumneavoastră: { $bring }.
    Vă voi aminti de programare cu o zi înainte.
book-ics-caption = Adăugați programarea în calendarul dumneavoastră
book-cancelled-flow = Bine, nu am făcut nicio programare.
book-expired = Programarea începută a expirat după { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } fără răspuns. Când doriți, începeți din nou cu „📅 Fac o programare”.
conversation-expired = { $minutes ->
        [one] A trecut { $minutes } minut
        [few] Au trecut { $minutes } minute
       *[other] Au trecut { $minutes } de minute
    } fără răspuns, așa că am închis ce făceați. Când doriți, începeți din nou din comandă sau din meniu.
book-please-choose = Vă rog să alegeți unul dintre butoanele de mai sus sau să apăsați „✖️ Renunț”.
mybookings-none = Nu aveți programări viitoare. Ca să faceți o programare, apăsați „📅 Fac o programare”.
mybookings-title = <b>Programările dumneavoastră</b>
mybookings-item =
    <b>{ $code }</b> — { $when }
    { $point } · { $service }
mybookings-cancel = ✖️ Anulez { $code }
mybookings-move = 🔁 Mut { $code }
mybookings-cancel-confirm = Chiar doriți să anulați programarea <b>{ $code }</b> din { $when }?
mybookings-cancel-yes = Da, anulez
mybookings-cancel-no = Nu, o păstrez
mybookings-cancelled = Programarea { $code } a fost anulată. Ora este acum liberă pentru altă persoană.
mybookings-kept = Bine, programarea rămâne.
mybookings-move-day = <b>Alegeți ziua nouă</b> pentru { $code }:
mybookings-move-time = <b>Alegeți ora nouă</b> ({ $day }):
mybookings-moved = 🔁 Gata: noua dată pentru { $code } este { $when }.
card-book = 📅 Fac o programare aici
reminder-24h =
    🔔 <b>Reamintire</b>: mâine aveți o programare.
    🗓 { $when }
    📍 { $point }
    🧾 { $service } (cod { $code })
    Aduceți cu dumneavoastră: { $bring }.
reminder-2h = 🔔 În curând, la ora { $time }, aveți o programare la <b>{ $point }</b> (cod { $code }).

## Lista de așteptare
book-full-day = 🔔 { $day }: complet, anunțați-mă
waitlist-joined = Bine: dacă se eliberează un loc { $day } la { $point }, vă scriu imediat. Îl puteți lua cu o singură apăsare, în cel mult 30 de minute.
waitlist-already = Sunteți deja pe lista de așteptare pentru acea zi.
waitlist-offer = 🎉 S-a eliberat un loc la <b>{ $point }</b>: { $when } ({ $service }). Îl doriți? Oferta este valabilă 30 de minute.
waitlist-take = ✅ Da, vreau locul
waitlist-offer-gone = Ne pare rău, oferta a expirat sau locul a fost deja luat.
waitlist-decline = Nu, mulțumesc
waitlist-declined = Bine, vă mulțumim că ne-ați anunțat. Locul de la <b>{ $point }</b> ({ $when }) a fost eliberat pentru următoarea persoană care așteaptă. Puteți face o programare altă dată, oricând doriți.
waitlist-decline-already = Ați eliberat deja acest loc: nu mai trebuie să faceți nimic. Puteți face o programare altă dată, oricând doriți.
waitlist-decline-taken = Ați rezervat deja acest loc: îl găsiți printre programările dumneavoastră.
waitlist-decline-gone = Nicio problemă: această ofertă nu mai era valabilă, deci nu este nimic de eliberat. Puteți face o programare altă dată, oricând doriți.
reminder-confirm = ✅ Confirm, vin
booking-confirmed-thanks = Mulțumim! Programarea { $code } este confirmată: vă așteptăm.
booking-released =
    Nu ați confirmat programarea { $code } din { $when } la { $point }, așa că locul a fost eliberat pentru altă persoană.
    Dacă doriți, faceți o nouă programare cu „📅 Fac o programare”.

## Cum a fost
feedback-ask = Astăzi ați primit ajutor la <b>{ $point }</b> ({ $service }). Cum a fost? Apăsați un număr: 1 = rău, 5 = foarte bine.
feedback-thanks = Mulțumim! Răspunsul dumneavoastră ajută la îmbunătățirea punctelor DigiPASS.

## Cursuri și evenimente (cetățeni)
events-title = <b>Următoarele cursuri și evenimente</b>
events-title-followed = <b>Următoarele cursuri și evenimente la punctele pe care le urmăriți</b>
events-none = În următoarele 30 de zile nu sunt evenimente programate. Reveniți curând!
events-item =
    🗓 <b>{ $when }</b>
    { $title }
    📍 { $where }
events-item-cancelled = (anulat)
events-add = 📅 Adaug în calendar: { $title }
events-ics-caption = Deschideți fișierul ca să adăugați evenimentul în calendar.

## Evenimente în canal și în mesajele pentru cei care urmăresc un punct
event-category-course = Curs
event-category-workshop = Atelier
event-category-seminar = Întâlnire
event-category-open_day = Porți deschise
event-category-trashware = Refolosirea calculatoarelor
event-category-open_data = Date deschise
event-category-schools = Școli
event-category-other = Eveniment
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
event-post-zone = 🗺 În toată zona socială (Zona sociale) { $number } · { $zone }
event-post-partners = 🤝 Împreună cu: { $partners }
event-post-seats =
    👥 { $capacity ->
        [one] Un loc
        [few] { $capacity } locuri
       *[other] { $capacity } de locuri
    }. Înscriere gratuită din bot.
event-post-register = ✍️ Înscriere gratuită din bot.
event-post-free = Gratuit și deschis tuturor.
event-post-cancelled = ❌ <b>ANULAT</b>: { $reason }
event-recur-weekly = 🔁 În fiecare { $days }
event-recur-biweekly = 🔁 O dată la două săptămâni: { $days }
event-recur-monthly = 🔁 { $nth ->
        [1] În prima
        [2] În a doua
        [3] În a treia
        [4] În a patra
       *[last] În ultima
    } { $day } din lună
event-recur-until = , până la { $date }
event-recur-count = , { $count ->
        [one] o singură dată
        [few] de { $count } ori
       *[other] de { $count } de ori
    }
event-button-details = ℹ️ Detalii și înscriere
event-button-remind = 🔔 Amintiți-mi
event-button-calendar = 📅 Adaug în calendar
event-for-followers =
    📢 Eveniment nou la <b>{ $point }</b> (un punct pe care îl urmăriți):

    { $post }
event-cancelled-notice = ❌ Evenimentul „{ $title }” din { $when } a fost anulat. Motivul: { $reason }. Ne pare rău!
event-moved-notice = 🔁 Evenimentul „{ $title }” la care v-ați înscris a fost mutat. Acum este { $when }.
event-place-notice =
    📍 Evenimentul „{ $title }” la care v-ați înscris ({ $when }) își schimbă locul. Acum are loc aici:
    { $where }
event-post-skipped = 🚫 Nu are loc: { $days }

## Evenimente: fișa, înscrierea, reamintiri, rezumat
ec-register = ✍️ Mă înscriu
ec-remind = 🔔 Amintiți-mi
ec-unregister = ✖️ Anulez înscrierea mea
ec-follow = 📍 Urmăresc { $name }
ec-unfollow = 🔕 Nu mai urmăresc { $name }
ec-back = ↩️ Înapoi
ec-details = ℹ️ Detalii
ec-dates-title = <b>Următoarele date</b>
ec-date-line = • { $day }
ec-date-line-state = • { $day } — { $state }
ec-state-seats = { $seats ->
        [one] un loc liber
        [few] { $seats } locuri libere
       *[other] { $seats } de locuri libere
    }
ec-state-full = complet
ec-state-registered = ✅ aveți un loc
ec-state-reminded = 🔔 reamintire activă
ec-over = Acest eveniment a trecut deja.
ec-not-found = Nu găsesc acest eveniment. Poate a fost șters sau nu este încă publicat.
ec-event-cancelled = Acest eveniment este anulat. Nu trebuie să faceți nimic.
ec-date-cancelled = Această dată este anulată. Nu trebuie să faceți nimic.
ec-date-past = Această dată a trecut deja.
ec-no-registration = Pentru acest eveniment nu este nevoie de înscriere: veniți direct.
ec-registered =
    ✅ V-ați înscris: „{ $title }”, { $when }.
    Cu o zi înainte vă trimit o reamintire. Dacă nu puteți veni, anulați înscrierea: locul va fi dat altei persoane.
ec-already = Aveți deja un loc pentru { $when }.
ec-full = Ne pare rău, pentru { $when } nu mai sunt locuri. Puteți alege altă dată, dacă există. Sau urmăriți punctul: vă anunț despre următoarele evenimente.
ec-unregistered = Gata: înscrierea dumneavoastră pentru { $when } este anulată. Mulțumim că ne-ați anunțat!
ec-not-registered = Nu găsesc o înscriere a dumneavoastră pentru această dată.
ec-remind-set = 🔔 Bine: vă scriu cu o zi înainte, { $at }.
ec-remind-already = Reamintirea pentru { $when } este deja activă.
ec-remind-soon = Mai este mai puțin de o zi: evenimentul este { $when }. Vă așteptăm!
ec-reminder =
    🔔 <b>Reamintire</b>: mâine are loc „{ $title }”.
    🗓 { $when }
    📍 { $where }
ec-reminder-registered = Aveți un loc. Dacă nu puteți veni, anulați înscrierea: locul va fi dat altei persoane.
digest-title = 📅 <b>Săptămâna aceasta la punctele DigiPASS</b>
digest-title-followed = 📅 <b>Săptămâna aceasta la punctele DigiPASS pe care le urmăriți</b>
digest-zone = <b>Zona sociale { $number } · { $name }</b>
digest-zone-none = <b>Online și în toată Umbria</b>
digest-item = • { $day }, { $time } — { $title } ({ $place })
digest-item-nowhere = • { $day }, { $time } — { $title }
digest-online = online
digest-zone-wide = în toată zona
digest-more = …și încă { $count ->
        [one] un eveniment
        [few] { $count } evenimente
       *[other] { $count } de evenimente
    }. Scrieți /events botului ca să le vedeți pe toate.
digest-footer = Apăsați pe un titlu pentru detalii și pentru înscriere. Totul este gratuit.
digest-footer-followed = Primiți acest rezumat pentru că urmăriți aceste puncte. Apăsați pe un titlu pentru detalii.

## Ce urmăriți
command-follow = Punctele și zonele pe care le urmăriți
follow-title = <b>Urmăriți aceste puncte și zone</b>. Vă scriu când au noutăți sau evenimente:
follow-line-point = • 📍 { $name }
follow-line-zone = • 🗺 Zona sociale { $name } (toate punctele ei)
follow-hint = Ca să urmăriți alt punct, deschideți fișa lui și apăsați „🔔 Urmăresc acest punct”.
follow-none =
    Nu urmăriți încă niciun punct.
    Ca să urmăriți un punct, deschideți fișa lui și apăsați „🔔 Urmăresc acest punct”. Sau urmăriți o zonă întreagă mai jos.
follow-stop-point = 🔕 Nu mai urmăresc { $name }
follow-stop-zone = 🔕 Nu mai urmăresc zona { $name }
follow-add-zone = 🗺 Urmăresc o zonă întreagă
follow-choose-zone = Ce zona sociale doriți să urmăriți? Veți primi noutățile și evenimentele tuturor punctelor ei.
follow-zone-done = Gata: acum urmăriți această zonă.
follow-stopped = Gata: nu vă mai scriu despre aceasta.

## Cursuri și evenimente: pe zone și pe tipuri
events-by-zone = 🗺 Pe zone
events-by-category = 🏷 Pe tipuri
events-title-zone = <b>Următoarele cursuri și evenimente în zona sociale { $zone }</b>
events-title-category = <b>Următoarele evenimente: { $category }</b>
events-none-here = Aici nu este nimic în următoarele 30 de zile. Încercați altă zonă sau alt tip.
events-choose-zone = Din ce zona sociale doriți să vedeți evenimentele?
events-choose-category = Ce tip de eveniment căutați?
