## Мова цього файлу
language-name = Українська

## Команди (описи в меню Telegram)
command-start = Почати й відкрити меню
command-help = Як працює бот
command-find = Знайти найближчий пункт DigiPASS
command-book = Записатися на допомогу
command-mybookings = Мої записи
command-events = Курси та події
command-language = Змінити мову
command-privacy = Ваші дані та конфіденційність
command-cancel = Скасувати те, що Ви робите

## Вітання і головне меню
welcome =
    Вітаю, <b>{ $name }</b>! 👋
    Я — бот <b>Punti Digitale Facile DigiPASS</b> (пунктів цифрової допомоги) в Умбрії.

    У пунктах DigiPASS людина безкоштовно допоможе Вам зі SPID, електронною ID-карткою, електронною медичною картою, платежами та іншим.

    Оберіть кнопку нижче.
welcome-back = З поверненням! Оберіть кнопку нижче.
help =
    <b>Як це працює</b>

    📍 <b>Надішліть своє місцезнаходження</b>: я покажу найближчі пункти DigiPASS.
    🔎 <b>Знайти пункт</b>: напишіть назву свого міста чи села.
    📅 <b>Записатися на допомогу</b>: оберіть день і час.
    🎓 <b>Курси та події</b>: безкоштовні курси поруч із Вами.
    🗂 <b>Мої записи</b>: переглянути, перенести або скасувати.

    Щоб зупинити те, що Ви робите, напишіть /cancel.
menu-location = 📍 Надіслати моє місцезнаходження
menu-find = 🔎 Знайти пункт
menu-book = 📅 Записатися на допомогу
menu-events = 🎓 Курси та події
menu-mybookings = 🗂 Мої записи
menu-language = 🌐 Мова
menu-placeholder = Оберіть кнопку або напишіть своє місто

## Мова
language-choose = Оберіть мову:
language-set = Готово! Тепер я пишу Вам українською.
language-same = Я вже пишу Вам українською.

## Скасування
cancel-done = Гаразд, скасовано. Оберіть кнопку нижче.
cancel-nothing = Немає чого скасовувати.

## Помилки та ввічливі відповіді
error-generic =
    Вибачте, щось пішло не так.
    Спробуйте ще раз трохи пізніше. Якщо проблема не зникає, напишіть /start.
error-button-expired = Ця кнопка вже не діє. Напишіть /start, щоб почати знову.
unhandled-text =
    Вибачте, я не розумію. 🙂
    Оберіть кнопку нижче або напишіть /help.
unhandled-other = Я можу читати лише текстові повідомлення та місцезнаходження. Оберіть кнопку нижче.
deeplink-unknown = Посилання, яке Ви відкрили, недійсне або вже не діє.

## Послуги (назва і що взяти з собою)
service-spid = SPID (цифрова ідентичність)
service-spid-bring = дійсний документ, що посвідчує особу, картку tessera sanitaria, телефон, на який приходять SMS, адресу електронної пошти, яку Ви вмієте відкрити
service-cie = Електронна ID-картка (CIE): активація, PIN і PUK
service-cie-bring = електронну ID-картку, лист із першою частиною PIN і PUK, телефон
service-fse = Електронна медична карта (FSE)
service-fse-bring = картку tessera sanitaria, SPID або CIE з PIN-кодом, телефон
service-cup = Запис до лікаря (CUP), завантаження результатів
service-cup-bring = направлення від лікаря (ricetta), картку tessera sanitaria, SPID або CIE з PIN-кодом, телефон
service-pagopa = PagoPA та онлайн-платежі
service-pagopa-bring = повідомлення про оплату (avviso di pagamento), платіжну картку або застосунок банку, телефон
service-appio = App IO
service-appio-bring = телефон із вільною пам'яттю, SPID або CIE з PIN-кодом
service-school = Запис до школи та ясел (nido)
service-school-bring = SPID або CIE з PIN-кодом, дані дитини та батьків, код школи, якщо Ви його знаєте
service-inps = INPS і соціальна допомога (виплати, ISEE)
service-inps-bring = SPID або CIE з PIN-кодом, картку tessera sanitaria, документи для заяви
service-anagrafe = Довідки з реєстру населення (anagrafe)
service-anagrafe-bring = SPID або CIE з PIN-кодом, документ, що посвідчує особу
service-pec = Електронна пошта та PEC (сертифікована пошта)
service-pec-bring = телефон, документ, що посвідчує особу, паролі, які у Вас уже є
service-safety = Безпека в інтернеті та шахрайство
service-safety-bring = телефон або комп'ютер, яким Ви користуєтеся, підозрілі повідомлення, які Ви отримали
service-device = Допомога з комп'ютером і смартфоном
service-device-bring = телефон, планшет або комп'ютер, із зарядним пристроєм і паролями

