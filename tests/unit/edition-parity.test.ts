// editionDrifts (src/lib/edition-parity.ts): per section pair, the numbers, dates, names, the
// people quotations are credited to and the sources cited must be the same in English and French,
// whatever each language's way of writing them. The build fails on a drift not in
// src/lib/known-edition-drifts.ts; these tests show what counts as a drift and that the known
// ones are found in the real content.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeDrift, driftKey, editionDrifts, sectionFacts, unexpectedDrifts } from '../../src/lib/edition-parity';
import { KNOWN_EDITION_DRIFTS } from '../../src/lib/known-edition-drifts';

/** The real section pairs: each English body with its French translation's (by translationKey). */
function realPairs() {
  const read = (locale: string) =>
    readdirSync(`content/sections/${locale}`)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const [, front = '', ...body] = readFileSync(`content/sections/${locale}/${f}`, 'utf8').split(/^---$/m);
        const slug = front.match(/^slug: (.*)$/m)![1]!.trim();
        return { key: front.match(/^translationKey: (.*)$/m)?.[1]?.trim() ?? slug, body: body.join('---') };
      });
  const fr = read('fr');
  return read('en').map((en) => ({ section: en.key, en: en.body, fr: fr.find((f) => f.key === en.key)?.body ?? '' }));
}

const pair = (en: string, fr: string) => editionDrifts([{ section: 's', en, fr }]);

