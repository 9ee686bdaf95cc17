import type { Messages } from './messages-en'
import { LANGUAGE_NAMES } from './locale'
import { pluralForm } from './plural'

/** Ukrainian counts: 1 подія, 2 події, 5 подій, 21 подія (the few form also serves fractions). */
const count = (n: number, one: string, few: string, many: string) => pluralForm('uk', n, { one, few, many, other: few })
const events = (n: number) => count(n, 'подія', 'події', 'подій')
/** after "з" (out of): з 1 події, з 10 подій, з 21 події */
const ofEvents = (n: number) => count(n, 'події', 'подій', 'подій')

const oneDecimal = new Intl.NumberFormat('uk', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const megabytes = (bytes: number) => oneDecimal.format(bytes / 1024 / 1024)

function httpHint(status: number): string {
  switch (status) {
    case 401:
      return 'файл потребує входу в обліковий запис, а цей застосунок облікових даних не надсилає.'
    case 403:
      return 'сервер відмовляється віддавати цей файл.'
    case 404:
      return 'за цією адресою файлу немає. Перевірте посилання на помилки або попросіть нове.'
    case 410:
      return 'файл із цієї адреси видалено.'
    case 429:
      return 'сервер отримує забагато запитів; зачекайте трохи й спробуйте ще раз.'
    default:
      return status >= 500 ? 'серверу не вдалося віддати файл; часто це тимчасово.' : 'файл не було отримано.'
  }
}

/** url-state explains a bad value in English; the same explanations, by parameter. */
function urlProblemText(param: string, value: string): string | null {
  switch (param) {
    case 'from':
    case 'to':
    case 'asof':
      return `«${value}» — не дата у форматі РРРР-ММ-ДД`
    case 'view':
      return `«${value}» — не назва подання; можливі «timeline» або «matrix»`
    case 'embed':
      return `«${value}» — не 1 і не 0`
    case 'lang':
      return `«${value}» — не мова цього інтерфейсу; можливі «en» або «uk»`
    default:
      return null
  }
}

/** Every word of the interface in Ukrainian. Typed as Messages: a missing or extra key does not compile. */
export const messagesUk: Messages = {
  languageName: LANGUAGE_NAMES.uk,
  quoted: (text) => `«${text}»`,

  app: {
    name: 'Хронологія заяв',
    dropOverlay: 'Відпустіть .json- або .csv-файл набору даних, щоб відкрити його',
    languageSwitch: 'Мова',
  },

  header: {
    openFullView: 'Відкрити повне подання (фільтри, список, джерела)',
    datasetFromUrl: 'Набір даних з адреси',
    datasetFromFile: (fileName) =>
      `Набір даних з локального файлу «${fileName}». Посиланням на локальний файл поділитися не можна.`,
    openFile: 'Відкрити файл',
    backToBundled: 'Повернутися до вбудованого набору даних',
    dropHint: 'Або перетягніть .json- або .csv-файл набору даних на сторінку.',
  },

  loading: {
    loading: 'Завантаження набору даних…',
    checking: 'Перевірка набору даних…',
    checkingEvents: (n) => `Перевірка набору даних: ${n.toLocaleString('uk')} ${events(n)}…`,
    downloading: (bytes) => `Завантаження набору даних… ${megabytes(bytes)} МБ`,
    downloadingOf: (bytes, totalBytes) =>
      `Завантаження набору даних… ${megabytes(bytes)} з ${megabytes(totalBytes)} МБ`,
    progressLabel: 'Хід завантаження',
    checkedRecords: (checked, total) =>
      `перевірено ${checked.toLocaleString('uk')} з ${total.toLocaleString('uk')} ${count(total, 'запису', 'записів', 'записів')}`,
    waitingToRetry: (status, seconds) =>
      `Сервер зайнятий (HTTP ${status}) і просить повторити за ${seconds} ${count(seconds, 'секунду', 'секунди', 'секунд')}: тоді спробуємо ще раз.`,
    limitNote: (limit) => `Можна відкрити набір даних розміром до ${limit}.`,
    cancel: 'Скасувати',
  },

  datasetError: {
    title: 'Не вдалося відкрити набір даних',
    source: 'Джерело:',
    unknownSource: 'невідоме',
    bundledSource: 'вбудований набір даних',
    fileSource: (fileName) => `локальний файл «${fileName}»`,
    unexpected: (message) => `Неочікувана помилка: ${message}`,
    timeoutHint: (seconds) => `Завантаження припиняється, якщо відповіді немає ${seconds} с.`,
    tryAgain: 'Спробувати ще раз',
    openBundled: 'Відкрити натомість вбудований набір даних',
    size: (bytes) => (bytes >= 1024 * 1024 ? `${megabytes(bytes)} МБ` : `${Math.ceil(bytes / 1024)} КБ`),
    // both of the loader's reasons (not a complete address, not http or https) come down to this
    badUrl: (address, _reason) =>
      `Адресу «${address}» не можна завантажити: завантажувати можна лише повні адреси, що починаються з https:// або http://.`,
    http: (host, status, statusText) =>
      `Сервер ${host} відповів HTTP ${status}${statusText === '' ? '' : ` ${statusText}`}: ${httpHint(status)}`,
    network: (host, detail) =>
      `Не вдалося зв’язатися із сервером ${host}: з’єднання не встановлено (${detail}). Перевірте адресу та підключення до мережі, тоді спробуйте ще раз.`,
    corsBefore: (origin) =>
      `Сервер ${origin} відповів, але не дозволяє іншим сайтам читати свої файли: у його відповіді немає заголовка `,
    corsAfter:
      ', тож браузер її не віддає (CORS). Якщо ви керуєте цим сервером, додайте заголовок; інакше завантажте файл і відкрийте його зі свого комп’ютера.',
    timeout: (host, seconds) => `Сервер ${host} нічого не надсилав ${seconds} с, тож завантаження зупинено.`,
    tooLarge: (size, limit) =>
      `Набір даних має розмір ${size} — більше за ${limit}, які цей застосунок може відкрити в браузері.`,
    tooLargeDeclared: (size, limit) =>
      `За словами сервера, набір даних має розмір ${size} — більше за ${limit}, які цей застосунок може відкрити в браузері, тож його не завантажено.`,
    tooLargeStreamed: (limit) =>
      `Завантаження перевищило ${limit}, які цей застосунок може відкрити в браузері, тож його зупинено.`,
    truncated: (received, total) =>
      `Завантаження обірвалося після ${received}${total === null ? '' : ` з ${total}`}: з’єднання закрилося, перш ніж надійшов увесь файл. Спробуйте ще раз; якщо знову обірветься, сервер обрізає файл.`,
    empty: (host, status) =>
      `Сервер ${host} відповів (HTTP ${status}), але надіслав порожній файл: набору даних для читання немає.`,
    badRedirect: (host, location) =>
      `Сервер ${host} переспрямував запит ${location === null ? 'на адресу' : `на «${location}»`}, за якою ця сторінка не може перейти: завантажувати можна лише адреси http і https.`,
    retryAfterTooLong: (host, status, seconds) =>
      `Сервер ${host} відповів HTTP ${status} і просить зачекати ${seconds} ${count(seconds, 'секунду', 'секунди', 'секунд')}, перш ніж спробувати ще раз, — довше, ніж чекає ця сторінка. Спробуйте пізніше.`,
    stillBusy: (host, status) =>
      `Сервер ${host} знову відповів HTTP ${status} після очікування, про яке просив: він досі зайнятий. Спробуйте пізніше.`,
    html: 'За адресою знайдено вебсторінку (HTML), а не набір даних JSON. Перевірте, що посилання веде на сам .json-файл, а не на сторінку про нього.',
    jsonSyntax: (line, column, message) =>
      `Файл не є коректним JSON${line !== null ? ` (рядок ${line}, стовпець ${column ?? '?'})` : ''}: ${message}.`,
    readFailed: (detail) => `Не вдалося прочитати файл: ${detail}`,
    invalid: (n) =>
      `Файл є JSON, але не набором даних, який може прочитати цей застосунок, тож нічого не завантажено (${n} ${count(n, 'проблема', 'проблеми', 'проблем')}):`,
    problemsFound: 'Знайдені проблеми',
  },

  partError: {
    // in the accusative: "Не вдалося показати часову шкалу"
    parts: {
      dataset: 'набір даних',
      timeline: 'часову шкалу',
      'event list': 'список подій',
      'event details': 'подробиці події',
      'stance matrix': 'матрицю позицій',
    },
    failed: (part) => `Не вдалося показати ${part}`,
    failedRest: ' через помилку в цьому застосунку. Решта сторінки працює.',
    whatFailed: (message) => `Що сталося: ${message}`,
    retry: (part) => `Спробувати показати ${part} ще раз`,
  },

  notices: {
    noSuchEvent: (eventId) =>
      `У цьому наборі даних немає події «${eventId}». Можливо, посилання застаріло; інші події показано нижче.`,
    facetWords: {
      actors: { one: 'учасник', many: 'учасники' },
      formats: { one: 'формат', many: 'формати' },
      kinds: { one: 'вид подій', many: 'види подій' },
    },
    unknownFilters: (described, n) =>
      `Посилання фільтрує за тим, чого немає в цьому наборі даних (${described}); ${n === 1 ? 'цей фільтр' : 'ці фільтри'} не враховано.`,
    urlProblem: (problem) =>
      `Значення «${problem.param}» у посиланні не враховано: ${urlProblemText(problem.param, problem.value) ?? problem.message}.`,
    removeFromLink: (n) => (n === 1 ? 'Прибрати його з посилання' : 'Прибрати їх з посилання'),
    datasetSwitched: (datasetTitle, n, removed) =>
      `Відкрито «${datasetTitle}». У ньому немає ${n === 1 ? 'цієї частини попереднього подання, тож її' : 'цих частин попереднього подання, тож їх'} прибрано: ${removed}.`,
    openEventPart: (eventId) => `відкрита подія «${eventId}»`,
    dismiss: 'Закрити',
    dismissHidden: ' це повідомлення',
  },

  setAside: {
    records: (n) => `${n} ${count(n, 'запис', 'записи', 'записів')} відкладено`,
    relations: (n) => `${n} ${count(n, 'зв’язок', 'зв’язки', 'зв’язків')} між подіями відкинуто`,
    restLoaded: ' — решту набору даних завантажено. Показати причини',
    region: 'Записи, які не завантажилися',
    recordList: 'Відкладені записи',
    relationList: 'Відкинуті зв’язки між подіями',
  },

  view: {
    showing: (shown, total) => `Показано ${shown} з ${total} ${ofEvents(total)}`,
    clearFilters: 'Скинути всі фільтри',
    localFileNote: 'Цей набір даних відкрито з локального файлу, тож посиланням на це подання поділитися не можна.',
    copyViewLink: 'Копіювати посилання на це подання',
    shareAndExport: 'Поширити й експортувати',
    views: 'Подання',
    timelineView: 'Часова шкала',
    matrixView: 'Хто яку позицію займає',
    timelineHeading: 'Часова шкала',
    timelineRegion: 'Часова шкала, по рядку на кожного учасника',
    listHeading: 'Події',
    noMatches: 'Жодна подія не відповідає поточним фільтрам.',
    detailsRegion: 'Подробиці події',
    hiddenByFilters: 'Поточні фільтри приховують цю подію зі списку; тут вона лишається відкритою.',
    placeholder: 'Виберіть подію на часовій шкалі або в списку, щоб прочитати цитату й ланцюжок джерел.',
  },

  share: {
    linkCopied: 'Посилання скопійовано.',
    copyField: 'Скопіюйте це посилання',
    copyUnavailable: 'Копіювання тут недоступне; текст виділено нижче, його можна скопіювати (Ctrl+C або ⌘C на Mac).',
    actions: 'Поширити й процитувати цю подію',
    copyEventLink: 'Копіювати посилання на цю подію',
    // the citation itself is written in English (see details/cite-event.ts), and the button says so
    copyCitation: 'Копіювати опис для цитування (англійською)',
    citationCopied: 'Опис для цитування скопійовано.',
    citationField: 'Опис для цитування',
    copyCitationMarkdown: 'Копіювати опис для цитування в Markdown (англійською)',
    citationMarkdownCopied: 'Опис для цитування скопійовано в Markdown.',
    citationMarkdownField: 'Опис для цитування в Markdown',
  },

  export: {
    group: 'Експортувати події цього подання',
    json: (n) => `Експорт JSON (${n})`,
    csv: (n) => `Експорт CSV (${n})`,
    unavailable: 'Не вдалося завантажити експорт. Перевірте з’єднання й спробуйте ще раз.',
  },

  filters: {
    heading: 'Фільтри',
    search: 'Пошук',
    searchHint:
      'Заголовки, цитати будь-якою мовою, підсумки, місця, імена учасників і назви видань. Великі літери й діакритичні знаки не враховуються.',
    dates: 'Дати',
    from: 'Від',
    to: 'До',
    useVisibleDates: 'Взяти дати, видимі на часовій шкалі',
    anyDate: 'Будь-яка дата',
    backwards: '«Від» пізніше за «До», тож жодна подія не підходить.',
    actors: 'Учасники',
    allActors: 'Усі учасники',
    formats: 'Формати',
    allFormats: 'Усі формати',
    kinds: 'Види подій',
    allKinds: 'Усі види',
    otherSide: 'Інші',
    all: '(усі)',
    chosen: (n) => `(вибрано: ${n})`,
    countNoun: events,
    only: 'лише',
    onlyLabel: (label) => `Лише ${label}`,
    facetButton: (facet, chosen) => (chosen > 0 ? `${facet} (${chosen})` : facet),
    removeChip: (facet, value) => `Прибрати ${facet.toLowerCase()}: ${value}`,
    clearAll: 'Скинути все',
    activeFilters: 'Активні фільтри',
    filterList: (facet) => `Шукати: ${facet.toLowerCase()}`,
    showEvents: (n) => `Показати ${n} ${events(n)}`,
    closeFilters: 'Закрити',
    dateChip: (from, to) =>
      from !== null && to !== null ? `${from} – ${to}` : from !== null ? `з ${from}` : `до ${to ?? ''}`,
    searchChip: (q) => `«${q}»`,
  },

  details: {
    close: 'Закрити',
    closeHidden: 'подробиці події',
    aboutDate: 'Про дату:',
    speaker: 'Мовець',
    speakers: 'Мовці',
    participants: 'Учасники',
    about: 'Про кого',
    formats: 'Формати',
    place: 'Місце',
    publishedBy: (name) => `Опубліковано: ${name}. `,
    translatedFrom: (language) =>
      `Переклад; мова оригіналу — ${language}. Слова мовця в оригіналі можуть відрізнятися.`,
    noQuote: 'Дослівної цитати для цієї події не записано.',
    positions: 'Позиції щодо форматів',
    stance: {
      supports: 'підтримує',
      conditional: 'підтримує лише за певних умов',
      opposes: 'виступає проти',
      unclear: 'не має чіткої позиції щодо',
    },
    stanceLine: (actor, stance, format, attributedBy) =>
      `${actor} ${stance} «${format}»${attributedBy !== null ? ` — за словами: ${attributedBy}` : ' — власними словами'}`,
    chainHeading: 'Ланцюжок джерел',
    chainIntro: 'Від того, хто першим сказав ці слова, до публікації, яку ми читаємо: кожна ланка передає їх далі.',
    wordingHeading: 'Як змінювалося формулювання вздовж ланцюжка',
    wordingLink: (n, name, isSame) =>
      `Ланка ${n}, ${name}${isSame ? ' (те саме формулювання, що й у цитаті вище)' : ''}:`,
    finalPublication: (name) => `Остаточна публікація${name !== null ? `, ${name}` : ''}:`,
    alsoReported: 'Також повідомили',
    parallelIntro: 'Паралельні повідомлення про ті самі слова; вони не є ланками ланцюжка вище.',
    related: 'Пов’язані події',
    relation: {
      reports: { outgoing: 'Повідомляє про', incoming: 'Про це повідомляє' },
      'responds-to': { outgoing: 'Відповідає на', incoming: 'На це відповідає' },
      'refers-to': { outgoing: 'Посилається на', incoming: 'На це посилається' },
      contradicts: { outgoing: 'Суперечить', incoming: 'Цьому суперечить' },
      'same-occasion': { outgoing: 'Той самий захід, що й', incoming: 'Той самий захід, що й' },
    },
  },

  chain: {
    origin: 'Першоджерело',
    publication: 'Публікація',
    relay: (n) => `Посередник ${n}`,
    dateNotGiven: 'дату не вказано',
    unlisted: (name) => ` (посередника названо лише як «${name}»; докладніше не встановлено)`,
    noUrl: 'немає посилання на це джерело',
    itsWording: 'Формулювання цієї ланки:',
    archived: 'архівні копії',
    archivedOf: (source) => `Архівні копії сторінки від «${source}» в Internet Archive`,
    // impersonal forms (сказано, повідомлено): a past-tense verb would need the speaker's gender
    how: {
      said: '— сказано',
      briefed: '— сказано на брифінгу',
      posted: '— опубліковано в дописі',
      interview: '— сказано в інтерв’ю',
      broadcast: '— передано в ефірі',
      reported: '— повідомлено',
      quoted: '— процитовано',
      cited: '— наведено з посиланням',
      translated: '— перекладено',
    },
    outletKind: {
      'news-agency': 'інформаційна агенція',
      newspaper: 'газета',
      'news-site': 'новинний сайт',
      broadcaster: 'телерадіомовник',
      official: 'офіційне джерело',
      social: 'соціальна мережа',
      other: 'інше',
    },
  },

  link: {
    notWebAddress: 'Не вебадреса, тому не зроблено посиланням',
    notWebLink: '(не вебпосилання)',
    notWebLinkWith: (href) => `(не вебпосилання: ${href})`,
  },

  kinds: {
    one: {
      statement: 'Заява',
      proposal: 'Пропозиція',
      claim: 'Твердження про іншого учасника',
      announcement: 'Оголошення',
      meeting: 'Зустріч',
      call: 'Телефонна розмова',
    },
    many: {
      statement: 'Заяви',
      proposal: 'Пропозиції',
      claim: 'Твердження про інших учасників',
      announcement: 'Оголошення',
      meeting: 'Зустрічі',
      call: 'Телефонні розмови',
    },
  },

  matrix: {
    heading: 'Хто яку позицію займає',
    loading: 'Завантаження матриці позицій…',
    asOf: 'Позиції станом на ',
    latest: 'Найновіші',
    empty: 'У поточному поданні до цього дня не записано жодних позицій щодо форматів.',
    caption: (day) =>
      `Остання позиція кожного учасника щодо кожного формату станом на ${day ?? 'останню подію'}. «За словами» позначає позицію, яку приписує хтось інший; ⚠ позначає розбіжності між джерелами.`,
    actor: 'Учасник',
    noPosition: 'позицію не записано',
    stance: { supports: 'Підтримує', conditional: 'За умов', opposes: 'Проти', unclear: 'Неясно' },
    ownWord: 'власні слова',
    accordingTo: (name) => `за словами: ${name}`,
    sourcesDiffer: '⚠ джерела розходяться',
    showEvidence: (n) => `, показати ${n} ${count(n, 'подію', 'події', 'подій')} за цією позицією`,
    evidence: 'Події, на яких ґрунтується ця позиція',
    evidenceHeading: (actor, format) => `${actor} щодо «${format}»`,
    otherSide: 'Інші',
    goToDay: (day) => `Показати позиції станом на ${day}`,
    closeEvidence: 'Закрити',
  },

  timeline: {
    loading: 'Завантаження часової шкали…',
    clusterNoun: (n) => ` ${events(n)}; натисніть, щоб наблизити`,
    sideActors: (n) => `(${n} ${count(n, 'учасник', 'учасники', 'учасників')})`,
    openSide: (side, n) =>
      `${side}: ${n} ${count(n, 'учасник', 'учасники', 'учасників')} в одному рядку; натисніть, щоб показати кожного`,
    foldSide: (side) => `${side}: натисніть, щоб згорнути учасників в один рядок`,
    toolbar: 'Керування часовою шкалою',
    zoomIn: 'Наблизити',
    zoomOut: 'Віддалити',
    fitAll: 'Показати все',
    zoomHint: 'Ctrl + коліщатко або щипок — масштаб; перетягування — рух',
    legend: 'Умовні позначки',
    legendStatement: 'Заява, пропозиція, твердження чи оголошення',
    legendMeeting: 'Зустріч або розмова (смуга, якщо триває кілька днів)',
    legendDoubt: '? дата непевна, ≈ приблизна (пунктир)',
    legendCluster: 'Кілька подій поруч: натисніть, щоб наблизити',
    legendSide: 'Рядок сторони: натисніть назву, щоб показати чи згорнути її учасників',
    overview: 'Огляд усього періоду',
    overviewWindow: (from, to) => `Часова шкала показує з ${from} до ${to}.`,
    cursor: 'Під курсором клавіатури:',
  },

  list: {
    label: 'Події в порядку дат',
  },

  dates: {
    intlLocale: 'uk',
    // "приблизно", not "близько": "близько" wants the genitive ("близько серпня"), but a month-year date is nominative ("серпень 2025")
    around: (date) => `приблизно ${date}`,
    uncertain: (date) => `${date} (непевна дата)`,
    // Intl writes "20 серпня 2025 р."; the year mark is dropped everywhere, so day, month and time precisions read alike
    tidy: (words) => words.replace(/\s*р\.$/, '').replace(/ р\.,/, ','),
    doubt: {
      approximate: 'дата приблизна',
      uncertain: 'дата непевна',
      approximateAndUncertain: 'дата приблизна й непевна',
    },
  },

  access: {
    skipToList: 'Перейти до списку подій',
    skipToTimeline: 'Перейти до часової шкали',
    theme: 'Тема',
    themes: { system: 'Як у системі', light: 'Світла', dark: 'Темна' },
    filtersToggle: (active) => `Фільтри${active > 0 ? ` (активних: ${active})` : ''}`,
    count: (shown, total) =>
      shown === total
        ? `Показано всі події: ${total}.`
        : shown === 0
          ? `Жодна з ${total} ${ofEvents(total)} не відповідає фільтрам.`
          : `${shown} з ${total} ${ofEvents(total)} ${count(shown, 'відповідає', 'відповідають', 'відповідають')} фільтрам.`,
    timelineKeys:
      'Стрілки ліворуч і праворуч: попередня або наступна подія в часі; вгору і вниз: рядок вище або нижче; Enter відкриває; Escape закриває; + і − змінюють масштаб.',
    printHeading: (n) => `Події в цьому поданні (${n})`,
  },
}