## Обмеження
rate-limited = Ви пишете дуже швидко. Зачекайте хвилинку й спробуйте ще раз. 🙂

## Конфіденційність і персональні дані
command-mydata = Переглянути дані, які ми зберігаємо про Вас
command-forgetme = Видалити Ваші дані
privacy-notice =
    <b>Ваші дані</b>

    <b>Що ми зберігаємо.</b> Ваш номер користувача Telegram і мову, яку Ви обрали. Якщо Ви записуєтеся: пункт, день, час, послугу, Ваше ім'я (з Telegram, щоб консультант знав, кого чекати) та примітку, яку Ви пишете. Якщо Ви реєструєтеся на подію або просите повідомити, коли звільниться місце: яку подію чи який день. Нагадування, які ми Вам надішлемо, чекають у черзі до відправлення. Якщо Ви стежите за пунктом: за яким саме. Якщо Ви працюєте в пункті DigiPASS: Вашу роль і Ваше ім'я.
    <b>Навіщо.</b> Щоб надати послугу, яку Ви просите. Це завдання в суспільних інтересах Регіону та муніципалітетів (Comuni): цифрова допомога, PNRR (національний план відновлення), захід 1.7.2.
    <b>Як довго.</b> Примітки та дані минулих записів видаляються через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } днів
    }. Незавершені розмови — через 7 днів. Так само й нагадування та вже надіслані повідомлення. Цей строк визначає Регіон, і він може змінитися.
    <b>Статистика.</b> Регіон рахує надані послуги та людей, яким допомогли. Консультант може позначити вікову групу, стать і чи це перший візит; після послуги Ви можете поставити оцінку від 1 до 5. Це необов'язково і без Вашого імені.
    <b>Володілець даних.</b> { $controller }
    <b>Уповноважений із захисту даних.</b> { $dpo }
    <b>Telegram.</b> Повідомлення проходять через Telegram, який обробляє їх за своїми правилами.

    /mydata — переглянути всі Ваші дані
    /forgetme — видалити Ваші дані
privacy-not-configured = ще не вказано: запитайте у своєму пункті DigiPASS
mydata-summary =
    <b>Дані, які ми зберігаємо про Вас</b>

    Номер користувача Telegram: { $telegramId }
    Мова: { $language }
    Перше звернення: { $firstSeen }
    Записи: { $bookings }
    Пункти та зони, за якими Ви стежите: { $follows }
    Реєстрації на події: { $registrations }
    Ролі: { $roles }

    У файлі нижче є все, разом із подробицями.
mydata-none = немає
mydata-language-auto = як у Telegram
mydata-file-caption = Усі Ваші дані (файл JSON)
forgetme-confirm =
    Ви хочете видалити всі свої дані?
    Ви втратите записи, пункти, за якими стежите, і ролі. Це не можна буде скасувати.
forgetme-yes = Так, видалити все
forgetme-no = Ні, залишити мої дані
forgetme-done =
    Готово. Ми видалили Ваші дані.
    Залишилися тільки анонімні числа для статистики, без Вашого імені.
forgetme-kept = Гаразд, нічого не видалено.

## Ролі, команда та запрошення
error-not-allowed-staff = Ця команда — для тих, хто працює в пунктах DigiPASS.
error-not-allowed-point = Ця дія — для консультантів пункту { $point }.
error-not-allowed-zone = Ця дія — для координаторів зони { $zone }.
error-not-allowed-admin = Ця дія — для адміністраторів Регіону.
error-not-allowed-yours = Це не Ваше: Ви можете змінювати лише свої записи.
error-not-allowed-self = Ви не можете забрати роль у самих себе. Зверніться до координатора або до Регіону.
error-not-found = Не вдається знайти те, що Ви шукаєте. Можливо, це вже видалено.
error-invite-not-found = Такого запрошення не існує. Попросіть нове запрошення в того, хто Вам його надіслав.
error-invite-expired = Термін дії цього запрошення минув. Попросіть нове запрошення в того, хто Вам його надіслав.
error-invite-used = Це запрошення вже використано. Попросіть нове запрошення в того, хто Вам його надіслав.
error-invite-revoked = Це запрошення більше не дійсне: той, хто його створив, більше не може надавати цю роль. Попросіть нове запрошення у свого координатора або в Регіоні.
error-already-has-role = У Вас уже є ця роль.
error-not-allowed-coordinators = Ця дія — для координаторів зон і для Регіону.

