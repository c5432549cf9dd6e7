## This file's language
language-name = English

## Commands (descriptions in Telegram's menu)
command-start = Start and open the menu
command-help = How the bot works
command-find = Find the nearest DigiPASS point
command-book = Book help
command-mybookings = My bookings
command-events = Courses and events
command-language = Change language
command-privacy = Your data and privacy
command-cancel = Cancel what you are doing

## Welcome and main menu
welcome =
    Hello <b>{ $name }</b>! 👋
    I am the bot of the <b>DigiPASS digital help points</b> of Umbria.

    At a DigiPASS point a person helps you, for free, with SPID, the electronic ID card, your health record, payments and more.

    Choose a button below.
welcome-back = Welcome back! Choose a button below.
help =
    <b>How it works</b>

    📍 <b>Send your location</b>: I show you the nearest DigiPASS points.
    🔎 <b>Find a point</b>: type the name of your town.
    📅 <b>Book help</b>: choose the day and time.
    🎓 <b>Courses and events</b>: free courses near you.
    🗂 <b>My bookings</b>: see, move or cancel.

    To stop what you are doing, type /cancel.
menu-location = 📍 Send my location
menu-find = 🔎 Find a point
menu-book = 📅 Book help
menu-events = 🎓 Courses and events
menu-mybookings = 🗂 My bookings
menu-language = 🌐 Language
menu-placeholder = Choose a button or type your town

## Language
language-choose = Choose your language:
language-set = Done! I will write to you in English.
language-same = I am already writing to you in English.

## Cancel
cancel-done = OK, cancelled. Choose a button below.
cancel-nothing = There is nothing to cancel.

## Errors and kind answers
error-generic =
    Sorry, something went wrong.
    Please try again in a moment. If it keeps happening, type /start.
error-button-expired = This button is no longer valid. Type /start to begin again.
unhandled-text =
    I did not understand. 🙂
    Choose a button below or type /help.
unhandled-other = I can only read text messages and locations. Choose a button below.
deeplink-unknown = The link you opened is not valid or has expired.

## Services (name and what to bring)
service-spid = SPID (digital identity)
service-spid-bring = a valid identity document, your health card, a phone that receives text messages, an e-mail address you can open
service-cie = Electronic identity card (CIE): activation, PIN and PUK
service-cie-bring = the electronic identity card, the letter with the first part of the PIN and PUK, your phone
service-fse = Health record (FSE): reports and prescriptions online
service-fse-bring = your health card, SPID or CIE with its PIN, your phone
service-cup = Booking medical visits (CUP) and downloading reports
service-cup-bring = the doctor's prescription, your health card, SPID or CIE with its PIN, your phone
service-pagopa = PagoPA and online payments
service-pagopa-bring = the payment notice, a payment card or your banking app, your phone
service-appio = The IO app
service-appio-bring = your phone with free space, SPID or CIE with its PIN
service-school = School and nursery enrolment
service-school-bring = SPID or CIE with its PIN, the child's and parents' details, the school's code if you know it
service-inps = INPS and benefits (allowances, ISEE)
service-inps-bring = SPID or CIE with its PIN, your health card, the documents for the application
service-anagrafe = Registry office certificates
service-anagrafe-bring = SPID or CIE with its PIN, an identity document
service-pec = E-mail and certified e-mail (PEC)
service-pec-bring = your phone, an identity document, the passwords you already have
service-safety = Online safety and scams
service-safety-bring = the phone or computer you use, the suspicious messages you received
service-device = Help with computers and smartphones
service-device-bring = your phone, tablet or computer, with its charger and your passwords

## Limits
rate-limited = You are writing very fast. Wait a moment and try again. 🙂

## Privacy and personal data
command-mydata = See the data we keep about you
command-forgetme = Erase your data
privacy-notice =
    <b>Your data</b>

    <b>What we keep.</b> Your Telegram user number and the language you chose. If you book: point, day, time, service, your first name (from Telegram, so the facilitator knows whom to expect) and the note you write. If you sign up for an event or ask to be told when a place frees up: which event or day. Reminders we will send you wait in a queue until they go out. If you follow a point: which one. If you work at a DigiPASS point: your role and your name.
    <b>Why.</b> To give you the service you ask for. It is a public-interest task of the Region and the Comuni (digital facilitation, PNRR measure 1.7.2).
    <b>How long.</b> Notes and details of past bookings are erased after { $days } days. Conversations left half-way after 7 days. The same goes for reminders and messages already sent. The Region sets this period and may change it.
    <b>Statistics.</b> The Region counts the services given and the people helped. The facilitator may note age band, gender and whether it is your first visit; after the service you may rate it from 1 to 5. These are optional and carry no name.
    <b>Who is the controller.</b> { $controller }
    <b>Data protection officer.</b> { $dpo }
    <b>Telegram.</b> Messages travel through Telegram, which handles them under its own rules.

    /mydata — see all your data
    /forgetme — erase your data
