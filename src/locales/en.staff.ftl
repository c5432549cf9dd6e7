# Staff screens only (facilitators, coordinators, the region): Italian and English.

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
## Sending to many (news, reminders)
broadcast-progress = Sending: { $done } / { $total }
broadcast-report =
    <b>Sending finished.</b>
    Delivered: { $delivered }
    Unreachable: { $unreachable }
    Failed: { $failed }

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
agenda-ask-service = What help did { $name } get? They booked: { $service }.
agenda-service-booked = ✅ { $service }
agenda-service-other = Another service…
agenda-choose-service = What help did { $name } get?
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
news-ask-photo = Would you like to add a photo? Send it now, or tap “No photo”.
news-no-photo = No photo
news-photo-bad = Send a photo, or tap “No photo”.
news-schedule = 🕘 Schedule
news-ask-when = When shall I publish it? Write the day and time, for example <code>tomorrow 9</code>, <code>12/12 15:30</code> or <code>monday 10</code>, or choose below.
news-when-bad = I did not understand the day and time. Write them like this: <code>tomorrow 9</code>, <code>12/12 15:30</code> or <code>monday 10</code>.
news-when-past = That moment has already passed. Write a day and time in the future, for example <code>tomorrow 9</code>.
news-when-far = That is too far ahead: I can schedule up to { $days } days from today. Choose a closer date.
news-at-button = { $day }, { $time }
news-scheduled = 🕘 Scheduled for { $day } at { $time }: it will go to the channel and to the followers of <b>{ $point }</b>. To cancel it, use /news.
news-scheduled-list =
    { $count ->
        [one] 🕘 You have one scheduled news item:
       *[other] 🕘 You have { $count } scheduled news items:
    }
    { $list }
    To cancel one, tap its button. Or go on and write a new one.
news-scheduled-item = • { $day } at { $time } · <b>{ $point }</b>: “{ $text }”
news-cancel-button = ❌ Cancel { $day }, { $time }
news-scheduled-cancelled = Cancelled: the news of <b>{ $point }</b> planned for { $day } at { $time } will not go out.
news-cancel-gone = This news is no longer scheduled: it may already have gone out or been cancelled.
news-scheduled-out = 📢 The scheduled news of <b>{ $point }</b> has gone out ({ $day }, { $time }). I will send you the report when the sending is done.
news-scheduled-refused = The scheduled news of <b>{ $point }</b> was not published: you no longer have the role for that point. If this is a mistake, talk to your zone's coordinator.
command-walkin = Record help given without a booking
walkin-choose-point = Where did you give the help?
walkin-choose-service = What help did you give?
walkin-choose-outcome = How did it go?
walkin-recorded = Recorded: { $service } at { $point }, { $outcome }. Thank you!

## Booking for someone without Telegram
command-bookfor = Book for someone without Telegram
bookfor-ask-initials = Whom are you booking for? Type their initials (for example M.R.), 10 characters at most.
bookfor-bad-initials = Type only the initials, 10 characters at most (letters and dots).
bookfor-ask-phone = A phone number to reach them? (optional)
bookfor-no-phone = No phone
bookfor-bad-phone = Type a phone number (digits, spaces, +), or tap «No phone».
bookfor-note = Booking for { $initials } — the reminders will come to you.
reminder-booked-for = 👤 For { $initials }
reminder-booked-for-phone = 👤 For { $initials }, phone { $phone }

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
    and, if needed, <code>valid_from,valid_to</code> (dates like 2026-12-01 or 01/12/2026; empty = no limit).
    For example: <code>digipass-foligno,monday,9:00,13:00,2</code>
    The hours of the points in the file replace their previous ones. Without the date columns, hours identical to earlier ones keep their dates.
import-not-csv = A CSV file is needed. Try again, or type /cancel.
import-errors = The file has errors, I imported nothing. Lines to fix: { $lines }
import-preview = In the file: { $ranges } hours for { $points } points. Import them?
import-confirm = 📥 Import
import-done = Done: imported { $ranges } hours for { $points } points.
hours-special-day = 📅 Special hours for one day
hours-ask-day-special = For which day? Type the date, for example <b>19/12</b>.
hours-ask-ranges-special = What are the hours on { $day }? You can type more than one, for example <b>9-12, 15-18</b>. They replace that day's usual hours.
hours-bad-ranges = I did not understand the hours. Type for example 9-12 or 9-12, 15-18 (without overlaps).
hours-special-preview = { $point }, <b>{ $day }</b>: open { $ranges } (instead of the usual hours), { $capacity } { $capacity ->
        [one] facilitator
       *[other] facilitators
    }. Is that right?
hours-ask-validity = Always, from a date, or until a date (for example summer hours)?
hours-always = Always
hours-from = From a date
hours-until = Until a date
hours-no-end = No end date
hours-ask-from = From which day? Type the date, for example <b>1/4</b>.
hours-ask-end = Valid from { $day }. Until when?
hours-ask-until = Until which day? Type the date, for example <b>31/8</b>.
hours-until-before-from = The end must come after the start ({ $day }). Type another date.
hours-valid-until = Valid until { $day } included.
hours-valid-from = Valid from { $day }.
hours-valid-period = Valid from { $from } to { $to } included.
hours-line-valid-from = · from { $from }
hours-line-valid-until = · until { $to }
hours-line-valid-period = · from { $from } to { $to }
hours-capacity = { $capacity } { $capacity ->
        [one] facilitator
       *[other] facilitators
    }
hours-specials = <b>Special days</b>
hours-special-line = • { $day }: { $ranges }
hours-special-closed-line = • { $day }: closed
hours-release-on = 🔔 Confirm-or-release: <b>on</b>. Whoever has not confirmed by 2 hours before the appointment (we ask the day before) loses the place, which goes to the waiting list.
hours-release-off = 🔕 Confirm-or-release: <b>off</b>. Bookings stay even without a confirmation.
hours-release-turn-on = 🔔 Turn on confirm-or-release
hours-release-turn-off = 🔕 Turn off confirm-or-release
hours-release-preview-on = Turning on confirm-or-release for { $point }: whoever has not confirmed by 2 hours before the appointment loses the place, which goes to the waiting list. Is that right?
hours-release-preview-off = Turning off confirm-or-release for { $point }: bookings stay even without a confirmation. Is that right?
hours-not-changed = All right, I changed nothing.
hours-close-has-bookings = ⚠️ { $count ->
        [one] That day has 1 booking: tell the person (see /agenda).
       *[other] That day has { $count } bookings: tell the people (see /agenda).
    }