## Пошук пункту
command-points = Усі пункти, зона за зоною
find-ask =
    Напишіть назву свого міста, села чи району (наприклад: Foligno, Ponte San Giovanni).
    Або натисніть «📍 Надіслати моє місцезнаходження».
find-nearest-title = <b>Найближчі до Вас пункти DigiPASS</b>
find-outside-umbria = Пункти DigiPASS є тільки в Умбрії. Ось найближчі до місця, яке Ви надіслали.
find-item =
    { $n }. <b>{ $name }</b> — { $km } км
    { $where }
    { $status }
find-status-open = 🟢 Зараз відчинено, до { $until }
find-status-closed-next = 🔴 Зараз зачинено. Відчиняється: { $day }, о { $time }
find-status-closed = 🔴 Зараз зачинено. У найближчі дні не відчиняється.
find-status-unknown = ⚪ Години роботи не опубліковано: запитайте в Comune (муніципалітеті)
find-status-holiday = 🔴 Сьогодні зачинено через свято ({ $holiday }). Відчиняється: { $day }, о { $time }
find-open-card = { $n }. { $name }
find-town-title = <b>Пункти DigiPASS у { $town }</b>
find-town-none =
    У { $town } ще немає пункту DigiPASS.
    Ось найближчі:
find-zone-also = Інші пункти соціальної зони (zona sociale) { $zone }:
find-several = Знайдено кілька місць із такою назвою. Яке саме Ви маєте на увазі?
find-no-match = Я не знаю міста чи села «{ $query }». 🤔
find-no-match-suggest = Можливо, Ви мали на увазі:
find-no-match-help = Перевірте, як пишеться назва, або надішліть своє місцезнаходження кнопкою нижче.
find-bad-input = Напишіть назву міста чи села в Умбрії, наприклад Perugia або Gualdo Tadino. Або надішліть своє місцезнаходження.
points-choose-zone = <b>12 соціальних зон (zone sociali) Умбрії</b>. Оберіть зону:
points-zone-button = { $number } · { $name } ({ $count })
points-zone-title = <b>Zona sociale { $number } · { $name }</b>. Оберіть пункт:
points-prev = ◀️ Назад
points-next = Далі ▶️
points-back-zones = ↩️ Усі зони