privacy-not-configured = not set yet: ask your DigiPASS point
mydata-summary =
    <b>The data we keep about you</b>

    Telegram user number: { $telegramId }
    Language: { $language }
    First seen: { $firstSeen }
    Bookings: { $bookings }
    Points and zones you follow: { $follows }
    Event registrations: { $registrations }
    Roles: { $roles }

    The file below has everything, with the details.
mydata-none = none
mydata-language-auto = Telegram's
mydata-file-caption = All your data (JSON file)
forgetme-confirm =
    Do you want to erase all your data?
    You will lose your bookings, the points you follow and your roles. This cannot be undone.
forgetme-yes = Yes, erase everything
forgetme-no = No, keep my data
forgetme-done =
    Done. We erased your data.
    Only anonymous numbers remain for statistics, without your name.
forgetme-kept = All right, I erased nothing.

## Roles, team and invitations
error-not-allowed-staff = This command is for people who work at DigiPASS points.
error-not-allowed-point = This is for the facilitators of { $point }.
error-not-allowed-zone = This is for the coordinators of zone { $zone }.
error-not-allowed-admin = This is for regional administrators.
error-not-allowed-yours = This is not yours: you can only act on your own bookings.
error-not-allowed-self = You cannot remove your own role. Ask a coordinator or the Region.
error-not-found = I cannot find what you are looking for. Maybe it was deleted.
error-invite-not-found = This invitation does not exist. Ask whoever sent it for a new one.
error-invite-expired = This invitation has expired. Ask whoever sent it for a new one.
error-invite-used = This invitation has already been used. Ask whoever sent it for a new one.
error-invite-revoked = This invitation is no longer valid: whoever created it can no longer give this role. Ask your coordinator or the Region for a new one.
error-already-has-role = You already have this role.
error-not-allowed-coordinators = This is for zone coordinators and the Region.

## Finding a point
command-points = All points, zone by zone
find-ask =
    Type the name of your town or village (for example: Foligno, Ponte San Giovanni).
    Or tap «📍 Send my location».
find-nearest-title = <b>The DigiPASS points nearest to you</b>
find-outside-umbria = DigiPASS points are in Umbria. These are the nearest to the location you sent.
find-item =
    { $n }. <b>{ $name }</b> — { $km } km
    { $where }
    { $status }
find-status-open = 🟢 Open now, until { $until }
find-status-closed-next = 🔴 Closed now. Opens { $day } at { $time }
find-status-closed = 🔴 Closed now. No opening in the next days.
find-status-unknown = ⚪ Hours not published: ask the Comune
find-status-holiday = 🔴 Closed today for a holiday ({ $holiday }). Opens { $day } at { $time }
find-open-card = { $n }. { $name }
find-town-title = <b>DigiPASS points in { $town }</b>
find-town-none =
    { $town } has no DigiPASS point yet.
    Here are the nearest:
find-zone-also = Other points of zona sociale { $zone }:
find-several = I found several places with this name. Which one do you mean?
find-no-match = I do not know the town «{ $query }». 🤔
find-no-match-suggest = Did you mean:
find-no-match-help = Check the spelling, or send your location with the button below.
find-bad-input = Type the name of a town in Umbria, for example Perugia or Gualdo Tadino. Or send your location.
points-choose-zone = <b>The 12 zone sociali of Umbria</b>. Choose a zone:
points-zone-button = { $number } · { $name } ({ $count })
points-zone-title = <b>Zona sociale { $number } · { $name }</b>. Choose a point:
points-prev = ◀️ Back
points-next = Next ▶️
points-back-zones = ↩️ All zones