describe('what both editions must share', () => {
  it('reads numbers, dates and ordinals the way each language writes them', () => {
    expect(
      pair(
        'Russia supplied 3,861.9 million, 69% of 5,619.4, in 2013; on 3 January 2026; in August 2025; the 80th anniversary; 2,500 km.',
        'La Russie a fourni 3\u202f861,9 millions, 69\u00a0% de 5 619,4, en 2013 ; le 3 janvier 2026 ; en août 2025 ; le 80e anniversaire ; 2\u202f500 km.',
      ),
    ).toEqual([]);
    expect(sectionFacts('On 1 March 2026 and 3 January, about 1,234 units.', 'en')).toMatchObject({
      numbers: new Set(['1234']),
      dates: new Set(['01 March', '03 January']),
    });
    expect(sectionFacts('Le 1er mars 2026 et le 3 janvier, environ 1 234 unités.', 'fr')).toMatchObject({
      numbers: new Set(['1234']),
      dates: new Set(['01 March', '03 January']),
    });
  });

  it('leaves designations alone (Su-30MK2, S-300VM) and reads no number in a citation or a link', () => {
    expect(
      sectionFacts('Su-30MK2 and S-300VM <Cite id="tass-2026-01-03" /> [x](/#event-2025-07-05-p)', 'en').numbers,
    ).toEqual(new Set());
  });

  it('finds a number, a date, a name, a quotation credited and a source in one edition only', () => {
    const drifts = pair(
      'In 2019 TASS reported it. <PullQuote by="Sergey Ryabkov">“No.”</PullQuote> On 7 January <Cite id="a" />.',
      'TASS l’a rapporté. <PullQuote by="Sergueï Riabkov">« Non. »</PullQuote> Le 8 janvier <Cite id="a" /> <Cite id="b" />.',
    );
    expect(drifts.map(driftKey)).toEqual(
      expect.arrayContaining([
        's number 2019 only-en',
        's date 07 January only-en',
        's date 08 January only-fr',
        's source b only-fr',
      ]),
    );
  });

  it('finds a quotation credited to someone else, and an acronym named in one edition only', () => {
    const drifts = editionDrifts([
      { section: 'a', en: 'Peskov said it. WION said “yes”.', fr: 'Peskov l’a dit. RT a dit « oui ».' },
      { section: 'b', en: 'Peskov again; WION again; RT again.', fr: 'Peskov encore ; WION encore ; RT encore.' },
    ]);
    expect(drifts.map(driftKey)).toEqual(
      expect.arrayContaining([
        'a name WION only-en',
        'a name RT only-fr',
        'a quotation WION only-en',
        'a quotation RT only-fr',
      ]),
    );
  });

  it('does not count a name each language writes its own way (Putin / Poutine, Moscow / Moscou)', () => {
    expect(
      editionDrifts([
        { section: 'a', en: 'Putin met him in Moscow.', fr: 'Poutine l’a reçu à Moscou.' },
        { section: 'b', en: 'Putin spoke.', fr: 'Poutine a parlé.' },
      ]),
    ).toEqual([]);
  });

  // Each rule for names (src/lib/edition-parity.ts, header), shown both ways: the noise it drops
  // and a real drift it still finds. `other` gives the names a life in both editions elsewhere.
  const other = {
    section: 'other',
    en: 'Nicolás Maduro, Dmitry Peskov, Sergey Ryabkov, Yván Gil and Donald Trump; ABC News and The New York Times. Caracas, Washington, the Kremlin.',
    fr: 'Nicolás Maduro, Dmitri Peskov, Sergueï Ryabkov, Yván Gil et Donald Trump ; ABC News et le *New York Times*. Caracas, Washington, le Kremlin.',
  };
  const drifts = (en: string, fr: string) => editionDrifts([{ section: 's', en, fr }, other]).map(driftKey);

  it('reads a multi-word name as one name, not as its capitalized words', () => {
    expect(sectionFacts('The New York Times said so. Foreign Minister Yván Gil agreed.', 'en').names).toEqual([
      'New York Times',
      'Foreign Minister Yván Gil',
    ]);
    // "New York" (the city) in one edition and the New York Times in the other: not the same name.
    expect(drifts('He was flown to New York.', 'Il a été conduit à New York.')).toEqual([]);
    expect(drifts('He was flown to New York.', 'Selon le *New York Times*, il a été conduit à New York.')).toEqual([
      's name New York Times only-fr',
    ]);
  });

  it('matches a full name with its surname alone, and finds a person named in one edition only', () => {
    expect(drifts('Maduro spoke.', 'Nicolás Maduro a parlé.')).toEqual([]);
    expect(drifts('Dmitry Peskov spoke.', 'Dmitri Peskov a parlé.')).toEqual([]);
    expect(drifts('Maduro and Peskov spoke.', 'Nicolás Maduro a parlé.')).toEqual(['s name Peskov only-en']);
  });

  it('compares no single word that is not a known surname or an acronym (places, metonyms, first words)', () => {
    expect(
      drifts(
        'Caracas answered. Within hours the Kremlin and Washington spoke. Perfect harmony, it said.',
        'Le Venezuela a répondu.',
      ),
    ).toEqual([]);
    expect(drifts('Caracas answered; Ryabkov and ABC spoke.', 'Le Venezuela a répondu.')).toEqual([
      's name ABC only-en',
      's name Ryabkov only-en',
    ]);
  });

  it('skips the title of a work in italics, not a name in the prose', () => {
    const title = '*Putin and Maduro’s ‘Perfect Harmony’ Tests Trump’s Watch*';
    expect(drifts('The article’s title.', `Le titre de l’article, ${title}.`)).toEqual([]);
    expect(drifts('The article’s title.', `Le titre, ${title}, visait Trump.`)).toEqual(['s name Trump only-fr']);
  });

  it('cuts a name at a month: a date next to a name is not part of it', () => {
    expect(sectionFacts('On 7 August Interior Minister Diosdado Cabello spoke on television.', 'en').names).toEqual([
      'Interior Minister Diosdado Cabello',
    ]);
    expect(
      drifts(
        'On 7 August Interior Minister Diosdado Cabello spoke.',
        'Le 7 août, le ministre de l’Intérieur, Diosdado Cabello, a parlé.',
      ),
    ).toEqual([]);
  });

  it('credits an inline quotation to the first name before it, wherever its full stops fall', () => {
    const en = 'Peskov told Gil: “Not for sale. We refuse.”';
    expect(drifts(en, 'Peskov a dit à Gil : « Pas à vendre. Nous refusons. »')).toEqual([]);
    expect(drifts(en, 'Gil a dit à Peskov : « Pas à vendre. Nous refusons. »')).toEqual([
      's quotation Peskov only-en',
      's quotation Gil only-fr',
    ]);
  });

  it('reads a link’s title in quotation marks as a title, not as a quotation', () => {
    expect(
      drifts('Maduro was seized (see [“After the capture”](/#after-the-capture)).', 'Maduro a été capturé.'),
    ).toEqual([]);
    expect(drifts('Maduro said “no” (see [“After the capture”](/#x)).', 'Maduro a été capturé.')).toEqual([
      's quotation Maduro only-en',
    ]);
  });

  it('describes a drift naming the file that has it and its translation', () => {
    expect(
      describeDrift({ section: 's', kind: 'number', value: '254', only: 'en' }, { en: 'en/05.mdx', fr: 'fr/05.mdx' }),
    ).toBe('en/05.mdx: the number "254" is in this section but not in its translation fr/05.mdx');
  });
});