## Картка пункту
card-title = <b>{ $name }</b>
card-where = 📍 { $where }
card-zone = Zona sociale { $number } · { $zone }
card-approximate = (приблизне місце: центр міста чи села)
card-mobile = 🚐 Пересувний пункт: тут з'являтимуться його зупинки.
card-hours-title = <b>Години роботи цього тижня</b>
card-hours-unknown = ⚪ Години роботи не опубліковано. Запитайте в Comune (муніципалітеті).
card-hours-published = Години роботи за даними джерела: { $text }
card-hours-demo = (пробні години: це демонстрація)
card-day-open = { $day }: { $ranges }
card-day-closed = { $day }: зачинено
card-day-holiday = { $day }: зачинено через свято ({ $holiday })
card-services-title = <b>Послуги</b>
card-services-all = Усі послуги мережі DigiPASS: SPID, CIE, електронна медична карта, запис до лікаря через CUP і результати обстежень, PagoPA, app IO, запис до школи, INPS, довідки, електронна пошта і PEC, безпека в інтернеті, допомога з комп'ютером і телефоном.
card-contacts = ☎️ { $contacts }
card-events-title = <b>Найближчі події</b>
card-event-line = • { $when } — { $title }
card-no-events = Подій не заплановано.
card-directions = 🧭 Як дістатися
card-follow = 🔔 Стежити за цим пунктом
card-unfollow = 🔕 Більше не стежити
card-back = ↩️ Назад
card-followed = Тепер Ви стежите за пунктом { $name }: я напишу Вам, коли будуть новини та події.
card-unfollowed = Ви більше не стежите за пунктом { $name }.
find-status-announced = ⚪ Години роботи не опубліковано. Найближче оголошене відкриття: { $day }, о { $time }
find-status-exception-closed = 🔴 Сьогодні зачинено в позаплановому порядку. Відчиняється: { $day }, о { $time }
find-status-exception-hours = 🔴 Зараз зачинено: сьогодні години роботи змінено. Відчиняється: { $day }, о { $time }
find-approximate = (приблизне місце)
card-day-exception-closed = { $day }: зачинено в позаплановому порядку
card-day-extra = { $day }: { $ranges } (додаткове відкриття)
card-day-extra-holiday = { $day }: { $ranges } (додаткове відкриття попри свято: { $holiday })
card-day-reduced = { $day }: { $ranges } (скорочені години)
card-day-changed = { $day }: { $ranges } (змінені години)
card-announced-title = <b>Оголошені додаткові відкриття</b>
card-book-later-contacts = 📅 Запис через бот відкриється, коли пункт опублікує години роботи: а поки що ви можете зв'язатися з ним за контактами нижче.
card-book-later = 📅 Запис через бот відкриється, коли пункт опублікує години роботи: а поки що ви можете запитати інформацію в Comune (муніципалітеті) { $comune }.
card-book-mobile = 📅 Пересувний пункт не можна забронювати через бот: ви можете прийти на одну з його зупинок.

## Свята
holiday-new_year = Новий рік
holiday-epiphany = Богоявлення
holiday-easter = Великдень
holiday-easter_monday = Великодній понеділок
holiday-liberation_day = День визволення
holiday-labour_day = День праці
holiday-republic_day = День Республіки
holiday-assumption = Успіння Богородиці (Ferragosto)
holiday-st_francis = День святого Франциска Ассизького
holiday-all_saints = День усіх святих
holiday-immaculate_conception = Непорочне зачаття Діви Марії
holiday-christmas = Різдво
holiday-st_stephen = День святого Стефана
holiday-patron_saint = { $name }, свято покровителя міста
find-stop = 🚐 { $place } · { $day }, { $from }–{ $to }

## Розсилки (новини, нагадування)
news-for-followers =
    📢 Новини пункту <b>{ $point }</b>, за яким Ви стежите:

    { $news }
## Записи: помилки
error-slot-taken = Цей час щойно зайняла інша людина. Оберіть інший час.
error-too-many-bookings = У Вас уже максимальна кількість записів: { $max }. Щоб записатися ще, дочекайтеся першої зустрічі або скасуйте один запис.
error-overlapping-booking = У Вас уже є зустріч на цей час.
error-too-late-to-cancel = До зустрічі залишилося менше ніж { $hours ->
        [one] { $hours } година
        [few] { $hours } години
        [many] { $hours } годин
       *[other] { $hours } годин
    }: через бота вже не можна скасувати чи перенести запис. Зателефонуйте або прийдіть до пункту DigiPASS.

## Запис на допомогу
book-back = ↩️ Назад
book-cancel = ✖️ Скасувати
book-ask-point =
    <b>Куди Ви хочете піти?</b>
    Напишіть назву свого міста чи села або надішліть своє місцезнаходження.
book-last-point = 🕘 Як минулого разу: { $name }
book-choose-point = Оберіть пункт:
book-no-point = Не знайдено пунктів із такою назвою. Напишіть назву міста чи села, наприклад Foligno.
book-no-hours =
    Пункт { $point } ще не опублікував години роботи, тому тут записатися не можна.
    Оберіть інший пункт.
book-ask-service = <b>З чим Вам потрібна допомога?</b>
book-bring =
    <b>{ $service }</b>
    Візьміть із собою: { $bring }.
book-ask-day = <b>Який день?</b> У ці дні в пункті { $point } є вільний час:
book-day-button = { $day } ({ $count })
book-no-days =
    Найближчими днями в пункті { $point } немає вільного часу.
    Спробуйте інший пункт або зателефонуйте до пункту DigiPASS.
book-ask-time = <b>О котрій годині?</b> { $day }:
book-ask-note =
    Хочете залишити примітку для консультанта? (не більше 200 символів)
    Наприклад: «прийду з донькою».
