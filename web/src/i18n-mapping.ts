/**
 * The words of the joint mapping (gemensam kartläggning). Merged into the
 * dictionaries in i18n.tsx; English must have every Swedish key.
 */
export const svMapping = {
  'work.toMapping': 'Gemensam kartläggning',
  'mapping.title': 'Gemensam kartläggning för {id}',
  'mapping.intro':
    'Varje myndighet skriver sin bild av personens situation, förmågor, önskemål och hinder. Du ser de delar som myndigheterna delar med dig.',
  'mapping.now': 'Myndigheternas bilder',
  'mapping.situation': 'Situation',
  'mapping.abilities': 'Förmågor och styrkor',
  'mapping.wishes': 'Önskemål',
  'mapping.obstacles': 'Hinder',
  'mapping.unavailable': 'Gick inte att nå',
  'mapping.formTitle': 'Bilden från {agency}',
  'mapping.hint': 'Högst 2 000 tecken.',
  'mapping.submit': 'Spara kartläggningen',
  'mapping.saved': 'Kartläggningen är sparad.',
  'mapping.failed': 'Kartläggningen sparades inte.',
  'mapping.noneNow': 'Ingen bild är sparad nu.',
};

export const enMapping: Record<keyof typeof svMapping, string> = {
  'work.toMapping': 'Joint mapping',
  'mapping.title': 'Joint mapping for {id}',
  'mapping.intro':
    "Each agency records its view of the person's situation, abilities, wishes and obstacles. You see the views the agencies share with you.",
  'mapping.now': "The agencies' views",
  'mapping.situation': 'Situation',
  'mapping.abilities': 'Abilities and strengths',
  'mapping.wishes': 'Wishes',
  'mapping.obstacles': 'Obstacles',
  'mapping.unavailable': 'Could not be reached',
  'mapping.formTitle': 'The view of {agency}',
  'mapping.hint': 'At most 2,000 characters.',
  'mapping.submit': 'Save the mapping',
  'mapping.saved': 'The mapping is saved.',
  'mapping.failed': 'The mapping was not saved.',
  'mapping.noneNow': 'No view is recorded now.',
};
