/**
 * Names of the bundled dataset's actors, outlets and formats in other languages (issue 11):
 * Ukrainian for every actor and format, Russian for the people and outlets of the record's
 * Russian-language pages. Standard spellings as Ukrainian and Russian media print them.
 */
type Names = Readonly<Record<string, Readonly<Record<string, string>>>>

export const ACTOR_NAMES: Names = {
  putin: { uk: 'Володимир Путін', ru: 'Владимир Путин' },
  lavrov: { uk: 'Сергій Лавров', ru: 'Сергей Лавров' },
  peskov: { uk: 'Дмитро Пєсков', ru: 'Дмитрий Песков' },
  ushakov: { uk: 'Юрій Ушаков', ru: 'Юрий Ушаков' },
  medinsky: { uk: 'Володимир Мединський', ru: 'Владимир Мединский' },
  dmitriev: { uk: 'Кирило Дмитрієв', ru: 'Кирилл Дмитриев' },
  zelenskyy: { uk: 'Володимир Зеленський', ru: 'Владимир Зеленский' },
  umerov: { uk: 'Рустем Умєров' },
  bevz: { uk: 'Олександр Бевз' },
  sybiha: { uk: 'Андрій Сибіга' },
  trump: { uk: 'Дональд Трамп', ru: 'Дональд Трамп' },
  leavitt: { uk: 'Керолайн Лівітт' },
  rubio: { uk: 'Марко Рубіо', ru: 'Марко Рубио' },
  witkoff: { uk: 'Стів Віткофф', ru: 'Стив Уиткофф' },
  driscoll: { uk: 'Ден Дрісколл' },
  'white-house': { uk: 'Посадовець Білого дому (без імені)' },
  merz: { uk: 'Фрідріх Мерц', ru: 'Фридрих Мерц' },
  macron: { uk: 'Емманюель Макрон', ru: 'Эммануэль Макрон' },
  starmer: { uk: 'Кір Стармер', ru: 'Кир Стармер' },
  meloni: { uk: 'Джорджа Мелоні', ru: 'Джорджа Мелони' },
  stubb: { uk: 'Александр Стубб', ru: 'Александр Стубб' },
  tusk: { uk: 'Дональд Туск' },
  costa: { uk: 'Антоніу Кошта' },
  'von-der-leyen': { uk: 'Урсула фон дер Ляєн' },
  erdogan: { uk: 'Реджеп Тайїп Ердоган' },
  orban: { uk: 'Віктор Орбан', ru: 'Виктор Орбан', hu: 'Orbán Viktor' },
}

export const OUTLET_NAMES: Names = {
  'ukrainska-pravda': { uk: 'Українська правда' },
  'european-pravda': { uk: 'Європейська правда' },
  'interfax-ukraine': { uk: 'Інтерфакс-Україна' },
  unn: { uk: 'УНН (Українські національні новини)' },
  'censor-net': { uk: 'Цензор.НЕТ' },
  'rbc-ukraine': { uk: 'РБК-Україна' },
  suspilne: { uk: 'Суспільне' },
  interfax: { uk: 'Інтерфакс', ru: 'Интерфакс' },
  'ria-novosti': { uk: 'РІА Новини', ru: 'РИА Новости' },
  tass: { uk: 'ТАРС', ru: 'ТАСС' },
  vedomosti: { uk: 'Відомості', ru: 'Ведомости' },
  rg: { uk: 'Російська газета', ru: 'Российская газета' },
  rambler: { uk: 'Рамблер', ru: 'Рамблер' },
  riamo: { uk: 'РІАМО', ru: 'РИАМО' },
  sibnet: { uk: 'Сибнет', ru: 'Сибнет' },
  'rossiya-24': { uk: 'Росія 24 (ВДТРК)', ru: 'Россия 24 (ВГТРК)' },
}

export const FORMAT_LABELS: Names = {
  'delegation-talks': {
    uk: 'Прямі переговори делегацій (стамбульський формат)',
    ru: 'Прямые переговоры делегаций (стамбульский формат)',
  },
  'raised-level-delegations': { uk: 'Підвищення рівня делегацій', ru: 'Повышение уровня делегаций' },
  'expert-level': { uk: 'Рівень експертів і робочих груп', ru: 'Уровень экспертов и рабочих групп' },
  'bilateral-leaders': {
    uk: 'Двостороння зустріч лідерів (Путін–Зеленський)',
    ru: 'Двусторонняя встреча лидеров (Путин–Зеленский)',
  },
  'trilateral-leaders': {
    uk: 'Тристоронній саміт лідерів (Путін–Зеленський–Трамп)',
    ru: 'Трехсторонний саммит лидеров (Путин–Зеленский–Трамп)',
  },
  'mediated-leaders-summit': { uk: 'Саміт лідерів за участі посередників', ru: 'Саммит лидеров с посредниками' },
  'leaders-summit': {
    uk: 'Зустріч на найвищому рівні (формат не визначено)',
    ru: 'Встреча на высшем уровне (формат не определен)',
  },
  'any-format': { uk: 'Будь-який формат', ru: 'Любой формат' },
  'us-russia-summit': {
    uk: 'Саміт президентів США і Росії (Трамп–Путін)',
    ru: 'Саммит президентов США и России (Трамп–Путин)',
  },
  'leaders-call': { uk: 'Телефонна розмова лідерів', ru: 'Телефонный разговор лидеров' },
  'ministers-channel': {
    uk: 'Канал міністрів закордонних справ (Лавров–Рубіо)',
    ru: 'Канал министров иностранных дел (Лавров–Рубио)',
  },
  'envoy-channel': { uk: 'Переговори на рівні спецпосланців', ru: 'Переговоры на уровне спецпосланников' },
  'western-leaders-ukraine': {
    uk: 'Зустріч лідерів США, Європи та України',
    ru: 'Встреча лидеров США, Европы и Украины',
  },
  'shuttle-diplomacy': { uk: 'Човникова дипломатія', ru: 'Челночная дипломатия' },
  'political-track': { uk: 'Окремий політичний трек', ru: 'Отдельный политический трек' },
}