book-no-note = Без примітки
book-note-too-long = Примітка задовга: не більше 200 символів. Спробуйте ще раз, коротше.
book-summary =
    <b>Перевірте свій запис</b>

    📍 { $point }
    { $where }
    🗓 { $when }
    🧾 { $service }
    📝 { $note }
book-summary-no-note = без примітки
book-confirm = ✅ Підтвердити
book-confirmed =
    ✅ <b>Ви записані!</b> Код: <b>{ $code }</b>

    📍 { $point }
    { $where }
    🗓 { $when }
    🧾 { $service }

    Візьміть із собою: { $bring }.
    Я нагадаю Вам про зустріч за день до неї.
book-ics-caption = Додайте зустріч до свого календаря
book-cancelled-flow = Гаразд, запис не створено.
book-expired = Запис, який Ви почали, скасовано: { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    } не було відповіді. Коли захочете, почніть знову з кнопки «📅 Записатися на допомогу».
conversation-expired = { $minutes ->
        [one] Минула { $minutes } хвилина
        [few] Минуло { $minutes } хвилини
        [many] Минуло { $minutes } хвилин
       *[other] Минуло { $minutes } хвилини
    } без відповіді, тому я закрив те, що Ви робили. Коли захочете, почніть знову з команди або меню.
book-please-choose = Будь ласка, оберіть одну з кнопок вище або натисніть «✖️ Скасувати».
mybookings-none = У Вас немає запланованих записів. Щоб записатися, натисніть «📅 Записатися на допомогу».
mybookings-title = <b>Ваші записи</b>
mybookings-item =
    <b>{ $code }</b> — { $when }
    { $point } · { $service }
mybookings-cancel = ✖️ Скасувати { $code }
mybookings-move = 🔁 Перенести { $code }
mybookings-cancel-confirm = Ви справді хочете скасувати запис <b>{ $code }</b> на { $when }?
mybookings-cancel-yes = Так, скасувати
mybookings-cancel-no = Ні, залишити
mybookings-cancelled = Запис { $code } скасовано. Тепер цей час вільний для іншої людини.
mybookings-kept = Гаразд, запис залишається.
mybookings-move-day = <b>Оберіть новий день</b> для запису { $code }:
mybookings-move-time = <b>Оберіть новий час</b> ({ $day }):
mybookings-moved = 🔁 Готово: запис { $code } тепер на { $when }.
card-book = 📅 Записатися тут
reminder-24h =
    🔔 <b>Нагадування</b>: завтра у Вас зустріч.
    🗓 { $when }
    📍 { $point }
    🧾 { $service } (код { $code })
    Візьміть із собою: { $bring }.
reminder-2h = 🔔 Скоро, о { $time }, у Вас зустріч у пункті <b>{ $point }</b> (код { $code }).

## Список очікування
book-full-day = 🔔 { $day }: усе зайнято, повідомте мене
waitlist-joined = Гаразд: якщо звільниться місце ({ $day }, пункт { $point }), я одразу Вам напишу. Ви зможете зайняти його одним натиском протягом 30 хвилин.
waitlist-already = Ви вже в списку очікування на цей день.
waitlist-offer = 🎉 Звільнилося місце в пункті <b>{ $point }</b>: { $when } ({ $service }). Хочете його зайняти? Пропозиція діє 30 хвилин.
waitlist-take = ✅ Так, записатися
waitlist-offer-gone = На жаль, пропозиція вже не діє або місце вже зайняли.
waitlist-decline = Ні, дякую
waitlist-declined = Гаразд, дякуємо, що повідомили. Місце в пункті <b>{ $point }</b> ({ $when }) звільнено для наступної людини в черзі. Ви можете записатися іншим разом, коли забажаєте.
waitlist-decline-already = Ви вже звільнили це місце: більше нічого робити не потрібно. Ви можете записатися іншим разом, коли забажаєте.
waitlist-decline-taken = Ви вже записалися на це місце: його можна знайти серед Ваших записів.
waitlist-decline-gone = Нічого страшного: ця пропозиція вже не діяла, тож звільняти нічого. Ви можете записатися іншим разом, коли забажаєте.
reminder-confirm = ✅ Підтверджую, прийду
booking-confirmed-thanks = Дякуємо! Запис { $code } підтверджено: чекаємо на Вас.
booking-released =
    Ви не підтвердили запис { $code } на { $when } у пункті { $point }, тому місце звільнено для іншої людини.
    Якщо хочете, запишіться знову кнопкою «📅 Записатися на допомогу».