## Point card
card-title = <b>{ $name }</b>
card-where = 📍 { $where }
card-zone = Zona sociale { $number } · { $zone }
card-approximate = (approximate position: the town centre)
card-mobile = 🚐 Mobile unit: its stops will be published here.
card-hours-title = <b>Hours this week</b>
card-hours-unknown = ⚪ Hours not published. Ask the Comune.
card-hours-published = Hours as the source states them: { $text }
card-hours-demo = (sample hours: this is a demonstration)
card-day-open = { $day }: { $ranges }
card-day-closed = { $day }: closed
card-day-holiday = { $day }: closed for a holiday ({ $holiday })
card-services-title = <b>Services</b>
card-services-all = All services of the DigiPASS network: SPID, CIE, health record, CUP bookings and reports, PagoPA, the IO app, school enrolment, INPS, certificates, e-mail and PEC, online safety, help with computers and phones.
card-contacts = ☎️ { $contacts }
card-events-title = <b>Upcoming events</b>
card-event-line = • { $when } — { $title }
card-no-events = No events planned.
card-directions = 🧭 Directions
card-follow = 🔔 Follow this point
card-unfollow = 🔕 Stop following
card-back = ↩️ Back
card-followed = You now follow { $name }: I will write to you when there is news or an event.
card-unfollowed = You no longer follow { $name }.
find-status-announced = ⚪ Hours not published. Next announced opening: { $day } at { $time }
find-status-exception-closed = 🔴 Closed today as an exception. Opens { $day } at { $time }
find-status-exception-hours = 🔴 Closed now: today's hours have changed. Opens { $day } at { $time }
find-approximate = (approximate position)
card-day-exception-closed = { $day }: closed as an exception
card-day-extra = { $day }: { $ranges } (extra opening)
card-day-extra-holiday = { $day }: { $ranges } (extra opening despite the holiday: { $holiday })
card-day-reduced = { $day }: { $ranges } (reduced hours)
card-day-changed = { $day }: { $ranges } (changed hours)
card-announced-title = <b>Announced extra openings</b>
card-book-later-contacts = 📅 Booking through the bot opens once the point publishes its hours: meanwhile you can contact it using the details below.
card-book-later = 📅 Booking through the bot opens once the point publishes its hours: meanwhile you can ask the Comune of { $comune } for information.
card-book-mobile = 📅 The mobile unit cannot be booked through the bot: you can go to one of its stops.

## Holidays
holiday-new_year = New Year's Day
holiday-epiphany = Epiphany
holiday-easter = Easter
holiday-easter_monday = Easter Monday
holiday-liberation_day = Liberation Day
holiday-labour_day = Labour Day
holiday-republic_day = Republic Day
holiday-assumption = Assumption (Ferragosto)
holiday-st_francis = Saint Francis of Assisi
holiday-all_saints = All Saints' Day
holiday-immaculate_conception = Immaculate Conception
holiday-christmas = Christmas Day
holiday-st_stephen = Saint Stephen's Day
holiday-patron_saint = { $name }, patron saint
find-stop = 🚐 { $place } · { $day }, { $from }–{ $to }

## Sending to many (news, reminders)
news-for-followers =
    📢 News from <b>{ $point }</b>, which you follow:

    { $news }
## Bookings: errors
error-slot-taken = Someone has just taken this time. Please choose another time.
error-too-many-bookings = You already have { $max } bookings. To book again, wait for your first appointment or cancel one.
error-overlapping-booking = You already have an appointment at this time.
error-too-late-to-cancel = It is less than { $hours } hours away: you can no longer cancel or move it here. Call or visit the DigiPASS point.

## Booking help
book-back = ↩️ Back
book-cancel = ✖️ Cancel
book-ask-point =
    <b>Where do you want to go?</b>
    Type the name of your town, or send your location.
book-last-point = 🕘 Same as last time: { $name }
book-choose-point = Choose the point:
book-no-point = I found no points with this name. Type the name of the town, for example Foligno.
book-no-hours =
    { $point } has not published its hours yet, so I cannot book here.
    Choose another point.
book-ask-service = <b>What do you need help with?</b>
book-bring =
    <b>{ $service }</b>
    Bring: { $bring }.
book-ask-day = <b>Which day?</b> These days have free times at { $point }:
book-day-button = { $day } ({ $count })
book-no-days =
    There are no free times at { $point } in the next days.
    Try another point, or call the DigiPASS point.
book-ask-time = <b>What time?</b> { $day }:
book-ask-note =
    Do you want to leave a note for the facilitator? (200 characters at most)
    For example: "I am coming with my daughter".
book-no-note = No note
book-note-too-long = The note is too long: 200 characters at most. Please try again, shorter.
book-summary =
    <b>Check your booking</b>

    📍 { $point }
    { $where }
    🗓 { $when }
    🧾 { $service }
    📝 { $note }
book-summary-no-note = no note
book-confirm = ✅ Confirm
book-confirmed =
    ✅ <b>Booked!</b> Code: <b>{ $code }</b>

    📍 { $point }
    { $where }
    🗓 { $when }
    🧾 { $service }

    Bring: { $bring }.
    I will remind you the day before.
