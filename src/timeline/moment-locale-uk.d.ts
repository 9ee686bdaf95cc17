// moment ships no types for its locale files; utc-moment.test.ts imports this one only for its side
// effect (registering Ukrainian on the real moment it compares against), so it exports nothing
declare module 'moment/locale/uk.js'