## Як усе пройшло
feedback-ask = Сьогодні Вам допомогли в пункті <b>{ $point }</b> ({ $service }). Як усе пройшло? Натисніть цифру: 1 = погано, 5 = дуже добре.
feedback-thanks = Дякуємо! Ваша відповідь допомагає покращувати пункти DigiPASS.

## Курси та події (для громадян)
events-title = <b>Найближчі курси та події</b>
events-title-followed = <b>Найближчі курси та події в пунктах, за якими Ви стежите</b>
events-none = У найближчі 30 днів подій не заплановано. Загляньте сюди знову незабаром!
events-item =
    🗓 <b>{ $when }</b>
    { $title }
    📍 { $where }
events-item-cancelled = (скасовано)
events-add = 📅 Додати: { $title }
events-ics-caption = Відкрийте файл, щоб додати подію до свого календаря.

## Події в каналі та в повідомленнях для тих, хто стежить
event-category-course = Курс
event-category-workshop = Майстер-клас
event-category-seminar = Зустріч
event-category-open_day = День відчинених дверей
event-category-trashware = Друге життя комп'ютерів
event-category-open_data = Відкриті дані
event-category-schools = Школи
event-category-other = Подія
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
event-post-online = 💻 Онлайн
event-post-online-link = 💻 Онлайн: { $url }
event-post-zone = 🗺 По всій соціальній зоні (Zona sociale) { $number } · { $zone }
event-post-partners = 🤝 Разом із: { $partners }
event-post-seats = 👥 Кількість місць: { $capacity }. Безкоштовна реєстрація в боті.
event-post-register = ✍️ Безкоштовна реєстрація в боті.
event-post-free = Безкоштовно і відкрито для всіх.
event-post-cancelled = ❌ <b>СКАСОВАНО</b>: { $reason }
event-recur-weekly = 🔁 Щотижня: { $days }
event-recur-biweekly = 🔁 Раз на два тижні: { $days }
event-recur-monthly = 🔁 Щомісяця: { $day } { $nth ->
        [1] першого тижня
        [2] другого тижня
        [3] третього тижня
        [4] четвертого тижня
       *[last] останнього тижня
    } місяця
event-recur-until = , до { $date }
event-recur-count = , { $count ->
        [one] { $count } раз
        [few] { $count } рази
        [many] { $count } разів
       *[other] { $count } разів
    }
event-button-details = ℹ️ Подробиці та реєстрація
event-button-remind = 🔔 Нагадати мені
event-button-calendar = 📅 Додати до календаря
event-for-followers =
    📢 Нова подія в пункті <b>{ $point }</b>, за яким Ви стежите:

    { $post }
event-cancelled-notice = ❌ Подію «{ $title }» на { $when } скасовано. Причина: { $reason }. Нам дуже шкода!
event-moved-notice = 🔁 Подію «{ $title }», на яку Ви зареєстровані, перенесено. Новий час: { $when }.
event-place-notice =
    📍 Подія «{ $title }», на яку Ви зареєстровані ({ $when }), змінила місце. Тепер вона відбувається тут:
    { $where }
event-post-skipped = 🚫 Не відбудеться: { $days }

## Події: картка, реєстрація, нагадування, огляд
ec-register = ✍️ Зареєструватися
ec-remind = 🔔 Нагадати мені
ec-unregister = ✖️ Скасувати мою реєстрацію
ec-follow = 📍 Стежити за пунктом { $name }
ec-unfollow = 🔕 Більше не стежити за пунктом { $name }
ec-back = ↩️ Назад
ec-details = ℹ️ Подробиці
ec-dates-title = <b>Найближчі дати</b>
ec-date-line = • { $day }
ec-date-line-state = • { $day } — { $state }
ec-state-seats = { $seats ->
        [one] { $seats } вільне місце
        [few] { $seats } вільні місця
        [many] { $seats } вільних місць
       *[other] { $seats } вільних місць
    }
