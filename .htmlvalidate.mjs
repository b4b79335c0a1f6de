/**
 * html-validate over the built site (`npm run test:html`): the recommended rules, minus what
 * contradicts a deliberate choice of this site. Each exception says which choice.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles are the official section headings (and their English renderings), which are
    // not shortened for search engines: "The Chinese prevails", and so does its wording.
    'long-title': 'off',
    // A wide table sits in a focusable scroll container so keyboard users can scroll it
    // (WCAG 2.1.1); role="region" names that container. It is not a document section, so the
    // native <section> the rule suggests would be the wrong element.
    'prefer-native-element': ['error', { exclude: ['region'] }],
    // Names, sectors and terms are anchored by ids made from their English, which may open with a
    // digit (`58-zhongchuang`); HTML allows any id without white space, and the fragments are
    // public links, so the ids stay as made.
    'valid-id': ['error', { relaxed: true }],
  },
};
