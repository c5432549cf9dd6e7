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
service-fse = Electronic health record (Fascicolo Sanitario Elettronico)
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

    <b>What we keep.</b> Your Telegram user number and the language you chose. If you book: point, day, time, service and the note you write. If you follow a point: which one. If you work at a DigiPASS point: your role and your name.
    <b>Why.</b> To give you the service you ask for. It is a public-interest task of the Region and the Comuni (digital facilitation, PNRR measure 1.7.2).
    <b>How long.</b> Notes and details of past bookings are erased after { $days } days. Conversations left half-way after 7 days.
    <b>Statistics.</b> The Region counts the services given and the people helped. The facilitator may note age band, gender and whether it is your first visit: these are optional and carry no name.
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
command-team = The team of your points
command-invite = Invite a facilitator
role-facilitator = facilitator of { $point }
role-coordinator = coordinator of zone { $zone }
role-admin = regional administrator
team-title = <b>The team</b>
team-empty = Nobody has a role here yet.
team-line = • { $name } — { $role }
team-revoke = Revoke { $name }
team-revoke-confirm = Do you want to remove <b>{ $name }</b>'s role as { $role }?
team-revoke-yes = Yes, revoke
team-revoke-no = No
team-revoked = Done: { $name } is no longer { $role }.
team-revoke-kept = All right, I changed nothing.
invite-choose-role = Whom do you want to invite?
invite-role-facilitator = A facilitator of a point
invite-role-coordinator = A zone coordinator
invite-choose-zone = Choose the zona sociale:
invite-choose-point = Choose the point:
invite-zone-button = Zone { $number } · { $name }
invite-created =
    Here is the invitation for { $role }.
    Send it only to the right person. It works once, until { $expires }.

    { $link }
invite-accepted =
    Welcome to the team! You are now { $role }.
    The command menu has the commands for your work.
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
broadcast-progress = Sending: { $done } / { $total }
broadcast-report =
    <b>Sending finished.</b>
    Delivered: { $delivered }
    Unreachable: { $unreachable }
    Failed: { $failed }

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
book-expired = The booking you started expired after 30 minutes without an answer. Whenever you like, start again with «📅 Book help».
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

## Facilitators' agenda
command-agenda = Today's and tomorrow's bookings
agenda-title = <b>Agenda for { $day }</b>
agenda-empty = No bookings.
agenda-item = { $time } · <b>{ $name }</b> · { $service } · { $point }{ $note } — { $status }
agenda-note = { " " }· note: «{ $note }»
agenda-nameless = (no name)
agenda-status-booked = not confirmed yet
agenda-status-confirmed = confirmed
agenda-status-arrived = arrived ✅
agenda-status-no_show = did not come ❌
agenda-arrived = ✅ Arrived { $time }
agenda-no-show = ❌ No-show { $time }
agenda-tomorrow = Tomorrow ▶️
agenda-today = ◀️ Today
agenda-ask-outcome = How did it go with { $name } ({ $service })?
agenda-outcome-resolved = Resolved
agenda-outcome-partly = Partly resolved
agenda-outcome-referred = Referred to other offices
agenda-recorded = Recorded: { $name }, { $service }, { $outcome }.
agenda-no-show-recorded = Marked as not come: { $name } at { $time }.

## Points' news
command-news = Publish news of your point
news-choose-point = Which point is the news for?
news-ask-text = Write the news of <b>{ $point }</b> (3500 characters at most). It goes to the DigiPASS channel and to the point's followers.
news-too-long = It is too long: 3500 characters at most. Please try again, shorter.
news-preview = This is how it will look:
news-publish = 📢 Publish now
news-cancelled = All right, I published nothing.
news-started = Publishing started.
command-walkin = Record help given without a booking
walkin-choose-point = Where did you give the help?
walkin-choose-service = What help did you give?
walkin-choose-outcome = How did it go?
walkin-recorded = Recorded: { $service } at { $point }, { $outcome }. Thank you!

## Waiting list
book-full-day = 🔔 { $day }: full, tell me
waitlist-joined = All right: if a place frees up on { $day } at { $point }, I will write to you at once. You can take it with one tap within 30 minutes.
waitlist-already = You are already on the waiting list for that day.
waitlist-offer = 🎉 A place has freed up at <b>{ $point }</b>: { $when } ({ $service }). Do you want it? The offer is valid for 30 minutes.
waitlist-take = ✅ Yes, book it
waitlist-offer-gone = Sorry, the offer has expired or the place has already been taken.
reminder-confirm = ✅ I confirm, I am coming
booking-confirmed-thanks = Thank you! Booking { $code } confirmed: we are expecting you.
booking-released =
    You did not confirm booking { $code } on { $when } at { $point }, so the place has been freed for someone else.
    If you like, book again with «📅 Book help».