ec-state-full = усе зайнято
ec-state-registered = ✅ у Вас є місце
ec-state-reminded = 🔔 нагадування ввімкнено
ec-over = Ця подія вже минула.
ec-not-found = Не вдається знайти цю подію. Можливо, її видалили або ще не опублікували.
ec-event-cancelled = Цю подію скасовано. Вам нічого не потрібно робити.
ec-date-cancelled = Цю дату скасовано. Вам нічого не потрібно робити.
ec-date-past = Ця дата вже минула.
ec-no-registration = На цю подію не потрібно реєструватися: просто приходьте.
ec-registered =
    ✅ Вас зареєстровано: «{ $title }», { $when }.
    За день до події я надішлю Вам нагадування. Якщо не зможете прийти, скасуйте реєстрацію: місце отримає інша людина.
ec-already = У Вас уже є місце на { $when }.
ec-full = На жаль, на { $when } місць більше немає. Можете обрати іншу дату, якщо вона є. Або стежте за пунктом: я повідомлю Вам про наступні події.
ec-unregistered = Готово: Вашу реєстрацію на { $when } скасовано. Дякуємо, що повідомили нас!
ec-not-registered = Не вдається знайти Вашу реєстрацію на цю дату.
ec-remind-set = 🔔 Гаразд: я напишу Вам напередодні, { $at }.
ec-remind-already = Нагадування на { $when } вже є.
ec-remind-soon = Залишилося менше доби: { $when }. Чекаємо на Вас!
ec-reminder =
    🔔 <b>Нагадування</b>: завтра — «{ $title }».
    🗓 { $when }
    📍 { $where }
ec-reminder-registered = У Вас є місце. Якщо не зможете прийти, скасуйте реєстрацію: місце отримає інша людина.
digest-title = 📅 <b>Цього тижня в пунктах DigiPASS</b>
digest-title-followed = 📅 <b>Цього тижня в пунктах DigiPASS, за якими Ви стежите</b>
digest-zone = <b>Zona sociale { $number } · { $name }</b>
digest-zone-none = <b>Онлайн і по всій Умбрії</b>
digest-item = • { $day }, { $time } — { $title } ({ $place })
digest-item-nowhere = • { $day }, { $time } — { $title }
digest-online = онлайн
digest-zone-wide = по всій зоні
digest-more = …і ще { $count ->
        [one] { $count } подія
        [few] { $count } події
        [many] { $count } подій
       *[other] { $count } подій
    }. Напишіть боту /events, щоб побачити всі.
digest-footer = Натисніть на назву, щоб побачити подробиці та зареєструватися. Усе безкоштовно.
digest-footer-followed = Ви отримуєте цей огляд, бо стежите за цими пунктами. Натисніть на назву, щоб побачити подробиці.

## За чим Ви стежите
command-follow = Пункти та зони, за якими Ви стежите
follow-title = <b>Ви стежите за цими пунктами та зонами</b>. Я напишу Вам, коли в них будуть новини або події:
follow-line-point = • 📍 { $name }
follow-line-zone = • 🗺 Соціальна зона { $name } (усі її пункти)
follow-hint = Щоб стежити за іншим пунктом, відкрийте його картку й натисніть «🔔 Стежити за цим пунктом».
follow-none =
    Ви ще не стежите за жодним пунктом.
    Щоб стежити за пунктом, відкрийте його картку й натисніть «🔔 Стежити за цим пунктом». Або стежте за цілою зоною нижче.
follow-stop-point = 🔕 Більше не стежити за { $name }
follow-stop-zone = 🔕 Більше не стежити за зоною { $name }
follow-add-zone = 🗺 Стежити за цілою зоною
follow-choose-zone = За якою соціальною зоною (zona sociale) Ви хочете стежити? Ви отримуватимете новини та події всіх її пунктів.
follow-zone-done = Готово: тепер Ви стежите за цією зоною.
follow-stopped = Готово: я більше не писатиму Вам про це.

## Курси та події: за зоною і за типом
events-by-zone = 🗺 За зоною
events-by-category = 🏷 За типом
events-title-zone = <b>Найближчі курси та події в соціальній зоні { $zone }</b>
events-title-category = <b>Найближчі події: { $category }</b>
events-none-here = Тут у найближчі 30 днів нічого немає. Спробуйте іншу зону або інший тип.
events-choose-zone = Події якої соціальної зони (zona sociale) Ви хочете побачити?
events-choose-category = Який тип події Ви шукаєте?
