/** The components editors may use in MDX, provided to every article (no import needed). */
export { default as Callout } from './Callout.astro';
export { default as ContactChannels } from './ContactChannels.astro';
export { default as RulesChecklist } from './RulesChecklist.astro';
export { default as Steps } from './Steps.astro';
export { default as VideoTutorial } from './VideoTutorial.astro';