book-ics-caption = Add the appointment to your calendar
book-cancelled-flow = All right, I booked nothing.
book-expired = The booking you started expired after { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } without an answer. Whenever you like, start again with «📅 Book help».
conversation-expired = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } passed without an answer, so I closed what you were doing. Whenever you like, start again from the command or the menu.
book-please-choose = Please choose one of the buttons above, or tap «✖️ Cancel».
mybookings-none = You have no upcoming bookings. To book, tap «📅 Book help».
mybookings-title = <b>Your bookings</b>
mybookings-item =
    <b>{ $code }</b> — { $when }
    { $point } · { $service }
mybookings-cancel = ✖️ Cancel { $code }
mybookings-move = 🔁 Move { $code }
mybookings-cancel-confirm = Do you really want to cancel booking <b>{ $code }</b> on { $when }?
mybookings-cancel-yes = Yes, cancel
mybookings-cancel-no = No, keep it
mybookings-cancelled = Booking { $code } cancelled. The time is now free for someone else.
mybookings-kept = All right, the booking stays.
mybookings-move-day = <b>Choose the new day</b> for { $code }:
mybookings-move-time = <b>Choose the new time</b> ({ $day }):
mybookings-moved = 🔁 Done: { $code } is now on { $when }.
card-book = 📅 Book here
reminder-24h =
    🔔 <b>Reminder</b>: you have an appointment tomorrow.
    🗓 { $when }
    📍 { $point }
    🧾 { $service } (code { $code })
    Bring: { $bring }.
reminder-2h = 🔔 Soon, at { $time }, you have an appointment at <b>{ $point }</b> (code { $code }).

## Waiting list
book-full-day = 🔔 { $day }: full, tell me
waitlist-joined = All right: if a place frees up on { $day } at { $point }, I will write to you at once. You can take it with one tap within 30 minutes.
waitlist-already = You are already on the waiting list for that day.
waitlist-offer = 🎉 A place has freed up at <b>{ $point }</b>: { $when } ({ $service }). Do you want it? The offer is valid for 30 minutes.
waitlist-take = ✅ Yes, book it
waitlist-offer-gone = Sorry, the offer has expired or the place has already been taken.
waitlist-decline = No, thanks
waitlist-declined = All right, thank you for letting us know. The place at <b>{ $point }</b> ({ $when }) has been released for the next person waiting. You can book another time whenever you like.
waitlist-decline-already = You have already released this place: there is nothing else to do. You can book another time whenever you like.
waitlist-decline-taken = You have already booked this place: you will find it among your bookings.
waitlist-decline-gone = No problem: this offer was no longer valid, so there is nothing to release. You can book another time whenever you like.
reminder-confirm = ✅ I confirm, I am coming
booking-confirmed-thanks = Thank you! Booking { $code } confirmed: we are expecting you.
booking-released =
    You did not confirm booking { $code } on { $when } at { $point }, so the place has been freed for someone else.
    If you like, book again with «📅 Book help».

## How did it go
feedback-ask = Today you were helped at <b>{ $point }</b> ({ $service }). How did it go? Tap a number: 1 = badly, 5 = very well.
feedback-thanks = Thank you! Your answer helps improve the DigiPASS points.

## Courses and events (citizens)
events-title = <b>Upcoming courses and events</b>
events-title-followed = <b>Upcoming courses and events at the points you follow</b>
events-none = There are no events in the next 30 days. Come back and look soon!
events-item =
    🗓 <b>{ $when }</b>
    { $title }
    📍 { $where }
events-item-cancelled = (cancelled)
events-add = 📅 Add: { $title }
events-ics-caption = Open the file to add the event to your calendar.

## Events in the channel and in followers' messages
event-category-course = Course
event-category-workshop = Workshop
event-category-seminar = Talk
event-category-open_day = Open day
event-category-trashware = Computer reuse
event-category-open_data = Open data
event-category-schools = Schools
event-category-other = Event
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
event-post-zone = 🗺 Across the whole Zona sociale { $number } · { $zone }
event-post-partners = 🤝 With: { $partners }
event-post-seats = 👥 { $capacity } places. Free sign-up in the bot.
event-post-register = ✍️ Free sign-up in the bot.
event-post-free = Free and open to everyone.
event-post-cancelled = ❌ <b>CANCELLED</b>: { $reason }
event-recur-weekly = 🔁 Every { $days }
event-recur-biweekly = 🔁 Every two weeks: { $days }
event-recur-monthly = 🔁 { $nth ->
        [1] The first
        [2] The second
        [3] The third
        [4] The fourth
       *[last] The last
    } { $day } of the month