## How did it go
feedback-ask = Today you were helped at <b>{ $point }</b> ({ $service }). How did it go? Tap a number: 1 = badly, 5 = very well.
feedback-thanks = Thank you! Your answer helps improve the DigiPASS points.

## Booking for someone without Telegram
command-bookfor = Book for someone without Telegram
bookfor-ask-initials = Whom are you booking for? Type their initials (for example M.R.), 10 characters at most.
bookfor-bad-initials = Type only the initials, 10 characters at most (letters and dots).
bookfor-ask-phone = A phone number to reach them? (optional)
bookfor-no-phone = No phone
bookfor-bad-phone = Type a phone number (digits, spaces, +), or tap «No phone».
bookfor-note = Booking for { $initials } — the reminders will come to you.

## Hours (facilitators)
command-hours = Change your point's hours
hours-choose-point = Which point's hours do you want to change?
hours-current = <b>Hours of { $point }</b>
hours-none = No hours entered.
hours-line = • { $day } { $start }–{ $end } ({ $capacity } { $capacity ->
        [one] facilitator
       *[other] facilitators
    })
hours-add = ➕ Add hours
hours-remove = 🗑 Remove hours
hours-close-day = 🚫 Close a day
hours-done = ✅ Done
hours-choose-weekday = Which day of the week?
hours-ask-range = Type the hours, for example <b>9-13</b> or <b>15:00-18:30</b>.
hours-bad-range = I did not understand the hours. Type for example 9-13 or 15:00-18:30.
hours-ask-capacity = How many facilitators are on duty then?
hours-preview = Adding: <b>{ $day } { $start }–{ $end }</b>, { $capacity } { $capacity ->
        [one] facilitator
       *[other] facilitators
    }. Is that right?
hours-save = 💾 Save
hours-saved = Done, saved.
hours-choose-remove = Which hours do you want to remove?
hours-ask-day = Which day is closed? Type the date, for example <b>24/12</b>.
hours-bad-day = I did not understand the date. Type for example 24/12 or 24/12/2026.
hours-close-preview = { $point } will be closed on <b>{ $day }</b>. Is that right?
hours-finished = Hours updated. Citizens see them at once.

## Optional details for the statistics (PNRR)
detail-ask-age = Optional, for the statistics: the age band?
detail-ask-gender = Optional: the gender?
detail-ask-first = Optional: is it the first visit to a DigiPASS point?
detail-age-0 = 18–29
detail-age-1 = 30–54
detail-age-2 = 55 and over
detail-gender-0 = Woman
detail-gender-1 = Man
detail-gender-2 = Other
detail-first-0 = Yes, the first
detail-first-1 = No
detail-skip = Skip
detail-done = Thank you, recorded.
command-importhours = Import many points' hours from a CSV file
import-ask-file =
    Send me the CSV file of hours (UTF-8, comma separated) with the columns:
    <code>point,weekday,start,end,facilitators</code>
    For example: <code>digipass-foligno,monday,9:00,13:00,2</code>
    The hours of the points in the file replace their previous ones.
import-not-csv = A CSV file is needed. Try again, or type /cancel.
import-errors = The file has errors, I imported nothing. Lines to fix: { $lines }
import-preview = In the file: { $ranges } hours for { $points } points. Import them?
import-confirm = 📥 Import
import-done = Done: imported { $ranges } hours for { $points } points.
hours-special-day = 📅 Special hours for one day
hours-ask-day-special = For which day? Type the date, for example <b>19/12</b>. The hours you type replace that day's usual ones.
hours-special-preview = { $point }, <b>{ $day }</b>: open { $start }–{ $end } (instead of the usual hours). Is that right?
hours-ask-validity = Always, or until a date (for example summer hours)?
hours-always = Always
hours-until = Until a date
hours-ask-until = Until which day? Type the date, for example <b>31/8</b>.
hours-valid-until = Valid until { $day } included.
hours-close-has-bookings = ⚠️ { $count ->
        [one] That day has 1 booking: tell the person (see /agenda).
       *[other] That day has { $count } bookings: tell the people (see /agenda).
    }

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
