# Staff only: creating and managing events (/newevent, /myevents).

## New event
command-newevent = Create an event or a course
command-myevents = Your events: change, cancel, duplicate
ne-cancelled = All right, I created no event.
ne-ask-title = <b>New event.</b> What is it called? (at most 120 characters)
ne-title-bad = Write a title of at most { $max } characters.
ne-ask-description = Write a short description: what happens, who it is for, what to bring (at most { $max } characters).
ne-description-bad = The description can have at most { $max } characters. Try again, shorter.
ne-skip = Skip
ne-ask-point = Where does it take place? At one of your points, online or across the whole zone.
ne-ask-point-town = Where does it take place? Type the name of the town or the point, or tap “Online” or a zone.
ne-point-none = I cannot find one of your points with that name. Try again.
ne-where-online = 💻 Online
ne-where-zone = 🗺 Across the whole zone { $zone }
ne-where-some-zone = 🗺 Across a whole zone…
ne-ask-zone = For which zona sociale?
ne-zone-region = 🌐 All of Umbria
ne-ask-url = What is the link to take part? Type the full address, starting with <code>https://</code>.
ne-url-bad = This is not a valid link. Type the full address, for example <code>https://meet.example.it/digipass</code>.
ne-ask-category = What kind of event is it?
ne-ask-when =
    When does it start? Write the day and time, for example:
    <code>12/3 15:30</code>, <code>12 march 15:30</code>, <code>tomorrow 10</code>.
ne-when-tomorrow = Tomorrow { $time }
ne-when-in-a-week = In a week { $time }
ne-when-bad = I did not understand. Write for example <code>12/3 15:30</code> or <code>tomorrow 10</code>.
ne-when-past = That date has passed. Write a date in the future.
ne-ask-duration = How long does it last? Tap a button or write, for example, <code>1h30</code> or <code>90</code>.
ne-duration = { $hours }h{ $minutes }
ne-duration-bad = I did not understand the length. Write for example <code>2 hours</code>, <code>1h30</code> or <code>45</code> (minutes).
ne-ask-recurrence = Does it repeat?
ne-rec-once = Only once
ne-rec-weekly = Every week
ne-rec-biweekly = Every two weeks
ne-rec-monthly = Every month, on the { $nth ->
        [1] first
        [2] second
        [3] third
        [4] fourth
       *[last] last
    } such weekday
ne-ask-days = On which days of the week? Tap to add or remove, then “Done”.
ne-weekday-1 = Mon
ne-weekday-2 = Tue
ne-weekday-3 = Wed
ne-weekday-4 = Thu
ne-weekday-5 = Fri
ne-weekday-6 = Sat
ne-days-done = ✅ Done
ne-ask-end = How many times in all? Tap a number, or write the last day (for example <code>15/12</code>).
ne-end-bad = Write a number from 2 to 52, or the last day, for example <code>15/12</code>.
ne-ask-registration = Do people need to sign up?
ne-reg-no = Open to all, no sign-up
ne-reg-yes = Sign-up, limited places
ne-ask-capacity = How many places are there? Write a number.
ne-capacity-bad = Write the number of places, for example 20.
ne-ask-partners = Are there partners (schools, associations, professional orders, firms)? Write them separated by commas.
ne-no-partners = No partners
ne-ask-photo = Do you want to add a photo? Send it now.
ne-no-photo = No photo
ne-photo-bad = Send a photo, or tap “No photo”.
ne-preview = This is how it will look in the DigiPASS channel:
ne-publish-now = 📢 Publish now
ne-schedule = 🕘 Publish later
ne-save-draft = 💾 Save as draft
ne-ask-publish-at = When shall I publish it? Write the day and time, for example <code>tomorrow 9</code>.
ne-publish-at-bad = Write a moment in the future and before the event, for example <code>tomorrow 9</code>.
ne-published = 📢 Published: it goes to the channel and to the point's followers.
ne-scheduled = 🕘 It will be published on { $when }.
ne-scheduled-refused = 🕘 The event “{ $title }” was scheduled, but I did not publish it: you are no longer among those who may publish for that point or zone. It is kept as a draft; ask a coordinator if needed.
ne-drafted = 💾 Saved as a draft. You find it in /myevents.

## My events
me-title = <b>Your events</b>
me-none = There are no upcoming events at your points. Create one with /newevent.
me-line = • { $when } — { $title } ({ $status })
me-status-draft = draft
me-status-scheduled = scheduled
me-status-published = published
me-status-cancelled = cancelled
me-cancel = ❌ Cancel the event
me-cancel-one = 📅 Cancel one date
me-duplicate = 📄 Duplicate
me-ask-reason = Why are you cancelling it? Write the reason: people signed up and the channel will see it.
me-cancelled = Done: the event is cancelled. The channel post is updated and people signed up are told.
me-choose-occurrence = Which date do you cancel?
me-occurrence-cancelled = Done: { $when } is cancelled. People signed up for that date are told.
me-ask-dup-when = When does the copy take place? Write the day and time, for example <code>12/3 15:30</code>.
me-duplicated = 📄 Copy saved as a draft for { $when }.
me-edit-when = 🕘 Date and time
me-edit-title = ✏️ Title
me-edit-desc = 📝 Description
me-edit-cap = 👥 Places
me-ask-when = What is the new start day and time? For example <code>12/3 15:30</code>. If the event repeats, every date moves.
me-moved = 🕘 Done: it now starts on { $when }. The channel post is updated and people signed up are told.
me-updated = ✅ Done. The channel post is updated.
me-edit-kind = 🏷 Kind
me-edit-partners = 🤝 Partners
me-edit-photo = 🖼 Photo
me-edit-rec = 🔁 Repeats
me-edit-stopped = All right, I changed nothing.
me-ask-photo = Send the new photo, or tap “Remove the photo”.
me-remove-photo = Remove the photo
me-photo-bad = Send a photo, or tap “Remove the photo”.
me-rec-updated = ✅ Done. The channel post is updated; whoever had signed up for a date that no longer exists has been told.
me-edit-place = 📍 Place
me-place-updated = 📍 Done: the place has changed. The channel post is updated and people signed up are told.
me-ask-title = What is the new title? (at most { $max } characters)
