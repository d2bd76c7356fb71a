import {
  characterCount,
  checkText,
  CODE_POINTS_PER_CHARACTER,
  isWellFormedText,
  textLengthChecksSql,
} from '../validate';

const refused = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return (err as { message: string; extensions: { code: string } }).extensions.code === 'BAD_USER_INPUT'
      ? (err as Error).message
      : null;
  }
  return null;
};

describe('free text is counted in the characters a person sees', () => {
  it('counts grapheme clusters, not UTF-16 code units or code points', () => {
    expect(characterCount('Arbetsträning')).toBe(13);
    expect(characterCount('😀')).toBe(1);
    // e + combining acute accent; a flag; a skin tone; a family of four.
    expect(characterCount('e\u0301')).toBe(1);
    expect(characterCount('🇸🇪')).toBe(1);
    expect(characterCount('👍🏽')).toBe(1);
    expect(characterCount('👨‍👩‍👧‍👦')).toBe(1);
  });

  it('takes a title of 200 emoji when the limit is 200, of any kind, and refuses 201', () => {
    for (const emoji of ['😀', '👍🏽', '🇸🇪', '👨‍👩‍👧‍👦', 'e\u0301', 'å']) {
      const title = emoji.repeat(200);
      expect([emoji, checkText(title, 'title', 200)]).toEqual([emoji, title]);
      expect(refused(() => checkText(emoji.repeat(201), 'title', 200))).toBe(
        'title can be at most 200 characters; this has 201.',
      );
    }
    expect(refused(() => checkText('x'.repeat(201), 'title', 200))).toBe(
      'title can be at most 200 characters; this has 201.',
    );
  });

  it('refuses text piled up with combining marks past what may be stored, saying so', () => {
    // 100 characters a person sees, each a letter with 30 marks: 3,100 code points.
    const zalgo = `a${'\u0301'.repeat(30)}`.repeat(100);
    expect(characterCount(zalgo)).toBe(100);
    expect(refused(() => checkText(zalgo, 'title', 200))).toBe(
      `title can be at most 200 characters, and at most ${200 * CODE_POINTS_PER_CHARACTER} Unicode code points in all (letters with many marks take several each).`,
    );
    // A megabyte is refused without being counted through.
    expect(refused(() => checkText('x'.repeat(1_000_000), 'title', 200))).toMatch(/at most 2000 Unicode code points/);
  });

  it('refuses lone surrogates, trims, and refuses empty text', () => {
    expect(isWellFormedText('ok 😀')).toBe(true);
    for (const bad of ['\ud800', 'a\udc00b', '😀'.slice(0, 1), `x${'😀'.slice(1)}`]) {
      expect(isWellFormedText(bad)).toBe(false);
      expect(refused(() => checkText(bad, 'title', 200))).toMatch(/^title is not well-formed text/);
    }
    expect(checkText('  Praktik  ', 'title', 200)).toBe('Praktik');
    expect(refused(() => checkText('   ', 'title', 200))).toBe('title cannot be empty.');
  });

  it('widens the database checks to the limit times CODE_POINTS_PER_CHARACTER, and back', () => {
    expect(textLengthChecksSql([{ table: 'intervention', column: 'title', max: 200 }])).toEqual({
      up: [
        'ALTER TABLE intervention DROP CONSTRAINT intervention_title_check',
        'ALTER TABLE intervention ADD CONSTRAINT intervention_title_check CHECK (length(title) BETWEEN 1 AND 2000)',
      ],
      down: [
        'ALTER TABLE intervention DROP CONSTRAINT intervention_title_check',
        'ALTER TABLE intervention ADD CONSTRAINT intervention_title_check CHECK (length(title) BETWEEN 1 AND 200)',
      ],
    });
  });
});