describe('the real content', () => {
  it('finds the drifts of the editions as they stood when the check was written', () => {
    // Excerpts of the sections as published then (the words of both editions, shortened).
    const then = [
      {
        section: 'parade-and-missiles',
        en: 'By SIPRI’s measure, Russia supplied roughly two-thirds of all the major arms Venezuela imported between 2000 and 2023.',
        fr: 'Sur l’ensemble de la période 2000–2023, un peu plus des deux tiers (69 %) des armes majeures importées par le Venezuela venaient de Russie.',
      },
      {
        section: 'arms-and-oil',
        en: 'The next country in the Americas, Peru, received about 254 million <Cite id="sipri-register-2025" />. In TASS’s English version of his words at the talks, Maduro said the friendship “has passed the test of time” <Cite id="tass-en-2025-05-07" />.',
        fr: 'Le pays suivant sur le continent, le Pérou, arrive très loin derrière <Cite id="sipri-register-2025" />. En avril 2019, le groupe indien affirmait acheter du brut vénézuélien, notamment auprès du russe Rosneft <Cite id="reliance-pti-2019-04-20" />.',
      },
      {
        section: 'after-the-capture',
        en: 'On 7 January US forces seized the Marinera in the North Atlantic <Cite id="babel-2026-01-07" />.',
        fr: 'Le 7 janvier, les forces américaines ont arraisonné le Marinera <Cite id="babel-2026-01-07" />. <Note>Le pavillon fait débat : la chaîne indienne WION, citant RT, l’a présenté comme battant pavillon guyanien.</Note>',
      },
    ];
    const found = editionDrifts(then).map(driftKey);
    expect(found).toEqual(
      expect.arrayContaining([
        'parade-and-missiles number 69 only-fr', // "two-thirds" against "69 %"
        'arms-and-oil number 254 only-en', // Peru's 254
        'arms-and-oil date April 2019 only-fr', // the Rosneft detail
        'arms-and-oil source reliance-pti-2019-04-20 only-fr',
        'arms-and-oil name TASS only-en', // the TASS quotation's words, in English only
        'arms-and-oil source tass-en-2025-05-07 only-en',
        'after-the-capture name WION only-fr', // the Marinera's flag conflict
        'after-the-capture name RT only-fr',
      ]),
    );
  });

  it('has no drift beyond the listed ones, and every listed one is still there (the list only shrinks)', () => {
    const files = (section: string) => ({ en: `en/${section}`, fr: `fr/${section}` });
    expect(unexpectedDrifts(editionDrifts(realPairs()), KNOWN_EDITION_DRIFTS, files, 'known.ts')).toEqual([]);
  });

  it('a new drift, or a listed one that is gone, fails', () => {
    const pairs = realPairs().map((p) =>
      p.section === 'arms-and-oil' ? { ...p, en: `${p.en}\nIt cost 777 rubles.\n` } : p,
    );
    const files = (section: string) => ({ en: `en/${section}.mdx`, fr: `fr/${section}.mdx` });
    expect(unexpectedDrifts(editionDrifts(pairs), KNOWN_EDITION_DRIFTS, files, 'known.ts')).toEqual([
      'en/arms-and-oil.mdx: the number "777" is in this section but not in its translation fr/arms-and-oil.mdx',
    ]);
    expect(unexpectedDrifts([], ['arms-and-oil number 254 only-en'], files, 'src/lib/known-edition-drifts.ts')).toEqual(
      [
        'src/lib/known-edition-drifts.ts: the known drift "arms-and-oil number 254 only-en" is gone (the editions agree now): remove it from the list',
      ],
    );
  });
});
