// moment ships no types for its locale files; this one is imported only for its side effect
// (registering Ukrainian month and day names), so it exports nothing
declare module 'moment/dist/locale/uk'
