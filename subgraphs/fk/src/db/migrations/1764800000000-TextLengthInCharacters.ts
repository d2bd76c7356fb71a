import { textLengthInCharactersMigration } from '@malmokraften/shared';

/** FK's text columns now limited in characters: the common ones and its own (see `textLengthInCharactersMigration`). */
export const TextLengthInCharacters1764800000000 = textLengthInCharactersMigration([
  { table: 'work_capacity_assessment', column: 'summary', max: 1000 },
  { table: 'fk_referral', column: 'reason', max: 500 },
]);
