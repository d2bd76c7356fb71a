import { textLengthInCharactersMigration } from '@malmokraften/shared';

/** AF's text columns now limited in characters: the common ones only (see `textLengthInCharactersMigration`). */
export const TextLengthInCharacters1764800000000 = textLengthInCharactersMigration();
