import { textLengthInCharactersMigration } from '@malmokraften/shared';

/** Region Skåne's text columns now limited in characters: the common ones and its own (see `textLengthInCharactersMigration`). */
export const TextLengthInCharacters1764800000000 = textLengthInCharactersMigration([
  { table: 'care_activity_note', column: 'note', max: 1000 },
  { table: 'clinical_note', column: 'note', max: 4000 },
]);
