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
feature-coming =
    This feature is not active yet.
    For now, ask your Comune for the DigiPASS point's hours.

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