event-recur-until = , until { $date }
event-recur-count = , { $count } times
event-button-details = ℹ️ Details and sign-up
event-button-remind = 🔔 Remind me
event-button-calendar = 📅 Add to calendar
event-for-followers =
    📢 New event at <b>{ $point }</b>, which you follow:

    { $post }
event-cancelled-notice = ❌ The event “{ $title }” on { $when } is cancelled. Reason: { $reason }. We are sorry!
event-moved-notice = 🔁 The event “{ $title }” you signed up for has moved. It is now on { $when }.
event-place-notice =
    📍 The event “{ $title }” you signed up for ({ $when }) has a new place. It now takes place here:
    { $where }
event-post-skipped = 🚫 Not taking place: { $days }

## Events: card, sign-up, reminders, digest
ec-register = ✍️ Sign up
ec-remind = 🔔 Remind me
ec-unregister = ✖️ Cancel my sign-up
ec-follow = 📍 Follow { $name }
ec-unfollow = 🔕 Stop following { $name }
ec-back = ↩️ Back
ec-details = ℹ️ Details
ec-dates-title = <b>Next dates</b>
ec-date-line = • { $day }
ec-date-line-state = • { $day } — { $state }
ec-state-seats = { $seats ->
        [one] 1 seat left
       *[other] { $seats } seats left
    }
ec-state-full = full
ec-state-registered = ✅ you have a seat
ec-state-reminded = 🔔 reminder on
ec-over = This event is over.
ec-not-found = I cannot find this event. Maybe it was removed, or it is not published yet.
ec-event-cancelled = This event is cancelled. You do not need to do anything.
ec-date-cancelled = This date is cancelled. You do not need to do anything.
ec-date-past = This date has already passed.
ec-no-registration = No need to sign up for this event: just come.
ec-registered =
    ✅ You are signed up: «{ $title }», { $when }.
    I will send you a reminder the day before. If you cannot come, cancel your sign-up: the seat will go to someone else.
ec-already = You already have a seat for { $when }.
ec-full = Sorry, there are no seats left for { $when }. You can choose another date, if there is one. Or follow the point: I will tell you about the next events.
ec-unregistered = Done: your sign-up for { $when } is cancelled. Thank you for telling us!
ec-not-registered = I cannot find a sign-up of yours for this date.
ec-remind-set = 🔔 All right: I will write to you the day before, { $at }.
ec-remind-already = The reminder for { $when } is already set.
ec-remind-soon = It is less than a day away: { $when }. See you there!
ec-reminder =
    🔔 <b>Reminder</b>: tomorrow is «{ $title }».
    🗓 { $when }
    📍 { $where }
ec-reminder-registered = You have a seat. If you cannot come, cancel your sign-up: the seat will go to someone else.
digest-title = 📅 <b>This week at the DigiPASS</b>
digest-title-followed = 📅 <b>This week at the DigiPASS points you follow</b>
digest-zone = <b>Zona sociale { $number } · { $name }</b>
digest-zone-none = <b>Online and across Umbria</b>
digest-item = • { $day }, { $time } — { $title } ({ $place })
digest-item-nowhere = • { $day }, { $time } — { $title }
digest-online = online
digest-zone-wide = across the whole zone
digest-more = …and { $count } more. Write /events to the bot to see them all.
digest-footer = Tap a title for the details and to sign up. Everything is free.
digest-footer-followed = You get this summary because you follow these points. Tap a title for the details.

## What you follow
command-follow = The points and zones you follow
follow-title = <b>You follow these points and zones</b>. I write to you when they have news or events:
follow-line-point = • 📍 { $name }
follow-line-zone = • 🗺 Zona sociale { $name } (all its points)
follow-hint = To follow another point, open its card and tap “🔔 Follow this point”.
follow-none =
    You do not follow any point yet.
    To follow a point, open its card and tap “🔔 Follow this point”. Or follow a whole zone below.
follow-stop-point = 🔕 Stop following { $name }
follow-stop-zone = 🔕 Stop following zone { $name }
follow-add-zone = 🗺 Follow a whole zone
follow-choose-zone = Which zona sociale do you want to follow? You will get the news and events of all its points.
follow-zone-done = Done: you now follow this zone.
follow-stopped = Done: I will not write to you about this any more.

## Courses and events: by zone and by kind
events-by-zone = 🗺 By zone
events-by-category = 🏷 By kind
events-title-zone = <b>Upcoming courses and events in zona sociale { $zone }</b>
events-title-category = <b>Upcoming events: { $category }</b>
events-none-here = Nothing here in the next 30 days. Try another zone or another kind.
events-choose-zone = Which zona sociale do you want to see the events of?
events-choose-category = What kind of event are you looking for?
